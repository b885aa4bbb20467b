"""A site of HTML pages written by hand made into a sitegen site (`sitegen import`, migrate.py): a
folder with `index.html` and no `_config.yml`, as GitHub Pages serves it, each page a whole
document with its head, menu and footer.

It is read as a Jekyll site is (jekyll.py: GitHub Pages builds it with Jekyll, whose defaults make
every Markdown file a page and copy HTML as it is), but its HTML documents are its pages: each
page's text is what htmlpages.py reads of it (its `<main>`, or its body without the site's chrome,
as Markdown), its first heading its title. The home page is the profile: its heading the owner's
name, its `mailto:` link the email, its links to Scholar, GitHub ... the profile's links, a picture
of its owner the photo; its `<nav>` is the menu.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from sitegen.alfolioprofiles import link_kind
from sitegen.citationtext import MARKDOWN_LINK, without_tags
from sitegen.htmlpages import LINK, WHOLE_DOCUMENT, as_markdown, linked_pages, menu_links, read_page
from sitegen.jekyll import JekyllSite
from sitegen.migrate import bare_name, text
from sitegen.paperlist import LINE_BREAK, markdown_as_plain
from sitegen.yamlfile import Document, LineDict

# a page's link to another page of the site, made Markdown ("publications.html", "../teaching.html", "research/")
_PAGE_LINK = re.compile(r"(\]\(\s*)(?![a-z][a-z0-9+.-]*:|/|#)([^\s()#?]+(?:\.html?|/))(?=[\s)#?])", re.IGNORECASE)
_TEXT_ON_HEADING = re.compile(r"(```.*?```|~~~.*?~~~)|^(?!---\n)([^\n]*\S[^\n]*\n)(?=#{1,6} )", re.DOTALL | re.MULTILINE)
_HEADING_ON_TEXT = re.compile(r"(```.*?```|~~~.*?~~~)|^(#{1,6} [^\n]*\n)(?=[ \t]*\S)", re.DOTALL | re.MULTILINE)
_SPARE_BLANK_LINES = re.compile(r"(```.*?```|~~~.*?~~~)|\n(?:[ \t]*\n){2,}", re.DOTALL)  # (code kept)
# a picture of the page's owner: `<img class="portrait" src="...">`, "profile", "headshot", "avatar", "me.jpg"
_PORTRAIT = re.compile(
    r"""<img\b(?=[^>]*\b(?:portrait|profile|headshot|avatar|photo|/me\.|"me\.))[^>]*?\bsrc\s*=\s*["']([^"']+)["']""",
    re.IGNORECASE,
)
_PARAGRAPHS = re.compile(r"(\n[ \t]*\n)")  # (split, the blank lines kept)
_LINE_LABEL = re.compile(r"^[ \t]*[\w -]{1,20}:", re.MULTILINE)  # "Email:" before a link
# a small heading of roles the text starts with: "#### Scientific Researcher | Data Scientist"
_ROLES_HEADING = re.compile(r"\s*(?P<heading>#{3,6}[ \t]+(?P<roles>[^|\n]+(?:\|[^|\n]+)+?)[ \t]*)(?:\n|$)")
_NOT_A_LINE_END = re.compile(r"[^\n]")
_ACCOUNT_PAGE = re.compile(r"https?://[^/]+/[^/?#]+/?(?:[?#].*)?$")  # "https://github.com/janedoe", not a file of hers
_PICTURE = re.compile(r"(?<!\[)!\[[^\]]*\]\(\s*([^)\s]+)\s*\)")  # (not a picture that is a link's words)
_NO_PORTRAIT = re.compile(r"logo|banner|icon|header|background|bkg|badge|\.svg$|\.gif$", re.IGNORECASE)
# a line under the owner's name: `<p class="tagline">`, "subtitle", "role", "position"
_TAGLINE = re.compile(
    r"""<(p|div|span|h[2-6])\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:tagline|subtitle|role|position)\b[^"']*["'][^>]*>(.*?)</\1\s*>""",
    re.IGNORECASE | re.DOTALL,
)
# the program that made a page, as it says in its head (a hand-written page says none, or its editor)
_GENERATOR = re.compile(
    r"""<meta\b(?=[^>]*\bname\s*=\s*["']generator["'])[^>]*\bcontent\s*=\s*["']((?!(?:Microsoft|Mozilla|Adobe|BBEdit|Bluefish|"""
    r"""Visual Studio|Notepad|Sublime|Vim|Emacs|Dreamweaver|Kompozer|Amaya)\b)[^"']+)["']""",
    re.IGNORECASE,
)
# the owner's name heading over the lines of their role, department and address (a paragraph of lines)
_UNDER_THE_NAME = re.compile(
    r"\s*(?:(?:-{3,}|\*{3,}|_{3,})[ \t]*\n\s*)*(?:!\[[^\]]*\]\([^)]*\)\s*)?#{1,3}[ \t]+([^\n]+?)[ \t]*\n\s*\n?((?:[^\n#][^\n]*(?:\n|$)){2,8}?)(?:\n|$)"
)
_ORGANISATION = re.compile(
    r"\b(?:University|Universit[àäé]t?|College|Institute|Institut|School|Faculty|Department|Dept\.|Laboratory|Lab|Center|"
    r"Centre|Hospital|Academy|Research|Inc\.|Corporation|Company)\b"
)
# a line of contact details: an email, a telephone, an office (the profile's email, or nothing it shows)
_CONTACT = re.compile(r"^(?:e-?mail|phone|tel|telephone|fax|office|room|mobile)\b|^\S+@\S+$|^[+\d()\s.-]{7,}$", re.IGNORECASE)
_PUBLICATIONS_PAGES = frozenset({"papers", "pubs", "publication", "publications-list", "paper", "pub"})
_LEADING_RULES = re.compile(r"\A\s*(?:(?:-{3,}|\*{3,}|_{3,})[ \t]*(?:\n\s*|\Z))+")
_TRAILING_RULES = re.compile(r"(?:\n\s*(?:-{3,}|\*{3,}|_{3,})[ \t]*)+\s*\Z")


class HandWrittenSite(JekyllSite):
    """A Jekyll site (as GitHub Pages builds it) whose pages are HTML documents written by hand."""

    textless_page = "not imported: a page without text of its own (a redirect, or a page its scripts fill)"

    @staticmethod
    def recognises(source: Path) -> bool:
        """A home page written in HTML, and no `_config.yml` (that one is a Jekyll site of a theme)."""
        return (source / "index.html").is_file() and not (source / "_config.yml").is_file()

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self._tagline()
        self.contact_span = self._contact_lines()
        self.roles_span = self._roles_heading()
        if made := _GENERATOR.search(self._home_page):  # (Hugo's public/, a Quarto or pkgdown site's output pushed)
            self.note(
                self.source / "index.html",
                f'these pages were made by {made.group(1)} (its <meta name="generator">), not by hand: import the '
                "folder they were made from if you have it (a Hugo Blox or Jekyll site's); each page here is read as written",
            )

    def _tagline(self) -> None:
        """The role and affiliation a tagline beside the home page's text gives (a sidebar's `<p
        class="tagline">Medical Student<br>School of Medicine, Nara Medical University</p>`): its
        first line the role, the next the affiliation; one in the text stays there."""
        found = _TAGLINE.search(self._home_page)
        lines = [without_tags(line) for line in LINE_BREAK.split(found.group(2))] if found else []
        body = self.biography_document().body
        if not lines or not lines[0] or lines[0] in " ".join(body.split()):
            return
        self.author.setdefault("bio", lines[0])
        if len(lines) > 1 and lines[1]:
            self.author.setdefault("employer", lines[1])

    def _roles_heading(self) -> tuple[int, int]:
        """The roles a small heading the text starts with lists ("#### Scientific Researcher | Data
        Scientist | Data Security Engineer"), as the profile's role when it has none; where the
        heading is (the profile shows it now), else (0, 0)."""
        body = self.biography_document().body
        found = _ROLES_HEADING.match(body)
        if found is None or text(self.author.get("bio")) or len(found["roles"].split()) > 20:
            return (0, 0)
        self.author["bio"] = " · ".join(part.strip() for part in found["roles"].split("|") if part.strip())
        return found.span("heading")

    def _contact_lines(self) -> tuple[int, int]:
        """The role and affiliation the lines under the owner's name give, as a faculty page writes
        them ("## John Smith" over "Professor", "Department of Computer Science", "University of
        Somewhere", "Email: ..."): the first line that names no organisation the role, those that
        do the affiliation; where those lines are in the biography when they say nothing else (the
        profile shows them now), else (0, 0)."""
        body = self.biography_document().body
        found = _UNDER_THE_NAME.match(body)
        if found is None or bare_name(" ".join(found.group(1).split())) != self.name:
            return (0, 0)
        lines = [plain for line in found.group(2).split("\n") if (plain := markdown_as_plain(line, around=" \\"))]
        if not 2 <= len(lines) <= 8 or any(len(line.split()) > 12 for line in lines):
            return (0, 0)
        organisations = [line for line in lines if _ORGANISATION.search(line)]
        others = [line for line in lines if line not in organisations and not _CONTACT.match(line)]
        if organisations and (
            role := next((line for line in others[:1] if lines.index(line) < lines.index(organisations[0])), "")
        ):
            self.author.setdefault("bio", role)
        if organisations:
            self.author.setdefault("employer", ", ".join(organisations))
        said = [line for line in others if line != self.author.get("bio")]
        return found.span(2) if organisations and not said else (0, 0)

    def biography(self, text: str, path: Path, first_line: int) -> str:
        """The profile's text (jekyll.py), without the lines under the name the profile shows now."""
        for start, end in (self.contact_span, self.roles_span) if path == self.biography_page else ():
            text = text[:start] + _NOT_A_LINE_END.sub(" ", text[start:end]) + text[end:]  # (blank: the places after it kept)
        made = _LEADING_RULES.sub("", super().biography(text, path, first_line))  # (a rule under what moved out)
        if path == self.biography_page:
            made = "".join(
                "\n" * part.count("\n") if self._profile_s_links_alone(part) else part for part in _PARAGRAPHS.split(made)
            )
        return _TRAILING_RULES.sub("\n", made).lstrip("\n")  # (and one closing the page's text)

    def _profile_s_links_alone(self, paragraph: str) -> bool:
        """Whether a paragraph of the text is links the profile shows now and nothing else ("Email:
        [me@x.org](mailto:...)", "[Email](...) / [Google Scholar](...)": a line of labels, links and
        the marks between them)."""
        links = MARKDOWN_LINK.findall(paragraph)
        rest = _LINE_LABEL.sub("", MARKDOWN_LINK.sub("", paragraph))
        return bool(links) and all(url in self._profile_addresses for _, url in links) and not rest.strip(" /|·•,\n\t-")

    @cached_property
    def _profile_addresses(self) -> set[str]:
        """The addresses the profile shows now: its email's `mailto:`, the home page's links to
        Scholar, GitHub ... (a line of the text that is one of them alone, "Email: [me@x.org](...)",
        goes: the profile shows it)."""
        email = text(self.author.get("email"))
        linked = {address for address in LINK.findall(self._home_page) if link_kind(address) != "homepage"}
        return linked | ({f"mailto:{email}"} if email else set())

    @cached_property
    def _home_page(self) -> str:
        """The home page as written ("" for none), read once."""
        home = self.source / "index.html"
        return self.read(home) if home.is_file() else ""

    def document(self, path: Path) -> Document:
        """An HTML page (a whole document) as its title and its text without the site's menu,
        header and footer, as Markdown (htmlpages.py), its links to the site's pages made their
        new addresses; another file as Jekyll reads it."""
        found = super().document(path)
        if path.suffix.lower() in (".html", ".htm") and not found.meta and WHOLE_DOCUMENT.search(found.body):
            page = read_page(found.body)
            meta = LineDict({"title": page.title} if page.title else {})
            markdown = _PAGE_LINK.sub(
                lambda link: link.group(1) + self._new_address(path.parent / link.group(2)), as_markdown(page)
            )
            found = self._documents[path] = Document(meta, markdown, page.first_line)
        return found

    def is_page_of_html(self, written: str) -> bool:
        return bool(WHOLE_DOCUMENT.search(written))

    def page_files(self) -> list[Path]:
        """The HTML pages the home page leads to, link by link, and the Markdown files GitHub Pages
        makes pages of; the other HTML files (a repository's old copies, tests) are noted, not
        pages; every one when the home page links none (a menu a script writes)."""
        if self._site_pages is None:
            pages = super().page_files()
            home = self.source / "index.html"
            linked = linked_pages(home, self.read) if home.is_file() else set()
            unlinked = [path for path in pages if path.suffix.lower() in (".html", ".htm") and path.resolve() not in linked]
            unlinked = unlinked if len(linked) > 1 else []  # (a home page linking none: its menu is a script's, all are pages)
            if unlinked:
                named = ", ".join(str(path.relative_to(self.source)) for path in unlinked[:3]) + (
                    ", ..." if len(unlinked) > 3 else ""
                )
                self.note(
                    self.source / "index.html", f"{len(unlinked)} HTML pages it leads to by no link ({named}): not imported"
                )
            self._site_pages = [path for path in pages if path not in unlinked]
        return self._site_pages

    def page_name(self, path: Path) -> str:
        """A page's name (jekyll.py); a list of papers named another way ("papers.html", "pubs.html")
        is the publications page, whose papers become entries and whose place sitegen's list takes."""
        name = super().page_name(path)
        return "publications" if name in _PUBLICATIONS_PAGES else name

    def write(self, relative: str, text: str) -> None:
        """A new file; its text without the blank lines that kept the HTML's places for the notes
        (`as_markdown`), but in code."""
        if relative.endswith(".md"):
            text = _SPARE_BLANK_LINES.sub(lambda found: found.group(1) or "\n\n", text)
            # a heading apart, a blank line on each side (as_markdown keeps none where the HTML's next line followed it)
            text = _HEADING_ON_TEXT.sub(lambda found: found.group(1) or f"{found.group(2)}\n", text)
            text = _TEXT_ON_HEADING.sub(lambda found: found.group(1) or f"{found.group(2)}\n", text)
        super().write(relative, text)

    def _new_address(self, linked: Path) -> str:
        """A page's link to another: that page's new address (`teaching.html`, `teaching/`: /teaching/)."""
        linked = linked / "index.html" if linked.is_dir() else linked
        if linked.resolve() == (self.source / "index.html").resolve():
            return "/"
        inside = linked.resolve().is_relative_to(self.source.resolve())
        return f"/{self.page_name(linked)}/" if inside and linked.is_file() else str(linked.name)

    def _menu(self) -> list[str]:
        """The pages the home page's `<nav>` links, in its order."""
        linked = [self.source / address for address in menu_links(self._home_page)]
        return [self.page_name(path) for path in linked if _is_local_page(path) and path.is_file()]

    def photo(self) -> str:
        """The picture the home page starts with, or else a picture of its owner beside its text
        (a sidebar's `<img class="portrait">`), or else the only picture its text has (in a column
        beside it: `<div class="col-md-5"><img src="img/dr.jpg">`), unless a logo or a banner."""
        if photo := super().photo():
            return photo
        body = self.biography_document().body
        if portrait := _PORTRAIT.search(self._home_page):
            picture = portrait.group(1)
        elif len(alone := _PICTURE.findall(body)) == 1 and not _NO_PORTRAIT.search(alone[0]):
            picture = alone[0]
        else:
            return ""
        if shown := re.search(rf"!\[[^\]]*\]\(\s*{re.escape(picture)}\s*\)", body):
            self.picture_span = shown.span()  # (the biography shows it no more: the profile does)
        return self._picture(picture)

    def profile_links(self) -> dict[str, str]:
        """The home page's links to Scholar, GitHub, ORCID ... (a site of its own is no profile link,
        nor a file or a repository on GitHub: "Download CV" at github.com/me/me.github.io/blob/...)."""
        links = super().profile_links()
        for address in LINK.findall(self._home_page):
            kind = link_kind(address) if address.startswith(("https://", "http://")) else "homepage"
            if kind != "homepage" and (kind not in ("github", "gitlab") or _ACCOUNT_PAGE.match(address)):
                links.setdefault(kind, address)
        return links


def _is_local_page(path: Path) -> bool:
    """Whether a menu's link is to a page of the site (not the home page, not another site)."""
    return path.suffix.lower() in (".html", ".htm") and path.name.lower() != "index.html" and "://" not in str(path)
