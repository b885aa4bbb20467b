"""A style's own words in title case, as citeproc-js cases them (sitegen/termcase.py)."""

from __future__ import annotations

import json
import subprocess
from html import escape, unescape
from pathlib import Path

import citeproc
import pytest
from lxml import etree
from test_citeproc_js import NODE, node  # noqa: F401 (a fixture)

from sitegen.termcase import title_cased


@pytest.mark.parametrize(
    ("words", "cased"),
    [
        ("a c. di", "A c. Di"),  # a one-letter word stays small but first
        ("editor and translator", "Editor and Translator"),  # a small word stays small
        ("edited by", "Edited By"),  # but last
        ("ред.кол. &amp; прев.", "Ред.Кол. &amp; Прев."),  # a word ends at a stop; an entity is unseen
        ("δ/ντης.", "δ/Ντης."),  # a lone Greek letter keeps its case
        ("d’après", "D’après"),  # a closing quotation mark without an opening one: the next word as written
        ("what? a b", "What? A b"),  # after a question mark, as after a colon
        ("<i>a c. di</i>", "<i>A c. Di</i>"),  # the style's formatting is unseen
        ("eds. iPhone", "Eds. iPhone"),  # a capital is kept
    ],
)
def test_a_style_s_words_are_title_cased_as_citeproc_js_cases_them(words, cased):
    assert title_cased(words) == cased


def test_turkish_capitals_have_their_dot():
    assert title_cased("içinde", lambda letter: letter.replace("i", "İ").upper()) == "İçinde"


def _every_term() -> list[str]:
    """Every term's words in every locale citeproc-py has, and a few quotations."""
    words: set[str] = set()
    for locale in Path(citeproc.LOCALES_PATH).glob("locales-*.xml"):
        for term in etree.parse(str(locale)).getroot().iter("{*}term", "{*}single", "{*}multiple"):
            if term.text and term.text.strip() and "\n" not in term.text:
                words.add(term.text)
    return sorted(words | {"“a b” c", "‘x ’y", '"a" b', 'a "b c" d', "l'a b", "x 'y' z", "the (a) b"})


def test_every_locale_s_terms_are_cased_as_citeproc_js_cases_them(node):  # noqa: F811 (the fixture)
    """Over the 8,900 words of the locales' terms, all in the same case as citeproc-js's."""
    terms = _every_term()
    run = subprocess.run(
        [node, "titlecase.js", citeproc.LOCALES_PATH],
        input="\n".join(terms),
        cwd=NODE,
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(run.stdout)
    ours = [unescape(title_cased(escape(words, quote=False))) for words in terms]
    assert len(theirs) == len(terms) > 8000
    assert [pair for pair in zip(terms, ours, theirs, strict=True) if pair[1] != pair[2]] == []
