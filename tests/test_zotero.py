"""`sitegen add --zotero LIBRARY`: a lab's Zotero group library (here a local stand-in for Zotero's
web API) merged into the site's .bib, page by page; what the site has is not added again."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import StandIn, build, html, serving

from sitegen import zotero
from sitegen.cli import main
from sitegen.errors import SitegenError


def item(key: str, title: str, year: int, doi: str = "") -> str:
    """An item as Zotero's BibTeX export writes it (tab-indented, a trailing comma)."""
    found = f"\tdoi = {{{doi}}},\n" if doi else ""
    return (
        f"\n@article{{{key},\n\ttitle = {{{title}}},\n{found}\tjournal = {{Journal of Engines}},\n"
        f"\tauthor = {{Lovelace, Ada and Babbage, Charles}},\n\tyear = {{{year}}},\n\tkeywords = {{engines}},\n}}\n"
    )


ITEMS = [
    item("lovelace_notes_1843", "Notes on the {Analytical} {Engine}", 2023, "10.1000/notes"),
    item("lovelace_tables_2022", "Tables of {Bernoulli} Numbers", 2022),
    item("lovelace_had_2021", "A Paper the Site Has", 2021, "10.1000/had"),
]
HAD = "@article{had2021, title = {A paper the site has}, author = {Lovelace, Ada}, journal = {J}, year = {2021}, doi = {10.1000/HAD}}\n"


class Zotero(StandIn):
    """Zotero's web API: /groups/2189416/items/top in pages of `limit`, with Total-Results."""

    asked: ClassVar[list[tuple[str, dict[str, str]]]] = []
    counted: ClassVar[bool] = True

    def do_GET(self):
        address = urlsplit(self.path)
        query = {name: values[0] for name, values in parse_qs(address.query).items()}
        Zotero.asked.append((self.path, {name: self.headers.get(name, "") for name in ("Zotero-API-Version", "Zotero-API-Key")}))
        if address.path.startswith("/groups/1/"):
            self.send_error(403)
            return
        if address.path not in ("/groups/2189416/items/top", "/groups/2189416/collections/ABCD1234/items/top"):
            self.send_error(404)
            return
        start, limit = int(query["start"]), int(query["limit"])
        body = "".join(ITEMS[start : start + limit]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-bibtex")
        if Zotero.counted:
            self.send_header("Total-Results", str(len(ITEMS)))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def zotero_org(monkeypatch):
    with serving(Zotero) as address:
        monkeypatch.setenv("SITEGEN_ZOTERO", address)
        monkeypatch.delenv("ZOTERO_API_KEY", raising=False)
        monkeypatch.setattr(zotero, "PAGE", 2)
        Zotero.asked, Zotero.counted = [], True
        yield Zotero


@pytest.mark.parametrize("counted", [True, False])  # without Total-Results: pages are asked for while they come full
def test_a_group_library_is_added_page_by_page_and_again_adds_nothing(make_site, zotero_org, capsys, counted):
    zotero_org.counted = counted
    site = make_site({"content/publications/refs.bib": HAD})
    assert main(["add", "--zotero", "https://www.zotero.org/groups/2189416/engine_lab", "--source", str(site)]) == 0
    assert [path for path, _ in zotero_org.asked] == [
        "/groups/2189416/items/top?format=bibtex&limit=2&start=0",
        "/groups/2189416/items/top?format=bibtex&limit=2&start=2",
    ]
    assert all(headers == {"Zotero-API-Version": "3", "Zotero-API-Key": ""} for _, headers in zotero_org.asked)
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[0] for line in out[:2]] == [
        "Zotero groups/2189416: added as lovelace_notes_1843",  # Zotero's keys kept
        "Zotero groups/2189416: added as lovelace_tables_2022",
    ]
    assert out[2].startswith("Zotero groups/2189416: 2 added; not added: 1 the site has already")
    build(site)
    listed = [li["id"] for li in html(site / "_site/index.html").select("li.publication")]
    assert listed == ["lovelace-notes-1843", "lovelace-tables-2022", "had2021"]  # anchors of the keys

    assert main(["add", "--zotero", "groups/2189416", "--source", str(site)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Zotero groups/2189416: 0 added; not added: 3 the site has")


def test_a_collection_and_a_private_librarys_key_are_asked_for(make_site, zotero_org, monkeypatch, capsys):
    monkeypatch.setenv("ZOTERO_API_KEY", "k3y")
    site = make_site({})
    address = "https://www.zotero.org/groups/2189416/engine_lab/collections/ABCD1234/items/XYZ/item-list"
    assert main(["add", "--zotero", address, "--source", str(site)]) == 0
    path, headers = zotero_org.asked[0]
    assert path.startswith("/groups/2189416/collections/ABCD1234/items/top?") and headers["Zotero-API-Key"] == "k3y"

    assert main(["add", "--zotero", "groups/1", "--source", str(site)]) == 1
    assert "Zotero refuses to show groups/1: it is private. Create a key with read access" in capsys.readouterr().err


@pytest.mark.parametrize("written", ["https://www.zotero.org/ada", "engine_lab", "https://example.org/groups/1"])
def test_what_is_no_zotero_library_is_an_error_before_anything_is_fetched(make_site, zotero_org, capsys, written):
    site = make_site({})
    assert main(["add", "--zotero", written, "--source", str(site)]) == 1
    assert "is not a Zotero library: copy the address of the group's page" in capsys.readouterr().err
    assert zotero_org.asked == []


def test_a_library_zotero_does_not_know_is_an_error_that_adds_nothing(make_site, zotero_org, capsys):
    site = make_site({})
    assert main(["add", "--zotero", "groups/999", "--source", str(site)]) == 1
    assert "Zotero has no library or collection groups/999" in capsys.readouterr().err
    assert not (site / "content/publications/added.bib").exists()


def test_a_personal_library_is_named_by_its_user_id():
    assert str(zotero.library("users/475425/collections/abcd1234")) == "users/475425/collections/ABCD1234"
    with pytest.raises(SitegenError, match="a personal library is users/<your user ID>"):
        zotero.library("https://www.zotero.org/ada")
