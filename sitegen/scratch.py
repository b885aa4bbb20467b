"""The private folder `sitegen serve` builds into, and the reclaiming of folders a dead preview left.

A preview's folder holds the whole built site: about 500 MB for a lab with 10,000 publications, and
on many systems the temporary folder is memory (tmpfs). `serve` removes its folder when it stops
(Ctrl-C, SIGTERM, a closed terminal), but a preview that is killed outright (SIGKILL, a crash, the
machine going down) cannot. So each folder holds an advisory lock for as long as its process lives,
and every new preview removes the folders whose lock nobody holds: the kernel drops a dead process's
lock however it died. Only folders made this way (the prefix and the lock file) are ever removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # no advisory locks (Windows): folders are removed on a clean stop only
    fcntl = None  # type: ignore[assignment]

PREFIX = "sitegen-serve-"
OWNER = ".owner"  # the lock file; present only once it is locked, so a scan never sees it unlocked


class Scratch:
    """A new folder in the temporary space, locked as this process's own until `close`."""

    def __init__(self, parent: Path | None = None):
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
        self._lock = _hold_lock(self.path)

    def close(self) -> None:
        """Remove the folder; the lock goes last, so nobody else removes it at the same time."""
        shutil.rmtree(self.path, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def reclaim_abandoned(parent: Path | None = None) -> list[Path]:
    """Remove the preview folders in `parent` (the temporary space) whose process is gone."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    parent = Path(parent or tempfile.gettempdir())
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(PREFIX) and _is_own_folder(entry) and _remove_if_unlocked(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed


def _hold_lock(folder: Path) -> int | None:
    """Lock a file under a temporary name, then give it the name scans look for."""
    if fcntl is None:
        return None
    unnamed = folder / (OWNER + ".new")
    lock = os.open(unnamed, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX)
    os.rename(unnamed, folder / OWNER)
    return lock


def _is_own_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.getuid()
    except OSError:
        return False


def _remove_if_unlocked(folder: Path) -> bool:
    try:
        lock = os.open(folder / OWNER, os.O_RDWR | os.O_NOFOLLOW)
    except OSError:  # not a preview's folder (or one made a moment ago, not yet locked)
        return False
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # its preview is running
        os.close(lock)
        return False
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(lock)
    return not folder.exists()
