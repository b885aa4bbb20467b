"""`sitegen import` of a site of HTML pages written by hand (index.html first, no _config.yml:
GitHub Pages serves such a folder as it is): its home page the profile, its other pages pages,
their text without the menu, header and footer every page repeats, as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, build, html, imported_entries, imported_folder, write_files

from sitegen.htmlpages import as_markdown, menu_links, read_page

PHOTO = (REPO / "tests/data/jekyll/assets/img/priya.png").read_bytes()


def page(title: str, main: str, header: str = "") -> str:
    """A page of the site as its author wrote each: the head, the menu, the text, the footer."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <link rel="stylesheet" href="style.css">
  <style>body {{ font-family: serif; }}</style>
</head>
<body>
  <header class="site-header">
    <a href="index.html">Jane Doe</a>
    <nav><a href="index.html">Home</a> <a href="teaching.html">Teaching</a> <a href="publications.html">Papers</a></nav>
  </header>{header}
  <main>
{main}
  </main>
  <footer><p>&copy; 2024 Jane Doe</p><script>console.log("hi")</script></footer>
</body>
</html>
"""


SITE = {
    "index.html": page(
        "Jane Doe | Home",
        """    <h1>Jane Doe</h1>
    <img src="images/me.png" alt="Jane">
    <p>I am an assistant professor of biology at <a href="https://lakeside.edu">Lakeside University</a>.
    My <a href="teaching.html">courses</a> are on rivers.</p>
    <p><a href="mailto:jane.doe@lakeside.edu">Email</a> / <a href="https://scholar.google.com/citations?user=JANEDOE0000J">Google Scholar</a>
    / <a href="https://github.com/janedoe">GitHub</a> / <a href="cv.pdf">CV</a></p>
    <h2>News</h2>
    <div class="update-item"><strong>[Dec. 2024]</strong> Our paper on river fish was accepted.</div>
    <div class="update-item"><strong>[2023]</strong> Joined Lakeside University.</div>""",
    ),
    "publications.html": page(
        "Jane Doe | Publications",
        """    <h1>Publications</h1>
    <p>See also <a href="https://scholar.google.com/citations?user=JANEDOE0000J">Google Scholar</a>.</p>
    <h2>2024</h2>
    <ul>
      <li><b>J. Doe</b>, A. Smith. Fish in rivers. <i>Ecology Letters</i>, 2024. <a href="papers/fish.pdf">[PDF]</a></li>
      <li>A. Smith, <b>J. Doe</b>. Fish in lakes. <i>Freshwater Biology</i> 12(3): 1-10, 2023.</li>
    </ul>
    <h2>2022</h2>
    <div class="publication-item">
      <div class="pub-image"><img src="images/me.png" alt="A fish"></div>
      <div class="pub-content">
        <h3>Fish in the sea</h3>
        <p class="pub-authors"><strong>Jane Doe</strong>, Alan Smith; Bo Lee</p>
        <p class="pub-venue"><em>Marine Biology</em></p>
        <ul><li><strong>DOI:</strong> 10.1000/sea.2022</li></ul>
        <details><summary>Abstract</summary><p>Fish swim in the sea.</p></details>
      </div>
    </div>""",
    ),
    "teaching.html": page(
        "Jane Doe | Teaching", "    <h1>Teaching</h1>\n    <p>BIO 101: Introduction to Biology (Fall 2024)</p>"
    ),
    "images/me.png": PHOTO,
    "papers/fish.pdf": b"%PDF-1.4\n",
    "cv.pdf": b"%PDF-1.4\n",
    "style.css": "body { color: black; }\n",
}


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list[str]]:
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", SITE), capsys)
    return target, notes


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def test_a_hand_written_home_page_is_the_profile(imported):
    target, _notes = imported
    profile = target / "content/people/jane-doe.md"
    assert front_matter(profile) == {
        "name": "Jane Doe",  # its first heading
        "photo": "images/me.png",
        "email": "jane.doe@lakeside.edu",
        "links": {"scholar": "https://scholar.google.com/citations?user=JANEDOE0000J", "github": "https://github.com/janedoe"},
        "aliases": ["J. Doe"],  # as the papers write her name, in bold
    }
    biography = profile.read_text(encoding="utf-8").split("---", 2)[2]
    assert biography.startswith("\nI am an assistant professor of biology at [Lakeside University](https://lakeside.edu).")
    assert "[courses](/teaching/)" in biography and "[CV](/cv.pdf)" in biography  # (links that work from its new place)
    assert "Home" not in biography and "2024 Jane Doe" not in biography and "\n\n\n" not in biography  # no chrome
    assert (target / "static/cv.pdf").is_file() and (target / "static/images/me.png").is_file()
    assert "News" not in biography and sorted(path.name for path in (target / "content/news").iterdir()) == [
        "2023-01-01-joined-lakeside-university.md", "2024-12-01-our-paper-on-river-fish-was-accepted.md"
    ]  # fmt: skip  # (its dated lines, a <div> each, are news items)


def test_a_hand_written_site_s_pages_papers_and_menu(imported):
    target, notes = imported
    assert front_matter(target / "content/pages/teaching.md") == {
        "title": "Teaching",
        "menu": 1,
        "redirect_from": ["/teaching.html"],
    }
    assert (
        (target / "content/pages/teaching.md")
        .read_text(encoding="utf-8")
        .endswith("\nBIO 101: Introduction to Biology (Fall 2024)\n")
    )
    entries = imported_entries(target)
    assert set(entries) == {"doe2024fish", "smith2023fish", "doe2022fish"}
    sea = entries["doe2022fish"]  # a card of <div>s: its heading the title, its year the heading's over it
    assert (sea["author"], sea["journal"], sea["year"], sea["doi"]) == (
        "Jane Doe and Alan Smith and Bo Lee",
        "Marine Biology",
        "2022",
        "10.1000/sea.2022",
    )
    assert (sea["abstract"], sea["preview"]) == ("Fish swim in the sea.", "images/me.png")
    assert (entries["smith2023fish"]["volume"], entries["smith2023fish"]["pages"]) == ("12", "1--10")
    assert (target / "static/papers/fish.pdf").is_file()
    assert (target / "content/pages/publications.md").read_text(encoding="utf-8") == (
        "See also [Google Scholar](https://scholar.google.com/citations?user=JANEDOE0000J).\n"
    )
    assert "publications.html: the 3 papers it lists by hand are entries of content/publications/publications.bib (read " \
        "from the page's text: check them)" in notes  # fmt: skip
    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    home = html(target / "_site/index.html")
    assert [a.get_text(strip=True) for a in home.select("nav a")] == ["Home", "News", "Teaching"]  # (its papers on the home page)
    assert {li["id"] for li in home.select("li.publication")} == {"doe2024fish", "smith2023fish", "doe2022fish"}
    assert html(target / "_site/teaching.html").find("link", rel="canonical")["href"] == "/teaching/"


def test_a_page_s_text_keeps_its_lines_places_for_the_notes():
    """Each block of the Markdown starts on the line its HTML did (where the lines allow), so a
    note about it names the file's own line; the menu's and footer's lines are left out."""
    written = page(
        "Notes",
        "    <h2>2024</h2>\n\n    <p>First <b>paragraph</b>.</p>\n\n\n    <p>Second, far below.</p>\n"
        "    <h3>Teaching</h3>\n    <ul><li>CS 101</li></ul>",  # (a block right under its heading's line: no blank line)
    )
    found = read_page(written)
    lines = written.split("\n")
    markdown = as_markdown(found).split("\n")
    for at, line in enumerate(markdown):
        if line.strip():
            original = lines[found.first_line + at - 1]
            assert line.replace("**", "").lstrip("#- ").split()[0] in original, (line, original)
    assert [line for line in markdown if line.strip()] == [
        "## 2024", "First **paragraph**.", "Second, far below.", "### Teaching", "- CS 101"
    ]  # fmt: skip
    assert found.title == ""  # (no <h1>: the browser's title is no page's title)
    assert menu_links(written) == ["index.html", "teaching.html", "publications.html"]


def test_a_page_s_header_of_its_own_title_stays(tmp_path: Path):
    """A `<header>` that holds the page's title and role (no menu) is its text, not the site's chrome."""
    found = read_page("<html><body><header><h1>Ada Lovelace</h1><p>Analyst</p></header><p>Bio.</p></body></html>")
    assert found.title == "Ada Lovelace" and "Analyst" in found.text


def test_a_hand_written_home_page_without_a_heading_is_named_by_its_title(tmp_path: Path, capsys):
    target, notes, _summary = imported_folder(
        write_files(
            tmp_path / "old",
            {"index.html": "<html><head><title>About — Ada Lovelace</title></head><body><p>I compute.</p></body></html>"},
        ),
        capsys,
    )
    assert front_matter(target / "content/people/ada-lovelace.md")["name"] == "Ada Lovelace"
    unnamed, notes, _summary = imported_folder(
        write_files(tmp_path / "b" / "old", {"index.html": "<html><body><h1>Welcome!</h1><p>I compute.</p></body></html>"}),
        capsys,
    )
    assert notes == [
        "index.html: no name of the owner found (no `author` in _config.yml, no heading of a name): give yours in the profile"
    ]
    assert front_matter(unnamed / "content/people/your-name.md")["name"] == "Your Name"  # (not "Welcome!")


def test_a_sidebar_s_portrait_and_talks_written_as_citations(tmp_path: Path, capsys):
    """A real site's way (seen through the search tool): the owner's portrait and tagline in an
    `<aside>` beside the `<main>` text, the talks under "Conference Presentations" written as APA
    citations."""
    aside = (
        '\n  <aside><img class="portrait" src="images/IMG_4775.jpg" alt="Portrait"><h2>Hiroki Arashi</h2>'
        '<p class="tagline">Medical Student &amp; Data Scientist<br>School of Medicine, Nara Medical University<br>Japan</p></aside>'
    )
    talks = """    <h1>Publications &amp; Talks</h1>
    <h2>Conference Presentations</h2>
    <ul class="plain">
      <li>
        Shimazu L., <strong>Arashi H.</strong>, et al. (2026, May). "How Social Prescribing Is Described."
        <span class="venue">The International Social Prescribing Conference 2026 (ISPC 2026)</span>
      </li>
    </ul>"""
    files = {
        "index.html": page("Hiroki Arashi", "    <h1>About</h1>\n    <p>I am a medical student.</p>", aside),
        "publications.html": page("Publications — Hiroki Arashi", talks, aside),
        "images/IMG_4775.jpg": PHOTO,
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    profile = front_matter(target / "content/people/hiroki-arashi.md")  # (the browser's title: the <h1> is "About")
    assert (profile["photo"], profile["role"], profile["affiliation"]) == (
        "images/IMG_4775.jpg", "Medical Student & Data Scientist", "School of Medicine, Nara Medical University"
    )  # fmt: skip  # (its tagline's lines)
    assert front_matter(target / "content/talks/2026-05-01-how-social-prescribing-is-described.md") == {
        "title": "How Social Prescribing Is Described",
        "date": "2026-05-01",
        "event": "The International Social Prescribing Conference 2026 (ISPC 2026)",
    }
    assert "publications.html:17: what is under 'Conference Presentations' is read as no publications" in notes  # (its own line)


def test_a_portrait_in_the_text_below_a_line_of_roles_is_the_photo_once(tmp_path: Path, capsys):
    main = '    <h4>Researcher | Data Scientist</h4>\n    <div class="profile-image"><img src="images/profile.png" alt="Arvind"></div>'
    files = {
        "index.html": page("Arvind Kumar | Home", main + "\n    <p>I build secure systems.</p>"),
        "images/profile.png": PHOTO,
    }
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    profile = target / "content/people/arvind-kumar.md"
    assert (front_matter(profile)["photo"], front_matter(profile)["role"]) == (
        "images/profile.png",
        "Researcher · Data Scientist",
    )
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == "\nI build secure systems.\n"  # (the profile shows them)


def test_pages_a_generator_made_are_read_with_a_note_to_import_its_source(tmp_path: Path, capsys):
    """A Hugo site's output pushed to GitHub Pages (its `<meta name="generator">` says so): read as
    written, with a note that its source folder imports better; a hand-written page's editor is no such note."""
    made = '<html><head><meta name="generator" content="Hugo 0.92.0"></head><body><h1>Ada Lovelace</h1><p>I compute.</p></body></html>'
    _target, notes, _summary = imported_folder(write_files(tmp_path / "a" / "old", {"index.html": made}), capsys)
    assert notes == [
        'index.html: these pages were made by Hugo 0.92.0 (its <meta name="generator">), not by hand: import the folder '
        "they were made from if you have it (a Hugo Blox or Jekyll site's); each page here is read as written"
    ]
    edited = made.replace("Hugo 0.92.0", "Microsoft FrontPage 4.0")
    assert imported_folder(write_files(tmp_path / "b" / "old", {"index.html": edited}), capsys)[1] == []


def test_papers_as_article_cards_on_one_line_each_with_its_picture(tmp_path: Path, capsys):
    """A real page's cards (seen through the search tool), minified: each `<article>` a picture, a
    heading linking the paper ("[J4] Title", a CV's label), the names, the venue; each picture is
    its own card's preview (the one after a card is the next one's), its address without the query."""
    card = (
        '<article class="paper"><div class="figure-slot"><img src="./images/{n}.png?v=1a2b" alt="Overview"></div>'
        '<div class="paper-details"><h2><a class="paper-link" href="https://doi.org/10.1002/mp.{n}"><span class="paper-id">'
        '[{n}]</span> {title}</a></h2><p class="authors">Jooho Lee, <strong class="self-author">Seongjun Kim</strong>'
        '</p><p class="venue"><em>Medical Physics</em>, {year}</p></div></article>'
    )
    cards = card.format(n="J4", title="Metal artifact reduction", year=2025) + card.format(
        n="J3", title="Dose-aware denoising", year=2024
    )
    files = {
        "index.html": page("Seongjun Kim", "<h1>Seongjun Kim</h1><p>I study CT.</p>"),
        "publications.html": page(
            "Publications | Seongjun Kim", f'<h1>Publications</h1><div class="publication-list">{cards}</div>'
        ),
        "images/J4.png": PHOTO,
        "images/J3.png": PHOTO,
    }
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    entries = imported_entries(target)
    assert {key: (entry["title"], entry["doi"], entry["preview"]) for key, entry in entries.items()} == {
        "lee2025metal": ("Metal artifact reduction", "10.1002/mp.J4", "images/J4.png"),
        "lee2024doseaware": ("Dose-aware denoising", "10.1002/mp.J3", "images/J3.png"),
    }
    assert [warning.message for warning in build(target).warnings] == []


def test_a_page_without_text_of_its_own_is_noted(tmp_path: Path, capsys):
    files = {
        "index.html": page("Ada Lovelace", "<h1>Ada Lovelace</h1><p>I compute.</p>"),
        "old.html": '<html><head><meta http-equiv="refresh" content="0; url=index.html"></head><body></body></html>',
    }
    _target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    assert notes == ["old.html: not imported: a page without text of its own (a redirect, or a page its scripts fill)"]


def test_the_pages_are_those_the_home_page_leads_to(tmp_path: Path, capsys):
    """The site's pages are the ones its links reach from the home page (a folder's link its
    `index.html`, a link from the site's root too); a repository's old copies and tests beside
    them are noted, not made pages."""
    files = {
        "index.html": page("Ada Lovelace", '<h1>Ada Lovelace</h1><p>See my <a href="research/">research</a>.</p>'),
        "research/index.html": page(
            "Research", '<h1>Research</h1><p>Engines. <a href="/research/engine.html#top">One</a>, <a href="two">two</a>.</p>'
        ),
        "research/two.html": page("Engine two", "<h1>The second engine</h1><p>It computes too.</p>"),
        "research/engine.html": page("Engine", '<h1>The engine</h1><p>It computes (<a href="../research/">more</a>).</p>'),
        "old/index.html": page("Old", "<h1>My old site</h1><p>Gone.</p>"),
        "test.html": page("Test", "<h1>Test</h1><p>A test.</p>"),
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old-site", files), capsys)
    assert sorted(path.name for path in (target / "content/pages").iterdir()) == ["engine.md", "research.md", "two.md"]
    assert notes == ["index.html: 2 HTML pages it leads to by no link (old/index.html, test.html): not imported"]
    assert "It computes ([more](/research/))." in (target / "content/pages/engine.md").read_text(encoding="utf-8")


def test_every_page_is_one_when_the_home_page_links_none(tmp_path: Path, capsys):
    """A home page whose menu a script writes links no page: every HTML page is one."""
    files = {
        "index.html": "<html><body><h1>Ada Lovelace</h1><div id=menu></div><script>menu()</script><p>I compute.</p></body></html>",
        "teaching.html": page("Teaching", "<h1>Teaching</h1><p>Engines 101.</p>"),
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    assert notes == [] and (target / "content/pages/teaching.md").is_file()


FACULTY_PAGE = """<html>
<head><title>John Smith's Home Page</title></head>
<body bgcolor="#ffffff">
<table border="0" cellpadding="10">
<tr>
<td><img src="photo.jpg" width="150"></td>
<td>
<h2>John Smith</h2>
Professor<br>
Department of Computer Science<br>
University of Somewhere<br>
Email: jsmith@cs.somewhere.edu<br>
</td>
</tr>
</table>
<hr>
<h3>Research Interests</h3>
<p>Distributed systems.</p>
<table><tr><th>Course</th><th>Term</th></tr><tr><td>CS 101</td><td>Fall 2024</td></tr></table>
</body>
</html>
"""


def test_a_faculty_page_laid_out_in_a_table(tmp_path: Path, capsys):
    """The classic faculty page: a table lays out the photo beside the name, and the lines under
    the name give the role, the department and university, the email (the profile shows them
    now); a table of data (with header cells) stays a table."""
    files = {"index.html": FACULTY_PAGE, "photo.jpg": PHOTO}
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    profile = target / "content/people/john-smith.md"
    assert front_matter(profile) == {
        "name": "John Smith",
        "role": "Professor",
        "affiliation": "Department of Computer Science, University of Somewhere",
        "photo": "photo.jpg",
        "email": "jsmith@cs.somewhere.edu",
    }
    biography = profile.read_text(encoding="utf-8").split("---", 2)[2]
    assert biography.startswith("\n### Research Interests\n\nDistributed systems.\n")  # (not the layout's table, nor a rule)
    assert "| Course | Term |" in biography and "Professor" not in biography


def test_a_talk_cited_on_no_day_of_the_calendar_is_no_talk_of_its_day():
    from sitegen.acadhomepage import _cited_talk

    assert _cited_talk('Doe J. (2026, February 30). "A talk title here." Some Event') is None  # (not a crash)
    assert _cited_talk('Doe J. (2026, Feb 3). "A talk title here." Some Event')[0].isoformat() == "2026-02-03"


BOOTSTRAP_PAGE = """<!DOCTYPE html>
<html><head><title>Jane Roe</title></head>
<body>
<div class="navbar navbar-default">
  <div class="container">
    <ul class="nav navbar-nav">
      <li><a href="index.html">Home</a></li>
      <li><a href="papers.html">Papers</a></li>
    </ul>
  </div>
</div>
<div class="container">
  <h1>{title}</h1>
  {text}
</div>
<div id="footer"><p>&copy; Jane Roe 2024</p></div>
</body></html>
"""


def test_a_bootstrap_page_s_menu_and_footer_of_classes_and_its_papers_page(tmp_path: Path, capsys):
    """Bootstrap's menu is a `<div class="navbar">` and its footer a `<div id="footer">`, not the
    tags: chrome all the same (the menu's `<ul class="nav">` inside it too), the menu's order the
    menu; a list of papers named "papers.html" is the publications page."""
    files = {
        "index.html": BOOTSTRAP_PAGE.format(title="Jane Roe", text="<p>I work on proteins.</p>"),
        "papers.html": BOOTSTRAP_PAGE.format(
            title="Papers", text="<ul><li><b>J. Roe</b>, A. Smith. Proteins fold. <i>Cell</i>, 2021.</li></ul>"
        ),
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    profile = target / "content/people/jane-roe.md"
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == "\nI work on proteins.\n"  # (no menu, no footer)
    assert set(imported_entries(target)) == {"roe2021proteins"}
    assert "papers.html: not imported: sitegen lists the publications at /publications/" in notes
    assert menu_links(files["index.html"]) == ["index.html", "papers.html"]
    site = yaml.safe_load((target / "content/site.yml").read_text(encoding="utf-8"))
    assert site["redirects"] == {"/papers.html": "/publications/"}  # (its old address leads to sitegen's list)
    build(target)
    assert html(target / "_site/papers.html").find("link", rel="canonical")["href"] == "/publications/"


FEATURETTE_HOME = """<!DOCTYPE html>
<html><head><title>Dr Susanne | Home</title></head>
<body>
<nav class="navbar"><ul class="nav navbar-nav"><li><a href="index.html">Home</a></li>
<li><a href="publications.html">Publications</a></li></ul></nav>
<div class="container">
  <hr>
  <div class="row featurette">
    <div class="col-md-7">
      <h2 class="featurette-heading">Julianne Susanne Otim (P.h.D)</h2><hr>
      <p class="lead">I am a resourceful researcher.</p><hr>
      <p class="lead">I lead the WIMEA-ICT lab.</p>
    </div>
    <div class="col-md-5"><img class="featurette-image img-responsive" src="img/dr.png" alt="Generic placeholder image"></div>
  </div>
  <hr>
</div>
</body></html>
"""
FEATURETTE_PAPERS = """<!DOCTYPE html>
<html><head><title>Dr Susanne | Publications</title></head>
<body>
<div class="container">
  <h2>2018</h2>
  <p>Mary Nsabagwa, Julianne Sansa Otim, Björn Pehrson, “Condition Monitoring for Weather Stations”, EAI Endorsed
  Transactions on Internet of Things 18(14): e4</p><hr class="featurette-divider">
  <p>We won a grant for our weather stations in 2018.</p><hr class="featurette-divider">
  <p>M. Byamukama, J. Sansa-Otim, “Powering Sensor Networks”, Journal of Power, 2018</p><hr class="featurette-divider">
  <h2>2017</h2>
  <p>Mugume I, Sansa Otim J, “Assessing the WRF Model”, Journal of Climatology, 2017</p><hr class="featurette-divider">
  <p>J. Okello, P. Mugisha, “A Paper of Others”, Journal of Climatology, 2017</p><hr class="featurette-divider">
</div>
</body></html>
"""


def test_a_lecturer_s_bootstrap_site_named_by_its_heading_with_her_names_as_her_papers_write_them(tmp_path: Path, capsys):
    """A real site's way (a lecturer's, seen through the search tool): the name a heading of level
    2 with a degree in brackets (the browser's title, "Dr Susanne", is no name), the home page's
    only picture beside the text her photo, rules around the text left out; her papers list her
    under a name of her family's ("J. Sansa-Otim", "Sansa Otim J") and mark none: those are her
    aliases (the papers found her by them); the rules that parted papers go with them."""
    files = {"index.html": FEATURETTE_HOME, "publications.html": FEATURETTE_PAPERS, "img/dr.png": PHOTO}
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    profile = target / "content/people/julianne-susanne-otim.md"
    assert front_matter(profile) == {
        "name": "Julianne Susanne Otim",
        "photo": "img/dr.png",
        "aliases": ["Julianne Sansa Otim", "J. Sansa-Otim"],  # (not "Sansa Otim, J.": the second finds it)
    }
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == (
        "\nI am a resourceful researcher.\n\n---\n\nI lead the WIMEA-ICT lab.\n"
    )  # (no heading of her name, no picture, no rules around the text)
    kept = (target / "content/pages/publications.md").read_text(encoding="utf-8")
    assert kept.strip() == "## 2018\n\nWe won a grant for our weather stations in 2018."  # (its paper over two lines read)
    build(target)
    listed = [item["id"] for item in html(target / "_site/index.html").select("li.publication")]  # (her page, the home page)
    assert listed == ["nsabagwa2018condition", "byamukama2018powering", "mugume2017assessing"]  # (not the others' paper)


def test_a_file_on_github_is_no_profile_link(tmp_path: Path, capsys):
    """ "Download CV" at github.com/me/me.github.io/blob/main/cv.pdf (a real page's) is a file, not the
    owner's GitHub account, which a link to github.com/me is."""
    main = """    <h1>Asif Ali</h1>
    <p><a class="github-button" href="https://github.com/0asif/0asif.github.io/blob/main/docs/cv.pdf">Download CV</a></p>"""
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", {"index.html": page("Asif Ali", main)}), capsys)
    assert "links" not in front_matter(target / "content/people/asif-ali.md")
    main += '\n    <p><a href="https://github.com/0asif">GitHub</a></p>'
    target, _notes, _summary = imported_folder(
        write_files(tmp_path / "b" / "old", {"index.html": page("Asif Ali", main)}), capsys
    )
    assert front_matter(target / "content/people/asif-ali.md")["links"] == {"github": "https://github.com/0asif"}


SCHOLAR_CARD = """<article class="pub"><div class="thumb">{label}</div><div>
<h3>{title}</h3><p class="authors">{authors}</p>{note}
<p class="venue"><em>{venue}</em> ({year})</p>
<div class="buttons"><details><summary>ABS</summary><p>{abstract}</p></details><a class="badge" href="{url}">HTML</a><a
class="badge citation" href="https://scholar.google.com/scholar?q=%22{year}%22">Citations: 4</a></div>
</div></article>"""


def test_cards_of_google_scholar_s_records(tmp_path: Path, capsys):
    """A real page's cards (a physicist's, seen through the search tool), made from his Google
    Scholar profile: the venue as Scholar writes it ("Physical Review A 113 (5), 053720"; "(EDTM),
    1-3"), the abstract in a `<details>` under "ABS", a label where others show a picture
    ("HYBRID<br>MAGNONICS"), Scholar's count of citations (no link of the paper's), a line naming
    the co-first authors (their `equal_contribution`); the lines of the home page that are only
    the links its profile shows go."""
    cards = [
        SCHOLAR_CARD.format(
            label="RESEARCH<br>OUTPUT", title="Microwave interference of a spin ensemble", year=2026, note="",
            authors="B-Y Wu, <strong>J-C Liu</strong>, Franco Nori", venue="Physical Review A 113 (5), 053720",
            abstract="We investigate microwave interference.", url="https://arxiv.org/pdf/2409.17867",
        ),
        SCHOLAR_CARD.format(
            label="HYBRID<br>MAGNONICS", title="On-Chip Magnon-Qubit System", year=2025, note="",
            authors="<strong>Jiacheng Liu</strong>, Qiming Shao", venue="2025 9th IEEE Conference (EDTM), 1-3",
            abstract="On-chip hybrid system.", url="https://example.org/edtm.pdf",
        ),
        SCHOLAR_CARD.format(
            label="HYBRID<br>MAGNONICS", title="Strong magnon-magnon coupling", year=2024,
            authors="<strong>Jiacheng Liu</strong>, Yuzan Xiong, Qiming Shao",
            note='<p class="authors-note"><sup>*</sup> Jiacheng Liu and Yuzan Xiong are co-first authors.</p>',
            venue="Physical Review Applied 22 (3), 034017", abstract="Magnetic insulators.", url="https://example.org/a.pdf",
        ),
    ]  # fmt: skip
    home = """<div class="profile"><img src="images/me.png" alt="Jiacheng Liu">
<div class="plinks"><div>Email: <a href="mailto:jliu@ust.hk">jliu@ust.hk</a></div>
<div>Scholar: <a href="https://scholar.google.com/citations?user=_iueNKUAAAAJ">Google Scholar</a></div></div></div>
<h1>Jiacheng Liu</h1>
<p>I am a Ph.D. student at HKUST.</p>"""
    files = {
        "index.html": page("Jiacheng Liu", home),
        "publications.html": page("Publications | Jiacheng Liu", "<h2>Publications</h2>\n" + "\n".join(cards)),
        "images/me.png": PHOTO,
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    entries = imported_entries(target)
    assert (entries["wu2026microwave"]["journal"], entries["wu2026microwave"]["volume"]) == ("Physical Review A", "113")
    assert (entries["wu2026microwave"]["number"], entries["wu2026microwave"]["pages"]) == ("5", "053720")
    assert entries["wu2026microwave"]["abstract"] == "We investigate microwave interference."
    assert entries["wu2026microwave"]["arxiv"] == "https://arxiv.org/pdf/2409.17867"
    assert (entries["liu2025onchip"]["booktitle"], entries["liu2025onchip"]["pages"]) == (
        "2025 9th IEEE Conference (EDTM)",
        "1--3",
    )
    assert entries["liu2024strong"]["equal_contribution"] == "Jiacheng Liu and Yuzan Xiong"
    assert entries["liu2024strong"]["abstract"] == "Magnetic insulators."  # (not the co-first line, not "ABS")
    assert not any(name.startswith("citations") or name == "keywords" for entry in entries.values() for name in entry)
    assert "publications.html: not imported: sitegen lists the publications at /publications/" in notes  # (no label left)
    profile = front_matter(target / "content/people/jiacheng-liu.md")
    assert (profile["email"], profile["links"]) == (
        "jliu@ust.hk",
        {"scholar": "https://scholar.google.com/citations?user=_iueNKUAAAAJ"},
    )
    text = (target / "content/people/jiacheng-liu.md").read_text(encoding="utf-8").split("---", 2)[2]
    assert text == "\nI am a Ph.D. student at HKUST.\n"  # (the lines of its email and Scholar link: the profile's now)


MATH_PAPERS = """<h2>Publications of Jeremy L. Martin</h2>
<hr>
<p>This page includes the full abstract of each paper.

<p><dl><dt><a name="CMF">
<strong>Chromatic MacMahon symmetric functions of graphs</strong>
  (with May B. Trist)
<br>Preprint.
<dd>
  <u>Abstract</u>:
A MacMahon symmetric function is an invariant of the diagonal action of
the symmetric group on power series. <dt>
  Full paper (8/3/25):
<a href="papers/cmf.pdf">PDF</a> | <a href="https://arxiv.org/abs/2508.00157">arXiv:2508.00157</a>

<p><dl><dt><a name="GDS">
<strong>Chromatic symmetric functions and polynomial invariants of trees</strong>
  (with Jos&eacute; Aliste-Prieto, <a href="https://x.org/jw">Jennifer Wagner</a>, and Jos&eacute; Zamora)
<br><a href="https://www.lms.ac.uk/publications/blms"><i>Bulletin of the London Mathematical Society</i></a> <b>56</b> (2024), no. 11, 3452-3476.
<dd>
  <u>Abstract</u>:
Stanley asked whether a tree is determined up to isomorphism by its chromatic symmetric function.
<dt>
  Full paper (2/19/23):
<a href="papers/gds.pdf">PDF</a> | <a href="https://arxiv.org/abs/2402.10333">arXiv:2402.10333</a>
"""


def test_a_mathematician_s_papers_in_a_definition_list(tmp_path: Path, capsys):
    """A real page's way (a mathematician's, seen through the search tool): a `<dl>` a paper, none
    of them closed, its title in bold and "(with A, B, and C)" (he is an author with them, in the
    order of their family names), the venue in the AMS's way ("*Bull. LMS* **56** (2024), no. 11,
    3452-3476") or "Preprint." (its year its arXiv identifier's), "Abstract:" over the abstract,
    "Full paper (8/3/25):" over its links."""
    files = {
        "index.html": page("Jeremy L. Martin", "<h1>Jeremy L. Martin</h1>\n<p>I study matroids.</p>"),
        "publications.html": page("Publications of Jeremy L. Martin", MATH_PAPERS),
        "papers/cmf.pdf": b"%PDF-1.4",
        "papers/gds.pdf": b"%PDF-1.4",
    }
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    entries = imported_entries(target)
    assert entries["martin2025chromatic"] == {
        "type": "misc", "title": "Chromatic MacMahon symmetric functions of graphs", "author": "Jeremy L. Martin and May B. Trist",
        "year": "2025", "howpublished": "Preprint", "pdf": "papers/cmf.pdf", "arxiv": "https://arxiv.org/abs/2508.00157",
        "abstract": "A MacMahon symmetric function is an invariant of the diagonal action of the symmetric group on power series.",
    }  # fmt: skip
    tree = entries["alisteprieto2024chromatic"]
    assert tree["author"] == "José Aliste-Prieto and Jeremy L. Martin and Jennifer Wagner and José Zamora"
    assert (tree["journal"], tree["volume"], tree["number"], tree["pages"]) == (
        "Bulletin of the London Mathematical Society", "56", "11", "3452--3476"
    )  # fmt: skip
    assert "keywords" not in tree  # ("Publications of Jeremy L. Martin" is no topic)
    assert sum("no names written" in note for note in notes) == 2


LINGUIST_ROW = """<tr>
<td class="col1">{citation}</td>
<td class="col2"><a title="Download file: {name}" href="./papers/{name}.pdf"><img src="./pubs_files/pdf.png" width="36"><br>{name}</a></td>
</tr>
"""


def test_a_linguist_s_table_of_citations_each_beside_its_pdf(tmp_path: Path, capsys):
    """A real page's way (a linguist's, seen through the search tool): a table, a row a paper, its
    APA citation in one cell and its PDF's icon link in the next (a tooltip and a `<br>` inside the
    link); chapters and proceedings papers in edited books ("In: A & B (Eds.), Book (1-9). Place:
    Publisher", "In A and B (eds.), Book. Series: Publisher. 310-343."), a book of its place and
    publisher ("North Charleston: CreateSpace [book]"), the year alone after the names."""
    rows = [
        "Lovick, Olga, Kristy Reyes Herrera, &amp; Jesse Stewart. (2023). The Realization of Voiceless Nasals (Dene). In: "
        "Radek Skarnitzl &amp; Jan Volín (Eds.), Proceedings of the 20th International Congress of Phonetic Sciences "
        "(3306-3310). Prague: Guarant International.",
        "Meakins, F. &amp; J. Stewart. (2022). Mixed Languages. In Salikoko Mufwene and Anna Maria Escobar (eds.), The "
        "Cambridge Handbook of Language Contact. Volume 2: Multilingualism: Cambridge University Press. 310-343.",
        "Onosson, S., &amp; Stewart, J. 2021 A multi-method approach to correlate identification. Laboratory Phonology "
        "12(1), 1–30.",
        "Stewart, J. (2013). Stories and Traditions from Pijal. North Charleston: CreateSpace "
        '[<a href="https://www.amazon.ca/dp/0615905765">book</a>]',
    ]
    table = "<table>\n" + "".join(LINGUIST_ROW.format(citation=row, name=f"p{at}") for at, row in enumerate(rows)) + "</table>"
    files = {
        "index.html": page("Jesse Stewart", "<h1>Jesse Stewart</h1>\n<p>I study mixed languages.</p>"),
        "publications.html": page("Pubs - Jesse Stewart", table),
        **{f"papers/p{at}.pdf": b"%PDF-1.4" for at in range(len(rows))},
    }
    target, _notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    entries = imported_entries(target)
    assert {key: (entry["type"], entry["pdf"]) for key, entry in entries.items()} == {
        "lovick2023realization": ("inproceedings", "/papers/p0.pdf"),
        "meakins2022mixed": ("incollection", "/papers/p1.pdf"),
        "onosson2021multimethod": ("article", "/papers/p2.pdf"),
        "stewart2013stories": ("book", "/papers/p3.pdf"),
    }
    lovick = entries["lovick2023realization"]
    assert (lovick["title"], lovick["booktitle"], lovick["editor"]) == (
        "The Realization of Voiceless Nasals (Dene)", "Proceedings of the 20th International Congress of Phonetic Sciences",
        "Radek Skarnitzl and Jan Volín",
    )  # fmt: skip
    assert (lovick["pages"], lovick["address"], lovick["publisher"]) == ("3306--3310", "Prague", "Guarant International")
    chapter = entries["meakins2022mixed"]
    assert (chapter["booktitle"], chapter["editor"], chapter["pages"], chapter["publisher"]) == (
        "The Cambridge Handbook of Language Contact", "Salikoko Mufwene and Anna Maria Escobar", "310--343",
        "Cambridge University Press",
    )  # fmt: skip
    assert (entries["onosson2021multimethod"]["title"], entries["onosson2021multimethod"]["year"]) == (
        "A multi-method approach to correlate identification", "2021"
    )  # fmt: skip
    assert (entries["stewart2013stories"]["publisher"], entries["stewart2013stories"]["address"]) == (
        "CreateSpace", "North Charleston"
    )  # fmt: skip
