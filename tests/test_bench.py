"""The benchmark's inputs: generated lab sites build cleanly, and the peers get the same content."""

from __future__ import annotations

import json
import sys

from conftest import REPO

from sitegen.build import Builder

sys.path.insert(0, str(REPO / "bench"))
import generate
import peers
import template_times


def test_a_generated_lab_site_builds_without_warnings(tmp_path):
    site = generate.generate(tmp_path / "lab", 200, 20)
    result = Builder(site, site / "_site", jobs=1).build()
    assert result.publications == 201 and not result.warnings  # 200 entries and their proceedings
    assert len(list((site / "_site/people").glob("*/index.html"))) == 20


def test_hugo_and_jekyll_get_every_person_and_entry(tmp_path):
    site = generate.generate(tmp_path / "lab", 200, 20)
    for tool, data in (("hugo", "data"), ("jekyll", "_data")):
        folder = tmp_path / tool
        peers.prepare(tool, site, folder)
        pubs = json.loads((folder / data / "pubs.json").read_text(encoding="utf-8"))
        years = json.loads((folder / data / "years.json").read_text(encoding="utf-8"))
        assert len(pubs) == 201 and sorted(key for year in years for key in year["keys"]) == sorted(pubs)
        people = list(folder.glob("content/people/*.md" if tool == "hugo" else "_people/*.md"))
        assert len(people) == 20
        listed = {key for person in people for key in json.loads(person.read_text(encoding="utf-8").split("---\n")[1])["pubs"]}
        assert listed and listed <= set(pubs)
        assert any(author["slug"] for record in pubs.values() for author in record["authors"])  # members linked


def test_ratios_to_a_peer_are_taken_round_by_round():
    import run

    # the machine slowed down in the second round for both: each round says "as fast"
    assert run.paired_ratios([1.0, 10.0, 1.0], [1.0, 10.0, 2.0]) == [1.0, 1.0, 0.5]
    figures = {
        "sitegen cold": run.Figures([1.0, 10.0, 1.0], 40, 10),
        "sitegen warm": run.Figures([0.1, 1.0, 0.1], 20, 10),
        "hugo": run.Figures([1.0, 10.0, 2.0], 60, 10),
    }
    row = run.table_row("small", "hugo", figures["hugo"], figures)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[3:5] == ["2.00", "1.00-10.00"]  # median and range of its own times
    assert cells[-1].split() == ["1.00", "0.50-1.00", "0.10"]  # not 1.00 / 2.00 = 0.50, the medians' ratio
    assert run.round_times(figures).splitlines()[2] == "hugo: 1.00 10.00 2.00"  # in the rounds' order, not sorted


def test_template_timing_replays_the_pages_a_build_rendered(tmp_path):
    site = generate.generate(tmp_path / "lab", 200, 20)
    original = template_times.render.Renderer.render
    kept = template_times.recorded_contexts(site)
    assert template_times.render.Renderer.render is original  # the build's renderer is itself again
    assert len(kept["person.html"]) == 20 and len(kept["publication.html"]) == 201
    assert "pub" in kept["publication.html"][0][1]  # the context the page was rendered with
    assert 0 < template_times.per_page(kept["person.html"][:3], "person.html") < 1


def test_every_output_of_a_run_goes_into_the_folder_asked_for(tmp_path):
    import run

    out = tmp_path / "ram"
    site = generate.generate(out / "lab-tiny", 20, 4)
    contenders = run.Contenders(site, [], out)
    for name in ("sitegen cold", "sitegen cold", "floor", "floor"):  # the second of each moves the first aside
        wall, _, pages = contenders.run(name)
        assert wall > 0 and pages > 20
    assert (out / "lab-tiny-floor-output/index.html").is_file()
    assert len(list((out / "trash").iterdir())) == 3  # the first build's output and cache, the first floor
