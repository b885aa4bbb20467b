"""Equal contribution and corresponding authors: marks after names, and what they mean under the entry."""

from __future__ import annotations

import pytest
from conftest import build, html

BIB = """\
    @article{marked, title={Marked by hand}, journal={J}, year=2024,
      author={Lovelace*, Ada and Babbage$^*$, Charles and Somerville$^\\dagger$, Mary}}
    @article{annotated, title={Annotated}, journal={J}, year=2023,
      author={Babbage, Charles and Lovelace, Ada and Somerville, Mary},
      author+an={1=equal; 2=equal; 3=corresponding}}
    @article{plain, title={Plain}, journal={J}, year=2022, author={Lovelace, Ada}}
    """


@pytest.mark.parametrize(
    ("settings", "legend"),
    [
        ("", "* Equal contribution · † Corresponding author"),
        ("language: de\npublications:\n  style: apa\n", "* Gleicher Beitrag · † Korrespondenzautor"),
        ("labels:\n  Equal contribution: Student author\n", "* Student author · † Corresponding author"),
    ],
)
def test_marked_authors_show_their_marks_and_the_entry_says_what_they_mean(make_site, settings, legend):
    site = make_site({"content/site.yml": f"title: Test Site\nowner: ada\n{settings}", "content/publications/refs.bib": BIB})
    build(site)
    page = html(site / "_site/index.html")  # the owner's profile: her entries are found with the marks
    for key, marked in (("marked", ["Lovelace", "Babbage", "Somerville"]), ("annotated", ["Babbage", "Lovelace", "Somerville"])):
        entry = page.select_one(f"#{key}")
        notes = [(sup.find_previous(string=True), sup.get_text()) for sup in entry.select(".citation sup.author-note")]
        assert [note for _, note in notes] == ["*", "*", "†"]
        assert all(family in name for family, (name, _) in zip(marked, notes, strict=True))
        assert entry.select_one(".citation strong.self") is not None  # still the owner, emphasised
        assert entry.select_one(".author-notes").get_text() == legend
    assert page.select_one("#plain .author-notes") is None and not page.select("#plain sup")
    assert "Lovelace*" in page.select_one("#marked pre.bibtex").get_text()  # the BibTeX as written


def test_an_al_folio_annotation_says_in_its_own_words_what_the_marks_mean(make_site):
    bib = """\
    @inproceedings{cofirst, title={T}, booktitle={NeurIPS}, year=2026,
      author={Lovelace*, Ada and Babbage*, Charles}, annotation={* co-first author}}
    @article{two, title={U}, journal={J}, year=2025, author={Lovelace, Ada},
      annotation={* Example use of superscripts<br>$^\\dagger$ Albert Einstein}}
    @article{notes, title={V}, journal={J}, year=2024, author={Lovelace, Ada},
      annotation={Read the appendix first.}}
    """
    site = make_site({"content/site.yml": "title: Test Site\nowner: ada\n", "content/publications/refs.bib": bib})
    build(site)
    page = html(site / "_site/index.html")
    assert page.select_one("#cofirst .author-notes").get_text() == "* co-first author"  # not "Equal contribution"
    assert page.select_one("#two .author-notes").get_text() == "* Example use of superscripts · † Albert Einstein"
    assert page.select_one("#notes .author-notes") is None  # biblatex's annotation: a reader's notes, not shown
    assert "appendix" not in page.get_text()
