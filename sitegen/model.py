"""The site as plain data: what loaders produce and renderers read. No I/O here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from sitegen.chrome import Chrome
from sitegen.latex import Converted
from sitegen.photos import SmallPhoto
from sitegen.urls import Link, is_email_address

# the shown fields besides the abstract whose citations name works of the site ("Extended version of
# \cite{lin2020}": publications.py marks them, cite.py names the work)
CITING_PARTS = ("note", "addendum")


@dataclass(frozen=True)
class Moved:
    """The old addresses of a page (`redirect_from`), as files of the output: `blog/2021/x/index.html`."""

    files: tuple[str, ...]
    source: Path
    line: int


@dataclass(frozen=True)
class StyledEntry:
    """A publication's line in a CSL style (cslstyle.py), with slots for what differs per page:
    "\ue004<position>\ue005" for each name the style shows, "\ue006" for the title."""

    line: str
    names: dict[int, str]  # author position -> the name as the style wrote it (HTML)
    # the style's inner and outer quotation marks when it puts the title in quotation marks: the
    # title's own are nested in them (`cslfixes.quotes_nested`)
    title_quotes: tuple[str, str, str, str] | None = None
    # where the style changes the title's case (Chicago's and MLA's title case, found by citeproc-py):
    # the title's LaTeX so cased (textcase.py), and its HTML, which the build makes from it
    cased_title: str | None = None
    title: str | None = None


# Han characters, kana and Hangul: the scripts whose names go family name first, unspaced
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk_name(first: str, last: str) -> bool:
    """Whether a name is written in Chinese, Japanese or Korean script ("王, 小明", "张三")."""
    return bool(_CJK.search(last)) and (not first or bool(_CJK.search(first)))


@dataclass(frozen=True)
class Name:
    """A person's name split by BibTeX's rules, each part converted from LaTeX to text."""

    first: str = ""
    von: str = ""
    last: str = ""
    jr: str = ""
    literal: bool = False  # a braced corporate name such as {World Health Organization}
    others: bool = False  # BibTeX's `and others`
    html: str = ""  # display form "First von Last, Jr" as HTML
    # "*" (equal contribution), "†" (corresponding author) or both: shown after the name; not part
    # of who the person is, so two names differing only in it are equal
    note: str = field(default="", compare=False)
    unknown: tuple[str, ...] = field(default=(), compare=False, repr=False)  # LaTeX macros sitegen does not know, said once

    @property
    def family(self) -> str:
        return f"{self.von} {self.last}".strip()

    @cached_property  # asked of every name when authors are matched to members
    def cjk(self) -> bool:
        """A Chinese, Japanese or Korean name ("王, 小明"): written family name first, without a
        space ("王小明"), and never shortened to initials."""
        return is_cjk_name(self.first, self.last)

    @cached_property  # asked of every author of every publication page, twice (Scholar's tags, JSON-LD)
    def display(self) -> str:
        """The name as a reader expects it: "First von Last, Jr" ("王小明" for a CJK name)."""
        if self.others:
            return "et al."
        if self.cjk:
            return self.family.replace(" ", "") + self.first.replace(" ", "")
        name = " ".join(part for part in (self.first, self.von, self.last) if part)
        return f"{name}, {self.jr}" if self.jr else name


# a second link of a kind (`github_2`, `slides_2`, `pdf_2`), as importers write it (migrate.numbered):
# shown with the label of its kind, numbered
NUMBERED_KIND = re.compile(r"(.+?)_(\d+)")


def page_address(local: str) -> tuple[str, str] | None:
    """A site path that names a page, not a file (`news/`, `blog/2020/post/#end`, `` for the
    home page), as its path and fragment; None for a file's path. A link field or a profile's
    link may lead to a page the site makes, which static/ has no file for."""
    path, mark, fragment = local.partition("#")
    return (path, mark + fragment) if path == "" or path.endswith("/") else None


# the types whose editors, beside their authors, edited the work itself (a critical edition)
EDITED_WORKS = frozenset({"book", "mvbook"})

_AFTER_EVERY_YEAR = 10_000  # where forthcoming entries sort, newest first


@dataclass
class Publication:
    """One bibliography entry, ready to format: every shown field already converted."""

    key: str
    anchor: str
    entry_type: str  # the standard type it is formatted as (its BibTeX keeps the type as written)
    kind: str  # journal, conference, preprint, thesis, book or other
    fields: dict[str, str]  # resolved LaTeX values, crossref applied: the clean BibTeX's source
    authors: tuple[Name, ...]
    editors: tuple[Name, ...]
    title: Converted
    year: int | None
    month: int | None
    day: int | None
    abstract: Converted | None  # its HTML goes inside a <p>; paragraphs are parted by "</p><p>" (abstracts.py)
    links: tuple[Link, ...]
    bibtex: str
    path: Path
    line: int
    order: int  # position in the bibliography, the tie-breaker for equal dates
    parts: dict[str, Converted] = field(default_factory=dict)  # other shown fields, converted
    local_pdf: str | None = None  # site path of a PDF kept in static/, for the inline preview
    thumbnail: Link | None = None  # an image shown beside the entry (al-folio's `preview`)
    keywords: tuple[str, ...] = ()
    selected: bool = False
    container: bool = False  # a proceedings or book that other entries name in `crossref`
    fingerprint: str = ""  # changes whenever anything shown of this publication changes
    forthcoming: str = ""  # without a year: what it says instead ("In press", "Submitted" ...)
    pubstate: str = ""  # with a year: biblatex's `pubstate` ("Forthcoming"), shown after the year
    title_key: str = ""  # the title without case, spaces and punctuation: two exports of one paper share it
    # the heading and filter it is under when lists go by year (see `year_label`); a field, not a
    # property: grouping a big site's lists reads it 100,000 times
    year_label: str = "Undated"
    author_notes: str = ""  # the marks its authors carry ("*", "†", "*†"), each once: said under the entry
    marks_explained: str = ""  # what the entry itself says they mean (al-folio's `annotation`), as HTML
    marks_reversed: bool = False  # its hand-written "†" means equal contribution, "*" corresponding (names.marks_reversed)
    versions: tuple[Publication, ...] = ()  # its preprints, listed as this entry (versions.py)
    language: str | None = None  # the work's language, as a tag ("de"), when its `langid` or `language` says
    translators: tuple[Name, ...] = ()  # a translated work's (`translator`), named after its title
    # the works of the site it is related to (biblatex's `related`: what it reviews, translates,
    # reprints), a sentence as HTML that ends its citation in sitegen's own style (related.py)
    related: str = ""
    related_works: tuple[RelatedWork, ...] = ()  # the same works, for search engines (scholar.json_ld)
    # written without a title (physicists' APS-style entries): its citation shows none, and its
    # `title` is made of where it is ("Phys. Rev. 94, 262 (1954)"), for its page and links to it
    untitled: bool = False

    @property
    def work_editors(self) -> tuple[Name, ...]:
        """The editors who edited the work itself beside its authors (a critical edition's); an
        article's, a chapter's or a paper's edited the book or proceedings it is in, and the
        editors of a work without authors stand in their place."""
        return self.editors if self.authors and self.entry_type in EDITED_WORKS else ()

    @property
    def contributors(self) -> tuple[Name, ...]:
        """Who else made the work, named after its title: its editors beside its authors, then its
        translators. It is their work too: listed on their pages, their names linked."""
        return self.work_editors + self.translators if self.translators or self.editors else ()

    @property
    def known_keys(self) -> tuple[str, ...]:
        """Its key, then the aliases its `ids` gives (`alias_keys`)."""
        return (self.key, *alias_keys(self.fields))

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """Newest first, after the forthcoming; entries without a date last; equal dates keep their
        order in the files."""
        return (-(self.year or (_AFTER_EVERY_YEAR if self.forthcoming else 0)), -(self.month or 0), -(self.day or 0), self.order)


@dataclass(frozen=True)
class RelatedWork:
    """A work of the site an entry names as related (biblatex's `related`), as search engines are
    told of it: what it is to the entry (biblatex's `relatedtype`: "reviewof", "translationof"
    ...), its title, authors (or editors) and page (none for one kept out of the lists)."""

    kind: str
    title: str
    authors: tuple[Name, ...]
    url: str | None


def alias_keys(fields: dict[str, str]) -> tuple[str, ...]:
    """biblatex's `ids`: the other keys an entry is known by, where a text cites it or another
    entry names it (Better BibTeX keeps a changed citation key there, so old citations still find it)."""
    value = fields.get("ids")
    return tuple(dict.fromkeys(key.strip() for key in value.split(",") if key.strip())) if value else ()


def year_label(year: int | None, forthcoming: str) -> str:
    """ "2024", "Forthcoming" (no year, but in press, submitted ...) or "Undated"."""
    return str(year) if year else "Forthcoming" if forthcoming else "Undated"


@dataclass(frozen=True)
class CiteItem:
    """One work a citation in Markdown names: `see @key, p. 33` (pandoc's syntax)."""

    key: str
    prefix: str = ""  # text before the key ("see")
    locator: str = ""  # text after it ("p. 33")
    suppress_author: bool = False  # `-@key`: the year (or number) alone, the names being in the sentence


@dataclass(frozen=True)
class Cite:
    """A citation in a Markdown document: `[see @a, p. 3; @b]`, or `@a` in the running text."""

    items: tuple[CiteItem, ...]
    written: str  # as the author wrote it: shown again when a bare `@name` is no entry's key
    narrative: bool = False  # `@key` in a sentence: "Shen et al. (2023) show ..."
    line: int = 0


@dataclass(frozen=True)
class ListQuery:
    """A publication list in a Markdown text (`::: publications year=2020 type=journal`, publist.py)."""

    filters: tuple[tuple[str, tuple[str, ...]], ...]  # (name, its alternatives), all of which an entry passes
    written: str  # the line as written, for messages
    line: int = 0


class InlineText(str):
    """A profile's short text written with Markdown's links or emphasis ("PhD student at
    [Vision Lab](https://...)"): the string is its plain text, for every use that wants words
    (JSON-LD, a page's description, the search index, sorting), and `__html__` its HTML, which
    Jinja puts in a page as it is (markupsafe's protocol, as its Markup's): a template writes
    `{{ item.institution }}` whichever it is. The HTML holds no double quote (markup.inline), so
    in an attribute it is characters. A text without Markdown stays a plain `str`."""

    html: str

    def __new__(cls, plain: str, html: str) -> InlineText:
        made = super().__new__(cls, plain)
        made.html = html
        return made

    def __html__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        # a page's fingerprint is made of reprs (pages.py): a changed link must change it
        return f"InlineText({str.__repr__(self)}, {self.html!r})"

    def __reduce__(self) -> tuple[type[InlineText], tuple[str, str]]:
        return InlineText, (str(self), self.html)


@dataclass(frozen=True)
class Degree:
    """One line of a profile's education: "PhD in Robotics, Northport University, 2019"."""

    degree: str
    institution: str = ""
    year: str = ""
    description: str = ""  # a line under it: the thesis, the advisor
    url: str = ""  # the institution's page (the degree's, without one): a web address or a path of the site


@dataclass(frozen=True)
class Position:
    """One line of a profile's experience: "Research Intern, Example Labs, Seattle, 2021–2023"."""

    title: str
    organization: str = ""
    location: str = ""
    years: str = ""  # "2021–2023", "2021–present", "Jan 2021–Mar 2023"
    description: str = ""
    url: str = ""  # the organization's page (the position's, without one)


@dataclass(frozen=True)
class Award:
    """One line of a profile's awards: "Best Paper Award, ICCV, 2023"."""

    title: str
    awarder: str = ""
    year: str = ""
    description: str = ""  # a line under it: what it was for
    url: str = ""  # the award's page (the title links there)


@dataclass(frozen=True)
class Course:
    """One line of a profile's teaching: "Machine Learning, Teaching Assistant, Example University, Fall 2023"."""

    course: str
    role: str = ""
    institution: str = ""
    term: str = ""
    url: str = ""  # the course's page: a path of the site (`/ml-2023/`) or a web address; "" for none


@dataclass(frozen=True)
class Untranslated:
    """The words of a further language's document that are its original's (a translation that
    does not give a profile's role, or no translation at all), and their language: shown as
    written, each is marked so, for a screen reader's voice."""

    language: str | None = None
    words: frozenset[str] = frozenset()  # front matter keys: role, affiliation, interests, event, summary ...

    def of(self, key: str) -> str | None:
        """The language of the word under this key when it is not the page's."""
        return self.language if key in self.words else None


ALL_TRANSLATED = Untranslated()  # a document of the page's language, or translated whole


@dataclass(frozen=True)
class Person:
    """A profile from content/people/<slug>.md."""

    slug: str
    name: str
    role: str
    affiliation: str
    photo: str | None
    email: str | None
    links: tuple[Link, ...]
    interests: tuple[str, ...]
    aliases: tuple[str, ...]
    bio_html: str
    path: Path
    phone: str | None = None  # an office's number, as written: "+44 20 7946 0958"
    group: str | None = None  # explicit group from front matter; otherwise derived from the role
    order: int | None = None  # position within the group (default: by family name)
    education: tuple[Degree, ...] = ()
    experience: tuple[Position, ...] = ()
    awards: tuple[Award, ...] = ()
    teaching: tuple[Course, ...] = ()
    service: tuple[str, ...] = ()  # reviewing, committees, ...: one line each
    relative_links: tuple[tuple[str, int], ...] = ()  # paths in the biography that are relative, with their lines
    photo_line: int = field(default=0, repr=False, compare=False)  # of `photo:`, for messages about the file
    small_photo: SmallPhoto | None = None  # the photo as the pages show it (photos.py); None: the file itself
    draft: bool = False  # `draft: true`: built only with --drafts
    moved_from: Moved | None = None  # `redirect_from`: its old addresses
    text_language: str | None = None  # the language its text is in, when not the page's (an untranslated text)
    untranslated: Untranslated = ALL_TRANSLATED  # its words shown as its original's (a further language's copy)
    publications: str = "all"  # the profile lists "all" its publications, or the "selected" (the rest a click away)
    cites: tuple[Cite, ...] = ()  # the citations in the text, whose places in `bio_html` hold markers until resolved
    # the works they name, as its references list shows them (not in repr: pages.py fingerprints them apart)
    references: tuple[Publication, ...] = field(default=(), repr=False, compare=False)
    lists: tuple[ListQuery, ...] = ()  # its publication lists (`::: publications ...`), each a marker in the text
    listed: tuple[tuple[Publication, ...], ...] = field(default=(), repr=False, compare=False)  # what each finds

    @property
    def affiliation_in_a_line(self) -> str:
        """The affiliation as one line, for a summary or structured data: one written as lines
        (`affiliation: |`, department, university, city), which the profile shows as lines, has
        them joined by commas."""
        lines = (line.strip().rstrip(",") for line in self.affiliation.splitlines())
        return ", ".join(line for line in lines if line)

    @property
    def mailto(self) -> str | None:
        """A `mailto:` link of the e-mail when it is an address; None when it is written to keep it
        from robots ("ada [at] uni [dot] edu"), which is shown as written, not linked."""
        return f"mailto:{self.email}" if self.email and is_email_address(self.email) else None

    @property
    def tel(self) -> str | None:
        """A `tel:` link of the phone number (its digits, and a leading +: "+44 (0)20 7946-0958" is
        tel:+442079460958, the "(0)" being what one dials at home only); None when it holds no number."""
        if not self.phone:
            return None
        digits = re.sub(r"[^\d+]", "", re.sub(r"\(0\)", "", self.phone))
        return f"tel:{digits[0]}{digits[1:].replace('+', '')}" if len(digits.lstrip("+")) >= 3 else None


@dataclass(frozen=True)
class Page:
    """An extra Markdown page from content/pages/<slug>.md."""

    slug: str
    title: str
    menu: int | None
    html: str
    path: Path
    relative_links: tuple[tuple[str, int], ...] = ()  # paths in the text that are relative, with their lines
    cites: tuple[Cite, ...] = ()  # the citations in the text, whose places in `html` hold markers until resolved
    # the works they name, as its references list shows them (not in repr: pages.py fingerprints them apart)
    references: tuple[Publication, ...] = field(default=(), repr=False, compare=False)
    lists: tuple[ListQuery, ...] = ()  # its publication lists (`::: publications ...`), each a marker in the text
    listed: tuple[tuple[Publication, ...], ...] = field(default=(), repr=False, compare=False)  # what each finds
    draft: bool = False  # `draft: true`: built only with --drafts
    moved_from: Moved | None = None  # `redirect_from`: its old addresses
    text_language: str | None = None  # the language its text is in, when not the page's (an untranslated text)
    untranslated: Untranslated = ALL_TRANSLATED  # its words shown as its original's (a further language's copy)
    titled: bool = True  # its front matter names it (else the title is its file name's words)


@dataclass(frozen=True)
class NewsItem:
    """An announcement from content/news/<slug>.md: a date, a title and a short Markdown body."""

    slug: str
    title: str
    date: date
    html: str
    text: str  # the body as plain text, for feeds and descriptions
    path: Path
    relative_links: tuple[tuple[str, int], ...] = ()  # paths in the text that are relative, with their lines
    cites: tuple[Cite, ...] = ()  # the citations in the text, whose places in `html` hold markers until resolved
    # the works they name, as its references list shows them (not in repr: pages.py fingerprints them apart)
    references: tuple[Publication, ...] = field(default=(), repr=False, compare=False)
    lists: tuple[ListQuery, ...] = ()  # its publication lists (`::: publications ...`), each a marker in the text
    listed: tuple[tuple[Publication, ...], ...] = field(default=(), repr=False, compare=False)  # what each finds
    draft: bool = False  # `draft: true`: built only with --drafts
    moved_from: Moved | None = None  # `redirect_from`: its old addresses
    text_language: str | None = None  # the language its text is in, when not the page's (an untranslated text)
    untranslated: Untranslated = ALL_TRANSLATED  # its words shown as its original's (a further language's copy)
    # its title is its text's first words (no `title`, no heading), so a list shows the text alone:
    # "We welcome Tomáš." as a headline over "We welcome Tomáš." said it twice
    title_from_text: bool = False


@dataclass(frozen=True)
class Talk:
    """A talk, poster or tutorial from content/talks/<slug>.md (academicpages' talks, Hugo Blox's events)."""

    slug: str
    title: str
    date: date
    event: str  # "CVPR 2024"
    location: str  # "Seattle, USA"
    kind: str  # what it was: "Invited talk", "Keynote", "Poster" ... ("" when not said)
    speakers: tuple[str, ...]  # names as written, or profiles' file names; matched to the site's people like authors
    links: tuple[Link, ...]  # slides, video, ...
    html: str  # the abstract or notes, Markdown
    path: Path
    relative_links: tuple[tuple[str, int], ...] = ()
    cites: tuple[Cite, ...] = ()  # the citations in the text, whose places in `html` hold markers until resolved
    references: tuple[Publication, ...] = field(default=(), repr=False, compare=False)
    lists: tuple[ListQuery, ...] = ()  # its publication lists (`::: publications ...`), each a marker in the text
    listed: tuple[tuple[Publication, ...], ...] = field(default=(), repr=False, compare=False)  # what each finds
    draft: bool = False  # `draft: true`: built only with --drafts
    moved_from: Moved | None = None  # `redirect_from`: its old addresses
    text_language: str | None = None  # the language its text is in, when not the page's (an untranslated text)
    untranslated: Untranslated = ALL_TRANSLATED  # its words shown as its original's (a further language's copy)
    speakers_line: int = field(default=0, repr=False, compare=False)  # of `speakers:`, for messages


@dataclass(frozen=True)
class Project:
    """A research project from content/projects/<slug>.md (al-folio's and Hugo Blox's projects):
    what it is about, who works on it, and the publications that came of it."""

    slug: str
    title: str
    summary: str  # one or two sentences for the list of projects ("" when not given)
    image: str | None  # a picture: a file in static/ or a URL
    members: tuple[str, ...]  # names as written, or profiles' file names; matched to people like speakers
    keys: tuple[str, ...]  # its publications, by BibTeX key
    keywords: tuple[str, ...]  # and every publication with one of these keywords
    links: tuple[Link, ...]  # code, website, data ...
    html: str  # the description, Markdown
    path: Path
    order: int | None = None  # position among the projects (default: by title)
    past: bool = False  # ended: listed under "Past projects"
    featured: bool = False  # also on a group site's home page
    relative_links: tuple[tuple[str, int], ...] = ()
    cites: tuple[Cite, ...] = ()  # the citations in the text, whose places in `html` hold markers until resolved
    references: tuple[Publication, ...] = field(default=(), repr=False, compare=False)
    lists: tuple[ListQuery, ...] = ()  # its publication lists (`::: publications ...`), each a marker in the text
    listed: tuple[tuple[Publication, ...], ...] = field(default=(), repr=False, compare=False)  # what each finds
    draft: bool = False  # `draft: true`: built only with --drafts
    moved_from: Moved | None = None  # `redirect_from`: its old addresses
    text_language: str | None = None  # the language its text is in, when not the page's (an untranslated text)
    untranslated: Untranslated = ALL_TRANSLATED  # its words shown as its original's (a further language's copy)
    small_image: SmallPhoto | None = None  # the picture as the pages show it (photos.py); None: the file itself
    image_line: int = field(default=0, repr=False, compare=False)  # of `image:`, for messages about the file
    members_line: int = field(default=0, repr=False, compare=False)  # of `members:`, for messages
    publications_line: int = field(default=0, repr=False, compare=False)  # of `publications:`, for messages

    @property
    def sort_key(self) -> tuple[bool, int, str]:
        """Current projects first, then by `order`, then by title."""
        return (self.past, self.order if self.order is not None else 1_000_000, self.title.casefold())


@dataclass(frozen=True)
class Group:
    """A section of the People page, such as "PhD Students"."""

    name: str
    people: tuple[Person, ...]


@dataclass
class Site:
    """Everything the renderer needs, assembled and cross-referenced."""

    people: list[Person]
    pages: list[Page]
    publications: list[Publication]  # newest first
    # key -> person slug per author position (the editors' without authors), then per contributor
    authorship: dict[str, tuple[str | None, ...]]
    by_person: dict[str, list[Publication]]  # slug -> their publications, newest first
    groups: list[Group] = field(default_factory=list)  # people by group, in the configured order
    selected: list[Publication] = field(default_factory=list)  # for a group site's home page
    home: Page | None = None  # content/index.md
    list_texts: dict[str, Page] = field(default_factory=dict)  # list page (people ...) -> its text: content/pages/people.md
    publication_texts: dict[str, Page] = field(default_factory=dict)  # key -> its own text: content/publications/<key>.md
    news: list[NewsItem] = field(default_factory=list)  # newest first
    coauthors: dict[tuple[str, str], str] = field(default_factory=dict)  # name key (matching.name_key) -> their page
    talks: list[Talk] = field(default_factory=list)  # newest first
    speakers: dict[str, tuple[str | None, ...]] = field(default_factory=dict)  # talk slug -> member slug per speaker
    talks_by_person: dict[str, list[Talk]] = field(default_factory=dict)  # slug -> the talks they gave, newest first
    projects: list[Project] = field(default_factory=list)  # current first, by order, then title
    project_members: dict[str, tuple[str | None, ...]] = field(default_factory=dict)  # project slug -> member slug per name
    project_publications: dict[str, list[Publication]] = field(default_factory=dict)  # project slug -> its works, newest first
    projects_by_person: dict[str, list[Project]] = field(default_factory=dict)  # slug -> the projects they work on
    custom_css: bool = False  # the site's static/css/custom.css, added to every page after the theme's
    styled: dict[str, StyledEntry] = field(default_factory=dict)  # fingerprint -> its line in site.yml's CSL style
    style_digest: str = ""  # what that style formats like (cslstyle.CslStyle.digest); "" for sitegen's own
    scholar_links: dict[str, Link] = field(default_factory=dict)  # key -> its page on a member's Google Scholar profile
    figures: list[SmallPhoto] = field(default_factory=list)  # small copies of the pictures in Markdown (figures.py)
    chrome: Chrome = field(default_factory=Chrome)  # every page's icon, analytics and verification tags (chrome.py)
