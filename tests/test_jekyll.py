"""`sitegen import` of a Jekyll site of no academic template (minima's, beautiful-jekyll's,
jekyll-now's, one's own theme: sitegen/jekyll.py): its `_config.yml` becomes the profile and
site.yml, its about or home page the biography, its other pages pages, its publications page's
papers written by hand entries, in a site that builds without a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, build, html, imported_copy, imported_entries, imported_folder, write_files

from sitegen.paperlist import listed_papers

MINIMA = REPO / "tests/data/jekyll"  # a researcher's minima site, as minima's own files lay it out


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list[str], str]:
    return imported_copy(MINIMA, tmp_path, capsys)


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def imported_site(tmp_path: Path, capsys, files: dict[str, str | bytes]) -> tuple[Path, list[str]]:
    """`sitegen import` of a Jekyll site of `files`: the new site and the notes (each from the old
    site's folder on)."""
    target, notes, _summary = imported_folder(write_files(tmp_path / "old", files), capsys)
    return target, notes


def test_a_minima_site_becomes_a_profile_pages_entries_and_news(imported):
    target, notes, summary = imported
    assert "1 profile, 2 publications, 3 pages, 1 news item, 1 talk, 3 files in static/" in summary
    assert notes == [
        "_config.yml: twitter: jekyllrb is the theme's example, not yours: left out",
        "publications.md:14: what is under 'Talks' is read as no publications",
        "publications.md: the 2 papers it lists by hand are entries of content/publications/publications.bib (read from "
        "the page's text: check them)",
        "publications.md: what it says above its list leads sitegen's list at /publications/ (content/pages/publications.md)",
        "_posts: 1 blog post made news items (sitegen has no blog apart from them); move any to a page if you prefer",
    ]
    profile = target / "content/people/priya-natarajan.md"
    assert front_matter(profile) == {
        "name": "Priya Natarajan",
        "photo": "assets/img/priya.png",  # the picture the about page starts with
        "email": "priya.natarajan@example.edu",
        "links": {"github": "priyanat", "linkedin": "priya-natarajan"},
        "redirect_from": ["/about/"],
        "aliases": ["P. Natarajan"],  # as the publications page writes her name, in bold
    }
    biography = profile.read_text(encoding="utf-8").split("---", 2)[2]
    assert biography.startswith("\nI am a PhD candidate") and "<img" not in biography  # (the photo now)
    site = yaml.safe_load((target / "content/site.yml").read_text(encoding="utf-8"))
    assert site == {
        "title": "Priya Natarajan",
        "description": "PhD candidate in computational ecology at Lakeside University.",
        "base_url": "https://priyanat.github.io/",
        "language": "en",
        "owner": "priya-natarajan",
        "analytics": {"google": "G-PRIYA12345"},
    }
    # header_pages' order is the menu's; a page without a permalink answers at Jekyll's address too
    assert front_matter(target / "content/pages/teaching.md") == {
        "title": "Teaching", "menu": 3, "redirect_from": ["/teaching.html"]
    }  # fmt: skip
    assert front_matter(target / "content/pages/cv.md") == {"title": "CV", "menu": 4}
    publications = (target / "content/pages/publications.md").read_text(encoding="utf-8")
    assert publications == "See also my [Google Scholar profile](https://scholar.google.com/citations?user=PRIYAAAAAAJ).\n"
    assert front_matter(target / "content/talks/2023-01-01-invited-seminar-freshwater-ecology-group.md") == {
        "title": "Invited seminar, Freshwater Ecology Group, Lakeside University", "date": "2023-01-01"
    }  # fmt: skip  # (the papers are entries; what is under "## Talks" a talk)
    entries = imported_entries(target)
    assert entries["natarajan2024thermal"] == {
        "type": "article",
        "title": "Thermal niches of riverine fishes under warming",
        "author": "P. Natarajan and T. Berg and L. Okafor",  # the owner's bold name first: no title
        "journal": "Ecology Letters",
        "year": "2024",
        "volume": "27",
        "number": "3",
        "pages": "e14400",
        "pdf": "/assets/files/natarajan2024thermal.pdf",
        "code": "https://github.com/priyanat/thermal-niches",
    }
    assert (target / "static/assets/files/natarajan2024thermal.pdf").is_file()  # the paper's PDF came too
    assert not (target / "static/assets/css").exists()  # the theme's styles did not
    assert [path.name for path in (target / "content/news").iterdir()] == ["2024-03-01-paper-accepted.md"]


def test_the_imported_minima_site_builds_without_a_warning_and_shows_it_all(imported):
    target, _notes, _summary = imported
    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    home = html(target / "_site/index.html")
    assert home.find("img", class_="photo")["alt"] == "Photo of Priya Natarajan"
    assert "I study how river fish communities respond" in home.get_text()
    papers = {li["id"]: li for li in home.select("li.publication")}
    assert set(papers) == {"natarajan2024thermal", "okafor2023occupancy"}
    assert papers["natarajan2024thermal"].find("a", string="PDF")["href"] == "/assets/files/natarajan2024thermal.pdf"
    assert (target / "_site/assets/files/natarajan2024thermal.pdf").is_file()
    assert [a.get_text(strip=True) for a in home.select("nav a")] == ["Home", "News", "Talks", "Teaching", "CV"]
    moved = html(target / "_site/teaching.html")
    assert moved.find("link", rel="canonical")["href"] == "/teaching/"


def test_the_home_page_that_says_something_is_the_biography_and_the_about_page_a_page(tmp_path, capsys):
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Ada Lovelace\nemail: ada@example.org\n",
            "index.md": "---\nlayout: default\n---\n\n# Ada Lovelace\n\nI write notes on engines.\n",
            "about.md": "---\nlayout: page\ntitle: About this site\n---\n\nMade with Jekyll.\n",
            "research/index.md": "---\nlayout: page\ntitle: Research\n---\n\nEngines.\n",
            "blog.html": "---\nlayout: default\n---\n{% for post in site.posts %}<a href='{{ post.url }}'>{{ post.title }}</a>{% endfor %}\n",
            "notes.html": "---\nlayout: default\n---\n{% for note in site.data.notes %}{{ note }}{% endfor %}\n",
            "README.md": "---\ntitle: read me\n---\nThe repository.\n",
        },
    )
    assert "I write notes on engines." in (target / "content/people/ada-lovelace.md").read_text(encoding="utf-8")
    assert front_matter(target / "content/people/ada-lovelace.md")["email"] == "ada@example.org"
    about = target / "content/pages/about.md"
    assert front_matter(about) == {"title": "About this site", "menu": 1, "redirect_from": ["/about.html"]}
    research = target / "content/pages/research.md"  # a folder's index is named by its folder
    assert front_matter(research) == {"title": "Research", "menu": 2}  # (/research/ it was)
    assert sorted(path.name for path in (target / "content/pages").iterdir()) == ["about.md", "research.md"]
    assert notes == ["notes.html: not imported: an HTML page made by Jekyll's layouts; put its text in a Markdown page"]


def test_beautiful_jekyll_s_settings_give_the_profile_its_links_photo_role_and_menu(tmp_path, capsys):
    picture = (MINIMA / "assets/img/priya.png").read_bytes()
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": """\
                title: Kwame Mensah's site
                author: Kwame Mensah
                navbar-links:
                  Research:
                    - Publications: "publications"
                    - Software: "https://github.com/kmensah"
                  CV: "cv"
                  About Me: "aboutme"
                avatar: "/assets/img/kwame.png"
                social-network-links:
                  email: "kmensah@example.org"
                  rss: true
                  github: kmensah
                  google-scholar: KWAMEAAAAAJ
                  ORCID: 0000-0002-1825-0097
                  mastodon: fediscience.org/@kmensah
                  stackoverflow: "3943160/kmensah"
                  medium: "@kmensah"
                gtag: "G-KWAME1234"
            """,
            "index.html": "---\nlayout: home\nsubtitle: Posts\n---\n",
            "aboutme.md": "---\nlayout: page\ntitle: About me\nsubtitle: Postdoc in hydrology\n---\n\nI model groundwater.\n",
            "cv.md": "---\nlayout: page\ntitle: CV\n---\n\nMy CV.\n",
            "assets/img/kwame.png": picture,
        },
    )
    assert front_matter(target / "content/people/kwame-mensah.md") == {
        "name": "Kwame Mensah",
        "role": "Postdoc in hydrology",  # the about page's subtitle
        "photo": "assets/img/kwame.png",
        "email": "kmensah@example.org",
        "links": {
            "github": "kmensah",
            "scholar": "KWAMEAAAAAJ",
            "orcid": "0000-0002-1825-0097",
            "mastodon": "https://fediscience.org/@kmensah",
            "stackoverflow": "https://stackoverflow.com/users/3943160/kmensah",
        },
        "redirect_from": ["/aboutme.html"],
    }
    assert (target / "static/assets/img/kwame.png").read_bytes() == picture
    assert front_matter(target / "content/pages/cv.md")["menu"] == 3  # (after the submenu's two)
    assert yaml.safe_load((target / "content/site.yml").read_text())["analytics"] == {"google": "G-KWAME1234"}
    assert notes == [
        "_config.yml: medium: @kmensah is a user name on a site sitegen knows no address of: give the profile's link "
        "as an address"
    ]
    assert [warning.message for warning in build(target).warnings] == []


def test_the_themes_examples_a_site_kept_are_left_out_and_said(tmp_path, capsys):
    """jekyll-now's `_config.yml` as the theme ships it, and minima 3's links."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": """\
                name: Your Name
                description: Web Developer from Somewhere
                avatar: https://raw.githubusercontent.com/barryclark/jekyll-now/master/images/jekyll-logo.png
                footer-links:
                  email:
                  github: barryclark/jekyll-now
                  twitter: jekyllrb
                  stackoverflow: # your stackoverflow profile, e.g. "users/50476/bart-kiers"
                minima:
                  social_links:
                    - { platform: gitlab, user_url: "https://gitlab.com/yname" }
                    - { platform: x, user_url: "https://x.com/yname" }
            """,
            "about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nSome information about you!\n",
        },
    )
    assert front_matter(target / "content/people/your-name.md") == {
        "name": "Your Name",
        "links": {"gitlab": "https://gitlab.com/yname", "x": "https://x.com/yname"},
        "redirect_from": ["/about/"],
    }
    assert "description" not in yaml.safe_load((target / "content/site.yml").read_text())
    assert notes == [
        "_config.yml: the owner's name 'Your Name' is the theme's example: give yours in the profile",
        "_config.yml: avatar: https://raw.githubusercontent.com/barryclark/jekyll-now/master/images/jekyll-logo.png is the "
        "theme's example picture, not yours: left out",
        "_config.yml: github: barryclark/jekyll-now is the theme's example, not yours: left out",
        "_config.yml: twitter: jekyllrb is the theme's example, not yours: left out",
        "_config.yml: description: is the theme's example text: left out",
    ]


HOME_PAGE = """---
layout: default
---

# Lin Ortiz

I am an assistant professor of computer science at Eastfield University.

## News

- **Mar 2024**: Our paper on sparse attention was accepted at ICML 2024.
- **Jan 2024**: I joined Eastfield University.

## Publications

- **Sparse attention for long documents**. L. Ortiz, M. Chen. *ICML 2024*. [PDF](/papers/sparse.pdf)
- L. Ortiz and R. Gupta. Tokenizers revisited. *Transactions of the ACL*, 2023.

## Education

- Ph.D. in Computer Science, Northfield University, 2018-2023

## Contact

Office 314, Science Hall.
"""


@pytest.mark.parametrize(("title", "kept"), [("Lin Ortiz", ""), ("Welcome!", "# Welcome!\n\n")])
def test_a_home_page_s_sections_go_to_their_places(tmp_path, capsys, title, kept):
    """A researcher's home page of sections (news, publications, education ...) is read as an
    AcadHomepage page is: news items, entries, the profile's records; the rest is the biography,
    without the heading of the owner's name the profile shows itself. The page's title over its
    sections (its one heading of the top level, first) is no section that holds them all."""
    page = HOME_PAGE.replace("# Lin Ortiz", f"# {title}")
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {"_config.yml": "title: Lin Ortiz\ntheme: minima\n", "index.md": page, "papers/sparse.pdf": "%PDF-1.4\n"},
    )
    profile = target / "content/people/lin-ortiz.md"
    assert front_matter(profile)["education"] == [
        {"degree": "Ph.D. in Computer Science", "institution": "Northfield University", "year": "2018 – 2023"}
    ]
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == (
        f"\n{kept}I am an assistant professor of computer science at Eastfield University.\n\n## Contact\n\nOffice 314, Science Hall.\n"
    )
    assert sorted(path.name for path in (target / "content/news").iterdir()) == [
        "2024-01-01-i-joined-eastfield-university.md",
        "2024-03-01-our-paper-on-sparse-attention-was-accept.md",
    ]
    entries = imported_entries(target)
    assert entries["ortiz2024sparse"]["author"] == "L. Ortiz and M. Chen"  # ("**Title**. names": no ". L. Ortiz")
    assert entries["ortiz2024sparse"]["pdf"] == "/papers/sparse.pdf" and (target / "static/papers/sparse.pdf").is_file()
    assert entries["ortiz2023tokenizers"]["journal"] == "Transactions of the ACL"
    assert [warning.message for warning in build(target).warnings] == []


def test_a_publications_page_s_loop_over_a_data_file_gives_its_entries(tmp_path, capsys):
    """`{% for item in site.data.publications %}` on the page: the data file's records are entries
    (their volume, number and pages too), what the loop wrote is sitegen's list."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Musab Alturki\ntheme: minima\n",
            "about.md": "---\nlayout: page\ntitle: About\n---\n\nI verify distributed systems.\n",
            "publications.md": "---\nlayout: page\ntitle: Publications\n---\n\n<div>\n{% for item in site.data.publications %}\n"
            '  <a href="{{ item.link }}">{{ item.title }}</a><br/>{{ item.authors }}<br/>{{ item.bibinfo }}\n{% endfor %}\n</div>\n',
            "_data/publications.yml": """\
                - title: "Formal analysis of a consensus protocol"
                  link: https://doi.org/10.1007/978-3-030-00000-1_5
                  authors: "Musab A. Alturki, Jing Chen and Grigore Rosu"
                  bibinfo: "Formal Techniques for Distributed Objects (FORTE)"
                  year: 2020
                - title: "A Maude model of Ethereum"
                  authors: "Musab A. Alturki and Grigore Rosu"
                  journal: "Journal of Logical and Algebraic Methods in Programming"
                  volume: 110
                  issue: 2
                  pages: 80-97
                  year: 2019
                  pdf: /papers/maude.pdf
                  lab: Formal Methods Group
            """,
            "papers/maude.pdf": "%PDF-1.4\n",
        },
    )
    entries = imported_entries(target)
    assert entries["alturki2020formal"]["doi"] == "10.1007/978-3-030-00000-1_5"
    assert entries["alturki2020formal"]["journal"] == "Formal Techniques for Distributed Objects (FORTE)"
    maude = entries["alturki2019maude"]
    assert (maude["volume"], maude["number"], maude["pages"], maude["pdf"]) == ("110", "2", "80--97", "papers/maude.pdf")
    assert (target / "static/papers/maude.pdf").is_file()
    assert notes == [
        "publications.md: not imported: sitegen lists the publications at /publications/",
        "publications.md:7: 'A Maude model of Ethereum': not read: lab",
    ]
    assert [warning.message for warning in build(target).warnings] == []


def test_the_names_a_publications_page_puts_in_bold_are_the_profiles_aliases(tmp_path, capsys):
    """A paper the owner wrote under an earlier name is theirs: the publications page, read after
    the biography, says so by the bold name, which the profile (written last) takes as an alias."""
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "author: Jane Q. Doe\n",
            "index.md": "I am a PhD student working on graphs.\n",
            "publications.md": """\
                ---
                title: Publications
                ---
                - **J. Q. Doe**, A. Smith. Graph things. *NeurIPS*, 2024.
                - A. Smith, **Jane Quinn-Doe**. Old name things. *ICLR*, 2020.
            """,
        },
    )
    assert front_matter(target / "content/people/jane-q-doe.md")["aliases"] == ["J. Q. Doe", "Jane Quinn-Doe"]
    site = yaml.safe_load((target / "content/site.yml").read_text(encoding="utf-8"))
    assert site["redirects"] == {"/publications.html": "/publications/"}  # (Jekyll's address of the page sitegen's list took)
    assert [warning.message for warning in build(target).warnings] == []
    home = html(target / "_site/index.html")
    assert {li["id"] for li in home.select("li.publication")} == {"doe2024graph", "smith2020name"}


def test_markdown_pages_without_front_matter_are_pages_as_github_pages_makes_them(tmp_path, capsys):
    """GitHub Pages makes a page of a Markdown file without front matter (jekyll-optional-front-
    matter), titled by its first heading; not of the repository's read-me or licence."""
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Adrien Roe\ntheme: jekyll-theme-minimal\n",
            "index.md": "# About Me\n\nI mine text.\n",
            "teaching.md": "# Teaching\n\nCourses in statistics.\n",
            "README.md": "# roe.github.io\n",
            "LICENSE.md": "MIT\n",
        },
    )
    assert sorted(path.name for path in (target / "content/pages").iterdir()) == ["teaching.md"]
    assert front_matter(target / "content/pages/teaching.md") == {
        "title": "Teaching",
        "menu": 1,
        "redirect_from": ["/teaching.html"],
    }
    assert "I mine text." in (target / "content/people/adrien-roe.md").read_text(encoding="utf-8")


def test_papers_a_publications_page_s_layout_lists_with_their_bibtex_are_entries(tmp_path, capsys):
    """A site that wrote its JabRef export into `_layouts/publications.html` after `{{ content }}`
    (seen on a real site: the page itself says only "see my Google Scholar profile")."""
    from test_paperlist import JABREF_EXPORT

    layout = "<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav>\n{{ content }}\n" + JABREF_EXPORT + "</body></html>\n"
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Adrien Besson\n",
            "index.md": "---\nlayout: home\n---\n\nI work on ultrasound imaging.\n",
            "publications.md": "---\nlayout: publications\ntitle: Publications\n---\n\nSee my Google Scholar profile.\n",
            "_layouts/publications.html": layout,
        },
    )
    assert sorted(imported_entries(target)) == ["Besson_UFFC_2016", "Perdios_IUS_2017"]
    assert "_layouts/publications.html: the 2 papers it lists after the page's text with their BibTeX are entries of " \
        "content/publications/publications.bib" in notes  # fmt: skip
    assert (target / "content/pages/publications.md").read_text() == "See my Google Scholar profile.\n"


MARIA_HOME = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Maria Silva</title>
<style>body { font-family: sans-serif; }</style>
</head>
<body>
<div class="container">
<h1>Maria Silva</h1>
<img src="images/maria.png" alt="Maria Silva" width="200">
<p>I am an associate professor of ecology at the University of Lisbon.</p>

<h2>News</h2>
<ul>
<li>2024-05-01: Our paper on salt marshes appeared in Ecology.</li>
</ul>

<h2>Publications</h2>
<ul>
<li>M. Silva and J. Costa. Salt marsh resilience. <i>Ecology</i>, 2024. <a href="papers/silva2024.pdf">PDF</a></li>
<li>J. Costa, M. Silva. Mapping wetlands with drones. <i>Remote Sensing of Environment</i>, 2022.</li>
</ul>
</div>
</body>
</html>
"""


def test_a_home_page_written_as_a_whole_html_document(tmp_path, capsys):
    """A researcher's hand-written `index.html` (no front matter) on a Jekyll site: its head and the
    `<div>` that holds its body are the old layout's; the picture under the name heading is the
    photo; its HTML headings' sections go to their places (news, entries)."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Maria Silva\n",
            "index.html": MARIA_HOME,
            "images/maria.png": (MINIMA / "assets/img/priya.png").read_bytes(),
            "papers/silva2024.pdf": "%PDF-1.4\n",
        },
    )
    profile = target / "content/people/maria-silva.md"
    assert front_matter(profile) == {"name": "Maria Silva", "photo": "images/maria.png"}
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == (
        "\n<p>I am an associate professor of ecology at the University of Lisbon.</p>\n"
    )
    assert sorted(imported_entries(target)) == ["costa2022mapping", "silva2024salt"]
    assert [path.name for path in (target / "content/news").iterdir()] == [
        "2024-05-01-our-paper-on-salt-marshes-appeared-in-ec.md"
    ]
    assert notes == ["index.html:3: its <head> block is left out: the page was a whole HTML document; its text is kept"]
    assert [warning.message for warning in build(target).warnings] == []


def test_only_tags_that_hold_a_whole_page_are_its_layout_s():
    from sitegen.jekyll import _unwrapped

    whole = "<body>\n<div class='page'>\n<main>\nText.\n</main>\n</div>\n</body>"
    assert _unwrapped(whole) == "<body>\n\n\nText.\n\n\n</body>"
    parts = "<div id='header'>\nName\n</div>\n<div id='footer'>\n(c) 2024\n</div>"
    assert _unwrapped(parts) == parts  # (the first closes before the last line: each holds a part)


def test_a_minimal_mistakes_author_block_without_an_avatar(tmp_path, capsys):
    """Minimal Mistakes' `author:` (bio, location, links as `{label, url}`): not academicpages'
    (which has an avatar), read here; its place is no link."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": """\
                remote_theme: mmistakes/minimal-mistakes
                author:
                  name: "Lena Park"
                  bio: "Postdoc in astrophysics"
                  location: "Heidelberg, Germany"
                  email: "lena@example.org"
                  links:
                    - label: "Website"
                      url: "https://lenapark.example.org"
                    - label: "Google Scholar"
                      url: "https://scholar.google.com/citations?user=LENAAAAAAAJ"
            """,
            "index.md": "---\nlayout: single\n---\n\nI study galaxies.\n",
        },
    )
    assert front_matter(target / "content/people/lena-park.md") == {
        "name": "Lena Park",
        "role": "Postdoc in astrophysics",
        "affiliation": "Heidelberg, Germany",
        "email": "lena@example.org",
        "links": {"homepage": "https://lenapark.example.org", "scholar": "https://scholar.google.com/citations?user=LENAAAAAAAJ"},
    }
    assert notes == []


def test_hydejack_s_author_data_gives_the_biography_role_and_links(tmp_path, capsys):
    """Hydejack keeps the author in `_data/authors.yml` (`about`, shown where the about page says
    `<!--author-->`; `social`), the role as `tagline` and the menu as `menu`; kramdown's
    `{:target="_blank"}` after a link is the old theme's styling."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": """\
                title: Antoine Debor
                tagline: PhD student in Neuro-inspired AI at ULiège.
                author:
                  name: Antoine Debor
                  email: adebor@uliege.be
                menu:
                  - title: Teaching
                    url: /teaching/
                  - title: Publications
                    url: /publications/
                remote_theme: hydecorp/hydejack@v9
            """,
            "_data/authors.yml": """\
                author1:
                  name: antoine debor
                  about: |
                    I'm a PhD student at the [University of Liège](https://www.uliege.be){:target="_blank"} (Belgium).
                  social:
                    github: ADebor
                    email: adebor@uliege.be
                    linkedin: antoine-debor
            """,
            "index.md": "---\nlayout: about\n---\n\n# About\n\n<!--author-->",
            "teaching.md": "# Teaching\n\nExercises.\n",
        },
    )
    profile = target / "content/people/antoine-debor.md"
    assert front_matter(profile) == {
        "name": "Antoine Debor",
        "role": "PhD student in Neuro-inspired AI at ULiège.",
        "email": "adebor@uliege.be",
        "links": {"github": "ADebor", "linkedin": "antoine-debor"},
    }
    assert profile.read_text(encoding="utf-8").split("---", 2)[2] == (
        "\nI'm a PhD student at the [University of Liège](https://www.uliege.be) (Belgium).\n"
    )
    assert front_matter(target / "content/pages/teaching.md")["menu"] == 1
    assert notes == []


def test_kramdown_attributes_go_but_in_code(tmp_path, capsys):
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Ada Roe\n",
            "index.md": "# Ada Roe\n\nHi.\n",
            "cv.md": "# CV\n\n[PDF](/cv.pdf){: .btn .btn--primary} and `{: .kept}`.\n{: .notice}\n",
        },
    )
    assert (target / "content/pages/cv.md").read_text(encoding="utf-8").endswith("\n[PDF](/cv.pdf) and `{: .kept}`.\n\n")


def test_a_site_of_pages_alone_without_a_home_or_about_page(tmp_path, capsys):
    target, _notes = imported_site(tmp_path, capsys, {"_config.yml": "title: Ada Roe\n", "cv.md": "# CV\n\nMy CV.\n"})
    assert front_matter(target / "content/people/ada-roe.md") == {"name": "Ada Roe"}
    assert (target / "content/pages/cv.md").is_file()


def test_the_authors_about_follows_a_page_that_does_not_place_it(tmp_path, capsys):
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Ada Roe\nauthor: Ada Roe\n",
            "_data/authors.yml": "ada:\n  name: Ada Roe\n  about: I study engines.\n",
            "index.md": "I was the first author of a report on looms.\n",
        },
    )
    biography = (target / "content/people/ada-roe.md").read_text(encoding="utf-8")
    assert biography.endswith("I was the first author of a report on looms.\n\nI study engines.\n")


def test_a_read_me_is_the_home_page_of_a_site_without_an_index(tmp_path, capsys):
    """GitHub Pages shows README.md at / when there is no index (jekyll-readme-index)."""
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {"_config.yml": "title: Ada Roe\ntheme: jekyll-theme-cayman\n", "README.md": "# Ada Roe\n\nI study looms.\n"},
    )
    assert (target / "content/people/ada-roe.md").read_text(encoding="utf-8").endswith("---\nI study looms.\n")


def test_beautiful_jekyll_s_examples_a_real_site_kept(tmp_path, capsys):
    """beautiful-jekyll's `_config.yml` as a researcher's real site keeps it: the name with its
    degree, the theme's email, Dean Attali's links, the avatar icon and the description example."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": """\
                title: Andrew J. Davis, Ph.D.
                description: A virtual proof that I'm awesome
                author: Andrew J. Davis, Ph.D.
                navbar-links:
                  About Me: "aboutme"
                  Author's home: "https://deanattali.com"
                avatar: "/assets/img/avatar-icon.png"
                social-network-links:
                  email: "someone@example.com"
                  facebook: deanattali
                  github: daattali
                  rss: true
            """,
            "aboutme.md": "---\nlayout: page\ntitle: About me\n---\n\nI study cell biology.\n",
            "assets/img/avatar-icon.png": (MINIMA / "assets/img/priya.png").read_bytes(),
        },
    )
    assert front_matter(target / "content/people/andrew-j-davis.md") == {
        "name": "Andrew J. Davis",
        "redirect_from": ["/aboutme.html"],
    }
    assert "description" not in yaml.safe_load((target / "content/site.yml").read_text())
    assert notes == [
        "_config.yml: email: someone@example.com is the theme's example, not yours: left out",
        "_config.yml: avatar: /assets/img/avatar-icon.png is the theme's example picture, not yours: left out",
        "_config.yml: facebook: deanattali is the theme's example, not yours: left out",
        "_config.yml: github: daattali is the theme's example, not yours: left out",
        "_config.yml: description: is the theme's example text: left out",
    ]


def test_papers_a_publications_page_includes_are_entries(tmp_path, capsys):
    """`{% include_relative papers.md %}` on the publications page: the included list's papers are
    entries (noted at the included file), the file is no page of its own, what else is included
    stays in its place."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Ada Roe\n",
            "about.md": "---\ntitle: About\n---\n\nI study looms.\n",
            "publications.md": "---\ntitle: Publications\n---\n\nMy papers:\n\n{% include_relative papers.md %}\n\n"
            "{% include talks.html %}\n",
            "papers.md": "- A. Roe and B. Lee. Loom dynamics. *Textile Journal*, 2021.\n- A. Roe. Weaving. *Craft Letters*, 2019.\n",
            "_includes/talks.html": "<p>A talk at EPFL.</p>\n",
        },
    )
    assert sorted(imported_entries(target)) == ["roe2019weaving", "roe2021loom"]
    assert (target / "content/pages/publications.md").read_text() == "My papers:\n\n<p>A talk at EPFL.</p>\n"
    assert sorted(path.name for path in (target / "content/pages").iterdir()) == ["publications.md"]
    assert notes[0].startswith("papers.md: the 2 papers it lists by hand are entries")


def test_talks_on_a_publications_page_are_talks(tmp_path, capsys):
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Ada Roe\n",
            "about.md": "---\ntitle: About\n---\n\nI study looms.\n",
            "publications.md": "---\ntitle: Publications\n---\n\n- A. Roe. Weaving. *Craft Letters*, 2019.\n\n"
            "## Invited Talks\n\n- *Engines and looms* - Royal Society, May 2022. [Slides](https://x.org/s.pdf)\n"
            "- A visit to the mill.\n",
        },
    )
    talk = front_matter(target / "content/talks/2022-05-01-engines-and-looms.md")
    assert talk == {
        "title": "Engines and looms", "date": "2022-05-01", "event": "Royal Society", "type": "Invited talk",
        "links": {"slides": "https://x.org/s.pdf"},
    }  # fmt: skip
    assert (target / "content/pages/publications.md").read_text() == "## Invited Talks\n\n- A visit to the mill.\n"
    assert "publications.md:7: what is under 'Invited Talks' is read as no publications" in notes


def test_the_page_at_the_site_s_root_is_the_home_page(tmp_path, capsys):
    """An al-folio-like site without `_bibliography/` (so no al-folio import): its about page says
    `permalink: /`, and its read-me is the template's, no biography; `profile: image:` its photo."""
    target, _notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Mu Li\n",
            "_pages/about.md": "---\nlayout: about\npermalink: /\nsubtitle: PhD Student @ Georgia Tech\nprofile:\n"
            "  image: my_pic.png\n---\n\nI am a PhD student in machine learning.\n",
            "README.md": "# al-folio\n\nA simple, clean, and responsive Jekyll theme for academics.\n",
            "assets/img/my_pic.png": (MINIMA / "assets/img/priya.png").read_bytes(),
        },
    )
    profile = target / "content/people/mu-li.md"
    assert front_matter(profile) == {"name": "Mu Li", "role": "PhD Student @ Georgia Tech", "photo": "assets/img/my_pic.png"}
    assert profile.read_text(encoding="utf-8").endswith("---\nI am a PhD student in machine learning.\n")


def test_a_site_that_kept_the_theme_s_author_has_its_title_s_name_and_its_lists_read(tmp_path, capsys):
    """A real beautiful-jekyll site (read through the search tool) kept `author: name: Some Person`
    and named its owner in `title`; its publications page parts its lists by rules (`---`),
    which go with the lists that are entries now, as their headings do."""
    target, notes = imported_site(
        tmp_path,
        capsys,
        {
            "_config.yml": "title: Adaku Uchendu\nauthor:\n  name: Some Person\n",
            "index.md": "---\nlayout: page\ntitle: Adaku Uchendu\n---\nI am a Ph.D. student at Penn State.\n",
            "publications.md": """\
                ---
                title: Publications
                ---
                See all on [Google Scholar](https://scholar.google.com/citations?user=A4be1l4AAAAJ).

                # Proceedings #
                *means equal contribution

                1. [Authorship Attribution](https://x.org/aa.pdf) <br>
                **Adaku Uchendu** *, Thai Le * <br>
                In Conf. on Empirical Methods in NLP (EMNLP), Virtual Event, November 2020.

                ---
                # Theses #

                * [Reverse Turing Test](https://x.org/thesis.pdf) <br>
                  **Adaku Uchendu**. Ph.D. Dissertation (2023) <br>
                  Pennsylvania State University, PA, USA.
            """,
        },
    )
    assert front_matter(target / "content/people/adaku-uchendu.md") == {"name": "Adaku Uchendu"}
    assert (
        notes[0]
        == "_config.yml: the owner's name 'Some Person' is the theme's example: left out, the profile's name is 'Adaku Uchendu'"
    )
    page = (target / "content/pages/publications.md").read_text(encoding="utf-8")
    assert page == "See all on [Google Scholar](https://scholar.google.com/citations?user=A4be1l4AAAAJ).\n"
    entries = imported_entries(target)
    assert entries["uchendu2020authorship"]["equal_contribution"] == "Adaku Uchendu and Thai Le"
    assert entries["uchendu2023reverse"]["type"] == "phdthesis"
    assert [warning.message for warning in build(target).warnings] == []
    home = html(target / "_site/index.html")
    assert {li["id"] for li in home.select("li.publication")} == {"uchendu2020authorship", "uchendu2023reverse"}


@pytest.mark.parametrize(
    "said",
    ["Write to me: [jane@uni.edu](mailto:jane@uni.edu).", "Email: jane@uni.edu", '<a href="mailto:jane@uni.edu">Email</a>'],
)
def test_the_email_a_home_page_writes_is_the_profile_s_when_the_settings_name_none(tmp_path, capsys, said):
    target, _notes = imported_site(
        tmp_path, capsys, {"_config.yml": "author: Jane Doe\n", "index.md": f"I study graphs.\n\n{said}\n"}
    )
    assert front_matter(target / "content/people/jane-doe.md")["email"] == "jane@uni.edu"


ECONOMIST_PAPERS = """---
layout: page
title: Research
permalink: /research/
---

* ''Do New Neighbors Pay More for Groceries?'' July, 2019. Working paper. Available at SSRN: [Link](https://ssrn.com/abstract=3214635)

* ''Does Redistribution Increase Output? The Centrality of Labor Supply'' Quantitative Economics, November 2017 (with Kartik Athreya and Felipe Schwartzman) [Link](https://qeconomics.org/ojs/index.php/qe/article/view/533)

* *Beveridge Curve Shifts*, Federal Reserve Bank of Richmond Economic Quarterly, 2016 (with Thomas Lubik and Christian Matthes)
"""


def test_an_economist_s_own_papers_listed_without_his_name(tmp_path, capsys):
    """A real page's way (an economist's, seen through the search tool): his papers without his
    name, the title in quotes (typed as two apostrophes) or italics, the venue and date after it,
    the co-authors "(with A and B)": he is an author with them, in the order of their family names
    (economics' order), said at each line; a working paper a preprint with its note. The page is
    publications.md at /research/: read as the list it is (before, it was left out unread), its
    address leading to sitegen's."""
    files = {"_config.yml": "author: Andrew Owens\n", "index.md": "I study labor supply.\n", "publications.md": ECONOMIST_PAPERS}
    target, notes = imported_site(tmp_path, capsys, files)
    entries = imported_entries(target)
    assert {key: entry["author"] for key, entry in entries.items()} == {
        "owens2019neighbors": "Andrew Owens",
        "athreya2017does": "Kartik Athreya and Andrew Owens and Felipe Schwartzman",
        "lubik2016beveridge": "Thomas Lubik and Christian Matthes and Andrew Owens",
    }
    assert (entries["owens2019neighbors"]["note"], entries["owens2019neighbors"]["month"]) == ("Working paper", "7")
    assert (entries["athreya2017does"]["journal"], entries["athreya2017does"]["year"]) == ("Quantitative Economics", "2017")
    assert "publications.md:7: no names written: its author is the site's owner; check" in notes
    assert (
        "publications.md:9: no names written: its authors are its co-authors and the site's owner, in the order of their"
        " family names; check"
    ) in notes
    site = yaml.safe_load((target / "content/site.yml").read_text(encoding="utf-8"))
    assert site["redirects"] == {"/research/": "/publications/"}
    entries_of_a_list, _notes = listed_papers(ECONOMIST_PAPERS, Path("cv.md"))
    assert entries_of_a_list == []  # (`add --list`: whose papers they are, no site says)


def test_own_papers_as_bold_linked_titles_with_their_years(tmp_path, capsys):
    """A real page's way (a policy researcher's, seen through the search tool): a paragraph per
    paper, its title a link in bold and its year beside it, an icon and its PDF's link under it, a
    line on it: the owner's papers (no venue: `@misc`), the line their abstract."""
    papers = """---
title: Publications
---

### Digital Governance

**[Africa's Strategic Positioning in the WSIS Review](https://www.academia.edu/attachments/124965209/x)** (2024){BR}
<i class="fas fa-download"></i> [Download PDF](/files/PDF/Africa.pdf){BR}
*Roadmap for affordable and accessible digital ecosystems.*
""".replace("{BR}", "  ")
    files = {"_config.yml": "author: Syed Mamun\n", "index.md": "I study policy.\n", "publications.md": papers,
             "files/PDF/Africa.pdf": b"%PDF-1.4"}  # fmt: skip
    target, notes = imported_site(tmp_path, capsys, files)
    assert imported_entries(target)["mamun2024africas"] == {
        "type": "misc",
        "title": "Africa's Strategic Positioning in the WSIS Review",
        "author": "Syed Mamun",
        "year": "2024",
        "pdf": "/files/PDF/Africa.pdf",
        "url": "https://www.academia.edu/attachments/124965209/x",
        "keywords": "Digital Governance",
        "abstract": "\\emph{Roadmap for affordable and accessible digital ecosystems.}",
    }
    assert "publications.md:7: no names written: its author is the site's owner; check" in notes


PAPERS_BY_TYPE = """article:
- author: Deleforge, Antoine and Di Carlo, Diego
  journal: IEEE Signal Processing Magazine
  title: >
    'Audio-Based Search and Rescue With a Drone'
  year: 2019
  resources_popup:
    - name: Bibtex
      text: >
        @article{Deleforge2019audio,
          author = {Deleforge, Antoine and Di Carlo, Diego},
          journal = {IEEE Signal Processing Magazine},
          title = {Audio-Based Search and Rescue With a Drone},
          year = {2019}
        }
inproceedings:
- title: 'BLASTER: An Off-Grid Method for Acoustic Echoes Retrieval'
  id: blaster
  author: 'Di Carlo, Diego and Elvira, Clement'
  booktitle: IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP)
  keywords: Blind Channel Identification, Super Resolution, Sparsity.
  year: 2020
  doi: 10.1109/ICASSP40776.2020.9054647
  hal_id: hal-02469901
  resources_link:
    - name: Code
      icon: fa fa-github
      link: https://gitlab.inria.fr/panama-team/blaster
  resources_popup:
    - name: Abstract
      text: >
        Acoustic echoes retrieval is a research topic that is gaining importance.
"""
PAPERS_BY_TYPE_PAGE = """---
layout: default
title: Publications
---

<div class='full'>
  {% for paper in site.data.papers.article %}
  <div class='row'>
      <b>{{ paper.title }}</b><br>
      <em>{{ paper.author }}</em><br>
      in {{ paper.journal }}, {{ paper.year }}.<br>
  </div>
  {% endfor %}
  {% for paper in site.data.papers.inproceedings %}
  <div class='row'>
      <b>{{ paper.title }}</b><br>
      <em>{{ paper.author }}</em><br>
      in {{ paper.booktitle }}, {{ paper.year }}.<br>
  </div>
  {% endfor %}
</div>
"""


def test_a_data_file_of_papers_by_type_with_their_resources(tmp_path, capsys):
    """A real site's `_data/papers.yml` (a researcher's, seen through the search tool): lists of
    records by type, each with `resources_link` (its links by name), `resources_popup` (its
    BibTeX and its abstract as text), keywords in a line, a DOI as it is, a HAL identifier, and a
    title a YAML block kept in quotes."""
    files = {"_config.yml": "author: Diego Di Carlo\n", "index.md": "I study echoes.\n", "pubs.html": PAPERS_BY_TYPE_PAGE,
             "_data/papers.yml": PAPERS_BY_TYPE}  # fmt: skip
    target, notes = imported_site(tmp_path, capsys, files)
    entries = imported_entries(target)
    assert entries["Deleforge2019audio"]["title"] == "Audio-Based Search and Rescue With a Drone"  # (its own BibTeX's key)
    blaster = entries["dicarlo2020blaster"]
    assert (blaster["doi"], blaster["hal"], blaster["code"]) == (
        "10.1109/ICASSP40776.2020.9054647", "hal-02469901", "https://gitlab.inria.fr/panama-team/blaster"
    )  # fmt: skip
    assert blaster["keywords"] == "Blind Channel Identification; Super Resolution; Sparsity"
    assert blaster["abstract"] == "Acoustic echoes retrieval is a research topic that is gaining importance."
    assert not any("not read" in note for note in notes)
