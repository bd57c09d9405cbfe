"""Who said what: one row per canonical speaker of a document, for the ``speakers`` command.

Pure: a ``Document`` in, rows out; the CLI renders them as a table, JSON or CSV.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import QUOTE_TYPES
from .model import Document, Quote
from .render import count

# How many words of each quote a row shows.
FIRST_WORDS = 8

CSV_FIELDS = ["doc_id", "speaker", "kind", "titles", "mentions", "quotes", "direct", "mixed", "indirect",
              "quote_ids", "first_words"]


@dataclass(frozen=True)
class QuoteGlimpse:
    """The first words of one quote, with its id and type."""

    id: int
    type: str
    first_words: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "first_words": self.first_words}


@dataclass(frozen=True)
class SpeakerRow:
    """One speaker: name (None for the quotes nobody could be found for), kind, titles and
    affiliations, every distinct mention, and their quotes."""

    name: str | None
    kind: str | None
    titles: tuple[str, ...]
    mentions: tuple[str, ...]
    quotes: tuple[QuoteGlimpse, ...]

    def counts(self) -> dict[str, int]:
        """Quotes by type: ``{"direct": 2, "mixed": 2, "indirect": 0}``."""
        return {t: sum(1 for q in self.quotes if q.type == t) for t in QUOTE_TYPES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "titles": list(self.titles),
            "mentions": list(self.mentions),
            "quote_count": len(self.quotes),
            "by_type": self.counts(),
            "quotes": [q.to_dict() for q in self.quotes],
        }


def first_words(text: str, n: int = FIRST_WORDS) -> str:
    """The first ``n`` words of a quote, with … when there are more.

    >>> first_words("It is clear he is interested in the attention of the leader", 5)
    'It is clear he is …'
    """
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def speaker_rows(doc: Document) -> list[SpeakerRow]:
    """One row per canonical speaker, most quotes first (ties in order of appearance), then one
    row (``name`` None) for the unattributed quotes, if any.

    >>> import quotetool
    >>> doc = quotetool.extract("“We will rebuild the pier,” Mayor Ana Ruiz said. "
    ...                         "“It will take a year,” Ruiz said.")
    >>> [(r.name, r.titles, r.counts()["direct"]) for r in speaker_rows(doc)]
    [('Ana Ruiz', ('Mayor',), 2)]
    """
    by_id: dict[int, Quote] = {q.id: q for q in doc.quotes}
    rows = []
    for sp in doc.speakers:
        mentions: list[str] = []
        for m in sp.mentions:
            if m.text not in mentions:
                mentions.append(m.text)
        quotes = tuple(_glimpse(by_id[i]) for i in sp.quote_ids if i in by_id)
        rows.append(SpeakerRow(sp.name, sp.kind, sp.titles, tuple(mentions), quotes))
    rows.sort(key=lambda r: -len(r.quotes))  # stable: ties keep the order of appearance
    nobody = tuple(_glimpse(q) for q in doc.quotes if q.speaker is None)
    if nobody:
        rows.append(SpeakerRow(None, None, (), (), nobody))
    return rows


def _glimpse(q: Quote) -> QuoteGlimpse:
    return QuoteGlimpse(q.id, q.type, first_words(q.text))


def to_dict(doc: Document) -> dict[str, Any]:
    """``speakers --format json`` for one document."""
    return {"id": doc.id, "speakers": [r.to_dict() for r in speaker_rows(doc)]}


def csv_rows(doc: Document) -> list[list[str]]:
    """One CSV row per speaker (fields ``CSV_FIELDS``); lists joined with ``; ``, first words
    with `` | ``."""
    out = []
    for r in speaker_rows(doc):
        c = r.counts()
        out.append([doc.id, r.name or "", r.kind or "", "; ".join(r.titles), "; ".join(r.mentions),
                    str(len(r.quotes)), str(c["direct"]), str(c["mixed"]), str(c["indirect"]),
                    ";".join(str(q.id) for q in r.quotes), " | ".join(q.first_words for q in r.quotes)])
    return out


def table(doc: Document, console: Any) -> None:
    """``speakers --format table``: who said what, one row per speaker, on a ``rich`` console."""
    from rich.markup import escape
    from rich.table import Table

    rows = speaker_rows(doc)
    n = sum(1 for r in rows if r.name is not None)
    t = Table(title=f"{doc.id}: {count(n, 'speaker')}, {count(len(doc.quotes), 'quote')}", show_lines=True,
              title_justify="left")
    t.add_column("speaker, titles, mentions", ratio=2)
    t.add_column("quotes", no_wrap=True)
    t.add_column("first words", ratio=3)
    for r in rows:
        name = f"[bold]{escape(r.name)}[/bold]" if r.name else "[dim]? (unattributed)[/dim]"
        described = [escape(t) for t in r.titles]
        if r.kind and r.kind != "person":
            described.append(r.kind)
        lines = [name, *(f"[italic]{d}[/italic]" for d in described)]
        lines += [f"[dim]“{escape(m)}”[/dim]" for m in r.mentions if m != r.name]
        counts = f"{len(r.quotes)}\n" + "\n".join(f"{v} {k}" for k, v in r.counts().items() if v)
        words = "\n".join(f"#{q.id} {escape(q.first_words)}" for q in r.quotes)
        t.add_row("\n".join(lines), counts, words)
    console.print(t)
