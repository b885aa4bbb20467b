"""Which links may appear on a page, and how link fields become URLs.

Every URL that comes from content passes `is_safe_url`: only web, mail and relative links are let
through, so a `javascript:` link in a .bib or a profile can never reach a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, unquote, urlsplit

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp", "ftps"})
_INVISIBLE = re.compile(r"[\x00-\x20\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class Link:
    """A labelled link of a publication or person: [PDF], [Code], GitHub ..."""

    kind: str  # doi, pdf, code, arxiv, ... or homepage, github, ...
    label: str
    url: str
    local: bool = False  # points to a file of the site itself
    fragment: str = ""  # of a local link: what follows the file's path (`#page=3`)
    page: bool = False  # of a local link: a page of the site (`/news/`), in the language of the page that links it


_UNREADABLE = SplitResult("", "", "", "", "")


def split_url(url: str) -> SplitResult:
    """The parts of an address, as `urlsplit` gives them; one it cannot read (a bracket in the
    host, `http://arx]iv.org/abs/1`, as a slip of the keyboard makes) has none, rather than being
    an error that stops the build."""
    try:
        return urlsplit(url)
    except ValueError:
        return _UNREADABLE


def is_readable_url(url: str) -> bool:
    """Whether `urlsplit` can read an address (a bracket in a host is IPv6's, and must be one).
    It only fails on a bracket or on a host whose Unicode normalises to a separator, so an ASCII
    address without brackets is not split (asked of every link of every entry: 0.2 s at 10,000)."""
    if url.isascii() and "[" not in url and "]" not in url:
        return True
    return split_url(url) is not _UNREADABLE


_EMAIL_ADDRESS = re.compile(r"[^@\s<>\"'\[\]()]+@[^@\s<>\"'\[\]()]+\.[^@\s<>\"'\[\]()]+")


def is_email_address(text: str) -> bool:
    """Whether a text is one e-mail address (`ada@uni.edu`); not one written to keep it from
    robots ("ada [at] uni [dot] edu"), which is shown as written."""
    return bool(_EMAIL_ADDRESS.fullmatch(text))


def is_safe_url(url: str) -> bool:
    """True for http(s), mailto and ftp URLs and for relative links; false for any other scheme."""
    cleaned = _INVISIBLE.sub("", url)
    if not cleaned:
        return False
    match = _SCHEME.match(cleaned)
    if match is None:
        return True
    return match.group(1).lower() in _SAFE_SCHEMES


# a tilde in an address as BibTeX users spell it out, since LaTeX reads `~` as a space outside `\url`
# (`http://cs.x.edu/$\sim$ada/`, `\textasciitilde{}`)
_LATEX_TILDE = re.compile(r"\{?\$\\sim\$\}?|\\textasciitilde(?![a-zA-Z])(?:\{\})?|\\string~")


def with_tildes(address: str) -> str:
    """An address written in LaTeX with each tilde it spells out as a tilde."""
    return _LATEX_TILDE.sub("~", address) if "\\" in address else address


# an arXiv identifier, new (2305.11676v2) or old (cs/0112017, math.AG/0601001), alone, after
# `arXiv:`, or in its abs/ or pdf/ address
_ARXIV = re.compile(
    r"(?:arxiv:\s*|https?://arxiv\.org/(?:abs|pdf)/)?(?P<id>\d{4}\.\d{4,5}|[a-z][a-z.\-]+/\d{7})(?:v\d+)?(?:\.pdf)?",
    re.IGNORECASE,
)


def arxiv_id(written: str) -> str:
    """The arXiv identifier of "arXiv:2305.11676v2", "cs/0112017" or an abs/ or pdf/ address, without
    its version; "" for anything else. Here, not in doi.py, since reading an entry's `eprint` asks
    it too, and doi.py brings urllib's network modules with it (50 ms to import)."""
    found = _ARXIV.fullmatch(written.strip())
    return found["id"] if found else ""


# a file or folder on CTAN as TeX's own bibliographies give it (`\url{CTAN:/macros/latex/contrib/xkeyval}`,
# DTK's and TUGboat's; `CTAN: tex-archive/...` in older ones), and the address CTAN sends readers on from
_CTAN_PATH = re.compile(r"CTAN:\s*/?(?:tex-archive/)?(?=[^\s/])", re.IGNORECASE)
CTAN_MIRRORS = "https://mirrors.ctan.org/"


def from_ctan(url: str) -> str:
    """The address of a `CTAN:` path: CTAN's own (https://mirrors.ctan.org/ sends the reader to a
    mirror near them, as dtk-url.sty links it); any other URL as it is. Without this the `CTAN:`
    scheme is an unsafe one, and the link is dropped."""
    found = _CTAN_PATH.match(url)
    return CTAN_MIRRORS + url[found.end() :] if found else url


# what no URL may hold as it is (WHATWG's URL syntax, which the HTML checker applies to every
# href): a space, `"<>\\^`{|}`, and a % that starts no %XX escape
_NOT_IN_A_WEB_ADDRESS = re.compile(r'[ "<>\\^`{|}]|%(?![0-9A-Fa-f]{2})')


def web_address(url: str) -> str:
    """The address with what no URL may hold percent-encoded (`https://x.org/my paper.pdf` ->
    `my%20paper.pdf`), as a browser sends it: the same link, valid in the page and its feeds."""
    return _NOT_IN_A_WEB_ADDRESS.sub(lambda found: f"%{ord(found.group()):02X}", url)  # the same object when none


# a web address as a sentence holds one; what ends the sentence (".", ")" ...) is not part of it, nor
# what brackets it ("&lt;https://x.org&gt;", as a citation style writes it)
_ADDRESS_IN_TEXT = re.compile(r"\bhttps?://(?:(?!&[lg]t;)[^\s<>\"'])*(?:(?!&[lg]t;)[^\s<>\"'.,;:!?\]])")


def linked_addresses(text: str) -> str:
    """HTML text (no tags in it) with each web address written out a link to itself: "code at
    https://github.com/x/y." links the address without its full stop, "(see https://x.org/a)"
    without the bracket, "https://x.org/F_(b)" with its own."""

    def linked(found: re.Match[str]) -> str:
        address, after = found.group(0), ""
        if address.endswith(")") and address.count("(") < address.count(")"):
            address, after = address[:-1], ")"
        return (f'<a href="{address}">{address}</a>' if is_safe_url(address) and _followable(address) else address) + after

    return _ADDRESS_IN_TEXT.sub(linked, text) if "://" in text else text


def _followable(address: str) -> bool:
    """Whether a browser can follow the address: Express Polymer Letters writes "http://doi:" before
    a DOI, a host with a port that is no number, whose link the sanitizer leaves without its href."""
    try:
        port = urlsplit(address).port
    except ValueError:
        return False
    return port != 0


# a web address written without https://: www. first, a path after a host, or a host alone of a
# top-level domain people's sites have (not a file's name: cv.pdf, photo.jpg)
_WITHOUT_SCHEME = re.compile(
    r"^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|dev|ai|me|info|app|xyz|site|page|co|uk|de|fr|cn|jp|ca|au|ch"
    r"|nl|se|it|es|kr|in|us|eu|ac\.[a-z]{2}))/?$",
    re.IGNORECASE,
)


def written_without_scheme(value: str) -> bool:
    """Whether a link that is not a file of the site is a web address written without its
    https:// ("github.com/you", "www.lab.org/paper", "you.dev"), as profiles and .bib link fields
    have them."""
    return bool(_WITHOUT_SCHEME.match(value))


def is_external(url: str) -> bool:
    """True when the URL names a scheme or a host, so it is not a path inside the site."""
    return bool(_SCHEME.match(url)) or url.startswith("//")


_NOT_IN_A_PATH = re.compile(r'[?#\\<>"|*\x00-\x1f\x7f]')  # a query, a fragment, or what no file name of a site holds


def redirect_file(old: str) -> str | None:
    """The output file an old address is served from (`/blog/x/` and `/blog/x` -> blog/x/index.html,
    `/old.html` as it is); None for what is no path in the site (another site, `..`, the home page)."""
    path = unquote(old.strip()).strip("/")
    if not path or "://" in old or old.strip().startswith("//") or _NOT_IN_A_PATH.search(path):
        return None
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or ":" in parts[0]:
        return None
    return path if parts[-1].endswith((".html", ".htm")) else f"{path}/index.html"


@dataclass(frozen=True)
class SitePaths:
    """Where a path of the site is served. A further language's pages are in its own folder
    (`/de/people/ada/`), as Hugo puts them, while the files every language shares (static/, the
    photos made from it) stay at the site's root: one copy, one address, whichever page links it."""

    root: str = "/"  # the site's base path
    language: str = ""  # a further language's folder ("de/"); "" for the site's own language
    shared: frozenset[str] = frozenset()  # site paths of files at the root whatever the language

    @property
    def pages(self) -> str:
        """The base path of this language's pages."""
        return self.root + self.language

    def url(self, path: str) -> str:
        """The address of a site path (`people/ada/`, `css/site.css`, `cv.pdf#page=2`)."""
        path = path.lstrip("/")
        if self.language and unquote(path.partition("#")[0].partition("?")[0]) in self.shared:
            return self.root + path
        return self.pages + path
