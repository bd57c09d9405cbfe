#!/usr/bin/env python3
"""Is quotetool's confidence honest? A reliability table of attribution accuracy by confidence.

Runs quotetool.extract on every document of a gold JSONL file and matches predicted quotes to
gold quotes exactly as the shared scorer does (its functions are imported from --scorer):
spans trimmed with `trimmed`, predictions split into `fragments`, pairs with `jaccard` >= 0.5
taken greedily one-to-one by overlap, per document. Each matched prediction whose gold quote
has an evaluable speaker (`evaluable_gold_names`) is counted in the bin of its confidence and is
correct when `speaker_correct` says so. The bins' totals therefore equal the scorer's
"attribution accuracy" denominator for the same type filters.

Examples:
  python benchmarks/reliability.py /work/shared/data/polnear-train.jsonl
  python benchmarks/reliability.py GOLD.jsonl --types direct --limit 100
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parent.parent
# Measure the working tree even when another copy of quotetool is installed.
sys.path.insert(0, str(REPO_ROOT))

import quotetool  # noqa: E402

DEFAULT_SCORER = REPO_ROOT.parent / "shared" / "eval" / "score.py"
BINS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0)]  # the last one closed
HIGH = 0.9
SCORER_FUNCTIONS = ("trimmed", "jaccard", "fragments", "gold_type", "evaluable_gold_names", "speaker_correct")


def load_scorer(path: Path) -> ModuleType:
    """Import the shared score.py by path and check it has what the matching needs."""
    if not path.is_file():
        sys.exit(f"reliability.py: scorer {path} not found; give its path with --scorer")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    missing = [f for f in SCORER_FUNCTIONS if not hasattr(module, f)]
    if missing:
        sys.exit(f"reliability.py: {path} lacks {', '.join(missing)}; is it the shared eval/score.py?")
    return module


def bin_index(confidence: float) -> int:
    """[0,0.3) [0.3,0.5) [0.5,0.7) [0.7,0.9) [0.9,1.0]; values outside [0, 1] go to the end bins."""
    for i, (lo, hi) in enumerate(BINS[:-1]):
        if confidence < hi:
            return i
    return len(BINS) - 1


def matched_predictions(sc: ModuleType, gold_doc: dict, pred_quotes: list[dict],
                        gold_types: set[str] | None, pred_types: set[str] | None) -> list[tuple[dict, dict]]:
    """(gold quote, predicted fragment) pairs, matched as score.score() matches them."""
    text = gold_doc["text"]
    gq = [q for q in gold_doc.get("quotes", []) if not gold_types or sc.gold_type(q) in gold_types]
    pq = [f for q in pred_quotes if not pred_types or (q.get("type") or "direct") in pred_types
          for f in sc.fragments(q)]
    gspans = [sc.trimmed(text, q["start"], q["end"]) for q in gq]
    pspans = []
    for q in pq:
        s, e = q.get("start"), q.get("end")
        pspans.append((0, 0) if s is None or e is None or not (0 <= s <= e <= len(text)) else sc.trimmed(text, s, e))
    pairs = sorted(((sc.jaccard(gs, ps), i, j) for i, gs in enumerate(gspans) for j, ps in enumerate(pspans)),
                   reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for jac, i, j in pairs:
        if jac < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((gq[i], pq[j]))
    return out


def type_set(text: str) -> set[str] | None:
    return set(filter(None, (t.strip() for t in text.split(",")))) or None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="gold JSONL (e.g. /work/shared/data/polnear-train.jsonl)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER,
                    help=f"path of the shared score.py (default {DEFAULT_SCORER})")
    ap.add_argument("--types", default="direct,mixed",
                    help="quote types kept on both sides, comma-separated; empty for all (default direct,mixed)")
    ap.add_argument("--gold-types", help="gold types to keep, overriding --types for gold")
    ap.add_argument("--pred-types", help="predicted types to keep, overriding --types for predictions")
    ap.add_argument("--cues", default="speech", choices=["speech", "all"], help="quotetool cue set (default speech)")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    a = ap.parse_args()

    sc = load_scorer(a.scorer)
    gold_types = type_set(a.gold_types if a.gold_types is not None else a.types)
    pred_types = type_set(a.pred_types if a.pred_types is not None else a.types)
    config = quotetool.Config(cues=a.cues)
    if not a.gold.is_file():
        ap.error(f"{a.gold}: no such file")

    n_bins = [0] * len(BINS)
    ok_bins = [0] * len(BINS)
    conf_sums = [0.0] * len(BINS)
    docs = failed = matched_total = 0
    t0 = time.perf_counter()
    with a.gold.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            if a.limit is not None and docs >= a.limit:
                break
            g = json.loads(line)
            docs += 1
            try:
                doc = quotetool.extract(g["text"], config, str(g["id"]))
            except Exception as e:  # noqa: BLE001 - count it, report it, go on with the rest
                failed += 1
                print(f"reliability.py: {g['id']}: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            preds = [q.to_dict() for q in doc.quotes]
            for gq, pq in matched_predictions(sc, g, preds, gold_types, pred_types):
                matched_total += 1
                if not sc.evaluable_gold_names(gq):
                    continue
                b = bin_index(float(pq["confidence"]))
                n_bins[b] += 1
                ok_bins[b] += bool(sc.speaker_correct(gq, pq))
                conf_sums[b] += float(pq["confidence"])
    seconds = time.perf_counter() - t0

    def acc(ok: int, n: int) -> str:
        return f"{ok / n:.3f}" if n else "\u2014"

    total, total_ok = sum(n_bins), sum(ok_bins)
    print(f"gold {a.gold.name}: {docs} docs ({failed} failed), types gold={','.join(sorted(gold_types or ['all']))} "
          f"pred={','.join(sorted(pred_types or ['all']))}, cues={a.cues}; {matched_total} matched predicted quotes, "
          f"{total} with an evaluable gold speaker ({seconds:.1f} s)")
    print()
    print("| confidence | matched quotes | correct | accuracy | mean confidence |")
    print("|---|---:|---:|---:|---:|")
    for i, (lo, hi) in enumerate(BINS):
        label = f"[{lo:.1f}, {hi:.1f}]" if i == len(BINS) - 1 else f"[{lo:.1f}, {hi:.1f})"
        mean = f"{conf_sums[i] / n_bins[i]:.3f}" if n_bins[i] else "\u2014"
        print(f"| {label} | {n_bins[i]} | {ok_bins[i]} | {acc(ok_bins[i], n_bins[i])} | {mean} |")
    mean_all = f"{sum(conf_sums) / total:.3f}" if total else "\u2014"
    print(f"| all | {total} | {total_ok} | {acc(total_ok, total)} | {mean_all} |")
    print()
    hi_n, hi_ok = n_bins[-1], ok_bins[-1]
    print(f"accuracy at confidence >= {HIGH}: {acc(hi_ok, hi_n)} ({hi_ok}/{hi_n}); "
          f"coverage: {hi_n / total if total else 0.0:.3f} of matched quotes ({hi_n}/{total})")


if __name__ == "__main__":
    main()
