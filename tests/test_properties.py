"""Property tests: on any text (heavy in quotation marks, apostrophes, dashes, names and cue
words) extraction never raises, every offset is exact, the output is deterministic and
matches the schema. Examples per test: 200 by default, more with HYPOTHESIS_PROFILE=ci
(profiles are registered in conftest.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from helpers import assert_valid, check_offsets

import quotetool
from quotetool.layout import find_paragraphs
from quotetool.quote_spans import find_quote_spans

MARKS = ['"', "“", "”", "„", "‟", "«", "»", "'", "‘", "’", "‚", "‛", "‹", "›", "''", "``", "′", "″",
         "« ", " »"]
APOSTROPHES = ["don’t", "don't", "’Tis", "'Tis", "rock ’n’ roll", "rock 'n' roll", "the Joneses’ house",
               "the Joneses' ", "the ’90s", "the '90s", "6' 2\"", "6’ 2”", "a 4\" pipe", "5'10\"", "’s", "s’"]
PUNCTUATION = ["—", "–", "-", "--", ":", ";", ",", ".", "?", "!", "…", "(", ")", ", ", ". ", ": "]
NAMES = ["Ana", "Ruiz", "Ana Ruiz", "Josh Earnest", "Earnest", "Mr.", "Ms.", "Mayor", "press secretary",
         "Hugh Carter, a county commissioner,", "The", "the White House", "the Kremlin", "Robert", "Ng",
         "Nobody", "U.S.", "Jr.", "de la", "O’Brien", "the spokesman", "officials", "he", "she", "they", "it",
         ", Nell.", "Mr. Hale,", "the old man", "a small boy", "I", "Orrin", "his", "herself"]
CUES = ["said", "says", "told reporters", "according to", "According to", "said in a statement",
        "wrote on Twitter", "added", "that", "said:", "said,", "believes", "wants", "returned", "began",
        "shook his head."]
WORDS = ["we", "will", "rebuild", "the", "pier", "and", "not", "a", "plan", "is", "fix", "in", "May", "42"]
SPACE = [" ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "  ", "\u00a0", "\u2028"]

TOKEN = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(APOSTROPHES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(WORDS),
    st.sampled_from(SPACE),
    st.text(max_size=3),  # arbitrary unicode, combining marks and all
)

# Mostly tokens with spaces between them, sometimes glued together.
NEWS_LIKE = st.lists(st.tuples(TOKEN, st.sampled_from([" ", " ", ""])), max_size=80).map(
    lambda parts: "".join(tok + sep for tok, sep in parts)
)
ANY_TEXT = st.one_of(NEWS_LIKE, st.text(max_size=200))
CONFIGS = st.builds(
    quotetool.Config,
    types=st.sampled_from([("direct", "mixed", "indirect"), ("direct",), ("mixed", "indirect")]),
    cues=st.sampled_from(["speech", "all"]),
    explain=st.booleans(),
    window=st.sampled_from([50, 300]),
    style=st.sampled_from(["auto", "news", "fiction"]),
)


@given(ANY_TEXT, CONFIGS)
def test_never_raises_and_offsets_are_exact(text: str, config: quotetool.Config) -> None:
    doc = quotetool.extract(text, config)
    check_offsets(text, doc)


@given(ANY_TEXT)
def test_deterministic(text: str) -> None:
    first = quotetool.extract(text).to_dict(explain=True)
    second = quotetool.extract(text).to_dict(explain=True)
    assert first == second


@given(ANY_TEXT, st.booleans())
def test_output_matches_the_schema(text: str, explain: bool) -> None:
    data = quotetool.extract(text, doc_id="prop").to_dict(explain)
    assert_valid(data)


@given(ANY_TEXT)
def test_ids_and_speakers_agree(text: str) -> None:
    doc = quotetool.extract(text)
    ids = [q.id for q in doc.quotes]
    assert ids == sorted(set(ids)), f"quote ids not unique and ascending: {ids}"
    assert [q.start for q in doc.quotes] == sorted(q.start for q in doc.quotes)
    by_id = {q.id: q for q in doc.quotes}
    for sp in doc.speakers:
        assert sp.quote_ids, f"speaker {sp.name!r} without quotes"
        for i in sp.quote_ids:
            assert by_id[i].speaker == sp.name, f"quote {i} is {by_id[i].speaker!r}'s, not {sp.name!r}'s"
    named = {q.speaker for q in doc.quotes if q.speaker is not None}
    assert named == {sp.name for sp in doc.speakers}


@given(ANY_TEXT)
def test_quote_spans_stay_inside_their_paragraphs(text: str) -> None:
    layout = find_paragraphs(text)
    previous_end = 0
    for q in find_quote_spans(text, layout):
        assert q.open_pos >= previous_end
        assert len(q.spans) == len(q.paragraphs), (text, q)
        for (s, e), p in zip(q.spans, q.paragraphs):
            assert layout.starts[p] <= s <= e <= layout.ends[p], (text, q)
        assert q.paragraphs == sorted(q.paragraphs)
        previous_end = q.end


@given(ANY_TEXT, st.sampled_from(["speech", "all"]))
def test_no_two_quotes_share_words(text: str, cues: str) -> None:
    doc = quotetool.extract(text, quotetool.Config(cues=cues))
    spans = sorted((s.start, s.end) for q in doc.quotes for s in q.spans)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert start >= end, (text, spans)
