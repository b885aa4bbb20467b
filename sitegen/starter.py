"""`sitegen init`: a starter site that builds with no warnings and publishes on GitHub Pages (or,
with `--gitlab`, on GitLab Pages).

The files live in sitegen/starter/ (shipped in the wheel). Names that start with a dot are kept
there without it (`gitignore`, `github/`), so packaging tools do not drop them as hidden files.
requirements.txt is written for the sitegen that runs (see provenance.py).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.errors import SitegenError
from sitegen.provenance import Requirement, requirements_text, this_sitegen

STARTER = Path(__file__).resolve().parent / "starter"
DOTTED = {"gitignore": ".gitignore", "github": ".github", "gitlab-ci.yml": ".gitlab-ci.yml"}
# what publishes the site, by where it is published: GitHub Pages' workflow or GitLab Pages' job
HOSTS = {"github": ".github/workflows/pages.yml", "gitlab": ".gitlab-ci.yml"}


@dataclass
class Created:
    """What `init` wrote, and what it found already there and left alone."""

    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    requirement: Requirement | None = None  # what requirements.txt installs, when it was written


def create_starter(target: Path, only_publishing: bool = False, host: str = "github") -> Created:
    """Copy the starter site into `target` (or, for a site made before, only the files that
    publish it), with what publishes it on `host` (github or gitlab); an existing file is never
    replaced."""
    if target.exists() and not target.is_dir():
        raise SitegenError("cannot create a site here: it is a file, not a folder", target)
    created = Created()
    publishing = (HOSTS[host], ".gitignore")  # with requirements.txt: what a site needs to publish
    for source in sorted(path for path in STARTER.rglob("*") if path.is_file()):
        relative = _site_path(source.relative_to(STARTER))
        if (only_publishing and relative not in publishing) or (relative in HOSTS.values() and relative != HOSTS[host]):
            continue
        destination = target / relative
        if destination.exists() or destination.is_symlink():
            created.kept.append(relative)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        created.written.append(relative)
    _write_requirements(target, created)
    return created


def _write_requirements(target: Path, created: Created) -> None:
    """requirements.txt names the sitegen that made the site: a bare `sitegen` is another program on PyPI."""
    destination = target / "requirements.txt"
    if destination.exists() or destination.is_symlink():
        created.kept.append("requirements.txt")
        return
    created.requirement = this_sitegen()
    destination.write_text(requirements_text(created.requirement), encoding="utf-8")
    created.written.append("requirements.txt")


def _site_path(relative: Path) -> str:
    parts = list(relative.parts)
    parts[0] = DOTTED.get(parts[0], parts[0])
    return "/".join(parts)
