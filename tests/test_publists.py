"""Publication lists in Markdown (`::: publications year=2020 type=journal`): what the converter
finds, what each filter chooses, and the lists in their places on the built pages."""

from __future__ import annotations

import json

import pytest
from conftest import build, html

from sitegen.markup import MarkdownRenderer
from sitegen.publist import parse

BIB = """\
@inproceedings{fog2025,
  title = {Seeing Through Fog}, author = {Lovelace, Ada and Smith, John}, booktitle = {CVPR}, year = {2025},
  keywords = {fog, detection}
}
@article{boats2024,
  title = {Perception for Boats}, author = {Smith, John and Lovelace, Ada}, journal = {JFR}, year = {2024}
}
@misc{harbours2023,
  title = {Foggy Harbours: A Dataset}, author = {Smith, John and Lovelace, Ada}, year = {2023}, category = {Resources}
}
@article{old2019,
  title = {An Old Paper}, author = {Lovelace, Ada}, journal = {J}, year = {2019}, selected = {true}
}
"""


def listed(page) -> list[list[str]]:
    """The entries of each list on a page, by key, in order."""
    return [[li["id"] for li in embed.select("li.publication")] for embed in page.select(".publication-embed")]


@pytest.mark.parametrize(
    ("line", "filters"),
    [
        ("::: publications year=2020", (("year", ("2020",)),)),
        ("::: publications type=journal,conference keyword='image harmonization'",
         (("type", ("journal", "conference")), ("keyword", ("image harmonization",)))),
        ('::: {.publications year="2018-2020" group=year}', (("year", ("2018-2020",)), ("group", ("year",)))),
        ("::: publications", ()),
    ],
)  # fmt: skip
def test_a_list_line_is_read_as_its_filters(line, filters):
    query, unread = parse(line)
    assert (query.filters, unread) == (filters, [])


def test_the_converter_leaves_a_marker_paragraph_and_code_stays_code():
    rendered = MarkdownRenderer().render("Intro\n\n::: publications year=2020 oops\n:::\n\nAfter\n\n```\n::: publications\n```\n")
    assert [query.filters for query in rendered.lists] == [(("year", ("2020",)),)]
    assert rendered.unread_filters == [("::: publications year=2020 oops", ["oops"])]
    assert rendered.html.count("\ue002") == 1 and "<code" in rendered.html and "::: publications" in rendered.html
    assert ":::" not in rendered.html.split("<div")[0]  # the closing fence is taken with it


def test_lists_in_a_page_show_the_entries_each_filter_chooses(make_site):
    site = make_site(
        {
            "content/publications/papers.bib": BIB,
            "content/publications/talks.bib": "@misc{keynote2022, title = {A Keynote}, author = {Lovelace, Ada}, year = {2022}}\n",
            "content/pages/research.md": """\
                ---
                title: Research
                ---
                ## Recent

                ::: publications year=2024- type=journal,conference
                :::

                ## By keyword, field, author, file, key, selection

                ::: publications keyword=FOG
                ::: publications category=resources
                ::: publications author=ada year=2019-2022
                ::: publications file=talks
                ::: publications key=old2019,boats2024 selected=false
                ::: publications limit=1 group=year
                """,
            "content/pages/history.md": "---\ntitle: History\n---\n::: publications author=ada order=oldest limit=2\n",
        }
    )
    result = build(site)
    assert result.warnings == []
    page = html(site / "_site/research/index.html")
    assert listed(page) == [
        ["fog2025", "boats2024"],  # newest first
        # keyword=FOG finds fog2025, listed above: an entry is listed once in a text (its item has its id)
        ["harbours2023"],  # a field of the entry, in any case
        ["keynote2022", "old2019"],
        # file=talks: keynote2022, listed above; key=...: old2019 is selected, boats2024 listed; limit=1: fog2025
    ]
    assert [h.get_text() for h in page.select("article h2")] == ["Recent", "By keyword, field, author, file, key, selection"]
    assert listed(html(site / "_site/history/index.html")) == [["old2019", "keynote2022"]]  # order=oldest: forward
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids))


def test_a_list_grouped_by_year_heads_each_year_and_keys_keep_their_order(make_site):
    site = make_site(
        {
            "content/publications/papers.bib": BIB,
            "content/pages/a.md": "---\ntitle: A\n---\n::: publications group=year type=journal\n",
            "content/pages/b.md": '---\ntitle: B\n---\n::: {.publications key="old2019,FOG2025,boats2024"}\n:::\n',
            "content/pages/c.md": '---\ntitle: C\n---\n<div class="publications">\n\n::: publications year=2023\n\n</div>\n',
            "content/pages/d.md": "---\ntitle: D\n---\n## Journal\n\n::: publications type=journal group=year year=2024\n\n"
            "### Old\n\n::: publications group=year year=2019\n",
        }
    )
    assert build(site).warnings == []
    assert listed(html(site / "_site/c/index.html")) == [["harbours2023"]]  # in raw HTML, as al-folio's pages have it
    grouped = html(site / "_site/a/index.html").select_one(".publication-embed")
    assert [h.get_text() for h in grouped.select("h2")] == ["2024", "2019"]  # under the page's title, h1
    assert [h["id"] for h in grouped.select("h2")] == ["list-1-year-2024", "list-1-year-2019"]  # apart from other lists'
    under = html(site / "_site/d/index.html").select(".publication-embed")
    assert [[h.name for h in embed.select("h2, h3, h4")] for embed in under] == [["h3"], ["h4"]]  # a level below the text's
    assert listed(html(site / "_site/b/index.html")) == [["old2019", "fog2025", "boats2024"]]  # keys in any case


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        ("::: publications year=twenty", "year=twenty is no year or span of years"),
        ("::: publications type=poster", "type=poster is not a type (journal, conference"),
        ("::: publications author=bob", "author=bob is no profile (give a file name of content/people/: ada)"),
        ("::: publications file=nothere", "file=nothere is no .bib file of the site (papers)"),
        ("::: publications key=nokey", "key=nokey is no entry of the site"),
        ("::: publications limit=few", "limit=few is not a number"),
        ("::: publications order=random", "order=random is not known (newest or oldest)"),
        ("::: publications keyword=nothing", "finds no entry: check its filters"),
        ("::: publications year=2020 stray", "'stray' is no filter (write name=value"),
    ],
)
def test_a_filter_that_cannot_be_used_is_a_warning_at_its_line(make_site, line, warning):
    site = make_site({"content/publications/papers.bib": BIB, "content/pages/p.md": f"---\ntitle: P\n---\nText.\n\n{line}\n"})
    result = build(site)
    assert [(d.path.name, d.line) for d in result.warnings if warning in d.message] == [("p.md", 6)], result.warnings


def test_a_list_in_a_biography_is_left_out_with_a_warning_and_a_project_does_not_repeat_its_own(make_site):
    site = make_site(
        {
            "content/publications/papers.bib": BIB,
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda works on engines.\n\n::: publications year=2025\n",
            "content/projects/fog.md": "---\ntitle: Fog\npublications: [fog2025]\n---\nAbout fog.\n\n::: publications keyword=fog\n",
        }
    )
    result = build(site)
    assert [(d.path.name, d.line, "left out" in d.message) for d in result.warnings] == [("ada.md", 6, True)]
    home = html(site / "_site/index.html")
    assert "\ue002" not in home.select_one(".biography").decode() and not home.select(".biography .publication-embed")
    project = html(site / "_site/projects/fog/index.html")
    assert listed(project) == []  # fog2025 is its own publication, listed below the text
    assert [li["id"] for li in project.select("li.publication")] == ["fog2025"]


def test_a_page_of_a_list_alone_is_searchable_text_without_markers(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Test Site\nowner: ada\nsearch: true\n",
            "content/publications/papers.bib": BIB,
            "content/pages/resources.md": "---\ntitle: Resources\n---\n::: publications category=resources\n",
        }
    )
    assert build(site).warnings == []
    index = (site / "_site/search.json").read_text(encoding="utf-8")
    assert "\ue002" not in json.loads(index).__repr__() and "Foggy Harbours" in index
    assert listed(html(site / "_site/resources/index.html")) == [["harbours2023"]]


def test_a_group_home_page_s_list_leaves_out_the_selected_ones_listed_below_it(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Lab\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
            "content/publications/papers.bib": BIB,
            "content/index.md": "---\ntitle: Lab\n---\nOur work.\n\n::: publications author=ada year=2019-2025\n",
        },
        with_person=False,
    )
    assert build(site).warnings == []
    home = html(site / "_site/index.html")
    assert [li["id"] for li in home.select(".selected li.publication")] == ["old2019"]  # selected = {true}
    assert listed(home) == [["fog2025", "boats2024", "harbours2023"]]  # old2019 is below, with the selected
