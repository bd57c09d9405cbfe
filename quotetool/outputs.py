"""Where a run's output goes: standard output, or ``--output FILE`` written so that a crash
never leaves a truncated JSON document behind.

Two ways to write a file:

- **whole file** (``json``, ``csv``, ``table``): into a temporary file in the same directory,
  renamed over ``FILE`` only when the run is complete. Until then ``FILE`` is untouched; a
  failed or interrupted run removes the temporary file.
- **lines** (``jsonl``, and ``--errors``): appended one whole document at a time, so a run
  stopped at any point, even by ``kill -9``, leaves complete lines (the last one may be torn
  only by a crash in the middle of a write; ``--resume`` cuts it off). A write error (disk
  full) cuts the file back to its last complete line. ``--resume`` appends to what is there.

Output is buffered and written in blocks of whole documents; Ctrl-C during a write takes
effect when the block is out.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from .errors import OutputError

BLOCK = 1 << 16
"""Buffered output is written once it reaches this many characters (64 Ki)."""
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


@contextmanager
def sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block is written, then raise it: output never ends mid-document."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class Output:
    """A text sink that buffers whole documents: ``write`` and ``flush`` (as a file does, so a
    rich ``Console`` can draw into it), ``commit`` at the end of a good run, ``abort`` otherwise."""

    name = "<stdout>"

    def __init__(self) -> None:
        self._buffer: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._buffer.append(text)
        self._size += len(text)
        if self._size >= BLOCK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._buffer:
            data = "".join(self._buffer)
            self._buffer, self._size = [], 0
            with sigint_deferred():
                self._emit(data)

    def isatty(self) -> bool:
        return False

    def _emit(self, data: str) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        self.flush()

    def abort(self) -> None:
        """After an error or Ctrl-C: keep what is complete where that is valid output."""


class StdoutOutput(Output):
    """Standard output (for ``--format table`` on a terminal, the caller draws to it directly)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__()
        self.stream = stream or sys.stdout

    def _emit(self, data: str) -> None:
        try:
            self.stream.write(data)
        except UnicodeEncodeError:
            # A lone surrogate (a \ud800 escape in a JSON corpus) cannot be encoded: write it as
            # that escape, as FileOutput does (the whole block is encoded before any of it is written).
            encoding = getattr(self.stream, "encoding", None) or "utf-8"
            self.stream.write(data.encode(encoding, "backslashreplace").decode(encoding))
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def abort(self) -> None:
        try:
            self.flush()  # whole documents only: what was written stays valid JSON Lines
        except OSError:  # the reader went away (| head): nothing more to say
            self._buffer, self._size = [], 0


class FileOutput(Output):
    """``--output FILE``: a whole file (temporary + rename) or, with ``lines``, an appended
    JSON Lines file (``resume`` keeps what is there)."""

    def __init__(self, path: str, *, lines: bool, resume: bool = False) -> None:
        super().__init__()
        self.name, self.lines = path, lines
        check_writable(path)
        folder = os.path.dirname(os.path.abspath(path))
        self._temp: str | None = None
        try:
            if lines:
                flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC) | _BINARY
                self._fd = os.open(path, flags, 0o666)
            else:
                self._temp = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.part")
                self._fd = os.open(self._temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        except OSError as e:
            raise OutputError(f"{path}: cannot write ({e.strerror})") from None
        self._good = os.lseek(self._fd, 0, os.SEEK_END)  # the end of the last complete write

    def _emit(self, data: str) -> None:
        view = memoryview(data.encode("utf-8", "backslashreplace"))  # a lone surrogate → its JSON escape
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except OSError as e:
            self._cut_back()
            raise OutputError(f"{self.name}: cannot write ({_reason(e)}); {self._what_is_left()}") from None
        self._good = os.lseek(self._fd, 0, os.SEEK_CUR)

    def _cut_back(self) -> None:
        # A torn write leaves half a document: cut the file back to the last whole one.
        try:
            os.ftruncate(self._fd, self._good)
        except OSError:
            pass

    def _what_is_left(self) -> str:
        if self.lines:
            return f"the documents written before it are in {self.name}: free space and rerun with --resume"
        return f"{self.name} was not written"

    def commit(self) -> None:
        self.flush()
        try:
            os.fsync(self._fd)
        except OSError as e:
            if e.errno not in (errno.EINVAL, errno.EROFS):  # not a real file: nothing to sync
                self._cut_back()
                raise OutputError(f"{self.name}: cannot write ({_reason(e)}); {self._what_is_left()}") from None
        os.close(self._fd)
        self._fd = -1
        if self._temp is not None:
            os.replace(self._temp, self.name)
            self._temp = None

    def abort(self) -> None:
        if self._fd < 0:
            return
        if self.lines:
            try:
                self.flush()  # whole documents: a later --resume goes on from here
            except OutputError:
                pass
        os.close(self._fd)
        self._fd = -1
        if self._temp is not None:
            try:
                os.unlink(self._temp)
            except OSError:
                pass
            self._temp = None


def _reason(e: OSError) -> str:
    return "disk full" if e.errno == errno.ENOSPC else (e.strerror or str(e))


def check_writable(path: str) -> None:
    """Raise ``OutputError`` when ``path`` cannot be an output file, before any work is done."""
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        raise OutputError(f"{path}: is a directory; give a file name for --output")
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: directory {folder} does not exist; create it first (mkdir -p {folder})")


def completed_ids(path: str) -> Counter[str]:
    """For ``--resume``: how many times each id is in the JSON Lines file ``path`` (empty when
    it does not exist). A torn last line, left by a crash, is cut off first."""
    done: Counter[str] = Counter()
    if not os.path.exists(path):
        return done
    check_writable(path)
    good = 0
    try:
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                try:
                    doc = json.loads(line) if line.endswith(b"\n") else None
                except ValueError:
                    doc = None
                if not isinstance(doc, dict) or "id" not in doc:
                    if line.endswith(b"\n"):  # a whole line, yet not a document: not ours
                        raise OutputError(f"{path}:{n}: not a quotetool JSON line; --resume needs the "
                                          "--format jsonl output of an earlier run (move the file away)")
                    break
                done[str(doc["id"])] += 1
                good += len(line)
        if good != os.path.getsize(path):
            os.truncate(path, good)
    except OSError as e:
        raise OutputError(f"{path}: cannot resume ({e.strerror})") from None
    return done
