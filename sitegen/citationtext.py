"""What people write about a paper for readers, read back as BibTeX fields: a list of authors
("Hao Wen†, Kun Li* (* equal contribution)", Vancouver's "Shuai PM, Chen X"), a formatted
citation's names and numbers ("Journal, 24(4), 923–935"), a line of Markdown or HTML. The
importers (academicpages.py, hugoblox.py) share it, since sites of every template hold them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection
from typing import Any

from sitegen.bibtex import MONTHS
from sitegen.migrate import bib_value
from sitegen.names import vancouver


def listed_authors(value: Any, known: Collection[str] = ()) -> list[str]:
    """The authors a page lists (an `authors:` line or list, or its "Authors:" paragraph):
    "Simon Guist, <b>Hao Ma</b>, Felix Gr&uuml;ninger", "Ramanan and A. N. Rajagopalan", "Pierre
    Marion*, Yu-Han Wu* (* equal contribution)" (marks kept, what they mean left out), "Gao, Z.,
    Elibol, A.", a list's `- and T.D. Murphey`. A list of Vancouver's names ("Remenyi TA") is
    read as one, the site's own people's names (`known`: Hugo Blox's `admin`) aside."""
    if isinstance(value, list):  # of names, or of tables of one (`- name: Jane Roe` with `me: true`)
        names = [
            name for item in value if (name := _list_item(str((item.get("name") or "") if isinstance(item, dict) else item)))
        ]
        if read := vancouver([name for name in names if name not in known]):  # "Chapagain R", "Remenyi TA"
            as_read = iter(read)
            return [name if name in known else next(as_read) for name in names]
        return names
    plain = MARKS_EXPLAINED.sub("", without_tags(ITALIC_NAME.sub(r"\1", str(value or "").replace("**", ""))))
    plain = _MARK_APART.sub(r"\1", plain)  # "Hao Wen<sup>†</sup>": the mark by the name
    return names_of(plain) if plain.strip() else []


def explained_marks(authors: list[str], legend: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Authors' marks a page explains ("† Equal contribution. * Corresponding author.", "(* equal
    contribution)") as the fields sitegen reads them from (`equal_contribution`, `corresponding`),
    whatever marks the page chose, the names without those marks; marks it does not explain stay."""
    meanings = {mark: field for mark, words in _LEGEND.findall(mark_first(without_tags(legend))) if (field := _mark_field(words))}
    if not meanings:
        return authors, []
    marked: dict[str, list[str]] = {}
    plain = []
    for author in authors:
        mark = _TRAILING_MARKS.search(author)
        fields = {meanings[symbol] for symbol in mark.group(0) if symbol in meanings} if mark else set()
        if mark and all(symbol in meanings for symbol in mark.group(0)):
            author = author[: mark.start()].rstrip()
        for field_name in sorted(fields):
            marked.setdefault(field_name, []).append(author)
        plain.append(author)
    return plain, [(name, " and ".join(names)) for name, names in marked.items()]


def mark_first(legend: str) -> str:
    """A legend written words first ("Equal contributions are denoted by *") as the marks-first
    one the readers take ("* Equal contributions")."""
    return _WORDS_FIRST.sub(lambda found: f"{found.group(2)} {found.group(1)}", legend)


_WORDS_FIRST = re.compile(
    r"\b((?:equal|joint)\s+contributions?|(?:co-?first|corresponding)\s+authors?|equal\s+contributors?)\s+(?:is\s+|are\s+)?"
    r"(?:denoted|marked|indicated|shown)\s+(?:by|with)\s+(?:an?\s+)?([*†‡§#+])",
    re.IGNORECASE,
)


def _mark_field(words: str) -> str | None:
    if re.search(r"\b(?:equal|joint|co-?first|contributed equally)", words, re.IGNORECASE):
        return "equal_contribution"
    return "corresponding" if re.search(r"\bcorrespond", words, re.IGNORECASE) else None


_LEGEND = re.compile(r"([*†‡§#+])\s*([^*†‡§#+]+)")
_TRAILING_MARKS = re.compile(r"[*†‡§#+]+$")


# what follows a list of authors to say what its marks mean: "(* equal contribution)", "† Corresponding author"
MARKS_EXPLAINED = re.compile(
    r"\s*(?:\(\s*[*†‡§#+]+[^)]*\)|[*†‡§#]+\s*(?:equal|joint|co-?first|corresponding)\b.*)\s*$", re.IGNORECASE
)


def numbers_after(citation: str, venue: str) -> list[tuple[str, str]]:
    """Volume, number and pages as a formatted citation gives them after the venue: "Hydrogeology
    Journal, 24(4), 923–935", "Journal, vol. 3, no. 2, pp. 1-9", "Water Resources Research, 55";
    an article's number alone ("Journal of Biological Chemistry, 113468": more digits than any
    volume) as its pages."""
    at = citation.casefold().find(venue.casefold())
    after = citation[at + len(venue) :] if at >= 0 else ""
    if article := _ARTICLE_NUMBER.fullmatch(after):
        return [("pages", article["number"])]  # "Journal of Biological Chemistry, 113468": as Crossref's BibTeX gives it
    if pages := _PAGES_ALONE.fullmatch(after):  # Google Scholar's "Conference (EDTM), 1-3"
        return [("pages", _PAGE_DASH.sub("--", pages["pages"]))]
    found = _NUMBERS.match(after)
    if found is None or (found["volume"] and len(found["volume"]) == 4 and found["volume"].startswith(("19", "20"))):
        found = None  # "Journal, 2019": the year, not a volume
    named = [("volume", found["volume"]), ("number", found["number"] or found["issue"])] if found else []
    if pages := (found and found["pages"]) or ((elsewhere := _NAMED_PAGES.search(after)) and elsewhere["pages"]):
        named.append(("pages", _page_range(pages)))  # IEEE's ", 2020, pp. 1-10" too
    return [(name, value) for name, value in named if value]


def _as_note(said: str) -> str:
    """A remark a venue carries as an entry's note: its first letter a capital, the rest as written ("Acceptance rate: 25%")."""
    return said[:1].upper() + said[1:]


_PAGE_DASH = re.compile(r"\s*[-‐–—]+\s*")  # a page range's dash, however written ("1 - 9", "1–9"): BibTeX's "--"


def _page_range(written: str) -> str:
    """Pages as BibTeX writes them, "100--110"; the last page written short, as Vancouver's style
    does ("100-10"), in full."""
    first, dash, last = _PAGE_DASH.sub("--", written).partition("--")
    if dash and first.isdigit() and last.isdigit() and len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last  # ("100-10": 100--110; "1372-6": 1372--1376)
    return f"{first}{dash}{last}"


def venue_details(written: str) -> tuple[str, list[tuple[str, str]]]:
    """A venue as a page writes it out ("In *Nature Communications*", "*Science China Mathematics*,
    2023, 66(10): 2385-2410", "*Accepted at CVPR, 2026*") as the venue alone and the fields the rest
    gives: volume, number and pages, a state ("Accepted") and a remark after it ("(Tutorial)",
    "(Acceptance rate: 22%)") as the note; a conference's date and place as they end the line,
    "NAACL 2025, Albuquerque, New Mexico, April 2025", as its month and address; a publisher after a
    full stop ("(AIKE). IEEE"); a year is the entry's own."""
    if edited := in_edited_volume(without_tags(written).replace("*", "")):
        return edited
    plain = _written_out(_IN.sub("", _unbracketed(without_tags(written).replace("*", ""))).strip())
    plain, after = _without_standard_numbers(plain)
    plain = _PREPRINT_BEFORE.sub("", plain)  # ("Preprint; to appear in *Israel Journal of Mathematics*")
    if book := PLACE_AND_PUBLISHER_ALONE.fullmatch(_LINK_WORDS_AT_END.sub("", _YEAR_AT_END.sub("", plain)).rstrip(" .")):
        return book["publisher"], [*after, ("address", book["place"])]  # a book's: "North Charleston: CreateSpace [book]"
    notes: list[str] = []
    if pages_in_brackets := _PAGES_IN_BRACKETS.search(plain):  # Google Scholar's Harvard: "(TSP) (pp. 1-5). IEEE"
        plain = f"{plain[: pages_in_brackets.start()]}, pp. {pages_in_brackets['pages']}{plain[pages_in_brackets.end() :]}"
    if remark := _REMARK_FIRST.match(plain):  # "Oral, Accepted at NAACL 2024", "Best Paper Award at EDM 2024"
        notes.append(_as_note(remark.group(1)))
        plain = plain[remark.end() :]
    if state := _STATE.match(plain):
        notes.append(state.group(1).capitalize())
        plain = plain[state.end() :]
    if state := STATE_AT_END.search(plain):
        notes.append(state.group(1).capitalize())
        plain = plain[: state.start()]
    plain, remark = _without_remark(plain)
    notes += [remark] if remark else []
    if rate := _RATE_AT_END.search(plain):  # ("..., pages 1--4. Acceptance rate: 25.4%.")
        notes.append(_as_note(rate["rate"]))
        plain = plain[: rate.start()]
    if presented := _PRESENTED_AS.match(plain):  # ("Accepted as a spotlight presentation at ICLR")
        notes.append(_as_note(presented["how"]))
        plain = plain[presented.end() :]
    if award := _AWARD_AT_END.search(plain):  # ("..., Tanzania, Received the Best paper Award")
        notes.append(_as_note(award["award"]))
        plain = plain[: award.start()]
    if published := _PUBLISHER_AFTER_DATE.search(plain):  # ("..., Chicago, IL, June 2022. American Institute of ...")
        plain = plain[: published.start("after")]
        after.append(("publisher", published["publisher"].strip(" .")))
    if pages := _PAGES_AT_END.search(plain):  # (IEEE's "..., Budapest, Hungary, Nov. 2025, pp. 362–370")
        plain = plain[: pages.start()]
    plain, dated = _without_date_and_place(plain)
    after += dated
    if not pages and (pages := _PAGES_AT_END.search(plain)):  # ("... conference pp 9-14, November 2012, Place")
        plain = plain[: pages.start()]
    if pages:
        plain += f", pp. {pages['pages']}"
    if publisher := _PUBLISHER_AT_END.search(plain) or _PUBLISHER_FIRST.match(plain):  # (or "IEEE. African Conference ...")
        plain = plain[: publisher.start()] if publisher.start() else plain[publisher.end() :]
        after.append(("publisher", publisher["publisher"]))
    end = _VENUE_END.search(plain)
    venue, rest = (plain[: end.start()], plain[end.start() :]) if end else (plain, "")
    venue = _YEAR_AFTER.sub("", venue).strip(" ,.")
    numbers = numbers_after(venue + _YEAR_AFTER.sub("", rest), venue)
    if spie := _SPIE_VOLUME.match(venue):  # as SPIE's own BibTeX has it: the volume's title, its number, SPIE
        venue, numbers = spie["title"], [("volume", spie["volume"]), *numbers, ("publisher", "SPIE")]
    return venue, [*([("note", "; ".join(notes))] if notes else []), *numbers, *after]


def in_edited_volume(written: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A chapter's or a paper's venue in an edited book, as APA and the humanities write it ("In
    Salikoko Mufwene & Anna Escobar (eds.), The Cambridge Handbook of Language Contact (pp.
    310-343). Cambridge: Cambridge University Press", "In: R. Skarnitzl & J. Volín (Eds.),
    Proceedings of ... (3306-3310). Prague: Guarant"): the book's title, its `editor`, the `pages`,
    the publisher's place and name; None for another venue."""
    found = _EDITED.match(" ".join(written.split()))
    if found is None or not (editors := [name for name in names_of(found["editors"]) if name != "others"]):
        return None
    book = _YEAR_AFTER_BOOK.sub("", found["book"]).strip(" .,")  # (the citation's year, which the list put after it)
    fields = [("editor", " and ".join(editors))]
    if pages := _BOOK_PAGES.search(book):  # "(pp. 1372-1376)", "(3306-3310)", "pp. 1-9", ". 310-343"
        book = (book[: pages.start()] + book[pages.end() :]).strip(" .,")
        written_pages = pages["bracketed"] or pages["named"] or pages["last"]
        fields.append(("pages", _PAGE_DASH.sub("--", written_pages)))
    book = re.sub(r"\s*\(\d+\s+pages\)|\s*\((?:19|20)\d\d\)$", "", book).strip(" .,")  # ("(15 pages)", Springer's "(2020)")
    if published := _PLACE_AND_PUBLISHER.search(book) or _PUBLISHER_AND_PLACE.search(book):
        book = book[: published.start()].strip(" .,")  # "... . Prague: Guarant International", "Springer, Cham"
        fields += [("address", published["place"]), ("publisher", published["publisher"].strip(" ."))]
    elif published := _PRESS_AT_END.search(book):  # "...: Cambridge University Press", APA's ". Publisher."
        book = book[: published.start()].strip(" .,")
        fields.append(("publisher", published["publisher"].strip(" .")))
    book, _, series = book.partition(". ")  # ("Book. Series"): the book's own title first
    return book.strip(" .,"), fields + ([("series", series.strip(" .,"))] if series.strip(" .,") else [])


def _without_date_and_place(venue: str) -> tuple[str, list[tuple[str, str]]]:
    """A conference's venue without the date and place its line ends with, and them as its month
    and address: the place first ("NAACL 2025, Albuquerque, New Mexico, April 2025"), or the date
    first ("..., 24 - 26 September 2012, Gabarone, Botswana")."""
    if dated := _MONTH_AT_END.search(venue) or (_CONFERENCE_WORDS.search(venue) and _YEAR_AT_END.search(venue)):
        venue, place = without_place(venue[: dated.start()])
    elif (dated := _DATE_THEN_PLACE.search(venue)) and without_place(f"x, {dated['place']}")[1] == dated["place"].strip(" ,."):
        venue, place = venue[: dated.start()], dated["place"].strip(" ,.")
    else:
        return venue, []
    month = (
        [("month", str(1 + [name[:3] for name in MONTHS].index(dated["month"][:3].lower())))]
        if dated.groupdict().get("month")
        else []
    )
    return venue, month + ([("address", place)] if place else [])


def _without_standard_numbers(venue: str) -> tuple[str, list[tuple[str, str]]]:
    """A venue without the ISBNs and ISSNs a CV writes after it ("..., 2015, ISBN: 978-3-319-16885-2
    (Print) 978-3-319-16886-9 (Online)"), and the first of each as its field."""
    fields: dict[str, str] = {}
    for found in _STANDARD_NUMBER.finditer(venue):
        fields.setdefault(found["kind"].lower(), found["number"])
    return _STANDARD_NUMBER.sub("", venue).strip(" ,;"), list(fields.items())


def _unbracketed(venue: str) -> str:
    """A venue line written in brackets whole ("(Accepted at Findings of EMNLP 2024)") without them."""
    venue = venue.strip()
    inner = venue[1:-1]
    if (
        venue.startswith("(")
        and venue.endswith(")")
        and inner.count("(") == inner.count(")")
        and inner.find(")") >= inner.find("(")
    ):
        return inner.strip()
    return venue


def _without_remark(venue: str) -> tuple[str, str]:
    """A venue and the remark in brackets it ends with ("The ACM Web Conference (WWW), April 2023
    (Tutorial)", "EMNLP 2021 (Acceptance Rate: 11.6% (419/3,600))"); not an abbreviation's
    ("(HCOMP)"), a year's or a name's written out ("ECAI (European Conference on AI)")."""
    venue = venue.rstrip(" .")
    closing = venue[-1:]
    opening = {")": "(", "]": "["}.get(closing, "")  # (and "[ Best Paper Award ]")
    depth, at = 0, len(venue)
    for at in range(len(venue) - 1, -1, -1):
        depth += {closing: 1, opening: -1}.get(venue[at], 0)
        if depth == 0:
            break
    inner = venue[at + 1 : -1].strip()
    if not opening or depth or not venue[:at].strip(" ,.") or _NO_REMARK.search(inner):
        return venue, ""
    if all(_ABBREVIATION.fullmatch(word) for word in inner.split()):  # "(HCOMP)", "(StarSEM @ NAACL)", "(ICPC 2024)"
        return venue, ""
    return venue[:at].rstrip(" ,."), _as_note(inner)


def without_place(venue: str) -> tuple[str, str]:
    """A conference's venue and the place written after it ("Conf. on Truth and Trust Online (TTO),
    London, UK"): the last parts after a comma that read as a place's names (capitalised words,
    no numbers, no venue's words; "Santiago de Compostela"), the first part always the venue."""
    parts = venue.rstrip(" ,.").split(", ")
    if len(parts) == 1 and (stop := re.search(r"(?<=\))\.\s+(?=[^.]+$)", parts[0])):  # "... (INLG). Maine"
        after = parts[0][stop.end() :]
        return (parts[0][: stop.start()], after) if _PLACE.fullmatch(after) and not _NOT_PLACE.search(after) else (venue, "")
    kept = len(parts)
    while kept > 1 and len(parts) - kept < 3 and _PLACE.fullmatch(parts[kept - 1]) and not _NOT_PLACE.search(parts[kept - 1]):
        kept -= 1
    return ", ".join(parts[:kept]), ", ".join(parts[kept:])


def _written_out(venue: str) -> str:
    """A venue with its numbers as other styles write them, written as `numbers_after` reads them
    ("Stat Med, 43(2):100-110, 2024"): Vancouver's "Stat Med. 2024;43(2):100-110", Springer's
    "Stat 3, 1–10 (2024)", Google Scholar's "Stat 3 (2), 1-10", Chicago's "Stat 3, no. 2 (2024): 1-10" (its
    author-date "Stat 3: 1-10")."""
    if ams := _AMS_VENUE.match(venue):  # "Journal 56 (2024), no. 11, 3452-3476"
        number = ams["number"] or ams["number_after"]
        return f"{ams['journal'].strip(' ,.')}, {ams['volume']}{f'({number})' if number else ''}:{ams['pages']}, {ams['year']}"
    found = _VANCOUVER_VENUE.match(venue) or _SPRINGER_VENUE.match(venue) or _SCHOLAR_VENUE.match(venue)
    found = found or _CHICAGO_VENUE.match(venue) or _MLA_VENUE.match(venue) or _COLON_VENUE.match(venue)
    if found and found["volume"] != found["year"]:  # (not SPIE's "Imaging 2017, 1013803 (2017)": the year twice)
        numbers = found["volume"] + (f"({found['number']})" if found["number"] else "")
        numbers += f":{found['pages']}" if found["pages"] else ""
        return ", ".join(part for part in (found["journal"].strip(" ,."), numbers, found["year"]) if part)
    return venue


_VANCOUVER_VENUE = re.compile(
    r"^(?P<journal>[^;]+?)\.?\s+(?P<year>(?:19|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;\s*(?P<volume>\w+)"
    r"(?:\s*\((?P<number>[^)]+)\))?(?::\s*(?P<pages>[\w]+(?:[-–]+\w+)?))?\.?$"
)
_SPRINGER_VENUE = re.compile(
    r"^(?P<journal>.+?)\s+(?P<volume>\d+)(?:\((?P<number>[^)]+)\))?,\s*(?P<pages>\w+(?:\s*[-–]+\s*\w+)?)\s*"
    r"\((?P<year>(?:19|20)\d\d)\)\.?$"
)
# Google Scholar's, as its profiles show a paper: "Physical Review A 113 (5), 053720", "npj Spintronics 2 (1), 47"
_SCHOLAR_VENUE = re.compile(
    r"^(?P<journal>.*?[^\d\s,])\s+(?P<volume>(?!(?:19|20)\d\d\b)\d{1,5})\s*\((?P<number>[\w/–-]{1,9})\),\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)(?:(?:,\s*|\s*\()(?P<year>(?:19|20)\d\d)\)?)?\.?$"
)
_PAGES_ALONE = re.compile(r"[\s,.]*(?P<pages>\d+\s*[-‐–—]+\s*\d+)[\s.]*")
# a book's editors and its title after them: "In: A & B (Eds.), Book (1-9). Place: Publisher"
_EDITED = re.compile(r"^\s*In:?\s+(?P<editors>[^()]+?)\s*\((?:eds?|Eds?|EDS|Hrsg|dir|coords?)\.?\)\s*[,.:]?\s*(?P<book>.+)$")
_BOOK_PAGES = re.compile(
    r"\s*(?:\((?:pp?\.\s*)?(?P<bracketed>\d+\s*[-‐–—]+\s*\d+)\)|,?\s*pp?\.\s*(?P<named>\d+\s*[-‐–—]+\s*\d+)|[.,]\s+(?P<last>\d+\s*[-‐–—]+\s*\d+)\s*$)"
)
_PRESS_AT_END = re.compile(r"[.:]\s+(?P<publisher>[A-Z][^.:]*?\b(?:Press|Publishers?|Publishing|Verlag|Editions?)\b[^.:]*)$")
PLACE_AND_PUBLISHER_ALONE = re.compile(
    r"(?P<place>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}(?:, [A-Z][\w'.-]+){0,2}): (?P<publisher>[A-Z][^:,.]+)"
)
_YEAR_AFTER_BOOK = re.compile(r"[,.]\s*(?:19|20)\d\d$")
_PLACE_AND_PUBLISHER = re.compile(r"(?:^|[.,]\s+)(?P<place>[A-Z][\w' -]+(?:,\s*[A-Z][\w' -]+)?):\s*(?P<publisher>[^:]+?)\.?$")
_LINK_WORDS_AT_END = re.compile(r"\s*\[(?:book|link|pdf|online|here|web ?page)\]$", re.IGNORECASE)  # (a link's words)
_PREPRINT_BEFORE = re.compile(r"^preprint\s*[;,.]\s+(?=\S)", re.IGNORECASE)
# the AMS's (mathematics'): "Bull. London Math. Soc. 56 (2024), no. 11, 3452-3476", "Australas. J. Combin. 92,
# no.3 (2025), 419-449", "Adv. in Appl. Math. 123 (2021) 102129"
_AMS_VENUE = re.compile(
    r"^(?P<journal>.*?[^\d\s,])\s+(?P<volume>\d{1,4})(?:,\s*no\.\s*(?P<number>\w+))?\s*\((?P<year>(?:19|20)\d\d)\)"
    r"(?:,\s*no\.\s*(?P<number_after>\w+))?,?\s+(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)\.?$"
)
# MLA's (as Google Scholar's "Cite" gives it): "Statistics in Medicine 43.2 (2024): 100-110"
_MLA_VENUE = re.compile(
    r"^(?P<journal>.+?)\s+(?P<volume>\d+)(?:\.(?P<number>\w+))?\s*\((?P<year>(?:19|20)\d\d)\)"
    r"(?::\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?))?\.?$"
)
_CHICAGO_VENUE = re.compile(
    r"^(?P<journal>.+?)\s+(?P<volume>\d+)(?:,\s*no\.\s*(?P<number>\w+(?:[-–]\w+)?))?\s*\([^()]*?(?P<year>(?:19|20)\d\d)\)"
    r"(?::\s*(?P<pages>\w+(?:\s*[-–]+\s*\w+)?))?\.?$"
)
# the author-date styles' (Chicago's, ASA's) "Journal of Graphs 5 (2): 1-10", the year before the title
_COLON_VENUE = re.compile(
    r"^(?P<journal>.*?[^\d\s,])\s+(?P<volume>(?!(?:19|20)\d\d\b)\d{1,4})(?:\s*\((?P<number>[^)]+)\))?:\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)(?:,\s*(?P<year>(?:19|20)\d\d))?\.?$"
)
# an article's number alone ("113468"; SPIE's "1013803", "123450A", some write as its "Vol."): more digits than a volume
_ARTICLE_NUMBER = re.compile(
    r"[\s,.]*(?:(?:art(?:icle)?\.?\s*(?:no\.?|number)?|vol(?:ume)?\.?)\s*)?(?P<number>[A-Za-z]?\d{5,9}[A-Z]?)[\s.]*",
    re.IGNORECASE,
)
# a volume of SPIE's proceedings: "Proc. SPIE 10138, Medical Imaging 2017: Imaging Informatics ..."
_SPIE_VOLUME = re.compile(
    r"^Proc(?:eedings|\.)?\s+(?:of\s+(?:the\s+)?)?SPIE,?\s+(?:vol\.?\s*)?(?P<volume>\d{3,5})\s*[,:]\s*(?P<title>.+)$"
)
_IN = re.compile(r"^\s*[Ii]n:?\s+(?!press\b)(?=\S)")  # "In *CVPR*", IEEE's "in Proc.": not "In press"
# "pp. 1-9", "p. 7"; "pag. 113-114", as Italian and Spanish lists write it; "pp 9-16"
_PAGES_WORD = r"(?:(?:pp?|pag|págs?|pgs?)\.|(?:pp|pages)(?=\s*\d))"
_PAGES_IN_BRACKETS = re.compile(rf"\s*\({_PAGES_WORD}\s*(?P<pages>\w+(?:\s*[-‐–—]+\s*\w+)?)\)")
# "ISBN: 978-3-319-16885-2 (Print) 978-3-319-16886-9 (Online)", "ISSN 2223-7062", IEEE's "ISBN 978-0-7695-4909-5/12"
_STANDARD_NUMBER = re.compile(
    r"[,;.]?\s*\b(?P<kind>ISBN|ISSN)(?:-1[03])?\s*:?\s*(?:1[03]\s*:\s*)?(?P<number>\d[\d-]{6,15}[\dX])(?:/\d\d)?"
    r"(?:\s*\([A-Za-z]{2,10}\))?(?:,?\s*\d[\d-]{6,15}[\dX](?:\s*\([A-Za-z]{2,10}\))?)*\.?",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(rf"{name[:3]}(?:{name[3:]})?" if len(name) > 3 else name for name in MONTHS) + "|sept"
# a conference's month and year ending a venue: ", April 2025", ", June 17-21, 2024", " Dec. 2023"
_MONTH_AT_END = re.compile(
    rf",?\s*(?:\d{{1,2}}(?:\s*[-–]+\s*\d{{1,2}})?\s+)?\b(?:(?:{_MONTH_NAMES})\.?\s*[-–/]\s*)?(?P<month>{_MONTH_NAMES})\.?"
    r"(?:\s+\d{1,2}(?:\s*[-–]+\s*(?:[A-Z][a-z]+\.?\s+)?\d{1,2})?)?,?\s+(?:19|20)\d\d[\s.]*$",
    re.IGNORECASE,
)  # (and "6–10 Oct. 2025", "Sep–Oct. 2025": the first month)
_PUBLISHER_AFTER_DATE = re.compile(
    rf"\b(?:{_MONTH_NAMES})\.?\s+(?:19|20)\d\d(?P<after>\.\s+(?P<publisher>[A-Z][A-Za-z&' -]{{2,80}}?)\.?)$", re.IGNORECASE
)
_RATE_AT_END = re.compile(r"[,.]\s*(?P<rate>[^,.]*\bacceptance rate\b[^,]*?)[\s.]*$", re.IGNORECASE)
_PRESENTED_AS = re.compile(r"as an?\s+(?P<how>[\w -]{2,40}?\b(?:presentation|paper|talk|poster|oral))\s+(?:at|in)\s+", re.I)
_AWARD_AT_END = re.compile(r",\s*(?P<award>[^,]*\b(?:Award|Prize)\b[^,]*?)[\s.]*$", re.IGNORECASE)
_YEAR_AT_END = re.compile(r",\s*(?:19|20)\d\d[\s.]*$")
_DATE_THEN_PLACE = re.compile(
    rf",?\s*(?:\d{{1,2}}(?:\s*[-–]+\s*\d{{1,2}})?\s+)?\b(?P<month>{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:\s*[-–]+\s*\d{{1,2}})?)?,?"
    r"\s+(?:19|20)\d\d\s*,\s*(?P<place>[^,\d]+(?:,\s*[^,\d]+){0,2})$",
    re.IGNORECASE,
)  # "..., 24 - 26 September 2012, Gabarone, Botswana"
_PAGES_AT_END = re.compile(rf",?\s*\b{_PAGES_WORD}\s*(?P<pages>[\w:]+(?:\s*[-‐–—]+\s*[\w:]+)?)[\s.]*$")
# a conference's words ("Proc. of ...", "Workshop on ..."): paperlist's `_CONFERENCE` knows the field's acronyms too
CONFERENCE_WORDS = r"conference|conf\.|proceedings|proc\.|workshops?|symposium|congress|meeting"
_CONFERENCE_WORDS = re.compile(rf"\b(?:{CONFERENCE_WORDS})", re.IGNORECASE)
# a place's name: capitalised words (an abbreviation of three letters at most: "MA", "USA") and particles
_PLACE = re.compile(
    r"(?:[A-Z][a-z\u00df-\u00ff'’.-]+|[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}|de|del|della|di|da|do|dos|du|la|le|upon|sur|am|of|the|en|es|el)"
    r"(?:\s+(?:[A-Z][a-z\u00df-\u00ff'’.-]+|[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}|de|del|della|di|da|do|dos|du|la|le|upon|sur|am|of|the|en|es|el)){0,3}"
)
# publishers of proceedings and journals, as lists name them after a venue
_PUBLISHERS = (
    r"IEEE|ACM|Springer|Elsevier|PMLR|AAAI Press|MIT Press|Wiley|SIAM|IOS Press|Curran Associates|OpenReview|"
    r"Association for Computational Linguistics|CEUR-WS(?:\.org)?"
)
_NOT_PLACE = re.compile(
    r"\b(?:Conf|Conference|Proc|Proceedings|Workshops?|Symposium|Journal|Trans|Transactions|Letters|Review|Society|"
    r"Association|International|Annual|Meeting|Congress|Forum|Track|Findings|Vol|Volume|Press|Edition|Session|Summit|"
    r"School|Part|Series|Lecture|Notes|Chapter|Institute|University|College|Publishing|Publishers|Inc|Research|AAAI|USENIX|"
    rf"Computing|Learning|Intelligence|Vision|Systems?|Processing|Engineering|Information|Science|Nature|{_PUBLISHERS})\b"
)
# a publisher after the venue's full stop: "Conference on Knowledge Engineering (AIKE). IEEE"
_PUBLISHER_AT_END = re.compile(rf"(?<=[\w)])\.\s+(?P<publisher>{_PUBLISHERS})(?:,\s*(?:19|20)\d\d)?[\s.]*$")
_PUBLISHER_FIRST = re.compile(rf"^(?P<publisher>{_PUBLISHERS})\.\s+(?=[A-Z])")
_PUBLISHER_AND_PLACE = re.compile(rf"(?:^|[.,]\s+)(?P<publisher>{_PUBLISHERS}),\s*(?P<place>[A-Z][\w' -]+)$")  # "Springer, Cham"
# a word of an abbreviated name: "HCOMP", "StarSEM", "ECML-PKDD", "@", a year
_ABBREVIATION = re.compile(r"\S*[A-Z]\S*[A-Z]\S*|[@&+/-]|\d+")
# words of a bracketed part of a venue that is not a remark: a name written out, a place
_NO_REMARK = re.compile(r"^(?:19|20)\d\d[a-z]?$|\b(?:Conference|Workshop|Symposium|Journal|Proceedings|Transactions)\b")
# how a paper was presented, or its award, before its venue: "Oral, Accepted at ...", "Best Paper Award at EDM 2024"
_REMARK_FIRST = re.compile(
    r"((?:oral|spotlight|poster|highlight|best\s+(?:\w+\s+)?paper(?:\s+award)?|outstanding\s+paper(?:\s+award)?|"
    r"honou?rable\s+mention)(?:\s+(?:presentation|paper))?)\s*(?:,|\bat\b|\bin\b|@|:)\s*",
    re.IGNORECASE,
)
_STATES = r"accepted|to appear|in press|forthcoming|under review|submitted|under revision|in preparation"
_STATE = re.compile(rf"({_STATES})\b(?:\s+for\s+publication)?(?:\s+(?:at|in|to|by|for)\b)?[\s:,]*", re.I)
# a state after the venue: "*IEEE Transactions on Power Systems*, Under Review."
STATE_AT_END = re.compile(rf"[\s,.;(]+({_STATES})\)?[\s.]*$", re.I)
# ", 2023, 66(10)", ", vol. 3", ", pp. 1-9"; not an ordinal's (", 56èmes Journées", ", 13th Workshop")
_VENUE_END = re.compile(
    rf",\s*(?=(?:vol(?:ume)?\.?\s*)?(?:\d+|\d{{5,}}[A-Z])(?!\w)|{_PAGES_WORD}\s*\d)|\s+(?=vol(?:ume)?\.?\s*\d+,)", re.IGNORECASE
)  # ", pp. 1-9" too
_YEAR_AFTER = re.compile(r"(?:,\s*|\s*\()(?:19|20)\d{2}\)?(?=\s*(?:,|\.?$))")  # ", 2024" or " (2024).", not "2019(3)"


# pages named so wherever they are after the venue (IEEE's "in Proc. CVPR, 2020, pp. 1–10")
_NAMED_PAGES = re.compile(
    rf"\b(?:{_PAGES_WORD}|art(?:icle)?\.?\s*(?:no\.?|number)?)\s*(?P<pages>[A-Za-z]?\d+(?::\d+)?(?:\s*[-‐–—]+\s*[A-Za-z]?\d+(?::\d+)?)?)\b",
    re.IGNORECASE,
)  # (and an article's number, "vol. 445, 2025, Art. 118208", as Crossref's BibTeX gives it)
# after the venue: ", 24(4), 923–935", ". 1(1).", ", vol. 3, no. 2, pp. 1-9", ", 75: 102421"
_NUMBERS = re.compile(
    r"[\s,.]*(?:vol(?:ume)?\.?\s*)?(?P<volume>\d{1,5})\b(?!\s*(?:pp|pages)\b)"  # (not a book's "345 pp."; SPIE's 10138)
    r"(?:\s*\((?P<number>[\w/–-]{1,9})\)|,?\s*(?:number|no|issue)\.?\s*(?P<issue>\w{1,9}))?"
    rf"(?:\s*[,:]\s*(?:{_PAGES_WORD}\s*)?(?P<pages>[A-Za-z]?\d+(?::\d+)?(?:\s*[-‐–—]+\s*[A-Za-z]?\d+(?::\d+)?)?)\b)?",
    re.IGNORECASE,
)


def citation_authors(citation: str, title: str = "") -> list[str]:
    """The authors of a formatted citation, the part before "(2009)": "Anna Vesely, Livio Finos"
    (each a name), "Smith, J., Doe, A." (family name and initials in turn) or "Smith J, Doe AB"
    (Vancouver's); "et al." is BibTeX's "others", so the list says it is cut short. A citation
    without a bracketed year gives the part before the quoted title, the title, or the first full
    stop, when that part reads as names ("A. Ribeiro and L. Aguirre. "Parallel ..." arXiv"); one
    with none of those is the names alone when one of them is in bold, as sites write their own
    ("<strong>Ryan Wong</strong>, Necati Cihan Camgoz")."""
    plain = without_tags(citation).replace("**", "")  # a name in Markdown's bold too
    if year := re.search(r"\(\s*(?:\d{4}|n\.d\.)", plain):
        names = plain[: year.start()]
    else:
        names = _before_title(plain, without_tags(title)) or (plain if _NAMES_ALONE.search(citation) else "")
        names = names if NAME_LIST.fullmatch(names.strip(" ,.:;")) else ""
    return names_of(names)


def split_citation(citation: str) -> tuple[str, str, str] | None:
    """A formatted citation with no fields of its own ("A. K. Vail, L.-P. Morency. Goals, Tasks,
    and Bonds. <strong>FG</strong>, 2021.", as a lab's publication list writes them) as its
    names, title and the rest (venue, year ...): the names before the first full stop after a
    word that read as names (their marks, * and †, left out: what they meant is not written
    there), the title up to the next sentence's end; None when they do not. The styles lists are
    kept in read so too: APA's year after the names ("Appel, M., & Weber, S. (2020). Title.", and
    Chicago's and ASA's author-date "Appel, Markus, and Sam Weber. 2020. "Title." Journal 3: 1-9."),
    Vancouver's names ("Vesely A, Finos L, et al. Title."), Springer's colon after them, a title in
    quotes (IEEE's `"Title,"`, Chicago's `"Title."`)."""
    plain = " ".join(re.sub(r"[*†‡]", "", without_tags(citation)).split())  # marks: their legend is gone
    plain = re.sub(r" ([,.;])(?= |$)", r"\1", plain)  # ("<b>J. Doe</b>. Title": a tag's place is no space)
    plain = _SPACED_HYPHEN.sub("-", _with_pdf_accents(plain))  # ("Bj¨orn Pehrson", "Julianne Sansa -Otim")
    for dated in filter(None, (_APA.match(plain), _AUTHOR_DATE.match(plain), _HARVARD.match(plain), _BARE_YEAR.match(plain))):
        if NAME_LIST.fullmatch(dated.group("names").strip(" ,.")) and names_of(dated.group("names")):
            title, after = _title_and_rest(dated.group("rest"))
            venue = ", ".join(part for part in (after.strip().rstrip("."), dated.group("year")) if part)
            return _without_full_stop(dated.group("names").strip(" ,")), title.strip().rstrip("."), venue
    names = _names_before_quote(plain) or _initialled_names(plain) or _vancouver_names(plain) or _before_title(plain, "")
    if not names or not NAME_LIST.fullmatch(names.strip(" ,.:;")) or not names_of(names):
        return _title_first(plain)
    title, after = _title_and_rest(plain[len(names) :].lstrip(" .:"))
    return _without_full_stop(names.strip(" ,:;")), title.strip().rstrip("."), after.strip().rstrip(".")


def _title_first(citation: str) -> tuple[str, str, str] | None:
    """A citation that gives its title before its names ("Permutation tests for everyone. A.
    Vesely, L. Finos. In *Proc. ICML*, 2024.", "Title. Shiheng Duan, et al. 2025"): its names,
    title and the rest; None when the sentence after the title reads as no names."""
    title_end = re.search(r"(?<=\w{2}[.?!])\s+(?=[A-Z])", citation)
    if title_end is None or len(citation[: title_end.start()].split()) < 3:
        return None
    rest = citation[title_end.end() :]
    names_end = re.search(r"(?<=\w{2}\.)\s+|$", rest)  # (the names' full stop: a word's, "Finos.", "al.")
    names = rest[: names_end.start()].strip()
    authors = names_of(names) if NAME_LIST.fullmatch(names.strip(" ,.")) else []
    if not authors or not all(" " in name or "," in name for name in authors if name != "others"):
        return None  # (a word alone is no person's name)
    return (
        _without_full_stop(names.strip(" ,")),
        citation[: title_end.start()].strip().rstrip("."),
        rest[names_end.end() :].strip().rstrip("."),
    )


def _with_pdf_accents(text: str) -> str:
    """Text copied from a PDF that LaTeX made, its accents apart from their letters ("Bj¨orn",
    "Jos´e", "Fran¸cois") as the letters they are ("Björn", "José", "François")."""
    return _ACCENT_APART.sub(lambda found: unicodedata.normalize("NFC", found[2] + _COMBINING[found[1]]), text)


_COMBINING = {"¨": "\u0308", "´": "\u0301", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c", "˚": "\u030a", "¸": "\u0327"}
_ACCENT_APART = re.compile(r"(?<=\w)([¨´ˆ˜ˇ˚¸])([A-Za-z])")
_SPACED_HYPHEN = re.compile(r"(?<=[a-z]) -(?=[A-Z][a-z])")  # "Sansa -Otim"


def _names_before_quote(citation: str) -> str:
    """The names before a title in quotes, when all before it reads as names ("Ruth M. Mbabazi,
    Ben Sebitosi, “Uganda's Energy Sector”": not Vancouver's "Ruth M"); "" for none."""
    quote = re.search(r"\s[\"“”‘«]", citation)
    names = citation[: quote.start()] if quote else ""
    return names if NAME_LIST.fullmatch(names.strip(" ,.:;")) and names_of(names) else ""


def _initialled_names(citation: str) -> str:
    """The names of a citation in Nature's style, each a family name and initials, up to the last
    initial ("Ali, M. A. & Caetano-Anollés, G. AlphaFold2 reveals ... Biology 13, 134 (2024).");
    "" for another style."""
    found = _INITIALLED_NAMES.match(citation)
    return found.group() if found and re.match(r"\s+[\"“‘«]?[A-Z0-9]", citation[found.end() :]) else ""


def _vancouver_names(citation: str) -> str:
    """The names a citation in Vancouver's style starts with ("Vesely A, Finos L, et al."), up to
    the last initial (its full stop is the names'); "" for a citation in another style."""
    found = _VANCOUVER_NAMES_END.search(citation)
    if found is None:
        return ""
    names = citation[: found.start(1)]
    if re.search(r"\s(?:and|&)\s", names):
        return ""  # ("Sarath Babu and B. S. Manoj": Vancouver's style has no "and")
    return names if vancouver([part.strip() for part in _ET_AL.sub("", names).split(",") if part.strip()]) else ""


_FAMILY_AND_INITIALS = r"[A-Z][\w'’-]+(?:\s+[A-Za-z][\w'’-]+){0,2},\s+[A-Z]\.(?:\s?-?[A-Z]\.)*"  # "van der Hulst, J. M."
_INITIALLED_NAMES = re.compile(
    rf"{_FAMILY_AND_INITIALS}(?:(?:,|,?\s+(?:&|and))\s+{_FAMILY_AND_INITIALS})*(?:,?\s+et\s+al\.)?(?=\s)"
)
_VANCOUVER_NAMES_END = re.compile(r"\s[A-Z]{1,3}(?:,?\s+et\s+al)?(\.)\s")


def _title_and_rest(rest: str) -> tuple[str, str]:
    """A citation after its names: the title, up to its sentence's end (or its closing quote:
    IEEE's and Chicago's `"Permutation tests,"`), and what follows it."""
    if quoted := re.match(r"[\"“‘«]\s*(.+?)[,.]?\s*[\"”’»](?=[\s,.;:]|$)", rest):  # (not "Plato’s")
        return quoted.group(1), rest[quoted.end() :].lstrip(" ,.")
    end = re.search(r"(?<=\w{2}[.?!])\s|(?<=[.?!][\"”])\s|(?<=\w\)[.?!])\s", rest)  # (and "... (Dene). In: ...")
    subtitle = _SUBTITLE.match(rest, end.end()) if end and rest[end.start() - 1] in "?!" else None
    if subtitle is not None and _is_subtitle(subtitle.group(1)):
        return rest[: subtitle.end(1) + 1], rest[subtitle.end() :]  # ("How mixed is it? An acoustic analysis ...")
    return (rest[: end.start()], rest[end.end() :]) if end else (rest, "")


def _is_subtitle(sentence: str) -> bool:
    """Whether the sentence after a title that asks a question is its subtitle: five words or
    more, none a venue's ("Nature Physics." is the journal)."""
    return len(sentence.split()) >= 5 and not _CONFERENCE_WORDS.search(sentence) and not _JOURNAL_WORD.search(sentence)


_SUBTITLE = re.compile(r"([A-Z][^.?!\d]+?)\.\s+(?=\S)")  # a question's subtitle: a sentence of words, no numbers
_JOURNAL_WORD = re.compile(r"\b(?:Journal|Transactions|Review|Letters|Bulletin|Annals|Magazine)\b")


# APA's citation, the year in parentheses after the names: "Appel, M., & Weber, S. (2020). Title.
# Journal, 102, 274-286." (the year's letter, "2020a", and a date after it, "2020, May 3", left out)
_APA = re.compile(r"^(?P<names>[^()]+?)\s*\((?P<year>(?:19|20)\d\d)[a-z]?(?:,[^()]*)?\)\.?\s+(?P<rest>.+)$")
# the author-date styles' (Chicago's, ASA's): "Appel, Markus, and Sam Weber. 2020. Title."
# Google Scholar's Harvard: "Nsabagwa, M., Otim, J.S. and Akol, R., 2018, July. Title. In Venue (pp. 1-5). IEEE."
_HARVARD = re.compile(r"^(?P<names>[^\d()]+?),\s+(?P<year>(?:19|20)\d\d)[a-z]?(?:,\s*[A-Z][a-z]+\.?)?\.\s+(?P<rest>.+)$")
# the year alone between the names and the title: "Onosson, S., & Stewart, J. 2021 A multi-method approach ..."
_BARE_YEAR = re.compile(r"^(?P<names>[^\d()]+?[.,])\s+(?P<year>(?:19|20)\d\d)[a-z]?\s+(?P<rest>[A-Z\"“].+)$")
_AUTHOR_DATE = re.compile(r"^(?P<names>[^\d()]+?\.)\s+(?P<year>(?:19|20)\d\d)[a-z]?\.\s+(?P<rest>.+)$")


def names_of(names: str) -> list[str]:
    """The names of a list written out ("Anna Vesely, Livio Finos and J. Goeman", "Smith, J., Doe,
    A.", "Shuai PM, Chen X", "..., et al."), each as BibTeX reads a name; "et al." is "others".
    Names left out between others (APA's "Shimazu, L., Tanaka, K., ... & Arashi, H.", "Shimazu L.,
    … Arashi H.") are a "…" of their own, the list read as one style around it."""
    if len(gapped := _GAP.split(names, maxsplit=1)) == 2 and gapped[0].strip(" ,") and gapped[1].strip(" ,.&"):
        before, after = _names_read(gapped[0]), _names_read(", ".join(part.strip(" ,") for part in gapped))
        at = min(len(before), len(after)) if before and before[-1] != "others" else 0
        return [*after[:at], "…", *after[at:]] if at else after
    return _names_read(names)


def _names_read(names: str) -> list[str]:
    """`names_of` a list without names left out between others."""
    names = _SPACELESS_INITIAL.sub(" ", _ELIDED.sub(", et al.", names))  # ("A, B, ..., C": BibTeX's "others"; "S.A.Moshizi")
    names, cut = _ET_AL.subn("", re.sub(r"[\s,]+(?:and|&)[\s.]*$", "", names.strip()).rstrip(",").strip())  # ("A and B and .")
    names = re.sub(r",?\s+(?:and|&)\s+", ", ", names)
    parts = [_without_full_stop(part.strip()) for part in names.split(",") if part.strip()]
    pairs = list(zip(parts[::2], parts[1::2], strict=False))
    if read := vancouver(parts):
        authors = read
    elif parts and len(parts) % 2 == 0 and all(_family_and_given(family, given) for family, given in pairs):
        authors = [f"{family}, {given}" for family, given in pairs]
    elif len(parts) > 2 and " " not in parts[0] and all(" " in part for part in parts[2:]):  # MLA's first name
        authors = [f"{parts[0]}, {parts[1]}", *parts[2:]]
    else:
        authors = [(vancouver([part]) or [part])[0] for part in parts]
    return [*authors, "others"] if authors and cut else authors


# a citation that is its names alone, the site's person's in bold, as sites write their own:
# "<strong>Ryan Wong</strong>, Necati Cihan Camgoz" (not "Best Paper Award, ICRA")
_NAMES_ALONE = re.compile(r"<(?:b|strong)>[^<]+</(?:b|strong)>\s*,|,\s*<(?:b|strong)>|\*\*[^*]+\*\*\s*,|,\s*\*\*", re.IGNORECASE)


def _before_title(citation: str, title: str) -> str:
    """What a citation has before its title: before a quote mark, the title itself, or the first
    full stop after a word (not an initial's)."""
    quote = re.search(r"[\"“”‘«]", citation)
    at = citation.casefold().find(title.casefold()[:30]) if title else -1
    stop = re.search(r"\w{2}\.\s", citation)
    colon = re.search(r"(?<=[\w.]):\s", citation)  # Springer's "Vesely, A., Finos, L.: Title."
    ends = [
        end
        for end in (quote and quote.start(), at if at > 0 else None, stop and stop.start() + 2, colon and colon.start())
        if end
    ]
    return citation[: min(ends)] if ends else ""


# a list of names: words that start with a capital (or are initials, particles, "and", "et al.")
_NAME_WORD = (  # (a nickname in quotes: "Ting-Hao 'Kenneth' Huang"; a particle joined, "W. vanRees"; "...": names left out)
    r"(?:[A-Z\u00c0-\u00de][\w'’.-]*|['‘\"“][A-Z][\w.-]*['’\"”]|(?:van|von|de|di|da|du|le|la|der|den|del)[A-Z][\w'’-]*|"
    r"\.\.\.|…|van|von|der|den|de|del|della|di|da|dos|du|la|le|y|and|&|et|al\.?)"
)
NAME_LIST = re.compile(rf"{_NAME_WORD}(?:[\s,]+{_NAME_WORD})*")
_ELIDED = re.compile(r",\s*(?:\.\.\.|…)[\s,]*$")  # "G. Chang, H. Karbasian, ...," (before the title)
_GAP = re.compile(r"[\s,]+(?:\.\.\.|…)(?:[\s,]+(?:(?:and|&)\s+)?|$)")  # "A, B, ... & C", "A, … C" (a gap between)
_SPACELESS_INITIAL = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")  # "S.A.Moshizi" is "S.A. Moshizi"
_ET_AL = re.compile(r",?\s*\bet\s+al\b\.?\s*$")


def _list_item(item: str) -> str:
    """A name as a list's item holds it: tags and a last full stop left out, and the "and" some
    write before the last (`[I. Abraham, A. Prabhakar, and T.D. Murphey]` in YAML)."""
    return _without_full_stop(re.sub(r"^(?:and|&)\s+", "", without_tags(item).strip(" ,;")))


def _without_full_stop(name: str) -> str:
    """ "C. Resch." (the last name before the year) as "C. Resch"; an initial keeps its stop."""
    return name[:-1] if name.endswith(".") and not re.search(r"(?:^|[\s.-])\w\.$", name) else name


def _family_and_given(family: str, given: str) -> bool:
    """ "Smith" + "J." or "Smith" + "John": a family name, then given names or initials ("Prabhakar
    John" + "Abhishek": a given name alone is no name of its own)."""
    return given.endswith(".") or (" " not in family and len(given.split()) <= 2) or (" " not in given and given[:1].isupper())


def markdown_as_latex(markdown: str) -> str:
    """A paragraph of Markdown (or HTML) as BibTeX text: links `\\href`, emphasis `\\emph` and
    `\\textbf`, `$...$` math as written, anything else escaped."""
    markdown, parts, end = " ".join(markdown.split()), [], 0
    for found in _INLINE.finditer(markdown):
        parts.append(bib_value(without_tags(markdown[end : found.start()], strip=False)))
        kind, inner, end = found.lastgroup, found.group(found.lastgroup), found.end()
        if kind == "math":
            parts.append(inner if inner.count("{") == inner.count("}") else bib_value(inner))
        elif kind == "link":
            label, url = MARKDOWN_LINK.fullmatch(inner).groups()
            label = bib_value(without_tags(label.strip("[] ")))
            parts.append(f"\\href{{{bib_value(url, url=True)}}}{{{label}}}" if url else label)
        else:
            parts.append(
                f"\\{'textbf' if kind in ('strong', 'bold', 'under_strong') else 'emph'}{{{bib_value(without_tags(inner))}}}"
            )
    parts.append(bib_value(without_tags(markdown[end:], strip=False)))
    return "".join(parts).strip()


def paragraphs_as_latex(markdown: str) -> str:
    """Markdown of paragraphs (an abstract Hugo renders: "**Methods:**  \\n...") as BibTeX text, a
    blank line between paragraphs as sitegen shows them, each paragraph as `markdown_as_latex`."""
    return "\n\n".join(markdown_as_latex(part) for part in re.split(r"\n\s*\n", markdown) if part.strip())


def without_tags(markup: str, strip: bool = True) -> str:
    """HTML as text on one line: tags dropped, entities (`&quot;`) read; `strip=False` keeps the
    space at its ends (a piece of a sentence)."""
    plain = re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", markup)))
    return plain.strip() if strip else plain


_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")  # (not "<25%", a rate written with its sign)

MARKDOWN_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((\S*?)\)")  # `[text](url)`, `[[pdf]](url)`

# a name in italics, as some pages mark the owner's ("*Abhijnan Nath*, Changsoo Jung"; not "Lee*, Shen*")
ITALIC_NAME = re.compile(r"(?<![\w*])[*_](?=[A-Z\u00c0-\u00de])([^*_\n]+?)(?<=[\w.])[*_](?![\w*])")
_MARK_APART = re.compile(r"\s+([*†‡§#]+)(?=\s*(?:,|;|$|\s(?:and|&)\s))")

_INLINE = re.compile(
    r"(?P<math>\$[^$\n]+\$)|(?P<link>\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\S*?\))|\*\*(?P<strong>[^*]+)\*\*|(?<!\w)\*(?P<em>[^*\s](?:[^*]*[^*\s])?)\*"
    r"|(?<!\w)__(?P<under_strong>[^_\s](?:[^_]*[^_\s])?)__(?!\w)|(?<!\w)_(?P<under_em>[^_\s](?:[^_]*[^_\s])?)_(?!\w)"
    r"|<(?:b|strong)>(?P<bold>.*?)</(?:b|strong)>|<(?:i|em)>(?P<italic>.*?)</(?:i|em)>",
    re.IGNORECASE,
)
