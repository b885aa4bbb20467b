"""Entries written without a title (physicists' APS-style ones, whose journals print none) are
listed without one, as BibTeX's styles list them; their pages are named by where they are
("Phys. Rev. 94, 262 (1954)"), and a "Details" button leads there. Search engines are not told
a made-up title."""

from __future__ import annotations

import json

from conftest import build, html, publications_from

from sitegen.citation import format_citation

# REVTeX's apssamp.bib, as APS's authors write their .bib files
APS = r"""
@ARTICLE{feyn54, author = "R. P. Feynman", year = "1954", journal = "Phys.\ Rev.", volume = "94", pages = "262"}
@ARTICLE{epr, author = "A. Einstein and B. Podolsky and N. Rosen", year = "1935", journal = "Phys.\ Rev.",
  volume = "47", pages = "777--780"}
@MISC{witten2001, author = "Edward Witten", eprint = "hep-th/0106109"}
@inbook{kohlmeyer1983, author = {Kohlmeyer, Kristina}, booktitle = {Tall Halaf III}, pages = {12--15}, date = {1983}}
@misc{bare, author = {Ada Lovelace}, year = 2020}
@article{titled, author = {Ada Lovelace}, title = {Notes}, journal = {Phys.\ Rev.}, volume = 94, pages = 262, year = 1954}
"""


def _by_key(text: str):
    publications, report = publications_from(text)
    return {pub.key: pub for pub in publications}, report


def test_an_entry_without_a_title_is_listed_named_by_where_it_is():
    pubs, report = _by_key(APS)
    assert pubs["feyn54"].untitled and pubs["feyn54"].title.text == "Phys. Rev. 94, 262 (1954)"
    assert pubs["epr"].title.text == "Phys. Rev. 47, 777–780 (1935)"
    assert pubs["witten2001"].title.text == "arXiv:hep-th/0106109"  # an arXiv identifier needs no archivePrefix
    assert pubs["kohlmeyer1983"].title.text == "Tall Halaf III, 12–15 (1983)"  # a catalogue entry in a book
    assert "bare" not in pubs  # nothing to name it by: skipped, as before
    assert not pubs["titled"].untitled and pubs["titled"].title.text == "Notes"
    text = "\n".join(str(warning) for warning in report.warnings)
    assert (
        "refs.bib:2: warning: entry 'feyn54' has no title; it is listed without one, its page named "
        "'Phys. Rev. 94, 262 (1954)'" in text
    )
    assert "entry 'bare' has no title; it is skipped (add a title field)" in text


def test_its_citation_shows_no_title():
    pubs, _ = _by_key(APS)
    assert format_citation(pubs["feyn54"], title_url="/p/") == "R. P. Feynman. Phys. Rev., 94:262, 1954."
    assert format_citation(pubs["witten2001"], title_url="/p/") == "Edward Witten. arXiv preprint arXiv:hep-th/0106109."


def test_its_page_is_named_by_where_it_is_and_a_details_button_leads_there(make_site):
    site = make_site({"content/publications/refs.bib": APS})
    warnings = build(site).warnings
    assert any("'feyn54' has no title; it is listed without one" in str(warning) for warning in warnings)
    item = html(site / "_site/publications/index.html").select_one("li#feyn54")
    assert " ".join(item.select_one(".citation").get_text().split()) == "R. P. Feynman. Phys. Rev., 94:262, 1954."
    [details] = item.select("a.pub-link-details")
    assert (details.get_text(), details["href"]) == ("Details", "/publications/feyn54/")
    titled = html(site / "_site/publications/index.html").select_one("li#titled")
    assert titled.select_one("a.pub-title")["href"] == "/publications/titled/" and not titled.select("a.pub-link-details")

    page = html(site / "_site/publications/feyn54/index.html")
    assert page.h1.get_text() == "Phys. Rev. 94, 262 (1954)"
    assert page.title.get_text().startswith("Phys. Rev. 94, 262 (1954)")
    assert not page.select("a.pub-link-details")  # on its own page, no button to itself
    assert not page.select('meta[name^="citation_"]')  # Scholar would list the made-up name as the paper's title
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert "headline" not in data and "name" not in data
    assert data["author"] == [{"@type": "Person", "name": "R. P. Feynman"}]


def test_a_csl_style_cites_it_without_a_title(make_site):
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\npublications:\n  style: american-physics-society\n",
            "content/publications/refs.bib": APS,
        }
    )
    build(site)
    page = html(site / "_site/publications/index.html")
    citation = " ".join(page.select_one("li#feyn54 .citation").get_text().split())
    assert citation == "R. P. Feynman, Phys. Rev. 94, 262 (1954)."
    assert page.select_one("li#feyn54 a.pub-link-details")["href"] == "/publications/feyn54/"


def test_a_book_or_proceedings_written_with_a_booktitle_alone_is_titled_by_it():
    """As its papers name it (ieeepes' "Publication Guide", a @proceedings copied from its papers):
    its type shows no booktitle, so its citation named nothing; a part keeps its booktitle."""
    pubs, report = _by_key(
        "@proceedings{p, booktitle={Proceedings of the 1991 Power Engineering Conference}, year=1991}\n"
        "@manual{m, booktitle={ieeepes Publication Guide}, publisher={IEEE}, year=1995}\n"
        "@inproceedings{a, author={A B}, booktitle={Proceedings of X}, pages={1--2}, year=1991}"
    )
    assert pubs["p"].title.text == "Proceedings of the 1991 Power Engineering Conference" and not pubs["p"].untitled
    assert format_citation(pubs["m"]) == "ieeepes Publication Guide. IEEE, 1995."
    assert pubs["a"].untitled and pubs["a"].title.text == "Proceedings of X, 1–2 (1991)"
    text = "\n".join(str(warning) for warning in report.warnings)
    assert "refs.bib:1: warning: entry 'p' has a booktitle but no title; its booktitle is shown as its title" in text
    assert "entry 'a' has no title; it is listed without one" in text


def test_an_untitled_entry_is_named_with_its_year_however_its_date_is_written():
    """Named with the year the entry is dated by (`_date`): an EndNote date named it with none."""
    pubs, _ = _by_key("@article{a, author={A B}, journal={Phys. Rev.}, volume={94}, pages={262}, date={October 30, 1954}}")
    assert pubs["a"].title.text == "Phys. Rev. 94, 262 (1954)"
