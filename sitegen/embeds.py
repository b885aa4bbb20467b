"""What Markdown embeds: videos and recordings, written as pictures are, the site's own PDFs, and
other sites' frames and scripts, which become links.

`![The robot at work](clips/robot.mp4)` plays on the page, and `![Talk at CVPR 2024](https://www.youtube.com/watch?v=ID)`
(YouTube, youtu.be, Vimeo) is a play button that loads the video's player only when it is pressed.
Hugo's `youtube` shortcode and al-folio's `video.liquid` put the host's player into every page
that shows one: each reader's browser fetches Google's scripts and cookies on every visit, whether
anyone plays the video or not. Here nothing of the host's is loaded until the reader asks: the
button is a link to the video, which the site's script turns into the host's player (YouTube's
youtube-nocookie.com, Vimeo's with `dnt=1`) playing at once; without JavaScript the link opens the
video on its site. A video file of the site itself is a `<video>` with the browser's controls
that fetches only its first frames until played (`preload="metadata"`), with a link to the file
for a browser that cannot play it; a sound file (`![An interview](interview.mp3)`) an `<audio>`.

A PDF of the site shown in a frame, as academicpages' users write their CV and slides into a page
(`<iframe src="/files/cv.pdf" width="100%" height="800px">`, `<embed src=... type="application/pdf">`,
`<object data=...>`), is shown so, with a link to the file under it (a phone shows a frame's first
page only); so is a page of the site (`figures/plot.html`, an interactive figure Plotly or Bokeh
wrote), its scripts sandboxed in an origin of their own. Another site's page in a frame (Google Slides, a map, a form) is a link to it, named by
the frame's title and the site, and so is a gist that GitHub's script would show: the page loads
nothing of another site's until the reader follows a link.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

from sitegen.urls import split_url

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALONE = re.compile(r"<p>\s*(<img\b[^>]*>)\s*</p>", re.IGNORECASE)  # a picture that is a paragraph of its own
_ATTRIBUTE = re.compile(r"""(?<![\w-])(src|alt|title|data)=(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_MAY_FRAME = re.compile(r"<(?:iframe|embed|object)", re.IGNORECASE)
_MAY_GIST = re.compile(r"gist\.github\.com", re.IGNORECASE)
# a frame as written: an iframe (with its end tag), an embed, an object (with its fallback content),
# with the paragraph around it when it is one of its own (the block made of it takes its place)
_FRAMES = re.compile(
    r"(?P<open><p>\s*)?(?:(?P<iframe><iframe\b[^>]*>)(?:.*?</iframe\s*>)?|(?P<embed><embed\b[^>]*>)(?:\s*</embed\s*>)?"
    r"|(?P<object><object\b[^>]*>)(?:.*?</object\s*>)?)(?(open)\s*</p>)",
    re.IGNORECASE | re.DOTALL,
)
_HOST_TITLE = re.compile(r"(?:youtube video player|vimeo-player|)$", re.IGNORECASE)  # what the hosts' code calls any
_GIST_SCRIPT = re.compile(
    r"""<script\b[^>]*?\bsrc=["'](https://gist\.github\.com/(?:[\w-]+/)?[0-9a-fA-F]+)\.js(?:\?file=([^"'&]+))?["'][^>]*>\s*</script>""",
    re.IGNORECASE,
)
_WEB = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_PDF = re.compile(r"\.pdf(?:[?#].*)?$", re.IGNORECASE)
_FRAMED = re.compile(r"\.(?:pdf|html?)(?:[?#].*)?$", re.IGNORECASE)  # what a frame of the site may show
_VIDEO_FILE = re.compile(r"\.(?:mp4|m4v|webm|ogv|mov)(?:[?#].*)?$", re.IGNORECASE)
_AUDIO_FILE = re.compile(r"\.(?:mp3|m4a|oga|ogg|opus|wav|flac)(?:[?#].*)?$", re.IGNORECASE)  # a podcast, an interview
# the addresses a video of YouTube or Vimeo is shared by -> its host and id
_YOUTUBE = re.compile(
    r"^https?://(?:(?:www|m)\.)?(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:[^#]*&)?v=|embed/|shorts/|live/)|youtu\.be/)"
    r"([\w-]{11})(?![\w-])"
)
_VIMEO = re.compile(r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(\d+)(?!\w)")


def is_site_frame(address: str) -> bool:
    """Whether a frame's address is a PDF or a page of the site itself (a path, not another site's)."""
    return not _SCHEME.match(address) and not address.startswith("//") and _FRAMED.search(address) is not None


def players(fragment: str, frames: bool = True) -> str:
    """The HTML with each image that is a video or a sound file (by its address) made its player,
    a hosted video's play button when it is a paragraph of its own and a link to it within a
    sentence; with `frames`, each frame and gist script as this module says, where the cleaning
    would drop them (a site that lets its HTML through keeps its frames and scripts as written)."""
    if frames and _MAY_FRAME.search(fragment):
        fragment = _FRAMES.sub(_embedded, fragment)
    if frames and _MAY_GIST.search(fragment):  # not a lowered copy of every text
        fragment = _GIST_SCRIPT.sub(_gist, fragment)
    if "<img" not in fragment:
        return fragment
    fragment = _ALONE.sub(lambda match: _player(match.group(1), match.group(0), alone=True), fragment)
    return _IMG.sub(lambda match: _player(match.group(0), match.group(0), alone=False), fragment)


def _player(tag: str, written: str, alone: bool) -> str:
    """The player of an `<img>` that is a video or a recording, in a paragraph of its own when
    `alone`; else `written` as it was."""
    found = _attributes(tag)
    source, label = found.get("src", "").strip(), found.get("alt", "").strip()
    if hosted := _hosted(source):
        return _button(*hosted, label) if alone else f'<a href="{html.escape(hosted[0])}">{_words(hosted[1], label)}</a>'
    if kind := _media(source):
        named = f' aria-label="{html.escape(label)}"' if label else ""
        address = html.escape(source)
        player = (
            f'<{kind} class="{kind}" src="{address}" controls preload="metadata"{named}>'
            f'<a href="{address}">{html.escape(label or source)}</a></{kind}>'
        )
        return f"<p>{player}</p>" if alone else player
    return written


def _media(source: str) -> str:
    """ "video" or "audio" for a file the browser plays, by its name; "" for another."""
    return "video" if _VIDEO_FILE.search(source) else "audio" if _AUDIO_FILE.search(source) else ""


def _embedded(match: re.Match[str]) -> str:
    """A hosted video's embedding code as its play button, named by the frame's title (not the
    hosts' "YouTube video player"); a PDF of the site in a frame as its frame and a link; another
    site's page as a link to it."""
    tag = match["iframe"] or match["embed"] or match["object"]
    found = _attributes(tag)
    source, title = (found.get("src") or found.get("data") or "").strip(), found.get("title", "").strip()
    if hosted := _hosted(source):
        return _button(*hosted, "" if _HOST_TITLE.match(title) else title)
    if is_site_frame(source):
        name = title or source.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        address, words = html.escape(source), html.escape(name)
        # a page of the site (an interactive figure Plotly or Bokeh wrote) runs its scripts in a
        # sandbox, an origin of its own: nothing of the site's is in its reach
        sandbox = "" if _PDF.search(source) else ' sandbox="allow-scripts allow-popups"'
        return (
            f'<figure class="framed"><iframe class="site-frame" src="{address}" title="{words}" loading="lazy"{sandbox}></iframe>'
            f'<figcaption><a href="{address}">{words}</a></figcaption></figure>'
        )
    if _WEB.match(source):
        words = f"{html.escape(title)} ({_host(source)})" if title else _host(source)
        return f'<p><a href="{html.escape(source)}">{words}</a></p>'
    return ""  # an unsafe address (the cleaning's warning names it), or a plug-in's


def _button(address: str, host: str, label: str) -> str:
    """The link the script makes the host's player, a paragraph of its own."""
    return f'<p><a class="video-button" href="{html.escape(address)}">{_words(host, label)}</a></p>'


def _words(host: str, label: str) -> str:
    """What a video's link says: its words and where it leads ("Our talk (YouTube)"), or the host."""
    return f'{html.escape(label)} <span class="video-host">({host})</span>' if label else host


def _attributes(tag: str) -> dict[str, str]:
    """The quoted `src`, `alt`, `title` and `data` of a tag, unescaped."""
    found = {}
    for match in _ATTRIBUTE.finditer(tag):
        found[match.group(1).lower()] = html.unescape(match.group(2) if match.group(2) is not None else match.group(3))
    return found


def gist(address: str, file: str = "") -> tuple[str, str]:
    """A GitHub gist's address (at its file, when one is named) and what a link to it says:
    (`https://gist.github.com/user/id#file-tool-py`, "tool.py (GitHub Gist)")."""
    anchor = "#file-" + re.sub(r"[^a-z0-9]+", "-", file.lower()).strip("-") if file else ""
    return address + anchor, f"{file or 'Code'} (GitHub Gist)"


def _gist(match: re.Match[str]) -> str:
    """GitHub's `<script src="https://gist.github.com/user/id.js?file=x.py">` as a link to the gist."""
    address, words = gist(match.group(1), unquote(match.group(2) or ""))
    return f'<p><a href="{html.escape(address)}">{html.escape(words)}</a></p>'


def _host(address: str) -> str:
    """The site an address is on, as a reader knows it: `docs.google.com`."""
    return split_url(address).netloc.lower().removeprefix("www.") or address


def _hosted(source: str) -> tuple[str, str] | None:
    """A YouTube or Vimeo video's own address (the one the script plays) and its host's name."""
    if youtube := _YOUTUBE.match(source):
        return f"https://www.youtube.com/watch?v={youtube.group(1)}", "YouTube"
    if vimeo := _VIMEO.match(source):
        return f"https://vimeo.com/{vimeo.group(1)}", "Vimeo"
    return None
