"""Editors and translators of a work beside its authors: a member's translation or critical
edition is their work too, listed on their page with their name emphasised, linked elsewhere."""

from __future__ import annotations

import json

import pytest
from conftest import build, html, preview_follows

from sitegen.build import Builder
from sitegen.citation import Credits, format_reference
from sitegen.model import Name

PEOPLE = {
    "content/site.yml": "title: Lab\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\n---\n",
    "content/people/max.md": "---\nname: Max Weber\n---\n",
}

EDITION = """
@book{kant,
  author = {Immanuel Kant},
  title = {Kritik der reinen Vernunft},
  editor = {Ada Lovelace},
  translator = {Max Weber and Paul Guyer},
  publisher = {Meiner},
  year = {2020},
}
"""


def lab(make_site, bib: str, **files: str):
    return make_site({**PEOPLE, "content/publications/refs.bib": bib, **files}, with_person=False)


def entry(site, page: str, key: str):
    return html(site / "_site" / page / "index.html").select_one(f"li#{key}")


def test_a_members_translation_and_edition_are_on_their_pages_their_own_name_emphasised(make_site):
    site = lab(make_site, EDITION)
    assert [str(w) for w in build(site).warnings] == []  # no "no person of the site is among the authors"
    on_max = entry(site, "people/max", "kant")
    assert on_max.select_one("strong.self").get_text() == "Max Weber"
    assert on_max.select_one('a[href="/people/ada/"]').get_text() == "Ada Lovelace"
    assert "Edited by Ada Lovelace. Translated by Max Weber and Paul Guyer." in on_max.select_one(".citation").get_text()
    on_ada = entry(site, "people/ada", "kant")
    assert on_ada.select_one("strong.self").get_text() == "Ada Lovelace"
    assert on_ada.select_one('a[href="/people/max/"]').get_text() == "Max Weber"
    listed = entry(site, "publications", "kant")
    assert {a.get_text() for a in listed.select('a[href^="/people/"]')} == {"Ada Lovelace", "Max Weber"}
    assert not listed.select("strong.self")
    assert listed["data-member"] == "ada max"  # the list's member filter finds it under both
    counts = html(site / "_site/publications/index.html").select('.facet[data-facet="member"] a')
    assert sorted(a.get_text(" ", strip=True) for a in counts) == ["Ada Lovelace (1)", "Max Weber (1)"]
    own = html(site / "_site/publications/kant/index.html")
    assert {a.get_text() for a in own.select('main a[href^="/people/"]')} >= {"Ada Lovelace", "Max Weber"}


def test_the_editor_of_the_book_a_chapter_is_in_did_not_write_the_chapter(make_site):
    bib = "@incollection{ch, author = {Paul Guyer}, title = {A Chapter}, booktitle = {The Book}, editor = {Ada Lovelace}, year = 2021}\n"
    site = lab(make_site, bib)
    said = [str(w) for w in build(site).warnings]
    assert entry(site, "people/ada", "ch") is None
    assert any("no person of the site is among the authors of 'ch'" in w for w in said)


def test_one_who_edited_and_translated_a_work_is_named_once_and_listed_once(make_site):
    bib = (
        "@book{b, author = {Immanuel Kant}, title = {Prolegomena}, editor = {Max Weber}, translator = {Max Weber}, year = 2019}\n"
    )
    site = lab(make_site, bib)
    build(site)
    on_max = html(site / "_site/people/max/index.html").select("li#b")
    assert len(on_max) == 1
    assert "Edited and translated by Max Weber." in on_max[0].select_one(".citation").get_text()
    assert on_max[0].select_one("strong.self").get_text() == "Max Weber"


def test_a_translator_with_a_members_name_nearly_is_said_as_a_translator(make_site):
    site = lab(make_site, EDITION.replace("Max Weber and", "Max Webber and"))
    said = "\n".join(str(w) for w in build(site).warnings)
    assert "translator 'Max Webber' of 'kant' is nearly the name of max" in said
    assert entry(site, "people/max", "kant") is None


def test_search_engines_are_told_the_members_pages_of_its_editors_and_translators(make_site):
    site = lab(make_site, EDITION, **{"content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n"})
    build(site)
    script = html(site / "_site/publications/kant/index.html").select_one('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["editor"] == [{"@type": "Person", "name": "Ada Lovelace", "url": "https://lab.example.org/people/ada/"}]
    assert [person.get("url") for person in data["translator"]] == ["https://lab.example.org/people/max/", None]


APA = {"content/site.yml": "title: Lab\npublications:\n  style: apa\n"}


def test_in_a_csl_style_its_editors_and_translators_names_are_linked_where_the_style_writes_them(make_site):
    site = lab(make_site, EDITION, **APA)
    build(site)
    line = "Kant, I. (2020). Kritik der reinen Vernunft (A. Lovelace, Ed.; M. Weber & P. Guyer, Trans.). Meiner."
    listed, on_max = entry(site, "publications", "kant"), entry(site, "people/max", "kant")
    assert listed.select_one(".citation").get_text() == on_max.select_one(".citation").get_text() == line
    assert [(a["href"], a.get_text()) for a in listed.select('.citation a[href^="/people/"]')] == [
        ("/people/ada/", "A. Lovelace"),
        ("/people/max/", "M. Weber"),
    ]
    assert on_max.select_one(".citation strong.self").get_text() == "M. Weber"
    assert [a.get_text() for a in on_max.select('.citation a[href^="/people/"]')] == ["A. Lovelace"]


def test_in_a_csl_style_one_who_edited_and_translated_a_work_is_still_one_name_to_the_style(make_site):
    bib = (
        "@book{b, author = {Immanuel Kant}, title = {Prolegomena}, editor = {Max Weber}, translator = {Max Weber}, year = 2019}\n"
    )
    site = lab(make_site, bib, **APA)
    build(site)
    citation = entry(site, "people/max", "b").select_one(".citation")
    assert citation.get_text() == "Kant, I. (2019). Prolegomena (M. Weber, Ed. & Trans.)."
    assert citation.select_one("strong.self").get_text() == "M. Weber"


def test_the_preview_follows_a_translator_added_and_removed(make_site, tmp_path):
    site = lab(make_site, EDITION.replace("  translator = {Max Weber and Paul Guyer},\n", ""))
    refs = site / "content/publications/refs.bib"
    people = site / "content/people/max.md"
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [
        lambda: refs.write_text(EDITION),  # he translated it: now on his page
        lambda: people.write_text("---\nname: Maximilian Weber\n---\n"),  # renamed: the .bib's name is not his
        lambda: people.write_text("---\nname: Maximilian Weber\naliases: [Max Weber]\n---\n"),
        lambda: refs.write_text(EDITION.replace("Max Weber and ", "")),
    ]
    preview_follows(preview, site, edits, tmp_path)  # after each edit the preview is a clean build
    built = [html(tmp_path / f"clean{n}/people/max/index.html") for n in range(4)]
    assert [page.select_one("li#kant") is not None for page in built] == [True, False, True, False]


@pytest.mark.parametrize(
    ("credits", "expected"),
    [
        (Credits(), "Edited by Ada Lovelace. Translated by Max Weber."),
        (
            Credits(links=["/people/ada/", None], marks=[None, "self"]),
            'Edited by <a href="/people/ada/">Ada Lovelace</a>. Translated by <strong class="self">Max Weber</strong>.',
        ),
    ],
)
def test_credits_link_and_emphasise_the_contributors_by_position(credits: Credits, expected: str):
    from conftest import publications_from

    pubs, _ = publications_from(
        "@book{k, author = {Immanuel Kant}, title = {T}, editor = {Ada Lovelace}, translator = {Max Weber}, year = 2020}"
    )
    assert pubs[0].contributors == (Name("Ada", "", "Lovelace", html="Ada Lovelace"), Name("Max", "", "Weber", html="Max Weber"))
    assert expected in format_reference(pubs[0], credits=credits)
