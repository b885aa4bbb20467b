"""A style's own words in title case, as citeproc-js cases them: a label ("a c. di" -> "A c. Di"),
a term a `cs:text` writes ("Available At").

An entry's title is cased by textcase.py, on its LaTeX, by the CSL specification's rule. The words
a style takes from its locale are cased by citeproc-js's own rule, in any language, and that is
what a reader of a CSL style expects of them: a word of two letters or more gets a capital unless
it is one of citeproc-js's small words (an English list), which gets one only as the last word
("Edited By"); a word of one letter stays small ("A c. Di", Italian's "a cura di") but first or
after a colon, "?" or "!"; a word with a capital already is kept. A word ends at a space or a
punctuation mark, where citeproc-js splits the text ("Ред.Кол.", "Δ/Ντης."). citeproc-py
title-cases an English entry's words only, and by another rule ("Edited by"; "A C. Di" as
capitalize-all)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

# citeproc-js's CSL.SKIP_WORDS, as it has them, in its order, joined as it joins them into a regular
# expression ("v." is "v" and any letter; " thru" has its space)
_SKIP_WORDS = (
    "about|above|across|afore|after|against|al|along|alongside|amid|amidst|among|amongst|anenst|apropos|"
    "apud|around|as|aside|astride|at|athwart|atop|barring|before|behind|below|beneath|beside|besides|"
    "between|beyond|but|by|circa|despite|down|during|et|except|for|forenenst|from|given|in|inside|into|"
    "lest|like|modulo|near|next|notwithstanding|of|off|on|onto|out|over|per|plus|pro|qua|sans|since|than|"
    "through| thru|throughout|thruout|till|to|toward|towards|under|underneath|until|unto|up|upon|versus|"
    "vs.|v.|vs|v|via|vis-à-vis|with|within|without|according to|ahead of|apart from|as for|as of|as per|"
    "as regards|aside from|back to|because of|close to|due to|except for|far from|inside of|instead of|"
    "near to|next to|on to|out from|out of|outside of|prior to|pursuant to|rather than|regardless of|"
    "such as|that of|up to|where as|or|yet|so|for|and|nor|a|an|the|de|d'|von|van|c|ca"
)
_SKIP_WORD = re.compile(f"(?:(?:[?!:]*\\s+|-|^)(?:{_SKIP_WORDS})(?=[!?:]*\\s+|-|$))")
# where citeproc-js splits a text into words' runs: its tagDoppel's marks (less the markup, which it
# does not see in a term), and its wordDoppel's spaces
_PUNCTUATION = re.compile("(\u2018|\u2019|\u201c|\u201d| \"| '|\"|'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\))")
_SPACES = re.compile("[\u00a0 \u2000-\u200b\u205f\u3000]+")
_AFTER_A_BREAK = re.compile("[!?:]$")
_LONE_GREEK = re.compile("[\u0370-\u03ff]")  # a lone Greek letter keeps its case (a symbol in science)
# citeproc-js's quotation marks: each opening one, with the opening mark of a quotation inside it and
# its own closing mark; and what of a run of punctuation it takes for one
_QUOTES = {' "': (" '", '"'), " '": (' "', "'"), "\u2018": ("\u2018", "\u2019"), "\u201c": ("\u201c", "\u201d")}
_QUOTE = re.compile("(^(?:\u2018|\u2019|\u201c|\u201d|\"|')|(?: \"| ')$)")
_MARKUP = re.compile("(<[^>]*>|&(?:#\\w+|\\w+);)")  # HTML around and in the words: unseen


def title_cased(html: str, upper: Callable[[str], str] = str.upper) -> str:
    """The words of `html` in title case as citeproc-js cases a style's words (see the module's
    docstring); its tags and entities kept as they are. `upper` capitalizes a letter (Turkish's
    "i" is "İ")."""
    pieces = _MARKUP.split(html)
    capitals = _capitals("".join(pieces[::2]))
    cased, at = [], 0
    for number, piece in enumerate(pieces):
        if number % 2 == 0:
            cased.append("".join(upper(char) if at + index in capitals else char for index, char in enumerate(piece)))
            at += len(piece)
        else:
            cased.append(piece)
    return "".join(cased)


def _capitals(text: str) -> set[int]:
    """Where in `text` citeproc-js's title case puts a capital (its Formatters.title)."""
    runs = _PUNCTUATION.split(text)  # words' runs, and between them the punctuation
    starts = list(itertools.accumulate(map(len, runs), initial=0))
    casing = _Casing()
    casing.run_cased(runs[0], starts[0], runs[1] if len(runs) > 1 else "")
    quotes: list[tuple[str, str, int | None]] = []
    for number in range(1, len(runs), 2):
        casing.after_a_break = casing.after_a_break or bool(_AFTER_A_BREAK.search(runs[number]))
        casing.run_cased(runs[number + 1], starts[number + 1], None)
        if (unmatched := _quote_met(quotes, runs[number], number)) is not None:
            casing.capitals.discard(starts[unmatched + 1])  # the run after it keeps its letter
            casing.last = None
    for *_, unmatched in quotes:
        if unmatched is not None:
            casing.capitals.discard(starts[unmatched + 1])
    if casing.last and len(casing.last[1]) > 1 and _SKIP_WORD.search(casing.last[1].lower()):
        casing.capitals.add(casing.last[0])  # the last word, small or not
    return casing.capitals


@dataclass
class _Casing:
    """citeproc-js's title case as it goes through the runs: where the capitals go, whether the
    next word is the first or follows a break, and the last word met (where it starts, the word)."""

    capitals: set[int] = field(default_factory=set)
    first: bool = True
    after_a_break: bool = False
    last: tuple[int, str] | None = None

    def run_cased(self, run: str, at: int, following: str | None) -> None:
        """The capitals of a run of words starting at `at`; `following`: the punctuation after
        it, which citeproc-js tells its first run only (a word before "-" is capitalized)."""
        if not run.strip():
            return
        words = _words(run, at)
        for place, (start, word) in enumerate(words):
            if not word:
                continue
            small = len(word) < 2 or _SKIP_WORD.search(word.lower())
            before_a_hyphen = following == "-" and place == len(words) - 1
            capital = not small or self.first or self.after_a_break or before_a_hyphen
            if capital and word == word.lower() and not _lone_greek(word):
                self.capitals.add(start)
            self.first = self.after_a_break = False
            self.last = (start, word)


def _quote_met(quotes: list[tuple[str, str, int | None]], mark: str, number: int) -> int | None:
    """citeproc-js's quotation marks met so far (each: the opening mark of one inside it, its
    closing mark, the number of its run), with the run `number`'s `mark` met: the number of the
    mark whose next run keeps its first letter as written (an unmatched one), if any."""
    found = _QUOTE.search(mark)
    if not found:
        return None
    if found[1] in _QUOTES:  # an opening mark
        if not quotes or found[1] == quotes[-1][0]:
            quotes.append((*_QUOTES[found[1]], number))
            return None
        unmatched = quotes.pop()[2]
        quotes.append((*_QUOTES[found[1]], None))  # (citeproc-js loses its place)
        return unmatched
    if quotes and found[1] == quotes[-1][1]:
        quotes.pop()
        return None
    return number


def _words(run: str, at: int) -> list[tuple[int, str]]:
    """The run's words (an empty one where it starts or ends with spaces, as citeproc-js splits
    it), each with where it starts in the text."""
    words, start = [], 0
    for space in _SPACES.finditer(run):
        words.append((at + start, run[start : space.start()]))
        start = space.end()
    words.append((at + start, run[start:]))
    return words


def _lone_greek(word: str) -> bool:
    return len(word) == 1 and bool(_LONE_GREEK.match(word))
