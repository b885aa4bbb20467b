"""Template-ready data: what each page shows, already formatted and escaped.

Templates only place these values; every decision (which name is emphasised, which links an entry
gets, how a citation reads) is made here or earlier, where it can be unit-tested.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from markupsafe import Markup

from sitegen.citation import format_citation
from sitegen.config import Config
from sitegen.model import Link, Page, Person, Publication, Site


@dataclass(frozen=True)
class LinkView:
    kind: str
    label: str
    url: str


@dataclass(frozen=True)
class PublicationView:
    anchor: str
    key: str
    citation: Markup
    bibtex: str
    abstract: Markup | None
    links: tuple[LinkView, ...]
    pdf_preview: str | None


@dataclass(frozen=True)
class PublicationGroup:
    heading: str | None  # the year, when grouping by year
    publications: tuple[PublicationView, ...]


@dataclass(frozen=True)
class PersonView:
    slug: str
    name: str
    role: str
    affiliation: str
    photo: str | None
    initials: str
    email: str | None
    links: tuple[LinkView, ...]
    interests: tuple[str, ...]
    bio: Markup
    publication_groups: tuple[PublicationGroup, ...]
    publication_count: int
    bib_download: str
    json_download: str


@dataclass(frozen=True)
class NavView:
    title: str
    url: str
    current: bool


@dataclass
class Urls:
    """Site paths -> URLs under the base path (for example /repo/ on GitHub Pages)."""

    base_path: str
    owner: str | None = None

    def page(self, path: str) -> str:
        """URL of a site path such as 'people/x/' or 'css/site.css'."""
        return self.base_path + path.lstrip("/")

    def person(self, slug: str) -> str:
        return self.page("" if slug == self.owner else f"people/{slug}/")

    def link(self, link: Link) -> str:
        return self.page(link.url) if link.local else link.url


@dataclass
class ViewBuilder:
    """Makes the views of one site; holds what every page shares."""

    site: Site
    config: Config
    urls: Urls
    _people: dict[str, Person] = field(init=False)

    def __post_init__(self) -> None:
        self._people = {person.slug: person for person in self.site.people}

    def person(self, person: Person) -> PersonView:
        publications = [self.publication(pub, person.slug) for pub in self.site.by_person.get(person.slug, [])]
        return PersonView(
            slug=person.slug,
            name=person.name,
            role=person.role,
            affiliation=person.affiliation,
            photo=self.urls.page(person.photo) if person.photo and "://" not in person.photo else person.photo,
            initials="".join(word[0] for word in person.name.split()[:3]).upper(),
            email=person.email,
            links=tuple(LinkView(link.kind, link.label, self.urls.link(link)) for link in person.links),
            interests=person.interests,
            bio=Markup(person.bio_html),
            publication_groups=self._groups(self.site.by_person.get(person.slug, []), publications),
            publication_count=len(publications),
            bib_download=self.urls.page(f"people/{person.slug}/publications.bib"),
            json_download=self.urls.page(f"people/{person.slug}/publications.json"),
        )

    def publication(self, pub: Publication, page_owner: str | None) -> PublicationView:
        slugs = self.site.authorship.get(pub.key, ())
        marks = ["self" if slug and slug == page_owner else None for slug in slugs]
        links = [self.urls.person(slug) if slug and slug != page_owner else None for slug in slugs]
        return PublicationView(
            anchor=pub.anchor,
            key=pub.key,
            citation=Markup(format_citation(pub, marks, links)),
            bibtex=pub.bibtex,
            abstract=Markup(pub.abstract.html) if pub.abstract else None,
            links=tuple(LinkView(link.kind, link.label, self.urls.link(link)) for link in pub.links),
            pdf_preview=self.urls.page(pub.local_pdf) if pub.local_pdf else None,
        )

    def _groups(self, pubs: list[Publication], views: list[PublicationView]) -> tuple[PublicationGroup, ...]:
        if not views:
            return ()
        if not self.config.group_by_year:
            return (PublicationGroup(None, tuple(views)),)
        paired = zip(pubs, views, strict=True)
        return tuple(
            PublicationGroup(str(year) if year else "Undated", tuple(view for _, view in group))
            for year, group in groupby(paired, key=lambda pair: pair[0].year)
        )

    def navigation(self, current: str) -> tuple[NavView, ...]:
        """The menu: site.yml's navigation, or Home and the pages in menu order."""
        if self.config.navigation is not None:
            items = [(item.title, item.url if "://" in item.url else self.urls.page(item.url)) for item in self.config.navigation]
        else:
            pages = sorted((p for p in self.site.pages if p.menu is not None), key=lambda p: (p.menu, p.title))
            items = [("Home", self.urls.page(""))] + [(p.title, self.urls.page(f"{p.slug}/")) for p in pages]
        return tuple(NavView(title, url, url == current) for title, url in items)

    def page(self, page: Page) -> dict[str, object]:
        return {"title": page.title, "body": Markup(page.html)}
