"""Property-based tests: any text at all is safe to give the BibTeX loader and the LaTeX converter."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import jinja2
from bs4 import BeautifulSoup
from conftest import publications_from
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sitegen.abstracts import from_latex_with_html
from sitegen.academicpages import _entry, completed
from sitegen.bibtex import parse_bib, resolve
from sitegen.citation import format_citation
from sitegen.csl import csl_item
from sitegen.embeds import is_site_frame
from sitegen.errors import Report, SitegenError
from sitegen.latex import LatexConverter
from sitegen.markup import MATHML_TAGS, MarkdownRenderer
from sitegen.model import InlineText
from sitegen.textcase import CASES, in_case

# Text made mostly of the characters that matter to the parsers, so the search reaches the hard cases.
SYNTAX = list("@{}\"#,=\\%$^_~&-`' \n\t") + list("abcxyz019") + ["<", ">", "é", "\u202e", "\x00", "\r"]
WORDS = ["@article{", "@string{", "@comment{", "@preamble{", "author", "title", "crossref", " and ", "\\href{", "\\url{",
         "\\'", '\\"', "\\emph{", "\\textbf{", "$\\alpha$", "{\\", "}}", "{{", "javascript:", "</script>", "\\\\",
         "\\SI{", "\\si{\\micro", "\\num{1e", "\\ce{", "^{", "_{", "->", "\\citep[", "][", "<i>", "</i>", "<sub>",
         "</sub>", '<a href="', "<mml:math>", "</mml:math>", "annotation", "note", "abstract", "©",
         "altmetric", "dimensions", "inspirehep_id", "doi", "={true}", "={pub.", "https://", "\\SIlist{", ";",
         "{\\textless}", "{\\textgreater}", "<b>", "</b>", "<https://x.org>", "*x*", "[a](javascript:x)", "additional_info"]  # fmt: skip
messy = st.lists(st.sampled_from(SYNTAX) | st.sampled_from(WORDS), max_size=120).map("".join)
any_text = messy | st.text(max_size=300)

# The tags the converter may write; anything else that starts with "<" is a failure to escape.
OWN_TAGS = re.compile(r'</?(?:em|strong|sub|sup|u|code|span(?: class="smallcaps")?|a(?: href="[^"<>]*")?)>')
# and those a title in Crossref's markup may keep (abstracts.from_inline_markup): italics, bold, MathML
TITLE_TAGS = re.compile(rf"{OWN_TAGS.pattern}|</?(?:i|b|{'|'.join(sorted(MATHML_TAGS))})(?: [a-z]+=\"[^\"<>]*\")*>")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_the_bibtex_loader_survives_any_text(text):
    report = Report()
    try:
        publications, _ = publications_from(text, names=("fuzz.bib",), hidden=(), exists=lambda path: False, report=report)
    except SitegenError:
        return  # the one error sitegen reports as a user's mistake
    for pub in publications:
        assert "<" not in TITLE_TAGS.sub("", pub.title.html)
        assert all(link.url.split(":", 1)[0].lower() not in ("javascript", "data", "vbscript") for link in pub.links)
    for warning in report.warnings:
        assert warning.line is None or warning.line >= 1


@settings(max_examples=600, deadline=None)
@given(any_text)
def test_latex_output_never_holds_an_unescaped_angle_bracket(text):
    converted = LatexConverter().convert(text)
    assert "<" not in OWN_TAGS.sub("", converted.html)
    assert ">" not in OWN_TAGS.sub("", converted.html)
    for href in re.findall(r'<a href="([^"]*)"', converted.html):
        assert not href.lower().lstrip().startswith(("javascript:", "data:", "vbscript:"))


@settings(max_examples=600, deadline=None)
@given(any_text, st.sampled_from(CASES))
def test_a_styles_case_changes_nothing_but_the_case_of_any_text(text, case):
    """textcase.py reads a title's LaTeX to leave braces, formulas and commands alone: whatever it
    is given, it only ever changes letters' case (and so cannot break a title's LaTeX)."""
    cased = in_case(text, case)
    assert cased.upper().casefold() == text.upper().casefold()  # not casefold alone: Turkish "ı" is "I" in capitals, "i" folded
    assert _COMMANDS.findall(cased) == _COMMANDS.findall(text)  # "\\emph" stays, never "\\Emph"


_COMMANDS = re.compile(r"\\\\|\\[A-Za-z]+")


def test_braces_nested_ten_thousand_deep_are_no_recursion_error():
    depth = 10_000
    converted = LatexConverter().convert("{" * depth + "x" + "}" * depth + "\\emph{" * depth + "y")
    assert converted.text == "xy"
    report = Report()
    entries = resolve([parse_bib("@misc{k, title={" + "{" * depth + "T" + "}" * depth + "}}\n", Path("deep.bib"))], report)
    assert [entry.key for entry in entries] == ["k"]


PAGE_WORDS = ["---\n", "## Authors\n", "Authors:\n------\n", "**Venue:** ", "```bibtex\n", "```\n", "@article{k,\n  title={T}",
              "}\n", "<sup>*</sup>", "<b>", "</b>", "†", " Equal contribution.", "(* equal contribution)", ", ", " and ",
              "[Code](https://x.org)", "<a href='x'>[PDF]</a>", "![p](/images/a.png)", "Ada Lovelace", "\n\n", "Please cite:\n"]  # fmt: skip
page = st.lists(st.sampled_from(PAGE_WORDS) | st.sampled_from(SYNTAX), max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page, page)
def test_an_academicpages_publication_page_of_any_text_becomes_an_entry(body, authors):
    """`sitegen import` reads people's hand-written publication pages: whatever they hold, the
    reading makes an entry (or leaves a part out), never an internal error."""
    made = _entry("k", {"title": "T", "authors": authors, "excerpt": authors, "bibtex": body}, body, str, str)
    completed(made.own or made.text(), made.fields)
    assert made.text().startswith("@")


FIELD_WORDS = ["<b>", "</b>", "<i>", "</i>", "<sup>", "</sup>", '<a href="', '">', "</a>", "javascript:", "<br>",
               "<script>", "</script>", "<img src=x onerror=alert(1)>", '<span style="">', "</span>", "\\%", "\\emph{",
               "}", "&lt;", "<https://x.org>", "<", ">", '"', "'"]  # fmt: skip
field = st.lists(st.sampled_from(FIELD_WORDS) | st.sampled_from(SYNTAX), max_size=60).map("".join)
# what a field's HTML may become: the inline elements a title may hold, and links to safe addresses
FIELD_TAGS = re.compile(
    r'</?(?:i|b|sup|sub|code|em|strong|span(?: class="smallcaps")?|u)>|<a href="(?:https?:|mailto:|/)[^"<>]*">|</a>'
)


@settings(max_examples=400, deadline=None)
@given(field)
def test_html_in_a_latex_field_never_shows_an_element_that_is_not_allowed(written):
    converted = from_latex_with_html(written, LatexConverter().convert)
    assert "<" not in FIELD_TAGS.sub("", converted.html)
    assert all(
        url.split(":", 1)[0].lower() not in ("javascript", "data") for url in re.findall(r'<a href="([^"]*)"', converted.html)
    )


# what a profile's short text may show (MarkdownRenderer.inline): links of safe schemes (or to a part of the
# page: `#publications`), emphasis, code
INLINE_TAGS = re.compile(
    r"</?(?:em|strong|b|i|code|sup|sub|abbr|span)>|<br>|<a href='(?:https?:|mailto:|/|#)[^'<>]*'(?: title='[^'<>]*')?>|</a>"
    r"|<abbr title='[^'<>]*'>|<span lang='[^'<>]*'>"
)
MARKDOWN_WORDS = ["[a](", "](https://x.org)", "](javascript:alert(1))", "](/p/)", "](cv.pdf)", "<a href='", "' onclick='x'>",
                  "</a>", "<em>", "</em>", "<script>", "**", "*", "_", "`", "<https://x.org>", "<me@x.org>", "\\[", "&#60;",
                  "&lt;", "<img src=x onerror=alert(1)>", "<br>", "3. ", "# ", "- ", "    ", "\n", "![p](x.png)", "[^1]",
                  '"', "data:text/html,x", "<abbr title='x'>", "<span lang='de'>", "<b onmouseover='x'>"]  # fmt: skip
markdown_text = st.lists(st.sampled_from(MARKDOWN_WORDS) | st.sampled_from(SYNTAX), max_size=40).map("".join) | st.text(
    max_size=200
)


@settings(max_examples=500, deadline=None)
@given(markdown_text)
@example('[a](#"[a)(')  # a link to a part of the page (once taken for a disallowed address: CI's random run found it)
def test_a_profile_s_short_text_of_any_markdown_shows_no_element_or_address_that_is_not_allowed(written):
    shown = MarkdownRenderer(base_path="/lab/").inline(written).html
    assert "<" not in INLINE_TAGS.sub("", shown), shown
    assert "<p>" not in shown and "<li>" not in shown  # a line of words, no block
    # and a theme that writes it in an attribute gets characters there, never another attribute
    text = InlineText("words", shown)
    page = jinja2.Environment(autoescape=True).from_string('<img alt="{{ text }}" src="x.png">').render(text=text)
    assert set(BeautifulSoup(page, "html5lib").img.attrs) == {"alt", "src"}, page


# Markdown of frames, scripts and pictures as people write them (embeds.py reads them), built from
# their parts so that whole tags come up, each with a few of the addresses that matter
ADDRESSES = ["https://www.youtube.com/embed/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/1",
             "https://gist.github.com/a/1f.js", "https://evil.org/x", "https://evil.org/x.pdf", "javascript:alert(1)",
             "//evil.org/x.pdf", "/files/cv.pdf", "cv.pdf#page=2", "clip.mp4", "talk.mp3", "data:text/html,<script>x</script>",
             'x" onload="alert(1)', "x' srcdoc='<script>"]  # fmt: skip
attribute = st.tuples(st.sampled_from(["src", "data", "title", "SRC", "onload", "srcdoc", "alt"]), st.sampled_from(['"', "'"]),
                      st.sampled_from(ADDRESSES)).map(lambda a: f" {a[0]}={a[1]}{a[2]}{a[1]}")  # fmt: skip
tag = st.tuples(
    st.sampled_from(["<iframe", "<IFRAME", "<embed", "<object", "<script", "<img", "<video", "<audio", "<frame"]),
    st.lists(attribute, max_size=3).map("".join),
    st.sampled_from([">", " >", "/>", ""]),
    st.sampled_from(["", "</iframe>", "</object>", "</script>", "fallback</iframe>"]),
).map("".join)
picture = st.tuples(st.sampled_from(["", "words", "<b>x</b>"]), st.sampled_from(ADDRESSES)).map(lambda p: f"![{p[0]}]({p[1]})")
embedding = st.lists(tag | picture | st.sampled_from(["\n\n", " text ", "<p>", "</p>"]), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(embedding)
def test_nothing_but_the_site_s_pdfs_is_framed_and_no_script_gets_in(text):
    shown = BeautifulSoup(MarkdownRenderer().render(text, page="news/x/").html, "html5lib")  # as a browser reads it
    elements = shown.body.find_all(True)
    assert not [element for element in elements if element.name in ("script", "embed", "object", "frame")]
    for element in elements:
        if element.name == "iframe":
            assert element.get("src") is None or is_site_frame(element["src"]), element  # a PDF of the site, or nothing
        for name, value in element.attrs.items():
            assert not name.startswith("on") and name != "srcdoc", element
            if name in ("src", "href", "data"):
                assert not str(value).strip().lower().startswith(("javascript:", "data:")), element


# Entries as real exports write them (al-folio, Google Scholar, an HTML link in a url, arXiv, IEEE,
# EndNote), each then mutated as an edit slip does: a character or a word inserted, a few deleted,
# a piece copied elsewhere. Random text rarely makes an entry that parses; these keep most of it.
REAL_ENTRIES = [
    "@inproceedings{lee2026, abbr = {ICCV}, bibtex_show = {true}, title = {Watch Your Speech},\n"
    " author = {Lee*, Gunwoo and Oh*, Yoori and Han, Yoseob}, booktitle = {British Machine Vision Conference (BMVC)},\n"
    " year = {2026}, month = {November}, annotation = {* Equal contribution}, selected = {true},\n"
    " pdf = {https://arxiv.org/pdf/2506.23630}, code = {https://github.com/a/b}, award = {Oral}, award_name = {Oral}}\n",
    "@article{zhang2023emergence, title={Emergence of Prochlorococcus}, author={Zhang, Hao and Luo, Haiwei},\n"
    " journal={bioRxiv}, pages={2023--09}, year={2023}, publisher={Cold Spring Harbor Laboratory}}\n",
    "@article{Haeusel2026, author = {Lea J. Haeusel and Wolfgang A. Wall}, title = {Bayesian inverse analysis},\n"
    " journal = {CMAME}, volume = {452}, pages = {118735}, year = {2026},\n"
    ' url = {doi:<a href="https://doi.org/10.1016/j.cma.2026.118735">10.1016/j.cma.2026.118735</a>}}\n',
    "@misc{blend25, title = {Blending Concepts}, author = {Lorenzo Olearo and Rafael Pe{\\~n}aloza}, year = {2025},\n"
    " eprint = {2506.23630}, archivePrefix = {arXiv}, primaryClass = {cs.CV}, html = {https://arxiv.org/abs/2506.23630},\n"
    " abstract = {We study $\\alpha$-blends of \\emph{concepts} at 93.40\\% accuracy.}}\n",
    "@INPROCEEDINGS{ieee, author={J. {Doe} and R. {Roe}}, booktitle={2020 IEEE ICRA}, title={Fog Robots},\n"
    ' year={2020}, pages={1-7}, month = jun # "~12", doi={10.1109/ICRA40945.2020.9196000}, altmetric={true}}\n',
    "@article{RN1, author = {Sneddon, E. A. and George, O.}, title = {Estrous cycle}, journal = {Psychopharmacology},\n"
    " note = {1432-2072\nSneddon, Elizabeth A\nJournal Article}, keywords = {Cocaine\n*Estrous cycle},\n"
    " ISSN = {0033-3158 (Print)\n0033-3158}, DOI = {10.1007/s00213-026-07041-8}, year = {2026}, type = {Journal Article}}\n",
]
SLIPS = ["{", "}", ",", "=", '"', "\\", "$", "#", "@", "]", "[", "%", "~", "\n", " ", "and ", "= {", "http://", "}{", "{\\"]
slip = st.tuples(
    st.integers(0, 10_000),
    st.sampled_from(["insert", "delete", "word", "copy", "address"]),
    st.sampled_from(SLIPS),
    st.integers(1, 12),
)
_WORD = re.compile(r"\w+")
_ADDRESS = re.compile(r"https?://")


def _slipped(text: str, slips: list[tuple[int, str, str, int]]) -> str:
    """The text with each slip made: a mark inserted (anywhere, or in an address), characters or a
    whole word deleted, a piece copied."""
    for where, kind, mark, size in slips:
        at = where % (len(text) + 1)
        if kind == "insert":
            text = text[:at] + mark + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + size :]
        elif kind == "word" and (word := _WORD.search(text, at)):
            text = text[: word.start()] + text[word.end() :]
        elif kind == "address" and (hosts := [found.end() for found in _ADDRESS.finditer(text)]):  # a typo in a host
            at = hosts[where % len(hosts)] + size % 6
            text = text[:at] + ("]", "[", " ", '"', "%")[size % 5] + text[at:]
        elif kind == "copy":
            text = text[:at] + text[size * 7 % max(len(text), 1) :][: size * 3] + text[at:]
    return text


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REAL_ENTRIES), min_size=1, max_size=3), st.lists(slip, min_size=1, max_size=5))
@example([REAL_ENTRIES[3]], [(0, "address", "", 5)])  # html = {https://arx]iv.org/...}
@example([REAL_ENTRIES[0]], [(REAL_ENTRIES[0].index("pdf ="), "word", "", 1)])  # ` = {https://...}`
def test_a_real_entry_with_slips_of_the_keyboard_is_shown_or_said_never_a_crash(entries, slips):
    """Two such slips stopped builds: a bracket in an address's host, and a field whose name was lost."""
    report = Report()
    try:
        publications, _ = publications_from(_slipped("".join(entries), slips), names=("slips.bib",), report=report)
    except SitegenError:
        return
    for pub in publications:
        line = format_citation(pub)
        assert "<script" not in line
        csl_item(pub)
    for warning in report.warnings:
        assert warning.line is None or warning.line >= 1


# A small lab: people, a bibliography with a preprint and a copy in a member's own file, a page
# citing an entry, a news item. Each edit inserts one of these or deletes a few characters.
LAB = {
    "content/site.yml": "title: Lab\nbase_url: https://example.org/lab/\npublications:\n  group_by_year: true\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\nrole: Professor\ninterests: [Engines]\n---\nAda works on engines [@lovelace1843].\n",
    "content/people/bob.md": "---\nname: Bob Babbage\nrole: PhD student\n---\nBob builds them.\n",
    "content/publications/lab.bib": (
        "@article{lovelace1843, author={Lovelace, Ada and Babbage, Bob}, title={Notes on the Analytical Engine},"
        " journal={Scientific Memoirs}, year=1843, keywords={engines}}\n"
        "@misc{corr1843, author={Lovelace, Ada}, title={Notes on the Analytical Engine}, eprint={1843.00001},"
        " archivePrefix={arXiv}, year=1843}\n"
        "@inproceedings{babbage1840, author={Babbage, Bob}, title={On a Difference Engine of the Second Kind},"
        " booktitle={Proc. Engines}, year=1840, selected={true}}\n"
    ),
    "content/publications/bob.bib": (
        "@article{Babbage_1843, author={Lovelace, Ada and Babbage, Bob}, title={Notes on the Analytical Engine},"
        " journal={Scientific Memoirs}, year=1843, code={https://github.com/bob/engine}}\n"
    ),
    "content/pages/research.md": "---\ntitle: Research\nmenu: 1\n---\nSee [@babbage1840].\n\n::: publications keyword=engines\n",
    "content/news/award.md": "---\ntitle: An award\ndate: 2024-01-01\n---\nAda won it.\n",
}
EDITS = ["\n", " ", "x", "{", "}", ",", "- ", "draft: true\n", "selected = {true},\n", "[@", "é", "\n## H\n", "year = {1850},\n"]
edit = st.tuples(st.sampled_from(sorted(LAB)), st.integers(0, 10_000), st.sampled_from(EDITS) | st.integers(1, 8))


def _said(builder) -> list[str]:
    try:
        return [str(warning) for warning in builder.build().warnings]
    except SitegenError as error:
        return [f"error: {error}"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edit, min_size=1, max_size=4))
@example([("content/people/ada.md", len("---\nname: Ada "), "x")])  # her name no longer the authors': no links
@example([("content/publications/bob.bib", 0, 9)])  # the copy gone: the paper listed from lab.bib
def test_the_preview_after_any_edits_says_and_writes_what_a_clean_build_does(edits):
    """The preview keeps what an edit did not touch (parsed entries, rendered pages, folded
    preprints); after each edit, its build and a clean one must agree, pages and warnings."""
    from conftest import tree, write_files

    from sitegen.build import Builder

    with tempfile.TemporaryDirectory() as scratch:
        site = write_files(Path(scratch) / "site", LAB)
        preview = Builder(site, Path(scratch) / "preview", in_place=True)
        _said(preview)
        for number, (name, where, change) in enumerate(edits):
            path = site / name
            text = path.read_text(encoding="utf-8")
            at = where % (len(text) + 1)
            path.write_text(text[:at] + change + text[at:] if isinstance(change, str) else text[:at] + text[at + change :])
            clean = Path(scratch) / f"clean{number}"
            said = _said(preview)
            assert said == _said(Builder(site, clean)), f"after edit {number}"
            if not said or not said[-1].startswith("error:"):
                assert tree(preview.output) == tree(clean), f"after edit {number}"
