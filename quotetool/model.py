"""The results: frozen dataclasses whose ``to_dict`` gives the documented JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the untouched input."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written (``press secretary Josh Earnest``) and where it is."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One attributed quotation.

    ``spans`` are the pieces of quoted words (several for a split or multi-paragraph quote);
    ``text`` is their texts joined by one space, so for a one-span quote
    ``input[start:end] == text``.
    """

    id: int
    spans: tuple[Span, ...]
    text: str
    type: str
    speaker: str | None
    mention: Mention | None
    cue: Mention | None
    paragraph: int
    confidence: float
    explain: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        m, c = self.mention, self.cue
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [[s.start, s.end] for s in self.spans],
            "type": self.type,
            "speaker": self.speaker,
            "speaker_mention": m.text if m else None,
            "speaker_start": m.start if m else None,
            "speaker_end": m.end if m else None,
            "cue": c.text if c else None,
            "cue_start": c.start if c else None,
            "cue_end": c.end if c else None,
            "paragraph": self.paragraph,
            "confidence": self.confidence,
        }
        if explain:
            out["explain"] = list(self.explain)
        return out


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker of the document with every mention that resolved to them."""

    name: str
    kind: str
    mentions: tuple[Mention, ...]
    titles: tuple[str, ...]
    quote_ids: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        seen: list[str] = []
        for m in self.mentions:
            if m.text not in seen:
                seen.append(m.text)
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": seen,
            "mention_spans": [[m.start, m.end] for m in self.mentions],
            "titles": list(self.titles),
            "quote_ids": list(self.quote_ids),
        }


@dataclass(frozen=True)
class Document:
    """Everything quotetool found in one input."""

    id: str
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...] = field(default=())
    text: str | None = None  # the text the offsets index, kept only when asked (Config.include_text)
    style: str = "news"      # the conventions the text was read with: "news" or "fiction"
    style_explain: tuple[str, ...] = ()  # why that style (the measures, for --style auto)

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "schema_version": SCHEMA_VERSION}
        if self.text is not None:
            out["text"] = self.text
        if explain:
            out["style"] = {"name": self.style, "explain": list(self.style_explain)}
        out["quotes"] = [q.to_dict(explain) for q in self.quotes]
        out["speakers"] = [s.to_dict() for s in self.speakers]
        return out
