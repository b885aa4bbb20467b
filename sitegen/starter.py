"""`sitegen init`: a starter site that builds with no warnings and publishes on GitHub Pages.

The files live in sitegen/starter/ (shipped in the wheel). Names that start with a dot are kept
there without it (`gitignore`, `github/`), so packaging tools do not drop them as hidden files.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.errors import SitegenError

STARTER = Path(__file__).resolve().parent / "starter"
DOTTED = {"gitignore": ".gitignore", "github": ".github"}


@dataclass
class Created:
    """What `init` wrote, and what it found already there and left alone."""

    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def create_starter(target: Path) -> Created:
    """Copy the starter site into `target`; an existing file is never replaced."""
    if target.exists() and not target.is_dir():
        raise SitegenError("cannot create a site here: it is a file, not a folder", target)
    created = Created()
    for source in sorted(path for path in STARTER.rglob("*") if path.is_file()):
        relative = _site_path(source.relative_to(STARTER))
        destination = target / relative
        if destination.exists() or destination.is_symlink():
            created.kept.append(relative)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        created.written.append(relative)
    return created


def _site_path(relative: Path) -> str:
    parts = list(relative.parts)
    parts[0] = DOTTED.get(parts[0], parts[0])
    return "/".join(parts)
