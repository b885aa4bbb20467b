"""A .bib file's `@preamble` macros: read from the file, converted like the site's, in every entry."""

from __future__ import annotations

import pytest
from conftest import build, html, preview_follows, write_files

from sitegen.build import Builder
from sitegen.latex import LatexConverter
from sitegen.preamble import preamble_macros


@pytest.mark.parametrize(
    ("preamble", "macros"),
    [
        (r'@preamble{"\newcommand{\noopsort}[1]{}"}', {"noopsort": (1, "")}),
        (r'@PREAMBLE{ "\providecommand\method{Deep{X}}" }', {"method": (0, "Deep{X}")}),
        (r'@Preamble ( "\renewcommand*{\pair}[2][x]{(#1, #2)}" )', {"pair": (2, "(#1, #2)")}),
        (
            r'@preamble{"\def\cprime{$' + "'" + r'$} \def\polhk#1{\setbox0=\hbox{#1}{x}}"}',
            {"cprime": (0, "$'$"), "polhk": (1, r"\setbox0=\hbox{#1}{x}")},
        ),
        ('@preamble{"\\newcommand{\\a}{1}" # "\\newcommand{\\a}{2}"}', {"a": (0, "2")}),  # as LaTeX: the later one
        (r"@article{k, title={@preamble{\newcommand{\no}{x}}}}", {}),  # a field's text is no preamble
        (r'@preamble{"\newcommand{\open}{never closed"', {"open": (0, 'never closed"\n')}),  # no error
        # one never closed ends where the next block starts, not at the end of the file
        ('@preamble{"\\newcommand{\\a}{1}"\n@article{k, title={\\newcommand{\\b}{2}}}', {"a": (0, "1")}),
    ],
)
def test_definitions_are_read_from_the_preamble(preamble, macros):
    assert preamble_macros([preamble + "\n"]) == macros


def test_preamble_macros_are_used_where_sitegen_knows_no_macro_of_the_name():
    preamble = {"method": (0, r"\textsc{DeepX}"), "pair": (2, "(#2, #1)"), "SortNoop": (1, ""), "cprime": (0, "$'$")}
    preamble |= {"polhk": (1, r"\setbox0=\hbox{#1}{\ooalign{\hidewidth\lower1.5ex\hbox{`}}}")}  # MathSciNet's TeX
    converter = LatexConverter({"site": r"\emph{#1}!"}, preamble)
    result = converter.convert(r"\method{} on \pair{a}{$\beta$}\SortNoop{zz}, \site{x}, Gel\cprime fand, \polhk{e}")
    assert (result.html, result.unknown) == ('<span class="smallcaps">DeepX</span> on (β, a), <em>x</em>!, Gelʹfand, ę', ())
    assert result.text == "DeepX on (β, a), x!, Gelʹfand, ę"
    assert LatexConverter({"method": "Ours"}, preamble).convert(r"\method").text == "Ours"  # the site's own wins


def test_a_preamble_in_one_file_defines_macros_for_every_file(make_site):
    # `Gel\cprime fand, Israel M.`, as MathSciNet writes it: two words of one family name, joined by TeX
    site = make_site(
        {
            "content/publications/0-preamble.bib": '@preamble{"\\providecommand{\\method}{\\textsc{GKNet}}"}\n',
            "content/publications/refs.bib": """\
                @article{a, author={Ada Lovelace}, title={On \\method{}: a study}, journal={J}, year=2020}
                @article{b, author={Ada Lovelace and Gel\\cprime fand, Israel M.}, title={Sets}, journal={J}, year=2021}
                """,
        }
    )
    result = build(site)
    assert [str(warning) for warning in result.warnings] == []
    citations = [item.get_text() for item in html(site / "_site/publications/index.html").select("li.publication .citation")]
    assert "On GKNet: a study" in citations[1] and "Israel M. Gelʹfand" in citations[0]
    assert "Gelʹfand" in (site / "_site/publications/b/index.html").read_text()


def test_the_preview_follows_a_preamble_edit(make_site, tmp_path):
    bib = "@article{a, author={Ada Lovelace}, title={On \\method}, journal={J}, year=2020}\n"
    site = make_site({"content/publications/refs.bib": '@preamble{"\\newcommand{\\method}{One}"}\n' + bib})
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [
        lambda: write_files(site, {"content/publications/refs.bib": '@preamble{"\\newcommand{\\method}{Two}"}\n' + bib}),
        lambda: write_files(site, {"content/people/ada.md": "---\nname: Ada Lovelace\n---\nNew text.\n"}),  # the .bib as it was
        lambda: write_files(site, {"content/publications/refs.bib": bib}),
    ]
    assert preview_follows(preview, site, edits[:1], tmp_path / "clean") == []
    assert "On Two" in (preview.output / "publications/a/index.html").read_text()
    preview_follows(preview, site, edits[1:], tmp_path / "later")
    assert "On \\method" in (preview.output / "publications/a/index.html").read_text()
