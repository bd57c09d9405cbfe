"""`quotetool show`: the story with every quote in its speaker's colour, in a terminal and as a
standalone HTML page, which a real (headless) Chromium loads and checks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import quotetool
from quotetool.cli import app
from quotetool.model import Document, Mention, Quote, Span, Speaker
from quotetool.show import html_page, speaker_palette, story_segments, terminal_story

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "obama-putin.txt"
TEXT = SAMPLE.read_text("utf-8")

# Markup in the story must come out as text, never as markup.
HOSTILE = ("Officials met at the harbor on Monday & talked until late.\n\n"
           "“<script>document.title = 'pwned'</script> is not how we write a press release, "
           "and <b>bold</b> claims are not news,” harbor spokeswoman Ana Ruiz said.\n\n"
           "“We <i>will</i> rebuild the pier\r\n</article></main> this year,” Ruiz said.\n")  # CR kept too

runner = CliRunner()


# -- pieces -----------------------------------------------------------------------------------

def test_segments_cover_the_text_exactly() -> None:
    doc = quotetool.extract(TEXT)
    segs = story_segments(TEXT, doc)
    assert "".join(TEXT[s.start:s.end] for s in segs) == TEXT
    assert sorted(qid for s in segs for qid in s.labels) == [q.id for q in doc.quotes]
    for q in doc.quotes:
        for k, span in enumerate(q.spans):
            inside = "".join(TEXT[s.start:s.end] for s in segs if (q.id, k) in s.spans)
            assert inside == TEXT[span.start:span.end]


def test_crossing_spans_are_cut_and_nested_spans_stay_nested() -> None:
    text = "abcdefghij"
    doc = Document("x", (
        Quote(1, (Span(0, 6),), "abcdef", "direct", "A", None, None, 1, 0.5),
        Quote(2, (Span(4, 9),), "efghi", "direct", "B", None, None, 1, 0.5),
        Quote(3, (Span(1, 3),), "bc", "direct", "A", None, None, 1, 0.5),
    ))
    segs = story_segments(text, doc)
    assert [(text[s.start:s.end], s.spans) for s in segs] == [
        ("a", ((1, 0),)), ("bc", ((1, 0), (3, 0))), ("d", ((1, 0),)), ("ef", ((1, 0), (2, 0))), ("ghi", ((2, 0),)),
        ("j", ())]
    page = html_page(text, doc)
    assert page.count('data-quote="2" data-span="0"') == 2  # cut in two where it crosses quote 1


def test_palette_in_order_of_first_quote() -> None:
    assert list(speaker_palette(quotetool.extract(TEXT)))[:2] == ["the White House", "Josh Earnest"]


def test_terminal_story_labels_every_quote() -> None:
    doc = quotetool.extract(TEXT)
    plain = terminal_story(TEXT, doc).plain
    assert plain.count("[#") == len(doc.quotes)
    assert "[#2 Josh Earnest] “It is clear he is interested" in plain
    assert "[#7 Josh Earnest] “President Obama will make clear" in plain
    assert plain.replace("".join(f"[#{q.id} {q.speaker}] " for q in doc.quotes[:1]), "", 1).startswith("News")


def test_cli_text_has_a_legend_and_no_colour_when_piped() -> None:
    result = runner.invoke(app, ["show", str(SAMPLE)])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"{SAMPLE}: 10 quotes, 7 speakers\n")
    assert "██ Josh Earnest  4 quotes" in out
    assert "[#8 Josh Earnest] Obama will be looking for signs" in out
    assert "\x1b[" not in out


def test_cli_text_in_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    doc = quotetool.extract(TEXT)
    console = Console(force_terminal=True, color_system="standard", width=100)
    with console.capture() as cap:
        console.print(terminal_story(TEXT, doc))
    assert "\x1b[" in cap.get()


# -- the HTML page ----------------------------------------------------------------------------

def test_page_is_standalone() -> None:
    page = html_page(TEXT, quotetool.extract(TEXT))
    assert page.startswith("<!DOCTYPE html>")
    for external in ("src=", "href=", "@import", "url(", "http://", "https://"):
        assert external not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_page_escapes_all_input_text() -> None:
    doc = quotetool.extract(HOSTILE, doc_id="<b>story</b>.txt")
    page = html_page(HOSTILE, doc)
    assert "<script>document" not in page and "<b>" not in page and "<i>" not in page
    assert "</article></main> this" not in page and "\r" not in page
    assert "&lt;script&gt;document.title" in page and "&lt;b&gt;story&lt;/b&gt;.txt" in page
    assert page.count("<script") == 2  # the quote data and the page's own script
    assert page.count("</script>") == 2


def test_page_escapes_speaker_names_in_attributes() -> None:
    name = '"><img src=x onerror=alert(1)>'
    text = "“We will rebuild the pier this year,” she said."
    doc = Document("x", (Quote(1, (Span(1, 36),), text[1:36], "direct", name, Mention("she", 38, 41), None, 1, 0.5),),
                   (Speaker(name, "person", (Mention("she", 38, 41),), (), (1,)),))
    page = html_page(text, doc)
    assert "<img" not in page and 'data-label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in page


def test_cli_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "story.html"
    result = runner.invoke(app, ["show", str(SAMPLE), "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"wrote {out}: 10 quotes\n"
    assert out.read_text("utf-8") == html_page(TEXT, quotetool.extract(TEXT, quotetool.Config(explain=True),
                                                                        str(SAMPLE)))


def test_cli_html_to_stdout_and_format_from_the_extension(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(SAMPLE), "--format", "html"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    out = tmp_path / "page.htm"
    assert runner.invoke(app, ["show", str(SAMPLE), "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_cli_usage_and_write_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(SAMPLE), "--format", "pdf"])
    assert result.exit_code == 2 and "unknown format 'pdf'" in result.stderr
    result = runner.invoke(app, ["show", str(SAMPLE), "-o", str(tmp_path / "no" / "dir" / "x.html")])
    assert result.exit_code == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>“We will rebuild the pier this year,” Mayor Ana Ruiz said.</p></body></html>")
    result = runner.invoke(app, ["show", str(page), "-o", str(page)])
    assert result.exit_code == 2 and "is the story itself" in result.stderr
    assert page.read_text().startswith("<html><body>")


def test_output_file_is_replaced_only_by_a_whole_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o` writes a temporary file and renames it: a failure half way keeps the old file and
    leaves no temporary one behind."""
    import quotetool.show

    out = tmp_path / "story.html"
    out.write_text("the page of yesterday")

    def broken(text: str, doc: object) -> str:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(quotetool.show, "html_page", broken)
    result = runner.invoke(app, ["show", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 1 and "renderer failed" in result.stderr
    assert out.read_text() == "the page of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.html"]
    monkeypatch.undo()
    result = runner.invoke(app, ["show", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")


# -- in a real browser ------------------------------------------------------------------------

def _find_chromium() -> tuple[str, str] | None:
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    found = _find_chromium()
    if found is None:
        pytest.skip("headless Chromium not found (Debian: apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    try:
        yield driver
    finally:
        driver.quit()


# Every quote's text as the page shows it: the marks of one span joined, spans joined by a space.
QUOTES_ON_PAGE = """
const out = {};
document.querySelectorAll("mark.quote").forEach(function (m) {
  const q = m.dataset.quote, k = Number(m.dataset.span);
  out[q] = out[q] || [];
  out[q][k] = (out[q][k] || "") + m.textContent;
});
const labels = {};
document.querySelectorAll(".label").forEach(function (l) { labels[l.dataset.quote] = l.dataset.label; });
return {quotes: Object.fromEntries(Object.entries(out).map(([q, spans]) => [q, spans.join(" ")])),
        labels: labels, title: document.title, scripts: document.querySelectorAll("script").length,
        injected: document.querySelectorAll("article b, article i, article script, img").length,
        legend: Array.from(document.querySelectorAll("#legend .name")).map(n => n.textContent)};
"""


def _open(browser: Any, tmp_path: Path, story: Path) -> tuple[dict[str, Any], Document]:
    page = tmp_path / "story.html"
    result = runner.invoke(app, ["show", str(story), "--format", "html", "--output", str(page)])
    assert result.exit_code == 0, result.stderr
    browser.get(page.as_uri())
    doc = quotetool.extract(story.read_text("utf-8"), doc_id=str(story))
    return browser.execute_script(QUOTES_ON_PAGE), doc


def test_every_quote_is_on_the_page_in_chromium(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    seen, doc = _open(browser, tmp_path, SAMPLE)
    assert seen["quotes"] == {str(q.id): q.text for q in doc.quotes}
    assert seen["labels"] == {str(q.id): q.speaker or "?" for q in doc.quotes}
    assert seen["legend"] == list(speaker_palette(doc))
    # the details panel: click a quote, see its speaker, cue, type, confidence and reasons
    browser.find_element(By.CSS_SELECTOR, 'mark.quote[data-quote="8"]').click()
    details = browser.find_element(By.ID, "details").text
    for words in ("Quote #8", "Josh Earnest", "The spokesman", "added", "mixed", "0.72",
                  "role noun: \"spokesman\" → \"Josh Earnest\""):
        assert words in details, f"{words!r} not in the details panel:\n{details}"
    shot = tmp_path / "story.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_markup_in_the_story_stays_text_in_chromium(browser: Any, tmp_path: Path) -> None:
    story = tmp_path / "hostile.txt"
    story.write_text(HOSTILE, encoding="utf-8")
    seen, doc = _open(browser, tmp_path, story)
    assert doc.quotes and any("<script>" in q.text for q in doc.quotes)
    assert seen["quotes"] == {str(q.id): q.text for q in doc.quotes}
    assert seen["title"] == f"quotetool: {story}"  # the quoted script never ran
    assert seen["scripts"] == 2 and seen["injected"] == 0
    assert browser.save_screenshot(str(tmp_path / "hostile.png"))


# -- any text ---------------------------------------------------------------------------------

class _Marks(HTMLParser):
    """The text of each quote mark of a page, and the whole story text, by a plain HTML parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str] | None] = []
        self.spans: dict[tuple[str, str], str] = {}
        self.story: list[str] = []
        self.in_story = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article":
            self.in_story = True
        if tag == "mark":
            key = (a["data-quote"] or "", a["data-span"] or "")
            self.stack.append(key)
            self.spans.setdefault(key, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_story = False
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_story:
            self.story.append(data)
            for key in self.stack:
                if key is not None:
                    self.spans[key] += data


MARKUP_PIECES = st.sampled_from(list("ab <>&\"'“”‘’.,;\n\r") + ["said", "Ruiz", "</mark>", "<script>", "&amp;",
                                                              " “", "” ", "\n\n", "]]>", "<!--"])


@given(st.lists(MARKUP_PIECES, max_size=80).map("".join))
def test_any_story_comes_back_exactly_from_the_page(text: str) -> None:
    doc = quotetool.extract(text)
    page = html_page(text, doc)
    parsed = _Marks()
    parsed.feed(page)
    parsed.close()
    assert "".join(parsed.story) == text
    for q in doc.quotes:
        spans = [parsed.spans.get((str(q.id), str(k)), "") for k in range(len(q.spans))]
        assert " ".join(spans) == q.text
