"""A site's own colour (site.yml `theme: accent`) and stylesheet (static/css/custom.css)."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from conftest import Quiet, build, html

from sitegen import colours
from sitegen.errors import SitegenError


def test_contrast_is_wcags_and_a_dark_accent_is_made_readable():
    assert round(colours.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(colours.contrast("#0a58ca", "#ffffff"), 2) == 6.44  # the theme's own accent
    assert colours.parse("#C00") == "#cc0000" and colours.parse("red") is None and colours.parse("#12345") is None
    dark = colours.dark_accent("#8c1515")  # Stanford's cardinal: 2.0:1 on the dark page as it is
    assert colours.contrast("#8c1515", colours.DARK_BACKGROUND) < 4.5 <= colours.contrast(dark, colours.DARK_BACKGROUND)


def test_the_accent_and_a_custom_stylesheet_come_after_the_themes(make_site):
    site = make_site(
        {
            "content/site.yml": 'title: T\nowner: ada\ntheme:\n  accent: "#8C1515"\n',
            "static/css/custom.css": ".role { font-style: italic; }\n",
        }
    )
    assert build(site).warnings == []
    links = [link["href"] for link in html(site / "_site/index.html").select('link[rel="stylesheet"]')]
    assert links == ["/css/site.css", "/css/accent.css", "/css/custom.css", "/css/print.css"]
    css = (site / "_site/css/accent.css").read_text()
    assert ":root { --accent: #8c1515;" in css and ':root[data-theme="dark"] { --accent: #ba7373;' in css
    plain = make_site({"content/site.yml": "title: T\nowner: ada\n"})
    (plain / "static/css/custom.css").unlink()
    build(plain)
    assert [link["href"] for link in html(plain / "_site/index.html").select('link[rel="stylesheet"]')] == [
        "/css/site.css",
        "/css/print.css",
    ]
    assert not (plain / "_site/css/accent.css").exists()


def test_a_colour_links_could_not_be_read_in_is_a_warning_at_its_line(make_site):
    site = make_site({"content/site.yml": 'title: T\nowner: ada\ntheme:\n  accent: "#ffd700"\n  accent_dark: "#202020"\n'})
    warnings = build(site).warnings
    assert [(w.line, w.message.split(";")[0]) for w in warnings] == [
        (4, "theme.accent #ffd700 has a contrast of 1.4:1 on the white page"),
        (5, "theme.accent_dark #202020 has a contrast of 1.2:1 on the dark page"),
    ]


def test_a_colour_that_is_no_colour_is_an_error_at_its_line(make_site):
    site = make_site({"content/site.yml": "title: T\nowner: ada\ntheme:\n  accent: crimson\n"})
    with pytest.raises(SitegenError) as raised:
        build(site)
    assert raised.value.diagnostic.line == 4 and "expected a colour as #rrggbb" in raised.value.diagnostic.message


@pytest.mark.parametrize(("scheme", "colour"), [("light", "rgb(140, 21, 21)"), ("dark", "rgb(186, 115, 115)")])
def test_links_take_the_accent_in_both_schemes(make_site, browser, scheme, colour):
    site = make_site({"content/site.yml": 'title: T\nowner: ada\ntheme:\n  accent: "#8c1515"\n'})
    build(site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site / "_site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        assert page.eval_on_selector(".skip-link", "link => getComputedStyle(link).color") == colour
    finally:
        context.close()
        server.shutdown()
