"""Equal contribution and corresponding authors: marks after names, and what they mean under the entry."""

from __future__ import annotations

import re

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


@pytest.mark.parametrize(
    ("authors", "marks"),
    [
        ("Lee, Jungmin and Ullah+, Niamat and Han+, Yoseob", ["", "+", "+"]),  # a lab's own mark for corresponding
        ("Jungmin Lee# and Niamat Ullah# and Yoseob Han", ["#", "#", ""]),
        ("Lee, Jungmin$^\\ddagger$ and Ullah\\textsuperscript{\\S}, Niamat and Han, Yoseob*", ["‡", "§", "*"]),
        ("Lee, Jungmin and {Team C++} and Han, Yoseob", ["", "", ""]),  # inside a name, no mark
    ],
)
def test_other_marks_show_as_written_and_the_entry_says_what_they_mean(make_site, authors, marks):
    bib = f"""\
    @inproceedings{{eyetag, title={{EyeTAG}}, booktitle={{BMVC}}, year=2026, author={{{authors}}},
      annotation={{+ Corresponding authors}}}}
    """
    site = make_site(
        {"content/people/yoseob.md": "---\nname: Yoseob Han\n---\n", "content/publications/refs.bib": bib}, with_person=False
    )
    site.joinpath("content/site.yml").write_text("title: Lab\n")
    result = build(site)
    assert [w.message for w in result.warnings] == []  # Han+ is the member Yoseob Han
    entry = html(site / "_site/publications/index.html").select_one("#eyetag")
    assert [sup.get_text() for sup in entry.select(".citation sup.author-note")] == [mark for mark in marks if mark]
    for sup in entry.select(".citation sup.author-note"):
        sup.decompose()
    assert "Yoseob Han." in entry.select_one(".citation").get_text()  # the name without its mark
    assert entry.select_one(".author-notes").get_text() == "+ Corresponding authors"


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


@pytest.mark.parametrize(
    ("fields", "marks"),
    [
        ("cofirst={2}", ["*", "*", "", ""]),  # a count: the first two share first authorship
        ("equal_contribution={1,3}", ["*", "", "*", ""]),  # positions
        ("co_first={1 and 2}", ["*", "*", "", ""]),
        ("corresponding={4}", ["", "", "", "†"]),  # one position: who corresponds
        ("corresponding={Somerville, Mary}", ["", "", "", "†"]),
        ("Corresponding={M. Somerville and Babbage}", ["", "†", "", "†"]),  # shorter than the author field
        ("cofirst={Lovelace, Ada and Babbage, Charles}, corresponding={2}", ["*", "*†", "", ""]),
        ("equal_contribution={1,2}, author+an={4=corresponding}", ["*", "*", "", "†"]),
        ("cofirst={}", ["", "", "", ""]),
        # a lab's al-folio fields, names as in a sentence
        ("cofirstauthors={Ada Lovelace, Charles Babbage, and Caroline Herschel}", ["*", "*", "*", ""]),
        ("correspondingauthors={Caroline Herschel and Mary Somerville}", ["", "", "†", "†"]),
    ],
)
def test_a_field_naming_who_shared_first_authorship_or_corresponds_marks_them(make_site, fields, marks):
    bib = f"""\
    @article{{paper, title={{T}}, journal={{J}}, year=2024,
      author={{Lovelace, Ada and Babbage, Charles and Herschel, Caroline and Somerville, Mary}}, {fields}}}
    """
    site = make_site({"content/publications/refs.bib": bib})
    result = build(site)
    assert [w.message for w in result.warnings] == []
    entry = html(site / "_site/index.html").select_one("#paper")
    for sup in entry.select(".citation sup.author-note"):
        sup.replace_with(f"[{sup.get_text()}]")
    citation = entry.select_one(".citation").get_text()
    names = ("Ada Lovelace", "Charles Babbage", "Caroline Herschel", "Mary Somerville")
    assert [re.search(rf"{name}(?:\[(.*?)\])?", citation).group(1) or "" for name in names] == marks, citation
    legend = entry.select_one(".author-notes")
    assert (legend.get_text() if legend else "") == " · ".join(
        text for mark, text in (("*", "* Equal contribution"), ("†", "† Corresponding author")) if mark in "".join(marks)
    )
    bibtex = entry.select_one("pre.bibtex").get_text()
    assert not re.search(r"^\s*(cofirst|co_first|corresponding|equal_contribution)\s*=", bibtex, re.M | re.I), bibtex
    assert "Lovelace, Ada and Babbage, Charles" in bibtex  # the names as the database wrote them


@pytest.mark.parametrize(
    ("fields", "warning"),
    [
        ("equal_contribution={1,5}", "the field 'equal_contribution' of 'paper' has no author 5 (it has 2)"),
        ("corresponding={Turing, Alan}", "the field 'corresponding' of 'paper' names 'Alan Turing', not among the authors"),
    ],
)
def test_a_field_marking_someone_not_among_the_authors_is_a_warning_at_its_line(make_site, fields, warning):
    bib = f"""\
    @article{{paper, title={{T}}, journal={{J}}, year=2024,
      author={{Lovelace, Ada and Babbage, Charles}},
      {fields}}}
    """
    site = make_site({"content/publications/refs.bib": bib})
    [message] = build(site).warnings
    assert message.message.startswith(warning) and message.line == 3
    assert len(html(site / "_site/index.html").select("#paper sup.author-note")) == (1 if "1,5" in fields else 0)


def test_a_cjk_name_in_a_mark_field_finds_its_author_however_the_bib_parts_it(make_site):
    bib = "@article{p, title={T}, journal={J}, year=2024, author={王, 小明 and 张三}, corresponding={王小明}}"
    site = make_site({"content/publications/refs.bib": bib})
    assert [w.message for w in build(site).warnings if "'corresponding'" in w.message] == []
    assert [sup.get_text() for sup in html(site / "_site/publications/index.html").select("#p sup.author-note")] == ["†"]


def test_a_note_that_says_what_the_marks_mean_is_their_legend_and_html_in_notes_is_shown(make_site):
    """al-folio sites write `note = {<sup>†</sup><em>Equal Contribution</em>}` beside `Yi†, Jinjun`:
    the legend under the entry (not sitegen's "† Corresponding author"), not a note; other notes
    show their HTML (`<b>Best paper</b>`), and R's `citation()` addresses in angle brackets are links."""
    bib = """\
    @inproceedings{yi, title={A System}, booktitle={OSDI}, year=2024,
      author={Yi†, Jinjun and Lovelace†, Ada and Smith, John}, note={<sup>†</sup><em>Equal Contribution</em>}}
    @misc{spec, title={SPECjms2007}, author={Lovelace, Ada}, year=2007, note={<b>SPECtacular Performance Award</b>}}
    @manual{quadratik, title={QuadratiK}, author={Lovelace, Ada}, year=2024,
      note={<https://cran.r-project.org/package=QuadratiK>, <https://github.com/ropensci/QuadratiK>}}
    """
    site = make_site({"content/site.yml": "title: Test Site\nowner: ada\n", "content/publications/refs.bib": bib})
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    yi = page.select_one("#yi")
    assert [sup.get_text() for sup in yi.select(".citation sup.author-note")] == ["†", "†"]
    assert yi.select_one(".author-notes").get_text() == "†Equal Contribution" and yi.select_one(".author-notes i")
    assert "Equal" not in yi.select_one(".citation").get_text()  # not a note too
    spec = page.select_one("#spec .citation")
    assert spec.b.get_text() == "SPECtacular Performance Award" and "<b>" not in spec.get_text()
    links = [a["href"] for a in page.select("#quadratik .citation a[href^='https']")]
    assert links == ["https://cran.r-project.org/package=QuadratiK", "https://github.com/ropensci/QuadratiK"]
    assert "<https" not in page.select_one("#quadratik .citation").get_text()


def test_html_bold_a_site_put_around_its_owner_s_name_is_left_out_and_the_owner_found(make_site):
    bib = "@article{bold, title={R}, journal={J}, year=2012, author={<b>A. Lovelace</b> and S. Gokhale}}\n"
    site = make_site({"content/site.yml": "title: Test Site\nowner: ada\n", "content/publications/refs.bib": bib})
    assert build(site).warnings == []
    citation = html(site / "_site/index.html").select_one("#bold .citation")
    assert citation.get_text().startswith("A. Lovelace and S. Gokhale.") and citation.select_one("strong.self")


@pytest.mark.parametrize(
    "authors",
    [
        r"\textbf{A. Lovelace} and S. Gokhale",
        r"\textbf{\underline{Ada Lovelace}}* and Gokhale*, S.",  # as real .bib files of researchers write it
        r"\textbf{Lovelace,  Ada} and Gokhale, S.",
        r"{\bf Lovelace}, A. and S. Gokhale",
        r"\emph {A. Lovelace} and \textit{S. Gokhale}",
    ],
)
def test_latex_bold_a_researcher_put_around_their_name_is_left_out_and_the_owner_found(make_site, authors):
    """BibTeX reads `\\textbf{A. Lovelace}` as one family name: no member matched it, and the
    site said none of its people wrote the paper; `\\textbf{Lovelace, Ada}` showed as "Lovelace, Ada"."""
    bib = f"@article{{bold, title={{R}}, journal={{J}}, year=2012, author={{{authors}}}}}\n"
    site = make_site({"content/site.yml": "title: Test Site\nowner: ada\n", "content/publications/refs.bib": bib})
    assert build(site).warnings == []
    citation = html(site / "_site/index.html").select_one("#bold .citation")
    assert citation.select_one("strong.self").get_text() in ("A. Lovelace", "Ada Lovelace")
    assert "Gokhale" in citation.get_text() and "\\" not in citation.get_text() and "," not in citation.strong.get_text()


@pytest.mark.parametrize(
    ("authors", "legend"),
    [
        # biology's and medicine's way: the first authors share "†", the corresponding ones "*"
        (
            "Saul†, F. and Scharmann†, M. and Wakatake, T. and Albert*, V. A. and Fukushima*, K.",
            "* Corresponding author · † Equal contribution",
        ),
        ("Suetsugu†*, K. and Fukushima†, K. and Kimura*, S.", "* Corresponding author · † Equal contribution"),
        ("Montero, H. and Fukushima*, K.", "* Corresponding author"),  # one name alone cannot have contributed equally
        ("Fukushima*, K.", "* Corresponding author"),
        # computer science's way, sitegen's own
        ("Shen*, X. and Li*, W. and Wang†, P.", "* Equal contribution · † Corresponding author"),
        ("Lu*, J. and Yi*, T. and Fang†, J. and Wang†, X.", "* Equal contribution · † Corresponding author"),
        ("Lovelace, A. and Babbage†, C.", "† Corresponding author"),
        (
            "Lovelace*, A. and Babbage, C. and Herschel†, C.",
            "* Equal contribution · † Corresponding author",
        ),  # one each: said nothing
        ("Hedrich*, R. and Fukushima*, K.", "* Equal contribution"),  # first authors alike, as computer science marks them
    ],
)
def test_what_the_marks_mean_is_read_from_how_the_author_list_uses_them(make_site, authors: str, legend: str):
    site = make_site(
        {"content/publications/refs.bib": f"@article{{p, title={{T}}, journal={{J}}, year=2024, author={{{authors}}}}}\n"}
    )
    build(site)
    assert html(site / "_site/publications/p/index.html").select_one(".author-notes").get_text() == legend


@pytest.mark.parametrize(
    ("bib", "settings", "legend"),
    [  # what sitegen's fields say, and what the site's labels say, stands
        ("author={Lovelace, Ada and Babbage, Charles}, author+an={2=equal}", "", "* Equal contribution"),
        ("author={Lovelace, Ada and Babbage*, Charles}", "labels:\n  Equal contribution: Student author\n", "* Student author"),
    ],
)
def test_marks_keep_the_meaning_the_entrys_fields_or_the_sites_labels_give_them(make_site, bib: str, settings: str, legend: str):
    site = make_site(
        {
            "content/site.yml": f"title: Test Site\nowner: ada\n{settings}",
            "content/publications/refs.bib": f"@article{{p, title={{T}}, journal={{J}}, year=2024, {bib}}}\n",
        }
    )
    build(site)
    assert html(site / "_site/publications/p/index.html").select_one(".author-notes").get_text() == legend
