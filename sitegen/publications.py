"""Raw .bib entries -> `Publication`s: checks, crossref, dates, links, converted fields.

Everything a page shows is decided here, once per entry, so templates only place ready values.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import hashlib
import html
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitegen import abstracts, authormarks
from sitegen.bibformat import format_entry, note_without_bookkeeping
from sitegen.bibtex import ENTRY_TYPES, MONTHS, ParsedChunk, RawEntry, plain_values
from sitegen.citation import ARTICLE_NUMBERS, join_names
from sitegen.databases import (
    as_the_paper,
    database_of,
    exported_type,
    title_key,
    venue_in_title_case,
    without_arxiv_classes,
    without_mesh_check_tags,
    without_workflow_tags,
)
from sitegen.errors import Report
from sitegen.i18n import language_tag
from sitegen.latex import Converted, LatexConverter
from sitegen.latex_symbols import CROSS_REFERENCES
from sitegen.linkfields import (
    LINK_NAMES,
    OTHER,
    LinkFields,
    eprint_of,
    is_web_address,
    link_fields,
    unlinked_eprint_type,
)
from sitegen.metrics import metric_links
from sitegen.model import CITING_PARTS, Name, Publication, alias_keys, page_address, year_label
from sitegen.names import (
    MAY_HOLD_MARK,
    NameParser,
    annotated,
    listed_otherwise,
    listed_with_commas,
    marks_reversed,
    notes_of,
    too_many_commas,
    without_emphasis,
)
from sitegen.related import RELATED_TYPES, related_keys, reviews
from sitegen.slugs import slugify
from sitegen.urls import (
    Link,
    from_ctan,
    is_email_address,
    is_external,
    is_readable_url,
    is_safe_url,
    split_url,
    web_address,
    with_tildes,
    written_without_scheme,
)
from sitegen.versions import copy_key, first_family, in_two_files
from sitegen.xdata import XDATA, XdataResolver

SHOWN_FIELDS = [
    "booktitle",
    "eventtitle",
    "journal",
    "journaltitle",
    "issuetitle",  # biblatex's: a special issue's title
    "series",
    "maintitle",  # biblatex's: the multi-volume work a volume is one of
    "volume",
    "volumes",  # biblatex's: how many volumes a multi-volume work has
    "number",
    "issue",
    "chapter",
    "pages",
    "edition",
    "school",
    "institution",
    "organization",
    "publisher",
    "address",
    "location",
    "venue",  # biblatex's: where a conference was held (Zotero's "Event place")
    "howpublished",
    "note",
    "addendum",
    "type",
    "eprint",
    "version",
    "holder",
    "assignee",
    "year",
    # al-folio's display fields: a venue badge, an award, a remark after the citation
    "abbr",
    "award",
    "award_name",
    "additional_info",
    "collaboration",  # INSPIRE-HEP's: the experiment whose collaboration wrote the paper
    "relatedstring",  # biblatex's: what the entry's related works are to it, in its own words (related.py)
]

# where al-folio keeps the files its link fields name by file name alone (`pdf = {paper.pdf}` is
# assets/pdf/paper.pdf there): looked in too, after static/ itself, so a copied al-folio site works
_AL_FOLIO_FOLDERS = {
    "preview": "assets/img/publication_preview/",
    "pdf": "assets/pdf/",
    "supp": "assets/pdf/",
    "poster": "assets/pdf/",
    "slides": "assets/pdf/",
    "html": "assets/html/",
}
_URL_ESCAPES = re.compile(r"\\([%_#&$~{}])|[{}]")
_LATEX_LINE_BREAK = re.compile(r"\\(?:newline|linebreak|allowbreak)(?![a-zA-Z])\s*|\\\\\s*")
_LATEX_LINK = re.compile(r"\\(?:url|href|nolinkurl|path)\s*\{([^{}]*)\}")  # the address a link field wraps in its command
_PREPRINT_VENUE = re.compile(r"arxiv|biorxiv|medrxiv|chemrxiv|ssrn|preprint|\bcorr\b|openreview", re.IGNORECASE)
# a conference's proceedings given as an @article's journal, as Google Scholar exports NeurIPS papers
# ("Advances in Neural Information Processing Systems") and as many write CVPR's and AAAI's; not
# journals called Proceedings (of the National Academy of Sciences, of the IEEE, of the Royal Society)
_CONFERENCE_AS_JOURNAL = re.compile(
    r"\b(?:conference|symposium|workshop|congress)\b|^\W*advances in neural information processing systems", re.IGNORECASE
)
_YEAR = re.compile(r"\d{4}")
# Fields that hold a record's identifier in an archive: the address it is put after, and what a
# value may already start with (the address itself, or a `doi:`-style prefix) that is taken off
_ARCHIVES = {
    "doi": ("https://doi.org/", re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)+", re.I)),  # doi.org/doi:10.1/x too
    "arxiv": ("https://arxiv.org/abs/", re.compile(r"^(?:arxiv:|https?://arxiv\.org/(?:abs|pdf)/)", re.I)),
    "hal": ("https://hal.science/", re.compile(r"^(?:hal:\s*|https?://hal\.(?:science|archives-ouvertes\.fr)/)", re.I)),
    "pmid": ("https://pubmed.ncbi.nlm.nih.gov/", re.compile(r"^(?:pmid:\s*|https?://pubmed\.ncbi\.nlm\.nih\.gov/)", re.I)),
    "mrnumber": ("https://mathscinet.ams.org/mathscinet-getitem?mr=", re.compile(r"^MR\s*", re.I)),
    "zbl": ("https://zbmath.org/?q=an:", re.compile(r"^(?:zbl\s*|https?://zbmath\.org/\?q=an:)", re.I)),
    "pmcid": (
        "https://pmc.ncbi.nlm.nih.gov/articles/",
        re.compile(r"^(?:pmcid:\s*|https?://(?:www\.ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov)/articles/)", re.I),
    ),
    "jstor": ("https://www.jstor.org/stable/", re.compile(r"^(?:jstor:\s*|https?://(?:www\.)?jstor\.org/stable/)", re.I)),
    "hdl": ("https://hdl.handle.net/", re.compile(r"^(?:hdl:\s*|https?://hdl\.handle\.net/)", re.I)),
    "googlebooks": ("https://books.google.com/books?id=", re.compile(r"^https?://books\.google\.[a-z.]+/books\?id=", re.I)),
    "ctan": ("https://ctan.org/pkg/", re.compile(r"^https?://(?:www\.)?ctan\.org/pkg/", re.I)),
}
_IN_URL = {
    "doi": re.compile(r"https?://(?:dx\.)?doi\.org/(?:doi:\s*)?10\.|(?:doi:\s*)?10\.\d{4,9}/\S", re.IGNORECASE),  # or bare
    "arxiv": re.compile(r"https?://(?:www\.)?arxiv\.org/abs/", re.IGNORECASE),
    "pmid": re.compile(r"https?://pubmed\.ncbi\.nlm\.nih\.gov/\d+/?$", re.IGNORECASE),
    "hal": re.compile(r"https?://hal\.(?:science|archives-ouvertes\.fr)/[a-z]+-\d+(?:v\d+)?/?$", re.IGNORECASE),
    "pmcid": re.compile(r"https?://(?:www\.ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov)/articles/PMC\d+/?$", re.I),
    "jstor": re.compile(r"https?://(?:www\.)?jstor\.org/stable/\d+/?$", re.IGNORECASE),  # as JSTOR's own export gives it
    "hdl": re.compile(r"https?://hdl\.handle\.net/\d[\d.]*/\S+$", re.IGNORECASE),  # as DSpace's and EPrints' exports give it
}
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_DOI_KEY = re.compile(r"10\.\d{4,9}/\S+$")
_ARXIV_DOI = re.compile(r"10\.48550/arxiv\.(\S+)$", re.IGNORECASE)  # the DOI arXiv gives each paper (DataCite's)
_ANCHOR = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_PREPRINT_SERVERS = {"biorxiv.org": "bioRxiv", "medrxiv.org": "medRxiv", "chemrxiv.org": "ChemRxiv", "ssrn.com": "SSRN"}
# open sites where a field's papers are read and reviewed: a `url` there is its button, named after it
_PAPER_SITES = {
    **_PREPRINT_SERVERS,
    "openreview.net": "OpenReview",
    "aclanthology.org": "ACL Anthology",
    "openaccess.thecvf.com": "CVF Open Access",
    "proceedings.mlr.press": "PMLR",
}
_WEB_PREFIX = re.compile(r"^https?://(?:www\.|dx\.)?")  # http/https and www./dx. variants of a link
_DATE_RANGE = re.compile(r"(\d{4})(?:-\d{1,2}){0,2}/(?:(\d{4})(?:-\d{1,2}){0,2}|\.\.)?")
_SEASONS = range(21, 25)  # EDTF's `2003-21` (spring) to `-24` (winter) in a biblatex `date`
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_SLASHED_DATE = re.compile(r"(\d{4})/(\d{1,2})(?:/(\d{1,2}))?")  # Papers' and ReadCube's "2017/06/01" (not a range, "2019/2020")
_WORDED_DATE = re.compile(
    r"(?:(?P<day>\d{1,2})\.?\s+)?(?P<month>[^\W\d_]{3,}\.?)\s+(?:(?P<day_after>\d{1,2}),?\s+)?(?P<year>\d{4})"
)
_YEAR_ALONE = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")  # German, and much of Europe's: "01.08.1993", day first
_VENUES = ("journal", "booktitle")  # the fields Google Scholar writes venues into, in sentence case
# Ways to say a work is still to come, in `year` or as biblatex's `pubstate` keys
_STATES = {
    "in press": "In press",
    "inpress": "In press",
    "to appear": "To appear",
    "forthcoming": "Forthcoming",
    "accepted": "Accepted",
    "submitted": "Submitted",
    "under review": "Under review",
    "in review": "Under review",
    "in preparation": "In preparation",
    "inpreparation": "In preparation",
    "prepublished": "Prepublished",
    "to be published": "To be published",
}
_RANGE_DASH = re.compile(r"\s*(?:-+|–|—)\s*")
_VOLUME_AGAIN = re.compile(r"\s*vol(?:ume|\.)?\s*(\d+)\b", re.IGNORECASE)  # an issue number that is the volume's
_YEAR_AND_MONTH = re.compile(r"(\d{4})–(\d{2})")  # pages as Google Scholar gives a preprint's (dash made "–")

KINDS = {
    "article": "journal",
    "inproceedings": "conference",
    "conference": "conference",
    "proceedings": "conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "book": "book",
    "mvbook": "book",
    "inbook": "book",
    "incollection": "book",
    "collection": "book",
    "bookinbook": "book",
}
# names BibTeX and biblatex do not read, written for one they do (seen in real .bib files)
_MISSPELT_FIELDS = {
    **dict.fromkeys(("vol", "vols", "volumn"), "volume"),
    **dict.fromkeys(("page", "pg", "pp"), "pages"),
    **dict.fromkeys(("authors", "auther", "autor"), "author"),
    **dict.fromkeys(("jounal", "jornal", "journals"), "journal"),
    **dict.fromkeys(("booktittle", "booktile", "book_title"), "booktitle"),
    **dict.fromkeys(("titel", "tittle"), "title"),
    **dict.fromkeys(("years", "yr"), "year"),
    "editors": "editor",
    "adress": "address",
    "notes": "note",
    "publiser": "publisher",
    "keyword": "keywords",
    "abstracts": "abstract",
    "organisation": "organization",
}
_PREPRINT_TYPES = frozenset({"preprint", "eprint", "workingpaper"})
# what a part's fields are named after the book, proceedings or journal issue it is in, as
# biblatex's inheritance rules name them (biblatex.def): a chapter's `subtitle` is its own, the
# book's its `booksubtitle` (a chapter of "Book: Book Subtitle" was "Chapter: Book Subtitle")
_BOOK_TITLES = {"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"}
# and a multi-volume work's titles are its volumes' (and their parts') `maintitle`: a volume of
# one took the work's title as a `booktitle`, which a book does not show ("Booktitle, volume 3.")
_MAIN_TITLES = {"title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"}
_TITLES_INHERITED_AS = {
    **dict.fromkeys(("proceedings", "book", "collection"), _BOOK_TITLES),
    **dict.fromkeys(("mvbook", "mvproceedings", "mvcollection", "mvreference"), _MAIN_TITLES),
    "periodical": {"title": "journaltitle", "subtitle": "journalsubtitle"},
}
# a work's own titles, which no part takes from the work it is in (biblatex's \noinherit)
_OWN_TITLES = frozenset({"title", "subtitle", "titleaddon", "shorttitle", "sorttitle", "indextitle", "indexsorttitle"})
# what biber does not inherit: a volume takes its multi-volume work's publisher, not its list of
# volumes, and a paper not its proceedings' `options = {skipbib}` (which keeps those out of the list)
_NOT_INHERITED = frozenset(
    {"crossref", "ids", "key", "sortkey", "entryset", "related", "relatedtype", "relatedstring", "relatedoptions", "options"}
)
# the types whose citation shows no booktitle: one written with a booktitle alone is titled by it
_TITLED_BY_BOOKTITLE = frozenset(
    {"book", "mvbook", "proceedings", "mvproceedings", "collection", "mvcollection", "manual", "booklet", "periodical"}
)
_DATE_FIELDS = frozenset({"date", "year", "month", "day"})
_DATE_ONLY = frozenset({"date"})
# entries that are not works: biblatex's @xdata holds fields for others (xdata.py); a static @set
# groups entries that are listed each by itself (biblatex prints them as one, in a paper's list);
# a style's settings, which IEEE's template and REVTeX's and achemso's packages write into the .bib
# (`@IEEEtranBSTCTL{BIBctrl, CTLdash_repeated_names={no}}`, `@Control{achemso-control, ...}`)
_NOT_WORKS = frozenset({XDATA, "set", "ieeetranbstctl", "control"})


@dataclass
class _Made:
    """One entry's publication as made from its fields, with the warnings making it gave.

    Line numbers in it are those of the entry when it was made; `placed` moves them to where the
    entry is now, so adding a line above an entry does not make it again.
    """

    fields: dict[str, str]
    publication: Publication | None
    warnings: list[tuple[str, tuple[object, ...]]]
    line: int
    relative_lines: dict[str, int]
    last: Publication | None = None  # the publication as placed by the last build

    def placed(self, line: int, order: int, anchor: str, container: bool) -> Publication:
        """The publication at this place in the bibliography; the same object while it shows the same.

        Line and order change nothing that is shown (the line is for messages, the order breaks
        ties when sorting): they are updated in place, so lines added above ten thousand entries
        do not copy them all. A new anchor or container role makes a new object.
        """
        last = self.last
        if last is not None and (last.anchor, last.container) == (anchor, container):
            last.line, last.order = line, order
            return last
        made = self.publication
        assert made is not None
        same = (anchor, container) == (made.anchor, False)
        if last is None and same:  # placed for the first time, as made: no copy (10,000 entries: 25 ms)
            made.line, made.order = line, order
            self.last = made
            return made
        fingerprint = made.fingerprint if same else _digest((made.fingerprint, anchor, container))
        moved = object.__new__(Publication)  # a shallow copy; dataclasses.replace runs __init__, 10 times slower
        moved.__dict__.update(made.__dict__, line=line, order=order, anchor=anchor, container=container, fingerprint=fingerprint)
        self.last = moved
        return moved


EntryCache = dict[object, _Made]


@dataclass(frozen=True)
class PublicationOptions:
    """What of the configuration the publication pipeline needs."""

    hidden_fields: Sequence[str]


class MakingAhead:
    """The part of making a big .bib's publications that the process parsing it does while it is
    far ahead of the maker (see `computed_ahead`): converting each entry's title and abstract (the
    abstract alone is a third of making an entry) and parsing its author and editor lists. The
    results fill the maker's caches, so what it makes is the same whoever did the work. Each
    name is parsed and sent once (a lab's members are on many entries); the parsed names are not
    kept here, only which were sent."""

    # the title and the abstract's paragraphs are converted: unlike journals and venues, different in every entry
    SPLIT = ("author", "editor", "translator")

    def __init__(self, converter: LatexConverter, names: NameParser):
        self._converter = converter
        self._names = names
        self._names_sent: set[str] = set()

    def prepare(
        self, piece: ParsedChunk
    ) -> tuple[dict[str, Converted], dict[str, Converted], dict[str, list[str]], dict[str, Name]]:
        converted: dict[str, Converted] = {}
        cited: dict[str, Converted] = {}  # abstracts' paragraphs, their citations marked
        splits: dict[str, list[str]] = {}
        parsed: dict[str, Name] = {}
        for values in plain_values(piece):
            if "title" in values:
                converted[values["title"]] = self._converter.convert_for_another(values["title"])
            if "abstract" in values and not abstracts.is_markup(values["abstract"]):
                for block in abstracts.paragraphs(values["abstract"]):
                    for part in (block,) if isinstance(block, str) else block.latex():
                        cited[part] = self._converter.convert_for_another(part, citations=True)
            for name in self.SPLIT:
                if name in values:
                    splits[values[name]] = raws = self._names.raw_names(values[name])
                    parsed.update((raw, self._names.parse_for_another(raw)) for raw in raws if raw not in self._names_sent)
                    self._names_sent.update(raws)
        return converted, cited, splits, parsed

    def receive(self, prepared: object) -> None:
        converted, cited, splits, parsed = prepared  # type: ignore[misc]
        self._converter.remember(converted)
        self._converter.remember(cited, citations=True)
        self._names.remember_splits(splits, parsed)


class PublicationBuilder:
    """Turns resolved entries into publications, reporting each problem with file and line."""

    def __init__(
        self,
        converter: LatexConverter,
        report: Report,
        options: PublicationOptions,
        static_exists: Callable[[str], bool],
        names: NameParser | None = None,
        cache: EntryCache | None = None,
    ):
        self._converter = converter
        self._names = names or NameParser(converter)
        self._report: Report | _Recorder = report
        self._options = options
        self._static_exists = static_exists
        self._cache = cache if cache is not None else {}
        self.progress: Callable[[int, int], None] = lambda done, total: None  # told every 128 entries
        # the last build's entries marked `options = {dataonly}` or `{skipbib}`: not listed, but the
        # works others name as related (a reviewed book, a multi-volume work's volumes)
        self.data_only: list[Publication] = []

    @property
    def names(self) -> NameParser:
        """The name parser, shared so people's names are parsed by the same rules as authors."""
        return self._names

    def build(self, entries: list[RawEntry]) -> list[Publication]:
        """All usable entries, newest first; broken ones are reported and left out."""
        unique = self._drop_duplicates(entries)
        by_key = self._with_aliases({entry.key.lower(): entry for entry in unique}, unique)
        containers = {id(parent) for entry in unique if (parent := by_key.get(entry.fields.get("crossref", "").strip().lower()))}
        xdata = XdataResolver(by_key, self._report.warn)
        used: EntryCache = {}
        made = []
        for order, entry in enumerate(unique):
            if order % 128 == 0:
                self.progress(order, len(unique))
            if entry.entry_type in _NOT_WORKS:
                continue
            fields = self._inherit(entry, by_key, xdata)
            if "related" in fields:
                fields = self._with_related(entry, fields, by_key)
            if "booktitle" in fields and not fields.get("title", "").strip():
                fields = self._titled_by_booktitle(entry, fields)
            record = self._record(entry, fields, used)
            if record.publication is not None:
                made.append((record, entry, order))
        self._cache.clear()
        self._cache.update(used)  # what this bibliography holds now; older versions go
        anchors = _unique_anchors([record.publication.anchor for record, _, _ in made])
        publications = [
            record.placed(entry.line, order, anchor, id(entry) in containers)
            for (record, entry, order), anchor in zip(made, anchors, strict=True)
        ]
        self._warn_of_twins(publications)
        publications.sort(key=lambda pub: pub.sort_key)
        listed: list[Publication] = []
        self.data_only = []
        for pub in publications:
            (self.data_only if _data_only(pub.fields) else listed).append(pub)
        return listed

    def _say_unread_date(self, entry: RawEntry, fields: dict[str, str], dated_by: str) -> None:
        """A date sitegen cannot read, said; one before the common era (`-0044`, which biblatex
        reads) too, unless a `year` shows what it should read ("44 BC"): it was left out unsaid."""
        value = fields.get(dated_by, "").strip()
        if value.startswith("-") and not fields.get("year", "").strip():
            message = (
                "is before the common era, which sitegen does not show as a date: the entry is listed undated (write "
                'its year as it should read in `year`, "44 BC")'
            )
        elif value and not value.startswith("-") and not _state(value):
            message = "is no date sitegen can read; write it as 2024-10-30, 2024-10 or 2024"
        else:
            return
        self._report.warn(f"entry '{entry.key}': {dated_by} = {{{value}}} {message}", entry.path, entry.line_of(dated_by))

    def _date(self, entry: RawEntry, fields: dict[str, str]) -> tuple[int | None, int | None, int | None]:
        """The entry's year, month and day (`_date`); a month there is none of (`month = {14}`,
        `date = {1996-13-03}`) or a day its month has not (`date = {2020-02-30}`) is said and left
        out, as no date can be made of it (a feed's is)."""
        year, month, day = _date(fields)
        dated_by = _dated_by(fields)
        date = _date_written(fields.get(dated_by, ""))
        written = dated_by if date and date[1] is not None else "month"
        if date is None:
            self._say_unread_date(entry, fields, dated_by)
        if written == dated_by and month in _SEASONS:
            month, day = None, None  # EDTF's seasons, which biblatex reads ("Spring 2003"): the year alone here
        elif month is not None and not 1 <= month <= 12:
            self._report.warn(
                f"entry '{entry.key}': {written} = {{{fields[written]}}} names no month (1 to 12); the month is left out",
                entry.path,
                entry.line_of(written),
            )
            month, day = None, None
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
            self._report.warn(
                f"entry '{entry.key}': {written} = {{{fields[written]}}} names no day of that month; the day is left out",
                entry.path,
                entry.line_of(written),
            )
            day = None
        return year, month, day

    def _warn_of_twins(self, publications: list[Publication]) -> None:
        """One paper exported twice under two keys (from Scholar and from DBLP) would be listed twice:
        said, so that one can go. A journal version of a conference paper, or its preprint, has
        another type or year, and is not taken for a twin, nor is a work of the same title by another
        first author. In two files (two members' own) the paper is listed once (versions.py) and
        nothing is said."""
        first: dict[tuple[str, int | None, str], Publication] = {}
        by_author: dict[tuple[str, int | None, str, str], Publication] = {}  # the others of a title, by first author
        for pub in publications:  # in the files' order: the later one is named
            twin = first.setdefault((pub.title_key, pub.year, pub.kind), pub)
            if twin is pub or pub.container:
                continue  # nearly every entry: their copy keys (first authors) took 52 of 63 ms at 10,000
            if (mine := first_family(pub)) and (theirs := first_family(twin)) and not _alike(mine, theirs):
                # "Editorial", "Review of Frank Sear, Roman Theatres" by two people: two works
                twin = by_author.setdefault((pub.title_key, pub.year, pub.kind, mine), pub)
                if twin is pub:
                    continue
            if (found := copy_key(pub)) is None or found != copy_key(twin) or not in_two_files(twin, pub):
                self._report.warn(
                    f"entry '{pub.key}' has the title, year and type of '{twin.key}' ({twin.path.name}:{twin.line}); "
                    "if they are one paper, remove one of them",
                    pub.path,
                    pub.line,
                )

    def prepare(self, entry: RawEntry) -> Publication | None:
        """Make an entry's publication before `build`, if it needs no other entry (no crossref or xdata):
        a big file's entries are made while the rest of it is still being parsed. The publication
        as made (None if not made yet or not usable); `build` places it in the bibliography."""
        if "crossref" in entry.fields or XDATA in entry.fields or entry.entry_type in _NOT_WORKS:
            return None
        return self._made(entry, entry.fields, id(entry.fields)).publication

    def _record(self, entry: RawEntry, fields: dict[str, str], used: EntryCache) -> _Made:
        """The publication for these fields, with its warnings given again (each build gives them)."""
        key = self._key(entry, fields)
        made = used[key] = self._made(entry, fields, key)
        for method, arguments in made.warnings:
            *rest, line = arguments
            getattr(self._report, method)(*rest, line + entry.line - made.line if line is not None else None)
        return made

    def _made(self, entry: RawEntry, fields: dict[str, str], key: object) -> _Made:
        """The publication for these exact fields, made once while they stay the same."""
        made = self._cache.get(key)
        stale = made is None or (made.fields is not fields and key == id(fields))
        if stale or (made.relative_lines is not entry.field_lines and made.relative_lines != entry.field_lines):
            made = self._cache[key] = self._make(entry, fields)
        return made

    @staticmethod
    def _key(entry: RawEntry, fields: dict[str, str]) -> object:
        """Unchanged entries come back as the same `fields` object (the resolver caches them), so the
        identity is the key; an entry filled in from its crossref gets a new dict, so its content is."""
        return id(fields) if fields is entry.fields else (entry.entry_type, entry.key, entry.path, tuple(fields.items()))

    def _make(self, entry: RawEntry, fields: dict[str, str]) -> _Made:
        recorder, report = _Recorder(), self._report
        self._report = recorder
        try:
            publication = self._publication(entry, fields)
        finally:
            self._report = report
        if publication is not None:
            publication.fingerprint = _entry_digest(entry.entry_type, entry.key, fields, self._converter.defined)
        return _Made(fields, publication, recorder.calls, entry.line, entry.field_lines)

    def _drop_duplicates(self, entries: list[RawEntry]) -> list[RawEntry]:
        """One entry per key. A second entry under a key that is another paper (ResearchGate exports
        every paper as `@article{article,`) is kept under a key of its own ("article-2"), with a
        warning; the same paper again is left out, with a warning when it is in the same file: in
        another, it is a lab's usual case (each member's file holds the papers they co-wrote)."""
        first_seen: dict[str, RawEntry] = {}
        for entry in entries:
            if " " in entry.key:
                entry = self._without_spaces(entry)
            elif not entry.key:
                entry = self._keyed(entry, {*first_seen, *(other.key.lower() for other in entries)})
            earlier = first_seen.get(entry.key.lower())
            if earlier is None:
                first_seen[entry.key.lower()] = entry
            elif _title_words(entry) != _title_words(earlier):
                renamed = _renamed(entry, first_seen)
                first_seen[renamed.key.lower()] = renamed
                self._report.warn(
                    f"duplicate key '{entry.key}': also defined at {earlier.path}:{earlier.line} for another paper; "
                    f"this one is listed as '{renamed.key}' (give it a key of its own, so that it can be cited)",
                    entry.path,
                    entry.line,
                )
            elif entry.path == earlier.path:
                self._report.warn(
                    f"duplicate key '{entry.key}': also defined at {earlier.path}:{earlier.line}; "
                    "this one is skipped, as the same paper (remove one of them, or give another paper a key of its own)",
                    entry.path,
                    entry.line,
                )
        return list(first_seen.values())

    def _keyed(self, entry: RawEntry, taken: set[str]) -> RawEntry:
        """An entry written without a key (`@article{, ...`), which BibTeX cannot read and no text
        can cite, under one made as Google Scholar makes them (lovelace2020notes)."""
        from sitegen.doi import free_key, scholar_key  # only for this mistake: it imports urllib

        first_author = entry.fields.get("author", "").split(" and ")[0]
        key = free_key(scholar_key(first_author, entry.fields.get("year", ""), entry.fields.get("title", "")), taken)
        self._report.warn(
            f"this entry has no key, which BibTeX cannot read and no text can cite; it is listed as '{key}' "
            f"(write that key, or one of your own, after '@{entry.entry_type}{{')",
            entry.path,
            entry.line,
        )
        return _under_key(entry, key)

    def _without_spaces(self, entry: RawEntry) -> RawEntry:
        """An entry whose key holds a space (Scopus makes keys of family names: `De Souza2023`),
        which BibTeX cannot read and Markdown cannot cite, under the key without it."""
        key = "".join(entry.key.split())
        self._report.warn(
            f"entry key '{entry.key}' has a space, which BibTeX cannot read; it is shown as '{key}' (write it so)",
            entry.path,
            entry.line,
        )
        return _under_key(entry, key)

    def _with_aliases(self, by_key: dict[str, RawEntry], entries: list[RawEntry]) -> dict[str, RawEntry]:
        """The entries by lower-cased key and by the aliases their `ids` give (biblatex's: a
        `crossref`, `xdata` or `related` may name an entry by one); an alias that is another entry's
        key or alias is said and left out, as biber does."""
        aliased = [(entry, alias) for entry in entries if "ids" in entry.fields for alias in alias_keys(entry.fields)]
        if not aliased:
            return by_key  # nearly every bibliography
        by_key = dict(by_key)
        for entry, alias in aliased:
            if (other := by_key.setdefault(alias.lower(), entry)) is not entry:
                self._report.warn(
                    f"entry '{entry.key}' has the alias '{alias}' (ids), which is already '{other.key}''s "
                    f"{'key' if other.key.lower() == alias.lower() else 'alias'}; it is left out (remove it from one of them)",
                    entry.path,
                    entry.line_of("ids"),
                )
        return by_key

    def _inherit(
        self, entry: RawEntry, by_key: dict[str, RawEntry], xdata: XdataResolver, chain: tuple[int, ...] = ()
    ) -> dict[str, str]:
        """The entry's fields with what it takes from @xdata entries in place (first, as biber
        does) and its `crossref` parent's filled in, as BibTeX and biblatex do, and the parent's
        from its own parent in turn (`chain`: the ids of the entries on the way, for a loop)."""
        fields = xdata.fields(entry) if xdata.concerns(entry) else entry.fields
        target = fields.get("crossref")
        if not target:
            return fields  # the same object as last build when unchanged: the cache's key
        fields = dict(fields)
        parent = by_key.get(target.strip().lower())
        if parent is None or parent is entry or id(parent) in chain:
            why = (
                "which is not in the bibliography; nothing is taken from it (fix the key, or add the entry to a .bib file)"
                if parent is None
                else "which takes its fields from this entry in turn; nothing is taken from it (remove one of the crossrefs)"
            )
            self._report.warn(f"entry '{entry.key}' has crossref '{target}', {why}", entry.path, entry.line_of("crossref"))
            return fields
        inherited = self._inherit(parent, by_key, xdata, (*chain, id(entry)))
        del fields["crossref"]  # the entry we show is complete by itself
        kept = _NOT_INHERITED | _OWN_TITLES | _dates_kept(fields, inherited)
        renamed = _TITLES_INHERITED_AS.get(parent.entry_type, {})
        if "title" in inherited and renamed and renamed["title"] not in fields:  # its own booktitle keeps its own parts
            for name, as_name in renamed.items():
                if name in inherited:
                    fields.setdefault(as_name, inherited[name])
            kept |= frozenset(renamed.values())  # the parent's own booksubtitle is its book's (a volume's, its set's)
        for name, value in inherited.items():
            if name not in kept:
                fields.setdefault(name, value)
        return fields

    def _titled_by_booktitle(self, entry: RawEntry, fields: dict[str, str]) -> dict[str, str]:
        """The fields of a book, proceedings or manual written with a `booktitle` for its title
        (as its papers name it: ieeepes' "Publication Guide", a @proceedings copied from its
        papers), with that as its title, said; its citation showed no title, as its type shows
        no booktitle. A part of a book keeps its booktitle as the book's."""
        if _standard_type(exported_type(entry.entry_type, fields), fields) not in _TITLED_BY_BOOKTITLE:
            return fields
        self._report.warn(
            f"entry '{entry.key}' has a booktitle but no title; its booktitle is shown as its title (rename the field title)",
            entry.path,
            entry.line_of("booktitle"),
        )
        return {**fields, "title": fields["booktitle"]}

    def _with_related(self, entry: RawEntry, fields: dict[str, str], by_key: dict[str, RawEntry]) -> dict[str, str]:
        """The fields of an entry naming related works (biblatex's `related`), each key of none
        said; a review written without a title (as biblatex's styles let one be) titled by what
        it reviews, "Review of Frank Sear, Roman Theatres", so that it is listed and has a page."""
        keys = related_keys(fields["related"])
        for key in keys:
            if key.lower() not in by_key:
                self._report.warn(
                    f"entry '{entry.key}' names the related entry '{key}', which is not in the bibliography; "
                    "it is left out (fix the key, or add the entry to a .bib file)",
                    entry.path,
                    entry.line_of("related"),
                )
        kind = fields.get("relatedtype", "").strip()
        if kind and kind.lower() not in RELATED_TYPES and not fields.get("relatedstring", "").strip():
            self._report.warn(
                f"entry '{entry.key}' has relatedtype '{kind}', which biblatex's styles have no words for; its related "
                "works are shown after 'See also' (give relatedstring the words, or use reviewof, translationof, "
                "reprintof, origpubin ...)",
                entry.path,
                entry.line_of("relatedtype"),
            )
        if fields.get("title", "").strip() or not reviews(entry.entry_type, fields):
            return fields
        works = [self._named_work(by_key[key.lower()].fields) for key in keys if key.lower() in by_key]
        if not any(works):
            return fields
        return {**fields, "title": "Review of " + "; ".join(work for work in works if work)}

    def _named_work(self, fields: dict[str, str]) -> str:
        """A work as a review's title names it, in LaTeX: "Frank Sear, Roman Theatres: An
        Architectural Study"; nothing without a title."""
        from sitegen.migrate import bib_value  # only for a review without a title

        title = _title_of(fields)
        names = [name for name in self._names.parse_list(fields.get("author") or fields.get("editor") or "") if not name.others]
        if not title or not names:
            return title
        return bib_value(join_names([name.display for name in names])) + ", " + title

    def _publication(self, entry: RawEntry, fields: dict[str, str]) -> Publication | None:
        written_type = exported_type(entry.entry_type, fields)
        entry_type = _standard_type(written_type, fields)
        if entry_type != written_type and entry_type not in (
            _TYPE_ALIASES.get(written_type),
            _BIBLATEX_ALIASES.get(written_type),
        ):
            self._report.warn(
                f"entry '{entry.key}' has the unknown type @{entry.entry_type}; it is shown as an @{entry_type}, "
                "the standard type its fields fit (say which it is: @article, @inproceedings, @misc ...)",
                entry.path,
                entry.line,
            )
        self._check_field_names(entry, fields)
        shown = _book_of_part(_with_title_parts(_shown_fields(fields)), entry_type)
        parts = {name: self._field(entry, name, _unlabelled(name, shown[name])) for name in SHOWN_FIELDS if shown.get(name)}
        explained = self._marks_explained(entry, fields.get("annotation", ""))
        if not explained and "note" in parts and _EXPLAINS_MARKS.match(parts["note"].text) and _may_mark(fields):
            explained = parts.pop("note").html.strip()  # `note = {<sup>†</sup><em>Equal contribution</em>}`: a legend
        if "pages" not in parts and (number := next((name for name in ARTICLE_NUMBERS if shown.get(name)), None)):
            parts["pages"] = self._convert(entry, number, shown[number])  # where an online journal's paper is
        _pages_readied(parts)
        _number_readied(parts)
        untitled = not shown.get("title", "").strip()
        title = self._named(entry, parts, fields) if untitled else self._title(entry, shown["title"])
        if title is None:
            return None
        year, month, day = self._date(entry, fields)
        self._year_shown(entry, fields, parts, year)
        forthcoming = "" if year else _forthcoming(fields)
        kind = "preprint" if entry.entry_type in _PREPRINT_TYPES else _kind(entry_type, fields)
        if kind == "preprint" and (posted := _posted_month(parts, year)):
            del parts["pages"]  # Google Scholar's bioRxiv `pages = {2023--09}`: when it was posted
            month = month or posted
        abstract = self._abstract(entry, fields["abstract"]) if fields.get("abstract", "").strip() else None
        named = link_fields(_identified(shown, entry.key, kind))
        links = self._links(entry, named, abstract)
        local_pdf = next((link.url for link in links if link.kind == "pdf" and link.local and not link.page), None)
        return Publication(
            key=entry.key,
            anchor=slugify(entry.key),
            entry_type=entry_type,
            kind=kind,
            fields=fields,
            authors=(authors := self._authors(entry, fields)),
            editors=self._parsed_names(entry, shown, "editor"),  # as a database's export means them
            title=title,
            untitled=untitled,
            year=year,
            month=month,
            day=day,
            abstract=abstract,
            links=links,
            bibtex=format_entry(written_type, entry.key, shown, self._hidden_fields(named)),
            path=entry.path,
            line=entry.line,
            order=0,
            parts=parts,
            local_pdf=local_pdf,
            thumbnail=self._thumbnail(entry, fields),
            keywords=tuple(self._convert(entry, "keywords", word).text for word in _keywords(shown.get("keywords", ""))),
            selected=fields.get("selected", "").strip().lower() in ("true", "yes", "1"),
            forthcoming=forthcoming,
            pubstate=_state(fields.get("pubstate", "")) if year else "",
            title_key=title_key(title.text),  # made here, while the files are still read
            year_label=year_label(year, forthcoming),
            author_notes=(notes := notes_of(authors) if _may_mark(fields) else ""),
            marks_explained=explained,
            marks_reversed=bool(notes) and _marked_by_hand(fields) and marks_reversed(authors),
            language=self._language(entry, fields),
            translators=self._parsed_names(entry, shown, "translator"),
        )

    def _hidden_fields(self, named: LinkFields) -> Sequence[str]:
        """The fields left out of the BibTeX shown: site.yml's, and the buttons of fields it does
        not name that stand for those it does (`github` for `code`; `demo` ... for `link`)."""
        hidden = self._options.hidden_fields
        if named.of_other_names:
            return (*hidden, *named.hidden_from_bibtex(frozenset(hidden)))
        return hidden

    def _marks_explained(self, entry: RawEntry, annotation: str) -> str:
        """al-folio's `annotation` ("* Equal contribution<br>† Corresponding author"), shown beside
        the authors: what their marks mean, in the entry's own words, a line each. Only one that
        starts with a mark: elsewhere `annotation` is biblatex's, a reader's notes on the work."""
        if not annotation or not _EXPLAINS_MARKS.match(annotation):
            return ""
        lines = (self._convert(entry, "annotation", line).html.strip() for line in _LINE_BREAK.split(annotation))
        return " · ".join(line for line in lines if line)

    def _authors(self, entry: RawEntry, fields: dict[str, str]) -> tuple[Name, ...]:
        authors = self._parsed_names(entry, fields, "author")
        if fields.get("author+an"):
            authors = annotated(authors, fields["author+an"])
        if authormarks.mark_fields(fields):
            marking = authormarks.marked(authors, fields, self._names.parse_list)
            for field, problem in marking.problems:
                self._report.warn(f"the field '{field}' of '{entry.key}' {problem}", entry.path, entry.line_of(field))
            authors = marking.authors
        return authors

    def _parsed_names(self, entry: RawEntry, fields: dict[str, str], field: str) -> tuple[Name, ...]:
        """An author, editor or translator field's names; a macro sitegen does not know in one is
        said once, as in any other field (it was not: MNRAS's `\\VAN` showed as "DijkVanvan")."""
        names = self._names.parse_list(self._name_list(entry, fields, field))
        for name in names:
            self._say_unknown(entry, name.unknown, entry.line_of(field))
        return names

    def _say_unknown(self, entry: RawEntry, macros: Sequence[str], line: int) -> None:
        """Each LaTeX macro sitegen does not know, once a build (a .bib may use one everywhere);
        cross-references to the paper's own labels, once an entry that has them (each is a sentence
        to reword)."""
        if references := [macro for macro in macros if macro in CROSS_REFERENCES]:
            written = ", ".join("\\" + name for name in references)
            self._report.warn_once(
                f"ref:{entry.key}",
                f"{written} in entry '{entry.key}' {'refers to a label' if len(references) == 1 else 'refer to labels'} "
                "in the paper, which the site cannot number (shown as ??, as LaTeX shows a label it cannot find); "
                'write what it means instead ("Section 3", "Figure 2")',
                entry.path,
                line,
            )
        for macro in macros:
            if macro not in CROSS_REFERENCES:
                self._report.warn_once(
                    f"macro:{macro}",
                    f"unknown LaTeX macro \\{macro} in entry '{entry.key}' (shown as its text); "
                    f"define it under latex_macros in site.yml to choose what it shows",
                    entry.path,
                    line,
                )

    def _name_list(self, entry: RawEntry, fields: dict[str, str], name: str) -> str:
        """An author or editor field; one written with commas between the names, which BibTeX
        reads as one name, is read as the names it lists, with a warning saying how to write it.
        HTML emphasis a site put around its owner's name (`<b>L. Fiondella</b>`) is left out:
        sitegen emphasises the owner on their pages."""
        value = fields.get(name, "")
        if "<" in value:
            value = _NAME_EMPHASIS.sub("", value)
        if "\\" in value:
            value = without_emphasis(value)
        if (";" in value or "&" in value) and (separators := listed_otherwise(value)):
            self._report.warn(
                f"the {name}s of '{entry.key}' are separated by {separators}, which BibTeX reads as one name; they are "
                f"read as {len(NameParser.split(value))} names: write 'and' between names (\"Smith, J. and Doe, J.\")",
                entry.path,
                entry.line_of(name),
            )
        elif _maybe_comma_listed(value) and listed_with_commas(value):
            read = [name for name in NameParser.split(value) if name != "others"]
            self._report.warn(
                f"the {name}s of '{entry.key}' are separated by commas, which BibTeX reads as one name; they are read as "
                f"{len(read)} names: write 'and' between names (\"Rahmat, J. and Pham, T.\")",
                entry.path,
                entry.line_of(name),
            )
        elif value.count(",") > 2 and (crowded := too_many_commas(value)):
            self._report.warn(
                f"the {name} '{' '.join(crowded.split())}' of '{entry.key}' has more than two commas, which no name has "
                "('von Last, Jr, First'); what follows the second is read as given names (write 'and' between "
                "names, or brace a comma that is part of one: {Smith, Barney and Co.})",
                entry.path,
                entry.line_of(name),
            )
        return value

    def _check_field_names(self, entry: RawEntry, fields: dict[str, str]) -> None:
        """Warn of a misspelt field (`vol`, `page`): BibTeX ignores it too, so its value is lost."""
        for name in sorted(name for name in fields if name in _MISSPELT_FIELDS):
            meant = _MISSPELT_FIELDS[name]
            if meant not in fields and not is_web_address(fields[name]):  # `page = {https://...}`: a button
                self._report.warn(
                    f"entry '{entry.key}' has the field '{name}', which no style reads, so its value is not shown: "
                    f"did you mean '{meant}'?",
                    entry.path,
                    entry.line_of(name),
                )

    def _field(self, entry: RawEntry, name: str, value: str) -> Converted:
        """A shown field from its LaTeX; HTML a site wrote into it (`note = {<b>Best paper</b>}`, as
        al-folio's sites do) shown, its safe inline elements kept (abstracts.from_latex_with_html);
        an address in angle brackets, as R's `citation()` writes them
        (`<https://CRAN.R-project.org/package=x>`), linked. al-folio's `additional_info` and
        `award`, which it renders as Markdown, have their links and emphasis read too."""
        if name in _AL_FOLIO_MARKDOWN:
            value = abstracts.inline_markdown_as_html(value)
        value = abstracts.zotero_markup(value)  # `{\\textless}i{\\textgreater}`: Zotero's HTML
        citations = name in CITING_PARTS  # marked, for cite.py to name the works they cite
        if "<" not in value:
            return self._convert(entry, name, value, citations)
        value = _BRACKETED_ADDRESS.sub(r"\\url{\1}", value)
        if not abstracts.has_inline_html(value):
            return self._convert(entry, name, value, citations)
        converted = abstracts.from_latex_with_html(value, functools.partial(self._converter.convert, citations=citations))
        for url in converted.unsafe_links:
            self._report.warn(
                f"unsafe link '{url}' in the {name} of '{entry.key}' is not linked", entry.path, entry.line_of(name)
            )
        return converted

    def _named(self, entry: RawEntry, parts: dict[str, Converted], fields: dict[str, str]) -> Converted | None:
        """The name of an entry without a title (`_named_by_venue`), said, as BibTeX's styles say
        "empty title" (a style that prints none lets one be left out); None, said, when nothing
        names it: it is skipped."""
        name = _named_by_venue(parts, fields)
        if name is None:
            self._report.warn(f"entry '{entry.key}' has no title; it is skipped (add a title field)", entry.path, entry.line)
        else:
            self._report.warn(
                f"entry '{entry.key}' has no title; it is listed without one, its page named '{name.text}' "
                "(add a title field to show it)",
                entry.path,
                entry.line,
            )
        return name

    def _year_shown(self, entry: RawEntry, fields: dict[str, str], parts: dict[str, Converted], year: int | None) -> None:
        """The year as the citation shows it (`parts["year"]`): as written ("1995--1996", "2023
        [1950]"), but not one its `date` contradicts (said: biber reads the date, and the entry is
        listed under it), and a `date` range of years as biblatex prints it ("1988–2009")."""
        if "year" in parts and (written := _other_year(fields, year)):
            self._report.warn(
                f"entry '{entry.key}' has date = {{{fields['date'].strip()}}} and year = {{{written}}}; the date's year "
                "is shown, as biber reads them (remove the year, or mend the date)",
                entry.path,
                entry.line_of("year"),
            )
            del parts["year"]
        if "year" not in parts and (span := _years_spanned(fields.get(_dated_by(fields), ""))):
            parts["year"] = Converted(span, span)

    def _title(self, entry: RawEntry, value: str) -> Converted:
        """The title from its LaTeX, or from the markup Crossref puts in titles (`<i>E. coli</i>`,
        which Zotero writes `{\\textless}i{\\textgreater}`)."""
        written, value = value, abstracts.zotero_markup(value)
        if "<" in value and abstracts.is_markup(value):
            converted = _from_title_markup(value, value != written, self._converter)
            for url in converted.unsafe_links:
                self._report.warn(
                    f"unsafe link '{url}' in the title of '{entry.key}' is not linked", entry.path, entry.line_of("title")
                )
            return converted
        return self._convert(entry, "title", value)

    def _abstract(self, entry: RawEntry, value: str) -> Converted:
        """The abstract's paragraphs, from its LaTeX or from the markup a publisher's export put in;
        an address written out in it ("code at https://github.com/x/y.") is a link; a database's
        copyright line at its end, and a preprint server's declarations, are left out."""
        written, value = value, abstracts.without_declarations(abstracts.without_copyright(abstracts.zotero_markup(value)))
        if abstracts.is_markup(value):
            latex_text = "textless" in written or abstracts.writes_latex(value)
            converted = abstracts.from_markup(value, self._converter.convert, latex_text)
            for url in converted.unsafe_links:
                self._report.warn(
                    f"unsafe link '{url}' in the abstract of '{entry.key}' is not linked", entry.path, entry.line_of("abstract")
                )
            return abstracts.with_links(converted)
        # its citations are marked, for cite.AbstractCitations to name the entries they cite
        convert = functools.partial(self._convert, entry, "abstract", citations=True)
        return abstracts.with_links(
            abstracts.joined(
                [
                    convert(block) if isinstance(block, str) else abstracts.item_list(block, convert)
                    for block in abstracts.paragraphs(value)
                ]
            )
        )

    def _convert(self, entry: RawEntry, name: str, latex: str, citations: bool = False) -> Converted:
        converted = self._converter.convert(latex, citations=citations)
        line = entry.line_of(name)
        self._say_unknown(entry, converted.unknown, line)
        for url in converted.unsafe_links:
            self._report.warn(f"unsafe link '{url}' in the {name} of '{entry.key}' is not linked", entry.path, line)
        return converted

    def _links(self, entry: RawEntry, named: LinkFields, abstract: Converted | None) -> tuple[Link, ...]:
        links: list[Link] = []
        seen: set[str] = set()
        fields = _link_fields(named.fields, abstract)
        eprint_field, eprint = eprint_of(fields)
        url = _unbroken(fields.get("url", ""))
        for name, label, written in named.buttons:
            value = fields.get(written if name == OTHER else name, "").strip() or (eprint if name == eprint_field else "")
            if not value:
                if not url or name not in _IN_URL or not _IN_URL[name].match(url):
                    continue  # most of the buttons of every entry
                value, *others = _addresses(url)  # a DOI or arXiv address given as the url (al-folio's, Scholar's):
                fields = {**fields, "url": " ".join(others)}  # its button, not [URL]; any other is the [URL]
                url = _unbroken(fields["url"])
            for address in _addresses(value):
                link = self._link(entry, name, label, address, fields, written)
                if link is not None and (target := _same_target(link.url + link.fragment)) not in seen:
                    seen.add(target)
                    links.append(link)
        if (kind := unlinked_eprint_type(fields)) and not named.fields.get("url", "").strip():
            self._report.warn(
                f"entry '{entry.key}': its eprint '{eprint}' is of a type sitegen has no address for ({kind}), "
                "so it is not linked: give its address as the url",
                entry.path,
                entry.line_of("eprint"),
            )
        metrics, problems = metric_links(fields, links)  # after the rest: [Altmetric] [Dimensions] [INSPIRE]
        for name, problem in problems:
            self._report.warn(f"entry '{entry.key}': {problem}", entry.path, entry.line_of(name))
        return (*links, *metrics)

    def _language(self, entry: RawEntry, fields: dict[str, str]) -> str | None:
        """The work's language, from biblatex's `langid` (`ngerman`) or the `language` Zotero and
        Mendeley export (`German`, `deu`, `de-AT`): its title and abstract are marked so where the
        page is in another (a screen reader reads them in its voice), and search engines told."""
        name = "langid" if fields.get("langid", "").strip() else "language"
        value = fields.get(name, "").strip()
        if not value:
            return None
        tag = language_tag(value)
        if tag is None:
            self._report.warn(
                f"entry '{entry.key}': {name} '{value}' names no language sitegen knows; "
                "write its name in English or its tag (german or de, pt-BR)",
                entry.path,
                entry.line_of(name),
            )
        return tag

    def _thumbnail(self, entry: RawEntry, fields: dict[str, str]) -> Link | None:
        """al-folio's `preview`: an image shown beside the entry, a URL or a file in static/."""
        value = fields.get("preview", "").strip()
        if not value:
            return None
        link = self._link(entry, "preview", "Preview", value, fields)  # warns of a missing file: not shown then
        return link if link is None or not link.local or self._static_exists(link.url) else None

    def _link(
        self, entry: RawEntry, name: str, label: str, value: str, fields: dict[str, str], written: str | None = None
    ) -> Link | None:
        """The button of link field `name` (written under the name `written`, when another)."""
        written = written or name
        line = entry.line_of(written)
        value = _unbroken(value)
        if value.startswith("\\") and (command := _LATEX_LINK.match(value)):
            value = command.group(1)  # `url = {\\url{https://...}}`, `{\\href{https://...}{here}}`
        value = _URL_ESCAPES.sub(lambda m: m.group(1) or "", with_tildes(value)).strip()
        if entry.entry_type == "ctan" and value and not is_external(value):
            value = "CTAN:" + value  # biblatex-dtk's @ctan: its url is a path on CTAN (`/info/symbols/...`)
        value = from_ctan(value)
        if name in _ARCHIVES:
            address, prefix = _ARCHIVES[name]
            identifier = prefix.sub("", value)
            if name == "doi":
                identifier = identifier.rstrip(".,;")  # "DOI: 10.1000/xyz." copied with the sentence's full stop
            if name == "mrnumber":
                identifier = (identifier.split() or [identifier])[0]  # "1234567 (2000a:11001)"
            if _ADDRESS.match(identifier):  # another site's address (bioRxiv's in `arxiv`): kept as it is
                value, label = identifier, _PREPRINT_SERVERS.get(_host(identifier), label)
            else:
                value = address + ("PMC" + identifier if name == "pmcid" and identifier.isdigit() else identifier)
        elif "@" in value and ":" not in value and "/" not in value and is_email_address(value):
            value = "mailto:" + value  # a mailing list's address given as its url: mailed, not a file of the site
        elif name == "url" and value.lower().endswith(".pdf") and "pdf" not in fields:
            name, label = "pdf", "PDF"
        elif name == "url" and "code" not in fields and _is_repository(value):
            name, label = "code", "Code"  # a paper's url that is its repository (a tool's paper): [Code]
        elif name in ("url", "html") and (server := _PAPER_SITES.get(_host(value))):  # al-folio's `html` too
            label = server  # the preprint's page: [bioRxiv], as an arXiv url is [arXiv]; the paper's: [OpenReview]
        if not is_safe_url(value):
            self._report.warn(f"unsafe link in field '{written}' of '{entry.key}' was dropped: {value!r}", entry.path, line)
            return None
        if is_external(value) and not is_readable_url(value):
            self._report.warn(
                f"entry '{entry.key}': {written} '{value}' is no address a browser can follow (a bracket in its host?), "
                "so it is not linked: fix it",
                entry.path,
                line,
            )
            return None
        if is_external(value):
            return Link(name, label, web_address(value))
        if "/" not in value and "." not in value:
            self._report.warn(
                f"entry '{entry.key}': {written} '{value}' is neither an address nor a file, so it is not linked "
                "(give an https:// address or the path of a file in static/)",
                entry.path,
                line,
            )
            return None
        local = value.lstrip("/")
        if (normal := posixpath.normpath(local)) == ".." or normal.startswith("../"):
            self._report.warn(
                f"entry '{entry.key}': {written} file '{value}' is outside static/ and was dropped (put the file in static/ "
                "and give its path there)",
                entry.path,
                line,
            )
            return None
        if (page := page_address(local)) and not self._static_exists(page[0] + "index.html"):
            return Link(name, label, page[0], local=True, fragment=page[1], page=True)  # `blog = {/blog/2020/post/}`
        found, fragment = self._in_static(name, local)
        if found is None and written_without_scheme(value):
            return Link(
                name, label, web_address("https://" + value)
            )  # `url = {www.example.org/paper}`, `code = {github.com/x/y}`
        if found is None:
            self._report.warn(
                f"entry '{entry.key}': {written} file '{local}' is not in static/ (add it there or fix the path)",
                entry.path,
                line,
            )
        return Link(name, label, found or local, local=True, fragment=fragment)

    def _in_static(self, name: str, local: str) -> tuple[str | None, str]:
        """The file of static/ a link field's path names, and what follows it (`#page=3`): the
        path in static/, or in al-folio's folder for the field. `papers/a.pdf#page=3` is the file
        papers/a.pdf opened at page 3, unless static/ holds a file named with the `#` in it."""
        path, mark, fragment = local.partition("#")
        tries = [(local, "")] + ([(path, mark + fragment)] if mark and path else [])
        folders = ("", _AL_FOLIO_FOLDERS[name]) if name in _AL_FOLIO_FOLDERS else ("",)
        for candidate, after in tries:
            for folder in folders:
                if self._static_exists(folder + candidate):
                    return folder + candidate, after
        return None, ""


class _Recorder:
    """Stands in for the report while a publication is made, so its warnings can be replayed."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def warn(self, *arguments: object) -> None:
        self.calls.append(("warn", arguments))

    def warn_once(self, *arguments: object) -> None:
        self.calls.append(("warn_once", arguments))


def _digest(value: object) -> str:
    return _digest_text(repr(value))


def _entry_digest(entry_type: str, key: str, fields: dict[str, str], macros: str) -> str:
    """What an entry holds and the `macros` it is read with (a .bib's preamble can change what a
    field shows), as a digest: each string with its length before it, so no two different entries
    give the same text (2.5 times faster than the repr of the fields)."""
    parts = [macros, entry_type, key, *(text for item in fields.items() for text in item)]
    return _digest_text("".join([f"{len(part)}:{part}" for part in parts]))


def _digest_text(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


# biblatex's parts of a title, each put after it: its subtitle, then its addon (`titleaddon =
# {Extended version}`); a book's in its own fields, a journal's subtitle, a multi-volume work's
_TITLE_PARTS = {
    "title": ("subtitle", "titleaddon"),
    "booktitle": ("booksubtitle", "booktitleaddon"),
    "maintitle": ("mainsubtitle", "maintitleaddon"),
    "journaltitle": ("journalsubtitle", ""),
    "journal": ("journalsubtitle", ""),
    "issuetitle": ("issuesubtitle", ""),
}

_TITLE_PART_FIELDS = frozenset({"maintitle", *(part for parts in _TITLE_PARTS.values() for part in parts if part)})


def title_source(pub: Publication) -> str:
    """What the entry's title is made from: its LaTeX with its biblatex parts, or the markup a
    publisher put in (`_title`); a style's case is done on it (`cased_title_html`)."""
    return abstracts.zotero_markup(_with_title_parts(_shown_fields(pub.fields))["title"])


def cased_title_html(pub: Publication, cased: str, converter: LatexConverter) -> str:
    """The HTML of the entry's title in a style's case: `cased`, its `title_source` so cased
    (textcase.py), made as the title is (its unsafe links were warned of with the title)."""
    if "<" in cased and abstracts.is_markup(cased):
        written = _with_title_parts(_shown_fields(pub.fields))["title"]
        return _from_title_markup(cased, abstracts.zotero_markup(written) != written, converter).html
    return converter.convert(cased).html


def _from_title_markup(value: str, from_zotero: bool, converter: LatexConverter) -> Converted:
    """A title in a publisher's markup: its text is LaTeX too where Zotero wrote the markup as
    LaTeX (`from_zotero`) or the text shows some."""
    return abstracts.from_inline_markup(value, converter.convert, from_zotero or abstracts.writes_latex(value))


def _with_title_parts(shown: dict[str, str]) -> dict[str, str]:
    """The fields with each title's biblatex parts after it ("Deep Learning: A Practical
    Introduction. Extended version"). A copy only when there are any."""
    if _TITLE_PART_FIELDS.isdisjoint(shown):
        return shown  # nearly every entry, at a set lookup per field
    parts = [(name, subtitle, addon) for name, (subtitle, addon) in _TITLE_PARTS.items() if subtitle in shown or addon in shown]
    shown = dict(shown)
    for name, subtitle, addon in parts:
        if shown.get(name, "").strip():
            shown[name] = _joined(_joined(shown[name], shown.get(subtitle, ""), ": "), shown.get(addon, ""), ". ")
    return shown


def _book_of_part(shown: dict[str, str], entry_type: str) -> dict[str, str]:
    """The fields with a multi-volume work's title as the book a part of it is in when the entry
    names no other (`maintitle` of an @inbook: "In Collected Works, volume 3"), once: not also
    "volume 3 of Collected Works". A book's or a collection's is the work its own title is a
    volume of (`_volume_of_series`)."""
    if entry_type in _TITLED_BY_BOOKTITLE or shown.get("booktitle", "").strip() or not shown.get("maintitle", "").strip():
        return shown
    shown = dict(shown)
    shown["booktitle"] = shown.pop("maintitle")
    return shown


_DATA_ONLY = frozenset({"dataonly", "skipbib"})  # biblatex's entry options that keep it out of the bibliography


def _data_only(fields: dict[str, str]) -> bool:
    """Whether biblatex's `options` keep the entry out of a bibliography: `{dataonly}`,
    `{corpus,skipbib}`, `{skipbib=true}`."""
    options = fields.get("options")
    if not options:
        return False
    for option in options.split(","):
        name, _, value = option.partition("=")
        if name.strip().lower() in _DATA_ONLY and value.strip().lower() in ("", "true"):
            return True
    return False


def _title_of(fields: dict[str, str]) -> str:
    """A work's title with its subtitle, as LaTeX (a reviewed book's, in its review's title)."""
    return _joined(fields.get("title", "").strip(), fields.get("subtitle", ""), ": ")


def _joined(title: str, part: str, separator: str) -> str:
    """A title with a part after it; no separator after a title's own ? ! : or full stop."""
    if not part.strip():
        return title
    title = title.rstrip()
    return f"{title}{' ' if title.endswith(('?', '!', ':', '.')) else separator}{part.strip()}"


# what names an entry written without a title, as physicists cite one ("Phys. Rev. 94, 262 (1954)"):
# the first of these, then its volume (or number) and pages
_WHERE_IT_IS = (
    "journal",
    "journaltitle",
    "booktitle",
    "eventtitle",
    "maintitle",
    "series",
    "howpublished",
    "institution",
    "school",
    "organization",
    "publisher",
)


def _named_by_venue(parts: dict[str, Converted], fields: dict[str, str]) -> Converted | None:
    """The name of an entry without a title (REVTeX's physics examples, an archaeologist's
    catalogue entry), for its page's heading and the links to it: where it is, "Phys. Rev. 94,
    262 (1954)"; none without a venue, volume or pages to name it by."""
    venue = next((parts[name] for name in _WHERE_IT_IS if name in parts), None)
    if venue is None and "eprint" in parts:
        venue = _eprint_named(parts["eprint"], fields)
    volume = next((parts[name] for name in ("volume", "number") if name in parts), None)
    located = [part for part in (venue, volume) if part]
    where = [_joined_parts(located, " ")] if located else []
    if "pages" in parts:
        where.append(parts["pages"])
    if not where:
        return None
    name = _joined_parts(where, ", ")
    year = _date(fields)[0]  # as the entry is dated: its date's first year, else its year or event's
    return _joined_parts([name, Converted(f"({year})", f"({year})")], " ") if year else name


def _eprint_named(eprint: Converted, fields: dict[str, str]) -> Converted:
    """A preprint's identifier with its archive, as physicists cite one: "arXiv:hep-th/0106109"
    (an arXiv identifier needs no `archivePrefix`, as in `eprint_of`)."""
    archive = (
        "arXiv" if eprint_of(fields)[0] == "arxiv" else (fields.get("archiveprefix") or fields.get("eprinttype") or "").strip()
    )
    if not archive or eprint.text.lower().startswith(archive.lower() + ":"):
        return eprint
    return _joined_parts([Converted(html.escape(archive), archive), eprint], ":")


def _joined_parts(parts: Sequence[Converted], separator: str) -> Converted:
    return Converted(separator.join(part.html for part in parts), separator.join(part.text for part in parts))


def _title_words(entry: RawEntry) -> str:
    return title_key(entry.fields.get("title", ""))


def _renamed(entry: RawEntry, taken: dict[str, RawEntry]) -> RawEntry:
    """The entry under its key with the first free number added."""
    number = 2
    while f"{entry.key}-{number}".lower() in taken:
        number += 1
    return _under_key(entry, f"{entry.key}-{number}")


def _under_key(entry: RawEntry, key: str) -> RawEntry:
    """The entry under another key; its fields a copy, so that a publication made ahead under the
    old key (`prepare`, keyed on the fields' identity) is not taken for it."""
    return dataclasses.replace(entry, key=key, fields=dict(entry.fields))


def _unique_anchors(anchors: list[str]) -> list[str]:
    """Keys that differ only in characters a URL cannot hold get numbered anchors, in file order."""
    taken: set[str] = set()
    unique = []
    for base in anchors:
        anchor, number = base, 2
        while anchor in taken:
            anchor, number = f"{base}-{number}", number + 1
        unique.append(anchor)
        taken.add(anchor)
    return unique


def _bibdesk_links(fields: dict[str, str]) -> dict[str, str]:
    """BibDesk's `bdsk-url-1`, `bdsk-url-2` ... as the links they are: a doi.org or arXiv address the
    [DOI] or [arXiv] button when the entry has none, the first other one its `url` when it has none."""
    urls = [value.strip() for name, value in fields.items() if name.startswith("bdsk-url-")]
    if not urls:
        return fields
    found: dict[str, str] = {}
    for url in urls:
        kind = next((name for name, address in _IN_URL.items() if address.match(url)), "url")
        if not fields.get(kind) and kind not in found:
            found[kind] = url
    return {**fields, **found} if found else fields


def _anchor_targets(fields: dict[str, str]) -> dict[str, str]:
    """Link fields that hold an HTML link (`url = {doi:<a href="https://doi.org/10.1/x">10.1/x</a>}`,
    written for a site's own template) as the address it links; the fields themselves otherwise."""
    found = {
        name: anchor.group(1)
        for name, value in fields.items()
        if name in LINK_NAMES and "<a" in value and (anchor := _ANCHOR.search(value))
    }
    return {**fields, **found} if found else fields


def _link_fields(fields: dict[str, str], abstract: Converted | None) -> dict[str, str]:
    """The link fields as the buttons go by: each export's way of giving a link made the field it is
    (a copy where one changes; `fields` itself otherwise)."""
    fields = _bibdesk_links(fields)  # HTML links were made addresses by _shown_fields
    no_code = "code" not in fields and not _is_repository(fields.get("url", ""))
    if no_code and abstract is not None and (repository := _code_in_abstract(abstract)):
        fields = {**fields, "code": repository}  # "Code is available at https://github.com/x/y": [Code]
    if not fields.get("arxiv") and _IN_URL["arxiv"].match(pdf := fields.get("pdf", "").strip()):
        fields = {**fields, "arxiv": pdf, "pdf": ""}  # a `pdf` that is an arXiv abstract page, not a PDF: [arXiv]
    if not fields.get("arxiv") and not fields.get("eprint"):
        journal, volume, howpublished = fields.get("journal", ""), fields.get("volume", ""), fields.get("howpublished", "")
        if identifier := arxiv_in_venue(journal, volume, howpublished):
            fields = {**fields, "arxiv": identifier}
    if not fields.get("hal") and fields.get("hal_id"):
        fields = {**fields, "hal": fields["hal_id"]}  # as HAL's own exports name it
    if not fields.get("arxiv") and fields.get("arxivid") and not fields.get("eprint"):
        fields = {**fields, "arxiv": fields["arxivid"]}  # Mendeley's, often without an `eprint`
    eprint_field, eprint = eprint_of(fields)
    if eprint_field is None and eprint.lower().endswith(".pdf") and _ADDRESS.match(eprint) and not fields.get("pdf"):
        fields = {**fields, "pdf": eprint}  # bioRxiv's and medRxiv's exports give the PDF as `eprint`
    return fields


def _identified(fields: dict[str, str], key: str, kind: str) -> dict[str, str]:
    """The fields with the identifiers an export gives elsewhere than in its `doi` put where the
    buttons look. Springer's BibTeX keys an entry by its DOI and has no `doi` field
    (`@InProceedings{10.1007/978-3-032-05185-1_63,`): the key is its [DOI]. A paper whose `doi` is
    its arXiv version's (`10.48550/arXiv.2503.05283` on a CVPR paper) has an [arXiv] button, not a
    [DOI] naming another work; a preprint's own arXiv DOI stays its DOI."""
    if not fields.get("doi", "").strip() and _DOI_KEY.match(key):
        return {**fields, "doi": key}
    if kind != "preprint" and (arxiv := _ARXIV_DOI.match(_ARCHIVES["doi"][1].sub("", fields.get("doi", "")).strip())):
        return {**fields, "doi": "", "arxiv": fields.get("arxiv") or arxiv.group(1)}
    return fields


def arxiv_in_venue(journal: str, volume: str = "", howpublished: str = "") -> str:
    """The arXiv identifier an export gives as the venue, or "": Semantic Scholar's and DBLP's
    `volume = {abs/2001.00001}` of `journal = {ArXiv}` or `{CoRR}`, Google Scholar's `journal =
    {arXiv preprint arXiv:2305.11676}` (a @misc's howpublished too; old-style `cs/0112017`)."""
    if _ARXIV_VOLUME.match(volume) and journal.strip().lower() in _ARXIV_JOURNALS:
        return volume.strip().removeprefix("abs/")
    found = _ARXIV_IN_VENUE.search(journal or howpublished)
    return found.group(1) if found else ""


# where a field holding several web addresses (`url = {https://doi.org/..., https://docs.google.com/...}`,
# written by hand) starts the next: a comma, a semicolon or a space before `http(s)://`
_NEXT_ADDRESS = re.compile(r"\s*[,;]\s*(?=https?://)|\s+(?=https?://)", re.IGNORECASE)


def _addresses(value: str) -> list[str]:
    """A link field's addresses: each of several is a link of its own (one link to all of them
    leads nowhere), the same one twice is one; a field of one address (nearly all) is itself."""
    if value.count("://") < 2:
        return [value]
    return list(dict.fromkeys(part for part in _NEXT_ADDRESS.split(value.strip()) if part))


def _same_target(url: str) -> str:
    """A key under which http/https and DOI case variants of one link are equal."""
    key = _WEB_PREFIX.sub("", url).rstrip("/")
    return key.lower() if key.lower().startswith("doi.org/") else key


# the word a style puts before a value, written into the field by hand ("pp. 12-15", "Vol. 12",
# "No. 3", "In Proceedings of ..."): the style adds its own
_NUMBER_LABEL = re.compile(r"^\s*(?:no\.|nos\.|number\b|issue\b)\s*(?=\S)", re.IGNORECASE)
_WRITTEN_LABELS = {
    "pages": re.compile(r"^\s*(?:pp?\.|pages?\b)\s*(?=\S)", re.IGNORECASE),
    "volume": re.compile(r"^\s*(?:vol\.|volume\b)\s*(?=\S)", re.IGNORECASE),
    "number": _NUMBER_LABEL,
    "issue": _NUMBER_LABEL,
    "booktitle": re.compile(r"^\s*In:?\s+(?=Proc|[Tt]he\b|IEEE\b|ACM\b|International\b|Annual\b|Advances\b|\d)"),
}


def _keywords(field: str) -> tuple[str, ...]:
    """The entry's keywords, parted at semicolons when it has them (a MeSH heading holds commas:
    "Polymorphism, Single Nucleotide"), else at commas; without a reference manager's workflow
    tags, arXiv's subject classes and MeSH's check tags, which are no one's keywords."""
    if not field:
        return ()
    separator = ";" if ";" in field else ","
    keywords = [word.strip(" *") for word in field.split(separator) if word.strip(" *")]
    return tuple(without_mesh_check_tags(without_arxiv_classes(without_workflow_tags(keywords), field)))


def _unlabelled(name: str, value: str) -> str:
    """A field's value without the label a style would put before it again ("pages pp. 12–15")."""
    label = _WRITTEN_LABELS.get(name)
    return label.sub("", value, count=1) if label is not None else value


def _marked_by_hand(fields: dict[str, str]) -> bool:
    """Whether the authors' marks were written into the names by hand: those sitegen gives for
    `author+an` and the fields of `authormarks` mean what sitegen says they mean."""
    return "author+an" not in fields and not authormarks.mark_fields(fields)


def _may_mark(fields: dict[str, str]) -> bool:
    """Whether an entry's authors may carry marks: most carry none, and saying so is quicker than looking."""
    return bool(MAY_HOLD_MARK.search(fields.get("author", "")) or "author+an" in fields or authormarks.mark_fields(fields))


def _shown_fields(fields: dict[str, str]) -> dict[str, str]:
    """The fields to show: `fields` itself, or a copy with the paper's fields where a citation
    database exported its own (databases.py), with its venue in title case where Google Scholar
    wrote it in sentence case, whose link fields holding an HTML link hold its address, and whose
    `note` lost a reference manager's own lines (a Scopus citation count is neither in the
    citation nor in the BibTeX a reader copies)."""
    database = database_of(fields)
    shown = _anchor_targets(as_the_paper(fields, database) if database else fields)  # in the BibTeX too
    for name in _VENUES:
        if (venue := shown.get(name)) and (cased := venue_in_title_case(venue)) != venue:
            shown = {**shown, name: cased}  # Google Scholar's "Advances in neural information processing systems"
    if "<" in (badge := shown.get("abbr", "")):
        shown = {**shown, "abbr": " ".join(_LINE_BREAK.sub(" ", badge).split())}  # al-folio's "J. Intell. <br> Veh."
    note = shown.get("note")
    if not note or (kept := note_without_bookkeeping(note)) == note:
        return shown
    shown = dict(shown)
    if kept:
        shown["note"] = kept
    else:
        del shown["note"]
    return shown


# the dates biblatex dates an entry by when it has neither `date` nor `year` (its \DeclareLabeldate):
# a talk's `eventdate`, a reprint's `origdate` (not `urldate`, when it was looked at)
_UNDATED_BY = ("eventdate", "origdate")


def _dated_by(fields: dict[str, str]) -> str:
    """The field the entry's date is read from: `date`, or for one with neither date nor year
    (a talk, written with its `eventdate`), the first of `_UNDATED_BY` it has."""
    if fields.get("date", "").strip() or fields.get("year", "").strip():
        return "date"
    return next((name for name in _UNDATED_BY if fields.get(name, "").strip()), "date")


def _date(fields: dict[str, str]) -> tuple[int | None, int | None, int | None]:
    """Year, month and day from biblatex's `date` or from `year` and `month` (`_dated_by`); a
    month may be one there is none of (13), for `PublicationBuilder._date` to say."""
    date = _date_written(fields.get(_dated_by(fields), ""))
    if date:
        year, month, day = date
    else:
        found = _YEAR.search(fields.get("year", ""))
        year, day = (int(found.group()) if found else None), None
        month = None
    if month is None:
        month, day = _month(fields.get("month", "")), _day_of(fields.get("month", ""))
    return year, month, day if month else None


def _date_written(value: str) -> tuple[int, int | None, int | None] | None:
    """Year, month and day of a `date` field: as biblatex reads it (`2024-10-30`, `2019/2020`: its
    first year), as Papers and ReadCube write it (`2017/06/01`), as people and EndNote write it
    ("October 30, 2024", "30 Oct. 2024", "June 2021"), or a year in any other form ("06/2021");
    None without a year."""
    written = value.strip()
    if not written or written[0] == "-":
        return None  # none, or a year before the common era (`-0333`, biblatex's 334 BC): not read
    if date := _SLASHED_DATE.fullmatch(written) or _ISO_DATE.match(written):
        year, month, day = date.groups()
        return int(year), int(month) if month else None, int(day) if day else None
    if dotted := _DOTTED_DATE.fullmatch(written):
        day, month, year = dotted.groups()
        return int(year), int(month), int(day)
    if found := _WORDED_DATE.fullmatch(written):
        month = _month(found["month"])
        if month:
            day = found["day"] or found["day_after"]
            return int(found["year"]), month, int(day) if day else None
    year = _YEAR_ALONE.search(written)
    return (int(year.group()), None, None) if year else None


def _alike(family: str, other: str) -> bool:
    """Whether two first authors' folded family names are one name, maybe spelled two ways
    ("duerst" and "durst" for Dürst, "kahan" and "khan"): one paper's two entries. "smith" and
    "smyth", "li" and "liu" are two."""
    if family == other:
        return True
    from rapidfuzz import fuzz  # only where two entries share a title: most builds never ask

    return fuzz.ratio(family, other) >= 85


def _dates_kept(fields: dict[str, str], inherited: dict[str, str]) -> frozenset[str]:
    """The parent's date fields an entry does not take, as its date is one thing, written as
    `date` or as `year` and `month`: with a `date` of its own, none; with a `year`, not the
    parent's `date` (a volume's `year = {1989}` took its multi-volume work's `date = {1988/2009}`,
    listed under 1988), and its month only of the same year (a paper its proceedings' month)."""
    if "date" in fields:
        return _DATE_FIELDS
    if "year" not in fields:
        return frozenset()
    own, theirs = _YEAR.search(fields["year"]), _YEAR.search(inherited.get("year") or inherited.get("date") or "")
    return _DATE_ONLY if own and theirs and own.group() == theirs.group() else _DATE_FIELDS


def _years_spanned(date: str) -> str:
    """The years of a `date` range that spans more than one, "1988–2009", or of one left open,
    "1996–" (`1996-01-01/`, `1996/..`); "" for any other date."""
    found = _DATE_RANGE.fullmatch(date.strip())
    if found is None or found.group(1) == found.group(2):
        return ""
    return f"{found.group(1)}–{found.group(2) or ''}"


def _other_year(fields: dict[str, str], year: int | None) -> str:
    """The `year` of an entry whose `date` gives another year (biber reads the date, BibTeX's
    styles the year), as written; "" when they agree or there is no date."""
    written = fields.get("year", "").strip()
    found = _YEAR.search(written)
    if year is None or found is None or _date_written(fields.get("date", "")) is None or int(found.group()) == year:
        return ""
    return written


def _day_of(month: str) -> int | None:
    """The one day a `month` field gives after its month (`jun # "~12"`, as IEEE's templates
    write it; Web of Science's "SEP 1"), or None (none, or days: "1--5"); whether the month has
    it is `PublicationBuilder._date`'s to say, as for a `date`."""
    found = _MONTH_AND_DAY.fullmatch(month.strip())
    if found is None and (found := _DAY_AND_MONTH.fullmatch(month.strip())) and found.group(2):
        return None  # "18-20 April": a conference's days
    return int(found.group(1)) if found else None


def _pages_readied(parts: dict[str, Converted]) -> None:
    """The pages with their ranges' dashes made en dashes, or none for IEEE Xplore's `1-1` of an
    article in early access, not yet in an issue."""
    if "pages" not in parts:
        return
    pages = parts["pages"]
    parts["pages"] = Converted(_RANGE_DASH.sub("–", pages.html), _RANGE_DASH.sub("–", pages.text))
    if parts["pages"].text == "1–1" and "volume" not in parts:
        del parts["pages"]


def _number_readied(parts: dict[str, Converted]) -> None:
    """No issue number where an export wrote the volume again (Annual Reviews' `number = {Volume
    11, 2024}` beside `volume = {11}`: not "11(Volume 11, 2024)")."""
    found = _VOLUME_AGAIN.match(parts["number"].text) if "number" in parts and "volume" in parts else None
    if found and found[1] == parts["volume"].text.strip():
        del parts["number"]


def _posted_month(parts: dict[str, Converted], year: int | None) -> int | None:
    """The month a preprint's `pages` name where Google Scholar puts its posting date, as year and
    month (`pages = {2023--09}` of a bioRxiv paper of 2023), or None for real pages."""
    found = _YEAR_AND_MONTH.fullmatch(parts["pages"].text) if "pages" in parts and year else None
    if found is None or int(found.group(1)) != year or not 1 <= int(found.group(2)) <= 12:
        return None
    return int(found.group(2))


def _forthcoming(fields: dict[str, str]) -> str:
    """What an entry without a year says instead (`year = {in press}`), or its biblatex `pubstate`."""
    return _state(fields.get("year", "")) or _state(fields.get("pubstate", ""))


def _state(value: str) -> str:
    """The state of publication a value names ("in press", biblatex's `inpress`), or nothing."""
    return _STATES.get(" ".join(value.strip("{}. ").lower().split()), "")


def _month(value: str) -> int | None:
    """The month a `month` field names: `jan`, `Sept.`, `9`; of a month and its days, the month
    ("SEP 1", as Web of Science writes it; `jun # "~1--5"`, as IEEE's templates do; "Jan.--Feb.")."""
    value = value.strip().strip(".").lower()
    if day_first := _DAY_AND_MONTH.fullmatch(value):
        value = day_first.group(3)  # "16 March", as British and European papers write it
    if not value.isalnum():
        value = _MONTH_FIRST_WORD.match(value).group(0).strip(".")
    if value.isdigit():
        return int(value)
    for index, name in enumerate(MONTHS, start=1):
        if len(value) >= 3 and name.startswith(value):
            return index
    return None


def _is_repository(address: str) -> bool:
    """A repository's address on a code host (github.com/owner/name), not a person's page there."""
    parts = split_url(address)
    return _host(address) in _CODE_HOSTS and len([part for part in parts.path.split("/") if part]) >= 2


# an arXiv identifier as Semantic Scholar and DBLP give it (`volume = {abs/2001.00001}` of ArXiv or
# CoRR) and as Google Scholar does (`journal = {arXiv preprint arXiv:2305.11676}`, `cs/0112017`)
_ARXIV_VOLUME = re.compile(r"\s*abs/\d{4}\.\d{4,5}(?:v\d+)?\s*$")
_ARXIV_JOURNALS = frozenset({"arxiv", "corr"})
_ARXIV_IN_VENUE = re.compile(r"\barXiv(?: preprint)?:?\s*(?:arXiv:)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
# an annotation that says what authors' marks mean starts with one: "*", "†", "$^\dagger$" ...
_EXPLAINS_MARKS = re.compile(r"\s*(?:[*∗†‡§¶#+]|\$\^|\\(?:dagger|ddagger|dag|ddag|ast|textsuperscript)(?![a-zA-Z]))")
_LINE_BREAK = re.compile(r"<br\s*/?>|\\\\|\n", re.IGNORECASE)
_MONTH_FIRST_WORD = re.compile(r"[^\s~\-–—/,]*")
_MONTH_AND_DAY = re.compile(r"[A-Za-z]{3,}\.?[\s~]+(\d{1,2})\.?")  # "June~12", "SEP 1"
_DAY_AND_MONTH = re.compile(r"(\d{1,2})\.?(\s*[-–]+\s*\d{1,2}\.?)?[\s~]+([A-Za-z]{3,})\.?")  # "16 March", "18-20 April"
_AL_FOLIO_MARKDOWN = frozenset({"additional_info", "award", "award_name"})  # its layout markdownifies them
_NAME_EMPHASIS = re.compile(r"</?(?:b|strong|u|i|em|span|font|mark)\b[^<>]*>", re.IGNORECASE)
_BRACKETED_ADDRESS = re.compile(r"<(https?://[^<>\s]+)>")  # R's citation(): `note = {<https://...>}`
_CODE_HOSTS = frozenset({"github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "git.sr.ht"})
_HREF = re.compile(r'<a href="([^"]+)"')
_SENTENCE_END = re.compile(r"[.!?]\s")
# what a sentence giving a paper's code says: "Code and data are available at", "Our implementation
# is released at", "The source code: ..."
_SPEAKS_OF_CODE = re.compile(
    r"\b(?:code|codes|implementation|software|toolbox|toolkit|package|library|repository|released?|available)\b",
    re.IGNORECASE,
)


def _code_in_abstract(abstract: Converted) -> str | None:
    """The repository an abstract gives the paper's code at, as arXiv abstracts often end: its one
    repository address, in a sentence that speaks of code or its release. None when there is none,
    or several (a paper comparing tools names theirs)."""
    if not any(host in abstract.html for host in _CODE_HOSTS):
        return None
    repositories = {html.unescape(url) for url in _HREF.findall(abstract.html)}
    repositories = {url for url in repositories if _is_repository(url)}
    if len(repositories) != 1:
        return None
    (repository,) = repositories
    at = abstract.text.find(repository)
    if at < 0:
        return None
    before = abstract.text[:at]
    sentence = before[max((found.end() for found in _SENTENCE_END.finditer(before)), default=0) :]
    return repository if _SPEAKS_OF_CODE.search(sentence) else None


def _unbroken(value: str) -> str:
    """A link field without the LaTeX line breaks written to break the printed line there (LyX's
    `url = {\\newline http://...}`, `\\allowbreak` in a long address)."""
    return _LATEX_LINE_BREAK.sub("", value).strip() if "\\" in value else value.strip()


def _host(address: str) -> str:
    """The site an address is on, without `www.`: what names a preprint server."""
    return (split_url(address).hostname or "").removeprefix("www.")


def _standard_type(entry_type: str, fields: dict[str, str]) -> str:
    """The type an entry of a type no style knows (@preprint, @poster, @talk: al-folio's sites have
    them) is formatted as: BibTeX's styles use @misc, which would drop a journal or a conference the
    entry names, so the standard type its fields fit; another style's name for a standard type
    (biblatex-software's @softwareversion, @webpage) is that type when its fields name no venue."""
    if entry_type in _BIBLATEX_ALIASES:
        return _BIBLATEX_ALIASES[entry_type]
    if entry_type in ENTRY_TYPES:
        return entry_type
    if fields.get("journal") or fields.get("journaltitle"):
        return "article"
    if fields.get("booktitle"):
        return "inproceedings"
    return _TYPE_ALIASES.get(entry_type, "misc")


# biblatex's types its standard styles format as another (its manual, 2.1.1): a review as an
# article, an encyclopedia's entry as a chapter of a collection, supplemental material as what it
# supplements; formatted as @misc, they lost their journal, book and pages
_BIBLATEX_ALIASES = {
    **dict.fromkeys(("review", "suppperiodical"), "article"),
    **dict.fromkeys(("inreference", "suppcollection"), "incollection"),
    "suppbook": "inbook",
    **dict.fromkeys(("reference", "mvreference", "mvcollection"), "collection"),
    "mvproceedings": "proceedings",
}
# other styles' names for a standard type, read as it without a warning: biblatex-software's kinds
# of software (as Software Heritage and HAL export them), the web page types of many styles, and
# biblatex-dtk's package on CTAN
_TYPE_ALIASES = {
    **dict.fromkeys(("softwareversion", "softwaremodule", "codefragment"), "software"),
    **dict.fromkeys(("webpage", "website"), "online"),
    "ctan": "software",  # biblatex-dtk's: a package on CTAN
    **dict.fromkeys(("commentary", "commented"), "book"),  # biblatex-oscola's and jurabib's legal commentary
    "jurthesis": "thesis",  # jurabib's: a law thesis (its `type` "Diss." or "Habil.", its `school`)
}


def _kind(entry_type: str, fields: dict[str, str]) -> str:
    """Journal, conference, preprint, thesis, book or other: the filters' categories."""
    venue = " ".join(fields.get(name, "") for name in ("journal", "journaltitle", "howpublished", "publisher"))
    eprint_field, eprint = eprint_of(fields)
    arxiv = fields.get("arxiv") or (eprint if eprint_field == "arxiv" else "") or _IN_URL["arxiv"].match(fields.get("url", ""))
    preprint = _PREPRINT_VENUE.search(venue) or (not venue.strip() and arxiv)
    if preprint and entry_type in ("article", "misc", "online", "unpublished", "report", "techreport"):
        return "preprint"
    if entry_type == "article" and _CONFERENCE_AS_JOURNAL.search(fields.get("journal", "")):
        return "conference"
    return KINDS.get(entry_type, "other")


def _maybe_comma_listed(value: str) -> bool:
    """The cheap sign of a name list with commas between names (`listed_with_commas` is the test):
    "Last, First and Last, First" has one comma a name, and its second comma after the first
    `and`; a list has more commas, two before its first `and` ("A B, C D, E F and G H"), or one
    right before an `and` ("A B, C D, and E F")."""
    if value.count(",") > value.count(" and ") + 1 or ", and " in value:
        return True
    second_comma = value.find(",", value.find(",") + 1)
    first_and = value.find(" and ")
    return second_comma > 0 and (first_and < 0 or second_comma < first_and)
