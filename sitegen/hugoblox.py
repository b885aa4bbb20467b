"""A Hugo Blox (Wowchemy, Hugo Academic) site made into a sitegen site (`sitegen import`, migrate.py).

Hugo Blox keeps each person in `content/authors/<slug>/_index.md` (with `avatar.jpg` beside it),
each publication in `content/publication/<slug>/index.md` (and often a `cite.bib` beside it), talks
in `content/event/`, projects in `content/project/` (a `featured.jpg` beside each), and the site's
name and address in `config/_default/hugo.yaml` (or `config.yaml`, `config.toml`, or `hugo.toml`
at the top). They become sitegen's people (one author: a one-person site with them as owner;
several: a group site, each in the group of their first `user_groups`), one .bib file (a
publication's `cite.bib` as written, with the links of its page added; otherwise an entry made from
its front matter), talks and projects (with the publications that name them in `projects:`). A
site in more than one language keeps its languages and translations (by file name or in each
language's `contentDir`). What the front matter's fields become is hugofields.py's.
"""

from __future__ import annotations

import glob
import json
import re
import tomllib
from collections import Counter
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from sitegen.citationtext import listed_authors, markdown_as_latex, paragraphs_as_latex, venue_details
from sitegen.config import DEFAULT_GROUPS
from sitegen.errors import SitegenError
from sitegen.hugodata import data_entry, from_citation, publication_records, record_doi, record_title, unread_fields
from sitegen.hugofields import (
    CONTACT_BLOCKS,
    DOI_ADDRESS,
    ICONS,
    LIST_OF_SECTION,
    PEOPLE_BLOCKS,
    POST_SECTIONS,
    PROJECT_SECTIONS,
    PUBLICATION_SECTIONS,
    READ_SECTIONS,
    TALK_SECTIONS,
    TYPES,
    VENUE_FIELD,
    actions_text,
    author_annotations,
    before_more,
    block_folders,
    bundle_bib,
    contact_text,
    cv_records,
    entry_links,
    featured_only,
    hugo_addresses,
    hugo_path,
    link_addresses,
    linked_name,
    list_of,
    logos_text,
    map_contact,
    organizations_text,
    page_bundles,
    page_links,
    person_name,
    place_of,
    profile_of,
    publication_list,
    skills_text,
    stats_text,
    tables,
    with_links,
    without_placeholders,
)
from sitegen.i18n import is_language
from sitegen.languages import language_of
from sitegen.matching import fold
from sitegen.migrate import Migration, add_link, as_list, base_url, bib_value, day, dump, front_matter, one_each, text, titled
from sitegen.roles import DEFAULT_ROLE_GROUPS, role_group
from sitegen.slugs import slugify
from sitegen.urls import redirect_file, split_url
from sitegen.yamlfile import Document, load_yaml


class HugoBlox(Migration):
    file_roots = ("static", "content")  # Hugo serves both: static/ as it is, content/'s files beside the pages

    @staticmethod
    def recognises(source: Path) -> bool:
        if (source / "data" / "authors").is_dir() and (source / "content").is_dir():  # Hugo Blox Kit's people
            return True
        top = source / "content"
        languages = [folder for folder in sorted(top.glob("*")) if folder.is_dir() and is_language(folder.name)]
        for content in (top, *languages):  # a site of several languages keeps each one's in its folder (`contentDir`)
            if any((content / section).is_dir() for section in ("authors", "author", "publication")):
                return True
            if any(index.is_file() for index in (content / "publications").glob("*/index.md")):  # not sitegen's .bib files
                return True
        return False

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.config_file = source  # the file of Hugo's configuration, for notes about it
        self.config = self._hugo_config()
        self.emoji = self.config.get("enableemoji") is True  # Hugo's `:wave:` shortcodes, GitHub's as jemoji's
        self.content_dirs: dict[str, Path] = {}  # a language's own folder of content (Hugo's `contentDir`), by code
        self.languages = self._hugo_languages()  # further languages: code -> their site.yml settings (title, name)
        self.content = self.content_dirs.pop("", self.source / "content")  # the site's own language's
        self.widgets_imported: set[str] = set()  # Hugo Academic's home widgets that went into the owner's profile
        self.cited: dict[str, str] = {}  # Hugo Blox Kit's authors with only a name (co-authors): slug -> name
        self.authors = self._authors() or self._academic_author()  # slug -> (front matter, body, folder)
        self.names = {slug: person_name(meta, slug) for slug, (meta, _, _) in self.authors.items()}
        self.known = {**self.cited, **self.names}  # the names a page's `authors:` means by a slug
        # the file each becomes: Hugo Blox's `admin` and `me` are named after the person
        self.files = {slug: slugify(self.names[slug]) if slug in ("admin", "me") else slugify(slug) for slug in self.authors}
        superusers = [slug for slug, (meta, _, _) in self.authors.items() if meta.get("superuser") is True]
        self.owner = self.files.get((superusers or list(self.authors) or [""])[0], "")
        self.one_person = len(self.authors) <= 1
        self.project_keys: dict[str, list[str]] = {}
        self.profile_aliases: set[str] = set()  # the old addresses profiles took (`_old_profile_addresses`)
        self.settings: dict[str, Any] = {}  # site.yml's, but the redirects
        self.menu = self._menu()  # the site's own pages in its main menu, by address (`datasets`), in order
        self.post_section = POST_SECTIONS[0]  # the section of the posts being read (their old addresses)

    def old_addresses(self, meta: dict, dated: date, title: str) -> list[str]:
        return hugo_addresses(meta, self.post_section, title)

    def run(self) -> None:
        self.copy(self.source / "static", "static")  # Hugo's static/ is the site's root, as sitegen's
        self._publications()
        self._people()
        self._site()
        self._talks()
        self._projects()
        for self.post_section in POST_SECTIONS:
            if (posts := self.content / self.post_section).is_dir():
                self.blog(posts, [index for index, _ in page_bundles(posts, self.languages)])
        self._other_pages()
        self._lists_moved()
        self._people_text()
        self._untranslated()
        self._write_settings()

    def _write_settings(self) -> None:
        """content/site.yml: the settings `_site` read, and every old address that leads on."""
        self.write("content/site.yml", dump({**self.settings, **({"redirects": self.moved} if self.moved else {})}))

    def _other_pages(self) -> None:
        """Every other Markdown page of content/ (`privacy.md`, `reading/index.md`, a course's
        chapters) as a page named after its path, answering at its Hugo address; a section's list
        page (`_index.md`) when it has a text of its own. Slides (reveal.js) are named, not imported."""
        content = self.content
        widgets = []
        for path in sorted(content.rglob("*.md")) if content.is_dir() else []:
            if self.translation_of(path) or self.other_languages(path):
                continue  # read with its original (a page's, a profile's), or named below
            if (listed := list_of(path.relative_to(content))) is not None:
                self._list_text(path, listed)
                continue
            parts = self._page_path(path, path.relative_to(content))
            if parts is None:
                continue
            document = self.document(path)
            if path in self.other_people_pages and _people_only(document):
                self._shown_by_people_page(path, "/" + "/".join(hugo_path(part) for part in parts) + "/")
                continue
            if "widget" in document.meta:  # a section of Wowchemy's page builder (content/home/)
                if document.meta.get("widget") not in self.widgets_imported and not self.consumed(path):
                    widgets.append(path)
                continue
            if document.meta.get("headless") is True:  # a bundle that is no page (content/home/index.md)
                continue
            if path.name == "_index.md" and not document.body.strip():
                continue  # a list page with no text: its pages are imported each
            name = slugify("-".join(parts))
            title, written, first_line = titled(document, text(document.meta.get("title")), parts[-1] if parts else path.stem)
            page: dict[str, Any] = {"title": title}
            hugo_address = "/" + "/".join(hugo_path(part) for part in parts) + "/"
            body = (self.markdown(written, path, first_line).rstrip() + "\n\n" + self._page_blocks(document, path)).strip()
            if not body and document.meta.get("sections"):  # a page of the profile's blocks (Experience)
                self._shown_by_profile(document, path, hugo_address)
                continue
            if hugo_address.strip("/") in self.menu:
                page["menu"] = self.menu.index(hugo_address.strip("/")) + 1
            if old := one_each([hugo_address, *as_list(document.meta.get("aliases"))], f"/{name}/"):
                page["redirect_from"] = old
            self.write(f"content/pages/{name}.md", front_matter(page) + body + "\n")
            for code, translation in self.translations(path).items():
                self._translated_page(translation, parts, f"content/pages/{name}.{code}.md")
        if widgets:
            self.note(
                widgets[0].parent,
                f"{len(widgets)} widget{'s' if len(widgets) > 1 else ''} of Wowchemy's page builder (home page sections) "
                "not imported: the home page is made from the profiles; put a widget's text in content/index.md",
            )

    def _translated_page(self, path: Path, parts: tuple[str, ...], target: str) -> None:
        """A page's translation (`privacy.de.md`): its title and text (its place in the menu is its original's)."""
        document = self.document(path)
        title, written, first_line = titled(document, text(document.meta.get("title")), parts[-1] if parts else path.stem)
        body = (self.markdown(written, path, first_line).rstrip() + "\n\n" + self._page_blocks(document, path)).strip()
        self.write(target, front_matter({"title": title}) + body + "\n")
        self.translated.add(path)

    def _untranslated(self) -> None:
        """Says which translations were not imported: a landing page's whose owner's profile has
        no translation."""
        written = [p for p in sorted(self.content.rglob("*.md")) if self.translation_of(p)]
        written += [p for folder in self.content_dirs.values() for p in sorted(folder.rglob("*.md"))]
        left = [p for p in written if p not in self.translated]
        if left:
            self.note(
                left[0],
                f"{len(left)} translation{'s' if len(left) > 1 else ''} not imported (a landing page's whose profile "
                "has none): the owner's profile in another language is its translation "
                "(content/people/<name>.<language>.md, README: Languages)",
            )

    def _page_blocks(self, document: Document, path: Path) -> str:
        """A page's own blocks (`sections:` of a `type: landing` page) as its Markdown, as the home
        page's are read, but those of a person's profile (`resume-experience`, `resume-skills`
        ...), which the profile shows."""
        blocks = tables(document.meta.get("sections"))
        own = [block for block in blocks if not str(block.get("block") or "").startswith(("resume-", "biography"))]
        return self._home_text([(block, path, document.body_line) for block in own], path, "blocks of this page")

    def _people_page_blocks(self, document: Document, path: Path) -> str:
        """A people page's blocks as the Markdown that leads sitegen's People page: its blocks of
        words, and of each people block the subtitle and text (its title heads the group it shows,
        its members are sitegen's list)."""
        blocks = []
        for block in tables(document.meta.get("sections")):
            if block.get("block") in PEOPLE_BLOCKS:
                shown = block.get("content") if isinstance(block.get("content"), dict) else {}
                block = {"block": "markdown", "content": {"text": self._people_words(shown, path, document.body_line)}}
            blocks.append((block, path, document.body_line))
        return self._home_text(blocks, path, "blocks of this page")

    def _shown_by_people_page(self, path: Path, address: str) -> None:
        """A page of people blocks alone (a lab's alumni page): no page of its own, its address
        leading to the People page, which shows its groups."""
        if redirect_file(address):
            self.moved[address] = "/people/"
        self.note(path, "not made a page: the People page (/people/) shows the groups of its blocks; its address leads there")

    def _shown_by_profile(self, document: Document, path: Path, address: str) -> None:
        """A page made only of a profile's blocks (the current templates' content/experience.md):
        no page of its own, its address leading to the profile that shows the same."""
        blocks = tables(document.meta.get("sections"))
        shown = [block.get("content") for block in blocks if isinstance(block.get("content"), dict)]
        person = next((self.files[name] for content in shown if (name := text(content.get("username"))) in self.files), "")
        new = "/" if not person or (person == self.owner and self.one_person) else f"/people/{person}/"
        if redirect_file(address):
            self.moved[address] = new
        self.note(path, f"not made a page: its blocks show what the profile at {new} shows; its address leads there")

    def _page_path(self, path: Path, relative: Path) -> tuple[str, ...] | None:
        """The parts of a content page's address (`teaching/example/index.md`: teaching, example),
        or None for one read elsewhere, slides, or one where sitegen makes a list of its own."""
        if relative.parts[0] in READ_SECTIONS or relative == Path("_index.md"):
            return None
        if relative.parts[0] == "slides":
            self.note(path, "slides (reveal.js) are not imported: link the deck's PDF from a talk instead")
            return None
        return relative.parts[:-1] if path.stem in ("index", "_index") else (*relative.parts[:-1], path.stem)

    def _list_text(self, path: Path, listed: str) -> None:
        """A section's list page (`content/publication/_index.md`, `content/people/index.md`): its
        text, if it has one, leads the list sitegen makes (`content/pages/publications.md`), its
        title naming it unless it is the list's own name; its blocks are named, not imported."""
        document = self.document(path)
        if (document.meta.get("sections") or document.meta.get("widget")) and listed != "people":
            self.note(path, f"its blocks are not imported: sitegen makes /{listed}/ itself; its text leads that list")
        self._leading_text(path, listed, f"content/pages/{listed}.md")
        for code, translation in self.translations(path).items():
            self._leading_text(translation, listed, f"content/pages/{listed}.{code}.md")
            self.translated.add(translation)

    def _lists_moved(self) -> None:
        """The old addresses of the lists sitegen makes under names of its own: Hugo's list of a
        section (`/publication/`, `/event/`, `/post/`, `/authors/`) leads to sitegen's
        (`/publications/`, `/talks/` ...); so do the `aliases` of its list page (a lab's
        people/_index.md answering for its old `/member/` list)."""
        for listed in dict.fromkeys(LIST_OF_SECTION.values()):
            new = "/" if listed == "people" and self.one_person else f"/{listed}/"
            sections = [section for section, name in LIST_OF_SECTION.items() if name == listed]
            old = [f"/{section}/" for section in sections if (self.content / section).is_dir()]
            for name in dict.fromkeys([*sections, listed]):
                for page in (self.content / name / "_index.md", self.content / name / "index.md", self.content / f"{name}.md"):
                    old += as_list(self.document(page).meta.get("aliases")) if page.is_file() else []
            self.moved.update(dict.fromkeys(one_each(old, new), new))

    def _leading_text(self, path: Path, listed: str, target: str) -> None:
        """A list page's text (or its translation's) as the page that leads sitegen's list."""
        document = self.document(path)
        body = self.markdown(document.body, path, document.body_line).strip()
        if listed == "people":  # a lab's people page: its blocks of words too, its people blocks' lists are sitegen's
            body = (body + "\n\n" + self._people_page_blocks(document, path)).strip()
        if not body:
            return
        title = text(document.meta.get("title"))
        own_names = {listed, *(section for section, name in LIST_OF_SECTION.items() if name == listed)}
        page = {"title": title} if title and slugify(title) not in own_names else {}
        self.write(target, (front_matter(page) if page else "") + body + "\n")

    # -- configuration -----------------------------------------------------------------------
    def _hugo_config(self) -> dict:
        """Hugo's site configuration, in whichever of its places and languages it is written."""
        for name in ("hugo.yaml", "config.yaml", "hugo.toml", "config.toml"):
            for path in (self.source / "config" / "_default" / name, self.source / name):
                if path.is_file():
                    self.config_file = path
                    return self._settings(path)
        return {}

    def _hugo_languages(self) -> dict[str, dict[str, str]]:
        """The site's languages besides its default one (`defaultContentLanguage`), from Hugo's
        `languages` (config/_default/languages.yaml, or in the site configuration): each one's
        title and name (`languageName`, `label`), as sitegen's `languages` takes them."""
        found: Any = self.config.get("languages")
        for name in ("languages.yaml", "languages.toml"):
            if (path := self.source / "config" / "_default" / name).is_file():
                found = self._settings(path)
        own = (text(self.config.get("defaultcontentlanguage")) or "en").lower()
        languages = {}
        for code, given in (found or {}).items() if isinstance(found, dict) else ():
            given = given if isinstance(given, dict) else {}
            folder = self.source / text(given.get("contentdir")) if text(given.get("contentdir")) else None
            if folder is not None and folder.is_dir():
                self.content_dirs["" if str(code).lower() == own else str(code).lower()] = folder
            if not is_language(str(code)) or str(code).lower() == own:
                continue
            settings = {"title": text(given.get("title")), "name": text(given.get("languagename") or given.get("label"))}
            languages[str(code).lower()] = {key: value for key, value in settings.items() if value}
        return languages

    @property
    def default_language(self) -> str:
        """The language of the site's own pages: Hugo's default content language (en unless set),
        as its `languageCode` (en-us) names it when that is the same language."""
        own = text(self.config.get("defaultcontentlanguage"))
        code = text(self.config.get("languagecode"))
        if not self.languages:  # a site of one language: its languageCode says which
            return code or own or "en"
        own = own or "en"
        return code if code.split("-")[0].lower() == own.split("-")[0].lower() else own

    def translations(self, original: Path) -> dict[str, Path]:
        """The translations of a page, by language, Hugo's two ways: by file name (`privacy.de.md`,
        `index.de.md` beside `index.md`), or at the same place in the language's own folder of
        content (`content/de/privacy.md` for `content/en/privacy.md`)."""
        found = {}
        for code in self.languages:
            named = original.with_name(f"{original.stem}.{code}{original.suffix}")
            placed = self.content_dirs[code] / original.relative_to(self.content) if code in self.content_dirs else None
            if named.is_file() or (placed is not None and placed.is_file()):
                found[code] = named if named.is_file() else placed
        return found  # type: ignore[return-value]

    def translation_of(self, path: Path) -> bool:
        """Whether a Markdown file is a translation of another (read with its original)."""
        return (
            language_of(path, self.languages) is not None and path.with_name(path.stem.rpartition(".")[0] + path.suffix).is_file()
        )

    def other_languages(self, path: Path) -> bool:
        """Whether a file is in another language's folder of content (Hugo's `contentDir`)."""
        return any(path.is_relative_to(folder) for folder in self.content_dirs.values())

    def _site(self) -> None:
        config = self.config
        title = text(config.get("title")) or next(iter(self.names.values()), "")
        site: dict[str, Any] = {"title": title}
        if description := self._description():
            site["description"] = description
        site["base_url"] = site_address(text(config.get("baseurl")))
        site["language"] = language = self.default_language.replace("_", "-")  # `en_US`, as locales are written
        if not is_language(language):
            self.note(self.config_file, f"its language '{language}' is no language tag (en, zh-CN): the new site's is en")
            site["language"] = "en"
        if self.languages:
            site["languages"] = {code: settings or None for code, settings in self.languages.items()}
        if self.one_person and self.owner:
            site["owner"] = self.owner
        elif groups := self._group_order():
            site["people"] = {"groups": groups}
        site.update(self._chrome())
        self.settings = site  # written last (`_write_settings`), with the old addresses all pages gave
        if not self.one_person:  # a group site's home page: the landing page's text and publication lists
            blocks, where, what = self._landing_blocks()
            self.consume(*(path for _, path, _ in blocks))
            self.write("content/index.md", front_matter({"title": title}) + self._home_text(blocks, where, what))
            for code, translation in self.translations(self.content / "_index.md").items():
                blocks, where, what = self._landing_blocks(translation)
                local = self.languages[code].get("title") or title
                self.write(f"content/index.{code}.md", front_matter({"title": local}) + self._home_text(blocks, where, what))
                self.translated.add(translation)

    def _group_order(self) -> list[str]:
        """The groups in the order the lab's people blocks show them, for the People page; without
        a people block (a lab's own template, its people filed by `category`), the group of the
        site's owner first, former members last, the others as sitegen orders the groups it
        knows (Faculty, Postdocs, PhD Students ...), then as they came."""
        if self.groups_shown:
            return list(dict.fromkeys(heading for _, heading, _ in self.groups_shown))
        groups: dict[str, tuple[int, int]] = {}
        for meta, _, _ in self.authors.values():
            if group := self._member_group(meta):
                known = role_group(group, DEFAULT_ROLE_GROUPS)
                place = 2 if known == "Alumni" else 0 if meta.get("superuser") is True else 1
                rank = DEFAULT_GROUPS.index(known) if known in DEFAULT_GROUPS else len(DEFAULT_GROUPS)
                groups[group] = min(groups.get(group, (place, rank)), (place, rank))
        ordered = sorted(groups, key=lambda group: groups[group])  # stable: as they came among equals
        return ordered if len(ordered) > 1 else []

    @cached_property
    def people_blocks(self) -> tuple[list[dict], Path, int]:
        """What the lab's people blocks show (their `content:`, with `user_groups`), and the file
        and line of their page's text: Hugo Blox's `people` or Hugo Blox Kit's `team-showcase`
        blocks on the people page (a lab's `Current` block and its `Alumni` block) or the landing
        page, or Wowchemy's people widget. (A page of the lab's alumni is `other_people_pages`.)"""
        content = self.content
        pages = [content / "people" / "index.md", content / "people" / "_index.md", content / "people.md"]
        pages += [content / "_index.md", *sorted(path for path in (content / "people").glob("*.md") if path not in pages)]
        for path in [*pages, *sorted((content / "home").glob("*.md"))]:  # the last: Wowchemy's widget pages
            document = self.document(path) if path.is_file() else None
            meta = document.meta if document else {}
            blocks = tables(meta.get("sections")) + [meta] * ("widget" in meta)
            shown = [block["content"] for block in blocks if _people_shown(block)]
            if document and shown:
                self.consume(path)  # a widget page read here, no page of its own
                return shown, path, document.body_line
        return [], content, 0

    @cached_property
    def other_people_pages(self) -> dict[Path, list[dict]]:
        """The site's other pages of people blocks (`content/alumni/_index.md`, a lab's page of its
        alumni), with what their blocks show; the People page shows their groups after its own."""
        content, (_, primary, _) = self.content, self.people_blocks
        pages = [*sorted(content.glob("*.md")), *sorted(content.glob("*/_index.md")), *sorted(content.glob("*/index.md"))]
        found = {}
        for path in pages:
            blocks = [] if path in (primary, content / "_index.md") else tables(self.document(path).meta.get("sections"))
            if (shown := [block["content"] for block in blocks if _people_shown(block)]) and not self.translation_of(path):
                found[path] = shown
        return found

    @cached_property
    def groups_shown(self) -> list[tuple[str, str, tuple[str, bool]]]:
        """Each group the people blocks show, with its heading on sitegen's People page and how
        its members are sorted: a block that shows one group is headed by its title (a lab's
        `user_groups: [Current]` under "Current Lab Members"), others by the groups' names."""
        found = []
        for shown in [*self.people_blocks[0], *(shown for blocks in self.other_people_pages.values() for shown in blocks)]:
            groups = _groups_shown(shown)
            title = text(shown.get("title")) if len(groups) == 1 else ""
            found += [(group, title or group, sort) for group, sort in groups]
        return found

    @cached_property
    def group_headings(self) -> dict[str, str]:
        """Each group a people block shows (folded) and its heading on the People page."""
        return {fold(group): heading for group, heading, _ in self.groups_shown}

    def _member_group(self, meta: dict) -> str:
        """A member's group on the People page: of their `user_groups` those a people block
        shows (a lab's `[PhD Student, Current]` under its block of `Current`), else all; of
        those a former members' one (`[PhD Students, Alumni]`: an alumnus whom the lab left among
        its students too; sitegen shows a member in one group), else the first."""
        groups = as_list(meta.get("user_groups"))
        shown = self.group_headings
        candidates = [group for group in groups if fold(group) in shown] or groups
        former = (group for group in candidates if role_group(group, DEFAULT_ROLE_GROUPS) == "Alumni")
        chosen = next(former, candidates[0] if candidates else "")
        return shown.get(fold(chosen), chosen)

    def _people_text(self) -> None:
        """A lab's people blocks' subtitles and texts ("Our diverse team brings together ...", on
        the landing page above the members) as the text that leads sitegen's People page, which
        lists the members as the blocks did; unless the site's people page gave that page a text."""
        blocks, path, line = self.people_blocks
        if self.one_person or (self.target / "content/pages/people.md").exists():
            return
        if body := "\n\n".join(part for shown in blocks if (part := self._people_words(shown, path, line))):
            self.write("content/pages/people.md", body + "\n")

    def _people_words(self, shown: dict, path: Path, line: int) -> str:
        """A people block's subtitle and text, as Markdown; its title heads the group it shows."""
        written = self.markdown(str(shown.get("text") or "").strip(), path, line).strip() if shown.get("text") else ""
        return "\n\n".join(part for part in (text(shown.get("subtitle")), written) if part)

    @cached_property
    def member_orders(self) -> dict[str, int]:
        """Each member's place in their group (sitegen's `order`) where the people block sorts
        them by something of theirs other than the family name, sitegen's own order: `sort_by:
        weight` (or `Params.weight`, any field of the profile), `graduation_year` with
        `sort_ascending: false`, for all groups or one (`user_groups: - name: Alumni`). A member
        without that field comes after those with it, as sitegen places one without `order`."""
        members: dict[str, list[str]] = {}
        for slug, (meta, _, _) in self.authors.items():
            members.setdefault(self._member_group(meta), []).append(slug)
        orders = {}
        for _, heading, (field, ascending) in self.groups_shown:
            valued = {slug: value for slug in members.get(heading, []) if (value := self._sorted_by(slug, field)) is not None}
            ranks = sorted(set(valued.values()), reverse=not ascending)
            orders.update({slug: ranks.index(value) + 1 for slug, value in valued.items()})
        return orders

    def _sorted_by(self, slug: str, field: str) -> tuple[int, Any] | None:
        """A member's value of the field their group is sorted by, comparable with the others'
        (numbers before words); None for the family name (sitegen's own order) or no value. As
        Hugo Blox Kit sorts: `weight` and `graduation_year` as numbers ("3" is 3), 0 none of them."""
        if not field:
            return None
        meta = self.authors[slug][0]
        value = self.names[slug] if field == "title" else next((v for k, v in meta.items() if str(k).lower() == field), None)
        if field in ("weight", "graduation_year") and isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or value is None or value == "" or (field in ("weight", "graduation_year") and value == 0):
            return None
        return (0, value) if isinstance(value, (int, float)) else (1, str(value).casefold())

    def _owner_landing(self, landing: Path | None = None) -> tuple[str, str]:
        """A one-person site's landing page for the owner's profile, which is the home page now:
        its blocks of words (`markdown`, `hero`, a `cta-card` of the site's own, not the template's
        `demo`; Wowchemy's `blank` and `hero` widgets; contact details, research areas ...: those
        `_home_text` makes text of) as the biography's last sections, and the
        address its biography block's button gives ("Download CV"). Its collections are what the
        profile lists anyway; any other block is noted (a widget by `_other_pages`). `landing`: a
        translation of the landing page."""
        blocks, where, what = self._landing_blocks(landing)
        texts, cv, left = [], "", []
        for block, path, line in blocks:
            name = str(block.get("block") or "")
            content = block.get("content") if isinstance(block.get("content"), dict) else {}
            button = content.get("button") if isinstance(content.get("button"), dict) else {}
            if block.get("demo") is True:  # the template's own advertisement
                continue
            if name.startswith(("resume-biography", "about")):
                cv = cv or text(button.get("url")).lstrip("/")
            elif name in _TEXT_BLOCKS:  # its words, research areas, figures, contact details ...
                texts.append((block, path, line))
                self.consume(path)
            elif name != "collection" and "widget" not in block:
                left.append(name or "?")
        if left:
            self.note(where, f"these {what} are not imported: {', '.join(dict.fromkeys(left))}")
        return self._home_text(texts, where, what), cv  # `##`: the biography's go under its heading (under_title)

    def _landing_blocks(self, landing: Path | None = None) -> tuple[list[tuple[dict, Path, int]], Path, str]:
        """The home page's blocks, each with its file and line: content/_index.md's `sections`
        (Hugo Blox; `landing`: a translation of it), else the widgets of content/home/ (Wowchemy:
        `widget: blank`, `hero`, `pages` ..., in the order of their `weight`, the switched off
        left out; a widget's text is its body, the rest as a block's `content:`); and where they
        are and what, for notes."""
        landing = landing or self.content / "_index.md"
        if landing.is_file():
            document = self.document(landing)
            blocks = tables(document.meta.get("sections"))
            return [(block, landing, document.body_line) for block in blocks], landing, "blocks of the landing page"
        home = self.content / "home"
        found = []
        for path in sorted(home.glob("*.md")) if home.is_dir() else []:
            document = self.document(path)
            meta = document.meta
            if not meta.get("widget"):
                continue
            if meta.get("active") is False:  # switched off: not shown
                self.consume(path)
                continue
            content = meta.get("content") if isinstance(meta.get("content"), dict) else {}
            widget = _WIDGETS.get(str(meta["widget"]), str(meta["widget"]))
            content = {**content, "title": " ".join(text(meta.get("title")).split()), "text": document.body}
            if meta["widget"] == "contact":  # Hugo Academic's: the details are the site's params
                params = self._params()[0]
                content = {**{key: params[key] for key in _CONTACT_PARAMS if key in params}, **content}
            if meta["widget"] in ("featured", "publications"):  # Wowchemy's featured pages; Academic's publications
                filters = content.get("filters") if isinstance(content.get("filters"), dict) else {}
                featured = {"featured_only": True} if meta["widget"] == "featured" else {}
                content = {"page_type": "publication", **content, "filters": {**filters, **featured}}
            weight = meta.get("weight") if isinstance(meta.get("weight"), int) else 0
            found.append((weight, path.name, {**meta, "block": widget, "content": content}, path, document.body_line))
        blocks = [(block, path, line) for _, _, block, path, line in sorted(found, key=lambda item: item[:2])]
        return blocks, home, "widgets of the home page"

    def _home_text(self, blocks: list[tuple[dict, Path, int]], where: Path, what: str) -> str:
        """Hugo Blox's blocks as the home page's Markdown: a `markdown` or `hero` block its title
        and text, a `collection` of publications a publication list (`featured_only`, `count`,
        `publication_type`, `tag`), a contact or map block its details, a `logos` block its list
        of links, a biography block (a lab's own profile's, on a group site) that person's text;
        one of posts, talks or projects is what the home page shows itself; any other block is noted.
        A block's `id` stays its heading's, so that the page's links to it (`[...](#research)`)
        still lead there; a link to a block that sitegen's own pages show (`/#projects`, the
        people) leads to that page."""
        parts, left, elsewhere = [], [], {}
        for block, path, line in blocks:
            name, content = str(block.get("block") or block.get("widget") or ""), block.get("content") or {}
            content = content if isinstance(content, dict) else {}
            title, written = text(content.get("title")), str(content.get("text") or "").strip()
            anchor = text(block.get("id")) if _ANCHOR.fullmatch(text(block.get("id"))) else ""
            title += f" {{#{anchor}}}" if title and anchor else ""
            folders = block_folders(block)
            publications, made_before = bool(set(folders) & set(PUBLICATION_SECTIONS)), len(parts)
            if name == "collection" and publications and featured_only(block):
                left.append("the featured publications (sitegen's home page lists the selected ones itself)")
            elif name == "stats" and _THEME_ADVERTISED.search(str(content)):
                left.append("the starter's stats (about Hugo Blox)")
            elif name in _TEXT_BLOCKS or (name == "collection" and publications):
                heading = f"## {title}\n\n" if title else ""
                heading += f"{subtitle}\n\n" if (subtitle := text(content.get("subtitle"))) else ""  # the line under it
                body = self.markdown(written, path, line) + "\n\n" if written else ""
                parts.append(heading + body + self._block_made(name, block, path, line))
            elif name.startswith(("resume-biography", "about")) and (person := self._shown_person(block, content)):
                parts.append((f"## {title}\n\n" if title else "") + self.authors[person][1])
            elif name not in ("collection", *PEOPLE_BLOCKS) or not set(folders) <= _LISTED_ANYWAY:
                left.append(f"a collection of {', '.join(folders)}" if name == "collection" and folders else name or "?")
            shown_here = len(parts) > made_before
            if (
                anchor
                and not shown_here
                and (page := "people" if name in PEOPLE_BLOCKS else LIST_OF_SECTION.get(next(iter(folders), "")))
            ):
                elsewhere.setdefault(anchor, f"/{page}/")  # a block shown by a page of sitegen's, not here
        if left:
            self.note(where, f"these {what} are not imported: {', '.join(dict.fromkeys(left))}")
        made = "\n\n".join(part.strip() for part in parts if part.strip()) + "\n" if parts else ""
        return _ANCHOR_LINK.sub(lambda link: f"](<{elsewhere[link[1]]}>)" if link[1] in elsewhere else link[0], made)

    def _block_made(self, name: str, block: dict, path: Path, line: int) -> str:
        """What a block shows besides its title and text, as Markdown: a publication list, contact
        details (a `map` block's address, telephone and the place on a map), a `logos` list, the
        items of a block of them (research areas, features, pictures with paragraphs), the figures
        of `stats`, the buttons of a `hero` or `cta-card`."""
        content = block.get("content") if isinstance(block.get("content"), dict) else {}
        if name == "collection":
            return publication_list(block)
        if name == "logos":
            return logos_text(content, lambda name: self._media(name, "images/home"))
        if name == "stats":
            return stats_text(content)
        if name in _ITEM_BLOCKS:
            return self._items_text(content, path, line)
        if name in CONTACT_BLOCKS:
            return contact_text(map_contact(content) if name == "map" else content)
        return actions_text(content)

    def _items_text(self, content: dict, path: Path, line: int) -> str:
        """A block's `items` (Hugo Blox Kit's research areas, features, pictures with paragraphs)
        as sections: each its name (with its emoji; linked when it has a `url`), picture,
        description (Markdown), `features` as a list, `topics` in a line, and its button; then
        the block's own button."""
        sections = []
        for item in tables(content.get("items")):
            if not (name := text(item.get("name") or item.get("title"))):
                continue
            heading = f"{emoji} {name}" if (emoji := text(item.get("emoji"))) else name
            parts = [f"### [{heading}](<{url}>)" if (url := text(item.get("url"))) else f"### {heading}"]
            if picture := self._media(item.get("image"), "images/home"):
                parts.append(f"![{name}]({picture})")
            if words := str(item.get("description") or item.get("text") or "").strip():
                parts.append(self.markdown(words, path, line).strip())
            if features := as_list(item.get("features")):
                parts.append("\n".join(f"- {feature}" for feature in features))
            if topics := as_list(item.get("topics")):
                parts.append("Topics: " + ", ".join(topics))
            parts.append(actions_text(item))
            sections.append("\n\n".join(part for part in parts if part))
        return "\n\n".join([*sections, actions_text(content)]).strip()

    def _media(self, name: Any, folder: str) -> str:
        """A picture a block names from assets/media/ (as Hugo Blox finds it), copied to
        static/<folder>/: its site path; "" when there is none."""
        written = text(name).lstrip("/")
        found = self.source / "assets" / "media" / written
        if not written or not found.is_file() or found.suffix.lower() not in _PICTURES:
            return ""
        self.copy_file(found, f"static/{folder}/{found.name}")
        return f"/{folder}/{found.name}"

    def _shown_person(self, block: dict, content: dict) -> str:
        """The person whose biography a landing page's block shows (`username:`; Hugo Academic's
        about widget's `author`), when the site has them; "" for none."""
        person = text(content.get("username")) or text(block.get("author"))
        return person if person in self.authors else ""

    # -- people ------------------------------------------------------------------------------
    def _authors(self) -> dict[str, tuple[dict, str, Path]]:
        """Each person of content/authors/ with their biography: the page's text, or its short
        `bio` when it has none (shown at the end of posts, all there is of many); a Hugo Blox Kit
        site's people are in data/authors/, where its templates read them, its content/authors/
        only the pages of the taxonomy."""
        people = self.content / "authors"
        people = people if people.is_dir() else self.content / "author"  # Hugo Academic 4.0's name
        folders = [folder for folder in sorted(people.glob("*")) if (folder / "_index.md").is_file()]
        if (kit := self._data_authors()) or self.cited:
            if others := [folder for folder in folders if folder.name not in kit and folder.name not in self.cited]:
                names = ", ".join(folder.name for folder in others)  # a data file's person's page is the taxonomy's
                self.note(people, f"not imported as profiles: {names} (Hugo Blox Kit shows the people of data/authors/)")
            return kit
        found = {}
        for folder in folders:
            index = folder / "_index.md"
            document = self.document(index)
            body = document.body if document.body.strip() else text(document.meta.get("bio")) + "\n"
            found[folder.name] = (document.meta, self.biography(body, index, document.body_line), folder)
            if not person_name(document.meta, ""):
                self.note(
                    index,
                    f"no name is written (title, first_name and last_name are empty): the profile is called "
                    f"'{folder.name}' until you write the name in it",
                )
        return found

    def _data_authors(self) -> dict[str, tuple[dict, str, Path]]:
        """Hugo Blox Kit's people (2025-): `data/authors/<slug>.yaml` (or .json, .toml), where the
        site's templates read them (`content/authors/` holds only the pages of the taxonomy), as
        a profile's front matter (`profile_of`) and its `bio` as the text. One with a name alone
        is a co-author, whose name a page's `authors: [robert-ford]` means (`cited`), no member."""
        folder = self.source / "data" / "authors"
        found: dict[str, tuple[dict, str, Path]] = {}
        files: dict[str, Path] = {}
        unread: Counter[str] = Counter()  # the fields of a lab's own (`next:`, `graduated:`) by how many files have them
        for path in _data_files(folder):
            data = self._data(path)
            unread.update(str(key) for key in data if str(key).lower() not in _AUTHOR_FIELDS)
            meta = profile_of(data)
            name = person_name(meta, path.stem)
            if not any(meta.get(key) for key in _PROFILE_KEYS):
                self.cited[path.stem] = name
                continue
            if twin := next((slug for slug, (other, _, _) in found.items() if person_name(other, "") == name), None):
                kept = self._same_person(twin, path.stem)
                left = files[twin] if kept == path.stem else path
                self.cited[left.stem] = name  # a page's `authors: [me]` means the one kept
                self.note(left, f"the same person as {files[kept].name} ({name}): the profile is made from that file")
                if kept == twin:
                    continue
                del found[twin]
            files[path.stem] = path
            found[path.stem] = (meta, self.biography(str(data.get("bio") or "").strip() + "\n", path, 1), path.parent)
            if not person_name(meta, ""):
                self.note(path, f"no name is written (name: display:): the profile is called '{path.stem}' until you write it")
        sorted_by = {field for _, _, (field, _) in self.groups_shown}  # `graduation_year`, read for the order
        if unread := {key: count for key, count in unread.items() if key.lower() not in sorted_by}:
            fields = ", ".join(f"{key} ({count} file{'s' * (count > 1)})" for key, count in unread.items())
            self.note(folder, f"fields not imported (sitegen's profiles have none of the kind): {fields}")
        return found

    def _same_person(self, first: str, second: str) -> str:
        """Which of two data files of one person (a lab's `me.yaml`, the starter's, kept beside
        `david-shechter.yaml`) makes the profile: the one the site's taxonomy page is for
        (content/authors/david-shechter/), else the one not named `me`, else the first."""
        pages = self.content / "authors"
        for slug in (first, second):
            if (pages / slug / "_index.md").is_file():
                return slug
        return second if first == "me" else first

    def _data(self, path: Path) -> dict:
        """A data file of Hugo's (YAML, JSON or TOML) as keys and values, as written."""
        if path.suffix.lower() in (".yaml", ".yml"):
            return self.yaml(path)
        data = self._data_value(path)
        if not isinstance(data, dict):
            raise SitegenError("this file must hold keys and values", path, 1)
        return data

    def _data_value(self, path: Path) -> Any:
        """A data file of Hugo's (YAML, JSON or TOML) as written: keys and values, or a list."""
        if path.suffix.lower() in (".yaml", ".yml"):
            return load_yaml(self.read(path), path)
        try:
            return json.loads(self.read(path)) if path.suffix.lower() == ".json" else tomllib.loads(self.read(path))
        except ValueError as error:  # json's and tomllib's errors are ValueErrors
            raise SitegenError(f"invalid {path.suffix.lstrip('.').upper()}: {error}", path) from None

    def _academic_author(self) -> dict[str, tuple[dict, str, Path]]:
        """Hugo Academic before its `content/authors/` (2017-2019): the person in the site
        configuration's `[params]` (name, role, organizations, avatar in static/img/, email,
        `[[params.social]]`) and its about widget (content/home/about.md: interests, education,
        the text as the biography), as one author's front matter."""
        params, _ = self._params()
        if not text(params.get("name")):
            return {}
        self.widgets_imported.add("about")
        organizations = params.get("organizations") or [{"name": text(params.get("organization"))}]
        meta: dict[str, Any] = {
            "title": text(params["name"]),
            "role": text(params.get("role")),
            "organizations": [o for o in organizations if isinstance(o, dict) and text(o.get("name"))],
            "email": text(params.get("email")),
            "social": params.get("social") or [],
            "avatar": text(params.get("avatar")),
        }
        body, widget = "", self._about_widget()
        if widget is not None:
            about = widget.meta
            shown = about.get("interests")
            meta["interests"] = as_list(shown.get("interests") if isinstance(shown, dict) else shown)
            meta["education"] = about.get("education") or {}
            body = self.biography(widget.body, self.source / "content/home/about.md", widget.body_line)
        return {"admin": (meta, body, self.source / "static" / "img")}

    def _about_widget(self) -> Document | None:
        """The about widget of Hugo Academic's home page (content/home/, `widget = "about"`)."""
        return self._widget("about")

    def _widget(self, name: str) -> Document | None:
        """A widget of the home page (content/home/*.md, `widget = "name"`), unless switched off."""
        for path in sorted((self.content / "home").glob("*.md")):
            document = self.document(path)
            if document.meta.get("widget") == name and document.meta.get("active") is not False:
                return document
        return None

    def _widget_cv(self) -> dict[str, list]:
        """The owner's positions and accomplishments from the home page's experience and
        accomplishments widgets (`[[experience]]`: title, company, company_url, date_start;
        `[[item]]`: title, organization, organization_url, certificate_url, date_start), as
        `cv_records` reads an author's."""
        found: dict[str, list] = {}
        if (experience := self._widget("experience")) is not None and experience.meta.get("experience"):
            found["experience"] = list(experience.meta["experience"])
            self.widgets_imported.add("experience")
        if (accomplishments := self._widget("accomplishments")) is not None:
            items = tables(accomplishments.meta.get("item"))
            found["awards"] = [
                {
                    "title": i.get("title"),
                    "awarder": linked_name(i.get("organization"), i.get("organization_url")),
                    "date": i.get("date_start"),
                    "url": i.get("certificate_url") or i.get("url"),
                }
                for i in items
            ]
            self.widgets_imported.add("accomplishments")
        return found

    def _params(self) -> tuple[dict, Path]:
        """The site's `params`, and the file they are in: its configuration, or a params file of its own."""
        params = self.config.get("params") if isinstance(self.config.get("params"), dict) else {}
        where = self.source / "config" / "_default"
        for relative in ("config/_default/params.toml", "config/_default/params.yaml"):
            if not params and (path := self.source / relative).is_file():
                params, where = self._settings(path), path
        return params, where

    def _description(self) -> str:
        """The site's description for search engines and sharing: Hugo Blox Kit's `hugoblox:
        identity: description:`, Hugo Blox's `marketing: seo: description:`, Hugo Academic's
        `description`; not the starter's own, which advertises the theme ("The highly-customizable
        Hugo Academic theme powered by Hugo Blox Builder ...")."""
        params, where = self._params()
        found = (
            text(within(params, "hugoblox", "identity").get("description"))
            or text(within(params, "marketing", "seo").get("description"))
            or text(params.get("description"))
        )
        if _THEME_ADVERTISED.search(found):
            self.note(where, "its description is the starter template's, not imported: write your own as site.yml's description")
            return ""
        return found

    def _chrome(self) -> dict[str, Any]:
        """`marketing:`'s Google Analytics id and verification tokens (Hugo Blox's under
        `analytics:`, Wowchemy's beside it; Hugo Blox Kit's under `hugoblox:`, with Plausible's
        domain), and the icon Hugo Blox makes favicons of (assets/media/icon.png, copied to static/)."""
        params, where = self._params()
        marketing, kit = within(params, "marketing"), within(params, "hugoblox")
        analytics = within(marketing, "analytics")
        verification = within(kit, "verification") or within(marketing, "verification")
        icon = self.source / "assets" / "media" / "icon.png"
        if icon.is_file():
            self.copy_file(icon, "static/icon.png")
        google = within(kit, "analytics", "google").get("measurement_id")
        return self.chrome_settings(
            "icon.png" if icon.is_file() else "",
            {
                "google": google or analytics.get("google_analytics") or marketing.get("google_analytics"),
                "plausible": within(kit, "analytics", "plausible").get("domain"),
            },
            {name: verification.get(name) for name in ("google", "bing", "baidu", "yandex") if name in verification},
            where,
        )

    def _menu(self) -> list[str]:
        """The addresses of the main menu's entries (config/_default/menus.yaml, or `menu: main:`
        in the configuration), by `weight`, as a page's address is written without its slashes."""
        menus = self.config.get("menu") if isinstance(self.config.get("menu"), dict) else {}
        for name in ("menus.yaml", "menus.toml"):
            if not menus and (path := self.source / "config" / "_default" / name).is_file():
                menus = self._settings(path)
        entries = tables(menus.get("main")) if isinstance(menus, dict) else []
        entries.sort(key=lambda item: item.get("weight") if isinstance(item.get("weight"), int) else 0)
        return ["/".join(hugo_path(part) for part in text(item.get("url")).strip("/").split("/")) for item in entries]

    def _settings(self, path: Path) -> dict:
        """A configuration file of Hugo's (TOML or YAML) as keys and values, the keys in lower case:
        Hugo reads them so (Hugo Academic's config.toml wrote `baseurl`, Hugo Blox's `baseURL`)."""
        return folded_keys(self._data(path))

    def _people(self) -> None:
        for slug, (meta, body, folder) in self.authors.items():
            owner = self.files[slug] == self.owner and self.one_person
            person = {**self._standing(slug, meta, folder, owner), **self._photo(slug, meta, folder)}
            cv = ""
            if owner:  # the landing page's text ends the biography, the home page now
                extra, cv = self._owner_landing()
                body = body.rstrip() + "\n\n" + extra if extra else body
            if spoken := skills_text(meta):  # no fields of sitegen's: the text's last sections
                body = body.rstrip() + "\n\n" + spoken + "\n"
            person.update(self._reached_at(meta, cv))
            if interests := as_list(meta.get("interests")):
                person["interests"] = interests
            widgets = self._widget_cv() if owner else {}
            person.update(cv_records({**widgets, **meta}))
            self.write(f"content/people/{self.files[slug]}.md", front_matter(person) + body)
            for code, path in self._profile_translations(slug, folder).items():
                landing = self.translations(self.content / "_index.md").get(code) if owner else None
                target = f"content/people/{self.files[slug]}.{code}.md"
                self._translated_person(person, path, target, landing, skills_text(meta))
        kit = [path for path in sorted(self.source.glob("data/*/authors/*")) if path.suffix.lower() in _DATA_FILES]
        if left := [path for path in kit if path not in self.translated]:
            self.note(
                left[0], f"{len(left)} translated profile{'s' * (len(left) > 1)} not imported: its language is none of the site's"
            )

    def _standing(self, slug: str, meta: dict, folder: Path, owner: bool) -> dict[str, Any]:
        """Who a person is on the new site: name, role, group, other names, their old pages
        (leading to the profile; the owner's of a one-person site to the home page), place in the
        group, affiliation."""
        person: dict[str, Any] = {"name": self.names[slug]}
        if role := text(meta.get("role")):
            person["role"] = role
        if group := self._member_group(meta):
            person["group"] = group
        if aliases := as_list(meta.get("alternate_names")):  # Hugo Blox Kit's alternate name (profile_of)
            person["aliases"] = aliases
        if owner:  # the home page now
            self.moved.update(dict.fromkeys(one_each(self._old_profile_addresses(slug, meta, folder), "/"), "/"))
        elif old := one_each(self._old_profile_addresses(slug, meta, folder), f"/people/{self.files[slug]}/"):
            person["redirect_from"] = old
        if (order := self.member_orders.get(slug, _whole(meta.get("order")))) is not None:
            person["order"] = order  # by the people block's sorting, or a lab's own `order`
        if affiliation := organizations_text(meta):
            person["affiliation"] = affiliation
        return person

    def _photo(self, slug: str, meta: dict, folder: Path) -> dict[str, str]:
        """A person's photo, copied to static/images/people/ (Hugo Academic's, in static/img/, is there already)."""
        if avatar := self._picture(slug, meta, folder):
            photo = f"images/people/{self.files[slug]}{avatar.suffix.lower()}"
            self.copy_file(avatar, f"static/{photo}")
            return {"photo": photo}
        if (written := text(meta.get("avatar"))) and (folder / written).is_file():
            return {"photo": f"img/{written}"}
        return {}

    def _reached_at(self, meta: dict, cv: str) -> dict[str, Any]:
        """A person's e-mail address, telephone and links (`cv`: the address the owner's
        biography block's button gave, first among them)."""
        email, phone, links = self._profile_links(meta)
        links = {**({"cv": cv} if cv else {}), **links}
        found: dict[str, Any] = {}
        if email := email or text(meta.get("email")):
            found["email"] = email
        if phone := phone or text(meta.get("phone")):
            found["phone"] = phone
        if (homepage := text(meta.get("website")) or text(meta.get("personal_url"))).startswith(("http://", "https://")):
            links.setdefault("homepage", homepage)  # the people block links a member's own site
        if links:
            found["links"] = links
        return found

    def _old_profile_addresses(self, slug: str, meta: dict, folder: Path) -> list[str]:
        """Where the old site showed a person: their page of Hugo's `authors` taxonomy
        (/authors/<slug>/) and the `aliases` of its content/authors/<slug>/_index.md (Hugo's old
        addresses of a page; for Hugo Blox Kit, whose profile is a data file, that page is the
        taxonomy's own); an alias that is another person's page, or one an earlier profile took,
        is not theirs (me.yaml's /authors/me/, named by david-shechter's page too)."""
        if folder.is_relative_to(self.content):
            written = meta.get("aliases")
        else:
            page = self.content / "authors" / slug / "_index.md"
            written = self.document(page).meta.get("aliases") if page.is_file() else None
        own = f"/authors/{slugify(slug)}/"
        others = {f"/authors/{slugify(other)}/" for other in self.authors if other != slug} | self.profile_aliases
        taken = {redirect_file(address) for address in others}
        aliases = [alias for alias in as_list(written) if redirect_file(alias) not in taken]
        self.profile_aliases.update(aliases)
        return [own, *aliases]

    def _picture(self, slug: str, meta: dict, folder: Path) -> Path | None:
        """A person's photo: Hugo Blox's `avatar.jpg` beside the profile, Hugo Blox Kit's
        `assets/media/authors/<slug>.jpg` (or the file its `avatar_filename` names there, as a
        lab's template reads it), or one filed by the person's group under static/media/authors/."""
        media = self.source / "assets/media/authors"
        named = text(meta.get("avatar_filename"))
        pictures = [media / named] if named and "/" not in named else []
        pictures += sorted(folder.glob("avatar.*")) + sorted(media.glob(f"{glob.escape(slug)}.*"))
        pictures += sorted((self.source / "static/media/authors").rglob(f"{glob.escape(slug)}.*"))
        return next((path for path in pictures if path.suffix.lower() in _PICTURES and path.is_file()), None)

    def _profile_translations(self, slug: str, folder: Path) -> dict[str, Path]:
        """A profile's translations by language: Hugo's (`_index.de.md`), or Hugo Blox Kit's
        `data/<language>/authors/<slug>.yaml`, which holds the fields it translates."""
        if folder.is_relative_to(self.content):
            return self.translations(folder / "_index.md")
        found = {}
        for code in self.languages:
            written = (self.source / "data" / code / "authors" / f"{slug}{suffix}" for suffix in _DATA_FILES)
            if path := next((path for path in written if path.is_file()), None):
                found[code] = path
        return found

    def _translated_person(
        self, person: dict[str, Any], path: Path, target: str, landing: Path | None = None, skills: str = ""
    ) -> None:
        """A profile's translation (`_index.de.md`; Hugo Blox Kit's data/de/authors/<slug>.yaml): what
        it says otherwise than the original (its role, interests, organisations, education ...)
        and its text, which ends with its skills and languages (or the original's, `skills`,
        which a text of its own would leave out); sitegen takes the rest from the original. The
        owner's of a one-person site ends with the sections of the landing page's translation
        (`landing`), as the original ends with the landing page's."""
        if path.suffix == ".md":
            document = self.document(path)
            meta, written, line = document.meta, document.body, document.body_line
        else:  # Hugo Blox Kit's data/<language>/authors/<slug>.yaml
            data = self._data(path)
            meta, written, line = profile_of(data), str(data.get("bio") or "").strip() + "\n", 1
        translated: dict[str, Any] = {
            "role": text(meta.get("role")),
            "affiliation": organizations_text(meta),
            "interests": as_list(meta.get("interests")),
            **cv_records(meta),
        }
        own = {key: value for key, value in translated.items() if value and value != person.get(key)}
        body = self.biography(written, path, line) if written.strip() else ""
        spoken = (skills_text(meta) or skills) if body.strip() else ""  # with no text of its own, the original's
        if landing is not None and (extra := self._owner_landing(landing)[0]):
            body = body.rstrip() + "\n\n" + extra if body.strip() else extra
            self.translated.add(landing)
        if spoken:
            body = body.rstrip() + "\n\n" + spoken + "\n"
        self.write(target, (front_matter(own) if own else "") + body)
        self.translated.add(path)

    def _profile_links(self, meta: dict) -> tuple[str, str, dict[str, str]]:
        """The e-mail address, phone number and web links of `profiles:` (Hugo Blox) or `social:` (Wowchemy)."""
        email, phone, links = "", "", {}
        for item in [*tables(meta.get("profiles")), *tables(meta.get("social"))]:
            url = text(item.get("url") or item.get("link"))
            icon = text(item.get("icon")).split("/")[-1]
            if url.startswith("mailto:"):
                email = email or url.removeprefix("mailto:")
            elif url.startswith("tel:"):
                phone = phone or url.removeprefix("tel:")
            elif "#" in url and not url.split("#")[0].strip("/"):  # `/#contact`: the landing page's contact block
                continue
            elif url.startswith(("http://", "https://")) or "/" in url:
                kind = ICONS.get(icon) or slugify(text(item.get("label")) or icon).replace("-", "_") or "link"
                add_link(links, kind, _site_path(url) if url.startswith("/") else url)  # two GitHub accounts: github_2
        return email, phone, links

    # -- publications ------------------------------------------------------------------------
    def _publications(self) -> None:
        entries, keys = [], []
        bundles = [bundle for section in PUBLICATION_SECTIONS for bundle in page_bundles(self.content / section, self.languages)]
        for index, folder in bundles:
            document = self.document(index)
            meta = document.meta
            cite = bundle_bib(folder) if folder else None
            links = entry_links(meta)
            if unplaced := [url for url in link_addresses(meta) if url not in links.values()]:
                self.note(index, f"links not imported, the entry having a link of their kind already: {', '.join(unplaced)}")
            if folder is not None and "pdf" not in links and (pdf := next(iter(sorted(folder.glob("*.pdf"))), None)):
                self.copy_file(pdf, f"static/publications/{slugify(folder.name)}.pdf")  # a bundle's paper, unlinked
                links["pdf"] = f"publications/{slugify(folder.name)}.pdf"
            if preview := self._preview(meta, folder, slugify(folder.name if folder else index.stem)):
                links["preview"] = preview
            if cite is not None and cite.is_file():
                entry, key = with_links(
                    self.read(cite).strip(), links, meta.get("featured") is True or meta.get("selected") is True
                )
            else:
                key = slugify(folder.name if folder else index.stem)
                entry = self._entry(key, meta, links)
            entries.append(entry)
            keys.append(key)
            self._publication_text(key, document, index, folder)
            for code, path in self.translations(index).items():
                self._translated_publication_text(key, meta, path, code, folder)
            new = f"/publications/{slugify(key)}/"
            for old in one_each(hugo_addresses(meta, self._placed(index, folder), folder.name if folder else index.stem), new):
                self.moved[old] = new  # its page's old address still answers
            for project in as_list(meta.get("projects")):
                self.project_keys.setdefault(project, []).append(key)
        if entries:
            self.write("content/publications/hugoblox.bib", "\n\n".join(entries) + "\n")
        self._data_publications([self.document(index).meta for index, _ in bundles], {key.lower() for key in keys})

    def _data_publications(self, pages: list[dict], taken: set[str]) -> None:
        """A lab's publication list kept as data (data/publications.yaml, or the files of
        data/publications/), which its own layout showed: each record an entry of
        content/publications/<file>.bib (hugodata), but those a page bundle has (the same DOI or
        title), which are the bundle's; a record that is a citation alone is counted in a note."""
        bundled = {record_title(meta) for meta in pages} | {doi for meta in pages if (doi := record_doi(meta))}
        folder = self.source / "data"
        files = [folder / f"publications{suffix}" for suffix in _DATA_FILES] + _data_files(folder / "publications")
        for path in (path for path in files if path.is_file()):
            records = publication_records(self._data_value(path))
            entries, abridged, twins, untitled = [], 0, 0, 0
            unread = Counter(name for record in records for name in unread_fields(record))
            read = [from_citation(record) for record in records]  # a citation alone, read as its parts
            for record in (cited or record for cited, record in zip(read, records, strict=True)):
                if not (title := record_title(record)):
                    untitled += 1
                elif title in bundled or (record_doi(record) or None) in bundled:
                    twins += 1
                else:
                    key, entry, cut = data_entry(record, taken)
                    taken.add(key.lower())
                    entries.append(entry)
                    abridged += cut
            if entries:
                self.write(f"content/publications/{slugify(path.stem)}.bib", "\n\n".join(entries) + "\n")
            self._data_publications_noted(path, len(records), twins, untitled, abridged)
            if cited := sum(1 for record in read if record):
                self.note(path, f"{cited} publications read from their citation alone (names, title, venue): check them")
            if unread:
                fields = ", ".join(f"{name} ({count} record{'s' * (count > 1)})" for name, count in unread.items())
                self.note(path, f"fields not imported: {fields}")

    def _data_publications_noted(self, path: Path, records: int, twins: int, untitled: int, abridged: int) -> None:
        """What the notes say of a data file of publications: those left (a page bundle's, or a
        citation alone), and the author lists written abridged."""
        if not records:
            self.note(path, "no publications read: it is no list of records with a title")
        if twins:
            self.note(path, f"{twins} of its publications have a page of their own: imported once, from the page")
        if untitled:
            self.note(
                path,
                f"{untitled} publications with no title (or a citation that does not read as names, title and venue) not imported: add them to the .bib",
            )
        if abridged:
            self.note(path, f"{abridged} author lists are abridged (…): the names written are kept, the gap is not shown")

    def _placed(self, index: Path, folder: Path | None) -> str:
        """Where in the site a page's address puts it: its section, with the section's folder it
        is in (`publications/journal-article`, as Hugo addresses a page in a folder of a section)."""
        return "/".join(hugo_path(part) for part in (folder or index).parent.relative_to(self.content).parts)

    def _publication_text(self, key: str, document: Document, index: Path, folder: Path | None) -> None:
        """The page's own text (supplementary notes, figures, a video) as the publication's text,
        content/publications/<key>.md, with the files of its bundle it names; the template's
        placeholder paragraphs ("Add the **full text** or **supplementary notes** ...") left out."""
        kept = without_placeholders(document.body)
        if not kept:
            return
        name = slugify(key)
        body = self.markdown(kept, index, document.body_line)
        self.write(f"content/publications/{name}.md", body.strip() + "\n")
        self._bundle_files(folder, body, f"publications/{name}")

    def _translated_publication_text(self, key: str, original: dict, path: Path, code: str, folder: Path | None) -> None:
        """A publication page's translation (`index.de.md`): its text as the translation of the
        publication's text (content/publications/<key>.de.md). Its title and abstract stay behind,
        said: an entry's fields are one in every language."""
        document = self.document(path)
        kept = without_placeholders(document.body)
        if kept:
            name = slugify(key)
            body = self.markdown(kept, path, document.body_line)
            self.write(f"content/publications/{name}.{code}.md", body.strip() + "\n")
            self._bundle_files(folder, body, f"publications/{name}")
        self.translated.add(path)
        if differing := [
            field for field in ("title", "abstract") if text(document.meta.get(field)) not in ("", text(original.get(field)))
        ]:
            self.note(path, f"its {' and '.join(differing)} not imported: a publication's fields are the same in every language")

    def _bundle_files(self, folder: Path | None, body: str, page: str) -> None:
        """The files of a page bundle its text names (`![](conference.jpeg)`), beside its new page
        (static/<page>/), where its relative links find them."""
        for resource in sorted(folder.iterdir()) if folder else []:
            if resource.is_file() and resource.suffix.lower() not in (".md", ".bib") and resource.name in body:
                self.copy_file(resource, f"static/{page}/{resource.name}")

    def _preview(self, meta: dict, folder: Path | None, name: str) -> str:
        """A publication's picture as its thumbnail (al-folio's `preview`): its bundle's
        `featured.*` (or `image: filename:`), copied to static/publications/, or Hugo Academic's
        `image_preview` (in static/img/, which is copied as it is)."""
        if (picture := self._featured(meta, folder)) is not None:
            self.copy_file(picture, f"static/publications/{name}{picture.suffix.lower()}")
            return f"publications/{name}{picture.suffix.lower()}"
        written = text(meta.get("image_preview")).lstrip("/")
        return f"img/{written}" if written and (self.source / "static" / "img" / written).is_file() else ""

    def _featured(self, meta: dict, folder: Path | None) -> Path | None:
        """A page's picture: its bundle's `featured.*`, or the file its `image: filename:` names (in
        the bundle, or in assets/media/ as the current templates look for it)."""
        if folder is not None and (found := [p for p in sorted(folder.glob("featured.*")) if p.suffix.lower() in _PICTURES]):
            return found[0]
        image = meta.get("image") if isinstance(meta.get("image"), dict) else {}
        name = text(image.get("filename")).lstrip("/")
        places = [*([folder / name] if folder else []), self.source / "assets" / "media" / name] if name else []
        return next((path for path in places if path.is_file() and path.suffix.lower() in _PICTURES), None)

    def _entry(self, key: str, meta: dict, links: dict[str, str]) -> str:
        """A publication's front matter as a BibTeX entry: authors (`me`/`admin` is the owner) and
        their notes, date, venue (and the volume, pages or state written with it), abstract (or
        summary) as Markdown, DOI, tags, links, `featured` as al-folio's `selected`."""
        kind = TYPES.get(str((as_list(meta.get("publication_types")) or ["article-journal"])[0]).lower(), "article")
        # a name in bold (`**Yin Cui**`, Hugo Academic's way to emphasise the owner) is the name
        written = [_MARKDOWN_EMPHASIS.sub("", str(author)) for author in as_list(meta.get("authors"))]
        authors = [self.known.get(name, name) for name in listed_authors(written, known=self.known)]
        fields = [("title", markdown_as_latex(text(meta.get("title"))))]  # "S$^2$Contact": its math kept
        if authors:
            fields.append(("author", " and ".join(bib_value(author) for author in authors)))
        if notes := author_annotations(meta.get("author_notes")):
            fields.append(("author+an", notes))
        if dated := day(meta.get("date")):
            fields += [("year", str(dated.year)), ("month", str(dated.month))]
        venue, details = venue_details(text(meta.get("publication")))
        if venue:
            fields.append((VENUE_FIELD.get(kind, "publisher"), bib_value(venue)))
        fields += [(name, bib_value(value)) for name, value in details]
        if short := venue_details(text(meta.get("publication_short")))[0]:
            fields.append(("abbr", bib_value(short)))  # "In *CVPR*": the badge before the citation, as al-folio's abbr
        if doi := DOI_ADDRESS.sub("", text(meta.get("doi")) or links.get("doi", "")):  # `links: - type: doi`: its address
            fields.append(("doi", bib_value(doi, url=True)))
        if abstract := str(meta.get("abstract") or "").strip() or str(meta.get("summary") or "").strip():
            fields.append(("abstract", paragraphs_as_latex(abstract)))  # Hugo renders it as Markdown
        written = meta.get("tags") or meta.get("keywords")  # Hugo's `keywords`: "Mendelian disease, CHD1"
        words = as_list(written) if isinstance(written, list) else re.split(r"[,;]", text(written))
        if tags := [tag for item in words if (tag := text(item))]:
            fields.append(("keywords", "; ".join(bib_value(tag) for tag in tags)))  # its tags pages are sitegen's keyword pages
        fields += [(name, bib_value(url, url=True)) for name, url in sorted(links.items()) if name != "doi"]
        if meta.get("featured") is True or meta.get("selected") is True:  # `selected`: Hugo Academic's older name
            fields.append(("selected", "true"))
        inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        return f"@{kind}{{{key},\n{inside}\n}}"

    # -- talks and projects --------------------------------------------------------------------
    def _talks(self) -> None:
        """`content/event/` (and Hugo Academic's older `content/talk/`) as talks: the event, its
        place (`location`, or the city and country of its `address`), speakers, links, old address,
        the abstract (or summary) and the text but the template's placeholders, with the bundle's
        files it shows."""
        talks = [bundle for name in TALK_SECTIONS for bundle in page_bundles(self.content / name, self.languages)]
        for index, folder in talks:
            if (found := self.dated(index, {"event": "event", "location": "location"}, index.stem)) is None:
                continue
            talk, document = found
            meta = document.meta
            if "event" not in talk and (event := text(meta.get("event_name"))):  # the current templates' name
                talk["event"] = event
            if start := day(meta.get("event_start")):  # when it is given: `date` is then the page's own
                talk["date"] = start.isoformat()
            if "location" not in talk and (place := place_of(meta.get("address"))):
                talk["location"] = place
            if speakers := [self.known.get(a, a) for a in as_list(meta.get("authors"))]:
                talk["speakers"] = speakers
            if links := page_links(meta, "event_url", "url"):
                talk["links"] = links
            talk["redirect_from"] = hugo_addresses(meta, self._placed(index, folder), folder.name if folder else index.stem)
            abstract = text(meta.get("abstract")) or text(meta.get("summary"))
            body = self.markdown(without_placeholders(document.body), index, document.body_line)
            name = f"{talk['date']}-{slugify(folder.name if folder else index.stem)}"
            self.write(f"content/talks/{name}.md", front_matter(talk) + (f"{abstract}\n\n" if abstract else "") + body)
            self._bundle_files(folder, body, f"talks/{name}")
            for code, path in self.translations(index).items():
                fields = {"event": "event_name" if "event_name" in meta else "event", "location": "location"}
                self.translation(path, talk, fields, f"content/talks/{name}.{code}.md")

    def _projects(self) -> None:
        """`content/project/` (or a section of its own called `projects`) as projects: the title,
        the summary (or the text before `<!--more-->`, as Hugo takes it), `featured.*` as the
        picture, the publications whose `projects` name it, the bundle's files its text shows."""
        bundles = [bundle for section in PROJECT_SECTIONS for bundle in page_bundles(self.content / section, self.languages)]
        for index, folder in bundles:
            document = self.document(index)
            meta = document.meta
            slug = folder.name if folder else index.stem
            project: dict[str, Any] = {"title": text(meta.get("title")) or slug}
            if summary := text(meta.get("summary")) or before_more(document.body):
                project["summary"] = summary
            if (picture := self._featured(meta, folder)) is not None:
                self.copy_file(picture, f"static/images/projects/{slugify(slug)}{picture.suffix.lower()}")
                project["image"] = f"images/projects/{slugify(slug)}{picture.suffix.lower()}"
            if keys := self.project_keys.get(slug):
                project["publications"] = keys
            if links := page_links(meta, "external_link", "website"):
                project["links"] = links
            if old := one_each(hugo_addresses(meta, self._placed(index, folder), slug), f"/projects/{slugify(slug)}/"):
                project["redirect_from"] = old
            body = self.markdown(document.body, index, document.body_line)
            self.write(f"content/projects/{slugify(slug)}.md", front_matter(project) + body)
            for code, path in self.translations(index).items():
                self.translation(path, project, {"summary": "summary"}, f"content/projects/{slugify(slug)}.{code}.md")
            self._bundle_files(folder, body, f"projects/{slugify(slug)}")


# the starter templates' own site description names the theme
_THEME_ADVERTISED = re.compile(r"Hugo ?Blox|Wowchemy|Hugo Academic theme|Source Themes", re.IGNORECASE)
# Hugo's `baseURL` written without its scheme: `research.example.org/`, `//example.org/`
_HOST_FIRST = re.compile(r"^(?://)?(?:localhost|(?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:/|$)", re.IGNORECASE)
# what Hugo Academic's contact widget shows, from the site's params (Wowchemy 5.1 moved them to the widget)
_CONTACT_PARAMS = ("email", "phone", "address", "directions", "office_hours", "appointment_url", "contact_links")
# what makes one of Hugo Blox Kit's authors a person of the site, not a co-author named in a list
_PROFILE_KEYS = ("superuser", "user_groups", "role", "organizations", "profiles", "interests", "education", "work", "awards")
# the sections whose collection on the landing page is what sitegen's home page shows anyway
_LISTED_ANYWAY = {*TALK_SECTIONS, *PROJECT_SECTIONS, *POST_SECTIONS}
# a block's `id`, kept as its heading's; a link to one on the landing page: `(#projects)`, `(</#projects>)`
_ANCHOR = re.compile(r"[A-Za-z][\w-]*")
_ANCHOR_LINK = re.compile(r"\]\(<?/?#([A-Za-z][\w-]*)>?\)")
# the landing page's blocks whose words come over (`_home_text`); those made of `items`
_ITEM_BLOCKS = ("research-areas", "features", "cta-image-paragraph")
_TEXT_BLOCKS = ("markdown", "hero", "cta-card", "logos", "stats", *_ITEM_BLOCKS, *CONTACT_BLOCKS)
# the fields of Hugo Blox Kit's people (data/authors/, `hugoblox/author/v1`) the importer reads, or
# leaves out knowingly (`postnominals`, worn by the name; `status`, an emoji; `highlight_name`,
# which sitegen does itself), and those labs add that it reads (`category`, `order`, `teaching` ...)
_AUTHOR_FIELDS = frozenset(
    "schema slug is_owner name postnominals pronouns status role bio affiliations organizations links profiles "
    "interests education experience work awards skills languages user_groups weight avatar_filename highlight_name "
    "superuser title email phone website category order course tags teaching service".split()
)
_DATA_FILES = (".yaml", ".yml", ".json", ".toml")  # Hugo's data files, as Hugo Blox Kit keeps its people
_PICTURES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"}
_MARKDOWN_EMPHASIS = re.compile(r"[*_]")
_WIDGETS = {"blank": "markdown", "pages": "collection", "featured": "collection", "publications": "collection"}


def _data_files(folder: Path) -> list[Path]:
    """The data files of a folder of Hugo's data and of the folders in it (a lab's
    data/authors/phd/<slug>.yaml, its people filed by their group), in order."""
    if not folder.is_dir():
        return []
    found = [path for path in sorted(folder.rglob("*")) if path.suffix.lower() in _DATA_FILES and path.is_file()]
    return [path for path in found if not any(part.startswith(".") for part in path.relative_to(folder).parts)]


def folded_keys(value: Any) -> Any:
    """Settings with every key in lower case, as Hugo reads its configuration (`baseURL`,
    `baseurl` and `BaseURL` are one key)."""
    if isinstance(value, dict):
        return {str(key).lower(): folded_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [folded_keys(item) for item in value]
    return value


def site_address(written: str) -> str:
    """Hugo's `baseURL` as sitegen's `base_url`; one written without its scheme
    (`research.example.org/`, Hugo Academic's starter said only "end it with a slash") names the
    site's host, served over https, not a folder of that name."""
    if _HOST_FIRST.match(written):
        written = "https://" + written.removeprefix("//")
    address = split_url(written)
    return base_url(f"{address.scheme}://{address.netloc}" if address.netloc else "", address.path)


def within(settings: dict, *keys: str) -> dict:
    """The table at `keys` in nested settings (`hugoblox: identity:`), empty when any is missing
    or no table."""
    for key in keys:
        found = settings.get(key)
        settings = found if isinstance(found, dict) else {}
    return settings


def _site_path(url: str) -> str:
    """A path of the old site as a profile's link gives it: a page's with the slash its address
    ends with (Hugo's `/contact#inquiry` is the page at contact/), a file's as it is."""
    path, mark, fragment = url.lstrip("/").partition("#")
    page = path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]
    return path + "/" * bool(page) + mark + fragment


def _people_only(document: Document) -> bool:
    """Whether a page is its people blocks alone: no text, no other block."""
    blocks = tables(document.meta.get("sections"))
    return not document.body.strip() and all(_people_shown(block) for block in blocks)


def _people_shown(block: dict) -> bool:
    """Whether a block shows a lab's people by groups: a people block with `user_groups`."""
    shown = block.get("content") if isinstance(block.get("content"), dict) else {}
    return (block.get("block") or block.get("widget")) in PEOPLE_BLOCKS and bool(_groups_shown(shown))


def _whole(value: Any) -> int | None:
    """A whole number as written (`order: 2`), or None for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _groups_shown(shown: dict) -> list[tuple[str, tuple[str, bool]]]:
    """The groups a people block shows, each with the field its members are sorted by ("" for
    the family name) and whether ascending: the block's `sort_by` and `sort_ascending`, or a
    group's own (`user_groups: - {name: Alumni, sort_by: graduation_year}`)."""
    default = (_sort_field(shown.get("sort_by")), shown.get("sort_ascending") is not False)
    written = shown.get("user_groups")
    groups = []
    for group in written if isinstance(written, list) else [written] if isinstance(written, dict) else as_list(written):
        if isinstance(group, dict) and (name := text(group.get("name") or group.get("title"))):  # as Hugo Blox Kit reads it
            own = (
                _sort_field(group["sort_by"]) if "sort_by" in group else default[0],
                group.get("sort_ascending", default[1]) is not False,
            )
            groups.append((name, own))
        elif not isinstance(group, dict) and text(group):
            groups.append((text(group), default))
    return groups


def _sort_field(sort_by: Any) -> str:
    """The profile's field a people block sorts by (`Params.weight`, `weight`: weight), "" for
    the family name, as sitegen sorts a group itself."""
    field = text(sort_by).lower().removeprefix("params.")
    return "" if field in ("", "last_name", "name_family", "name.family", "family") else field
