"""The quotation engine: which marks pair into quotations, and which are apostrophes or inches.

Span-level cases call ``find_paragraphs`` + ``find_quote_spans`` directly and compare the text
of every span; attributed cases go through ``quotetool.extract``. All text is written for
these tests.
"""

from __future__ import annotations

import pytest
from helpers import assert_quotes, cases

import quotetool

from quotetool.layout import find_paragraphs, is_hard_wrapped
from quotetool.quote_spans import find_quote_spans


def span_texts(text: str) -> list[list[str]]:
    """Every top-level quotation of ``text`` as the list of its span texts."""
    return [[text[s:e] for s, e in q.spans] for q in find_quote_spans(text, find_paragraphs(text))]


# (id, text, expected quotations, each as the texts of its spans); xfail(reason, ...) for known bugs
SPANS = [
    # -- a straight closer set off by a space after an inner quote: ... like, 'Oh, so important,' " --
    ("spaced-straight-closer", "\"They wave it off with, 'Well, that is settled,' \" Ruiz said. \"But it is not.\"",
     [["They wave it off with, 'Well, that is settled,'"], ["But it is not."]]),
    ("spaced-straight-mark-after-a-word", "The sign said \" closed \" in red letters, and it was.", []),
    # the wire's two apostrophes set off by a space after the last comma close the quotation too
    ("spaced-double-apostrophe-closer", "''The ferry is late again, '' said Mr. Vale. ''Nobody is surprised.''",
     [["The ferry is late again,"], ["Nobody is surprised."]]),
    ("spaced-double-apostrophe-after-a-word", "The sign said '' closed '' in red letters.", []),
    # -- found by the fact-checker work: an unclosed inner mark, a line wrapped inside a quote --
    ("inner-mark-left-open", "“He set x = 'pwned'</b> and left,” she said.\n\n“We will rebuild,” she said.",
     [["He set x = 'pwned'</b> and left,"], ["We will rebuild,"]]),
    ("line-wrapped-inside-quote", "“We will rebuild the pier\nthis year,” Ruiz said.",
     [["We will rebuild the pier\nthis year,"]]),
    # found by the soak script: a continued paragraph paired twice listed its span twice
    ("continued-then-stray-single", "“One more thing\n\n“Two.” Then 'three and more.", [["One more thing", "Two."]]),
    # found by the review: the next paragraph's opening mark was read without the character after it
    ("multi-paragraph-straight", '"When we arrived, the roof was gone.\n\n"We saved the houses," he said.',
     [["When we arrived, the roof was gone.", "We saved the houses,"]]),
    ("multi-paragraph-wire", "``When we arrived, the roof was gone.\n\n``We saved the houses,'' he said.",
     [["When we arrived, the roof was gone.", "We saved the houses,"]]),
    ("mark-alone-on-its-line", "“\n\n“We are ready,” she said.", [["We are ready,"]]),
    ("new-line-new-paragraph", "“We will rebuild,” she said.\nThe pier is gone.", [["We will rebuild,"]]),
    # -- every style of mark ---------------------------------------------------------------
    ("curly", "She said “we are ready” today.", [["we are ready"]]),
    ("straight", 'She said "we are ready" today.', [["we are ready"]]),
    ("curly-single", "She said ‘we are ready’ today.", [["we are ready"]]),
    ("straight-single", "She said 'we are ready' today.", [["we are ready"]]),
    ("guillemets", "Il a dit «nous sommes prêts» hier.", [["nous sommes prêts"]]),
    ("guillemets-reversed", "Er sagte »wir sind bereit« heute.", [["wir sind bereit"]]),
    ("german-low-high", "Er sagte „wir sind bereit“ heute.", [["wir sind bereit"]]),
    ("german-single", "Sie sagte ‚wir sind bereit‘ heute.", [["wir sind bereit"]]),
    ("german-single-comma", "Sie sagte: ‚Wir sind bereit‘, und ging.", [["Wir sind bereit"]]),
    ("german-single-stop", "Sie sagte: ‚Wir sind bereit.‘", [["Wir sind bereit."]]),
    ("german-nested-stop", "Er sagte: „Sie rief ‚Nein.‘ und ging.“", [["Sie rief ‚Nein.‘ und ging."]]),
    ("guillemets-spaced", "Il a dit « nous sommes prêts » hier.", [["nous sommes prêts"]]),
    ("nyt-doubled-apostrophes", "''We are ready,'' she said.", [["We are ready,"]]),
    ("nyt-with-apostrophe", "''We don't know yet,'' she said.", [["We don't know yet,"]]),
    # -- nesting ---------------------------------------------------------------------------
    ("single-in-double", "“He said ‘no’ twice,” she said.", [["He said ‘no’ twice,"]]),
    ("straight-single-in-double", "\"He said 'no' twice,\" she said.", [["He said 'no' twice,"]]),
    ("german-single-in-double", "Er sagte: „Sie nannte es ‚absurd‘, und ging.“",
     [["Sie nannte es ‚absurd‘, und ging."]]),
    # -- apostrophes and inch marks are not quotation marks ---------------------------------
    ("contraction", "I don’t think so.", []),
    ("contraction-straight", "I don't think so.", []),
    ("tis", "’Tis the season for it.", []),
    ("tis-straight", "'Tis the season for it.", []),
    ("rock-n-roll", "They played rock ’n’ roll all night.", []),
    ("rock-n-roll-straight", "They played rock 'n' roll all night.", []),
    ("plural-possessive", "We met at the Joneses’ house.", []),
    ("plural-possessive-straight", "We met at the Joneses' house.", []),
    ("decade", "It was big in the ’90s and after.", []),
    ("decade-straight", "It was big in the '90s and after.", []),
    ("feet-inches", "He is 6' 2\" tall.", []),
    ("feet-inches-curly", "He is 6’ 2” tall.", []),
    ("feet-inches-tight", "They signed a 5'10\" guard.", []),
    ("inch-pipe", "Use a 4\" pipe for the drain.", []),
    ("inch-pipe-decimal", "Use a 4.5\" pipe for the drain.", []),
    ("money-is-no-inch", 'He took "about $200,000" from donors.', [["about $200,000"]]),
    ("big-number-is-no-inch", 'They counted "12,000" in the crowd.', [["12,000"]]),
    ("everything-at-once", "I don't know if 'Tis the season for rock 'n' roll at the Joneses' house in the '90s.", []),
    ("apostrophes-inside-a-quote", "“I don’t know, and ’tis not my job,” she said.",
     [["I don’t know, and ’tis not my job,"]]),
    ("decade-inside-a-quote", "“The ’90s were better,” she said.", [["The ’90s were better,"]]),
    ("inches-beside-a-quote", 'She bought a 4" pipe and a 6\' board, "because they were cheap," she said.',
     [["because they were cheap,"]]),
    ("plural-possessive-in-single", "‘The Joneses’ house is gone,’ she said.",
          [["The Joneses’ house is gone,"]]),
    # -- paragraphs --------------------------------------------------------------------------
    ("multi-paragraph", "“We are ready to build,\n\n“and we will finish by June.”",
     [["We are ready to build,", "and we will finish by June."]]),
    ("multi-paragraph-three", "“One,\n\n“two,\n\n“three.”", [["One,", "two,", "three."]]),
    ("split-quote-spans", "“We are ready,” she said, “and we will finish.”",
     [["We are ready,"], ["and we will finish."]]),
    ("unclosed-stays-in-paragraph", "He shouted “stop the vote now\n\nLater she said, “We are done.”",
     [["stop the vote now"], ["We are done."]]),
    ("unclosed-then-plain-paragraph", "He shouted “stop the vote now\nThe vote went on.",
     [["stop the vote now"]]),
    ("stray-closer", "The vote ended” and nobody spoke.\n\n“We are done,” she said.", [["We are done,"]]),
]


@pytest.mark.parametrize(("text", "expected"), cases(SPANS))
def test_quote_spans(text: str, expected: list[list[str]]) -> None:
    assert span_texts(text) == expected, f"input: {text!r}"


def test_unclosed_quotation_is_marked_open() -> None:
    text = "He shouted “stop the vote now\n\nLater she said, “We are done.”"
    first, second = find_quote_spans(text, find_paragraphs(text))
    assert not first.closed and first.paragraphs == [0]
    assert second.closed and second.paragraphs == [1]


# (id, text, expected (quote text, speaker[, type]) rows)
ATTRIBUTED = [
    ("curly", "“We will rebuild the pier,” Mayor Ana Ruiz said.",
     [("We will rebuild the pier,", "Ana Ruiz", "direct")]),
    ("straight", '"We will rebuild the pier," Mayor Ana Ruiz said.',
     [("We will rebuild the pier,", "Ana Ruiz", "direct")]),
    ("guillemets", "«We will rebuild the pier,» Ana Ruiz said.", [("We will rebuild the pier,", "Ana Ruiz")]),
    # a transcript line with no space after the colon: the straight mark opens
    ("colon-no-space", 'Mayor Ana Ruiz:"We will rebuild the pier."', [("We will rebuild the pier.", "Ana Ruiz")]),
    ("nyt", "''We will rebuild the pier,'' Mayor Ana Ruiz said.", [("We will rebuild the pier,", "Ana Ruiz")]),
    ("single-in-double", "“He said ‘no’ twice,” Ana Ruiz said.", [("He said ‘no’ twice,", "Ana Ruiz")]),
    ("apostrophes-inside", "“I don’t think the ’90s were better,” Ana Ruiz said.",
     [("I don’t think the ’90s were better,", "Ana Ruiz")]),
    ("multi-paragraph", "“We will rebuild the pier and the boardwalk,\n\n“and we will do it before summer,” "
                        "Mayor Ana Ruiz said.",
     [("We will rebuild the pier and the boardwalk, and we will do it before summer,", "Ana Ruiz", "direct")]),
    ("split", "“The money is there for this year,” Ana Ruiz said, “but I would be doing my job poorly "
              "if I did not warn you.”",
     [("The money is there for this year, but I would be doing my job poorly", "Ana Ruiz", "direct")]),
    # the stray opener ends with its paragraph (the crowd's chant): the next paragraphs' quotes are found whole
    ("unclosed-then-quote", "The crowd kept chanting “stop the vote\n\nAna Ruiz said, “We are done here.”\n\n"
                            "“The vote is over,” Ana Ruiz said.",
     [("stop the vote", "The crowd"), ("We are done here.", "Ana Ruiz"), ("The vote is over,", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(ATTRIBUTED))
def test_attributed_quotes(text: str, expected: list[tuple]) -> None:
    assert_quotes(text, expected)


def test_multi_paragraph_quote_has_one_span_per_paragraph() -> None:
    text = "“We will rebuild the pier and the boardwalk,\n\n“and we will do it before summer,” Ana Ruiz said."
    (q,) = assert_quotes(text, [("We will rebuild the pier", "Ana Ruiz")]).quotes
    assert [s.of(text) for s in q.spans] == ["We will rebuild the pier and the boardwalk,",
                                            "and we will do it before summer,"]
    assert q.paragraph == 1


def test_split_quote_is_one_quote_with_two_spans_and_one_speaker() -> None:
    text = "“We are ready to build,” Ana Ruiz said, “and we will finish the pier by June.”"
    doc = assert_quotes(text, [("We are ready to build, and we will finish the pier by June.", "Ana Ruiz")])
    (q,) = doc.quotes
    assert [s.of(text) for s in q.spans] == ["We are ready to build,", "and we will finish the pier by June."]
    assert [s.name for s in doc.speakers] == ["Ana Ruiz"]


# Scare quotes, titles of works and nicknames are quoted, but nobody says them.
NOT_SPEECH = [
    ("scare-quote", "The so-called “fix” did not work.", []),
    ("scare-quote-possessive", "The mayor’s “fix” for the buses did not last the winter.", []),
    ("scare-quote-straight", 'The "experts" were wrong again.', []),
    ("title", "The council published the report “Tides of Change” on Monday.", []),
    ("title-next-to-a-speaker", "Ana Ruiz, who wrote “Tides of Change,” said the coast was at risk.", []),
    # a longer title after a work noun, with a subtitle
    ("long-title", "Her new book, “Tides of Change and Other Stories of the Sea,” came out on Monday.", []),
    ("title-and-subtitle", "The film “13 Days: A Harbor at War” opened on Friday.", []),
    # long enough to be kept, but with nobody to say it (not Title Case)
    ("long-phrase", "Her new book, “tides of change and other stories of the sea,” came out on Monday.",
     [("tides of change and other stories of the sea", None)]),
    ("nickname", "Robert “Bobby” Ng runs the shop on Main Street.", []),
    # the nickname is part of the name, never a quote or half of one
    ("nickname-before-cue", "Robert “Bobby” Ng said the shop would close.",
     [("the shop would close", "Robert Ng", "indirect")]),
    ("nickname-then-quote", "Robert “Bobby” Ng, the owner, told reporters, “We will close the shop in June.”",
     [("We will close the shop in June.", "Robert Ng", "direct")]),
    ("nickname-after-cue", "“We will close the shop in June,” said Robert “Bobby” Ng, the owner.",
          [("We will close the shop in June,", "Robert Ng", "direct")]),
    # quotation marks with no words between them say nothing
    ("empty-quote-with-cue", "“”, Ana Ruiz said.", []),
    ("empty-quote-with-dash", '"" — Ana Ruiz', []),
    ("blank-quote-with-cue", "Ana Ruiz said: “ ”", []),
]


@pytest.mark.parametrize(("text", "expected"), cases(NOT_SPEECH))
def test_not_speech(text: str, expected: list[tuple]) -> None:
    assert_quotes(text, expected)


def test_one_short_paragraph_a_line_is_not_hard_wrapped() -> None:
    news = ("The council voted on Tuesday to close the pier for the winter.\n"
            "The mayor said the budget was balanced for now.\n"
            "Residents were not convinced by the plan at all.\n"
            "The next meeting is set for the first week of May.\n"
            "A vote on the pier is expected then, officials said.")
    assert not is_hard_wrapped(news)
    assert len(find_paragraphs(news).starts) == 5


def test_each_span_has_its_paragraph() -> None:
    """Found by the CI property profile: a mark alone on its line left a paragraph with no span."""
    text = '“ " \n “ '
    for q in find_quote_spans(text, find_paragraphs(text)):
        assert len(q.spans) == len(q.paragraphs)


def test_a_list_of_headlines_at_the_end_is_not_hard_wrapped() -> None:
    """A story in one-line paragraphs that ends with a few short lines together (related
    headlines) wraps nothing: those lines hold a small share of the text."""
    story = "\n\n".join(["The council voted on Tuesday to close the old pier on Front Street for the winter, "
                         "after a long debate about repairs, insurance and the cost of keeping it open."] * 6)
    news = story + ("\n\n\nCouncil Weighs Pier Repairs Before Winter\nHarbor Businesses Brace For A Quiet Season"
                    "\nWhat The Budget Means For Ferry Riders\nPier Closures Across The Coast, In Pictures\n")
    assert not is_hard_wrapped(news)
    assert quotetool.extract(news).style == "news"
