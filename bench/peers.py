"""The same content for the peers: a Hugo site, a Jekyll site, and the .bib for bibtex2html and pandoc.

sitegen loads the generated site (so every tool shows the same people and the same entries, names
and LaTeX already converted) and this module writes each peer's input: one page per person
listing their publications, one page per publication, a publications list grouped by year, with
minimal layouts. Each list item shows the authors (members linked to their pages), the title
linked to the entry's page, the venue and year, [BibTeX] and [Abstract] sections and the links,
as sitegen's items do. Both static site generators look entries up in one data file
(`data/pubs.json`, `_data/pubs.json`) by key, the fast idiom of each.

`prepare(tool, site, folder)` writes the input; `command(tool, folder, output)` is what to time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sitegen.build import Builder
from sitegen.citation import format_reference

TOOLS = ("hugo", "jekyll", "bibtex2html", "pandoc")

ITEM_HUGO = """<li id="{{ .key }}">{{ range $i, $a := .authors }}{{ if $i }}, {{ end }}{{ with $a.slug }}<a href="/people/{{ . }}/">{{ $a.name | safeHTML }}</a>{{ else }}{{ $a.name | safeHTML }}{{ end }}{{ end }}.
<a href="/publications/{{ .key }}/">{{ .title | safeHTML }}</a>. {{ .venue | safeHTML }}
<details><summary>BibTeX</summary><pre>{{ .bibtex }}</pre></details>
{{ with .abstract }}<details><summary>Abstract</summary><p>{{ . | safeHTML }}</p></details>{{ end }}
{{ range .links }}<a href="{{ .url }}">[{{ .label }}]</a> {{ end }}</li>
"""

HUGO_LAYOUTS = {
    "layouts/_default/baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ site.Title }}</title><link rel="stylesheet" href="/site.css"></head>
<body><nav><a href="/">Home</a> <a href="/publications/">Publications</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "layouts/index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range (where site.RegularPages "Section" "people") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Params.role }}</li>{{ end }}</ul>{{ end }}
""",
    "layouts/people/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.role }}</p>{{ .Content }}
<h2>Publications</h2><ul>{{ range .Params.pubs }}{{ partial "pub.html" (index site.Data.pubs .) }}{{ end }}</ul>{{ end }}
""",
    "layouts/publications/single.html": """{{ define "main" }}{{ $p := index site.Data.pubs .Params.key }}<h1>{{ $p.title | safeHTML }}</h1><ul>{{ partial "pub.html" $p }}</ul>{{ end }}
""",
    "layouts/publications/list.html": """{{ define "main" }}<h1>Publications</h1>{{ range site.Data.years }}<h2>{{ .year }}</h2><ul>{{ range .keys }}{{ partial "pub.html" (index site.Data.pubs .) }}{{ end }}</ul>{{ end }}{{ end }}
""",
    "layouts/partials/pub.html": ITEM_HUGO,
}

ITEM_JEKYLL = """{% assign p = include.item %}<li id="{{ p.key }}">{% for a in p.authors %}{% if forloop.index0 > 0 %}, {% endif %}{% if a.slug %}<a href="/people/{{ a.slug }}/">{{ a.name }}</a>{% else %}{{ a.name }}{% endif %}{% endfor %}.
<a href="/publications/{{ p.key }}/">{{ p.title }}</a>. {{ p.venue }}
<details><summary>BibTeX</summary><pre>{{ p.bibtex | xml_escape }}</pre></details>
{% if p.abstract %}<details><summary>Abstract</summary><p>{{ p.abstract }}</p></details>{% endif %}
{% for l in p.links %}<a href="{{ l.url | xml_escape }}">[{{ l.label }}]</a> {% endfor %}</li>
"""

JEKYLL_FILES = {
    "_config.yml": """title: Bench Lab
collections:
  people: {output: true, permalink: "/people/:name/"}
  publications: {output: true, permalink: "/publications/:name/"}
exclude: [Gemfile, Gemfile.lock]
""",
    "_layouts/default.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page.title }} | {{ site.title }}</title><link rel="stylesheet" href="/site.css"></head>
<body><nav><a href="/">Home</a> <a href="/publications/">Publications</a></nav><main>{{ content }}</main></body></html>
""",
    "_layouts/person.html": """---
layout: default
---
<h1>{{ page.title }}</h1><p>{{ page.role }}</p>{{ content }}
<h2>Publications</h2><ul>{% for key in page.pubs %}{% assign item = site.data.pubs[key] %}{% include pub.html item=item %}{% endfor %}</ul>
""",
    "_layouts/publication.html": """---
layout: default
---
{% assign q = site.data.pubs[page.key] %}<h1>{{ q.title }}</h1><ul>{% include pub.html item=q %}</ul>
""",
    "_includes/pub.html": ITEM_JEKYLL,
    "publications.html": """---
layout: default
title: Publications
permalink: /publications/
---
<h1>Publications</h1>{% for y in site.data.years %}<h2>{{ y.year }}</h2><ul>{% for key in y.keys %}{% assign item = site.data.pubs[key] %}{% include pub.html item=item %}{% endfor %}</ul>{% endfor %}
""",
    "index.html": """---
layout: default
title: Home
---
<h1>{{ site.title }}</h1><ul>{% for person in site.people %}<li><a href="{{ person.url }}">{{ person.title }}</a>, {{ person.role }}</li>{% endfor %}</ul>
""",
}


def records(site: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """People, publications and year groups from sitegen's model of the site."""
    _, model, _ = Builder(site).load()
    pubs = []
    for pub in model.publications:
        slugs = model.authorship.get(pub.key, ())
        reference = format_reference(pub)
        pubs.append(
            {
                "key": pub.anchor,
                "title": pub.title.html,
                "year": pub.year or 0,
                "authors": [
                    {"name": name.html, "slug": slugs[i] if i < len(slugs) else None} for i, name in enumerate(pub.authors)
                ],
                "venue": reference[len(pub.title.html) :].lstrip(". "),
                "bibtex": pub.bibtex,
                "abstract": pub.abstract.html if pub.abstract else None,
                "links": [{"label": link.label, "url": link.url} for link in pub.links],
            }
        )
    people = [
        {
            "slug": person.slug,
            "name": person.name,
            "role": person.role,
            "bio": (site / "content/people" / f"{person.slug}.md").read_text(encoding="utf-8").split("---\n", 2)[2],
            "pubs": [pub.anchor for pub in model.by_person.get(person.slug, [])],
        }
        for person in model.people
    ]
    years: dict[int, list[str]] = {}
    for record in pubs:
        years.setdefault(record["year"], []).append(record["key"])
    return people, pubs, [{"year": year, "keys": keys} for year, keys in years.items()]


def _write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _front_matter(values: dict) -> str:
    """JSON is YAML too: Hugo and Jekyll both read it between the --- lines."""
    return "---\n" + json.dumps(values) + "\n---\n"


def prepare(tool: str, site: Path, folder: Path) -> None:
    """Write `tool`'s input for the generated `site` into `folder` (emptied first)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    bib = site / "content/publications/bench.bib"
    if tool == "bibtex2html":
        shutil.copy(bib, folder / "bench.bib")
        return
    if tool == "pandoc":
        shutil.copy(bib, folder / "bench.bib")
        (folder / "nocite.md").write_text("---\ntitle: Publications\nnocite: |\n  @*\n---\n", encoding="utf-8")
        return
    people, pubs, years = records(site)
    by_key = {record["key"]: record for record in pubs}
    css = (Path(__file__).resolve().parent.parent / "static/css/site.css").read_text(encoding="utf-8")
    if tool == "hugo":
        files = dict(HUGO_LAYOUTS)
        files["config.json"] = json.dumps(
            {
                "baseURL": "https://example.org/",
                "title": "Bench Lab",
                "disableKinds": ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"],
                "markup": {"goldmark": {"renderer": {"unsafe": True}}},
            }
        )
        files["data/pubs.json"], files["data/years.json"] = json.dumps(by_key), json.dumps(years)
        files["static/site.css"] = css
        files["content/publications/_index.md"] = "---\ntitle: Publications\n---\n"
        for person in people:
            front = {"title": person["name"], "role": person["role"], "pubs": person["pubs"]}
            files[f"content/people/{person['slug']}.md"] = _front_matter(front) + person["bio"]
        for record in pubs:
            files[f"content/publications/{record['key']}.md"] = _front_matter({"title": record["title"], "key": record["key"]})
    elif tool == "jekyll":
        files = dict(JEKYLL_FILES)
        files["_data/pubs.json"], files["_data/years.json"] = json.dumps(by_key), json.dumps(years)
        files["site.css"] = css
        for person in people:
            front = {"layout": "person", "title": person["name"], "role": person["role"], "pubs": person["pubs"]}
            files[f"_people/{person['slug']}.md"] = _front_matter(front) + person["bio"]
        for record in pubs:
            front = {"layout": "publication", "title": record["title"], "key": record["key"]}
            files[f"_publications/{record['key']}.md"] = _front_matter(front)
    else:
        raise ValueError(f"unknown tool {tool}")
    _write(folder, files)


def command(tool: str, folder: Path, output: Path) -> list[str]:
    """The command that builds `folder` (as `prepare` wrote it) into `output`; run it in `output`
    (bibtex2html writes the page of each entry into the current folder)."""
    if tool == "hugo":
        return ["hugo", "--quiet", "--source", str(folder), "--destination", str(output)]
    if tool == "jekyll":
        return ["jekyll", "build", "--quiet", "--source", str(folder), "--destination", str(output), "--disable-disk-cache"]
    if tool == "bibtex2html":  # the whole list (sorted by date, newest first) and a page per entry, with abstracts
        return ["bibtex2html", "-q", "-d", "-r", "-multiple", "-o", str(output / "publications"), str(folder / "bench.bib")]
    if tool == "pandoc":
        return [
            "pandoc", "--citeproc", "--bibliography", str(folder / "bench.bib"), "--standalone",
            "--output", str(output / "publications.html"), str(folder / "nocite.md"),
        ]  # fmt: skip
    raise ValueError(f"unknown tool {tool}")
