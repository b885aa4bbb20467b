"""Papers written by hand in a page of an old site: the lines of a publications section (a list
item, "- [Title](url), A, **B**, C, **CVPR 2020**"; a paper box of AcadHomepage's; the lines of a
paragraph, a bold title over the names and the venue) read into records that become BibTeX entries
(`sitegen import`). AcadHomepage's pages are written so, and so are the publication pages many
owners of academicpages' and other Jekyll sites wrote by hand; the readers of one-page templates
(Minimal Light, Jon Barron's) make their rows into such lines too.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import bibtexparser

from sitegen.citationtext import (
    CONFERENCE_WORDS,
    ITALIC_NAME,
    MARKDOWN_LINK,
    MARKS_EXPLAINED,
    NAME_LIST,
    PLACE_AND_PUBLISHER_ALONE,
    STATE_AT_END,
    explained_marks,
    in_edited_volume,
    listed_authors,
    mark_first,
    names_of,
    split_citation,
    without_tags,
)
from sitegen.hugodata import data_entry, record_title
from sitegen.latex import LatexConverter
from sitegen.matching import AuthorMatcher
from sitegen.migrate import HTML_LINK, bib_value, without_kramdown_attributes
from sitegen.names import NameParser

# a heading: the page's sections are those of its highest level ("#", or "##" in a fork's included
# files), those under them a section's topics ("## Continual Learning", "### 2025")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


# the place the template's script writes a paper's citation count in (`data` names the paper on Google Scholar)
_CITATIONS_SPAN = re.compile(
    r"""(?:<(?:strong|b)>\s*)?<span\s+class=['"](?:show_paper_citations|paper-citations)['"][^>]*>\s*</span>(?:\s*</(?:strong|b)>)?""",
    re.IGNORECASE,
)
_CITATION_ID = re.compile(r"""\bdata(?:-scholar-id)?=['"]([\w-]+:[\w-]+)['"]""")
_TEMPLATE_SCHOLAR = "DhtAFkwAAAAJ"  # the profile the template's example links (Kaiming He's), not the owner's
_DIV = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
PAPER_BOX = re.compile(r"""<div\s+class=["']paper-box["'][^>]*>""", re.IGNORECASE)
_BOX_BADGE = re.compile(r"""<(div|span)\s+class=["'][^"']*\bbadge\b[^"']*["'][^>]*>(.*?)</\1>""", re.IGNORECASE | re.DOTALL)
_BOX_TEXT = re.compile(r"""<div\s+class=["']paper-box-text["'][^>]*>""", re.IGNORECASE)
IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']""", re.IGNORECASE)


_TOP_ITEM = re.compile(r"^ ?(?:[-*+]|\d{1,3}[.)])\s")  # not one under another
LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$", re.DOTALL)  # an item, with the lines it goes on to
_CODE_BADGE = re.compile(r"^\s*(?:``\s*(.+?)\s*``|`([^`]+)`|<span\s+class=['\"][^'\"]*badge[^'\"]*['\"][^>]*>(.*?)</span>)\s*")
_STRONG_TITLE = re.compile(r"^\s*(?:\*\*(.+?)\*\*|<(?:b|strong)>(.+?)</(?:b|strong)>|\[([^\]]+)\](?!\())")
# what a link line parts its links with: "[**Paper**](...) **|** [**Code**](...)", "\| [video](...)"
LINK_SEPARATORS = re.compile(r"(?:\*\*\s*\|\s*\*\*|\\?\||/|·|•|,|\s|&nbsp;|\*\*|<br\s*/?>)+", re.IGNORECASE)
# the separators a line's links leave at its ends (not its venue's commas: "Journal, 25(1), 2023")
_EDGE_SEPARATORS = re.compile(rf"^(?:{LINK_SEPARATORS.pattern})|(?:{LINK_SEPARATORS.pattern})$", re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"^\W*(?:(?:extended|full|long|short|preprint|published|journal|conference|camera[- ]ready|accepted|author'?s?)\s+)?"
    r"(?:paper|pdf|code|source code|project|project page|website|page|arxiv|preprint|video|slides?|poster|demo|"
    r"data(?:set)?|bibtex|supp\w*|blog|github|openreview|link|doi|html|talk|version|\W*)"
    r"(?:\s+(?:version|link|file|here))?\W*$",  # ("[[arXiv version](...)]", "[Extended version](...)")
    re.IGNORECASE,
)
# a paper's labelled fields: "**Title:** ... **Author:** ... **Journal:** ... **Publication Year:** 2024"
_FIELD_LABEL = re.compile(r"\*\*\s*(Title|Authors?|Journal|Venue|Conference|Published in|Publication Year|Year)\s*:\s*\*\*\s*")
_VENUE_LABELS = ("journal", "venue", "conference", "published in")
_LIST_LABEL = re.compile(r"[A-Z][\w -]{0,30}:")  # a list's label: "Published:", "Journal papers:"
_STATE_ALONE = re.compile(r"accepted|to appear|in press|forthcoming|under review|submitted|under revision|in preparation", re.I)
_ABSTRACT_LABELS = ("abstract", "abs")  # (a card's "Abstract" over it, `<summary>ABS</summary>` of its `<details>`)
_CO_FIRST = re.compile(
    r"^\W*(?P<names>[^.]+?)\s+(?:are|were)\s+(?:co-?first authors|equal(?:ly)?[- ]contribut\w+(?: authors)?|contributed equally)\W*$",
    re.IGNORECASE,
)
_ICON = re.compile(r"<(i|span)\b[^>]*>\s*</\1>")  # an icon's empty element (Font Awesome's)
_CARD_LABEL = re.compile(r"[A-Z0-9][A-Z0-9&/ –-]{0,30}")  # "HYBRID MAGNONICS", a card's words in a picture's place
_CITED_COUNT = re.compile(r"^(?:citations?|cited by|cites)\s*:?\s*\d+$", re.IGNORECASE)  # Google Scholar's count
_DOI_AS_WORDS = re.compile(r"\W*(?:doi\s*:?\s*|(?:https?://)?(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\]]+)\W*", re.IGNORECASE)
_BADGE_REMARK = re.compile(r"^(.*?\b(?:19|20)\d\d)\s*[,:(\[-]?\s*([A-Za-z][^()\[\]]*?)\s*[)\]]?$")
_STATUS = re.compile(r"^(?:under review|in review|submitted|preprint|in submission|arxiv|working paper)$", re.IGNORECASE)
_ARXIV_BADGE = re.compile(r"^arxiv\s*[:\s]\s*(\d{4}\.\d{4,5})(?:v\d+)?$", re.IGNORECASE)


# a heading over what is no paper (a CV's other sections), unless it names papers too ("Papers and Talks")
_NO_PAPERS = re.compile(
    r"\b(?:talks?|presentations?|seminars?|lectures?|teaching|courses?|services?|reviewers?|reviewing|awards?|"
    r"honou?rs?|prizes?|grants?|funding|fellowships?|students?|supervision|mentoring|education|experiences?|"
    r"employment|positions?|news|skills|languages|contact|memberships?)\b",
    re.IGNORECASE,
)
_PAPERS = re.compile(
    r"\b(?:publications?|papers?|articles?|preprints?|proceedings|chapters?|books?|journals?|theses|thesis)\b", re.I
)
GENERIC_TOPIC = re.compile(
    r"^(?:others?|misc\w*|more|selected\b.*|all\b.*|full list\b.*|before \d{4}|\d{4}.*|.*\d{4}|papers|publications|"
    r"(?:papers|publications) (?:of|by) .*|"  # ("Publications of Jeremy L. Martin")
    r"(?:first|co|senior|last|corresponding)[- ]?author(?:s|ed)?(?: papers| publications| articles)?|"  # (one's part in it)
    r"(?:(?:journal|conference|workshop|preprint|peer[- ]reviewed|refereed|book|thesis|theses|patent|other)\w*\s*)+"
    r"(?:papers?|articles?|publications?|proceedings|chapters?)?)$",  # a kind of paper is no topic: "Conference Papers"
    re.IGNORECASE,
)


# what a venue's words say it is: a conference (its words, or the acronym of one of the field's
# conferences, as a badge writes it: "CVPR 2016", "INTERSPEECH 2025"), a journal, a preprint
_CONFERENCE = re.compile(
    rf"\b(?:(?i:{CONFERENCE_WORDS})|CVPRW?|ICCVW?|ECCVW?|NeurIPS|NIPS|ICML|"
    r"ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|EACL|INTERSPEECH|ICASSP|KDD|WWW|SIGIR|CIKM|WSDM|CHI|UIST|CSCW|MICCAI|"
    r"ISBI|ICRA|IROS|RSS|CoRL|ACM MM|ACMMM|WACV|BMVC|ACCV|ICME|ICIP|ICPR|UAI|AISTATS|COLT|SIGGRAPH|3DV|DCASE|ECAI|"
    r"IJCNN|ICDM|SDM|ICDE|VLDB|SIGMOD|OSDI|SOSP|NSDI|ISCA|MICRO|HPCA|ASPLOS|DAC|ICCAD|CCS|NDSS|ICSE|FSE|ASE|PLDI|"
    r"POPL|STOC|FOCS|SODA|ECIR|RecSys|ISMIR|APSIPA|HRI|IUI|MobiCom|SenSys|INFOCOM|SIGCOMM|ECML|PAKDD|ICONIP|LREC)(?:\b|(?<=\.))"
)  # (after "Conf." and "Proc.": no word's end)
_JOURNAL_WORDS = re.compile(r"\b(?:journal|transactions|letters|magazine)\b", re.IGNORECASE)
# a journal's name or acronym, which a conference's name may hold too ("Computer Vision and Pattern Recognition")
_JOURNAL = re.compile(
    r"\b(?:TPAMI|T-?PAMI|TIP|TNNLS|TMM|TCSVT|IJCV|JMLR|TMLR|TASLP|SPL|"
    r"TKDE|TOG|TVCG|TRO|RA-?L|PNAS|Nature|Science|Cell|Neurocomputing|Pattern Recognition)\b",
    re.IGNORECASE,
)


_PUBLISHER = re.compile(r"\b(?:Press|Publishers?|Publishing|Verlag|[ÉE]ditions)\b")
# a heading of papers' state: "Under Review", "Submitted Papers", "Working Papers", "In Preparation"
_STATE_HEADING = re.compile(
    r"(under review|in review|submitted|accepted|forthcoming|to appear|in press|in preparation|in progress|working papers?"
    r"|work in progress)(?:\s+(?:papers|manuscripts|articles|publications))?",
    re.IGNORECASE,
)
_IN_VENUE = re.compile(r"In:?\s+(?!press\b)[A-Z0-9]")  # a venue "in" which a paper was given: a conference's
_TO_APPEAR_IN = re.compile(r"\b(?:to appear|accepted|forthcoming|in press)\s+(?:in|at|for)\b", re.IGNORECASE)
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


# a line of badge pictures alone (shields.io's counts of stars and forks), not linked to anything
_BADGES = re.compile(r"(?:\s*!\[[^\]]*\]\(\s*https?://img\.shields\.io/[^)]*\)\s*)+")
# a publisher's page of an article by its DOI: ACM, Wiley, Taylor & Francis, SAGE, World Scientific, ACS ...
_PUBLISHER_DOI = re.compile(
    r"^https?://[^/]+/doi/(?:(?:abs|full|book|chapter)/)?((?:pdf|epdf|pdfdirect|epub)/)?(10\.\d{4,9}/[^?#\s]+)", re.IGNORECASE
)
# an address written out in a citation, in parentheses or not ("(https://doi.org/10.3758/...)")
_BARE_ADDRESS = re.compile(r"(?<!\]\()(?<![\"'=])\bhttps?://[^\s()<>\]\"']*[^\s()<>\].,;\"']")
# a DOI written out in a citation: "doi:10.1002/sim.1234", "https://doi.org/10.3758/..."
_WRITTEN_DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s,;()<>\]]*[^\s,;()<>\].])", re.IGNORECASE)
# words in italics, not bold: "*Title*", "_Title_", "<i>Title</i>"
_ITALICS = re.compile(r"(?<![*\w])\*(?!\*)([^*]+?)\*(?![*\w])|(?<!\w)_([^_]+?)_(?!\w)|<(?:i|em)>(.+?)</(?:i|em)>")
_LIST_TAGS = re.compile(
    r"\s*(?:</?(?:ol|ul|div|section|main|article|center|body|html)\b[^>]*>\s*)+", re.IGNORECASE
)  # around a list
_TAGS_ALONE = re.compile(r"\s*(?:</?(?:li|ol|ul|div|p)\b[^>]*>\s*)+", re.IGNORECASE)  # a line of an item's tags
_HOLDING_TAGS = re.compile(r"\s*(?:</?(?:div|section|main|article|center|body|html)\b[^>]*>\s*)+", re.IGNORECASE)  # the page's
_BLOCK_BREAKS = re.compile(r"<(?:li|p|br|div|tr)\b", re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\((?:\s|&nbsp;)*\)|\[(?:\s|&nbsp;)*\]|\s*\[[a-z-]+(?:-[a-z]+)?\.[A-Za-z-]+\]")  # (and "[cs.LG]")
_BRACKETED_TITLE = re.compile(r"\[([^\[\]]+)\](?!\()")
_LINK_TEXT = re.compile(r"\[([^\[\]]+)\](?!\s*$|\()")  # a link's words left in brackets (not a remark ending the line)
# the full stop that ends a line of names, not an initial's ("Dumoulin, V. and Olah, C.")
_LINE_END = re.compile(r"(?<!\b[A-Z])\.?\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in a venue or a line of one
_PICTURE_ALONE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)")  # a line of a Markdown picture alone
_DOI_LINE = re.compile(r"^DOI\s*:?\s*(10\.\d{4,9}/\S+?)\.?$", re.IGNORECASE)  # a paper's line of its DOI alone
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")  # Markdown's thematic break
_NAMES_YEAR = re.compile(
    r"[.,]?\s*(?:\((?P<year>(?:19|20)\d\d)[a-z]?\)|(?<=[.,] )(?P<bare>(?:19|20)\d\d))\.?\s*$"
)  # "A, B. (2019).", "A, B. 2024"
_THESIS_KIND = (
    r"(?P<kind>(?P<degree>Ph\.?\s?D\.?|Doctoral|Master['’]?s?|M\.?\s?S\.?c?\.?|M\.?A\.?|B\.?\s?S\.?c?\.?|B\.?A\.?|"
    r"Bachelor['’]?s?|Senior|Undergraduate|Honou?rs|Diploma)\s+(?:Thesis|Dissertation|diss)|Dissertation)\b"  # (Chicago's "PhD diss.")
)
# a thesis's line of its author: "**Adaku Uchendu**. Ph.D. Dissertation (2023)", "A. B, Master's Thesis, 2019"
_THESIS_LINE = re.compile(rf"^(?P<names>.+?)[.,]\s+{_THESIS_KIND}\.?,?\s*\(?(?P<year>(?:19|20)\d\d)?\)?\.?\s*$", re.IGNORECASE)
# a thesis's line under its author: "MS Thesis. Colorado State University, 2022", "PhD thesis, MIT (2021)",
# "Master's thesis, submitted to Kyoto University." (the school: no state of a paper under review)
_THESIS_VENUE = re.compile(
    rf"^{_THESIS_KIND}\s*[.,:]?\s*(?:(?:submitted|presented)\s+to\s+(?:the\s+)?)?(?P<school>.*?)[\s,.]*\(?(?P<year>(?:19|20)\d\d)?\)?\.?\s*$",
    re.IGNORECASE,
)
_NAMES_AND_YEAR = re.compile(r"[A-Z][^()]*?\s\((?:19|20)\d\d[a-z]?\)\.?")  # "Zhang, Y., **Tang, S.**, & Bousrih, J. (2025)."
_WRITTEN_ARXIV_ID = re.compile(r"arxiv[:\s]*(?P<year>[0-2]\d)(?:0[1-9]|1[0-2])\.\d{4,5}", re.IGNORECASE)
_NEW_ARXIV_ID = re.compile(r"arxiv\.org/(?:abs|pdf)/(?P<year>[0-2]\d)(?:0[1-9]|1[0-2])\.\d{4,5}", re.IGNORECASE)
_BOLD_TITLE_ALONE = re.compile(r"\*\*(?:[^*\s]+\s+){3,}[^*]*\*\*")  # "**Hopf monoids of set families**"
_HARD_BREAK = re.compile(r"[ \t]{2,}\n|\\\n|\n[ \t]+\n|<br\s*/?>")
# a line's label before its links or text: "Full paper (8/3/25): [PDF](...)", "<u>Abstract</u>: A graph ..."
_LINE_LABEL = re.compile(
    r"^\s*(?:\*\*|_|<u>)?(?:full paper|paper|links?|downloads?|abstract)(?:\*\*|_|</u>)?\s*(?:\([^()]*\))?\s*:\s*", re.IGNORECASE
)
_WITH_COAUTHORS = re.compile(
    r"[\s,]*\(\s*(?:joint\s+)?with\s+(?P<names>[^()]+)\)"
)  # "(with Kartik Athreya and Felipe Schwartzman)"
_QUOTED_TITLE = re.compile(r"\s*(?:''|[\"“])\s*(.+?)[,.]?\s*(?:''|[\"”])")  # ("''Title''", as some type quotes)
_WORKING_PAPER = re.compile(r"[\s,.]*\b(?:working paper|available at ssrn)\b[\s.:]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]*_]*\s*$")  # (a line that ends no sentence goes on in the next)
_ANY_PICTURE = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']|!\[[^\]]*\]\(\s*<?([^)\s>]+)""", re.IGNORECASE)
_NO_PREVIEW = re.compile(r"shields\.io|badge|icon|logo|\bpdf\.(?:png|svg|gif)", re.IGNORECASE)
_TABLE_ROW = re.compile(r"\|.*\|.*")  # a Markdown table's row ("| cell | cell |", its last pipe left out too)
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*")  # its header's rule ("|   :-:    | -       |")
_PICTURE_CELL = re.compile(r"\s*(?:<img\b[^>]*>|!\[[^\]]*\]\([^)]*\))\s*", re.IGNORECASE)
_BREAKS_IN_CELL = re.compile(r"(?:\s*<br\s*/?>\s*)+", re.IGNORECASE)
_KRAMDOWN_ITEM = re.compile(r"<li\b[^>]*\bmarkdown\s*=\s*[\"']1[\"'][^>]*>", re.IGNORECASE)
_KRAMDOWN_LIST = re.compile(r"<(?:ol|ul)\b[^>]*\bmarkdown\s*=\s*[\"']1[\"'][^>]*>", re.IGNORECASE)
_LIST_END = re.compile(r"</(?:ol|ul)\s*>", re.IGNORECASE)
_ITEM_END = re.compile(r"</li\s*>", re.IGNORECASE)
_YEAR_AT_END = re.compile(r"[,.\s]*\(?(?:19|20)\d\d\)?[.\s]*$")
_AUTHOR_FIELD = re.compile(r"^\s*author = \{(.*)\},?$", re.MULTILINE)  # (as `data_entry` writes it)
# the label a list of citations numbers each with: "[1]", "[J3]", "**[C2]**"
_CITATION_LABEL = re.compile(r"^\s*(?:\*\*|<b>|<strong>)?\[\s*[A-Za-z]{0,3}\s*\d{1,3}\s*\](?:\*\*|</b>|</strong>)?[.:]?\s+")
_YEAR_FIRST = re.compile(r"^\s*\(?((?:19|20)\d\d)\)?[.:,–—-]*\s+")  # a list of citations each after its year
# a venue and year in parentheses after a paper's title, as hand-written lists put it
_VENUE_BESIDE_TITLE = re.compile(r"^\s*[,.:]?\s*\(([^()]*?\b(?:19|20)\d\d\b[^()]*)\)\s*[.,]?\s*$")
_NOT_VENUE = re.compile(r"^\W*(?:tl;?dr|abstract|summary|note|highlights?|keywords|in this (?:work|paper))\b", re.IGNORECASE)


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
    kept: list[Line] = field(default_factory=list)  # its lines that stay where they are
    stays_in: str = "the biography"  # where that is (a note says so of a line that did not read)


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


def _kind_of(venue: str) -> str:
    """What a venue is (a record's `type`: conference, journal, preprint), from its words: a
    journal's ("Transactions"), then a conference's ("IEEE/CVF Conference on Computer Vision and
    Pattern Recognition", whose words name a journal too), then a journal's name ("TPAMI"); ""
    when they do not say ("Medical Image Analysis": an article, as any named venue); a publisher's name
    alone, a book; a book's editors, a chapter in it."""
    if _PREPRINT.search(venue) and not _TO_APPEAR_IN.search(venue):  # ("Preprint; to appear in Israel J. Math.": its journal's)
        return "preprint"
    if in_edited_volume(venue):  # "In A & B (eds.), Book (pp. 1-9). Place: Publisher": a chapter, or a paper in proceedings
        return "conference" if _CONFERENCE.search(venue) else "book-chapter"
    if PLACE_AND_PUBLISHER_ALONE.fullmatch(markdown_as_plain(_YEAR_AT_END.sub("", re.sub(r"\s*\[\w+\]", "", venue)))):
        return "book"  # ("North Charleston: CreateSpace")
    if _JOURNAL_WORDS.search(venue):
        return "journal"
    if _CONFERENCE.search(venue):
        return "conference"
    if _JOURNAL.search(venue):
        return "journal"
    if _PUBLISHER.search(venue):
        return "book"  # ("Concordia University Press, 2020": a book's publisher)
    return "conference" if _IN_VENUE.match(markdown_as_plain(venue)) else ""  # ("In AIAA Aviation, Chicago, IL, June 2022")


def heading_text(heading: str) -> str:
    """A heading's words, without its emoji, marks and links."""
    plain = without_tags(MARKDOWN_LINK.sub(r"\1", heading))
    return " ".join(re.sub(r"[^\w\s'&/-]", " ", plain).split())


def joined_item(lines: list[Line], at: int) -> tuple[Line, int]:
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
        elif MARKDOWN_HEADING.match(written) or _TOP_ITEM.match(written) or PAPER_BOX.search(written):
            break
        end += 1
    parts = [lines[at].text, *(line.text.strip() for line in lines[at + 1 : end])]
    return Line(lines[at].path, lines[at].number, "\n".join(parts).rstrip("\n")), end


def item_paragraphs(item: Line, sublists: bool = False) -> list[str]:
    """A list item's paragraphs, each on one line, without its bullet; with `sublists`, each item of
    a list under it one too ("- *2023.03 - 2024.08*, **M.S.** ... KAIST." and "    - [Thesis](...)")."""
    parts = re.split(r"\n\s*\n|\n(?=[-*+]\s)" if sublists else r"\n\s*\n", LIST_ITEM.match(item.text).group(1))
    return [
        " ".join(re.sub(r"^[-*+]\s+", "", part).split()) if sublists else " ".join(part.split()) for part in parts if part.strip()
    ]


def markdown_as_plain(markdown: str, around: str = " .,;") -> str:
    """A line of Markdown as plain text (a degree's, an award's): links as their text, without
    the marks `around` it (a sentence keeps its full stop: `around=" "`)."""
    plain = without_tags(MARKDOWN_LINK.sub(r"\1", _unescaped(markdown)))
    return re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", plain).strip(around)


def _unescaped(markdown: str) -> str:
    """Markdown's escaped marks as themselves ("\\*", "\\|")."""
    return re.sub(r"\\([\\`*_{}\[\]()#+.!|-])", r"\1", markdown)


# -- a paper ------------------------------------------------------------------------------------
def paper_box_end(lines: list[Line], at: int) -> int:
    """The line after a paper box's last (where its divs close)."""
    depth = 0
    for end in range(at, len(lines)):
        for tag in _DIV.finditer(lines[end].text):
            depth += -1 if tag.group(1) else 1
        if depth <= 0:
            return end + 1
    return len(lines)


def paper_box(lines: list[Line]) -> dict | None:
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


def paper_text(body: str, unnamed: bool = False) -> dict | None:
    """A paper box's text: its first line the title (a link, or bold), then the authors (the first
    line of names), its links (a line of links alone), the venue (another line), the rest (its
    items) the description. `unnamed`: a paper of the site's owner that names only its
    co-authors ("(with A and B)", its `coauthors`), the line under the title its venue."""
    body = body.replace("\\*", "*").replace("\\_", "_")
    if len(labelled := _FIELD_LABEL.split(body)) >= 5:  # "**Title:** ... **Author:** ... **Journal:** ..."
        return _labelled_paper(dict(zip((label.casefold() for label in labelled[1::2]), labelled[2::2], strict=True)))
    scholar = _CITATION_ID.search(body)
    body = _CITATIONS_SPAN.sub("", body)
    body = _ICON.sub("", body)  # ('<i class="fas fa-download"></i> [PDF](...)': a line of links)
    lines = [line.strip().rstrip("\\").strip() for line in re.split(r"\n|<br\s*/?>|\\\\", body)]
    lines = [line for line in lines if line and line not in ("**|**", "|")]
    if not lines:
        return None
    title, url, after = title_at_start(lines[0])
    if not title:
        return None
    record: dict[str, Any] = {"title": title}
    if url:
        record["url"] = url
    if scholar:
        record["scholar"] = scholar.group(1)
    if beside := _VENUE_BESIDE_TITLE.match(after):  # "**Title** (ACL 2020)", "**Title** (*to appear* ACL 2020)"
        record["venue"], after = markdown_as_plain(beside.group(1)), ""
    described: list[str] = []  # its own lines, a list's items as written ("- ...")
    for line in ([after] if after.strip(" ,.") else []) + lines[1:]:
        line = _LINE_LABEL.sub("", line)  # ("Full paper (8/3/25): [PDF](...) | [arXiv](...)", "Abstract: ...")
        if not line or _BADGES.fullmatch(line):
            continue  # "![Github stars](https://img.shields.io/...)": counts the old page showed, which no entry keeps
        if unnamed and "coauthors" not in record and (together := _WITH_COAUTHORS.fullmatch(markdown_as_plain(line, " "))):
            record["coauthors"] = names_of(markdown_as_plain(together["names"], around=" ,."))
        elif LIST_ITEM.match(line):
            described.append(line)
        elif links := _links_alone(line):
            record.setdefault("links", []).extend(links)
        elif "authors" not in record and (thesis := _THESIS_LINE.match(line)) and (names := _names(thesis["names"], alone=True)):
            record["authors"], record["emphasised"] = names, emphasised_names(line)  # "**A. Uchendu**. Ph.D. Dissertation (2023)"
            record.update(_thesis(thesis))
        elif "authors" not in record and (names := _names(_NAMES_YEAR.sub("", line))):
            record["authors"], record["emphasised"] = names, emphasised_names(line)
            if year := _NAMES_YEAR.search(line):  # "Jialin Shao, **Adaku Uchendu**, Dongwon Lee. (2019)."
                record.setdefault("year", year["year"] or year["bare"])
        elif "venue" not in record and "authors" in record and (thesis := _THESIS_VENUE.match(markdown_as_plain(line))):
            record.update(_thesis(thesis) | {"venue": thesis["school"]})  # "MS Thesis. Colorado State University, 2022"
        elif (
            "venue" not in record
            and ("authors" in record or unnamed)
            and _may_be_venue(line, record)
            and (venue := _venue_line(line, record))
        ):
            record["venue"] = venue
        else:
            described.append(line)
    if doi := next((found for line in described if (found := _DOI_LINE.match(_item_words(line)))), None):
        record.setdefault("doi", doi.group(1))  # ("- **DOI:** 10.1109/CISES66934.2025.11265584")
        described = [line for line in described if not _DOI_LINE.match(_item_words(line))]
    described = [line for line in described if markdown_as_plain(line).strip(" :").lower() not in _ABSTRACT_LABELS]
    described = _equal_contribution(record, described)  # "A, B, and C are co-first authors."
    if states := [line for line in described if _STATE_ALONE.fullmatch(_item_words(line))]:
        state = _item_words(states[0])  # ("- Accepted." under it: its state)
        record["note"] = f"{record['note']}; {state}" if record.get("note") else state
        described = [line for line in described if line not in states]
    if described:
        record["text"] = described
        record["abstract"] = "\n\n".join(LIST_ITEM.sub(r"\1", line) for line in described)
    return record


def _item_words(line: str) -> str:
    """A line of a paper's text as its words, without its list's marker ("- **DOI:** 10.1/x" is "DOI: 10.1/x")."""
    return markdown_as_plain(LIST_ITEM.sub(r"\1", line))


def _equal_contribution(record: dict, described: list[str]) -> list[str]:
    """A paper's lines without the one that says which authors contributed equally ("Jiacheng Liu,
    Yuzan Xiong, and Jingming Liang are co-first authors."), which is its `equal_contribution`."""
    equal = next(filter(None, (_CO_FIRST.match(markdown_as_plain(line)) for line in described)), None)
    named = [name for name in names_of(equal["names"]) if name in record.get("authors", [])] if equal else []
    if not named:
        return described
    record.setdefault("fields", []).append(("equal_contribution", " and ".join(named)))
    return [line for line in described if not _CO_FIRST.match(markdown_as_plain(line))]


def _labelled_paper(fields: dict[str, str]) -> dict | None:
    """A paper written as labelled fields ("**Title:** ... **Author:** Ali, M. A. **Journal:** MS
    Thesis, University of Illinois **Publication Year:** 2024", a link under them its address);
    None without a title and names."""
    links = [link for value in fields.values() for link in MARKDOWN_LINK.finditer(value)]
    plain = {label: markdown_as_plain(MARKDOWN_LINK.sub(" ", value), around=" ,;") for label, value in fields.items()}
    title, names = plain.get("title", "").rstrip("."), plain.get("authors") or plain.get("author", "")
    if not title or not (authors := names_of(names)):
        return None
    record: dict[str, Any] = {
        "title": title,
        "authors": authors,
        "emphasised": emphasised_names(fields.get("authors") or fields.get("author", "")),
    }
    venue = next((plain[label].rstrip(".") for label in _VENUE_LABELS if plain.get(label)), "")
    if thesis := _THESIS_VENUE.match(venue):  # "MS Thesis, University of Illinois at Urbana-Champaign"
        record |= _thesis(thesis) | {"venue": thesis["school"]}
    elif venue:
        record["venue"] = venue
    if year := _YEAR.search(plain.get("publication year") or plain.get("year") or ""):
        record["year"] = year.group()
    if links:
        record["url"] = links[0].group(2)
    return record


def _thesis(found: re.Match[str]) -> dict[str, Any]:
    """A thesis's type and year as the line of its author writes them ("Ph.D. Dissertation (2023)",
    "Master's Thesis, 2019", "Senior Thesis (2017)": biblatex's @thesis, its `type` saying which)."""
    degree = re.sub(r"[\s.'’]", "", (found["degree"] or "phd").lower())
    kind = "phd" if degree.startswith(("phd", "doctor")) else "masters" if degree.startswith(("master", "ms", "ma")) else ""
    record: dict[str, Any] = {"type": f"{kind}-thesis" if kind else "senior-thesis"}
    if not kind:
        record["fields"] = [("type", found["kind"][:1].upper() + found["kind"][1:].lower())]
    return record | ({"year": found["year"]} if found["year"] else {})


def _may_be_venue(line: str, record: dict) -> bool:
    """A line under the names that may be the venue: one before the links (after them, the
    description), or one with a year; not a "TL;DR:" or a long sentence."""
    if _NOT_VENUE.match(without_tags(line)) or (len(line.split()) > 25 and not _YEAR.search(line)):
        return False
    return not record.get("links") or bool(_YEAR.search(line))


def _venue_line(line: str, record: dict) -> str:
    """A line of the venue, and of links after it ("**CVPR 2022** \\| [Paper](...) \\| [Code](...)"):
    the venue, the links added to the record's."""
    links, rest = labelled_links(line)
    record.setdefault("links", []).extend(links)
    venue = markdown_as_plain(_EDGE_SEPARATORS.sub("", rest).strip()) if links else markdown_as_plain(line)
    return venue if re.search(r"\w", venue) else ""


def labelled_links(line: str) -> tuple[list[dict[str, str]], str]:
    """The links of a line that say what they are ("[Paper](...)", "[[code]](...)", a stars badge
    linking the code), and the line without them."""
    links = []
    for link in list(MARKDOWN_LINK.finditer(line)):
        if doi := _DOI_AS_WORDS.fullmatch(markdown_as_plain(link.group(1))):  # "[DOI: 10.3390/v16091358](publisher's page)"
            links.append({"label": "DOI", "url": f"https://doi.org/{doi.group(1).rstrip('.')}"})
            line = line.replace(link.group(0), " ", 1)
        elif _LINK_LABEL.match(markdown_as_plain(link.group(1))) or link.group(1).lstrip().startswith(("![", "<img")):
            links += _links_alone(link.group(0))
            line = line.replace(link.group(0), " ", 1)
    return links, re.sub(r"\[\s*\]", " ", line)


def title_at_start(line: str) -> tuple[str, str, str]:
    """A paper's title at the start of a line (a Markdown or HTML link, bold, or `[Title]`), its
    address and what follows it."""
    line = line.strip()
    if (found := MARKDOWN_LINK.match(line)) and not _LINK_LABEL.match(without_tags(found.group(1))):
        return markdown_as_plain(found.group(1)), found.group(2).strip("<>"), line[found.end() :]
    if (found := HTML_LINK.match(line)) and not _LINK_LABEL.match(without_tags(found.group(2))):
        return without_tags(found.group(2)).strip(" ."), found.group(1), line[found.end() :]
    if found := _STRONG_TITLE.match(line):
        title = (found.group(1) or found.group(2) or found.group(3)).strip(" .")
        if linked := MARKDOWN_LINK.fullmatch(title):  # "**[Title](...)**": the link's
            return markdown_as_plain(linked.group(1)), linked.group(2).strip("<>"), line[found.end() :]
        return title, "", line[found.end() :]
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
                markdown_as_plain(re.sub(r"!\[[^\]]*\]\([^)]*\)", "", label)).strip("[] ")
                or (alt.group(1) if alt else "")
                or "Link"
            )
            if url and not url.startswith("#") and _TEMPLATE_SCHOLAR not in url and not _CITED_COUNT.match(words):
                found.append((link.start(), {"label": words, "url": url}))  # (not "Citations: 4": a count, no link)
        rest = pattern.sub(lambda link: " " * len(link.group(0)), rest)
    alone = not re.sub(r"[\[\]]", "", LINK_SEPARATORS.sub("", rest))  # (a link in brackets: "[[PDF](...)] [[Code](...)]")
    return [link for _, link in sorted(found, key=lambda place: place[0])] if found and alone else []


def _names(line: str, alone: bool = False) -> list[str]:
    """A line of authors' names ("Han Yin, **Yang Xiao**, Rohan Kumar Das."; names may be links
    to their pages, marked * or †): the names, their marks kept; [] for a line that is not. A
    name `alone` (not in bold, no other with it) is one only where names are due (after a listed
    paper's title)."""
    line = re.sub(r"\s*;\s*", ", ", line)  # ("A, B; C; D": names parted by semicolons too)
    plain = markdown_as_plain(line).rstrip(".")
    unmarked = re.sub(r"[*†‡§#]", "", MARKS_EXPLAINED.sub("", plain))
    emphasised = "**" in line or "<b" in line.lower() or ITALIC_NAME.fullmatch(line.strip())  # ("*Abhijnan Nath*" alone)
    if not alone and "," not in unmarked and " and " not in unmarked and not emphasised:
        return []
    if not NAME_LIST.fullmatch(unmarked.strip(" ,")):
        return []
    return listed_authors(_LINE_END.sub("", MARKDOWN_LINK.sub(r"\1", line)))


def emphasised_names(written: str) -> list[str]:
    """The names a line of authors puts in bold, italics or underlines (the owner's: "**Yang Xiao\\***",
    "<strong>Wu, Jie JW</strong>", "*Abhijnan Nath*"), without their marks, as `listed_authors` reads them."""
    written = written.replace("\\*", "*")
    found = re.findall(r"\*\*(.+?)\*\*|__(.+?)__|<(b|strong|u|i|em)>(.+?)</\3>", written, re.IGNORECASE)
    names = [listed_authors(next(part for part in (bold, under, inner) if part)) for bold, under, _tag, inner in found]
    names += [listed_authors(name) for name in ITALIC_NAME.findall(written.replace("**", ""))]  # ("*Abhijnan Nath*")
    return [name[0].rstrip("*†‡§#+ ") for name in names if len(name) == 1]


_MID_LINE_BREAK = re.compile(r"[ \t]*<br\s*/?>(?=[ \t]*\S)", re.IGNORECASE)  # a line break with more after it on its line
_BY = re.compile(r"^\s*,?\s*(?:by|By|BY|—|–)\s+")  # "[Title](...) by A, B. *Venue*, 2024"
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# a link with the bold words before it ("**Code:** [https://github.com/x](https://github.com/x)")
_LABELLED_LINK = re.compile(r"(?:\*\*([^*]+?)\s*:?\s*\*\*\s*:?\s*)?\[([^\]]*)\]\(([^)\s]+)\)")
_AFTER_FIRST_NAME = re.compile(r"\s*(?:,|and\b|&)")  # the other names after the first one's


def _item_paper(item: Line) -> dict | None:
    """A listed paper: "``CVPR 2016`` [Title](url), A, **B**, C." or "[Title](url), A, B, C,
    **CVPR 2020**" (the venue in bold or italics after the names), links after them."""
    written = LIST_ITEM.match(item.text).group(1).replace("\\*", "*").replace("\\_", "_")
    badge = ""
    if found := _CODE_BADGE.match(written):
        badge = without_tags(next(group for group in found.groups() if group))
        written = written[found.end() :]
    written = _MID_LINE_BREAK.sub("\n", written)  # ("... 2024<br>**Code:** [...](...)": a line under it)
    if "\n" not in written:
        return _line_paper(written, badge)
    first, more = _first_line(written)  # a paper of its own first line, what it won and its code under it
    if (whole := _line_paper(first, badge)) and whole.get("authors") and (whole.get("venue") or whole.get("abbr")):
        return _with_lines_under(whole, more)
    record = paper_text(written)  # "- **Title**  " and the names, the venue on the lines under it
    if record is not None and badge:
        read_badge(record, badge)
    return record if record and (record.get("authors") or record.get("abbr")) else _with_lines_under(whole, more)


def _first_line(written: str) -> tuple[str, str]:
    """An item's first line, and the lines under it; the first goes on while an emphasis it opens
    is not closed ("*18th International Workshop on" over "Mining with Graphs*, Grenoble, 2022")."""
    lines = written.split("\n")
    at = 1
    while at < len(lines) and len(re.findall(r"(?<!\*)\*(?!\*)", " ".join(lines[:at]))) % 2:
        at += 1
    return " ".join(line.strip() for line in lines[:at]), "\n".join(lines[at:])


def _line_paper(written: str, badge: str) -> dict | None:
    """A paper listed on one line: its title first, then the names and the venue."""
    title, url, after = title_at_start(written)
    url = "" if url.strip() in ("#", "") else url  # (a title linked to no page: "[Title](#)")
    if not title or (not url and _owner_first(title, after, written)):
        return None
    record: dict[str, Any] = {"title": title}
    if url:
        record["url"] = url
    after = _BY.sub("", _CITATIONS_SPAN.sub("", after), count=1)
    venue = re.search(
        r"(?:,|\.)?\s*(?:\*\*|\*|_|<(?:b|i|em|strong)>)([^*_<]*?\d{4}[^*_<]*?)(?:\*\*|\*|_|</\w+>)\s*\.?\s*$", after
    )
    if venue and not badge:
        record["abbr"] = venue.group(1).strip()
        after = after[: venue.start()]
    links, after = labelled_links(after)
    if links:
        record["links"] = links
    rest = re.sub(r"\s*\\?\|\s*$", "", after).strip(" ,").lstrip(".:; ")  # ("**Title**. A, B.": not ". A")
    names_part, venue_part = [*_NAMES_END.split(rest, maxsplit=1), ""][:2]
    if names := _names(names_part, alone=True):
        record["authors"], record["emphasised"] = names, emphasised_names(names_part)
        if venue_part.strip(" ."):
            record.update(_venue_and_place(venue_part))
    if badge:
        read_badge(record, badge)
    return record if record.get("authors") or record.get("abbr") else None


def _venue_and_place(written: str) -> dict[str, Any]:
    """A listed paper's venue: "*Venue*, Place (Country), 2024" as the venue in emphasis, its
    year and its place (`address`); any other way as the words it is (its year read from them)."""
    found = re.match(r"\s*(?:\*\*|\*|_)([^*_]+)(?:\*\*|\*|_)\s*,\s*(.+?)[\s.]*$", written)
    year = _YEAR.search(found.group(2)) if found else None
    place = _YEAR.sub("", found.group(2)).strip(" ,.") if found and year else ""
    if found is None or year is None or re.search(r"\d", place):  # ("*Stat*, 43(2):1-10, 2024": numbers, not a place)
        return {"venue": markdown_as_plain(written)}
    return {"venue": found.group(1).strip(), "year": year.group(), **({"fields": [("address", place)]} if place else {})}


def _with_lines_under(record: dict | None, under: str) -> dict | None:
    """A listed paper with the lines under its item: their links (`**Code:** [https://...](...)`,
    labelled by the bold words before them when their own words are an address), a list of
    sentences on it its abstract, and what else they say (an award, a ranking) as its note."""
    if record is None:
        return None
    notes, described = [], []
    for line in under.split("\n"):
        line = LINE_BREAK.sub(" ", line).strip()
        links = [
            {"label": markdown_as_plain(label if not re.match(r"https?://", label) else before) or "Link", "url": url}
            for before, label, url in _LABELLED_LINK.findall(line)
        ]
        if links and not markdown_as_plain(_LABELLED_LINK.sub(" ", line)).strip(" |·,;"):  # (not a link in a sentence)
            record.setdefault("links", []).extend(links)
        elif (item := LIST_ITEM.match(line)) and len(item.group(1).split()) > 3:  # ("- LSTM models are benchmarked ...")
            described.append(item.group(1))
        elif said := markdown_as_plain(line).strip(" .:-"):
            notes.append(said)
    if notes:
        record["note"] = "; ".join(notes)
    if described:  # (a list of what it found, under it: its summary)
        record["abstract"] = "\n\n".join(described)
    return record


def _owner_first(bold: str, after: str, written: str) -> bool:
    """Whether a listed paper's bold start is its first author's name, the owner's in bold
    ("**P. Natarajan**, T. Berg and L. Okafor. Title. *Venue*, 2024."), not its title: a citation."""
    return bool(_AFTER_FIRST_NAME.match(after)) and bool(_names(bold, alone=True)) and _citation(written) is not None


def _cited_paper(item: Line, year: str = "") -> dict | None:
    """A listed paper written as a citation, its names first (`_citation`); a list under it its
    points (`_with_lines_under`)."""
    paragraphs = item_paragraphs(item)
    under = [paragraph for paragraph in paragraphs[1:] if LIST_ITEM.match(paragraph)]
    if under and len(under) == len(paragraphs) - 1 and (record := _citation(paragraphs[0], year)):
        return _with_lines_under(record, "\n".join(under))
    return _citation(" ".join(paragraphs), year)


def _dated(record: dict, year: str) -> dict:
    """A paper's record with the `year` of the heading it is listed under when it says none itself."""
    if year and not record.get("year") and not _YEAR.search(f"{record.get('venue', '')} {record.get('abbr', '')}"):
        record["year"] = year
    return record


def _citation(written: str, year: str = "") -> dict | None:
    """A paper written as a citation, its names first ("Anna Vesely and **Livio Finos**.
    Permutation tests. *Stat*, 2024. [PDF](...)", APA's "**Izydorczyk, D.**, & Bröder, A. (2021).
    Title. _Journal_. (https://doi.org/...)"), its links and a bare address (the paper's, or its
    DOI's) apart: None unless it reads as names, a title and a venue with its year (or the `year`
    of the heading it is under)."""
    if len(_BLOCK_BREAKS.findall(written)) > 1:
        return None  # several citations on one line ("<li>A ...</li><li>B ...</li>"): none is read
    written = _CITATION_LABEL.sub("", HTML_LINK.sub(lambda link: f"[{link.group(2)}]({link.group(1)})", written), count=1)
    if year_first := _YEAR_FIRST.match(written):  # "(2024) A. Vesely, L. Finos. Title. Stat."
        written = written[year_first.end() :]
    links, rest = labelled_links(written)
    rest, titles_address = _title_link_as_words(rest)
    doi = _WRITTEN_DOI.search(rest) or _WRITTEN_DOI.match(titles_address)
    rest = _WRITTEN_DOI.sub(" ", rest)
    addresses = [
        address for address in [titles_address, *_BARE_ADDRESS.findall(rest)] if address and not _WRITTEN_DOI.match(address)
    ]
    rest = _EMPTY_BRACKETS.sub(" ", _BARE_ADDRESS.sub(" ", rest))
    rest = _LINK_TEXT.sub(r"\1", rest)  # (a link's words left in brackets)
    parts = _emphasised_title(rest, linked=bool(titles_address)) or split_citation(markdown_as_plain(rest, around=" "))
    if parts is not None and (year_first or year) and not _YEAR.search(parts[2]):
        parts = (parts[0], parts[1], f"{parts[2].strip(' .,')}, {year_first.group(1) if year_first else year}")
    if parts is not None and not _YEAR.search(parts[2]) and (arxiv := _WRITTEN_ARXIV_ID.search(parts[2])):
        parts = (parts[0], parts[1], f"{parts[2].strip(' .,')}, 20{arxiv['year']}")  # ("arXiv:2106.05956[cs.LG]": of 2021)
    if parts is None or not (_YEAR.search(parts[2]) or STATE_AT_END.search(parts[2])):
        return None  # (a paper under review has no year yet: "*Journal*, Under Review.")
    names, title, venue = parts
    authors = names_of(names)
    if not all(" " in name or "," in name for name in authors if name not in ("others", "…")):
        return None  # a word alone is no person's name: "Talk: Permutation tests. Padova, 2023."
    record: dict[str, Any] = {"title": title, "authors": authors, "venue": venue.strip(" .,")}
    if thesis := _THESIS_VENUE.match(record["venue"]):  # "Ph.D. thesis, Caltech (1997)": the university the venue
        record |= _thesis(thesis) | {"venue": record["venue"][thesis.start("school") :].strip(" ,.")}
    record["emphasised"] = emphasised_names(rest)
    if doi:
        record["doi"] = doi.group(1)
    if addresses:
        record["url"] = addresses[0]
    if links:
        record["links"] = links
    return record


def _title_link_as_words(written: str) -> tuple[str, str]:
    """A citation with its title's link as the title's words in italics (IEEE's `"[*Title*](https://...),"`,
    "A, B, [Title](https://...), Venue, 2023"; the link's words of three or more that are no
    link's label; a title in brackets alone, "A, B, [Title], Venue, 2023"), and its address."""
    for link in [*MARKDOWN_LINK.finditer(written), *_BRACKETED_TITLE.finditer(written)]:
        words = markdown_as_plain(link.group(1)).strip('"“”')  # (a title in quotes inside its link: '["Title."](...)')
        if len(words.split()) >= 3 and not _LINK_LABEL.match(words):  # (in italics now: "A, B, *Title*, Venue, 2023")
            address = link.group(2) if link.re is MARKDOWN_LINK else ""
            return written.replace(link.group(0), f"*{words}*", 1), address.strip("<> ")
    return written, ""


def _unnamed_paper(written: str, year: str = "") -> dict | None:
    """A paper listed without its authors' names, as an economist lists their own ("''Does
    Redistribution Increase Output?'' Quantitative Economics, November 2017 (with Kartik Athreya
    and Felipe Schwartzman) [Link](...)", "*Title*, Venue, 2016"): its title first (in quotes,
    italics or bold, or a link), the venue and its year after it, its co-authors "(with A and B)"
    as `coauthors`; None for another line."""
    links, rest = labelled_links(written)
    coauthors: list[str] = []
    if together := _WITH_COAUTHORS.search(rest):
        coauthors = names_of(markdown_as_plain(together["names"], around=" ,."))
        rest = rest[: together.start()] + rest[together.end() :]
    title, url, after = title_at_start(rest)
    if not title and (found := _QUOTED_TITLE.match(rest) or _ITALICS.match(rest.strip())):
        title, after = markdown_as_plain(next(group for group in found.groups() if group)), rest.strip()[found.end() :]
    venue = _WORKING_PAPER.sub("", markdown_as_plain(after, around=" ,.;:"))
    if not title or not (_YEAR.search(venue) or year) or NAME_LIST.fullmatch(venue.strip(" ,.")):
        return None
    record: dict[str, Any] = {"title": title.strip(" ,."), "coauthors": coauthors, "venue": venue.strip(" ,.;:")}
    if _WORKING_PAPER.search(after):
        record |= {"type": "preprint", "note": "Working paper"}
    if url or links:
        record |= {"url": url} if url else {"links": links}
    return record


def _unnamed_paragraph(lines: list[Line], year: str = "") -> dict | None:
    """A paragraph of a paper without its authors' names ("**[Title](...)** (2025)" over its PDF's
    link and a line on it; "''Title'' Venue, 2017 (with A and B)" alone): the owner's (see
    `_unnamed_paper`); None for another."""
    if len(lines) == 1:
        return _unnamed_paper(lines[0].text, year)
    written = "\n".join(line.text for line in lines)
    if _HARD_BREAK.search(written):  # (an HTML paragraph's lines: those its <br>s part; the others wrap)
        written = "\n".join(" ".join(part.split()) for part in _HARD_BREAK.split(written))
    record = paper_text(written, unnamed=True)
    if record is None or record.get("authors") or not (year or record.get("venue") or record.get("coauthors")):
        return None
    arxiv = next((found for link in record.get("links", []) if (found := _NEW_ARXIV_ID.search(link["url"]))), None)
    if not year and not _YEAR.search(record.get("venue", "")) and arxiv:
        year = f"20{arxiv['year']}"  # (a preprint's year, its arXiv identifier's: "2508.00157" is of August 2025)
    return _dated(record, year) | {"coauthors": record.get("coauthors", [])}


def _papers_as_items(text: str) -> str:
    """A page's papers written as kramdown's HTML items or a Markdown table's rows as Markdown's
    list items, line for line (`_kramdown_items`, `_table_rows`): a publications page's and `--list`'s."""
    return _table_rows(_kramdown_items(text))


def _kramdown_items(text: str) -> str:
    """A page's HTML list items whose Markdown kramdown reads (`<li markdown="1">`, a paper each,
    its notes a list under it) as Markdown's items, line for line (the notes name the same lines):
    the tags' lines blank, the item's first line after "- ", its other lines indented under it."""
    lines, listed, inside, first = text.split("\n"), False, False, False
    for at, line in enumerate(lines):
        if _KRAMDOWN_ITEM.fullmatch(line.strip()):
            lines[at], inside, first = "", True, True
        elif inside and _ITEM_END.fullmatch(line.strip()):
            lines[at], inside = "", False
        elif _KRAMDOWN_LIST.fullmatch(line.strip()):
            lines[at], listed = "", True
        elif listed and _LIST_END.fullmatch(line.strip()):
            lines[at], listed = "", False  # (its list's end: another list's tags stay)
        elif inside and line.strip():
            lines[at] = f"- {line.strip()}" if first else line if line.startswith((" ", "\t")) else f"  {line}"
            first = False
    return "\n".join(lines)


def _table_rows(text: str) -> str:
    """A page's Markdown table of papers (a fork's: a row a paper, its picture in one cell and its
    names, title and venue, parted by `<br>`, in the next) as a list of them, line for line: the
    header and its rule blank, a row an item, its picture after its words (the entry's preview).
    A table of anything else (a row of two cells of words, a row with no year) stays as it is."""
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _TABLE_ROW.fullmatch(lines[end].strip()):
            end += 1
        rows = [_paper_row(line) for line in lines[at:end]]
        if end > at and any(rows) and all(row is not None for row in rows):
            lines[at:end] = rows
        at = max(end, at + 1)
    return "\n".join(lines)


def _paper_row(line: str) -> str | None:
    """A table's line as a list's: "" for its rule or a header of no words, an item for a row of one
    cell of words with a year (and pictures); None for a row of anything else."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    words = [cell for cell in cells if cell and not _PICTURE_CELL.fullmatch(cell)]
    if _TABLE_RULE.fullmatch(line.strip()) or not words:
        return ""
    if len(words) != 1 or len(cells) < 2 or not _YEAR.search(words[0]):
        return None
    pictures = "".join(f" {cell}" for cell in cells if _PICTURE_CELL.fullmatch(cell))
    return f"- {_BREAKS_IN_CELL.sub(' ', words[0])}{pictures}"


def _item_picture(written: str) -> str:
    """The picture a listed paper shows beside its words (not a link's icon, a badge, a logo): its
    address; "" for none."""
    unlinked = MARKDOWN_LINK.sub(" ", HTML_LINK.sub(" ", written))
    found = next((found for found in _ANY_PICTURE.finditer(unlinked) if not _NO_PREVIEW.search(found[1] or found[2])), None)
    return (found[1] or found[2]) if found else ""


def _in_order_of_family_names(names: list[str]) -> list[str]:
    """Authors in the order of their family names, as economists list them (the order a list that
    names only the co-authors, "(with A and B)", gives no other way to know)."""
    return sorted(names, key=lambda name: (name.split(",")[0] if "," in name else name.split()[-1]).casefold())


def _emphasised_title(written: str, linked: bool = False) -> tuple[str, str, str] | None:
    """A citation whose title, in italics, follows the names after a comma ("Anna Vesely, Livio
    Finos, *Permutation tests*, Stat, 2024"), or after their full stop when it was a link (`linked`:
    "Kanchi, __He__. [__Title__](...) _Journal_ (2025)."), as its names, title and the rest; None
    for another."""
    found = _ITALICS.search(written)
    ends = (",", ".") if linked else (",",)
    if found is None or not written[: found.start()].rstrip().endswith(ends):
        return None
    names = markdown_as_plain(written[: found.start()], around=" ,")  # ("A, B, ...,": names left out, "others")
    if linked and names.endswith(".") and not names.endswith(("...", "…")):
        names = names[:-1]  # ("Kanchi, He.": the names' full stop before the title)
    if not NAME_LIST.fullmatch(names) or not names_of(names):
        return None
    return names, markdown_as_plain(found.group(1) or found.group(2) or found.group(3)), markdown_as_plain(written[found.end() :])


def _paragraph_end(lines: list[Line], at: int) -> int:
    """Where a paragraph that starts at `at` ends (its first blank line, heading or list item);
    `at` itself for a line that starts none (one after another line of text)."""
    if not lines[at].text.strip() or (at > 0 and lines[at - 1].text.strip() and not MARKDOWN_HEADING.match(lines[at - 1].text)):
        return at
    end = at + 1
    while (
        end < len(lines)
        and lines[end].text.strip()
        and not MARKDOWN_HEADING.match(lines[end].text)
        and not LIST_ITEM.match(lines[end].text)
    ):
        end += 1
    return end


def _paragraph_papers(lines: list[Line], year: str = "") -> list[tuple[dict, Line]]:
    """The papers a paragraph writes, each with its first line: one, a bold title (or its link)
    over the names, the venue with its year and links, a line each; or a citation a line (lines
    parted by hard breaks, an HTML list's items, the tags around them aside), when every line reads
    as one (the `year` of the heading it is under for one that says none); one citation over its
    lines (an HTML paragraph's, or APA's names and year a line over the title's and the venue's);
    [] for any other paragraph."""
    while len(lines) > 1 and _RULE.match(lines[0].text):
        lines = lines[1:]  # ("---" right over the paper's first line, parting it from the one before)
    record = paper_text("\n".join(line.text for line in lines))
    if record is not None and record.get("authors") and (year or _YEAR.search(record.get("venue", ""))):
        return [(_dated(record, year), lines[0])]
    cited = [(_citation(line.text, year), line) for line in _html_items(lines) if not _LIST_TAGS.fullmatch(line.text)]
    if all(record for record, _ in cited):
        return [(record, line) for record, line in cited if record is not None]
    lines = [line for line in lines if not _TAGS_ALONE.fullmatch(line.text)] or lines  # (an HTML item's <li> lines aside)
    wrapped = not any(_SENTENCE_END.search(line.text) for line in lines[:-1])  # (an HTML `<p>` over lines)
    links_under = all(  # (a table's row, an item: the citation, its links; "arXiv:2106.05956" on a line of its own)
        _links_alone(line.text) or len(markdown_as_plain(line.text).split()) <= 3 for line in lines[1:]
    )
    if len(lines) > 1 and (wrapped or links_under or _NAMES_AND_YEAR.fullmatch(markdown_as_plain(lines[0].text))):
        record = _citation(" ".join(line.text.strip().rstrip("\\").strip() for line in lines), year)
        return [(record, lines[0])] if record is not None else []
    return []


def _html_items(lines: list[Line]) -> list[Line]:
    """A paragraph's lines, an HTML list's item written over several lines as one (at its first)."""
    text = "\n".join(line.text for line in lines)
    if "\n" not in text or not _HTML_ITEM.search(text) or not _LIST_TAGS.fullmatch(_HTML_ITEM.sub("", text) or " "):
        return lines
    ends = list(itertools.accumulate(len(line.text) + 1 for line in lines))
    items = []
    for item in _HTML_ITEM.finditer(text):
        first = next(line for line, end in zip(lines, ends, strict=True) if item.start() < end)
        items.append(Line(first.path, first.number, " ".join(item.group(0).split())))
    return items


def kept_pieces(section: Section) -> list[tuple[Path, int, str]]:
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


def _item_around(text: str, block: re.Match[str]) -> tuple[int, int]:
    """Where the list item holding a block of BibTeX starts and ends: the HTML `<li>` it is in, the
    Markdown item it is indented under (a fenced block), or the block alone."""
    if item := next((item for item in _HTML_ITEM.finditer(text) if item.start() <= block.start() < item.end()), None):
        return item.start(), item.end()
    lines = text[: block.start()].split("\n")[:-1]  # (the lines before the block's own)
    for at in range(len(lines) - 1, -1, -1):
        if LIST_ITEM.match(lines[at]):
            return sum(len(line) + 1 for line in lines[:at]), block.end()
        if lines[at].strip() and not lines[at].startswith((" ", "\t")):
            break  # (text of its own before the block: the block is no item's)
    return block.start(), block.end()


def _without_chrome(line: str) -> str:
    """A line of a list whose items were read: blank if it is comments alone, an HTML heading as
    Markdown's (so that it goes when nothing under it stays: `_keep_their_headings`)."""
    if _CHROME_ALONE.match(line):
        return ""
    if heading := HTML_HEADING.match(line):
        return f"{'#' * int(heading.group(1))} {without_tags(heading.group(2)).strip()}"
    return line


def dedented_bibtex(bibtex: str) -> str:
    """A BibTeX entry written indented inside a page's `<textarea>`, `<pre>` or list item, as a
    file's: its lines from the left."""
    lines = [line.strip() for line in bibtex.strip().splitlines()]
    return "\n".join(line if line.startswith(("@", "}")) else f"  {line}" for line in lines)


def _bibtex_record(entry: str, around: str) -> dict | None:
    """A paper's record from its own BibTeX (`own bibtex`, which its entry is) and the links
    written around it (not the one that shows the BibTeX: `javascript:toggleBibtex(...)`); None
    for an entry without a title."""
    library = bibtexparser.parse_string(entry)
    if len(library.entries) != 1 or not (title := library.entries[0].fields_dict.get("title")):
        return None
    record: dict[str, Any] = {"title": without_tags(str(title.value)).strip("{} "), "own bibtex": entry}
    links = [
        {"label": without_tags(label).strip("[] ") or "Link", "url": url}
        for url, label in [*HTML_LINK.findall(around), *((url, label) for label, url in MARKDOWN_LINK.findall(around))]
        if re.match(r"https?://|/|\w[\w./-]*\.\w+$", url)
        and not re.match(r"bib(?:tex)?$", without_tags(label).strip("[] "), re.I)
    ]
    if links:
        record["links"] = links
    return record


def _keep_their_headings(section: Section) -> None:
    """The headings over lines of a section that stay ("## Talks" over a talk on a publications
    page) kept with them; a heading whose papers all became entries is not, nor a rule (`---`)
    that parted lists or papers that are entries now: one stays only between lines kept, once."""
    places = {(line.path, line.number): at for at, line in enumerate(section.lines)}
    ordered = sorted(section.kept, key=lambda line: places.get((line.path, line.number), -1))
    said = [places.get((line.path, line.number), -1) for line in ordered if not _RULE.match(line.text)]
    kept, after_text = [], False
    for line in ordered:
        if not _RULE.match(line.text):
            kept.append(line)
            after_text = True
        elif after_text and places[(line.path, line.number)] < max(said, default=-1):
            kept.append(line)  # (a rule between two lines kept; the next rules before text again are not)
            after_text = False
    section.kept = [line for line in kept if not _label_of_papers_read(line, section, places)]
    kept = {(line.path, line.number) for line in section.kept if not _RULE.match(line.text)}
    headings = [at for at, line in enumerate(section.lines) if MARKDOWN_HEADING.match(line.text)]
    for at, end in pairwise([*headings, len(section.lines)]):
        if any((line.path, line.number) in kept for line in section.lines[at + 1 : end]):
            section.kept.append(section.lines[at])


def _label_of_papers_read(line: Line, section: Section, places: dict[tuple[Path, int], int]) -> bool:
    """Whether a line kept is a list's label ("Published:", "Preprints:") over papers that are all
    entries now (the next line with words is no line kept): it goes with them."""
    if not _LIST_LABEL.fullmatch(markdown_as_plain(line.text, around=" ")):
        return False
    kept = {(kept.path, kept.number) for kept in section.kept}
    after = section.lines[places.get((line.path, line.number), len(section.lines)) + 1 :]
    following = next((other for other in after if other.text.strip()), None)
    return following is not None and (following.path, following.number) not in kept and bool(LIST_ITEM.match(following.text))


def _blank_between(lines: list[Line], first: int | None, second: int | None) -> bool:
    """Whether a blank line parts two lines of a section (each given by its place, None for a line
    a reader made): Jon Barron's page's paragraphs are of one line of its HTML."""
    return first is not None and second is not None and any(not line.text.strip() for line in lines[first + 1 : second])


def completed(entry: str, fields: list[tuple[str, str]]) -> tuple[str, str]:
    """An entry as its author wrote it (a `bibtexurl` file, the page's own BibTeX) with what its
    page adds and it lacks: the abstract, links and picture; and its key. A file of several
    entries is kept as it is (no key)."""
    library = bibtexparser.parse_string(entry)
    if len(library.blocks) != 1 or len(library.entries) != 1 or entry[-1] not in "})":
        return entry, ""
    own = library.entries[0]
    present = {name.lower() for name in own.fields_dict}
    if "eprint" in present:
        present.add("arxiv")
    added = [(name, value) for name, value in fields if name in _ADDED_FROM_PAGE and name not in present]
    if not added:
        return entry, own.key
    inside = entry[:-1].rstrip().rstrip(",")
    return inside + ",\n" + ",\n".join(f"  {name} = {{{value}}}" for name, value in added) + "\n" + entry[-1], own.key


# what a page adds to its own BibTeX entry: what the entry shows that BibTeX files rarely hold
_ADDED_FROM_PAGE = frozenset(
    {"abstract", "doi", "url", "pdf", "code", "slides", "poster", "video", "dataset", "blog", "website", "supp", "arxiv",
     "preview", "note", "equal_contribution", "corresponding", "author", "year", "month", "abbr", "selected"}
)  # fmt: skip


# a paper's BibTeX written on a page: in a `<pre>` or `<textarea>` (HTML exports' hidden boxes), or a fenced block
_WRITTEN_BIBTEX = re.compile(
    r"<(pre|textarea)\b[^>]*>\s*(@\w+\s*\{.*?)</\1\s*>|^[ \t]*```[\w-]*[ \t]*\n\s*(@\w+\s*\{.*?)^[ \t]*```[ \t]*$",
    re.DOTALL | re.IGNORECASE | re.MULTILINE,
)
_HTML_ITEM = re.compile(r"<li\b[^>]*>.*?</li\s*>", re.DOTALL | re.IGNORECASE)  # an HTML list's item, its lines too
HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.IGNORECASE)  # a line of an HTML heading alone
# an element that holds nothing but space and comments (a list whose items were read), and a line of comments alone
_EMPTY_WRAPPER = re.compile(r"<(ul|ol|div|p)\b[^>]*>(?:\s|<!--.*?-->|<br\s*/?>)*</\1\s*>", re.IGNORECASE | re.DOTALL)
_CHROME_ALONE = re.compile(r"^\s*(?:<!--.*?-->\s*)+$")


class HandWrittenPapers:
    """What reads the papers of a publications section written by hand into BibTeX entries: a part
    of the importers whose sites list papers by hand (academicpages' and al-folio's publication
    pages, and AcadHomepage's and the one-page templates' built on academicpages'), which writes
    `entries` when the import is done (`write_entries`); `names_written` are the owner's names as
    the papers write them in bold (the profile's aliases). The importer (a `Migration`) gives
    `note`, `here`, `local_file`, `write` and `target`."""

    example_titles: tuple[str, ...] = ()  # a template's example papers, left out (AcadHomepage's)
    name: str = ""  # the site's owner (the importer's profile's name: its own papers may name only their co-authors)

    def __init__(self, source: Path, target: Path) -> None:
        super().__init__(source, target)  # type: ignore[call-arg]  # the importer's own (Migration's)
        self._start_papers()

    def owner_name(self) -> str:
        """The site's owner, whose own papers a list may give without names ("''Title'' Venue, 2017
        (with A and B)"): the importer's profile's name; "" when there is none to give."""
        return "" if self.name in ("", "Your Name") else self.name  # (not a template's stand-in)

    def _start_papers(self) -> None:
        self.entries: list[str] = []
        self.keys: set[str] = set()
        self.names_written: list[str] = []  # the owner's name as the papers write it, in bold (the profile's aliases)
        self.titles_made: set[str] = set()  # the titles of the entries made, as `record_title` compares them
        self.authors_listed: list[list[str]] = []  # each entry's authors, as its BibTeX writes them

    def owner_as_listed(self, name: str) -> list[str]:
        """The owner's names as a list that marks none of them writes them ("J. Sansa-Otim", "Sansa
        Otim, J.", "Julianne SANSA OTIM" for Julianne Susanne Otim): the names of the owner's family
        name and first initial, when one of them is on most of the papers (then they are the owner's,
        not a namesake's); those sitegen finds by the profile's name alone ("J. Otim") not among them."""
        words = [word for word in re.split(r"[\s,.-]+", name.casefold()) if word]
        if len(words) < 2:
            return []
        family, initial = words[-1], words[0][0]

        def owners(author: str) -> bool:
            parts = [word for word in re.split(r"[\s,.-]+", author.casefold()) if word]
            return family in parts and any(word[0] == initial for word in parts if word != family)

        found = [[author for author in authors if owners(author)] for authors in self.authors_listed]
        if sum(map(bool, found)) * 2 <= len(found):
            return []
        parser, aliases = NameParser(LatexConverter()), []
        for author in dict.fromkeys(author for named in found for author in named):
            owner = SimpleNamespace(name=name, aliases=tuple(aliases), slug="owner")  # (as a Person: all the matcher reads)
            if AuthorMatcher([owner], parser).match(parser.parse(author)).slug is None:  # type: ignore[list-item]
                aliases.append(author)
        return aliases

    def entries_file(self) -> str:
        """The file the entries go to: content/publications/publications.bib, or another name when
        the old site's own .bib file of that name was copied there (jekyll-scholar's)."""
        taken = (self.target / "content/publications/publications.bib").exists()
        return "content/publications/hand-written.bib" if taken else "content/publications/publications.bib"

    def write_entries(self) -> None:
        """The entries made, in their file (once, when the import is done)."""
        if self.entries:
            self.write(self.entries_file(), "\n\n".join(self.entries) + "\n")

    def _picture_path(self, picture: str) -> str:
        """A picture's path in the site, as the page named it from its own folder or the site's
        root ("../../images/x.png", "/images/x.png", the site's own URL): images/x.png (without the
        query a page adds to its address to outwit caches, "x.png?v=0ea6296f")."""
        here = self.here(picture)
        return re.sub(r"^(?:\.\.?/|/)+", "", here if "://" in here else here.split("?")[0])

    def _publications_of(self, section: Section) -> None:
        """The paper boxes and listed papers of a publications section; a legend of the authors'
        marks ("* equal contribution") is what the entries' marks say (a line of the legend alone
        is not kept: the entries say it)."""
        lines = section.lines
        legend = " ".join(
            line.text
            for line in lines
            if _LEGEND_LINE.search(mark_first(without_tags(_unescaped(line.text)))) and not LIST_ITEM.match(line.text)
        )
        topic, year, at = "", "", 0  # (a year's heading dates the papers under it that say none)
        other = ""  # the heading over the lines read now when it names no papers ("Talks", "Teaching")
        while at < len(lines):
            line = lines[at]
            if other and line.text.strip() and not MARKDOWN_HEADING.match(line.text):
                item, after = joined_item(lines, at) if LIST_ITEM.match(line.text) else (line, at + 1)
                if not self.other_item(other, section, item):
                    section.kept.append(item)  # (a talk written as a citation is no paper)
                at = after
                continue
            if (after := self.own_paper(section, at, topic, legend)) is not None:
                at = after
                continue
            if PAPER_BOX.search(line.text):
                end = paper_box_end(lines, at)
                self._paper(paper_box(lines[at:end]), line, topic, legend, featured=True)
                at = end
                continue
            if (heading := MARKDOWN_HEADING.match(line.text)) and (after := self._titled_paper(section, at, year, topic, legend)):
                at = after  # ("### Title" over the names and the venue, a paragraph each: a card of HTML made Markdown)
                continue
            if heading:
                written = heading.group(2).strip()
                topic = "" if GENERIC_TOPIC.match(heading_text(written)) else heading_text(written)  # a year's is no topic
                year = found.group() if (found := _YEAR.fullmatch(heading_text(written))) else ""
                words = heading_text(written)
                if other := words if _NO_PAPERS.search(words) and not _PAPERS.search(words) else "":
                    self.note(line.path, f"what is under '{words}' is read as no publications", line.number)
            elif LIST_ITEM.match(line.text):
                item, at = joined_item(lines, at)
                record = _dated(read, year) if (read := _item_paper(item)) else _cited_paper(item, year)
                if record is None and self.owner_name():  # (a personal site's own paper, its names not written)
                    record = _unnamed_paper(LIST_ITEM.match(item.text).group(1), year)
                if record is not None and "picture" not in record and (picture := _item_picture(item.text)):
                    record["picture"] = picture  # (a table row's picture cell, or an item's teaser)
                if item_paragraphs(item) and not self._paper(record, line, topic, legend):
                    self.note(line.path, f"not read as a publication: it stays in {section.stays_in}", line.number)
                    section.kept.append(item)
                continue
            elif (end := _paragraph_end(lines, at)) > at and (papers := _paragraph_papers(lines[at:end], year)):
                for record, first in papers:  # a bold title over the names and the venue; or citations
                    self._paper(record, first, topic, legend)
                section.kept += [line for line in lines[at:end] if _HOLDING_TAGS.fullmatch(line.text)]  # ("</div>": the page's)
                at = end
                continue
            elif (
                self.owner_name() and (end := _paragraph_end(lines, at)) > at and (own := _unnamed_paragraph(lines[at:end], year))
            ):
                self._paper(own, line, topic, legend)  # ("**[Title](...)** (2025)" over its PDF: the owner's)
                at = end
                continue
            elif line.text.strip() and not _legend_alone(line.text):
                section.kept.append(line)  # (the marks' legend alone is not: the entries say it now)
            at += 1
        _keep_their_headings(section)

    def _titled_paper(self, section: Section, at: int, year: str, topic: str, legend: str) -> int | None:
        """Where the paper a heading is the title of ends (the next heading), made an entry: the
        lines under it read as a bold title's (names, venue with its year, links, the rest its
        abstract; a heading that is a link, "[[J4] Title](...)", the title's link, its CV label
        left out), a picture alone just above it its preview (one at its end the next paper's);
        None for a heading of papers' topic or year (no names under it)."""
        lines = section.lines
        end = next((after for after in range(at + 1, len(lines)) if MARKDOWN_HEADING.match(lines[after].text)), len(lines))
        under = [line for line in lines[at + 1 : end] if line.text.strip() and not _legend_alone(line.text)]
        while under and (_PICTURE_ALONE.fullmatch(under[-1].text.strip()) or _CARD_LABEL.fullmatch(under[-1].text.strip())):
            under.pop()  # (the next paper's picture, over its title, or the label a card shows in its place)
        heading = MARKDOWN_HEADING.match(lines[at].text).group(2).strip()
        if not under or LIST_ITEM.match(under[0].text) or _YEAR.fullmatch(heading_text(heading)):
            return None
        if any(_BOLD_TITLE_ALONE.fullmatch(line.text.strip()) for line in under):
            return None  # (papers of their own under it, each a title in bold: a heading over a list)
        linked = MARKDOWN_LINK.fullmatch(heading)
        title = _CITATION_LABEL.sub("", linked.group(1) if linked else heading, count=1)
        first = f"[{title}]({linked.group(2)})" if linked else f"**{title}**"
        record = paper_text("\n".join([first, *(line.text for line in under)]))
        if record is None or not record.get("authors") or not (year or _YEAR.search(record.get("venue", ""))):
            return None
        while (
            section.kept and section.kept[-1].number < lines[at].number and _CARD_LABEL.fullmatch(section.kept[-1].text.strip())
        ):
            section.kept.pop()  # ("RESEARCH OUTPUT": a card's label where others show a picture)
        above = section.kept[-1] if section.kept and section.kept[-1].number < lines[at].number else None
        if above is not None and (picture := _PICTURE_ALONE.fullmatch(above.text.strip())):
            record["picture"] = picture.group(1)  # (a card's picture, over its title)
            section.kept.pop()
        section.kept += [
            line for line in lines[at + 1 : end] if _PICTURE_ALONE.fullmatch(line.text.strip()) and line not in under
        ]
        self._paper(_dated(record, year), lines[at], topic, legend)
        return end

    def papers_listed(self, text: str, path: Path, first_line: int) -> str:
        """A publications page's text without the papers it lists by hand, which become entries as
        AcadHomepage's do (academicpages' forks often write them in place of the collection's loop:
        "- **Title** (ACL 2020)" over the names, "1. A and B. Title. *Venue*, 2024.", a paragraph
        of a bold title, the names and the venue); what else it says stays on the page."""
        before = len(self.entries)
        text = _papers_as_items(self.bibtex_written(text, path, first_line))
        lines = [Line(path, number, written) for number, written in enumerate(text.splitlines(), first_line)]
        section = Section(None, "publications", lines, stays_in="the page")
        self._publications_of(section)
        if read := len(self.entries) - before:
            said = "paper it lists by hand is an entry" if read == 1 else f"{read} papers it lists by hand are entries"
            self.note(
                path, f"the {said} of {self.entries_file()} (read from the page's text: check {'it' if read == 1 else 'them'})"
            )
        return "\n\n".join(piece for _, _, piece in kept_pieces(section))

    def bibtex_written(self, text: str, path: Path, first_line: int) -> str:
        """The papers a list gives with their BibTeX (JabRef's and bibtex2html's HTML exports: each
        item its citation, its links and its entry in a hidden `<pre>`; a `<textarea>`, a fenced
        block) as those entries, with the links the item adds (PDF, code); the text without them,
        each item blank in its place (the lines after it keep their numbers), and without the
        tags alone and the comments that held them (an HTML heading is one, in Markdown: it
        stays over what stays under it)."""
        found = list(_WRITTEN_BIBTEX.finditer(text))
        if not found:
            return text
        spans = []
        for block in found:
            start, end = _item_around(text, block)
            written = html.unescape(next(group for group in block.groups()[1:] if group))
            entries = [dedented_bibtex(entry.raw) for entry in bibtexparser.parse_string(written).entries]
            if not entries or (spans and spans[-1][1] > start):  # (none: it stays; two blocks of one item: the first)
                continue
            spans.append((start, end))
            around = text[start : block.start()] + text[block.end() : end] if len(entries) == 1 else ""  # (a whole file's)
            line = Line(path, first_line + text.count("\n", 0, start), entries[0].split("\n", 1)[0])
            for entry in entries:
                if not self._paper(_bibtex_record(entry, around), line, "", ""):
                    self.note(path, f"a BibTeX entry without a title is left out: {entry[:60]}", line.number)
        for start, end in reversed(spans):
            text = text[:start] + "\n" * text.count("\n", start, end) + text[end:]
        while (emptied := _EMPTY_WRAPPER.sub(lambda found: "\n" * found.group(0).count("\n"), text)) != text:
            text = emptied  # (the `<ul>` the items were in, now empty; its own wrapper then)
        return "\n".join(_without_chrome(line) for line in text.split("\n"))

    def other_item(self, heading: str, section: Section, item: Line) -> bool:
        """An item under a heading of no papers (`heading`: "Invited Talks") read as what it is,
        where the importer reads such things (AcadHomepage's talks); False when it stays as written."""
        return False

    def own_paper(self, section: Section, at: int, topic: str, legend: str) -> int | None:
        """A paper written in a way of another template's, read at the section's line `at` (or
        kept, if it does not read): where the next line is, or None when it is none (none here:
        AcadHomepage's are boxes and list items)."""
        return None

    def made_entry(self, made: str, record: dict) -> tuple[str, str]:
        """The entry of a paper's record (and its key, when another than the one it was made with):
        its own BibTeX, as written on the page (a row's hidden `<textarea>`, a list's `<pre>`, a
        record's .bib file) with what the page adds that it lacks; else (no such entry, or one
        whose key another paper of the page has) the one made."""
        own = str(record.get("own bibtex") or "")
        library = bibtexparser.parse_string(own) if own else None
        if library is None or len(library.entries) != 1 or library.entries[0].key in self.keys:
            return made, ""
        fields = [(name, field.value) for name, field in bibtexparser.parse_string(made).entries[0].fields_dict.items()]
        return completed(own, fields)

    def _paper(self, record: dict | None, line: Line, topic: str, legend: str, featured: bool = False) -> bool:
        """A paper's record as an entry, its authors' marks as the `legend` explains them (the
        page's, and the record's own); the template's example paper is left out (noted)."""
        if record is None:
            return False
        if self.example_titles and record["title"].casefold().startswith(self.example_titles):
            self.note(line.path, "the template's example paper is left out", line.number)
            return True
        if "coauthors" in record:  # a paper listed without names: the owner's, with those it names
            record["authors"] = _in_order_of_family_names([self.owner_name(), *record.pop("coauthors")])
            said = "authors are its co-authors and the site's owner, in the order of their family names"
            said = said if len(record["authors"]) > 1 else "author is the site's owner"
            self.note(line.path, f"no names written: its {said}; check", line.number)
        if (title := record_title(record)) in self.titles_made:  # the about page's selection, listed again in full
            self.note(line.path, f"'{record['title']}' is listed again: one entry is made of it", line.number)
            return True
        self.titles_made.add(title)
        if state := _STATE_HEADING.fullmatch(topic):  # "## Under Review", "## Working Papers": their state, no topic
            said = re.sub(r"papers$", "paper", state.group(1).capitalize())
            record["note"] = f"{record['note']}; {said}" if record.get("note") else said
        elif topic:
            record["tags"] = [topic]
        record["selected"] = featured
        _doi_of_its_links(record)
        self._files_copied(record)
        extra: list[tuple[str, str]] = [(name, bib_value(value)) for name, value in record.pop("fields", [])]
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
        key, entry, abridged = data_entry(record, self.keys, extra)
        self.authors_listed.append(found[1].split(" and ") if (found := _AUTHOR_FIELD.search(entry)) else [])
        if abridged:  # (APA's "A, B, ... & Z": the names between are not on the page)
            self.note(line.path, "its author list is abridged (…): the names written are kept, add those left out", line.number)
        entry, own_key = self.made_entry(entry, record)
        self.keys.add(own_key or key)
        self.entries.append(entry)
        return True

    def _files_copied(self, record: dict) -> None:
        """A paper's links to files of the old site ("[PDF](/assets/papers/x.pdf)" on a theme's
        page: no folder of the site is copied whole) copied to the same path in static/, where
        the entry's links lead."""
        if url := record.get("url"):
            record["url"] = self._copied(url)
        for link in record.get("links", []):
            link["url"] = self._copied(link["url"])

    def _copied(self, url: str) -> str:
        """A link, its file copied (`local_file`); as written when that is its path in static/ too."""
        copied = self.local_file(url)
        return url if copied.lstrip("/") == url.lstrip("/") else copied


class _ListedInFile(HandWrittenPapers):
    """HandWrittenPapers over a file of papers alone, with no importer under it (`listed_papers`)."""

    def __init__(self) -> None:  # (not HandWrittenPapers': no Migration follows it)
        self._start_papers()
        self.notes: list[str] = []

    def note(self, path: Path, message: str, line: int | None = None) -> None:
        self.notes.append(f"{path}:{line}: {message}" if line else f"{path}: {message}")

    def here(self, url: str) -> str:
        return url

    def local_file(self, target: str) -> str:
        return target  # (a list's links are kept as written: no site is under it)


def listed_papers(text: str, path: Path) -> tuple[list[str], list[str]]:
    """The entries of a file of papers written by hand (a CV's list, a page's: Markdown, HTML or
    plain lines of citations, `sitegen add --list`), read as an old site's publications page is,
    and the notes on what did not read (each at its file and line)."""
    reader = _ListedInFile()
    text = _papers_as_items(reader.bibtex_written(without_kramdown_attributes(text), path, 1))  # ("{: .btn}")
    lines = [Line(path, number, written) for number, written in enumerate(text.splitlines(), 1)]
    section = Section(None, "publications", lines, stays_in="the file, not added")
    reader._publications_of(section)
    return reader.entries, reader.notes
