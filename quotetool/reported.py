"""Stage 3b: reported speech with no quotation marks — ``X said (that) CLAUSE``,
``CLAUSE, X said.``, ``CLAUSE, according to X.`` and ``According to X, CLAUSE.``

Sentences that hold a quotation are left to the quotation path, but for a report of its own
after the last quotation (a participle of saying, or a speaker, a cue and a clause); a paragraph without
a final full stop (a headline, a caption) is not read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from . import lexicon
from .cues import (REACH, according_source, after_determiner, RELATIVE_RULE, SPEAKER_REACH, WORD, Attribution, Introduction, attribution_after,
                   attribution_at_sentence_end, clause_end, clause_subject, has_auxiliary, introductions,
                   longest_suffix_mention, object_of_verb, speaker_label, verbs_between)
from .quotation_marks import DOUBLE_MARKS
from .layout import SENTENCE_END, Layout, sentence_end, trim_end
from .mentions import POSSESSIVE_ENDINGS, PERSON, PRONOUN, ParsedMention, parse_mention

# A wire story's dateline before the first sentence of a paragraph: a place in capitals (and a
# state, an agency in brackets), then a dash: "WASHINGTON —", "SANTA FE, N.M. (AP) --".
DATELINE = regex.compile(
    r"""
    \p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?                # the place, in capitals: PELL ISLAND
    (?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?   # a state or country: , N.M. / , Calif.
    (?:\s+\(\p{Lu}[\p{L}\s]*\))?                    # an agency: (AP)
    \s+(?:—|–|--)\s+                                  # the dash
    """,
    regex.VERBOSE,
)
# How far into a paragraph a dateline may reach.
DATELINE_REACH = 60

# "according to" anywhere in a sentence.
ACCORDING = regex.compile(r"[Aa]ccording\s+to\b")

# According to X, CLAUSE.  (Also after an opening conjunction: "But, according to X, ...")
ACCORDING_LEAD = regex.compile(
    r"""(?:(?:But|And|Yet|So|Still|Now|Meanwhile|However)\s*,?\s+)?   # an opening word, kept out of the clause
        [Aa]ccording\s+to\s+(?P<speaker>[^,\n]{1,120}?)\s*,\s*""",
    regex.VERBOSE,
)

# ", adding that ...": a participle of saying after a quotation and its attribution.
_PARTICIPLE = r"""(?:
        (?P<verb>saying|arguing|insisting|warning|claiming|predicting)(?:\s+that)?   # ", saying (that) ..."
      | (?P<verb>adding|noting|explaining|stressing|suggesting|acknowledging|describing|pointing\s+out
                 |recalling)(?:\s+that|(?=\s+(?:how|why|what|whether|when)\b))   # ", adding that ...", not
                                                                                # ", adding a joke"
    )\s+"""
PARTICIPLE_REPORT = regex.compile(r",\s+" + _PARTICIPLE, regex.VERBOSE)
# The same right after a quotation that ends on a comma inside its marks: ...“a fantasy,” adding that
PARTICIPLE_AFTER_MARK = regex.compile(r"[ \t]+" + _PARTICIPLE, regex.VERBOSE)
# At most this many characters between the attribution and the participle (", he said Friday, adding").
AFTER_ATTRIBUTION = 30

# How far into a headline its verb may stand (a speaker of a few words).
HEADLINE_REACH = 80

# "told them to leave", "asked her to stay": an order, not reported speech.
ORDER = regex.compile(r"(?:\S+\s+){1,3}?to\s+\p{L}+")
INFINITIVE = regex.compile(r"to\s+\p{L}+")

# A comma that may open a parenthetical attribution, and the comma that closes it.
COMMA = regex.compile(r",")
COMMA_AFTER = regex.compile(
    rf"""(?:[^\S\n]+(?:(?i:on|at|in|during|early|late)[^\S\n]+)?      # after the attribution, a time: " on Friday",
         (?i:{lexicon.alternation("time_adverbs")})\b                  # " Thursday", " last week", " late Tuesday"
         (?:[^\S\n]+(?i:{lexicon.alternation("time_words")})\b)?)?     # " Friday night"
        [^\S\n]*,[^\S\n]*                                            # then the closing comma
    """,
    regex.VERBOSE,
)
# A relative clause about the source, after its comma: ", who spoke on the condition ...".
RELATIVE_AFTER_COMMA = regex.compile(r",[^\S\n]+(?:who|whom|whose|which)\b")
# What starts a new phrase after an attribution rather than more of the reported clause.
NEW_PHRASE = regex.compile(r"(?:\p{L}+ing|while|but|although|though|as|and|who|which|according)\b", regex.IGNORECASE)

# "…, Kessler Construction, crews will": a name in apposition after "according to X".
APPOSITIVE_NAME = regex.compile(r"(?P<name>\p{Lu}[^,\n]{0,60}?),\s*")

# The hearer of "told" before the clause: "the council" in "told the council they were worried".
HEARER = regex.compile(r"(?:(?:the|a|an|his|her|their|our|its)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?=(?:he|she|they|it|we|i)\b)",
                       regex.IGNORECASE)

# ... or an object pronoun ("told me the ferry will run"), or a hearer a comma sets off ("told the
# crowd, the ferry will run").
HEARER_SET_OFF = regex.compile(
    r"""
      (?:me|us|him|them|you)\s+(?!that\b)                      # an object pronoun (not "her": also an owner's)
    | (?:the|a|an|his|her|their|our|its)\s+(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+,\s+   # a short noun phrase, a comma
      (?!(?:who|whom|whose|which)\b)                         # (not a relative clause: "the crowd, which had ...")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "that" ending the stretch between a cue and its clause.
THAT_BEFORE = regex.compile(r"\bthat\s*\Z")

# A relative pronoun right before a later speaker: "an ally whom the U.S. has called on", "fight
# what she called waste" are part of the clause, not a second report.
RELATIVE = regex.compile(r"\b(?:who|whom|whose|which|that|what)\s*\Z", regex.IGNORECASE)

# How many later cues a reported clause looks at for the next report (bounds the work on a
# sentence that is a long run of cues).
NEXT_REPORTS = 3

# What joins two reports in one sentence: "..., and most riders said". Read back from
# the end: one try, not one per position of the clause.
JOINT = regex.compile(r"[,;]?\s*(?:\band\s*|\bbut\s*|\bwhile\s*)?\Z", regex.REVERSE)

# "... and said (that) ...", "... but added ...": a second report joined to the first.
COORDINATED = regex.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>\p{Ll}+)(?:\s+that)?\s+")

# Reported clauses shorter than this are not worth reporting ("he said so").
MIN_WORDS = 3
# With --cues all, short objects and intentions count too ("endorsed Smith", "declined to comment").
MIN_WORDS_ALL = 1
TERMINAL = frozenset('.!?"”’\')]…:')


@dataclass(frozen=True)
class Reported:
    """A reported clause (one span, or two around a parenthetical attribution) and its attribution.
    A report whose sentence names no source ("The vote seemed to stall") has no attribution,
    only its ``cue``."""

    spans: tuple[tuple[int, int], ...]
    attribution: Attribution | None
    rule: str
    cue: tuple[int, int] | None = None   # the cue of a report with no attribution

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def cue_start(self) -> int:
        """Where the cue starts, with or without a source."""
        if self.attribution is not None:
            return self.attribution.cue_start
        assert self.cue is not None  # a report without a source keeps its cue
        return self.cue[0]


def find_reported(text: str, layout: Layout, quoted: list[tuple[int, int]], cues: str) -> Iterator[Reported]:
    """Every reported-speech clause outside quotation marks, in order. ``quoted`` lists the
    (open, end) ranges of the quotations found, in order: sentences touching one are left out."""
    q = 0
    # every cue word of the text, found in one pass: a sentence without one is skipped at once
    cue_words = sorted([v.start for v in verbs_between(text, 0, len(text), cues)]
                       + [m.start() for m in ACCORDING.finditer(text)])
    nouns = noun_cues(text, cues)[0]  # and every noun cue ("Hale's claim that ...")
    for p_start, p_end in zip(layout.starts, layout.ends):
        while q < len(quoted) and quoted[q][1] <= p_start:
            q += 1
        if not (q < len(quoted) and quoted[q][0] < p_end):
            claim = _speaker_colon(text, p_start, p_end, cues)
            if claim is not None:
                yield claim  # "Rubio: Trump Can't Be Trusted" — a headline or a transcript line
                # the rest of the paragraph is read as usual, from the next sentence on
                p_start = sentence_end(text, claim.spans[-1][1], p_end)
                while p_start < p_end and text[p_start].isspace():
                    p_start += 1
                if p_start >= p_end:
                    continue
        if text[p_end - 1] not in TERMINAL or _title_cased(text, p_start, p_end):
            if not (q < len(quoted) and quoted[q][0] < p_end):
                yield from _some(_headline(text, p_start, p_end, cues))  # "Rubio Says Trump Can't Be Trusted"
            continue  # a headline or a caption
        first_cue = bisect_left(cue_words, p_start)
        first_noun = bisect_left(nouns, p_start)
        if (first_cue == len(cue_words) or cue_words[first_cue] >= p_end) \
                and (first_noun == len(nouns) or nouns[first_noun] >= p_end):
            continue  # no cue word in the paragraph
        s_start = p_start
        dateline = DATELINE.match(text, p_start, min(p_end, p_start + DATELINE_REACH))
        if dateline is not None:
            s_start = dateline.end()  # WASHINGTON — The talks broke down ...: the clause starts after the dash
        ends = [m.end() for m in SENTENCE_END.finditer(text, s_start, p_end)]
        if not ends or ends[-1] < p_end:
            ends.append(p_end)
        for s_end in ends:
            while q < len(quoted) and quoted[q][1] <= s_start:
                q += 1
            touches_quote = q < len(quoted) and quoted[q][0] < s_end
            c = bisect_left(cue_words, s_start)
            n = bisect_left(nouns, s_start)
            if not touches_quote and n < len(nouns) and nouns[n] < s_end:
                yield from _with_noun_reports(text, s_start, s_end, cues,
                                              _in_sentence(text, s_start, s_end, cues)
                                              if c < len(cue_words) and cue_words[c] < s_end else [])
            elif not touches_quote and c < len(cue_words) and cue_words[c] < s_end:
                yield from _in_sentence(text, s_start, s_end, cues)
            elif touches_quote and c < len(cue_words) and cue_words[c] < s_end:
                # (a participle after the cue word, which the cheap test asks first)
                lead = _participle_before(text, s_start, quoted[q][0]) if cue_words[c] < quoted[q][0] else None
                if lead is not None and cue_words[c] < lead:
                    # Hale said the plan had failed, adding, “...”: the report before the participle
                    yield from _in_sentence(text, s_start, lead, cues)
                elif c + 1 < len(cue_words) and cue_words[c + 1] < quoted[q][0]:
                    # Hale said the plan had failed, and she accused them of “...”: the report
                    # before the joint (the quotation's own cue comes after it)
                    joint = last_match(CLAUSE_JOINT, text, cue_words[c], cue_words[c + 1])
                    if joint is not None:
                        yield from _in_sentence(text, s_start, joint, cues)
                k, last = q, 0
                while k < len(quoted) and quoted[k][0] < s_end:  # the sentence's last quotation
                    last = max(last, quoted[k][1])
                    k += 1
                if last < s_end:
                    more = _after_quote(text, last, s_end, cues, s_start, quoted[q][0])
                    if more is not None:
                        yield more
                    else:
                        # the cheap test first: a cue word after it that is not just the quotation's
                        # own ("...,” Ruiz said."): a second one, or one past a joint or far away
                        after = bisect_left(cue_words, last)
                        if after < len(cue_words) and cue_words[after] < s_end and (
                                after + 1 < len(cue_words) and cue_words[after + 1] < s_end
                                or cue_words[after] - last > OWN_CUE_REACH
                                or JOINT_WORD.search(text, last, cue_words[after]) is not None):
                            yield from _report_after_quote(text, last, s_end, cues, cue_words)
            s_start = s_end
            while s_start < p_end and text[s_start].isspace():
                s_start += 1


# A comma and a coordinator that join two clauses: ", and", ", but".
CLAUSE_JOINT = regex.compile(r",\s+(?:and|but)\s")


def last_match(pattern: regex.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of ``pattern`` in ``text[start:end]`` starts, or None."""
    found = None
    for m in pattern.finditer(text, start, end):
        found = m.start()
    return found


# A participle set off by commas (or a comma and a colon) right before a quotation it
# introduces, with up to two words after it: ", adding," ", telling reporters:" (what comes
# before it is a clause of its own; "..., pointing to its “...”" is one clause with the quote).
PARTICIPLE_BEFORE_QUOTE = regex.compile(r",\s+(?P<verb>\p{Ll}+ing)(?:\s+\p{Ll}+){0,2}\s*[,:]\s*\Z")

# How far back (in characters) from a quotation such a participle is looked for.
PARTICIPLE_REACH = 40


def _participle_before(text: str, start: int, open_pos: int) -> int | None:
    """Where a participle introducing the quotation at ``open_pos`` starts (its comma), when the
    sentence from ``start`` has one: "Hale said the plan had failed, adding, “...”". Only a verb
    of saying introduces it: "..., smiling, “...”" is a manner, and the quote stays in the report."""
    m = PARTICIPLE_BEFORE_QUOTE.search(text, max(start, open_pos - PARTICIPLE_REACH), open_pos)
    if m is None or m.start() <= start or m.group("verb") not in lexicon.words("speech_verbs"):
        return None
    return m.start()


# An object and "as" after a verb of judging: "see the race as close" (a few words, then "as").
AS_COMPLEMENT = regex.compile(r"(?:[^\s,;:.!?]+\s+){1,6}?as\s")

# How far (in characters) after a quotation its own cue word may stand ("...,” the harbor
# master said"); and the words that start a clause of its own between them ("...,” and Lee said").
OWN_CUE_REACH = 60
JOINT_WORD = regex.compile(r"\b(?:and|but|while|as|when|after|before|because|so|though|although)\b")


# A clause that says how something was said: "by pointing at ...", "by saying ...".
MANNER = regex.compile(r"by\s+\p{Ll}+ing\b")


def report_around(text: str, start: int, end: int, open_pos: int, close_end: int, cues: str) -> Reported | None:
    """The reported clause of the sentence ``text[start:end]``, read as if it held no quotation,
    that takes in the quotation at ``open_pos``..``close_end`` with its cue before it: "According
    to Reed, the board “ignored every warning.”" None when there is none (the cheap test first:
    a cue word before the quotation)."""
    if not (ACCORDING.search(text, start, open_pos) or verbs_between(text, start, open_pos, cues)):
        return None
    for rep in _in_sentence(text, start, end, cues):
        if rep.attribution is not None and rep.cue_start < rep.start <= open_pos \
                and rep.spans[-1][1] >= close_end - 1:
            return rep
    return None


def _in_sentence(text: str, start: int, end: int, cues: str) -> list[Reported]:
    """The reported clauses of one sentence that holds a cue word (usually none or one)."""
    stop = trim_end(text, start, end)
    m = ACCORDING_LEAD.match(text, start, min(stop, start + REACH))
    if m:
        # "According to county rules, ...": any phrase naming where the claim comes from
        mention, phrase = according_source(text, m.start("speaker"), m.end("speaker"))
        rule = "according to a source, clause" if phrase else "according to X, clause"
        clause_start = m.end()
        named = APPOSITIVE_NAME.match(text, clause_start, min(stop, clause_start + REACH))
        if mention is not None and named is not None:
            # "According to the contractor, Kessler Construction, crews will ...": the name too
            fuller = parse_mention(text, m.start("speaker"), named.end("name"))
            if fuller is not None and fuller.kind == PERSON:
                mention, clause_start = fuller, named.end()
        if mention is not None:
            cue = ACCORDING.search(text, m.start(), m.start("speaker"))
            assert cue is not None  # the lead matched "according to" before the speaker
            att = Attribution(cue.start(), cue.end(), mention, rule, 0.85)
            return _some(_clause(text, clause_start, stop, att, "according to X, before the clause", cues))
    inside = _parenthetical(text, start, stop, cues)
    if inside is not None:
        return [inside]
    at_end = attribution_at_sentence_end(text, start, stop + 1 if stop < end else stop, cues)
    if at_end is not None and not _participle_phrase(text, start, at_end[0]):
        comma, att = at_end
        return _some(_clause(text, past_connective(text, start, comma), comma, att, "clause, then the attribution", cues,
                             preposed=True))
    found: list[Reported] = []
    if cues == "all":
        found = _some(_raised(text, start, stop, cues))  # "The vote seemed to stall": no source
    intros = [i for i in introductions(text, start, stop, cues) if not i.tight]
    for k, intro in enumerate(intros):
        att = intro.attribution
        if found and (att.cue_start < found[-1].spans[-1][1]
                      or found[-1].start <= att.mention.start < found[-1].spans[-1][1]):
            continue  # inside the clause already taken (the sentence's subject before it may speak
            # again: "Trump mocked the plan, saying it would fail")
        verb = _verb_of(text, att)
        near = min(stop, intro.content_start + REACH)
        if verb in lexicon.words("order_verbs") and ORDER.match(text, intro.content_start, near) and cues != "all":
            continue  # an order ("told them to leave"), not reported speech (with --cues all, the
            # order and its hearer are what was said, PolNeAR-style: "urged the board to wait")
        commitment = verb in lexicon.words("commissive_verbs") and INFINITIVE.match(text, intro.content_start, near)
        if INFINITIVE.match(text, intro.content_start, near) and cues != "all" and not commitment:
            continue  # a plan ("agreed to pay"): with --cues all an intention is kept, PolNeAR-style;
            # a commitment ("vowed to fight on") is what was said
        if verb in lexicon.words("order_verbs"):
            # "told the council they were worried": the hearer is not part of what was said
            hearer = HEARER.match(text, intro.content_start, near) or HEARER_SET_OFF.match(text, intro.content_start, near)
            if hearer is not None:
                intro = Introduction(att, intro.tight, hearer.end())
        if MANNER.match(text, intro.content_start, near):
            continue  # "answered by pointing at the ledger": how it was said, not what
        if verb in lexicon.words("that_verbs") and not _after_that(text, att.cue_end, intro.content_start):
            continue  # "Rust Belt states have suffered", "she knew him": no report without "that"
        if verb in lexicon.words("as_verbs") and not _after_that(text, att.cue_end, intro.content_start) \
                and AS_COMPLEMENT.match(text, intro.content_start, near) is None:
            continue  # "Hale sees the whole harbor": looking, not judging ("sees the vote as close")
        if cues == "speech" and verb in lexicon.words("object_verbs") and not commitment \
                and not _after_that(text, att.cue_end, intro.content_start):
            continue  # "praised the firefighters", "denied the allegations": an object, not speech
            # (with --cues all, every attribution is kept, PolNeAR-style)
        # a second report in the sentence ("..., and most riders said ...") ends the first
        later = next((i.attribution.mention.start for i in intros[k + 1 : k + 1 + NEXT_REPORTS]
                      if i.attribution.mention.start > intro.content_start + MIN_WORDS
                      and not relative_before(text, intro.content_start, i.attribution.mention.start)), stop)
        end = before_joint(text, intro.content_start, later)
        if att.rule == RELATIVE_RULE:
            comma = text.find(",", intro.content_start, end)  # "Ruiz, who said A, told B": A ends at the comma
            end = comma if comma >= 0 else end
        clause = _clause(text, intro.content_start, end, att, "speaker and cue, then the clause", cues)
        while clause is not None:
            found.append(clause)
            # "X announced A and said B": the same speaker's second report
            more = COORDINATED.match(text, clause.spans[-1][1], min(stop, clause.spans[-1][1] + REACH))
            if more is None or more.group("verb") not in lexicon.words("speech_verbs"):
                break
            again = Attribution(more.start("verb"), more.end("verb"), att.mention, "coordinated cue, same speaker",
                                att.confidence)
            clause = _clause(text, more.end(), stop, again, "a second report by the same speaker", cues)
    return found


def _after_quote(text: str, quote_end: int, end: int, cues: str, start: int, quote_start: int) -> Reported | None:
    """``"...," he said, adding that CLAUSE.`` — after a quotation's own attribution, a
    participle of saying reports more from the same speaker; right after a quotation inside the
    sentence's clause (``Reed called it “a fantasy,” adding that ...``), from the sentence's
    subject (``text[start:quote_start]`` is the sentence before the quotation)."""
    stop = trim_end(text, quote_end, end)
    more = PARTICIPLE_REPORT.search(text, quote_end, min(stop, quote_end + SPEAKER_REACH))
    if more is not None:
        att = attribution_after(text, quote_end, more.start(), cues)
        if att is None or max(att.cue_end, att.mention.end) < more.start() - AFTER_ATTRIBUTION:
            return None
    else:
        more = PARTICIPLE_AFTER_MARK.match(text, quote_end, stop) if text[quote_end - 2 : quote_end - 1] == "," else None
        subject = clause_subject(text, start, quote_start) if more is not None and start < quote_start else None
        if more is None or subject is None or subject.kind == PRONOUN:
            return None
        att = Attribution(more.start("verb"), more.end("verb"), subject, "the sentence's subject", 0.8)
    again = Attribution(more.start("verb"), more.end("verb"), att.mention, "participle after the quotation's cue",
                        att.confidence)
    return _clause(text, more.end(), stop, again, "a participle of saying after a quotation", cues)


# The rules of ``_in_sentence`` that read a speaker, a cue and the clause after them: the ones
# that may start after a quotation in the same sentence.
INTRODUCED = frozenset({"speaker and cue, then the clause", "a second report by the same speaker"})


# A subordinating or relative word right before the speaker of a report after a quotation:
# "when asked", "as Lee said", "until Lee said", "which is what Lee described" are no report of
# their own. Read back from the speaker: one try.
SUBORDINATE_BEFORE = regex.compile(
    r"""\b(?:when|whenever|if|as|until|because|after|before|since|while|though|although|unless|once
          |which|who|whom|whose|that|what|where|how|why|whether)   # the subordinating word
        \s+(?:\p{L}+\s+){0,1}\Z                                   # at most one word before the speaker
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)


# The same words opening a mention.
SUBORDINATE_OPENING = regex.compile(r"(?i:when|if|as|until|because|after|before|since|while|which|who|that|what)\s")


def _report_after_quote(text: str, quote_end: int, end: int, cues: str, cue_words: list[int]) -> list[Reported]:
    """``On the “Sunday Show,” Ruiz said the fund is empty.``, ``“We won,” Ruiz said, and Lee
    said the vote was close.`` — a report of its own after the sentence's last quotation: a
    speaker, a cue and a clause, past the quotation's own attribution (``cue_words``: where
    the text's cue words start, to skip a sentence with none left)."""
    own = attribution_after(text, quote_end, min(end, quote_end + SPEAKER_REACH), cues)
    floor = max(own.cue_end, own.mention.end) if own is not None else quote_end
    after = bisect_left(cue_words, floor)
    if after == len(cue_words) or cue_words[after] >= end:
        return []  # the quotation's own cue was the last one: the common case, decided fast
    return [r for r in _in_sentence(text, floor, end, cues)
            if r.rule in INTRODUCED and r.attribution is not None and r.attribution.mention.start >= floor
            and "," not in text[r.attribution.cue_end : r.start]  # "Hale said, and she left": no clause
            and not _subordinate(text, floor, r.attribution.mention.start)]


def _subordinate(text: str, floor: int, mention_start: int) -> bool:
    """A subordinating word right before the mention, or opening it ("when Lee" read as one name)."""
    return SUBORDINATE_BEFORE.search(text, max(floor, mention_start - 40), mention_start) is not None \
        or SUBORDINATE_OPENING.match(text, mention_start, mention_start + 10) is not None


# A headline in Title Case is at most this long (in characters).
TITLE_CASED_REACH = 160


def _title_cased(text: str, start: int, end: int) -> bool:
    """A short paragraph whose words all open with a capital (but a few short ones): a
    headline, even when a full stop ends it ("Hale Says Fees Will Rise In June.")."""
    if end - start > TITLE_CASED_REACH or LOWER_CASE_WORD.search(text, start, end) is not None:
        return False  # the cheap test first: a long word in lower case, so a sentence
    if ". " in text[start:end]:
        return False
    return sum(1 for w in WORD.findall(text, start, end) if len(w) > 3) >= 3


# A word of four letters or more in lower case: no Title Case headline holds one.
LOWER_CASE_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}{4,}")


def _headline(text: str, start: int, end: int, cues: str) -> Reported | None:
    """A headline that opens with its speaker and a verb of saying, in any case:
    ``Rubio Says Trump Can't Be Trusted``, ``Mayor tells council the pier will reopen``."""
    m = headline_verb().search(text, start, min(end, start + HEADLINE_REACH))
    if m is None or m.start() == start:
        return None
    mention = parse_mention(text, start, m.start() - 1, appositive=False)
    if mention is None or mention.kind == PRONOUN or text[start:m.start()].strip() != text[mention.start:mention.end]:
        return None  # the whole stretch before the verb must be its speaker
    att = Attribution(m.start(), m.end(), mention, "speaker and cue opening a headline", 0.7)
    claim = m.end()
    while claim < end and text[claim].isspace():
        claim += 1
    return _clause(text, claim, trim_end(text, claim, end), att, "a headline: speaker, cue, claim", cues)


@cache
def headline_verb() -> regex.Pattern[str]:
    """A verb of saying in a headline, capitalised or not ("Says", "says"); speech verbs only,
    whatever the cue setting: a headline's "Hopes" or "Wants" is no report."""
    return regex.compile(rf"(?<=\s)(?i:{lexicon.alternation('speech_verbs')})\b(?:[^\S\n]+(?i:that)\b)?")


def _speaker_colon(text: str, start: int, end: int, cues: str) -> Reported | None:
    """A paragraph that is ``NAME: CLAIM`` — a headline ("Rubio: Trump Can't Be Trusted") or a
    transcript line (see ``cues.speaker_label``)."""
    label = speaker_label(text, start, end)
    if label is None:
        return None
    mention, colon, claim = label
    # the claim is the first sentence ("Ana Ruiz: We will not sell. Bo Lee said ..." goes on),
    # or the whole paragraph when no cue follows (a transcript's answer of several sentences)
    clause_end = trim_end(text, claim, sentence_end(text, claim, end))
    if not verbs_between(text, clause_end, end, cues) and ACCORDING.search(text, clause_end, end) is None:
        clause_end = trim_end(text, claim, end)
    if len(WORD.findall(text, claim, clause_end)) < MIN_WORDS:
        return None
    att = Attribution(colon, colon + 1, mention, "speaker and colon, then the claim", 0.7)
    return Reported(((claim, clause_end),), att, "a paragraph that is a speaker, a colon and a claim")


def _verb_of(text: str, att: Attribution) -> str:
    """The cue's verb, lowercased: "has said" → "said", "told reporters" → "told"."""
    words = text[att.cue_start : att.cue_end].lower().split()
    verbs = [w for w in words if w in lexicon.words("speech_verbs") or w in lexicon.words("belief_verbs")]
    return verbs[0] if verbs else words[-1]


def _after_that(text: str, cue_end: int, content_start: int) -> bool:
    """True when the reported clause was introduced by "that"."""
    return THAT_BEFORE.search(text, cue_end, content_start) is not None


def relative_before(text: str, floor: int, mention_start: int) -> bool:
    """A relative pronoun (or "what") right before the mention at ``mention_start``, after
    ``floor``: its report is part of the clause it stands in ("Reed, whom she called ...")."""
    return RELATIVE.search(text, max(floor, mention_start - 12), mention_start) is not None


def before_joint(text: str, start: int, end: int) -> int:
    """``end`` moved back over a joining ", and" / " and" / "," before a second report."""
    m = JOINT.search(text, start, end)
    return m.start() if m else end


def _some(found: Reported | None) -> list[Reported]:
    return [found] if found is not None else []


def _parenthetical(text: str, start: int, stop: int, cues: str) -> Reported | None:
    """``CLAUSE, X said, CLAUSE.`` — the attribution set off by commas inside the sentence.
    What follows is more of the same clause, unless it is a new phrase ("adding ...", "while ...")."""
    commas = [m.start() for m in COMMA.finditer(text, start, stop)]
    if len(commas) < 2:
        return None  # no pair of commas to set an attribution off
    verbs = sorted([v.start for v in verbs_between(text, start, stop, cues)]
                   + [m.start() for m in ACCORDING.finditer(text, start, stop)])  # ", according to X, "
    for k, comma in enumerate(commas[:-1]):
        # the attribution sits between this comma and the next: a cue verb must stand there
        v = bisect_right(verbs, comma)
        if v == len(verbs) or verbs[v] > commas[k + 1]:
            continue
        att = attribution_after(text, comma + 1, stop, cues)
        if att is None:
            continue
        tail = max(att.cue_end, att.mention.end)
        after = COMMA_AFTER.match(text, tail, min(stop, tail + REACH))
        if after is None and RELATIVE_AFTER_COMMA.search(text, att.cue_end, tail) is not None:
            # ", according to three officials, who spoke on the condition of anonymity because ...":
            # the source's relative clause runs to the end; the report is the clause before
            return _clause(text, start, comma, att, "clause, attribution, clause", cues)
        if after is None:
            return None
        start = past_connective(text, start, comma)  # "Still, the pier, she said, held up": not "Still,"
        first = _clause(text, start, comma, att, "clause, attribution, clause", cues, preposed=True)
        second_end = trim_end(text, after.end(), stop)
        if NEW_PHRASE.match(text, after.end(), min(stop, after.end() + REACH)) or second_end <= after.end():
            return first
        first_end = trim_end(text, start, clause_end(text, start, comma, cues, preposed=True))
        if first is None and len(WORD.findall(text, start, first_end)) + len(WORD.findall(text, after.end(), second_end)) \
                < MIN_WORDS + 1 or first_end <= start:
            return None  # "The plan, she said, was simple": the two halves together make the clause
        return Reported(((start, first_end), (after.end(), second_end)), att, "clause, attribution, clause")
    return None


def _participle_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a participle phrase, not a clause: a participle of asking opens it
    (lexicons/question_participles.txt) before a preposition or a question word, and no comma
    sets a clause after it ("Asked about the feud, Vark laughed.": nothing was said; "Need for
    housing is growing, Reed said." and "Pressed on the fees, the fund is empty, Reed said." hold
    a clause)."""
    words = WORD.findall(text, start, min(end, start + PARTICIPLE_PHRASE_REACH))
    return len(words) >= 2 and words[0].lower() in lexicon.words("question_participles") \
        and (words[1].lower() in lexicon.words("prepositions") or words[1].lower() in lexicon.words("question_words")) \
        and "," not in text[start:end]


# How far into a clause (in characters) its opening participle is read.
PARTICIPLE_PHRASE_REACH = 40


@cache
def opening_connective() -> regex.Pattern[str]:
    """A connective set off by a comma (lexicons/connectives.txt: "Still,", "In fact,")."""
    connectives = lexicon.alternation("connectives")
    return regex.compile(rf"(?i:{connectives})\s*,\s+")


def past_connective(text: str, start: int, end: int) -> int:
    """``start`` moved past a connective set off by a comma that opens the sentence ("Still,
    the pier held up, Hale said.": the writer's link, not what Hale said), unless nothing is
    left of ``text[start:end]`` after it ("Now, she said, ..." keeps "Now")."""
    m = opening_connective().match(text, start, end)
    return m.end() if m is not None and WORD.search(text, m.end(), end) is not None else start


def _clause(text: str, start: int, end: int, att: Attribution, rule: str, cues: str,
            preposed: bool = False) -> Reported | None:
    """The reported clause from ``start``, at most to ``end``; a ``preposed`` one stands before
    its attribution (see ``clause_end``)."""
    end = trim_end(text, start, clause_end(text, start, end, cues, preposed=preposed))
    words = WORD.findall(text, start, end)
    if len(words) < (MIN_WORDS if cues == "speech" else MIN_WORDS_ALL):
        return None
    if words[0] in lexicon.words("coordinators") and start - att.cue_end <= 1:
        return None  # "Reed laughed and sat up": a second verb of the subject's, nothing said
    return Reported(((start, end),), att, rule)


# -- reported speech introduced by a noun -------------------------------------------------------
# "Hale's claim that the fund is empty", "his promise to stay", "Reed's view is that ...": the
# noun's owner is the speaker, what follows "that" or "to" is what was said (or, with
# --cues all, believed or intended). Speech nouns are in lexicons/speech_nouns.txt, stance
# nouns (--cues all only) in lexicons/stance_nouns.txt.


@cache
def noun_cue(cues: str) -> re.Pattern[str]:
    """A noun of saying (or, with --cues all, of stance) right before the "that" or "to" that
    opens its content. The standard library's engine scans the word-boundary-anchored trie
    fast, like the cue verbs: this pattern runs once over every text."""
    nouns = lexicon.entries("speech_nouns")
    if cues == "all":
        nouns = nouns + lexicon.entries("stance_nouns")
    return re.compile(
        rf"""\b(?P<noun>{lexicon.trie_pattern(nouns)})
        (?:\s+(?:on\s+)?(?i:{lexicon.alternation("time_adverbs")}))?   # "Hale's claim Monday that"
        (?:\s+(?:is|was))?                                            # "Reed's view is that"
        \s+(?P<lead>that|to)\s+                                       # what opens the content
        """,
        re.VERBOSE,
    )


class NounCue(NamedTuple):
    """A noun cue in the text: the noun and where its content ("that ...", "to ...") starts."""

    start: int
    end: int
    content_start: int
    infinitive: bool


@lru_cache(maxsize=4)
def noun_cues(text: str, cues: str) -> tuple[list[int], list[NounCue]]:
    """Every noun cue of ``text``, found in one pass, and their starts (for bisect)."""
    found = [NounCue(m.start("noun"), m.end("noun"), m.start("lead"), m.group("lead") == "to")
             for m in noun_cue(cues).finditer(text)]
    return [c.start for c in found], found


# What a possessive pronoun says about its owner: the pronoun the resolver reads, and its tag.
POSSESSIVE_PRONOUNS = {"his": ("he", "m"), "her": ("she", "f"), "their": ("they", "p"), "its": ("it", "n"),
                       "our": ("we", "p"), "my": ("i", "s")}

# The words right before a noun cue: its owner and at most two modifiers ("Hale's repeated
# claim", "his evidence-free assertion"). Read in a bounded window before the noun.
OWNER_REACH = 60
WORD_BEFORE = regex.compile(r"\S+")
# A modifier between owner and noun: a lower-case word, perhaps hyphenated ("oft-stated").
MODIFIER = regex.compile(r"\p{Ll}[\p{Ll}-]*")
MAX_MODIFIERS = 2

# "to" and then a verb: the word after "to" is a lower-case word that opens no noun phrase
# ("his plan to run", not "his response to the storm" nor "her comments to Reed").
INFINITIVE_VERB = regex.compile(r"to\s+(?P<word>\p{Ll}+)\b")

# A finite verb: after an infinitive's own verb, it is the main clause's ("to sell it was a mistake").
FINITE_VERB = regex.compile(
    r"""\s(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|did)
        (?:n['’]t)?\b""",
    regex.VERBOSE,
)

NOUN_RULE = "owner of a noun of saying"
NOUN_OBJECT_RULE = "subject of a verb whose object is an owner's noun of saying"


def _with_noun_reports(text: str, start: int, end: int, cues: str, found: list[Reported]) -> list[Reported]:
    """The sentence's reports ``found`` by its cue verbs, and those of its noun cues that
    overlap none of them, in order."""
    nouns = noun_reports(text, start, trim_end(text, start, end), cues)
    if not nouns:
        return found
    # "Voters heard Reed's stern warning that ...": a cue word with an owner right before it is
    # a noun, whatever the verb rules read
    owned = {r.cue_start for r in nouns}
    found = [r for r in found if r.cue_start not in owned]
    taken = [span for r in found for span in r.spans]
    more = [r for r in nouns if not any(s < r.spans[-1][1] and r.start < e for s, e in taken)]
    return sorted(found + more, key=lambda r: r.start)


def noun_reports(text: str, start: int, stop: int, cues: str) -> list[Reported]:
    """``Hale's claim that CLAUSE``, ``his promise to CLAUSE`` in ``text[start:stop]``: each
    noun cue with an owner before it, the owner as speaker."""
    starts, found = noun_cues(text, cues)
    out: list[Reported] = []
    for i in range(bisect_left(starts, start), bisect_left(starts, stop)):
        cue = found[i]
        if out and cue.start < out[-1].spans[-1][1]:
            continue  # inside the content already taken
        if cue.infinitive:
            verb = INFINITIVE_VERB.match(text, cue.content_start, stop)
            if verb is None or verb.group("word") in lexicon.words("determiners") \
                    or verb.group("word") in lexicon.tagged("pronouns"):
                continue  # "her comments to the board": no infinitive, no content
        mention = _owner(text, start, cue.start)
        if mention is None:
            continue
        att = Attribution(cue.start, cue.end, mention, NOUN_RULE, 0.7)
        if cues == "all" and mention.kind != PRONOUN and object_of_verb(text, start, mention.start):
            # "Reed bashed Hale's plan to sell the pier": with every attribution kept, the stance
            # on the plan is the sentence's subject's
            subject = clause_subject(text, start, mention.start)
            if subject is not None and subject.end <= mention.start:
                att = Attribution(cue.start, cue.end, subject, NOUN_OBJECT_RULE, 0.6)
        # the noun phrase is part of a larger clause: its content ends at the first comma, and
        # an infinitive's at the first finite verb ("his plan to sell the pier was dropped")
        end = text.find(",", cue.content_start, stop)
        end = stop if end < 0 else end
        if cue.infinitive:
            finite = FINITE_VERB.search(text, verb.end(), end)
            end = finite.start() if finite is not None else end
        clause = _clause(text, cue.content_start, end, att, "a noun of saying, its owner before it, then the clause",
                         cues)
        if clause is not None:
            out.append(clause)
    return out


def _owner(text: str, floor: int, noun_start: int) -> ParsedMention | None:
    """The owner of the noun at ``noun_start``: a possessive pronoun or a name's possessive,
    with at most two modifiers between ("Hale's repeated claim")."""
    words = list(WORD_BEFORE.finditer(text, max(floor, noun_start - OWNER_REACH), noun_start))
    for k in range(len(words) - 1, max(-1, len(words) - 2 - MAX_MODIFIERS), -1):
        word = words[k].group()
        low = word.lower()
        if low in POSSESSIVE_PRONOUNS:
            head, tag = POSSESSIVE_PRONOUNS[low]
            return ParsedMention(words[k].start(), words[k].end(), PRONOUN, None, (), head, tag)
        if word.endswith(POSSESSIVE_ENDINGS) and word[:1].isupper():
            cut = words[k].end() - (2 if word.endswith(("'s", "’s")) else 1)
            mention = longest_suffix_mention(text, floor, cut)
            verb = _verb_inside(text, mention.start, cut) if mention is not None else None
            if verb is not None:  # "Lee ignored Ann Hale's claim": the owner starts after the verb
                mention = longest_suffix_mention(text, verb, cut)
            return mention if mention is not None and mention.kind != PRONOUN else None
        if not MODIFIER.fullmatch(word) or any(low in lexicon.words(n) for n in OWNER_NOUNS):
            return None  # "the plan's", "Hale's campaign claims that": no owner right before the noun
    return None


def _verb_inside(text: str, start: int, end: int) -> int | None:
    """The end of the last lower-case word in ``text[start:end]`` that no name, title or noun
    phrase holds (a verb: "Lee ignored Ann Hale"), or None."""
    last = None
    for w in WORD.finditer(text, start, end):
        low = w.group()
        if low.islower() and not any(low in lexicon.words(n) for n in NAME_PHRASE_WORDS):
            last = w.end()
    return last


# Lower-case words an owner's mention may hold: "the", "former", "press secretary", "de".
NAME_PHRASE_WORDS = ("determiners", "titles", "role_nouns", "name_particles", "group_nouns", "organisation_nouns")


# Nouns that, between an owner and a noun cue, own it themselves ("Hale's campaign claims").
OWNER_NOUNS = ("role_nouns", "group_nouns", "organisation_nouns", "document_nouns")


# -- a raised subject: "The vote seemed to stall", "The board is expected to vote" ------------
# The verb's subject is part of what is believed (the vote stalled; the board will vote), and
# nobody in the sentence holds the belief: the report is the subject and the clause after the
# verb, two spans, with no speaker. Raising verbs are in lexicons/raising_verbs.txt, the passive
# participles that raise ("is expected to") in lexicons/raising_participles.txt (--cues all).

RAISED_RULE = "a raised subject and the clause after its verb, no source named"

# The words of a verb group read back from its verb: auxiliaries, "not", adverbs ("is not widely
# expected", "would seem", "isn't expected").
GROUP_WORD = regex.compile(r"[\p{L}'’]+")
# At most this many words stand in a verb group before its verb.
GROUP_WORDS = 3
# The bounded window a verb group is read back in.
GROUP_REACH = 40

# What may follow a raising verb: "to" and a verb ("seemed to stall", "appears not to know").
RAISED_INFINITIVE = regex.compile(
    r"""\s+(?P<to>(?:not\s+)?to\s+\p{Ll})   # "to stall", "not to know"
    """,
    regex.VERBOSE,
)

# What may open a sentence before its subject: a conjunction ("But the vote seemed ..."), or an
# adverbial set off by a comma ("Among voters, the plan seemed ..."), read forward.
OPENING_ADVERBIAL = regex.compile(
    r"""(?:(?:but|and|yet|so|still|now|meanwhile|however|instead)\b,?\s+)?   # an opening conjunction
        (?:(?P<adverbial>[^,\n]{1,80}),\s+)?                                # an adverbial and its comma
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A relative pronoun standing for the subject: "..., who is expected to run".
RELATIVE_SUBJECT = frozenset({"who", "which", "that"})

# A raised subject is short: at most this many words.
RAISED_SUBJECT_WORDS = 20


def _raised(text: str, start: int, stop: int, cues: str) -> Reported | None:
    """``The vote seemed to stall``, ``The board is expected to vote``, ``The plan seems
    unworkable``: the sentence's first cue verb raises its subject, which is then part of
    what is reported, with the clause after the verb; no source is named."""
    verbs = verbs_between(text, start, stop, cues)
    k = next((k for k, v in enumerate(verbs) if v.words in lexicon.words("raising_verbs")
              or v.words in lexicon.words("raising_participles")), None)
    if k is None:
        return None  # the cheap test first
    verb = verbs[k]
    word = verb.words
    active = word in lexicon.words("raising_verbs")
    group, be = _verb_group(text, max(start, verb.start - GROUP_REACH), verb.start)
    if any(not after_determiner(text, start, v.start) and text[v.end : group].strip() for v in verbs[:k]):
        return None  # "Reed said the plan seems to work": an earlier cue verb holds the clause (but
        # "The plan seems to work", "the ferry plan seems ...": a noun, after its article or last)
    after = RAISED_INFINITIVE.match(text, verb.end, stop)
    if after is None and not (active and word.startswith("seem")):
        return None  # "appeared on television", "was said by": no raising without "to"
    if not active and not be:
        return None  # "Reed expected to win": Reed's own expectation, read as a report of his
    subject_end = group
    while subject_end > start and text[subject_end - 1].isspace():
        subject_end -= 1
    words = WORD.findall(text, start, subject_end)
    if not words or len(words) > RAISED_SUBJECT_WORDS or any(c in QUOTE_MARKS for c in text[start:subject_end]):
        return None
    subject_start = start
    last = words[-1].lower()
    if last in RELATIVE_SUBJECT and text[max(start, subject_end - len(last) - 2) : subject_end - len(last)].strip() \
            in (",", ""):
        subject_start = subject_end - len(last)  # "..., who is expected to run": the pronoun stands for it
    else:
        opening = OPENING_ADVERBIAL.match(text, start, subject_end)
        if opening is not None and opening.group("adverbial") is not None \
                and _opens_adverbial(opening.group("adverbial")):
            subject_start = opening.end()
        elif opening is not None and opening.group("adverbial") is None:
            subject_start = opening.end()
    for joint in SUBJECT_JOINT.finditer(text, subject_start, subject_end):
        subject_start = joint.end()  # "The plan failed, but Reed seemed to ...": the last clause's subject
    relative = text[subject_start:subject_end].lower() in RELATIVE_SUBJECT
    if subject_start >= subject_end or not relative and not _noun_phrase(text, subject_start, subject_end):
        return None
    if text[subject_start:subject_end].lower() == "it":
        return None  # "It seems the vote ...": an empty subject, read by the other rules
    content = after.start("to") if after is not None else verb.end
    while content < stop and text[content].isspace():
        content += 1
    end = trim_end(text, content, clause_end(text, content, stop, cues))
    if not WORD.search(text, content, end):
        return None
    return Reported(((subject_start, subject_end), (content, end)), None, RAISED_RULE, (group, verb.end))


# Where a second clause starts inside the stretch before a raising verb: ", but", ", and", "; ",
# or "and" before a pronoun ("... and he seemed to ...").
SUBJECT_JOINT = regex.compile(
    r"""(?:,\s*(?:but|and|while|yet|so|or|whereas)\s+     # ", but Reed seemed"
         | ;\s*                                          # "; Reed seemed"
         | \s(?:but|and)\s+(?=(?:he|she|it|they|we|i|you|his|her|its|their|our|my)\b)   # "and his voice seemed"
         | \b(?:because|although|though|since|if|when|while|unless|whereas)\s+   # "a pass because he seemed"
        )""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _noun_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` may be a subject: no auxiliary or function word ends it, and no
    auxiliary stands in it outside an aside set off by commas ("Reed was on a ferry panel
    that he" is a clause; "The bank, which has held rates, " is a subject)."""
    parts = text[start:end].split(",")
    for part in (parts[0], parts[-1]) if len(parts) > 1 else (parts[0],):
        if any(w.lower().replace("’", "'").removesuffix("n't") in lexicon.words("auxiliary_verbs")
               for w in GROUP_WORD.findall(part)):
            return False
    last = WORD.findall(text, start, end)[-1].lower()
    return not (last in lexicon.words("prepositions") or last in lexicon.words("conjunctions")
                or last in lexicon.words("determiners") and last not in lexicon.words("quantifier_pronouns"))


# Quotation marks: a raised subject holds none.
QUOTE_MARKS = frozenset(DOUBLE_MARKS)


def _verb_group(text: str, floor: int, verb_start: int) -> tuple[int, bool]:
    """Where the verb group before ``verb_start`` starts (its auxiliaries, "not", adverbs), and
    whether it holds a form of "be" ("is widely expected", "isn't expected", "Reed's expected")."""
    words = list(GROUP_WORD.finditer(text, floor, verb_start))
    group, be = verb_start, False
    for w in reversed(words[-GROUP_WORDS:]):
        if text[w.end() : group].strip():
            break  # a comma or a bracket between: the group ends there
        low = w.group().lower().replace("’", "'")
        stem = low[:-3] if low.endswith("n't") else low
        if stem in lexicon.words("auxiliary_verbs") or stem in ("ca", "wo"):  # "can't", "won't"
            be = be or stem in BE_FORMS
            group = w.start()
        elif _group_adverb(low):
            group = w.start()
        elif low.endswith(("'s", "'re")) and len(low) > 3:
            # "Reed's expected to": the contraction is the group's "be", the word before it the subject
            be = True
            group = w.start() + len(w.group()) - (2 if low.endswith("'s") else 3)
            break
        else:
            break
    return group, be


# Forms of "be": a passive raising participle needs one.
BE_FORMS = frozenset({"be", "been", "being", "am", "is", "are", "was", "were"})


def _group_adverb(low: str) -> bool:
    """An adverb inside a verb group: "widely", "also", "still", "now", "just", "even"."""
    return low.endswith("ly") and len(low) > 3 or low in lexicon.words("interjections") \
        or low in lexicon.words("time_adverbs") or low in lexicon.words("cue_auxiliaries") \
        or low in lexicon.words("verb_group_adverbs")


def _opens_adverbial(phrase: str) -> bool:
    """The words before a sentence's first comma are an adverbial, not its subject: they open
    with a preposition, a subordinator or an adverb ("Among voters", "Until recently")."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first in lexicon.words("prepositions") or first in lexicon.words("subordinators") or _group_adverb(first)




# -- a relative pronoun as what was said: "the levy, which Reed called a mistake" -------------
# With --cues all (PolNeAR-style), a relative clause whose subject is a source and whose verb
# is a cue reports the relative pronoun itself: it stands for what was said or believed ("the
# ferry plan, which Hale opposed"; "met Reed, whom Hale endorsed"). The pronoun is the span,
# the clause's subject the speaker.

RELATIVE_PRONOUN_RULE = "a relative pronoun, then its clause's subject and a cue"

# How far before a cue verb its relative pronoun may stand (a subject of a few words).
RELATIVE_REACH = 70

# The relative pronouns, found in one pass over the text. "that" is left out (it is more
# often "said that ...", "told the board that ..."), and so is "what" ("backed what Reed
# called a fair deal": what was said there is the phrase after the verb).
# The pattern opens with a literal, which the standard library's engine scans for fast; the
# character before is checked by hand.
RELATIVE_PRONOUN = re.compile(r"wh(?:ich|om|o)\b")

# From a relative pronoun to the cue's verb group: the subject, on one line, with no
# punctuation that would end a clause.
RELATIVE_LEAD = regex.compile(
    r"""(?P<pronoun>\p{Ll}+)                                   # the pronoun
        [^\S\n]+(?P<subject>[^\s,;:()"“”—–][^,;:()"“”\n—–]*?)   # its clause's subject
        [^\S\n]*\Z""",
    regex.VERBOSE,
)


def relative_reports(text: str, quoted: list[tuple[int, int]], cues: str) -> list[Reported]:
    """``the levy, which Reed called a mistake``, ``met Reed, whom Hale endorsed``: every
    relative pronoun whose clause has a source as subject and a cue as verb (--cues all only),
    in order. ``quoted`` lists the (open, end) ranges of the quotations: a pronoun inside one
    is the quoted speaker's. One bounded read from each pronoun to the first cue verb after it."""
    if cues != "all":
        return []
    pronouns = [m.start() for m in RELATIVE_PRONOUN.finditer(text)
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-")]
    if not pronouns:
        return []  # the cheap test first
    verbs = verbs_between(text, 0, len(text), cues)
    starts = [v.start for v in verbs]
    ends = [e for _, e in quoted]
    found: list[Reported] = []
    for pronoun in pronouns:
        k = bisect_left(starts, pronoun + 4)
        if k == len(verbs) or starts[k] > pronoun + RELATIVE_REACH:
            continue  # no cue verb close after the pronoun
        verb = verbs[k]
        group, be = _verb_group(text, pronoun, verb.start)
        if be and not verb.words.endswith("ing"):
            continue  # "which the board is expected to", "in which Reed was found": a passive
        lead = RELATIVE_LEAD.match(text, pronoun, group)
        if lead is None or _governed(text, pronoun):
            continue  # "in which Reed stated", "asked whom Reed backed": no relative clause
        q = bisect_right(ends, pronoun)
        if q < len(quoted) and quoted[q][0] <= pronoun:
            continue  # inside a quotation: the quoted speaker's words
        mention = parse_mention(text, lead.start("subject"), lead.end("subject"))
        if mention is None or (mention.start, mention.end) != lead.span("subject") \
                or has_auxiliary(WORD.findall(lead.group("subject"))):
            continue  # the whole stretch must read as the subject, with no verb of its own
        att = Attribution(verb.start, verb.end, mention, RELATIVE_PRONOUN_RULE, 0.6)
        found.append(Reported((lead.span("pronoun"),), att, RELATIVE_PRONOUN_RULE))
    return found


# The word right before a pronoun, read back from it (one try).
WORD_BEFORE_PRONOUN = regex.compile(r"([\p{L}\p{N}]+)[^\p{L}\p{N}]*\Z", regex.REVERSE)


def _governed(text: str, pronoun_start: int) -> bool:
    """A cue verb right before the pronoun ("asked whom", "announces who": a question), or a
    preposition ("in which": the relative clause is not about what was said)."""
    before = WORD_BEFORE_PRONOUN.search(text, max(0, pronoun_start - 40), pronoun_start)
    if before is None:
        return False
    last = before.group(1).lower()
    return last in lexicon.words("speech_verbs") or last in lexicon.words("belief_verbs") \
        or last in lexicon.words("prepositions")
