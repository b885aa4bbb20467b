"""`sitegen add DOI ...`: a publication's BibTeX fetched by its DOI and added to the site's .bib, as
Zotero's "Add Item by Identifier" does: doi.org answers a request for `application/x-bibtex` with
the entry its registration agency (Crossref, DataCite) holds. `--orcid` takes the DOIs from an
ORCID record (orcid.py).

What comes back is read by bibtexparser and written back by it, one field a line; its key is kept
unless the site has it already (then a letter is added: Shen_2023a), and a `url` that only repeats
the DOI is left out (the entry's [DOI] button is that link). A DOI the site has is not added twice.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from sitegen import __version__
from sitegen.errors import SitegenError
from sitegen.urls import arxiv_id

RESOLVER = "https://doi.org/"  # SITEGEN_DOI_RESOLVER replaces it (the tests' stand-in for doi.org)
TIMEOUT = 20  # seconds
AT_ONCE = 6  # requests to doi.org at a time: an ORCID record's works not one after another, and politely few
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_URL = re.compile(r"https?://(dx\.)?doi\.org/", re.IGNORECASE)
ARXIV_DOI = "10.48550/arXiv."
_HOMONYM_NUMBER = re.compile(r"\s+0\d{3}$")
_NOISE = ("keywords", "copyright")  # DataCite's for arXiv: its subject categories would become the site's filters


class NotFound(SitegenError):
    """The service has no such thing (an answer of 404): a DOI doi.org does not know, an unknown record."""


@dataclass(frozen=True)
class Added:
    """What `add` did with one DOI: the entry's key and title, or why it was left out."""

    doi: str
    key: str = ""
    title: str = ""
    skipped: str = ""  # why nothing was added ("already in refs.bib as shen2023lga")


def normalise(written: str) -> str:
    """ "https://doi.org/10.1109/X", "doi:10.1109/X" or "10.1109/X" as "10.1109/X"; an arXiv paper
    ("arXiv:2305.11676v2", its abs/ or pdf/ address) as the DOI arXiv gives every paper
    (10.48550/arXiv.2305.11676, at DataCite); anything else is an error."""
    text = _DOI_URL.sub("", written.strip()).removeprefix("doi:").strip()
    if arxiv := arxiv_id(text):
        return f"{ARXIV_DOI}{arxiv}"
    if not _DOI.fullmatch(text):
        raise SitegenError(f"'{written}' is not a DOI (they look like 10.1109/ICCV51070.2023.00693) or an arXiv identifier")
    return text


def is_doi(written: str) -> bool:
    """Whether `normalise` reads it (a DOI or an arXiv identifier, in any of their forms)."""
    try:
        normalise(written)
    except SitegenError:
        return False
    return True


def add(
    dois: list[str], known: dict[str, str], keys: set[str], target: Path, listed: frozenset[str] = frozenset()
) -> Iterator[Added]:
    """Fetch each DOI's entry and append it to `target` as it comes, in the order given (an ORCID
    record's hundred works: a few asked at once, each said and kept as it comes); `known` maps the
    site's DOIs (lower case) to where they are, `keys` holds its keys (lower case). Every DOI is
    checked before any is fetched. One doi.org cannot give is an error, but for one of `listed`
    it does not know (an ORCID record's, which may hold a mistyped DOI): that one is said and left out."""
    import bibtexparser

    wanted = []
    for doi in dict.fromkeys([normalise(written) for written in dois]):
        if doi.lower() in known:
            yield Added(doi, skipped=f"already in {known[doi.lower()]}")
        else:
            wanted.append(doi)
    pool = ThreadPoolExecutor(max_workers=AT_ONCE)
    try:
        for doi, (text, problem) in zip(wanted, pool.map(_fetched, wanted), strict=True):
            if problem is not None:
                if doi not in listed or not isinstance(problem, NotFound):  # no connection: nothing would come
                    raise problem
                yield Added(doi, skipped=f"doi.org knows no DOI '{doi}'")
                continue
            entry = _entry(text, doi)
            entry.key = free_key(entry.key, keys)
            keys.add(entry.key.lower())
            known[doi.lower()] = f"{target.name} as {entry.key}"
            append_entries(target, bibtexparser.write_string(bibtexparser.Library([entry]), bibtex_format=bibtex_format()))
            yield Added(doi, entry.key, field_text(entry, "title"))
    finally:
        pool.shutdown(cancel_futures=True)


def _fetched(doi: str) -> tuple[str, SitegenError | None]:
    """`fetch` for a pool: its text, or what went wrong (raised in order, by `add`)."""
    try:
        return fetch(doi), None
    except SitegenError as problem:
        return "", problem


def fetch(doi: str) -> str:
    """The entry doi.org gives for the DOI, as BibTeX text."""
    resolver = os.environ.get("SITEGEN_DOI_RESOLVER", RESOLVER)
    address = resolver + urllib.parse.quote(doi, safe="/:;()")
    return get_text(
        address,
        "application/x-bibtex; charset=utf-8",
        f"doi.org for '{doi}'",
        f"doi.org knows no DOI '{doi}': check it (a copied DOI often ends in a stray . or ))",
    )


def get_text(address: str, accept: str, what: str, unknown: str) -> str:
    """One GET, its answer as text; a 404 is `unknown`, any other failure says what could not be reached."""
    return get_answer(address, {"Accept": accept}, what, unknown)[0]


def get_json(address: str, what: str, unknown: str) -> dict:
    """One GET of a JSON object (ORCID's, OpenAlex's); `what` is "<service> for <whom>"."""
    text = get_text(address, "application/json", what, unknown)
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        service, _, whom = what.partition(" for ")
        raise SitegenError(f"{service}'s answer for {whom} was not what it should be; try again later")
    return data


def get_answer(address: str, headers: dict[str, str], what: str, unknown: str, refused: str = "") -> tuple[str, Message]:
    """One GET: its text and its headers (a paged list's count). A 404 is `unknown`, a 403
    `refused` (when given), any other failure says what could not be reached."""
    request = urllib.request.Request(address, headers={**headers, "User-Agent": f"sitegen/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            return answer.read().decode("utf-8", "replace"), answer.headers
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise NotFound(unknown) from None
        if error.code == 403 and refused:
            raise SitegenError(refused) from None
        raise SitegenError(f"{what.split(' for ')[0]} answered with {error.code} {error.reason}; try again later") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SitegenError(f"could not reach {what} ({reason}); check the connection and try again") from None


def _entry(text: str, doi: str):  # -> bibtexparser.model.Entry
    import bibtexparser

    entries = bibtexparser.parse_string(text).entries
    if len(entries) != 1:
        raise SitegenError(f"doi.org gave no BibTeX entry for '{doi}' (its agency may not offer BibTeX); add it by hand")
    entry = entries[0]
    url = find_field(entry, "url")
    if url is not None and _DOI_URL.sub("", str(url.value).strip('{}" ')).lower() == doi.lower():
        entry.pop(url.key)
    if doi.lower().startswith(ARXIV_DOI.lower()):
        _arxiv_fields(entry, doi[len(ARXIV_DOI) :])
    if not re.fullmatch(r"[\w\-.]+", entry.key):  # DataCite keys an entry by its DOI's address
        entry.key = made_key(entry)
    return entry


def _arxiv_fields(entry, arxiv: str) -> None:  # entry: bibtexparser.model.Entry
    """An arXiv paper as the site shows one: `arxiv` (its [arXiv] button) for the abs/ address, and
    none of DataCite's subject categories and licence."""
    from bibtexparser.model import Field

    for name in ("url", *_NOISE):
        if (field := find_field(entry, name)) is not None:
            entry.pop(field.key)
    entry.set_field(Field("arxiv", arxiv))


def made_key(entry) -> str:  # entry: bibtexparser.model.Entry
    """Google Scholar's kind of key for a fetched entry (see `scholar_key`)."""
    first = field_text(entry, "author").split(" and ")[0]
    return scholar_key(first, field_text(entry, "year"), field_text(entry, "title"))


def scholar_key(first_author: str, year: str, title: str) -> str:
    """Google Scholar's kind of key: first author's family name, year, first word of the title
    (shen2023learning); the author as BibTeX writes one ("Shen, Xintian" or "Xintian Shen")."""
    import unicodedata

    def ascii_word(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())

    first = _HOMONYM_NUMBER.sub("", first_author.strip())  # dblp's "Yong Liu 0007"
    family = first.split(",")[0] if "," in first else (first.split() or [""])[-1]
    words = [ascii_word(word) for word in title.split()]
    word = next(
        (w for w in words if len(w) > 3 and w not in ("with", "from", "that", "this", "towards")), words[0] if words else ""
    )
    return f"{ascii_word(family)}{year}{word}" or "entry"


def find_field(entry, name: str):  # -> bibtexparser.model.Field | None
    return next((field for field in entry.fields if field.key.lower() == name), None)


def free_key(key: str, taken: set[str]) -> str:
    """The key as doi.org wrote it, or with a letter after it when the site has it already."""
    key = key or "entry"
    if key.lower() not in taken:
        return key
    return next(candidate for candidate in _lettered(key) if candidate.lower() not in taken)


def _lettered(key: str) -> Iterator[str]:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        yield key + letter
    number = 2
    while True:
        yield f"{key}-{number}"
        number += 1


def field_text(entry, name: str) -> str:  # entry: bibtexparser.model.Entry
    """A field's value without the braces or quotes around it (its own braces kept: `{SUBP:} Soft`)."""
    field = find_field(entry, name)
    value = str(field.value).strip() if field else ""
    if len(value) > 1 and (value[0], value[-1]) in (("{", "}"), ('"', '"')):
        value = value[1:-1]
    return " ".join(value.split())


def bibtex_format():  # -> bibtexparser.BibtexFormat
    import bibtexparser

    written = bibtexparser.BibtexFormat()
    written.indent = "  "
    written.block_separator = "\n"
    return written


def append_entries(target: Path, text: str) -> None:
    """Add the entries at the end of the file (made if missing), a blank line before them."""
    target.parent.mkdir(parents=True, exist_ok=True)
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    gap = "" if not before else ("\n" if before.endswith("\n") else "\n\n")
    with target.open("a", encoding="utf-8") as file:
        file.write(gap + text.strip() + "\n")
