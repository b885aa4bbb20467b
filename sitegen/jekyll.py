"""A Jekyll site of no academic template (minima, beautiful-jekyll, jekyll-now, hyde, Hydejack,
Minimal Mistakes without academicpages, a GitHub Pages theme, one's own) made into a sitegen site
(`sitegen import`, migrate.py): the last kind import_site tries.

Such a site keeps its owner in `_config.yml` in one of the general themes' ways (`author:` as a
name or a block, jekyll-now's `name:`, or the site's `title`; an `email`, an `avatar`, and links
as minima's `github_username`, minima 3's `minima.social_links`, beautiful-jekyll's
`social-network-links`, jekyll-now's `footer-links`; Hydejack's `_data/authors.yml`), its
biography in `index.md` (or a hand-written `index.html`) or, when the home page only lists posts
(minima's `layout: home`), in the about page, its other pages as Markdown files beside them
(`publications.md`, `teaching.md`; GitHub Pages makes pages of those without front matter too),
its menu in `header_pages` (minima), `navbar-links` (beautiful-jekyll) or `menu` (Hydejack), and
its blog in `_posts/`. Its biography is read
as an AcadHomepage page is (a page of sections: news, publications, education ... each into its
place); the papers its publications page lists by hand become entries (paperlist.HandWrittenPapers),
as an academicpages fork's do; its posts news items.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from sitegen.academicpages import LINKS, USER_ADDRESSES
from sitegen.acadhomepage import BODY_OPEN
from sitegen.citationtext import NAME_LIST, without_tags
from sitegen.content import PROFILE_LINKS
from sitegen.htmlpages import BROWSER_TITLE
from sitegen.linkfields import is_web_address
from sitegen.migrate import REPOSITORY_FILES, as_list, bare_name, base_url, markdown_files, text
from sitegen.minimallight import LAYOUT_CONTENT, MinimalLight
from sitegen.slugs import slugify
from sitegen.yamlfile import Document, LineDict

# the pages sitegen makes itself; the about page too, when it is the biography (`about_page`)
MADE_PAGES = {
    "publications": "sitegen lists the publications at /publications/",
    "404": "sitegen writes its own 404 page",
    "sitemap": "sitegen writes sitemap.xml",
    "feed": "sitegen writes the news feed",
    "blog": "the blog posts are news items, listed at /news/",
    "archive": "the blog posts are news items, listed at /news/",
    "tags": "sitegen has no tags of blog posts",
    "categories": "sitegen has no categories of blog posts",
}
# where a theme keeps the biography when the home page lists posts: its about page
_ABOUT_PAGES = ("about.md", "about.markdown", "aboutme.md", "about-me.md", "about_me.md", "_pages/about.md")
_PAGE_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm"})
# the folders a Jekyll site never makes pages of (Jekyll's own exclusions; bundled gems)
_NEVER_PAGES = frozenset({"node_modules", "vendor", "Gemfile", "Gemfile.lock", "gemfiles"})
_HOME_PAGES = ("index.md", "index.markdown", "index.html")
# a link's key, as the themes name their links, -> a profile's link kind; the others by their names
_LINK_KINDS = {
    **{key.replace("-", ""): kind for key, kind in LINKS.items()},
    "url": "homepage", "website": "homepage", "homepage": "homepage", "web": "homepage",
    "scholar": "scholar", "googlescholar": "scholar", "x": "x", "semanticscholar": "semanticscholar", "dblp": "dblp",
}  # fmt: skip
# what the themes link that is no link of the owner's (a feed, a dead network), or no link at all
_NO_LINKS = frozenset({"rss", "googleplus", "google_plus", "email", "mail", "telephone", "phone", "disqus"})
# the themes' own example values, which a site that kept them does not mean: left out, noted
_PLACEHOLDERS = frozenset(
    {"jekyll", "jekyllrb", "jekyll/jekyll", "barryclark/jekyll-now", "barryclark", "daattali", "deanattali", "your-email@example.com",
     "your-email@domain.com", "youremail@domain.com", "someone@example.com", "your name", "some person", "dean attali", "mdo",
     "a jekyll theme"}
)  # fmt: skip
# what a home page holds that says nothing of its own: Liquid, comments, tags (minima's list of posts)
_SAYS_NOTHING = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->|<[^>]*>|\s+", re.DOTALL)
# a picture a page starts with (alone, or in a paragraph or block of its own): the owner's photo
_FIRST_PICTURE = re.compile(
    r"""\s*(?:<(?P<wrap>p|div|center)\b[^>]*>\s*)?"""
    r"""(?:<img\b[^>]*?\bsrc\s*=\s*["'](?P<html>[^"']+)["'][^>]*>|!\[[^\]]*\]\(\s*<?(?P<markdown>[^)\s>]+)>?[^)]*\)(?:\{:[^}]*\})?)"""
    r"""(?(wrap)\s*</(?P=wrap)>)""",
    re.IGNORECASE,
)
# a page's first heading, after what holds its text: its title (the owner's name, on a home page)
_NAME_HEADING = re.compile(r"(?:\s*<[^>\n]+>|\s*(?:-{3,}|\*{3,}|_{3,})[ \t]*(?=\n))*\s*(#{1,3}[ \t]+([^\n]+?)[ \t]*(?:\n\s*|$))")
# what a page has before its text: its head (a whole HTML document's), what holds its text, its title heading
_LEAD = re.compile(
    r"(?:.*?<body\b[^>]*>)?(?:\s+|<(?:div|section|main|header|article|center)\b[^>]*>|<h1\b[^>]*>.*?</h1\s*>|#[ \t]+[^\n]*\n)*",
    re.IGNORECASE | re.DOTALL,
)
_FIRST_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>|^#[ \t]+(?=\S)(.*?)[ \t#]*$", re.IGNORECASE | re.DOTALL | re.MULTILINE)
_LESSER_HEADING = re.compile(r"<h[23]\b[^>]*>(.*?)</h[23]\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|:·]\s*|['’]s\b")  # "Jane Doe | Home", "Jane Doe's Homepage"
# the owner's email as a home page writes it: a `mailto:` link (HTML's or Markdown's), or "Email: ..."
_PAGE_EMAIL = re.compile(
    r"""(?:href\s*=\s*["']|\]\()mailto:\s*([^"'?\s)]+@[^"'?\s)]+)|\bE-?mail\s*:\s*(?:<[^>]+>\s*)*\[?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)""",
    re.IGNORECASE,
)
_AUTHOR_MARK = re.compile(r"<!--\s*author\s*-->")  # where Hydejack's about page shows the author's `about`
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)
_HOLDER_OPENS = re.compile(r"<(div|section|main|article|center)\b[^>]*>", re.IGNORECASE)  # a line that opens a holder alone
_PLACEHOLDER_DESCRIPTION = re.compile(
    r"^(?:Write an awesome description|Web Developer from Somewhere|A virtual proof that I'm awesome)", re.IGNORECASE
)
_PLACEHOLDER_AVATARS = ("avatar-icon.png", "jekyll-logo")  # beautiful-jekyll's and jekyll-now's example pictures


class JekyllSite(MinimalLight):
    """What Minimal Light's importer reads is Jekyll's own, not the template's: a page read as
    AcadHomepage's, its Liquid loops over `_data/` files (publications, news, projects), the pages
    beside it, `assets/` copied; the owner's settings, the biography, the links, the pages and the
    menu are read here the general themes' way."""

    made_pages: ClassVar[dict[str, str]] = MADE_PAGES
    textless_page = "not imported: an HTML page made by Jekyll's layouts; put its text in a Markdown page"
    example_titles = ("lorem ipsum",)  # (not AcadHomepage's ResNet: anyone's own paper here)
    collections = frozenset({"posts"})

    @staticmethod
    def recognises(source: Path) -> bool:
        """Jekyll's `_config.yml` and a page to read: a home page, or a page beside it."""
        if not (source / "_config.yml").is_file():
            return False
        pages = [*(source / name for name in _HOME_PAGES), *source.glob("*.md"), *source.glob("*.markdown")]
        return any(path.is_file() for path in pages)

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        config = self.config
        names = [name for name in (text(self.author.get("name")), text(config.get("name")), text(config.get("title"))) if name]
        chosen = next(
            (name for name in names if name.casefold() not in _PLACEHOLDERS), ""
        )  # (not beautiful-jekyll's "Some Person")
        for example in dict.fromkeys(name for name in names if name.casefold() in _PLACEHOLDERS):
            instead = f"left out, the profile's name is '{chosen}'" if chosen else "give yours in the profile"
            self.note(source / "_config.yml", f"the owner's name '{example}' is the theme's example: {instead}")
        self._site_pages: list[Path] | None = None  # (page_files)
        self.layouts_read: set[Path] = set()  # the layouts whose papers were read (`papers_listed`)
        self.menu = self._menu()
        self.biography_page = self._biography_page()
        chosen = chosen or (names[0] if names else self._home_page_s_name())
        if not text(self.author.get("email")) and (email := self._page_email()):
            self.author["email"] = email  # (a `mailto:` link of the home page, or its "Email: ...")
        self.name = bare_name(chosen or "Your Name")  # ("Andrew J. Davis, Ph.D.": as papers write it)
        self.owner = slugify(self.name) or "me"
        meta = self.biography_document().meta
        if not text(self.author.get("bio")) and (subtitle := text(meta.get("subtitle"))):
            self.author["bio"] = subtitle  # (beautiful-jekyll's about page: "Postdoc in hydrology")
        self.picture_span = (0, 0)  # where the picture the biography starts with is, when it is the profile's photo

    # -- the owner ---------------------------------------------------------------------------
    def _page_email(self) -> str:
        """The email the biography's page writes (a site whose settings name none)."""
        found = _PAGE_EMAIL.search(self.read(self.biography_page)) if self.biography_page.is_file() else None
        return (found.group(1) or found.group(2)) if found else ""

    def _home_page_s_name(self) -> str:
        """The owner's name as a site without settings gives it (a home page written by hand): the
        page's `title`, its first heading, or a part of the browser's title ("Jane Doe | Home",
        "About — Jane Doe"); a name of two to five words only (not "Welcome!"); "" for none, noted."""
        page = self.biography_page
        written = self.read(page) if page.is_file() else ""
        meta = self.document(page).meta if page.suffix == ".md" and page.is_file() else {}
        heading = _FIRST_HEADING.search(written)
        title = BROWSER_TITLE.search(written)
        parts = _TITLE_PARTS.split(title.group(1)) if title else []
        lesser = [found.group(1) for found in _LESSER_HEADING.finditer(written, 0, 20_000)][:3]  # ("<h2>Jane Doe (PhD)</h2>")
        for found in (text(meta.get("title")), heading and (heading.group(1) or heading.group(2)), *parts, *lesser):
            name = bare_name(without_tags(found or ""))  # (not "Dr Susanne", "Jane Doe, PhD")
            if 2 <= len(name.split()) <= 5 and NAME_LIST.fullmatch(name):
                return name
        self.note(
            page, "no name of the owner found (no `author` in _config.yml, no heading of a name): give yours in the profile"
        )
        return ""

    def owner_settings(self) -> dict[str, Any]:
        """`author:` (a name, or a block of name, email, avatar and links), and the owner's email
        wherever the theme keeps it."""
        written = self.config.get("author")
        author = dict(written) if isinstance(written, dict) else {"name": text(written)} if text(written) else {}
        for key, value in self._data_author().items():  # (Hydejack's: its `about`, `social` and `picture` too)
            author.setdefault(key, value)
        if email := self._email(author):
            author["email"] = email
        if (
            not text(author.get("bio"))
            and (tagline := text(self.config.get("tagline")))
            and tagline.casefold() not in _PLACEHOLDERS
        ):
            author["bio"] = tagline  # (Hydejack's and hyde's line under the name: "PhD student in Neuro-AI at ULiège")
        return author

    def _data_author(self) -> dict[str, Any]:
        """The site's author in `_data/authors.yml` (Hydejack's: the first, or the one the config's
        `author` names), as an `author:` block."""
        path = next(
            (found for name in ("authors.yml", "authors.yaml") if (found := self.source / "_data" / name).is_file()), None
        )
        authors = {str(key): value for key, value in self.yaml(path).items() if isinstance(value, dict)} if path else {}
        setting = self.config.get("author")
        named = text(setting.get("name")) if isinstance(setting, dict) else text(setting)
        return next(
            (author for key, author in authors.items() if named in (key, text(author.get("name")))),
            next(iter(authors.values()), {}),
        )

    def _email(self, author: dict) -> str:
        """The owner's address: the author block's, the site's `email` (minima's) or `mail`, or
        the one among beautiful-jekyll's or jekyll-now's links; the themes' examples left out."""
        config = self.config
        blocks = [config.get(name) for name in ("social-network-links", "footer-links")]
        written = [author.get("email"), config.get("email"), config.get("mail")]
        written += [block.get("email") for block in blocks if isinstance(block, dict)]
        for email in (text(value).removeprefix("mailto:") for value in written):
            if email and email.casefold() in _PLACEHOLDERS:
                self.note(self.source / "_config.yml", f"email: {email} is the theme's example, not yours: left out")
            elif email:
                return email
        return ""

    def about_page(self) -> Path:
        return self.biography_page

    def biography_document(self) -> Document:
        """The biography's page as read (`document`), or an empty one when the site has none."""
        return self.document(self.biography_page) if self.biography_page.is_file() else Document(LineDict(), "", 1)

    def _biography_page(self) -> Path:
        """The home page (the page whose `permalink` is `/`, as al-folio's about page is; else
        `index.md`; the read-me where there is none, as GitHub Pages shows it) when it says anything but its layout's lists (minima's `layout: home` shows the posts),
        else the about page; the home page when neither says anything."""
        homes = [path for path in self.page_files() if str(self.document(path).meta.get("permalink") or "").strip() == "/"]
        homes = homes or [path for name in _HOME_PAGES if (path := self.source / name).is_file()]
        homes = homes or sorted(path for path in self.source.glob("*.md") if path.stem.lower() == "readme")[:1]
        for home in homes:  # (no index: GitHub Pages shows the read-me, jekyll-readme-index)
            if _says_something(self.document(home).body):
                return home
        about = next((path for name in _ABOUT_PAGES if (path := self.source / name).is_file()), None)
        return about or (homes[0] if homes else self.source / "index.md")

    def _layout_includes(self) -> list[str]:
        """What the biography page's own layout (`_layouts/<layout>.html`) includes after it."""
        layout = self._layout_of(self.biography_page)
        return self.included_after(self.read(layout)) if layout else []

    def _layout_of(self, page: Path) -> Path | None:
        """A page's own layout file (`layout: publications`: `_layouts/publications.html`)."""
        name = text(self.document(page).meta.get("layout"))
        layout = self.source / "_layouts" / f"{name}.html"
        return layout if name and layout.is_file() else None

    def papers_listed(self, text: str, path: Path, first_line: int) -> str:
        """The publications page's papers, and those its layout lists after its text with their
        BibTeX (a list exported from JabRef written into `_layouts/publications.html`: the page
        itself only says "see also my Google Scholar profile"); the layout's other HTML is the
        theme's, not the page's."""
        pieces = []
        for part in self._included_parts(text, path, first_line):  # (the page's, and each file it includes)
            pieces.append(super().papers_listed(*part))
        kept = "\n\n".join(piece for piece in pieces if piece.strip())
        layout = self._layout_of(path)
        if layout is None or layout in self.layouts_read or not (found := LAYOUT_CONTENT.search(written := self.read(layout))):
            return kept
        self.layouts_read.add(layout)
        before = len(self.entries)
        self.bibtex_written(written[found.end() :], layout, 1 + written.count("\n", 0, found.end()))
        if read := len(self.entries) - before:
            said = "paper it lists" if read == 1 else f"{read} papers it lists"
            self.note(layout, f"the {said} after the page's text with their BibTeX are entries of {self.entries_file()}")
        return kept

    def _included_parts(self, text: str, path: Path, first_line: int) -> list[tuple[str, Path, int]]:
        """A page's text as its parts and the files it includes in their places (`{% include_relative
        papers.md %}`, `{% include publications.html %}`), each with its own file and first line."""
        parts: list[tuple[str, Path, int]] = []
        lines = text.split("\n")
        start = 0
        for at, line in enumerate(lines):
            if included := self._included(line, path):
                parts += [("\n".join(lines[start:at]), path, first_line + start), (self.read(included), included, 1)]
                start = at + 1
        return [*parts, ("\n".join(lines[start:]), path, first_line + start)]

    def _included(self, line: str, page: Path) -> Path | None:
        """The file of the site a page's line includes, if it is one (`include_relative` from the
        page's folder, `include` from `_includes/`)."""
        if not (found := self.include_pattern.match(line)):
            return None
        included = (page.parent if found.group(1) else self.source / "_includes") / found.group(2)
        return included if included.is_file() and included.resolve().is_relative_to(self.source.resolve()) else None

    def pages(self) -> None:
        """The site's pages, but the files a publications page includes (its papers' list, read
        with it: not a page of their own)."""
        for path in self.page_files():
            if self.page_name(path) == "publications":
                self.consume(*filter(None, (self._included(line, path) for line in self.document(path).body.split("\n"))))
        super().pages()

    def run(self) -> None:
        self.consume(self.biography_page)  # (a page of its own when the home page is the biography)
        super().run()

    def photo(self) -> str:
        """The `avatar` (the author block's, or the site's: beautiful-jekyll's and jekyll-now's),
        or else the picture the biography starts with (`<img src="/assets/img/me.jpg"
        align="right">`, which the profile shows as its photo now: `biography` leaves it out);
        copied when it is a file of the site."""
        given = self.author.get("picture")  # (Hydejack's: a path, or `{path: ...}`)
        avatar = text(self.author.get("avatar")) or text(self.config.get("avatar"))
        avatar = avatar or text(given.get("path") if isinstance(given, dict) else given) or self._profile_image()
        if avatar.endswith(_PLACEHOLDER_AVATARS) or "jekyll-logo" in avatar:  # (the themes' examples)
            self.note(self.source / "_config.yml", f"avatar: {avatar} is the theme's example picture, not yours: left out")
            avatar = ""
        body = self.biography_document().body
        if not avatar and (found := _leading_picture(body)):
            picture = found.group("html") or found.group("markdown")
            if (photo := self._picture(picture)) and not photo.endswith((".svg", ".gif")):
                self.picture_span = found.span()
            return photo if self.picture_span else ""
        if not avatar or "://" in avatar:
            return avatar
        if not (photo := self._picture(avatar)):
            self.note(self.source / "_config.yml", f"avatar: {avatar} is no file of the site: the profile has no photo")
        return photo

    def _profile_image(self) -> str:
        """The picture an al-folio-like about page names (`profile: image: prof_pic.jpg`, in
        `assets/img/` when it is a bare name)."""
        meta = self.biography_document().meta
        profile = meta.get("profile") if isinstance(meta.get("profile"), dict) else {}
        image = text(profile.get("image"))
        return f"assets/img/{image}" if image and "/" not in image else image

    def _picture(self, picture: str) -> str:
        """A picture's address, or its path in static/ where it is copied to; "" for no file."""
        if "://" in picture:
            return picture
        copied = self.local_file(picture)
        return copied.lstrip("/") if copied.startswith("/") and (self.target / "static" / copied.lstrip("/")).is_file() else ""

    def biography(self, text: str, path: Path, first_line: int) -> str:
        """The profile's text, read as AcadHomepage's page is (its sections of news, publications,
        education ... into their places), without the picture it started with when that is its
        photo now, nor a heading of the owner's name over it (the profile shows it)."""
        if path != self.biography_page:
            return super().biography(text, path, first_line)
        if self.picture_span:
            start, end = self.picture_span  # (its lines kept blank: those after it keep their numbers)
            text = text[:start] + "\n" * text.count("\n", start, end) + text[end:]
        if about := str(self.author.get("about") or "").strip():  # Hydejack's `<!--author-->`: the author's `about`
            marked = _AUTHOR_MARK.search(text)
            text = f"{text[: marked.start()]}{about}{text[marked.end() :]}" if marked else f"{text.rstrip()}\n\n{about}\n"
        made = super().biography(_unwrapped(text), path, first_line)
        heading = _NAME_HEADING.match(made)
        named = heading and bare_name(heading.group(2)) == self.name  # ("## Jane Doe (PhD)" too)
        return made[: heading.start(1)] + made[heading.end() :] if named else made

    def profile_links(self) -> dict[str, str]:
        """The links of the themes' ways, in this order: the author block's (its `links`, Minimal
        Mistakes'; its `social`, Hydejack's), minima's `<site>_username`s, minima 3's
        `social_links`, beautiful-jekyll's `social-network-links`, jekyll-now's `footer-links`; a
        theme's example value left out, noted."""
        config = self.config
        minima = config.get("minima") if isinstance(config.get("minima"), dict) else {}
        pairs: list[tuple[str, Any]] = [
            (str(key), value) for key, value in self.author.items() if _is_link_key(str(key)) or is_web_address(text(value))
        ]
        pairs += _social_links(self.author.get("links"))  # Minimal Mistakes': [{label, icon, url}]
        pairs += _social_links(self.author.get("social"))  # Hydejack's: {github: name, linkedin: name}
        pairs += [(str(key).removesuffix("_username"), value) for key, value in config.items() if str(key).endswith("_username")]
        pairs += _social_links(minima.get("social_links") or config.get("social_links"))
        for block in ("social-network-links", "footer-links"):
            if isinstance(config.get(block), dict):
                pairs += [(str(key), value) for key, value in config[block].items()]
        links: dict[str, str] = {}
        for key, value in pairs:
            if (made := self._link(key, value)) and made[0] not in links:
                links[made[0]] = made[1]
        return links

    def _link(self, key: str, value: Any) -> tuple[str, str] | None:
        """One of the themes' links as a profile's (its kind, and its address or user name)."""
        name = re.sub(r"[-_\s]", "", key.lower())
        if name == "mastodon" and isinstance(value, list):  # minima 2.5: [{username, instance}]
            account = next((item for item in value if isinstance(item, dict)), {})
            value = f"https://{text(account.get('instance'))}/@{text(account.get('username'))}" if account else ""
        written = text(value)
        if not written or name in _NO_LINKS or written in ("true", "false"):
            return None
        if written.casefold() in _PLACEHOLDERS or written.casefold().startswith("barryclark/"):
            self.note(self.source / "_config.yml", f"{key}: {written} is the theme's example, not yours: left out")
            return None
        kind = _LINK_KINDS.get(name, name)
        if "://" in written:
            return kind, written
        if name == "mastodon":  # "instance.social/@name"
            return kind, f"https://{written}"
        if name == "stackoverflow":  # "3943160/daattali", jekyll-now's "users/50476/bart-kiers"
            return kind, USER_ADDRESSES["stackoverflow"].format(written.removeprefix("users/"))
        if kind in PROFILE_LINKS and PROFILE_LINKS[kind][1]:
            return kind, written.removeprefix("@") if kind != "youtube" else written
        if kind in USER_ADDRESSES:
            return kind, USER_ADDRESSES[kind].format(written.removeprefix("@"))
        self.note(
            self.source / "_config.yml",
            f"{key}: {written} is a user name on a site sitegen knows no address of: give the profile's link as an address",
        )
        return None

    # -- the site ----------------------------------------------------------------------------
    def site_address(self) -> str:
        return base_url(str(self.config.get("url") or ""), str(self.config.get("baseurl") or ""))

    def site_icon(self) -> str:
        """The favicon `_config.yml` names, or one at the site's root, copied to static/."""
        named = text(self.config.get("favicon"))
        found = [named] if named and "://" not in named else []
        found += [name for name in ("favicon.svg", "favicon.png", "favicon.ico") if (self.source / name).is_file()]
        for icon in found:
            if (copied := self.local_file(icon)) != icon or (self.target / "static" / icon.lstrip("/")).is_file():
                return copied.lstrip("/")
        return ""

    def analytics(self) -> dict[str, Any]:
        """Google Analytics' id: minima's and jekyll-now's `google_analytics`, beautiful-jekyll's `gtag`."""
        return {"google": self.config.get("gtag") or self.config.get("google_analytics")}

    def _site(self) -> None:
        description = text(self.config.get("description"))
        if description and _PLACEHOLDER_DESCRIPTION.match(description):
            self.note(self.source / "_config.yml", "description: is the theme's example text: left out")
            self.config.pop("description")
        super()._site()

    def _menu(self) -> list[str]:
        """The menu's pages, by their names in the new site: minima's `header_pages` (files),
        beautiful-jekyll's `navbar-links` (addresses; a submenu's too), Hydejack's `menu`, or every
        page, as minima lists them when `header_pages` says none."""
        config = self.config
        minima = config.get("minima") if isinstance(config.get("minima"), dict) else {}
        named = minima.get("nav_pages") or config.get("header_pages")
        if isinstance(named, list):
            return [self.page_name(path) for item in named if (path := self.source / str(item)).is_file()]
        if isinstance(config.get("navbar-links"), dict):
            return [_address_name(address) for address in _addresses(config["navbar-links"])]
        if isinstance(config.get("menu"), list):  # Hydejack's: [{title, url}]
            return [_address_name(text(item.get("url"))) for item in config["menu"] if isinstance(item, dict)]
        return [self.page_name(path) for path in self.page_files()]

    def menu_place(self, meta: dict, name: str) -> int | None:
        return self.menu.index(name) + 1 if name in self.menu else None

    def page_files(self) -> list[Path]:
        """`_pages/` (a site may keep its pages there, with `include: [_pages]`), and every other
        file Jekyll makes a page of: Markdown (with front matter or without: GitHub Pages makes
        pages of both) or HTML with front matter, beside the home page or in a folder
        (`research/index.md`), but the home page, the 404 page and the repository's read-mes; an
        HTML page that is Liquid alone (a list of posts) is noted."""
        if self._site_pages is None:
            excluded = {str(name).strip("/") for name in as_list(self.config.get("exclude"))} | _NEVER_PAGES
            pages = filter(self._is_page, _files(self.source, excluded))
            self._site_pages = [*markdown_files(self.source / "_pages"), *pages]
        return self._site_pages

    def _is_page(self, path: Path) -> bool:
        """Whether Jekyll makes a page of a file of the site (`page_files`)."""
        relative = path.relative_to(self.source)
        if path.suffix.lower() not in _PAGE_SUFFIXES or REPOSITORY_FILES.match(path.stem):
            return False
        if len(relative.parts) == 1 and relative.stem.lower() in ("index", "404"):  # (the home page is the profile's)
            return False
        html_page = path.suffix.lower() in (".html", ".htm")
        written = self.read(path) if html_page else ""
        if html_page and not written.startswith("---") and not self.is_page_of_html(written):
            return False  # (copied as it is by Jekyll: no page; a Markdown file is one without front matter too)
        if html_page and not _says_something(self.document(path).body):
            if self.page_name(path) not in self.made_pages:
                self.note(path, self.textless_page)
            return False
        return True

    def is_page_of_html(self, written: str) -> bool:
        """Whether an HTML file without front matter is a page: not for Jekyll, which copies it as it is."""
        return False

    def page_name(self, path: Path) -> str:
        """A page's name: its permalink's last part, or its file's, or its folder's for a folder's
        index (`research/index.md` is research)."""
        if path.stem.lower() == "index" and not self.document(path).meta.get("permalink") and path.parent != self.source:
            return slugify(path.parent.name)
        return super().page_name(path)

    def unclaimed_old_pages(self, meta: dict, new: str, path: Path) -> list[str]:
        """The old addresses of a page, with where Jekyll put one without a `permalink`
        (`teaching.md` at /teaching.html, /teaching/ with `permalink: pretty`)."""
        if not meta.get("permalink") and path.is_relative_to(self.source) and not path.is_relative_to(self.source / "_posts"):
            meta = {**meta, "redirect_from": [*as_list(meta.get("redirect_from")), self._jekyll_address(path)]}
        return super().unclaimed_old_pages(meta, new, path)

    def _jekyll_address(self, path: Path) -> str:
        relative = path.relative_to(self.source).with_suffix("")
        if relative.name.lower() == "index":
            return f"/{relative.parent.as_posix()}/".replace("/./", "/")
        pretty = str(self.config.get("permalink") or "") == "pretty"
        return f"/{relative.as_posix()}/" if pretty else f"/{relative.as_posix()}.html"


def _unwrapped(text: str) -> str:
    """A page's text without the tags that hold all of it (`<div class="container">` on the first
    line of its body, its `</div>` on the last: the old layout's, which sitegen's is now), their
    lines blank; those holding a part only stay (the page's sections are read by their headings,
    and a section that kept only a closing tag would leave an opening one open)."""
    lines = text.split("\n")
    start = next((at + 1 for at, line in enumerate(lines) if BODY_OPEN.search(line)), 0)
    end = next((at for at in range(len(lines) - 1, start - 1, -1) if _BODY_END.search(lines[at])), len(lines))
    said = [at for at in range(start, end) if lines[at].strip()]
    while len(said) >= 2 and (opening := _HOLDER_OPENS.fullmatch(lines[said[0]].strip())):
        tag = opening.group(1).lower()
        if lines[said[-1]].strip().lower() != f"</{tag}>" or not _holds_all(lines[said[0] + 1 : said[-1]], tag):
            break
        lines[said[0]] = lines[said[-1]] = ""
        said = said[1:-1]
    return "\n".join(lines)


def _holds_all(lines: list[str], tag: str) -> bool:
    """Whether the lines between a tag's opening and a closing one never close it before: the
    closing one is its own."""
    depth = 0
    for found in re.finditer(rf"<(/?){tag}\b", "\n".join(lines), re.IGNORECASE):
        depth += -1 if found.group(1) else 1
        if depth < 0:
            return False
    return depth == 0


def _leading_picture(body: str) -> re.Match[str] | None:
    """The picture a page starts with: first in its text, after its head, what holds the text and
    its title heading (a picture in a paragraph or block of its own with it)."""
    return _FIRST_PICTURE.match(body) or _FIRST_PICTURE.match(body, _LEAD.match(body).end())


def _files(folder: Path, excluded: set[str]) -> list[Path]:
    """The files of a site's folder that Jekyll reads, in its folders too: not those named with
    `_` or `.` first (Jekyll's own), nor the `exclude`d ones."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("_", ".")) or path.name in excluded or path.is_symlink():  # (a link may loop)
            continue
        found += _files(path, excluded) if path.is_dir() else [path]
    return found


def _says_something(body: str) -> bool:
    """Whether a page's text says anything once its Liquid and comments are left out."""
    return bool(_SAYS_NOTHING.sub("", body))


def _is_link_key(key: str) -> bool:
    """Whether an `author:` block's key names a link (`github`, `googlescholar`), not the name,
    the picture, the biography or the place."""
    name = re.sub(r"[-_\s]", "", key.lower())
    return name in _LINK_KINDS or name in USER_ADDRESSES or name == "mastodon"


def _social_links(written: Any) -> list[tuple[str, Any]]:
    """minima 3's `social_links`: a list of `{platform, user_url}` (or Minimal Mistakes' author
    `links` of `{label, url}`), or a table of a site's name and the user name on it."""
    if isinstance(written, dict):
        return [(str(key), value) for key, value in written.items()]
    pairs = []
    for item in written if isinstance(written, list) else []:
        if isinstance(item, dict) and (platform := text(item.get("platform") or item.get("title") or item.get("label"))):
            pairs.append((platform, item.get("user_url") or item.get("url")))
    return pairs


def _addresses(links: dict) -> list[str]:
    """The addresses of beautiful-jekyll's `navbar-links`, a submenu's in its place."""
    found: list[str] = []
    for value in links.values():
        if isinstance(value, list):
            found += [address for item in value if isinstance(item, dict) for address in _addresses(item)]
        elif isinstance(value, dict):
            found += _addresses(value)
        elif text(value):
            found.append(text(value))
    return found


def _address_name(address: str) -> str:
    """A menu address's page name ("aboutme", "/publications/", "publications.html")."""
    last = address.split("#")[0].strip("/").split("/")[-1]
    return slugify(re.sub(r"\.(?:html|md)$", "", last))
