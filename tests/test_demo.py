"""The demo site in content/ is the seed page: everything on the seed must be on the built page."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, html

from sitegen.build import Builder

SEED = Path(__file__).parent / "data" / "seed.txt"  # a copy of shared/seeds/000_35e415d80d9d7f7e.txt
SUBP_PDF = "https://proceedings.neurips.cc/paper_files/paper/2023/file/a36c3dbe676fa8445715a31a90c66ab3-Paper-Conference.pdf"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """Build a copy of the repository's demo site (the real working tree is never written)."""
    site = tmp_path_factory.mktemp("demo")
    for folder in ("content", "static", "templates"):
        shutil.copytree(REPO / folder, site / folder)
    result = Builder(site, site / "_site", strict=True).build()
    assert result.publications == 2
    assert result.warnings == []
    return site / "_site"


@pytest.fixture(scope="module")
def home(demo):
    return html(demo / "index.html")


def normalise(text: str) -> str:
    """Whitespace folded, the seed's hyphenated page ranges read as en dashes."""
    text = re.sub(r"(\d)-(\d)", r"\1–\2", text)
    return " ".join(text.split())


def test_header_biography_and_interests(home):
    header = home.select_one(".profile-header")
    assert header.h1.get_text() == "Shipeng Bai"
    assert header.select_one(".role").get_text() == "MS Student"
    assert header.select_one(".affiliation").get_text() == "Institute of Cyber-Systems and Control, Zhejiang University, China"
    assert [h.get_text() for h in home.select("article h2")] == ["Biography", "Research and Interests", "Publications"]
    assert "I am currently working toward the MS degree at the College of Control Science and Engineering" in home.get_text()
    assert [li.get_text() for li in home.select(".interests li")] == ["Deep Learning", "Object Detection"]


def test_citation_lines_as_on_the_seed(home):
    citations = [normalise(p.get_text()) for p in home.select(".citation")]
    assert citations == [
        normalise(
            "Jingyang Xiang, Siqi Li, Jun Chen, Shipeng Bai, Yukai Ma, Guang Dai, and Yong Liu. SUBP: Soft Uniform Block"
            " Pruning for 1xN Sparse CNNs Multithreading Acceleration. In 37th Conference on Neural Information Processing"
            " Systems (NeurIPS), pages 52033-52050, 2023."
        ),
        normalise(
            "Xintian Shen, Jiangning Zhang, Jun Chen, Shipeng Bai, Yue Han, Yabiao Wang, Chengjie Wang, and Yong Liu."
            " Learning Global-Aware Kernel for Image Harmonization. In 19th IEEE/CVF International Conference on Computer"
            " Vision (ICCV), pages 7501-7510, 2023."
        ),
    ]
    assert [s.get_text() for s in home.select(".citation strong.self")] == ["Shipeng Bai", "Shipeng Bai"]


def test_every_seed_line_appears_on_the_page(home):
    """Each prose line of the seed (abstracts included) is on the page, word for word."""
    page = normalise(home.get_text(" "))
    page_flat = page.replace(" ,", ",").replace(" .", ".")
    checked = 0
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        for piece in re.split(r"@inproceedings\{.*?\} \}(?: - )?", raw):
            piece = re.sub(r"^\s*-\s+|^(\[\w+\] ?)+", "", piece.strip())
            if piece:
                assert normalise(piece) in page_flat, piece[:80]
                checked += 1
    assert checked == 13


def test_abstracts_read_as_the_seed_and_keep_the_link(home):
    subp, gknet = (p for p in home.select(".abstract"))
    assert "the recent network with 1×N sparsity" in subp.get_text()
    text = gknet.get_text()
    assert "two parts, i.e., harmony kernel prediction" in text
    assert "state-of-the-art methods, e.g., achieving 39.53dB PSNR" in text
    assert "by +0.78dB ↑; decreasing fMSE/MSE by 11.5%↓/6.7%↓ compared" in text
    assert text.endswith("Code will be available at here.")
    link = gknet.find("a")
    assert link.get_text() == "here"
    assert link["href"] == "https://github.com/XintianShen/GKNet"
    seed = SEED.read_text(encoding="utf-8")
    for abstract in (subp, gknet):
        assert normalise(abstract.get_text()) in normalise(seed)


def test_toggles_and_links(home):
    pubs = home.select("li.publication")
    assert [li["id"] for li in pubs] == ["xiang2023subp", "shen2023lga"]
    for li in pubs:
        summaries = [s.get_text() for s in li.select("details > summary")]
        assert summaries[:2] == ["BibTeX", "Abstract"]
    subp_links = {a.get_text(): a["href"] for a in pubs[0].select("a.pub-link")}
    assert subp_links == {
        "PDF": SUBP_PDF,
        "Code": "https://github.com/JingyangXiang/SUBP",
        "arXiv": "https://arxiv.org/abs/2310.06218",
    }
    gknet_links = {a.get_text(): a["href"] for a in pubs[1].select("a.pub-link")}
    assert gknet_links == {
        "DOI": "https://doi.org/10.1109/ICCV51070.2023.00693",
        "PDF": "https://arxiv.org/pdf/2305.11676",
        "Code": "https://github.com/XintianShen/GKNet",
    }
    assert "DOI" not in subp_links


def test_bibtex_sections_hold_clean_entries(home):
    subp, gknet = (pre.get_text() for pre in home.select("pre.bibtex"))
    assert subp.startswith("@inproceedings{xiang2023subp,\n  title = {SUBP: Soft Uniform Block Pruning for 1xN Sparse CNNs")
    assert (
        "  author = {Jingyang Xiang and Siqi Li and Jun Chen and Shipeng Bai and Yukai Ma and Guang Dai and Yong Liu},\n" in subp
    )
    assert "  year = 2023,\n" in subp and "  pages = {52033-52050},\n" in subp
    assert "  doi = {10.1109/ICCV51070.2023.00693},\n" in gknet
    for hidden in ("pdf =", "code =", "arxiv ="):
        assert hidden not in subp + gknet
    order = [line.split(" =")[0].strip() for line in gknet.splitlines()[1:-1]]
    assert order == ["title", "author", "year", "booktitle", "pages", "doi", "abstract"]


def test_no_request_to_other_hosts(demo):
    """Stylesheets, scripts and images all come from the site itself."""
    for page in demo.rglob("*.html"):
        soup = html(page)
        for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src")):
            for element in soup.find_all(tag):
                if element.get(attribute) and not element[attribute].startswith("data:"):
                    assert element[attribute].startswith("/"), (page, element)


def test_downloads_and_whole_bibliography(demo, home):
    links = {a.get_text(): a["href"] for a in home.select(".downloads a")}
    assert links == {"BibTeX": "/people/shipeng-bai/publications.bib", "CSL-JSON": "/people/shipeng-bai/publications.json"}
    person_bib = (demo / "people/shipeng-bai/publications.bib").read_text(encoding="utf-8")
    assert person_bib.count("@inproceedings{") == 2
    items = json.loads((demo / "publications.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == ["xiang2023subp", "shen2023lga"]
    assert (demo / "publications.bib").read_text(encoding="utf-8") == person_bib
