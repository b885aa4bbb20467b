"""When each source file last changed, for sitemap.xml's lastmod and the feeds' dates.

In a git work tree a committed, unmodified file's date is its last commit's: a fresh clone (as
on GitHub Actions) sets every file's modification time to the moment of the checkout, which
would make every page look new on every deployment. Files git does not know or that have
changes not yet committed use their modification time, as do sites outside git.

Git is asked at most once a build, and a long-lived builder (serve) keeps one `SourceDates`:
git is asked again only when its index changed (a commit, a checkout, an add); a file saved since
git was asked counts as modified. Outside git there is nothing to ask until a repository appears
(asking for each page cost a process per page: 10 s at 2,000 entries).
"""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, date, datetime
from pathlib import Path

_GIT_TIMEOUT = 20


class SourceDates:
    """Dates of the files under one site folder."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self._committed: dict[Path, date] = {}
        self._asked_at = 0.0
        self._git_state: object = None
        self._dates: dict[Path, date | None] = {}  # this build's answers
        self._newest: dict[tuple[Path, ...], date | None] = {}  # and for each set of files asked about
        self._checked = False  # whether this build has looked at git's index

    def start_build(self) -> None:
        """Forget this build's answers (files may have changed since)."""
        self._dates = {}
        self._newest = {}
        self._checked = False

    def newest(self, paths: tuple[Path, ...]) -> date | None:
        """The latest date among the files (None when none of them exists). Asked for every page
        of the sitemap, most of them a publication's from one .bib: 10,000 at large."""
        if paths in self._newest:
            return self._newest[paths]
        if not self._checked:
            self._ask_git_when_it_changed()
            self._checked = True
        found = [self._date(path) for path in paths]
        newest = self._newest[paths] = max((day for day in found if day is not None), default=None)
        return newest

    def _date(self, path: Path) -> date | None:
        if path not in self._dates:
            try:
                info = path.stat()
            except OSError:
                self._dates[path] = None
                return None
            committed = self._committed.get(path.resolve()) if self._committed else None  # resolve: a stat a folder
            if committed is not None and info.st_mtime <= self._asked_at:
                self._dates[path] = committed
            else:
                self._dates[path] = datetime.fromtimestamp(info.st_mtime, tz=UTC).date()
        return self._dates[path]

    def _ask_git_when_it_changed(self) -> None:
        state = git_index_state(self.root)
        if self._asked_at and state == self._git_state:
            return
        self._asked_at = time.time()
        self._committed = _committed_dates(self.root)
        self._git_state = state


def git_index_state(root: Path) -> tuple[int, int] | None:
    """The git index's modification time and size: they change with every commit, checkout and add.
    None outside git, and in a repository with no index yet (nothing added)."""
    for folder in (root, *root.parents):
        dot_git = folder / ".git"
        if dot_git.exists():
            try:
                info = (_repository_folder(dot_git) / "index").stat()
            except OSError:
                return None
            return info.st_mtime_ns, info.st_size
    return None


def _repository_folder(dot_git: Path) -> Path:
    """Where the index is: `.git` itself, or the folder a worktree's or a submodule's `.git` file
    names (`gitdir: ...`, relative to the work tree or absolute)."""
    if dot_git.is_dir():
        return dot_git
    text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
    return dot_git.parent / text.removeprefix("gitdir:").strip() if text.startswith("gitdir:") else dot_git


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
