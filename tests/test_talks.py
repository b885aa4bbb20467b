"""Talks: a list by year, a page per talk, and each speaker's profile listing theirs."""

from __future__ import annotations

import datetime
import json

import pytest
from conftest import build, html

from sitegen.errors import SitegenError

LAB = {
    "content/site.yml": "title: Lab\n",
    "content/index.md": "---\ntitle: Lab\n---\nWelcome.\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
    "content/people/bob.md": "---\nname: Bob Babbage\n---\nBob.\n",
    "static/files/engines.pdf": b"%PDF-1.4\n",
    "content/talks/engines.md": (
        "---\ntitle: Engines that think\ndate: 2024-05-02\nevent: Engine Days\nlocation: London\ntype: Keynote\n"
        "speakers: ['Lovelace, Ada', Carl Guest]\nlinks:\n  video: https://example.org/v\n  slides: files/engines.pdf\n---\nAbstract.\n"
    ),
    "content/talks/older.md": "---\ntitle: Older\ndate: 2022-01-10\nspeakers: [Bob Babbage]\n---\n",
    "content/talks/new.md": "---\ntitle: Newer\ndate: 2024-09-01\nspeakers: [Bob Babbage]\n---\n",
}


def test_talks_are_listed_by_year_each_with_its_page_and_on_the_speakers_profiles(make_site):
    site = make_site(LAB, with_person=False)
    assert build(site).warnings == []
    out = site / "_site"
    listing = html(out / "talks/index.html")
    assert [h.get_text() for h in listing.select("main h2")] == ["2024", "2022"]
    assert [a.get_text() for a in listing.select(".talk-title a")] == ["Newer", "Engines that think", "Older"]
    assert "Talks" in [a.get_text() for a in listing.select("nav a")]
    talk = html(out / "talks/engines/index.html")
    meta = " ".join(talk.select_one(".talk-meta").get_text().split())
    assert meta == "Keynote · Engine Days, London, 2 May 2024"
    speakers = talk.select_one(".talk-speakers")
    assert speakers.get_text() == "Lovelace, Ada and Carl Guest"  # as written; members linked
    assert [(a.get_text(), a["href"]) for a in speakers.find_all("a")] == [("Lovelace, Ada", "/people/ada/")]
    assert [(a.get_text(), a["href"]) for a in talk.select("a.pub-link")] == [
        ("Slides", "/files/engines.pdf"),
        ("Video", "https://example.org/v"),
        ("Add to calendar", "/talks/engines/talk.ics"),
    ]
    assert [a.get_text() for a in html(out / "people/bob/index.html").select("section.talks .talk-title a")] == ["Newer", "Older"]
    assert [a.get_text() for a in html(out / "people/ada/index.html").select("section.talks .talk-title a")] == [
        "Engines that think"
    ]


def test_a_talk_without_speakers_on_a_one_person_site_is_the_owners(make_site):
    site = make_site({"content/talks/t.md": "---\ntitle: My talk\ndate: 2024-01-01\nlinks:\n  slides: files/missing.pdf\n---\n"})
    [warning] = build(site).warnings
    assert "files/missing.pdf" in warning.message and (warning.path.name, warning.line) == ("t.md", 5)
    assert [a.get_text() for a in html(site / "_site/index.html").select("section.talks .talk-title a")] == ["My talk"]


@pytest.mark.parametrize(
    ("talk", "message", "line"),
    [
        ("---\ndate: 2024-01-01\n---\n", "a talk needs 'title", 1),
        ("---\ntitle: T\ndate: someday\n---\n", "the date 'someday' of a talk names no one day", 3),
        ("---\ntitle: T\ndate: 03/05/2024\n---\n", "may be March or May", 3),
        ("---\ntitle: T\n---\n", "a talk needs 'date: YYYY-MM-DD'", 1),
        ("---\ntitle: T\ndate: 2024-01-01\nlinks: [a, b]\n---\n", "'links' must be keys and values", 4),
    ],
)
def test_a_talk_without_its_title_or_date_is_an_error_at_its_line(make_site, talk, message, line):
    site = make_site({"content/talks/t.md": talk})
    with pytest.raises(SitegenError, match=message) as raised:
        build(site)
    assert raised.value.diagnostic.line == line


def test_a_page_named_talks_leads_the_list_of_talks_and_a_draft_talk_is_left_out(make_site):
    site = make_site({**LAB, "content/pages/talks.md": "Slides are on each talk's page.\n"}, with_person=False)
    build(site)
    page = html(site / "_site/talks/index.html")
    assert (
        page.h1.get_text() == "Talks" and page.select_one(".list-intro").get_text().strip() == "Slides are on each talk’s page."
    )
    assert page.select(".talk-year")  # the talks follow the text
    (site / "content/pages/talks.md").unlink()
    site = make_site({"content/talks/engines.md": "---\ntitle: Soon\ndate: 2030-01-01\ndraft: true\n---\n"})
    for other in ("older", "new"):
        (site / f"content/talks/{other}.md").unlink()
    result = build(site)
    assert result.drafts_left_out == 1 and not (site / "_site/talks").exists()


def test_a_speaker_may_be_written_as_a_profile_file_name_and_a_near_miss_is_a_warning_at_its_line(make_site):
    talk = "---\ntitle: T\ndate: 2024-01-01\nspeakers: [bob, Ada Lovelance]\n---\n"
    site = make_site({**LAB, "content/talks/t.md": talk}, with_person=False)
    warnings = [w for w in build(site).warnings if "speaker" in w.message]
    assert [(w.path.name, w.line) for w in warnings] == [("t.md", 4)] and "'Ada Lovelance'" in warnings[0].message
    page = html(site / "_site/talks/t/index.html")
    assert [(a.get_text(), a["href"]) for a in page.select(".talk-speakers a")] == [("Bob Babbage", "/people/bob/")]


def test_a_talk_page_describes_its_event_to_search_engines(make_site):
    import json

    site = make_site({**LAB, "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n"}, with_person=False)
    build(site)
    page = html(site / "_site/talks/engines/index.html")
    [event] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert (event["@type"], event["name"], event["startDate"]) == ("Event", "Engines that think", "2024-05-02")
    assert event["location"] == {"@type": "Place", "name": "London"} and event["superEvent"]["name"] == "Engine Days"
    assert event["performer"] == [
        {"@type": "Person", "name": "Lovelace, Ada", "url": "https://lab.example.org/people/ada/"},
        {"@type": "Person", "name": "Carl Guest"},
    ]
    assert page.find("meta", attrs={"name": "description"})["content"] == "Keynote, Engine Days, London, 2024-05-02"


def test_a_talk_s_event_and_place_may_link_and_are_words_elsewhere(make_site):
    import icalendar

    talk = "---\ntitle: Fog\ndate: 2024-05-01\nevent: '[ICRA 2024](https://icra.example.org)'\nlocation: Yokohama, *Japan*\n---\n"
    site = make_site({**LAB, "content/talks/fog.md": talk}, with_person=False)
    build(site)
    for listing in ("talks/index.html", "talks/fog/index.html"):
        [meta] = [p for p in html(site / "_site" / listing).select(".talk-meta") if "ICRA" in p.get_text()]
        assert [(a.get_text(), a["href"]) for a in meta.select("a")] == [("ICRA 2024", "https://icra.example.org")], listing
        assert meta.select_one("em").get_text() == "Japan"
    page = html(site / "_site/talks/fog/index.html")
    assert page.find("meta", attrs={"name": "description"})["content"] == "ICRA 2024, Yokohama, Japan, 2024-05-01"
    [event] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert (event["superEvent"]["name"], event["location"]["name"]) == ("ICRA 2024", "Yokohama, Japan")
    [added] = icalendar.Calendar.from_ical((site / "_site/talks/fog/talk.ics").read_bytes()).walk("VEVENT")
    assert str(added["location"]) == "Yokohama, Japan" and str(added["description"]).startswith("ICRA 2024")


def test_talks_have_an_atom_feed_newest_first_linked_from_every_page(make_site):
    import feedparser

    site = make_site({**LAB, "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n"}, with_person=False)
    build(site)
    feed = feedparser.parse((site / "_site/talks/feed.xml").read_bytes())
    assert not feed.bozo and feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Newer", "Engines that think", "Older"]
    engines = feed.entries[1]
    assert engines.link == "https://lab.example.org/talks/engines/"
    assert [author.name for author in engines.authors] == ["Lovelace, Ada", "Carl Guest"]
    assert engines.summary == "Keynote, Engine Days, London, 2024-05-02. Abstract."
    feeds = html(site / "_site/people/ada/index.html").find_all("link", type="application/atom+xml")
    assert "https://lab.example.org/talks/feed.xml" in [link["href"] for link in feeds]


def test_a_preview_shows_a_renamed_speaker_on_the_talks_pages(make_site):
    from sitegen.build import Builder

    talk = "---\ntitle: T\ndate: 2024-01-01\nspeakers: [bob]\n---\n"
    site = make_site({**LAB, "content/talks/t.md": talk}, with_person=False)
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    (site / "content/people/bob.md").write_text("---\nname: Robert Babbage\n---\nBob.\n")
    preview.build()
    for page in ("talks/t/index.html", "talks/index.html"):
        assert "Robert Babbage" in html(site / "_preview" / page).select_one("main").get_text(), page


def test_talks_are_a_calendar_to_subscribe_to_and_each_one_to_add(make_site):
    """All talks in talks/talks.ics, and each in its own file linked from its page ("Add to calendar"):
    whole-day events with what, where, who and the page's address, the same bytes in every build."""
    import icalendar

    site = make_site({**LAB, "content/site.yml": "title: Lab\nbase_url: https://lab.example.org/\n"}, with_person=False)
    build(site)
    book = icalendar.Calendar.from_ical((site / "_site/talks/talks.ics").read_bytes())
    events = {str(event["summary"]): event for event in book.walk("VEVENT")}
    assert list(events) == ["Newer", "Engines that think", "Older"] and str(book["x-wr-calname"]) == "Lab: Talks"
    engines = events["Engines that think"]
    assert engines.decoded("dtstart") == datetime.date(2024, 5, 2) and engines.decoded("dtend") == datetime.date(2024, 5, 3)
    assert str(engines["location"]) == "London" and str(engines["url"]) == "https://lab.example.org/talks/engines/"
    assert str(engines["description"]) == "Keynote · Engine Days · Lovelace, Ada and Carl Guest\n\nAbstract."
    assert str(engines["uid"]) == "talk-engines@lab.example.org"
    page = html(site / "_site/talks/engines/index.html")
    assert page.select_one("a.pub-link-calendar")["href"] == "/talks/engines/talk.ics"
    one = icalendar.Calendar.from_ical((site / "_site/talks/engines/talk.ics").read_bytes())
    assert [str(event["summary"]) for event in one.walk("VEVENT")] == ["Engines that think"]
    first = (site / "_site/talks/talks.ics").read_bytes()
    build(site)
    assert (site / "_site/talks/talks.ics").read_bytes() == first


def test_a_second_link_of_a_kind_is_labelled_and_placed_after_the_first(make_site):
    talk = (
        "---\ntitle: Two decks\ndate: 2024-05-02\nspeakers: [Bob Babbage]\nlinks:\n  video: https://example.org/v\n"
        "  slides_2: https://example.org/short.pdf\n  slides: https://example.org/long.pdf\n  blog: https://example.org/b\n---\n"
    )
    site = make_site({**LAB, "content/talks/decks.md": talk}, with_person=False)
    build(site)
    page = html(site / "_site/talks/decks/index.html")
    buttons = [a.get_text() for a in page.select(".pub-actions a.pub-link") if "pub-link-calendar" not in a["class"]]
    assert buttons == ["Slides", "Slides 2", "Video", "Blog"]  # the known kinds in their order, an unknown one last
