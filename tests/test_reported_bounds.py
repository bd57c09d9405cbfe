"""Where a reported clause starts and ends: the reported clause only, no cue, no speaker, no
trailing attribution. Each row: (id, text, cue set, the exact texts of the reported quotes)."""

from __future__ import annotations

import pytest

import quotetool
from quotetool import Config

from .helpers import cases, check_offsets

BOUNDS = [
    # a clause before its attribution runs from the sentence's start to the attribution's comma
    ("preposed-but", "The ferry will run all winter, but the fares will rise in March, Ann Hale said.", "speech",
     ["The ferry will run all winter, but the fares will rise in March"]),
    ("preposed-while", "Fares rose by a third last year, while riders fell by half, according to the harbor board.",
     "speech", ["Fares rose by a third last year, while riders fell by half"]),
    ("preposed-though", "By noon, though, the old pier held up well in the gale, Tom Reed said.", "speech",
     ["By noon, though, the old pier held up well in the gale"]),
    ("preposed-relative", "The levy passed by nine votes, which surprised the council, Dana Reyes said.", "speech",
     ["The levy passed by nine votes, which surprised the council"]),
    ("parenthetical-first-half-but", "The pier is old, but it is safe, Tom Reed said, while crews painted it.",
     "speech", ["The pier is old, but it is safe"]),
    # a mixed clause ends with its sentence, whatever closing mark ends the quoted phrase: two
    # apostrophes (some archives) as well as a curly quote
    ("mixed-two-apostrophes", "Ann Hale said the plan was ''a fair deal.'' But the board voted it down.", "speech",
     ["the plan was ''a fair deal.''"]),
    ("mixed-curly", "Ann Hale said the plan was “a fair deal.” But the board voted it down.", "speech",
     ["the plan was “a fair deal.”"]),
    ("mixed-two-apostrophes-no-end", "Ann Hale said the plan was ''a fair deal'' for the whole harbor.", "speech",
     ["the plan was ''a fair deal'' for the whole harbor"]),
    # a report nested after "what" or a relative pronoun is part of the clause it stands in
    ("nested-what", "Ann Hale said the city must fight what she called waste at the port.", "speech",
     ["the city must fight what she called waste at the port"]),
    ("nested-whom-mixed", "Ann Hale said the board had begun “to test the limits” of Tom Reed, whom she called a "
     "“tireless critic.”", "speech",
     ["the board had begun “to test the limits” of Tom Reed, whom she called a “tireless critic.”"]),
    ("nested-which-mixed", "Ann Hale said the board had begun “to test the limits” of the pier, which she called unsafe.",
     "speech", ["the board had begun “to test the limits” of the pier, which she called unsafe"]),
    # negative: a second speaker's own report ends the first clause
    ("second-report-mixed", "Ann Hale said the board had begun “to test the limits” of the pier, and Tom Reed said it "
     "was unsafe.", "speech", ["the board had begun “to test the limits” of the pier", "it was unsafe"]),
    ("second-report", "Ann Hale said the city must fight waste at the port, and Tom Reed said the pier was unsafe.",
     "speech", ["the city must fight waste at the port", "the pier was unsafe"]),
    # a preposition right after the cue verb opens its object, which is what was said or meant:
    # the preposition belongs to the cue
    ("preposition-of", "Ann Hale warned of a crisis at the port if the ferry stops.", "speech",
     ["a crisis at the port if the ferry stops"]),
    ("preposition-of-mixed", "Ann Hale warned of “a crisis” at the port if the ferry stops.", "speech",
     ["“a crisis” at the port if the ferry stops"]),
    ("preposition-on", "Ann Hale called on the board to delay the vote.", "all", ["the board to delay the vote"]),
    ("preposition-against", "Dana Reyes argued against the ferry plan at the meeting.", "all",
     ["the ferry plan at the meeting"]),
    # negative: "about" before a number is an approximation; after "said" a preposition opens an adjunct
    ("preposition-number", "Ann Hale told reporters about 40 riders had complained to the board.", "speech",
     ["about 40 riders had complained to the board"]),
    ("preposition-after-said", "Tom Reed has said for the record the pier is safe for the public.", "speech",
     ["for the record the pier is safe for the public"]),
    # a time phrase after the cue is no part of the clause (lexicons/time_adverbs.txt)
    ("time-after-said", "Tom Reed has said for weeks the pier is safe for the public.", "speech",
     ["the pier is safe for the public"]),
    ("adjunct-then-that", "Tom Reed said on the radio that the pier is safe.", "speech", ["the pier is safe"]),
    # a dash aside inside the clause: the clause goes on after it when a preposition, "that", "if"
    # or an auxiliary follows the closing dash
    ("dash-aside-preposition", "Ann Hale said only a few — a dozen at most — of the riders had paid the fare.",
     "speech", ["only a few — a dozen at most — of the riders had paid the fare"]),
    ("dash-aside-auxiliary", "Ann Hale said the fees she set — and later cut — were fair to riders.", "speech",
     ["the fees she set — and later cut — were fair to riders"]),
    # negative: a contrast, a new subject, or no closing dash ends the clause at the first dash
    ("dash-aside-contrast", "Ann Hale said the ferry is late — a common complaint — but the board disagreed.",
     "speech", ["the ferry is late"]),
    ("dash-aside-new-subject", "Ann Hale said the ferry is late — a common complaint — it never runs on time.",
     "speech", ["the ferry is late"]),
    ("dash-no-close", "Ann Hale said the ferry is late — as riders know.", "speech", ["the ferry is late"]),
    # ", but" that corrects or goes on with the same report is part of the clause
    ("but-that-clause", "Ann Hale said the ferry will run all winter, but that the fares will rise in March.", "speech",
     ["the ferry will run all winter, but that the fares will rise in March"]),
    ("but-that-mixed", "Ann Hale said the ferry is “on time,” but that the fares will rise.", "speech",
     ["the ferry is “on time,” but that the fares will rise"]),
    ("but-rather", "Ann Hale said the ferry will not stop at the pier, but rather at the old dock.", "speech",
     ["the ferry will not stop at the pier, but rather at the old dock"]),
    ("but-only", "Ann Hale said the ferry will run, but only on weekdays.", "speech",
     ["the ferry will run, but only on weekdays"]),
    ("not-only-but-also", "Ann Hale said the ferry will not only run all winter, but also stop at the old dock.",
     "speech", ["the ferry will not only run all winter, but also stop at the old dock"]),
    # negative: "but that" as a pronoun, "but also" with no "not only", and ", but" with a new subject
    ("but-that-pronoun", "Ann Hale said the ferry will run all winter, but that could change.", "speech",
     ["the ferry will run all winter"]),
    ("but-also-second-verb", "Ann Hale said the ferry will run all winter, but also admitted the fares will rise.",
     "speech", ["the ferry will run all winter", "the fares will rise"]),
    ("but-new-subject-mixed", "Ann Hale said the ferry is “on time,” but the fares rose anyway.", "speech",
     ["the ferry is “on time,”"]),
    # a "that" after the cue and a noun phrase is a relative pronoun: the clause starts at the noun
    ("relative-that", "Ann Hale said the levy that Tom Reed drafted was costly.", "speech",
     ["the levy that Tom Reed drafted was costly"]),
    # negative: after a hearer, a noun of saying or content, a name or a time, "that" opens the clause
    ("that-after-hearer", "Ann Hale warned the crews that the pier was unsafe.", "speech", ["the pier was unsafe"]),
    ("that-after-hearer-noun", "Ann Hale wrote the harbor board that the ferry was late.", "speech",
     ["the ferry was late"]),
    ("that-after-content-noun", "Ann Hale questioned the idea that the ferry was late.", "speech",
     ["the ferry was late"]),
    ("that-after-time", "Tom Reed claimed some weeks ago that the ferry was late.", "speech", ["the ferry was late"]),
    # "to" before a noun phrase is a preposition (the hearer), not an infinitive's: the clause follows "that"
    ("to-hearer-that", "Ann Hale complained to the board that the ferry was late.", "all", ["the ferry was late"]),
    ("to-name-that", "Ann Hale wrote to Tom Reed that the ferry was late.", "all", ["the ferry was late"]),
    # negative: an infinitive is the content
    ("to-infinitive", "Ann Hale agreed to pay the fare for the whole crew.", "all", ["to pay the fare for the whole crew"]),
    # an aside set off by commas between the cue and "that"
    ("comma-aside-that", "Ann Hale said, without any proof, that the ferry was late.", "speech", ["the ferry was late"]),
    # negative: "that's" opens no clause
    ("thats-no-that", "Ann Hale said that's the last ferry of the winter.", "speech",
     ["that's the last ferry of the winter"]),
    # a connective set off by a comma at the sentence's start is the writer's link, not reported
    ("connective-preposed", "Still, the old pier held up in the gale, Ann Hale said.", "speech",
     ["the old pier held up in the gale"]),
    ("connective-mixed", "In fact, the ferry is “always late,” Ann Hale said.", "speech", ["the ferry is “always late,”"]),
    # negative: a connective that is all the first half keeps its place; no comma, no connective
    ("connective-alone", "Now, Ann Hale said, the ferry runs late.", "speech", ["Now the ferry runs late"]),
    ("connective-no-comma", "Still the old pier held up in the gale, Ann Hale said.", "speech",
     ["Still the old pier held up in the gale"]),
    # a longer setting (where, when) between the cue and "that"
    ("setting-then-that", "Ann Hale wrote in a long column in the Sunday edition of the Harbor Gazette that the ferry "
     "was late.", "speech", ["the ferry was late"]),
    # negative: "on" after the cue opens its object, and a short setting is read as before
    ("on-object-relative", "Ann Hale called on the harbor board to fix the pier that the storm wrecked.", "all",
     ["the harbor board to fix the pier that the storm wrecked"]),
    # negative: after its cue, a clause still stops at ", but" (what follows may be the writer's)
    ("after-cue-stops-at-but", "Ann Hale said the ferry will run all winter, but the fares rose anyway.", "speech",
     ["the ferry will run all winter"]),
]


def _reported(text: str, cue_set: str) -> list[str]:
    doc = quotetool.extract(text, Config(cues=cue_set))
    check_offsets(text, doc)
    return [q.text for q in doc.quotes if q.type in ("indirect", "mixed")]


@pytest.mark.parametrize(("text", "cue_set", "expected"), cases(BOUNDS))
def test_reported_clause_bounds(text: str, cue_set: str, expected: list[str]) -> None:
    got = _reported(text, cue_set)
    assert got == expected, f"input: {text!r}\nexpected: {expected!r}\nactual:   {got!r}"


# A participle of saying after a document its subject issued: the issuer speaks, and the clause
# starts after the participle (not at the document). Rows: (id, text, expected (text, speaker) pairs).
ISSUERS = [
    ("memo-stating", "The harbor board put out a memo stating that the ferry ran late.",
     [("the ferry ran late", "The harbor board")]),
    ("letter-saying", "Ann Hale sent a letter on Monday saying the board would delay the vote.",
     [("the board would delay the vote", "Ann Hale")]),
    # negative: a person as the object is the participle's own subject, as before
    ("person-object", "Ann Hale mocked Tom Reed for calling the old pier a safe place.",
     [("the old pier a safe place", "Tom Reed")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ISSUERS])
def test_issuer_of_a_document_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    doc = quotetool.extract(text, Config())
    check_offsets(text, doc)
    got = [(q.text, q.speaker) for q in doc.quotes]
    assert got == expected, f"input: {text!r}\nexpected: {expected!r}\nactual:   {got!r}"
