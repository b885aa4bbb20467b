"""`redirect_from`: a page's old addresses keep working after a move (from Jekyll, Hugo, a renamed page)."""

from __future__ import annotations

import pytest
from conftest import build, html

from sitegen.errors import SitegenError


def moved_site(make_site, news_redirect: str = "/blog/2021/hello/"):
    return make_site(
        {
            "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/repo/\n",
            "content/pages/join.md": '---\ntitle: Join\nredirect_from: ["/openings/", "/old/join.html", "https://elsewhere.org/x"]\n---\nCome.\n',
            "content/news/2024-01-02-hello.md": f"---\ndate: 2024-01-02\nredirect_from: {news_redirect}\n---\nHello.\n",
        },
        with_person=False,
    )


def test_each_old_address_sends_readers_and_search_engines_to_the_new_one(make_site):
    site = moved_site(make_site)
    result = build(site)
    out = site / "_site"
    for old, new in (
        ("openings/index.html", "/repo/join/"),
        ("old/join.html", "/repo/join/"),
        ("blog/2021/hello/index.html", "/repo/news/2024-01-02-hello/"),
    ):
        page = html(out / old)
        assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={new}"
        assert page.find("link", rel="canonical")["href"] == new
        assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert page.find("a")["href"] == new  # without refresh, a link
    assert "openings" not in (out / "sitemap.xml").read_text()  # not pages of their own
    warnings = "\n".join(str(w) for w in result.warnings)
    assert "join.md:3: warning: redirect_from 'https://elsewhere.org/x' is not an address in this site" in warnings


@pytest.mark.parametrize("taken", ["/news/", "/join/", "/openings"])
def test_an_old_address_the_site_uses_itself_is_an_error_at_its_line(make_site, taken):
    site = moved_site(make_site, news_redirect=taken)
    with pytest.raises(SitegenError) as error:
        build(site)
    assert "2024-01-02-hello.md:3: error: redirect_from names" in str(error.value)
    assert "an address another page of the site has; remove it from redirect_from" in str(error.value)


def test_an_old_address_cannot_leave_the_output_or_carry_markup():
    from sitegen.urls import redirect_file

    assert redirect_file("/blog/2021/x") == "blog/2021/x/index.html"
    assert redirect_file("/old.html") == "old.html"
    for hostile in ("/../../etc/x/", "/a/./b", "//evil.org/x", "javascript:alert(1)", '/"><script>/', "/a?b", "/", "C:/x"):
        assert redirect_file(hostile) is None, hostile


def test_site_yml_sends_addresses_no_document_names_to_their_new_place(make_site):
    site = moved_site(make_site)
    site_yml = site / "content/site.yml"
    site_yml.write_text(
        site_yml.read_text()
        + "redirects:\n  /publication/2009-paper-1/: /publications/key1/\n  /files/cv.pdf.html: https://cv.example.org/\n"
    )
    build(site)
    moved = html(site / "_site/publication/2009-paper-1/index.html")
    assert moved.find("link", rel="canonical")["href"] == "/repo/publications/key1/"
    assert html(site / "_site/files/cv.pdf.html").find("a")["href"] == "https://cv.example.org/"


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ("  /../x/: /y/\n", "is not an address in this site"),
        ("  /old/: javascript:alert(1)\n", "must lead to a path of the site"),
        ("  /join/: /news/\n", "an address another page of the site has"),
    ],
)
def test_a_wrong_redirect_in_site_yml_is_an_error_at_its_line(make_site, entry, said):
    site = moved_site(make_site)
    site_yml = site / "content/site.yml"
    site_yml.write_text(site_yml.read_text() + "redirects:\n" + entry)
    with pytest.raises(SitegenError) as error:
        build(site)
    assert "site.yml:4: error:" in str(error.value) and said in str(error.value)
