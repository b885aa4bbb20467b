"""An academicpages site (Jekyll, Minimal Mistakes) made into a sitegen site (`sitegen import`, migrate.py).

academicpages keeps the owner in `_config.yml` (`author:` name, avatar, employer, links), the
biography in `_pages/about.md`, and one Markdown file per publication, talk, course and portfolio
item (`_publications/`, `_talks/`, `_teaching/`, `_portfolio/`), with `files/` and `images/` beside
them. Its publications have no BibTeX: each file's front matter (title, date, venue, category,
paperurl, slidesurl, and what sites add: authors, codeurl, teaser ...) and its formatted `citation`
(for the authors, when nothing lists them) become one entry of
`content/publications/academicpages.bib`; an entry whose `bibtexurl` is a .bib file of the site's
own `files/`, or whose page holds its BibTeX (`bibtex:`, a code block), is that entry instead, as
its author wrote it, with what the page adds. Talks become talks, courses
the profile's teaching, portfolio items projects.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bibtexparser

from sitegen.citationtext import (
    MARKDOWN_LINK,
    MARKS_EXPLAINED,
    NAME_LIST,
    citation_authors,
    explained_marks,
    listed_authors,
    markdown_as_latex,
    names_of,
    numbers_after,
    without_tags,
)
from sitegen.hugodata import record_title
from sitegen.linkfields import is_web_address, own_button_field
from sitegen.migrate import (
    Migration,
    add_link,
    address_of,
    as_list,
    base_url,
    bib_value,
    day,
    dump,
    front_matter,
    link_field,
    markdown_files,
    numbered,
    old_pages,
    page_variables,
    shown_text,
    text,
    titled,
)
from sitegen.paperlist import HandWrittenPapers, completed
from sitegen.slugs import slugify
from sitegen.urls import redirect_file, split_url

# academicpages' `author:` link keys -> a profile's link kind (each holds a URL or a user name)
LINKS = {
    "uri": "homepage", "googlescholar": "scholar", "orcid": "orcid", "github": "github", "linkedin": "linkedin",
    "twitter": "x", "researchgate": "researchgate", "semantic": "semanticscholar", "arxiv": "arxiv", "pubmed": "pubmed",
    "mastodon": "mastodon", "bluesky": "bluesky", "youtube": "youtube", "gitlab": "gitlab", "scopus": "scopus",
    "inspire-hep": "inspirehep", "academia": "academia",
}  # fmt: skip
# the template's links made of a user name (its author-profile.html's addresses), for the sites
# sitegen's profiles have no address for
USER_ADDRESSES = {
    "bitbucket": "https://bitbucket.org/{}", "codepen": "https://codepen.io/{}", "dribbble": "https://dribbble.com/{}",
    "kaggle": "https://www.kaggle.com/{}", "stackoverflow": "https://stackoverflow.com/users/{}",
    "artstation": "https://www.artstation.com/{}", "facebook": "https://www.facebook.com/{}",
    "flickr": "https://www.flickr.com/{}", "instagram": "https://instagram.com/{}", "keybase": "https://keybase.io/{}",
    "lastfm": "https://last.fm/user/{}", "pinterest": "https://www.pinterest.com/{}", "soundcloud": "https://soundcloud.com/{}",
    "steam": "https://steamcommunity.com/id/{}", "tumblr": "https://{}.tumblr.com", "weibo": "https://www.weibo.com/{}",
    "wikipedia": "https://en.wikipedia.org/wiki/User:{}", "xing": "https://www.xing.com/profile/{}",
    "zhihu": "https://www.zhihu.com/people/{}", "goodreads": "https://www.goodreads.com/{}",
}  # fmt: skip
# the entry type of each publication category (the template's three; any other with a venue is an article)
# (and the names sites give their own categories in `publication_category`: "journals", "workshops",
# "chapters", "thesis", "preprints" ...; a preprint's or working paper's venue is where it is)
CATEGORIES = {
    "manuscripts": "article", "conferences": "inproceedings", "books": "book",
    **dict.fromkeys(("journal", "journals", "articles", "journal_articles", "journal-articles", "published"), "article"),
    **dict.fromkeys(("conference", "proceedings", "workshop", "workshops", "conference_papers"), "inproceedings"),
    "book": "book",
    **dict.fromkeys(("chapters", "chapter", "book_chapters", "book-chapters", "bookchapters"), "incollection"),
    **dict.fromkeys(("thesis", "theses", "dissertation", "dissertations"), "phdthesis"),
    **dict.fromkeys(
        ("preprints", "preprint", "working_papers", "working-papers", "workingpapers", "submitted", "under_review", "reports",
         "presentations", "posters", "talks", "abstracts", "patents", "others", "other", "misc"),
        "misc",
    ),
}  # fmt: skip
VENUE_FIELD = {
    "article": "journal", "inproceedings": "booktitle", "book": "publisher", "incollection": "booktitle",
    "phdthesis": "school", "misc": "howpublished",
}  # fmt: skip
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
# the template's favicons in images/, the one a browser tab shows best first
_FAVICONS = ("favicon.svg", "favicon-32x32.png", "favicon.ico")


class AcademicPages(HandWrittenPapers, Migration):
    TRANSLATES_PAGES = True
    made_pages = MADE_PAGES
    collections = frozenset({"publications", "talks", "teaching", "portfolio", "posts"})

    @staticmethod
    def recognises(source: Path) -> bool:
        """Its collections, or Minimal Mistakes' `author:` block with an avatar in `_config.yml`
        (a site that lists its publications with jekyll-scholar has `_bibliography/` as al-folio
        does, and is still this one)."""
        config = source / "_config.yml"
        if not config.is_file():
            return False
        if any((source / f"_{name}").is_dir() for name in ("publications", "talks", "teaching", "portfolio")):
            return True
        return _AUTHOR_AVATAR.search(config.read_text(encoding="utf-8", errors="replace")) is not None

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.name = str(self.author.get("name") or self.config.get("name") or self.config.get("title") or "Your Name").strip()
        self.owner = slugify(self.name) or "me"
        navigation = self.yaml(source / "_data" / "navigation.yml")
        main = navigation.get("main") if isinstance(navigation.get("main"), list) else []
        self.menu = [str(item.get("url", "")).strip("/") for item in main if isinstance(item, dict)]
        self.host = split_url(str(self.config.get("url") or "")).netloc
        self.base = "/" + str(self.config.get("baseurl") or "").strip("/")
        self.language = text(self.config.get("locale")) or "en"
        self.profile_made: tuple[dict[str, Any], str] = ({}, "")  # the owner's profile, written last (`_write_profile`)
        self.site_made: dict[str, Any] = {}  # site.yml, written last (`_write_site`)

    def here(self, url: str) -> str:
        """A URL of the site itself (`https://you.github.io/files/paper1.pdf`) as its path in the new
        site (`files/paper1.pdf`): it keeps working when the site moves."""
        parts = split_url(url)
        if not self.host or parts.netloc != self.host:
            return url
        return parts.path.removeprefix(self.base.rstrip("/")).lstrip("/") or url

    def run(self) -> None:
        self.copy(self.source / "files", "static/files")
        self.copy(self.source / "images", "static/images")
        self.scholar_bibliography()
        self._publications()
        self._talks()
        self._profile(self._teaching())
        self._site()
        self._portfolio()
        self.pages()
        self.blog()
        self.other_collections()
        self.write_entries()  # papers written by hand (a publications page's, AcadHomepage's page)
        self._write_profile()  # (its aliases: the owner's names in bold in every list read above)
        self._write_site()  # (its redirects: the old addresses of the pages sitegen's lists took the place of)

    def site_language(self) -> str:
        return self.language

    def profile_translation(self, path: Path, code: str) -> tuple[str, str]:
        """The owner's profile in another language: its text, read as the about page's."""
        document = self.document(path)
        return f"content/people/{self.owner}.{code}.md", self.markdown(document.body, path, document.body_line, document.meta)

    def menu_place(self, meta: dict, name: str) -> int | None:
        """A page's place in `_data/navigation.yml`'s main menu."""
        permalink = str(meta.get("permalink") or name).strip("/")
        return self.menu.index(permalink) + 1 if permalink in self.menu else None

    # -- the owner ---------------------------------------------------------------------------
    def _profile(self, teaching: list[dict[str, str]]) -> None:
        author = self.author
        person: dict[str, Any] = {"name": self.name}
        if role := shown_text(author.get("bio")):
            person["role"] = role
        if affiliation := ", ".join(part for key in ("employer", "location") if (part := shown_text(author.get(key)))):
            person["affiliation"] = affiliation
        if photo := self.photo():
            person["photo"] = photo
        if email := text(author.get("email")):
            person["email"] = email
        if links := self.profile_links():
            person["links"] = links
        if teaching:
            person["teaching"] = teaching
        about = self.about_page()
        body = ""
        if about.is_file():
            document = self.document(about)
            body = self.biography(document.body, about, document.body_line)
            if old := self.unclaimed_old_pages(document.meta, "/", about):
                person["redirect_from"] = old
        self.profile_made = (person, body)

    def _write_profile(self) -> None:
        """The profile `_profile` made, written once every page is read: a publications page's
        papers name the owner too, in bold, as the biography's do (the profile's aliases)."""
        person, body = self.profile_made
        person.update(self.profile_records())
        self.write(f"content/people/{self.owner}.md", front_matter(person) + body)

    def photo(self) -> str:
        """The owner's picture as a path of the new site: the `author:` block's avatar, a bare
        name of a file in images/ (where the template keeps it)."""
        avatar = text(self.author.get("avatar"))
        return avatar.lstrip("/") if "/" in avatar else f"images/{avatar}" if avatar else ""

    def profile_links(self) -> dict[str, str]:
        """The owner's links: the `author:` block's."""
        return _author_links(self.author)

    def site_address(self) -> str:
        """The site's address: Jekyll's `url` and `baseurl`."""
        return base_url(str(self.config.get("url") or ""), str(self.config.get("baseurl") or ""))

    def site_icon(self) -> str:
        """The template's favicon of images/ (copied to static/images/) that a browser tab shows best."""
        return next((f"images/{name}" for name in _FAVICONS if (self.source / "images" / name).is_file()), "")

    def analytics(self) -> dict[str, Any]:
        """Google Analytics' id, when `analytics: provider` names Google's."""
        analytics = self.config.get("analytics") if isinstance(self.config.get("analytics"), dict) else {}
        google = analytics.get("google") if isinstance(analytics.get("google"), dict) else {}
        return {"google": google.get("tracking_id")} if "google" in str(analytics.get("provider") or "") else {}

    def profile_records(self) -> dict[str, Any]:
        """The owner's names as the papers listed by hand write them in bold (\"Wu, Jie JW\"), where
        that is not the profile's name, as its aliases: sitegen finds its person's papers by them;
        those of the owner's family name and initial when no name is in bold (`owner_as_listed`).
        (Degrees, positions, awards: AcadHomepage's about page; academicpages keeps its CV on a
        page of its own.)"""
        aliases = [name for name in dict.fromkeys(self.names_written) if name != self.name]
        aliases = aliases if self.names_written else self.owner_as_listed(self.name)  # (a list that marks none)
        return {"aliases": aliases} if aliases else {}

    def _site(self) -> None:
        config = self.config
        site: dict[str, Any] = {"title": text(config.get("title")) or self.name}
        if description := text(config.get("description")):
            site["description"] = description
        site["base_url"] = self.site_address()
        site["language"] = self.language
        if languages := sorted({code for _, code in self.page_translations().values()}):
            site["languages"] = languages
        site["owner"] = self.owner
        if style := self._scholar_style():
            site["publications"] = {"style": style}
        site.update(self._chrome())
        self.moved.update(self.translations_moved())
        self.site_made = site

    def _write_site(self) -> None:
        """site.yml as `_site` made it, written once every page is read, with the old addresses
        that lead to their new places (a list page's too: `pages`)."""
        site = self.site_made
        if self.moved:
            site["redirects"] = self.moved
        self.write("content/site.yml", dump(site))

    def _chrome(self) -> dict[str, Any]:
        """The favicon, Google Analytics, and the verification tokens of "SEO Related"."""
        config = self.config
        return self.chrome_settings(
            self.site_icon(),
            self.analytics(),
            {name: config.get(f"{name}_site_verification") for name in ("google", "bing", "yandex", "baidu")},
            self.source / "_config.yml",
        )

    def _scholar_style(self) -> str:
        """jekyll-scholar's citation style, for a site that listed its publications with it: a
        named style (`apa`) as it is, the site's own .csl file copied under content/styles/."""
        scholar = self.config.get("scholar") if isinstance(self.config.get("scholar"), dict) else {}
        style = text(scholar.get("style"))
        if not style or not any(self.source.glob("_bibliography/*.bib")):
            return ""
        if not style.endswith(".csl"):
            return style
        found = self.source / style
        if not found.is_file() or not found.resolve().is_relative_to(self.source.resolve()):
            self.note(
                self.source / "_config.yml", f"scholar.style {style} is not a file of the site: sitegen's own style is used"
            )
            return ""
        self.copy_file(found, f"content/styles/{found.name}")
        return f"styles/{found.name}"

    def _teaching(self) -> list[dict[str, str]]:
        """Each course file as a line of the profile's teaching (title, type as the role, venue,
        year), linked to a page of its text when it has one (where its old address leads)."""
        courses = []
        for path in markdown_files(self.source / "_teaching"):
            document = self.document(path)
            meta = document.meta
            course = {"course": text(meta.get("title")) or path.stem}
            if role := text(meta.get("type")):
                course["role"] = role
            if venue := text(meta.get("venue")):
                course["institution"] = venue
            if dated := day(meta.get("date")):
                course["term"] = str(dated.year)
            if document.body.strip():
                course["url"] = self.course_page(path, document, course["course"], old=[self._collection_address(path)])
            courses.append(course)
        if courses:
            self.note(self.source / "_teaching", "each course is a line of the profile's Teaching, linked to a page of its text")
        return courses

    # -- collections -------------------------------------------------------------------------
    def _publications(self) -> None:
        entries, taken = [], set()
        for path in markdown_files(self.source / "_publications"):
            if (entry := self._publication(path, taken)) is not None:
                entries.append(entry)
        if entries:
            self.write("content/publications/academicpages.bib", "\n\n".join(entries) + "\n")

    def _publication(self, path: Path, taken: set[Path]) -> str | None:
        """A publication page's entry: made of the page, or its own BibTeX (a `bibtexurl` file, or
        in the page) with what the page adds; None for a `bibtexurl` file added for another page
        (`taken`: those added). Its old address leads to its new page."""
        document = self.document(path)
        self.titles_made.add(record_title({"title": text(document.meta.get("title"))}))  # (a paper listed by hand too)
        made = _entry(slugify(path.stem), self._with_category(document.meta, path), document.body, self.here, self._site_file)
        for note in made.notes:
            self.note(path, note)
        own = self._own_bibtex(document.meta)
        if own is not None and own in taken:
            return None  # one file of several pages' entries: added once
        written = self.read(own).strip() if own is not None else made.own
        if own is not None:
            taken.add(own)
        key = made.key
        if written:
            written, key = completed(written, made.fields)
        elif not made.authors:
            self.note(path, "no authors could be read from its citation: add them to its entry (author = {...})")
        old = text(document.meta.get("permalink")) or self._collection_address(path)  # the template's default
        if key and redirect_file(old) and redirect_file(old) != f"publications/{slugify(key)}/index.html":
            self.moved[old] = f"/publications/{slugify(key)}/"  # its page's old address still answers
        return written or made.text()

    def _with_category(self, meta: dict, path: Path) -> dict:
        """A page's front matter with its category: its own, else its `collection:` (`theses`), else
        its subfolder's name (`_publications/conference/x.md`)."""
        if "category" in meta:
            return meta
        named = text(meta.get("collection"))
        folder = path.parent.name if path.parent != self.source / "_publications" else ""
        return {**meta, "category": named if named not in ("", "publications") else folder}

    def _own_bibtex(self, meta: dict) -> Path | None:
        """The site's own .bib file that `bibtexurl` names (`/files/bibtex1.bib`, or a URL ending so)."""
        url = text(meta.get("bibtexurl"))
        path = split_url(url).path
        if "/files/" not in f"/{path.lstrip('/')}" or not path.endswith(".bib"):
            return None
        found = self.source / "files" / path.split("/files/", 1)[-1]
        return found if found.is_file() else None

    def _collection_address(self, path: Path) -> str:
        """Where the template put a collection's document without a permalink: `/:collection/:path/`
        (`_talks/conference/x.md` at /talks/conference/x/)."""
        collection = next(parent for parent in path.parents if parent.parent == self.source)
        return f"/{collection.name.removeprefix('_')}/{path.relative_to(collection).with_suffix('').as_posix()}/"

    def _site_file(self, value: str) -> str:
        """A file a publication's front matter names (`pdf: paper.pdf`, `teaser: x.png`) as a path of
        the new site: the site's own URL as its path, a bare name found in `files/` or `images/`
        (where the template keeps them; a teaser's path is under `images/` as its layout reads it)."""
        value = self.here(value)
        if "://" in value or not value.strip():
            return value
        path = value.lstrip("/")
        for folder in ("", "files/", "images/"):
            if (self.source / folder / path).is_file():
                return folder + path
        return path if Path(path).suffix else value  # a page of the site (`/blog/x/`) stays its address

    def _talks(self) -> None:
        for path in markdown_files(self.source / "_talks"):
            if (found := self.dated(path, {"event": "venue", "location": "location", "type": "type"}, path.stem)) is None:
                continue
            talk, document = found
            meta = document.meta
            if "type" not in talk and (kind := text(meta.get("talk_type"))):  # the template's older name
                talk["type"] = kind
            links: dict[str, str] = {}
            for key, kind in _TALK_LINK_KEYS.items():
                if (url := text(meta.get(key))) and (kind != "pdf" or url.lower().endswith(".pdf")):
                    add_link(links, kind, self.here(url))
            if links:
                talk["links"] = links
            new = f"/talks/{slugify(path.stem)}/"
            if old := old_pages(meta, new) or [self._collection_address(path)] * (self._collection_address(path) != new):
                talk["redirect_from"] = old  # the template's address, /talks/<file name>/, or its permalink
            _, body, first_line = titled(document, talk["title"], path.stem)  # a heading repeating the title: shown once
            body = self.markdown(body, path, first_line, meta)
            self.write(f"content/talks/{slugify(path.stem)}.md", front_matter(talk) + body)

    def _portfolio(self) -> None:
        for path in markdown_files(self.source / "_portfolio"):
            document = self.document(path)
            meta = document.meta
            project: dict[str, Any] = {"title": text(meta.get("title")) or path.stem}
            excerpt = str(meta.get("excerpt") or "")
            if summary := text(_PICTURE.sub("", excerpt)):
                project["summary"] = summary
            if image := _excerpt_picture(meta) or _header_picture(meta):
                project["image"] = self._site_file(image)
            if isinstance(meta.get("order"), int):
                project["order"] = meta["order"]
            if links := self._project_links(meta):
                project["links"] = links
            new = f"/projects/{slugify(path.stem)}/"
            if old := old_pages(meta, new) or [self._collection_address(path)]:
                project["redirect_from"] = old  # the template's address, /portfolio/<file name>/, or its permalink
            body = self.markdown(document.body, path, document.body_line, meta)
            self.write(f"content/projects/{slugify(path.stem)}.md", front_matter(project) + body)

    def _project_links(self, meta: dict) -> dict[str, str]:
        """A portfolio item's links as sites add them (`paperurl`, `codeurl`, `project` ...; a
        Markdown link written as the value, `[OpenReview](https://...)`, is its address)."""
        links: dict[str, str] = {}
        for key, kind in _PROJECT_LINK_KEYS.items():
            if written := address_of(text(meta.get(key))):
                add_link(links, kind, self.here(written))
        return links


# a portfolio item's front matter -> its project's link
_PROJECT_LINK_KEYS = {
    "paperurl": "paper", "codeurl": "code", "code": "code", "github": "code", "project": "website", "website": "website",
    "projecturl": "website", "dataset": "data", "dataurl": "data", "demo": "demo", "demourl": "demo", "video": "video",
    "videourl": "video", "slidesurl": "slides",
}  # fmt: skip


def _header_picture(meta: dict) -> str:
    """Minimal Mistakes' `header: image:` (a path of the site), else its teaser."""
    header = meta.get("header") if isinstance(meta.get("header"), dict) else {}
    return text(header.get("image")) or text(header.get("overlay_image")) or _teaser(meta)


# a talk's front matter (the template's slidesurl and talk_url, and what sites add) -> its link
_TALK_LINK_KEYS = {
    "slidesurl": "slides", "slides": "slides", "videourl": "video", "video": "video", "youtube": "video",
    "recording": "video", "posterurl": "poster", "poster": "poster", "codeurl": "code", "code": "code",
    "paperurl": "pdf", "pdf": "pdf", "talk_url": "url", "eventurl": "url", "event_url": "url",
}  # fmt: skip


def _author_links(author: dict) -> dict[str, str]:
    """The `author:` block's links as a profile's: sitegen's kinds by their names (a user name
    made an address where sitegen knows the site's), the template's other sites' user names as
    the addresses its sidebar linked, in the block's order."""
    links = {}
    for key, value in author.items():
        if not (written := text(value)):
            continue
        if key in LINKS:
            links[LINKS[key]] = written
        elif key in USER_ADDRESSES:
            links[key] = written if "://" in written else USER_ADDRESSES[key].format(written.removeprefix("@"))
        elif key in ("medium", "telegram", "impactstory") and "://" in written:
            links[key] = written
    return links


_AUTHOR_AVATAR = re.compile(r"^author\s*:\s*(?:#.*)?\n(?:[ \t]+.*\n|\s*\n)*?[ \t]+avatar\s*:", re.MULTILINE)


# -- a publication's file as a BibTeX entry ---------------------------------------------------------
@dataclass
class PageEntry:
    """A publication's page as a BibTeX entry, and what of it the import says."""

    kind: str
    key: str
    fields: list[tuple[str, str]]
    authors: list[str]  # as read from the page (front matter, citation or text)
    notes: list[str]
    own: str = ""  # the page's own BibTeX entry (`bibtex:` in its front matter, or in its text), as written

    def text(self) -> str:
        inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in self.fields)
        return f"@{self.kind}{{{self.key},\n{inside}\n}}"


def _entry(key: str, meta: dict, body: str, here: Callable[[str], str], site_file: Callable[[str], str]) -> PageEntry:
    """The entry a publication's page makes: `here` makes the site's own URLs paths, `site_file`
    finds a file the front matter names by its name."""
    meta = {str(name).lower(): value for name, value in meta.items()}  # `Author:` as `author:`
    venue = text(html.unescape(str(meta.get("venue") or "")))
    category = re.sub(r"[\s-]+", "_", str(meta.get("category") or "").strip().lower())  # "Working Papers"
    kind = CATEGORIES.get(category, "article" if venue else "misc")
    page = page_text(body, meta)
    citation = without_tags(str(meta.get("citation") or ""))
    excerpt = _PICTURE.sub("", str(meta.get("excerpt") or ""))
    names = excerpt if _names_line(excerpt) else ""  # the list shows the excerpt: some sites put the authors there
    authors, marks = _page_authors(meta, page, names)
    fields: list[tuple[str, str]] = [("title", markdown_as_latex(text(meta.get("title"))))]  # "S$^2$Contact": its math kept
    if authors:
        fields.append(("author", " and ".join(bib_value(author) for author in authors)))
    fields += _year_and_month(meta.get("date"))
    if venue:
        fields.append((VENUE_FIELD.get(kind, "howpublished"), bib_value(venue)))
        fields += numbers_after(citation, venue)
    fields += _numbers(meta, {name for name, _ in fields})
    links, not_kept = _links(meta, citation, page, {name for name, _ in fields}, here, site_file)
    fields += links
    fields += [*_picture(meta, page, here, site_file), *marks, *_marks_of_the_list(meta)]
    if abstract := page.abstract or (bib_value(text(excerpt)) if not names else ""):
        fields.append(("abstract", abstract))
    own = _own_entry([str(meta.get("bibtex") or ""), *page.entries], text(meta.get("title")))
    return PageEntry(kind, key, fields, authors, _left_out(page, own) + not_kept, own)


def _page_authors(meta: dict, page: PageText, names: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The authors a page gives, and the fields of the marks it explains: its `authors:`, its text's
    "Authors" or first line of names, its excerpt when that is names (`names`), else its citation's."""
    listed = meta.get("authors") or meta.get("author")
    explained = MARKS_EXPLAINED.search(without_tags(str(listed or "")))  # "(* equal contribution)"
    authors = listed_authors(listed) or listed_authors(page.authors) or listed_authors(names)
    authors, marks = explained_marks(authors, explained.group(0) if explained else page.legend)
    return authors or citation_authors(str(meta.get("citation") or ""), text(meta.get("title"))), marks


def _links(
    meta: dict, citation: str, page: PageText, taken: set[str], here: Callable[[str], str], site_file: Callable[[str], str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The link fields: the DOI (of `paperurl` or the citation), `paperurl` (arXiv's page: [arXiv]),
    `slidesurl` and the keys sites add, then the page's own links, each field once; and notes on
    the page's links no field could take."""
    found: list[tuple[str, str]] = []
    paper = text(meta.get("paperurl"))
    if doi := _DOI.search(paper) or _DOI.search(citation):
        found.append(("doi", doi.group(1).rstrip(".,;")))
        paper = "" if _DOI.search(paper) else paper  # the DOI's button stands for it
    named = [(link_field("", paper), paper), ("slides", text(meta.get("slidesurl")))]
    named += [(field, text(meta.get(name))) for name, field in _LINK_KEYS.items() if isinstance(meta.get(name), str)]
    for name, url in named:
        if name == "video" and split_url(url).path.lower().endswith((".pdf", ".ppt", ".pptx", ".key")):
            name = "slides"  # a presentation's file, not its recording
        if url and name not in taken and name not in {field for field, _ in found}:
            found.append((name, _without_braces(url if name in ("doi", "arxiv") else site_file(url))))
    return _page_links(page.links, taken | {name for name, _ in found}, found, here)


def _page_links(
    links: list[tuple[str, str, str]], taken: set[str], found: list[tuple[str, str]], here: Callable[[str], str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """`found` and the page's own links, each under its kind's field while that is free, else
    under a field named by its words, a button of its own (`[Code (JAX)]`, beside a [Code] the entry
    has: `code_jax = {...}`, [Code jax]), or numbered when its words name a field too (a second
    [GitHub]: code_2, [Code 2]); notes on those that can be none (a second link of a kind to one of
    the site's files: a field of another name is a button only when it holds a web address)."""
    found, taken, not_kept = list(found), set(taken), []
    for kind, url, label in links:
        address = _without_braces(here(url))
        if kind in taken and _same_work(kind, address, found):
            continue  # the arXiv PDF of the paper whose arXiv page the entry has: one button
        name = _free_field(kind, label, taken) if kind in taken and is_web_address(address) else kind
        if name not in taken:
            found.append((name, address))
            taken.add(name)
        else:
            not_kept.append(
                f"its page's link [{label}]({address}) is left out, since the entry has a {kind} link already: "
                "give it a field of its own in the entry (supp, dataset, slides ...)"
            )
    return found, not_kept


def _free_field(kind: str, label: str, taken: set[str]) -> str:
    """A field for a second link of a kind: named by its words, else the kind numbered (code_2)."""
    if (named := own_button_field(label)) and named not in taken:
        return named
    return numbered(kind, taken)


def _same_work(kind: str, address: str, found: list[tuple[str, str]]) -> bool:
    """Whether an arXiv or DOI link names the work of the entry's link of that kind."""
    pattern = _WORK_IDS.get(kind)
    named = pattern.search(address) if pattern else None
    if pattern is None or named is None:
        return False
    return any(
        name == kind and (other := pattern.search(value)) and other.group(1).lower() == named.group(1).lower()
        for name, value in found
    )


def _picture(meta: dict, page: PageText, here: Callable[[str], str], site_file: Callable[[str], str]) -> list[tuple[str, str]]:
    """The picture beside the entry: the one the template's lists showed (a teaser, or the
    excerpt's picture, under `images/`), else the page's first."""
    if picture := _teaser(meta) or _excerpt_picture(meta):
        return [("preview", _path_or_url(site_file(picture)))]
    return [("preview", _path_or_url(here(page.pictures[0])))] if page.pictures else []


def _marks_of_the_list(meta: dict) -> list[tuple[str, str]]:
    """What the front matter says of the entry as it is listed: its status (`Under review`, the
    note), its tags (keywords) and whether it is selected."""
    found = []
    if status := text(meta.get("status")):
        found.append(("note", bib_value(status)))
    if tags := [bib_value(tag) for item in as_list(meta.get("tags")) if (tag := without_tags(item))]:
        found.append(("keywords", "; ".join(tags)))  # its tags were its keywords
    if str(meta.get("selected")).lower() == "true":
        found.append(("selected", "true"))
    return found


def _left_out(page: PageText, own: str) -> list[str]:
    """Notes on what of the page the entry leaves out: pictures but the first, code (and BibTeX
    but its own)."""
    notes = []
    if len(page.pictures) > 1:
        notes.append(f"{len(page.pictures) - 1} more pictures of its page are left out (the first is the entry's picture)")
    if left := page.code - (own in page.entries):
        notes.append(f"{left} block{'s' if left > 1 else ''} of code (or BibTeX) of its page left out")
    return notes


def _own_entry(candidates: list[str], title: str) -> str:
    """The page's own BibTeX entry among those it holds (front matter's `bibtex:`, a code block,
    "Please cite:"): the one entry of the page's title, as written; "" when there is none."""
    for candidate in candidates:
        if not _BIBTEX_ENTRY.search(candidate):
            continue
        library = bibtexparser.parse_string(candidate.strip())
        written = library.entries[0].fields_dict.get("title") if len(library.entries) == 1 else None
        if written is not None and _same_title(str(written.value), title):
            return candidate.strip()
    return ""


def _same_title(written: str, title: str) -> bool:
    """A BibTeX title (`{C}rowd3{D}: ...`, `Schr{\\"o}dinger`) that is the page's title, or the
    page's without its subtitle."""
    ours, theirs = _folded(written), _folded(title)
    return len(theirs) >= 8 and (ours.startswith(theirs) or theirs.startswith(ours)) and len(ours) >= 8


def _folded(value: str) -> str:
    value = re.sub(r"\\[a-zA-Z]+\s*|\\.", "", value)  # LaTeX's commands and accents: their letters stay
    return "".join(c for c in unicodedata.normalize("NFKD", value).casefold() if c.isalnum() and c.isascii())


# front matter people add to a publication's page besides paperurl and slidesurl -> its link field
_LINK_KEYS = {
    **dict.fromkeys(("codeurl", "code", "code_url", "github", "githuburl", "repo"), "code"),
    **dict.fromkeys(("arxivurl", "arxiv", "arxiv_url"), "arxiv"),
    **dict.fromkeys(("project", "projectpage", "project_page", "projecturl", "website", "webpage"), "website"),
    **dict.fromkeys(("video", "videourl", "video_url", "youtube", "presentationurl", "talkurl"), "video"),
    **dict.fromkeys(("slides", "slides_url"), "slides"),
    **dict.fromkeys(("poster", "posterurl", "poster_url"), "poster"),
    **dict.fromkeys(("dataset", "data", "dataurl", "dataset_url"), "dataset"),
    **dict.fromkeys(("blogurl", "blog", "blog_url"), "blog"),
    **dict.fromkeys(("pdf", "pdfurl", "pdf_url"), "pdf"),
    **dict.fromkeys(("supp", "supplementary", "supp_url", "supplement"), "supp"),
    "doi": "doi",
}
# front matter giving the numbers a citation has (`volume: 40`, `pages: '2656-2671'`) -> field
_NUMBER_KEYS = {"volume": "volume", "issue": "number", "number": "number", "pages": "pages", "publisher": "publisher"}


def _numbers(meta: dict, taken: set[str]) -> list[tuple[str, str]]:
    """Volume, number, pages and publisher the front matter gives, where the citation gave none."""
    found = []
    for name, field_name in _NUMBER_KEYS.items():
        value = text(meta.get(name))
        if value and field_name not in taken:
            taken.add(field_name)
            found.append((field_name, re.sub(r"\s*[-‐–—]+\s*", "--", value) if field_name == "pages" else bib_value(value)))
    return found


def _year_and_month(written: Any) -> list[tuple[str, str]]:
    """A publication's `date` as its year and month: a day (as Jekyll reads it), `08/2021`,
    `2021-08` or the year alone."""
    if dated := day(written):
        return [("year", str(dated.year)), ("month", str(dated.month))]
    if found := _MONTH_AND_YEAR.match(str(written or "").strip()):
        year, month = found.group("year") or found.group("year2"), found.group("month") or found.group("month2")
        return [("year", year)] + ([("month", str(int(month)))] if month and 1 <= int(month) <= 12 else [])
    return []


_MONTH_AND_YEAR = re.compile(r"^(?:(?P<month>\d{1,2})[/.-](?P<year>\d{4})|(?P<year2>\d{4})(?:[/.-](?P<month2>\d{1,2}))?)$")


def _excerpt_picture(meta: dict) -> str:
    """A picture in the excerpt (`excerpt: "![ricb](/images/ricb.png)"`, `<img src=...>`), which
    the template's lists show: its URL, or its path in the site (images/ricb.png)."""
    found = _PICTURE.search(str(meta.get("excerpt") or ""))
    picture = next(filter(None, found.groups()), "") if found else ""
    return picture if "://" in picture else picture.lstrip("/")


def _teaser(meta: dict) -> str:
    """Minimal Mistakes' `header: teaser:` (or `teaser:` alone), the picture its lists show: its
    URL, or its path in the site, under `images/` as the template takes it from there."""
    header = meta.get("header") if isinstance(meta.get("header"), dict) else {}
    teaser = text(header.get("teaser")) or text(meta.get("teaser"))
    return teaser if not teaser or "://" in teaser else f"images/{teaser.lstrip('/')}"


def _without_braces(url: str) -> str:
    return url.replace("{", "").replace("}", "")


_DOI = re.compile(r"(?:doi\.org/|\bdoi:)\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)
_WORK_IDS = {  # a link's work, for telling a second link to it from a link to another
    "arxiv": re.compile(r"(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})", re.IGNORECASE),
    "doi": re.compile(r"(10\.\d{4,9}/[^\s?#]+)"),
}


@dataclass
class PageText:
    """What a publication page's Markdown gives its entry."""

    abstract: str = ""  # BibTeX text, paragraphs apart by a blank line
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (link field, URL, its words)
    pictures: list[str] = field(default_factory=list)  # their sources, in order
    code: int = 0  # code blocks and BibTeX entries left out
    entries: list[str] = field(default_factory=list)  # BibTeX entries in its text ("Please cite:", a code block)
    authors: str = ""  # what it lists as the authors ("Authors:", or a line of names first)
    legend: str = ""  # what the marks of that line mean ("† Equal contribution. * Corresponding author.")


def page_text(body: str, meta: dict) -> PageText:
    """A publication page's Markdown as the entry's abstract (BibTeX, its paragraphs, headings and
    bullets kept) and link fields: a paragraph of links alone ("[Download paper here](...)",
    "[Code](...) | [Data](...)") gives links, not text; the page's "Recommended citation: ..."
    (or the citation repeated), its details ("**Venue:** ...", "Authors:"), a leading "Abstract:"
    and headings left with nothing under them are left out, since the entry shows its own
    citation; its authors' line and BibTeX entries are collected for the entry, pictures too (the
    first is the entry's picture), code left out."""
    found = PageText()
    body = page_variables(body, meta)  # `{{ page.authors }}`
    body = _HTML_LINK.sub(lambda link: f"[{link.group(2)}]({link.group(1)})", _KRAMDOWN_ATTRIBUTES.sub("", body))
    for block in _CODE.finditer(body):
        if entry := _BIBTEX_ENTRY.search(block.group(0)):
            found.entries.append(block.group(0)[entry.start() :].rstrip().removesuffix(block.group(1)).rstrip())
    body, found.code = _CODE.subn("", body)
    seen = {_plain_url(text(meta.get(key))) for key in ("paperurl", "slidesurl")} - {""}
    title, blocks, authors_next = _letters(text(meta.get("title"))), [], False
    for heading, paragraph in _blocks(body):
        found.pictures += [next(filter(None, picture.groups())) for picture in _PICTURE.finditer(paragraph)]
        paragraph = _PICTURE.sub("", paragraph).strip()
        if not paragraph:  # a picture alone (kept above)
            continue
        if heading:
            label = paragraph.casefold().strip("*_: ")
            authors_next = label in ("author", "authors")  # its paragraph is the authors
            if label != "abstract" and not authors_next:
                blocks.append((True, f"\\textbf{{{bib_value(without_tags(paragraph.strip('*_')))}}}"))
        elif authors_next or (not blocks and not found.authors and _names_line(paragraph)):
            _take_authors(found, paragraph)
            authors_next = False
        elif details := _details(paragraph):
            found.authors = found.authors or details.get("author", "") or details.get("authors", "")
            found.links += _new_links(MARKDOWN_LINK.findall(paragraph), seen)
        else:
            blocks += _read_paragraph(found, paragraph, seen, title)
    kept = [written for at, (heading, written) in enumerate(blocks) if not heading or _followed_by_text(blocks, at)]
    found.abstract = "\n\n".join(paragraph for paragraph in kept if paragraph.strip("• "))
    return found


def _take_authors(found: PageText, paragraph: str) -> None:
    """The page's line of names (its first, unless the page gave them already), and what the
    lines after it say the marks mean."""
    if not found.authors:
        found.authors, *legend = paragraph.splitlines()
        found.legend = " ".join(legend)


def _read_paragraph(found: PageText, paragraph: str, seen: set[str], title: str) -> list[tuple[bool, str]]:
    """A paragraph of the page's text: its BibTeX entry ("Please cite: @article{...}") and links
    (a paragraph of links alone) collected, its text as the abstract's paragraphs (none when it
    cites the page's own paper)."""
    paragraph = _ABSTRACT_HEADING.sub(lambda lead: "**" if lead.group(1) and not lead.group(2) else "", paragraph)
    if entry := _BIBTEX_ENTRY.search(paragraph):  # "Please cite:" and the entry: the page's own
        found.entries.append(paragraph[entry.start() :])
        found.code, paragraph = found.code + 1, paragraph[: entry.start()].strip()
    links = MARKDOWN_LINK.findall(paragraph)
    if links and not _letters(_LEFT_OF_LINKS.sub("", MARKDOWN_LINK.sub("", paragraph))):
        found.links += _new_links(links, seen)
        return []
    if not paragraph or _cites_itself(paragraph, title):
        return []
    return [(False, written) for written in _text_paragraphs(paragraph)]


def _followed_by_text(blocks: list[tuple[bool, str]], at: int) -> bool:
    """Whether a heading has text under it before the next heading (not only links or pictures)."""
    return at + 1 < len(blocks) and not blocks[at + 1][0]


def _names_line(paragraph: str) -> bool:
    """Whether a paragraph's first line lists names ("**Hao Wen**<sup>†</sup>, Jing Huang, Kun
    Li<sup>*</sup>"), as a page says who wrote it above its abstract; the lines after it may say
    what the marks mean."""
    lines = paragraph.strip().splitlines()
    if not lines:
        return False
    names = _MARK.sub("", without_tags(lines[0].replace("**", "").replace("__", ""))).strip(" ,.;")
    legend = all(_MARK.match(without_tags(line).strip()) for line in lines[1:])
    return "," in names and legend and bool(NAME_LIST.fullmatch(names)) and len(names_of(names)) >= 2


def _details(paragraph: str) -> dict[str, str]:
    """A paragraph of the page's details ("**Venue:** IEEE T-RO", "Volume: 40", "**DOI:** [Read
    it](...)"), each line a label the entry has a field for, as {label: value}; else empty."""
    lines = [_DETAIL.match(without_tags(line)) for line in paragraph.splitlines() if line.strip()]
    if not lines or not all(lines):
        return {}
    return {found.group(1).casefold(): found.group(2).strip() for found in lines if found}


def _new_links(links: list[tuple[str, str]], seen: set[str]) -> list[tuple[str, str, str]]:
    """A paragraph's links as (field, URL, words), but those the entry has already (`seen`, kept up to date)."""
    made = []
    for label, url in links:
        if url and _plain_url(url) not in seen:
            seen.add(_plain_url(url))
            made.append((link_field(label, url), url, label))
    return made


def _text_paragraphs(paragraph: str) -> list[str]:
    """A paragraph of text as BibTeX paragraphs: one, or one per bullet of a list (its bullet kept)."""
    items = [item for item in _BULLET.split(paragraph) if item.strip()]
    bullet = "• " if len(items) > 1 or _BULLET.match(paragraph) else ""
    return [bullet + markdown_as_latex(item) for item in items]


def _blocks(body: str) -> list[tuple[bool, str]]:
    """Markdown's paragraphs and headings (`## Title`, or a line underlined by `===`/`---`), in
    order, as (is a heading, text); rules (`---` alone) are left out."""
    blocks: list[tuple[bool, str]] = []
    lines: list[str] = []

    def close() -> None:
        if "".join(lines).strip():
            blocks.append((False, "\n".join(lines)))
        lines.clear()

    for line in _PARAGRAPH_BREAK.sub("\n\n", body).splitlines():
        if heading := _HEADING.match(line):
            close()
            blocks.append((True, heading.group(1)))
        elif _UNDERLINE.match(line) and len(lines) == 1 and lines[0].strip():
            blocks.append((True, lines.pop().strip()))
        elif _UNDERLINE.match(line) or not line.strip():
            close()
        else:
            lines.append(line)
    close()
    return blocks


def _path_or_url(value: str) -> str:
    """A picture's source as a link field holds it: a URL as it is, a path of the site without its
    leading `/` (a file in static/)."""
    value = _without_braces(value)
    return value if "://" in value else value.lstrip("/")


def _cites_itself(paragraph: str, title: str) -> bool:
    """ "Recommended citation: ...", "If you use it, please cite:", or the page's citation repeated
    (its title in it): what the entry's own citation and BibTeX say already."""
    return bool(
        _CITATION_LINE.match(paragraph)
        or (len(paragraph) < 160 and _CITE_REQUEST.search(paragraph))
        or (len(title) > 15 and title in _letters(paragraph))
    )


def _plain_url(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?|/$", "", url.strip())


def _letters(value: str) -> str:
    return re.sub(r"\W+", "", without_tags(value)).casefold()


_HTML_LINK = re.compile(r"""<a\s[^>]*?\bhref=["']([^"']*)["'][^>]*>(.*?)</a>""", re.IGNORECASE | re.DOTALL)
_PARAGRAPH_BREAK = re.compile(r"<br\s*/?>|</?p\b[^>]*>", re.IGNORECASE)
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}")  # `{:target="_blank"}` after a link
# "Abstract:", "**Abstract:** ...", or "**Abstract: ...**" (the whole abstract in bold: group 1 without group 2)
_ABSTRACT_HEADING = re.compile(r"^(\*\*|__)?abstract\s*(?:[:.]\s*)?(\*\*|__)?\s*", re.IGNORECASE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+|\*{3,}|_{3,})\s*$")  # a heading's underline, or a rule alone
_CODE = re.compile(r"^\s*(```|~~~).*?^\s*\1\s*$", re.MULTILINE | re.DOTALL)
_BIBTEX_ENTRY = re.compile(r"^\s*@\w+\s*\{", re.MULTILINE)
_PICTURE = re.compile(r"""!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)|<img\b[^>]*\bsrc=["']([^"']+)["'][^>]*>""", re.IGNORECASE)
_LEFT_OF_LINKS = re.compile(r"\b(?:download|paper|here|available|at|link|links|pdf|the)\b", re.IGNORECASE)
_CITATION_LINE = re.compile(
    r"(?:\*\*)?(?:recommended\s+citation|please\s+cite|cite\s+as|citation)\b|.*\bfor\s+full\s+citation\b", re.I
)
_MARK = re.compile(r"[*†‡§#+]+")
# a line of a page's details: a label the entry has a field for, then its value
_DETAIL = re.compile(
    r"^\s*(?:\*\*|__)?(authors?|venue|journal|conference|booktitle|volume|issue|number|pages|year|date|publication date"
    r"|published(?: in| on)?|publisher|doi|status|type)\s*:\s*(?:\*\*|__)?\s*(.*)$",
    re.IGNORECASE,
)
_CITE_REQUEST = re.compile(r"\b(?:please\s+cite|cite\s+(?:as|this|our|us|the\s+following))\b", re.IGNORECASE)
_BULLET = re.compile(r"(?:^|\n)\s*[-+*]\s+")
