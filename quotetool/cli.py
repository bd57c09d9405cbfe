"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer
from rich.console import Console

from . import __version__
from .config import QUOTE_TYPES, Config
from .errors import QuotetoolError
from .inputs import Failure, iter_items
from .pipeline import extract as extract_document
from .render import FORMATS, csv_header, csv_rows, dumps_pretty, table, to_json_line

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what: find quotations in news text, with speakers, cues and offsets.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _err(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"quotetool: {message}", file=sys.stderr)


def _version(value: bool) -> None:
    if value:
        print(f"quotetool {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """quotetool finds every quotation in a story and says who said it."""


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, metavar="[INPUT]...",
                                       help="Text files, .jsonl corpora ({id, text} a line), or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="table, json, jsonl or csv. Default: table on a terminal, "
                                           "json for one input, jsonl for several."),
    types: str = typer.Option(",".join(QUOTE_TYPES), "--type", "-t",
                              help="Quote types to keep, comma-separated: direct,mixed,indirect."),
    cues: str = typer.Option("speech", "--cues", help="speech (said, told, according to) or all (also "
                                                      "believes, wants, expects)."),
    explain: bool = typer.Option(False, "--explain", "-e", help="Show why each speaker was chosen."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of text inputs."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """Extract quotations and their speakers.

    Examples:

      quotetool extract samples/obama-putin.txt

      quotetool extract --format json story.txt | jq '.quotes[] | {speaker, text}'

      quotetool extract --format jsonl corpus.jsonl > quotes.jsonl
    """
    paths = inputs or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        _err("no input: give a file, a .jsonl corpus, or pipe text to stdin (see quotetool extract --help)")
        raise typer.Exit(EXIT_USAGE)
    try:
        config = Config(types=tuple(t.strip() for t in types.split(",") if t.strip()), cues=cues, explain=explain)
    except QuotetoolError as e:
        _err(f"{e} (see quotetool extract --help)")
        raise typer.Exit(EXIT_USAGE)
    several = len(paths) > 1 or any(p.endswith(".jsonl") for p in paths)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else ("jsonl" if several else "json")
    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        failed = _run(paths, fmt, config, encoding)
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
        raise typer.Exit(EXIT_OK)
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if debug:
            raise
        _err(f"internal error: {type(e).__name__}: {e} (rerun with --debug and report it)")
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


def _run(paths: list[str], fmt: str, config: Config, encoding: str) -> int:
    """Process every input in order; returns how many failed."""
    failed = 0
    out = sys.stdout
    console = Console(highlight=False)
    pretty = []
    if fmt == "csv":
        csv_header(out)
    for item in iter_items(paths, encoding):
        if isinstance(item, Failure):
            failed += 1
            _err(item.describe())
            continue
        if not item.text.strip():
            _err(f"{item.id}: empty input, no quotes")
        doc = extract_document(item.text, config, item.id)
        if fmt == "jsonl":
            out.write(to_json_line(doc, config.explain) + "\n")
        elif fmt == "csv":
            csv_rows(doc, out)
        elif fmt == "table":
            table(doc, console, config.explain)
        else:
            pretty.append(doc)
    if fmt == "json" and pretty:
        out.write(dumps_pretty(pretty, config.explain) + "\n")
    out.flush()
    return failed


def _quiet_broken_pipe() -> None:
    # The reader went away (| head): stop writing, say nothing.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    """Console entry point."""
    app()
