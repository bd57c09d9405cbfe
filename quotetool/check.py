"""Fact-checking a claimed quote against a story: are these the words, and is this the speaker?

``check_claim(text, doc, claim)`` looks for the claimed words among the quotes of ``doc`` (the
result of ``quotetool.extract(text)``) and, failing that, anywhere in ``text``:

1. **verbatim**: the claim occurs word for word once quote marks, dashes, whitespace and case
   are normalised (“ ” « » dropped, ‘ ’ → ', hyphens and dashes → a space, any run of blanks
   → one space, case folded; punctuation at the claim's ends ignored);
2. otherwise **close**: the closest passage by fuzzy matching (rapidfuzz's partial-ratio
   alignment), with a similarity in [0, 1] and a word-level diff (changed, added, dropped words);
3. otherwise **not_found**.

When a speaker is claimed, it is compared with the speaker of the quote the words were found in:
``match`` (the canonical name or any of its mentions, titles or surname), ``other`` (someone
else: ``attributed_to`` names them), ``unattributed`` (the words are in the story but nobody is
said to have said them) or ``paraphrase`` (the claimed speaker did say it, but in reported
speech: an indirect quote, or the unquoted part of a mixed one).

Offsets are into ``text``, like every offset quotetool reports. Pure: no I/O.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex
from rapidfuzz import fuzz

from .inputs import Failure
from .model import Document, Quote, Speaker
from .quotation_marks import DOUBLE_MARKS, SINGLE_MARKS

# A claim at least this similar to a passage is "close"; below it the words are "not_found".
# Two changed words in a 20-word quote score about 0.9; an unrelated sentence of the same
# length, aligned to its best passage of a news story, about 0.5-0.6.
CLOSE_SIMILARITY = 0.75
# Words of context added on each side of the fuzzy alignment before the word diff, so that a
# changed first or last word is seen as changed rather than as added.
CONTEXT_WORDS = 3
# A passage belongs to a quote when at least this share of it lies inside the quote's spans.
IN_QUOTE_SHARE = 0.5


# Characters folded away or together before comparing (see ``fold``).
# The marks quotetool reads as quotation marks, and look-alikes a claim may be typed with
# (full-width, prime, grave and acute accents, modifier apostrophe).
DOUBLE_QUOTES = frozenset(DOUBLE_MARKS) | frozenset("〝〞＂″")
SINGLE_QUOTES = frozenset(SINGLE_MARKS) - {"'"} | frozenset("`´ʼ′")
# Hyphens and dashes separate words like a space: "face-to-face" reads as "face to face", and
# "a—b", "a – b", "a -- b" all read as "a b".
DASHES = frozenset("-‐‑‒–—―−")
# What a word's edges may carry that does not make it another word: "bet," is "bet".
EDGE_PUNCTUATION = ".,;:!?'-()[]{}*/"
WORD = regex.compile(r"\S+")
# One step of difflib's edit script: (tag, claim_start, claim_end, story_start, story_end).
Opcode = tuple[str, int, int, int, int]
# Honorifics and determiners that say nothing about who a claimed speaker is.
SPEAKER_NOISE = frozenset({"the", "a", "an", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"})


@dataclass(frozen=True)
class Claim:
    """What someone says the story says: the words and, optionally, who said them."""

    quote: str
    speaker: str | None = None


@dataclass(frozen=True)
class WordChange:
    """One difference between the claim and the story's words.

    ``op`` is ``changed`` (the story has ``story``, the claim ``claim``), ``added`` (only in
    the claim) or ``dropped`` (in the story, left out of the claim).
    """

    op: str
    story: str | None
    claim: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "story": self.story, "claim": self.claim}


@dataclass(frozen=True)
class ClaimCheck:
    """The verdict on one claim.

    ``start``/``end`` is the matching passage in the story (``text[start:end]``); ``quote`` the
    quote it lies in, if any; ``claimed_speaker_in_story`` the story's speaker that the claimed
    name refers to, if any (``Putin`` → ``Vladimir Putin``).
    """

    claim: Claim
    words: str
    similarity: float
    diff: tuple[WordChange, ...] = ()
    start: int | None = None
    end: int | None = None
    passage: str | None = None
    quote: Quote | None = None
    paraphrase: bool = False
    speaker_verdict: str | None = None
    attributed_to: str | None = None
    claimed_speaker_in_story: str | None = None

    @property
    def ok(self) -> bool:
        """Verbatim, and said by the claimed speaker when one is claimed."""
        return self.words == "verbatim" and (self.claim.speaker is None or self.speaker_verdict == "match")

    def to_dict(self, doc_id: str | None = None, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if doc_id is not None:
            out["story"] = doc_id
        out.update({
            "claim": {"quote": self.claim.quote, "speaker": self.claim.speaker},
            "ok": self.ok,
            "words": self.words,
            "similarity": self.similarity,
            "diff": [c.to_dict() for c in self.diff],
            "start": self.start,
            "end": self.end,
            "passage": self.passage,
            "speaker_verdict": self.speaker_verdict,
            "attributed_to": self.attributed_to,
            "claimed_speaker_in_story": self.claimed_speaker_in_story,
            "paraphrase": self.paraphrase,
            "quote": self.quote.to_dict(explain) if self.quote else None,
        })
        return out


# -- normalising ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Folded:
    """Text normalised for comparison, with the offset in the original of every character."""

    text: str
    source: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded range ``[start, end)`` (non-empty)."""
        return self.source[start], self.source[end - 1] + 1


def fold(text: str, pieces: Sequence[tuple[int, int]] | None = None) -> Folded:
    """Normalise ``text`` (or its ``pieces``, joined by a space) for comparison: no double quote
    marks, one kind of apostrophe, a space for hyphens and dashes, ``...`` for an ellipsis,
    one space for any blank run, case folded. Offsets map back to ``text``.

    >>> fold("“A face-to-face—sit down,”  he  said").text
    'a face to face sit down, he said'
    """
    out: list[str] = []
    src: list[int] = []

    def emit(s: str, i: int) -> None:
        for ch in s:
            if ch == " " and (not out or out[-1] == " "):
                continue  # one space, never leading
            out.append(ch)
            src.append(i)

    for n, (start, end) in enumerate(pieces or [(0, len(text))]):
        gap = False
        if n:
            emit(" ", start)
        for i in range(start, end):
            c = text[i]
            if c in DOUBLE_QUOTES:
                # gone, unless marks are all that part two words: a"b reads as "a b", not "ab"
                gap = gap or (i > start and bool(out) and out[-1].isalnum())
                continue
            if gap and c.isalnum():
                emit(" ", i)
            gap = False
            if c in SINGLE_QUOTES:
                emit("'", i)
            elif c in DASHES:
                emit(" ", i)
            elif c == "…":
                emit("...", i)
            elif c.isspace():
                emit(" ", i)
            else:
                emit(c.casefold(), i)
    while out and out[-1] == " ":
        out.pop()
        src.pop()
    return Folded("".join(out), tuple(src))


def _claim_words(claim: str) -> Folded:
    """The claim folded, without the quote marks and punctuation around it."""
    f = fold(claim)
    s, e = 0, len(f.text)
    trim = " .,;:!?'"
    while s < e and f.text[s] in trim:
        s += 1
    while e > s and f.text[e - 1] in trim:
        e -= 1
    return Folded(f.text[s:e], f.source[s:e])


@dataclass(frozen=True)
class _Word:
    key: str  # the word without edge punctuation, for comparing
    start: int  # folded offsets of the key (the word less its edge punctuation)
    end: int


def _words(f: Folded, start: int = 0, end: int | None = None) -> list[_Word]:
    out = []
    for m in WORD.finditer(f.text, start, len(f.text) if end is None else end):
        word = m.group()
        key = word.strip(EDGE_PUNCTUATION)
        if key:
            start = m.start() + len(word) - len(word.lstrip(EDGE_PUNCTUATION))
            out.append(_Word(key, start, start + len(key)))
    return out


def has_words(claim: str) -> bool:
    """Does a claimed quote have any word to look for?

    >>> has_words("“…”"), has_words("a losing bet")
    (False, True)
    """
    return bool(_words(_claim_words(claim)))


# -- finding the words ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Candidate:
    """Where the claim may be: one quote's spans, or the whole story (``quote`` None)."""

    folded: Folded
    quote: Quote | None


@dataclass(frozen=True)
class _Found:
    words: str
    similarity: float
    candidate: _Candidate
    start: int  # folded offsets in candidate.folded
    end: int
    diff: tuple[WordChange, ...] = ()


def _verbatim(claim: str, cand: _Candidate) -> _Found | None:
    """The first occurrence of ``claim`` in the candidate that starts and ends on word edges."""
    hay = cand.folded.text
    i = hay.find(claim)
    while i >= 0:
        j = i + len(claim)
        if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
            return _Found("verbatim", 1.0, cand, i, j)
        i = hay.find(claim, i + 1)
    return None


def _closest(claim: Folded, cand: _Candidate, claim_text: str, story: str) -> _Found | None:
    """The passage of the candidate closest to the claim, widened to whole words and diffed."""
    hay = cand.folded.text
    if not hay:
        return None
    al = fuzz.partial_ratio_alignment(claim.text, hay)
    if al is None:
        return None
    words = _words(cand.folded)
    if not words:
        return None
    # the aligned range, widened to whole words and CONTEXT_WORDS more on each side
    first = next((k for k, w in enumerate(words) if w.end > al.dest_start), len(words) - 1)
    last = max((k for k, w in enumerate(words) if w.start < al.dest_end), default=first)
    first, last = max(0, first - CONTEXT_WORDS), min(len(words) - 1, last + CONTEXT_WORDS)
    passage = words[first : last + 1]
    cwords = _words(claim)
    if not cwords:
        return None
    matcher = difflib.SequenceMatcher(None, [w.key for w in cwords], [w.key for w in passage], autojunk=False)
    ops = _trim_context(matcher.get_opcodes())
    if not ops:
        return None
    p0, p1 = ops[0][3], ops[-1][4]
    if p1 <= p0:
        return None
    start, end = passage[p0].start, passage[p1 - 1].end
    similarity = round(fuzz.ratio(claim.text, hay[start:end]) / 100, 3)
    diff = tuple(_changes(ops, cwords, passage, claim, claim_text, cand.folded, story))
    return _Found("close", similarity, cand, start, end, diff)


def _trim_context(opcodes: Sequence[Opcode]) -> list[Opcode]:
    """Drop the context words the claim does not reach: story words before its first word and
    after its last (quoting part of a quote is not dropping words); an edge replacement keeps
    only as many story words as it has claim words, counted from the inside."""
    ops: list[Opcode] = list(opcodes)
    while ops and ops[0][0] == "insert":
        ops.pop(0)
    while ops and ops[-1][0] == "insert":
        ops.pop()
    if ops and ops[0][0] == "replace":
        tag, i1, i2, j1, j2 = ops[0]
        ops[0] = (tag, i1, i2, max(j1, j2 - (i2 - i1)), j2)
    if ops and ops[-1][0] == "replace":
        tag, i1, i2, j1, j2 = ops[-1]
        ops[-1] = (tag, i1, i2, j1, min(j2, j1 + (i2 - i1)))
    return ops


def _changes(ops: Sequence[Opcode], cwords: list[_Word], passage: list[_Word], claim: Folded,
             claim_text: str, story: Folded, text: str) -> Iterator[WordChange]:
    def said(ws: list[_Word], f: Folded, original: str) -> str:
        s, _ = f.span(ws[0].start, ws[0].end)
        _, e = f.span(ws[-1].start, ws[-1].end)
        return original[s:e].strip("“”\"‘’',.;:!?")

    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        c, p = cwords[i1:i2], passage[j1:j2]
        if tag == "replace" and len(c) == len(p):
            # word for word: one change each, so two changed words read as two changes
            for cw, pw in zip(c, p, strict=True):
                yield WordChange("changed", said([pw], story, text), said([cw], claim, claim_text))
        elif tag == "replace":
            yield WordChange("changed", said(p, story, text), said(c, claim, claim_text))
        elif tag == "delete":
            yield WordChange("added", None, said(c, claim, claim_text))
        else:
            yield WordChange("dropped", said(p, story, text), None)


def _candidates(text: str, doc: Document) -> list[_Candidate]:
    return [_Candidate(fold(text, [(s.start, s.end) for s in q.spans]), q) for q in doc.quotes]


def find_words(text: str, doc: Document, claim: str) -> _Found | None:
    """Verbatim in a quote, else verbatim anywhere, else the closest passage of a quote or,
    if the story outside the quotes is closer, of the story. None for an empty claim."""
    folded_claim = _claim_words(claim)
    if not _words(folded_claim):
        return None
    quotes = _candidates(text, doc)
    story = _Candidate(fold(text), None)
    for cand in [*quotes, story]:
        found = _verbatim(folded_claim.text, cand)
        if found:
            return found
    best: _Found | None = None
    for cand in [*quotes, story]:
        found = _closest(folded_claim, cand, claim, text)
        if found and (best is None or found.similarity > best.similarity):
            best = found
    return best


# -- the speaker ------------------------------------------------------------------------------

def _name_words(name: str) -> list[str]:
    words = [w.strip(EDGE_PUNCTUATION) for w in fold(name).text.split()]
    words = [w.removesuffix("'s") for w in words if w]
    return [w for w in words if w not in SPEAKER_NOISE]


def speaker_matches(claimed: str, speaker: Speaker) -> bool:
    """Does the claimed name refer to this speaker? Its canonical name, a mention of it, a title,
    the surname of a person, or a title and name together all do.

    >>> from quotetool.model import Mention
    >>> earnest = Speaker("Josh Earnest", "person", (Mention("press secretary Josh Earnest", 0, 28),
    ...                                              Mention("Earnest", 40, 47)), ("press secretary",), (1,))
    >>> [speaker_matches(n, earnest) for n in ("Earnest", "Josh Earnest", "the press secretary", "Putin")]
    [True, True, True, False]
    """
    said = _name_words(claimed)
    if not said:
        return False
    name = _name_words(speaker.name)
    aliases = [name, *(_name_words(m.text) for m in speaker.mentions), *(_name_words(t) for t in speaker.titles)]
    if any(said == a for a in aliases if a):
        return True
    if speaker.kind != "person" or not name:
        return False
    if said[-len(name):] == name:  # "White House press secretary Josh Earnest"
        return True
    # "Press Secretary Earnest", "Josh Earnest": the surname, after words of the name or titles
    known = set(name).union(*(set(a) for a in aliases))
    return said[-1] == name[-1] and all(w in known for w in said)


def _speaker_of(doc: Document, name: str | None) -> Speaker | None:
    return next((s for s in doc.speakers if s.name == name), None) if name else None


def _in_quoted_phrase(text: str, quote: Quote, start: int, end: int) -> bool:
    """Does ``text[start:end]`` lie inside quote marks within a mixed quote?"""
    for m in QUOTED_PHRASE.finditer(text, quote.start, quote.end):
        if m.start() <= start and end <= m.end():
            return True
    return False


# A phrase in double quote marks inside a mixed quote: “…”, "…", «…», „…“.
QUOTED_PHRASE = regex.compile(
    r"""  “ [^“”\n]{1,2000} ”      # curly
        | " [^"\n]{1,2000} "       # straight
        | « [^«»\n]{1,2000} »      # guillemets
        | „ [^„“”\n]{1,2000} [“”]  # low-high
    """,
    regex.VERBOSE,
)


# -- the verdict ------------------------------------------------------------------------------

def check_claim(text: str, doc: Document, claim: Claim) -> ClaimCheck:
    """Check one claimed quote (and speaker) against a story.

    >>> import quotetool
    >>> story = "“We will rebuild the pier this year,” Mayor Ana Ruiz said."
    >>> doc = quotetool.extract(story)
    >>> r = check_claim(story, doc, Claim("We will rebuild the pier this year", "Ruiz"))
    >>> r.words, r.speaker_verdict, r.ok
    ('verbatim', 'match', True)
    >>> r = check_claim(story, doc, Claim("We will rebuild the bridge this year", "Ruiz"))
    >>> r.words, [(c.story, c.claim) for c in r.diff]
    ('close', [('pier', 'bridge')])
    """
    in_story = None
    if claim.speaker:
        in_story = next((s.name for s in doc.speakers if speaker_matches(claim.speaker, s)), None)
    found = find_words(text, doc, claim.quote)
    if found is None or (found.words == "close" and found.similarity < CLOSE_SIMILARITY):
        return ClaimCheck(claim, "not_found", found.similarity if found else 0.0,
                          claimed_speaker_in_story=in_story)
    start, end = found.candidate.folded.span(found.start, found.end)
    quote = found.candidate.quote or _quote_around(doc, start, end)
    paraphrase = quote is not None and (
        quote.type == "indirect" or (quote.type == "mixed" and not _in_quoted_phrase(text, quote, start, end)))
    verdict = None
    attributed = quote.speaker if quote else None
    if claim.speaker:
        speaker = _speaker_of(doc, attributed)
        if quote is None or attributed is None:
            verdict = "unattributed"
        elif (speaker and speaker_matches(claim.speaker, speaker)) or (
                speaker is None and _name_words(claim.speaker) == _name_words(attributed)):
            verdict = "paraphrase" if paraphrase else "match"
        else:
            verdict = "other"
    return ClaimCheck(claim, found.words, found.similarity, found.diff, start, end, text[start:end], quote,
                      paraphrase, verdict, attributed, in_story)


def _quote_around(doc: Document, start: int, end: int) -> Quote | None:
    """The quote holding most of ``[start, end)``, if it holds at least ``IN_QUOTE_SHARE`` of it."""
    best, best_overlap = None, 0
    for q in doc.quotes:
        overlap = sum(max(0, min(end, s.end) - max(start, s.start)) for s in q.spans)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is not None and best_overlap >= IN_QUOTE_SHARE * max(1, end - start):
        return best
    return None


# -- claims files -----------------------------------------------------------------------------

def parse_claims(text: str, source: str) -> Iterator[Claim | Failure]:
    """The claims of a JSON Lines file, one ``{"quote": ..., "speaker": ...}`` a line
    (``speaker`` optional); a bad line is a ``Failure`` and the others go on.

    >>> list(parse_claims('{"quote": "a losing bet", "speaker": "Earnest"}', "claims.jsonl"))
    [Claim(quote='a losing bet', speaker='Earnest')]
    """
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(source, f"not JSON ({e.msg}, column {e.colno})", n)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("quote"), str):
            yield Failure(source, 'no "quote" text; each line needs {"quote": ..., "speaker": ...}', n)
            continue
        if not has_words(obj["quote"]):
            yield Failure(source, '"quote" has no words to look for', n)
            continue
        speaker = obj.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            yield Failure(source, '"speaker" is not a string', n)
            continue
        yield Claim(obj["quote"], speaker or None)


# -- for people -------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerdictLines:
    """A short human verdict: a headline and detail lines."""

    headline: str
    details: list[str] = field(default_factory=list)


def describe(result: ClaimCheck, doc_id: str) -> VerdictLines:
    """The verdict in a few lines of plain text, for a terminal.

    >>> import quotetool
    >>> story = "“We will rebuild the pier this year,” Mayor Ana Ruiz said."
    >>> r = check_claim(story, quotetool.extract(story), Claim("We will rebuild the pier this year", "Ruiz"))
    >>> print(describe(r, "story.txt").headline)
    OK: verbatim, said by Ana Ruiz
    """
    words = {"verbatim": "verbatim", "close": f"close (similarity {result.similarity:.2f})",
             "not_found": "not found"}[result.words]
    if result.ok:
        who = f", said by {result.attributed_to}" if result.claim.speaker else ""
        headline = f"OK: {words}{who}"
    else:
        parts = [f"words {words}"]
        if result.claim.speaker and result.speaker_verdict:
            parts.append(_speaker_phrase(result))
        headline = "NOT CONFIRMED: " + "; ".join(parts)
    details = [f"claim:   {_clip(result.claim.quote)}" + (f" — {result.claim.speaker}" if result.claim.speaker else "")]
    if result.start is not None:
        where = f"{doc_id} {result.start}-{result.end}"
        if result.quote:
            q = result.quote
            kind = "paraphrase in " if result.paraphrase else ""
            where += f", {kind}quote #{q.id} ({q.type}, ¶{q.paragraph})"
        else:
            where += ", not inside a quote"
        details.append(f"story:   {_clip(result.passage or '')}")
        details.append(f"where:   {where}")
        if result.quote is not None:
            q = result.quote
            said = q.speaker or "nobody (unattributed)"
            how = f" — “{q.mention.text}” {q.cue.text}" if q.mention and q.cue else ""
            details.append(f"speaker: {said}{how} (confidence {q.confidence:.2f})")
    if result.words == "not_found" and result.similarity > 0:
        details.append(f"closest: a passage {result.similarity:.2f} similar (close needs {CLOSE_SIMILARITY:.2f})")
    for c in result.diff:
        if c.op == "changed":
            details.append(f"  changed: story “{c.story}” → claim “{c.claim}”")
        elif c.op == "added":
            details.append(f"  added:   “{c.claim}” (not in the story)")
        else:
            details.append(f"  dropped: “{c.story}” (left out of the claim)")
    if result.claim.speaker and result.claimed_speaker_in_story and result.speaker_verdict == "other":
        details.append(f"note:    “{result.claim.speaker}” is {result.claimed_speaker_in_story} in this story")
    return VerdictLines(headline, details)


def _speaker_phrase(result: ClaimCheck) -> str:
    v = result.speaker_verdict
    if v == "match":
        return f"speaker matches ({result.attributed_to})"
    if v == "other":
        return f"speaker is someone else: {result.attributed_to}"
    if v == "paraphrase":
        return f"a paraphrase of {result.attributed_to}, not a direct quote"
    return "the story attributes these words to nobody"


def _clip(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
