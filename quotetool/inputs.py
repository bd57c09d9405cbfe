"""Reading inputs: text files, directories of them, ``-`` (stdin), and ``.jsonl`` / ``.jsonl.gz``
corpora of ``{"id", "text"}`` lines.

Each reader yields ``Item``s, one a document, or ``Failure``s for what could not be read, so a
batch run reports a bad input and goes on with the rest. Everything streams: a corpus is read a
line at a time and a directory is walked as it goes, so memory never grows with the corpus.

>>> [item.id for item in iter_items(["samples"], glob="obama-*.txt")]
['samples/obama-putin.txt']
"""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, cast

from .errors import InputError

INPUT_FORMATS = ("auto", "text", "jsonl")
"""``auto``: ``.jsonl`` and ``.jsonl.gz`` files are corpora, everything else (and stdin) is text."""

DEFAULT_GLOB = "*.txt"


@dataclass(frozen=True)
class Item:
    """One document to process.

    ``source`` is the input it came from (a path or ``-``), ``line`` its line in a corpus,
    ``nbytes`` the input bytes it accounts for (for progress), ``warning`` a problem worth
    saying that did not stop it (a duplicate id)."""

    id: str
    text: str
    source: str = ""
    line: int | None = None
    nbytes: int = 0
    warning: str | None = None


@dataclass(frozen=True)
class Failure:
    """One input (or one corpus line) that could not be read, and why."""

    source: str
    message: str
    line: int | None = None
    id: str | None = None
    nbytes: int = 0

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """The ``--errors`` record: ``{"id", "input", "line", "message"}``."""
        return {"id": self.id, "input": self.source, "line": self.line, "message": self.message}


def decode(data: bytes, source: str, encoding: str) -> str:
    """Bytes → str. A UTF-8 or UTF-16 byte-order mark is honoured and dropped (offsets count
    from the first character after it); invalid bytes raise ``InputError`` naming the offset."""
    if data.startswith(codecs.BOM_UTF8) and _is_utf8(encoding):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{source}: not valid {encoding} (byte {e.start}); try --encoding latin-1 or the file's real encoding"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try --encoding utf-8") from None


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def _read_bytes(path: str) -> bytes:
    if path == "-":
        stream: BinaryIO = sys.stdin.buffer
        return stream.read()
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; give the files in it (e.g. {path}/*.txt)")
    with _open_file(path) as f:
        return f.read()


def _open_file(path: str) -> IO[bytes]:
    """A file opened for reading bytes; a missing or unreadable file is an ``InputError``."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def _looks_binary(head: bytes) -> bool:
    return b"\x00" in head[:8192] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def read_text(path: str, encoding: str = "utf-8") -> str:
    """The decoded text of a file (or of stdin for ``-``)."""
    data = _read_bytes(path)
    if _looks_binary(data) and not _wide(encoding):
        raise InputError(f"{path}: looks like a binary file (NUL bytes); give a text file, "
                         "or its encoding with --encoding utf-16")
    return decode(data, path, encoding)


def _id_text(doc_id: object) -> str:
    """A corpus id as text: strings as they are, anything else as its JSON (never a Python repr)."""
    return doc_id if isinstance(doc_id, str) else json.dumps(doc_id, ensure_ascii=False, sort_keys=True)


def _wide(encoding: str) -> bool:
    """UTF-16 and UTF-32 text is full of NUL bytes: asked for by name, it is not binary."""
    return encoding.lower().replace("-", "").replace("_", "").startswith(("utf16", "utf32"))


def check_encoding(encoding: str) -> None:
    """Raise ``InputError`` for an encoding Python does not know (checked once, before any input)."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try --encoding utf-8 or latin-1") from None


def is_corpus(path: str) -> bool:
    """A ``.jsonl`` or ``.jsonl.gz`` file holds one document a line."""
    return path.endswith((".jsonl", ".jsonl.gz"))


# -- corpora ------------------------------------------------------------------------------


def _open_corpus(path: str) -> tuple[IO[bytes], IO[bytes] | None]:
    """(the decompressed byte stream, the raw file under it whose position measures progress)."""
    if path == "-":
        return sys.stdin.buffer, None
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; give the files in it")
    raw = _open_file(path)
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")), raw
    return raw, raw


def _lines(stream: IO[bytes], path: str, encoding: str) -> Iterator[tuple[int, str | Failure, int]]:
    """(line number, decoded line or a Failure for that line, bytes it took), one line at a time.
    Only ``\\n`` ends a line: U+2028 and a lone CR inside a JSON string are text, not line ends."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if _looks_binary(head):
        yield 1, Failure(path, "looks like a binary file (NUL bytes); give a text file", 1), 0
        return
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16 cannot be split on the byte b"\n": let the codec find the lines.
        text = io.TextIOWrapper(stream, encoding="utf-16", newline="\n")  # type: ignore[arg-type]
        for n, line in enumerate(text, 1):
            yield n, line, 2 * len(line)
        return
    utf8 = _is_utf8(encoding)
    n = 0
    while True:
        raw = stream.readline()
        if not raw:
            return
        n += 1
        data = raw[len(codecs.BOM_UTF8) :] if n == 1 and utf8 and raw.startswith(codecs.BOM_UTF8) else raw
        try:
            yield n, data.decode("utf-8" if utf8 else encoding), len(raw)
        except UnicodeDecodeError as e:
            yield n, Failure(path, f"not valid {encoding} (byte {e.start} of the line); "
                                   "try --encoding latin-1 or the file's real encoding", n), len(raw)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}; try --encoding utf-8") from None


def corpus_items(path: str, encoding: str = "utf-8") -> Iterator[Item | Failure]:
    """The documents of a JSON Lines corpus (``.jsonl``, ``.jsonl.gz`` or ``-``), streamed a
    line at a time: one ``{"id": ..., "text": ...}`` object a line.

    A line without an id gets ``<path>:<line>``. A bad line is a ``Failure`` and the rest go on;
    a truncated ``.gz`` file ends in one ``Failure`` after the documents read before the break.
    An id seen before in the same corpus is kept, with a ``warning`` on the later ``Item``."""
    stream, raw = _open_corpus(path)
    seen: dict[str, int] = {}  # id → first line: ids only, a few bytes a document
    where = raw.tell() if raw is not None else 0
    n = 0
    try:
        lines = _lines(stream, path, encoding)
        while True:
            try:
                step = next(lines, None)
            except EOFError:
                yield Failure(path, f"truncated gzip file: it ends inside line {n + 1}; "
                                    f"the {n} lines before it were read", n + 1)
                return
            except (gzip.BadGzipFile, zlib.error) as e:
                yield Failure(path, f"not a valid gzip file ({e}); the {n} lines before it were read", n + 1)
                return
            except UnicodeDecodeError as e:
                yield Failure(path, f"not valid utf-16 ({e.reason}); the {n} lines before it were read", n + 1)
                return
            except OSError as e:
                yield Failure(path, f"cannot read ({e.strerror or e}); the {n} lines before it were read", n + 1)
                return
            if step is None:
                return
            n, line, size = step
            if raw is not None:  # compressed input: progress is the position in the .gz file
                now = raw.tell()
                size, where = now - where, now
            if isinstance(line, Failure):
                yield Failure(line.source, line.message, line.line, nbytes=size)
                continue
            item = _corpus_item(path, n, line, size, seen)
            if item is not None:
                yield item
    finally:
        if raw is not None:
            stream.close()
            raw.close()


def _corpus_item(path: str, n: int, line: str, size: int, seen: dict[str, int]) -> Item | Failure | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Failure(path, f"not JSON ({e.msg}, column {e.colno})", n, nbytes=size)
    doc_id = obj.get("id") if isinstance(obj, dict) else None
    shown = _id_text(doc_id) if doc_id is not None else None
    if not isinstance(obj, dict) or "text" not in obj:
        return Failure(path, 'no "text" field; each line needs {"id": ..., "text": ...}', n, shown, size)
    if not isinstance(obj["text"], str):
        return Failure(path, '"text" is not a string', n, shown, size)
    if shown is None:
        return Item(f"{path}:{n}", obj["text"], path, n, size)
    first = seen.setdefault(shown, n)
    warning = None
    if first != n:
        warning = f"duplicate id {json.dumps(shown, ensure_ascii=False)} (first on line {first}); both are kept"
    return Item(shown, obj["text"], path, n, size, warning)


# -- files and directories ----------------------------------------------------------------


def _walk(directory: str, glob: str) -> Iterator[str | Failure]:
    """Files under ``directory`` whose name matches ``glob``, depth first in sorted order;
    a subdirectory that cannot be listed is a ``Failure``."""
    problems: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(directory, onerror=problems.append):
        while problems:
            yield _walk_failure(problems.pop(0))
        dirs.sort()
        for name in sorted(files):
            if fnmatch.fnmatch(name, glob):
                found = True
                yield os.path.join(root, name)
    while problems:
        e = problems.pop(0)
        if e.filename == directory and isinstance(e, PermissionError):
            found = True  # the directory itself: say that, not "no files"
        yield _walk_failure(e)
    if not found:
        yield Failure(directory, f"directory has no files matching {glob!r}; choose others with --glob")


def _walk_failure(e: OSError) -> Failure:
    reason = "permission denied" if isinstance(e, PermissionError) else f"cannot list ({e.strerror})"
    return Failure(str(e.filename), reason)


def expand(paths: Iterable[str], glob: str = DEFAULT_GLOB) -> Iterator[str | Failure]:
    """Every input path with directories replaced by the files in them matching ``glob``."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, glob)
        else:
            yield path


def iter_items(paths: list[str], encoding: str = "utf-8", *, glob: str = DEFAULT_GLOB,
               input_format: str = "auto") -> Iterator[Item | Failure]:
    """Every document of every input, in order; unreadable inputs become ``Failure``s.

    Directories are walked recursively for files matching ``glob``. With ``input_format``
    ``"auto"`` a ``.jsonl`` or ``.jsonl.gz`` file is a corpus; ``"jsonl"`` reads every input,
    stdin included, as a corpus; ``"text"`` reads every input as one document."""
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")
    for path in expand(paths, glob):
        if isinstance(path, Failure):
            yield path
            continue
        try:
            if input_format == "jsonl" or (input_format == "auto" and is_corpus(path)):
                yield from corpus_items(path, encoding)
            else:
                text = read_text(path, encoding)
                yield Item(path, text, path, None, _size(path, text))
        except InputError as e:
            yield Failure(path, str(e).removeprefix(f"{path}: "), id=path)


def _size(path: str, text: str) -> int:
    try:
        return os.path.getsize(path) if path != "-" else len(text.encode("utf-8", "surrogatepass"))
    except OSError:
        return len(text)


def total_bytes(paths: list[str], glob: str = DEFAULT_GLOB) -> int | None:
    """The input bytes a run will read (compressed size for ``.gz``), for a progress bar's ETA;
    None when one input is stdin."""
    total = 0
    for path in expand(paths, glob):
        if isinstance(path, Failure):
            continue
        if path == "-":
            return None
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    return total
