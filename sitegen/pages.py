"""Which pages the site has, what each is rendered from, and what each depends on.

A one-person site (site.yml `owner`) has the owner's profile as its home page; a group site has
content/index.md with the selected publications, a People page and a page per person. Every site
has the publications page with its filters, a page per publication, and for readers without
JavaScript a page per publication type and keyword; news when there is any; and what hosts,
search engines and feed readers look for (404 page, robots.txt, sitemap.xml, Atom feeds).

Every output comes with a fingerprint of everything it shows (Lektor's idea), templates included
(only those the page uses): the long-lived builder of `sitegen serve` renders a page again only
when its fingerprint changed, and the pages of all publications in one step when none could have.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from sitegen import __version__, colours, search
from sitegen.citation import join_names
from sitegen.config import Config
from sitegen.csl import csl_json
from sitegen.discovery import (
    CalendarEvent,
    FeedEntry,
    atom_feed,
    calendar,
    person_json_ld,
    project_json_ld,
    robots,
    sitemap,
    talk_json_ld,
)
from sitegen.errors import SitegenError
from sitegen.i18n import N_, Words
from sitegen.markup import plain_text
from sitegen.model import Moved, NewsItem, Page, Person, Project, Publication, Site, Talk
from sitegen.render import Renderer
from sitegen.rendercache import ITEM_TEMPLATE, RenderCache, Splicer, publication_items
from sitegen.scholar import description, json_ld, scholar_tags
from sitegen.slugs import slugify
from sitegen.sourcedates import SourceDates
from sitegen.urls import is_external
from sitegen.views import KIND_LABELS, NEWS_ON_HOME, PUBLICATIONS, Head, Urls, ViewBuilder, menu
from sitegen.writer import Content

PUBLICATION_PAGES = PUBLICATIONS.rstrip("/")  # the folder of the publications' own pages


@dataclass(frozen=True)
class Output:
    """One file of the site: where it goes, what it depends on, and how to make it.

    The fingerprint is a plain tuple of everything the file shows, compared with `==`: building
    and comparing it is far cheaper than hashing it, and it is only kept in memory.
    """

    path: str
    fingerprint: Hashable
    make: Callable[[], Content]
    shared: bool = False  # a file made for every language once, at the site's root (a small photo)


@dataclass(frozen=True)
class OutputGroup:
    """Outputs that share their inputs, such as the page of every publication.

    A long-lived builder keeps them all in one step while the group's fingerprint holds, instead of
    making and comparing ten thousand fingerprints for a biography edit.
    """

    name: str
    fingerprint: Hashable
    outputs: Callable[[], Iterator[Output]]


class _Identity:
    """Equal only to a wrapper of the very same object: a big input compared in one step.

    The builder hands back the same bibliography and authorship objects while their sources are
    unchanged; holding the object keeps its identity from being reused.
    """

    __slots__ = ("value",)

    def __init__(self, value: object):
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identity) and other.value is self.value

    def __hash__(self) -> int:
        return id(self.value)


def fingerprint(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def publication_folders(publications: Iterable[Publication]) -> tuple[str, list[str]]:
    """The folder that holds the publications' own pages, and the name of each page's folder in it
    (for a writer that makes them ahead, before the pages are planned)."""
    return PUBLICATION_PAGES, [pub.anchor for pub in publications]


def in_folder(items: Iterable[Output | OutputGroup], folder: str) -> Iterator[Output | OutputGroup]:
    """A further language's outputs, each in the language's folder (`de/people/ada/index.html`),
    but the files every language shares, at the site's root."""
    for item in items:
        if isinstance(item, Output):
            yield item if item.shared else dataclasses.replace(item, path=folder + item.path)
        else:
            yield OutputGroup(folder + item.name, item.fingerprint, functools.partial(_outputs_in, item.outputs, folder))


def _outputs_in(outputs: Callable[[], Iterator[Output]], folder: str) -> Iterator[Output]:
    return (dataclasses.replace(output, path=folder + output.path) for output in outputs())


def publication_page(pub: Publication) -> str:
    """Where a publication's own page is written: a folder per anchor, so its URL ends in `/`."""
    return f"{PUBLICATION_PAGES}/{pub.anchor}/index.html"


def site_outputs(
    site: Site,
    config: Config,
    renderer: Renderer,
    cache: RenderCache | None = None,
    dates: SourceDates | None = None,
    shared: frozenset[str] = frozenset(),
) -> Iterator[Output | OutputGroup]:
    """Every page and data file of the site, each with its fingerprint; nothing is rendered yet.
    `shared`: the files at the site's root whatever the language (a further language's pages
    link them there)."""
    cache = cache if cache is not None else RenderCache()
    owner = config.owner or (site.people[0].slug if len(site.people) == 1 and site.home is None else None)
    urls = Urls.for_config(config, owner, shared)
    title = config.title or next((p.name for p in site.people if p.slug == owner), "")
    search_url = urls.page("search/") if search.wanted(site, config.search, owner) else None  # the header's box
    styles = ("css/accent.css",) * bool(config.accent) + ("css/custom.css",) * site.custom_css  # after site.css
    shared = (
        menu(site, config, urls),
        bool(site.publications),
        bool(site.news),
        owner,
        title,
        site.style_digest,
        search_url,
        styles,
        site.chrome,
    )
    cache.start_build(
        fingerprint(repr(config), __version__, shared),
        renderer.digest(ITEM_TEMPLATE),
        site,
        lambda: renderer.shows_verbatim(ITEM_TEMPLATE, "pub", "citation", unread=("page_owner",)),
    )
    views = ViewBuilder(site, config, urls, cache.views, keep_owner_views=cache.keep_lists)
    splicer = Splicer()
    renderer.set_global("translations", _no_translations)  # a site in more than one language has them (build.py)
    renderer.set_global("search_url", search_url)
    renderer.set_global("stylesheets", styles)
    renderer.set_global("chrome", site.chrome.placed(urls.file))
    renderer.set_global("publication_items", lambda views: splicer.slot(publication_items(tuple(views), renderer, cache)))
    return _Outputs(site, config, renderer, views, urls, title, owner, cache, splicer, dates, search_url is not None).all()


def _no_translations(url: str) -> tuple[()]:
    """A page's links to itself in the site's other languages: none in a site of one language."""
    return ()


def _talk_summary(talk: Talk) -> str:
    """A talk's description for search engines and shared links: what, where, when."""
    return ", ".join(part for part in (talk.kind, talk.event, talk.location, talk.date.isoformat()) if part)


def _partitions(
    pubs: list[Publication],
) -> tuple[dict[str, list[Publication]], dict[str, list[Publication]], dict[str, str]]:
    """The publications by type and by keyword slug, and each keyword slug's label."""
    by_kind: dict[str, list[Publication]] = defaultdict(list)
    by_keyword: dict[str, list[Publication]] = defaultdict(list)
    labels: dict[str, str] = {}
    for pub in pubs:
        by_kind[pub.kind].append(pub)
        for keyword in pub.keywords:
            labels[slugify(keyword)] = keyword
        for slug in dict.fromkeys(slugify(keyword) for keyword in pub.keywords):
            by_keyword[slug].append(pub)
    return by_kind, by_keyword, labels


@dataclass
class _Outputs:
    site: Site
    config: Config
    renderer: Renderer
    views: ViewBuilder
    urls: Urls
    title: str
    owner: str | None
    cache: RenderCache
    splicer: Splicer
    source_dates: SourceDates | None = None
    searchable: bool = False  # the site has /search/ and its index (search.wanted, decided once)
    listed_pages: list[tuple[str, tuple[Path, ...]]] = field(default_factory=list)  # for sitemap.xml
    whole_site_data: dict[str, list[bytes]] = field(default_factory=dict)  # publications.bib and .json of the whole site

    @property
    def words(self) -> Words:
        return self.config.words

    @property
    def further(self) -> bool:
        """Whether these are a further language's pages (languages.py): the files every language
        shares (photos, the 404 page, robots.txt) are made once, with the site's own."""
        return bool(self.config.language_path)

    def page(
        self,
        template: str,
        path: str,
        page_title: str,
        inputs: object,
        context: Callable[[], dict],
        sources: Iterable[Path] = (),
        index: bool = True,
    ) -> Output:
        """A page from a template; `inputs` is everything its content depends on, `sources` the
        files it is made from (their dates are its lastmod in sitemap.xml)."""
        if index:
            self.listed_pages.append((path, tuple(sources)))

        def make() -> Content:
            url = self.urls.page(path.removesuffix("index.html"))
            values = context()
            values.setdefault("title_language", None)  # page_title's, when not the page's language
            html = self.renderer.render(
                template,
                site_title=self.title,
                site=self.config,
                page_title=page_title,
                page_url=url,
                navigation=self.views.navigation(url),
                version=__version__,
                head=self.complete_head(values.pop("head", Head()), url, page_title),
                **values,
            )
            return self.splicer.finish(html)

        return Output(path, (self.cache.context, self.templates(template), page_title, inputs), make)

    def list_page(
        self,
        template: str,
        name: str,
        label: str,
        inputs: object,
        context: Callable[[], dict],
        sources: Iterable[Path] = (),
    ) -> Output:
        """A list sitegen makes (/people/, /publications/ ...), led by the text of the page of its
        address when the site has one (`content/pages/people.md`), whose title, if it has one, names it."""
        text = self.site.list_texts.get(name)
        if text is None:
            return self.page(template, f"{name}/index.html", label, inputs, lambda: {**context(), "intro": None}, sources)
        return self.page(
            template,
            f"{name}/index.html",
            text.title if text.titled else label,
            (inputs, repr(text), self.cited(text)),
            lambda: {
                **context(),
                "intro": self.views.page(text),
                "title_language": text.untranslated.of("title") if text.titled else None,
            },
            sources=[text.path, *sources],
        )

    def templates(self, template: str) -> tuple[str, str]:
        """What of the templates a page depends on: its own and those it uses, and the list items'
        (rendered through `publication_items`, which the template does not name)."""
        return (self.renderer.digest(template), self.cache.item_template)

    def complete_head(self, head: Head, url: str, page_title: str) -> Head:
        """Canonical URL, OpenGraph and Twitter card tags and feed links, the same on every page."""
        absolute = self.urls.absolute
        summary = head.description or self.config.description
        image = self.picture_url(head.image) or ""
        known = bool(self.config.origin)  # OpenGraph wants absolute URLs: only when base_url names the host
        og = [("og:site_name", self.title), ("og:type", head.og_type), ("og:title", page_title or self.title)]
        og += [("og:url", absolute(url))] if known else []
        og += [("og:description", summary)] if summary else []
        og += [("og:image", image)] if image and known else []
        card = [("twitter:card", "summary"), ("twitter:title", page_title or self.title)]
        card += [("twitter:description", summary)] if summary else []
        card += [("twitter:image", image)] if image and known else []
        return dataclasses.replace(
            head,
            description=summary,
            canonical="" if head.noindex else absolute(url),
            og=(*og, *head.og),
            meta=(*head.meta, *card),
            feeds=self.feeds(),
        )

    def picture_url(self, picture: str | None) -> str | None:
        """A picture's absolute URL (for OpenGraph and JSON-LD): a file of static/ under the site's
        address, or a URL as it is."""
        if not picture:
            return None
        return picture if is_external(picture) else self.urls.absolute(self.urls.file(picture))

    def feeds(self) -> tuple[tuple[str, str], ...]:
        """(title, URL) of the site's Atom feeds: publications and news, when there are any."""
        if not self.config.origin:
            return ()
        found = [(N_("Publications"), "publications/feed.xml")] if self.site.publications else []
        found += [(N_("News"), "news/feed.xml")] if self.site.news else []
        found += [(N_("Talks"), "talks/feed.xml")] if self.site.talks else []
        return tuple((self.words(title), self.urls.absolute(self.urls.page(path))) for title, path in found)

    def sources(self, pubs: list[Publication]) -> set[Path]:
        """The files these publications come from (their newest date is the list's lastmod).

        Most sites have one .bib file, and then every list that is not empty comes from it: the
        site's files are found once, not entry by entry for each of the 300 profiles and type
        pages of a big site (10,000 entries: 30 ms of planning, with one core idle, to 7)."""
        every = self.cache.derived(self.site.publications, "sources", lambda: {pub.path for pub in self.site.publications})
        if len(every) == 1 and pubs:
            return every
        return self.cache.derived(pubs, "sources", lambda: {pub.path for pub in pubs})

    def listed(self, pubs: list[Publication]) -> Hashable:
        """What a list of publications depends on: each entry and who of the site wrote it.

        Only a builder that builds again compares fingerprints: a one-off build gets the list's
        length instead of a tuple per entry (30,000 of them for a big site's lists)."""
        if not self.cache.keep_lists:
            return len(pubs)
        return self.cache.listed(pubs, self.site.authorship)

    def cited(self, *documents: Person | Page | NewsItem | Talk | Project | None) -> Hashable:
        """What the references lists of these texts depend on (the works' entries, as `listed`)."""
        return tuple(
            (self.listed(list(document.references)), *(self.listed(list(pubs)) for pubs in document.listed))
            for document in documents
            if document and (document.references or document.listed)
        )

    def given(self, person: Person) -> Hashable:
        """What the talks and projects on a profile depend on: the talks, and who of the site gave
        them; the projects, and who works on them."""
        talks = self.site.talks_by_person.get(person.slug, [])
        projects = self.site.projects_by_person.get(person.slug, [])
        given = (repr(talks), tuple(self.views.speakers(talk) for talk in talks), self.cited(*talks)) if talks else ()
        return (given, self.worked_on(projects)) if projects else given

    def worked_on(self, projects: list[Project]) -> Hashable:
        """What a list of projects shows: each one's card (title, summary, picture) and its members."""
        return tuple((p.slug, p.title, p.summary, p.image, p.small_image, self.views.members(p)) for p in projects)

    def all(self) -> Iterator[Output | OutputGroup]:
        """Every output; last, a page at each old address a document names (`redirect_from`), which
        must not be one the site makes itself."""
        moves = [] if self.further else self.moves()  # a further language's pages had no old addresses
        if not moves:
            yield from self.made()
            return
        made: set[str] = set()
        for item in self.made():
            made.update([item.path] if isinstance(item, Output) else (output.path for output in item.outputs()))
            yield item
        yield from self.redirects(moves, made)

    def moves(self) -> list[tuple[Moved, str]]:
        """Each document's old addresses, with the URL it has now."""
        site, urls = self.site, self.urls
        moved = [(person.moved_from, urls.person(person.slug)) for person in site.people]
        moved += [(page.moved_from, urls.page(f"{page.slug}/")) for page in site.pages]
        for folder, documents in (("news", site.news), ("talks", site.talks), ("projects", site.projects)):
            moved += [(document.moved_from, urls.page(f"{folder}/{document.slug}/")) for document in documents]
        moved += [  # a preprint listed as its paper (versions.py): its page's address leads there
            (Moved((publication_page(version),), version.path, version.line), urls.publication(pub.anchor))
            for pub in site.publications
            for version in pub.versions
        ]
        source = self.config.path or Path("site.yml")
        for file, new, line in self.config.redirects:  # site.yml's own map
            moved.append((Moved((file,), source, line), new if new.startswith(("https://", "http://")) else urls.page(new)))
        return [(moves, url) for moves, url in moved if moves is not None]

    def redirects(self, moves: list[tuple[Moved, str]], made: set[str]) -> Iterator[Output]:
        """A small page at each old address that sends readers (and search engines: canonical,
        noindex) to the new one at once, as Hugo's aliases and jekyll-redirect-from do."""
        for moved, target in moves:
            for file in moved.files:
                if file in made:
                    raise SitegenError(
                        f"redirect_from names /{file.removesuffix('index.html')}, an address another page of the site "
                        "has; remove it from redirect_from (or from redirects in site.yml)",
                        moved.source,
                        moved.line,
                    )
                made.add(file)
                make = functools.partial(self.renderer.render, "redirect.html", site=self.config, target=target)
                yield Output(
                    file, (self.cache.context, self.renderer.digest("redirect.html"), target), lambda make=make: make().encode()
                )

    def made(self) -> Iterator[Output | OutputGroup]:
        site, views = self.site, self.views
        yield from self.people()
        if self.owner is None:
            featured = [project for project in site.projects if project.featured]
            yield self.page(
                "home.html",
                "index.html",
                self.title or self.words("Home"),
                (
                    repr(site.home),
                    self.listed(site.selected),
                    repr(site.news[:NEWS_ON_HOME]),
                    self.cited(site.home, *site.news[:NEWS_ON_HOME]),
                    self.worked_on(featured),
                ),
                lambda: {
                    "home": views.page(site.home, listed_below=site.selected) if site.home else None,
                    "selected": views.groups(site.selected, by="none"),
                    "news": views.news(site.news[:NEWS_ON_HOME]),
                    "projects": tuple(views.project_card(project) for project in featured),
                },
                sources=[site.home.path] if site.home else [],
            )
        for extra in site.pages:
            if extra.slug in site.list_texts:  # it leads the list sitegen makes at its address
                continue
            yield self.page(
                "page.html",
                f"{extra.slug}/index.html",
                extra.title,
                (repr(extra), self.cited(extra)),
                lambda extra=extra: {"page": views.page(extra)},
                sources=[extra.path],
            )
        if site.publications:
            yield from self.publications()
        if site.news:
            yield from self.news()
        if site.talks:
            yield from self.talks()
        if site.projects:
            yield from self.projects()
        for figure in site.figures:  # pictures in Markdown, made small
            yield Output(figure.path, figure.path, figure.read, shared=True)
        yield self.data("publications.bib", site.publications, self.bib_file)
        yield self.data("publications.json", site.publications, self.csl_json)
        if self.searchable:
            yield from self.search()
        if self.config.accent and not self.further:
            accent, dark = self.config.accent, self.config.accent_dark
            yield Output("css/accent.css", (accent, dark), lambda: colours.theme_css(accent, dark).encode())
        yield from self.publishing()

    def search(self) -> Iterator[Output]:
        """/search/ and the index its script reads (search.py)."""
        found = search.entries(self.site, self.urls, self.owner)
        pubs = self.site.publications

        def publications() -> tuple[search.Entry, ...]:
            known = self.cache.search if self.cache.keep_lists else None
            listed = self.cache.derived(
                pubs, f"search {self.config.base_path}", lambda: search.publication_entries(pubs, self.urls, known)
            )
            return search.with_texts(listed, self.site, self.urls)

        # a builder that builds again compares the entries; a one-off build makes them where it
        # writes the index, in a rendering process, not while it plans (10,000 entries: 0.12 s)
        listed = publications() if self.cache.keep_lists else len(pubs)
        yield Output(
            "search.json",
            (self.cache.context, found, listed),
            lambda: search.index_json(found, listed if isinstance(listed, tuple) else publications(), self.words),
        )
        yield self.page(
            "search.html", "search/index.html", self.words("Search"), (), lambda: {"index": self.urls.page("search.json")}
        )

    def news(self) -> Iterator[Output]:
        """/news/ with every item, and a page per item (what the feed links to)."""
        items, views = self.site.news, self.views
        yield self.list_page(
            "news.html",
            "news",
            self.words("News"),
            (repr(items), self.cited(*items)),
            lambda: {"news": views.news(items)},
            sources=[i.path for i in items],
        )
        for item in items:
            yield self.page(
                "news_item.html",
                f"news/{item.slug}/index.html",
                item.title,
                (repr(item), self.cited(item)),
                lambda item=item: {"item": views.news([item])[0], "head": Head(description=item.text[:300], og_type="article")},
                sources=[item.path],
            )

    def talks(self) -> Iterator[Output]:
        """/talks/ by year, and a page per talk."""
        talks, views = self.site.talks, self.views
        yield self.list_page(
            "talks.html",
            "talks",
            self.words("Talks"),
            (repr(talks), tuple(views.speakers(talk) for talk in talks), self.cited(*talks)),
            lambda: {"groups": views.talk_groups(talks)},
            sources=[talk.path for talk in talks],
        )
        events = tuple(self.calendar_event(talk) for talk in talks)
        name = f"{self.title}: {self.words('Talks')}" if self.title else self.words("Talks")
        yield Output("talks/talks.ics", (name, events), lambda: calendar(name, events))
        for talk, event in zip(talks, events, strict=True):
            yield self.page(
                "talk.html",
                f"talks/{talk.slug}/index.html",
                talk.title,
                (repr(talk), views.speakers(talk), self.cited(talk)),
                lambda talk=talk: {"talk": views.talk(talk), "head": self.talk_head(talk)},
                sources=[talk.path],
            )
            yield Output(f"talks/{talk.slug}/talk.ics", event, lambda talk=talk, event=event: calendar(talk.title, [event]))

    def calendar_event(self, talk: Talk) -> CalendarEvent:
        """A talk in a calendar: what and who first, then its abstract; its page's address when the site has one."""
        speakers = join_names([name for name, _ in self.views.speakers(talk)])  # "Lovelace, Ada and Carl Guest", as the page
        about = " · ".join(part for part in (talk.kind, talk.event, speakers) if part)
        abstract = plain_text(talk.html)[:1000]
        url = self.urls.absolute(self.urls.page(f"talks/{talk.slug}/")) if self.config.origin else None
        host = urlsplit(self.config.origin).netloc or "sitegen"
        description = f"{about}\n\n{abstract}".strip()
        return CalendarEvent(f"talk-{talk.slug}@{host}", talk.date, talk.title, talk.location, description, url)

    def projects(self) -> Iterator[Output]:
        """/projects/ (current ones first), and a page per project with its publications."""
        projects, views = self.site.projects, self.views
        yield self.list_page(
            "projects.html",
            "projects",
            self.words("Projects"),
            self.worked_on(projects),
            lambda: {"groups": views.project_groups()},
            sources=[project.path for project in projects],
        )
        for project in projects:
            pubs = self.site.project_publications.get(project.slug, [])
            yield self.page(
                "project.html",
                f"projects/{project.slug}/index.html",
                project.title,
                (repr(project), views.members(project), self.listed(pubs), self.cited(project)),
                lambda project=project: {"project": views.project(project), "head": self.project_head(project)},
                sources=[project.path, *self.sources(pubs)],
            )
            if project.small_image is not None:
                yield Output(project.small_image.path, project.small_image.path, project.small_image.read, shared=True)

    def project_head(self, project: Project) -> Head:
        """A project's summary, picture and schema.org ResearchProject (members with their page's URL)."""
        urls = self.urls
        members = [(name, urls.absolute(urls.person(slug)) if slug else None) for name, slug in self.views.members(project)]
        image = self.picture_url(project.image)
        page_url = urls.absolute(urls.page(f"projects/{project.slug}/"))
        return Head(
            description=str(project.summary), image=project.image, json_ld=project_json_ld(project, page_url, members, image)
        )

    def talk_head(self, talk: Talk) -> Head:
        """A talk's summary and schema.org Event (speakers who are members with their page's URL)."""
        urls = self.urls
        speakers = [(name, urls.absolute(urls.person(slug)) if slug else None) for name, slug in self.views.speakers(talk)]
        page_url = urls.absolute(urls.page(f"talks/{talk.slug}/"))
        return Head(description=_talk_summary(talk), og_type="article", json_ld=talk_json_ld(talk, page_url, speakers))

    def publishing(self) -> Iterator[Output]:
        """What hosts, search engines and feed readers look for: 404 page, .nojekyll, CNAME, robots, sitemap, feed.
        A further language has its own sitemap and feeds; the rest is the site's, at its root."""
        yield from () if self.further else self.hosts()
        if not self.config.origin:
            return  # sitemap and feeds need absolute URLs: base_url must name the host
        pages = [
            (self.urls.absolute(self.urls.page(path.removesuffix("index.html"))), self.dates(sources))
            for path, sources in self.listed_pages
        ]
        yield Output("sitemap.xml", tuple(pages), lambda: sitemap(pages))
        newest = slice(self.config.feed_limit or None)  # each list is newest first
        if self.site.publications:
            entries = [self.feed_entry(pub) for pub in self.site.publications[newest]]
            yield self.feed("publications/feed.xml", N_("Publications"), entries)
        if self.site.news:
            yield self.feed("news/feed.xml", N_("News"), [self.news_entry(item) for item in self.site.news[newest]])
        if self.site.talks:
            yield self.feed("talks/feed.xml", N_("Talks"), [self.talk_entry(talk) for talk in self.site.talks[newest]])

    def hosts(self) -> Iterator[Output]:
        """The site's 404 page and what GitHub Pages and search engines read at its root."""
        yield self.page(
            "404.html", "404.html", self.words("Page not found"), (), lambda: {"head": Head(noindex=True)}, index=False
        )
        yield Output(".nojekyll", (), lambda: b"")  # GitHub Pages: serve the files as they are, no Jekyll
        if self.config.cname:
            yield Output("CNAME", (self.config.cname,), lambda: f"{self.config.cname}\n".encode())
        folders = ("", *(language.folder for language in self.config.languages))
        sitemaps = (
            tuple(self.urls.absolute(self.urls.page(f"{folder}sitemap.xml")) for folder in folders) if self.config.origin else ()
        )
        yield Output("robots.txt", sitemaps, lambda: robots(*sitemaps))

    def feed(self, path: str, what: str, entries: list[FeedEntry]) -> Output:
        feed_url = self.urls.absolute(self.urls.page(path))
        what = self.words(what)
        title = f"{self.title}: {what}" if self.title else what
        home = self.urls.absolute(self.urls.page(""))
        return Output(
            path,
            (self.cache.context, tuple(entries)),
            lambda: atom_feed(title, feed_url, home, entries, self.title, self.config.language),
        )

    def news_entry(self, item: NewsItem) -> FeedEntry:
        return FeedEntry(
            url=self.urls.absolute(self.urls.page(f"news/{item.slug}/")), title=item.title, updated=item.date, summary=item.text
        )

    def talk_entry(self, talk: Talk) -> FeedEntry:
        """A talk in the talks' feed: its speakers as authors; what, where and when, then its abstract."""
        abstract = plain_text(talk.html)
        return FeedEntry(
            url=self.urls.absolute(self.urls.page(f"talks/{talk.slug}/")),
            title=talk.title,
            updated=talk.date,
            authors=tuple(name for name, _ in self.views.speakers(talk)),
            summary=f"{_talk_summary(talk)}. {abstract}" if abstract else _talk_summary(talk),
        )

    def dates(self, sources: tuple[Path, ...]) -> date | None:
        return self.source_dates.newest(sources) if self.source_dates else None

    def feed_entry(self, pub: Publication) -> FeedEntry:
        published = date(pub.year, pub.month or 1, pub.day or 1) if pub.year else None
        return FeedEntry(
            url=self.urls.absolute(self.urls.publication(pub.anchor)),
            title=pub.title.text,
            updated=published or self.dates((pub.path,)) or date(1970, 1, 1),
            authors=tuple(name.display for name in pub.authors if not name.others),
            summary=pub.abstract.text if pub.abstract else "",
            categories=pub.keywords,
        )

    def data(self, path: str, pubs: list[Publication], make: Callable[[list[Publication]], list[bytes]]) -> Output:
        """A download of these publications; a person who co-wrote every entry shares the site's bytes."""
        signature = self.listed(pubs)
        everything = pubs is self.site.publications or (
            len(pubs) == len(self.site.publications)
            and self.cache.listed(pubs, self.site.authorship) == self.cache.listed(self.site.publications, self.site.authorship)
        )

        def made() -> list[bytes]:
            if not everything:
                return make(pubs)
            if path.startswith("people/"):  # a person who co-wrote everything: the site's file comes later
                found = self.whole_site_data.get(make.__name__)
                if found is None:
                    found = self.whole_site_data[make.__name__] = make(pubs)
                return found
            found = self.whole_site_data.pop(make.__name__, None)  # the last one to need it
            return found if found is not None else make(pubs)

        return Output(path, (self.cache.context, path, signature), made)

    def csl_json(self, pubs: list[Publication]) -> list[bytes]:
        return csl_json(pubs, self.cache.csl)

    def bib_file(self, pubs: list[Publication]) -> list[bytes]:
        """The entries' clean BibTeX, one blank line after each (as pieces: not worth joining)."""
        cache, chunks = self.cache.bibtex, []
        for pub in pubs:
            chunk = cache.get(pub.fingerprint)
            if chunk is None:
                chunk = cache[pub.fingerprint] = (pub.bibtex + "\n\n").encode("utf-8")
            chunks.append(chunk)
        return chunks

    def people(self) -> Iterator[Output]:
        site, views = self.site, self.views
        for person in site.people:
            path = "index.html" if person.slug == self.owner else f"people/{person.slug}/index.html"
            pubs = site.by_person.get(person.slug, [])
            news = site.news[:NEWS_ON_HOME] if path == "index.html" else []  # the owner's profile is the home page
            yield self.page(
                "person.html",
                path,
                person.name,
                (repr(person), self.listed(pubs), repr(news), self.cited(person, *news), self.given(person)),
                lambda p=person, news=news: {
                    "person": views.person(p, with_news=bool(news)),
                    "head": self.person_head(p),
                    "news": views.news(news),
                },
                sources=[person.path, *self.sources(pubs)],
            )
            if person.small_photo is not None:
                yield Output(person.small_photo.path, person.small_photo.path, person.small_photo.read, shared=True)
            if views.selected_only(person) and path != "index.html":  # the rest a click away, on a list of their own
                yield self.listing(
                    f"people/{person.slug}/publications/index.html",
                    self.words("Publications of %(name)s", name=person.name),
                    pubs,
                    person.slug,
                )
            yield self.data(f"people/{person.slug}/publications.bib", pubs, self.bib_file)
            yield self.data(f"people/{person.slug}/publications.json", pubs, self.csl_json)
        if len(site.people) > 1:
            yield self.list_page(
                "people.html",
                "people",
                self.words("People"),
                repr(site.groups),
                lambda: {"groups": views.people_groups()},
                sources=[person.path for person in site.people],
            )

    def publications(self) -> Iterator[Output | OutputGroup]:
        pubs, views = self.site.publications, self.views
        members = [(p.slug, p.name, views.selected_only(p)) for p in self.site.people]  # the member filter's links
        yield self.list_page(
            "publications.html",
            "publications",
            self.words("Publications"),
            (self.listed(pubs), members),
            lambda: {
                "groups": views.groups(pubs, by="year"),
                "facets": views.facets(pubs),
                "total": len(pubs),
                "filtered_by": None,
            },
            sources=self.sources(pubs),
        )
        by_kind, by_keyword, labels = self.cache.derived(pubs, "partitions", lambda: _partitions(pubs))
        for kind, label in KIND_LABELS.items():
            if by_kind[kind]:
                yield self.listing(f"publications/type/{kind}/index.html", self.words(label), by_kind[kind])
        for slug in sorted(by_keyword):
            yield self.listing(
                f"publications/keyword/{slug}/index.html",
                self.words("Keyword: %(keyword)s", keyword=labels[slug]),
                by_keyword[slug],
            )
        self.listed_pages += self.cache.derived(pubs, "pages", lambda: [(publication_page(pub), (pub.path,)) for pub in pubs])
        part_of = self.part_of()
        yield OutputGroup(
            "publication pages",
            (
                self.cache.context,
                self.templates("publication.html"),
                _Identity(pubs),
                _Identity(self.site.authorship),
                tuple(part_of.items()),
                tuple((key, repr(text), self.cited(text)) for key, text in self.site.publication_texts.items()),
            ),
            lambda: self.publication_pages(pubs, part_of),
        )

    def part_of(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """The projects (title, URL) each publication came of, by key: its page links them."""
        found: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for project in self.site.projects:
            for pub in self.site.project_publications.get(project.slug, []):
                found[pub.key].append((project.title, self.urls.page(f"projects/{project.slug}/")))
        return {key: tuple(projects) for key, projects in found.items()}

    def publication_pages(self, pubs: list[Publication], part_of: dict[str, tuple[tuple[str, str], ...]]) -> Iterator[Output]:
        authorship, texts = self.site.authorship, self.site.publication_texts
        for pub in pubs:
            projects, text = part_of.get(pub.key, ()), texts.get(pub.key)
            yield self.page(
                "publication.html",
                publication_page(pub),
                pub.title.text,
                (pub.fingerprint, authorship.get(pub.key, ()), projects, (repr(text), self.cited(text)) if text else None),
                lambda pub=pub, projects=projects, text=text: {
                    **self.publication_context(pub),
                    "projects": projects,
                    "text": self.views.page(text) if text else None,
                },
                index=False,  # listed with the others above, also when the group is kept as it was
            )

    def listing(self, path: str, label: str, pubs: list[Publication], page_owner: str | None = None) -> Output:
        """A list of some of the publications (a type's, a keyword's, a person's: `page_owner`,
        whose name is emphasised), by year, without the filters."""
        views = self.views
        return self.page(
            "publications.html",
            path,
            label,
            self.listed(pubs),
            lambda: {
                "groups": views.groups(pubs, page_owner=page_owner, by="year"),
                "facets": (),
                "total": len(pubs),
                "filtered_by": label,
                "intro": None,
            },
            sources=self.sources(pubs),
        )

    def publication_context(self, pub: Publication) -> dict[str, object]:
        urls = self.urls
        view = self.views.publication(pub, own_page=True)
        page_url = urls.absolute(view.url)
        pdf = next((link.url for link in view.links if link.kind == "pdf"), None)
        slugs = self.site.authorship.get(pub.key, ())
        person_urls = {
            name: url
            for name, slug in zip((pub.authors or pub.editors) + pub.contributors, slugs, strict=False)
            if (url := urls.absolute(urls.person(slug)) if slug else self.views.coauthor_link(name))
        }
        summary = description(pub)
        # Google Scholar indexes a paper at one address: the site's own language's page has its tags
        tags = () if self.further else tuple(scholar_tags(pub, page_url, urls.absolute(pdf) if pdf else None))
        head = Head(
            description=summary,
            meta=tags,
            og_type="article",
            image=pub.thumbnail.url if pub.thumbnail else None,  # al-folio's `preview`: the picture a shared link shows
            json_ld=json_ld(pub, page_url, person_urls),
        )
        return {"pub": view, "head": head}

    def person_head(self, person: Person) -> Head:
        """A profile's summary, picture and schema.org Person (sameAs: the profile's web links)."""
        urls = self.urls
        photo = self.picture_url(person.photo)
        same_as = [link.url for link in person.links if not link.local and link.url.startswith(("http://", "https://"))]
        summary = ", ".join(part for part in (person.name, person.role, person.affiliation_in_a_line) if part)
        if person.slug == self.owner and self.config.description:
            summary = self.config.description  # the home page of a one-person site: the owner's own words
        return Head(
            description=summary,
            og_type="profile",
            image=person.photo,
            json_ld=person_json_ld(person, urls.absolute(urls.person(person.slug)), photo, same_as),
        )
