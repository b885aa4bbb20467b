"""The site's search: its index (search.json), its page and the header's box, on the sites that want them."""

from __future__ import annotations

import json

import pytest
from conftest import build, html

TWO_PEOPLE = {
    "content/site.yml": "title: Lab\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\nrole: PhD Student\ninterests: [Engines, Poetry]\n---\nAda <em>writes</em> notes &amp; programs.\n",
    "content/people/bob.md": "---\nname: Bob Babbage\nrole: Professor\n---\nBob builds engines.\n",
    "content/publications/refs.bib": "@article{k, author = {Lovelace, Ada and Babbage, Bob}, title = {Notes on the Engine}, journal = {J. Eng.}, year = 2020}\n"
    "@article{f, author = {Lovelace, Ada}, title = {Fog}, journal = {J. Eng.}, year = 2021,"
    ' keywords = {fog computing, Schr{\\"o}dinger equation}}\n',
    "content/news/2025-03-01-award.md": "---\ndate: 2025-03-01\ntitle: An award\n---\nAda won an award.\n",
    "content/publications/k.md": "The engine's *drawings* are at the museum.\n",  # its page's own text
}


def test_a_group_site_has_an_index_of_every_page_and_a_search_page(make_site):
    site = make_site(TWO_PEOPLE, with_person=False)
    build(site)
    index = json.loads((site / "_site/search.json").read_text(encoding="utf-8"))
    assert index["kinds"] == ["Person", "Page", "News", "Talk", "Project", "Publication"]
    entries = {title: (index["kinds"][kind], url, text) for kind, title, url, text in index["entries"]}
    assert entries["Ada Lovelace"] == ("Person", "/people/ada/", "PhD Student · Engines · Poetry · Ada writes notes & programs.")
    assert entries["Notes on the Engine"][:2] == ("Publication", "/publications/k/")
    assert entries["An award"][:2] == ("News", "/news/2025-03-01-award/")
    assert entries["Fog"][2] == "Ada Lovelace. J. Eng. 2021 · fog computing · Schrödinger equation"  # and its keywords
    assert (
        entries["Notes on the Engine"][2] == "Ada Lovelace, Bob Babbage. J. Eng. 2020 · The engine’s drawings are at the museum."
    )
    page = html(site / "_site/search/index.html")
    assert page.select_one(".search-form")["data-index"] == "/search.json" and page.select_one(".site-search") is None
    header = html(site / "_site/index.html").select_one("form.site-search")
    assert header["action"] == "/search/" and header.has_attr("hidden")  # the script shows it


@pytest.mark.parametrize(
    ("files", "setting", "made"), [({}, "", False), ({}, "search: true\n", True), (TWO_PEOPLE, "search: false\n", False)]
)
def test_a_one_person_site_has_none_unless_asked_and_a_group_site_may_say_no(make_site, files, setting, made):
    site = make_site(
        {**files, "content/site.yml": ("title: Lab\n" if files else "title: T\nowner: ada\n") + setting}, with_person=not files
    )
    build(site)
    assert (site / "_site/search.json").exists() == made == (site / "_site/search/index.html").exists()
    assert (html(site / "_site/index.html").select_one("form.site-search") is not None) == made


def test_a_page_of_the_sites_own_at_search_is_kept(make_site):
    site = make_site({**TWO_PEOPLE, "content/pages/search.md": "---\ntitle: Find us\n---\nOur own search.\n"}, with_person=False)
    build(site)
    assert html(site / "_site/search/index.html").select_one("h1").get_text() == "Find us"
    assert not (site / "_site/search.json").exists()


def test_the_preview_makes_the_index_entry_of_an_edited_publication_alone_again(make_site, monkeypatch, tmp_path):
    """A .bib edit gives a new list of publications, most of them the same objects: their entries
    are kept (10,000 entries: 0.1-0.15 s of every .bib edit); the index stays what a clean build writes,
    and the entries of publications gone are forgotten with their other cached parts."""
    from sitegen import search
    from sitegen.build import Builder

    site = make_site(TWO_PEOPLE, with_person=False)
    about, made = search._about, []
    monkeypatch.setattr(search, "_about", lambda pub: made.append(pub.key) or about(pub))
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    assert sorted(made) == ["f", "k"]
    made.clear()
    bib = site / "content/publications/refs.bib"
    bib.write_text(bib.read_text().replace("title = {Fog}", "title = {Dense Fog}"))
    preview.build()
    assert made == ["f"]
    clean = Builder(site, tmp_path / "clean").build().output
    assert (tmp_path / "preview/search.json").read_bytes() == (clean / "search.json").read_bytes()
    cache = next(iter(preview._render_caches.values()))
    cache._prune(preview_site := Builder(site, tmp_path / "x").load()[1])
    assert set(cache.search) == {pub.fingerprint for pub in preview_site.publications}
