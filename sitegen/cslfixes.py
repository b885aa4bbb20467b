"""Where citeproc-py (0.11) departs from the CSL 1.0.2 specification, mended in the style it reads.

Found by formatting 2,600 real entries in eight common styles with citeproc-py and with
citeproc-js (the processor of Zotero and Mendeley, which passes the CSL test suite) and reading
every difference. Each mending rewrites the parsed style into one that means the same under the
specification and that citeproc-py formats as it says; sitegen formats bibliographies only, so
each is read in the bibliography's context. citeproc-py's own code is left alone. What a style
cannot say is done for it: page ranges written as they are to be shown (`page_ranges`), and the
variants of a style for one entry (`names_only_in_substitutes`, `et_al_after`; see
`cslstyle.CslStyle._variant`).
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sitegen.termcase import title_cased

_CSL = "{http://purl.org/net/xbiblio/csl}"
PAGE_RANGE_FORMAT = "sitegen-page-range-format"  # the style's, kept on its root where citeproc-py does not read it
INITIALS_MARKS = "sitegen-initials-marks"  # JSON: `initialize-with` of each variable's names kept whole (see below)
PAIRED = "sitegen-paired"  # the name variables whose delimiter before "and" follows an inverted first name
_AFTER_INVERTED_FIRST = "sitegen-and-after-inverted-first"  # on such a `cs:name` (see `_and_after_inverted_names`)
_AFTER_INVERTED = "sitegen-et-al-after-inverted-name"  # the name's delimiter before "et al." depends (see below)
ROMAN_VARIABLES = "sitegen-roman-variables"  # those a `cs:number` writes in Roman numerals (see `figures_kept`)
NUMERIC_TESTED = "sitegen-numeric-tested"  # the variables an `is-numeric` condition tests (see `numbers_unseen`)
# a cs:name's affixes come out between these (see `_name_affixes_marked`)
NAME_SEAM, NAME_LIST_OPEN, NAME_LIST_CLOSE = "\ue02c", "\ue02a", "\ue02b"
SEAM_MERGED = frozenset(" .,;:!?")  # what citeproc-py writes once where two pieces meet (string.normalize_seam)
# a given name-part's affixes come out between these (see `_given_affixes_marked`)
GIVEN_OPEN, GIVEN_SEAM, GIVEN_CLOSE = "\ue008", "\ue009", "\ue00a"
# and a family name-part's between these, on a style marked FAMILY_AFFIXED (see `_family_affixes_marked`)
FAMILY_AFFIX_OPEN, FAMILY_AFFIX_SEAM, FAMILY_AFFIX_CLOSE = "\ue00b", "\ue00c", "\ue00d"
FAMILY_AFFIXED = "sitegen-family-affixed"
# a `cs:names`' affixes where a substitute may stand in for its names, and the mark before what a
# substitute's element writes when that element takes no such affixes (see `_substitutes_affixes_marked`)
SUBSTITUTE_OPEN, SUBSTITUTE_SEAM, SUBSTITUTE_CLOSE, SUBSTITUTE_OWN = "\ue01a", "\ue01b", "\ue01c", "\ue01d"
_SHORTHAND = "sitegen-shorthand"  # on a `cs:names` written without children in a substitute
_IMPLICIT = "sitegen-implicit"  # on the `cs:name` of a `cs:names` written without one (see `_names_written_by_a_name`)
ONE_NAME_SEAM = "\ue01e"  # before the delimiter of a list cut to one name and the last (see `_ellipsis_after_one_name_marked`)
SUFFIXES_UNSTOPPED = "sitegen-suffixes-unstopped"  # JSON: the name variables whose "Jr." is written "Jr" (see below)
FAMILY_CASES = "sitegen-family-cases"  # JSON: the capitalizing case of each variable's family names (see below)
# around an "and" term and before an "et al." term that no space meets (see `_unspaced_terms_marked`)
UNSPACED_AND, UNSPACED_ET_AL = "\ue01f", "\ue02d"
TITLE_OPEN, TITLE_CLOSE = "\ue007", "\ue00f"  # around a label in title case (see `_labels_title_cased`)
GROUP_END = "\ue030"  # where a group's output ends, before its suffix (see `_ends_of_groups_marked`)
CONTAINERS_EDITORS = "sitegen-containers-editors"  # set: the editors may stand for the container's authors (see below)
_PAGE_RANGE = re.compile(r"\s*(\d+)\s*-+\s*(\d+)\s*")


def mend(root: Any, locale: str | None) -> None:
    """All the mendings, on a style's root element (citeproc-py's parsed tree) read in `locale`
    (None: the style's own)."""
    _long_terms_unmarked(root)
    _last_definitions_of_terms(root)
    _type_tests_any(root)
    _stops_kept_from_stripping(root)
    _locator_labels_as_page_terms(root)
    _term_forms_fallen_back(root)
    _opening_terms_capitalized(root)
    _substitute_choices_one_by_one(root)
    _names_written_by_a_name(root)
    _substitutes_inherit_names(root)
    _container_authors_not_the_authors(root)
    _suffixes_unstopped(root)
    _roman_variables_noted(root)
    _numeric_tests_noted(root)
    _and_lists_delimited(root)
    _unspaced_terms_marked(root)
    _et_al_after_inverted_names(root)
    _and_after_inverted_names(root)
    _room_for_the_last_name(root)
    _ellipsis_after_one_name_marked(root)
    _full_given_names_kept(root)
    _names_uncased(root)
    _family_cases_noted(root)
    _cases_of_words_kept_off_parts(root)
    _macro_calls_uncased(root)
    _labels_only_of_set_variables(root)
    _macros_as_groups(root)
    _choices_out_of_groups(root)
    _localized_date_delimiters(root)
    _localized_dates_written_out(root)
    _page_ranges_taken_over(root)
    _displays_spaced(root)
    _affixes_held(root)
    _spaced_lists_delimited(root)
    _name_affixes_marked(root)
    _given_affixes_marked(root)
    _family_affixes_marked(root)
    _substitutes_affixes_marked(root)
    _ordinals_of_one_language(root, locale)
    _apostrophes_typeset(root)
    _labels_title_cased(root)
    _terms_cased(root, locale)
    _ends_of_groups_marked(root)


def _ends_of_groups_marked(root: Any) -> None:
    """A colon after a title in quotation marks that ends in "?" or "!" is left out by citeproc-js
    where it comes after the end of a group, a macro or the entry (their suffix, a delimiter or
    the next element's prefix after them): “Complete?” Phys. Rev.; it stays where it is the
    title's own or comes right after it in the same group (its suffix, a delimiter between it and
    the next element, the next one's prefix): “Complete?”: Phys. Rev. (A stop citeproc-js treats
    so too, but sitegen leaves out wherever it comes from: `cslstyle._DOUBLE_STOP`.) The output
    of each group (a macro's is one, `_macros_as_groups`) and of the layout ends in GROUP_END,
    which `cslstyle` reads and takes out. Last of the mendings: none of them sees it."""
    for element in (*root.iter(f"{_CSL}group"), *root.iter(f"{_CSL}layout")):
        element.set("suffix", GROUP_END + element.get("suffix", ""))


def _long_terms_unmarked(root: Any) -> None:
    """A style's own term in the long form is found whether its `form="long"` is written or not,
    as the specification's default form (161 of the repository's styles write it); citeproc-py
    looks a long term up as one without `form` and missed it, taking the locale's instead: the
    Rassegna degli Archivi di Stato's empty "et-al", which leaves "et al." out of its short author
    list ("Shen = ..."), came out "Shen et al. = et al., ..."."""
    for term in root.iter(f"{_CSL}term"):
        if term.get("form") == "long":
            del term.attrib["form"]


def _last_definitions_of_terms(root: Any) -> None:
    """A term a style's locale defines twice is its last definition, as citeproc-js reads it (50
    of the repository's styles; the Universidade Federal de Juiz de Fora's "org."/"orgs." after
    "ed."/"eds.": "(Orgs.)"); citeproc-py found the first."""
    for terms in root.iter(f"{_CSL}terms"):
        last: dict[tuple[tuple[str, str], ...], Any] = {}
        for term in list(terms.iterchildren(f"{_CSL}term")):
            key = tuple(sorted(term.attrib.items()))
            if key in last:
                terms.remove(last[key])
            last[key] = term


def _type_tests_any(root: Any) -> None:
    """A condition on several types holds for an entry of any of them, as citeproc-js tests it
    and the styles are written for ("thesis manuscript" has no entry that is both); citeproc-py
    held it for none under the default `match="all"`, so 186 of the repository's styles never took
    such a branch (the American Sociological Association's "Master's thesis, MIT, Cambridge, MA"
    came out "Cambridge, MA: MIT"). A condition on nothing else gets `match="any"`; one with other
    tests is made one branch per type, in turn, each with those tests and the same children."""
    for condition in list(root.iter(f"{_CSL}if", f"{_CSL}else-if")):
        types = condition.get("type", "").split()
        if len(types) < 2 or condition.get("match", "all") != "all":
            continue
        if all(attribute in ("type", "match") for attribute in condition.attrib):
            condition.set("match", "any")
            continue
        condition.set("type", types[0])
        for kind in reversed(types[1:]):
            branch = root.makeelement(f"{_CSL}else-if", {**condition.attrib, "type": kind})
            branch.extend(copy.deepcopy(child) for child in condition)
            condition.addnext(branch)


_TERM_FALLBACKS = {"verb-short": ("verb", "long"), "symbol": ("short", "long"), "verb": ("long",), "short": ("long",)}


def _locator_labels_as_page_terms(root: Any) -> None:
    """A locator's label in the bibliography, where entries have no locator, is the term "page"
    in citeproc-js (singular, unless `plural="always"`): Uppsala's history department writes
    "Nature, 585 (7825), p. 357–362" with `<label variable="locator"/>` before the pages (244
    styles of the repository have one in their bibliography, copied from their citations);
    citeproc-py wrote nothing. Each becomes that term, shown only when the entry has pages:
    citeproc-js writes it without too ("Lille, France, p. ."), which sitegen does for no label
    (see `_labels_only_of_set_variables`)."""
    for label in list(root.iter(f"{_CSL}label")):
        if label.get("variable") != "locator":
            continue
        attributes = {name: value for name, value in label.attrib.items() if name not in ("variable", "plural")}
        term = root.makeelement(f"{_CSL}text", {**attributes, "term": "page"})
        if label.get("plural") == "always":
            term.set("plural", "true")
        term.tail = label.tail
        label.getparent().replace(label, term)
        _only_with(root, term, "page")


def _term_forms_fallen_back(root: Any) -> None:
    """A term in a form the locale lacks is written in the next form it has (CSL 1.0.2: "verb-short"
    falls back to "verb", "symbol" to "short", those two to "long"), as citeproc-js writes it;
    citeproc-py wrote nothing, so Vancouver-like styles lost the "In:" before a book's editors
    (`term="in" form="short"`, 62 of the repository's styles) and "p." before a page (`form="symbol"`)."""
    for element in root.iter(f"{_CSL}text", f"{_CSL}label"):
        form = element.get("form", "long")
        names = [element.get("term")] if element.tag == f"{_CSL}text" else (element.get("variable") or "").split()
        if form not in _TERM_FALLBACKS or not all(names) or _has_terms(element, names, form):
            continue
        element.set("form", next(each for each in _TERM_FALLBACKS[form] if _has_terms(element, names, each)))


def _has_terms(element: Any, names: list[str], form: str) -> bool:
    """Whether the locales have each of the terms in the form (the long form is taken as had)."""
    return form == "long" or all(element.get_term(name, form) is not None for name in names)


def _opening_terms_capitalized(root: Any) -> None:
    """A term that opens a bibliography entry is capitalized, as citeproc-js capitalizes a term
    written before anything else: the Entomological Society of America's "[Software] The pandas
    development team" (citeproc-py: "[software]"). The terms that can open an entry are found
    by the layout's first elements: a group's first, each branch's first, a macro's first; one
    with a case of its own keeps it."""
    bibliography = root.find(f"{_CSL}bibliography")
    layout = bibliography.find(f"{_CSL}layout") if bibliography is not None else None
    if layout is None:
        return
    macros = _macros_by_name(root)
    for first in _openings(layout, macros, frozenset()):
        if first.tag == f"{_CSL}text" and first.get("term") and first.get("text-case") is None:
            first.set("text-case", "capitalize-first")


def _openings(parent: Any, macros: dict[str, Any], seen: frozenset[str]) -> list[Any]:
    """The elements that can be the first `parent` writes (see `_opening_terms_capitalized`)."""
    first = next((child for child in parent if isinstance(child.tag, str)), None)
    if first is None:
        return []
    if first.tag == f"{_CSL}choose":
        return [opening for branch in first for opening in _openings(branch, macros, seen)]
    if first.tag == f"{_CSL}group":
        return _openings(first, macros, seen)
    if first.tag == f"{_CSL}text" and first.get("macro") in macros and first.get("macro") not in seen:
        return _openings(macros[first.get("macro")], macros, seen | {first.get("macro")})
    return [first]


def _substitute_choices_one_by_one(root: Any) -> None:
    """A `cs:substitute` writes the first of its elements that writes something, those of a
    `cs:choose` in it too (the choice is transparent); citeproc-py took the choice as one element
    and wrote the whole branch: The Open University's editors in the author's place came out
    "Oh, A. and Naumann, T. (eds)Anon", the editors and the anonymous author both (324 of the
    repository's styles have a branch of several there). Such a choice is made one choice per
    element of its branches, each with the same conditions and that element alone in its branch,
    in the branch's order, so that citeproc-py tries them one by one."""
    for substitute in root.iter(f"{_CSL}substitute"):
        for choose in substitute.findall(f"{_CSL}choose"):
            branches = list(choose)
            if all(len(branch) <= 1 for branch in branches):
                continue
            for taken, branch in enumerate(branches):
                for child in list(branch):
                    choose.addprevious(_alone_in_branch(root, branches, taken, child))
            substitute.remove(choose)


def _alone_in_branch(root: Any, branches: list[Any], taken: int, child: Any) -> Any:
    """A `cs:choose` with the conditions of `branches`, `child` the only element, in branch `taken`."""
    single = root.makeelement(f"{_CSL}choose", {})
    for branch in branches:
        single.append(root.makeelement(branch.tag, dict(branch.attrib)))
    single[taken].append(child)
    return single


def _names_written_by_a_name(root: Any) -> None:
    """A `cs:names` without a `cs:name` writes its names as a `cs:name` without attributes would,
    with the options of the bibliography and the style; citeproc-py puts one in when it first
    writes the names, after every mending here, so none saw it: the four Oxford Journals SciMed
    styles (`<names variable="composer"><et-al font-style="italic"/>...`) wrote the authors of a
    Chinese site "Chen J, Li W, Wang X 等", citeproc-js "Chen J, Li W, Wang X等" (see
    `_unspaced_et_al_marked`). Each gets its `cs:name` first, as citeproc-py puts it; one in a
    `cs:substitute` takes its outer one's (`_substitutes_inherit_names`), and is marked
    `_IMPLICIT`: a guess made from a variable's names as a style writes them does not count it."""
    for names in root.iter(f"{_CSL}names"):
        if names.find(f"{_CSL}name") is None and next(names.iterancestors(f"{_CSL}substitute"), None) is None:
            names.insert(0, root.makeelement(f"{_CSL}name", {_IMPLICIT: ""}))


def _substitutes_inherit_names(root: Any) -> None:
    """A `cs:names` in a `cs:substitute` writes its names, its "et al." and its label as the
    `cs:names` it stands in for, but where it says otherwise; citeproc-py does so only for one
    without children and directly in the substitute. Chicago's editors in an author's place are
    such a shorthand in a `cs:choose`: "A. Oh, S. Levine. 2023." for "Oh, Alice, and Sergey
    Levine, eds. 2023." Each `cs:names` in a substitute is given what it takes of the outer one's
    parts (see `_inherit_parts`). One without children of its own takes no affixes of its own either, as in
    citeproc-js, which 36 styles are written for: De Montfort Harvard's editors in the author's
    place are "Oh, A. and Naumann, T. (eds)", not "(eds)(eds.)" (the label and its suffix)."""
    for substitute in root.iter(f"{_CSL}substitute"):
        outer = substitute.getparent()
        if outer is None or outer.tag != f"{_CSL}names":
            continue
        for names in substitute.iter(f"{_CSL}names"):
            if not len(names):
                names.attrib.pop("prefix", None)
                names.attrib.pop("suffix", None)
                names.set(_SHORTHAND, "")
            _inherit_parts(names, outer)


def _inherit_parts(names: Any, outer: Any) -> None:
    """`names` given what citeproc-js gives it of `outer`'s parts (name, et al., label): each, in
    the outer's order, to a shorthand (a `cs:names` without children stands for the outer one);
    to one with parts of its own, only the outer `cs:name`'s name-parts its `cs:name` has none of
    (and the outer `cs:name` where it has none), nothing of the outer parts' attributes, no label
    or "et al.": L'Année sociologique's editors in the authors' place are "Oh, A.", with their own
    `cs:name`'s default sort separator, not the authors' " "; Mondes en développement's are "OH,
    A.", in the authors' family name-part's capitals; Études chinoises' "Levine Sergey (dir.)"
    takes no "(eds.)" of the authors' label."""
    shorthand = not len(names)
    for at, part in enumerate(child for child in outer if child.tag in _NAMES_PARTS):
        own = names.find(part.tag)
        if own is None and (shorthand or part.tag == f"{_CSL}name"):
            names.insert(min(at, len(names)), copy.deepcopy(part))
        elif own is not None and part.tag == f"{_CSL}name":
            owns = {mine.get("name") for mine in own.iter(f"{_CSL}name-part")}
            own.extend(
                copy.deepcopy(name_part) for name_part in part.iter(f"{_CSL}name-part") if name_part.get("name") not in owns
            )


_NAMES_PARTS = {f"{_CSL}name", f"{_CSL}et-al", f"{_CSL}label"}


def _container_authors_not_the_authors(root: Any) -> None:
    """A substitute for the container's authors (`container-author`) does not try the authors
    where the bibliography writes them in another name's place: CSL leaves a variable a
    substitute used out of the rest of the entry, so citeproc-js goes on to the editors. The 34
    New Hart's Rules styles head an entry with the composers, whose substitute writes the
    authors, and write "in" the container's authors, whose substitute tries the authors first:
    citeproc-py wrote "‘SUBP’, in J. Xiang, S. Li, and Y. Liu, Advances ..., ed. A. Oh et al.",
    citeproc-js "‘SUBP’, in A. Oh et al., eds, Advances ...". The style is marked when such a
    substitute tries the editors (see `names_only_in_containers_substitutes`), in any style: the
    Bakhtiniana's "Edited by Alice Oh et al. In: Advances ..." wrote them again after ("(A. Oh
    et al., Eds.)")."""
    bibliography = root.find(f"{_CSL}bibliography")
    if bibliography is None:
        return
    first = next((names for names in _written(root, bibliography, f"{_CSL}names") if "author" in _variables(names)), None)
    authors_elsewhere = first is not None and _substitute_of(first) is not None
    for names in root.iter(f"{_CSL}names"):
        substitute = names.find(f"{_CSL}substitute")
        if "container-author" not in _variables(names) or substitute is None:
            continue
        for inner in list(substitute.iter(f"{_CSL}names")) if authors_elsewhere else ():
            _left_out(inner, "author")
        if any("editor" in _variables(inner) for inner in substitute.iter(f"{_CSL}names")):
            root.set(CONTAINERS_EDITORS, "")


def _substitute_of(element: Any) -> Any:
    """The `cs:substitute` an element is in, if any (the nearest)."""
    return next(element.iterancestors(f"{_CSL}substitute"), None)


def _macros_by_name(root: Any) -> dict[str, Any]:
    """The style's macros, by name."""
    return {macro.get("name"): macro for macro in root.iter(f"{_CSL}macro")}


def _variables(element: Any) -> list[str]:
    """The variables an element names."""
    return (element.get("variable") or "").split()


def _left_out(names: Any, variable: str) -> None:
    """`variable` taken out of a `cs:names`, the element with it if it named no other."""
    variables = _variables(names)
    if variable not in variables:
        return
    if len(variables) > 1:
        names.set("variable", " ".join(name for name in variables if name != variable))
    else:
        names.getparent().remove(names)


def _suffixes_unstopped(root: Any) -> None:
    """A name's suffix is written as its initials are: "Steele GL Jr" in a style that marks
    initials with nothing (Vancouver, the AMA's, Springer's: the National Library of Medicine
    writes no stops), "Steele, G. L., Jr." in one that marks them with a stop; citeproc-js
    does so, citeproc-py wrote "Jr." in both. Noted on the root for each name variable whose every
    name written in full (not `form="short"`) marks initials without a stop (the Raffles Bulletin
    of Zoology's authors, "Steele GL Jr", not its editors, "G. L. Steele"; a count, SAGE Harvard's
    `form="count"` for the sort, writes no names); `cslstyle` then takes the suffix's. A name
    the style does not write (`_IMPLICIT`: the Aquatic Invasions' web pages' authors) does not
    count: a book's "Steele GL Jr" is as citeproc-js writes it."""
    marks: dict[str, list[str | None]] = {}
    for name in root.iter(f"{_CSL}name"):
        if name.getparent().tag == f"{_CSL}names" and name.get("form") not in ("short", "count") and _IMPLICIT not in name.attrib:
            for variable in _variables(name.getparent()):
                marks.setdefault(variable, []).append(_inherited(root, name, "initialize-with"))
    unstopped = sorted(variable for variable, own in marks.items() if all(mark is not None and "." not in mark for mark in own))
    if unstopped:
        root.set(SUFFIXES_UNSTOPPED, json.dumps(unstopped))


def _roman_variables_noted(root: Any) -> None:
    """The variables the style writes in Roman numerals somewhere (MHRA's volumes), noted on the
    root for `figures_kept`."""
    numbers = root.iter(f"{_CSL}number")
    roman = sorted({number.get("variable") for number in numbers if number.get("form") == "roman"} - {None})
    if roman:
        root.set(ROMAN_VARIABLES, " ".join(roman))


def _numeric_tests_noted(root: Any) -> None:
    """The variables an `is-numeric` condition tests (pages, volume, edition), noted on the root
    for `numbers_unseen`."""
    conditions = root.iter(f"{_CSL}if", f"{_CSL}else-if")
    tested = sorted({variable for condition in conditions for variable in condition.get("is-numeric", "").split()})
    if tested:
        root.set(NUMERIC_TESTED, " ".join(tested))


# a number as CSL counts it (citeproc-js, checked value by value): figures with letters ("S3", "2nd",
# "e1234") or small Roman numerals ("xii"), several joined by - – & / ; "and" or ", " ("357-362",
# "1, 3", "iii-xv"), after a label ("vol. 3"); not "1,234", "10.1", "Suppl 2" or "in press"
_CSL_NUMBER = r"(?:[A-Za-z]*\d[A-Za-z\d]*|[ivx]+)"
_CSL_NUMERIC = re.compile(
    rf"(?:[A-Za-z]+\.\s*)?{_CSL_NUMBER}(?:(?:\s*[-\u2013\u2014&/;]+\s*|,\s+|\s+and\s+){_CSL_NUMBER})*(?:\s*[-\u2013&]|,)?"
)
_CITEPROC_PY_NUMERIC = re.compile(r"[A-Z]*\d+[A-Z]*", re.IGNORECASE)  # its model.If.re_numeric


def numbers_unseen(root: Any, item: dict[str, Any]) -> tuple[str, ...]:
    """The item's variables that a condition of the style tests for a number, and that hold one as
    CSL counts them but not as citeproc-py does: it took only a lone number for one, so Harvard
    (Stellenbosch) wrote "(in press)" for the year of every article with pages "357-362", and
    archaeonautica left out their "p.". For `numbers_numeric`, on a variant of the style."""
    unseen = []
    for variable in (root.get(NUMERIC_TESTED) or "").split():
        value = item.get(variable)
        if not isinstance(value, str) or _CITEPROC_PY_NUMERIC.fullmatch(value):
            continue
        if _CSL_NUMERIC.fullmatch(value.translate(_RELEASING_NUMBERS).strip()):
            unseen.append(variable)
    return tuple(unseen)


def numbers_numeric(root: Any, variables: tuple[str, ...]) -> None:
    """Each `is-numeric` test of these variables made a test of their presence (they hold numbers:
    `numbers_unseen`); under any `match` the tests of a condition count alike."""
    for condition in root.iter(f"{_CSL}if", f"{_CSL}else-if"):
        tested = condition.get("is-numeric", "").split()
        moved = [variable for variable in tested if variable in variables]
        if not moved:
            continue
        kept = [variable for variable in tested if variable not in variables]
        if kept:
            condition.set("is-numeric", " ".join(kept))
        else:
            del condition.attrib["is-numeric"]
        condition.set("variable", " ".join([*condition.get("variable", "").split(), *moved]))


def figures_kept(value: str) -> str:
    """A number too large for Roman numerals (over 3999: a Lecture Notes volume, 9351) kept in
    figures, as CSS writes such a number: its digits after the first held, so that citeproc-py
    takes it for text (it wrote "mmmmmmmmmcccli"; citeproc-js leaves it out)."""
    if not value.isdigit() or int(value) < 4000:
        return value
    return value[:1] + value[1:].translate(_HOLDING_DIGITS)


def _and_lists_delimited(root: Any) -> None:
    """A list of names with "and" is delimited by the style's `name-delimiter` where its
    `cs:name` has no delimiter of its own: citeproc-py reads only the name's own there and wrote
    ABNT's notes' "XIANG, Jingyang, LI, Siqi" for "XIANG, Jingyang; LI, Siqi". The inherited
    delimiter is made the name's own."""
    for name in root.iter(f"{_CSL}name"):
        if name.get("delimiter") is None and _inherited(root, name, "and") and (delimiter := _name_delimiter(root, name)) != ", ":
            name.set("delimiter", delimiter)


def _name_delimiter(root: Any, name: Any) -> str:
    """The delimiter between a `cs:name`'s names, as the bibliography reads it."""
    bibliography = root.find(f"{_CSL}bibliography")
    holders = (bibliography, root) if bibliography is not None else (root,)
    inherited = next((holder.get("name-delimiter") for holder in holders if holder.get("name-delimiter") is not None), ", ")
    return name.get("delimiter", inherited)


# what citeproc-js takes for a word's first letter where a term meets names (its
# STARTSWITH_ROMANESQUE_REGEXP): a term that starts otherwise ("和", "等", "; ") gets no spaces
_SPACED_TERM = re.compile(
    "[&a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]"
)


def _unspaced_terms_marked(root: Any) -> None:
    """An "and" or "et al." that does not start with a letter meets the names without a space,
    as citeproc-js writes it: Chinese "Xiang, J., Li, S.和Liu, Y.", "Shen, X.等", Japanese
    "Harrisほか", ABNT's notes' "and" of "; " ("LI, Siqi; LIU, Yong"); citeproc-py put spaces
    around them ("Li, S. 和 Liu, Y.", "LI, Siqi ; LIU"). Every multi-author entry on a site in
    Chinese, Japanese, Korean, Hebrew, Hindi or Armenian, and in the 15 of the repository's styles
    whose own terms are such (see `_unspaced_and_marked`, `_unspaced_et_al_marked`)."""
    bibliography = root.find(f"{_CSL}bibliography")
    if bibliography is None:
        return
    names = [name for name in dict.fromkeys(_written(root, bibliography, f"{_CSL}name")) if name.get("form") != "count"]
    _unspaced_and_marked(root, names)
    _unspaced_et_al_marked(root, names)


def _unspaced_term(root: Any, name: str) -> Any:
    """The long form of a term the locales hold, if it gets no spaces (see `_SPACED_TERM`)."""
    term = root.get_term(name)
    return term if term is not None and term.text and not _SPACED_TERM.match(term.text) else None


def _unspaced_and_marked(root: Any, names: list[Any]) -> None:
    """The "and" of such a term comes out between UNSPACED_AND marks, and `cslstyle` takes out
    the space on either side. citeproc-js writes the delimiter before it only between two names
    and where the style puts it there always ("Smith, John, 和Jane Doe" but "Li和Liu" after
    more, Chicago's), or after an inverted name: each name that says "always" gets "never", and
    "always" in the variant of an entry with two names (`pairs_of_names`). The term's
    `cs:text` (195 styles write it so) gets its words as its value, unmarked."""
    term = _unspaced_term(root, "and")
    with_and = [name for name in names if _inherited(root, name, "and") == "text"]
    if term is None or not with_and:
        return
    for text in root.iter(f"{_CSL}text"):
        if text.get("term") == "and" and text.get("form", "long") == "long":
            text.set("value", term.text)
            del text.attrib["term"]
    term.text = f"{UNSPACED_AND}{term.text}{UNSPACED_AND}"
    for name in with_and:
        before_last = _inherited(root, name, "delimiter-precedes-last")
        if before_last == "after-inverted-name":
            continue  # the delimiter after an inverted name, as `_and_after_inverted_names` writes it
        if before_last == "always":
            _always_between_two(root, name)
        name.set("delimiter-precedes-last", "never")


def _unspaced_et_al_marked(root: Any, names: list[Any]) -> None:
    """Such an "et al." (or "and others") follows the names without the space citeproc-py puts
    before it: wherever citeproc-js writes no delimiter there (after one name, unless the style
    says "always"; never, if it says "never") or the delimiter is a space. The `cs:et-al` of
    such a name (one is added where it has none) writes UNSPACED_ET_AL first, and `cslstyle`
    takes out the space before it. (After an inverted name: as before.)"""
    for name in names:
        et_al = name.getparent().find(f"{_CSL}et-al")
        if _unspaced_term(root, "et-al" if et_al is None else et_al.get("term", "et-al")) is None:
            continue
        before = _inherited(root, name, "delimiter-precedes-et-al") or "contextual"
        one_shown = _inherited(root, name, "et-al-use-first") == "1"
        if before == "never" or (before == "contextual" and one_shown) or _name_delimiter(root, name) == " ":
            if et_al is None:
                et_al = root.makeelement(f"{_CSL}et-al", {})
                name.addnext(et_al)
            et_al.set("prefix", UNSPACED_ET_AL + et_al.get("prefix", ""))


def _et_al_after_inverted_names(root: Any) -> None:
    """`delimiter-precedes-et-al="after-inverted-name"` puts the delimiter before "et al." only
    after a name written family name first: MHRA's and New Hart's Rules' "Shen, Xintian, and
    others" (51 styles). citeproc-py does not know the value and wrote "Shen, Xintian and
    others". Each such name gets "always" or "never" for the names it shows (`_inverted_before_et_al`);
    the mark stays, for a variant that shows another number (`et_al_after`)."""
    for name in root.iter(f"{_CSL}name"):
        if _inherited(root, name, "delimiter-precedes-et-al") == "after-inverted-name":
            name.set(_AFTER_INVERTED, "true")
    _inverted_before_et_al(root)


def _and_after_inverted_names(root: Any) -> None:
    """`delimiter-precedes-last="after-inverted-name"` puts the delimiter before "and" only after
    a name written family name first (9 styles): the Canadian Journal of Economics' "Smith, J.,
    and J. Doe" but "LeCun, Y., C. Cortes and C.J.C. Burges", since only the first name is
    inverted. citeproc-py does not know the value and wrote "Smith, J. and J. Doe". Each such
    name gets "always" where every name is inverted, else "never"; where only the first is, its
    variables are noted on the root, for the variant of an entry with two names in one of them
    (`pairs_of_names`, `delimiters_after_inverted_firsts`)."""
    for name in root.iter(f"{_CSL}name"):
        if _inherited(root, name, "delimiter-precedes-last") != "after-inverted-name":
            continue
        order = _inherited(root, name, "name-as-sort-order")
        name.set("delimiter-precedes-last", "always" if order == "all" else "never")
        if order == "first":
            _always_between_two(root, name)


def _always_between_two(root: Any, name: Any) -> None:
    """The delimiter before "and" for the name's list in the variant of an entry with two names in
    it (see `pairs_of_names`): the name is marked, and its variables noted on the root."""
    name.set(_AFTER_INVERTED_FIRST, "true")
    paired = {*(root.get(PAIRED) or "").split(), *_variables(name.getparent())}
    root.set(PAIRED, " ".join(sorted(paired)))


def pairs_of_names(root: Any, item: dict[str, Any]) -> tuple[str, ...]:
    """The item's name variables of two names that a style writes with the delimiter before "and"
    after an inverted first name (see `_and_after_inverted_names`)."""
    return tuple(variable for variable in (root.get(PAIRED) or "").split() if len(item.get(variable) or ()) == 2)


def delimiters_after_inverted_firsts(root: Any, variables: tuple[str, ...]) -> None:
    """The delimiter before "and" for the names of these variables, of two names, the first
    inverted: the variant for `pairs_of_names`."""
    for name in root.iter(f"{_CSL}name"):
        if name.get(_AFTER_INVERTED_FIRST) and set(_variables(name.getparent())) & set(variables):
            name.set("delimiter-precedes-last", "always")


def _inverted_before_et_al(root: Any) -> None:
    """For each name marked by `_et_al_after_inverted_names`: whether the last name shown before
    "et al." is inverted: every one is with `name-as-sort-order="all"`, with "first" only when
    the style shows one name."""
    for name in root.iter(f"{_CSL}name"):
        if name.get(_AFTER_INVERTED) is None:
            continue
        order = _inherited(root, name, "name-as-sort-order")
        inverted = order == "all" or (order == "first" and _inherited(root, name, "et-al-use-first") == "1")
        name.set("delimiter-precedes-et-al", "always" if inverted else "never")


def _inherited(root: Any, name: Any, option: str) -> str | None:
    """A name option as the bibliography reads it: the name's own, else the bibliography's, else
    the style's."""
    bibliography = root.find(f"{_CSL}bibliography")
    for holder in (name, bibliography, root):
        if holder is not None and holder.get(option) is not None:
            return holder.get(option)
    return None


def _full_given_names_kept(root: Any) -> None:
    """`initialize="false"` keeps given names whole ("Tomáš Novák"), where `initialize-with`
    would make them initials ("T. Novák"). citeproc-py does not know the option, so Chicago,
    MLA and some 300 other styles, which set `initialize-with` for the whole style and
    `initialize="false"` on the bibliography's names, listed every author by initials. The
    style's `initialize-with` is given to each name that initializes, and taken from the rest;
    what it still does there, the mark after each initial a given name has ("Ana I" -> "Ana I.",
    "J.P." -> "J. P."), is done by `initials_marked`, with the marks kept on the root: each name
    variable's, of its first such names the bibliography writes, and under "" the authors' (or
    the first such name's), for the others and for editors in the authors' place. A citation's
    mark or another list's is not the authors': Helsinki's theology faculty lists "Harris,
    Charles R." and the book's editors as "David E Rumelhart"; a variable whose names are never
    kept whole has none (the Journal of the Association of Environmental and Resource Economists'
    editors' "William M. Wells", not "William M Wells" as its authors'). A name's `initialize="true"`
    does not undo the bibliography's or the style's "false": citeproc-js reads only "false"
    (the Effective Altruism Wiki's "Shen, Xintian", not "Shen, X.")."""
    bibliography = root.find(f"{_CSL}bibliography")
    if bibliography is None:
        return
    for names in root.iter(f"{_CSL}names"):  # a bare one gets a `cs:name` as citeproc-py gives it one
        if names.find(f"{_CSL}name") is None and names.getparent().tag != f"{_CSL}substitute":
            names.insert(0, root.makeelement(f"{_CSL}name", {}))  # (in a substitute: the outer one's)
    mark = bibliography.get("initialize-with", root.get("initialize-with"))
    inherited = "false" if "false" in (bibliography.get("initialize"), root.get("initialize")) else None
    form = bibliography.get("name-form", root.get("name-form", "long"))
    written = list(_written(root, bibliography, f"{_CSL}name"))
    kept = [
        name
        for name in written
        if "false" in (name.get("initialize"), inherited) and name.get("form", form) != "short"  # (no given names)
    ]
    marks: dict[str, str | None] = dict.fromkeys(_lists_written(written))  # none kept whole: no mark
    marks.update((variable, names[0].get("initialize-with", mark)) for variable, names in _lists_written(kept).items())
    kept.sort(key=lambda name: "author" not in _variables(name.getparent()))  # the authors' first
    if kept:
        marks[""] = kept[0].get("initialize-with", mark)
        root.set(INITIALS_MARKS, json.dumps(marks))
    for name in root.iter(f"{_CSL}name"):
        own_mark = name.get("initialize-with", mark)
        if "false" in (name.get("initialize"), inherited):
            name.attrib.pop("initialize-with", None)
        elif own_mark is not None:
            name.set("initialize-with", own_mark)
    for holder in (root, bibliography):
        holder.attrib.pop("initialize-with", None)


def _written(
    root: Any, element: Any, tag: str, through_choices: bool = True, untaken: frozenset[Any] = frozenset()
) -> Iterator[Any]:
    """The elements of `tag` in `element` in the order it writes them, through the macros it
    calls (each macro looked into once), and through its choices unless not `through_choices`
    (but never through the branches in `untaken`)."""
    macros = _macros_by_name(root)
    seen: set[str] = set()

    def walk(parent: Any) -> Iterator[Any]:
        for child in parent:
            if child.tag == tag:
                yield child
            if child.tag == f"{_CSL}text" and child.get("macro") in macros:
                if child.get("macro") not in seen:
                    seen.add(child.get("macro"))
                    yield from walk(macros[child.get("macro")])
            elif (through_choices or child.tag != f"{_CSL}choose") and child not in untaken:
                yield from walk(child)

    return walk(element)


def initials_marked(given: str, mark: str) -> str:
    """The given names with `mark` after each initial, as CSL writes them where it keeps given
    names whole: "Ana I" -> "Ana I.", "J.P." -> "J. P.", "X.-P." as it is (with `mark` ". "); an
    initial is one capital letter, a word of them is parted by stops ("JP" may be a name). Initials
    in a row are one run, parted by the mark alone, as in citeproc-js: "A. M." -> "A.M." with
    `mark` "." (Ferdinand Porsche FernFH's "Turing, A.M."). Not with a mark without a stop:
    citeproc-js writes "AM" there, but the same names go to the style's names that initialize
    them, where "AM" is one word with one initial (OSCOLA's "Turing A"): "A M" stays."""
    words: list[str] = []
    run: list[str] = []
    for word in given.split(" "):
        letters = word.rstrip(".").split(".")
        if mark.strip() and "-" not in word and all(len(letter) == 1 and letter.isupper() for letter in letters):
            run.extend(letters)
            continue
        if run:
            words.append("".join(letter + mark for letter in run).rstrip())
            run = []
        words.append("-".join(_initials_of(part, mark) for part in word.split("-")))
    if run:
        words.append("".join(letter + mark for letter in run).rstrip())
    return " ".join(words)


def _initials_of(part: str, mark: str) -> str:
    letters = part.rstrip(".").split(".")
    if all(len(letter) == 1 and letter.isupper() for letter in letters):
        return "".join(letter + mark for letter in letters).rstrip()
    return part


def _names_uncased(root: Any) -> None:
    """A `text-case` on a macro that writes names is not applied: names are cased by their own
    `cs:name-part` (Anthropologie et Sociétés' family names in small capitals), and citeproc-js
    leaves such a macro as it is (its 55 styles are written for that: "Shen X., J. Zhang et Y.
    Liu", not "SHEN X., J. ZHANG ET Y. LIU"). citeproc-py cased them, and failed on the entry
    where the case was title or capitalize-first (British Journal of Political Science's editors
    of a book): the entry came out in sitegen's own style."""
    macros = _macros_by_name(root)
    for text in root.iter(f"{_CSL}text"):
        if text.get("text-case") and _writes_names(macros, text.get("macro"), set()):
            del text.attrib["text-case"]


def _writes_names(macros: dict[str, Any], name: str | None, seen: set[str]) -> bool:
    """Whether the macro `name` has a `cs:names`, or calls a macro that has (each looked at once)."""
    if name not in macros or name in seen:
        return False
    seen.add(name)
    macro = macros[name]
    return next(macro.iter(f"{_CSL}names"), None) is not None or any(
        _writes_names(macros, text.get("macro"), seen) for text in macro.iter(f"{_CSL}text")
    )


_CAPITALIZING = ("capitalize-first", "capitalize-all", "title", "sentence")


def _family_cases_noted(root: Any) -> None:
    """The capitalizing case of the family names of each name variable, where the bibliography
    writes all its names (not in a substitute) in that case, kept on the root before it is taken
    off the name's part (see `_cases_of_words_kept_off_parts`): the family name is capitalized
    already, but not the particle before it, which the case covers too ("Maaten, Laurens Van der",
    "Anna Van der Berg" in İzmir Kâtip Çelebi's style, as citeproc-js writes them; "MAATEN L.
    VAN DER" in capitals, where citeproc-py wrote "van der" after the given names small). `cslstyle`
    does it on the entry's names, which serve every list of them: a style that heads the entry
    with "Van der Maaten/Hinton 2008" and then writes "Laurens van der Maaten" keeps the particle
    as written."""
    bibliography = root.find(f"{_CSL}bibliography")
    if bibliography is None:
        return
    cases = {
        variable: {_family_case(name) for name in names}
        for variable, names in _lists_written(_written(root, bibliography, f"{_CSL}name")).items()
    }
    capitalizing = {"capitalize-first", "capitalize-all", "uppercase"}
    # only where the style writes the variable's names in the one case
    capitalized = {variable: each.pop() for variable, each in cases.items() if len(each) == 1 and each <= capitalizing}
    if capitalized:
        root.set(FAMILY_CASES, json.dumps(capitalized))


def _family_case(name: Any) -> str | None:
    """The `text-case` of a `cs:name`'s family name-part."""
    part = next((part for part in name.iter(f"{_CSL}name-part") if part.get("name") == "family"), None)
    return None if part is None else part.get("text-case")


def _lists_written(names: Iterable[Any]) -> dict[str, list[Any]]:
    """The `cs:name`s of each name variable, in the order given, but those in a substitute (they
    write their names in another variable's place)."""
    lists: dict[str, list[Any]] = {}
    for name in names:
        if _substitute_of(name) is None:
            for variable in _variables(name.getparent()):
                lists.setdefault(variable, []).append(name)
    return lists


def _cases_of_words_kept_off_parts(root: Any) -> None:
    """A name's part, a number and pages can be put in upper or lower case by citeproc-py, not in
    any case that capitalizes words (capitalize-first, capitalize-all, title, sentence): it failed
    on every such entry, which came out in sitegen's own style (85 styles capitalize a name's part:
    all of ABNT UNIRIO's entries; 40 a number: The Journal of Nervous and Mental Disease's "3rd
    Edition"; Econometrica its pages). Those cases are taken off: a name as written is capitalized
    already, figures have no case. A long ordinal keeps its case ("Second edition", 30 styles, as
    citeproc-js writes it): its word is the locale's term, which citeproc-py can capitalize; past
    ten it is figures ("11th"), and such an entry is written with `numbers_uncased`."""
    for part in root.iter(f"{_CSL}name-part", f"{_CSL}number", f"{_CSL}text"):
        if part.tag == f"{_CSL}text" and not part.get("variable", "").startswith("page"):
            continue
        if part.get("form") != "long-ordinal" and part.get("text-case") in _CAPITALIZING:
            del part.attrib["text-case"]


def _macro_calls_uncased(root: Any) -> None:
    """A `text-case` on a macro's call does nothing in citeproc-js (Zotero's processor: "the art"
    stays small under `<text macro="title" text-case="uppercase"/>`, which 206 of the repository's
    styles write); citeproc-py applied it, and failed on title case or "capitalize-all" over a
    macro that formats its text (Method & Theory in the Study of Religion's edited volumes came
    out in sitegen's own style). The call's case is taken off, as citeproc-js has it."""
    for call in root.iter(f"{_CSL}text"):
        if call.get("macro") is not None and call.get("text-case") is not None:
            del call.attrib["text-case"]


def numbers_uncased(root: Any) -> None:
    """Every number's capitalizing case taken off, a long ordinal's too: the style for an entry
    whose long ordinal citeproc-py writes in figures ("11th edition") and cannot capitalize."""
    for number in root.iter(f"{_CSL}number"):
        if number.get("text-case") in _CAPITALIZING:
            del number.attrib["text-case"]


def _labels_only_of_set_variables(root: Any) -> None:
    """A `cs:label` shows its term only when its variable has a value (the specification's
    words); citeproc-py showed it always: the American Chemical Society's style ended every
    entry without pages in "; p ." Each label of a variable is put in a `cs:choose` on it.
    (A label in `cs:names` names no variable; a locator's is the page's word by now, see
    `_locator_labels_as_page_terms`.)"""
    for label in list(root.iter(f"{_CSL}label")):
        if label.get("variable"):
            _only_with(root, label, label.get("variable"))


def _only_with(root: Any, element: Any, variable: str) -> None:
    """`element`, in its place, put in a `cs:choose` on `variable`: written only when it is set."""
    choose = root.makeelement(f"{_CSL}choose", {})
    branch = root.makeelement(f"{_CSL}if", {"variable": variable})
    choose.tail, element.tail = element.tail, None
    element.addprevious(choose)
    choose.append(branch)
    branch.append(element)


def _displays_spaced(root: Any) -> None:
    """A part of the entry the style sets on a line of its own with `display` (84 styles: a DOI,
    a label heading the entry) is a space apart in a list of publications, where citeproc-js
    writes it a line apart as text; citeproc-py ignores `display` and glued the parts together
    ("v. abs/2310.06218.https://doi.org/..." in El Profesional de la Información). A block or an
    indented part gets a space before it: before a text's prefix (Zootaxa's "63–64.
    https://doi.org/10..."), after a group's (the Deutsches Archäologisches Institut's ", doi:
    ..."); none where it starts with a stop or comma (Arctic's ". https://doi.org/..."), nor at
    the start of the entry (`cslstyle._entry`). A part in the margin gets a space after it where
    the element after it follows directly (the Journal for the Study of the New Testament's
    "Doe2020 ‘Cold Gas’"); where it ends its group, citeproc-js's space merges into the stop that
    follows (Helsinki's "(1950). Computing")."""
    for element in root.iter(f"{_CSL}*"):
        if element.get("display") in ("block", "indent"):
            _block_spaced(element)
        elif element.get("display") == "left-margin":
            _margin_spaced(element)


def _block_spaced(element: Any) -> None:
    """A space before a block: before a text's prefix or a group's first child's, after a group's
    own prefix; none before a stop or comma (see `_displays_spaced`)."""
    prefix = element.get("prefix", "")
    if element.tag == f"{_CSL}group" and prefix:
        if not prefix[-1:].isspace():
            element.set("prefix", prefix + " ")
        return
    opening = prefix or (element[0].get("prefix", "") if element.tag == f"{_CSL}group" and len(element) else "")
    if not opening[:1].isspace() and opening[:1] not in (".", ",", ";", ":"):
        element.set("prefix", " " + prefix)


def _margin_spaced(element: Any) -> None:
    """A space after a part in the margin that the next element follows directly (see
    `_displays_spaced`)."""
    followed = element.getnext() is not None and not element.getparent().get("delimiter")
    if followed and not element.get("suffix", "")[-1:].isspace():
        element.set("suffix", element.get("suffix", "") + " ")


def _macros_as_groups(root: Any) -> None:
    """A macro's output is left out when the variables it calls are all empty, as a group's is
    (citeproc-js, the CSL 1.0.2 processor): a style's "edition" macro of the edition and the
    term "edn" writes nothing for an entry without an edition. citeproc-py wrote the bare term:
    revista-cubana-de-meteorologia ended every entry in "edn, vol. , vols. ,". Each macro's
    children are put in a `cs:group`; a macro of nothing but terms still renders, and counts as
    content in an enclosing group, as in citeproc-js."""
    for macro in root.iter(f"{_CSL}macro"):
        group = root.makeelement(f"{_CSL}group", {})
        group.extend(list(macro))
        macro.append(group)


def _choices_out_of_groups(root: Any) -> None:
    """A group is left out when the variables its rendered children call are all empty; of a
    `cs:choose` only the branch taken counts. citeproc-py counts a choice as calling a variable
    when any branch does, and as rendering one when it renders anything: APA's
    "(Publication No. 123)" for a thesis is a group of a choice (a thesis: the word
    "Publication"; else: the genre variable) and the number; without a number citeproc-py still
    wrote "Thesis (Publication) [PhD thesis]", and a macro of a choice of the edition and the
    term "edn" (else) wrote "edn" without an edition. Such a group is moved into the choice: one
    copy of it in each branch, the choice's place in it taken by the branch's children (and a
    copy without them in an `else` the choice did not have), so that each copy is judged by what
    it renders, as citeproc-py judges any group. Only where citeproc-py would misjudge: a choice
    of which every branch calls no variable, or only elements that each call one, is counted
    right already. Innermost groups first, so an outer group's copies carry mended inner ones."""
    pending = list(root.iter(f"{_CSL}group"))
    while pending:
        group = pending.pop()
        choose = next((child for child in group if child.tag == f"{_CSL}choose" and _misjudged(child)), None)
        if choose is not None:
            pending.extend(_distributed(root, group, choose))


def _misjudged(choose: Any) -> bool:
    """Whether citeproc-py could count this choice in a group otherwise than citeproc-js: it
    calls a variable in some branch, and some branch renders something that is not a variable's
    (a term, a value, a label) on its own."""
    return choose.calls_variable() and not _counted_right(choose)


def _counted_right(element: Any) -> bool:
    """Whether the element renders something only when a variable it calls has a value: one that
    calls a variable (a group of terms alone counts as content, in citeproc-js too), a choice of
    which every branch is made of such elements and one is always taken (it has an `else`, and no
    branch is empty). A choice that renders nothing tries no variable in citeproc-js, so a group of
    it and a word keeps the word ("[s.l.], [s.n.], 2023" in the École pratique des hautes études'
    style, where citeproc-py counted the publisher of a branch not taken and wrote "[s.l.], , 2023")."""
    if element.tag != f"{_CSL}choose":
        return element.calls_variable()
    always_renders = element[-1].tag == f"{_CSL}else" and all(len(branch) for branch in element)
    return always_renders and all(_counted_right(child) for branch in element for child in branch)


def _distributed(root: Any, group: Any, choose: Any) -> list[Any]:
    """`group` replaced by `choose` with a copy of `group` in each branch (see
    `_choices_out_of_groups`); returns the copies."""
    at = list(group).index(choose)
    group.remove(choose)
    branches = list(choose)
    if branches[-1].tag != f"{_CSL}else" and len(group):
        branches.append(root.makeelement(f"{_CSL}else", {}))
    outcome = root.makeelement(f"{_CSL}choose", {})
    copies = []
    for branch in branches:
        shell = copy.deepcopy(group)
        for offset, child in enumerate(list(branch)):
            shell.insert(at + offset, child)
        branch.append(shell)
        outcome.append(branch)
        copies.append(shell)
    outcome.tail = group.tail
    group.getparent().replace(group, outcome)
    return copies


def _localized_date_delimiters(root: Any) -> None:
    """A date in a localized form (`<date form="text" variable="issued"/>`) has its parts
    joined as the locale's date format says; citeproc-py joined them with the style's element's
    delimiter, which has none: Vancouver's "1994Sep" for "1994 Sep". The locale's delimiter is
    put on the style's element, found as citeproc-py finds the format (the style's own locale
    first)."""
    for date in root.iter(f"{_CSL}date"):
        form = date.get("form")
        if form is None or date.get("delimiter") is not None or date.is_locale_date():
            continue
        localized = date.get_date(form)
        if localized is not None and localized.get("delimiter") is not None:
            date.set("delimiter", localized.get("delimiter"))


def _localized_dates_written_out(root: Any) -> None:
    """A date in a localized form whose parts the style changes (`<date form="text"><date-part
    name="month" form="short"/>`) is written out as the locale's format with the style's changes
    (its parts, in the locale's order, those of `date-parts`, each with the locale's attributes and
    the style's over them), as citeproc-js reads it. citeproc-py wrote the style's changes into the
    locale's format itself, for every date after: Begell House's Chicago wrote "1984年1月月" on a
    Japanese site (the short month "1月" and the format's "月") for each entry after one with a
    changed date, so that an entry's line depended on the entries formatted before it."""
    for date in root.iter(f"{_CSL}date"):
        form = date.get("form")
        changed = {part.get("name"): part for part in date.findall(f"{_CSL}date-part")}
        if form is None or not changed or date.is_locale_date() or (localized := date.get_date(form)) is None:
            continue
        shown = (date.get("date-parts") or "year-month-day").split("-")
        for part in changed.values():
            date.remove(part)
        for part in localized.findall(f"{_CSL}date-part"):
            if part.get("name") in shown:
                attributes = {**part.attrib, **(changed[part.get("name")].attrib if part.get("name") in changed else {})}
                date.append(root.makeelement(f"{_CSL}date-part", attributes))
        del date.attrib["form"]
        date.attrib.pop("date-parts", None)


def _affixes_held(root: Any) -> None:
    """A style's affixes and delimiters are text: "<" in ISO 690's and ABNT's "<doi:10.1/x>" or
    "<https://x.org>" (257 of the repository's styles) is the character. citeproc-py's HTML puts
    them in as they are, so the address in brackets read as a tag and was gone from the page.
    Each "<", ">" and "&" in them is held as sitegen holds an entry's own (`HELD_MARKUP`: released
    escaped once the line is made), not escaped here: citeproc-py would take the ";" of "&gt;"
    for a stop and drop the delimiter's after it. A character reference written escaped in the
    XML ("&amp;#8211;" in 19 styles: Revista Portuguesa de Arqueologia's dashes) is the character,
    as a page of citeproc-js's HTML shows it, not "&#8211;" in the text; in a `cs:text`'s value and
    the style's own terms too (Heidelberg Mannheim's "Edited&#160;by", Gallia's "op.&#160;cit.")."""
    held = str.maketrans({char: HELD_MARKUP[char] for char in "<>&"})
    for element in root.iter():
        for attribute in ("prefix", "suffix", "delimiter"):
            value = element.get(attribute)
            if value is not None and value != html.unescape(value).translate(held):
                element.set(attribute, html.unescape(value).translate(held))
        if element.get("value"):  # a cs:text's own words: "Edited&#160;by"
            element.set("value", _CHARACTER_REFERENCE.sub(_referenced, element.get("value")))
        if element.tag in _TERM_TEXTS and element.text:  # the style's own terms: "op.&#160;cit."
            element.text = _CHARACTER_REFERENCE.sub(_referenced, element.text)


_CHARACTER_REFERENCE = re.compile(r"&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));")
_TERM_TEXTS = {f"{_CSL}term", f"{_CSL}single", f"{_CSL}multiple"}


def _referenced(found: re.Match[str]) -> str:
    """The character a reference names; the reference as written for one that names markup or none."""
    code = int(found[1]) if found[1] else int(found[2], 16)
    character = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
    return character if character and character not in "<>&" else found[0]


def _spaced_lists_delimited(root: Any) -> None:
    """A list whose names a space alone delimits and a suffix follows has the suffix after each
    name, as citeproc-js writes a `cs:name`'s affixes around each (the Harvard Review of
    Psychiatry's editors: "In: Oh A, Naumann T, Globerson A, et al., eds"); sitegen writes them
    around the list but for the entry's marked names (see `_name_affixes_marked`), and wrote "Oh A
    Naumann T Globerson A et al., eds". The suffix goes before the space in the delimiter of such
    a list but the authors'."""
    for name in root.iter(f"{_CSL}name"):
        delimiter, suffix = name.get("delimiter"), name.get("suffix", "")
        if delimiter is not None and not delimiter.strip() and suffix.strip() and "author" not in _variables(name.getparent()):
            name.set("delimiter", suffix + delimiter)


def _name_affixes_marked(root: Any) -> None:
    """citeproc-js writes a `cs:name`'s affixes around each personal name, citeproc-py around the
    list: Meteorological Applications' "Shen X., Zhang J., Liu Y." came out "Shen X, Zhang J, Liu
    Y." (62 of the repository's styles put a stop after each name). Which names a list holds is
    known to the line only (`cslstyle._names_affixed` puts them in), so the affixes come out
    marked: NAME_SEAM, prefix, NAME_LIST_OPEN, the names, NAME_LIST_CLOSE, suffix, NAME_SEAM. The
    seams keep citeproc-py from merging punctuation across them; it is merged where they go."""
    for name in root.iter(f"{_CSL}name"):
        prefix, suffix = name.get("prefix", ""), name.get("suffix", "")
        if prefix or suffix:
            name.set("prefix", f"{NAME_SEAM}{prefix}{NAME_LIST_OPEN}")
            name.set("suffix", f"{NAME_LIST_CLOSE}{suffix}{NAME_SEAM}")


def _given_affixes_marked(root: Any) -> None:
    """An institution gets no affixes of a given name: citeproc-py joins the given names of a
    name in sort order even when there are none, and wrote the École pratique des hautes études'
    "(" and ")" around nothing ("World Health Organization ()"). A given name-part's affixes come
    out marked (GIVEN_OPEN prefix GIVEN_SEAM, the names, GIVEN_SEAM suffix GIVEN_CLOSE), and
    `cslstyle` takes them out where they hold nothing (and joins the pieces around the marks as
    citeproc-py joins two: "J." and ".)" make "J.)"). A given name-part with formatting is marked
    too, affixes or not: citeproc-py formats an institution's given name, which it has not, as
    "None" (the Revue des études byzantines' small capitals: "None The pandas development team";
    17 styles format the given names)."""
    for part in root.iter(f"{_CSL}name-part"):
        if part.get("name") == "given":
            formatted = any(part.get(attribute) for attribute in _FORMATTING)
            _affixes_marked(part, GIVEN_OPEN, GIVEN_SEAM, GIVEN_CLOSE, always=formatted)


_FORMATTING = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


def _affixes_marked(element: Any, opening: str, seam: str, closing: str, always: bool = False) -> bool:
    """The element's affixes, if it has any (or `always`), between marks (opening prefix seam,
    what it writes, seam suffix closing), for `cslstyle` to keep or take out once it sees what
    they hold."""
    prefix, suffix = element.get("prefix", ""), element.get("suffix", "")
    if prefix or suffix or always:
        element.set("prefix", f"{opening}{prefix}{seam}")
        element.set("suffix", f"{seam}{suffix}{closing}")
    return bool(prefix or suffix)


def _family_affixes_marked(root: Any) -> None:
    """An institution gets no affixes of a family name, as in citeproc-js, which gives its name
    the family name-part's formatting only: citeproc-py writes an institution's name as a family
    name and put Atlande's ", " after it before the list's own (", , « pandas-dev/pandas »"). A
    family name-part's affixes come out marked (FAMILY_AFFIX_OPEN prefix FAMILY_AFFIX_SEAM, the
    name, FAMILY_AFFIX_SEAM suffix FAMILY_AFFIX_CLOSE), and `cslstyle` takes them out around an
    institution's name (and joins the pieces as citeproc-py joins two)."""
    for part in root.iter(f"{_CSL}name-part"):
        if part.get("name") == "family" and _affixes_marked(part, FAMILY_AFFIX_OPEN, FAMILY_AFFIX_SEAM, FAMILY_AFFIX_CLOSE):
            root.set(FAMILY_AFFIXED, "")


def _substitutes_affixes_marked(root: Any) -> None:
    """A `cs:names`' affixes go around what a substitute writes in its place only where that is
    a `cs:names` written without children (which stands for the outer one), as citeproc-js
    writes them; around anything else a substitute writes (a title, editors with a `cs:name` of
    their own, which take their own affixes) they are left out. citeproc-py wrote them around
    all: the Universität Heidelberg's editors in the authors' place "Levine, S: : Advances ...",
    the outer ": " after the editors' own. The affixes of such a `cs:names` come out marked
    (SUBSTITUTE_OPEN prefix SUBSTITUTE_SEAM, the names, SUBSTITUTE_SEAM suffix SUBSTITUTE_CLOSE),
    each element of its substitute but those shorthands writes SUBSTITUTE_OWN first, and
    `cslstyle` takes the affixes out around an element's own."""
    outers = (names for names in root.iter(f"{_CSL}names") if _substitute_in(names) is not None)
    # all marked first, so that an inner one's own mark goes before its affixes' marks
    affixed = [names for names in outers if _affixes_marked(names, SUBSTITUTE_OPEN, SUBSTITUTE_SEAM, SUBSTITUTE_CLOSE)]
    for names in affixed:
        for element in _substitutes_elements(_substitute_in(names)):
            if element.get(_SHORTHAND) is None:
                element.set("prefix", SUBSTITUTE_OWN + element.get("prefix", ""))


def _substitute_in(names: Any) -> Any:
    """A `cs:names`' own substitute, if it has one."""
    return names.find(f"{_CSL}substitute")


def _substitutes_elements(parent: Any) -> Iterator[Any]:
    """The elements a substitute tries, those in its choices' branches too."""
    for element in parent:
        if element.tag in (f"{_CSL}choose", f"{_CSL}if", f"{_CSL}else-if", f"{_CSL}else"):
            yield from _substitutes_elements(element)
        elif isinstance(element.tag, str):  # not a comment
            yield element


_ORDINAL_TERM = re.compile(r"ordinal(-\d\d)?")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _ordinals_of_one_language(root: Any, locale: str | None) -> None:
    """A number's ordinal suffix from the style's language only: citeproc-py looks for the
    number's own term ("ordinal-02") in every locale before the general one ("ordinal"), and
    through to en-US's when the style's first locale has no language (its own `cs:locale`):
    Historia Scribere's German "2." edition came out "2nd". CSL takes a locale's ordinal terms as
    one set; those of another language than the first locale that has any are taken out."""
    style_language = locale or root.get("default-locale") or "en-US"  # a cs:locale without xml:lang's

    def language(each: Any) -> str:
        return (each.get(_XML_LANG) or style_language).split("-")[0].lower()

    def ordinals(each: Any) -> list[Any]:
        return [term for term in each.iter(f"{_CSL}term") if _ORDINAL_TERM.fullmatch(term.get("name", ""))]

    having = [each for each in root.locales if ordinals(each)]
    for each in having[1:]:
        if language(each) != language(having[0]):
            for term in ordinals(each):
                term.getparent().remove(term)


_APOSTROPHE = re.compile(r"(?<=\w)'")


def _apostrophes_typeset(root: Any) -> None:
    """A term's or a `cs:text` value's apostrophe is typeset, as citeproc-js writes it and as
    sitegen writes an entry's own: French "disponible à l’adresse", not "l'adresse" (a style's
    affixes keep theirs in citeproc-js, and here). In the style and in the locales it reads."""
    for element in root.iter(f"{_CSL}text"):
        if "'" in (element.get("value") or ""):
            element.set("value", _APOSTROPHE.sub("’", element.get("value")))
    for locale in [root, *root.locales]:
        for element in locale.iter(*_TERM_TEXTS):
            if element.text and "'" in element.text:
                element.text = _APOSTROPHE.sub("’", element.text)


def _labels_title_cased(root: Any) -> None:
    """A label in title case is cased as citeproc-js cases a style's own words, in any language
    (see termcase.py): APA's "(Eds.)", the Italian "(A c. Di)". citeproc-py title-cases an
    English entry's words only, by its own rule, and a label's for none ("(eds.)"). A label's term
    depends on the entry (one editor or more), so a label is written as it is, between TITLE_OPEN
    and TITLE_CLOSE, and `cslstyle` cases it."""
    for label in root.iter(f"{_CSL}label"):
        if label.get("text-case") == "title":
            del label.attrib["text-case"]
            label.set("prefix", label.get("prefix", "") + TITLE_OPEN)
            label.set("suffix", TITLE_CLOSE + label.get("suffix", ""))


_TURKISH = ("tr", "az")  # the languages whose "i" is "İ" in capitals, and "ı" "I"
_CASED_IN_TURKISH = ("capitalize-first", "sentence", "capitalize-all", "uppercase")


def _terms_cased(root: Any, locale: str | None) -> None:
    """A term a `cs:text` writes in title case is cased as citeproc-js cases a style's own words,
    in any language (see termcase.py): the Journal of Management Studies' "Available At", the
    Czech "Dostupné z" (citeproc-py: English only, and by its own rule). In Turkish or
    Azerbaijani, a term capitalized or in capitals in any case is cased as the language cases
    it ("İçinde"), as citeproc-js cases it in the style's language; citeproc-py wrote "Içinde"
    (and in sentence case "İçinde" with a combining dot, of its small "i̇çinde"). Each such term
    is written as its value, already cased, without its `text-case`."""
    turkish = _in_turkish(root, locale)
    upper = _turkish_upper if turkish else str.upper
    for text in root.iter(f"{_CSL}text"):
        case = text.get("text-case")
        if not text.get("term") or not (case == "title" or (turkish and case in _CASED_IN_TURKISH)):
            continue
        if (words := _term_words(text)) is not None:
            text.set("value", title_cased(words, upper) if case == "title" else _turkish_cased(words, case))
            del text.attrib["term"], text.attrib["text-case"]


def _in_turkish(root: Any, locale: str | None) -> bool:
    """Whether the style is read in a language whose "i" is "İ" in capitals."""
    return capitals_dotted(locale or root.get("default-locale"))


def capitals_dotted(language: str | None) -> bool:
    """Whether the language (a tag: "tr-TR") writes "i" as "İ" in capitals, and "ı" as "I"."""
    return (language or "en").lower()[:2] in _TURKISH


def _turkish_upper(part: str) -> str:
    return part.replace("i", "İ").replace("ı", "I").upper()


def _turkish_cased(words: str, case: str) -> str:
    if case == "uppercase":
        return _turkish_upper(words)
    if case == "capitalize-first":
        return _turkish_upper(words[:1]) + words[1:]
    if case == "sentence":  # the other words in small letters
        return _turkish_upper(words[:1]) + words[1:].replace("I", "ı").replace("İ", "i").lower()
    return " ".join(_turkish_upper(word[:1]) + word[1:] for word in words.split(" "))


def _term_words(text: Any) -> str | None:
    """The words of the term a `cs:text` writes (its plural if it says so), as the locale has
    them; None for a term the locales lack."""
    form = text.get("form", "long")
    term = text.get_term(text.get("term"), None if form == "long" else form)
    if term is None:
        return None
    part = term.find(f"{_CSL}{'multiple' if text.get('plural') == 'true' else 'single'}")
    return (part.text if part is not None else term.text) or ""


def names_only_in_substitutes(root: Any, variable: str) -> None:
    """The name variable left out of every `cs:names` but a substitute's: the style for an entry
    whose `variable` (its editors) stands in the authors' place, which CSL then treats as empty in
    the rest of the entry and citeproc-py does not (see `cslstyle.CslStyle._variant`): it is
    left out of another substitute too (APA's "In M. Bonnet (Ed.)" for the book's authors). A
    macro the authors' substitute calls keeps it (see `_macros_of_substitutes`), and so does a
    `cs:names` written before the substitute, as citeproc-js leaves out only what comes after
    (Cronache di Archeologia heads the entry with "Oh et al. 2023 =", the editors' own `cs:names`),
    where a later substitute for the authors is left without it too (Topoi's "Oh, Naumann 2023"
    heads the entry by a substitute, and the authors' full names do not follow)."""
    kept = _macros_of_substitutes(root)

    def substituting(names: Any) -> bool:
        return _in_authors_substitute(names) or any(ancestor in kept for ancestor in names.iterancestors(f"{_CSL}macro"))

    def scope(names: Any) -> Any:
        return next(ancestor for ancestor in names.iterancestors() if ancestor.tag == f"{_CSL}substitute" or ancestor in kept)

    def claims(names: Any) -> bool:
        return substituting(names) and variable in _variables(names)

    bibliography = root.find(f"{_CSL}bibliography")
    layout = bibliography if bibliography is not None else root
    # the entry has no authors: a branch on them alone is not taken (Rome's "Oh et al. 2023 =" is the else-if's)
    untaken = frozenset(
        branch
        for branch in root.iter(f"{_CSL}if", f"{_CSL}else-if")
        if _variables(branch) == ["author"] and set(branch.attrib) <= {"variable", "match"} and branch.get("match") != "none"
    )
    written = list(_written(root, layout, f"{_CSL}names", untaken=untaken))
    claim = next((at for at, names in enumerate(written) if claims(names)), len(written))
    before = written[:claim]
    # only a claim every entry reaches (in no choice) is known to be first
    sure = next((names for names in _written(root, layout, f"{_CSL}names", through_choices=False) if claims(names)), None)
    others = (
        []
        if sure is None
        else [names for names in written[written.index(sure) :] if substituting(names) and scope(names) is not scope(sure)]
    )
    for names in list(root.iter(f"{_CSL}names")):
        if not (substituting(names) and names not in others) and names not in before:
            _left_out(names, variable)


def names_only_in_containers_substitutes(root: Any, variable: str) -> None:
    """The name variable left out of every `cs:names` but a substitute for the container's
    authors: the style for an entry whose `variable` (its editors) stands there (see
    `_container_authors_not_the_authors`), which CSL leaves out of the rest of the entry (New
    Hart's Rules' "in A. Oh et al., eds, Advances ...", not again "ed. A. Oh et al.")."""
    for names in list(root.iter(f"{_CSL}names")):
        substitute = _substitute_of(names)
        if substitute is None or "container-author" not in _variables(substitute.getparent()):
            _left_out(names, variable)


def _macros_of_substitutes(root: Any) -> set[Any]:
    """Copies of the macros the authors' substitute calls, and of those they call, each call there
    pointed at its copy: the editors that stand for the authors are written by such a macro in 419
    of the repository's styles (University of York's `<text macro="editor"/>`), which also writes
    them after the title, where they are to be left out; with the one macro for both, the entry
    had no names at all ("(2023). Advances in Neural ...")."""
    macros = _macros_by_name(root)
    calls = [text for text in root.iter(f"{_CSL}text") if text.get("macro") in macros and _in_authors_substitute(text)]
    return set(_macros_copied(root, macros, calls, "substitute").values())


def _macros_copied(root: Any, macros: dict[str, Any], calls: list[Any], mark: str) -> dict[str, Any]:
    """Copies of the `macros` the `calls` call, and of those they call, named with `mark`; each
    of the calls, and each call in a copy, pointed at its copy. By the macro's name."""
    copies: dict[str, Any] = {}
    while calls:
        call = calls.pop()
        name = call.get("macro")
        if name not in copies:
            duplicate = copies[name] = copy.deepcopy(macros[name])
            duplicate.set("name", f"{name}\ue000{mark}")
            root.append(duplicate)
            calls.extend(text for text in duplicate.iter(f"{_CSL}text") if text.get("macro") in macros)
        call.set("macro", copies[name].get("name"))
    return copies


def _stops_kept_from_stripping(root: Any) -> None:
    """`strip-periods` on a macro's call strips, in citeproc-js, the periods of what the macro's
    variables, names and labels write, not those of its affixes, delimiters and values (19 styles;
    the Journal of Biomedical Materials Research's group puts a stop after the journal, "CoRR.
    2023."); citeproc-py stripped every period of the macro's output ("CoRR 2023."). Such calls
    are pointed at copies of their macros (and of those they call) whose affixes, delimiters and
    values hold their stops (`HELD_STOP`, released as soon as citeproc-py has written the line)."""
    macros = _macros_by_name(root)
    calls = [text for text in root.iter(f"{_CSL}text") if text.get("macro") in macros and text.get("strip-periods") == "true"]
    for macro in _macros_copied(root, macros, calls, "stripped").values():
        for element in macro.iter(f"{_CSL}*"):
            for attribute in ("prefix", "suffix", "delimiter", "value"):
                if "." in element.get(attribute, ""):
                    element.set(attribute, element.get(attribute).replace(".", HELD_STOP))


def _in_authors_substitute(names: Any) -> bool:
    """Whether `names` (or another element) is in the substitute for the authors: that of a
    `cs:names` of the authors, or one whose substitute names them (APA's first names are the
    composers, whose substitute tries the authors, ..., then the editors)."""
    substitute = _substitute_of(names)
    if substitute is None:
        return False
    chain = [substitute.getparent(), *substitute.iter(f"{_CSL}names")]
    return any("author" in _variables(each) for each in chain)


def _room_for_the_last_name(root: Any) -> None:
    """`et-al-use-last` ("A, B, … Z") when the style shows too many names before the cut to leave
    two out: CSL says none then, and citeproc-py wrote "A, B, C, D, E, et al."; citeproc-js shows
    `et-al-min` less two names before the ellipsis (Avocetta's min 6, first 5: "Shen X., Zhang J.,
    Chen J., Bai S., … Liu Y."; 145 styles use the last name). Each such name is given that many."""
    for name in root.iter(f"{_CSL}name"):
        minimum, first = _inherited(root, name, "et-al-min") or "", _inherited(root, name, "et-al-use-first") or ""
        if _inherited(root, name, "et-al-use-last") != "true" or not (minimum.isdigit() and first.isdigit()):
            continue  # a malformed number is citeproc-py's to report
        if int(first) > int(minimum) - 2 >= 1:
            name.set("et-al-use-first", str(int(minimum) - 2))


def _ellipsis_after_one_name_marked(root: Any) -> None:
    """A list cut to its first name and its last has a space before the ellipsis, not the
    delimiter, as citeproc-js writes it ("A. Oh … S. Levine", Van Yüzüncü Yıl's editors; "A, B,
    … Z" after more): citeproc-py put the delimiter after the one name too ("A. Oh, … S.
    Levine"). The delimiter of a bibliography's `cs:name` that keeps one name and the last is
    marked (ONE_NAME_SEAM before it), and `cslstyle` puts the space in where the ellipsis follows."""
    bibliography = root.find(f"{_CSL}bibliography")
    if bibliography is None:
        return
    for name in dict.fromkeys(_written(root, bibliography, f"{_CSL}name")):  # each once, in order
        if _inherited(root, name, "et-al-use-last") == "true" and _inherited(root, name, "et-al-use-first") == "1":
            name.set("delimiter", ONE_NAME_SEAM + _name_delimiter(root, name))


def et_al_after(root: Any, shown: int) -> None:
    """Every list of names cut after `shown` names with the style's "et al.": the style for an
    entry whose list ends in BibTeX's `and others` (given to citeproc-py as one name more). A
    list the style cuts sooner stays as the style cuts it, but never with the last name after
    the cut (APA's "…, Last"): the last is the "others"."""
    bibliography = root.find(f"{_CSL}bibliography")
    inherited = (bibliography.get("et-al-min") if bibliography is not None else None) or root.get("et-al-min") or "0"
    for name in root.iter(f"{_CSL}name"):
        minimum = int(name.get("et-al-min") or inherited)
        if minimum and minimum <= shown + 1:
            name.set("et-al-use-last", "false")
        else:
            name.set("et-al-min", str(shown + 1))
            name.set("et-al-use-first", str(shown))
    _inverted_before_et_al(root)


def _page_ranges_taken_over(root: Any) -> None:
    """citeproc-py shortens a page range wrongly where the two numbers differ in length: "1-10"
    came out "1–0" in MLA (`minimal-two`) and Vancouver (`minimal`), "3-31" "3–1"; and it does not
    expand a range written short ("188-91" stays so in APA's `expanded`); it shortens by the
    Chicago Manual's 15th edition in `chicago-16` too ("2579-2605", the 16th's "2579-605"). sitegen
    writes the ranges itself (`page_ranges`, given to citeproc-py as they are to be shown)."""
    page_format = root.get("page-range-format")
    if page_format in ("expanded", "minimal", "minimal-two", *_CHICAGO):
        root.set(PAGE_RANGE_FORMAT, page_format)
        del root.attrib["page-range-format"]


_NUMBER_RANGE = re.compile(r"\s*(\d+)\s*[-–]+\s*(\d+)\s*")


def number_range(value: str) -> str:
    """An issue's or volume's range of two numbers ("3-4", a double issue) with an en dash, as CSL
    writes a number variable's range and citeproc-js does; anything else as it is."""
    found = _NUMBER_RANGE.fullmatch(value)
    return f"{found[1]}–{found[2]}" if found else value


HELD_MARKUP = {"&": "\ue010", "<": "\ue011", ">": "\ue012", '"': "\ue013"}  # released escaped (cslstyle)
HELD_STOP = "\ue019"  # released as ".": a style's stop that citeproc-py is not to strip (see `_stops_kept_from_stripping`)
HELD_HYPHEN = "\ue016"  # released as "-": a hyphen citeproc-py is not to take for a range's (or to part a name at)


def hyphens_held(value: str) -> str:
    """A number variable's hyphens held where they join no range of numbers: citeproc-py writes an
    en dash for every hyphen ("Abend–Ausg.", "SE–7", "60–??"), citeproc-js for those between two
    numbers only ("3–4", "S1–S5", "1–3, 7–9"; "CMU-CS-05-101", "12-" as they are)."""
    if "-" not in value or _several_numbers(value):
        return value
    return value.replace("-", HELD_HYPHEN)


# a number's digits after its first held (U+E020-U+E029, released as digits): see `one_number_held`
HELD_DIGITS = {str(digit): chr(0xE020 + digit) for digit in range(10)}
_HOLDING_DIGITS = str.maketrans(HELD_DIGITS)
NUMBERS_RELEASED = {held: digit for digit, held in HELD_DIGITS.items()} | {HELD_HYPHEN: "-"}  # as citeproc-py is to write them
_RELEASING_NUMBERS = str.maketrans(NUMBERS_RELEASED)
_SEEN_AS_NUMBERS = re.compile(r"\d+[^\d.]+\d+")  # citeproc-py's sign of several (model.Label.RE_MULTIPLE_NUMBERS)
_FIRST_DIGITS = re.compile(r"\D*\d+")
# what citeproc-js parts a number variable's list of numbers at: "&", "and", "; ", ", " and dashes
_NUMBERS_JOINER = re.compile(r"\s*(?:&|\band\b|;\s+|,\s+|[-\u2013]+)\s*")
_ONE_OF_NUMBERS = re.compile(r"[A-Za-z]{0,3}(?:\d{1,3}(?:,\d{3})+|\d+)[A-Za-z]?|[ivxlcdmIVXLCDM]+")  # "S3", "4a", "xii"


def one_number_held(value: str) -> str:
    """A number variable that holds one number, not several, with its digits after the first held,
    so that citeproc-py takes it for one: its label is "No." for a patent "7,460,482" or
    "US7460482B2" and a report "CMU-CS-05-101", where it wrote "Nos." for any two figures with
    something between. Several are numbers joined as citeproc-js joins them ("1, 3", "3-4", "2
    & 5"); "7,460,482" (no space after the commas) is one, as there."""
    if not _SEEN_AS_NUMBERS.search(value) or _several_numbers(value):
        return value
    first = _FIRST_DIGITS.match(value).end()  # type: ignore[union-attr]  # the search found a figure
    return value[:first] + value[first:].translate(_HOLDING_DIGITS)


def _several_numbers(value: str) -> bool:
    parts = _NUMBERS_JOINER.split(value.strip())
    return len(parts) > 1 and all(_ONE_OF_NUMBERS.fullmatch(part) for part in parts)


def page_ranges(pages: str, page_format: str | None) -> str:
    """Each range of `pages` ("188-91, 200-210") with its second number whole ("188-191") and, in a
    `minimal` or `minimal-two` format, without the leading digits it shares with the first ("188-91"
    in both; "101-8" or "101-08"), in a Chicago one as its Manual says (`_chicago_last`); anything
    but two whole numbers is left as it is."""
    return ",".join(_page_range(part, page_format) for part in pages.split(","))


def _page_range(part: str, page_format: str | None) -> str:
    found = _PAGE_RANGE.fullmatch(part)
    if found is None:
        return part
    first, last = found.groups()
    if len(last) < len(first) and int(first[: len(first) - len(last)] + last) > int(first):
        last = first[: len(first) - len(last)] + last  # "188-91": written short
    if page_format in ("minimal", "minimal-two") and len(first) == len(last):
        shared = shared_length(first, last)
        kept = 2 if page_format == "minimal-two" else 1
        last = last[min(shared, max(len(last) - kept, 0)) :]
    elif page_format in _CHICAGO and int(last) > int(first):
        last = _chicago_last(int(first), int(last), sixteenth=page_format == "chicago-16")
    space = part[: len(part) - len(part.lstrip())]
    return f"{space}{first}-{last}"


_CHICAGO = ("chicago", "chicago-15", "chicago-16")  # CSL's "chicago" is the 15th edition's rule


def _chicago_last(first: int, last: int, sixteenth: bool) -> str:
    """The second number of a range as the Chicago Manual shortens it (9.64), which CSL and
    citeproc-js follow: after a first number over 100 and not a multiple of it, the digits that
    change, but at least two ("101-8", "321-28", "1087-89"); by the 15th edition's rule a change
    in the hundreds keeps the number whole ("1496-1504"; from 10000 the last three: "11564-615"),
    by the 16th's (Chicago's styles today) it keeps the digits that change ("1496-504")."""
    if first <= 100 or first % 100 == 0:
        return str(last)
    if not sixteenth:
        if first // 100 == last // 100:
            return str(last % 100)
        return str(last % 1000) if first >= 10000 else str(last)
    for digits in range(2, len(str(last))):
        if first // 10**digits == last // 10**digits:
            return str(last % 10**digits)
    return str(last)


def shared_length(one: str, other: str) -> int:
    """How many characters two texts begin with alike."""
    return next((at for at, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))


_TAG_OR_QUOTE = re.compile(r"<[^>]*>|[“”‘’]")


def quotes_nested(html: str, inner: tuple[str, str], outer: tuple[str, str]) -> str:
    """A title's own quotation marks as CSL writes them inside the style's (its "flip-flop"):
    "The "smart" school" in quotation marks is “The ‘smart’ school”, a quotation inside that one
    “…‘…“…”…’…”. sitegen's titles hold English marks (latex.py curls the .bib's); a ’ that
    closes no ‘ ("Children’s", or one left open) is an apostrophe. Tags are passed over."""
    opened: list[str] = []

    def nested(found: re.Match[str]) -> str:
        mark = found.group()
        if mark in "“‘":
            opened.append(mark)
            return (inner, outer)[len(opened) % 2 == 0][0]
        if opened and opened[-1] == ("“" if mark == "”" else "‘"):
            if mark == "’" and html[found.end() : found.end() + 1].isalnum():
                return mark  # an apostrophe inside a word: "‘it’s fine’"
            level = len(opened)
            opened.pop()
            return (inner, outer)[level % 2 == 0][1]
        return mark

    return _TAG_OR_QUOTE.sub(lambda found: found.group() if found.group().startswith("<") else nested(found), html)
