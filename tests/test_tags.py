"""Speakers named by the shape of a sentence rather than by a listed cue word: a tag whose verb
is in no lexicon right after a quotation that ends on a comma. All text is written for these
tests."""

from __future__ import annotations

import pytest
from helpers import cases, describe

import quotetool

LEAD = "Tom Reed, the harbor board's chairman, has held the seat for a decade. Ann Hale ran against him this spring.\n\n"

# (id, text after the lead, the quote's speaker or None when no quote is reported)
UNLISTED_TAGS = [
    ("name-then-verb", "“We will see about that,” Hale grinned back.", "Ann Hale"),
    ("verb-then-name", "“The vote was never close,” reminisced Tom Reed, who chaired it.", "Tom Reed"),
    ("verb-and-phrase", "“Nobody reads the minutes,” Hale deadpanned with a laugh.", "Ann Hale"),
    ("question-mark", "“Who pays for the dredging?” Reed smirked.", "Tom Reed"),
    ("pronoun", "“The pier is safe,” he beamed.", "Tom Reed"),
    # negatives: the words after the quotation are not a tag
    ("thing-not-person", "“A Harbor for Everyone,” the campaign slogan, worked well.", None),
    ("it-is-no-speaker", "“The old days are over for the harbor,” it seemed.", None),
    ("verb-goes-on", "“The old days are over for the harbor,” Hale wanted everyone in town to know.", None),
    ("no-comma-no-tag", "He called it “a harbor for everyone” Hale smirked.", None),
    ("belief-verb", "“The harbor will be fine,” Hale hoped.", None),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in UNLISTED_TAGS])
def test_unlisted_tag(text: str, speaker: str | None) -> None:
    doc = quotetool.extract(LEAD + text)
    tagged = [q for q in doc.quotes if any("in no lexicon" in step for step in q.explain)]
    if speaker is None:
        assert not tagged, f"input: {text!r}\n{describe(doc)}"
    else:
        assert [q.speaker for q in tagged] == [speaker], f"input: {text!r}\n{describe(doc)}"


# (id, the paragraph after a quote paragraph, the quote's speaker or None)
SIGN_OFFS = [
    ("dash-and-name", "- Ann Hale.", "Ann Hale"),
    ("em-dash-and-title", "— Tom Reed, chairman of the harbor board", "Tom Reed"),
    ("short-name", "-Hale.", "Ann Hale"),
    # negatives: a sentence after a dash, a pronoun, a paragraph of narration
    ("dash-then-a-sentence", "- Hale lost the vote by a wide margin.", None),
    ("dash-then-pronoun", "- She.", None),
    ("no-dash", "Hale lost the vote.", None),
]


def assert_signed(text: str, rule: str, speaker: str | None) -> None:
    """The quote signed off by ``rule`` (a step of its explanation) is ``speaker``'s; None: no such quote."""
    doc = quotetool.extract(text)
    signed = [q.speaker for q in doc.quotes if any(rule in step for step in q.explain)]
    assert signed == ([speaker] if speaker is not None else []), f"input: {text!r}\n{describe(doc)}"


@pytest.mark.parametrize(("after", "speaker"), [pytest.param(a, s, id=i) for i, a, s in SIGN_OFFS])
def test_sign_off_after_a_quote_paragraph(after: str, speaker: str | None) -> None:
    text = ("Ann Hale and Tom Reed debated the harbor plan on Tuesday. Here is what was said.\n\n"
            "“Every boat in this town pays more in fees than it did ten years ago.”\n\n" + after + "\n\n"
            "The fees rose by four percent a year.")
    assert_signed(text, "a dash and a name", speaker)


# (id, the paragraph after a quotation left open, the quote's speaker or None): a name, its
# affiliation and the closing mark sign the quotation off
CLOSING_SIGN_OFFS = [
    ("name-and-affiliation", "Ann Hale, Harbor Institute.”", "Ann Hale"),
    ("name-only", "Tom Reed.”", "Tom Reed"),
    ("a-sentence-after-a-name", "Tom Reed, for one, disagreed.”", None),
    ("a-clause-after-a-name", "Ines Vark, the harbor master, agrees.”", None),
    # negatives: a sentence that closes the quotation; no closing mark
    ("a-sentence", "The board met on Monday and did not answer.”", None),
    ("no-closing-mark", "Ann Hale, Harbor Institute.", None),
]


@pytest.mark.parametrize(("after", "speaker"), [pytest.param(a, s, id=i) for i, a, s in CLOSING_SIGN_OFFS])
def test_a_name_closing_the_quotation_signs_it_off(after: str, speaker: str | None) -> None:
    text = ("The fees rose again this spring.\n\n“Every boat in this town pays more in fees than it did ten years "
            "ago.\n" + after + "\n\nThe board did not answer.")
    assert_signed(text, "a name and a closing mark", speaker)


# (id, text, the speaker of its one quote): the subject of a sentence whose participle or
# clause carries the cue, past what opens the sentence
SUBJECTS = [
    ("time-opener", "Ann Hale lost. Hours later, Hale thanked her volunteers, telling them, “We will be back.”",
     "Ann Hale"),
    ("common-word-opener", "Ann Hale lost after hours of counting. Hours afterward, Hale thanked her volunteers, "
     "telling them, “We will be back.”", "Ann Hale"),
    ("possessive-my", "The wind rose. My uncle looked up from his pipe.\n\n“That’s a storm coming,” said my uncle.",
     "my uncle"),
    # negatives: a one-word name opening its sentence stays a name; a plural group stays a group
    ("name-opener-stays", "Hale thanked her volunteers, telling them, “We will be back.”", "Hale"),
    ("group-opener-stays", "Volunteers who knocked on doors were tired. Volunteers cheered, telling Hale, "
     "“We will be back.”", "Volunteers"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SUBJECTS])
def test_subject_past_the_sentence_opening(text: str, speaker: str) -> None:
    doc = quotetool.extract(text)
    assert [q.speaker for q in doc.quotes] == [speaker], f"input: {text!r}\n{describe(doc)}"


def test_an_aside_after_the_subject_of_the_paragraph_before() -> None:
    """A quote paragraph with no cue after a paragraph whose subject is set off by an aside."""
    text = ("Ann Hale and Tom Reed met the fishermen.\n\n"
            "Hale, clearly frustrated, answered by pointing at the ledger and reading out the fees.\n\n"
            "“We never raised them, not once in ten years.”")
    doc = quotetool.extract(text)
    assert [q.speaker for q in doc.quotes] == ["Ann Hale"], describe(doc)


def test_an_aside_after_the_subject_of_the_quote_clause() -> None:
    """The aside is not the clause's verb: a short clause keeps the quote direct."""
    text = "Tom Reed spoke first. Ann Hale, for her part, is labeling the plan “a blatant waste of good money for the town.”"
    doc = quotetool.extract(text)
    assert [(q.type, q.text, q.speaker) for q in doc.quotes] == [
        ("direct", "a blatant waste of good money for the town.", "Ann Hale")], describe(doc)


# (id, text, whether the second quotation goes to the first one's subject, "Hale")
SAME_CLAUSE = [
    ("second-phrase-of-the-clause", "Ann Hale spoke at the pier. Hale supports “a fair and steady rise in fees,” opposes "
     "“any new tax on the small boats of this town” and wants a vote.", True),
    # negatives: a new subject between the quotations
    ("a-new-subject-between", "Ann Hale spoke at the pier. Hale supports “a fair and steady rise in fees,” while Reed "
     "opposes “any new tax on the small boats of this town” and wants a vote.", False),
    ("a-pronoun-between", "Ann Hale spoke at the pier. Hale supports “a fair and steady rise in fees,” but he "
     "opposes “any new tax on the small boats of this town” and wants a vote.", False),
]


@pytest.mark.parametrize(("text", "shared"), [pytest.param(t, s, id=i) for i, t, s in SAME_CLAUSE])
def test_quotations_in_one_clause_share_its_subject(text: str, shared: bool) -> None:
    doc = quotetool.extract(text)
    second = [q for q in doc.quotes if "any new tax" in q.text]
    assert len(second) == 1, describe(doc)
    assert any('inside a clause about "Hale"' in step for step in second[0].explain) == shared, \
        f"input: {text!r}\n{describe(doc)}"


# (id, text, the texts of the quotations reported): titles of works are not quotations
WORKS = [
    ("title-then-author", "NEW TODAY—“Harbor fees to rise again this spring,” by Ann Hale: The board met on Tuesday.", []),
    ("title-after-preposition", "“The fees are too high for the small boats,” Tom Reed said in an interview with "
     "“Harbor Tonight.”", ["The fees are too high for the small boats,"]),
    ("title-after-possessive", "“We will keep the fees where they are,” Ann Hale told WPEL’s “Morning Tide.”",
     ["We will keep the fees where they are,"]),
    # negatives: a passive agent after a quoted phrase; a quoted phrase after a lower-case word
    ("passive-by", "Ann Hale said she had been “unfairly singled out,” by Tom Reed and the board.",
     ["she had been “unfairly singled out,” by Tom Reed and the board"]),
    ("phrase-after-verb", "Tom Reed called the plan “A Gift To The Rich And Nobody Else.”",
     ["the plan “A Gift To The Rich And Nobody Else.”"]),
]


@pytest.mark.parametrize(("text", "quotes"), [pytest.param(t, q, id=i) for i, t, q in WORKS])
def test_titles_of_works_are_not_quotations(text: str, quotes: list[str]) -> None:
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes] == quotes, f"input: {text!r}\n{describe(doc)}"


# (id, text, the speaker of its one quotation): who speaks through a participle ("..., saying")
PARTICIPLES = [
    ("object-of-a-verb", "Ann Hale thanked the ferry crews, saying they had been “the heart of this town all "
     "winter.”", "Ann Hale"),
    ("document-object-no-comma", "The harbor board released a statement on Tuesday saying the fees were “fair to "
     "every boat owner in the county.”", "The harbor board"),
    ("with-subject", "Tom Reed and Ann Hale spoke after the vote, with Hale noting that the fees were “fair to "
     "every boat owner in the county.”", "Ann Hale"),
    # negatives: a name after "and" or a dash is a subject of its own, not a verb's object
    ("after-and", "The crews cheered when the vote ended and Hale calling them “the heart of this town all "
     "winter” drew applause.", "Ann Hale"),
    ("after-preposition-is-where", "Ann Hale answered on Facebook writing, “The fees are fair to every boat "
     "owner in the county.”", "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PARTICIPLES])
def test_who_speaks_through_a_participle(text: str, speaker: str) -> None:
    doc = quotetool.extract("Ann Hale and Tom Reed sit on the harbor board.\n\n" + text)
    assert [q.speaker for q in doc.quotes] == [speaker], f"input: {text!r}\n{describe(doc)}"


def test_an_article_inside_is_no_single_mention() -> None:
    from quotetool.mentions import parse_mention
    for text in ("the board issued a statement", "the harbor board released a report"):
        assert parse_mention(text, 0, len(text)) is None, text
    for text in ("the harbor board", "a statement from the harbor board"):
        assert parse_mention(text, 0, len(text)) is not None, text


def test_the_clause_runs_from_the_speakers_last_cue() -> None:
    """Two cues of one speaker before a quotation: the mixed quote is the clause after the last."""
    text = "Ann Hale praised the ferry crews for their work, calling their winter “a quiet act of courage.”"
    doc = quotetool.extract(text)
    assert [(q.type, q.text, q.speaker) for q in doc.quotes] == [
        ("mixed", "their winter “a quiet act of courage.”", "Ann Hale")], describe(doc)


def test_a_second_speakers_cue_does_not_move_the_clause() -> None:
    """Negative: a cue of another speaker after the first keeps the clause from the first."""
    text = "Ann Hale said Tom Reed told the board the fees were “a quiet act of robbery.”"
    doc = quotetool.extract(text)
    assert [q.speaker for q in doc.quotes] == ["Ann Hale"], describe(doc)


# (id, text, the mixed quote's text, its speaker): a subject set off from its cue by an aside
SET_OFF = [
    ("age-and-town", "Cory Lane, 22, of Dover, Del., said he had not given up hope that the ferry would "
     "return “by the summer.”", "he had not given up hope that the ferry would return “by the summer.”", "Cory Lane"),
    ("party-in-brackets", "Sen. Dana Reyes (D-Ohio) last week said the ferry was “a lifeline” for the island.",
     "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("adverb", "Dana Reyes spoke first. Reyes however said the ferry was “a lifeline” for the island.",
     "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("party-then-appositive", "Sen. Dana Reyes (D-Ohio), one of the few co-authors still in office, said the "
     "ferry was “a lifeline” for the island.", "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("conjunction-party-participle", "But Sen. Dana Reyes (D-Ohio), noting the size of the crowd, said the "
     "ferry was “a lifeline” for the island.", "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("owner-party-role", "And Ohio's Republican attorney general, Ines Vark, said the ferry was “a lifeline” for "
     "the island.", "the ferry was “a lifeline” for the island", "Ines Vark"),
    ("party-between-commas", "Sen. Dana Reyes, D-Ohio, who wrote the bill, said the ferry was “a lifeline” for "
     "the island.", "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("party-with-initials", "Rep. Dana Reyes, D-N.Y., the bill's author, said the ferry was “a lifeline” for "
     "the island.", "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("relative-then-that", "Dana Reyes, who wrote the bill, said that the ferry was “a lifeline” for the island.",
     "the ferry was “a lifeline” for the island", "Dana Reyes"),
    ("role-before-name-then-participle", "Harbor delegate Dana Reyes, dressed for the rain, said the ferry was "
     "“a lifeline” for the island.", "the ferry was “a lifeline” for the island", "Dana Reyes"),
    # negatives: a verb phrase between the subject and the cue is no aside
    ("verb-phrase-between", "Dana Reyes voted no and the clerk said the ferry was “a lifeline” for the island.",
     None, None),
    ("role-before-name-then-verb-phrase", "Harbor delegate Dana Reyes voted no and the clerk said the ferry was "
     "“a lifeline” for the island.", None, None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), [pytest.param(t, q, s, id=i) for i, t, q, s in SET_OFF])
def test_a_subject_set_off_from_its_cue(text: str, quote: str | None, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    found = [(q.text, q.speaker) for q in doc.quotes if q.type == "mixed" and q.speaker != "the clerk"]
    assert found == ([(quote, speaker)] if quote else []), f"input: {text!r}\n{describe(doc)}"


def test_a_relative_clause_lends_the_report_no_cue() -> None:
    """"X, who wrote the bill, said that ...": the cue is "said", not the relative clause's verb
    (whose "that" lies past the clause's comma)."""
    doc = quotetool.extract("Dana Reyes, who wrote the bill, argued that the ferry should run all winter.")
    assert [(q.text, q.cue and q.cue.text) for q in doc.quotes] == [
        ("the ferry should run all winter", "argued")], describe(doc)


# (id, text, the cue of its one report, or None when it holds no report)
PLURAL_NOUNS = [
    ("determiner-after-preposition", "Voters in four states cast ballots on Tuesday, and one called the count "
     "“a farce.”", None),
    ("adjective-after-preposition", "Captains from neighboring states traded barbs at the pier, with one "
     "calling it “a farce.”", None),
    ("verb-after-a-noun", "A report from the harbor board states that the pier is “unsafe.”", "states"),
    # a capitalised adjective, or a capitalised word after a determiner of plurals, before it
    ("proper-adjective", "The fight moves to Southern states that “matter most” in spring.", None),
    ("plural-determiner-capitalised", "Ann Hale won most Coastal states that her party rated “safe.”", None),
    ("adjective-before-noun-claims", "Democratic claims that the pier is “unsafe” drew a reply.", None),
    # negatives: a group and its verb after a preposition's phrase, a verb that is no noun
    ("group-then-verb", "Of the sailors, two in three said the pier was “unsafe.”", "said"),
    ("name-then-verb", "Before noon, Reed states that the pier is “unsafe.”", "states"),
    ("title-then-verb", "The Harbor Ledger reports that the pier is “unsafe.”", "reports"),
    ("party-noun-then-verb", "The Ohio Republican says the pier is “unsafe.”", "says"),
]


@pytest.mark.parametrize(("text", "cue"), [pytest.param(t, c, id=i) for i, t, c in PLURAL_NOUNS])
def test_a_plural_noun_is_no_cue(text: str, cue: str | None) -> None:
    """"states", "claims", "reports" after a preposition and a determiner or an adjective are
    nouns ("in four states"), not the verb of a report."""
    doc = quotetool.extract(text)
    cues = [q.cue.text for q in doc.quotes if q.cue is not None and q.cue.text.endswith(("s", "said"))]
    assert cues == ([cue] if cue else []), f"input: {text!r}\n{describe(doc)}"


# (id, text, the speaker of its one quote)
RELATIVE_SUBJECTS = [
    ("that-bare-plural", "The board approved a levy that officials said would “save the pier.”", "officials"),
    ("that-modified-plural", "It ended a long hearing that county prosecutors said exposed “a decade of neglect.”",
     "county prosecutors"),
    ("than-plural", "The mayor got less credit than aides said she deserved for “saving the pier.”", "aides"),
    # negative: a group named by its members keeps its words
    ("members", "Harbor board officials said the levy would “save the pier.”", "Harbor board officials"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in RELATIVE_SUBJECTS])
def test_a_clause_word_ends_a_groups_name(text: str, speaker: str) -> None:
    """"a levy that officials said ...": the officials speak, not "a levy that officials"."""
    doc = quotetool.extract(text)
    assert [(q.speaker or q.speaker_mention) for q in doc.quotes] == [speaker], f"input: {text!r}\n{describe(doc)}"


def test_an_owners_form_names_the_person() -> None:
    """A pronoun resolved to a name seen only as an owner ("Ann Hale's campaign") names Ann Hale."""
    doc = quotetool.extract("Ann Hale's campaign opened an office on the pier.\n\nShe told the crowd that the "
                            "levy would “save the pier.”")
    assert [q.speaker for q in doc.quotes] == ["Ann Hale"], describe(doc)


def test_an_opening_conjunction_is_no_part_of_an_owners_name() -> None:
    doc = quotetool.extract("And Ohio's Republican attorney general, Ines Vark, said the ferry was “a lifeline.”")
    mentions = [q.mention.text for q in doc.quotes if q.mention]
    assert mentions == ["Ohio's Republican attorney general, Ines Vark"], describe(doc)


def test_a_title_after_a_work_noun_is_no_quotation() -> None:
    text = ("Ann Hale starred in her first film, “Harbor Lights,” in 1998. “I was terrified the whole "
            "time,” Hale said.")
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes] == ["I was terrified the whole time,"], describe(doc)


# (id, the sentence before the quotation, its speaker, the rule's words in the explanation)
SENTENCE_BEFORE = [
    ("someone-else", "Reyes touted her record as a sponsor of the bill.", "Dana Reyes", "the sentence before is about"),
    # negatives: the same speaker floats on; a sentence about a thing says nothing
    ("same-speaker", "Hale touted her record as a sponsor of the bill.", "Ann Hale", "floating quote"),
    ("a-thing", "The bill passed by two votes.", "Ann Hale", "floating quote"),
]


@pytest.mark.parametrize(("before", "speaker", "why"), [pytest.param(b, s, w, id=i) for i, b, s, w in SENTENCE_BEFORE])
def test_a_sentence_of_narration_before_a_quote_mid_paragraph(before: str, speaker: str, why: str) -> None:
    text = ("Ann Hale and Dana Reyes debated the labor bill.\n\n“Organizing should be protected,” Hale said.\n\n"
            + before + " “The harbor must keep a place for the small boats.”")
    doc = quotetool.extract(text)
    last = doc.quotes[-1]
    assert last.speaker == speaker and any(why in step for step in last.explain), describe(doc)


# (id, text, the last quotation's speaker)
MORE_SUBJECTS = [
    ("coordinated-participles", "Board members were quick to respond, with Ann Hale writing that the fees were "
     "“a disaster” and asking, “Who will pay for the dredging now?”", "Ann Hale"),
    ("adverb-then-participle", "Hastily changing the subject, Hale blamed the board for “the mess.”", "Ann Hale"),
    ("name-in-ly-then-ing", "Holly Manning, a fisherman, stood up and said: “We are broke.”", "Holly Manning"),
    ("two-opening-words", "Tom Reed spoke first. And then Hale went on the attack, saying, “Nobody on this board has "
     "read the budget.”", "Ann Hale"),
    ("another-speaks", "One fisherman wrote, “The fees are too high for all of us.”\n\nAnother wrote, “I will sell my "
     "boat before I pay them.”", "Another"),
    ("yelling", "Ann Hale left the pier with Tom Reed yelling: “Come back and finish the vote!”", "Tom Reed"),
    # groups of people who are no officials: a crowd, an audience, attendees
    ("crowd-after", "“Who pays for the dredging?” Hale asked.\n\n“The board!” the crowd yelled back.", "the crowd"),
    ("attendees-before", "As Hale spoke, the attendees chanted, “Fix the pier!” as they had all night.",
     "the attendees"),
    ("heckler", "As Hale spoke, a heckler near the door yelled: “Resign!”", "a heckler"),
    # negative: an article inside ends a group's name ("that moment" is no part of it)
    ("article-inside-group", "Hale said the fees would fall and at that moment the crowd shouted “Fix the pier!”",
     "the crowd"),
    # negative: a participle after "and" with no participle before it goes to the sentence's subject
    ("and-participle-alone", "Ann Hale read the budget aloud to the board and, asking, “Who wrote this?”", "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in MORE_SUBJECTS])
def test_more_subjects(text: str, speaker: str) -> None:
    doc = quotetool.extract("Ann Hale and Tom Reed sit on the harbor board.\n\n" + text)
    assert doc.quotes and doc.quotes[-1].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


# (id, text, the mixed quote's speaker): which report of a sentence a quoted phrase belongs to
CLAUSES = [
    ("joint-while", "Reyes said the fees were fair, while Hale said they were “a slow robbery of the fleet.”",
     "Ann Hale"),
    ("subordinate-opener", "While not everything Reyes says is wrong, Hale said the fees were “a slow robbery of "
     "the fleet.”", "Ann Hale"),
    # negative: a report nested in another stays with the outer speaker
    ("nested", "Reyes said Hale told the board the fees were “a slow robbery of the fleet.”", "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in CLAUSES])
def test_the_report_a_quoted_phrase_belongs_to(text: str, speaker: str) -> None:
    doc = quotetool.extract("Ann Hale and Dana Reyes sit on the harbor board.\n\n" + text)
    mixed = [q for q in doc.quotes if q.type == "mixed"]
    assert [q.speaker for q in mixed] == [speaker], f"input: {text!r}\n{describe(doc)}"


# (id, text, the speaker of its one quotation or report with a quoted phrase)
PRONOUN_SUBJECTS = [
    ("said-she", "“The fees are fine,” Ann Hale said.\n\nDana Reyes said she responded: “We will not raise the "
     "fees again.”", "Dana Reyes"),
    ("what-she-described", "“The fees are fine,” Dana Reyes said.\n\nAnn Hale used her time to discuss what she "
     "described as the “reckless” plan of the board.", "Ann Hale"),
    # negatives: the gender does not fit; the sentence opens with a quotation
    ("gender-mismatch", "Ann Hale spoke first. Dana Reyes said he responded: “We will not raise the fees again.”",
     "Tom Reed"),
    ("quotation-first", "Ann Hale spoke first. “Kind of odd,” he said of the plan, “but we will see.”", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PRONOUN_SUBJECTS])
def test_a_pronoun_refers_to_its_sentences_subject(text: str, speaker: str) -> None:
    doc = quotetool.extract("Tom Reed and Ann Hale sit on the harbor board with Dana Reyes.\n\n" + text)
    assert doc.quotes and doc.quotes[-1].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


# (id, text after a quote by Corin Vale, whose first name gives no gender, or by Tom Reed; the
# speaker of "he said")
VALE = "“The ferry runs late,” said Corin Vale, who owns the boat.\n\n"
REED = "“The ferry runs late,” said Tom Reed, who owns the boat.\n\n"
PRONOUN_AFTER_A_NEW_SUBJECT = [
    ("unknown-owner-appositive", VALE + "Vale's neighbor, Tom Reed, was blunter. “The tide is gone,” he said.",
     "Tom Reed"),
    ("unknown-opening-phrase", VALE + "After the vote, Tom Reed stood up. “The tide is gone,” he said.", "Tom Reed"),
    ("unknown-new-sentence", VALE + "The pier is older than the town. Tom Reed has fished from it for years. "
     "“The tide is gone,” he said.", "Tom Reed"),
    ("known-titled-subject", REED + "Board chairman Dale Ortiz defended the plan. He said the pier “will outlast "
     "us all.”", "Dale Ortiz"),
    ("known-subject-and-appositive", REED + "Dale Ortiz, a ferry captain, has worked the harbor for years. “The "
     "tide is gone,” he said.", "Dale Ortiz"),
    # negatives: the man is an object, a title's full stop is not a sentence's end, his name is a
    # possessive, he is named too far back
    ("unknown-object", VALE + "Vale thanked Tom Reed for the boat. “The tide is gone,” he said.", "Corin Vale"),
    ("unknown-after-a-title", VALE + "Vale endorsed Sen. Tom Reed in May. “The tide is gone,” he said.", "Corin Vale"),
    ("known-object", REED + "The board thanked Dale Ortiz for the boat. “The tide is gone,” he said.", "Tom Reed"),
    ("known-possessive", REED + "Dale Ortiz's boat sank in May. “The tide is gone,” he said.", "Tom Reed"),
    ("known-named-again", REED + "Last month, Dale Ortiz interviewed Reed about the boat. “The tide is gone,” he "
     "said.", "Tom Reed"),
    ("known-pointed-back", REED + "Dale Ortiz introduced him at the rally. “The tide is gone,” he said.", "Tom Reed"),
    ("known-far-back", REED + "Dale Ortiz fished here as a boy. " + "The pier has stood for a century and more. " * 9
     + "“The tide is gone,” he said.", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PRONOUN_AFTER_A_NEW_SUBJECT])
def test_a_pronoun_after_a_new_subject(text: str, speaker: str) -> None:
    """"he" after a quote is the latest man quoted, or a speaker whose gender no word gives,
    unless a man opens a sentence since then, close before the pronoun: the story has moved on to him.
    A news rule: some of these texts are long enough, and bare enough of news marks, to read as
    fiction under --style auto."""
    doc = quotetool.extract(text, quotetool.Config(style="news"))
    assert doc.quotes and doc.quotes[-1].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


def test_a_participle_goes_on_after_the_last_quote() -> None:
    text = ("Ann Hale said that the fees were “a fair price for a safe harbor,” adding that it was why "
            "Tom Reed “keeps attacking the budget and ignores the fleet.”")
    doc = quotetool.extract(text)
    assert [(q.type, q.speaker) for q in doc.quotes] == [("mixed", "Ann Hale"), ("mixed", "Ann Hale")], describe(doc)
    assert doc.quotes[1].text.startswith("it was why Tom Reed"), describe(doc)


def test_a_new_sentence_does_not_go_on() -> None:
    """Negative: after a full stop, a participle opening a sentence is no continuation."""
    text = ("Ann Hale said that the fees were “a fair price for a safe harbor.” Adding to the debate, "
            "Tom Reed called the budget “a mess from the first page to the last.”")
    doc = quotetool.extract(text)
    assert doc.quotes[-1].speaker == "Tom Reed", describe(doc)


def test_but_said_shares_the_subject() -> None:
    text = "Ann Hale said the club will keep its Friday suppers, but said, “The old rules are done for good.”"
    doc = quotetool.extract(text)
    assert [(q.type, q.text, q.speaker) for q in doc.quotes] == [
        ("indirect", "the club will keep its Friday suppers", "Ann Hale"),  # the report before ", but"
        ("direct", "The old rules are done for good.", "Ann Hale")], describe(doc)


# (id, text, the last quotation's speaker)
PARTICIPLE_OF_THE_LAST_REPORT = [
    ("after-its-object", "The trouble came at the pier, when dock workers interrupted the mayor at the podium, yelling “Fees "
     "down, boats up!”", "dock workers"),
    # negative: a verb used as a noun after a hyphenated modifier is no report of its own
    ("noun-after-hyphenated", "Ann Hale offered a Reed-style retort on the pier, tweeting at him, “You are the "
     "one who raised the fees.”", "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PARTICIPLE_OF_THE_LAST_REPORT])
def test_a_participle_of_the_last_report(text: str, speaker: str) -> None:
    doc = quotetool.extract("Ann Hale and Tom Reed sit on the harbor board.\n\n" + text)
    last = doc.quotes[-1] if doc.quotes else None
    assert last is not None and last.speaker == speaker and last.type == "direct", f"input: {text!r}\n{describe(doc)}"


# (id, text, the last quotation's speaker, or None when it has no cue of its own)
BETWEEN_AND_RELATIVE = [
    ("cue-between-two-quotes", "Ann Hale declared “What a night!” and said that the board would go on “to fix "
     "the harbor.”", "Ann Hale"),
    ("relative-clause-cue", "Compare that with Tom Reed, who has called the fee plan “a slow robbery of the fleet.”",
     "Tom Reed"),
    # negative: a relative clause's cue before a quotation followed by the main cue is the title's, not speech
    ("relative-then-main-cue", "Ann Hale, who wrote “Tides of the Harbor,” said the fees were fair.", None),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in BETWEEN_AND_RELATIVE])
def test_cues_between_quotes_and_in_relative_clauses(text: str, speaker: str | None) -> None:
    doc = quotetool.extract("Ann Hale and Tom Reed sit on the harbor board.\n\n" + text)
    quoted = [q for q in doc.quotes if q.type in ("direct", "mixed")]
    if speaker is None:
        assert not quoted, f"input: {text!r}\n{describe(doc)}"
    else:
        assert quoted and quoted[-1].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


def test_a_programme_told_is_no_quotation() -> None:
    text = "“We will win this one,” Ann Hale told “Harbor Talk with Tom Reed” on Friday."
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes] == ["We will win this one,"], describe(doc)


def test_a_title_cased_headline_with_a_full_stop() -> None:
    text = ("Hale Says Harbor Fees Will Rise Again In June.\n\n"
            "PORT ELLIS — Ann Hale said on Monday that the fees would rise again.")
    doc = quotetool.extract(text)
    assert [(q.text, q.speaker) for q in doc.quotes][:1] == [("Harbor Fees Will Rise Again In June", "Ann Hale")], \
        describe(doc)


def test_a_sentence_in_lower_case_is_no_headline() -> None:
    """Negative: an ordinary first paragraph is read as a sentence, not a headline."""
    text = "Hale says the harbor fees will rise again in June.\n\nThe board meets on Monday."
    doc = quotetool.extract(text)
    assert [(q.text, q.speaker) for q in doc.quotes] == [("the harbor fees will rise again in June", "Hale")], \
        describe(doc)


# (id, text, the mixed quote's text): where a reported clause ends after its quoted phrase
AFTER_QUOTE = [
    ("and-pronoun", "Ann Hale called Reed a “decent sailor” and she left it at that.", "Reed a “decent sailor”"),
    ("comma-pronoun-verb", "Ann Hale called the board “a steady hand on the tiller,” she still voted against "
     "the fees.", "the board “a steady hand on the tiller,”"),
    ("bracket", "Ann Hale called the fees “a robbery” (though she voted for them) at the meeting.",
     "the fees “a robbery”"),
    ("typed-dash", "Ann Hale said she backs a “small boats first” plan - one that puts the fleet ahead of the "
     "yachts.", "she backs a “small boats first” plan"),
    # negative: the clause goes on after the quoted phrase when no clause of its own starts
    ("goes-on", "Ann Hale called the fees “a robbery” of the small boats in the harbor.",
     "the fees “a robbery” of the small boats in the harbor"),
]


@pytest.mark.parametrize(("text", "quote"), [pytest.param(t, q, id=i) for i, t, q in AFTER_QUOTE])
def test_where_a_clause_ends_after_its_quoted_phrase(text: str, quote: str) -> None:
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes if q.type == "mixed"] == [quote], f"input: {text!r}\n{describe(doc)}"


# (id, text, the mixed quote's speaker): a phrase between a subject and its cue
PHRASE_BEFORE_CUE = [
    ("in-her-speech", "Tom Reed spoke. Ann Hale in her budget speech called the fees “a robbery of the small boats.”",
     "Ann Hale"),
    ("but-in-an-interview", "The clerk first said she did not recall the vote, but in a second interview told the board she had "
     "“no memory” of it.", "The clerk"),
    ("document-and", "The board found a recording of the meeting and said Reed had called the fees “a robbery.”",
     "The board"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PHRASE_BEFORE_CUE])
def test_a_phrase_between_a_subject_and_its_cue(text: str, speaker: str) -> None:
    doc = quotetool.extract(text)
    mixed = [q for q in doc.quotes if q.type == "mixed"]
    assert mixed and mixed[-1].speaker == speaker, f"input: {text!r}\n{describe(doc)}"


# (id, text, the quotations reported as (type, text, speaker))
SHORT_PHRASES = [
    ("characterizing-verb", "Ann Hale dismissed the whole fuss as “absurd.”",
     [("mixed", "the whole fuss as “absurd.”", "Ann Hale")]),
    # negatives: a short quoted phrase in a clause with another verb, or about a thing, is a scare quote
    ("other-verb", "Ann Hale visited the “Rust Belt” towns on Friday.", []),
    ("thing-subject", "The whole fuss seemed “absurd” to the board.", []),
]


@pytest.mark.parametrize(("text", "quotes"), [pytest.param(t, q, id=i) for i, t, q in SHORT_PHRASES])
def test_a_short_quoted_phrase_in_a_persons_clause(text: str, quotes: list[tuple[str, str, str]]) -> None:
    doc = quotetool.extract(text)
    assert [(q.type, q.text, q.speaker) for q in doc.quotes] == quotes, f"input: {text!r}\n{describe(doc)}"


# (id, text, the reported clause): where an indirect report ends
CLAUSE_BREAKS = [
    ("and-another-cue", "Ann Hale said the fees had risen twice and questioned why the board kept no records.",
     "the fees had risen twice"),
    ("but-and-an-auxiliary", "Ann Hale said the fees were fair but did not say when they would rise.",
     "the fees were fair"),
    # negative: "and" with no verb of saying goes on with the clause
    ("and-goes-on", "Ann Hale said the fees had risen twice and the docks were empty.",
     "the fees had risen twice and the docks were empty"),
]


@pytest.mark.parametrize(("text", "clause"), [pytest.param(t, c, id=i) for i, t, c in CLAUSE_BREAKS])
def test_where_an_indirect_report_ends(text: str, clause: str) -> None:
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes][:1] == [clause], f"input: {text!r}\n{describe(doc)}"


# (id, text, the quotes reported): a paragraph that is only a short quotation in single marks
SUBHEADS = [
    ("subhead-in-news", "“The fees are too high,” Ann Hale said on Monday.\n\n'A fight to the finish.'\n\n"
     "“We will vote again in May,” Tom Reed said.", ["The fees are too high,", "We will vote again in May,"]),
    # negatives: a story that quotes in single marks; a longer quotation; a quote with a tag
    ("single-marks-story", "'The fees are too high,' Ann Hale said on Monday.\n\n'We will fight to the finish.'",
     ["The fees are too high,", "We will fight to the finish."]),
    ("long-single-quote", "“The fees are too high,” Ann Hale said.\n\n'We will fight this to the finish, and we "
     "will win it, whatever the board says.'", ["The fees are too high,",
                                                "We will fight this to the finish, and we will win it, whatever "
                                                "the board says."]),
    ("tagged", "“The fees are too high,” Ann Hale said.\n\n'A fight to the finish,' Hale added.",
     ["The fees are too high,", "A fight to the finish,"]),
    # a story that quotes mostly in single marks; a paragraph that a colon introduces
    ("mostly-single", "'The fees are too high,' Ann Hale said on Monday. The so-called \"harbor tax\" rose again."
     "\n\n'We are broke.'", ["The fees are too high,", "We are broke."]),
    ("after-a-colon", "“The fees are too high,” Ann Hale said.\n\n“We vote in May,” Tom Reed said. Hale answered:\n\n"
     "'We are broke.'", ["The fees are too high,", "We vote in May,", "We are broke."]),
    # a label in quotation marks, a paragraph of its own, quotes no one
    ("label", "“The fees are too high,” Ann Hale said.\n\n“Related:”\n\nHarbor fees to rise again.",
     ["The fees are too high,"]),
    ("longer-than-a-label", "“The fees are too high,” Ann Hale said.\n\n“Here is what the board decided:”",
     ["The fees are too high,", "Here is what the board decided:"]),
]


@pytest.mark.parametrize(("text", "quotes"), [pytest.param(t, q, id=i) for i, t, q in SUBHEADS])
def test_a_subhead_in_single_marks_is_no_quotation(text: str, quotes: list[str]) -> None:
    doc = quotetool.extract(text)
    assert [q.text for q in doc.quotes] == quotes, f"input: {text!r}\n{describe(doc)}"


# (id, text, the mixed quote's text and speaker, or None): a quotation inside a reported clause
# whose cue stands before it, read as if the sentence held no quotation
IN_REPORT = [
    ("according-to-short", "According to Tom Reed, the board “ignored every warning.”",
     ("the board “ignored every warning.”", "Tom Reed")),
    ("according-to-long", "According to Tom Reed, the board “ignored every warning the harbor master gave it "
     "for years.”", ("the board “ignored every warning the harbor master gave it for years.”", "Tom Reed")),
    ("according-to-source", "According to the minutes, the board “ignored every warning.”",
     ("the board “ignored every warning.”", "the minutes")),
    # negatives: the cue comes after the quotation; the sentence holds no cue at all
    ("cue-after", "The board “ignored every warning,” which Reed later denied.", None),
    ("no-cue", "The board “ignored every warning” for years.", None),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in IN_REPORT])
def test_a_quotation_inside_a_reported_clause(text: str, expected: tuple[str, str] | None) -> None:
    doc = quotetool.extract(text)
    found = [(q.text, q.speaker) for q in doc.quotes if any("inside a reported clause" in s for s in q.explain)]
    assert found == ([expected] if expected else []), f"input: {text!r}\n{describe(doc)}"


# (id, text after the lead, the quote's cue and speaker): what may stand between a speaker and
# the cue (a relative clause with a verb of its own, "was quoted as"), or a cue before the speaker
RELATIVE_ASIDES = [
    ("asked-inside", "“It is a disgrace,” one fisherman, who asked not to be named, said of the vote.",
     ("said", "one fisherman")),
    ("told-inside", "“The vote was fair,” Hale, who told reporters she had no regrets, said later.",
     ("said", "Ann Hale")),
    ("quoted-as-saying", "“The vote was fair,” Hale was quoted as saying.", ("saying", "Ann Hale")),
    ("quoted-by-as-saying", "“The vote was fair,” Reed was quoted by the Gazette as saying on Monday.",
     ("saying", "Tom Reed")),
    ("inverted-colon", "Said Hale: “The vote was fair.”", ("Said", "Ann Hale")),
    # negative: a bare verb form opening a name is no inverted cue
    ("name-opening-with-a-verb", "Signal Hill: “We need the ferry back.”", (":", "Signal Hill")),
    ("common-word-then-name", "There is more to read on the harbor.\n\nMore from Hale: “The vote was fair.”",
     (":", "Ann Hale")),
    # negative: a first name before "from" is the speaker, the place after it is not
    ("first-name-from-a-place", "The fees rose and rose again.\n\nRose from Dover: “I will sell my boat.”",
     (":", "Rose")),
    # negative: no cue after the relative clause, so its own verb is all there is
    ("nothing-after", "“The vote was fair,” Hale told reporters, who had asked about regrets.",
     ("told reporters", "Ann Hale")),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in RELATIVE_ASIDES])
def test_a_relative_clause_before_the_cue(text: str, expected: tuple[str, str]) -> None:
    doc = quotetool.extract(LEAD + text)
    assert [(q.cue.text if q.cue else None, q.speaker) for q in doc.quotes] == [expected], \
        f"input: {text!r}\n{describe(doc)}"


# (id, text, the quotes reported as (type, text)): no two quotes share words
OVERLAPS = [
    # a report nested in the sentence of a quote is the quote's words
    ("nested-report", "According to Tom Reed, the fee “came from nowhere” in a memo Hale posted on Monday.",
     [("mixed", "the fee “came from nowhere” in a memo Hale posted on Monday")]),
    # a quoted phrase with no cue of its own inside a mixed clause is part of it
    ("phrase-inside", "Ann Hale said the fee was “unfair,” “sudden” and “a burden on every fisherman.”",
     [("mixed", "the fee was “unfair,” “sudden” and “a burden on every fisherman.”")]),
    # a report in the next sentence, with its own cue, is its own quote
    ("report-after", "According to Tom Reed, the fee “came from nowhere.” Ann Hale said the board would vote "
     "again.", [("mixed", "the fee “came from nowhere.”"), ("indirect", "the board would vote again")]),
]


@pytest.mark.parametrize(("text", "quotes"), [pytest.param(t, q, id=i) for i, t, q in OVERLAPS])
def test_no_two_quotes_share_words(text: str, quotes: list[tuple[str, str]]) -> None:
    doc = quotetool.extract(text)
    assert [(q.type, q.text) for q in doc.quotes] == quotes, f"input: {text!r}\n{describe(doc)}"


# (id, text, the speaker of the quote): a role noun names the person a title was written before,
# abbreviated or not, even when that person has not spoken yet
ROLE_FROM_TITLES = [
    ("abbreviated-title", "Sen. Ann Hale and Rep. Tom Reed toured the pier.\n\n“The fees are a tax,” the senator said.",
     "Ann Hale"),
    ("second-abbreviation", "Sen. Ann Hale and Rep. Tom Reed toured the pier.\n\n“We need the fees,” the congressman "
     "said.", "Tom Reed"),
    ("two-abbreviations", "Lt. Gov. Bo Lee toured the pier.\n\n“The fees are a tax,” the lieutenant governor said.",
     "Bo Lee"),
    # negative: no one was written with the title
    ("no-such-title", "Gov. Ann Hale toured the pier.\n\n“The fees are a tax,” the senator said.", "the senator"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in ROLE_FROM_TITLES])
def test_a_role_noun_names_the_person_with_that_title(text: str, speaker: str) -> None:
    doc = quotetool.extract(text)
    assert [q.speaker for q in doc.quotes] == [speaker], f"input: {text!r}\n{describe(doc)}"


# (id, text after the lead, the quote's type and text): a colon before a quotation introduces it whole
AFTER_A_COLON = [
    ("cue-then-colon", "Hale declared the need for patience, courage and hard work: “The harbor will come back.”",
     ("direct", "The harbor will come back.")),
    # negative: the clause goes on after the quoted words, so they are part of it
    ("clause-goes-on", "Hale said the fees were fair: “a steady rise” that the town could bear.",
     ("mixed", "the fees were fair: “a steady rise” that the town could bear")),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in AFTER_A_COLON])
def test_a_colon_introduces_a_quotation_whole(text: str, expected: tuple[str, str]) -> None:
    doc = quotetool.extract(LEAD + text)
    assert [(q.type, q.text) for q in doc.quotes] == [expected], f"input: {text!r}\n{describe(doc)}"


LEAD_TWO = "Ann Hale and Dana Reyes run the harbor board.\n\n"
FERRY_TWO = "“We need the ferry back before the winter storms close the bay.”"

# (id, the paragraph after the lead, the quote, its speaker)
CUE_AFTER_A_QUESTION = [
    # after “...!” a cue that goes on is a new sentence: the introduction names the speaker
    ("introduced-then-new-sentence", "Hale wrote to the crews, telling them, “You are the best crew we ever had!” "
     "Reyes replied to her that the pleasure was all hers.", "best crew", "Ann Hale"),
    # negatives: a cue right after the question is its tag; with no introduction the cue is it
    ("short-tag", "Hale wrote to the crews, telling them, “Are you the best crew we ever had?” Reyes asked.",
     "best crew", "Dana Reyes"),
    ("no-introduction", "“Are you the best crew we ever had?” Reyes asked the crews at the pier on Monday.",
     "best crew", "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), cases(CUE_AFTER_A_QUESTION))
def test_a_cue_after_a_question_or_exclamation(text: str, quote: str, speaker: str) -> None:
    doc = quotetool.extract(LEAD_TWO + text)
    q = next(q for q in doc.quotes if quote in q.text)
    assert q.speaker == speaker, describe(doc)


# (id, the paragraph, its last quote's speaker)
SENTENCE_BEFORE_IN_PARAGRAPH = [
    # a sentence about someone else after the last quote and its cue, in the same paragraph
    ("new-subject", "“The pier is safe,” Hale said. Reyes sent a warning to the crews. " + FERRY_TWO, "Dana Reyes"),
    # negatives: names inside the first quote's own sentence, or a sentence about the same speaker
    ("name-in-cue-sentence", "“The pier is safe,” Hale said at a forum with Reyes. " + FERRY_TWO, "Ann Hale"),
    ("same-speaker", "“The pier is safe,” Hale said. Hale sent a warning to the crews. " + FERRY_TWO, "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), cases(SENTENCE_BEFORE_IN_PARAGRAPH))
def test_a_sentence_before_a_quote_in_the_last_quotes_paragraph(text: str, speaker: str) -> None:
    doc = quotetool.extract(LEAD_TWO + text)
    assert doc.quotes[-1].speaker == speaker, describe(doc)


# (id, the paragraph after the lead, the quote, its speaker)
SUBORDINATE_CLAUSE = [
    # the quotation ends a subordinate clause with its own speaker and cue; the cue after the
    # comma is the main clause's
    ("although", "Although Hale admitted that the pier had been “closed for some time,” Reyes claimed it was open.",
     "closed for some time", "Ann Hale"),
    ("after-then-colon", "After Reyes said the ferry crews were “worn to the bone,” Hale said: “That is not right.”",
     "worn to the bone", "Dana Reyes"),
    ("even-as", "But even as Hale claimed on Monday that “the pier is safe for every boat,” Reyes said it was not.",
     "safe for every boat", "Ann Hale"),
    # negatives: a main clause between the subordinate clause and the quote, or no subordinator
    ("main-clause-between", "When Reyes spoke at the pier that day, she “spoke for all of us on the docks,” said Hale.",
     "spoke for all of us", "Ann Hale"),
    ("no-subordinator", "“The pier is safe for every boat,” Reyes said on Monday.", "safe for every boat", "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), cases(SUBORDINATE_CLAUSE))
def test_a_quote_ending_a_subordinate_clause(text: str, quote: str, speaker: str) -> None:
    doc = quotetool.extract(LEAD_TWO + text)
    q = next(q for q in doc.quotes if quote in q.text)
    assert q.speaker == speaker, describe(doc)


# (id, the paragraph after the lead, the quote, its speaker)
SUBORDINATE_AFTER_A_CUE = [
    # a cue, then only a subordinator before the next speaker: the quote is in the later report
    ("comma-after", "“That is false,” Hale said, after Reyes said the pier was “a hazard to every boat.”",
     "hazard to every boat", "Dana Reyes"),
    ("when-no-comma", "“That is false,” Hale wrote when Reyes argued that the pier was “a hazard to every boat.”",
     "hazard to every boat", "Dana Reyes"),
    # negative: more than a subordinator between the cue and the next speaker
    ("phrase-between", "Hale said after the long meeting on Monday with Reyes that the pier was “a hazard to every boat.”",
     "hazard to every boat", "Ann Hale"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), cases(SUBORDINATE_AFTER_A_CUE))
def test_a_subordinate_clause_right_after_a_cue(text: str, quote: str, speaker: str) -> None:
    doc = quotetool.extract(LEAD_TWO + text)
    q = next(q for q in doc.quotes if quote in q.text)
    assert q.speaker == speaker, describe(doc)
