"""The annotated story: every quote in its speaker's colour, for a terminal or as one HTML page.

``story_segments`` cuts the text at every quote edge; ``terminal_story`` turns the pieces into a
``rich`` ``Text`` and ``html_page`` into a standalone page (inline style and script, no external
asset, every piece of input text escaped). Pure: nothing here reads or writes files.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from rich.text import Text

from .model import Document, Quote
from .quotation_marks import OPENING_MARKS

# Terminal colours, one per speaker in order of first quote; more speakers reuse them in turn.
TERMINAL_COLOURS = ("cyan", "magenta", "green", "yellow", "bright_blue", "red",
                    "bright_cyan", "bright_magenta", "bright_green", "bright_yellow", "blue", "bright_red")
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class Segment:
    """A piece ``[start, end)`` of the text and the quote spans over it, outermost first, as
    ``(quote id, span index)``; ``labels`` are the ids of quotes whose label stands before it."""

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    labels: tuple[int, ...] = ()


def speaker_palette(doc: Document) -> dict[str, int]:
    """Colour number of each speaker, in order of their first quote.

    >>> import quotetool
    >>> speaker_palette(quotetool.extract('“Yes,” Ana Ruiz said. “No,” Bo Lee said. “Maybe,” Ruiz said.'))
    {'Ana Ruiz': 0, 'Bo Lee': 1}
    """
    out: dict[str, int] = {}
    for q in doc.quotes:
        if q.speaker is not None and q.speaker not in out:
            out[q.speaker] = len(out)
    return out


def label_position(text: str, q: Quote) -> int:
    """Where a quote's speaker label goes: before its opening quote mark, if it has one, rather
    than between the mark and the words."""
    pos = q.start
    if pos > 0 and text[pos - 1] in OPENING_MARKS:
        pos -= 1
    return pos


def story_segments(text: str, doc: Document) -> list[Segment]:
    """The text cut at every span edge and label position, each piece with the spans over it.

    Spans that nest stay nested; spans that cross are cut where they cross, so a span may be
    several pieces (its text is their concatenation).

    >>> import quotetool
    >>> t = '“Yes,” Ana Ruiz said.'
    >>> [(t[s.start:s.end], s.spans, s.labels) for s in story_segments(t, quotetool.extract(t))]
    [('“', (), (1,)), ('Yes,', ((1, 0),), ()), ('” Ana Ruiz said.', (), ())]
    """
    spans = [(s.start, s.end, q.id, k) for q in doc.quotes for k, s in enumerate(q.spans) if s.end > s.start]
    labels: dict[int, list[int]] = {}
    for q in doc.quotes:
        labels.setdefault(label_position(text, q), []).append(q.id)
    cuts = sorted({0, len(text), *labels, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    segments = []
    # spans sorted by start, longest first, so the outer of two nested spans comes first
    spans.sort(key=lambda s: (s[0], -s[1], s[2], s[3]))
    for a, b in pairwise(cuts):
        over = tuple((qid, k) for s, e, qid, k in spans if s <= a and b <= e)
        segments.append(Segment(a, b, over, tuple(labels.get(a, ()))))
    if not text and labels:
        segments.append(Segment(0, 0, (), tuple(labels.get(0, ()))))
    return segments


def _speaker_label(q: Quote) -> str:
    return q.speaker or "?"


# -- terminal ---------------------------------------------------------------------------------

def _terminal_colour(palette: dict[str, int], speaker: str | None) -> str:
    if speaker is None or speaker not in palette:
        return "bright_black"
    return TERMINAL_COLOURS[palette[speaker] % len(TERMINAL_COLOURS)]


def terminal_legend(doc: Document) -> Text:
    """One line per speaker in their colour, with how many quotes they have."""
    palette = speaker_palette(doc)
    out = Text()
    out.append(f"{doc.id}: {len(doc.quotes)} quotes, {len(palette)} speakers\n", style="bold")
    counts: dict[str | None, int] = {}
    for q in doc.quotes:
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for name in [*palette, None]:
        if name not in counts:
            continue
        colour = _terminal_colour(palette, name)
        out.append("  ██ ", style=colour)
        out.append(name or f"? ({UNATTRIBUTED})", style=f"bold {colour}")
        n = counts[name]
        out.append(f"  {n} quote{'s' if n != 1 else ''}\n")
    return out


def terminal_story(text: str, doc: Document) -> Text:
    """The story with each quote in its speaker's colour and ``[#id Speaker]`` before it.

    Without colour (not a terminal, ``NO_COLOR``) the labels still say who speaks.

    >>> import quotetool
    >>> t = '“Yes,” Ana Ruiz said.'
    >>> terminal_story(t, quotetool.extract(t)).plain
    '[#1 Ana Ruiz] “Yes,” Ana Ruiz said.'
    """
    palette = speaker_palette(doc)
    by_id = {q.id: q for q in doc.quotes}
    out = Text()
    for seg in story_segments(text, doc):
        for qid in seg.labels:
            q = by_id[qid]
            out.append(f"[#{q.id} {_speaker_label(q)}]", style=f"bold reverse {_terminal_colour(palette, q.speaker)}")
            out.append(" ")
        piece = text[seg.start : seg.end]
        if seg.spans:
            inner = by_id[seg.spans[-1][0]]
            out.append(piece, style=_terminal_colour(palette, inner.speaker))
        else:
            out.append(piece)
    return out


# -- HTML -------------------------------------------------------------------------------------

# Speaker colours of the page: a strong one for the label and underline, a light one behind the text.
HTML_COLOURS = (("#0b6e99", "#dbeef7"), ("#a3237a", "#f8e1f1"), ("#2b7a1f", "#e2f3dc"), ("#9a6400", "#fbefd5"),
                ("#4338ca", "#e4e3fb"), ("#b42318", "#fbe2df"), ("#0f766e", "#d9f2ef"), ("#7c3aed", "#eee5fd"),
                ("#4d7c0f", "#ebf5d6"), ("#c2410c", "#fde7da"), ("#1d4ed8", "#dde7fc"), ("#be185d", "#fbe0ec"))
UNATTRIBUTED_COLOURS = ("#57606a", "#eceff1")

PAGE_SCRIPT = """
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("quote-data").textContent);
  var quotes = {};
  data.quotes.forEach(function (q) { quotes[String(q.id)] = q; });
  var panel = document.getElementById("details");
  var pinned = null;
  function row(dl, name, value) {
    var dt = document.createElement("dt"); dt.textContent = name; dl.appendChild(dt);
    var dd = document.createElement("dd"); dd.textContent = value; dl.appendChild(dd);
    return dd;
  }
  function mark(id, on) {
    document.querySelectorAll('mark.quote[data-quote="' + id + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  function show(id) {
    var q = quotes[id];
    if (!q) { return; }
    panel.textContent = "";
    var h = document.createElement("h2");
    h.textContent = "Quote #" + q.id;
    panel.appendChild(h);
    var dl = document.createElement("dl");
    var speaker = row(dl, "speaker", q.speaker === null ? "? (unattributed)" : q.speaker);
    speaker.className = "speaker";
    row(dl, "mention", q.speaker_mention === null ? "\\u2014" : q.speaker_mention);
    row(dl, "cue", q.cue === null ? "\\u2014" : q.cue);
    row(dl, "type", q.type);
    row(dl, "confidence", q.confidence.toFixed(2));
    row(dl, "paragraph", String(q.paragraph));
    row(dl, "offsets", q.spans.map(function (s) { return s[0] + "\\u2013" + s[1]; }).join(", "));
    panel.appendChild(dl);
    var why = document.createElement("h3");
    why.textContent = "why this speaker";
    panel.appendChild(why);
    var ol = document.createElement("ol");
    ol.className = "explain";
    (q.explain || []).forEach(function (step) {
      var li = document.createElement("li"); li.textContent = step; ol.appendChild(li);
    });
    panel.appendChild(ol);
    panel.setAttribute("data-quote", String(q.id));
  }
  function idOf(ev) {
    var m = ev.target.closest ? ev.target.closest("mark.quote, .label") : null;
    return m ? m.getAttribute("data-quote") : null;
  }
  var story = document.getElementById("story");
  story.addEventListener("mouseover", function (ev) {
    var id = idOf(ev);
    if (id && pinned === null) { show(id); }
  });
  story.addEventListener("click", function (ev) {
    var id = idOf(ev);
    if (pinned !== null) { mark(pinned, false); }
    pinned = (id && id !== pinned) ? id : null;
    if (pinned !== null) { mark(pinned, true); show(pinned); }
  });
  story.addEventListener("focusin", function (ev) {
    var id = idOf(ev);
    if (id) { show(id); }
  });
  story.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === " ") { ev.target.click(); ev.preventDefault(); }
  });
})();
"""

PAGE_STYLE = """
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; background: #fafafa; color: #1f2328; }
header { padding: 1rem 2rem; background: #fff; border-bottom: 1px solid #d0d7de; }
header h1 { font-size: 1.2rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
header p { margin: 0 0 .5rem; color: #57606a; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: 3px;
          background: var(--bg); border: 2px solid var(--c); }
.legend .count { color: #57606a; font-size: .9em; }
main { display: flex; gap: 2rem; padding: 1.5rem 2rem; align-items: flex-start; }
.story { flex: 1 1 40rem; max-width: 46rem; white-space: pre-wrap; line-height: 1.7; font-size: 1.05rem;
         font-family: Georgia, "Times New Roman", serif; background: #fff; padding: 1.5rem 2rem;
         border: 1px solid #d0d7de; border-radius: 6px; overflow-wrap: anywhere; }
mark.quote { background: var(--bg); color: inherit; border-bottom: 2px solid var(--c); cursor: pointer;
             border-radius: 2px; }
mark.quote:hover, mark.quote.active, mark.quote:focus { outline: 2px solid var(--c); }
mark.quote[data-type="mixed"] { border-bottom-style: dotted; }
mark.quote[data-type="indirect"] { border-bottom-style: dashed; background: transparent; }
.key { color: #57606a; font-size: .85rem; margin: .5rem 0 0; }
.key .direct, .key .mixed, .key .indirect { border-bottom: 2px solid #57606a; }
.key .mixed { border-bottom-style: dotted; }
.key .indirect { border-bottom-style: dashed; }
.label::before { content: attr(data-label); font: 600 .72rem system-ui, sans-serif; color: #fff;
                 background: var(--c); border-radius: 3px; padding: 0 .35em; margin-right: .25em;
                 vertical-align: .15em; white-space: nowrap; }
.label { cursor: pointer; }
.details { flex: 0 1 22rem; position: sticky; top: 1rem; background: #fff; border: 1px solid #d0d7de;
           border-radius: 6px; padding: 1rem 1.2rem; font-size: .92rem; }
.details h2 { font-size: 1rem; margin: 0 0 .5rem; }
.details h3 { font-size: .9rem; margin: .8rem 0 .3rem; }
.details dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0; }
.details dt { color: #57606a; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.details .explain { margin: 0; padding-left: 1.2rem; }
.details .hint { color: #57606a; margin: 0; }
"""


def _colour_rules() -> str:
    rules = [f".s{i} {{ --c: {c}; --bg: {bg}; }}" for i, (c, bg) in enumerate(HTML_COLOURS)]
    rules.append(f".s-none {{ --c: {UNATTRIBUTED_COLOURS[0]}; --bg: {UNATTRIBUTED_COLOURS[1]}; }}")
    return "\n".join(rules) + "\n"


def _css_class(palette: dict[str, int], speaker: str | None) -> str:
    if speaker is None or speaker not in palette:
        return "s-none"
    return f"s{palette[speaker] % len(HTML_COLOURS)}"


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>`` or ``&`` that could end or open a tag."""
    s = json.dumps(data, ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def html_page(text: str, doc: Document) -> str:
    """One standalone HTML page: the story with every quote highlighted in its speaker's colour,
    a label before each quote, a legend, and a panel that shows speaker, cue, type, confidence
    and the explain trace of the quote under the pointer (or clicked, or focused).

    Every quote span is a ``<mark class="quote" data-quote="ID" data-span="K">`` whose text is
    exactly ``text[start:end]`` (a span crossing another is split in several marks). All input
    text is escaped, the page loads nothing from outside, and its Content-Security-Policy allows
    only its own inline style and script.

    >>> page = html_page('“<b>Hi</b>,” Ana Ruiz said.', __import__("quotetool").extract('“<b>Hi</b>,” Ana Ruiz said.'))
    >>> "<b>Hi" in page, "&lt;b&gt;Hi&lt;/b&gt;," in page
    (False, True)
    """
    palette = speaker_palette(doc)
    by_id = {q.id: q for q in doc.quotes}
    style = PAGE_STYLE + _colour_rules()
    csp = (f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(PAGE_SCRIPT)}'; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    title = html.escape(doc.id)
    n_speakers = len(palette)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',  # our own text: no escaping
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="quotetool">\n',
        f"<title>quotetool: {title}</title>\n<style>{style}</style>\n</head>\n<body>\n<header>\n",
        f"<h1>{title}</h1>\n<p>{len(doc.quotes)} quote{'s' if len(doc.quotes) != 1 else ''}, "
        f"{n_speakers} speaker{'s' if n_speakers != 1 else ''}. "
        "Point at or click a quote to see who said it and why.</p>\n",
        _html_legend(doc, palette),
        '<p class="key">Underlined: <span class="direct">direct quote</span> · <span class="mixed">mixed '
        'quote</span> · <span class="indirect">indirect (reported) speech</span></p>\n',
        "</header>\n<main>\n",
        '<article class="story" id="story">',
        "".join(_html_story(text, doc, palette, by_id)),
        "</article>\n",
        '<aside class="details" id="details" aria-live="polite"><p class="hint">'
        "Point at or click a quote to see its speaker, cue, type, confidence and the reasons.</p></aside>\n",
        "</main>\n",
        f'<script type="application/json" id="quote-data">{_json_for_script(doc.to_dict(explain=True))}</script>\n',
        f"<script>{PAGE_SCRIPT}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _html_legend(doc: Document, palette: dict[str, int]) -> str:
    counts: dict[str | None, int] = {}
    for q in doc.quotes:
        counts[q.speaker] = counts.get(q.speaker, 0) + 1
    items = []
    for name in [*palette, None]:
        if name not in counts:
            continue
        n = counts[name]
        shown = html.escape(name) if name is not None else f"? ({UNATTRIBUTED})"
        items.append(f'<li class="{_css_class(palette, name)}"><span class="swatch"></span>'
                     f'<span class="name">{shown}</span> <span class="count">{n} quote{"s" if n != 1 else ""}'
                     "</span></li>")
    return '<ul class="legend" id="legend">' + "".join(items) + "</ul>\n"


def _html_story(text: str, doc: Document, palette: dict[str, int], by_id: dict[int, Quote]) -> Iterator[str]:
    open_: list[tuple[int, int]] = []
    for seg in story_segments(text, doc):
        # close what does not go on, from the inside out; then open what starts
        keep = 0
        while keep < len(open_) and keep < len(seg.spans) and open_[keep] == seg.spans[keep]:
            keep += 1
        while len(open_) > keep:
            open_.pop()
            yield "</mark>"
        if seg.labels:
            # labels go outside any mark only when no mark is open; inside one they are empty
            # elements, so a mark's text stays the quote's words either way
            for qid in seg.labels:
                q = by_id[qid]
                yield (f'<span class="label {_css_class(palette, q.speaker)}" data-quote="{q.id}" '
                       f'data-label="{html.escape(_speaker_label(q), quote=True)}"></span>')
        for qid, k in seg.spans[keep:]:
            q = by_id[qid]
            yield (f'<mark class="quote {_css_class(palette, q.speaker)}" data-quote="{q.id}" data-span="{k}" '
                   f'data-type="{q.type}" tabindex="0">')
            open_.append((qid, k))
        # a carriage return as a reference: a literal one would be read as a newline by the browser
        yield html.escape(text[seg.start : seg.end], quote=False).replace("\r", "&#13;")
    while open_:
        open_.pop()
        yield "</mark>"
