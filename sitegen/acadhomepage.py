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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sitegen.academicpages import AcademicPages
from sitegen.bibtex import MONTHS
from sitegen.citationtext import (
    MARKDOWN_LINK,
    MARKS_EXPLAINED,
    NAME_LIST,
    explained_marks,
    listed_authors,
    mark_first,
    without_tags,
)
from sitegen.hugodata import data_entry
from sitegen.migrate import (
    AUTHOR_VALUE,
    HTML_LINK,
    add_link,
    bib_value,
    day,
    front_matter,
    html_as_markdown,
    link_field,
    markdown_files,
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
# a heading: the page's sections are those of its highest level ("#", or "##" in a fork's included
# files), those under them a section's topics ("## Continual Learning", "### 2025")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
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
# the place the template's script writes a paper's citation count in (`data` names the paper on Google Scholar)
_CITATIONS_SPAN = re.compile(
    r"""(?:<(?:strong|b)>\s*)?<span\s+class=['"](?:show_paper_citations|paper-citations)['"][^>]*>\s*</span>(?:\s*</(?:strong|b)>)?""",
    re.IGNORECASE,
)
_CITATION_ID = re.compile(r"""\bdata(?:-scholar-id)?=['"]([\w-]+:[\w-]+)['"]""")
_TEMPLATE_SCHOLAR = "DhtAFkwAAAAJ"  # the profile the template's example links (Kaiming He's), not the owner's
_DIV = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
_PAPER_BOX = re.compile(r"""<div\s+class=["']paper-box["'][^>]*>""", re.IGNORECASE)
_BOX_BADGE = re.compile(r"""<(div|span)\s+class=["'][^"']*\bbadge\b[^"']*["'][^>]*>(.*?)</\1>""", re.IGNORECASE | re.DOTALL)
_BOX_TEXT = re.compile(r"""<div\s+class=["']paper-box-text["'][^>]*>""", re.IGNORECASE)
IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']""", re.IGNORECASE)
_HTML_ITEM = re.compile(r"^\s*<li\b[^>]*>(.*)$", re.IGNORECASE | re.DOTALL)
# a line of tags alone that only holds what is in it (a list's box): `<div style="...">`, `<ul>`, `</div>`
WRAPPER = re.compile(r"^\s*(?:</?(?:div|ul|ol|span|p|br|center|section|font)\b[^>]*>\s*)+$", re.IGNORECASE)
_TOP_ITEM = re.compile(r"^ ?(?:[-*+]|\d{1,3}[.)])\s")  # not one under another
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$", re.DOTALL)  # an item, with the lines it goes on to
_CODE_BADGE = re.compile(r"^\s*(?:``\s*(.+?)\s*``|`([^`]+)`|<span\s+class=['\"][^'\"]*badge[^'\"]*['\"][^>]*>(.*?)</span>)\s*")
_STRONG_TITLE = re.compile(r"^\s*(?:\*\*(.+?)\*\*|<(?:b|strong)>(.+?)</(?:b|strong)>|\[([^\]]+)\](?!\())")
# what a link line parts its links with: "[**Paper**](...) **|** [**Code**](...)", "\| [video](...)"
_SEPARATORS = re.compile(r"(?:\*\*\s*\|\s*\*\*|\\?\||/|·|•|,|\s|&nbsp;|\*\*|<br\s*/?>)+", re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"^\W*(?:paper|pdf|code|project|project page|website|page|arxiv|video|slides?|poster|demo|data(?:set)?|bibtex|"
    r"supp\w*|blog|github|openreview|link|doi|html|talk|\W*)\W*$",
    re.IGNORECASE,
)
_BADGE_REMARK = re.compile(r"^(.*?\b(?:19|20)\d\d)\s*[,:(\[-]?\s*([A-Za-z][^()\[\]]*?)\s*[)\]]?$")
_STATUS = re.compile(r"^(?:under review|in review|submitted|preprint|in submission|arxiv|working paper)$", re.IGNORECASE)
_ARXIV_BADGE = re.compile(r"^arxiv\s*[:\s]\s*(\d{4}\.\d{4,5})(?:v\d+)?$", re.IGNORECASE)
# "*2022.02*: ", "**2022.02.15**", "[2022.02] ", "2022-02 - ", "*Feb 2022*:" at a line's start
_DATE = r"(?:\d{4}[./-]\d{1,2}(?:[./-]\d{1,2}(?!\d))?|\d{1,2}[./-]\d{4}|(?:[A-Z][a-z]{2,8}\.?\s*)?\d{4})"
_DATED = re.compile(
    rf"^\s*[*_\[(]*\s*(?P<start>{_DATE}(?:\s*,\s*{_DATE})*)(?:\s*(?:-|–|—|~|to)\s*(?P<end>{_DATE}|\(?(?:now|present|today|current)\)?))?"
    rf"\s*(?:\((?:now|present|current|(?P<expected>expected))\))?\s*[*_\])]*\s*[:,：-]?\s*(?:&(?:nbsp|emsp|ensp);\s*)*(?P<rest>.*)$",
    re.IGNORECASE,
)
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
_GENERIC_TOPIC = re.compile(
    r"^(?:others?|misc\w*|more|selected\b.*|all\b.*|full list\b.*|before \d{4}|\d{4}.*|.*\d{4}|"
    r"(?:(?:journal|conference|workshop|preprint|peer[- ]reviewed|refereed|book|thesis|theses|patent|other)\w*\s*)+"
    r"(?:papers?|articles?|publications?|proceedings|chapters?)?)$",  # a kind of paper is no topic: "Conference Papers"
    re.IGNORECASE,
)
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
# what a venue's words say it is: a conference (its words, or the acronym of one of the field's
# conferences, as a badge writes it: "CVPR 2016", "INTERSPEECH 2025"), a journal, a preprint
_CONFERENCE = re.compile(
    r"\b(?:(?i:conference|proceedings|proc\.|workshops?|symposium|congress|meeting)|CVPRW?|ICCVW?|ECCVW?|NeurIPS|NIPS|ICML|"
    r"ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|EACL|INTERSPEECH|ICASSP|KDD|WWW|SIGIR|CIKM|WSDM|CHI|UIST|CSCW|MICCAI|"
    r"ISBI|ICRA|IROS|RSS|CoRL|ACM MM|ACMMM|WACV|BMVC|ACCV|ICME|ICIP|ICPR|UAI|AISTATS|COLT|SIGGRAPH|3DV|DCASE|ECAI|"
    r"IJCNN|ICDM|SDM|ICDE|VLDB|SIGMOD|OSDI|SOSP|NSDI|ISCA|MICRO|HPCA|ASPLOS|DAC|ICCAD|CCS|NDSS|ICSE|FSE|ASE|PLDI|"
    r"POPL|STOC|FOCS|SODA|ECIR|RecSys|ISMIR|APSIPA|HRI|IUI|MobiCom|SenSys|INFOCOM|SIGCOMM|ECML|PAKDD|ICONIP|LREC)\b"
)
_JOURNAL_WORDS = re.compile(r"\b(?:journal|transactions|letters|magazine)\b", re.IGNORECASE)
# a journal's name or acronym, which a conference's name may hold too ("Computer Vision and Pattern Recognition")
_JOURNAL = re.compile(
    r"\b(?:TPAMI|T-?PAMI|TIP|TNNLS|TMM|TCSVT|IJCV|JMLR|TMLR|TASLP|SPL|"
    r"TKDE|TOG|TVCG|TRO|RA-?L|PNAS|Nature|Science|Cell|Neurocomputing|Pattern Recognition)\b",
    re.IGNORECASE,
)
_WHOLE_LINK = re.compile(r"\[([^\[\]]+)\]\((\S+?)\)[.;]?")  # a line that is one link, "[words](address)"
_PREPRINT = re.compile(r"\b(?:arxiv|corr|biorxiv|medrxiv|preprint|ssrn)\b", re.IGNORECASE)
# a line saying what the authors' marks mean: "\\* Equal contribution, ‡ Corresponding author"
_LEGEND_LINE = re.compile(
    r"^\W*[*†‡§#]\W*\s*(?:denotes|indicates|means|:|=)?\s*(?:the\s+|an?\s+)?(?:equal|joint|co-?first|correspond)", re.IGNORECASE
)
_LEGEND_PART = re.compile(
    r"[*†‡§#]+\W*?\s*(?:denotes|indicates|means|:|=)?\s*(?:the\s+|an?\s+)?(?:(?:equal|joint)\s+(?:contributions?|first\s+authors?)|"
    r"co-?first\s+authors?|corresponding\s+authors?|equal|corresponding)\b[.,;]?",
    re.IGNORECASE,
)
_NAMES_END = re.compile(r"(?<=\w\w)\.\s+")  # the full stop after the names (not an initial's: "Mark D. Plumbley")
_TEACHING_ROLE = re.compile(r"\b(?:teaching assistant|TA|instructor|lecturer|tutor|grader|co-?instructor)\b", re.IGNORECASE)
_ADVISED = re.compile(
    r"[\s,.;(]*\b((?:advis(?:ed by|ors?)|mentor(?:ed by|s)?|supervis(?:ed by|ors?)|hosted by|host|co-?advis(?:ed by|ors?)|"
    r"under the supervision of|(?:working|worked|collaborating) with)\b.*)$",
    re.IGNORECASE,
)
# a line of badge pictures alone (shields.io's counts of stars and forks), not linked to anything
_BADGES = re.compile(r"(?:\s*!\[[^\]]*\]\(\s*https?://img\.shields\.io/[^)]*\)\s*)+")
# a publisher's page of an article by its DOI: ACM, Wiley, Taylor & Francis, SAGE, World Scientific, ACS ...
_PUBLISHER_DOI = re.compile(
    r"^https?://[^/]+/doi/(?:(?:abs|full|book|chapter)/)?((?:pdf|epdf|pdfdirect|epub)/)?(10\.\d{4,9}/[^?#\s]+)", re.IGNORECASE
)
_NOT_VENUE = re.compile(r"^\W*(?:tl;?dr|abstract|summary|note|highlights?|keywords|in this (?:work|paper))\b", re.IGNORECASE)
_TLDR = re.compile(r"^\W*(?:<[^>]+>\s*)*tl;?\s*dr\s*:?\s*(?:<[^>]+>\s*)*:?\s*(.+)$", re.IGNORECASE)
_EXAMPLE_LINE = re.compile(r"\bLorem ipsum\b|\[Lorem\]\(https://github\.com/?\)", re.IGNORECASE)
_EMPHASISED = re.compile(r"\*([^*]+)\*|_([^_]+)_|[\"“]([^\"”]+)[\"”]")  # a course's or talk's title: *x*, _x_, "x"
_EXAMPLE_TITLES = ("deep residual learning for image recognition", "lorem ipsum")  # the template's own


@dataclass
class Line:
    """A line of the page as written, with the file and line it is from (an included file's own)."""

    path: Path
    number: int
    text: str


@dataclass
class Section:
    heading: Line | None  # None: the text before the first section
    kind: str = ""  # news, publications, awards, education, experience; "" for one sitegen has no place for
    lines: list[Line] = field(default_factory=list)
    kept: list[Line] = field(default_factory=list)  # its lines that stay in the biography


class AcadHomepage(AcademicPages):
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
        self.entries: list[str] = []
        self.keys: set[str] = set()
        self.projects: list[str] = []
        workflows = (
            source / ".github/workflows" / name for name in ("google_scholar_crawler.yaml", "google_scholar_crawler.yml")
        )
        found = next((path for path in workflows if path.is_file()), None)
        self.crawler = found if (source / "google_scholar_crawler").is_dir() else None  # the badge's count's keeper
        self.records: dict[str, list[Any]] = {"education": [], "experience": [], "awards": [], "teaching": [], "service": []}
        self.names_written: list[str] = []  # the owner's name as the papers write it, in bold (the profile's aliases)
        self.titles_used: set[int] = set()  # the subheadings read as talks' titles
        self.interests: list[str] = []

    def run(self) -> None:
        super().run()
        if self.entries:
            self.write("content/publications/publications.bib", "\n\n".join(self.entries) + "\n")
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
        if aliases := [name for name in dict.fromkeys(self.names_written) if name != self.name]:
            records["aliases"] = aliases
        return records

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
            for piece_path, number, text in _pieces(section)
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

    def _picture_path(self, picture: str) -> str:
        """A picture's path in the site, as the page named it from its own folder or the site's
        root ("../../images/x.png", "/images/x.png", the site's own URL): images/x.png."""
        return re.sub(r"^(?:\.\.?/|/)+", "", self.here(picture))

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
            if _HEADING.match(line.text):
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
        first, *more = _paragraphs(item, sublists=True)
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
        words, advised = _advised(_plain_text(rest))
        description = (
            {"description": said} if (said := " ".join([advised, *(_plain_text(part, " ") for part in more)]).strip()) else {}
        )
        if section.kind == "awards":
            self.records["awards"].append({**_award(rest), "year": start, **description, **linked})
        elif section.kind == "teaching":
            self.records["teaching"].append({**_course(rest), "term": when, **linked})
        elif section.kind == "education":
            degree, institution = _degree_and_institution(words)
            if not institution and more and _INSTITUTION.search(under := _plain_text(more[0], " ")):
                institution = under  # "* Ph.D. in Computer Science, 2022 - 2025" and the university on the line under it
                said = " ".join([advised, *(_plain_text(part, " ") for part in more[1:])]).strip()
                description = {"description": said} if said else {}
            self.records["education"].append(
                {"degree": degree, "institution": institution, "year": when, **description, **linked}
            )
        else:
            internships = section.heading is not None and re.search(r"\bintern", section.heading.text, re.IGNORECASE)
            position = _position(words, "Intern" if internships else "")
            self.records["experience"].append({**position, "years": when, **description, **linked})
        return True

    def _talk(self, section: Section, item: Line) -> bool:
        """ "*2021.06*, *Title*, Example University. \\| [\\[video\\]](...)" as a talk of its day,
        its links (slides, video) kept; an invited talk when its heading says so. Under a
        subheading that is the talk's title (given at the events listed under it: "- [Workshop on
        X](...), ICLR, May 2023"), the line is the event, its link the event's."""
        found = _dated_line(_one_line(item))
        dated = _day(found["start"]) if found else None
        if dated is None:
            return False
        links, rest = _labelled_links(found["rest"])
        rest = re.sub(r"[\s|\\]+$", "", rest)
        titled = self._subheading(section, item)
        if titled is not None and (_GENERIC_TOPIC.match(words := _heading_words(titled)) or _TALK_GROUP.search(words)):
            titled = None  # "### 2023", "### Invited Talks": a group of talks, not a talk's title
        if titled is not None and not _EMPHASISED.search(rest):
            title, event = _plain_text(_HEADING.match(titled.text).group(2)), _plain_text(rest)
            if event_link := MARKDOWN_LINK.search(rest):
                links.append({"label": "Event", "url": event_link.group(2)})
            self.titles_used.add(id(titled))
        else:
            title, event = _title_and_event(rest)
        if not title:
            return False
        talk: dict[str, Any] = {"title": title, "date": dated.isoformat()}
        if event:
            talk["event"] = event
        if re.search(r"\binvited\b", section.heading.text if section.heading else "", re.IGNORECASE):
            talk["type"] = "Invited talk"
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
            if heading := _HEADING.match(lines[at].text):
                under = _plain_text(heading.group(2))
            elif _ITEM.match(lines[at].text):
                item, at = _joined(lines, at)
                if words := ": ".join(_plain_text(part) for part in _paragraphs(item)):  # "- Reviewer" and a paragraph under it
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
            if _ITEM.match(lines[at].text):
                item, end = _joined(lines, at)
                if (record := _project_item(item)) is not None:
                    self._project(record, len(self.projects) + 1)
                else:
                    section.kept.append(item)
                at = end
                continue
            if _PAPER_BOX.search(lines[at].text):
                end = _box_end(lines, at)
                if (record := _box(lines[at:end])) is None:
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
            project["summary"] = _plain_text(summary.group(1), " ")
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
        body = "\n".join(line if _ITEM.match(line) else f"\n{line}\n" for line in text).strip()  # a list stays one
        self.write(
            f"content/projects/{slugify(project['title'])[:60].strip('-') or order}.md", front_matter(project) + body + "\n"
        )

    # -- publications -----------------------------------------------------------------------
    def _publications_of(self, section: Section) -> None:
        """The paper boxes and listed papers of a publications section; a legend of the authors'
        marks ("* equal contribution") is what the entries' marks say (a line of the legend alone
        is not kept: the entries say it)."""
        lines = section.lines
        legend = " ".join(
            line.text
            for line in lines
            if _LEGEND_LINE.search(mark_first(without_tags(_unescaped(line.text)))) and not _ITEM.match(line.text)
        )
        topic, at = "", 0
        while at < len(lines):
            line = lines[at]
            if (after := self.own_paper(section, at, topic, legend)) is not None:
                at = after
                continue
            if _PAPER_BOX.search(line.text):
                end = _box_end(lines, at)
                self._paper(_box(lines[at:end]), line, topic, legend, featured=True)
                at = end
                continue
            if heading := _HEADING.match(line.text):
                written = heading.group(2).strip()
                topic = "" if _GENERIC_TOPIC.match(_words(written)) else _words(written)  # a year's is no topic
            elif _ITEM.match(line.text):
                item, at = _joined(lines, at)
                if _paragraphs(item) and not self._paper(_item_paper(item), line, topic, legend):
                    self.note(line.path, "not read as a publication: it stays in the biography", line.number)
                    section.kept.append(item)
                continue
            elif line.text.strip() and not _legend_alone(line.text):
                section.kept.append(line)  # (the marks' legend alone is not: the entries say it now)
            at += 1

    def own_paper(self, section: Section, at: int, topic: str, legend: str) -> int | None:
        """A paper written in a way of another template's, read at the section's line `at` (or
        kept, if it does not read): where the next line is, or None when it is none (none here:
        AcadHomepage's are boxes and list items)."""
        return None

    def made_entry(self, made: str, record: dict) -> tuple[str, str]:
        """The entry of a paper's record (and its key, when another than the one it was made with):
        the one made (AcadHomepage's papers have no BibTeX of their own)."""
        return made, ""

    def _paper(self, record: dict | None, line: Line, topic: str, legend: str, featured: bool = False) -> bool:
        """A paper's record as an entry, its authors' marks as the `legend` explains them (the
        page's, and the record's own); the template's example paper is left out (noted)."""
        if record is None:
            return False
        if record["title"].casefold().startswith(_EXAMPLE_TITLES):
            self.note(line.path, "the template's example paper is left out", line.number)
            return True
        if topic:
            record["tags"] = [topic]
        record["selected"] = featured
        _doi_of_its_links(record)
        extra: list[tuple[str, str]] = []
        legend = " ".join(filter(None, [legend, record.pop("legend", "")]))
        authors = {author.rstrip("*†‡§#+ ") for author in record.get("authors", [])}
        self.names_written += [name for name in record.pop("emphasised", []) if name in authors]
        if legend and record.get("authors"):
            record["authors"], marks = explained_marks(record["authors"], legend)
            extra += [(name, bib_value(names)) for name, names in marks]
        if made := record.pop("liquid picture", ""):
            self.note(
                line.path, f"its picture is made by Liquid ({made[:60]}): add `preview = {{...}}` to its entry", line.number
            )
        if (picture := record.pop("picture", "")) and not picture.endswith("500x300.png"):  # the template's stand-in
            extra.append(("preview", self._picture_path(picture)))
        if (citation := record.pop("scholar", "")) and not citation.startswith(_TEMPLATE_SCHOLAR):
            extra.append(("google_scholar_id", citation))
        if not record.get("type") and (kind := _kind_of(f"{record.get('venue', '')} {record.get('abbr', '')}")):
            record["type"] = kind
        key, entry, _abridged = data_entry(record, self.keys, extra)
        entry, own_key = self.made_entry(entry, record)
        self.keys.add(own_key or key)
        self.entries.append(entry)
        return True


def _pieces(section: Section) -> list[tuple[Path, int, str]]:
    """What stays of a section in the biography, as pieces of the page (each its file, first line
    and text): its heading and its lines kept, a piece for lines that were together on the page (lines
    made of one line of HTML, as Jon Barron's page's are, too)."""
    pieces: list[tuple[Path, int, list[str]]] = []
    last: Line | None = None
    place = {(line.path, line.number): at for at, line in enumerate(section.lines)}
    kept = sorted(section.kept, key=lambda line: place.get((line.path, line.number), 0))  # as on the page
    index = {id(line): at for at, line in enumerate(section.lines)}
    for line in [section.heading, *kept] if section.heading is not None else kept:
        together = (
            last is not None
            and line.path == last.path
            and last.number <= line.number <= last.number + last.text.count("\n") + 1
            and not _blank_between(section.lines, index.get(id(last)), index.get(id(line)))
        )
        if together:
            pieces[-1][2].append(line.text)
        elif line.text.strip():
            pieces.append((line.path, line.number, [line.text]))
        last = line if together or line.text.strip() else None
    return [(path, number, "\n".join(lines).strip("\n")) for path, number, lines in pieces]


def _blank_between(lines: list[Line], first: int | None, second: int | None) -> bool:
    """Whether a blank line parts two lines of a section (each given by its place, None for a line
    a reader made): Jon Barron's page's paragraphs are of one line of its HTML."""
    return first is not None and second is not None and any(not line.text.strip() for line in lines[first + 1 : second])


def _interests_of(item: Line) -> list[str]:
    """An interest's item as the profile's interests: "Computer Vision: image recognition, video
    captioning" as it is, "Localization and Mapping, Probabilistic Deep Learning, Robotics." one
    each; [] for an item of more than one paragraph, or of a sentence's length (a paragraph)."""
    paragraphs = _paragraphs(item)
    plain = _plain_text(paragraphs[0]) if len(paragraphs) == 1 else ""
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
    first, *more = _paragraphs(item)
    first = _ITEM.sub(r"\1", first) if _ITEM.match(first) else first
    title, url, after = _title(first)
    links, rest = _labelled_links(after if title else first)
    if not title:
        title = _plain_text(re.sub(r"[\[\]]", " ", _SEPARATORS.sub(" ", rest)))
        rest = ""
    if not title or not (links or url):
        return None
    record: dict[str, Any] = {"title": title, "links": links}
    if url:
        record["url"] = url
    text = [said for part in [rest, *more] if (said := _plain_text(part, " :-–—,").strip())]
    if text:
        record["text"] = text
    return record


def _legend_alone(line: str) -> bool:
    """A line that says what the authors' marks mean and nothing else ("\\* Equal contribution",
    not "\\* Equal contribution. See Google Scholar for the full list")."""
    plain = mark_first(without_tags(_unescaped(line)))  # its marks kept
    return bool(_LEGEND_LINE.search(plain)) and not re.search(r"[^\W\d_]", _LEGEND_PART.sub(" ", plain))


def _doi_of_its_links(record: dict) -> None:
    """A paper's DOI from the address of its publisher's page (`https://dl.acm.org/doi/10.1145/...`,
    `.../doi/abs/10.1142/...`: a DOI link then, as doi.org leads there); the page's address is
    left out, but a PDF's (`/doi/pdf/...`), which is its own link."""
    if record.get("doi"):
        return
    links = [{"label": "Paper", "url": record["url"]}] if record.get("url") else []
    for link in [*links, *record.get("links", [])]:
        if found := _PUBLISHER_DOI.match(link["url"]):
            record["doi"] = unquote(found.group(2)).rstrip(".")
            if not found.group(1):  # the article's page itself
                if record.get("url") == link["url"]:
                    del record["url"]
                if others := [other for other in record.get("links", []) if other is not link]:
                    record["links"] = others
                else:
                    record.pop("links", None)
            return


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


def _kind_of(venue: str) -> str:
    """What a venue is (a record's `type`: conference, journal, preprint), from its words: a
    journal's ("Transactions"), then a conference's ("IEEE/CVF Conference on Computer Vision and
    Pattern Recognition", whose words name a journal too), then a journal's name ("TPAMI"); ""
    when they do not say ("Medical Image Analysis": an article, as any named venue)."""
    if _PREPRINT.search(venue):
        return "preprint"
    if _JOURNAL_WORDS.search(venue):
        return "journal"
    if _CONFERENCE.search(venue):
        return "conference"
    return "journal" if _JOURNAL.search(venue) else ""


def _sections(lines: list[Line]) -> list[Section]:
    """The page's lines as its sections (the text before the first too, headed by None); a
    section's kind by its heading's words."""
    sections = [Section(None)]
    headings: list[tuple[Line, re.Match[str]]] = []
    fenced = False
    for line in lines:
        fenced ^= line.text.lstrip().startswith(("```", "~~~"))
        if not fenced and (found := _HEADING.match(line.text)):
            headings.append((line, found))
    level = min((len(found.group(1)) for _, found in headings), default=1)
    starts = {id(line): found for line, found in headings if len(found.group(1)) == level}
    for line in lines:
        if found := starts.get(id(line)):
            words = _words(found.group(2))
            kind = next((kind for kind, named in _KINDS if named.search(words)), "")
            sections.append(Section(line, kind))
        else:
            sections[-1].lines.append(line)
    sections[0].kept = sections[0].lines
    return sections


def _heading_words(heading: Line) -> str:
    found = _HEADING.match(heading.text)
    return _words(found.group(2)) if found else ""


def _words(heading: str) -> str:
    """A heading's words, without its emoji, marks and links."""
    plain = without_tags(MARKDOWN_LINK.sub(r"\1", heading))
    return " ".join(re.sub(r"[^\w\s'&/-]", " ", plain).split())


def _items(lines: list[Line], kept: list[Line]) -> list[Line]:
    """A section's list items, each with the lines that go on it, an HTML list's too (a fork's
    news in a scrolling box: `<div style="height: 200px; overflow-y: auto"><ul><li>...`); the
    other lines go to `kept`, but the tags alone that held an HTML list (an empty box is nothing;
    a styled card of a fork's own, `<div class="award-item">`, is kept whole)."""
    items: list[Line] = []
    wrappers: list[Line] = []
    html_list = False
    at = 0
    while at < len(lines):
        if _ITEM.match(lines[at].text):
            item, at = _joined(lines, at)
            if _paragraphs(item):  # (an empty bullet is none)
                items.append(item)
            continue
        if _HTML_ITEM.match(lines[at].text):
            item, end = _html_item(lines, at)
            if _DATED.match(_one_line(item)):  # a dated line; an item of a card of its own stays in it
                html_list = True
                items.append(item)
                at = end
                continue
        if lines[at].text.strip():
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


def _joined(lines: list[Line], at: int) -> tuple[Line, int]:
    """A list item with the lines that go on it (a paper's authors and venue under its title;
    after a blank line, those indented under it: a loose list's paragraph, a list under it), and
    where the next line is."""
    end = at + 1
    while end < len(lines):
        written = lines[end].text
        if not written.strip():
            following = next((line.text for line in lines[end:] if line.text.strip()), "")
            if not following.startswith(("  ", "\t")):
                break
        elif _HEADING.match(written) or _TOP_ITEM.match(written) or _PAPER_BOX.search(written):
            break
        end += 1
    parts = [lines[at].text, *(line.text.strip() for line in lines[at + 1 : end])]
    return Line(lines[at].path, lines[at].number, "\n".join(parts).rstrip("\n")), end


def _paragraphs(item: Line, sublists: bool = False) -> list[str]:
    """A list item's paragraphs, each on one line, without its bullet; with `sublists`, each item of
    a list under it one too ("- *2023.03 - 2024.08*, **M.S.** ... KAIST." and "    - [Thesis](...)")."""
    parts = re.split(r"\n\s*\n|\n(?=[-*+]\s)" if sublists else r"\n\s*\n", _ITEM.match(item.text).group(1))
    return [
        " ".join(re.sub(r"^[-*+]\s+", "", part).split()) if sublists else " ".join(part.split()) for part in parts if part.strip()
    ]


def _one_line(item: Line) -> str:
    """A list item's text on one line, without its bullet."""
    return " ".join(_paragraphs(item))


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


def _plain_text(markdown: str, around: str = " .,;") -> str:
    """A line of Markdown as plain text (a degree's, an award's): links as their text, without
    the marks `around` it (a sentence keeps its full stop: `around=" "`)."""
    plain = without_tags(MARKDOWN_LINK.sub(r"\1", _unescaped(markdown)))
    return re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", plain).strip(around)


def _unescaped(markdown: str) -> str:
    """Markdown's escaped marks as themselves ("\\*", "\\|")."""
    return re.sub(r"\\([\\`*_{}\[\]()#+.!|-])", r"\1", markdown)


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
        return {"title": _plain_text(found.group(1)), "awarder": _plain_text(found.group(2))}
    return {"title": _plain_text(written)}


def _course(written: str) -> dict[str, str]:
    """ "Teaching Assistant in the course *Foundations of Computer Science*, at Example University"
    as its course (the emphasised words, else the first piece), role and institution."""
    emphasised = _EMPHASISED.search(written)
    course = _plain_text(next(group for group in emphasised.groups() if group)) if emphasised else ""
    rest = written.replace(emphasised.group(0), " ") if emphasised else written
    parts = _parts(_plain_text(rest))
    found: dict[str, str] = {}
    if role := next((part for part in parts if _TEACHING_ROLE.search(part)), ""):
        found["role"] = re.sub(r"\s+(?:in|of|for)(?:\s+the\s+course)?$", "", role)
    if institution := next((part for part in parts if _INSTITUTION.search(part) and part != role), ""):
        found["institution"] = institution
    if not course:
        course = next((part for part in parts if part not in (role, institution)), "") or _plain_text(written)
    return {"course": course, **found}


def _title_and_event(written: str) -> tuple[str, str]:
    """A talk's title (the emphasised or quoted words, else the line) and where it was given."""
    emphasised = _EMPHASISED.search(written)
    if not emphasised:
        return _plain_text(written), ""
    title = _plain_text(next(group for group in emphasised.groups() if group))
    event = _plain_text(written.replace(emphasised.group(0), " "))
    event = re.sub(r"^(?:(?:invited\s+)?talk\s+)?(?:at|@)\s+", "", event, flags=re.IGNORECASE).strip(" ,.:")
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


# -- a paper ------------------------------------------------------------------------------------
def _box_end(lines: list[Line], at: int) -> int:
    """The line after a paper box's last (where its divs close)."""
    depth = 0
    for end in range(at, len(lines)):
        for tag in _DIV.finditer(lines[end].text):
            depth += -1 if tag.group(1) else 1
        if depth <= 0:
            return end + 1
    return len(lines)


def _box(lines: list[Line]) -> dict | None:
    """A paper box's record: its badge, picture, and its text's title, authors, venue, links and
    description."""
    written = "\n".join(line.text for line in lines)
    badge = _BOX_BADGE.search(written)
    picture = IMG_SRC.search(written)
    inner = _BOX_TEXT.split(written, maxsplit=1)
    if len(inner) < 2:
        return None
    body = _DIV.sub("", inner[1])
    if badge:
        body = body.replace(badge.group(0), "")
    record = paper_text(body)
    if record is None:
        return None
    if badge:
        read_badge(record, without_tags(badge.group(2)))
    if picture:
        record["picture"] = picture.group(1)
    elif made := re.search(r"\{%.*?%\}", written):  # `{% include paper-image.html name="X" %}`: a fork's own
        record["liquid picture"] = made.group(0)
    return record


def read_badge(record: dict, badge: str) -> None:
    """A badge's words: a venue and year ("CVPR 2016"), a status ("Under Review"), an arXiv id."""
    if _STATUS.match(badge):
        record["note"] = badge[:1].upper() + badge[1:].lower()
    elif found := _ARXIV_BADGE.match(badge):
        identifier = found.group(1)
        addresses = [record.get("url", ""), *(link["url"] for link in record.get("links", []))]
        if not any(identifier in address for address in addresses):
            record.setdefault("links", []).append({"label": "arXiv", "url": f"https://arxiv.org/abs/{identifier}"})
        record["year"] = f"20{identifier[:2]}"
        record.setdefault("venue", f"arXiv preprint arXiv:{identifier}")
    elif found := _BADGE_REMARK.match(badge):  # "CVPR 2024 Highlight", "NeurIPS 2023 (Spotlight)"
        record["abbr"], record["note"] = found.group(1), found.group(2)
    elif badge:
        record["abbr"] = badge


def paper_text(body: str) -> dict | None:
    """A paper box's text: its first line the title (a link, or bold), then the authors (the first
    line of names), its links (a line of links alone), the venue (another line), the rest (its
    items) the description."""
    body = body.replace("\\*", "*").replace("\\_", "_")
    scholar = _CITATION_ID.search(body)
    body = _CITATIONS_SPAN.sub("", body)
    lines = [line.strip().rstrip("\\").strip() for line in re.split(r"\n|<br\s*/?>|\\\\", body)]
    lines = [line for line in lines if line and line not in ("**|**", "|")]
    if not lines:
        return None
    title, url, after = _title(lines[0])
    if not title:
        return None
    record: dict[str, Any] = {"title": title}
    if url:
        record["url"] = url
    if scholar:
        record["scholar"] = scholar.group(1)
    described: list[str] = []  # its own lines, a list's items as written ("- ...")
    for line in ([after] if after.strip(" ,.") else []) + lines[1:]:
        if _BADGES.fullmatch(line):
            continue  # "![Github stars](https://img.shields.io/...)": counts the old page showed, which no entry keeps
        if _ITEM.match(line):
            described.append(line)
        elif links := _links_alone(line):
            record.setdefault("links", []).extend(links)
        elif "authors" not in record and (names := _names(line)):
            record["authors"], record["emphasised"] = names, emphasised_names(line)
        elif (
            "venue" not in record and "authors" in record and _may_be_venue(line, record) and (venue := _venue_line(line, record))
        ):
            record["venue"] = venue
        else:
            described.append(line)
    if described:
        record["text"] = described
        record["abstract"] = "\n\n".join(_ITEM.sub(r"\1", line) for line in described)
    return record


def _may_be_venue(line: str, record: dict) -> bool:
    """A line under the names that may be the venue: one before the links (after them, the
    description), or one with a year; not a "TL;DR:" or a long sentence."""
    if _NOT_VENUE.match(without_tags(line)) or (len(line.split()) > 25 and not re.search(r"\b(?:19|20)\d\d\b", line)):
        return False
    return not record.get("links") or bool(re.search(r"\b(?:19|20)\d\d\b", line))


def _venue_line(line: str, record: dict) -> str:
    """A line of the venue, and of links after it ("**CVPR 2022** \\| [Paper](...) \\| [Code](...)"):
    the venue, the links added to the record's."""
    links, rest = _labelled_links(line)
    record.setdefault("links", []).extend(links)
    venue = _plain_text(_SEPARATORS.sub(" ", rest).strip()) if links else _plain_text(line)
    return venue if re.search(r"\w", venue) else ""


def _labelled_links(line: str) -> tuple[list[dict[str, str]], str]:
    """The links of a line that say what they are ("[Paper](...)", "[[code]](...)", a stars badge
    linking the code), and the line without them."""
    links = []
    for link in list(MARKDOWN_LINK.finditer(line)):
        if _LINK_LABEL.match(_plain_text(link.group(1))) or link.group(1).lstrip().startswith("!["):
            links += _links_alone(link.group(0))
            line = line.replace(link.group(0), " ", 1)
    return links, re.sub(r"\[\s*\]", " ", line)


def _title(line: str) -> tuple[str, str, str]:
    """A paper's title at the start of a line (a Markdown or HTML link, bold, or `[Title]`), its
    address and what follows it."""
    line = line.strip()
    if (found := MARKDOWN_LINK.match(line)) and not _LINK_LABEL.match(without_tags(found.group(1))):
        return _plain_text(found.group(1)), found.group(2).strip("<>"), line[found.end() :]
    if (found := HTML_LINK.match(line)) and not _LINK_LABEL.match(without_tags(found.group(2))):
        return without_tags(found.group(2)).strip(" ."), found.group(1), line[found.end() :]
    if found := _STRONG_TITLE.match(line):
        return (found.group(1) or found.group(2) or found.group(3)).strip(" ."), "", line[found.end() :]
    return "", "", line


def _links_alone(line: str) -> list[dict[str, str]]:
    """A line that is links alone ("[**Project**](...) **|** [**Code**](...)", a stars badge
    linking the code), as their labels and addresses; [] for any other line."""
    found: list[tuple[int, dict[str, str]]] = []
    rest = line
    for pattern, label_at, url_at in ((MARKDOWN_LINK, 1, 2), (HTML_LINK, 2, 1)):
        for link in pattern.finditer(rest):  # (what was read is blanked out, so the places stay the order written)
            label, url = link.group(label_at), link.group(url_at).strip("<>").rsplit("](", 1)[-1]  # "[x]([a](b))": b
            alt = re.search(r"!\[([^\]]*)\]", label) or re.search(r"""alt=["']([^"']*)["']""", label)
            words = (
                _plain_text(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", label)).strip("[] ") or (alt.group(1) if alt else "") or "Link"
            )
            if url and not url.startswith("#") and _TEMPLATE_SCHOLAR not in url:
                found.append((link.start(), {"label": words, "url": url}))
        rest = pattern.sub(lambda link: " " * len(link.group(0)), rest)
    alone = not re.sub(r"[\[\]]", "", _SEPARATORS.sub("", rest))  # (a link in brackets: "[[PDF](...)] [[Code](...)]")
    return [link for _, link in sorted(found, key=lambda place: place[0])] if found and alone else []


def _names(line: str, alone: bool = False) -> list[str]:
    """A line of authors' names ("Han Yin, **Yang Xiao**, Rohan Kumar Das."; names may be links
    to their pages, marked * or †): the names, their marks kept; [] for a line that is not. A
    name `alone` (not in bold, no other with it) is one only where names are due (after a listed
    paper's title)."""
    plain = _plain_text(line).rstrip(".")
    unmarked = re.sub(r"[*†‡§#]", "", MARKS_EXPLAINED.sub("", plain))
    if not alone and "," not in unmarked and " and " not in unmarked and "**" not in line and "<b" not in line.lower():
        return []
    if not NAME_LIST.fullmatch(unmarked.strip(" ,")):
        return []
    return listed_authors(MARKDOWN_LINK.sub(r"\1", line).rstrip(". "))


def emphasised_names(written: str) -> list[str]:
    """The names a line of authors puts in bold or underlines (the owner's: "**Yang Xiao\\***",
    "<strong>Wu, Jie JW</strong>"), without their marks, as `listed_authors` reads them."""
    found = re.findall(r"\*\*(.+?)\*\*|__(.+?)__|<(b|strong|u)>(.+?)</\3>", written.replace("\\*", "*"), re.IGNORECASE)
    names = [listed_authors(next(part for part in (bold, under, inner) if part)) for bold, under, _tag, inner in found]
    return [name[0].rstrip("*†‡§#+ ") for name in names if len(name) == 1]


def _item_paper(item: Line) -> dict | None:
    """A listed paper: "``CVPR 2016`` [Title](url), A, **B**, C." or "[Title](url), A, B, C,
    **CVPR 2020**" (the venue in bold or italics after the names), links after them."""
    written = _ITEM.match(item.text).group(1).replace("\\*", "*").replace("\\_", "_")
    badge = ""
    if found := _CODE_BADGE.match(written):
        badge = without_tags(next(group for group in found.groups() if group))
        written = written[found.end() :]
    if "\n" in written:  # "- **Title**  " and the names, the venue on the lines under it
        record = paper_text(written)
        if record is not None and badge:
            read_badge(record, badge)
        return record if record and (record.get("authors") or record.get("abbr")) else None
    title, url, after = _title(written)
    if not title:
        return None
    record: dict[str, Any] = {"title": title}
    if url:
        record["url"] = url
    after = _CITATIONS_SPAN.sub("", after)
    venue = re.search(
        r"(?:,|\.)?\s*(?:\*\*|\*|_|<(?:b|i|em|strong)>)([^*_<]*?\d{4}[^*_<]*?)(?:\*\*|\*|_|</\w+>)\s*\.?\s*$", after
    )
    if venue and not badge:
        record["abbr"] = venue.group(1).strip()
        after = after[: venue.start()]
    links, after = _labelled_links(after)
    if links:
        record["links"] = links
    rest = re.sub(r"\s*\\?\|\s*$", "", after).strip(" ,")
    names_part, venue_part = [*_NAMES_END.split(rest, maxsplit=1), ""][:2]
    if names := _names(names_part, alone=True):
        record["authors"], record["emphasised"] = names, emphasised_names(names_part)
        if venue_part.strip(" ."):
            record["venue"] = _plain_text(venue_part)
    if badge:
        read_badge(record, badge)
    return record if record.get("authors") or record.get("abbr") else None
