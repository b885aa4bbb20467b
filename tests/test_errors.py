"""Bad input: `path:line: message`, exit code 1, no traceback, the previous output untouched."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PERSON, build

from sitegen.cli import main


def run(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitegen", "build", "--source", str(site), *args], capture_output=True, text=True, timeout=120
    )


def test_good_build_prints_one_summary_line(make_site):
    site = make_site({})
    result = run(site)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("Built 2 pages, 0 publications, 0 warnings in ")  # home and 404


@pytest.mark.parametrize(
    ("files", "where", "message"),
    [
        ({"content/site.yml": "title: [unclosed\nowner: ada\n"}, "site.yml:", "invalid YAML"),
        ({"content/people/ada.md": "---\nname: Ada\nrole: x\n"}, "ada.md:1:", "never closed"),
        ({"content/people/ada.md": "---\nrole: PhD\n---\nBio\n"}, "ada.md:", "has no name"),
        ({"content/people/ada.md": "---\nname: Ada\nrole: : :\n---\n"}, "ada.md:3:", "invalid YAML"),
        (
            {"templates/person.html": "{% extends 'base.html' %}{% block main %}{{ person.name }{% endblock %}"},
            "person.html:1:",
            "template syntax error",
        ),
        (
            {"templates/person.html": "{% extends 'base.html' %}\n{% block main %}\n{{ person.nmae }}\n{% endblock %}"},
            "person.html:3:",
            "nmae",
        ),
        ({"content/site.yml": "title: T\nowner: nobody\n"}, "site.yml:2:", "owner 'nobody'"),
        (
            {"templates/person.html": "{% extends 'base.html' %}\n{% block main %}\n{% include 'nope.html' %}{% endblock %}"},
            "person.html:3:",
            "template 'nope.html' not found",
        ),
        ({"content/site.yml": "title: T\npublications:\n  group_by_year: maybe\n"}, "site.yml:3:", "expected true or false"),
        ({"content/site.yml": "title: T\nlanguage: English please\n"}, "site.yml:2:", "language"),
        ({"content/people/Ada.md": "---\nname: Ada Two\n---\n"}, "people/ada.md:1:", "this file and Ada.md would both be at"),
        ({"content/people/ada.md": "---\nname: Ada\neducation: PhD\n---\n"}, "ada.md:3:", "'education' must be a list"),
        (
            {"content/people/ada.md": "---\nname: Ada\neducation:\n  - degree: PhD\n    instituton: X\n---\n"},
            "ada.md:5:",
            "not 'instituton' (did you mean 'institution'?)",
        ),
        ({"content/people/ada.md": "---\nname: Ada\neducation:\n  - year: 2020\n---\n"}, "ada.md:4:", "this degree has no name"),
        (
            {"content/people/ada.md": "---\nname: Ada\nexperience:\n  - title: Intern\n    compnay: X\n---\n"},
            "ada.md:5:",
            "a position has 'title', 'organization', 'location', 'years', 'start', 'end', 'description', 'url'; not 'compnay' "
            "(did you mean 'company'?)",
        ),
        ({"content/people/ada.md": "---\nname: Ada\nawards: Best\n---\n"}, "ada.md:3:", "'awards' must be a list of awards"),
        ({"content/people/ada.md": "---\nname: Ada\npublications: some\n---\n"}, "ada.md:3:", "'publications' is 'all'"),
        ({"content/people/ada.md": "---\nname: Ada\nawards:\n  - year: 2020\n---\n"}, "ada.md:4:", "this award has no title"),
        (
            {"content/pages/my cv.md": "---\ntitle: A\n---\n", "content/pages/my-cv.md": "---\ntitle: B\n---\n"},
            "pages/my-cv.md:1:",
            "this file and my cv.md would both be at .../my-cv/",
        ),
        (  # YAML reads it as a date, and the date does not exist: was an internal error
            {"content/news/a.md": "---\ntitle: A\ndate: 2024-13-01\n---\nNews.\n"},
            "news/a.md:3:",
            "'2024-13-01' is no date (month must be in 1..12): write it as YYYY-MM-DD",
        ),
        ({"content/site.yml": "title: T\nowner: ada\nupdated: 2023-02-30\n"}, "site.yml:3:", "'2023-02-30' is no date"),
        (  # two names in Chinese characters read alike in Latin letters
            {"content/people/张三.md": "---\nname: 张三\n---\n", "content/people/章三.md": "---\nname: 章三\n---\n"},
            "people/章三.md:1:",
            "would both be at .../zhangsan/ (an address is the file name in lower-case Latin letters",
        ),
    ],
)
def test_mistakes_are_reported_with_file_and_line(make_site, files, where, message):
    site = make_site(files)
    result = run(site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert where in result.stderr and message in result.stderr, result.stderr


def test_debug_shows_the_traceback(make_site):
    site = make_site({"content/people/ada.md": "---\nrole: PhD\n---\n"})
    result = run(site, "--debug")
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_broken_bib_entry_is_a_warning_and_the_rest_builds(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": """\
                @article{good, author={Ada Lovelace}, title={Notes}, journal={J}, year=1843}
                @article{bad, author={Ada Lovelace}, title={Broken, year=1844}
                @article{later, author={Ada Lovelace}, title={Later}, journal={J}, year=1845}
                """
        }
    )
    result = run(site)
    assert result.returncode == 0, result.stderr
    assert "refs.bib:2: warning: skipped entry 'bad'" in result.stderr
    page = (site / "_site/index.html").read_text()
    assert "Notes" in page and "Later" in page
    strict = run(site, "--strict", "--output", str(site / "strict_out"))
    assert strict.returncode == 1
    assert "refs.bib:2:" in strict.stderr and "--strict" in strict.stderr
    assert not (site / "strict_out").exists()


def test_failed_build_leaves_previous_output_untouched(make_site):
    site = make_site({})
    build(site)
    before = {p: p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()}
    (site / "content/people/ada.md").write_text("---\nname: [broken\n---\n")
    assert run(site).returncode == 1
    after = {p: p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()}
    assert after == before


@pytest.mark.parametrize("output", [".", "content", "content/out", "static", "templates", ".."])
def test_output_folder_holding_sources_is_refused(make_site, output):
    site = make_site({"static/x.txt": "x", "templates/.keep": ""})
    result = run(site, "--output", str(site / output))
    assert result.returncode == 1
    assert "refusing" in result.stderr
    assert (site / "content/site.yml").exists()


@pytest.mark.parametrize("command", ["build", "serve", "check"])
@pytest.mark.parametrize(
    ("source", "message"),
    [("typo", "no such folder"), ("a-file", "not a folder"), ("no-content", "no content/ folder here")],
)
def test_a_folder_that_is_not_a_site_is_refused_not_made_one(tmp_path, command, source, message):
    """A mistyped --source must not become a new empty site (nor a preview of one)."""
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "no-content").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "sitegen", command, "--source", source], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"{source}: error: {message}") and "Traceback" not in result.stderr
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["a-file", "no-content"]


@pytest.mark.parametrize("output", [".", ".."])
def test_the_output_may_be_named_relative_to_where_sitegen_runs(make_site, tmp_path, output):
    site = make_site({})
    inside = tmp_path / "out/inner"
    inside.mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "-m", "sitegen", "build", "--source", str(site), "--output", output],
        cwd=inside,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert ((inside / output).resolve() / "index.html").is_file()
    assert not list((tmp_path / "out").glob(".*.sitegen-*")) and not list(tmp_path.glob(".*.sitegen-*"))


def test_the_root_is_refused_as_output_before_anything_is_made(make_site):
    result = run(make_site({}), "--output", "/")
    assert result.returncode == 1
    assert result.stderr.strip() == "/: error: refusing to use / as the output folder: choose a new folder such as _site"


def test_files_the_user_put_in_the_output_are_kept(make_site):
    site = make_site({})
    build(site)
    (site / "_site/notes.txt").write_text("mine")
    result = build(site)
    assert (site / "_site/notes.txt").read_text() == "mine"
    assert any("notes.txt" in w.message for w in result.warnings)


def test_stale_files_sitegen_wrote_are_removed(make_site):
    site = make_site({"content/pages/about.md": "---\ntitle: About\n---\nHi\n"})
    build(site)
    assert (site / "_site/about/index.html").exists()
    (site / "content/pages/about.md").unlink()
    build(site)
    assert not (site / "_site/about").exists()


def test_output_holding_foreign_file_that_would_be_replaced_is_refused(make_site):
    site = make_site({"_site/index.html": "<p>my own page</p>"})
    result = run(site)
    assert result.returncode == 1
    assert "did not write" in result.stderr
    assert (site / "_site/index.html").read_text() == "<p>my own page</p>"


def test_main_returns_exit_codes(make_site, capsys):
    site = make_site({"content/people/ada.md": PERSON.replace("name: Ada Lovelace", "name:")})
    assert main(["build", "--source", str(site)]) == 1
    assert "has no name" in capsys.readouterr().err


def test_markdown_file_that_is_not_utf8_is_reported_not_a_crash(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada\n---\nCaf\xe9 notes\n".encode("latin-1")})
    result = run(site)
    assert result.returncode == 1
    assert "ada.md:4: error: this file is not valid UTF-8" in result.stderr


def test_a_profile_saved_as_utf16_builds(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada L\xf6we\n---\nCaf\xe9 notes\n".encode("utf-16")})
    result = run(site)
    assert result.returncode == 0, result.stderr
    page = (site / "_site/index.html").read_text(encoding="utf-8")  # ada owns the site
    assert "Ada L\xf6we" in page and "Caf\xe9 notes" in page


def test_control_characters_in_any_source_are_left_out_of_every_output_with_a_warning(make_site):
    """Invisible, and not allowed in HTML (a parse error) or XML (a broken feed): a copy from a PDF
    leaves them. Before, they reached the pages; in front matter, YAML refused the file."""
    site = make_site(
        {
            "content/site.yml": "title: Test\x02 Site\nowner: ada\nbase_url: https://example.org/\n",
            "content/people/ada.md": "---\nname: Ada\x01 Lovelace\n---\nAn e\x02cient\x0bengine.\n",
            "content/publications/refs.bib": "@article{a, title={Fine\x1f work}, author={Lovelace, Ada},\n"
            "  journal={J}, year=2020, abstract={Copied\x0cfrom a PDF\x7f\x85.}}\n",
        }
    )
    result = run(site)
    assert result.returncode == 0, result.stderr
    for where, line in (("site.yml", 1), ("ada.md", 2), ("refs.bib", 1)):
        assert f"{where}:{line}: warning: an invisible control character" in result.stderr
    control = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")
    written = [path for path in (site / "_site").rglob("*") if path.is_file()]
    assert len(written) > 8
    assert [path.name for path in written if control.search(path.read_bytes())] == []
    page = (site / "_site/publications/a/index.html").read_text(encoding="utf-8")
    assert "Fine work" in page and "Copied from a PDF." in page and "Ada Lovelace" in page


@pytest.mark.parametrize(("files", "code"), [({}, 0), ({"content/people/ada.md": "---\nname:\n---\n"}, 1)])
def test_the_program_ends_without_tearing_down_once_its_output_is_flushed(make_site, monkeypatch, capsys, files, code):
    from sitegen import cli

    site = make_site(files)
    ended: list[int] = []
    real_exit, parent = os._exit, os.getpid()

    def end(status: int) -> None:
        if os.getpid() != parent:  # a process the build forked (it reads the documents) ends for real:
            real_exit(status)  # raised there, SystemExit would run the rest of the tests in it too
        ended.append(status)
        raise SystemExit(status)

    flushed: list[str] = []
    monkeypatch.setattr(cli.os, "_exit", end)
    monkeypatch.setattr(cli.sys, "argv", ["sitegen", "build", "--source", str(site)])
    monkeypatch.setattr(cli.sys.stdout, "flush", lambda: flushed.append("out"))
    with pytest.raises(SystemExit):
        cli.run()
    assert ended == [code] and "out" in flushed


def test_a_reader_that_stops_early_is_no_internal_error(make_site):
    site = make_site({})
    command = [sys.executable, "-m", "sitegen", "build", "--source", str(site), "--timings"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # as `| head -0` would: every line the build prints hits a closed pipe
    stderr = process.communicate(timeout=120)[1].decode()
    assert process.returncode == 1
    assert "internal error" not in stderr and "Traceback" not in stderr and "Exception ignored" not in stderr
    assert (site / "_site/index.html").is_file()  # the build itself was done


def test_the_preview_reads_an_unchanged_bib_once_and_says_its_warnings_every_build(make_site, monkeypatch):
    """Decoding a big .bib and looking through it for control characters is 30 ms at 24 MB: the
    preview does it when the file's bytes changed, not for every edit of a biography."""
    from sitegen import build as build_module

    site = make_site({"content/publications/refs.bib": "@misc{a, title={A\x02}, author={Lovelace, Ada}, year=2020}\n"})
    decoded: list[Path] = []
    real = build_module.bib_text
    monkeypatch.setattr(build_module, "bib_text", lambda data, path, report: decoded.append(path) or real(data, path, report))
    preview = build_module.Builder(site, site / "_preview", in_place=True)
    for edit in ("Ada.", "Ada, again.", "Ada, once more."):
        (site / "content/people/ada.md").write_text(PERSON + edit + "\n", encoding="utf-8")
        assert [w.line for w in preview.build().warnings if "control character" in w.message] == [1]
    assert len(decoded) == 1
    (site / "content/publications/refs.bib").write_text(
        "@misc{a, title={A}, author={Lovelace, Ada}, year=2020}\n", encoding="utf-8"
    )
    assert not [w for w in preview.build().warnings if "control character" in w.message]
    assert len(decoded) == 2


OUT_OF_ORDER_BIB = """\
    @article{old, author={Nobody Known}, title={Old}, journal={J}, year=2001}
    @article{middle, author={Ada Lovelace}, title={Middle \\foo}, journal={J}, year=2010}
    @article{new, author={Someone Else}, title={New}, journal={J}, year=2020}
    """


@pytest.mark.parametrize("broken_template", [False, True])
def test_warnings_are_listed_by_file_and_line(make_site, broken_template):
    """They are found phase by phase (an unknown macro while parsing, an unknown author newest
    entry first, a profile's key before or after); a build that fails as it renders lists the ones
    found before its error in the same order."""
    files = {
        "content/publications/refs.bib": OUT_OF_ORDER_BIB,
        "content/people/zed.md": "---\nname: Zed\nrole: PhD\nfavourite: tea\n---\n",
    }
    if broken_template:
        files["templates/person.html"] = '{% extends "base.html" %}{% block main %}{{ nothing.here }}{% endblock %}'
    result = run(make_site(files))
    assert result.returncode == (1 if broken_template else 0), result.stderr
    assert ("person.html:1: error:" in result.stderr) == broken_template
    places = re.findall(r"^.*?content/([\w/]+\.\w+):(\d+): warning", result.stderr, flags=re.MULTILINE)
    assert [place for place in places if place[0].endswith(".bib")] == [
        ("publications/refs.bib", "1"),
        ("publications/refs.bib", "2"),
        ("publications/refs.bib", "3"),
    ]
    assert places == sorted(places, key=lambda place: (place[0], int(place[1]))) and len(places) == 4
