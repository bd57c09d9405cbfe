"""Many documents at once: the stream of inputs cut into chunks, each chunk extracted and
rendered in this process, in a local process pool or on a Dask cluster, and the results handed
back in input order.

Memory is bounded by the chunks in flight (a few per worker), never by the corpus: inputs are
read only as fast as results are taken. Every entry comes back: a ``Result`` for a document, the
``Failure`` as it was for an input that could not be read.

>>> from quotetool.inputs import Item
>>> [r.quotes for r in extract_many([Item("a", "“We won,” Ana Ruiz said."), Item("b", "")], Config())]
[1, 0]
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import Any, Protocol

from .config import Config
from .inputs import Failure, Item
from .model import Document
from .pipeline import extract
from .render import csv_rows, to_json_line

CHUNK_DOCS = 32
"""At most this many documents go to a worker at once ..."""
CHUNK_CHARS = 1 << 17
"""... or this many characters (128 Ki, about 60 ms of work), whichever is reached first."""
CHUNKS_PER_WORKER = 3
"""Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory."""


@dataclass(frozen=True)
class Result:
    """One document done: its rendered output (text, or the ``Document`` for a table)."""

    id: str
    source: str
    line: int | None
    quotes: int
    output: str | Document
    nbytes: int
    empty: bool = False
    warning: str | None = None


class FutureLike(Protocol):
    def result(self) -> Any: ...
    def done(self) -> bool: ...
    def cancel(self) -> bool: ...


Submit = Callable[..., FutureLike]


def render(doc: Document, fmt: str, explain: bool) -> str | Document:
    """The output of one document in ``fmt``: a JSON line, CSV rows, pretty JSON, or the
    ``Document`` itself for a table (drawn where the terminal is)."""
    if fmt == "jsonl":
        return to_json_line(doc, explain) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        csv_rows(doc, buf)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps(doc.to_dict(explain), ensure_ascii=False, indent=2)
    return doc


def process_chunk(entries: list[Item | Failure], config: Config, fmt: str = "jsonl",
                  debug: bool = False) -> list[Result | Failure]:
    """Extract and render every ``Item`` of a chunk; ``Failure``s pass through. A document that
    makes the engine fail becomes a ``Failure`` (unless ``debug``), so one bad story never
    stops a corpus."""
    out: list[Result | Failure] = []
    for entry in entries:
        if isinstance(entry, Failure):
            out.append(entry)
            continue
        try:
            doc = extract(entry.text, config, entry.id)
        except Exception as e:  # noqa: BLE001 - reported per document, the batch goes on
            if debug:
                raise
            out.append(Failure(entry.source or entry.id, f"internal error: {type(e).__name__}: {e} "
                                                         "(rerun with --debug and report it)",
                               entry.line, entry.id, entry.nbytes))
            continue
        out.append(Result(entry.id, entry.source, entry.line, len(doc.quotes), render(doc, fmt, config.explain),
                          entry.nbytes, not entry.text.strip(), entry.warning))
    return out


def chunks(entries: Iterable[Item | Failure], max_docs: int = CHUNK_DOCS,
           max_chars: int = CHUNK_CHARS) -> Iterator[list[Item | Failure]]:
    """Consecutive entries grouped into chunks of at most ``max_docs`` documents or about
    ``max_chars`` characters (a longer document is a chunk of its own)."""
    chunk: list[Item | Failure] = []
    size = 0
    for entry in entries:
        chunk.append(entry)
        if isinstance(entry, Item):
            size += len(entry.text)
        if len(chunk) >= max_docs or size >= max_chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the run, the workers must not
    # each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A local pool of ``workers`` processes (forked on Linux, so they start in milliseconds
    with the lexicons already loaded). Leaving it cancels what has not started."""
    extract("“Warm,” she said.")  # load lexicons and patterns once, before the fork
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_sigint)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_many(entries: Iterable[Item | Failure], config: Config, fmt: str = "jsonl", *,
                 workers: int = 1, submit: Submit | None = None, inflight: int | None = None,
                 debug: bool = False) -> Generator[Result | Failure, None, None]:
    """Every entry's ``Result`` (or its ``Failure``), in input order.

    With ``submit`` (e.g. a Dask client's), chunks go there. Otherwise ``workers`` > 1 starts a
    local process pool, but only once a second chunk exists: one small input runs here and
    pays no start-up. The output is the same, byte for byte, whichever way it ran."""
    stream = chunks(entries)
    if submit is None and workers <= 1:
        for chunk in stream:
            yield from process_chunk(chunk, config, fmt, debug)
        return
    first = next(stream, None)
    if first is None:
        return
    second = next(stream, None)
    if submit is None and second is None:
        yield from process_chunk(first, config, fmt, debug)
        return
    head = [first] if second is None else [first, second]
    with ExitStack() as stack:
        if submit is None:
            submit = stack.enter_context(process_pool(workers)).submit
        limit = inflight or CHUNKS_PER_WORKER * max(workers, 1)
        yield from _in_order(chain(head, stream), submit, limit, config, fmt, debug)


def _in_order(stream: Iterator[list[Item | Failure]], submit: Submit, limit: int, config: Config, fmt: str,
              debug: bool) -> Iterator[Result | Failure]:
    pending: deque[FutureLike] = deque()
    try:
        for chunk in stream:
            pending.append(submit(process_chunk, chunk, config, fmt, debug))
            # Hand back what is done at the head; wait for it when the window is full.
            while pending and (len(pending) >= limit or pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
