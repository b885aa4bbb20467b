"""Helpers: small sites made from a dict of files, built into a temporary folder."""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup

from sitegen.bibformat import DEFAULT_HIDDEN_FIELDS
from sitegen.bibtex import parse_bib, resolve
from sitegen.build import Builder, BuildResult
from sitegen.errors import Report
from sitegen.latex import LatexConverter
from sitegen.model import Publication
from sitegen.publications import PublicationBuilder, PublicationOptions

REPO = Path(__file__).resolve().parent.parent

PERSON = """\
---
name: Ada Lovelace
role: PhD Student
affiliation: Analytical Engine Lab
---
Ada works on engines.
"""


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (relative path -> text) under root; text is dedented."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def imported_entries(target: Path) -> dict[str, dict[str, str]]:
    """The entries an import wrote (content/publications/publications.bib), each field by its name
    and the entry's type as `type`."""
    import bibtexparser

    library = bibtexparser.parse_string((target / "content/publications/publications.bib").read_text())
    return {
        entry.key: {"type": entry.entry_type, **{k: f.value for k, f in entry.fields_dict.items()}} for entry in library.entries
    }


def imported_copy(fixture: Path, tmp_path: Path, capsys) -> tuple[Path, list[str], str]:
    """`sitegen import` of a copy of a template's site (tests/data/<template>) into a new folder:
    the new site, the notes printed (each without the copy's folder) and the summary."""
    source = tmp_path / "old"
    shutil.copytree(fixture, source)
    return imported_folder(source, capsys)


def imported_folder(source: Path, capsys) -> tuple[Path, list[str], str]:
    """`sitegen import` of the old site at `source` into the folder `new` beside it: the new site,
    the notes printed (each from the old site's folder on) and the summary."""
    from sitegen.cli import main

    target = source.parent / "new"
    assert main(["import", str(source), str(target)]) == 0
    printed = capsys.readouterr()
    return target, [note.replace(f"{source}/", "") for note in printed.err.splitlines()], printed.out


@pytest.fixture
def make_site(tmp_path: Path):
    """Create a site folder from files; a one-person site unless people are given."""

    def make(files: dict[str, str | bytes], with_person: bool = True) -> Path:
        site = tmp_path / "site"
        defaults: dict[str, str | bytes] = {"content/site.yml": "title: Test Site\nowner: ada\n"}
        if with_person:
            defaults["content/people/ada.md"] = PERSON
        return write_files(site, {**defaults, **files})

    return make


def publications_from(
    *texts: str,
    names: tuple[str, ...] = ("refs.bib",),
    hidden: tuple[str, ...] = DEFAULT_HIDDEN_FIELDS,
    exists: Callable[[str], bool] = lambda path: True,
    report: Report | None = None,
) -> tuple[list[Publication], Report]:
    """The publications a build makes of .bib texts (each a file, named by `names` in turn), and
    its report: the parser's and the builder's warnings, with `hidden` fields left out of the
    BibTeX shown and `exists` telling which files of static/ there are."""
    report = report if report is not None else Report()
    files = [parse_bib(text, Path(name)) for text, name in zip(texts, names, strict=True)]
    builder = PublicationBuilder(LatexConverter(), report, PublicationOptions(hidden_fields=hidden), exists)
    return builder.build(resolve(files, report)), report


def tree(root: Path) -> dict[str, bytes]:
    """Every file of a built site and its bytes, but the writer's manifest: two builds compared."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and path.name != ".sitegen-manifest.json"
    }


def preview_follows(preview: Builder, site: Path, edits: list[Callable[[], object]], scratch: Path) -> list[str]:
    """Makes the edits one by one, each followed by the preview's build and a clean build into
    `scratch`: the two say the same and write the same files. Returns the last warnings."""
    preview.build()
    warnings: list[str] = []
    for number, change in enumerate(edits):
        change()
        warnings = [str(warning) for warning in preview.build().warnings]
        clean = scratch / f"clean{number}"
        assert warnings == [str(warning) for warning in Builder(site, clean).build().warnings], f"after edit {number}"
        assert tree(preview.output) == tree(clean), f"after edit {number}"
    return warnings


def build(site: Path, **options) -> BuildResult:
    return Builder(site, site / "_site", **options).build()


def html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


AXE = REPO / "tests/node/node_modules/axe-core/axe.min.js"  # installed by .ci/run (npm)
VNU = REPO / "tests/node/node_modules/vnu-jar/build/dist/vnu.jar"  # the Nu Html Checker, from npm as well
CHROMIUM = os.environ.get("SITEGEN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class Quiet(http.server.SimpleHTTPRequestHandler):
    """A static file server that does not print every request."""

    def log_message(self, *args: object) -> None:
        pass


class StandIn(http.server.BaseHTTPRequestHandler):
    """A web service's stand-in (doi.org, ORCID, dblp): subclasses answer its requests."""

    def answer(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A local server of `handler` while the block runs: its address (http://127.0.0.1:port/)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium (bash .ci/run does) or set SITEGEN_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def compiles_counted(monkeypatch) -> list[str]:
    """The templates this process compiles from now on (a forked worker counts its own)."""
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return real(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return compiled
