"""Stage 4: read a speaker mention: who it names, with which titles, and what kind it is.

A mention is a short stretch of text next to a cue: ``press secretary Josh Earnest``,
``Hugh Carter, a county commissioner``, ``the spokesman``, ``defense officials``, ``he``.
``parse_mention`` accepts it only when the *whole* stretch reads as one noun phrase, so a
clause that merely contains a name is never taken for a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice

import regex

from . import lexicon
from .quotation_marks import DOUBLE_MARKS, SINGLE_MARKS

PERSON = "person"
PRONOUN = "pronoun"
ROLE = "role"        # a person named by role only: "the spokesman"
GROUP = "group"      # "defense officials", "two people familiar with the matter"
ORG = "org"          # "the White House", "the agency"

TOKEN = regex.compile(
    r"""
      (?:[A-Z]\.){2,}                       # initialisms: U.S., D.C.
    | \p{L}[\p{L}\p{M}\p{N}.\-]*s['’](?!\p{L})   # plural possessives: the players’ union
    | \p{L}[\p{L}\p{M}\p{N}'’.\-]*\p{L}\.?  # words, with inner apostrophes, dots or hyphens
    | \p{L}\.?                              # one letter, or an initial: J.
    | \p{N}+(?:[.,]\p{N}+)*(?:-\p{L}+)*     # numbers: 54, 1,300, 2.5, and ages: 64-year-old
    | ,                                     # commas split appositives
    """,
    regex.VERBOSE,
)

# Quotation marks around a nickname inside a name.
QUOTE_CHARS = frozenset(DOUBLE_MARKS + SINGLE_MARKS)

# A party and state label set off by commas, as wire style writes it: "Sen. Ruth Okafor, D-Md.,".
PARTY_LABEL = regex.compile(
    r"""[DRI]-                          # Democrat, Republican, Independent
        (?:(?:\p{Lu}\.){2}              # a state's initials: N.Y., S.C.
          |\p{Lu}{2}                    # its postal code: NY, SC
          |\p{Lu}\p{Ll}{1,11}\.?)        # or its abbreviated or whole name: Md., Ariz., Texas
    """,
    regex.VERBOSE,
)

# Stretches longer than this are clauses, not mentions (an appositive may add more).
MAX_TOKENS = 12
MAX_APPOSITIVE_TOKENS = 32
# A name and up to this many comma-separated descriptions: "Dale Ortiz, a Dover, Del., pastor".
MAX_PARTS = 5


@dataclass(frozen=True)
class ParsedMention:
    """What a mention says about its speaker. Offsets are into the input."""

    start: int
    end: int
    kind: str
    name: str | None             # the proper name in it ("Josh Earnest"), if any
    titles: tuple[str, ...]      # titles and descriptions ("press secretary")
    head: str                    # the lowercased head word (pronoun, role noun or last name word)
    gender: str = ""             # "m", "f" or "" (unknown)


def tokens(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[str, int, int]]:
    """The tokens of ``text[start:end]`` with their offsets; with ``limit``, only the first
    ``limit`` tokens (the scan stops there)."""
    return [(m.group(), m.start(), m.end()) for m in islice(TOKEN.finditer(text, start, end), limit)]


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_name_word(word: str) -> bool:
    low = word.lower()
    if low in lexicon.words("name_particles") or low in lexicon.words("name_suffixes"):
        return True
    if _shouting(word):
        return False  # ALL-CAPS words are headlines and bylines, not names
    return is_capitalised(word) and low not in lexicon.words("speaker_stopwords")


@cache
def _title_sizes() -> dict[str, tuple[int, ...]]:
    """First word of each title or role noun → the word counts of the titles it starts, longest first."""
    sizes: dict[str, set[int]] = {}
    for title in lexicon.words("titles") | lexicon.words("role_nouns"):
        words = title.split()
        sizes.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(s, reverse=True)) for w, s in sizes.items()}


def _is_title(words: str) -> bool:
    return words in lexicon.words("titles") or words in lexicon.words("role_nouns")


# A compound role noun is a listed one with something before it: "co-anchor", "ex-officer"
# (after a hyphen), "screenwriter", "speechwriter" (a listed noun of 6 letters or more after a
# stem of 3 or more: shorter ends such as "aide" or "chair" in "armchair" say nothing).
MIN_ROLE_END = 6
MIN_ROLE_STEM = 3


@lru_cache(maxsize=1 << 12)
def compound_role(low: str) -> bool:
    """Whether a lower-case word is an unlisted compound of a listed role noun.

    >>> compound_role("screenwriter"), compound_role("co-anchor"), compound_role("armchair"), compound_role("typewriter")
    (True, True, False, False)
    """
    roles = lexicon.words("role_nouns")
    if low in roles or not low.isalpha() and "-" not in low or low in lexicon.words("role_compound_exceptions"):
        return False  # (nor a thing named so: "loudspeaker", "typewriter")
    if "-" in low:  # "co-anchor", "64-year-old"
        return any(low[i + 1 :] in roles for i, c in enumerate(low) if c == "-")
    return any(low[i:] in roles for i in range(MIN_ROLE_STEM, len(low) - MIN_ROLE_END + 1))


def title_end(words: list[str]) -> int:
    """How many leading words are titles and their modifiers ("former Defense Secretary").

    A known first name after the titles starts the name: ``Harbor City Public Advocate Ines Vark``.
    When the titles would take every word, a surname that is also a title ends the name a known
    first name starts: ``Ann Bishop``, ``Mayor Tom Judge``.
    """
    end = _title_words(words)
    firsts = first_names()
    for j in range(end, len(words) - 1):
        if words[j].lower() in firsts:
            # the words skipped are a description ("Harbor City Public Advocate", "party
            # spokesman"), not a clause: "Reed backs Dana Reyes" names Reed, then a verb
            return j if all(_describes(words, k) for k in range(end, j)) else end
    if end == len(words):
        for j in range(end - 2, -1, -1):
            if words[j].lower() in firsts and all(is_capitalised(w) for w in words[j:]):
                return j
        # "Mr. Singer", "Ms. Judge": a surname after Mr. or Ms., even one that is also a title
        # ("Mr. President" is a form of address, not a name)
        for j in range(end - 2, -1, -1):
            if words[j].lower() in lexicon.words("surname_honorifics"):
                rest = words[j + 1 :]
                if rest[0].lower() not in lexicon.words("forms_of_address") and all(is_capitalised(w) for w in rest):
                    return j + 1
                break
    return end


def _describes(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` may stand in a description before a name or title ("party spokesman",
    "former", "foreign affairs"), unless right after a capitalised word it reads as a verb in the
    present tense ("backs", "supports") before a capitalised word and is no role noun ("aides"):
    "Reed backs Dana Reyes" names Reed, then a verb. Past participles stay: "retired Gen. Tom
    Reed"; so does a plural before a lower-case title: "Ohio elections chief Tom Reed"."""
    word = words[i]
    low = word.lower()
    if i == 0 or not is_capitalised(words[i - 1]) or not word.islower() or not low.endswith("s") \
            or low.endswith(NOT_VERB_ENDINGS) \
            or i + 1 < len(words) and not is_capitalised(words[i + 1]) and not words[i + 1].endswith("ing"):
        return True  # (before a lower-case word it modifies a title: "Ohio elections chief"; not
        # before a participle: "Ohio voters backing Mayor Tom Reed" are voters)
    return low in lexicon.words("role_nouns") or low[:-1] in lexicon.words("role_nouns") \
        or low in lexicon.words("titles")


# Lower-case words ending in "s" that are not a verb's third person: "boss", "famous", "news".
NOT_VERB_ENDINGS = ("ss", "us", "is", "ws", "'s", "’s")


def function_word(low: str) -> bool:
    """A preposition, conjunction, pronoun or auxiliary: a word of a clause, never of a title."""
    return low in lexicon.words("prepositions") or low in lexicon.words("conjunctions") \
        or low in lexicon.tagged("pronouns") or low in lexicon.words("auxiliary_verbs")


@cache
def first_names() -> dict[str, str]:
    """Known first names → "m" or "f" (the two lists share no name)."""
    out = {n: "f" for n in lexicon.words("first_names_female")}
    out.update({n: "m" for n in lexicon.words("first_names_male")})
    return out


def _title_words(words: list[str]) -> int:
    lows = [w.lower() for w in words]
    starts = _title_sizes()
    end = 0
    modifiers = 0
    i = 0
    n = len(words)
    while i < n:
        matched = 0
        for size in starts.get(lows[i], ()):
            if i + size <= n and (size == 1 or _is_title(" ".join(lows[i : i + size]))):
                matched = size
                break
        if not matched and not words[i][:1].isupper() and compound_role(lows[i]):  # co-anchor, 11-year-old
            matched = 1
        if matched:
            i += matched
            end = i
            modifiers = 0
        elif i < n - 1 and modifiers < MAX_TITLE_MODIFIERS and not _shouting(words[i]) and not words[i][:1].isdigit() \
                and _describes(words, i):
            i += 1  # a modifier before a title: "former", "Russian", "White House"
            modifiers += 1
        else:
            break
    return end


def _inside_title(lows: list[str], i: int) -> bool:
    """Whether ``lows[i]`` is inside a title of several words ("of" in "secretary of state")."""
    sizes = _title_sizes()
    return any(j + n > i and _is_title(" ".join(lows[j : j + n]))
               for j in range(max(0, i - _longest_title() + 1), i) for n in sizes.get(lows[j], ()) if n > 1)


@cache
def _longest_title() -> int:
    """The most words of a title or role noun in the lexicons ("deputy chief of staff": 4)."""
    return max(max(n) for n in _title_sizes().values())


def _clause_word(words: tuple[str, ...], k: int) -> bool:
    """Whether a function word stands among the first ``k`` words outside a title that holds it
    ("of" in "secretary of state" is the title's; "with" in "with Tom Reed" is a clause's)."""
    lows = [w.lower() for w in words[:k]]
    i = 0
    while i < k:
        size = next((n for n in _title_sizes().get(lows[i], ()) if n > 1 and i + n <= k
                     and _is_title(" ".join(lows[i : i + n]))), 1)
        if size == 1 and function_word(lows[i]):
            return True
        i += size
    return False


def _shouting(word: str) -> bool:
    return len(word) > 4 and word.isupper()


# At most this many words may qualify a title ("former New Jersey Gov.").
MAX_TITLE_MODIFIERS = 4


def gender_of(titles: tuple[str, ...], name: str | None, head: str) -> str:
    """Gender evidence in a mention: an honorific or gendered title, else a first-name list."""
    for t in titles:
        for w in t.lower().replace(",", " ").split():
            g = lexicon.tagged("role_nouns").get(w) or lexicon.tagged("honorifics").get(w, "")
            if g in ("m", "f"):
                return g
    g = lexicon.tagged("role_nouns").get(head, "") if not name else ""  # a surname ("Ann Bishop") is no role
    if g in ("m", "f"):
        return g
    if name and len(name.split()) > 1:  # a lone "Thomas" may be a surname: no evidence
        g = first_names().get(name.split()[0].lower(), "")
        if g:
            return g
    return ""



def parse_mention(text: str, start: int, end: int, appositive: bool = True) -> ParsedMention | None:
    """Read ``text[start:end]`` as one speaker mention, or return None.

    >>> m = parse_mention("press secretary Josh Earnest", 0, 28)
    >>> m.kind, m.name, m.titles
    ('person', 'Josh Earnest', ('press secretary',))
    >>> parse_mention("and the crowd cheered as", 0, 24) is None
    True
    """
    # a stretch of more tokens is no mention: the scan stops one token past the limit
    return parse_tokens(text, tokens(text, start, end, MAX_APPOSITIVE_TOKENS + 1), appositive)


def name_tokens(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without a nickname in quotation marks or a party tag in brackets, which are
    not part of a name: Leonard “Sonny” Petrakis, Sen. Ruth M. Okafor (D-Md.)."""
    end = len(text)
    return [t for t in toks if not (0 < t[1] and t[2] < end and (
        text[t[1] - 1] in QUOTE_CHARS and text[t[2]] in QUOTE_CHARS or text[t[1] - 1] == "(" and text[t[2]] == ")"))]


def parse_tokens(text: str, toks: list[tuple[str, int, int]], appositive: bool = True,
                 filtered: bool = False) -> ParsedMention | None:
    """``parse_mention`` over tokens already cut (callers that try many stretches cut once, and
    say ``filtered`` when they ran ``name_tokens`` themselves)."""
    if not toks or len(toks) > MAX_APPOSITIVE_TOKENS:
        return None
    if not filtered:
        toks = name_tokens(text, toks)
    if not toks:
        return None
    toks = _without_full_stop(toks)
    if "," not in text[toks[0][1] : toks[-1][2]]:
        return _parse_part(toks) if len(toks) <= MAX_TOKENS else None  # no comma token: one part
    parts: list[list[tuple[str, int, int]]] = [[]]
    for t in toks:
        if t[0] == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p for p in parts if p]
    if not parts or len(parts) > MAX_PARTS or len(parts[0]) > MAX_TOKENS or _is_party_label(parts[0]):
        return None
    first = _parse_part(parts[0])
    if first is None:
        return _coordinate_modifiers(text, parts)
    if len(parts) == 1:
        return first
    if not appositive:
        return None
    # An appositive: "Hugh Carter, a county commissioner" or "a spokeswoman for the agency, Ana Ruiz"
    rest = parts[1:]
    desc = " ".join(text[p[0][1] : p[-1][2]] for p in rest)
    if first.kind == PERSON and first.name and _is_party_label(rest[0]):
        # "Sen. Ruth Okafor, D-Md., said", "Okafor, D-Md., who wrote the bill": a label, then any description
        if len(rest) == 1:
            return replace(first, end=rest[0][-1][2], titles=first.titles + (desc,))
        parts = parts[:1] + rest[1:]
    second = _parse_part(parts[1])
    if first.kind == PERSON and first.name:
        if second is not None and (second.kind == PRONOUN or second.kind == PERSON and (not second.titles or second.name)):
            return None  # "Donald Trump, Clinton", "in Reno, Senator Ann Hale": two names, not a name
            # and its description (a description names no one: "Ann Hale, Harbor County Sheriff")
        if second is None and (not _opens_description(parts[1][0][0]) and not _names_a_role(parts[1])
                               or _is_clause(parts[1])):
            return None  # "Raman, its estimated cost has climbed": a clause, not a description
        return replace(first, end=rest[-1][-1][2], titles=first.titles + (desc,))
    if first.kind == GROUP and second is not None and second.kind == PERSON and second.name and len(parts) == 2 \
            and " and " in text[first.start : first.end]:
        # "Reed and his deputy, Bo Lee": the name is the last one's, and both speak
        whole = text[first.start : second.end]
        return ParsedMention(first.start, second.end, GROUP, whole, (), first.head, "")
    if first.kind in (ROLE, GROUP, ORG) and second is not None and second.kind == PERSON and second.name:
        titles = (text[first.start : first.end],) + second.titles
        return ParsedMention(first.start, second.end, PERSON, second.name, titles, second.head,
                             gender_of(titles, second.name, first.head))
    if first.kind in (ROLE, GROUP, ORG) and len(parts) == 2 and second is None and not _is_clause(parts[1]) \
            and (_opens_description(parts[1][0][0]) or _names_a_role(parts[1])) and (
            len(parts[1]) <= 6 or parts[1][0][0].lower() in ("who", "whose")):  # "One attendee, who ..."
        return replace(first, end=rest[-1][-1][2], titles=first.titles + (desc,))
    return None


def _coordinate_modifiers(text: str, parts: list[list[tuple[str, int, int]]]) -> ParsedMention | None:
    """ "the wiry, 58-year-old dock foreman": an article and a modifier or two, a comma, and the rest
    of a role (lower case, no article of its own) are one mention; the comma parts two modifiers."""
    head_part, rest = parts[0], parts[-1]
    if len(parts) != 2 or not 2 <= len(head_part) <= 3 or head_part[0][0].lower() not in ("the", "a", "an"):
        return None
    if not all(t[0].islower() for t in head_part[1:]) or rest[0][0].lower() in lexicon.words("determiners") \
            or not (rest[0][0].islower() or rest[0][0][:1].isdigit()):
        return None
    reading = _read(tuple(t[0] for t in head_part + rest))
    if reading is None or reading[0] != ROLE:
        return None
    start, end = head_part[0][1], rest[-1][2]
    kind, name, _, head, gender = reading
    return ParsedMention(start, end, kind, name, (text[start:end],), head, gender)


def _is_party_label(part: list[tuple[str, int, int]]) -> bool:
    """A part that is only a party and state label ("D-Md.", "R-NY"): no name of its own."""
    return len(part) == 1 and part[0][0][1:2] == "-" and PARTY_LABEL.fullmatch(part[0][0]) is not None


def _without_full_stop(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without the sentence's full stop on the last word (abbreviations keep theirs)."""
    last, last_start, last_end = toks[-1]
    if last.endswith(".") and len(last) > 1 and not _keeps_dot(last):
        return toks[:-1] + [(last[:-1], last_start, last_end - 1)]
    return toks


def longest_reading(toks: list[tuple[str, int, int]], starts: list[int]) -> ParsedMention | None:
    """The mention read from the first stretch ``toks[i:]``, ``i`` in ``starts``, that reads as one.

    ``toks`` hold no comma and went through ``name_tokens``: this is what
    ``parse_tokens(text, toks[i:], appositive=False, filtered=True)`` gives, made cheaper for a
    cue that tries many stretches: the full stop is cut once and the words are sliced, not split.
    """
    if not toks:
        return None
    toks = _without_full_stop(toks)
    words = tuple(t[0] for t in toks)
    for i in starts:
        if len(words) - i > MAX_TOKENS:
            continue
        reading = _read(words[i:])
        if reading is not None:
            return ParsedMention(toks[i][1], toks[-1][2], *reading)
    return None


def longest_prefix_reading(text: str, toks: list[tuple[str, int, int]]) -> ParsedMention | None:
    """``parse_tokens(text, toks[:i])`` for the largest ``i`` that gives a mention (``toks[i - 1]``
    no comma), made cheaper for a cue that tries every prefix: the tokens are filtered once (the
    filter keeps or drops each token on its own), and a prefix without a comma is read as its words."""
    named = name_tokens(text, toks)
    kept = set(named)
    counts = [0]  # how many named tokens each prefix of ``toks`` holds
    for t in toks:
        counts.append(counts[-1] + (t in kept))
    first_comma = next((j for j, t in enumerate(named) if t[0] == ","), len(named))
    tried = -1
    for i in range(len(toks), 0, -1):
        j = counts[i]
        if toks[i - 1][0] == "," or j == tried:
            continue  # a comma ends no mention; the same named tokens read the same
        tried = j
        if j == 0:
            return None
        if j > first_comma:
            m = parse_tokens(text, named[:j], filtered=True)
            if m is not None:
                return m
        elif j <= MAX_TOKENS:
            part = _without_full_stop(named[:j])
            reading = _read(tuple(t[0] for t in part))
            if reading is not None:
                return ParsedMention(part[0][1], part[-1][2], *reading)
    return None


def _is_clause(part: list[tuple[str, int, int]]) -> bool:
    """A stretch with a cue verb or an auxiliary is a clause ("Varga's counsel asked for mercy"),
    unless the verb is in a relative clause about the person ("who has advised the mayor", "a
    planner who advised the council")."""
    relative = ("who", "whom", "whose", "who's", "who’s")
    if part[0][0].lower() in relative:
        return False
    verbs = lexicon.words("speech_verbs") | lexicon.words("cue_auxiliaries")
    for t in part:
        low = t[0].lower()
        if low in relative:
            return False  # "a planner who advised the mayor": the verb is the relative clause's
        if low in verbs:
            return True
    return False


def _names_a_role(part: list[tuple[str, int, int]]) -> bool:
    """An appositive holding a role noun or title describes a person: "legal director for the ACLU"."""
    return any(t[0].lower() in lexicon.words("role_nouns") or t[0].lower() in lexicon.words("titles") for t in part)


def _opens_description(word: str) -> bool:
    """Words that open an appositive about a person: who/whose, an article, an age, a title."""
    low = word.lower()
    return low in ("who", "whom", "whose", "who's", "who’s", "a", "an", "the", "one") or word[:1].isdigit() \
        or (low.endswith("ing") and word.islower()) \
        or low in lexicon.words("titles") or low in lexicon.words("role_nouns") \
        or (is_capitalised(word) and _is_possessive(word))  # "Ines Vark, Okafor’s spokeswoman"


def _keeps_dot(word: str) -> bool:
    """Abbreviations and initials keep their dot: Jr., D.C., Sen."""
    low = word.lower()
    return "." in word[:-1] or low in lexicon.words("name_suffixes") or low in lexicon.words("titles")


def _is_possessive(word: str) -> bool:
    return word.endswith(POSSESSIVE_ENDINGS)


def without_possessive(name: str) -> str:
    """The name an owner's form stands for: "Ann Hale's" → "Ann Hale", "Tom Jones'" → "Tom Jones".

    >>> without_possessive("Ann Hale’s"), without_possessive("Tom Jones'"), without_possessive("Ann Hale")
    ('Ann Hale', 'Tom Jones', 'Ann Hale')
    """
    if name.endswith(("'s", "’s")):
        return name[:-2]
    return name[:-1] if name.endswith(("s'", "s’")) else name


# How a possessive ends: Trump's, Gore’s, the players' union.
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _parse_part(part: list[tuple[str, int, int]]) -> ParsedMention | None:
    """One comma-free stretch of tokens as a mention, or None."""
    reading = _read(tuple(t[0] for t in part))
    if reading is None:
        return None
    return ParsedMention(part[0][1], part[-1][2], *reading)


# What a stretch of words says, without offsets: (kind, name, titles, head, gender).
Reading = tuple[str, str | None, tuple[str, ...], str, str]


@lru_cache(maxsize=1 << 16)
def _read(words: tuple[str, ...]) -> Reading | None:
    """The reading of a word sequence; the same words read the same everywhere, so it is cached."""
    lows = [w.lower() for w in words]
    pronoun = lexicon.tagged("pronouns")
    if len(words) == 1 and lows[0] in pronoun:
        return (PRONOUN, None, (), lows[0], pronoun[lows[0]])
    if "and" in lows[1:-1]:
        # "Apple and Microsoft", "Ana Ruiz and the mayor": several speakers at once
        cut = lows.index("and", 1, len(lows) - 1)
        left, right = _read(words[:cut]), _read(words[cut + 1 :])
        if left is not None and right is not None and left[0] != PRONOUN and right[0] != PRONOUN:
            return (GROUP, " ".join(words), (), lows[-1], "")
        if left is not None and left[0] == ROLE and right is None and lows[0] in lexicon.words("determiners") \
                and not function_word(lows[-1]) and lows[-1] not in lexicon.words("determiners"):
            # "the harbor chief and former mayor": two roles of one person share the article
            shared = _read((words[0],) + words[cut + 1 :])
            if shared is not None and shared[0] == ROLE:
                return (ROLE, None, (" ".join(words),), left[3], left[4] or shared[4])
        if left is None and right is not None and right[0] == PERSON and _title_words(list(words[:cut])) == cut \
                and lows[cut + 1].rstrip(".") not in lexicon.tagged("honorifics"):
            # "former Gov. and party chairman Tom Reed": two titles of one person ("Mr. and
            # Mrs. Reed" are two people)
            kind, name, titles, head, gender = right
            joined = " ".join(words[: cut + 1]) + (" " + titles[0] if titles else "")
            return (kind, name, (joined,) + titles[1:], head, gender or gender_of((joined,), name, head))
        return None
    quantifiers = lexicon.words("quantifier_pronouns")
    if len(words) == 1 and lows[0] in quantifiers and lows[0] not in ("one", "all"):
        return (GROUP, words[0], (), lows[0], "")  # "Some said ...", "Several argued ..."
    if len(words) >= 3 and (lows[0] in quantifiers or lows[0].isdigit()) and lows[1] in ("of", "in") \
            and (lows[1] == "of" and (len(words) == 3 and lows[2] in ("them", "those", "us")
                                      or lows[2] == "the" and (_read(words[2:]) or ("",))[0] == GROUP)
                 or lows[1] == "in" and len(words) == 3 and (lows[2] in quantifiers or lows[2].isdigit())):
        return (GROUP, " ".join(words), (), lows[-1], "")  # "most of them", "some of the women", "two in three"
    if lows[0] in lexicon.words("determiners") or lows[0].isdigit():
        return _descriptive(words)  # "the spokesman", "two people", "49 percent of Republicans"
    owner = next((i for i in range(len(words) - 1, -1, -1) if words[i].endswith(POSSESSIVE_ENDINGS)), -1)  # the last one
    if owner >= 0 and any(w[:1].islower() or w.lower() in lexicon.words("coordinators") for w in words[:owner]):
        return None  # "Warren appeared with MSNBC's Rachel Maddow", "And Ohio's": a clause, not an owner's name
    if owner >= 0:
        # "Twitter's Adam Sharp" is a person with an affiliation; "Trump's tweet" is no speaker
        rest = words[owner + 1 :]
        named = _read(rest) if rest else None
        if named is not None and named[0] == PERSON:
            kind, name, titles, head, gender = named
            return (kind, name, (" ".join(words[: owner + 1]),) + titles, head, gender)
        # "Varga's defense counsel", "Trump's campaign", "Ohio's Republican attorney general": a
        # role or a body of someone's (its last word in lower case; "Trump's Tower" is a name)
        described = _descriptive(("the",) + rest) if rest and rest[-1].islower() else None
        if described is None:
            return None
        kind, _, _, head, gender = described
        whole = " ".join(words)
        return (kind, whole if kind != ROLE else None, (whole,) if kind == ROLE else (), head, gender)
    post = lexicon.words("postmodifiers")
    # a group named by how it was asked: "those surveyed", "voters polled"
    if len(words) == 2 and lows[1] in lexicon.words("group_participles") \
            and (lows[0] == "those" or lows[0] in lexicon.words("group_nouns")):
        return (GROUP, " ".join(words), (), lows[0], "")
    # a bare plural and what qualifies it: "people close to the senator", "officials familiar with"
    if lows[0] in lexicon.words("group_nouns") and len(words) > 2 and lows[1] in post:
        described = _descriptive(("some",) + words)
        if described is not None and described[0] == GROUP:
            return (GROUP, " ".join(words), (), lows[0], "")
    # a document with a word or two before it and no article: "Recent polls", "Court records"
    # ("issued a statement", "about the decision": an article inside makes it a verb's or a
    # preposition's object, not a speaker)
    if lows[-1] in lexicon.words("document_nouns") and 1 < len(words) <= 3 and all(w.islower() for w in words[1:]) \
            and not any(w in post or w in lexicon.words("determiners") for w in lows) \
            and not _past_verb_between_names(words):
        return (ORG, " ".join(words), (), lows[-1], "")
    # a group named by its members: "defense officials", "Obama administration officials" (an
    # article inside ends it: "at that moment the crowd" is no group's name; so does a clause
    # word: "a plan that officials said" names the officials)
    if lows[-1] in lexicon.words("group_nouns") and len(words) <= 4 and not any(w in post for w in lows) \
            and lows[0] not in lexicon.words("speaker_stopwords") \
            and not any(w in lexicon.words("determiners") for w in lows[1:]) \
            and not any(function_word(w) for w in lows[:-1]) and not _past_verb_between_names(words):
        return (GROUP, " ".join(words), (), lows[-1], "")
    # a name and an affiliation: "Ines Vark of the Harborline Group", "Dale Ortiz at Dover State"
    cut = next((i for i in range(1, len(lows)) if lows[i] in _AFFILIATION), 0)
    if cut and _inside_title(lows, cut):
        cut = 0  # "Secretary of State Ann Hale", "chief of staff Dana Reyes": the "of" is the title's
    if cut and len(words) - cut <= 8:
        named = _read(words[:cut])
        if named is not None and named[0] == PERSON:
            kind, name, titles, head, gender = named
            return (kind, name, titles + (" ".join(words[cut:]),), head, gender)
        return None
    if not _is_name_word(words[-1]):
        return None  # the last word is always one of the name words below: no title reading can help
    k = title_end(list(words))
    name_words = words[k:]
    if not name_words:
        return None  # titles alone ("Mayor") name nobody
    if _clause_word(words, k):
        return None  # "with Tom Reed", "that it was why Tom Reed": a clause, not a title and a name
    if not all(_is_name_word(w) for w in name_words) or not is_capitalised(name_words[0]):
        return None
    if any(w.endswith(".") and len(w) > 2 and not _keeps_dot(w) for w in name_words[:-1]):
        return None  # a full stop inside: "Nell Hale. Did" is a name and the next sentence
    if len(name_words) > 6:
        return None
    name = " ".join(name_words)
    titles = (" ".join(words[:k]),) if k else ()
    head = name_words[-1].lower()
    if head in lexicon.words("organisation_nouns") or lows[0] == "the":
        return (ORG, name, titles, head, "")
    return (PERSON, name, titles, head, gender_of(titles, name, head))


def _past_verb_between_names(words: tuple[str, ...]) -> bool:
    """A lower-case word ending in "-ed" between two capitalised words, or after a noun that
    names people, a body or a document: a verb in the past tense between a subject and its object
    ("Ms. Hale courted Republicans", "the chief mailed members", "the memo alarmed
    dockers"), not a modifier ("Ohio registered voters", "the retired pilot")."""
    return any(words[j].islower() and words[j].endswith("ed") and (
        is_capitalised(words[j - 1]) and words[j - 1].lower() not in lexicon.words("determiners")
        and is_capitalised(words[j + 1])
        or _names_a_speaker(words[j - 1].lower()) and not _opens_a_modifier(words[j + 1].lower()))
        for j in range(1, len(words) - 1))


def _opens_a_modifier(low: str) -> bool:
    """A preposition or a time word after a participle makes it a modifier, not a verb: "a document
    filed by the state", "a poll released Friday"."""
    return low in lexicon.words("prepositions") or low in lexicon.words("time_adverbs") \
        or low in lexicon.words("time_words")


def _names_a_speaker(low: str) -> bool:
    """A noun that may head a speaker mention: a role, a group, a body or a document."""
    return low in lexicon.words("role_nouns") or low in lexicon.words("group_nouns") \
        or low in lexicon.words("organisation_nouns") or low in lexicon.words("document_nouns")


# The tokens that may close a source phrase: not a function word left hanging ("a count by").
_OPEN_ENDED = frozenset({"of", "by", "from", "for", "to", "in", "on", "at", "with", "and", "or", "the", "a", "an"})

# At most this many words name a source after "according to".
MAX_SOURCE_TOKENS = 16


def source_phrase(text: str, start: int, end: int) -> ParsedMention | None:
    """After "according to", the source as a noun phrase, when no speaker mention reads it:
    "early returns", "figures the campaign released Friday", "county rules". The phrase runs to
    ``end`` (the caller stops it at a comma or the sentence end) and is taken whole, as an
    organisation-like source: what follows "according to" names where the claim comes from.

    >>> source_phrase("early returns", 0, 13).name
    'early returns'
    >>> source_phrase("plan", 0, 4) is None
    True
    """
    toks = tokens(text, start, end, MAX_SOURCE_TOKENS + 1)
    if not toks or len(toks) > MAX_SOURCE_TOKENS or any(t[0] == "," for t in toks) \
            or "\n" in text[toks[0][1] : toks[-1][2]]:
        return None
    toks = _without_full_stop(toks)
    first, last = toks[0][0].lower(), toks[-1][0].lower()
    if first in lexicon.words("manner_nouns") or last in _OPEN_ENDED or first in _OPEN_ENDED - {"the", "a", "an"}:
        return None  # "according to plan", "according to what we heard", "a count by"
    if first in lexicon.words("pronouns"):
        return None  # a pronoun is read as a mention, or not at all
    words = " ".join(t[0] for t in toks)
    return ParsedMention(toks[0][1], toks[-1][2], ORG, words, (), last, "")


# Words that attach an affiliation to a name.
_AFFILIATION = frozenset({"of", "at", "with", "from", "for"})


def _descriptive(words: tuple[str, ...]) -> Reading | None:
    """ "the spokesman", "a spokeswoman for the agency", "the White House", "two people familiar with"."""
    lows = [w.lower() for w in words]
    post = lexicon.words("postmodifiers")
    cut = next((i for i in range(1, len(lows)) if lows[i] in post), len(lows))
    if len(lows) - cut > 7 or cut > 6 or cut == len(lows) - 1:
        return None  # too long, or a postmodifier with nothing after it ("the man who")
    if cut < len(lows) and lows[cut] in ("called", "named") and not is_capitalised(words[cut + 1]):
        return None  # "a fisherman called Bo" names him; "the board called the plan" is a clause
    if any((w.endswith("ed") or w in ("said", "says", "told", "wrote")) and w in lexicon.words("speech_verbs")
           and lows[i - 1] not in ("who", "that", "which")
           and not (i + 1 < len(lows) and lows[i + 1] in lexicon.words("prepositions"))
           for i, w in enumerate(lows[cut + 1 :], cut + 1)):
        return None  # "the mayor of Dover praised Reed": a verb in the past after the phrase, a clause
        # ("a source who requested anonymity": a relative clause's verb; "the man accused of theft",
        # "the group cited in the report": a participle before a preposition describes the noun)
    if len(lows) > 1 and (function_word(lows[-1]) or lows[-1] in ("a", "an", "the", "this", "these")
                          or lows[-1] in lexicon.words("possessive_determiners")):
        return None  # "a video of the speech and", "her third in a", "a poll out this": a phrase left hanging
    if cut < len(lows) and lows[cut] in lexicon.words("prepositions") and lows[-1].endswith("ed") \
            and words[-1].islower() and lows[-1] not in lexicon.words("group_participles"):
        return None  # "a third of the crews stayed": the phrase after "of" ends with the clause's
        # verb (not after a relative pronoun: "two dockers who were interviewed")
    core = words[:cut]
    head = core[-1].lower()
    body = core[1:]
    if not body or any(_is_possessive(w) for w in body[-1:]):
        return None
    if any(w.lower() in ("a", "an", "the") for w in body):
        return None  # "the board issued a statement": an article inside starts a second noun phrase
    if any(w.lower() in lexicon.words("conjunctions") for w in body[:-1]):
        return None  # "a plan that officials": the relative clause's subject comes after "that"
    if _past_verb_between_names(core):
        return None  # "The harbor chief mailed members": a subject and its verb
    if head in lexicon.words("role_nouns") or compound_role(head):
        return (ROLE, None, (" ".join(words),), head, gender_of((), None, head))
    # "his nephew Omar el Sayed": a role, then the name
    role_at = next((i for i in range(1, len(core) - 1)
                    if core[i].lower() in lexicon.words("role_nouns") or compound_role(core[i].lower())), 0)
    if role_at and cut == len(lows):
        named = _read(tuple(core[role_at + 1 :]))
        if named is not None and named[0] == PERSON and not named[2]:
            titles = (" ".join(core[: role_at + 1]),)
            return (PERSON, named[1], titles, named[3], named[4] or gender_of(titles, named[1], named[3]))
    if head in lexicon.words("group_nouns"):
        if head in lexicon.words("fraction_nouns") and lows[0] in lexicon.words("possessive_determiners"):
            return None  # "her third in a week", "its majority": a share of things, not of people
        return (GROUP, " ".join(words), (), head, "")
    if head in lexicon.words("organisation_nouns") or head in lexicon.words("document_nouns"):
        # "the agency", "a statement from the campaign", "the sign on the fence"
        return (ORG, " ".join(words), (), head, "")
    if all(is_capitalised(w) for w in body) and cut == len(lows) and not lows[0].isdigit():
        return (ORG, " ".join(words), (), head, "")  # "the White House" (not "In 2015 Tom Reed": a year's
        # or a time's number before a name)
    return None
