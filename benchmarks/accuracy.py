#!/usr/bin/env python3
"""Accuracy on the dev data: run quotetool over each gold file and score it with the shared scorer.

usage: python benchmarks/accuracy.py [--shared ../shared] [--cues speech|all]

Prints one markdown row per (data set, setting) with the scorer's figures. Needs the project's
``shared/`` folder (gold files and ``eval/score.py``) beside the checkout; nothing is copied from it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quotetool  # noqa: E402


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def retype_wire_quotes(gold: dict) -> None:
    """PolNeAR's ``type_heuristic`` calls quotations in ''...'' marks (some wire archives' style)
    indirect. Type them as the marks say, in memory: direct when the gold span is the quotation
    alone, mixed when it holds more."""
    for doc in gold.values():
        for q in doc.get("quotes", []):
            text = q["text"].strip()
            if q.get("type_heuristic") == "indirect" and text.startswith(("''", "``")):
                q["type_heuristic"] = "direct" if text.rstrip(",.").endswith("''") else "mixed"


def predict(gold_path: Path, config: quotetool.Config) -> tuple[dict, float, int]:
    preds, chars = {}, 0
    t0 = time.perf_counter()
    with gold_path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            chars += len(d["text"])
            preds[str(d["id"])] = quotetool.extract(d["text"], config, str(d["id"])).to_dict()
    return preds, time.perf_counter() - t0, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder")
    args = ap.parse_args()
    shared = Path(args.shared)
    score = load_scorer(shared / "eval" / "score.py")
    runs = [
        ("seed obama-putin", shared / "seed" / "obama-putin.gold.jsonl", "speech", None, None),
        ("polnear-train direct+mixed", shared / "data" / "polnear-train.jsonl", "speech",
         {"direct", "mixed"}, {"direct", "mixed"}),
        ("polnear-train direct+mixed, '' quotes typed by their marks", shared / "data" / "polnear-train.jsonl",
         "speech", {"direct", "mixed"}, {"direct", "mixed"}),
        ("polnear-train all (--cues speech)", shared / "data" / "polnear-train.jsonl", "speech", None, None),
        ("polnear-train all (--cues all)", shared / "data" / "polnear-train.jsonl", "all", None, None),
        ("litbank-dev", shared / "data" / "litbank-dev.jsonl", "speech", None, {"direct", "mixed"}),
    ]
    print("| data | span exact F1 | span partial F1 | attribution acc | e2e P | e2e R | e2e F1 | Mchar/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, path, cues, gold_types, pred_types in runs:
        if not path.exists():
            print(f"| {name} | (missing: {path}) |||||||")
            continue
        gold = score.load(str(path))
        if "typed by their marks" in name:
            retype_wire_quotes(gold)
        preds, seconds, chars = predict(path, quotetool.Config(cues=cues))
        r = score.score(gold, preds, gold_types, pred_types)
        print(f"| {name} | {r['exact_f1']:.3f} | {r['partial_f1']:.3f} | {r['attribution_acc']:.3f} | "
              f"{r['e2e_p']:.3f} | {r['e2e_r']:.3f} | {r['e2e_f1']:.3f} | {chars / seconds / 1e6:.2f} |")


if __name__ == "__main__":
    main()
