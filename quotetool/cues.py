"""Stage 3: find the speech cue next to a quotation and the speaker mention it introduces.

Every pattern is anchored at the quotation (just before its opening mark, or just after its
closing mark) and reads at most ``Config.window`` characters, so the cost per quotation is
bounded. The speaker stretch is accepted only when ``parse_mention`` reads it whole as a
noun phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
import re
from typing import NamedTuple

import regex

from . import lexicon
from .layout import sentence_end, trim_end
from .mentions import (PERSON, POSSESSIVE_ENDINGS, PRONOUN, ROLE, ParsedMention, first_names, function_word,
                       longest_prefix_reading, longest_reading, name_tokens, parse_mention, parse_tokens, source_phrase,
                       tokens)

# A word, for counting words (letters and digits).
WORD = regex.compile(r"[\p{L}\p{N}]+")

# "that" opening the reported clause: Earnest said that ...
THAT = regex.compile(r",?\s+(?:(?!(?:but|he|she|they|we|I|it|you)\s)[^\s;:\"“”]+\s+){0,6}?that\b(?!['’])")
# told the council (before the vote) that; said, without evidence, that; never across "but" ("said
# the budget was tight but added that" holds two reports) nor a subject pronoun ("said he had hoped
# that": the clause is his); "that's" is no "that" opening a clause

# A longer "where or when" before "that": said in an interview taped before the vote that ...,
# wrote in a column in Sunday's Gazette that ... (a preposition of place or time first, then
# up to 14 words, none a subject pronoun, "but", "and" or an auxiliary — a clause of its own:
# "said during the meeting the board would settle that dispute" — no quotation mark or semicolon).
THAT_AFTER_SETTING = regex.compile(
    rf"""\s+(?:in|during|before|after)\s+                             # the setting's preposition (not "on",
                                                                    # "at": "called on the board to ...",
                                                                    # "looked at the plan that ...")
        (?:(?!(?:but|and|he|she|they|we|I|it|you|{lexicon.alternation("auxiliary_verbs")})\s)
           [^\s;:\"“”]+\s+){{1,14}}?                                    # its words
        that\b(?!['’])""",
    regex.VERBOSE | regex.IGNORECASE,
)

# The gap between a closing mark and a trailing attribution: a comma, spaces. (Patterns used
# with `.match(text, pos)` carry no \\A: it would only match at the true start of the text.)
_LEAD = r"[\s,]*(?:as\s+)?"


@dataclass(frozen=True)
class Attribution:
    """A cue and the mention it introduces, with the rule that found them."""

    cue_start: int
    cue_end: int
    mention: ParsedMention
    rule: str
    confidence: float


# "As Reed put it, ...": how someone worded a thing is a cue only when the phrase ends there
# (a comma, colon or full stop next), never with an object or a place after it ("put it on hold");
# a short phrase of where or when may come first when a comma or colon and a quotation follow
# it ("put it in testimony last month, “...”", "put it to reporters: “...”").
PUT_IT = r"puts?\s+it(?:(?=[ \t]*[,:;.])|(?=[ \t]+(?:in|to|at|during|on)[ \t][^,:;.\n]{1,40}[,:][ \t]*(?:[\"“‘«]|'')))"

# The cue patterns by name; the bare verbs use the standard library's engine (see "verb").
Patterns = dict[str, "regex.Pattern[str] | re.Pattern[str]"]


def _clause_break(participles: str, verbs: str, subjects: str, preposed: bool = False) -> str:
    """Where a reported clause stops short of its sentence's end (callers want only where a
    break starts, so the alternatives that open alike share their comma or spaces: the engine
    reads those once, not once per alternative). A ``preposed`` clause, before its attribution,
    is not ended by a comma and a conjunction, nor by a relative clause."""
    conjunction = "" if preposed else rf"""
                  (?:but\b                                                      # ", but Earnest did not confirm", but not
                     (?!\s+(?:rather|instead|only|not)\b)                       # ", but rather ...", ", but only ...",
                                                                               # ", but not ...": a correction
                     (?!\s+that\s+(?:(?:{subjects})\b|\p{{Lu}}))                 # nor ", but that the board ...": a
                                                                               # second that-clause of the same cue
                   |(?:while|although|though|whereas|and\s+(?:he|she|they)\s+)\b)   # ", while ...", ", and he ..."
                |"""
    relative = "" if preposed else rf"""
            | ,\s+(?:which|who)\s+(?!(?:{subjects})\b)(?=[^,;]*\Z)              # a relative clause to the end, its
                                                                               # pronoun the subject: about the last
                                                                               # noun, not said ("which the U.S. is
                                                                               # fighting" may be)"""
    return rf"""
              ,["”’»]?\s+(?:                                                   # after a comma:{conjunction}
                  according\s+to\b                                             # "...,” according to Ruiz"
                | (?:{participles})\b                                           # "..., adding that ...", ", explaining"
              )
            | \s+(?:                                                            # after a space:
                  (?:and|but|(?:and\s+)?then)\s+(?:also\s+)?(?:{verbs})\b   # "... and said that ...", "and questioned",
                                                                               # "... but argues that ...", "... and then added ..."
                | but\s+(?:did|does|do|was|is|were|are|has|have|had)\s       # "... but did note ...", "but was careful"
                | [—–]\s+                                                       # an aside
              )
            | ;                                                                # a second clause{relative}
            """


@cache
def patterns(cues: str) -> Patterns:
    """The cue patterns, compiled once per cue set ("speech" or "all").

    Verbs match in lower case only, so "State" in "Secretary of State" is never a cue.
    """
    verbs = lexicon.alternation("speech_verbs") + "|" + PUT_IT
    if cues == "all":
        verbs = lexicon.alternation("belief_verbs") + "|" + verbs
    participles = lexicon.trie_pattern([v for v in lexicon.entries("speech_verbs") if v.endswith("ing")])
    # a dialogue tag right after the words may use verbs that are cues nowhere else
    tag_verbs = verbs + "|" + lexicon.alternation("dialogue_verbs")
    aux = lexicon.alternation("cue_auxiliaries")
    ext = lexicon.alternation("cue_extensions")
    time = lexicon.alternation("time_adverbs")
    documents = lexicon.alternation("document_nouns")
    interjections = lexicon.alternation("interjections")
    # words that open a clause's own subject: a determiner or a pronoun
    subjects = lexicon.trie_pattern(sorted(lexicon.words("determiners") | lexicon.words("pronouns")))
    return {
        # where a reported clause stops short of its sentence's end (callers want only where a
        # break starts, so the alternatives that open alike share their comma or spaces: the
        # engine reads those once, not once per alternative)
        "clause_break": regex.compile(_clause_break(participles, verbs, subjects), regex.VERBOSE),
        # the same for a clause before its attribution ("A, but B, Hale said."): the stretch from
        # the sentence's start to the attribution is all reported, so a comma and a conjunction
        # or a relative pronoun do not end it; the other breaks do
        "preposed_break": regex.compile(_clause_break(participles, verbs, subjects, preposed=True), regex.VERBOSE),
        # after a quoted phrase, "and" + any speech verb starts the speaker's next report:
        # Trump called it “dangerous” and promised to ...
        "next_report": regex.compile(rf"[,—–]?\s*\band\s+(?:also\s+)?(?:{verbs})\b"),
        # right after a quotation, a participle that goes on with the same report:
        # Ruiz said the fund was “empty,” adding that ...
        "participle_after": regex.compile(rf"[\s,]*(?:and\s+)?(?P<cue>(?:{participles})\b)(?P<that>\s+that\b)?"),
        # what may stand between a closing mark and the speaker: ,” as Earnest said
        "speaker_lead": regex.compile(_LEAD),
        # "...," said Maria Lopez, chief economist at Harbor Bank
        "cue_then_speaker": regex.compile(
            rf"""{_LEAD}
            (?P<cue>(?:{verbs})\b(?:\s+(?i:{ext})\b)?)
            \s+(?P<speaker>[^\n]{{1,160}})""",
            regex.VERBOSE,
        ),
        # the same with the verbs of fiction's dialogue tags: “No,” returned Ann. A book's lines are
        # wrapped anywhere, so the speaker may run on over one line break ("said Miss\nHale"); the
        # caller's limit keeps it inside the paragraph
        "tag_then_speaker": regex.compile(
            rf"""{_LEAD}
            (?P<cue>(?:{tag_verbs})\b(?:\s+(?i:{ext})\b)?)
            \s+(?P<speaker>(?:[^\n]|\n(?![ \t]*\n)){{1,160}})""",
            regex.VERBOSE,
        ),
        # "..." — Josh Earnest
        "dash": regex.compile(r"[ \t]*(?P<cue>[—–]|--?)[ \t]*(?P<speaker>[^\n\"“”«»]{1,120})", regex.VERBOSE),
        # "...," according to the White House
        "according_after": regex.compile(
            r"[\s,]*(?P<cue>according\s+to)\s+(?P<speaker>[^\n\"“”«»]{1,120})", regex.IGNORECASE
        ),
        # According to the White House, "..."
        "according_before": regex.compile(
            r"(?P<cue>\baccording\s+to)\s+(?P<speaker>[^\n\"“”«»]{1,120}?)\s*,\s*\Z", regex.IGNORECASE
        ),
        # the verb of an introduction: Earnest said: "..."; She told reporters, "..."
        # the bare verb, found fast: the standard library's engine scans a word-boundary-anchored
        # trie about twice as fast as the regex module here (measured on news text)
        "verb": re.compile(rf"\b(?:{verbs})\b(?:\s+(?i:{ext})\b)?"),
        # the same, with the verbs of dialogue tags ("returned", "began"): in fiction, right after a quotation
        "tag_verb": re.compile(rf"\b(?:{tag_verbs})\b(?:\s+(?i:{ext})\b)?"),
        # what may stand between a speaker and the cue's auxiliaries, looking back from them
        # (tried only where ``_may_end_gap`` allows: a new alternative must end as it expects)
        "gap_before": regex.compile(
            rf"""
              ,\s*(?:{interjections})\s*,\s*\Z                 # "Ruiz, though, said"
            | ,\s*(?:after|before|during|in|on|at|with|without|since|like|unlike|despite)\s
                [^,\n]{{1,60}},\s*\Z                                 # "Ortiz, after the vote, wrote"
            | (?<=\w),?\s+(?P<relative>who|which)\s+(?:\p{{Ll}}+ly\s+)?\Z   # "Ana Ruiz, who (firmly) said ...": a relative clause
            | (?<=\w)\s*\([^()\n]{{1,100}}\)\s*\Z                   # "Okafor (who has 12 votes) said"
            | (?<=\w)\s+(?:--|[—–])[^—–\n]{{1,100}}?(?:--|[—–])\s*\Z     # "The justice -- who ... -- said"
            | (?<=\w)\s+(?:on\s+|last\s+|this\s+)?(?:{time})\s+\Z   # "Earnest on Tuesday said"
            | (?<=\w)\s+(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?
                (?:{documents})\s+\Z                                  # "Reed in his speech called"
            """,
            regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,  # read back from the cue: one try, not one per position
        ),
        # auxiliaries right before a verb, found by looking back from it: "has said", "did not
        # directly criticize", "doesn't think" (an auxiliary and "n't")
        # "has said", "will also say", "didn't say"; an auxiliary contracted onto a personal
        # pronoun ("He's said", "they've argued", "she’s predicting"), never onto a name, where
        # "'s" is a possessive ("Reed's call for ...")
        "aux_before": regex.compile(
            rf"(?:(?:(?<![\p{{L}}\p{{N}}])(?:{aux})(?:n['’]t)?|(?<=(?<!\p{{L}})(?i:he|she|they|we|i|you|who))['’](?:s|ve|d|re))\s+){{1,3}}\Z"),
        # what may follow an introducing verb before the quotation
        "intro_rest": regex.compile(
            rf"""
            (?:\s+(?:on\s+)?(?:{time})\b)?                                  # said Thursday
            (?:\s+(?:on|in|at|during|after|before)(?:\s+[^\s,:;"“”]+){{1,4}}?)?   # told reporters at the briefing
            \s*(?P<punct>[,:])?\s*
            (?P<that>that\s*)?\Z""",
            regex.VERBOSE | regex.IGNORECASE,
        ),
        # a time word right after the verb, before the reported clause
        "time_after": regex.compile(rf"\s+(?:on\s+)?(?:{time})\b(?!['’]s)", regex.IGNORECASE),  # (not "today's vote")
        # the cue, then the speaker, then a comma, right before the quote:
        # ..., explained Bo Lee, “...”  /  Said Ana Ruiz, who runs the shop, “...”
        "cue_then_speaker_before": regex.compile(
            rf"""
            \b(?P<cue>(?i:{verbs}))\s+                    # the verb, any case: "Said", "explained"
            (?P<speaker>[^\n"“”«»]{{1,160}}?)               # the speaker, appositive and all
            \s*,\s*\Z                                      # a comma, then the quotation
            """,
            regex.VERBOSE,
        ),
        # a bare speaker then a colon: Earnest: "..."
        "colon": regex.compile(r"(?P<cue>:)\s*\Z"),
    }


# Fiction: next to a dialogue tag right after the words, "the" and any noun is the speaker, listed
# as a role noun or not: “...,” said the ferryman. / “...,” the ferryman said. / replied the other
_DEFINITE_NOUN = r"""
    (?P<mention>
        the\s+                                   # the article
        (?:[a-z][a-z'’-]*\s+){0,2}?               # up to two words before the head: old, tall
        (?P<head>[a-z][a-z'’-]*[a-z])            # the head noun: ferryman, gate-keeper, other
    )"""
# after the verb, the phrase must end there: the tag's clause ends, or a phrase about the speaker follows
DEFINITE_SPEAKER = regex.compile(
    _DEFINITE_NOUN + r"""
    (?=\s*[,.;:!?—–]                            # then the tag's clause ends,
      | \s+(?:in|with|at|to|as|and|from|who|while|after|before)\b  # or a phrase about the speaker
    )
    """,
    regex.VERBOSE,
)
# before the verb, the phrase is all there is between the closing mark and the verb
DEFINITE_SUBJECT = regex.compile(_DEFINITE_NOUN, regex.VERBOSE)


def _any_definite_noun(text: str, start: int, end: int, before_verb: bool = False) -> ParsedMention | None:
    """“...,” said the ferryman: the noun phrase right after a dialogue tag's verb (or, with
    ``before_verb``, all of ``text[start:end]``: “...,” the ferryman said), as a role ("the
    ferryman"), when no lexicon names it. Its gender comes from the role-noun list."""
    if before_verb:
        m = DEFINITE_SUBJECT.fullmatch(text, start, end)
    else:
        m = DEFINITE_SPEAKER.match(text, start, end)
    if m is None:
        return None
    words = m.group("mention")
    head = m.group("head").lower()
    gender = lexicon.tagged("role_nouns").get(head, "")
    return ParsedMention(m.start(), m.end("mention"), ROLE, None, (" ".join(words.split()),), head,
                         gender if gender in ("m", "f") else "")


# News: between a quotation's closing mark and its cue, a noun phrase whose head no word list
# names is still the speaker (“...,” a jingle on the radio promises; “...,” the two wrote).
NOUN_PHRASE_SUBJECT = regex.compile(
    r"""
    (?P<mention>
        (?:a|an|the|one|another|this|these|those)\s+   # an article or a demonstrative
        (?P<modifiers>(?:\p{L}[\p{L}\p{N}'’-]*\s+){0,3}?) # up to three words before the head
        (?P<head>\p{Ll}[\p{L}'’-]*\p{L})              # the head, lower case: jingle, chairmen, two
        (?P<tail>\s+(?:in|on|of|for|from|at|by)\s+      # a phrase after it: in the ad, on the site
            (?:\p{L}[\p{L}\p{N}'’.-]*\s+){0,3}?\p{L}[\p{L}\p{N}'’.-]*)?
    )
    """,
    regex.VERBOSE,
)


def _unlisted_noun_phrase(text: str, start: int, end: int) -> ParsedMention | None:
    """The speaker of “...,” NOUN PHRASE said when no lexicon reads the phrase: a role as written,
    unless a word of it is a pronoun, a preposition before its head, a conjunction or a time word
    (“...,” the next day she said)."""
    m = NOUN_PHRASE_SUBJECT.fullmatch(text, start, end)
    if m is None:
        return None
    core = (m.group("modifiers") + m.group("head")).lower().split()
    tail = m.group("tail").lower().split()[1:] if m.group("tail") else []
    if any(function_word(w) or w in lexicon.words("time_words") or w.endswith(POSSESSIVE_ENDINGS) for w in core + tail) \
            or tail and tail[-1] in lexicon.words("determiners") \
            or any(w in lexicon.words("determiners") and w not in lexicon.words("quantifier_pronouns") for w in core):
        return None  # (nor a phrase left hanging, "the rest of the", nor an owner's, "the aide's", nor a
        # second article inside, "this time came the reply"; a number may be the head: "the two")
    head = m.group("head").lower()
    gender = lexicon.tagged("role_nouns").get(head, "")
    return ParsedMention(m.start(), m.end("mention"), ROLE, None, (" ".join(m.group("mention").split()),), head,
                         gender if gender in ("m", "f") else "")


class Verb(NamedTuple):
    """A cue verb in the text: where it stands and its words ("said", "told reporters")."""

    start: int
    end: int
    words: str


@lru_cache(maxsize=4)
def _verbs_of(text: str, cues: str) -> tuple[list[int], list[Verb]]:
    """Every cue verb of ``text``, found in one pass, and their starts (for bisect)."""
    found = [Verb(m.start(), m.end(), m.group()) for m in patterns(cues)["verb"].finditer(text)]
    return [v.start for v in found], found


def verbs_between(text: str, start: int, end: int, cues: str) -> list[Verb]:
    """What ``patterns(cues)["verb"].finditer(text, start, end)`` finds, read from the one pass
    over the whole text: rules ask for the verbs of many windows of the same text.

    The pattern reads the character before ``start`` as the text has it (``\\b``), and the
    window's end as the end of the text. So the window finds just the text's verbs inside it,
    unless a verb of the text crosses ``start`` or ``end``, or ``text[end]`` is a word
    character (a verb may end at ``end`` in the window, not in the text): then it is searched.
    """
    starts, found = _verbs_of(text, cues)
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if i > 0 and found[i - 1].end > start or j > 0 and found[j - 1].end > end \
            or end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return [Verb(m.start(), m.end(), m.group()) for m in patterns(cues)["verb"].finditer(text, start, end)]
    return found[i:j]


def longest_prefix_mention(text: str, start: int, end: int) -> ParsedMention | None:
    """The longest stretch from ``start`` that reads as a mention (``said Smith on Friday`` → Smith)."""
    return longest_prefix_reading(text, tokens(text, start, end, 16))


def according_source(text: str, start: int, end: int) -> tuple[ParsedMention | None, bool]:
    """The source after "according to" in ``text[start:end]`` and whether it was read as a
    source phrase: the longest mention from ``start``, unless it is a document or a body that a
    "by" goes on to name ("an analysis by the Harbor Institute", "a study by economists Ann Hale
    and Tom Reed": the whole phrase), or no mention reads ("county rules")."""
    mention = longest_prefix_mention(text, start, end)
    if mention is not None and (mention.kind == PERSON or not BY_NEXT.search(text, mention.start, min(end, mention.end + 4))):
        return mention, False
    source = source_phrase(text, start, source_end(text, start, end))
    if source is None or mention is not None and source.end <= mention.end:
        return mention, False
    return source, True


# In or right after a document's mention, a "by" that names its author.
BY_NEXT = regex.compile(r"[ \t]+by[ \t]")


def _may_open_mention(word: str, length: int) -> bool:
    """A cheap test before the full parse: mentions open with a capital, a determiner, a
    pronoun, or (for short ones such as "defense officials") any word."""
    return word[:1].isupper() or length <= 4 or word.lower() in lexicon.words("determiners")


def _may_close_mention(word: str) -> bool:
    """A cheap test: mentions end on a capital, a pronoun, or a person, group, organisation
    or document noun (or, after "for"/"of"/"with", on anything)."""
    low = word.lower()
    return word[:1].isupper() or any(low in lexicon.words(name) for name in _HEAD_LEXICONS)


# Lexicons whose words may end a speaker mention.
_HEAD_LEXICONS = ("pronouns", "role_nouns", "group_nouns", "organisation_nouns", "document_nouns",
                  "group_participles")


# How far back from a cue a mention may start (32 tokens of appositive fit in it).
SUFFIX_REACH = 240


def _word_start(text: str, pos: int, end: int) -> int:
    """``pos`` moved forward to the start of a word, so a window never begins mid-word."""
    if pos > 0 and not text[pos - 1].isspace():
        space = SPACE.search(text, pos, end)  # one search, not a Python loop over the characters
        pos = space.start() if space is not None else end
    return pos


# A white-space character.
SPACE = regex.compile(r"\s")


def longest_suffix_mention(text: str, start: int, end: int) -> ParsedMention | None:
    """The longest stretch ending at ``end`` that reads as a mention (``But officials`` → officials).

    An appositive is read only when a comma closes it (``Hugh Carter, a county commissioner,``);
    without that comma, ``In a swipe at Donald Trump, Clinton`` is just ``Clinton``.
    """
    # a mention ends at the cue and is at most 32 tokens long: a bounded window keeps a long
    # sentence with many cue words linear
    toks = name_tokens(text, tokens(text, _word_start(text, max(start, end - SUFFIX_REACH), end), end))[-32:]
    closed = bool(toks) and toks[-1][0] == ","
    if closed:
        toks = toks[:-1]
    else:
        toks = toks[-12:]  # without an appositive a mention is short
        if toks and not _may_close_mention(toks[-1][0]) \
                and not any(t[0].lower() in lexicon.words("postmodifiers") for t in toks[-8:]):
            return None  # "the plan was approved": no mention can end on such a word
        # a mention without an appositive holds no comma: only the stretch after the last one can be it
        toks = toks[next((i + 1 for i in range(len(toks) - 1, -1, -1) if toks[i][0] == ","), 0) :]
        # ... nor a colon: "Q: Your critics say", "Update: Local critics say" (a label before it)
        toks = toks[next((i for i in range(len(toks) - 1, 0, -1) if _label_colon(text, toks[i - 1][2], toks[i][1])), 0) :]
        return longest_reading(toks, [i for i in range(len(toks)) if _may_open_mention(toks[i][0], len(toks) - i)])
    # the mention read must hold a comma, and it starts at its first token: stretches starting
    # after the last comma are not read
    last_comma = text.rfind(",", toks[0][1], toks[-1][2]) if toks else -1
    for i in range(len(toks)):
        word = toks[i][0]
        if toks[i][1] > last_comma:
            break
        if word == "," or not _may_open_mention(word, len(toks) - i):
            continue
        m = parse_tokens(text, toks[i:], appositive=True, filtered=True)
        if m is not None and "," in text[m.start : m.end]:
            return m
    return None


def _label_colon(text: str, end: int, start: int) -> bool:
    """Between two tokens (``text[end:start]``) stands a colon and a space: a label's end
    ("Q: Your critics"), not a time's ("3:15")."""
    return text[end:start].strip() == ":" and text[start - 1].isspace()


def set_off_name(text: str, start: int, end: int) -> ParsedMention | None:
    """A full name set off by the last two commas before ``end``, when no mention ends there:
    "A deckhand loyal to Mr. Reed, Dale Ortiz of Dover, said" (an appositive naming the subject)."""
    close = end
    while close > max(start, end - SET_OFF_REACH) and text[close - 1].isspace():
        close -= 1
    if close == start or text[close - 1] != ",":
        return None  # the cheap test first: a comma closes the stretch
    close -= 1
    toks = tokens(text, _word_start(text, max(start, close - SET_OFF_REACH), close), close)
    commas = [i for i, t in enumerate(toks) if t[0] == ","]
    if not commas:
        return None
    last = toks[commas[-1] + 1 :]
    if not 1 < len(last) <= MAX_SET_OFF_NAME:
        return None
    m = parse_tokens(text, last, appositive=False)
    return m if m is not None and m.kind == PERSON and " " in (m.name or "") else None


# At most this many tokens in a full name set off by commas before a cue ("Dale Ortiz of Dover"),
# read in a window of this many characters before its closing comma.
MAX_SET_OFF_NAME = 10
SET_OFF_REACH = 120


def attribution_after(text: str, pos: int, limit: int, cues: str, dialogue: bool = False,
                      quoted: bool = False) -> Attribution | None:
    """A cue and speaker right after a closing mark at ``pos`` (``,” Earnest said``); with
    ``dialogue`` (fiction) the verbs of dialogue tags count too (``,” returned Ann``); with
    ``quoted`` (a quotation's closing mark, in news) a noun phrase no word list names may be the
    speaker (``,” a jingle on the radio promises``)."""
    pats = patterns(cues)
    near = min(limit, pos + REACH)  # an attribution is short: never let a pattern scan further
    verb = _first_verb(text, pos, min(limit, pos + SPEAKER_REACH), cues, dialogue)
    if verb is None:
        m = pats["according_after"].match(text, pos, near) or pats["dash"].match(text, pos, near)
        if m is None:
            return None  # no cue word at all: the common case, decided fast
    else:
        rel = RELATIVE_BEFORE_VERB.search(text, pos, verb.start)
        if rel is not None:
            # ", one fisherman, who asked not to be named, said": the cue comes after the relative clause
            verb = _verb_after_relative(text, verb, min(limit, pos + SPEAKER_REACH), cues, dialogue) or verb
        # ", press secretary Josh Earnest told reporters": the speaker stretch ends at the first verb
        cue_start = _cue_start(text, pos, verb, cues)
        lead = pats["speaker_lead"].match(text, pos, cue_start)
        chunk_end = cue_start
        while chunk_end > pos and text[chunk_end - 1].isspace():
            chunk_end -= 1  # a line break may stand before the verb in wrapped text
        # a book's lines are wrapped anywhere: in fiction only a blank line breaks the speaker off
        breaks = QUOTE_OR_BLANK_LINE if dialogue else QUOTE_OR_BREAK
        if lead is not None and (passive := QUOTED_AS.search(text, lead.end(), chunk_end)) is not None:
            chunk_end = passive.start()  # “...,” Hale was quoted as saying: Hale is the speaker
        if lead is not None and lead.end() < chunk_end < cue_start \
                and not _breaks_speaker(text, lead.end(), chunk_end, breaks):
            mention = parse_mention(text, lead.end(), chunk_end)
            aside = ASIDE.match(text, lead.end(), chunk_end) if mention is None else None
            if aside is not None:
                mention = parse_mention(text, lead.end(), aside.end("who"))
            if mention is not None:
                return Attribution(cue_start, verb.end, mention, "speaker then cue, after the words", 0.95)
            if dialogue and (mention := _any_definite_noun(text, lead.end(), chunk_end, before_verb=True)) is not None:
                return Attribution(cue_start, verb.end, mention, "any noun after the, then cue, after the words",
                                   0.9)
            if quoted and not dialogue and (mention := _unlisted_noun_phrase(text, lead.end(), chunk_end)):
                return Attribution(cue_start, verb.end, mention,
                                   "a noun phrase no word list names, then cue, after the words", 0.7)
    m = pats["tag_then_speaker" if dialogue else "cue_then_speaker"].match(text, pos, near)
    if m and not _may_invert(m.group("cue")):
        m = None  # ,” telling Channel 5 that ...: a participle's object is no speaker
    if m:
        mention = longest_prefix_mention(text, m.start("speaker"), m.end("speaker"))
        if mention is not None:
            return Attribution(m.start("cue"), m.end("cue"), mention, "cue then speaker, after the words", 0.95)
        if dialogue and (mention := _any_definite_noun(text, m.start("speaker"), m.end("speaker"))) is not None:
            return Attribution(m.start("cue"), m.end("cue"), mention, "cue then any noun after the, after the words",
                               0.9)
    m = pats["according_after"].match(text, pos, near)
    if m:
        source, phrase = according_source(text, m.start("speaker"), m.end("speaker"))
        if source is not None and not phrase:
            return Attribution(m.start("cue"), m.end("cue"), source, "according to, after the words", 0.9)
        if source is not None:
            return Attribution(m.start("cue"), m.end("cue"), source, "according to a source phrase, after the words",
                               0.8)
    m = pats["dash"].match(text, pos, near)
    if m:
        mention = longest_prefix_mention(text, m.start("speaker"), m.end("speaker"))
        if mention is not None and mention.kind != "pronoun" and DASH_NAME_END.match(text, mention.end, limit):
            return Attribution(m.start("cue"), m.end("cue"), mention, DASH_RULE, 0.85)
    return None


# After a dash and a name, the name ends its line or sentence, or an affiliation follows it
# (“...” — Ann Hale, mayor of Dover); “...” -- Tom Reed disagreed. is a new clause, not a credit.
DASH_NAME_END = regex.compile(r"[ \t]*(?:[,.;:(\n)]|\Z)")


def _breaks_speaker(text: str, start: int, end: int, breaks: regex.Pattern[str]) -> bool:
    """Whether a line break or a quotation mark cuts ``text[start:end]`` off from the cue after it,
    unless the marks are a quoted phrase inside a description after a comma ("Tom Reed, wearing
    “Vale 2028” buttons,"): pairs of marks, no line break."""
    first = breaks.search(text, start, end)
    if first is None:
        return False
    comma = text.find(",", start, first.start())
    return comma < 0 or "\n" in text[start:end] or len(breaks.findall(text, first.start(), end)) % 2 == 1


def _may_invert(cue: str) -> bool:
    """Whether a cue verb may stand before its speaker ("said Ann Hale"): a participle
    ("telling", "adding") or a verb whose object is the hearer ("told") never does."""
    verb = cue.split(None, 1)[0].lower()
    return not verb.endswith("ing") and verb not in lexicon.words("hearer_verbs")


# A tag whose verb is in no lexicon, right after a quotation that ended on a comma (or a
# question or exclamation mark): the sentence goes on to say who spoke. Only a short speaker and
# a past-tense verb, then the sentence ends or a short phrase follows ("with a laugh").
@cache
def _unlisted_tag() -> regex.Pattern[str]:
    tag_verbs = lexicon.alternation("dialogue_verbs")
    return regex.compile(
        rf"""
        [,]?[ \t]*(?:\n[ \t]*)?                                   # after the closing mark (a comma, a wrapped line)
        (?:
            (?P<speaker>[^\s,.;:!?"“”«»]+(?:[ ][^\s,.;:!?"“”«»]+){{0,4}}?)   # a speaker of one to five words ...
            [ ](?P<cue>\p{{Ll}}{{2,}}ed(?:[ ](?:back|in|up|on|out|off))?   # ... then a past-tense verb: Hale objected
                     |(?:{tag_verbs})\b)                                 # or a dialogue tag's verb: Hale shot back
        |   (?P<cue_first>\p{{Ll}}{{2,}}ed)                              # or the verb first: recalled Ines Vark
            [ ](?P<speaker_after>\p{{Lu}}[^\n,.;:!?"“”«»]{{0,80}}?)
        )
        (?=[ \t]*(?:[.,;:!?—–]|$)|[ ](?:with|to|at|in|on|as|from)[ ])   # the sentence ends, or a short phrase follows
        """,
        regex.VERBOSE | regex.MULTILINE,
    )


def tag_after(text: str, pos: int, limit: int) -> Attribution | None:
    """A dialogue tag with a verb no lexicon lists, right after a closing mark at ``pos``:
    “We'll see,” Hale shot back. / “It was close,” recalled Ines Vark. The caller checks the
    quotation ended on a comma (or ? or !), so the sentence was bound to name its speaker."""
    m = _unlisted_tag().match(text, pos, min(limit, pos + SPEAKER_REACH))
    if m is None:
        return None
    if m.group("speaker") is not None:
        mention = parse_mention(text, m.start("speaker"), m.end("speaker"), appositive=False)
        cue = m.span("cue")
    else:
        mention = longest_prefix_mention(text, m.start("speaker_after"), m.end("speaker_after"))
        cue = m.span("cue_first")
    if text[cue[0] : cue[1]].split()[0] in lexicon.words("belief_verbs"):
        return None  # “...,” Hale hoped: a belief, not speech (with --cues all it is a cue already)
    if mention is None or mention.kind not in (PERSON, ROLE, PRONOUN) \
            or mention.kind == PRONOUN and lexicon.tagged("pronouns").get(mention.head) not in ("m", "f"):
        return None  # "it ended", "the plan failed": no person speaks
    return Attribution(cue[0], cue[1], mention, "speaker and a verb in no lexicon, after the words", 0.75)


# A paragraph that only names who said the quotation before it (quote round-ups, fact checks):
#     “Taxes went up every year.”
#     - Ann Hale, mayor of Port Ellis.
SIGN_OFF = regex.compile(
    r"""
    (?P<cue>--?|[—–])[ \t]*                         # a dash opens the paragraph
    (?P<speaker>[^\n"“”«»]{1,120}?)                  # the speaker, with any title or affiliation
    [ \t.]*\Z                                        # and nothing else, but a full stop
    """,
    regex.VERBOSE,
)


def sign_off(text: str, start: int, end: int) -> Attribution | None:
    """The speaker named by a paragraph ``text[start:end]`` that is a dash and a name only."""
    m = SIGN_OFF.match(text, start, end)
    if m is None:
        return None
    mention = longest_prefix_mention(text, m.start("speaker"), m.end("speaker"))
    if mention is None or mention.kind == PRONOUN:
        return None
    if text[mention.end : m.end("speaker")].strip(" ,") and "," not in text[mention.end : mention.end + 2]:
        return None  # more words than a name and its appositive: a sentence, not a sign-off
    return Attribution(m.start("cue"), m.end("cue"), mention, "a dash and a name in the paragraph after the words", 0.85)


# The same without a dash, closing the quotation left open in the paragraph before:
#     “Taxes went up every year.
#     Ann Hale, Harbor Institute.”
# The most words of a name and its affiliation that sign a quotation off.
SIGN_OFF_WORDS = 16
CLOSING_SIGN_OFF = regex.compile(
    r"""
    (?P<speaker>\p{Lu}[^\n"“”«»]{1,120}?)           # the speaker, with an affiliation after a comma
    [ \t.]*(?P<cue>["”])[ \t]*\Z                    # a full stop, then the closing mark ends it
    """,
    regex.VERBOSE,
)


def closing_sign_off(text: str, start: int, end: int) -> Attribution | None:
    """The speaker named by a paragraph that is only a name, its affiliation and the closing
    mark of the quotation left open before it (the cue is that mark)."""
    m = CLOSING_SIGN_OFF.match(text, start, end)
    if m is None:
        return None
    mention = longest_prefix_mention(text, m.start("speaker"), m.end("speaker"))
    if mention is None or mention.kind != PERSON or not text.startswith(",", mention.end) \
            and mention.end < m.end("speaker"):
        return None  # a sentence, not a name and its affiliation
    words = WORD.findall(text, m.start("speaker"), m.end("speaker"))
    if len(words) > SIGN_OFF_WORDS or any(w in _lead_verbs() for w in words) \
            or words[-1].islower() and words[-1].endswith("ed"):
        return None  # "Tom Reed, for one, disagreed.”": the quotation's own last sentence
    return Attribution(m.start("cue"), m.end("cue"), mention, "a name and a closing mark in the paragraph after the words",
                       0.85)


# What ends a source phrase after "according to" before its sentence does: a comma, a
# semicolon or colon, a bracket, a dash.
SOURCE_BREAK = regex.compile(
    r"""
      [,;:()\[\]]          # a comma (an appositive or more of the sentence), ; : or a bracket
    | [—–]                 # a dash
    | \s--?\s              # a dash typed as hyphens
    """,
    regex.VERBOSE,
)


def source_end(text: str, start: int, end: int) -> int:
    """Where a source phrase starting at ``start`` ends, at most at ``end``: at a comma, a
    bracket, a dash or the end of its sentence."""
    cut = SOURCE_BREAK.search(text, start, end)
    return sentence_end(text, start, cut.start() if cut else end)


# At most this many words between a "NAME:" label and a quotation in the claim after it.
LABEL_CLAIM_WORDS = 8

# A paragraph opening with a name and a colon: "Ana Ruiz: We will not sell", "Ruiz: Levy ‘a Tax’".
SPEAKER_COLON = regex.compile(r"(?P<speaker>[^:\n]{2,60}?):[^\S\n]+(?=\S)")


def speaker_label(text: str, start: int, end: int) -> tuple[ParsedMention, int, int] | None:
    """A paragraph at ``start`` that opens ``NAME: ...`` — a headline ("Rubio: Trump Can't Be
    Trusted") or a transcript line: the name, where its colon is and where the words after it
    start. The name must be a person's, opening with a known first name, or the last word of a
    full name the text gives elsewhere (also in capitals, as transcripts write it: "REYES:"), so
    "Update:" or "New Hampshire:" never speak."""
    if text.find(":", start, min(end, start + REACH)) < 0:
        return None  # the cheap test first: no colon
    m = SPEAKER_COLON.match(text, start, min(end, start + REACH))
    if m is None:
        return None
    label = m.group("speaker")
    if label.isupper() and label.isalpha() and len(label) > 1 and label.title() in _named_persons(text):
        # a transcript's "REYES:" for the Dana Reyes the story names ("UPDATE:" after a headline
        # "Harbor Storm Update" is no one's)
        in_capitals = ParsedMention(m.start("speaker"), m.end("speaker"), PERSON, label.title(), (), label.lower(), "")
        return in_capitals, m.end("speaker"), m.end()
    mention = parse_mention(text, m.start("speaker"), m.end("speaker"), appositive=False)
    if mention is None or mention.kind != PERSON or not mention.name:
        return None
    words = mention.name.split()
    if len(words) == 1 and words[0] not in _surnames(text):
        return None  # a lone word is a name only when a full name ("Marco Rubio") ends with it
    if len(words) > 1 and words[0].lower() not in first_names() and _surnames(text)[words[-1]] < 2:
        return None  # "Storm Update:", "New Hampshire:": a label, not a person (unless the story
        # names the same person again: "Dale Ortiz: ..." and later "Rep. Dale Ortiz said")
    return mention, m.end("speaker"), m.end()


@lru_cache(maxsize=4)
def _full_names(text: str) -> tuple[Counter[str], frozenset[str]]:
    """Words that end a full name in ``text`` (two capitalised words) and how often, and those of
    them the story gives with a known first name ("Dana Reyes" → Reyes): read in one pass, once
    per text, so a story of a thousand "Name:" lines stays linear."""
    firsts = first_names()
    counts: Counter[str] = Counter()
    with_first: set[str] = set()
    for m in FULL_NAME.finditer(text, overlapped=True):
        counts[m.group(2)] += 1
        if m.group(1).lower() in firsts:
            with_first.add(m.group(2))
    return counts, frozenset(with_first)


def _surnames(text: str) -> Counter[str]:
    return _full_names(text)[0]


def _named_persons(text: str) -> frozenset[str]:
    return _full_names(text)[1]


# A capitalised word after another: a first name (or a title) and a surname, perhaps.
FULL_NAME = regex.compile(r"\b(\p{Lu}\p{L}+)\s+(\p{Lu}\p{L}+)\b")


# ", who" or ", which" right before a verb: the verb is the relative clause's, not the cue.
RELATIVE_BEFORE_VERB = regex.compile(r",\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,2}\Z")


def _verb_after_relative(text: str, verb: Verb, end: int, cues: str, dialogue: bool) -> Verb | None:
    """The cue verb right after the comma that closes a relative clause whose own verb is
    ``verb`` ("who asked not to be named, said"); None when no cue verb follows that comma."""
    close = text.find(",", verb.end, end)
    after = _first_verb(text, close + 1, end, cues, dialogue) if close >= 0 else None
    if after is None or text[close + 1 : _cue_start(text, close + 1, after, cues)].strip():
        return None  # no cue, or words between the comma and the cue: not a tag after the clause
    return after


def _first_verb(text: str, start: int, end: int, cues: str, dialogue: bool) -> Verb | None:
    """The first cue verb in ``text[start:end]``; with ``dialogue``, a dialogue tag's verb too."""
    if dialogue:
        m = patterns(cues)["tag_verb"].search(text, start, end)
        return Verb(m.start(), m.end(), m.group()) if m else None
    verbs = verbs_between(text, start, end, cues)
    return verbs[0] if verbs else None


def clause_end(text: str, start: int, end: int, cues: str, after_quote: bool = False,
               subordinate: bool = False, preposed: bool = False) -> int:
    """Where a reported clause starting at ``start`` ends, at most at ``end``: before ", but ...",
    "; ...", " — ..." or "and said ..." (a second, coordinated report); right after a quoted
    phrase, before "and" with any speech verb ("and promised ..."). A ``subordinate`` clause
    (the report opens "although ...") goes on into its main clause (", it was ..."). A
    ``preposed`` clause (before its attribution: "A, but B, Hale said.") goes on past ", but ..."."""
    pats = patterns(cues)
    if after_quote and start >= 2 and pats["clause_break"].match(text, start - 2, end) is not None:
        return start  # “... on arrival,” but she ...: the break is the comma inside the closing mark
    if after_quote and start >= 2:
        own = AFTER_QUOTE_BREAK.match(text, start - 2, end)
        if own is not None and not (subordinate and own.group("main")):
            return start  # “... a steady hand,” she still ...: a clause of the writer's own
    breaks = pats["preposed_break" if preposed else "clause_break"]
    cut = breaks.search(text, start, end)
    for _ in range(MAX_ASIDES):
        if cut is None:
            break
        if (after := _past_aside(text, cut.start(), end)) is not None:
            cut = breaks.search(text, after, end)  # "half — 55 percent — of the riders": one clause
        elif BUT_ALSO.match(text, cut.start(), end) and NOT_ONLY.search(text, start, cut.start()):
            cut = breaks.search(text, cut.end(), end)  # "not only ..., but also ...": one clause
        else:
            break
    end = cut.start() if cut is not None else end
    if after_quote:
        nxt = pats["next_report"].search(text, start, end)
        end = nxt.start() if nxt is not None else end
        stop = AFTER_QUOTE_BREAK.search(text, start, end)
        if stop is not None and subordinate and stop.group("main") and stop.start() >= start:
            stop = AFTER_QUOTE_BREAK.search(text, stop.end(), end)  # the report's main clause, not the writer's
        end = stop.start() if stop is not None else end
    return end


def _relative_that(text: str, start: int, end: int, verb: str) -> bool:
    """The "that" ending ``text[start:end]`` (read by ``THAT`` after a cue) is a relative pronoun:
    the words before it open with a determiner ("said the plan that Reed drafted was costly"),
    the verb takes no hearer (unlike "told them that", "warned the crews that") and the noun
    before "that" is no hearer nor a noun of saying ("wrote the harbor board that", "renewed
    his claim that")."""
    words = WORD.findall(text, start, end)
    if len(words) < 2 or words[0].lower() not in lexicon.words("determiners"):
        return False
    if any(w.lower() in lexicon.words("time_adverbs") or w.lower().removesuffix("s") in lexicon.words("time_words")
           for w in words):
        return False  # "said some weeks ago that", "wrote three days earlier that": a time, then "that"
    if any(w in lexicon.words("hearer_verbs") or w in lexicon.words("order_verbs") for w in verb.lower().split()):
        return False
    head = words[-2]  # the word right before "that"
    low = head.lower()
    return not (head[:1].isupper() or any(low in lexicon.words(n) or low.removesuffix("s") in lexicon.words(n)
                                          for n in THAT_HEADS))


# Nouns after which "that" opens what was said ("his claim that", "the idea that", "wrote the
# harbor board that") rather than a relative clause; and a name ("The Gazette that").
THAT_HEADS = ("speech_nouns", "stance_nouns", "that_nouns", "role_nouns", "group_nouns", "organisation_nouns")


# "not only A, but also B" is one clause: the break ", but also" and the "not only" before it.
BUT_ALSO = regex.compile(r',["”’»]?\s+but\s+also\b')
NOT_ONLY = regex.compile(r"\bnot\s+only\b")

# A dash aside inside a clause: the dash, a few words, the same dash again, and the word after it.
DASH_ASIDE = regex.compile(r"\s+(?P<dash>[—–])\s+[^—–\n]{1,120}?\s+(?P=dash)\s+(?P<word>\p{Ll}+)\b")
# At most this many asides are read past in one clause.
MAX_ASIDES = 3


def _past_aside(text: str, pos: int, end: int) -> int | None:
    """Where the clause goes on after a dash aside opening at ``pos`` ("only half — 55 percent —
    of the riders said"), when the word after the closing dash carries it on (a preposition,
    "that", "if": lexicons/aside_continuations.txt; an auxiliary verb); None when the dash ends the clause (no
    closing dash, or a contrast or a new subject after it)."""
    m = DASH_ASIDE.match(text, pos, end)
    if m is None:
        return None
    word = m.group("word")
    if word in lexicon.words("prepositions") or word in lexicon.words("aside_continuations") \
            or word in lexicon.words("auxiliary_verbs"):  # "the fees she set — and later cut — were fair"
        return m.start("word")
    return None


def opens_subordinate(text: str, start: int, end: int) -> bool:
    """The clause at ``start`` opens with a subordinator, after an optional "that" ("that
    although the vote was ..."): its main clause is still to come."""
    words = WORD.findall(text, start, min(end, start + 40))[:2]
    if words[:1] == ["that"]:
        words = words[1:]
    return bool(words) and words[0].lower() in lexicon.words("subordinators")


# After a quoted phrase in a reported clause, what starts a clause of the writer's own: the
# clause ends there (Reed called the plan a “fair deal” and he left; ... a “steady hand,” she still ...).
AFTER_QUOTE_BREAK = regex.compile(
    r"""
      ,?["”’]?\s+and\s+(?:he|she|they|it|we|I)\s            # "... and he did not ..."
    | (?P<main>,["”’]?\s+(?:he|she|they|we|I)\s+\p{Ll}+)     # "..., he sees ..."
    | \s+\(                                                   # "... (although ...)"
    | \s+when\s+(?:asked|he|she|they|it)\b                    # "... when asked whether ..."
    | ,\s+(?:a|an)\s+\p{Ll}+\s+(?:that|which)\b              # "..., a move that ..."
    | \s+--?\s+                                                # "... - working with ..."
    """,
    regex.VERBOSE,
)


def attribution_at_sentence_end(text: str, pos: int, sent_end: int, cues: str) -> tuple[int, Attribution] | None:
    """``CLAUSE, X said.`` after ``pos``: a comma, then an attribution that runs to the sentence
    end. Returns where the comma is and the attribution."""
    comma = sent_end
    for k in range(END_COMMAS):  # the attribution may hold commas itself: ", said X, an analyst."
        comma = text.rfind(",", pos, comma)
        if comma < 0:
            return None
        if not _may_end_sentence(text, comma + 1, sent_end, cues):
            continue  # the cheap test first: no attribution after this comma runs to the end
        att = attribution_after(text, comma + 1, sent_end, cues)
        if att is None:
            continue
        rest = WORD.findall(text, max(att.cue_end, att.mention.end), sent_end)
        if rest and rest[0].lower() in _lead_verbs() and att.rule.startswith("cue then"):
            continue  # "Ruiz, a planner, said the fund would fail.": the "speaker" has a verb of its own
        if att.rule.startswith("cue then") and not _inverted(text, pos, comma, att):
            continue  # ", calling it ...", "Reed, a Democrat, criticized his rivals.": not "..., said Reed."
        if len(rest) <= 3 and not (att.cue_end > att.mention.end and (has_auxiliary(rest) or _an_object(rest))):
            return comma, att  # ", Ruiz said on Friday." (but not "In May, crews say pay is low.":
            # a clause of its own after the cue, with a verb)
        if att.rule.startswith("according to") and (k == 0 or not any(w.lower() in _lead_verbs() for w in rest)):
            return comma, att  # ", according to people familiar with the talks.": all of it names the source
            # (", according to a suit filed in May by Ann Hale, a former mayor.": commas and all)
    return None  # "..., said late-shift workers would feel it": a clause, not an attribution


def _an_object(words: list[str]) -> bool:
    """The words after a cue open with an article or a possessive and name no time ("sees the
    whole harbor", not "said this week"): the verb's object, so no trailing attribution."""
    return bool(words) and words[0].lower() in lexicon.words("determiners") \
        and not any(w.lower() in lexicon.words("time_words") or w.lower() in lexicon.words("time_adverbs") for w in words)


def _inverted(text: str, start: int, comma: int, att: Attribution) -> bool:
    """``CLAUSE, V X.`` is a clause and its tag with the verb first ("..., recalled Ann Hale."):
    not when the verb is a participle (", calling it ..."), nor when the words before the comma are
    only a mention, the verb's subject ("Reed, a Democrat, criticized ..."); a verb that usually
    takes an object is a tag only before a named person ("..., confirmed Dana Reyes", not
    "..., pledged delegates")."""
    verb = text[att.cue_start : att.cue_end].split()[0].lower()
    if verb.endswith("ing") or _only_a_mention(text, start, comma):
        return False
    return verb not in lexicon.words("object_verbs") or att.mention.kind == PERSON


def _only_a_mention(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one mention and nothing else ("Tom Reed, a Democrat from Dover"):
    a sentence's subject with its appositive, not a clause that someone said."""
    first = _skip_space(text, start, end)
    if first >= end:
        return False
    mention = parse_mention(text, first, end)
    return mention is not None and mention.end >= trim_end(text, first, end)


def _may_end_sentence(text: str, pos: int, sent_end: int, cues: str) -> bool:
    """False when ``attribution_after(text, pos, sent_end, cues)`` cannot give an attribution
    followed by at most three words, decided without reading a mention: with no cue right
    after ``pos``, only "speaker then cue" is left, and its cue is the first verb after ``pos``."""
    pats = patterns(cues)
    near = min(sent_end, pos + REACH)
    if pats["cue_then_speaker"].match(text, pos, near) or pats["according_after"].match(text, pos, near) \
            or pats["dash"].match(text, pos, near):
        return True
    verb = _first_verb(text, pos, min(sent_end, pos + SPEAKER_REACH), cues, dialogue=False)
    return verb is not None and len(WORD.findall(text, verb.end, sent_end)) <= 3


@dataclass(frozen=True)
class Introduction:
    """A cue before a quotation: ``Earnest said:`` (``tight``) or ``Earnest said the plan was``."""

    attribution: Attribution
    tight: bool          # nothing but the cue's own words between cue and quotation
    content_start: int   # where reported words begin after the cue (after "that")


def participle_after_quote(text: str, quote_end: int, pos: int, mention: ParsedMention,
                           cues: str) -> Introduction | None:
    """``Cruz said A “...,” adding that B “...”``: a participle right after a quotation goes on
    with the same speaker's report, which ``mention`` names; the clause after it (and after
    "that") is what was said."""
    m = patterns(cues)["participle_after"].match(text, quote_end, pos)
    if m is None:
        return None
    att = Attribution(m.start("cue"), m.end("cue"), mention, "a participle going on after the last quote", 0.8)
    rest = m.end()
    return Introduction(att, _short_lead(text, rest, pos) or not text[rest:pos].strip(" ,:"), _skip_space(text, rest, pos))


def attribution_before(text: str, floor: int, pos: int, cues: str, relative: bool = False,
                       verbs_from: int | None = None) -> Introduction | None:
    """A speaker and cue in ``text[floor:pos]``, the sentence before an opening mark at ``pos``;
    with ``relative``, a relative clause's cue too ("Reyes, who has called the plan “...”");
    with ``verbs_from``, only the cue verbs from there on (their subjects may start at ``floor``)."""
    pats = patterns(cues)
    m = pats["according_before"].search(text, floor, pos)
    if m:
        mention = parse_mention(text, m.start("speaker"), m.end("speaker"))
        rule = "according to, before the quote"
        if mention is None:
            mention, rule = source_phrase(text, m.start("speaker"), m.end("speaker")), "according to a source phrase, before the quote"
        if mention is not None:
            att = Attribution(m.start("cue"), m.end("cue"), mention, rule, 0.9)
            return Introduction(att, True, pos)
    # a relative clause before a quotation is not its introduction ("Ruiz, who wrote “Tides,” said")
    candidates = [c for c in introductions(text, floor, pos, cues, verbs_from)
                  if relative or c.attribution.rule != RELATIVE_RULE]
    if not candidates and verbs_from is not None:
        return None  # a second reading for the cues past ``verbs_from`` only: the other shapes were read
    if not candidates:
        inverted = _cue_then_speaker_before(text, floor, pos, pats)
        if inverted is not None:
            return inverted
    if candidates:
        # an introduction right before the quote wins; otherwise the clause's first speaker, and
        # the clause after that speaker's last cue ("Ruiz praised the crews, calling them “...”")
        candidates = candidates[_last_clause(text, floor, candidates) :]
        first, last = candidates[0], candidates[-1]
        if last.tight or last.attribution.mention == first.attribution.mention:
            return last
        if last.attribution.mention.kind == PRONOUN and last.attribution.mention.gender in ("m", "f") \
                and not _embedded_after_that(text, last.attribution.mention.start):
            # "Hale said A, although she wrote that B “...”": the clause after the he or she's own
            # cue holds the quotation; the speaker stays the clause's first subject
            return Introduction(first.attribution, first.tight, last.content_start)
        return first
    m = pats["colon"].search(text, max(floor, pos - 3), pos)
    if m is None and (label := speaker_label(text, floor, pos)) is not None \
            and len(WORD.findall(text, label[2], pos)) <= LABEL_CLAIM_WORDS \
            and sentence_end(text, label[2], pos) == pos:
        # "Sen. Ann Hale: Harbor Plan ‘Not Worth the Paper’": a headline's speaker, and the
        # claim that holds the quotation
        att = Attribution(label[1], label[1] + 1, label[0], "speaker and colon, then the claim", 0.7)
        return Introduction(att, False, label[2])
    if m:
        verb_first = _inverted_cue(text, floor, m.start())
        if verb_first is not None:
            return Introduction(verb_first, True, pos)  # Said Hale: “...”
        mention = parse_mention(text, floor, m.start())
        if mention is None:
            # "Media share the blame - Ines Vark: “...”": a headline, a dash, then the speaker
            dash = None
            for dash in SPACED_DASH.finditer(text, floor, m.start()):
                pass
            if dash is not None:
                mention = parse_mention(text, dash.end(), m.start())
        if mention is not None and mention.kind == PERSON and " " not in (mention.name or " ") \
                and _common_word(text, mention.name or "") and (mention.name or "").lower() not in first_names():
            # "More from Hale:": "More" is a common word, not a one-word name; the name comes after
            # the preposition of what was read as its affiliation
            after = WORD.search(text, mention.start + len(mention.name or ""), m.start())
            mention = parse_mention(text, _skip_space(text, after.end(), m.start()), m.start()) if after else None
            if mention is not None and mention.kind != PERSON:
                mention = None  # "Grant from Flint:": a place after "from" names no speaker
        if mention is not None and mention.kind != "pronoun":
            att = Attribution(m.start("cue"), m.end("cue"), mention, "speaker and colon before the quote", 0.8)
            return Introduction(att, True, pos)
        # "Ruiz resisted:", "Okafor delivered a sharp warning to the board:" — the subject speaks
        subject = _subject(text, floor, m.start())
        if subject is not None and not (subject.kind == PRONOUN and subject.head in ("it", "this", "that")):
            verb_phrase = text[subject.end : m.start()].strip(" ,")
            words = verb_phrase.split()
            if 1 <= len(words) <= COLON_PHRASE_WORDS and words[0].islower():
                start = text.index(words[0], subject.end)
                att = Attribution(start, m.start(), subject, "subject, verb phrase and colon before the quote", 0.7)
                return Introduction(att, True, pos)
    return None


# Between two reports of one sentence, what starts a clause of its own: ", while Lee said",
# "; Lee said", ", but Lee said".
CLAUSE_JOINT = regex.compile(r",\s*(?:while|whereas|but|and|yet)\s|;\s")


# Only a subordinator of time or cause between one report's cue and the next speaker: "Reed
# said, after Hale wrote that ...", "Reed tweeted when Hale argued ...": the first cue's clause
# is over. (Not every word of lexicons/subordinators.txt: after "if", "although" or "unless" the
# clause is still the first speaker's, "Reed says if voters think ..., they are wrong".)
SUBORDINATOR_AFTER_CUE = regex.compile(r"\s*,?\s*(?:after|when|before|because|since|until|once|as)\s+", regex.IGNORECASE)


# The word before a pronoun that makes its clause a relative one inside the report ("a plan
# that she said would ...": the plan is still what the first speaker talks about).
RELATIVE_THAT = regex.compile(r"\b(?:that|which)\s+\Z", regex.IGNORECASE)


def _embedded_after_that(text: str, mention_start: int) -> bool:
    """The pronoun opens a relative clause: "that" or "which" right before it."""
    return RELATIVE_THAT.search(text, max(0, mention_start - 8), mention_start) is not None


def _last_clause(text: str, floor: int, candidates: list[Introduction]) -> int:
    """Where the candidates of the quotation's own clause start: after a joint ("Reyes said A,
    while Lee said “B”") or after a subordinate clause that opens the sentence ("While not
    everything Reyes says is true, Lee said “...”"), the later report is the quotation's."""
    start = 0
    for k in range(1, len(candidates)):
        between = text[candidates[k - 1].attribution.cue_end : candidates[k].attribution.mention.start]
        opener = WORD.match(text, _skip_space(text, floor, candidates[0].attribution.mention.start))
        if CLAUSE_JOINT.search(between) or k == 1 and "," in between and opener is not None \
                and opener.group().lower() in lexicon.words("subordinators") \
                or SUBORDINATOR_AFTER_CUE.fullmatch(between) is not None:
            start = k
    return start


def _cue_then_speaker_before(text: str, floor: int, pos: int, pats: Patterns) -> Introduction | None:
    """``..., explained Bo Lee, “...”``: a cue opening the sentence or following a comma,
    then the speaker and a comma, right before the quotation."""
    reach = max(floor, pos - REACH)
    if not text[reach:pos].rstrip().endswith(","):
        return None  # the cheap test first: the pattern ends on a comma before the quotation
    m = pats["cue_then_speaker_before"].search(text, reach, pos)
    if m is None:
        return None
    before = text[floor : m.start("cue")].rstrip()
    if before and not before.endswith(","):
        return None  # "the book I said Ana Ruiz, ..." — the verb must open the clause
    mention = parse_mention(text, m.start("speaker"), m.end("speaker"))
    if mention is None or mention.kind == PRONOUN:
        return None
    att = Attribution(m.start("cue"), m.end("cue"), mention, "cue then speaker, right before the quote", 0.85)
    return Introduction(att, True, pos)


# A dash set off by spaces: " - ", " -- ", " — ", " – ".
SPACED_DASH = regex.compile(r"\s(?:-{1,2}|[—–])\s")

# How many commas from the sentence end an attribution may start at.
END_COMMAS = 3

# A passive auxiliary before the verb: the subject did not speak.
BE = r"(?:was|were|is|are|be|been|being)"
PASSIVE = regex.compile(rf"(?:\S+\s+)?{BE}\s+", regex.IGNORECASE)
# a form of "be" right before a verb, looking back from it: "was said", "were told"
PASSIVE_BEFORE = regex.compile(rf"\b{BE}\s+\Z")

# The rule of an introduction inside a relative clause ("Ana Ruiz, who said the fund is empty,
# ..."): its clause ends at the next comma.
RELATIVE_RULE = "speaker, relative pronoun and cue, then the clause"
# The rule of a dash and a name after a quotation: “...” — Ann Hale
DASH_RULE = "dash attribution"

# An infinitive right after a verb: "declined to comment", "appears to have stalled".
INFINITIVE_AFTER = regex.compile(r"\s+to\s+(?P<word>\p{L}+)")


def _object_of_to(word: str) -> bool:
    """The word after "to" opens a noun phrase (a determiner, a pronoun, a name), so "to" is a
    preposition, not an infinitive's: "complained to the board", "wrote to Reed"."""
    return word[:1].isupper() or word.lower() in lexicon.words("determiners") or word.lower() in lexicon.tagged("pronouns")

# "and" or "but" (or "and also") right before a cue: the verb shares the sentence's subject.
COORDINATOR = regex.compile(r"\b(?:and|but)(?:\s+also)?\Z")

# At most this many words between a subject and the colon that introduces a quote.
COLON_PHRASE_WORDS = 12

# How far any one cue pattern may read from where it starts. The regex engine may scan ahead
# for a required word ("that") to the end of the range it is given, so ranges are bounded.
REACH = 300

# How far after a closing mark a speaker-then-cue attribution may end ("..., Hugh Carter, a
# county commissioner who chairs the transit board, said").
SPEAKER_REACH = 160

# A speaker, then an aside set off by commas before the verb: "Ruiz, after a short silence, said".
ASIDE = regex.compile(r"(?P<who>[^,]{1,80}),\s+\p{Ll}[^,]{0,80},\s*\Z")

# A quotation mark or a line break: a speaker stretch never crosses one.
QUOTE_OR_BREAK = regex.compile(r'[\n"“”«»]')
# The same in hard-wrapped fiction, where one line break is only a wrapped line.
QUOTE_OR_BLANK_LINE = regex.compile(r'["“”«»]|\n[ \t]*\n')

# How far back from a verb its auxiliaries may reach ("had previously said").
AUX_REACH = 30

def _cue_start(text: str, floor: int, verb: Verb, cues: str) -> int:
    """Where a cue begins: at the auxiliaries before its verb ("has said", "will also say"),
    found by looking back from the verb, at most ``AUX_REACH`` characters and not before ``floor``."""
    reach = max(floor, verb.start - AUX_REACH)
    end = verb.start
    while end > reach and text[end - 1].isspace():
        end -= 1
    start = end
    while start > reach and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    if word not in _auxiliary_ends() and not (word == "t" and text[start - 2 : start] in NOT_ENDS) \
            and not (word in CONTRACTED and start > reach and text[start - 1] in "'’"):
        return verb.start  # the cheap test first: the word before the verb ends no auxiliary (nor "n't")
    aux = patterns(cues)["aux_before"].search(text, reach, verb.start)
    return aux.start() if aux else verb.start


# How "n't" looks before its final "t": "doesn't", "didn’t".
NOT_ENDS = ("n'", "n’")
# Contracted auxiliaries, after their apostrophe: "he's said", "they've argued", "she'd told".
CONTRACTED = frozenset({"s", "ve", "d", "re"})


@cache
def _auxiliary_ends() -> frozenset[str]:
    """The last word of each auxiliary ("has long" → "long"). Auxiliaries are words of letters
    (a test checks), so the word before a verb is the run of letters before it."""
    return frozenset(a.split()[-1] for a in lexicon.entries("cue_auxiliaries"))


# How far back from the cue a gap between speaker and cue may reach (", on the other hand,",
# an aside in brackets or between dashes).
GAP_REACH = 110


def _may_end_gap(text: str, start: int, cue_start: int) -> bool:
    """A cheap test before ``gap_before``: every gap ends, past its spaces, with a comma, a
    bracket or a dash, or with "who", "which", an adverb in -ly after them, a time word or a
    document noun, which a space sets off (the pattern ignores case; a word with other than
    ASCII letters is left to it)."""
    before = text[start:cue_start].rstrip()
    if not before:
        return False
    if before[-1] in ",)-—–":
        return True
    word = before.rsplit(None, 1)[-1].lower()
    return not word.isascii() or word in _gap_final_words() or word.endswith("ly")


@cache
def _gap_final_words() -> frozenset[str]:
    """The words that may end a gap before a cue: "who", "which", and the last word of each time
    word and document noun ("on Tuesday", "last week", "in his speech")."""
    entries = lexicon.entries("time_adverbs") + lexicon.entries("document_nouns")
    return frozenset(e.split()[-1].lower() for e in entries) | {"who", "which"}


def _hearer_or_phrase_before_that(text: str, cue_end: int, that_end: int, verb: Verb) -> bool:
    """Whether the words between a cue and a later "that" may be skipped: a phrase or a time
    ("said in a statement that", "said Tuesday that", "said repeatedly that") or, after a verb
    with a hearer, the hearer ("told the council that"); otherwise they open the clause and
    the "that" is its own ("said Hale's plan relied on fees that would ...")."""
    words = [w for w in (w.strip(",").lower() for w in text[cue_end:that_end].split()[:-1]) if w]
    if not words:
        return True
    first = words[0]  # (after an aside's comma: "said, without proof, that")
    cue_words = verb.words.lower().split()
    return first in lexicon.words("prepositions") or first == "as" or first in _time_openers() \
        or any(w in lexicon.words("time_words") for w in words) \
        or first.endswith("ly") or cue_words[0] in lexicon.words("hearer_that_verbs") \
        or any(w in lexicon.words("prepositions") for w in cue_words[1:]) \
        or first in lexicon.words("determiners")  # ("said in court papers that"; after an article
    # or a determiner ``_relative_that`` decides: "questioned the idea that", "said the plan that")


@cache
def _time_openers() -> frozenset[str]:
    """The first words of time phrases: "Tuesday", "last week", "earlier this month"."""
    return frozenset(e.split()[0] for e in lexicon.entries("time_adverbs")) | lexicon.words("time_words")


def introductions(text: str, floor: int, pos: int, cues: str, verbs_from: int | None = None) -> list[Introduction]:
    """Every speaker + cue in ``text[floor:pos]``, in order, each saying whether it is tight
    (nothing but the cue's own words between it and ``pos``)."""
    pats = patterns(cues)
    candidates: list[Introduction] = []
    for verb in verbs_between(text, floor if verbs_from is None else verbs_from, pos, cues):
        if after_determiner(text, floor, verb.start):
            continue  # "in a written statement", "the said report": an adjective, not a cue
        cue_start, cue_end = _cue_start(text, floor, verb, cues), verb.end
        participle = verb.words.split()[0].endswith("ing")  # "telling reporters": the verb's own word
        # (decided before any mention is read: the cheap test first)
        infinitive = cues == "all" and (to := INFINITIVE_AFTER.match(text, cue_end, pos)) is not None \
            and not _object_of_to(to.group("word"))  # "complained to the board that": no infinitive
        if PASSIVE.match(text, cue_start, verb.start) and not participle \
                and not (infinitive and verb.words in lexicon.words("belief_verbs")):
            continue  # "It was said that ...", "he was told": the subject is not the speaker
            # (but with --cues all, "the report is expected to show" is the report's expectation)
        # "Ruiz, though, said", "Earnest on Tuesday said": the mention ends before the gap
        reach = max(floor, cue_start - GAP_REACH)
        gap = pats["gap_before"].search(text, reach, cue_start) if _may_end_gap(text, reach, cue_start) else None
        mention_end = gap.start() if gap else cue_start
        mention = longest_suffix_mention(text, floor, mention_end)
        if mention is None and gap is not None and (whole := longest_suffix_mention(text, floor, cue_start)) is not None \
                and whole.start < mention_end:
            # "A spokesman for the group cited in the report said": no gap, the phrase runs to the cue
            # (but "..., but in a second interview told": the phrase is the gap, not a speaker)
            mention, mention_end, gap = whole, cue_start, None
        if mention is not None and mention.kind == PERSON and " " not in (mention.name or " ") \
                and _opens_sentence(text, floor, mention.start) \
                and (_opening_participle(text, mention.name or "") or participle and _unknown_name(text, mention.name or "")):
            mention = None  # "Facing calls to resign, ...": a participle opening the sentence, then its
            # object; "(Additional reporting by ...)": no subject opens a participle's sentence
        if not participle and mention is not None and mention.kind == PERSON and not mention.titles \
                and " " not in (mention.name or " ") and not (gap is not None and gap.group("relative")) \
                and _object_of_preposition(text, floor, mention.start) \
                and text[max(floor, mention.start - 20) : mention.start].rstrip().endswith(
                    _word_before(text, floor, mention.start)) \
                and _word_before(text, floor, mention.start).lower() not in lexicon.words("subordinators"):
            mention = None  # "a monitoring group based in Britain said": the place is the preposition's
            # object, not the verb's subject ("after Reed said" is a clause's subject; "a win for
            # Reed, who said" and "As the votes came in, Reed said" keep theirs)
        agent = AGENT_BEFORE.search(text, max(floor, mention.start - AGENT_REACH), mention.start) \
            if mention is not None and text[mention.start - 3 : mention.start] == "by " \
            and not (gap is not None and gap.group("relative")) else None  # ("drafted by Reed, who said": Reed)
        if agent is not None:
            # "Emails obtained by The Harbor Post show ...": the participle's agent; the noun the
            # participle follows is the subject ("Voters angered by Reed say ...")
            mention = longest_suffix_mention(text, floor, agent.start())
            mention = mention if mention is not None and mention.kind != PRONOUN else None
            if mention is None:
                continue
        if participle and mention is not None and _object_of_preposition(text, floor, mention.start) \
                and _word_before(text, floor, mention.start).lower() != "with":
            mention = None  # "... responded on Facebook writing, “...”": Facebook is where, not who
            # (but "..., with Reed noting that ...": Reed is the participle's own subject)
        issuer = False  # the speaker issued the document that stands before the cue
        if participle and mention is not None and object_of_verb(text, floor, mention.start):
            # "Ruiz issued a statement saying ...": the statement speaks for the one who issued it;
            # "Ruiz thanked the crews, saying ...": the one who thanked them speaks
            # (the object's first word is read too: a verb must follow the subject, "Several
            # delegates mailed letters saying ...")
            first = WORD.match(text, mention.start, mention.end)
            subject = _subject(text, floor, first.end() if first else mention.start)
            if subject is not None and subject.kind == PRONOUN and subject.head in ("it", "this", "that"):
                subject = None  # "it was a rival conceding ...": no speaker
            document = mention.head in lexicon.words("document_nouns")
            issuer = subject is not None and document  # "issued a statement saying", not "mocked Reed for calling"
            mention = subject or (mention if document else None)
        before = text[max(floor, mention_end - 40) : mention_end].rstrip()  # only its end matters (before any gap)
        if mention is None and participle and candidates and before.endswith(",") \
                and candidates[-1].attribution.mention.start >= floor:
            # "..., Okafor said, adding, “...”", "dock workers interrupted the mayor, yelling “...”":
            # the participle goes on with the subject of the report just made
            mention = candidates[-1].attribution.mention
        elif mention is None and participle and candidates and COORDINATOR.search(before) \
                and candidates[-1].attribution.mention.start >= floor \
                and text[candidates[-1].attribution.cue_start : candidates[-1].attribution.cue_end].split()[0].endswith("ing"):
            # "..., with Reed tweeting that ... and asking, “...”": the participles share a subject
            mention = candidates[-1].attribution.mention
        elif mention is None and (participle or COORDINATOR.search(before)):
            # "Clinton spoke for an hour, noting that ...", "Trump referred to X and said ...":
            # the sentence's subject speaks
            mention = _subject(text, floor, cue_start)
            if mention is None or mention.kind == "pronoun" and mention.head == "it":
                continue
        elif mention is None and (mention := _subject_set_off(text, floor, cue_start)) is not None:
            pass  # "Cory Lane, 22, of Flint, said ...", "Lane however said ...": the subject, then an aside
        elif mention is None and (mention := set_off_name(text, floor, mention_end)) is not None:
            pass  # "A deckhand loyal to Mr. Reed, Dale Ortiz of Dover, said": the appositive's name
        elif mention is None or not issuer and agent is None \
                and text[mention.end : mention_end].replace(",", " ").replace(".", " ").strip():
            continue  # (any space, \xa0 too; "Mich.," ends an appositive with an abbreviation's full stop)
        rest = pats["intro_rest"].match(text, cue_end, pos)
        tight = rest is not None or _short_lead(text, cue_end, pos)
        content = cue_end
        if rest is not None and rest.group("that"):
            content = rest.start("that") + len("that")
        elif infinitive:
            pass  # "appears to come from donors who ...": the infinitive is the content, not a later "that"
        elif not tight:
            reach = min(pos, cue_end + REACH)
            if gap is not None and gap.group("relative"):
                # "Ruiz, who wrote the bill, said that ...": the relative clause ends at its comma
                comma = text.find(",", cue_end, reach)
                reach = comma if comma >= 0 else reach
            that = THAT.match(text, cue_end, reach) or THAT_AFTER_SETTING.match(text, cue_end, reach)
            if that and not _relative_that(text, that.start(), that.end(), verb.words) \
                    and _hearer_or_phrase_before_that(text, cue_end, that.end(), verb):
                content = that.end()
            else:
                when = pats["time_after"].match(text, cue_end, pos)  # "said Thursday the pier ..."
                content = when.end() if when else cue_end
                if lexicon.words("clause_only_verbs").isdisjoint(verb.words.lower().split()):
                    prep = cue_preposition().match(text, content, pos)  # "called for a vote": the object
                    content = prep.end() if prep else content
        rule = "speaker then cue, right before the quote" if tight else "speaker then cue, then the clause"
        if gap is not None and gap.group("relative"):
            rule = RELATIVE_RULE
        att = Attribution(cue_start, cue_end, mention, rule, 0.9 if tight else 0.8)
        candidates.append(Introduction(att, tight, _skip_space(text, content, pos)))
    return candidates


# A number after "about" or "over" is an approximation, not the verb's object: "said about 40 ..."
NUMBER_AHEAD = r"(?:\d|(?:least|most|half|a\s+(?:third|quarter|dozen))\b)"


@cache
def cue_preposition() -> regex.Pattern[str]:
    """A preposition right after a cue verb that opens its object ("called for a vote", "warned
    of a crisis"; lexicons/cue_prepositions.txt), unless a number follows ("about 40")."""
    prepositions = lexicon.alternation("cue_prepositions")
    return regex.compile(rf"\s+(?:{prepositions})\s+(?!\s|{NUMBER_AHEAD})")


# A few words and a comma or colon between a cue and its quotation: told the news agency simply, “...”
SHORT_LEAD = regex.compile(
    r"""
    (?:\s+(?!that\b)[^\s,:;"“”«»]+){1,8}     # one to eight words, none of them "that"
    \s*[,:]\s*\Z                            # then a comma or colon right before the quotation
    """,
    regex.VERBOSE,
)

def _short_lead(text: str, start: int, end: int) -> bool:
    """The stretch between a cue and a quotation is the cue's object or adverb only (no verb of
    its own): “X told the harbor board simply, “We lost the vote.”” introduces the quote whole."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last == start or text[last - 1] not in ",:":
        return False  # the cheap test first: the lead ends with a comma or a colon
    if SHORT_LEAD.match(text, start, end) is None:
        return False
    verbs = _lead_verbs()
    return not any(w.lower() in verbs for w in WORD.findall(text, start, end))


def has_auxiliary(words: list[str]) -> bool:
    """One of ``words`` is an auxiliary or a copula ("is", "would", "had")."""
    return any(w.lower() in lexicon.words("auxiliary_verbs") for w in words)


@cache
def _lead_verbs() -> frozenset[str]:
    """Words that give a lead a verb of its own: cue verbs and auxiliaries."""
    return lexicon.words("speech_verbs") | lexicon.words("belief_verbs") | lexicon.words("auxiliary_verbs")


def _word_before(text: str, floor: int, start: int) -> str:
    """The word right before ``start`` (not before ``floor``), or ""."""
    before = WORD.findall(text, max(floor, start - 20), start)
    return before[-1] if before else ""


def _object_of_preposition(text: str, floor: int, start: int) -> bool:
    """The word before ``start`` is a preposition ("on Facebook", "to Okafor"): what follows it is
    the preposition's object, not the subject of a verb after it."""
    return _word_before(text, floor, start) in lexicon.words("prepositions")


def after_determiner(text: str, floor: int, start: int) -> bool:
    """The word before ``start`` is an article or another determiner ("a written statement"), not
    one that stands alone for a group ("Some said", "two in three said"), unless a preposition
    comes before it and the verb may be a plural noun ("in four states"); or a capitalised
    adjective ("Western states") or a capitalised word after a determiner of plurals ("most
    Democratic states") before a verb that may be a plural noun; or a hyphenated modifier after an article ("a
    Trump-style retort") or an -ing word after a preposition ("from neighboring states"): a
    noun, not a verb."""
    if text[start - 1 : start] != " ":
        return False
    before = WORD_OR_HYPHENATED.findall(text, max(floor, start - 40), start)[-2:]
    word = before[-1].lower() if before else ""
    if word in lexicon.words("determiners") and word not in lexicon.words("quantifier_pronouns"):
        return True
    if len(before) == 2 and before[0].lower() in lexicon.words("prepositions") and text[start : start + 12].split()[0][-1:] == "s" \
            and (word in lexicon.words("determiners") or word.endswith("ing") and before[1].islower()):
        return True  # "voters in four states", "senators from neighboring states": a plural noun after a
        # preposition and its determiner or adjective ("two in three said" is a group and a verb)
    if before and before[-1][:1].isupper() and text[start - 1 - len(before[-1]) : start - 1] == before[-1] \
            and text[start : start + 12].split()[0][-1:] == "s" \
            and (word in lexicon.words("proper_adjectives")
                 or len(before) == 2 and before[0].lower() in lexicon.words("plural_determiners")
                 and text[start - 2 - len(before[-1]) - len(before[0]) : start - 1] == f"{before[0]} {before[-1]}"):
        return True  # "to Western states", "most Democratic states": a plural noun after a capitalised
        # adjective ("The Post states" and "Hale states" keep their verb)
    return len(before) == 2 and "-" in before[1] and before[0].lower() in ("a", "an", "the") \
        and text[start - 1 - len(before[1]) : start - 1] == before[1]  # right before the verb


# A past participle and "by" right before a mention: the mention is the participle's agent
# ("records obtained by the Ledger", "a memo written by Reed"), not the subject of a verb after it.
AGENT_BEFORE = regex.compile(
    r"""
    (?<![\p{L}])\p{Ll}+(?:ed|en|wn)   # a regular or an -en/-wn past participle: obtained, seen, shown
    [ ]by[ ]\Z                         # "by", then the mention
    """,
    regex.VERBOSE,
)
AGENT_REACH = 30  # participle, "by" and the spaces: at most this long

# A word, or a hyphenated compound ("Trump-style"), for reading the words before a verb.
WORD_OR_HYPHENATED = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")


def object_of_verb(text: str, floor: int, start: int) -> bool:
    """The word right before ``start`` (spaces between, no punctuation) is a lower-case word
    other than a preposition or a conjunction ("issued a statement", "thanked the crews"): the
    mention is that verb's object. Not after "and" or a dash ("– Reed saying")."""
    word = _word_before(text, floor, start)
    if not word.islower() or word in lexicon.words("prepositions") or word in lexicon.words("conjunctions"):
        return False
    return text[max(floor, start - 20) : start].rstrip().endswith(word)  # nothing but spaces between


# At most this many words open a sentence as a time adverbial before its comma ("Hours later,",
# "Early on Friday morning,"); a time word ending a longer stretch ends a clause ("Okafor
# issued a statement on Friday,").
TIME_OPENING_TOKENS = 4


def _subject(text: str, floor: int, limit: int) -> ParsedMention | None:
    """The mention a sentence opens with, if any (for a cue in a participle phrase), after any
    opening adverbial: "In a long speech on Monday, Ruiz attacked ..., calling ..."."""
    stretch = tokens(text, floor, min(limit, floor + SUFFIX_REACH), 32)
    toks = stretch[:20]
    after_commas = [i + 1 for i, t in enumerate(toks[:-1]) if t[0] == ","][:2]
    starts = [0] + after_commas
    opening = _opening_words(toks)
    if opening:
        starts.insert(1, opening)  # "But Trump reversed ...", "And then Trump went ...": one or two opening words
    if len(toks) > 1 and (toks[0][0].endswith("ing") and toks[1][0] in lexicon.words("prepositions")
                          or _adverb_then_participle(toks[0][0], toks[1][0])) \
            or toks and (toks[0][0].lower() in lexicon.words("prepositions")
                         or toks[0][0].lower() in lexicon.words("subordinators")) \
            or after_commas and 2 <= after_commas[0] <= TIME_OPENING_TOKENS + 1 \
            and toks[after_commas[0] - 2][0].lower() in lexicon.words("time_adverbs"):
        starts.remove(0)  # "Continuing to explain ..., Ruiz said", "Hastily changing ..., Ruiz said", "Amid the uproar, Ruiz said",
        # "Once the vote was in, Ruiz said",
        # "Hours later, Ruiz said": no subject before the comma
    deferred = None
    for s in starts:
        for i in range(min(len(toks), s + 8), s, -1):
            if toks[i - 1][0] == "," or not (i < len(toks) and toks[i][0][:1].islower()):
                continue  # a verb must follow (the cheap test first)
            m = parse_tokens(text, toks[s:i], appositive=False)
            if m is None or i - s == 1 and m.kind == PERSON and (
                    _common_word(text, toks[s][0]) or s == 0 and _opening_participle(text, toks[s][0])):
                continue  # ("Wooed by donors and tipped to win ...", "Keeping fares low has ...": a
                # participle or a gerund opening the sentence)
            if deferred is None and i - s == 1 and m.kind == PERSON and s < starts[-1] and (
                    _unknown_name(text, toks[s][0])
                    or _adverb(toks[s][0].lower()) and toks[i][0] in lexicon.words("prepositions")):
                # "Stung by the criticism, Mr. Reed returned ...", "Facing pressure, she said ...",
                # "Shortly after the vote, the crews ...": a word the story names no one with, or an
                # adverb before a preposition, opens a participle, adjective or adverb phrase; the
                # subject comes after its comma (if none reads there, the word is the subject)
                deferred = m
                break
            return m
    if deferred is not None:
        return deferred
    # "Dale Ortiz, a planner who advised the mayor, said ...": a subject with an appositive
    toks = stretch[_opening_words(stretch) :]
    commas = [i for i, t in enumerate(toks) if t[0] == ","][:2]
    if len(commas) == 2 and commas[1] + 1 < len(toks) and toks[commas[1] + 1][0][:1].islower():
        m = parse_tokens(text, toks[: commas[1] + 1], appositive=True)
        if m is not None and m.kind != PRONOUN:
            return m
        aside = toks[commas[0] + 1 : commas[1]]
        if 0 < len(aside) <= 4 and all(t[0].islower() for t in aside):
            # "Ruiz, clearly frustrated, answered ...": an aside, not an appositive
            m = parse_tokens(text, toks[: commas[0]], appositive=False)
            if m is not None and m.kind != PRONOUN:
                return m
    return None


# "was quoted as" (saying): between a speaker and a participle of saying after the words.
QUOTED_AS = regex.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted(?:\s+by\s+[^,.;\n]{1,60}?)?\s+as\s*\Z")


def _inverted_cue(text: str, floor: int, colon: int) -> Attribution | None:
    """``Said Hale:`` — a sentence that opens with its verb of saying, then the speaker and a
    colon before the quotation."""
    verb = WORD.match(text, _skip_space(text, floor, colon), colon)
    if verb is None or not verb.group()[:1].isupper():
        return None
    low = verb.group().lower()
    forms = lexicon.words("speech_verbs")
    if low not in forms or low + "s" in forms or low + "es" in forms:
        return None  # not a verb of saying, or its bare form: an order ("Ask Reed: ...") or a name ("Signal Hill:")
    mention = parse_mention(text, _skip_space(text, verb.end(), colon), colon)
    if mention is None or mention.kind == PRONOUN:
        return None
    return Attribution(verb.start(), verb.end(), mention, "cue, speaker and colon before the quote", 0.85)


def _adverb_then_participle(first: str, second: str) -> bool:
    """A sentence opening with an adverb and a participle ("Hastily changing ..."), not a name
    (Holly Manning, Kelly browsing is no sentence's start)."""
    return first.endswith("ly") and first.lower() not in first_names() and second.islower() and second.endswith("ing")


def _opening_words(toks: list[tuple[str, int, int]]) -> int:
    """How many of a sentence's first tokens are opening conjunctions ("But", "And then"): none,
    one or two."""
    n = 0
    while n < min(2, len(toks) - 1) and toks[n][0].lower() in lexicon.words("sentence_openers"):
        n += 1
    return n


def _opens_sentence(text: str, floor: int, start: int) -> bool:
    """Only spaces stand between ``floor`` or the end of a sentence before it and ``start``."""
    before = text[max(floor, start - 40) : start]
    kept = before.rstrip()
    return not kept or "\n" in before[len(kept) :] or kept.endswith((".", "!", "?", "("))


def _opening_participle(text: str, word: str) -> bool:
    """A word ending as a participle does ("Facing", "Wooed"), written once in the text and no
    known first name: a participle or gerund, not a one-word name."""
    return len(word) > MIN_PARTICIPLE_LENGTH and word.lower().endswith(PARTICIPLE_ENDINGS) and _unknown_name(text, word)


# How a participle or a gerund ends ("Facing", "Wooed"), and the length a word must pass to be
# read as one by its ending ("Reed", "Ted" are names).
PARTICIPLE_ENDINGS = ("ing", "ed")
MIN_PARTICIPLE_LENGTH = 4


def _unknown_name(text: str, word: str) -> bool:
    """A capitalised word that is no known first name and that the text writes only once
    ("Stung", "Facing", "Alarmed"): as a one-word subject it names no one the story introduced
    ("Mosman" after "Judge Ann Mosman" does)."""
    if word.lower() in first_names():
        return False
    if len(text) <= SEARCHED_TEXT_CHARS:
        return not _written_twice(text, word)  # the cheap test first: a search, not a read of every word
    return _capitalised_words(text)[word] <= 1


def _written_twice(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word (a run of letters and digits that
    ``WORD`` reads) at least twice; the search stops at the second."""
    if not word[:1].isupper() or WORD.fullmatch(word) is None:
        return False  # (as ``_capitalised_words`` counts only capitalised runs of letters and digits)
    seen = 0
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or WORD.match(text, at - 1, at) is None) and WORD.match(text, end, end + 1) is None:
            seen += 1
            if seen == 2:
                return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=4)
def _capitalised_words(text: str) -> Counter[str]:
    """How often a text writes each capitalised word, read once per text (for a text too long
    for ``_written_twice`` to search once per word: its cost stays linear)."""
    return Counter(w for w in WORD.findall(text) if w[:1].isupper())


def _common_word(text: str, word: str) -> bool:
    """A capitalised word opening a sentence that the same text also writes in lower case
    ("Hours later, ...", "Early results ..."): a common word, not a one-word name."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or low in lexicon.tagged("pronouns") or low in lexicon.words("determiners"):
        return False
    if len(text) <= SEARCHED_TEXT_CHARS and low not in text:
        return False  # the cheap test first: the lower-case form is nowhere in the text
    return low in _lower_case_words(text)


# A text up to this long is searched for a word's lower-case form, or for a second writing of
# it, before its words are read (most one-word names are written in lower case nowhere); a
# longer text has its words read at once, so its cost stays linear however many one-word names
# it holds.
SEARCHED_TEXT_CHARS = 20_000


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case, read once per text (a look-up per word after)."""
    return frozenset(w for w in WORD.findall(text) if w.islower())


# What may stand between a sentence's subject and its cue when no mention reads it whole: an
# aside set off by commas or brackets, or one to three adverbs and time words.
SET_OFF = regex.compile(
    r"""
      (?:\s*\([^()\n]{1,60}\))?                                    # " (R-Ga.)", then
      \s*,[^,"“”«»\n]{1,80}(?:,[^,"“”«»\n]{1,60}){0,3},\s*\Z       # ", 22, of Flint, Mich.," / ", a co-author,"
    | \s*\([^()\n]{1,60}\)(?:\s+\p{Ll}+){0,2}\s*\Z               # " (D-Calif.) last week"
    | (?:\s+\p{Ll}+){1,3}\s*\Z                                  # " however", " last week"
    """,
    regex.VERBOSE,
)


def _subject_set_off(text: str, floor: int, cue_start: int) -> ParsedMention | None:
    """The person or group a sentence opens with, when only an aside stands between it and the
    cue: "Cory Lane, 22, of Flint, said", "Dana Reyes (D-Ohio) last week said", "Lane however
    said". Bare lower-case words between must be adverbs or time words, not a verb phrase."""
    before = text[max(floor, cue_start - 40) : cue_start].rstrip()
    if not before:
        return None
    if before[-1] not in ",)":  # the cheap test first: an aside ends with a comma or a bracket ...
        last = WORD.findall(before)[-1:]
        if not last or not _adverb(last[0]):  # ... or it is an adverb or a time word
            return None
    subject = _subject(text, floor, cue_start)
    if subject is None or not _set_off_from(text, subject, cue_start):
        # "Cory Lane, 22, of Flint, said", "But Dana Reyes (D-Ohio), noting ..., said", "Harbor
        # delegate Ann Hale, dressed for rain, said" (not "Harbor" before a lower-case word): the
        # words before the first comma or bracket, read as a name
        toks = tokens(text, floor, min(cue_start, floor + SUFFIX_REACH), 12)
        first = _opening_words(toks)
        cut = next((i for i in range(first + 1, len(toks))
                    if toks[i][0] == "," or "(" in text[toks[i - 1][2] : toks[i][1]]), 0)
        subject = parse_tokens(text, toks[first:cut], appositive=False) if cut else None
    if subject is None or subject.kind == PRONOUN or not _set_off_from(text, subject, cue_start):
        return None
    return subject


def _set_off_from(text: str, subject: ParsedMention, cue_start: int) -> bool:
    """Only an aside set off by commas or brackets, or adverbs, stand between ``subject`` and its cue."""
    if SET_OFF.fullmatch(text, subject.end, cue_start) is None:
        return False
    return text[subject.end : cue_start].lstrip()[:1] in (",", "(") \
        or all(_adverb(w) for w in WORD.findall(text, subject.end, cue_start))


def _adverb(word: str) -> bool:
    """An adverb or a time word that may stand between a subject and its verb ("however", "also",
    "recently", "last week")."""
    return word in lexicon.words("interjections") or word in lexicon.words("time_adverbs") \
        or word.endswith("ly") or word in lexicon.words("time_words")


def clause_subject(text: str, start: int, end: int) -> ParsedMention | None:
    """Who the clause in ``text[start:end]`` (up to a quotation) is about, when it opens with a
    person, a group or an organisation and then a verb: *Okafor* thanked the crews for “...”."""
    m = _subject(text, start, end)
    if m is None or m.kind == PRONOUN and m.head in ("it", "this", "that"):
        return None
    return m


def action_beat(text: str, start: int, end: int) -> ParsedMention | None:
    """The person a sentence of narration in ``text[start:end]`` is about, when it opens with
    them and a verb follows: “Fine by me.” *Nell poured herself more tea.* In fiction such a
    beat next to a quotation with no cue names its speaker. Groups, organisations and
    documents are not speakers of a beat ("The rain came at last")."""
    toks = tokens(text, start, min(end, start + 120), 10)
    if toks and toks[0][0].lower() in lexicon.words("sentence_openers"):
        toks = toks[1:]
    for i in range(min(len(toks) - 1, 6), 0, -1):
        if not (toks[i][0][:1].islower() and toks[i][0].isalpha()):
            continue  # a verb must follow (the cheap test first)
        m = parse_tokens(text, toks[:i], appositive=False)
        if m is not None:
            person = m.kind in (PERSON, ROLE) or m.kind == PRONOUN and lexicon.tagged("pronouns").get(m.head) in ("m", "f") \
                or m.head == "i"  # he, she or I: not it, they, we, you
            return m if person else None
    return None


def _skip_space(text: str, pos: int, limit: int) -> int:
    """``pos`` moved over spaces and the comma or colon after a cue: the clause starts there."""
    while pos < limit and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    return pos
