"""`sitegen check`: every link of the built site leads somewhere, every page is well-formed enough.

Reads the output folder as a browser on the deployed site would: each internal link and asset
(href, src, srcset, sitemap and feed entries) is resolved against the page's URL under the base
path and must name a file that exists; a `#fragment` must name an id on the target page. Each
page must have a title and unique ids. With `external`, links to other sites are tried too
(HEAD, then GET when HEAD is refused), a few at a time and with a timeout.
"""

from __future__ import annotations

import posixpath
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

from sitegen import __version__
from sitegen.parallel import map_shared
from sitegen.urls import is_readable_url
from sitegen.writer import files_under

_LINK_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "form": ("action",),
}
_IGNORED_SCHEMES = ("mailto:", "tel:", "data:", "about:")
_UNSAFE_SCHEMES = ("javascript:", "vbscript:")
EXTERNAL_TIMEOUT = 10.0
EXTERNAL_WORKERS = 8
PARALLEL_FROM = 100  # pages: a second process reading fewer costs more than it saves


@dataclass(frozen=True)
class Problem:
    page: str  # the page's path in the site, as in the output folder
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link}: {self.reason}"


@dataclass
class _Page:
    """What one HTML page holds that the check needs."""

    title: str = ""
    ids: Counter[str] = field(default_factory=Counter)
    links: list[str] = field(default_factory=list)


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.page.ids[values["id"]] += 1
        if tag == "a" and "name" in values:
            self.page.ids[values["name"]] += 0  # an old-style anchor target, not a duplicate id
        for name in _LINK_ATTRIBUTES.get(tag, ()):
            if name not in values:
                continue
            if name == "srcset":
                self.page.links += [candidate.split()[0] for candidate in values[name].split(",") if candidate.strip()]
            elif not (tag == "link" and values.get("rel", "") in ("preconnect", "dns-prefetch")):
                self.page.links.append(values[name].strip())
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh" and "url=" in values.get("content", "").lower():
            self.page.links.append(values["content"].split("=", 1)[1].strip().strip("'\""))
        self._in_title = self._in_title or tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page.title += data


@dataclass
class SiteChecker:
    """Checks one built site; `base_url` is where it is deployed (a path, or a URL with the host)."""

    root: Path
    base_url: str = "/"
    pages: dict[str, _Page] = field(default_factory=dict)
    external: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # URL -> pages linking to it
    _every_file: set[str] = field(default_factory=set, repr=False)  # the site's files, by their paths in it
    _top_names: set[str] | None = field(default=None, repr=False)  # the files and folders at the site's root

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        path = parts.path.strip("/")
        self.base_path = f"/{path}/" if path else "/"

    def check(self, jobs: int = 1) -> list[Problem]:
        """Problems of the pages and of their internal links; external links are only gathered.
        The pages are read by `jobs` processes: Python's HTML parser takes most of the time
        (2,100 pages of a 2,000-entry lab: 3.5 s of 5)."""
        problems: list[Problem] = []
        self._every_file = set(files_under(self.root))  # a link's target is looked up here, not with a stat each
        files = self._files(".html")
        read = partial(_read_page, self.root)
        if jobs > 1 and len(files) >= PARALLEL_FROM:
            self.pages.update(zip(files, map_shared(files, read, jobs), strict=True))
        else:
            self.pages.update((relative, read(relative)) for relative in files)
        for relative, page in self.pages.items():
            problems += self._page_problems(relative, page)
            problems += self._link_problems(relative, page.links)
        for relative in self._files(".xml"):
            problems += self._link_problems(relative, _xml_links(self.root / relative), from_xml=True)
        return problems

    def check_external(self, workers: int = EXTERNAL_WORKERS, timeout: float = EXTERNAL_TIMEOUT) -> list[Problem]:
        """Try every external link once (call after `check`)."""
        with ThreadPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(lambda url: (url, _fetch(url, timeout)), sorted(self.external)))
        return [Problem(page, url, reason) for url, reason in outcomes if reason for page in self.external[url]]

    def _page_problems(self, relative: str, page: _Page) -> Iterable[Problem]:
        if not page.title.strip():
            yield Problem(relative, "<title>", "the page has no title")
        for name, count in sorted(page.ids.items()):
            if count > 1:
                yield Problem(relative, f"#{name}", f"the id is used {count} times on the page; ids must be unique")

    def _link_problems(self, relative: str, links: Iterable[str], from_xml: bool = False) -> Iterable[Problem]:
        page_url = self.base_path + relative.removesuffix("index.html")
        for link in dict.fromkeys(links):
            reason = self._link_problem(page_url, link, relative, from_xml)
            if reason:
                yield Problem(relative, link, reason)

    def _from_the_root_hint(self, link: str) -> str:
        """A relative path is relative to the page it is on; Markdown written as if it were relative
        to static/ (`images/x.png` on /teaching/) is the usual slip: say how to write it."""
        if link.startswith(("/", "#", "?")):
            return ""
        path = unquote(urlsplit(link).path)
        if self._file_for(posixpath.normpath(path).lstrip("/")) is None:
            return ""
        return f" (a path without a leading / is relative to the page; for the site's {path} write /{path})"

    def _under_base_path(self, lowered: str) -> bool:
        """Whether an absolute link to the site's host is to this site, not another one served there."""
        root = (self.origin + self.base_path.rstrip("/")).lower()
        return lowered == root or (lowered.startswith(root) and lowered[len(root)] in "/?#")

    def _project_of_the_host(self, link: str) -> bool:
        """Whether an address on the host of a site served at its root (`https://u.github.io/`) is
        to another site there: a full address whose first folder the site has not
        (`https://u.github.io/dataset/`, a project's own pages, as GitHub Pages serves them). A
        path written as one (`/dataset/`) is this site's, and a missing page a problem."""
        if self.base_path != "/":
            return False
        path = urlsplit(link).path.lstrip("/")
        first = unquote(path.split("/", 1)[0])
        if not first or ("/" not in path and "." in first):
            return False  # the root, or a file at it (`/cv.pdf`): this site's
        if self._top_names is None:
            self._top_names = {name.split("/", 1)[0] for name in self._every_file}
        return first not in self._top_names

    def _link_problem(self, page_url: str, link: str, relative: str, from_xml: bool) -> str | None:
        lowered = link.lower()
        if not link or lowered.startswith(_IGNORED_SCHEMES):
            return None if link or from_xml else "empty link"
        if lowered.startswith(_UNSAFE_SCHEMES):
            return "unsafe link scheme"
        if not is_readable_url(link):
            return "not an address a browser can follow (a bracket in its host?)"
        if self.origin and lowered.startswith(self.origin.lower() + "/"):
            if not from_xml and (not self._under_base_path(lowered) or self._project_of_the_host(link)):
                # another site on the same host: GitHub Pages serves a user's projects at user.github.io/<repo>/
                self.external[link].append(relative)
                return None
            link = link[len(self.origin) :]
        elif urlsplit(link).scheme or link.startswith("//"):
            if from_xml and not self.origin:
                return "absolute URL of another site (is base_url right?)"
            self.external[link].append(relative)
            return None
        target, fragment = urldefrag(urljoin(page_url, link))
        path = unquote(urlsplit(target).path)
        if not path.startswith(self.base_path):
            return f"outside the site's base path {self.base_path}"
        file = self._file_for(path[len(self.base_path) :])
        if file is None:
            return "no such file in the site" + self._from_the_root_hint(link)
        if fragment and file.endswith(".html") and fragment != "top":
            ids = self.pages.get(file)
            if ids is not None and unquote(fragment) not in ids.ids:
                return f"no element with id '{unquote(fragment)}' on {file}"
        return None

    def _file_for(self, site_path: str) -> str | None:
        """The output file a site path is served from, as GitHub Pages and most hosts do."""
        candidates = (
            [site_path + "index.html"] if site_path.endswith("/") or not site_path else [site_path, site_path + "/index.html"]
        )
        for candidate in candidates:
            if ".." not in candidate.split("/") and posixpath.normpath(candidate) in self._every_file:
                return candidate
        return None

    def _files(self, suffix: str) -> list[str]:
        return sorted(name for name in self._every_file if name.endswith(suffix))


def _read_page(root: Path, relative: str) -> _Page:
    reader = _PageReader()
    reader.feed((root / relative).read_text(encoding="utf-8", errors="replace"))
    return reader.page


def _xml_links(path: Path) -> list[str]:
    """The URLs a sitemap or an Atom feed points at."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError:
        return []
    links = [element.text.strip() for element in root.iter() if element.tag.endswith("}loc") and element.text]
    links += [element.get("href", "") for element in root.iter() if element.tag.endswith("}link")]
    return links


def _fetch(url: str, timeout: float) -> str | None:
    """None when the link works; otherwise why not."""
    headers = {"User-Agent": f"sitegen-check/{__version__} (link checker)"}
    for method in ("HEAD", "GET"):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method=method, headers=headers), timeout=timeout):
                return None
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 404, 405, 429, 500, 501, 503):
                continue  # many servers refuse HEAD but answer GET
            return f"HTTP {error.code}"
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return f"unreachable ({reason})"
    return "no answer"
