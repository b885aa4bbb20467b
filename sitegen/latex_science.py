"""siunitx quantities and mhchem formulas, as physics, chemistry and materials titles write them.

`\\SI{5}{\\micro\\metre}`, `\\num{1e-3}` and `\\ce{Fe^{3+}}` are packages' commands, not LaTeX's, so
a .bib written for a paper that loads them showed "5\\micro \\metre" with a warning. Their arguments
are small languages of their own (units by name, numbers in e-notation, chemical formulas whose
digits are subscripts), read here from the raw argument; latex.py calls these for the commands.
Each returns (HTML, plain text), like the converter's fragments.
"""

from __future__ import annotations

import re
from html import escape

from sitegen.latex_symbols import SUBSCRIPTS, SUPERSCRIPTS, UNIT_PREFIXES, UNITS

Fragment = tuple[str, str]

_POWERS = {"squared": "²", "cubed": "³"}
_BEFORE_POWERS = {"square": "²", "cubic": "³"}
_UNIT_TOKEN = re.compile(r"\\([a-zA-Z]+)|\^\{([^}]*)\}|\^(-?\w)|([^\\^]+)")
_E_NOTATION = re.compile(r"^([+-]?[\d.,]*\d)\s*[eE]\s*([+-]?\d+)$")
_BETWEEN_NUMBER_AND_UNIT = "\u202f"  # a narrow no-break space, as siunitx sets one
_BETWEEN_UNITS = "\u2009"


def units(raw: str) -> str:
    """`\\kilo\\gram\\per\\cubic\\metre` -> "kg/m³"; literal units ("mm", "m.s^{-1}") as written."""
    pieces: list[str] = []
    prefix = power = ""
    for name, braced, bare, literal in _UNIT_TOKEN.findall(raw):
        if name in UNIT_PREFIXES:
            prefix += UNIT_PREFIXES[name]
        elif name in _BEFORE_POWERS:
            power = _BEFORE_POWERS[name]
        elif name in _POWERS and pieces:
            pieces[-1] += _POWERS[name]
        elif name == "per":
            pieces.append("/")
        elif name:
            pieces.append(prefix + UNITS.get(name, name) + power)
            prefix = power = ""
        elif braced or bare:
            exponent = braced or bare
            if pieces:
                pieces[-1] += _superscript(exponent)
        else:
            pieces.extend(part for part in re.split(r"[.~\s]+", literal) if part)
    text = ""
    for piece in pieces:
        glue = "" if not text or piece == "/" or text.endswith("/") else _BETWEEN_UNITS
        text += glue + piece
    return text


def number(raw: str) -> str:
    """`1e-3` -> "1 × 10⁻³", `1.2 +- 0.1` -> "1.2 ± 0.1", a minus as a minus sign."""
    value = " ".join(raw.split())
    found = _E_NOTATION.match(value)
    if found:
        mantissa, exponent = found.groups()
        power = "10" + _superscript(exponent.lstrip("+"))
        value = power if mantissa in ("1", "") else f"{mantissa} × {power}"
    value = value.replace("+-", "±").replace("\\pm", "±").replace("\\times", "×").replace(" x ", " × ")
    return re.sub(r"(?<![\w.])-(?=\d)", "−", value)


def quantity(raw_number: str, raw_units: str) -> Fragment:
    text = number(raw_number) + _BETWEEN_NUMBER_AND_UNIT + units(raw_units)
    return escape(text, quote=False), text


def quantity_range(low: str, high: str, raw_units: str) -> Fragment:
    r"""`\SIrange{1}{5}{\milli\metre}` -> "1 mm – 5 mm", as siunitx repeats the unit."""
    text = f"{quantity(low, raw_units)[1]} – {quantity(high, raw_units)[1]}"
    return escape(text, quote=False), text


def quantity_list(raw_numbers: str, raw_units: str) -> Fragment:
    r"""`\SIlist{1;2;5}{\metre}` -> "1 m, 2 m and 5 m", as siunitx repeats the unit (its English words)."""
    return plain(_listed([quantity(part, raw_units)[1] for part in raw_numbers.split(";")]))


def number_list(raw: str) -> Fragment:
    r"""`\numlist{1;2;5}` -> "1, 2 and 5"."""
    return plain(_listed([number(part) for part in raw.split(";")]))


def _listed(parts: list[str]) -> str:
    parts = [part for part in parts if part.strip()]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)


def angle(raw: str) -> Fragment:
    """`\\ang{30}` -> "30°", `\\ang{1;2;3}` -> "1°2′3″"."""
    parts = [number(part) for part in raw.split(";")]
    text = "".join(part + mark for part, mark in zip(parts, ("°", "′", "″"), strict=False) if part)
    return escape(text, quote=False), text


def plain(text: str) -> Fragment:
    return escape(text, quote=False), text


# mhchem: arrows, then the pieces of a formula
_ARROWS = {"<=>": "⇌", "<->": "↔", "->": "→", "<-": "←"}
_CHEM_TOKEN = re.compile(
    r"(?P<arrow><=>|<->|->|<-)"
    r"|\^\{(?P<supb>[^}]*)\}|\^(?P<sup>[0-9]*[+-]|\w)"
    r"|_\{(?P<subb>[^}]*)\}|_(?P<sub>\w)"
    r"|(?<=[A-Za-z)\]])(?P<count>\d+)"
    r"|(?<=[A-Za-z0-9)\]])(?P<charge>[+-])(?=\s|$|\))"
    r"|(?P<dot>\*|(?<=[A-Za-z0-9)\]])\.(?=\d))"
    r"|(?P<other>.)",
    re.DOTALL,
)


def chemistry(raw: str) -> Fragment:
    """`\\ce{2H2O}`, `\\ce{SO4^2-}`, `\\ce{Fe^{3+}}`, `\\ce{A <=> B}`, `\\ce{CuSO4*5H2O}` as they print."""
    html: list[str] = []
    text: list[str] = []
    for found in _CHEM_TOKEN.finditer(raw):
        kind, value = found.lastgroup, found.group(found.lastgroup or 0)
        if kind == "arrow":
            html.append(f" {_ARROWS[value]} ")
            text.append(f" {_ARROWS[value]} ")
        elif kind in ("supb", "sup", "charge"):
            html.append(f"<sup>{escape(value, quote=False)}</sup>")
            text.append(_superscript(value))
        elif kind in ("subb", "sub", "count"):
            html.append(f"<sub>{escape(value, quote=False)}</sub>")
            text.append(_subscript(value))
        elif kind == "dot":
            html.append("·")
            text.append("·")
        else:
            html.append(escape(value, quote=False))
            text.append(value)
    return " ".join("".join(html).split()), " ".join("".join(text).split())


def _superscript(value: str) -> str:
    return value.translate(SUPERSCRIPTS) if all(ord(char) in SUPERSCRIPTS for char in value) else f"^({value})"


def _subscript(value: str) -> str:
    return value.translate(SUBSCRIPTS) if all(ord(char) in SUBSCRIPTS for char in value) else f"_({value})"
