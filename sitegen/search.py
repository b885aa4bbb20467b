"""The site's search: every page's title, address and first words in one file (search.json), which
the script reads once a reader searches (the header's box, the /search/ page). A group site has it;
a one-person site, whose few pages its menu shows, has it when site.yml says `search: true`.

The index holds text only (what a reader would search for: a person's name, role and interests,
a publication's title, authors and venue, a page's words); the script folds case and accents as
the publications page's search does. Without JavaScript the box is not shown.
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson

from sitegen.i18n import N_, Words
from sitegen.markup import plain_text
from sitegen.model import Publication, Site
from sitegen.views import Urls

KINDS = (N_("Person"), N_("Page"), N_("News"), N_("Talk"), N_("Project"), N_("Publication"))
PERSON, PAGE, NEWS, TALK, PROJECT, PUBLICATION = range(len(KINDS))
_WORDS = 600  # characters of a text kept: enough to find a page by what it is about
Entry = tuple[int, str, str, str]  # kind, title, URL, text


def wanted(site: Site, setting: bool | None, owner: str | None) -> bool:
    """Whether the site gets a search: site.yml's `search`, else a group site does; a site with a
    page of its own at /search/ keeps that."""
    if any(page.slug == "search" for page in site.pages):
        return False
    return setting if setting is not None else owner is None and len(site.people) > 1


def entries(site: Site, urls: Urls, owner: str | None) -> tuple[Entry, ...]:
    """What the index holds but the publications, in the order a reader meets it: people, pages,
    news, talks, projects."""
    return tuple(_entries(site, urls, owner))


def publication_entries(pubs: list[Publication], urls: Urls, known: dict[str, Entry] | None = None) -> tuple[Entry, ...]:
    """The publications' part of the index: the same while the bibliography is (serve keeps it),
    and each entry's while it is (`known`, by the publication's fingerprint: serve's .bib edits)."""
    if known is None:
        return tuple(_entry(pub, urls) for pub in pubs)
    entries = []
    for pub in pubs:
        entry = known.get(pub.fingerprint)
        if entry is None:
            entry = _entry(pub, urls)
            if pub.fingerprint:  # a publication made without one (by hand, in a test) is not kept
                known[pub.fingerprint] = entry
        entries.append(entry)
    return tuple(entries)


def _entry(pub: Publication, urls: Urls) -> Entry:
    return PUBLICATION, pub.title.text, urls.publication(pub.anchor), _about(pub)


def with_texts(publications: tuple[Entry, ...], site: Site, urls: Urls) -> tuple[Entry, ...]:
    """The publications' part of the index, each entry with a text of its own
    (content/publications/<key>.md) followed by that text's first words: a paper is found by what
    its page says of it (the dataset it gave, the prize it won)."""
    if not site.publication_texts:
        return publications
    texts = {
        urls.publication(pub.anchor): plain_text(text.html)[:_WORDS]
        for pub in site.publications
        if (text := site.publication_texts.get(pub.key)) is not None
    }
    return tuple(
        (kind, title, url, _joined(about, texts[url])) if url in texts else (kind, title, url, about)
        for kind, title, url, about in publications
    )


def index_json(found: tuple[Entry, ...], publications: tuple[Entry, ...], words: Words) -> bytes:
    """search.json: the kinds' names in the site's words, then one short list per entry."""
    return orjson.dumps({"kinds": [words(kind) for kind in KINDS], "entries": found + publications})


def _entries(site: Site, urls: Urls, owner: str | None) -> Iterator[Entry]:
    for person in site.people:
        about = _joined(person.role, person.affiliation_in_a_line, *person.interests, plain_text(person.bio_html))
        yield PERSON, person.name, urls.person(person.slug) if person.slug != owner else urls.page(""), about[:_WORDS]
    for page in site.pages:
        yield PAGE, page.title, urls.page(f"{page.slug}/"), plain_text(page.html)[:_WORDS]
    for item in site.news:
        yield NEWS, item.title, urls.page(f"news/{item.slug}/"), item.text[:_WORDS]
    for talk in site.talks:
        about = _joined(talk.kind, talk.event, talk.location, *talk.speakers)
        yield TALK, talk.title, urls.page(f"talks/{talk.slug}/"), about[:_WORDS]
    for project in site.projects:
        yield (
            PROJECT,
            project.title,
            urls.page(f"projects/{project.slug}/"),
            f"{project.summary} {plain_text(project.html)}"[:_WORDS],
        )


def _joined(*parts: str) -> str:
    """The parts of an entry's text as a reader sees them in a result: "Postdoc · Harbour Lab · Fog"."""
    return " · ".join(part for part in parts if part)


def _about(pub: Publication) -> str:
    """A publication as a reader searches for it: its authors, venue and year, and its keywords
    (what it is about, in the words its authors chose: "fog" finds "Detection in Fog" and the
    papers filed under "fog computing")."""
    names = ", ".join(name.display for name in (pub.authors or pub.editors)[:30] if not name.others)
    venue = next(
        (pub.parts[field].text for field in ("journal", "booktitle", "journaltitle", "publisher") if field in pub.parts), ""
    )
    return _joined(f"{names}. {venue} {pub.year_label}", *pub.keywords)[:_WORDS]
