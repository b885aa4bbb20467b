"""al-folio's profiles page (`layout: profiles`): what each of its blocks is.

The layout shows, one block after another, a picture (`image`, in assets/img/), a few lines of HTML
beside it (`more_info`) and the Markdown of a file of `_pages/` (`content`). Labs use it for their
people (al-folio's own example: `about_einstein.md`, "555 your office number"; a lab's: the name
and role in `more_info`, the biography in the file); some use it for research themes, a picture and
a paragraph each. Which it is, and each person's name, role, links and text, is read here; the
import (alfolio.py) writes them.

The name is where labs put it: the block's own `name` (some layouts of labs' own), the first line
of `more_info` ("Amanda Larracuente, PhD", "Dr Harry Clark, Postdoc"), the text's first line
("Suzanne Hile, BS", a heading), its first words ("Carlos Fernandez-Lozano is a tenured professor
..."), or the file's name (`about_Amanda.Larracuente.md`); each only when it reads as a person's
name (not a place, "Medical Sciences Center", nor a role, "Associate Professor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.migrate import DEGREE, HONORIFIC, add_link, html_as_markdown, shown_text
from sitegen.roles import KNOWN_TITLES, role_group
from sitegen.urls import split_url

# words of a page's address or title that say it lists people
PEOPLE_PAGE = re.compile(r"\b(?:people|team|members?|group|lab|staff|students|who[\s-]we[\s-]are|us)\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_EMAIL = re.compile(r"^\s*(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$")
_PARTICLES = frozenset("van von der den de del della di da das dos du la le bin al y ter ten zu".split())
# words that read as names but are not: of places and institutions ("Medical Sciences Center"),
# and those a sentence opens with ("The Larracuente Lab", "Our Group")
_NOT_NAMES = frozenset(
    "center centre institute university department dept lab laboratory hall building room office school college "
    "faculty street road avenue campus group research science sciences medical floor division unit program "
    "the a an in at on our my this these welcome we he she his her they their about and with".split()
)
_NAME_WORD = re.compile(r"^(?:[^\W\d_][.]|[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?)$")  # "M.", "Fernandez-Lozano", "O'Neill"
_CJK = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf]{2,4}$")  # a Chinese name: two to four characters


@dataclass
class Member:
    """A person of a profiles page, as read from one block."""

    name: str
    role: str = ""
    email: str = ""
    links: dict[str, str] = field(default_factory=dict)
    more: list[str] = field(default_factory=list)  # the lines of `more_info` that are none of these (an office)
    named_by_file: bool = False  # the name is the file's: worth a person's look
    group: str = ""  # the group the block gives (`type: alumni`)
    affiliation: list[str] = field(default_factory=list)  # lines of `more_info` naming an institution
    text: str = ""  # the biography: the block's text without the name and role it opens with


def paragraphs(more_info: str) -> list[str]:
    """`more_info`'s paragraphs as HTML: its `<p>`s, or its lines when it has none."""
    found = [part.strip() for part in _PARAGRAPH.findall(more_info)]
    return [part for part in found or more_info.splitlines() if _TAG.sub("", part).strip() or _LINK.search(part)]


def reads_as_name(words: str) -> str:
    """The name in `words` when they read as a person's (two to five words, each capitalised, an
    initial or a particle; not a place nor a role), without an honorific; else ""."""
    words = HONORIFIC.sub("", " ".join(words.split()))
    if _CJK.match(words):
        return words
    parts = words.split(" ")
    if not 2 <= len(parts) <= 5 or parts[0].lower() in _PARTICLES or role_group(words, KNOWN_TITLES):  # "Associate Professor"
        return ""
    for part in parts:
        if part.lower() in _NOT_NAMES or not _NAME_WORD.match(part):
            return ""
        if not part[0].isupper() and part.lower() not in _PARTICLES:
            return ""
    return words


def name_and_role(line: str) -> tuple[str, str]:
    """A `more_info` line as a name and what follows it: "Dr Harry Clark, Postdoc" -> ("Harry
    Clark", "Postdoc"); "Amanda Larracuente, PhD" -> ("Amanda Larracuente", "")."""
    plain = " ".join(_TAG.sub(" ", line).split())
    name, _, rest = plain.partition(",")
    found = reads_as_name(name)
    if not found:
        return "", ""
    rest = ", ".join(part.strip() for part in rest.split(",") if part.strip() and not DEGREE.match(part.strip()))
    return found, rest


def text_name(text: str) -> str:
    """The name a biography's first sentence opens with ("Carlos Fernandez-Lozano is a tenured
    professor ..."); a name on a line of its own is `text_head`'s."""
    words = _TAG.sub(" ", text).split()[:7]
    if words and HONORIFIC.match(words[0] + " "):
        words = words[1:]
    for end in range(min(5, len(words)), 1, -1):
        after = words[end] if end < len(words) else ""
        if (found := reads_as_name(" ".join(words[:end]).rstrip(",;:"))) and not after[:1].isupper():
            return found
    return ""


def file_name(stem: str) -> str:
    """The name in a content file's name: `about_Amanda.Larracuente` -> "Amanda Larracuente"."""
    return reads_as_name(" ".join(_stem_words(stem)))


def _stem_words(stem: str) -> list[str]:
    """The words of a content file's name, without al-folio's `about_` ("about_Amanda.Larracuente")."""
    stem = re.sub(r"^(?:about|profile|bio)[_-]", "", stem, flags=re.IGNORECASE)
    return [part for part in re.split(r"[._\s-]+", stem) if part]


def names_itself(block: dict) -> bool:
    """Whether a block says whose it is: its own `name`, or a name first beside its picture."""
    lines = paragraphs(str(block.get("more_info") or ""))
    return bool(block.get("name")) or bool(lines and name_and_role(lines[0])[0])


def member(block: dict, text: str, stem: str) -> Member:
    """One block of a people page as a person: name, role, group, e-mail and links from its own
    keys and `more_info`, the rest of `more_info` kept; the name from the places labs put it."""
    lines = paragraphs(str(block.get("more_info") or ""))
    name = str(block.get("name") or "").strip()
    role = next((str(block[key]).strip() for key in ("role", "position", "degree") if block.get(key)), "")
    if not name and lines and (found := name_and_role(lines[0]))[0]:
        name, tail = found
        lines = lines[1:]
        role = role or tail
        if not role and lines and _role_like(lines[0]):
            role, lines = _role_line(lines[0]), lines[1:]
    if not name and (head := text_head(text)):
        name, tail, text = head
        role = role or tail
    if not role and lines and _role_like(lines[0]) and role_group(_plain(lines[0]), KNOWN_TITLES):  # "Associate Professor"
        role, lines = _role_line(lines[0]), lines[1:]
    person = Member(name=name or text_name(text) or file_name(stem), role=_role_words(role), text=text)
    if not person.name:
        person.name, person.named_by_file = " ".join(part.capitalize() for part in _stem_words(stem)), True
    person.email = str(block.get("email") or "").strip()
    if any(str(block.get(key) or "").strip().lower() in _FORMER for key in ("type", "group", "category", "status")):
        person.group = "Alumni"
    if now := str(block.get("now") or "").strip():  # where an alumnus is now
        person.more.append(f"Now: {now}")
    for key, value in block.items():  # a lab layout's own keys: `github: https://...`, `website: ...`
        url = str(value or "").strip()
        if key not in ("image", "content") and url.startswith(("https://", "http://")):
            _take_link(url, person, _keyed_link_kind(str(key), url))
    for line in lines:
        _place(line, person)
    person.affiliation, person.more = _affiliation(person.more)
    return person


def _affiliation(lines: list[str]) -> tuple[list[str], list[str]]:
    """The affiliation among the kept lines of `more_info` and the lines left: the first line
    naming an institution ("Department of Psychiatry", "University of Minnesota") and the short
    lines right after it ("UC San Diego"), up to an address's first line with a number, a label
    ("Office: ...") or a sentence; the al-folio example's office and street are no affiliation."""
    start = next((index for index, line in enumerate(lines) if _institution_like(_plain(line))), None)
    if start is None:
        return [], lines
    end = start + 1
    while end < len(lines) and _affiliation_line(_plain(lines[end])):
        end += 1
    return [_plain(html_as_markdown(line)) for line in lines[start:end]], lines[:start] + lines[end:]  # links kept


def _institution_like(line: str) -> bool:
    named = _INSTITUTION.search(line) or _INSTITUTION_ACRONYM.search(line)
    return _affiliation_line(line) and bool(named) and not role_group(line, KNOWN_TITLES)


def _affiliation_line(line: str) -> bool:
    """A short line of a name's words: no number, label, address or sentence."""
    return 0 < len(line.split()) <= 12 and not _NOT_AFFILIATION.search(line) and not line.endswith((".", "!", "?"))


_INSTITUTION = re.compile(
    r"\b(?:univ\w*|institut\w*|department|dept\.?|departamento|departement|school of|college|faculty of|facult[eé]|"
    r"hospital|laborator\w*|academy|akademie|polytechnic|politecnico|max planck)\b",
    re.IGNORECASE,
)
_INSTITUTION_ACRONYM = re.compile(r"\b(?:ETH|EPFL|MIT|CNRS|INRIA|KAIST|UCLA|UC)\b")  # in capitals: German "mit" is "with"
_NOT_AFFILIATION = re.compile(r"\d|:|@|https?://|\b(?:room|office|building|floor|suite|street|avenue|road)\b", re.IGNORECASE)


def text_head(text: str) -> tuple[str, str, str] | None:
    """A text that opens with its person's name on a line of its own ("Suzanne Hile, BS" then
    "Lab Manager"; "## Mei Lin"): the name, the role after it (on that line or the next), and
    the rest of the text; None for a text that opens otherwise."""
    lines = text.strip().splitlines()
    first = _HEAD_MARKS.sub("", lines[0]).strip() if lines else ""
    if len(first.split()) > 8 or not (found := name_and_role(first))[0]:
        return None
    name, role = found
    rest = lines[1:]
    following = next((index for index, line in enumerate(rest) if line.strip()), None)
    if not role and following is not None and _role_like(_HEAD_MARKS.sub("", rest[following])):
        role, rest = _plain(_HEAD_MARKS.sub("", rest[following])), rest[following + 1 :]
    return name, role, "\n".join(rest).strip()


_HEAD_MARKS = re.compile(r"^\s*#{1,6}\s+|\*\*|__|\s+#+\s*$")  # a heading's or bold line's marks
_FORMER = frozenset(("alumni", "alumnus", "alumna", "alum", "former", "past", "former members", "past members"))


# a lab layout's link keys -> sitegen's link kinds (any other key is its own kind)
_LINK_KEYS = {"website": "homepage", "homepage": "homepage", "url": "homepage", "google_scholar": "scholar", "twitter": "x"}
# a role written as a slug ("phd-student"), its words as people write them
_ROLE_WORDS = {"phd": "PhD", "ms": "MS", "msc": "MSc", "bs": "BS", "ba": "BA", "pi": "PI", "undergrad": "Undergraduate"}


def _role_words(role: str) -> str:
    """A role as words: "phd-student" -> "PhD student", "undergrad" -> "Undergraduate"; any other as written."""
    if not re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", role):
        return role
    words = [_ROLE_WORDS.get(word, word) for word in re.split(r"[-_]", role)]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def _role_like(line: str) -> bool:
    """A short line of words, as a role is ("Research Associate", "E2G2 PhD candidate", "PhD
    student, advised by <a ...>Mei Lin</a>"), not a sentence ("Mei works on sonar.") nor links
    alone (a homepage, icons)."""
    plain, unlinked = _plain(line), _plain(_LINK.sub(" ", line))  # ("<a>CV</a> | <a>Scholar</a>": "|")
    if not unlinked[:1].isupper() or "@" in plain or not plain[0].isupper() or len(plain.split()) > 8:
        return False
    return not plain.endswith((".", "!", "?", ":")) or bool(DEGREE.match(plain.split()[-1]))


def _role_line(line: str) -> str:
    """A role line's words, its links as Markdown's, which a profile's role shows."""
    return shown_text(line) if _LINK.search(line) else _plain(line)


def _place(line: str, person: Member) -> None:
    """A line of `more_info`: an e-mail address is the e-mail, links alone (with icons, as many
    layouts show them) the e-mail and profile links; any other is kept (an office, an address)."""
    links = _LINK.findall(line)
    if links and not _plain(_LINK.sub(" ", line)):
        for url in links:
            _take_link(url, person, link_kind(url))
    elif email := _EMAIL.match(_plain(line)):
        person.email = person.email or email.group(1)
    else:
        person.more.append(line)


def _take_link(url: str, person: Member, kind: str) -> None:
    """A link of a block: `mailto:` is the e-mail; an address the link of its kind (a second of a
    kind numbered, github_2), but for the placeholders layouts ship with (yourwebsite.com,
    twitter.com/yourprofile); the same address twice (an icon and its words) is one link."""
    if email := _EMAIL.match(url):
        person.email = person.email or email.group(1)
    elif url.startswith(("https://", "http://")) and not _PLACEHOLDER.search(url):
        add_link(person.links, kind, url)


_LINK = re.compile(r"""<a\s[^>]*?href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>.*?</a\s*>""", re.IGNORECASE | re.DOTALL)
_PLACEHOLDER = re.compile(r"your(?:website|profile|site|name|username)|//(?:www\.)?example\.(?:com|org)", re.IGNORECASE)


# profile link kinds known by their address
_HOSTS = {
    "github": ("github.com",),
    "scholar": ("scholar.google.com",),
    "orcid": ("orcid.org",),
    "linkedin": ("linkedin.com",),
    "x": ("x.com", "twitter.com"),
    "researchgate": ("researchgate.net",),
    "dblp": ("dblp.org", "dblp.uni-trier.de"),
}


def link_kind(url: str) -> str:
    """A profile link's kind by its address (GitHub, Scholar, ORCID ...); any other the homepage."""
    host = split_url(url).netloc.lower().removeprefix("www.")
    return next((kind for kind, hosts in _HOSTS.items() if host in hosts), "homepage")


def _keyed_link_kind(key: str, url: str) -> str:
    """A link a block gives by a key of its own: its kind by its address; else the key's, but
    for a key of a known site whose address is another's (`linkedin: https://me.github.io`)."""
    if (kind := link_kind(url)) != "homepage":
        return kind
    named = _LINK_KEYS.get(key, key)
    return "homepage" if named in _HOSTS else named


def _plain(line: str) -> str:
    return " ".join(_TAG.sub(" ", line).split())
