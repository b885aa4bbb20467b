"""What every page's <head> carries from site.yml besides its own: the browser tab's icon, the web
analytics the researcher chose, and search engines' verification tokens.

al-folio, academicpages and Hugo Blox all let a site name a Google Analytics id (and Plausible,
GoatCounter, Umami or Cloudflare's) and a Google Search Console token, and an icon (al-folio's an
emoji); a site moved here must not lose them. Each value is checked to be what its service issues
(a GA4 id is `G-` and letters and digits), so no setting can put markup or script of its own in a
page. `sitegen serve` leaves the analytics out: a researcher's previews are no visits.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sitegen.errors import SitegenError

# the icon files browsers look for at the site's root when no page names one
_ROOT_ICONS = ("favicon.ico", "favicon.svg", "favicon.png")
_ICON_TYPES = {
    ".ico": "image/x-icon",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}
# an emoji (or a letter or two) drawn as the icon, as al-folio does with `icon: ⚛️`
_EMOJI_ICON = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'><text y='.9em' font-size='90'>{}</text></svg>"

# service -> (what its id looks like, what to write, where to find it)
ANALYTICS = {
    "google": (re.compile(r"G-[A-Z0-9]{4,16}"), "a Google Analytics 4 measurement id (G-XXXXXXXXXX)"),
    "plausible": (
        re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?:,(?:[a-z0-9-]+\.)+[a-z]{2,})*", re.I),
        "the site's domain as Plausible knows it (example.org)",
    ),
    "goatcounter": (
        re.compile(r"[a-z0-9][a-z0-9-]{1,62}", re.I),
        "the site's GoatCounter code (mysite, of mysite.goatcounter.com)",
    ),
    "umami": (
        re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I),
        "the website id Umami gives (a UUID)",
    ),
    "cloudflare": (re.compile(r"[0-9a-f]{32}", re.I), "the token of Cloudflare Web Analytics' snippet (32 hexadecimal digits)"),
}
# a self-hosted Plausible or Umami: the address of its script
SCRIPTS = {"plausible_script": "https://plausible.io/js/script.js", "umami_script": "https://cloud.umami.is/script.js"}
VERIFICATION = {
    "google": "google-site-verification",
    "bing": "msvalidate.01",
    "yandex": "yandex-verification",
    "baidu": "baidu-site-verification",
    "pinterest": "p:domain_verify",
}
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{4,128}")
_SCRIPT_ADDRESS = re.compile(r"https://[a-z0-9.-]+(?::\d+)?/[\w./-]*\.js", re.I)


@dataclass(frozen=True)
class Script:
    """One <script> tag: its address and data attributes (values escaped by the template); the
    inline start of Google's tag, when it is Google's."""

    src: str
    attributes: tuple[tuple[str, str], ...] = ()
    google_id: str = ""  # gtag('config', ...) is called for it in an inline script after the tag


@dataclass(frozen=True)
class Chrome:
    """The <head> every page shares: its icon and the analytics and verification tags."""

    icon: str = "data:,"  # an address, or a data: URL (none: browsers then ask for no /favicon.ico)
    icon_type: str = ""
    touch_icon: str = ""  # a PNG icon is also what iOS puts on a home screen
    scripts: tuple[Script, ...] = ()
    verification: tuple[tuple[str, str], ...] = ()  # <meta name=... content=...>
    local: bool = False  # the icon is a file of the site: its path, to be placed under the base path

    def placed(self, address: Callable[[str], str]) -> Chrome:
        """The same with the icon's file at its address in the built site (`address`: Urls.file)."""
        if not self.local:
            return self
        return dataclasses.replace(
            self, icon=address(self.icon), touch_icon=address(self.touch_icon) if self.touch_icon else "", local=False
        )


def check_analytics(name: str, value: Any, path: Path, line: int) -> str:
    """A service's id as site.yml gives it, checked to be what that service issues."""
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if name in SCRIPTS:
        if not _SCRIPT_ADDRESS.fullmatch(text):
            raise SitegenError(
                f"analytics.{name}: expected the https:// address of a .js script, found {text or value!r}", path, line
            )
        return text
    pattern, wanted = ANALYTICS[name]
    if name == "google" and text.upper().startswith("UA-"):
        raise SitegenError(
            f"analytics.google: {text} is a Universal Analytics id, which Google stopped in 2023; give the site's "
            "Google Analytics 4 measurement id (G-XXXXXXXXXX)",
            path,
            line,
        )
    if not pattern.fullmatch(text):
        raise SitegenError(f"analytics.{name}: expected {wanted}, found {text or value!r}", path, line)
    return text


def check_token(name: str, value: Any, path: Path, line: int) -> str:
    """A search engine's verification token: the `content` of the meta tag it asks for."""
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not _TOKEN.fullmatch(text):
        raise SitegenError(
            f"verification.{name}: expected the token the search engine gives (the content of its meta tag), found {text or value!r}",
            path,
            line,
        )
    return text


def chrome(
    icon: str | None,
    analytics: dict[str, str],
    verification: dict[str, str],
    static: frozenset[str],
    where: tuple[Path | None, int | None],
    previewing: bool = False,
) -> Chrome:
    """The shared <head> of a build: `static` is the site's static files (for the icon), and
    `previewing` (serve) leaves the analytics out."""
    href, kind = _icon(icon, static, where)
    local = not href.startswith(("data:", "https://", "http://"))
    return Chrome(
        icon=href,
        icon_type=kind,
        touch_icon=href if kind == "image/png" else "",
        local=local,
        scripts=() if previewing else _scripts(analytics),
        verification=tuple((VERIFICATION[name], token) for name, token in verification.items()),
    )


def _icon(icon: str | None, static: frozenset[str], where: tuple[Path | None, int | None]) -> tuple[str, str]:
    """The icon's address (a site path, left to the template's `url`) and type."""
    if not icon:
        found = next((name for name in _ROOT_ICONS if name in static), None)
        return (found, _ICON_TYPES[Path(found).suffix]) if found else ("data:,", "")
    if icon.startswith(("https://", "http://")):
        return icon, _ICON_TYPES.get(Path(icon.split("?")[0]).suffix.lower(), "")
    if "/" in icon or "." in icon:
        local = icon.lstrip("/")
        if local not in static:
            raise SitegenError(
                f"icon {icon!r} is no file in static/: put the picture there (static/{local}) or give an emoji (icon: 🔬)",
                *where,
            )
        return local, _ICON_TYPES.get(Path(local).suffix.lower(), "")
    if len(icon) > 8:
        raise SitegenError(f"icon {icon!r}: expected an emoji (icon: 🔬) or the path of a picture in static/", *where)
    return "data:image/svg+xml," + quote(_EMOJI_ICON.format(icon), safe="/:=' "), "image/svg+xml"


def _scripts(analytics: dict[str, str]) -> tuple[Script, ...]:
    """Each chosen service's tag, as its own documentation writes it."""
    found = []
    if google := analytics.get("google"):
        found.append(Script(f"https://www.googletagmanager.com/gtag/js?id={google}", (("async", ""),), google))
    if plausible := analytics.get("plausible"):
        script = analytics.get("plausible_script", SCRIPTS["plausible_script"])
        found.append(Script(script, (("defer", ""), ("data-domain", plausible))))
    if goatcounter := analytics.get("goatcounter"):
        counter = f"https://{goatcounter}.goatcounter.com/count"
        found.append(Script("https://gc.zgo.at/count.js", (("async", ""), ("data-goatcounter", counter))))
    if umami := analytics.get("umami"):
        found.append(Script(analytics.get("umami_script", SCRIPTS["umami_script"]), (("defer", ""), ("data-website-id", umami))))
    if cloudflare := analytics.get("cloudflare"):
        beacon = f'{{"token": "{cloudflare}"}}'
        found.append(Script("https://static.cloudflareinsights.com/beacon.min.js", (("defer", ""), ("data-cf-beacon", beacon))))
    return tuple(found)
