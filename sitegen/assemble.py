"""Cross-references: who wrote what, each person's list, the groups of people, the selection.

Everything here works on the whole loaded site at once and in memory, after every file has been
read and before anything is rendered.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitegen.cite import Bibliography, resolved
from sitegen.config import Config
from sitegen.errors import Diagnostic, Report, SitegenError
from sitegen.markup import plain_text
from sitegen.matching import AuthorMatcher, Match, fold, name_key
from sitegen.model import Group, Name, NewsItem, Page, Person, Publication, Site, Talk
from sitegen.names import NameParser

# Common role titles and the group each belongs to, unless site.yml's people.roles says otherwise.
DEFAULT_ROLE_GROUPS = {
    "professor": "Faculty", "associate professor": "Faculty", "assistant professor": "Faculty",
    "full professor": "Faculty", "lecturer": "Faculty", "senior lecturer": "Faculty", "principal investigator": "Faculty",
    "research scientist": "Faculty", "postdoc": "Postdocs", "postdoctoral researcher": "Postdocs",
    "postdoctoral fellow": "Postdocs", "research fellow": "Postdocs", "phd student": "PhD Students",
    "phd candidate": "PhD Students", "doctoral student": "PhD Students", "ms student": "MS Students",
    "master student": "MS Students", "master's student": "MS Students", "msc student": "MS Students",
    "undergraduate": "Undergraduates", "undergraduate student": "Undergraduates", "bs student": "Undergraduates",
    "research assistant": "Staff", "engineer": "Staff", "research engineer": "Staff", "lab manager": "Staff",
    "visiting student": "Visitors", "visiting scholar": "Visitors", "visiting researcher": "Visitors",
    "alumni": "Alumni", "alumnus": "Alumni", "alumna": "Alumni", "former member": "Alumni",
}  # fmt: skip


@dataclass(frozen=True)
class Authorship:
    """Who of the site wrote each publication, and each person's list.

    It depends on the bibliography and the people's names only, so a long-lived builder keeps it
    while neither changed (a biography edit does not link 10,000 author lists again).
    """

    slugs: dict[str, tuple[str | None, ...]]  # publication key -> member slug (or None) per author
    by_person: dict[str, list[Publication]]
    warnings: tuple[Diagnostic, ...]


def link_authors(people: list[Person], publications: list[Publication], matcher: AuthorMatcher) -> Authorship:
    """Match every author list to the site's people; warn about ambiguous names and near misses."""
    report = Report()
    slugs_by_key: dict[str, tuple[str | None, ...]] = {}
    by_person: dict[str, list[Publication]] = {person.slug: [] for person in people}
    for pub in publications:
        slugs, problems = matcher.match_all(pub.authors or pub.editors)
        for name, found in problems:
            _warn_about_author(pub, name, found, report)
        slugs_by_key[pub.key] = slugs
        for slug in dict.fromkeys(s for s in slugs if s):
            by_person[slug].append(pub)
        if people and not any(slugs) and not pub.container:
            report.warn(
                f"no person of the site is among the authors of '{pub.key}'; if one is, add the name as written there to their aliases",
                pub.path,
                pub.line,
            )
    return Authorship(slugs_by_key, by_person, tuple(report.warnings))


def assemble(
    config: Config,
    people: list[Person],
    pages: list[Page],
    publications: list[Publication],
    names: NameParser,
    report: Report,
    home: Page | None = None,
    authorship: Authorship | None = None,
    news: list[NewsItem] | None = None,
    static_exists: Callable[[str], bool] = lambda path: False,
    talks: list[Talk] | None = None,
    matcher: AuthorMatcher | None = None,
) -> Site:
    """Link authors to people, list each person's publications and talks, group the people."""
    news, talks = news or [], talks or []
    _refuse_taken_paths(pages, people, publications, news, talks)
    _warn_of_paths_meant_from_the_root(_shown_at(config, people, pages, news, home, talks), static_exists, report)
    matcher = matcher or AuthorMatcher(people, names)
    authorship = authorship or link_authors(people, publications, matcher)
    people, pages, home, news, talks = _with_citations(config, publications, report, people, pages, home, news, talks)
    report.warnings.extend(authorship.warnings)
    return Site(
        people=people,
        pages=pages,
        publications=publications,
        authorship=authorship.slugs,
        by_person=authorship.by_person,
        groups=group_people(people, config, names),
        selected=[pub for pub in publications if _is_selected(pub, config)],
        home=home,
        news=news,
        coauthors=_coauthor_keys(config.coauthors, names),
        talks=talks,
        speakers=(speakers := {talk.slug: _speakers(talk, names, matcher, people, report) for talk in talks}),
        talks_by_person=_talks_by_person(talks, people, speakers, config.owner),
    )


def _speakers(
    talk: Talk, names: NameParser, matcher: AuthorMatcher, people: list[Person], report: Report
) -> tuple[str | None, ...]:
    """The member each speaker is (None for a guest): a profile's file name (`mei-lin`) is that
    person, a name is matched as authors' are, and one that nearly matches a member is a warning."""
    slugs = {person.slug for person in people}
    found: list[str | None] = []
    for speaker in talk.speakers:
        if speaker in slugs:
            found.append(speaker)
            continue
        name = names.parse(speaker)
        match = matcher.match(name)
        found.append(match.slug)
        if match.ambiguous or match.near:
            who = ", ".join(match.ambiguous) if match.ambiguous else match.near
            report.warn(
                f"speaker '{speaker}' is not linked to {who}: write the name as in their profile, or its file name",
                talk.path,
                talk.speakers_line,
            )
    return tuple(found)


def _talks_by_person(
    talks: list[Talk], people: list[Person], speakers: dict[str, tuple[str | None, ...]], owner: str | None
) -> dict[str, list[Talk]]:
    """Each person's talks, newest first; a talk that names no speaker on a one-person site is the owner's."""
    given: dict[str, list[Talk]] = {person.slug: [] for person in people}
    for talk in talks:
        slugs = speakers[talk.slug] if talk.speakers else (owner,)
        for slug in dict.fromkeys(slug for slug in slugs if slug in given):
            given[slug].append(talk)
    return given


def _with_citations(
    config: Config,
    publications: list[Publication],
    report: Report,
    people: list[Person],
    pages: list[Page],
    home: Page | None,
    news: list[NewsItem],
    talks: list[Talk],
) -> tuple[list[Person], list[Page], Page | None, list[NewsItem], list[Talk]]:
    """The documents with their citations (`[@key]`) in place and their references known; the
    same objects when nothing cites (nearly every site: no index of 10,000 keys made for nothing)."""
    if not any(document.cites for document in (*people, *pages, *news, *talks, *([home] if home else []))):
        return people, pages, home, news, talks
    cited = Bibliography(publications, config.citation_style, config.base_path)
    people = [resolved(person, "bio_html", cited, report) for person in people]
    pages = [resolved(page, "html", cited, report) for page in pages]
    home = resolved(home, "html", cited, report) if home else None
    news = [_news_resolved(item, cited, report) for item in news]
    talks = [resolved(talk, "html", cited, report) for talk in talks]
    return people, pages, home, news, talks


def _news_resolved(item: NewsItem, cited: Bibliography, report: Report) -> NewsItem:
    """A news item's summary (feeds, descriptions) is its text with the citations as they read."""
    done = resolved(item, "html", cited, report)
    return dataclasses.replace(done, text=plain_text(done.html)) if done is not item else item


def _coauthor_keys(coauthors: dict[str, str], names: NameParser) -> dict[tuple[str, str], str]:
    """site.yml's coauthors by name key, each also with family and given name swapped: "Zhang
    Jiangning", as Chinese names are often written, is matched as a member's name would be."""
    written = {name_key(names.parse(name)): url for name, url in coauthors.items()}
    swapped = {(given, family): url for (family, given), url in written.items()}
    return swapped | written  # a name as written wins over another's swap


def _refuse_taken_paths(
    pages: list[Page], people: list[Person], publications: list[Publication], news: list[NewsItem], talks: list[Talk]
) -> None:
    """A page at a folder whose index sitegen makes itself would be lost without a word: refused."""
    taken = {
        "publications": "the publications list" if publications else "",
        "people": "the People page" if len(people) > 1 else "",
        "news": "the news list" if news else "",
        "talks": "the list of talks" if talks else "",
    }
    for page in pages:
        if made := taken.get(page.slug):
            raise SitegenError(
                f"this page would be /{page.slug}/, where sitegen makes {made}; rename the file (for example to "
                f"{page.slug}-more.md) and link it from the menu",
                page.path,
                1,
            )
    for documents in (people, pages, news, talks):
        _refuse_same_slug(documents)


def _shown_at(
    config: Config, people: list[Person], pages: list[Page], news: list[NewsItem], home: Page | None, talks: list[Talk]
) -> list[tuple[Person | Page | NewsItem | Talk, str]]:
    """Each Markdown document with the site path of the page it is shown on."""
    shown: list[tuple[Person | Page | NewsItem | Talk, str]] = [
        (p, "" if p.slug == config.owner else f"people/{p.slug}/") for p in people
    ]
    shown += [(page, f"{page.slug}/") for page in pages] + [(item, f"news/{item.slug}/") for item in news]
    shown += [(talk, f"talks/{talk.slug}/") for talk in talks]
    return shown + ([(home, "")] if home else [])


def _warn_of_paths_meant_from_the_root(
    shown_at: list[tuple[Person | Page | NewsItem | Talk, str]], static_exists: Callable[[str], bool], report: Report
) -> None:
    """`images/x.png` in Markdown is relative to the page it is on (/teaching/images/x.png on
    /teaching/), not to static/: when it names a file of static/ only from the site's root, the
    author meant that file, and hears how to write it."""
    for document, page in shown_at:
        for link, line in document.relative_links:
            path = unquote(urlsplit(link).path)
            meant = posixpath.normpath(path) if path else ".."
            if meant.startswith("..") or not static_exists(meant) or static_exists(posixpath.normpath(page + path)):
                continue
            written = posixpath.normpath(urlsplit(link).path)  # as the author wrote it: %20 stays %20
            report.warn(
                f"'{link}' is relative to this page (/{page}), where there is no such file; for static/{meant} write /{written}",
                document.path,
                line,
            )


def _refuse_same_slug(documents: Sequence[Person | Page | NewsItem | Talk]) -> None:
    """`Ada.md` beside `ada.md`, or `ada lovelace.md` beside `ada-lovelace.md`: one page for two files."""
    first: dict[str, Path] = {}
    for document in documents:
        if (other := first.setdefault(document.slug, document.path)) != document.path:
            raise SitegenError(
                f"this file and {other.name} would both be at .../{document.slug}/ (file names are made lower case, "
                "spaces become hyphens); rename one of them",
                document.path,
                1,
            )


def _warn_about_author(pub: Publication, name: Name, found: Match, report: Report) -> None:
    if found.ambiguous:
        report.warn_once(
            f"ambiguous:{name.display}",
            f"author '{name.display}' of '{pub.key}' could be any of {', '.join(found.ambiguous)}; it is linked to none "
            "(write the full name in the .bib, or give the right person this spelling as an alias)",
            pub.path,
            pub.line,
        )
    elif found.near:
        report.warn_once(
            f"near:{name.display}",
            f"author '{name.display}' of '{pub.key}' is nearly the name of {found.near} but does not match; "
            f"if it is them, add '{name.display}' to their aliases",
            pub.path,
            pub.line,
        )


def group_people(people: list[Person], config: Config, names: NameParser) -> list[Group]:
    """People by group: the configured order first, other groups after it by name."""
    roles = {fold(role): group for role, group in {**DEFAULT_ROLE_GROUPS, **config.role_groups}.items()}
    members: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        members[person.group or roles.get(fold(person.role), person.role or "Members")].append(person)
    rank = {fold(name): index for index, name in enumerate(config.group_order)}
    ordered = sorted(members, key=lambda group: (rank.get(fold(group), len(rank)), group))

    def person_order(person: Person) -> tuple[int, str, str]:
        name = names.parse(person.name)
        return (person.order if person.order is not None else 1_000_000, fold(name.family), fold(name.first))

    return [Group(group, tuple(sorted(members[group], key=person_order))) for group in ordered]


def _is_selected(pub: Publication, config: Config) -> bool:
    keyword = config.selected_keyword
    return pub.selected or bool(keyword and any(fold(k) == fold(keyword) for k in pub.keywords))
