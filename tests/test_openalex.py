"""`sitegen add --openalex AUTHOR`: a researcher's works from OpenAlex (here a local stand-in for its
API), paged by cursor, each an entry with what doi.org's BibTeX lacks (abstract, PubMed, arXiv),
merged into the site's .bib without what it has."""

from __future__ import annotations

import json
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import StandIn, build, html, serving

from sitegen import doi, openalex
from sitegen.cli import main
from sitegen.errors import SitegenError

PAPER = {
    "id": "https://openalex.org/W2741809807",
    "doi": "https://doi.org/10.7717/peerj.4375",
    "title": "The state of <i>open</i> access: a large-scale analysis of R&amp;D",
    "publication_year": 2018,
    "publication_date": "2018-02-13",
    "type": "article",
    "primary_location": {"source": {"display_name": "PeerJ", "type": "journal"}},
    "authorships": [{"author": {"display_name": "Ada Lovelace"}}, {"author": {"display_name": "Jason Priem"}}],
    "biblio": {"volume": "6", "issue": None, "first_page": "e4375", "last_page": "e4375"},
    "ids": {"pmid": "https://pubmed.ncbi.nlm.nih.gov/29456894", "pmcid": "https://www.ncbi.nlm.nih.gov/pmc/articles/5815332"},
    "locations": [
        {"landing_page_url": "https://doi.org/10.7717/peerj.4375"},
        {"landing_page_url": "https://arxiv.org/abs/1705.09321v2"},
    ],
    "abstract_inverted_index": {
        "Abstract": [0],
        "Despite": [1],
        "growing": [2],
        "interest,": [3],
        "50%": [4],
        "are": [5],
        "open.": [6],
    },
}
TALK = {
    "id": "https://openalex.org/W4",
    "title": "Engines in {conference} proceedings",
    "publication_year": 2021,
    "type": "article",
    "primary_location": {"source": {"display_name": "Proc. of the Engine Conference", "type": "conference"}},
    "authorships": [{"author": {"display_name": "Ada Lovelace"}}],
    "biblio": {"first_page": "10", "last_page": "19"},
}
PREPRINT = {
    "id": "https://openalex.org/W6",
    "title": "Engines that dream",
    "publication_year": 2024,
    "type": "preprint",
    "primary_location": {"source": {"display_name": "arXiv (Cornell University)", "type": "repository"}},
    "authorships": [{"author": {"display_name": "Ada Lovelace"}}],
    "locations": [{"landing_page_url": "https://arxiv.org/abs/2401.00001"}],
}
HAD = {**PAPER, "id": "https://openalex.org/W3", "doi": "https://doi.org/10.1000/HAD", "title": "A paper the site has"}
ERRATUM = {**PAPER, "id": "https://openalex.org/W5", "type": "erratum", "title": "Correction to: The state"}
PAGES = {"*": ([PAPER, ERRATUM], "c2"), "c2": ([TALK, HAD, PREPRINT], "c3"), "c3": ([], None)}
SITE_BIB = "@article{had2019, title = {A Paper the Site Has}, author = {Lovelace, Ada}, journal = {J}, year = {2019}, doi = {10.1000/had}}\n"


class OpenAlex(StandIn):
    asked: ClassVar[list[dict[str, str]]] = []

    def do_GET(self):
        address = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(address.query).items()}
        OpenAlex.asked.append(query)
        if address.path != "/works" or query.get("filter") not in ("author.id:A5023888391", "author.orcid:0000-0002-1825-0097"):
            self.send_error(404)
            return
        results, following = PAGES[query["cursor"]]
        self.answer(json.dumps({"meta": {"next_cursor": following}, "results": results}).encode(), "application/json")


@pytest.fixture
def openalex_org(monkeypatch):
    with serving(OpenAlex) as address:
        monkeypatch.setenv("SITEGEN_OPENALEX", address)
        OpenAlex.asked = []
        yield OpenAlex.asked


def test_an_authors_works_are_added_with_their_abstracts_and_identifiers(make_site, openalex_org, capsys):
    site = make_site({"content/publications/refs.bib": SITE_BIB})
    assert main(["add", "--openalex", "https://openalex.org/A5023888391", "--source", str(site)]) == 0
    assert [(asked["cursor"], asked["per-page"]) for asked in openalex_org] == [("*", "200"), ("c2", "200"), ("c3", "200")]
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[0] for line in out[:3]] == [
        "OpenAlex A5023888391: added as lovelace2018state",
        "OpenAlex A5023888391: added as lovelace2021engines",
        "OpenAlex A5023888391: added as lovelace2024engines",
    ]
    assert out[3].startswith("OpenAlex A5023888391: 3 added; not added: 1 the site has already")
    assert out[4] == "OpenAlex A5023888391: 1 corrections, notices, front matter or reviews not added"
    bib = (site / "content/publications/refs.bib").read_text(encoding="utf-8")
    assert "Correction to" not in bib and "pages = {e4375}" in bib and "pages = {10--19}" in bib
    assert "howpublished = {arXiv}" in bib and "arxiv = {2401.00001}" in bib  # not "arXiv (Cornell University)"

    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    paper = page.select_one("#lovelace2018state")
    assert (
        paper.select_one(".pub-title").decode_contents() == "The state of <em>open</em> access: a large-scale analysis of R&amp;D"
    )
    assert paper.select_one(".abstract").get_text() == "Despite growing interest, 50% are open."
    assert [a.get_text() for a in paper.select(".pub-link")] == ["DOI", "arXiv", "PubMed", "PMC"]
    assert "In Proc. of the Engine Conference, pages 10–19, 2021." in page.select_one("#lovelace2021engines .citation").get_text()

    assert main(["add", "--openalex", "A5023888391", "--source", str(site)]) == 0  # again: nothing new
    assert "0 added; not added: 4 the site has already" in capsys.readouterr().out


@pytest.mark.parametrize("written", ["Ada Lovelace", "https://openalex.org/W2741809807", "engine-lab"])
def test_what_is_no_openalex_author_is_an_error_before_anything_is_fetched(make_site, openalex_org, capsys, written):
    site = make_site({})
    assert main(["add", "--openalex", written, "--source", str(site)]) == 1
    assert "is not an OpenAlex author: search for yourself at https://openalex.org" in capsys.readouterr().err
    assert openalex_org == []


def test_an_author_openalex_does_not_know_is_an_error_that_adds_nothing(make_site, openalex_org, capsys):
    site = make_site({})
    assert main(["add", "--openalex", "A9999999999", "--source", str(site)]) == 1
    assert "OpenAlex has no author A9999999999" in capsys.readouterr().err
    assert not (site / "content/publications/added.bib").exists()


def test_an_author_is_named_by_the_address_of_their_page_or_their_id():
    assert openalex.author("https://api.openalex.org/authors/a5023888391/") == "A5023888391"
    assert openalex.author("A5023888391") == "A5023888391"


@pytest.mark.parametrize("answer", ["<html>Service unavailable</html>", "[1, 2]"])
def test_an_answer_that_is_no_json_object_is_an_error_saying_whose(monkeypatch, answer):
    monkeypatch.setattr(doi, "get_text", lambda *args: answer)
    with pytest.raises(SitegenError, match="OpenAlex's answer for A5023888391 was not what it should be; try again later"):
        openalex.fetch("A5023888391")


def test_without_a_value_the_owners_openalex_link_is_taken(make_site, openalex_org, capsys):
    person = "---\nname: Ada Lovelace\nlinks:\n  openalex: A5023888391\n---\n"
    site = make_site({"content/people/ada.md": person})
    assert main(["add", "--openalex", "--source", str(site)]) == 0
    assert openalex_org[0]["filter"] == "author.id:A5023888391"
    build(site)
    profile = html(site / "_site/index.html")
    assert profile.select_one('a[href="https://openalex.org/A5023888391"]').get_text(strip=True) == "OpenAlex"


def test_an_orcid_id_finds_the_authors_works_and_a_key_is_sent(make_site, openalex_org, monkeypatch, capsys):
    monkeypatch.setenv("OPENALEX_API_KEY", "k3y")
    site = make_site({})
    assert main(["add", "--openalex", "https://orcid.org/0000-0002-1825-0097", "--source", str(site)]) == 0
    assert openalex_org[0]["filter"] == "author.orcid:0000-0002-1825-0097" and openalex_org[0]["api_key"] == "k3y"
    assert "OpenAlex 0000-0002-1825-0097: added as lovelace2018state" in capsys.readouterr().out
    assert main(["add", "--openalex", "0000-0002-1825-0098", "--source", str(site)]) == 1  # its check digit is wrong
    assert "is not an ORCID iD" in capsys.readouterr().err
