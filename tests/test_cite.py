"""Citations in Markdown (`[@key]`): what the converter finds, and how they read once resolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sitegen.cite import Bibliography, names_label, resolve, without_markers
from sitegen.errors import Report
from sitegen.latex import Converted
from sitegen.markup import MarkdownRenderer
from sitegen.model import Cite, CiteItem, Name, Publication


def found(text: str) -> tuple[str, list[Cite]]:
    rendered = MarkdownRenderer().render(text)
    return rendered.html, rendered.cites


def items(cite: Cite) -> list[tuple[str, str, str, bool]]:
    return [(i.key, i.prefix, i.locator, i.suppress_author) for i in cite.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as [@shen2023] shows", [("shen2023", "", "", False)]),
        (
            "[see @a, p. 33; also @b pp. 1--2; -@c]",
            [("a", "see", "p. 33", False), ("b", "also", "pp. 1--2", False), ("c", "", "", True)],
        ),
        ("[@DBLP:conf/cvpr/Shen23].", [("DBLP:conf/cvpr/Shen23", "", "", False)]),
        ("[@{odd+key}]", [("odd+key", "", "", False)]),
    ],
)
def test_bracketed_citations_are_read_as_pandoc_reads_them(text, expected):
    html, cites = found(text)
    assert [items(cite) for cite in cites] == [expected]
    assert "@" not in html and "\ue000" in html  # the citation's text is replaced by its marker


@pytest.mark.parametrize(
    "text",
    [
        "mail me@example.org",  # an address
        "`[@code]` and\n\n    [@indented code]",  # code
        "[a link to @someone](https://example.org)",  # link text: no citation inside a link
        "[@handle](https://x.com/handle)",
        "[see the notes; no key here]",
        r"\@escaped and [\@escaped]",
    ],
)
def test_what_is_not_a_citation_stays_as_written(text):
    html, cites = found(text)
    assert cites == []
    assert "\ue000" not in html


def test_a_backslash_before_at_shows_the_at_alone():
    assert found(r"\@name")[0] == "<p>@name</p>"


def test_a_bare_key_in_a_sentence_is_a_narrative_citation_with_an_optional_locator():
    _, cites = found("@shen2023 show it; @bai2024 [p. 7] too; me@x.org no.")
    assert [(c.narrative, items(c)) for c in cites] == [
        (True, [("shen2023", "", "", False)]),
        (True, [("bai2024", "", "p. 7", False)]),
    ]


def pub(key: str, authors: list[str], year: int | None = 2023, title: str = "A Title", forthcoming: str = "") -> Publication:
    names = tuple(Name(last=a, literal=a.startswith("{")) if a != "others" else Name(others=True) for a in authors)
    return Publication(
        key=key, anchor=key, entry_type="article", kind="journal", fields={}, authors=names, editors=(),
        title=Converted(title, title), year=year, month=None, day=None, abstract=None, links=(), bibtex="",
        path=Path("refs.bib"), line=1, order=0, forthcoming=forthcoming,
    )  # fmt: skip


def cited(
    text: str, pubs: list[Publication], style: str = "author-date", base: str = "/"
) -> tuple[str, tuple[Publication, ...], Report]:
    html, cites = found(text)
    report = Report()
    html, references = resolve(html, cites, Bibliography(pubs, style, base), Path("page.md"), report)
    return BeautifulSoup(html, "html.parser").get_text(), references, report


@pytest.mark.parametrize(
    ("authors", "label"),
    [
        (["Shen"], "Shen"),
        (["Shen", "Zhang"], "Shen and Zhang"),
        (["Shen", "Zhang", "Bai"], "Shen et al."),
        (["Shen", "others"], "Shen et al."),
        (["{World Health Organization}"], "{World Health Organization}"),
        ([], "A Title"),
    ],
)
def test_names_in_the_text_follow_author_date_rules(authors, label):
    assert names_label(pub("k", authors)) == label


def test_a_cjk_name_in_the_text_is_the_whole_name():
    wang = Publication(**{**pub("k", []).__dict__, "authors": (Name(first="小明", last="王"), Name(first="三", last="张"))})
    assert names_label(wang) == "王小明 and 张三"  # not "王 and 张"


def test_author_date_citations_read_with_prefix_locator_and_year_alone():
    pubs = [pub("shen", ["Shen", "Zhang", "Bai"]), pub("bai", ["Bai"], 2024)]
    text, references, report = cited("A [see @shen, p. 3; @bai]. @bai [ch. 2] says [-@bai].", pubs)
    assert text == "A (see Shen et al., 2023, p. 3; Bai, 2024). Bai (2024, ch. 2) says (2024)."
    assert [p.key for p in references] == ["bai", "shen"]  # by names, as an author-date list is
    assert report.warnings == []


def test_two_works_of_the_same_names_and_year_are_told_apart_by_letters_in_title_order():
    pubs = [pub("z", ["Shen"], title="Zebra"), pub("a", ["Shen"], title="Aardvark"), pub("o", ["Ng"], 2023)]
    text, references, _ = cited("[@z; @a; @o]", pubs)
    assert text == "(Shen, 2023b; Shen, 2023a; Ng, 2023)"
    assert [p.key for p in references] == ["o", "a", "z"]


def test_a_work_without_a_year_cites_what_it_says_instead():
    pubs = [pub("p", ["Shen"], None, forthcoming="In press"), pub("u", ["Bai"], None)]
    assert cited("[@p; @u]", pubs)[0] == "(Shen, in press; Bai, n.d.)"


def test_numeric_citations_are_numbered_in_order_of_first_citation_with_ranges():
    pubs = [pub(k, ["Shen"]) for k in "abcde"]
    text, references, _ = cited("[@c] then [@b; @a; @c] and @d and [@e; @a] and [see @e, p. 2; @a].", pubs, "numeric")
    assert text == "[1] then [1–3] and Shen [4] and [3, 5] and [see 5, p. 2], [3]."
    assert [p.key for p in references] == ["c", "b", "a", "d", "e"]


def test_a_key_of_no_entry_is_a_warning_at_its_line_with_the_nearest_key():
    pubs = [pub("shen2023lga", ["Shen"])]
    text, _, report = cited("x\n\ny [@shen2023lgb; @shen2023lga] and @nobody", pubs)
    assert text == "x\ny (shen2023lgb?; Shen, 2023) and @nobody"  # a bare name of no entry is text (a handle)
    [warning] = report.warnings
    assert "'shen2023lgb'" in warning.message and "did you mean 'shen2023lga'" in warning.message


def test_keys_are_found_in_any_case_as_bibtex_finds_them():
    assert cited("[@Shen2023]", [pub("shen2023", ["Shen"])])[0] == "(Shen, 2023)"


def test_citations_link_to_the_works_pages_under_the_base_path_and_everything_is_escaped():
    pubs = [pub("k", ['<b>"Evil"</b>'], title='"><script>x</script>')]
    html, cites = found("[see <i>this</i> @k, p. <3>]")
    out, _ = resolve(html, cites, Bibliography(pubs, "author-date", "/repo/"), Path("p.md"), Report())
    soup = BeautifulSoup(out, "html.parser")
    link = soup.select_one("a.citation-link")
    assert link["href"] == "/repo/publications/k/"
    assert link["title"] == '"><script>x</script>'
    assert soup.find("script") is None and soup.find("b") is None and soup.find("i") is None
    assert soup.get_text() == 'see <i>this</i> <b>"Evil"</b>, 2023, p. <3>'.join("()")


def test_a_prefix_and_a_locator_may_hold_emphasis_and_code_as_pandoc_reads_them():
    html, cites = found("[see *e.g.* @k, p. **3**; <b>x</b> _also_ @k]")
    out, _ = resolve(html, cites, Bibliography([pub("k", ["Shen"])], "author-date", "/"), Path("p.md"), Report())
    soup = BeautifulSoup(out, "html.parser")
    assert [tag.name for tag in soup.find_all(["em", "strong", "b"])] == ["em", "strong", "em"]
    assert soup.get_text() == "(see e.g. Shen, 2023, p. 3; <b>x</b> also Shen, 2023)"  # HTML stays text


def test_markers_are_taken_out_of_a_title_made_from_the_first_words():
    html, _ = found("Our paper [@k] was accepted.")
    assert without_markers(BeautifulSoup(html, "html.parser").get_text()) == "Our paper was accepted."


def test_a_cite_keeps_what_was_written():
    _, [cite] = found("[see @a]")
    assert cite == Cite((CiteItem("a", "see"),), "[see @a]")


def test_a_cited_heading_keeps_its_plain_id_and_its_contents_entry_has_no_citation():
    html, cites = found("[TOC]\n\n## Results [@k]\n")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2["id"] == "results"
    assert soup.select_one(".toc a").get_text() == "Results" and len(cites) == 1
    out, _ = resolve(html, cites, Bibliography([pub("k", ["Shen"])], "author-date", "/"), Path("p.md"), Report())
    assert not BeautifulSoup(out, "html.parser").select(".toc a a")
