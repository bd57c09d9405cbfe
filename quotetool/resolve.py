"""Stage 5: resolve a speaker mention to a canonical speaker, keeping every step as a trace.

Rules, each in its own function:
- ``full name``: a mention with first and last name is its own canonical name;
- ``alias``: a one-word name (``Earnest``, ``Mr. Earnest``) → the nearest full name ending or
  starting with it, among earlier speakers first, then names anywhere in the story;
- ``role noun``: ``the spokesman`` → the latest person whose titles carry that role (or a synonym);
- ``pronoun``: he/she → the latest person of matching gender; they → the latest group or organisation;
- ``organisation`` and ``group`` mentions are their own names; ``the agency`` → the latest organisation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

import regex

from . import lexicon
from .cues import WORD
from .layout import ABBREVIATION, sentence_end
from .mentions import (GROUP, ORG, PERSON, POSSESSIVE_ENDINGS, PRONOUN, ROLE, ParsedMention, first_names, gender_of,
                       title_end, without_possessive)
from .model import Mention

# A run of capitalised words (with particles and initials): a candidate full name.
NAME_RUN = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?:\p{Lu}[\p{Ll}\p{M}'’\-]*\p{L}|\p{Lu}\.)        # a capitalised word or an initial
    (?:(?:[ ]|\r?\n)                                 # a space, or one line break of wrapped text
       (?:(?:de|da|di|del|der|van|von|bin|ibn|al|el|la|le|du)[ ])?   # a name particle
       (?:\p{Lu}[\p{L}\p{M}'’\-]*\p{L}|\p{Lu}\.)      # no full stop after a word: it may end a sentence
    ){1,5}
    """,
    regex.VERBOSE,
)

# How far before a run of capitals its abbreviated titles may start ("Lt. Gov. ").
TITLES_REACH = 24


@cache
def _titles_before() -> regex.Pattern[str]:
    """Abbreviated titles right before a run of capitals ("Sen. Ann Hale", "Lt. Gov. Bo Lee"),
    read back from the run: they say who the person is ("the senator")."""
    abbreviations = sorted({w[:1].upper() + w[1:] for entry in lexicon.entries("titles") for w in entry.split()
                            if w.endswith(".") and w.count(".") == 1}, key=len, reverse=True)
    alternation = "|".join(regex.escape(a) for a in abbreviations)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:(?:{alternation})\s)+\Z", regex.REVERSE)


# A gendered honorific and one capitalised word, no more: "Mrs. Hollow", "Mr Pell" (a longer run
# of capitals is read by NAME_RUN).
# A tag closing its sentence after a comma: the pronoun, its verb and at most three more words
# ("..., he added.", "..., she said on Tuesday.").
TRAILING_TAG = regex.compile(r"\p{L}+(?:[ ]\p{L}+){1,4}[.!?]")
TRAILING_TAG_REACH = 60
# What may stand right before a sentence's first word (or nothing: the text's start).
SENTENCE_CLOSERS = frozenset(".!?\"”’'")
# A gendered honorific ending a stretch of text: "Though Ms." (the name after it is no sentence's first word).
HONORIFIC_BEFORE = regex.compile(r"(?<![\p{L}])(?:Mrs|Mr|Ms|Miss)\.?\Z")

# What may stand between the end of one sentence and a pronoun opening the next: spaces and at
# most one opening word ("But she", "Later, she").
ROLE_TAIL_WORDS = 3  # "a retired teacher said on Monday."
NEXT_SENTENCE = regex.compile(r"\s*(?:\p{L}+,?\s+)?\Z")

HONORIFIC_REACH = 40  # how long a "Mrs. Hollow" may be
HONORIFIC_NAME = regex.compile(r"\b(?P<title>Mrs|Mr|Ms|Miss)\.?[ ](?P<name>\p{Lu}\p{Ll}+)\b(?![ ]\p{Lu})")


# One capitalised word standing alone (not inside a run of capitals).
LONE_NAME = regex.compile(
    r"""
    (?<!\p{Lu}[\p{L}.]{0,30}[ \n])   # not after a capitalised word, on this line or the one before
    \b\p{Lu}\p{Ll}+\b                # one capitalised word
    (?![ \n]\p{Lu})                   # not before a capitalised word
    (?![ ]+(?:you|he|she|it|they|we|I|there|not)\b)   # nor a question's verb: "Will you come?"
    """,
    regex.VERBOSE,
)


# his/himself/herself, found first (they are rarer than sentence starts) ...
GENDERED_PRONOUN = regex.compile(r"\b(?:his|himself|herself)\b")
# ... then, looking back from one: a sentence or paragraph start, a one-word name, a lower-case
# verb, and the rest of the clause up to the pronoun ("Orrin pulled his coat tighter").
GENDERED_SUBJECT = regex.compile(
    r"""
    (?:[.!?]["”’]?\s+|\n\s*)                  # a sentence or paragraph starts
    (?P<name>\p{Lu}\p{Ll}+)\s+\p{Ll}+          # a capitalised word, then a lower-case verb
    [^.!?;:"“”\n]*\Z                          # the rest of the clause
    """,
    regex.VERBOSE,
)
# How far back from the pronoun its clause may start.
GENDER_CLAUSE_REACH = 100

# The word before a capitalised word: a preposition makes it a place or a thing's name, most
# likely ("a letter from Lisbon, and his seal on it"), and gives it no gender.
WORD_BEFORE = regex.compile(r"\b(?P<word>\p{Ll}+)\s+\Z")

# ... or, anywhere in a sentence: the nearest capitalised word before the pronoun (searched
# backwards from it), with no other capital, no sentence end and no other person between ("I met
# Vask at the pier and carried his bag", "Quenby Vask kept the light, and nobody knew his age"); a
# he or him between is the same man ("Later I visited Vask, and he mended his nets").
NEAREST_CAPITALISED = regex.compile(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}\p{Ll}+)\b(?![’']s\b)",   # a capitalised word, not an owner ("Vask's dog")
    regex.REVERSE,
)
# What may not stand between that word and the pronoun: one pattern for "his" and "himself",
# one for "herself".
def _owner_gap(others: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        [.!?;:"“”\p{{Lu}}]                       # a sentence end, a quotation mark or a capital
        | \n[ \t]*\n                           # a paragraph break
        | \b(?:{others}|they|we|you|it|them|me|us)\b   # a person the pronoun may go back to instead
        """,
        regex.VERBOSE,
    )


OWNER_GAP = {"m": _owner_gap("she|her"), "f": _owner_gap("he|him|his")}

# How many such clauses give a one-word name its gender (with none saying otherwise).
STORY_VOTES = 2

# A speaker keeps at most this many titles and descriptions (bounds the work on huge inputs).
MAX_TITLES = 20

# How many recent speakers, or names before a mention, a look-up considers at most.
LOOKBACK = 300

# How far back (in characters) "the agency" looks for the organisation it stands for.
ORG_WINDOW = 1500

# How close (in characters) a speaker of unknown gender must be to win a he/she over
# an earlier speaker whose gender is known.
PRONOUN_NEAR = 300

# How many of the latest speakers a surname opening a sentence is looked up for.
SURNAME_SUBJECTS = 6

# Fiction: how much nearer (in characters) a person inside a sentence must be than one opening
# a sentence to win a he/she; and how many names or descriptions back the search for one goes.
SUBJECT_BONUS = 600
SUBJECT_LOOKBACK = 12

# The words that open an adverbial phrase before a subject: prepositions and subordinators.
_ADVERBIAL_OPENERS = lexicon.alternation("prepositions") + "|" + lexicon.alternation("subordinators")

# The end of the text before a sentence's subject: a sentence end or paragraph break, then at
# most one capitalised opening word ("When", "But").
SENTENCE_OPENING = regex.compile(
    rf"""
    (?:(?<!\b{ABBREVIATION})     # (not the full stop of "Sen." or an initial)
       [.!?;:]["”’']?\s+          # a sentence's end
     | \n\s*\n\s*               # a paragraph break
     | ["“”]\s*)                  # a quotation mark
    (?:\p{{Lu}}\p{{Ll}}*,?\s+       # at most one opening word: "When", "But,"
     | \p{{Lu}}[\p{{L}}'’-]*(?:\s+[\p{{Ll}}'’-]+){{1,3}},\s+   # or an opening phrase and a comma:
                                  # "Hale's neighbor, Tom Reed", "After the vote, Reed"
     | (?:(?=\p{{Lu}})(?i:{_ADVERBIAL_OPENERS})|\p{{Lu}}\p{{Ll}}{{2,}}(?:ing|ed))   # a longer one only when adverbial:
       (?:\s+[\p{{Ll}}'’-]+){{1,6}},\s+   # "Talking to the crews at the pier, Reed" (not "Reed
    )?                            # thanked the new harbor master, Dan Ortiz": an object's apposition)
    \Z""",
    regex.VERBOSE,
)

# How far back (in characters) the opening of a subject's sentence is read.
OPENING_REACH = 80

# A sentence's or paragraph's start, right before a word (or the text's start).
SENTENCE_START = regex.compile(
    rf"""
    (?:(?<!\b{ABBREVIATION})[.!?;:]["”’']?\s+   # a sentence's end
     | \n\s*\n\s*                            # a paragraph break
     | \A\s*)\Z                                # the text's start
    """,
    regex.VERBOSE,
)
SENTENCE_START_REACH = 12

# A sentence opening with a title of up to three words before a name: "Board chairman Walter
# Briggs defended ...", "Company spokeswoman Lena Marsh said" (the last word must be a title or
# a role noun: "Yesterday the board thanked" is no title).
TITLE_OPENING = regex.compile(
    rf"""
    (?:(?<!\b{ABBREVIATION})[.!?;:]["”’']?\s+ | \n\s*\n\s*)      # a sentence's start
    (?:\p{{Lu}}[\p{{L}}'’.-]*(?:\s+[\p{{L}}'’.-]+){{0,2}}?            # the title's first words
       \s+(?P<last>\p{{L}}+)                                       # and its last word
     | (?:\p{{Lu}}\p{{L}}*\s+){{0,2}}(?P<last>\p{{Lu}}\p{{L}}*\.)          # or an abbreviated title after capitalised
    )\s+\Z                                                       # words only: "Rep.", "Former Gov."
    """,
    regex.VERBOSE,
)


@cache
def _kinship_vocatives() -> dict[str, str]:
    """Words said to a relative instead of a name → the noun that describes them: papa → father."""
    return dict(e.split() for e in lexicon.entries("kinship_vocatives"))


# Who "I said" is: the story's narrator or author.
NARRATOR = "the narrator"


# "the girl", "a young man", "the old spokeswoman": a person described, not named.
DESCRIBED_PERSON = regex.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(?P<noun>\p{Ll}+)\b")

@cache
def _described_person() -> regex.Pattern[str]:
    """The same in fiction, where people are also "this little boy", "her mother", "my father":
    a determiner, maybe one adjective, then a role noun of known gender (found fast: the
    nouns are a trie, so "the door" fails at once)."""
    gendered = [w for w, tag in lexicon.tagged("role_nouns").items() if tag in ("m", "f")]
    determiner = lexicon.alternation("determiners")
    return regex.compile(
        rf"""
        \b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Mm]y|[Tt]heir)\s+   # a determiner
        (?:(?!(?:{determiner})\s)\p{{Ll}}+\s+)?     # maybe one adjective, not a second determiner:
                                                  # "that her mother" is "her mother"
        (?P<noun>{lexicon.trie_pattern(gendered)})\b  # a role noun of known gender
        """,
        regex.VERBOSE,
    )


@cache
def _subject_in_role() -> regex.Pattern[str]:
    """Fiction: a person described by a role noun that gives no gender, then a verb ("The
    stranger sat down by the gate", "The old doctor frowned"): when it opens a sentence (checked
    apart, so that the search starts from the literal "The"), a he or a she may go back to them."""
    neutral = [w for w, tag in lexicon.tagged("role_nouns").items() if tag not in ("m", "f", "people")]
    determiner = lexicon.alternation("determiners")
    return regex.compile(
        rf"""
        (?P<who>\bThe\s+                            # "The"
          (?:(?!(?:{determiner})\s)\p{{Ll}}+\s+)?   # maybe one adjective
          (?P<noun>{lexicon.trie_pattern(neutral)}))  # a role noun of no gender
        \s+\p{{Ll}}+\b                              # then a lower-case word, its verb
        """,
        regex.VERBOSE,
    )


# The word before a description that makes it a predicate or a likeness, not a person acting:
# "he is a tall man", "she seemed such a saint", "like a boy".
PREDICATE_LEAD = regex.compile(r"\b(?P<word>\p{Ll}+)\s+\Z")
PREDICATE_REACH = 20

# A relative clause in the present tense after a description makes it anyone of that kind, not a
# person in the story (told in the past): "the man who keeps a light is lonely", "like a woman who
# never sleeps". An adverb may stand before the verb; "was", "has", "is" and adverbs ending in s
# are not taken for its verb.
GENERIC_RELATIVE = regex.compile(
    r"""
    \s*,?\s+(?:who|that)\s+                                             # "who" or "that"
    (?:(?:\p{Ll}+ly|first|never|always|often|still|also|only|ever|seldom)\s+)?   # maybe an adverb
    (?!(?:was|has|is|perhaps|thus|always)\b)                          # (not a past or perfect verb,
    \p{Ll}+[^s\W]s\b                                                 # nor an adverb): a verb in -s
    """,
    regex.VERBOSE,
)
GENERIC_REACH = 40

# How far back (in characters) a pronoun looks for a described person.
DESCRIPTION_WINDOW = 600


@dataclass(eq=False)
class Entity:
    """A speaker as the resolver knows it so far (compared by identity)."""

    name: str
    kind: str
    gender: str = ""
    titles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    last_pos: int = -1


@dataclass(frozen=True)
class NameSighting:
    """A full name seen anywhere in the story (not only next to a cue)."""

    name: str
    start: int
    titles: tuple[str, ...]
    gender: str

    @property
    def is_person(self) -> bool:
        """A title or a known first name says this run of capitals is a person."""
        return bool(self.titles) or bool(self.gender)


# A gendered role noun and a comma right before a name: "Her husband, Bo Okafor".
ROLE_BEFORE_NAME = regex.compile(r"(?P<noun>\p{Ll}+),\s\Z")
ROLE_BEFORE_REACH = 24


def _role_before(text: str, start: int) -> str:
    """The gender ("m", "f" or "") a role noun set off by a comma right before the name at
    ``start`` gives it: "Her husband, Bo Okafor" is a man, "the council president, Bo Lee" says nothing."""
    m = ROLE_BEFORE_NAME.search(text, max(0, start - ROLE_BEFORE_REACH), start)
    if m is None:
        return ""
    before = text[max(0, m.start() - ROLE_BEFORE_REACH) : m.start()].split()
    if len(before) >= 2 and before[-2].lower() in lexicon.words("prepositions"):
        return ""  # "With her husband, Corin Vale sat": the role is the preposition's object
    g = lexicon.tagged("role_nouns").get(m.group("noun"), "")
    return g if g in ("m", "f") else ""


@cache
def _role_groups() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in lexicon.entries("role_synonyms"):
        group = frozenset(w.strip() for w in line.split("|"))
        for w in group:
            out[w] = out.get(w, frozenset()) | group
    return out


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without suffixes (Jr., III); cached, as every look-up asks again."""
    return tuple(w for w in name.split() if w.lower() not in lexicon.words("name_suffixes"))


# What a run of capitals says: (ORG, name, (), "") for an organisation's name ("Harborline Group"),
# (PERSON, name, titles, gender) for a person's; None when fewer than two name words remain.
NameRunReading = tuple[str, str, tuple[str, ...], str]


def _clause_word(low: str) -> bool:
    """A verb of saying or a pronoun (with its contraction): no word of a name."""
    return low in lexicon.words("speech_verbs") or low.split("’")[0].split("'")[0] in lexicon.tagged("pronouns")


@lru_cache(maxsize=1 << 16)
def _read_name_run(run: str) -> NameRunReading | None:
    """The reading of one run of capitals; the same run reads the same everywhere, so it is cached."""
    words = run.split()   # a name may be wrapped across two lines: "Master John\nRolfe"
    if any(_clause_word(w.lower()) for w in words):
        return None  # a headline's words, not a name: "Hale Says She’s Ready To Run"
    k = title_end(words)
    while k < len(words) and words[k].lower() in lexicon.words("speaker_stopwords"):
        k += 1
    name_words = words[k:]
    if len(name_words) < 2:
        return None
    name = " ".join(name_words)
    if name_words[-1].lower() in lexicon.words("organisation_nouns"):
        return (ORG, name, (), "")
    title_words = [w for w in words[:k] if w.lower() not in lexicon.words("speaker_stopwords")]
    titles = (" ".join(title_words),) if title_words else ()
    return (PERSON, name, titles, gender_of(titles, name, ""))


class Resolver:
    """Links mentions to speakers across one document, in reading order.

    Every look-up is indexed or bounded (by name word, by offset with bisect, or to the
    ``LOOKBACK`` most recent candidates), so a long document costs linear time.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None, nearest: bool = False) -> None:
        self.text = text
        # quotations (start, end), in order: a name inside one is not a referent of a pronoun outside
        self._quoted_starts = [s for s, _ in quoted or ()]
        self._quoted_ends = [e for _, e in quoted or ()]
        # fiction: a pronoun means the nearest person of its gender, named or described, not the
        # latest speaker (news keeps to speakers: "Earnest said Putin ... He added" is Earnest)
        self.nearest = nearest
        self._recent: dict[int, Entity] = {}             # id → entity, least recently mentioned first
        self._by_name: dict[str, Entity] = {}            # canonical name, lowercased → entity
        self._sightings: list[NameSighting] | None = None
        self._starts: list[int] = []                     # the sightings' offsets, for bisect
        self._by_word: dict[str, list[NameSighting]] = {}  # first or last name word → sightings, in order
        self._organisations: list[tuple[int, str]] = []  # (offset, name) of organisation names
        self._described: dict[str, tuple[list[int], list[str]]] | None = None  # fiction: gender → people described
        self._story: dict[str, str] | None = None        # fiction: one-word name → the gender the story gives it

    # -- the names of the whole story, read once on first need --------------------------
    def sightings(self) -> list[NameSighting]:
        """Every name in the story, in order of offset."""
        if self._sightings is None:
            found = []
            abbreviated = _titles_before()
            for m in NAME_RUN.finditer(self.text):
                before = abbreviated.search(self.text, max(0, m.start() - TITLES_REACH), m.start()) \
                    if self.text[m.start() - 2 : m.start() - 1] == "." and self.text[m.start() - 1].isspace() \
                    else None  # the cheap test first: "Sen. Ann Hale", "Sen.\nAnn Hale"
                reading = _read_name_run(self.text[before.start() if before else m.start() : m.end()])
                if reading is None:
                    continue
                if reading[0] == ORG:
                    self._organisations.append((m.start(), m.group()))
                    continue
                _, name, titles, gender = reading
                if not gender and self.text[m.start() - 2 : m.start()] == ", ":  # the cheap test first
                    gender = _role_before(self.text, m.start())
                found.append(NameSighting(name, m.start(), titles, gender))
            # a lone known first name ("Nell") is a person too: pronouns may point to it
            firsts = first_names()
            # fiction: a lone name the story itself genders ("Orrin pulled his coat tighter") ...
            story = self._story_genders() if self.nearest else {}
            by_last: dict[str, list[NameSighting]] = {}  # last word → the full names ending with it, in order
            for s in found:
                if _name_words(s.name):
                    by_last.setdefault(_name_words(s.name)[-1], []).append(s)
                    if not self.nearest and s.name.endswith(POSSESSIVE_ENDINGS):
                        # news: "Hillary Clinton's" names Hillary Clinton for a later "Mrs. Clinton"
                        plain = without_possessive(s.name)
                        if _name_words(plain):
                            by_last.setdefault(_name_words(plain)[-1], []).append(NameSighting(plain, s.start, s.titles, s.gender))
            if story:
                # ... unless a title or a first name gives a full name ending with it the other gender
                story = {w: g for w, g in story.items() if all(s.gender in ("", g) for s in by_last.get(w, ()))}
                # ... and a full name ending with it, when no other full name does ("Quenby Vask ...
                # nobody knew his age"; not a family's "Ann Vask" and "Tom Vask")
                found = [NameSighting(s.name, s.start, s.titles, story.get(_name_words(s.name)[-1], ""))
                         if not s.gender and _name_words(s.name)
                         and len({r.name for r in by_last[_name_words(s.name)[-1]]}) == 1 else s
                         for s in found]
            run_starts = {w: [r.start for r in runs] for w, runs in by_last.items()}
            honorific_only: set[int] = set()  # news: offsets of the sightings below
            for m in LONE_NAME.finditer(self.text):
                word = m.group()
                g = firsts.get(word.lower())
                if g and not self.nearest and word.lower() in lexicon.words("speaker_stopwords"):
                    pass  # news: a lone "June" or "May" is a month, not a person (a story's "June Hale"
                    # is a full name; fiction keeps its characters' first names)
                elif g:
                    found.append(NameSighting(word, m.start(), (), g))
                elif word in story:
                    # the surname alone is the person the latest full name with it names, if of its gender
                    runs = by_last.get(word, [])
                    k = bisect_left(run_starts[word], m.start()) if runs else 0
                    name = runs[k - 1].name if k and runs[k - 1].gender in ("", story[word]) else word
                    found.append(NameSighting(name, m.start(), (), story[word]))
            # a surname after a gendered honorific ("Mrs. Hollow looked up", "Mr. Reed was more
            # hopeful") is a person of that gender, so a he or she after it may name them
            for m in HONORIFIC_NAME.finditer(self.text) if "M" in self.text else ():
                title, word = m.group("title"), m.group("name")
                g = gender_of((title,), word, "")
                # the person the latest full name of that gender with that surname names ("Mr.
                # Peter Reed ... Quenby Reed ... Mrs. Reed" is Quenby Reed), else (news, which
                # may name the person in full only later) the first such name after it, else the surname
                runs = by_last.get(word, [])
                k = bisect_left(run_starts[word], m.start()) if runs else 0
                name = next((r.name for r in reversed(runs[:k]) if r.gender == g), "") \
                    or next((r.name for r in reversed(runs[:k]) if not r.gender), "") \
                    or next((r.name for r in runs[k:] if r.gender in ("", g) and not self.nearest), word)
                found.append(NameSighting(name, m.start(), (title,), g))
                if not self.nearest:
                    honorific_only.add(m.start())
            found.sort(key=lambda s: s.start)
            self._sightings = found
            self._starts = [s.start for s in found]
            for s in found:
                words = _name_words(s.name)
                if s.start in honorific_only:
                    continue  # news: a "Mr. Reed" is for pronouns; a bare "Reed" is read by its full names
                for w in {words[0], words[-1]} if words else ():
                    self._by_word.setdefault(w, []).append(s)
        return self._sightings

    def _story_genders(self) -> dict[str, str]:
        """One-word names the story genders: a name opening a sentence whose own clause goes on
        to "his", "himself" or "herself", or the nearest capitalised word before such a pronoun
        in its sentence with no person described between, at least twice and never the other
        way, and which is written with a capital inside a sentence somewhere too (so it is a
        name). Read once."""
        if self._story is not None:
            return self._story
        votes: dict[str, list[int]] = {}
        described = _described_person()
        prepositions = lexicon.words("prepositions")
        counted: set[int] = set()  # one vote for each sighting of a name, however many pronouns follow
        for p in GENDERED_PRONOUN.finditer(self.text):
            floor = max(0, p.start() - GENDER_CLAUSE_REACH)
            m = GENDERED_SUBJECT.search(self.text, floor, p.start())
            if m is None and not self._in_quote(p.start()):  # ("his" in speech may be anyone's)
                m = NEAREST_CAPITALISED.search(self.text, floor, p.start())
                if m is not None:
                    gap = OWNER_GAP["f" if p.group() == "herself" else "m"]
                    before = WORD_BEFORE.search(self.text, max(0, m.start("name") - PREDICATE_REACH), m.start("name"))
                    if gap.search(self.text, m.end("name"), p.start()) is not None \
                            or described.search(self.text, m.end("name"), p.start()) is not None \
                            or before is not None and before.group("word") in prepositions:
                        m = None
            if m is not None and m.start("name") not in counted:
                counted.add(m.start("name"))
                tally = votes.setdefault(m.group("name"), [0, 0])
                tally[p.group() == "herself"] += 1
        genders = {}
        for name, (male, female) in votes.items():
            if name.lower() in lexicon.words("determiners") or name.lower() in lexicon.tagged("pronouns"):
                continue  # "The man took his hat", "He shook his head"
            if (male >= STORY_VOTES and not female) or (female >= STORY_VOTES and not male):
                genders[name] = "m" if male else "f"
        if genders:  # one pass for just those names: a name is capitalised inside a sentence too
            # ("... asked Orrin"); "The" is not
            names = regex.compile(rf"\p{{Ll}},?\s+({lexicon.trie_pattern(list(genders))})\b")
            inside = {m.group(1) for m in names.finditer(self.text)}
            genders = {name: g for name, g in genders.items() if name in inside}
        self._story = genders
        return genders

    def sightings_between(self, start: int, end: int) -> list[NameSighting]:
        """The names seen in ``text[start:end]``."""
        found = self.sightings()
        return found[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def _sightings_before(self, pos: int) -> Iterator[NameSighting]:
        """Names before ``pos``, nearest first, at most ``LOOKBACK`` of them."""
        found = self.sightings()
        i = bisect_left(self._starts, pos)
        return (found[j] for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1))

    def _latest_first(self) -> Iterator[Entity]:
        """Speakers, most recently mentioned first, at most ``LOOKBACK`` of them."""
        return islice(reversed(self._recent.values()), LOOKBACK)

    # -- the rules ------------------------------------------------------------------------
    def resolve(self, mention: ParsedMention) -> tuple[Entity | None, list[str], float]:
        """The entity a mention names, the steps taken, and a confidence factor in (0, 1]."""
        surface = self.text[mention.start : mention.end]
        steps: list[str] = []
        entity: Entity | None
        if mention.kind == PERSON and mention.name:
            entity, factor = self._person(mention, steps)
        elif mention.kind == PRONOUN:
            entity, factor = self._pronoun(mention, steps)
        elif mention.kind == ROLE:
            entity, factor = self._role(mention, steps)
        else:
            entity, factor = self._named_group(mention, steps)
        if entity is not None:
            self._record(entity, mention, surface)
        return entity, steps, factor

    def _record(self, entity: Entity, mention: ParsedMention, surface: str) -> None:
        entity.mentions.append(Mention(surface, mention.start, mention.end))
        for t in mention.titles if mention.kind != ROLE else ():  # "the spokesman" adds no title
            if t and len(entity.titles) < MAX_TITLES and t not in entity.titles:
                entity.titles.append(t)
        if not entity.gender and mention.gender in ("m", "f"):
            entity.gender = mention.gender
        entity.last_pos = max(entity.last_pos, mention.start)
        self._recent.pop(id(entity), None)
        self._recent[id(entity)] = entity  # most recently mentioned last

    def _person(self, mention: ParsedMention, steps: list[str]) -> tuple[Entity, float]:
        name = mention.name or ""
        words = _name_words(name)
        if len(words) >= 2:
            known = self._by_name.get(name.lower())
            if known is not None:
                steps.append(f'full name: "{name}" (seen before)')
                return known, 1.0
            steps.append(f'full name: "{name}"')
            return self._new(name, PERSON, mention.gender), 1.0
        word = words[0] if words else name
        for e in self._latest_first():
            if e.kind == PERSON and self._alias_fits(word, e.name, mention.gender, e.gender):
                steps.append(f'alias: "{name}" → "{e.name}" (speaker seen before)')
                return e, 1.0
        sighting = self._nearest_sighting(word, mention.start, mention.gender)
        if sighting is not None:
            steps.append(f'alias: "{name}" → "{sighting.name}" (named at offset {sighting.start})')
            e = self._new(sighting.name, PERSON, sighting.gender or mention.gender)
            e.titles.extend(t for t in sighting.titles if t)
            return e, 0.97
        steps.append(f'name: "{name}" (no fuller name in the story)')
        return self._new(name, PERSON, mention.gender), 0.95

    @staticmethod
    def _alias_fits(word: str, full: str, gender: str, other: str) -> bool:
        words = _name_words(full)
        if len(words) < 2 or word not in (words[-1], words[0]):
            return word == full
        return not (gender and other and gender != other)

    def _nearest_sighting(self, word: str, pos: int, gender: str) -> NameSighting | None:
        """The full name ending or starting with ``word`` nearest before ``pos`` (else the first after).
        With a ``gender``, a name known to have it wins over a nearer one of unknown gender:
        "Mr. Reed" is Peter Reed, not a later Quenby Reed whose gender no word gave."""
        self.sightings()
        before = after = None
        exact_before = exact_after = None
        for s in self._by_word.get(word, ()):
            if gender and s.gender and gender != s.gender:
                continue
            exact = bool(gender) and s.gender == gender
            if s.start < pos:
                before = s
                exact_before = s if exact else exact_before
            else:
                after = after or s
                exact_after = exact_after or (s if exact else None)
                if exact_after is not None or not gender:
                    break
        return exact_before or exact_after or before or after

    def find_person(self, word: str, pos: int, gender: str = "") -> Entity | None:
        """The person a one-word name stands for: a speaker whose name has it, else the
        nearest full name in the story with it (``Nell`` → ``Nell Hale``); of ``gender``
        when one is known ("Mr. Hale" is not Ann Hale). In fiction a word said to a relative
        (``papa``, ``uncle``) stands for the latest person described so ("her father")."""
        kin = _kinship_vocatives().get(word.lower())
        if kin is not None:
            return self._find_kin(kin, pos) if self.nearest else None
        for e in self._latest_first():
            if e.kind == PERSON and self._alias_fits(word, e.name, gender, e.gender):
                return e
        sighting = self._nearest_sighting(word, pos, gender)
        return self.entity_for(sighting) if sighting is not None else None

    def knows_name(self, word: str) -> bool:
        """``word`` is a known first name, part of a full name in the story, or a speaker's name."""
        self.sightings()
        return word.lower() in first_names() or word in self._by_word or word.lower() in self._by_name

    def narrator(self) -> Entity | None:
        """The story's first-person narrator, once an "I said" has named them."""
        return self._by_name.get(NARRATOR)

    def in_quote(self, pos: int) -> bool:
        """``pos`` lies inside one of the story's quotations."""
        return self._in_quote(pos)

    def _in_quote(self, pos: int) -> bool:
        """``pos`` lies inside one of the story's quotations."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted_ends[i]

    def _nearest_person(self, mention: ParsedMention, steps: list[str]) -> tuple[Entity | None, float]:
        """The person of the pronoun's gender mentioned last before it, outside quotations: a
        speaker, a name seen in the narration, or a person described ("the old man"). A person
        opening a sentence (its subject, most likely) wins over one mentioned a little later
        inside a sentence ("Orrin pulled his coat tighter ... speaking with her father")."""
        p, g = mention.head, mention.gender
        word = "male" if g == "m" else "female"
        options: list[tuple[int, str, float, Entity | NameSighting | str]] = []
        for e in self._latest_first():
            if e.kind == PERSON and e.name != NARRATOR and e.gender == g:
                options.append((e.last_pos + SUBJECT_BONUS, f'latest {word} speaker', 0.85, e))
                break
        taken = 0
        for s in islice(self._sightings_before(mention.start), SUBJECT_LOOKBACK):
            if s.gender == g and not self._in_quote(s.start):
                subject = self._opens_sentence(s.start)
                if taken == 0 or subject:
                    why = f'latest {word} name{" opening a sentence" if subject else ""}, offset {s.start}'
                    options.append((s.start + SUBJECT_BONUS * subject, why, 0.75, s))
                    taken += 1
                if subject:
                    break
        starts, words = self._descriptions().get(g, ([], []))
        i = bisect_left(starts, mention.start)
        for j in range(i - 1, max(-1, i - 1 - SUBJECT_LOOKBACK), -1):
            if self._in_quote(starts[j]):
                continue
            subject = self._opens_sentence(starts[j])
            if j == i - 1 or subject:
                why = f'the latest {word} person{" opening a sentence" if subject else ""}, described at offset {starts[j]}'
                options.append((starts[j] + SUBJECT_BONUS * subject, why, 0.6, words[j]))
            if subject:
                break
        # a person described by a role of no gender opening a sentence near before it ("The
        # stranger sat down by the gate. ... he said"): further back, anyone may have come between
        starts, words = self._descriptions().get("", ([], []))
        i = bisect_left(starts, mention.start)
        if i and starts[i - 1] > mention.start - DESCRIPTION_WINDOW and not self._in_quote(starts[i - 1]):
            why = f'the latest person opening a sentence, described at offset {starts[i - 1]} (gender not given)'
            options.append((starts[i - 1] + SUBJECT_BONUS, why, 0.55, words[i - 1]))
        # a speaker whose gender no word gave, named after every candidate of the pronoun's gender
        # (and beyond the reach of a sentence subject's bonus), is a likelier referent than they
        best = max((o[0] for o in options), default=-1)
        for e in self._latest_first():
            if e.kind == PERSON and e.name != NARRATOR and not e.gender and e.last_pos > best + SUBJECT_BONUS:
                options.append((e.last_pos, 'latest speaker, gender unknown, named after the rest', 0.5, e))
            break
        if not options:
            return None, 0.4
        _, why, factor, found = max(options, key=lambda o: o[0])
        if isinstance(found, Entity):
            entity = found
        elif isinstance(found, NameSighting):
            entity = self.entity_for(found)
        else:
            entity = self._by_name.get(found.lower()) or self._new(found, ROLE, g)
        steps.append(f'pronoun: "{p}" → "{entity.name}" (nearest before it: {why})')
        return entity, factor

    def _opens_sentence(self, pos: int) -> bool:
        """The mention at ``pos`` opens its sentence or paragraph (after at most one word such
        as "When" or "But", or a title such as "Board chairman"): it is the sentence's subject,
        most likely."""
        start = max(0, pos - OPENING_REACH)
        before = self.text[start:pos]
        if SENTENCE_OPENING.search(before) is not None or start == 0 and len(before.split()) <= 1:
            return True
        title = TITLE_OPENING.search(before)
        return title is not None and (title.group("last").lower() in lexicon.words("role_nouns")
                                      or title.group("last").lower() in lexicon.words("titles"))

    def _pronoun(self, mention: ParsedMention, steps: list[str]) -> tuple[Entity | None, float]:
        p = mention.head
        if mention.gender in ("m", "f") and self.nearest:
            entity, factor = self._nearest_person(mention, steps)
            if entity is not None:
                return entity, factor
        if mention.gender in ("m", "f"):
            role = self._role_just_before(mention)
            if role is not None:
                # "“…,” a retired teacher said. She asked that her name not be used."
                steps.append(f'pronoun: "{p}" → "{role.name}" (the speaker of the sentence just before, '
                             f'named by a role of unknown gender)')
                return role, 0.7
            unknown = None
            for e in self._latest_first():
                if e.kind not in (PERSON,) or e.name == NARRATOR:
                    continue
                if not e.gender and unknown is None and mention.start - e.last_pos < PRONOUN_NEAR:
                    named = self._new_subject(e, e.last_pos, mention.start, mention.gender)
                    if named is not None:
                        # "Hale's neighbor, Tom Reed, was blunter. “…,” he said."
                        steps.append(f'pronoun: "{p}" → "{named.name}" (a name of that gender after the '
                                     f'latest speaker, whose gender is unknown; offset {named.start})')
                        return self.entity_for(named), 0.75
                    steps.append(f'pronoun: "{p}" → "{e.name}" (the speaker just before, gender unknown)')
                    return e, 0.75
                if e.gender == mention.gender:
                    named = self._new_subject(e, max(e.last_pos, mention.start - PRONOUN_NEAR), mention.start,
                                              mention.gender)
                    if named is not None:
                        # "Board chairman Tom Reed defended the plan. He said ...": a man opening a
                        # sentence after the latest male speaker
                        steps.append(f'pronoun: "{p}" → "{named.name}" (a name of that gender opening a '
                                     f'sentence after the latest such speaker; offset {named.start})')
                        return self.entity_for(named), 0.8
                    steps.append(f'pronoun: "{p}" → "{e.name}" (latest {"male" if e.gender == "m" else "female"} speaker)')
                    return e, 0.85
                if not e.gender and unknown is None:
                    unknown = e
            sighting = self._latest_sighting_of_gender(mention.start, mention.gender)
            described = self._latest_description(mention.start, mention.gender)
            if described is not None and (sighting is None or described[0] > sighting.start):
                pos, words = described
                steps.append(f'pronoun: "{p}" → "{words}" (the latest person of that gender, described at offset {pos})')
                return self._by_name.get(words.lower()) or self._new(words, ROLE, mention.gender), 0.6
            if sighting is not None:
                steps.append(f'pronoun: "{p}" → "{sighting.name}" (latest name of that gender, offset {sighting.start})')
                return self.entity_for(sighting), 0.7
            if unknown is not None:
                steps.append(f'pronoun: "{p}" → "{unknown.name}" (latest speaker, gender unknown)')
                return unknown, 0.6
        elif mention.gender == "s" and p in ("i", "me"):
            narrator = self._by_name.get(NARRATOR)
            if narrator is not None:
                steps.append(f'pronoun: "{p}" → the narrator (first person, seen before)')
                return narrator, 0.8
            steps.append(f'pronoun: "{p}" → the narrator (first person outside the quotation)')
            return self._new(NARRATOR, PERSON, ""), 0.7
        elif mention.gender in ("p", "n"):
            for e in self._latest_first():
                if e.kind in (GROUP, ORG):
                    steps.append(f'pronoun: "{p}" → "{e.name}" (latest group or organisation)')
                    return e, 0.7
        steps.append(f'pronoun: "{p}" left unresolved (no compatible speaker before it)')
        return None, 0.4

    def _role_just_before(self, mention: ParsedMention) -> Entity | None:
        """The latest speaker, when a role of no known gender with an indefinite article names
        them ("a retired teacher") at the end of the sentence (its cue, at most a few words
        more) right before the one ``mention`` opens, with no name of the pronoun's gender between (a he or she then points to that speaker more likely than to an earlier
        named one)."""
        latest = next(self._latest_first(), None)
        if latest is None or latest.kind != ROLE or latest.gender or latest.last_pos >= mention.start \
                or not self._opens_sentence(mention.start) or self._in_quote(mention.start):
            return None
        said = latest.mentions[-1]
        if said.start != latest.last_pos or said.text.split()[0].lower() not in lexicon.words("indefinite_determiners"):
            return None  # "the Ohio senator" most often stands for someone named before
        end = sentence_end(self.text, said.end, mention.start)
        if end >= mention.start or not NEXT_SENTENCE.match(self.text, end, mention.start) \
                or len(WORD.findall(self.text, said.end, end)) > ROLE_TAIL_WORDS:
            return None  # not the very next sentence, or the role's sentence goes on past its cue
            # ("A reporter asked Reed how he felt. He replied ...")
        if any(s.gender == mention.gender for s in self.sightings_between(latest.last_pos, mention.start)):
            return None
        return latest

    def _new_subject(self, speaker: Entity, floor: int, pos: int, gender: str) -> NameSighting | None:
        """The latest name of ``gender`` opening a sentence (its subject) between ``floor`` and
        ``pos``, outside quotations: someone the story moved on to from ``speaker``. Not the
        speaker's own name, not an owner ("Reed's deputy"), and not a subject whose sentence
        names the speaker again or points back with "him" ("Dan Cole interviewed Hale", "Dan
        Cole introduced him"): the pronoun may still be the speaker's."""
        found = None
        for s in self._sightings_before(pos):
            if s.start <= floor:
                break
            if s.gender == gender and not s.name.endswith(POSSESSIVE_ENDINGS) and not self._in_quote(s.start) \
                    and self._opens_sentence(s.start):
                found = s, len(s.name)
                break
        again = self._surname_subject(speaker, floor, pos, gender)
        if again is not None and (found is None or again[0].start > found[0].start):
            found = again
        if found is None:
            return None
        s, length = found
        if set(s.name.split()) <= set(speaker.name.split()):
            return None
        titled = HONORIFIC_NAME.match(self.text, s.start, min(pos, s.start + HONORIFIC_REACH))
        length = titled.end() - s.start if titled is not None else length  # "Mr. Reed" for Tom Reed
        end = sentence_end(self.text, s.start + length, pos)
        if end >= pos and self.text[pos - 2 : pos] == ", " \
                and self._first_in_sentence(s.start) \
                and TRAILING_TAG.match(self.text, pos, pos + TRAILING_TAG_REACH) is not None:
            # the name opening the sentence is the subject of what was said: "Mr. Reed fits the
            # bill, he added." (not one in a clause before it: "Though Ms. Hale lives there, the
            # rents rose, she said.")
            return None
        rest = self.text[s.start + length : end]
        back = "him" if gender == "m" else ""  # ("her" may be the subject's own: "asked about her plans")
        if any(w == back or w in speaker.name.split() for w in WORD.findall(rest)):
            return None
        return s

    def _first_in_sentence(self, start: int) -> bool:
        """The name at ``start`` (after its honorific, if any) is its sentence's first word."""
        before = HONORIFIC_BEFORE.sub("", self.text[max(0, start - TITLES_REACH) : start].rstrip())
        return (before.rstrip()[-1:] or ".") in SENTENCE_CLOSERS

    def _surname_subject(self, speaker: Entity, floor: int, pos: int, gender: str) -> tuple[NameSighting, int] | None:
        """The surname alone of another speaker of ``gender`` known by a full name, when it is the
        latest known surname opening a sentence between ``floor`` and ``pos`` outside quotations
        ("Reed denied that. “…,” he said."), with the length of the word; None if there is none,
        if a surname of someone else (of any gender) opens a sentence later, or if two known
        people share it (a family's "Ebeling")."""
        best: tuple[int, Entity, str] | None = None
        for e in islice(self._latest_first(), SURNAME_SUBJECTS):
            words = _name_words(e.name)
            if e.kind != PERSON or len(words) < 2:
                continue
            word = words[-1]
            at = self.text.rfind(word, floor, pos)
            while at > floor and (best is None or at > best[0]):
                end = at + len(word)
                if not self.text[at - 1 : at].isalpha() and not self.text[end : end + 1].isalpha() \
                        and not self.text.startswith(("'s", "’s"), end) and not self._in_quote(at) \
                        and self._opens_sentence(at):
                    best = at, e, word
                    break
                at = self.text.rfind(word, floor, at)
        if best is None:
            return None
        at, e, word = best
        if e is speaker or e.gender != gender \
                or any(o is not e and o.kind == PERSON and _name_words(o.name)[-1:] == (word,) for o in self._recent.values()):
            return None
        return NameSighting(e.name, at, (), gender), len(word)

    def _latest_sighting_of_gender(self, pos: int, gender: str) -> NameSighting | None:
        return next((s for s in self._sightings_before(pos) if s.gender == gender), None)

    def _latest_description(self, pos: int, gender: str) -> tuple[int, str] | None:
        """The latest "the girl", "a man", "the spokeswoman" of that gender before ``pos``: nearby
        in news; anywhere before it, outside quotations, in fiction (where an unnamed "the boy"
        may be a main character)."""
        if self.nearest:
            starts, words = self._descriptions().get(gender, ([], []))
            i = bisect_left(starts, pos)
            return (starts[i - 1], words[i - 1]) if i else None
        best = None
        for m in DESCRIBED_PERSON.finditer(self.text, max(0, pos - DESCRIPTION_WINDOW), pos):
            if lexicon.tagged("role_nouns").get(m.group("noun").lower()) == gender:
                best = (m.start(), m.group())
        return best

    def _find_kin(self, noun: str, pos: int) -> Entity | None:
        """The person described with ``noun`` ("her father", "his uncle") nearest before ``pos``,
        outside quotations, else the first after it."""
        g = lexicon.tagged("role_nouns").get(noun, "")
        starts, words = self._descriptions().get(g, ([], []))
        i = bisect_left(starts, pos)
        before = (j for j in range(i - 1, max(-1, i - 1 - SUBJECT_LOOKBACK * 4), -1))
        after = range(i, min(len(starts), i + SUBJECT_LOOKBACK * 4))
        for j in [*before, *after]:
            if words[j].split()[-1].lower() == noun:
                return self._by_name.get(words[j].lower()) or self._new(words[j], ROLE, g)
        return None

    def _descriptions(self) -> dict[str, tuple[list[int], list[str]]]:
        """Every person described in the story outside quotations, by gender, read once."""
        if self._described is None:
            self._described = {}
            roles = lexicon.tagged("role_nouns")
            predicative = lexicon.words("predicate_leads")
            for m in _described_person().finditer(self.text):
                g = roles.get(m.group("noun"))
                if g in ("m", "f") and not self._in_quote(m.start()):
                    lead = PREDICATE_LEAD.search(self.text, max(0, m.start() - PREDICATE_REACH), m.start())
                    if lead is not None and lead.group("word") in predicative:
                        continue
                    if GENERIC_RELATIVE.match(self.text, m.end(), m.end() + GENERIC_REACH) is not None:
                        continue  # "the man who keeps a light": anyone of that kind
                    starts, words = self._described.setdefault(g, ([], []))
                    starts.append(m.start())
                    words.append(m.group())
            for m in _subject_in_role().finditer(self.text):
                if not self._in_quote(m.start("who")) and SENTENCE_START.search(
                        self.text, max(0, m.start() - SENTENCE_START_REACH), m.start()) is not None:
                    starts, words = self._described.setdefault("", ([], []))
                    starts.append(m.start("who"))
                    words.append(m.group("who"))
        return self._described

    def entity_for(self, s: NameSighting) -> Entity:
        """The entity of a name seen in the story, made on first use (an owner's form, "Ann
        Hale's", is Ann Hale)."""
        name = without_possessive(s.name)
        known = self._by_name.get(name.lower())
        if known is not None:
            return known
        e = self._new(name, PERSON, s.gender)
        e.titles.extend(t for t in s.titles if t)
        return e

    def _role(self, mention: ParsedMention, steps: list[str]) -> tuple[Entity | None, float]:
        head = mention.head
        surface = self.text[mention.start : mention.end]
        # the role as written, without a trailing description ("the base chief, speaking publicly")
        as_written = mention.titles[0] if mention.titles else surface
        if surface.split()[0].lower() in lexicon.words("indefinite_determiners"):
            # "a spokesman", "one Sanders supporter": someone new, not anyone named before
            steps.append(f'role noun: "{as_written}" is indefinite, a new speaker; kept as written')
            return self._by_name.get(as_written.lower()) or self._new(as_written, ROLE, mention.gender), 0.85
        same_job = _role_groups().get(head, frozenset({head}))
        # capitalised modifiers must agree: "the Florida senator" is not a senator from Ohio
        marks = [w for w in surface.split()[1:] if w[:1].isupper()]

        def fits(titles: list[str] | tuple[str, ...]) -> bool:
            joined = " ".join(titles)
            return any(w in t.lower() for t in titles for w in same_job) and all(m in joined for m in marks)

        for e in self._latest_first():
            if e.kind == PERSON and fits(e.titles):
                steps.append(f'role noun: "{head}" → "{e.name}" (introduced as {e.titles[0]!r})')
                return e, 0.9
        for s in self._sightings_before(mention.start):
            if fits(s.titles):
                steps.append(f'role noun: "{head}" → "{s.name}" (named as {s.titles[0]!r} at offset {s.start})')
                return self.entity_for(s), 0.85
        steps.append(f'role noun: "{as_written}" names nobody earlier; kept as written')
        return self._by_name.get(as_written.lower()) or self._new(as_written, ROLE, mention.gender), 0.5

    def _named_group(self, mention: ParsedMention, steps: list[str]) -> tuple[Entity, float]:
        surface = mention.name or self.text[mention.start : mention.end]
        low = surface.lower()
        words = low.split()
        if mention.kind == ORG and words[0] in ("the", "a", "an") and len(words) == 2 \
                and words[1] in lexicon.words("organisation_nouns") and surface.split()[1].islower():
            # a common noun ("the agency"), not an institution's name ("the Kremlin")
            # "the agency" → the latest organisation quoted whose name has that head noun
            for e in self._latest_first():
                if e.kind == ORG and e.name.lower() != low and words[1] in e.name.lower().split():
                    steps.append(f'organisation: "{surface}" → "{e.name}" (latest {words[1]} quoted)')
                    return e, 0.8
            self.sightings()
            i = bisect_left(self._organisations, (mention.start, ""))
            if i and self._organisations[i - 1][0] > mention.start - ORG_WINDOW:
                pos, name = self._organisations[i - 1]
                steps.append(f'organisation: "{surface}" → "{name}" (the organisation named last, offset {pos})')
                return self._by_name.get(name.lower()) or self._new(name, ORG, ""), 0.75
        known = self._by_name.get(low) or self._by_name.get(_drop_article(low)) \
            or self._by_name.get("the " + _drop_article(low))
        if known is not None:
            steps.append(f'{mention.kind}: "{surface}" (seen before)')
            return known, 1.0
        steps.append(f'{mention.kind}: "{surface}"')
        return self._new(surface, mention.kind if mention.kind in (ORG, GROUP) else ORG, ""), 0.95

    def _new(self, name: str, kind: str, gender: str) -> Entity:
        if kind == PERSON and gender not in ("m", "f") and self.nearest and _name_words(name):
            gender = self._story_genders().get(_name_words(name)[-1], "")  # fiction: "Vask ... his age"
        e = Entity(name=name, kind=kind, gender=gender if gender in ("m", "f") else "")
        self._by_name.setdefault(name.lower(), e)
        self._recent[id(e)] = e
        return e


def _drop_article(s: str) -> str:
    return s[4:] if s.startswith("the ") else s
