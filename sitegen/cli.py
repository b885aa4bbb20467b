"""The command line: the only place that prints diagnostics and chooses exit codes.

The rest of sitegen is imported by the command that needs it: `sitegen build` on a site that did
not change since its last build (see stamp.py) answers before importing any of it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from sitegen import __version__, stamp
from sitegen.errors import SitegenError

if TYPE_CHECKING:
    from sitegen.bibmerge import SiteEntries
    from sitegen.doi import Added
    from sitegen.model import Person
    from sitegen.parallel import Meanwhile
    from sitegen.render import CompiledSite


def run() -> NoReturn:
    """The `sitegen` program: `main`, then end the process without tearing its heap down.

    After a big build the interpreter would free the whole site object by object on its way out
    (10,000 publications: 0.67 s after the result is printed; now 0.1 s). By then every file is written
    and closed and every worker process waited for, so build and check end at once, as mypy does.
    `serve` ends the normal way: its server's libraries may have clean-up to run.
    """
    args = _parser().parse_args()
    code = _run(args)
    if args.command == "serve":
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away (`sitegen build | head`)
        pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run a command; 0 on success, 1 on a user's mistake, 2 on a bad command line."""
    return _run(_parser().parse_args(argv))


def _run(args: argparse.Namespace) -> int:
    try:
        if getattr(args, "source", None) is not None:
            _require_site(args.source)
        return args.run(args)
    except SitegenError as error:
        if args.debug:
            traceback.print_exc()
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # whoever read the output stopped (`sitegen build | head -1`): not ours to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the flush on exit fails no more
        return 1
    except Exception:
        if args.debug:
            raise
        kind, value, _ = sys.exc_info()
        print(f"error: internal error ({kind.__name__}: {value}); run again with --debug and report it", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitegen", description="Static sites for academic profiles and research groups.")
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the site into the output folder")
    _common(build)
    build.add_argument("--output", type=Path, help="output folder (default: SOURCE/_site)")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("--base-url", help="override base_url of site.yml")
    build.add_argument("--jobs", type=_positive, help="processes for a big site (default: the cores available)")
    build.add_argument("--timings", action="store_true", help="say how long each phase of the build took")
    build.set_defaults(run=_build)

    serve = commands.add_parser("serve", help="build, serve and rebuild on every change")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--open", action="store_true", help="open the site in a browser")
    serve.set_defaults(run=_serve)

    check = commands.add_parser("check", help="build, then check every link, asset, id and title of the site")
    _common(check)
    check.add_argument("--output", type=Path, help="output folder (default: SOURCE/_site)")
    check.add_argument("--base-url", help="override base_url of site.yml")
    check.add_argument("--external", action="store_true", help="also try links to other sites (slow; needs the network)")
    check.add_argument("--jobs", type=_positive, help="processes building and reading a big site (default: the cores available)")
    check.set_defaults(run=_check)

    new = commands.add_parser(
        "new", help="write the file of a new profile, page, news item, talk or project, every field explained"
    )
    new.add_argument("kind", choices=["person", "page", "news", "talk", "project"], help="what to add")
    new.add_argument("title", help="the person's name, or the title")
    new.add_argument("--source", type=Path, default=Path("."), help="site folder holding content/ (default: .)")
    new.add_argument("--draft", action="store_true", help="mark it 'draft: true' (left out until that line is removed)")
    new.add_argument("--debug", action="store_true", help="show Python tracebacks")
    new.set_defaults(run=_new)

    translated = commands.add_parser(
        "translate",
        help="write the file of a translation of a profile, page, news item, talk or project (its words to translate)",
    )
    translated.add_argument(
        "files",
        type=Path,
        nargs="*",
        metavar="FILE",
        help="the originals, such as content/people/*.md (none: list those not translated)",
    )
    translated.add_argument("language", help="one of site.yml's languages, such as de")
    translated.add_argument("--source", type=Path, default=Path("."), help="site folder holding content/ (default: .)")
    translated.add_argument("--debug", action="store_true", help="show Python tracebacks")
    translated.set_defaults(run=_translate)

    added = commands.add_parser(
        "add",
        help="add publications to the site's .bib: by their DOIs, or those of an ORCID record, a dblp page, an OpenAlex "
        "author, a Zotero library, a .bib or a list written by hand it lacks",
    )
    added.add_argument("dois", nargs="*", metavar="DOI", help="10.1109/ICCV51070.2023.00693, or its https://doi.org/ address")
    added.add_argument(
        "--orcid",
        metavar="ID",
        nargs="?",
        const="",
        help="also every work on this ORCID record the site lacks (0000-0002-1825-0097; none: the owner's profile link)",
    )
    added.add_argument(
        "--dblp",
        metavar="PID",
        nargs="?",
        const="",
        help="also every paper on this dblp page the site lacks (https://dblp.org/pid/177/9741-2.html; none: the owner's link)",
    )
    added.add_argument(
        "--bib",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="also the entries of this .bib the site lacks (again for more files)",
    )
    added.add_argument(
        "--list",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="also the papers a list written by hand gives (a CV's or a web page's, as text, Markdown or HTML: "
        "citations in any common style, or titles over names and venues), read to be checked",
    )
    added.add_argument(
        "--openalex",
        metavar="AUTHOR",
        nargs="?",
        const="",
        help="also every work of this OpenAlex author the site lacks (https://openalex.org/A5023888391 or an ORCID iD; "
        "none: the owner's link)",
    )
    added.add_argument(
        "--zotero",
        metavar="LIBRARY",
        help="also every item of this Zotero group library (or collection) the site lacks "
        "(https://www.zotero.org/groups/2189416/my_lab; a private one: ZOTERO_API_KEY in the environment)",
    )
    added.add_argument("--source", type=Path, default=Path("."), help="site folder holding content/ (default: .)")
    added.add_argument(
        "--to", type=Path, help="the .bib to add them to (default: the site's only .bib, else content/publications/added.bib)"
    )
    added.add_argument("--debug", action="store_true", help="show Python tracebacks")
    added.set_defaults(run=_add)

    moved = commands.add_parser(
        "import",
        help="make an al-folio, academicpages, AcadHomepage, Minimal Light, Allan lab or Hugo Blox site, or a page made from "
        "Jon Barron's template, into a sitegen site in a new folder",
    )
    moved.add_argument("origin", type=Path, help="the old site's folder (holding _config.yml, or Hugo's config)")
    moved.add_argument("directory", type=Path, help="folder for the new site (must not hold content/ yet)")
    _gitlab(moved)
    moved.add_argument("--debug", action="store_true", help="show Python tracebacks")
    moved.set_defaults(run=_import)
    init = commands.add_parser("init", help="create a starter site (never replaces an existing file)")
    init.add_argument("directory", type=Path, help="folder for the new site (created if missing)")
    init.add_argument(
        "--workflow",
        action="store_true",
        help="only what publishing needs, for a site you have: the GitHub Pages workflow, requirements.txt, .gitignore",
    )
    _gitlab(init)
    init.add_argument("--debug", action="store_true", help="show Python tracebacks")
    init.set_defaults(run=_init)
    return parser


def _gitlab(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--gitlab",
        dest="host",
        action="store_const",
        const="gitlab",
        default="github",
        help="publish on GitLab Pages (gitlab.com or an institution's GitLab): .gitlab-ci.yml, not the GitHub workflow",
    )


def _add(args: argparse.Namespace) -> int:
    """`sitegen add DOI ...`: each DOI's BibTeX from doi.org, appended to the site's .bib (doi.py)."""
    from sitegen import bibmerge, dblp, doi, openalex, orcid, zotero
    from sitegen.build import Builder

    if not (
        args.dois
        or args.orcid is not None
        or args.dblp is not None
        or args.bib
        or args.list
        or args.zotero
        or args.openalex is not None
    ):
        raise SitegenError(
            "name the DOIs to add, or an ORCID record with --orcid, a dblp page with --dblp, an OpenAlex author with "
            "--openalex, a Zotero library with --zotero, a .bib with --bib, a list written by hand with --list"
        )
    library = zotero.library(args.zotero) if args.zotero else None  # each checked before anything is fetched
    exports = [(path, _bib_text(path)) for path in args.bib]  # each read before anything is fetched
    written = [(path, _bib_text(path, "list")) for path in args.list]
    builder = Builder(args.source)
    config, site, _ = builder.load()  # the site's entries as the build reads them (and caches them)
    if args.orcid == "":
        args.orcid = _owners_link(config.owner, site.people, "orcid")
    if args.dblp == "":
        args.dblp = _owners_link(config.owner, site.people, "dblp")
    if args.openalex == "":
        args.openalex = _owners_link(config.owner, site.people, "openalex")
    dois = list(args.dois)
    person = dblp.pid(args.dblp) if args.dblp else None  # checked before anything is fetched
    scholar = openalex.author(args.openalex) if args.openalex else None
    record = orcid.read(args.orcid) if args.orcid else None
    on_record: frozenset[str] = frozenset()  # the ORCID record's DOIs: one doi.org does not know is said, not an error
    if record is not None:
        for number in record.not_dois:
            print(f"ORCID {args.orcid}: '{number}' is no DOI (the record's may be mistyped); not added")
        dois += record.dois
        on_record = frozenset(doi.normalise(n) for n in record.dois) - frozenset(doi.normalise(n) for n in args.dois)
    dblp_list = dblp.fetch(person) if person else None
    shared = zotero.fetch(library) if library else None
    works, not_works = openalex.fetch(scholar) if scholar else ("", 0)
    known = bibmerge.SiteEntries.of([*site.publications, *builder.data_only])  # an unlisted entry is the site's too
    files = sorted((args.source / "content/publications").glob("*.bib"))
    target = args.to or (files[0] if len(files) == 1 else args.source / "content/publications/added.bib")
    for added in doi.add(dois, known.dois, known.keys, target, on_record):
        print(_said(added, args.orcid, target))
    if record is not None:
        _merge_list(record.bibtex, known, target, f"ORCID {args.orcid}", own_keys=False)
        for title in record.unnamed:
            print(f"ORCID {args.orcid}: '{title}' says too little to be added (no DOI, no title or type); add it by hand")
    if dblp_list:
        _merge_list(dblp_list, known, target, f"dblp {person}", own_keys=False)
    if scholar:
        _merge_list(works, known, target, f"OpenAlex {scholar}", own_keys=False)
        if not_works:
            print(f"OpenAlex {scholar}: {not_works} corrections, notices, front matter or reviews not added")
    if shared:
        _merge_list(shared, known, target, f"Zotero {library}", own_keys=True)
    for path, text in exports:
        _merge_list(text, known, target, path.name, own_keys=True)
    for path, text in written:
        _add_listed(path, text, known, target)
    return 0


def _add_listed(path: Path, text: str, known: SiteEntries, target: Path) -> None:
    """The papers of a list written by hand (`add --list`), merged as an export's entries are; what
    did not read said at its line."""
    from sitegen import paperlist

    entries, notes = paperlist.listed_papers(text, path)
    for note in notes:
        print(note)
    if not entries:
        print(f"{path.name}: no paper read (none reads as a citation with its year, or as a title over names)")
    _merge_list("\n\n".join(entries), known, target, path.name, own_keys=True)  # (Scholar-like, or the list's own BibTeX's)


def _merge_list(text: str, known: SiteEntries, target: Path, source: str, own_keys: bool) -> None:
    """A list of entries merged into `target` (bibmerge.py), and what came of it said."""
    from sitegen import bibmerge

    if text:
        for line in bibmerge.said(bibmerge.merge(text, known, target, source, own_keys), source, target):
            print(line)


def _owners_link(owner: str | None, people: list[Person], kind: str) -> str:
    """The owner's ORCID or dblp link (`--orcid` with no iD): the profile's own record."""
    person = next((p for p in people if p.slug == owner), None) or (people[0] if len(people) == 1 else None)
    link = next((link.url for link in person.links if link.kind == kind), "") if person else ""
    if not link:
        whose = f"{person.name}'s profile has no {kind} link" if person else "the site has no owner (site.yml's owner)"
        raise SitegenError(f"--{kind} without a value takes the owner's {kind} link, and {whose}: give it after --{kind}")
    return link


def _said(added: Added, record: str | None, target: Path) -> str:
    """What `add` prints of a DOI: added where, had already, or (one of an ORCID record) unknown."""
    if added.skipped.startswith("already"):
        return f"{added.doi}: {added.skipped}; not added again"
    if added.skipped:
        return f"ORCID {record}: {added.skipped} (the record's DOI may be mistyped); not added"
    return f"{added.doi}: added as {added.key} ({added.title}) to {target}"


def _bib_text(path: Path, kind: str = ".bib") -> str:
    """A .bib (or a list) to add from, read now: a missing or unreadable one is an error before anything is added."""
    if not path.is_file():
        raise SitegenError(f"no such {kind} file", path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        made = (
            "Zotero's and JabRef's exports are" if kind == ".bib" else "a text editor's Save As offers it; Word's Plain Text too"
        )
        raise SitegenError(f"this file is not UTF-8 text: save it as UTF-8 ({made})", path) from None


def _require_site(source: Path) -> None:
    """Refuse a folder that is not a site, before a mistyped --source becomes a new empty site."""
    if not source.exists():
        raise SitegenError("no such folder; give the site's folder (the one holding content/) with --source", source)
    if not source.is_dir():
        raise SitegenError("not a folder; give the site's folder (the one holding content/) with --source", source)
    if not (source / "content").is_dir():
        raise SitegenError(
            "no content/ folder here, so this is not a sitegen site; start one with "
            f"`sitegen init {source}`, or give the site's folder with --source",
            source,
        )


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--source", type=Path, default=Path("."), help="site folder holding content/ (default: .)")
    command.add_argument("--drafts", action="store_true", help="also build the profiles, pages and news marked 'draft: true'")
    command.add_argument("--debug", action="store_true", help="show Python tracebacks")


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    output = args.output if args.output is not None else args.source / "_site"
    options = stamp.Options(args.source, output, args.base_url, args.strict, args.drafts)
    if (same := stamp.unchanged(options)) is not None:
        for warning in same.warnings:
            print(warning, file=sys.stderr)
        counts = _counts(same.pages, same.publications, len(same.warnings)) + _drafts_note(same.drafts_left_out)
        print(f"Up to date: {counts}, nothing changed since the last build ({time.perf_counter() - started:.2f} s) -> {output}")
        return 0
    jobs = getattr(args, "jobs", None)
    templates = _templates_ahead(args.source, args.base_url, jobs)
    from sitegen.build import Builder
    from sitegen.progress import Progress

    inputs = stamp.inputs(options)
    stamp.forget(options)
    progress = Progress()
    try:
        builder = Builder(
            args.source,
            args.output,
            strict=args.strict,
            base_url=args.base_url,
            progress=progress,
            jobs=jobs,
            drafts=args.drafts,
            templates_ahead=templates,
        )
    except SitegenError:  # an output folder refused: no build will take the templates
        if templates is not None:
            templates.cancel()
        raise
    try:
        result = builder.build()
    except SitegenError:
        for warning in builder.last_warnings:
            print(warning, file=sys.stderr)
        raise
    warnings = [str(warning) for warning in result.warnings]
    for warning in warnings:
        print(warning, file=sys.stderr)
    progress.update("Writing the build stamp")
    with _collector_off():  # a whole-heap collection now would take ~0.5 s at 10,000 entries and find nothing
        summary = stamp.Summary(result.pages, result.publications, warnings, result.drafts_left_out)
        stamp.record(options, inputs, builder.output_files, summary, builder.output_stats)
    progress.finish()
    counts = _counts(result.pages, result.publications, len(warnings)) + _drafts_note(result.drafts_left_out)
    print(f"Built {counts} in {result.seconds:.2f} s -> {result.output}")
    if getattr(args, "timings", False):
        _print_timings(progress.timings(), time.perf_counter() - started)
    return 0


def _templates_ahead(source: Path, base_url: str | None, jobs: int | None) -> Meanwhile[CompiledSite] | None:
    """The site's templates compiled by a second process (`render.compiled_ahead`) while this one
    imports the rest of sitegen (0.15 s with the other core idle) and reads the site. Started
    before those imports; started later, when the other core reads the site, it only made reading slower."""
    from sitegen.parallel import available_jobs
    from sitegen.render import compiled_ahead

    return compiled_ahead(source, base_url, jobs or available_jobs())


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _print_timings(phases: list[tuple[str, float]], total: float) -> None:
    """Where the build's time went, longest phase first; start-up is what came before the first."""
    rows = [("Start-up (imports, checking the stamp)", total - sum(seconds for _, seconds in phases)), *phases]
    width = max(len(phase) for phase, _ in rows)
    for phase, seconds in sorted(rows, key=lambda row: -row[1]):
        print(f"{phase:<{width}}  {seconds:6.2f} s")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, not {text!r}")
    return int(text)


def _drafts_note(left_out: int) -> str:
    """Said, not warned: a draft left out is what the author asked for, but it should not vanish unnoticed."""
    return f" ({_count(left_out, 'draft')} left out; --drafts builds them)" if left_out else ""


def _counts(pages: int, publications: int, warnings: int) -> str:
    return ", ".join(_count(n, word) for n, word in ((pages, "page"), (publications, "publication"), (warnings, "warning")))


def _check(args: argparse.Namespace) -> int:
    from sitegen.check import SiteChecker
    from sitegen.parallel import available_jobs

    _build(argparse.Namespace(**{**vars(args), "strict": False}))
    builder_output = args.output if args.output is not None else args.source / "_site"
    checker = SiteChecker(builder_output, _deployed_base_url(args))
    with _collector_off():  # the pages read hold no cycles; walking them again and again was 40% of reading them
        problems = checker.check(jobs=args.jobs or available_jobs())
    if args.external:
        print(f"Trying {_count(len(checker.external), 'external link')} ...", flush=True)
        problems += checker.check_external()
    for problem in problems:
        print(problem)
    sys.stdout.flush()  # the problems before the count, also where both streams go to one file
    pages = len(checker.pages)
    if problems:
        print(f"{_count(len(problems), 'problem')} in {_count(pages, 'page')}.", file=sys.stderr)
        return 1
    print(f"Checked {_count(pages, 'page')}: every link works.")
    return 0


def _deployed_base_url(args: argparse.Namespace) -> str:
    from sitegen.config import load_config
    from sitegen.errors import Report

    if args.base_url:
        return args.base_url
    report = Report()
    return load_config(args.source / "content" / "site.yml", report).base_url


def _new(args: argparse.Namespace) -> int:
    from sitegen.scaffold import create

    path = create(args.source / "content", args.kind, args.title, draft=args.draft)
    print(f"Wrote {path}: fill it in, then `sitegen serve` to see it")
    return 0


def _translate(args: argparse.Namespace) -> int:
    from sitegen.config import load_config
    from sitegen.errors import Report
    from sitegen.scaffold import translate, translation_language, untranslated

    content = args.source / "content"
    config = load_config(content / "site.yml", Report())
    codes = [language.code for language in config.languages]
    code = translation_language(content, args.language, config.language, codes)
    if not args.files:  # what is left to translate
        left, total = untranslated(content, code, codes)
        print(f"{code}: {total - len(left)} of {_count(total, 'text')} translated")
        for path in left:
            print(f"  {path}")
        return 0
    if len(args.files) == 1:
        path = translate(content, args.files[0], code, codes)
        print(f"Wrote {path}: translate it, then `sitegen serve` to see it")
        return 0
    written = []
    for original in args.files:  # a folder's files (content/people/*.md): what cannot be is said, the rest written
        try:
            written.append(translate(content, original, code, codes))
        except SitegenError as error:
            print(f"skipped {error.diagnostic.path}: {error.diagnostic.message}", file=sys.stderr)
    for path in written:
        print(f"Wrote {path}")
    print(f"Translate {_count(len(written), 'file')}, then `sitegen serve` to see them" if written else "Nothing written")
    return 0 if written else 1


def _init(args: argparse.Namespace) -> int:
    from sitegen.starter import create_starter

    created = create_starter(args.directory, only_publishing=args.workflow, host=args.host)
    for relative in created.kept:
        print(f"kept {relative}: it exists already", file=sys.stderr)
    print(f"Wrote {_count(len(created.written), 'file')} to {args.directory}.")
    if created.requirement is not None and not created.requirement.found:
        print(
            "requirements.txt: sitegen could not tell where it was installed from; before you push, put that "
            "place in it (its comment shows how), or the Pages workflow cannot install sitegen",
            file=sys.stderr,
        )
    elif created.requirement is not None and created.requirement.warning:
        print(f"requirements.txt: {created.requirement.warning}", file=sys.stderr)
    print(f"Next: sitegen serve --source {args.directory}   (preview with live reload)")
    print(PUBLISH[args.host])
    return 0


def _import(args: argparse.Namespace) -> int:
    from sitegen.migrate import import_site
    from sitegen.starter import create_starter

    imported = import_site(args.origin, args.directory)
    publishing = create_starter(args.directory, only_publishing=True, host=args.host)
    print(f"Wrote {_count(len(imported.written) + len(publishing.written), 'file')} to {args.directory}: {imported.summary()}.")
    for note in imported.notes:
        print(note, file=sys.stderr)
    print(f"Next: sitegen serve --source {args.directory}   (see what came over; the notes above need your eye)")
    return 0


PUBLISH = {  # what `init` says is left to do, by where the site is published
    "github": "Publish: push to GitHub, then Settings -> Pages -> Source: GitHub Actions.",
    "gitlab": "Publish: push to GitLab; the pages job builds it, and Deploy -> Pages shows its address.",
}


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _serve(args: argparse.Namespace) -> int:
    from sitegen.serve import serve

    return serve(args.source, args.host, args.port, args.open, drafts=args.drafts)
