"""Batch runs through the real command line: directories, .jsonl(.gz) corpora and stdin, worker
pools (the same bytes as one process), --output written atomically, --errors, --resume after
kill -9, Ctrl-C, a closed pipe, a full disk, and the bad inputs of a corpus run."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotetool
from quotetool import batch, inputs
from quotetool.cli import app
from quotetool.config import Config
from quotetool.inputs import Failure, Item
from quotetool.render import dumps_pretty

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

PEOPLE = [("Mayor", "Ana", "Ruiz", "she"), ("Sen.", "Gilbert", "Haines", "he"), ("Dr.", "Priya", "Raman", "she"),
          ("Gov.", "Marcus", "Okonkwo", "he"), ("Judge", "Elena", "Novak", "she")]
TOPICS = ["pier", "bridge", "school", "budget", "clinic", "port", "library"]


def story(i: int, paragraphs: int = 3) -> str:
    """A small news story that differs with i: direct, mixed and pronoun-resolved quotes."""
    title, first, last, pronoun = PEOPLE[i % len(PEOPLE)]
    topic = TOPICS[i % len(TOPICS)]
    paras = [f"“We will rebuild the {topic} before winter number {i},” {title} {first} {last} said.",
             f"{last} said the {topic} plan was “a fair start” for everyone in ward {i % 17}.",
             f"“It is not finished, and it will cost more than {i} dollars,” {pronoun} added."]
    return "\n\n".join((paras * paragraphs)[:paragraphs]) + "\n"


def records(n: int, paragraphs: int = 3) -> list[dict[str, str]]:
    return [{"id": f"doc-{i:05d}", "text": story(i, paragraphs)} for i in range(n)]


def write_corpus(path: Path, docs: list[dict[str, str]]) -> Path:
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def jsonl_ids(text: str) -> list[str]:
    return [json.loads(line)["id"] for line in text.splitlines()]


def one_error_line(result_stderr: str, *words: str) -> str:
    lines = result_stderr.splitlines()
    assert len(lines) == 1, f"expected one stderr line, got:\n{result_stderr}"
    assert lines[0].startswith("quotetool: ") and "Traceback" not in result_stderr
    for w in words:
        assert w in lines[0], f"{w!r} not in {lines[0]!r}"
    return lines[0]


def _ctrl_c_as_in_a_terminal() -> None:
    # A job started in the background (nohup, `&` in a script, some CI runners) inherits an
    # ignored SIGINT, and Python then leaves it ignored; a terminal's foreground job has it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cli(*args: str, **kwargs) -> subprocess.Popen:
    """The installed command in a subprocess of its own session (so signals reach its workers too)."""
    return subprocess.Popen([sys.executable, "-m", "quotetool", *args], cwd=ROOT, start_new_session=True,
                            preexec_fn=_ctrl_c_as_in_a_terminal, stdout=kwargs.pop("stdout", subprocess.PIPE),
                            stderr=subprocess.PIPE, **kwargs)


def wait_for_lines(path: Path, proc: subprocess.Popen, n: int = 1) -> None:
    """Until ``path`` holds n complete lines (the run is under way) or the process ended."""
    deadline = time.monotonic() + 120  # a guard against a hang, not a timing assertion
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.005)


# -- inputs: directories, globs, corpora, stdin -------------------------------------------

def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "news" / "b").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "news" / "b" / "c.txt").write_text(story(2), encoding="utf-8")
    (tmp_path / "news" / "b" / "notes.md").write_text(story(3), encoding="utf-8")
    (tmp_path / "news" / "0.txt").write_text(story(4), encoding="utf-8")
    news = str(tmp_path / "news")
    result = run("extract", news)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert jsonl_ids(result.stdout) == [f"{news}/0.txt", f"{news}/a.txt", f"{news}/b/c.txt"]
    md = run("extract", news, "--glob", "*.md")
    assert jsonl_ids(md.stdout) == [f"{news}/b/notes.md"]


def test_directory_without_matches(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(story(1), encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    one_error_line(result.stderr, str(tmp_path), "no files matching '*.txt'", "--glob")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a chmod 000 file anyway; the mocked test below covers the message")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(story(1), encoding="utf-8")
    locked.chmod(0)
    try:
        result = run("extract", str(locked))
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    one_error_line(result.stderr, "locked.txt", "permission denied")


def test_permission_denied_mocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(story(1), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(story(2), encoding="utf-8")

    def deny(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", deny, raising=False)
    result = run("extract", str(locked), str(other))
    assert result.exit_code == 1
    one_error_line(result.stderr, f"{locked}: permission denied")
    assert jsonl_ids(result.stdout) == [str(other)]


def test_gzipped_corpus_reads_like_the_plain_one(tmp_path: Path) -> None:
    docs = records(40)
    plain = run("extract", str(write_corpus(tmp_path / "c.jsonl", docs)), "-w", "1")
    zipped = run("extract", str(write_corpus(tmp_path / "c.jsonl.gz", docs)), "-w", "1")
    assert zipped.exit_code == 0, zipped.stderr
    assert zipped.stdout == plain.stdout
    assert jsonl_ids(zipped.stdout) == [d["id"] for d in docs]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    docs = records(300)
    whole = gzip.compress("".join(json.dumps(d) + "\n" for d in docs).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    result = run("extract", str(path), "-w", "1")
    assert result.exit_code == 1
    line = one_error_line(result.stderr, "cut.jsonl.gz", "truncated gzip file")
    ids = jsonl_ids(result.stdout)
    assert 0 < len(ids) < len(docs)
    assert ids == [d["id"] for d in docs[: len(ids)]]
    assert f"the {len(ids)} lines before it were read" in line


def test_duplicate_ids_are_reported_and_both_kept(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "dup.jsonl", [{"id": "a", "text": story(1)}, {"id": "b", "text": story(2)},
                                                   {"id": "a", "text": story(3)}])
    result = run("extract", str(corpus))
    assert result.exit_code == 0
    one_error_line(result.stderr, f"{corpus}:3", 'duplicate id "a"', "line 1", "both are kept")
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b", "a"]
    assert docs[0]["quotes"] != docs[2]["quotes"]


def test_jsonl_on_stdin() -> None:
    docs = records(5)
    result = run("extract", "--input-format", "jsonl", input="".join(json.dumps(d) + "\n" for d in docs))
    assert result.exit_code == 0, result.stderr
    assert jsonl_ids(result.stdout) == [d["id"] for d in docs]
    for line, d in zip(result.stdout.splitlines(), docs):
        assert json.loads(line) == quotetool.extract(d["text"], doc_id=d["id"]).to_dict()


def test_a_lone_surrogate_in_a_corpus_is_written_as_its_escape(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "s", "text": "\\u201cWe won \\ud800 the vote tonight,\\u201d Ana Ruiz said."}\n',
                      encoding="utf-8")
    out = tmp_path / "q.jsonl"
    to_file = run("extract", str(corpus), "-o", str(out))
    to_stdout = run("extract", str(corpus))
    assert to_file.exit_code == to_stdout.exit_code == 0, to_stdout.stderr
    assert to_stdout.stdout == out.read_text("utf-8")
    assert json.loads(to_stdout.stdout)["quotes"][0]["text"] == "We won \ud800 the vote tonight,"


def test_input_format_text_reads_a_jsonl_file_as_one_document(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(3))
    result = run("extract", "--input-format", "text", "-f", "jsonl", str(corpus))
    assert result.exit_code == 0
    assert jsonl_ids(result.stdout) == [str(corpus)]


def test_unknown_input_format() -> None:
    result = run("extract", "--input-format", "xml", "x.txt")
    assert result.exit_code == 2
    one_error_line(result.stderr, "xml", "jsonl")


class CountingRaw(io.RawIOBase):
    """A byte stream that counts what has been read from it."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def test_a_corpus_is_read_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "".join(json.dumps(d) + "\n" for d in records(4000)).encode("utf-8")
    raw = CountingRaw(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8"))
    items = inputs.iter_items(["-"], input_format="jsonl")
    first = next(items)
    assert isinstance(first, Item) and first.id == "doc-00000"
    assert raw.pos < 64 * 1024 < len(data), "the whole corpus was read for its first document"
    assert sum(1 for _ in items) == 3999


# -- workers: the same bytes, in input order, nothing lost --------------------------------

@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_a_pool_writes_the_same_bytes_as_one_process(tmp_path: Path, fmt: str) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(150))
    extra = tmp_path / "story.txt"
    extra.write_text(story(7), encoding="utf-8")
    args = ["extract", "-f", fmt, str(corpus), str(extra)]
    one = run(*args, "-w", "1")
    two = run(*args, "-w", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout
    if fmt == "json":  # the streamed list is what json.dump of the whole list gives
        docs = [quotetool.extract(d["text"], doc_id=d["id"]) for d in records(150)]
        docs.append(quotetool.extract(story(7), doc_id=str(extra)))
        assert one.stdout == dumps_pretty(docs) + "\n"


def test_one_document_does_not_start_a_pool(story_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(workers: int):
        raise AssertionError("a process pool was started for one document")

    monkeypatch.setattr(batch, "process_pool", no_pool)
    result = run("extract", "-w", "8", "-f", "json", str(story_path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == str(story_path)


@pytest.fixture
def story_path(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(story(3), encoding="utf-8")
    return path


def test_nothing_is_lost_with_bad_lines_and_a_pool(tmp_path: Path) -> None:
    docs = records(200)
    lines = [json.dumps(d) for d in docs]
    bad = {17: "{not json", 64: json.dumps({"id": "no-text"}), 150: json.dumps({"id": "n", "text": 3})}
    for n, text in bad.items():
        lines.insert(n, text)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = run("extract", str(corpus), "-w", "2", "--errors", str(errors))
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == [d["id"] for d in docs]
    failures = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert [(f["input"], f["line"]) for f in failures] == [(str(corpus), n + 1) for n in sorted(bad)]
    assert [f["id"] for f in failures] == [None, "no-text", "n"]
    assert all(set(f) == {"id", "input", "line", "message"} and f["message"] for f in failures)
    summary = one_error_line(result.stderr, "200 documents", "3 failures", str(errors))
    assert "Traceback" not in summary


def test_an_engine_error_fails_one_document_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract

    def fragile(text: str, config: Config | None = None, doc_id: str = "-"):
        if doc_id == "doc-00002":
            raise ValueError("boom")
        return real(text, config, doc_id)

    monkeypatch.setattr(batch, "extract", fragile)
    result = run("extract", str(write_corpus(tmp_path / "c.jsonl", records(5))), "-w", "1")
    assert result.exit_code == 1
    assert jsonl_ids(result.stdout) == ["doc-00000", "doc-00001", "doc-00003", "doc-00004"]
    one_error_line(result.stderr, "c.jsonl:3", "internal error: ValueError: boom", "--debug")


def test_extract_many_keeps_failures_in_place() -> None:
    entries = [Item("a", story(1)), Failure("x.txt", "no such file"), Item("b", story(2))]
    out = list(batch.extract_many(entries, Config(), "jsonl", workers=1))
    assert [getattr(r, "id", None) for r in out] == ["a", None, "b"]
    assert out[1] == entries[1]


# -- --output, --errors, --resume ---------------------------------------------------------

@pytest.mark.parametrize("name", ["quotes.json", "quotes.csv", "quotes.jsonl"])
def test_output_file_has_what_stdout_would(tmp_path: Path, name: str) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(60))
    fmt = name.rsplit(".", 1)[1]
    to_stdout = run("extract", "-f", fmt, str(corpus))
    target = tmp_path / "out" / name
    target.parent.mkdir()
    result = run("extract", str(corpus), "--output", str(target))  # the format comes from the extension
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text("utf-8") == to_stdout.stdout
    assert os.listdir(target.parent) == [name], "a temporary file was left behind"
    one_error_line(result.stderr, "60 documents", "0 failures")


def test_output_into_a_missing_directory(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(3))
    result = run("extract", str(corpus), "--output", str(tmp_path / "nope" / "q.jsonl"))
    assert result.exit_code == 2
    assert result.stdout == ""
    one_error_line(result.stderr, "does not exist", "mkdir -p")
    assert not (tmp_path / "nope").exists()


def test_output_that_is_an_input(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(3))
    before = corpus.read_bytes()
    result = run("extract", str(corpus), "--output", str(corpus))
    assert result.exit_code == 2
    one_error_line(result.stderr, "is also an input")
    assert corpus.read_bytes() == before


def test_resume_needs_a_jsonl_output(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(3))
    for args in (["--resume"], ["--resume", "-o", str(tmp_path / "q.json")]):
        result = run("extract", str(corpus), *args)
        assert result.exit_code == 2
        one_error_line(result.stderr, "--resume needs --output")


def test_resume_cuts_a_torn_last_line_and_adds_the_rest(tmp_path: Path) -> None:
    docs = records(50)
    corpus = write_corpus(tmp_path / "c.jsonl", docs)
    full = run("extract", str(corpus), "-w", "1").stdout
    lines = full.splitlines(keepends=True)
    out = tmp_path / "q.jsonl"
    out.write_text("".join(lines[:20]) + lines[20][:37], encoding="utf-8")
    result = run("extract", str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert out.read_text("utf-8") == full
    one_error_line(result.stderr, "30 documents", "20 skipped")


def test_resume_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(5))
    out = tmp_path / "q.jsonl"
    out.write_text("hello\nworld\n", encoding="utf-8")
    result = run("extract", str(corpus), "-o", str(out), "--resume")
    assert result.exit_code == 2
    one_error_line(result.stderr, "q.jsonl:1", "--resume needs")
    assert out.read_text("utf-8") == "hello\nworld\n"


def test_kill_9_then_resume_gives_every_document_once(tmp_path: Path) -> None:
    docs = records(2500, paragraphs=6)
    corpus = write_corpus(tmp_path / "c.jsonl", docs)
    out = tmp_path / "q.jsonl"
    proc = cli("extract", str(corpus), "-w", "2", "--output", str(out))
    wait_for_lines(out, proc)
    assert proc.poll() is None, "the run ended before it could be killed; make the corpus bigger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    written = out.read_bytes()
    assert 0 < written.count(b"\n") < len(docs)
    resumed = cli("extract", str(corpus), "-w", "2", "--output", str(out), "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    ids = jsonl_ids(out.read_text("utf-8"))
    assert ids == [d["id"] for d in docs], "every document exactly once, in input order"
    sequential = run("extract", str(corpus), "-w", "1").stdout
    assert out.read_text("utf-8") == sequential


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE write errors are a Linux test")
@pytest.mark.parametrize("name", ["q.json", "q.jsonl"])
def test_a_write_error_leaves_no_partial_document(tmp_path: Path, name: str) -> None:
    import resource

    corpus = write_corpus(tmp_path / "c.jsonl", records(300))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    limit = 100_000  # the file may not grow past this: writes fail as on a full disk (EFBIG)

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([sys.executable, "-m", "quotetool", "extract", str(corpus), "-w", "2", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, preexec_fn=small_disk, timeout=300)
    assert proc.returncode == 1
    line = one_error_line(proc.stderr, f"{out}: cannot write")
    if name.endswith(".json"):
        assert os.listdir(folder) == [], "a partial file was left behind"
        assert "was not written" in line
        return
    assert os.listdir(folder) == [name]
    text = out.read_text("utf-8")
    assert text.endswith("\n")
    ids = jsonl_ids(text)  # every line is a whole document
    assert 0 < len(ids) < 300 and ids == [f"doc-{i:05d}" for i in range(len(ids))]
    assert "--resume" in line
    resumed = run("extract", str(corpus), "-o", str(out), "--resume")
    assert resumed.exit_code == 0
    assert out.read_text("utf-8") == run("extract", str(corpus), "-w", "1").stdout


# -- signals and pipes --------------------------------------------------------------------

@pytest.mark.parametrize("to_file", [False, True])
def test_ctrl_c_exits_130_with_valid_jsonl(tmp_path: Path, to_file: bool) -> None:
    docs = records(2500, paragraphs=6)
    corpus = write_corpus(tmp_path / "c.jsonl", docs)
    out = tmp_path / "q.jsonl"
    proc = cli("extract", str(corpus), "-w", "2", "-f", "jsonl", *(["-o", str(out)] if to_file else []))
    assert proc.stdout is not None
    if to_file:
        wait_for_lines(out, proc)
        head = b""
    else:
        head = proc.stdout.readline()  # the run is under way; its output then fills the pipe
    assert proc.poll() is None, "the run ended before Ctrl-C; make the corpus bigger"
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does: the whole process group
    # Go on reading through the same buffer readline used (communicate() would skip what it holds).
    rest, err = (proc.stdout.read(), proc.stderr.read()) if not to_file else proc.communicate(timeout=120)
    proc.wait(timeout=120)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert stderr.splitlines()[-1].startswith("quotetool: interrupted after ")
    text = out.read_text("utf-8") if to_file else (head + rest).decode("utf-8")
    assert text == "" or text.endswith("\n")
    ids = jsonl_ids(text)  # every line is a whole document
    assert ids == [d["id"] for d in docs[: len(ids)]]
    assert len(ids) < len(docs)


def test_closed_pipe_with_a_pool_is_quiet(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", records(1500))
    proc = cli("extract", str(corpus), "-w", "2", "-f", "csv")
    assert proc.stdout is not None and proc.stderr is not None
    header = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=120)
    assert header.startswith(b"doc_id,")
    assert stderr == "", stderr
    assert code == 0


# -- progress -----------------------------------------------------------------------------

def test_progress_shows_documents_rates_and_time_left() -> None:
    from rich.console import Console

    from quotetool.progress import BatchProgress

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    with BatchProgress(2_000_000, True, console) as progress:
        progress.advance(3, 1_000_000)
        progress._progress.refresh()  # type: ignore[union-attr]
    screen = buf.getvalue()
    for part in ("3 docs", "1.0/2.0 MB", "docs/s"):
        assert part in screen, screen


def test_no_progress_and_no_summary_when_stderr_is_piped(tmp_path: Path) -> None:
    result = run("extract", str(write_corpus(tmp_path / "c.jsonl", records(80))), "-w", "2")
    assert result.exit_code == 0
    assert result.stderr == ""

