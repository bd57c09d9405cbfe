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
    """A regex matching any entry of a lexicon, built as a trie (``s(?:a(?:id|ys))``) so that
    a list of hundreds of words costs a few steps per position instead of one per entry.
    Spaces inside entries match any run of whitespace."""
    return trie_pattern(entries(name))


def trie_pattern(words: tuple[str, ...] | list[str]) -> str:
    """A regex for exactly these words, longest match first at every branch.

    >>> import regex
    >>> regex.fullmatch(trie_pattern(["said", "says", "say"]), "says") is not None
    True
    """
    import regex

    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else regex.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
