"""`sitegen new`: the file of a new profile, page, news item, talk or project, with every field it
may have; `sitegen translate`: the file of a translation, its original's words to translate.

A lab adds a member or an announcement often, and most of its members never read the README:
the new file names each field with a comment saying what it does, builds without a warning as it
is, and is named as sitegen will find it (`people/<slug>.md`, `news/<date>-<slug>.md`).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitegen.errors import SitegenError
from sitegen.languages import WORDS, language_of
from sitegen.slugs import slugify
from sitegen.yamlfile import parse_front_matter

KINDS = ("person", "page", "news", "talk", "project")


def _quoted(text: str) -> str:
    """A YAML scalar that reads back as the text, whatever it holds (`: `, `#`, quotes)."""
    return json.dumps(text, ensure_ascii=False)


def _person(name: str, draft: bool) -> str:
    return f"""---
name: {_quoted(name)}
role: ""               # such as PhD Student: it also places the person in a group on the People page
affiliation: ""        # Markdown links work here and in the lists below: "[Vision Lab](https://...), Example University"
email: ""
phone: ""              # an office's number, shown with the e-mail, such as +44 20 7946 0958
photo: ""              # a picture in static/, such as images/{slugify(name)}.jpg (shown small, as a square)
links: {{}}              # such as github: user-name, scholar: profile-id, orcid: 0000-0002-1825-0097
interests: []          # one per line: - Robot perception
education: []          # one per line: - degree: PhD in ..., institution: ..., url: (its page), year: 2024, description: Thesis on ...
experience: []         # one per line: - title: Research Intern, organization: ..., url: (its page), start: 2023, end: 2024
awards: []             # one per line: - title: Best Paper Award, awarder: ICCV, year: 2023
teaching: []           # one per line: - course: Machine Learning, role: Teaching Assistant, institution: ..., term: Fall 2023
service: []            # one per line: - Reviewer, CVPR 2024
aliases: []            # other spellings of the name in .bib files, such as - "{_initialled(name)}"
publications: all      # or selected: the profile lists the entries marked selected = {{true}}, and links to all
{"draft: true           # left out of the site until this line is removed (sitegen build --drafts shows it)" + chr(10) if draft else ""}---
The biography, in Markdown. `[@key]` cites an entry of the .bib files.
"""


def _initialled(name: str) -> str:
    parts = name.split()
    return f"{parts[-1]}, {parts[0][0]}." if len(parts) > 1 else name


def _page(title: str, menu: int, draft: bool) -> str:
    return f"""---
title: {_quoted(title)}
menu: {menu}                # its place in the menu; delete the line to leave the page out of the menu
{"draft: true           # left out of the site until this line is removed (sitegen build --drafts shows it)" + chr(10) if draft else ""}---
The page, in Markdown. `[@key]` cites an entry of the .bib files; `::: publications keyword=fog`
on a line of its own lists the entries that pass its filters there (README: Publication lists).
"""


def _news(title: str, day: date, draft: bool) -> str:
    return f"""---
date: {day.isoformat()}
title: {_quoted(title)}   # optional: without it, a list shows the text alone (a one-line announcement)
{"draft: true           # left out of the site until this line is removed (sitegen build --drafts shows it)" + chr(10) if draft else ""}---
The news, in Markdown: the latest five items are on the home page.
"""


def _talk(title: str, day: date, draft: bool) -> str:
    return f"""---
title: {_quoted(title)}
date: {day.isoformat()}
event: ""              # such as CVPR 2024 Workshop on ... (a Markdown link works: "[CVPR 2024](https://...)")
location: ""           # such as Seattle, USA
type: ""               # such as Invited talk, Keynote, Poster, Tutorial
speakers: []           # names as in the profiles, such as [Mei Lin] (none: the site's owner)
links: {{}}              # such as slides: files/talk.pdf, video: https://...
{"draft: true           # left out of the site until this line is removed (sitegen build --drafts shows it)" + chr(10) if draft else ""}---
The abstract, in Markdown. `[@key]` cites an entry of the .bib files.
"""


def _project(title: str, draft: bool) -> str:
    return f"""---
title: {_quoted(title)}
summary: ""            # one or two sentences, shown on the list of projects
image: ""              # a picture in static/, such as images/{slugify(title)}.jpg (or a URL)
members: []            # names as in the profiles, such as [Mei Lin, Wei Chen] (none: the site's owner)
publications: []       # keys of its entries in the .bib files, such as [lin2024fog]
keywords: []           # and every entry whose keywords include one of these
links: {{}}              # such as code: https://github.com/..., website: https://..., data: https://...
past: false            # true once it has ended: listed under Past projects
featured: false        # true: also on a group site's home page
{"draft: true           # left out of the site until this line is removed (sitegen build --drafts shows it)" + chr(10) if draft else ""}---
What the project is about, in Markdown. `[@key]` cites an entry of the .bib files; its
publications are listed below the text.
"""


def create(content: Path, kind: str, title: str, draft: bool = False, today: date | None = None) -> Path:
    """Write the new file and return its path; an existing file is never replaced."""
    if not title.strip():
        raise SitegenError(f'give the new {kind}\'s {"name" if kind == "person" else "title"}, such as: sitegen new {kind} "..."')
    title = title.strip()
    day = today or date.today()
    if kind == "person":
        path, text = content / "people" / f"{slugify(title)}.md", _person(title, draft)
    elif kind == "page":
        path, text = content / "pages" / f"{slugify(title)}.md", _page(title, _next_menu_place(content / "pages"), draft)
    elif kind == "talk":
        path, text = content / "talks" / f"{day.isoformat()}-{slugify(title)}.md", _talk(title, day, draft)
    elif kind == "project":
        path, text = content / "projects" / f"{slugify(title)}.md", _project(title, draft)
    else:
        path, text = content / "news" / f"{day.isoformat()}-{slugify(title)}.md", _news(title, day, draft)
    if path.exists():
        raise SitegenError(
            f"{path.name} exists already; edit it, or give another {'name' if kind == 'person' else 'title'}", path
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _next_menu_place(pages: Path) -> int:
    """After the last page in the menu, so the new page is the menu's last entry."""
    places = [0]
    for page in pages.glob("*.md") if pages.is_dir() else ():
        try:
            menu = parse_front_matter(page.read_text(encoding="utf-8"), page).meta.get("menu")
        except (SitegenError, OSError, UnicodeDecodeError):
            continue  # the build will say what is wrong with it
        if isinstance(menu, int) and not isinstance(menu, bool):
            places.append(menu)
    return max(places) + 1


def translation_language(content: Path, code: str, own: str, languages: list[str]) -> str:
    """The tag of a further language of the site as site.yml writes it (`pt-BR` for `pt-br`);
    an error for the site's own language or one it does not have."""
    tags = {tag.lower(): tag for tag in languages}
    known = ", ".join(languages) or "none yet"
    if code.lower() == own.lower():
        raise SitegenError(
            f"{code} is the site's own language (site.yml `language`): its texts are the originals; "
            f"translate into one of its further languages ({known})",
            content / "site.yml",
        )
    if code.lower() not in tags:
        raise SitegenError(
            f"the site has no language '{code}' (its further languages: {known}); "
            f"add it to site.yml, such as `languages: [{code}]`, then translate",
            content / "site.yml",
        )
    return tags[code.lower()]


def translate(content: Path, original: Path, code: str, languages: list[str]) -> Path:
    """Write the file of a translation of `original` into `code`, a further language of the site
    (`teaching.de.md` beside `teaching.md`), and return its path: the original's words to
    translate, each a comment, so that until they are translated nothing changes (the page shows
    the original's, marked as its language)."""
    folder = _translatable_folder(content.resolve(), original.resolve())
    if written_in := language_of(original, {tag.lower() for tag in languages}):
        first = original.with_name(original.stem.rpartition(".")[0] + original.suffix)
        if first.is_file():
            raise SitegenError(f"this is a translation already; translate its original, {first.name}", original)
        raise SitegenError(f"this is a page of the {written_in} site alone; a translation is of the site's own files", original)
    path = original.with_name(f"{original.stem}.{code}{original.suffix}")
    if path.exists():
        raise SitegenError(f"{path.name} exists already; edit it", path)
    document = parse_front_matter(original.read_text(encoding="utf-8"), original)
    path.write_text(_translation(document.meta, document.body, WORDS[folder], original.name, code), encoding="utf-8")
    return path


def untranslated(content: Path, code: str, languages: list[str]) -> tuple[list[Path], int]:
    """The site's own texts that have no translation into `code` yet, and how many it has in all:
    what a translator of the site has left to do."""
    codes = {tag.lower() for tag in languages}
    folders = [content / folder for folder in WORDS if folder]
    originals = [content / "index.md"] if (content / "index.md").is_file() else []
    for folder in folders:
        originals += [path for path in sorted(folder.glob("*.md")) if language_of(path, codes) is None]
    left = [
        path for path in originals if not any(path.with_name(f"{path.stem}.{tag}.md").is_file() for tag in (code, code.lower()))
    ]
    return left, len(originals)


def _translatable_folder(content: Path, original: Path) -> str:
    """The folder of content/ the file is in ("" for content/index.md); an error for any other file."""
    if not original.is_file():
        raise SitegenError(
            "no such file: give the path of a profile, page, news item, talk, project or publication text", original
        )
    relative = original.relative_to(content) if original.is_relative_to(content) else None
    folder = relative.parts[0] if relative is not None and len(relative.parts) == 2 else ""
    if relative is None or original.suffix != ".md" or folder not in WORDS or (not folder and relative.name != "index.md"):
        raise SitegenError(
            "a translation is of a Markdown file of content/: content/index.md, or one in people/, pages/, "
            "news/, talks/, projects/ or publications/",
            original,
        )
    return folder


def _translation(meta: dict, body: str, words: tuple[str, ...], name: str, code: str) -> str:
    """The translation's text: its original's words and text as comments, to translate."""
    lines = [
        f"# The {_language_name(code)} translation of {name}. Translate the lines below that you want to (remove",
        "# the # before each), and write the text below the closing ---. What this file does not give is",
        "# the original's (a profile's photo and links, a page's place in the menu), and without a text",
        "# of its own the original's text is shown.",
    ]
    lines += [f"# {key}: {json.dumps(meta[key], ensure_ascii=False, default=str)}" for key in words if meta.get(key)]
    if body.strip():
        lines += ["# The original's text:", *(f"#   {line}".rstrip() for line in body.strip().splitlines())]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _language_name(code: str) -> str:
    """ "German (de)": the language's name in English, for the file's first line."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name("en")
    except (UnknownLocaleError, ValueError):
        name = None
    return f"{name} ({code})" if name else code
