"""Reading inputs: text files, ``-`` (stdin), and ``.jsonl`` corpora of ``{"id", "text"}`` lines.

Each reader yields ``Item``s, one a document, or ``Failure``s for what could not be read, so a
batch run reports a bad input and goes on with the rest.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import InputError


@dataclass(frozen=True)
class Item:
    """One document to process."""

    id: str
    text: str


@dataclass(frozen=True)
class Failure:
    """One input (or one corpus line) that could not be read, and why."""

    source: str
    message: str
    line: int | None = None

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


def decode(data: bytes, source: str, encoding: str) -> str:
    """Bytes → str. A UTF-8 or UTF-16 byte-order mark is honoured and dropped (offsets count
    from the first character after it); invalid bytes raise ``InputError`` naming the offset."""
    if data.startswith(codecs.BOM_UTF8) and encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
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


def _read_bytes(path: str) -> bytes:
    if path == "-":
        stream: BinaryIO = sys.stdin.buffer
        return stream.read()
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; give the files in it (e.g. {path}/*.txt)")
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def read_text(path: str, encoding: str = "utf-8") -> str:
    """The decoded text of a file (or of stdin for ``-``)."""
    data = _read_bytes(path)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{path}: looks like a binary file (NUL bytes); give a text file")
    return decode(data, path, encoding)


def is_corpus(path: str) -> bool:
    return path.endswith(".jsonl")


def corpus_items(path: str, encoding: str = "utf-8") -> Iterator[Item | Failure]:
    """The documents of a JSON Lines corpus: one ``{"id": ..., "text": ...}`` object a line.
    A line without an id gets ``<path>:<line>``; a bad line is a ``Failure`` and the rest go on."""
    text = read_text(path, encoding)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(path, f"not JSON ({e.msg}, column {e.colno})", n)
            continue
        if not isinstance(obj, dict) or "text" not in obj:
            yield Failure(path, 'no "text" field; each line needs {"id": ..., "text": ...}', n)
            continue
        if not isinstance(obj["text"], str):
            yield Failure(path, '"text" is not a string', n)
            continue
        doc_id = obj.get("id")
        yield Item(str(doc_id) if doc_id is not None else f"{path}:{n}", obj["text"])


def iter_items(paths: list[str], encoding: str = "utf-8") -> Iterator[Item | Failure]:
    """Every document of every input, in order; unreadable inputs become ``Failure``s."""
    for path in paths:
        try:
            if is_corpus(path):
                yield from corpus_items(path, encoding)
            else:
                yield Item(path, read_text(path, encoding))
        except InputError as e:
            yield Failure(path, str(e).removeprefix(f"{path}: "))
