"""Fiction: the turns of a conversation. A pass over the attributed quotations of a story.

In a run of consecutive paragraphs that each hold a quotation, two people usually take turns.
A paragraph whose quotation has a cue (``“No,” said Ann.``) or an action beat anchors the run.
A paragraph with no cue belongs to the person the turn before speaks to by name (“..., Nell.”),
else to the speaker of the anchor an even number of paragraphs away, or to the other party
when the nearest anchor is an odd number away. Anchors count both ways, so the turns before
the first cue of a conversation are resolved too. First-person narrators take the name the
people answering them use.

This module only reads the drafts' spans and paragraphs, and writes the speaker, confidence
and trace of drafts with no cue of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import regex

from .layout import Layout
from .resolve import Entity

# A turn this many paragraphs from its anchor is too far to count on strict alternation.
MAX_TURN_DISTANCE = 8

# The confidence of a turn next to its anchor; each paragraph further away costs a little.
TURN_CONFIDENCE = 0.65
TURN_DECAY = 0.03


# A name said to someone, set off by a comma inside a quotation: “Come here, Watson.”,
# “I tell you, Mrs. Hale, it is gone.” (the name closes the quote or a clause of it)
VOCATIVE = regex.compile(
    r"""
    ,\s+(?:my\s+dear\s+|dear\s+|old\s+)?                   # after a comma, maybe "my dear"
    (?P<name>(?:(?:Mr|Mrs|Ms|Dr|Miss|Captain|Master)\.?\s+)?  # an optional honorific
             \p{Lu}\p{Ll}+)                                 # one capitalised word
    \s*(?=[,.!?;]|\Z)                                       # then the clause ends
    """,
    regex.VERBOSE,
)

# A name opening a quotation, said to someone: “Nell, come here.”
VOCATIVE_OPENING = regex.compile(
    r"(?:(?:oh|Oh|now|Now|well|Well),?\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?\p{Lu}\p{Ll}+)\s*,")

# Finds the person a name word stands for (``find_person("Nell", offset)``), if any.
FindPerson = Callable[[str, int], Entity | None]


class Draft(Protocol):
    """What the pass needs of ``pipeline.Draft``."""

    spans: list[tuple[int, int]]
    type: str
    entity: Entity | None
    confidence: float
    steps: list[str]
    anchor: bool


@dataclass
class Turn:
    """One paragraph of a conversation: its drafts, and its anchor speaker if a cue names one."""

    paragraph: int
    drafts: list[Draft]
    anchor: Entity | None


def assign_turns(text: str, layout: Layout, drafts: list[Draft], find_person: FindPerson) -> None:
    """Give every uncued quotation of a conversation its speaker: the person the turn before
    (or after) speaks to by name, else by turn-taking."""
    for run in _runs(_turns(layout, drafts)):
        anchors = [(k, t.anchor) for k, t in enumerate(run) if t.anchor is not None]
        if not anchors:
            continue
        for k, turn in enumerate(run):
            if turn.anchor is not None:
                continue
            choice = _addressed(text, run, k, find_person) or _speaker_by_turns(run, anchors, k)
            if choice is None:
                continue
            entity, reason, distance = choice
            for d in turn.drafts:
                if not d.anchor:
                    d.entity = entity
                    d.confidence = round(max(0.3, TURN_CONFIDENCE - TURN_DECAY * (distance - 1)), 3)
                    d.steps = [s for s in d.steps if not _is_guess(s)] + [reason]


def _addressed(text: str, run: list[Turn], k: int, find_person: FindPerson) -> tuple[Entity, str, int] | None:
    """The person the turn before speaks to (“You are late, Nell.”) or the turn after answers
    (“Yes, Nell, I know.”), when they are someone other than that turn's own speaker and not
    the person this turn itself speaks to."""
    own = {e for e in _vocatives(text, run[k], find_person)}
    for j, where in ((k - 1, "before"), (k + 1, "after")):
        if not 0 <= j < len(run):
            continue
        # the turn before has its speaker by now; the turn after only if a cue names it
        speaker = run[j].drafts[0].entity if j < k else run[j].anchor
        for e in _vocatives(text, run[j], find_person):
            if e is not speaker and e not in own:
                verb = "speaks to" if where == "before" else "answers"
                return e, f'dialogue: the turn {where} {verb} "{e.name}" by name, so this turn is theirs', 1
    return None


def _vocatives(text: str, turn: Turn, find_person: FindPerson) -> list[Entity]:
    """The people a turn speaks to by name (“..., Nell.”, “Nell, ...”), as known speakers."""
    found = []
    for d in turn.drafts:
        for s, e in d.spans:
            matches = list(VOCATIVE.finditer(text, s, e))
            first = VOCATIVE_OPENING.match(text, s, e)
            for m in ([first] if first else []) + matches:
                person = find_person(m.group("name").split()[-1], s)
                if person is not None:
                    found.append(person)
    return found


def _turns(layout: Layout, drafts: list[Draft]) -> list[Turn]:
    """Paragraphs holding a direct quotation, in order, each with the speaker its cue names."""
    turns: list[Turn] = []
    for d in drafts:
        if d.type == "indirect":
            continue
        p = layout.index(d.spans[0][0])
        if turns and turns[-1].paragraph == p:
            turns[-1].drafts.append(d)
        else:
            turns.append(Turn(p, [d], None))
        if turns[-1].anchor is None and d.anchor and d.entity is not None:
            turns[-1].anchor = d.entity
    return turns


def _runs(turns: list[Turn]) -> list[list[Turn]]:
    """Turns in consecutive paragraphs: a paragraph of narration ends a conversation."""
    runs: list[list[Turn]] = []
    for t in turns:
        if runs and runs[-1][-1].paragraph == t.paragraph - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _speaker_by_turns(run: list[Turn], anchors: list[tuple[int, Entity]], k: int) -> tuple[Entity, str, int] | None:
    """The speaker of turn ``k``: the nearest anchor's speaker when it is an even number of
    turns away, else the other party (the nearest anchor with a different speaker)."""
    for j, entity in sorted(anchors, key=lambda a: (abs(a[0] - k), a[0] > k)):
        distance = abs(j - k)
        if distance > MAX_TURN_DISTANCE:
            return None
        if distance % 2 == 0:
            return entity, (f'dialogue: turns alternate; "{entity.name}" speaks {distance} paragraphs '
                            f'{"before" if j < k else "after"}, so this turn is theirs'), distance
        other = _other_party(run, anchors, k, entity)
        if other is not None:
            return other, (f'dialogue: turns alternate; "{entity.name}" speaks {distance} paragraph(s) '
                           f'{"before" if j < k else "after"}, so this turn is "{other.name}"\'s'), distance
        return None
    return None


def _other_party(run: list[Turn], anchors: list[tuple[int, Entity]], k: int, entity: Entity) -> Entity | None:
    """The other person of the conversation: the nearest anchor naming someone else, else the
    guess the turn already has when it names someone else."""
    for _, other in sorted(anchors, key=lambda a: abs(a[0] - k)):
        if other is not entity:
            return other
    guess = run[k].drafts[0].entity
    return guess if guess is not None and guess is not entity else None


def _is_guess(step: str) -> bool:
    """A step written by a rule that guessed the speaker without a cue (replaced here)."""
    return step.startswith(("dialogue:", "floating quote:", "no cue found"))


# A narrator is named after what other people call them only when at least this many
# replies to the narrator say the same name.
NARRATOR_VOTES = 2


def name_the_narrator(text: str, layout: Layout, drafts: list[Draft], narrator: Entity | None) -> None:
    """First-person stories: the narrator ("I said") takes the name the people answering them
    use (“You see, Watson, ...”): the name said most often in turns right next to the narrator's."""
    if narrator is None:
        return
    votes: dict[str, int] = {}
    for run in _runs(_turns(layout, drafts)):
        for k, turn in enumerate(run):
            if not _next_to(run, k, narrator):
                continue
            own = {w for d in turn.drafts if d.entity is not None and d.entity is not narrator for w in d.entity.name.split()}
            if not own and all(d.entity is narrator for d in turn.drafts):
                continue
            for d in turn.drafts:
                for s, e in d.spans:
                    for m in VOCATIVE.finditer(text, s, e):
                        name = m.group("name")
                        if name.split()[-1] not in own:
                            votes[name] = votes.get(name, 0) + 1
    if not votes:
        return
    name, n = max(votes.items(), key=lambda v: v[1])
    if n < NARRATOR_VOTES:
        return
    old = narrator.name
    narrator.name = name
    for d in drafts:
        if d.entity is narrator:
            d.steps.append(f'narrator: "{old}" is called "{name}" by the people answering them ({n} times)')


def _next_to(run: list[Turn], k: int, narrator: Entity) -> bool:
    """The turn before or after turn ``k`` is the narrator's."""
    return any(0 <= j < len(run) and any(d.entity is narrator for d in run[j].drafts) for j in (k - 1, k + 1))
