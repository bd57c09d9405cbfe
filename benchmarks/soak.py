#!/usr/bin/env python3
"""Soak test: fuzz many generated documents and check every invariant on each.

usage: python benchmarks/soak.py [--docs 100000] [--seed 1] [--max-tokens 120]

Documents are drawn from a seeded random generator heavy in quotation marks of every style,
apostrophes, dashes, colons, capitalised names, cue words, line breaks and arbitrary Unicode
(the same vocabulary as tests/test_properties.py). For each document: no exception; every
span (quote, speaker, cue, speaker mention) is exact and inside the input; a quote's spans are
ordered and disjoint; two runs give the same output. Prints a summary line and the first few
failures (with their seed, to reproduce), and exits 1 if any document failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quotetool  # noqa: E402

MARKS = ['"', "“", "”", "„", "‟", "«", "»", "'", "‘", "’", "‚", "‛", "‹", "›", "''", "``", "′", "″"]
APOSTROPHES = ["don’t", "don't", "’Tis", "rock ’n’ roll", "the Joneses’ house", "the ’90s", "6' 2\"", "a 4\" pipe"]
PUNCTUATION = ["—", "–", "-", "--", ":", ";", ",", ".", "?", "!", "…", "(", ")"]
NAMES = ["Ana", "Ruiz", "Ana Ruiz", "Josh Earnest", "Earnest", "Mr.", "Ms.", "Mayor", "press secretary",
         "Hugh Carter, a county commissioner,", "The", "the White House", "the Kremlin", "U.S.", "Jr.",
         "de la", "O’Brien", "the spokesman", "officials", "he", "she", "they", "it", "I", "one", "49 percent",
         "and", "Ana and Bo", "Apple and", "his nephew", "known as", "who"]
CUES = ["said", "says", "told reporters", "according to", "According to", "said in a statement",
        "wrote on Twitter", "added", "that", "said:", "said,", "believes", "wants", "and said", "was said"]
WORDS = ["we", "will", "rebuild", "the", "pier", "and", "not", "a", "plan", "is", "fix", "in", "May", "42", "a.m."]
SPACE = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\ufeff"]
POOLS = [MARKS, APOSTROPHES, PUNCTUATION, NAMES, CUES, WORDS, SPACE]


def document(rng: random.Random, max_tokens: int) -> str:
    parts = []
    for _ in range(rng.randrange(max_tokens)):
        if rng.random() < 0.08:
            parts.append("".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(1, 4))))
        else:
            parts.append(rng.choice(rng.choice(POOLS)))
        parts.append(rng.choice([" ", " ", ""]))
    return "".join(parts)


def check(text: str, config: quotetool.Config) -> None:
    doc = quotetool.extract(text, config)
    data = doc.to_dict(explain=True)
    assert data == quotetool.extract(text, config).to_dict(explain=True), "not deterministic"
    for q in data["quotes"]:
        spans = q["spans"]
        assert spans, "a quote without spans"
        for s, e in spans:
            assert 0 <= s <= e <= len(text), f"span {s}-{e} outside the input"
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"spans {s1}-{e1} and {s2}-{e2} overlap or are out of order"
        assert q["text"] == " ".join(text[s:e] for s, e in spans), "text differs from its spans"
        assert (q["start"], q["end"]) == (spans[0][0], spans[-1][1]), "start/end differ from the spans"
        for field, start, end in (("speaker_mention", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end")):
            if q[field] is not None:
                assert text[q[start] : q[end]] == q[field], f"{field} offsets are not exact"
    for sp in data["speakers"]:
        for (s, e), m in zip(sp["mention_spans"], sp["mentions"]):
            assert 0 <= s <= e <= len(text)
    json.dumps(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-tokens", type=int, default=120)
    args = ap.parse_args()
    configs = [quotetool.Config(), quotetool.Config(cues="all", style="fiction"),
               quotetool.Config(types=("direct",), window=50)]
    failures = []
    t0 = time.perf_counter()
    chars = 0
    for n in range(args.docs):
        rng = random.Random(args.seed * 1_000_003 + n)
        text = document(rng, args.max_tokens)
        chars += len(text)
        try:
            check(text, configs[n % len(configs)])
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
            failures.append((n, text, "".join(traceback.format_exception_only(type(e), e)).strip()))
    seconds = time.perf_counter() - t0
    print(f"soak: {args.docs} documents ({chars / 1e6:.1f} M chars, seed {args.seed}) in {seconds:.0f} s: "
          f"{len(failures)} failures")
    for n, text, message in failures[:5]:
        print(f"  document {n}: {message}\n    text: {text[:200]!r}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
