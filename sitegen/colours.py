"""The site's own accent colour (site.yml `theme: accent: "#8c1515"`), for links, buttons and
highlights, written as css/accent.css after the theme's stylesheet.

A colour that links would be hard to read in is a warning with the contrast it has and the one
they need (WCAG AA: 4.5:1 against the page's background). The dark scheme's accent is the site's
`accent_dark`, or the accent lightened until it reads on the dark background.
"""

from __future__ import annotations

import re

LIGHT_BACKGROUND = "#ffffff"  # site.css's --bg, light and dark
DARK_BACKGROUND = "#0d1117"
READABLE = 4.5  # WCAG AA for text: links are text
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse(value: str) -> str | None:
    """ "#8C1515" or "#c00" as "#8c1515"; None for anything else."""
    if not _HEX.fullmatch(value.strip()):
        return None
    digits = value.strip()[1:].lower()
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)


def contrast(one: str, other: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def dark_accent(accent: str) -> str:
    """The accent, mixed with white step by step until it reads on the dark background."""
    for step in range(11):
        colour = _mix(accent, "#ffffff", step / 10)
        if contrast(colour, DARK_BACKGROUND) >= READABLE:
            return colour
    return "#ffffff"


def theme_css(accent: str, accent_dark: str | None) -> str:
    """css/accent.css: the accent and its soft background, in both schemes (site.css's selectors)."""
    dark = accent_dark or dark_accent(accent)
    light_vars = f"--accent: {accent}; --accent-bg: {_mix(accent, LIGHT_BACKGROUND, 0.88)};"
    dark_vars = f"--accent: {dark}; --accent-bg: {_mix(dark, DARK_BACKGROUND, 0.82)};"
    return (
        "/* the site's accent colour (site.yml theme), over site.css's */\n"
        f":root {{ {light_vars} }}\n"
        f'@media (prefers-color-scheme: dark) {{ :root:not([data-theme="light"]) {{ {dark_vars} }} }}\n'
        f':root[data-theme="dark"] {{ {dark_vars} }}\n'
    )


def unreadable(accent: str, accent_dark: str | None) -> list[tuple[str, str]]:
    """What is wrong with the colours for reading: (the setting, a message), none when both read."""
    problems = []
    light = contrast(accent, LIGHT_BACKGROUND)
    if light < READABLE:
        message = f"theme.accent {accent} has a contrast of {light:.1f}:1 on the white page; links need {READABLE}:1 (WCAG AA)"
        problems.append(("accent", message + " to be read: choose a darker colour"))
    if accent_dark is not None and (dark := contrast(accent_dark, DARK_BACKGROUND)) < READABLE:
        message = f"theme.accent_dark {accent_dark} has a contrast of {dark:.1f}:1 on the dark page; links need {READABLE}:1"
        problems.append(
            ("accent_dark", message + " (WCAG AA): choose a lighter colour, or leave accent_dark out to have one made")
        )
    return problems


def _luminance(colour: str) -> float:
    red, green, blue = (_linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _mix(colour: str, other: str, share: float) -> str:
    """`colour` with `share` of `other` in it."""
    parts = (round(int(colour[i : i + 2], 16) * (1 - share) + int(other[i : i + 2], 16) * share) for i in (1, 3, 5))
    return "#" + "".join(f"{part:02x}" for part in parts)
