"""Template-ready data: what each page shows, already formatted and escaped.

Templates only place these values; every decision (which name is emphasised, which links an entry
gets, how a citation reads, what the filters offer) is made here or earlier, where it can be tested.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import groupby, zip_longest
from typing import TypeVar
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from sitegen.citation import (
    Credits,
    Shortening,
    as_sentence,
    cite,
    format_reference,
    join_names,
    name_html,
    names_html,
    title_html,
    with_year_label,
)
from sitegen.citelabels import Labels
from sitegen.config import Config
from sitegen.cslstyle import fill_names, fill_title, name_texts
from sitegen.i18n import N_, Words, same_language
from sitegen.matching import name_key
from sitegen.metrics import METRICS
from sitegen.model import (
    ALL_TRANSLATED,
    Award,
    Course,
    Degree,
    Name,
    NewsItem,
    Page,
    Person,
    Position,
    Project,
    Publication,
    Site,
    Talk,
    Untranslated,
)
from sitegen.names import AUTHOR_NOTES, AUTHOR_NOTES_REVERSED
from sitegen.photos import SmallPhoto
from sitegen.publist import MARKER as LIST_MARKER
from sitegen.publist import grouped_by_year
from sitegen.slugs import slugify
from sitegen.urls import Link, SitePaths

PUBLICATIONS = "publications/"  # the folder of the publications' pages
NEWS_ON_HOME = 5  # the latest items shown on the home page; the rest are on /news/

YEAR_WORDS = (N_("Forthcoming"), N_("Undated"))  # model.year_label's headings that are no year
Linked = TypeVar("Linked", Degree, Position, Award, Course)  # a profile's list item that may have a url
KIND_LABELS = {  # English: Words translates them where they are shown
    "journal": N_("Journal articles"),
    "conference": N_("Conference papers"),
    "preprint": N_("Preprints"),
    "thesis": N_("Theses"),
    "book": N_("Books and chapters"),
    "other": N_("Other"),
}


# an entry's names as HTML, the names as a CSL style writes them, the site's people's positions
_Names = tuple[list[str | None], dict[int, str], list[int]]


@dataclass(frozen=True)
class LinkView:
    kind: str
    label: str
    url: str


@dataclass(frozen=True)
class AwardView:
    """An award the entry won (al-folio's `award_name` and `award`): its name, and what it says of it."""

    name: Markup
    text: Markup | None

    @classmethod
    def of(cls, pub: Publication, words: Words) -> AwardView | None:
        parts = pub.parts
        if "award_name" not in parts and "award" not in parts:  # nearly every entry: asked 20,000 times on a big site
            return None
        name = parts["award_name"].html if "award_name" in parts else ""
        text = parts["award"].html if "award" in parts else ""
        return cls(Markup(name or escape(words("Award"))), Markup(text) if text else None) if name or text else None


@dataclass(frozen=True, eq=False)  # made once per entry and owner and cached: identity is equality, and cheap to hash
class PublicationView:
    anchor: str
    key: str
    url: str  # the publication's own page
    citation: Markup
    bibtex: str
    # the abstract's HTML as the publication holds it; `abstract` gives it as Markup when a template
    # asks: kept as Markup, every listed entry's abstract was a second copy (10,000 of them: 36 MB)
    abstract_html: str | None
    links: tuple[LinkView, ...]
    pdf_preview: str | None
    year: str
    kind: str
    members: str  # slugs of the members among the authors, space-separated (for filtering)
    keywords: str  # keyword slugs, space-separated (for filtering)
    more_authors: str = ""  # the names a shortened author list leaves out (for the search)
    badge: Markup | None = None  # the venue's short name (al-folio's `abbr`), shown before the citation
    badge_url: str | None = None  # the venue's page (site.yml's publications.venues), which the badge links to
    award: AwardView | None = None
    author_notes: str = ""  # what the marks mean: "* Equal contribution · † Corresponding author", or the entry's words
    thumbnail: str | None = None  # URL of an image shown beside the entry
    language: str | None = None  # the work's language when not the page's: its abstract is marked so
    page_owner: str | None = None  # whose page this view is for (their name is emphasised)
    toggles: bool = True  # BibTeX and Abstract as toggles; the entry's own page shows them in full instead
    # shared by the views of an entry that differ only in citation and page owner (`variant`):
    # its list item is rendered once for all of them, with each one's citation put in
    family: object = None

    @property
    def abstract(self) -> Markup | None:
        """The abstract as HTML for the template (`{{ pub.abstract }}`), a copy made as it asks."""
        return None if self.abstract_html is None else Markup(self.abstract_html)

    def variant(self, citation: Markup, page_owner: str | None) -> PublicationView:
        """This view with another citation and page owner, in the same family.

        Made by copying the fields: dataclasses.replace goes through __init__ by keyword, and a
        big site makes 30,000 of these (one per entry and page it is listed on).
        """
        view = object.__new__(PublicationView)
        vars(view).update(vars(self), citation=citation, page_owner=page_owner)
        return view


@dataclass(frozen=True)
class Reference:
    """A work a text cites, as its references list shows it."""

    label: str  # "[1]" in a numeric list (the number the text gives it); "" in an author-date one
    pub: PublicationView


@dataclass(frozen=True)
class References:
    """The works a Markdown text cites (`[@key]`), listed after it."""

    numbered: bool
    items: tuple[Reference, ...]


@dataclass(frozen=True)
class PublicationGroup:
    heading: str | None  # the year or the type, when the list is grouped
    publications: tuple[PublicationView, ...]
    anchor: str = "year-all"  # `year-2024` (the year filters' no-JS target) or `type-journal`
    by: str = "none"  # what the groups are: year or type (the heading's class)


@dataclass(frozen=True)
class BodyPart:
    """A stretch of a Markdown text, and the publication list that follows it (none after the last)."""

    html: Markup
    groups: tuple[PublicationGroup, ...] = ()
    heading_level: int = 2  # of its groups' headings (by year): one below the text's last heading before it


class Body(Markup):
    """A Markdown text's HTML: as Markup, the text alone (what a template that prints it shows);
    its `parts` put each publication list it asks for (`::: publications ...`) in its place,
    as partials/body.html shows them."""

    parts: tuple[BodyPart, ...]
    language: str | None  # the language it is written in when not the page's (a text not translated)

    def __bool__(self) -> bool:  # a text of a list alone is something to show
        return len(self) > 0 or any(part.groups for part in self.parts)

    @classmethod
    def of(cls, parts: tuple[BodyPart, ...], language: str | None = None) -> Body:
        body = cls("".join(part.html for part in parts))
        body.parts, body.language = parts, language
        return body


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    url: str  # where the option leads with JavaScript off


@dataclass(frozen=True)
class Facet:
    key: str  # the URL parameter: year, type, member or keyword
    title: str
    options: tuple[FacetOption, ...]


@dataclass(frozen=True)
class PersonCard:
    slug: str
    name: str
    role: str
    url: str
    photo: str | None
    initials: str
    interests: tuple[str, ...]
    untranslated: Untranslated = ALL_TRANSLATED  # its role, affiliation, interests shown as the original's


@dataclass(frozen=True)
class PeopleGroup:
    name: str
    anchor: str
    people: tuple[PersonCard, ...]


@dataclass(frozen=True)
class PersonView:
    card: PersonCard
    affiliation: str
    email: str | None
    email_link: str | None  # mailto:, or None for an e-mail written to keep it from robots (shown as written)
    phone: str | None
    phone_link: str | None  # tel:, or None for a "number" without digits (shown as written)
    links: tuple[LinkView, ...]
    bio: Markup
    education: tuple[Degree, ...]
    experience: tuple[Position, ...]
    awards: tuple[Award, ...]
    teaching: tuple[Course, ...]
    service: tuple[str, ...]
    publication_groups: tuple[PublicationGroup, ...]
    publication_count: int  # all of the person's, also when the page shows only the selected
    bib_download: str
    json_download: str
    publications_title: str = "Publications"
    all_publications: str | None = None  # where they all are, when the page shows only the selected
    downloads: str = "this list"  # what the BibTeX and CSL-JSON downloads hold
    references: References | None = None  # the works the biography cites
    draft: bool = False  # built only because of --drafts: the page says so
    talks: tuple[TalkView, ...] = ()  # the talks they gave, newest first
    projects: tuple[ProjectCard, ...] = ()  # the projects they work on
    contents: tuple[tuple[str, str], ...] = ()  # (title, anchor) of its sections, when it has many


@dataclass(frozen=True)
class Head:
    """What a page adds to <head>: description, meta tags, OpenGraph, JSON-LD, canonical and feeds.

    A page's context gives what is its own (description, og_type, image, JSON-LD, Scholar tags);
    `pages.py` completes the rest (canonical URL, OpenGraph and Twitter card tags, feeds) the same
    way for every page.
    """

    description: str = ""
    meta: tuple[tuple[str, str], ...] = ()  # <meta name=... content=...>
    og: tuple[tuple[str, str], ...] = ()  # <meta property=... content=...>
    json_ld: Markup | None = None
    og_type: str = "website"
    image: str | None = None  # site path or absolute URL of the page's picture
    canonical: str = ""
    feeds: tuple[tuple[str, str], ...] = ()  # (title, URL) of Atom feeds
    noindex: bool = False


@dataclass(frozen=True)
class NewsView:
    title: str
    date: str  # as people read it: "1 Mar 2025"
    iso_date: str  # for <time datetime>
    url: str
    body: Markup
    references: References | None = None  # the works the item cites
    draft: bool = False
    untranslated: Untranslated = ALL_TRANSLATED  # its title shown as the original's
    title_from_text: bool = False  # shown as its text alone, the date leading to its page (NewsItem)


@dataclass(frozen=True)
class TalkView:
    title: str
    url: str  # the talk's own page
    date: str  # as people read it: "1 Mar 2025"
    iso_date: str
    event: str
    location: str
    kind: str  # "Invited talk" ... or ""
    speakers: Markup  # "Mei Lin and Ada Lovelace", members linked to their pages
    links: tuple[LinkView, ...]
    body: Markup
    references: References | None = None
    draft: bool = False
    calendar: str = ""  # the talk as an iCalendar file, for a reader's calendar
    untranslated: Untranslated = ALL_TRANSLATED  # its title, event, location, type shown as the original's


@dataclass(frozen=True)
class TalkGroup:
    heading: str  # the year
    anchor: str
    talks: tuple[TalkView, ...]


@dataclass(frozen=True)
class ProjectCard:
    """A project as lists show it: on /projects/ and on its members' profiles."""

    title: str
    url: str  # the project's own page
    summary: str
    image: str | None  # URL of its picture
    members: Markup  # "Mei Lin, Wei Chen and Carl Guest", members linked to their pages
    untranslated: Untranslated = ALL_TRANSLATED  # its title and summary shown as the original's


@dataclass(frozen=True)
class ProjectView:
    card: ProjectCard
    links: tuple[LinkView, ...]
    body: Markup
    publication_groups: tuple[PublicationGroup, ...]  # by year
    references: References | None = None
    draft: bool = False


@dataclass(frozen=True)
class ProjectGroup:
    heading: str | None  # "Current projects" or "Past projects"; None when no project has ended
    anchor: str
    projects: tuple[ProjectCard, ...]


@dataclass(frozen=True)
class NavView:
    title: str
    url: str
    current: bool
    language: str | None = None  # the title's language when not the page's (a page's title not translated)


@dataclass
class Urls:
    """Site paths -> URLs under the base path (for example /repo/ on GitHub Pages)."""

    base_path: str
    owner: str | None = None
    origin: str = ""  # scheme and host of base_url when it has them, for absolute URLs
    paths: SitePaths | None = None  # a further language's: its pages' folder, and the files at the root

    @classmethod
    def for_config(cls, config: Config, owner: str | None, shared: frozenset[str] = frozenset()) -> Urls:
        parts = urlsplit(config.base_url)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        paths = SitePaths(config.root_path, config.language_path, shared) if config.language_path else None
        return cls(config.base_path, owner, origin, paths)

    def page(self, path: str) -> str:
        """URL of a site path such as 'people/x/' or 'css/site.css'."""
        return self.base_path + path.lstrip("/")

    def file(self, path: str) -> str:
        """URL of a file the site copies from static/, named as the user named it: a space or a `#`
        in `papers/my paper #2.pdf` is percent-encoded, or the link would be invalid or cut short.
        A further language's page finds it at the site's root (a path of no such file, `/cv/`, is
        one of the language's own pages)."""
        quoted = quote(path, safe="/")
        return self.paths.url(quoted) if self.paths else self.page(quoted)

    def in_language(self, html: str) -> str:
        """A publication's HTML, made once for every language, with its links to the site's
        publications (an abstract's citations) leading to this language's pages."""
        if self.paths is None:
            return html
        return html.replace(f'href="{self.paths.root}{PUBLICATIONS}', f'href="{self.base_path}{PUBLICATIONS}')

    def made_file(self, path: str) -> str:
        """URL of a file sitegen makes once for every language (a small photo), at the site's root."""
        return (self.paths.root if self.paths else self.base_path) + path

    def absolute(self, url: str) -> str:
        """An absolute URL when base_url names a host (as Google Scholar wants), else the path."""
        return self.origin + url if url.startswith("/") else url

    def person(self, slug: str) -> str:
        return self.page("" if slug == self.owner else f"people/{slug}/")

    def publication(self, anchor: str) -> str:
        return self.page(f"{PUBLICATIONS}{anchor}/")

    def kind(self, kind: str) -> str:
        return self.page(f"publications/type/{kind}/")

    def keyword(self, keyword: str) -> str:
        return self.page(f"publications/keyword/{slugify(keyword)}/")

    def link(self, link: Link) -> str:
        """A button's or profile link's URL: a page of the site in this language, a file of
        static/ at the root (also one that is missing: the warning named it, `sitegen check`
        reports it where it was meant to be), or an address as it is."""
        if not link.local:
            return link.url
        url = self.page(link.url) if link.page else self.made_file(quote(link.url, safe="/"))
        return url + quote(link.fragment, safe="#=&/:;,+%!$'()*?@~")


@dataclass
class ViewBuilder:
    """Makes the views of one site; holds what every page shares."""

    site: Site
    config: Config
    urls: Urls
    _publications: dict[tuple[object, ...], PublicationView] = field(default_factory=dict)  # may outlive the build
    keep_owner_views: bool = True  # a person's own views are worth keeping only for the next build (serve)
    _shared_parts: dict[str, PublicationView] = field(default_factory=dict)  # this build's, by anchor
    _names: dict[str, tuple[Publication, _Names]] = field(default_factory=dict)  # this build's
    _people: dict[str, Person] = field(init=False)
    _menus: dict[str | None, tuple[NavView, ...]] = field(default_factory=dict)  # this build's, by current entry

    def __post_init__(self) -> None:
        self._people = {person.slug: person for person in self.site.people}

    # -- people -------------------------------------------------------------------------------
    def card(self, person: Person) -> PersonCard:
        return PersonCard(
            slug=person.slug,
            name=person.name,
            role=person.role,
            url=self.urls.person(person.slug),
            photo=self._picture(person.photo, person.small_photo),
            initials="".join(word[0] for word in person.name.split() if word[0].isalpha())[:3].upper(),  # not "(Jacky)"
            interests=person.interests,
            untranslated=person.untranslated,
        )

    def _picture(self, picture: str | None, small: SmallPhoto | None) -> str | None:
        """A photo's or picture's URL: its small version when there is one (photos.py)."""
        if small is not None:
            return self.urls.made_file(small.path)
        return self.urls.file(picture) if picture and "://" not in picture else picture

    def people_groups(self) -> tuple[PeopleGroup, ...]:
        return tuple(
            PeopleGroup(self.words(group.name), f"group-{slugify(group.name)}", tuple(self.card(p) for p in group.people))
            for group in self.site.groups
        )

    def person(self, person: Person, with_news: bool = False) -> PersonView:
        """A profile as its page shows it; `with_news`: the page also shows the latest news (the
        owner's profile as a one-person site's home page)."""
        pubs = self.site.by_person.get(person.slug, [])
        shown = self._on_profile(person, pubs)
        view = PersonView(
            card=self.card(person),
            affiliation=person.affiliation,
            email=person.email,
            email_link=person.mailto,
            phone=person.phone,
            phone_link=person.tel,
            links=tuple(LinkView(link.kind, self.words(link.label), self.urls.link(link)) for link in person.links),
            bio=self.body(person.bio_html, person, person.slug),
            education=tuple(self._with_site_url(degree) for degree in person.education),
            experience=tuple(self._with_site_url(position) for position in person.experience),
            awards=tuple(self._with_site_url(award) for award in person.awards),
            teaching=tuple(self._with_site_url(course) for course in person.teaching),
            service=person.service,
            publication_groups=self.groups(shown, page_owner=person.slug),
            publication_count=len(pubs),
            bib_download=self.urls.page(f"people/{person.slug}/publications.bib"),
            json_download=self.urls.page(f"people/{person.slug}/publications.json"),
            publications_title=self.words("Selected publications" if shown is not pubs else "Publications"),
            all_publications=self.all_publications(person) if shown is not pubs else None,
            downloads=self._downloads(len(pubs), shown is not pubs),
            references=self.references(person.references, person.slug),
            draft=person.draft,
            talks=self.talks(self.site.talks_by_person.get(person.slug, [])),
            projects=tuple(self.project_card(project) for project in self.site.projects_by_person.get(person.slug, [])),
        )
        return dataclasses.replace(view, contents=_contents(view, with_news, self.words))

    def _with_site_url(self, item: Linked) -> Linked:
        """A degree, position, award or course as the profile shows it: the path of its `url`, a
        page's (`/ml-2023/`) or a file's (`files/syllabus.pdf`), as an address of the site; a path
        ending in a slash is a page's even with a full stop in it (`/teaching/cs101.2023/`)."""
        path = item.url.strip()
        if not path or "://" in path or path.startswith(("mailto:", "//")):
            return item
        is_file = not path.endswith("/") and "." in path.rsplit("/", 1)[-1]
        path = path.strip("/")
        made = self.urls.file(path) if is_file else self.urls.page(f"{path}/" if path else "")
        return dataclasses.replace(item, url=made)

    def _downloads(self, count: int, selected: bool) -> str:
        """What the profile's BibTeX and CSL-JSON downloads hold: the list shown, or all of them."""
        if selected:
            return self.words.count("Download all %(num)d:", "Download all %(num)d:", count)
        return self.words("Download this list:")

    def _on_profile(self, person: Person, pubs: list[Publication]) -> list[Publication]:
        """The entries a profile lists: all, or the selected ones (all when none is) for a profile
        with `publications: selected` and on a one-person site's home page with
        `publications.on_home: selected`."""
        if not self.selected_only(person):
            return pubs
        chosen = {id(pub) for pub in self.site.selected}
        return [pub for pub in pubs if id(pub) in chosen] or pubs

    def selected_only(self, person: Person) -> bool:
        """Whether the profile lists only the selected entries (then all of them are on a page of their own)."""
        if person.slug == self.urls.owner:
            return self.config.home_publications == "selected"
        return person.publications == "selected"

    def all_publications(self, person: Person) -> str:
        """Where all of a person's publications are listed: the site's list on a one-person site,
        else their own list (people/<slug>/publications/), when their profile lists only the selected."""
        if person.slug == self.urls.owner:
            return self.urls.page("publications/")
        return self.urls.page(f"people/{person.slug}/publications/")

    # -- publications -------------------------------------------------------------------------
    def publication(self, pub: Publication, page_owner: str | None = None, own_page: bool = False) -> PublicationView:
        """The entry as shown on a page; the same entry shows the same way on many pages, made once.
        On its `own_page` the title is not a link and BibTeX and abstract are shown in full below."""
        if own_page or (page_owner is not None and not self.keep_owner_views):
            return self._publication(pub, page_owner, own_page)  # shown on one page only: not worth keeping
        key = (pub.fingerprint, self.site.authorship.get(pub.key, ()), page_owner, self.site.scholar_links.get(pub.key))
        view = self._publications.get(key)
        if view is None:
            view = self._publications[key] = self._publication(pub, page_owner, own_page)
        return view

    def _publication(self, pub: Publication, page_owner: str | None, own_page: bool) -> PublicationView:
        slugs = self.site.authorship.get(pub.key, ())
        shared = self._shared(pub, slugs, own_page)
        names, texts, members = self._linked_names(pub, slugs)
        styled = self.site.styled.get(pub.fingerprint)
        if page_owner is not None and page_owner in slugs:  # the owner's own name: emphasised, not a link
            names = [
                name_html(name, "self", text=texts.get(index)) if slug == page_owner and html is not None else html
                for index, (name, slug, html) in enumerate(
                    zip((pub.authors or pub.editors) + pub.contributors, slugs, names, strict=False)
                )
            ] + names[len(slugs) :]
        if styled is not None:
            return shared.variant(Markup(fill_names(shared.citation, names, styled, members)), page_owner)
        shorten = self._shortening(pub, slugs, own_page)
        reference = shared.citation
        if page_owner is not None and page_owner in slugs[len(pub.authors or pub.editors) :]:  # they edited or translated it
            reference = self._reference(pub, shared.url, self._credits(pub, slugs, page_owner))
        return shared.variant(Markup(cite(pub, names, reference, shorten)), page_owner)

    def _credits(self, pub: Publication, slugs: tuple[str | None, ...], page_owner: str | None = None) -> Credits:
        """How the entry's editors and translators show (`Publication.contributors`): members'
        names linked to their pages, as the authors' are, the page owner's emphasised instead."""
        own = slugs[len(pub.authors or pub.editors) :]
        return Credits(
            links=[
                (self.urls.person(slug) if slug != page_owner else None) if slug else self.coauthor_link(name)
                for name, slug in zip_longest(pub.contributors, own)
            ],
            marks=["self" if slug is not None and slug == page_owner else None for slug in own],
        )

    def _shortening(self, pub: Publication, slugs: tuple[str | None, ...], own_page: bool) -> Shortening | None:
        """How the author list shows in lists, when it is too long to show whole (see `Shortening`);
        a CSL style has its own rule ("et al." after so many)."""
        names, limit = pub.authors or pub.editors, self.config.max_authors
        if own_page or not 0 < limit < len(names) or limit >= sum(not name.others for name in names):
            return None
        if pub.fingerprint in self.site.styled:  # a CSL style's own rule decides
            return None
        members = frozenset(index for index, slug in enumerate(slugs) if slug)
        return Shortening(self.config.max_authors, members, self.urls.publication(pub.anchor))

    def _linked_names(self, pub: Publication, slugs: tuple[str | None, ...]) -> _Names:
        """The entry's names as HTML, members' linked to their pages, with the names as a CSL style
        writes them and the members' positions (shown even where the style writes "et al."): made
        once a build, since an entry is listed on the page of each member who wrote it and on the lists."""
        found = self._names.get(pub.key)
        if found is None or found[0] is not pub:
            names, styled = pub.authors or pub.editors, self.site.styled.get(pub.fingerprint)
            members = [index for index, slug in enumerate(slugs[: len(names)]) if slug] if styled else []
            if styled:  # a style writes its editors' and translators' names where it will: slots, as the authors'
                names += pub.contributors
            else:  # sitegen's own style names them in the reference (`_credits`)
                slugs = slugs[: len(names)]
            links = [self.urls.person(slug) if slug else None for slug in slugs]
            if self.site.coauthors:
                links = [link or self.coauthor_link(name) for name, link in zip_longest(names, links)]
            texts = name_texts(styled, names, members) if styled else {}
            found = self._names[pub.key] = (pub, (names_html(names, links=links, texts=texts), texts, members))
        return found[1]

    def coauthor_link(self, name: Name | None) -> str | None:
        """The page site.yml's `coauthors` gives for a name that is not a member's."""
        if not self.site.coauthors or name is None or name.others:
            return None  # most sites name none: no need to make the name's key
        return self.site.coauthors.get(name_key(name))

    def _shared(self, pub: Publication, slugs: tuple[str | None, ...], own_page: bool) -> PublicationView:
        """What every list shows alike of this entry (all but the authors), made once per build;
        its `citation` is the reference after the authors. The entry's own page is made once a
        build, so its view is not kept (10,000 of them, with their abstracts: 30 MB)."""
        if own_page:
            return self._shared_view(pub, slugs, own_page=True)
        found = self._shared_parts.get(pub.anchor)
        if found is None or found.key != pub.key:
            found = self._shared_parts[pub.anchor] = self._shared_view(pub, slugs, own_page=False)
        return found

    def _shared_view(self, pub: Publication, slugs: tuple[str | None, ...], own_page: bool) -> PublicationView:
        """The entry's view as every page shows it, in a list or on its own page (see `_shared`)."""
        url = self.urls.publication(pub.anchor)
        return PublicationView(
            anchor=pub.anchor,
            key=pub.key,
            url=url,
            citation=Markup(self._reference(pub, None if own_page else url, self._credits(pub, slugs))),
            bibtex=pub.bibtex,
            abstract_html=self.urls.in_language(pub.abstract.html) if pub.abstract else None,
            links=self._link_views(pub, None if own_page else url),
            pdf_preview=self.urls.file(pub.local_pdf) if pub.local_pdf else None,
            year="" if pub.year_label == "Undated" else pub.year_label,  # the script files undated ones itself
            kind=pub.kind,
            members=" ".join(dict.fromkeys(slug for slug in slugs if slug)),
            more_authors=self._left_out(pub, slugs, own_page),
            badge=Markup(pub.parts["abbr"].html) if "abbr" in pub.parts else None,
            badge_url=self.config.venues.get(pub.parts["abbr"].text.strip()) if "abbr" in pub.parts else None,
            award=AwardView.of(pub, self.words),
            author_notes=Markup(pub.marks_explained) if pub.marks_explained else self._marks_meant(pub),
            thumbnail=self.urls.link(pub.thumbnail) if pub.thumbnail and self.config.previews else None,
            keywords=" ".join(slugify(k) for k in pub.keywords),
            language=self.other_language(pub),
            page_owner=None,
            toggles=not own_page,
            family=object(),
        )

    def _marks_meant(self, pub: Publication) -> str:
        """What the authors' "*" and "†" mean, said under the entry: "* Equal contribution · †
        Corresponding author", or the other way round where the author list shows it (see
        `names.marks_reversed`) and the site's `labels` do not say what its marks mean."""
        reversed_here = pub.marks_reversed and not {"Equal contribution", "Corresponding author"} & self.config.labels.keys()
        meanings = AUTHOR_NOTES_REVERSED if reversed_here else AUTHOR_NOTES
        return " · ".join(f"{mark} {self.words(meanings[mark])}" for mark in pub.author_notes if mark in meanings)

    def _link_views(self, pub: Publication, page_url: str | None) -> tuple[LinkView, ...]:
        """The entry's buttons; first, for one without a title (whose title links to its page in
        any other), "Details": its page, as jekyll-scholar's `details_link`."""
        links = tuple(LinkView(link.kind, self.words(link.label), self.urls.link(link)) for link in self._links(pub))
        if pub.untitled and page_url:
            return (LinkView("details", self.words("Details"), page_url), *links)
        return links

    def _links(self, pub: Publication) -> list[Link]:
        """The entry's buttons: its own links, then the metrics site.yml shows (metrics.py)."""
        scholar = self.site.scholar_links.get(pub.key)
        links = [*pub.links, scholar] if scholar else pub.links
        shown = self.config.metrics
        return [link for link in links if link.kind in shown or link.kind not in METRICS]

    def _reference(self, pub: Publication, title_url: str | None, credits: Credits) -> str:
        """The line but for the authors: after them in sitegen's style, with a slot for each in a CSL style."""
        styled = self.site.styled.get(pub.fingerprint)
        language = self.other_language(pub)
        if styled is None:
            reference = format_reference(pub, title_url, language, credits)
            return self.urls.in_language(reference) if pub.related else reference  # links to related works
        line = fill_title(styled, title_html(pub, title_url, language, styled.title))
        if pub.related:  # what it reviews, translates ... in sitegen's words: citeproc-py has no reviewed-title
            return self.urls.in_language(f"{line} {as_sentence(pub.related)}")
        return line

    def other_language(self, pub: Publication) -> str | None:
        """The work's language when it is not the page's (`de` on an English site; not `en-US`
        there): its title and abstract are marked so, for a screen reader's voice."""
        if pub.language is None or same_language(pub.language, self.config.language):
            return None
        return pub.language

    def _left_out(self, pub: Publication, slugs: tuple[str | None, ...], own_page: bool) -> str:
        """The names a shortened list leaves out, as text: the list's search still finds them."""
        shorten = self._shortening(pub, slugs, own_page)
        if shorten is None:
            return ""
        names = pub.authors or pub.editors
        return ", ".join(name.display for index, name in enumerate(names) if not name.others and not shorten.shows(index))

    def groups(
        self, pubs: Sequence[Publication], page_owner: str | None = None, by: str | None = None
    ) -> tuple[PublicationGroup, ...]:
        """Publications (newest first) as views: in one group, one per year, or one per type in
        KIND_LABELS' order ("Journal articles", "Conference papers" ...); `by` defaults to
        site.yml's `publications.group_by`, which applies to profiles."""
        if not pubs:
            return ()
        views = [self.publication(pub, page_owner) for pub in pubs]
        by = by or self.config.group_by
        if by == "year":
            paired = zip(pubs, views, strict=True)
            return tuple(
                PublicationGroup(self.words(label), tuple(view for _, view in group), f"year-{slugify(label)}", "year")
                for label, group in groupby(paired, key=lambda pair: pair[0].year_label)
            )
        if by == "type":
            by_kind: dict[str, list[PublicationView]] = {kind: [] for kind in KIND_LABELS}
            for pub, view in zip(pubs, views, strict=True):
                by_kind[pub.kind].append(view)
            return tuple(
                PublicationGroup(self.words(KIND_LABELS[kind]), tuple(shown), f"type-{kind}", "type")
                for kind, shown in by_kind.items()
                if shown
            )
        return (PublicationGroup(None, tuple(views)),)

    def facets(self, pubs: Iterable[Publication]) -> tuple[Facet, ...]:
        """The filters of the publications page, each option with its count and no-JS target."""
        pubs, words = list(pubs), self.words
        years = Counter(pub.year_label for pub in pubs)
        kinds = Counter(pub.kind for pub in pubs)
        members = Counter(slug for pub in pubs for slug in dict.fromkeys(s for s in self.site.authorship.get(pub.key, ()) if s))
        keywords = Counter(keyword for pub in pubs for keyword in dict.fromkeys(pub.keywords))
        labels = {slugify(k): k for k in keywords}
        facets = [
            Facet("year", words("Year"), tuple(FacetOption(y, words(y), n, f"#year-{slugify(y)}") for y, n in years.items())),
            Facet(
                "type",
                words("Type"),
                tuple(FacetOption(k, self.words(KIND_LABELS[k]), kinds[k], self.urls.kind(k)) for k in KIND_LABELS if kinds[k]),
            ),
            Facet(
                "member",
                words("Member"),
                tuple(
                    FacetOption(s, self._people[s].name, members[s], self._member_list(self._people[s]))
                    for s in sorted(members, key=lambda s: self._people[s].name)
                ),
            ),
            Facet(
                "keyword",
                words("Keyword"),
                tuple(
                    FacetOption(slugify(k), labels[slugify(k)], n, self.urls.keyword(k))
                    for k, n in sorted(keywords.items(), key=lambda item: item[0].lower())
                ),
            ),
        ]
        return tuple(facet for facet in facets if facet.options)

    def _member_list(self, person: Person) -> str:
        """Where the member filter leads without JavaScript: the list of all their publications."""
        return self.all_publications(person) if self.selected_only(person) else self.urls.person(person.slug) + "#publications"

    # -- news ---------------------------------------------------------------------------------
    def news(self, items: Iterable[NewsItem]) -> tuple[NewsView, ...]:
        return tuple(
            NewsView(
                title=item.title,
                date=self.words.date(item.date),
                iso_date=item.date.isoformat(),
                url=self.urls.page(f"news/{item.slug}/"),
                body=self.body(item.html, item),
                references=self.references(item.references),
                draft=item.draft,
                untranslated=item.untranslated,
                title_from_text=item.title_from_text,
            )
            for item in items
        )

    # -- talks --------------------------------------------------------------------------------
    def talks(self, talks: Iterable[Talk]) -> tuple[TalkView, ...]:
        return tuple(self.talk(talk) for talk in talks)

    def speakers(self, talk: Talk) -> tuple[tuple[str, str | None], ...]:
        """Each speaker as shown, with their slug when a member. What a talk's page and its JSON-LD
        show, and depend on."""
        return self._named(talk.speakers, self.site.speakers.get(talk.slug, ()))

    def _named(self, written: tuple[str, ...], slugs: tuple[str | None, ...]) -> tuple[tuple[str, str | None], ...]:
        """Names of speakers or members as shown, each with its slug when a member: one written as a
        file name (`bob`) shows as the person's name."""
        return tuple(
            (self._people[slug].name if slug and name == slug else name, slug)
            for name, slug in zip_longest(written, slugs)
            if name is not None
        )

    def _linked(self, named: tuple[tuple[str, str | None], ...]) -> Markup:
        """ "Mei Lin, Wei Chen and Carl Guest", members linked to their pages."""
        return Markup(
            join_names(
                [
                    f'<a href="{escape(self.urls.person(slug))}">{escape(name)}</a>' if slug else escape(name)
                    for name, slug in named
                ]
            )
        )

    def talk(self, talk: Talk) -> TalkView:
        return TalkView(
            title=talk.title,
            url=self.urls.page(f"talks/{talk.slug}/"),
            date=self.words.date(talk.date),
            iso_date=talk.date.isoformat(),
            event=talk.event,
            location=talk.location,
            kind=talk.kind,
            speakers=self._linked(self.speakers(talk)),
            links=tuple(LinkView(link.kind, self.words(link.label), self.urls.link(link)) for link in talk.links),
            body=self.body(talk.html, talk),
            references=self.references(talk.references),
            draft=talk.draft,
            calendar=self.urls.page(f"talks/{talk.slug}/talk.ics"),
            untranslated=talk.untranslated,
        )

    def talk_groups(self, talks: Sequence[Talk]) -> tuple[TalkGroup, ...]:
        """All talks by year, newest first (the list is sorted so)."""
        return tuple(
            TalkGroup(str(year), f"talks-{year}", self.talks(group)) for year, group in groupby(talks, key=lambda t: t.date.year)
        )

    # -- projects -----------------------------------------------------------------------------
    def members(self, project: Project) -> tuple[tuple[str, str | None], ...]:
        """Each member as shown, with their slug when a member of the site: what the project's
        pages and its JSON-LD show, and depend on."""
        return self._named(project.members, self.site.project_members.get(project.slug, ()))

    def project_card(self, project: Project) -> ProjectCard:
        return ProjectCard(
            title=project.title,
            url=self.urls.page(f"projects/{project.slug}/"),
            summary=project.summary,
            image=self._picture(project.image, project.small_image),
            members=self._linked(self.members(project)),
            untranslated=project.untranslated,
        )

    def project(self, project: Project) -> ProjectView:
        return ProjectView(
            card=self.project_card(project),
            links=tuple(LinkView(link.kind, self.words(link.label), self.urls.link(link)) for link in project.links),
            body=self.body(project.html, project, listed_below=self.site.project_publications.get(project.slug, [])),
            publication_groups=self.groups(self.site.project_publications.get(project.slug, []), by="year"),
            references=self.references(project.references),
            draft=project.draft,
        )

    def project_groups(self) -> tuple[ProjectGroup, ...]:
        """The projects, current ones first; headed "Current" and "Past" once one has ended."""
        projects = self.site.projects
        if not any(project.past for project in projects):
            return (ProjectGroup(None, "", tuple(self.project_card(project) for project in projects)),)
        headings = {"current": self.words("Current projects"), "past": self.words("Past projects")}
        return tuple(
            ProjectGroup(headings[label], f"projects-{label}", tuple(self.project_card(p) for p in group))
            for label, group in groupby(projects, key=lambda project: "past" if project.past else "current")
        )

    # -- site ---------------------------------------------------------------------------------
    def navigation(self, current: str) -> tuple[NavView, ...]:
        """The menu, with the entry of the page at `current` marked: made once a build for
        each entry and once for the pages of none (10,000 publication pages share one)."""
        if not self._menus:
            self._menus[None] = tuple(
                NavView(title, url, False, language) for title, url, language in menu(self.site, self.config, self.urls)
            )
        marked = current if any(item.url == current for item in self._menus[None]) else None
        found = self._menus.get(marked)
        if found is None:
            found = self._menus[marked] = tuple(
                dataclasses.replace(item, current=item.url == current) for item in self._menus[None]
            )
        return found

    @property
    def words(self) -> Words:
        return self.config.words

    def page(self, page: Page, listed_below: Sequence[Publication] = ()) -> dict[str, object]:
        return {
            "title": page.title,
            "untranslated": page.untranslated,
            "body": self.body(page.html, page, listed_below=listed_below),
            "references": self.references(page.references),
            "draft": page.draft,
        }

    def body(
        self,
        html: str,
        document: Person | Page | NewsItem | Talk | Project,
        page_owner: str | None = None,
        listed_below: Sequence[Publication] = (),
    ) -> Body:
        """A document's text, with each of its publication lists in its marker's place: its
        entries as the profiles list them (under their years with `group=year`), but those the
        page lists below the text anyway (`listed_below`: a project's): an entry's item has its id."""
        if not document.lists:
            return Body.of((BodyPart(Markup(html)),), document.text_language)
        parts, end = [], 0
        below = {id(pub) for pub in listed_below}
        for place in _LIST_PARAGRAPH.finditer(html):
            index = int(place.group(1) or place.group(2))
            query, pubs = document.lists[index], document.listed[index] if index < len(document.listed) else ()
            pubs = tuple(pub for pub in pubs if id(pub) not in below) if below else pubs
            groups = self.groups(pubs, page_owner=page_owner, by="year" if grouped_by_year(query) else "none")
            groups = tuple(dataclasses.replace(group, anchor=f"list-{index + 1}-{group.anchor}") for group in groups)
            headings = _HEADING_LEVEL.findall(html, 0, place.start())
            level = min(int(headings[-1]) + 1, 6) if headings else 2  # the page's title is its h1
            parts.append(BodyPart(Markup(LIST_MARKER.sub("", html[end : place.start()])), groups, level))
            end = place.end()
        return Body.of((*parts, BodyPart(Markup(LIST_MARKER.sub("", html[end:])))), document.text_language)  # and any stray one

    def references(self, pubs: Sequence[Publication], page_owner: str | None = None) -> References | None:
        """The references list of a text that cites these works (in the order cite.py gave them)."""
        if not pubs:
            return None
        labels = Labels(list(pubs), self.config.citation_style)
        return References(
            labels.numeric,
            tuple(
                Reference(f"[{number}]" if labels.numeric else "", self._labelled(pub, page_owner, labels))
                for number, pub in enumerate(pubs, 1)
            ),
        )

    def _labelled(self, pub: Publication, page_owner: str | None, labels: Labels) -> PublicationView:
        """A work in a references list, its year as the text cites it ("2023a") where two works of
        the same authors and year are told apart."""
        view = self.publication(pub, page_owner)
        label = labels.label.get(pub.key)
        if labels.numeric or not pub.year or label in (None, str(pub.year)):
            return view
        styled = pub.fingerprint in self.site.styled  # a CSL style's year follows the names; sitegen's ends the line
        return view.variant(Markup(with_year_label(view.citation, str(pub.year), label, first=styled)), view.page_owner)


# a publication list's place (listfinder.py): a paragraph of its own, or a line in raw HTML (`<div>`)
_LIST_PARAGRAPH = re.compile("<p>\\s*\ue002(\\d+)\ue003\\s*</p>|\ue002(\\d+)\ue003")
_HEADING_LEVEL = re.compile(r"<h([1-6])\b")
CONTENTS_FROM = 5  # sections a profile has before it lists them at its top


def _contents(view: PersonView, with_news: bool, words: Words) -> tuple[tuple[str, str], ...]:
    """The sections of a long profile (a CV's: education, experience, awards, publications, talks,
    teaching ...) as (title, anchor), in the order person.html shows them, to jump to."""
    sections = [
        (N_("Biography"), "biography", bool(view.bio)),
        (N_("News"), "news", with_news),
        (N_("Interests"), "interests", bool(view.card.interests)),
        (N_("Education"), "education", bool(view.education)),
        (N_("Experience"), "experience", bool(view.experience)),
        (N_("Awards"), "awards", bool(view.awards)),
        (N_("Projects"), "projects", bool(view.projects)),
        (view.publications_title, "publications", bool(view.publication_groups)),
        (N_("Talks"), "talks", bool(view.talks)),
        (N_("Teaching"), "teaching", bool(view.teaching)),
        (N_("Service"), "service", bool(view.service)),
    ]
    shown = tuple((words(title), anchor) for title, anchor, present in sections if present)
    return shown if len(shown) >= CONTENTS_FROM else ()


def menu(site: Site, config: Config, urls: Urls) -> tuple[tuple[str, str, str | None], ...]:
    """The menu's (title, URL, the title's language when not the page's) items: site.yml's
    navigation, or Home (People, Publications ...) and the pages in menu order. Every page shows
    it, so it is part of every page's fingerprint."""
    if config.navigation is not None:
        return tuple((item.title, item.url if "://" in item.url else urls.page(item.url), None) for item in config.navigation)
    words = config.words
    lists = (
        ("people", N_("People"), urls.owner is None and site.people),
        ("projects", N_("Projects"), site.projects),
        (
            "publications",
            N_("Publications"),
            site.publications and (urls.owner is None or config.home_publications == "selected"),
        ),
        ("news", N_("News"), site.news),
        ("talks", N_("Talks"), site.talks),
    )
    items: list[tuple[str, str, str | None]] = [(words("Home"), urls.page(""), None)]
    for name, label, shown in lists:  # each named by its page's title when it has one (content/pages/people.md)
        if shown:
            text = site.list_texts.get(name)
            titled = text is not None and text.titled
            items.append(
                (text.title if titled else words(label), urls.page(f"{name}/"), text.untranslated.of("title") if titled else None)  # type: ignore[union-attr]
            )
    pages = sorted(
        (p for p in site.pages if p.menu is not None and p.slug not in site.list_texts), key=lambda p: (p.menu, p.title)
    )
    return (*items, *((p.title, urls.page(f"{p.slug}/"), p.untranslated.of("title")) for p in pages))
