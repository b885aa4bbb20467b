"""`sitegen import`: an al-folio site (its files as al-folio's template has them) becomes a sitegen
site that builds without a warning and shows what the al-folio site showed."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, build, html
from PIL import Image

from sitegen.cli import main

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
    assert any("_posts: 1 blog post not imported" in note for note in notes)
    assert (target / ".github/workflows/pages.yml").is_file() and (target / "requirements.txt").is_file()
    assert not (target / "static/assets/css").exists()

    result = build(target)
    assert [w for w in result.warnings] == []
    out = target / "_site"
    home = html(out / "index.html")
    assert home.h1.get_text() == "Albert Einstein"
    assert home.select_one(".affiliation").get_text() == "Affiliations, Address. Contacts. Motto. Etc"
    assert home.select_one("img.photo")["src"].startswith("/al-folio/people/albert-einstein/photo-")
    links = {a.get_text(): a["href"] for a in home.select(".contact a")}
    assert links["GitHub"] == "https://github.com/alshedivat" and links["Mastodon"] == "https://mastodon.social/@username"
    assert links["you@example.com"] == "mailto:you@example.com" and links["My Lab"] == "https://lab.example.org/"
    bio = home.select_one("section.biography")
    assert bio.find("a", string="subreddit")["href"] == "/al-folio/assets/pdf/example_pdf.pdf"  # {{ site.baseurl }}
    assert bio.find("img", alt="example image")["src"] == "/al-folio/assets/img/prof_pic.jpg"  # figure.liquid
    assert len(bio.select(".references li")) == 2  # {% cite a b %}
    assert [li.get_text() for li in home.select("section.awards li")] == [
        "Nobel Prize in Physics, Royal Swedish Academy of Sciences, 1921"
    ]
    assert "Technical Assistant" in home.select_one("section.experience").get_text()
    assert home.select_one("section.education li").get_text() == "PhD in Physics, University of Zurich, 1905"
    # selected_papers: true -> the selected entries on the home page; al-folio's fields shown
    assert home.select_one("section.publications h2").get_text() == "Selected publications"
    assert [badge.get_text() for badge in home.select(".pub-badge")] == ["PhysRev", "Ann. Phys."]
    epr = html(out / "publications/physrev-47-777/index.html").select_one(".citation")
    assert epr.find("a", string="B. Podolsky")["href"] == "https://en.wikipedia.org/wiki/Boris_Podolsky"  # coauthors.yml
    assert [a.get_text() for a in home.select("header nav a")] == ["Home", "Projects", "Publications", "News", "teaching"]
    project = html(out / "projects/1-project/index.html")
    assert project.select_one(".project-summary").get_text() == "a project with a background image and giscus comments"
    assert project.select_one("img.project-picture")["src"].endswith(".webp")
    news = html(out / "news/index.html")
    assert [t["datetime"] for t in news.select("time")] == ["2015-11-07", "2015-10-22"]
    assert "https://alshedivat.github.io/al-folio/" in (target / "content/site.yml").read_text()


def test_a_json_resume_gives_the_cv_and_a_site_is_never_imported_over_another(alfolio, tmp_path):
    (alfolio / "_data/cv.yml").unlink()
    resume = {
        "education": [{"institution": "ETH Zurich", "area": "Physics", "studyType": "Diploma", "endDate": "1900-07-28"}],
        "work": [{"name": "Prussian Academy", "position": "Director", "startDate": "1914"}],
        "awards": [{"title": "Copley Medal", "date": "1925", "awarder": "Royal Society"}],
    }
    (alfolio / "assets/json").mkdir()
    (alfolio / "assets/json/resume.json").write_text(json.dumps(resume))
    target = tmp_path / "moved"
    assert main(["import", str(alfolio), str(target)]) == 0
    build(target)
    home = html(target / "_site/index.html")
    assert home.select_one("section.education li").get_text() == "Diploma in Physics, ETH Zurich, 1900"
    assert home.select_one("section.experience li").get_text() == "Director, Prussian Academy, 1914–present"
    assert home.select_one("section.awards li").get_text() == "Copley Medal, Royal Society, 1925"
    profile = target / "content/people/albert-einstein.md"
    before = profile.read_bytes()
    assert main(["import", str(alfolio), str(target)]) == 1  # content/ is there: nothing is replaced
    assert profile.read_bytes() == before
    assert main(["import", str(tmp_path / "nothing-here"), str(tmp_path / "other")]) == 1
