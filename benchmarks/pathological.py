#!/usr/bin/env python3
"""Pathological inputs: time per MB on hostile text, against time per MB on ordinary news.

usage: python benchmarks/pathological.py [--scale 1.0] [--repeat 3]

Each row builds one hostile input (sizes from issue 7, times --scale), runs ``quotetool.extract``
on it and prints seconds per MB and the ratio to ordinary news text (the samples/ stories
repeated to 1 MB). Every ratio should stay at or under 3. The last row feeds a single
10 MB JSONL line through the real CLI. A script, not a test: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quotetool  # noqa: E402

MB = 1_000_000


def news(size: int) -> str:
    """Ordinary news text: the sample stories, repeated."""
    stories = "\n\n".join(p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt")))
    return (stories + "\n\n") * (size // len(stories) + 1)


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cases(scale: float) -> list[tuple[str, str]]:
    s = lambda n: max(1000, int(n * scale))  # noqa: E731
    marks = "“”\"«»„‚‘’'‹›``''"
    return [
        ("10 MB of quote marks, mixed styles", repeat_to(marks + " a" + marks[::-1] + "\n", s(10 * MB))),
        ("10 MB with no whitespace", repeat_to("Said“Earnest”told,reporters:'no'—", s(10 * MB))),
        ("5 MB single paragraph", repeat_to("“We will rebuild,” Mayor Ana Ruiz said. The council met. ", s(5 * MB))),
        ("100,000 unclosed opening quotes", "“Earnest said " * int(100_000 * scale)),
        ("1 MB of capitalised words", repeat_to("Josh Earnest Vladimir Putin White House Press Secretary ", s(MB))),
        ("1 MB of 'said said said'", repeat_to("said ", s(MB))),
        ("1 MB of 'Ana Ruiz said' in one sentence", repeat_to("Ana Ruiz Bo Lee said ", s(MB))),
        ("deeply nested alternating quotes", repeat_to("“a ‘b “c ‘d ", s(MB)) + repeat_to("’ e” f", s(MB))),
    ]


def per_mb(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        quotetool.extract(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) / (len(text.encode("utf-8")) / MB)


def cli_per_mb(text: str, repeat: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one-line.jsonl"
        path.write_text(json.dumps({"id": "big", "text": text}) + "\n", "utf-8")
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "quotetool", "extract", "--format", "jsonl", str(path)],
                           stdout=subprocess.DEVNULL, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            times.append(time.perf_counter() - t0)
        return statistics.median(times) / (path.stat().st_size / MB)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every input size (default 1.0)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per row; the median is reported")
    args = ap.parse_args()
    base = per_mb(news(MB), args.repeat)
    print(f"ordinary news text: {base:.3f} s/MB ({1 / base:.2f} MB/s)\n")
    print("| input | MB | s/MB | ratio to news |")
    print("|---|---:|---:|---:|")
    for name, text in cases(args.scale):
        t = per_mb(text, args.repeat)
        print(f"| {name} | {len(text.encode('utf-8')) / MB:.1f} | {t:.3f} | {t / base:.2f} |", flush=True)
    big = news(int(10 * MB * args.scale)).replace("\n", " ")
    t = cli_per_mb(big, args.repeat)
    cli_base = cli_per_mb(news(MB), args.repeat)
    print(f"| 10 MB single JSONL line (CLI) | {len(big.encode('utf-8')) / MB:.1f} | {t:.3f} | {t / cli_base:.2f} |")


if __name__ == "__main__":
    main()
