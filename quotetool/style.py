"""Fiction or news: which conventions a text's conversations follow, read from the text itself.

A hard-wrapped text (a plain-text book) is fiction. Any other text is fiction when it has few
*news marks* (numbers, money, weekdays, the sources and offices a reporter names) and few *names
inside sentences* (capitalised words after a lower-case word or a comma): a report names people,
places and organisations in nearly every sentence and dates and counts what it tells, while a
novel names a few characters and then mostly says "she". Two densities, each counted in one
linear pass over at most ``STYLE_SAMPLE_CHARS`` characters, and one threshold on their weighted
sum, so the choice explains itself in one line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon
from .layout import Layout

# The test reads at most this much of a text: enough to decide, and it bounds the cost.
STYLE_SAMPLE_CHARS = 50_000
# It looks at this much first: a report's opening sentences are dense with news marks and names,
# and a text that already scores CLEAR_NEWS_SCORE there is news, whatever follows (every measure
# only adds to the score). Most news is settled so, cheaply; fiction is read on.
FIRST_LOOK_CHARS = 1_000
CLEAR_NEWS_SCORE = 2.0

# Fewer words than this are too few to measure a density on: such a text keeps the news rules.
MIN_WORDS = 80
# The news score adds the two densities (per 1,000 words), each over its scale; from 1 on, the
# text is news. A report has many news marks, or many names, or a fair share of both; a novel's
# page has few of each (a date or a sum now and then, a handful of characters named again and
# again, mostly sentence-first or after "Mr.", and otherwise "she"). The scales put the threshold
# in the middle of the gap (on a log scale) between LitBank's dev chapters, with their line breaks
# inside paragraphs removed (scores up to 0.79, but for one chapter heavy with family names and
# dates, 1.19, which has four quotations), and PolNeAR's 840 news articles (at least 1.25,
# dialogue-heavy features and trial stories included).
NEWS_MARKS_SCALE = 16.0
NAMES_SCALE = 100.0

# News marks. A number (a date, an age, a count, a score) is a run of digits; money and
# percentages are a sign; weekdays say when ("said on Tuesday"); news words are the sources,
# offices, institutions and quantities a reporter names (lexicons/news_words.txt), matched as
# whole words, lower-case or capitalised, with the punctuation that may close them (a set lookup
# a word: cheaper than lower-casing the text or a pattern tried at every character).
NUMBER = regex.compile(r"\d+")
MONEY_SIGNS = "$€£%"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORD_ENDS = ("", ",", ".", ":", ";", "’s", "'s", ")", "”", '"', "’", "'")
_NEWS_ENTRIES = [w for entry in lexicon.entries("news_words") for w in (entry, entry[0].upper() + entry[1:])]
NEWS_WORDS = frozenset(w + end for w in _NEWS_ENTRIES if " " not in w for end in _WORD_ENDS)
NEWS_PHRASES = tuple(w for w in _NEWS_ENTRIES if " " in w)

# A capitalised word after a lower-case word or a comma and one space or line break: a name
# inside a sentence ("met Ana Ruiz", "in Denver, Colorado"). A sentence's first word and a word
# after "Mr." are not counted. The look-behind reads two characters.
NAME_INSIDE_SENTENCE = regex.compile(r"(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}")


@dataclass(frozen=True)
class StyleChoice:
    """The style a text is read in and the measures that chose it (``explain`` says why)."""

    style: str                 # "fiction" or "news"
    reason: str                # what decided, in a few words
    words: int = 0             # words read (runs of non-space)
    news_marks: float = 0.0    # per 1,000 words
    names: float = 0.0         # names inside sentences per 1,000 words
    chars: int = 0             # characters read

    @property
    def news_score(self) -> float:
        return self.news_marks / NEWS_MARKS_SCALE + self.names / NAMES_SCALE

    @property
    def explain(self) -> tuple[str, ...]:
        """The choice and, when the text was measured, the measures, as lines for ``--explain``."""
        if not self.words:
            return (f"style {self.style}: {self.reason}",)
        return (f"style {self.style}: {self.reason}",
                f"{self.chars:,} characters, {self.words:,} words read; news score {self.news_score:.2f} = "
                f"news marks {self.news_marks:.1f} per 1,000 words / {NEWS_MARKS_SCALE:g} "
                f"+ names inside sentences {self.names:.1f} per 1,000 words / {NAMES_SCALE:g}")


def choose_style(text: str, layout: Layout, requested: str = "auto") -> StyleChoice:
    """The style to read ``text`` in: ``requested`` unless it is "auto", which measures the text.

    >>> choose_style("Any text.", Layout((0,), (9,)), "news").style
    'news'
    >>> choose_style("Short.", Layout((0,), (6,)), "auto").reason
    'too short to tell (1 words): news'
    """
    if requested != "auto":
        return StyleChoice(requested, f"--style {requested}")
    if layout.hard_wrapped:
        return StyleChoice("fiction", "hard-wrapped lines, as in a plain-text book")
    end = min(len(text), STYLE_SAMPLE_CHARS)
    # the first look ends at a space, so that no word or number is counted in both parts
    cut = text.rfind(" ", 0, FIRST_LOOK_CHARS) if end > FIRST_LOOK_CHARS else -1
    counts = _counts(text[: cut if cut > 0 else end])
    if cut > 0:
        first = _choice(counts, cut)
        if first.words >= MIN_WORDS and first.news_score >= CLEAR_NEWS_SCORE:
            return StyleChoice("news", f"clearly news in its first {cut:,} characters (news score "
                               f"{CLEAR_NEWS_SCORE:g} or more)", first.words, first.news_marks, first.names, cut)
        rest = _counts(text[cut:end])
        counts = (counts[0] + rest[0], counts[1] + rest[1], counts[2] + rest[2])
    measured = _choice(counts, end)
    if measured.words < MIN_WORDS:
        return StyleChoice("news", f"too short to tell ({measured.words} words): news")
    if measured.news_score >= 1:
        return StyleChoice("news", "many news marks (numbers, money, weekdays, news words) or names inside "
                           "sentences: news score 1 or more", measured.words, measured.news_marks, measured.names,
                           measured.chars)
    return measured


def _counts(sample: str) -> tuple[int, int, int]:
    """Words, news marks and names inside sentences in ``sample``."""
    tokens = sample.split()
    marks = (len(NUMBER.findall(sample)) + sum(map(sample.count, MONEY_SIGNS)) + sum(map(sample.count, WEEKDAYS))
             + sum(map(NEWS_WORDS.__contains__, tokens)) + sum(map(sample.count, NEWS_PHRASES)))
    return len(tokens), marks, len(NAME_INSIDE_SENTENCE.findall(sample))


def _choice(counts: tuple[int, int, int], chars: int) -> StyleChoice:
    """The measures of ``counts`` per 1,000 words, as a fiction choice (the caller decides)."""
    words, marks, names = counts
    per_thousand = 1000.0 / words if words else 0.0
    return StyleChoice("fiction", "few news marks and few names inside sentences: news score under 1",
                       words, marks * per_thousand, names * per_thousand, chars)
