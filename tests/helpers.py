"""Shared test helpers: one assertion for expected quotes, one for offsets, the JSON schema.

``assert_quotes`` runs ``quotetool.extract`` and compares the quotes it finds with a table of
``(text, speaker[, type])`` rows; on a mismatch it prints the input, the expected rows and what
came out, with mentions, cues and the explain trace, so a failing case can be read at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import pytest

import quotetool
from quotetool import Config, Document

# One expected quote: (substring of the quote text, speaker or None[, type]).
Expected = tuple[Any, ...]


@cache
def schema() -> dict[str, Any]:
    """The output schema, read from the installed package as users get it."""
    text = resources.files("quotetool").joinpath("schema/quotetool.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def assert_valid(data: Any) -> None:
    """Fail with every schema error (path and message) when ``data`` breaks the schema."""
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [f"  at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
        pytest.fail("output does not match quotetool.schema.json:\n" + "\n".join(lines), pytrace=False)


def describe(doc: Document) -> str:
    """The quotes of a document, one block each, for failure messages."""
    if not doc.quotes:
        return "  (no quotes)"
    out = []
    for q in doc.quotes:
        mention = q.mention.text if q.mention else None
        cue = q.cue.text if q.cue else None
        out.append(f"  #{q.id} {q.type:8} speaker={q.speaker!r} mention={mention!r} cue={cue!r}\n"
                   f"      text={q.text!r} spans={[(s.start, s.end) for s in q.spans]}\n"
                   f"      why: {' | '.join(q.explain)}")
    return "\n".join(out)


def _matches(row: Expected, quote: quotetool.Quote) -> bool:
    text, speaker = row[0], row[1]
    kind = row[2] if len(row) > 2 else None
    return text in quote.text and quote.speaker == speaker and (kind is None or quote.type == kind)


def assert_quotes(text: str, expected: Sequence[Expected], config: Config | None = None) -> Document:
    """Extract ``text`` and check its quotes against ``expected``, in order, none missing, none extra.

    Each row is ``(quote_text, speaker)`` or ``(quote_text, speaker, type)``: ``quote_text`` must
    be a substring of the quote's text (the exact text is its own substring), ``speaker`` the
    canonical speaker (``None``: unattributed). Offsets are checked too. Returns the document.
    """
    doc = quotetool.extract(text, config)
    check_offsets(text, doc)
    ok = len(doc.quotes) == len(expected) and all(_matches(r, q) for r, q in zip(expected, doc.quotes))
    if not ok:
        rows = "\n".join(f"  {r!r}" for r in expected) or "  (no quotes)"
        pytest.fail(f"quotes differ\ninput:\n  {text!r}\nexpected:\n{rows}\nactual:\n{describe(doc)}",
                    pytrace=False)
    return doc


def check_offsets(text: str, doc: Document) -> None:
    """Every offset of ``doc`` points into ``text`` at what the output says is there.

    Spans are ordered, disjoint and inside the input; the quote text is the span
    texts joined by one space; the speaker mention and the cue are the input's slices at their
    offsets; every speaker's mention spans slice to one of its mentions.
    """
    n = len(text)
    for q in doc.quotes:
        d = q.to_dict()
        where = f"quote #{q.id} of {text!r}"
        spans = d["spans"]
        assert spans, f"{where}: no spans"
        previous_end = 0
        for s, e in spans:
            # s == e is let through here: empty quotes are a known bug with their own xfail cases
            # (test_quotation_marks.py, "empty-*"); make this `s < e` once they are fixed
            assert previous_end <= s <= e <= n, f"{where}: span {(s, e)} out of order or outside 0..{n}"
            previous_end = e
        assert (d["start"], d["end"]) == (spans[0][0], spans[-1][1]), f"{where}: start/end disagree with spans"
        joined = " ".join(text[s:e] for s, e in spans)
        assert joined == d["text"], f"{where}: text {d['text']!r} != spans' text {joined!r}"
        for name, start, end in (("speaker_mention", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end")):
            value, s, e = d[name], d[start], d[end]
            if value is None:
                assert s is None and e is None, f"{where}: {name} is null but {start}/{end} are not"
            else:
                assert s is not None and e is not None and 0 <= s <= e <= n, f"{where}: {name} offsets {(s, e)}"
                assert text[s:e] == value, f"{where}: text[{s}:{e}] = {text[s:e]!r}, {name} = {value!r}"
    for sp in doc.speakers:
        d = sp.to_dict()
        for s, e in d["mention_spans"]:
            assert 0 <= s < e <= n and text[s:e] in d["mentions"], \
                f"speaker {sp.name!r} of {text!r}: mention span {(s, e)} = {text[s:e]!r} not in {d['mentions']}"


def cases(rows: Sequence[Any]) -> list[Any]:
    """A case table for ``pytest.mark.parametrize``: each row is ``(id, *values)``, or
    ``xfail(reason, id, *values)`` for a known engine bug."""
    out = []
    for row in rows:
        if isinstance(row, _Known):
            out.append(pytest.param(*row.values[1:], id=row.values[0],
                                    marks=pytest.mark.xfail(strict=True, reason=row.reason)))
        else:
            out.append(pytest.param(*row[1:], id=row[0]))
    return out


class _Known:
    def __init__(self, reason: str, values: tuple[Any, ...]) -> None:
        self.reason, self.values = reason, values


def xfail(reason: str, *values: Any) -> _Known:
    """A table row that fails because of a known engine bug; ``reason`` says which and how."""
    return _Known(reason, values)
