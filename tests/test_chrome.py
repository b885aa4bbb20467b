"""site.yml's `icon`, `analytics` and `verification`: the browser tab's icon, the web analytics a
researcher chose and search engines' tokens, on every page; checked, so no setting writes markup."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from conftest import build, html

from sitegen.build import Builder
from sitegen.errors import SitegenError

ANALYTICS = """\
analytics:
  google: G-ABC123XYZ9
  plausible: example.org
  goatcounter: mysite
  umami: 94db1cb1-74f4-4a40-ad6c-962362670409
  cloudflare: 0123456789abcdef0123456789abcdef
verification:
  google: abcDEF_123-xyz
  bing: 1234ABCD
"""
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e40000000049454e44ae426082"
)


def settings(extra: str) -> str:
    return "title: Test Site\nowner: ada\nbase_url: https://ada.github.io/lab/\n" + extra


def head(site, page: str = "index.html"):
    return html(site / "_site" / page).head


def test_each_service_s_tag_and_each_token_is_on_every_page(make_site):
    site = make_site({"content/site.yml": settings(ANALYTICS), "content/pages/cv.md": "---\ntitle: CV\n---\nText.\n"})
    build(site)
    for page in ("index.html", "cv/index.html", "404.html"):
        tags = head(site, page)
        sources = [script["src"] for script in tags.select("script[src^='https://']")]
        assert sources == [
            "https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9",
            "https://plausible.io/js/script.js",
            "https://gc.zgo.at/count.js",
            "https://cloud.umami.is/script.js",
            "https://static.cloudflareinsights.com/beacon.min.js",
        ]
        assert tags.select_one("script[data-domain]")["data-domain"] == "example.org"
        assert tags.select_one("script[data-goatcounter]")["data-goatcounter"] == "https://mysite.goatcounter.com/count"
        assert tags.select_one("script[data-cf-beacon]")["data-cf-beacon"] == '{"token": "0123456789abcdef0123456789abcdef"}'
        assert 'gtag("config", "G-ABC123XYZ9")' in str(tags)
        assert tags.select_one("meta[name=google-site-verification]")["content"] == "abcDEF_123-xyz"
        assert tags.select_one("meta[name='msvalidate.01']")["content"] == "1234ABCD"


def test_serve_leaves_the_analytics_out_and_keeps_the_tokens(make_site):
    site = make_site({"content/site.yml": settings(ANALYTICS)})
    Builder(site, site / "_site", in_place=True).build()
    tags = head(site)
    assert tags.select("script[src^='https://']") == [] and "gtag" not in str(tags)
    assert tags.select_one("meta[name=google-site-verification]") is not None


@pytest.mark.parametrize(
    ("setting", "line", "said"),
    [
        ("analytics:\n  google: UA-12345-1\n", 5, "a Universal Analytics id, which Google stopped in 2023"),
        ('analytics:\n  google: G-1"><script>x</script>\n', 5, "expected a Google Analytics 4 measurement id"),
        ("analytics:\n  plausible: 'example.org\" onload=\"x'\n", 5, "expected the site's domain as Plausible knows it"),
        ("analytics:\n  umami_script: http://stats.example.org/script.js\n", 5, "expected the https:// address of a .js script"),
        ("analytics:\n  gogle: G-ABC123XYZ9\n", 5, "unknown analytics service 'gogle' (did you mean 'google'?)"),
        ("verification:\n  google: '<b>'\n", 5, "verification.google: expected the token the search engine gives"),
        ("icon: images/missing.png\n", 4, "icon 'images/missing.png' is no file in static/"),
        ("icon: this is not an emoji\n", 4, "expected an emoji (icon: 🔬) or the path of a picture in static/"),
    ],
)
def test_a_wrong_value_is_an_error_at_its_line(make_site, setting, line, said):
    site = make_site({"content/site.yml": settings(setting)})
    with pytest.raises(SitegenError) as raised:
        build(site)
    assert raised.value.diagnostic.line == line and said in raised.value.diagnostic.message


def test_a_self_hosted_umami_and_plausible_are_asked_at_their_own_address(make_site):
    extra = (
        "analytics:\n  umami: 94db1cb1-74f4-4a40-ad6c-962362670409\n  umami_script: https://stats.example.org/script.js\n"
        "  plausible: example.org\n  plausible_script: https://plausible.example.org/js/script.outbound-links.js\n"
    )
    site = make_site({"content/site.yml": settings(extra)})
    build(site)
    sources = [script["src"] for script in head(site).select("script[src^='https://']")]
    assert sources == ["https://plausible.example.org/js/script.outbound-links.js", "https://stats.example.org/script.js"]


def test_an_emoji_icon_is_drawn_and_a_picture_is_linked_under_the_base_path(make_site):
    site = make_site({"content/site.yml": settings("icon: 🔬\n")})
    build(site)
    icon = head(site).select_one("link[rel=icon]")
    assert icon["type"] == "image/svg+xml" and "🔬</text></svg>" in unquote(icon["href"])

    site = make_site({"content/site.yml": settings("icon: /images/lab.png\n"), "static/images/lab.png": PNG})
    build(site)
    tags = head(site)
    assert tags.select_one("link[rel=icon]")["href"] == "/lab/images/lab.png"
    assert tags.select_one("link[rel=apple-touch-icon]")["href"] == "/lab/images/lab.png"
    assert (site / "_site/images/lab.png").read_bytes() == PNG


@pytest.mark.parametrize(("files", "href"), [({}, "data:,"), ({"static/favicon.ico": b"\x00\x00\x01\x00"}, "/lab/favicon.ico")])
def test_without_an_icon_a_favicon_in_static_is_named_or_none_is_asked_for(make_site, files, href):
    """`data:,` stops browsers asking for a /favicon.ico that is not there (a 404 in every log);
    a favicon.ico dropped into static/ must then be named, or it would never be shown."""
    site = make_site({"content/site.yml": settings(""), **files})
    build(site)
    assert head(site).select_one("link[rel=icon]")["href"] == href
