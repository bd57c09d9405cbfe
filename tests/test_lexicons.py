"""The word lists under quotetool/lexicons/: each loads, is lowercase and unique, and none
drifts out of use or into another list it must not share entries with."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from quotetool import lexicon

NAMES = sorted(p.name.removesuffix(".txt") for p in resources.files("quotetool").joinpath("lexicons").iterdir()
               if p.name.endswith(".txt"))
SOURCE = "\n".join(p.read_text("utf-8") for p in Path(lexicon.__file__).parent.glob("*.py"))


def test_there_are_lexicons() -> None:
    assert len(NAMES) >= 10, NAMES


@pytest.mark.parametrize("name", NAMES)
def test_loads_lowercase_and_unique(name: str) -> None:
    entries = lexicon.entries(name)
    assert entries, f"{name}.txt has no entries"
    upper = [e for e in entries if e != e.lower()]
    assert not upper, f"{name}.txt: not lowercase: {upper}"
    seen: set[str] = set()
    dupes = [e for e in entries if e in seen or seen.add(e)]  # type: ignore[func-returns-value]
    assert not dupes, f"{name}.txt: duplicates: {dupes}"
    odd = [e for e in entries if e != " ".join(e.split())]
    assert not odd, f"{name}.txt: stray whitespace inside entries: {odd}"


@pytest.mark.parametrize("name", NAMES)
def test_is_used_by_the_code(name: str) -> None:
    assert f'"{name}"' in SOURCE, f"lexicons/{name}.txt is never loaded by quotetool/*.py"


@pytest.mark.parametrize("name", ["pronouns", "role_nouns"])
def test_tagged_entries(name: str) -> None:
    """One word and an optional one-letter tag (m, f, n, p, s); the word is listed once."""
    bad = [e for e in lexicon.entries(name)
           if len(e.split()) > 2 or (len(e.split()) == 2 and e.split()[1] not in lexicon.TAGS)]
    assert not bad, f"{name}.txt: malformed entries: {bad}"
    assert len(lexicon.tagged(name)) == len(lexicon.entries(name)), f"{name}.txt: a word listed twice with tags"


def test_auxiliaries_are_words_of_letters() -> None:
    """cues._cue_start reads the word before a verb as a run of letters."""
    bad = [e for e in lexicon.entries("cue_auxiliaries") if not e.replace(" ", "").isalpha()]
    assert not bad, f"cue_auxiliaries.txt: {bad}"


def test_first_name_lists_do_not_overlap() -> None:
    both = set(lexicon.entries("first_names_female")) & set(lexicon.entries("first_names_male"))
    assert not both, f"in both first-name lists: {sorted(both)}"


def test_first_names_are_single_words() -> None:
    for name in ("first_names_female", "first_names_male"):
        bad = [e for e in lexicon.entries(name) if not e.replace("-", "").replace("'", "").isalpha()]
        assert not bad, f"{name}.txt: {bad}"


@pytest.mark.parametrize("a, b", [("speech_verbs", "belief_verbs"), ("speech_verbs", "dialogue_verbs"),
                                  ("belief_verbs", "dialogue_verbs"), ("role_nouns", "dialogue_verbs")])
def test_verb_lists_are_disjoint(a: str, b: str) -> None:
    both = set(lexicon.tagged(a)) & set(lexicon.tagged(b))  # role nouns carry gender tags
    assert not both, f"in both {a}.txt and {b}.txt: {sorted(both)}"


def test_role_synonyms_are_groups() -> None:
    for line in lexicon.entries("role_synonyms"):
        words = [w.strip() for w in line.split("|")]
        assert all(words) and len(words) == len(set(words)), f"role_synonyms.txt: bad group {line!r}"
