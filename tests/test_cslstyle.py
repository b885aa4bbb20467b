"""`publications.style`: citation lines in a CSL style (citeproc-py), with sitegen's own touches kept:
the owner's name emphasised, members linked, the title linked to the entry's page, content escaped."""

from __future__ import annotations

import re
import shutil
from html import escape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build, html, publications_from, write_files

from sitegen import cslstyle
from sitegen.build import Builder
from sitegen.cslfixes import HELD_DIGITS, initials_marked, number_range, one_number_held, page_ranges, quotes_nested
from sitegen.errors import SitegenError

BIB = r"""
@inproceedings{kernels, author = {Xintian Shen and Ada Lovelace and Jun Chen}, title = {Learning Kernels: Why?},
  booktitle = {ICCV}, pages = {1--5}, year = 2023, doi = {10.1109/x.1}}
@article{same, author = {Anna Shen and Ada Lovelace and Alan Chen}, title = {Initials Alike}, journal = {Journal of Tests},
  volume = 3, year = 2022}
@article{evil, author = {Lovelace, Ada and {ACME <script>alert(1)</script> Corp}}, title = {A <b>bold</b> "quote" & more},
  journal = {J <img src=x onerror=alert(1)>}, year = 2021}
"""


def site_with(make_site, style: str, **files: str):
    settings = f"title: Test Site\nowner: ada\nlanguage: {files.pop('language', 'en')}\npublications:\n  style: {style}\n"
    return make_site({"content/site.yml": settings, "content/publications/refs.bib": BIB, **files})


def citation(page, key: str):
    return page.select_one(f"#{key} .citation")


def test_an_apa_line_keeps_the_owners_emphasis_the_title_link_and_a_doi_link(make_site):
    site = site_with(make_site, "apa")
    build(site)
    line = citation(html(site / "_site/index.html"), "kernels")
    assert line.get_text() == (
        "Shen, X., Lovelace, A., & Chen, J. (2023). Learning Kernels: Why? ICCV, 1–5. https://doi.org/10.1109/x.1"
    )
    assert [strong.get_text() for strong in line.select("strong.self")] == ["Lovelace, A."]
    assert line.select_one("a.pub-title")["href"] == "/publications/kernels/"
    assert line.select_one('a[href="https://doi.org/10.1109/x.1"]') is not None
    own_page = citation(html(site / "_site/publications/kernels/index.html"), "kernels")
    assert own_page.select_one("a.pub-title") is None and "Why? ICCV" in own_page.get_text()


@pytest.mark.parametrize(
    ("style", "owner"),
    [("apa", "Lovelace, A."), ("ieee", "A. Lovelace"), ("chicago-author-date", "Ada Lovelace"), ("nature", "Lovelace, A.")],
)
def test_the_owners_whole_name_is_found_among_names_with_the_same_initial(make_site, style, owner):
    """Given names after the family name ("Shen, A.") or before it ("A. Shen") are told apart
    from the next name's, whichever way the style writes them."""
    site = site_with(make_site, style)
    build(site)
    line = citation(html(site / "_site/index.html"), "same")
    assert [strong.get_text() for strong in line.select("strong.self")] == [owner]
    assert "Shen" in line.get_text() and "Chen" in line.get_text()


TEN_AUTHORS = (
    "@article{big, title = {A Big Collaboration}, journal = {Nature}, year = 2022, author = {Smith, John and Jones, Bob"
    " and Lee, Carl and Kim, Dan and Park, Eve and Wu, Fay and Ng, Gus and Lovelace, Ada and Babbage, Charles"
    " and Roe, Ian}}\n"
)


@pytest.mark.parametrize(
    ("style", "shown", "owner", "member"),
    [
        # Nature writes "et al." after the first of six or more, IEEE after the first of seven or more
        ("nature", "Smith, J., …, Lovelace, A., Babbage, C. et al. A Big Collaboration.", "Lovelace, A.", "Babbage, C."),
        ("ieee", "J. Smith, …, A. Lovelace, C. Babbage et al., “A Big Collaboration,”", "A. Lovelace", "C. Babbage"),
        # Chicago inverts the first name only: the hidden ones are written as the one before them
        (
            "chicago-author-date",
            "Smith, John, Bob Jones, Carl Lee, …, Ada Lovelace, Charles Babbage, et al. 2022.",
            "Ada Lovelace",
            "Charles Babbage",
        ),
        (
            "vancouver-nlm",
            "Smith J, Jones B, Lee C, Kim D, Park E, Wu F, …, Lovelace A, Babbage C, et al. A Big",
            "Lovelace A",
            "Babbage C",
        ),
    ],
)
def test_members_a_styles_et_al_hides_are_shown_after_the_names_before_them(make_site, style, shown, owner, member):
    """On her own profile a researcher's paper must not read as if she were not among its authors."""
    babbage = "---\nname: Charles Babbage\nrole: Postdoc\n---\n"
    site = site_with(make_site, style, **{"content/publications/big.bib": TEN_AUTHORS, "content/people/charles.md": babbage})
    build(site)
    line = citation(html(site / "_site/index.html"), "big")
    assert shown in line.get_text()
    assert [strong.get_text() for strong in line.select("strong.self")] == [owner]
    assert line.select_one('a[href="/people/charles/"]').get_text() == member


def test_an_entry_without_names_has_no_none_for_them_and_a_standard_its_number(make_site):
    """An empty list of editors went to citeproc-py, which wrote "None (ed.)"; a report's, patent's
    or standard's number is CSL's `number`, not an issue's."""
    bib = "@standard{iso, title={Information technology}, organization={ISO}, number={ISO/IEC 27001:2022}, year=2022}\n"
    site = make_site({"content/site.yml": "title: T\npublications:\n  style: apa\n", "content/publications/refs.bib": bib})
    build(site)
    line = citation(html(site / "_site/publications/index.html"), "iso").get_text()
    assert "None" not in line and "(ISO/IEC 27001:2022)" in line and line.endswith("ISO.")


def test_apa_s_editors_label_is_in_title_case_on_an_english_site(make_site):
    """APA writes "(Eds.)"; citeproc-py title-cases a label only for an English item and asks no
    item's language for a label, so it printed "(eds.)". A German site's term stays its own."""
    bib = (
        "@incollection{ch, author={Lovelace, Ada}, title={Engines}, booktitle={Machines}, year=2020, publisher={P},"
        " editor={Babbage, Charles and Roe, Richard}}\n"
    )
    site = make_site({"content/site.yml": "title: T\npublications:\n  style: apa\n", "content/publications/refs.bib": bib})
    build(site)
    assert "In C. Babbage & R. Roe (Eds.), Machines" in citation(html(site / "_site/publications/index.html"), "ch").get_text()
    german = "title: T\nlanguage: de\npublications:\n  style: apa\n"
    site = make_site({"content/site.yml": german, "content/publications/refs.bib": bib})
    build(site)
    assert "(Hrsg.)" in citation(html(site / "_site/publications/index.html"), "ch").get_text()


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("apa", "Why Fog Matters. (2023). Example Lab Blog. https://example.org/fog"),
        ("chicago-author-date", "“Why Fog Matters.” 2023. Example Lab Blog. https://example.org/fog."),
        ("modern-language-association", "“Why Fog Matters.” Example Lab Blog, 2023, https://example.org/fog."),
        ("harvard-cite-them-right", "“Why Fog Matters” (2023). Example Lab Blog. Available at: https://example.org/fog."),
        ("elsevier-harvard", "Why Fog Matters, 2023."),
    ],
)
def test_a_title_in_the_place_of_names_is_not_repeated(make_site, style, expected):
    """A style puts an entry's title where its names would be; CSL leaves it out after that,
    citeproc-py does not ("Why Fog Matters. (2023). Why Fog Matters. Example Lab Blog.")."""
    bib = "@misc{web, title={Why Fog Matters}, year=2023, howpublished={Example Lab Blog}, url={https://example.org/fog}}\n"
    settings = f"title: T\npublications:\n  style: {style}\n"
    site = make_site({"content/site.yml": settings, "content/publications/refs.bib": bib})
    build(site)
    line = citation(html(site / "_site/publications/index.html"), "web")
    assert " ".join(line.get_text().split()) == expected
    assert len(line.select("a.pub-title")) == 1


BOOK = "@book{b, title={Citation}, edition={20}, publisher={HLRA}, year=2015}"
DIRECTIVE = "@report{b, title={Directive}, number={2004/33/EC}, institution={EC}, year=2004}"


@pytest.mark.parametrize(
    ("style", "entry", "expected"),
    [
        ("chicago-author-date", BOOK, "Citation. 2015. 20th ed. HLRA."),
        ("chicago-author-date", DIRECTIVE, "Directive. 2004. 2004/33/EC. EC."),
        ("harvard-cite-them-right", BOOK, "Citation. 20th ed (2015). HLRA."),  # not "(2015)ed."
        ("harvard-cite-them-right", DIRECTIVE, "Directive (2004). 2004/33/EC. EC."),
    ],
)
def test_what_follows_a_title_left_out_is_left_out_in_whole_parts(make_site, style, entry, expected):
    """The second title goes with what follows both titles alike, in whole parts: "2015." and
    "20th" begin alike, and the edition's figures were lost ("th ed."); "20th ed (2015)" and
    "20th ed." share "20th ed", which goes."""
    settings = f"title: T\npublications:\n  style: {style}\n"
    site = make_site({"content/site.yml": settings, "content/publications/refs.bib": entry})
    build(site)
    line = citation(html(site / "_site/publications/index.html"), "b")
    assert " ".join(line.get_text().split()) == expected


@pytest.mark.parametrize(
    ("style", "language", "quoted"),
    [("ieee", "en", "“Learning Kernels: Why?” in ICCV"), ("ieee", "en", "“Initials Alike,” Journal of Tests"),
     ("ieee", "de", "„Initials Alike“, Journal of Tests")],
)  # fmt: skip
def test_american_english_puts_a_comma_or_full_stop_inside_the_quotation_marks(make_site, style, language, quoted):
    """The locale's `punctuation-in-quote`, which citeproc-py reads but does not apply."""
    site = site_with(make_site, style, language=language)
    build(site)
    page = html(site / "_site/index.html")
    assert quoted in " ".join(citation(page, "kernels").get_text().split() + citation(page, "same").get_text().split())


QUOTED = r"""
@article{quoted, author = {Ada Lovelace}, title = {The 'hidden' curriculum of "smart" schools: Children's {``views''}},
  journal = {Journal of Tests}, year = 2024}
"""


@pytest.mark.parametrize(
    ("style", "language", "title"),
    [
        ("ieee", "en", "“The ‘hidden’ curriculum of ‘smart’ schools: Children’s ‘views’,”"),
        ("ieee", "de", "„The ‚hidden‘ curriculum of ‚smart‘ schools: Children’s ‚views‘“"),
        ("apa", "en", "The ‘hidden’ curriculum of “smart” schools: Children’s “views”."),  # not in quotation marks
    ],
)
def test_a_titles_own_quotation_marks_are_nested_in_the_styles(make_site, style, language, title):
    """CSL's flip-flop, which citeproc-py does not do: a quotation in a title the style quotes takes
    the locale's inner marks (the .bib's typed ones are curled first)."""
    site = make_site(
        {
            "content/site.yml": f"title: T\nowner: ada\nlanguage: {language}\npublications:\n  style: {style}\n",
            "content/publications/refs.bib": QUOTED,
        }
    )
    build(site)
    assert title in citation(html(site / "_site/index.html"), "quoted").get_text()
    shutil.rmtree(site / "_site")
    build(site)  # a new run: the line from the cache, with the style's marks kept beside it
    assert title in citation(html(site / "_site/index.html"), "quoted").get_text()


@pytest.mark.parametrize(
    ("title", "nested"),
    [
        ("He said “it’s ‘fine’ now”", "He said ‘it’s “fine” now’"),  # three levels: inner, outer, inner
        ("Children’s <em>“big”</em> day", "Children’s <em>‘big’</em> day"),  # an apostrophe; tags passed over
        ("“‘it’s fine’” and odd ” and ’", "‘“it’s fine”’ and odd ” and ’"),  # a mark that closes nothing stays
        ('<a href="/x“">“x”</a>', '<a href="/x“">‘x’</a>'),  # a tag's own marks are passed over
    ],
)
def test_nesting_quotation_marks_tells_an_apostrophe_from_a_closing_mark(title, nested):
    assert quotes_nested(title, ("‘", "’"), ("“", "”")) == nested


def test_the_content_is_escaped_and_only_the_styles_markup_gets_through(make_site):
    site = site_with(make_site, "apa")
    build(site)
    line = citation(html(site / "_site/index.html"), "evil")
    assert line.select("script, img") == [] and not any(tag.attrs.get("onerror") for tag in line.find_all(True))
    text = line.get_text()
    assert "ACME <script>alert(1)</script> Corp" in text and "A bold “quote” & more" in text
    assert [b.get_text() for b in line.select("b")] == ["bold"]  # a title's tags are read as Crossref's markup
    assert "J <img Src=x Onerror=alert(1)>" in line.select_one("i").get_text()  # APA capitalises a journal's words


def test_numbers_are_left_out_and_terms_follow_the_sites_language(make_site):
    site = site_with(make_site, "ieee", language="de")
    build(site)
    line = citation(html(site / "_site/index.html"), "kernels")
    assert (
        line.get_text() == "X. Shen, A. Lovelace, und J. Chen, „Learning Kernels: Why?“, in ICCV, 2023, S. 1–5. doi: 10.1109/x.1."
    )
    assert line.select_one('a[href="https://doi.org/10.1109/x.1"]').get_text() == "10.1109/x.1"  # a DOI written bare, linked


def test_markdown_references_use_the_style(make_site):
    site = site_with(make_site, "apa", **{"content/pages/notes.md": "---\ntitle: Notes\n---\nAs shown [@kernels].\n"})
    build(site)
    page = html(site / "_site/notes/index.html")
    assert "(Shen et al., 2023)" in page.get_text()
    assert page.select_one(".references .citation").get_text().startswith("Shen, X., Lovelace, A., & Chen, J. (2023). Learning")


@pytest.mark.parametrize(
    ("style", "message", "line"),
    [
        ("apaa", "no citation style 'apaa' (did you mean 'apa'?)", 5),
        ("../outside.csl", "the citation style file '../outside.csl' is not in content/", 5),
        ("styles/broken.csl", "the citation style is not valid XML", 3),
        ("styles/other.csl", "the citation style cannot be used", None),
    ],
)
def test_a_style_that_cannot_be_had_is_an_error_at_its_line(make_site, style, message, line):
    site = site_with(
        make_site,
        style,
        **{
            "content/styles/broken.csl": '<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl">\n</info>\n',
            "content/styles/other.csl": '<?xml version="1.0"?>\n<html/>\n',
        },
    )
    (site / "outside.csl").write_text("<style/>")
    with pytest.raises(SitegenError) as raised:
        build(site)
    error = raised.value.diagnostic
    assert message in error.message and error.line == line
    assert error.path.name == ("site.yml" if line == 5 else style.split("/")[-1])


def test_a_later_run_takes_the_lines_from_the_cache_and_formats_only_a_changed_entry(make_site, tmp_path, monkeypatch):
    """What citeproc-py cannot format keeps sitegen's own style, with a warning at the entry."""
    site = site_with(make_site, "apa")
    build(site)
    first = (site / "_site/index.html").read_bytes()
    formatted = []

    def failing(self, pub):
        formatted.append(pub.key)
        raise ValueError("no")

    monkeypatch.setattr(cslstyle.CslStyle, "format", failing)
    again = Builder(site, tmp_path / "again").build()
    assert formatted == [] and again.warnings == [] and (tmp_path / "again/index.html").read_bytes() == first
    bib = site / "content/publications/refs.bib"
    bib.write_text(bib.read_text().replace("Initials Alike", "Initials Changed"))
    changed = Builder(site, tmp_path / "changed").build()
    assert formatted == ["same"]
    [warning] = changed.warnings
    assert "cannot format 'same' (ValueError: no)" in warning.message and warning.path == bib and warning.line == 4
    line = citation(html(tmp_path / "changed/index.html"), "same").get_text()
    assert line.startswith("Anna Shen, Ada Lovelace, and Alan Chen. Initials Changed.")  # sitegen's style


def test_serve_follows_a_change_of_style_and_of_the_style_file(make_site):
    site = site_with(make_site, "styles/mine.csl")
    source = cslstyle.style_path("apa", site / "content", (None, None))
    write_files(site, {"content/styles/mine.csl": source.read_text(encoding="utf-8")})
    builder = Builder(site, in_place=True)
    builder.build()
    assert citation(html(site / "_site/index.html"), "kernels").get_text().startswith("Shen, X., Lovelace, A., & Chen")
    style = site / "content/styles/mine.csl"
    style.write_text(style.read_text(encoding="utf-8").replace('initialize-with=". "', 'initialize-with="~"'), encoding="utf-8")
    builder.build()
    assert citation(html(site / "_site/index.html"), "kernels").get_text().startswith("Shen, X~, Lovelace, A~")
    settings = site / "content/site.yml"
    settings.write_text(settings.read_text().replace("styles/mine.csl", "sitegen"))
    builder.build()
    assert citation(html(site / "_site/index.html"), "kernels").get_text().startswith("Xintian Shen, Ada Lovelace, and Jun Chen.")


def test_many_entries_formatted_by_two_processes_come_out_as_by_one(make_site, tmp_path, monkeypatch):
    monkeypatch.setattr(cslstyle, "PARALLEL_FROM", 10)
    shared = []
    monkeypatch.setattr(
        cslstyle, "map_shared", lambda items, *args, real=cslstyle.map_shared: shared.append(len(items)) or real(items, *args)
    )
    entries = "".join(
        f"@article{{k{n}, author = {{Lovelace, Ada and Other, B.}}, title = {{T{n}}}, journal = {{J}}, year = 2020}}\n"
        for n in range(40)
    )
    site = site_with(make_site, "ieee", **{"content/publications/more.bib": entries})
    Builder(site, tmp_path / "one", jobs=1).build()
    shutil.rmtree(site / ".sitegen-cache")
    Builder(site, tmp_path / "two", jobs=2).build()
    assert shared == [43]
    assert (tmp_path / "one/index.html").read_bytes() == (tmp_path / "two/index.html").read_bytes()
    assert citation(html(tmp_path / "two/index.html"), "k39").get_text().startswith("A. Lovelace and B. Other, “T39,”")


SAME_YEAR = r"""
@article{zebra, author = {Shen, Xintian and Lovelace, Ada}, title = {Zebra}, journal = {Vision 2023}, year = 2023,
  doi = {10.1/v.2023.5}}
@article{aardvark, author = {Shen, Xintian and Lovelace, Ada}, title = {Aardvark}, journal = {J}, year = 2023}
"""


@pytest.mark.parametrize(
    ("style", "zebra"),
    [
        ("sitegen", "Xintian Shen and Ada Lovelace. Zebra. Vision 2023, 2023b."),
        ("apa", "Shen, X., & Lovelace, A. (2023b). Zebra. Vision 2023. https://doi.org/10.1/v.2023.5"),
    ],
)
def test_a_references_list_gives_the_year_as_the_text_cites_it(make_site, style, zebra):
    """Two works of the same authors and year are 2023a and 2023b in the text and in the list."""
    site = site_with(make_site, style, **{"content/pages/notes.md": "---\ntitle: Notes\n---\nAs shown [@zebra; @aardvark].\n"})
    (site / "content/publications/refs.bib").write_text(SAME_YEAR)
    build(site)
    page = html(site / "_site/notes/index.html")
    assert "(Shen and Lovelace, 2023b; Shen and Lovelace, 2023a)" in page.get_text()
    lines = [line.get_text() for line in page.select(".references .citation")]
    assert len(lines) == 2 and "2023a" in lines[0] and "Aardvark" in lines[0]
    assert lines[1] == zebra
    listed = citation(html(site / "_site/index.html"), "zebra").get_text()  # elsewhere the year is the year
    assert "2023b" not in listed and "2023" in listed


@pytest.mark.parametrize(
    ("style", "markdown", "cited"),
    [("ieee", "", "[1]"), ("ieee", "author-date", "(Shen et al., 2023)"), ("apa", "", "(Shen et al., 2023)")],
)
def test_a_numeric_style_cites_by_number_in_the_text_unless_told_otherwise(make_site, style, markdown, cited):
    notes = {"content/pages/notes.md": "---\ntitle: Notes\n---\nAs shown [@kernels].\n"}
    site = site_with(make_site, style, **notes)
    if markdown:
        settings = site / "content/site.yml"
        settings.write_text(settings.read_text() + f"markdown:\n  citations: {markdown}\n")
    build(site)
    page = html(site / "_site/notes/index.html")
    assert f"As shown {cited}." in page.get_text()
    assert (page.select_one(".reference-label") is not None) == (cited == "[1]")


def test_a_collaborations_thousands_of_authors_come_out_whole(make_site):
    """Names past the private-use characters' 6,143 positions go in unmarked, and nothing of the
    marks is left in the page."""
    authors = " and ".join([f"Person{n}, A." for n in range(7000)] + ["Lovelace, Ada"])
    bib = f"@article{{big, author = {{{authors}}}, title = {{Big}}, journal = {{Physics}}, year = 2020}}\n"
    site = site_with(make_site, "apa", **{"content/publications/big.bib": bib})
    build(site)
    page = (site / "_site/index.html").read_text(encoding="utf-8")
    assert not any("\ue000" <= char <= "\uf8ff" for char in page)
    text = citation(html(site / "_site/index.html"), "big").get_text()
    assert text.startswith("Person0, A., Person1, A.,") and "… Lovelace, A. (2020). Big. Physics." in text


@pytest.mark.parametrize(
    ("written", "hidden"),
    [
        ("Smith, J.", "Lovelace, A. A."),
        ("J. Smith", "A. A. Lovelace"),
        ("Smith J", "Lovelace AA"),
        ("Smith, J.-N.", "Lovelace, A. A."),
        ("Smith, John", "Lovelace, Ada Augusta"),
        (
            '<span style="font-variant:small-caps;">Smith</span>, J.',
            '<span style="font-variant:small-caps;">Lovelace</span>, A. A.',
        ),
    ],
)
def test_a_hidden_name_is_written_as_the_style_wrote_the_one_before(written, hidden):
    from sitegen.model import Name, StyledEntry

    first = Name(first="John" if "N" not in written else "Jiang-Ning", last="Smith")
    names = [
        first,
        Name(first="B", last="B"),
        Name(first="Ada Augusta", last="Lovelace"),
        Name(first="Ada Augusta", last="Byron"),
    ]
    entry = StyledEntry("\ue0040\ue005 et al.", {0: written})
    texts = cslstyle.name_texts(entry, names, [2, 3])
    assert texts == {0: written, 2: hidden, 3: hidden.replace("Lovelace", "Byron")}
    line = cslstyle.fill_names(entry.line, [None, None, texts[2], texts[3]], entry, [2, 3])
    assert line == f"{written}, …, {hidden}, {texts[3]} et al."  # the second next to the first: no "…" between


EDITION = (
    "@book{b, author={Knuth, Donald E.}, title={The Art}, edition={%s}, publisher={Addison-Wesley}, address={Reading}, year=1998}"
)


@pytest.mark.parametrize(("edition", "written"), [("2", "Second edition."), ("11", "11th edition.")])
def test_a_long_ordinal_is_capitalized_as_the_style_says(edition, written):
    """The American Journal of Sociology's "Second edition" (30 styles capitalize a long ordinal);
    past ten it is figures, which citeproc-py failed to capitalize: the entry is still the style's."""
    assert (
        styled("american-journal-of-sociology", EDITION % edition)
        == f"Knuth, Donald E. 1998. The Art. {written} Reading: Addison-Wesley."
    )


def test_an_ordinal_suffix_is_the_styles_languages():
    """Historia Scribere writes in German, its own locale has no language: "2nd" came from en-US."""
    assert styled("historia-scribere", EDITION % "2") == "Knuth, Donald E., The Art, Reading 2.1998."


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("econometrica", "Ronneberger, O., and P. Fischer. (2015): “U-Net,” MICCAI 2015, Cham: Springer, 234–41."),
        ("mis-quarterly", "Ronneberger, O., and Fischer, P. 2015. “U-Net,” in MICCAI 2015, Cham: Springer, pp. 234–241."),
    ],
)
def test_pages_the_style_capitalizes_are_written_in_the_style(style, written):
    """citeproc-py failed on pages in "capitalize-first": every entry with pages came out in sitegen's own style."""
    unet = "@inproceedings{r, author={Ronneberger, Olaf and Fischer, Philipp}, title={U-Net}, booktitle={MICCAI 2015}, pages={234--241}, publisher={Springer}, address={Cham}, year=2015}"
    assert styled(style, unet) == written


MACRO_CALL_CASED = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>M</title><id>m</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="publisher"><text variable="publisher"/></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text macro="publisher" text-case="lowercase"/></layout></bibliography>
</style>"""


def test_a_case_on_a_macro_call_does_nothing_as_in_citeproc_js(tmp_path):
    assert styled_by(MACRO_CALL_CASED, EDITION % "2", tmp_path) == "Addison-Wesley"


def test_a_title_case_on_a_macro_call_no_longer_sends_the_entry_to_sitegens_own_style():
    """Method & Theory in the Study of Religion's `<text macro="title" text-case="title"/>`:
    citeproc-py failed on every book and edited volume, which came out in sitegen's own style."""
    volume = "@proceedings{p, editor={Oh, Alice and Naumann, Tristan}, title={Advances 36}, year=2023}"
    written = "Oh, Alice & Tristan Naumann (Eds.) (2023). Advances 36."
    assert styled("method-and-theory-in-the-study-of-religion", volume) == written


TERM_WITH_A_REFERENCE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>T</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale><terms><term name="in">in&amp;#160;the</term></terms></locale>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text term="in"/></layout></bibliography>
</style>"""


def test_a_character_reference_escaped_in_a_styles_own_term_is_the_character(tmp_path):
    assert styled_by(TERM_WITH_A_REFERENCE, EDITION % "2", tmp_path) == "In\xa0the"  # (opening the entry: capitalized)


APOSTROPHES = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="fr-FR">
  <info><title>A</title><id>a</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale><terms><term name="in">l'in</term></terms></locale>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <text variable="publisher" prefix="p'x " suffix=" s'y "/><text value="v'z "/><text term="in"/>
  </layout></bibliography>
</style>"""


def test_a_terms_and_a_values_apostrophe_is_typeset_an_affixs_is_not_as_in_citeproc_js(tmp_path):
    """French styles' "disponible à l’adresse" came out "l'adresse" (the locale's term)."""
    assert styled_by(APOSTROPHES, EDITION % "2", tmp_path) == "p'x Addison-Wesley s'y v’z l’in"
    url = "@misc{m, author={Roe, R.}, title={Page}, year=2020, url={https://x.org/a}}"
    assert "Disponible à l’adresse" in styled("clara-architecture-recherche", url)


def test_a_stop_goes_inside_the_locales_own_quotation_marks_where_it_says_so():
    """INRS writes in French with `punctuation-in-quote`: « Stars. », as citeproc-js; only “ ” moved."""
    roe = "@article{a, author={Roe, Richard}, title={Stars}, journal={Nature}, volume=5, pages={1--2}, year=2020}"
    inrs = "institut-national-de-la-recherche-scientifique-sciences-sociales"
    assert styled(inrs, roe) == "Roe, Richard. 2020. «\xa0Stars.\xa0» Nature 5: 1‑2."
    assert styled("chicago-author-date", roe) == "Roe, Richard. 2020. “Stars.” Nature 5: 1–2."


def test_a_character_reference_escaped_in_a_styles_affix_is_the_character():
    """Revista Portuguesa de Arqueologia writes `prefix="&amp;#8211; "`: the page showed "&#8211;"."""
    roe = "@article{a, author={Roe, Richard}, title={Stars}, journal={Nature}, volume=5, pages={1--2}, year=2020}"
    assert styled("revista-portuguesa-de-arqueologia", roe) == "ROE, Richard (2020) – Stars. Nature. 5, pp. 1–2."
    thesis = "@phdthesis{t, author={Roe, R.}, title={The variant}, school={Uni}, year=2021}"  # in a cs:text's value
    assert (
        styled("universitat-heidelberg-medizinische-fakultat-mannheim-numeric", thesis)
        == "Roe, R: The variant. Med.\xa0Dissertation. Uni, 2021."
    )


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("avocetta-journal-of-ornithology", "Shen X., Zhang J., Chen J., Bai S., … Liu Y. 2023. Kernels. J."),
        ("czech-journal-of-international-relations", "Shen, Xintian – Zhang, Jiangning – … Liu, Yong (2023): Kernels. J."),
    ],
)
def test_the_last_name_after_the_ellipsis_leaves_two_names_out_as_in_citeproc_js(style, written):
    """Avocetta cuts eight names at six, shows five and the last: no room to leave two out, so
    citeproc-py wrote "…, Han Y., et al."; citeproc-js shows as many as leave two out."""
    eight = " and ".join(
        [
            "Shen, Xintian",
            "Zhang, Jiangning",
            "Chen, Jun",
            "Bai, Shipeng",
            "Han, Yue",
            "Wang, Yabiao",
            "Wang, Chengjie",
            "Liu, Yong",
        ]
    )
    bib = "@article{a, author={" + eight + "}, title={Kernels}, journal={J}, year=2023}"
    assert styled(style, bib) == written


def test_a_name_written_twice_in_two_forms_keeps_both_and_the_fuller_is_linked():
    """Zwitscher-Maschine heads an entry with the authors' family names ("Xiang/Li/Liu 2023") and
    then writes them in full: a name's one slot took its last form, so the head read "Jingyang
    Xiang/Siqi Li/Yong Liu 2023" (34 of 36 entries differed from citeproc-js; five such styles)."""
    (pub,), _ = publications_from(
        "@article{x, author={Xiang, Jingyang and Li, Siqi and Liu, Yong}, title={SUBP}, journal={CoRR}, year=2023}"
    )
    entry = cslstyle.load_style(
        "zwitscher-maschine", cslstyle.style_path("zwitscher-maschine", Path("."), (None, None)), "en"
    ).format(pub)
    assert entry.names == {0: "Jingyang Xiang", 1: "Siqi Li", 2: "Yong Liu"}
    line = cslstyle.fill_names(cslstyle.fill_title(entry, "SUBP"), ['<a href="/xiang/">Jingyang Xiang</a>'], entry)
    soup = BeautifulSoup(line, "html.parser")
    assert soup.get_text().startswith("Xiang/Li/Liu 2023Jingyang Xiang, Siqi Li und Yong Liu, SUBP, in: CoRR")
    assert [link.get_text() for link in soup.select("a")] == ["Jingyang Xiang"]


@pytest.mark.parametrize(("style", "names"), [("apa", "张三, 李四, & 王小明."), ("ieee", "张三, 李四, and 王小明,")])
def test_a_cjk_name_is_written_whole_family_name_first_not_as_initials(make_site, style, names):
    bib = "@article{z, title={图像分割}, author={张三 and 李四 and 王, 小明}, journal={计算机学报}, year=2024}"
    site = make_site(
        {
            "content/site.yml": f"title: T\npublications:\n  style: {style}\n",
            "content/people/wang.md": "---\nname: 王小明\n---\n",
            "content/publications/refs.bib": bib,
        },
        with_person=False,
    )
    assert [w.message for w in build(site).warnings] == []
    citation = html(site / "_site/index.html").select_one("#z .citation")
    assert citation.get_text().startswith(names)
    assert citation.select_one("strong.self").get_text() == "王小明"  # the site's owner, found and emphasised


def styled(style: str, bib: str, language: str = "en") -> str:
    """The entry's line in the style (a name, or a .csl file's path), as a page shows it, as text."""
    return styled_html(style, bib, language).get_text()


def styled_by(csl: str, bib: str, folder: Path) -> str:
    """The entry's line, as text, in a style written out in a test."""
    style = folder / "style.csl"
    style.write_text(csl, encoding="utf-8")
    return styled(str(style), bib)


def styled_html(style: str, bib: str, language: str = "en") -> BeautifulSoup:
    """The entry's line in the style, as a page shows it, parsed."""
    (pub,), _ = publications_from(bib)
    path = Path(style) if style.endswith(".csl") else cslstyle.style_path(style, Path("."), (None, None))
    entry = cslstyle.load_style(style, path, language).format(pub)
    line = cslstyle.fill_names(cslstyle.fill_title(entry, escape(pub.title.text)), [], entry)
    return BeautifulSoup(line, "html.parser")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("ieee", "J. Doe, “Fog,” presented at the NeurIPS Workshop on Weather, Dec. 14, 2024."),
        ("apa", "Doe, J. (2024, December 14). Fog [Invited talk]. NeurIPS Workshop on Weather, Vancouver, Canada."),
    ],
)
def test_a_talk_says_where_it_was_given(style, expected):
    """IEEE's style names the event by CSL 1.0.1's `event`, which citeproc-py knows: it is given
    beside `event-title` (it said "J. Doe, “Fog.” Dec. 14, 2024.")."""
    talk = (
        "@misc{t, author={Doe, Jane}, title={Fog}, type={Invited talk}, eventtitle={NeurIPS Workshop on Weather},"
        " venue={Vancouver, Canada}, eventdate={2024-12-14}}"
    )
    assert styled(style, talk) == expected


TWO_AUTHORS = "@inproceedings{p, author={Nov{\\'a}k, Tom{\\'a}{\\v s} and Elena V{\\'a}squez-Moreno}, title={Sonar}, booktitle={Proc}, year=2019}"


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("chicago-author-date", "Novák, Tomáš, and Elena Vásquez-Moreno. 2019."),
        ("modern-language-association", "Novák, Tomáš, and Elena Vásquez-Moreno. “Sonar.”"),
        ("apa", "Novák, T., & Vásquez-Moreno, E. (2019)."),  # a style that initializes still does
    ],
)
def test_a_style_that_keeps_given_names_whole_is_not_made_to_write_initials(style, written):
    """Chicago and MLA set `initialize-with` for the whole style and `initialize="false"` on the
    bibliography's names; citeproc-py knows no `initialize`, and wrote "Novák, T., and E. Vásquez-Moreno"."""
    assert styled(style, TWO_AUTHORS).startswith(written)


@pytest.mark.parametrize(
    ("pages", "ending"), [("", "In Proc; Sydney, 2020."), ("pages={3--9},", "In Proc; Sydney, 2020; pp 3–9.")]
)
def test_a_label_is_shown_only_with_its_value(pages, ending):
    """The American Chemical Society's style labels pages ("pp 3–9"); citeproc-py wrote the label
    without them too: "; p ." after every entry without pages."""
    bib = f"@inproceedings{{p, author={{Chen, Mei}}, title={{Sonar}}, booktitle={{Proc}}, address={{Sydney}}, {pages} year=2020}}"
    assert styled("american-chemical-society", bib) == f"Chen, M. Sonar. {ending}"


def test_a_date_in_the_locales_form_has_the_locales_delimiter():
    """Vancouver's own locale writes "2020 Sep" (parts parted by a space); citeproc-py wrote "2020Sep"."""
    bib = "@article{a, author={Chen, Mei}, title={Sonar}, journal={J Test}, year=2020, month=sep, volume=2, pages={3--9}}"
    assert styled("vancouver-nlm", bib) == "Chen M. Sonar. J Test. 2020 Sep;2:3–9."


@pytest.mark.parametrize(
    ("fields", "written"),
    [("edition={2}, year=2020,", "Chen, M. (2020). Sonar (2nd ed.). Uni Press."), ("", "Chen, M. (n.d.). Sonar. Uni Press.")],
)
def test_a_full_stop_after_a_parenthesis_stays_though_one_is_inside(fields, written):
    """ "(2nd ed.)." and "(n.d.)." are right: a stop inside parentheses does not end the sentence."""
    bib = f"@book{{b, author={{Chen, Mei}}, title={{Sonar}}, publisher={{Uni Press}}, {fields}}}"
    assert styled("apa", bib) == written


@pytest.mark.parametrize(
    ("number", "written"),
    [
        ("", "Chen, M. (2021). Sonar [PhD thesis]. Uni."),
        ("number={123},", "Chen, M. (2021). Sonar (Publication No. 123) [PhD thesis]. Uni."),
    ],
)
def test_a_group_whose_variables_are_empty_is_left_out_though_a_choice_in_it_wrote_a_word(number, written):
    """APA's thesis number is a group of a choice (a thesis: the word "Publication") and the number;
    CSL leaves the group out when the number is empty, citeproc-py wrote "Sonar (Publication) [PhD thesis]"."""
    assert styled("apa", f"@phdthesis{{t, author={{Chen, Mei}}, title={{Sonar}}, school={{Uni}}, {number} year=2021}}") == written


EDITED = "@book{p, editor={Oh, Alice and Levine, Sergey}, title={Advances}, publisher={Curran}, volume=166, year=2023}"


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("apa", "Oh, A., & Levine, S. (Eds.). (2023). Advances (Vol. 166). Curran."),
        ("chicago-author-date", "Oh, Alice, and Sergey Levine, eds. 2023. Advances. Vol. 166. Curran."),
        ("modern-language-association", "Oh, Alice, and Sergey Levine, editors. Advances. vol. 166, Curran, 2023."),
        # the substitute calls the macro that also writes the editors after the title: was "(2023). Advances. Curran."
        ("university-of-york-harvard-environment", "Oh, A. and Levine, S. (Eds). (2023). Advances. Curran."),
        # the editors' own names head the entry, then the substitute writes them in full: was "2023 = A. Oh, ..."
        ("cronache-di-archeologia", "Oh, Levine 2023 = A. Oh, S. Levine (edd.), Advances, 2023."),
        # the head's branch on the authors is not taken, the editors' own is: was "2023 = A. Oh, S. Levine (dir.)"
        ("collection-de-l-ecole-francaise-de-rome-note", "Oh - Levine 2023 = A. Oh, S. Levine (dir.), Advances, 2023."),
        # a substitute heads the entry: the later one for the authors' full names writes none
        ("topoi-orient-occident-auteur-date", "Oh et Levine 2023Advances (2023)."),
    ],
)
def test_editors_in_the_authors_place_are_written_there_as_authors_are_and_not_again(style, written):
    """CSL leaves a variable its substitute used out of the rest of the entry, and a substitute's
    names are written as the authors' would be; citeproc-py did neither: APA's "A. Oh, & S. Levine
    (Eds.). (2023). Advances (A. Oh & S. Levine, Eds.; Vol. 166).", Chicago's "A. Oh, S. Levine. 2023."."""
    assert styled(style, EDITED) == written


@pytest.mark.parametrize(
    ("bib", "written"),
    [
        (  # was "in Jingyang Xiang and Siqi Li, Advances, ed. Alice Oh and Sergey Levine"
            "@incollection{c, author={Xiang, Jingyang and Li, Siqi}, editor={Oh, Alice and Levine, Sergey}, title={SUBP},"
            " booktitle={Advances}, pages={3--9}, year=2023}",
            "Xiang, Jingyang, and Siqi Li, ‘SUBP’, in Alice Oh and Sergey Levine, eds, Advances (n.p., 2023), 3–9.",
        ),
        (  # found though an author of the chapter edits the book
            "@incollection{r, author={Rumelhart, David E. and Hinton, Geoffrey E.}, editor={Rumelhart, David E. and"
            " McClelland, James L.}, title={Learning}, booktitle={Parallel Distributed Processing}, pages={318--362}, year=1986}",
            "Rumelhart, David E., and Geoffrey E. Hinton, ‘Learning’, in David E. Rumelhart and James L. McClelland, eds,"
            " Parallel Distributed Processing (n.p., 1986), 318–62.",
        ),
        (  # a book's editors have no such place: they stay where the style writes them
            "@book{b, author={Xiang, Jingyang}, editor={Oh, Alice}, title={Collected Papers}, year=2023}",
            "Xiang, Jingyang, Collected Papers, ed. Alice Oh (n.p., 2023).",
        ),
    ],
)
def test_a_chapter_is_in_its_editors_book_where_the_containers_authors_stand_for_them(bib, written):
    """New Hart's Rules writes the chapter's authors in the composers' place, by a substitute, and
    then "in" the book's authors, whose substitute tries the chapter's authors first: CSL leaves
    out a variable a substitute used, so citeproc-js writes the editors there, and not again."""
    assert styled("new-harts-rules-notes", bib) == written


@pytest.mark.parametrize(
    ("bib", "written"),
    [
        # the book's editor stands in the chapter's authors' place: not again for the book
        (
            "@incollection{b, editor={Bonnet, Maximilien}, title={Acta Petri}, booktitle={Acta Apocrypha}, publisher={M}, year=1903}",
            "Bonnet, M. (Ed.). (1903). Acta Petri. In Acta Apocrypha. M.",
        ),
        # the title stands in the authors' place, the editors are the book's: the title is not written again
        (
            "@book{m, editor={Matthias, John}, title={Jones}, booktitle={Man and Poet}, publisher={NPF}, year=1989}",
            "Jones. (1989). In J. Matthias (Ed.), Man and Poet. NPF.",
        ),
    ],
)
def test_what_stands_in_the_authors_place_is_not_written_again_in_the_books_place(bib, written):
    assert styled("apa", bib) == written


@pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
def test_a_name_that_ends_in_a_stop_is_not_given_a_second(style):
    assert "Anon. " in styled(style, "@techreport{a, author={{Anon.}}, title={Rept}, institution={NACA}, year=1953}")


def test_a_name_that_ends_in_a_stop_inside_the_styles_bold_is_not_given_a_second():
    """`<names variable="author" font-weight="bold" suffix="."/>`: was "Steele, GL, Jr.. 1990". The
    style's initials have no stops, so neither has the suffix ("Jr", as citeproc-js writes it),
    and the stop is the list's suffix, after the bold."""
    bib = "@book{s, author={Steele, Jr., Guy L.}, title={Common LISP}, publisher={Digital Press}, year=1990}"
    line = styled_html("journal-of-interactive-media-in-education-harvard", bib)
    assert line.get_text().startswith("Steele, GL, Jr. 1990. Common LISP.")
    assert line.select_one("b").get_text() == "Steele, GL, Jr"


SCHOLAR = (
    "@article{s, author={Zhang, Xiaoyu and Lin, Mei and Al-Sayed, Fatima and others}, title={Tracking}, journal={J}, year=2022}"
)


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("apa", "Zhang, X., Lin, M., Al-Sayed, F., et al. (2022). Tracking. J."),
        ("chicago-author-date", "Zhang, Xiaoyu, Mei Lin, Fatima Al-Sayed, et al. 2022."),
        ("vancouver-nlm", "Zhang X, Lin M, Al-Sayed F, et al. Tracking. J. 2022."),
        ("modern-language-association", "Zhang, Xiaoyu, et al. “Tracking.”"),  # MLA cuts three names to one itself
    ],
)
def test_bibtex_s_and_others_is_et_al_after_the_names_before_it(style, written):
    """Google Scholar's export ends a long list in `and others`: biblatex, pandoc and sitegen's own
    style write "et al.", CSL has no such name and citeproc-py wrote "Al-Sayed, F., & others"."""
    assert styled(style, SCHOLAR).startswith(written)


def test_a_list_the_style_cuts_itself_ends_in_et_al_not_in_the_others_after_an_ellipsis():
    """APA shows the first 19 of 21 names or more, then "…" and the last: the last of a list ending in
    `and others` is no name, so the cut list ends "…, AuthorS, A., et al." as biblatex's would."""
    names = " and ".join(f"Author{chr(65 + i)}, A" for i in range(20)) + " and others"
    line = styled("apa", "@article{s, author={" + names + "}, title={Big}, journal={J}, year=2022}")
    assert line.startswith("AuthorA, A., AuthorB, A.,") and "AuthorS, A., et al. (2022). Big." in line
    assert "AuthorT" not in line and "others" not in line


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("apa", "Zhang, X. (2022). Tracking (arXiv:2210.05555). arXiv. https://arxiv.org/abs/2210.05555"),
        (
            "chicago-author-date",
            "Zhang, Xiaoyu. 2022. “Tracking.” arXiv:2210.05555. Preprint, arXiv. https://arxiv.org/abs/2210.05555.",
        ),
    ],
)
def test_a_preprint_known_by_its_arxiv_identifier_is_written_as_one(style, written):
    """As Zotero gives an arXiv preprint to a style (publisher arXiv, its number), and as citeproc-js
    then writes it; the title alone was all that showed. "arXiv" stays in its own case, not "ArXiv"."""
    bib = "@misc{s, author={Zhang, Xiaoyu}, title={Tracking}, eprint={2210.05555}, archiveprefix={arXiv}, year=2022}"
    assert styled(style, bib) == written


def test_a_word_in_mixed_case_keeps_its_first_letter_where_a_style_capitalizes():
    """Chicago capitalizes a preprint's publisher ("Preprint, ArXiv." from citeproc-py); CSL
    capitalizes a word only when it is all in lower case."""
    bib = "@misc{s, author={Zhang, Xiaoyu}, title={Tracking}, publisher={bioRxiv}, year=2022}"
    assert styled("chicago-author-date", bib).endswith("Preprint, bioRxiv.")


@pytest.mark.parametrize(
    ("style", "pages", "written"),
    [
        ("modern-language-association", "1--10", "pp. 1–10."),  # citeproc-py: "pp. 1–0."
        ("modern-language-association", "101--108", "pp. 101–08."),  # minimal-two keeps two digits
        ("vancouver-nlm", "3--31, 40--45", "2020;2:3–31, 40–5."),  # minimal: "3–1" from citeproc-py
        ("apa", "188--91", "2, 188–191."),  # expanded: a range written short is written whole
    ],
)
def test_a_page_range_is_shortened_as_the_style_says_and_never_to_another_number(style, pages, written):
    bib = f"@article{{a, author={{Chen, Mei}}, title={{Sonar}}, journal={{J}}, year=2020, volume=2, pages={{{pages}}}}}"
    assert styled(style, bib).endswith(written)


@pytest.mark.parametrize(
    ("pages", "fifteenth", "sixteenth"),
    [
        ("101-108", "101-8", "101-8"),
        ("321-328", "321-28", "321-28"),
        ("1087-1089", "1087-89", "1087-89"),
        ("1496-1504", "1496-1504", "1496-504"),
        ("2579-2605", "2579-2605", "2579-605"),
        ("11564-11615", "11564-615", "11564-615"),
        ("498-532", "498-532", "498-532"),
        ("100-104", "100-104", "100-104"),
        ("71-72", "71-72", "71-72"),
        ("188-91", "188-91", "188-91"),
    ],
)
def test_a_chicago_range_is_shortened_as_the_manual_of_each_edition_says(pages, fifteenth, sixteenth):
    assert page_ranges(pages, "chicago") == page_ranges(pages, "chicago-15") == fifteenth
    assert page_ranges(pages, "chicago-16") == sixteenth


def test_chicagos_own_style_shortens_by_the_sixteenth_edition():
    bib = "@article{a, author={Chen, Mei}, title={Sonar}, journal={J}, year=2020, volume=2, pages={2579--2605}}"
    assert styled("chicago-author-date", bib).endswith("J 2: 2579–605.")  # citeproc-py: 2579–2605


@pytest.mark.parametrize(
    ("pages", "page_format", "written"),
    [
        ("e1234", "minimal", "e1234"),
        ("S12-S19", "minimal", "S12-S19"),
        (" 5-9", "minimal-two", " 5-9"),
        ("99-101", "minimal", "99-101"),
        ("1-10", "minimal", "1-10"),  # two numbers of different lengths share no digits
    ],
)
def test_only_a_range_of_two_whole_numbers_is_rewritten(pages, page_format, written):
    assert page_ranges(pages, page_format) == written


@pytest.mark.parametrize(("written", "shown"), [("3-4", "3–4"), (" 12 -- 13 ", "12–13"), ("S1-2", "S1-2"), ("3", "3")])
def test_an_issue_or_volume_range_of_two_numbers_takes_an_en_dash(written, shown):
    assert number_range(written) == shown


@pytest.mark.parametrize(
    ("number", "held"),
    [
        ("7,460,482", True),  # a patent's, with a thousands separator
        ("US7460482B2", True),
        ("CMU-CS-05-101", True),
        ("No. 5 (2)", True),
        ("162", False),
        ("1, 3", False),
        ("3-4", False),
        ("2 & 5", False),
        ("S1-S5", False),
        ("5,123,456, 5,234,567", False),
    ],
)
def test_a_number_is_one_unless_it_is_numbers_joined(number, held):
    written = one_number_held(number)
    assert written.translate({ord(h): d for d, h in HELD_DIGITS.items()}) == number
    assert (written != number) is held
    if held:
        assert re.search(r"\d+[^\d.]+\d+", written) is None  # citeproc-py's sign of several numbers


@pytest.mark.parametrize(
    ("value", "dashed"),
    [
        ("3-4", "3–4"),
        ("S1-S5", "S1–S5"),
        ("1-3, 7-9", "1–3, 7–9"),
        ("Abend-Ausg.", "Abend-Ausg."),
        ("SE-7", "SE-7"),
        ("CMU-CS-05-101", "CMU-CS-05-101"),
        ("60-??", "60-??"),
        ("12-", "12-"),
    ],
)
def test_only_a_hyphen_between_numbers_is_a_ranges_en_dash(make_site, value, dashed):
    bib = f"@article{{a, author={{Ada Lovelace}}, title={{T}}, journal={{J}}, volume={{{value}}}, pages={{{value}}}, year=2000}}"
    build(site := site_with(make_site, "ieee", **{"content/publications/refs.bib": bib}))
    line = citation(html(site / "_site/index.html"), "a").get_text()
    assert f"vol. {dashed}," in line and f"{dashed}, 2000." in line


def test_a_patents_number_has_the_label_of_one(make_site):
    site = site_with(
        make_site,
        "apa",
        **{
            "content/publications/refs.bib": "@patent{p, author={Ada Lovelace}, title={Engine}, number={US7460482B2},"
            " year=2008}\n@patent{two, author={Ada Lovelace}, title={Loom}, number={5,123,456, 5,234,567}, year=1995}\n"
        },
    )
    build(site)
    page = html(site / "_site/index.html")
    assert "Engine (Patent No. US7460482B2)." in citation(page, "p").get_text()
    assert "Loom (Patent Nos. 5,123,456, 5,234,567)." in citation(page, "two").get_text()


def test_a_double_issue_is_written_with_an_en_dash_in_the_line(make_site):
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\npublications:\n  style: chicago-author-date\n",
            "content/publications/refs.bib": "@article{z, author={Ada Lovelace}, title={Z}, journal={Math. Z.},"
            " volume={273}, number={3-4}, pages={793--800}, year=2013}",
        }
    )
    build(site)
    assert "Math. Z. 273 (3–4): 793–800." in citation(html(site / "_site/index.html"), "z").get_text()


def members_page(make_site, style: str, member: str, bib: str):
    """The home page of a site whose one person is `member`, its publications in `style`."""
    person = f"content/people/{member.split()[0].lower()}.md"
    site = make_site(
        {
            "content/site.yml": f"title: T\npublications:\n  style: {style}\n",
            person: f"---\nname: {member}\n---\n",
            "content/publications/refs.bib": bib,
        },
        with_person=False,
    )
    build(site)
    return html(site / "_site/index.html")


def assert_line_and_owner(written, line: str, owner: str) -> None:
    """The entry's line begins so, and the owner's name is emphasised as the style wrote it."""
    assert written.get_text().startswith(line)
    assert [strong.get_text() for strong in written.select("strong.self")] == [owner]


PARTICLES = (
    "@article{first, author={van der Berg, Jonas and Pereira, Ana I}, title={Sonar}, journal={J}, year=2019}\n"
    "@article{second, author={Pereira, Ana I and Jonas van der Berg}, title={Radar}, journal={J}, year=2020}\n"
)


@pytest.mark.parametrize(
    ("style", "first", "second"),
    [
        # each entry's line and the owner's emphasised name in it; Chicago demotes a particle where it
        # inverts a name (CSL's default), APA and IEEE never do
        (
            "chicago-author-date",
            ("Berg, Jonas van der, and Ana I. Pereira. 2019.", "Berg, Jonas van der"),
            ("Pereira, Ana I., and Jonas van der Berg. 2020.", "Jonas van der Berg"),
        ),
        (
            "apa",
            ("van der Berg, J., & Pereira, A. I. (2019).", "van der Berg, J."),
            ("Pereira, A. I., & van der Berg, J. (2020).", "van der Berg, J."),
        ),
        (
            "ieee",
            ("J. van der Berg and A. I. Pereira, “Sonar,”", "J. van der Berg"),
            ("A. I. Pereira and J. van der Berg, “Radar,”", "J. van der Berg"),
        ),
    ],
)
def test_a_name_with_a_particle_is_written_as_the_style_says_and_emphasised_whole(make_site, style, first, second):
    page = members_page(make_site, style, "Jonas van der Berg", PARTICLES)
    for key, (line, owner) in (("first", first), ("second", second)):
        assert_line_and_owner(citation(page, key), line, owner)


@pytest.mark.parametrize(
    ("style", "line", "owner"),
    [
        # not citeproc-py's "T. van ." and "M. de . los Á."
        ("apa", "Zandt, T. van, Ángeles, M. de los, & García, M. de los Á. (1997).", "Zandt, T. van"),
        ("ieee", "T. van Zandt, M. de los Ángeles, and M. de los Á. García, “Multido,”", "T. van Zandt"),
        (
            "chicago-author-date",
            "Zandt, Timothy van, María de los Ángeles, and María de los Ángeles García. 1997.",
            "Zandt, Timothy van",
        ),
    ],
)
def test_particles_in_a_given_name_are_written_whole_and_emphasised_with_it(make_site, style, line, owner):
    """BibTeX's `{Timothy van} Zandt` (sorted under Z): the particle is CSL's dropping particle;
    "de los" inside a given name stays two words."""
    bib = (
        "@report{multido, author = {{Timothy van} Zandt and {Mar{\\'i}a de los} {\\'A}ngeles"
        " and Garc{\\'i}a, Mar{\\'i}a de los {\\'A}ngeles}, title = {Multido}, year = 1997}"
    )
    page = members_page(make_site, style, "Timothy van Zandt", bib)
    assert_line_and_owner(citation(page, "multido"), line, owner)


@pytest.mark.parametrize(("given", "hidden"), [("Wen-tau", "Yih, W."), ("Jiang-Ning", "Yih, J.-N.")])
def test_a_hidden_names_part_in_lower_case_after_a_hyphen_has_no_initial(given, hidden):
    from sitegen.model import Name, StyledEntry

    names = [Name(first="John", last="Smith"), Name(first="B", last="B"), Name(first=given, last="Yih")]
    entry = StyledEntry("\ue0040\ue005 et al.", {0: "Smith, J."})
    assert cslstyle.name_texts(entry, names, [2])[2] == hidden


HYPHENED_AND_CASELESS = (
    "@inproceedings{dpr, author = {Karpukhin, Vladimir and Wen{-}tau Yih and Jean-Luc Picard},"
    " editor = {Hung-yi Lee}, title = {Dense}, booktitle = {EMNLP}, year = 2020}\n"
    "@report{fa, author = {امین‌طوسی, محمود and Wen{-}tau Yih and Cohen, אברהם}, title = {Notes}, year = 2015}\n"
    "@incollection{odd, author = {Cousquer, {\\'e}tienne and Wen{-}tau Yih and John (Jack) Smith}, title = {Odd},"
    " booktitle = {B}, editor = {van der Berg}, year = 2002}\n"
)


@pytest.mark.parametrize(
    ("style", "dpr", "fa", "odd", "owner"),
    [
        # not citeproc-py's "Yih, W.-. tau ." and "امین‌طوسی, . محمود ."
        (
            "apa",
            "Karpukhin, V., Yih, W., & Picard, J.-L. (2020). Dense. In H. Lee (Ed.), EMNLP.",
            "امین‌طوسی, محمود, Yih, W., & Cohen, אברהם. (2015).",
            "Cousquer, étienne, Yih, W., & Smith, John (Jack). (2002). Odd. In van der Berg (Ed.), B.",
            "Yih, W.",
        ),
        (
            "ieee",
            "V. Karpukhin, W. Yih, and J.-L. Picard, “Dense,” in EMNLP, H. Lee, Ed., 2020.",
            "محمود امین‌طوسی, W. Yih, and אברהם Cohen, “Notes,” 2015.",
            "étienne Cousquer, W. Yih, and John (Jack) Smith, “Odd,” in B, van der Berg, Ed., 2002.",
            "W. Yih",
        ),
        (
            "chicago-author-date",
            "Karpukhin, Vladimir, Wen-tau Yih, and Jean-Luc Picard. 2020. “Dense.” In EMNLP, edited by Hung-yi Lee.",
            "امین‌طوسی, محمود, Wen-tau Yih, and אברהם Cohen. 2015.",
            "Cousquer, étienne, Wen-tau Yih, and John (Jack) Smith. 2002. “Odd.” In B, edited by van der Berg.",
            "Wen-tau Yih",
        ),
        (
            "vancouver-nlm",
            "Karpukhin V, Yih W, Picard JL. Dense. In: Lee H, editor.",
            "امین‌طوسی محمود, Yih W, Cohen אברהם.",
            "Cousquer étienne, Yih W, Smith John (Jack). Odd. In: van der Berg, editor.",
            "Yih W",
        ),
    ],
)
def test_given_names_citeproc_py_cannot_initialize_are_written_as_citeproc_js_does(make_site, style, dpr, fa, odd, owner):
    """A hyphen before a word in lower case ("Wen-tau") joins it to the word before: one initial,
    "W." (as citeproc-js); a given name in a script without capitals, one in lower case or with a
    word in brackets is written whole; a name without one has no stop for it (". van der Berg")."""
    page = members_page(make_site, style, "Wen-tau Yih", HYPHENED_AND_CASELESS)
    for key, line in (("dpr", dpr), ("fa", fa), ("odd", odd)):
        assert_line_and_owner(citation(page, key), line, owner)


@pytest.mark.parametrize(
    ("given", "mark", "written"),
    [
        ("Ana I", ". ", "Ana I."),
        ("J.P.", ". ", "J. P."),
        ("J.P.", ".", "J.P."),
        ("J P", ". ", "J. P."),
        ("X.-P.", ". ", "X.-P."),
        ("Ana I.B", ". ", "Ana I. B."),
        ("JP", ". ", "JP"),  # may be a name
        ("Ana i", ". ", "Ana i"),
        ("Jean-Paul", ". ", "Jean-Paul"),
        ("A. M.", ".", "A.M."),  # initials in a row: parted by the mark alone, as citeproc-js writes them
        ("A. M.", "", "A M"),  # citeproc-js: "AM", one word, which the style's names that initialize would make "A"
        ("Christopher J. C.", ".", "Christopher J.C."),
        ("A.M. Ba", " ", "A M Ba"),
    ],
)
def test_initials_in_a_given_name_kept_whole_get_the_styles_mark(given, mark, written):
    assert initials_marked(given, mark) == written


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("ferdinand-porsche-fern-fachhochschule", "Turing, A.M./Harris, Charles R. (1950)."),  # was "A. M."
        ("university-of-helsinki-faculty-of-theology", "Turing, A. M. & Charles R. Harris (1950)."),  # was "A M", "Charles R"
        ("oscola", "Turing AM and Harris CR, ‘Computing’"),  # the names initialized: "AM", not "A" (one word "AM")
        ("revue-metis", "Turing, Harris 1950 : A.\xa0M. Turing, Charles R. Harris,"),  # not the short names' (none)
    ],
)
def test_given_names_kept_whole_get_the_mark_of_the_authors_names_in_the_bibliography(style, written):
    """The mark after initials in given names kept whole is that of the bibliography's authors, as
    citeproc-js writes them: it was the first mark in the style, a citation's or the translators'
    (Helsinki's `initialize-with=""`) or another name list's."""
    bib = "@article{t, author={Turing, A. M. and Harris, Charles R.}, title={Computing}, journal={Mind}, year=1950}"
    assert styled(style, bib).startswith(written)


def test_a_term_that_opens_an_entry_is_capitalized():
    """citeproc-js capitalizes a term written before anything else; citeproc-py wrote "[software]"."""
    bib = "@software{p, author={{The pandas development team}}, title={pandas-dev/pandas: Pandas}, year=2020}"
    assert styled("entomological-society-of-america", bib).startswith("[Software] The pandas development team. 2020.")


def test_a_particle_is_in_the_case_the_style_gives_the_family_name(tmp_path):
    """A case on the family name-part covers the particle before it, as citeproc-js writes it
    (citeproc-py cannot capitalize a name's part, and the case was dropped: "Laurens van der")."""
    csl = (
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>t</title><id>t</id>'
        "<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><text variable='title'/></layout></citation>"
        '<bibliography><layout><names variable="author"><name name-as-sort-order="first" delimiter="; ">'
        '<name-part name="family" text-case="CASE"/></name></names><names variable="editor" prefix=" | "><name/></names>'
        "</layout></bibliography></style>"
    )
    bib = (
        "@article{e, author={van der Maaten, Laurens and {van der Berg}, Anna}, editor={van Dijk, Jan}, title={T},"
        " journal={J}, year=2008}"
    )
    first = styled_by(csl.replace("CASE", "capitalize-first"), bib, tmp_path)
    assert first == "Maaten, Laurens Van der; Anna Van der Berg | Jan van Dijk"  # the editors' part has no case
    assert styled_by(csl.replace("CASE", "capitalize-all"), bib, tmp_path).startswith(
        "Maaten, Laurens Van Der; Anna Van Der Berg"
    )


@pytest.mark.parametrize(
    ("style", "written"),
    [
        # the name's suffix="." after the whole name, found with the particle in another case: was "Van der Maaten. L."
        ("bulletin-de-la-societe-entomologique-de-france", "Van der Maaten L. & Hinton G., 2008."),
        # the head's names capitalized, the list's not: one item serves both, the particle stays as written
        ("hochschule-der-kunste-bern-musikforschung", "van der Maaten/Hinton 2008 | Laurens van der Maaten, Geoffrey Hinton:"),
    ],
)
def test_a_particle_capitalized_by_a_real_style(style, written):
    bib = (
        "@article{v, author={van der Maaten, Laurens and Hinton, Geoffrey}, title={Visualizing Data}, journal={JMLR}, year=2008}"
    )
    assert styled(style, bib).startswith(written)


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("university-of-helsinki-faculty-of-theology", "Ronneberger, Olaf A. (2015). U-Net. William M Wells (toim.), MICCAI."),
        (
            "metropolia-university-of-applied-sciences-harvard",
            "Ronneberger, Olaf A. 2015. U-Net. Wells, William M (toim.), MICCAI.",
        ),
    ],
)
def test_each_list_of_names_kept_whole_gets_its_own_mark(style, written):
    """The authors' names keep their stop ("Olaf A."), the book's editors' lose it ("William M"),
    as each list's `initialize-with` says (as citeproc-js writes them)."""
    bib = "@incollection{w, author={Ronneberger, Olaf A.}, editor={Wells, William M.}, title={U-Net}, booktitle={MICCAI}, year=2015}"
    assert styled(style, bib) == written


@pytest.mark.parametrize(
    ("style", "written"),
    [
        (
            "chicago-author-date",
            "Pereira, Ana I., and J. P. Borra. 2002. “Plasma.” In Proc. of the IEEE, edited by B. Vogelstein and K. W. Kinzler.",
        ),
        ("modern-language-association", "Pereira, Ana I., and J. P. Borra. “Plasma.” Proc. of the IEEE, edited by B. Vogelstein"),
    ],
)
def test_a_style_that_keeps_given_names_whole_still_puts_its_stop_after_their_initials(style, written):
    """CSL's `initialize="false"` with `initialize-with=". "`: "Ana I" -> "Ana I.", "J.P." ->
    "J. P.", as citeproc-js writes them; citeproc-py wrote them as they came."""
    bib = (
        "@incollection{p, author={Pereira, Ana I and Borra, J.P.}, editor={Vogelstein, B and Kinzler, K W},"
        " title={Plasma}, booktitle={Proc. of the IEEE}, year=2002}"
    )
    assert styled(style, bib).startswith(written)


@pytest.mark.parametrize(
    ("journal", "written"),
    [("Ann. of Math.", "Ann. of Math."), ("ann. of math.", "Ann. of Math."), ("Proc. of the IEEE", "Proc. of the IEEE.")],
)
def test_title_case_leaves_a_stop_word_after_an_abbreviation_in_lower_case(journal, written):
    """CSL capitalizes a stop word only first, last or after a colon; citeproc-py took an
    abbreviation's stop for a colon: "Ann. Of Math."."""
    line = styled(
        "chicago-author-date", f"@article{{w, author={{Wiles, Andrew}}, title={{T}}, journal={{{journal}}}, year=1995}}"
    )
    assert line == f"Wiles, Andrew. 1995. “T.” {written}"


TITLES = r"""
@article{sentence, author = {Lovelace, Ada}, title = {Self-supervised learning of $k$-means with {lme4}: a follow-up},
  journal = {Journal of Tests}, year = 2023}
@article{german, author = {Lovelace, Ada}, title = {über die zukunft der arbeit}, journal = {Zeitschrift}, langid = {german},
  year = 2022}
@article{species, author = {Lovelace, Ada}, journal = {Journal of Tests}, year = 2021,
  title = {Growth of {\textless}i{\textgreater}escherichia coli{\textless}/i{\textgreater} under stress}}
"""


def titles_site(make_site, style: str) -> Path:
    settings = f"title: Test Site\nowner: ada\npublications:\n  style: {style}\n"
    return make_site({"content/site.yml": settings, "content/publications/refs.bib": TITLES})


def test_a_style_in_title_case_cases_the_titles_and_keeps_what_bibtex_keeps(make_site, tmp_path, monkeypatch):
    """Chicago writes titles in title case; citeproc-py never sees sitegen's titles (they are
    filled in per page), so the case it gives them is found and done on the LaTeX (textcase.py):
    braces and formulas kept, italics (a species) kept, each part of a compound capitalized; an
    entry in another language as written; the entry's own heading as written. A later run takes
    the cased title from the cache."""
    site = titles_site(make_site, "chicago-author-date")
    build(site)
    page = html(site / "_site/index.html")
    title = citation(page, "sentence").select_one("a.pub-title")
    assert title["href"] == "/publications/sentence/"
    assert title.get_text() == "Self-Supervised Learning of k-Means with lme4: A Follow-Up"
    species = citation(page, "species").select_one("a.pub-title")
    assert (
        species.get_text() == "Growth of escherichia coli under Stress"
        and species.select_one("i").get_text() == "escherichia coli"
    )
    assert citation(page, "german").select_one("a.pub-title").get_text() == "über die zukunft der arbeit"
    own = html(site / "_site/publications/sentence/index.html")
    assert "Self-supervised learning of" in own.select_one("h1").get_text()
    assert "Self-Supervised Learning of" in citation(own, "sentence").get_text()
    monkeypatch.setattr(cslstyle.CslStyle, "format", lambda self, pub: pytest.fail("formatted again"))
    Builder(site, tmp_path / "again").build()
    assert (tmp_path / "again/index.html").read_bytes() == (site / "_site/index.html").read_bytes()


def test_a_style_that_keeps_titles_as_written_leaves_them_so(make_site):
    """APA's titles go as the .bib writes them (CSL cannot make sentence case of a title case)."""
    site = titles_site(make_site, "apa")
    build(site)
    title = citation(html(site / "_site/index.html"), "sentence").select_one("a.pub-title")
    assert title.get_text() == "Self-supervised learning of k-means with lme4: a follow-up"


@pytest.mark.parametrize(
    ("style", "venue"),
    [
        ("chicago-author-date", "The Thirty-Ninth Annual Conference on Neural Information Processing Systems"),
        ("apa", "The Thirty-Ninth Annual Conference on Neural Information Processing Systems"),
        ("ieee", "The Thirty-ninth Annual Conference on Neural Information Processing Systems"),  # as written
    ],
)
def test_a_venue_the_style_title_cases_has_each_part_of_a_compound_capitalized(make_site, style, venue):
    """OpenReview's NeurIPS booktitle: citeproc-py's title case left "Thirty-ninth"; where the style
    title-cases the venue it is title-cased again as citeproc-js writes it. The words that find the
    case are not left in the line."""
    entry = r"""@inproceedings{neurips, author = {Lovelace, Ada}, title = {Tracking}, year = 2025,
      booktitle = {The Thirty-ninth Annual Conference on Neural Information Processing Systems}}"""
    site = make_site(
        {
            "content/site.yml": f"title: Test Site\nowner: ada\npublications:\n  style: {style}\n",
            "content/publications/refs.bib": entry,
        }
    )
    build(site)
    line = citation(html(site / "_site/index.html"), "neurips").get_text()
    assert venue in line and "xa of xb" not in line.lower()


@pytest.mark.parametrize(
    ("style", "written"),
    [
        (
            "apa",
            "van Gennep, A. (1960). The Rites of Passage (M. B. Vizedom & G. L. Caffee, Trans.). University of Chicago Press.",
        ),
        (
            "chicago-author-date",
            "Gennep, Arnold van. 1960. The Rites of Passage. Translated by Monika B. Vizedom and Gabrielle L. Caffee. University of Chicago Press.",
        ),
        ("harvard-cite-them-right", "van Gennep, A. (1960) The Rites of Passage. Translated by M.B. Vizedom and G.L. Caffee."),
    ],
)
def test_a_translated_works_translators_are_written_as_citeproc_js_writes_them(style, written):
    """The `translator` field goes to the style (it was not read: "The Rites of Passage. University
    of Chicago Press.")."""
    bib = (
        "@book{vg, title={The Rites of Passage}, author={van Gennep, Arnold}, year=1960,"
        " publisher={University of Chicago Press}, translator={Vizedom, Monika B. and Caffee, Gabrielle L.}}"
    )
    assert styled(style, bib).startswith(written)


GENRE_IN_SENTENCE_CASE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>G</title><id>g</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter=" | ">
    <text variable="genre" text-case="sentence"/>
    <text variable="container-title" text-case="CASE" strip-periods="true"/>
  </group></layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("case", "journal", "written"),
    [
        ("sentence", "J. of {IoT} Systems", "PhD thesis | J of IoT Systems"),  # citeproc-js: "iot systems"
        ("sentence", "PROC. OF THE IEEE", "PhD thesis | Proc of the ieee"),  # in capitals: made small
        ("title", "journal of the ACM", "PhD thesis | Journal of the ACM"),
        ("uppercase", "Journal of the ACM", "PhD thesis | JOURNAL OF THE ACM"),
    ],
)
def test_a_genre_or_venue_in_sentence_case_keeps_the_capitals_of_its_words(tmp_path, case, journal, written):
    """CSL's sentence case capitalizes the first word and leaves the others as they are, as a
    title's (textcase.py); citeproc-py made every word small, the first one's rest too: "Phd
    thesis" (Acta Anaesthesiologica Taiwanica's genre, citeproc-js writes "PhD thesis"). A
    variable's words are cased again from the entry's, also after `strip-periods`."""
    bib = f"@phdthesis{{t, author={{Doe, Jane}}, title={{T}}, school={{MIT}}, journal={{{journal}}}, year=2020}}"
    assert styled_by(GENRE_IN_SENTENCE_CASE.replace("CASE", case), bib, tmp_path) == written


def test_a_venue_s_first_word_is_cased_as_the_style_says(make_site):
    """The words that find a venue's case come before it, so citeproc-py's "first word" is theirs:
    the venue's own first word is capitalized again where the style's case says so (Chicago's
    title case: "The Journal"; "Ann. of Math." keeps its small word, see above)."""
    entry = r"@article{w, author = {Lovelace, Ada}, title = {T}, journal = {the journal of e-learning}, year = 2020}"
    site = make_site(
        {
            "content/site.yml": "title: Test Site\nowner: ada\npublications:\n  style: chicago-author-date\n",
            "content/publications/refs.bib": entry,
        }
    )
    build(site)
    assert citation(html(site / "_site/index.html"), "w").get_text().endswith("“T.” The Journal of E-Learning.")


def test_on_a_site_in_another_language_only_an_entry_said_to_be_english_is_title_cased(make_site):
    """An entry says its language with `langid`; one that does not is in the site's (as citeproc-js
    reads it, where citeproc-py took the style's English): not title-cased on a German site."""
    entries = r"""
    @article{plain, author = {Lovelace, Ada}, title = {lernen im dunkeln}, journal = {zeitschrift der dinge}, year = 2021}
    @article{english, author = {Lovelace, Ada}, title = {learning in the dark}, journal = {journal of things}, langid = {english},
      year = 2020}"""
    settings = "title: Test Site\nowner: ada\nlanguage: de\npublications:\n  style: chicago-author-date\n"
    site = make_site({"content/site.yml": settings, "content/publications/refs.bib": entries})
    build(site)
    page = html(site / "_site/index.html")
    assert "„lernen im dunkeln“. zeitschrift der dinge." in citation(page, "plain").get_text()
    assert "Learning in the Dark" in citation(page, "english").get_text()
    assert "Journal of Things" in citation(page, "english").get_text()


def test_a_condition_on_several_types_holds_for_an_entry_of_any_of_them():
    """The American Sociological Association's publisher: `<if type="thesis manuscript">` (no
    `match`) holds for a thesis, as citeproc-js reads it."""
    bib = "@mastersthesis{s, author={Shannon, C. E.}, title={Relays}, school={MIT}, address={Cambridge, MA}, year=1940}"
    assert styled("american-sociological-association", bib).endswith("Master’s thesis, MIT, Cambridge, MA.")


@pytest.mark.parametrize(
    ("style", "entry", "written", "href"),
    [
        (
            "statistika-statistics-and-economy-journal",  # `prefix="&lt;doi:"`: was "2016. 10.1/x>."
            "@article{g, author={Goodfellow, Ian}, title={Deep Learning}, journal={J}, doi={10.1/x}, year=2016}",
            "GOODFELLOW, I. Deep Learning [online]. J, 2016. <doi:10.1/x>.",
            "https://doi.org/10.1/x",
        ),
        (
            "american-association-of-petroleum-geologists",  # was "Deep Learning: ." (the address read as a tag)
            "@online{g, author={Goodfellow, Ian}, title={Deep Learning}, url={https://example.org/a?b=1&c=2}, urldate={2020-01-02}, year=2016}",
            "Goodfellow, I., 2016, Deep Learning: <https://example.org/a?b=1&c=2>.",
            "https://example.org/a?b=1&c=2",
        ),
    ],
)
def test_angle_brackets_a_style_writes_are_text_and_the_address_in_them_a_link(style, entry, written, href):
    line = styled_html(style, entry)
    assert line.get_text() == written
    assert [link["href"] for link in line.select("a")] == [href]


def test_a_title_ending_in_a_question_mark_takes_no_colon_after_it():
    """As citeproc-js merges "?" and ":" (and Chicago, 6.119); a colon inside the title stays."""
    epr = r"@article{e, author={Einstein, A.}, title={Complete?}, journal={Phys. Rev.}, volume=47, year=1935}"
    inside = r"@article{e, author={Einstein, A.}, title={Why? {A} study: of things}, journal={Phys. Rev.}, volume=47, year=1935}"
    assert styled("american-association-of-petroleum-geologists", epr) == "Einstein, A., 1935, Complete? Phys. Rev., v. 47."
    assert styled("american-association-of-petroleum-geologists", inside) == (
        "Einstein, A., 1935, Why? A study: of things: Phys. Rev., v. 47."
    )


NUMERIC = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Numeric</title><id>numeric</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout delimiter=" "><group delimiter=" ">
    <choose><if is-numeric="edition" variable="title"><text value="edition:number"/></if></choose>
    <choose><if is-numeric="page volume" match="any"><text value="pages:number"/></if><else><text value="pages:text"/></else></choose>
  </group></layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("fields", "written"),  # as citeproc-js 2.4.63 tests them
    [
        ("edition={2nd}, pages={436}", "edition:number pages:number"),
        ("edition={2-3}, pages={436--444}", "edition:number pages:number"),
        ("edition={iv}, pages={iii--xv}", "edition:number pages:number"),
        ("edition={1, 3}, pages={S3--S5}", "edition:number pages:number"),
        ("edition={Revised}, pages={in press}", "pages:text"),
        ("edition={1,234}, pages={e1234}", "pages:number"),
        ("edition={10.1}, pages={Suppl 2}, volume={12a-12c}", "pages:number"),
        ("edition={Suppl 2}, pages={6 (Suppl)}", "pages:text"),
    ],
)
def test_a_number_is_one_as_csl_counts_them_ranges_and_lists_too(tmp_path, fields, written):
    """citeproc-py took only a lone number for one: Harvard (Stellenbosch) wrote "(in press)" for
    the year of every article with pages "436-444"."""
    assert styled_by(NUMERIC, f"@book{{b, title={{T}}, {fields}}}", tmp_path) == written


def test_an_article_with_a_page_range_has_its_year_not_in_press():
    article = r"@article{l, author={LeCun, Yann}, title={Deep learning}, journal={Nature}, volume=521, pages={%s}, year=2015}"
    assert (
        styled("harvard-stellenbosch-university", article % "436--444") == "LeCun, Y. 2015. Deep learning. Nature. 521:436–444."
    )
    assert styled("harvard-stellenbosch-university", article % "in press").startswith("LeCun, Y. (in press).")


@pytest.mark.parametrize(
    ("style", "entry", "written"),  # as citeproc-js 2.4.63 writes them
    [
        (  # `<text macro="author" text-case="uppercase"/>`, family names in small capitals: was "XIANG J., S. LI ET Y. LIU"
            "anthropologie-et-societes",
            "@article{x, author={Xiang, Jingyang and Li, Siqi and Liu, Yong}, title={SUBP}, journal={CoRR}, volume={abs/2310.06218}, year=2023}",
            "Xiang J., S. Li et Y. Liu, 2023 «\u00a0SUBP\u00a0», CoRR, abs/2310.06218.",
        ),
        (  # `<text macro="editor" text-case="title"/>`: citeproc-py failed, the entry was in sitegen's own style
            "british-journal-of-political-science",
            "@book{p, author={Smith, Jo}, editor={Oh, Alice and Naumann, Tristan}, title={Advances in Neural}, publisher={Curran}, year=2023}",
            "Smith J (2023) Advances in Neural, Oh A and Naumann T (eds). Curran.",
        ),
    ],
)
def test_a_case_given_to_a_macro_of_names_leaves_the_names_as_they_are(style, entry, written):
    assert styled(style, entry) == written


KNUTH = r"@book{k, author={Knuth, Donald E.}, title={The Art}, edition={3rd}, publisher={Addison-Wesley}, address={Reading, MA}, year=1997}"


@pytest.mark.parametrize(
    ("style", "written"),  # as citeproc-js 2.4.63 writes them; citeproc-py failed on each (sitegen's own style)
    [
        (
            "associacao-brasileira-de-normas-tecnicas-unirio-eipp",
            "KNUTH, Donald E. The Art. 3rd ed. Reading, MA: Addison-Wesley, 1997.",
        ),
        ("the-journal-of-nervous-and-mental-disease", "Knuth DE (1997) The Art, 3rd Edition. Reading, MA: Addison-Wesley."),
        ("chungara-revista-de-antropologia-chilena", "Knuth, D. E. 1997. The Art. 3rd ed. Addison-Wesley, Reading, MA."),
    ],
)
def test_a_name_part_or_number_the_style_capitalizes_is_written(style, written):
    """`<name-part text-case="capitalize-first"/>` (85 styles), `<number text-case="capitalize-first"/>` (40)."""
    assert styled(style, KNUTH) == written


PROCEEDINGS = r"@proceedings{p, editor={Oh, Alice and Naumann, Tristan}, title={Advances in Neural}, year=2023}"


@pytest.mark.parametrize(
    ("style", "entry", "written"),  # as citeproc-js 2.4.63 writes them
    [
        # `<substitute><names variable="editor" suffix="(eds.)"/>`: was "(eds)(eds.)", the label and the suffix
        ("de-montfort-university-harvard", PROCEEDINGS, "Oh, A. and Naumann, T. (eds) (2023) Advances in Neural."),
        # `<substitute><choose>…<else><names variable="editor"/><text macro="anon"/>`: was "(eds)Anon"
        ("the-open-university-s390", PROCEEDINGS, "Oh, A. and Naumann, T. (eds) (2023) Advances in Neural,."),
        ("the-open-university-s390", "@book{p, title={Advances in Neural}, year=2023}", "Anon (2023) Advances in Neural,."),
    ],
)
def test_what_stands_in_the_authors_place_is_the_first_that_is_there(style, entry, written):
    assert styled(style, entry) == written


MACROS = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Macros</title><id>macros</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="edition"><choose>
    <if is-numeric="edition"><number variable="edition" form="ordinal"/><text term="edition" form="short" prefix=" "/></if>
    <else><text variable="edition"/><text term="edition" form="short" prefix=" "/></else>
  </choose></macro>
  <macro name="volume"><text value="vol."/><text variable="volume" prefix=" "/></macro>
  <macro name="in"><text term="in"/></macro>
  <macro name="date"><choose>
    <if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
    <else><text term="no date" form="short"/></else>
  </choose></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter=", ">
    <text variable="title"/><text macro="edition"/><text macro="volume"/><text macro="date" prefix="(" suffix=")"/>
    <group delimiter=" " prefix="[" suffix="]"><text macro="in"/><text variable="container-title"/></group>
  </group></layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("entry", "written"),  # as citeproc-js 2.4.63 writes them
    [
        ("@book{a, title={Sonar}, year=2000}", "Sonar, (2000), [in]"),
        ("@book{b, title={Sonar}, edition={2}, volume={3}}", "Sonar, 2nd ed., vol. 3, (n.d.), [in]"),
        (
            "@incollection{c, title={Sonar}, edition={Revised}, booktitle={Seas}, year=2001}",
            "Sonar, Revised ed., (2001), [in Seas]",
        ),
    ],
)
def test_a_macro_whose_variables_are_empty_writes_nothing_as_a_group(tmp_path, entry, written):
    """A macro is an implicit group (CSL 1.0.2, citeproc-js): "ed." and "vol." go with an empty
    edition and volume, though one sits in a branch of a choice with nothing else of the entry's;
    a choice of a term alone ("n.d.") and a macro of terms alone ("in") still render."""
    assert styled_by(MACROS, entry, tmp_path) == written


@pytest.mark.parametrize(
    ("style", "entry", "written"),
    [
        (
            "revista-cubana-de-meteorologia",  # was "The Computer Journal, edn, 27(2)"
            "@article{k, author={Knuth, Donald E.}, title={Literate Programming}, journal={The Computer Journal}, volume=27, number=2, pages={97--111}, year=1984}",
            "Knuth, D. E. 1984. “Literate Programming”. The Computer Journal, 27(2): 97–111.",
        ),
        (
            "associacao-brasileira-de-normas-tecnicas-ufrgs",  # was "Deep Learning. tradução: . ed. Cambridge"
            "@book{g, author={Goodfellow, Ian}, title={Deep Learning}, publisher={MIT Press}, address={Cambridge, MA}, year=2016}",
            "GOODFELLOW, Ian. Deep Learning. Cambridge, MA: MIT Press, 2016.",
        ),
    ],
)
def test_real_styles_leave_out_the_terms_of_empty_variables(style, entry, written):
    assert styled(style, entry).strip() == written


TYPES = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Types</title><id>types</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><choose>
    <if type="book thesis" variable="publisher"><text value="published"/></if>
    <else-if type="book thesis"><text value="unpublished"/></else-if>
    <else><text value="other"/></else>
  </choose></layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("entry", "taken"),
    [
        ("@phdthesis{t, author={A, B}, title={T}, school={MIT}, year=2000}", "published"),
        ("@book{b, author={A, B}, title={T}, publisher={MIT Press}, year=2000}", "published"),
        ("@book{b, author={A, B}, title={T}, year=2000}", "unpublished"),
        ("@article{a, author={A, B}, title={T}, journal={J}, publisher={P}, year=2000}", "other"),
    ],
)
def test_a_condition_on_several_types_and_more_holds_for_any_of_the_types_with_the_rest(tmp_path, entry, taken):
    assert styled_by(TYPES, entry, tmp_path) == taken


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("springer-basic-author-date", "Steele GL Jr (1990) Common LISP"),  # initials without stops
        ("sage-harvard", "Steele GL Jr (1990) Common LISP"),  # and a `form="count"` of no initials
        ("apa", "Steele, G. L., Jr. (1990). Common LISP"),
    ],
)
def test_a_name_suffix_has_a_stop_where_the_styles_initials_have_one(style, written):
    bib = "@book{s, author={Steele, Jr., Guy L.}, title={Common {LISP}}, publisher={Digital Press}, year=1990}"
    assert styled(style, bib).startswith(written)


def test_a_title_ending_in_a_question_mark_takes_no_stop_after_german_quotation_marks():
    bib = "@article{a, author={Chen, Mei}, title={Can sonar see?}, journal={J}, year=2020, volume=2}"
    assert "„Can sonar see?“ J 2." in styled("chicago-author-date", bib, "de")  # not "see?“. J"


@pytest.mark.parametrize(
    ("authors", "written"),
    [
        ("Shen, Xintian and Zhang, Jiangning and Chen, Jun and Bai, Shipeng", "Shen, Xintian, and others, ‘Kernels’"),
        ("Shen, Xintian and Zhang, Jiangning and others", "Shen, Xintian, Jiangning Zhang and others, ‘Kernels’"),
    ],
)
def test_a_comma_goes_before_et_al_only_after_an_inverted_name_where_the_style_says_so(authors, written):
    """MHRA: `delimiter-precedes-et-al="after-inverted-name"`, the first name inverted, one shown
    (citeproc-js: "Shen, Xintian, and others"); after a second name, written in order, none."""
    bib = f"@article{{k, author={{{authors}}}, title={{Kernels}}, journal={{J}}, year=2023}}"
    assert styled("mhra-notes", bib).startswith(written)


@pytest.mark.parametrize(("volume", "written"), [("3", "(Springer, 2015), iii"), ("9351", "(Springer, 2015), 9351")])
def test_a_volume_in_roman_numerals_is_in_figures_when_too_large_for_them(volume, written):
    bib = f"@book{{b, author={{Chen, Mei}}, title={{Sonar}}, publisher={{Springer}}, volume={volume}, year=2015}}"
    assert styled("mhra-notes", bib).endswith(written)  # citeproc-py: "mmmmmmmmmcccli"


def test_the_entrys_stop_after_a_semicolon_merges_into_it_as_citeproc_js_merges_them():
    """MDPI's book without a publisher: "2023;" and the entry's stop are "2023;" (not "2023;.")."""
    bib = "@book{p, author={Oh, Alice}, title={Advances}, year=2023}"
    assert styled("multidisciplinary-digital-publishing-institute", bib) == "Oh, A. Advances; 2023;"


NAME_AFFIXES = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Name affixes</title><id>name-affixes</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography et-al-min="4" et-al-use-first="2"><layout suffix="."><group delimiter=" ">
    <names variable="author"><name prefix="[" suffix="]" initialize-with="" name-as-sort-order="all" sort-separator=" "/></names>
    <text variable="title"/>
    <names variable="editor" prefix="in "><name prefix="(" suffix=")" initialize-with=""/></names>
  </group></layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("authors", "written"),  # as citeproc-js 2.4.63 writes them
    [
        ("Xu Shen", "[Shen X] Sonar."),
        ("Xu Shen and Jo Zhang and Al Chen", "[Shen X], [Zhang J], [Chen A] Sonar."),
        ("Xu Shen and Jo Zhang and Al Chen and Bo Bai", "[[Shen X], [Zhang J], et al.] Sonar."),
        ("{World Health Organization} and Xu Shen", "World Health Organization, [Shen X] Sonar."),
        ("Xu Shen and {World Health Organization}", "[Shen X], World Health Organization Sonar."),
    ],
)
def test_a_names_affixes_go_around_each_persons_name(tmp_path, authors, written):
    """citeproc-js writes a `cs:name`'s affixes around each personal name, not an institution's, and
    around the whole list too where it ends in "et al."; citeproc-py wrote them around the list."""
    assert styled_by(NAME_AFFIXES, f"@article{{a, author={{{authors}}}, title={{Sonar}}}}", tmp_path) == written


def test_a_names_affixes_stay_around_a_list_of_names_the_entry_does_not_mark(tmp_path):
    """Only the authors' names are marked in the line (the editors are where there are no authors),
    so the editors of the book a chapter is in keep the affixes around the list, and no marks are left."""
    bib = "@incollection{a, author={Xu Shen}, editor={Ann Oh and Bo Li}, title={Sonar}, booktitle={Seas}}"
    assert styled_by(NAME_AFFIXES, bib, tmp_path) == "[Shen X] Sonar in (A Oh, B Li)."


def test_a_stop_after_each_name_is_outside_the_name_and_merges_with_a_suffixs(tmp_path):
    """Meteorological Applications: "Shen X., Zhang J." as citeproc-js writes it (citeproc-py: "Shen
    X, Zhang J."); "Steele GL Jr." with one stop; the stop is the style's, not a name's initial's,
    so a member's linked name does not take it in."""
    bib = "@book{b, author={Xu Shen and Steele, Jr., Guy L.}, title={Sonar}, publisher={P}, address={A}, year=1990}"
    path = cslstyle.style_path("meteorological-applications", Path("."), (None, None))
    (pub,), _ = publications_from(bib)
    entry = cslstyle.load_style("meteorological-applications", path, "en").format(pub)
    assert entry.names == {0: "Shen X", 1: "Steele GL Jr"}
    assert styled("meteorological-applications", bib).startswith("Shen X., Steele GL Jr. 1990. Sonar.")


TERM_FORMS = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Term forms</title><id>term-forms</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter=" | ">
    <text variable="title"/>
    <text term="in" form="short"/><text term="in" form="verb-short"/><text term="editor" form="verb-short"/>
    <text term="page" form="symbol"/><text term="no date" form="verb"/><label variable="page" form="symbol"/>
  </group></layout></bibliography>
</style>"""


def test_a_term_in_a_form_the_locale_lacks_is_written_in_the_next_it_has(tmp_path):
    """CSL 1.0.2's fallbacks, as citeproc-js 2.4.63 writes them: "short" and "verb" to "long",
    "verb-short" to "verb" ("ed. by") and then "long", "symbol" to "short" ("p.")."""
    bib = "@article{a, title={Sonar}, pages={3}}"
    assert styled_by(TERM_FORMS, bib, tmp_path) == "Sonar | in | in | ed. by | p. | no date | p."


def test_a_chapter_in_a_vancouver_like_style_has_in_before_the_books_editors():
    """Gazeta Médica's `term="in" form="short"` (62 styles): citeproc-py wrote no "In:"."""
    bib = "@incollection{c, author={Ronneberger, Olaf}, editor={Navab, Nassir}, title={U-Net}, booktitle={MICCAI}, publisher={Springer}, year=2015}"
    assert "U-Net. In: Navab N, editor. MICCAI." in styled("gazeta-medica", bib)


UNTAKEN = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Untaken</title><id>untaken</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" suffix=". "/>
    <group delimiter="/" prefix="A[" suffix="]">
      <choose><if variable="publisher"><text variable="publisher"/></if></choose><text value="s.n."/>
    </group>
    <group delimiter="/" prefix="B[" suffix="]">
      <choose><if type="book"><text variable="publisher"/></if></choose><text value="s.l."/>
    </group>
    <group delimiter="/" prefix="C[" suffix="]">
      <choose><if type="book"><text variable="publisher"/></if><else-if type="thesis"/><else><text variable="edition"/></else></choose>
      <text value="ed."/>
    </group>
  </layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("entry", "written"),  # as citeproc-js 2.4.63 writes them
    [
        ("@inproceedings{a, title={Sonar}, booktitle={Proc}, year=2016}", "Sonar. A[s.n.]B[s.l.]"),
        (
            "@book{b, title={Sonar}, publisher={MIT Press}, year=2016}",
            "Sonar. A[MIT Press/s.n.]B[MIT Press/s.l.]C[MIT Press/ed.]",
        ),
        (
            "@phdthesis{c, title={Sonar}, school={Uni}, year=2016}",
            "Sonar. A[Uni/s.n.]B[s.l.]C[ed.]",
        ),  # the school is the publisher
    ],
)
def test_a_choice_that_writes_nothing_does_not_empty_its_group(tmp_path, entry, written):
    """A group is left out when the variables it tries are all empty; a choice whose branch is
    not taken (or is empty) tries none, so the group's words stay, as in citeproc-js. citeproc-py
    counted every variable of every branch and left the group out: the École pratique des hautes
    études wrote "[s.l.], , 2023" for a paper without a publisher ("[s.l.], [s.n.], 2023")."""
    assert styled_by(UNTAKEN, entry, tmp_path) == written


def test_the_style_s_words_for_no_publisher_stay():
    bib = "@inproceedings{h, author={He, Kaiming and Sun, Jian}, title={Deep residual learning}, booktitle={Proceedings of CVPR}, year={2016}, pages={770--778}}"
    written = styled("ecole-pratique-des-hautes-etudes-sciences-historiques-et-philologiques", bib)
    assert written.endswith("dans Proceedings of CVPR, [s.l.], [s.n.], 2016, p. 770‑778.")


LOCATOR_LABELS = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Locators</title><id>locators</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title"/>
    <label variable="locator" form="short" prefix=" A[" suffix="]"/>
    <group prefix="B[" suffix="]"><label variable="locator" form="short"/><text variable="page"/></group>
    <group prefix="C[" suffix="]"><label variable="locator" form="short"/><text variable="volume"/></group>
    <label variable="locator" plural="always" prefix="D[" suffix="]" text-case="capitalize-first"/>
  </layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("pages", "written"),  # as citeproc-js 2.4.63 writes them, but for its "A[p.]D[Pages]" without pages
    [("pages={1--5},", "Sonar A[p.]B[p.1–5]D[Pages]"), ("", "Sonar")],
)
def test_a_locator_s_label_in_the_bibliography_is_the_page_s_word(tmp_path, pages, written):
    """Entries have no locator; citeproc-js writes a locator's label as the word "page", in the
    singular unless the style says always, and 244 styles put one before the pages."""
    bib = f"@inproceedings{{a, title={{Sonar}}, booktitle={{Proc}}, {pages} year=2016}}"
    assert styled_by(LOCATOR_LABELS, bib, tmp_path) == written


def test_a_style_s_label_before_the_pages_is_written():
    bib = "@article{h, author={Harris, Charles R.}, title={Array programming with NumPy}, journal={Nature}, volume=585, number=7825, pages={357--362}, year=2020}"
    assert styled("uppsala-universitet-historia", bib).endswith("Nature, 585 (7825), p. 357–362.")


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("nist-technical-publication-journal-of-research-of-nist", "He K, Sun J (2016) Deep residual learning."),  # was "[He K"
        ("laboratory-animal-science-professional", "He K, Sun J. 2016. Deep residual learning, p 770–778."),  # was ". He K"
    ],
)
def test_an_entry_s_number_goes_with_what_was_written_around_it(style, written):
    """sitegen leaves the entries' numbers out (a list goes by year): the layout's "[" before the
    number and the ". " after it go too."""
    bib = "@inproceedings{h, author={He, Kaiming and Sun, Jian}, title={Deep residual learning}, booktitle={Proceedings of CVPR}, year={2016}, pages={770--778}}"
    assert styled(style, bib).startswith(written)


@pytest.mark.parametrize(
    ("style", "written"),
    [
        (
            "radiology",
            "Shen X, Zhang J, Chen J, et al. Learning Kernels. ICCV 2023. IEEE; 2023. p. 7501–7510.",
        ),  # was "IEEE;. 2023"
        ("journal-of-korean-neurosurgical-society", "Shen X, Zhang J, Chen J, Bai S, Han Y, Wang Y, et al. : Learning Kernels."),
        (
            "arctic-antarctic-and-alpine-research",
            "Shen, X., Zhang, J., Chen, J., Bai, S., Han, Y., Wang, Y., and Wang, C. 2023: Learning Kernels.",
        ),  # a date's colon: was "2023:. Learning"
    ],
)
def test_a_stop_after_a_semicolon_or_colon_merges_into_it(style, written):
    """As citeproc-js merges a delimiter's or prefix's stop into the semicolon or colon before it."""
    authors = "Shen, Xintian and Zhang, Jiangning and Chen, Jun and Bai, Shipeng and Han, Yu and Wang, Yan and Wang, Chao"
    bib = f"@inproceedings{{s, author={{{authors}}}, title={{Learning Kernels}}, booktitle={{ICCV 2023}}, publisher={{IEEE}}, year=2023, pages={{7501--7510}}}}"
    assert styled(style, bib).startswith(written)


@pytest.mark.parametrize(
    ("style", "volume", "written"),
    [
        ("human-reproduction", "11", "Nature Communications 2020;11:."),  # bold: was "2020;11:"
        ("journal-of-limnology", "11", "Nature Communications 11:."),  # was "11:"
        ("world-applied-sciences-journal", "abs/2310.06218", "Nature Communications, abs/2310.06218:"),  # no number
    ],
)
def test_a_stop_stays_after_a_numbers_colon(style, volume, written):
    """citeproc-js merges no punctuation into a number variable's (a volume with no pages after
    it); a volume that is not a number merges as any text does."""
    bib = f"@article{{c, author={{Smith, John}}, title={{Growth}}, journal={{Nature Communications}}, volume={{{volume}}}, year=2020}}"
    assert styled(style, bib).endswith(written)


def test_a_doi_after_an_address_the_style_writes_is_linked_alone():
    """Express Polymer Letters writes "http://doi:" before the DOI: no address a browser follows
    (its port is no number; the sanitizer left the link without an href), so the DOI is linked
    alone. The bare DOI's link once went inside the address's `href` and broke the page's HTML."""
    bib = "@article{h, author={Smith, John}, title={Cold Gas}, journal={ApJ}, volume=900, pages=100, year=2020, doi={10.3847/1538-4357/abaaaa}}"
    line = styled_html("express-polymer-letters", bib)
    assert " ".join(line.get_text().split()).endswith("(2020). http://doi:10.3847/1538-4357/abaaaa.")
    links = [(link.get_text(), link["href"]) for link in line.select("a")]
    assert links == [("10.3847/1538-4357/abaaaa", "https://doi.org/10.3847/1538-4357/abaaaa")]


DOI_ARTICLE = "@article{h, author={Smith, John}, title={Cold Gas}, journal={ApJ}, volume=900, pages=100, year=2020, doi={10.3847/1538-4357/abaaaa}}"


def test_a_part_on_a_line_of_its_own_is_a_space_apart():
    """`display="block"` puts a part on a line of its own; in a list of publications it is a space
    apart from what comes before it, as citeproc-js writes it as text (was "v. 900.https:")."""
    assert styled("el-profesional-de-la-informacion", DOI_ARTICLE).endswith("v. 900. https://doi.org/10.3847/1538-4357/abaaaa")


def test_a_part_on_a_line_of_its_own_that_opens_the_entry_has_no_space_before_it():
    assert styled("zwitscher-maschine", DOI_ARTICLE) == "Smith 2020John Smith, »Cold Gas«, in: ApJ, 2020, Bd. 900, S. 100."


@pytest.mark.parametrize(
    ("authors", "written"),  # as citeproc-js 2.4.63 writes them
    [
        ("Smith, John and Doe, Jane", "Smith, J., and J. Doe (2020)"),  # was "Smith, J. and J. Doe"
        ("LeCun, Yann and Cortes, Corinna and Burges, Christopher J. C.", "LeCun, Y., C. Cortes and C.J.C. Burges (2020)"),
    ],
)
def test_the_delimiter_before_and_follows_an_inverted_name_only(authors, written):
    """`delimiter-precedes-last="after-inverted-name"` with only the first name inverted: the
    comma before "and" in a list of two, none in a longer one (the Canadian Journal of Economics)."""
    bib = f"@article{{a, author={{{authors}}}, title={{Cold Gas}}, journal={{ApJ}}, volume=900, pages=100, year=2020}}"
    assert styled("canadian-journal-of-economics", bib).startswith(written)


def test_the_delimiter_before_and_goes_by_the_names_of_its_own_list():
    """A chapter of three authors in a book of two editors: the editors' two names do not give the
    authors' list a comma before "and"."""
    bib = "@incollection{c, author={LeCun, Yann and Cortes, Corinna and Burges, Christopher J. C.}, editor={Oh, Alice and Levine, Sergey}, title={Chapter}, booktitle={Advances}, publisher={MIT Press}, pages={1--5}, year=2020}"
    written = "LeCun, Y., C. Cortes and C.J.C. Burges (2020) “Chapter.” In Advances, pp. 1–5, eds. A. Oh and S. Levine. MIT Press"
    assert styled("canadian-journal-of-economics", bib).strip() == written


def test_a_stop_after_an_angle_bracket_stays():
    """The closing "&gt;" of an address in brackets ends in a semicolon, which is no semicolon of
    the style's: infoclio.ch's "Online: <https://doi.org/...>." kept its stop (it lost it)."""
    bib = "@article{s, author={Shen, Xintian}, title={Learning Kernels}, journal={J}, year=2023, doi={10.1109/ICCV51070.2023.00693}}"
    assert styled("infoclio-de-kurzbelege", bib).endswith("Online: <https://doi.org/10.1109/ICCV51070.2023.00693>.")


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("american-anthropological-association", "Smith, John, and Jane Doe 2020 Cold Gas. ApJ 900: 100."),  # was "2020Cold"
        ("journal-for-the-study-of-the-new-testament", "Smith, John, and Jane Doe2020 ‘Cold Gas’, ApJ 900: 100."),
        (
            "university-of-helsinki-faculty-of-theology",
            "Smith, John & Jane Doe (2020). Cold Gas. ApJ. 900, 100.",
        ),  # its group ends
    ],
)
def test_a_part_in_the_margin_is_a_space_apart_from_what_follows_it(style, written):
    """`display="left-margin"` (27 styles: the year of an author-date entry): citeproc-js writes a
    space after it, which merges into a stop that follows."""
    bib = "@article{a, author={Smith, John and Doe, Jane}, title={Cold Gas}, journal={ApJ}, volume=900, pages=100, year=2020}"
    assert styled(style, bib).strip() == written


STRIPPED = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Stripped</title><id>stripped</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="journal"><group suffix="." delimiter=". ">
    <text variable="container-title" prefix="x." suffix=".y"/><text term="editor" form="short"/><text value="v.w"/>
  </group></macro>
  <macro name="outer"><text macro="journal" prefix="o."/></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" suffix=" "/>
    <text macro="journal" strip-periods="true" prefix="A[" suffix="]"/>
    <text macro="outer" strip-periods="true" prefix="B[" suffix="]"/>
    <text macro="journal" prefix="C[" suffix="]"/>
  </layout></bibliography>
</style>"""


def test_stripping_a_macro_s_periods_keeps_those_of_its_affixes(tmp_path):
    """`strip-periods` on a macro's call strips its variables' periods, not those the style
    writes around them (as citeproc-js 2.4.63 writes it; the same macro called without it keeps all)."""
    bib = "@article{a, author={He, Kaiming}, title={Deep}, journal={J.A.M.A.}, year=2016}"
    written = "Deep A[x.JAMA.y. ed. v.w.]B[o.x.JAMA.y. ed. v.w.]C[x.J.A.M.A.y. ed. v.w.]"
    assert styled_by(STRIPPED, bib, tmp_path) == written


def test_a_journal_s_stop_stays_where_its_macro_strips_periods():
    bib = "@article{x, author={Xiang, Jingyang}, title={SUBP}, journal={CoRR}, year=2023}"
    written = styled("journal-of-biomedical-materials-research-part-a", bib).strip()
    assert written == "Xiang J. SUBP. CoRR. 2023."  # was "CoRR 2023."


FOUR_AUTHORS = (
    "@article{a, author={Smith, John and Doe, Jane and Roe, Richard and Poe, Edgar}, title={Four}, journal={J}, year=2020}"
)


def test_a_style_s_own_long_term_is_used_when_it_says_form_long():
    """The Rassegna degli Archivi di Stato's Italian locale writes `<term name="et-al" form="long"/>`
    (empty, to leave "et al." out of its short list of authors); citeproc-py missed it and took
    the locale file's "et al."."""
    assert styled("rassegna-degli-archivi-di-stato", FOUR_AUTHORS).strip() == "Smith = Four, in «J», 2020."


def test_page_first_is_set_from_the_pages():
    """Macromolecular Reaction Engineering writes `page-first` where it is set: the first page, as
    citeproc-js derives it from the pages (citeproc-py tested it unset and wrote the range)."""
    bib = "@article{h, author={Harris, Charles R.}, title={NumPy}, journal={Nature}, volume=585, pages={357--362}, year=2020}"
    assert styled("macromolecular-reaction-engineering", bib).strip() == "C. R. Harris, Nature 2020, 585, 357."


def test_a_name_s_initialize_true_does_not_undo_the_bibliography_s_false():
    """The Effective Altruism Wiki's author list says `initialize="true"`, its bibliography
    `initialize="false"`: citeproc-js reads only "false", and writes given names whole."""
    bib = "@article{h, author={Harris, Charles R. and Millman, K. Jarrod}, title={NumPy}, journal={Nature}, year=2020}"
    assert styled("effective-altruism-wiki", bib).startswith("Harris, Charles R. & K. Jarrod Millman (2020)")


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("de-montfort-university-harvard", "World Health Organization and Smith, J. (2020) World Health Statistics."),
        ("antarctic-science", "World Health Organization & Smith, J. 2020. World Health Statistics."),
    ],
)
def test_an_institution_gets_no_given_name_formatted(style, written):
    """De Montfort writes given names in small capitals, Antarctic Science too: citeproc-py
    formatted the given name an institution has not, and wrote its sort separator before it
    ("World Health Organization, (2020)")."""
    bib = "@book{w, author={{World Health Organization} and Smith, John}, title={World Health Statistics}, publisher={WHO}, year=2020}"
    assert styled(style, bib).startswith(written)


def test_a_book_s_editors_keep_their_initials_where_only_the_authors_lose_their_stops():
    """The Journal of the Association of Environmental and Resource Economists keeps its authors'
    given names whole with `initialize-with=""` ("Rumelhart, David E"), its editors' as they are:
    the authors' mark went to the editors too ("William M Wells")."""
    bib = "@incollection{r, author={Rumelhart, David E.}, title={Learning}, booktitle={Parallel Distributed Processing}, editor={Wells, William M.}, year=1986}"
    written = styled("journal-of-the-association-of-environmental-and-resource-economists", bib)
    assert written.startswith("Rumelhart, David E. 1986.")
    assert "ed. William M. Wells" in written


def test_a_term_defined_twice_is_its_last_definition():
    """The Universidade Federal de Juiz de Fora's locale defines the editor's short term twice,
    "ed."/"eds." then "org."/"orgs."; citeproc-js reads the last, citeproc-py found the first."""
    bib = "@proceedings{p, editor={Oh, Alice and Naumann, Tristan}, title={Advances}, year=2023}"
    assert styled("universidade-federal-de-juiz-de-fora", bib).startswith("OH, Alice; NAUMANN, Tristan (Orgs.). Advances.")


def test_title_case_capitalizes_a_term_s_last_word():
    """The Journal of Management Studies writes "available at" in title case: CSL capitalizes a
    small word last in the string too, as citeproc-js writes "Available At"."""
    bib = "@misc{d, author={Dupont, Jean}, title={Cartographie}, year=2019, url={https://hal.science/x.pdf}}"
    assert "'Cartographie'. Available At https://hal.science/x.pdf" in styled("journal-of-management-studies", bib)


def test_a_suffix_is_unstopped_where_its_variable_s_initials_are():
    """The Raffles Bulletin of Zoology writes its authors' initials without stops ("Steele GL Jr")
    and its editors' with them: the suffix went unstopped only where every name had no stops."""
    bib = "@book{s, author={Steele, Jr., Guy L.}, title={Common LISP}, publisher={Digital Press}, year=1990}"
    assert styled("raffles-bulletin-of-zoology", bib).startswith("Steele GL Jr (1990)")


CHAPTER = "@incollection{r, author={Hinton, Geoffrey E.}, title={Learning}, booktitle={Parallel Distributed Processing}, editor={Rumelhart, David E. and McClelland, James L.}, year=1986}"


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("apa-fr-provost", "Dans D. E. Rumelhart & J. L. McClelland (Éds), Parallel"),  # title case in French
        ("cumhuriyet-universitesi-fen-bilimleri-enstitusu", "İçinde D. E. Rumelhart ve J. L. McClelland (Ed.), Parallel"),
    ],
)
def test_the_style_s_words_are_cased_in_its_language(style, written):
    """A label in title case is capitalized in any language, as citeproc-js writes it (it was for
    English only: "(éds)"), and a term capitalized in Turkish has a dotted capital İ ("İçinde", not
    "Içinde")."""
    assert written in styled(style, CHAPTER)


ONLINE = "@misc{d, author={Dupont, Jean}, title={Cartographie}, year=2019, url={https://hal.science/x.pdf}}"


@pytest.mark.parametrize(
    ("style", "language", "bib", "written"),
    [
        ("gayana", "it", CHAPTER, "McClelland, J.L. (A c. Di) Parallel"),  # a label: "a cura di"
        ("apa", "it", CHAPTER, "McClelland (A c. Di), Parallel"),
        ("journal-of-management-studies", "cs", ONLINE, "'Cartographie'. Dostupné z https://"),  # a term
        ("journal-of-management-studies", "ca", ONLINE, "'Cartographie'. Disponible a https://"),
        ("journal-of-management-studies", "en", ONLINE, "'Cartographie'. Available At https://"),
    ],
)
def test_the_style_s_words_in_title_case_keep_a_one_letter_word_small(style, language, bib, written):
    """citeproc-js's title case of a style's words leaves a word of one letter small but first
    (see termcase.py): sitegen made a label's and a short term's title case capitalize every
    word ("(A C. Di)", "Dostupné Z"), 12 of 150 styles on an Italian site."""
    assert written in styled(style, bib, language)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("zh", "《Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?》 Phys. Rev."),
        ("ja", "「Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?」 Phys. Rev."),
        ("sl", "»Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?« Phys. Rev."),
        ("fr", "«\u00a0Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?\u00a0» Phys. Rev."),
    ],
)
def test_a_question_s_mark_is_its_stop_inside_any_language_s_quotation_marks(language, written):
    """The American Society of Civil Engineers quotes a title and puts a stop after it: after a
    question mark and the closing quotation mark that stop goes, in citeproc-js, whatever the
    marks; sitegen knew the English, German and French ones only ("Complete?》. Phys. Rev.", 11
    of 150 styles on a Chinese site)."""
    bib = (
        "@article{epr, author={Einstein, A. and Podolsky, B. and Rosen, N.}, title={Can Quantum-Mechanical"
        " Description of Physical Reality Be Considered Complete?}, journal={Phys. Rev.}, volume={47}, year=1935}"
    )
    assert written in styled("american-society-of-civil-engineers", bib, language)


QUESTION_STOPS = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <macro name="t"><text variable="title" quotes="true"/></macro>
  <bibliography><layout suffix=".">
    <group prefix="A "><text variable="title" quotes="true" suffix="."/></group>
    <group prefix=" B " suffix="."><text variable="title" quotes="true"/></group>
    <group prefix=" C " delimiter=". "><text variable="title" quotes="true"/><text variable="container-title"/></group>
    <group prefix=" R "><text variable="title" quotes="true"/><text variable="container-title" prefix=". "/></group>
    <group prefix=" W " delimiter=". "><group><text variable="title" quotes="true"/></group><text variable="container-title"/></group>
    <group prefix=" X "><group><text variable="title" quotes="true"/></group><text variable="container-title" prefix=". "/></group>
    <group prefix=" Y "><text macro="t"/><text variable="container-title" prefix=": "/></group>
    <group prefix=" Z " delimiter=": "><text variable="title" quotes="true"/><text variable="container-title"/></group>
    <group prefix=" D " delimiter=". "><text variable="title"/><text variable="container-title"/></group>
    <group prefix=" H " delimiter=", "><text variable="title"/><text variable="container-title"/></group>
    <group prefix=" I " delimiter=": "><text variable="title" font-style="italic" suffix="."/><text variable="container-title"/></group>
    <group prefix=" J " delimiter=". "><group font-style="italic"><text variable="title"/></group><text variable="container-title"/></group>
    <text variable="title" quotes="true" prefix=" END "/>
  </layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("title", "language", "written"),
    [
        (
            "Complete?",
            "de",
            "A „Complete?“ B „Complete?“ C „Complete?“ Phys. Rev. R „Complete?“ Phys. Rev. W „Complete?“ Phys. Rev."
            " X „Complete?“ Phys. Rev. Y „Complete?“ Phys. Rev. Z „Complete?“: Phys. Rev. D Complete? Phys. Rev."
            " H Complete?, Phys. Rev. I Complete? Phys. Rev. J Complete? Phys. Rev. END „Complete?“",
        ),
        (
            "Complete!",
            "fr",
            "A «\u00a0Complete!\u00a0» B «\u00a0Complete!\u00a0» C «\u00a0Complete!\u00a0» Phys. Rev. R «\u00a0Complete!"
            "\u00a0» Phys. Rev. W «\u00a0Complete!\u00a0» Phys. Rev. X «\u00a0Complete!\u00a0» Phys. Rev. Y «\u00a0"
            "Complete!\u00a0» Phys. Rev. Z «\u00a0Complete!\u00a0»: Phys. Rev. D Complete! Phys. Rev. H Complete!, Phys. Rev."
            " I Complete! Phys. Rev. J Complete! Phys. Rev. END «\u00a0Complete!\u00a0»",
        ),
        (
            "Complete?",
            "en",
            "A “Complete?” B “Complete?” C “Complete?” Phys. Rev. R “Complete?” Phys. Rev. W “Complete?” Phys. Rev."
            " X “Complete?” Phys. Rev. Y “Complete?” Phys. Rev. Z “Complete?”: Phys. Rev. D Complete? Phys. Rev."
            " H Complete? Phys. Rev. I Complete? Phys. Rev. J Complete? Phys. Rev. END “Complete?”",
        ),
        (
            "Complete etc.",
            "de",
            "A „Complete etc.“ B „Complete etc.“ C „Complete etc.“ Phys. Rev. R „Complete etc.“ Phys. Rev. W „Complete etc.“"
            " Phys. Rev. X „Complete etc.“ Phys. Rev. Y „Complete etc.“: Phys. Rev. Z „Complete etc.“: Phys. Rev. D Complete"
            " etc. Phys. Rev. H Complete etc., Phys. Rev. I Complete etc.: Phys. Rev. J Complete etc. Phys. Rev."
            " END „Complete etc.“",
        ),
    ],
    ids=["de-question", "fr-exclamation", "en-question", "de-stop"],
)
def test_after_a_title_s_question_a_stop_goes_and_a_colon_where_a_group_ended_before_it(tmp_path, title, language, written):
    """A title's "?" or "!" stands for a stop after it, wherever the stop comes from, as the
    Chicago Manual has it (citeproc-js keeps one that is the title's own or follows it in its
    group: „Complete?“. Phys. Rev.; A, C, R, I); a colon after its quotation mark goes where
    citeproc-js leaves it out, after the end of a group, a macro or the entry (Y: sitegen kept
    it), and stays where it follows the title in its group (Z), in every language. A comma stays,
    but where the language puts punctuation inside quotation marks (American English: H); a stop
    after a stop goes."""
    style = tmp_path / "style.csl"
    style.write_text(QUESTION_STOPS, encoding="utf-8")
    bib = f"@article{{q, author={{Einstein, A.}}, title={{{title}}}, journal={{Phys. Rev.}}, volume=47, year=1935}}"
    assert styled(str(style), bib, language) == written


TURKISH_NAMES = "@article{t, author={Şimşek, İsmail and Işık, Ayşe and Xiang, Jingyang}, title={Kirişli yapılar}, journal={İnşaat Dergisi}, volume={3}, year=2021}"
IN_GERMAN = "@article{d, author={Einstein, Albert}, title={Zur Elektrodynamik}, journal={Annalen der Physik}, year=1905, language={german}}"


@pytest.mark.parametrize(
    ("style", "language", "bib", "written"),
    [
        ("iso690-author-date-en", "tr", TURKISH_NAMES, "ŞİMŞEK, İsmail, IŞIK, Ayşe ve XİANG, Jingyang, 2021."),
        (
            "uludag-universitesi-sosyal-bilimler-enstitusu-author-date",
            "en",
            TURKISH_NAMES,
            "ŞİMŞEK İsmail, Ayşe IŞIK, Jingyang XİANG,",
        ),
        ("iso690-author-date-en", "tr", IN_GERMAN, "EINSTEIN, Albert, 1905."),  # an entry in German: German capitals
        ("iso690-author-date-en", "en", TURKISH_NAMES, "ŞIMŞEK, İsmail, IŞIK, Ayşe and XIANG, Jingyang, 2021."),
        ("stem-cells", "tr", CHAPTER, "Learning. İçinde: Rumelhart DE"),  # a term in sentence case
    ],
)
def test_names_in_capitals_have_the_dotted_capital_i_in_turkish(style, language, bib, written):
    """A style read in Turkish (a Turkish site's, or one whose own language is Turkish) writes an
    entry's "i" in capitals as Turkish does, "İ", as citeproc-js does unless the entry is in another
    language: citeproc-py wrote "ŞIMŞEK" for Şimşek in ISO 690 on a Turkish site, and "XIANG"
    where citeproc-js writes "XİANG" (the Uludağ University's style: 24 entries of the survey's 600
    styles). A term in sentence case likewise ("İçinde", not "Içinde": 6 of 150 styles)."""
    assert written in styled(style, bib, language)


TWO_DATES = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Two dates</title><id>two-dates</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <choose>
      <if type="article-journal"><date variable="issued" form="text"><date-part name="month" form="short"/></date></if>
      <else><date variable="issued" form="text"/></else>
    </choose>
  </layout></bibliography>
</style>"""


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_entry_s_date_does_not_depend_on_the_entries_before_it(tmp_path, language):
    """A style that changes a part of a localized date in one place (a short month for articles)
    and not in another: citeproc-py wrote the change into the locale's format, so every entry
    formatted after an article had the short month too ("Jan. 1984"; Begell House's Chicago on a
    Japanese site, "1984年1月月"). Each entry comes out as it does alone, in any order."""
    (tmp_path / "style.csl").write_text(TWO_DATES, encoding="utf-8")
    article = "@article{a, title={A}, journal={J}, year=1984, month=jan}"
    book = "@book{b, title={B}, publisher={P}, year=1984, month=jan}"
    (first,), _ = publications_from(article)
    (second,), _ = publications_from(book)
    alone = cslstyle.load_style(str(tmp_path / "style.csl"), tmp_path / "style.csl", language).format(second).line
    style = cslstyle.load_style(str(tmp_path / "style.csl"), tmp_path / "style.csl", language)
    style.format(first)
    assert style.format(second).line == alone
    assert alone == {"en": "January 1984", "ja": "1984年1月"}[language]


def test_an_institution_gets_no_given_name_s_brackets():
    """The École pratique des hautes études writes given names in brackets after the family name
    ("Smith (John)"): citeproc-py wrote them around nothing for an institution ("World Health
    Organization (), ...")."""
    bib = "@book{w, author={{World Health Organization} and Smith, John}, title={World Health Statistics}, publisher={WHO}, year=2020}"
    style = "ecole-pratique-des-hautes-etudes-sciences-historiques-et-philologiques"
    assert styled(style, bib).startswith("World Health Organization et Smith (John), World Health Statistics")


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("atlande", "World Health Organization, World Health Statistics"),  # was "Organization, , World"
        ("atlande", "Doe, Jane et World Health Organization, World Health Statistics"),  # a person keeps them
        ("philosophia-scientiae", "World Health Organization [2020], World Health Statistics"),  # was "Organization, [2020]"
        ("etudes-chinoises", "World Health Organization, 2020, World Health Statistics"),  # was "Organization  , 2020"
        ("etudes-chinoises", "Doe Jane & World Health Organization, 2020"),  # given's " " joined to the family's
    ],
)
def test_an_institution_gets_no_family_name_s_affixes(style, written):
    """citeproc-js gives an institution's name the family name-part's formatting, not its
    affixes; citeproc-py wrote Atlande's ", " after it, before the list's own ", "."""
    authors = "Doe, Jane and {World Health Organization}" if "Doe" in written else "{World Health Organization}"
    bib = f"@book{{w, author={{{authors}}}, title={{World Health Statistics}}, publisher={{WHO}}, address={{Geneva}}, year=2020}}"
    assert styled(style, bib).startswith(written)


def test_a_given_name_s_stop_is_written_once_and_not_for_an_institution():
    """The Universität Graz (Geographie) puts "." after given names: once after initials ("G.E.",
    not "G.E.."), as citeproc-py joins two pieces, and not after an institution's name, which has
    none (was "World Health Organization, . (1977)")."""
    bib = "@book{w, author={Hinton, Geoffrey E. and {World Health Organization}}, title={Relaxation}, publisher={WHO}, year=1977}"
    assert styled("universitat-graz-geographie", bib).startswith("Hinton, G.E.; World Health Organization (1977): Relaxation.")


SUBSTITUTED = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>S</title><id>s</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <names variable="author" prefix="[" suffix="]">
      <name/>
      <substitute>%s</substitute>
    </names>
    <text variable="publisher" prefix=" "/>
  </layout></bibliography>
</style>"""


@pytest.mark.parametrize(
    ("substitute", "written"),
    [
        ('<names variable="editor"/>', "[Alice Oh] Pub"),  # the shorthand stands for the outer cs:names
        ('<choose><if variable="editor"><names variable="editor"/></if></choose>', "[Alice Oh] Pub"),
        ('<names variable="editor"><name/></names>', "Alice Oh Pub"),  # a cs:names of its own
        ('<names variable="editor" prefix="(" suffix=")"><name/></names>', "(Alice Oh) Pub"),
        ('<names variable="translator"/><text variable="title" prefix="~"/>', "~Proceedings Pub"),
    ],
)
def test_a_names_affixes_go_around_its_substitute_only_where_it_is_a_shorthand(substitute, written, tmp_path):
    """As citeproc-js writes them: citeproc-py put the outer affixes around whatever the
    substitute wrote ("[~Proceedings] Pub", "[(Alice Oh)] Pub")."""
    bib = "@proceedings{p, editor={Oh, Alice}, title={Proceedings}, publisher={Pub}, year=2023}"
    assert styled_by(SUBSTITUTED % substitute, bib, tmp_path) == written


def test_editors_in_the_authors_place_take_their_own_affixes_alone():
    """The Universität Heidelberg (Mannheim) writes ": " after the authors and after the editors
    that stand in for them: once (was "Levine, S: : Advances")."""
    bib = "@proceedings{p, editor={Oh, Alice and Levine, Sergey}, title={Advances in Neural Information Processing Systems 36}, year=2023}"
    written = styled("universitat-heidelberg-medizinische-fakultat-mannheim-numeric", bib)
    assert written.startswith("Oh, A, Levine, S: Advances in Neural")


@pytest.mark.parametrize(
    ("style", "written"),
    [
        ("lannee-sociologique", "Oh, A., Levine, S. (dirs.) 2023"),  # its own default sort separator: was "Oh A."
        ("mondes-en-developpement", "OH, A. et LEVINE, S. (dir.) (2023)"),  # the authors' family name-part: was "Oh A."
        ("etudes-chinoises", "Oh Alice & Levine Sergey (dir.), 2023"),  # no label of the authors': was "Sergey(eds.) (dir.)"
    ],
)
def test_names_in_a_substitute_keep_their_own_name_options_and_take_the_outer_name_parts(style, written):
    """As citeproc-js reads a substitute's `cs:names` with a `cs:name` of its own: the outer
    `cs:name`'s attributes do not go to it, nor the outer label, but its name-parts do where it
    has none of theirs."""
    bib = "@proceedings{p, editor={Oh, Alice and Levine, Sergey}, title={Advances in Neural Information Processing Systems 36}, year=2023}"
    assert styled(style, bib).startswith(written)


def test_a_list_cut_to_one_name_and_the_last_has_a_space_before_the_ellipsis():
    """As citeproc-js writes it ("A. Oh … S. Levine"; after more names the delimiter stays);
    citeproc-py wrote "A. Oh, … S. Levine". A list not cut keeps its delimiter."""
    editors = "Oh, Alice and Naumann, Tristan and Globerson, Amir and Saenko, Kate and Hardt, Moritz and Levine, Sergey"
    bib = f"@inproceedings{{x, author={{Xiang, Jingyang and Li, Siqi and Liu, Yong}}, title={{SUBP}}, booktitle={{Advances 36}}, editor={{{editors}}}, publisher={{Curran}}, pages={{1--10}}, year=2023}}"
    assert "In A. Oh … S. Levine (Ed.)," in styled("van-yuzuncu-yil-universitesi-fen-bilimleri-enstitusu", bib)
    assert styled("waterbirds", bib).startswith(
        "Xiang, J. … Y. Liu. 2023. SUBP. Pages 1–10 in Advances 36 (A. Oh … S. Levine, Eds)."
    )
    two = "@book{b, author={Xiang, Jingyang and Li, Siqi}, title={SUBP}, publisher={Curran}, year=2023}"
    assert styled("waterbirds", two).startswith("Xiang, J., and S. Li. 2023. SUBP.")


def test_a_particle_is_in_capitals_with_the_family_name():
    """A family name-part in capitals covers the particle, also written after the given names,
    as citeproc-js writes it: the Periodicum Biologorum's "MAATEN L VAN DER" (was "van der")."""
    bib = "@article{v, author={van der Maaten, Laurens and Hinton, Geoffrey}, title={Visualizing Data}, journal={JMLR}, volume=9, pages={2579--2605}, year=2008}"
    assert styled("periodicum-biologorum", bib).startswith("MAATEN L VAN DER and HINTON G 2008")


def test_strip_periods_keeps_a_stop_before_a_small_letter():
    """As citeproc-js strips them: an address or a domain stays whole (Ugeskrift for Læger's
    publisher "http://yann.lecun.com/exdb/mnist/", was "http://yannlecuncom/exdb/mnist/"), and
    any other stop goes ("PhD Press")."""
    bib = "@misc{m, author={LeCun, Yann}, title={The MNIST database}, howpublished={\\url{http://yann.lecun.com/exdb/mnist/}}, year=1998}"
    assert styled("ugeskrift-for-laeger", bib) == "LeCun Y. The MNIST database. http://yann.lecun.com/exdb/mnist/; 1998."
    book = "@book{m, author={LeCun, Yann}, title={Deep Learning}, publisher={arXiv.org}, address={Ph.D. Press}, year=1998}"
    assert styled("ugeskrift-for-laeger", book) == "LeCun Y. Deep Learning. PhD Press: arXiv.org; 1998."


def test_a_suffix_after_names_a_space_delimits_follows_each_name():
    """The Harvard Review of Psychiatry writes its editors with `delimiter=" " suffix=","`, which
    citeproc-js puts after each name ("In: Oh A, Naumann T, Globerson A, et al., eds"); sitegen
    wrote "Oh A Naumann T Globerson A et al., eds"."""
    editors = "Oh, Alice and Naumann, Tristan and Globerson, Amir and Saenko, Kate and Hardt, Moritz and Levine, Sergey"
    bib = f"@inproceedings{{x, author={{Xiang, Jingyang and Li, Siqi}}, title={{SUBP}}, booktitle={{Advances 36}}, editor={{{editors}}}, publisher={{Curran}}, pages={{1--10}}, year=2023}}"
    assert "In: Oh A, Naumann T, Globerson A, et al., eds. Advances 36." in styled("harvard-review-of-psychiatry", bib)


THREE = "@article{x, author={Xiang, Jingyang and Li, Siqi and Liu, Yong}, title={SUBP}, journal={CoRR}, year=2023}"
TWO = "@article{x, author={Smith, John and Doe, Jane}, title={Growth}, journal={Nature}, year=2020}"
EIGHT = (
    "@article{x, author={Shen, Xintian and Zhang, Jiangning and Chen, Jun and Bai, Shipeng and Han, Yue"
    " and Wang, Yabiao and Wang, Chengjie and Liu, Yong}, title={Harmonization}, journal={ICCV}, year=2023}"
)


@pytest.mark.parametrize(
    ("style", "language", "bib", "written"),
    [
        ("chicago-author-date", "zh", TWO, "Smith, John, 和Jane Doe. 2020."),  # "always": between two only
        ("chicago-author-date", "zh", THREE, "Xiang, Jingyang, Siqi Li和Yong Liu. 2023."),
        ("ieee", "zh", TWO, "J. Smith和J. Doe, "),
        ("harvard-cite-them-right", "zh", EIGHT, "Shen, X.等 (2023)"),
        ("ieee", "ja", EIGHT, "X. Shenほか, "),
        ("associacao-brasileira-de-normas-tecnicas-note", "en", THREE, "XIANG, Jingyang; LI, Siqi; LIU, Yong. SUBP."),
        ("chicago-author-date", "en", TWO, "Smith, John, and Jane Doe. 2020."),  # (a word: spaced)
        ("oxford-journals-scimed-author-date", "zh", EIGHT, "Shen X, Zhang J, Chen J等. Harmonization."),  # no cs:name
    ],
    ids=[
        "chicago-zh-two",
        "chicago-zh-three",
        "ieee-zh",
        "harvard-zh-et-al",
        "ieee-ja-et-al",
        "abnt-note",
        "chicago-en",
        "names-without-a-name",
    ],
)
def test_an_and_or_et_al_that_starts_with_no_letter_meets_the_names_unspaced(style, language, bib, written):
    """As citeproc-js writes them: Chinese "和" and "等", Japanese "ほか", ABNT's notes' "and" of
    "; " (and its `name-delimiter`); citeproc-py spaced them ("Li, S. 和 Liu, Y.", "LI, Siqi ;
    LIU") and wrote ABNT's names "XIANG, Jingyang, LI, Siqi"."""
    assert styled(style, bib, language).startswith(written)


UNSPACED_TERMS = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="zh-CN">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout>
      <group delimiter=" ">
        <names variable="author"><name et-al-min="3" et-al-use-first="2" delimiter=" " and="text"/></names>
        <names variable="editor"><name et-al-min="3" et-al-use-first="2" initialize-with="."/></names>
        <text variable="title"/>
        <text term="and"/>
        <text variable="publisher"/>
      </group>
    </layout>
  </bibliography>
</style>"""


def test_an_unspaced_term_keeps_the_spaces_a_style_puts_around_it_elsewhere(tmp_path):
    """The "and" a `cs:text` writes is the style's to space ("SUBP 和 Curran"), and "et al."
    after two names follows the delimiter (", 等"), unless that is a space ("Xiang Li等")."""
    bib = (
        "@book{x, author={Xiang, Jingyang and Li, Siqi and Liu, Yong}, editor={Oh, Alice and Naumann, Tristan"
        " and Hardt, Moritz}, title={SUBP}, publisher={Curran}, year=2023}"
    )
    assert styled_by(UNSPACED_TERMS, bib, tmp_path) == "Jingyang Xiang Siqi Li等 A. Oh, T. Naumann, 等 SUBP 和 Curran"


ONE_EDITOR = "@inproceedings{x, author={Xiang, Jingyang and Li, Siqi}, title={SUBP}, booktitle={Advances 36}, editor={Oh, Alice}, publisher={Curran}, pages={1--10}, year=2023}"


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fr", "SUBP\u00a0». In Advances 36, édité par Alice Oh."),  # fr-FR
        ("fr-CA", "SUBP\u00a0». Dans Advances 36, sous la direction de Alice Oh."),  # (as before)
    ],
)
def test_a_language_without_a_region_speaks_its_primary_dialect(language, written):
    """As the CSL locales name it and citeproc-js reads it: French is fr-FR; sitegen took the first
    locale of the language in the folder, fr-CA (de-AT for German, es-CL, pt-BR)."""
    assert written in styled("chicago-author-date", ONE_EDITOR, language)


@pytest.mark.parametrize(
    ("language", "locale"),
    [
        ("de", "de-DE"),
        ("es", "es-ES"),
        ("pt", "pt-PT"),
        ("pt-BR", "pt-BR"),
        ("zh", "zh-CN"),
        ("zh-Hant", "zh-TW"),
        ("en-GB", None),
    ],
)
def test_the_locale_of_a_sites_language(language, locale):
    assert cslstyle._locale(language) == locale


def test_a_doi_keeps_its_stops_where_the_style_strips_periods():
    """citeproc-js strips no period of a DOI or an address; the Journal of the Botanical Research
    Institute of Texas strips the DOI's, and sitegen wrote "doi:101109/ICCV51070202300693"."""
    bib = "@inproceedings{s, author={Shen, Xintian}, title={Learning Kernel}, booktitle={ICCV 2023}, publisher={IEEE}, pages={7501--7510}, year=2023, doi={10.1109/ICCV51070.2023.00693}}"
    assert styled("journal-of-the-botanical-research-institute-of-texas", bib).endswith("doi:10.1109/ICCV51070.2023.00693.")


def test_editors_in_the_containers_authors_place_are_not_written_again():
    """CSL leaves a variable a substitute used out of the rest of the entry: the Bakhtiniana writes
    a book's editors in its authors' place ("Edited by Alice Oh et al.") and, later, the editors
    of any other entry, which sitegen wrote there too ("(A. Oh et al., Eds.)")."""
    editors = "Oh, Alice and Naumann, Tristan and Globerson, Amir and Saenko, Kate"
    bib = f"@inproceedings{{x, author={{Xiang, Jingyang and Li, Siqi and Liu, Yong}}, title={{SUBP}}, booktitle={{Advances 36}}, editor={{{editors}}}, publisher={{Curran}}, year=2023}}"
    line = styled("bakhtiniana-journal-of-discourse-studies", bib)
    assert "SUBP. Edited by Alice Oh et al. In: Advances 36" in line
    assert "Eds." not in line


def test_an_unspaced_and_keeps_the_delimiter_a_style_puts_before_it():
    """The Computer Supported Cooperative Work's "; " between two names stays before Japanese
    "と" (citeproc-js's "Smith, John; とJane Doe"; sitegen wrote "John;とJane")."""
    assert styled("computer-supported-cooperative-work", TWO, "ja").startswith("Smith, John; とJane Doe")


def test_an_institution_has_no_given_name_where_the_style_formats_given_names():
    """citeproc-py formats an institution's given name, which it has not, as "None": the Revue
    des études byzantines' small capitals wrote "None The pandas development team"."""
    bib = "@misc{p, author={{The pandas development team}}, title={pandas-dev/pandas: Pandas}, publisher={Zenodo}, year=2020}"
    line = styled_html("revue-des-etudes-byzantines", bib)
    assert line.get_text().startswith("The pandas development team, pandas-dev/pandas")
    assert line.select_one("span").get_text() == "The pandas development team"  # its own small capitals
    two = "@book{b, author={Smith, John and {World Health Organization}}, title={Stats}, publisher={WHO}, year=2020}"
    assert styled("revue-des-etudes-byzantines", two).startswith("J. Smith and World Health Organization, Stats")


def test_a_preprints_number_on_biorxiv_is_its_number_not_its_page():
    """Zotero writes a bioRxiv paper's number in `pages`; a style gets it as the paper's number."""
    bib = "@article{v, author={Naito, Ken}, title={Vigna}, journal={bioRxiv}, pages={2022.03.28.486085}, year=2022}"
    assert styled("apa", bib) == "Naito, K. (2022). Vigna. In bioRxiv (2022.03.28.486085)."
    assert "p. 2022" not in styled("vancouver-nlm", bib)
