"""What may stand between a cue and the quotation it introduces. A few words with no verb
of their own, then a comma or colon, keep the quotation whole and direct; a clause makes it
mixed. All text is written for these tests."""

from __future__ import annotations

import pytest
from helpers import describe

import quotetool

# (id, text, type of the quote, its text)
LEADS = [
    ("hearer-and-adverb", "Ana Ruiz, the mayor, told the harbor board simply, “We lost the vote.”",
     "direct", "We lost the vote."),
    ("hearer-and-colon", "Ana Ruiz told a crowd of fishermen on the pier: “We will rebuild it.”",
     "direct", "We will rebuild it."),
    ("clause-with-a-verb", "Ana Ruiz said the plan was “a disaster for the whole harbor.”",
     "mixed", "the plan was “a disaster for the whole harbor.”"),
    ("that-clause", "Ana Ruiz said that the harbor, “after all these years,” would reopen.",
     "mixed", "the harbor, “after all these years,” would reopen"),
]


@pytest.mark.parametrize(("text", "kind", "quote"), [pytest.param(t, k, q, id=i) for i, t, k, q in LEADS])
def test_leads(text: str, kind: str, quote: str) -> None:
    doc = quotetool.extract(text)
    assert [(q.type, q.text) for q in doc.quotes] == [(kind, quote)], f"input: {text!r}\n{describe(doc)}"
    assert doc.quotes[0].speaker == "Ana Ruiz"


# (id, text, the quotes' texts): where a mixed quote's clause ends
CLAUSE_ENDS = [
    ("comma-inside-the-mark-then-but",
     "Ana Ruiz said both plans were “dead on arrival,” but she praised the council for trying.",
     ["both plans were “dead on arrival,”"]),
    ("but-and-a-speech-verb", "Ana Ruiz says she respects the council’s “hard work” but argues that it is too slow.",
     ["she respects the council’s “hard work”"]),
    ("a-participle-of-speech", "Ana Ruiz said the bridge would reopen “within a few weeks,” explaining that the "
     "repairs were done.", ["the bridge would reopen “within a few weeks,”", "the repairs were done"]),
    ("but-without-a-cue-stays", "Ana Ruiz said the repairs were “slow but steady” all through the winter.",
     ["the repairs were “slow but steady” all through the winter"]),
    ("pronoun-then-colon", "Ana Ruiz said the plans were fine. But she gave the council a warning: "
     "“You never get a second chance.”", ["the plans were fine", "You never get a second chance."]),
]


@pytest.mark.parametrize(("text", "quotes"), [pytest.param(t, q, id=i) for i, t, q in CLAUSE_ENDS])
def test_clause_ends(text: str, quotes: list[str]) -> None:
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes] == quotes, f"input: {text!r}\n{describe(doc)}"
    assert all(q.speaker == "Ana Ruiz" for q in doc.quotes), describe(doc)


# (id, text, the quote's text): where a mixed quote's clause starts when a second cue of the
# same speaker, with he or she as its subject, stands between the first cue and the quotation
CLAUSE_STARTS = [
    ("although-she-wrote", "Ana Ruiz said on Monday that the council would meet, although she wrote that "
     "she “will not attend the vote.”", "she “will not attend the vote.”"),
    ("whom-she-called", "Ana Ruiz praised the harbor master, whom she described as “the finest pilot on this coast.”",
     "as “the finest pilot on this coast.”"),
    # negatives: a cue in a relative clause of the report, a cue whose subject is "it" or a name
    ("which-she-said", "Ana Ruiz said the board would meet on the plan, which she said was “empty.”",
     "the board would meet on the plan, which she said was “empty.”"),
    ("it-says", "Ana Ruiz said on Monday that the council would meet, although it says that the town "
     "“will not attend the vote.”",
     "the council would meet, although it says that the town “will not attend the vote.”"),
    ("a-name-as-second-subject", "Ana Ruiz said on Monday that the council would meet, although Bo Lee wrote "
     "that the town “will not attend the vote.”", None),
]


@pytest.mark.parametrize(("text", "quote"), [pytest.param(t, q, id=i) for i, t, q in CLAUSE_STARTS])
def test_clause_starts(text: str, quote: str | None) -> None:
    doc = quotetool.extract(text)
    ruiz = [q.text for q in doc.quotes if q.speaker == "Ana Ruiz" and "“" in q.text]
    if quote is None:
        assert not any(t.startswith("the town") for t in ruiz), f"input: {text!r}\n{describe(doc)}"
    else:
        assert ruiz == [quote], f"input: {text!r}\n{describe(doc)}"


# (id, text after a sentence naming Ana Ruiz, the quote's text or None): an auxiliary contracted
# onto a pronoun before the cue
CONTRACTED_AUXILIARIES = [
    ("she-is-predicting", "She’s predicting the board will be “very, very happy” with the vote.",
     "the board will be “very, very happy” with the vote"),
    ("she-has-said", "She's said she takes her ideas from a “very old” book about boats.",
     "she takes her ideas from a “very old” book about boats"),
    # negatives: "it's" is no speaker, and "'s" after a name is a possessive
    ("it-is-called", "It’s called “the harbor deal” by the board.", None),
    ("possessive", "Ruiz’s call for “a full stop” to the dredging angered the board.", None),
]


@pytest.mark.parametrize(("after", "quote"), [pytest.param(a, q, id=i) for i, a, q in CONTRACTED_AUXILIARIES])
def test_contracted_auxiliaries(after: str, quote: str | None) -> None:
    text = "Ana Ruiz spoke to the harbor board on Monday. " + after
    doc = quotetool.extract(text)
    if quote is None:
        assert not doc.quotes, f"input: {text!r}\n{describe(doc)}"
    else:
        assert [(q.text, q.speaker) for q in doc.quotes] == [(quote, "Ana Ruiz")], f"input: {text!r}\n{describe(doc)}"


def test_a_cue_leading_into_the_next_quote_is_not_the_last_ones() -> None:
    """“... flood.” Bo Lee called Trump a “liar.”: "Bo Lee called" introduces the second quote."""
    text = ('Donald Trump said Ana Ruiz "caused the flood." Bo Lee called Trump a "reckless gambler." '
            'Ann Hale said Lee "promises the crowd whatever it wants."')
    doc = quotetool.extract(text)
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ('Ana Ruiz "caused the flood."', "Donald Trump"),
        ('Trump a "reckless gambler."', "Bo Lee"),
        ('Lee "promises the crowd whatever it wants."', "Ann Hale"),
    ], describe(doc)


def test_a_cue_after_a_full_stop_with_no_quote_after_it_still_counts() -> None:
    text = "“We won the vote.” Bo Lee said on Monday."
    doc = quotetool.extract(text)
    assert doc.quotes[0].speaker == "Bo Lee", describe(doc)


# (id, text, the first quote's speaker, or None): where the speaker stands around the cue
SPEAKER_PLACES = [
    # an aside between the speaker and the cue
    ("aside-between-speaker-and-cue",
     "“We will rebuild the pier this year,” Ana Ruiz, after a short silence, said of the plan.", "Ana Ruiz"),
    ("aside-after-no-speaker",
     "“We will rebuild the pier this year,” and then, after a short silence, said nothing more.", None),
    # the cue, then its speaker and a comma, right before the quote
    ("cue-speaker-comma-after-a-clause",
     "Because of the schedule, explained Bo Lee, “this race is over by March, whatever happens.”", "Bo Lee"),
    ("cue-speaker-comma-opening-a-sentence",
     "The home became a museum. Said Ana Ruiz, who grew up nearby, “We all cheered for him that day.”", "Ana Ruiz"),
    ("cue-then-no-speaker",
     "Because of the schedule explained in the memo, “this race is over by March, whatever happens.”", None),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SPEAKER_PLACES])
def test_speaker_places(text: str, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    assert doc.quotes and doc.quotes[0].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


# (id, text, the first quote's speaker, or None): a last round of speaker readings, each with a
# case that must not take the wrong person
LATE_FIXES = [
    # "X said, adding, “...”": the participle goes on X's report, not the sentence's subject
    ("adding-after-said", "The mayor said the pier would reopen, Dale Ortiz said, adding, “We will open it in "
     "May with a party for everyone.”", "Dale Ortiz"),
    ("adding-after-a-clause", "Dale Ortiz spoke for an hour, adding, “We will open it in May with a party for "
     "everyone.”", "Dale Ortiz"),
    # a name after a preposition is where, not who: "on Facebook writing"
    ("participle-after-preposition", "Ana Ruiz answered the harbor board on Facebook writing, “The pier opens "
     "in May, and the delay was my fault.”", "Ana Ruiz"),
    # a participle opening the sentence is not its subject
    ("participle-opens-sentence", "Continuing to explain his view, Dale Ortiz rejected the idea, saying that the "
     "pier “was never safe for the children.”", "Dale Ortiz"),
    # a headline, a dash, then the speaker and a colon
    ("dash-then-speaker-colon", "Ferry fares up again - Ines Vark: “Riders will pay two dollars more for each "
     "crossing from June.”", "Ines Vark"),
    ("dash-then-no-speaker", "The vote is close - and then some: “We will win this one by a mile or more.”", None),
    # a preposition opening the sentence is no subject: "Amid the uproar, ..."
    ("preposition-opens-sentence", "Amid the uproar over the vote, Dale Ortiz defended the plan, saying it was "
     "“the only way to keep the pier open.”", "Dale Ortiz"),
    # "in a written statement": a verb form after an article is an adjective, not a cue
    ("written-statement", "Dale Ortiz told the Harbor Times in a written statement, “I will not run again, "
     "whatever the party says.”", "Dale Ortiz"),
    # an owner's name has no lower-case verb in it
    ("clause-before-a-possessive", "Ana Ruiz appeared with Channel Four’s Ines Vark and endorsed the plan, saying, "
     "“This is exactly what the harbor needs.”", "Ana Ruiz"),
    # "issued a statement saying ...": the statement's issuer, not "issued a statement"
    ("verb-and-document-is-no-speaker", "Ines Vark issued a statement saying the plan “has no place in a "
     "democracy like ours.”", "Ines Vark"),
    # ... with a quotation or a clause of its own after the participle
    ("statement-saying-quotation", "Ines Vark issued a statement saying, “The pier stays closed until May.”",
     "Ines Vark"),
    ("email-saying-clause", "Hours later, the harbor board sent an email saying the pier would stay closed.",
     "the harbor board"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in LATE_FIXES])
def test_late_fixes(text: str, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    assert doc.quotes and doc.quotes[0].speaker == speaker, f"input: {text!r}\n{describe(doc)}"
