"""Fiction: the turns of a conversation. A pass over the attributed quotations of a story.

In a run of consecutive paragraphs that each hold a direct quotation, two people usually take
turns. A paragraph whose quotation has a cue (``“No,” said Ann.``), an action beat or a clause
subject anchors the run. Any other paragraph belongs to the person the turn before speaks to
by name (“..., Nell.”),
else to the speaker of the anchor an even number of paragraphs away, or to the other party
when the nearest anchor is an odd number away. Anchors count both ways, so the turns before
the first cue of a conversation are resolved too. First-person narrators take the name they
give themselves in the narration, else the name the people answering them use.

This module only reads the drafts' spans and paragraphs, and writes the speaker, confidence
and trace of drafts with no cue of their own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import regex

from . import lexicon
from .layout import Layout
from .mentions import ParsedMention
from .resolve import Entity

# A turn this many paragraphs from its anchor is too far to count on strict alternation.
MAX_TURN_DISTANCE = 16

# The confidence of a turn next to its anchor; each paragraph further away costs a little.
TURN_CONFIDENCE = 0.65
TURN_DECAY = 0.03


@cache
def _vocative_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A name said to someone inside a quotation, from the honorifics, kinship-vocative,
    vocative-lead and vocative-tail lexicons: after a comma (“Come here, Nell.”, “I tell you,
    Mrs. Hale, it is gone.”, “Sit down, Uncle Ned.”) or opening the quotation (“Nell, come
    here.”, “Oh, Tom, not again.”, “Nell dear, not now.”)."""
    lead = lexicon.alternation("vocative_leads")
    honorific = lexicon.trie_pattern([h for h in lexicon.tagged("honorifics") if h[:1].isalpha()])
    kin = lexicon.trie_pattern([e.split()[0] for e in lexicon.entries("kinship_vocatives")])
    tail = lexicon.alternation("vocative_tails")
    name = rf"""
        (?P<name>
            (?:(?P<honorific>(?i:{honorific}))\s+)?   # an optional honorific: Mrs. Hale
            \p{{Lu}}\p{{Ll}}+                          # one capitalised word
          | (?P<kin>(?=\p{{Lu}})(?i:{kin}))\s+        # or a relative word as a title: Uncle Ned
            \p{{Lu}}\p{{Ll}}+
          | (?i:{kin})\b                               # or a word said to a relative: papa, uncle
        )
        (?:,?\s+(?i:{tail})\b)?                        # maybe an endearment after it: Nell dear"""
    after_comma = regex.compile(
        rf"""
        ,\s+(?:(?i:{lead})\s+)?                       # after a comma, maybe "my dear"
        {name}
        \s*(?=[,.!?;]|\Z)                             # then the clause ends
        """,
        regex.VERBOSE,
    )
    opening = regex.compile(
        rf"""
        (?:(?i:{lead}),?\s+)?                          # maybe "Oh," or "Well,"
        {name}
        \s*,                                          # then a comma: “Nell, come here.”
        """,
        regex.VERBOSE,
    )
    return after_comma, opening


# Finds the person a name word stands for (``find_person("Nell", offset, gender)``), if any;
# the gender ("m", "f" or "") comes from an honorific said with the name.
FindPerson = Callable[[str, int, str], Entity | None]


class Draft(Protocol):
    """What the pass needs of ``pipeline.Draft``."""

    spans: list[tuple[int, int]]
    type: str
    entity: Entity | None
    confidence: float
    steps: list[str]
    anchor: bool
    pronoun: ParsedMention | None   # the cue's subject, when it is only "he" or "she"


@dataclass
class Turn:
    """One paragraph of a conversation: its drafts, and its anchor speaker if a cue names one."""

    paragraph: int
    drafts: list[Draft]
    anchor: Entity | None


def assign_turns(text: str, layout: Layout, drafts: Sequence[Draft], find_person: FindPerson) -> None:
    """Give every uncued quotation of a conversation its speaker: the person the turn before
    (or after) speaks to by name, else by turn-taking (in a conversation with no cue at all,
    only the former). The steps of the rule that guessed it before (a floating quote, a
    reply) are replaced by the new one."""
    for run in _runs(_turns(layout, drafts)):
        _pronoun_turns_alternate(text, run, find_person)
        anchors = [k for k, t in enumerate(run) if t.anchor is not None]
        if not anchors and len(run) < 2:
            continue
        for k, turn in enumerate(run):
            if turn.anchor is not None:
                continue
            own = _vocatives(text, turn, find_person)
            # with no cue in the conversation, only the names said in it tell who speaks
            choice = _addressed(text, run, k, own, find_person) or (
                _speaker_by_turns(run, anchors, k, own) if anchors else None)
            if choice is None:
                _not_to_oneself(turn, own)
                continue
            entity, reason, distance = choice
            for d in turn.drafts:
                if not d.anchor:
                    d.entity = entity
                    d.confidence = round(max(0.3, TURN_CONFIDENCE - TURN_DECAY * (distance - 1)), 3)
                    d.steps = [reason]


def _pronoun_turns_alternate(text: str, run: list[Turn], find_person: FindPerson) -> None:
    """A turn whose cue names only "he" or "she", resolved to the speaker of the turn just
    before, is the other party's: the person of that gender the turn before speaks to by name
    (“Sit down, Tom,” said Ned. / “...,” he answered.), else the speaker of the turn before
    that (“...,” said Tom. / “...,” Ned said. / “...,” he answered.). Not Ned speaking twice."""
    for k in range(1, len(run)):
        turn, before = run[k], run[k - 1].anchor
        first = turn.drafts[0]
        if (before is None or turn.anchor is not before or not first.anchor or first.pronoun is None
                or first.entity is not before or not before.gender):
            continue
        said_to = [e for e in _vocatives(text, run[k - 1], find_person) if e is not before]
        earlier = run[k - 2].anchor if k >= 2 else None
        if said_to:
            other, why = said_to[0], "whom that turn speaks to by name"
        elif earlier is not None and earlier is not before:
            other, why = earlier, "who spoke the turn before that"
        else:
            continue
        if other.gender not in ("", before.gender) or other in _vocatives(text, turn, find_person):
            continue  # (“I must go, Tom,” he said.) is not Tom's
        for d in turn.drafts:
            if d.anchor and d.entity is before:
                d.entity = other
                d.steps = d.steps + [f'dialogue: "{before.name}" spoke the turn just before, so the '
                                     f'pronoun is "{other.name}", {why}']
        turn.anchor = other


def _not_to_oneself(turn: Turn, own: list[Entity]) -> None:
    """A guess that names someone the turn speaks to (“Well, Tom, ...” guessed as Tom's) is dropped."""
    for d in turn.drafts:
        if not d.anchor and d.entity is not None and d.entity in own:
            d.steps = [f'dialogue: this turn speaks to "{d.entity.name}" by name, so it is not theirs; '
                       f'speaker unknown']
            d.entity = None
            d.confidence = 0.2


def _addressed(text: str, run: list[Turn], k: int, own: list[Entity],
               find_person: FindPerson) -> tuple[Entity, str, int] | None:
    """The person the turn before speaks to (“You are late, Nell.”) or the turn after answers
    (“Yes, Nell, I know.”), when they are someone other than that turn's own speaker and not
    someone this turn itself speaks to (``own``)."""
    for j, where in ((k - 1, "before"), (k + 1, "after")):
        if not 0 <= j < len(run):
            continue
        # the turn before has its speaker by now; the turn after only if a cue names it
        speaker = run[j].anchor or run[j].drafts[0].entity if j < k else run[j].anchor
        for e in _vocatives(text, run[j], find_person):
            if e is not speaker and e not in own:
                verb = "speaks to" if where == "before" else "answers"
                return e, f'dialogue: the turn {where} {verb} "{e.name}" by name, so this turn is theirs', 1
    return None


def _vocative_matches(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The names said to someone in the quotation ``text[start:end]``: one opening it, then
    every one after a comma."""
    after_comma, opening = _vocative_patterns()
    first = opening.match(text, start, end)
    return ([first] if first else []) + list(after_comma.finditer(text, start, end))


def _kin_gender(word: str | None) -> str:
    """The gender of a relative word said as a title (Uncle Ned → "m"), else ""."""
    if not word:
        return ""
    noun = dict(e.split() for e in lexicon.entries("kinship_vocatives")).get(word.lower(), "")
    return lexicon.tagged("role_nouns").get(noun, "")


def _vocatives(text: str, turn: Turn, find_person: FindPerson) -> list[Entity]:
    """The people a turn speaks to by name (“..., Nell.”, “Nell, ...”), as known people."""
    found = []
    for d in turn.drafts:
        for s, e in d.spans:
            for m in _vocative_matches(text, s, e):
                honorific = (m.group("honorific") or "").lower()
                gender = lexicon.tagged("honorifics").get(honorific, "") or _kin_gender(m.group("kin"))
                person = find_person(m.group("name").split()[-1], s, gender)
                if person is not None:
                    found.append(person)
    return found


def _turns(layout: Layout, drafts: Sequence[Draft]) -> list[Turn]:
    """Paragraphs holding a direct quotation, in order, each with the speaker its cue names.
    Mixed quotes are clauses of narration, not turns of a conversation."""
    turns: list[Turn] = []
    for d in drafts:
        if d.type != "direct":
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


def _nearest(anchors: list[int], k: int) -> list[int]:
    """The anchored turns within ``MAX_TURN_DISTANCE`` of turn ``k``, nearest first (before
    after on a tie); found by bisection, so a long conversation costs linear time."""
    i = bisect_left(anchors, k)
    lo, hi = i - 1, i
    out = []
    while lo >= 0 or hi < len(anchors):
        before = k - anchors[lo] if lo >= 0 else None
        after = anchors[hi] - k if hi < len(anchors) else None
        if before is not None and (after is None or before <= after):
            if before > MAX_TURN_DISTANCE:
                break
            out.append(anchors[lo])
            lo -= 1
        else:
            assert after is not None
            if after > MAX_TURN_DISTANCE:
                break
            out.append(anchors[hi])
            hi += 1
    return out


def _speaker_by_turns(run: list[Turn], anchors: list[int], k: int,
                      own: list[Entity]) -> tuple[Entity, str, int] | None:
    """The speaker of turn ``k``: the nearest anchor's speaker when it is an even number of
    turns away, else the other party (the nearest anchor with a different speaker, else the
    guess the turn already has when it names someone else). Never someone the turn itself
    speaks to by name."""
    near = _nearest(anchors, k)
    if not near:
        return None
    j = near[0]
    entity = run[j].anchor
    assert entity is not None
    distance = abs(j - k)
    where = "before" if j < k else "after"
    if distance % 2 == 0:
        choice, reason = entity, (f'dialogue: turns alternate; "{entity.name}" speaks {distance} paragraphs '
                                  f'{where}, so this turn is theirs')
    else:
        other = next((run[a].anchor for a in near if run[a].anchor is not entity), None)
        guess = run[k].drafts[0].entity
        other = other or (guess if guess is not entity else None)
        if other is None:
            return None
        choice, reason = other, (f'dialogue: turns alternate; "{entity.name}" speaks {distance} paragraph(s) '
                                 f'{where}, so this turn is "{other.name}"\'s')
    return None if choice in own else (choice, reason, distance)


# A narrator is named after what other people call them only when at least this many
# replies to the narrator say the same name.
NARRATOR_VOTES = 2


@cache
def _self_introduction_pattern() -> regex.Pattern[str]:
    """A narrator giving their own name (“My name is Nell Hale.”, “I called myself Bee,”), from
    the self-introductions lexicon: the phrase, then one or two capitalised words, then the
    clause ends."""
    phrase = lexicon.alternation("self_introductions")
    return regex.compile(
        rf"""
        \b(?i:{phrase})\s+                        # "my name is", "I called myself"
        (?P<name>\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)?)  # Nell, or Nell Hale
        (?=[\s,.;:!?—–-]|\Z)                      # then the word ends
        """,
        regex.VERBOSE,
    )


def _self_introduction(text: str, quoted: list[tuple[int, int]]) -> str | None:
    """The name the narrator gives themselves in the narration, outside every quotation
    (``quoted``: each quotation's start and end, in order): “I called myself Bee”; in a
    quotation, “My name is ...” is someone else speaking."""
    starts = [s for s, _ in quoted]
    for m in _self_introduction_pattern().finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= quoted[i][1]:
            return m.group("name")
    return None


def name_the_narrator(text: str, layout: Layout, drafts: Sequence[Draft], narrator: Entity | None,
                      quoted: list[tuple[int, int]]) -> None:
    """First-person stories: the narrator ("I said") takes the name they give themselves in the
    narration (“I called myself Bee”), else the name the people answering them use (“You see,
    Nell, ...”): the name said most often in turns right next to the narrator's."""
    if narrator is None:
        return
    own = _self_introduction(text, quoted)
    if own is not None:
        _rename(drafts, narrator, own, f'introduces themselves as "{own}" in the narration')
        return
    votes: dict[str, int] = {}
    for run in _runs(_turns(layout, drafts)):
        for k, turn in enumerate(run):
            if not _next_to(run, k, narrator):
                continue
            words = {w for d in turn.drafts if d.entity is not None and d.entity is not narrator for w in d.entity.name.split()}
            if not words and all(d.entity is narrator for d in turn.drafts):
                continue
            for d in turn.drafts:
                for s, e in d.spans:
                    for m in _vocative_matches(text, s, e):
                        name = m.group("name")
                        if name.split()[-1] not in words:
                            votes[name] = votes.get(name, 0) + 1
    if not votes:
        return
    name, n = max(votes.items(), key=lambda v: v[1])
    if n < NARRATOR_VOTES:
        return
    _rename(drafts, narrator, name, f'is called "{name}" by the people answering them ({n} times)')


def _rename(drafts: Sequence[Draft], narrator: Entity, name: str, why: str) -> None:
    """Give the narrator ``name``, and say why in the trace of each of their quotes."""
    old = narrator.name
    narrator.name = name
    for d in drafts:
        if d.entity is narrator:
            d.steps.append(f'narrator: "{old}" {why}')


def _next_to(run: list[Turn], k: int, narrator: Entity) -> bool:
    """The turn before or after turn ``k`` is the narrator's."""
    return any(0 <= j < len(run) and any(d.entity is narrator for d in run[j].drafts) for j in (k - 1, k + 1))
