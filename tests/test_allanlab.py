"""`sitegen import` of an Allan lab site (the Jekyll template many labs fork): its members, publications
and news, kept as data, become profiles, BibTeX and news items of a site that builds without a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, build, html
from test_import import picture

from sitegen.allanlab import _authors, _links, _venue_fields
from sitegen.cli import main
from sitegen.migrate import written_day

ALLANLAB = REPO / "tests/data/allanlab"  # the template's files, with a made-up lab's content


@pytest.fixture
def allanlab(tmp_path: Path) -> Path:
    source = tmp_path / "allanlab"
    shutil.copytree(ALLANLAB, source)
    picture(source / "images/teampic/ada.jpg", (300, 300))
    picture(source / "images/teampic/chunzhi.jpg", (200, 200))
    picture(source / "images/members/lara.jpg", (200, 200))  # where the layout of its list takes photos from
    picture(source / "images/pubpic/mott.png", (400, 300))
    picture(source / "images/logopic/logo.jpg", (210, 80))
    picture(source / "images/slider/lab.jpg", (700, 400))
    return source


def test_an_allan_lab_site_becomes_a_lab_site_that_builds_and_shows_what_it_showed(allanlab, tmp_path, capsys):
    target = tmp_path / "moved"
    assert main(["import", str(allanlab), str(target)]) == 0
    printed = capsys.readouterr()
    assert "8 profiles, 4 publications, 3 pages, 2 news items" in printed.out
    notes = printed.err.splitlines()
    assert (
        f"{allanlab}/_data/team_members.yml: the photo of Jianfeng (Jacky) Ge, missing.jpg, is not in images/teampic/"
        in (notes[0].split("; add")[0])
    )
    assert f"{allanlab}/_data/news.yml: news item 3 has no date sitegen reads ('someday'); it is left out" in notes
    assert not any("team.md" in note for note in notes)  # its Liquid is the lists, read as data
    assert f"{allanlab}/_pages/alumni.md: its members are profiles now, on the People page; its own text is not imported" in notes
    result = build(target)
    assert [w.message for w in result.warnings] == []
    out = target / "_site"

    # the team page's headings are the groups, in its order; the placeholder member is left out
    people = html(out / "people/index.html")
    groups = {
        section.find("h2").get_text(): [card.h3.get_text() for card in section.select(".person-card")]
        for section in people.select("section.people-group")
    }
    assert groups == {
        "Staff": ["Ada M Lovelace", "Jianfeng (Jacky) Ge"],
        "Master and Bachelor Students": ["Koen Bastiaans", "Lara Baccaro"],
        "Alumni": [
            "Chunzhi Su",
            "Irene Battisti",
            "Vitaly Fedoseev",
            "Tjerk Benschop",
        ],  # the team page first, then the alumni page
    }  # not the visitors of a section commented out, which the old page did not show
    lead = people.select_one("main").get_text(" ", strip=True)
    assert "We are looking for new PhD students" in lead and "Tina Wong" in lead
    assert "Jump to" not in lead and "member.name" not in lead and "Former visitors" not in lead
    assert people.h1.get_text() == "Group members"
    for old in ("team", "alumni"):  # the old addresses still answer
        assert html(out / old / "index.html").find("link", rel="canonical")["href"] == "/lovelacelab/people/"

    ada = html(out / "people/ada-m-lovelace/index.html")
    assert ada.select_one(".role").get_text() == "Associate professor"
    assert ada.select_one("img.photo") is not None and ada.find("a", href="mailto:ada@example.org") is not None
    bio = ada.select_one("section.biography")
    assert "Started Jan 2015" in bio.get_text()
    assert bio.find("a", string="C Babbage")["href"] == "http://example.org/babbage"  # an education line, its link kept
    assert len(ada.select("li.publication")) == 4  # "AM Lovelace" and "Ada M Lovelace" are hers
    lara = html(out / "people/lara-baccaro/index.html")
    assert lara.select_one("img.photo") is not None
    assert [a["href"] for a in lara.select(".contact a")] == ["https://github.com/lbaccaro"]  # `website: 0` is none
    chunzhi = html(out / "people/chunzhi-su/index.html")
    assert chunzhi.select_one(".role").get_text() == "Ph.D. 2018" and "Now: Google" in chunzhi.get_text()
    # initials for those without a photo: Jacky's ("(Jacky)" is no initial), and Koen's, whose photo is
    # the template's stand-in (rock.jpg)
    assert [card.get_text() for card in people.select(".photo-placeholder")] == ["JG", "KB", "IB", "VF", "TB"]

    # publist.yml: each display read into venue, volume, pages and year; its picture, highlight and press links
    pubs = html(out / "publications/index.html")
    mott = pubs.find("li", id="battisti2017universality")
    assert " ".join(mott.select_one(".citation").get_text().split()) == (
        "I. Battisti*, K. M. Bastiaans*, V. Fedoseev, and A. M. Lovelace. Universality of pseudo gap and emergent "
        "order in lightly doped Mott insulators. Nature Physics, 13:21, 2017. See also Leiden University news by Erik Arends."
    )
    assert mott.find("a", string="Leiden University news")["href"] == "https://www.example.org/news/2016/melting"
    assert mott.select_one("img")["src"].startswith("/lovelacelab/images/pubpic/mott")
    assert "Editors' suggestion" in pubs.find("li", id="battisti2017poor").get_text()
    intro = pubs.select_one(".list-intro")  # the old page's words above its list; its headings and own anchors gone
    assert intro.get_text(" ", strip=True) == "(For a full list see below or go to Google Scholar )"
    assert intro.find("a")["href"] == "https://scholar.google.com"
    assert [a.get_text() for a in pubs.select("#sulangi2017revisiting .pub-link")] == ["arXiv"]
    assert "(ICASSP 2021), Toronto, Canada, 2021." in pubs.find("li", id="bastiaans2021deep").select_one(".citation").get_text()
    home = html(out / "index.html")
    assert "Welcome to the Lovelace Lab!" in home.get_text()
    # its Bootstrap carousel (no script here to turn it) is its first picture; the rest are said
    assert [img["alt"] for img in home.select("main img") if "slider" in img["src"]] == ["Our lab"]
    assert "Previous" not in home.get_text() and "carousel" not in str(home.select_one("main"))
    assert f"{allanlab}/_pages/home.md: its carousel (Bootstrap's) is its first picture now; 1 more is left out" in notes
    assert [li["id"] for li in home.select("section.selected li.publication")] == ["battisti2017universality"]  # highlight

    news = html(out / "news/index.html")
    assert [t["datetime"] for t in news.select("time")] == ["2022-11-01", "2017-09-01"]
    assert news.find("strong", string="XXII Congress") is not None
    assert "base_url: https://lovelacelab.github.io/lovelacelab/" in (target / "content/site.yml").read_text()


@pytest.mark.parametrize(
    ("written", "bibtex"),
    [
        ("MP Allan* & F Massee*, DK Morr", "Allan, M. P.* and Massee, F.* and Morr, D. K."),
        ("T-M Chuang, Jinho Lee, and M. A.Wang", "Chuang, T.-M. and Jinho Lee and Wang, M. A."),
        ("I. Battisti⋆ & K.M. Bastiaans⋆", "Battisti, I.* and Bastiaans, K. M.*"),
        ("J Osterwalder, A Tamai; W Auwärter", "Osterwalder, J. and Tamai, A. and Auwärter, W."),
        ("Kleanthis Avramidis, Petros Maragos", "Kleanthis Avramidis and Petros Maragos"),
    ],
)
def test_authors_as_the_list_writes_them_are_bibtex_names(written, bibtex):
    assert _authors(written) == bibtex


@pytest.mark.parametrize(
    ("display", "kind", "fields"),
    [
        ("Nature Physics 13, 21 (2017)", "article", {"journal": "Nature Physics", "volume": "13", "pages": "21", "year": "2017"}),
        ("Beilstein J. Nanotechnol. 8, 2389-2395 (2017)", "article", {"volume": "8", "pages": "2389-2395", "year": "2017"}),
        ("arXiv:1707.03362 (2017)", "misc", {"year": "2017"}),
        ("under review (to be updated soon)", "misc", {"year": "under review"}),
        (
            "appeared in Proc. 28th European Signal Processing Conference (EUSIPCO 2020), Amsterdam",
            "inproceedings",
            {"booktitle": "Proc. 28th European Signal Processing Conference (EUSIPCO 2020), Amsterdam", "year": "2020"},
        ),
    ],
)
def test_a_link_s_display_gives_the_venue_and_its_numbers(display, kind, fields):
    found_kind, found = _venue_fields(display)
    assert found_kind == kind and fields.items() <= {name: value for name, value in found if value}.items()


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("November 2022", "2022-11-01"), ("Sept 2017", "2017-09-01"), ("3 March 2021", "2021-03-03"), ("2020-05-07", "2020-05-07"),
        ("September 26th, 2021", "2021-09-26"), ("August 23th, 2021", "2021-08-23"),  # a Minimal Light fork's, ordinals
    ],
)  # fmt: skip
def test_a_news_date_as_the_template_writes_it(written, day):
    assert written_day(written).isoformat() == day


def test_no_date_is_none():
    assert written_day("someday") is None and written_day("Smarch 2020") is None


def test_a_members_two_links_of_a_kind_are_both_kept():
    member = {"website": "https://lab.org/ada", "homepage": "https://ada.dev", "url": "https://ada.dev", "scholar": "0"}
    assert _links(member) == {"homepage": "https://lab.org/ada", "homepage_2": "https://ada.dev"}  # `0` is none
    assert _links({"github": "ada", "twitter": "ada"}) == {"github": "ada", "x": "ada"}  # one user name, two sites
