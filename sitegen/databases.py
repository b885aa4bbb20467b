"""What a citation database's export holds that is the database's, not the paper's.

Researchers outside computer science export their lists from Scopus and Web of Science, whose
BibTeX describes the database's record: Scopus links its own record (a page behind a
subscription), lists index terms of its thesaurus as `keywords` ("human", "male", "controlled
study": a keyword page each) beside the authors' own `author_keywords`, and gives the article number
as `art_number`; Web of Science writes journals and proceedings in capitals ("NATURE
COMMUNICATIONS"), the publisher's street address as `address`, the sponsors as `organization` and
the meeting again, in capitals, as `note`. IEEE Xplore's "Cite This" BibTeX, how engineers get
theirs, lists its thesaurus' terms before the authors' keywords in one `keywords` field. Here such
an entry's fields become the paper's, before
anything is shown; the bookkeeping fields themselves are hidden from the BibTeX shown
(bibformat.DEFAULT_HIDDEN_FIELDS). An entry of any other origin is returned as it is.
"""

from __future__ import annotations

import re
import string

# a field an export fills the standard one from, when the entry does not have that one
_SAME_FIELDS = {"art_number": "eid", "pubmed_id": "pmid"}
# a record in the database itself: a reader without a subscription gets a login page
_DATABASE_RECORD = re.compile(r"https?://(?:www\.)?(?:scopus\.com|webofscience\.com|webofknowledge\.com)/", re.IGNORECASE)
# IEEE Xplore's "Cite This" keywords: its thesaurus' terms ("Training;Visualization;Feature
# extraction", a keyword page each on every IEEE paper), then the authors' own, parted by ";" alone
_IEEE_TERMS = re.compile(r"[^;\s][^;]*(?:;[^;\s][^;]*){2,}$")
# the fields Web of Science writes in capitals
_IN_CAPITALS = ("journal", "booktitle", "series", "publisher", "title")
# Web of Science's own: the publisher's street address, the sponsors, the meeting again
_WOS_NOT_SHOWN = ("address", "organization", "note")

_WORD = re.compile(r"[^\s/-]+|[\s/-]+")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or the to upon via with "
    "de des del della di du et en la le les und der die das für von zu".split()
)
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# a venue holding one of these is not in English, and may be sentence case by its own convention
_FOREIGN_SMALL_WORDS = frozenset("de des del della di du et la le les und der die das für von zu y e do da dos".split())
# acronyms in journal and proceedings names that are not in the export's ISO abbreviation
_ACRONYMS = frozenset(
    "IEEE ACM ACS AIP APS SIAM SPIE IOP RSC BMC PLOS NPJ IET IFAC IFIP ISPRS AAAI IJCAI ICRA IROS CVPR "
    "ICCV ECCV ICML ICLR KDD SIGIR SIGMOD VLDB USA UK EU AI IT IOT DNA RNA MRI NMR EEG ECG HIV AIDS "
    "II III IV VI VII VIII IX XI XII XIII XIV XV".split()
)


# arXiv's subject classes, which arXiv's own metadata, Zotero's arXiv import, NASA ADS and DataCite
# put in `keywords` ("Computer Science - Machine Learning", "Statistics - Machine Learning"): the
# archive's filing, not the authors' keywords; two of them hold commas of their own
_ARXIV_ARCHIVE = re.compile(
    r"^(?:Computer Science|Statistics|Mathematics|Physics|Quantitative Biology|Quantitative Finance|Economics|"
    r"Electrical Engineering and Systems Science|Astrophysics|Condensed Matter|High Energy Physics|Nuclear|"
    r"Nonlinear Sciences) - "
)
_ARXIV_WHOLE_CLASSES = frozenset(
    {
        "quantum physics",
        "mathematical physics",
        "general relativity and quantum cosmology",
        "nuclear theory",
        "nuclear experiment",
    }
)
# what is left of the classes that hold commas of their own ("Computer Science - Distributed,
# Parallel, and Cluster Computing"; Hugo Blox's tags keep them apart) once parted at the commas
_ARXIV_CLASS_TAILS = frozenset({"parallel", "and cluster computing", "finance", "and science", "statistics and probability"})
# what reference managers and their plug-ins tag items with for the reader's own work, which Zotero
# exports as keywords: ZotFile's "_tablet", reading states ("/unread"), ratings ("⭐⭐⭐"), Zotero DOI
# Manager's "⛔ No DOI found", Better BibTeX's "#nosource"
_WORKFLOW_MARK = frozenset("_/#@⛔⭐★☆✓✔✅❌❗")
_READING_STATES = frozenset({"unread", "read", "reading", "to read", "toread", "to-read", "done"})


def without_arxiv_classes(keywords: list[str], field: str) -> list[str]:
    """The keywords (parted from `field`) without arXiv's subject classes, when the field holds
    them; the rest are the user's own."""
    if " - " not in field or not any(_ARXIV_ARCHIVE.match(word) for word in keywords):
        return keywords
    left_out = _ARXIV_WHOLE_CLASSES | _ARXIV_CLASS_TAILS
    return [word for word in keywords if not _ARXIV_ARCHIVE.match(word) and word.lower() not in left_out]


# MeSH's check tags, which PubMed gives nearly every paper and EndNote's and Zotero's PubMed imports
# put in `keywords` ("Humans", "Male", "Female", "Animals", "Mice" ...): a MeSH list's, not the
# authors' keywords; its headings' qualifiers ("Cocaine/administration & dosage") narrow one subject
_MESH_CHECK_TAGS = frozenset(
    (
        "humans", "animals", "male", "female", "mice", "rats", "adult", "aged", "aged, 80 and over", "middle aged",
        "adolescent", "child", "child, preschool", "infant", "infant, newborn", "young adult", "pregnancy",
    )
)  # fmt: skip


def without_workflow_tags(keywords: list[str]) -> list[str]:
    """The keywords without a reference manager's workflow tags (see `_WORKFLOW_MARK`)."""
    return [word for word in keywords if word[0] not in _WORKFLOW_MARK and word.lower() not in _READING_STATES]


def without_mesh_check_tags(keywords: list[str]) -> list[str]:
    """The keywords without MeSH's check tags and its headings' qualifiers, when they are a MeSH
    list (two check tags or more: no author lists "Humans; Male" as their keywords)."""
    if sum(word.lower() in _MESH_CHECK_TAGS for word in keywords) < 2:
        return keywords
    headings = (word.split("/", 1)[0].strip() for word in keywords if word.lower() not in _MESH_CHECK_TAGS)
    return list(dict.fromkeys(heading for heading in headings if heading))


def database_of(fields: dict[str, str]) -> str | None:
    """ "scopus", "wos" or "ieee" for an entry as one of them exported it, else None."""
    if fields.get("source", "").strip().lower() == "scopus":
        return "scopus"
    if fields.get("unique-id", "").lstrip().upper().startswith("WOS:") or "web-of-science-categories" in fields:
        return "wos"
    if _IEEE_TERMS.match(fields.get("keywords", "")) and fields.get("doi", "").lstrip().startswith("10.1109/"):
        return "ieee"
    return None


def exported_type(entry_type: str, fields: dict[str, str]) -> str:
    """The entry's type as the work's: Scopus exports a chapter of a book as `@BOOK`, the book's
    title in `journal` (its record's kind, `document_type` or `type`, says "Book Chapter"), which
    shown as a book lost the book it is in and its pages: an `@incollection`. Its record of a
    whole proceedings volume ("Conference Review": no authors, the title often again as `journal`)
    was cited as a paper in itself ("X. In X, 2022."): a `@proceedings`."""
    kind = _scopus_kind(fields)
    if kind == "book chapter" and entry_type == "book":
        return "incollection"
    if kind == "conference review" and entry_type in ("conference", "inproceedings", "article"):
        return "proceedings"
    return entry_type


def _scopus_kind(fields: dict[str, str]) -> str:
    """What Scopus's record calls the work ("book chapter"), lower-case; "" for another export."""
    if fields.get("source", "").strip().lower() != "scopus":
        return ""
    return (fields.get("document_type") or fields.get("type") or "").strip().lower()


def as_the_paper(fields: dict[str, str], database: str) -> dict[str, str]:
    """A copy of a database's entry with the paper's fields in place of the database's (see above)."""
    paper = dict(fields)
    for theirs, standard in _SAME_FIELDS.items():
        if paper.get(theirs, "").strip() and not paper.get(standard, "").strip():
            paper[standard] = paper.pop(theirs)
    if _DATABASE_RECORD.match(paper.get("url", "").strip()):
        del paper["url"]
    paper.pop("type", None)  # the record's kind ("Article", "Proceedings Paper"), not a thesis' or report's
    if database == "scopus":
        kind, venue = _scopus_kind(fields), paper.get("journal", "").strip()
        if kind == "book chapter" and venue and not paper.get("booktitle", "").strip():
            paper["booktitle"] = paper.pop("journal")  # the book a chapter is in (`exported_type`)
        elif kind == "conference review" and venue:
            del paper["journal"]  # a proceedings volume's series ("Advanced Materials Research"), or its title again
            if title_key(venue) != title_key(paper.get("title", "")) and not paper.get("series", "").strip():
                paper["series"] = venue
        if "," in (editors := paper.get("editor", "")):
            paper["editor"] = _scopus_names(editors)
        paper.pop("keywords", None)  # Scopus's index terms; the authors' keywords are the paper's
        if paper.get("author_keywords", "").strip():
            paper["keywords"] = paper.pop("author_keywords")
    elif database == "ieee":
        del paper["keywords"]  # IEEE's thesaurus terms, then the authors', in one list no one can part
    else:
        acronyms = _acronyms_in(fields.get("journal-iso", ""))
        for name in _IN_CAPITALS:
            if _in_capitals(paper.get(name, "")):
                paper[name] = title_cased(paper[name], acronyms)
        for name in _WOS_NOT_SHOWN:
            paper.pop(name, None)
    return paper


def _scopus_names(value: str) -> str:
    """Scopus's editors as BibTeX lists names: it writes each family name and initials, commas
    between ("Biswas A., Sharma V.K., Thiele J.-U."), one name to BibTeX, so the BibTeX a reader
    copies named one editor; "Biswas, A. and Sharma, V.K. and Thiele, J.-U.". Kept as written
    when any piece is not a name and initials (then the build's warning says how to write it)."""
    if " and " in value:
        return value
    found = [_FAMILY_INITIALS.fullmatch(piece.strip()) for piece in value.split(",")]
    if not all(match and match["initials"].isupper() for match in found):
        return value
    return " and ".join(f"{match['family']}, {match['initials']}" for match in found if match)


# a family name, then initials: "Sharma V.K.", "Thiele J.-U.", older records' "Joubert O" (capitals)
_FAMILY_INITIALS = re.compile(r"(?P<family>[^,]*[^\W\d_][^,]*?)\s+(?P<initials>(?:[^\W\d_]\.?-?){1,3})")


def title_key(title: str) -> str:
    """A title without case, spaces and punctuation: two exports of one paper share it (and a
    Scopus volume's title and its `journal`, "Digest APMRC - Asia-Pacific" and "Digest APMRC
    Asia-Pacific")."""
    return title.casefold().translate(_TITLE_NOISE)


# what two exports of one title may differ in, besides case: spaces and punctuation (a translation
# table: 10,000 titles in a third of a regular expression's time)
_TITLE_NOISE = str.maketrans("", "", string.punctuation + string.whitespace + "\u2013\u2014\u2018\u2019\u201c\u201d")


def venue_in_title_case(value: str) -> str:
    """A venue Google Scholar wrote in sentence case ("Advances in neural information processing
    systems", "Proceedings of the IEEE/CVF conference on computer vision", "nature") in title case, as the
    venue names itself; any other venue as it is. Told by most of its words after the first being
    lower case; acronyms, mixed case (arXiv), words with digits or LaTeX stay. A name in another
    language, whose convention may be sentence case ("Revue française de sociologie"), is kept."""
    words = value.split()
    if len(words) == 1 and value.isalpha() and value.islower() and value.isascii():
        return value.capitalize()  # Scholar's "nature"
    if len(words) < 2 or not any(word[0].islower() and word not in _SMALL_WORDS for word in words[1:]):
        return value  # a venue in title case, nearly all of them: done at once
    if not value.isascii() or words[0][0].islower():  # "arXiv preprint", "npj ...": a name cased its own way
        return value
    cores = [word.strip("(),.:;") for word in words[1:]]
    if any(core in _FOREIGN_SMALL_WORDS for core in cores):
        return value
    content = [core for core in cores if core and core.lower() not in _SMALL_WORDS and "\\" not in core and "{" not in core]
    lower = sum(1 for core in content if _LOWER_WORD.fullmatch(core))
    if not lower or lower * 3 < len(content) * 2:
        return value
    cased, after_colon = [words[0]], words[0].endswith(":")
    for word, core in zip(words[1:], cores, strict=True):
        if _LOWER_WORD.fullmatch(core) and (after_colon or core not in _SMALL_WORDS):
            word = word.replace(core, "-".join(part[0].upper() + part[1:] for part in core.split("-")), 1)
        cased.append(word)
        after_colon = word.endswith(":")
    return " ".join(cased)


def _in_capitals(value: str) -> bool:
    letters = [char for char in value if char.isalpha()]
    return len(letters) > 3 and not any(char.islower() for char in letters)


def _acronyms_in(abbreviation: str) -> dict[str, str]:
    """The words an ISO abbreviation ("ACS Appl. Mater. Interfaces", "PLoS One") writes otherwise
    than capitalised, by their capitals: how the journal spells its acronyms."""
    words = re.findall(r"[A-Za-z]{2,}", abbreviation)
    return {word.upper(): word for word in words if word[1:] != word[1:].lower()}


def title_cased(value: str, acronyms: dict[str, str] | None = None) -> str:
    """A name written in capitals as titles are written: "IEEE TRANSACTIONS ON PATTERN ANALYSIS" ->
    "IEEE Transactions on Pattern Analysis". Acronyms stay (known ones, the ISO abbreviation's, a
    word in brackets such as "(ICRA 2021)", a word with a digit, a letter alone: "PHYSICAL REVIEW B")."""
    acronyms = acronyms or {}
    pieces = []
    bracketed = False
    first = True
    for piece in _WORD.findall(value):
        if piece[0].isspace() or piece[0] in "/-":
            pieces.append(piece)
            continue
        core = piece.strip("()[],.;:&\\'\"")
        opens = piece.startswith(("(", "["))
        pieces.append(_cased_word(piece, core, acronyms, bracketed or opens, first))
        bracketed = (bracketed or opens) and not piece.endswith((")", "]"))
        first = piece.endswith(":")  # a subtitle's first word is capitalised too
    return "".join(pieces)


def _cased_word(piece: str, core: str, acronyms: dict[str, str], bracketed: bool, first: bool) -> str:
    if core in acronyms:
        return piece.replace(core, acronyms[core])
    if not core or bracketed or len(core) == 1 or any(char.isdigit() for char in core) or core in _ACRONYMS:
        return piece
    lower = core.lower()
    cased = lower if lower in _SMALL_WORDS and not first else lower[0].upper() + lower[1:]
    return piece.replace(core, cased)
