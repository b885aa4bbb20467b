"""Publishing: the GitHub Pages workflow, `sitegen init`, `sitegen check`, sitemap, feed and meta tags."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import venv
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest
import yaml
from conftest import PERSON, REPO, build, html, write_files

from sitegen import __version__, check, sourcedates
from sitegen.build import Builder
from sitegen.check import SiteChecker
from sitegen.provenance import Clone, Requirement, git_origin_and_commit, requirement, requirements_text
from sitegen.starter import create_starter

WORKFLOWS = [REPO / ".github/workflows/pages.yml", REPO / "sitegen/starter/github/workflows/pages.yml"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitegen(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sitegen", *arguments], capture_output=True, text=True, cwd=cwd)


# -- the workflow ---------------------------------------------------------------------------------


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=["repository", "starter"])
def test_workflow_is_valid_for_github(workflow, tmp_path):
    checked = subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(workflow)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow.read_text().replace("pages: write", "pages: sometimes"))
    refused = subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(broken)], capture_output=True
    )
    assert refused.returncode != 0  # the schema check can fail


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=["repository", "starter"])
def test_workflow_deploys_with_least_rights_and_the_documented_build_command(workflow):
    flow = yaml.safe_load(workflow.read_text())
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"]["group"] == "pages"
    assert set(flow[True]) == {"push", "workflow_dispatch"} and flow[True]["push"]["branches"] == ["main"]  # `on:` is YAML's true
    steps = flow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert {"actions/setup-python", "actions/configure-pages", "actions/upload-pages-artifact"} <= set(uses)
    assert next(s for s in steps if "setup-python" in s.get("uses", ""))["with"]["cache"] == "pip"
    assert flow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    upload = next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"] == {"path": "_site", "include-hidden-files": True}  # v5 leaves out .well-known/ otherwise
    build_command = next(step["run"] for step in steps if "sitegen build" in step.get("run", ""))
    assert "steps.pages.outputs.base_url" in build_command
    readme = (REPO / "README.md").read_text()
    assert build_command in readme
    assert "Settings → Pages → Source: GitHub Actions" in " ".join(readme.split())  # the one setting to make


# The majors that run on Node 24: GitHub deprecated the Node 20 actions (checkout and setup-python
# before v6, upload-pages-artifact v3, which uses upload-artifact v4, and deploy-pages v4).
OLDEST_WORKING = {
    "actions/checkout": 6,
    "actions/setup-python": 6,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
    "actions/cache": 5,
}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=["repository", "starter"])
def test_workflow_uses_actions_github_still_runs(workflow):
    flow = yaml.safe_load(workflow.read_text())
    used = [step["uses"] for job in flow["jobs"].values() for step in job["steps"] if "uses" in step]
    majors = {action: int(version.removeprefix("v").split(".")[0]) for action, version in (u.split("@") for u in used)}
    assert set(majors) == set(OLDEST_WORKING)
    assert all(majors[action] >= oldest for action, oldest in OLDEST_WORKING.items()), majors


# -- one site, deployed at a domain's root or under a path ----------------------------------------


@pytest.mark.parametrize("base_url", ["https://lab.example.org/", "https://user.github.io/repo/"])
def test_every_link_works_at_the_root_and_under_a_path(base_url, tmp_path):
    output = tmp_path / "site"
    result = Builder(REPO / "examples/lab", output, base_url=base_url).build()
    assert result.warnings == []
    checker = SiteChecker(output, base_url)
    assert [str(problem) for problem in checker.check()] == []
    assert len(checker.pages) == result.pages
    base_path = "/" + base_url.split("/", 3)[3]
    page = html(output / "publications/index.html")
    internal = [a["href"] for a in page.find_all("a", href=True) if not a["href"].startswith(("http", "mailto", "#"))]
    assert internal and all(href.startswith(base_path) for href in internal)
    assert page.find("link", rel="canonical")["href"] == base_url + "publications/"
    sitemap = ElementTree.parse(output / "sitemap.xml").getroot()
    locations = [loc.text for loc in sitemap.iter(f"{SITEMAP}loc")]
    assert len(locations) == result.pages - 1  # every page but the 404 page
    assert all(loc.startswith(base_url) for loc in locations)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", element.text) for element in sitemap.iter(f"{SITEMAP}lastmod"))
    assert (output / "robots.txt").read_text().endswith(f"Sitemap: {base_url}sitemap.xml\n")


def test_check_finds_broken_links_missing_files_duplicate_ids_and_titles(tmp_path):
    site = tmp_path / "site"
    create_starter(site)
    write_files(
        site,
        {
            "content/pages/broken.md": """\
                ---
                title: Broken
                ---
                [gone](../nowhere/) [anchor](../publications/#no-such-id) ![me](../images/me.jpg)
                [site path](/publications/) <span id="twice">a</span><span id="twice">b</span> [fine](../publications/)
                ![fog](images/fog.png)
                """,
            "static/images/fog.png": b"png",
            "templates/404.html": '<p>no title here, and links <a href="/other/">outside</a> <a href="https://arx]iv.org/">x</a></p>\n',
        },
    )
    checked = sitegen("check", "--source", str(site), "--base-url", "https://u.github.io/repo/")
    assert checked.returncode == 1
    problems = set(checked.stdout.splitlines()[1:])
    assert problems == {
        "broken/index.html: ../nowhere/: no such file in the site",
        "broken/index.html: ../publications/#no-such-id: no element with id 'no-such-id' on publications/index.html",
        "broken/index.html: ../images/me.jpg: no such file in the site",
        "broken/index.html: images/fog.png: no such file in the site (a path without a leading / is relative to the "
        "page; for the site's images/fog.png write /images/fog.png)",
        "404.html: /other/: outside the site's base path /repo/",
        "broken/index.html: #twice: the id is used 2 times on the page; ids must be unique",
        "404.html: <title>: the page has no title",
        "404.html: https://arx]iv.org/: not an address a browser can follow (a bracket in its host?)",
    }


def checked_links(tmp_path: Path, base_url: str, links: str) -> subprocess.CompletedProcess:
    """`sitegen check` of a starter site with a page of `links`, deployed at `base_url`."""
    site = tmp_path / "site"
    create_starter(site)
    write_files(site, {"content/pages/links.md": "---\ntitle: Links\n---\n" + links})
    return sitegen("check", "--source", str(site), "--base-url", base_url)


def test_check_takes_a_link_to_another_site_on_the_same_host_as_external(tmp_path):
    """GitHub Pages serves each of a user's projects under their one host (u.github.io/<repo>/):
    a link from one to another is to another site, not a slip out of this one's base path."""
    checked = checked_links(
        tmp_path,
        "https://u.github.io/repo/",
        "[dataset](https://u.github.io/dataset/) [home](https://U.github.io/repo/) [gone](https://u.github.io/repo/gone/)\n"
        "[repository](https://u.github.io/repository/)\n",
    )
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[1:] == ["links/index.html: https://u.github.io/repo/gone/: no such file in the site"]


def test_check_takes_a_project_of_a_user_site_s_host_as_another_site(tmp_path):
    """A user's site at its host's root (u.github.io) links the pages of their projects, which GitHub
    Pages serves at u.github.io/<repo>/: a full address whose first folder the site has not is such
    a site's; one the site has, and a path written as one, are this site's."""
    checked = checked_links(
        tmp_path,
        "https://u.github.io/",
        "[project](https://u.github.io/depth-toolkit/) [project](https://u.github.io/depth-toolkit)\n"
        "[gone](https://u.github.io/publications/gone/) [also gone](/depth-toolkit/) [cv](https://u.github.io/cv.pdf)\n",
    )
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[1:] == [
        "links/index.html: https://u.github.io/publications/gone/: no such file in the site",
        "links/index.html: /depth-toolkit/: no such file in the site",
        "links/index.html: https://u.github.io/cv.pdf: no such file in the site",
    ]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pages are read by forked processes")
def test_pages_read_by_two_processes_give_the_check_of_one(tmp_path, monkeypatch):
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content")
    write_files(site, {"content/pages/broken.md": "---\ntitle: B\n---\n[a](../nowhere/) [b](../publications/#gone)\n"})
    output = tmp_path / "out"
    Builder(site, output).build()
    monkeypatch.setattr(check, "PARALLEL_FROM", 0)
    alone = SiteChecker(output, "https://example.github.io/harbour-lab/")
    problems = alone.check(jobs=1)
    shared_by: list[int] = []
    real_map_shared = check.map_shared
    monkeypatch.setattr(
        check, "map_shared", lambda items, work, jobs: shared_by.append(jobs) or real_map_shared(items, work, jobs)
    )
    shared = SiteChecker(output, "https://example.github.io/harbour-lab/")
    assert shared.check(jobs=2) == problems and len(problems) == 2
    assert shared.pages == alone.pages and len(alone.pages) > 80 and shared.external == alone.external
    assert shared_by == [2]


def test_the_checks_log_has_the_problems_before_their_count(tmp_path):
    """CI logs take stdout and stderr into one file, where stdout is buffered."""
    site = tmp_path / "site"
    create_starter(site)
    write_files(site, {"content/pages/broken.md": "---\ntitle: Broken\n---\n[gone](../nowhere/)\n"})
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # as a CI shell has it
    both = subprocess.run(
        [sys.executable, "-m", "sitegen", "check", "--source", str(site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=buffered,
    )
    assert both.stdout.splitlines()[-2:] == ["broken/index.html: ../nowhere/: no such file in the site", "1 problem in 9 pages."]


def test_a_clean_site_passes_the_check(tmp_path):
    site = tmp_path / "site"
    create_starter(site)
    checked = sitegen("check", "--source", str(site))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "every link works" in checked.stdout


# -- what hosts, search engines and feed readers read -------------------------------------------


def test_feed_is_valid_atom_with_the_newest_publication_first(tmp_path):
    output = tmp_path / "site"
    Builder(REPO / "examples/lab", output, base_url="https://user.github.io/repo").build()
    feed = feedparser.parse((output / "publications/feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    published = [entry.updated_parsed[:3] for entry in feed.entries]
    assert len(feed.entries) == 34 and published == sorted(published, reverse=True)
    assert all(entry.link.startswith("https://user.github.io/repo/publications/") for entry in feed.entries)
    assert html(output / "index.html").find("link", type="application/atom+xml")["href"].endswith("/repo/publications/feed.xml")


@pytest.mark.parametrize(("setting", "kept"), [("", 100), ("feed_limit: 3\n", 3), ("feed_limit: 0\n", 120)])
def test_a_feed_holds_the_newest_hundred_entries_or_as_many_as_site_yml_says(make_site, setting, kept):
    """Every entry of a 10,000-entry lab made a 26 MB feed, fetched whole by every reader at every
    poll (and made again at every .bib edit in the preview); readers keep what they fetched."""
    entries = "".join(f"@misc{{e{n}, author={{Ada Lovelace}}, title={{T{n}}}, year={1900 + n}}}\n" for n in range(120))
    site = make_site(
        {
            "content/site.yml": f"title: Ada\nowner: ada\nbase_url: https://ada.github.io/x/\n{setting}",
            "content/publications/refs.bib": entries,
            **news_files(5),
        }
    )
    build(site)
    feed = feedparser.parse((site / "_site/publications/feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == [f"T{n}" for n in range(119, 119 - kept, -1)]
    assert feed.feed.updated.startswith("2019-01-01")  # the newest entry's date
    news = feedparser.parse((site / "_site/news/feed.xml").read_bytes())
    assert [entry.title for entry in news.entries] == [f"Item {n}" for n in range(4, 4 - min(kept, 5), -1)]
    assert len(html(site / "_site/publications/index.html").select("li.publication")) == 120  # the list: all


def test_a_feed_limit_that_is_no_count_is_an_error_naming_the_line(make_site):
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\nfeed_limit: ten\n"})
    result = sitegen("build", "--source", str(site))
    assert result.returncode == 1 and "site.yml:3" in result.stderr and "whole number" in result.stderr
    assert "Traceback" not in result.stderr


def test_feed_and_sitemap_need_a_base_url_with_the_host(make_site):
    site = make_site({"content/publications/refs.bib": "@misc{k, author={Ada Lovelace}, title={T}, year=1843}\n"})
    build(site)
    assert not (site / "_site/sitemap.xml").exists() and not (site / "_site/publications/feed.xml").exists()
    assert (site / "_site/robots.txt").read_text() == "User-agent: *\nAllow: /\n"


def test_profile_has_person_json_ld_opengraph_and_twitter_card(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\nbase_url: https://ada.example.org/\n",
            "content/people/ada.md": """\
                ---
                name: Ada Lovelace
                role: PhD Student
                affiliation: Analytical Engine Lab
                photo: ada.jpg
                links:
                  github: ada
                  homepage: https://ada.example.org/about
                ---
                Ada works on engines.
                """,
            "static/ada.jpg": b"\xff\xd8\xff",
        }
    )
    build(site)
    page = html(site / "_site/index.html")
    person = json.loads(page.find("script", type="application/ld+json").string)
    assert person["@type"] == "Person" and person["name"] == "Ada Lovelace" and person["jobTitle"] == "PhD Student"
    assert person["affiliation"] == {"@type": "Organization", "name": "Analytical Engine Lab"}
    assert person["sameAs"] == ["https://github.com/ada", "https://ada.example.org/about"]
    og = {tag["property"]: tag["content"] for tag in page.find_all("meta", property=True)}
    assert og["og:type"] == "profile" and og["og:url"] == "https://ada.example.org/"
    assert og["og:image"] == "https://ada.example.org/ada.jpg"
    twitter = {tag["name"]: tag["content"] for tag in page.find_all("meta", attrs={"name": re.compile("^twitter:")})}
    assert twitter["twitter:card"] == "summary" and twitter["twitter:title"] == "Ada Lovelace"
    assert page.find("link", rel="canonical")["href"] == "https://ada.example.org/"


def test_github_pages_files_nojekyll_cname_and_404(make_site):
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\nbase_url: https://ada.github.io/site/\ncname: www.ada.org\n"})
    build(site)
    assert (site / "_site/.nojekyll").read_bytes() == b""
    assert (site / "_site/CNAME").read_text() == "www.ada.org\n"
    missing = html(site / "_site/404.html")
    assert missing.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert missing.find("a", string="Go to the home page")["href"] == "/site/"
    assert missing.find("link", rel="stylesheet")["href"] == "/site/css/site.css"  # works at any depth of URL


def test_a_bad_cname_is_an_error_naming_the_line(make_site):
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\ncname: https://www.ada.org/\n"})
    built = sitegen("build", "--source", str(site))
    assert built.returncode == 1 and "site.yml:3: error: cname must be a domain name" in built.stderr


def test_base_url_option_overrides_site_yml(make_site):
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\nbase_url: https://wrong.example/\n"})
    built = sitegen("build", "--source", str(site), "--base-url", "https://right.example/sub")
    assert built.returncode == 0, built.stderr
    assert html(site / "_site/index.html").find("link", rel="canonical")["href"] == "https://right.example/sub/"


# -- sitegen init -----------------------------------------------------------------------------------


def test_init_writes_a_starter_that_builds_without_warnings(tmp_path):
    site = tmp_path / "new-site"
    made = sitegen("init", str(site))
    assert made.returncode == 0, made.stderr
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert files == [
        ".github/workflows/pages.yml",
        ".gitignore",
        "README.md",
        "content/pages/teaching.md",
        "content/people/jane-doe.md",
        "content/publications/publications.bib",
        "content/site.yml",
        "requirements.txt",
    ]
    built = sitegen("build", "--source", str(site))
    assert built.returncode == 0 and built.stderr == "", built.stderr
    assert "2 publications, 0 warnings" in built.stdout
    home = (site / "_site/index.html").read_text()
    assert 'class="citation-link" href="/publications/doe2025fog/"' in home  # the biography shows how to cite
    assert "_site/" in (site / ".gitignore").read_text()
    requirement_line = (site / "requirements.txt").read_text().splitlines()[-1]
    assert requirement_line.startswith(("sitegen @ ", "sitegen==")), requirement_line  # not PyPI's other "sitegen"


@pytest.mark.parametrize(
    ("direct_url", "clone", "line"),
    [
        # pip install git+https://github.com/lab/sitegen@v0.1.0: pip records the commit
        (
            {"url": "https://github.com/lab/sitegen", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
            None,
            "sitegen @ git+https://github.com/lab/sitegen@abc123",
        ),
        # pip install -e . in a clone (the README's quick start): the clone's origin and commit
        (
            {"url": "file:///home/me/sitegen", "dir_info": {"editable": True}},
            Clone("https://github.com/lab/sitegen.git", "def456", pushed=True),
            "sitegen @ git+https://github.com/lab/sitegen.git@def456",
        ),
        (
            None,
            Clone("git@github.com:lab/sitegen.git", "def456", True),
            "sitegen @ git+https://github.com/lab/sitegen.git@def456",
        ),
        (None, Clone("ssh://git@gitlab.com/lab/sitegen.git", "d", True), "sitegen @ git+https://gitlab.com/lab/sitegen.git@d"),
        # a release's archive
        (
            {"url": "https://example.org/sitegen-0.1.0.tar.gz", "archive_info": {}},
            None,
            "sitegen @ https://example.org/sitegen-0.1.0.tar.gz",
        ),
    ],
)
def test_a_new_sites_requirements_name_the_sitegen_that_made_it(direct_url, clone, line):
    found = requirement(direct_url, Path("/x"), lambda folder: clone)
    assert found == Requirement(line, True)
    assert requirements_text(found).splitlines()[-1] == line


def test_a_clone_whose_commit_is_not_pushed_is_named_with_a_warning():
    found = requirement(None, Path("/x"), lambda folder: Clone("https://github.com/lab/sitegen.git", "0123456789abcdef", False))
    assert found.line == "sitegen @ git+https://github.com/lab/sitegen.git@0123456789abcdef" and found.found
    assert found.warning.startswith("commit 0123456789ab of your sitegen clone is not on its origin yet: push it")


@pytest.mark.parametrize(
    ("direct_url", "clone"),
    [
        ({"url": "file:///tmp/sitegen-0.1.0-py3-none-any.whl", "archive_info": {}}, None),  # a wheel on this machine
        ({"url": "file:///home/me/sitegen", "dir_info": {}}, Clone("/home/me/elsewhere", "abc", True)),  # of a local folder
        (None, None),
    ],
)
def test_when_that_cannot_be_told_requirements_pin_the_version_and_say_what_to_do(direct_url, clone):
    found = requirement(direct_url, Path("/x"), lambda folder: clone)
    assert found == Requirement(f"sitegen=={__version__}", False)  # never a bare `sitegen`: PyPI's is another program
    assert "replace the last line" in requirements_text(found)


def test_the_origin_and_commit_of_the_clone_sitegen_runs_from_are_read(tmp_path):
    git = ["git", "-C", str(tmp_path), "-c", "user.name=T", "-c", "user.email=t@e.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "x"], check=True)
    assert git_origin_and_commit(tmp_path) is None  # no origin
    subprocess.run([*git, "remote", "add", "origin", "https://github.com/lab/sitegen.git"], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    assert git_origin_and_commit(tmp_path) == Clone("https://github.com/lab/sitegen.git", head, pushed=False)
    remote = tmp_path.parent / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    subprocess.run([*git, "remote", "set-url", "origin", str(remote)], check=True)
    subprocess.run([*git, "push", "-q", "origin", "HEAD:refs/heads/main"], check=True, capture_output=True)
    assert git_origin_and_commit(tmp_path) == Clone(str(remote), head, pushed=True)
    # sitegen installed into a site's own .venv/ is inside the site's repository, which is not sitegen's
    (tmp_path / ".venv/lib/site-packages").mkdir(parents=True)
    assert git_origin_and_commit(tmp_path / ".venv/lib/site-packages") is None


def test_init_workflow_adds_only_what_publishing_needs_to_a_site_that_exists(tmp_path):
    site = tmp_path / "site"
    write_files(site, {"content/site.yml": "title: Mine\n", ".gitignore": "mine\n"})
    made = sitegen("init", "--workflow", str(site))
    assert made.returncode == 0, made.stderr
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert files == [".github/workflows/pages.yml", ".gitignore", "content/site.yml", "requirements.txt"]
    assert (site / ".gitignore").read_text() == "mine\n" and "kept .gitignore" in made.stderr


def test_init_gitlab_writes_a_pages_job_gitlab_takes_that_builds_under_its_address(tmp_path):
    """GitLab Pages (gitlab.com, institutions' own GitLab): `.gitlab-ci.yml` in place of the GitHub
    workflow; its job's own build line, run with the address GitLab gives, makes public/."""
    site = tmp_path / "site"
    made = sitegen("init", "--gitlab", str(site))
    assert made.returncode == 0, made.stderr
    assert "Deploy -> Pages shows its address" in made.stdout
    assert (site / ".gitlab-ci.yml").is_file() and not (site / ".github").exists()
    assert "public/" in (site / ".gitignore").read_text().splitlines()
    job = site / ".gitlab-ci.yml"
    checked = subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", str(job)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(job.read_text().replace("  script:", "  scripts:"))
    assert subprocess.run(
        ["check-jsonschema", "--builtin-schema", "vendor.gitlab-ci", str(broken)], capture_output=True
    ).returncode
    pages = yaml.safe_load(job.read_text())["pages"]
    assert pages["artifacts"]["paths"] == ["public"] and pages["script"][0] == "pip install -r requirements.txt"
    build = pages["script"][1].replace("$CI_PAGES_URL", "https://lab.gitlab.io/site").replace('"', "").split()
    assert sitegen(*build[1:], cwd=site).returncode == 0  # as the job runs it, in the project's folder
    home = html(site / "public/index.html")
    assert home.find("link", rel="stylesheet")["href"] == "/site/css/site.css"
    assert home.find("link", rel="canonical")["href"] == "https://lab.gitlab.io/site/"

    imported = tmp_path / "imported"
    write_files(imported, {"content/site.yml": "title: Mine\n"})
    assert sitegen("init", "--workflow", "--gitlab", str(imported)).returncode == 0
    assert sorted(p.name for p in imported.iterdir()) == [".gitignore", ".gitlab-ci.yml", "content", "requirements.txt"]


def test_init_never_replaces_a_file(tmp_path):
    site = tmp_path / "site"
    write_files(site, {"README.md": "mine\n", "content/site.yml": "title: Mine\n"})
    made = sitegen("init", str(site))
    assert made.returncode == 0
    assert (site / "README.md").read_text() == "mine\n" and (site / "content/site.yml").read_text() == "title: Mine\n"
    assert "kept README.md" in made.stderr and "kept content/site.yml" in made.stderr
    assert (site / "content/people/jane-doe.md").is_file()
    assert sitegen("init", str(site / "README.md")).returncode == 1  # a file is not a folder


def test_a_site_overrides_the_theme_file_by_file(tmp_path):
    site = tmp_path / "site"
    create_starter(site)
    write_files(site, {"static/css/site.css": "body { color: teal; }\n", "templates/page.html": "<p>{{ page.title }}</p>\n"})
    Builder(site, site / "_site").build()
    assert (site / "_site/css/site.css").read_text() == "body { color: teal; }\n"
    assert (site / "_site/js/site.js").is_file()  # the rest of the theme is still there
    assert (site / "_site/teaching/index.html").read_text() == "<p>Teaching</p>\n"


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_venv_can_init_and_build(tmp_path):
    """`pip install .` (not editable) carries the theme and the starter inside the package."""
    shutil.copytree(REPO, tmp_path / "src", ignore=shutil.ignore_patterns(".git", "_site", "bench", "*.egg-info", "__pycache__"))
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(tmp_path / "src")], check=True
    )
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin/python"
    (wheel,) = wheels.glob("sitegen-*.whl")
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    shutil.rmtree(tmp_path / "src")  # nothing may come from the checkout
    sitegen_command = environment / "bin/sitegen"
    made = subprocess.run([str(sitegen_command), "init", "x"], cwd=tmp_path, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    built = subprocess.run([str(sitegen_command), "build", "--source", "x"], cwd=tmp_path, capture_output=True, text=True)
    assert built.returncode == 0 and "0 warnings" in built.stdout, built.stdout + built.stderr
    assert "site.css" in (tmp_path / "x/_site/index.html").read_text()
    assert (tmp_path / "x/_site/css/site.css").is_file() and (tmp_path / "x/_site/js/site.js").is_file()


# -- news -----------------------------------------------------------------------------------------


def news_files(count: int) -> dict[str, str]:
    return {
        f"content/news/item-{number}.md": f"---\ntitle: Item {number}\ndate: 2024-01-{number + 1:02d}\n---\nSee [the list](../../publications/).\n"
        for number in range(count)
    }


def test_news_on_the_home_page_their_own_pages_and_a_feed(make_site):
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\nbase_url: https://ada.github.io/x/\n", **news_files(7)})
    build(site)
    home = html(site / "_site/index.html")
    assert [a.get_text() for a in home.select(".news .news-title a")] == [f"Item {n}" for n in (6, 5, 4, 3, 2)]
    assert home.select_one(".news time")["datetime"] == "2024-01-07"
    assert [a.get_text() for a in home.select("nav a")] == ["Home", "News"]
    assert len(html(site / "_site/news/index.html").select(".news-list li")) == 7
    item = html(site / "_site/news/item-3/index.html")
    assert item.h1.get_text() == "Item 3"
    # a relative link is relative to the item's own page, wherever the item is shown
    assert home.select_one(".news-body a[href$='publications/']")["href"] == "/x/publications/"
    feed = feedparser.parse((site / "_site/news/feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == [f"Item {n}" for n in range(6, -1, -1)]
    assert feed.entries[0].link == "https://ada.github.io/x/news/item-6/"
    feeds = [link["href"] for link in home.find_all("link", type="application/atom+xml")]
    assert feeds == ["https://ada.github.io/x/news/feed.xml"]  # no publications: no publications feed


def test_a_news_item_without_a_title_is_listed_as_its_text_once_its_date_leading_to_its_page(make_site):
    """An announcement of a line (al-folio's inline ones, AcadHomepage's news, which the importers
    bring without titles) showed its first words as a headline over the same words."""
    site = make_site(
        {
            "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n",
            "content/news/2025-01-02-welcome.md": "---\ndate: 2025-01-02\n---\nWe welcome **Tomáš**, a PhD student.\n",
            "content/news/2025-01-01-prize.md": "---\ndate: 2025-01-01\n---\n# A prize\n\nMei won it.\n",
            "content/news/2025-01-03.md": "---\ndate: 2025-01-03\n---\n",  # no words: its file's name is its title
        }
    )
    build(site)
    for page, level in (("index.html", "h3"), ("news/index.html", "h2")):
        items = html(site / "_site" / page).select(".news-list > li")
        assert [[h.get_text() for h in item.select(".news-title")] for item in items] == [["2025 01 03"], [], ["A prize"]]
        welcome = items[1]
        assert welcome.select_one(".news-body").get_text() == "We welcome Tomáš, a PhD student."
        assert welcome.select_one("a.news-date")["href"] == "/news/2025-01-02-welcome/"
        assert welcome.select_one("a.news-date time")["datetime"] == "2025-01-02"
        assert [item.select_one("a.news-date") is None for item in items] == [True, False, True]
        assert items[2].select_one(level).get_text() == "A prize"
    item = html(site / "_site/news/2025-01-02-welcome/index.html")
    assert item.h1.get_text() == "We welcome Tomáš, a PhD student."  # its page, feed and search still name it so
    assert item.h1["class"] == ["visually-hidden"]  # (for screen readers: the page shows the text once)
    assert not html(site / "_site/news/2025-01-01-prize/index.html").h1.get("class")
    feed = feedparser.parse((site / "_site/news/feed.xml").read_bytes())
    assert [entry.title for entry in feed.entries] == ["2025 01 03", "We welcome Tomáš, a PhD student.", "A prize"]


@pytest.mark.parametrize(
    "written",
    ["2024-03-05", "2024-03-05T10:00:00+01:00", "'2024/03/05'", "05.03.2024", "5 March 2024", "March 5, 2024", "Mar 5, 2024"],
)
def test_a_news_items_day_may_be_written_any_way_that_cannot_be_misread(written):
    from sitegen.content import written_date

    assert written_date(written.strip("'")) == date(2024, 3, 5)


@pytest.mark.parametrize("written", ["03/05/2024", "Jan 2024", "2024", "soon"])
def test_a_date_that_names_no_one_day_is_not_read(written):
    from sitegen.content import written_date

    assert written_date(written) is None


def test_menu_true_puts_a_page_in_the_menu_after_those_given_a_place(make_site):
    site = make_site(
        {
            "content/pages/zeta.md": "---\ntitle: Zeta\nmenu: yes\n---\nZ.\n",
            "content/pages/alpha.md": "---\ntitle: Alpha\nmenu: true\n---\nA.\n",
            "content/pages/first.md": "---\ntitle: First\nmenu: 1\n---\nF.\n",
            "content/pages/hidden.md": "---\ntitle: Hidden\nmenu: false\n---\nH.\n",
        }
    )
    build(site)
    menu = [a.get_text(strip=True) for a in html(site / "_site/index.html").select("nav a")]
    assert [item for item in menu if item in ("Zeta", "Alpha", "First", "Hidden")] == ["First", "Alpha", "Zeta"]


def test_a_news_item_without_a_date_is_an_error_naming_the_file(make_site):
    site = make_site({"content/news/oops.md": "---\ntitle: Oops\ndate: soon\n---\nText.\n"})
    built = sitegen("build", "--source", str(site))
    assert built.returncode == 1
    assert "news/oops.md:3: error: the date 'soon' of a news item names no one day" in built.stderr
    assert "write it 'date: YYYY-MM-DD'" in built.stderr


def test_site_paths_in_markdown_get_the_base_path(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\nbase_url: https://ada.github.io/x/\n",
            "content/pages/cv.md": "---\ntitle: CV\n---\n[papers](/publications/) ![me](/me.png) [out](https://e.org/a) [here](#top)\n",
        }
    )
    build(site)
    links = [
        (tag.name, tag.get("href") or tag.get("src")) for tag in html(site / "_site/cv/index.html").select("main a, main img")
    ]
    assert links == [("a", "/x/publications/"), ("img", "/x/me.png"), ("a", "https://e.org/a"), ("a", "#top")]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_sitemap_dates_come_from_git_for_committed_files(tmp_path):
    """A fresh clone gives every file the checkout's time; the last commit's date is the truth."""
    site = tmp_path / "site"
    create_starter(site)
    environment = {"GIT_AUTHOR_DATE": "2021-05-04T12:00:00Z", "GIT_COMMITTER_DATE": "2021-05-04T12:00:00Z", "HOME": str(tmp_path)}
    for command in (["init", "-q"], ["add", "content"], ["-c", "user.name=T", "-c", "user.email=t@e.org", "commit", "-qm", "x"]):
        subprocess.run(["git", "-C", str(site), *command], check=True, env={**os.environ, **environment})
    page = site / "content/pages/teaching.md"
    page.write_text(page.read_text() + "\nMore.\n")  # changed since the commit: its own time counts
    Builder(site, site / "_site", base_url="https://jane.example.org/").build()
    sitemap = ElementTree.parse(site / "_site/sitemap.xml").getroot()
    dates = {url.find(f"{SITEMAP}loc").text: url.find(f"{SITEMAP}lastmod").text for url in sitemap}
    assert dates["https://jane.example.org/publications/doe2024survey/"] == "2021-05-04"
    assert dates["https://jane.example.org/teaching/"] == datetime.now(UTC).date().isoformat()


def test_outside_git_a_build_asks_git_once_and_a_later_one_not_at_all(make_site, monkeypatch):
    """Each page's sitemap date asked git again when there was no repository: a process a page
    (10 s of a 2,000-entry site's build). Once a build; a long-lived builder, until one appears."""
    entries = "".join(f"@article{{e{n}, title={{T{n}}}, author={{Lovelace, Ada}}, year=2020}}\n" for n in range(5))
    site = make_site({"content/site.yml": "title: T\nbase_url: https://x.example.org/\n", "content/publications/a.bib": entries})
    asked: list[tuple[str, ...]] = []
    real_git = sourcedates._git
    monkeypatch.setattr(sourcedates, "_git", lambda root, *arguments: asked.append(arguments) or real_git(root, *arguments))
    preview = Builder(site, site / "_site", in_place=True)
    preview.build()
    assert [arguments[0] for arguments in asked] == ["log"]  # no repository: nothing more to ask
    assert len(_sitemap_dates(site / "_site")) > 5  # and yet every page has its date
    asked.clear()
    (site / "content/people/ada.md").write_text(PERSON + "\nMore.\n")
    preview.build()
    assert asked == []
    (site / ".git").mkdir()
    (site / ".git/index").write_bytes(b"DIRC")  # a repository appears: git is asked again
    preview.build()
    assert [arguments[0] for arguments in asked] == ["log"]


def test_a_files_date_holds_for_a_build_and_is_taken_again_by_the_next(tmp_path):
    """A preview's builds share one SourceDates: each build's answers are its own."""
    path = tmp_path / "a.md"
    path.write_text("x")
    then = datetime(2020, 3, 4, 12, tzinfo=UTC).timestamp()
    os.utime(path, (then, then))
    dates = sourcedates.SourceDates(tmp_path)
    dates.start_build()
    assert dates.newest((path,)) == date(2020, 3, 4)
    os.utime(path, (then + 2 * 86400, then + 2 * 86400))
    assert dates.newest((path,)) == date(2020, 3, 4)  # asked again in the same build
    dates.start_build()
    assert dates.newest((path,)) == date(2020, 3, 6)
    assert dates.newest((path, tmp_path / "gone.md")) == date(2020, 3, 6) and dates.newest((tmp_path / "gone.md",)) is None


def test_the_index_of_a_worktree_or_submodule_is_found_through_its_git_file(tmp_path):
    """A worktree's `.git` is a file naming its folder in the main repository; a commit there must
    count as a change of the index there (the stamp, and the sitemap dates of a preview)."""
    index = tmp_path / "repo/.git/worktrees/site/index"
    index.parent.mkdir(parents=True)
    index.write_bytes(b"DIRC")
    (tmp_path / "site/content").mkdir(parents=True)
    (tmp_path / "site/.git").write_text("gitdir: ../repo/.git/worktrees/site\n")
    before = sourcedates.git_index_state(tmp_path / "site/content")
    assert before == (index.stat().st_mtime_ns, 4)
    index.write_bytes(b"DIRC and more")
    assert sourcedates.git_index_state(tmp_path / "site/content") != before
    (tmp_path / "site/.git").write_text(f"gitdir: {index.parent}\n")  # or an absolute path
    assert sourcedates.git_index_state(tmp_path / "site/content") == (index.stat().st_mtime_ns, 13)


def _sitemap_dates(output: Path) -> dict[str, str]:
    sitemap = ElementTree.parse(output / "sitemap.xml").getroot()
    return {url.find(f"{SITEMAP}loc").text: url.findtext(f"{SITEMAP}lastmod") for url in sitemap}


@pytest.mark.parametrize("files", [("old.bib", "new.bib"), ("new.bib",)])
def test_a_lists_date_in_the_sitemap_is_its_own_files_newest(make_site, files):
    """A profile is as new as its text and the .bib files its entries are in: not a newer .bib
    of others' entries, and with no entries, not the site's .bib at all (one file or several)."""
    entries = {
        "old.bib": "@article{ada2019,\n  title = {Old},\n  author = {Lovelace, Ada},\n  year = 2019,\n}\n",
        "new.bib": "@article{cy2024,\n  title = {New},\n  author = {Babbage, Charles},\n  year = 2024,\n}\n",
    }
    people = {
        "content/people/ada.md": "---\nname: Ada Lovelace\n---\nBio.\n",
        "content/people/charles.md": "---\nname: Charles Babbage\n---\nBio.\n",
        "content/people/grace.md": "---\nname: Grace Hopper\n---\nBio.\n",
    }
    site = make_site(
        {"content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n", **people}
        | {f"content/publications/{name}": entries[name] for name in files},
        with_person=False,
    )
    then = datetime(2020, 3, 4, 12, tzinfo=UTC).timestamp()
    for name in ("people/ada.md", "people/charles.md", "people/grace.md", "publications/old.bib"):
        if (site / "content" / name).exists():
            os.utime(site / "content" / name, (then, then))
    build(site)
    dates = _sitemap_dates(site / "_site")
    today = datetime.now(UTC).date().isoformat()
    assert dates["https://lab.example.org/people/charles/"] == today  # his entry is in new.bib
    assert dates["https://lab.example.org/people/grace/"] == "2020-03-04"  # no entries
    assert dates["https://lab.example.org/publications/"] == today
    if "old.bib" in files:
        assert dates["https://lab.example.org/people/ada/"] == "2020-03-04"  # old.bib only
