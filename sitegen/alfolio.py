"""`sitegen import`: an al-folio site (Jekyll) made into a sitegen site, so moving costs one command.

al-folio keeps a one-person academic site as `_config.yml` (name, URL, the names to emphasise),
`_data/socials.yml` (profile links), `_pages/about.md` (photo and biography), `_bibliography/*.bib`,
`_news/`, `_projects/`, `_pages/` (other pages), `_data/cv.yml` or `assets/json/resume.json` (the
CV), `_data/coauthors.yml` and `assets/` (pictures and PDFs). Each becomes what sitegen reads:
site.yml, the owner's profile, the .bib files as they are (sitegen reads al-folio's fields), news
items, projects, pages and `static/assets/` (where sitegen looks for al-folio's files).

What runs only in Jekyll is turned into its sitegen form where there is one (`{% cite a b %}` is
`[@a; @b]`, `{{ site.baseurl }}/x` is `/x`, `{% include figure.liquid path=... %}` an image) and
otherwise reported with its file and line, as is every file that has no place in sitegen (blog
posts, the repositories page). Nothing in the al-folio folder is changed; nothing in the new folder
is replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import SitegenError
from sitegen.slugs import slugify
from sitegen.yamlfile import LineDict, load_yaml, parse_front_matter

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


@dataclass
class Imported:
    """What the import wrote, and what needs a person's eye (each with the file it is about)."""

    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def is_alfolio(source: Path) -> bool:
    return (source / "_config.yml").is_file() and ((source / "_pages").is_dir() or (source / "_bibliography").is_dir())


def import_alfolio(source: Path, target: Path) -> Imported:
    """Write the sitegen site made from the al-folio site at `source` into `target`."""
    if not is_alfolio(source):
        raise SitegenError(
            "this is not an al-folio site: it needs _config.yml and _pages/ or _bibliography/ (give the folder that holds them)",
            source,
        )
    if (target / "content").exists():
        raise SitegenError("this folder holds a site already (content/): give a new folder to import into", target)
    site = _Import(source, target)
    site.run()
    return site.done


class _Import:
    def __init__(self, source: Path, target: Path):
        self.source, self.target = source, target
        self.content = target / "content"
        self.done = Imported()
        self.config = self._yaml(source / "_config.yml") or {}
        self.owner = slugify(self._name()) or "me"

    def run(self) -> None:
        self._assets()
        self._bibliography()
        about = self._about()
        self._profile(about)
        self._site(about)
        self._news()
        self._projects()
        self._pages()
        if posts := _markdown_files(self.source / "_posts"):
            count = f"{len(posts)} blog post{'' if len(posts) == 1 else 's'}"
            self.note(
                self.source / "_posts", f"{count} not imported: sitegen has no blog (a post may become a page or a news item)"
            )

    # -- files -------------------------------------------------------------------------------
    def write(self, relative: str, text: str) -> None:
        path = self.target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.done.written.append(path)

    def note(self, path: Path, message: str, line: int | None = None) -> None:
        self.done.notes.append(f"{path}{f':{line}' if line else ''}: {message}")

    def _yaml(self, path: Path) -> Any:
        return load_yaml(path.read_text(encoding="utf-8"), path) if path.is_file() else None

    def _assets(self) -> None:
        for name in ASSET_FOLDERS:
            folder = self.source / "assets" / name
            if folder.is_dir():
                copy = self.target / "static" / "assets" / name
                shutil.copytree(folder, copy, dirs_exist_ok=True)
                self.done.written += [path for path in copy.rglob("*") if path.is_file()]

    def _bibliography(self) -> None:
        for bib in sorted((self.source / "_bibliography").glob("*.bib")):
            text = _JEKYLL_FRONT_MATTER.sub("", bib.read_text(encoding="utf-8"), count=1)  # for Liquid, in al-folio
            self.write(f"content/publications/{bib.name}", text)

    # -- the owner ---------------------------------------------------------------------------
    def _name(self) -> str:
        parts = (self.config.get(key) for key in ("first_name", "middle_name", "last_name"))
        return " ".join(str(part).strip() for part in parts if part) or str(self.config.get("title") or "")

    def _about(self) -> tuple[LineDict, str]:
        """The about page's front matter and its body (the biography)."""
        path = self.source / "_pages" / "about.md"
        if not path.is_file():
            return LineDict(), ""
        document = parse_front_matter(path.read_text(encoding="utf-8"), path)
        return document.meta, self.markdown(document.body, path, document.body_line)

    def _profile(self, about: tuple[LineDict, str]) -> None:
        meta, body = about
        profile = meta.get("profile") if isinstance(meta.get("profile"), dict) else {}
        person: dict[str, Any] = {"name": self._name() or "Your Name"}
        if subtitle := _text(meta.get("subtitle")):
            person["affiliation"] = subtitle
        if image := profile.get("image"):
            person["photo"] = f"assets/img/{image}"
        socials = self._yaml(self.source / "_data" / "socials.yml") or self.config
        if email := socials.get("email") or self.config.get("email"):
            person["email"] = _text(email)
        if links := self._links(socials):
            person["links"] = links
        if aliases := self._aliases():
            person["aliases"] = aliases
        person.update(self._cv())
        if more := _text(profile.get("more_info")):
            body = f"{body.rstrip()}\n\n{more}\n" if body.strip() else f"{more}\n"
        self.write(f"content/people/{self.owner}.md", _front_matter(person) + body)

    def _links(self, socials: dict) -> dict[str, str]:
        links = {}
        for key, (kind, form) in SOCIALS.items():
            value = socials.get(key)
            if value and kind not in links:
                links[kind] = form.format(str(value).strip())
        if isinstance(socials.get("custom_social"), list):
            for item in socials["custom_social"]:
                if isinstance(item, dict) and item.get("title") and item.get("url"):
                    links[slugify(str(item["title"])).replace("-", "_")] = str(item["url"])
        return links

    def _aliases(self) -> list[str]:
        """jekyll-scholar's names to emphasise (`scholar: {last_name: [..], first_name: [..]}`) as
        "Last, First", the form sitegen matches in any order."""
        scholar = self.config.get("scholar") if isinstance(self.config.get("scholar"), dict) else {}
        lasts, firsts = _as_list(scholar.get("last_name")), _as_list(scholar.get("first_name"))
        name = self._name()
        return [f"{last}, {first}" for last in lasts for first in firsts if f"{first} {last}" != name]

    def _cv(self) -> dict[str, list]:
        """The CV's education, experience and awards, from `_data/cv.yml` (RenderCV's form) or
        `assets/json/resume.json` (JSON Resume), in the profile's fields."""
        cv_file, resume = self.source / "_data" / "cv.yml", self.source / "assets" / "json" / "resume.json"
        sections: dict[str, Any] = {}
        if cv_file.is_file():
            cv = self._yaml(cv_file) or {}
            sections = {str(k).lower(): v for k, v in ((cv.get("cv") or {}).get("sections") or {}).items()}
        elif resume.is_file():
            try:
                data = json.loads(resume.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise SitegenError(f"invalid JSON: {error.msg}", resume, error.lineno) from None
            sections = {"education": data.get("education"), "experience": data.get("work"), "awards": data.get("awards")}
        found: dict[str, list] = {}
        for key, convert in (("education", _degree), ("experience", _position), ("awards", _award)):
            items = [convert(item) for item in sections.get(key) or [] if isinstance(item, dict)]
            if items := [item for item in items if item]:
                found[key] = items
        return found

    def _site(self, about: tuple[LineDict, str]) -> None:
        config = self.config
        title = str(config.get("title") or "").strip()
        site: dict[str, Any] = {"title": self._name() if title in ("", "blank") else title}  # al-folio: blank is the name
        if description := _text(config.get("description")):
            site["description"] = description
        site["base_url"] = _base_url(str(config.get("url") or ""), str(config.get("baseurl") or ""))
        site["language"] = str(config.get("lang") or "en")
        site["owner"] = self.owner
        if about[0].get("selected_papers") is True:
            site["publications"] = {"on_home": "selected"}
        if coauthors := self._coauthors():
            site["coauthors"] = coauthors
        self.write("content/site.yml", yaml.safe_dump(site, sort_keys=False, allow_unicode=True, width=1000))

    def _coauthors(self) -> dict[str, str]:
        """`_data/coauthors.yml` (last name -> first-name variants and a URL) as sitegen's
        coauthors: each written form of the name -> the URL."""
        data = self._yaml(self.source / "_data" / "coauthors.yml") or {}
        found = {}
        for last, people in data.items():
            for person in people if isinstance(people, list) else []:
                if isinstance(person, dict) and person.get("url"):
                    for first in _as_list(person.get("firstname")):
                        found[f"{first} {str(last).title()}"] = str(person["url"])
        return found

    # -- documents ---------------------------------------------------------------------------
    def _news(self) -> None:
        for path in _markdown_files(self.source / "_news"):
            document = parse_front_matter(path.read_text(encoding="utf-8"), path)
            day = _day(document.meta.get("date")) or _day(path.stem[:10])
            if day is None:
                self.note(path, "not imported: it has no date (add 'date: YYYY-MM-DD')")
                continue
            meta = {"date": day.isoformat(), **({"title": str(document.meta["title"])} if document.meta.get("title") else {})}
            body = self.markdown(document.body, path, document.body_line)
            self.write(f"content/news/{day.isoformat()}-{slugify(path.stem)}.md", _front_matter(meta) + body)

    def _projects(self) -> None:
        for path in _markdown_files(self.source / "_projects"):
            document = parse_front_matter(path.read_text(encoding="utf-8"), path)
            meta = document.meta
            project: dict[str, Any] = {"title": str(meta.get("title") or path.stem)}
            if description := _text(meta.get("description")):
                project["summary"] = description
            if image := meta.get("img"):
                project["image"] = str(image).lstrip("/")
            if isinstance(meta.get("importance"), int):
                project["order"] = meta["importance"]
            if github := meta.get("github"):
                project["links"] = {"code": f"https://github.com/{github}" if "://" not in str(github) else str(github)}
            if meta.get("redirect"):
                project.setdefault("links", {})["website"] = str(meta["redirect"])
            body = self.markdown(document.body, path, document.body_line)
            self.write(f"content/projects/{slugify(path.stem)}.md", _front_matter(project) + body)

    def _pages(self) -> None:
        for path in _markdown_files(self.source / "_pages"):
            document = parse_front_matter(path.read_text(encoding="utf-8"), path)
            meta = document.meta
            name = slugify(str(meta.get("permalink") or path.stem).strip("/").split("/")[-1] or path.stem)
            if name in MADE_PAGES or slugify(path.stem) in MADE_PAGES:
                reason = MADE_PAGES.get(name) or MADE_PAGES.get(slugify(path.stem), "")
                if reason:
                    self.note(path, f"not imported: {reason}")
                continue
            page: dict[str, Any] = {"title": str(meta.get("title") or path.stem).strip()}
            if meta.get("nav") is True:
                page["menu"] = meta["nav_order"] if isinstance(meta.get("nav_order"), int) else 10
            body = self.markdown(document.body, path, document.body_line)
            self.write(f"content/pages/{name}.md", _front_matter(page) + body)

    def markdown(self, text: str, path: Path, first_line: int) -> str:
        """A Markdown body with al-folio's Liquid in sitegen's form; what is left is reported."""
        text = _RAW.sub("", text)
        text = _CITE.sub(lambda m: "[" + "; ".join(f"@{key}" for key in m.group(1).split()) + "]", text)
        text = _BASEURL.sub("", text)
        text = _FIGURE.sub(_figure, text)
        for number, line in enumerate(text.splitlines(), first_line):
            if "{%" in line or "{{" in line:
                self.note(path, "Liquid that sitegen does not run (edit it by hand): " + line.strip()[:80], number)
        return text


_JEKYLL_FRONT_MATTER = re.compile(r"\A---\s*\n(?:.*?\n)?---\s*\n", re.DOTALL)

# -- Liquid -----------------------------------------------------------------------------------------
_RAW = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")
_CITE = re.compile(r"\{%-?\s*cite\s+([^%]+?)\s*-?%\}")
_BASEURL = re.compile(r"\{\{-?\s*(?:site\.url\s*-?\}\}\{\{-?\s*)?site\.baseurl\s*-?\}\}|\{\{-?\s*site\.url\s*-?\}\}")
_FIGURE = re.compile(r"\{%-?\s*include\s+figure\.(?:liquid|html)\s+([^%]*?)-?%\}")
_ARGUMENT = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")


def _figure(match: re.Match[str]) -> str:
    """al-folio's `{% include figure.liquid path="assets/img/1.jpg" title="..." %}` as a Markdown image."""
    arguments = {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _ARGUMENT.finditer(match.group(1))}
    path = arguments.get("path", "").replace("{{ site.baseurl }}", "").strip()
    if not path:
        return match.group(0)
    alt = arguments.get("alt") or arguments.get("title") or arguments.get("caption") or ""
    return f"![{alt}](/{path.lstrip('/')})"


# -- values -----------------------------------------------------------------------------------------
_TAG = re.compile(r"<[^>]+>")


def _text(value: Any) -> str:
    """A value as one line of text: HTML tags (al-folio's subtitle and more_info have them) dropped."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    lines = (line.strip() for line in _TAG.sub("\n", str(value)).splitlines())
    return ", ".join(line.strip(" ,.") for line in lines if line.strip(" ,.")) if "<" in str(value) else str(value).strip()


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(item).strip() for item in (value if isinstance(value, list) else [value]) if str(item).strip()]


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]) if value else None
    except ValueError:
        return None


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
    return award


def _base_url(url: str, baseurl: str) -> str:
    """Jekyll's `url` and `baseurl` as one address: https://you.github.io/repo/, or the path alone."""
    path = "/" + baseurl.strip("/") + "/" if baseurl.strip("/") else "/"
    return url.rstrip("/") + path if url.startswith(("http://", "https://")) else path


def _front_matter(meta: dict[str, Any]) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def _markdown_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*.md") if path.is_file()) if folder.is_dir() else []
