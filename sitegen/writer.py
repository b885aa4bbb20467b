"""Writing the output folder safely.

The site is written into a staging folder beside the output and swapped in at the end, so a
failed or interrupted build leaves the previous output as it was. A manifest lists what sitegen
wrote; a file it did not write is never deleted. Two builds into the same output (a save hook
firing twice) take turns: each holds a lock on the folder the output is in while it writes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

try:
    import fcntl
except ImportError:  # no advisory locks (Windows): builds do not take turns
    fcntl = None  # type: ignore[assignment]

from sitegen.errors import Report, SitegenError

MANIFEST = ".sitegen-manifest.json"
Content = bytes | list[bytes]  # a file's bytes, or its pieces in order (a big page is not joined first)
_IOV_MAX = 1024  # pieces per writev: Linux and macOS take 1024
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
FileStat = tuple[int, int]  # size and modification time (ns) of a file as written
_LEFTOVER_ATTEMPTS = 100  # 5 s: a killed build's `mkdir` of 25,000 folders ends within one
_PLAIN_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")  # folder names made by `mkdir` ahead


def check_output_folder(output: Path, source: Path) -> None:
    """Refuse an output folder whose replacement would destroy sources or the user's files."""
    output, source = output.resolve(), source.resolve()
    forbidden = {source: "the source folder", Path.home().resolve(): "your home folder", Path("/"): "/"}
    if output in forbidden:
        raise SitegenError(f"refusing to use {forbidden[output]} as the output folder: choose a new folder such as _site", output)
    if source.is_relative_to(output):
        raise SitegenError(
            "refusing to use a parent of the source folder as the output folder: choose a new folder such as _site", output
        )
    for name in ("content", "static", "templates"):
        if output.is_relative_to(source / name):
            raise SitegenError(
                f"refusing to write the site inside {name}/, which holds sources: choose a folder such as _site", output
            )


class StagedWriter:
    """Writes a whole build into a staging folder beside the output, then swaps it in.

    Pages are written as they are rendered (so memory stays flat), but only into the staging
    folder: the output itself changes in one rename at the end, and not at all if the build fails.
    """

    def __init__(self, output: Path):
        output = Path(os.path.abspath(output))  # `.` and `..` have no name to put the staging folder beside
        self.output = output
        self.staging = output.with_name(f".{output.name}.sitegen-new")
        self.previous = output.with_name(f".{output.name}.sitegen-old")
        self.written: set[str] = set()
        self.stats: dict[str, FileStat] = {}  # each written page as written, for the build's stamp
        self.kept: list[str] = []  # the user's own files carried over into the new output
        self._ahead: subprocess.Popen[bytes] | None = None  # the `mkdir` making folders ahead
        self._lock: int | None = None  # the folder holding the output, locked while this build writes

    def begin(self, waiting: Callable[[], None] = lambda: None) -> None:
        """Start a build; while another build writes into the same place, call `waiting`, then wait."""
        self._stop_ahead()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self._release()
        self._lock = _take_turn(self.output.parent, waiting)
        try:
            for leftover in (self.staging, self.previous):
                _remove_leftover(leftover)
            self.staging.mkdir(parents=True)
        except BaseException:
            self._release()
            raise
        self.written.clear()
        self.stats.clear()
        self._folders: set[str] = {""}  # made in the staging folder already

    def make_folders_ahead(self, parent: str, names: Sequence[str]) -> None:
        """Start making the folders `parent/NAME` in a separate `mkdir` program, and return at once.

        A big site's pages each have a folder of their own (10,000 publications: 10,000 `mkdir`s,
        0.25-0.35 s of system time whoever makes them). Started while the build links authors and
        plans its pages, which keeps one core busy, the program makes them on the idle one instead
        of in the processes that render. Nothing waits for it: whoever makes a folder first, the
        other finds it there (`_make_folder`); `commit` and `abort` wait for the program to end.
        Only plain names are made ahead, as many as fit on a command line; the others are made as
        their pages are written. No `mkdir` program: every folder is made that way. One program
        per build: a second call only makes `parent`.
        """
        folder = _inside(self.staging, parent)
        _make_folder(folder, parent, self._folders)
        budget = _command_line_budget()
        plain = []
        for name in names:
            budget -= len(name) + 9  # the name, its NUL and its pointer in the program's arguments
            if budget < 0:
                break
            if name and name[0] != "-" and _PLAIN_NAME.issuperset(name):
                plain.append(name)
        if not plain or self._ahead is not None:
            return
        with contextlib.suppress(OSError):
            self._ahead = subprocess.Popen(
                ["mkdir", "--", *plain],
                cwd=folder,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

    def _stop_ahead(self, wait: bool = False) -> None:
        """End the `mkdir` started by `make_folders_ahead`: wait for it, or kill it."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            if not wait:
                ahead.kill()
            ahead.wait()

    def add(self, relative: str, data: Content) -> FileStat:
        stat = self.stats[relative] = _write(self.staging, relative, data, self._folders)
        self.written.add(relative)
        return stat

    def add_copy(self, relative: str, source: Path) -> None:
        target = _inside(self.staging, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        self.written.add(relative)

    def commit(self, report: Report) -> None:
        """Record what was written, keep the user's own files, and swap the new site in."""
        self._stop_ahead(wait=True)
        (self.staging / MANIFEST).write_text(json.dumps(sorted(self.written), indent=0) + "\n", encoding="utf-8")
        if self.output.exists():
            self.kept = _keep_foreign_files(self.output, self.staging, self.written, report)
            self.output.rename(self.previous)
        self.staging.rename(self.output)
        if self.previous.exists():
            shutil.rmtree(self.previous)
        self._release()

    def abort(self) -> None:
        self._stop_ahead()
        shutil.rmtree(self.staging, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing drops the lock
            self._lock = None

    @property
    def files(self) -> list[str]:
        """Every file of the output folder after `commit`: what was written, the manifest, the user's."""
        return [*self.written, MANIFEST, *self.kept]


def _take_turn(folder: Path, waiting: Callable[[], None]) -> int | None:
    """Lock `folder` (the one the output, staging and previous folders are in) for this build.

    A lock on the folder itself leaves no lock file behind, and the kernel drops it however the
    build ends. Where folders cannot be locked (some network file systems), builds go on unlocked.
    """
    if fcntl is None:
        return None
    try:
        lock = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return lock
    except BlockingIOError:
        pass
    except OSError:
        os.close(lock)
        return None
    try:
        waiting()
        fcntl.flock(lock, fcntl.LOCK_EX)
    except BaseException:
        os.close(lock)
        raise
    return lock


def _remove_leftover(folder: Path) -> None:
    """Delete a folder an earlier build left. A build killed a moment ago can have left its
    `mkdir` (see `make_folders_ahead`) making folders in it for up to a second more: deleting
    then meets a folder that is not empty, and is tried again until that program is done."""
    for attempt in range(_LEFTOVER_ATTEMPTS):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except OSError as error:
            if error.errno not in (errno.ENOTEMPTY, errno.EEXIST) or attempt == _LEFTOVER_ATTEMPTS - 1:
                raise
        time.sleep(0.05)


def _command_line_budget() -> int:
    """Bytes of arguments a program may safely be given: a quarter of the system's limit (2 MiB
    on Linux, 1 MiB on macOS), the rest left for the environment."""
    try:
        limit = os.sysconf("SC_ARG_MAX")
    except (AttributeError, ValueError, OSError):
        limit = -1
    return max(limit, 4096 * 4) // 4


def _write(root: Path, relative: str, data: Content, folders: set[str] | None = None, replace: bool = False) -> FileStat:
    """Write one file; its size and modification time as written (for the build's stamp).
    `folders` are known to exist; with `replace`, an earlier file is deleted and a new one made
    rather than truncated: several times faster for the big list pages on file systems that
    discard freed blocks at once."""
    target = _inside(root, relative)
    folder = relative.rpartition("/")[0]
    if folders is None or folder not in folders:
        _make_folder(target.parent, folder, folders)
    if replace:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(target)
    # os.open rather than open(): a site is thousands of small files, and a Python file object
    # costs more system calls (fstat, ioctl) and copies than writing the page itself
    descriptor = os.open(target, _FLAGS, 0o666)
    try:
        _write_all(descriptor, [data] if isinstance(data, bytes) else data)
        info = os.fstat(descriptor)  # the open file: no path to look up again, as a stat later would
    finally:
        os.close(descriptor)
    return info.st_size, info.st_mtime_ns


def _make_folder(path: Path, folder: str, folders: set[str] | None) -> None:
    """The file's folder; one mkdir when its parent is known to exist (a page's own folder under
    publications/), which os.makedirs would first look up."""
    if folders is None:
        os.makedirs(path, exist_ok=True)
        return
    parent = folder.rpartition("/")[0]
    if parent in folders:
        with contextlib.suppress(FileExistsError):  # made by another process writing the same build
            os.mkdir(path)
    else:
        os.makedirs(path, exist_ok=True)
        while parent not in folders:  # all of them exist now
            folders.add(parent)
            parent = parent.rpartition("/")[0]
    folders.add(folder)


def _write_all(descriptor: int, pieces: list[bytes]) -> None:
    """Every piece in order, up to a thousand to a system call (a big list page is thousands of
    pieces); after a short write, what is left of the piece goes first in the next call."""
    pending: list[bytes | memoryview] = list(pieces)  # the caller's list may be written again elsewhere
    start = 0
    while start < len(pending):
        written = _write_some(descriptor, pending[start : start + _IOV_MAX])
        while start < len(pending) and written >= len(pending[start]):  # empty pieces too
            written -= len(pending[start])
            start += 1
        if written:  # a piece was cut short
            pending[start] = memoryview(pending[start])[written:]


def _write_some(descriptor: int, batch: list[bytes | memoryview]) -> int:
    if len(batch) == 1 or not hasattr(os, "writev"):  # os.writev is POSIX only
        return os.write(descriptor, batch[0])
    return os.writev(descriptor, batch)


def _inside(root: Path, relative: str) -> Path:
    """The file's path under root; a path that would leave root is a bug or an attack.

    Checked by its text, without asking the file system: the folders written into (the staging
    folder, the preview's folder) are sitegen's own and hold no links, so a relative path with
    no `..`, no absolute start and no NUL cannot leave them.
    """
    parts = relative.split("/")
    if "\x00" in relative or "\\" in relative or relative.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise SitegenError(f"refusing to write outside the output folder: {relative!r}")
    return root.joinpath(*parts)


def _keep_foreign_files(output: Path, staging: Path, written: set[str], report: Report) -> list[str]:
    """Carry over files the user put in the output folder; refuse to replace one of them."""
    manifest = output / MANIFEST
    ours = set(json.loads(manifest.read_text(encoding="utf-8"))) if manifest.is_file() else set()
    foreign = [p for p in files_under(output) if p not in ours and p != MANIFEST]
    clashes = [p for p in foreign if p in written]
    if clashes:
        shown = ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else "")
        shutil.rmtree(staging)
        raise SitegenError(
            f"the output folder holds files sitegen did not write and would replace ({shown}); "
            "move them away or delete the folder, then build again",
            output,
        )
    for relative in foreign:
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(output / relative, target)
        report.warn(f"kept '{relative}', a file sitegen did not write", output)
    return foreign


def files_under(root: Path) -> list[str]:
    """Every file under `root`, by its path from there with forward slashes (as a site names it)."""
    return [
        os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
        for folder, _, names in os.walk(root)
        for name in names
    ]


class InPlaceWriter:
    """For the preview: write only the files whose bytes changed, and delete the ones that went.

    Changed pages are held until the build has finished, so a build that fails half way changes
    nothing; builds run on the server's only thread, so no request sees a half-written update.
    The exception is a first build's pages into an empty folder (`writing_now`), which have no
    earlier version to keep, and which a failed build removes again. Between builds it keeps each
    file's size; only a file of unchanged size is read back to compare (`differs`, which another
    process rendering part of a build asks too, handing back only what changed: `add_changed`).
    """

    def __init__(self, output: Path):
        self.output = output
        self._sizes: dict[str, int] = {}
        self._copied: dict[str, tuple[Path, int, int]] = {}
        self._pending: dict[str, Content | Path] = {}
        self._seen: set[str] = set()
        self._now: list[str] = []  # files this build writes at once (see write_now)
        self._folders: set[str] = set()  # folders of the output known to exist (see _replace)
        self.changed: list[str] = []

    def begin(self, waiting: Callable[[], None] = lambda: None) -> None:
        """Start a build; the folder is this preview's own, so nobody else's turn is waited for."""
        self.output.mkdir(parents=True, exist_ok=True)
        self._pending, self._seen, self._now, self.changed = {}, set(), [], []

    def writing_now(self, paths: list[str]) -> None:
        """Files this build writes at once, from any of its processes (`write_now`), instead of
        holding them until it ends: for the preview's first build, which has no earlier version of
        them to keep. A failed build removes them again."""
        self._now = paths

    def write_now(self, relative: str, data: Content) -> int:
        """Write one of the files `writing_now` named; its size, for `written_now`."""
        return _write(self.output, relative, data)[0]

    def written_now(self, relative: str, size: int) -> None:
        """A file `write_now` wrote in this build (in whichever process)."""
        self._seen.add(relative)
        self._sizes[relative] = size

    def add(self, relative: str, data: Content) -> None:
        self._seen.add(relative)
        if self.differs(relative, data):
            self._pending[relative] = data

    def differs(self, relative: str, data: Content) -> bool:
        """Whether `data` is not what the last build wrote to the file; it only reads, so another
        process rendering part of the build can ask too (see `add_changed`)."""
        whole = isinstance(data, bytes)
        size = len(data) if whole else sum(map(len, data))
        # only a file of unchanged size is read back and compared
        return self._sizes.get(relative) != size or _inside(self.output, relative).read_bytes() != (
            data if whole else b"".join(data)
        )

    def add_changed(self, relative: str, data: Content) -> None:
        """A file `differs` found changed, to be written when the build ends."""
        self._seen.add(relative)
        self._pending[relative] = data

    def keep(self, relative: str) -> None:
        """The file is as the last build wrote it."""
        self._seen.add(relative)

    def add_copy(self, relative: str, source: Path) -> None:
        self._seen.add(relative)
        info = source.stat()
        if self._copied.get(relative) != (source, info.st_mtime_ns, info.st_size):
            self._pending[relative] = source

    def commit(self, report: Report) -> None:
        """Write what changed and delete what this build no longer makes."""
        for relative, content in self._pending.items():
            if isinstance(content, Path):
                target = _inside(self.output, relative)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(content, target)
                info = content.stat()
                self._copied[relative] = (content, info.st_mtime_ns, info.st_size)
            else:
                self._sizes[relative] = self._replace(relative, content)
        for relative in [p for p in (*self._sizes, *self._copied) if p not in self._seen]:
            (self.output / relative).unlink(missing_ok=True)
            self._sizes.pop(relative, None)
            self._copied.pop(relative, None)
            self.changed.append(relative)
        self.changed += [*self._pending, *self._now]
        self._pending, self._now = {}, []

    def _replace(self, relative: str, content: Content) -> int:
        """Write a changed file; its size. Its folder is known to exist when an earlier build wrote
        into it (10,000 pages' `makedirs` took 0.1 s of a commit), unless it was deleted by hand."""
        try:
            return _write(self.output, relative, content, self._folders, replace=True)[0]
        except FileNotFoundError:
            self._folders.clear()  # none is known to exist any more: each is made again if missing
            return _write(self.output, relative, content, self._folders, replace=True)[0]

    def abort(self) -> None:
        self._pending = {}
        for relative in self._now:
            _inside(self.output, relative).unlink(missing_ok=True)
            self._sizes.pop(relative, None)
        self._now = []
