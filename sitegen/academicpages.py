"""An academicpages site (Jekyll, Minimal Mistakes) made into a sitegen site (`sitegen import`, migrate.py).

academicpages keeps the owner in `_config.yml` (`author:` name, avatar, employer, links), the
biography in `_pages/about.md`, and one Markdown file per publication, talk, course and portfolio
item (`_publications/`, `_talks/`, `_teaching/`, `_portfolio/`), with `files/` and `images/` beside
them. Its publications have no BibTeX: each file's front matter (title, date, venue, category,
paperurl, slidesurl) and its formatted `citation` (for the authors) become one entry of
`content/publications/academicpages.bib`; an entry whose `bibtexurl` is a .bib file of the site's
own `files/` is taken from that file instead, as its author wrote it. Talks become talks, courses
the profile's teaching, portfolio items projects.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sitegen.migrate import Migration, base_url, bib_value, day, dump, front_matter, markdown_files, text
from sitegen.slugs import slugify
from sitegen.urls import redirect_file

# academicpages' `author:` link keys -> a profile's link kind (each holds a URL or a user name)
LINKS = {
    "uri": "homepage", "googlescholar": "scholar", "orcid": "orcid", "github": "github", "linkedin": "linkedin",
    "twitter": "x", "researchgate": "researchgate", "semantic": "semanticscholar", "arxiv": "arxiv", "pubmed": "pubmed",
    "mastodon": "mastodon", "bluesky": "bluesky", "youtube": "youtube", "gitlab": "gitlab", "scopus": "scopus",
    "inspire-hep": "inspirehep", "academia": "academia", "kaggle": "kaggle", "stackoverflow": "stackoverflow",
}  # fmt: skip
# the entry type of each publication category (the template's three; any other with a venue is an article)
CATEGORIES = {"manuscripts": "article", "conferences": "inproceedings", "books": "book"}
VENUE_FIELD = {"article": "journal", "inproceedings": "booktitle", "book": "publisher", "misc": "howpublished"}
MADE_PAGES = {
    "about": "",
    "publications": "sitegen lists the publications at /publications/",
    "talks": "sitegen lists the talks at /talks/",
    "teaching": "the courses are on the profile, under Teaching",
    "portfolio": "the portfolio items are projects, at /projects/",
    "404": "sitegen writes its own 404 page",
    "sitemap": "sitegen writes sitemap.xml",
    "talkmap": "the map of talks is made by a script with a geocoding service",
    "year-archive": "sitegen has no blog",
    "category-archive": "sitegen has no blog",
    "tag-archive": "sitegen has no blog",
    "collection-archive": "sitegen has no blog",
    "page-archive": "",
    "archive-layout-with-content": "",
    "markdown": "",
    "non-menu-page": "",
    "terms": "",
    "cv-json": "the CV's data is on the profile",
}


class AcademicPages(Migration):
    made_pages = MADE_PAGES

    @staticmethod
    def recognises(source: Path) -> bool:
        return (source / "_config.yml").is_file() and any((source / f"_{name}").is_dir() for name in ("publications", "talks"))

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.author = self.config.get("author") if isinstance(self.config.get("author"), dict) else {}
        self.name = str(self.author.get("name") or self.config.get("name") or self.config.get("title") or "Your Name").strip()
        self.owner = slugify(self.name) or "me"
        navigation = self.yaml(source / "_data" / "navigation.yml")
        main = navigation.get("main") if isinstance(navigation.get("main"), list) else []
        self.menu = [str(item.get("url", "")).strip("/") for item in main if isinstance(item, dict)]
        self.host = urlsplit(str(self.config.get("url") or "")).netloc
        self.base = "/" + str(self.config.get("baseurl") or "").strip("/")

    def here(self, url: str) -> str:
        """A URL of the site itself (`https://you.github.io/files/paper1.pdf`) as its path in the new
        site (`files/paper1.pdf`): it keeps working when the site moves."""
        parts = urlsplit(url)
        if not self.host or parts.netloc != self.host:
            return url
        return parts.path.removeprefix(self.base.rstrip("/")).lstrip("/") or url

    def run(self) -> None:
        self.copy(self.source / "files", "static/files")
        self.copy(self.source / "images", "static/images")
        self._publications()
        self._talks()
        self._profile(self._teaching())
        self._site()
        self._portfolio()
        self.pages()
        self.blog()

    def menu_place(self, meta: dict, name: str) -> int | None:
        """A page's place in `_data/navigation.yml`'s main menu."""
        permalink = str(meta.get("permalink") or name).strip("/")
        return self.menu.index(permalink) + 1 if permalink in self.menu else None

    # -- the owner ---------------------------------------------------------------------------
    def _profile(self, teaching: list[dict[str, str]]) -> None:
        author = self.author
        person: dict[str, Any] = {"name": self.name}
        if role := text(author.get("bio")):
            person["role"] = role
        if affiliation := ", ".join(text(author.get(key)) for key in ("employer", "location") if text(author.get(key))):
            person["affiliation"] = affiliation
        if avatar := text(author.get("avatar")):
            person["photo"] = avatar.lstrip("/") if "/" in avatar else f"images/{avatar}"
        if email := text(author.get("email")):
            person["email"] = email
        if links := {kind: text(author[key]) for key, kind in LINKS.items() if text(author.get(key))}:
            person["links"] = links
        if teaching:
            person["teaching"] = teaching
        about = self.source / "_pages" / "about.md"
        body = ""
        if about.is_file():
            document = self.document(about)
            body = self.markdown(document.body, about, document.body_line)
        self.write(f"content/people/{self.owner}.md", front_matter(person) + body)

    def _site(self) -> None:
        config = self.config
        site: dict[str, Any] = {"title": text(config.get("title")) or self.name}
        if description := text(config.get("description")):
            site["description"] = description
        site["base_url"] = base_url(str(config.get("url") or ""), str(config.get("baseurl") or ""))
        site["language"] = text(config.get("locale")) or "en"
        site["owner"] = self.owner
        if self.moved:
            site["redirects"] = self.moved
        self.write("content/site.yml", dump(site))

    def _teaching(self) -> list[dict[str, str]]:
        """Each course file as a line of the profile's teaching: title, type (the role), venue, year."""
        courses = []
        for path in markdown_files(self.source / "_teaching"):
            meta = self.document(path).meta
            course = {"course": text(meta.get("title")) or path.stem}
            if role := text(meta.get("type")):
                course["role"] = role
            if venue := text(meta.get("venue")):
                course["institution"] = venue
            if dated := day(meta.get("date")):
                course["term"] = str(dated.year)
            courses.append(course)
        if courses:
            self.note(
                self.source / "_teaching",
                "each course is a line of the profile's Teaching; their pages' texts are not carried over",
            )
        return courses

    # -- collections -------------------------------------------------------------------------
    def _publications(self) -> None:
        entries, taken = [], set()
        for path in markdown_files(self.source / "_publications"):
            document = self.document(path)
            own = self._own_bibtex(document.meta)
            if own is not None:
                if own not in taken:
                    taken.add(own)
                    entries.append(self.read(own).strip())
                continue
            key = slugify(path.stem)
            entry, authors = _entry(key, document.meta, document.body, self.here)
            old = text(document.meta.get("permalink"))
            if old and redirect_file(old) and redirect_file(old) != f"publications/{slugify(key)}/index.html":
                self.moved[old] = f"/publications/{slugify(key)}/"  # its page's old address still answers
            if not authors:
                self.note(path, "no authors could be read from its citation: add them to its entry (author = {...})")
            entries.append(entry)
        if entries:
            self.write("content/publications/academicpages.bib", "\n\n".join(entries) + "\n")

    def _own_bibtex(self, meta: dict) -> Path | None:
        """The site's own .bib file that `bibtexurl` names (`/files/bibtex1.bib`, or a URL ending so)."""
        url = text(meta.get("bibtexurl"))
        path = urlsplit(url).path
        if "/files/" not in f"/{path.lstrip('/')}" or not path.endswith(".bib"):
            return None
        found = self.source / "files" / path.split("/files/", 1)[-1]
        return found if found.is_file() else None

    def _talks(self) -> None:
        for path in markdown_files(self.source / "_talks"):
            if (found := self.dated(path, {"event": "venue", "location": "location", "type": "type"}, path.stem)) is None:
                continue
            talk, document = found
            meta = document.meta
            links = {
                kind: self.here(text(meta[key]))
                for kind, key in (("slides", "slidesurl"), ("url", "talk_url"))
                if text(meta.get(key))
            }
            if links:
                talk["links"] = links
            body = self.markdown(document.body, path, document.body_line)
            self.write(f"content/talks/{slugify(path.stem)}.md", front_matter(talk) + body)

    def _portfolio(self) -> None:
        for path in markdown_files(self.source / "_portfolio"):
            document = self.document(path)
            meta = document.meta
            project: dict[str, Any] = {"title": text(meta.get("title")) or path.stem}
            excerpt = str(meta.get("excerpt") or "")
            if summary := text(_IMAGE.sub("", excerpt)):
                project["summary"] = summary
            if image := _IMAGE.search(excerpt):
                project["image"] = image.group(1).lstrip("/")
            body = self.markdown(document.body, path, document.body_line)
            self.write(f"content/projects/{slugify(path.stem)}.md", front_matter(project) + body)


_IMAGE = re.compile(r"""<img[^>]*\bsrc=["']([^"']+)["'][^>]*>""", re.IGNORECASE)


# -- a publication's file as a BibTeX entry ---------------------------------------------------------
def _entry(key: str, meta: dict, body: str, here: Callable[[str], str]) -> tuple[str, list[str]]:
    """The entry, and the authors read from the citation; `here` makes the site's own URLs paths."""
    venue = text(html.unescape(str(meta.get("venue") or "")))
    kind = CATEGORIES.get(str(meta.get("category") or ""), "article" if venue else "misc")
    authors = citation_authors(str(meta.get("citation") or ""))
    fields: list[tuple[str, str]] = [("title", bib_value(text(meta.get("title"))))]
    if authors:
        fields.append(("author", " and ".join(bib_value(author) for author in authors)))
    if dated := day(meta.get("date")):
        fields += [("year", str(dated.year)), ("month", str(dated.month))]
    elif isinstance(meta.get("date"), int):
        fields.append(("year", str(meta["date"])))
    if venue:
        fields.append((VENUE_FIELD[kind], bib_value(venue)))
    for field, name in (
        ("pdf" if str(meta.get("paperurl", "")).endswith(".pdf") else "url", "paperurl"),
        ("slides", "slidesurl"),
    ):
        if url := text(meta.get(name)):
            fields.append((field, here(url).replace("{", "").replace("}", "")))
    if abstract := _abstract(body) or text(meta.get("excerpt")):
        fields.append(("abstract", bib_value(abstract)))
    inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{key},\n{inside}\n}}", authors


def citation_authors(citation: str) -> list[str]:
    """The authors of a formatted citation, the part before "(2009)": "Anna Vesely, Livio Finos"
    (each a name) or "Smith, J., Doe, A." (family name and initials in turn)."""
    plain = _without_tags(citation)
    year = re.search(r"\(\s*(?:\d{4}|n\.d\.)", plain)
    names = plain[: year.start()].strip().rstrip(",").strip() if year else ""
    names = re.sub(r",?\s+(?:and|&)\s+", ", ", names)
    parts = [part.strip() for part in names.split(",") if part.strip()]
    pairs = list(zip(parts[::2], parts[1::2], strict=False))
    if parts and len(parts) % 2 == 0 and all(_family_and_given(family, given) for family, given in pairs):
        return [f"{family}, {given}" for family, given in pairs]
    return parts


def _family_and_given(family: str, given: str) -> bool:
    """ "Smith" + "J." or "Smith" + "John": a family name, then given names or initials."""
    return given.endswith(".") or (" " not in family and len(given.split()) <= 2)


def _abstract(body: str) -> str:
    return _without_tags(body)


def _without_tags(markup: str) -> str:
    """HTML as text on one line: tags dropped, entities (`&quot;`) read."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


_TAG = re.compile(r"<[^>]+>")
