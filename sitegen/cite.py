"""Citations in Markdown: pandoc's `[@key]` syntax, found while the text is converted and resolved
against the bibliography once the site is loaded.

The documents are converted in a process of their own while the bibliography is read (build.py),
so the converter cannot know the entries: it leaves a marker where each citation was and records
what it said (`Cite`). `resolve` puts the in-text citation in the marker's place once the entries
are known, and gives the document the list of the works it cites.

The syntax is pandoc's (also Quarto's, R Markdown's, Zettlr's): `[@key]`, `[@a; @b]`,
`[see @a, p. 33]`, `[-@a]` (the year alone), and `@a` in a sentence ("@a show that ...", with an
optional locator as `@a [p. 33]`). A bare `@name` that is no entry's key stays as written (a
handle, a mention); a bracketed one is reported.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from html import escape, unescape
from pathlib import Path
from typing import TypeVar

from sitegen.citelabels import Labels, names_label
from sitegen.errors import Report
from sitegen.latex import CITATION, CITATION_PART, CITATION_START, Converted
from sitegen.model import CITING_PARTS, Cite, CiteItem, NewsItem, Page, Person, Project, Publication, Talk, alias_keys
from sitegen.views import Urls

# a key as pandoc reads it: word characters, and inside it the punctuation keys hold
# (`DBLP:conf/cvpr/Shen23`, `doe.2020`); `{...}` for any other
_KEY = r"\{[^{}\s]+\}|\w(?:\w|[:.#$%&\-+?~/](?=\w))*"
BRACKETED = re.compile(r"\[([^\[\]]*?@[^\[\]]*)\](?![(\[:])")
# `@` first, the character before it checked after: a pattern that starts with a lookbehind is
# tried at every character of the text (50 times slower on text without citations)
BARE = re.compile(rf"@(?<![\w@\\]@)({_KEY})(?:\s\[([^\[\]@]*)\](?![(\[:]))?")
_ITEM = re.compile(rf"^\s*(?:(.*?\S)\s+)?(-?)@({_KEY})(.*)$", re.DOTALL)
MARKER = re.compile("\ue000(\\d+)\ue001")  # private-use characters: no text has them by chance

D = TypeVar("D", Person, Page, NewsItem, Talk, Project)


def marker(index: int) -> str:
    return f"\ue000{index}\ue001"


def parse_bracketed(written: str) -> Cite | None:
    """`[see @a, p. 3; @b]` as a citation, or None when a part of it names no key (then it is
    ordinary text in brackets, as `[an email: me@x.org]` is)."""
    items = []
    for part in written[1:-1].split(";"):
        found = _ITEM.match(part)
        if found is None or "@" in (found.group(1) or ""):
            return None
        prefix, dash, key, rest = found.groups()
        items.append(CiteItem(_unbrace(key), (prefix or "").strip(), _locator(rest), dash == "-"))
    return Cite(tuple(items), written) if items else None


def parse_bare(key: str, locator: str | None, written: str) -> Cite:
    """`@a` or `@a [p. 3]` in a sentence."""
    return Cite((CiteItem(_unbrace(key), locator=_locator(locator or "")),), written, narrative=True)


def _unbrace(key: str) -> str:
    return key[1:-1] if key.startswith("{") else key


def _locator(rest: str) -> str:
    return rest.strip().lstrip(",").strip()


_MARKER_AND_SPACE = re.compile("\\s*\ue000\\d+\ue001")


def without_markers(text: str) -> str:
    """Text with the citations' markers taken out, each with the space before it ("accepted [@k]."
    is "accepted."): a news item's title made from its first words, a heading's id."""
    return _MARKER_AND_SPACE.sub("", text) if "\ue000" in text else text


def with_lines(cites: Sequence[Cite], body: str, first_line: int) -> tuple[Cite, ...]:
    """The citations with the line each is on (found in order, each after the one before)."""
    placed, at = [], 0
    for cite in cites:
        found = body.find(cite.written, at)
        if found >= 0:
            at = found + len(cite.written)
        line = first_line + body.count("\n", 0, found if found >= 0 else at)
        placed.append(dataclasses.replace(cite, line=line))
    return tuple(placed)


# -- resolving them against the bibliography ----------------------------------------------------


class Bibliography:
    """The entries by key, for citations: `[@Shen2023]` finds `shen2023` as BibTeX would (its keys
    ignore case)."""

    def __init__(self, publications: Sequence[Publication], style: str, base_path: str, unlisted: Iterable[str] = ()):
        self.style = style
        self.unlisted = frozenset(key.lower() for key in unlisted)  # entries kept out of the lists: not citable
        self._urls = Urls(base_path)
        self._keys = {pub.key: pub for pub in publications}
        for pub in publications:
            for preprint in pub.versions:  # a preprint listed as its paper (versions.py) cites the paper
                self._keys.setdefault(preprint.key, pub)
        for pub in publications:  # after every key: an alias never takes another entry's key
            for version in (pub, *pub.versions):
                for alias in alias_keys(version.fields):
                    self._keys.setdefault(alias, pub)
        self._folded = {key.lower(): pub for key, pub in reversed(self._keys.items())}  # the first of a case-folded pair

    def get(self, key: str) -> Publication | None:
        return self._keys.get(key) or self._folded.get(key.lower())

    def near(self, key: str) -> str:
        """ " (did you mean 'shen2023lga'?)", or nothing. By rapidfuzz, not difflib (errors.did_you_mean):
        over 10,000 keys 0.5 ms a key instead of 22 ms, and a lab's texts may hold many a typo."""
        from rapidfuzz import fuzz, process

        found = process.extractOne(key, list(self._keys), scorer=fuzz.ratio, score_cutoff=60)
        return f" (did you mean '{found[0]}'?)" if found else ""

    def url(self, pub: Publication) -> str:
        return self._urls.publication(pub.anchor)


def resolve(
    html: str, cites: Sequence[Cite], bibliography: Bibliography, path: Path, report: Report
) -> tuple[str, tuple[Publication, ...]]:
    """The document's HTML with each marker replaced by its in-text citation, and the works it
    cites in the order its references list shows them; each key found nowhere is a warning."""
    known = _known_works(cites, bibliography, path, report)
    labels = Labels(known, bibliography.style)
    shown = [_in_text(cite, bibliography, labels) for cite in cites]
    html = MARKER.sub(lambda m: shown[int(m.group(1))] if int(m.group(1)) < len(shown) else "", html)
    return html, labels.references


def _known_works(cites: Sequence[Cite], bibliography: Bibliography, path: Path, report: Report) -> list[Publication]:
    """The works cited, in the order first cited; a bracketed key of no entry is reported."""
    works: dict[str, Publication] = {}
    for cite in cites:
        for item in cite.items:
            pub = bibliography.get(item.key)
            if pub is not None:
                works.setdefault(pub.key, pub)
            elif not cite.narrative and item.key.lower() in bibliography.unlisted:
                report.warn(
                    f"citation '{cite.written}': the entry '{item.key}' is kept out of the site's lists by its options "
                    f"(dataonly or skipbib), so it has no page to cite; it shows as '{item.key}?' (take the option out "
                    "to list and cite it)",
                    path,
                    cite.line,
                )
            elif not cite.narrative:
                report.warn(
                    f"citation '{cite.written}': no entry has the key '{item.key}'{bibliography.near(item.key)}; "
                    f"it shows as '{item.key}?' (fix the key, or add the entry to a .bib file)",
                    path,
                    cite.line,
                )
    return list(works.values())


def _in_text(cite: Cite, bibliography: Bibliography, labels: Labels) -> str:
    """One citation as HTML: "(see Shen et al., 2023, p. 3; Bai, 2024)", "[1, 3]", or in a
    sentence "Shen et al. (2023)" / "Shen et al. [1]"; names link to the work's own page."""
    if cite.narrative:
        item = cite.items[0]
        pub = bibliography.get(item.key)
        if pub is None:
            return escape(cite.written)
        label = labels.label[pub.key] + (f", {_inline(item.locator)}" if item.locator else "")
        link = _link(pub, escape(names_label(pub)), bibliography)
        return f"{link} [{label}]" if labels.numeric else f"{link} ({label})"
    parts = [_item(item, bibliography.get(item.key), bibliography, labels) for item in cite.items]
    if not labels.numeric:
        return "(" + "; ".join(parts) + ")"
    if any(item.prefix or item.locator for item in cite.items):
        return ", ".join(f"[{part}]" for part in parts)  # "[see 2, p. 3], [1]", as IEEE writes it
    return "[" + ", ".join(_ranges(parts, cite.items, bibliography, labels)) + "]"


def _item(item: CiteItem, pub: Publication | None, bibliography: Bibliography, labels: Labels) -> str:
    if pub is None:
        shown = f'<strong class="citation-missing">{escape(item.key)}?</strong>'
    elif labels.numeric or item.suppress_author:
        shown = _link(pub, labels.label[pub.key], bibliography)
    else:
        shown = _link(pub, f"{escape(names_label(pub))}, {labels.label[pub.key]}", bibliography)
    prefix = f"{_inline(item.prefix)} " if item.prefix else ""
    return prefix + shown + (f", {_inline(item.locator)}" if item.locator else "")


_MARKUP = re.compile(r"[*_]")


def _inline(text: str) -> str:
    """A citation's prefix or locator as HTML: Markdown's emphasis (`see *e.g.*`), as pandoc reads
    it; nothing else of HTML gets through (what looks like a tag is text)."""
    if not _MARKUP.search(text):
        return escape(text)
    import markdown
    import nh3

    html = markdown.markdown(escape(text, quote=False))
    return nh3.clean(html, tags={"em", "strong"}, attributes={}).strip()


def _ranges(parts: list[str], items: Sequence[CiteItem], bibliography: Bibliography, labels: Labels) -> list[str]:
    """Numbers of a numeric citation in order, three or more in a row as a range ("1–3", IEEE's
    way); with a key of no entry among them, the parts as written."""
    numbers = [labels.label.get(pub.key) if (pub := bibliography.get(item.key)) else None for item in items]
    if None in numbers:
        return parts
    ordered = sorted(zip((int(n) for n in numbers if n), parts, strict=True))
    runs: list[list[tuple[int, str]]] = []
    for number, part in ordered:
        if runs and number == runs[-1][-1][0] + 1:
            runs[-1].append((number, part))
        elif not runs or number != runs[-1][-1][0]:
            runs.append([(number, part)])
    return [f"{run[0][1]}–{run[-1][1]}" if len(run) > 2 else ", ".join(part for _, part in run) for run in runs]


def _link(pub: Publication, text: str, bibliography: Bibliography) -> str:
    return f'<a class="citation-link" href="{escape(bibliography.url(pub))}" title="{escape(pub.title.text)}">{text}</a>'


# LaTeX's, natbib's and biblatex's citation commands in an abstract, by how they show: in
# parentheses, bare (natbib's `citealp`), in the sentence ("Shen et al. (2023)"), names or year alone
_PARENTHETICAL, _BARE, _NARRATIVE, _AUTHOR, _YEAR, _YEAR_IN_PARENTHESES = range(6)
_COMMAND_FORM = {
    **dict.fromkeys(("citealp", "citealt"), _BARE),
    **dict.fromkeys(("citet", "Citet", "textcite", "Textcite", "textcites"), _NARRATIVE),
    "citeauthor": _AUTHOR,
    "Citeauthor": _AUTHOR,
    "citeyear": _YEAR,
    "citeyearpar": _YEAR_IN_PARENTHESES,
}


class AbstractCitations:
    """Puts the cited works' names and years where an abstract's LaTeX cites them ("extending our
    earlier work \\cite{lovelace2022}" -> "... work (Lovelace, 2022)", linked to its page), and a
    note's ("Extended version of \\cite{lovelace2022}", `CITING_PARTS`). An abstract is read apart
    from its paper, so a key of no entry of the site is left out, as it was before citations were
    resolved (latex.py marks them; a key means nothing outside its paper).

    Resolved entries are kept while they and the works they cite are the same objects, so `serve`
    and the render caches see the same publication again when nothing changed."""

    def __init__(self) -> None:
        self._made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}

    def resolve(self, publications: list[Publication], base_path: str, report: Report) -> list[Publication]:
        """The publications, those whose abstracts or notes cite replaced by ones that name what they cite.
        A citation in the sentence (`\\citet`, `\\citeauthor`) of no entry of the site is a
        warning: left out, it leaves the sentence short."""
        citing = [pub for pub in publications if _cites(pub)]
        made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}
        if citing:
            bibliography = Bibliography(publications, "author-date", base_path)
            for pub in citing:
                _warn_of_sentences_cut_short(pub, bibliography, report)
            replaced = {id(pub): self._resolved(pub, bibliography, made) for pub in citing}
            publications = [replaced.get(id(pub), pub) for pub in publications]
        self._made = made
        return publications

    def _resolved(self, pub: Publication, bibliography: Bibliography, made: dict) -> Publication:
        cited = [bibliography.get(key) for _, text in _citing_texts(pub) for key in _cited_keys(text.text)]
        sources = (pub, *(work for work in cited if work is not None))
        key = (*map(id, sources), hash(bibliography.url(pub)))  # the same works at the same addresses
        kept = self._made.get(key)
        if kept is None:
            kept = (sources, _with_citations(pub, bibliography))
        kept[1].line, kept[1].order = pub.line, pub.order
        made[key] = kept
        return kept[1]


def _cites(pub: Publication) -> bool:
    """Whether an entry's abstract or note cites: asked of every entry of every build (10,000 at a
    large site), so no list is made (0.13 µs, `_citing_texts` 0.37)."""
    if pub.abstract is not None and CITATION_START in pub.abstract.html:
        return True
    for name in CITING_PARTS:
        part = pub.parts.get(name)
        if part is not None and CITATION_START in part.html:
            return True
    return False


def _citing_texts(pub: Publication) -> list[tuple[str, Converted]]:
    """The texts of an entry that cite (its abstract, its note ...), each with its field's name."""
    texts = [("abstract", pub.abstract)] if pub.abstract is not None else []
    texts += [(name, part) for name in CITING_PARTS if (part := pub.parts.get(name)) is not None]
    return [(name, text) for name, text in texts if CITATION_START in text.html]


def _warn_of_sentences_cut_short(pub: Publication, bibliography: Bibliography, report: Report) -> None:
    """A citation of no entry of the site, which is left out: said when the sentence reads without
    it (`\\citet`), and every one of a note, whose keys are the site's own (a misspelt one?)."""
    for name, text in _citing_texts(pub):
        for found in CITATION.finditer(text.text):
            command, keys, *_ = found.group(1).split(CITATION_PART)
            if any(bibliography.get(key.strip()) for key in keys.split(",")):
                continue
            if name != "abstract":
                why = "fix the key, or add its entry to a .bib file"
            elif _COMMAND_FORM.get(command, _PARENTHETICAL) not in (_PARENTHETICAL, _BARE):
                why = "the sentence reads without it: write the work's authors instead, or add its entry to a .bib file"
            else:
                continue  # a key of the paper's own bibliography
            report.warn(
                f"\\{command}{{{keys}}} in the {name} of '{pub.key}' cites no entry of the site, so it is left out: {why}",
                pub.path,
                pub.line,
            )


def _cited_keys(text: str) -> list[str]:
    return [key.strip() for found in CITATION.finditer(text) for key in found.group(1).split(CITATION_PART)[1].split(",")]


def _with_citations(pub: Publication, bibliography: Bibliography) -> Publication:
    texts = dict(_citing_texts(pub))
    works = [work for text in texts.values() for key in _cited_keys(text.text) if (work := bibliography.get(key)) is not None]
    labels = Labels(list({work.key: work for work in works}.values()), "author-date")

    def shown(as_html: bool) -> Callable[[re.Match[str]], str]:
        return lambda found: _latex_citation(found.group(1), as_html, bibliography, labels)

    named = {
        name: dataclasses.replace(
            text,
            html=_without_empty_citations(CITATION.sub(shown(True), text.html)),
            text=_without_empty_citations(CITATION.sub(shown(False), text.text)),
        )
        for name, text in texts.items()
    }
    abstract = named.pop("abstract", pub.abstract)
    parts = {**pub.parts, **named}
    changed = "".join(text.html for text in (abstract, *named.values()) if text is not None)
    fingerprint = hashlib.blake2b(f"{pub.fingerprint}{changed}".encode(), digest_size=16).hexdigest()
    return dataclasses.replace(pub, abstract=abstract, parts=parts, fingerprint=fingerprint)


_EMPTY = "\ue013"  # where a citation of no known work was: it goes with the space before it,
# and the comma before it where punctuation follows ("translation, \cite{k}, and" reads "translation, and",
# as latex.py leaves a citation out elsewhere)
_EMPTY_WITH_SPACE = re.compile("[ \u00a0]*(?:[,:][ \u00a0]*)?\ue013(?=[.,;:)])|[ \u00a0]*\ue013")


def _without_empty_citations(text: str) -> str:
    return _EMPTY_WITH_SPACE.sub("", text) if _EMPTY in text else text


def _latex_citation(marked: str, as_html: bool, bibliography: Bibliography, labels: Labels) -> str:
    """One marked citation as HTML or text: "(see Shen et al., 2023a, p. 3)", "Shen et al. (2023)"."""
    command, keys, prenote, postnote = marked.split(CITATION_PART)
    if as_html:
        keys = unescape(keys)
    found = (bibliography.get(key.strip()) for key in keys.split(","))
    works = list({work.key: work for work in found if work is not None}.values())
    if not works:
        return _EMPTY
    form = _COMMAND_FORM.get(command, _PARENTHETICAL)

    def link(pub: Publication, text: str) -> str:
        return _link(pub, escape(text), bibliography) if as_html else text

    if form == _AUTHOR:
        return ", ".join(link(pub, names_label(pub)) for pub in works)
    if form in (_YEAR, _YEAR_IN_PARENTHESES):
        shown = ", ".join(link(pub, labels.label[pub.key]) for pub in works)
        return f"({shown})" if form == _YEAR_IN_PARENTHESES else shown
    post = f", {postnote}" if postnote else ""
    if form == _NARRATIVE:  # "Shen et al. (2023, p. 3)": the note goes with the last
        return ", ".join(
            f"{link(pub, names_label(pub))} ({labels.label[pub.key]}{post if pub is works[-1] else ''})" for pub in works
        )
    pre = f"{prenote} " if prenote else ""
    shown = pre + "; ".join(link(pub, f"{names_label(pub)}, {labels.label[pub.key]}") for pub in works) + post
    return f"({shown})" if form == _PARENTHETICAL else shown


def resolved(document: D, text_attribute: str, bibliography: Bibliography, report: Report) -> D:
    """A document (profile, page, news item) with its citations in place and its references
    known; the same object when it cites nothing."""
    if not document.cites:
        return document
    html = getattr(document, text_attribute)
    html, references = resolve(html, document.cites, bibliography, document.path, report)
    return dataclasses.replace(document, **{text_attribute: html}, references=references)
