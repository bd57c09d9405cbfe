"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, suppress
from typing import IO, Any, Callable, Optional, cast

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .config import QUOTE_TYPES, Config
from .errors import QuotetoolError
from .html_input import article_items
from .inputs import Failure, iter_items
from .pipeline import extract as extract_document
from .batch import CHUNKS_PER_WORKER, Result, Submit, default_workers, extract_many
from .inputs import DEFAULT_GLOB, INPUT_FORMATS, Item, check_encoding, is_corpus, total_bytes
from .outputs import FileOutput, Output, StdoutOutput, check_writable, completed_ids
from .progress import BatchProgress
from .render import FORMATS, StreamWriter, count

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

class _OneLineErrors(TyperGroup):
    """Typer's group, but a usage error (an unknown option, command or value) is one line on
    stderr and exit 2, like every other error of quotetool's, not a boxed panel.

    Typer raises click's exception classes or, from 0.29, those of its own copy of click; both
    have `format_message()` and `exit_code`, so they are told apart by that, as Typer does."""

    def main(self, args: Optional[Sequence[str]] = None, prog_name: Optional[str] = None,
             complete_var: Optional[str] = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.Abort:
            _err("interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except Exception as e:
            if not (hasattr(e, "format_message") and hasattr(e, "exit_code")):
                raise
            if type(e).__name__ == "NoArgsIsHelpError":
                sys.exit(EXIT_USAGE)  # the help is printed already
            ctx = getattr(e, "ctx", None)
            where = f" (see {ctx.command_path if ctx is not None else 'quotetool'} --help)"
            _err(f"{e.format_message().rstrip('.')}{where}")
            sys.exit(e.exit_code)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


app = typer.Typer(
    cls=_OneLineErrors,
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
                                       help="Text files, directories (searched recursively with --glob), .jsonl or "
                                            ".jsonl.gz corpora ({id, text} a line), .html pages (needs the html "
                                            "extra), or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="table, json, jsonl or csv. Default: from the --output extension, else "
                                           "table on a terminal, json for one input, jsonl for several."),
    types: str = typer.Option(",".join(QUOTE_TYPES), "--type", "-t",
                              help="Quote types to keep, comma-separated: direct,mixed,indirect."),
    cues: str = typer.Option("speech", "--cues", help="speech (said, told, according to) or all (also "
                                                      "believes, wants, expects)."),
    explain: bool = typer.Option(False, "--explain", "-e", help="Show why each speaker was chosen."),
    include_text: bool = typer.Option(False, "--include-text", help="Add each document's text to the JSON (the "
                                                                    "offsets index it; for HTML, the extracted article)."),
    style: str = typer.Option("auto", "--style", help="news (a quote-only paragraph continues the last "
                                                      "speaker), fiction (it is the other party's reply) or "
                                                      "auto (fiction for hard-wrapped text and for text with few "
                                                      "numbers, news words and names; --explain says why)."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of text inputs."),
    glob: str = typer.Option(DEFAULT_GLOB, "--glob", help="Which files of a directory input to read, matched "
                                                          "against file names (e.g. '*.jsonl')."),
    input_format: str = typer.Option("auto", "--input-format",
                                      help="auto (.jsonl and .jsonl.gz files are corpora, the rest text), text, or "
                                           "jsonl (every input, stdin too, is a corpus)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Processes to extract with. Default: all cores; 1 runs in this "
                                               "process."),
    output: Optional[str] = typer.Option(None, "--output", "-o",
                                         help="Write to this file instead of stdout: replaced only when the run "
                                              "is complete (jsonl: appended a document at a time)."),
    resume: bool = typer.Option(False, "--resume", help="With --output FILE.jsonl: skip the ids already in FILE "
                                                        "and append the rest."),
    errors: Optional[str] = typer.Option(None, "--errors", help="Write each failure here as one JSON line "
                                                                "(id, input, line, message) instead of stderr."),
    dask: Optional[str] = typer.Option(None, "--dask-scheduler", "--dask", metavar="ADDRESS",
                                       help="Run on a Dask cluster: a scheduler address (tcp://HOST:8786), or "
                                            "'local' for a cluster of --workers processes on this machine."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """Extract quotations and their speakers.

    Examples:

      quotetool extract samples/obama-putin.txt

      quotetool extract --format json story.txt | jq '.quotes[] | {speaker, text}'

      quotetool extract --format jsonl corpus.jsonl > quotes.jsonl

      quotetool extract news/ --glob '*.txt' --output quotes.jsonl --errors failed.jsonl --resume
    """
    paths = inputs or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        _err("no input: give a file, a .jsonl corpus, or pipe text to stdin (see quotetool extract --help)")
        raise typer.Exit(EXIT_USAGE)
    _known_encoding(encoding, "extract")
    try:
        config = Config(types=tuple(t.strip() for t in types.split(",") if t.strip()), cues=cues, explain=explain,
                        style=style, include_text=include_text)
    except QuotetoolError as e:
        _err(f"{e} (see quotetool extract --help)")
        raise typer.Exit(EXIT_USAGE)
    if input_format not in INPUT_FORMATS:
        _err(f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    several = _several(paths) or input_format == "jsonl"
    if fmt is None:
        by_extension = {".jsonl": "jsonl", ".json": "json", ".csv": "csv"}
        fmt = by_extension.get(os.path.splitext(output)[1].lower()) if output else None
        if fmt is None:
            fmt = "table" if sys.stdout.isatty() and not output else ("jsonl" if several else "json")
    if fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    if resume and (output is None or fmt != "jsonl"):
        _err("--resume needs --output FILE with --format jsonl (it skips the ids already in FILE)")
        raise typer.Exit(EXIT_USAGE)
    if output and errors and os.path.abspath(output) == os.path.abspath(errors):
        _err(f"--output and --errors are the same file ({output}); give two files")
        raise typer.Exit(EXIT_USAGE)
    if output and any(p != "-" and os.path.exists(p) and os.path.exists(output) and os.path.samefile(p, output)
                      for p in paths):
        _err(f"{output}: is also an input; write the output to another file")
        raise typer.Exit(EXIT_USAGE)
    try:
        if dask:
            from .dask import require

            require()
        done = completed_ids(output) if resume and output else Counter[str]()
        out: Output = FileOutput(output, lines=fmt == "jsonl", resume=resume) if output else StdoutOutput()
        errs = FileOutput(errors, lines=True) if errors else None
    except QuotetoolError as e:
        _err(str(e))
        raise typer.Exit(EXIT_USAGE)
    job = _Job(paths, fmt, config, encoding, glob, input_format, workers, dask, debug, out, errs, done)
    _guarded(debug, lambda: EXIT_INPUT_FAILED if job.run() else EXIT_OK,
             interrupted=lambda: f"interrupted after {job.docs:,} documents")


class _Job:
    """One ``extract`` run over every input: read, extract (here, in a pool or on a cluster),
    write in input order, report failures, show progress and the summary."""

    def __init__(self, paths: list[str], fmt: str, config: Config, encoding: str, glob: str, input_format: str,
                 workers: int | None, dask: str | None, debug: bool, out: Output, errs: FileOutput | None,
                 done: Counter[str]) -> None:
        self.paths, self.fmt, self.config, self.encoding = paths, fmt, config, encoding
        self.glob, self.input_format, self.dask, self.debug = glob, input_format, dask, debug
        self.workers = workers or default_workers()
        self.out, self.errs, self.done = out, errs, done
        self.live = out.isatty()  # someone reads along: show each document as it comes
        self.docs = self.quotes = self.failed = self.skipped = 0

    def run(self) -> int:
        """Process every input in order; returns how many failed."""
        started = time.perf_counter()
        outputs = [o for o in (self.out, self.errs) if o is not None]
        try:
            with ExitStack() as stack:
                submit, inflight = None, None
                if self.dask:
                    from .dask import connect

                    submit, threads = stack.enter_context(connect(self.dask, self.workers))
                    inflight = CHUNKS_PER_WORKER * threads
                self._run(submit, inflight)
            for o in outputs:
                o.commit()  # a json/csv file takes its place only now
        except BaseException:
            for o in outputs:
                o.abort()
            raise
        if self.summary:
            self._summarize(time.perf_counter() - started)
        return self.failed

    @property
    def summary(self) -> bool:
        """A summary line when someone watches stderr, or when stdout carries no data."""
        return sys.stderr.isatty() or isinstance(self.out, FileOutput) or self.errs is not None

    def _run(self, submit: Submit | None, inflight: int | None) -> None:
        to_tty = self.fmt == "table" and isinstance(self.out, StdoutOutput)
        writer = StreamWriter(self.fmt, self.out, self.config.explain,
                              Console(highlight=False) if to_tty else Console(file=cast(IO[str], self.out), highlight=False))
        watch = sys.stderr.isatty() and not (isinstance(self.out, StdoutOutput) and sys.stdout.isatty())
        total = total_bytes(self.paths, self.glob) if watch else None
        with BatchProgress(total, watch) as progress:
            # HTML pages become their article text here (quotetool/html_input.py)
            entries = self._not_done(article_items(iter_items(self.paths, self.encoding, glob=self.glob,
                                                              input_format=self.input_format)), progress)
            results = extract_many(entries, self.config, self.fmt, workers=self.workers, submit=submit,
                                   inflight=inflight, debug=self.debug)
            writer.start()
            try:
                for r in results:
                    self._take(r, writer)
                    progress.advance(1, r.nbytes)
            except BrokenPipeError:
                raise
            except BaseException:
                results.close()  # stop the pool or the cluster's work first
                with suppress(OSError):
                    writer.finish()  # what was written stays valid (a json list is closed)
                raise
            finally:
                results.close()
            writer.finish()

    def _not_done(self, entries: Iterator[Item | Failure], progress: BatchProgress) -> Iterator[Item | Failure]:
        # --resume: an id written n times already is skipped the first n times it comes.
        for entry in entries:
            if isinstance(entry, Item) and self.done[entry.id] > 0:
                self.done[entry.id] -= 1
                self.skipped += 1
                progress.advance(0, entry.nbytes)
                continue
            yield entry

    def _take(self, r: Result | Failure, writer: StreamWriter) -> None:
        if isinstance(r, Failure):
            self.failed += 1
            if self.errs is not None:
                self.errs.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            else:
                _err(r.describe())
            return
        if r.warning:
            _err(f"{r.source}:{r.line}: {r.warning}")
        if r.empty:
            _err(f"{r.id}: empty input, no quotes")
        self.docs += 1  # counted first: once handed over, the document is written even if Ctrl-C comes
        self.quotes += r.quotes
        writer.add(r.output)
        if self.live:
            self.out.flush()

    def _summarize(self, seconds: float) -> None:
        failures = count(self.failed, "failure") + (f" (in {self.errs.name})" if self.errs and self.failed else "")
        skipped = f", {self.skipped:,} skipped (already in {self.out.name})" if self.skipped else ""
        _err(f"{count(self.docs, 'document')}, {count(self.quotes, 'quote')}, {failures}{skipped} in {seconds:.1f} s")


def _quiet_broken_pipe() -> None:
    # The reader went away (| head): stop writing, say nothing.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# -- fact-checking: check, speakers, show ------------------------------------------------------
# Imports stay inside the commands so `quotetool extract` does not load rapidfuzz or trafilatura.

CHECK_FORMATS = ("text", "json", "jsonl")
SPEAKERS_FORMATS = ("table", "json", "jsonl", "csv")
SHOW_FORMATS = ("text", "html")


def _guarded(debug: bool, work: Callable[[], int], interrupted: Callable[[], str] = lambda: "interrupted") -> None:
    """Run a command's work and exit with its code; an interrupt, a closed pipe, an error of
    quotetool's own (an output that cannot be written, a cluster out of reach) or an unexpected
    error becomes its exit code and one line on stderr (a traceback with --debug)."""
    try:
        code = work()
    except KeyboardInterrupt:
        _err(interrupted())
        raise typer.Exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
        raise typer.Exit(EXIT_OK)
    except QuotetoolError as e:
        _err(str(e))
        raise typer.Exit(EXIT_INPUT_FAILED)
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if debug:
            raise
        _err(f"internal error: {type(e).__name__}: {e} (rerun with --debug and report it)")
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(code)


def _several(paths: list[str]) -> bool:
    """More than one document may come: several inputs, a corpus, or a directory."""
    return len(paths) > 1 or any(is_corpus(p) or (p != "-" and os.path.isdir(p)) for p in paths)


def _known_encoding(encoding: str, command: str) -> None:
    """An unknown --encoding is a usage error (exit 2), said once, before any input is read."""
    try:
        check_encoding(encoding)
    except QuotetoolError as e:
        _err(f"{e} (see quotetool {command} --help)")
        raise typer.Exit(EXIT_USAGE)


def _usage(message: str, command: str) -> None:
    _err(f"{message} (see quotetool {command} --help)")
    raise typer.Exit(EXIT_USAGE)


def _read_story(path: str, encoding: str) -> str | None:
    """The text of one story (an HTML page becomes its article text); None after one error line."""
    from .html_input import story_text
    from .inputs import read_text

    try:
        text = story_text(path, read_text(path, encoding))
    except QuotetoolError as e:
        _err(str(e))
        return None
    if not text.strip():
        _err(f"{path}: empty input, no quotes")
    return text


@app.command()
def check(
    story: str = typer.Argument(..., metavar="STORY", help="The story: a text or HTML file, or - for stdin."),
    quote: Optional[str] = typer.Option(None, "--quote", "-q", help="The claimed words."),
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s",
                                          help="Who is claimed to have said them (a name, surname or title)."),
    claims: Optional[str] = typer.Option(None, "--claims", "-c",
                                         help='Several claims: a .jsonl file, one {"quote": ..., "speaker": ...} '
                                              "a line."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text, json or jsonl. Default: text on a terminal, otherwise json "
                                           "(jsonl for a claims file)."),
    explain: bool = typer.Option(False, "--explain", "-e", help="Show why the quote's speaker was chosen."),
    include_text: bool = typer.Option(False, "--include-text",
                                      help="Add the story text that the offsets refer to (JSON)."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of the story and the claims file."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """Check a claimed quote against a story: are these the words, and did this speaker say them?

    Words: verbatim, close (similarity and word diff) or not_found. Speaker: match, other,
    unattributed or paraphrase. Exit 0 when verbatim and the speaker (if given) matches, else 1.

    Examples:

      quotetool check samples/obama-putin.txt --quote "the Assad regime is a losing bet" --speaker Earnest

      quotetool check story.txt --claims claims.jsonl --format jsonl
    """
    if (quote is None) == (claims is None):
        _usage("give the claimed words with --quote TEXT, or a claims file with --claims FILE", "check")
    if claims is not None and speaker is not None:
        _usage('--speaker goes with --quote; in a claims file give "speaker" on each line', "check")
    if quote is not None:
        from .check import has_words

        if not has_words(quote):
            _usage("--quote has no words to look for", "check")
    if story == "-" and sys.stdin.isatty():
        _usage("no story: give a file, or pipe text to stdin", "check")
    if fmt is None:
        fmt = "text" if sys.stdout.isatty() else ("jsonl" if claims is not None else "json")
    if fmt not in CHECK_FORMATS:
        _usage(f"unknown format {fmt!r}; use one of {', '.join(CHECK_FORMATS)}", "check")
    _known_encoding(encoding, "check")

    def work() -> int:
        from .check import Claim, check_claim, parse_claims
        from .inputs import read_text

        text = _read_story(story, encoding)
        if text is None:
            return EXIT_INPUT_FAILED
        failed = 0
        todo: list[Claim] = []
        if quote is not None:
            todo.append(Claim(quote, speaker or None))
        else:
            assert claims is not None
            try:
                lines = read_text(claims, encoding)
            except QuotetoolError as e:
                _err(str(e))
                return EXIT_INPUT_FAILED
            for c in parse_claims(lines, claims):
                if isinstance(c, Failure):
                    failed += 1
                    _err(c.describe())
                else:
                    todo.append(c)
        doc = extract_document(text, Config(explain=explain), story)
        results = [check_claim(text, doc, c) for c in todo]
        _print_checks(results, doc.id, text, fmt, explain, include_text, several=claims is not None)
        return EXIT_OK if results and not failed and all(r.ok for r in results) else EXIT_INPUT_FAILED

    _guarded(debug, work)


def _print_checks(results: list[Any], doc_id: str, text: str, fmt: str, explain: bool, include_text: bool,
                  several: bool) -> None:
    import json

    from .check import describe

    out = sys.stdout
    if fmt == "text":
        console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
        for n, r in enumerate(results):
            if n:
                console.print()
            lines = describe(r, doc_id)
            console.print(lines.headline, style="bold green" if r.ok else "bold red", markup=False)
            for line in lines.details:
                console.print(line, markup=False)
            if explain and r.quote is not None:
                for step in r.quote.explain:
                    console.print(f"  why: {step}", markup=False)
        return
    data = [r.to_dict(doc_id, explain) for r in results]
    if include_text:
        for d in data:
            d["text"] = text
    if fmt == "jsonl":
        for d in data:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(data if several else data[0], ensure_ascii=False, indent=2) + "\n")
    out.flush()


@app.command()
def speakers(
    inputs: list[str] = typer.Argument(None, metavar="STORY...",
                                       help="Text or HTML files, .jsonl corpora ({id, text} a line), or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="table, json, jsonl or csv. Default: table on a terminal, json for one "
                                           "input, jsonl for several."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of text inputs."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """Who said what: one row per speaker with titles, mentions, quotes by type and their first words.

    Examples:

      quotetool speakers samples/obama-putin.txt

      quotetool speakers --format csv samples/*.txt > speakers.csv
    """
    paths = inputs or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        _usage("no input: give a file, a .jsonl corpus, or pipe text to stdin", "speakers")
    several = _several(paths)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else ("jsonl" if several else "json")
    if fmt not in SPEAKERS_FORMATS:
        _usage(f"unknown format {fmt!r}; use one of {', '.join(SPEAKERS_FORMATS)}", "speakers")
    _known_encoding(encoding, "speakers")

    def work() -> int:
        import csv
        import json

        from . import speakers as who

        failed = 0
        out = sys.stdout
        console = Console(highlight=False)
        writer = csv.writer(out, lineterminator="\n")
        collected = []
        if fmt == "csv":
            writer.writerow(who.CSV_FIELDS)
        for item in article_items(iter_items(paths, encoding)):
            if isinstance(item, Failure):
                failed += 1
                _err(item.describe())
                continue
            if not item.text.strip():
                _err(f"{item.id}: empty input, no quotes")
            doc = extract_document(item.text, Config(), item.id)
            if fmt == "table":
                who.table(doc, console)
            elif fmt == "csv":
                writer.writerows(who.csv_rows(doc))
            elif fmt == "jsonl":
                out.write(json.dumps(who.to_dict(doc), ensure_ascii=False) + "\n")
            else:
                collected.append(who.to_dict(doc))
        if fmt == "json" and collected:
            data = collected[0] if len(collected) == 1 and not several else collected
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        out.flush()
        return EXIT_INPUT_FAILED if failed else EXIT_OK

    _guarded(debug, work)


@app.command()
def show(
    story: str = typer.Argument(..., metavar="STORY", help="The story: a text or HTML file, or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text (the story in the terminal, quotes in colour) or html (one "
                                           "standalone page). Default: html when --output ends in .html, else text."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of the story."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """The story with every quote in its speaker's colour, a label at each quote and a legend.

    The HTML page shows, when you point at or click a quote, its speaker, cue, type,
    confidence and the reasons; it loads nothing from outside.

    Examples:

      quotetool show samples/obama-putin.txt

      quotetool show samples/obama-putin.txt --format html --output story.html
    """
    if story == "-" and sys.stdin.isatty():
        _usage("no story: give a file, or pipe text to stdin", "show")
    if fmt is None:
        fmt = "html" if output and output.lower().endswith((".html", ".htm")) else "text"
    if fmt not in SHOW_FORMATS:
        _usage(f"unknown format {fmt!r}; use one of {', '.join(SHOW_FORMATS)}", "show")
    _known_encoding(encoding, "show")
    if output and story != "-" and os.path.exists(output) and os.path.exists(story) and os.path.samefile(story, output):
        _usage(f"{output}: is the story itself; write the page to another file", "show")
    try:
        check_writable(output) if output else None
    except QuotetoolError as e:
        _usage(str(e), "show")

    def work() -> int:
        from .show import html_page, terminal_legend, terminal_story

        text = _read_story(story, encoding)
        if text is None:
            return EXIT_INPUT_FAILED
        doc = extract_document(text, Config(explain=True), story)
        # A file takes its place only when the whole page is written (temporary file + rename).
        out: Output = FileOutput(output, lines=False) if output else StdoutOutput()
        try:
            if fmt == "html":
                out.write(html_page(text, doc))
            else:
                to_terminal = out.isatty()
                console = Console(file=cast(IO[str], out), highlight=False, soft_wrap=not to_terminal,
                                  no_color=None if to_terminal else True)
                console.print(terminal_legend(doc))
                console.print(terminal_story(text, doc))
            out.commit()
        except BaseException:
            out.abort()
            raise
        if output:
            print(f"wrote {output}: {len(doc.quotes)} quotes", file=sys.stderr)
        return EXIT_OK

    _guarded(debug, work)


def main() -> None:
    """Console entry point."""
    app()
