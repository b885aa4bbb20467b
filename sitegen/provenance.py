"""Where the running sitegen was installed from, as a line of requirements.txt.

A new site's GitHub Pages workflow installs sitegen from its requirements.txt. A bare `sitegen`
there would install the unrelated program of that name on PyPI, so `sitegen init` writes the
place this sitegen came from instead: the Git commit it was installed from (pip records it in
direct_url.json, PEP 610), the commit of the clone it runs from (an editable install, as the
README's quick start makes), or a download URL. When none of these can be found, the line pins
this version and the file says to replace it.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from sitegen import __version__

PACKAGE = Path(__file__).resolve().parent
# git@github.com:lab/sitegen.git and ssh://git@github.com/lab/sitegen.git: a CI runner has no key
# for them, and the same repository is public at https://github.com/lab/sitegen.git
_SCP_LIKE = re.compile(r"^[\w.-]+@([\w.-]+):(?!//)(.+)$")
_SSH = re.compile(r"^ssh://[\w.-]+@([\w.-]+)(?::\d+)?/(.+)$")

GitLookup = Callable[[Path], "Clone | None"]


@dataclass(frozen=True)
class Clone:
    origin: str
    commit: str
    pushed: bool  # the commit is on one of origin's branches, so others can fetch it


@dataclass(frozen=True)
class Requirement:
    line: str  # for requirements.txt
    found: bool  # False: a guess the user has to replace
    warning: str = ""  # found, but not yet fetchable


def this_sitegen() -> Requirement:
    """The requirement for the sitegen that is running now."""
    try:
        recorded = metadata.distribution("sitegen").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        recorded = None
    return requirement(json.loads(recorded) if recorded else None, PACKAGE.parent, git_origin_and_commit)


def requirement(direct_url: dict | None, source: Path, git: GitLookup) -> Requirement:
    """From pip's record of the install (None without one) and the folder the package runs from."""
    if direct_url and "vcs_info" in direct_url and (url := _web_url(direct_url.get("url", ""))):
        commit = direct_url["vcs_info"].get("commit_id") or direct_url["vcs_info"].get("requested_revision")
        return Requirement(f"sitegen @ git+{url}" + (f"@{commit}" if commit else ""), True)
    if (clone := git(source)) is not None and (url := _web_url(clone.origin)):
        unpushed = (
            ""
            if clone.pushed
            else f"commit {clone.commit[:12]} of your sitegen clone is not on its origin yet: push it, or the Pages "
            "workflow cannot install it"
        )
        return Requirement(f"sitegen @ git+{url}@{clone.commit}", True, unpushed)
    if direct_url and "archive_info" in direct_url and direct_url.get("url", "").startswith(("https://", "http://")):
        return Requirement(f"sitegen @ {direct_url['url']}", True)
    return Requirement(f"sitegen=={__version__}", False)


def _web_url(url: str) -> str:
    """The URL a CI runner can fetch the repository from, or "" for a local one."""
    url = url.removeprefix("git+")
    if url.startswith(("https://", "http://")):
        return url
    if found := _SCP_LIKE.match(url) or _SSH.match(url):
        return f"https://{found.group(1)}/{found.group(2)}"
    return ""


def git_origin_and_commit(folder: Path) -> Clone | None:
    """The `origin` remote and HEAD commit of the Git clone whose top folder `folder` is. Only
    its top: a package installed into a virtual environment inside some other repository (a site's
    own `.venv/`) is in that repository's work tree, which says nothing of where sitegen came from."""
    try:
        top, origin, commit, on_branches = (
            subprocess.run(
                ["git", "-C", str(folder), *command], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            for command in (
                ["rev-parse", "--show-toplevel"],
                ["remote", "get-url", "origin"],
                ["rev-parse", "HEAD"],
                ["branch", "--remotes", "--contains", "HEAD", "--list", "origin/*"],
            )
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return Clone(origin, commit, bool(on_branches)) if Path(top).resolve() == folder.resolve() else None


def requirements_text(found: Requirement) -> str:
    """requirements.txt for a new site."""
    if found.found:
        return f"# what the GitHub Pages workflow installs to build the site: the sitegen it was made with\n{found.line}\n"
    return (
        "# what the GitHub Pages workflow installs to build the site. sitegen could not tell where it\n"
        "# was installed from: replace the last line with that place, such as\n"
        "#   sitegen @ git+https://github.com/YOU/sitegen@v" + __version__ + "\n"
        '# (the package called "sitegen" on PyPI is another program)\n'
        f"{found.line}\n"
    )
