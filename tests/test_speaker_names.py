"""Who a speaker mention names when its words are not all in a lexicon: compound role nouns
before a name. All text is written for these tests."""

from __future__ import annotations

import pytest
from helpers import describe

import quotetool

LEAD = "Tom Reed chairs the harbor board. “The pier stays open,” Reed said.\n\n"



def assert_last_speaker(text: str, speaker: str) -> None:
    """The last quote of the lead and ``text`` is ``speaker``'s (resolved, else as mentioned)."""
    doc = quotetool.extract(LEAD + text)
    last = doc.quotes[-1]
    assert (last.speaker or last.speaker_mention) == speaker, f"input: {text!r}\n{describe(doc)}"


# (id, the paragraph after the lead, the speaker of its quote)
COMPOUND_ROLES = [
    ("closed-compound", "“The vote was rigged,” screenwriter Cole Vark wrote on Twitter.", "Cole Vark"),
    ("modifiers-then-compound", "“The vote was rigged,” former county speechwriter Cole Vark said.", "Cole Vark"),
    ("hyphenated-compound", "“The vote was rigged,” Harbor TV co-Anchor Cole Vark said.", "Cole Vark"),
    # negatives: a short listed end ("chair" in "armchair") makes no role, and no name follows
    ("short-end-is-no-role", "“The vote was rigged,” armchair Cole Vark said.", "Tom Reed"),
    ("compound-without-name", "“The vote was rigged,” the screenwriter said.", "the screenwriter"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in COMPOUND_ROLES])
def test_a_compound_role_noun_before_a_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its quote)
PARTY_TAGS = [
    ("tag-before-verb", "“The vote was rigged,” Sen. Ann Hale, D-Ore., told reporters.", "Ann Hale"),
    ("dotted-state", "“The vote was rigged,” Rep. Ann Hale, R-N.Y., said.", "Ann Hale"),
    ("spelled-state", "Ann Hale, I-Iowa, said on Monday, “The vote was rigged.”", "Ann Hale"),
    # negative: a second name after the comma is no party tag
    ("two-names", "“The vote was rigged,” Ann Hale, Dale Ortiz said.", "Dale Ortiz"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in PARTY_TAGS])
def test_a_party_tag_after_a_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
NO_INVERSION = [
    ("inverted-said", "“The vote was rigged,” said Ann Hale.", "Ann Hale"),
    ("inverted-wrote", "“The vote was rigged,” wrote Ann Hale, a harbor pilot.", "Ann Hale"),
    # negatives: a participle or a hearer verb after the words is no inverted tag: what follows
    # is its object, and the subject before the quote is the speaker
    ("participle-object", "The Harbor Trust refused to discuss “the newcomer,” telling Channel 5 that"
     " its work is “safe docks for all.”", "The Harbor Trust"),
    ("participle-with-name", "Ann Hale called the plan “a mistake,” urging Tom Reed to “start again.”",
     "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in NO_INVERSION])
def test_only_a_finite_verb_stands_before_its_speaker(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
JOINED_TITLES = [
    ("two-titles", "“The vote was rigged,” said former Ohio Gov. and party chairwoman Dana Reyes.", "Dana Reyes"),
    ("role-and-role", "Harbor pilot and county commissioner Ines Vark said, “The vote was rigged.”", "Ines Vark"),
    # negatives: two people joined by "and" are a group; "Mr. and Mrs." name a couple, no one
    # speaker, so the quote-only paragraph stays with the speaker before
    ("two-people", "“The vote was rigged,” said Ines Vark and Dale Ortiz.", "Ines Vark and Dale Ortiz"),
    ("a-couple", "“The vote was rigged,” said Mr. and Mrs. Dale Ortiz.", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in JOINED_TITLES])
def test_titles_joined_by_and_before_one_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
SPEAKING_TO = [
    ("source-speaking-to", "Another harbor source speaking to The Harbor Gazette said, “The docks are unsafe.”",
     "Another harbor source speaking to The Harbor Gazette"),
    ("name-speaking-to", "Ann Hale, speaking to The Harbor Gazette, said, “The docks are unsafe.”", "Ann Hale"),
    # negative: with no one speaking to it, the paper is the speaker
    ("the-paper-itself", "The Harbor Gazette said, “The docks are unsafe.”", "The Harbor Gazette"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SPEAKING_TO])
def test_the_one_speaking_to_a_paper_is_the_speaker(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
TITLE_SURNAMES = [
    ("surname-is-a-title", "“The docks are unsafe,” Ann Bishop, a harbor pilot, said.", "Ann Bishop"),
    ("title-then-such-a-surname", "“The docks are unsafe,” said Mayor Dale Judge.", "Dale Judge"),
    # negative: with an article and no first name, the title is a role
    ("role-with-article", "“The docks are unsafe,” said the Bishop.", "the Bishop"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in TITLE_SURNAMES])
def test_a_surname_that_is_also_a_title(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


def test_a_title_as_surname_says_no_gender() -> None:
    # the first name says she is a woman; "bishop" as a role noun would say nothing else
    doc = quotetool.extract(LEAD + "“The docks are unsafe,” Ann Bishop said. “She knows,” Reed said. "
                            "“I checked,” she added.")
    assert doc.quotes[-1].speaker == "Ann Bishop", describe(doc)


FERRY = "“We need the ferry back before the winter storms close the bay.”"

# (id, the paragraph after the lead, the speaker of its quote)
VERB_BEFORE_A_NAME = [
    # a verb in the present tense between two names is no title: the sentence is about the
    # first, so the quote after it floats on with them
    ("verb-then-name", "“It is late,” said Ines Vark, a boat owner. Vark backs Dana Reyes in the race. " + FERRY,
     "Ines Vark"),
    ("verb-then-title-and-name", "“It is late,” said Ines Vark, a boat owner. Vark supports Mayor Dana Reyes. " + FERRY,
     "Ines Vark"),
    # negatives: a role noun, a plural noun of a description or a participle stays a title
    ("role-noun", "“We need the ferry back,” party spokesman Dana Reyes said.", "Dana Reyes"),
    ("lower-case-description", "“We need the ferry back,” foreign affairs adviser Dana Reyes said.", "Dana Reyes"),
    ("past-participle", "“We need the ferry back,” retired Gen. Dana Reyes said.", "Dana Reyes"),
    ("plural-before-a-title", "“We need the ferry back,” said Ohio elections chief Dana Reyes.", "Dana Reyes"),
    ("place-plural-title", "“We need the ferry back,” said Harbor parks director Dana Reyes.", "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in VERB_BEFORE_A_NAME])
def test_a_verb_before_a_name_is_no_title(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its quote, as mentioned)
TWO_ROLES_ONE_ARTICLE = [
    # two roles joined by "and" under one article are one person's
    ("shared-article", "“The pier must stay open,” the harbor chief and former mayor said.",
     "the harbor chief and former mayor"),
    # negative: two articles make two people
    ("two-articles", "“The pier must stay open,” the harbor chief and the mayor said.",
     "the harbor chief and the mayor"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in TWO_ROLES_ONE_ARTICLE])
def test_two_roles_under_one_article(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its quote)
OPENING_PLACE_THEN_TITLED_NAME = [
    # a place ending an opening phrase, then a titled name: two names, not a name and its
    # description; the titled name is the subject
    ("place-then-titled-name", "Alarmed by the floods in Lodi, Senator Ann Hale, the minority whip, said that"
     " she would “ask for hearings.”", "Ann Hale"),
    ("place-then-title-abbreviation", "Shaken by the storm in Pella, Gov. Dana Reyes, a Democrat, said that"
     " the state would “rebuild fast.”", "Dana Reyes"),
    # negatives: a description without a name stays the name's appositive; a bare second name
    # was never one
    ("name-then-capitalised-description", "Ann Hale, Harbor County Sheriff, said that the docks were"
     " “closed for now.”", "Ann Hale"),
    ("name-then-role", "Ann Hale, the harbor pilot, said that the docks were “closed for now.”", "Ann Hale"),
]


@pytest.mark.parametrize(("text", "speaker"),
                         [pytest.param(t, s, id=i) for i, t, s in OPENING_PLACE_THEN_TITLED_NAME])
def test_a_titled_name_after_a_comma_is_no_description(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its quote)
OPENING_PARTICIPLE = [
    # a sentence opening with a participle or adjective phrase: its subject comes after the comma,
    # and a participle of saying later in the sentence is that subject's
    ("ing-participle", "Facing calls to resign, Dana Reyes issued a statement on Friday, calling the audit"
     " unfair but insisting that the board had “no case.”", "Dana Reyes"),
    ("irregular-participle", "Stung by the audit, Ms. Reyes went back to the podium late that night,"
     " saying that the board had “no case.”", "Reyes"),
    ("pronoun-subject", "Facing calls to resign, he issued a statement on Friday, saying that the board"
     " had “no case.”", "Tom Reed"),
    # negatives: a one-word name the story gives in full, or with nothing after the comma to read,
    # stays the subject
    ("known-surname", "Dana Reyes met the board. Stocking the shelves on Friday, she laughed. Reyes issued"
     " a statement on Friday, a short one, saying that the board had “no case.”", "Dana Reyes"),
    ("no-later-subject", "Okafor issued a statement on Friday, her third in a week, saying that the board"
     " had “no case.”", "Okafor"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in OPENING_PARTICIPLE])
def test_a_participle_opening_a_sentence_is_no_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (text, word, whether the text writes the word twice as a whole capitalised word)
WRITTEN_TWICE = [
    ("Stung by it, Reed left. Reed came back.", "Reed", True),
    ("Reed-Hale spoke; Reed's aide and Reed spoke.", "Reed", True),  # hyphens and apostrophes part words
    # negatives: once as a whole word (the other a part of a longer word, or in lower case), or
    # a word no run of letters and digits reads
    ("Stung by it, Reed left. Reeds grew by the Breed farm.", "Reed", False),
    ("Facing the crowd, she spoke of facing it.", "Facing", False),
    ("O'Hale met O'Hale.", "O'Hale", False),
]


@pytest.mark.parametrize(("text", "word", "twice"), WRITTEN_TWICE)
def test_a_word_written_twice_is_counted_as_every_word_is(text: str, word: str, twice: bool) -> None:
    from quotetool.cues import _capitalised_words, _written_twice
    assert _written_twice(text, word) is twice, f"{word!r} in {text!r}"
    assert twice is (_capitalised_words(text)[word] >= 2)  # the search agrees with reading every word


# (id, the paragraph after the lead, the speaker of its quote)
TIME_WORD_BEFORE_A_COMMA = [
    # a time word ends a clause, not an opening adverbial, after more than a few words; a share
    # after a possessive counts things, not people
    ("clause-ends-with-time", "Dale Ortiz went back to the docks on Friday, his second visit in a week, saying"
     " that the pier was “still unsafe.”", "Dale Ortiz"),
    # negative: a short time adverbial opening the sentence is no subject
    ("opening-time-adverbial", "Early on Friday morning, Dale Ortiz went back to the docks, saying that the pier"
     " was “still unsafe.”", "Dale Ortiz"),
    ("share-of-people", "A third of the crews stayed home, saying that the pier was “still unsafe.”",
     "A third of the crews"),
    ("role-then-verb", "A spokesman for the harbor board stayed silent, saying only that the pier was"
     " “still unsafe.”", "A spokesman for the harbor board"),
    # negative: a participle naming how a group was asked stays in the mention
    ("group-participle", "“The pier is still unsafe,” said a third of the dockers polled.",
     "a third of the dockers polled"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in TIME_WORD_BEFORE_A_COMMA])
def test_a_time_word_before_a_comma(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
NAME_SET_OFF_BY_COMMAS = [
    # a full name set off by commas right before the cue names the subject it stands beside
    ("name-after-description", "One dock worker backing Mr. Reed, Dale Ortiz of Pier Nine Local in Lodi, said"
     " the vote was “a sham.”", "Dale Ortiz"),
    ("pronoun-after-it", "One dock worker backing Mr. Reed, Dale Ortiz of Pier Nine Local, said he had"
     " called the board. “Count again,” he tells them.", "Dale Ortiz"),
    # negatives: a place set off by commas after the subject's aside is no speaker; one word is no
    # full name
    ("city-and-state", "Ann Hale, addressing the dock crews in Dover, Delaware, told them that the vote"
     " was “a sham.”", "Ann Hale"),
    ("one-word", "One dock worker backing Mr. Reed, Ortiz, said the vote was “a sham.”", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in NAME_SET_OFF_BY_COMMAS])
def test_a_full_name_set_off_by_commas_before_a_cue(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its quote)
ADVERB_OPENINGS = [
    # an adverb and a preposition open a sentence: no one-word name
    ("adverb-preposition", "Shortly after the vote, the dock workers walked out, warning that the pier was"
     " “a death trap.” Shortly we will know more.", "the dock workers"),
    # negatives: a name ending like an adverb still names someone, when no subject follows a comma
    ("name-like-adverb", "Kelly on Friday walked out, warning that the pier was “a death trap.”", "Kelly"),
    ("name-before-preposition", "Ann Kelly met the crews. Kelly after the vote walked out, warning that the"
     " pier was “a death trap.”", "Ann Kelly"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in ADVERB_OPENINGS])
def test_an_adverb_opening_a_sentence_is_no_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
GROUPS_AND_CLAUSES = [
    # a past-tense verb between a name and a capitalised group makes a clause, not a group's name
    ("name-verb-group", "Sensing an opening, Ms. Hale courted Republicans while writing that the bill would “fix the pier.”",
     "Hale"),
    # negative: an -ed modifier before a lower-case group noun stays in the group's name
    ("modifier-group", "“The pier is unsafe,” Ohio registered voters said.", "Ohio registered voters"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in GROUPS_AND_CLAUSES])
def test_a_verb_between_a_name_and_a_group(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
SUBJECT_INSIDE_A_QUOTE = [
    # the last sentence of a quotation opens with a name: no subject of the pronoun after it
    ("quoted-sentence", "Cory Lane runs the port. Ann Hale wrote a book about it. “The pier is old. Lane wants"
     " it gone,” she wrote.", "Ann Hale"),
    # negative: a subject opening the pronoun's own sentence outside the quotation stays it
    ("narrated-subject", "“Go,” Ann Hale said. Dana Reyes read the plan, and she said it was “a fine start.”",
     "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SUBJECT_INSIDE_A_QUOTE])
def test_a_pronoun_after_a_quotation_is_not_its_subject(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
QUOTED_PHRASE_ENDING_A_SENTENCE = [
    # a quoted phrase inside a clause ends its sentence: a cue opening the next sentence is not its tag
    ("next-sentence-agrees", "Ann Hale said the ferry was “a relic.” Dana Reyes agreed.", "Ann Hale"),
    ("next-sentence-scoffs", "Ann Hale called the ferry “a relic.” Critics scoffed.", "Ann Hale"),
    # negatives: a quotation opening its sentence, or a phrase ending with a comma, takes the tag after it
    ("quote-opens-sentence", "“The ferry is a relic.” Dana Reyes said.", "Dana Reyes"),
    ("lower-case-tag", "Ann Hale said the ferry was “a relic,” said Dana Reyes.", "Dana Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"),
                         [pytest.param(t, s, id=i) for i, t, s in QUOTED_PHRASE_ENDING_A_SENTENCE])
def test_a_quoted_phrase_ending_a_sentence_keeps_its_speaker(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
OPENING_WORDS_THAT_NAME_NO_ONE = [
    # a subordinator, a gerund or a credit line's adjective opening a sentence is no subject
    ("subordinator", "Once the vote was in, the dock workers began calling for the pier to “close today.”",
     "the dock workers"),
    ("credit-line", "“Go,” Ann Hale said.\n\n(Additional reporting by Dana Reyes; editing by Cory Lane.)", "Ann Hale"),
    ("month-is-no-person", "Dana Reyes testified at the hearings in June. “There can be no delay,” she told the judge.",
     "Dana Reyes"),
    # negatives: a subject before the subordinator still speaks; a known name before a participle too
    ("subject-first", "The dock workers began calling for the pier to “close today” once the vote was in.",
     "The dock workers"),
    ("known-name-participle", "Tom Reed took the stand.\n\n(Reed reporting from the pier said it was “unsafe.”)",
     "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"),
                         [pytest.param(t, s, id=i) for i, t, s in OPENING_WORDS_THAT_NAME_NO_ONE])
def test_opening_words_that_name_no_one(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
SURNAME_OPENING_A_SENTENCE = [
    # a known man's surname opening the sentence before "he said" names him, not the latest male speaker
    ("surname-subject", "Dale Ortiz said the port had wasted money. Reed denied that. “The deal came before me,”"
     " he said.", "Tom Reed"),
    # negatives: the surname only as an owner, or inside a quotation, names no new subject
    ("owner", "Dale Ortiz said the port had wasted money. Reed's aides denied that. “The deal came before me,”"
     " he said.", "Dale Ortiz"),
    ("in-a-quote", "Dale Ortiz said the port had wasted money. “Reed knows it. The deal came after him,” he said.",
     "Dale Ortiz"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in SURNAME_OPENING_A_SENTENCE])
def test_a_surname_opening_a_sentence_before_a_pronoun(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


def test_a_surname_two_known_people_share_names_neither() -> None:
    # a family's surname opening a sentence may be either of them: the pronoun keeps to the
    # latest speaker of its gender
    doc = quotetool.extract("“We came early,” Dana Ortiz said. “So did I,” said Dale Ortiz, her husband. "
                            "“Go on,” said Tom Reed. Ortiz laughed. “It was fun,” he said.")
    assert doc.quotes[-1].speaker == "Tom Reed", describe(doc)


# (id, the paragraph after the lead, the speaker of its last quote)
ABBREVIATED_TITLE_OPENING = [
    # a name after an abbreviated title opens its sentence: the pronoun after names that person
    ("rep-opens", "Dale Ortiz called the plan “reckless.” Rep. Carl Lane, R-Texas, dismissed that."
     " He said the plan was “the only one on the table.”", "Carl Lane"),
    ("former-gov-opens", "Dale Ortiz called the plan “reckless.” Former Gov. Carl Lane dismissed that."
     " He said the plan was “the only one on the table.”", "Carl Lane"),
    # negative: a title after a verb is its object's, not the sentence's subject
    ("title-after-verb", "Dale Ortiz called the plan “reckless.” Ortiz then phoned Sen. Carl Lane."
     " He said the plan was “the only one on the table.”", "Dale Ortiz"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in ABBREVIATED_TITLE_OPENING])
def test_an_abbreviated_title_opening_a_sentence(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


def test_a_subject_after_a_long_opening_phrase() -> None:
    # a woman's surname after an opening phrase of several words still opens its sentence: the
    # "she" after it names her, not the latest speaker whose gender no word gave
    text = ("“The vote was a sham,” said Ines Vark. “She knows it,” she added. “It was rushed,” said Bo Lee.\n\n"
            "Talking to the crews after the meeting, Vark waved the threat away. “Let them sue,” she said.")
    doc = quotetool.extract(text)
    assert doc.quotes[-1].speaker == "Ines Vark", describe(doc)
    # negative: with no subject between, the latest speaker keeps the pronoun
    doc = quotetool.extract(text.replace("Vark waved the threat away", "the crews waved the threat away"))
    assert doc.quotes[-1].speaker == "Bo Lee", describe(doc)


# (id, the paragraph after the lead, the speaker of its last quote)
QUOTE_ENDING_ITS_SENTENCE = [
    # a quotation that ended its sentence belongs to no clause of the next sentence's ", according to X."
    ("next-sentence-source", "“It is a sad day,” Ann Hale told the crews. “The board wanted this. It has no place here.”"
     " Dale Ortiz said he would have shut the pier, according to harbor records.", "Ann Hale"),
    # negative: a phrase ending with a comma is inside the clause the attribution ends
    ("phrase-inside-clause", "The board called the pier “a relic of another age,” according to harbor records.",
     "harbor records"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in QUOTE_ENDING_ITS_SENTENCE])
def test_a_quotation_ending_its_sentence(text: str, speaker: str) -> None:
    doc = quotetool.extract(LEAD + text)
    quote = next(q for q in doc.quotes if "no place here" in q.text or "relic" in q.text)
    assert quote.speaker == speaker, describe(doc)


# (id, the paragraph after the lead, the speaker of its last quote)
VERB_AFTER_A_SPEAKER_NOUN = [
    # a lower-case "-ed" word after a noun that names a speaker is a verb: the mention ends before it
    ("role-then-verb", "The harbor chief mailed members saying: “The fight goes on.”", "The harbor chief"),
    # negatives: an "-ed" modifier before the noun stays in the mention, after a quantifier too
    ("modifier-before", "“The fight goes on,” the retired harbor chief said.", "the retired harbor chief"),
    ("quantifier-then-modifier", "“The fight goes on,” some miffed Ohio voters said.", "some miffed Ohio voters"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in VERB_AFTER_A_SPEAKER_NOUN])
def test_a_verb_after_a_speaker_noun(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
TWO_SPEAKERS_AND_A_NAME = [
    # "X and his deputy, Y, said": the name belongs to the last of the two, and both speak
    ("pair-then-name", "Dana Reyes and her deputy, Bo Lee, said in a joint letter that the fees were"
     " “unavoidable.”", "Dana Reyes and her deputy, Bo Lee"),
    # negative: one role and a name after it is one person
    ("role-then-name", "A spokesman for the port, Bo Lee, said the fees were “unavoidable.”", "Bo Lee"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in TWO_SPEAKERS_AND_A_NAME])
def test_two_speakers_and_a_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)


# (id, the paragraph after the lead, the speaker of its last quote)
GENDERED_ROLE_BEFORE_A_NAME = [
    # "Her husband, Bo Okafor, nodded.": the role gives the name a gender, so "he" after it is his
    ("husband", "“It was loud,” said Ruth Okafor. Her husband, Bo Okafor, nodded. “It was embarrassing,” he said.",
     "Bo Okafor"),
    # negative: a role of no gender says nothing; the latest male speaker keeps the pronoun
    ("no-gender", "“It was loud,” said Ruth Okafor. The council president, Bo Okafor, nodded. “It was embarrassing,”"
     " he said.", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "speaker"), [pytest.param(t, s, id=i) for i, t, s in GENDERED_ROLE_BEFORE_A_NAME])
def test_a_gendered_role_before_a_name(text: str, speaker: str) -> None:
    assert_last_speaker(text, speaker)
