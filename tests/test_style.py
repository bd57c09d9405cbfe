"""--style auto: fiction or news, read from the text. The texts under tests/style/ were written
for these tests: unwrapped fiction (third and first person) must read as fiction; news with
dialogue-like quotes (a profile, a trial), a Q&A interview and a press release as news."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotetool
from quotetool.layout import find_paragraphs
from quotetool.style import MIN_WORDS, choose_style

TEXTS = Path(__file__).resolve().parent / "style"
FICTION = quotetool.Config(style="fiction")
NEWS = quotetool.Config(style="news")


def _style(text: str) -> str:
    return quotetool.extract(text).style


@pytest.mark.parametrize("name", ["fiction-modern", "fiction-first-person"])
def test_unwrapped_fiction_reads_as_fiction(name: str) -> None:
    text = (TEXTS / f"{name}.txt").read_text("utf-8")
    doc = quotetool.extract(text)
    assert doc.style == "fiction", doc.style_explain
    # and gets the fiction rules: the same speakers as with --style fiction
    assert [q.speaker for q in doc.quotes] == [q.speaker for q in quotetool.extract(text, FICTION).quotes]


@pytest.mark.parametrize("name", ["news-profile", "news-court", "news-interview", "news-release"])
def test_news_reads_as_news(name: str) -> None:
    text = (TEXTS / f"{name}.txt").read_text("utf-8")
    doc = quotetool.extract(text)
    assert doc.style == "news", doc.style_explain
    assert doc.to_dict() == quotetool.extract(text, NEWS).to_dict()


# (id, text, style): texts of one paragraph, and negatives
CASES = [
    # too few words to measure: the news rules, whatever the text
    ("one-short-paragraph", "“Go home,” Nell whispered. “Now.” He did not move.", "news"),
    # one long paragraph of narration and dialogue: fiction
    ("one-long-paragraph",
     "Nell stood at the gate for a long time, watching the road where the cart had gone. The wind came up "
     "off the marsh and pulled at her shawl, and somewhere behind the barn a dog was barking at nothing. "
     "“He will come back,” she told herself, though she hardly believed the words. “He always comes back.” She "
     "turned at last and went inside, where the fire had burned down to ash and the kettle had long since "
     "gone cold on the hob. Her mother was asleep in the chair. Nell covered her with a blanket and sat "
     "down beside her to wait.", "fiction"),
    # a short news item with dialogue-like quotes but dates, numbers and a title: news
    ("quoted-news-item",
     "Gov. Ana Ruiz on Tuesday signed a $40 million bill to repair 212 bridges across the state. “This is "
     "about safety,” Ruiz told a crowd in Salem. “Nobody should wonder whether a bridge will "
     "hold.” State Sen. Dale Ortiz, a Republican who voted against the bill, said it was rushed. “We had "
     "three days to read it,” Ortiz said. “Three days.” The Department of Transportation said work would "
     "begin in April and take about 18 months, according to a statement released Wednesday.", "news"),
    # an essay with no quotes, names or numbers is not news-like either: fiction rules, which only
    # change how conversations are read, so nothing is lost
    ("plain-essay",
     "There is a kind of quiet that only comes in the hour before dawn, when the birds have not yet started "
     "and the traffic has not yet begun. It is not silence, exactly. The house ticks and settles, the "
     "refrigerator hums, a pipe knocks somewhere in the wall. But it is the closest most of us come to "
     "hearing nothing at all, and it is worth getting up for, at least once, to find out what it sounds "
     "like when the world has not yet decided what kind of day it will be.", "fiction"),
]


@pytest.mark.parametrize(("text", "style"), [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_style_of_short_texts(text: str, style: str) -> None:
    doc = quotetool.extract(text)
    assert doc.style == style, f"input: {text!r}\n{doc.style_explain}"


def test_too_short_says_so() -> None:
    text = "“Go home,” Nell whispered."
    choice = choose_style(text, find_paragraphs(text))
    assert choice.style == "news" and choice.words < MIN_WORDS and "too short" in choice.reason


def test_a_given_style_is_kept() -> None:
    fiction = (TEXTS / "fiction-modern.txt").read_text("utf-8")
    news = (TEXTS / "news-court.txt").read_text("utf-8")
    assert quotetool.extract(fiction, NEWS).style == "news"
    assert quotetool.extract(news, FICTION).style == "fiction"
    assert quotetool.extract(news, FICTION).style_explain == ("style fiction: --style fiction",)


def test_hard_wrapped_text_is_fiction() -> None:
    text = ("Ann Hale sat by the fire in the long room behind the old\nmill, and listened to the rain "
            "on the roof and the wheel\nturning in the race below the window, as she did every night.\n"
            "It was 1902, and the mill had paid 14 percent that year.\n\n“Well?” said Tom.")
    doc = quotetool.extract(text)
    assert doc.style == "fiction" and "hard-wrapped" in doc.style_explain[0]


def test_explain_shows_the_choice_and_its_measures() -> None:
    text = (TEXTS / "news-profile.txt").read_text("utf-8")
    doc = quotetool.extract(text, quotetool.Config(explain=True))
    assert "style" not in doc.to_dict()
    style = doc.to_dict(explain=True)["style"]
    assert style["name"] == "news"
    assert style["explain"][0].startswith("style news: ")
    assert "news marks" in style["explain"][1] and "names inside sentences" in style["explain"][1]
