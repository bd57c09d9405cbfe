"""HTML article input: the main text of a web page, as plain text for ``extract``.

The page is parsed from the string you give; nothing is fetched (no images, styles, scripts
or links are loaded). Offsets of quotes found in an HTML input refer to the text that
``article_text`` returns, not to the HTML source.

trafilatura does the work; it is an optional extra (``pip install 'quotetool[html]'``) so the
plain-text tool keeps its small set of dependencies.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser

import regex

from .errors import InputError
from .inputs import Failure, Item

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# What an HTML document starts with, after blanks and comments: a doctype or an <html> tag.
HTML_START = regex.compile(
    r"""\A \ufeff? \s*
        (?: <!-- .{0,2000}? --> \s* ){0,5}   # leading comments, a few and bounded
        <(?: !doctype \s+ html | html [\s>] )  # <!DOCTYPE html ...> or <html ...>
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)


class MissingExtraError(InputError):
    """An input needs an optional extra that is not installed."""


def looks_like_html(name: str, text: str) -> bool:
    """True for ``.html``/``.htm`` files and for text that opens like an HTML document.

    >>> looks_like_html("story.txt", "<!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html("story.txt", "“Hi,” she said.")
    False
    """
    return name.lower().endswith(HTML_SUFFIXES) or HTML_START.match(text[:4096]) is not None


def article_text(html: str) -> str:
    """The main text of an article page: title and paragraphs, one blank line between paragraphs.

    Navigation, footers and other boilerplate are left out (trafilatura's heuristics); when it
    finds no article, all the page's text is kept. Raises ``MissingExtraError`` when the
    ``html`` extra is not installed.

    >>> article_text("<html><body><article><p>“We will rebuild the pier this year,” "
    ...              "Mayor Ana Ruiz said on Tuesday at a meeting of the town council.</p>"
    ...              "</article></body></html>")
    '“We will rebuild the pier this year,” Mayor Ana Ruiz said on Tuesday at a meeting of the town council.'
    """
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            "HTML input needs the 'html' extra; install it with: pip install 'quotetool[html]'"
        ) from None
    if not html.strip():
        return ""
    # favor_recall: a short news page should not lose quote paragraphs to the boilerplate filter
    text = trafilatura.extract(html, include_comments=False, include_tables=False, include_images=False,
                               include_links=False, favor_recall=True, deduplicate=False)
    if not text:
        text = trafilatura.html2txt(html) or _plain_text(html)
    # trafilatura puts one paragraph a line; quotetool reads paragraphs as blank-line separated
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


class _TextOnly(HTMLParser):
    """Every text node outside script, style and template, one paragraph per block element."""

    SKIP = frozenset({"script", "style", "template", "noscript", "head"})
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article",
                        "section", "tr", "pre", "figcaption"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _plain_text(html: str) -> str:
    """The last resort for a fragment trafilatura reads as empty: all text, one paragraph a block.

    >>> _plain_text("<p>“Fine,” she said.</p><script>x()</script><p>Next</p>")
    '“Fine,” she said.\\nNext'
    """
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def story_text(name: str, text: str) -> str:
    """The text to extract quotes from: the article text of an HTML input, other text as it is.

    >>> story_text("story.txt", "“Hi,” she said.")
    '“Hi,” she said.'
    """
    if looks_like_html(name, text):
        try:
            return article_text(text)
        except MissingExtraError as e:
            raise MissingExtraError(f"{name}: {e}") from None
    return text


def article_items(items: Iterable[Item | Failure]) -> Iterator[Item | Failure]:
    """The same inputs with every HTML page replaced by its article text; a page that cannot be
    converted (the ``html`` extra missing) becomes a ``Failure``. The hook for commands that read
    inputs with ``inputs.iter_items``: ``for item in article_items(iter_items(paths)): ...``."""
    for item in items:
        if isinstance(item, Item) and looks_like_html(item.id, item.text):
            try:
                yield dataclasses.replace(item, text=article_text(item.text))
            except MissingExtraError as e:
                yield Failure(item.source or item.id, str(e), item.line, item.id, item.nbytes)
        else:
            yield item
