"""Search-engine metadata: Scholar tags per type, JSON-LD that no title can break out of."""

from __future__ import annotations

import json

from conftest import publications_from

from sitegen.scholar import description, json_ld, scholar_tags


def publication(bib: str):
    (pub,), _ = publications_from(bib, names=("x.bib",), hidden=())
    return pub


def test_json_ld_cannot_be_closed_by_content():
    pub = publication(
        "@article{k, author={A </script><script>alert(1)</script>}, title={T </script> & <b>}, journal={J}, year=2020}"
    )
    text = str(json_ld(pub, "https://x.org/p/", {}))
    assert "</script" not in text.lower() and "<" not in text and "&" not in text
    data = json.loads(text)
    assert data["headline"] == "T </script> & <b>"


def test_json_ld_names_the_editors_and_translators():
    pub = publication(
        "@book{k, author={Aristotle}, editor={Lucas, D. W.}, translator={Vizedom, Monika B. and {ACME Ltd}}, title={T}, year=1968}"
    )
    data = json.loads(str(json_ld(pub, "https://x.org/p/", {})))
    assert data["editor"] == [{"@type": "Person", "name": "D. W. Lucas"}]
    assert data["translator"] == [{"@type": "Person", "name": "Monika B. Vizedom"}, {"@type": "Organization", "name": "ACME Ltd"}]
    paper = publication("@inproceedings{k, author={A}, editor={E}, title={T}, booktitle={B}, year=1968}")
    assert not {"editor", "translator"} & set(json.loads(str(json_ld(paper, "u", {}))))  # E edited the proceedings


def test_thesis_and_report_tags():
    thesis = dict(
        scholar_tags(publication("@phdthesis{k, author={Doe, Jane}, title={T}, school={ZJU}, year=2024, month=jun}"), "u", None)
    )
    assert thesis["citation_dissertation_institution"] == "ZJU"
    assert thesis["citation_publication_date"] == "2024/06"
    report = dict(
        scholar_tags(publication("@techreport{k, author={Doe, Jane}, title={T}, institution={MIT}, year=2000}"), "u", None)
    )
    assert report["citation_technical_report_institution"] == "MIT"


def test_chapter_uses_inbook_title_and_corporate_author():
    pub = publication(
        "@incollection{k, author={{World Health Organization}}, title={T}, booktitle={Big Book}, pages={5--9}, year=2001}"
    )
    tags = scholar_tags(pub, "u", None)
    assert ("citation_inbook_title", "Big Book") in tags
    assert ("citation_author", "World Health Organization") in tags
    assert ("citation_firstpage", "5") in tags and ("citation_lastpage", "9") in tags


def test_description_is_shortened_at_a_word():
    pub = publication("@article{k, title={T}, year=2020, abstract={" + "word " * 200 + "}}")
    summary = description(pub)
    assert len(summary) <= 300 and summary.endswith("word…")
