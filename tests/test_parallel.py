"""Rendering in several processes gives the very same site, and fails the way one process does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, compiles_counted, preview_follows, tree, write_files

from sitegen import bibtex
from sitegen import build as build_module
from sitegen.build import Builder
from sitegen.errors import SitegenError
from sitegen.parallel import BATCH, Meanwhile, map_shared
from sitegen.writer import StagedWriter


def lab(root):
    people = {f"content/people/p{n}.md": f"---\nname: Person{n} Member\nrole: PhD Student\n---\nBio {n}.\n" for n in range(6)}
    entries = "".join(
        f"@article{{k{n}, author = {{Member, Person{n % 6} and Other, A.}}, title = {{Title {n} \\'e}},"
        f" journal = {{J}}, year = {2000 + n % 9}, abstract = {{Abstract {n}.}}}}\n"
        for n in range(120)
    )
    return write_files(root, {"content/site.yml": "title: Lab\n", "content/publications/refs.bib": entries, **people})


def files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def folders(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_dir())


def test_two_processes_write_the_same_bytes_as_one(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    monkeypatch.setattr(bibtex, "PARALLEL_FROM", 10)  # the .bib parsed by two processes too
    monkeypatch.setattr(build_module, "FOLDERS_AHEAD_FROM", 10)  # the pages' folders made by `mkdir` meanwhile
    ahead = []
    monkeypatch.setattr(
        StagedWriter,
        "make_folders_ahead",
        lambda self, *args, real=StagedWriter.make_folders_ahead: ahead.append(args) or real(self, *args),
    )
    one = Builder(site, tmp_path / "one", jobs=1).build()
    assert ahead == []
    shutil.rmtree(site / ".sitegen-cache")  # parsed again, not read from the first build's cache
    two = Builder(site, tmp_path / "two", jobs=2).build()
    assert [(parent, len(names)) for parent, names in ahead] == [("publications", 120)]
    assert one.pages == two.pages > 120
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert folders(tmp_path / "one") == folders(tmp_path / "two")


def test_a_worker_is_reaped_once_ended_without_being_waited_for():
    """The parent goes on as soon as a worker has answered (ending a worker with a big heap takes
    20 ms); the ended worker is reaped when the next one starts, so no zombie is left behind."""
    worker = Meanwhile(os.getpid, 2).result()
    time.sleep(0.2)  # it has ended by now
    Meanwhile(lambda: None, 2).result()
    with pytest.raises(ChildProcessError):
        os.waitpid(worker, os.WNOHANG)  # already reaped


def test_a_task_meanwhile_says_when_its_answer_is_in_and_answers_alike_every_time(tmp_path):
    flag = tmp_path / "go"
    slow = Meanwhile(lambda: _wait_for(flag) and [os.getpid()], 2)
    assert not slow.ready()  # still waiting for the flag
    flag.touch()
    deadline = time.monotonic() + 10
    while not slow.ready() and time.monotonic() < deadline:
        time.sleep(0.005)
    answer = slow.result()
    assert slow.ready() and slow.result() is answer and answer != [os.getpid()]  # received once, from the worker
    failing = Meanwhile(lambda: (_ for _ in ()).throw(SitegenError("bad profile")), 2)
    for _ in range(2):  # the same error each time it is asked for, not the task run again here
        with pytest.raises(SitegenError, match="bad profile"):
            failing.result()
    assert not Meanwhile(lambda: 1, 1).ready()  # one job: the task runs when asked for


def test_authors_are_matched_while_the_publications_are_made_with_the_same_site_and_warnings(tmp_path, monkeypatch):
    """Once the profiles are in (read by another process), each publication's authors are matched
    as it is made, so linking finds them matched; the site and its warnings (near misses, no
    member among the authors) are those of one process."""
    from sitegen.matching import AuthorMatcher
    from sitegen.publications import PublicationBuilder

    site = lab(tmp_path / "site")
    extra = "@article{near, author = {Membr, Person1 and Nobody, Else}, title = {Typo}, journal = {J}, year = 2001}\n"
    bib = site / "content/publications/refs.bib"
    bib.write_text(extra + bib.read_text(encoding="utf-8"), encoding="utf-8")
    one = Builder(site, tmp_path / "one", jobs=1).build()
    shutil.rmtree(site / ".sitegen-cache")
    matched: list[str] = []  # "match" for each author list matched, "link" when linking starts
    real_match, real_link, real_prepare = AuthorMatcher.match_all, build_module.link_authors, PublicationBuilder.prepare

    def prepare_slowly(self, entry):  # the profiles come in while the publications are made
        time.sleep(0.005)
        return real_prepare(self, entry)

    monkeypatch.setattr(build_module._MatchingAhead, "CHECK_EVERY", 4)
    monkeypatch.setattr(PublicationBuilder, "prepare", prepare_slowly)
    monkeypatch.setattr(AuthorMatcher, "match_all", lambda self, names: matched.append("match") or real_match(self, names))
    monkeypatch.setattr(build_module, "link_authors", lambda *args: matched.append("link") or real_link(*args))
    two = Builder(site, tmp_path / "two", jobs=2).build()
    assert matched.index("link") > 60  # most lists were matched before linking began
    assert [str(w) for w in two.warnings] == [str(w) for w in one.warnings]
    assert any("Membr" in str(w) for w in one.warnings) and any("'near'" in str(w) for w in one.warnings)
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_both_processes_do_a_share(tmp_path):
    items = list(range(BATCH * 40))
    done = map_shared(items, lambda n: time.sleep(0.001) or f"{n}:{os.getpid()}", 2)
    assert [int(d.split(":")[0]) for d in done] == items  # in order
    assert len({d.split(":")[1] for d in done}) == 2  # the parent and a worker, each with some batches


def test_an_error_in_any_process_fails_the_build_and_keeps_the_old_site(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    Builder(site, site / "_site", jobs=2).build()
    before = files(site / "_site")
    template = (build_module.THEME / "templates/publication.html").read_text(encoding="utf-8")
    write_files(
        site, {"templates/publication.html": template.replace("{% block main %}", "{% block main %}{{ pub.nothing.here }}", 1)}
    )
    with pytest.raises(SitegenError, match=r"publication\.html"):
        Builder(site, site / "_site", jobs=2).build()
    assert files(site / "_site") == before
    assert not list(tmp_path.glob("site/.*sitegen-new"))


def test_a_workers_error_is_raised_in_the_parent(tmp_path):
    parent = os.getpid()

    def work(n: int) -> str:
        time.sleep(0.001)
        if os.getpid() != parent:
            raise SitegenError("broken in the worker", tmp_path / "page.html", 3)
        return str(n)

    with pytest.raises(SitegenError, match=r"page\.html:3: error: broken in the worker"):
        map_shared(list(range(BATCH * 40)), work, 2)


def test_jobs_on_the_command_line_must_be_one_or_more(tmp_path, capsys):
    from sitegen import cli

    site = lab(tmp_path / "site")
    with pytest.raises(SystemExit) as stopped:
        cli.main(["build", "--source", str(site), "--jobs", "0"])
    assert stopped.value.code == 2 and "1 or more" in capsys.readouterr().err
    assert cli.main(["build", "--source", str(site), "--jobs", "1"]) == 0


def test_the_first_items_together_are_one_process_s_batch():
    items = list(range(BATCH * 40))
    done = map_shared(items, lambda n: time.sleep(0.001) or f"{n}:{os.getpid()}", 2, together=BATCH * 8)
    assert [int(d.split(":")[0]) for d in done] == items
    pids = [d.split(":")[1] for d in done]
    assert len(set(pids[: BATCH * 8])) == 1  # one process did the whole first batch
    assert len(set(pids)) == 2  # and the other the rest meanwhile


def test_lists_and_downloads_go_to_one_process_and_publication_pages_to_all(tmp_path, monkeypatch):
    """The lists share each entry's rendered item and CSL-JSON: made in one process, made once."""
    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    calls = []

    def spy(items, work, jobs, progress=None, together=0):
        calls.append(([item.path for item in items], together))
        return [work(item) for item in items]

    monkeypatch.setattr(build_module, "map_shared", spy)
    Builder(site, tmp_path / "out", jobs=2).build()
    [(paths, together)] = calls
    pages = [path for path in paths if path.count("/") == 2 and path.startswith("publications/k")]
    assert len(pages) == 120 and paths[together:] == pages
    assert {"publications/index.html", "publications.json", "people/p0/index.html"} <= set(paths[:together])


def test_profiles_read_meanwhile_give_the_same_site_and_warnings(tmp_path, monkeypatch):
    """A big site's profiles, pages and news are read in another process while the publications
    are made: the same files, and the same warnings in the same order, as reading them after."""
    site = lab(tmp_path / "site")
    write_files(
        site,
        {
            "content/people/p1.md": "---\nname: Person1 Member\nphoto: javascript:alert(1)\n---\nBio.\n",
            "content/pages/about.md": "---\ntitle: About\n---\nAbout us.\n",
            "content/news/2025-01-01-hello.md": "---\ntitle: Hello\ndate: 2025-01-01\n---\nNews.\n",
            "content/publications/extra.bib": "@article{bad, author = {A}, year = 2020}\n",
        },
    )
    one = Builder(site, tmp_path / "one", jobs=1).build()
    monkeypatch.setattr(build_module, "BACKGROUND_FROM", 1)
    pids = []
    real = build_module.Meanwhile

    def spy(task, jobs):  # records, in whichever process runs the task, that it ran there
        return real(lambda: (pids.append(os.getpid()), task())[1], jobs)

    monkeypatch.setattr(build_module, "Meanwhile", spy)
    two = Builder(site, tmp_path / "two", jobs=2).build()
    assert pids == []  # appended in the other process, not in this one
    assert [str(w) for w in two.warnings] == [str(w) for w in one.warnings]
    assert any("photo" in str(w) for w in one.warnings) and any("bad" in str(w) for w in one.warnings)
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_a_profile_s_error_read_meanwhile_names_its_file_and_line(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    write_files(site, {"content/people/p3.md": "---\nrole: PhD Student\n---\nNo name.\n"})
    monkeypatch.setattr(build_module, "BACKGROUND_FROM", 1)
    with pytest.raises(SitegenError) as raised:
        Builder(site, tmp_path / "out", jobs=2).build()
    assert raised.value.diagnostic.path.name == "p3.md" and "no name" in str(raised.value)


def test_a_task_left_meanwhile_can_be_stopped_and_a_big_answer_comes_back():
    from sitegen.parallel import Meanwhile

    started = time.perf_counter()
    slow = Meanwhile(lambda: time.sleep(30), 2)
    slow.cancel()
    assert time.perf_counter() - started < 5
    assert Meanwhile(lambda: "x" * 1_000_000, 2).result() == "x" * 1_000_000  # more than a pipe holds


def test_progress_hears_of_each_item_the_parent_starts_also_inside_a_batch():
    heard = []
    map_shared(list(range(BATCH * 3)), str, 1, lambda done, total: heard.append((done, total)), together=BATCH * 2)
    assert heard == [(n, BATCH * 3) for n in range(BATCH * 3)]


def _wait_for(flag, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not flag.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_computed_ahead_gives_results_in_order_as_they_come_from_another_process(tmp_path):
    from sitegen.parallel import computed_ahead

    flag, parent = tmp_path / "first-taken", os.getpid()

    def work(n: int) -> tuple[int, int, bool]:
        waited = _wait_for(flag) if n == 99 else True  # the last item waits until the caller has the first
        return n, os.getpid(), waited

    results = []
    for result in computed_ahead(list(range(100)), work, 2, batch=8):
        flag.touch()
        results.append(result)
    assert [n for n, _, _ in results] == list(range(100))
    assert {pid for _, pid, _ in results} != {parent}
    assert all(waited for _, _, waited in results)  # the caller had the first before the last was done


def test_computed_ahead_raises_a_workers_error_at_its_item_and_stops_it_when_left(tmp_path):
    from sitegen.parallel import computed_ahead

    def work(n: int) -> int:
        if n == 20:
            raise SitegenError("broken item", tmp_path / "refs.bib", 20)
        return n

    taken = []
    with pytest.raises(SitegenError, match=r"refs\.bib:20: error: broken item"):
        for n in computed_ahead(list(range(40)), work, 2, batch=4):
            taken.append(n)
    assert taken == list(range(20))

    def slow(n: int) -> int:
        if n == 0:  # written before the first result goes: a kill cannot catch it half written
            (tmp_path / "worker").write_text(str(os.getpid()))
        else:
            time.sleep(30)
        return n

    started = time.perf_counter()
    results = computed_ahead(list(range(3)), slow, 2, batch=1)
    assert next(results) == 0
    results.close()
    assert time.perf_counter() - started < 5
    with pytest.raises(ProcessLookupError):
        os.kill(int((tmp_path / "worker").read_text()), 0)  # stopped and reaped


def test_a_big_bib_s_publications_are_made_while_it_is_parsed_with_the_same_warnings(tmp_path, monkeypatch):
    """A worker parses the .bib while the parent makes the entries parsed so far: the last piece is
    parsed only after the first publication was made, and warnings of every stage come in the
    order one process gives them."""
    from sitegen.publications import PublicationBuilder

    site = lab(tmp_path / "site")
    troubles = (
        "@string{venue = {Journal of Tests}}\n"
        "@article{m1, title = {Uses \\unknownmacro}, author = {A}, journal = venue # { Letters}, year = 2020}\n"
        "@article{m2, title = {Undefined macro}, journal = nowhere, year = 2020}\n"
        "@article{m3, title = {Broken, year = 2020\n"
        "@inproceedings{m4, title = {Child}, crossref = {proc}, year = 2021}\n"
        "@proceedings{proc, title = {The Proceedings}, year = 2021}\n"
        "@article{k1, title = {Duplicate key}, year = 2020}\n"
        "@misc{klast, title = {The last entry}, year = 2019}\n"
    )
    bib = site / "content/publications/refs.bib"
    bib.write_text(bib.read_text(encoding="utf-8") + troubles, encoding="utf-8")
    one = Builder(site, tmp_path / "one", jobs=1).build()
    shutil.rmtree(site / ".sitegen-cache")

    flag, parse, prepare = tmp_path / "made", bibtex._parse_chunk, PublicationBuilder.prepare

    def parse_last_after_a_make(text):
        if "klast" in text and not _wait_for(flag):
            raise SitegenError("the whole file was parsed before any publication was made")
        return parse(text)

    def prepare_and_flag(self, entry):
        flag.touch()
        return prepare(self, entry)

    monkeypatch.setattr(bibtex, "PARALLEL_FROM", 10)
    monkeypatch.setattr(bibtex, "_parse_chunk", parse_last_after_a_make)
    monkeypatch.setattr(PublicationBuilder, "prepare", prepare_and_flag)
    two = Builder(site, tmp_path / "two", jobs=2).build()
    assert [str(w) for w in two.warnings] == [str(w) for w in one.warnings]
    assert {"\\unknownmacro", "nowhere", "m3", "k1"} <= {word for w in one.warnings for word in str(w).replace("'", " ").split()}
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_a_worker_computing_ahead_is_not_held_up_by_a_full_pipe(tmp_path):
    """The worker's messages wait in a thread, not in the pipe: a worker whose results fill the
    pipe many times over still gets to the end (and runs `then`) while the caller holds the first."""
    from sitegen.parallel import computed_ahead

    flag = tmp_path / "then-ran"
    results = computed_ahead(list(range(20)), lambda n: "x" * 100_000, 2, batch=1, then=lambda done: flag.touch())
    assert len(next(results)) == 100_000
    assert _wait_for(flag)  # 2 MB sent, not yet read
    assert sum(1 for _ in results) == 19


def test_the_caller_of_computed_ahead_goes_on_while_the_worker_does_its_then(tmp_path):
    """Storing a big .bib for the next build is the worker's alone: the caller has every result
    without waiting for it, and `finish_later_work` (the build's end) waits for it."""
    from sitegen.parallel import computed_ahead, finish_later_work

    go, stored = tmp_path / "go", tmp_path / "stored"
    then = lambda done: _wait_for(go) and stored.write_text(str(sum(done)))  # noqa: E731
    assert list(computed_ahead(list(range(50)), lambda n: n, 2, batch=8, then=then)) == list(range(50))
    assert not stored.exists()  # the worker is still held in `then`
    go.touch()
    finish_later_work()
    assert stored.read_text() == str(sum(range(50)))


def test_an_error_in_a_workers_later_work_is_raised_when_it_is_waited_for():
    from sitegen.parallel import computed_ahead, finish_later_work

    def then(done):
        raise SitegenError("cannot store")

    assert sum(computed_ahead(list(range(20)), lambda n: n, 2, batch=4, then=then)) == sum(range(20))
    with pytest.raises(SitegenError, match="cannot store"):
        finish_later_work()
    finish_later_work()  # nothing left to wait for


def test_the_process_that_parses_a_big_bib_stores_it_for_the_next_build(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    monkeypatch.setattr(bibtex, "PARALLEL_FROM", 10)
    stored_by = tmp_path / "stored-by"
    store = Builder._store_parsed
    monkeypatch.setattr(Builder, "_store_parsed", lambda self, *a: (stored_by.write_text(str(os.getpid())), store(self, *a)))
    first = Builder(site, tmp_path / "one", jobs=2).build()
    assert int(stored_by.read_text()) != os.getpid()
    calls = []
    monkeypatch.setattr(bibtex, "_parse_chunk", lambda text: calls.append(text))
    second = Builder(site, tmp_path / "two", jobs=2).build()
    assert calls == [] and second.publications == first.publications == 120
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_a_modest_group_site_already_uses_the_second_core(tmp_path, monkeypatch):
    """Six people and 120 entries (about 140 outputs): the documents and the Markdown converter (its
    extensions' imports) are made beside the publications, and two processes render the pages."""
    site = lab(tmp_path / "site")
    made_in, shared = tmp_path / "made-in", []
    real, real_map = build_module.MarkdownRenderer, build_module.map_shared
    monkeypatch.setattr(build_module, "MarkdownRenderer", lambda *a: (made_in.write_text(str(os.getpid())), real(*a))[1])
    monkeypatch.setattr(build_module, "map_shared", lambda *a, **k: (shared.append(a[2]), real_map(*a, **k))[1])
    Builder(site, tmp_path / "out", jobs=2).build()
    assert int(made_in.read_text()) != os.getpid()  # its extensions' imports cost the parent nothing
    assert shared == [2]


def test_the_parent_of_a_one_off_build_never_imports_python_markdown(tmp_path):
    """The documents are read in another process: the one that renders skips the import (0.05 s)."""
    site = lab(tmp_path / "site")
    code = (
        "import sys; from pathlib import Path; from sitegen.build import Builder;"
        "Builder(Path(sys.argv[1]), Path(sys.argv[2]), jobs=2).build();"
        "print([name for name in ('markdown', 'pygments') if name in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code, site, tmp_path / "out"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "out/people/p1/index.html").read_text(encoding="utf-8").count("Bio 1.") == 1


class _RecordingHelper:
    def __init__(self):
        self.events: list[tuple[str, int, int]] = []

    def prepare(self, result: int) -> tuple[int, int]:
        return result, os.getpid()

    def receive(self, prepared: tuple[int, int]) -> None:
        self.events.append(("prepared", *prepared))


def test_the_worker_computing_ahead_helps_a_caller_that_lags_behind(monkeypatch):
    from sitegen import parallel
    from sitegen.parallel import computed_ahead

    monkeypatch.setattr(parallel, "HELP_FROM", 16)
    helper = _RecordingHelper()
    for n in computed_ahead(list(range(200)), lambda n: n, 2, batch=8, helper=helper):
        helper.events.append(("taken", n, os.getpid()))
        time.sleep(0.002)  # the slower one: the worker is soon more than 16 results ahead
    helped = [n for kind, n, _ in helper.events if kind == "prepared"]
    assert 0 < len(helped) < 200 and helped[0] > 16  # not at first: the caller was not behind yet
    assert {pid for kind, _, pid in helper.events if kind == "prepared"} != {os.getpid()}  # done by the worker
    for position, (kind, n, _) in enumerate(helper.events):
        if kind == "prepared":  # handed over just before its result
            assert helper.events[position + 1][:2] == ("taken", n)


def test_with_one_process_the_caller_does_all_its_work_itself():
    from sitegen.parallel import computed_ahead

    helper = _RecordingHelper()
    assert list(computed_ahead(list(range(50)), lambda n: n, 1, helper=helper)) == list(range(50))
    assert helper.events == []


def test_making_done_ahead_by_the_parsing_process_gives_the_same_site_and_warnings(tmp_path, monkeypatch):
    """When the maker lags behind, the parsing process converts the titles and abstracts and splits
    the author lists of the next pieces; the maker uses that work instead of doing it again."""
    from sitegen import parallel
    from sitegen.latex import LatexConverter
    from sitegen.names import NameParser

    site = lab(tmp_path / "site")
    bib = site / "content/publications/refs.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8") + "@article{m1, title = {T}, author = {Fran{\\c{c}}ois Dupont and others}, year = 2020,"
        " abstract = {Uses \\unknownmacro and \\url{javascript:alert(1)}.}}\n",
        encoding="utf-8",
    )
    one = Builder(site, tmp_path / "one", jobs=1).build()
    shutil.rmtree(site / ".sitegen-cache")
    monkeypatch.setattr(bibtex, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "HELP_FROM", -1)  # the maker counts as behind from the first piece
    parent, here = os.getpid(), []
    convert, split = LatexConverter._convert, NameParser.split
    monkeypatch.setattr(
        LatexConverter, "_convert", lambda self, s, *mode: (os.getpid() == parent and here.append(s), convert(self, s, *mode))[1]
    )
    monkeypatch.setattr(NameParser, "split", staticmethod(lambda s: (os.getpid() == parent and here.append(s), split(s))[1]))
    two = Builder(site, tmp_path / "two", jobs=2).build()
    assert [str(w) for w in two.warnings] == [str(w) for w in one.warnings]
    assert {"\\unknownmacro", "javascript:alert(1)"} <= {word for w in one.warnings for word in str(w).replace("'", " ").split()}
    assert files(tmp_path / "one") == files(tmp_path / "two")
    converted_or_split_here = [s for s in here if s.startswith(("Abstract", "Title ", "Uses")) or " and " in s]
    assert here and not converted_or_split_here  # done by the parsing process


def test_templates_compiled_by_another_process_render_alike_and_are_not_compiled_again(tmp_path, monkeypatch):
    from sitegen.i18n import Words
    from sitegen.render import Renderer, compile_templates

    write_files(
        tmp_path,
        {
            "base.html": "<h1>{{ _('Publications') }}</h1>{% block main %}{% endblock %}",
            "page.html": "{% extends 'base.html' %}{% block main %}<p>{{ text }}</p>{% endblock %}",
            "broken.html": "{{ unclosed ",
        },
    )
    words = Words("de")
    compiled = compile_templates([tmp_path], words)
    assert len(compiled) == 2  # the broken one is left out, for the build to report
    compiles = compiles_counted(monkeypatch)
    page = Renderer([tmp_path], "/", words=words, compiled=compiled).render("page.html", text="<b>")
    assert compiles == []
    assert page == "<h1>Publikationen</h1><p>&lt;b&gt;</p>"
    (tmp_path / "page.html").write_text("{% extends 'base.html' %}{% block main %}<em>{{ text }}</em>{% endblock %}")
    changed = Renderer([tmp_path], "/", words=words, compiled=compiled).render("page.html", text="new")
    assert (changed, compiles) == ("<h1>Publikationen</h1><em>new</em>", ["page.html"])  # its source changed since


@pytest.mark.parametrize("base_url", [[], ["--base-url", "https://lab.example.org/sub/"]])
def test_sitegen_build_takes_the_templates_a_second_process_compiled(tmp_path, monkeypatch, base_url):
    from sitegen.cli import main

    site = lab(tmp_path / "site")
    assert main(["build", "--source", str(site), "--output", str(tmp_path / "one"), "--jobs", "1", *base_url]) == 0
    compiles = compiles_counted(monkeypatch)
    assert main(["build", "--source", str(site), "--output", str(tmp_path / "two"), "--jobs", "2", *base_url]) == 0
    assert compiles == []  # not one template compiled by the process that renders
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_a_further_language_compiles_its_own_templates_with_its_own_addresses(tmp_path, monkeypatch):
    """Jinja works out `{{ '' | url }}` as it compiles: the German pages' templates, whose
    addresses are under /sub/de/, are not the ones compiled ahead for the English pages."""
    from sitegen.cli import main

    site = lab(tmp_path / "site")
    (site / "content/site.yml").write_text("title: Lab\nbase_url: https://lab.example.org/sub/\nlanguages:\n  de: {}\n")
    assert main(["build", "--source", str(site), "--output", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert main(["build", "--source", str(site), "--output", str(tmp_path / "two"), "--jobs", "2"]) == 0
    assert files(tmp_path / "one") == files(tmp_path / "two")
    page = (tmp_path / "two/de/publications/k1/index.html").read_text()
    assert '<a class="site-title" href="/sub/de/">' in page and "Publikationen" in page


def test_a_template_that_does_not_compile_ahead_is_reported_by_the_build_with_its_file_and_line(tmp_path):
    site = lab(tmp_path / "site")
    write_files(site, {"templates/person.html": "{% extends 'base.html' %}\n{% block main %}{{ person.name }{% endblock %}"})
    built = subprocess.run(
        [sys.executable, "-m", "sitegen", "build", "--source", str(site), "--jobs", "2"], capture_output=True, text=True
    )
    assert built.returncode == 1 and "Traceback" not in built.stderr
    assert "person.html:2:" in built.stderr and "template syntax error" in built.stderr, built.stderr


def test_the_templates_compiling_ahead_are_stopped_when_the_output_folder_is_refused(tmp_path, monkeypatch):
    from sitegen.cli import main

    site = lab(tmp_path / "site")
    stopped = []
    monkeypatch.setattr(Meanwhile, "cancel", lambda self, real=Meanwhile.cancel: stopped.append(self) or real(self))
    assert main(["build", "--source", str(site), "--output", str(site / "content"), "--jobs", "2"]) == 1
    assert len(stopped) == 1  # not left to run on, and to linger unreaped, after the command failed


def test_the_preview_s_first_build_takes_the_templates_a_second_process_compiled(tmp_path, monkeypatch):
    from sitegen import serve

    site = lab(tmp_path / "site")
    monkeypatch.setattr(serve, "available_jobs", lambda: 2)
    compiles = compiles_counted(monkeypatch)
    preview = serve.Preview(site)
    try:
        assert preview.rebuild()
        assert compiles == []  # the first preview shows sooner (small: 719 -> 657 ms to serve)
        assert "Bio 1." in (preview.root / "people/p1/index.html").read_text(encoding="utf-8")
    finally:
        preview.close()


def test_the_preview_freezes_its_first_site_without_a_collection_and_collects_after_a_fresh_build(tmp_path, monkeypatch):
    """Nothing earlier has become garbage after the first build (at 10,000 entries the collection
    took 0.39 s before the first page was served); after a template edit the old pages' objects
    have, and they are collected once the preview is idle, after the browsers reloaded (0.45 s
    that held every template edit's reload back)."""
    import gc

    from sitegen import serve

    site = lab(tmp_path / "site")
    collections = []
    monkeypatch.setattr(serve.gc, "collect", lambda *args: collections.append(args) or 0)
    preview = serve.Preview(site)
    try:
        assert preview.rebuild() and collections == [] and gc.get_freeze_count() > 0
        write_files(site, {"templates/page.html": "{% extends 'base.html' %}{% block main %}{% endblock %}\n"})
        assert preview.rebuild() and collections == []
        watcher = serve.SourceWatcher(preview)
        assert watcher.examine() == (None, None) and collections == []  # idle, but the browsers may be reloading
        monkeypatch.setattr(serve, "SETTLE_AFTER_SECONDS", 0)
        watcher.examine()
        watcher.examine()
        assert len(collections) == 1 and gc.get_freeze_count() > 0
    finally:
        preview.close()
        gc.unfreeze()


def test_the_preview_parses_a_big_bib_in_another_process_and_keeps_what_it_parsed(tmp_path, monkeypatch):
    """Parsed pieces all come back to the preview's process, which keeps them: after an edit of
    one entry, that entry alone is parsed again (here)."""
    site = lab(tmp_path / "site")
    parsed_in, parse = tmp_path / "parsed_in", bibtex._parse_chunk

    def parse_and_record(text):
        with parsed_in.open("a") as record:
            record.write(f"{os.getpid()}\n")
        return parse(text)

    monkeypatch.setattr(bibtex, "PARALLEL_FROM", 10)
    monkeypatch.setattr(bibtex, "_parse_chunk", parse_and_record)
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2)
    preview.build()
    assert str(os.getpid()) not in parsed_in.read_text().split()  # all parsed by the other process
    parsed_in.unlink()
    bib = site / "content/publications/refs.bib"
    bib.write_text(bib.read_text().replace("Title 7 ", "Retitled 7 "))
    preview.build()
    assert parsed_in.read_text().split() == [str(os.getpid())]
    assert "Retitled 7" in (tmp_path / "preview/publications/k7/index.html").read_text(encoding="utf-8")
    assert tree(tmp_path / "preview") == tree(Builder(site, tmp_path / "clean", jobs=1).build().output)


def test_the_parent_does_the_first_batch_itself_when_asked_whoever_claims_first(monkeypatch):
    from sitegen import parallel

    def start_and_wait(*args, real=parallel._start_worker):
        started = real(*args)
        time.sleep(0.3)  # the worker could claim the first batch meanwhile
        return started

    monkeypatch.setattr(parallel, "_start_worker", start_and_wait)
    done_in = map_shared(list(range(40)), lambda n: os.getpid(), 2, together=3, together_here=True)
    assert done_in[:3] == [os.getpid()] * 3 and set(done_in[3:]) != {os.getpid()}


def test_the_preview_s_first_build_renders_the_publications_pages_in_two_processes_and_follows_edits(tmp_path, monkeypatch):
    """The lists and profiles are rendered by the preview's own process, which keeps what they share
    for the edits to come, and held until the build ends; the publications' pages are written at
    once by both processes. After edits of every kind the preview is what a clean build makes."""
    from sitegen.writer import InPlaceWriter

    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    held_in, written_in = tmp_path / "held_in", tmp_path / "written_in"

    def add(self, relative, data, real=InPlaceWriter.add):
        if not held_in.exists():
            time.sleep(0.2)  # the other process has begun with the publications' pages meanwhile
        with held_in.open("a") as record:
            record.write(f"{os.getpid()} {relative}\n")
        real(self, relative, data)

    def write_now(self, relative, data, real=InPlaceWriter.write_now):
        with written_in.open("a") as record:
            record.write(f"{os.getpid()} {relative}\n")
        return real(self, relative, data)

    monkeypatch.setattr(InPlaceWriter, "add", add)
    monkeypatch.setattr(InPlaceWriter, "write_now", write_now)
    bib, template = site / "content/publications/refs.bib", REPO / "templates/publication.html"
    edits = [
        lambda: (site / "content/people/p1.md").write_text("---\nname: Person1 Member\nrole: PhD Student\n---\nNew bio.\n"),
        lambda: bib.write_text(bib.read_text().replace("Title 7 ", "Retitled 7 ")),
        lambda: bib.write_text("".join(line for line in bib.read_text().splitlines(True) if "{k9," not in line)),
        lambda: write_files(
            site, {"templates/publication.html": template.read_text().replace("</article>", "<p>Own.</p></article>")}
        ),
    ]
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2)
    preview.build()
    held = [line.split() for line in held_in.read_text().splitlines()]
    written = [line.split() for line in written_in.read_text().splitlines()]
    assert {pid for pid, _ in held} == {str(os.getpid())} and "people/p1/index.html" in {path for _, path in held}
    assert len(written) == 120 and {pid for pid, _ in written} - {str(os.getpid())}  # the other process wrote some
    edits[0]()
    held_in.write_text("")
    preview.build()  # the first build's fingerprints hold: what does not show the biography is kept
    again = {path for _, path in (line.split() for line in held_in.read_text().splitlines())}
    assert "people/p1/index.html" in again and not [path for path in again if path.startswith("publications/")], again
    preview_follows(preview, site, edits[1:], tmp_path / "clean")
    assert len(written_in.read_text().splitlines()) == 120  # later builds hold what they write until they end
    assert "Own." in (tmp_path / "preview/publications/k1/index.html").read_text(encoding="utf-8")


def test_a_later_preview_build_renders_many_publication_pages_in_two_processes_and_holds_what_changed(tmp_path, monkeypatch):
    """A template every page uses, edited: the publications' pages are rendered by both processes
    (at 10,000 entries, a base.html edit 3.6-4.0 -> 2.8-2.9 s), each compared with the file the
    last build wrote; only what changed comes back and is written, when the build ends."""
    from sitegen.writer import InPlaceWriter

    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    compared_in = tmp_path / "compared_in"

    def differs(self, relative, data, real=InPlaceWriter.differs):
        with compared_in.open("a") as record:
            record.write(f"{os.getpid()} {relative}\n")
        return real(self, relative, data)

    monkeypatch.setattr(InPlaceWriter, "differs", differs)
    base = (REPO / "templates/base.html").read_text()
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2)
    preview.build()
    write_files(site, {"templates/base.html": base.replace("</footer>", "<p>Edited.</p></footer>")})
    preview.build()
    compared = [line.split() for line in compared_in.read_text().splitlines()]
    others = {path for pid, path in compared if pid != str(os.getpid())}
    assert others and all(path.startswith("publications/k") for path in others)
    assert "people/p1/index.html" in {path for pid, path in compared if pid == str(os.getpid())}
    assert "Edited." in (tmp_path / "preview/publications/k119/index.html").read_text(encoding="utf-8")
    assert tree(tmp_path / "preview") == tree(Builder(site, tmp_path / "clean", jobs=1).build().output)

    compared_in.unlink()
    write_files(site, {"templates/base.html": base.replace("</footer>", "<p>Edited.</p>{# same bytes #}</footer>")})
    assert preview.build() and preview.written == []  # every page rendered again, none changed
    assert {pid for pid, _ in (line.split() for line in compared_in.read_text().splitlines())} - {str(os.getpid())}

    before = tree(tmp_path / "preview")
    publication = (REPO / "templates/publication.html").read_text()
    broken = publication.replace("</article>", '{% if pub.key == "k110" %}{{ no_such_thing() }}{% endif %}</article>')
    write_files(site, {"templates/base.html": base, "templates/publication.html": broken})
    with pytest.raises(SitegenError, match=r"publication\.html"):
        preview.build()
    assert tree(tmp_path / "preview") == before  # a failed build changes nothing, whichever process failed


def test_a_later_preview_build_in_two_processes_leaves_a_frozen_heap_frozen(tmp_path, monkeypatch):
    """The preview freezes what it keeps after a fresh build (serve._settle_memory), so that the
    collector never walks it; rendering in two processes must not thaw it. A one-off build thaws
    what it froze."""
    import gc

    site = lab(tmp_path / "site")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2)
    preview.build()
    assert gc.get_freeze_count() == 0
    bib = site / "content/publications/refs.bib"
    try:
        gc.freeze()
        bib.write_text(bib.read_text().replace("journal = {J}", "journal = {Journal}"))
        preview.build()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    Builder(site, tmp_path / "once", jobs=2).build()
    assert gc.get_freeze_count() == 0


def test_the_first_preview_of_a_site_in_two_languages_in_two_processes_follows_edits(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    (site / "content/site.yml").write_text("title: Lab\nbase_url: https://lab.example.org/sub/\nlanguages:\n  de: {}\n")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    bib = site / "content/publications/refs.bib"
    edits = [
        lambda: bib.write_text(bib.read_text().replace("Title 3 ", "Retitled 3 ")),
        lambda: (site / "content/people/p2.md").write_text("---\nname: Person2 Member\nrole: Postdoc\n---\nBio.\n"),
        lambda: write_files(  # every page of both languages rendered again, by two processes
            site,
            {"templates/base.html": (REPO / "templates/base.html").read_text().replace("</footer>", "<p>Both.</p></footer>")},
        ),
    ]
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2)
    preview_follows(preview, site, edits, tmp_path / "clean")
    assert "Retitled 3" in (tmp_path / "preview/de/publications/k3/index.html").read_text(encoding="utf-8")
    assert "Both." in (tmp_path / "preview/de/publications/k3/index.html").read_text(encoding="utf-8")


def test_a_failed_first_preview_removes_the_pages_it_wrote_at_once(tmp_path, monkeypatch):
    site = lab(tmp_path / "site")
    write_files(site, {"content/pages/x.md": "---\ntitle: X\n---\n[a](javascript:alert(1))\n"})  # a warning
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10)
    preview = Builder(site, tmp_path / "preview", in_place=True, jobs=2, strict=True)
    with pytest.raises(SitegenError):
        preview.build()
    assert list((tmp_path / "preview").rglob("*.html")) == []


def test_the_process_compiling_templates_ahead_imports_nothing_of_the_bibliography(tmp_path):
    """It starts before the build imports sitegen and shares the two cores with it: reading the
    settings for their words and base path took 61 ms when it pulled in the authors' matching and
    the data model (36 ms more than it needs), a tenth of a small site's build."""
    site = lab(tmp_path / "site")
    code = (
        "import sys; from pathlib import Path; from sitegen.render import compile_site_templates;"
        "made_for, compiled = compile_site_templates(Path(sys.argv[1]), None);"
        "print(len(compiled), sorted(name for name in sys.modules if name.split('.')[0] in"
        " ('bibtexparser', 'rapidfuzz', 'markdown') or name in ('sitegen.model', 'sitegen.matching', 'sitegen.names')))"
    )
    done = subprocess.run([sys.executable, "-c", code, site], capture_output=True, text=True, check=True)
    count, imported = done.stdout.split(" ", 1)
    assert int(count) > 10 and imported.strip() == "[]"


def test_the_parsing_process_keeps_none_of_the_titles_and_abstracts_it_converts_for_the_maker():
    """They go to the maker, which keeps them; kept where they were converted too, they were 100 MB
    of new memory in the parsing process of a 10,000-entry .bib, to no use."""
    from sitegen.bibtex import parse_bib
    from sitegen.latex import LatexConverter
    from sitegen.names import NameParser
    from sitegen.publications import MakingAhead

    text = "@article{a, title = {{DNA} of Fran{\\c{c}}ois}, author = {Dupont, F.}, abstract = {One $x^2$.\n\nTwo.}}\n"
    (piece, _), *_ = parse_bib(text, Path("refs.bib")).chunks
    worker, maker = LatexConverter(), LatexConverter()
    prepared = MakingAhead(worker, NameParser(worker)).prepare(piece)
    assert (worker._cache, worker._cited) == ({}, {})
    MakingAhead(maker, NameParser(maker)).receive(prepared)
    assert set(maker._cache) == {"{DNA} of Fran{\\c{c}}ois"} and set(maker._cited) == {"One $x^2$.", "Two."}


def test_the_maker_takes_the_names_the_parsing_process_parsed_each_once(monkeypatch):
    """Parsing names was the biggest part of making an entry left to the maker (a fifth at 2,000
    entries); the parsing process parses each name once, keeps none, and the maker parses none
    of those again, in Vancouver's style too."""
    from sitegen.bibtex import parse_bib
    from sitegen.latex import LatexConverter
    from sitegen.names import NameParser
    from sitegen.publications import MakingAhead

    text = (
        "@article{a, title = {A}, author = {Dupont, Fran{\\c{c}}ois and Li, Wei}}\n"
        "@article{b, title = {B}, author = {Li, Wei and Chapagain R and others}, editor = {Remenyi TA and Zachara J.}}\n"
    )
    (first, _), (second, _) = parse_bib(text, Path("refs.bib")).chunks
    worker = NameParser(LatexConverter())
    ahead = MakingAhead(worker.converter, worker)
    _, _, splits, parsed = ahead.prepare(first)
    _, _, more_splits, more_parsed = ahead.prepare(second)
    prepared = ({}, {}, splits | more_splits, parsed | more_parsed)
    assert "Li, Wei" in parsed and "Li, Wei" not in more_parsed  # sent once
    assert worker._names == {} and sorted(prepared[3]) == [
        "Chapagain R",
        "Dupont, Fran{\\c{c}}ois",
        "Li, Wei",
        "Remenyi, T. A.",
        "Zachara, J.",
        "others",
    ]
    expected = {field: NameParser(LatexConverter()).parse_list(field) for field in prepared[2]}
    maker = NameParser(LatexConverter())
    MakingAhead(maker.converter, maker).receive(prepared)
    monkeypatch.setattr(NameParser, "_parse", lambda self, raw: pytest.fail(f"{raw} parsed again"))
    assert {field: maker.parse_list(field) for field in expected} == expected
    assert [name.display for name in expected["Remenyi TA and Zachara J."]] == ["T. A. Remenyi", "J. Zachara"]


def test_a_worker_whose_parent_stopped_listening_says_nothing(monkeypatch):
    """A build that fails stops the workers it no longer needs; one still writing its answer then
    meets a closed pipe, and must not print a traceback on the user's terminal."""
    import threading

    from sitegen.parallel import _Outbox

    told = []
    monkeypatch.setattr(threading, "excepthook", told.append)
    read, write = os.pipe()
    os.close(read)
    outbox = _Outbox(write)
    outbox.send(("done", "x" * 100_000))
    outbox.close()
    assert told == []
