"""Progress of long runs, phase by phase: count, rate and ETA.

On a terminal one line is redrawn in place (``extraction  1,250/20,000 articles
96/s  ETA 3:15``); elsewhere (a log, a pipe) a plain line is written every few
seconds, and only for phases that run that long, so short runs stay silent.
Each phase's duration is kept in ``Progress.timings`` for the summary.

    >>> progress = Progress(enabled=False)
    >>> with progress.phase("extraction", total=3, unit="articles") as ph:
    ...     for _ in range(3):
    ...         ph.advance()
    >>> sorted(progress.timings)
    ['extraction']
"""
from __future__ import annotations

import sys
import time


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Phase:
    def __init__(self, progress, name, total, unit):
        self.progress, self.name, self.total, self.unit = progress, name, total, unit
        self.done = 0
        self.started = progress.clock()
        self._last = self.started
        self._shown = False

    def advance(self, n: int = 1):
        self.done += n
        now = self.progress.clock()
        p = self.progress
        if not p.enabled:
            return
        if p.tty and now - self._last >= p.redraw:
            self._last = now
            p.write("\r" + self.line(now) + "\033[K", end="")
            self._shown = True
        elif not p.tty and now - self._last >= p.every:
            self._last = now
            p.write(self.line(now))
            self._shown = True

    def line(self, now=None) -> str:
        now = self.progress.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        count = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "")
        text = f"{self.name}  {count} {self.unit}  {rate:,.1f}/s"
        if self.total and rate > 0 and self.done < self.total:
            text += f"  ETA {_duration((self.total - self.done) / rate)}"
        return text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        now = self.progress.clock()
        self.progress.timings[self.name] = self.progress.timings.get(self.name, 0.0) + now - self.started
        p = self.progress
        if p.enabled and exc_type is None:
            took = now - self.started
            if p.tty and (self._shown or took >= p.redraw):
                p.write("\r" + f"{self.name}  {self.done:,} {self.unit} in {took:.1f} s" + "\033[K")
            elif not p.tty and (self._shown or took >= p.every):
                p.write(f"{self.name}: done, {self.done:,} {self.unit} in {took:.1f} s")
        elif p.enabled and p.tty and self._shown:
            p.write("")
        return False


class Progress:
    """Phases of a run (see the module doc). ``enabled=False``: timings only."""

    def __init__(self, stream=None, tty=None, enabled=True, every=5.0, redraw=0.2, clock=time.monotonic):
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.enabled = enabled
        self.every = every
        self.redraw = redraw
        self.clock = clock
        self.timings = {}

    def phase(self, name, total=None, unit="") -> Phase:
        return Phase(self, name, total, unit)

    def write(self, text, end="\n"):
        self.stream.write(text + end)
        self.stream.flush()
