"""site.yml: defaults, typed values, unknown keys with suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.config import load_config
from sitegen.errors import Report, SitegenError


def config_from(tmp_path: Path, text: str):
    path = tmp_path / "site.yml"
    path.write_text(text, encoding="utf-8")
    report = Report()
    return load_config(path, report), report


def test_full_config(tmp_path):
    config, report = config_from(
        tmp_path,
        """\
title: Lab
description: A lab
base_url: https://user.github.io/repo/
language: zh-CN
owner: ada
navigation:
  - title: Home
    url: /
  - title: Blog
    url: https://blog.example.org/
publications:
  group_by_year: true
  bibtex_hidden_fields: [file, Abstract]
latex_macros:
  method: "\\\\textsc{Net}"
markdown:
  unsafe_html: true
""",
    )
    assert not report.warnings
    assert (config.title, config.language, config.owner, config.base_path) == ("Lab", "zh-CN", "ada", "/repo/")
    assert [item.title for item in config.navigation] == ["Home", "Blog"]
    assert config.group_by_year and config.unsafe_html
    assert config.hidden_fields == ("file", "abstract")
    assert config.latex_macros == {"method": "\\textsc{Net}"}


def test_defaults_when_missing(tmp_path):
    report = Report()
    config = load_config(tmp_path / "site.yml", report)
    assert config.base_path == "/" and config.language == "en" and not config.group_by_year
    assert "no site.yml" in report.warnings[0].message


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        ("titel: Lab\n", 1, "did you mean 'title'?"),
        ("title: Lab\nbaseurl: /x/\n", 2, "did you mean 'base_url'?"),
        ("title: Lab\npublications:\n  group_by_yaer: true\n", 3, "did you mean 'publications.group_by_year'?"),
        ("title: Lab\nfoo: 1\n", 2, "unknown setting 'foo'; it is ignored"),
    ],
)
def test_unknown_keys_warn_with_the_nearest_known_key(tmp_path, text, line, hint):
    _, report = config_from(tmp_path, text)
    (warning,) = report.warnings
    assert warning.line == line
    assert hint in warning.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("title: [a, b]\n", 1, "expected text"),
        ("title: T\nbase_url: javascript:alert(1)\n", 2, "base_url"),
        ("title: T\nnavigation: home\n", 2, "navigation must be a list"),
        ("title: T\nnavigation:\n  - title: X\n    url: javascript:x\n", 4, "unsafe"),
        ("title: T\nlatex_macros:\n  bad name: x\n", 3, "letters only"),
        ("title: T\nmarkdown:\n  unsafe_html: yes please\n", 3, "true or false"),
        ("title: T\npublications:\n  max_authors: -1\n", 3, "expected a whole number"),
        ("title: T\npublications:\n  max_authors: ten\n", 3, "expected a whole number"),
        ("- just\n- a list\n", 1, "expected keys and values"),
        ("title: T\ncoauthors:\n  Jane Roe: jane.example.org\n", 3, "needs the address of their page (https://...)"),
        ("title: T\ncoauthors:\n  Jane Roe: javascript:alert(1)\n", 3, "needs the address of their page"),
        ("title: T\ncoauthors: [Jane Roe]\n", 2, "expected keys and values"),
        ("title: T\npublications:\n  venues:\n    CVPR: javascript:alert(1)\n", 4, "venue 'CVPR' needs the address of its page"),
        ("title: T\npublications:\n  venues:\n    CVPR: {color: red}\n", 4, "expected text, found nothing"),
        ("title: T\npublications:\n  on_home: some\n", 3, "expected all or selected"),
    ],
)
def test_bad_values_are_errors_with_line(tmp_path, text, line, message):
    with pytest.raises(SitegenError) as caught:
        config_from(tmp_path, text)
    assert caught.value.diagnostic.line == line
    assert message in caught.value.diagnostic.message


def test_base_url_override(tmp_path):
    path = tmp_path / "site.yml"
    path.write_text("base_url: /\n")
    assert load_config(path, Report(), base_url="https://x.github.io/proj").base_path == "/proj/"


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "//x.org/",
        "https:/x.org/",
        "https://x.org/?page=1",
        "/repo/#top",
        "/a<b/",
        'https://x.org/"',
        "ftp://x/",
        "https://x[y.org/",
    ],
)
def test_a_base_url_that_would_break_every_link_is_refused(tmp_path, url):
    with pytest.raises(SitegenError, match="base_url must be like"):
        load_config(write_config(tmp_path, "title: T\n"), Report(), base_url=url)


@pytest.mark.parametrize(("url", "path"), [("/", "/"), ("repo", "/repo/"), ("https://x.org/sub", "/sub/"), ("/über/", "/über/")])
def test_a_base_url_may_be_a_path_or_an_address(tmp_path, url, path):
    assert load_config(write_config(tmp_path, "title: T\n"), Report(), base_url=url).base_path == path


def write_config(folder: Path, text: str) -> Path:
    config = folder / "site.yml"
    config.write_text(text, encoding="utf-8")
    return config
