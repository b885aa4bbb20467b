"""Behaviour that lives in the browser, checked in headless Chromium (Debian's, driven by Playwright).

Toggles by mouse and keyboard and their state for assistive technology, JavaScript off, the Copy
button, narrow screens, the dark scheme, print, lazy PDF previews, and no request to other hosts.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest
from conftest import AXE, REPO, Quiet, write_files

from sitegen.build import Builder

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


# a long line of code, a wide table, a wide formula and a wide picture, each wider than a phone's screen
WIDE_PAGE = (
    "---\ntitle: Wide\n---\n```\n"
    + "x = 1; " * 40
    + "\n```\n\n"
    + "| "
    + " | ".join(f"column{n}" for n in range(20))
    + " |\n|"
    + "---|" * 20
    + "\n| "
    + " | ".join("1" * 20)
    + " |\n\n"
    + "$$"
    + " + ".join(f"x_{{{n}}}^2" for n in range(40))
    + "$$\n\n"
    + '<img src="/images/wide.svg" alt="a wide figure" width="2000" height="100">\n'
)
CODE_PAGE = (
    "---\ntitle: Code\n---\n```python\n@cache\nclass Model(nn.Module):\n"
    '    """Doc."""\n    def forward(self, x: int = 0x1F) -> str:\n'
    "        return f'{x!r}' + r'\\d' if x in range(3.5) else None  # why\n```\n\n"
    "```diff\n- old\n+ new\n```\n"
)
VIDEO_PAGE = (
    "---\ntitle: Videos\n---\n![Our talk at CVPR](https://youtu.be/dQw4w9WgXcQ)\n\n![A clip](clip.mp4)\n\n"
    "![The demo](https://vimeo.com/76979871)\n\n"
    '<iframe src="/papers/local.pdf" width="100%" height="800px"></iframe>\n'
)
WIDE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><rect width="2000" height="100"/></svg>'


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The demo site plus a paper kept in static/, built and served on a free local port."""
    site = tmp_path_factory.mktemp("browser")
    for folder in ("content", "static", "templates"):
        shutil.copytree(REPO / folder, site / folder)
    write_files(
        site,
        {
            "static/papers/local.pdf": PDF,
            "content/publications/local.bib": "@article{local2024, author={Shipeng Bai}, title={Local Paper}, journal={J},"
            " year=2024, pdf={papers/local.pdf}}\n",
            "content/pages/wide.md": WIDE_PAGE,
            "content/pages/code.md": CODE_PAGE,
            "content/pages/videos.md": VIDEO_PAGE,
            "static/videos/clip.mp4": b"\x00\x00\x00\x18ftypmp42",
            "static/images/wide.svg": WIDE_SVG,
        },
    )
    Builder(site, site / "_site").build()
    handler = functools.partial(Quiet, directory=str(site / "_site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def open_tab(browser, served):
    """Open the served site in a new browser context with the given options; requests are kept."""
    contexts = []

    def open_with(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        tab = context.new_page()
        tab.requested = []
        tab.on("request", lambda request: tab.requested.append(request.url))
        tab.goto(served)
        return tab

    yield open_with
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_tab):
    return open_tab()


def disclosure_states(page) -> list[tuple[str, bool]]:
    """(name, expanded) of every disclosure button, as assistive technology is told."""
    session = page.context.new_cdp_session(page)
    states = []
    for node in session.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("role", {}).get("value") == "DisclosureTriangle":
            properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            states.append((node["name"]["value"], bool(properties.get("expanded"))))
    return states


def test_toggles_open_and_close_with_the_keyboard(page):
    abstract = page.locator("#shen2023lga .pub-abstract")
    assert not abstract.evaluate("d => d.open")
    for _ in range(60):  # Tab until the abstract toggle of GKNet has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#shen2023lga .pub-abstract') !== null"):
            break
    else:
        pytest.fail("the Abstract toggle cannot be reached with Tab")
    page.keyboard.press("Enter")
    assert abstract.evaluate("d => d.open")
    assert abstract.locator(".abstract").is_visible()
    page.keyboard.press(" ")
    assert not abstract.evaluate("d => d.open")
    assert not abstract.locator(".abstract").is_visible()


def test_toggle_state_is_exposed_to_assistive_technology(page):
    before = disclosure_states(page)
    assert ("BibTeX", False) in before and ("Abstract", False) in before
    assert not any(expanded for _, expanded in before)
    page.click("#xiang2023subp .pub-bibtex summary")
    after = disclosure_states(page)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed == [(("BibTeX", False), ("BibTeX", True))]


def test_buttons_keep_their_row_when_a_section_opens(page):
    top = "e => e.getBoundingClientRect().top + window.scrollY"
    doi = page.locator("#shen2023lga a.pub-link-doi")
    before = doi.evaluate(top)
    page.locator("#shen2023lga .pub-abstract summary").click()
    assert abs(doi.evaluate(top) - before) < 2
    assert page.locator("#shen2023lga .abstract").evaluate(top) > before


def test_everything_works_with_javascript_off(open_tab, served):
    tab = open_tab(java_script_enabled=False)
    tab.click("#shen2023lga .pub-bibtex summary")
    tab.click("#shen2023lga .pub-abstract summary")
    assert tab.locator("#shen2023lga pre.bibtex").is_visible()
    assert "Code will be available at here." in tab.locator("#shen2023lga .abstract").inner_text()
    assert tab.locator(".copy-button").count() == 0


def test_copy_button_copies_the_bibtex(open_tab, served):
    tab = open_tab(permissions=["clipboard-read", "clipboard-write"])
    tab.click("#xiang2023subp .pub-bibtex summary")
    button = tab.locator("#xiang2023subp .copy-button")
    button.click()
    copied = tab.evaluate("navigator.clipboard.readText()")
    assert copied == tab.locator("#xiang2023subp pre.bibtex code").inner_text()
    assert copied.startswith("@inproceedings{xiang2023subp,")
    assert button.inner_text() == "Copied"
    assert "copied" in tab.locator("[role=status]").inner_text()


def test_narrow_screen_has_no_horizontal_scrolling(open_tab, served):
    tab = open_tab(viewport={"width": 320, "height": 640})
    for summary in tab.locator("details summary").all():
        summary.click()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320


def test_a_phone_shows_the_biography_right_under_the_name(open_tab, served):
    """Stacked on a phone, the name's block is as tall as its lines: its flex basis is a width."""
    tab = open_tab(viewport={"width": 390, "height": 844})
    text = tab.locator(".profile-text").bounding_box()
    lines = tab.evaluate("(e => e.lastElementChild.getBoundingClientRect().bottom)(document.querySelector('.profile-text'))")
    photo = tab.locator(".profile-header .photo, .profile-header .photo-placeholder").first.bounding_box()
    assert text["y"] >= photo["y"] + photo["height"]  # stacked: the text under the photo
    assert text["y"] + text["height"] - lines < 8


def test_an_affiliation_written_as_lines_shows_them(open_tab, served):
    tab = open_tab()
    height = "(text => { const p = document.querySelector('.affiliation'); p.textContent = text; return p.offsetHeight })"
    one_line = tab.evaluate(f"{height}('Control Science')")
    assert tab.evaluate(f"{height}('Control Science\\nZhejiang University')") > 1.8 * one_line


def test_wide_code_tables_and_formulas_scroll_by_themselves_and_by_keyboard(open_tab, served):
    tab = open_tab(viewport={"width": 320, "height": 640})
    tab.goto(served + "wide/")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    # Chromium lets the keyboard into any scroller; axe checks for what other browsers need (tabindex)
    tab.add_script_tag(path=str(AXE))
    rule = "{runOnly: ['scrollable-region-focusable']}"
    assert tab.evaluate(f"async () => (await axe.run(document, {rule})).violations") == []
    for selector in ("main pre", "main div.scroll", "main div.math"):
        assert tab.evaluate(f"(e => e.scrollWidth > e.clientWidth)(document.querySelector('{selector}'))"), selector
        for _ in range(40):  # past the links before it
            tab.keyboard.press("Tab")
            if tab.evaluate(f"document.activeElement === document.querySelector('{selector}')"):
                break
        else:
            pytest.fail(f"{selector} cannot be reached with the Tab key")
        tab.keyboard.press("ArrowRight")
        tab.wait_for_function(f"document.querySelector('{selector}').scrollLeft > 0")


def test_the_theme_button_switches_light_and_dark_and_the_choice_is_kept(open_tab, served):
    tab = open_tab(color_scheme="light")
    background = "getComputedStyle(document.body).backgroundColor"
    assert tab.evaluate(background) == "rgb(255, 255, 255)"
    button = tab.get_by_role("button", name="Dark theme")
    assert button.get_attribute("aria-pressed") == "false"
    button.focus()
    tab.keyboard.press("Enter")
    assert tab.evaluate(background) == "rgb(13, 17, 23)" and button.get_attribute("aria-pressed") == "true"
    tab.goto(served + "publications/")  # another page: dark from its first paint (theme.js, in the head)
    assert tab.evaluate("document.documentElement.dataset.theme") == "dark" and tab.evaluate(background) == "rgb(13, 17, 23)"
    tab.get_by_role("button", name="Dark theme").click()
    assert tab.evaluate(background) == "rgb(255, 255, 255)"
    system_dark = open_tab(color_scheme="dark")  # nothing chosen in this context: the system's setting
    assert system_dark.evaluate(background) == "rgb(13, 17, 23)"
    assert system_dark.get_by_role("button", name="Dark theme").get_attribute("aria-pressed") == "true"


def test_dark_scheme_and_print_styles(open_tab, served):
    tab = open_tab(color_scheme="dark")
    background = tab.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(13, 17, 23)"
    tab.emulate_media(color_scheme="light")
    assert tab.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    tab.emulate_media(media="print")
    assert tab.locator(".pub-actions summary").first.is_hidden()
    assert tab.locator(".theme-toggle").is_hidden()  # no controls on paper


def test_pdf_preview_loads_only_when_opened(open_tab, served):
    tab = open_tab()
    tab.wait_for_load_state("networkidle")
    assert not any(url.endswith("local.pdf") for url in tab.requested)
    tab.click("#local2024 .pub-preview summary")
    tab.wait_for_timeout(500)
    assert any(url.endswith("/papers/local.pdf") for url in tab.requested)


def test_no_request_leaves_the_site(open_tab, served):
    tab = open_tab()
    for summary in tab.locator("details summary").all():
        summary.click()
    tab.wait_for_load_state("networkidle")
    web = [url for url in tab.requested if url.startswith(("http:", "https:", "ws:", "wss:", "//"))]
    assert web and all(url.startswith(served) for url in web), tab.requested


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_coloured_code_is_readable_in_both_schemes(open_tab, served, scheme):
    tab = open_tab(color_scheme=scheme)
    tab.goto(served + "code/")
    assert tab.locator("main .highlight span.k").count() > 0  # coloured, not plain
    tab.add_script_tag(path=str(AXE))
    rule = "{runOnly: ['color-contrast']}"
    assert tab.evaluate(f"async () => (await axe.run(document, {rule})).violations") == []


def test_a_hosted_video_loads_nothing_of_its_host_until_played_by_keyboard_then_plays_in_the_page(open_tab, served):
    tab = open_tab()
    for player in ("https://www.youtube-nocookie.com/**", "https://player.vimeo.com/**"):
        tab.route(player, lambda route: route.fulfill(body="<p>player</p>", content_type="text/html"))
    tab.goto(served + "videos/")
    tab.wait_for_load_state("networkidle")
    web = [url for url in tab.requested if url.startswith(("http:", "https:", "//"))]  # not the PDF viewer's own
    assert web and all(url.startswith(served) for url in web), web  # no player, no thumbnail, no script of YouTube's
    assert tab.locator("main video").get_attribute("preload") == "metadata"
    button = tab.get_by_role("link", name="Our talk at CVPR (YouTube)")
    button.focus()
    tab.keyboard.press("Enter")
    frame = tab.locator("main iframe.video-frame")
    assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
    assert frame.get_attribute("title") == "Our talk at CVPR (YouTube)" and button.count() == 0
    assert tab.evaluate("document.activeElement.tagName") == "IFRAME" and tab.url == served + "videos/"  # stayed here
    tab.get_by_role("link", name="The demo (Vimeo)").click()  # Vimeo's player, with its do-not-track setting
    vimeo = tab.locator("main iframe.video-frame").nth(1)
    assert vimeo.get_attribute("src") == "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"


def test_a_hosted_video_is_a_link_to_it_with_javascript_off(open_tab, served):
    tab = open_tab(java_script_enabled=False)
    tab.goto(served + "videos/")
    link = tab.get_by_role("link", name="Our talk at CVPR (YouTube)")
    assert link.is_visible() and link.get_attribute("href") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_video_page_is_accessible_in_both_schemes(open_tab, served, scheme):
    tab = open_tab(color_scheme=scheme)
    tab.goto(served + "videos/")
    tab.add_script_tag(path=str(AXE))
    assert tab.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations") == []
