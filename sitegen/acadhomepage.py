"""An AcadHomepage site (RayeRen/acad-homepage.github.io: Jekyll, one page; hundreds of researchers'
sites are forks of it) made into a sitegen site (`sitegen import`, migrate.py).

The template keeps everything on one page, `_pages/about.md` (forks split it into files they
include: `{% include_relative includes/pub.md %}`, `{% include homepage/news.md %}`), its sections
headed by an emoji and a name: "# 🔥 News", "# 📝 Publications", "# 🎖 Honors and Awards",
"# 📖 Educations", "# 💬 Invited Talks", "# 💻 Internships". Its owner is `author:` in
`_config.yml`, as academicpages' (which the template was made from), so the profile is made as
academicpages' is. Its publications are written by hand: a paper it features is a `paper-box` (a
badge, "CVPR 2016"; a picture; the title's link; the authors, the owner in bold; its links,
"[**Project**](...)"; a line of description), the others list items ("- ``CVPR 2016`` [Title](url),
A, **B**, C" or "- [Title](url), A, B, C, **CVPR 2020**"), under headings of topics or years.

Each publication becomes an entry of content/publications/publications.bib (a featured one
selected, its picture its preview, the topic it was listed under its keyword), each news line a
news item, each honour an award, each education line a degree, each internship or job a position,
each course the profile's teaching, each service line its service, each talk a talk, each project
box a project, each research interest listed an interest of the profile. The text before the
first section is the profile's biography, and the sections sitegen has no place for (skills,
contact) follow it as they were; a line of a read section that does not read as its kind stays
there too, with a note.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sitegen.academicpages import AcademicPages
from sitegen.bibtex import MONTHS
from sitegen.citationtext import (
    MARKDOWN_LINK,
    split_citation,
    without_tags,
)
from sitegen.migrate import (
    AUTHOR_VALUE,
    add_link,
    day,
    front_matter,
    html_as_markdown,
    link_field,
    markdown_files,
)
from sitegen.paperlist import (
    GENERIC_TOPIC,
    LINK_SEPARATORS,
    LIST_ITEM,
    MARKDOWN_HEADING,
    PAPER_BOX,
    Line,
    Section,
    heading_text,
    item_paragraphs,
    joined_item,
    kept_pieces,
    labelled_links,
    markdown_as_plain,
    paper_box,
    paper_box_end,
    title_at_start,
)
from sitegen.slugs import slugify
from sitegen.urls import split_url

# a section's kind by the words of its heading (its emoji aside); the first that matches
_KINDS = (
    ("news", re.compile(r"\b(?:news|updates?|what'?s new)\b", re.IGNORECASE)),
    ("publications", re.compile(r"\b(?:publications?|papers?|preprints?)\b", re.IGNORECASE)),
    ("projects", re.compile(r"\b(?:projects?|open[- ]source|software)\b", re.IGNORECASE)),
    ("interests", re.compile(r"\b(?:interests?|research (?:areas?|topics?|focus))\b", re.IGNORECASE)),
    ("awards", re.compile(r"\b(?:honou?rs?|awards?|prizes?|scholarships?|achievements?)\b", re.IGNORECASE)),
    ("education", re.compile(r"\beducations?\b", re.IGNORECASE)),
    ("teaching", re.compile(r"\bteaching\b", re.IGNORECASE)),
    ("talks", re.compile(r"\b(?:talks?|presentations?|invited)\b", re.IGNORECASE)),
    (
        "service",
        re.compile(
            r"\b(?:services?|reviewers?|reviewing|program committees?|(?:academic|professional) activities)\b", re.IGNORECASE
        ),
    ),
    ("experience", re.compile(r"\b(?:internships?|experiences?|employment|positions?|work)\b", re.IGNORECASE)),
)
# a first section's heading that says it is the biography, which sitegen's profile heads itself
_ABOUT = re.compile(r"^(?:about(?: me)?|(?:short )?bio(?:graphy)?|introduction|who am i|welcome)$", re.IGNORECASE)
_IAL = re.compile(r"^\s*\{:[^}]*\}\s*$")  # kramdown's attributes of the block above: `{: #news tabindex="-1" }`
_INCLUDE = re.compile(r"^\s*\{%-?\s*include(_relative)?\s+([\w./-]+\.md)\s*-?%\}\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ANCHOR_SPAN = re.compile(r"""<span\s[^>]*\bclass=['"](?:anchor|legacy-anchor)['"][^>]*>\s*</span>""", re.IGNORECASE)
# the template's computing of its citations badge's address (`gsDataBaseUrl`, `url`): Liquid of its own
_TEMPLATE_LIQUID = re.compile(
    r"^\s*\{%-?\s*(?:if site\.google_scholar_stats_use_cdn|else|endif|assign (?:gsDataBaseUrl|url) =[^%]*)\s*-?%\}\s*$"
)
_BADGE_ADDRESS = re.compile(r"\{\{\s*url\s*\|\s*url_encode\s*\}\}")
_HTML_ITEM = re.compile(r"^\s*<li\b[^>]*>(.*)$", re.IGNORECASE | re.DOTALL)
# a line of tags alone that only holds what is in it (a list's box): `<div style="...">`, `<ul>`, `</div>`
BODY_OPEN = re.compile(r"<body\b", re.IGNORECASE)  # where a whole HTML document's text starts
WRAPPER = re.compile(r"^\s*(?:</?(?:div|ul|ol|span|p|br|center|section|font|body|html)\b[^>]*>\s*)+$", re.IGNORECASE)
# "*2022.02*: ", "**2022.02.15**", "[2022.02] ", "2022-02 - ", "*Feb 2022*:" at a line's start
_DATE = r"(?:\d{4}[./-]\d{1,2}(?:[./-]\d{1,2}(?!\d))?|\d{1,2}[./-]\d{4}|(?:[A-Z][a-z]{2,8}\.?\s*)?\d{4})"
_DATED = re.compile(
    rf"^\s*[*_\[(]*\s*(?P<start>{_DATE}(?:\s*,\s*{_DATE})*)(?:\s*(?:-|–|—|~|to)\s*(?P<end>{_DATE}|\(?(?:now|present|today|current)\)?))?"
    rf"\s*(?:\((?:now|present|current|(?P<expected>expected))\))?\s*[*_\])]*\s*[:,：-]?\s*(?:&(?:nbsp|emsp|ensp);\s*)*(?P<rest>.*)$",
    re.IGNORECASE,
)
# a line that starts with its date marked: "**[Dec. 2025]** ...", "**2024.03**: ...", "[2024] ..."
_MARKED_DATE_FIRST = re.compile(rf"^\s*(?:\*\*\s*\[?|__\s*\[?|\[)\s*{_DATE}\s*\]?\s*(?:\*\*|__)?\]?\s*[:,-]?\s+\S")
# a date at a line's end, after what it dates ("Research Intern, Ant Group, 2022.6 ~ 2022.8", "Ross
# Fellowship, Purdue University, 2019", "[Workshop](...), ICLR, May 2023", "CS381, 2020 Fall"): a month
# by its name, not any capitalised word ("Research Intern 2022" is no date "Intern 2022")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_SEASON = r"(?i:spring|summer|fall|autumn|winter)"
_END_DATE = rf"(?:\d{{4}}[./-]\d{{1,2}}(?:[./-]\d{{1,2}})?|\d{{1,2}}[./-]\d{{4}}|(?:(?:{_MONTH_NAME}|{_SEASON})\s*)?\d{{4}})"
_TRAILING_DATE = re.compile(
    rf"^(?P<rest>.*?[^\s,;:(\[–—-])[\s,;:(\[–—-]+(?P<start>{_END_DATE})\.?"
    rf"(?:\s*(?P<until>-|–|—|~|to)\s*(?P<end>{_END_DATE}|(?i:now|present|today|current))?)?(?:\s+(?P<season>{_SEASON}))?"
    rf"(?:\s*\((?P<expected>(?i:expected))\))?\s*[)\]]?\s*\.?\s*$"
)
_TALK_GROUP = re.compile(r"\b(?:talks?|presentations?|invited|keynotes?|seminars?|lectures?|posters?)\b", re.IGNORECASE)
_INSTITUTION = re.compile(
    r"\b(?:universit\w*|institut\w*|college|school|academy|polytechnic|ETH|EPFL|MIT|KAIST|lab\w*|centre|center|"
    r"hochschule|école|ecole|universidad|università)\b",
    re.IGNORECASE,
)
_DEGREE_WORDS = re.compile(
    r"\b(?:ph\.?\s?d|doctor\w*|master\w*|bachelor\w*|m\.?\s?s\.?c?|m\.?\s?eng|b\.?\s?s\.?c?|b\.?\s?e(?:ng)?|b\.?\s?a|m\.?\s?a|"
    r"mba|diploma|undergrad\w*|graduate|student|candidate|major)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"\b(?:intern\w*|engineer|researcher|scientist|assistant|associate|fellow|developer|student|visit\w*|postdoc\w*|"
    r"lecturer|professor|manager|analyst|consultant|director|lead|member|head|founder)\b",
    re.IGNORECASE,
)
_WHOLE_LINK = re.compile(r"\[([^\[\]]+)\]\((\S+?)\)[.;]?")  # a line that is one link, "[words](address)"
_TEACHING_ROLE = re.compile(r"\b(?:teaching assistant|TA|instructor|lecturer|tutor|grader|co-?instructor)\b", re.IGNORECASE)
_ADVISED = re.compile(
    r"[\s,.;(]*\b((?:advis(?:ed by|ors?)|mentor(?:ed by|s)?|supervis(?:ed by|ors?)|hosted by|host|co-?advis(?:ed by|ors?)|"
    r"under the supervision of|(?:working|worked|collaborating) with)\b.*)$",
    re.IGNORECASE,
)
_TLDR = re.compile(r"^\W*(?:<[^>]+>\s*)*tl;?\s*dr\s*:?\s*(?:<[^>]+>\s*)*:?\s*(.+)$", re.IGNORECASE)
_EXAMPLE_LINE = re.compile(r"\bLorem ipsum\b|\[Lorem\]\(https://github\.com/?\)", re.IGNORECASE)
_EMPHASISED = re.compile(r"\*([^*]+)\*|_([^_]+)_|[\"“]([^\"”]+)[\"”]")  # a course's or talk's title: *x*, _x_, "x"
_EXAMPLE_TITLES = ("deep residual learning for image recognition", "lorem ipsum")  # the template's own


class AcadHomepage(AcademicPages):
    example_titles = _EXAMPLE_TITLES
    include_pattern = _INCLUDE  # the page's includes read in place (Markdown files: an HTML one is the theme's)
    example_line = _EXAMPLE_LINE  # the template's example lines, which a fork may have left

    @staticmethod
    def recognises(source: Path) -> bool:
        """The template's own parts: its Google Scholar crawler, or a paper box on its page."""
        if not (source / "_config.yml").is_file() or (source / "_publications").is_dir():
            return False
        if (source / "google_scholar_crawler").is_dir() or (source / "_includes/fetch_google_scholar_stats.html").is_file():
            return True
        pages = [source / "_pages/about.md", *markdown_files(source / "_pages/includes"), *markdown_files(source / "_includes")]
        return any(path.is_file() and "paper-box" in path.read_text(encoding="utf-8", errors="replace") for path in pages)

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.projects: list[str] = []
        workflows = (
            source / ".github/workflows" / name for name in ("google_scholar_crawler.yaml", "google_scholar_crawler.yml")
        )
        found = next((path for path in workflows if path.is_file()), None)
        self.crawler = found if (source / "google_scholar_crawler").is_dir() else None  # the badge's count's keeper
        self.records: dict[str, list[Any]] = {"education": [], "experience": [], "awards": [], "teaching": [], "service": []}
        self.titles_used: set[int] = set()  # the subheadings read as talks' titles
        self.interests: list[str] = []

    def run(self) -> None:
        super().run()
        if self.crawler is not None:
            self.copy(self.source / "google_scholar_crawler", "google_scholar_crawler")
            self.copy_file(self.crawler, f".github/workflows/{self.crawler.name}")
            self.note(
                self.crawler,
                "copied, with google_scholar_crawler/: it keeps the count the citations badge shows (the "
                "google-scholar-stats branch) current, with the repository's GOOGLE_SCHOLAR_ID secret as before",
            )

    def profile_records(self) -> dict[str, Any]:
        """The profile's degrees, positions, awards, teaching and service, read from the page's
        sections; and the owner's names as the papers write them ("Wu, Jie JW"), where that is not
        the profile's name, as its aliases: sitegen finds its person's papers by them."""
        records: dict[str, Any] = {"interests": self.interests} if self.interests else {}
        records |= {key: items for key, items in self.records.items() if items}
        return records | super().profile_records()

    def biography(self, text: str, path: Path, first_line: int) -> str:
        """The page's text before its first section, and the sections sitegen has no place for; the
        others are read into publications, news, talks, projects and the profile's records (a
        section of which only the empty tags that held its list are left is none)."""
        sections = _sections(self._lines(text, path, first_line))
        for section in sections:
            if section.heading is not None:
                self._read(section)
            if all(WRAPPER.match(line.text) or not line.text.strip() for line in section.kept):
                section.kept = []  # a box whose list was read (`<ul>` around a loop of news): nothing to show
        lead = next((section for section in sections if any(line.text.strip() for line in section.kept)), None)
        if lead is not None and lead.heading is not None and not lead.kind and _ABOUT.match(_heading_words(lead.heading)):
            lead.heading = None  # "## About Me" over the biography: the profile heads it itself
        made = [
            super(AcadHomepage, self).biography(text, piece_path, number)  # each noted at its own file and line
            for section in sections
            if section.kept
            for piece_path, number, text in kept_pieces(section)
        ]
        return "\n\n".join(piece.strip("\n") for piece in made if piece.strip()) + "\n"

    def markdown(self, text: str, path: Path, first_line: int, meta: dict | None = None) -> str:
        """A page's Markdown, its includes and the template's Liquid read as the about page's are
        (a fork's Chinese page, `about_zh.md`, is made of the same parts)."""
        if "{%" in text or "{{" in text:  # (a piece of the about page has been read already)
            text = "\n".join(line.text for line in self._lines(text, path, first_line))
        return super().markdown(self._filled(text, path, first_line), path, first_line, meta)

    def _filled(self, text: str, path: Path, number: int) -> str:
        """A piece of the page with the values the template's Liquid gave it: the citations badge's
        address, the author's (`[Google Scholar]({{ site.author.googlescholar }})`)."""
        if self.crawler is None and ("gs_data_shieldsio.json" in text or _BADGE_ADDRESS.search(text)):
            self.note(
                path,
                "its citations badge shows the count a workflow of the old site kept in the google-scholar-stats "
                "branch; without it (not found in .github/workflows/) the count stays as it is",
                number,
            )
        text = _BADGE_ADDRESS.sub(self._badge_address(), text)
        return AUTHOR_VALUE.sub(lambda found: self._author(found.group(1)), text)

    # -- the page ---------------------------------------------------------------------------
    def _lines(self, text: str, path: Path, first_line: int) -> list[Line]:
        """The page's lines, an included file's in its place (`include_relative` from the page's
        folder, `include` from `_includes/`), comments (the template's hidden example) and the
        template's Liquid aside."""
        text = _COMMENT.sub(lambda found: "\n" * found.group(0).count("\n"), text)
        lines = []
        for number, written in enumerate(text.splitlines(), first_line):
            if found := self.include_pattern.match(written):
                included = (path.parent if found.group(1) else self.source / "_includes") / found.group(2)
                if included.is_file():
                    self.consume(included)
                    lines.extend(self._lines(self.read(included), included, 1))
                    continue
            if not _TEMPLATE_LIQUID.match(written) and not _IAL.match(written):
                lines.append(Line(path, number, _ANCHOR_SPAN.sub("", written)))
        return lines

    def _badge_address(self) -> str:
        """The address of the citations badge's numbers (the branch the template's crawler fills),
        as the template's Liquid made it."""
        repository = str(self.config.get("repository") or "").strip()
        if self.config.get("google_scholar_stats_use_cdn"):
            base = f"https://cdn.jsdelivr.net/gh/{repository}@"
        else:
            base = f"https://raw.githubusercontent.com/{repository}/"
        return quote(base + "google-scholar-stats/gs_data_shieldsio.json", safe="")

    def _read(self, section: Section) -> None:
        if section.kind == "publications":
            self._publications_of(section)
        elif section.kind == "news":
            self._dated_items(section, self._news_item)
        elif section.kind == "talks":
            self._dated_items(section, self._talk)
        elif section.kind == "service":
            self._service(section)
        elif section.kind == "projects":
            self._projects(section)
        elif section.kind == "interests":
            self._interests(section)
        elif section.kind:
            self._dated_items(section, self._record)
        else:
            section.kept = section.lines

    # -- news, degrees, positions, awards -------------------------------------------------------
    def _dated_items(self, section: Section, take: Any) -> None:
        """Each item of a section's list, read by `take`; an item it cannot read, and the
        section's other text, stay in the biography (the item noted); the template's example
        lines ("Lorem ipsum ...") are left out (noted), and so are the subheadings that were
        titles of what was read (a talk's)."""
        for item in _items(section.lines, section.kept):
            if self.example_line.search(item.text):
                self.note(item.path, "the template's example line is left out", item.number)
            elif not take(section, item):
                self.note(item.path, f"not read as one of its {section.kind}: it stays in the biography", item.number)
                section.kept.append(item)
        section.kept = [line for line in section.kept if id(line) not in self.titles_used]

    def _subheading(self, section: Section, item: Line) -> Line | None:
        """The subheading an item is under, if any."""
        under = None
        for line in section.lines:
            if (line.path, line.number) == (item.path, item.number):
                return under
            if MARKDOWN_HEADING.match(line.text):
                under = line
        return None

    def _news_item(self, section: Section, item: Line) -> bool:
        found = _DATED.match(_one_line(item))
        dated = _day(found.group("start")) if found else None
        if dated is None or not found.group("rest").strip():
            return False
        words = found.group("rest").strip()
        name = slugify(without_tags(MARKDOWN_LINK.sub(r"\1", words)))[:40].strip("-") or "news"
        self.write(f"content/news/{dated.isoformat()}-{name}.md", front_matter({"date": dated.isoformat()}) + words + "\n")
        return True

    def _record(self, section: Section, item: Line) -> bool:
        """A dated line of awards, education, teaching or experience as the profile's record; who
        advised, and a paragraph or list under it, its description."""
        first, *more = item_paragraphs(item, sublists=True)
        linked: dict[str, str] = {}
        if whole := _WHOLE_LINK.fullmatch(first):  # "[Graduate Student Instructor, CS188 Spring 2011](...)": its page
            first, linked = whole.group(1), {"url": whole.group(2)}
        found = _dated_line(first)
        if found is None:
            return False
        start, end, rest = found["start"], found["end"], found["rest"]
        ongoing = end.strip("()").lower() in ("now", "present", "today", "current")
        when = f"{start} – {'present' if ongoing else end}" if end else start
        when += " (expected)" if found["expected"] else ""
        words, advised = _advised(markdown_as_plain(rest))
        description = (
            {"description": said}
            if (said := " ".join([advised, *(markdown_as_plain(part, " ") for part in more)]).strip())
            else {}
        )
        if section.kind == "awards":
            self.records["awards"].append({**_award(rest), "year": start, **description, **linked})
        elif section.kind == "teaching":
            self.records["teaching"].append({**_course(rest), "term": when, **linked})
        elif section.kind == "education":
            degree, institution = _degree_and_institution(words)
            if not institution and more and _INSTITUTION.search(under := markdown_as_plain(more[0], " ")):
                institution = under  # "* Ph.D. in Computer Science, 2022 - 2025" and the university on the line under it
                said = " ".join([advised, *(markdown_as_plain(part, " ") for part in more[1:])]).strip()
                description = {"description": said} if said else {}
            self.records["education"].append(
                {"degree": degree, "institution": institution, "year": when, **description, **linked}
            )
        else:
            internships = section.heading is not None and re.search(r"\bintern", section.heading.text, re.IGNORECASE)
            position = _position(words, "Intern" if internships else "")
            self.records["experience"].append({**position, "years": when, **description, **linked})
        return True

    def other_item(self, heading: str, section: Section, item: Line) -> bool:
        """A talk listed under a publications page's "## Talks" (or the biography's publications
        section's) as a talk of its day, "invited" when its heading says so."""
        return bool(_TALK_GROUP.search(heading)) and self._talk(section, item, heading)

    def _talk(self, section: Section, item: Line, heading: str = "") -> bool:
        """ "*2021.06*, *Title*, Example University. \\| [\\[video\\]](...)" as a talk of its day,
        its links (slides, video) kept; an invited talk when its heading says so. Under a
        subheading that is the talk's title (given at the events listed under it: "- [Workshop on
        X](...), ICLR, May 2023"), the line is the event, its link the event's."""
        links, line = labelled_links(_one_line(item))  # (first: a link after its date, "May 2021. [Poster](...)")
        if cited := _cited_talk(line):  # "Arashi H. (2026, March). "Title." Event": a citation of it
            dated, title, event = cited
            return self._write_talk(section, title, event, dated, links, heading)
        found = _dated_line(re.sub(r"[\s|\\]+$", "", line))
        dated = _day(found["start"]) if found else None
        if dated is None:
            return False
        rest = re.sub(r"[\s|\\]+$", "", found["rest"])
        titled = self._subheading(section, item)
        if titled is not None and (GENERIC_TOPIC.match(words := _heading_words(titled)) or _TALK_GROUP.search(words)):
            titled = None  # "### 2023", "### Invited Talks": a group of talks, not a talk's title
        if titled is not None and not _EMPHASISED.search(rest):
            title, event = markdown_as_plain(MARKDOWN_HEADING.match(titled.text).group(2)), markdown_as_plain(rest)
            if event_link := MARKDOWN_LINK.search(rest):
                links.append({"label": "Event", "url": event_link.group(2)})
            self.titles_used.add(id(titled))
        else:
            title, event = _title_and_event(rest)
        if not title:
            return False
        return self._write_talk(section, title, event, dated, links, heading)

    def _write_talk(self, section: Section, title: str, event: str, dated: dt.date, links: list[dict], heading: str) -> bool:
        """A talk's file: its title, day, event, type (invited, when its heading says so) and links."""
        talk: dict[str, Any] = {"title": title, "date": dated.isoformat()}
        if event:
            talk["event"] = event
        if re.search(r"\binvited\b", heading or (section.heading.text if section.heading else ""), re.IGNORECASE):
            talk["type"] = "Invited talk"  # (its section's heading, or the one over it: "Invited Talks")
        if links:
            talk["links"] = {}
            for link in links:
                add_link(
                    talk["links"], "url" if link["label"] == "Event" else link_field(link["label"], link["url"]), link["url"]
                )
        name = slugify(title)[:40].strip("-") or "talk"
        if (self.target / f"content/talks/{dated.isoformat()}-{name}.md").exists():  # one talk given at two events
            name = f"{name}-{slugify(event)[:30]}".strip("-")
        self.write(f"content/talks/{dated.isoformat()}-{name}.md", front_matter(talk))
        return True

    def _interests(self, section: Section) -> None:
        """A research interests section's list as the profile's interests ("- **Computer Vision:**
        image recognition, ..." one; "- Localization and Mapping, Robotics." one each); its other
        text, and an item that is a paragraph of its own, stay in the biography."""
        for item in _items(section.lines, section.kept):
            if found := _interests_of(item):
                self.interests += found
            else:
                section.kept.append(item)

    def _service(self, section: Section) -> None:
        """Each item of a service section a line of the profile's service, led by the heading it
        is under ("Journal Reviewer: IEEE TIP") or by its first paragraph ("- Conference Reviewer",
        the venues under it)."""
        under, at, lines = "", 0, section.lines
        while at < len(lines):
            if heading := MARKDOWN_HEADING.match(lines[at].text):
                under = markdown_as_plain(heading.group(2))
            elif LIST_ITEM.match(lines[at].text):
                item, at = joined_item(lines, at)
                if words := ": ".join(
                    markdown_as_plain(part) for part in item_paragraphs(item)
                ):  # "- Reviewer" and a paragraph under it
                    self.records["service"].append(f"{under}: {words}" if under else words)
                continue
            elif lines[at].text.strip():
                section.kept.append(lines[at])
            at += 1

    def _projects(self, section: Section) -> None:
        """Each paper box of a projects section a project (content/projects/): its title, picture,
        links and text, its TL;DR its summary, its badge ("open source") a keyword; and each item of
        its list that is a name and its links ("- Occupancy Grid Mapping [[Code](...)]", the lines
        under it its text); the section's other lines stay in the biography."""
        lines, at = section.lines, 0
        while at < len(lines):
            if LIST_ITEM.match(lines[at].text):
                item, end = joined_item(lines, at)
                if (record := _project_item(item)) is not None:
                    self._project(record, len(self.projects) + 1)
                else:
                    section.kept.append(item)
                at = end
                continue
            if PAPER_BOX.search(lines[at].text):
                end = paper_box_end(lines, at)
                if (record := paper_box(lines[at:end])) is None:
                    section.kept.extend(lines[at:end])
                    self.note(lines[at].path, "not read as a project: it stays in the biography", lines[at].number)
                else:
                    self._project(record, len(self.projects) + 1)
                at = end
                continue
            if lines[at].text.strip():
                section.kept.append(lines[at])
            at += 1

    def _project(self, record: dict, order: int) -> None:
        """A project box's record as content/projects/<title>.md, in the page's order."""
        project: dict[str, Any] = {"title": record["title"]}
        text = [*record.get("text", []), *([record["venue"]] if record.get("venue") else [])]
        if text and (summary := _TLDR.match(text[0])):
            project["summary"] = markdown_as_plain(summary.group(1), " ")
            text = text[1:]
        if (picture := record.get("picture", "")) and "{{" not in picture:
            project["image"] = self._picture_path(picture)
        if badge := record.get("abbr") or record.get("note"):
            project["keywords"] = [badge]
        project["order"] = order
        links: dict[str, str] = {}
        named = [{"label": "Website", "url": record["url"]}] if record.get("url") else []  # the title's link
        for link in named + record.get("links", []):
            add_link(links, _project_link(link["label"], link["url"]), link["url"])
        if links:
            project["links"] = links
        self.projects.append(project["title"])
        body = "\n".join(line if LIST_ITEM.match(line) else f"\n{line}\n" for line in text).strip()  # a list stays one
        self.write(
            f"content/projects/{slugify(project['title'])[:60].strip('-') or order}.md", front_matter(project) + body + "\n"
        )

    # -- publications -----------------------------------------------------------------------


def _interests_of(item: Line) -> list[str]:
    """An interest's item as the profile's interests: "Computer Vision: image recognition, video
    captioning" as it is, "Localization and Mapping, Probabilistic Deep Learning, Robotics." one
    each; [] for an item of more than one paragraph, or of a sentence's length (a paragraph)."""
    paragraphs = item_paragraphs(item)
    plain = markdown_as_plain(paragraphs[0]) if len(paragraphs) == 1 else ""
    if not plain or len(plain.split()) > 25:
        return []
    parts = [part.strip() for part in plain.split(",")]
    if ":" not in plain and len(parts) > 1 and all(0 < len(part.split()) <= 5 for part in parts):
        return parts
    return [re.sub(r"\s+:", ":", plain)]


def _project_item(item: Line) -> dict | None:
    """A list's item that names a project and gives its links ("Multiple Lidar Calibration
    [[Code](...)]", "[Tonekit](...): a toolkit"): its title, links and the rest its text; None for
    an item without a link."""
    first, *more = item_paragraphs(item)
    first = LIST_ITEM.sub(r"\1", first) if LIST_ITEM.match(first) else first
    title, url, after = title_at_start(first)
    links, rest = labelled_links(after if title else first)
    if not title:
        title = markdown_as_plain(re.sub(r"[\[\]]", " ", LINK_SEPARATORS.sub(" ", rest)))
        rest = ""
    if not title or not (links or url):
        return None
    record: dict[str, Any] = {"title": title, "links": links}
    if url:
        record["url"] = url
    text = [said for part in [rest, *more] if (said := markdown_as_plain(part, " :-–—,").strip())]
    if text:
        record["text"] = text
    return record


def _project_link(label: str, url: str) -> str:
    """A project's link kind by its words ("Project page": website, "Demo", "Docs" shown by its
    name) or its address (GitHub's is the code)."""
    words = label.strip().lower()
    if words in ("project", "project page", "website", "homepage", "page", "home"):
        return "code" if split_url(url).netloc.lower().removeprefix("www.") == "github.com" else "website"
    if "demo" in words.split():  # "Live Demo"
        return "demo"
    kind = link_field(label, url)
    return kind if kind not in ("url", "pdf") else (slugify(label).replace("-", "_") or kind)


def _sections(lines: list[Line]) -> list[Section]:
    """The page's lines as its sections (the text before the first too, headed by None); a
    section's kind by its heading's words."""
    sections = [Section(None)]
    headings: list[tuple[Line, re.Match[str]]] = []
    fenced = False
    for line in lines:
        fenced ^= line.text.lstrip().startswith(("```", "~~~"))
        if not fenced and (found := MARKDOWN_HEADING.match(line.text)):
            headings.append((line, found))
    levels = [len(found.group(1)) for _, found in headings]
    level = min(levels, default=1)
    first = _first_said(lines)
    if headings and headings[0][0] is first and levels.count(levels[0]) == 1 and levels[0] == level and len(set(levels)) > 1:
        level = min(other for other in levels if other > level)  # the page's title first ("# Ada Lovelace"): no section
    starts = {id(line): found for line, found in headings if len(found.group(1)) == level}
    for line in lines:
        if found := starts.get(id(line)):
            words = heading_text(found.group(2))
            kind = next((kind for kind, named in _KINDS if named.search(words)), "")
            sections.append(Section(line, kind))
        else:
            sections[-1].lines.append(line)
    sections[0].kept = sections[0].lines
    return sections


def _first_said(lines: list[Line]) -> Line | None:
    """A page's first line that says something: not blank, not a tag that holds the rest (`<div
    class="container">`), not in a whole HTML document's head."""
    body = next((at for at, line in enumerate(lines) if BODY_OPEN.search(line.text)), -1)
    return next((line for line in lines[body + 1 :] if line.text.strip() and not WRAPPER.match(line.text)), None)


def _heading_words(heading: Line) -> str:
    found = MARKDOWN_HEADING.match(heading.text)
    return heading_text(found.group(2)) if found else ""


def _items(lines: list[Line], kept: list[Line]) -> list[Line]:
    """A section's list items, each with the lines that go on it, an HTML list's too (a fork's
    news in a scrolling box: `<div style="height: 200px; overflow-y: auto"><ul><li>...`), and a
    line of its own that starts with a date in bold or brackets ("**[Dec. 2025]** Text", as a
    hand-written page's `<div>`s made Markdown say its news); the
    other lines go to `kept`, but the tags alone that held an HTML list (an empty box is nothing;
    a styled card of a fork's own, `<div class="award-item">`, is kept whole)."""
    items: list[Line] = []
    wrappers: list[Line] = []
    html_list = False
    at = 0
    while at < len(lines):
        if LIST_ITEM.match(lines[at].text):
            item, at = joined_item(lines, at)
            if item_paragraphs(item):  # (an empty bullet is none)
                items.append(item)
            continue
        if _HTML_ITEM.match(lines[at].text):
            item, end = _html_item(lines, at)
            if _DATED.match(_one_line(item)):  # a dated line; an item of a card of its own stays in it
                html_list = True
                items.append(item)
                at = end
                continue
        if _MARKED_DATE_FIRST.match(lines[at].text) and _DATED.match(lines[at].text):
            items.append(Line(lines[at].path, lines[at].number, f"- {lines[at].text.strip()}"))  # ("**[Dec. 2025]** Text")
        elif lines[at].text.strip():
            (wrappers if WRAPPER.match(lines[at].text) else kept).append(lines[at])
        at += 1
    if not html_list:
        kept.extend(wrappers)  # (the biography's pieces are in the page's order)
    return items


def _html_item(lines: list[Line], at: int) -> tuple[Line, int]:
    """An HTML list's item (`<li><em>2026.04</em>: A paper ...</li>`, over lines until its `</li>`)
    as a Markdown one, and where the next line is."""
    parts, end = [], at
    while end < len(lines):
        parts.append(lines[end].text.strip())
        end += 1
        if "</li>" in parts[-1].lower() or (
            end < len(lines) and (_HTML_ITEM.match(lines[end].text) or WRAPPER.match(lines[end].text))
        ):
            break
    inner = re.sub(r"</li>.*$", "", _HTML_ITEM.match(" ".join(parts)).group(1), flags=re.IGNORECASE | re.DOTALL)
    return Line(lines[at].path, lines[at].number, "- " + html_as_markdown(inner).strip()), end


def _one_line(item: Line) -> str:
    """A list item's text on one line, without its bullet."""
    return " ".join(item_paragraphs(item))


def _dated_line(written: str) -> dict[str, str] | None:
    """A line's date (its first and last, whether that is expected) and the words it dates, the date
    at its start ("*2021.06*: ...") or at its end ("..., 2022.6 ~ 2022.8", "..., 2020 Fall": as
    "Fall 2020"); None for a line without one, or with nothing else."""
    found = _DATED.match(written)
    if found is None or not found.group("rest").strip(" .,"):
        found = _TRAILING_DATE.match(written.strip())
    if found is None or not found.group("rest").strip(" .,"):
        return None
    parts = found.groupdict()
    start = parts["start"]
    if parts.get("until") and not parts["end"]:  # "UNIST (2022.03 ~ )": not ended
        parts["end"] = "now"
    if parts.get("season"):
        start = f"{parts['season'].capitalize()} {start}"
    return {"start": start, "end": parts["end"] or "", "expected": parts["expected"] or "", "rest": parts["rest"]}


def dated_at_start(written: str) -> bool:
    """Whether a line starts with a date and goes on to say something ("**[2023/06]** Accepted")."""
    found = _DATED.match(written)
    return found is not None and bool(found.group("rest").strip(" .,"))


def _cited_talk(line: str) -> tuple[dt.date, str, str] | None:
    """A talk written as a citation with its date after the names, as APA has it ("Shimazu L.,
    **Arashi H.**, et al. (2026, May). "Title." The Event 2026"): its day, title and event."""
    dated = _CITED_DATE.search(line)
    parts = split_citation(line) if dated else None
    if parts is None or not parts[1]:
        return None
    month = next((at for at, name in enumerate(MONTHS, 1) if dated["month"] and name.startswith(dated["month"][:3].lower())), 1)
    try:
        day = dt.date(int(dated["year"]), month, int(dated["day"] or 1))
    except ValueError:  # ("(2026, February 30)": no day of the calendar)
        return None
    return day, parts[1], re.sub(rf",?\s*{dated['year']}$", "", parts[2]).strip(" .,")


_CITED_DATE = re.compile(r"\((?P<year>(?:19|20)\d\d)(?:,\s*(?P<month>[A-Za-z]{3,9})\.?(?:\s+(?P<day>\d{1,2}))?)?\)")


def _day(written: str) -> dt.date | None:
    """A news line's date: "2022.02", "2022.02.15", "02.2022", "Feb 2022", "2021" (the first of
    the month or year)."""
    written = written.strip()
    if found := re.fullmatch(r"(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?", written):
        year, month, number = found.group(1), found.group(2), found.group(3) or "1"
    elif found := re.fullmatch(r"(\d{1,2})[./-](\d{4})", written):
        year, month, number = found.group(2), found.group(1), "1"
    elif found := re.fullmatch(r"(?:([A-Za-z]{3,9})\.?\s*)?(\d{4})", written):
        name = (found.group(1) or "january")[:3].lower()
        month = next((str(at) for at, month_name in enumerate(MONTHS, 1) if month_name.startswith(name)), "0")
        year, number = found.group(2), "1"
    else:
        return None
    return day(f"{year}-{month}-{number}")


def _parts(words: str) -> list[str]:
    """A line's pieces, parted by commas (not one inside brackets) and full stops ("research
    intern. Hangzhou", not "M.Phil. in"), "at" before a place left out."""
    pieces = re.split(r",\s*(?![^()]*\))|(?<=[a-z]{3})\.\s+(?=[A-Z])", words)
    parts = (re.sub(r"^(?:at|@)\s+", "", _without_stop(part.strip())) for part in pieces)
    return [part for part in parts if part]


def _without_stop(words: str) -> str:
    """Words without the full stop after them, but an initial's ("B.S.")."""
    return words[:-1].strip() if words.endswith(".") and not re.search(r"(?:^|[\s.])\w\.$", words) else words


def _advised(words: str) -> tuple[str, str]:
    """A line's words and who advised or mentored (its description): "Ph.D., Tsinghua University.
    Advisor: Prof. Ying Long", "UCSB NLP Group, Advised by: Prof. William Wang"."""
    found = _ADVISED.search(words)
    return (words[: found.start()].strip(" ,.;"), found.group(1).strip(" ,.;")) if found else (words, "")


def _degree_and_institution(words: str) -> tuple[str, str]:
    """ "Master of Science (AI), Nanyang Technological University, Singapore" as its degree and
    institution (from the first piece that names one); a line that does not part so is the
    degree."""
    parts = _parts(words)
    at = next((at for at, part in enumerate(parts) if _INSTITUTION.search(part) and not _DEGREE_WORDS.search(part)), None)
    if at is None:  # "M.Eng. in Computer Science, SJTU": the degree, and what follows it
        return (parts[0], ", ".join(parts[1:])) if len(parts) > 1 and _DEGREE_WORDS.search(parts[0]) else (words, "")
    if at == 0:  # "Tsinghua University, B.E. in Computer Science"
        rest = parts[1:]
        if rest and _DEGREE_WORDS.search(rest[0]):
            return ", ".join(rest), parts[0]
        return words, ""
    return ", ".join(parts[:at]), ", ".join(parts[at:])


def _award(written: str) -> dict[str, str]:
    """ "**Dean's List**, Northport University" as its title (the words in bold before a comma) and
    who gave it; a line without them is the title."""
    if found := re.match(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*,\s*(.+)$", written):
        return {"title": markdown_as_plain(found.group(1)), "awarder": markdown_as_plain(found.group(2))}
    return {"title": markdown_as_plain(written)}


def _course(written: str) -> dict[str, str]:
    """ "Teaching Assistant in the course *Foundations of Computer Science*, at Example University"
    as its course (the emphasised words, else the first piece), role and institution."""
    emphasised = _EMPHASISED.search(written)
    course = markdown_as_plain(next(group for group in emphasised.groups() if group)) if emphasised else ""
    rest = written.replace(emphasised.group(0), " ") if emphasised else written
    parts = _parts(markdown_as_plain(rest))
    found: dict[str, str] = {}
    if role := next((part for part in parts if _TEACHING_ROLE.search(part)), ""):
        found["role"] = re.sub(r"\s+(?:in|of|for)(?:\s+the\s+course)?$", "", role)
    if institution := next((part for part in parts if _INSTITUTION.search(part) and part != role), ""):
        found["institution"] = institution
    if not course:
        course = next((part for part in parts if part not in (role, institution)), "") or markdown_as_plain(written)
    return {"course": course, **found}


def _title_and_event(written: str) -> tuple[str, str]:
    """A talk's title (the emphasised or quoted words, else the line) and where it was given."""
    emphasised = _EMPHASISED.search(written)
    if not emphasised:
        return markdown_as_plain(written), ""
    title = markdown_as_plain(next(group for group in emphasised.groups() if group))
    event = markdown_as_plain(written.replace(emphasised.group(0), " "))
    event = re.sub(r"^[\s\-–—:,]*(?:(?:invited\s+)?talk\s+)?(?:at|@)\s+", "", event, flags=re.IGNORECASE).strip(" ,.:-–—")
    return title, event


def _position(words: str, role: str) -> dict[str, str]:
    """ "AI Engineer, Fortemedia, Singapore" as its title, organization and location: the piece
    naming a role is the title, the first other the organization; without one, the `role` its
    section's heading names ("Internships": "Intern"), else the first piece."""
    parts = _parts(words)
    at = next((at for at, part in enumerate(parts) if _ROLE_WORDS.search(part)), None)
    if at is None and role:
        title, others = role, parts
    else:
        at = at or 0
        title, others = parts[at], parts[:at] + parts[at + 1 :]
        if not others and (where := re.match(r"^(.+?)\s+(?:at|@)\s+(.+)$", title)):  # "Visiting Scholar at UMass Amherst"
            title, others = where.group(1), [where.group(2)]
    found = {"title": title}
    if others:
        found["organization"] = others[0]
    if len(others) > 1:
        found["location"] = ", ".join(others[1:])
    return found
