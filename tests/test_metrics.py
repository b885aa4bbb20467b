"""Links to a paper's attention and citation counts: al-folio's badges (`altmetric`, `dimensions`,
`google_scholar_id`, `inspirehep_id`) as links to the same pages, without their scripts."""

from __future__ import annotations

import pytest
from conftest import build, html, publications_from, write_files

from sitegen.errors import SitegenError
from sitegen.metrics import scholar_article

ALTMETRIC, DIMENSIONS = "https://www.altmetric.com/details/", "https://badge.dimensions.ai/details/"


def links_of(fields: str) -> tuple[dict[str, str], list[str]]:
    """The entry's buttons (label -> address) and the warnings about it."""
    [pub], report = publications_from(f"@article{{k,\n  title = {{T}},\n  year = {{2020}},\n{fields}\n}}\n", names=("x.bib",))
    assert not any(name in pub.bibtex for name in ("altmetric", "dimensions", "inspirehep_id"))  # buttons, not BibTeX
    return {link.label: link.url for link in pub.links}, [f"{w.line}: {w.message}" for w in report.warnings]


@pytest.mark.parametrize(
    "fields, address",
    [
        ("doi = {10.1038/nature14539}, altmetric = {true}", ALTMETRIC + "doi/10.1038/nature14539"),
        ("url = {https://doi.org/10.1038/nature14539}, altmetric = {yes}", ALTMETRIC + "doi/10.1038/nature14539"),
        # the arXiv id before the DOI, as al-folio's badge takes it; from Google Scholar's venue too
        ("doi = {10.1/x}, eprint = {2101.00001}, archiveprefix = {arXiv}, altmetric = {true}", ALTMETRIC + "arxiv/2101.00001"),
        ("journal = {arXiv preprint arXiv:2305.11676}, altmetric = {true}", ALTMETRIC + "arxiv/2305.11676"),
        ("pmid = {31234567}, altmetric = {true}", ALTMETRIC + "pmid/31234567"),
        ("isbn = {978-3-319-25557-6}, altmetric = {true}", ALTMETRIC + "isbn/9783319255576"),
        ("doi = {10.1/x}, altmetric = {248277}", ALTMETRIC + "248277"),  # the paper's own Altmetric id
        ("doi = {10.1002/(SICI)1097-4636}, altmetric = {true}", ALTMETRIC + "doi/10.1002/(SICI)1097-4636"),
    ],
)
def test_altmetric_finds_the_paper_by_its_identifiers(fields, address):
    links, warnings = links_of(fields)
    assert links["Altmetric"] == address and warnings == []


@pytest.mark.parametrize(
    "fields, address",
    [
        ("doi = {10.1038/nature14539}, dimensions = {true}", DIMENSIONS + "doi/10.1038/nature14539"),
        ("pmid = {31234567}, dimensions = {true}", DIMENSIONS + "pmid/31234567"),
        ("doi = {10.1/x}, dimensions = {pub.1157360482}", DIMENSIONS + "id/pub.1157360482"),
        ("doi = {10.1/x}, dimensions = {1157360482}", DIMENSIONS + "id/pub.1157360482"),
    ],
)
def test_dimensions_finds_the_paper_by_its_doi_or_its_id(fields, address):
    links, warnings = links_of(fields)
    assert links["Dimensions"] == address and warnings == []


def test_the_metrics_follow_the_entry_s_other_links_and_false_asks_for_none():
    links, _ = links_of(
        "doi = {10.1/x}, url = {https://example.org/p}, altmetric = {true}, dimensions = {true}, inspirehep_id = {3255}"
    )
    assert list(links) == ["DOI", "URL", "Altmetric", "Dimensions", "INSPIRE"]
    assert links["INSPIRE"] == "https://inspirehep.net/literature/3255"
    assert list(links_of("doi = {10.1/x}, altmetric = {false}, dimensions = {no}")[0]) == ["DOI"]


@pytest.mark.parametrize("size", ["21~cm", "16~cm $\\times$~23~cm", "210 mm"])
def test_a_book_s_size_in_dimensions_is_abntex2_s_field_not_a_badge(size):
    """abnTeX2 (Brazil's ABNT references) writes a book's size in `dimensions`: no badge, no warning."""
    assert links_of("doi = {10.1/x}, dimensions = {" + size + "}") == ({"DOI": "https://doi.org/10.1/x"}, [])


@pytest.mark.parametrize(
    "fields, warning",
    [
        ("altmetric = {true}", "5: entry 'k': altmetric = {true} finds the paper by its DOI, arXiv id, PubMed id or ISBN"),
        ("eprint = {2101.00001}, archiveprefix = {arXiv}, dimensions = {true}", "5: entry 'k': dimensions = {true} finds"),
        ("doi = {10.1/x}, altmetric = {maybe}", "5: entry 'k': altmetric = {maybe} is not understood"),
        ("inspirehep_id = {Aad:2012tfa}", "5: entry 'k': inspirehep_id = {Aad:2012tfa} is not a record number"),
        ("doi = {10.1/x}, altmetric = {javascript:alert(1)}", "5: entry 'k': altmetric = {javascript:alert(1)} is not"),
    ],
)
def test_a_metric_that_cannot_be_linked_is_a_warning_at_its_field(fields, warning):
    links, warnings = links_of("author = {A. B},\n" + fields)
    assert not {"Altmetric", "Dimensions", "INSPIRE"} & set(links)
    assert len(warnings) == 1 and warnings[0].startswith(warning)


LAB = {
    "content/site.yml": "title: Lab\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\n---\n",
    "content/people/alan.md": "---\nname: Alan Turing\nlinks:\n  scholar: https://scholar.google.com/citations?user=TuR1ngAAAAJ&hl=en\n---\n",
    "content/publications/lab.bib": """
        @article{both, title = {Both}, author = {Lovelace, Ada and Turing, Alan}, journal = {J}, year = {2020},
          google_scholar_id = {qyhmnyLat1gC}}
        @article{given, title = {Given}, author = {Lovelace, Ada}, journal = {J}, year = {2021},
          google_scholar_id = {AdA0000AAAAJ:u5HHmVD\\_uO8C}}
        @article{none, title = {None}, author = {Lovelace, Ada}, journal = {J}, year = {2022},
          google_scholar_id = {zzzzzzzzzzzz}}
    """,
}


def scholar_links(page) -> dict[str, str | None]:
    return {
        li["id"]: (a["href"] if (a := li.select_one("a.pub-link-google_scholar")) else None)
        for li in page.select("li.publication")
    }


def test_google_scholar_s_article_is_found_on_a_member_author_s_profile(tmp_path):
    site = write_files(tmp_path / "lab", LAB)
    result = build(site)
    page = html(site / "_site/publications/index.html")
    assert scholar_links(page) == {
        "none": None,
        "given": "https://scholar.google.com/citations?view_op=view_citation&user=AdA0000AAAAJ&citation_for_view=AdA0000AAAAJ:u5HHmVD_uO8C",
        # Ada has no profile there; Alan, the second author, has
        "both": "https://scholar.google.com/citations?view_op=view_citation&user=TuR1ngAAAAJ&citation_for_view=TuR1ngAAAAJ:qyhmnyLat1gC",
    }
    [warning] = [w for w in result.warnings if "google_scholar_id" in w.message]
    assert warning.path.name == "lab.bib" and warning.line == 6
    assert (
        "entry 'none' has a google_scholar_id, but none of its authors on the site has a Google Scholar profile"
        in warning.message
    )


def test_site_yml_says_which_metrics_are_shown(tmp_path):
    bib = "@article{p, title = {P}, author = {Lovelace, Ada}, journal = {J}, year = {2020}, doi = {10.1/x},\n"
    bib += "  altmetric = {true}, dimensions = {true}, inspirehep_id = {1}}\n"
    files = {
        "content/people/ada.md": "---\nname: Ada Lovelace\n---\n",
        "content/publications/p.bib": bib,
    }
    shown = {}
    for name, setting in (
        ("all", ""),
        ("one", "publications:\n  metrics: [dimensions]\n"),
        ("none", "publications:\n  metrics: false\n"),
    ):
        site = write_files(tmp_path / name, {**files, "content/site.yml": "title: T\nowner: ada\n" + setting})
        build(site)
        listed = [a.get_text() for a in html(site / "_site/publications/index.html").select("#p a.pub-link")]
        own = [a.get_text() for a in html(site / "_site/publications/p/index.html").select("a.pub-link")]
        assert own == listed  # the entry's own page and the lists agree
        shown[name] = listed
    assert shown == {"all": ["DOI", "Altmetric", "Dimensions", "INSPIRE"], "one": ["DOI", "Dimensions"], "none": ["DOI"]}


def test_an_unknown_metric_in_site_yml_is_an_error_at_its_line(tmp_path):
    site = write_files(tmp_path / "s", {"content/site.yml": "title: T\npublications:\n  metrics: [altmetrics]\n"})
    with pytest.raises(SitegenError) as raised:
        build(site)
    assert raised.value.diagnostic.line == 3
    assert "unknown metric 'altmetrics': expected any of altmetric, dimensions" in str(raised.value)


def test_google_scholar_id_false_asks_for_none():
    assert scholar_article({"google_scholar_id": "false"}) == ("", "")
    assert scholar_article({"google_scholar_id": "AdA0000AAAAJ:u5HHmVD\\_uO8C"}) == ("AdA0000AAAAJ", "u5HHmVD_uO8C")
