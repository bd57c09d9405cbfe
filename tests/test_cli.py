"""The command line, run for real: Typer's CliRunner (stdout, stderr and exit code checked
separately) and one subprocess smoke test of ``python -m quotetool``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_valid, schema
from typer.testing import CliRunner

import quotetool
from quotetool.cli import app

ROOT = Path(__file__).resolve().parent.parent

# This Typer keeps stderr apart from stdout in every CliRunner (result.stdout / result.stderr;
# result.output is both interleaved). Older Click-based Typers needed CliRunner(mix_stderr=False).
runner = CliRunner()

STORY = ("“The talks will continue next week,” press secretary Josh Earnest told reporters.\n\n"
         "Earnest said the plan was “a fair start” for both sides.\n\n"
         "“We expect a full agenda at the meeting,” Earnest said.\n")
SHORT = "“We will rebuild the pier this year,” Mayor Ana Ruiz said.\n"


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), input=input, env=env)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def assert_one_error_line(result, *words: str) -> None:
    """A failure is one line on stderr, prefixed with the program name, without a traceback."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"expected one stderr line, got:\n{result.stderr}"
    assert lines[0].startswith("quotetool: "), lines[0]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    for w in words:
        assert w in lines[0], f"{w!r} not in {lines[0]!r}"


# -- output formats -----------------------------------------------------------------------

def test_table(story: Path) -> None:
    result = run("extract", "--format", "table", str(story), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "Josh Earnest" in result.stdout and "The talks will continue next week" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when stdout is not a terminal


def test_json_validates_against_the_schema(story: Path) -> None:
    result = run("extract", "--format", "json", str(story))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert_valid(data)
    assert data["id"] == str(story)
    assert data == quotetool.extract(STORY, doc_id=str(story)).to_dict()


def test_json_is_the_default_for_one_input_when_piped(story: Path) -> None:
    result = run("extract", str(story))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == str(story)


def test_json_for_several_inputs_is_a_list(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "short.txt"
    other.write_text(SHORT, encoding="utf-8")
    result = run("extract", "--format", "json", str(story), str(other))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == [str(story), str(other)]
    for d in data:
        assert_valid(d)


def test_jsonl_corpus_keeps_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "story-1", "text": STORY}, {"id": 42, "text": SHORT}, {"text": "No quotes in this one."}]
    corpus.write_text("".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in lines), encoding="utf-8")
    result = run("extract", "--format", "jsonl", str(corpus))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["story-1", "42", f"{corpus}:3"]
    for d in docs:
        assert_valid(d)
    assert docs[1]["quotes"][0]["speaker"] == "Ana Ruiz"
    assert docs[2]["quotes"] == []


def test_jsonl_is_the_default_for_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": SHORT}) + "\n", encoding="utf-8")
    result = run("extract", str(corpus))
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]


def test_csv_header_and_rows(story: Path) -> None:
    result = run("extract", "--format", "csv", str(story))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["doc_id", "id", "type", "speaker"] and "text" in header and "spans" in header
    doc = quotetool.extract(STORY)
    assert len(body) == len(doc.quotes) > 0
    for row, q in zip(body, doc.quotes):
        record = dict(zip(header, row))
        assert record["doc_id"] == str(story)
        assert record["text"] == q.text
        assert record["speaker"] == (q.speaker or "")
        assert record["spans"] == ";".join(f"{s.start}-{s.end}" for s in q.spans)


def test_stdin_dash() -> None:
    result = run("extract", "--format", "json", "-", input=SHORT)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == "-"
    assert [q["speaker"] for q in data["quotes"]] == ["Ana Ruiz"]


def test_type_filter(story: Path) -> None:
    every = json.loads(run("extract", "-f", "json", str(story)).stdout)["quotes"]
    result = run("extract", "-f", "json", "--type", "direct", str(story))
    assert result.exit_code == 0
    direct = json.loads(result.stdout)["quotes"]
    assert {q["type"] for q in every} > {"direct"}, "the story needs more than direct quotes"
    assert direct and all(q["type"] == "direct" for q in direct)
    assert [q["text"] for q in direct] == [q["text"] for q in every if q["type"] == "direct"]


def test_explain_adds_the_trace(story: Path) -> None:
    plain = json.loads(run("extract", "-f", "json", str(story)).stdout)
    result = run("extract", "-f", "json", "--explain", str(story))
    assert result.exit_code == 0
    explained = json.loads(result.stdout)
    assert_valid(explained)
    assert all("explain" not in q for q in plain["quotes"])
    assert all(q["explain"] for q in explained["quotes"])
    assert any(step.startswith("alias") for q in explained["quotes"] for step in q["explain"])


def test_explain_in_the_table(story: Path) -> None:
    result = run("extract", "-f", "table", "-e", str(story), env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "alias" in result.stdout


# -- bad input: one line on stderr, exit 1, the other inputs still processed --------------

def test_missing_file(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error_line(result, "nope.txt", "no such file")


def test_missing_file_does_not_stop_the_others(story: Path, tmp_path: Path) -> None:
    result = run("extract", "-f", "jsonl", str(tmp_path / "nope.txt"), str(story))
    assert result.exit_code == 1
    assert_one_error_line(result, "nope.txt")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(story)]


def test_directory(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error_line(result, "directory")


def test_invalid_utf8_suggests_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("“We will reopen the café this summer,” said José Pérez.".encode("cp1252"))
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert_one_error_line(result, "latin.txt", "--encoding")
    fixed = run("extract", "-f", "json", "--encoding", "cp1252", str(path))
    assert fixed.exit_code == 0, fixed.stderr
    assert [q["speaker"] for q in json.loads(fixed.stdout)["quotes"]] == ["José Pérez"]


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error_line(result, "image.bin", "binary")


def test_bom_and_crlf_keep_offsets_exact(tmp_path: Path) -> None:
    """Offsets count from the first character after a byte-order mark, CRs included."""
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode("utf-8"))
    result = run("extract", "-f", "json", str(path))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    text = path.read_bytes().decode("utf-8-sig")
    assert data["quotes"]
    for q in data["quotes"]:
        assert " ".join(text[s:e] for s, e in q["spans"]) == q["text"]
        if q["speaker_mention"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_mention"]
    assert [q["speaker"] for q in data["quotes"]] == [q["speaker"] for q in
                                                       json.loads(run("extract", "-f", "json", "-",
                                                                      input=STORY).stdout)["quotes"]]


def test_empty_file_is_ok(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = run("extract", "-f", "json", str(path))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert_valid(data)
    assert data["quotes"] == [] and data["speakers"] == []
    assert "Traceback" not in result.stderr


def test_corpus_with_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "good-1", "text": SHORT}) + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "no-text", "body": SHORT}) + "\n"
        + json.dumps({"id": "good-2", "text": STORY}) + "\n",
        encoding="utf-8",
    )
    result = run("extract", "-f", "jsonl", str(corpus))
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good-1", "good-2"]
    errors = result.stderr.splitlines()
    assert len(errors) == 2, result.stderr
    assert errors[0].startswith(f"quotetool: {corpus}:2: ")
    assert errors[1].startswith(f"quotetool: {corpus}:3: ") and '"text"' in errors[1]
    assert "Traceback" not in result.stderr


# -- usage errors: exit 2 -----------------------------------------------------------------

def test_unknown_format(story: Path) -> None:
    result = run("extract", "--format", "xml", str(story))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_one_error_line(result, "xml", "json")


def test_unknown_type(story: Path) -> None:
    result = run("extract", "--type", "direct,quoted", str(story))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_one_error_line(result, "quoted", "indirect")


@pytest.mark.parametrize("args, words", [
    (["extract", "--no-such-option", "STORY"], ["--no-such-option", "extract --help"]),
    (["no-such-command"], ["no-such-command", "root --help)"]),
    (["extract", "--workers", "many", "STORY"], ["--workers", "extract --help"]),
    (["show"], ["STORY", "show --help"]),
    (["extract", "STORY", "-o"], ["-o", "--help)"]),
])
def test_usage_errors_are_one_line(story: Path, args: list[str], words: list[str]) -> None:
    """Errors the option parser finds look like quotetool's own: one line, exit 2, no panel."""
    result = run(*[str(story) if a == "STORY" else a for a in args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_one_error_line(result, *words)
    assert "╭" not in result.stderr and "Usage:" not in result.stderr


def test_no_arguments_print_the_help() -> None:
    result = run()
    assert result.exit_code == 2
    assert "extract" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"quotetool {quotetool.__version__}"
    assert result.stderr == ""


# -- the real thing -----------------------------------------------------------------------

def test_subprocess_smoke() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotetool", "extract", "samples/obama-putin.txt", "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert_valid(data)
    assert data["id"] == "samples/obama-putin.txt"
    assert "Josh Earnest" in [s["name"] for s in data["speakers"]]
    text = (ROOT / "samples/obama-putin.txt").read_text(encoding="utf-8")
    for q in data["quotes"]:
        assert " ".join(text[s:e] for s, e in q["spans"]) == q["text"]


def test_subprocess_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``quotetool extract ... | head -1``: no traceback, no error when the reader goes away."""
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": STORY}) + "\n" for i in range(400)),
                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotetool", "extract", "-f", "jsonl", str(corpus)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=60)
    assert json.loads(first)["id"] == "d0"
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert code == 0, stderr


def test_schema_is_valid_draft_2020_12() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_include_text_adds_the_indexed_text(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("“We will rebuild the pier,” Mayor Ana Ruiz said.\n", "utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "--format", "json", "--include-text"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["text"] == story.read_text("utf-8")
    quote = doc["quotes"][0]
    assert doc["text"][quote["start"] : quote["end"]] == quote["text"]
    assert "text" not in json.loads(CliRunner().invoke(app, ["extract", str(story), "--format", "json"]).stdout)


@pytest.mark.parametrize("command", ["extract", "speakers", "show"])
def test_unknown_encoding_is_a_usage_error(tmp_path, command: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text("“We will rebuild,” Ana Ruiz said.\n", "utf-8")
    result = CliRunner().invoke(app, [command, str(story), "--encoding", "klingon"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown encoding 'klingon'" in result.stderr


def test_utf16_without_bom_reads_with_its_encoding(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes("“We will rebuild,” Ana Ruiz said.\n".encode("utf-16-le"))
    assert CliRunner().invoke(app, ["extract", str(story)]).exit_code == 1  # NUL bytes: looks binary
    result = CliRunner().invoke(app, ["extract", str(story), "--encoding", "utf-16-le", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["quotes"][0]["speaker"] == "Ana Ruiz"


def test_a_non_string_corpus_id_is_written_as_json(tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": {"k": 1}, "text": "“We will rebuild,” Ana Ruiz said."}) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert json.loads(result.stdout)["id"] == '{"k": 1}'
