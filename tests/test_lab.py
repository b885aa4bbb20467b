"""The example lab site end to end: who wrote what, groups, filters' fallbacks, publication pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, html

from sitegen.build import Builder
from sitegen.matching import fold
from sitegen.roles import DEFAULT_ROLE_GROUPS, role_group
from sitegen.slugs import slugify

LAB = REPO / "examples" / "lab"
BASE = "/harbour-lab/"

EXPECTED = {
    "amelie-dubois": {"DBLP:conf/oceans/WatanabeD21", "dubois2021msc", "dubois_radar_2021", "vasquez_weather_2022"},
    "elena-vasquez-moreno": {
        "DBLP:conf/icra/LinZV22",
        "DBLP:conf/icra/NovakBV22",
        "DBLP:journals/jfr/VasquezMorenoNW23",
        "DBLP:journals/ral/ZhangLV24",
        "authority2022port",
        "berg2022underwater",
        "dubois_radar_2021",
        "jfr2018",
        "lin2022domain",
        "lin_foggy_2024",
        "muller_selfsup_2024",
        "novak2019macro",
        "raghunathan_events_2024",
        "vasquez2020survey",
        "vasquez_weather_2022",
        "watanabe2021stereo",
        "zhang_occlusion_2023",
    },
    "jonas-van-der-berg": {
        "DBLP:conf/icra/NovakBV22",
        "berg2022underwater",
        "berg_sonar_2024",
        "novak2020report",
        "novak_crane_2023",
    },
    "kenji-watanabe": {
        "DBLP:conf/oceans/WatanabeD21",
        "DBLP:journals/jfr/VasquezMorenoNW23",
        "novak_crane_2023",
        "vasquez_weather_2022",
        "watanabe2021stereo",
        "watanabe2022thesis",
        "zhang2021benchmark",
    },
    "mei-lin": {
        "DBLP:conf/icra/LinZV22",
        "DBLP:conf/wacv/LinR23",
        "DBLP:journals/ral/ZhangLV24",
        "chen_quay_2024",
        "lin2022domain",
        "lin_foggy_2024",
        "lin_rain_2023",
        "muller_selfsup_2024",
        "zhang2022tracking",
    },
    "priya-raghunathan": {
        "DBLP:conf/wacv/LinR23",
        "DBLP:journals/corr/abs-2402-01111",
        "lin_rain_2023",
        "muller2023contrastive",
        "raghunathan2023low",
        "raghunathan_events_2024",
    },
    "sofia-mueller": {
        "DBLP:conf/iros/ChenM24",
        "DBLP:journals/corr/abs-2402-01111",
        "muller2023contrastive",
        "muller_selfsup_2024",
    },
    "tomas-novak": {
        "DBLP:conf/icra/NovakBV22",
        "DBLP:journals/jfr/VasquezMorenoNW23",
        "berg2022underwater",
        "berg_sonar_2024",
        "novak2019macro",
        "novak2020report",
        "novak_crane_2023",
        "vasquez2020survey",
    },
    "wei-chen": {"DBLP:conf/iros/ChenM24", "chen2023segmentation", "chen_quay_2024", "raghunathan2023low"},
    "xiaoyu-zhang": {
        "DBLP:conf/icra/LinZV22",
        "DBLP:journals/ral/ZhangLV24",
        "chen2023segmentation",
        "lin_foggy_2024",
        "zhang2021benchmark",
        "zhang2022tracking",
        "zhang_occlusion_2023",
    },
}


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("lab")
    for folder in ("content", "static"):
        shutil.copytree(LAB / folder, site / folder)
    result = Builder(site, site / "_site", strict=True).build()
    assert result.warnings == []
    assert result.publications == 34
    return site / "_site"


def ids(page) -> list[str]:
    return [li["id"] for li in page.select("li.publication")]


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_each_person_lists_exactly_their_publications_newest_first(lab, slug):
    page = html(lab / f"people/{slug}/index.html")
    assert sorted(ids(page)) == sorted(slugify(key) for key in EXPECTED[slug])
    years = [int(li["data-year"]) for li in page.select("li.publication")]
    assert years == sorted(years, reverse=True)
    own = page.select(".citation strong.self")
    assert len(own) == len(EXPECTED[slug])
    bib = (lab / f"people/{slug}/publications.bib").read_text()
    assert sorted(line.split("{", 1)[1].rstrip(",") for line in bib.splitlines() if line.startswith("@")) == sorted(
        EXPECTED[slug]
    )
    items = json.loads((lab / f"people/{slug}/publications.json").read_text())
    assert sorted(item["id"] for item in items) == sorted(EXPECTED[slug])


def test_member_names_link_to_their_pages_everywhere(lab):
    page = html(lab / "publications/index.html")
    citation = page.select_one("#lin-foggy-2024 .citation")
    links = {a.get_text(): a["href"] for a in citation.select("a") if "pub-title" not in a.get("class", [])}
    assert links == {
        "Mei Lin": f"{BASE}people/mei-lin/",
        "Xiaoyu Zhang": f"{BASE}people/xiaoyu-zhang/",
        "Elena Vásquez-Moreno": f"{BASE}people/elena-vasquez-moreno/",
    }
    assert citation.select_one("a.pub-title")["href"] == f"{BASE}publications/lin-foggy-2024/"
    on_mei = html(lab / "people/mei-lin/index.html").select_one("#lin-foggy-2024 .citation")
    assert on_mei.select_one("strong.self").get_text() == "Mei Lin"
    assert "Mei Lin" not in [a.get_text() for a in on_mei.select("a")]


def test_people_page_groups_in_configured_order(lab):
    page = html(lab / "people/index.html")
    assert page.h1.get_text() == "People"  # content/pages/people.md has no title: the list keeps its name
    assert page.select_one(".list-intro p").get_text().startswith("Engineers, roboticists and a meteorologist")
    groups = {
        section.h2.get_text(): [card.h3.get_text() for card in section.select(".person-card")]
        for section in page.select(".people-group")
    }
    assert list(groups) == ["Faculty", "Postdocs", "PhD Students", "MS Students", "Alumni"]
    assert groups["Faculty"] == ["Elena Vásquez-Moreno", "Tomáš Novák"]
    assert groups["PhD Students"] == ["Priya Raghunathan", "Jonas van der Berg", "Xiaoyu Zhang"]
    assert groups["Alumni"] == ["Amélie Dubois", "Kenji Watanabe"]
    card = page.select_one(".person-card")
    assert card.select_one(".photo-placeholder").get_text() == "EV"
    assert card.select_one(".card-interests").get_text() == "Robust perception, Maritime robotics, Sensor fusion"


@pytest.mark.parametrize(
    ("role", "group"),
    [
        ("Professor", "Faculty"),
        ("Nathaniel and Helen Wisch Professor of Biology", "Faculty"),  # the longest title in it, word for word
        ("E2G2 PhD candidate", "PhD Students"),
        ("Master's student in Computer Science", "MS Students"),
        ("Molecular Genetics Undergraduate", "Undergraduates"),
        ("Research Associate", "Staff"),
        ("Former PhD Student", "Alumni"),
        ("Visiting Professor", "Visitors"),
        ("Postdoctoral Research Associate", "Postdocs"),  # not Staff, whose title it holds
        ("Undergraduate Research Assistant", "Undergraduates"),
        ("Graduate Research Assistant", "PhD Students"),
        ("Research Assistant Professor", "Faculty"),  # the longest title wins
        ("Head of Lab", None),  # no title known: the role is its own group (or site.yml's people.roles)
        ("Professorship committee", None),  # a title inside a word is none
    ],
)
def test_a_role_s_group_is_its_title_s_wherever_the_title_stands_in_it(role, group):
    assert role_group(role, {fold(title): name for title, name in DEFAULT_ROLE_GROUPS.items()}) == group


def test_home_is_index_md_with_selected_publications(lab):
    page = html(lab / "index.html")
    assert page.h1.get_text() == "Harbour Vision Lab"
    assert "fog, glare, spray" in page.get_text()
    selected = ids(page.select_one(".selected"))
    assert sorted(selected) == sorted(
        ["lin-foggy-2024", "chen-quay-2024", "vasquez-weather-2022", "dblp-conf-wacv-linr23", "jfr2018"]
    )
    assert [a.get_text() for a in page.select("nav a")] == [
        "Home",
        "People",
        "Projects",
        "Publications",
        "News",
        "Talks",
        "Join us",
        "Datasets",
    ]
    assert [item.get_text() for item in page.select(".news time")] == ["2 Sep 2024", "17 Jun 2024"]  # newest first


def test_a_page_lists_the_publications_its_text_asks_for(lab):
    page = html(lab / "datasets/index.html")
    assert page.select_one("article > p").get_text().startswith("The data behind our papers")
    assert ids(page.select_one("article .publication-embed")) == ["chen-quay-2024", "novak2020report"]  # keyword=dataset


def test_publications_page_grouped_by_year_with_counts(lab):
    page = html(lab / "publications/index.html")
    headings = [(h.contents[0].strip(), h.select_one(".count").get_text()) for h in page.select(".year-group h2")]
    assert headings[0] == ("2024", "(8)")
    assert [year for year, _ in headings] == sorted((year for year, _ in headings), reverse=True)
    assert sum(int(count.strip("()")) for _, count in headings) == 34
    assert len(ids(page)) == 34


def test_every_filter_has_a_fallback_without_javascript(lab):
    page = html(lab / "publications/index.html")
    facets = {
        facet["data-facet"]: {a.get_text(" ", strip=True): a["href"] for a in facet.select("a")}
        for facet in page.select(".facet")
    }
    assert facets["year"]["2024 (8)"] == "#year-2024"
    assert page.select_one("#year-2024")
    assert facets["type"]["Conference papers (16)"] == f"{BASE}publications/type/conference/"
    assert facets["member"]["Mei Lin (9)"] == f"{BASE}people/mei-lin/#publications"
    assert facets["keyword"]["highlight (4)"] == f"{BASE}publications/keyword/highlight/"
    for kind in ("journal", "conference", "preprint", "thesis", "other"):
        listing = html(lab / f"publications/type/{kind}/index.html")
        assert {li["data-type"] for li in listing.select("li.publication")} == {kind}
    conference = html(lab / "publications/type/conference/index.html")
    assert len(ids(conference)) == 16
    keyword = html(lab / "publications/keyword/detection/index.html")
    assert sorted(ids(keyword)) == ["dblp-conf-wacv-linr23", "lin-foggy-2024", "lin-rain-2023"]


def test_publication_page_has_scholar_tags_json_ld_and_opengraph(lab):
    page = html(lab / "publications/lin-foggy-2024/index.html")
    meta = [(m["name"], m["content"]) for m in page.select("meta[name^=citation_]")]
    assert meta == [
        ("citation_title", "Seeing Through Fog: Domain Adaptation for Harbour Object Detection"),
        ("citation_author", "Lin, Mei"),
        ("citation_author", "Zhang, Xiaoyu"),
        ("citation_author", "Petersen, Hans"),
        ("citation_author", "Vásquez-Moreno, Elena"),
        ("citation_publication_date", "2024/04"),
        ("citation_journal_title", "IEEE Robotics and Automation Letters"),
        ("citation_volume", "9"),
        ("citation_issue", "4"),
        ("citation_firstpage", "3101"),
        ("citation_lastpage", "3108"),
        ("citation_doi", "10.1109/LRA.2024.0000001"),
        ("citation_abstract_html_url", "https://example.github.io/harbour-lab/publications/lin-foggy-2024/"),
    ]
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ScholarlyArticle"
    assert data["headline"] == meta[0][1]
    assert [a["name"] for a in data["author"]] == ["Mei Lin", "Xiaoyu Zhang", "Hans Petersen", "Elena Vásquez-Moreno"]
    assert data["author"][0]["url"] == "https://example.github.io/harbour-lab/people/mei-lin/"
    assert "url" not in data["author"][2]
    assert data["datePublished"] == "2024-04"
    assert data["identifier"]["value"] == "10.1109/LRA.2024.0000001"
    assert data["isPartOf"]["name"] == "IEEE Robotics and Automation Letters"
    og = {m["property"]: m["content"] for m in page.select("meta[property^='og:']")}
    assert og["og:title"] == meta[0][1]
    assert og["og:description"].startswith("Detectors trained on clear days fail in fog.")
    assert page.select_one("pre.bibtex").get_text().startswith("@article{lin_foggy_2024,")
    assert page.select_one("a.pub-link-code")["href"] == "https://github.com/harbour-lab/seeing-through-fog"


def test_publication_page_shows_abstract_and_bibtex_once_in_full(lab):
    page = html(lab / "publications/lin-foggy-2024/index.html")
    assert page.select("details") == []  # no toggles repeating what the page shows below
    assert [h2.get_text() for h2 in page.select("main h2")] == ["Abstract", "BibTeX"]
    assert len(page.select(".abstract")) == 1 and len(page.select("pre.bibtex")) == 1
    assert page.select_one("li.publication .citation a[href$='/publications/lin-foggy-2024/']") is None
    listed = html(lab / "publications/index.html").select_one("#lin-foggy-2024")
    assert [summary.get_text() for summary in listed.select("details > summary")] == ["BibTeX", "Abstract"]


def test_a_thesis_abstracts_list_of_contributions_is_a_list_on_its_page_and_in_the_lists(lab):
    for page, where in (
        (html(lab / "publications/watanabe2022thesis/index.html"), "main"),
        (html(lab / "people/kenji-watanabe/index.html"), "#watanabe2022thesis"),
    ):
        abstract = page.select_one(f"{where} .abstract")
        assert abstract.p.get_text() == "Stereo cameras see a harbour’s water as a moving mirror. This thesis contributes"
        assert [item.get_text() for item in abstract.select("ol > li")][
            1
        ] == "a temporal filter for water surfaces in motion, and"
        assert len(abstract.select("ol > li")) == 3 and "begin" not in abstract.get_text()


def test_conference_paper_tags_and_pdf(lab):
    page = html(lab / "publications/chen-quay-2024/index.html")
    meta = {m["name"]: m["content"] for m in page.select("meta[name^=citation_]")}
    assert meta["citation_conference_title"] == "British Machine Vision Conference (BMVC)"
    assert meta["citation_pdf_url"] == "https://example.org/papers/quayseg.pdf"
    crossref = {
        m["name"]: m["content"]
        for m in html(lab / "publications/dblp-conf-icra-novakbv22/index.html").select("meta[name^=citation_]")
    }
    assert crossref["citation_conference_title"].startswith("2022 International Conference on Robotics and Automation")
    assert crossref["citation_firstpage"] == "5510"
