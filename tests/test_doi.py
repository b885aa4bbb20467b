"""`sitegen add DOI`: the entry from doi.org (here a local stand-in), added to the site's .bib once."""

from __future__ import annotations

import json
import re
import threading
import time
from typing import ClassVar

import pytest
from conftest import StandIn, build, html, serving

from sitegen.cli import main

CROSSREF = (  # what doi.org gives for Accept: application/x-bibtex (Crossref's form: one line, bare month)
    " @inproceedings{Shen_2023, title={Learning Global-Aware Kernel for Image Harmonization}, "
    "url={http://dx.doi.org/10.1109/iccv51070.2023.00693}, DOI={10.1109/iccv51070.2023.00693}, "
    "booktitle={2023 IEEE/CVF International Conference on Computer Vision (ICCV)}, publisher={IEEE}, "
    "author={Shen, Xintian and Zhang, Jiangning and Lovelace, Ada}, year={2023}, month=oct, pages={7501–7510} }"
)


DATACITE = """@misc{https://doi.org/10.48550/arxiv.2305.11676,
  doi = {10.48550/ARXIV.2305.11676},
  url = {https://arxiv.org/abs/2305.11676},
  author = {Shen, Xintian and Lovelace, Ada},
  keywords = {Computer Vision and Pattern Recognition (cs.CV), FOS: Computer and information sciences},
  title = {Learning Global-Aware Kernel for Image Harmonization},
  publisher = {arXiv},
  year = {2023},
  copyright = {arXiv.org perpetual, non-exclusive license}
}"""  # what doi.org gives for an arXiv paper's DOI (DataCite's form)

ORCID_WORKS = {  # pub.orcid.org/v3.0/<iD>/works, as ORCID's public API answers (trimmed)
    "group": [
        {
            "external-ids": {
                "external-id": [
                    {"external-id-type": "doi", "external-id-value": "10.1000/book.1", "external-id-relationship": "part-of"},
                    {
                        "external-id-type": "doi",
                        "external-id-value": "10.1109/ICCV51070.2023.00693",
                        "external-id-relationship": "self",
                    },
                ]
            },
            "work-summary": [{"title": {"title": {"value": "Learning Global-Aware Kernel"}}}],
        },
        {"external-ids": {"external-id": []}, "work-summary": [{"title": {"title": {"value": "A talk without a DOI"}}}]},
        {  # a preprint: no DOI on the record, its arXiv identifier (arXiv gives it a DOI at DataCite)
            "external-ids": {"external-id": [{"external-id-type": "arxiv", "external-id-value": "arXiv:2305.11676"}]},
            "work-summary": [{"title": {"title": {"value": "Learning Global-Aware Kernel"}}}],
        },
    ]
}


MANY_WORKS = {  # a record of six works: four doi.org knows, one it does not, one that is no DOI
    "group": [
        {"external-ids": {"external-id": [{"external-id-type": "doi", "external-id-value": value}]}}
        for value in ("10.1000/w1", "10.1000/w2", "10.1000/missing", "10.1000/w3", "not a doi", "10.1000/w4")
    ]
}


NO_DOI_WORKS = {  # works without a DOI: a talk and a thesis, each with its put-code
    "group": [{"external-ids": {"external-id": []}, "work-summary": [{"put-code": code}]} for code in (101, 102)]
}
NO_DOI_BULK = {  # /works/101,102: each work whole; the first keeps its BibTeX, the second only its fields
    "bulk": [
        {
            "work": {
                "put-code": 101,
                "title": {"title": {"value": "Engines at Work"}},
                "citation": {
                    "citation-type": "bibtex",
                    "citation-value": "@inproceedings{talk1, title={Engines at Work}, author={Lovelace, Ada and Babbage, "
                    "Charles}, booktitle={Symposium on Engines}, year={2021}}",
                },
            }
        },
        {
            "work": {
                "put-code": 102,
                "type": "dissertation-thesis",
                "title": {"title": {"value": "On the Analytical Engine"}},
                "journal-title": {"value": "University of London"},
                "publication-date": {"year": {"value": "2019"}, "month": {"value": "06"}},
                "url": {"value": "https://example.org/thesis.pdf"},
            }
        },
        {"error": {"developer-message": "no such work"}},
    ]
}
PERSON = {"name": {"given-names": {"value": "Ada"}, "family-name": {"value": "Lovelace"}}}
COUNTING = threading.Lock()


class DoiOrg(StandIn):
    """doi.org and ORCID's public API, as far as the tests ask them."""

    asked: ClassVar[list[tuple[str, str]]] = []
    in_flight: ClassVar[list[int]] = [0, 0]  # requests being answered now, and the most at once

    def do_GET(self):
        DoiOrg.asked.append((self.path, self.headers["Accept"]))
        work = re.fullmatch(r"/10\.1000/(w\d)", self.path)
        if self.path == "/orcid/0000-0002-1825-0097/works":
            self.answer(json.dumps(ORCID_WORKS).encode(), "application/json")
        elif self.path == "/orcid/0000-0001-2345-6789/works":
            self.answer(json.dumps(MANY_WORKS).encode(), "application/json")
        elif self.path == "/orcid/0000-0003-1234-5674/works":
            self.answer(json.dumps(NO_DOI_WORKS).encode(), "application/json")
        elif self.path == "/orcid/0000-0003-1234-5674/works/101,102":
            self.answer(json.dumps(NO_DOI_BULK).encode(), "application/json")
        elif self.path == "/orcid/0000-0003-1234-5674/person":
            self.answer(json.dumps(PERSON).encode(), "application/json")
        elif work:
            with COUNTING:
                DoiOrg.in_flight[0] += 1
                DoiOrg.in_flight[1] = max(DoiOrg.in_flight)
            time.sleep(0.2)  # long enough for the others to be asked meanwhile, if they are
            with COUNTING:
                DoiOrg.in_flight[0] -= 1
            entry = f"@article{{{work[1]}, title = {{Work {work[1]}}}, author = {{Lovelace, Ada}}, year = 2020}}"
            self.answer(entry.encode(), "application/x-bibtex; charset=utf-8")
        elif self.path.lower() == "/10.48550/arxiv.2305.11676":
            self.answer(DATACITE.encode(), "application/x-bibtex; charset=utf-8")
        elif self.path.lower() == "/10.1109/iccv51070.2023.00693":
            self.answer(CROSSREF.encode(), "application/x-bibtex; charset=utf-8")
        else:
            self.send_error(404)


@pytest.fixture
def doi_org(monkeypatch):
    with serving(DoiOrg) as address:
        monkeypatch.setenv("SITEGEN_DOI_RESOLVER", address)
        monkeypatch.setenv("SITEGEN_ORCID_API", f"{address}orcid/")
        DoiOrg.asked, DoiOrg.in_flight = [], [0, 0]
        yield DoiOrg.asked


def test_a_doi_becomes_an_entry_of_the_sites_bib_shown_on_the_owners_page(make_site, doi_org, capsys):
    site = make_site(
        {"content/publications/refs.bib": "@article{old, author = {Lovelace, Ada}, title = {Old}, journal = {J}, year = 2020}"}
    )
    assert main(["add", "https://doi.org/10.1109/ICCV51070.2023.00693", "--source", str(site)]) == 0
    assert doi_org == [("/10.1109/ICCV51070.2023.00693", "application/x-bibtex; charset=utf-8")]
    out = capsys.readouterr().out
    assert "added as Shen_2023 (Learning Global-Aware Kernel for Image Harmonization)" in out and "refs.bib" in out
    bib = (site / "content/publications/refs.bib").read_text(encoding="utf-8")
    assert bib.startswith("@article{old,") and "\n\n@inproceedings{Shen_2023,\n  title = {Learning" in bib
    assert "\n  DOI = {10.1109/iccv51070.2023.00693}," in bib and "\n  url = " not in bib  # the url only repeated the DOI
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    line = page.select_one("li.publication .citation")  # the newest first
    assert "Learning Global-Aware Kernel" in line.get_text() and line.select_one("strong.self").get_text() == "Ada Lovelace"


def test_a_doi_the_site_has_is_not_added_twice_and_a_taken_key_gets_a_letter(make_site, doi_org, capsys):
    site = make_site(
        {
            "content/publications/a.bib": "@misc{Shen_2023, title = {Another}, year = 2023}\n",
            "content/publications/b.bib": "@misc{x, title = {X}, doi = {10.1109/other.1}, year = 2020}\n",
        }
    )
    assert main(["add", "10.1109/ICCV51070.2023.00693", "doi:10.1109/OTHER.1", "--source", str(site)]) == 0
    out = capsys.readouterr().out
    assert "10.1109/OTHER.1: already in b.bib as x; not added again" in out
    assert "added as Shen_2023a" in out and (site / "content/publications/added.bib").exists()  # two .bib files: a new one
    assert main(["add", "10.1109/ICCV51070.2023.00693", "--source", str(site)]) == 0
    assert "already in added.bib as Shen_2023a" in capsys.readouterr().out
    assert len(doi_org) == 1


@pytest.mark.parametrize(
    ("written", "message"),
    [("not-a-doi", "'not-a-doi' is not a DOI"), ("10.1109/missing.404", "doi.org knows no DOI '10.1109/missing.404'")],
)
def test_a_wrong_doi_is_an_error_that_adds_nothing(make_site, doi_org, capsys, written, message):
    site = make_site({})
    assert main(["add", written, "--source", str(site)]) == 1
    assert message in capsys.readouterr().err
    assert not list((site / "content/publications").glob("*.bib")) if (site / "content/publications").exists() else True


def test_no_connection_is_an_error_saying_so(make_site, monkeypatch, capsys):
    monkeypatch.setenv("SITEGEN_DOI_RESOLVER", "http://127.0.0.1:9/")  # nothing listens on the discard port
    site = make_site({})
    assert main(["add", "10.1109/ICCV51070.2023.00693", "--source", str(site)]) == 1
    assert "could not reach doi.org for '10.1109/ICCV51070.2023.00693'" in capsys.readouterr().err


def test_an_orcid_records_works_with_a_doi_are_added_and_the_rest_named(make_site, doi_org, capsys):
    """Its own DOIs only (not the DOI of the book a chapter is part of); a work without one is named."""
    site = make_site({})
    assert main(["add", "--orcid", "https://orcid.org/0000-0002-1825-0097", "--source", str(site)]) == 0
    out = capsys.readouterr().out
    assert "'A talk without a DOI' says too little to be added (no DOI, no title or type); add it by hand" in out
    assert "added as Shen_2023" in out
    asked = [path for path, _ in doi_org]
    assert asked[0] == "/orcid/0000-0002-1825-0097/works"  # then its works, a few at once, in any order
    assert sorted(asked[1:]) == ["/10.1109/ICCV51070.2023.00693", "/10.48550/arXiv.2305.11676"]
    assert doi_org[0][1] == "application/json" and "added as shen2023learning" in out
    assert "@inproceedings{Shen_2023," in (site / "content/publications/added.bib").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("orcid", "message"),
    [("0000-0002-1825-0098", "is not an ORCID iD"), ("0000-0001-5109-3700", "ORCID has no record 0000-0001-5109-3700")],
)
def test_a_wrong_orcid_is_an_error(make_site, doi_org, capsys, orcid, message):
    site = make_site({})
    assert main(["add", "--orcid", orcid, "--source", str(site)]) == 1
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    "written", ["arXiv:2305.11676v2", "https://arxiv.org/abs/2305.11676", "https://arxiv.org/pdf/2305.11676v1.pdf"]
)
def test_an_arxiv_paper_is_added_by_the_doi_arxiv_gives_it(make_site, doi_org, capsys, written):
    """DataCite keys it by its address and adds subject categories: the site gets a Scholar-like key,
    an arxiv field (its [arXiv] button) and none of the categories, which would become filters."""
    site = make_site({})
    assert main(["add", written, "--source", str(site)]) == 0
    assert [path for path, _ in doi_org] == ["/10.48550/arXiv.2305.11676"]
    assert "added as shen2023learning" in capsys.readouterr().out
    bib = (site / "content/publications/added.bib").read_text(encoding="utf-8")
    assert bib.startswith("@misc{shen2023learning,") and "\n  arxiv = {2305.11676}" in bib
    assert all(f"\n  {name} = " not in bib for name in ("url", "keywords", "copyright"))
    build(site)
    buttons = [a.get_text() for a in html(site / "_site/index.html").select("#shen2023learning .pub-link")]
    assert buttons == ["DOI", "arXiv"]


def test_a_records_works_are_asked_a_few_at_once_added_in_its_order_and_a_wrong_doi_on_it_is_said(make_site, doi_org, capsys):
    """doi.org is asked for several at a time (a hundred works in seconds); a DOI it does not know,
    or one that is no DOI, is the record's mistake: said, and the others are added all the same."""
    site = make_site({})
    assert main(["add", "--orcid", "0000-0001-2345-6789", "--source", str(site)]) == 0
    out = capsys.readouterr().out
    assert "ORCID 0000-0001-2345-6789: 'not a doi' is no DOI (the record's may be mistyped); not added" in out
    assert "ORCID 0000-0001-2345-6789: doi.org knows no DOI '10.1000/missing' (the record's DOI may be mistyped)" in out
    bib = (site / "content/publications/added.bib").read_text(encoding="utf-8")
    assert re.findall(r"@article\{(w\d),", bib) == ["w1", "w2", "w3", "w4"]  # the record's order, whatever came first
    assert DoiOrg.in_flight[1] > 1


def test_a_records_works_without_a_doi_are_added_from_the_record_itself(make_site, doi_org, capsys):
    """A hundred at once: the BibTeX the record keeps for a work, else an entry of its fields, its
    author the record's owner when it names none."""
    site = make_site({})
    assert main(["add", "--orcid", "0000-0003-1234-5674", "--source", str(site)]) == 0
    out = capsys.readouterr().out
    assert "ORCID 0000-0003-1234-5674: added as lovelace2021engines (Engines at Work)" in out
    assert "ORCID 0000-0003-1234-5674: added as lovelace2019analytical (On the Analytical Engine)" in out
    bib = (site / "content/publications/added.bib").read_text(encoding="utf-8")
    thesis = bib[bib.index("@phdthesis{lovelace2019analytical,") :]
    for line in ("author = {Lovelace, Ada}", "school = {University of London}", "year = {2019}", "month = {6}"):
        assert line in thesis
    assert [w.message for w in build(site).warnings] == []
    page = html(site / "_site/index.html")
    assert (
        "On the Analytical Engine. PhD thesis, University of London, 2019."
        in page.find("li", id="lovelace2019analytical").get_text()
    )
    assert [path for path, _ in doi_org][-2:] == ["/orcid/0000-0003-1234-5674/person", "/orcid/0000-0003-1234-5674/works/101,102"]


def test_no_connection_to_doi_org_stops_a_record_s_works_too(make_site, doi_org, monkeypatch, capsys):
    """A DOI doi.org does not know is the record's mistake and is passed over; doi.org out of reach is
    no mistake of the record's, and nothing would come: an error, as for a DOI given by hand."""
    monkeypatch.setenv("SITEGEN_DOI_RESOLVER", "http://127.0.0.1:9/")  # nothing listens on the discard port
    site = make_site({})
    assert main(["add", "--orcid", "0000-0001-2345-6789", "--source", str(site)]) == 1
    assert "could not reach doi.org for '10.1000/w1'" in capsys.readouterr().err


def test_orcid_without_an_id_takes_the_owner_s_profile_link(make_site, doi_org, capsys):
    owner = "---\nname: Ada Lovelace\nlinks:\n  orcid: 0000-0002-1825-0097\n---\n"
    site = make_site({"content/people/ada.md": owner})
    assert main(["add", "--source", str(site), "--orcid"]) == 0
    assert "added as Shen_2023" in capsys.readouterr().out
    assert doi_org[0][0] == "/orcid/0000-0002-1825-0097/works"
    bare = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\n---\n"})
    assert main(["add", "--source", str(bare), "--dblp"]) == 1
    err = capsys.readouterr().err
    assert "--dblp without a value takes the owner's dblp link, and Ada Lovelace's profile has no dblp link" in err
