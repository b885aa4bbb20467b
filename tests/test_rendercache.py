"""A list item is rendered once per entry and each page's citation put into it, only where the
item template allows, and the site is byte for byte what rendering every item gives."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPO, write_files
from markupsafe import Markup
from test_parallel import files, lab

from sitegen import pages as pages_module
from sitegen import render
from sitegen import views as views_module
from sitegen.build import Builder
from sitegen.render import Renderer

DEFAULT_ITEM = (REPO / "templates/partials/publication.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("template", "verbatim"),
    [
        (DEFAULT_ITEM, True),
        ("<p>{{ pub.citation }}</p>{% for l in pub.links %}{{ l.url }}{{ pub.citation }}{% endfor %}", True),
        ("{% if pub.kind == 'x' %}{{ pub.citation }}{% endif %}", True),
        ("<li>{{ pub.citation|upper }}</li>", False),  # transformed
        ("{{ pub.citation ~ '.' }}", False),
        ("{% if pub.citation %}{{ pub.citation }}{% endif %}", False),  # decides on it
        ("{{ pub.citation }}{% if pub.page_owner %}mine{% endif %}", False),  # reads whose page
        ("{{ pub.citation }}{{ pub }}", False),  # the whole view
        ("{{ pub['citation'] }}", False),
        ("{% set pub = other %}{{ pub.citation }}", False),
        ("{% macro m() %}{{ pub.citation }}{% endmacro %}{{ m()|upper }}", False),
        ("{% set x %}{{ pub.citation }}{% endset %}{{ x|length }}", False),
        ("{% filter upper %}{{ pub.citation }}{% endfilter %}", False),
        ("{% block b %}{{ pub.citation }}{% endblock %}{{ self.b()|upper }}", False),
        ("{{ pub.citation }}{% include 'other.html' %}", False),  # which may do anything
        ("{{ pub.citation ", False),  # does not parse
    ],
)
def test_only_a_citation_output_as_it_is_can_be_put_into_a_shell(tmp_path, template, verbatim):
    write_files(tmp_path, {"item.html": template, "other.html": "{{ pub.citation|upper }}"})
    renderer = Renderer([tmp_path], "/")
    assert renderer.shows_verbatim("item.html", "pub", "citation", unread=("page_owner",)) is verbatim


def lab_example(root):
    shutil.copytree(REPO / "examples/lab/content", root / "content")
    return root


@pytest.mark.parametrize("make", [lab, lab_example])
def test_items_from_shells_are_the_bytes_of_items_rendered_one_by_one(tmp_path, monkeypatch, make):
    site = make(tmp_path / "site")
    renders: list[str] = []
    real = Renderer.render
    monkeypatch.setattr(Renderer, "render", lambda self, name, **c: renders.append(name) or real(self, name, **c))
    shelled = Builder(site, tmp_path / "shelled", jobs=1)
    shelled.build()
    items = renders.count("partials/publication.html")
    assert shelled.cache_sizes()["shells"] == items > 0  # one render per entry, whatever pages list it
    monkeypatch.setattr(render.Renderer, "shows_verbatim", lambda *args, **kwargs: False)
    shutil.rmtree(site / ".sitegen-cache")
    renders.clear()
    Builder(site, tmp_path / "each", jobs=1).build()
    assert renders.count("partials/publication.html") > items  # each person's own variant too
    assert files(tmp_path / "shelled") == files(tmp_path / "each")


def test_an_item_template_that_reads_the_page_owner_is_rendered_for_each_page(tmp_path):
    site = lab(tmp_path / "site")
    item = DEFAULT_ITEM.replace('<p class="citation">', '<p class="citation{% if pub.page_owner %} mine{% endif %}">')
    write_files(site, {"templates/partials/publication.html": item})
    builder = Builder(site, tmp_path / "out", jobs=1)
    builder.build()
    assert builder.cache_sizes()["shells"] == 0
    assert 'class="citation mine"' in (tmp_path / "out/people/p1/index.html").read_text(encoding="utf-8")
    assert 'class="citation mine"' not in (tmp_path / "out/publications/index.html").read_text(encoding="utf-8")


def test_the_views_the_first_build_made_are_not_walked_at_the_first_edit_but_pruned_as_they_pile_up(tmp_path, monkeypatch):
    """What one build made was all live when made: walking 10,000 entries' views to forget the
    stale ones took 0.09 s of the first edit after the preview's first build (a biography edit at
    10,000 entries: 228 ms, the later ones 91-113). They are pruned once edits have added enough."""
    from sitegen.rendercache import RenderCache

    site = lab(tmp_path / "site")
    pruned, prune = [], RenderCache._prune
    monkeypatch.setattr(RenderCache, "_prune", lambda self, site: pruned.append(1) or prune(self, site))
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    made = preview.cache_sizes()["views"]
    bib = site / "content/publications/refs.bib"
    for number in range(120):  # each edit leaves its entry's two old views behind
        bib.write_text(bib.read_text().replace(f"Title {number} ", f"Retitled {number} "))
        preview.build()
        if number == 0:
            assert pruned == []
    assert pruned and preview.cache_sizes()["views"] <= made * 3 // 2 + 100


def test_a_build_keeps_one_view_per_listed_entry_and_no_copy_of_its_abstract(tmp_path, monkeypatch):
    """What a big site's build holds until it ends: the list view of each entry, whose abstract is
    the publication's own string (kept as Markup, a copy: 36 MB at 10,000 entries), and not the
    view of its own page, which is made once a build (another 30 MB)."""
    made: list[views_module.ViewBuilder] = []
    monkeypatch.setattr(
        pages_module, "ViewBuilder", lambda *args, **kw: made.append(views_module.ViewBuilder(*args, **kw)) or made[-1]
    )
    Builder(lab(tmp_path / "site"), tmp_path / "out", jobs=1).build()
    (views,) = made
    kept = views._shared_parts.values()
    assert len(kept) == len(views.site.publications) == 120
    assert all(view.toggles for view in kept)  # none of an entry's own page
    abstracts = {pub.key: pub.abstract.html for pub in views.site.publications}
    assert all(view.abstract_html is abstracts[view.key] for view in kept)
    assert all(isinstance(view.abstract, Markup) and view.abstract == abstracts[view.key] for view in kept)
