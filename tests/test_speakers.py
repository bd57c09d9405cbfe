"""`quotetool speakers`: who said what, one row per speaker, as a table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

import quotetool
from quotetool.cli import app
from quotetool.speakers import first_words, speaker_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "obama-putin.txt"
TEXT = SAMPLE.read_text("utf-8")

runner = CliRunner()


def test_josh_earnest_has_four_quotes_two_direct_two_mixed() -> None:
    rows = speaker_rows(quotetool.extract(TEXT))
    earnest = rows[0]  # most quotes first
    assert earnest.name == "Josh Earnest" and earnest.kind == "person"
    assert earnest.titles == ("press secretary",)
    assert earnest.mentions == ("press secretary Josh Earnest", "Earnest", "The spokesman")
    assert earnest.counts() == {"direct": 2, "mixed": 2, "indirect": 0}
    assert [q.id for q in earnest.quotes] == [2, 4, 7, 8]
    assert earnest.quotes[0].first_words == "It is clear he is interested in the …"
    assert {r.name for r in rows[1:]} == {"the White House", "The Kremlin", "Vladimir Putin",
                                          "Obama administration officials", "Bloomberg", "defense officials"}


def test_unattributed_quotes_get_a_row_of_their_own() -> None:
    text = ("Crowds gathered at the pier on Sunday.\n\n"
            "“We have waited for this bridge for thirty long years and we will not wait any longer.”\n")
    rows = speaker_rows(quotetool.extract(text))
    assert [(r.name, len(r.quotes)) for r in rows] == [(None, 1)]


def test_first_words() -> None:
    assert first_words("one two three", 5) == "one two three"
    assert first_words("one  two\nthree four", 2) == "one two …"


def test_cli_table() -> None:
    result = runner.invoke(app, ["speakers", str(SAMPLE), "--format", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Josh Earnest" in out and "2 direct" in out and "2 mixed" in out and "“The spokesman”" in out
    assert "#7 President Obama will make clear once against that …" in out


def test_cli_json() -> None:
    result = runner.invoke(app, ["speakers", str(SAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == str(SAMPLE)
    earnest = data["speakers"][0]
    assert earnest["name"] == "Josh Earnest" and earnest["quote_count"] == 4
    assert earnest["by_type"] == {"direct": 2, "mixed": 2, "indirect": 0}
    assert [q["type"] for q in earnest["quotes"]] == ["direct", "mixed", "direct", "mixed"]


def test_cli_several_stories_jsonl_by_default() -> None:
    other = ROOT / "samples" / "council-vote.txt"
    result = runner.invoke(app, ["speakers", str(SAMPLE), str(other)])
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [str(SAMPLE), str(other)]


def test_cli_csv() -> None:
    result = runner.invoke(app, ["speakers", str(SAMPLE), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    earnest = rows[0]
    assert (earnest["speaker"], earnest["quotes"], earnest["direct"], earnest["mixed"]) == ("Josh Earnest", "4", "2",
                                                                                          "2")
    assert earnest["quote_ids"] == "2;4;7;8" and earnest["titles"] == "press secretary"


def test_cli_a_missing_input_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    result = runner.invoke(app, ["speakers", str(tmp_path / "nope.txt"), str(SAMPLE), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr == f"quotetool: {tmp_path / 'nope.txt'}: no such file\n"
    assert json.loads(result.stdout)["id"] == str(SAMPLE)


def test_cli_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["speakers", str(SAMPLE), "--format", "xml"])
    assert result.exit_code == 2 and "unknown format 'xml'" in result.stderr
