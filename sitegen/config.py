"""content/site.yml -> a frozen `Config`, checked key by key.

A bad value is an error naming the file and line; an unknown key is a warning that suggests the
nearest known key (a typo must not silently do nothing).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sitegen import chrome, colours
from sitegen.bibformat import DEFAULT_HIDDEN_FIELDS, MARK_FIELDS
from sitegen.errors import Report, SitegenError, did_you_mean, read_source
from sitegen.i18n import N_, Words, theme_words
from sitegen.metrics import METRICS
from sitegen.urls import is_readable_url, is_safe_url, redirect_file, split_url
from sitegen.yamlfile import LineDict, load_yaml

# the People page's groups; their names are English, shown in the site's words (N_: in the catalogues)
DEFAULT_GROUPS = (N_("Faculty"), N_("Postdocs"), N_("PhD Students"), N_("MS Students"), N_("Undergraduates"))
DEFAULT_GROUPS += (N_("Staff"), N_("Visitors"), N_("Alumni"))


@dataclass(frozen=True)
class NavItem:
    """One entry of the site's menu."""

    title: str
    url: str


@dataclass(frozen=True)
class Language:
    """A further language of the site (site.yml `languages`), its pages in a folder of its own."""

    code: str  # a language tag, as site.yml writes it ("de", "pt-BR")
    settings: dict[str, Any] = field(default_factory=dict, compare=False)  # Config attribute -> its value in this language
    line: int = 0
    name: str | None = None  # what the switcher calls it (`name:`, Hugo's `languageName`); None: its name in itself

    @property
    def folder(self) -> str:
        """The folder of its pages: `de/`, `pt-br/` (lower case, as Hugo's are)."""
        return f"{self.code.lower()}/"


LANGUAGE_SETTINGS = ("title", "description", "labels", "navigation")  # what a further language may give its own value


@dataclass(frozen=True)
class Config:
    """The site's settings, validated; defaults make an empty site.yml work."""

    title: str = ""
    description: str = ""
    base_url: str = "/"
    language: str = "en"
    owner: str | None = None
    navigation: tuple[NavItem, ...] | None = None
    group_by: str = "none"  # headings in profiles' publication lists: none, year or type
    # the marks' fields are display settings as al-folio's are: the BibTeX a reader copies leaves them out
    hidden_fields: tuple[str, ...] = (*DEFAULT_HIDDEN_FIELDS, *MARK_FIELDS)
    latex_macros: dict[str, str] = field(default_factory=dict)
    unsafe_html: bool = False
    typographer: bool = True  # Markdown's quotes, dashes and ellipses set as in print (markup._typographer)
    citation_style: str = "author-date"  # how `[@key]` in Markdown reads: "(Shen et al., 2023)", or "[1]" (numeric)
    group_order: tuple[str, ...] = DEFAULT_GROUPS
    role_groups: dict[str, str] = field(default_factory=dict)
    selected_keyword: str | None = None
    max_authors: int = 20  # a longer author list is shortened in lists (0: never)
    publication_style: str = "sitegen"  # citation lines: sitegen's own, a CSL style's name, or a .csl file (cslstyle.py)
    home_publications: str = "all"  # a one-person site's home page lists all the owner's entries, or the selected
    venues: dict[str, str] = field(default_factory=dict)  # a venue's short name (an entry's `abbr`) -> its web page
    metrics: tuple[str, ...] = METRICS  # the links to a paper's attention and citations the entries show (metrics.py)
    previews: bool = True  # an entry's picture (al-folio's `preview`) beside it
    merge_preprints: bool = True  # a preprint of a published entry is listed as that entry (versions.py)
    cname: str | None = None  # a custom domain for GitHub Pages, written to the CNAME file
    coauthors: dict[str, str] = field(default_factory=dict)  # a name as written -> the page its name links to
    labels: dict[str, str] = field(default_factory=dict)  # the theme's words -> the site's own (i18n.py)
    search: bool | None = None  # a search box and /search/ (search.py); None: a group site has them
    feed_limit: int = 100  # the newest entries each Atom feed holds (0: all); readers keep what they fetched
    # old address -> new one (`redirects:`): (the old address's output file, the new address, its line)
    redirects: tuple[tuple[str, str, int], ...] = ()
    accent: str | None = None  # the site's own colour for links and highlights (colours.py)
    accent_dark: str | None = None  # the same in the dark scheme (default: made from `accent`)
    icon: str | None = None  # the browser tab's icon: an emoji or a picture in static/ (chrome.py)
    analytics: dict[str, str] = field(default_factory=dict)  # web analytics service -> the site's id there
    verification: dict[str, str] = field(default_factory=dict)  # search engine -> its verification token
    languages: tuple[Language, ...] = ()  # further languages (`languages:`), each a copy of the site in its folder
    language_path: str = ""  # in such a copy, its folder ("de/"): its pages' addresses start with it
    path: Path | None = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # setting -> line, for later errors

    def in_language(self, language: Language) -> Config:
        """The settings of the site's copy in a further language: its words, dates and folder, and
        its own title, description, menu and labels where it gives them (the site's `labels` are
        words of the site's own language, so they are not carried over)."""
        settings = {"labels": {}, **language.settings}
        return dataclasses.replace(self, language=language.code, language_path=language.folder, **settings)

    @cached_property
    def words(self) -> Words:
        """The theme's words in the site's language, with its own `labels` over them."""
        return Words(self.language, self.labels)

    @property
    def group_by_year(self) -> bool:
        return self.group_by == "year"

    @property
    def origin(self) -> str:
        """Scheme and host of base_url ("https://user.github.io"), or "" when it is only a path."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""

    @property
    def root_path(self) -> str:
        """The path the site lives under, such as "/" or "/repo/" for a GitHub project page: the
        files every language shares (static/, photos) are there."""
        path = urlsplit(self.base_url).path or "/"
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def base_path(self) -> str:
        """The path the pages live under: the site's, or a further language's folder in it ("/de/")."""
        return self.root_path + self.language_path


Validator = Callable[[Any, Path, int], Any]


def _text(value: Any, path: Path, line: int) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    raise SitegenError(f"expected text, found {_describe(value)}", path, line)


def _flag(value: Any, path: Path, line: int) -> bool:
    if isinstance(value, bool):
        return value
    raise SitegenError(f"expected true or false, found {_describe(value)}", path, line)


_NOT_IN_A_URL = re.compile(r'[\s"<>\\^`{|}\x00-\x1f\x7f]')  # would make every link on the site invalid


def _all_or_selected(value: Any, path: Path, line: int) -> str:
    if value in ("all", "selected"):
        return value
    raise SitegenError(f"expected all or selected, found {_describe(value)}", path, line)


def _metrics(value: Any, path: Path, line: int) -> tuple[str, ...]:
    """`metrics: [altmetric, google_scholar]`, or true (all) or false (none), as al-folio's
    `enable_publication_badges` turns its badges on and off."""
    if isinstance(value, bool):
        return METRICS if value else ()
    names = tuple(name.lower() for name in _text_list(value, path, line))
    if unknown := [name for name in names if name not in METRICS]:
        raise SitegenError(f"unknown metric {unknown[0]!r}: expected any of {', '.join(METRICS)}, or true or false", path, line)
    return names


def _grouping(value: Any, path: Path, line: int) -> str:
    if value in ("none", "year", "type"):
        return value
    raise SitegenError(f"expected none, year or type, found {_describe(value)}", path, line)


def _citation_style(value: Any, path: Path, line: int) -> str:
    if value in ("author-date", "numeric"):
        return value
    raise SitegenError(f"expected author-date or numeric, found {_describe(value)}", path, line)


def _count(value: Any, path: Path, line: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise SitegenError(f"expected a whole number (0 or more), found {_describe(value)}", path, line)


def _base_url(value: Any, path: Path, line: int) -> str:
    url = _text(value, path, line) or "/"
    parts = split_url(url)
    if (
        not is_readable_url(url)  # a bracket in the host: "https://x[y.org/"
        or parts.scheme not in ("", "http", "https")
        or bool(parts.scheme) != bool(parts.netloc)  # "https:/x" has no host, "//host/" no scheme
        or parts.query
        or parts.fragment
        or _NOT_IN_A_URL.search(url)
    ):
        raise SitegenError(f"base_url must be like https://user.github.io/repo/ or /repo/, not {url!r}", path, line)
    return url


_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def _cname(value: Any, path: Path, line: int) -> str:
    domain = _text(value, path, line).lower().rstrip(".")
    if not _DOMAIN.match(domain):
        raise SitegenError(
            f"cname must be a domain name such as www.example.org (no https://, no path), not {domain!r}", path, line
        )
    return domain


def _language(value: Any, path: Path, line: int) -> str:
    language = _text(value, path, line)
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", language):
        raise SitegenError(f"language must be a language tag such as en or zh-CN, not {language!r}", path, line)
    return language


def _languages(value: Any, path: Path, line: int, report: Report) -> tuple[Language, ...]:
    """`languages: [de, fr]`, or each with its own settings: `languages: {de: {title: ...}}`."""
    if isinstance(value, list):
        return tuple(Language(_language(code, path, line), {}, line) for code in value)
    mapping = _mapping(value, path, line)
    table = {key: _TOP[key] for key in LANGUAGE_SETTINGS} | {"name": ("name", _text)}
    found = []
    for code, given in mapping.items():
        where = mapping.line_of(code)
        settings = LineDict() if given is None else _mapping(given, path, where)
        values = _check_section(settings, table, f"languages.{code}.", path, report, {})
        name = values.pop("name", None)
        found.append(Language(_language(code, path, where), values, where, name or None))
    return tuple(found)


def _further_languages(value: Any, path: Path, line: int, report: Report, values: dict[str, Any]) -> tuple[Language, ...]:
    """The languages besides the site's own (`language`, which a list may name too, first or not)."""
    own = values.get("language", "en")
    found: dict[str, Language] = {}
    for language in _languages(value, path, line, report):
        if language.code.lower() == own.lower():
            if language.settings:
                raise SitegenError(
                    f"languages: {language.code} is the site's own language (`language`): its settings are the top-level ones",
                    path,
                    language.line,
                )
            continue
        if language.folder in found:
            raise SitegenError(f"languages: {language.code} is named twice", path, language.line)
        found[language.folder] = language
    return tuple(found.values())


def _text_list(value: Any, path: Path, line: int) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise SitegenError(f"expected a list, found {_describe(value)}", path, line)
    return tuple(_text(item, path, line) for item in value)


def _macros(value: Any, path: Path, line: int) -> dict[str, str]:
    mapping = _mapping(value, path, line)
    macros = {}
    for name, body in mapping.items():
        name_text = str(name).lstrip("\\")
        if not re.fullmatch(r"[A-Za-z]+", name_text):
            raise SitegenError(f"macro name {name!r} must be letters only, like ie for \\ie", path, mapping.line_of(name))
        macros[name_text] = _text(body, path, mapping.line_of(name))
    return macros


def _labels(value: Any, path: Path, line: int) -> dict[str, str]:
    """The site's own words for the theme's (`Publications: Papers`); a word the theme does not
    use would change nothing, so it is an error with the nearest word it does use."""
    mapping = _mapping(value, path, line)
    known = theme_words()
    labels = {}
    for word, label in mapping.items():
        if str(word) not in known:
            raise SitegenError(
                f"labels: the theme has no words {str(word)!r}{did_you_mean(str(word), sorted(known))}; "
                "the README's Languages section lists them",
                path,
                mapping.line_of(word),
            )
        labels[str(word)] = _fills(str(word), _text(label, path, mapping.line_of(word)), path, mapping.line_of(word))
    return labels


def _fills(word: str, label: str, path: Path, line: int) -> str:
    """A label for a word with places (`%(name)s`, `%(num)d`) must take what goes in them, or
    every page that shows it would fail; a literal % is written %%."""
    places = re.findall(r"%\((\w+)\)([sd])", word)
    if not places:
        return label
    try:
        label % {name: 1 if kind == "d" else "x" for name, kind in places}
    except (ValueError, TypeError, KeyError) as error:
        wanted = ", ".join(f"%({name}){kind}" for name, kind in places)
        raise SitegenError(
            f"labels: {label!r} cannot take what '{word}' puts in ({wanted}): keep those places, and write a % as %% ({error})",
            path,
            line,
        ) from None
    return label


def _colour(value: Any, path: Path, line: int) -> str:
    colour = colours.parse(_text(value, path, line))
    if colour is None:
        raise SitegenError(f"expected a colour as #rrggbb (or #rgb), found {_describe(value)}", path, line)
    return colour


def _coauthors(value: Any, path: Path, line: int) -> dict[str, str]:
    mapping = _mapping(value, path, line)
    links = {}
    for name, url in mapping.items():
        target = _text(url, path, mapping.line_of(name))
        if not target.startswith(("https://", "http://")):
            raise SitegenError(
                f"coauthor {str(name)!r} needs the address of their page (https://...), not {target!r}",
                path,
                mapping.line_of(name),
            )
        links[str(name).strip()] = target
    return links


def _venues(value: Any, path: Path, line: int) -> dict[str, str]:
    """`venues: {CVPR: https://cvpr.thecvf.com}` (or al-folio's `{CVPR: {url: ...}}`): the page an
    entry's badge (its `abbr`) links to."""
    mapping = _mapping(value, path, line)
    pages = {}
    for name, page in mapping.items():
        where = mapping.line_of(name)
        target = _text(page.get("url") if isinstance(page, dict) else page, path, where)
        if not target.startswith(("https://", "http://")):
            raise SitegenError(f"venue {str(name)!r} needs the address of its page (https://...), not {target!r}", path, where)
        pages[str(name).strip()] = target
    return pages


def _redirects(value: Any, path: Path, line: int) -> tuple[tuple[str, str, int], ...]:
    """`redirects: {/publication/old-paper/: /publications/key/}`: addresses of the old site that
    no document of the new one names (a publication's page, a moved PDF), each sent to its new one
    (a path in the site, or another site's address)."""
    mapping = _mapping(value, path, line)
    found = []
    for old, new in mapping.items():
        where = mapping.line_of(old)
        file = redirect_file(str(old))
        target = _text(new, path, where)
        if file is None:
            raise SitegenError(
                f"redirects: {str(old)!r} is not an address in this site (write its path, as /old/page/)", path, where
            )
        if not (target.startswith("/") and not target.startswith("//")) and not (
            target.startswith(("https://", "http://")) and is_safe_url(target)
        ):
            raise SitegenError(
                f"redirects: {str(old)!r} must lead to a path of the site (/new/page/) or an https:// address", path, where
            )
        found.append((file, target, where))
    return tuple(found)


def _navigation(value: Any, path: Path, line: int) -> tuple[NavItem, ...]:
    if not isinstance(value, list):
        raise SitegenError("navigation must be a list of items with title and url", path, line)
    items = []
    for item in value:
        if not isinstance(item, LineDict) or "title" not in item or "url" not in item:
            raise SitegenError("each navigation item needs a title and a url", path, line)
        url = _text(item["url"], path, item.line_of("url"))
        if not is_safe_url(url):
            raise SitegenError(f"navigation url {url!r} has an unsafe scheme", path, item.line_of("url"))
        items.append(NavItem(_text(item["title"], path, item.line_of("title")), url))
    return tuple(items)


def _role_groups(value: Any, path: Path, line: int) -> dict[str, str]:
    mapping = _mapping(value, path, line)
    return {str(role).strip(): _text(group, path, mapping.line_of(role)) for role, group in mapping.items()}


def _services(table: dict[str, Any], check: Callable[[str, Any, Path, int], str], section: str) -> Validator:
    """A validator of `analytics:` or `verification:`: each service's value checked by `check`."""

    def validate(value: Any, path: Path, line: int) -> dict[str, str]:
        mapping = _mapping(value, path, line)
        found = {}
        for name, given in mapping.items():
            where = mapping.line_of(name)
            if name not in table:
                raise SitegenError(
                    f"unknown {section} service '{name}'{did_you_mean(str(name), list(table))}: expected any of {', '.join(table)}",
                    path,
                    where,
                )
            found[str(name)] = check(str(name), given, path, where)
        return found

    return validate


def _mapping(value: Any, path: Path, line: int) -> LineDict:
    if not isinstance(value, LineDict):
        raise SitegenError(f"expected keys and values, found {_describe(value)}", path, line)
    return value


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    kind = {list: "a list", dict: "keys and values", LineDict: "keys and values", bool: "true/false"}.get(type(value))
    return kind or repr(value)


# site.yml key -> (Config attribute, validator); nested sections have their own tables.
_TOP: dict[str, tuple[str, Validator]] = {
    "title": ("title", _text),
    "description": ("description", _text),
    "base_url": ("base_url", _base_url),
    "language": ("language", _language),
    "owner": ("owner", _text),
    "navigation": ("navigation", _navigation),
    "latex_macros": ("latex_macros", _macros),
    "cname": ("cname", _cname),
    "coauthors": ("coauthors", _coauthors),
    "labels": ("labels", _labels),
    "search": ("search", _flag),
    "feed_limit": ("feed_limit", _count),
    "redirects": ("redirects", _redirects),
    "icon": ("icon", _text),
    "analytics": ("analytics", _services({**chrome.ANALYTICS, **chrome.SCRIPTS}, chrome.check_analytics, "analytics")),
    "verification": ("verification", _services(chrome.VERIFICATION, chrome.check_token, "verification")),
}
_SECTIONS: dict[str, dict[str, tuple[str, Validator]]] = {
    "publications": {
        "group_by": ("group_by", _grouping),
        "group_by_year": ("group_by", lambda v, p, n: "year" if _flag(v, p, n) else "none"),  # the older spelling
        "bibtex_hidden_fields": ("hidden_fields", lambda v, p, n: tuple(f.lower() for f in _text_list(v, p, n))),
        "selected_keyword": ("selected_keyword", _text),
        "max_authors": ("max_authors", _count),
        "style": ("publication_style", _text),
        "venues": ("venues", _venues),
        "metrics": ("metrics", _metrics),
        "previews": ("previews", _flag),
        "merge_preprints": ("merge_preprints", _flag),
        "on_home": ("home_publications", _all_or_selected),
    },
    "markdown": {
        "unsafe_html": ("unsafe_html", _flag),
        "citations": ("citation_style", _citation_style),
        "typographer": ("typographer", _flag),
    },
    "people": {"groups": ("group_order", _text_list), "roles": ("role_groups", _role_groups)},
    "theme": {"accent": ("accent", _colour), "accent_dark": ("accent_dark", _colour)},
}


def load_config(path: Path, report: Report, base_url: str | None = None) -> Config:
    """Read and check site.yml; a missing file gives the defaults."""
    if not path.exists():
        report.warn("no site.yml found; using defaults (create content/site.yml to set a title)", path)
        return Config(path=path, base_url=base_url or "/")
    data = load_yaml(read_source(path, report), path)
    if data is None:
        data = LineDict()
    lines: dict[str, int] = {}
    values = _check_section(_mapping(data, path, 1), _TOP, "", path, report, lines)
    if "languages" in data:
        lines["languages"] = data.line_of("languages")
        values["languages"] = _further_languages(data["languages"], path, lines["languages"], report, values)
    for section, table in _SECTIONS.items():
        if section in data:
            section_data = _mapping(data[section], path, data.line_of(section))
            values.update(_check_section(section_data, table, f"{section}.", path, report, lines))
    if base_url is not None:
        values["base_url"] = _base_url(base_url, Path("--base-url"), 0)
    config = Config(path=path, lines=lines, **values)
    _check_colours(config, report)
    return config


def _check_colours(config: Config, report: Report) -> None:
    """Colours links could not be read in are warnings at their lines (colours.py)."""
    if config.accent is None:
        if config.accent_dark is not None:
            report.warn(
                "theme.accent_dark is ignored without theme.accent: set both, or accent alone",
                config.path,
                config.lines["accent_dark"],
            )
        return
    for attribute, problem in colours.unreadable(config.accent, config.accent_dark):
        report.warn(problem, config.path, config.lines[attribute])


def _check_section(
    data: LineDict,
    table: dict[str, tuple[str, Validator]],
    prefix: str,
    path: Path,
    report: Report,
    lines: dict[str, int],
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    known = list(table) + ([*_SECTIONS, "languages"] if not prefix else [])
    for key, value in data.items():
        line = data.line_of(key)
        if key in table:
            attribute, validate = table[key]
            values[attribute] = validate(value, path, line)
            lines[attribute] = line
        elif key not in known:
            report.warn(f"unknown setting '{prefix}{key}'{did_you_mean(str(key), known, prefix)}; it is ignored", path, line)
    return values


def peek_base_path(source: Path) -> str:
    """The base path site.yml asks for, or "/" when it cannot be read (the build will say why)."""
    try:
        return load_config(source / "content" / "site.yml", Report()).root_path
    except (SitegenError, OSError, UnicodeDecodeError):
        return "/"
