"""Videos in Markdown, written as pictures are: `![The robot at work](clips/robot.mp4)` plays on the
page, and `![Talk at CVPR 2024](https://www.youtube.com/watch?v=ID)` (YouTube, youtu.be, Vimeo) is
a play button that loads the video's player only when it is pressed.

Hugo's `youtube` shortcode and al-folio's `video.liquid` put the host's player into every page
that shows one: each reader's browser fetches Google's scripts and cookies on every visit, whether
anyone plays the video or not. Here nothing of the host's is loaded until the reader asks: the
button is a link to the video, which the site's script turns into the host's player (YouTube's
youtube-nocookie.com, Vimeo's with `dnt=1`) playing at once; without JavaScript the link opens the
video on its site. A video file of the site itself is a `<video>` with the browser's controls
that fetches only its first frames until played (`preload="metadata"`), with a link to the file
for a browser that cannot play it.
"""

from __future__ import annotations

import html
import re

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALONE = re.compile(r"<p>\s*(<img\b[^>]*>)\s*</p>", re.IGNORECASE)  # a picture that is a paragraph of its own
_ATTRIBUTE = re.compile(r"""\b(src|alt)=(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_VIDEO_FILE = re.compile(r"\.(?:mp4|m4v|webm|ogv|mov)(?:[?#].*)?$", re.IGNORECASE)
# the addresses a video of YouTube or Vimeo is shared by -> its host and id
_YOUTUBE = re.compile(
    r"^https?://(?:(?:www|m)\.)?(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:[^#]*&)?v=|embed/|shorts/|live/)|youtu\.be/)"
    r"([\w-]{11})(?![\w-])"
)
_VIMEO = re.compile(r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(\d+)(?!\w)")


def players(fragment: str) -> str:
    """The HTML with each image that is a video (by its address) made its player: a hosted
    video's play button when it is a paragraph of its own, a link to it within a sentence."""
    if "<img" not in fragment:
        return fragment
    fragment = _ALONE.sub(lambda match: _player(match.group(1), match.group(0), alone=True), fragment)
    return _IMG.sub(lambda match: _player(match.group(0), match.group(0), alone=False), fragment)


def _player(tag: str, written: str, alone: bool) -> str:
    """The player of an `<img>` that is a video, in a paragraph of its own when `alone`; else
    `written` as it was."""
    found = {
        m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTRIBUTE.finditer(tag)
    }
    source, label = found.get("src", "").strip(), found.get("alt", "").strip()
    if hosted := _hosted(source):
        address, host = hosted
        text = f'{html.escape(label)} <span class="video-host">({host})</span>' if label else host
        if alone:
            return f'<p><a class="video-button" href="{html.escape(address)}">{text}</a></p>'
        return f'<a href="{html.escape(address)}">{text}</a>'
    if _VIDEO_FILE.search(source):
        named = f' aria-label="{html.escape(label)}"' if label else ""
        address = html.escape(source)
        player = (
            f'<video class="video" src="{address}" controls preload="metadata"{named}>'
            f'<a href="{address}">{html.escape(label or source)}</a></video>'
        )
        return f"<p>{player}</p>" if alone else player
    return written


def _hosted(source: str) -> tuple[str, str] | None:
    """A YouTube or Vimeo video's own address (the one the script plays) and its host's name."""
    if youtube := _YOUTUBE.match(source):
        return f"https://www.youtube.com/watch?v={youtube.group(1)}", "YouTube"
    if vimeo := _VIMEO.match(source):
        return f"https://vimeo.com/{vimeo.group(1)}", "Vimeo"
    return None
