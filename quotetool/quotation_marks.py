"""Stage 1: find quotation marks and say, from their context, whether each can open or close.

Apostrophes (don’t, ’Tis, rock ’n’ roll, the ’90s) and feet/inch marks (6' 2", a 4" pipe) are
recognised here and never reach the pairing stage.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

DOUBLE = "D"
SINGLE = "S"

# Every character that can be a quotation mark, by family.
DOUBLE_MARKS = "\"“”„‟«»"
SINGLE_MARKS = "'‘’‚‛‹›"
# The marks that open a quotation in some convention (English, German, French, Danish): what
# stands before a quote's first word, and what opens a new turn of dialogue.
OPENING_MARKS = "\"“„‟«»'‘‚‛‹›"
# Two-character marks first: '' and `` stand for double quotes in some wire archives.
DOUBLE_PAIRS = ("''", "``")
# In a closing triple apostrophe (a single quote ending inside a '' quote: at all,''') the first
# mark is the single one; an opening triple ('''I tell) is '' then '.
MARK = regex.compile(f"'(?=''(?!\\w))|''|``|[{regex.escape(DOUBLE_MARKS + SINGLE_MARKS)}]")

# Guillemets pair with their mirror image only: «…» (French) and »…« (German, Danish).
MIRROR = {"«": "»", "»": "«", "‹": "›", "›": "‹"}

# Marks that only ever open a quotation.
OPEN_ONLY = frozenset(["„", "‟", "‚", "‛", "``"])

# Characters after which a mark is at the left edge of a word (so it may open).
_LEFT_EDGE = frozenset("([{<—–-/") | frozenset(DOUBLE_MARKS + SINGLE_MARKS)
# Characters before which a mark is at the right edge of a word (so it may close).
_RIGHT_EDGE = frozenset(".,;:!?)]}>—–-/…") | frozenset(DOUBLE_MARKS + SINGLE_MARKS)

# Direction and format controls that sit before a mark but say nothing about it.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\xa0")

NOT_A_QUOTE = regex.compile(
    r"""
      ['’]n['’](?=\s)                           # rock 'n' roll: both marks are apostrophes
    | ['’](?:tis|twas|twere|em|cause|til|till|bout|nuff|round|ere)\b   # elided word starts: ’Tis, ’em
    | ['’]\d0s\b                                # decades: the ’90s
    | ['’]\d\d\b(?!\d)                          # years: class of ’98
    | (?<=\d)['’′](?=\s?\d{1,2}\s?["”″])        # feet in 6' 2"
    | (?<=\d['’′]\s?\d{1,2})["”″]               # inches in 6' 2"
    | (?<=(?<![\p{Sc}\d,])\d{1,3}(?:\.\d{1,2})?)["”″](?=[ -]?(?:[a-z]|x\b|\d))
                                                # inches before a noun: a 4" pipe, 4"x6" (a short
                                                # number: not the end of "$200,000" from donors)
    | (?<=\d)['’′](?=[ -]?[a-z])                # feet before a noun: a 10' wall
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# How far past a mark NOT_A_QUOTE may read: its longest case and the look-ahead after it.
NOT_A_QUOTE_REACH = 16


class Mark(NamedTuple):
    """One quotation mark: its position, character, family and what its context allows.
    (A named tuple: pages of marks make millions of these, and tuples are cheap to build.)"""

    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool

    @property
    def end(self) -> int:
        return self.pos + len(self.char)

    def closes(self, opener: Mark) -> bool:
        """True when this mark can end the quotation that ``opener`` began."""
        if not self.can_close or self.family != opener.family:
            return False
        mirror = MIRROR.get(opener.char)
        if mirror:
            return self.char == mirror
        return self.char not in MIRROR and self.char not in OPEN_ONLY


@lru_cache(maxsize=4096)
def classify(char: str, prev: str, nxt: str) -> tuple[bool, bool]:
    """(can_open, can_close) for a mark between ``prev`` and ``nxt`` (' ' at the edges).

    >>> classify('"', " ", "H"), classify('"', ".", " "), classify("’", "n", "t")
    ((True, False), (False, True), (False, False))
    """
    left = prev.isspace() or prev in _LEFT_EDGE
    right = nxt.isspace() or nxt in _RIGHT_EDGE
    if char in OPEN_ONLY:
        return True, False
    if char == "’":  # a closing single mark, or an apostrophe inside a word (don’t)
        return False, not prev.isspace() and not nxt.isalnum()
    if char == "‘":  # an opening single mark; German ‚…‘ and sloppy text also close with it
        return not prev.isalnum() and not nxt.isspace(), not left and not prev.isspace() and not nxt.isalnum()
    if char in MIRROR:  # guillemets may have a space inside: « Bonjour »
        return left and not right or left and nxt == " ", right and not left or prev == " " and right
    if char == "“":  # an opener; sloppy text closes with it too
        closing = not prev.isspace() and not left and (right or nxt == "")
        return not closing, closing
    if char == "”":  # a closer; some text opens with it
        opening = left and not nxt.isspace() and not right
        return opening, not opening
    # straight quotes " and ': direction comes from context only
    if char == "'" and (prev.isalnum() and nxt.isalnum()):
        return False, False  # an apostrophe inside a word
    if char == '"' and prev == ":":
        left = True  # a transcript line with no space after its colon: Ana Ruiz:"We will ..."
    return left and not nxt.isspace(), right and not prev.isspace()


# What may stand before a space and a straight double mark that closes a quotation: an inner
# closing single mark or the quotation's last punctuation (... with, 'Well, that is settled,' ").
SPACED_CLOSE = frozenset("'’,.!?")


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """The quotation marks in ``text[start:end]``, apostrophes and inch marks left out."""
    marks: list[Mark] = []
    skip_until = -1
    for m in MARK.finditer(text, start, end):
        pos = m.start()
        if pos < skip_until:
            continue
        char = m.group()
        prev = text[pos - 1] if pos > start else " "
        nxt = text[m.end()] if m.end() < end else " "
        if char in "'’" or char in "\"”" and prev.isdigit():  # every NOT_A_QUOTE case starts so
            nq = NOT_A_QUOTE.match(text, pos, min(len(text), pos + NOT_A_QUOTE_REACH))
            if nq:
                skip_until = nq.end()
                continue
        if prev in _INVISIBLE:
            prev = " "
        if char in ('"', "''") and prev == " " and nxt.isspace() and pos - 2 >= start and text[pos - 2] in SPACED_CLOSE:
            # a closer set off by a space: “... 'this is urgent,' " Bo Lee said”, ''... was simple, '' Hale said
            prev = text[pos - 2]
        can_open, can_close = classify(char, prev, nxt)
        if can_open or can_close:
            family = DOUBLE if char in DOUBLE_MARKS or char in DOUBLE_PAIRS else SINGLE
            marks.append(Mark(pos, char, family, can_open, can_close))
    return marks
