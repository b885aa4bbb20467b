"""What search engines and feed readers read: sitemap.xml, robots.txt, Atom feeds, Person JSON-LD.

XML is written with ElementTree, so every value is escaped; characters XML 1.0 cannot hold at all
(control characters a .bib may carry) are dropped first. All URLs given here are absolute.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from xml.etree import ElementTree

import orjson
from markupsafe import Markup

from sitegen.model import Person, Project, Talk

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class FeedEntry:
    """One item of an Atom feed."""

    url: str  # also its id: a page's URL never changes meaning
    title: str
    updated: date
    authors: tuple[str, ...] = ()
    summary: str = ""
    categories: tuple[str, ...] = field(default=())


def sitemap(pages: Iterable[tuple[str, date | None]]) -> bytes:
    """sitemap.xml: every page's absolute URL with the date its sources last changed."""
    root = ElementTree.Element("urlset", xmlns=SITEMAP)
    for url, changed in pages:
        item = ElementTree.SubElement(root, "url")
        ElementTree.SubElement(item, "loc").text = _clean(url)
        if changed is not None:
            ElementTree.SubElement(item, "lastmod").text = changed.isoformat()
    return _xml(root)


def robots(*sitemap_urls: str) -> bytes:
    """robots.txt: everything may be crawled; where the sitemaps are (one a language), when the
    site's address is known."""
    lines = ["User-agent: *", "Allow: /", *(f"Sitemap: {url}" for url in sitemap_urls)]
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class CalendarEvent:
    """A talk as a calendar has it: a day (talks have no time of day), what, where, who, its page."""

    uid: str
    day: date
    title: str
    location: str
    description: str
    url: str | None


def calendar(name: str, events: Iterable[CalendarEvent]) -> bytes:
    """An iCalendar file (RFC 5545, by the icalendar library) of whole-day events, which calendar
    apps import or subscribe to. Stamped with each event's own day, so an unchanged talk gives the
    same bytes in every build."""
    from datetime import timedelta

    import icalendar

    book = icalendar.Calendar()
    book.add("prodid", "-//sitegen//talks//EN")
    book.add("version", "2.0")
    book.add("x-wr-calname", name)
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", event.uid)
        entry.add("dtstamp", datetime.combine(event.day, time(), tzinfo=UTC))
        entry.add("dtstart", event.day)
        entry.add("dtend", event.day + timedelta(days=1))
        entry.add("summary", event.title)
        if event.location:
            entry.add("location", event.location)
        if event.description:
            entry.add("description", event.description)
        if event.url:
            entry.add("url", event.url)
        book.add_component(entry)
    return book.to_ical()


def atom_feed(title: str, feed_url: str, site_url: str, entries: list[FeedEntry], author: str = "", language: str = "") -> bytes:
    """An Atom 1.0 feed of the entries in the given order (newest first); `author` for entries
    without one; `language` the feed's (`xml:lang`, which a reader of a site's German feed needs)."""
    root = ElementTree.Element("feed", xmlns=ATOM)
    if language:
        root.set(XML_LANG, language)
    ElementTree.SubElement(root, "title").text = _clean(title)
    ElementTree.SubElement(root, "id").text = _clean(feed_url)
    ElementTree.SubElement(root, "link", rel="self", type="application/atom+xml", href=_clean(feed_url))
    ElementTree.SubElement(root, "link", rel="alternate", type="text/html", href=_clean(site_url))
    newest = max((entry.updated for entry in entries), default=date(1970, 1, 1))
    ElementTree.SubElement(root, "updated").text = _timestamp(newest)
    ElementTree.SubElement(root, "generator").text = "sitegen"
    for entry in entries:
        item = ElementTree.SubElement(root, "entry")
        ElementTree.SubElement(item, "title").text = _clean(entry.title)
        ElementTree.SubElement(item, "id").text = _clean(entry.url)
        ElementTree.SubElement(item, "link", rel="alternate", type="text/html", href=_clean(entry.url))
        ElementTree.SubElement(item, "updated").text = _timestamp(entry.updated)
        for name in entry.authors or (author or title,):
            ElementTree.SubElement(ElementTree.SubElement(item, "author"), "name").text = _clean(name)
        for category in entry.categories:
            ElementTree.SubElement(item, "category", term=_clean(category))
        if entry.summary:
            ElementTree.SubElement(item, "summary").text = _clean(entry.summary)
    return _xml(root)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def person_json_ld(person: Person, page_url: str, photo_url: str | None, same_as: list[str]) -> Markup:
    """schema.org Person for a profile page, as a <script> body no content can close early."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Person", "name": person.name, "url": page_url}
    if person.role:
        data["jobTitle"] = person.role
    if person.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": person.affiliation_in_a_line}
    if photo_url:
        data["image"] = photo_url
    if person.mailto:
        data["email"] = person.mailto
    if person.tel:
        data["telephone"] = person.phone
    if person.interests:
        data["knowsAbout"] = list(person.interests)
    if institutions := _alumni_of(person):
        data["alumniOf"] = [{"@type": "EducationalOrganization", "name": name, **url} for name, url in institutions.items()]
    if person.awards:
        data["award"] = [", ".join(part for part in (award.title, award.awarder, award.year) if part) for award in person.awards]
    if same_as:
        data["sameAs"] = same_as
    return script_json(data)


def _alumni_of(person: Person) -> dict[str, dict[str, str]]:
    """The institutions of a profile's degrees, each with its web address when a degree gives one."""
    institutions: dict[str, dict[str, str]] = {}
    for degree in person.education:
        if degree.institution:
            url = {"url": degree.url} if degree.url.startswith(("https://", "http://")) else {}
            institutions[str(degree.institution)] = institutions.get(str(degree.institution)) or url
    return institutions


def talk_json_ld(talk: Talk, page_url: str, speakers: list[tuple[str, str | None]]) -> Markup:
    """schema.org Event for a talk's page (what search engines show of a talk): name, date, place,
    the event it was part of, and the speakers (members with their page's URL)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": talk.title,
        "startDate": talk.date.isoformat(),
        "url": page_url,
    }
    if talk.location:
        data["location"] = {"@type": "Place", "name": talk.location}
    if talk.event:
        data["superEvent"] = {"@type": "Event", "name": talk.event}
    if speakers:
        data["performer"] = [_person(name, url) for name, url in speakers]
    return script_json(data)


def project_json_ld(project: Project, page_url: str, members: list[tuple[str, str | None]], image_url: str | None) -> Markup:
    """schema.org ResearchProject for a project's page: name, summary, picture, and its members
    (those of the site with their page's URL)."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "ResearchProject", "name": project.title, "url": page_url}
    if project.summary:
        data["description"] = project.summary
    if image_url:
        data["image"] = image_url
    if members:
        data["member"] = [_person(name, url) for name, url in members]
    return script_json(data)


def _person(name: str, url: str | None) -> dict[str, str]:
    return {"@type": "Person", "name": name, **({"url": url} if url else {})}


def script_json(data: object) -> Markup:
    """JSON for a <script type="application/ld+json"> body: `<`, `>` and `&` escaped, so a title
    holding `</script>` cannot end the block."""
    text = orjson.dumps(data).replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
    return Markup(text.decode("utf-8"))


def _timestamp(day: date) -> str:
    return datetime.combine(day, time(), tzinfo=UTC).isoformat().replace("+00:00", "Z")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _xml(root: ElementTree.Element) -> bytes:
    ElementTree.indent(root, space=" ")
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
