"""An Allan lab site (Jekyll; mpa139/allanlab, the template many labs' sites are forked from) made
into a sitegen site (`sitegen import`, migrate.py).

The template keeps its content as data. The members are lists in `_data/` that the team page
(`_pages/team.md`) loops over, each under a heading: `team_members.yml` under "PhD Students",
`alumni_members.yml` under "Alumni" ... (forks rename, add and regroup them, so the headings and
loops of the page itself say which list is which group). A member has a name, a photo in
`images/teampic/`, an `info` line ("PhD Student, started Sep 2015"), an e-mail and
`education1`..`educationN` lines. The publications are `_data/publist.yml`: a title, the authors
as written ("MP Allan* & F Massee*, DK Morr"), a link with its display ("Nature Physics 13, 21
(2017)"), a picture in `images/pubpic/`, a description, `highlight: 1` and press links (`news1`,
`news2`). The news is `_data/news.yml` (a month and a headline), the home page `_pages/home.md`.

Each member becomes a profile in the group of its heading (the groups in the page's order), each
publication an entry of `content/publications/publist.bib` (its display read into the journal,
volume, pages and year; the authors' initials as BibTeX writes them: "Allan, M. P."; the picture
its preview, highlighted ones selected, the press links a remark after the citation), each
headline a news item; the other pages are pages, the team page's own text leads the People page.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from sitegen.alfolioprofiles import link_kind
from sitegen.doi import free_key, scholar_key
from sitegen.errors import SitegenError
from sitegen.migrate import (
    Migration,
    add_link,
    base_url,
    bib_value,
    dump,
    front_matter,
    markdown_files,
    old_pages,
    text,
    written_day,
)
from sitegen.roles import DEFAULT_ROLE_GROUPS, role_group
from sitegen.slugs import slugify
from sitegen.yamlfile import load_yaml

MADE_PAGES = {
    "team": "",  # read for its members (see above)
    "publications": "sitegen lists the publications at /publications/",
    "allnews": "sitegen lists the news at /news/",
    "news": "sitegen lists the news at /news/",
    "home": "",
    "404": "sitegen writes its own 404 page",
}
# folders of files the pages and lists link (the template's pictures; forks' PDFs)
ASSET_FOLDERS = ("images", "downloads", "files", "pdfs", "papers", "assets")
# a member's link keys, as forks add them, -> a profile's link kind
LINK_KEYS = {
    "website": "homepage", "homepage": "homepage", "web": "homepage", "url": "homepage", "scholar": "scholar",
    "google_scholar": "scholar", "googlescholar": "scholar", "github": "github", "linkedin": "linkedin",
    "twitter": "x", "orcid": "orcid", "researchgate": "researchgate",
}  # fmt: skip
_LOOP = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+site\.data\.([\w-]+)\s*-?%\}")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$|<h([1-6])[^>]*>(.*?)</h\3>", re.MULTILINE | re.IGNORECASE)
_FORMER = re.compile(r"\b(?:alumni|alumnus|alumna|former|past|previous)\b", re.IGNORECASE)
_PLACEHOLDER_PHOTOS = frozenset({"rock.jpg", "dummy.png", "dummy.jpg"})
_PLACEHOLDER = re.compile(r"could be you|your name|join us", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(?:professor|prof\.?|postdoc\w*|ph\.?\s?d\.?|doctoral|student|candidate|engineer|technician|manager|"
    r"researcher|scientist|fellow|assistant|intern|master|bachelor|undergrad\w*|visit\w*|lecturer|associate|"
    r"director|staff|head|principal|pi|coordinator|administrator|m\.?sc\.?|b\.?sc\.?)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# the folder a team page's layout takes a list's photos from: src="{{ site.baseurl }}/images/members/{{ member.photo }}"
_PHOTO_FOLDER = re.compile(r"""src=["'](?:[^"']*?\}\})?([\w/.-]*/)\{\{\s*\w+\.photo\s*\}\}""")
_CAROUSEL = re.compile(r"""<div\b[^>]*\bclass=["'][^"']*\bcarousel\b[^>]*>""", re.IGNORECASE)
_DIV = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
_IMG = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["'](?:[^>]*?\balt=["']([^"']*)["'])?""", re.IGNORECASE)
_LIST_STARTS = re.compile(r"\{%-?\s*(?:for|assign|if)\b")
_ANCHOR_LINK = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")  # a Markdown link to an anchor of its own page
_NO_LINK = frozenset({"", "0", "none", "null", "-", "#", "false"})
_ANCHOR = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a\s*>""", re.IGNORECASE | re.DOTALL)
# the display of a paper's link: "Nature Physics 13, 21 (2017)", "Phys. Rev. B 95, 235141, Editors' suggestion (2017)"
_DISPLAY = re.compile(
    r"^(?P<venue>.+?)\s+(?P<volume>\d{1,5})\s*,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)"
    r"(?:\s*,\s*(?P<note>[^()]+?))?\s*\((?P<year>\d{4})\)\s*\.?$"
)
_YEAR = re.compile(r"\((\d{4})\)|\b((?:19|20)\d{2})\b")
_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}|[a-z-]+/\d{7})", re.IGNORECASE)
_DOI = re.compile(r"doi\.org/(10\.\d{4,9}/\S+)", re.IGNORECASE)
_STATES = (("under review", "under review"), ("submitted", "submitted"), ("to appear", "to appear"), ("accepted", "accepted"))
_CONFERENCE = re.compile(r"\b(?:proc\.|proceedings|conference|workshop|symposium|congress|meeting)\b", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z](?:\.?-?[A-Z]){0,3}\.?$")  # "MP", "T-M", "K.M.", "J."
_MARKS = str.maketrans({"⋆": "*", "∗": "*"})


class AllanLab(Migration):
    made_pages = MADE_PAGES
    collections = frozenset({"posts"})

    @staticmethod
    def recognises(source: Path) -> bool:
        """Its publication list and its members as data (`_data/publist.yml`, `_data/team_members.yml`)."""
        data = source / "_data"
        return (source / "_config.yml").is_file() and any((data / name).is_file() for name in ("publist.yml", "team_members.yml"))

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.groups: list[str] = []
        self.placed: dict[str, int] = {}  # group -> members placed in it so far
        self.slugs: set[str] = set()

    def run(self) -> None:
        for folder in ASSET_FOLDERS:
            self.copy(self.source / folder, f"static/{folder}")
        self._team()
        self._publications()
        self._publications_page()
        self._news()
        self._home()
        self._site()
        self.pages()
        self.blog()

    # -- the team page and its lists ------------------------------------------------------------
    def _team(self) -> None:
        """The pages that loop over the members' lists (a team page; some forks have an alumni page
        too): each list's members profiles of its group, the team page's own text the People page's."""
        pages = [path for path in markdown_files(self.source / "_pages") if self._lists_members(path)]
        pages.sort(key=lambda path: -len(_LOOP.findall(_COMMENT.sub("", self.read(path)))))  # the team page: the most lists
        for number, page in enumerate(pages):
            self._team_page(page, leads=number == 0)

    def _team_page(self, page: Path, leads: bool) -> None:
        self.consume(page)
        document = self.document(page)
        body = _COMMENT.sub("", document.body)  # a list commented out was not shown
        headings = [
            (found.start(), found.group(1) or f"h{found.group(3)}", _plain(found.group(2) or found.group(4)))
            for found in _HEADING.finditer(body)
            if "{{" not in found.group(0) and "{%" not in found.group(0)
        ]
        for loop in _LOOP.finditer(body):
            above = [(level, title) for at, level, title in headings if at < loop.start()]
            end = body.find("endfor", loop.end())
            pictures = _PHOTO_FOLDER.search(body, loop.end(), end if end > 0 else len(body))  # where its layout takes them
            self._members(loop.group(1), above, pictures.group(1).strip("/") if pictures else "images/teampic")
        if leads:
            self._people_text(page, document.meta, body)
        else:
            self.note(page, "its members are profiles now, on the People page; its own text is not imported")
            for old in old_pages(document.meta, "/people/"):
                self.moved[old] = "/people/"  # its address leads to them

    def _lists_members(self, path: Path) -> bool:
        names = _LOOP.findall(_COMMENT.sub("", self.read(path)))
        return any(self._data_list(name) and "name" in self._data_list(name)[0] for name in names)

    def _data_list(self, name: str) -> list[dict]:
        path = self.source / "_data" / f"{name}.yml"
        if not path.is_file():
            return []
        data = load_yaml(self.read(path), path)
        if data is None:
            return []
        if not isinstance(data, list):
            raise SitegenError("this file must hold a list of members or entries (`- name: ...`)", path, 1)
        return [item for item in data if isinstance(item, dict)]

    def _members(self, name: str, above: list[tuple[str, str]], pictures: str) -> None:
        """One list's members as profiles: the group is the heading it is under (a former members'
        section's lists are Alumni, each by the sub-heading it is under: "Master students")."""
        heading = above[-1][1] if above else "Members"
        section = next((title for level, title in reversed(above) if level in ("#", "##", "h1", "h2")), heading)
        former = bool(_FORMER.search(section) or _FORMER.search(heading) or _FORMER.search(name))
        group = "Alumni" if former else heading
        path = self.source / "_data" / f"{name}.yml"
        for member in self._data_list(name):
            if (profile := self._profile(member, path, group, heading if former else "", pictures)) is not None:
                self.placed[group] = profile["order"] = self.placed.get(group, 0) + 1  # the page's order
                slug = slugify(profile["name"])
                if slug in self.slugs:
                    self.note(path, f"{profile['name']} is listed twice; the first is kept")
                    continue
                self.slugs.add(slug)
                bio = profile.pop("bio")
                self.write(f"content/people/{slug}.md", front_matter(profile) + bio)
                if group not in self.groups:
                    self.groups.append(group)

    def _profile(self, member: dict, path: Path, group: str, listed_as: str, pictures: str) -> dict[str, Any] | None:
        """A member's front matter and biography ("bio"): name, role, group, photo, e-mail, links;
        the rest of `info`, the education lines, `duration` and `now` as the biography's lines."""
        written = text(member.get("name"))
        if not written or _PLACEHOLDER.search(written):
            return None
        name, _, degree = (part.strip() for part in written.partition(","))  # "Chunzhi Su, Ph.D. 2018"
        info = html.unescape(str(member.get("info") or "")).strip()
        first, _, rest = (part.strip() for part in info.partition(","))
        reads_as_role = bool(first) and _ROLE_WORDS.search(_plain(first)) is not None and len(first) < 60
        role = _plain(first) if reads_as_role else degree or _singular(listed_as)
        profile: dict[str, Any] = {"name": name}
        if role:
            profile["role"] = role
        if role_group(role, DEFAULT_ROLE_GROUPS) != group:
            profile["group"] = group
        if photo := self._photo(str(member.get("photo") or "").strip(), path, name, pictures):
            profile["photo"] = photo
        if email := text(member.get("email")):
            profile["email"] = email
        if links := _links(member):
            profile["links"] = links
        profile["bio"] = _biography(member, [degree if reads_as_role and degree else "", rest if reads_as_role else info])
        return profile

    def _photo(self, photo: str, path: Path, name: str, pictures: str) -> str:
        """The photo's path in static/ (the template keeps them in images/teampic/, a fork where its
        team page's layout says: `<img src=".../images/members/{{ member.photo }}">`)."""
        if not photo or photo.lower() in _PLACEHOLDER_PHOTOS:
            return ""  # the template's stand-in (a rock): the profile's initials say more
        if photo.startswith(("http://", "https://")):
            return photo
        for candidate in (f"{pictures}/{photo}", photo.lstrip("/")):
            if (self.source / candidate).is_file():
                return candidate
        self.note(path, f"the photo of {name}, {photo}, is not in {pictures}/; add it to the profile by hand")
        return ""

    def _people_text(self, page: Path, meta: dict, body: str) -> None:
        """The team page's text but its lists of members (each with its heading) leads the People
        page; its first heading is the page's title, its old address is kept, and links to the
        old page's own anchors ("Jump to PhD students") go."""
        sections = _HEADING_LINE.split(_LOOP_BLOCK.sub(_LISTED, body))
        said = "".join(section for section in sections if _LISTED not in section)
        said = _without_empty_headings(_without_liquid_blocks(said))
        said = "\n\n".join(part for part in re.split(r"\n\s*\n", said) if part.strip() and not _only_anchors(part))
        title = str(meta.get("title") or "").split("|")[0].split(" - ")[0].strip()
        if first := re.match(r"#\s+(.+)\n*", said):
            title, said = first.group(1).strip(), said[first.end() :]
        said = self.markdown(said, page, 1).strip()
        front: dict[str, Any] = {"title": title} if title and title.lower() not in ("team", "people") else {}
        if old := old_pages(meta, "/people/"):
            front["redirect_from"] = old
        if said or front:
            self.write("content/pages/people.md", (front_matter(front) if front else "") + said + "\n")

    # -- publications -------------------------------------------------------------------------
    def _publications(self) -> None:
        path = self.source / "_data" / "publist.yml"
        entries, keys = [], set()
        for item in self._data_list("publist"):
            if not text(item.get("title")):
                continue
            key = free_key(_key(item), keys)  # a letter added to a second "allan2017imaging"
            keys.add(key.lower())
            entries.append(self._entry(key, item, path))
        if entries:
            self.write("content/publications/publist.bib", "\n\n".join(entries) + "\n")

    def _entry(self, key: str, item: dict, path: Path) -> str:
        """One item of publist.yml as a BibTeX entry."""
        link = item.get("link") if isinstance(item.get("link"), dict) else {}
        display = _plain(str(link.get("display") or item.get("display") or ""))
        url = str(link.get("url") or item.get("url") or "").strip()
        kind, fields = _venue_fields(display)
        if not dict(fields).get("year") and (year := text(item.get("year"))):
            fields = [(name, value) for name, value in fields if name != "year"] + [("year", year)]
        fields = [("title", bib_value(text(item.get("title")))), ("author", _authors(str(item.get("authors") or ""))), *fields]
        if found := _DOI.search(url):
            fields.append(("doi", found.group(1)))
        elif found := _ARXIV.search(url):
            fields.append(("arxiv", found.group(1)))
            kind = "misc" if kind == "article" and "journal" not in dict(fields) else kind
        elif url:
            fields.append(("pdf" if url.lower().endswith(".pdf") else "url", bib_value(url, url=True)))
        if doi := str(item.get("doi") or "").strip():
            fields.append(("doi", doi))
        image = str(item.get("image") or "").strip()
        if image and not image.startswith("dummy") and (self.source / "images/pubpic" / image).is_file():
            fields.append(("preview", f"images/pubpic/{image}"))
        if description := text(item.get("description")):
            fields.append(("abstract", bib_value(description)))
        if str(item.get("highlight") or "").strip() in ("1", "true", "True"):
            fields.append(("selected", "true"))
        press = [str(item.get(name) or "").strip() for name in ("news", "news1", "news2")]
        if press := [_latex_links(line) for line in press if line]:
            fields.append(("additional_info", " ".join(press)))
        seen: set[str] = set()
        fields = [(name, value) for name, value in fields if value and not (name in seen or seen.add(name))]
        inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        return f"@{kind}{{{key},\n{inside}\n}}"

    def _publications_page(self) -> None:
        """What the page listing publist.yml says above its list leads sitegen's: its headings
        ("Highlights", over what is now every entry) go, a link to one of its own anchors ("see
        [below](#full-list)") is its words."""
        for path in markdown_files(self.source / "_pages"):
            document = self.document(path)
            if "site.data.publist" not in document.body:
                continue
            self.consume(path)
            above = _COMMENT.sub("", _LIST_STARTS.split(document.body, maxsplit=1)[0])
            above = "\n".join(line for line in above.splitlines() if not _level(line))
            above = _ANCHOR_LINK.sub(r"\1", above)
            said = self.markdown(above, path, document.body_line).strip()
            if said:
                self.write("content/pages/publications.md", said + "\n")
                self.note(
                    path, "what it says above its list leads sitegen's list at /publications/ (content/pages/publications.md)"
                )
            return

    # -- news, home, site -----------------------------------------------------------------------
    def _news(self) -> None:
        """Each headline of `_data/news.yml` a news item of its month (its text the item's)."""
        path = self.source / "_data" / "news.yml"
        for number, item in enumerate(self._data_list("news"), start=1):
            headline = str(item.get("headline") or item.get("text") or "").strip()
            dated = written_day(item.get("date"))
            if not headline:
                continue
            if dated is None:
                self.note(path, f"news item {number} has no date sitegen reads ({item.get('date')!r}); it is left out")
                continue
            name = slugify(_plain(headline))[:40].strip("-") or str(number)
            self.write(f"content/news/{dated.isoformat()}-{name}.md", front_matter({"date": dated.isoformat()}) + headline + "\n")

    def _home(self) -> None:
        """The page at `/` (`_pages/home.md`) as the home page's text."""
        for path in markdown_files(self.source / "_pages"):
            document = self.document(path)
            if str(document.meta.get("permalink") or "").strip() == "/" or path.stem == "home":
                self.consume(path)
                title = str(document.meta.get("title") or "").split("|")[0].split(" - ")[0].strip()
                title = title or str(self.config.get("title") or "Home")
                body, slides = _first_slide(document.body)
                if slides:
                    more = "1 more is" if slides == 1 else f"{slides} more are"
                    self.note(path, f"its carousel (Bootstrap's) is its first picture now; {more} left out")
                body = self.markdown(body, path, document.body_line).strip()
                self.write("content/index.md", front_matter({"title": title}) + body + "\n")
                return

    def _site(self) -> None:
        config = self.config
        site: dict[str, Any] = {"title": str(config.get("title") or "Our Lab").strip()}
        if description := text(config.get("description")):
            site["description"] = description
        site["base_url"] = base_url(str(config.get("url") or ""), str(config.get("baseurl") or ""))
        if self.groups:
            site["people"] = {"groups": self.groups}
        if self.moved:
            site["redirects"] = self.moved
        self.write("content/site.yml", dump(site))


def _first_slide(text: str) -> tuple[str, int]:
    """A Bootstrap carousel (the template's home page slides through pictures with Bootstrap's
    script, which sitegen's theme has not) as its first picture; how many more it had."""
    start = _CAROUSEL.search(text)
    if start is None:
        return text, 0
    depth, at = 0, start.start()
    for tag in _DIV.finditer(text, start.start()):
        depth += -1 if tag.group(1) else 1
        at = tag.end()
        if depth == 0:
            break
    pictures = _IMG.findall(text[start.start() : at])
    first = f'<p><img src="{pictures[0][0]}" alt="{pictures[0][1]}"></p>' if pictures else ""
    return text[: start.start()] + first + text[at:], max(len(pictures) - 1, 0)


def _biography(member: dict, lines: list[str]) -> str:
    """A member's biography: the lines given (what `info` says besides the role), `duration`,
    `now` ("Now: Google"), then the education lines as a list."""
    lines = [*lines, str(member.get("duration") or "").strip()]
    if now := str(member.get("now") or "").strip():
        lines.append(f"Now: {now}")
    said = "\n\n".join(line[:1].upper() + line[1:] for line in lines if line)
    education = [str(member[key]).strip() for key in _numbered(member, "education") if str(member[key] or "").strip()]
    if education:
        said += ("\n\n" if said else "") + "\n".join(f"- {line}" for line in education)
    return said + "\n" if said else ""


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", markup)).replace("**", "").split())


def _singular(heading: str) -> str:
    """ "Master students" as one of them: "Master student"."""
    return re.sub(r"(?<=[a-z])s$", "", heading.strip()) if heading else ""


def _numbered(member: dict, stem: str) -> list[str]:
    """`education1`, `education2` ... in order (the template's `number_educ` only counts them)."""
    return sorted((key for key in member if re.fullmatch(rf"{stem}\d+", str(key))), key=lambda key: int(key[len(stem) :]))


def _links(member: dict) -> dict[str, str]:
    """A member's links by the keys forks give them (`website`, `scholar` ...); `0`, the layouts'
    "none", is none."""
    links = {}
    for key, value in member.items():
        url = str(value or "").strip()
        named = LINK_KEYS.get(str(key).lower())
        if named is None or url.lower() in _NO_LINK:
            continue
        kind = link_kind(url) if url.startswith(("http://", "https://")) else named
        add_link(links, named if kind == "homepage" else kind, url)  # a lab page and a personal one: homepage_2
    return links


def _only_anchors(paragraph: str) -> bool:
    """A paragraph whose links all lead to anchors of the old page ("Jump to [PhD students](#phd-students)")."""
    targets = re.findall(r"\]\(([^)]*)\)", paragraph)
    return bool(targets) and all(target.startswith("#") for target in targets)


_LISTED = "\x00listed\x00"  # where a loop over members was
_LOOP_BLOCK = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+site\.data\.[\w-]+\s*-?%\}.*?\{%-?\s*endfor\s*-?%\}", re.DOTALL)
# a heading's line (Markdown's or HTML's) and what follows to the next: the sections of a page
_HEADING_LINE = re.compile(r"(?=^#{1,6}\s|^\s*<h[1-6][^>]*>)", re.MULTILINE | re.IGNORECASE)


def _without_empty_headings(text: str) -> str:
    """Headings left with nothing under them (a section of lists gone), but for those over a sub-section."""
    lines = text.splitlines()
    kept = []
    for index, line in enumerate(lines):
        level = _level(line)
        following = next((_level(after) or 7 for after in lines[index + 1 :] if after.strip()), 0)
        if not (level and (not following or following <= level)):
            kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


def _level(line: str) -> int:
    if found := re.match(r"(#{1,6})\s", line):
        return len(found.group(1))
    found = re.match(r"\s*<h([1-6])", line, re.IGNORECASE)
    return int(found.group(1)) if found else 0


def _without_liquid_blocks(text: str) -> str:
    """The team page's layout Liquid (`{% assign %}`, `{% if even_odd %}` rows) and its empty HTML."""
    text = re.sub(r"\{%-?\s*(?:assign|if|endif|else|endfor)\b[^%]*-?%\}", "", text)
    text = re.sub(r"</?div[^>]*>|<br\s*/?>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _key(item: dict) -> str:
    authors = _authors(str(item.get("authors") or "")).split(" and ")
    link = item.get("link") if isinstance(item.get("link"), dict) else {}
    year = _year(_plain(str(link.get("display") or ""))) or text(item.get("year"))
    return scholar_key(authors[0].rstrip("*†"), year, text(item.get("title")))


def _authors(written: str) -> str:
    """ "MP Allan* & F Massee*, DK Morr, and J van Dyke" as BibTeX's "Allan, M. P.* and Massee, F.*
    and Morr, D. K. and J van Dyke": initials before the family name written as initials."""
    names = re.split(r"\s*(?:,|;|&|\band\b)\s*", _plain(written).translate(_MARKS))
    return " and ".join(bib_value(_name(name)) for name in names if name.strip(" .*"))


def _name(name: str) -> str:
    name = re.sub(r"\.(?=[A-Z][a-z])", ". ", name.strip())  # "M. A.Wang"
    mark = re.search(r"[*†]+$", name)
    bare = name[: mark.start()].strip() if mark else name
    words = bare.split()
    if len(words) < 2 or not all(_INITIALS.match(word) for word in words[:-1]):
        return name
    letters = " ".join(_initials(word) for word in words[:-1])
    return f"{words[-1]}, {letters}{mark.group() if mark else ''}"


def _initials(word: str) -> str:
    """ "MP" -> "M. P.", "T-M" -> "T.-M.", "K.M." -> "K. M."."""
    parts = re.findall(r"[A-Z]-?", word)
    return " ".join(f"{part[0]}.{'-' if part.endswith('-') else ''}" for part in parts).replace("- ", "-")


def _year(display: str) -> str:
    found = [group for match in _YEAR.finditer(display) for group in match.groups() if group]
    return found[-1] if found else ""


def _venue_fields(display: str) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and fields a link's display gives: "Nature Physics 13, 21 (2017)" is the
    journal, volume, pages and year; "Proc. ICASSP 2021" a conference's; "under review" a state."""
    if found := _DISPLAY.match(display):
        fields = [("journal", found["venue"]), ("volume", found["volume"]), ("pages", found["pages"].replace("–", "--"))]
        fields += [("year", found["year"]), ("note", found["note"] or "")]
        return "article", [(name, bib_value(value)) for name, value in fields]
    year = _year(display)
    lowered = display.lower()
    state = next((said for word, said in _STATES if word in lowered), "")
    venue = re.sub(r"^(?:to appear in|appeared in|accepted (?:at|in|to)|in)\s+", "", display, flags=re.IGNORECASE)
    venue = re.sub(r"\s*\(\d{4}\)\s*\.?$", "", venue).strip(" ,.")
    if state and not re.sub(r"\(.*?\)", "", lowered).replace(state, "").strip(" ,.()"):
        venue = ""  # "under review (to be updated soon)": a state, no venue
    if venue.lower().startswith("arxiv"):
        return "misc", [("year", year)]
    kind = "inproceedings" if _CONFERENCE.search(venue) else "article"
    fields = [("booktitle" if kind == "inproceedings" else "journal", bib_value(venue)), ("year", year or state)]
    return (kind if venue else "misc"), fields


def _latex_links(markup: str) -> str:
    """Press links written in HTML ("See also <a href=...>Phys.org</a>") as LaTeX's \\href."""
    parts, at = [], 0
    for found in _ANCHOR.finditer(markup):
        parts.append(bib_value(_plain(markup[at : found.start()])))
        parts.append(f"\\href{{{bib_value(found.group(1), url=True)}}}{{{bib_value(_plain(found.group(2)))}}}")
        at = found.end()
    parts.append(bib_value(_plain(markup[at:])))
    return " ".join(part for part in parts if part).replace(" ,", ",")
