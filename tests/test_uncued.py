"""Quotations with no cue next to them: who the clause around them is about, and who the
paragraph of narration before a quote paragraph introduces. Each rule has a case that must
not name anyone. All text is written for these tests."""

from __future__ import annotations

import pytest
from helpers import describe

import quotetool

# (id, text, the speaker of the first quotation, or None)
UNCUED = [
    ("clause-subject", "Mayor Ana Ruiz thanked the crews for “working through the night to keep every bus "
     "route running.”", "Ana Ruiz"),
    ("clause-subject-group", "Harbor officials warned the council about “ships that are far too big for a channel "
     "this narrow.”", "Harbor officials"),
    ("clause-subject-it", "It was “the worst day of the whole season for the harbor crews,” by all accounts.", None),
    ("introduced-before", "Buddy Vance praised the mayor's work after the flood.\n\n“We need a leader who "
     "will fix the roads and open the library again.”", "Buddy Vance"),
    ("introduced-before-a-thing", "The storm flooded the harbor road again on Monday night.\n\n“We need a leader "
     "who will fix the roads and open the library again.”", None),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in UNCUED])
def test_uncued(text: str, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    assert doc.quotes, f"input: {text!r}\n{describe(doc)}"
    assert doc.quotes[0].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


def test_an_unread_cue_keeps_the_paragraph_before_out() -> None:
    """“...,” a source close to the family can be heard saying: a cue we could not read
    the speaker of; the person in the paragraph before is not guessed."""
    text = ("Buddy Vance praised the mayor's work after the flood.\n\n“We need a leader who will fix the roads "
            "and open the library again,” says the voice on the tape.")
    doc = quotetool.extract(text)
    assert doc.quotes and doc.quotes[0].speaker is None, describe(doc)


def test_an_age_names_the_speaker() -> None:
    """“...,” said the 46-year-old: an age stands for the person."""
    text = "“We were never told about the closure until the day it happened,” said the 46-year-old."
    q = quotetool.extract(text).quotes[0]
    assert q.mention is not None and q.mention.text == "the 46-year-old", describe(quotetool.extract(text))


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Dale Hale, a planner who advised the mayor, said the plan so far has worked "
                 "“in every way that anyone could measure it.”", "Dale Hale", id="relative-clause-in-appositive"),
    pytest.param("Ana Ruiz, who was speaking to the mayors, reminded them of the pledge “to put the people ahead "
                 "of every business interest in town.”", "Ana Ruiz", id="subject-with-appositive"),
    pytest.param("It was, by all accounts and in every paper, “a full and frank exchange of views on every "
                 "point.”", None, id="no-person-subject"),
])
def test_subjects_with_appositives(text: str, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    assert doc.quotes and doc.quotes[0].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


@pytest.mark.parametrize(("text", "kind", "quote"), [
    pytest.param("The board saw Ana Ruiz, then 44, as “the right pilot to take the harbor into the new century.”",
                 "mixed", "Ana Ruiz, then 44, as “the right pilot to take the harbor into the new century.”",
                 id="words-between-verb-and-quote"),
    pytest.param("Mayor Ana Ruiz thanked the crews for “working through the night to keep every bus route running.”",
                 "direct", "working through the night to keep every bus route running.", id="quote-right-after"),
])
def test_a_quote_inside_a_subjects_clause(text: str, kind: str, quote: str) -> None:
    doc = quotetool.extract(text)
    assert [(q.type, q.text) for q in doc.quotes] == [(kind, quote)], f"input: {text!r}\n{describe(doc)}"


def test_an_unresolved_subject_falls_back_with_a_trace() -> None:
    """He thanked the crews for “...”, with no he before it: no speaker, but a reason why."""
    text = "He thanked the crews for “working through the night to keep every bus route running.”"
    q = quotetool.extract(text).quotes[0]
    assert q.speaker is None and q.type == "direct" and len(q.explain) > 1, q.explain


def test_a_subjects_quote_never_spans_two_paragraphs() -> None:
    text = ("The board saw Ana Ruiz, then only 44, as “the right pilot to take the harbor forward.\n\n"
            "“She will do it for all of us, every single one.”")
    for q in quotetool.extract(text).quotes:
        for s in q.spans:
            assert "\n\n" not in text[s.start : s.end], q


def test_a_speaker_colon_claim_is_one_sentence() -> None:
    """Ana Ruiz: CLAIM. The rest of the paragraph is read on its own."""
    doc = quotetool.extract("Ana Ruiz: We will not sell the harbor. Bo Lee said the fund is empty and will close.")
    assert [(q.text, q.speaker) for q in doc.quotes] == [("We will not sell the harbor", "Ana Ruiz"),
                                                        ("the fund is empty and will close", "Bo Lee")], describe(doc)


@pytest.mark.parametrize(("headline", "expected"), [
    pytest.param("Ann Hale: Harbor Plan ‘Not Worth the Paper’", ("mixed", "Harbor Plan ‘Not Worth the Paper’", "Ann Hale"),
                 id="name-colon-claim-with-quote"),
    pytest.param("Ann Hale: ‘We Will Not Back Down’", ("direct", "We Will Not Back Down", "Ann Hale"), id="quote-right-after"),
    # negatives: a label that names nobody; a claim too long to be the headline's
    pytest.param("Storm Update: Harbor Plan ‘Not Worth the Paper’", None, id="label-no-person"),
    pytest.param("Ann Hale: Storms, Tides, Fees, Ferries, Piers, Cranes, Docks and the Long, Slow Fight over "
                 "the ‘Harbor Plan’", None, id="claim-too-long"),
])
def test_a_headline_names_its_speaker_before_a_colon(headline: str, expected: tuple[str, str, str] | None) -> None:
    """"NAME: claim ‘quote’" opening a story: the quote is the named person's, inside the claim."""
    doc = quotetool.extract(headline + "\n\nSen. Ann Hale spoke at the harbor on Monday.")
    found = [(q.type, q.text, q.speaker) for q in doc.quotes if q.start < len(headline)]
    if expected is None:
        assert all(speaker is None for _, _, speaker in found), f"input: {headline!r}\n{describe(doc)}"
    else:
        assert found[:1] == [expected], f"input: {headline!r}\n{describe(doc)}"


TRANSCRIPT = ("Harbor master Ines Vark spoke with the Herald about the storm season.\n\n"
              "Q: How bad was last winter?\n\n"
              "VARK: The worst I have seen. We lost two docks and nearly lost the fuel pier.\n\n"
              "Q: What would you tell the council?\n\n"
              "VARK: Pay now or pay more later. Tom Reed said the same last year.\n")


def test_a_transcript_answer_is_the_named_persons() -> None:
    """"VARK:" in capitals is the Ines Vark the story names; an answer of several sentences is
    hers whole, up to a sentence with a cue of its own. "Q:" names nobody."""
    doc = quotetool.extract(TRANSCRIPT)
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("The worst I have seen. We lost two docks and nearly lost the fuel pier", "Ines Vark"),
        ("Pay now or pay more later", "Ines Vark"),
        ("the same last year", "Tom Reed"),
    ], describe(doc)


@pytest.mark.parametrize("text", [
    pytest.param("The storm season starts in May.\n\nUPDATE: The ferry runs late today and tomorrow.\n",
                 id="no-such-name"),
    pytest.param("Harbor Storm Update\n\nThe storm reached the coast at night.\n\nUPDATE: The ferry runs late "
                 "today and tomorrow.\n", id="headline-word-no-person"),
])
def test_capitals_name_nobody_the_story_does_not_name(text: str) -> None:
    """A label in capitals speaks only as the surname of a person the story names with a known
    first name: "Harbor Storm Update" names no one called Update."""
    doc = quotetool.extract(text)
    assert not doc.quotes, describe(doc)
