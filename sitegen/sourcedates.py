"""When each source file last changed, for sitemap.xml's lastmod and the feeds' dates.

In a git work tree a committed, unmodified file's date is its last commit's: a fresh clone (as
on GitHub Actions) sets every file's modification time to the moment of the checkout, which
would make every page look new on every deployment. Files git does not know or that have
changes not yet committed use their modification time, as do sites outside git.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

_GIT_TIMEOUT = 20


class SourceDates:
    """Dates of the files under one site folder; asks git once per build."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self._committed: dict[Path, date] | None = None

    def newest(self, paths: Iterable[Path]) -> date | None:
        """The latest date among the files (None when none of them exists)."""
        if self._committed is None:
            self._committed = _committed_dates(self.root)
        found = [self._date(path) for path in paths]
        return max((day for day in found if day is not None), default=None)

    def _date(self, path: Path) -> date | None:
        resolved = path.resolve()
        committed = self._committed.get(resolved) if self._committed else None
        if committed is not None:
            return committed
        try:
            return datetime.fromtimestamp(resolved.stat().st_mtime, tz=UTC).date()
        except OSError:
            return None


def _committed_dates(root: Path) -> dict[Path, date]:
    """Each committed, unmodified file's last commit date; empty outside git or without git."""
    log = _git(root, "log", "--format=%x00%ct", "--name-only", "--no-renames", "--relative", "--", ".")
    if log is None:
        return {}
    changed = _git(root, "ls-files", "--modified", "--others", "--exclude-standard", "-z", "--", ".") or ""
    dirty = {(root / name).resolve() for name in changed.split("\0") if name}
    dates: dict[Path, date] = {}
    for commit in log.split("\0")[1:]:
        stamp, _, names = commit.partition("\n")
        day = datetime.fromtimestamp(int(stamp.strip()), tz=UTC).date()
        for name in names.split("\n"):
            if name.strip():
                path = (root / name.strip()).resolve()
                if path not in dates and path not in dirty:
                    dates[path] = day
    return dates


def _git(root: Path, *arguments: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(root), *arguments],
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None
