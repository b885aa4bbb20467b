"""Which pages the site has, and what each is rendered from.

A one-person site (site.yml `owner`) has the owner's profile as its home page; a group site has
content/index.md with the selected publications, a People page and a page per person. Every site
has the publications page with its filters, a page per publication, and for readers without
JavaScript a page per publication type and keyword.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sitegen import __version__
from sitegen.config import Config
from sitegen.csl import csl_json
from sitegen.model import Publication, Site
from sitegen.render import Renderer
from sitegen.scholar import description, json_ld, scholar_tags
from sitegen.slugs import slugify
from sitegen.views import KIND_LABELS, Head, Urls, ViewBuilder


def render_site(site: Site, config: Config, renderer: Renderer) -> Iterator[tuple[str, str]]:
    """(site path, text) for every page and data file of the site, one at a time."""
    owner = config.owner or (site.people[0].slug if len(site.people) == 1 and site.home is None else None)
    urls = Urls.for_config(config, owner)
    views = ViewBuilder(site, config, urls)
    title = config.title or next((p.name for p in site.people if p.slug == owner), "")

    def page(template: str, path: str, page_title: str, **context: object) -> tuple[str, str]:
        url = urls.page(path.removesuffix("index.html"))
        return path, renderer.render(
            template,
            site_title=title,
            site=config,
            page_title=page_title,
            page_url=url,
            navigation=views.navigation(url),
            version=__version__,
            head=context.pop("head", Head()),
            **context,
        )

    yield from _people_pages(site, views, owner, page)
    if owner is None:
        selected = views.groups(site.selected, by_year=False)
        yield page(
            "home.html", "index.html", title or "Home", home=views.page(site.home) if site.home else None, selected=selected
        )
    for extra in site.pages:
        yield page("page.html", f"{extra.slug}/index.html", extra.title, page=views.page(extra))
    if site.publications:
        yield from _publication_pages(site, views, urls, page)
    yield "publications.bib", _bib_file(site.publications)
    yield "publications.json", csl_json(site.publications)


Output = Iterator[tuple[str, str]]
Render = Callable[..., tuple[str, str]]


def _people_pages(site: Site, views: ViewBuilder, owner: str | None, page: Render) -> Output:
    for person in site.people:
        path = "index.html" if person.slug == owner else f"people/{person.slug}/index.html"
        yield page("person.html", path, person.name, person=views.person(person))
        pubs = site.by_person.get(person.slug, [])
        yield f"people/{person.slug}/publications.bib", _bib_file(pubs)
        yield f"people/{person.slug}/publications.json", csl_json(pubs)
    if len(site.people) > 1:
        yield page("people.html", "people/index.html", "People", groups=views.people_groups())


def _publication_pages(site: Site, views: ViewBuilder, urls: Urls, page: Render) -> Output:
    pubs = site.publications
    yield page(
        "publications.html",
        "publications/index.html",
        "Publications",
        groups=views.groups(pubs, by_year=True),
        facets=views.facets(pubs),
        total=len(pubs),
        filtered_by=None,
    )
    for kind, label in KIND_LABELS.items():
        chosen = [pub for pub in pubs if pub.kind == kind]
        if chosen:
            yield _listing(views, page, f"publications/type/{kind}/index.html", label, chosen)
    keywords = {slugify(k): k for pub in pubs for k in pub.keywords}
    for slug, keyword in sorted(keywords.items()):
        chosen = [pub for pub in pubs if any(slugify(k) == slug for k in pub.keywords)]
        yield _listing(views, page, f"publications/keyword/{slug}/index.html", f"Keyword: {keyword}", chosen)
    for pub in pubs:
        yield _publication_page(site, views, urls, page, pub)


def _listing(views: ViewBuilder, page: Render, path: str, label: str, pubs: list[Publication]) -> tuple[str, str]:
    return page(
        "publications.html", path, label, groups=views.groups(pubs, by_year=True), facets=(), total=len(pubs), filtered_by=label
    )


def _publication_page(site: Site, views: ViewBuilder, urls: Urls, page: Render, pub: Publication) -> tuple[str, str]:
    view = views.publication(pub, link_title=False)
    page_url = urls.absolute(view.url)
    pdf = next((link.url for link in view.links if link.kind == "pdf"), None)
    author_urls = [urls.absolute(urls.person(slug)) if slug else None for slug in site.authorship.get(pub.key, ())]
    summary = description(pub)
    head = Head(
        description=summary,
        meta=tuple(scholar_tags(pub, page_url, urls.absolute(pdf) if pdf else None)),
        og=(("og:type", "article"), ("og:title", pub.title.text), ("og:description", summary), ("og:url", page_url)),
        json_ld=json_ld(pub, page_url, author_urls),
    )
    return page("publication.html", f"publications/{pub.anchor}/index.html", pub.title.text, pub=view, head=head)


def _bib_file(publications: list[Publication]) -> str:
    return "".join(pub.bibtex + "\n\n" for pub in publications)
