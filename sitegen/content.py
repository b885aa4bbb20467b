"""People and pages: Markdown files with front matter -> `Person` and `Page`.

Parse functions take text, not paths, so tests can hand them inline strings; the path is only
used in messages.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import nh3

from sitegen.bibtex import MONTHS
from sitegen.cite import with_lines, without_markers
from sitegen.errors import Report, SitegenError, did_you_mean
from sitegen.linkfields import is_web_address
from sitegen.markup import MarkdownRenderer, apart_from, first_words, markdown_link, plain_text, under_title
from sitegen.model import (
    NUMBERED_KIND,
    Award,
    Cite,
    Course,
    Degree,
    InlineText,
    ListQuery,
    Moved,
    NewsItem,
    Page,
    Person,
    Position,
    Project,
    Talk,
    page_address,
)
from sitegen.slugs import slugify
from sitegen.urls import (
    Link,
    is_external,
    is_readable_url,
    is_safe_url,
    redirect_file,
    web_address,
    written_without_scheme,
)
from sitegen.yamlfile import Document, LineDict, parse_front_matter

# Link kinds of a profile: label, and how a bare user name or id becomes a URL.
PROFILE_LINKS: dict[str, tuple[str, str | None]] = {
    "homepage": ("Homepage", None),
    "github": ("GitHub", "https://github.com/{}"),
    "gitlab": ("GitLab", "https://gitlab.com/{}"),
    "scholar": ("Google Scholar", "https://scholar.google.com/citations?user={}"),
    "orcid": ("ORCID", "https://orcid.org/{}"),
    "dblp": ("DBLP", "https://dblp.org/pid/{}"),
    "openalex": ("OpenAlex", "https://openalex.org/{}"),
    "semanticscholar": ("Semantic Scholar", "https://www.semanticscholar.org/author/{}"),
    "researchgate": ("ResearchGate", "https://www.researchgate.net/profile/{}"),
    "linkedin": ("LinkedIn", "https://www.linkedin.com/in/{}"),
    "twitter": ("X (Twitter)", "https://x.com/{}"),
    "x": ("X", "https://x.com/{}"),
    "bluesky": ("Bluesky", "https://bsky.app/profile/{}"),
    "mastodon": ("Mastodon", None),
    "youtube": ("YouTube", "https://www.youtube.com/@{}"),
    "cv": ("CV", None),
}
PERSON_KEYS = [
    "name", "role", "group", "order", "affiliation", "photo", "email", "phone", "links", "interests", "education", "experience",
    "awards", "teaching", "service", "aliases", "publications", "draft", "redirect_from",
]  # fmt: skip


class Translation(NamedTuple):
    """A translation made whole (languages.py): its front matter over its original's, and the
    original's file name, which names the document in every language (`ada.de.md` is ada)."""

    document: Document
    stem: str


Text = str | Translation  # what the parse functions read: a file's text, or a translation made whole


def _read(text: Text, path: Path) -> tuple[Document, str]:
    if isinstance(text, Translation):
        return text.document, text.stem
    return parse_front_matter(text, path), path.stem


PAGE_KEYS = ["title", "menu", "draft", "redirect_from"]
NEWS_KEYS = ["title", "date", "draft", "redirect_from"]
TALK_KEYS = ["title", "date", "event", "location", "type", "speakers", "links", "draft", "redirect_from"]
PROJECT_KEYS = [
    "title", "summary", "image", "members", "publications", "keywords", "links", "order", "past", "featured", "draft",
    "redirect_from",
]  # fmt: skip
# link kinds of a talk and of a project, in the order they show; any other key is shown by its name
TALK_LINKS = {"slides": "Slides", "video": "Video", "pdf": "PDF", "poster": "Poster", "code": "Code", "url": "Event"}
PROJECT_LINKS = {"website": "Website", "code": "Code", "data": "Data", "demo": "Demo", "video": "Video", "url": "Website"}


def parse_person(
    text: Text, path: Path, markdown: MarkdownRenderer, report: Report, static_exists: Callable[[str], bool]
) -> Person:
    """A profile: front matter fields and the biography in Markdown."""
    document, stem = _read(text, path)
    meta = document.meta
    _warn_unknown(meta, PERSON_KEYS, path, report, PROFILE_LINKS)
    name = _optional_text(meta, "name", path)
    if not name:
        raise SitegenError("this person has no name: add 'name: Full Name' to the front matter", path, meta.line_of("name"))
    photo = _picture(meta, "photo", path, report, static_exists, instead="; initials are shown")
    bio, relative, cites, lists, _ = _render(markdown, document, path, report, title=name, top=3, taken=_PROFILE_IDS)
    fields = _Fields(markdown, path, report)
    return Person(
        slug=slugify(stem),
        name=name,
        role=fields.text(_text_or_lines(meta, "role", path, ", "), meta.line_of("role")),  # `[Professor, Department Chair]`
        affiliation=_affiliation(meta, fields),
        photo=photo,
        email=_email(meta, path),
        phone=_optional_text(meta, "phone", path) or None,
        links=_profile_links(meta, path, report, static_exists),
        interests=tuple(fields.text(interest, meta.line_of("interests")) for interest in _interests(meta, path)),
        aliases=_text_list(meta, "aliases", path),
        bio_html=bio,
        relative_links=relative,
        cites=cites,
        lists=lists,
        path=path,
        group=_optional_text(meta, "group", path) or None,
        order=_whole_number(meta, "order", path),
        education=_education(meta, fields),
        experience=_experience(meta, fields),
        awards=_awards(meta, fields),
        teaching=_teaching(meta, fields),
        service=tuple(fields.text(line, meta.line_of("service")) for line in _text_list(meta, "service", path)),
        photo_line=meta.line_of("photo") if "photo" in meta else 0,
        draft=_draft(meta, path),
        moved_from=_moved_from(meta, path, report),
        publications=_all_or_selected(meta, path),
    )


@dataclass(frozen=True)
class _Fields:
    """How a profile's short texts are read: Markdown's links and emphasis in them are HTML
    (`InlineText`); a link of an unsafe scheme is left out, a warning at the field's line."""

    markdown: MarkdownRenderer
    path: Path
    report: Report

    def text(self, value: str, line: int) -> str:
        if not _MAY_HOLD_MARKDOWN.search(value):
            return value
        rendered = self.markdown.inline(value)
        for url in rendered.dropped:
            self.report.warn(f"link to {url!r} removed: {_why_dropped(url)}", self.path, line)
        if rendered.html == html.escape(value, quote=False).replace('"', "&quot;"):
            return value  # snake_case, a lone `*`: no Markdown after all
        return InlineText(_words(rendered.html), rendered.html)

    def plain(self, value: str) -> str:
        """The words of a text that a link of its own will hold (no link in a link)."""
        return _words(self.markdown.inline(value).html) if _MAY_HOLD_MARKDOWN.search(value) else value


def _words(fragment: str) -> str:
    """An HTML fragment's text, its lines kept (an affiliation's)."""
    return html.unescape(nh3.clean(fragment, tags=set()))


def _short_text(meta: LineDict, key: str, markdown: MarkdownRenderer, path: Path, report: Report) -> str:
    """A front matter text shown in a line of a page (a talk's event, a project's summary), its
    Markdown's links and emphasis read as a profile's are (`_Fields`)."""
    return _Fields(markdown, path, report).text(_optional_text(meta, key, path), meta.line_of(key))


# what Markdown's inline syntax starts with: a text without any is shown as written
_MAY_HOLD_MARKDOWN = re.compile(r"[\[*_`<\\]|&#?\w+;")


def _affiliation(meta: LineDict, fields: _Fields) -> str:
    """`affiliation:` as text or lines, each line text or, as Hugo Blox writes an organization,
    `{name: ..., url: ...}`, whose name links to its page."""
    value, line = meta.get("affiliation"), meta.line_of("affiliation")
    if isinstance(value, list) and any(isinstance(item, LineDict) for item in value):
        lines = [_organization(item, fields) if isinstance(item, LineDict) else item for item in value]
        if not all(_is_text(item) for item in lines):
            raise SitegenError("each item of 'affiliation' must be text, as `- some words`", fields.path, line)
        return fields.text("\n".join(text for item in lines if (text := str(item).strip())), line)
    return fields.text(_text_or_lines(meta, "affiliation", fields.path, "\n"), line)


def _organization(item: LineDict, fields: _Fields) -> str:
    """An affiliation's line `{name: ..., url: ...}` as the Markdown link it means."""
    name, url = item.get("name"), item.get("url", "")
    if not _is_text(name) or not _is_text(url) or set(item) - {"name", "url"}:
        raise SitegenError(
            "an affiliation's line is text, or 'name:' and 'url:' (its page) under a '- '", fields.path, item.start_line
        )
    name, url = str(name).strip(), str(url).strip()
    return markdown_link(name, url) if url else name


def _interests(meta: LineDict, path: Path) -> tuple[str, ...]:
    """`interests:` as a list, or on one line as people write it: `Deep Learning, Object Detection`."""
    value = meta.get("interests")
    if isinstance(value, str):
        return tuple(part.strip() for part in re.split(r"[,;]", value) if part.strip())
    return _text_list(meta, "interests", path)


def _all_or_selected(meta: LineDict, path: Path) -> str:
    """A profile's `publications: all | selected`."""
    value = meta.get("publications", "all")
    if value not in ("all", "selected"):
        raise SitegenError(
            f"'publications' is 'all' (every entry, the default) or 'selected' (the selected ones), not {value!r}",
            path,
            meta.line_of("publications"),
        )
    return value


def parse_page(text: Text, path: Path, markdown: MarkdownRenderer, report: Report) -> Page:
    """An extra page: title and menu position in front matter, Markdown body."""
    document, stem = _read(text, path)
    meta = document.meta
    _warn_unknown(meta, PAGE_KEYS, path, report)
    menu = _menu_place(meta, path)
    given = _optional_text(meta, "title", path)
    html, relative, cites, lists, heading = _render(markdown, document, path, report, title=given or None)
    return Page(
        slug=slugify(stem),
        title=given or heading or stem.replace("-", " ").replace("_", " ").capitalize(),  # `# Teaching` first
        titled=bool(given or heading),
        menu=menu,
        html=html,
        path=path,
        relative_links=relative,
        cites=cites,
        lists=lists,
        draft=_draft(meta, path),
        moved_from=_moved_from(meta, path, report),
    )


def parse_publication_text(text: Text, path: Path, markdown: MarkdownRenderer, report: Report) -> Page:
    """A publication's own text (content/publications/<key>.md: supplementary notes, a figure, a
    video, press coverage), shown on its page under the abstract, as Hugo Blox's publication pages
    show theirs. Its entry's fields are the .bib file's, so front matter holds nothing here."""
    document, stem = _read(text, path)
    for key in document.meta:
        report.warn(
            f"'{key}' is not read here: a publication's text has no front matter (its title, date and links are "
            "its BibTeX entry's fields); remove it",
            path,
            document.meta.line_of(key),
        )
    slug = slugify(stem)
    html, relative, cites, lists, _ = _render(
        markdown, document, path, report, page=f"publications/{slug}/", taken=_PUBLICATION_IDS
    )
    return Page(slug=slug, title="", menu=None, html=html, path=path, relative_links=relative, cites=cites, lists=lists)


def parse_news(text: Text, path: Path, markdown: MarkdownRenderer, report: Report) -> NewsItem:
    """An announcement: its date (required) and title in front matter, a short Markdown body."""
    document, stem = _read(text, path)
    meta = document.meta
    _warn_unknown(meta, NEWS_KEYS, path, report)
    given = _optional_text(meta, "title", path)
    html, relative, cites, lists, heading = _render(
        markdown, document, path, report, page=f"news/{slugify(stem)}/", title=given or None
    )  # also on the home page
    text = plain_text(html)  # made again once its citations are resolved (cite.py)
    words = first_words(without_markers(text).strip())
    title = given or heading or words or stem.replace("-", " ").capitalize()
    return NewsItem(
        slug=slugify(stem),
        title=title,
        date=_date(meta, path),
        html=html,
        text=text,
        path=path,
        relative_links=relative,
        cites=cites,
        lists=lists,
        draft=_draft(meta, path),
        moved_from=_moved_from(meta, path, report),
        title_from_text=bool(words) and not (given or heading),
    )


def parse_talk(text: Text, path: Path, markdown: MarkdownRenderer, report: Report, static_exists: Callable[[str], bool]) -> Talk:
    """A talk: its title and date (required), event, place, type, speakers and links; the
    abstract in Markdown."""
    document, stem = _read(text, path)
    meta = document.meta
    _warn_unknown(meta, TALK_KEYS, path, report, TALK_LINKS)
    title = _optional_text(meta, "title", path)
    if not title:
        raise SitegenError("a talk needs 'title: ...' in its front matter", path, meta.line_of("title") if "title" in meta else 1)
    html, relative, cites, lists, _ = _render(markdown, document, path, report, page=f"talks/{slugify(stem)}/", title=title)
    return Talk(
        slug=slugify(stem),
        title=title,
        date=_date(meta, path, "a talk"),
        event=_short_text(meta, "event", markdown, path, report),  # "[ICRA 2024](https://...)"
        location=_short_text(meta, "location", markdown, path, report),
        kind=_optional_text(meta, "type", path),
        speakers=_text_list(meta, "speakers", path),
        speakers_line=meta.line_of("speakers") if "speakers" in meta else 0,
        links=_ordered_links(meta, path, report, static_exists, TALK_LINKS, "slides: files/talk.pdf"),
        html=html,
        path=path,
        relative_links=relative,
        cites=cites,
        lists=lists,
        draft=_draft(meta, path),
        moved_from=_moved_from(meta, path, report),
    )


def parse_project(
    text: Text, path: Path, markdown: MarkdownRenderer, report: Report, static_exists: Callable[[str], bool]
) -> Project:
    """A research project: its title (required), summary, picture, members, publications (by key
    and by keyword) and links; the description in Markdown."""
    document, stem = _read(text, path)
    meta = document.meta
    _warn_unknown(meta, PROJECT_KEYS, path, report, PROJECT_LINKS)
    title = _optional_text(meta, "title", path)
    if not title:
        raise SitegenError(
            "a project needs 'title: ...' in its front matter", path, meta.line_of("title") if "title" in meta else 1
        )
    html, relative, cites, lists, _ = _render(
        markdown, document, path, report, page=f"projects/{slugify(stem)}/", title=title, taken=_PROJECT_IDS
    )
    return Project(
        slug=slugify(stem),
        title=title,
        summary=_short_text(meta, "summary", markdown, path, report),
        image=_picture(meta, "image", path, report, static_exists),
        image_line=meta.line_of("image") if "image" in meta else 0,
        members=_text_list(meta, "members", path),
        members_line=meta.line_of("members") if "members" in meta else 0,
        keys=_text_list(meta, "publications", path),
        publications_line=meta.line_of("publications") if "publications" in meta else 0,
        keywords=_text_list(meta, "keywords", path),
        links=_ordered_links(meta, path, report, static_exists, PROJECT_LINKS, "code: https://github.com/you/project"),
        html=html,
        path=path,
        order=_whole_number(meta, "order", path),
        past=_flag(meta, "past", path),
        featured=_flag(meta, "featured", path),
        relative_links=relative,
        cites=cites,
        lists=lists,
        draft=_draft(meta, path),
        moved_from=_moved_from(meta, path, report),
    )


def _picture(
    meta: LineDict, key: str, path: Path, report: Report, static_exists: Callable[[str], bool], instead: str = ""
) -> str | None:
    """A picture's file in static/ (without a leading `/`) or its URL; None, with a warning at its
    line, when there is no such file or the URL's scheme is unsafe."""
    picture = _optional_text(meta, key, path)
    if not picture:
        return None
    if not is_external(picture) and not static_exists(picture.lstrip("/")):
        report.warn(
            f"{key} '{picture}' is not in static/ (add the image there or fix the path){instead}", path, meta.line_of(key)
        )
        return None
    if not is_safe_url(picture):
        report.warn(f"{key} '{picture}' has an unsafe scheme and is not shown", path, meta.line_of(key))
        return None
    return picture if is_external(picture) else picture.lstrip("/")


def _ordered_links(
    meta: LineDict, path: Path, report: Report, static_exists: Callable[[str], bool], labels: dict[str, str], example: str
) -> tuple[Link, ...]:
    """`links: {slides: files/talk.pdf, video: https://...}`, checked as a profile's links are (a
    URL, or a file in static/), the known kinds first in the order of `labels`, with its labels."""
    order = {kind: index for index, kind in enumerate(labels)}

    def labelled(link: Link) -> Link:
        found = _of_kind(labels, link.kind)
        return dataclasses.replace(link, label=_numbered_label(*found)) if found else link

    def position(link: Link) -> tuple[int, int]:  # a second of a kind (slides_2) right after the first
        return _of_kind(order, link.kind) or (len(order), 0)

    links = [labelled(link) for link in _profile_links(meta, path, report, static_exists, example=example)]
    return tuple(sorted(links, key=position))


def _moved_from(meta: LineDict, path: Path, report: Report) -> Moved | None:
    """`redirect_from:` the page's old addresses (as jekyll-redirect-from reads them), where the
    build leaves a page that sends readers and search engines to the new one."""
    files = []
    for old in _text_list(meta, "redirect_from", path):
        file = redirect_file(old)
        if file is None:
            report.warn(
                f"redirect_from '{old}' is not an address in this site (write its path, as /blog/2021/old-post/); it is left out",
                path,
                meta.line_of("redirect_from"),
            )
        else:
            files.append(file)
    return Moved(tuple(files), path, meta.line_of("redirect_from")) if files else None


def _draft(meta: LineDict, path: Path) -> bool:
    """`draft: true`: built only with --drafts (as Hugo's drafts), so it can be previewed unpublished."""
    return _flag(meta, "draft", path)


def _flag(meta: LineDict, key: str, path: Path) -> bool:
    value = meta.get(key, False)
    if not isinstance(value, bool):
        raise SitegenError(f"'{key}' must be true or false, not {value!r}", path, meta.line_of(key))
    return value


def _date(meta: LineDict, path: Path, what: str = "a news item") -> date:
    value = meta.get("date")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and (found := written_date(value)) is not None:
        return found
    if "date" not in meta:
        raise SitegenError(f"{what} needs 'date: YYYY-MM-DD' in its front matter, such as 'date: 2025-03-01'", path, 1)
    raise SitegenError(
        f"the date {str(value)!r} of {what} names no one day (03/05/2024 may be March or May): write it "
        "'date: YYYY-MM-DD', such as 'date: 2025-03-01'",
        path,
        meta.line_of("date"),
    )


# the ways people write a day that cannot be read two ways (not 03/05/2024: March or May?)
_DATE_FORMATS = ("%Y/%m/%d", "%Y.%m.%d", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def written_date(text: str) -> date | None:
    """The day a front matter's text names: ISO (`2024-03-05`, with a time as Hugo writes it), or
    a form that cannot be misread (`2024/03/05`, `5.3.2024`, `5 March 2024`, `March 5, 2024`)."""
    text = " ".join(text.split())
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text.replace("Sept ", "Sep "), form).date()
        except ValueError:
            continue
    return None


_LAST_IN_MENU = 10**6  # `menu: true`: in the menu, after the pages given a place (by title among themselves)


def _menu_place(meta: LineDict, path: Path) -> int | None:
    """A page's place in the menu: its number, or last for `menu: true` (`yes`), none for `false`."""
    if isinstance(meta.get("menu"), bool):
        return _LAST_IN_MENU if meta["menu"] else None
    return _whole_number(meta, "menu", path)


def _whole_number(meta: LineDict, key: str, path: Path) -> int | None:
    value = meta.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise SitegenError(f"'{key}' must be a whole number giving a position, not {value!r}", path, meta.line_of(key))
    return value


def _warn_unknown(
    meta: LineDict, known: list[str], path: Path, report: Report, links: Mapping[str, object] | None = None
) -> None:
    """A warning for each key the file's kind does not have; a kind of link (`github:`, `slides:`),
    or any key holding a web address (`website: https://...`), written beside the others rather
    than under `links:` is told where it goes."""
    for key in meta:
        if key in known:
            continue
        value = meta[key]
        is_address = isinstance(value, str) and is_web_address(value)
        if links and isinstance(key, str) and (_of_kind(links, key) is not None or is_address):
            message = f"'{key}' is a link: write it under 'links:' (a line 'links:', then '  {key}: ...'); here it is ignored"
        else:
            message = f"unknown front matter key '{key}'{did_you_mean(str(key), known)}; it is ignored"
        report.warn(message, path, meta.line_of(key))


def _email(meta: LineDict, path: Path) -> str | None:
    """The profile's e-mail address. One copied from a web page's link (`mailto:ada@uni.edu`) is
    its address (its link read `mailto:mailto:`); a list is refused saying where a second one goes."""
    if isinstance(meta.get("email"), list):
        raise SitegenError(
            "'email' is the one address shown beside the name: keep one here and put another under links:, "
            "as `work: mailto:ada@uni.edu`",
            path,
            meta.line_of("email"),
        )
    email = _optional_text(meta, "email", path)
    return (email[len("mailto:") :].strip() if email.lower().startswith("mailto:") else email) or None


def _optional_text(meta: LineDict, key: str, path: Path) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if _is_text(value):
        return str(value).strip()
    raise SitegenError(f"'{key}' must be text, as `{key}: some words`; here it is {_yaml_kind(value)}", path, meta.line_of(key))


def _text_or_lines(meta: LineDict, key: str, path: Path, joiner: str) -> str:
    """A field one may write as text or as a list of texts (two roles, an affiliation's lines),
    the list joined by `joiner`."""
    value = meta.get(key)
    if isinstance(value, list) and all(_is_text(item) for item in value):
        return joiner.join(text for item in value if (text := str(item).strip()))
    if isinstance(value, list):
        raise SitegenError(f"each item of '{key}' must be text, as `- some words`", path, meta.line_of(key))
    return _optional_text(meta, key, path)


def _is_text(value: object) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _yaml_kind(value: object) -> str:
    """What YAML made of a value, in the words of the one who wrote it."""
    if isinstance(value, bool):
        return "yes or no to YAML (put the text in quotes)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of 'key: value' lines (put text with a colon in quotes)"
    return "a date (put it in quotes)" if hasattr(value, "year") else type(value).__name__


def _text_list(meta: LineDict, key: str, path: Path) -> tuple[str, ...]:
    value: Any = meta.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(item, (str, int, float)) for item in value):
        return tuple(str(item).strip() for item in value)
    raise SitegenError(f"'{key}' must be a list of text items (one '- item' per line)", path, meta.line_of(key))


@dataclass(frozen=True)
class _Records:
    """How a profile's list of degrees, positions or awards is read: each item one line of text, or
    its parts under the names profiles give them (ours, and Hugo Blox's: `course`, `company`,
    `date_start` ...)."""

    key: str  # education
    what: str  # degree
    parts: dict[str, str]  # a part's name as written -> the field it fills
    required: str  # the field an item cannot be without
    example: str  # the item on one line
    missing: str  # what to write when the required field is missing
    linked: str  # the field its `url` makes a link (a degree's institution)

    def form(self) -> str:
        names = list(dict.fromkeys(self.parts.values()))
        return (
            f"'{self.key}' must be a list of {self.what}s, one '- {self.required}: ...' per {self.what}, with "
            f"{', '.join(repr(n) for n in names[1:])} under it as needed (or '- {self.example}' on one line)"
        )


EDUCATION = _Records(
    "education",
    "degree",
    {
        "degree": "degree",
        "course": "degree",
        "institution": "institution",
        "school": "institution",
        "university": "institution",
        "year": "year",
        "description": "description",  # "Thesis: Robust perception. Advisor: [Prof. Mei Lin](https://...)."
        "summary": "description",
        "url": "url",
        "institution_url": "url",
    },
    "degree",
    "PhD in X, University, 2020",
    "this degree has no name: add 'degree: PhD in ...'",
    "institution",
)
EXPERIENCE = _Records(
    "experience",
    "position",
    {
        "title": "title", "position": "title", "role": "title", "organization": "organization", "organisation": "organization",
        "company": "organization", "institution": "organization", "employer": "organization", "location": "location",
        "years": "years", "year": "years", "start": "start", "date_start": "start", "end": "end", "date_end": "end",
        "description": "description", "summary": "description", "url": "url", "organization_url": "url",
        "company_url": "url",  # Hugo Blox's
    },
    "title",
    "Research Intern, Example Labs, 2023",
    "this position has no title: add 'title: Research Intern'",
    "organization",
)  # fmt: skip
TEACHING = _Records(
    "teaching",
    "course",
    {
        "course": "course", "title": "course", "name": "course", "role": "role", "institution": "institution",
        "university": "institution", "school": "institution", "organization": "institution", "term": "term",
        "semester": "term", "year": "term", "years": "term", "url": "url", "link": "url", "page": "url",
    },
    "course",
    "Machine Learning (CS 229), Teaching Assistant, Example University, Fall 2023",
    "this course has no name: add 'course: Machine Learning'",
    "course",
)  # fmt: skip
AWARDS = _Records(
    "awards",
    "award",
    {
        "title": "title",
        "award": "title",
        "name": "title",
        "awarder": "awarder",
        "by": "awarder",
        "year": "year",
        "date": "year",
        "description": "description",
        "summary": "description",  # "For efficient training of large models"
        "url": "url",
    },
    "title",
    "Best Paper Award, ICCV, 2023",
    "this award has no title: add 'title: Best Paper Award'",
    "title",
)


def _education(meta: LineDict, fields: _Fields) -> tuple[Degree, ...]:
    """`education:` as a list of degrees; Hugo Blox's `education: {courses: [...]}` is read too."""
    return tuple(Degree(**parts) for parts in _records(meta, EDUCATION, fields, wrapper="courses"))


def _experience(meta: LineDict, fields: _Fields) -> tuple[Position, ...]:
    """`experience:` as a list of positions; `start` and `end` (Hugo Blox's `date_start`,
    `date_end`) become "2021–2023", or "2021–present" without an end, "2019" when both are 2019."""
    positions = []
    for parts in _records(meta, EXPERIENCE, fields):
        start, end = parts.pop("start", ""), parts.pop("end", "")
        if start and start == end and not parts.get("years"):
            parts["years"] = start  # an internship of a summer: "2019", not "2019–2019"
        elif start and not parts.get("years"):
            end = end or "present"
            parts["years"] = f"{start} – {end}" if " " in start + end else f"{start}–{end}"  # "Sep 2012 – Aug 2014"
        elif end and not parts.get("years"):
            parts["years"] = end
        positions.append(Position(**parts))
    return tuple(positions)


def _awards(meta: LineDict, fields: _Fields) -> tuple[Award, ...]:
    return tuple(Award(**parts) for parts in _records(meta, AWARDS, fields))


def _teaching(meta: LineDict, fields: _Fields) -> tuple[Course, ...]:
    return tuple(Course(**parts) for parts in _records(meta, TEACHING, fields))


def _records(meta: LineDict, records: _Records, fields: _Fields, wrapper: str = "") -> list[dict[str, str]]:
    """The items of a profile's list, each as its fields' texts (an item on one line fills the
    required field), Markdown in them read (`_Fields`); every mistake is an error at its line
    saying how to write it. A `url` (a page of the item) must be a path of the site or a web
    address of a safe scheme; the part it links is plain words."""
    path = fields.path
    value: Any = meta.get(records.key)
    line = meta.line_of(records.key)
    if wrapper and isinstance(value, LineDict) and set(value) == {wrapper}:
        value, line = value[wrapper], value.line_of(wrapper)
    if value is None:
        return []
    if not isinstance(value, list):
        raise SitegenError(records.form(), path, line)
    return [_record(item, records, fields, line) for item in value]


def _record(item: Any, records: _Records, fields: _Fields, line: int) -> dict[str, str]:
    path = fields.path
    if isinstance(item, str):
        return {records.required: fields.text(item.strip(), line)}
    if not isinstance(item, LineDict):
        raise SitegenError(records.form(), path, line)
    parts: dict[str, str] = {}
    keys: dict[str, Any] = {}  # field -> the key it was written under
    for key, part in item.items():
        name = records.parts.get(str(key).lower())
        if name is None:
            known = did_you_mean(str(key), list(records.parts))
            fields = ", ".join(repr(n) for n in dict.fromkeys(records.parts.values()))
            raise SitegenError(f"a {records.what} has {fields}; not {key!r}{known}", path, item.line_of(key))
        if not isinstance(part, (str, int, date)) or isinstance(part, bool):
            raise SitegenError(f"a {records.what}'s '{key}' must be text", path, item.line_of(key))
        parts[name] = _month_year(part) if isinstance(part, date) else str(part).strip()
        keys[name] = key
    if not parts.get(records.required):
        raise SitegenError(records.missing, path, item.start_line)
    url = parts.get("url", "")
    if url and not is_safe_url(url):
        raise SitegenError(
            f"the url of the {records.what} '{fields.plain(parts[records.required])}' has an unsafe scheme: "
            "give https://... or a path of the site",
            path,
            item.line_of(keys["url"]),
        )
    # the url links its institution, organization ..., or the item's name when it has none
    linked = records.linked if parts.get(records.linked) else records.required
    for name, part in parts.items():
        if name not in _NOT_WORDS:
            parts[name] = fields.plain(part) if url and name == linked else fields.text(part, item.line_of(keys[name]))
    return parts


_NOT_WORDS = frozenset({"url", "year", "years", "start", "end"})  # an item's parts that are no Markdown


def _month_year(day: date) -> str:
    """ "Jan 2021": a date in a CV's list is its month (Hugo Blox writes `date_start: 2021-01-01`)."""
    return f"{MONTHS[day.month - 1][:3].capitalize()} {day.year}"


# the ids of the parts a text is shown among (templates/): every page's (base.html's, a list's
# search), a profile's sections (and the home page's, which is the owner's), a publication's, a project's
_PAGE_IDS = frozenset({"main", "site-menu", "site-search-input", "search-input", "pub-search-input"})
_PROFILE_IDS = _PAGE_IDS | {
    "biography", "interests", "education", "experience", "awards", "projects", "publications", "talks", "teaching",
    "service", "news", "featured-projects", "selected-publications",
}  # fmt: skip
_PUBLICATION_IDS = _PAGE_IDS | {"abstract", "cite"}
_PROJECT_IDS = _PAGE_IDS | {"publications"}


def _render(
    markdown: MarkdownRenderer,
    document: Document,
    path: Path,
    report: Report,
    page: str = "",
    title: str | None = "",
    top: int = 2,
    taken: frozenset[str] = _PAGE_IDS,
) -> tuple[str, tuple[tuple[str, int], ...], tuple[Cite, ...], tuple[ListQuery, ...], str]:
    """The body as HTML under its page's title (markup.under_title: `title`, or None to take a
    first `# heading` as the title, which is returned last, "" for none; its headings from level
    `top`), its relative paths with their lines (checked once the site is assembled: what they
    lead to depends on the page the text is shown on), and its citations and publication lists
    with theirs (resolved once the bibliography is there). Each link dropped for an unsafe scheme,
    each formula that cannot be read, and each word of a list that is no filter, is a warning at
    its line. Its ids are none of `taken`, those of the page's own parts (markup.apart_from)."""
    rendered = markdown.render(document.body, page=page)
    rendered.html, heading = under_title(rendered.html, title, top)
    rendered.html = apart_from(rendered.html, taken)
    for url in rendered.dropped:
        report.warn(f"link to {url!r} removed: {_why_dropped(url)}", path, _line_of(document, url))
    for tex in rendered.unreadable_math:
        report.warn(
            f"math '{tex}' is not TeX that can be shown (check its braces); it is shown as written", path, _line_of(document, tex)
        )
    for written, unread in rendered.unread_filters:
        report.warn(
            f"publication list: {', '.join(repr(word) for word in unread)} is no filter (write name=value, as year=2020); "
            "left out",
            path,
            _line_of(document, written),
        )
    paths = tuple((url, _line_of(document, url)) for url in dict.fromkeys(rendered.relative))
    lists = tuple(dataclasses.replace(query, line=_line_of(document, query.written)) for query in rendered.lists)
    return rendered.html, paths, with_lines(rendered.cites, document.body, document.body_line), lists, heading


def _why_dropped(url: str) -> str:
    if is_readable_url(url):
        return "its scheme is unsafe (use https:, mailto: or a path)"
    return "a browser cannot follow it (a bracket in its host?)"


def _line_of(document: Document, text: str) -> int:
    at = document.body.find(text)
    return document.body_line + document.body.count("\n", 0, at) if at >= 0 else document.body_line


def _profile_links(
    meta: LineDict, path: Path, report: Report, static_exists: Callable[[str], bool], example: str = "github: your-name"
) -> tuple[Link, ...]:
    value = meta.get("links")
    if value is None:
        return ()
    if not isinstance(value, LineDict):
        raise SitegenError(f"'links' must be keys and values, such as '{example}'", path, meta.line_of("links"))
    links = []
    for kind, target in value.items():
        line = value.line_of(kind)
        if not isinstance(target, (str, int)) or isinstance(target, bool):
            raise SitegenError(f"link '{kind}' must be a URL or a user name", path, line)
        link = _profile_link(str(kind).lower(), str(target).strip(), path, line, report, static_exists)
        if link is not None:
            links.append(link)
    return tuple(links)


T = TypeVar("T")
_MASTODON_HANDLE = re.compile(r"^@?([^@/\s]+)@([a-z0-9.-]+\.[a-z]{2,})$", re.IGNORECASE)  # @user@server
_HOST_LIKE = re.compile(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/|$)", re.IGNORECASE)


def _of_kind(known: Mapping[str, T], kind: str) -> tuple[T, int] | None:
    """What `known` has for a link's kind, and which link of the kind it is: 0 the first, 2 for a
    second (`github_2: lab-org` is GitHub's, "GitHub 2", https://github.com/lab-org; two of a kind
    in a dict of links need two keys). None for a kind not known."""
    if kind in known:
        return known[kind], 0
    if (numbered := NUMBERED_KIND.fullmatch(kind)) and numbered.group(1) in known:
        return known[numbered.group(1)], int(numbered.group(2))
    return None


def _numbered_label(label: str, number: int) -> str:
    return f"{label} {number}" if number else label


def _profile_link(
    kind: str, target: str, path: Path, line: int, report: Report, static_exists: Callable[[str], bool]
) -> Link | None:
    (label, template), number = _of_kind(PROFILE_LINKS, kind) or ((kind.replace("_", " ").title(), None), 0)
    label = _numbered_label(label, number)
    url = target
    if not is_external(target):
        if (
            kind != "bluesky" and written_without_scheme(target) and not static_exists(target.lstrip("/"))
        ):  # its handles are hosts
            url = "https://" + target  # "github.com/ada", "www.lab.org/ada", "ada.dev": written without https://
        elif template is not None:
            # handles are often written @name, and LinkedIn's with the in/ of its address
            url = template.format(target.removeprefix("@").removeprefix("in/" if kind == "linkedin" else ""))
        elif kind == "mastodon" and (handle := _MASTODON_HANDLE.match(target)):
            url = f"https://{handle.group(2)}/@{handle.group(1)}"
    if not is_safe_url(url):
        report.warn(f"link '{kind}' has an unsafe scheme and is dropped: {target!r}", path, line)
        return None
    if is_external(url) and not is_readable_url(url):
        report.warn(f"link '{kind}': '{target}' is no address a browser can follow (a bracket in its host?); fix it", path, line)
        return None
    if is_external(url):
        return Link(kind, label, web_address(url))
    local = url.lstrip("/")
    if (page := page_address(local)) and not static_exists(page[0] + "index.html"):
        return Link(kind, label, page[0], local=True, fragment=page[1], page=True)  # `blog: /news/`: checked by `sitegen check`
    if not static_exists(local):
        hint = f"; if it is a web address, write https://{local}" if _HOST_LIKE.match(local) else ""
        report.warn(f"link '{kind}': '{target}' is not a file in static/ (add it there or fix the path){hint}", path, line)
    return Link(kind, label, local, local=True)
