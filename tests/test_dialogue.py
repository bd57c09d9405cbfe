"""Fiction: turn-taking in conversations, action beats, dialogue-tag verbs and pronouns that
point to the nearest person. Each rule has a case that must not fire. All text is written
for these tests."""

from __future__ import annotations

import pytest
from helpers import describe

import quotetool

FICTION = quotetool.Config(style="fiction")

# A paragraph of narration hard-wrapped as in a book, so that one line break is only a wrapped line.
WRAPPED_FIRESIDE = ("Ann Hale sat by the fire in the long room at the back of the\nmill, and listened to the rain "
                    "on the roof and the wheel\nturning in the race below the window, as she did every night.\n\n")

# (id, text, the speakers of the quotes in order)
DIALOGUE = [
    # a relative word said as a title before a name (“Uncle Ned”) is a name said to someone
    ("addressed-by-relative-and-name",
     "Ned Voss and Tom Reed came in from the snow with Ann Hale.\n\n“Sit down, Uncle Ned,” said Ann Hale.\n\n"
     "“Thank you, child. My feet are frozen.”",
     ["Ann Hale", "Ned Voss"]),
    # ... but not when it is only someone talked about
    ("relative-and-name-talked-about",
     "Ned Voss and Tom Reed came in from the snow with Ann Hale.\n\n“I met Uncle Ned at the mill,” said Ann Hale."
     "\n\n“Was he well?”",
     ["Ann Hale", "Tom Reed"]),
    # an endearment after the name (“Nell dear”) still leaves a name said to someone
    ("addressed-by-name-and-endearment",
     "Nell Hale and Tom Reed walked home from the fair with Sam Platt.\n\n“It was a long day,” said Sam Platt."
     "\n\n“Too long, Nell dear.”\n\n“I liked it.”",
     ["Sam Platt", "Tom Reed", "Nell Hale"]),
    # ... while “dear me” names nobody
    ("dear-me-names-nobody",
     "Nell Hale and Tom Reed walked home from the fair with Sam Platt.\n\n“It was a long day,” said Sam Platt."
     "\n\n“Too long, dear me.”\n\n“I liked it.”",
     ["Sam Platt", "Tom Reed", "Sam Platt"]),
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
    # “he”/“she” in a reply's cue is not the speaker of the turn just before: it is the person
    # that turn spoke to by name ...
    ("pronoun-reply-to-the-one-spoken-to",
     "Orrin Dale and Piet Kemble stood at the rail of the ferry.\n\n“You look tired, Piet,” said Orrin Dale.\n\n"
     "“I slept badly,” he answered.",
     ["Orrin Dale", "Piet Kemble"]),
    # ... else the speaker of the turn before that
    ("pronoun-reply-to-the-turn-before-that",
     "Orrin Dale and Piet Kemble stood at the rail of the ferry.\n\n“The river is high,” said Piet Kemble.\n\n"
     "“Too high to cross,” Orrin Dale said.\n\n“We cross anyway,” he answered.",
     ["Piet Kemble", "Orrin Dale", "Piet Kemble"]),
    # ... but not the person this turn itself speaks to by name
    ("pronoun-reply-not-to-the-one-it-speaks-to",
     "Orrin Dale and Piet Kemble stood at the rail of the ferry.\n\n“You look tired, Piet,” said Orrin Dale.\n\n"
     "“Get some sleep, Piet,” he added.",
     ["Orrin Dale", "Orrin Dale"]),
    # ... nor a woman for “he”
    ("pronoun-reply-not-to-the-other-gender",
     "Orrin Dale and Mrs. Wenna Kemble stood at the rail of the ferry.\n\n“The river is high,” said Mrs. Kemble."
     "\n\n“Too high to cross,” Orrin Dale said.\n\n“We cross anyway,” he went on.",
     ["Wenna Kemble", "Orrin Dale", "Orrin Dale"]),
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
    # "the" and any noun after a dialogue tag is the speaker, listed as a role noun or not
    ("tag-then-any-noun", "“The ford is too deep tonight,” said the ferryman, coiling his rope.", ["the ferryman"]),
    ("tag-then-any-noun-hyphenated", "“No carts after dark.” said the toll-keeper.", ["the toll-keeper"]),
    ("any-noun-then-tag", "“You may cross at dawn,” the ferryman said gruffly.", ["the ferryman"]),
    # a book's lines wrap anywhere, inside a dialogue tag too
    ("tag-wrapped-before-the-surname", WRAPPED_FIRESIDE + "“It is late,” said Miss\nHale, and she shut the door.",
     ["Ann Hale"]),
    ("tag-wrapped-before-the-verb", WRAPPED_FIRESIDE + "“It is late,” Miss\nHale said, and she shut the door.",
     ["Ann Hale"]),
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
    # ... but not a description said of someone (“he is a tall man ...”): that is a predicate
    ("description-as-predicate-is-no-referent",
     "“The tide is turning,” said Quenby at last.\n\nHe is a tall man, and he never smiles. "
     "Nobody answered him.\n\n“We sail at dawn,” he said.",
     ["Quenby", "Quenby"]),
    ("description-as-object-is-a-referent",
     "“The tide is turning,” said Quenby at last.\n\nHe spoke to a tall man, and he never smiles. "
     "Nobody answered him.\n\n“We sail at dawn,” he said.",
     ["Quenby", "a tall man"]),
    # ... and a description starts at its last determiner: “saw that her mother” is “her mother”
    ("description-after-that",
     "The kettle boiled over, and the cat ran from the kitchen. Tom saw that her mother stood in the door.\n\n"
     "“Who did this?” she asked.",
     ["her mother"]),
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
    # a person described by a role that gives no gender, opening a sentence just before, is a
    # he/she's referent (not a man who spoke long before)
    ("pronoun-to-a-role-of-no-gender-opening-a-sentence",
     "“We rest here,” said Tom Reed.\n\nThe ferry was late.\n\nThe stranger sat down on a crate by the "
     "gate.\n\n“Not for long,” he said.",
     ["Tom Reed", "The stranger"]),
    # ... but not one far back: anyone may have come between
    ("no-role-of-no-gender-far-back",
     "The stranger sat down on a crate by the gate. " + "The river ran high and brown all through the month. " * 14
     + "\n\n“We rest here,” said Tom Reed.\n\n“Not for long,” he said.",
     ["Tom Reed", "Tom Reed"]),
    # ... nor one inside a sentence
    ("no-role-of-no-gender-inside-a-sentence",
     "“We rest here,” said Tom Reed.\n\nA crate by the gate served the stranger as a seat.\n\n"
     "“Not for long,” he said.",
     ["Tom Reed", "Tom Reed"]),
    # a surname the story genders: a "his" in the same clause with no one else between, twice
    # (here after the name as object, and after the full name), so a described man named
    # before it is not the referent
    ("pronoun-to-a-surname-the-story-genders",
     "Quenby Vask kept the light on the point, and nobody knew his age. The life of the man who keeps "
     "a light is lonely.\n\nI visited Vask one evening, and found a lamp lit by his bed.\n\n"
     "“Sit down,” he said.",
     ["Quenby Vask"]),
    # ... but not when a person described stands between the name and the "his"
    ("no-gender-across-a-described-person",
     "Quenby Vask kept the light with the old man, and nobody knew his age. The life of the man who "
     "keeps a light is lonely.\n\nI visited Vask and the boy one evening, and found his lamp lit.\n\n"
     "“Sit down,” he said.",
     ["the boy"]),
    # ... a "he" between the name and the "his" is the same man
    ("surname-gendered-through-he",
     "Quenby Vask stood at the pier, and he carried his own bag. There was an old man on a crate nearby.\n\n"
     "Later I visited Vask, and he mended his nets.\n\n“Sit down,” he said.",
     ["Quenby Vask"]),
    # ... but a name after a preposition is most likely a place, and gets no gender
    ("place-after-a-preposition-gets-no-gender",
     "A letter came from Lisbon, and his seal was on it. A parcel came from Lisbon with his name "
     "on it.\n\n“Open it,” he said.",
     [None]),
    # a present-tense relative clause makes a description anyone of that kind, not a referent ...
    ("generic-description-is-no-referent",
     "“Good morning,” said Tom Reed.\n\nThe man who keeps a light never sleeps.\n\n“It is true,” he said.",
     ["Tom Reed", "Tom Reed"]),
    # ... while one in the past tense is a person of the story
    ("description-with-past-relative-is-a-referent",
     "“Good morning,” said Tom Reed.\n\nThe man who kept the light never slept.\n\n“It is true,” he said.",
     ["Tom Reed", "The man"]),
    # ... but "The" opening such clauses is no name (and is capitalised nowhere else)
    ("the-is-not-a-name",
     "The old man took his hat from the hook. The boy shook his head at the door of The Anchor.\n\n"
     "“Not today,” he said.",
     ["The boy"]),
    # "Mr. Reed" is the man named Reed, not a nearer Reed whose gender no word gives ...
    ("honorific-prefers-a-name-of-its-gender",
     "Mr. Peter Reed owned the mill.\n\nLater that year Quenby Reed came to live there too.\n\n"
     "“Who left the gate open?” demanded Mr. Reed.", ["Peter Reed"]),
    # ... while "Mrs. Reed" may still be that Reed
    ("honorific-takes-a-name-of-unknown-gender",
     "Mr. Peter Reed owned the mill.\n\nLater that year Quenby Reed came to live there too.\n\n"
     "“Who left the gate open?” demanded Mrs. Reed.", ["Quenby Reed"]),
    # he/she: a speaker whose gender no word gives, named long after every person of that gender,
    # is the referent, not a man described far back
    ("pronoun-to-a-recent-ungendered-speaker",
     "An old man sold us the boat that spring. " + "The river ran high and brown all through the month. " * 30
     + "\n\n“The ford is gone,” said Quenby.\n\n“Then we swim,” he said.",
     ["Quenby", "Quenby"]),
    # ... but not when a man is named near enough
    ("pronoun-prefers-a-near-man-to-an-ungendered-speaker",
     "“The ford is gone,” said Quenby.\n\nTom Reed looked at the river.\n\n“Then we swim,” he said.",
     ["Quenby", "Tom Reed"]),
    # a preposition opening the sentence is no part of the name after it
    ("preposition-before-a-name",
     "To Quenby Reed the mill was home.\n\n“It is late,” said Reed.", ["Quenby Reed"]),
    # a person described by a noun that gives their gender ("the vicar") is a he/she's referent
    ("pronoun-to-a-gendered-role-of-fiction",
     "“Good evening,” said Ann Hale.\n\nThe vicar rode a step nearer.\n\n“It was only a whim,” he said.",
     ["Ann Hale", "The vicar"]),
    # ... but nouns that are often names ("Earl", "Butler") are not listed as roles
    ("role-noun-that-is-a-name", "“We leave at dawn,” said Earl Butler.", ["Earl Butler"]),
    # a word said to a relative instead of a name ("papa") addresses the person described so
    ("addressed-as-a-relative",
     "Ann Hale sat with her father by the fire.\n\n“Is it very late, papa?”\n\n“Very late.”\n\n"
     "“Then I will go up,” said Ann Hale.",
     ["Ann Hale", "her father", "Ann Hale"]),
    # a paragraph of narration about someone right before a quote paragraph names its speaker,
    # even when someone else spoke just before
    ("paragraph-before-is-a-beat",
     "“Are you sure of the road?” asked Tom Reed.\n\nNell Hale frowned at the map.\n\n“Sure enough to go on.”",
     ["Tom Reed", "Nell Hale"]),
    # ... but a paragraph about a thing names nobody: the speaker quoted last goes on
    ("paragraph-before-about-a-thing",
     "“Are you sure of the road?” asked Tom Reed.\n\nThe wind rose over the hill.\n\n“Sure enough to go on.”",
     ["Tom Reed", "Tom Reed"]),
    # ... nor a paragraph about a first-person narrator, who tags their own words ("I said")
    ("paragraph-before-about-the-narrator",
     "“Show me the letter,” said Tom Reed.\n\nI took it from the drawer.\n\n“This is not your hand.”",
     ["Tom Reed", "Tom Reed"]),
    # a conversation with no cue at all: the names said in it still tell who speaks
    ("no-cue-but-names",
     "Tom Reed and Nell Hale had not met for a year.\n\nThe lamps were lit early that night.\n\n"
     "“Is that you at the gate, Nell?”\n\n“Yes, Tom, it is me.”",
     ["Tom Reed", "Nell Hale"]),
    # a he/she in the paragraph of a quotation whose speaker was just named is that speaker ...
    ("pronoun-in-the-speakers-paragraph",
     "“We leave at dawn,” said Tom Reed.\n\n“The ford is too deep,” Quenby said. He kicked at the mud. "
     "“We go round by the mill.”",
     ["Tom Reed", "Quenby", "Quenby"]),
    # ... unless someone else is named in between
    ("pronoun-after-someone-else-named",
     "“We leave at dawn,” said Tom Reed.\n\n“The ford is too deep,” Quenby said. Sam Platt shrugged. "
     "He kicked at the mud. “We go round by the mill.”",
     ["Tom Reed", "Quenby", "Sam Platt"]),
    # a name wrapped across two lines of a hard-wrapped book is one name
    ("name-wrapped-across-lines",
     "I was at the gate when my old friend, Master Tom\nReed, rode up the lane from the mill.\n\n"
     "“You keep late hours,” he said.",
     ["Tom Reed"]),
    # a surname after a gendered honorific is a person of that gender for he/she, over someone
    # described with no gender; it is the full name of that gender the story gave before
    ("honorific-surname-for-she", "The stranger came in out of the rain. Mrs. Vask looked up from her sewing.\n\n"
     "“You will catch cold standing there,” she said.", ["Vask"]),
    ("honorific-surname-full-name", "Ann Vask kept the inn with her brother Tom Vask.\n\nThe stranger came in "
     "out of the rain. Mrs. Vask looked up from her sewing.\n\n“You will catch cold standing there,” she said.",
     ["Ann Vask"]),
    # negative: the honorific's gender does not fit the pronoun
    ("honorific-other-gender", "The stranger came in out of the rain. Mr. Vask looked up from his paper.\n\n"
     "“You will catch cold standing there,” she said.", ["The stranger"]),
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


# (id, text, the narrator's name): a narrator who gives their own name in the narration takes it;
# the same words inside someone else's quotation name no narrator
SELF_INTRODUCTIONS = [
    ("my-name-is",
     "My name is Orla Finch, and I kept the lighthouse that winter.\n\n“Any ships?” asked Tom Reed.\n\n"
     "“None tonight,” I said.", "Orla Finch"),
    ("i-called-myself",
     "I could not say my own name as a child, so I called myself Bee, and it stuck.\n\n"
     "“Who is there?” asked Tom Reed.\n\n“Only me,” I said.", "Bee"),
    ("not-inside-a-quotation",
     "“My name is Sam Platt,” the stranger said at the door.\n\n“Come in,” I said.", "the narrator"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(t, n, id=i) for i, t, n in SELF_INTRODUCTIONS])
def test_the_narrator_takes_the_name_they_give_themselves(text: str, name: str) -> None:
    doc = quotetool.extract(text, FICTION)
    assert doc.quotes[-1].speaker == name, f"input: {text!r}\n{describe(doc)}"


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
    # "the" and any noun after a tag, but not one that runs on with "of": that is no speaker
    ("tag-then-the-voice-of", "“Open the door at once, you fool!” cried the voice of a stranger in the yard.",
     "fiction", ["!the voice"]),
    # a name is wrapped across one line break, never across a paragraph break
    ("name-not-across-paragraphs",
     "I was at the gate when I heard old Tom\n\nReed came up the lane later.\n\n“You keep late hours,” he said.",
     "fiction", ["!Tom Reed"]),
    # ... before the verb, only when "the" and the noun are all there is between the words and the verb
    ("any-noun-then-tag-not-a-phrase", "“The gate is shut for the night,” so the keeper of the gate said.", "fiction",
     ["!the keeper"]),
    # ... but a blank line ends the tag: the next paragraph's subject is no speaker
    ("tag-not-across-a-blank-line", WRAPPED_FIRESIDE + "“It is late and the fire is out,” said\n\nAnn Hale was asleep by then.", "fiction",
     ["!Ann Hale"]),
    # ... and only the relative that word names: "papa" is not "her mother"
    ("addressed-as-another-relative",
     "Ann Hale sat with her mother by the fire.\n\n“Is it very late, papa?”\n\n“Very late.”\n\n"
     "“Then I will go up,” said Ann Hale.", "fiction", ["Ann Hale", "!her mother", "Ann Hale"]),
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


def _wrapped(paragraphs: list[str], width: int = 60) -> list[str]:
    """Each paragraph hard-wrapped at ``width``, as its lines."""
    import textwrap
    return [line for p in paragraphs for line in textwrap.wrap(p, width)]


# A story long enough to be read line by line when its blank lines are gone; written for these tests.
NARRATION = ("The mill stood at the bottom of the lane, where the water ran fast over the stones and the "
             "wheel turned from dawn until the light went out of the sky. ") * 12
LOST_BREAKS = [NARRATION, "“Is the wheel still turning?” asked Tom Reed.", "“It is, and it will all night.”",
               "“Then we stay here.”", NARRATION, "“Suits me,” said Ann Hale.", NARRATION]


@pytest.mark.parametrize("sep", [
    pytest.param("\n", id="blank-lines-lost: lines opening a turn start paragraphs"),
    pytest.param("\n\n", id="blank-lines-kept"),
])
def test_a_text_that_lost_its_blank_lines(sep: str) -> None:
    from quotetool.layout import find_paragraphs
    # with blank lines, each paragraph is one block (a turn wrapped on two lines stays one paragraph)
    blocks = ["\n".join(_wrapped([p])) for p in LOST_BREAKS]
    text = sep.join(blocks) if sep == "\n\n" else "\n".join(_wrapped(LOST_BREAKS))
    layout = find_paragraphs(text)
    assert len(layout.starts) == len(LOST_BREAKS), [text[s:e][:40] for s, e in zip(layout.starts, layout.ends)]
    doc = quotetool.extract(text, quotetool.Config())
    assert [q.paragraph for q in doc.quotes] == [2, 3, 4, 6], describe(doc)


def test_a_text_with_blank_lines_keeps_its_paragraphs() -> None:
    """A line opening with a quotation mark inside a paragraph is no break when blank lines
    separate the paragraphs."""
    from quotetool.layout import find_paragraphs
    inner = ("Tom Reed had been at the mill all day, and he said it plainly to\n"
             "“anyone who asked”, which was nobody at all by the time it was dark.")
    text = "\n\n".join([inner] + ["\n".join(_wrapped([NARRATION]))] * 3)
    assert len(find_paragraphs(text).starts) == 4


@pytest.mark.parametrize(("turns", "speaker"), [
    pytest.param(12, "Ann Hale", id="a-long-exchange-keeps-alternating"),
    pytest.param(20, None, id="too-far-from-any-cue"),
])
def test_long_exchanges(turns: int, speaker: str | None) -> None:
    """Strict alternation holds up to 16 turns from the nearest cue (the last turn here is
    ``turns - 2`` from Ann Hale's)."""
    lines = ["“Is it still raining?” asked Tom Reed.", "“Harder than ever,” said Ann Hale."]
    lines += [f"“That is line {n} of our talk.”" for n in range(2, turns)]
    doc = quotetool.extract("\n\n".join(lines), FICTION)
    last = doc.quotes[-1]
    assert any("turns alternate" in s for s in last.explain) == (speaker is not None), describe(doc)
    if speaker is not None:
        assert last.speaker == speaker, describe(doc)


def test_no_cue_and_no_names_no_turns() -> None:
    """A conversation with no cue and no name said in it: nobody is guessed by turn-taking."""
    text = "The lamps were lit early that night.\n\n“Is that you at the gate?”\n\n“Yes, it is me.”"
    for q in quotetool.extract(text, FICTION).quotes:
        assert not any(s.startswith("dialogue:") for s in q.explain), q.explain


@pytest.mark.parametrize(("text", "reply"), [
    pytest.param("“Good morning,” said Ann Hale.\n\nTom Reed came in.\n\n“Where were you?” he asked. “I looked everywhere.”"
                 "\n\n“At the mill, of course.”", True, id="after-a-quote-paragraph-with-two-quotes"),
    pytest.param("“Good morning,” said Ann Hale.\n\nThe kettle boiled.\n\nTom Reed came in and sat down. “Where were you?” "
                 "he asked.\n\n“At the mill, of course.”", False, id="not-after-a-paragraph-opening-with-narration"),
])
def test_a_reply_answers_a_quote_paragraph(text: str, reply: bool) -> None:
    """A quote-only paragraph after a paragraph that opens with a quotation is a reply to it (the
    other party's), however many quotations that paragraph holds."""
    last = quotetool.extract(text, FICTION).quotes[-1]
    assert (last.speaker == "Ann Hale") == reply, last.explain
