"""Projects: a list (current first), a page per project with its team and publications, and each
member's profile listing theirs."""

from __future__ import annotations

import io
import json

import pytest
from conftest import build, html
from PIL import Image

from sitegen.build import Builder
from sitegen.errors import SitegenError


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(out, "PNG")
    return out.getvalue()


BIB = """
@article{Engines2024, title = {Engines}, author = {Lovelace, Ada}, year = 2024, keywords = {analytical}}
@article{mill2023, title = {Mills}, author = {Babbage, Bob}, year = 2023, keywords = {Analytical, mills}}
@article{other2022, title = {Other}, author = {Babbage, Bob}, year = 2022, keywords = {looms}}
"""
LAB = {
    "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n",
    "content/index.md": "---\ntitle: Lab\n---\nWelcome.\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
    "content/people/bob.md": "---\nname: Bob Babbage\n---\nBob.\n",
    "content/publications/lab.bib": BIB,
    "static/images/engine.png": png(2400, 1000),
    "content/projects/engine.md": (
        "---\ntitle: The analytical engine\nsummary: A machine that computes.\nimage: images/engine.png\n"
        "members: ['Lovelace, Ada', bob, Carl Guest]\npublications: [engines2024]\nkeywords: [analytical]\n"
        "links:\n  data: https://example.org/data\n  code: https://example.org/code\n---\nIt weaves [@other2022].\n"
    ),
    "content/projects/looms.md": "---\ntitle: Looms\nmembers: [Bob Babbage]\npast: true\n---\n",
    "content/projects/zebra.md": "---\ntitle: Zebra\norder: 1\nmembers: [Bob Babbage]\nfeatured: true\n---\n",
}


def test_projects_are_listed_current_first_each_with_its_page_and_on_its_members_profiles(make_site):
    site = make_site(LAB, with_person=False)
    assert build(site).warnings == []
    out = site / "_site"
    listing = html(out / "projects/index.html")
    assert [h.get_text() for h in listing.select("main h2")] == ["Current projects", "Past projects"]
    assert [a.get_text() for a in listing.select(".project-title a")] == ["Zebra", "The analytical engine", "Looms"]
    assert "Projects" in [a.get_text() for a in listing.select("nav a")]
    page = html(out / "projects/engine/index.html")
    assert page.h1.get_text() == "The analytical engine"
    assert page.select_one(".project-summary").get_text() == "A machine that computes."
    team = page.select_one(".project-members")
    assert " ".join(team.get_text().split()) == "Team: Lovelace, Ada, Bob Babbage, and Carl Guest"
    assert [(a.get_text(), a["href"]) for a in team.find_all("a")] == [
        ("Lovelace, Ada", "/people/ada/"),
        ("Bob Babbage", "/people/bob/"),
    ]
    assert [a.get_text() for a in page.select("a.pub-link")] == ["Code", "Data"]
    # made small, in its own shape (the original, 2400 pixels wide, is what a shared link names)
    src = page.select_one("img.project-picture")["src"]
    assert src.startswith("/projects/engine/picture-") and src.endswith(".webp")
    assert Image.open(out / src.lstrip("/")).size == (1200, 500)
    assert listing.select_one(".project-card img")["src"] == src
    # by key (in any case, as BibTeX reads keys) and by keyword (in any case); not the other entry
    listed = [li["id"] for li in page.select("section.publications li[id]")]
    assert listed == ["engines2024", "mill2023"]  # anchors
    assert page.select_one(".references") is not None  # its description cites
    part_of = html(out / "publications/mill2023/index.html").select_one(".pub-projects")
    assert " ".join(part_of.get_text().split()) == "Part of: The analytical engine"
    assert part_of.a["href"] == "/projects/engine/"
    assert html(out / "publications/other2022/index.html").select_one(".pub-projects") is None
    # a featured one is also on a group site's home page
    assert [a.get_text() for a in html(out / "index.html").select("section.featured-projects .project-title a")] == ["Zebra"]
    assert [a.get_text() for a in html(out / "people/bob/index.html").select("section.projects .project-title a")] == [
        "Zebra",
        "The analytical engine",
        "Looms",
    ]
    assert [a.get_text() for a in html(out / "people/ada/index.html").select("section.projects a")] == [
        "The analytical engine",
        "Lovelace, Ada",
        "Bob Babbage",
    ]


def test_a_project_page_describes_it_to_search_engines(make_site):
    site = make_site(LAB, with_person=False)
    build(site)
    page = html(site / "_site/projects/engine/index.html")
    [project] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert (project["@type"], project["name"], project["description"]) == (
        "ResearchProject",
        "The analytical engine",
        "A machine that computes.",
    )
    assert project["image"] == "https://lab.example.org/images/engine.png"
    assert project["member"][0] == {"@type": "Person", "name": "Lovelace, Ada", "url": "https://lab.example.org/people/ada/"}
    assert project["member"][2] == {"@type": "Person", "name": "Carl Guest"}
    assert page.find("meta", property="og:image")["content"] == "https://lab.example.org/images/engine.png"


def test_a_project_s_summary_may_link_and_is_words_to_search_engines(make_site):
    summary = "summary: 'With [Kaiyo Robotics](https://kaiyo.example.org) and *others*.'\n"
    site = make_site({**LAB, "content/projects/looms.md": f"---\ntitle: Looms\n{summary}---\n"}, with_person=False)
    build(site)
    for page in ("projects/index.html", "projects/looms/index.html"):
        [shown] = [p for p in html(site / "_site" / page).select(".project-summary") if "Kaiyo" in p.get_text()]
        assert [(a.get_text(), a["href"]) for a in shown.select("a")] == [("Kaiyo Robotics", "https://kaiyo.example.org")]
        assert shown.select_one("em").get_text() == "others"
    page = html(site / "_site/projects/looms/index.html")
    [project] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    words = "With Kaiyo Robotics and others."
    assert project["description"] == words
    assert page.find("meta", attrs={"name": "description"})["content"] == words
    assert page.find("meta", property="og:description")["content"] == words


def test_an_unknown_key_and_a_near_miss_member_are_warnings_at_their_lines(make_site):
    project = "---\ntitle: P\nmembers: [Ada Lovelance]\npublications: [mill2033]\nimage: images/none.png\n---\n"
    broken = "---\ntitle: Q\nimage: images/broken.png\n---\n"
    files = {"content/projects/p.md": project, "content/projects/q.md": broken, "static/images/broken.png": b"\x89PNG\r\n"}
    site = make_site({**LAB, **files}, with_person=False)
    result = build(site)
    [unreadable] = [w for w in result.warnings if w.path.name == "q.md"]
    assert unreadable.line == 3 and "image 'images/broken.png' cannot be read as a picture" in unreadable.message
    assert html(site / "_site/projects/q/index.html").select_one("img.project-picture")["src"] == "/images/broken.png"
    warnings = sorted((w.line, w.message) for w in result.warnings if w.path.name == "p.md")
    assert [line for line, _ in warnings] == [3, 4, 5]
    assert "member 'Ada Lovelance' is not linked to Ada Lovelace (ada.md)" in warnings[0][1]
    assert "'mill2033' is in no .bib file (did you mean 'mill2023'?)" in warnings[1][1]
    assert "image 'images/none.png' is not in static/" in warnings[2][1]
    assert html(site / "_site/projects/p/index.html").select("section.publications") == []


def test_a_project_without_members_on_a_one_person_site_is_the_owners(make_site):
    site = make_site({"content/projects/mine.md": "---\ntitle: Mine\n---\nAbout it.\n"})
    assert build(site).warnings == []
    assert [a.get_text() for a in html(site / "_site/index.html").select("section.projects .project-title a")] == ["Mine"]
    listing = html(site / "_site/projects/index.html")
    assert listing.select("main h2.project-title")  # no Current/Past headings while nothing has ended


@pytest.mark.parametrize(
    ("project", "message", "line"),
    [
        ("---\nsummary: S\n---\n", "a project needs 'title", 1),
        ("---\ntitle: T\npast: maybe\n---\n", "'past' must be true or false", 3),
        ("---\ntitle: T\npublications: {a: b}\n---\n", "'publications' must be a list", 3),
    ],
)
def test_a_project_with_a_wrong_field_is_an_error_at_its_line(make_site, project, message, line):
    site = make_site({"content/projects/p.md": project})
    with pytest.raises(SitegenError, match=message) as raised:
        build(site)
    assert raised.value.diagnostic.line == line


def test_a_page_named_projects_leads_the_list_and_a_draft_project_is_left_out(make_site):
    site = make_site({**LAB, "content/pages/projects.md": "---\ntitle: Research\n---\nWhat we build.\n"}, with_person=False)
    build(site)
    page = html(site / "_site/projects/index.html")
    assert page.h1.get_text() == "Research" and page.select_one(".list-intro").get_text().strip() == "What we build."
    assert len(page.select("li.project-card")) == 3  # the projects follow the text
    (site / "content/pages/projects.md").unlink()
    site = make_site({"content/projects/soon.md": "---\ntitle: Soon\ndraft: true\n---\n"})
    for other in ("engine", "looms", "zebra"):
        (site / f"content/projects/{other}.md").unlink()
    result = build(site)
    assert result.drafts_left_out == 1 and not (site / "_site/projects").exists()
    assert "Projects" not in [a.get_text() for a in html(site / "_site/index.html").select("nav a")]


def test_a_preview_shows_what_changed_in_a_project_on_every_page_that_shows_it(make_site):
    site = make_site(LAB, with_person=False)
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    (site / "content/people/bob.md").write_text("---\nname: Robert Babbage\naliases: [Babbage, Bob]\n---\nBob.\n")
    preview.build()
    assert "Robert Babbage" in html(site / "_preview/projects/engine/index.html").select_one(".project-members").get_text()
    (site / "content/publications/lab.bib").write_text(BIB.replace("{Analytical, mills}", "{mills}"))
    preview.build()
    page = html(site / "_preview/projects/engine/index.html")
    assert [li["id"] for li in page.select("section.publications li[id]")] == ["engines2024"]
    path = site / "content/projects/engine.md"
    path.write_text(path.read_text().replace("A machine that computes.", "A machine that weaves."))
    preview.build()
    for shown in ("projects/index.html", "people/ada/index.html"):
        assert "A machine that weaves." in html(site / "_preview" / shown).select_one("main").get_text(), shown
    path.write_text(path.read_text().replace("keywords: [analytical]", "keywords: [looms]"))  # no entry changed
    preview.build()
    assert html(site / "_preview/publications/other2022/index.html").select_one(".pub-projects") is not None
