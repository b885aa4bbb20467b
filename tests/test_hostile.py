"""Hostile input in every field of every kind of source: nothing gets into the pages, nothing gets out.

One site carries script tags, event handlers, quote-breaking strings, `javascript:` links,
`</script>` and direction overrides in site.yml, profiles, pages, news and every .bib field. Every
built page is then read with an HTML parser: the only scripts are the theme's file and JSON-LD
data, no element has an event handler, and no link or source uses an unsafe scheme.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import html, write_files

from sitegen.build import Builder
from sitegen.errors import SitegenError
from sitegen.writer import StagedWriter, check_output_folder

TEXT = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)><svg onload=alert(1)></script>\u202eevil"
URLS = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"]
YAML_TEXT = json.dumps(TEXT)  # a YAML string holding the payload exactly
# a profile's short text as Markdown (its affiliation, a degree, a service line): links and tags in it
FIELD_TEXT = json.dumps(
    "[md](javascript:alert(1)) <a href='vbscript:x' onclick='alert(1)'>a</a> <em onmouseover='alert(1)'>e</em> "
    "<a href=' JaVaScRiPt:alert(1)'>b</a> [d](data:text/html,x) " + TEXT
)
BIB_TEXT = TEXT.replace("{", "").replace("}", "")


def hostile_site(root: Path) -> Path:
    person_links = "\n".join(f"  site{number}: {json.dumps(url)}" for number, url in enumerate(URLS))
    bib_links = "".join(f"  {field} = {{{url}}},\n" for field, url in zip(("url", "pdf", "code", "slides"), URLS, strict=True))
    raw_html = (
        f"{TEXT}\n\n<iframe src='https://evil.example'></iframe><style>body{{display:none}}</style>"
        "<a href='javascript:alert(1)' onclick='alert(1)'>x</a><img src=javascript:alert(1) onerror=alert(1)>\n\n"
        "[md link](javascript:alert(1)) ![md image](javascript:alert(1))\n\n"
        # a citation with quote-breaking prefix and locator, and math that latex2mathml would write raw
        "[see \"'>x @lovelace1843, p. \"'><x; @evil] [see <b onmouseover=alert(1)>x</b> @lovelace1843]\n\n"
        '$\\text{<script>alert(1)</script>}\\href{javascript:alert(1)}{x}$ $$\\color{red" onload="alert(1)}{x}$$\n'
    )
    return write_files(
        root,
        {
            "content/site.yml": (
                f"title: {YAML_TEXT}\ndescription: {YAML_TEXT}\nbase_url: https://evil.example.org/x/\n"
                f"navigation:\n  - title: {YAML_TEXT}\n    url: /publications/\n"
                f"latex_macros:\n  evil: {json.dumps('<script>alert(1)</script>')}\n"
            ),
            "content/index.md": f"---\ntitle: {YAML_TEXT}\n---\n{raw_html}",
            "content/people/ada.md": (
                f"---\nname: {json.dumps('Ada ' + TEXT)}\nrole: {YAML_TEXT}\naffiliation: [{YAML_TEXT}, {FIELD_TEXT}]\n"
                f"education:\n  - degree: {FIELD_TEXT}\n    institution: {FIELD_TEXT}\n    description: {FIELD_TEXT}\n"
                f"  - degree: {FIELD_TEXT}\n    institution: {FIELD_TEXT}\n    url: https://example.org/\n"
                f"experience: [{FIELD_TEXT}]\nawards: [{FIELD_TEXT}]\nservice: [{FIELD_TEXT}]\n"
                f"email: {json.dumps('a@b.c' + TEXT)}\nphoto: {json.dumps(URLS[0])}\ngroup: {YAML_TEXT}\n"
                f"interests: [{YAML_TEXT}]\naliases: [{json.dumps('Lovelace, Ada')}]\nlinks:\n{person_links}\n---\n{raw_html}"
            ),
            "content/people/bob.md": "---\nname: Bob Babbage\nrole: Professor\n---\nBob.\n",
            "content/pages/evil.md": f"---\ntitle: {YAML_TEXT}\nmenu: 1\n---\n{raw_html}",
            "content/news/evil.md": f"---\ntitle: {YAML_TEXT}\ndate: 2024-01-01\n---\n{raw_html}",
            "content/talks/evil.md": (
                f"---\ntitle: {YAML_TEXT}\ndate: 2024-01-01\nevent: {YAML_TEXT}\nlocation: {YAML_TEXT}\ntype: {YAML_TEXT}\n"
                f"speakers: [{json.dumps('Ada ' + TEXT)}, {YAML_TEXT}]\nlinks:\n{person_links}\n---\n{raw_html}"
            ),
            "content/projects/evil.md": (
                f"---\ntitle: {YAML_TEXT}\nsummary: {YAML_TEXT}\nimage: {json.dumps(URLS[3])}\n"
                f"members: [{json.dumps('Ada ' + TEXT)}, {YAML_TEXT}]\npublications: [{YAML_TEXT}]\nkeywords: [{YAML_TEXT}]\n"
                f"links:\n{person_links}\n---\n{raw_html}"
            ),
            "content/publications/evil.bib": (
                f'@string{{venue = "{BIB_TEXT}"}}\n'
                "@inproceedings{lovelace1843,\n"
                f"  author = {{Lovelace, Ada and {BIB_TEXT}}},\n  title = {{{BIB_TEXT} \\evil \\href{{javascript:alert(1)}}{{click}}}},\n"
                f"  booktitle = venue # {{{BIB_TEXT}}},\n  abstract = {{{BIB_TEXT} $<script>$}},\n  keywords = {{{BIB_TEXT}, b}},\n"
                f"  note = {{\\url{{javascript:alert(1)}}}},\n  doi = {{{BIB_TEXT}}},\n  year = 1843,\n{bib_links}}}\n"
                "@misc{../../escaped, author = {Lovelace, Ada}, title = {Path}, year = 1844}\n"
                "@misc{/absolute/key, author = {Lovelace, Ada}, title = {Absolute}, year = 1845}\n"
                "@misc{CON, author = {Lovelace, Ada}, title = {Reserved}, year = 1846}\n"
                "@misc{nul\x00key, author = {Lovelace, Ada}, title = {Nul}, year = 1847}\n"
            ),
        },
    )


# the site as it is, and with its citations in a CSL style (citeproc-py writes HTML unescaped), the
# theme in German with the payload as the site's own word for "Publications", and a search index
VARIANTS = {
    "sitegen's style": "",
    "CSL style and labels": f"publications:\n  style: apa\nlanguage: de\nsearch: true\nlabels:\n  Publications: {YAML_TEXT}\n",
}


@pytest.fixture(scope="module", params=VARIANTS)
def hostile(tmp_path_factory, request) -> tuple[Path, object]:
    root = tmp_path_factory.mktemp("hostile")
    site = hostile_site(root / "site")
    settings = site / "content/site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + VARIANTS[request.param], encoding="utf-8")
    result = Builder(site, root / "out").build()
    return root / "out", result


def pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def test_no_content_script_no_event_handler_no_unsafe_url_on_any_page(hostile):
    output, _ = hostile
    assert len(pages(output)) > 10
    for path in pages(output):
        page = html(path)
        for script in page.find_all("script"):
            if script.get("src"):
                assert script["src"] in ("/x/js/site.js", "/x/js/theme.js"), path
            else:
                assert script.get("type") == "application/ld+json", path
                assert "<" not in script.string and json.loads(script.string), path
        for tag in page.find_all(True):
            assert not [name for name in tag.attrs if name.lower().startswith("on")], (path, tag.name)
            assert tag.name not in ("iframe", "object", "embed", "style", "svg", "base"), (path, tag.name)
            for name in ("href", "src", "action", "formaction", "poster", "data"):
                value = str(tag.get(name, "")).strip().lower()
                if value.startswith("data:") and tag.name == "link" and value == "data:,":
                    continue  # the theme's empty favicon
                assert not value.startswith(("javascript:", "vbscript:", "data:")), (path, tag.name, value)
        assert "<script>alert" not in path.read_text(), path  # in the source, only escaped


def test_payload_is_shown_as_text(hostile):
    output, _ = hostile
    home = html(output / "index.html")
    assert "<script>alert(1)</script>" in home.get_text()
    person = html(output / "people/ada/index.html")
    assert person.h1.get_text().startswith("Ada <script>")
    assert person.select_one(".contact li").get_text().startswith("a@b.c<script>")  # no address: shown, not linked
    assert person.select_one("a[href^='mailto:']") is None
    project = html(output / "projects/evil/index.html")
    assert project.h1.get_text() == TEXT and project.select_one(".project-summary").get_text() == TEXT


def test_unsafe_links_are_dropped_with_a_warning_naming_file_and_line(hostile):
    _, result = hostile
    messages = [str(warning) for warning in result.warnings]
    bib_warnings = [m for m in messages if "evil.bib:" in m and "unsafe" in m]
    assert len(bib_warnings) >= 4, messages
    assert any("ada.md:" in m and "unsafe" in m for m in messages), messages


def test_feeds_sitemap_and_csl_json_stay_well_formed(hostile):
    output, _ = hostile
    for feed in ("publications/feed.xml", "news/feed.xml", "talks/feed.xml", "sitemap.xml"):
        ElementTree.parse(output / feed)  # raises on broken XML
    items = json.loads((output / "publications.json").read_text())
    assert any(TEXT.replace("{", "").replace("}", "")[:20] in item["title"] for item in items)


def test_keys_and_names_cannot_write_outside_the_output_folder(hostile):
    output, _ = hostile
    written = {path.relative_to(output).as_posix() for path in output.rglob("*")}
    assert all(not part.startswith("..") for path in written for part in path.split("/"))
    assert not (output.parent / "escaped").exists() and not Path("/absolute/key").exists()
    anchors = sorted(path.parent.name for path in (output / "publications").glob("*/index.html"))
    assert {"escaped", "absolute-key", "con-x"} <= set(anchors)  # CON is a reserved file name on Windows


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_a_build_stopped_half_way_leaves_the_previous_site_as_it_was(stop, tmp_path):
    """Killed or interrupted while writing a big site: the old output stays complete; the next build works."""
    site = write_files(
        tmp_path / "site", {"content/site.yml": "title: Big\n", "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n"}
    )
    output = tmp_path / "out"
    Builder(site, output).build()
    before = {path.relative_to(output).as_posix(): path.read_bytes() for path in output.rglob("*") if path.is_file()}
    entries = "".join(
        f"@article{{k{n}, author = {{Lovelace, Ada and Other, Person{n}}}, title = {{Title {n}}}, journal = {{J}}, year = {1900 + n % 100}}}\n"
        for n in range(3000)
    )
    write_files(site, {"content/publications/big.bib": entries})
    build = subprocess.Popen([sys.executable, "-m", "sitegen", "build", "--source", str(site), "--output", str(output)])
    staging = output.with_name(f".{output.name}.sitegen-new")
    # a sample of the pages, looked for cheaply: walking the whole folder while it fills was slow
    # enough on a busy disk for the build to end first
    samples = [staging / "publications" / f"k{n}" / "index.html" for n in range(0, 3000, 150)]
    deadline = time.monotonic() + 60
    while sum(path.exists() for path in samples) < 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    build.send_signal(stop)
    build.wait()
    assert build.returncode == (-signal.SIGKILL if stop == signal.SIGKILL else 130), "the build ended before it was stopped"
    after = {path.relative_to(output).as_posix(): path.read_bytes() for path in output.rglob("*") if path.is_file()}
    assert after == before
    result = Builder(site, output).build()  # the leftover staging folder is no obstacle
    assert result.publications == 3000 and not staging.exists()


def test_two_builds_at_once_take_turns_and_both_succeed(tmp_path):
    """A save hook firing twice: the second build waits for the first instead of tearing its folders away."""
    entries = "".join(
        f"@article{{k{n}, author = {{Lovelace, Ada}}, title = {{Title {n}}}, journal = {{J}}, year = 2000}}\n"
        for n in range(1500)
    )
    site = write_files(
        tmp_path / "site",
        {
            "content/site.yml": "title: T\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
            "content/publications/a.bib": entries,
        },
    )
    command = [sys.executable, "-m", "sitegen", "build", "--source", str(site)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    staging = site / "._site.sitegen-new"
    samples = [staging / "publications" / f"k{n}" / "index.html" for n in range(0, 1500, 100)]  # as above
    deadline = time.monotonic() + 60
    while sum(path.exists() for path in samples) < 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert first.poll() is None, "the first build ended before the second started"
    second = subprocess.run(command, capture_output=True, text=True, timeout=120)
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert sum(1 for _ in (site / "_site/publications").glob("*/index.html")) == 1500
    assert not staging.exists() and not (site / "._site.sitegen-old").exists()


def test_editors_leftovers_are_not_part_of_the_site(tmp_path, capsys):
    """Emacs locks a file being edited with a link to nowhere (`.#ada.md`) and backs up to `ada.md~`;
    a build (or a preview's rebuild) during an edit must neither fail nor publish them."""
    from sitegen.cli import main

    site = write_files(
        tmp_path / "site",
        {
            "content/site.yml": "title: T\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
            "content/people/ada.md~": "---\nname: Old Ada\n---\nOld.\n",
            "content/people/.draft.md": "---\nname: Hidden Person\n---\nNo.\n",
            "content/publications/a.bib": "@misc{a, title={A}, author={Lovelace, Ada}, year=2020}\n",
            "static/css/extra.css": "p {}\n",
            "static/css/extra.css~": "old\n",
            "static/css/#extra.css#": "autosave\n",
            "static/.well-known/security.txt": "Contact: mailto:a@example.org\n",
        },
    )
    for lock in ("content/people/.#ada.md", "content/publications/.#a.bib", "static/css/.#extra.css"):
        (site / lock).symlink_to("user@host.1234:1700000000")
    (site / "static/broken.png").symlink_to("nowhere.png")
    assert main(["build", "--source", str(site)]) == 0
    assert main(["build", "--source", str(site)]) == 0  # the stamp's look at the inputs copes too
    output = site / "_site"
    assert sorted(path.name for path in (output / "people").iterdir()) == ["ada"]
    assert sorted(path.name for path in (output / "css").iterdir()) == ["extra.css", "print.css", "site.css"]
    assert (output / ".well-known/security.txt").is_file()  # hidden, but the site's own
    assert "static/broken.png: warning: symbolic link points to nothing" in capsys.readouterr().err


def test_a_symbolic_link_out_of_static_is_refused_with_a_message(tmp_path):
    secret = write_files(tmp_path / "elsewhere", {"secret.txt": "private\n"})
    site = write_files(tmp_path / "site", {"content/site.yml": "title: T\n", "static/ok.txt": "fine\n"})
    (site / "static/leak.txt").symlink_to(secret / "secret.txt")
    (site / "static/folder").symlink_to(secret, target_is_directory=True)
    result = Builder(site, site / "_site").build()
    assert (site / "_site/ok.txt").is_file()
    assert not (site / "_site/leak.txt").exists() and not (site / "_site/folder").exists()
    assert any("leak.txt" in str(w) and "outside static/" in str(w) for w in result.warnings), result.warnings


def test_unsafe_html_lets_the_owners_html_through(tmp_path):
    body = '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Talk"></iframe>\n'
    files = {
        "content/site.yml": "title: T\nmarkdown:\n  unsafe_html: true\n",
        "content/pages/talk.md": f"---\ntitle: Talk\n---\n{body}",
    }
    site = write_files(tmp_path / "site", files)
    Builder(site, site / "_site").build()
    assert html(site / "_site/talk/index.html").find("iframe")["src"] == "https://www.youtube-nocookie.com/embed/x"
    write_files(site, {"content/site.yml": "title: T\n"})  # the default: cleaned
    Builder(site, site / "_site").build()
    assert html(site / "_site/talk/index.html").find("iframe") is None


@pytest.mark.parametrize("output", [Path.home(), Path("/")], ids=["home", "root"])
def test_the_home_folder_and_the_root_are_refused_as_output(output, tmp_path):
    with pytest.raises(SitegenError, match="refusing to use"):
        check_output_folder(output, tmp_path / "site")


@pytest.mark.parametrize("relative", ["../x.html", "a/../../x", "/etc/x", "a//b", "./a", "a/\x00", "a\\..\\x", ""])
def test_the_writer_refuses_any_path_that_could_leave_its_folder(relative, tmp_path):
    writer = StagedWriter(tmp_path / "_site")
    writer.begin()
    with pytest.raises(SitegenError, match="outside the output folder"):
        writer.add(relative, b"x")
    writer.add("people/ada/index.html", b"fine")
    assert (writer.staging / "people/ada/index.html").read_bytes() == b"fine"
