"""Which fields of a .bib entry are its buttons, and what each button is called.

sitegen's link fields (`LINK_FIELDS`: al-folio's and the archives') are read under their own names
and, when an entry has none of its own, under the other names sites give them: `github` and
`repository` for `code` (Chinese lab templates document `github = {...}` as their code button),
`data` for `dataset`, `supplementary` for `supp`, `project_page` for `project`, `link` for `url`,
and Hugo Blox's `url_pdf` and its like (`url_X`, `X_url`, `Xurl` for any link field X).

Any other field that holds one web address and nothing else is a button too, named after the
field (`demo` [Demo], `openreview` [OpenReview], `huggingface` [Hugging Face], `shiny_app` [Shiny
app]). al-folio's guide has users add a field and a line of its template for each button of their
own (`demo`, `openreview`, `talk`); such a field reached sitegen with its link silently lost. Fields
a reference manager or a citation database keeps for itself (`biburl`, `file`, `bdsk-url-1` ...)
and the fields sitegen reads for something else are none; neither is an address of a picture
(`teaser = {https://.../fig.png}`), which is no page to go to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from sitegen.bibformat import DEFAULT_HIDDEN_FIELDS
from sitegen.i18n import N_
from sitegen.model import NUMBERED_KIND
from sitegen.urls import arxiv_id

# Link fields in the order their buttons appear; `url` last since it often repeats another. Their
# labels are English; the views put them in the site's words (N_: in the catalogues).
LINK_FIELDS = (
    ("doi", "DOI"),
    ("pdf", "PDF"),
    ("code", N_("Code")),
    ("dataset", N_("Data")),
    ("arxiv", "arXiv"),
    ("hal", "HAL"),
    ("pmid", "PubMed"),
    ("pmcid", "PMC"),  # PubMed Central: the free full text (the NIH asks for it in citations)
    ("adsurl", "ADS"),  # the paper's page in NASA's Astrophysics Data System, as its exports give it
    ("mrnumber", "MR"),  # MathSciNet's review, as its exports and mathematicians' lists give it
    ("zbl", "zbMATH"),
    ("jstor", "JSTOR"),  # with `hdl` and `googlebooks`: biblatex's own eprint types
    ("hdl", "HDL"),  # a Handle: the lasting address of a thesis or report in a university's repository
    ("googlebooks", "Google Books"),
    ("ctan", "CTAN"),  # a TeX package's page
    ("slides", N_("Slides")),
    ("video", N_("Video")),
    ("project", N_("Project")),
    ("website", N_("Website")),
    ("poster", N_("Poster")),
    ("supp", N_("Supplement")),
    ("blog", N_("Blog")),
    ("html", "HTML"),
    ("url", "URL"),
)
LINK_NAMES = frozenset(name for name, _ in LINK_FIELDS)
_LINK_LABELS = dict(LINK_FIELDS)
OTHER = "link"  # the kind of a button from a field of the entry's own naming (and the field hiding them all)
_OTHERS_BEFORE = "html"  # the others go after the named buttons, before the page of the paper itself

# other names sites give the link fields, as they write them
_ALIASES = {
    **dict.fromkeys(("github", "gitlab", "repo", "repository", "source_code", "sourcecode", "software"), "code"),
    "data": "dataset",
    **dict.fromkeys(("supplementary", "supplement", "supplemental", "supplementary_material", "appendix"), "supp"),
    **dict.fromkeys(("project_page", "projectpage", "project_website", "page"), "project"),  # `page`: when an address
    **dict.fromkeys(("webpage", "homepage", "web"), "website"),
    **dict.fromkeys(("youtube", "recording"), "video"),
    "link": "url",
    # Hugo Blox's and others' `url_pdf`, `pdf_url`, `pdfurl` (not `url_url`; `adsurl` is a field already)
    **{
        spelt: name
        for name in LINK_NAMES - {"url", "adsurl"}
        for spelt in (f"url_{name}", f"{name}_url", f"{name}url", f"{name}_link")
    },
}
# a button of a field named by its site: the word it says (a service's own spelling, or words in the
# catalogues), when the field's name written out is not it
_LABELS = {
    "demo": N_("Demo"),
    "docs": N_("Documentation"),
    "documentation": N_("Documentation"),
    "paper": N_("Paper"),
    "talk": N_("Talk"),
    "openreview": "OpenReview",
    "huggingface": "Hugging Face",
    "hf": "Hugging Face",
    "colab": "Colab",
    "github": "GitHub",
    "gitlab": "GitLab",
    "youtube": "YouTube",
    "bilibili": "Bilibili",
    "zenodo": "Zenodo",
    "figshare": "figshare",
    "osf": "OSF",
    "researchgate": "ResearchGate",
    "semanticscholar": "Semantic Scholar",
    "ieeexplore": "IEEE Xplore",
    "acm": "ACM DL",
    "openalex": "OpenAlex",
    "dblp": "dblp",
    "scholar": "Google Scholar",
    "googlescholar": "Google Scholar",
    "pubmed": "PubMed",
    "biorxiv": "bioRxiv",
    "medrxiv": "medRxiv",
    "ssrn": "SSRN",
    "kaggle": "Kaggle",
    "slideshare": "SlideShare",
    "speakerdeck": "Speaker Deck",
    "paperswithcode": "Papers with Code",
    "wandb": "Weights & Biases",
}
# fields that hold an address for another purpose than a button: sitegen's own (shown in the
# citation, a picture, the counts' links), the bookkeeping of reference managers and databases
_NOT_BUTTONS = frozenset(
    {
        *DEFAULT_HIDDEN_FIELDS,
        *("howpublished", "note", "addendum", "eprint", "ids", "preview", "abstract", "title", "journal", "booktitle"),
        *("publisher", "organization", "institution", "school", "series", "keywords", "annotation", "crossref"),
        *("image", "img", "teaser", "thumbnail", "cover", "figure", "picture", "photo", "logo", "icon", "ee"),
        *("copyright", "license", "licence", "rights"),  # DataCite's and Zenodo's licence addresses
    }
)
# the fields sitegen reads otherwise, or that hold no address: passed over before their values are looked at
_READ = (
    _NOT_BUTTONS
    | LINK_NAMES
    | frozenset(
        "author editor translator year month day date volume volumes number issue pages eid edition chapter isbn issn language "
        "langid type key address location pubstate eprinttype archiveprefix primaryclass subtitle journaltitle eventtitle "
        "titleaddon booksubtitle booktitleaddon journalsubtitle maintitle mainsubtitle maintitleaddon venue issuetitle "
        "shorttitle doi arxiv pmid pmcid mrnumber zbl hal_id arxivid eprintclass article-number articleno elocation-id abbr selected version "
        "holder assignee collaboration issuesubtitle related relatedtype relatedstring relatedoptions".split()
    )
) - _ALIASES.keys()  # `link`, hidden from the BibTeX, is `url` under another name
_RECORD_FIELDS = re.compile(r"bdsk-(?:url|file)-\d+$|citeulike-linkout-\d+$|mendeley-|zotero-|comment-")
_LINKED = re.compile(r"[^\s]*[./][^\s]*$")  # an address or a file's path: a `data = {survey}` is no link
_OWNER_REPOSITORY = re.compile(r"[\w-]+/[\w.-]+$")
_WEB_ADDRESS = re.compile(r"\s*https?://\S+\s*$", re.IGNORECASE)
_PICTURE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?)(?:[?#]\S*)?\s*$", re.IGNORECASE)
_AFFIXES = re.compile(r"^(?:url|link)[_-]|[_-](?:url|link)$|(?<=[a-z])url$", re.IGNORECASE)


class Button(NamedTuple):
    """One button an entry's fields make: its kind (a LINK_FIELDS name, or OTHER), its label, and
    the field it is read from (for the line a warning names and the BibTeX it hides from)."""

    kind: str
    label: str
    field: str


_NAMED_BUTTONS = tuple(Button(name, label, name) for name, label in LINK_FIELDS)
_NONE_RENAMED: dict[str, str] = {}  # shared, never changed


class LinkFields(NamedTuple):
    """An entry's fields with each link field given under another name put under its own, and the
    buttons they make in their order (a tuple: made for every entry of a big site)."""

    fields: dict[str, str]
    buttons: tuple[Button, ...]
    renamed: dict[str, str]  # a link field's name -> the name it was written under

    @property
    def of_other_names(self) -> bool:
        """Whether a button comes from a field of another name than sitegen's (few entries do)."""
        return bool(self.renamed) or len(self.buttons) > len(LINK_FIELDS)

    def hidden_from_bibtex(self, hidden: frozenset[str]) -> set[str]:
        """The fields of other names that are buttons and so stay out of the BibTeX shown, as the
        link fields they stand for do: a renamed field when its link field is hidden, the others
        when OTHER ("link") is."""
        left_out = {written for name, written in self.renamed.items() if name in hidden}
        if OTHER in hidden:
            left_out.update(button.field for button in self.buttons if button.kind == OTHER)
        return left_out


def link_fields(fields: dict[str, str]) -> LinkFields:
    """The entry's buttons: LINK_FIELDS in their order (each under its own name or another), then
    the other fields holding a web address, before [HTML] and [URL]. An entry whose every field
    sitegen reads otherwise (nearly every one) takes a subset test of its names and keeps `fields`
    itself; at 10,000 entries that took the whole from 92 to 11 ms."""
    if fields.keys() <= _READ:
        return LinkFields(fields, _NAMED_BUTTONS, _NONE_RENAMED)  # nearly every entry: no field of another name
    renamed: dict[str, str] = {}
    if not _ALIASES.keys().isdisjoint(fields):
        fields = dict(fields)
        for written in sorted(_ALIASES.keys() & fields.keys()):
            name = _ALIASES[written]
            value = fields[written].strip()
            if name not in renamed and not fields.get(name, "").strip() and _LINKED.match(value) and _meant(written, value):
                fields[name] = _repository(written, value)
                renamed[name] = written
    used = set(renamed.values())
    others = [name for name in fields if name not in _READ and name not in used and _may_be_button(name, fields[name])]
    if not renamed and not others:
        return LinkFields(fields, _NAMED_BUTTONS, _NONE_RENAMED)
    buttons = [Button(OTHER, _label(name), name) for name in others]
    return LinkFields(fields, tuple(_in_order(renamed, buttons)), renamed)


# biblatex's `eprint`, by its `eprinttype` (or BibTeX's `archiveprefix`): the link field it stands for
_EPRINT_TYPES = {
    **{name: name for name in ("arxiv", "hal", "pmid", "pmcid", "jstor", "hdl", "googlebooks", "ctan")},
    **{"pubmed": "pmid", "pmc": "pmcid", "handle": "hdl", "mr": "mrnumber", "mrnumber": "mrnumber", "zbl": "zbl"},
}
# code hosts as eprint types, as hep-paper's bibliographies and others give a package's repository
# (`eprinttype = {github}, eprintclass = {owner}, eprint = {repo}`): the [Code] button
_CODE_HOSTS = {
    "github": "https://github.com/",
    "gitlab": "https://gitlab.com/",
    "bitbucket": "https://bitbucket.org/",
    "codeberg": "https://codeberg.org/",
    "sourceforge": "https://sourceforge.net/projects/",  # a project's name alone
}


def eprint_of(fields: dict[str, str]) -> tuple[str | None, str]:
    """The link field an entry's `eprint` stands for (None for none) and its value for that
    field: an identifier, or a code host's address. An eprint without a type that is an arXiv
    identifier is arXiv's, as physics' styles read it (SPIRES gave `eprint = {hep-th/9901001}`
    alone, and hand-written entries drop INSPIRE's `archivePrefix`)."""
    eprint = fields.get("eprint", "").strip()
    kind = (fields.get("eprinttype") or fields.get("archiveprefix") or "").strip().lower()
    if not eprint:
        return None, ""
    if (host := _CODE_HOSTS.get(kind)) and "://" not in eprint:
        owner = fields.get("eprintclass", "").strip()
        owned = owner and "/" not in eprint and kind != "sourceforge"
        return "code", host + (f"{owner}/{eprint}" if owned else eprint)
    if not kind and arxiv_id(eprint):
        return "arxiv", eprint
    return _EPRINT_TYPES.get(kind), eprint


def unlinked_eprint_type(fields: dict[str, str]) -> str:
    """The type of an eprint sitegen has no address for (`ssrn`, `wikipedia`), or ""."""
    kind = (fields.get("eprinttype") or fields.get("archiveprefix") or "").strip()
    return kind if kind and fields.get("eprint", "").strip() and eprint_of(fields)[0] is None else ""


def is_web_address(value: str) -> bool:
    """Whether a field holds one web address and nothing else."""
    return _WEB_ADDRESS.match(value) is not None


def _meant(written: str, value: str) -> bool:
    """Whether a field of another name is the link field: `page` (the project's page) only when it
    holds an address, as `page = {12--15}` is a misspelt `pages`."""
    return written != "page" or is_web_address(value)


def _repository(written: str, value: str) -> str:
    """`github = {owner/tool}`, as a profile's `github: name` is written: its address."""
    if written in ("github", "gitlab") and _OWNER_REPOSITORY.match(value) and not value.lower().startswith(written):
        return f"https://{written}.com/{value}"
    return value


def _in_order(renamed: dict[str, str], others: list[Button]) -> Iterator[Button]:
    for name, label in LINK_FIELDS:
        if name == _OTHERS_BEFORE:
            yield from others
        yield Button(name, label, renamed.get(name, name))


def _may_be_button(name: str, value: str) -> bool:
    """Whether a field sitegen does not read is a button: it holds one web address, not of a
    picture, and is no field a tool keeps for itself."""
    return name not in _NOT_BUTTONS and not _RECORD_FIELDS.match(name) and is_web_address(value) and not _PICTURE.search(value)


def own_button_field(label: str) -> str:
    """The field a link with a site's own label is written to by an importer, so that it is a
    button of that name (`Shiny app`: shiny_app [Shiny app]); "" when the label names a field
    sitegen reads as something else (`PDF`, `Code`) or has no letters."""
    name = "_".join(re.findall(r"[a-z0-9]+", label.lower()))
    if not name or name in LINK_NAMES or name in _ALIASES or name in _NOT_BUTTONS or _RECORD_FIELDS.match(name):
        return ""
    return name


def _label(name: str) -> str:
    """A field's button label: its word (`openreview` OpenReview, `demo` Demo) or its name written
    out (`shiny_app` "Shiny app", `model-weights-url` "Model weights"); a second link of a kind
    as the first's, numbered (`pdf_2` "PDF 2", `github_2` "GitHub 2")."""
    if numbered := NUMBERED_KIND.fullmatch(name):
        kind, number = numbered.groups()
        return f"{_LINK_LABELS.get(kind) or _label(kind)} {number}"
    bare = _AFFIXES.sub("", name)
    if label := _LABELS.get(name) or _LABELS.get(bare):
        return label
    words = " ".join(bare.replace("_", " ").replace("-", " ").split()) or name
    return words[0].upper() + words[1:]
