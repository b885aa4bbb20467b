"""Real exports load cleanly: Zotero, Google Scholar, DBLP and JabRef each have their habits."""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import publications_from

from sitegen.bibtex import read_bib_text
from sitegen.citation import format_citation
from sitegen.csl import csl_item, csl_json
from sitegen.errors import Report

EXPORTS = Path(__file__).parent / "data" / "exports"


def load(name: str):
    report = Report()
    path = EXPORTS / name
    publications, _ = publications_from(read_bib_text(path, report), names=(str(path),), report=report)
    return {pub.key: pub for pub in publications}, report


def citation(pub) -> str:
    return BeautifulSoup(format_citation(pub), "html.parser").get_text()


@pytest.mark.parametrize(
    "name", ["zotero.bib", "scholar.bib", "dblp.bib", "jabref.bib", "ads.bib", "mathscinet.bib", "hal.bib", "crossref.bib"]
)
def test_exports_load_without_warnings(name):
    pubs, report = load(name)
    assert pubs
    assert report.warnings == []
    for pub in pubs.values():
        for noise in (
            "file =",
            "urldate",
            "timestamp",
            "biburl",
            "bibsource",
            "owner =",
            "groups =",
            "ranking",
            "adsnote",
            "comment",
        ):
            assert noise not in pub.bibtex
        json.dumps(csl_item(pub))


def test_zotero():
    pubs, _ = load("zotero.bib")
    attention = pubs["vaswani_attention_2017"]
    assert attention.title.text == "Attention Is All You Need"
    assert attention.authors[6].display == "Łukasz Kaiser"
    assert attention.keywords == ("transformers", "attention")
    resnet = pubs["he_deep_2015"]
    assert resnet.kind == "preprint"
    assert resnet.month == 12
    assert [link.kind for link in resnet.links] == ["doi", "arxiv"]  # its url is the arXiv page


def test_google_scholar():
    pubs, _ = load("scholar.bib")
    assert citation(pubs["lecun2015deep"]) == (
        "Yann LeCun, Yoshua Bengio, and Geoffrey Hinton. Deep learning. Nature, 521(7553):436–444, 2015."
    )  # Scholar's "nature", and its venues in sentence case, as the venue writes its name
    assert citation(pubs["he2016deep"]).startswith(
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning for image recognition. "
        "In Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition, pages 770–778, 2016."
    )
    assert "booktitle = {Proceedings of the IEEE Conference on Computer Vision" in pubs["he2016deep"].bibtex
    assert pubs["shen2023learning"].kind == "preprint"
    # the identifier in Scholar's venue, "arXiv preprint arXiv:2305.11676", is the [arXiv] button
    assert [(link.label, link.url) for link in pubs["shen2023learning"].links] == [("arXiv", "https://arxiv.org/abs/2305.11676")]
    assert pubs["he2016deep"].kind == "conference"
    assert csl_item(pubs["shen2023learning"])["type"] == "article"


def test_a_csl_item_has_a_reports_number_a_talks_howpublished_a_patents_kind_and_a_books_series_number():
    pubs, _ = publications_from(
        "@techreport{tr, title={T}, institution={MIT}, number={TR-7}, year=2020}\n"
        "@article{art, title={T}, journal={J}, number={7}, year=2020}\n"
        "@misc{talk, title={T}, howpublished={Invited talk, ICML}, year=2020}\n"
        "@patent{pat, title={T}, number={11,234,567}, type={patentus}, year=2021}\n"
        "@book{lncs, title={T}, series={LNCS}, number={545}, year=2020}\n"
        "@phdthesis{phd, title={T}, school={U}, number={2918}, year=2020}\n"
    )
    order = "tr art talk pat lncs phd".split()
    tr, art, talk, pat, lncs, phd = (csl_item(pub) for pub in sorted(pubs, key=lambda pub: order.index(pub.key)))
    assert (tr.get("number"), "issue" in tr, art.get("issue"), "number" in art) == ("TR-7", False, "7", False)
    # a book's number is its number in the series, a thesis's its own (ProQuest's): neither an issue
    assert (lncs.get("collection-number"), phd.get("number"), "issue" in lncs or "issue" in phd) == ("545", "2918", False)
    assert talk["publisher"] == "Invited talk, ICML"
    assert (pat["number"], pat["genre"]) == ("11,234,567", "U.S. patent")  # biblatex's key as its words


def test_a_family_name_braced_whole_is_not_parsed_again_for_a_particle():
    """ADS braces every family name (`{van der Berg}, Anna`): to BibTeX the family name is whole, and
    so it is to citeproc-js (Zotero), told by "parse-names"; "van der Berg, Anna" has the particle."""
    pubs, _ = publications_from(
        "@article{braced, author={{van der Berg}, Anna}, title={T}, journal={J}, year=2019}\n"
        "@article{plain, author={van der Berg, Anna}, title={T}, journal={J}, year=2019}\n"
    )
    items = {pub.key: csl_item(pub) for pub in pubs}
    assert items["braced"]["author"] == [{"family": "van der Berg", "given": "Anna", "parse-names": False}]
    assert items["plain"]["author"] == [{"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"}]


def test_a_translated_works_translators_are_in_its_csl_item():
    pubs, _ = publications_from(
        "@book{k, author={Maron, Monika}, title={Animal Triste}, translator={Goldstein, Brigitte and Ito, Ed}, year=2000}"
    )
    assert csl_item(pubs[0])["translator"] == [{"family": "Goldstein", "given": "Brigitte"}, {"family": "Ito", "given": "Ed"}]
    assert [name.family for name in pubs[0].translators] == ["Goldstein", "Ito"]


def test_a_csl_item_of_a_conference_paper_has_the_place_of_the_event_and_of_the_publisher():
    pubs, _ = publications_from(
        "@inproceedings{k, title={T}, booktitle={Proc.}, eventtitle={X 2026}, venue={Online}, location={New York, NY}, year=2026}"
    )
    item = csl_item(pubs[0])
    assert (item["event-title"], item["event-place"], item["publisher-place"]) == ("X 2026", "Online", "New York, NY")


def test_a_talk_given_at_an_event_is_a_csl_speech():
    """Zotero's presentation, exported as an @unpublished (or written as a @misc) with its meeting:
    a "manuscript" was "[Unpublished manuscript]" in APA, and IEEE did not say where it was given."""
    pubs, _ = publications_from(
        "@unpublished{talk, title={T}, type={Invited talk}, eventtitle={ICML}, venue={Vienna}, date={2024-07-22}}\n"
        "@unpublished{draft, title={U}, date={2024}}\n"
    )
    talk, draft = (csl_item(pub) for pub in sorted(pubs, key=lambda pub: pub.key, reverse=True))
    assert (talk["type"], talk["event-title"], talk["event-place"], talk["genre"]) == ("speech", "ICML", "Vienna", "Invited talk")
    assert draft["type"] == "manuscript"


def test_a_volume_of_a_multivolume_work_is_in_it_as_in_a_series_in_csl():
    """citeproc-py has no `volume-title`: the work (biblatex's `maintitle`, an @mvbook's title) is
    the series the volume is in, "Vol. 3. Histoire du christianisme" in Chicago's style; it was the
    volume's `container-title` (taken as a booktitle through crossref), which APA wrote as the
    book of a chapter ("In L. Pietri (Ed.), Histoire du christianisme"). A series of its own wins."""
    pubs, _ = publications_from(
        "@mvbook{set, title={Histoire du christianisme}, publisher={Desclée}, year=1992}\n"
        "@book{vol, title={Les Églises d'Orient}, volume=3, crossref={set}, year=1998}\n"
        "@book{lncs, title={T}, maintitle={Collected Works}, series={LNCS}, volume=3, year=1998}\n"
    )
    items = {pub.key: csl_item(pub) for pub in pubs}
    assert (items["vol"]["collection-title"], items["vol"]["volume"]) == ("Histoire du christianisme", "3")
    assert "container-title" not in items["vol"]
    assert items["lncs"]["collection-title"] == "LNCS"


def test_a_multivolume_works_number_of_volumes_is_in_its_csl_item_and_a_volume_says_only_its_own():
    pubs, _ = publications_from(
        "@mvbook{set, title={W}, volumes={5}, publisher={P}, year=1990}\n@book{vol, title={V}, volume=3, crossref={set}}\n"
    )
    by_key = {pub.key: pub for pub in pubs}
    assert csl_item(by_key["set"])["number-of-volumes"] == "5"
    assert format_citation(by_key["set"]) == "W. 5 volumes. P, 1990."
    assert format_citation(by_key["vol"]) == "V, volume 3 of W. P, 1990."  # not "5 volumes", the set's


def test_dblp():
    pubs, _ = load("dblp.bib")
    gknet = pubs["DBLP:conf/iccv/ShenZCBHWWL23"]
    assert gknet.anchor == "dblp-conf-iccv-shenzcbhwwl23"
    assert [link.url for link in gknet.links] == ["https://doi.org/10.1109/ICCV51070.2023.00693"]
    assert gknet.authors[-1].display == "Yong Liu"  # DBLP's number for one of its Yong Lius is no part of the name
    assert citation(gknet).endswith(
        "In IEEE/CVF International Conference on Computer Vision, ICCV 2023, Paris, France, October 1-6, 2023,"
        " pages 7501–7510, IEEE, 2023."
    )
    corr = pubs["DBLP:journals/corr/abs-2310-06218"]
    assert corr.kind == "preprint"
    assert corr.title.text == "SUBP: Soft Uniform Block Pruning for 1xN Sparse CNNs Multithreading Acceleration"
    assert {link.kind for link in corr.links} == {"doi", "arxiv"}
    child = pubs["DBLP:conf/nips/XiangLCBMDL23"]
    assert child.parts["booktitle"].text.startswith("Advances in Neural Information Processing Systems 36")
    assert [editor.display for editor in child.editors][:2] == ["Alice Oh", "Tristan Naumann"]


def test_jabref():
    pubs, _ = load("jabref.bib")
    assert set(pubs) == {"Knuth1984", "Goossens1994"}
    assert citation(pubs["Knuth1984"]) == "Donald E. Knuth. Literate Programming. The Computer Journal, 27(2):97–111, 1984."
    assert citation(pubs["Goossens1994"]) == (
        "Michel Goossens, Frank Mittelbach, and Alexander Samarin. The LaTeX Companion. Second edition."
        " Addison-Wesley, Reading, Massachusetts, 1994."
    )


def test_cached_csl_items_hold_only_their_bytes():
    """orjson's bytes keep the buffer it grew (16 KB for a 1.5 KB item): the CSL-JSON cache of a
    10,000-entry site held 90 MB more than its items until each was copied to its size."""
    pubs, _ = load("zotero.bib")
    pub = next(iter(pubs.values()))
    many = [dataclasses.replace(pub, fingerprint=str(number)) for number in range(300)]
    cache: dict[str, bytes] = {}
    tracemalloc.start()
    try:
        csl_json(many, cache)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(cache) == 300
    assert held < 3 * sum(len(item) + 100 for item in cache.values())


def test_nasa_ads():
    pubs, _ = load("ads.bib")
    gas, stars = pubs["2020ApJ...900..100S"], pubs["2019A&A...630A..12D"]
    # AASTeX's journal macros, which ADS writes for the journals, as astronomers abbreviate them
    assert citation(gas) == "John Smith and Jane Doe. The Cold Gas of Quiet Galaxies. ApJ, 900(2):100, 2020."
    assert citation(stars) == "Jane Doe and Anna van der Berg. Stars. A&A, 630:A12, 2019."
    assert [link.label for link in gas.links] == ["DOI", "arXiv", "ADS"]  # the paper's ADS page
    assert gas.links[-1].url == "https://ui.adsabs.harvard.edu/abs/2020ApJ...900..100S"
    assert "adsurl" not in gas.bibtex and r"journal = {\apj}" in gas.bibtex


def test_mathscinet():
    pubs, _ = load("mathscinet.bib")
    wiles = pubs["MR1697271"]
    assert citation(wiles) == (
        "Andrew Wiles. Modular elliptic curves and Fermat’s last theorem. Ann. of Math. (2), 141(3):443–551, 1995."
    )
    assert [(link.label, link.url) for link in wiles.links] == [
        ("DOI", "https://doi.org/10.2307/2118559"),
        ("MR", "https://mathscinet.ams.org/mathscinet-getitem?mr=1333035"),
    ]  # the url only repeats the DOI
    for bookkeeping in ("mrclass", "mrreviewer", "fjournal"):
        assert bookkeeping not in wiles.bibtex


def test_hal():
    pubs, _ = load("hal.bib")
    paper = pubs["dupont:hal-01234567"]
    assert (
        citation(paper)
        == "Jean Dupont and Marie Martin. Cartographie des fonds marins par sonar. In Conférence GRETSI, Lille, France, 2019."
    )
    assert [(link.label, link.url) for link in paper.links] == [
        ("PDF", "https://hal.science/hal-01234567/file/gretsi.pdf"),
        ("HAL", "https://hal.science/hal-01234567"),
    ]  # its HAL_ID, and the url that repeats it once
    assert paper.keywords == ("sonar", "cartographie")
    assert "hal_version" not in paper.bibtex


def test_crossref_titles_keep_their_markup():
    """As doi.org gives the BibTeX (and `sitegen add` writes it): titles with Crossref's tags."""
    pubs, _ = load("crossref.bib")
    growth, variant = pubs["Smith_2020"], pubs["Roe_2021"]
    assert growth.title.html == "Growth of <i>Escherichia coli</i> under elevated CO<sub>2</sub> &amp; heat"
    assert growth.title.text == "Growth of Escherichia coli under elevated CO2 & heat"
    assert variant.title.html == "The SARS‐CoV‐2 <math><mi>α</mi></math> variant"  # Wiley's <scp> dropped, MathML kept
    assert variant.title.text == "The SARS‐CoV‐2 α variant"


def test_a_title_link_with_an_unsafe_scheme_is_dropped_with_a_warning():
    text = '@article{t, title={<i>x</i> <a href="javascript:alert(1)">here</a>}, year=2020}'
    (pub,), report = publications_from(text, names=("t.bib",), hidden=())
    assert pub.title.html == "<i>x</i> here"
    assert [str(w) for w in report.warnings] == [
        "t.bib:1: warning: unsafe link 'javascript:alert(1)' in the title of 't' is not linked"
    ]
