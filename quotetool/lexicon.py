"""Word lists shipped as data files under ``quotetool/lexicons/``, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt``: one a line, ``#`` comments and blanks skipped.

    >>> "said" in entries("speech_verbs")
    True
    """
    text = resources.files("quotetool").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def tagged(name: str) -> dict[str, str]:
    """Entries that may end in a one-letter tag (``spokeswoman f``): entry → tag, '' if none."""
    out = {}
    for e in entries(name):
        head, _, tag = e.rpartition(" ")
        if head and tag in TAGS:
            out[head] = tag
        else:
            out[e] = ""
    return out


@cache
def words(name: str) -> frozenset[str]:
    """Every entry of a lexicon, without its tag, as a set."""
    return frozenset(tagged(name))


# One-letter tags: m/f gender, n neuter, p plural, s first or second person.
TAGS = frozenset("mfnps")


def alternation(name: str) -> str:
    """A regex alternation of a lexicon's entries, longest first, spaces as ``\\s+``."""
    import regex

    items = sorted(entries(name), key=len, reverse=True)
    return "|".join(regex.escape(i).replace("\\ ", r"\s+") for i in items)
