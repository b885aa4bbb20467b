"""A site in more than one language: each further language's pages in its folder, the files at the root."""

from __future__ import annotations

import pytest

from sitegen.markup import MarkdownRenderer
from sitegen.render import Renderer
from sitegen.urls import SitePaths
from sitegen.views import Urls

GERMAN = SitePaths("/repo/", "de/", frozenset({"cv.pdf", "css/site.css", "papers/my paper.pdf"}))


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("people/ada/", "/repo/de/people/ada/"),
        ("/publications/", "/repo/de/publications/"),
        ("", "/repo/de/"),
        ("cv.pdf", "/repo/cv.pdf"),
        ("/cv.pdf#page=2", "/repo/cv.pdf#page=2"),
        ("css/site.css?v=1", "/repo/css/site.css?v=1"),
        ("papers/my%20paper.pdf", "/repo/papers/my%20paper.pdf"),  # as a link writes it
        ("missing.pdf", "/repo/de/missing.pdf"),  # no shared file: the language's own
    ],
)
def test_a_further_language_has_its_pages_in_its_folder_and_the_files_at_the_root(path, url):
    assert GERMAN.url(path) == url


def test_the_sites_own_language_has_everything_at_the_root():
    own = SitePaths("/repo/", "", frozenset({"cv.pdf"}))
    assert own.url("people/ada/") == "/repo/people/ada/" and own.url("cv.pdf") == "/repo/cv.pdf"


def test_urls_of_a_further_language():
    urls = Urls("/repo/de/", "ada", "", GERMAN)
    assert urls.person("ada") == "/repo/de/" and urls.person("bo") == "/repo/de/people/bo/"
    assert urls.file("papers/my paper.pdf") == "/repo/papers/my%20paper.pdf"
    assert urls.publication("x2024") == "/repo/de/publications/x2024/"


def test_links_in_a_further_languages_text(tmp_path):
    markdown = MarkdownRenderer(paths=GERMAN)
    html = markdown.render("[pubs](/publications/) [cv](/cv.pdf) [up](../../cv.pdf) [talk](../other/)", page="news/x/").html
    assert 'href="/repo/de/publications/"' in html and 'href="/repo/cv.pdf"' in html
    assert html.count('href="/repo/cv.pdf"') == 2 and 'href="/repo/de/news/other/"' in html


def test_the_themes_url_filter_of_a_further_language(tmp_path):
    (tmp_path / "t.html").write_text("{{ 'css/site.css' | url }} {{ 'news/' | url }} {{ '' | url }}")
    assert Renderer([tmp_path], "/repo/de/", paths=GERMAN).render("t.html") == "/repo/css/site.css /repo/de/news/ /repo/de/"
