"""HTML article input: the page's main text, then quotes as usual; nothing is ever fetched."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotetool
from quotetool.cli import app
from quotetool.html_input import MissingExtraError, article_text, looks_like_html, story_text

runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Town to rebuild the pier - Harbor Gazette</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script src="https://cdn.example.com/tracker.js"></script></head>
<body>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/sport">Sport</a></nav>
<article>
<h1>Town to rebuild the pier</h1>
<p>“We will rebuild the pier this year, whatever the storm season brings,” Mayor Ana Ruiz said on Tuesday
at a meeting of the town council.</p>
<p>The council voted 5-2 to approve the plan, which will cost $4 million, according to the city clerk.</p>
<img src="https://cdn.example.com/pier.jpg" alt="The old pier">
<p>“It is a waste of money that the town does not have,” said council member Hugh Carter, who voted against it.</p>
</article>
<footer>© Harbor Gazette · <a href="/privacy">Privacy</a></footer>
<script>document.write("<p>“Injected words from a script,” nobody said.</p>")</script>
</body></html>
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("HTML input tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_article_text_keeps_the_story_and_drops_the_rest(no_network: None) -> None:
    text = article_text(PAGE)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Town to rebuild the pier"
    assert paragraphs[1].startswith("“We will rebuild the pier this year")
    assert "said council member Hugh Carter" in paragraphs[-1]
    for boilerplate in ("Home", "Sport", "Privacy", "Injected words", "tracker", "pier.jpg"):
        assert boilerplate not in text


def test_quotes_of_an_html_page(no_network: None) -> None:
    doc = quotetool.extract(article_text(PAGE))
    speakers = [q.speaker for q in doc.quotes if q.type == "direct"]
    assert speakers == ["Ana Ruiz", "Hugh Carter"]


def test_what_counts_as_html() -> None:
    assert looks_like_html("page.HTM", "anything")
    assert looks_like_html("-", "  <!-- saved page -->\n<!doctype html><p>x</p>")
    assert looks_like_html("story.txt", "<html lang='en'><body>x</body></html>")
    assert not looks_like_html("story.txt", "“We will rebuild,” she said. <b>Not a page</b>")
    assert story_text("story.txt", "“Hi,” she said.") == "“Hi,” she said."


def test_a_fragment_trafilatura_finds_nothing_in_still_gives_its_text() -> None:
    assert article_text("<p>“Fine,” she said.</p><script>x()</script>") == "“Fine,” she said."
    assert article_text("") == ""


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, page: Path) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura → ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'quotetool\[html\]'"):
        article_text(PAGE)
    result = runner.invoke(app, ["check", str(page), "--quote", "We will rebuild the pier"])
    assert result.exit_code == 1
    assert result.stderr == (f"quotetool: {page}: HTML input needs the 'html' extra; install it with: "
                             "pip install 'quotetool[html]'\n")


def test_check_on_a_page_offsets_refer_to_the_article_text(page: Path, no_network: None) -> None:
    result = runner.invoke(app, ["check", str(page), "--quote", "whatever the storm season brings",
                                 "--speaker", "Mayor Ruiz", "--format", "json", "--include-text"])
    assert result.exit_code == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["text"] == article_text(PAGE)
    assert data["text"][data["start"]:data["end"]] == "whatever the storm season brings"
    assert data["speaker_verdict"] == "match"


def test_speakers_and_show_on_a_page(page: Path, tmp_path: Path, no_network: None) -> None:
    result = runner.invoke(app, ["speakers", str(page), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    names = [s["name"] for s in json.loads(result.stdout)["speakers"]]
    assert "Ana Ruiz" in names and "Hugh Carter" in names
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["show", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    view = out.read_text("utf-8")
    assert "cdn.example.com" not in view and "Injected words" not in view
    assert "Town to rebuild the pier" in view


def test_extract_on_a_page(page: Path, no_network: None) -> None:
    result = runner.invoke(app, ["extract", str(page), "--format", "json", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    text = article_text(PAGE)
    assert [q["speaker"] for q in data["quotes"] if q["type"] == "direct"] == ["Ana Ruiz", "Hugh Carter"]
    for q in data["quotes"]:
        assert " ".join(text[s:e] for s, e in q["spans"]) == q["text"]
