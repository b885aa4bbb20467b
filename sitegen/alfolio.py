"""An al-folio site (Jekyll) made into a sitegen site (`sitegen import`, migrate.py).

al-folio keeps a one-person academic site as `_config.yml` (name, URL, the names to emphasise),
`_data/socials.yml` (profile links), `_pages/about.md` (photo and biography), `_bibliography/*.bib`,
`_news/`, `_projects/`, `_pages/` (other pages), `_data/cv.yml` or `assets/json/resume.json` (the
CV), `_data/coauthors.yml` and `assets/` (pictures and PDFs). Each becomes what sitegen reads:
site.yml, the owner's profile, the .bib files as they are (sitegen reads al-folio's fields), news
items, projects, pages and `static/assets/` (where sitegen looks for al-folio's files).
Blog posts become news items; files that have no place in sitegen (the repositories page) are reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitegen import alfolioprofiles
from sitegen.errors import SitegenError
from sitegen.metrics import METRICS
from sitegen.migrate import (
    Migration,
    add_link,
    as_list,
    base_url,
    dump,
    front_matter,
    markdown_files,
    old_pages,
    shown_text,
    text,
)
from sitegen.paperlist import HandWrittenPapers
from sitegen.slugs import slugify
from sitegen.yamlfile import Document, LineDict

# al-folio's social keys (in _data/socials.yml, or in _config.yml before 2024) -> a profile's link
# kind, and how its value becomes what sitegen reads (a user name, an id, or a URL)
SOCIALS: dict[str, tuple[str, str]] = {
    "github_username": ("github", "{}"),
    "gitlab_username": ("gitlab", "{}"),
    "scholar_userid": ("scholar", "{}"),
    "orcid_id": ("orcid", "{}"),
    "linkedin_username": ("linkedin", "{}"),
    "x_username": ("x", "{}"),
    "twitter_username": ("x", "{}"),
    "research_gate_profile": ("researchgate", "{}"),
    "semanticscholar_id": ("semanticscholar", "{}"),
    "dblp_url": ("dblp", "{}"),
    "bluesky_url": ("bluesky", "{}"),
    "mastodon_username": ("mastodon", "https://{}"),  # al-folio writes `mastodon.social/@name`
    "youtube_id": ("youtube", "https://www.youtube.com/channel/{}"),
    "wikipedia_id": ("wikipedia", "https://en.wikipedia.org/wiki/{}"),
    "work_url": ("work", "{}"),
    "blogger_url": ("blog", "{}"),
    "medium_username": ("medium", "https://medium.com/@{}"),
    "kaggle_id": ("kaggle", "https://www.kaggle.com/{}"),
    "keybase_username": ("keybase", "https://keybase.io/{}"),
    "stackoverflow_id": ("stackoverflow", "https://stackoverflow.com/users/{}"),
    "inspirehep_id": ("inspirehep", "https://inspirehep.net/authors/{}"),
    "acm_id": ("acm", "https://dl.acm.org/profile/{}"),
    "ieee_id": ("ieee", "https://ieeexplore.ieee.org/author/{}"),
    "scopus_id": ("scopus", "https://www.scopus.com/authid/detail.uri?authorId={}"),
    "publons_id": ("publons", "https://publons.com/a/{}/"),
    "osf_id": ("osf", "https://osf.io/{}/"),
    "zotero_username": ("zotero", "https://www.zotero.org/{}"),
}
# the assets al-folio sites keep content in (its own CSS, JS and fonts are left behind)
ASSET_FOLDERS = ("img", "pdf", "html", "video", "audio", "bibliography", "files")
# pages al-folio makes from data, which sitegen makes itself or has no place for
MADE_PAGES = {
    "about": "",
    "publications": "sitegen lists the publications at /publications/",
    "projects": "sitegen lists the projects at /projects/",
    "news": "sitegen lists the news at /news/",
    "cv": "the CV's education, experience and awards are on the profile",
    "repositories": "the repositories page asks GitHub's API as it is built; link your GitHub profile instead",
    "blog": "sitegen has no blog",
    "dropdown": "sitegen's menu has no drop-downs",
    "404": "sitegen writes its own 404 page",
    "profiles": "a lab's people are profiles in content/people/ (`sitegen new person NAME`)",
}


class AlFolio(HandWrittenPapers, Migration):
    TRANSLATES_PAGES = True
    made_pages = MADE_PAGES
    collections = frozenset({"news", "projects", "teachings", "posts"})

    @staticmethod
    def recognises(source: Path) -> bool:
        return (source / "_config.yml").is_file() and (source / "_bibliography").is_dir()

    def __init__(self, source: Path, target: Path):
        super().__init__(source, target)
        self.owner = slugify(self._name()) or "me"
        self.members: dict[str, tuple[dict[str, Any], str]] = {}  # a lab's people (its profiles page): slug -> profile, text
        self.home_text = ""  # the text of a profiles page that was the home page (`permalink: /`)

    def run(self) -> None:
        self._assets()
        self._bibliography()
        about = self._about()
        self._profiles_pages()
        if self.members:  # a lab's site: its people are profiles, the about page the home page's text
            self._people(about)
        else:
            self._profile(about)
        self._site(about)
        self._news()
        self._projects()
        self.pages()
        self.blog()
        self.other_collections()
        self.write_entries()  # papers its publications page lists by hand

    def _assets(self) -> None:
        for name in ASSET_FOLDERS:
            self.copy(self.source / "assets" / name, f"static/assets/{name}")

    def _bibliography(self) -> None:
        self.scholar_bibliography()

    # -- the owner ---------------------------------------------------------------------------
    def _name(self) -> str:
        parts = (self.config.get(key) for key in ("first_name", "middle_name", "last_name"))
        return " ".join(str(part).strip() for part in parts if part) or str(self.config.get("title") or "")

    def _about(self) -> Document:
        """The about page: the owner's profile (its front matter and text), or a lab's home page."""
        path = self.source / "_pages" / "about.md"
        return self.document(path) if path.is_file() else Document(LineDict(), "", 1)

    def _profile(self, about: Document) -> None:
        """The owner's profile: the about page's picture, subtitle (as the affiliation), text and
        the lines beside the picture, with what _config.yml and _data/ give of them."""
        meta, path = about.meta, self.source / "_pages" / "about.md"
        body = self.biography(about.body, path, about.body_line) if about.body else ""
        profile = meta.get("profile") if isinstance(meta.get("profile"), dict) else {}
        person: dict[str, Any] = {"name": self._name() or "Your Name"}
        if subtitle := shown_text(meta.get("subtitle")):
            person["affiliation"] = subtitle
        if image := profile.get("image"):
            person["photo"] = f"assets/img/{image}"
        person.update(self._details())
        if old := self.unclaimed_old_pages(meta, "/", path):
            person["redirect_from"] = old
        if more := text(profile.get("more_info")):
            body = f"{body.rstrip()}\n\n{more}\n" if body.strip() else f"{more}\n"
        self.write(f"content/people/{self.owner}.md", front_matter(person) + body)

    def _details(self) -> dict[str, Any]:
        """What _config.yml and _data/ give of the site's person: e-mail, links, the names to
        emphasise, CV and courses."""
        person: dict[str, Any] = {}
        socials = self.yaml(self.source / "_data" / "socials.yml") or self.config
        if email := socials.get("email") or self.config.get("email"):
            person["email"] = text(email)
        if links := self._links(socials):
            person["links"] = links
        if aliases := self._aliases():
            person["aliases"] = aliases
        person.update(self._cv())
        if courses := self._courses():
            person["teaching"] = [*person.get("teaching", []), *courses]
        return person

    def _links(self, socials: dict) -> dict[str, str]:
        links = {}
        for key, (kind, form) in SOCIALS.items():
            value = socials.get(key)
            if value:
                add_link(links, kind, form.format(str(value).strip()))  # x_username and twitter_username: x, x_2
        if isinstance(socials.get("custom_social"), list):
            for item in socials["custom_social"]:
                if isinstance(item, dict) and item.get("title") and item.get("url"):
                    links[slugify(str(item["title"])).replace("-", "_")] = str(item["url"])
        return links

    def _aliases(self) -> list[str]:
        """jekyll-scholar's names to emphasise (`scholar: {last_name: [..], first_name: [..]}`) as
        "Last, First", the form sitegen matches in any order."""
        scholar = self.config.get("scholar") if isinstance(self.config.get("scholar"), dict) else {}
        lasts, firsts = as_list(scholar.get("last_name")), as_list(scholar.get("first_name"))
        name = self._name()
        return [f"{last}, {first}" for last in lasts for first in firsts if f"{first} {last}" != name]

    def _venues(self) -> dict[str, str]:
        """`_data/venues.yml` (a badge's short name -> its venue's `url` and colour) as the pages the
        badges link to; the colours stay the theme's, which keep their contrast."""
        venues = self.yaml(self.source / "_data" / "venues.yml")
        pages = {str(name): text(value.get("url")) for name, value in venues.items() if isinstance(value, dict)}
        return {name: url for name, url in pages.items() if url.startswith(("https://", "http://"))}

    def _courses(self) -> list[dict[str, str]]:
        """al-folio's courses (`_teachings/`): each a line of the profile's Teaching, linked to a
        page of its own: its description, instructor, term, time and place, its schedule as a
        table (week, date, topic, materials), and its text."""
        courses = []
        for path in markdown_files(self.source / "_teachings"):
            document = self.document(path)
            meta = document.meta
            title = text(meta.get("title")) or path.stem
            term = " ".join(part for part in (text(meta.get("term")), text(meta.get("year"))) if part)
            lead = _course_lead(meta)
            url = self.course_page(path, document, title, [f"/teachings/{path.stem}/", f"/teachings/{path.stem}.html"], lead)
            course = {"course": title, "role": "Instructor" if meta.get("instructor") else "", "term": term, "url": url}
            courses.append({key: value for key, value in course.items() if value})
        if courses:
            self.note(self.source / "_teachings", "each course is a line of the profile's Teaching, linked to a page of its own")
        return courses

    def _cv(self) -> dict[str, list]:
        """The CV's education, experience and awards, from `_data/cv.yml` (RenderCV's form) or
        `assets/json/resume.json` (JSON Resume), in the profile's fields."""
        cv_file, resume = self.source / "_data" / "cv.yml", self.source / "assets" / "json" / "resume.json"
        sections: dict[str, Any] = {}
        if cv_file.is_file():
            cv = self.yaml(cv_file).get("cv")
            given = cv.get("sections") if isinstance(cv, dict) else None
            sections = {str(k).lower(): v for k, v in given.items()} if isinstance(given, dict) else {}
        elif resume.is_file():
            try:
                data = json.loads(self.read(resume))
            except json.JSONDecodeError as error:
                raise SitegenError(f"invalid JSON: {error.msg}", resume, error.lineno) from None
            if not isinstance(data, dict):
                raise SitegenError("a JSON Resume must be one object ({...})", resume, 1)
            sections = {"education": data.get("education"), "experience": data.get("work"), "awards": data.get("awards")}
        found: dict[str, list] = {}
        for key, convert in (("education", _degree), ("experience", _position), ("awards", _award)):
            items = [convert(item) for item in sections.get(key) or [] if isinstance(item, dict)]
            if items := [item for item in items if item]:
                found[key] = items
        return found

    def _site(self, about: Document) -> None:
        config = self.config
        title = str(config.get("title") or "").strip()
        site: dict[str, Any] = {"title": self._name() if title in ("", "blank") else title}  # al-folio: blank is the name
        if self.members and title in ("", "blank"):  # a lab's: its about page's title ("The Larracuente Lab")
            site["title"] = self._home_title(about) or site["title"]
        if description := text(config.get("description")):
            site["description"] = description
        site["base_url"] = base_url(str(config.get("url") or ""), str(config.get("baseurl") or ""))
        site["language"] = self.site_language()
        if languages := sorted({code for _, code in self.page_translations().values()}):
            site["languages"] = languages
        if not self.members:
            site["owner"] = self.owner
        if about.meta.get("selected_papers") is True and not self.members:  # a lab's home page shows them anyway
            site["publications"] = {"on_home": "selected"}
        if venues := self._venues():
            site.setdefault("publications", {})["venues"] = venues
        site.setdefault("publications", {}).update(self._list_settings())
        if not site["publications"]:
            del site["publications"]
        if coauthors := self._coauthors():
            site["coauthors"] = coauthors
        site.update(self._chrome())
        self.moved.update(self.translations_moved())
        if self.moved:
            site["redirects"] = self.moved
        self.write("content/site.yml", dump(site))

    def site_language(self) -> str:
        return str(self.config.get("lang") or "en")

    def profile_translation(self, path: Path, code: str) -> tuple[str, str]:
        """The about page in another language (`about_zh.md`): the owner's profile's translation,
        its subtitle the affiliation and its text with the lines beside the picture; a lab's, the
        home page's text's."""
        document = self.document(path)
        body = self.biography(document.body, path, document.body_line) if document.body else ""
        profile = document.meta.get("profile") if isinstance(document.meta.get("profile"), dict) else {}
        if more := text(profile.get("more_info")):  # as the profile's own (`_profile`)
            body = f"{body.rstrip()}\n\n{more}\n" if body.strip() else f"{more}\n"
        if self.members:
            return f"content/index.{code}.md", body
        own = {"affiliation": subtitle} if (subtitle := shown_text(document.meta.get("subtitle"))) else {}
        return f"content/people/{self.owner}.{code}.md", (front_matter(own) if own else "") + body

    def _chrome(self) -> dict[str, Any]:
        """`icon` (an emoji, or a picture's name in assets/img/), Google Analytics and the
        verification tokens, each where al-folio's `enable_...` flag does not turn it off."""
        config = self.config
        icon = text(config.get("icon"))
        if "." in icon and not (self.source / "assets" / "img" / icon).is_file():
            self.note(self.source / "_config.yml", f"the icon assets/img/{icon} is not there: the site has none")
            icon = ""
        elif "." in icon:
            icon = f"assets/img/{icon}"
        on = config.get("enable_google_analytics") is not False
        analytics = {"google": config.get("google_analytics")} if on else {}
        verification = {
            name: config.get(f"{name}_site_verification")
            for name in ("google", "bing")
            if config.get(f"enable_{name}_verification") is not False
        }
        return self.chrome_settings(
            icon,
            analytics,
            verification,
            self.source / "_config.yml",
        )

    def _list_settings(self) -> dict[str, Any]:
        """How al-folio's lists look, as sitegen's settings: its author limit ("and 5 more authors"),
        whether entries show their pictures, and the badges it shows (`enable_publication_badges`),
        which are sitegen's metrics links."""
        found: dict[str, Any] = {}
        limit = self.config.get("max_author_limit")
        if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
            found["max_authors"] = limit
        elif "max_author_limit" in self.config and limit is None:  # "leave blank to always show all authors"
            found["max_authors"] = 0
        if self.config.get("enable_publication_thumbnails") is False:
            found["previews"] = False
        badges = self.config.get("enable_publication_badges")
        if isinstance(badges, bool):
            found["metrics"] = badges
        elif isinstance(badges, dict):
            found["metrics"] = [name for name in METRICS if badges.get(name) is True] or False
        return found

    def _coauthors(self) -> dict[str, str]:
        """`_data/coauthors.yml` (last name -> first-name variants and a URL) as sitegen's
        coauthors: each written form of the name -> the URL."""
        data = self.yaml(self.source / "_data" / "coauthors.yml")
        found = {}
        for last, people in data.items():
            for person in people if isinstance(people, list) else []:
                if isinstance(person, dict) and person.get("url"):
                    for first in as_list(person.get("firstname")):
                        found[f"{first} {str(last).title()}"] = str(person["url"])
        return found

    # -- a lab's profiles page -----------------------------------------------------------------
    def _profiles_pages(self) -> None:
        """al-folio's `layout: profiles` pages (alfolioprofiles.py): a lab's people become profiles
        and the page's own text leads the People page; a page of pictures and text (research
        themes) stays a page; al-folio's untouched example (about_einstein.md) is left out."""
        for path in markdown_files(self.source / "_pages"):
            document = self.document(path)
            meta = document.meta
            listed = meta.get("profiles") if meta.get("layout") == "profiles" else None
            blocks = [block for block in listed if isinstance(block, dict)] if isinstance(listed, list) else []
            if not blocks:
                continue
            self.consume(path)
            if all(str(block.get("content") or "") == "about_einstein.md" for block in blocks):
                self.note(
                    path,
                    "not imported: al-folio's example of a people page (about_einstein.md); add people with `sitegen new person NAME`",
                )
                continue
            texts = [self._block_text(path, block) for block in blocks]
            if _lists_people(path, meta, blocks):
                self._members(path, document, blocks, texts)
            else:
                self._blocks_page(path, document, blocks, texts)

    def _block_text(self, page: Path, block: LineDict) -> tuple[str, Path | None]:
        """A block's Markdown, from its `content` file of `_pages/` (as al-folio's
        `include_relative` reads it), made sitegen's; the file is no page of its own."""
        name = str(block.get("content") or "").strip()
        if not name:
            return "", None
        path = (page.parent / name).resolve()
        if not path.is_file() or not path.is_relative_to(self.source.resolve()):
            self.note(page, f"the text of this block, {name}, is not in _pages/: it is left out", block.line_of("content"))
            return "", None
        self.consume(path)
        document = self.document(path)
        return self.biography(document.body, path, document.body_line), path

    def _members(self, page: Path, document: Document, blocks: list[LineDict], texts: list[tuple[str, Path | None]]) -> None:
        """Each block a person: name, role, photo, e-mail and links from the block, the text of its
        file as the biography, the page's order kept; the page's own text leads the People page."""
        for order, (block, (body, path)) in enumerate(zip(blocks, texts, strict=True), 1):
            line = block.line_of("more_info") if "more_info" in block else block.line_of(next(iter(block)))
            if path is not None and path.name == "about_einstein.md" and "Write your biography here" in body:
                self.note(page, "al-folio's example person (about_einstein.md) is left out", line)
                continue
            member = alfolioprofiles.member(block, body, path.stem if path else "")
            if not member.name:  # no name anywhere, and no text file to name it after: no profile a build takes
                self.note(page, "no name found for this block: left out (give it `name:` and import again)", line)
                continue
            if member.named_by_file:
                self.note(page, f"no name found for this person: named '{member.name}' after their file; check it", line)
            slug = slugify(member.name) or f"person-{order}"
            if slug in self.members:
                self.note(page, f"a second block of {member.name} is left out", line)
                continue
            self.members[slug] = self._profile_of(member, self._photo(page, block), order)
        self._people_page(page, document)

    @staticmethod
    def _profile_of(member: alfolioprofiles.Member, photo: str, order: int) -> tuple[dict[str, Any], str]:
        """A person of a profiles page as a profile's front matter (in the page's order) and text:
        the biography, then the lines beside the picture that are none of the fields."""
        fields = (
            ("role", member.role),
            ("affiliation", member.affiliation[0] if len(member.affiliation) == 1 else member.affiliation),
            ("group", member.group),
            ("photo", photo),
            ("email", member.email),
        )
        person: dict[str, Any] = {"name": member.name, **{key: value for key, value in fields if value}}
        if member.links:
            person["links"] = member.links
        person["order"] = order
        text = "\n\n".join(part for part in (member.text.strip(), *member.more) if part)
        return person, f"{text}\n" if text else ""

    def _photo(self, page: Path, block: LineDict) -> str:
        """A block's picture (in assets/img/, copied to static/assets/img/); a missing one noted."""
        image = str(block.get("image") or "").strip().lstrip("/")
        if image and not (self.source / "assets" / "img" / image).is_file():
            self.note(page, f"the picture assets/img/{image} is not there: the profile has none", block.line_of("image"))
            return ""
        return f"assets/img/{image}" if image else ""

    def _people_page(self, path: Path, document: Document) -> None:
        """The profiles page's description and text as the text of sitegen's People page
        (content/pages/people.md), its title when not al-folio's "people", its old address kept."""
        meta = document.meta
        title = str(meta.get("title") or "").strip()
        parts = [str(meta.get("description") or "").strip(), self.markdown(document.body, path, document.body_line, meta).strip()]
        if not str(meta.get("permalink") or "").strip("/"):  # the lab's home page was its people: its text stays there
            self.home_text = "\n\n".join(part for part in parts if part)
            return
        page: dict[str, Any] = {"title": title} if title and title.lower() != "people" else {}
        if old := old_pages(meta, "/people/"):
            page["redirect_from"] = old
        if body := "\n\n".join(part for part in parts if part):
            self.write("content/pages/people.md", (front_matter(page) if page else "") + body + "\n")
        elif page:
            self.write("content/pages/people.md", front_matter(page))

    def _blocks_page(self, path: Path, document: Document, blocks: list[LineDict], texts: list[tuple[str, Path | None]]) -> None:
        """A profiles page of pictures and text (research themes): a page of its blocks in turn,
        each its picture, the lines beside it and its text."""
        meta = document.meta
        name = slugify(str(meta.get("permalink") or path.stem).strip("/").split("/")[-1] or path.stem)
        parts = [str(meta.get("description") or "").strip()]
        for block, (body, _) in zip(blocks, texts, strict=True):
            image = str(block.get("image") or "").strip().lstrip("/")
            picture = f"![{Path(image).stem.replace('_', ' ')}](/assets/img/{image})" if image else ""
            parts.append("\n\n".join(part for part in (picture, str(block.get("more_info") or "").strip(), body.strip()) if part))
        parts.append(self.markdown(document.body, path, document.body_line, meta).strip())
        title = str(meta.get("title") or "").strip() or path.stem.replace("_", " ").capitalize()
        page: dict[str, Any] = {"title": title}
        if (place := self.menu_place(meta, name)) is not None:
            page["menu"] = place
        if old := self.unclaimed_old_pages(meta, f"/{name}/", path):
            page["redirect_from"] = old
        self.write(f"content/pages/{name}.md", front_matter(page) + "\n\n---\n\n".join(part for part in parts if part) + "\n")

    def _people(self, about: Document) -> None:
        """A lab's people as profiles; the site's own person (the name in _config.yml), when one of
        them, also gets the links, CV and courses the one-person import gives; the about page's
        text is the home page's."""
        if (found := self.members.get(self.owner)) is not None:
            for key, value in self._details().items():
                found[0].setdefault(key, value)
        elif self._name():
            self.note(
                self.source / "_config.yml",
                f"{self._name()} is none of the people page's: the links and CV given for them here are not imported",
            )
        for slug, (person, body) in self.members.items():
            self.write(f"content/people/{slug}.md", front_matter(person) + body)
        self._home(about)
        self.note(
            self.source / "_pages",
            f"a lab's site: its {len(self.members)} people are profiles, the about page the home page's text",
        )

    def _home_title(self, about: Document) -> str:
        title = str(about.meta.get("title") or "").strip()
        return "" if title.lower() in ("", "about") else title

    def _home(self, about: Document) -> None:
        """A lab's about page as the home page's text (content/index.md): its subtitle, its picture
        and the lines beside it, then its text."""
        path = self.source / "_pages" / "about.md"
        profile = about.meta.get("profile") if isinstance(about.meta.get("profile"), dict) else {}
        image = str(profile.get("image") or "").strip().lstrip("/")
        parts = [str(about.meta.get("subtitle") or "").strip(), f"![]({'/assets/img/' + image})" if image else ""]
        parts.append(str(profile.get("more_info") or "").strip())
        parts.append(self.markdown(about.body, path, about.body_line).strip() if about.body else "")
        parts.append(self.home_text)
        configured = str(self.config.get("title") or "").strip()
        title = self._home_title(about) or (configured if configured != "blank" else "") or self._name() or "Home"
        meta: dict[str, Any] = {"title": title}
        self.write("content/index.md", front_matter(meta) + "\n\n".join(part for part in parts if part) + "\n")

    # -- documents ---------------------------------------------------------------------------
    def _news(self) -> None:
        for path in markdown_files(self.source / "_news"):
            if (found := self.dated(path, {})) is None:
                continue
            item, document = found  # an inline item has no title: sitegen takes its first words
            body = self.markdown(document.body, path, document.body_line, document.meta)
            self.write(f"content/news/{item['date']}-{slugify(path.stem)}.md", front_matter(item) + body)

    def _projects(self) -> None:
        for path in markdown_files(self.source / "_projects"):
            document = self.document(path)
            meta = document.meta
            project: dict[str, Any] = {"title": str(meta.get("title") or path.stem)}
            if description := text(meta.get("description")):
                project["summary"] = description
            if image := meta.get("img"):
                project["image"] = str(image).lstrip("/")
            if isinstance(meta.get("importance"), int):
                project["order"] = meta["importance"]
            if github := meta.get("github"):
                project["links"] = {"code": f"https://github.com/{github}" if "://" not in str(github) else str(github)}
            if meta.get("redirect"):
                project.setdefault("links", {})["website"] = str(meta["redirect"])
            body = self.markdown(document.body, path, document.body_line, meta)
            self.write(f"content/projects/{slugify(path.stem)}.md", front_matter(project) + body)

    def menu_place(self, meta: dict, name: str) -> int | None:
        """al-folio's `nav: true` with `nav_order`."""
        if meta.get("nav") is not True:
            return None
        return meta["nav_order"] if isinstance(meta.get("nav_order"), int) else 10


def _lists_people(path: Path, meta: dict, blocks: list[LineDict]) -> bool:
    """Whether a profiles page is a lab's people: its address, title or file says so ("people",
    "team"), or every block's first line beside the picture is a name."""
    said = " ".join(str(part) for part in (meta.get("permalink"), meta.get("title"), path.stem) if part)
    if alfolioprofiles.PEOPLE_PAGE.search(said.replace("_", " ").replace("/", " ")):
        return True
    return all(alfolioprofiles.names_itself(block) for block in blocks)


def _years(item: dict) -> dict[str, str]:
    start = item.get("start_date") or item.get("startDate")
    end = item.get("end_date") or item.get("endDate")
    found = {}
    if start:
        found["start"] = str(start)
    if end:
        found["end"] = str(end)
    return found


def _degree(item: dict) -> dict[str, str] | None:
    study = " in ".join(str(item[key]).strip() for key in ("studyType", "area") if item.get(key))
    if not study:
        return None
    degree = {"degree": study}
    if item.get("institution"):
        degree["institution"] = str(item["institution"])
    end = item.get("end_date") or item.get("endDate")
    if end:
        degree["year"] = str(end)[:4]
    return degree


def _position(item: dict) -> dict[str, str] | None:
    title = item.get("position") or item.get("title")
    if not title:
        return None
    position = {"title": str(title)}
    organization = item.get("company") or item.get("name") or item.get("organization")
    if organization:
        position["organization"] = str(organization)
    if item.get("location"):
        position["location"] = str(item["location"])
    position.update(_years(item))
    if item.get("summary"):
        position["description"] = str(item["summary"]).strip()
    return position


def _award(item: dict) -> dict[str, str] | None:
    if not item.get("title"):
        return None
    award = {"title": str(item["title"])}
    if item.get("awarder"):
        award["awarder"] = str(item["awarder"])
    if item.get("date"):
        award["year"] = str(item["date"])[:4]
    if item.get("summary"):  # JSON Resume's: what it was for
        award["description"] = str(item["summary"]).strip()
    return award


def _course_lead(meta: dict) -> str:
    """A course page's first part: its description, its facts on one line, its schedule as a table."""
    term = " ".join(part for part in (text(meta.get("term")), text(meta.get("year"))) if part)
    facts = {"Instructor": text(meta.get("instructor")), "Term": term, "Time": text(meta.get("time"))}
    facts["Location"] = text(meta.get("location"))
    parts = [text(meta.get("description")), " · ".join(f"**{label}:** {value}" for label, value in facts.items() if value)]
    schedule = [week for week in meta.get("schedule") or [] if isinstance(week, dict)]
    if schedule:
        rows = ["| Week | Date | Topic | Materials |", "| --- | --- | --- | --- |"]
        rows += [_schedule_row(week) for week in schedule]
        parts.append("## Schedule\n\n" + "\n".join(rows))
    return "\n\n".join(part for part in parts if part) + "\n\n" if any(parts) else ""


def _schedule_row(week: dict) -> str:
    """A week of a course's schedule as a table row: its topic in bold over its description, its materials linked."""
    topic = f"**{_cell(week.get('topic'))}**" if text(week.get("topic")) else ""
    if details := _cell(week.get("description")):
        topic = f"{topic}<br>{details}" if topic else details
    materials = ", ".join(
        f"[{_cell(item.get('name')) or 'Link'}]({text(item.get('url'))})"
        for item in week.get("materials") or []
        if isinstance(item, dict) and text(item.get("url"))
    )
    return f"| {_cell(week.get('week'))} | {_cell(week.get('date'))} | {topic} | {materials} |"


def _cell(value: object) -> str:
    """A value as the text of a Markdown table's cell: on one line, its bars escaped."""
    return text(value).replace("|", "\\|")
