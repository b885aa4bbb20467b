"""`sitegen import` of a page made from Jon Barron's template (jonbarron/jonbarron_website: one
plain index.html of tables): the name, biography, links and photo become the profile, its papers'
rows entries, its sections news, CV and text, in a site that builds without a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, build, html, imported_copy, imported_entries, write_files

from sitegen.cli import main
from sitegen.jonbarron import JonBarron

JON_BARRON = REPO / "tests/data/jonbarron"  # a page in the template's first version, with a made-up owner


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list[str], str]:
    return imported_copy(JON_BARRON, tmp_path, capsys)


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("---")[1])


def imported_page(tmp_path: Path, page: str) -> tuple[Path, str]:
    """`sitegen import` of a folder holding `page` as its index.html: the new site, and its one
    profile's biography."""
    source = write_files(tmp_path / "old", {"index.html": page})
    assert main(["import", str(source), str(tmp_path / "new")]) == 0
    profile = next((tmp_path / "new/content/people").glob("*.md"))
    return tmp_path / "new", profile.read_text().split("---", 2)[2]


def test_the_page_becomes_the_profile_its_papers_entries_and_its_news_news(imported):
    target, notes, summary = imported
    assert "1 profile, 2 publications, 2 news items" in summary
    assert notes == [
        "index.html: the sentence saying which papers are highlighted is left out: they are selected = {true}",
        "index.html:30: role 'Research scientist' and affiliation '[Harbour Labs](https://example.org/lab)' are read from "
        "the biography's first sentence: check them",
    ]
    site = yaml.safe_load((target / "content/site.yml").read_text())
    assert (site["title"], site["description"], site["owner"]) == (
        "Ada Roe",
        "Ada Roe's home page: seeing through fog.",
        "ada-roe",
    )
    assert (site["icon"], site["analytics"]) == ("images/seal_icon.png", {"google": "G-ABC123XYZ9"})
    profile = front_matter(target / "content/people/ada-roe.md")
    assert (profile["name"], profile["photo"], profile["email"]) == ("Ada Roe", "images/AdaRoe.jpg", "ada@example.org")
    assert (profile["role"], profile["affiliation"]) == ("Research scientist", "[Harbour Labs](https://example.org/lab)")
    assert profile["links"] == {  # the line of links under the biography, by their addresses (the CV a file of the site)
        "cv": "data/AdaRoe-CV.pdf",
        "scholar": "https://scholar.google.com/citations?user=ADAROEAAAAJ",
        "x": "https://twitter.com/adaroe",
        "github": "https://github.com/adaroe/",
    }
    assert profile["service"] == ["Area Chair, CVPR 2025", "Reviewer, ICCV 2023"]  # a row's lines parted by <br>
    for copied in ("static/data/AdaRoe-CV.pdf", "static/images/AdaRoe.jpg", "static/images/fog.png"):
        assert (target / copied).is_file(), copied
    biography = (target / "content/people/ada-roe.md").read_text().split("---", 2)[2]
    assert "I am a research scientist at [Harbour Labs](https://example.org/lab) in Northport" in biography
    assert (
        "## Research\nI'm interested in computer vision and machine learning.\n"  # (its highlighted rows are selected)
        in biography
    )
    assert "Email" not in biography and "steal" not in biography and "\x00" not in biography and "<" not in biography
    news = sorted((target / "content/news").glob("*.md"))
    assert [path.name for path in news] == [
        "2024-01-01-i-joined-harbour-labs.md",
        "2025-06-01-our-fog-paper-is-an-oral-at-cvpr-2025.md",
    ]
    assert news[1].read_text().endswith("Our fog paper is an oral at [CVPR 2025](https://cvpr.thecvf.com/)!\n")


def test_a_paper_row_is_an_entry_its_own_bibtex_where_it_links_one(imported):
    """The highlighted row, whose `bibtex` link is a .bib file of the site: that entry, with the
    row's links, description, picture, remark and highlight; the other made from the row."""
    target, _, _ = imported
    found = imported_entries(target)
    assert list(found) == ["roe2025fog", "berg2023glarerobust"]
    fog = found["roe2025fog"]
    assert (fog["type"], fog["pages"], fog["booktitle"][:16]) == ("inproceedings", "1201--1210", "Proceedings of t")
    assert (fog["website"], fog["arxiv"], fog["preview"], fog["selected"]) == (
        "https://example.org/fog/", "https://arxiv.org/abs/2503.01234", "images/fog.png", "true"
    )  # fmt: skip
    assert fog["note"] == "Oral Presentation" and fog["abstract"].startswith("Event cameras see through fog")
    assert "bibtex" not in fog  # its BibTeX is the entry itself
    glare = found["berg2023glarerobust"]
    assert (glare["title"], glare["author"], glare["year"]) == (
        "Glare-Robust Detection for Harbour Cranes",
        "Jonas Berg and Ada Roe",
        "2023",
    )
    assert (glare["code"], glare["arxiv"], glare["preview"]) == (
        "https://github.com/adaroe/glare", "https://arxiv.org/abs/2310.04321", "images/glare.jpg"
    )  # fmt: skip
    assert "selected" not in glare


def test_the_imported_site_builds_without_a_warning(imported):
    target, _, _ = imported
    assert [warning.message for warning in build(target).warnings] == []
    home = html(target / "_site/index.html")
    assert home.h1.get_text() == "Ada Roe"
    assert home.find("a", string="CV")["href"] == "/data/AdaRoe-CV.pdf" and (target / "_site/data/AdaRoe-CV.pdf").is_file()
    listed = [" ".join(item.select_one(".citation").get_text().split()) for item in home.select(".publication-list > li")]
    assert listed[0].startswith("Ada Roe, Jonas Berg, and Mei Lin. Seeing Through Fog with Event Cameras.")
    assert [li.get_text(" ", strip=True) for li in home.select("section.service li")] == [
        "Area Chair, CVPR 2025",
        "Reviewer, ICCV 2023",
    ]


LATER = """<!DOCTYPE HTML>
<html lang="en"><head><title>Min Park</title>
<link rel="icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22></svg>"></head>
<body><table><tbody><tr><td><table><tbody>
  <tr>
    <td style="padding:2.5%;width:63%">
      <p class="name" style="text-align: center;">
        Min Park
      </p>
      <p>I'm a PhD student at <a href="https://example.edu/">Example University</a>.</p>
      <p style="text-align:center">
        <a href="mailto:min@example.edu">Email</a> &nbsp;/&nbsp;
        <a href="www.linkedin.com/in/min-park">LinkedIn</a> &nbsp;/&nbsp;
        <a href="https://github.com/minpark">Github</a>
      </p>
    </td>
    <td><a href="images/min.jpeg"><img alt="profile photo" src="images/min.jpeg"></a></td>
  </tr>
</tbody></table>
<table><tbody>
  <tr><td><h2>Publications</h2><p>(Equal contributions are denoted by *)</p></td></tr>
</tbody></table>
<table><tbody>
  <tr onmouseout="x_stop()" onmouseover="x_start()">
    <td><img src='images/contact.png' width="160"></td>
    <td>
      <a href="https://arxiv.org/abs/">
    <span class="papertitle">ContactNet: Contact-Guided Generation</span>
      </a>
      <br>
      Bo Gu*,
      <b>Min Park*</b>,
      <a href="https://example.edu/~joo">Kim Joo</a>
      <br>
      <em>AAAI</em>, 2024
      <p></p>
      <p><li>Generating people who touch.</li></p>
    </td>
  </tr>
</tbody></table>
<table><tbody><tr><td>
  <h2>Education</h2>
  <br>
  <li>M.S & Ph.D in Artificial Intelligence, Example University (2022.03 ~ )</li>
  <br>
  <li>Bachelor in Automobile engineering, Kookmin Univ (2016.03. ~ 2022.02)</li>
</td></tr></tbody></table>
<p style="text-align:right;font-size:small;">Template from this website <a href="https://github.com/jonbarron/jonbarron_website">source code</a>.</p>
</td></tr></tbody></table></body></html>
"""


def test_a_page_of_the_template_s_later_version_with_a_fork_s_ways(tmp_path, capsys):
    """`<p class="name">`, `<h2>` and `<span class="papertitle">`; a legend written words first, a
    link without its scheme, an arXiv link not filled in, degrees dated in parentheses."""
    source = write_files(tmp_path / "min.github.io", {"index.html": LATER, "images/contact.png": b"\x89PNG"})
    target = tmp_path / "new"
    assert main(["import", str(source), str(target)]) == 0
    site = yaml.safe_load((target / "content/site.yml").read_text())
    assert (site["title"], site["base_url"], site["owner"]) == ("Min Park", "https://min.github.io/", "min-park")
    assert "icon" not in site  # the template's emoji, no file
    profile = front_matter(target / "content/people/min-park.md")
    assert profile["links"] == {"linkedin": "https://www.linkedin.com/in/min-park", "github": "https://github.com/minpark"}
    assert (profile["role"], profile["affiliation"]) == ("PhD student", "[Example University](https://example.edu/)")
    assert profile["education"] == [
        {"degree": "M.S & Ph.D in Artificial Intelligence", "institution": "Example University", "year": "2022.03 – present"},
        {"degree": "Bachelor in Automobile engineering", "institution": "Kookmin Univ", "year": "2016.03 – 2022.02"},
    ]
    [entry] = imported_entries(target).values()
    assert (entry["type"], entry["booktitle"], entry["year"]) == ("inproceedings", "AAAI", "2024")
    assert entry["equal_contribution"] == "Bo Gu and Min Park" and "arxiv" not in entry and "url" not in entry
    biography = (target / "content/people/min-park.md").read_text().split("---", 2)[2]
    assert biography.strip() == "I'm a PhD student at [Example University](https://example.edu/)."
    assert [warning.message for warning in build(target).warnings] == [
        "photo 'images/min.jpeg' is not in static/ (add the image there or fix the path); initials are shown"
    ]  # (the fork's own page names a picture it lacks)


def test_only_a_page_of_the_template_is_taken_for_one(tmp_path):
    assert JonBarron.recognises(JON_BARRON)
    assert not JonBarron.recognises(write_files(tmp_path / "a", {"index.html": "<html><body><h1>Me</h1></body></html>"}))
    assert not JonBarron.recognises(tmp_path / "none")


@pytest.mark.parametrize(
    ("page", "name", "titles"),
    [
        ("<title>Lin Park</title><name></name><tr><td><papertitle></papertitle></td></tr>", "Lin Park", []),
        (
            '<p class="name">Lin Park</p><table><tr><td><a href="https://x.org/p"><papertitle>Depth</papertitle></a><br>'
            "Bo Li, <strong>Lin Park</strong><br><em>CVPR</em> 2020</td></tr>",  # no closing tags, no table of the name
            "Lin Park",
            ["Depth"],
        ),
        ("<name>Lin Park</name><h2>News</h2><tr><td><papertitle>Cut", "Lin Park", []),
    ],
)
def test_a_page_cut_short_or_without_the_template_s_tables_is_read_as_far_as_it_goes(tmp_path, page, name, titles):
    target, _ = imported_page(tmp_path, page)
    assert front_matter(next((target / "content/people").glob("*.md")))["name"] == name
    bib = target / "content/publications/publications.bib"
    found = [entry["title"] for entry in imported_entries(target).values()] if bib.exists() else []
    assert found == titles


MISCELLANEA = """<html><body><table><tr><td><table><tr><td><name>Lin Park</name><p>I study depth.</p></td></tr></table>
<table><tr><td><heading>Research</heading></td></tr></table>
<table><tr><td><papertitle>Depth</papertitle><br><strong>Lin Park</strong><br><em>CVPR</em> 2020</td></tr></table>
<table><tr><td><heading>Miscellanea</heading></td></tr></table>
<table>
<tr><td><img src="images/cvf.jpg"></td>
<td><a href="https://cvpr.thecvf.com/">Area Chair, CVPR 2023</a><br>Reviewer, ICCV 2021</td></tr>
<tr><td><heading>Basically <br> Blog Posts</heading></td>
<td><a href="https://arxiv.org/abs/2112.11687">Squareplus</a><br><a href="https://arxiv.org/abs/2010.09714">Bias and Gain</a></td></tr>
</table>
</td></tr></table></body></html>
"""


def test_the_rows_of_a_section_are_lists_and_a_row_s_heading_beside_its_text_a_topic(tmp_path):
    """Barron's Miscellanea: rows of lines parted by `<br>` (one list each, not a paragraph a line),
    a row labelled by a heading in its first cell (a topic of the section, not a section)."""
    target, biography = imported_page(tmp_path, MISCELLANEA)
    assert biography.strip() == (
        "I study depth.\n\n## Miscellanea\n\n- [Area Chair, CVPR 2023](https://cvpr.thecvf.com/)\n- Reviewer, ICCV 2021\n\n"
        "### Basically Blog Posts\n- [Squareplus](https://arxiv.org/abs/2112.11687)\n- [Bias and Gain](https://arxiv.org/abs/2010.09714)"
    )
    assert [entry["title"] for entry in imported_entries(target).values()] == ["Depth"]


def test_news_written_as_dated_paragraphs_are_news_items_and_other_paragraphs_stay_apart(tmp_path):
    page = (
        "<name>Lin Park</name><p>I study depth.</p><p>And width.</p></td></tr></table>"
        "<table><tr><td><heading>News</heading><p><strong>[2023/06]</strong> Accepted to CVPR 2023.</p>"
        "<p>[Mar 2021] A talk at <a href='https://x.org'>X</a>.</p></td></tr>"
        "<tr><td><heading>Hobbies</heading><p>I climb.</p><p>I sail.</p></td></tr>"
        "<tr><td><heading>Research</heading></td></tr><tr><td><papertitle>Depth</papertitle><br><b>Lin Park</b></td></tr></table>"
    )
    target, biography = imported_page(tmp_path, page)
    news = sorted((target / "content/news").glob("*.md"))
    assert [path.read_text().split("---")[2].strip() for path in news] == [
        "A talk at [X](https://x.org).",
        "Accepted to CVPR 2023.",
    ]
    assert biography.strip() == "I study depth.\n\nAnd width.\n\n## Hobbies\nI climb.\n\nI sail."  # (they were one paragraph)


def test_a_page_whose_script_writes_its_papers_says_none_came_over(tmp_path, capsys):
    page = (
        "<name>Lin Park</name><p>I study depth.</p><div id='papers'></div><script>"
        "for (const p of papers) { html += `<a href='${p.url}'><papertitle>${p.title}</papertitle></a><br>`; }</script>"
    )
    target, _ = imported_page(tmp_path, page)
    assert "index.html: its papers are written by a script, which sitegen does not run: none came over" in capsys.readouterr().err
    assert not (target / "content/publications").exists()


def test_what_a_fork_wrote_between_the_tables_is_read_too(tmp_path):
    """A section written in the outer cell between two tables (no row of its own) was dropped."""
    page = (
        "<table><tr><td><table><tr><td><name>Lin Park</name><p>I study depth.</p></td></tr></table>"
        "<h2>Research</h2><table><tr><td><papertitle>Depth</papertitle><br><b>Lin Park</b><br><em>CVPR</em> 2020</td></tr>"
        "</table><h2>Awards</h2><ul><li>2021: Best Paper Award, CVPR</li></ul><h2>Hobbies</h2><p>I climb.</p>"
        "<p>Template by <a href='https://github.com/jonbarron/jonbarron_website'>Jon Barron</a>.</p></td></tr></table>"
    )
    target, biography = imported_page(tmp_path, page)
    assert front_matter(target / "content/people/lin-park.md")["awards"] == [{"title": "Best Paper Award, CVPR", "year": "2021"}]
    assert biography.strip() == "I study depth.\n\n## Hobbies\nI climb."
    assert [entry["title"] for entry in imported_entries(target).values()] == ["Depth"]


def test_the_site_s_other_html_pages_are_noted_and_a_verification_file_kept(tmp_path, capsys):
    source = write_files(
        tmp_path / "old",
        {
            "index.html": (JON_BARRON / "index.html").read_text(),
            "teaching.html": "<html><body>CS188</body></html>",
            "google1234abcd.html": "google-site-verification: google1234abcd.html",
            ".history/index_2023.html": "<html></html>",
        },
    )
    assert main(["import", str(source), str(tmp_path / "new")]) == 0
    notes = capsys.readouterr().err.splitlines()
    assert [note.removeprefix(f"{source}/") for note in notes if "not imported" in note] == [
        "teaching.html: not imported: a page of HTML of its own; put its text in a Markdown page (content/pages/)"
    ]
    assert (tmp_path / "new/static/google1234abcd.html").read_text().startswith("google-site-verification")


def test_a_row_s_lines_under_a_cv_heading_are_the_profile_s_records_a_line_that_is_a_link_with_its_page(tmp_path):
    page = (
        "<table><tr><td><table><tr><td><name>Lin Park</name><p>I study depth.</p></td></tr></table>"
        "<table><tr><td><heading>Research</heading></td></tr>"
        "<tr><td><papertitle>Depth</papertitle><br><b>Lin Park</b><br><em>CVPR</em> 2020</td></tr></table>"
        "<table><tr><td><heading>Teaching</heading></td></tr><tr><td><img src='images/cs188.jpg'></td><td>"
        "<a href='https://inst.eecs.berkeley.edu/~cs188/sp11/'>Graduate Student Instructor, CS188 Spring 2011</a><br>"
        "Teaching Assistant, CS280, Fall 2010</td></tr></table>"
        "<table><tr><td><heading>Education</heading></td></tr>"
        "<tr><td>PhD in Computer Science, UC Berkeley, 2013 - 2018<br>BSc in Mathematics, University of Toronto, 2009-2013</td></tr>"
        "</table></td></tr></table>"
    )
    target, biography = imported_page(tmp_path, page)
    profile = front_matter(target / "content/people/lin-park.md")
    assert profile["teaching"] == [
        {
            "course": "CS188",
            "role": "Graduate Student Instructor",
            "term": "Spring 2011",
            "url": "https://inst.eecs.berkeley.edu/~cs188/sp11/",
        },
        {"course": "CS280", "role": "Teaching Assistant", "term": "Fall 2010"},
    ]
    assert [degree["institution"] for degree in profile["education"]] == ["UC Berkeley", "University of Toronto"]
    assert biography.strip() == "I study depth."
    assert [warning.message for warning in build(target).warnings] == []


def test_a_projects_section_s_rows_are_projects(tmp_path):
    page = (
        "<table><tr><td><table><tr><td><name>Lin Park</name><p>I study depth.</p></td></tr></table>"
        "<table><tr><td><heading>Research</heading></td></tr>"
        "<tr><td><papertitle>Depth</papertitle><br><b>Lin Park</b><br><em>CVPR</em> 2020</td></tr></table>"
        "<table><tr><td><heading>Projects</heading></td></tr><tr><td><img src='images/robot.png'></td><td>"
        "<a href='https://github.com/lin/robot'><papertitle>Robot Arm Controller</papertitle></a><br>"
        "<a href='https://github.com/lin/robot'>code</a> / <a href='https://youtu.be/x'>video</a>"
        "<p>A controller for a cheap robot arm.</p></td></tr></table></td></tr></table>"
    )
    target, biography = imported_page(tmp_path, page)
    [project] = (target / "content/projects").glob("*.md")
    assert front_matter(project) == {
        "title": "Robot Arm Controller",
        "image": "images/robot.png",
        "order": 1,
        "links": {"code": "https://github.com/lin/robot", "video": "https://youtu.be/x"},
    }
    assert project.read_text().endswith("A controller for a cheap robot arm.\n")
    assert [entry["title"] for entry in imported_entries(target).values()] == ["Depth"]  # not a publication
    assert biography.strip() == "I study depth."


@pytest.mark.parametrize(
    ("folder", "files", "address"),
    [
        ("site", {"_config.yml": "url: https://lin.example.org\nbaseurl: /home\n"}, "https://lin.example.org/home/"),
        ("site", {"CNAME": "lin.example.org\n"}, "https://lin.example.org/"),
        ("lin.github.io", {}, "https://lin.github.io/"),
        ("site", {}, ""),
    ],
)
def test_the_site_s_address_is_its_config_s_its_cname_or_its_repository_s(tmp_path, folder, files, address):
    source = write_files(tmp_path / folder, {"index.html": (JON_BARRON / "index.html").read_text(), **files})
    assert JonBarron(source, tmp_path / "new").site_address() == address


@pytest.mark.parametrize(
    "papers",
    [
        "<h2>Publications</h2><ul><li><span class='papertitle'>Depth</span><br>Lin Park, Bo Li<br><em>CVPR</em> 2020</li></ul>",
        "<table><tr><td><h2>Research</h2></td></tr><tr><td><papertitle></papertitle>Depth, in progress.</td></tr></table>",
    ],
)
def test_papers_outside_the_template_s_rows_are_said_to_stay_in_the_biography(tmp_path, capsys, papers):
    """A list of papers, and a row whose title is not there to read: their text stays (a row that
    did not read was left out)."""
    target, biography = imported_page(tmp_path, f"<name>Lin Park</name><p>Bio.</p></td></tr></table>{papers}")
    assert "index.html: papers written outside the template's table rows (in a list), or whose title" in capsys.readouterr().err
    assert "Depth" in biography and not (target / "content/publications").exists()


@pytest.mark.parametrize(
    ("opening", "role", "affiliation"),
    [
        (
            "I'm a research scientist at Google DeepMind in London, where I work on NeRFs.",
            "Research scientist",
            "Google DeepMind",
        ),
        ("I am a PhD student at [MIT](https://mit.edu), advised by Ada Roe.", "PhD student", "[MIT](https://mit.edu)"),
        ("I am currently an assistant professor at the University of Oslo.", "Assistant professor", "the University of Oslo"),
        ("I'm a M.S & Ph.D student in [a lab](https://x.org) at [UNIST](https://u.kr).", None, None),  # not read: no guess
        ("I am a big fan of cats at home.", None, None),  # no title of a role
        ("Welcome! I study depth.", None, None),
    ],
)
def test_the_biography_s_opening_gives_the_role_and_affiliation_where_it_says_them_plainly(tmp_path, opening, role, affiliation):
    target, _ = imported_page(
        tmp_path, f"<name>Lin Park</name><p>{opening}</p><table><tr><td><papertitle>D</papertitle></td></tr>"
    )
    profile = front_matter(target / "content/people/lin-park.md")
    assert (profile.get("role"), profile.get("affiliation")) == (role, affiliation)
