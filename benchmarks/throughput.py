#!/usr/bin/env python3
"""Throughput of quotetool: in-process `extract` and the end-to-end `extract --format jsonl` CLI.

The corpus is either synthetic news text made by a seeded generator in this file (the default,
no external data) or a JSON Lines file of {"id", "text"} objects (--corpus). For every size in
--sizes (MB of JSONL) the corpus is repeated, with fresh ids, until it reaches that size.

Modes:
  in-process  quotetool.extract on every document, timed with perf_counter, --repeat times;
              docs are held in memory, so reading and JSON decoding are not counted.
  cli         `python -m quotetool extract --format jsonl FILE > /dev/null` in a subprocess,
              --repeat times; includes interpreter start-up, reading, decoding and rendering.
              Peak RSS is that child's own ru_maxrss (os.wait4), or the growth of
              RUSAGE_CHILDREN where wait4 is missing. With --workers 1,2 (or 1,all) there is
              one cli row per worker count (`--workers N`); without it, one row with the CLI's
              default (all cores). The process tree (the CLI and its pool workers) is sampled
              with psutil every 20 ms: the peak of its summed RSS and the largest single process.

Examples:
  python benchmarks/throughput.py                          # 1 MB synthetic, both modes
  python benchmarks/throughput.py --sizes 10,100 --repeat 3
  python benchmarks/throughput.py --sizes 10,100 --workers 1,2 --repeat 2 --no-inproc
  python benchmarks/throughput.py --corpus /work/shared/data/polnear-train.jsonl --no-inproc
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# Benchmark the working tree even when another copy of quotetool is installed.
sys.path.insert(0, str(REPO_ROOT))

import quotetool  # noqa: E402

try:
    import resource
except ImportError:  # not on Windows: peak RSS is then reported as n/a
    resource = None  # type: ignore[assignment]

try:  # for the RSS of the whole process tree (installed with the dask extra)
    import psutil
except ImportError:
    psutil = None  # type: ignore[assignment]

MB = 1_000_000

# --------------------------------------------------------------------------------------------
# Synthetic news corpus
# --------------------------------------------------------------------------------------------

FIRST = ["Ana", "Teresa", "Gilbert", "Priya", "Leonard", "Maria", "James", "Wei", "Fatima", "Olga",
         "Samuel", "Grace", "Diego", "Hannah", "Kwame", "Ingrid", "Rahul", "Chloe", "Marcus", "Yuki",
         "Elena", "Tomas", "Aisha", "Robert", "Nadia", "Peter", "Lucia", "Omar", "Sarah", "Daniel"]
LAST = ["Ruiz", "Okonkwo", "Haines", "Raman", "Petrakis", "Lindqvist", "Carver", "Zhang", "Haddad",
        "Morozova", "Adeyemi", "Whitfield", "Castillo", "Brenner", "Mensah", "Solberg", "Iyer",
        "Dubois", "Abernathy", "Tanaka", "Vasquez", "Novak", "Rahman", "O'Neill", "Kowalski",
        "Fischer", "Moretti", "Saleh", "Goldberg", "McAllister"]
TITLES = ["Mayor", "Sen.", "Gov.", "Dr.", "Rep.", "Judge", "Chief", "Prof."]
GENDERED = {"he": ["Mr.", "Councilman"], "she": ["Ms.", "Councilwoman"]}
ROLES = ["a spokeswoman for {org}", "the chief financial officer of {org}", "a senior adviser at {org}",
         "president of {org}", "an economist at {org}", "the director of {org}", "a lawyer for {org}",
         "a longtime member of {org}"]
ROLE_NOUNS = ["the spokesman", "the mayor", "the senator", "the official", "the economist",
              "the governor", "the minister", "the chairwoman"]
ORGS = ["the Halverson Transit Authority", "the State Budget Office", "Northfield University",
        "the Riverside Tenants Union", "the Port Commission", "Meridian Health", "the Farmers League",
        "the Ministry of Energy", "the Coastal Water Board", "Atlas Logistics", "the City Council",
        "the Teachers Federation"]
PLACES = ["Halverson", "Northfield", "Port Ellis", "Greymouth", "Santa Lucia", "East Bramley",
          "Kingsford", "Oak Harbor", "Marlow", "Cedar Falls"]
TOPICS = ["transit budget", "water rates", "school funding plan", "port expansion", "housing levy",
          "hospital merger", "energy subsidy", "flood defences", "bridge repairs", "pension reform",
          "tax rebate", "zoning overhaul"]
SPEECH = ["said", "told reporters", "said in a statement", "added", "explained", "warned",
          "argued", "insisted", "told the council", "wrote in an email", "said on Tuesday",
          "noted", "acknowledged", "told The Herald"]
VERB_PRE = ["said", "told reporters", "warned", "added", "argued", "insisted", "wrote"]
SUBJ = ["The plan", "This budget", "The vote", "Our city", "The agency", "Nobody here", "The state",
        "Every family", "The committee", "This decision", "The council", "Our members"]
VP = ["will not fix the problem overnight", "is the first step toward a real solution",
      "has been delayed for far too long", "puts working families first",
      "was never going to satisfy everyone", "depends on money we do not have yet",
      "will be judged by what happens next spring", "cannot be undone once it is signed",
      "gives people something back", "treats buses as a public service and not an afterthought",
      "asks too much of the people who can least afford it", "is fair to taxpayers and riders alike",
      "leaves the hard choices for the next council", "was negotiated in good faith",
      "doesn't add up, and everyone in this room knows it", "won't survive a court challenge"]
TAIL = ["", "", "", " this year", " in the long run", " by December", ", frankly", " for the region",
        " at all", " without new hires"]
FILLER = ["The {topic} passed {a}-{b} late on {day} after a {n}-hour debate.",
          "Officials in {place} estimated the cost at ${m} million over {k} years.",
          "The measure takes effect on July 1, and {org} must report back by December.",
          "Critics have questioned whether the {topic} can be paid for without raising fees.",
          "About {k},000 residents signed a petition opposing the {topic} last month.",
          "The debate drew a crowd of several hundred people to the chamber in {place}.",
          "A 2019 consultant's report put the figure at ${m} million, up from earlier estimates.",
          "{org} did not respond to a request for comment on {day}.",
          "Supporters wore green scarves; opponents held signs reading \u201cNot Our Money.\u201d",
          "The so-called \u201c{topic} fund\u201d was created in the '90s and has rarely been touched.",
          "Turnout in the {k} wards most affected was the highest in a decade."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


class NewsGenerator:
    """Seeded synthetic news stories: headline, dateline, and paragraphs mixing direct, split,
    mixed and indirect quotes, pronoun and role-noun back-references, scare quotes and filler."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _fill(self, template: str) -> str:
        r = self.rng
        out = template.format(topic=r.choice(TOPICS), place=r.choice(PLACES), org=r.choice(ORGS),
                               day=r.choice(DAYS), a=r.randint(5, 9), b=r.randint(1, 4),
                               n=r.randint(2, 9), m=r.randint(12, 990), k=r.randint(2, 60))
        return out[:1].upper() + out[1:]

    def _clause(self) -> str:
        return f"{self.rng.choice(SUBJ)} {self.rng.choice(VP)}{self.rng.choice(TAIL)}"

    def _quote(self, sentences: int) -> str:
        return " ".join(self._clause() + self.rng.choice([".", ".", ".", "!", "?"]) for _ in range(sentences))

    def _marks(self) -> tuple[str, str]:
        return self.rng.choice([("\u201c", "\u201d")] * 6 + [('"', '"')] * 2 + [("\u00ab", "\u00bb")])

    def story(self) -> str:
        r = self.rng
        cast = []
        for _ in range(r.randint(2, 4)):
            he = r.choice(["he", "she"])
            cast.append(dict(first=r.choice(FIRST), last=r.choice(LAST), title=r.choice(TITLES + GENDERED[he]),
                             role=self._fill(r.choice(ROLES)), he=he, intro=False))
        place, topic = r.choice(PLACES), r.choice(TOPICS)
        paras = [f"{place} approves {topic} after {r.choice(['long', 'heated', 'five-hour'])} debate",
                 f"{place.upper()} \u2014 " + self._fill(r.choice(FILLER))]
        last_speaker = None
        for _ in range(r.randint(8, 18)):
            kind = r.random()
            if kind < 0.22:
                paras.append(" ".join(self._fill(r.choice(FILLER)) for _ in range(r.randint(1, 3))))
                continue
            who = r.choice(cast)
            # name: how the speaker is called; subj: before a verb (with an apposition on first
            # mention: "Mayor Ana Ruiz, president of X, said"); post: after an inverted verb ("said ...").
            if not who["intro"]:
                name = f"{who['title']} {who['first']} {who['last']}"
                subj, post = f"{name}, {who['role']},", f"{name}, {who['role']}"
                who["intro"] = True
            else:
                name = subj = post = r.choice([who["last"], f"{who['title']} {who['last']}"])
            if last_speaker is who and r.random() < 0.5:
                name = subj = post = r.choice([who["he"], who["he"], r.choice(ROLE_NOUNS)])
            last_speaker = who
            cap = subj[:1].upper() + subj[1:]
            o, c = self._marks()
            verb = r.choice(SPEECH)
            q = self._quote(r.randint(1, 3))
            if kind < 0.42:      # "Q," NAME said.
                paras.append(f"{o}{q[:-1]},{c} {subj} {verb}.")
            elif kind < 0.52:    # "Q," said NAME.
                paras.append(f"{o}{q[:-1]},{c} {r.choice(VERB_PRE)} {post}.")
            elif kind < 0.62:    # NAME said: "Q."
                paras.append(f"{cap} {verb}: {o}{q}{c}")
            elif kind < 0.70:    # split quote
                q2 = self._quote(r.randint(1, 2))
                paras.append(f"{o}{q[:-1]},{c} {subj} {verb}, {o}{q2[:1].lower()}{q2[1:]}{c}")
            elif kind < 0.80:    # mixed: a quoted phrase inside reported speech
                paras.append(f"{cap} {verb} that {r.choice(SUBJ).lower()} {o}{r.choice(VP)}{c}{r.choice(TAIL)}.")
            elif kind < 0.90:    # indirect
                clause = self._clause()
                lead = r.choice([f"{cap} {verb} that", f"According to {name},"])
                paras.append(f"{lead} {clause[:1].lower()}{clause[1:]}.")
            elif kind < 0.95:    # multi-paragraph quote: no closing mark on the first paragraph
                q2 = self._quote(2)
                paras.append(f"{o}{q[:-1]},{c} {subj} {verb}. {o}{self._quote(1)}")
                paras.append(f"{o}{q2}{c}")
            else:                # unattributed floating quote after a speaker paragraph
                paras.append(f"{o}{q}{c}")
        return "\n\n".join(paras) + "\n"

    def corpus(self, n_docs: int) -> list[dict[str, str]]:
        return [{"id": f"synthetic-{i:05d}", "text": self.story()} for i in range(n_docs)]


# --------------------------------------------------------------------------------------------
# Corpus handling
# --------------------------------------------------------------------------------------------


def load_corpus(path: Path) -> list[dict[str, str]]:
    """{"id", "text"} objects from a JSON Lines file (other fields, e.g. gold quotes, dropped)."""
    docs = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                d = json.loads(line)
                docs.append({"id": str(d.get("id", n)), "text": d["text"]})
    if not docs:
        sys.exit(f"throughput.py: {path} holds no documents")
    return docs


def scale_corpus(base: list[dict[str, str]], size_mb: float) -> list[dict[str, str]]:
    """Repeat `base` (ids suffixed with the round) until its JSONL form reaches size_mb."""
    target, total, out, round_no = size_mb * MB, 0, [], 0
    while total < target:
        for d in base:
            doc = {"id": d["id"] if round_no == 0 else f"{d['id']}#{round_no}", "text": d["text"]}
            out.append(doc)
            total += len(json.dumps(doc, ensure_ascii=False).encode("utf-8")) + 1
            if total >= target:
                break
        round_no += 1
    return out


def write_jsonl(docs: list[dict[str, str]], path: Path) -> int:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path.stat().st_size


# --------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------


@dataclass
class Row:
    mode: str
    input: str
    mb: float
    docs: int
    chars: int
    times: list[float]
    rss_mb: float | None = None
    workers: str = "\u2014"
    tree_mb: float | None = None
    largest_mb: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def cells(self) -> list[str]:
        med = self.median
        return [self.mode, self.input, self.workers, f"{self.mb:.1f}", str(self.docs), f"{med:.2f}",
                f"{min(self.times):.2f}", f"{self.chars / med / MB:.3f}", f"{self.docs / med:.0f}",
                _mb(self.rss_mb), _mb(self.tree_mb), _mb(self.largest_mb)]


def _mb(value: float | None) -> str:
    return f"{value:.0f}" if value is not None else "\u2014"


def bench_inprocess(docs: list[dict[str, str]], repeat: int) -> tuple[list[float], int]:
    quotetool.extract(docs[0]["text"])  # warm-up: lexicons and compiled patterns load once
    times, quotes = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        quotes = sum(len(quotetool.extract(d["text"], doc_id=d["id"]).quotes) for d in docs)
        times.append(time.perf_counter() - t0)
    return times, quotes


def _maxrss_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / MB if sys.platform == "darwin" else ru_maxrss * 1024 / MB


class TreeSampler(threading.Thread):
    """Samples the RSS of a process and all its descendants every 20 ms (needs psutil):
    ``tree`` is the peak of their sum, ``largest`` the peak of any one of them, in MB."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.tree, self.largest = pid, 0.0, 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stopped.is_set():
            sizes = []
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        sizes.append(p.memory_info().rss / MB)
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            if sizes:
                self.tree, self.largest = max(self.tree, sum(sizes)), max(self.largest, max(sizes))
            self.stopped.wait(0.02)


def run_child(cmd: list[str], env: dict[str, str],
              tree: list[tuple[float, float]] | None = None) -> tuple[float, float | None]:
    """Run cmd with stdout to /dev/null; return (wall seconds, peak RSS MB of the child). With
    ``tree`` (and psutil), append (peak summed RSS of the process tree, largest process) to it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if resource else 0
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        sampler = TreeSampler(proc.pid) if tree is not None and psutil is not None else None
        if sampler:
            sampler.start()
        rss: float | None = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = _maxrss_mb(usage.ru_maxrss)
        else:
            proc.wait()
        elapsed = time.perf_counter() - t0
        if sampler:
            sampler.stopped.set()
            sampler.join()
            tree.append((sampler.tree, sampler.largest))  # type: ignore[union-attr]
        if rss is None and resource:
            # RUSAGE_CHILDREN is a high-water mark over all children so far: only a rise is news.
            after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            rss = _maxrss_mb(after) if after > before else None
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            sys.exit(f"throughput.py: {' '.join(cmd)} exited {proc.returncode}\n{tail}")
    return elapsed, rss


def bench_cli(path: Path, repeat: int, env: dict[str, str],
              workers: str | None = None) -> tuple[list[float], float | None, float | None, float | None]:
    """(times, peak RSS of the CLI process, peak summed RSS of its process tree, largest process)."""
    cmd = [sys.executable, "-m", "quotetool", "extract", "--format", "jsonl", str(path)]
    if workers is not None:
        cmd += ["--workers", workers]
    times, peaks, trees = [], [], []  # type: ignore[var-annotated]
    for _ in range(repeat):
        t, rss = run_child(cmd, env, trees)
        times.append(t)
        if rss is not None:
            peaks.append(rss)
    tree = max(t for t, _ in trees) if trees else None
    largest = max(b for _, b in trees) if trees else None
    return times, (max(peaks) if peaks else None), tree, largest


def print_table(rows: list[Row]) -> None:
    head = ["mode", "input", "workers", "MB", "docs", "seconds (median)", "seconds (min)", "Mchar/s", "docs/s",
            "peak RSS MB", "tree peak RSS MB", "largest process MB"]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" if i < 2 else "---:" for i in range(len(head))) + "|")
    for r in rows:
        print("| " + " | ".join(r.cells()) + " |")


def parse_sizes(text: str) -> list[float]:
    try:
        sizes = [float(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes wants comma-separated numbers of MB, got {text!r}") from None
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("--sizes must list positive numbers of MB, e.g. 1 or 10,100")
    return sizes


def parse_workers(text: str) -> list[str]:
    """``1,2`` or ``1,all`` → worker counts for `quotetool extract --workers`."""
    out = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        if part == "all":
            part = str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
        if not part.isdigit() or int(part) < 1:
            raise argparse.ArgumentTypeError(f"--workers wants counts like 1,2 or 1,all, got {text!r}")
        if part not in out:
            out.append(part)
    if not out:
        raise argparse.ArgumentTypeError("--workers wants counts like 1,2 or 1,all")
    return out


def comparisons(rows: list[Row]) -> list[str]:
    """Speed-up of the most workers over one, and the time ratio of the largest size to the smallest."""
    notes = []
    cli = [r for r in rows if r.mode == "cli" and r.workers.isdigit()]
    for mb in sorted({r.mb for r in cli}):
        by_workers = {int(r.workers): r for r in cli if r.mb == mb}
        if 1 in by_workers and len(by_workers) > 1:
            most = max(by_workers)
            notes.append(f"cli {mb:.3g} MB: {most} workers are {by_workers[1].median / by_workers[most].median:.2f}x "
                         f"as fast as 1 ({by_workers[1].median:.1f} s -> {by_workers[most].median:.1f} s)")
    for mode, workers in sorted({(r.mode, r.workers) for r in rows}):
        same = sorted((r for r in rows if r.mode == mode and r.workers == workers), key=lambda r: r.mb)
        if len(same) > 1:
            small, big = same[0], same[-1]
            notes.append(f"{mode} (workers {workers}): {big.mb:.3g} MB took {big.median / small.median:.1f}x the time "
                         f"of {small.mb:.3g} MB ({big.mb / small.mb:.1f}x the data)")
    return notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="JSONL of {id, text} to use instead of the synthetic corpus "
                                                "(e.g. /work/shared/data/polnear-train.jsonl)")
    ap.add_argument("--sizes", type=parse_sizes, default=parse_sizes("1"),
                    help="comma-separated corpus sizes in MB of JSONL, built by repeating the corpus (default 1)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per mode and size (default 5)")
    ap.add_argument("--docs", type=int, default=400, help="synthetic documents before repetition (default 400, about 1 MB)")
    ap.add_argument("--seed", type=int, default=13, help="seed of the synthetic generator (default 13)")
    ap.add_argument("--inproc", action=argparse.BooleanOptionalAction, default=True,
                    help="measure in-process quotetool.extract (default on)")
    ap.add_argument("--cli", action=argparse.BooleanOptionalAction, default=True,
                    help="measure the CLI end to end in a subprocess (default on)")
    ap.add_argument("--keep", type=Path, help="also write the largest JSONL corpus here")
    ap.add_argument("--workers", type=parse_workers, default=None,
                    help="cli rows for each worker count, e.g. 1,2 or 1,all (default: one row, the CLI's default)")
    a = ap.parse_args()
    if a.repeat < 1:
        ap.error("--repeat must be at least 1")
    if not (a.inproc or a.cli):
        ap.error("nothing to measure: --no-inproc and --no-cli together")

    load_at_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if a.corpus:
        if not a.corpus.is_file():
            ap.error(f"--corpus {a.corpus}: no such file")
        base, label = load_corpus(a.corpus), a.corpus.name
    else:
        base, label = NewsGenerator(a.seed).corpus(a.docs), f"synthetic (seed {a.seed})"

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))

    rows: list[Row] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="quotetool-bench-") as tmp:
        if a.cli:
            startup, _ = run_child([sys.executable, "-m", "quotetool", "--version"], env)
            notes.append(f"CLI start-up (`python -m quotetool --version`): {startup:.2f} s, included in cli rows")
        for size in sorted(a.sizes):
            docs = scale_corpus(base, size)
            chars = sum(len(d["text"]) for d in docs)
            path = Path(tmp) / f"corpus-{size:g}MB.jsonl"
            mb = write_jsonl(docs, path) / MB
            print(f"# {size:g} MB: {len(docs)} docs, {chars:,} chars", file=sys.stderr, flush=True)
            if a.inproc:
                times, quotes = bench_inprocess(docs, a.repeat)
                rows.append(Row("in-process", label, mb, len(docs), chars, times))
                notes.append(f"in-process {size:g} MB: {quotes:,} quotes found per run")
            if a.cli:
                for workers in a.workers or [None]:
                    times, rss, tree, largest = bench_cli(path, a.repeat, env, workers)
                    rows.append(Row("cli", label, mb, len(docs), chars, times, rss, workers or "default",
                                    tree, largest))
            if a.keep and size == max(a.sizes):
                a.keep.write_bytes(path.read_bytes())

    print_table(rows)
    print()
    load = f"; load average at start {load_at_start:.2f}" if load_at_start is not None else ""
    print(f"machine: {platform.platform()}, {platform.machine()}, Python {platform.python_version()} "
          f"({platform.python_implementation()}), {os.cpu_count()} CPUs{load}; quotetool {quotetool.__version__}; "
          f"{a.repeat} repeats; Mchar/s and docs/s from the median")
    if a.cli and psutil is None:
        notes.append("psutil is not installed: no process-tree RSS (pip install psutil)")
    for n in notes + comparisons(rows):
        print(n)


if __name__ == "__main__":
    main()
