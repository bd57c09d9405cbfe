"""Reported speech introduced by a noun (issue #4): "Hale's claim that ...", "his promise to
...", and a headline that is a speaker, a colon and a claim. Each rule with near misses that
must not report. All text is written for these tests.

Rows are (id, text, cues, expected [(quote_text, speaker)]).
"""

from __future__ import annotations

import pytest
from helpers import assert_quotes, cases

import quotetool

ALL_CUES = quotetool.Config(cues="all")

NOMINAL = [
    # an owner's noun of saying, then "that" and the clause: the owner speaks
    ("name-claim-that", "The board rejected Ann Hale's claim that the levy had been spent twice.", "speech",
     [("that the levy had been spent twice", "Ann Hale")]),
    ("name-warning-that-modifier", "Voters heard Tom Reed's stern warning that the ferry would stop in May.", "speech",
     [("that the ferry would stop in May", "Tom Reed")]),
    ("pronoun-assertion-that", "Ines Vark left the hearing early. Few believed her assertion that the dam was safe.",
     "speech", [("that the dam was safe", "Ines Vark")]),
    ("name-promise-to", "Dale Ortiz's promise to repave Elm Street won him the ward.", "speech",
     [("to repave Elm Street won him the ward", "Dale Ortiz")]),
    ("noun-time-that", "Critics doubted Ruth Okafor's claim Monday that the mill would reopen.", "speech",
     [("that the mill would reopen", "Ruth Okafor")]),
    ("view-is-that", "Bo Lee's view is that the harbor needs a new pier.", "all",
     [("that the harbor needs a new pier", "Bo Lee")]),
    # an opening phrase: the content ends at its comma, before the main clause
    ("opening-phrase-comma", "Despite Dana Reyes's claims that the budget was balanced, the deficit grew.", "speech",
     [("that the budget was balanced", "Dana Reyes")]),
    # an infinitive's content ends at the main clause's finite verb
    ("infinitive-then-finite-verb", "Tom Reed's pledge to sell the old pier was dropped in May.", "speech",
     [("to sell the old pier", "Tom Reed")]),
    ("infinitive-of-be", "His vow to be the last mayor of the old town won a cheer.", "speech",
     [("to be the last mayor of the old town won a cheer", None)]),
    # stance nouns count only with --cues all
    ("stance-noun-all", "Ann Hale's plan to close the pool drew a crowd to the hearing.", "all",
     [("to close the pool drew a crowd to the hearing", "Ann Hale")]),
    ("stance-noun-speech", "Ann Hale's plan to close the pool drew a crowd to the hearing.", "speech", []),
    # with --cues all, an owner's noun as a verb's object is the subject's stance; with
    # --cues speech the owner still speaks
    ("object-of-verb-all", "Bo Lee ignored Ann Hale's claim that the pier was safe.", "all",
     [("that the pier was safe", "Bo Lee")]),
    ("object-of-verb-speech", "Bo Lee ignored Ann Hale's claim that the pier was safe.", "speech",
     [("that the pier was safe", "Ann Hale")]),
    ("object-of-preposition-all", "Bo Lee worked on Ann Hale's claim that the pier was safe.", "all",
     [("that the pier was safe", "Ann Hale")]),
    # near misses: no owner, an owner that owns another noun, no infinitive after "to"
    ("no-owner", "The claim that the levy had been spent twice was false.", "speech", []),
    # "claims" after an owner's other noun is that noun's verb: the campaign speaks
    ("owner-of-another-noun", "Tom Reed's campaign claims that the levy had been spent twice.", "speech",
     [("the levy had been spent twice", "Tom Reed's campaign")]),
    ("comments-to-someone", "Tom Reed's comments to the harbor board were brief and polite.", "speech", []),
    ("response-to-the-storm", "Ann Hale's promise to the harbor board was kept.", "speech", []),
    ("determiner-owner", "The statement that the board released on Friday was short.", "speech", []),
]

COLON = [
    # a headline: a speaker, a colon, a claim; a name the story gives again in full
    ("colon-surname-given-later",
     "Okafor: The mill will reopen in spring.\n\nThe owner, Ruthanne Okafor, spoke at the county fair.", "speech",
     [("The mill will reopen in spring", "Ruthanne Okafor")]),
    ("colon-full-name-given-again",
     "Tavi Brennick: The mill will reopen in spring.\n\nMayor Tavi Brennick spoke at the county fair.", "speech",
     [("The mill will reopen in spring", "Tavi Brennick")]),
    ("colon-label", "Storm Update: The ferry will not run on Friday.\n\nThe harbor stays closed all week.", "speech",
     []),
]


@pytest.mark.parametrize(("text", "cue_set", "expected"), cases(NOMINAL + COLON))
def test_reported_nominal_patterns(text: str, cue_set: str, expected: list[tuple]) -> None:
    assert_quotes(text, expected, ALL_CUES if cue_set == "all" else None)
