"""What search engines read about a publication: Google Scholar's citation_* tags, schema.org
ScholarlyArticle JSON-LD and OpenGraph. Plain text only; escaping is the template's (meta) and
`json_ld`'s (script) job.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup

from sitegen.discovery import script_json
from sitegen.model import Name, Publication, RelatedWork

_DESCRIPTION_LENGTH = 300


def scholar_tags(pub: Publication, page_url: str, pdf_url: str | None) -> list[tuple[str, str]]:
    """Google Scholar's inclusion tags, in the order its guidelines list them; none for an entry
    without a title (it needs `citation_title`, and one made up would be listed as the paper's)."""
    if pub.untitled:
        return []
    tags = [("citation_title", pub.title.text)]
    tags += [("citation_author", _scholar_name(name)) for name in pub.authors if not name.others]
    if pub.year:
        tags.append(
            ("citation_publication_date", "/".join(str(p) if i == 0 else f"{p:02d}" for i, p in enumerate(_date_parts(pub))))
        )
    venue_tag = _venue_tag(pub)
    if venue_tag:
        tags.append(venue_tag)
    if pub.entry_type in ("phdthesis", "mastersthesis", "thesis") and _text(pub, "school", "institution"):
        tags.append(("citation_dissertation_institution", _text(pub, "school", "institution")))
    if pub.entry_type in ("techreport", "report") and _text(pub, "institution"):
        tags.append(("citation_technical_report_institution", _text(pub, "institution")))
    for tag, names in (("citation_volume", ("volume",)), ("citation_issue", ("number", "issue"))):
        if _text(pub, *names):
            tags.append((tag, _text(pub, *names)))
    first, _, last = _text(pub, "pages").partition("–")
    if first:
        tags.append(("citation_firstpage", first.strip()))
    if last:
        tags.append(("citation_lastpage", last.strip()))
    if _text(pub, "publisher"):
        tags.append(("citation_publisher", _text(pub, "publisher")))
    doi = _doi(pub)
    if doi:
        tags.append(("citation_doi", doi))
    if pub.language:
        tags.append(("citation_language", pub.language))
    if pdf_url:
        tags.append(("citation_pdf_url", pdf_url))
    tags.append(("citation_abstract_html_url", page_url))
    return tags


# the types whose `editor` edited the work itself, not the book or proceedings it is in
_EDITED_THEMSELVES = frozenset({"book", "mvbook", "collection", "proceedings", "periodical"})  # mvcollection is a collection


def json_ld(pub: Publication, page_url: str, person_urls: Mapping[Name, str]) -> Markup:
    """schema.org ScholarlyArticle as a <script> body that no content can close early; its
    authors, editors and translators with a page (a member's, site.yml's `coauthors`) link it."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        **({} if pub.untitled else {"headline": pub.title.text, "name": pub.title.text}),
        "url": page_url,
        "author": [_ld_person(name, person_urls.get(name)) for name in pub.authors if not name.others],
    }
    editors = pub.editors if pub.entry_type in _EDITED_THEMSELVES else ()  # a paper's edited its proceedings
    for role, names in (("editor", editors), ("translator", pub.translators)):
        if people := [_ld_person(name, person_urls.get(name)) for name in names if not name.others]:
            data[role] = people  # schema.org's CreativeWork has both
    if pub.year:
        data["datePublished"] = "-".join(str(p) if i == 0 else f"{p:02d}" for i, p in enumerate(_date_parts(pub)))
    venue = _venue(pub)
    if venue:
        data["isPartOf"] = {"@type": "Periodical" if pub.kind == "journal" else "CreativeWork", "name": venue}
    doi = _doi(pub)
    if doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": doi}
        data["sameAs"] = f"https://doi.org/{doi}"
    if _text(pub, "pages"):
        data["pagination"] = _text(pub, "pages")
    if pub.abstract:
        data["abstract"] = pub.abstract.text
    if pub.keywords:
        data["keywords"] = list(pub.keywords)
    if pub.language:
        data["inLanguage"] = pub.language
    for work in pub.related_works:
        if prop := _RELATED_AS.get(work.kind):
            data.setdefault(prop, []).append(_ld_work(work, page_url))
    return script_json(data)


# biblatex's related types as schema.org's properties of a CreativeWork: a review is `about` the work
# (`itemReviewed` is a Review's, which Google wants a rating with); "Reprinted as" and "See also" have none
_RELATED_AS = {
    "reviewof": "about",
    "translationof": "translationOfWork",
    "translationfrom": "translationOfWork",
    "translationas": "workTranslation",
    "bytranslator": "workTranslation",
    "reprintof": "isBasedOn",
    "reprintfrom": "isBasedOn",
    "origpubin": "isBasedOn",
    "origpubas": "isBasedOn",
    "multivolume": "hasPart",
}


def _ld_work(work: RelatedWork, page_url: str) -> dict[str, Any]:
    """A related work as schema.org's CreativeWork: its title, authors and page."""
    found: dict[str, Any] = {"@type": "CreativeWork", "name": work.title}
    if work.authors:
        found["author"] = [_ld_person(name, None) for name in work.authors]
    if work.url:
        found["url"] = urljoin(page_url, work.url)
    return found


def description(pub: Publication) -> str:
    """A short plain-text summary for OpenGraph and the meta description."""
    text = pub.abstract.text if pub.abstract else pub.title.text
    return text if len(text) <= _DESCRIPTION_LENGTH else text[: _DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _ld_person(name: Name, url: str | None) -> dict[str, str]:
    person = {"@type": "Organization" if name.literal else "Person", "name": name.display}
    if url:
        person["url"] = url
    return person


def _scholar_name(name: Name) -> str:
    if name.literal or not name.first:
        return name.display
    family = f"{name.family}, {name.jr}" if name.jr else name.family
    return f"{family}, {name.first}"


def _date_parts(pub: Publication) -> list[int]:
    return [part for part in (pub.year, pub.month, pub.day) if part]


def _venue_tag(pub: Publication) -> tuple[str, str] | None:
    """Journal for journals, conference for proceedings, book for chapters."""
    journal = _text(pub, "journal", "journaltitle")
    if journal:
        return "citation_journal_title", journal
    book = _text(pub, "booktitle", "eventtitle")
    if not book:
        return None
    tag = "citation_conference_title" if pub.entry_type in ("inproceedings", "conference") else "citation_inbook_title"
    return tag, book


def _venue(pub: Publication) -> str:
    return _text(pub, "journal", "journaltitle", "booktitle", "eventtitle")


def _doi(pub: Publication) -> str:
    return next((link.url.removeprefix("https://doi.org/") for link in pub.links if link.kind == "doi"), "")


def _text(pub: Publication, *names: str) -> str:
    return next((pub.parts[name].text for name in names if name in pub.parts and pub.parts[name].text), "")
