"""Cross-references: who wrote what, each person's list, the groups of people, the selection.

Everything here works on the whole loaded site at once and in memory, after every file has been
read and before anything is rendered.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote

from sitegen.cite import Bibliography, D, resolved
from sitegen.config import Config
from sitegen.errors import Diagnostic, Report, SitegenError, did_you_mean
from sitegen.i18n import N_
from sitegen.markup import first_words, plain_text
from sitegen.matching import AuthorMatcher, Match, fold, name_key
from sitegen.metrics import FIELDS, scholar_article, scholar_link, scholar_profile
from sitegen.model import Group, Name, NewsItem, Page, Person, Project, Publication, Site, Talk
from sitegen.names import NameParser
from sitegen.publist import Known, select
from sitegen.roles import DEFAULT_ROLE_GROUPS, role_group
from sitegen.urls import Link, split_url

T = TypeVar("T", Talk, Project)
Document = Person | Page | NewsItem | Talk | Project  # a Markdown file of content/


@dataclass(frozen=True)
class Authorship:
    """Who of the site wrote each publication, and each person's list.

    It depends on the bibliography and the people's names only, so a long-lived builder keeps it
    while neither changed (a biography edit does not link 10,000 author lists again).
    """

    # publication key -> member slug (or None) per author (editor of a work without), then per contributor
    slugs: dict[str, tuple[str | None, ...]]
    by_person: dict[str, list[Publication]]
    warnings: tuple[Diagnostic, ...]


def link_authors(people: list[Person], publications: list[Publication], matcher: AuthorMatcher) -> Authorship:
    """Match every author list to the site's people, and the editors and translators of a work
    beside its authors (a member's translation is their work too); warn about ambiguous names and
    near misses."""
    report = Report()
    slugs_by_key: dict[str, tuple[str | None, ...]] = {}
    by_person: dict[str, list[Publication]] = {person.slug: [] for person in people}
    for pub in publications:
        slugs, problems = matcher.match_all(pub.authors or pub.editors)
        for name, found in problems:
            _warn_about_author(pub, name, found, report)
        if contributors := pub.contributors:
            more, problems = matcher.match_all(contributors)
            for name, found in problems:
                _warn_about_author(pub, name, found, report, "translator" if name in pub.translators else "editor")
            slugs += more
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
    projects: list[Project] | None = None,
    publication_texts: list[Page] | None = None,
    unlisted: Collection[str] = (),
) -> Site:
    """Link authors to people, list each person's publications, talks and projects, group the people."""
    news, talks, projects = news or [], talks or [], projects or []
    list_texts = _list_texts(pages, people, publications, news, talks, projects)
    texts = _publication_texts(publication_texts or [], publications, report)
    shown_at = _shown_at(config, people, pages, news, home, talks, projects)
    shown_at += [(text, f"publications/{pub.anchor}/") for pub, text in texts]
    _warn_of_paths_meant_from_the_root(shown_at, static_exists, report)
    matcher = matcher or AuthorMatcher(people, names)
    authorship = authorship or link_authors(people, publications, matcher)
    people, with_texts, home, news, talks, projects = _with_citations(
        config, publications, report, people, [*pages, *(text for _, text in texts)], home, news, talks, projects, unlisted
    )
    known = Known(publications, authorship.by_person, {person.slug: person.name for person in people})
    with_texts, projects = _with_lists(with_texts, known, report), _with_lists(projects, known, report)
    pages = with_texts[: len(pages)]  # a publication's text may cite and list as a page does
    texts = [(pub, text) for (pub, _), text in zip(texts, with_texts[len(pages) :], strict=True)]
    home = _with_lists([home], known, report)[0] if home else None
    for document in (*people, *news, *talks):
        for query in document.lists:  # their lists would repeat the profile's, or sit in a list of news
            report.warn(
                "a publication list stands in a page, a project or the home page's text; here it is left out "
                "(a profile lists its person's publications itself)",
                document.path,
                query.line,
            )
    report.warnings.extend(authorship.warnings)
    return Site(
        people=people,
        pages=pages,
        publications=publications,
        authorship=authorship.slugs,
        by_person=authorship.by_person,
        groups=group_people(people, config, names),
        selected=_selected(publications, config.selected_keyword),
        home=home,
        list_texts={page.slug: page for page in pages if page.slug in list_texts},
        publication_texts={pub.key: text for pub, text in texts},
        news=news,
        coauthors=_coauthor_keys(config.coauthors, names),
        talks=talks,
        speakers=(speakers := _named(talks, lambda t: (t.speakers, t.speakers_line, "speaker"), matcher, names, people, report)),
        talks_by_person=_by_person(talks, people, speakers, config.owner),
        projects=projects,
        project_members=(
            members := _named(projects, lambda p: (p.members, p.members_line, "member"), matcher, names, people, report)
        ),
        project_publications=_projects_publications(projects, publications, report),
        projects_by_person=_by_person(projects, people, members, config.owner),
        scholar_links=_scholar_links(publications, authorship.slugs, people, config.owner, report),
    )


def _scholar_links(
    publications: list[Publication],
    authorship: dict[str, tuple[str | None, ...]],
    people: list[Person],
    owner: str | None,
    report: Report,
) -> dict[str, Link]:
    """Each entry's page on Google Scholar (al-folio's `google_scholar_id` names the article of a
    profile): on the profile of its first author who is a member with one, else the owner's."""
    profiles = {person.slug: profile for person in people if (profile := scholar_profile(person.links))}
    owner = owner or (people[0].slug if len(people) == 1 else None)
    found: dict[str, Link] = {}
    field = FIELDS["google_scholar"]
    for pub in publications:
        if field not in pub.fields:
            continue
        profile, article = scholar_article(pub.fields)
        slugs = authorship.get(pub.key, ())[: len(pub.authors or pub.editors)]
        profile = profile or next((profiles[slug] for slug in slugs if slug in profiles), profiles.get(owner or "", ""))
        if profile and article:
            found[pub.key] = scholar_link(profile, article)
        elif article:
            report.warn(
                f"entry '{pub.key}' has a google_scholar_id, but none of its authors on the site has a Google Scholar "
                f"profile: add `scholar: <profile id>` to the links of one, or write google_scholar_id = {{<profile id>:{article}}}",
                pub.path,
                pub.line,
            )
    return found


def _named(
    documents: Sequence[T],
    written: Callable[[T], tuple[tuple[str, ...], int, str]],
    matcher: AuthorMatcher,
    names: NameParser,
    people: list[Person],
    report: Report,
) -> dict[str, tuple[str | None, ...]]:
    """Talk or project slug -> the member (or None) each of its speakers or members is; `written`
    gives a document's names, the line they are on, and what they are ("speaker")."""
    members = {person.slug: person.name for person in people}
    found = {}
    for document in documents:
        named, line, what = written(document)
        found[document.slug] = _people_named(named, (document.path, line, what), matcher, names, members, report)
    return found


def _projects_publications(
    projects: list[Project], publications: list[Publication], report: Report
) -> dict[str, list[Publication]]:
    """Each project's publications, newest first: those it names by key (in any case, as BibTeX
    reads keys; an unknown key is a warning at the `publications:` line) and those with one of its
    keywords. The entries are gone through once, not once a project (30 projects, 10,000
    entries: 0.2 s of every build, every edit in the preview)."""
    if not projects:
        return {}
    named = publications if any(project.keys for project in projects) else []  # by key: only then an index
    known = Bibliography(named, "", "")
    position = {id(pub): number for number, pub in enumerate(named)}
    by_keyword: dict[str, dict[int, Publication]] = defaultdict(dict)  # folded keyword -> its entries by position
    if any(project.keywords for project in projects):
        for number, pub in enumerate(publications):
            for keyword in pub.keywords:
                by_keyword[fold(keyword)][number] = pub
    found = {}
    for project in projects:
        chosen: dict[int, Publication] = {}
        for keyword in {fold(keyword) for keyword in project.keywords}:
            chosen |= by_keyword.get(keyword, {})
        for key in project.keys:
            if (pub := known.get(key)) is not None:
                chosen[position[id(pub)]] = pub
            else:
                report.warn(
                    f"publication '{key}' is in no .bib file{known.near(key)}; it is not listed",
                    project.path,
                    project.publications_line,
                )
        found[project.slug] = [chosen[number] for number in sorted(chosen)]
    return found


def _people_named(
    written: tuple[str, ...],
    where: tuple[Path, int, str],
    matcher: AuthorMatcher,
    names: NameParser,
    members: dict[str, str],
    report: Report,
) -> tuple[str | None, ...]:
    """The member each of a talk's speakers or a project's members is (None for a guest): a
    profile's file name (`mei-lin`) is that person, a name is matched as authors' are, and one
    that nearly matches a member is a warning at its line (`where`: file, line, "speaker")."""
    path, line, what = where
    found: list[str | None] = []
    for person in written:
        if person in members:
            found.append(person)
            continue
        match = matcher.match(names.parse(person))
        found.append(match.slug)
        if match.ambiguous or match.near:
            who = " or ".join(f"{members[slug]} ({slug}.md)" for slug in (match.ambiguous or (match.near,)) if slug)
            report.warn(
                f"{what} '{person}' is not linked to {who}: write the name as in their profile, or its file name", path, line
            )
    return tuple(found)


def _by_person(
    documents: Sequence[T], people: list[Person], named: dict[str, tuple[str | None, ...]], owner: str | None
) -> dict[str, list[T]]:
    """Each person's talks (or projects), in the documents' order; one that names nobody on a
    one-person site is the owner's."""
    given: dict[str, list[T]] = {person.slug: [] for person in people}
    for document in documents:
        slugs = named[document.slug] or (owner,)
        for slug in dict.fromkeys(slug for slug in slugs if slug in given):
            given[slug].append(document)
    return given


def _publication_texts(texts: list[Page], publications: list[Publication], report: Report) -> list[tuple[Publication, Page]]:
    """Each publication's own text (content/publications/<key>.md) with its publication: the file
    is named after the entry's key, or after its page's address (`smith-2020` for `Smith:2020`,
    whose key cannot be a file name on every system). A text of no entry is a warning."""
    if not texts:
        return []  # most sites: no index of 10,000 entries to make on every preview edit (15 ms)
    by_name = {pub.key: pub for pub in publications} | {pub.anchor: pub for pub in reversed(publications)}
    by_name = {alias: pub for pub in reversed(publications) for alias in pub.known_keys[1:]} | by_name  # never over a key
    found: dict[int, tuple[Publication, Page]] = {}  # by the publication's identity: a text each (as many as entries)
    for text in texts:
        pub = by_name.get(text.path.stem) or by_name.get(text.slug)
        if pub is None:
            report.warn(
                f"no publication has the key '{text.path.stem}'{did_you_mean(text.path.stem, list(by_name))}, so this "
                "text is shown nowhere: name the file after the key of the entry whose page it belongs on",
                text.path,
                1,
            )
        elif (earlier := found.get(id(pub))) is not None:
            report.warn(f"'{pub.key}' has a text already ({earlier[1].path.name}); this one is left out", text.path, 1)
        else:
            found[id(pub)] = (pub, text)
    return list(found.values())


def _with_citations(
    config: Config,
    publications: list[Publication],
    report: Report,
    people: list[Person],
    pages: list[Page],
    home: Page | None,
    news: list[NewsItem],
    talks: list[Talk],
    projects: list[Project],
    unlisted: Collection[str] = (),
) -> tuple[list[Person], list[Page], Page | None, list[NewsItem], list[Talk], list[Project]]:
    """The documents with their citations (`[@key]`) in place and their references known; the
    same objects when nothing cites (nearly every site: no index of 10,000 keys made for nothing).
    `unlisted`: the keys of entries kept out of the lists (`options = {dataonly}`), said so when cited."""
    if not any(document.cites for document in (*people, *pages, *news, *talks, *projects, *([home] if home else []))):
        return people, pages, home, news, talks, projects
    cited = Bibliography(publications, config.citation_style, config.base_path, unlisted)
    people = [resolved(person, "bio_html", cited, report) for person in people]
    pages = [resolved(page, "html", cited, report) for page in pages]
    home = resolved(home, "html", cited, report) if home else None
    news = [_news_resolved(item, cited, report) for item in news]
    talks = [resolved(talk, "html", cited, report) for talk in talks]
    projects = [resolved(project, "html", cited, report) for project in projects]
    return people, pages, home, news, talks, projects


def _with_lists(documents: list[D], known: Known, report: Report) -> list[D]:
    """The documents with the entries each of their publication lists finds (publist.py), an
    entry listed once in a text (its list item has the entry's id); the same objects when they
    have none."""
    found = []
    for document in documents:
        if document.lists:
            listed, shown = [], set()
            for query in document.lists:
                pubs = select(query, known, document.path, report)
                listed.append(tuple(pub for pub in pubs if pub.key not in shown))
                shown.update(pub.key for pub in pubs)
            document = dataclasses.replace(document, listed=tuple(listed))
        found.append(document)
    return found


def _news_resolved(item: NewsItem, cited: Bibliography, report: Report) -> NewsItem:
    """A news item's summary (feeds, descriptions) is its text with the citations as they read."""
    done = resolved(item, "html", cited, report)
    if done is item:
        return item
    text = plain_text(done.html)  # a title of its words reads as the text does: "Our notes (Lovelace, 1843) ..."
    return dataclasses.replace(done, text=text, title=first_words(text) if item.title_from_text else item.title)


def _coauthor_keys(coauthors: dict[str, str], names: NameParser) -> dict[tuple[str, str], str]:
    """site.yml's coauthors by name key, each also with family and given name swapped: "Zhang
    Jiangning", as Chinese names are often written, is matched as a member's name would be."""
    written = {name_key(names.parse(name)): url for name, url in coauthors.items()}
    swapped = {(given, family): url for (family, given), url in written.items()}
    return swapped | written  # a name as written wins over another's swap


def _list_texts(
    pages: list[Page],
    people: list[Person],
    publications: list[Publication],
    news: list[NewsItem],
    talks: list[Talk],
    projects: list[Project],
) -> set[str]:
    """The pages at a folder whose list sitegen makes itself (`content/pages/people.md` where the
    People page is): each leads that list with its text and names it, as Hugo's `_index.md` does a
    section's; no two documents may share an address."""
    made = {
        "publications": bool(publications),
        "people": len(people) > 1,
        "news": bool(news),
        "talks": bool(talks),
        "projects": bool(projects),
    }
    for documents in (people, pages, news, talks, projects):
        _refuse_same_slug(documents)
    return {page.slug for page in pages if made.get(page.slug)}


def _shown_at(
    config: Config,
    people: list[Person],
    pages: list[Page],
    news: list[NewsItem],
    home: Page | None,
    talks: list[Talk],
    projects: list[Project],
) -> list[tuple[Document, str]]:
    """Each Markdown document with the site path of the page it is shown on."""
    shown: list[tuple[Document, str]] = [(p, "" if p.slug == config.owner else f"people/{p.slug}/") for p in people]
    shown += [(page, f"{page.slug}/") for page in pages] + [(item, f"news/{item.slug}/") for item in news]
    shown += [(talk, f"talks/{talk.slug}/") for talk in talks]
    shown += [(project, f"projects/{project.slug}/") for project in projects]
    return shown + ([(home, "")] if home else [])


def _warn_of_paths_meant_from_the_root(
    shown_at: list[tuple[Document, str]], static_exists: Callable[[str], bool], report: Report
) -> None:
    """`images/x.png` in Markdown is relative to the page it is on (/teaching/images/x.png on
    /teaching/), not to static/: when it names a file of static/ only from the site's root, the
    author meant that file, and hears how to write it."""
    for document, page in shown_at:
        for link, line in document.relative_links:
            path = unquote(split_url(link).path)
            meant = posixpath.normpath(path) if path else ".."
            if meant.startswith("..") or not static_exists(meant) or static_exists(posixpath.normpath(page + path)):
                continue
            written = posixpath.normpath(split_url(link).path)  # as the author wrote it: %20 stays %20
            report.warn(
                f"'{link}' is relative to this page (/{page}), where there is no such file; for static/{meant} write /{written}",
                document.path,
                line,
            )


def _refuse_same_slug(documents: Sequence[Document]) -> None:
    """`Ada.md` beside `ada.md`, or `ada lovelace.md` beside `ada-lovelace.md`: one page for two files."""
    first: dict[str, Path] = {}
    for document in documents:
        if (other := first.setdefault(document.slug, document.path)) != document.path:
            raise SitegenError(
                f"this file and {other.name} would both be at .../{document.slug}/ (an address is the file name in "
                "lower-case Latin letters, spaces as hyphens: 张三 and 章三 are both zhangsan); rename one of them",
                document.path,
                1,
            )


def _warn_about_author(pub: Publication, name: Name, found: Match, report: Report, role: str = "author") -> None:
    if found.ambiguous:
        report.warn_once(
            f"ambiguous:{name.display}",
            f"{role} '{name.display}' of '{pub.key}' could be any of {', '.join(found.ambiguous)}; it is linked to none "
            "(write the full name in the .bib, or give the right person this spelling as an alias)",
            pub.path,
            pub.line,
        )
    elif found.near:
        report.warn_once(
            f"near:{name.display}",
            f"{role} '{name.display}' of '{pub.key}' is nearly the name of {found.near} but does not match; "
            f"if it is them, add '{name.display}' to their aliases",
            pub.path,
            pub.line,
        )


def group_people(people: list[Person], config: Config, names: NameParser) -> list[Group]:
    """People by group: the configured order first, other groups after it by name."""
    roles = {fold(role): group for role, group in {**DEFAULT_ROLE_GROUPS, **config.role_groups}.items()}
    members: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        # a role of no known title is a group by its words (its links are the profile's)
        members[person.group or role_group(person.role, roles) or str(person.role) or N_("Members")].append(person)
    rank = {fold(name): index for index, name in enumerate(config.group_order)}
    ordered = sorted(members, key=lambda group: (rank.get(fold(group), len(rank)), group))

    def person_order(person: Person) -> tuple[int, str, str]:
        name = names.parse(person.name)
        return (person.order if person.order is not None else 1_000_000, fold(name.family), fold(name.first))

    return [Group(group, tuple(sorted(members[group], key=person_order))) for group in ordered]


def _selected(publications: list[Publication], keyword: str | None) -> list[Publication]:
    """The entries marked `selected`, or filed under site.yml's `selected_keyword`."""
    folded = fold(keyword) if keyword else None
    return [pub for pub in publications if pub.selected or (folded and any(fold(k) == folded for k in pub.keywords))]
