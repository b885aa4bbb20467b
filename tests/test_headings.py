"""A text's headings under its page's title (markup.under_title): one h1 a page, its title once."""

from __future__ import annotations

import pytest
from conftest import build, html

from sitegen.markup import apart_from, under_title


@pytest.mark.parametrize(
    ("body", "title", "shown", "dropped"),
    [
        ('<h1 id="t">Teaching</h1>\n<p>x</p>', "Teaching", "<p>x</p>", "Teaching"),  # the title, again
        ('<h1 id="t">TEACHING!</h1>\n<p>x</p>', "Teaching", "<p>x</p>", "TEACHING!"),  # case and marks aside
        ('<h1 id="t">Courses</h1>\n<h2 id="f">Fall</h2>', "Teaching", '<h2 id="t">Courses</h2>\n<h3 id="f">Fall</h3>', ""),
        ('<h1 id="t">Courses</h1>\n<h2 id="f">Fall</h2>', None, '<h2 id="f">Fall</h2>', "Courses"),  # no title: it is
        (
            '<h2 id="f">Fall</h2>\n<h3>Week 1</h3>',
            "Teaching",
            '<h2 id="f">Fall</h2>\n<h3>Week 1</h3>',
            "",
        ),  # as the theme expects
        ("<p>x</p>\n<h1>Late</h1>\n<h6>Deep</h6>", None, "<p>x</p>\n<h2>Late</h2>\n<h6>Deep</h6>", ""),  # not first: kept
        ('<h1 id="n"><em>Fog</em> detection</h1>', "Fog detection", "", "Fog detection"),
    ],
)
def test_a_text_s_headings_go_under_its_page_s_title(body, title, shown, dropped):
    assert under_title(body, title) == (shown, dropped)


def test_a_biography_s_headings_go_under_the_profile_s_biography_heading():
    assert under_title('<h2 id="r">Research</h2>\n<h3>Fog</h3>', "Ada", top=3) == ('<h3 id="r">Research</h3>\n<h4>Fog</h4>', "")
    assert under_title("<h1>Ada Lovelace</h1>\n<h3>Talks</h3>", "Ada Lovelace", top=3) == ("<h3>Talks</h3>", "Ada Lovelace")


def test_pages_news_and_projects_show_their_title_once_and_one_h1(make_site):
    site = make_site(
        {
            "content/pages/teaching.md": "---\ntitle: Teaching\nmenu: 1\n---\n# Teaching\n\nCourses.\n\n# Fall\n\nTwo.\n",
            "content/pages/courses.md": "---\nmenu: 2\n---\n# Our courses\n\n## Fall\n\nTwo.\n",  # no title: its heading
            "content/news/2025-01-02-award.md": "---\ndate: 2025-01-02\n---\n# A prize for Ada\n\nShe won it.\n",
            "content/projects/fog.md": "---\ntitle: Fog\n---\n# Aims\n\nSee through fog.\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\n# Ada Lovelace\n\n## Research\n\nEngines.\n",
        }
    )
    build(site)
    for page, title, headings in (
        ("teaching/index.html", "Teaching", ["Fall"]),
        ("courses/index.html", "Our courses", ["Fall"]),
        ("news/2025-01-02-award/index.html", "A prize for Ada", []),
        ("projects/fog/index.html", "Fog", ["Aims"]),
    ):
        shown = html(site / "_site" / page)
        assert [h1.get_text() for h1 in shown.find_all("h1")] == [title], page
        assert [h2.get_text() for h2 in shown.select("main h2") if h2.get_text() in ("Fall", "Aims")] == headings, page
    home = html(site / "_site/index.html")  # Ada's profile
    assert "Our courses" in [a.get_text() for a in home.select("nav a")]
    assert [h.get_text() for h in home.select("main h1, main h2, main h3")][:3] == ["Ada Lovelace", "Biography", "Research"]
    assert home.find("h3", string="Research").find_previous(["h1", "h2"]).get_text() == "Biography"


def test_a_text_s_ids_are_none_of_its_page_s_own():
    taken = frozenset({"news", "teaching"})
    text = '<h3 id="news">News</h3>\n<p><a href="#news">above</a></p>\n<h3 id="news_1">Old</h3>\n<h3 id="fog">Fog</h3>'
    assert apart_from(text, taken) == (
        '<h3 id="news_2">News</h3>\n<p><a href="#news_2">above</a></p>\n<h3 id="news_1">Old</h3>\n<h3 id="fog">Fog</h3>'
    )  # a second of its name is Python-Markdown's `_1`, taken here already
    assert apart_from('<p data-id="news">x</p>', taken) == '<p data-id="news">x</p>'


def test_a_biography_s_heading_named_as_a_section_of_the_profile_is_its_own(make_site):
    """ "## Teaching" in a biography of a profile that lists its teaching: two #teaching on the page
    were invalid HTML, and the section's label (aria-labelledby) could name the biography's heading."""
    site = make_site(
        {
            "content/people/ada.md": "---\nname: Ada Lovelace\nteaching:\n  - course: Engines\n---\n"
            "Ada teaches.\n\n## Teaching\n\nSee [below](#teaching).\n",
            "content/publications/a.bib": "@article{a, author={Lovelace, Ada}, title={Notes}, journal={J}, year=1843,\n"
            "  abstract={Text.}}\n",
            "content/publications/a.md": "## Abstract\n\nMore.\n",
        }
    )
    build(site)
    home = html(site / "_site/index.html")
    ids = [tag["id"] for tag in home.find_all(id=True)]
    assert len(ids) == len(set(ids)) and home.find("h3", string="Teaching")["id"] == "teaching_1"
    assert home.select_one("section.biography a")["href"] == "#teaching_1"
    entry = html(site / "_site/publications/a/index.html")
    ids = [tag["id"] for tag in entry.find_all(id=True)]
    assert len(ids) == len(set(ids)) and "abstract_1" in ids
