"""Citation lines in the seed's style: "Authors. Title. In Venue, pages X–Y, Year."

One function per family of entry types, in the spirit of BibTeX's plain style. Authors are
formatted separately because the same entry shows differently per page (the page owner's name is
emphasised, members' names link to their pages).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from sitegen.latex_symbols import BIBSTRINGS
from sitegen.linkfields import eprint_of
from sitegen.model import Name, Publication

_TERMINAL = (".", "?", "!")


def format_names(names: Sequence[Name], marks: Sequence[str | None] = (), links: Sequence[str | None] = ()) -> str:
    """ "A, B, and C" as HTML; `marks[i]` emphasises a name, `links[i]` links it to a page."""
    return join_names(names_html(names, marks, links))


def names_html(
    names: Sequence[Name],
    marks: Sequence[str | None] = (),
    links: Sequence[str | None] = (),
    texts: Mapping[int, str] | None = None,
) -> list[str | None]:
    """Each name as HTML, in place (None for BibTeX's `others`): an entry listed on many members'
    pages differs only in each page owner's own name, so the page can swap that one in. `texts`
    holds names as a CSL style wrote them ("Shen, X."), by position."""
    texts = texts or {}
    return [None if name.others else name_html(name, _at(marks, i), _at(links, i), texts.get(i)) for i, name in enumerate(names)]


def join_names(shown: Sequence[str | None], shorten: Shortening | None = None) -> str:
    """ "A, B, and C" from the names' HTML; a None (BibTeX's `others`) makes it "A, B, et al."
    A list longer than `shorten.limit` is shortened (see `Shortening`)."""
    names = [html for html in shown if html is not None]
    if shorten is not None and 0 < shorten.limit < len(names):
        return shorten.join(shown)
    if len(names) < len(shown):
        return (", ".join(names) + ("," if len(names) > 1 else "") + " et al.") if names else "et al."
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


@dataclass(frozen=True)
class Shortening:
    """How a long author list shows in a publication list (a collaboration's paper has thousands).

    The first `limit` names show, and every name at a position in `keep` (the lab's members: the
    reader looks for them, and it may be the page of one of them) after an ellipsis; the rest are
    counted: "A, B, …, Mei Lin, and 1,996 more", where "more" links to the entry's own page, which
    shows them all.
    """

    limit: int
    keep: frozenset[int] = frozenset()
    more_url: str | None = None

    def shows(self, index: int) -> bool:
        return index < self.limit or index in self.keep

    def join(self, shown: Sequence[str | None]) -> str:
        pieces: list[str] = []
        hidden = 0
        skipped = False  # names left out since the last one shown
        for index, html in enumerate(shown):
            if html is None:
                continue
            if self.shows(index):
                if skipped:
                    pieces.append("…")
                pieces.append(html)
                skipped = False
            else:
                hidden += 1
                skipped = True
        more = f"{hidden:,} more"
        if self.more_url:
            more = f'<a class="more-authors" href="{escape(self.more_url)}">{more}</a>'
        return ", ".join(pieces) + ", and " + more


def _at(values: Sequence[str | None], index: int) -> str | None:
    return values[index] if index < len(values) else None


def name_html(name: Name, mark: str | None = None, link: str | None = None, text: str | None = None) -> str:
    """One name as HTML: linked to a page, emphasised (`mark` is the class), or as it is; `text`
    is the name as a style wrote it, when not in sitegen's own way."""
    html = text or name.html
    if link:
        html = f'<a href="{escape(link)}">{html}</a>'
    if mark:
        html = f'<strong class="{escape(mark)}">{html}</strong>'
    if name.note:
        html += f'<sup class="author-note">{name.note}</sup>'
    return html


def format_reference(
    pub: Publication, title_url: str | None = None, language: str | None = None, credits: Credits | None = None
) -> str:
    """Everything after the authors, as HTML: title, venue and the details of the entry type.
    `language`: the work's, when not the page's (its title is marked so); `credits`: how its
    editors and translators show (see `_edited_and_translated`)."""
    formatter = _FORMATTERS.get(pub.entry_type, _misc)
    details = formatter(pub)
    on_title = list(itertools.takewhile(lambda piece: isinstance(piece, _Clause), details))
    # `note` ends every type's citation, as in BibTeX's styles ("Oral presentation", "Advisor: ..."),
    # and biblatex's `addendum` after it; who edited or translated the work after what goes on the
    # title's sentence ("T, volume 1 of S. Translated by X.", not "Translated by X, volume 1")
    pieces = [
        "" if pub.untitled else title_html(pub, title_url, language),
        *on_title,
        *_edited_and_translated(pub, credits or NO_CREDITS),
        *details[len(on_title) :],
        _remark(pub),
        _note(pub),
        _part(pub, "addendum"),
        pub.related,  # last, as in biblatex's styles: "Review of Frank Sear, Roman Theatres (2006)."
    ]
    sentences: list[str] = []
    for piece in pieces:
        if isinstance(piece, _Clause) and piece and sentences and not sentences[-1].removesuffix("</a>").endswith(_TERMINAL):
            sentences[-1] += ", " + piece
        elif piece:
            sentences.append(piece[:1].upper() + piece[1:] if isinstance(piece, _Clause) else piece)
    return " ".join(as_sentence(s) for s in sentences)


class _Clause(str):
    """What goes on the title's sentence, after a comma, as in BibTeX's plain style: "Title,
    volume 5 of LNCS." and "Title, chapter 3, pages 10–20." (a sentence of its own, it began in
    lower case); after a title that ends a sentence itself ("Why?"), a sentence, capitalised."""


RELATED_CLASS = "pub-related"  # the sentence naming the works an entry reviews, translates ... (related.py)


def title_html(pub: Publication, title_url: str | None = None, language: str | None = None, cased: str | None = None) -> str:
    """The title as HTML (or `cased`, its HTML in a style's case), linked to `title_url` (the
    entry's own page) unless it holds a link; marked as in `language`, the work's when not the page's."""
    title = pub.title.html if cased is None else cased
    lang = f' lang="{escape(language)}"' if language else ""
    if title_url and "<a " not in title:
        return f'<a class="pub-title" href="{escape(title_url)}"{lang}>{title}</a>'
    return f"<span{lang}>{title}</span>" if lang else title


def with_year_label(html: str, year: str, label: str, first: bool) -> str:
    """The citation with its year as a text cites it ("2023" -> "2023a"): the year standing alone
    (not in "ICCV51070.2023.00693" or an address), the last one, or the `first` for a style that
    writes it after the names ("Shen, X. (2023). Title"); never a related work's year."""
    related = html.find(f'<span class="{RELATED_CLASS}">')
    found = list(re.finditer(rf"(?<![\w./#=-]){re.escape(year)}(?![\w/])", html[: related if related >= 0 else None]))
    if not found:
        return html
    at = found[0 if first else -1]
    return html[: at.start()] + escape(label) + html[at.end() :]


def format_citation(
    pub: Publication,
    marks: Sequence[str | None] = (),
    links: Sequence[str | None] = (),
    title_url: str | None = None,
    reference: str | None = None,
) -> str:
    """The whole citation line as HTML; `title_url` links the title to the publication's page.

    `reference` is `format_reference(pub, title_url)` when the caller has it already: the same
    entry is cited on several pages, differing only in how the authors are marked and linked.
    """
    reference = format_reference(pub, title_url) if reference is None else reference
    return cite(pub, names_html(pub.authors or pub.editors, marks, links), reference)


def cite(pub: Publication, names: Sequence[str | None], reference: str, shorten: Shortening | None = None) -> str:
    """The citation line from its authors' HTML (see `names_html`) and its `reference`; the
    editors stand in, marked as such, when an entry has no authors."""
    if not names:
        return reference
    who = join_names(names, shorten)
    if not pub.authors:
        who += ", editors" if len(pub.editors) > 1 else ", editor"
    elif collaboration := _part(pub, "collaboration"):  # INSPIRE-HEP's: "G. Aad et al. (ATLAS Collaboration)"
        who += f" ({collaboration})" if "ollaboration" in collaboration else f" ({collaboration} Collaboration)"
    return f"{as_sentence(who)} {reference}"


def as_sentence(html: str) -> str:
    """The HTML as a sentence: with a full stop unless it ends with one, or with "?" or "!"."""
    html = html.strip()
    text_end = html.removesuffix("</a>")
    return html if text_end.endswith(_TERMINAL) else html + "."


def _part(pub: Publication, *names: str) -> str:
    for name in names:
        converted = pub.parts.get(name)
        if converted and converted.html:
            return converted.html
    return ""


def _note(pub: Publication) -> str:
    """The `note`, unless it only says again what the year said (`year = {to appear}` and a note
    "To appear": the citation ends "..., to appear." once)."""
    note = _part(pub, "note")
    state = pub.forthcoming or pub.pubstate
    return "" if state and note.strip(" .").lower() == state.lower() else note


def _remark(pub: Publication) -> str:
    """al-folio's `additional_info` as a sentence of its own: written there to follow the venue
    directly (`{. Oral presentation}`), so its leading punctuation goes."""
    remark = pub.parts.get("additional_info")  # read directly: asked for every citation of a big site
    return remark.html.lstrip(".,;: ") if remark else ""


def _year(pub: Publication) -> str:
    """The year as written, or what an entry without one says ("in press"); a dated work's
    `pubstate` after it, as biblatex's styles print it ("2024, forthcoming")."""
    year = _part(pub, "year") or (str(pub.year) if pub.year else pub.forthcoming.lower())
    return f"{year}, {pub.pubstate.lower()}" if pub.pubstate else year


def _join(*pieces: str) -> str:
    """The pieces parted by commas, each without the comma, colon or semicolon an export left at
    its end (`booktitle = {Proceedings of the Conference,}`: not "Conference,, pages 1–2")."""
    return ", ".join(stripped for piece in pieces if piece and (stripped := _undangled(piece)))


def _undangled(piece: str) -> str:
    """The piece without the punctuation at its end (looked for only where its last character is
    one: a regular expression anchored at the end tries every position, 8 µs a piece)."""
    return _DANGLING.sub("", piece) if piece[-1] in " ,:;\t\n" else piece


_DANGLING = re.compile(r"(?:\s|[,:]|(?<![\w#]);)+$")  # not the ";" that ends a character reference ("&amp;")


# the fields that number a paper in an online journal or proceedings, shown where its pages would be
# (bioRxiv's and medRxiv's BibTeX name a preprint's number `elocation-id`)
ARTICLE_NUMBERS = ("eid", "article-number", "articleno", "elocation-id")


def _pages(pub: Publication) -> str:
    pages = _one_page_alone(_part(pub, "pages"))
    if not pages:
        return ""
    if pages[:6].lower() == "arxiv:":
        return pages  # NASA ADS's place of an arXiv paper: "arXiv e-prints, arXiv:1909.13014"
    if pub.kind == "preprint" and POSTED_NUMBER.fullmatch(pages):
        return pages  # its number on bioRxiv or medRxiv, where Zotero puts it: "bioRxiv, 2022.03.28.486085"
    if not pub.fields.get("pages") and any(pub.fields.get(name) for name in ARTICLE_NUMBERS):
        return f"article {pages}"  # ACM's `articleno` of a CHI paper: "CHI EA '24, article 306", not "page 306"
    if _IN_WORDS.fullmatch(pages):
        return pages  # where the pages will be, said in words: `pages = {to be published}`, `{in press}`
    if _ARTICLE_NUMBER.fullmatch(pages):
        return pages  # an online journal's number of the paper: "Advanced Science, e23401", not "page e23401"
    return f"pages {pages}" if "–" in pages or "," in pages else f"page {pages}"


# a paper's number on bioRxiv or medRxiv (its DOI's end, the day it was posted first), in `pages` as Zotero writes it
POSTED_NUMBER = re.compile(r"\d{4}\.\d{2}\.\d{2}\.\d{5,}(?:v\d+)?")
# pages said in words, not numbered: "in press", "to be published"; not roman numerals ("xii") or "??"
_IN_WORDS = re.compile(r"(?![ivxlcdm]+$)[^\W\d_]+(?:\s+[^\W\d_]+)*", re.IGNORECASE)
# a paper's number in an online journal, where `pages` would be: Wiley's and PLOS's "e23401", Oxford's
# "kiae557"; not a page with a letter ("R1155", Current Biology's; "S12", a supplement's)
_ARTICLE_NUMBER = re.compile(r"[a-z]+\d{3,}")


def _one_page_alone(pages: str) -> str:
    """A one-page work written as a range ("195--195", as Nelson Beebe's bibliographies write
    every one) as its page: "195"."""
    first, dash, last = pages.partition("–")
    return first.strip() if dash and first.strip() == last.strip() else pages


def _editors(pub: Publication) -> str:
    if not pub.editors or not pub.authors:
        return ""
    return format_names(pub.editors) + (", editors" if len(pub.editors) > 1 else ", editor")


def _edited_and_translated(pub: Publication, credits: Credits) -> list[str]:
    """Who edited and who translated the work, sentences after its title, as biblatex's styles
    write them ("Edited by D. W. Lucas.", "Translated by Monika B. Vizedom and Gabrielle L.
    Caffee.", "Edited and translated by ..." when they are the same); BibTeX's plain leaves a
    book's editors out when it has authors, and has no translators. Members' names are linked
    and the page owner's emphasised, as the authors' are (`credits`, by `pub.contributors`)."""
    edited, translated = pub.work_editors, pub.translators
    marks, links = credits.marks, credits.links
    if edited and [name.display for name in edited] == [name.display for name in translated]:
        return [f"Edited and translated by {format_names(edited, marks, links)}"]
    n = len(edited)
    return [
        f"{verb} by {format_names(names, marks[at : at + len(names)], links[at : at + len(names)])}"
        for verb, names, at in (("Edited", edited, 0), ("Translated", translated, n))
        if names
    ]


@dataclass(frozen=True)
class Credits:
    """How the contributors' names show (`Publication.contributors`, by position): each member's
    linked to their page (`links`), the page owner's emphasised (`marks`, the class)."""

    links: Sequence[str | None] = ()
    marks: Sequence[str | None] = ()


NO_CREDITS = Credits()


def _volume_of_series(pub: Publication) -> str:
    """BibTeX plain's `format.bvolume`: "volume 5 of LNCS", "volume 5"; nothing without a volume.
    A volume of a multi-volume work (biblatex's `maintitle`) is one of that work, as plain writes
    one of a series: "volume 3 of Histoire du christianisme" (the work alone without a volume)."""
    volume, whole = _part(pub, "volume"), _part(pub, "maintitle") or _part(pub, "series")
    if volume and whole:
        return f"volume {volume} of {whole}"
    return f"volume {volume}" if volume else _part(pub, "maintitle")


def _volumes(pub: Publication) -> str:
    """How many volumes a multi-volume work has, as biblatex prints its `volumes` ("2 volumes", a
    sentence of its own); not a volume's, which says which one it is ("volume 3 of W")."""
    volumes = _part(pub, "volumes")
    if not volumes or _part(pub, "volume"):
        return ""
    return f"{volumes} volumes" if volumes.isdigit() and volumes != "1" else volumes


def _number_in_series(pub: Publication, word: str = "number") -> str:
    """BibTeX plain's `format.number.series`, for a work that has no volume: "number 42 in
    Springer Series in Statistics" ("Number" opening a sentence), or the series alone; nothing
    when the volume said it (a volume of a multi-volume work says the work, not the series)."""
    number, series = _part(pub, "number"), _part(pub, "series")
    if (_part(pub, "volume") and not _part(pub, "maintitle")) or not (number or series):
        return ""
    if not number:
        return series
    return f"{word} {number} in {series}" if series else f"{word} {number}"


def _in_series(pub: Publication) -> str:
    """Where a work is in its series, on the title's or the book's sentence ("volume 5 of LNCS",
    "number 42 in Lecture Notes in Statistics", the series alone), as plain writes a volume of
    proceedings or a chapter in one; both of a volume of a multi-volume work in a series."""
    return _join(_volume_of_series(pub), _number_in_series(pub))


def _proceedings(pub: Publication) -> list[str]:
    # a `journal` where `booktitle` belongs (al-folio shows either, so its sites mix them) is the venue too
    venue = _join(_editors(pub), _part(pub, "booktitle", "eventtitle", "journal", "journaltitle"), _in_series(pub), _pages(pub))
    # where the conference was, as BibTeX's styles print an @inproceedings' address; biblatex keeps that
    # in `venue` and the publisher's city in `location`
    where = _join(_part(pub, "venue", "address", "location"), _part(pub, "organization"), _part(pub, "publisher"))
    return [_join("In " + venue if venue else "", where, _year(pub))]


def _article(pub: Publication) -> list[str]:
    journal = _part(pub, "journal", "journaltitle", "booktitle")  # a `booktitle` in its place, as al-folio shows it
    issue, pages = _issue(pub), _one_page_alone(_part(pub, "pages"))
    # "521:436–444", but "521, in press", not "521:in press"
    where = (
        f"{issue}:{pages}" if issue and pages and not _IN_WORDS.fullmatch(pages) else _join(issue, _pages(pub) if pages else "")
    )
    if pub.kind == "preprint" and not journal:
        journal = _eprint(pub)
    return [_join(journal, _part(pub, "issuetitle"), where, _year(pub))]  # a special issue's title after the journal


def _issue(pub: Publication) -> str:
    """A journal's volume and number as an article cites them: "35(4)", "35", "(4)"."""
    volume, number = _part(pub, "volume"), _part(pub, "number", "issue")
    return volume + (f"({number})" if number else "") if volume else (f"({number})" if number else "")


def _periodical(pub: Publication) -> list[str]:
    """A journal's whole issue (biblatex's @periodical, a special issue its guest editors list):
    its volume and number on the journal's sentence, then the issue's own title ("Computers and
    Graphics, volume 35, number 4. Semantic 3D Media and Content, 2011."); it was the journal and
    the year alone."""
    volume, number = _part(pub, "volume"), _part(pub, "number", "issue")
    issue = _join(f"volume {volume}" if volume else "", f"number {number}" if number else "")
    return [_Clause(issue), _join(_part(pub, "issuetitle"), _part(pub, "publisher"), _year(pub))]


# how a preprint's archive is named before its identifier (arXiv's as Google Scholar writes it)
_PREPRINT_IN = {"arxiv": "arXiv preprint arXiv:", "hal": "HAL preprint "}


def _eprint(pub: Publication) -> str:
    """A preprint's archive and identifier ("arXiv preprint arXiv:2101.00001"); "Preprint" when
    its eprint is none or of another archive (a HAL preprint was "arXiv preprint arXiv:hal-...")."""
    archive, _ = eprint_of(pub.fields)
    eprint = _part(pub, "eprint")
    if archive == "arxiv" and eprint[:6].lower() == "arxiv:":
        eprint = eprint[6:].lstrip()  # `eprint = {arXiv:2101.00001}`: the prefix once
    return _PREPRINT_IN[archive] + eprint if eprint and archive in _PREPRINT_IN else "Preprint"


def _book(pub: Publication) -> list[str]:
    """As plain writes a book: its volume of a series on the title's sentence, else its number in
    the series a sentence of its own ("T. Number 42 in Lecture Notes in Statistics. P, 2011.")."""
    return [
        _Clause(_volume_of_series(pub)),
        _volumes(pub),
        _number_in_series(pub, "Number"),
        _edition(_part(pub, "edition")),
        _join(_part(pub, "publisher"), _part(pub, "address", "location"), _year(pub)),
    ]


def _proceedings_volume(pub: Publication) -> list[str]:
    """As plain writes proceedings: where they are in their series on the title's sentence ("T,
    number 3 in LNCS. P, 2011.")."""
    return [
        _Clause(_in_series(pub)),
        _volumes(pub),
        _edition(_part(pub, "edition")),
        _join(_part(pub, "publisher"), _part(pub, "address", "location"), _year(pub)),
    ]


_SAYS_EDITION = re.compile(r"\b(?:edition|ed\.|edn\.?)\s*$", re.IGNORECASE)
# an edition written as a phrase of its own, which " edition" after it would garble ("Version 1.0.
# edition"): a printing, a reprint, a version or release, one in other words ("2. Auflage"), a
# list ("11th printing, rev.") or a sentence ("Reprinted with corrections.")
_EDITION_PHRASE = re.compile(
    r"[,.]|\b(?:printing|reprint(?:ed)?|repr|version|ver|release|auflage|édition|edición|edizione)\b", re.IGNORECASE
)

# the stop that ends a phrase written as a sentence ("Version 1.04.", "Reprinted with corrections."):
# not an abbreviation's ("11th printing, rev."); the citation puts its own stop or comma after it
_SENTENCE_STOP = re.compile(r"(?:(?<=\d)|(?<=\w{5}))\.$")


def _edition(edition: str) -> str:
    """biblatex's `edition = {2}` as "2nd edition", as its styles print it; "Second" as "Second
    edition", "Second revised" as "Second revised edition"; one that says so already ("2nd ed.",
    "Revised edition") or is a phrase of its own (`_EDITION_PHRASE`: "ninth Dover printing, tenth
    GPO printing", as Zotero exports it) as it is, as biblatex prints an edition that is no number."""
    if not edition or _SAYS_EDITION.search(edition):
        return edition
    if _EDITION_PHRASE.search(edition):
        return _SENTENCE_STOP.sub("", edition)
    if edition.isdigit():
        number = int(edition)
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        edition = f"{number}{suffix}"
    return f"{edition} edition"


def _in_collection(pub: Publication) -> list[str]:
    book = _part(pub, "booktitle")
    # a volume of a set whose title it has from its `crossref` as the book it is in, and as its
    # series too (BibTeX's xampl.bib): "In The Art of Computer Programming, volume 1", once
    place = (
        f"volume {_part(pub, 'volume')}" if book and book == _part(pub, "series") and _part(pub, "volume") else _in_series(pub)
    )
    venue = _join(_editors(pub), book, place, _chapter(pub), _pages(pub))
    return ["In " + venue if venue else "", _published(pub)]


def _published(pub: Publication) -> str:
    """Who published a part of a book, where, its edition and year, as plain writes them: "Academic
    Press, New York, third edition, 1977"."""
    return _join(
        _part(pub, "publisher"), _part(pub, "address", "location"), _in_sentence(_edition(_part(pub, "edition"))), _year(pub)
    )


def _in_sentence(words: str) -> str:
    """Words that open a sentence, within one: "Second edition" as "second edition" (not "IEEE")."""
    first = words.split(" ", 1)[0]
    return words[:1].lower() + words[1:] if first[1:].islower() else words


def _chapter(pub: Publication) -> str:
    """ "chapter 3", or as its `type` names the part, as plain's `format.chapter.pages`: "section
    1.2", "appendix B"; a type of more words is a reference manager's (EndNote's "Book Section")."""
    chapter, kind = _part(pub, "chapter"), _part(pub, "type").strip()
    if not chapter:
        return ""
    return f"{_in_sentence(kind) if kind and ' ' not in kind else 'chapter'} {chapter}"


def _in_book(pub: Publication) -> list[str]:
    if _part(pub, "booktitle"):
        return _in_collection(pub)
    return [
        _Clause(_join(_volume_of_series(pub), _chapter(pub), _pages(pub))),
        _number_in_series(pub, "Number"),
        _published(pub),
    ]


# biblatex's `type` takes its localisation keys (`patentus`: BIBSTRINGS), which its styles print as
# words; these are BibTeX types' names, or where sitegen's word differs from biblatex's
_TYPE_NAMES = {"mastersthesis": "Master’s thesis", "software": "Software"}


def type_words(kind: str) -> str:
    """A `type` field as words: biblatex's type keys (`phdthesis`, `patentus`) as the words they
    stand for, starting a clause ("Technical report 99-02"), any other as written."""
    key = kind.strip().lower()
    if found := _TYPE_NAMES.get(key) or BIBSTRINGS.get(key):
        return found[:1].upper() + found[1:]
    return kind


def _kind(pub: Publication, default: str) -> str:
    """The `type` field, or `default`; biblatex's type keys (`phdthesis`) as the words they stand for."""
    kind = _part(pub, "type")
    return type_words(kind) if kind else default


def _thesis(pub: Publication) -> list[str]:
    default = {"phdthesis": "PhD thesis", "mastersthesis": "Master’s thesis"}.get(pub.entry_type, "Thesis")
    kind = _kind(pub, default)
    if kind.lower() == "thesis":  # EndNote's `type = {Thesis}` on a @phdthesis says less than the type
        kind = default
    return [_join(kind, _part(pub, "school", "institution"), _part(pub, "address", "location"), _year(pub))]


def _report(pub: Publication) -> list[str]:
    kind = _kind(pub, "Technical Report")
    number = _part(pub, "number")
    return [_join(f"{kind} {number}" if number else kind, _part(pub, "institution"), _part(pub, "address"), _year(pub))]


def _misc(pub: Publication) -> list[str]:
    """As biblatex writes a @misc or an @unpublished: what kind of work it is (its `type`, a talk's
    "Invited talk"), how it was issued, and the event it was given at ("NeurIPS Workshop on
    Weather, Vancouver, Canada": Zotero's presentations), then the date."""
    how = _part(pub, "howpublished", "organization", "publisher", "institution")
    if not how and pub.kind == "preprint":
        how = _eprint(pub)
    kind = _kind(pub, "")  # as written ("dataset"), or a biblatex key's words
    return _issued(pub, _join(how, _part(pub, "eventtitle")), kind[:1].upper() + kind[1:])


def _manual(pub: Publication) -> list[str]:
    """As BibTeX's plain writes a manual: the organization that issued it and where ("R
    Foundation for Statistical Computing, Vienna, Austria, 2023", as R's own citation has it),
    after IEEEtran's `howpublished` ("ser. Blue Book, No. 4")."""
    return _issued(pub, _join(_part(pub, "howpublished"), _part(pub, "organization", "publisher", "institution")))


def _issued(pub: Publication, how: str, kind: str = "") -> list[str]:
    """A work issued otherwise than in a book or journal: what `kind` of work it is, its version
    (software, datasets), how and where it was issued (biblatex's `location` of a @misc, plain's
    `address` of a manual), its edition and year."""
    version = _part(pub, "version")
    if version[:1] in "vV" and version[1:2].isdigit():
        version = version[1:]  # Zenodo's "v1.2": "Version 1.2"
    edition = _in_sentence(_edition(_part(pub, "edition")))  # a manual's, as BibTeX's plain style places it
    where = _part(pub, "venue", "address", "location")  # where an event was, else where it was issued
    return [_join(kind, f"Version {version}" if version else "", how, where, edition, _year(pub))]


def _patent(pub: Publication) -> list[str]:
    kind, number = _kind(pub, "Patent"), _part(pub, "number")  # `type = {US Patent}`, biblatex's `patentus`
    return [_join(f"{kind} {number}" if number else kind, _part(pub, "holder", "assignee"), _year(pub))]


def _standard(pub: Publication) -> list[str]:
    """A standard by its number, which names it ("ISO/IEC 27001:2022"), then who issued it."""
    issuer = _part(pub, "organization", "institution", "publisher", "howpublished")
    return [_join(_part(pub, "number"), issuer, _year(pub))]


_FORMATTERS: dict[str, Callable[[Publication], list[str]]] = {
    "article": _article,
    "inproceedings": _proceedings,
    "conference": _proceedings,
    "book": _book,
    "mvbook": _book,
    "proceedings": _proceedings_volume,
    "collection": _book,
    "booklet": _misc,
    "manual": _manual,
    "incollection": _in_collection,
    "inbook": _in_book,
    "bookinbook": _in_collection,
    "phdthesis": _thesis,
    "mastersthesis": _thesis,
    "thesis": _thesis,
    "techreport": _report,
    "report": _report,
    "patent": _patent,
    "standard": _standard,
    "periodical": _periodical,
}
