"""A CSL style's text-case done on a title's LaTeX (textcase.py): as the CSL specification and
citeproc-js write it, with what BibTeX keeps (braces, formulas, commands, addresses) kept."""

from __future__ import annotations

import pytest

from sitegen.textcase import in_case


@pytest.mark.parametrize(
    ("written", "title_case"),
    [
        ("learning to see in the dark", "Learning to See in the Dark"),
        # each part of a compound, but its small words (citeproc-js; citeproc-py left "Self-supervised")
        ("state-of-the-art self-supervised learning", "State-of-the-Art Self-Supervised Learning"),
        ("thirty-ninth annual meeting", "Thirty-Ninth Annual Meeting"),
        ("a study of on-line learning", "A Study of On-Line Learning"),  # a compound's first part is no small word
        # small words: first, last and after a colon capitalized; one written with a capital kept
        ("bert: a model for the web", "Bert: A Model for the Web"),
        ("what are you looking at", "What Are You Looking At"),
        ("the role of vitamin A in the diet", "The Role of Vitamin A in the Diet"),
        ("Learning From Data", "Learning From Data"),
        ("why? the answer", "Why? The Answer"),
        # every preposition, and the small phrases, as citeproc-js (Chicago, MLA)
        ("mastering go without human knowledge", "Mastering Go without Human Knowledge"),
        ("failures due to heat in models such as these", "Failures due to Heat in Models such as These"),
        ("due to heat", "Due to Heat"),
        # mixed case and capitals are kept
        ("iPhone apps and BERT models", "iPhone Apps and BERT Models"),
        ("the OR of two values", "The OR of Two Values"),
        # what BibTeX keeps: braces, formulas, addresses, a command's argument
        ("fitting models using {lme4}", "Fitting Models Using {lme4}"),
        ("{ggplot2}: elegant graphics", "{ggplot2}: Elegant Graphics"),
        ("a {k}-means study", "A {k}-Means Study"),
        ("the $k$-means method", "The $k$-Means Method"),
        (r"code at \url{https://x.org/a b} for all", r"Code at \url{https://x.org/a b} for All"),
        (r"as shown in \cite{smith} here", r"As Shown in \cite{smith} Here"),
        ("notes on e.g. arxiv.org and setup.py", "Notes on e.g. arxiv.org and setup.py"),
        # BibTeX's special characters and type commands are cased with the text
        (r"\"uber die {\"o}ffentlichkeit", r"\"Uber Die {\"O}ffentlichkeit"),
        (r"\'{e}t\'e in \v s", r"\'{E}t\'e in \v S"),
        (r"a \textbf{bold} move", r"A \textbf{Bold} Move"),
        # italics (a species, a gene, a phrase in Latin) are kept, but at the start
        (r"growth of \emph{escherichia coli} cells", r"Growth of \emph{escherichia coli} Cells"),
        (r"growth of {\em escherichia coli} cells", r"Growth of {\em escherichia coli} Cells"),
        (r"\textit{in vitro} assays", r"\textit{In vitro} Assays"),
        ("growth of <i>escherichia coli</i> under stress", "Growth of <i>escherichia coli</i> under Stress"),
        # marks a word opens with; spaces of any kind
        ("``quoted'' (parenthetical) words", "``Quoted'' (Parenthetical) Words"),
        ("x~of~y", "X~of~Y"),
        # a title in capitals is made small first; a lone word in capitals is a name
        ("DEEP LEARNING FOR VISION", "Deep Learning for Vision"),
        ("BERT", "BERT"),
        ("", ""),
    ],
)
def test_title_case(written, title_case):
    assert in_case(written, "title") == title_case


@pytest.mark.parametrize(
    ("case", "written", "cased"),
    [
        # CSL's sentence case capitalizes the first word only; citeproc-py made the rest small ("bayesian")
        ("sentence", "learning Bayesian networks", "Learning Bayesian networks"),
        ("sentence", "DEEP LEARNING FOR VISION", "Deep learning for vision"),
        ("sentence", "{de novo} assembly", "{de novo} assembly"),
        ("capitalize-first", "learning Bayesian Networks", "Learning Bayesian Networks"),
        ("capitalize-first", "iPhone apps", "iPhone apps"),
        ("capitalize-all", "learning of iPhone apps", "Learning Of iPhone Apps"),
        ("uppercase", r"growth of {lme4} at $x$ \emph{in vivo}", r"GROWTH OF {lme4} AT $x$ \emph{IN VIVO}"),
        ("lowercase", r"Growth of {DNA} \"Uber", r"growth of {DNA} \"uber"),
        ("small-caps", "left as it is", "left as it is"),
        (None, "left as it is", "left as it is"),
    ],
)
def test_the_other_cases(case, written, cased):
    assert in_case(written, case) == cased


def test_unbalanced_braces_and_stray_marks_are_no_error():
    """A title BibTeX would refuse still comes out whole: every character kept, only cased."""
    for written in ("open {brace here", "close} brace", "a $ sign", "p < 0.05 & q > 1", "\\", "{", "a\\"):
        cased = in_case(written, "title")
        assert cased.lower() == written.lower()
