"""What Hugo Blox's front matter holds, read as sitegen's (hugoblox.py's helpers).

A publication page's links and identifiers as BibTeX fields, a profile's education, work and awards
as its records, a landing page's blocks' lists and contact details, names, places, page bundles,
and the addresses Hugo gave a page. Plain functions of the values they are given: the importer
(hugoblox.py) reads the files and writes the site.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from sitegen.content import PROFILE_LINKS
from sitegen.languages import language_of
from sitegen.linkfields import is_web_address, own_button_field
from sitegen.markup import markdown_link
from sitegen.migrate import add_link, as_list, bare_name, bib_value, day, link_field, text
from sitegen.urls import is_email_address, redirect_file, split_url

# a page's link kinds (`url_pdf`, or `links: [{type: pdf, url: ...}]`) -> BibTeX link fields sitegen reads
LINK_FIELDS = {
    "pdf": "pdf",
    "code": "code",
    "slides": "slides",
    "video": "video",
    "poster": "poster",
    "project": "project",
    "dataset": "dataset",
    "source": "url",
}

# profile icons (`brands/github`, `academicons/google-scholar`, Wowchemy's `github` with `icon_pack`) -> link kinds
ICONS = {
    "github": "github", "gitlab": "gitlab", "google-scholar": "scholar", "orcid": "orcid", "x": "x", "twitter": "x",
    "linkedin": "linkedin", "researchgate": "researchgate", "semantic-scholar": "semanticscholar", "dblp": "dblp",
    "mastodon": "mastodon", "bluesky": "bluesky", "youtube": "youtube", "cv": "cv", "ai": "cv", "x-twitter": "x",
    "graduation-cap": "scholar", "google-scholar-square": "scholar", "researchgate-square": "researchgate",
    "globe": "homepage", "globe-alt": "homepage", "globe-americas": "homepage", "home": "homepage",
    "envelope": "contact", "at-symbol": "contact",  # one to a page of the site (`/contact`); an e-mail one is the address
}  # fmt: skip
# the blocks of a landing page that give contact details: Wowchemy's and Hugo Blox's, Hugo Blox Kit's
CONTACT_BLOCKS = ("contact", "contact-info", "map")
# the blocks that show a lab's people by their groups: Hugo Blox's, Hugo Blox Kit's
PEOPLE_BLOCKS = ("people", "team-showcase")
# Hugo Blox's sections as its templates named them over the years (Hugo Academic's `publication`,
# `talk`, `post`; Wowchemy's `event`; the current templates' plural `publications`, `events`, `blog`)
PUBLICATION_SECTIONS = ("publication", "publications")
TALK_SECTIONS = ("event", "events", "talk", "talks")
PROJECT_SECTIONS = ("project", "projects")
POST_SECTIONS = ("post", "blog")
# Hugo Blox's publication types (CSL names; numbers in Wowchemy) -> BibTeX entry types
TYPES = {
    "article-journal": "article", "paper-conference": "inproceedings", "article": "misc", "preprint": "misc",
    "thesis": "phdthesis", "book": "book", "chapter": "incollection", "report": "techreport", "manuscript": "unpublished",
    "patent": "patent", "0": "misc", "1": "inproceedings", "2": "article", "3": "misc", "4": "techreport", "5": "book",
    "6": "incollection", "7": "phdthesis", "8": "patent",
    "conference": "inproceedings", "journal": "article", "book-chapter": "incollection",  # what people write instead
    "workshop": "inproceedings",
    **dict.fromkeys(("master's-thesis", "masters-thesis", "master-thesis", "msc-thesis"), "mastersthesis"),
    **dict.fromkeys(("phd-thesis", "ph.d.-thesis", "doctoral-thesis", "dissertation", "phd-dissertation"), "phdthesis"),
    **dict.fromkeys(("bachelor's-thesis", "bachelor-thesis", "senior-thesis", "undergraduate-thesis", "honours-thesis",
                     "honors-thesis", "diploma-thesis"), "thesis"),  # (biblatex's, its `type` saying which)
}  # fmt: skip
VENUE_FIELD = {
    "article": "journal", "inproceedings": "booktitle", "incollection": "booktitle", "misc": "howpublished",
    "phdthesis": "school", "mastersthesis": "school", "thesis": "institution",  # (the university)
}  # fmt: skip
# `hugoblox: ids:` (the current templates' identifiers of a publication) -> BibTeX fields
IDS = {"doi": "doi", "arxiv": "arxiv", "pmid": "pmid", "pubmed": "pmid", "pmcid": "pmcid", "hal": "hal"}


def before_more(body: str) -> str:
    """The text before Hugo's summary divider, `<!--more-->`, as one line of plain words."""
    before, divider, _ = body.partition("<!--more-->")
    return one_line(before) if divider else ""


_EMPHASIS = re.compile(r"(?<!\w)[_*]([^_*\n]+)[_*](?!\w)")  # `_Scaling Laws_`, `*here*`


def without_placeholders(body: str) -> str:
    """A page's text without the paragraphs the template's pages come with, to be replaced."""
    return "\n\n".join(part for part in re.split(r"\n\s*\n", body) if part.strip() and not _PLACEHOLDER.search(part))


def place_of(address: Any) -> str:
    """An event's `address` (street, city, region, postcode, country) as a talk's place: "Paris, France"."""
    address = address if isinstance(address, dict) else {}
    return ", ".join(text(address.get(key)) for key in ("city", "region", "country") if text(address.get(key)))


# the paragraphs Hugo Blox's and the Academic CLI's publication and event pages come with, to be replaced
_ADDRESS = re.compile(r"https?://|/", re.IGNORECASE)  # a link's address, not an identifier (10.1000/x, 2301.00001)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"Add the (?:publication's )?\*\*full text\*\* or \*\*supplementary notes\*\*|^Supplementary notes can be added here"
    r"|Click the [\W_]*Cite[\W_]* button above|Create your slides in Markdown|Click on the \W*Slides\W* button above"
    r"|^Slides can be added in a few ways|^- \*\*(?:Create|Upload|Embed)\*\* |^Further event details, including",
    re.IGNORECASE | re.MULTILINE,
)
DOI_ADDRESS = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_BIB_END = re.compile(r"\}\s*\Z")
_BIB_KEY = re.compile(r"@\w+\s*\{\s*([^,\s]+)\s*,")


# Wowchemy's widgets -> the Hugo Blox blocks that took their place


def block_folders(block: dict) -> list[str]:
    """The sections a `collection` block lists (`filters.folders`, or Wowchemy's `page_type`)."""
    content = block.get("content") if isinstance(block.get("content"), dict) else {}
    filters = content.get("filters") or block.get("filters") or {}
    folders = as_list(filters.get("folders")) if isinstance(filters, dict) else []
    return folders or ([page_type] if (page_type := text(content.get("page_type"))) else [])


def contact_text(content: dict) -> str:
    """A `contact` block's e-mail address, telephone, address, directions, office hours,
    appointment link and further links (`contact_links`; `contact-info`'s `social` and map), as
    lines of text, then `contact-info`'s word to prospective members; the starter's stand-ins
    for the links (`https://calendly.com`, `https://zoom.com`: a site's bare address) left out."""
    lines = []
    if email := text(content.get("email")):  # "ada(at)uni.edu", written to keep it from robots, is no link
        lines.append(f"E-mail: <{email}>" if is_email_address(email) else f"E-mail: {email}")
    if phone := text(content.get("phone")):
        lines.append(f"Telephone: {phone}")
    if place := _place(content.get("address")):
        lines.append(f"Address: {place}")
    if directions := text(content.get("directions")):
        lines.append(directions)
    written = content.get("office_hours")  # a list; Hugo Academic's a string, its lines parted by <br>
    hours = as_list(written) if isinstance(written, list) else [text(hour) for hour in _BREAK.split(str(written or ""))]
    if hours := [hour for hour in hours if hour]:
        lines.append("Office hours: " + "; ".join(hours))
    links = [
        {"name": "Book an appointment", "url": content.get("appointment_url")},
        *(item if isinstance(item, dict) else {"url": item} for item in _items(content.get("contact_links"))),
        *(item if isinstance(item, dict) else {"url": item} for item in _items(content.get("social"))),
        {"name": "Map", "url": content.get("map_url")},
    ]
    for link in links:
        address = text(link.get("url") or link.get("link"))
        if address and ((parts := split_url(address)).path.strip("/") or parts.query):
            lines.append(f"[{_link_words(link) or address}](<{address}>)")
    made = "  \n".join(line for line in lines if line.strip())
    prospective = content.get("prospective") if isinstance(content.get("prospective"), dict) else {}
    button = prospective.get("button") if isinstance(prospective.get("button"), dict) else {}
    words = [f"**{title}**" if (title := text(prospective.get("title"))) else "", text(prospective.get("text"))]
    if (address := text(button.get("url"))) and (label := text(button.get("text"))):
        words.append(f"[{label}](<{address}>)")
    return "\n\n".join(part for part in (made, " ".join(word for word in words if word)) if part)


def map_contact(content: dict) -> dict:
    """Hugo Blox Kit's `map` block as a contact block's details: its `location`'s address, the
    telephone and e-mail of its `cta`, and the place on OpenStreetMap (`lat`, `lng`), since the
    page draws no map of its own."""
    location = content.get("location") if isinstance(content.get("location"), dict) else {}
    cta = content.get("cta") if isinstance(content.get("cta"), dict) else {}
    found: dict[str, Any] = {"address": ", ".join(line.strip() for line in text_lines(location.get("address")) if line.strip())}
    found.update({key: cta[key] for key in ("email", "phone") if key in cta})
    lat, lng = location.get("lat"), location.get("lng")
    if isinstance(lat, (int, float)) and isinstance(lng, (int, float)):
        found["map_url"] = f"https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=16/{lat}/{lng}"
    return found


def logos_text(content: dict, picture: Callable[[Any], str] = lambda _: "") -> str:
    """A `logos` block (software, partners, funders; its `logos` or `items`) as a list of its
    names, each with its picture (`picture`: the site path of the file it names, "" for none;
    the name beside it is its text, so the picture's own is empty), linked to its address and
    followed by its description."""
    lines = []
    for logo in tables(content.get("logos") or content.get("items")):
        if not (name := text(logo.get("name")) or Path(text(logo.get("image"))).stem):
            continue
        address, description = text(logo.get("url")), text(logo.get("description"))
        shown = f"![]({found}) {name}" if (found := picture(logo.get("image"))) else name
        lines.append(f"- {f'[{shown}](<{address}>)' if address else shown}{f': {description}' if description else ''}")
    return "\n".join(lines)


def stats_text(content: dict) -> str:
    """A `stats` block's figures as a list: "**30+** Trainees mentored (PhD, MD-PhD, ...)"."""
    lines = []
    for item in tables(content.get("items")):
        figure, words = text(item.get("statistic")), " ".join(text_lines(item.get("description")))
        more = f"({text(item.get('sub_metric'))})" if text(item.get("sub_metric")) else ""
        if figure or words:
            lines.append(" ".join(part for part in ("-", f"**{figure}**" if figure else "", words, more) if part))
    return "\n".join(lines)


def actions_text(content: dict) -> str:
    """A block's or item's buttons (a hero's `primary_action` and `secondary_action`, a `button`,
    a research area's `cta`) as links; not those to Hugo Blox's own site (the starters')."""
    links = []
    for key in ("primary_action", "secondary_action", "button", "cta"):
        action = content.get(key) if isinstance(content.get(key), dict) else {}
        words, address = text(action.get("text")), text(action.get("url"))
        if words and address and not split_url(address).netloc.endswith("hugoblox.com"):
            links.append(f"[{words}](<{address}>)")
    return "  \n".join(links)


def text_lines(value: Any) -> list[str]:
    """A value written as lines (YAML's `|-`), or a list of them."""
    return as_list(value) if isinstance(value, list) else str(value or "").splitlines()


def _items(value: Any) -> list:
    """A setting's list of links (or a single one)."""
    return value if isinstance(value, list) else [value] if value else []


def _link_words(link: dict) -> str:
    """What a contact link is called: its `label` or `name`, else the service its icon shows."""
    kind = ICONS.get(text(link.get("icon")).split("/")[-1], "")
    return text(link.get("label") or link.get("name")) or (PROFILE_LINKS[kind][0] if kind in PROFILE_LINKS else "")


def _place(address: Any) -> str:
    """A contact's address: its parts (`street`, `city` ...; Hugo Blox Kit's `lines`) in a line,
    or as written."""
    if not isinstance(address, dict):  # a line, or lines (`|-`)
        return ", ".join(line.strip() for line in text_lines(address) if line.strip())
    if "lines" in address:
        return ", ".join(as_list(address["lines"]))
    return ", ".join(
        text(address.get(key)) for key in ("street", "city", "region", "postcode", "country") if text(address.get(key))
    )


def featured_only(block: dict) -> bool:
    content = block.get("content") if isinstance(block.get("content"), dict) else {}
    filters = content.get("filters") or block.get("filters") or {}
    return isinstance(filters, dict) and filters.get("featured_only") is True


def publication_list(block: dict) -> str:
    """A `collection` block of publications as sitegen's publication list with its filters."""
    content = block.get("content") if isinstance(block.get("content"), dict) else {}
    filters = content.get("filters") or block.get("filters") or {}
    filters = filters if isinstance(filters, dict) else {}
    made = ["selected=false"] if filters.get("exclude_featured") is True else []
    if kind := _LIST_TYPES.get(text(filters.get("publication_type"))):
        made.append(f"type={kind}")
    if (tag := text(filters.get("tag"))) and re.fullmatch(r"[\w -]+", tag):
        made.append(f'keyword="{tag}"' if " " in tag else f"keyword={tag}")
    if isinstance(content.get("count"), int) and content["count"] > 0:
        made.append(f"limit={content['count']}")
    return " ".join(["::: publications", *made])


# Hugo Blox's publication types as the kinds a publication list filters on
_LIST_TYPES = {
    "article-journal": "journal", "paper-conference": "conference", "article": "preprint", "preprint": "preprint",
    "thesis": "thesis", "book": "book", "chapter": "book", "report": "other", "manuscript": "other", "patent": "other",
    "1": "conference", "2": "journal", "3": "preprint", "4": "other", "5": "book", "6": "book", "7": "thesis",
}  # fmt: skip


def person_name(meta: dict, slug: str) -> str:
    """A person's name: Hugo Blox's `title` (or `first_name` and `last_name`), Hugo Academic's
    `name`; without a title or degrees worn with it ("David Shechter, PhD"), which no author list
    writes."""
    full = " ".join(as_list(meta.get("first_name")) + as_list(meta.get("last_name")))
    return bare_name(text(meta.get("title")) or text(meta.get("name")) or full) or slug


def tables(value: Any) -> list[dict]:
    """The tables (`key: value`) of a front matter list; none of anything else (`items: true`, a
    number): a slip in the old site's files is no crash."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def profile_of(data: dict) -> dict:
    """One of Hugo Blox Kit's authors (`data/authors/<slug>.yaml`, `schema: hugoblox/author/v1`)
    as the front matter of a profile in content/authors/, which the importer reads: `name:` its
    `given` and `family` names (the `display` name may wear a title, "Dr. Alex Johnson", which no
    author list writes) or else its `display`, the `alternate` name (王伟) an alias
    (`alternate_names`), `affiliations` its organizations, `links` its profiles, `experience` its
    work, `is_owner` superuser; and fields labs add: `category` as the group, `course` (an
    alumnus's) as the role, `tags` as the interests; a role written as lines is one."""
    name = data.get("name") if isinstance(data.get("name"), dict) else {"display": data.get("name")}
    given, family = text(name.get("given")), text(name.get("family"))
    return {
        **data,
        "title": f"{given} {family}" if given and family else text(name.get("display")) or text(data.get("title")),
        "alternate_names": as_list(name.get("alternate")),
        "first_name": given,
        "last_name": family,
        "organizations": data.get("affiliations") or data.get("organizations"),
        "profiles": data.get("links") or data.get("profiles"),
        "work": data.get("experience") or data.get("work"),
        "superuser": data.get("is_owner") is True or data.get("superuser") is True,
        "user_groups": data.get("user_groups") or data.get("category"),  # a lab's own field for the group
        "role": _one_line_of(data.get("role")) or _one_line_of(data.get("course")),  # an alumnus's `course`, a lab's
        "interests": data.get("interests") or data.get("tags"),  # a lab's research badges
    }


def _one_line_of(value: Any) -> str:
    """A text written as lines (a role's "PhD Student" over "KAIST", `|-`) as one line."""
    return ", ".join(line.strip() for line in str(value).splitlines() if line.strip()) if isinstance(value, str) else ""


def bundle_bib(folder: Path) -> Path | None:
    """A publication bundle's BibTeX: its `cite.bib`, else its only .bib file (`bult-18-b.bib`,
    as some Hugo Academic sites name it)."""
    if (cite := folder / "cite.bib").is_file():
        return cite
    others = sorted(folder.glob("*.bib"))
    return others[0] if len(others) == 1 else None


def page_bundles(folder: Path, languages: Collection[str] = ()) -> list[tuple[Path, Path | None]]:
    """Each page of a section: a folder with index.md (a page bundle, its files beside it), or a
    Markdown file, in a folder of the section's too (`publications/journal-article/<name>/`, as
    Hugo counts it among the section's pages); the section's own _index.md is not one, nor a
    translation into one of `languages` (`talk.de.md`, read with its original)."""
    if not folder.is_dir():
        return []
    found: list[tuple[Path, Path | None]] = []
    for path in sorted(folder.iterdir()):
        if path.is_dir() and (path / "index.md").is_file():
            found.append((path / "index.md", path))
        elif path.is_dir():
            found += page_bundles(path, languages)
        elif path.suffix == ".md" and path.stem != "_index" and language_of(path, languages) is None:
            found.append((path, None))
    return found


def entry_links(meta: dict) -> dict[str, str]:
    """A page's links: `url_pdf: ...` (Wowchemy; and the `url_DOI`, `url_arxiv` ... sites add),
    `links: [{type: pdf, url: ...}]` (a `preprint` of a `provider` by its `id`; `custom` by its
    `label`) and the current templates' identifiers, `hugoblox: ids:`; the template's stand-ins,
    `url: "#"`, are none."""
    found = _identifiers(meta)
    for key, value in meta.items():
        kind = str(key).lower().removeprefix("url_") if str(key).lower().startswith("url_") else ""
        if kind == "doi" and (url := text(value)):
            found.setdefault("doi", DOI_ADDRESS.sub("", url))
        elif kind and kind != "custom" and (url := text(value)) and url != "#":
            found.setdefault(LINK_FIELDS.get(kind) or link_field(kind, url), url)
    for item in [*tables(meta.get("links")), *tables(meta.get("url_custom"))]:  # url_custom: Hugo Academic's
        kind, url = text(item.get("type")), text(item.get("url"))
        if (provider := IDS.get(text(item.get("provider")).lower())) and (identifier := text(item.get("id"))):
            found.setdefault(provider, identifier)  # `{type: preprint, provider: arxiv, id: 1512.04133v1}`
        elif url and url != "#":
            label = text(item.get("name")) or text(item.get("label")) or kind
            field = LINK_FIELDS.get(kind) or link_field(label, url)
            if label != kind and (field == "url" or found.get(field, url) != url):
                field = own_button_field(label) or field  # [Shiny App], not [URL]; a second link of a kind too
            add_link(found, field, url)  # a second link of a kind: code_2, so that none is lost
    return found


def link_addresses(meta: dict) -> list[str]:
    """The addresses of a page's `links:` (and `url_custom:`), the template's `#` stand-ins aside,
    and those of a preprint given by its `provider` and `id` too (the link is made of the id)."""
    items = [*tables(meta.get("links")), *tables(meta.get("url_custom"))]
    return [
        url
        for item in items
        if (url := text(item.get("url")))
        and url != "#"
        and not (IDS.get(text(item.get("provider")).lower()) and text(item.get("id")))
    ]


def _identifiers(meta: dict) -> dict[str, str]:
    """`hugoblox: ids: {doi: ..., arxiv: ...}` as the fields of those identifiers."""
    hugoblox = meta.get("hugoblox") if isinstance(meta.get("hugoblox"), dict) else {}
    ids = hugoblox.get("ids") if isinstance(hugoblox.get("ids"), dict) else {}
    found = {IDS[str(name).lower()]: text(value) for name, value in ids.items() if str(name).lower() in IDS and text(value)}
    if "doi" in found:
        found["doi"] = DOI_ADDRESS.sub("", found["doi"])
    return found


def page_links(meta: dict, address: str, kind: str) -> dict[str, str]:
    """A talk's or project's links (slides, video, PDF, code, and any other named one, as
    Hugo Blox Kit's events name theirs: `{name: Documentation, url: ...}`; not an identifier, a
    DOI or arXiv's, which is no address), and its own address (`event_url`, `external_link`) as `kind`."""
    found = entry_links(meta).items()
    links = {name: url for name, url in found if name in ("slides", "video", "pdf", "code") or _ADDRESS.match(url)}
    if url := text(meta.get(address)):
        links[kind] = url
    return links


def with_links(entry: str, links: dict[str, str], featured: bool) -> tuple[str, str]:
    """A `cite.bib` entry as written, with the page's links (and `featured` as `selected`) added
    where the entry has no such field."""
    key = found.group(1) if (found := _BIB_KEY.search(entry)) else "entry"
    added = [(field, url) for field, url in sorted(links.items()) if not re.search(rf"^\s*{field}\s*=", entry, re.M | re.I)]
    if featured and not re.search(r"^\s*selected\s*=", entry, re.M | re.I):
        added.append(("selected", "true"))
    if not added or not _BIB_END.search(entry):
        return entry, key
    body = _BIB_END.sub("", entry).rstrip().rstrip(",")
    return body + "".join(f",\n  {field} = {{{bib_value(value, url=True)}}}" for field, value in added) + "\n}", key


def cv_records(meta: dict) -> dict[str, list]:
    """Hugo Blox's education (`area`, `institution`, `date_end`; or Wowchemy's `courses`; Hugo Blox
    Kit's `degree` and `end`), work (its `experience`: `role`, `org`) and awards in the profile's
    fields; and the `teaching` and `service` lists a lab adds to its people's files (`title`,
    `detail`, `dates`), which sitegen's profiles show too."""
    education = meta.get("education")
    education = education.get("courses") if isinstance(education, dict) else education
    made = {
        "education": [_degree(item) for item in education if isinstance(item, dict)] if isinstance(education, list) else [],
        "experience": [_position(item) for item in tables(meta.get("work") or meta.get("experience"))],
        "awards": [_award(item) for item in tables(meta.get("awards"))],
        "teaching": [_course(item) for item in _records(meta.get("teaching"))],
        "service": [_service_line(item) for item in _records(meta.get("service"))],
    }
    return {key: [entry for entry in entries if entry] for key, entries in made.items() if any(entries)}


def skills_text(meta: dict) -> str:
    """A profile's `skills` (groups of items: Hugo Blox's `name`, Hugo Blox Kit's `label`) and the
    `languages` it speaks (`name`, with Kit's `label`: "Native") as sections of its text, since a
    profile of sitegen's has no fields for them (the experience page that showed them is the
    profile now)."""
    groups = []
    for group in tables(meta.get("skills")):
        lead = f"- **{heading}:** " if (heading := text(group.get("name"))) else "- "
        if names := [name for item in tables(group.get("items")) if (name := text(item.get("name") or item.get("label")))]:
            groups.append(lead + ", ".join(names))
    spoken = []
    for language in tables(meta.get("languages")):
        if name := text(language.get("name")):
            spoken.append(f"{name} ({label})" if (label := text(language.get("label"))) else name)
    parts = []
    if groups:
        parts.append("## Skills\n\n" + "\n".join(groups))
    if spoken:
        parts.append("## Languages\n\n" + ", ".join(spoken))
    return "\n\n".join(parts)


def organizations_text(meta: dict) -> str:
    """A profile's organizations (Hugo Blox Kit's `affiliations`) as its affiliation, each name a
    link to its `url`: "[Stanford University](https://www.stanford.edu/)"."""
    organizations = tables(meta.get("organizations"))
    return ", ".join(name for o in organizations if (name := linked_name(o.get("name"), o.get("url"))))


def linked_name(name: Any, url: Any) -> str:
    """A name as a link to its page when it has one on the web ("[Coursera](https://...)")."""
    words = text(name)
    return markdown_link(words, address) if words and (address := _web_address(url)) else words


def _web_address(value: Any) -> str:
    """A record's page when it is a web address (a template's `company_url: ''` is none)."""
    url = text(value)
    return url if is_web_address(url) else ""


def _degree(item: dict) -> dict[str, str]:
    """A degree (none without its name), its summary as the line under it."""
    entry = {"degree": text(item.get("area") or item.get("course") or item.get("degree"))}
    entry["institution"] = text(item.get("institution"))
    entry["year"] = text(item.get("year")) or (str(d.year) if (d := day(item.get("date_end") or item.get("end"))) else "")
    entry["description"] = one_line(text(item.get("summary")), markdown=True)  # "Thesis on _Scaling Laws_. ..."
    entry["url"] = _web_address(item.get("url"))
    return {key: value for key, value in entry.items() if value} if entry["degree"] else {}


def _position(item: dict) -> dict[str, str]:
    """A position (none without its title), its years and its summary as its description."""
    entry = {"title": text(item.get("position") or item.get("title") or item.get("role"))}
    entry["organization"] = text(item.get("company_name") or item.get("company") or item.get("org"))
    entry["url"] = _web_address(item.get("company_url") or item.get("url"))
    entry["start"] = str(start.year) if (start := day(item.get("date_start") or item.get("start"))) else ""
    entry["end"] = str(end.year) if (end := day(item.get("date_end") or item.get("end"))) else ""
    entry["description"] = one_line(text(item.get("summary") or item.get("description")), markdown=True)
    return {key: value for key, value in entry.items() if value} if entry["title"] else {}


def _records(value: Any) -> list[dict]:
    """A list of a profile's records, a line of text being one's title."""
    return [{"title": item} if isinstance(item, (str, int)) else item for item in tables(value) or _plain_list(value)]


def _plain_list(value: Any) -> list:
    return (
        [item for item in value if isinstance(item, (str, int)) and not isinstance(item, bool)] if isinstance(value, list) else []
    )


def _course(item: dict) -> dict[str, str]:
    """A course taught (none without its name), what it was (`detail`) after its name, its years."""
    name, detail = text(item.get("title") or item.get("course") or item.get("name")), text(item.get("detail"))
    entry = {"course": f"{name} ({detail})" if name and detail else name, "role": text(item.get("role"))}
    entry["institution"] = text(item.get("institution") or item.get("org"))
    entry["term"] = text(item.get("dates") or item.get("term") or item.get("year"))
    url = text(item.get("url"))
    entry["url"] = url if url.startswith(("https://", "http://", "/")) else ""
    return {key: value for key, value in entry.items() if value} if entry["course"] else {}


def _service_line(item: dict) -> str:
    """A line of service ("Chair, Graduate Curriculum Committee, 2023–present"): its title,
    detail and years."""
    parts = (text(item.get(key)) for key in ("title", "name", "role", "detail", "organization", "org", "dates", "year"))
    return ", ".join(part for part in parts if part) if text(item.get("title") or item.get("name") or item.get("role")) else ""


def _award(item: dict) -> dict[str, str]:
    """An award (none without its title), its awarder and year, its summary as its description."""
    dated = day(item.get("date"))
    entry = {"title": text(item.get("title")), "awarder": text(item.get("awarder")), "year": str(dated.year) if dated else ""}
    entry["description"] = one_line(text(item.get("summary")), markdown=True)  # "Awarded for groundbreaking work on ..."
    entry["url"] = _web_address(item.get("url"))
    return {key: value for key, value in entry.items() if value} if entry["title"] else {}


def one_line(summary: str, markdown: bool = False) -> str:
    """Markdown of paragraphs and bullets ("Responsibilities include:\n- lead a team\n- hire") as
    one line, as a position's description and a project's summary are: "Responsibilities include:
    lead a team; hire"; a paragraph's wrapped lines run on, a paragraph without a full stop gets
    one. Plain text (a link is its words), or with `markdown` its links and emphasis kept, as a
    profile's fields show them."""
    joined, new_paragraph = "", False
    for line in (line.strip() if markdown else _plain_words(line) for line in summary.splitlines()):
        if not line:
            new_paragraph = bool(joined)
            continue
        bullet = re.match(r"^[-*+•]\s+", line)
        if joined:
            ends = joined[-1] in ".!?:;"
            joined += "; " if bullet and not joined.endswith(":") else ". " if new_paragraph and not ends else " "
        joined, new_paragraph = joined + (line[bullet.end() :] if bullet else line), False
    return joined


def _plain_words(line: str) -> str:
    """A line of Markdown as its words: emphasis, code marks and tags left out, a link (or picture) its text."""
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line.strip().replace("**", ""))
    return _EMPHASIS.sub(r"\1", re.sub(r"<[^>]+>|`", "", line)).strip()


def author_annotations(notes: Any) -> str:
    """Hugo Blox's `author_notes` (a note per author, by position, "" for none: "Equal
    contribution") as biblatex's `author+an`, which sitegen shows as marks: "1=equal; 3=corresponding"."""
    marks = []
    for position, note in enumerate(notes if isinstance(notes, list) else [], start=1):
        said = text(note).lower()
        kinds = [kind for kind, word in (("equal", "equal"), ("corresponding", "correspond")) if word in said]
        if kinds:
            marks.append(f"{position}={','.join(kinds)}")
    return "; ".join(marks)


# the sections the importer reads itself (people, publications, talks, projects, posts)
READ_SECTIONS = frozenset({"authors", "author", *PUBLICATION_SECTIONS, *TALK_SECTIONS, *PROJECT_SECTIONS, *POST_SECTIONS})
# the lists sitegen makes, and the Hugo section each comes from (a section's _index.md leads its list)
LIST_OF_SECTION = {
    **dict.fromkeys(PUBLICATION_SECTIONS, "publications"), **dict.fromkeys(TALK_SECTIONS, "talks"),
    **dict.fromkeys(PROJECT_SECTIONS, "projects"), **dict.fromkeys(POST_SECTIONS, "news"), "authors": "people",
    "author": "people",
}  # fmt: skip


def list_of(relative: Path) -> str | None:
    """The list sitegen makes that a page of Hugo's content/ stands for: a section's own page
    (`publication/_index.md`) or a page at a list's address (`people/index.md`, `talks.md`)."""
    parts = relative.parts[:-1] if relative.stem in ("index", "_index") else (*relative.parts[:-1], relative.stem)
    if len(parts) != 1:
        return None
    if relative.name == "_index.md" and parts[0] in LIST_OF_SECTION:
        return LIST_OF_SECTION[parts[0]]
    return parts[0] if parts[0] in LIST_OF_SECTION.values() else None


def hugo_addresses(meta: dict, section: str, name: str) -> list[str]:
    """Where Hugo put a page (`/post/<name>/`, `/event/...`, `/project/...`; its `slug` or `url`
    where it has one) and its `aliases`: the new site answers there too (`redirect_from`)."""
    url = text(meta.get("url"))
    own = f"/{url.strip('/')}/" if url else f"/{section}/{hugo_path(text(meta.get('slug')) or name)}/"
    found = [own, *(str(alias) for alias in as_list(meta.get("aliases")))]
    return [address for address in dict.fromkeys(found) if redirect_file(address)]


def hugo_path(name: str) -> str:
    """A file or folder name as Hugo makes it part of an address (its `paths.Sanitize`, lower-cased
    as by default): letters, digits, marks and `._-~+#@` kept, a run of spaces one hyphen, anything
    else dropped: "2022. Graph Pre-training" -> "2022.-graph-pre-training"."""
    made, hyphen = [], False
    for char in name:
        if char.isalnum() or char in "._-~+#@" or unicodedata.category(char).startswith("M"):
            made.append("-" + char if hyphen and made else char)
            hyphen = False
        elif char.isspace():
            hyphen = True
    return "".join(made).lower()
