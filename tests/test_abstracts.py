"""Abstracts as paragraphs: from LaTeX, and from the JATS or HTML markup publishers' exports hold."""

from __future__ import annotations

import pytest
from conftest import build, html, publications_from

from sitegen import abstracts
from sitegen.latex import Converted, LatexConverter

LATEX = LatexConverter()


def from_markup(value: str):
    return abstracts.from_markup(value, LATEX.convert)


def test_latex_paragraphs_split_at_blank_lines_and_par_outside_braces():
    assert abstracts.paragraphs("One.\n\n  Two \\par Three.\n") == ["One.", "Two ", "Three.\n"]
    assert abstracts.paragraphs("{A\n\nB} \\parbox") == ["{A\n\nB} \\parbox"]
    assert abstracts.paragraphs("\\{ x\n\ny") == ["\\{ x", "y"]  # an escaped brace opens nothing


def test_a_structured_abstract_of_labelled_sections_is_a_paragraph_each_its_label_in_bold():
    written = "RATIONALE: Hormones (HS) vary. OBJECTIVES: We aimed. MATERIALS AND METHODS: We assessed.\n\nRESULTS: None."
    assert abstracts.paragraphs(written) == [
        "\\textbf{Rationale.} Hormones (HS) vary.",
        "\\textbf{Objectives.} We aimed.",
        "\\textbf{Materials and methods.} We assessed.",
        "RESULTS: None.",  # a paragraph of its own with one label: as written
    ]
    for plain in ("We use the NASA: data. THE END: x", "Intro. METHODS: x. RESULTS: y.", "BACKGROUND: one label."):
        assert abstracts.paragraphs(plain) == [plain]  # two labels, the first at the start, or nothing


def test_only_a_closed_element_makes_an_abstract_markup():
    assert abstracts.is_markup("We show <italic>x</italic>.")
    assert abstracts.is_markup("<jats:p>Ratio.</jats:p>")
    assert not abstracts.is_markup("Since $a<b$ and x <i y, <p> holds")


def test_frontiers_html_becomes_code_and_a_link_and_its_percent_stays():
    converted = from_markup(
        "<p>All in the <monospace>R</monospace> package, 50% faster, from "
        '<ext-link ext-link-type="uri" xlink:href="http://cran.r-project.org">CRAN</ext-link>.</p>'
    )
    assert converted.html == 'All in the <code>R</code> package, 50% faster, from <a href="http://cran.r-project.org">CRAN</a>.'
    assert converted.text == "All in the R package, 50% faster, from CRAN."


def test_a_structured_jats_abstract_keeps_its_sections_as_run_in_headings():
    converted = from_markup(
        "<jats:sec><jats:title>Abstract</jats:title><jats:sec><jats:title>PURPOSE</jats:title>"
        "<jats:p>To compare <jats:italic>A</jats:italic> with B.</jats:p></jats:sec>"
        "<jats:sec><jats:title>Results:</jats:title><jats:p>316 patients &amp; CO<jats:sub>2</jats:sub>"
        "<jats:sup>+</jats:sup>.</jats:p></jats:sec></jats:sec>"
    )
    assert converted.html == (
        "<b>PURPOSE.</b> To compare <i>A</i> with B.</p><p><b>Results:</b> 316 patients &amp; CO<sub>2</sub><sup>+</sup>."
    )
    assert converted.text == "PURPOSE. To compare A with B. Results: 316 patients & CO2+."


def test_markup_cannot_smuggle_tags_or_unsafe_links():
    converted = from_markup(
        '<p>See <ext-link xlink:href="javascript:alert(1)">this</ext-link> &lt;script&gt;x<italic>y</p>'
        '<p onclick="x()"><a href="https://example.org/" onmouseover="x()">z</a></p>'
    )
    assert converted.html == 'See this &lt;script&gt;x<i>y</i></p><p><a href="https://example.org/">z</a>'
    assert converted.unsafe_links == ("javascript:alert(1)",)


def test_an_address_written_out_in_an_abstract_is_a_link():
    def linked(text: str) -> str:
        return abstracts.with_links(Converted(text, text, (), ())).html

    assert linked("Code at: https://github.com/x/y.") == 'Code at: <a href="https://github.com/x/y">https://github.com/x/y</a>.'
    assert linked("(see https://x.org/a)") == '(see <a href="https://x.org/a">https://x.org/a</a>)'
    assert linked("https://x.org/wiki/F_(b), then") == '<a href="https://x.org/wiki/F_(b)">https://x.org/wiki/F_(b)</a>, then'
    assert linked("at &lt;https://x.org/a?b=1&amp;c=2&gt;.") == (  # "<https://...>", as people bracket addresses
        'at &lt;<a href="https://x.org/a?b=1&amp;c=2">https://x.org/a?b=1&amp;c=2</a>&gt;.'
    )
    already = '<a href="https://y.org">https://y.org</a> and <math><mtext>https://z.org</mtext></math>'
    assert linked(already) == already  # a link already, or inside a formula: as it is
    # a link written as Markdown (al-folio's users do): its label linked, not "[label](<a ...>)"
    assert linked("at [github.com/vl/data](https://github.com/vl/data) and https://x.org/b.") == (
        'at <a href="https://github.com/vl/data">github.com/vl/data</a> and <a href="https://x.org/b">https://x.org/b</a>.'
    )
    assert linked("[not a link](javascript:alert(1))") == "[not a link](javascript:alert(1))"
    assert linked("at http://doi:10.1/x.") == "at http://doi:10.1/x."  # no address a browser follows (the port)


def test_markup_closed_out_of_order_still_nests():
    converted = from_markup('<p>a <i>b <a href="https://x.org">c</i> d</a> e <b>bold <i>both</b> italic</i></p>')
    assert converted.html == (
        'a <i>b <a href="https://x.org">c</a></i><a href="https://x.org"> d</a> e <b>bold <i>both</i></b><i> italic</i>'
    )


def test_a_formula_is_shown_from_its_tex_else_from_its_mathml_text():
    tex = "<p>Gain <inline-formula><mml:math><mml:mi>x</mml:mi></mml:math><tex-math>$x^2$</tex-math></inline-formula>.</p>"
    assert from_markup(tex).html == "Gain x<sup>2</sup>."
    mathml = "<p>Gain <inline-formula><mml:math><mml:mi>k</mml:mi> <mml:mo>=</mml:mo> <mml:mn>3</mml:mn></mml:math></inline-formula>.</p>"
    converted = from_markup(mathml)  # MathML itself, as every current browser shows it; its text for feeds and search
    assert (converted.html, converted.text) == ("Gain <math><mi>k</mi> <mo>=</mo> <mn>3</mn></math>.", "Gain k=3.")
    bare = '<jats:p><mml:math xmlns:mml="m"><mml:msub><mml:mi mathvariant="normal" onclick="x()">T</mml:mi>'
    bare += "<mml:mi>c</mml:mi></mml:msub><script>s()</script></mml:math> rises.</jats:p>"
    assert from_markup(bare).html == '<math><msub><mi mathvariant="normal">T</mi><mi>c</mi></msub>s()</math> rises.'


def test_a_built_entry_shows_each_paragraph_and_warns_of_an_unsafe_link(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": """\
                @article{latex, title={L}, author={Ada Lovelace}, journal={J}, year=2020,
                  abstract={First \\emph{part}, 5\\% of it.

                  Second part.}}
                @article{pubmed, title={P}, author={Ada Lovelace}, journal={J}, year=2019,
                  abstract={BACKGROUND: Engines vary. RESULTS: They do.},
                  keywords={Engines
                    *Analytical Engine
                    Cards/punched & read}}
                @article{jats, title={J}, author={Ada Lovelace}, journal={J}, year=2021,
                  abstract={<jats:p>One <jats:italic>x</jats:italic>, 5% of it.</jats:p>
                  <jats:p>Two <ext-link xlink:href="javascript:alert(1)">here</ext-link>.</jats:p>}}
                """,
        }
    )
    result = build(site)
    page = html(site / "_site/publications/latex/index.html")
    assert [str(p) for p in page.select(".abstract > p")] == ["<p>First <em>part</em>, 5% of it.</p>", "<p>Second part.</p>"]
    listed = html(site / "_site/index.html").select_one("#jats .abstract")
    assert [p.decode_contents() for p in listed.select("p")] == ["One <i>x</i>, 5% of it.", "Two here."]
    pubmed = html(site / "_site/index.html").select_one("#pubmed")  # an EndNote or PubMed export
    assert [p.decode_contents() for p in pubmed.select(".abstract p")] == [
        "<strong>Background.</strong> Engines vary.", "<strong>Results.</strong> They do."
    ]  # fmt: skip
    assert pubmed["data-keyword"] == "engines analytical-engine cards-punched-read"  # one a line, a major topic's * off
    warnings = "\n".join(str(w) for w in result.warnings)
    assert "refs.bib:11: warning: unsafe link 'javascript:alert(1)' in the abstract of 'jats' is not linked" in warnings


@pytest.mark.parametrize(
    ("written", "shown", "text"),
    [
        ("Top 0.5\\% of <b>submissions</b>.", "Top 0.5% of <b>submissions</b>.", "Top 0.5% of submissions."),
        ("<sup>†</sup><em>Equal Contribution</em>", "<sup>†</sup><i>Equal Contribution</i>", "†Equal Contribution"),
        ('<span style="color:red">Oral</span> at \\emph{ICML}', "Oral at <em>ICML</em>", "Oral at ICML"),  # its style left out
        ("<b>x <i>y</b> z</i>", "<b>x <i>y</i></b> z", "x y z"),  # what opened inside ends with it
        ("first<br>second", "first second", "first second"),
        ('<a href="https://x.org/talk">Talk</a>', '<a href="https://x.org/talk">Talk</a>', "Talk"),
        ('see <a href="javascript:alert(1)">here</a>', "see here", "see here"),  # an unsafe link: its text only
        ("<script>alert(1)</script>Oral", "Oral", "Oral"),
        ("<b>unclosed", "<b>unclosed</b>", "unclosed"),
        ('<a href=">x</a> <a href="paper.pdf">y</a>', "x y", "x y"),  # no address, or none a page can keep: text
    ],
)
def test_html_a_site_wrote_in_a_latex_field_is_shown_and_only_what_is_safe(written, shown, text):
    converted = abstracts.from_latex_with_html(written, LATEX.convert)
    assert (converted.html, converted.text) == (shown, text)
    assert converted.unsafe_links == (("javascript:alert(1)",) if "javascript" in written else ())


@pytest.mark.parametrize(
    ("written", "html"),
    [
        (  # al-folio's own sample entry
            ". *More Information* can be [found here](https://github.com/alshedivat/al-folio/)",
            '. <i>More Information</i> can be <a href="https://github.com/alshedivat/al-folio/">found here</a>',
        ),
        ("**Oral**, top 2%", "<b>Oral</b>, top 2%"),
        ("$a*b*c$ and *x*", "$a*b*c$ and *x*"),  # with math: TeX's stars, left alone
        ("3 * 4 = 12", "3 * 4 = 12"),
    ],
)
def test_markdown_in_a_field_al_folio_renders_as_markdown_is_read(written, html):
    assert abstracts.inline_markdown_as_html(written) == html


def test_html_zotero_wrote_as_textless_and_textgreater_is_read_with_its_latex(make_site):
    """Zotero exports a publisher's markup in LaTeX's words (`{\\textless}i{\\textgreater}`), among
    braces and commands of its own: titles keep their italics and subscripts, abstracts their
    paragraphs (a "Summary" heading dropped), and a less-than sign in math stays one."""
    bib = r"""
    @article{zotero, author={Lovelace, Ada}, journal={J}, year=2021, note={{\textless}b{\textgreater}Cover{\textless}/b{\textgreater} article},
      title={{\textless}i{\textgreater}E. coli{\textless}/i{\textgreater} under {CO}{\textless}sub{\textgreater}2{\textless}/sub{\textgreater}},
      abstract={{\textless}h2{\textgreater}Summary{\textless}/h2{\textgreater}{\textless}p{\textgreater}Cells ({ESCs}) lacking
        \textit{Nanog} or overexpressing {\textless}i{\textgreater}Otx2{\textless}/i{\textgreater} grew 5\% more.{\textless}/p{\textgreater}}}
    @article{less, author={Lovelace, Ada}, journal={J}, year=2021, title={Why $a \textless b$ holds}}
    """
    site = make_site({"content/site.yml": "title: T\nowner: ada\n", "content/publications/refs.bib": bib})
    assert build(site).warnings == []
    page = html(site / "_site/publications/zotero/index.html")
    citation = page.select_one(".citation")
    assert "E. coli under CO2." in citation.get_text() and "{" not in citation.get_text()
    assert citation.i.get_text() == "E. coli" and citation.sub.get_text() == "2"
    assert citation.b.get_text() == "Cover" and "Cover article." in citation.get_text()  # any shown field
    abstract = page.select_one(".abstract")
    assert [" ".join(p.get_text().split()) for p in abstract.select("p")] == [
        "Cells (ESCs) lacking Nanog or overexpressing Otx2 grew 5% more."
    ]
    assert abstract.select_one("em").get_text() == "Nanog" and abstract.select_one("i").get_text() == "Otx2"
    assert "Why a < b holds" in html(site / "_site/publications/less/index.html").select_one(".citation").get_text()


def test_the_latex_among_a_titles_html_is_converted_when_it_is_latex(make_site):
    """doi.org's BibTeX escapes Crossref's `&` beside its `<i>` (`Food {\\&} <i>E. coli</i>`), and a
    .bib's author keeps a word's case in braces (`{CO}<sub>2</sub>`): that text is LaTeX, and was
    shown as written ("{CO}2", "{\\&}"). A publisher's XML with no brace or command stays text: its
    `$5` a price, its `~50` "about 50"."""
    bib = r"""
    @article{crossref, author={Lovelace, Ada}, journal={J}, year=2021,
      title={Food {\&} {<i>E. coli</i>} under {CO}<sub>2</sub> in Na\"ive {DNA}},
      abstract={<jats:p>We find {DNA} in <jats:italic>E. coli</jats:italic> at 5--10 mm.</jats:p>}}
    @article{xml, author={Lovelace, Ada}, journal={J}, year=2021, title={Costs of <i>x</i> -- at $5},
      abstract={<jats:p>About ~50 of <jats:italic>x</jats:italic> for $5 and <tex-math>$\alpha$</tex-math>.</jats:p>}}
    """
    site = make_site({"content/site.yml": "title: T\nowner: ada\n", "content/publications/refs.bib": bib})
    assert build(site).warnings == []
    page = html(site / "_site/publications/crossref/index.html")
    citation = page.select_one(".citation")
    assert "Food & E. coli under CO2 in Naïve DNA." in citation.get_text()
    assert citation.i.get_text() == "E. coli" and citation.sub.get_text() == "2"
    assert page.select_one(".abstract p").get_text() == "We find DNA in E. coli at 5–10 mm."
    page = html(site / "_site/publications/xml/index.html")
    assert "Costs of x -- at $5." in page.select_one(".citation").get_text()
    assert "About ~50 of x for $5 and" in page.select_one(".abstract p").get_text()


@pytest.mark.parametrize(
    ("value", "latex"),
    [
        ("Food {\\&} <i>x</i>", True),
        ("{CO}<sub>2</sub>", True),
        ('Na\\"ive <i>x</i>', True),
        ("A set {1, 2} of <i>x</i>", False),
        ("<p>Gain <tex-math>$\\alpha$</tex-math> of <i>x</i></p>", False),
        ("<i>x</i> at ~50 for $5", False),
    ],
)
def test_latex_among_markup_is_told_by_a_command_or_a_braced_word(value, latex):
    assert abstracts.writes_latex(value) is latex


def abstract_of(bib_abstract: str) -> Converted:
    (pub,), report = publications_from(
        f"@article{{a, title={{T}}, author={{Lovelace, Ada}}, year=2020, abstract={{{bib_abstract}}}}}"
    )
    assert report.warnings == []  # no unknown \begin, \item or \end
    return pub.abstract


def test_a_latex_list_in_an_abstract_is_a_list_between_its_paragraphs():
    """A thesis's contributions, an abstract's aims: `itemize`, `enumerate` and `description` are
    lists (they were shown as "itemize \\item First ..."); the text runs on."""
    abstract = abstract_of(
        "We study:\n \\begin{itemize}\n \\item first, with $x_i$;\n \\item second.\n \\end{itemize}\n Then\n"
        " \\begin{enumerate}\\item one\\item two\\end{enumerate}\n\n"
        " New paragraph. \\begin{description}\\item[Aim] To see. \\item[{\\emph{How}}] By looking.\\end{description}"
    )
    assert abstract.html == (
        "We study:</p><ul><li>first, with x<sub>i</sub>;</li><li>second.</li></ul><p>Then</p>"
        "<ol><li>one</li><li>two</li></ol><p>New paragraph.</p>"
        "<ul><li><strong>Aim</strong> To see.</li><li><strong><em>How</em></strong> By looking.</li></ul><p>"
    )
    assert abstract.text == "We study: first, with x_i; second. Then one two New paragraph. Aim To see. How By looking."


def test_a_list_that_is_the_whole_abstract_and_one_inside_an_item_or_braces():
    nested = abstract_of("\\begin{itemize}\\item only \\begin{itemize}\\item inner\\end{itemize}\\item last\\end{itemize}")
    assert nested.html == "</p><ul><li>only • inner</li><li>last</li></ul><p>"  # the theme's <p> around it stays valid
    braced = abstract_of("See {\\begin{itemize}\\item a\\end{itemize}} here.")
    assert braced.html == "See • a here."
    unended = abstract_of("List: \\begin{itemize}\\item a \\item b")
    assert unended.html == "List:</p><ul><li>a</li><li>b</li></ul><p>"


@pytest.mark.parametrize(
    "read",
    [
        lambda value: abstracts.from_latex_with_html(value, LATEX.convert),  # al-folio's fields
        lambda value: abstracts.from_markup(value, LATEX.convert, latex_text=True),  # Zotero's titles
        lambda value: abstracts.from_markup(value, LATEX.convert),  # a publisher's markup
    ],
)
def test_a_quotation_mark_beside_a_tag_is_curled_by_the_text_on_the_tags_other_side(read):
    """Each piece between tags is read alone: the text around it says whether its edge's mark
    opens or closes, and a word's "'s" after its italics is an apostrophe."""
    converted = read('The "<i>E. coli</i>" and <i>Drosophila</i>\'s \'hidden\' <b>"x"</b>')
    assert converted.text == "The “E. coli” and Drosophila’s ‘hidden’ “x”"
    assert converted.html == "The “<i>E. coli</i>” and <i>Drosophila</i>’s ‘hidden’ <b>“x”</b>"
