"""`sitegen serve` in a subprocess: edits show up, errors show and clear, busy ports, stopping."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, compiles_counted, preview_follows, write_files

from sitegen.build import Builder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return ""


def wait_for(condition, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


class Served:
    """A `sitegen serve` subprocess and everything it printed."""

    def __init__(self, source: Path, port: int, temporary: Path):
        self.source, self.port = source, port
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", "--source", str(source), "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "TMPDIR": str(temporary)},  # where its private folder goes
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        assert wait_for(lambda: any(line.startswith("Serving ") for line in self.lines)), self.lines

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def url(self) -> str:
        serving = next(line for line in self.lines if line.startswith("Serving "))
        return serving.split(" at ", 1)[1].split(" ", 1)[0]

    def rebuilds(self) -> int:
        return sum(line.startswith("Rebuilt in") for line in self.lines)

    def stop(self, how: signal.Signals = signal.SIGINT) -> int:
        self.process.send_signal(how)
        return self.process.wait(timeout=60)  # removing the previews folder on a busy disk can take a while


@pytest.fixture
def demo_site(tmp_path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(REPO / "content", site / "content")
    return site


@pytest.fixture
def temporary(tmp_path) -> Path:
    """The previews' temporary space (TMPDIR), so a test sees what they leave there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


def previews_folders(temporary: Path) -> set[str]:
    return {path.name for path in temporary.glob("sitegen-serve-*")}


@pytest.fixture
def serve(demo_site, temporary):
    started: list[Served] = []

    def start(source: Path = demo_site, port: int | None = None) -> Served:
        served = Served(source, port or free_port(), temporary)
        started.append(served)
        return served

    yield start
    for served in started:
        if served.process.poll() is None:
            served.process.kill()
            served.process.wait()


BIO = "content/people/shipeng-bai.md"


def edit(site: Path, relative: str, old: str, new: str) -> None:
    path = site / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the test's edit does not apply to {relative}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_edits_show_up_and_ctrl_c_stops_cleanly(serve, demo_site, temporary):
    served = serve()
    assert len(previews_folders(temporary)) == 1
    assert served.url.endswith("/")
    assert "working toward the MS degree" in fetch(served.url)
    edit(demo_site, BIO, "working toward the MS degree", "working toward the Master of Engineering degree")
    assert wait_for(lambda: "working toward the Master of Engineering degree" in fetch(served.url))
    edit(demo_site, "content/publications/publications.bib", "Learning Global-Aware Kernel", "Learning a Global-Aware Kernel")
    assert wait_for(lambda: "Learning a Global-Aware Kernel" in fetch(served.url))
    assert served.stop() == 0
    assert served.lines[-1] == "Stopped."
    assert not (demo_site / "_site").exists()
    assert fetch(served.url) == ""
    assert previews_folders(temporary) == set()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "closed terminal"])
def test_a_stop_signal_removes_the_previews_folder(serve, temporary, how):
    served = serve()
    (folder,) = temporary.glob("sitegen-serve-*")
    assert (folder / "www/index.html").is_file()
    assert served.stop(how) == 0
    assert served.lines[-1] == "Stopped."
    assert not folder.exists()


def test_the_folder_of_a_killed_preview_is_removed_by_the_next_one(serve, temporary, tmp_path):
    killed = serve()
    (killed_folder,) = previews_folders(temporary)
    other_site = tmp_path / "other"
    shutil.copytree(REPO / "content", other_site / "content")
    running = serve(other_site)
    (running_folder,) = previews_folders(temporary) - {killed_folder}
    killed.process.kill()
    killed.process.wait()
    assert previews_folders(temporary) == {killed_folder, running_folder}  # SIGKILL: no clean-up
    serve(other_site)
    left = previews_folders(temporary)
    assert killed_folder not in left
    assert running_folder in left and len(left) == 2
    assert "Shipeng Bai" in fetch(running.url)


def test_a_burst_of_saves_gives_one_rebuild(serve, demo_site):
    served = serve()
    before = served.rebuilds()
    write_files(demo_site, {"content/pages/a.md": "---\ntitle: A\n---\n", "content/pages/b.md": "---\ntitle: B\n---\n"})
    edit(demo_site, BIO, "Deep Learning\n", "Deep Learning\n  - Robotics\n")
    assert wait_for(lambda: "Robotics" in fetch(served.url) and "<h1>B</h1>" in fetch(served.url + "b/"))
    time.sleep(0.5)
    assert served.rebuilds() == before + 1


def test_an_error_is_shown_over_the_last_good_site_and_clears_after_the_fix(serve, demo_site):
    served = serve()
    edit(demo_site, BIO, "name: Shipeng Bai\n", "name: [Shipeng Bai\n")
    assert wait_for(lambda: "sitegen-build-error" in fetch(served.url))
    page = fetch(served.url)
    assert "shipeng-bai.md:" in page and "invalid YAML" in page
    assert "Shipeng Bai" in page and "Learning Global-Aware Kernel" in page  # the last good site
    assert served.process.poll() is None
    edit(demo_site, BIO, "name: [Shipeng Bai\n", "name: Shipeng Bai\n")
    assert wait_for(lambda: "sitegen-build-error" not in fetch(served.url) and "Shipeng Bai" in fetch(served.url))


def test_a_busy_port_moves_to_the_next_free_one(serve):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        served = serve(port=port)
        assert f"Port {port} is in use; using " in "\n".join(served.lines)
        assert f":{port}/" not in served.url
        assert "Shipeng Bai" in fetch(served.url)


def test_a_host_it_cannot_listen_on_is_an_error_before_any_build(demo_site, temporary, monkeypatch, capsys):
    from sitegen import serve as serving
    from sitegen.cli import main

    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.setattr(serving.Preview, "rebuild", lambda self: pytest.fail("built before the host was tried"))
    assert main(["serve", "--source", str(demo_site), "--host", "192.0.2.1"]) == 1
    assert "cannot listen on 192.0.2.1:8000" in capsys.readouterr().err
    assert list(temporary.iterdir()) == []  # no preview folder was made either


def test_the_preview_uses_the_deployed_base_path(serve, tmp_path):
    lab = tmp_path / "lab"
    shutil.copytree(REPO / "examples/lab/content", lab / "content")
    served = serve(lab)
    assert served.url.endswith("/harbour-lab/")
    page = fetch(served.url)
    assert 'href="/harbour-lab/css/site.css"' in page
    assert ":root" in fetch(served.url + "css/site.css")
    assert "url=/harbour-lab/" in fetch(served.url.removesuffix("harbour-lab/"))


def test_a_new_base_url_moves_the_preview_and_leaves_nothing_at_the_old_path(serve, tmp_path):
    lab = tmp_path / "lab"
    shutil.copytree(REPO / "examples/lab/content", lab / "content")
    served = serve(lab)
    old = served.url
    assert "Harbour Vision Lab" in fetch(old)
    edit(lab, "content/site.yml", "example.github.io/harbour-lab/", "example.github.io/moved/")
    new = old.replace("/harbour-lab/", "/moved/")
    assert wait_for(lambda: "Harbour Vision Lab" in fetch(new))
    assert f"base_url changed: now serving at {new}" in served.lines
    assert fetch(old) == ""  # the site built for the old base path is gone
    assert "url=/moved/" in fetch(old.removesuffix("harbour-lab/"))


def test_after_any_series_of_edits_the_preview_equals_a_clean_build(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content")
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [
        lambda: edit(site, "content/people/mei-lin.md", "Mei joined", "Mei Lin joined"),
        # a link in a profile's field, then only its address changed: the page shows the new one
        lambda: edit(site, "content/people/mei-lin.md", "affiliation: Harbour Vision Lab", "affiliation: '[HVL](/hvl/)'"),
        lambda: edit(site, "content/people/mei-lin.md", "[HVL](/hvl/)", "[HVL](/harbour/)"),
        lambda: edit(site, "content/publications/zotero.bib", "Seeing {Through} {Fog}", "Seeing {Through} {Thick} {Fog}"),
        lambda: write_files(
            site, {"templates/page.html": "{% extends 'base.html' %}{% block main %}<p>{{ page.title }}</p>{% endblock %}\n"}
        ),
        lambda: write_files(site, {"static/css/extra.css": "body { color: red; }\n"}),
        lambda: (site / "content/pages/join.md").unlink(),
        # the People page's text named: its heading and every page's menu; then gone, the list as sitegen names it
        lambda: write_files(site, {"content/pages/people.md": "---\ntitle: Our team\n---\nAuthors of [@lin_foggy_2024].\n"}),
        lambda: edit(site, "content/publications/zotero.bib", "Seeing {Through} {Thick} {Fog}", "Seeing {Through} {Fog}"),
        lambda: (site / "content/pages/people.md").unlink(),
        lambda: edit(site, "content/site.yml", "group_by_year: true", "group_by_year: false"),
        lambda: (site / "static/css/extra.css").unlink(),
        lambda: edit(site, "content/people/wei-chen.md", "role: MS Student", "role: Alumni"),
        lambda: edit(
            site,
            "content/publications/abbrev.bib",
            '@string{jfr = "Journal of Field Robotics"}',
            '@string{jfr = "J. Field Robot."}',
        ),
        lambda: edit(
            site, "content/publications/scholar.bib", "author={Lin, M. and O'Neill", "author={Lin, M. and Chen, Wei and O'Neill"
        ),
        lambda: write_files(site, {"content/people/new-member.md": "---\nname: Ruth O'Neill\nrole: Postdoc\n---\nNew.\n"}),
        lambda: (site / "content/people/amelie-dubois.md").unlink(),
        lambda: write_files(site, {"templates/partials/publication.html": '<li id="{{ pub.anchor }}">{{ pub.citation }}</li>\n'}),
        lambda: edit(site, "content/index.md", "fog, glare, spray", "fog, glare, salt spray"),
        lambda: edit(site, "content/publications/zotero.bib", "keywords = {tracking}", "keywords = {tracking, highlight}"),
        # an entry that warns, then lines added above it: its warning must move down with it
        lambda: append(
            site,
            "content/publications/zotero.bib",
            "\n@misc{odd_2020, title = {Odd \\frobnicate}, year = 2020,\n  author = {Lin, Mei}}\n",
        ),
        lambda: edit(
            site, "content/publications/zotero.bib", "@article{lin_foggy_2024,\n", "% a comment\n\n@article{lin_foggy_2024,\n"
        ),
        lambda: edit(site, "content/publications/zotero.bib", "\tvolume = {9},\n", "\tvolume = {9},\n\tseries = {RA-L},\n"),
        lambda: edit(site, "content/publications/zotero.bib", "% a comment\n\n", ""),
        # the last talk gone: no page's menu may still offer Talks
        lambda: [talk.unlink() for talk in (site / "content/talks").glob("*.md")],
        lambda: edit(site, "content/projects/all-weather-perception.md", "Detection and tracking", "Detection, tracking"),
        lambda: edit(site, "content/publications/zotero.bib", "{detection, rain}", "{detection}"),  # out of a project
        lambda: edit(
            site, "content/publications/zotero.bib", "{segmentation, dataset, highlight}", "{segmentation}"
        ),  # out of a list
        lambda: edit(site, "content/people/xiaoyu-zhang.md", "name: Xiaoyu Zhang", "name: Xiaoyu Zhang-Li"),
        lambda: [project.unlink() for project in (site / "content/projects").glob("*.md")],
        # her profile lists only the selected: the member filter's link moves to her own list
        lambda: edit(site, "content/people/mei-lin.md", "name: Mei Lin\n", "name: Mei Lin\npublications: selected\n"),
        # a publication's own text, which cites; edited; its entry's key changed (a warning); gone
        lambda: write_files(site, {"content/publications/lin_foggy_2024.md": "## Data\n\nSee [@lin_foggy_2024].\n"}),
        lambda: edit(site, "content/publications/lin_foggy_2024.md", "## Data", "## Data and code"),
        lambda: edit(site, "content/publications/zotero.bib", "@article{lin_foggy_2024,", "@article{lin_foggy_2025,"),
        lambda: (site / "content/publications/lin_foggy_2024.md").unlink(),
    ]
    warnings = preview_follows(preview, site, edits, tmp_path)
    assert any("frobnicate" in warning for warning in warnings)


def append(site: Path, relative: str, text: str) -> None:
    path = site / relative
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_preview_forgets_what_edits_replaced(tmp_path):
    """Every edit of an entry makes new views and lists; the old ones must not pile up while serving."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content")
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    first = preview.cache_sizes()
    for number in range(40):
        edit(site, "content/publications/zotero.bib", "Seeing {Through}", f"Seeing {number} {{Through}}")
        preview.build()
        edit(site, "content/publications/zotero.bib", f"Seeing {number} {{Through}}", "Seeing {Through}")
    sizes = preview.cache_sizes()
    assert sizes["views"] <= first["views"] * 3 // 2 + 100
    assert sizes["lists"] <= 2 * first["lists"] + 10, (first, sizes)


def test_page_in_the_browser_reloads_itself_after_an_edit(serve, demo_site):
    from conftest import ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    served = serve()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(served.url)
        page.wait_for_function("() => window.LiveReload !== undefined", timeout=10000)
        edit(demo_site, BIO, "  - Object Detection\n", "  - Object Detection\n  - Live Reload Works\n")
        page.wait_for_function("() => document.body.innerText.includes('Live Reload Works')", timeout=15000)
        browser.close()


def test_a_css_edit_is_applied_without_reloading_the_page(serve, tmp_path):
    from conftest import ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    site = tmp_path / "css-site"
    shutil.copytree(REPO / "content", site / "content")
    write_files(site, {"static/css/extra.css": "body { outline: 0px solid red; }\n"})
    served = serve(site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(served.url)
        page.add_style_tag(url=served.url + "css/extra.css")
        page.wait_for_function("() => window.LiveReload !== undefined", timeout=10000)
        page.evaluate("window.notReloaded = true")
        write_files(site, {"static/css/extra.css": "body { outline: 3px solid red; }\n"})
        page.wait_for_function("() => getComputedStyle(document.body).outlineWidth === '3px'", timeout=15000)
        assert page.evaluate("window.notReloaded === true")
        browser.close()


def test_the_preview_writes_only_files_whose_bytes_changed(tmp_path):
    from sitegen.errors import Report
    from sitegen.writer import InPlaceWriter

    writer = InPlaceWriter(tmp_path / "out")
    writer.begin()
    writer.add("a.html", b"first")
    writer.add("b.html", b"other")
    writer.commit(Report())
    assert sorted(writer.changed) == ["a.html", "b.html"]
    writer.begin()
    writer.add("a.html", b"first")  # same bytes: not written again
    writer.add("b.html", b"OTHER")  # same size, other bytes: written
    writer.commit(Report())
    assert writer.changed == ["b.html"]
    assert (tmp_path / "out/b.html").read_bytes() == b"OTHER"
    writer.begin()
    writer.add("b.html", [b"OT", b"HER"])  # a big page comes in pieces: the same bytes
    writer.commit(Report())  # a.html was not made this time: deleted
    assert writer.changed == ["a.html"] and not (tmp_path / "out/a.html").exists()
    writer.begin()
    writer.add("b.html", [b"OT", b"HEN"])
    writer.commit(Report())
    assert writer.changed == ["b.html"] and (tmp_path / "out/b.html").read_bytes() == b"OTHEN"


def test_the_preview_writes_a_changed_file_anew_into_a_folder_it_knows_or_one_deleted_by_hand(tmp_path):
    """A changed file is a new file, not the old one truncated (the old bytes are never seen half
    overwritten), in a folder looked up only the first time; one deleted since is made again."""
    from sitegen.errors import Report
    from sitegen.writer import InPlaceWriter

    writer = InPlaceWriter(tmp_path / "out")
    for text in (b"first", b"second"):
        writer.begin()
        writer.add("people/ada/index.html", text)
        writer.commit(Report())
        if text == b"first":
            old = (tmp_path / "out/people/ada/index.html").stat().st_ino
            kept = (tmp_path / "out/people/ada/index.html").open("rb")  # keeps the old inode alive
    assert (tmp_path / "out/people/ada/index.html").read_bytes() == b"second" and kept.read() == b"first"
    assert (tmp_path / "out/people/ada/index.html").stat().st_ino != old
    kept.close()
    shutil.rmtree(tmp_path / "out/people")
    writer.begin()
    writer.add("people/ada/index.html", b"third")
    writer.commit(Report())
    assert (tmp_path / "out/people/ada/index.html").read_bytes() == b"third"


def test_an_edit_rewrites_only_the_pages_that_show_it(tmp_path):
    site = tmp_path / "site"
    # copied as of now: with the checkout's times, an edit on a later day would change the sitemap's lastmod
    shutil.copytree(REPO / "examples/lab/content", site / "content", copy_function=shutil.copy)
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    write_files(site, {"templates/page.html": "{% extends 'base.html' %}{% block main %}{{ page.body }}{% endblock %}\n"})
    preview.build()
    assert sorted(preview.written) == ["datasets/index.html", "join/index.html"]  # the pages made from page.html
    edit(site, "content/news/2024-09-welcome.md", "We welcome", "We warmly welcome")
    preview.build()
    assert sorted(preview.written) == [
        "index.html",
        "news/2024-09-welcome/index.html",
        "news/feed.xml",
        "news/index.html",
        "search.json",
    ]
    edit(site, "content/people/tomas-novak.md", "mapping and localisation", "mapping, localisation")
    preview.build()
    assert preview.written == ["people/tomas-novak/index.html", "search.json"]  # the index holds a biography's first words
    write_files(site, {"templates/partials/publication.html": '<li id="{{ pub.anchor }}">{{ pub.citation }}</li>\n'})
    preview.build()
    assert "publications/index.html" in preview.written and "join/index.html" not in preview.written


def test_an_edit_parses_again_only_the_file_it_changed(tmp_path, monkeypatch):
    import sitegen.build as build_module

    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content")
    write_files(site, {"content/people/odd.md": "---\nname: Odd One\nlinks:\n  homepage: javascript:alert(1)\n---\nOdd.\n"})
    preview = Builder(site, tmp_path / "preview", in_place=True)
    assert any("unsafe scheme" in str(warning) for warning in preview.build().warnings)
    parsed = []
    real = build_module.parse_person
    monkeypatch.setattr(
        build_module, "parse_person", lambda text, path, *rest: parsed.append(path.name) or real(text, path, *rest)
    )
    edit(site, "content/people/tomas-novak.md", "mapping and localisation", "mapping, localisation")
    warnings = preview.build().warnings
    assert parsed == ["tomas-novak.md"]
    assert any("unsafe scheme" in str(warning) for warning in warnings)  # the unchanged profile still warns


def test_serving_is_announced_once_the_port_listens(monkeypatch, capsys):
    """A script or browser opens the URL as soon as it is printed: it must not be refused."""
    from livereload.server import Server

    from sitegen.serve import _Server

    events: list[str] = []
    monkeypatch.setattr(
        Server, "application", lambda self, *args, **kwargs: events.append(f"listening {capsys.readouterr().out!r}")
    )
    server = _Server()
    server.announcement = "Serving x at http://127.0.0.1:1/ (Ctrl-C to stop)"
    server.application(1, "127.0.0.1")
    assert events == ["listening ''"]
    assert capsys.readouterr().out == "Serving x at http://127.0.0.1:1/ (Ctrl-C to stop)\n"


def test_a_template_edit_compiles_again_only_that_template(tmp_path, monkeypatch):
    """The preview's new renderer takes the other templates' bytecode from the last one (Jinja
    compares each template's source with what was compiled), 60-100 ms of compiling less an edit."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content", copy_function=shutil.copy)
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    compiled = compiles_counted(monkeypatch)
    write_files(site, {"templates/page.html": "{% extends 'base.html' %}{% block main %}<p>{{ page.title }}</p>{% endblock %}\n"})
    preview.build()
    assert compiled == ["page.html"]
    assert "<p>Join us</p>" in (tmp_path / "preview/join/index.html").read_text()


def test_the_preview_parses_each_template_once_for_what_it_uses_and_after_an_edit_that_one(tmp_path, monkeypatch):
    """A page is rendered again when a template it uses changed (see Renderer.digest); finding what
    each uses parsed base.html once for every page template, and all of them again on every edit."""
    import jinja2

    from sitegen import render

    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content", copy_function=shutil.copy)
    monkeypatch.setattr(render, "_REFERENCED", {})  # as in a new process
    parsed = []
    monkeypatch.setattr(
        jinja2.Environment,
        "parse",
        lambda self, source, *args, real=jinja2.Environment.parse: parsed.append(source) or real(self, source, *args),
    )
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    assert parsed.count((REPO / "templates/base.html").read_text()) == 1  # every page template extends it
    parsed.clear()
    write_files(site, {"templates/page.html": "{% extends 'base.html' %}{% block main %}<b>{{ page.title }}</b>{% endblock %}\n"})
    preview.build()
    assert parsed == [(site / "templates/page.html").read_text()]
    assert "<b>Join us</b>" in (tmp_path / "preview/join/index.html").read_text()
