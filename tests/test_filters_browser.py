"""The publications page's filters in headless Chromium, with JavaScript on and off."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ARGS, CHROMIUM, REPO, Quiet

from sitegen.build import Builder


def served_lab(root, publication_settings: str = "", language: str = "en"):
    """The example lab (with more `publications:` settings in site.yml, in another language),
    served under its base path /harbour-lab/ as on GitHub Pages; yields its address."""
    shutil.copytree(REPO / "examples/lab/content", root / "source/content")
    site_yml = root / "source/content/site.yml"
    settings = site_yml.read_text().replace("publications:\n", "publications:\n" + publication_settings)
    site_yml.write_text(settings.replace("language: en\n", f"language: {language}\n"))
    Builder(root / "source", root / "www/harbour-lab", jobs=1).build()  # no fork: the browser's threads may run
    handler = functools.partial(Quiet, directory=str(root / "www"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/harbour-lab/"
    server.shutdown()


@pytest.fixture(scope="module")
def lab_url(tmp_path_factory):
    yield from served_lab(tmp_path_factory.mktemp("lab-served"))


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(chromium):
    contexts = []

    def open_page(url: str, javascript: bool = True):
        context = chromium.new_context(java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()


def visible_types(page) -> list[str]:
    return page.eval_on_selector_all("li.publication:not([hidden])", "items => items.map(i => i.dataset.type)")


def test_filter_by_type_and_member_instantly_with_url_state(tab, lab_url):
    page = tab(lab_url + "publications/")
    assert len(visible_types(page)) == 34
    conference = page.get_by_role("button", name="Conference papers (16)")
    assert conference.get_attribute("aria-pressed") == "false"
    conference.click()
    assert conference.get_attribute("aria-pressed") == "true"
    assert visible_types(page) == ["conference"] * 16
    assert parse_qs(urlsplit(page.url).query) == {"type": ["conference"]}
    page.get_by_role("button", name="Mei Lin (9)").click()
    shown = page.eval_on_selector_all("li.publication:not([hidden])", "items => items.map(i => i.dataset.member)")
    assert shown and all("mei-lin" in members.split() for members in shown)
    assert set(visible_types(page)) == {"conference"}
    assert page.locator(".filter-status").inner_text().startswith(f"Showing {len(shown)} of 34 publications")
    hidden_years = page.eval_on_selector_all(".year-group[hidden] h2", "hs => hs.map(h => h.id)")
    assert "year-2018" in hidden_years
    page.get_by_role("button", name="Clear filters").click()
    assert len(visible_types(page)) == 34
    assert urlsplit(page.url).query == ""


def test_search_over_title_authors_venue_and_abstract(tab, lab_url):
    page = tab(lab_url + "publications/")
    search = page.get_by_label("Search title, authors, venue and abstract")
    search.fill("sonar")
    titles = page.eval_on_selector_all("li.publication:not([hidden]) .citation", "cs => cs.map(c => c.textContent)")
    assert len(titles) == 2 and all("onar" in t for t in titles)
    search.fill("Petersen")  # an author who is not a member
    assert len(visible_types(page)) == 2
    search.fill("labels")  # only in an abstract
    assert page.eval_on_selector_all("li.publication:not([hidden])", "items => items.map(i => i.id)") == ["lin-foggy-2024"]
    search.fill("vasquez moreno fog")  # accents ignored, every word must match
    assert page.eval_on_selector_all("li.publication:not([hidden])", "items => items.map(i => i.id)") == ["lin-foggy-2024"]
    assert parse_qs(urlsplit(page.url).query) == {"q": ["vasquez moreno fog"]}


def test_search_finds_the_authors_a_shortened_list_leaves_out(tab, tmp_path):
    for url in served_lab(tmp_path, "  max_authors: 1\n"):
        page = tab(url + "publications/")
        page.get_by_label("Search title, authors, venue and abstract").fill("Petersen")
        shown = page.eval_on_selector_all("li.publication:not([hidden]) .citation", "cs => cs.map(c => c.textContent)")
        assert len(shown) == 2
        assert any("Petersen" not in citation and "more" in citation for citation in shown)


def test_shared_url_restores_the_filtered_view(tab, lab_url):
    page = tab(lab_url + "publications/?type=journal&keyword=highlight")
    assert page.get_by_role("button", name="Journal articles (9)").get_attribute("aria-pressed") == "true"
    ids = page.eval_on_selector_all("li.publication:not([hidden])", "items => items.map(i => i.id)")
    assert sorted(ids) == ["lin-foggy-2024", "vasquez-weather-2022"]


def test_without_javascript_every_filter_is_a_working_link(tab, lab_url):
    page = tab(lab_url + "publications/", javascript=False)
    assert page.locator(".facet button").count() == 0
    assert page.locator(".pub-search").is_hidden()
    assert len(visible_types(page)) == 34
    page.get_by_role("link", name="Conference papers (16)").click()
    assert page.url == lab_url + "publications/type/conference/"
    assert visible_types(page) == ["conference"] * 16
    page.goto(lab_url + "publications/")
    page.get_by_role("link", name="Mei Lin (9)").click()
    assert page.url == lab_url + "people/mei-lin/#publications"
    assert page.locator("li.publication").count() == 9
    page.goto(lab_url + "publications/")
    page.get_by_role("link", name="highlight (4)").click()
    assert page.locator("li.publication").count() == 4


def test_the_script_speaks_the_sites_language(tab, tmp_path):
    """site.js takes its words from the page (i18n.py): a German site's filters answer in German."""
    server = served_lab(tmp_path, language="de")
    page = tab(next(server) + "publications/")
    page.get_by_role("button", name="Konferenzbeiträge (16)").click()
    assert page.locator(".filter-status").inner_text().startswith("16 von 34 Publikationen")
    page.get_by_role("button", name="Filter zurücksetzen").click()
    assert page.locator(".filter-status").inner_text() == "34 Publikationen"
    copy = page.locator(".pub-bibtex").first
    copy.locator("summary").click()
    assert copy.get_by_role("button", name="BibTeX kopieren").inner_text() == "Kopieren"
    assert page.get_by_role("button", name="Dunkles Design").is_visible()
    next(server, None)


def test_the_header_box_searches_the_whole_site(tab, lab_url):
    """People, pages, news, talks, projects and publications, by words anywhere in their title or
    text (accents and case folded), titles first; the query stays in the address."""
    page = tab(lab_url)
    box = page.get_by_role("searchbox", name="Search this site")
    box.fill("NOVAK")  # the member is Tomáš Novák
    box.press("Enter")
    page.wait_for_url("**/search/?q=NOVAK")
    page.wait_for_selector(".search-results li")
    results = page.eval_on_selector_all(".search-results li", "items => items.map(i => i.textContent)")
    assert results[0].startswith("Tomáš Novák · Person") and all("Novák" in result for result in results)
    page.get_by_label("Search this site").fill("fog harbour")
    page.wait_for_function("document.querySelector('.search-status').textContent.includes('result')")
    titles = page.eval_on_selector_all(".search-results li a", "links => links.map(a => a.textContent.toLowerCase())")
    assert titles and "fog" in titles[0] and "harbour" in titles[0]
    assert page.locator(".search-status").inner_text() in (f"{len(titles)} results", "1 result")
    assert "q=fog+harbour" in page.url
    page.get_by_label("Search this site").fill("kenji's thesis")  # the text has a typeset ’, the keyboard types '
    page.wait_for_function("document.querySelector('.search-status').textContent.includes('result')")
    assert "Kenji’s thesis" in page.locator(".search-results").inner_text()
    page.get_by_label("Search this site").fill("zzzz-nothing")
    page.wait_for_function("document.querySelector('.search-status').textContent === 'No results'")


def test_without_javascript_the_search_box_is_not_offered(tab, lab_url):
    page = tab(lab_url, javascript=False)
    assert not page.locator(".site-search").is_visible()
    search = tab(lab_url + "search/?q=fog", javascript=False)
    assert "Searching needs JavaScript" in search.locator("main").inner_text()


def test_a_news_items_references_take_the_items_whole_width(tab, lab_url):
    """The home page's news list lays each item out as date | text; the References list inside a
    news item's text must not inherit that grid (it squeezed each reference into a narrow column)."""
    page = tab(lab_url)
    body_width = page.locator(".news-body", has=page.locator(".reference-list")).bounding_box()["width"]
    reference = page.locator(".news-body .reference-list li").first
    assert reference.evaluate("li => getComputedStyle(li).display") == "list-item"
    assert reference.bounding_box()["width"] > 0.8 * body_width


def test_a_long_menu_folds_behind_a_menu_button_on_a_narrow_screen(chromium, tmp_path):
    """More than two rows of menu on a phone (the lab's in German): a Menü button opens and
    closes it (Escape too); wide again, it is shown whole; without JavaScript it is always whole."""
    for url in served_lab(tmp_path, language="de"):
        context = chromium.new_context(viewport={"width": 320, "height": 700})
        page = context.new_page()
        page.goto(url)
        button = page.get_by_role("button", name="Menü")
        talks = page.get_by_role("navigation", name="Hauptmenü").get_by_role("link", name="Vorträge")
        assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
        assert not talks.is_visible()
        button.click()
        assert button.get_attribute("aria-expanded") == "true" and talks.is_visible()
        assert talks.bounding_box()["y"] > button.bounding_box()["y"]  # the list opens below the button
        page.keyboard.press("Escape")
        assert not talks.is_visible() and page.evaluate("document.activeElement.className") == "menu-toggle"
        page.set_viewport_size({"width": 1280, "height": 700})
        page.wait_for_function("!document.querySelector('.site-header').classList.contains('menu-folded')")
        assert talks.is_visible() and not button.is_visible()
        context.close()
        context = chromium.new_context(viewport={"width": 320, "height": 700}, java_script_enabled=False)
        page = context.new_page()
        page.goto(url)
        assert page.get_by_role("navigation", name="Hauptmenü").get_by_role("link", name="Vorträge").is_visible()
        context.close()
