"""The pure core: text in, ``Document`` out. No I/O, no printing.

Stages, top to bottom: paragraphs (``layout``) → quotation marks (``quotation_marks``) →
quotations (``quote_spans``) → cues (``cues``) and reported speech (``reported``), which read
the speaker mention next to each cue with ``mentions`` → speakers (``resolve``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import lexicon
from .config import Config
from .dialogue import assign_turns, name_the_narrator
from .cues import (DASH_RULE, PASSIVE_BEFORE, WORD, Attribution, Introduction, action_beat, attribution_after, clause_subject, attribution_at_sentence_end,
                   attribution_before, clause_end, closing_sign_off, introductions, opens_subordinate, participle_after_quote, patterns, sign_off, tag_after,
                   verbs_between)
from .layout import Layout, find_paragraphs, sentence_end, sentence_start, trim_end
from .mentions import GROUP, PERSON, PRONOUN, ROLE, ParsedMention
from .model import Document, Mention, Quote, Span, Speaker
from .quotation_marks import OPENING_MARKS
from .quote_spans import QuoteSpan, find_quote_spans
from .reported import (Reported, before_joint as _before_joint, find_reported, past_connective, relative_before,
                       relative_reports, report_around)
from .resolve import Entity, NameSighting, Resolver
from .style import StyleChoice, choose_style

# "who" or "which": only a sentence holding one can have a relative clause's cue (the cheap test).
RELATIVE_PRONOUN = regex.compile(r"\b(?:who|which)\b")

# After a quotation in a relative clause ("Ruiz, who wrote “Tides,” said ..."), how far (in
# characters) a cue may stand that shows the sentence's main verb follows.
RELATIVE_MAIN_VERB_REACH = 30

# After a quotation's closing mark, a noun phrase that is no name: “...,” a jingle on the radio promises
COMMON_NOUN_NEXT = regex.compile(r"[ \t]*(?:a|an|the|one|another|this|that)[ \t]")

# A quotation this short with no cue next to it is a scare quote, a title or a nickname.
MIN_UNATTRIBUTED_WORDS = 6
# A dash and a name right after a quotation that a cue before it introduced: a byline.
BYLINE_AFTER = regex.compile(r"[ \t]*(?:--|—|–)[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}")
# A dash between a sentence's start and a quote: what precedes it is a dateline or lead-in.
DASH_LEAD = regex.compile(r"\s(?:—|–|--)\s")
# Words that may follow a trailing cue and still leave it an attribution: "said on Thursday".
TRAILING_WORDS = 3
# How far back (in paragraphs) a reply in dialogue looks for the other party.
REPLY_PARAGRAPHS = 6
# How far back (in paragraphs) a quote with no cue looks for the speaker quoted last.
RECENT_PARAGRAPHS = 2
# What may stand between the attribution of a split quote and its second half: “A,” she said, “B.”
SPLIT_GAP = regex.compile(r"[\s,:;—–-]*(?:\p{L}+[\s,]+){0,3}?[\s,:;—–-]*\Z")   # said (Tuesday), “B.”


@dataclass
class Draft:
    """A quotation on its way to becoming a ``Quote``."""

    spans: list[tuple[int, int]]
    type: str
    paragraph: int
    attribution: Attribution | None = None
    entity: Entity | None = None
    confidence: float = 0.0
    steps: list[str] = field(default_factory=list)
    anchor: bool = False   # the speaker comes from words next to it (a cue, an action beat), not a guess
    pronoun: ParsedMention | None = None   # those words, when they are only "he" or "she"
    cue: tuple[int, int] | None = None   # the cue of a report that names no source (no attribution)


def extract(text: str, config: Config | None = None, doc_id: str = "-") -> Document:
    """Find every quotation of ``text`` with its speaker.

    >>> doc = extract('“We will rebuild,” Mayor Ana Ruiz said.')
    >>> doc.quotes[0].text, doc.quotes[0].speaker
    ('We will rebuild,', 'Ana Ruiz')
    """
    config = config or Config()
    layout = find_paragraphs(text)
    style = choose_style(text, layout, config.style)
    found = find_quote_spans(text, layout)
    drafts = _without_overlaps(text, _attribute(text, layout, found, config, style.style == "fiction"))
    return _finish(text, doc_id, drafts, config, style)


def _without_overlaps(text: str, drafts: list[Draft]) -> list[Draft]:
    """No two quotes share words. A quote that starts inside an earlier one is left out (its
    words are the earlier quote's: a phrase inside a quotation, a report nested in a quote's
    sentence, a cue-less phrase inside a mixed clause), except after a one-span mixed clause that
    was read on past a later quotation or report with a cue of its own, in a later sentence or
    with its cue inside the clause: that clause ends before it (and before its speaker or cue,
    when they come first), if it keeps quoted words of its own; otherwise the later quote is
    left out."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: d.spans[0]):
        outer = kept[-1] if kept else None
        if outer is None or draft.spans[0][0] >= outer.spans[-1][1]:
            kept.append(draft)
            continue
        start = outer.spans[0][0]
        att = draft.attribution
        if outer.type != "mixed" or len(outer.spans) > 1 or att is None or att.cue_start < start:
            continue  # a phrase inside the outer quote's words
        if draft.type == "indirect" and sentence_end(text, start, att.mention.start) == att.mention.start:
            continue  # a report nested in the outer quote's sentence
        cut = draft.spans[0][0]
        while cut > start and text[cut - 1] in OPENING_MARKS:
            cut -= 1
        cut = min([cut] + [p for p in (att.mention.start, att.cue_start) if p > start])  # its speaker or cue first
        cut = trim_end(text, start, _before_joint(text, start, cut))
        if len(QUOTE_MARK.findall(text, start, cut)) < 2 and text.count("''", start, cut) < 2:
            continue  # the outer quote would lose its quoted words: it keeps them, whole
        outer.spans[0] = (start, cut)
        kept.append(draft)
    return kept


def _attribute(text: str, layout: Layout, found: list[QuoteSpan], config: Config, fiction: bool) -> list[Draft]:
    drafts: list[Draft] = []
    # nicknames (Leonard “Sonny” Petrakis) and empty quotation marks are not quotations
    # nor are the titles of works (“Harbor fees to rise,” by Ann Hale; an interview with “Harbor Tonight”)
    found = [q for q in found if not _is_nickname(text, q) and any(text[s:e].strip() for s, e in q.spans)
             and not _names_a_work(text, layout, q)]
    if not fiction and 2 * sum(_double_marks(text, q) for q in found) > len(found):
        # 'A fight to the finish.' as a paragraph of its own in a story that quotes in double marks
        found = [q for q in found if not _is_subhead(text, layout, q)]
    if not fiction:
        found = [q for q in found if not _is_label(text, layout, q)]  # “Related:” as a paragraph of its own
    quoted = [(q.open_pos, q.end) for q in found]
    resolver = Resolver(text, quoted, nearest=fiction)
    reported = list(find_reported(text, layout, quoted, config.cues))
    r = 0
    i = 0
    while i < len(found) or r < len(reported):
        # reported speech and quotations are resolved together, in reading order
        if r < len(reported) and (i >= len(found) or reported[r].start < found[i].open_pos):
            _add_reported(text, layout, reported[r], drafts, resolver)
            r += 1
            continue
        q = found[i]
        if drafts and drafts[-1].type == "mixed" and drafts[-1].spans[-1][0] <= q.open_pos < drafts[-1].spans[-1][1]:
            i += 1
            continue  # a second quoted phrase inside a reported clause already taken
        first_p, last_p = q.paragraphs[0], q.paragraphs[-1]
        p_start, p_end = layout.starts[first_p], layout.ends[last_p]
        next_open = found[i + 1].open_pos if i + 1 < len(found) else len(text)
        prev_end = found[i - 1].end if i > 0 else 0
        tail_limit = min(p_end, next_open, q.end + config.window)
        # a sentence may end inside the closing mark (“... true.” Cruz said), but a cue may still
        # follow a question or an exclamation (“Why?” Obama asked.): the tail runs past it. The
        # search starts at the quotation's last character, before a closing mark of any length
        # (” or the two apostrophes of some archives: ''...fair deal.'' But ...)
        from_pos = max(q.open_pos, min(q.end, q.spans[-1][1] if q.spans else q.end) - 1)
        sent_end = sentence_end(text, from_pos, tail_limit) if q.closed else q.end
        tail_end = sentence_end(text, q.end, tail_limit) if q.closed else q.end
        sentence_stop = sentence_end(text, from_pos, min(p_end, q.end + config.window)) if q.closed else q.end
        floor = max(p_start, prev_end, q.open_pos - config.window)
        sent_start = sentence_start(text, q.open_pos, floor)
        content = text[q.spans[-1][0] : q.spans[-1][1]].rstrip()

        after = attribution_after(text, q.end, tail_end, config.cues, dialogue=fiction, quoted=True) \
            if q.closed else None
        if after is None and tail_end == next_open and content.endswith(",") and _short_phrase_next(text, found, i):
            # “...,” Tom Reed, wearing “Vale 2028” buttons, said: a short quoted phrase inside the
            # speaker's description does not end the search for the cue
            beyond = found[i + 2].open_pos if i + 2 < len(found) else len(text)
            longer = sentence_end(text, found[i + 1].end, min(p_end, beyond, q.end + config.window))
            after = attribution_after(text, q.end, longer, config.cues, dialogue=fiction, quoted=True)
            if after is not None:
                tail_end = longer
        if after is None and q.closed and (content.endswith((",", "?", "!")) or text.startswith(",", q.end)):
            after = tag_after(text, q.end, tail_end)
        intro = attribution_before(text, sent_start, q.open_pos, config.cues)
        if intro is None and i > 0 and drafts and drafts[-1].attribution is not None \
                and drafts[-1].spans[-1][1] >= prev_end and not text[prev_end:sent_start].strip():
            # “...,” adding that it is “...”: the participle goes on with the last quote's report
            intro = participle_after_quote(text, prev_end, q.open_pos, drafts[-1].attribution.mention, config.cues)
        if intro is None and i > 0 and found[i - 1].closed and prev_end > p_start \
                and not text[prev_end:sent_start].strip() and verbs_between(text, prev_end, q.open_pos, config.cues):
            # Hale cheered “...” and said that the board would carry on “...”: a cue between two
            # quotations of one sentence, whose subject opens the sentence before the first
            opening = sentence_start(text, q.open_pos, max(p_start, q.open_pos - config.window))
            again = attribution_before(text, opening, q.open_pos, config.cues, verbs_from=prev_end) \
                if opening < prev_end else None  # only the cues between the quotations are read
            if again is not None and again.attribution.cue_start >= prev_end:
                intro = again
        if intro is None and after is None and q.closed and RELATIVE_PRONOUN.search(text, sent_start, q.open_pos) \
                and not _is_title(text, q, sent_start) \
                and not verbs_between(text, q.end, min(tail_end, q.end + RELATIVE_MAIN_VERB_REACH), config.cues):
            # “Reyes, who has called the plan “a gift,” ...”: with no cue after the quotation, a
            # relative clause's cue before it introduces it (“who wrote “Tides,” said” does not)
            intro = attribution_before(text, sent_start, q.open_pos, config.cues, relative=True)
        # a quote opening its sentence right after an attributed quote in the same paragraph
        continues = bool(drafts) and drafts[-1].entity is not None and not text[sent_start : q.open_pos].strip() \
            and layout.index(drafts[-1].spans[-1][0]) == first_p
        # “... the flood.” Lee called Ruiz a “gambler.”: the cue's sentence runs on into the next quotation
        into_next = q.closed and tail_end == next_open < p_end
        if after is not None and not _attached(text, content, after, tail_end, intro, continues or into_next):
            after = None
        elif after is not None and after.rule == DASH_RULE and intro is not None and not intro.tight:
            after = None  # Reed insisted that the party was “still strong.”--Cory Lane: a byline, not the source
        elif after is not None and content.endswith(".") and _embedded(text, sent_start, q.open_pos) \
                and text[q.end : after.cue_start + 1].lstrip()[:1].isupper():
            after = None  # Reed called the plan “a disaster.” Hale agreed.: the quoted phrase ended
            # Reed's sentence; the cue after opens the next one
        # a sentence of its own, not words running on from the quote before (“...” only because ...)
        own_sentence = sent_start <= p_start or prev_end < p_start or bool(text[prev_end:sent_start].strip())
        if after is not None and intro is not None and content.endswith(",") and own_sentence \
                and _in_subordinate_clause(text, sent_start, intro, q.open_pos):
            after = None  # After Hale said the pier was “unsafe,” Reed closed it: the cue after is the main clause's
        draft = Draft(spans=list(q.spans), type="direct", paragraph=first_p + 1)

        if after is not None and _is_title(text, q, sent_start):
            i += 1
            continue  # On ABC's “This Week,” Smith said ... : a programme's name, not speech
        if after is not None:
            draft.attribution = after
            # a clause of its own before the quote (not the previous quote's attribution) makes it mixed
            own_clause = sent_start > prev_end or prev_end == 0
            clause_start = sent_start
            if i > 0 and found[i - 1].end > p_start and _phrase_left_out(drafts, found[i - 1]) \
                    and WORD.search(text, found[i - 1].end, q.open_pos) and _same_clause(text, found[i - 1].end, q.open_pos) \
                    and sentence_end(text, found[i - 1].end - 2, q.open_pos) == q.open_pos:
                # Tolls are “a tax” and “a trap,” Reed said: the phrase before was no quotation of
                # its own (too short), so the clause holds both phrases, from its sentence's start
                earlier = found[i - 1]
                floor_before = max(p_start, found[i - 2].end if i > 1 else 0, earlier.open_pos - config.window)
                clause_start = sentence_start(text, earlier.open_pos, floor_before)
                own_clause = clause_start < earlier.open_pos
            # a dateline or a lead-in set off by a dash is not part of the quote's clause:
            # SANTA FE, N.M. (AP) — “We will not back down,” Alvarez said.
            head_start = clause_start
            for dash in DASH_LEAD.finditer(text, clause_start, q.open_pos):
                head_start = dash.end()  # the last one counts
            if drafts and head_start < _attribution_end(drafts[-1]) <= q.open_pos:
                head_start = _attribution_end(drafts[-1])  # “A,” she said, and “B,” Reed added: her cue is no part of B
            # Hale named one rule: “...,” she said — the colon introduces the quotation whole
            introduced = _after_colon(text, head_start, q.open_pos)
            if own_clause and _has_words(text, head_start, q.open_pos, 3) and (intro is None or not intro.tight) \
                    and not introduced:
                draft.type = "mixed"
                draft.spans = [(past_connective(text, head_start, q.open_pos), q.end)]  # not "Still, ..."
            # “A,” she said, “B.”  — the second half joins the first
            while i + 1 < len(found) and _continues(text, content, after, found[i + 1], layout, first_p) \
                    and not _cue_after(text, found[i + 1], layout, config, fiction):
                i += 1
                draft.spans.extend(found[i].spans)
                q = found[i]
        elif intro is not None:
            draft.attribution = intro.attribution
            rest_end = trim_end(text, q.end, sent_end)
            byline = rest_end > q.end and BYLINE_AFTER.fullmatch(text, q.end, rest_end) is not None
            if byline:
                rest_end = q.end  # “...”--Cory Lane: the writer's name after the quotation, no words of its clause
            # words after the quote make it part of a clause, unless the quote is a whole
            # utterance introduced by its cue (He said, “I don't know,” and left.)
            whole = intro.tight and content.endswith((",", ".", "!", "?", "…"))
            # “...” after a colon ending the sentence is the cue's whole quotation (a relative clause
            # between, "Reed agreed with Hale, who wrote: “...”", is not read: the quote stays Reed's)
            introduced = _after_colon(text, intro.content_start, q.open_pos) and rest_end <= q.end + 1
            if not intro.tight and not introduced or rest_end > q.end + 1 and not whole:
                draft.type = "mixed"
                stop = clause_end(text, q.end, sentence_stop, config.cues, after_quote=True,
                                  subordinate=opens_subordinate(text, intro.content_start, q.open_pos))
                # "..., and Smith, the mayor, said ...": a second speaker's report ends the clause
                later = next((i.attribution.mention.start for i in introductions(text, q.end, stop, config.cues)
                              if i.attribution.mention.start >= q.end
                              and not relative_before(text, q.end, i.attribution.mention.start)), None)
                if later is not None:
                    stop = _before_joint(text, q.end, later)
                if byline:
                    stop = q.end
                draft.spans = [(intro.content_start, trim_end(text, intro.content_start, stop))]
        elif not (content.endswith(".") and text[q.end : q.end + SENTENCE_GAP].lstrip()[:1].isupper()) \
                and (end_att := attribution_at_sentence_end(text, q.end, tail_end, config.cues)) is not None:
            # (not when the quotation ended its sentence: “... no place here.” Reed said ..., according
            # to X. is a sentence of its own)
            # “a phrase” inside a clause that ends ", X said."
            comma, draft.attribution = end_att
            draft.type = "mixed"
            opening = past_connective(text, sent_start, q.open_pos)  # "Still, ...": the writer's link
            draft.spans = [(opening, trim_end(text, opening, comma))]
        elif q.closed and len(q.spans) == 1 and sent_start < q.open_pos \
                and _first_of_sentence(text, q, sent_start, floor, p_start, prev_end) \
                and (rep := report_around(text, sent_start, sentence_stop, q.open_pos, q.end, config.cues)) is not None:
            # “a phrase” inside a reported clause: According to Reed, the board “ignored ...”
            draft.attribution = rep.attribution
            draft.type = "mixed"
            draft.spans = [(rep.start, rep.spans[-1][1])]
            draft.steps.append(f"the quotation is inside a reported clause ({rep.rule})")
        else:
            intro = _colon_paragraph_before(text, layout, q, first_p, config)
            signed = _signed_after(text, layout, q, last_p) if intro is None else None
            if intro is not None:
                draft.attribution = intro.attribution
                draft.steps.append("the paragraph before ends with a colon that introduces this quote")
            elif signed is not None:
                draft.attribution = signed
            elif fiction and (beat := _beat(text, layout, q, sent_start, prev_end, resolver)) is not None \
                    and _resolve_beat(text, draft, beat, resolver):
                pass  # the action beat names the speaker
            elif not fiction and content.endswith(",") and q.closed and _word_count(content) >= MIN_UNATTRIBUTED_WORDS \
                    and COMMON_NOUN_NEXT.match(text, q.end, tail_end) is not None \
                    and patterns(config.cues)["tag_verb"].search(text, q.end, min(tail_end, q.end + config.window)):
                # “...,” a jingle on the radio promises: a cue names someone no rule could read,
                # and not by name, so the words are not the last speaker's
                draft.confidence = 0.2
                draft.steps.append("a cue follows the words but names no speaker that could be read; speaker unknown")
            elif not _floating(text, layout, q, sent_start, drafts, draft, resolver, fiction):
                # a scare quote, a title or a nickname is not speech; in fiction a paragraph
                # that is one quotation is a line of dialogue, however short (“Yes, sir.”)
                alone = q.open_pos == p_start and text[q.end : p_end].strip() == ""
                if _word_count(content) < MIN_UNATTRIBUTED_WORDS and not (fiction and alone):
                    # a short quoted phrase is a scare quote or a title, unless a named person's clause
                    # holds it: Ortiz dismissed the fuss as “absurd.” (one mixed quote, the clause)
                    lead = max(sent_start, prev_end)
                    characterizes = not fiction and any(  # the cheap test first: such a verb before it
                        w in lexicon.words("characterizing_verbs") for w in WORD.findall(text, lead, q.open_pos))
                    subject = clause_subject(text, lead, q.open_pos) if characterizes else None
                    if subject is None or subject.kind != PERSON or not _known_if_one_word(subject, resolver) \
                            or not _phrase_of_subject(text, draft, subject, q, sentence_stop, config) \
                            or not _resolve_subject(text, draft, subject, resolver):
                        i += 1
                        continue
                    drafts.append(draft)
                    i += 1
                    continue
                subject = clause_subject(text, max(sent_start, prev_end), q.open_pos)
                if subject is None and prev_end > p_start and not text[prev_end:sent_start].strip() \
                        and _same_clause(text, prev_end, q.open_pos):
                    # Ruiz praised the “crews,” thanked “every volunteer”: the subject of the
                    # sentence, before the quotation before
                    opening = sentence_start(text, q.open_pos, max(p_start, q.open_pos - config.window))
                    subject = clause_subject(text, opening, q.open_pos) if opening < prev_end else None
                if subject is not None and _known_if_one_word(subject, resolver) \
                        and _resolve_subject(text, draft, subject, resolver):
                    _report_of_subject(text, draft, subject, q, sentence_stop, config)
                else:
                    _recent_speaker(text, layout, q, sent_start, drafts, draft, resolver, config, fiction)

        if draft.type == "mixed" and drafts and drafts[-1].type == "mixed" \
                and drafts[-1].spans[0][0] == draft.spans[0][0]:
            # a second quoted phrase of the same reported clause: one quote, as long as the longer reading
            start, end = drafts[-1].spans[0]
            drafts[-1].spans[0] = (start, max(end, draft.spans[0][1]))
            i += 1
            continue
        if draft.attribution is not None:
            _resolve(text, draft, drafts, resolver)
        if fiction and draft.pronoun is not None:
            _paragraph_speaker_goes_on(layout, draft, drafts, resolver)
        drafts.append(draft)
        i += 1
    cues_used = {d.attribution.cue_start for d in drafts if d.attribution is not None and d.type != "indirect"}
    reports_by_cue = {d.attribution.cue_start: d for d in drafts if d.attribution is not None and d.type == "indirect"}
    for rep in relative_reports(text, quoted, config.cues):
        # a side remark ("the levy, which Hale opposed"), resolved after every other quote: its
        # speaker must not become the speaker quoted last; a cue that already gave a quotation
        # ("the levy, which Reed called “a tax,”") gives no second one; a pronoun subject only
        # when its sentence opens with a person it fits ("Hale met the crews, whom she praised")
        assert rep.attribution is not None  # these reports always name their source
        mention = rep.attribution.mention
        if rep.attribution.cue_start not in cues_used and (
                mention.kind != PRONOUN or _subject_before_pronoun(text, mention, resolver) is not None):
            same_cue = reports_by_cue.get(rep.attribution.cue_start)
            if same_cue is not None:
                drafts.remove(same_cue)  # "who he said were underpaid": one report, the pronoun's
            _add_reported(text, layout, rep, drafts, resolver)
    if fiction:
        assign_turns(text, layout, drafts, resolver.find_person)
        name_the_narrator(text, layout, drafts, resolver.narrator(), quoted)
    return drafts


def _resolve(text: str, draft: Draft, drafts: list[Draft], resolver: Resolver) -> None:
    """Resolve the draft's mention to a speaker, recording each step and the confidence."""
    att = draft.attribution
    assert att is not None
    surface = text[att.mention.start : att.mention.end]
    draft.steps.insert(0, f'cue: "{text[att.cue_start:att.cue_end]}" ({att.rule})')
    draft.steps.insert(1, f'mention: "{surface}" ({att.mention.kind})')
    subject = _subject_before_pronoun(text, att.mention, resolver)
    if subject is not None:
        # "Reyes said he would ...", "Although Reyes conceded ..., she argued": the sentence's subject
        entity, steps, factor = resolver.resolve(subject)
        steps.insert(0, f'pronoun: "{surface}" → the subject of its sentence, '
                        f'"{text[subject.start : subject.end]}"')
    else:
        entity, steps, factor = resolver.resolve(att.mention)
    draft.entity = entity
    draft.anchor = entity is not None
    draft.pronoun = _he_or_she(att.mention)
    draft.steps.extend(steps)
    draft.confidence = round(att.confidence * factor, 3)


def _subject_before_pronoun(text: str, mention: ParsedMention, resolver: Resolver) -> ParsedMention | None:
    """News: the person a he/she's own sentence opens with, when the gender fits ("Reyes
    said he would deport ..."). In fiction the nearest person decides instead."""
    if resolver.nearest or mention.kind != PRONOUN or mention.gender not in ("m", "f"):
        return None
    start = sentence_start(text, mention.start, max(0, mention.start - PRONOUN_SENTENCE_REACH))
    if start == mention.start or not text[start].isupper():
        return None  # the cheap test first: the pronoun opens its sentence, or no name can open it
    subject = clause_subject(text, start, mention.start)
    if subject is None or QUOTE_MARK.search(text, start, subject.end) or "''" in text[start : subject.end] \
            or resolver.in_quote(subject.start):
        return None  # “Kind of odd,” he said: a quotation's words are no subject (nor its last
        # sentence's: “... Hale says so. Reed agrees,” she wrote)
    if subject.kind != PERSON or subject.end >= mention.start \
            or subject.gender not in ("", mention.gender) or not _known_if_one_word(subject, resolver):
        return None
    return subject


# How far back (in characters) a pronoun's sentence may start.
PRONOUN_SENTENCE_REACH = 300


# How sure an action beat is of its speaker, before resolving its mention.
BEAT_CONFIDENCE = 0.6


def _beat(text: str, layout: Layout, q: QuoteSpan, sent_start: int, prev_end: int,
          resolver: Resolver) -> tuple[ParsedMention, str] | None:
    """An action beat in the quotation's paragraph: a sentence of narration right after it (when
    the quotation ends its own sentence) or right before it (when it opens its sentence) that
    opens with a person. One capitalised word opening a sentence is a person only when the
    story knows it as a name ("Turning away, the keeper ..." is not). Returns the mention
    and where the beat is."""

    p_start, p_end = layout.starts[q.paragraphs[0]], layout.ends[q.paragraphs[-1]]
    last = text[q.spans[-1][0] : q.spans[-1][1]].rstrip()
    if q.closed and last.endswith((".", "!", "?", "…", "—", "-")) and q.end < p_end:
        start = q.end
        while start < p_end and text[start].isspace():
            start += 1
        mention = action_beat(text, start, sentence_end(text, start, p_end))
        if mention is not None and _known_if_one_word(mention, resolver):
            return mention, "after"
    floor = max(p_start, prev_end)
    if sent_start == q.open_pos and sent_start > floor:
        mention = action_beat(text, sentence_start(text, trim_end(text, floor, sent_start), floor), sent_start)
        if mention is not None and _known_if_one_word(mention, resolver):
            return mention, "before"
    return None


def _he_or_she(m: ParsedMention) -> ParsedMention | None:
    """The mention, when it is only "he" or "she"."""
    return m if m.kind == PRONOUN and m.gender in ("m", "f") else None


def _paragraph_speaker_goes_on(layout: Layout, draft: Draft, drafts: list[Draft], resolver: Resolver) -> None:
    """Fiction: “A,” Tom Reed said. “B.” He looked away. “C,” he said. — a he/she in the
    paragraph of a quotation whose speaker was just named is that speaker, when no one else is
    named in between and their gender (if known) fits: the subject goes on."""
    mention = draft.pronoun
    if not drafts or mention is None:
        return
    prev = drafts[-1]
    p = layout.index(mention.start)
    if prev.entity is None or prev.entity is draft.entity or prev.pronoun is not None \
            or layout.index(prev.spans[-1][0]) != p or prev.entity.gender not in ("", mention.gender) \
            or prev.entity.kind not in (PERSON, ROLE):
        return
    if _someone_else_named(resolver, prev.spans[-1][1], mention.start, prev.entity) is not None:
        return
    draft.entity = prev.entity
    draft.steps.append(f'pronoun: "{mention.head}" is "{prev.entity.name}", named as the speaker earlier in '
                       f'the paragraph with no one else named since')


def _same_clause(text: str, start: int, end: int) -> bool:
    """Between two quotations of one sentence, only lower-case words and commas: no new
    subject, no name, no cue of its own ("..., opposes ..." / "and her commitment")."""
    between = text[start:end]
    return len(between) <= SAME_CLAUSE_REACH and all(w.islower() for w in WORD.findall(between)) \
        and not any(w in lexicon.tagged("pronouns") for w in WORD.findall(between))


# How long (in characters) the stretch between two quotations of one clause may be.
SAME_CLAUSE_REACH = 120


def _known_if_one_word(m: ParsedMention, resolver: Resolver) -> bool:
    """A mention read without a cue, such as a sentence's subject, is taken as a name when it
    has two words or a title, or the story knows the word as a name: "Crowds gathered" is no
    person, "President Obama released" is."""
    return m.kind != PERSON or bool(m.titles) or " " in (m.name or "") or resolver.knows_name(m.name or "")


# How sure the subject of the clause around a quotation with no cue is of its speaker.
SUBJECT_CONFIDENCE = 0.5


def _resolve_subject(text: str, draft: Draft, subject: ParsedMention, resolver: Resolver) -> bool:
    """Okafor thanked the crews for “staying late ...”: with no cue, the clause's subject is the source.
    False when the subject resolves to no one (an unresolved "he")."""
    entity, steps, factor = resolver.resolve(subject)
    if entity is None:
        return False
    draft.entity = entity
    draft.anchor = True
    draft.steps.append(f'no cue found; the quote is inside a clause about "{text[subject.start : subject.end]}"')
    draft.steps.extend(steps)
    draft.confidence = round(SUBJECT_CONFIDENCE * factor, 3)
    return True


# An aside set off by commas right after a subject: ", for her part," ", clearly frustrated,".
ASIDE_AFTER_SUBJECT = regex.compile(r"\s*,\s*\p{Ll}[^,\n\"“”]{0,40},")


def _report_of_subject(text: str, draft: Draft, subject: ParsedMention, q: QuoteSpan, stop: int,
                       config: Config) -> None:
    """The board saw Ruiz, then 44, as “the right pilot”: with four or more words of the
    clause between its verb and the quotation, what follows the verb is one mixed quote, as in
    reported speech."""
    verb = _verb_after(text, subject, q)
    if len(q.paragraphs) > 1:
        return  # a quotation running on into the next paragraph stays a quotation
    if verb is None or _word_count(text[verb.end() : q.open_pos]) < 4:
        return  # Okafor thanked the crews for “...”: the quotation is the report
    _mixed_after(text, draft, verb.end(), q, stop, config)


def _phrase_of_subject(text: str, draft: Draft, subject: ParsedMention, q: QuoteSpan, stop: int,
                       config: Config) -> bool:
    """A short quoted phrase inside a person's clause with no cue (Ortiz dismissed the fuss as
    “absurd.”): the clause after the subject's verb is one mixed quote. False when no verb
    that characterizes follows the subject before the quotation."""
    verb = _verb_after(text, subject, q)
    if verb is None or len(q.spans) > 1 or verb.group() not in lexicon.words("characterizing_verbs"):
        return False
    _mixed_after(text, draft, verb.end(), q, stop, config)
    return True


def _verb_after(text: str, subject: ParsedMention, q: QuoteSpan) -> regex.Match[str] | None:
    """The first word after a clause's subject (past an aside), before the quotation: its verb."""
    after = subject.end
    aside = ASIDE_AFTER_SUBJECT.match(text, after, q.open_pos)
    if aside is not None:
        after = aside.end()  # "Ruiz, for her part, called it “...”": the verb comes after the aside
    return WORD.search(text, after, q.open_pos)


def _mixed_after(text: str, draft: Draft, start: int, q: QuoteSpan, stop: int, config: Config) -> None:
    """The draft becomes one mixed quote: the clause from ``start`` through the quotation."""
    while start < q.open_pos and text[start].isspace():
        start += 1
    end = clause_end(text, q.end, stop, config.cues, after_quote=True,
                     subordinate=opens_subordinate(text, start, q.open_pos))
    draft.type = "mixed"
    draft.spans = [(start, trim_end(text, start, end))]


def _resolve_beat(text: str, draft: Draft, beat: tuple[ParsedMention, str], resolver: Resolver) -> bool:
    """“Fine by me.” Nell poured herself more tea: the beat's person, resolved, speaks the quote.
    False when the beat's mention resolves to no one."""
    mention, where = beat
    entity, steps, factor = resolver.resolve(mention)
    if entity is None:
        return False
    draft.entity = entity
    draft.anchor = True
    draft.pronoun = _he_or_she(mention)
    draft.steps.append(f'action beat: the sentence {where} the quote, with no cue, is about '
                       f'"{text[mention.start : mention.end]}"')
    draft.steps.extend(steps)
    draft.confidence = round(BEAT_CONFIDENCE * factor, 3)
    return True


def _add_reported(text: str, layout: Layout, rep: Reported, drafts: list[Draft], resolver: Resolver) -> None:
    draft = Draft(spans=list(rep.spans), type="indirect", paragraph=layout.index(rep.start) + 1,
                  attribution=rep.attribution, cue=rep.cue)
    draft.steps.append(f"reported speech: {rep.rule}")
    if rep.attribution is None and rep.cue is not None:
        # "The vote seemed to stall": a belief nobody in the sentence holds
        draft.steps.insert(0, f'cue: "{text[rep.cue[0] : rep.cue[1]]}" (no source named)')
        draft.confidence = UNSOURCED_CONFIDENCE
    else:
        _resolve(text, draft, drafts, resolver)
    drafts.append(draft)


# How sure a report with no source is of its span (it names no speaker to be wrong about).
UNSOURCED_CONFIDENCE = 0.5


def _attached(text: str, content: str, after: Attribution, sent_end: int, intro: Introduction | None,
              continues: bool) -> bool:
    """A trailing cue belongs to the quote unless the quote ended its own sentence (a full stop
    inside the marks) and something else already names the speaker: an introduction before it
    (“Ana Ruiz said: “We will rebuild.” Bo Lee replied: ...”), or the quote before it in the
    paragraph (“A,” Ruiz said. “B.” Lee disagreed.); or unless the cue starts a new sentence
    that goes on to report something (“We won.” Smith said the team ...) or to quote again
    (“... the flood.” Lee called Ruiz a “gambler.”: ``continues``). A few words after the cue
    ("on Thursday") are still an attribution."""
    if content.endswith(("?", "!")):
        # Lee wrote, telling her, “Well done!” Ruiz replied that the pleasure was hers: after a question
        # or an exclamation a cue that goes on past a few words starts the next sentence; with a
        # tight introduction naming the quote's speaker already, that sentence is someone else's
        return intro is None or not intro.tight \
            or _word_count(text[max(after.cue_end, after.mention.end) : sent_end]) <= TRAILING_WORDS
    if not content.endswith("."):
        return True
    if intro is not None and intro.tight or continues:
        return False
    return _word_count(text[max(after.cue_end, after.mention.end) : sent_end]) <= TRAILING_WORDS


def _in_subordinate_clause(text: str, sent_start: int, intro: Introduction, open_pos: int) -> bool:
    """The sentence opens with a subordinate clause whose speaker and cue introduce the quotation
    ("Although Hale admitted that ...", "But even as Hale claimed that “...,”"), with no comma or
    colon between the cue and the quotation: the quotation ends that clause, and a cue after it
    belongs to the main clause, someone else's report."""
    mention = intro.attribution.mention
    opening = WORD.findall(text, sent_start, min(mention.start, sent_start + SUBORDINATOR_REACH))
    if not opening or opening[-1].lower() not in lexicon.words("subordinators") \
            or not text[sent_start : mention.start].strip().endswith(opening[-1]) or len(opening) > 3:
        return False
    return not any(c in ",:;" for c in text[intro.attribution.cue_end : open_pos])


# How far into its sentence (in characters) a subordinator opening the clause is read.
SUBORDINATOR_REACH = 20


def _continues(text: str, content: str, after: Attribution, nxt: QuoteSpan, layout: Layout, p: int) -> bool:
    """True when ``nxt`` is the second half of a split quote interrupted by ``after``."""
    if layout.index(nxt.open_pos) != p or content.endswith((".", "?", "!")):
        return False
    gap_start = max(after.cue_end, after.mention.end)
    return gap_start <= nxt.open_pos and SPLIT_GAP.match(text, gap_start, nxt.open_pos) is not None \
        and "," in text[gap_start : nxt.open_pos] + ","


def _colon_paragraph_before(text: str, layout: Layout, q: QuoteSpan, p: int, config: Config) -> Introduction | None:
    """`Earnest said in a statement:` ending the paragraph before a quote paragraph."""
    if p == 0 or q.open_pos != layout.starts[p]:
        return None
    prev_end = layout.ends[p - 1]
    if text[prev_end - 1] != ":":
        return None
    start = sentence_start(text, prev_end, max(layout.starts[p - 1], prev_end - config.window))
    return attribution_before(text, start, prev_end, config.cues)  # the colon makes it an introduction


def _signed_after(text: str, layout: Layout, q: QuoteSpan, p: int) -> Attribution | None:
    """A quote paragraph followed by a paragraph that only names its speaker: “...” / - Ann Hale."""
    if q.open_pos != layout.starts[q.paragraphs[0]] or text[q.end : layout.ends[p]].strip() \
            or p + 1 >= len(layout.starts):
        return None
    if not q.closed:  # “... / Ann Hale, Harbor Institute.”: the name closes the quotation
        return closing_sign_off(text, layout.starts[p + 1], layout.ends[p + 1])
    return sign_off(text, layout.starts[p + 1], layout.ends[p + 1])


def _floating(text: str, layout: Layout, q: QuoteSpan, sent_start: int, drafts: list[Draft], draft: Draft,
              resolver: Resolver, fiction: bool) -> bool:
    """A quotation that opens its sentence with no cue, right after a quote by X with no other
    person named in between, is X's: a quote-only paragraph, or “B.” in “A,” X said. “B.”
    In fiction a quote-only paragraph after X's quote paragraph is the other party's reply."""
    p = q.paragraphs[0]
    if not drafts or text[sent_start:q.open_pos].strip(" \t(—–-"):
        return False
    prev = drafts[-1]
    if prev.entity is None:
        return False
    prev_p = layout.index(prev.spans[-1][0])
    if prev_p < p - 1:
        return False
    # across a paragraph break, a newly named person breaks the chain; inside one paragraph the
    # names in between belong to the first quote's attribution ("Ruiz said at an event with Okafor.")
    if prev_p < p and _someone_else_named(resolver, prev.spans[-1][1], q.open_pos, prev.entity) is not None:
        return False
    if q.open_pos == layout.starts[p] and prev_p == p - 1 and fiction and _reply(layout, p, drafts, draft, resolver):
        return True
    if q.open_pos == layout.starts[p] and (fiction or any(_asks(text, d) for d in drafts[-2:])) \
            and _alternate(layout, p, drafts, draft):
        return True
    if not fiction and q.open_pos > layout.starts[p]:
        # “...” ⏎ Okafor touted her record. “...”: the sentence before is about someone else; in
        # the paragraph of the last quote, only a sentence wholly after that quote and its cue
        # (Ruiz backed the plan. Okafor sent a warning. “...”)
        after = 0 if prev_p < p else max(prev.spans[-1][1], _attribution_end(prev))
        about = _sentence_before_about(text, layout.starts[p], sent_start, resolver, after)
        if about is not None and about[0] is not prev.entity:
            draft.entity = about[0]
            draft.confidence = 0.4
            draft.steps.append(f'no cue found; the sentence before is about "{about[1]}"')
            return True
    draft.entity = prev.entity
    draft.confidence = 0.75 if prev_p < p else 0.85
    where = "a quote-only paragraph" if q.open_pos == layout.starts[p] else "a quote opening its sentence"
    draft.steps.append(f'floating quote: {where}, right after a quote by "{prev.entity.name}"')
    return True


def _attribution_end(draft: Draft) -> int:
    """Where the words naming ``draft``'s speaker end (its cue or its mention), 0 with none."""
    att = draft.attribution
    return max(att.cue_end, att.mention.end) if att is not None else 0


# How far back (in characters) the sentence before a quotation may start.
SENTENCE_BEFORE_REACH = 400


def _sentence_before_about(text: str, p_start: int, sent_start: int, resolver: Resolver,
                           after: int = 0) -> tuple[Entity, str] | None:
    """The person the sentence of narration right before ``sent_start`` (in its paragraph, from
    ``p_start``, starting at or after ``after``) is about, when it opens with them and a verb:
    “Okafor touted her record.”"""
    end = sent_start
    while end > p_start and text[end - 1].isspace():
        end -= 1
    start = sentence_start(text, max(p_start, end - 1), max(p_start, end - SENTENCE_BEFORE_REACH))  # from before its full stop
    if start >= sent_start or start < after or QUOTE_MARK.search(text, start, sent_start):
        return None
    subject = clause_subject(text, start, sent_start)
    if subject is None or subject.kind not in (PERSON, ROLE) or not _known_if_one_word(subject, resolver):
        return None
    entity, _, _ = resolver.resolve(subject)
    return (entity, text[subject.start : subject.end]) if entity is not None else None


def _someone_else_named(resolver: Resolver, start: int, end: int, speaker: Entity) -> NameSighting | None:
    """The last person other than ``speaker`` named in ``text[start:end]``, if any. A lone first
    name after a preposition of place is a place ("said Sunday in Virginia")."""
    surname = speaker.name.split()[-1]
    found = None
    for s in resolver.sightings_between(start, end):
        if s.is_person and surname not in s.name and not (" " not in s.name and _after_place_word(resolver.text, s.start)):
            found = s
    return found


def _after_place_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a preposition of place: in, at, from, near, across."""
    before = text[max(0, start - PLACE_WORD_REACH) : start].split()
    return bool(before) and before[-1] in lexicon.words("place_prepositions")


# How far back the word before a name is looked for.
PLACE_WORD_REACH = 12


def _recent_speaker(text: str, layout: Layout, q: QuoteSpan, sent_start: int, drafts: list[Draft], draft: Draft,
                    resolver: Resolver, config: Config, fiction: bool = False) -> None:
    """No cue and not floating: the person named since the last quote, if any (a new voice
    introduced before their words), else the speaker quoted last if recent. Low confidence
    either way. A quote after a cue with no speaker ("It was said that “...”") is nobody's.
    In fiction a paragraph of narration about someone right before the quote paragraph (“Nell
    frowned.”) names its speaker even in a conversation, as a beat of its own; turn-taking may
    still correct it."""
    p = q.paragraphs[0]
    prev = drafts[-1] if drafts else None
    # "It was said that “...”": a passive cue before the quote says the source is unnamed
    unnamed_cue = any(PASSIVE_BEFORE.search(text, max(sent_start, v.start - 20), v.start)
                      for v in verbs_between(text, sent_start, q.open_pos, config.cues))
    recent = prev is not None and prev.entity is not None and layout.index(prev.spans[-1][0]) >= p - RECENT_PARAGRAPHS
    # a cue word right after the quote that named no one we could read ("..., says a narrator"):
    # the paragraph before is not the source then
    tail = patterns(config.cues)["tag_verb"].search(text, q.end, sentence_end(text, q.end, layout.ends[q.paragraphs[-1]]))
    if not unnamed_cue and (not recent or fiction) and tail is None \
            and (introduced := _introduced_before(text, layout, q, resolver, fiction)) is not None:
        draft.entity, why = introduced
        draft.confidence = 0.3
        draft.steps.append(f"no cue found; {why}")
        return
    if unnamed_cue or not recent:
        draft.confidence = 0.2
        draft.steps.append("no cue found and no recent speaker; speaker unknown")
        return
    assert prev is not None and prev.entity is not None
    named = _someone_else_named(resolver, prev.spans[-1][1], q.open_pos, prev.entity)
    if named is not None:
        draft.entity = resolver.entity_for(named)
        draft.confidence = 0.3
        draft.steps.append(f'no cue found; "{named.name}" was named after the last quote (offset {named.start})')
        return
    draft.entity = prev.entity
    draft.confidence = 0.35
    draft.steps.append(f'no cue found; the speaker quoted last, "{prev.entity.name}", '
                       f'{p - layout.index(prev.spans[-1][0])} paragraph(s) before')


def _introduced_before(text: str, layout: Layout, q: QuoteSpan, resolver: Resolver,
                       fiction: bool = False) -> tuple[Entity, str] | None:
    """A quote paragraph after a paragraph of narration about someone (“Dale Ortiz praised the
    mayor's work.” then “We need a leader ...”): the person that paragraph is about. In
    fiction not a first-person narrator: "I" tags their own words, and an uncued line after
    “I shut the door.” is the other party's."""
    p = q.paragraphs[0]
    if p == 0 or q.open_pos != layout.starts[p]:
        return None
    start, end = layout.starts[p - 1], layout.ends[p - 1]
    if QUOTE_MARK.search(text, start, end):
        return None  # not narration
    last = sentence_start(text, trim_end(text, start, end), start)
    for s in dict.fromkeys((last, start)):
        subject = clause_subject(text, s, end)
        if fiction and subject is not None and subject.kind == PRONOUN and subject.gender == "s":
            return None
        if subject is not None and _known_if_one_word(subject, resolver) \
                and not (subject.kind == GROUP and " " not in text[subject.start : subject.end]):
            # (a bare plural is the scene, not a speaker: "Crowds gathered at the pier.")
            entity, _, _ = resolver.resolve(subject)
            if entity is not None:
                return entity, f'the paragraph before is about "{text[subject.start : subject.end]}"'
    return None


# Any quotation mark: a paragraph holding one is not plain narration.
QUOTE_MARK = regex.compile(r"[\"“”«»„]")


def _reply(layout: Layout, p: int, drafts: list[Draft], draft: Draft, resolver: Resolver) -> bool:
    """Fiction: a quote-only paragraph answers the quote paragraph before it, so its speaker is
    the other party: whoever spoke before that one, else the person named last besides them."""
    a = drafts[-1]
    pa = layout.index(a.spans[0][0])
    if a.entity is None or _first_in_paragraph(layout, drafts, pa).spans[0][0] - 1 > layout.starts[pa]:
        return False  # the paragraph before is not a quote paragraph
    for b in reversed(drafts[:-1]):
        if layout.index(b.spans[0][0]) < pa - REPLY_PARAGRAPHS:
            break
        if b.entity is not None and b.entity is not a.entity:
            draft.entity = b.entity
            draft.confidence = 0.6
            draft.steps.append(f'dialogue: a reply to "{a.entity.name}", so "{b.entity.name}", who spoke before')
            return True
    named = _someone_else_named(resolver, layout.starts[max(0, pa - REPLY_PARAGRAPHS)], layout.starts[p], a.entity)
    if named is None:
        return False
    draft.entity = resolver.entity_for(named)
    draft.confidence = 0.5
    draft.steps.append(f'dialogue: a reply to "{a.entity.name}", so "{named.name}", named last besides them')
    return True


def _first_in_paragraph(layout: Layout, drafts: list[Draft], p: int) -> Draft:
    """The first of the drafts in paragraph ``p``, which holds the last one: “A,” he said. “B.”"""
    k = len(drafts) - 1
    while k > 0 and layout.index(drafts[k - 1].spans[0][0]) == p:
        k -= 1
    return drafts[k]


def _asks(text: str, draft: Draft) -> bool:
    """Whether ``draft``'s words end with a question: in news, quote paragraphs alternate between
    two parties only in an exchange of questions and answers (“... back to work?” ⏎ “Yes!”);
    otherwise the last speaker goes on."""
    s, e = draft.spans[-1]
    return text[s:e].rstrip().endswith("?")


def _alternate(layout: Layout, p: int, drafts: list[Draft], draft: Draft) -> bool:
    """Dialogue: after an exchange of quote paragraphs between B (paragraph p-2) and A (p-1),
    an unattributed quote paragraph is B's reply."""
    if len(drafts) < 2:
        return False
    a, b = drafts[-1], drafts[-2]
    pa, pb = layout.index(a.spans[0][0]), layout.index(b.spans[0][0])
    if pa != p - 1 or pb != p - 2 or a.entity is None or b.entity is None or a.entity is b.entity:
        return False
    if a.spans[0][0] - 1 > layout.starts[pa] or b.spans[0][0] - 1 > layout.starts[pb]:
        return False  # both must be quote paragraphs (the mark opens the paragraph)
    draft.entity = b.entity
    draft.confidence = 0.6
    draft.steps.append(f'dialogue: quote paragraphs alternate between "{b.entity.name}" and "{a.entity.name}"; '
                       f'this reply is "{b.entity.name}"\'s')
    return True


# Leonard “Sonny” Petrakis: one or two capitalised words quoted between two names.
NICKNAME = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?")


def _cue_after(text: str, q: QuoteSpan, layout: Layout, config: Config, fiction: bool) -> bool:
    """Whether a cue of its own, naming someone, follows ``q`` (“A,” she said, and “B,” Reed added:
    B is Reed's, not the second half of A). A pronoun (“A,” Nell said, “B,” she whispered) or a
    source (“A,” Hale said, “B,” according to a transcript) goes on with the first speaker."""
    if not q.closed:
        return False
    stop = sentence_end(text, q.end, min(layout.ends[q.paragraphs[-1]], q.end + config.window))
    att = attribution_after(text, q.end, stop, config.cues, dialogue=fiction, quoted=True)
    return att is not None and att.mention.kind != PRONOUN and not att.rule.startswith("according to")


def _phrase_left_out(drafts: list[Draft], earlier: QuoteSpan) -> bool:
    """The quotation ``earlier`` was left out (a short phrase with no cue): no quote kept so far
    holds it."""
    return not any(s <= earlier.open_pos < e for d in drafts[-2:] for s, e in d.spans)


def _short_phrase_next(text: str, found: list[QuoteSpan], i: int) -> bool:
    """The quotation after ``found[i]`` is a short closed phrase (a name, a slogan), no sentence of
    its own, in the same sentence as the end of ``found[i]``."""
    if i + 1 >= len(found):
        return False
    nxt = found[i + 1]
    if not nxt.closed or len(nxt.spans) != 1:
        return False
    s, e = nxt.spans[0]
    return _word_count(text[s:e]) < MIN_UNATTRIBUTED_WORDS \
        and sentence_end(text, found[i].end, nxt.open_pos) == nxt.open_pos


def _is_nickname(text: str, q: QuoteSpan) -> bool:
    if len(q.spans) != 1 or q.close_end is None:
        return False
    s, e = q.spans[0]
    before = text[max(0, q.open_pos - 2) : q.open_pos]
    after = text[q.close_end : q.close_end + 2]
    return (NICKNAME.fullmatch(text, s, e) is not None and len(before) == 2 and before[0].isalpha()
            and before[1] == " " and len(after) == 2 and after[0] == " " and after[1].isupper())


# The most words of a subhead set in single quotation marks ('A fight to the finish.').
SUBHEAD_MAX_WORDS = 8


def _double_marks(text: str, q: QuoteSpan) -> bool:
    """The quotation opens with a double mark: “, " or the wire's ''."""
    return text[q.open_pos] in "“\"„«" or text.startswith("''", q.open_pos)


def _is_subhead(text: str, layout: Layout, q: QuoteSpan) -> bool:
    """A paragraph that is only a short quotation in single marks: news sets its subheads, as
    its headlines, in single quotation marks, and quotes in its text in double ones."""
    if not q.closed or len(q.spans) != 1 or text[q.open_pos] not in "'‘" or _double_marks(text, q):
        return False
    p = layout.index(q.open_pos)
    if not _alone(text, layout, q) or p > 0 and text[: layout.ends[p - 1]].rstrip().endswith(":"):
        return False  # words beside it, or a paragraph ending in a colon introduces it
    s, e = q.spans[0]
    return _word_count(text[s:e]) <= SUBHEAD_MAX_WORDS


# The most words of a label set in quotation marks ("Related:", "Editor's note:").
LABEL_MAX_WORDS = 3


def _is_label(text: str, layout: Layout, q: QuoteSpan) -> bool:
    """A paragraph that is only a short quotation ending on a colon ("Related:") labels what
    follows; it quotes no one."""
    if not q.closed or len(q.spans) != 1:
        return False
    s, e = q.spans[0]
    return text[s:e].rstrip().endswith(":") and _word_count(text[s:e]) <= LABEL_MAX_WORDS and _alone(text, layout, q)


def _first_of_sentence(text: str, q: QuoteSpan, sent_start: int, floor: int, p_start: int, prev_end: int) -> bool:
    """The quotation is the first of its sentence, and the sentence's start is in reach (not
    cut off at ``floor``): only then is the sentence read again for a report around it (once
    per sentence, not once per quotation)."""
    if floor == p_start:
        return True
    if text[floor:sent_start].strip() == "" and floor != prev_end:
        return False  # the look-back was cut off: the sentence starts further back
    # after a quotation: only if a sentence ended in between ("... done.” Reed said the board “...”)
    return floor != prev_end or sentence_end(text, max(p_start, prev_end - 2), q.open_pos) < q.open_pos


def _alone(text: str, layout: Layout, q: QuoteSpan) -> bool:
    """The quotation is its paragraph's only words."""
    p = layout.index(q.open_pos)
    return not text[layout.starts[p] : q.open_pos].strip() and not text[q.end : layout.ends[p]].strip()


# A title of a work in Title Case: “This Week,” “Morning Joe” (short, every word capitalised).
TITLE_CASE = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*|of|the|and|a|in|on|to|for)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|a|an|in|on|to|for|with|at|from|by|or)){0,5}[,.]?")


def _is_title(text: str, q: QuoteSpan, sent_start: int) -> bool:
    """A short Title Case quotation inside a sentence is a title of a work, not speech."""
    if len(q.spans) != 1 or q.open_pos <= sent_start:
        return False
    s, e = q.spans[0]
    return TITLE_CASE.fullmatch(text, s, e) is not None and text[s].isupper() and _word_count(text[s:e]) <= 5


# After a quotation: ", by" and a capitalised word: “Harbor fees to rise,” by Ann Hale.
BY_AUTHOR = regex.compile(r",?[ \t]+by[ \t]+\p{Lu}")
BY_AUTHOR_REACH = 20  # an end position for the match: without one the engine may scan the whole text


def _names_a_work(text: str, layout: Layout, q: QuoteSpan) -> bool:
    """A quotation that is the title of a work: opening its sentence and followed by its author
    (“Harbor fees to rise,” by Ann Hale), or a short Title Case name right after a preposition
    or a possessive (an interview with “Harbor Tonight,” on WPEL's “Morning Tide”)."""
    if len(q.spans) != 1 or not q.closed:
        return False
    s, e = q.spans[0]
    if BY_AUTHOR.match(text, q.end, q.end + BY_AUTHOR_REACH) is not None and _word_count(text[s:e]) <= MAX_TITLE_WORDS \
            and text[s:e].rstrip().endswith(",") or text.startswith(",", q.end):
        # a title opens its sentence, or follows a dash: NOW OPEN—“...,” by Ann Hale
        p_start = layout.starts[layout.index(q.open_pos)]
        head = text[sentence_start(text, q.open_pos, max(p_start, q.open_pos - 200)) : q.open_pos]
        if not head.strip() or head.rstrip().endswith(("—", "–", "-", ":")):
            return True
    if WORK_TITLE.fullmatch(text, s, e) is None or _word_count(text[s:e]) > MAX_NAMED_TITLE_WORDS:
        return False
    before = WORD.findall(text, max(0, q.open_pos - 20), q.open_pos)
    if not before or text[q.open_pos - 1] != " ":
        return False
    return before[-1] in lexicon.words("prepositions") or before[-1] in lexicon.words("work_nouns") \
        or before[-1] in lexicon.words("hearer_verbs") \
        or text[q.open_pos - 3 : q.open_pos - 1] in ("'s", "’s")  # "her film, “Harbor Lights”", "WPEL's “Tide”", "told “Tide Talk”"


# A work's title followed by its author is at most this long (a headline).
MAX_TITLE_WORDS = 20
# A title in Title Case after a preposition, a possessive or a work noun: at most this long.
MAX_NAMED_TITLE_WORDS = 9
# A work's title in Title Case, with any subtitle: “Harbor Lights: A Town and Its Boats”,
# “13 Hours”. Each piece opens with a capital or a number; the small words may stay lower case.
_TITLE_WORD = r"(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|of|the|and|a|an|in|on|to|for|with|at|from|by|or)"
_TITLE_PIECE = rf"[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}'’.-]*(?:\s+{_TITLE_WORD}){{0,8}}"
WORK_TITLE = regex.compile(rf"{_TITLE_PIECE}(?::\s+{_TITLE_PIECE})?[,.]?")


# How far after a closing mark (in characters) the next sentence's first letter is looked for.
SENTENCE_GAP = 8


def _embedded(text: str, start: int, open_pos: int) -> bool:
    """The quotation at ``open_pos`` stands inside a clause of its sentence: a lower-case word
    comes before it since ``start`` ("Reed called the plan “...”", not a dateline or a name and a
    colon: those are capitalised or end with a colon)."""
    if _after_colon(text, start, open_pos):
        return False
    return any(w.islower() for w in WORD.findall(text, max(start, open_pos - EMBEDDED_REACH), open_pos))


# How far before a quotation (in characters) a lower-case word of its clause is looked for.
EMBEDDED_REACH = 200


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    return len(WORD.findall(text, start, end)) >= n


def _after_colon(text: str, start: int, open_pos: int) -> bool:
    """The quotation at ``open_pos`` follows a colon, with words before it since ``start``:
    "Rhimes named her rule: “Change the world.”" — the colon introduces the quotation whole."""
    before = text[start:open_pos].rstrip()
    return before.endswith(":") and len(before) > 1


def _word_count(s: str) -> int:
    return len(WORD.findall(s))


def _finish(text: str, doc_id: str, drafts: list[Draft], config: Config, style: StyleChoice) -> Document:
    order = sorted(range(len(drafts)), key=lambda k: drafts[k].spans[0])
    new_id = {old: new for new, old in enumerate(order, 1)}
    quotes = []
    for old in order:
        d = drafts[old]
        if d.type not in config.types:
            continue
        att = d.attribution
        mention = Mention(text[att.mention.start : att.mention.end], att.mention.start, att.mention.end) if att else None
        cue_at = (att.cue_start, att.cue_end) if att else d.cue
        cue = Mention(text[cue_at[0] : cue_at[1]], cue_at[0], cue_at[1]) if cue_at else None
        spans = tuple(Span(s, e) for s, e in d.spans)
        speaker = d.entity.name if d.entity is not None else None
        steps = tuple(d.steps) + (f"confidence {d.confidence:.2f}",)
        quotes.append(Quote(new_id[old], spans, " ".join(s.of(text) for s in spans), d.type, speaker,
                            mention, cue, d.paragraph, d.confidence, steps))
    kept = {q.id for q in quotes}
    quote_ids: dict[int, list[int]] = {}   # id(entity) → its kept quotes' ids
    entities: dict[int, Entity] = {}
    for old in order:
        d = drafts[old]
        if d.entity is not None and new_id[old] in kept:
            entities.setdefault(id(d.entity), d.entity)
            quote_ids.setdefault(id(d.entity), []).append(new_id[old])
    speakers = [Speaker(e.name, e.kind, tuple(sorted(e.mentions, key=lambda m: m.start)), tuple(e.titles),
                        tuple(quote_ids[key])) for key, e in entities.items()]
    speakers.sort(key=lambda s: s.quote_ids[0])
    return Document(doc_id, tuple(quotes), tuple(speakers), text if config.include_text else None,
                    style.style, style.explain)
