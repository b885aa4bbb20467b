"""A one-line progress display for builds that take a while, on a terminal only.

A build shorter than `delay` shows nothing. On a terminal the line is rewritten in place at most
ten times a second (phase and count) and erased at the end, so the build's own summary line stays
the only output. In CI (the CI variable set), with TERM=dumb, or when stderr is piped or
redirected, nothing is shown at all.

Every display also keeps how long each phase took, so `sitegen build --timings` can say where a
build's time went (as Jekyll's --profile and Hugo's --templateMetrics do).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

DELAY_SECONDS = 1.0
INTERVAL_SECONDS = 0.1


class Progress:
    """Receives the builder's phase and count; shows them when it is worth it."""

    def __init__(self, stream: TextIO | None = None, delay: float = DELAY_SECONDS, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.delay = delay
        self.started = time.monotonic()
        self._shown_at = float("-inf")
        self._width = 0
        self._phases: list[tuple[str, float]] = []  # each phase and when it began

    def update(self, phase: str, count: int | None = None, total: int | None = None) -> None:
        if not self._phases or self._phases[-1][0] != phase:
            self._phases.append((phase, time.perf_counter()))
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or now - self._shown_at < INTERVAL_SECONDS:
            return
        self._shown_at = now
        text = phase if count is None else f"{phase} {count:,}" + (f"/{total:,}" if total else "")
        self._write(f"\r{text}".ljust(self._width + 1))
        self._width = len(text)

    def finish(self) -> None:
        """Erase the line, if one was shown."""
        if self._width:
            self._write("\r" + " " * self._width + "\r")
            self._width = 0

    def timings(self) -> list[tuple[str, float]]:
        """Seconds spent in each phase so far, in order; a phase entered again adds to its first row."""
        ends = [begun for _, begun in self._phases[1:]] + [time.perf_counter()]
        totals: dict[str, float] = {}
        for (phase, begun), ended in zip(self._phases, ends, strict=True):
            totals[phase] = totals.get(phase, 0.0) + ended - begun
        return list(totals.items())

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()


def wanted(stream: TextIO) -> bool:
    """Only for a person watching a terminal: not in CI, not piped, not on a dumb terminal."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class NoProgress(Progress):
    """For builds nobody watches (serve, tests)."""

    def __init__(self) -> None:
        super().__init__(enabled=False)
