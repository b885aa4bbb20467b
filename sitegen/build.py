"""The build pipeline: config -> load content -> assemble -> render -> write.

Nothing is written until every page has rendered, so a mistake anywhere leaves the previous output
as it was. The `Builder` object owns the caches (converted LaTeX, parsed .bib files) so `serve`
can reuse one builder for fast rebuilds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import itertools
import os
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sitegen.assemble import Authorship, assemble, link_authors
from sitegen.bibtex import (
    ParsedChunk,
    ParsedFile,
    ResolvedCache,
    bib_text,
    chunks_from_json,
    chunks_to_json,
    macro_files_first,
    parse_pieces,
    read_bib_text,
    resolve_pieces,
    split_chunks,
)
from sitegen.chrome import chrome
from sitegen.cite import AbstractCitations
from sitegen.config import Config, Language, load_config
from sitegen.content import (
    Text,
    parse_news,
    parse_page,
    parse_person,
    parse_project,
    parse_publication_text,
    parse_talk,
)
from sitegen.cslstyle import CitationStyler
from sitegen.diskcache import FOLDER, DiskCache
from sitegen.errors import Diagnostic, Report, SitegenError, in_reading_order, read_source
from sitegen.figures import Figures
from sitegen.i18n import quotation_marks
from sitegen.languages import Source, Translations, files_from_the_root, new_warnings, sources, stray_translations
from sitegen.latex import LatexConverter
from sitegen.markup import MarkdownRenderer
from sitegen.matching import AuthorMatcher
from sitegen.model import NewsItem, Page, Person, Project, Publication, Site, Talk, Untranslated
from sitegen.names import NameParser
from sitegen.pages import Output, OutputGroup, in_folder, publication_folders, site_outputs
from sitegen.parallel import Meanwhile, available_jobs, finish_later_work, map_shared
from sitegen.photos import PROFILE, PROJECT, PhotoError, PhotoMaker, Shape, SmallPhoto, is_raster
from sitegen.preamble import Preamble, preamble_macros
from sitegen.progress import NoProgress, Progress
from sitegen.publications import EntryCache, MakingAhead, PublicationBuilder, PublicationOptions, cased_title_html
from sitegen.related import RelatedWorks
from sitegen.render import CompiledSite, Renderer, compiled_for, site_template_dirs, templates_fingerprint
from sitegen.rendercache import RenderCache
from sitegen.sourcedates import SourceDates
from sitegen.stamp import theme_root
from sitegen.urls import SitePaths
from sitegen.versions import PreprintFolder
from sitegen.writer import Content, FileStat, InPlaceWriter, StagedWriter, check_output_folder

T = TypeVar("T")
THEME = theme_root()
CUSTOM_CSS = "css/custom.css"  # a site's own stylesheet, in its static/: every page links it after the theme's
# Below these, a second process costs more than it saves. Measured on the 20-person, 200-entry
# benchmark site (2 cores, 10 interleaved runs): 1.06 s -> 0.79 s with both; a 5-person, 60-entry
# site and the one-person demo are unchanged (forking a small process takes a few milliseconds).
PARALLEL_FROM = 100  # outputs (pages and files) to render
FOLDERS_AHEAD_FROM = 1000  # publication pages: below, making their folders takes a few milliseconds
BACKGROUND_FROM = 1  # Markdown documents: making the converter alone (its extensions' imports) pays
RARE_COLLECTIONS = 100_000  # new objects between two collections while rendering a one-off build
Documents = tuple[
    list[Person],
    list[Page],
    Page | None,
    list[NewsItem],
    list[Talk],
    list[Project],
    list[Page],  # the publications' own texts (content/publications/<key>.md)
    list[SmallPhoto],
    list[Diagnostic],
]


@dataclass(frozen=True)
class BuildResult:
    """What the last line of a build reports."""

    pages: int
    publications: int
    warnings: list[Diagnostic]
    seconds: float
    output: Path
    drafts_left_out: int = 0  # documents with `draft: true`, when not built with --drafts


class Builder:
    """Builds one site; keep the instance to rebuild with its caches."""

    def __init__(
        self,
        source: Path,
        output: Path | None = None,
        strict: bool = False,
        base_url: str | None = None,
        in_place: bool = False,
        progress: Progress | None = None,
        jobs: int | None = None,
        drafts: bool = False,
        templates_ahead: Meanwhile[CompiledSite] | None = None,
    ):
        """`templates_ahead`: the site's templates being compiled by another process, for the
        first build (see `render.compile_site_templates`)."""
        self.source = source
        self.drafts = drafts  # build the documents marked `draft: true` too
        self.output = output if output is not None else source / "_site"
        self.strict = strict
        self.base_url = base_url
        self._bib_chunks: dict[Path, dict[str, ParsedChunk]] = {}  # per file: entry text -> parsed
        self._bib_files: dict[Path, tuple[str, ParsedFile]] = {}  # per file: its last text, parsed
        self._bib_texts: dict[Path, tuple[bytes, str, list[Diagnostic]]] = {}  # serve: per file, as last read (_bib_text)
        self._matcher: tuple[object, AuthorMatcher] | None = None
        self._linked: tuple[list[Publication], AuthorMatcher, Authorship] | None = None
        self._bibliography: tuple[object, list[Publication], list[Diagnostic]] | None = None
        # the entries the last bibliography keeps out of the lists (`options = {dataonly}`): `sitegen
        # add` must know them, so as not to add a paper or a key again
        self.data_only: list[Publication] = []
        self._options: PublicationOptions | None = None
        self._converters: dict[tuple[object, ...], tuple[LatexConverter, NameParser]] = {}
        # the .bib files' texts the preambles' macros were last looked for in, and the macros
        self._preamble: tuple[list[str], Preamble] = ([], ())
        self._entries: EntryCache = {}  # publications made from unchanged entries are reused
        self._preprints = PreprintFolder()  # and the entries with preprints folded in
        self._abstract_citations = AbstractCitations()  # and those whose abstracts cite others
        self._related_works = RelatedWorks()  # and those that name related works (what they review ...)
        self._resolved: ResolvedCache = {}  # macro-resolved values of unchanged entries
        self._render_caches: dict[str, RenderCache] = {}  # by language folder ("" for the site's own)
        self._new_renderer = False
        self._dates = SourceDates(source)  # when each source last changed (git, or the file's time)
        self._renderers: dict[str, Renderer] = {}  # by language folder
        self._compiling = templates_ahead  # taken by the first build (see _compiled)
        self._rendered: dict[str, Hashable] = {}  # site path -> fingerprint of what was written (serve)
        self._loads_everything = False  # the build under way does (see _build)
        self._shared_outputs: list[Output] = []  # what the last shared rendering planned (see _write_shared)
        check_output_folder(self.output, source)  # before the writer names its staging folder beside it
        self._writer = InPlaceWriter(self.output) if in_place else StagedWriter(self.output)
        self.last_warnings: list[Diagnostic] = []  # also when the build failed part way
        self.drafts_left_out = 0
        self.progress = progress or NoProgress()
        self.in_place = in_place
        self.jobs = 1 if in_place else (jobs or available_jobs())  # processes that render a one-off build
        # processes for work a long-lived builder can share too: a big .bib parsed ahead, whose
        # results all come back to this one (2,000 entries: the preview's reading 0.74 -> 0.45 s),
        # and the preview's first rendering (see _write_first_preview)
        self._ahead_jobs = jobs or available_jobs()
        self._disk = DiskCache(source / FOLDER)  # parsed .bib files across runs
        self._photos = PhotoMaker(source / FOLDER)  # small profile photos across runs
        self._styler = CitationStyler(self._disk, self.content)  # publications.style's lines across runs
        # serve: parsed profiles, news ..., by file and the language they are read for
        self._content_files: dict[tuple[Path, str | None], tuple[Hashable, object, list[Diagnostic]]] = {}

    @property
    def content(self) -> Path:
        return self.source / "content"

    def build(self) -> BuildResult:
        """Build the whole site into the output folder, or raise `SitegenError`."""
        try:
            result = self._build()
        except BaseException:
            in_reading_order(self.last_warnings)
            with contextlib.suppress(Exception):
                finish_later_work()  # the build's own error is the one to report
            raise
        else:
            finish_later_work()  # a big .bib still being stored for the next build
            return result
        finally:
            if self._loads_everything:
                gc.unfreeze()  # what _collector_paused froze: a process that goes on collects it again
            self.progress.finish()

    def _build(self) -> BuildResult:
        started = time.perf_counter()
        # a one-off build, or the preview's first, loads everything: with the collector paused (at
        # 10,000 entries the preview's first build took 6.9 s, now 5.3); the preview's later builds
        # collect as Python does, over what serve froze after its first (serve.py)
        self._loads_everything = not self.in_place or not self._rendered
        report = Report()
        self.last_warnings = report.warnings
        self.progress.update("Reading settings")
        config = self._styler.settle(load_config(self.content / "site.yml", report, self.base_url))
        copies = self._static_files(report)
        writer = self._writer
        writer.begin(waiting=lambda: self.progress.update("Waiting for another build into this folder"))
        try:
            ahead = None if isinstance(writer, InPlaceWriter) else functools.partial(self._folders_ahead, writer)
            with _collector_paused() if self._loads_everything else contextlib.nullcontext():
                site = self._load(config, report, copies, ahead)
                versions = self._languages(config, site, report, copies)
            if not self.in_place:
                self._forget_sources()
            with _rare_collections() if self._loads_everything else contextlib.nullcontext():
                rendered = self._write_pages([(config, site), *versions], copies, writer)
            self.progress.update("Copying static files", len(copies))
            for relative, source in copies.items():
                writer.add_copy(relative, source)
            in_reading_order(report.warnings)
            if self.strict and report.warnings:
                raise SitegenError(f"--strict: {len(report.warnings)} warning(s) above; fix them or build without --strict")
            self.progress.update("Putting the new site in place")
            writer.commit(report)
            self._rendered = rendered
        except BaseException:
            writer.abort()
            raise
        finally:
            if self._compiling is not None:
                self._compiling.cancel()  # not asked for: the build failed before it rendered
                self._compiling = None
        pages = sum(path.endswith(".html") for path in rendered)
        seconds = time.perf_counter() - started
        return BuildResult(pages, len(site.publications), report.warnings, seconds, self.output, self.drafts_left_out)

    def _write_pages(
        self, sites: list[tuple[Config, Site]], copies: dict[str, Path], writer: StagedWriter | InPlaceWriter
    ) -> dict[str, Hashable]:
        """Render page after page straight to the writer, the site's and then each further
        language's copy of it; returns each output's fingerprint.

        A long-lived (serve) builder skips pages whose inputs did not change since its last build,
        and a whole group of them (the page of every publication) in one step.
        """
        self._new_renderer = False
        memo = self._rendered if isinstance(writer, InPlaceWriter) else {}
        self._dates.start_build()
        self.progress.update("Planning pages")
        outputs = itertools.chain.from_iterable(self._outputs(config, site, copies) for config, site in sites)
        items = self._linked_languages(sites, list(outputs)) if len(sites) > 1 else list(outputs)
        if not memo and self._ahead_jobs > 1:
            single = [item for item in items if isinstance(item, Output)]
            groups = [(item, list(item.outputs())) for item in items if isinstance(item, OutputGroup)]
            grouped = [output for _, group in groups for output in group]
            if len(single) + len(grouped) >= PARALLEL_FROM:
                if isinstance(writer, InPlaceWriter):
                    return self._write_first_preview(single, groups, copies, writer)
                return self._write_shared(single, grouped, copies, writer)
        done: dict[str, Hashable] = {}
        changed = self._changed(items, copies, writer, memo, done)
        if isinstance(writer, InPlaceWriter) and self._ahead_jobs > 1 and sum(grouped for _, grouped in changed) >= PARALLEL_FROM:
            self._write_changed_shared(changed, writer)
        else:
            for number, (output, _) in enumerate(changed):
                self.progress.update("Rendering: files", number)
                writer.add(output.path, output.make())
        return done

    def _changed(
        self,
        items: list[Output | OutputGroup],
        copies: dict[str, Path],
        writer: StagedWriter | InPlaceWriter,
        memo: dict[str, Hashable],
        done: dict[str, Hashable],
    ) -> list[tuple[Output, bool]]:
        """The outputs to render, in order, each with whether it is one of a group's; the others
        are kept as the last build (`memo`) wrote them. Every output's fingerprint goes to `done`."""
        changed: list[tuple[Output, bool]] = []
        for item in items:
            paths: list[str] = []
            if isinstance(item, Output):
                outputs, grouped = iter([item]), False
            else:
                held = memo.get(item.name)
                if isinstance(held, tuple) and held[0] == item.fingerprint:
                    for path in held[1]:
                        _refuse_clash(path, copies)
                        writer.keep(path)
                        done[path] = memo[path]
                    done[item.name] = held
                    continue
                # one by one: 10,000 pages' outputs held at once slowed a .bib edit by 0.1 s
                outputs, grouped = item.outputs(), True
                done[item.name] = (item.fingerprint, paths)
            for output in outputs:
                _refuse_clash(output.path, copies)
                paths.append(output.path)
                if memo.get(output.path) == output.fingerprint:
                    writer.keep(output.path)
                else:
                    changed.append((output, grouped))
                done[output.path] = output.fingerprint
        return changed

    def _write_shared(
        self, single: list[Output], grouped: list[Output], copies: dict[str, Path], writer: StagedWriter | InPlaceWriter
    ) -> dict[str, Hashable]:
        """A one-off build of a big site: the outputs rendered and written by `jobs` processes.

        The single outputs (publication lists, profiles, downloads, feeds) share the work done per
        entry: its list item, its CSL-JSON. They go to one process as one batch, so that work is
        done once; the others render the groups' independent pages (one per publication), and
        that process joins them when it is done. At 10,000 entries, spread over both processes the
        items and CSL-JSON were made in each: a build's user CPU went from 22.8-24.2 s to 17.2-20.6 s.
        """
        outputs = single + grouped
        for output in outputs:
            _refuse_clash(output.path, copies)

        def work(output: Output) -> tuple[str, FileStat]:
            return output.path, writer.add(output.path, output.make())

        progress = functools.partial(self.progress.update, "Rendering: files")
        written = map_shared(outputs, work, self.jobs, progress, together=len(single))
        # kept, not freed object by object now (10,000 pages: 25 ms); a one-off build's process
        # ends without freeing anything (cli.run), a library's caller frees them with the builder
        self._shared_outputs = outputs
        writer.written.update(path for path, _ in written)
        if isinstance(writer, StagedWriter):
            writer.stats.update(written)
        return dict.fromkeys(path for path, _ in written)

    def _write_first_preview(
        self, single: list[Output], groups: list[tuple[OutputGroup, list[Output]]], copies: dict[str, Path], writer: InPlaceWriter
    ) -> dict[str, Hashable]:
        """The preview's first build of a big site: the groups' pages (one per publication) rendered
        by `_ahead_jobs` processes, each writing them at once (there is no earlier version of them
        to keep), while this process renders the lists, profiles and downloads first, as every
        later build will, and so keeps what they share (RenderCache) for the edits to come.
        Returns each output's fingerprint, as the preview's later builds compare them."""
        grouped = [output for _, outputs in groups for output in outputs]
        for output in (*single, *grouped):
            _refuse_clash(output.path, copies)
        writer.writing_now([output.path for output in grouped])

        def work(job: tuple[Output, bool]) -> int:
            output, at_once = job
            if at_once:
                return writer.write_now(output.path, output.make())
            writer.add(output.path, output.make())  # in this process (together_here), held until the build ends
            return 0

        jobs = [*((output, False) for output in single), *((output, True) for output in grouped)]
        progress = functools.partial(self.progress.update, "Rendering: files")
        sizes = map_shared(jobs, work, self._ahead_jobs, progress, together=len(single), together_here=True)
        for output, size in zip(grouped, sizes[len(single) :], strict=True):
            writer.written_now(output.path, size)
        done: dict[str, Hashable] = {output.path: output.fingerprint for output in (*single, *grouped)}
        for group, outputs in groups:
            done[group.name] = (group.fingerprint, [output.path for output in outputs])
        return done

    def _write_changed_shared(self, changed: list[tuple[Output, bool]], writer: InPlaceWriter) -> None:
        """A later build of the preview that renders many of the groups' pages again (a template
        every page uses was edited): rendered by `_ahead_jobs` processes, as its first build does.
        This process renders the lists, profiles and downloads first and keeps what they share
        (RenderCache); the other renders publication pages, compares each with the file the last
        build wrote and sends back only those that changed, which this one holds until the build
        ends, as always (a failed build changes nothing). The heap stays frozen as serve keeps it
        (what this build made with it, until serve's next fresh build collects)."""
        single = [output for output, grouped in changed if not grouped]
        outputs = [*single, *(output for output, grouped in changed if grouped)]

        def work(output: Output) -> Content | None:
            data = output.make()
            return data if writer.differs(output.path, data) else None

        progress = functools.partial(self.progress.update, "Rendering: files")
        made = map_shared(outputs, work, self._ahead_jobs, progress, together=len(single), together_here=True, thaw=False)
        for output, data in zip(outputs, made, strict=True):
            if data is None:
                writer.keep(output.path)
            else:
                writer.add_changed(output.path, data)

    def _folders_ahead(self, writer: StagedWriter, publications: list[Publication]) -> None:
        """Have the folders of the publications' pages made while the site is linked and planned,
        which keeps one core busy; on a big site with a core to spare (see `make_folders_ahead`).
        Medians of interleaved builds: 10,000 entries 5.10 -> 4.94 s, 5.03 -> 4.90 s and 5.62 ->
        5.37 s (8, 8 and 6 runs); 2,000 entries 1.28 -> 1.24 s (12 runs)."""
        if self.jobs > 1 and len(publications) >= FOLDERS_AHEAD_FROM:
            writer.make_folders_ahead(*publication_folders(publications))

    def _forget_sources(self) -> None:
        """A one-off build needs the parsed .bib files no more once the publications are made:
        freeing them before rendering lowers the peak memory (a long-lived builder keeps them)."""
        self._bib_chunks, self._bib_files, self._resolved, self._entries = {}, {}, {}, {}
        self._bibliography = None

    @property
    def remade_everything(self) -> bool:
        """Whether the last build started afresh (first build, new templates or settings): most of
        what the builder holds is new, and old objects have become garbage."""
        return self._new_renderer or any(cache.emptied for cache in self._render_caches.values())

    @property
    def output_files(self) -> list[str]:
        """Every file of the output folder after the last one-off build (for its stamp)."""
        return self._writer.files if isinstance(self._writer, StagedWriter) else []

    @property
    def output_stats(self) -> dict[str, FileStat]:
        """Size and modification time of the pages the last one-off build wrote, as written (the
        stamp takes them from there rather than asking for 10,000 files again at the end)."""
        return self._writer.stats if isinstance(self._writer, StagedWriter) else {}

    @property
    def written(self) -> list[str]:
        """The files the last build of a long-lived (serve) builder wrote or deleted."""
        return list(self._writer.changed) if isinstance(self._writer, InPlaceWriter) else []

    def cache_sizes(self) -> dict[str, int]:
        """What the render cache holds: a long-lived builder must stay small however long it runs."""
        sizes: dict[str, int] = {}
        for cache in self._render_caches.values():
            for name, size in cache.sizes().items():
                sizes[name] = sizes.get(name, 0) + size
        return sizes

    def load(self) -> tuple[Config, Site, list[Diagnostic]]:
        """The site as data, without rendering or writing: for tools that convert it (bench/peers.py)."""
        report = Report()
        config = self._styler.settle(load_config(self.content / "site.yml", report, self.base_url))
        return config, self._load(config, report, self._static_files(report)), report.warnings

    # -- loading ------------------------------------------------------------------------------
    def _load(
        self,
        config: Config,
        report: Report,
        static: Iterable[str] = (),
        all_made: Callable[[list[Publication]], None] | None = None,
    ) -> Site:
        """The site as data; `all_made(publications)` hears of the bibliography as soon as it is made."""
        documents = self._documents(config, frozenset(static), _Reading.of(config))  # forked first: it reads no .bib
        try:
            texts = macro_files_first(
                [(path, self._bib_text(path, report)) for path in _source_files(self.content / "publications", ".bib")]
            )
            converter, names = self._converter(config.latex_macros, self._preamble_of(texts))
            matching = _MatchingAhead(documents, functools.partial(self._author_matcher, names=names)) if self.jobs > 1 else None
            publications = self._publications(
                config, report, texts, converter, names, frozenset(static), matching.made if matching else None
            )
            if all_made is not None:
                all_made(publications)
        except BaseException:
            documents.cancel()
            raise
        self.progress.update("Reading people, pages and news")
        read = documents.result()
        report.warnings.extend(read[-1])
        site = self._assembled(config, read, publications, names, report)
        site.custom_css = CUSTOM_CSS in static
        site.chrome = chrome(
            config.icon,
            config.analytics,
            config.verification,
            frozenset(static),
            (config.path, config.lines.get("icon")),
            previewing=self.in_place,  # serve: a researcher's previews are no visits
        )
        return site

    def _assembled(
        self,
        config: Config,
        documents: Documents,
        publications: list[Publication],
        names: NameParser,
        report: Report,
        written_as: list[Person] | None = None,
    ) -> Site:
        """The documents and the bibliography as one site: the drafts left out, authors linked to
        people, everything cross-referenced, the citations in the site's style. `written_as`: the
        people as the .bib files name them, when the profiles are translations (白世鹏's papers
        name Shipeng Bai)."""
        people, pages, home, news, talks, projects, texts, figures, _ = documents
        people, pages, news, talks, projects = self._published(config, people, pages, news, talks, projects)
        self.progress.update("Linking authors to people")
        matched = people if written_as is None else _as_written(people, written_as)
        matcher = self._author_matcher(matched, names)
        authorship = self._authorship(matched, publications, matcher)
        self.progress.update("Assembling the site")
        site = assemble(
            config,
            people,
            pages,
            publications,
            names,
            report,
            home,
            authorship,
            news,
            self._static_exists,
            talks,
            matcher,
            projects,
            texts,
            frozenset(pub.key for pub in self.data_only),
        )
        site.figures = figures
        site.styled, site.style_digest = self._styler.style(
            config,
            publications,
            report,
            self.jobs,
            functools.partial(self.progress.update, "Formatting citations"),
            functools.partial(cased_title_html, converter=names.converter),
        )
        self._check_owner(config, site, report)
        return site

    def _languages(self, config: Config, site: Site, report: Report, static: Iterable[str]) -> list[tuple[Config, Site]]:
        """The site's copy in each further language (site.yml `languages`), with its settings."""
        return [self._in_language(config, language, site, report, frozenset(static)) for language in config.languages]

    def _in_language(
        self, config: Config, language: Language, site: Site, report: Report, static: frozenset[str]
    ) -> tuple[Config, Site]:
        """The site in a further language: its documents as translated into it (or as written,
        where they are not), its words; the publications are the site's. Only what the site's own
        copy did not already warn of is said again."""
        local = config.in_language(language)
        self.progress.update(f"Reading the pages in {language.code}")
        stage = Report()
        people, pages, home, *rest = self._documents(local, static, _Reading.of(config, language)).result()
        people, pages, home = self._files_from_the_root(local, people, pages, home)
        stage.warnings.extend(rest[-1])
        left_out = self.drafts_left_out
        _, names = self._converter(config.latex_macros, self._preamble[1])
        documents = (people, pages, home, *rest)
        copy = self._assembled(local, documents, site.publications, names, stage, site.people)  # type: ignore[arg-type]
        self.drafts_left_out = left_out  # counted once, with the site's own documents
        copy.custom_css, copy.chrome = site.custom_css, site.chrome
        report.warnings.extend(new_warnings(report.warnings, stage.warnings, _Reading.of(config).codes))
        return local, copy

    def _files_from_the_root(
        self, config: Config, people: list[Person], pages: list[Page], home: Page | None
    ) -> tuple[list[Person], list[Page], Page | None]:
        """A further language's profiles and pages with their relative links to files written from
        the root (languages.files_from_the_root); the other texts' were resolved as they were read."""

        def rooted(html: str, document: Person | Page, page: str) -> str:
            if not document.relative_links:
                return html
            return files_from_the_root(html, document.relative_links, page, config.root_path, self._static_exists)

        people = [
            p
            if (bio := rooted(p.bio_html, p, "" if p.slug == config.owner else f"people/{p.slug}/")) is p.bio_html
            else dataclasses.replace(p, bio_html=bio)
            for p in people
        ]
        pages = [p if (html := rooted(p.html, p, f"{p.slug}/")) is p.html else dataclasses.replace(p, html=html) for p in pages]
        return people, pages, dataclasses.replace(home, html=rooted(home.html, home, "")) if home else None

    def _published(
        self,
        config: Config,
        people: list[Person],
        pages: list[Page],
        news: list[NewsItem],
        talks: list[Talk],
        projects: list[Project],
    ) -> tuple[list[Person], list[Page], list[NewsItem], list[Talk], list[Project]]:
        """The documents without the drafts, unless the build is asked for them (--drafts)."""
        drafts = [document for document in (*people, *pages, *news, *talks, *projects) if document.draft]
        self.drafts_left_out = 0 if self.drafts else len(drafts)
        if self.drafts or not drafts:
            return people, pages, news, talks, projects
        owner = next((person for person in people if person.draft and person.slug == config.owner), None)
        if owner is not None:
            raise SitegenError(
                f"the owner's profile ({owner.path.name}) is a draft, and the home page is made from it: remove "
                "'draft: true' from it, or build with --drafts to preview it",
                config.path,
                config.lines.get("owner"),
            )
        return (
            [p for p in people if not p.draft],
            [p for p in pages if not p.draft],
            [n for n in news if not n.draft],
            [t for t in talks if not t.draft],
            [p for p in projects if not p.draft],
        )

    def _publications(
        self,
        config: Config,
        report: Report,
        texts: tuple[tuple[Path, str], ...],
        converter: LatexConverter,
        names: NameParser,
        static: frozenset[str],
        made: Callable[[Publication], None] | None = None,
    ) -> list[Publication]:
        """The bibliography of the .bib files' `texts`; when no .bib file, setting or static file
        changed, the last one again. `made(publication)` hears of each publication made while the
        .bib is read."""
        options = PublicationOptions(config.hidden_fields)
        key = (texts, options, tuple(sorted(config.latex_macros.items())), static, config.merge_preprints, config.base_path)
        if self._bibliography is not None and self._bibliography[0] == key:
            _, publications, warnings = self._bibliography
            report.warnings.extend(warnings)
            return publications
        stage = Report()
        if options != self._options:
            self._options, self._entries = options, {}
        builder = PublicationBuilder(converter, stage, options, self._static_exists, names, self._entries)
        builder.progress = functools.partial(self.progress.update, "Making publications")
        entries = []
        pieces = self._bib_pieces(texts, MakingAhead(converter, names))
        for entry in resolve_pieces(pieces, stage, self._resolved):
            publication = builder.prepare(entry)  # made while a second process parses the rest of a big file
            entries.append(entry)
            if publication is not None and made is not None:
                made(publication)
        publications = builder.build(entries)
        publications = self._preprints.fold(publications, stage, preprints=config.merge_preprints)
        publications = self._abstract_citations.resolve(publications, config.base_path, stage)
        self.data_only = builder.data_only
        publications = self._related_works.resolve(publications, config.base_path, self.data_only)
        self._bibliography = (key, publications, list(stage.warnings))
        report.warnings.extend(stage.warnings)
        return publications

    def _bib_text(self, path: Path, report: Report) -> str:
        """A .bib file's text (`read_bib_text`). The preview's builder keeps the last one it read
        with its bytes: while they are the same (a biography's edit), it is not decoded and looked
        through for control characters again (24 MB: 30 ms of every edit), and is the same object
        for the comparisons that follow."""
        if not self.in_place:
            return read_bib_text(path, report)  # a one-off build: nothing to keep 24 MB for
        data = path.read_bytes()
        held = self._bib_texts.get(path)
        if held is None or held[0] != data:
            stage = Report()
            held = self._bib_texts[path] = (data, bib_text(data, path, stage), stage.warnings)
        report.warnings.extend(held[2])
        return held[1]

    def _linked_languages(
        self, sites: list[tuple[Config, Site]], items: list[Output | OutputGroup]
    ) -> list[Output | OutputGroup]:
        """Every page's links to itself in the site's other languages, once all are planned: each
        language's templates can ask for them (`translations(page_url)`), and a page is made again
        when the languages it is in change."""
        own = sites[0][0]
        names = {language.folder: language.name for language in own.languages}
        translations = Translations.of(
            [(config.language, config.language_path, names.get(config.language_path)) for config, _ in sites],
            (item.path for item in items if isinstance(item, Output)),
            own.root_path,
            own.origin,
        )
        for config, _ in sites:
            self._renderers[config.language_path].set_global("translations", translations.links)
        linked: list[Output | OutputGroup] = []
        made: set[str] = set()
        for item in items:
            if isinstance(item, Output) and item.shared and item.path in made:
                continue  # a small photo the site's own language has made
            if isinstance(item, Output):
                made.add(item.path)
                if item.path.endswith(".html"):
                    item = dataclasses.replace(item, fingerprint=(item.fingerprint, translations.fingerprint(item.path)))
            linked.append(item)
        return linked

    def _outputs(self, config: Config, site: Site, copies: dict[str, Path]) -> Iterable[Output | OutputGroup]:
        """The outputs of one language's copy of the site; a further language's in its folder."""
        shared = frozenset(copies) | {"css/accent.css"}  # at the site's root whatever the language
        paths = SitePaths(config.root_path, config.language_path, shared) if config.language_path else None
        renderer = self._renderer_for(config, paths)
        cache = self._render_caches.setdefault(config.language_path, RenderCache(keep_lists=self.in_place))
        outputs = site_outputs(site, config, renderer, cache, self._dates, shared)
        return in_folder(outputs, config.language_path) if config.language_path else outputs

    def _compiled(self, key: Hashable) -> dict[str, bytes] | None:
        """The templates compiled ahead, if they were compiled for what a renderer of `key` needs
        (`render.compiled_for`: the site's own language's are) and that worked: whatever went wrong
        there (a template that does not compile is left out of them), this process compiles them
        itself and says what is wrong, with the file and line."""
        if self._compiling is None:
            return None
        try:
            made_for, compiled = self._compiling.result()
        except Exception:  # whatever it was, the same templates are compiled here instead
            return None
        return compiled if made_for == key else None

    def _renderer_for(self, config: Config, paths: SitePaths | None) -> Renderer:
        """A language's Jinja environment, kept (with its compiled templates) while no template
        file, the base path or the site's words changed (the templates compile with the words in)."""
        dirs = site_template_dirs(self.source)
        renderer = self._renderers.get(config.language_path)
        words = config.words
        wanted = (templates_fingerprint(dirs), compiled_for(words, config.base_path, paths))
        if renderer is None or (renderer.fingerprint, renderer.compiled_for) != wanted:
            if renderer is not None and renderer.compiled_for == wanted[1]:
                # serve, after a template edit: the others are not compiled again (Jinja compares
                # each one's source with what was compiled); at small an edit took 307-331 ms, now 223-259
                compiled = renderer.compiled
            else:
                compiled = self._compiled(wanted[1])
            renderer = Renderer(dirs, config.base_path, self.in_place, words, paths, compiled)
            self._renderers[config.language_path] = renderer
            self._new_renderer = True
        return renderer

    def _authorship(self, people: list[Person], publications: list[Publication], matcher: AuthorMatcher) -> Authorship:
        """Authors linked to people, kept while the bibliography and the matcher are the same objects."""
        last = self._linked
        if last is None or last[0] is not publications or last[1] is not matcher:
            last = self._linked = (publications, matcher, link_authors(people, publications, matcher))
        return last[2]

    def _author_matcher(self, people: list[Person], names: NameParser) -> AuthorMatcher:
        """The matcher for these people's names and aliases, kept (with its cache) while they hold."""
        key = (names, tuple((p.slug, p.name, p.aliases) for p in people))
        if self._matcher is None or self._matcher[0] != key:
            self._matcher = (key, AuthorMatcher(people, names))
        return self._matcher[1]

    def _preamble_of(self, texts: tuple[tuple[Path, str], ...]) -> Preamble:
        """The macros the .bib files' preambles define (preamble.py). The preview looks for them
        again only when a file's text changed (24 MB: 16 ms of every edit): an unchanged file's
        text is the same object (`_bib_text`)."""
        strings = [text for _, text in texts]
        last, macros = self._preamble
        if len(strings) != len(last) or any(text is not before for text, before in zip(strings, last, strict=True)):
            macros = tuple(preamble_macros(strings).items())
            self._preamble = (strings if self.in_place else [], macros)  # a one-off build holds no texts for it
        return macros

    def _converter(self, macros: dict[str, str], preamble: Preamble) -> tuple[LatexConverter, NameParser]:
        """The LaTeX converter and name parser for the site's macros and the .bib files', kept
        across builds with their caches."""
        key = (tuple(sorted(macros.items())), preamble)
        if key not in self._converters:
            converter = LatexConverter(macros, dict(preamble))
            self._converters = {key: (converter, NameParser(converter))}
            self._entries.clear()
        return self._converters[key]

    def _bib_pieces(self, texts: tuple[tuple[Path, str], ...], helper: MakingAhead) -> Iterator[tuple[Path, ParsedChunk, int]]:
        """Each file's pieces in order (file, piece, lines before it): from memory (serve), from
        .sitegen-cache/ (a later run), or parsed anew (a big file by a second process, ahead,
        which also does some of the making when the maker lags behind)."""
        self._disk.begin()
        for path, text in texts:
            last = self._bib_files.get(path)
            if last is not None and last[0] == text:
                yield from ((path, piece, line) for piece, line in last[1].chunks)
                continue
            chunks = self._bib_chunks.setdefault(path, {})
            stored = self._disk.get("bib", text) if not chunks else None
            if isinstance(stored, list):
                _fill(chunks, split_chunks(text), stored)
            progress = functools.partial(self.progress.update, f"Reading {path.name}: entries")
            store = functools.partial(self._store_parsed, text) if stored is None and not self.in_place else None
            parsed = ParsedFile(path)
            for piece, line in parse_pieces(text, chunks, progress, self._ahead_jobs, store, helper):
                parsed.chunks.append((piece, line))
                yield path, piece, line
            self._bib_files[path] = (text, parsed)
            self._disk.use("bib", text)
        self._disk.forget_unused("bib")

    def _store_parsed(self, text: str, pieces: list[ParsedChunk]) -> None:
        """Keep a parsed file for later runs (a big one in the process that parsed it, while the
        publications are made)."""
        self._disk.put("bib", text, chunks_to_json(pieces))

    def _documents(self, config: Config, static: frozenset[str], reading: _Reading) -> Meanwhile[Documents]:
        """The site's Markdown documents (profiles, pages, home page, news) and their warnings,
        to be asked for after the publications are made; in `reading`'s language.

        A one-off build reads them in a forked process meanwhile: making the publications keeps
        one core busy and leaves the other free (300 profiles: 0.5 s). The Markdown converter is
        made there too (its extensions' imports take 0.07 s, which pays for the fork by itself).
        """

        def load() -> Documents:
            stage = Report()
            paths = SitePaths(config.root_path, config.language_path, static)
            quotes = quotation_marks(config.language) if config.typographer else None
            markdown = MarkdownRenderer(config.unsafe_html, config.base_path, paths, quotes)
            own = reading.language is None  # the site's own language: the first pass of a build
            if own:
                self._photos.used.clear()
            people = [
                dataclasses.replace(
                    person, small_photo=self._small(person.photo, f"people/{person.slug}/", PROFILE, person, stage)
                )
                for person in self._load_folder("people", parse_person, markdown, stage, static, reading)
            ]
            projects = [
                dataclasses.replace(
                    project, small_image=self._small(project.image, f"projects/{project.slug}/", PROJECT, project, stage)
                )
                for project in sorted(  # current ones first, then by `order` and title
                    self._load_folder("projects", parse_project, markdown, stage, static, reading),
                    key=lambda project: project.sort_key,
                )
            ]
            pages = self._load_texts("pages", parse_page, markdown, stage, reading)
            home = next(iter(self._load_texts("", parse_page, markdown, stage, reading, only="index")), None)
            news = self._load_texts("news", parse_news, markdown, stage, reading)
            news.sort(key=lambda item: (item.date, item.slug), reverse=True)  # newest first (one day's by name)
            talks = self._load_folder("talks", parse_talk, markdown, stage, static, reading)
            talks.sort(key=lambda talk: (talk.date, talk.slug), reverse=True)  # newest first
            texts = self._load_texts("publications", parse_publication_text, markdown, stage, reading)
            figures = Figures(self._photos, config.root_path, self._static_path)
            people = [_figures_in(person, figures, stage, "bio_html") for person in people]
            pages, news, talks, projects, texts = (
                [_figures_in(d, figures, stage) for d in docs] for docs in (pages, news, talks, projects, texts)
            )
            home = _figures_in(home, figures, stage) if home else None
            if own:  # not a further language's, which would forget the photos only the site's own texts show
                self._photos.forget_unused()  # of pictures since replaced
            return people, pages, home, news, talks, projects, texts, list(figures.made.values()), stage.warnings

        folders = ("people", "pages", "news", "talks", "projects", "publications")
        count = sum(len(_markdown_files(self.content / folder)) for folder in folders)
        return Meanwhile(load, self.jobs if count >= BACKGROUND_FROM else 1)

    def _load_folder(
        self,
        folder: str,
        parse: Callable[..., T],
        markdown: MarkdownRenderer,
        report: Report,
        static: frozenset[str],
        reading: _Reading,
    ) -> list[T]:
        """content/<folder>/*.md read by `parse` (a profile's, talk's or project's, which checks
        the files of static/ it names), each parsed again only when its text, the settings or
        static/ changed (see `_parsed`)."""

        def read(text: Text, path: Path, stage: Report) -> T:
            return parse(text, path, markdown, stage, self._static_exists)

        settings = (markdown.settings, static)
        return [
            self._parsed(source, read, settings, report, reading) for source in reading.sources(self.content / folder, report)
        ]

    def _load_texts(
        self, folder: str, parse: Callable[..., T], markdown: MarkdownRenderer, report: Report, reading: _Reading, only: str = ""
    ) -> list[T]:
        """content/<folder>/*.md (pages, news, publications' own texts) read by `parse`; `only`:
        the file of that name alone (content/index.md)."""

        def read(text: Text, path: Path, stage: Report) -> T:
            return parse(text, path, markdown, stage)

        found = reading.sources(self.content / folder, report)
        return [
            self._parsed(source, read, markdown.settings, report, reading) for source in found if not only or source.stem == only
        ]

    def _small(
        self, picture: str | None, folder: str, shape: Shape, document: Person | Project, report: Report
    ) -> SmallPhoto | None:
        """The small version of a profile's photo or a project's picture kept in static/ (photos.py);
        None for a URL or an SVG, and for a file Pillow cannot read, which is a warning (the file is
        shown as it is)."""
        source = self._static_path(picture) if picture and is_raster(picture) else None
        if source is None:
            return None
        try:
            return self._photos.small(source, folder, shape)
        except (PhotoError, OSError) as error:
            field, line = ("photo", document.photo_line) if isinstance(document, Person) else ("image", document.image_line)
            report.warn(
                f"{field} '{picture}' cannot be read as a picture ({error}); it is shown as it is (save it again as JPEG or PNG)",
                document.path,
                line,
            )
            return None

    def _parsed(
        self, source: Source, parse: Callable[[Text, Path, Report], T], settings: Hashable, report: Report, reading: _Reading
    ) -> T:
        """A content file parsed, or as parsed last build while its text and the settings hold (serve:
        a lab's 300 profiles are not read as YAML and Markdown again for one biography's edit). A
        further language's copy of a text or title not translated into it is marked as the site's language."""
        texts = tuple(read_source(path, report) for path in source.files())  # said every build, like the file's own
        key = (texts, settings)
        slot = (source.path, source.language)
        held = self._content_files.get(slot)
        if held is None or held[0] != key:
            stage = Report()
            read = source.read(texts)
            document = parse(read.text, source.path, stage)
            if not read.text_translated:
                document = dataclasses.replace(document, text_language=reading.own)  # type: ignore[type-var]
            if source.language and hasattr(document, "untranslated") and (words := read.untranslated(source.path.parent.name)):
                document = dataclasses.replace(document, untranslated=Untranslated(reading.own, words))  # type: ignore[type-var]
            held = self._content_files[slot] = (key, document, list(stage.warnings))
        report.warnings.extend(held[2])
        return held[1]  # type: ignore[return-value]

    def _check_owner(self, config: Config, site: Site, report: Report) -> None:
        if config.owner and config.owner not in {p.slug for p in site.people}:
            known = ", ".join(p.slug for p in site.people) or "none"
            raise SitegenError(
                f"owner '{config.owner}' is not a person in content/people/ (known: {known}); "
                "set owner to the file name of a profile without .md",
                config.path,
                config.lines.get("owner"),
            )

    def _static_dirs(self) -> list[Path]:
        return list(dict.fromkeys([THEME / "static", self.source / "static"]))

    def _static_exists(self, relative: str) -> bool:
        return self._static_path(relative) is not None

    def _static_path(self, relative: str) -> Path | None:
        """The file of static/ at this site path: the site's own, else the theme's."""
        for folder in reversed(self._static_dirs()):
            candidate = (folder / relative).resolve()
            if candidate.is_relative_to(folder.resolve()) and candidate.is_file():
                return candidate
        return None

    def _static_files(self, report: Report) -> dict[str, Path]:
        """Site path -> file to copy; the site's static/ overrides the theme's file by file."""
        copies: dict[str, Path] = {}
        for folder in self._static_dirs():
            if not folder.is_dir():
                continue
            root = folder.resolve()
            for directory, _, names in os.walk(folder):
                for name in names:
                    path = Path(directory) / name
                    if _editors_leftover(name):
                        continue
                    if not path.resolve().is_relative_to(root):
                        report.warn("symbolic link points outside static/ and is not copied", path)
                        continue
                    if not path.is_file():
                        report.warn("symbolic link points to nothing and is not copied", path)
                        continue
                    copies[path.relative_to(folder).as_posix()] = path
        return copies


@dataclass(frozen=True)
class _Reading:
    """Which files of content/ one language's copy of the site reads (languages.py)."""

    codes: frozenset[str] = frozenset()  # the further languages' codes, lower case: `ada.de.md` translates ada
    language: str | None = None  # the further language read for; None: the site's own
    own: str = "en"  # the site's own language: that of a text not translated

    @classmethod
    def of(cls, config: Config, language: Language | None = None) -> _Reading:
        codes = frozenset(further.folder.rstrip("/") for further in config.languages)
        return cls(codes, language.folder.rstrip("/") if language else None, config.language)

    def sources(self, folder: Path, report: Report) -> list[Source]:
        """The files of `folder` to read; one named as a translation into a language the site does
        not have is left out, which the site's own language says."""
        files = _markdown_files(folder)
        strays = stray_translations(files, self.codes)
        for stray in strays if self.language is None else ():
            original, _, code = stray.stem.rpartition(".")
            report.warn(
                f"this file is named as a translation of {original}.md into '{code}', a language site.yml's "
                "`languages` does not have: add it there, or rename the file; it is left out",
                stray,
            )
        return sources([file for file in files if file not in strays], self.codes, self.language)


class _MatchingAhead:
    """Matches each publication's authors to the site's people as soon as it is made, once the
    people are known (another process reads the profiles meanwhile): linking then finds every
    author list matched already. At 10,000 entries linking took 0.1 s with one core idle; the
    matching now happens while both cores read and make the bibliography."""

    CHECK_EVERY = 128  # publications made between two looks at whether the people are in

    def __init__(self, documents: Meanwhile[Documents], matcher_for: Callable[[list[Person]], AuthorMatcher]):
        self._documents: Meanwhile[Documents] | None = documents
        self._matcher_for = matcher_for
        self._matcher: AuthorMatcher | None = None
        self._waiting: list[Publication] = []

    def made(self, publication: Publication) -> None:
        if self._matcher is not None:
            self._matcher.match_all(publication.authors or publication.editors)
            return
        if self._documents is None:
            return
        self._waiting.append(publication)
        if len(self._waiting) % self.CHECK_EVERY == 0 and self._documents.ready():
            try:
                people = self._documents.result()[0]
            except Exception:  # raised again where the build asks for the documents
                self._documents, self._waiting = None, []
                return
            self._matcher = self._matcher_for(people)
            for waiting in self._waiting:
                self._matcher.match_all(waiting.authors or waiting.editors)
            self._waiting = []


def _as_written(people: list[Person], originals: list[Person]) -> list[Person]:
    """A further language's people as their originals name them, for matching authors: a
    translated profile may write its name otherwise (in Chinese characters); one of that language
    alone as it is."""
    by_slug = {person.slug: person for person in originals}
    return [by_slug.get(person.slug, person) for person in people]


def _fill(chunks: dict[str, ParsedChunk], texts: list[str], stored: list[object]) -> None:
    """Put pieces read from the cache in the chunk cache, if they still match the file's pieces."""
    try:
        pieces = chunks_from_json(stored)  # type: ignore[arg-type]
    except (TypeError, ValueError, AttributeError):
        return  # a damaged cache file: parse anew
    if len(pieces) == len(texts):
        chunks.update(zip(texts, pieces, strict=True))


def _refuse_clash(path: str, copies: dict[str, Path]) -> None:
    if path in copies:
        raise SitegenError(f"static/{path} would replace the page sitegen makes at {path}; rename or move it", copies[path])


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector walks every live object each time the heap has grown by a quarter:
    while 10,000 entries load that is eight walks, 1.5 s, over data that holds no cycles. A one-off
    build loads with the collector off, then freezes what it loaded, so the collections made while
    rendering never walk it (it is still freed by reference counting; `build` unfreezes at the end)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """Rendering leaves almost no cycles (at 10,000 entries: 9 objects), but what it keeps (list
    items, views, CSL-JSON) grows the young generations, which the collector walked 1,000 times:
    0.66 s of CPU. A collection per 100,000 new objects instead costs ~0.15 s and still bounds what
    a theme's own cycles (macros, namespaces) can hold."""
    thresholds = gc.get_threshold()
    gc.set_threshold(RARE_COLLECTIONS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _markdown_files(folder: Path) -> list[Path]:
    return _source_files(folder, ".md")


def _source_files(folder: Path, suffix: str) -> list[Path]:
    """The files of `folder` ending in `suffix`, without the hidden ones and editors' leftovers:
    Emacs locks a file it edits with a link `.#name.md` that points nowhere, and backs up `name.md~`
    (these are `.md` files too, or would be read as such: Hugo and Jekyll skip them likewise)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*" + suffix) if not path.name.startswith((".", "#")) and path.is_file())


def _editors_leftover(name: str) -> bool:
    """An editor's lock, backup or autosave file (`.#x`, `x~`, `#x#`): never part of the site."""
    return name.startswith(".#") or name.endswith("~") or (name.startswith("#") and name.endswith("#"))


D = TypeVar("D", Person, Page, NewsItem, Talk, Project)


def _figures_in(document: D, figures: Figures, report: Report, attribute: str = "html") -> D:
    """A document whose pictures in Markdown point at their small copies (figures.py); a picture
    that cannot be read is a warning at the line that names it."""
    html, unreadable = figures.in_html(getattr(document, attribute))
    for picture in unreadable:
        name = picture.rsplit("/", 1)[-1]
        text = read_source(document.path)
        line = text.count("\n", 0, text.find(name)) + 1 if name in text else None
        report.warn(
            f"picture '{picture}' cannot be read as a picture; it is shown as it is (save it again as JPEG or PNG)",
            document.path,
            line,
        )
    return document if html == getattr(document, attribute) else dataclasses.replace(document, **{attribute: html})
