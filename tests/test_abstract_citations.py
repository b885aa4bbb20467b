"""`\\cite` and its kin in an abstract (cite.AbstractCitations): a work of the site is named and
linked where it is cited; a key of no entry is left out, and a warning when the sentence needs it."""

from __future__ import annotations

import json

import pytest
from conftest import build, html

from sitegen.build import Builder

CITED = """\
@article{lovelace2022, title={Notes on the Engine}, journal={J}, year=2022, author={Lovelace, Ada and Babbage, Charles}}
@article{lovelace2022b, title={Tables}, journal={J}, year=2022, author={Lovelace, Ada and Babbage, Charles}}
"""


def citing(abstract: str, title: str = "Citing") -> str:
    return f"@article{{citing, title={{{title}}}, journal={{J}}, year=2024, author={{Lovelace, Ada}}, abstract={{{abstract}}}}}\n"


@pytest.mark.parametrize(
    ("latex", "shown"),
    [
        (r"We extend our work \cite{lovelace2022}.", "We extend our work (Lovelace and Babbage, 2022)."),
        (r"As in~\citet{lovelace2022}, we build.", "As in Lovelace and Babbage (2022), we build."),
        (r"Known \citep[see][p.~3]{lovelace2022}.", "Known (see Lovelace and Babbage, 2022, p. 3)."),
        (r"Known \citep[ch.~2]{lovelace2022}.", "Known (Lovelace and Babbage, 2022, ch. 2)."),
        (r"Both \parencite{lovelace2022,lovelace2022b}.", "Both (Lovelace and Babbage, 2022a; Lovelace and Babbage, 2022b)."),
        (r"\citeauthor{lovelace2022} in \citeyear{lovelace2022}.", "Lovelace and Babbage in 2022."),
        (
            r"Outside work~\cite{smith1990}, ours \cite{smith1990,lovelace2022}.",
            "Outside work, ours (Lovelace and Babbage, 2022).",
        ),
        (r"By key case \textcite{Lovelace2022}.", "By key case Lovelace and Babbage (2022)."),
        (r"We do x, \cite{smith1990}, and y.", "We do x, and y."),  # not "x,, and y"
        (r"Never \nocite{lovelace2022}shown.", "Never shown."),
    ],
)
def test_a_citation_in_an_abstract_names_the_site_s_entry_and_links_to_it(make_site, latex, shown):
    site = make_site({"content/publications/refs.bib": CITED + citing(latex)})
    assert [w.message for w in build(site).warnings] == []
    abstract = html(site / "_site/publications/citing/index.html").select_one(".abstract")
    assert abstract.get_text().replace("\xa0", " ") == shown
    cited = {a["href"] for a in abstract.select("a.citation-link")}
    assert cited <= {"/publications/lovelace2022/", "/publications/lovelace2022b/"} and bool(cited) == ("Lovelace" in shown)
    description = html(site / "_site/publications/citing/index.html").select_one("meta[name=description]")["content"]
    assert description.replace("\xa0", " ") == shown  # the text form too: no marker left in it


def test_a_citation_in_the_sentence_of_no_entry_is_a_warning(make_site):
    site = make_site({"content/publications/refs.bib": CITED + citing(r"As shown by \citet{smith1990}, it works.")})
    [warning] = build(site).warnings
    assert warning.message.startswith("\\citet{smith1990} in the abstract of 'citing' cites no entry of the site")
    assert warning.line == 3
    assert html(site / "_site/publications/citing/index.html").select_one(".abstract").get_text() == "As shown by, it works."


@pytest.mark.parametrize("field", ["note", "addendum"])
def test_a_note_s_citation_names_the_site_s_entry_and_one_of_no_entry_is_a_warning(make_site, field):
    """ "Extended version of \\cite{...}": a note's keys are the site's own, so a key of no entry is
    a warning (a misspelt key), not a reference of the paper's own left out."""
    extended = (
        f"@article{{citing, title={{Longer}}, journal={{J}}, year=2024, author={{Lovelace, Ada}},\n"
        f"  {field}={{Extended version of~\\cite{{lovelace2022}}; see also \\cite{{lovelace2021}}, and more}}}}\n"
    )
    site = make_site({"content/publications/refs.bib": CITED + extended})
    assert [(w.line, w.message) for w in build(site).warnings] == [
        (3, f"\\cite{{lovelace2021}} in the {field} of 'citing' cites no entry of the site, so it is left out: fix the key, "
         "or add its entry to a .bib file")
    ]  # fmt: skip
    for page in ("publications/index.html", "publications/citing/index.html"):
        [entry] = [li for li in html(site / "_site" / page).select("li") if "Longer" in li.get_text()]
        citation = " ".join(entry.select_one(".citation").get_text().split())
        assert "Extended version of (Lovelace and Babbage, 2022); see also, and more." in citation.replace("\xa0", " "), page
        assert [a["href"] for a in entry.select(".citation a.citation-link")] == ["/publications/lovelace2022/"]
        assert not any("\ue000" <= char <= "\uf8ff" for char in entry.get_text())  # no marker left
    [item] = [item for item in json.loads((site / "_site/publications.json").read_text()) if item["id"] == "citing"]
    written = "Extended version of (Lovelace and Babbage, 2022); see also, and more"
    assert item.get("note", written).replace("\xa0", " ") == written  # CSL-JSON's (which has no addendum)


def test_a_cross_reference_of_the_paper_shows_as_latex_shows_it_and_is_a_warning_at_the_entry(make_site):
    """A label is the paper's, so its number is unknown here: "see Section~\\ref{x}" read "see
    Section ." unsaid; it reads as LaTeX's unresolved reference, and the warning says to reword."""
    again = "@misc{again, title={Again}, year=2024, author={Lovelace, Ada}, abstract={See \\ref{x}.}}\n"
    abstract = r"As Section~\ref{sec:method} and Eq.~\eqref{eq:loss} show,\label{abs} \cref{fig:a} holds."
    site = make_site({"content/publications/refs.bib": CITED + citing(abstract) + again})
    said = [(w.line, w.message.split(" (")[0]) for w in build(site).warnings]
    assert said == [
        (3, "\\ref, \\eqref, \\cref in entry 'citing' refer to labels in the paper, which the site cannot number"),
        (4, "\\ref in entry 'again' refers to a label in the paper, which the site cannot number"),
    ]
    shown = html(site / "_site/publications/citing/index.html").select_one(".abstract").get_text()
    assert shown.replace("\xa0", " ") == "As Section ?? and Eq. (??) show, ?? holds."


def test_a_citation_elsewhere_than_the_abstract_is_left_out(make_site):
    site = make_site({"content/publications/refs.bib": CITED + citing("Plain.", title=r"Beyond \cite{lovelace2022} Engines")})
    build(site)
    page = html(site / "_site/publications/citing/index.html")
    assert page.select_one("h1").get_text() == "Beyond Engines"
    assert not any("\ue000" <= char <= "\uf8ff" for char in page.get_text())


def test_a_cited_entry_s_new_authors_show_in_the_citing_abstract_and_an_edit_elsewhere_keeps_it(make_site):
    """`serve`'s caches know publications by identity: the citing entry is the same object until
    it or a work it cites changes."""
    other = "@article{other, title={Other}, journal={J}, year=2019, author={Lovelace, Ada}}\n"
    bib = CITED + citing(r"After \cite{lovelace2022}.") + other
    site = make_site({"content/publications/refs.bib": bib})
    builder = Builder(site, in_place=True)
    before = {pub.key: pub for pub in builder.load()[1].publications}
    (site / "content/publications/refs.bib").write_text(bib.replace("2019", "2018"))
    after = {pub.key: pub for pub in builder.load()[1].publications}
    assert after["citing"] is before["citing"] and after["other"] is not before["other"]
    (site / "content/publications/refs.bib").write_text(bib.replace("Lovelace, Ada and Babbage", "Somerville, Mary and Babbage"))
    again = {pub.key: pub for pub in builder.load()[1].publications}
    assert again["citing"].abstract.text == "After (Somerville and Babbage, 2022)."
    assert again["citing"].fingerprint != after["citing"].fingerprint
