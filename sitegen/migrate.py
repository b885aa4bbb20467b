"""`sitegen import`: a site made with another generator becomes a sitegen site, so moving costs one
command. alfolio.py and academicpages.py know their sources; this module holds what they share: the
new folder is written once (a folder that holds a site already is refused, the source is only read),
Jekyll's Liquid is turned into its sitegen form where there is one (`{% cite a b %}` is `[@a; @b]`,
`{{ site.baseurl }}/x` is `/x`, `{% include figure.liquid path=... %}` an image), and whatever
cannot come over is reported with its file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import tomllib
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from sitegen import chrome
from sitegen.bibtex import MONTHS
from sitegen.embeds import gist
from sitegen.errors import SitegenError
from sitegen.model import NUMBERED_KIND
from sitegen.publist import OPENING
from sitegen.scholartags import BIBLIOGRAPHY, scholar_filters
from sitegen.slugs import slugify
from sitegen.urls import redirect_file, split_url
from sitegen.yamlfile import Document, LineDict, load_yaml, parse_front_matter


@dataclass
class Imported:
    """What the import wrote, and what needs a person's eye (each with the file it is about)."""

    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    root: Path = Path()  # the new site's folder, which `written` is in

    def summary(self) -> str:
        """What came over, as a person counts it: "1 profile, 12 publications, 3 pages, 40 files in static/"."""
        folders: dict[str, int] = {}
        entries = 0
        written = set(self.written)
        for path in self.written:
            parts = path.relative_to(self.root).parts
            original = path.with_name(path.stem.rpartition(".")[0] + path.suffix)
            if path.suffix == ".md" and "." in path.stem and original in written:  # `ada.de.md` beside `ada.md`
                folders["translations"] = folders.get("translations", 0) + 1
            elif parts[0] == "static":
                folders["static"] = folders.get("static", 0) + 1
            elif parts[0] == "content" and len(parts) > 2:
                folder = parts[1]
                folders[folder] = folders.get(folder, 0) + 1
                if folder == "publications" and path.suffix == ".bib":
                    entries += len(_ENTRY.findall(path.read_text(encoding="utf-8", errors="replace")))
        named = [
            (folders.get("people", 0), "profile", "profiles"), (entries, "publication", "publications"),
            (folders.get("pages", 0), "page", "pages"), (folders.get("news", 0), "news item", "news items"),
            (folders.get("talks", 0), "talk", "talks"), (folders.get("projects", 0), "project", "projects"),
            (folders.get("static", 0), "file in static/", "files in static/"),
            (folders.get("translations", 0), "translation", "translations"),
        ]  # fmt: skip
        return ", ".join(f"{count} {one if count == 1 else many}" for count, one, many in named if count)


HONORIFIC = re.compile(r"^(?:(?:Dr(?:\.-Ing)?|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)+")  # "Prof. Dr.-Ing. Ada Roe"
# degrees written after a name ("Amanda Larracuente, PhD"): not a role
DEGREE = re.compile(
    r"^(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?Phil\.?|M\.?Sc?\.?|B\.?Sc?\.?|B\.?A\.?|M\.?A\.?|MPH|MBA|Dr\.?)$", re.IGNORECASE
)
_IN_BRACKETS_AT_END = re.compile(r"\s*\(([^()]*)\)\s*$")  # "Julianne Otim (P.h.D)"
_ENTRY = re.compile(r"^\s*@(?!string\b|comment\b|preamble\b)\w+\s*\{", re.IGNORECASE | re.MULTILINE)


def import_site(source: Path, target: Path) -> Imported:
    """Write the sitegen site made from the site at `source` (al-folio, academicpages, AcadHomepage,
    Minimal Light, Allan lab, Hugo Blox, Jon Barron's one page, or a Jekyll site of another theme)
    into `target`."""
    from sitegen.academicpages import AcademicPages
    from sitegen.acadhomepage import AcadHomepage
    from sitegen.alfolio import AlFolio
    from sitegen.allanlab import AllanLab
    from sitegen.handwritten import HandWrittenSite
    from sitegen.hugoblox import HugoBlox
    from sitegen.jekyll import JekyllSite
    from sitegen.jonbarron import JonBarron
    from sitegen.minimallight import MinimalLight

    # a fork may keep another's crawler; a page of Jon Barron's made into a Jekyll site is that site's
    kinds = (AllanLab, MinimalLight, AcadHomepage, AcademicPages, AlFolio, HugoBlox, JonBarron, JekyllSite, HandWrittenSite)
    kind = next((kind for kind in kinds if kind.recognises(source)), None)
    if kind is None:
        raise SitegenError(
            "this is no site sitegen imports: give the folder of a Jekyll site (the one that holds _config.yml and its "
            "pages: al-folio, academicpages, AcadHomepage, Minimal Light, Allan lab, minima or any other theme), of a Hugo "
            "Blox site (content/authors/ or data/authors/), or of HTML pages written by hand (index.html first); "
            "for a site of another kind, `sitegen init DIR` makes a new one and `sitegen add` brings its publications "
            "(--list FILE reads a page's or a CV's list written by hand; --bib FILE, --orcid, --dblp)",
            source,
        )
    if (target / "content").exists():
        raise SitegenError("this folder holds a site already (content/): give a new folder to import into", target)
    new = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sitegen-import-", dir=target))
    try:  # made aside and moved in whole: a mistake found halfway leaves nothing behind
        migration = kind(source, staging)
        migration.run()
        _move_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if new and not any(target.iterdir()):
            target.rmdir()
        raise
    shutil.rmtree(staging, ignore_errors=True)
    migration.done.written = [target / path.relative_to(staging) for path in migration.done.written]
    migration.done.root = target
    return migration.done


def _move_in(staging: Path, target: Path) -> None:
    """The made site's files into `target`, where none of them may be yet (nothing is replaced)."""
    made = [path.relative_to(staging) for path in staging.rglob("*") if path.is_file()]
    if taken := [str(relative) for relative in made if (target / relative).exists()]:
        raise SitegenError(
            f"these files are there already and are kept: {', '.join(taken[:5])}; import into a new folder", target
        )
    for relative in made:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (staging / relative).rename(target / relative)


class Migration:
    """One import: reads the source, writes the target, keeps the notes."""

    TRANSLATES_PAGES = False  # whether a page's copy in another language is its translation (`page_translations`)

    # pages the source makes from data, which sitegen makes itself or has no place for: name -> why
    made_pages: ClassVar[dict[str, str]] = {}
    # where a file a page links by its path in the site is in the source (Jekyll: the folder itself)
    file_roots: ClassVar[tuple[str, ...]] = ("",)
    # the Jekyll collections the importer reads itself (the others become pages: `other_collections`)
    collections: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, source: Path, target: Path):
        self.source, self.target = source, target
        self.done = Imported()
        self.config = self.yaml(source / "_config.yml")
        self.moved: dict[str, str] = {}  # old pages no document of the new site names -> new (site.yml's redirects)
        self._consumed: set[Path] = set()  # Markdown files of the old site's pages another part made something of
        self._claimed: set[str] = set()  # the old addresses a page of the new site answers at (their files)
        self.author = self.config.get("author") if isinstance(self.config.get("author"), dict) else {}  # Jekyll's
        self._documents: dict[Path, Document] = {}  # each file parsed once, however many parts read it
        self.translated: set[Path] = set()  # translations imported with their originals (Hugo's)
        self._page_translations: dict[Path, tuple[Path, str]] | None = None  # (page_translations)
        plugins = {*as_list(self.config.get("plugins")), *as_list(self.config.get("gems"))}
        self.emoji = "jemoji" in plugins  # GitHub's `:wave:` shortcodes were the characters (academicpages' default)

    def unclaimed_old_pages(self, meta: dict, new: str, path: Path) -> list[str]:
        """`old_pages`, but those an earlier page claimed (a fork's Chinese page, copied with the
        about page's `redirect_from: /about/`) are left out, noted: one address answers once."""
        kept = []
        for old in old_pages(meta, new):  # (each a path of the site: one_each)
            if (answered := redirect_file(old)) in self._claimed:
                self.note(path, f"its old address {old} is another page's already; it leads there")
            else:
                self._claimed.add(answered)
                kept.append(old)
        return kept

    def consume(self, *paths: Path) -> None:
        """Marks files another part made something of, so that they are no page of their own.
        Resolved: a block's `content: about_ada.md` is found from the page's folder, and the
        pages are listed under the source as given (`sitegen import . ../site`: `_pages/...`)."""
        self._consumed.update(path.resolve() for path in paths)

    def consumed(self, path: Path) -> bool:
        return path.resolve() in self._consumed

    @staticmethod
    def recognises(source: Path) -> bool:
        raise NotImplementedError

    def translations(self, original: Path) -> dict[str, Path]:
        """A page's translations by language (Hugo's); Jekyll's sites have none."""
        return {}

    def translation(self, path: Path, original: dict[str, Any], fields: dict[str, str], target: str) -> None:
        """A translation of a page imported as `original` (`index.de.md` of a talk, a project, a
        post): its title and `fields` (sitegen's name -> the old site's) where they differ from the
        original's, its abstract and its text; sitegen takes the rest from the original."""
        document = self.document(path)
        meta = document.meta
        given = {"title": text(meta.get("title")), **{new: text(meta.get(old)) for new, old in fields.items()}}
        own = {key: value for key, value in given.items() if value and value != original.get(key)}
        abstract = text(meta.get("abstract")) if "abstract" in meta else ""
        body = self.markdown(document.body, path, document.body_line)
        self.write(target, (front_matter(own) if own else "") + (f"{abstract}\n\n" if abstract else "") + body)
        self.translated.add(path)

    def run(self) -> None:
        raise NotImplementedError

    def read(self, path: Path) -> str:
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise SitegenError("this file is not UTF-8 text: save it as UTF-8 and import again", path) from None

    def document(self, path: Path) -> Document:
        """A Markdown file's front matter (YAML between `---`, or TOML between `+++` as Hugo
        Academic's pages have it) and body; broken front matter is an error at its line."""
        if (found := self._documents.get(path)) is None:
            text = self.read(path)
            found = toml_front_matter(text, path) if text.startswith("+++") else parse_front_matter(text, path)
            self._documents[path] = found
        return found

    def write(self, relative: str, text: str) -> None:
        """A new file of the site; a second file of the old site that would make the same one is
        left out with a note (two pages of one permalink, two news items of one day and name)."""
        path = self.target / relative
        if path.exists():
            self.note(Path(relative), "two files of the old site make this one; the first is kept, check the other")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.done.written.append(path)

    def copy(self, folder: Path, relative: str) -> None:
        """A folder of files (pictures, PDFs) copied as it is."""
        if folder.is_dir():
            copy = self.target / relative
            shutil.copytree(folder, copy, dirs_exist_ok=True)
            self.done.written += [path for path in copy.rglob("*") if path.is_file()]

    def copy_file(self, source: Path, relative: str) -> None:
        destination = self.target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(source.read_bytes())
        self.done.written.append(destination)

    def note(self, path: Path, message: str, line: int | None = None) -> None:
        """A line for the person's eye, once (two things of one line of HTML say the same)."""
        if (said := f"{path}{f':{line}' if line else ''}: {message}") not in self.done.notes:
            self.done.notes.append(said)

    def chrome_settings(self, icon: str, analytics: dict[str, Any], verification: dict[str, Any], where: Path) -> dict[str, Any]:
        """site.yml's `icon`, `analytics` and `verification` from the old site's settings of the
        same jobs: the values sitegen's checks take (chrome.py); a placeholder or an id no service
        takes any more (Universal Analytics' UA-) left out, with a note."""
        found: dict[str, Any] = {"icon": icon} if icon else {}
        for section, given, check in (
            ("analytics", analytics, chrome.check_analytics),
            ("verification", verification, chrome.check_token),
        ):
            kept = {}
            for name, value in given.items():
                if not text(value):
                    continue
                try:
                    kept[name] = check(name, value, where, 0)
                except SitegenError as error:
                    self.note(where, f"{error.diagnostic.message}; not carried over")
            if kept:
                found[section] = kept
        return found

    def yaml(self, path: Path) -> dict:
        """A YAML file of keys and values (empty when there is no such file); anything else is an
        error at its file."""
        data = load_yaml(self.read(path), path) if path.is_file() else None
        if data is not None and not isinstance(data, dict):
            raise SitegenError("this file must hold keys and values (name: value), one per line", path, 1)
        return data or {}

    def dated(self, path: Path, fields: dict[str, str], title: str = "") -> tuple[dict[str, Any], Document] | None:
        """A news item's or talk's document and its new front matter: title (or `title`), date, and
        the fields named in `fields` (new name -> old); None, with a note, when it has no date (a
        file name that starts with one, as Jekyll's posts do, counts)."""
        document = self.document(path)
        meta = document.meta
        dated = day(meta.get("date")) or day(path.name[:10])
        if dated is None:
            self.note(path, "not imported: it has no date (add 'date: YYYY-MM-DD')")
            return None
        made: dict[str, Any] = {"title": text(meta.get("title")) or title, "date": dated.isoformat()}
        made.update({new: value for new, old in fields.items() if (value := text(meta.get(old)))})
        return {key: value for key, value in made.items() if value}, document

    def pages(self) -> None:
        """`_pages/*.md` as pages (named by their permalink), but for those sitegen makes itself;
        an HTML page (a Liquid layout's) is reported; those that translate another first."""
        self._translated_pages()
        folder = self.source / "_pages"
        for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
            if slugify(path.stem) not in self.made_pages:
                self.note(path, "not imported: an HTML page made by Jekyll's layouts; put its text in a Markdown page")
            elif slugify(path.stem) in _LISTS:  # academicpages' publications.html
                self._list_page(path, slugify(path.stem))
        for path in self.page_files():
            if self.consumed(path):
                continue
            document = self.document(path)
            meta = document.meta
            name = self.page_name(path)
            if name in self.made_pages or slugify(path.stem) in self.made_pages:
                kind = name if name in _LISTS else slugify(path.stem)  # (publications.md at /research/ too)
                listed = kind in _LISTS and self._list_page(path, kind)
                if kind in _LISTS:  # (its old address, /publications.html, leads to sitegen's list)
                    self.moved.update(dict.fromkeys(self.unclaimed_old_pages(meta, f"/{kind}/", path), f"/{kind}/"))
                if not listed and (reason := self.made_pages.get(name) or self.made_pages.get(slugify(path.stem), "")):
                    self.note(path, f"not imported: {reason}")
                continue
            title, text, first_line = titled(document, str(meta.get("title") or "").strip(), path.stem)
            page: dict[str, Any] = {"title": title}
            if (place := self.menu_place(meta, name)) is not None:
                page["menu"] = place
            if old := self.unclaimed_old_pages(meta, f"/{name}/", path):
                page["redirect_from"] = old
            self.write(f"content/pages/{name}.md", front_matter(page) + self.markdown(text, path, first_line, meta))

    def about_page(self) -> Path:
        """The page whose text is the owner's biography."""
        return self.source / "_pages" / "about.md"

    def site_language(self) -> str:
        """The old site's language (its configuration's)."""
        return "en"

    def profile_translation(self, path: Path, code: str) -> tuple[str, str]:
        """The file the about page's translation `path` becomes, and what it holds."""
        raise NotImplementedError

    def page_translations(self) -> dict[Path, tuple[Path, str]]:
        """The pages that translate another, each with its original and language: a fork's
        `about_zh.md` beside `about.md` (often with `lang: zh` and `permalink: /zh/about/`), whose
        language the site then has (site.yml's `languages`). One is taken for a translation when
        it says so (`lang:`, a permalink in the language's folder) or is Chinese, which forks add
        by far the most; not `services-it.md` of a site's IT services. A copy of a page sitegen
        makes itself (`publications_zh.md`) is none: `_translated_pages` notes it."""
        if self._page_translations is None:
            self._page_translations = {}
            own = self.site_language().split("-")[0].lower()
            for path in self.page_files() if self.TRANSLATES_PAGES else []:
                found = _TRANSLATED_PAGE.fullmatch(path.stem)
                original = path.with_name(f"{found.group(1)}{path.suffix}") if found else path
                if found is None or not original.is_file():
                    continue
                meta = self.document(path).meta
                code = language_code(text(meta.get("lang")) or found.group(2))
                folder = str(meta.get("permalink") or "").strip("/").split("/")[0].lower()
                said = bool(text(meta.get("lang"))) or folder in (found.group(2).lower(), code.lower()) or code.startswith("zh")
                if said and code.split("-")[0].lower() != own:
                    self._page_translations[path] = (original, code)
        return self._page_translations

    def translations_moved(self) -> dict[str, str]:
        """Each translated page's old addresses (`permalink: /zh/about/`, its `redirect_from`) ->
        where it is now (/zh/); not those its original had, which a copy keeps (`permalink: /`,
        `redirect_from: /about/`): they lead to the original, whichever is imported first."""
        moved = {}
        for path, (original, code) in self.page_translations().items():
            now = f"/{code}/" if self._is_about(original) else f"/{code}/{self.page_name(original)}/"
            theirs = {redirect_file(old) for old in old_pages(self.document(original).meta, "")} | {redirect_file("/")}
            own = [old for old in old_pages(self.document(path).meta, now) if redirect_file(old) not in theirs]
            moved |= dict.fromkeys(self.unclaimed_old_pages({"redirect_from": own}, now, path), now)
        return moved

    def _translated_pages(self) -> None:
        """The pages that translate another: the about page's the owner's profile's translation
        (`profile_translation`), another's the page's (`content/pages/cv.de.md`, its own title)."""
        for path, (original, code) in self.page_translations().items():
            document = self.document(path)
            self.consume(path)
            made = self.page_name(original)
            if not self._is_about(original) and made in self.made_pages:  # (else it would take its original's place)
                self.note(path, f"not imported: the {code} copy of a page sitegen makes itself ({self.made_pages[made]})")
                continue
            if self._is_about(original):
                target, written = self.profile_translation(path, code)
            else:
                title, body, first_line = titled(document, text(document.meta.get("title")), path.stem)
                target = f"content/pages/{self.page_name(original)}.{code}.md"
                written = front_matter({"title": title}) + self.markdown(body, path, first_line, document.meta)
            self.write(target, written)
            self.note(path, f"the {code} translation of {original.name} ({target})")

    def _is_about(self, path: Path) -> bool:
        return path.resolve() == self.about_page().resolve()

    def page_name(self, path: Path) -> str:
        """The name of a page of the old site on the new one: its permalink's last part, or its file's."""
        return slugify(str(self.document(path).meta.get("permalink") or path.stem).strip("/").split("/")[-1] or path.stem)

    def page_files(self) -> list[Path]:
        """The Markdown files of the old site's pages: Jekyll's `_pages/` (the templates' own folder)."""
        return markdown_files(self.source / "_pages")

    def _list_page(self, path: Path, name: str) -> bool:
        """An old site's page of a list sitegen makes (/publications/ ...): what its owner wrote
        above the list (its own `description`, "* denotes equal contribution"; academicpages' "You
        can also find my articles on my Google Scholar profile"; papers listed by hand) leads
        sitegen's list (content/pages/<name>.md); the list itself is sitegen's. True if it had any."""
        document = self.document(path)
        above = _LIST_STARTS.split(document.body, maxsplit=1)[0]
        above = _AUTHOR_CONDITION.sub(lambda found: found.group(2) if self._author(found.group(1)) else "", above)
        above = AUTHOR_VALUE.sub(lambda found: self._author(found.group(1)), _COMMENTS.sub("", above))
        above = _OTHER_CONDITION.sub("", above)  # a condition it cannot weigh (`site.talkmap_link`): out, with its text
        if name == "publications":
            above = self.papers_listed(above, path, document.body_line)
        made = self.markdown(above, path, document.body_line, document.meta).strip()  # other Liquid as in any page
        parts = [_own_description(document.meta), made if _TAG.sub("", made).strip() else ""]
        if not (said := "\n\n".join(part for part in parts if part)):
            return False
        self.write(f"content/pages/{name}.md", said + "\n")
        self.note(path, f"what it says above its list leads sitegen's list at /{name}/ (content/pages/{name}.md)")
        return True

    def papers_listed(self, text: str, path: Path, first_line: int) -> str:
        """A publications page's text without the papers it lists by hand, which an importer that
        reads them makes entries of (academicpages' and al-folio's, paperlist.HandWrittenPapers); here
        it is kept."""
        return text

    def _author(self, key: str) -> str:
        """A value of the site's author (academicpages' `author:` in _config.yml), "" for none."""
        return text(self.author.get(key))

    def biography(self, text: str, path: Path, first_line: int) -> str:
        """A profile's text as `markdown` makes it, but for the publication lists it had
        (jekyll-scholar's tag in an about page): noted and left out, since the profile lists its
        person's publications itself (all, or the selected)."""
        made = self.markdown(text, path, first_line)
        if "::: publications" not in made:
            return made
        kept = []
        for number, line in enumerate(made.splitlines(keepends=True), first_line):
            if OPENING.match(line.rstrip("\n")):
                self.note(path, "its list of publications is left out: the profile lists them itself", number)
            else:
                kept.append(line)
        return "".join(kept)

    def scholar_bibliography(self) -> list[str]:
        """jekyll-scholar's .bib files (`scholar.source`, `_bibliography/` by default) copied to
        content/publications/ as they are, but for the empty front matter al-folio gives them for
        Liquid; their names."""
        scholar = self.config.get("scholar") if isinstance(self.config.get("scholar"), dict) else {}
        folder = (self.source / str(scholar.get("source") or "_bibliography")).resolve()
        if not folder.is_relative_to(self.source.resolve()):  # `source: ../elsewhere`: not this site's
            folder = self.source / "_bibliography"
        names = []
        for bib in sorted(folder.glob("*.bib")) if folder.is_dir() else []:
            self.write(f"content/publications/{bib.name}", JEKYLL_FRONT_MATTER.sub("", self.read(bib), count=1))
            names.append(bib.name)
        return names

    def other_collections(self) -> None:
        """Each Jekyll collection of `_config.yml` with pages of its own (`output: true`) that the
        importer does not read itself (al-folio's books, a site's `research-themes`): its
        documents become pages, answering at their old addresses (`/:collection/:path/`, or the
        collection's permalink)."""
        declared = self.config.get("collections") if isinstance(self.config.get("collections"), dict) else {}
        for name, settings in declared.items():
            settings = settings if isinstance(settings, dict) else {}
            if str(name) in self.collections or settings.get("output") is not True:
                continue
            files = markdown_files(self.source / f"_{name}")
            pattern = str(settings.get("permalink") or "/:collection/:path/")
            for path in files:
                document = self.document(path)
                title, written, first_line = titled(document, text(document.meta.get("title")), path.stem)
                page: dict[str, Any] = {"title": title}
                old = pattern.replace(":collection", str(name)).replace(":path", path.stem).replace(":name", path.stem)
                if moved := one_each([str(document.meta.get("permalink") or ""), old], f"/{slugify(path.stem)}/"):
                    page["redirect_from"] = moved
                body = self.markdown(written, path, first_line, document.meta)
                self.write(f"content/pages/{slugify(path.stem)}.md", front_matter(page) + body)
            if files:
                documents = f"{len(files)} document{'s' if len(files) > 1 else ''}"
                self.note(self.source / f"_{name}", f"the collection '{name}' ({documents}) became pages")

    def bibliographies(self, text: str, path: Path, first_line: int, meta: dict) -> str:
        """jekyll-scholar's `{% bibliography -f papers -q @*[year=2020]* %}` (al-folio's pages) as
        sitegen's `::: publications file=papers year=2020`, and al-folio's loop of one per year
        (`{% for y in page.years %}<h2>{{y}}</h2>{% bibliography -q @*[year={{y}}]* %}{% endfor %}`)
        as one list grouped by year, of the years the page names; what cannot be said is noted."""

        def converted(found: re.Match[str]) -> str:
            line = first_line + text.count("\n", 0, found.start())
            years = meta.get(found.group("years") or "", [])
            loop_years = [str(year) for year in years] if found.group("years") and isinstance(years, list) else None
            filters, problems = scholar_filters(found.group("arguments"), found.group("variable"), loop_years)
            for problem in problems:
                self.note(path, f"jekyll-scholar's {problem} is not carried over to the publication list", line)
            return "::: publications" + "".join(f" {name}={value}" for name, value in filters) + "\n" * found.group(0).count("\n")

        return BIBLIOGRAPHY.sub(converted, text) if "bibliography" in text else text

    def local_file(self, target: str) -> str:
        """A link to a file of the old site outside the folders copied whole (`../cv/cv.pdf`, a
        PDF in the repository's own folder): the file is copied to the same path in static/ and
        the link made to start at the site's root, so that it works from the page's new address."""
        relative = _UP.sub("", target)
        if _EXTERNAL.match(target) or relative.startswith(("_", ".")) or Path(relative).suffix.lower() in _SOURCES:
            return target
        found = next(
            (self.source / root / relative for root in self.file_roots if (self.source / root / relative).is_file()), None
        )
        if found is None or not found.resolve().is_relative_to(self.source.resolve()):  # none, or a link out of the site
            return target
        if not (self.target / "static" / relative).exists():
            self.copy_file(found, f"static/{relative}")
        return f"/{relative}"

    def course_page(self, path: Path, document: Document, title: str, old: list[str], lead: str = "") -> str:
        """A course's text as a page of its own (out of the menu; the profile's Teaching links it),
        answering at its old addresses too; its path in the new site. `lead`: Markdown put first
        (al-folio's schedule)."""
        name = slugify(path.stem)
        page: dict[str, Any] = {"title": title}
        if moved := one_each(
            [str(document.meta.get("permalink") or ""), *as_list(document.meta.get("redirect_from")), *old], f"/{name}/"
        ):
            page["redirect_from"] = moved
        body = self.markdown(document.body, path, document.body_line, document.meta)
        self.write(f"content/pages/{name}.md", front_matter(page) + lead + body)
        return f"/{name}/"

    def menu_place(self, meta: dict, name: str) -> int | None:
        """The page's place in the menu, or None when it is not in the menu."""
        return None

    def old_addresses(self, meta: dict, dated: dt.date, title: str) -> list[str]:
        """Where a post was on the old site: its own `permalink`, or the one `_config.yml` gives
        posts (Jekyll's placeholders and styles; al-folio's is /blog/:year/:title/)."""
        own = str(meta.get("permalink") or "").strip()
        pattern = own or str(self.config.get("permalink") or "date").strip()
        pattern = _JEKYLL_STYLES.get(pattern, pattern)
        categories = meta.get("categories") or meta.get("category") or []
        categories = categories.split() if isinstance(categories, str) else [str(c) for c in categories]
        values = {
            ":categories": "/".join(slugify(c) for c in categories),
            ":year": f"{dated.year:04d}",
            ":short_year": f"{dated.year % 100:02d}",
            ":month": f"{dated.month:02d}",
            ":i_month": str(dated.month),
            ":day": f"{dated.day:02d}",
            ":i_day": str(dated.day),
            ":y_day": f"{dated.timetuple().tm_yday:03d}",
            ":title": title,
            ":slug": title,
            ":output_ext": ".html",
        }
        for placeholder in sorted(values, key=len, reverse=True):
            pattern = pattern.replace(placeholder, values[placeholder])
        address = re.sub(r"/{2,}", "/", "/" + pattern)
        return [address] if redirect_file(address) else []

    def blog(self, folder: Path | None = None, posts: list[Path] | None = None) -> None:
        """Blog posts (Jekyll's `_posts/`, or the given files of `folder`) as news items: sitegen's
        dated pages with a list, a feed and the latest on the home page. Said in a note, since the
        news of a site that had both now holds both."""
        folder = folder or self.source / "_posts"
        posts = markdown_files(folder) if posts is None else posts
        for path in posts:
            if (found := self.dated(path, {})) is None:
                continue
            item, document = found
            title = _DATED_NAME.sub("", path.stem) if path.name != "index.md" else path.parent.name
            name = slugify(title)
            if old := self.old_addresses(document.meta, day(item["date"]), title):  # links to it keep working
                item["redirect_from"] = old
            heading, text, first_line = titled(document, item.get("title", ""), title)
            body = self.markdown(text, path, first_line)
            item = {"title": heading, **item}
            self.write(f"content/news/{item['date']}-{name}.md", front_matter(item) + body)
            for code, translation in self.translations(path).items():
                self.translation(translation, item, {}, f"content/news/{item['date']}-{name}.{code}.md")
            if path.name == "index.md":  # a Hugo page bundle: its pictures and files beside it, where its links find them
                for resource in sorted(path.parent.iterdir()):
                    if resource.is_file() and resource.suffix.lower() != ".md":
                        self.copy_file(resource, f"static/news/{item['date']}-{name}/{resource.name}")
        if posts:
            count = f"{len(posts)} blog post{'' if len(posts) == 1 else 's'}"
            self.note(folder, f"{count} made news items (sitegen has no blog apart from them); move any to a page if you prefer")

    def markdown(self, text: str, path: Path, first_line: int, meta: dict | None = None) -> str:
        """A Markdown body with Jekyll's Liquid in sitegen's form; what is left is reported.
        `meta`: the page's front matter, which jekyll-scholar's loops over `page.years` read."""
        text = self.bibliographies(text, path, first_line, meta or {})
        text = emojized(text) if self.emoji else text
        text = without_kramdown_attributes(text)
        text = page_variables(text, meta or {})
        text = self._without_theme_code(text, path, first_line)
        text = _HIGHLIGHT.sub(_fenced, text)
        text = _SHORTCODE_PAIR.sub(_paired_shortcode, text)
        text = _ALERT.sub(_alert, text)
        text = _SHORTCODE.sub(_shortcode, text)
        text = _GIST.sub(lambda found: gist_link(found.group(1), found.group(2) or ""), text)
        text = _RAW.sub("", text)
        text = _CITE.sub(lambda m: "[" + "; ".join(f"@{key}" for key in m.group(1).split()) + "]", text)
        text = _BASEURL.sub("", text)
        text = _RELATIVE_URL.sub(lambda found: found.group(2), text)
        text = _FIGURE.sub(_figure, text)
        text = _BASE_PATH.sub("", text)
        for loop in _COLLECTION_LOOP.finditer(text):
            if loop.group(1) != "publications":  # those are a publication list of the page (publist.py)
                line = first_line + text.count("\n", 0, loop.start())
                self.note(path, f"the list Jekyll made here of site.{loop.group(1)} is a link to sitegen's list now", line)
        text = _COLLECTION_LOOP.sub(_collection_link, text)
        text = _LOCAL_LINK.sub(lambda link: link.group(1) + self.local_file(link.group(2)), text)
        for number, line in enumerate(text.splitlines(), first_line):
            if "{{<" in line or "{{%" in line:
                self.note(path, "a Hugo shortcode that sitegen does not run (edit it by hand): " + line.strip()[:80], number)
            elif "{%" in line or "{{" in line:
                self.note(path, "Liquid that sitegen does not run (edit it by hand): " + line.strip()[:80], number)
        return text.replace(_LEFT_OUT_LINE, "")

    def _without_theme_code(self, text: str, path: Path, first_line: int) -> str:
        """A page's own `<style>` and `<script>` blocks left out, with a note: the old theme's
        styling and scripts, which sitegen's pages do not run (its Markdown drops them anyway); of
        a page written as a whole HTML document, its `<head>` and the tags around its body too.
        Those in a fenced code block stay, as code."""
        if "</s" not in text.lower() and "</h" not in text.lower():
            return text
        kept, end = [], 0
        for block in _STYLE_OR_SCRIPT.finditer(text):
            if (tag := block.group("tag")) is None:  # a fenced code block: shown as written
                continue
            line = first_line + text.count("\n", 0, block.start())
            self.note(path, f"its <{tag.lower()}> block is left out: {_LEFT_OUT[tag.lower()]}", line)
            kept.append(text[end : block.start()] + _LEFT_OUT_LINE * block.group(0).count("\n"))  # later notes keep their lines
            end = block.end()
        return _DOCUMENT_TAGS.sub("", "".join(kept) + text[end:])


# -- Liquid -----------------------------------------------------------------------------------------
# a page's own <style> or <script> block, or a fenced code block (which may show one as code)
_STYLE_OR_SCRIPT = re.compile(
    r"^[ \t]*(?P<fence>```|~~~).*?^[ \t]*(?P=fence)|<(?P<tag>style|script|head)\b[^>]*>.*?</(?P=tag)\s*>\n?",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
_LEFT_OUT = {
    "style": "sitegen's theme styles the page",
    "script": "sitegen's pages run no scripts of their own",
    "head": "the page was a whole HTML document; its text is kept",
}
_LEFT_OUT_LINE = "\x1f\n"  # a line of what was left out, while the rest is read (the notes count lines); then none
_DOCUMENT_TAGS = re.compile(r"<!doctype[^>]*>|</?(?:html|body)\b[^>]*>", re.IGNORECASE)  # a whole document's wrapper


def page_variables(text: str, meta: dict) -> str:
    """`{{ page.authors }}` as the page's front matter gives it (a text or number; a Markdown
    link written as the value, `[OpenReview](https://...)`, is its address, since the page puts
    it in a link of its own); what the front matter does not give stays, to be reported."""

    def value(found: re.Match[str]) -> str:
        given = meta.get(found.group(1))
        if isinstance(given, bool) or not isinstance(given, (str, int, float, dt.date)):
            return found.group(0)
        return address_of(str(given).strip())

    return _PAGE_VARIABLE.sub(value, text) if "page." in text else text


def address_of(value: str) -> str:
    """A link's value as its address: a Markdown link written as the value (`[OpenReview](https://...)`,
    as some sites write `paperurl`) is its address; any other value is itself."""
    link = _MARKDOWN_LINK.fullmatch(value)
    return link.group(1) if link else value


_PAGE_VARIABLE = re.compile(r"\{\{-?\s*page\.([\w-]+)\s*-?\}\}")
_MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\((\S+?)\)")
_RAW = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")
# `{% highlight python linenos %}...{% endhighlight %}`: Jekyll's coloured code
_HIGHLIGHT = re.compile(r"\{%-?\s*highlight\s+([\w+#.-]+)[^%]*?-?%\}\n?(.*?)\n?\{%-?\s*endhighlight\s*-?%\}", re.DOTALL)
_CITE = re.compile(r"\{%-?\s*cite\s+([^%]+?)\s*-?%\}")
# `{{ '/assets/img/x.jpg' | relative_url }}` (or `absolute_url`, `prepend: site.baseurl`): the path itself
_RELATIVE_URL = re.compile(
    r"""\{\{-?\s*(['"])([^'"{}]*)\1\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl)\s*-?\}\}"""
)
_BASEURL = re.compile(r"\{\{-?\s*(?:site\.url\s*-?\}\}\{\{-?\s*)?site\.baseurl\s*-?\}\}|\{\{-?\s*site\.url\s*-?\}\}")
_FIGURE = re.compile(r"\{%-?\s*include\s+(?:figure|video|audio)\.(?:liquid|html)\s+([^%]*?)-?%\}")  # al-folio's
_BASE_PATH = re.compile(r"\{%-?\s*include\s+base_path\s*-?%\}")  # academicpages' (sets a variable)
# academicpages' lists of a collection in a page (its CV): `{% for post in site.publications %}...{% endfor %}`
_COLLECTION_LOOP = re.compile(
    r"(?:<ul>\s*)?\{%-?\s*for\s+\w+\s+in\s+site\.(publications|talks|portfolio|posts)\b[^%]*%\}.*?"
    r"\{%-?\s*endfor\s*-?%\}(?:\s*</ul>)?",
    re.DOTALL,
)
# a link's or picture's target in Markdown or HTML: `](target)`, `href="target"`, `src='target'`
_LOCAL_LINK = re.compile(r"""(\]\(\s*|\b(?:href|src)\s*=\s*["'])([^\s()"'#?]+)""")
_UP = re.compile(r"^(?:\.{1,2}/|/)+")  # `../`, `./`, `/` before a path of the site
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # https:, mailto:, //host
_SOURCES = {".md", ".markdown", ".html", ".htm", ".liquid", ".yml", ".yaml", ""}  # pages, not files to copy
_COLLECTION_PAGES = {"publications": "publications", "talks": "talks", "portfolio": "projects", "posts": "news"}
_ARGUMENT = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
# Jekyll's named permalink styles
_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_FIRST_HEADING = re.compile(r"\A\s*#\s+(.+?)\s*#*\s*(?:\n|\Z)")  # the text opens with its title ("# Title")
_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")  # Jekyll's post names: 2015-03-15-formatting-and-links
JEKYLL_FRONT_MATTER = re.compile(r"\A---\s*\n(?:.*?\n)?---\s*\n", re.DOTALL)  # al-folio's .bib has one, for Liquid


# Hugo's shortcodes as Hugo Blox's pages use them: `{{< name args >}}` (or `{{% ... %}}`), and those
# with an inner part closed by `{{< /name >}}` (not one closed in itself, `{{< button ... />}}`)
_SHORTCODE_PAIR = re.compile(
    r"\{\{[<%]\s*(highlight|math|callout|alert|button)\b([^}]*?)\s*(?<!/)[>%]\}\}\n?(.*?)\n?\{\{[<%]\s*/\1\s*[>%]\}\}",
    re.DOTALL,
)
_SHORTCODE = re.compile(r"\{\{[<%]\s*(figure|youtube|gist|button)\b([^}]*?)\s*/?\s*[>%]\}\}")
# jekyll-gist's `{% gist user/id [file] %}` (Hugo's shortcode is `{{< gist user id [file] >}}`)
_GIST = re.compile(r"\{%-?\s*gist\s+([^\s%]+)(?:\s+([^\s%]+))?\s*-?%\}")


def _paired_shortcode(match: re.Match[str]) -> str:
    """`highlight LANG` -> a fenced block; `math` -> its formula (sitegen reads math without it);
    `callout note` (Hugo Blox's; `alert` in Wowchemy's) -> a quoted paragraph led by its kind;
    `button url=...` around its words -> a link."""
    name, arguments, inner = match.groups()
    first = (arguments.split() or [""])[0].strip("\"'")
    if name == "button":
        return _button(_named(arguments), inner) or match.group(0)
    if name == "highlight":
        return _fenced_block(first, inner)
    if name == "math":
        return inner
    lead = f"**{first.capitalize()}:** " if first else ""
    return "\n".join("> " + line for line in (lead + inner.strip()).splitlines())


# GitHub's (and Obsidian's, and Hugo Blox's) alerts: `> [!NOTE]` (or `> [!TIP] Its title`) leading a quote
_ALERT = re.compile(r"^([ \t]*>[ \t]*)\[!([A-Za-z]+)\][-+]?[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def _alert(match: re.Match[str]) -> str:
    """An alert's marker as its quote's lead, as a `callout` becomes: `> [!NOTE]` then `> Read it.`
    is `> **Note:** Read it.`; a title after the marker is the lead, on a line of its own."""
    quote, kind, title = match.groups()
    title = title.replace("**", "").strip()
    return f"{quote}**{kind.capitalize()}: {title}**  " if title else f"{quote}**{kind.capitalize()}:**"


def _shortcode(match: re.Match[str]) -> str:
    """`figure src=... caption=...` -> an image (its caption in italics below); `youtube ID` -> the
    video as Markdown shows one (embeds.py: a play button that loads YouTube's player when pressed)."""
    name, arguments = match.groups()
    named = _named(arguments)
    if name == "button":
        return _button(named) or match.group(0)
    if name == "gist":
        parts = [part.strip("\"'") for part in arguments.split()]
        return gist_link("/".join(parts[:2]), parts[2] if len(parts) > 2 else "") if len(parts) >= 2 else match.group(0)
    if name == "youtube":
        video = named.get("id") or (arguments.split() or [""])[0].strip("\"'")
        title = named.get("title") or "Video"
        return f"![{title}](https://www.youtube.com/watch?v={video})" if video else match.group(0)  # its play button
    source = named.get("src", "").strip()
    if not source:
        return match.group(0)
    caption = named.get("caption") or named.get("title") or ""
    image = f"![{named.get('alt') or caption}]({source})"
    return f"{image}\n\n*{caption}*" if caption else image


def _named(arguments: str) -> dict[str, str]:
    """A shortcode's or Liquid include's named arguments: `src="a.png" caption='A' width=300`."""
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _ARGUMENT.finditer(arguments)}


def _button(named: dict[str, str], inner: str = "") -> str:
    """Hugo Blox's `button` (`url="..." text="..."`, or its words between `{{< button >}}` and
    `{{< /button >}}`) as a link; "" when it has no address or words."""
    words, address = (named.get("text") or inner).strip(), named.get("url", "").strip()
    return f"[{words}](<{address}>)" if words and address else ""


def gist_link(identifier: str, file: str = "") -> str:
    """A GitHub gist the old site embedded (GitHub's script, run in every reader's browser) as a
    link to it: `[tool.py (GitHub Gist)](https://gist.github.com/user/id#file-tool-py)`."""
    address, words = gist(f"https://gist.github.com/{identifier}", file)
    return f"[{words}]({address})"


def _collection_link(match: re.Match[str]) -> str:
    """A Jekyll loop over a collection as the list of publications in its place, or a link to the
    list sitegen makes of the others; the lines after keep their numbers."""
    page = _COLLECTION_PAGES[match.group(1)]
    made = "::: publications" if page == "publications" else f"[All {page}](/{page}/)"
    return made + "\n" * match.group(0).count("\n")


def _fenced(match: re.Match[str]) -> str:
    """A Jekyll `highlight` block as a fenced code block of the same language, which sitegen colours too."""
    return _fenced_block(match.group(1), match.group(2))


def _fenced_block(language: str, code: str) -> str:
    fence = "~~~" if "```" in code else "```"
    return f"{fence}{language}\n{code}\n{fence}"


def _figure(match: re.Match[str]) -> str:
    """al-folio's `{% include figure.liquid path="assets/img/1.jpg" title="..." %}` as a Markdown
    image; its `video.liquid` and `audio.liquid` too, which Markdown shows as players (embeds.py:
    a file's player, a YouTube or Vimeo address's play button)."""
    arguments = _named(match.group(1))
    path = arguments.get("path", "").strip()
    if not path:
        return match.group(0)
    alt = arguments.get("alt") or arguments.get("title") or arguments.get("caption") or ""
    return f"![{alt}]({path if _EXTERNAL.match(path) else '/' + path.lstrip('/')})"


# -- values -----------------------------------------------------------------------------------------
_TAG = re.compile(r"<[^>]+>")
HTML_LINK = re.compile(r"""<a\s[^>]*?\bhref=["']([^"']+)["'][^>]*>(.*?)</a\s*>""", re.IGNORECASE | re.DOTALL)


def html_as_markdown(markup: str) -> str:
    """A line's HTML emphasis and links as Markdown's, which a profile's fields and texts show
    (and the one-page templates' readers read); its spans their words (`<span
    class="news-date">2026.04</span>`); a link to no page of its own (`href="#"`, a template's
    placeholder) its words."""
    markup = re.sub(r"\s*<span\b[^>]*>\s*|\s*</span>\s*", " ", markup, flags=re.IGNORECASE).strip()
    markup = re.sub(r"<(em|i)\b[^>]*>(.*?)</\1>", r"*\2*", markup, flags=re.IGNORECASE | re.DOTALL)
    markup = re.sub(r"<(strong|b)\b[^>]*>(.*?)</\1>", r"**\2**", markup, flags=re.IGNORECASE | re.DOTALL)
    return HTML_LINK.sub(lambda link: f"[{link.group(2)}]({link.group(1)})" if link.group(1) != "#" else link.group(2), markup)


def _own_description(meta: dict) -> str:
    """A list page's `description` when its owner wrote one ("* denotes equal contribution"), as
    Markdown (a leading `*` is no bullet); "" for none or al-folio's own."""
    said = str(meta.get("description") or "").strip()
    if not said or _TEMPLATE_DESCRIPTION.search(said):
        return ""
    return re.sub(r"^([*+-])(\s)", r"\\\1\2", said)


def without_kramdown_attributes(text: str) -> str:
    """Markdown without kramdown's attributes (`[PDF](...){: .btn}`: the theme's styling, which
    sitegen's Markdown would show as written); code as it is."""
    return _KRAMDOWN_ATTRIBUTES.sub(lambda found: found.group(1) or "", text) if "{:" in text else text


# the lists sitegen makes that an old site's page of the same name may say a word above
# a Markdown code block or span (kept), or kramdown's attributes of what is before them (`[Site](...){:target="_blank"}`,
# `{: .btn}`), which sitegen's Markdown would show as written: the theme's styling
_KRAMDOWN_ATTRIBUTES = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]+`)|[ \t]*\{:[^}\n]*\}", re.DOTALL)
# a Markdown code block or span (kept), or an emoji's shortcode (`:wave:`, `:+1:`)
_EMOJI_SHORTCODE = re.compile(
    r"(```.*?```|~~~.*?~~~|`[^`\n]+`)|(?<![\w/:]):[a-z0-9_+-]+:(?![\w/])", re.DOTALL
)  # (not an address's "/a:b:c")
REPOSITORY_FILES = re.compile(  # the repository's, which GitHub Pages makes no page of
    r"^(?:readme|licen[cs]e|copying|changelog|contributing|code_of_conduct|issue_template|pull_request_template|security)\b",
    re.IGNORECASE,
)
_LISTS = frozenset({"publications", "projects", "news", "talks"})
# where such a page's list begins: a loop over a collection or the years, academicpages'
# categories, jekyll-scholar's tag
_LIST_STARTS = re.compile(
    r"\{%-?\s*(?:for\s+\w+\s+in\s+(?:site|page)\.|if\s+site\.publication_category|bibliography\b)", re.IGNORECASE
)
# `{% if author.googlescholar %}...{% endif %}` (or `site.author`): kept when the author has it
_AUTHOR_CONDITION = re.compile(r"\{%-?\s*if\s+(?:site\.)?author\.(\w+)\s*-?%\}(.*?)\{%-?\s*endif\s*-?%\}", re.DOTALL)
_OTHER_CONDITION = re.compile(r"\{%-?\s*(if|unless)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}", re.DOTALL)
AUTHOR_VALUE = re.compile(r"\{\{-?\s*(?:site\.)?author\.(\w+)\s*-?\}\}")
# HTML's and Liquid's comments (a page's <script> and <style> markdown() leaves out, with a note)
_COMMENTS = re.compile(r"<!--.*?-->|\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL | re.IGNORECASE)
_TEMPLATE_DESCRIPTION = re.compile(
    r"publications by categories in reversed chronological order|generated by jekyll-scholar|your cool projects", re.IGNORECASE
)


def toml_front_matter(text: str, path: Path) -> Document:
    """A page whose front matter is TOML between `+++` lines (Hugo's other form): its keys, each
    with its line (a table's from its `[name]`), and the body after it."""
    lines = text.splitlines(keepends=True)
    end = next((index for index in range(1, len(lines)) if lines[index].rstrip() == "+++"), None)
    if end is None:
        raise SitegenError("front matter opened with '+++' on line 1 is never closed: add a line '+++' after it", path, 1)
    try:
        data = tomllib.loads("".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        line = int(found.group(1)) + 1 if (found := re.search(r"line (\d+)", str(error))) else 1
        raise SitegenError(f"invalid TOML: {error}", path, line) from None
    meta = LineDict(data)
    in_table = False  # after a `[table]` header every key is the table's
    for number, line in enumerate(lines[1:end], 2):
        if (key := _TOML_KEY.match(line)) and key.group(1) not in meta.lines and (line.lstrip().startswith("[") or not in_table):
            meta.lines[key.group(1)] = number
        in_table = in_table or line.lstrip().startswith("[")
    for key, value in meta.items():
        meta[key] = _with_lines(value, meta.line_of(key))
    return Document(meta, "".join(lines[end + 1 :]), end + 2)


def _with_lines(value: Any, line: int) -> Any:
    """TOML's tables as `LineDict`s, each at the line of the key that holds it."""
    if isinstance(value, list):
        return [_with_lines(item, line) for item in value]
    if not isinstance(value, dict):
        return value
    table = LineDict({key: _with_lines(item, line) for key, item in value.items()})
    table.start_line = line
    return table


_TOML_KEY = re.compile(r"^\s*\[{0,2}\s*([\w-]+)\s*(?:=|\]{1,2})")  # `title = ...`, `[[url_custom]]`


def text(value: Any) -> str:
    """A value as one line of text: HTML tags (al-folio's subtitle, academicpages' excerpts) dropped."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    if "<" not in str(value):
        return str(value).strip()
    lines = (line.strip(" ,.") for line in _TAG.sub("\n", str(value)).splitlines())
    return ", ".join(line for line in lines if line)


def shown_text(value: Any) -> str:
    """A line a template writes as HTML (academicpages' sidebar `bio`, al-folio's `subtitle`) as
    one line of a profile's field: its links and emphasis as Markdown's, which the profile shows
    ("PhD student at <a href=...>Vision Lab</a>"), any other tag left out."""
    return text(html_as_markdown(value) if isinstance(value, str) else value)


def link_field(label: str, url: str) -> str:
    """The BibTeX field sitegen shows a page's link as, from its words ("Replication materials",
    "Code", "Project page") or its address (doi.org, arXiv, GitHub); a paper's own link is `pdf`
    when it is a PDF, else `url`."""
    host = split_url(url).netloc.lower().removeprefix("www.")
    if host in ("doi.org", "dx.doi.org"):
        return "doi"
    if host == "arxiv.org":
        return "arxiv"
    if host in ("youtube.com", "youtu.be", "vimeo.com"):
        return "video"  # a recording, whatever the link says ("Presentation", "Talk")
    if field := next((field for field, words in _LINK_WORDS if words.search(label)), None):
        return field
    if host in ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org"):
        return "code"
    return "pdf" if split_url(url).path.lower().endswith(".pdf") else "url"


# words of a link's text -> the field it is (the first that matches: "Code and data" is code)
_LINK_WORDS = tuple(
    (field, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for field, words in (
        ("code", r"code|github|gitlab|software|implementation|repo(?:sitory)?"),
        ("slides", r"slides?|presentation"),
        ("poster", r"poster"),
        ("video", r"video|recording|youtube"),
        ("dataset", r"data(?:set)?|replication|materials"),
        ("supp", r"supp\w*|appendix|appendices"),
        ("blog", r"blog(?:\s*post)?"),
        ("website", r"project|website|web\s*page|homepage"),
    )
)


def numbered(name: str, taken: Container[str]) -> str:
    """`name`, or when another link took it, the first of name_2, name_3 ... that is free: a second
    link of a kind keeps a field of its own (code_2, the button [Code 2]) instead of being lost."""
    free, number = name, 1
    while free in taken:
        number += 1
        free = f"{name}_{number}"
    return free


def add_link(links: dict[str, str], kind: str, value: str) -> None:
    """A link under its kind, or numbered when another of its kind took that (a second GitHub
    account: github_2); the same value twice for one kind (an icon and its words) is one link."""
    same_kind = (name for name in links if name == kind or _numbered_from(name) == kind)
    if all(links[name] != value for name in same_kind):
        links[numbered(kind, links)] = value


def _numbered_from(name: str) -> str | None:
    """The kind a numbered link's key is of (`github_2`: github)."""
    numbered = NUMBERED_KIND.fullmatch(name)
    return numbered.group(1) if numbered else None


def one_each(addresses: list[str], new: str) -> list[str]:
    """Old addresses, one for each page they stand for (`/x` and `/x/` are one), but the new one."""
    files: dict[str, str] = {}
    for address in addresses:
        if (file := redirect_file(address)) is not None and file != redirect_file(new):
            files.setdefault(file, address)
    return list(files.values())


def old_pages(meta: dict, new: str) -> list[str]:
    """Where a page of the old site was, but for `new`: its `permalink` and the addresses its
    `redirect_from` (jekyll-redirect-from's) lists, so that links to them keep working."""
    return one_each([str(meta.get("permalink") or ""), *as_list(meta.get("redirect_from"))], new)


def titled(document: Document, title: str, name: str) -> tuple[str, str, int]:
    """A document's title, and its text and first line without a heading that repeats the title
    (the new page shows it): its own `title`, else its opening `# Heading`, else its file name's
    words as Jekyll makes a title of them ("track-changes" -> "Track Changes")."""
    text, first_line = document.body, document.body_line
    heading = _FIRST_HEADING.match(text)
    if heading and heading.group(1).strip() == (title or heading.group(1).strip()):
        text, first_line = text[heading.end() :], first_line + heading.group(0).count("\n")
    words = " ".join(word.capitalize() for word in re.split(r"[-_\s]+", name) if word)
    return title or (heading.group(1).strip() if heading else words), text, first_line


def bare_name(written: str) -> str:
    """A name as author lists write it, without the title or degrees a site's card wears with it:
    "David Shechter, PhD", "Julianne Otim (P.h.D)" and "Prof. Antonio Vitobello" are David Shechter,
    Julianne Otim and Antonio Vitobello,
    whom a paper's authors name so (a profile's name is what its publications are found by)."""
    written = _IN_BRACKETS_AT_END.sub(lambda found: "" if DEGREE.match(found[1].replace(".", "")) else found[0], written)
    name, *after = (part.strip() for part in HONORIFIC.sub("", written.strip()).split(","))
    while after and DEGREE.match(after[-1]):
        after.pop()
    return ", ".join([name, *after]) if name else written.strip()


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(item).strip() for item in (value if isinstance(value, list) else [value]) if str(item).strip()]


def written_day(value: Any) -> dt.date | None:
    """A news item's date as people write it: "November 2022", "Sept 2017", "September 26th, 2021",
    "2022-11-03" or a YAML date: its day (the first of a month without one)."""
    if isinstance(value, dt.date):
        return value
    written = str(value or "").strip()
    if found := re.match(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", written):
        year, month, number = int(found[1]), int(found[2]), int(found[3] or 1)
    elif found := re.match(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$", written):
        month = next((at for at, name in enumerate(MONTHS, 1) if name.startswith(found[2].lower()[:3])), 0)
        year, number = int(found[4]), int(found[1] or found[3] or 1)
    else:
        return None
    try:
        return dt.date(year, month, number)
    except ValueError:
        return None


def day(value: Any) -> dt.date | None:
    """A front matter date as Jekyll reads one: a YAML date, `2020-08-6` (no leading zero),
    or `12-06-2024` and `12/06/2024` day first, as Ruby's Date.parse takes them (month first
    when the day-first reading is no date: `06/30/2024`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = str(value or "").strip()
    if found := _YEAR_FIRST.match(written):
        year, month, number = (int(part) for part in found.groups())
        readings = [(year, month, number)]
    elif found := _DAY_FIRST.match(written):
        number, month, year = (int(part) for part in found.groups())
        readings = [(year, month, number), (year, number, month)]
    else:
        return None
    for year, month, number in readings:
        try:
            return dt.date(year, month, number)
        except ValueError:
            continue
    return None


_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


def base_url(url: str, baseurl: str) -> str:
    """Jekyll's `url` and `baseurl` as one address: https://you.github.io/repo/, or the path alone."""
    path = "/" + baseurl.strip("/") + "/" if baseurl.strip("/") else "/"
    return url.rstrip("/") + path if url.startswith(("http://", "https://")) else path


def bib_value(value: str, url: bool = False) -> str:
    """Text as a braced BibTeX value: braces dropped (they could unbalance it); in a text field,
    LaTeX's specials escaped (a URL keeps its `_`, `%` and `#`)."""
    value = value.replace("{", "").replace("}", "")
    return value if url else re.sub(r"([&%#_$])", r"\\\1", value.replace("\\", ""))


def front_matter(meta: dict[str, Any]) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def emojized(text: str) -> str:
    """GitHub's emoji shortcodes, which jemoji made the characters they stand for (`:wave:`,
    `:mortar_board:`), as those characters, but in code; a name with no character (`:octocat:`,
    an image of GitHub's) or none at all (`12:30:45`) as written."""
    from pymdownx import gemoji_db  # (GitHub's names: the table pymdown-extensions keeps)

    def character(found: re.Match[str]) -> str:
        if found.group(1):  # code, kept as written
            return found.group(1)
        name = gemoji_db.aliases.get(found.group(0), found.group(0))
        known = gemoji_db.emoji.get(name, {})
        points = known.get("unicode_alt") or known.get("unicode")  # (with the emoji presentation's selector, where it has one)
        return "".join(chr(int(point, 16)) for point in points.split("-")) if points else found.group(0)

    return _EMOJI_SHORTCODE.sub(character, text) if ":" in text else text


def markdown_files(folder: Path) -> list[Path]:
    """A Jekyll collection's (or `_pages/`') Markdown files, in its subfolders too, as Jekyll reads
    them (`_publications/conference/x.md`); what is named with `_` or `.` first Jekyll leaves out."""
    if not folder.is_dir():
        return []
    found = (path for path in folder.rglob("*.md") if path.is_file())
    return sorted(path for path in found if not any(part.startswith(("_", ".")) for part in path.relative_to(folder).parts))


# a page that translates another of its name: `about_zh.md`, `teaching-de.md` (Jekyll's sites' way)
_TRANSLATED_PAGE = re.compile(r"(.+?)[_-](zh|cn|en|de|fr|es|it|pt|ru|ja|jp|ko|kr|nl|pl|tr|ar|fa|vi|zh-cn|zh-tw)", re.IGNORECASE)
_LANGUAGE_NAMES = {"cn": "zh", "jp": "ja", "kr": "ko", "zh-cn": "zh-CN", "zh-tw": "zh-TW"}  # a country's code for its language


def language_code(written: str) -> str:
    """A page's language as sitegen's site.yml names it: "zh", "zh-CN"; a country's code written for
    its language ("cn", "jp") as the language's."""
    code = written.strip().replace("_", "-")
    return _LANGUAGE_NAMES.get(code.lower(), code.lower() if "-" not in code else code)
