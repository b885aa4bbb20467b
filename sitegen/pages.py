"""Which pages the site has, what each is rendered from, and what each depends on.

A one-person site (site.yml `owner`) has the owner's profile as its home page; a group site has
content/index.md with the selected publications, a People page and a page per person. Every site
has the publications page with its filters, a page per publication, and for readers without
JavaScript a page per publication type and keyword.

Every output comes with a fingerprint of everything it shows (Lektor's idea): the long-lived
builder of `sitegen serve` renders a page again only when its fingerprint changed, and renders each
publication's list item once for all the lists that show it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from markupsafe import Markup

from sitegen import __version__
from sitegen.config import Config
from sitegen.csl import csl_json
from sitegen.model import Publication, Site
from sitegen.render import Renderer
from sitegen.scholar import description, json_ld, scholar_tags
from sitegen.slugs import slugify
from sitegen.views import KIND_LABELS, Head, PublicationView, Urls, ViewBuilder


@dataclass(frozen=True)
class Output:
    """One file of the site: where it goes, what it depends on, and how to make it."""

    path: str
    fingerprint: str
    make: Callable[[], str]


@dataclass
class RenderCache:
    """What a long-lived builder keeps between builds; emptied when templates or settings change."""

    keep_lists: bool = False  # worth it only for a builder that builds again (serve): lists are big
    context: str = ""
    fragments: dict[PublicationView, Markup] = field(default_factory=dict)
    views: dict[tuple[object, ...], PublicationView] = field(default_factory=dict)
    csl: dict[str, str] = field(default_factory=dict)  # publication fingerprint -> CSL-JSON item
    lists: dict[tuple[PublicationView, ...], Markup] = field(default_factory=dict)

    def reset_unless(self, context: str) -> None:
        if context != self.context:
            self.context, self.fragments, self.views, self.csl, self.lists = context, {}, {}, {}, {}


def fingerprint(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def site_outputs(site: Site, config: Config, renderer: Renderer, cache: RenderCache | None = None) -> Iterator[Output]:
    """Every page and data file of the site, each with its fingerprint; nothing is rendered yet."""
    cache = cache if cache is not None else RenderCache()
    owner = config.owner or (site.people[0].slug if len(site.people) == 1 and site.home is None else None)
    urls = Urls.for_config(config, owner)
    title = config.title or next((p.name for p in site.people if p.slug == owner), "")
    menu = ([(p.slug, p.title, p.menu) for p in site.pages], bool(site.people), bool(site.publications), owner, title)
    cache.reset_unless(fingerprint(repr(config), renderer.fingerprint, __version__, menu))
    views = ViewBuilder(site, config, urls, cache.views)
    renderer.set_global("publication_items", lambda views: _items(tuple(views), renderer, cache))
    return _Outputs(site, config, renderer, views, urls, title, owner, cache.context, cache.csl).all()


def _items(views: tuple[PublicationView, ...], renderer: Renderer, cache: RenderCache) -> Markup:
    """The list items of several publications, joined once for every page that lists the same ones."""
    html = cache.lists.get(views)
    if html is None:
        html = Markup("\n").join(_fragment(view, renderer, cache) for view in views)
        if cache.keep_lists:
            cache.lists[views] = html
    return html


def _fragment(view: PublicationView, renderer: Renderer, cache: RenderCache) -> Markup:
    html = cache.fragments.get(view)
    if html is None:
        html = Markup(renderer.render("partials/publication.html", pub=view))
        if cache.keep_lists or view.page_owner is None:  # a person's own variant shows on one page only
            cache.fragments[view] = html
    return html


@dataclass
class _Outputs:
    site: Site
    config: Config
    renderer: Renderer
    views: ViewBuilder
    urls: Urls
    title: str
    owner: str | None
    context: str  # templates, settings and menu: when it changes, every output does
    csl: dict[str, str]

    def page(self, template: str, path: str, page_title: str, inputs: object, context: Callable[[], dict]) -> Output:
        """A page from a template; `inputs` is everything its content depends on."""

        def make() -> str:
            url = self.urls.page(path.removesuffix("index.html"))
            values = context()
            return self.renderer.render(
                template,
                site_title=self.title,
                site=self.config,
                page_title=page_title,
                page_url=url,
                navigation=self.views.navigation(url),
                version=__version__,
                head=values.pop("head", Head()),
                **values,
            )

        return Output(path, fingerprint(self.context, template, page_title, inputs), make)

    def listed(self, pubs: Iterable[Publication]) -> tuple[tuple[str, tuple[str | None, ...]], ...]:
        """What a list of publications depends on: each entry and who of the site wrote it."""
        return tuple((pub.fingerprint, self.site.authorship.get(pub.key, ())) for pub in pubs)

    def all(self) -> Iterator[Output]:
        site, views = self.site, self.views
        yield from self.people()
        if self.owner is None:
            yield self.page(
                "home.html",
                "index.html",
                self.title or "Home",
                (repr(site.home), self.listed(site.selected)),
                lambda: {
                    "home": views.page(site.home) if site.home else None,
                    "selected": views.groups(site.selected, by_year=False),
                },
            )
        for extra in site.pages:
            yield self.page(
                "page.html", f"{extra.slug}/index.html", extra.title, repr(extra), lambda extra=extra: {"page": views.page(extra)}
            )
        if site.publications:
            yield from self.publications()
        yield self.data("publications.bib", site.publications, _bib_file)
        yield self.data("publications.json", site.publications, self.csl_json)

    def data(self, path: str, pubs: list[Publication], make: Callable[[list[Publication]], str]) -> Output:
        return Output(path, fingerprint(self.context, path, self.listed(pubs)), lambda: make(pubs))

    def csl_json(self, pubs: list[Publication]) -> str:
        return csl_json(pubs, self.csl)

    def people(self) -> Iterator[Output]:
        site, views = self.site, self.views
        for person in site.people:
            path = "index.html" if person.slug == self.owner else f"people/{person.slug}/index.html"
            pubs = site.by_person.get(person.slug, [])
            yield self.page(
                "person.html", path, person.name, (repr(person), self.listed(pubs)), lambda p=person: {"person": views.person(p)}
            )
            yield self.data(f"people/{person.slug}/publications.bib", pubs, _bib_file)
            yield self.data(f"people/{person.slug}/publications.json", pubs, self.csl_json)
        if len(site.people) > 1:
            yield self.page(
                "people.html", "people/index.html", "People", repr(site.groups), lambda: {"groups": views.people_groups()}
            )

    def publications(self) -> Iterator[Output]:
        pubs, views = self.site.publications, self.views
        members = [(p.slug, p.name) for p in self.site.people]
        yield self.page(
            "publications.html",
            "publications/index.html",
            "Publications",
            (self.listed(pubs), members),
            lambda: {
                "groups": views.groups(pubs, by_year=True),
                "facets": views.facets(pubs),
                "total": len(pubs),
                "filtered_by": None,
            },
        )
        for kind, label in KIND_LABELS.items():
            chosen = [pub for pub in pubs if pub.kind == kind]
            if chosen:
                yield self.listing(f"publications/type/{kind}/index.html", label, chosen)
        keywords = {slugify(k): k for pub in pubs for k in pub.keywords}
        for slug, keyword in sorted(keywords.items()):
            chosen = [pub for pub in pubs if any(slugify(k) == slug for k in pub.keywords)]
            yield self.listing(f"publications/keyword/{slug}/index.html", f"Keyword: {keyword}", chosen)
        for pub in pubs:
            yield self.page(
                "publication.html",
                f"publications/{pub.anchor}/index.html",
                pub.title.text,
                self.listed([pub]),
                lambda pub=pub: self.publication_context(pub),
            )

    def listing(self, path: str, label: str, pubs: list[Publication]) -> Output:
        views = self.views
        return self.page(
            "publications.html",
            path,
            label,
            self.listed(pubs),
            lambda: {"groups": views.groups(pubs, by_year=True), "facets": (), "total": len(pubs), "filtered_by": label},
        )

    def publication_context(self, pub: Publication) -> dict[str, object]:
        urls = self.urls
        view = self.views.publication(pub, link_title=False)
        page_url = urls.absolute(view.url)
        pdf = next((link.url for link in view.links if link.kind == "pdf"), None)
        author_urls = [urls.absolute(urls.person(slug)) if slug else None for slug in self.site.authorship.get(pub.key, ())]
        summary = description(pub)
        head = Head(
            description=summary,
            meta=tuple(scholar_tags(pub, page_url, urls.absolute(pdf) if pdf else None)),
            og=(("og:type", "article"), ("og:title", pub.title.text), ("og:description", summary), ("og:url", page_url)),
            json_ld=json_ld(pub, page_url, author_urls),
        )
        return {"pub": view, "head": head}


def _bib_file(publications: list[Publication]) -> str:
    return "".join(pub.bibtex + "\n\n" for pub in publications)
