"""Stage 2: pair quotation marks into quotations, paragraph by paragraph.

A quotation is confined to its paragraph unless the paragraph leaves it open and the next
paragraph opens with a mark of the same family (the newspaper convention for a quotation
that runs over several paragraphs). An unclosed quotation ends at its paragraph's end, so a
stray mark never swallows the rest of the story.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Layout
from .quotation_marks import DOUBLE, SINGLE, Mark, find_marks

# Nesting deeper than this is noise (pages of stray marks); deeper openers are ignored.
MAX_DEPTH = 4


@dataclass
class QuoteSpan:
    """A top-level quotation as found: its content pieces (marks excluded) and its marks."""

    open_pos: int                       # the opening mark
    spans: list[tuple[int, int]] = field(default_factory=list)
    close_end: int | None = None        # just after the closing mark; None when unclosed
    paragraphs: list[int] = field(default_factory=list)  # the paragraph of each span

    @property
    def closed(self) -> bool:
        return self.close_end is not None

    @property
    def end(self) -> int:
        """Just after the quotation, closing mark included."""
        if self.close_end is not None:
            return self.close_end
        return self.spans[-1][1] if self.spans else self.open_pos + 1


def find_quote_spans(text: str, layout: Layout) -> list[QuoteSpan]:
    """Every top-level quotation of ``text``, in order.

    >>> from quotetool.layout import find_paragraphs
    >>> t = '“A,” she said, “B.”'
    >>> [q.spans for q in find_quote_spans(t, find_paragraphs(t))]
    [[(1, 3)], [(16, 18)]]
    """
    quotes: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    carry_mark: Mark | None = None
    n = len(layout.starts)
    for p in range(n):
        start, end = layout.starts[p], layout.ends[p]
        marks = find_marks(text, start, end)
        if not marks:
            carry, carry_mark = None, None  # nothing to pair (a quotation carried in ends with the last paragraph)
            continue
        found, left_open, opener = _scan_paragraph(text, _Paragraph(p, start, end, marks, carry, carry_mark))
        quotes.extend(found)
        carry, carry_mark = None, None
        if left_open is not None:
            nxt = layout.starts[p + 1] if p + 1 < n else None
            # the paragraph's first mark, seen with the characters after it ('' and " need them)
            first = find_marks(text, nxt, min(nxt + 3, layout.ends[p + 1])) if nxt is not None else []
            first = [m for m in first if m.pos == nxt]
            if first and first[0].can_open and opener is not None and first[0].family == opener.family:
                carry, carry_mark = left_open, opener
            else:
                quotes.append(left_open)
    return [q for q in quotes if q.spans]  # marks with nothing between them quote nothing


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph to pair: its index, bounds, marks, and the quotation carried into it."""

    index: int
    start: int
    end: int
    marks: list[Mark]
    carry: QuoteSpan | None
    carry_mark: Mark | None


def _scan_paragraph(text: str, para: _Paragraph) -> tuple[list[QuoteSpan], QuoteSpan | None, Mark | None]:
    """Pair the marks of one paragraph. Returns the quotations closed in it, and the
    top-level quotation it leaves open (with its opening mark), if any.

    A top-level single-quoted stretch that never closes was apostrophes after all: the
    paragraph is scanned again with single marks not allowed to open at the top level.
    """
    single_top = True
    while True:
        found, left_open, opener, bad_single = _pair(text, para, single_top)
        if not bad_single:
            return found, left_open, opener
        single_top = False


def _pair(text: str, para: _Paragraph, single_top: bool) -> tuple[list[QuoteSpan], QuoteSpan | None, Mark | None, bool]:
    p, start, end, marks, carry, carry_mark = para.index, para.start, para.end, para.marks, para.carry, para.carry_mark
    found: list[QuoteSpan] = []
    stack: list[Mark] = []
    current: QuoteSpan | None = None
    content_start = start
    i = 0
    if carry is not None and carry_mark is not None and marks and marks[0].pos == start:
        # a copy: this paragraph may be paired twice (see _scan_paragraph)
        current = QuoteSpan(carry.open_pos, list(carry.spans), None, list(carry.paragraphs))
        stack.append(carry_mark)
        content_start = marks[0].end
        i = 1
    for n in range(i, len(marks)):
        mark = marks[n]
        # a closer for an outer mark drops inner ones left open ('pwned'< is no quotation)
        depth = _closes_which(stack, mark) if stack and not _possessive_before_closer(text, marks, n) else -1
        if depth >= 0:
            del stack[depth + 1 :]
        top = stack[-1] if stack else None
        if top is not None and depth >= 0:
            stack.pop()
            if not stack and current is not None:
                _add_span(current, _trim(text, content_start, mark.pos), p)
                current.close_end = mark.end
                found.append(current)
                current = None
            continue
        if not mark.can_open:
            continue
        if not stack:
            if mark.family == SINGLE and not single_top:
                continue
            current = QuoteSpan(open_pos=mark.pos)
            content_start = mark.end
            stack.append(mark)
        elif mark.family == DOUBLE and stack[0].family == DOUBLE and not mark.can_close:
            # a second double opener while one is open: the first was never closed
            if current is not None:
                _add_span(current, _trim(text, content_start, mark.pos), p)
                found.append(current)
            current = QuoteSpan(open_pos=mark.pos)
            content_start = mark.end
            stack = [mark]
        elif len(stack) < MAX_DEPTH:
            stack.append(mark)
    if current is None:
        return found, None, None, False
    if stack[0].family == SINGLE:
        return found, None, None, True
    _add_span(current, _trim(text, content_start, end), p)
    return found, current, stack[0], False


def _closes_which(stack: list[Mark], mark: Mark) -> int:
    """The depth of the innermost open mark that ``mark`` closes, or -1. Only single marks left
    open inside may be skipped over: a double mark never closes across an open double one."""
    for depth in range(len(stack) - 1, -1, -1):
        if mark.closes(stack[depth]):
            return depth
        if stack[depth].family != SINGLE or stack[depth].family == mark.family:
            return -1
    return -1


def _possessive_before_closer(text: str, marks: list[Mark], n: int) -> bool:
    """The ’ of "the Joneses’ house": after an s, before a lower-case word, and another single
    closing mark follows in the paragraph to end the quotation instead."""
    mark = marks[n]
    if mark.family != SINGLE or mark.pos == 0 or text[mark.pos - 1] != "s":
        return False
    after = text[mark.end : mark.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return False
    return any(m.family == SINGLE and m.can_close for m in marks[n + 1 :])


def _add_span(quote: QuoteSpan, span: tuple[int, int], paragraph: int) -> None:
    """Add a piece of quoted words and its paragraph; an empty piece (a mark alone on its line)
    adds nothing, so ``spans`` and ``paragraphs`` stay one for one."""
    if span[0] < span[1]:
        quote.spans.append(span)
        quote.paragraphs.append(paragraph)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces just inside its marks (« nous sommes prêts »)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
