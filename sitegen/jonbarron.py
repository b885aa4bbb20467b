"""A page made from Jon Barron's template (jonbarron/jonbarron_website: one plain `index.html` of
tables, no build step; a great many researchers' pages are copies of it) made into a sitegen site
(`sitegen import`, migrate.py).

The page holds everything: the owner's name (`<name>`, or `<p class="name">` in the template's
later versions), the paragraphs beside the photo (the biography, then a line of links parted by
"/": Email, CV, Scholar, Twitter, GitHub), and sections headed `<heading>` (`<h2>`) whose rows
are the papers: a picture, then a cell with the title (`<papertitle>`, `<span class="papertitle">`)
linked to the paper, a line of authors with the owner in `<strong>`, the venue in `<em>` and the
year, a line of links parted by "/", and a paragraph on what it does. A highlighted row
(`bgcolor="#ffffd0"`) is one the owner features. The other rows (news, service, teaching) are text.

The page is made into the Markdown of a page as AcadHomepage's reader takes it (acadhomepage.py,
through Minimal Light's, which reads one page too): the biography's paragraphs, each section's
heading as a Markdown heading, each paper row a line standing for its record (read as a paper
where its section is read), each other row its text. So news, education, awards, service ... are
read by their headings as AcadHomepage's are, and what sitegen has no place for stays in the
biography, its links and emphasis as Markdown's; a Projects section's rows are projects. A
paper's link to a .bib file of the site gives its entry (with what the row adds that it lacks), as
a Minimal Light row's does. A row that does not read as a paper stays in the biography as text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, ClassVar

from sitegen.acadhomepage import dated_at_start
from sitegen.alfolioprofiles import link_kind
from sitegen.citationtext import without_tags
from sitegen.migrate import HTML_LINK, add_link, html_as_markdown
from sitegen.minimallight import MinimalLight
from sitegen.paperlist import IMG_SRC, Line, Section, paper_text
from sitegen.roles import KNOWN_TITLES, role_group
from sitegen.slugs import slugify

_PAGE = "index.html"
# the template's marks: the name, a section's heading, a paper's title (each in both versions)
_NAME = re.compile(r"<name>(.*?)</name>|<p\b[^>]*\bclass=[\"']name[\"'][^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<heading>(.*?)</heading>|<h([1-3])\b[^>]*>(.*?)</h\2>", re.IGNORECASE | re.DOTALL)
_PAPER_TITLE = re.compile(r"<papertitle>|\bclass=[\"']papertitle[\"']", re.IGNORECASE)
_TITLE_TAG = re.compile(
    r"<papertitle>(.*?)</papertitle>|<span\b[^>]*\bclass=[\"']papertitle[\"'][^>]*>(.*?)</span>", re.IGNORECASE | re.DOTALL
)
_ROW = re.compile(r"<tr\b([^>]*)>((?:(?!<tr\b).)*?)</tr>", re.IGNORECASE | re.DOTALL)  # a row with no row inside
_CELL = re.compile(r"<td\b[^>]*>(.*?)</td>", re.IGNORECASE | re.DOTALL)
_HIGHLIGHTED = re.compile(r"\bbgcolor\s*=|background(?:-color)?\s*:", re.IGNORECASE)
_UNSHOWN = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<video\b.*?</video>", re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"<(/?)(p|li|ul|ol|br|div|table|tr|td|center)\b[^>]*>", re.IGNORECASE)
_MAILTO = re.compile(r"^mailto:\s*(\S+@\S+)$", re.IGNORECASE)
_ANALYTICS = re.compile(r"""gtag\(\s*['"]config['"]\s*,\s*['"](G-[A-Z0-9]+)['"]""")
_DESCRIPTION = re.compile(r"""<meta\s+name=["']description["']\s+content=(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_ICON = re.compile(r"""<link\b[^>]*\brel=["'](?:shortcut )?icon["'][^>]*\bhref=["']([^"']+)["']""", re.IGNORECASE)
_REMARK = re.compile(  # what a venue line says of the paper after its year: "(Oral Presentation)", "Best Paper Award"
    r"^(.*?\b(?:19|20)\d\d)\s*[,:;-]?\s*(\((?P<said>[^()]+)\)|(?P<award>[^()]*\b(?:oral|spotlight|highlight|award|best)\b[^()]*))$",
    re.IGNORECASE,
)
_BARE_HOST = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|io|me|ai|dev|[a-z]{2})/", re.IGNORECASE
)  # "www.linkedin.com/in/x"
_NO_PAPER = re.compile(r"^https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/?$", re.IGNORECASE)  # a link not yet filled in
# the template's sentence on its highlighted rows, which the new site marks `selected` instead
_HIGHLIGHT_SENTENCE = re.compile(
    r"(?:(?<=[.!?])\s+|^\s*)[^.!?<]*(?:<(?!span)[^>]*>[^.!?<]*)*<span\b[^>]*\bclass=[\"']highlight[\"'][^>]*>.*?</span>[^.!?]*[.!?]?",
    re.IGNORECASE | re.DOTALL,
)
# the biography's opening as the template's owners write it: "I'm a research scientist at Google"
_INTRODUCTION = re.compile(
    r"^I(?:'m|’m| am) (?:currently |now )?an? (?P<role>[^,.;:()\[\]*]{2,60}?)\s+(?:at|with)\s+"
    r"(?P<where>(?:the )?(?:\[[^\]]+\]\([^)\s]+\)|[A-Z][^,.;:()\[\]]*?))(?=\s+(?:in|where|since|and|advised|supervised|working|under|on)\b|[,.;:(]|$)",
)
_BIBTEX_LABEL = re.compile(r"^\W*bib(?:tex)?\W*$", re.IGNORECASE)
_VERIFICATION = re.compile(r"^(?:google[\w-]*|yandex_\w+|BingSiteAuth)\.html?$", re.IGNORECASE)  # a search engine's file
_ROW_MARK = "\x00row "  # a line standing for a paper row's record (read where its section is read)


class JonBarron(MinimalLight):
    """The page's parts where the template keeps them, its rest read as AcadHomepage's page."""

    made_pages: ClassVar[dict[str, str]] = {}

    @staticmethod
    def recognises(source: Path) -> bool:
        """A plain `index.html` of papers marked as the template marks them, and its name."""
        page = source / _PAGE
        if not page.is_file():
            return False
        written = page.read_text(encoding="utf-8", errors="replace")
        return bool(_PAPER_TITLE.search(written)) and bool(_NAME.search(written) or "jonbarron" in written.lower())

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.page = source / _PAGE
        self.source_text = self.read(self.page)
        self.written = _UNSHOWN.sub(lambda found: "\n" * found.group(0).count("\n"), self.source_text)  # (its lines kept)
        self.rows: list[tuple[dict, bool]] = []  # the paper rows' records, and whether each is featured
        self.links: dict[str, str] = {}
        self.page_lines: list[Line] = []
        self.paper_rows: list[str] = []  # the rows read as papers, as written
        name = _NAME.search(self.written)
        title = re.search(r"<title>(.*?)</title>", self.written, re.IGNORECASE | re.DOTALL)
        named = (name.group(1) or name.group(2) or "") if name else ""
        if written := without_tags(named) or without_tags(
            title.group(1) if title else ""
        ):  # (the page's title for an empty name)
            self.name, self.owner = written, slugify(written) or "me"
        self.author = {}
        self._read_page(name)
        self.page_markdown = "\n".join(line.text for line in self.page_lines)  # what `biography` reads
        self._say_unread_papers()
        self._role_and_affiliation()
        if found := _DESCRIPTION.search(self.written):
            self.config["description"] = html.unescape(found.group(2)).strip()
        self.config.setdefault("title", self.name)

    def _say_unread_papers(self) -> None:
        """Papers the template's rows do not hold: written by a script from data of the fork's own,
        or outside a table's rows (a list of them), which stay in the biography as text."""
        scripts = "".join(re.findall(r"<script\b.*?</script>", self.source_text, re.IGNORECASE | re.DOTALL))
        if not self.rows and _PAPER_TITLE.search(scripts):
            self.note(
                self.page,
                "its papers are written by a script, which sitegen does not run: none came over; add them with "
                "`sitegen add` (DOIs, an ORCID record, a dblp page) or as a .bib file in content/publications/",
            )
        if len(_PAPER_TITLE.findall(self.written)) > sum(len(_PAPER_TITLE.findall(row)) for row in self.paper_rows):
            self.note(
                self.page,
                "papers written outside the template's table rows (in a list), or whose title is not the first line "
                "of their cell, are not read as papers: they stay in the biography; add them as BibTeX (`sitegen "
                "add`, or a .bib file in content/publications/)",
            )

    def _role_and_affiliation(self) -> None:
        """The role and affiliation the biography's first sentence gives as the template has
        people write it ("I am a research scientist at [Harbour Labs](...), where ..."), when the
        role is one sitegen knows (a title of its People groups); noted, to be checked."""
        first = next((line for line in self.page_lines if line.text), None)
        if first is None or first.text.startswith("#") or not (said := _INTRODUCTION.match(first.text)):
            return
        role, where = said.group("role").strip(), said.group("where").strip()
        if not role_group(role, KNOWN_TITLES) or not without_tags(where):
            return
        self.author |= {"bio": role[:1].upper() + role[1:], "employer": where}
        self.note(
            first.path,
            f"role '{self.author['bio']}' and affiliation '{where}' are read from the biography's first sentence: check them",
            first.number,
        )

    # -- what the template keeps ---------------------------------------------------------------
    def about_page(self) -> Path:
        return self.page

    def photo(self) -> str:
        """The first picture of the page's head (the name's table), copied to static/."""
        header = self.written[: self._header_end()]
        pictures = [found.group(1) for found in IMG_SRC.finditer(header)]
        return self.site_file(pictures[0]) if pictures else ""

    def profile_links(self) -> dict[str, str]:
        return self.links

    def site_address(self) -> str:
        """The address a Jekyll `_config.yml` gives (a fork made into a Jekyll site), else the one in
        `CNAME`, else a GitHub Pages repository's own (`ada.github.io`)."""
        if self.config.get("url") or self.config.get("canonical"):
            return super().site_address()
        cname = self.source / "CNAME"
        if cname.is_file() and (host := self.read(cname).strip().splitlines()[0:1]):
            return f"https://{host[0].strip()}/"
        folder = self.source.resolve().name.lower()
        return f"https://{folder}/" if folder.endswith(".github.io") else ""

    def site_icon(self) -> str:
        """The page's favicon, when it is a file of the site (not the template's `data:` emoji)."""
        found = _ICON.search(self.written)
        icon = self.site_file(found.group(1)).lstrip("/") if found and not found.group(1).startswith("data:") else ""
        return icon if icon and "://" not in icon and (self.target / "static" / icon).is_file() else ""

    def analytics(self) -> dict[str, Any]:
        found = _ANALYTICS.search(self.source_text)
        return {"google": found.group(1)} if found else {}

    def page_files(self) -> list[Path]:
        return []

    def pages(self) -> None:
        """The site's other HTML pages (a fork's `teaching.html`, a paper's project page), noted:
        pages of HTML sitegen does not take apart; a search engine's verification file is copied."""
        for path in sorted(self.source.rglob("*.htm*")):
            relative = path.relative_to(self.source)
            if path == self.page or any(part.startswith((".", "_")) for part in relative.parts):
                continue
            if _VERIFICATION.match(path.name):
                self.copy_file(path, f"static/{relative}")
            else:
                self.note(path, "not imported: a page of HTML of its own; put its text in a Markdown page (content/pages/)")

    def _chrome(self) -> dict[str, Any]:
        return self.chrome_settings(self.site_icon(), self.analytics(), {}, self.page)

    # -- the page as Markdown ------------------------------------------------------------------
    def biography(self, text: str, path: Path, first_line: int) -> str:
        """The page's Markdown (`_read_page`), read as AcadHomepage's page is."""
        return super(MinimalLight, self).biography(self.page_markdown, path, 1)

    def _lines(self, text: str, path: Path, first_line: int) -> list[Line]:
        """The page's Markdown lines as `_read_page` made them, each at its own line of index.html
        (AcadHomepage's numbers a text's lines one after another)."""
        if path == self.page and text == self.page_markdown:
            return list(self.page_lines)
        return super()._lines(text, path, first_line)

    def _read_page(self, name: re.Match[str] | None) -> None:
        """The page as lines of Markdown: the biography (the name's cell, but for the links), then
        each row after it: its headings, a paper as the line standing for it, other text as it reads."""
        start = name.end() if name else 0
        header_end = self._header_end()
        bio_end = self.written.find("</td>", start)
        bio_end = header_end if bio_end < 0 else min(bio_end, header_end)
        self._text(self.written[start:bio_end], start, links=True)
        at = header_end
        for row in _ROW.finditer(self.written, header_end):
            self._segment(at, row.start(), "##")  # what a fork wrote between the tables' rows
            if _PAPER_TITLE.search(row.group(2)) and (record := self._paper_row(row.group(2))) is not None:
                if not any(line.text.startswith("#") for line in self.page_lines):
                    self._add("## Publications", row.start())
                self.rows.append((record, bool(_HIGHLIGHTED.search(row.group(1)))))
                self.paper_rows.append(row.group(2))
                self._add(f"{_ROW_MARK}{len(self.rows) - 1}", row.start())
            else:  # a heading beside the row's text (Miscellanea's "Basically Blog Posts") is a topic of its section
                self._segment(row.start(2), row.end(2), "###" if len(_CELL.findall(row.group(2))) > 1 else "##")
            at = row.end()
        self._segment(at, len(self.written), "##")

    def _segment(self, start: int, end: int, level: str) -> None:
        """A stretch of the page that is no paper: its headings at `level`, its text as Markdown."""
        written = self.written[start:end]
        at = 0
        for heading in _HEADING.finditer(written):
            self._text(written[at : heading.start()], start + at)
            words = without_tags(heading.group(1) or heading.group(3) or "")
            if words and not _NAME.search(heading.group(0)):
                self._add("", start + heading.start())
                self._add(f"{level} {words}", start + heading.start())
            at = heading.end()
        self._text(written[at:], start + at)

    def _header_end(self) -> int:
        """Where the page's first table (the name, the biography, the photo) ends: its `</table>`,
        or the first section's heading or paper (a page of the template's rows without tables)."""
        name = _NAME.search(self.written)
        start = name.end() if name else 0
        ends = [self.written.find("</table>", start)]
        for pattern in (_HEADING, _PAPER_TITLE):
            if found := pattern.search(self.written, start):
                row = self.written.rfind("<tr", start, found.start())  # (the row it is in is read whole)
                ends.append(row if row >= 0 else found.start())
        return min((end for end in ends if end >= 0), default=len(self.written))

    def _text(self, written: str, offset: int, links: bool = False) -> None:
        """HTML as lines of Markdown, each at its line of the page: paragraphs apart, list items as
        items, and lines parted by `<br>` alone (a Miscellanea row's "Area Chair, CVPR 2025<br>
        Reviewer, ICCV 2023") too; `links`: a line of links alone (the biography's "Email / CV /
        Scholar") is the profile's links and e-mail instead."""
        blocks: list[list[tuple[str, int, bool]]] = [[]]  # each block's pieces: HTML, where, whether an item's start
        at, item = 0, False
        for part in _BLOCK.finditer(written):
            blocks[-1].append((written[at : part.start()], offset + at, item))
            closing, tag = part.group(1), part.group(2).lower()
            item = tag == "li" and not closing
            if tag != "br":
                blocks.append([])
            at = part.end()
        blocks[-1].append((written[at:], offset + at, item))
        for block in blocks:
            lines = [(line, where, item) for piece, where, item in block if (line := self._line(piece, links))]
            listed = not links and not any(item for _, _, item in lines) and (len(lines) > 1 or _dated(lines))
            for line, where, item in lines:
                self._add(f"- {line}" if item or listed else line, where)
            if lines:
                self._add("", lines[-1][1])

    def _line(self, written: str, links: bool) -> str:
        """A piece of text between block tags as a line of Markdown ("" for none, for the
        template's credit, or for the profile's links when `links`)."""
        if (links and self._links_line(written)) or "jonbarron" in written.lower():
            return ""  # (the template's credit: "Feel free to steal this website's source code")
        if _HIGHLIGHT_SENTENCE.search(written):  # "Representative papers are <span class="highlight">highlighted</span>."
            written = _HIGHLIGHT_SENTENCE.sub("", written)
            self.note(self.page, "the sentence saying which papers are highlighted is left out: they are selected = {true}")
        line = without_tags(html_as_markdown(re.sub(r"&nbsp;?", " ", written)))
        line = re.sub(r"\s+(?=[.,;:!?](?:\s|$))", "", line)  # a tag's room before a full stop ("<span>x</span>.")
        return "" if re.fullmatch(r"[\s/|·•,;]*", line) else line

    def _links_line(self, written: str) -> bool:
        """A line of links alone (the biography's "Email / CV / Scholar / GitHub"), read as the
        profile's e-mail and links by their addresses (a file of the site, the CV, by its words)."""
        found = HTML_LINK.findall(written)
        rest = HTML_LINK.sub(" ", written)
        if len(found) < 2 or re.sub(r"[\s/|·•,]|&nbsp;?|<[^>]+>", "", rest):
            return False
        for url, label in found:
            words = without_tags(label)
            url = f"https://{url}" if _BARE_HOST.match(url) and not (self.source / url).exists() else url.strip()
            if email := _MAILTO.match(url.strip()):
                self.author["email"] = email.group(1)
            elif "://" in url:
                kind = link_kind(url)
                add_link(
                    self.links, slugify(words) if kind == "homepage" and words and "home" not in words.lower() else kind, url
                )
            elif url.strip() and not url.startswith("#"):
                add_link(
                    self.links,
                    "cv" if re.search(r"\b(?:cv|resume|vita)\b", words, re.IGNORECASE) else slugify(words) or "file",
                    self.site_file(url),
                )
        return True

    def _add(self, text: str, at: int) -> None:
        """A line of the page's Markdown, at the line of index.html its text starts on (blank lines
        only one after another)."""
        if text or (self.page_lines and self.page_lines[-1].text):
            self.page_lines.append(Line(self.page, self.written.count("\n", 0, at) + 1, text))

    # -- papers --------------------------------------------------------------------------------
    def _paper_row(self, row: str) -> dict | None:
        """A paper row's record: its text cell read as AcadHomepage's paper boxes are (title, authors,
        venue, links, description), the picture of its other cell, a remark after the venue's year
        ("(Oral Presentation)") as the note, and a link to a .bib file of the site as its entry."""
        cells = _CELL.findall(row)
        text_cell = next((cell for cell in cells if _PAPER_TITLE.search(cell)), row)
        body = _TITLE_TAG.sub(_strong, text_cell)
        body = re.sub(r"</?(?:font|span|div)\b[^>]*>", "", body, flags=re.IGNORECASE)
        body = re.sub(r"\s+", " ", body.replace("&nbsp;", " ").replace("&nbsp", " "))
        body = re.sub(r"</?p\b[^>]*>", "<br>", body, flags=re.IGNORECASE)
        record = paper_text(body)
        if record is None:
            return None
        pictures = [found.group(1) for cell in cells if cell is not text_cell for found in IMG_SRC.finditer(cell)]
        if pictures:
            record["picture"] = pictures[0]
        if (remark := _REMARK.match(record.get("venue", ""))) and (said := remark.group("said") or remark.group("award")):
            record["venue"], record["note"] = remark.group(1).strip(), said.strip()
        if _NO_PAPER.match(record.get("url", "")):
            del record["url"]
        for link in list(record.get("links", [])):
            if _NO_PAPER.match(link["url"]):
                record["links"].remove(link)
            elif _BIBTEX_LABEL.match(link["label"]) and (own := self._record_bibtex(link["url"])):
                record["own bibtex"] = own
                record["links"].remove(link)
        return record

    def own_paper(self, section: Section, at: int, topic: str, legend: str) -> int | None:
        """A paper row's line as its entry, where the section it is in is read."""
        line = section.lines[at]
        if not line.text.startswith(_ROW_MARK):
            return None
        record, featured = self.rows[int(line.text.removeprefix(_ROW_MARK))]
        self._paper(self._kept_files(record), line, topic, legend, featured=featured)
        self.rows_read = True
        return at + 1

    def _read(self, section: Section) -> None:
        """A section of paper rows is read as publications, whatever its heading ("Research"); but
        a projects section's rows, written as papers are, are its projects (content/projects/)."""
        if any(line.text.startswith(_ROW_MARK) for line in section.lines):
            if section.kind == "projects":
                self._projects_of_rows(section)
            else:
                section.kind = "publications"
        super()._read(section)

    def _projects_of_rows(self, section: Section) -> None:
        """Each row of a projects section a project: its title and link, picture, links and text."""
        kept = []
        for line in section.lines:
            if not line.text.startswith(_ROW_MARK):
                kept.append(line)
            elif (record := self._kept_files(self.rows[int(line.text.removeprefix(_ROW_MARK))][0])) is not None:
                self._project(record, len(self.projects) + 1)
        section.lines = kept


def _dated(lines: list[tuple[str, int, bool]]) -> bool:
    """A paragraph of one line that starts with its date ("<p><strong>[2023/06]</strong> Accepted ..."),
    as news and CV lines are: an item of the section's list."""
    return len(lines) == 1 and dated_at_start(lines[0][0])


def _strong(title: re.Match[str]) -> str:
    """A paper's title (`<papertitle>`, `<span class="papertitle">`) in bold, as the readers of
    papers take a title that is not a link."""
    return f"<strong>{title.group(1) or title.group(2) or ''}</strong>"
