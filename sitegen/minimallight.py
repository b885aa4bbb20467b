"""A Minimal Light site (yaoyao-liu/minimal-light: Jekyll, one page; about nine hundred researchers'
sites are forks of it) made into a sitegen site (`sitegen import`, migrate.py).

The template keeps its owner in `_config.yml`'s own keys (`title` is the name; `position`,
`affiliation`, `email`, `avatar`, and the links `google_scholar`, `cv_link`, `github_link`,
`linkedin`, `twitter`), the page in `index.md` ("## About Me", "## Research Interests", "## News"),
and its publications in `_data/publications.yml`: records under `main:` (title, authors with the
owner in `<strong>`, `conference_short` the badge, `conference` the venue, `pdf`, `code`, `page`,
`bibtex`, `image`, `notes`, `others`) that `_includes/publications.md` lists with a Liquid loop,
included by the page (`{% include_relative _includes/publications.md %}`) or, in later versions,
by the layout after it (`{% include publications.html %}`). Forks write their papers' rows by hand
in that file instead (`<li><div class="pub-row">` with a title, author and periodical div, a badge,
a picture and a row of links), and some keep each one's BibTeX in a hidden `<textarea>`. Services
are a list in `_includes/services.md`, or `_data/services.yml`'s groups of venues; forks add data
files of their own, news (`_data/news.yml`: a date and a headline) and projects.

The page is read as AcadHomepage's is (acadhomepage.py: news lines, honours, education ... by
their sections' headings; the sections sitegen has no place for stay in the biography), its HTML
headings (`<h2 id="publications">Publications</h2>`) as headings; each record or row of its lists
becomes an entry of content/publications/publications.bib (the row's own BibTeX, with what the row
adds, where it has one), each group of services a line of the profile's service, a data file's
news news items and its other records projects. A data file of publications another page lists
(a fork's `_pages/publications.md`) is read with that page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

import bibtexparser

from sitegen.acadhomepage import WRAPPER, AcadHomepage
from sitegen.citationtext import listed_authors, without_tags
from sitegen.hugodata import publication_records
from sitegen.hugofields import tables
from sitegen.linkfields import is_web_address
from sitegen.markup import markdown_link
from sitegen.migrate import HTML_LINK, REPOSITORY_FILES, base_url, front_matter, text, written_day
from sitegen.paperlist import (
    HTML_HEADING,
    IMG_SRC,
    LINE_BREAK,
    Line,
    Section,
    dedented_bibtex,
    emphasised_names,
    read_badge,
)
from sitegen.slugs import slugify
from sitegen.yamlfile import load_yaml

_THEME = re.compile(r"^\s*remote_theme\s*:\s*[\"']?yaoyao-liu/minimal-light\b", re.MULTILINE)
_INCLUDE = re.compile(r"^\s*\{%-?\s*include(_relative)?\s+([\w./-]+\.(?:md|markdown|html))\s*-?%\}\s*$")
_HEADING_OPENED = re.compile(r"^\s*<h([1-6])\b(?!.*</h[1-6])", re.IGNORECASE)
# a loop over a data file: `{% for link in site.data.publications.main limit:3 %}`
_DATA_LOOP = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+site\.data\.([\w-]+)((?:\.[\w-]+)*)[^%]*-?%\}")
_FOR = re.compile(r"\{%-?\s*for\b")
_ENDFOR = re.compile(r"\{%-?\s*endfor\s*-?%\}")
LAYOUT_CONTENT = re.compile(r"\{\{-?\s*content\s*-?\}\}")  # where a layout puts the page's text
_THEME_LAYOUT = "{{ content }}\n{% include publications.html %}\n{% include services.html %}\n"  # the theme's, after it
_DATA_MARK = "\x00data:"  # a line standing for a loop's records where the loop was (read with its section)
_ROW = re.compile(r"""<div\s+class=["']pub-row\b""", re.IGNORECASE)
_ROW_ITEM = re.compile(r"^\s*<li\b[^>]*>\s*$", re.IGNORECASE)
_PART = r"""<div\s+class=["'][^"']*\b{}\b[^"']*["'][^>]*>(.*?)</div>"""
_TITLE_DIV, _AUTHOR_DIV, _PERIODICAL_DIV, _LINKS_DIV = (
    re.compile(_PART.format(name), re.IGNORECASE | re.DOTALL) for name in ("title", "author", "periodical", "links")
)
_BADGE = re.compile(r"""<abbr\s+class=["'][^"']*\bbadge\b[^"']*["'][^>]*>(.*?)</abbr>""", re.IGNORECASE | re.DOTALL)
_TEXTAREA = re.compile(r"<textarea\b[^>]*>(.*?)</textarea>", re.IGNORECASE | re.DOTALL)
_BUTTON = re.compile(r"<button\b[^>]*>.*?</button>", re.IGNORECASE | re.DOTALL)
# the envelope icon forks mark a corresponding author with (`<sup><i class="fa-regular fa-envelope">`)
_ENVELOPE = re.compile(r"""<i\b[^>]*\bfa-envelope\b[^>]*>\s*</i>""", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_ROW_WRAPPER = re.compile(r"^\s*(?:</?(?:li|ol|ul|div|br|hr|p)\b[^>]*>\s*)+$", re.IGNORECASE)
# a record's fields that are links, and the words sitegen reads their kind from (link_field)
_DATA_LINKS = {
    "pdf": "PDF", "paper": "Paper", "code": "Code", "github": "Code", "page": "Project page", "project": "Project page",
    "project_page": "Project page", "website": "Website", "video": "Video", "slides": "Slides", "poster": "Poster",
    "demo": "Demo", "data": "Data", "dataset": "Dataset", "arxiv": "arXiv", "supp": "Supplementary material",
    "blog": "Blog", "talk": "Talk", "publication": "Publisher", "doi": "DOI", "url": "Link", "link": "Link",
}  # fmt: skip
_DATA_VENUES = ("conference", "journal", "venue", "booktitle", "periodical", "publication", "bibinfo")
# a record's fields that are an entry's as they are (its name -> the record's names for it; a
# record's `page` is its project's page)
_DATA_FIELDS = {
    "volume": ("volume",), "number": ("number", "issue"), "pages": ("pages",), "publisher": ("publisher",),
    "month": ("month",), "hal": ("hal_id", "hal"),
}  # fmt: skip
_PAGE_RANGE = re.compile(r"(?<=\w)\s*[-–—]+\s*(?=\w)")  # "80-97", "80 – 97": BibTeX's "80--97"
_DATA_READ = frozenset(
    {*_DATA_LINKS, *_DATA_VENUES, "title", "authors", "author", "conference_short", "year", "image", "notes", "note"}
    | {"others", "bibtex", "type", "abstract", *(name for names in _DATA_FIELDS.values() for name in names)}
    | {"keywords", "tags", "resources_link", "resources", "resources_popup", "id", "bibitem"}
)
_AFFILIATION_PARTS = ("department", "institute", "university", "organization", "company")  # a fork's, for `affiliation`
# `_config.yml`'s links -> the profile's kinds (the template's, and those forks add)
_CONFIG_LINKS = {
    "google_scholar": "scholar", "cv_link": "cv", "cv": "cv", "github_link": "github", "github": "github",
    "linkedin": "linkedin", "twitter": "x", "x": "x", "orcid": "orcid", "researchgate": "researchgate", "dblp": "dblp",
    "semantic_scholar": "semanticscholar", "bluesky": "bluesky", "mastodon": "mastodon", "youtube": "youtube",
    "gitlab": "gitlab", "homepage": "homepage", "website": "homepage",
}  # fmt: skip
# its other keys, which hold no link of the owner's (the rest holding an address are links by their name)
_CONFIG_KEYS = frozenset(
    {"title", "position", "affiliation", "affiliation_link", "email", "keywords", "description", "canonical", "url"}
    | {"baseurl", "avatar", "favicon", "favicon_dark", "enable_footnote", "auto_dark_mode", "font", "remote_theme"}
    | {"theme", "google_analytics", "exclude", "include", "plugins", "markdown", "lang", "repository", *_AFFILIATION_PARTS}
)
# the template's example news, which forks leave under their own
_EXAMPLE_NEWS = re.compile(
    r"Our paper about (?:incremental|few-shot) learning is accepted to (?:CVPR|NeurIPS) 20(?:19|20)\b|"
    r"We will host the ACM Multimedia Asia 2020 conference in Singapore|Lorem ipsum",
    re.IGNORECASE,
)
_TEMPLATE_OWNER = "Yaoyao Liu"  # whose papers the template's data file lists as its examples
# what a publication's record has that another list's (projects, news) has not
_PAPER_KEYS = frozenset({"authors", "author", "conference", "journal", "venue", "booktitle", "conference_short"})
_NEWS_TEXT = ("headline", "content", "text", "news", "title", "description")  # a news record's words, by the names forks use
# the template's placeholders: a link to a service's home page, not the owner's page on it; an
# address at a domain kept for examples
_PLACEHOLDER_LINK = re.compile(r"^https?://(?:www\.)?[\w.-]+\.\w+/?$", re.IGNORECASE)
_PLACEHOLDER_EMAIL = re.compile(r"@example\.(?:edu|com|org|net)$", re.IGNORECASE)
_THEME_FOLDERS = frozenset({"css", "js", "fonts", "webfonts", "sass", "scss"})  # the old theme's own: not the owner's files


class MinimalLight(AcadHomepage):
    # the pages sitegen makes itself (a fork's own teaching or research page is a page of its text)
    made_pages: ClassVar[dict[str, str]] = {
        "publications": "sitegen lists the publications at /publications/",
        "404": "sitegen writes its own 404 page",
    }
    include_pattern = _INCLUDE
    example_line = _EXAMPLE_NEWS

    @staticmethod
    def recognises(source: Path) -> bool:
        """Its stylesheet (`_sass/minimal-light.scss`), or the theme named as a remote theme, with a
        page to read (`index.md`)."""
        config = source / "_config.yml"
        if not config.is_file() or _index(source) is None:
            return False
        if (source / "_sass/minimal-light.scss").is_file():
            return True
        return _THEME.search(config.read_text(encoding="utf-8", errors="replace")) is not None

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.author = self.owner_settings()
        self.lists_read: set[str] = set()  # the data files' lists read (a second loop over one lists them again)
        self.rows_read = False  # whether the section read now had papers of a list or rows
        self.data_files: dict[str, Any] = {}  # `_data/` files read, by name
        self._root_pages: list[Path] | None = None  # (root_pages)

    def owner_settings(self) -> dict[str, Any]:
        """The owner's settings, as academicpages' `author:` block names them: `_config.yml`'s
        `position`, `affiliation` (or a fork's parts of it) and `email`."""
        config = self.config
        affiliation = config.get("affiliation")  # as written: its HTML links are kept (AcademicPages' `_profile`)
        if text(affiliation) and is_web_address(link := text(config.get("affiliation_link"))):
            affiliation = markdown_link(text(affiliation), link)  # the template links it
        author = {
            "bio": config.get("position"),
            "employer": affiliation or ", ".join(text(config.get(key)) for key in _AFFILIATION_PARTS if text(config.get(key))),
            "email": _address(text(config.get("email"))),
        }
        if _PLACEHOLDER_EMAIL.search(author["email"]):  # the template's "yourname (at) example.edu"
            self.note(self.source / "_config.yml", f"email: {author.pop('email')} is the template's placeholder: left out")
        return author

    def run(self) -> None:
        assets = self.source / "assets"
        for path in sorted(assets.iterdir()) if assets.is_dir() else []:
            if path.is_dir() and path.name.lower() not in _THEME_FOLDERS:
                self.copy(path, f"static/assets/{path.name}")
            elif path.is_file() and path.suffix.lower() not in (".css", ".scss", ".js"):
                self.copy_file(path, f"static/assets/{path.name}")
        super().run()

    def about_page(self) -> Path:
        return _index(self.source) or self.source / "index.md"

    def photo(self) -> str:
        return self.site_file(text(self.config.get("avatar")))

    def profile_links(self) -> dict[str, str]:
        """`_config.yml`'s links as the profile's, in its order: the template's keys by their
        kinds (`orcid_link` too), a fork's own (`OSF: https://osf.io/...`) by its name."""
        links: dict[str, str] = {}
        for key, value in self.config.items():
            written = text(value)
            name = str(key).lower()
            if not written or name in _CONFIG_KEYS:
                continue
            kind = _CONFIG_LINKS.get(name) or _CONFIG_LINKS.get(name.removesuffix("_link"))
            if kind and kind != "homepage" and _PLACEHOLDER_LINK.match(written):  # `github_link: https://github.com/`
                self.note(
                    self.source / "_config.yml", f"{key}: {written} is the template's placeholder, no page of yours: left out"
                )
            elif kind:
                links.setdefault(kind, self.site_file(written))
            elif written.startswith(("https://", "http://")) and not name.endswith(("_link", "_url", "logo")):
                links.setdefault(name, written)  # (`nav_link`, a fork's logo's address: no link of the owner's)
        return links

    def site_address(self) -> str:
        """`url` and `baseurl`, or the address the template's `canonical` gives the page."""
        return base_url(str(self.config.get("url") or self.config.get("canonical") or ""), str(self.config.get("baseurl") or ""))

    def site_icon(self) -> str:
        """The favicon `_config.yml` names (the light one)."""
        icon = self.site_file(text(self.config.get("favicon")))
        return icon if icon and "://" not in icon and (self.target / "static" / icon).is_file() else ""

    def analytics(self) -> dict[str, Any]:
        return {"google": self.config.get("google_analytics")}

    def biography(self, text: str, path: Path, first_line: int) -> str:
        """The page, and after it what the layout includes after the page (`{% include
        publications.html %}`, `{% include services.html %}`), read as one."""
        included = "".join(f"\n{{% include {name} %}}" for name in self._layout_includes())
        return super().biography(text + included, path, first_line)

    def markdown(self, text: str, path: Path, first_line: int, meta: dict | None = None) -> str:
        """A page's Markdown as AcadHomepage's, and a data file's list of publications on it (a
        fork's publications page, `_pages/publications.md`) as its entries, listed in its place
        by sitegen (`::: publications`)."""
        made = super().markdown(text, path, first_line, meta)
        if _DATA_MARK not in made:
            return made

        def listed(found: re.Match[str]) -> str:
            self._read_list(found.group(1), Line(path, first_line, found.group(0)), "", "")
            return "::: publications\n:::"

        return re.sub(rf"{_DATA_MARK}(\S+)", listed, made).rstrip("\n") + "\n"

    def _layout_includes(self) -> list[str]:
        """The files of `_includes/` the layout shows after the page's text: its lists (a site
        without a layout of its own, on the theme as a remote theme, has the theme's: its
        publications.html and services.html, where the site has them)."""
        layout = self.source / "_layouts/homepage.html"
        return self.included_after(self.read(layout) if layout.is_file() else _THEME_LAYOUT)

    def included_after(self, written: str) -> list[str]:
        """The files of `_includes/` a layout includes after the page's text (`{{ content }}`)."""
        after = LAYOUT_CONTENT.split(written, maxsplit=1)[1] if LAYOUT_CONTENT.search(written) else ""
        names = re.findall(r"\{%-?\s*include\s+([\w./-]+\.(?:md|html))\s*-?%\}", after)
        return [name for name in names if (self.source / "_includes" / name).is_file()]

    # -- the page ---------------------------------------------------------------------------
    def _lines(self, text: str, path: Path, first_line: int) -> list[Line]:
        """The page's lines as AcadHomepage's, its HTML headings as Markdown's, and each loop over
        a data file as what it lists: a publications list as a line standing for its records
        (read with the section it is in), services as the profile's."""
        lines = super()._lines(text, path, first_line)
        made: list[Line] = []
        at = 0
        while at < len(lines):
            line = lines[at]
            if found := _DATA_LOOP.search(line.text):
                end = _loop_end(lines, at)
                if end is None:  # no `{% endfor %}`: the loop's own line alone, the rest of the page kept
                    self.note(
                        line.path, "a Liquid loop without its {% endfor %}: the lines after it are kept as written", line.number
                    )
                    end = at + 1
                made.extend(self._data_loop(found.group(1), found.group(2).lstrip("."), line))
                at = end
                continue
            if opened := _HEADING_OPENED.match(line.text):  # "<h2 ...>Publications" and its links on the lines after
                end = next((end for end in range(at, min(at + 12, len(lines))) if f"</h{opened.group(1)}" in lines[end].text), at)
                line = Line(line.path, line.number, " ".join(part.text.strip() for part in lines[at : end + 1]))
                at = end
            if heading := HTML_HEADING.match(line.text):
                if words := " ".join(heading.group(2).split()):
                    made.append(Line(line.path, line.number, f"{'#' * int(heading.group(1))} {words}"))
            else:
                made.append(line)
            at += 1
        return made

    def _data_loop(self, name: str, keys: str, line: Line) -> list[Line]:
        """A loop's list: a data file of publications stands as one line where it was (its records
        read where it is: `_read_list`), services are the profile's, news news items, other
        records projects (each list read once, however many loops list it); another is noted."""
        listed = f"{name}.{keys}"
        data = self._data(name, keys)
        records = publication_records(data)
        if _are_papers(records):
            return [Line(line.path, line.number, f"{_DATA_MARK}{listed}")]
        if listed in self.lists_read:
            return []
        self.lists_read.add(listed)
        if name == "services" and isinstance(data, dict):
            self._services(data)
            return []
        if records and all("date" in record for record in records):
            self._news(records, name, line)
            return []
        if records:
            self._projects_of(records)
            return []
        self.note(line.path, f"the list Liquid made here from _data/{name}.yml is left out: write it into the page", line.number)
        return []

    def _data(self, name: str, keys: str) -> Any:
        """The value at `keys` ("main") of `_data/<name>.yml` (its records, or a list of them alone)."""
        if name not in self.data_files:
            path = next(
                (found for suffix in (".yml", ".yaml") if (found := self.source / "_data" / f"{name}{suffix}").is_file()), None
            )
            self.data_files[name] = load_yaml(self.read(path), path) if path is not None else None
        data = self.data_files[name]
        for key in filter(None, keys.split(".")):
            data = data.get(key) if isinstance(data, dict) else None
        return data

    def _news(self, records: list[dict], name: str, line: Line) -> None:
        """A data file's news (`_data/news.yml`: a date, "September 26th, 2021", and a headline or
        text) as news items of their days; one without a date sitegen reads is noted."""
        for number, record in enumerate(records, 1):
            said = next((words for key in _NEWS_TEXT if (words := str(record.get(key) or "").strip())), "")
            dated = written_day(record.get("date"))
            if not said or dated is None:
                self.note(
                    line.path, f"news item {number} of _data/{name}.yml has no date or text sitegen reads: left out", line.number
                )
                continue
            slug = slugify(without_tags(said))[:40].strip("-") or str(number)
            self.write(f"content/news/{dated.isoformat()}-{slug}.md", front_matter({"date": dated.isoformat()}) + said + "\n")

    def _projects_of(self, records: list[dict]) -> None:
        """A data file's records with no authors or venue (`_data/projects.yml`: a title, its
        description, picture and links) as projects, in its order."""
        for record in records:
            if not (title := without_tags(str(record.get("title") or record.get("name") or ""))):
                continue
            project: dict[str, Any] = {"title": title}
            links = [
                {"label": label, "url": url}
                for key, label in _DATA_LINKS.items()
                if _address_or_file(url := text(record.get(key)))
            ]
            if links:
                project["links"] = links
            if picture := text(record.get("image")):
                project["picture"] = picture
            said = [
                words for key in ("description", "summary", "content", "text") if (words := str(record.get(key) or "").strip())
            ]
            if said:
                project["text"] = said
            if kind := text(record.get("type")):
                project["abbr"] = kind
            self._project(self._kept_files(project) or project, len(self.projects) + 1)

    def _services(self, groups: dict) -> None:
        """`_data/services.yml`'s groups ("Conference Reviewers": venues, each a title and link) as
        a line each of the profile's service."""
        for group, venues in groups.items():
            titles = [title for venue in tables(venues) if (title := text(venue.get("title")))]
            if titles:
                self.records["service"].append(f"{text(group)}: {', '.join(titles)}")

    def _read(self, section: Section) -> None:
        """A section with a data file's list of publications is read as publications, whatever its
        heading says."""
        if any(line.text.startswith(_DATA_MARK) for line in section.lines):
            section.kind = "publications"
        super()._read(section)

    # -- publications -----------------------------------------------------------------------
    def _publications_of(self, section: Section) -> None:
        """The section's papers as AcadHomepage's, and its data file's records and rows; the tags
        that held the rows, and the template's script that copied a row's BibTeX, are not kept."""
        self.rows_read = False
        super()._publications_of(section)
        if self.rows_read:
            section.kept = _without_rows_chrome(section.kept)

    def own_paper(self, section: Section, at: int, topic: str, legend: str) -> int | None:
        """A data file's records (the line standing for them) or a row written by hand, read as
        papers (a row that does not read is kept, noted); where the next line is, or None when the
        line is neither."""
        lines = section.lines
        line = lines[at]
        if line.text.startswith(_DATA_MARK):
            self._read_list(line.text.removeprefix(_DATA_MARK), line, topic, legend)
            self.rows_read = True
            return at + 1
        if _ROW.search(line.text) or (_ROW_ITEM.match(line.text) and at + 1 < len(lines) and _ROW.search(lines[at + 1].text)):
            end = _row_end(lines, at)
            row = "\n".join(part.text for part in lines[at:end])
            if self._paper(self._kept_files(_row(row)), line, topic, legend):
                self.rows_read = True
            else:
                self.note(line.path, "not read as a publication: it stays in the biography", line.number)
                section.kept.extend(lines[at:end])
            return end
        return None

    def _read_list(self, listed: str, line: Line, topic: str, legend: str) -> None:
        """A data file's list of publications (`publications.main`) as entries, unless a loop
        before listed it already."""
        if listed in self.lists_read:
            return
        self.lists_read.add(listed)
        name, _, keys = listed.partition(".")
        for record in publication_records(self._data(name, keys)):
            self._data_paper(record, line, topic, legend)

    def page_files(self) -> list[Path]:
        """`_pages/`, and the pages beside `index.md` (`research.md`, `teaching.md`)."""
        return [*super().page_files(), *self.root_pages()]

    def root_pages(self) -> list[Path]:
        """The Markdown files beside `index.md` that Jekyll makes pages of: those with front
        matter (`research.md`, `teaching.md`), but the home page and the repository's read-mes."""
        if self._root_pages is None:  # (asked more than once: by the pages' import and by `pages`)
            self._root_pages = [
                path
                for path in sorted([*self.source.glob("*.md"), *self.source.glob("*.markdown")])
                if path.stem.lower() != "index" and not REPOSITORY_FILES.match(path.stem) and self.read(path).startswith("---")
            ]
        return self._root_pages

    def pages(self) -> None:
        """The site's other pages, and the data files of publications that a page sitegen makes
        itself listed (a fork's `_pages/publications.md`: its list is sitegen's, its entries these)."""
        super().pages()
        for path in self.page_files():
            document = self.document(path)  # (parsed once: the pages' import read it)
            for found in _DATA_LOOP.finditer(document.body):
                listed = f"{found.group(1)}.{found.group(2).lstrip('.')}"
                if _are_papers(publication_records(self._data(*listed.split(".", 1)))):
                    line = document.body_line + document.body.count("\n", 0, found.start())
                    self._read_list(listed, Line(path, line, ""), "", "")

    def _data_paper(self, record: dict, line: Line, topic: str, legend: str) -> None:
        """A record of `_data/publications.yml` as an entry (its own BibTeX, when `bibtex` is a file
        of the site, with what the record adds); its fields that no entry field takes noted."""
        paper = _data_record(record)
        if paper is None:
            self.note(line.path, f"a record of its list without a title is left out: {str(record)[:60]}", line.number)
            return
        if _TEMPLATE_OWNER in paper.get("emphasised", []) and self.name != _TEMPLATE_OWNER:
            self.note(line.path, f"the template's example paper is left out: {paper['title'][:60]}", line.number)
            return
        if own := self._record_bibtex(text(record.get("bibtex"))) or _written_bibtex(record):
            paper["own bibtex"] = own
        self._kept_files(paper)
        if unread := [str(name) for name in record if str(name).lower() not in _DATA_READ]:
            self.note(line.path, f"'{paper['title'][:50]}': not read: {', '.join(unread)}", line.number)
        self._paper(paper, line, topic, legend)

    def _record_bibtex(self, written: str) -> str:
        """The BibTeX a record's `bibtex` names when it is a file of the site (`./assets/bib/x.bib`);
        "" for another site's page (dblp's), whose BibTeX sitegen writes itself."""
        if not written or "://" in written:
            return ""
        path = (self.source / self._picture_path(written)).resolve()
        if not path.is_file() or not path.is_relative_to(self.source.resolve()):
            return ""
        return self.read(path).strip()

    def _kept_files(self, record: dict | None) -> dict | None:
        """A paper's picture and links that are files of the site (`./assets/img/x.png`,
        `papers/x.pdf`) as their paths, each copied to static/ when assets/, files/ and images/
        did not bring it."""
        if record is None:
            return None
        if picture := record.get("picture"):
            record["picture"] = self.site_file(picture)
        for link in record.get("links", []):
            link["url"] = self.site_file(link["url"])
        return record

    def site_file(self, written: str) -> str:
        """A file of the old site a value names (the avatar, a paper's PDF) as its path in the new
        one, copied into static/ unless a copied folder holds it (Migration.local_file); one the old
        site lacks by the path it would have (the build then says so); another site's address as it is."""
        if not written or "://" in written or written.startswith(("mailto:", "#", "//")):
            return written
        made = self.local_file(written)
        return made.lstrip("/") if made != written else self._picture_path(written)


def _index(source: Path) -> Path | None:
    return next((path for name in ("index.md", "index.markdown") if (path := source / name).is_file()), None)


def _address(written: str) -> str:
    """An address written for people, not robots ("yourname (at) example.edu", "ada [at] lab [dot]
    org") as the address it is."""
    address = re.sub(r"\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+(?=\S+\.\w+$)", "@", written, flags=re.IGNORECASE)
    return re.sub(r"\s*[(\[{]\s*dot\s*[)\]}]\s*", ".", address, flags=re.IGNORECASE).strip()


def _loop_end(lines: list[Line], at: int) -> int | None:
    """The line after a Liquid loop's `{% endfor %}` (its own loops counted); None for a loop that
    does not end."""
    depth = 0
    for end in range(at, len(lines)):
        depth += len(_FOR.findall(lines[end].text)) - len(_ENDFOR.findall(lines[end].text))
        if depth <= 0:
            return end + 1
    return None


def _row_end(lines: list[Line], at: int) -> int:
    """The line after a row's last: where its divs close, and the `</li>` after them."""
    depth, opened = 0, False
    for end in range(at, len(lines)):
        for tag in re.finditer(r"<(/?)div\b", lines[end].text, re.IGNORECASE):
            depth += -1 if tag.group(1) else 1
            opened = True
        if opened and depth <= 0:
            after = end + 1
            return after + 1 if after < len(lines) and lines[after].text.strip().lower() == "</li>" else after
    return len(lines)


def _are_papers(records: list[dict]) -> bool:
    """Whether a data file's records are publications (authors or a venue), not news or projects."""
    return any(_PAPER_KEYS.intersection(record) for record in records)


def _without_rows_chrome(lines: list[Line]) -> list[Line]:
    """A section's lines but the tags alone that held its rows (`<ol class="bibliography">`,
    `<li>`, `</div>`) and the lines of `<script>` blocks (the template's copying of a row's BibTeX)."""
    kept, in_script = [], False
    for line in lines:
        lowered = line.text.lower()
        in_script = in_script or "<script" in lowered
        if not in_script and not _ROW_WRAPPER.match(line.text) and not WRAPPER.match(line.text):
            kept.append(line)
        in_script = in_script and "</script" not in lowered
    return kept


def _marked(authors: str) -> str:
    """Authors' HTML with the envelope icon that marks the corresponding author as a mark the
    legend after them can explain (†, or ‡ where † is taken)."""
    if not _ENVELOPE.search(authors):
        return authors
    mark = "‡" if "†" in authors else "†"
    return _ENVELOPE.sub(mark, authors)


def _names_and_legend(authors: str) -> tuple[list[str], list[str], str]:
    """A record's or row's authors (HTML: the owner in `<strong>`, marks after names) and the legend
    written after them on a line of its own ("<br>(* Equal contribution)"); and those in bold."""
    names, *after = LINE_BREAK.split(_marked(authors), maxsplit=1)
    return listed_authors(names), emphasised_names(names), without_tags(after[0]) if after else ""


def _data_record(item: dict) -> dict | None:
    """A record of `_data/publications.yml` as acadhomepage's papers are: title, authors, venue,
    badge, links, picture, note."""
    if not (title := _unquoted(without_tags(str(item.get("title") or "")))):
        return None
    record: dict[str, Any] = {"title": title}
    names, emphasised, legend = _names_and_legend(str(item.get("authors") or item.get("author") or ""))
    if names:
        record["authors"], record["emphasised"] = names, emphasised
    if legend:
        record["legend"] = legend
    venues = (_plain(str(item.get(name))) for name in _DATA_VENUES if item.get(name) and "://" not in str(item.get(name)))
    if venue := next(venues, "").strip(" ."):
        record["venue"] = venue
    for name in ("year", "type", "abstract"):
        if value := text(item.get(name)):
            record[name] = value
    if not record.get("abstract") and (abstract := text(_popups(item).get("abstract"))):
        record["abstract"] = abstract  # (a popup's: `resources_popup: - name: Abstract`)
    if tags := [tag.strip(" .") for tag in re.split(r"[,;]", text(item.get("keywords") or item.get("tags"))) if tag.strip(" .")]:
        record["tags"] = tags  # ("Blind Channel Identification, Super Resolution, Sparsity.")
    fields = [(field, next(filter(None, (text(item.get(name)) for name in names)), "")) for field, names in _DATA_FIELDS.items()]
    if fields := [(field, _PAGE_RANGE.sub("--", value) if field == "pages" else value) for field, value in fields if value]:
        record["fields"] = fields  # (an entry's as they are: `HandWrittenPapers._paper`)
    if badge := text(item.get("conference_short")):
        read_badge(record, badge)
    if note := text(item.get("notes") or item.get("note")):
        record["note"] = note
    links = [{"label": label, "url": url} for name, label in _DATA_LINKS.items() if _address_or_file(url := text(item.get(name)))]
    if re.fullmatch(r"10\.\d{4,9}/\S+", doi := text(item.get("doi"))):  # (a DOI as it is: "10.1109/ICASSP.2018.8462621")
        links.append({"label": "DOI", "url": f"https://doi.org/{doi}"})
    links += [  # (a list of its own: `resources_link: - name: Code, link: https://...`)
        {"label": text(resource.get("name")) or "Link", "url": url}
        for resource in tables(item.get("resources_link") or item.get("resources"))
        if _address_or_file(url := text(resource.get("link") or resource.get("url")))
    ]
    links += [
        {"label": without_tags(label) or "Link", "url": url} for url, label in HTML_LINK.findall(str(item.get("others") or ""))
    ]
    if links:
        record["links"] = links
    if picture := text(item.get("image")):
        record["picture"] = picture
    return record


def _written_bibtex(record: dict) -> str:
    """The BibTeX a record holds as text (`bibitem: "@inproceedings{...}"`, or the popup of its
    `resources_popup` named "Bibtex"), as a file's: one entry, its lines from the left."""
    written = str(record.get("bibitem") or _popups(record).get("bibtex") or "").strip()
    if not written.startswith("@") or len(bibtexparser.parse_string(written).entries) != 1:
        return ""
    return dedented_bibtex(written)


def _popups(record: dict) -> dict[str, str]:
    """A record's texts its page shows in popups (`resources_popup: - name: Bibtex, text: ...`), by name."""
    return {text(popup.get("name")).casefold(): str(popup.get("text") or "") for popup in tables(record.get("resources_popup"))}


def _unquoted(title: str) -> str:
    """A title without the quotes a YAML block kept around it (`title: >` over "'Audio-Based ...'")."""
    return title[1:-1].strip() if len(title) > 2 and title[0] == title[-1] and title[0] in "'\"" else title


def _address_or_file(written: str) -> bool:
    """Whether a record's value is a link: an address, or a file's path (`./assets/papers/x.pdf`)."""
    return "://" in written or bool(re.fullmatch(r"[\w./~-]+\.\w{2,5}", written))


def _row(written: str) -> dict | None:
    """A publication row written by hand: its title div (a link, or words), author div, periodical
    div (the venue; another, a note), badge, picture, links and hidden BibTeX."""
    written = _SCRIPT.sub("", written)
    title = _TITLE_DIV.search(written)
    if title is None or not without_tags(title.group(1)):
        return None
    record: dict[str, Any] = {}
    if link := HTML_LINK.search(title.group(1)):
        record.update(title=without_tags(link.group(2)), url=link.group(1))
    else:
        record["title"] = without_tags(title.group(1))
    if authors := _AUTHOR_DIV.search(written):
        names, emphasised, legend = _names_and_legend(authors.group(1))
        record.update({"authors": names, "emphasised": emphasised} if names else {}, **({"legend": legend} if legend else {}))
    periodicals = [said for found in _PERIODICAL_DIV.findall(written) if (said := _plain(found).strip(" ."))]
    if periodicals:
        record["venue"], notes = periodicals[0], periodicals[1:]
        if notes:
            record["note"] = "; ".join(notes)
    if found := _LINKS_DIV.search(written):
        links = _BUTTON.sub("", _TEXTAREA.sub("", found.group(1)))
        record["links"] = [{"label": without_tags(label) or "Link", "url": url} for url, label in HTML_LINK.findall(links)]
    if own := next((found for found in _TEXTAREA.findall(written) if re.search(r"@\w+\s*\{", found)), ""):
        record["own bibtex"] = dedented_bibtex(own)
    if badge := _BADGE.search(written):
        read_badge(record, without_tags(badge.group(1)))
    if picture := IMG_SRC.search(written):
        record["picture"] = picture.group(1)
    return record


def _plain(markup: str) -> str:
    """HTML as its words, without the space its tags left before a comma ("<strong>(ECCV)</strong>, 2020")."""
    return re.sub(r"\s+(?=[,.;:)])|(?<=\()\s+", "", without_tags(markup))
