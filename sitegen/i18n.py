"""The theme's words in the site's language: menus, headings, buttons, dates, the script's messages.

site.yml's `language` picks a catalogue (`sitegen/i18n/<language>.po`, gettext's format, which
translators' tools read: Poedit, Weblate), and `labels` in site.yml puts the site's own words
over any of it ("Publications: Papers"). Without a catalogue for the language the words stay
English; dates follow the language either way (Babel, from the Unicode CLDR), and so do a CSL
style's terms (cslstyle.py). Templates say `_()` and `ngettext()` (render.py puts a plain `_("...")`
into the template as it compiles), the views `words()`; `N_()` marks a word that is translated
later, where it is shown.
"""

from __future__ import annotations

import datetime
import gettext
import io
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

CATALOGUES = Path(__file__).parent / "i18n"
_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# what the browser script says, handed to it in the page (site.js reads it; English without)
SCRIPT_WORDS = (
    "Copy",
    "Copy BibTeX",
    "Copied",
    "BibTeX copied to the clipboard",
    "Copy failed",
    "Could not copy; select the text and copy it by hand",
    "Showing {shown} of {total} publications",
    "{total} publications",
    "1 publication",
    "Clear filters",
    "Dark theme",
    "Menu",
    "No results",
    "1 result",
    "{count} results",
    "Showing {shown} of {count} results",
)


def N_(message: str) -> str:
    """A word to translate where it is shown (it is in the catalogues all the same)."""
    return message


class Words:
    """The words of one site: its language's catalogue, with site.yml's `labels` over it."""

    def __init__(self, language: str = "en", labels: Mapping[str, str] | None = None):
        self.language = language
        self._labels = dict(labels or {})
        self.key = (language, tuple(sorted(self._labels.items())))  # equal keys, equal words
        self._catalogue = _catalogue(language)

    def __call__(self, message: str, **values: object) -> str:
        """`message` in the site's words, with `values` put in its `%(name)s` places."""
        text = self._labels.get(message) or self._catalogue.gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form for `count` ("1 publication", "3 publications"); the language's own rules."""
        label = self._labels.get(singular if count == 1 else plural)
        return label if label else self._catalogue.ngettext(singular, plural, count)

    def count(self, singular: str, plural: str, count: int) -> str:
        """`ngettext` with the count put in its `%(num)d` place, as the templates' `ngettext` does."""
        return self.ngettext(singular, plural, count) % {"num": count}

    def date(self, day: datetime.date) -> str:
        """ "1 Mar 2025"; in the site's language as its readers write a date ("01.03.2025", "1 mars 2025")."""
        locale = None if self.language.lower().startswith("en") else _locale(self.language)
        if locale is None:
            return f"{day.day} {_ENGLISH_MONTHS[day.month - 1][:3]} {day.year}"
        from babel.dates import format_date

        return format_date(day, format="medium", locale=locale)

    @property
    def direction(self) -> str:
        """ "rtl" for a language written right to left (Arabic, Hebrew, Persian, Urdu ...), else "ltr"."""
        locale = None if self.language.lower().startswith("en") else _locale(self.language)
        return "rtl" if locale is not None and locale.character_order == "right-to-left" else "ltr"  # type: ignore[attr-defined]

    def for_script(self) -> dict[str, str]:
        """The script's messages in the site's words, for a page whose language is not English."""
        return {message: self(message) for message in SCRIPT_WORDS if self(message) != message}


@cache
def theme_words() -> frozenset[str]:
    """Every word the theme has (the English of its catalogues), for site.yml's `labels`."""
    from babel.messages.pofile import read_po

    words: set[str] = set()
    for path in CATALOGUES.glob("*.po"):
        with path.open("rb") as file:
            for message in read_po(file):
                words.update([message.id] if isinstance(message.id, str) else message.id)
    words.discard("")
    return frozenset(words)


def autonym(language: str, whole: bool = False) -> str:
    """A language's name in itself, as a language switcher shows it ("Deutsch", "Français",
    "中文"; Babel, from the Unicode CLDR), `whole` with its country or script ("Português (Brasil)");
    the tag itself for a language Babel does not know."""
    locale = _locale(language)
    if locale is None:
        return language
    name = locale.get_display_name(locale) if whole else locale.get_language_name(locale)  # type: ignore[attr-defined]
    return name[:1].upper() + name[1:] if name else language


def og_locale(language: str) -> str:
    """A language tag as OpenGraph writes a locale, language_TERRITORY ("de" -> "de_DE",
    "pt-BR" -> "pt_BR"), the territory the CLDR finds likeliest where the tag names none."""
    parts = language.replace("_", "-").split("-")
    territory = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), "")
    if not territory:
        from babel.core import get_global

        likely = get_global("likely_subtags").get(parts[0].lower(), "")
        territory = next((part for part in likely.split("_")[1:] if len(part) == 2 and part.isupper()), "")
    return f"{parts[0].lower()}_{territory}" if territory else parts[0].lower()


def is_language(tag: str) -> bool:
    """Whether a tag names a language the Unicode CLDR knows (`de`, `pt-BR`; not `jan`)."""
    return len(tag) >= 2 and tag.replace("-", "").isalnum() and _locale(tag) is not None


# LaTeX's names of languages (babel's and polyglossia's options, biblatex's `langid`) that are not
# the language's English name, which Babel knows ("german", "Portuguese")
_LATEX_LANGUAGES = {
    "ngerman": "de", "austrian": "de-AT", "naustrian": "de-AT", "swissgerman": "de-CH", "nswissgerman": "de-CH",
    "american": "en-US", "usenglish": "en-US", "british": "en-GB", "ukenglish": "en-GB", "canadian": "en-CA",
    "australian": "en-AU", "newzealand": "en-NZ", "brazil": "pt-BR", "brazilian": "pt-BR", "portuges": "pt",
    "francais": "fr", "frenchb": "fr", "acadian": "fr-CA", "canadien": "fr-CA", "mexican": "es-MX",
    "nynorsk": "nn", "norsk": "nb", "bokmal": "nb", "magyar": "hu", "polutonikogreek": "el", "slovene": "sl",
    "farsi": "fa", "bahasa": "id", "bahasai": "id", "malay": "ms", "serbianc": "sr", "lowersorbian": "dsb",
    "uppersorbian": "hsb", "samin": "se", "scottish": "gd", "gaelic": "gd", "irish": "ga",
}  # fmt: skip
_LIST = re.compile(r"\s+and\s+|\s*[,;/]\s*")


@cache
def language_tag(value: str) -> str | None:
    """The language tag of what a .bib entry's `langid` or `language` says (`ngerman`, `German`,
    `deu`, `pt-BR`, `english and french`: its first), as `lang` and schema.org want it ("de",
    "pt-BR"); None for what names no language the Unicode CLDR knows."""
    first = _LIST.split(value.strip(), maxsplit=1)[0].strip().strip("{}")
    word = first.lower().replace("_", "-")
    if not word:
        return None
    if word in _LATEX_LANGUAGES:
        return _LATEX_LANGUAGES[word]
    from babel.core import get_global

    language, _, rest = word.partition("-")
    language = get_global("language_aliases").get(language, language)  # ISO 639-2's `ger`, `fre`, `chi` ...
    if language.isalpha() and len(language) in (2, 3) and is_language(f"{language}-{rest}" if rest else language):
        return "-".join([language, *(part.upper() if len(part) == 2 else part.title() for part in rest.split("-") if part)])
    plain = re.sub(r"\s*\(.*\)$", "", word)  # "english (united states)": its language at least
    for in_itself in (False, True):
        named = _named_languages(in_itself)
        if found := named.get(word) or named.get(plain):
            return found
    return None


@cache
def _named_languages(in_itself: bool) -> dict[str, str]:
    """Each language's name in English ("german" -> "de"; a variety's as well: "brazilian
    portuguese" and "portuguese (brazil)" -> "pt-BR", "chinese (simplified)" -> "zh-Hans"), or in
    itself ("deutsch" -> "de"; a second look, which loads every language's data: a second),
    lower-cased, and its tag. Zotero's Language field holds what its user typed."""
    from babel import Locale

    named: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        tag = code.replace("_", "-")
        if not is_language(tag):
            continue
        if in_itself:
            named.setdefault(autonym(tag).lower(), tag)
        else:
            named.setdefault(name.lower(), tag)
            if "_" in code:
                named.setdefault(Locale.parse(code).get_display_name("en").lower(), tag)
    return named


@cache  # asked for every publication of a site whose entries name their language
def same_language(tag: str, other: str) -> bool:
    """Whether two tags name one language in one script, whatever their countries ("en-US" and
    "en"), but not Traditional and Simplified Chinese ("zh-Hant" or "zh-TW", and "zh-Hans" or
    "zh-CN": their characters differ, and a browser picks its fonts by the tag) nor Serbian in
    Latin and Cyrillic letters. A tag that says nothing of its script ("zh") is the same as both."""
    (language, script), (other_language, other_script) = _language_and_script(tag), _language_and_script(other)
    return language == other_language and (script is None or other_script is None or script == other_script)


def _language_and_script(tag: str) -> tuple[str, str | None]:
    """A tag's language and script: the script written ("zh-Hant"), or the one its country
    implies (CLDR's likely subtags: "zh-TW" is written in Hant), or None."""
    language, *rest = tag.replace("_", "-").lower().split("-")
    if script := next((part.title() for part in rest if len(part) == 4 and part.isalpha()), None):
        return language, script
    region = next((part.upper() for part in rest if len(part) == 2 and part.isalpha()), None)
    if region is None:
        return language, None
    from babel.core import get_global

    likely = get_global("likely_subtags")
    for key in (f"{language}_{region}", language):  # zh_TW: zh_Hant_TW; zh_CN, none: zh's own, zh_Hans_CN
        found = likely.get(key, "").split("_")
        if len(found) == 3 and found[2] == region:
            return language, found[1]
    return language, None


def languages() -> list[str]:
    """The languages sitegen has a catalogue for."""
    return sorted(path.stem for path in CATALOGUES.glob("*.po"))


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    """The catalogue for `pt-BR`, else for `pt`; none (English) when sitegen has neither."""
    tag = language.replace("-", "_")
    for name in (tag, tag.split("_")[0]):
        path = CATALOGUES / f"{name}.po"
        if path.is_file():
            return _compiled(path)
    return gettext.NullTranslations()


def _compiled(path: Path) -> gettext.GNUTranslations:
    """A .po file as gettext reads it (a .mo, made in memory: no compile step to forget)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        catalogue = read_po(file)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@cache
def _locale(language: str) -> object | None:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


# each language's quotation marks (the Unicode CLDR's, which Babel does not hand out), for the
# double quotes of Markdown (markup.py); a language not here has the English ones
_QUOTATION_MARKS = {
    "cs": ("„", "“"),
    "da": ("“", "”"),
    "de": ("„", "“"),
    "es": ("«", "»"),
    "fi": ("”", "”"),
    "fr": ("«\u202f", "\u202f»"),  # with the narrow no-break space French typography puts inside
    "it": ("«", "»"),
    "ja": ("「", "」"),
    "nb": ("«", "»"),
    "nl": ("‘", "’"),
    "pl": ("„", "”"),
    "pt": ("“", "”"),
    "ru": ("«", "»"),
    "sv": ("”", "”"),
    "uk": ("«", "»"),
    "zh": ("“", "”"),
    "zh-Hant": ("「", "」"),
    "de-CH": ("«", "»"),
}


def quotation_marks(language: str) -> tuple[str, str]:
    """The language's opening and closing quotation marks ("de": „ and “); English's “ and ” for
    one not known."""
    tag, script = _language_and_script(language)
    for key in (f"{tag}-{script}" if script else None, language, tag):
        if key in _QUOTATION_MARKS:
            return _QUOTATION_MARKS[key]
    return ("“", "”")
