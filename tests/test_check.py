"""`quotetool check`: verbatim / close / not_found words, match / other / unattributed /
paraphrase speakers, exit codes, JSON fields and claims files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import quotetool
from quotetool.check import Claim, check_claim, fold, parse_claims, speaker_matches
from quotetool.cli import app
from quotetool.inputs import Failure

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "obama-putin.txt"
TEXT = SAMPLE.read_text("utf-8")

LOSING_BET = ("President Obama will make clear once against that Russia doubling down on their support for the "
              "Assad regime is a losing bet")
# two words changed: Assad → Syrian, losing → bad
MISQUOTE = ("President Obama will make clear once against that Russia doubling down on their support for the "
            "Syrian regime is a bad bet")
INVENTED = "The president will travel to Moscow in the spring to sign a new trade agreement with Russia."

runner = CliRunner()


@pytest.fixture(scope="module")
def doc() -> quotetool.Document:
    return quotetool.extract(TEXT, doc_id=str(SAMPLE))


def run_check(*args: str):
    return runner.invoke(app, ["check", str(SAMPLE), *args])


# -- the verdicts on the seed story -----------------------------------------------------------

def test_verbatim_and_the_speaker_matches(doc) -> None:
    r = check_claim(TEXT, doc, Claim(LOSING_BET, "Earnest"))
    assert (r.words, r.similarity, r.diff) == ("verbatim", 1.0, ())
    assert (r.speaker_verdict, r.attributed_to, r.ok) == ("match", "Josh Earnest", True)
    assert r.quote is not None and r.quote.type == "direct"
    assert TEXT[r.start:r.end] == r.passage == LOSING_BET


@pytest.mark.parametrize("name", ["Earnest", "Josh Earnest", "the press secretary", "The spokesman", "Mr. Earnest",
                                  "press secretary Josh Earnest", "White House press secretary Josh Earnest"])
def test_every_way_of_naming_the_speaker_matches(doc, name: str) -> None:
    assert check_claim(TEXT, doc, Claim(LOSING_BET, name)).speaker_verdict == "match"


def test_another_speaker_is_other_and_names_who_said_it(doc) -> None:
    r = check_claim(TEXT, doc, Claim(LOSING_BET, "Putin"))
    assert (r.words, r.speaker_verdict, r.attributed_to) == ("verbatim", "other", "Josh Earnest")
    assert r.claimed_speaker_in_story == "Vladimir Putin"
    assert not r.ok


def test_two_changed_words_are_close_with_both_words_in_the_diff(doc) -> None:
    r = check_claim(TEXT, doc, Claim(MISQUOTE, "Earnest"))
    assert r.words == "close" and 0.75 <= r.similarity < 1
    assert [c.to_dict() for c in r.diff] == [{"op": "changed", "story": "Assad", "claim": "Syrian"},
                                             {"op": "changed", "story": "losing", "claim": "bad"}]
    assert r.quote is not None and r.quote.id == 7 and not r.ok


def test_an_invented_sentence_is_not_found(doc) -> None:
    r = check_claim(TEXT, doc, Claim(INVENTED, "Earnest"))
    assert r.words == "not_found" and r.similarity < 0.75
    assert (r.quote, r.start, r.speaker_verdict, r.ok) == (None, None, None, False)


def test_quote_marks_dashes_whitespace_and_case_do_not_matter(doc) -> None:
    claim = "“It is clear  he is interested in the attention of the LEADER of the United States of America\n" \
            "and given the lengthy list of concerns we have about Russia's conduct ... a face to face sit-down”"
    r = check_claim(TEXT, doc, Claim(claim))
    assert r.words == "verbatim" and r.quote is not None and r.quote.id == 2


def test_added_and_dropped_words(doc) -> None:
    r = check_claim(TEXT, doc, Claim("It is clear he is interested in the attention of the leader of the United "
                                     "States and given the very lengthy list of concerns"))
    assert r.words == "close"
    assert [c.to_dict() for c in r.diff] == [{"op": "dropped", "story": "of America", "claim": None},
                                             {"op": "added", "story": None, "claim": "very"}]


def test_words_of_an_indirect_quote_are_a_paraphrase(doc) -> None:
    r = check_claim(TEXT, doc, Claim("the buildup is related to a military campaign against ISIS", "Putin"))
    assert (r.words, r.speaker_verdict, r.paraphrase) == ("verbatim", "paraphrase", True)
    assert not r.ok


def test_the_quoted_phrase_of_a_mixed_quote_is_direct_and_the_rest_a_paraphrase(doc) -> None:
    r = check_claim(TEXT, doc, Claim("the top item", "Earnest"))
    assert (r.speaker_verdict, r.paraphrase, r.quote.type) == ("match", False, "mixed")
    r = check_claim(TEXT, doc, Claim("Obama will be looking for signs Russia is ready", "Earnest"))
    assert (r.speaker_verdict, r.paraphrase) == ("paraphrase", True)


def test_words_outside_every_quote_are_unattributed(doc) -> None:
    r = check_claim(TEXT, doc, Claim("Obama and Putin have not met in person for close to a year", "Putin"))
    assert (r.words, r.quote, r.speaker_verdict, r.attributed_to) == ("verbatim", None, "unattributed", None)


def test_a_quote_with_no_speaker_is_unattributed() -> None:
    text = ("Crowds gathered at the pier on Sunday.\n\n"
            "“We have waited for this bridge for thirty long years and we will not wait any longer.”\n")
    doc = quotetool.extract(text)
    assert doc.quotes[0].speaker is None
    r = check_claim(text, doc, Claim("we will not wait any longer", "Ana Ruiz"))
    assert (r.words, r.quote.id, r.speaker_verdict, r.attributed_to) == ("verbatim", 1, "unattributed", None)


def test_offsets_of_a_split_quote_point_into_the_story() -> None:
    text = "“We will rebuild the pier,” Mayor Ana Ruiz said, “and we will do it this year.”"
    doc = quotetool.extract(text)
    r = check_claim(text, doc, Claim("we will do it this year", "Ruiz"))
    assert r.words == "verbatim" and r.speaker_verdict == "match"
    assert text[r.start:r.end] == "we will do it this year"


def test_fold_keeps_offsets_into_the_original() -> None:
    text = "A  “losing—bet”"
    f = fold(text)
    assert f.text == "a losing bet"
    assert [text[i] for i in f.source] == list("A “losing—bet".replace("“", "").replace("  ", " "))
    assert f.span(2, 8) == (4, 10) and text[4:10] == "losing"


def test_speaker_matching_is_not_fooled_by_another_surname() -> None:
    doc = quotetool.extract("“We will rebuild,” Mayor Ana Ruiz said.")
    ruiz = doc.speakers[0]
    assert speaker_matches("Ruiz", ruiz) and speaker_matches("Mayor Ruiz", ruiz) and speaker_matches("ana ruiz", ruiz)
    assert not speaker_matches("Carlos Ruiz", ruiz)
    assert not speaker_matches("Hugh Carter", ruiz)


def test_parse_claims_reports_bad_lines_and_keeps_going() -> None:
    text = ('{"quote": "a losing bet", "speaker": "Earnest"}\n\nnot json\n{"speaker": "X"}\n{"quote": "..."}\n'
            '{"quote": "x", "speaker": 3}\n{"quote": "the top item"}\n')
    out = list(parse_claims(text, "claims.jsonl"))
    assert out[0] == Claim("a losing bet", "Earnest") and out[-1] == Claim("the top item", None)
    assert [(f.line, f.message) for f in out if isinstance(f, Failure)] == [
        (3, "not JSON (Expecting value, column 1)"),
        (4, 'no "quote" text; each line needs {"quote": ..., "speaker": ...}'),
        (5, '"quote" has no words to look for'),
        (6, '"speaker" is not a string')]


# -- the command ------------------------------------------------------------------------------

def test_cli_verbatim_match_exits_0() -> None:
    result = run_check("--quote", LOSING_BET, "--speaker", "Earnest", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["words"] == "verbatim" and data["similarity"] == 1.0 and data["diff"] == []
    assert data["speaker_verdict"] == "match" and data["attributed_to"] == "Josh Earnest"
    assert data["quote"]["id"] == 7 and data["quote"]["speaker"] == "Josh Earnest"
    assert TEXT[data["start"]:data["end"]] == LOSING_BET
    assert TEXT[data["quote"]["start"]:data["quote"]["end"]] == data["quote"]["text"]
    assert data["ok"] is True


def test_cli_other_speaker_exits_1_and_names_the_speaker() -> None:
    result = run_check("--quote", LOSING_BET, "--speaker", "Putin", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["words"], data["speaker_verdict"], data["attributed_to"]) == ("verbatim", "other", "Josh Earnest")


def test_cli_misquote_exits_1_with_the_diff() -> None:
    result = run_check("--quote", MISQUOTE, "--speaker", "Earnest", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["words"] == "close" and 0.75 <= data["similarity"] < 1
    assert {(c["story"], c["claim"]) for c in data["diff"]} == {("Assad", "Syrian"), ("losing", "bad")}


def test_cli_invented_sentence_exits_1() -> None:
    result = run_check("--quote", INVENTED, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["words"] == "not_found" and data["quote"] is None


def test_cli_verbatim_without_a_speaker_exits_0() -> None:
    assert run_check("--quote", "a losing bet", "--format", "json").exit_code == 0


def test_cli_text_verdict_for_people() -> None:
    result = run_check("--quote", MISQUOTE, "--speaker", "Putin", "--format", "text", "--explain")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("NOT CONFIRMED: words close (similarity 0.9")
    assert "speaker is someone else: Josh Earnest" in out
    assert "changed: story “Assad” → claim “Syrian”" in out and "changed: story “losing” → claim “bad”" in out
    assert "why: alias" in out
    assert "\x1b[" not in out


def test_cli_include_text_adds_the_story() -> None:
    data = json.loads(run_check("--quote", "a losing bet", "--format", "json", "--include-text").stdout)
    assert data["text"] == TEXT


def test_cli_claims_file(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join(json.dumps(c) for c in [{"quote": LOSING_BET, "speaker": "Earnest"},
                                                         {"quote": MISQUOTE, "speaker": "Earnest"},
                                                         {"quote": INVENTED}]) + "\n", encoding="utf-8")
    result = run_check("--claims", str(claims))
    assert result.exit_code == 1, result.stderr  # not every claim is confirmed
    lines = [json.loads(x) for x in result.stdout.splitlines()]  # jsonl: the default for a claims file
    assert [d["words"] for d in lines] == ["verbatim", "close", "not_found"]
    assert [d["ok"] for d in lines] == [True, False, False]
    result = run_check("--claims", str(claims), "--format", "json")
    assert [d["words"] for d in json.loads(result.stdout)] == ["verbatim", "close", "not_found"]


def test_cli_claims_file_all_confirmed_exits_0(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"quote": LOSING_BET, "speaker": "Josh Earnest"}) + "\n"
                      + json.dumps({"quote": "the top item"}) + "\n", encoding="utf-8")
    result = run_check("--claims", str(claims), "--format", "text")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.count("OK: verbatim") == 2


def test_cli_bad_claims_line_is_one_error_and_exit_1(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"quote": LOSING_BET}) + "\n{oops\n", encoding="utf-8")
    result = run_check("--claims", str(claims))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"quotetool: {claims}:2: not JSON (Expecting property name enclosed in " \
                                    "double quotes, column 2)"
    assert json.loads(result.stdout)["words"] == "verbatim"


@pytest.mark.parametrize("args, words", [
    ([], "--quote TEXT"),
    (["--quote", "x", "--claims", "c.jsonl"], "--quote TEXT"),
    (["--claims", "c.jsonl", "--speaker", "X"], "--speaker goes with --quote"),
    (["--quote", "  "], "--quote has no words"),
    (["--quote", "“…”"], "--quote has no words"),
    (["--quote", "x", "--format", "yaml"], "unknown format"),
])
def test_cli_usage_errors_exit_2(args: list[str], words: str) -> None:
    result = run_check(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("quotetool: ") and words in result.stderr and "Traceback" not in result.stderr


def test_cli_missing_story_exits_1() -> None:
    result = runner.invoke(app, ["check", "no-such-story.txt", "--quote", "x"])
    assert result.exit_code == 1
    assert result.stderr == "quotetool: no-such-story.txt: no such file\n"


# -- any text ---------------------------------------------------------------------------------

# Stories and claims made of pieces that stress the matcher: quote marks, dashes, blanks, words.
PIECES = st.sampled_from(list("abc XYZ.,;:!?'\"“”‘’«»—–-…\n\t0") + ["said", "Ruiz", " “", "” ", "\n\n"])


def story_text(max_pieces: int, min_pieces: int = 0) -> st.SearchStrategy[str]:
    return st.lists(PIECES, min_size=min_pieces, max_size=max_pieces).map("".join)


@given(text=story_text(120), claim=story_text(30), speaker=st.one_of(st.none(), story_text(5)))
def test_any_claim_on_any_story(text: str, claim: str, speaker: str | None) -> None:
    doc = quotetool.extract(text)
    r = check_claim(text, doc, Claim(claim, speaker))
    assert r.words in ("verbatim", "close", "not_found") and 0 <= r.similarity <= 1
    if r.words == "not_found":
        assert r.start is None and r.quote is None
    else:
        assert r.start is not None and r.end is not None and 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.passage
    assert r.ok == (r.words == "verbatim" and (speaker is None or r.speaker_verdict == "match"))


@given(text=story_text(120, 1), data=st.data())
def test_a_piece_of_the_story_is_found_verbatim(text: str, data: st.DataObject) -> None:
    words = [m for m in regex.finditer(r"[a-zA-Z0-9]+", text)]
    if not words:
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, len(words) - 1))
    claim = text[words[i].start():words[j].end()]
    r = check_claim(text, quotetool.extract(text), Claim(claim))
    assert r.words == "verbatim", (text, claim)


def test_subprocess_smoke() -> None:
    import subprocess
    import sys

    ok = subprocess.run([sys.executable, "-m", "quotetool", "check", str(SAMPLE), "--quote", "a losing bet",
                         "--speaker", "Earnest", "--format", "text"], capture_output=True, text=True, timeout=120)
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.startswith("OK: verbatim, said by Josh Earnest\n")
    other = subprocess.run([sys.executable, "-m", "quotetool", "check", str(SAMPLE), "--quote", "a losing bet",
                            "--speaker", "Putin"], capture_output=True, text=True, timeout=120)
    assert other.returncode == 1 and json.loads(other.stdout)["speaker_verdict"] == "other"
