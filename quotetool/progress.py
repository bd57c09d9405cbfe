"""A progress line on standard error for batch runs: documents, MB, docs/s, MB/s and the time
left. Only on a terminal; a run whose stderr is piped or redirected shows nothing."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn,
                           TransferSpeedColumn)
from rich.text import Text

MB = 1_000_000


class _DocsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.fields["docs"] / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:,.0f} docs/s", style="progress.data.speed")


class _Megabytes(ProgressColumn):
    def render(self, task: Task) -> Text:
        total = f"/{task.total / MB:,.1f}" if task.total else ""
        return Text(f"{task.completed / MB:,.1f}{total} MB", style="progress.download")


class BatchProgress:
    """``with BatchProgress(total_bytes, enabled) as p: p.advance(docs=1, nbytes=n)``.

    Redrawn at most ten times a second from ``advance`` itself (no refresh thread, so a process
    pool can fork safely while it is shown); gone from the screen when the run ends."""

    def __init__(self, total_bytes: int | None, enabled: bool, console: Console | None = None) -> None:
        self.enabled = enabled
        self._progress: Progress | None = None
        self._last = 0.0
        if enabled:
            self._progress = Progress(
                TextColumn("{task.fields[docs]:,} docs"), BarColumn(), _Megabytes(), _DocsPerSecond(),
                TransferSpeedColumn(), TimeRemainingColumn(),
                console=console or Console(stderr=True), transient=True, auto_refresh=False,
                redirect_stdout=False, redirect_stderr=True)
            self._task = self._progress.add_task("extract", total=total_bytes or None, docs=0)

    def __enter__(self) -> BatchProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def advance(self, docs: int, nbytes: int) -> None:
        if self._progress is None:
            return
        task = self._progress.tasks[0]
        self._progress.update(self._task, advance=nbytes, docs=task.fields["docs"] + docs)
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self._progress.refresh()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
