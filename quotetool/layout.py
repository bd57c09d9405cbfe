"""Paragraphs and sentence edges, as offsets into the untouched input."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
import re

import regex

from .quotation_marks import OPENING_MARKS  # what opens a line that is a new turn of dialogue

# One line break in any convention: CRLF, lone LF, lone CR.
_NEWLINE = r"(?:\r\n|\r|\n)"

# A blank line (only spaces between two breaks) separates paragraphs in hard-wrapped text.
BLANK_LINE_BREAK = regex.compile(rf"{_NEWLINE}(?:[ \t\f\v]*{_NEWLINE})+")

# Any line break separates paragraphs when a line is a paragraph (most news feeds), except a
# single break before a lower-case word: that is a line wrapped inside a sentence.
ANY_LINE_BREAK = regex.compile(
    rf"(?:[ \t\f\v]*{_NEWLINE}){{2,}}"          # blank lines
    rf"|[ \t\f\v]*{_NEWLINE}(?![ \t\f\v]*\p{{Ll}})"  # one break, not before a lower-case word
)

# Words whose full stop ends no sentence: titles, company suffixes, months, "No.", "vs.",
# country initials and single initials.
ABBREVIATION = r"""(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd
                   |Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|v|U\.S|U\.N|U\.K|[A-Z])"""

SENTENCE_END = regex.compile(
    rf"""
    (?<!\b{ABBREVIATION})                 # not after an abbreviation or an initial
    (?:
        (?<=\b[ap]\.m)\.                  # "2 a.m. Both were ..." ends a sentence,
        (?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CT|CST|CDT
               |PT|PST|PDT|MT|GMT|UTC|BST|CET)\b)   # but not "9 a.m. Monday" or "9 a.m. ET"
      | (?<!\b[ap]\.m)[.!?]+                # any other end mark(s)
    )
    ["”’'»)\]]*                           # closing quotes or brackets that stay with the sentence
    (?=\s+(?:''|["“‘'«(\[])?[A-Z0-9]|\s*$)   # then a new capitalised sentence (opening with a
                                          # quotation mark, two apostrophes as in some archives,
                                          # or a bracket), or the end
    """,
    regex.VERBOSE,
)

# A line break character: every paragraph break holds one. The standard library's engine finds
# one character of a set far faster than a pattern that may open with spaces is tried everywhere.
LINE_BREAK_CHAR = re.compile(r"[\r\n]")
# The spaces that may open a paragraph break before its line break.
_BREAK_SPACES = " \t\f\v"

# What ends a line that is a whole paragraph: a sentence's last mark, a closing quote or bracket.
LINE_FINAL = frozenset('.!?:"”’\')]…')

# The hard-wrap test reads at most this much: enough to decide, and it bounds the cost.
_WRAP_SAMPLE_CHARS = 30_000


@dataclass(frozen=True)
class Layout:
    """The paragraphs of a text: ``starts[i]``, ``ends[i]`` bound paragraph ``i`` (trimmed)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    hard_wrapped: bool = False

    def index(self, pos: int) -> int:
        """The paragraph holding ``pos`` (0-based); a position between paragraphs belongs to the one before."""
        return max(0, bisect_right(self.starts, pos) - 1)


def is_hard_wrapped(text: str) -> bool:
    """True when lines are wrapped at a fixed width inside paragraphs (books, plain-text mail).

    >>> is_hard_wrapped("One short line of prose here that wraps\\nat about sixty characters or so as\\nbooks do in plain text archives now.\\nand on\\n\\nNext.")
    True
    """
    lines = text[:_WRAP_SAMPLE_CHARS].splitlines()
    inner = [a.rstrip() for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(inner) < 3:
        return False
    # wrapped lines hold most of a book's text (two thirds or more, however much dialogue); a few
    # short lines together at the end of a story (a list of related headlines) wrap nothing
    if 3 * sum(map(len, inner)) < sum(len(a) for a in lines if a.strip()):
        return False
    short = sum(1 for a in inner if len(a) <= 80)
    middling = sum(1 for a in inner if len(a) >= 30)
    # wrapped lines break mid-sentence; one short paragraph a line ends each line with a stop
    open_ended = sum(1 for a in inner if a[-1] not in LINE_FINAL)
    return short >= 0.8 * len(inner) and middling >= 0.5 * len(inner) and open_ended >= 0.5 * len(inner)


def find_paragraphs(text: str) -> Layout:
    """Paragraph bounds, whitespace trimmed; empty paragraphs are dropped.

    >>> find_paragraphs("A b.\\n\\n  C d.\\n").starts
    (0, 8)
    """
    wrapped = is_hard_wrapped(text)
    # a blank line opens with a line break, which the engine finds fast; a break that may open
    # with spaces is tried only where a line break follows (see _breaks)
    breaks = BLANK_LINE_BREAK.finditer(text) if wrapped else _breaks(text, ANY_LINE_BREAK)
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in breaks:
        _add(text, pos, m.start(), starts, ends)
        pos = m.end()
    _add(text, pos, len(text), starts, ends)
    if wrapped and len(text) > LOST_BREAKS_CHARS * max(2, len(starts)):
        starts, ends = _split_at_lost_breaks(text, starts, ends)
    return Layout(tuple(starts), tuple(ends), wrapped)


# A hard-wrapped text whose blank-line paragraphs are this long on average has lost its blank
# lines (some archives strip them): its paragraphs are found line by line instead.
LOST_BREAKS_CHARS = 2500
# A line this much shorter than the text's usual line ends its paragraph, if it ends a sentence.
SHORT_LINE = 0.75


def _split_at_lost_breaks(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Paragraphs of a hard-wrapped text that lost its blank lines: a line break is a paragraph
    break (as a blank line still is) when the line before ends a sentence and is short (the last line of a paragraph), or when
    the line after opens with a quotation mark (a new turn of dialogue)."""
    lines = [(m.start(), m.end()) for m in regex.finditer(r"[^\r\n]+", text)]
    widths = sorted(e - s for s, e in lines)
    usual = widths[len(widths) * 3 // 4] if widths else 0  # most lines are full width
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for (s1, e1), (s2, _) in zip(lines, lines[1:]):
        last = text[s1:e1].rstrip()
        nxt = text[s2:s2 + 1]
        blank = BLANK_LINE_BREAK.search(text, e1, s2) is not None
        if blank or last and last[-1] in LINE_FINAL and (len(last) < SHORT_LINE * usual or nxt in OPENING_MARKS):
            _add(text, pos, e1, new_starts, new_ends)
            pos = s2
    _add(text, pos, len(text), new_starts, new_ends)
    return new_starts, new_ends


def _breaks(text: str, breaker: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """The matches of ``breaker.finditer(text)``, found faster: a break is spaces and a line break,
    so the pattern is tried only from the spaces before each line break character on."""
    pos = 0
    for nl in LINE_BREAK_CHAR.finditer(text):
        n = nl.start()
        if n < pos:
            continue  # inside the break just found
        start = n
        while start > pos and text[start - 1] in _BREAK_SPACES:
            start -= 1
        # one try from the first space: the pattern's spaces are exactly these, so a later
        # start in the same run would meet the same line break and fail the same way
        m = breaker.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def _add(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        starts.append(start)
        ends.append(end)


def sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back no further than ``floor``."""
    start = floor
    for m in SENTENCE_END.finditer(text, floor, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Where the sentence holding ``pos`` ends (after its end mark), looking no further than ``ceiling``."""
    m = SENTENCE_END.search(text, pos, ceiling)
    return m.end() if m else ceiling


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and the punctuation that closes a clause (. ! ? , ; :),
    never before ``start``."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in CLAUSE_FINAL):
        end -= 1
    return end


# Marks that end a clause and are left out of a reported clause's span.
CLAUSE_FINAL = frozenset(".!?,;:")
