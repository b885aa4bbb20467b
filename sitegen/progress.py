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
        self._current: tuple[str, float] | None = None  # the phase going on, and when it began
        self._spent: dict[str, float] = {}  # seconds in each phase, in the order they first began

    def update(self, phase: str, count: int | None = None, total: int | None = None) -> None:
        if self._current is None or self._current[0] != phase:
            now = time.perf_counter()
            self._end_phase(now)
            self._current = (phase, now)
            self._spent.setdefault(phase, 0.0)
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
        """End the phase going on, and erase the line if one was shown."""
        self._end_phase(time.perf_counter())
        if self._width:
            self._write("\r" + " " * self._width + "\r")
            self._width = 0

    def timings(self) -> list[tuple[str, float]]:
        """Seconds spent in each phase so far, in order; a phase entered again adds to its first row.
        The time between `finish` and the next phase is in none of them."""
        totals = dict(self._spent)
        if self._current is not None:
            phase, begun = self._current
            totals[phase] += time.perf_counter() - begun
        return list(totals.items())

    def _end_phase(self, now: float) -> None:
        if self._current is not None:
            phase, begun = self._current
            self._spent[phase] += now - begun
            self._current = None

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
