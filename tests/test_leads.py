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
