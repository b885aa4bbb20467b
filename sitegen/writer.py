"""Writing the output folder safely.

The site is written into a staging folder beside the output and swapped in at the end, so a
failed or interrupted build leaves the previous output as it was. A manifest lists what sitegen
wrote; a file it did not write is never deleted.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from sitegen.errors import Report, SitegenError

MANIFEST = ".sitegen-manifest.json"


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


def write_site(output: Path, files: dict[str, bytes], copies: dict[str, Path], report: Report) -> None:
    """Write `files` (site path -> bytes) and `copies` (site path -> source file), then swap in."""
    staging = output.with_name(f".{output.name}.sitegen-new")
    previous = output.with_name(f".{output.name}.sitegen-old")
    for leftover in (staging, previous):
        if leftover.exists():
            shutil.rmtree(leftover)
    staging.mkdir(parents=True)
    for relative, data in files.items():
        target = _inside(staging, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for relative, source in copies.items():
        target = _inside(staging, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    written = sorted(set(files) | set(copies))
    (staging / MANIFEST).write_text(json.dumps(written, indent=0) + "\n", encoding="utf-8")
    if output.exists():
        _keep_foreign_files(output, staging, set(written), report)
        output.rename(previous)
    staging.rename(output)
    if previous.exists():
        shutil.rmtree(previous)


def _inside(root: Path, relative: str) -> Path:
    """The file's path under root; a path that would leave root is a bug or an attack."""
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()) or "\x00" in relative:
        raise SitegenError(f"refusing to write outside the output folder: {relative!r}")
    return target


def _keep_foreign_files(output: Path, staging: Path, written: set[str], report: Report) -> None:
    """Carry over files the user put in the output folder; refuse to replace one of them."""
    manifest = output / MANIFEST
    ours = set(json.loads(manifest.read_text(encoding="utf-8"))) if manifest.is_file() else set()
    foreign = [p for p in _files(output) if p not in ours and p != MANIFEST]
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


def _files(root: Path) -> list[str]:
    return [
        os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
        for folder, _, names in os.walk(root)
        for name in names
    ]


class InPlaceWriter:
    """For the preview: write only the files whose bytes changed, and delete the ones that went.

    Atomicity comes from the server instead: builds run on its only thread, so no request is
    answered while files are being written.
    """

    def __init__(self, output: Path):
        self.output = output
        self._written: dict[str, bytes] = {}
        self._copied: dict[str, tuple[Path, int, int]] = {}

    def write(self, files: dict[str, bytes], copies: dict[str, Path]) -> list[str]:
        """Bring the output up to date; returns the site paths that changed."""
        changed = [path for path, data in files.items() if self._written.get(path) != data]
        for path in changed:
            target = _inside(self.output, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[path])
            self._written[path] = files[path]
        for path, source in copies.items():
            info = source.stat()
            signature = (source, info.st_mtime_ns, info.st_size)
            if self._copied.get(path) != signature:
                target = _inside(self.output, path)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                self._copied[path] = signature
                changed.append(path)
        for path in [p for p in self._written if p not in files] + [p for p in self._copied if p not in copies]:
            (self.output / path).unlink(missing_ok=True)
            self._written.pop(path, None)
            self._copied.pop(path, None)
            changed.append(path)
        return changed
