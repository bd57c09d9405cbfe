"""Fiction: turn-taking in conversations, action beats, dialogue-tag verbs and pronouns that
point to the nearest person. Each rule has a case that must not fire. All text is written
for these tests."""

from __future__ import annotations

import pytest
from helpers import describe

import quotetool

FICTION = quotetool.Config(style="fiction")

# (id, text, the speakers of the quotes in order)
DIALOGUE = [
    # a cue later in the conversation names the turns before it, both ways
    ("turns-before-the-first-cue",
     "Ann Hale set the kettle on the stove.\n\n“Is it still raining?”\n\n“Harder than ever.”\n\n"
     "“Then we stay in,” said Ann Hale.\n\n“Suits me,” Tom Reed replied.",
     ["Ann Hale", "Tom Reed", "Ann Hale", "Tom Reed"]),
    ("turns-after-two-cues",
     "“Is it still raining?” asked Ann Hale.\n\n“Harder than ever,” said Tom Reed.\n\n“Then we stay in.”\n\n"
     "“Suits me.”",
     ["Ann Hale", "Tom Reed", "Ann Hale", "Tom Reed"]),
    # an action beat in the quote's paragraph names its speaker
    ("beat-after-the-quote",
     "Tom Reed came in from the yard.\n\n“The fence is down again.” Ann Hale put down her cup. “Then we mend it.”",
     ["Ann Hale", "Ann Hale"]),
    ("beat-before-the-quote",
     "“The fence is down again,” said Tom Reed.\n\nAnn Hale put down her cup. “Then we mend it.”",
     ["Tom Reed", "Ann Hale"]),
    # a verb that is a cue only in a dialogue tag
    ("dialogue-tag-returned", "“Not tonight, I think,” returned Ann Hale.", ["Ann Hale"]),
    ("dialogue-tag-went-on", "“And then,” Ann Hale went on, “the lights went out.”", ["Ann Hale"]),
    # he/she: the nearest person of that gender in the narration, not the last speaker
    ("pronoun-nearest-person",
     "“We leave at dawn,” said Tom Reed.\n\nSam Platt looked up from the fire. “Not me,” he said.",
     ["Tom Reed", "Sam Platt"]),
    # ... but a name inside a quotation is the person spoken to or about, not a referent
    ("pronoun-skips-names-in-quotes",
     "“Ask Sam Platt, not me,” said Tom Reed.\n\n“No,” he said.",
     ["Tom Reed", "Tom Reed"]),
]


@pytest.mark.parametrize(("text", "speakers"), [pytest.param(t, s, id=i) for i, t, s in DIALOGUE])
def test_dialogue(text: str, speakers: list[str]) -> None:
    doc = quotetool.extract(text, FICTION)
    assert [q.speaker for q in doc.quotes] == speakers, f"input: {text!r}\n{describe(doc)}"


def test_narration_ends_a_conversation() -> None:
    """A paragraph of narration between two quote paragraphs: no turn-taking across it."""
    text = ("“Then we stay in,” said Ann Hale.\n\nThe storm went on all night and nobody slept a wink.\n\n"
            "“Harder than ever, and the river is rising fast.”")
    last = quotetool.extract(text, FICTION).quotes[-1]
    assert not any("turns alternate" in step for step in last.explain), last.explain


def test_a_beat_needs_a_person() -> None:
    """“...” The wind rose. — a sentence about a thing names no speaker."""
    text = ("“Is the fence down again?” said Tom Reed.\n\n“It is, and the gate is broken too.” The wind rose.")
    last = quotetool.extract(text, FICTION).quotes[-1]
    assert not any(step.startswith("action beat") for step in last.explain), last.explain


@pytest.mark.parametrize("text", [
    pytest.param("Ann Hale returned the letter that the bank had sent her last week.", id="returned-not-a-cue"),
    pytest.param("The meeting began that the council would vote on the budget in May.", id="began-not-a-cue"),
])
def test_dialogue_verbs_report_nothing_alone(text: str) -> None:
    """Dialogue-tag verbs are cues only next to a quotation: no reported speech from them."""
    doc = quotetool.extract(text, quotetool.Config(cues="all"))
    assert not doc.quotes, f"input: {text!r}\n{describe(doc)}"
