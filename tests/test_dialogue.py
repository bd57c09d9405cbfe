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
    # the turn before speaks to someone by name: this turn is theirs (not the parity's choice)
    ("addressed-by-name",
     "Ann Hale and Tom Reed sat by the fire with old Sam Platt.\n\n“Who left the gate open?” said Ann Hale.\n\n"
     "“Ask Sam, he was out last.”\n\n“I shut it, Tom, I swear.”\n\n“You did not, Sam.”",
     ["Ann Hale", "Tom Reed", "Sam Platt", "Tom Reed"]),
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
    # ... or a person described, however far back, when no name of that gender is nearer
    ("pronoun-described-person",
     "A small boy in a red cap came down the lane, kicking a stone before him. He stopped at the gate "
     "and looked at the house for a long time, as if he had never seen a house before. The dog barked "
     "twice and then lay down again in the dust of the yard.\n\n“Is anybody home?” he asked.",
     ["A small boy"]),
    ("pronoun-described-person-not-in-quotes",
     "A small boy came down the lane.\n\n“Tell the old woman I am here,” he said.\n\n“Not now,” she said.",
     ["A small boy", None]),
    # ... preferring a person who opens a sentence over one inside it
    ("pronoun-prefers-the-subject",
     "Sam Platt stood at the window and talked for a while about the storm with his father.\n\n"
     "“It will not stop before dawn,” he said.",
     ["Sam Platt"]),
    # a one-word name the story genders: twice the subject of a clause with "his", and named mid-sentence
    ("pronoun-to-a-name-the-story-genders",
     "The rain kept Orrin indoors. Orrin shook his head at it. Orrin pulled his coat tighter and waited for "
     "Nell Hale.\n\n"
     "“We should go,” said Nell Hale.\n\nThe boat was late again, and the pier was empty.\n\n"
     "“Not yet,” he said.",
     ["Nell Hale", "Orrin"]),
    # ... but "The" opening such clauses is no name (and is capitalised nowhere else)
    ("the-is-not-a-name",
     "The old man took his hat from the hook. The boy shook his head at the door of The Anchor.\n\n"
     "“Not today,” he said.",
     ["The boy"]),
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


NARRATOR_TEXT = ("“Where were you last night?” asked Tom Reed.\n\n“At the mill,” I said.\n\n"
                 "“You are a poor liar, Nell.”\n\n“And you are a worse one,” I said.\n\n"
                 "“Have it your way, Nell.”")


def test_the_narrator_takes_the_name_others_call_them() -> None:
    doc = quotetool.extract(NARRATOR_TEXT, FICTION)
    assert [q.speaker for q in doc.quotes] == ["Tom Reed", "Nell", "Tom Reed", "Nell", "Tom Reed"], describe(doc)
    assert any(s.startswith("narrator:") for s in doc.quotes[1].explain)


def test_one_vocative_does_not_name_the_narrator() -> None:
    text = NARRATOR_TEXT.replace("“Have it your way, Nell.”", "“Have it your way.”")
    doc = quotetool.extract(text, FICTION)
    assert doc.quotes[1].speaker == "the narrator", describe(doc)


@pytest.mark.parametrize(("text", "beat"), [
    pytest.param("“Is the gate shut?” said Tom Reed.\n\n“It is shut and barred.” Nell bolted the door too.\n\n"
                 "Nell Hale was the miller's daughter.", True, id="a-name-the-story-knows"),
    pytest.param("“Is the gate shut?” said Tom Reed.\n\n“It is shut and barred.” Smiling, the girl left.",
                 False, id="a-participle-is-no-name"),
])
def test_a_one_word_beat_must_be_a_known_name(text: str, beat: bool) -> None:
    last = quotetool.extract(text, FICTION).quotes[-1]
    assert any(s.startswith("action beat") for s in last.explain) == beat, last.explain


# Found by review: each row is (id, text, style, the speakers of the quotes in order)
REVIEW = [
    # a quote attributed to its clause's subject is no turn to overwrite
    ("subject-inside-a-conversation",
     "“Is it raining?” said Tom Reed.\n\n“Yes.”\n\nAnn Hale thanked him for “asking about the weather on such "
     "a bad night as this.”", "fiction", ["Tom Reed", None, "Ann Hale"]),
    # an honorific says which of two people sharing a surname is spoken to
    ("vocative-honorific-gender",
     "Ann Hale and Tom Hale sat by the fire.\n\n“Who left the gate open?” said Ann Hale.\n\n"
     "“I did, Mr. Hale.”\n\n“You did not.”", "fiction", ["Ann Hale", None, "Tom Hale"]),
    # nobody speaks to themselves by name
    ("no-self-address", "“Yes,” said Tom Reed.\n\n“Well, Tom, I see it now.”", "fiction", ["Tom Reed", "!Tom Reed"]),
    # a role noun that looks like a verb is still the speaker
    ("role-noun-like-a-verb", "“We fed three hundred people tonight,” the volunteer said.", "fiction",
     ["the volunteer"]),
    # dialogue-tag verbs are fiction's only: in news "began" starts a meeting
    ("tag-verb-in-news", "“We are closed until the storm passes,” the mayor began the meeting on Monday.", "news",
     ["!the mayor"]),
]


@pytest.mark.parametrize(("text", "style", "speakers"), [pytest.param(t, st, sp, id=i) for i, t, st, sp in REVIEW])
def test_review_findings(text: str, style: str, speakers: list[str | None]) -> None:
    """None: any speaker; "!X": anyone but X."""
    doc = quotetool.extract(text, quotetool.Config(style=style))
    assert len(doc.quotes) == len(speakers), f"input: {text!r}\n{describe(doc)}"
    for q, want in zip(doc.quotes, speakers):
        if want is not None and want.startswith("!"):
            assert q.speaker != want[1:], f"input: {text!r}\n{describe(doc)}"
        elif want is not None:
            assert q.speaker == want, f"input: {text!r}\n{describe(doc)}"
