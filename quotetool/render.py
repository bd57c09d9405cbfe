"""Turning documents into output: a rich table for people, JSON / JSON Lines / CSV for programs."""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Protocol, cast

from rich.console import Console
from rich.table import Table

from .model import Document

FORMATS = ("table", "json", "jsonl", "csv")

CSV_FIELDS = ["doc_id", "id", "type", "speaker", "speaker_mention", "speaker_start", "speaker_end",
              "cue", "cue_start", "cue_end", "start", "end", "spans", "paragraph", "confidence", "text"]


def count(n: int, noun: str) -> str:
    """``count(1, "quote")`` → "1 quote", ``count(3, "quote")`` → "3 quotes" (thousands separated)."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def to_json_line(doc: Document, explain: bool = False) -> str:
    """One document as one line of JSON (no newline inside; non-ASCII kept as is)."""
    return json.dumps(doc.to_dict(explain), ensure_ascii=False)


class TextSink(Protocol):
    """Where rendered text goes: a text file, or an ``outputs.Output`` that buffers whole documents."""

    def write(self, text: str, /) -> int: ...


def csv_header(out: TextSink) -> None:
    csv.writer(out, lineterminator="\n").writerow(CSV_FIELDS)


def csv_rows(doc: Document, out: TextSink) -> None:
    """One row a quote; ``spans`` as ``start-end;start-end``."""
    w = csv.writer(out, lineterminator="\n")
    for q in doc.quotes:
        d: dict[str, Any] = q.to_dict()
        d["doc_id"] = doc.id
        d["spans"] = ";".join(f"{s}-{e}" for s, e in d["spans"])
        w.writerow(["" if d[k] is None else d[k] for k in CSV_FIELDS])


def table(doc: Document, console: Console, explain: bool = False) -> None:
    """The quotes of one document as a table: #, speaker, cue, type, quote, paragraph."""
    t = Table(title=f"{doc.id}: {count(len(doc.quotes), 'quote')}, {count(len(doc.speakers), 'speaker')}",
              show_lines=True, title_justify="left",
              caption=_escape("\n".join(doc.style_explain)) if explain else None, caption_justify="left")
    t.add_column("#", justify="right")
    t.add_column("speaker", style="bold", max_width=24)
    t.add_column("cue", max_width=16)
    t.add_column("type", no_wrap=True)
    t.add_column("quote", ratio=1, min_width=30, overflow="fold")
    t.add_column("¶", justify="right")
    if explain:
        t.add_column("why", ratio=1, overflow="fold")
    for q in doc.quotes:
        speaker = q.speaker or "?"
        if q.mention is not None and q.mention.text != q.speaker:
            speaker += f"\n[dim]({q.mention.text})[/dim]"
        row = [str(q.id), speaker, q.cue.text if q.cue else "", q.type, _escape(q.text), str(q.paragraph)]
        if explain:
            row.append(_escape("\n".join(q.explain)))
        t.add_row(*row)
    console.print(t)


def _escape(s: str) -> str:
    from rich.markup import escape

    return escape(s)


def dumps_pretty(docs: list[Document], explain: bool = False) -> str:
    """``--format json``: one object for one document, a list for several."""
    data: Any = [d.to_dict(explain) for d in docs]
    if len(docs) == 1:
        data = data[0]
    buf = io.StringIO()
    json.dump(data, buf, ensure_ascii=False, indent=2)
    return buf.getvalue()


class StreamWriter:
    """Writes documents as they come, in any format, to a file-like ``out``.

    ``add`` takes what ``batch.render`` made of one document. ``--format json`` writes one object
    for one document and a list for several, byte for byte what ``dumps_pretty`` gives, without
    holding the documents: the first is kept back only until a second one shows it is a list."""

    def __init__(self, fmt: str, out: TextSink, explain: bool = False, console: Console | None = None) -> None:
        self.fmt, self.out, self.explain = fmt, out, explain
        self.console = console
        self.count = 0
        self._first: str | None = None

    def start(self) -> None:
        if self.fmt == "csv":
            csv_header(self.out)

    def add(self, output: str | Document) -> None:
        self.count += 1
        if isinstance(output, Document):
            table(output, self.console or Console(file=cast(IO[str], self.out), highlight=False), self.explain)
        elif self.fmt != "json":
            self.out.write(output)
        elif self.count == 1:
            self._first = output
        else:
            if self._first is not None:
                self.out.write("[\n" + _indent(self._first))
                self._first = None
            self.out.write(",\n" + _indent(output))

    def finish(self) -> None:
        """Close a ``--format json`` list (also after an interruption: what was written stays valid)."""
        if self.fmt == "json":
            if self._first is not None:
                self.out.write(self._first + "\n")
                self._first = None
            elif self.count > 1:
                self.out.write("\n]\n")
                self.count = 0


def _indent(pretty: str) -> str:
    # One level deeper, as json.dump(indent=2) writes a list's items; no JSON line is blank.
    return "  " + pretty.replace("\n", "\n  ")
