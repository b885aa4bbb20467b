"""End-to-end features on small sites: pages, links, static files, PDFs, overrides, escaping."""

from __future__ import annotations

import json

import pytest
from conftest import build, html

from sitegen.build import Builder
from sitegen.errors import SitegenError

BIB = """\
@string{jt = "Journal of Things"}
@article{lovelace1843, author={Lovelace, Ada and Babbage, Charles}, title={Notes on the {Analytical Engine}},
  journal=jt, volume={3}, number={1}, pages={1--50}, year=1843, month=sep,
  pdf={papers/notes.pdf}, file={C:/Users/ada/notes.pdf}, timestamp={2020-01-01}, keywords={engines, notes}}
@inproceedings{babbage1840, author={Babbage, Charles and A. Lovelace}, title={Difference}, booktitle={Proc. Engines},
  year=1840, url={https://example.org/diff}}
@misc{other1830, author={Someone Else}, title={Not Ada's}, year=1830}
"""
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_pages_navigation_and_menu_order(make_site):
    site = make_site(
        {
            "content/pages/teaching.md": "---\ntitle: Teaching\nmenu: 2\n---\n# Courses\n\n* Engines 101\n",
            "content/pages/cv.md": "---\ntitle: CV\nmenu: 1\n---\nMy **CV**.\n",
            "content/pages/hidden.md": "---\ntitle: Hidden\n---\nNot in menu.\n",
            "content/publications/refs.bib": BIB,
        }
    )
    build(site)
    page = html(site / "_site/teaching/index.html")
    assert page.h1.get_text() == "Teaching"
    assert "Engines 101" in page.get_text()
    menu = [(a.get_text(), a["href"]) for a in page.select("nav a")]
    assert menu == [("Home", "/"), ("CV", "/cv/"), ("Teaching", "/teaching/")]
    assert page.select_one('nav a[aria-current="page"]').get_text() == "Teaching"
    assert html(site / "_site/cv/index.html").select_one('nav a[aria-current="page"]').get_text() == "CV"
    for unlisted in ("hidden", "publications/lovelace1843"):  # the menu of the pages it does not list marks nothing
        assert html(site / f"_site/{unlisted}/index.html").select("nav a") and not html(
            site / f"_site/{unlisted}/index.html"
        ).select("nav a[aria-current]")


def test_pages_may_use_the_names_of_lists_the_site_does_not_have(make_site):
    site = make_site({"content/pages/news.md": "---\ntitle: My news\n---\n", "content/pages/people.md": "---\ntitle: Us\n---\n"})
    build(site)  # a one-person site without news items: no list of people or news to clash with
    assert html(site / "_site/news/index.html").h1.get_text() == "My news"
    assert html(site / "_site/people/index.html").h1.get_text() == "Us"


def test_a_page_at_a_list_s_address_leads_that_list_with_its_text_and_names_it(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Engine Lab\nbase_url: https://lab.example.org/\n",
            "content/people/charles.md": "---\nname: Charles Babbage\nrole: Professor\n---\nBio.\n",
            "content/publications/refs.bib": BIB,
            "content/news/2024-01-02-hello.md": "---\ndate: 2024-01-02\n---\nHello.\n",
            "content/pages/people.md": "---\ntitle: Our team\nmenu: 1\nredirect_from: [/team/]\n---\n"
            "Interested in joining? [Write to us](mailto:lab@example.org).\n",
            "content/pages/publications.md": "---\ntitle: Papers\n---\nOur first paper was [@lovelace1843].\n",
        }
    )
    build(site)
    out = site / "_site"
    people = html(out / "people/index.html")
    assert people.h1.get_text() == "Our team"  # the page's title names the list
    assert people.select_one(".list-intro a")["href"] == "mailto:lab@example.org"
    assert [h.get_text() for h in people.select(".people-group h2")] == ["Faculty", "PhD Students"]  # the list follows
    papers = html(out / "publications/index.html")
    assert papers.h1.get_text() == "Papers"
    assert papers.select_one(".list-intro .references li").get_text().startswith("Ada Lovelace and")  # its citation's reference
    assert papers.select("li.publication")  # and every entry after it
    assert html(out / "news/index.html").select_one(".list-intro") is None  # a list without a page of its own
    assert html(out / "publications/type/journal/index.html").h1.get_text() == "Journal articles"
    menu = [(a.get_text(), a["href"]) for a in people.select("nav a")]
    assert menu == [("Home", "/"), ("Our team", "/people/"), ("Papers", "/publications/"), ("News", "/news/")]
    assert html(out / "team/index.html").find("link", rel="canonical")["href"] == "/people/"  # its old address
    sitemap = (out / "sitemap.xml").read_text()
    assert sitemap.count("<loc>https://lab.example.org/people/</loc>") == 1


def test_a_relative_path_meant_from_the_sites_root_is_a_warning_saying_how_to_write_it(make_site):
    site = make_site(
        {
            "content/pages/teaching.md": "---\ntitle: T\n---\nIntro.\n\n![fog](images/fog.png) ![up](../images/fog.png)\n"
            "[root](/images/fog.png) [pubs](../publications/) [web](https://e.org/images/fog.png)\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\n![me](images/fog.png)\n",  # the owner's: at /
            "content/people/bob.md": "---\nname: Bob\n---\n![me](images/fog.png)\n",  # at /people/bob/
            "content/news/hello.md": "---\ndate: 2025-01-02\n---\nSee [the poster](images/fog.png%20x).\n",
            "static/images/fog.png": b"png",
            "static/images/fog.png x": b"png",
        }
    )
    warnings = [str(w) for w in build(site).warnings]
    assert [w.split("/content/", 1)[1] for w in warnings] == [
        "news/hello.md:4: warning: 'images/fog.png%20x' is relative to this page (/news/hello/), where there is no such "
        "file; for static/images/fog.png x write /images/fog.png%20x",
        "pages/teaching.md:6: warning: 'images/fog.png' is relative to this page (/teaching/), where there is no such "
        "file; for static/images/fog.png write /images/fog.png",
        "people/bob.md:4: warning: 'images/fog.png' is relative to this page (/people/bob/), where there is no such "
        "file; for static/images/fog.png write /images/fog.png",
    ]


def test_profile_links_photo_and_email(make_site):
    site = make_site(
        {
            "content/people/ada.md": """\
                ---
                name: Ada Lovelace
                role: PhD Student
                photo: images/ada.jpg
                email: ada@example.org
                links:
                  github: adalove
                  github_2: analytical-lab
                  scholar: AbCdEf
                  orcid: 0000-0002-1825-0097
                  homepage: https://ada.example.org/
                  cv: https://ada.example.org/Ada CV.pdf
                  bad: javascript:alert(1)
                  lab: https://lab.example]org/
                ---
                Bio.
                """,
            "static/images/ada.jpg": b"\xff\xd8\xff",
        }
    )
    result = build(site)
    page = html(site / "_site/index.html")
    links = {a.get_text(): a["href"] for a in page.select(".contact a")}
    assert links == {
        "ada@example.org": "mailto:ada@example.org",
        "GitHub": "https://github.com/adalove",
        "GitHub 2": "https://github.com/analytical-lab",  # a second of a kind: its label, its address from a user name
        "Google Scholar": "https://scholar.google.com/citations?user=AbCdEf",
        "ORCID": "https://orcid.org/0000-0002-1825-0097",
        "Homepage": "https://ada.example.org/",
        "CV": "https://ada.example.org/Ada%20CV.pdf",  # an address a page may hold
    }
    assert page.select_one("img.photo")["src"] == "/images/ada.jpg"
    assert (site / "_site/images/ada.jpg").read_bytes() == b"\xff\xd8\xff"
    assert any("unsafe scheme" in w.message and w.line == 13 for w in result.warnings)
    assert any("no address a browser can follow" in w.message and w.line == 14 for w in result.warnings)


def test_a_link_written_beside_the_other_keys_is_told_to_go_under_links(make_site):
    """`github: ada` where the profile's links go: the warning said "unknown key 'orcid' (did you
    mean 'order'?)"; a talk's `slides:` the same."""
    site = make_site(
        {
            "content/people/ada.md": "---\nname: Ada Lovelace\ngithub: adalove\norcid_2: 0000-0002-1825-0097\nrol: PhD\n"
            "website: https://ada.org\nmotto: Poetical science\n---\nAda.\n",
            "content/talks/t.md": "---\ntitle: Engines\ndate: 2024-02-03\nslides: files/s.pdf\n---\nTalk.\n",
        }
    )
    said = {(w.path.name, w.line): w.message for w in build(site).warnings}
    assert (
        said[("ada.md", 3)]
        == "'github' is a link: write it under 'links:' (a line 'links:', then '  github: ...'); here it is ignored"
    )
    assert said[("ada.md", 4)].startswith("'orcid_2' is a link: write it under 'links:'")
    assert said[("ada.md", 5)] == "unknown front matter key 'rol' (did you mean 'role'?); it is ignored"
    assert said[("t.md", 4)].startswith("'slides' is a link: write it under 'links:'")
    assert said[("ada.md", 6)].startswith("'website' is a link: write it under 'links:'")  # a key of its own naming
    assert said[("ada.md", 7)].startswith("unknown front matter key 'motto'")  # no address


@pytest.mark.parametrize(
    "education",
    [
        "education:\n  - degree: PhD in Robotics\n    institution: Northport University\n    year: 2019\n"
        "    description: Thesis on <fog>.\n  - MSc, Somewhere, 2015\n",
        # Hugo Blox's form
        "education:\n  courses:\n    - course: PhD in Robotics\n      institution: Northport University\n      year: 2019\n"
        "      summary: Thesis on <fog>.\n    - course: MSc, Somewhere, 2015\n",
    ],
)
def test_education_is_listed_on_the_profile_and_in_its_json_ld(make_site, education):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\n{education}---\nBio.\n"})
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    degrees = page.select("section.education li")
    assert [li.get_text() for li in degrees] == [
        "PhD in Robotics, Northport University, 2019Thesis on <fog>.",  # the line under it, escaped
        "MSc, Somewhere, 2015",
    ]
    assert degrees[0].select_one(".degree").get_text() == "PhD in Robotics"
    assert degrees[0].select_one(".degree-description").get_text() == "Thesis on <fog>."
    person = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert person["alumniOf"] == [{"@type": "EducationalOrganization", "name": "Northport University"}]


def test_experience_awards_teaching_and_service_are_listed_on_the_profile(make_site):
    profile = (
        "---\nname: Ada Lovelace\nexperience:\n"
        "  - title: Professor\n    organization: Northport University\n    start: 2019\n"
        "  - position: Postdoc\n    company: Marine Institute\n    location: Bergen\n"
        "    date_start: 2012-09-01\n    date_end: 2014-08-31\n    description: Sonar <maps>.\n"
        "  - Intern, Example Labs, 2010\n"
        "  - {title: Intern, organization: Fog Labs, start: 2009, end: 2009}\n"
        "awards:\n  - title: Best Paper Award\n    awarder: IROS\n    year: 2021\n    summary: For <lidar> maps.\n"
        "  - Early Career Award, 2020\n"
        "teaching:\n  - course: Engines (CS 1)\n    role: Instructor\n    university: Northport\n    semester: Fall 2023\n"
        "    url: /engines/\n  - course: Looms\n    link: files/looms.pdf\n  - course: Cards\n    url: https://example.org/cards\n"
        "  - course: Sails\n    url: /teaching/sails.2023/\n"
        "service: [Reviewer, ICRA 2024]\n---\nBio.\n"
    )
    site = make_site({"content/people/ada.md": profile})
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    positions = page.select("section.experience li")
    assert positions[0].select_one(".position").get_text() == "Professor"
    assert [" ".join(li.get_text(" ").split()) for li in positions] == [
        "Professor , Northport University, 2019–present",
        "Postdoc , Marine Institute, Bergen, Sep 2012 – Aug 2014 Sonar <maps>.",
        "Intern, Example Labs, 2010",
        "Intern , Fog Labs, 2009",  # not "2009–2009"
    ]
    assert [li.get_text() for li in page.select("section.awards li")] == [
        "Best Paper Award, IROS, 2021For <lidar> maps.",  # what it was for, a line under it (escaped)
        "Early Career Award, 2020",
    ]
    assert page.select_one("section.awards li p.award-description").get_text() == "For <lidar> maps."
    assert [li.get_text() for li in page.select("section.teaching li")] == [
        "Engines (CS 1), Instructor, Northport, Fall 2023", "Looms", "Cards", "Sails"
    ]  # fmt: skip
    courses = [a["href"] for a in page.select("section.teaching li a")]
    assert courses == [
        "/engines/",
        "/files/looms.pdf",
        "https://example.org/cards",
        "/teaching/sails.2023/",
    ]  # each course's page
    assert [li.get_text() for li in page.select("section.service li")] == ["Reviewer", "ICRA 2024"]  # a YAML list, as written
    # five sections or more: listed at the top, in the page's order, each link to its heading
    contents = [(a.get_text(), a["href"]) for a in page.select("nav.page-contents a")]
    assert [title for title, _ in contents] == ["Biography", "Experience", "Awards", "Teaching", "Service"]
    assert [href for _, href in contents] == [f"#{h2['id']}" for h2 in page.select("main section > h2")]
    person = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert person["award"] == ["Best Paper Award, IROS, 2021", "Early Career Award, 2020"]


@pytest.mark.parametrize(
    ("items", "what"),
    [
        ("teaching:\n  - course: Engines\n    url: javascript:alert(1)\n", "course 'Engines'"),
        ('education:\n  - degree: "[PhD](/phd/)"\n    url: javascript:alert(1)\n', "degree 'PhD'"),
        ("experience:\n  - title: Intern\n    company_url: javascript:alert(1)\n", "position 'Intern'"),
        ("awards:\n  - title: Best Paper\n    url: javascript:alert(1)\n", "award 'Best Paper'"),
    ],
)
def test_an_item_s_url_with_an_unsafe_scheme_is_an_error_at_its_line(make_site, items, what):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\nrole: x\n{items}---\nBio.\n"})
    with pytest.raises(SitegenError, match=f"the url of the {what} has an unsafe scheme") as raised:
        build(site)
    assert (raised.value.diagnostic.path.name, raised.value.diagnostic.line) == ("ada.md", 6)


LINKED_PROFILE = """\
---
name: Ada Lovelace
role: Professor of [Engines](https://engines.example.org/chair)
interests: ["[Engines](/engines/)", "*Looms*"]
affiliation:
  - name: Analytical Engine Lab
    url: https://engines.example.org
  - "[Northport University](https://northport.example.edu), *London*"
  - 3. Physikalisches Institut
education:
  - degree: PhD in Mathematics
    institution: "[Northport University](https://elsewhere.example)"
    url: https://www.northport.example.edu/
    year: 1840
    description: "Advisor: [Augustus De Morgan](https://example.org/de-morgan); thesis [PDF](files/thesis.pdf)"
  - MSc, [Somewhere University](https://somewhere.example.edu), 1835
experience:
  - title: Fellow
    company: Royal Society
    company_url: https://royalsociety.example.org
    start: 1843
  - title: "Visiting *Scholar*"
    url: https://visiting.example.org
    start: 1842
awards:
  - title: Best Paper Award
    url: files/award.pdf
    awarder: "[IROS](https://iros.example.org)"
service:
  - Reviewer for [ICRA 2024](https://icra.example.org), [bad](javascript:alert(1)) **twice**
  - Chair of snake_case_workshop & more
---
Bio.
"""


def test_a_role_s_links_are_the_profile_s_and_its_group_is_named_by_its_words(make_site):
    people = {
        "content/people/ada.md": "---\nname: Ada Lovelace\nrole: '[Lab Wizard](https://wiz.example.org)'\n---\n",
        "content/people/bob.md": "---\nname: Bob Babbage\nrole: PhD student, advised by [Ada](/people/ada/)\n---\n",
    }
    site = make_site({**people, "content/site.yml": "title: Lab\n"}, with_person=False)
    build(site)
    page = html(site / "_site/people/index.html")
    assert [h2.decode_contents() for h2 in page.select("main h2")] == ["PhD Students", "Lab Wizard"]  # words: no link
    roles = [[(a.get_text(), a["href"]) for a in p.select("a")] for p in page.select(".person-card .role")]
    assert roles == [[("Ada", "/people/ada/")], [("Lab Wizard", "https://wiz.example.org")]]


def test_each_profile_with_an_unsafe_link_in_a_short_text_hears_of_it(make_site):
    line = "affiliation: '[Lab](javascript:alert(1)), Northport'\n"  # a lab's members share one
    people = {f"content/people/{name}.md": f"---\nname: {name.title()} Lovelace\n{line}---\n" for name in ("ada", "byron")}
    result = build(make_site({**people, "content/site.yml": "title: Lab\n"}, with_person=False))
    assert sorted((w.path.name, w.line) for w in result.warnings if "javascript" in w.message) == [("ada.md", 3), ("byron.md", 3)]


def test_a_profile_s_short_texts_may_link_and_emphasise_and_stay_words_elsewhere(make_site):
    site = make_site(
        {"content/people/ada.md": LINKED_PROFILE, "content/site.yml": "title: Ada\nbase_url: https://ada.example.io/lab/\n"}
    )
    result = build(site)
    assert [(w.path.name, w.line, w.message) for w in result.warnings] == [
        ("ada.md", 29, "link to 'javascript:alert(1)' removed: its scheme is unsafe (use https:, mailto: or a path)")
    ]
    page = html(site / "_site/index.html")

    def linked(selector: str) -> list[tuple[str, str]]:
        return [(a.get_text(), a["href"]) for a in page.select(f"{selector} a")]

    assert linked(".role") == [("Engines", "https://engines.example.org/chair")]
    assert linked("section.interests") == [("Engines", "/lab/engines/")]
    assert page.select_one("section.interests em").get_text() == "Looms"
    affiliation = page.select_one(".affiliation")
    assert affiliation.get_text() == "Analytical Engine Lab\nNorthport University, London\n3. Physikalisches Institut"
    assert affiliation.select_one("em").get_text() == "London" and not affiliation.select("ol, li")  # no list
    assert linked(".affiliation") == [
        ("Analytical Engine Lab", "https://engines.example.org"),
        ("Northport University", "https://northport.example.edu"),
    ]
    # the item's url links its institution, whose own link gives way (no link in a link); paths are the site's
    assert linked("section.education") == [
        ("Northport University", "https://www.northport.example.edu/"),
        ("Augustus De Morgan", "https://example.org/de-morgan"),
        ("PDF", "/lab/files/thesis.pdf"),
        ("Somewhere University", "https://somewhere.example.edu"),
    ]
    # without an organization, the position's own title links (its emphasis given up: no link in a link)
    assert linked("section.experience") == [
        ("Royal Society", "https://royalsociety.example.org"),
        ("Visiting Scholar", "https://visiting.example.org"),
    ]
    assert linked("section.awards") == [("Best Paper Award", "/lab/files/award.pdf"), ("IROS", "https://iros.example.org")]
    assert linked("section.service") == [("ICRA 2024", "https://icra.example.org")]
    service = page.select("section.service li")
    assert service[0].get_text() == "Reviewer for ICRA 2024, bad twice"  # the unsafe link's words stay
    assert service[0].select_one("strong").get_text() == "twice"
    assert service[1].get_text() == "Chair of snake_case_workshop & more"
    # words wherever a page is no place for links: JSON-LD, the description, the search index
    person = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert person["affiliation"]["name"] == "Analytical Engine Lab, Northport University, London, 3. Physikalisches Institut"
    assert (person["jobTitle"], person["knowsAbout"]) == ("Professor of Engines", ["Engines", "Looms"])
    northport = {"@type": "EducationalOrganization", "name": "Northport University", "url": "https://www.northport.example.edu/"}
    assert person["alumniOf"] == [northport]
    assert page.select_one('meta[name="description"]')["content"] == (
        "Ada Lovelace, Professor of Engines, Analytical Engine Lab, Northport University, London, 3. Physikalisches Institut"
    )


def test_profile_handles_become_their_addresses_and_a_missing_file_is_a_warning(make_site):
    site = make_site(
        {
            "content/people/ada.md": """\
                ---
                name: Ada Lovelace
                links:
                  twitter: "@adalove"
                  github: "@adalove"
                  mastodon: "@ada@sigmoid.social"
                  cv: files/cv.pdf
                  slides: files/talk.pdf
                  website: ada.example
                  homepage: ada.example.org
                  blog: www.ada.example/blog
                  code: github.com/adalove
                  linkedin: in/adalove
                  bluesky: ada.dev
                ---
                Bio.
                """,
            "static/files/cv.pdf": PDF,
        }
    )
    result = build(site)
    links = {a.get_text(): a["href"] for a in html(site / "_site/index.html").select(".contact a")}
    assert links["X (Twitter)"] == "https://x.com/adalove" and links["GitHub"] == "https://github.com/adalove"
    assert links["Mastodon"] == "https://sigmoid.social/@ada"
    assert links["CV"] == "/files/cv.pdf"
    messages = [(w.line, w.message) for w in result.warnings]
    assert (8, "link 'slides': 'files/talk.pdf' is not a file in static/ (add it there or fix the path)") in messages
    assert any(line == 9 and "if it is a web address, write https://ada.example" in m for line, m in messages)
    # addresses written without https:// (a host of a common top-level domain, www., a path after a host)
    assert links["Homepage"] == "https://ada.example.org" and links["Blog"] == "https://www.ada.example/blog"
    assert links["Code"] == "https://github.com/adalove"
    assert links["LinkedIn"] == "https://www.linkedin.com/in/adalove"  # not /in/in/
    assert links["Bluesky"] == "https://bsky.app/profile/ada.dev"  # a Bluesky handle is a host
    assert len(messages) == 2
    assert not any("'cv'" in m for _, m in messages)


def test_an_e_mail_written_to_keep_it_from_robots_is_shown_as_written_not_linked(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\nemail: ada [at] uni [dot] edu\n---\n"})
    build(site)
    page = html(site / "_site/index.html")
    assert page.select_one(".contact li").get_text() == "ada [at] uni [dot] edu"
    assert (
        page.select_one("a[href^='mailto:']") is None
        and "mailto" not in page.select_one("script[type='application/ld+json']").text
    )
    site = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\nemail: ada@uni.edu\n---\n"})
    build(site)
    assert html(site / "_site/index.html").select_one(".contact a")["href"] == "mailto:ada@uni.edu"


@pytest.mark.parametrize(
    ("affiliation", "lines"),
    [
        (
            "affiliation: |\n  Department of Mathematics,\n  University of London\n",
            "Department of Mathematics,\nUniversity of London",
        ),
        (
            "affiliation:\n  - Department of Mathematics\n  - University of London\n",
            "Department of Mathematics\nUniversity of London",
        ),
    ],
)
def test_an_affiliation_written_as_lines_is_shown_as_them_and_summed_up_in_one(make_site, affiliation, lines):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\nrole: Professor\n{affiliation}---\n"})
    build(site)
    page = html(site / "_site/index.html")
    assert page.select_one(".affiliation").get_text() == lines
    person = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert person["affiliation"]["name"] == "Department of Mathematics, University of London"
    assert (
        page.select_one('meta[name="description"]')["content"]
        == "Ada Lovelace, Professor, Department of Mathematics, University of London"
    )


def test_two_roles_are_shown_in_a_line_and_group_the_person(make_site):
    roles = "role: [Associate Professor, Department Chair]\n"
    site = make_site(
        {
            "content/site.yml": "title: Lab\n",
            "content/people/ada.md": f"---\nname: Ada Lovelace\n{roles}---\n",
            "content/people/bob.md": "---\nname: Bob Roe\nrole: PhD student\n---\n",
        }
    )
    build(site)
    assert html(site / "_site/people/ada/index.html").select_one(".role").get_text() == "Associate Professor, Department Chair"
    people = html(site / "_site/people/index.html")
    assert [heading.get_text(strip=True) for heading in people.select("main h2")] == ["Faculty", "PhD Students"]


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("yes", "'role' must be text, as `role: some words`; here it is yes or no to YAML (put the text in quotes)"),
        ("{title: Professor}", "'role' must be text, as `role: some words`; here it is a group of 'key: value' lines"),
        ("[[Professor]]", "each item of 'role' must be text, as `- some words`"),
    ],
)
def test_a_role_that_is_not_text_says_how_to_write_it(make_site, role, said):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\nrole: {role}\n---\n"})
    with pytest.raises(SitegenError) as error:
        build(site)
    assert f"ada.md:3: error: {said}" in str(error.value)


@pytest.mark.parametrize("written", ["ada@uni.edu", "mailto:ada@uni.edu", "MAILTO: ada@uni.edu"])
def test_an_e_mail_copied_as_a_link_is_its_address(make_site, written):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\nemail: '{written}'\n---\n"})
    build(site)
    link = html(site / "_site/index.html").select_one(".contact a")
    assert (link["href"], link.get_text()) == ("mailto:ada@uni.edu", "ada@uni.edu")


def test_a_list_of_e_mails_is_an_error_saying_where_a_second_goes(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\nrole: PhD\nemail: [ada@uni.edu, ada@home.org]\n---\n"})
    with pytest.raises(SitegenError) as error:
        build(site)
    assert str(error.value).endswith(
        "ada.md:4: error: 'email' is the one address shown beside the name: keep one here and put another under links:, as `work: mailto:ada@uni.edu`"
    )


@pytest.mark.parametrize(
    ("phone", "link"),
    [
        ("+44 (0)20 7946 0958", "tel:+442079460958"),  # "(0)" is dialled at home only
        ("(555) 010-9999 ext.", "tel:5550109999"),
        ("ask the office", None),  # no number: shown as written, not linked
    ],
)
def test_a_phone_number_is_shown_with_the_email_and_links_its_digits(make_site, phone, link):
    site = make_site({"content/people/ada.md": f"---\nname: Ada Lovelace\nemail: ada@uni.edu\nphone: {phone}\n---\n"})
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    item = page.select(".contact li")[1]
    assert item.get_text() == phone
    assert (item.a["href"] if item.a else None) == link
    person = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert person.get("telephone") == (phone if link else None)


def test_missing_photo_is_a_warning_and_placeholder_shows(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\nphoto: me.png\n---\n"})
    result = build(site)
    assert any("photo 'me.png' is not in static/" in w.message for w in result.warnings)
    page = html(site / "_site/index.html")
    assert page.select_one("img.photo") is None
    assert page.select_one(".photo-placeholder").get_text() == "AL"


def test_static_files_named_with_spaces_and_hashes_are_linked_whole_and_a_fragment_after_a_file_kept(make_site, capsys):
    from sitegen.cli import main

    site = make_site(
        {
            "content/people/ada.md": '---\nname: Ada Lovelace\nphoto: "images/ada at #1.svg"\n---\n'
            "Ada: [mine](papers/my notes.pdf), [again](/papers/my notes.pdf), [theirs](https://x.org/a b).\n",
            "content/publications/refs.bib": "@misc{a, title={A}, author={Lovelace, Ada}, year=2020, pdf={papers/my paper #2.pdf}}\n"
            "@misc{b, title={B}, author={Lovelace, Ada}, year=2019, pdf={papers/b.pdf\\#page=3}, slides={papers/b.pdf#page=9 x}}\n",
            "static/images/ada at #1.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>",  # shown as it is
            "static/papers/my paper #2.pdf": PDF,
            "static/papers/b.pdf": PDF,
            "static/papers/my notes.pdf": PDF,
        }
    )
    assert build(site).warnings == []
    page = html(site / "_site/index.html")
    assert page.select_one("#b a.pub-link-pdf")["href"] == "/papers/b.pdf#page=3"  # the file, opened at a page
    assert page.select_one("#b a.pub-link-slides")["href"] == "/papers/b.pdf#page=9%20x"
    assert page.select_one("#b details.pub-preview iframe")["src"] == "/papers/b.pdf"
    assert page.select_one("img.photo, .profile img")["src"] == "/images/ada%20at%20%231.svg"
    assert page.select_one("#a a.pub-link-pdf")["href"] == "/papers/my%20paper%20%232.pdf"
    assert page.select_one("#a details.pub-preview iframe")["src"] == "/papers/my%20paper%20%232.pdf"
    # and the links written in Markdown: no href with a space, which no page may hold
    bio = [a["href"] for a in page.select("main p a") if a.get_text() in ("mine", "again", "theirs")]
    assert bio == ["papers/my%20notes.pdf", "/papers/my%20notes.pdf", "https://x.org/a%20b"]
    assert main(["check", "--source", str(site)]) == 0, capsys.readouterr().out  # every link leads to its file


def test_publications_for_the_owner_only_with_options(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/site.yml": "title: Ada\nowner: ada\npublications:\n  group_by_year: true\n",
            "static/papers/notes.pdf": PDF,
        }
    )
    result = build(site)
    page = html(site / "_site/index.html")
    assert [li["id"] for li in page.select("li.publication")] == ["lovelace1843", "babbage1840"]
    assert [h.get_text() for h in page.select("h3.year")] == ["1843", "1840"]
    assert any("'other1830'" in w.message and "aliases" in w.message for w in result.warnings)
    notes = page.select_one("#lovelace1843")
    assert notes.select_one(".citation strong.self").get_text() == "Ada Lovelace"
    assert "Journal of Things, 3(1):1–50, 1843." in notes.select_one(".citation").get_text()
    assert notes.select_one("a.pub-link-pdf")["href"] == "/papers/notes.pdf"
    preview = notes.select_one("details.pub-preview iframe")
    assert preview["src"] == "/papers/notes.pdf" and preview["loading"] == "lazy"
    assert (site / "_site/papers/notes.pdf").read_bytes() == PDF
    bibtex = notes.select_one("pre.bibtex").get_text()
    assert "file =" not in bibtex and "timestamp =" not in bibtex and "pdf =" not in bibtex
    assert "journal = {Journal of Things}" in bibtex and "month = {September}" in bibtex
    babbage = page.select_one("#babbage1840")
    assert babbage.select_one(".citation strong.self").get_text() == "A. Lovelace"
    assert babbage.select_one("a.pub-link-url")["href"] == "https://example.org/diff"


@pytest.mark.parametrize(("on_home", "listed"), [("all", ["lovelace1843", "babbage1840"]), ("selected", ["babbage1840"])])
def test_a_one_person_home_page_may_list_only_the_selected_entries(make_site, on_home, listed):
    site = make_site(
        {
            "content/publications/refs.bib": BIB.replace(
                "url={https://example.org/diff}", "url={https://example.org/diff}, selected={true}"
            ),
            "content/site.yml": f"title: Ada\nowner: ada\npublications:\n  on_home: {on_home}\n",
        }
    )
    build(site)
    home = html(site / "_site/index.html")
    assert [li["id"] for li in home.select("li.publication")] == listed
    everything = home.select_one(".all-publications a")
    menu = [a.get_text() for a in home.select("nav a")]
    if on_home == "selected":
        assert home.select_one("#publications").get_text() == "Selected publications"
        assert (everything.get_text(), everything["href"]) == ("All 2 publications", "/publications/")
        assert "Publications" in menu and "Download all 2:" in home.select_one(".downloads").get_text()
    else:
        assert everything is None and "Publications" not in menu  # as the seed's page is


def test_hidden_fields_are_configurable(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/site.yml": "owner: ada\npublications:\n  bibtex_hidden_fields: [abstract, keywords]\n",
        }
    )
    build(site)
    bibtex = html(site / "_site/index.html").select_one("#lovelace1843 pre.bibtex").get_text()
    assert "timestamp = {2020-01-01}" in bibtex and "keywords" not in bibtex


AL_FOLIO = """\
@inproceedings{fog, author={Lovelace, Ada}, title={Fog}, booktitle={Proc. Vision}, year=2024,
  abbr={CVPR}, award_name={Best Paper Award}, award={Top 0.5\\% of <b>submissions</b>.},
  additional_info={. *Oral* presentation, [video](https://x.org/v)}, preview={fog.png}}
@article{spot, author={Lovelace, Ada}, title={Spot}, journal={J}, year=2023, award_name={Spotlight},
  preview={images/spot one.png}}
@article{won, author={Lovelace, Ada}, title={Won}, journal={J}, year=2022, award={Test of time},
  preview={https://example.org/won.gif}}
@article{plain, author={Lovelace, Ada}, title={Plain}, journal={J}, year=2021, pdf={plain.pdf}, slides={talk.pdf#page=2}}
@article{gone, author={Lovelace, Ada}, title={Gone}, journal={J}, year=2020, preview={missing.png}}
@article{evil, author={Lovelace, Ada}, title={Evil}, journal={J}, year=2020, preview={javascript:alert(1)}}
"""


def test_al_folio_fields_are_shown_not_lost_and_its_files_found_where_it_keeps_them(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": AL_FOLIO,
            "static/assets/img/publication_preview/fog.png": b"png",  # where al-folio keeps them
            "static/images/spot one.png": b"png",
            "static/assets/pdf/plain.pdf": PDF,  # al-folio's pdf, slides, poster and supp are here
            "static/assets/pdf/talk.pdf": PDF,
        }
    )
    warnings = [w.message for w in build(site).warnings]
    for page in ("index.html", "publications/fog/index.html"):
        shown = html(site / "_site" / page)
        fog = shown.select_one("#fog")
        citation = fog.select_one(".citation")
        assert citation.contents[0].get_text() == "CVPR" and citation.contents[0]["class"] == ["pub-badge"]
        assert citation.get_text().endswith("In Proc. Vision, 2024. Oral presentation, video.")
        assert citation.i.get_text() == "Oral" and citation.find("a", string="video")["href"] == "https://x.org/v"
        award = fog.select_one(".pub-award")
        assert award.get_text() == "Best Paper Award: Top 0.5% of submissions."  # its HTML shown, as al-folio shows it
        assert award.strong.get_text() == "Best Paper Award" and award.b.get_text() == "submissions"
        assert "abbr" not in shown.select_one("pre.bibtex").get_text()  # shown as the badge instead
    page = html(site / "_site/index.html")
    assert page.select_one("#spot .pub-award").get_text() == "Spotlight"
    assert page.select_one("#won .pub-award").get_text() == "Award: Test of time"
    assert not page.select("#plain .pub-badge, #plain .pub-award") and not page.select("#spot .pub-badge")
    assert [a["href"] for a in page.select("#plain a.pub-link")] == ["/assets/pdf/plain.pdf", "/assets/pdf/talk.pdf#page=2"]
    assert page.select_one("#plain details.pub-preview iframe")["src"] == "/assets/pdf/plain.pdf"
    thumbnails = {li["id"]: li.select_one("img.pub-thumbnail") for li in page.select("li.publication")}
    assert {key: img["src"] for key, img in thumbnails.items() if img} == {
        "fog": "/assets/img/publication_preview/fog.png",
        "spot": "/images/spot%20one.png",
        "won": "https://example.org/won.gif",
    }
    assert thumbnails["fog"]["alt"] == "" and "with-thumbnail" in page.select_one("#fog")["class"]
    assert any("'gone'" in w and "missing.png" in w and "not in static/" in w for w in warnings)
    assert any("unsafe link in field 'preview' of 'evil'" in w for w in warnings)
    # `previews: false` (al-folio's enable_publication_thumbnails: false): none beside any entry
    (site / "content/site.yml").write_text("title: Test Site\nowner: ada\npublications:\n  previews: false\n")
    build(site)
    page = html(site / "_site/index.html")
    assert not page.select("img.pub-thumbnail") and not page.select("li.with-thumbnail")
    build(site, base_url="https://ada.example.org/")
    shared = html(site / "_site/publications/fog/index.html").select_one('meta[property="og:image"]')
    assert shared["content"] == "https://ada.example.org/assets/img/publication_preview/fog.png"  # the picture of a shared link


def test_forthcoming_entries_are_listed_first_under_their_own_heading_and_filter(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": "@article{old, author={Lovelace, Ada}, title={Old}, journal={J}, year=2020}\n"
            "@article{soon, author={Lovelace, Ada}, title={Soon}, journal={Nature}, year={in press}}\n"
            "@article{sent, author={Lovelace, Ada}, title={Sent}, journal={J}, pubstate={submitted}}\n"
            "@article{when, author={Lovelace, Ada}, title={When}, journal={J}}\n",
            "content/site.yml": "title: T\nowner: ada\npublications:\n  group_by_year: true\n",
        }
    )
    build(site)
    home = html(site / "_site/index.html")
    assert [h.get_text() for h in home.select("h3.year")] == ["Forthcoming", "2020", "Undated"]
    assert home.select_one("#soon .citation").get_text().endswith("Nature, in press.")
    assert home.select_one("#sent .citation").get_text().endswith("J, submitted.")
    listing = html(site / "_site/publications/index.html")
    assert [li["id"] for li in listing.select("li.publication")] == ["soon", "sent", "old", "when"]
    years = {a["data-value"]: a["href"] for a in listing.select('.facet[data-facet="year"] a')}
    assert years == {"Forthcoming": "#year-forthcoming", "2020": "#year-2020", "Undated": "#year-undated"}
    assert listing.select_one("#year-forthcoming") and listing.select_one("#soon")["data-year"] == "Forthcoming"
    items = {item["id"]: item for item in json.loads((site / "_site/publications.json").read_text())}
    assert items["soon"]["status"] == "in press" and "issued" not in items["soon"] and "status" not in items["old"]


def test_coauthors_in_site_yml_link_to_their_pages_wherever_they_are_cited(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/site.yml": "title: T\nowner: ada\ncoauthors:\n  Babbage Charles: https://example.org/babbage\n"
            "  Ada Lovelace: https://example.org/not-the-member\n",
        }
    )
    build(site)
    for page in ("index.html", "publications/lovelace1843/index.html"):
        citation = html(site / "_site" / page).select_one("#lovelace1843 .citation")
        links = {a.get_text(): a["href"] for a in citation.find_all("a") if "pub-title" not in a.get("class", [])}
        assert links.pop("Charles Babbage") == "https://example.org/babbage"
        assert links in ({}, {"Ada Lovelace": "/"})  # a member's name leads to their page here, whatever coauthors says
    page = html(site / "_site/publications/lovelace1843/index.html")
    scripts = [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]
    (article,) = [data for data in scripts if data.get("@type") == "ScholarlyArticle"]
    assert [(a["name"], a.get("url")) for a in article["author"]] == [
        ("Ada Lovelace", "/"),  # a local build: no host, so the member's page is a path
        ("Charles Babbage", "https://example.org/babbage"),
    ]
    other = html(site / "_site/publications/other1830/index.html").select_one(".citation")
    assert not [a for a in other.find_all("a") if "pub-title" not in a.get("class", [])]


def collaboration(authors: int, member_at: int) -> str:
    names = [f"Other{n}, A." for n in range(authors - 1)]
    names.insert(member_at, "Lovelace, Ada")
    return f"@article{{big, author = {{{' and '.join(names)}}}, title = {{Big}}, journal = {{J}}, year = 2012}}\n"


def test_a_long_author_list_is_shortened_in_lists_and_whole_on_its_own_page(make_site):
    site = make_site({"content/publications/big.bib": collaboration(30, member_at=25)})
    build(site)
    listed = html(site / "_site/index.html").select_one("#big .citation")
    names = next(iter(listed.strings))
    assert names.startswith("A. Other0, A. Other1,") and "A. Other19" in names and "A. Other20" not in names
    assert listed.select_one("strong.self").get_text() == "Ada Lovelace"  # a member past the limit still shows
    assert "A. Other19, …, Ada Lovelace, and 9 more." in listed.get_text()
    assert listed.select_one("a.more-authors")["href"] == "/publications/big/"
    left_out = html(site / "_site/index.html").select_one("#big")["data-more-authors"]
    assert left_out == ", ".join(f"A. Other{n}" for n in range(20, 29))  # for the search
    own = html(site / "_site/publications/big/index.html").select_one(".citation").get_text()
    assert "A. Other28" in own and "more" not in own
    assert own.count("Other") == 29


@pytest.mark.parametrize(("setting", "shown"), [("0", 29), ("3", 2), ("30", 29)])
def test_max_authors_sets_where_lists_are_shortened(make_site, setting, shown):
    site = make_site(
        {
            "content/publications/big.bib": collaboration(30, member_at=1),
            "content/site.yml": f"title: T\nowner: ada\npublications:\n  max_authors: {setting}\n",
        }
    )
    build(site)
    listed = html(site / "_site/index.html").select_one("#big .citation").get_text()
    assert listed.count("Other") == shown and ("more" in listed) == (shown < 29)


def test_csl_json_shape(make_site):
    site = make_site({"content/publications/refs.bib": BIB, "static/papers/notes.pdf": PDF})
    build(site)
    items = {item["id"]: item for item in json.loads((site / "_site/publications.json").read_text())}
    notes = items["lovelace1843"]
    assert notes["type"] == "article-journal"
    assert notes["title"] == "Notes on the Analytical Engine"
    assert notes["author"] == [{"family": "Lovelace", "given": "Ada"}, {"family": "Babbage", "given": "Charles"}]
    assert notes["issued"] == {"date-parts": [[1843, 9]]}
    assert (notes["container-title"], notes["volume"], notes["issue"], notes["page"]) == ("Journal of Things", "3", "1", "1-50")
    assert items["babbage1840"]["type"] == "paper-conference"
    assert items["babbage1840"]["URL"] == "https://example.org/diff"
    person = json.loads((site / "_site/people/ada/publications.json").read_text())
    assert [item["id"] for item in person] == ["lovelace1843", "babbage1840"]


def test_site_templates_override_the_theme_by_name(make_site):
    site = make_site({"templates/page.html": "<p>custom {{ page.title }}</p>\n", "content/pages/x.md": "---\ntitle: X\n---\n"})
    build(site)
    assert (site / "_site/x/index.html").read_text() == "<p>custom X</p>\n"
    assert "<h1>Ada Lovelace</h1>" in (site / "_site/index.html").read_text()


def test_content_is_escaped_everywhere(make_site):
    evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>"
    site = make_site(
        {
            "content/people/ada.md": f"---\nname: 'Ada {evil.replace(chr(39), chr(39) * 2)}'\nrole: x\ninterests: ['{evil.replace(chr(39), chr(39) * 2)}']\n---\n{evil}\n",
            "content/publications/refs.bib": "@article{k, author={Ada <script>alert(1)</script>}, title={"
            + evil
            + "}, journal={J}, year=2000, code={javascript:alert(1)}}\n",
        }
    )
    build(site)
    page = html(site / "_site/index.html")
    scripts = page.find_all("script", src=False)
    assert [script["type"] for script in scripts] == ["application/ld+json"]  # data, not code
    assert "<" not in scripts[0].string and json.loads(scripts[0].string)["name"].startswith("Ada <script>")
    assert not page.find_all(lambda tag: any(attribute.startswith("on") for attribute in tag.attrs))
    assert all(not a["href"].startswith("javascript") for a in page.find_all("a", href=True))
    assert "<script>alert(1)</script>" in page.get_text()


def test_crossref_parent_is_not_reported_as_unattributed(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": """\
                @inproceedings{child, author={Ada Lovelace}, title={Paper}, crossref={conf}, pages={1--2}}
                @proceedings{conf, editor={Some Editor}, title={Proceedings of Engines}, year=1850}
                @misc{stranger, author={Some One}, title={Other}, year=1850}
                """
        }
    )
    result = build(site)
    unattributed = [w.message for w in result.warnings if "no person of the site" in w.message]
    assert len(unattributed) == 1 and "'stranger'" in unattributed[0]
    assert (
        "In Some Editor, editor, Proceedings of Engines, pages 1–2, 1850."
        in html(site / "_site/index.html").select_one("#child").get_text()
    )


def test_site_without_owner_lists_people_and_links_coauthors(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Engine Lab\n",
            "content/people/charles.md": "---\nname: Charles Babbage\nrole: Professor\n---\nBio.\n",
            "content/publications/refs.bib": BIB,
        }
    )
    build(site)
    people = html(site / "_site/people/index.html")
    assert [a["href"] for a in people.select(".person-card a")] == ["/people/charles/", "/people/ada/"]
    assert [h.get_text() for h in people.select(".people-group h2")] == ["Faculty", "PhD Students"]
    home = html(site / "_site/index.html")
    assert [a.get_text() for a in home.select("nav a")] == ["Home", "People", "Publications"]
    ada = html(site / "_site/people/ada/index.html")
    notes = ada.select_one("#lovelace1843 .citation")
    assert notes.select_one("strong.self").get_text() == "Ada Lovelace"
    assert notes.select_one('a[href="/people/charles/"]').get_text() == "Charles Babbage"
    charles = html(site / "_site/people/charles/index.html")
    assert [li["id"] for li in charles.select("li.publication")] == ["lovelace1843", "babbage1840"]


def test_static_file_may_not_replace_a_generated_page(make_site):
    site = make_site({"static/publications.bib": "mine"})
    with pytest.raises(SitegenError, match="would replace the page"):
        build(site)


def test_ambiguous_and_near_miss_authors_are_reported_with_entry_file_and_line(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Lab\n",
            "content/people/jiangning.md": "---\nname: Jiangning Zhang\n---\n",
            "content/people/jianwei.md": "---\nname: Jianwei Zhang\n---\n",
            "content/publications/refs.bib": """\
                @article{first, author={Ada Lovelace and J. Zhang}, title={T}, journal={J}, year=2020}

                @article{second, author={Ada Lovelace and Ada Lovelance}, title={T}, journal={J}, year=2021}
                """,
        }
    )
    result = build(site)
    messages = {w.message.split("'")[1]: w for w in result.warnings if w.message.startswith("author '")}
    ambiguous = messages["J. Zhang"]
    assert "could be any of jiangning, jianwei" in ambiguous.message and "'first'" in ambiguous.message
    assert (ambiguous.path.name, ambiguous.line) == ("refs.bib", 1)
    near = messages["Ada Lovelance"]
    assert "nearly the name of ada" in near.message and "'second'" in near.message
    assert (near.path.name, near.line) == ("refs.bib", 3)


def test_a_second_build_reads_parsed_bib_files_from_the_cache(make_site, monkeypatch):
    """.sitegen-cache/ keeps each parsed .bib by content; the output is the same with or without it."""
    import sitegen.bibtex as bibtex

    site = make_site({"content/publications/refs.bib": BIB})
    first = build(site)
    cached = sorted((site / ".sitegen-cache").glob("bib-*.json"))
    assert len(cached) == 1
    output = {p.relative_to(site / "_site"): p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()}
    calls = []
    original = bibtex._parse_chunk
    monkeypatch.setattr(bibtex, "_parse_chunk", lambda text: calls.append(text) or original(text))
    second = build(site)
    assert calls == [] and second.publications == first.publications
    assert {p.relative_to(site / "_site"): p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()} == output
    cached[0].write_text("[[damaged")  # a damaged entry is a miss, not an error
    assert build(site).publications == first.publications and calls
    (site / "content/publications/refs.bib").write_text(BIB.replace("Notes", "More notes"))
    build(site)
    assert [p.name for p in (site / ".sitegen-cache").glob("bib-*.json")] != [cached[0].name]  # the old one is gone
    assert len(list((site / ".sitegen-cache").glob("bib-*.json"))) == 1


def test_a_one_off_builder_builds_again_the_same(make_site):
    """`sitegen build` frees the parsed sources once publications are made; a second build still works."""
    site = make_site({"content/publications/refs.bib": BIB})
    builder = Builder(site, site / "_site")
    first = builder.build()
    output = {p.relative_to(site / "_site"): p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()}
    second = builder.build()
    assert [str(w) for w in second.warnings] == [str(w) for w in first.warnings] and second.publications == 3
    assert {p.relative_to(site / "_site"): p.read_bytes() for p in (site / "_site").rglob("*") if p.is_file()} == output


def test_a_one_off_build_and_the_preview_s_first_load_with_the_cycle_collector_paused_and_restore_it(make_site, monkeypatch):
    """Loading a big bibliography must not pay full collections (the preview's first build at
    10,000 entries: 6.9 -> 5.3 s); the process is left as it was. The preview's later builds
    collect as Python does (serve freezes what the first one made)."""
    import gc

    seen = []
    original = Builder._load
    monkeypatch.setattr(Builder, "_load", lambda self, *args: seen.append(gc.isenabled()) or original(self, *args))
    site = make_site({"content/publications/refs.bib": BIB})
    Builder(site, site / "_site").build()
    assert seen == [False]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    preview.build()
    assert seen == [False, False, True]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_one_off_build_renders_with_rare_collections_and_restores_them(make_site, monkeypatch):
    """Rendering keeps what it caches in the young generations: the collector runs per 100,000
    new objects then, not per 700 (0.66 s of CPU at 10,000 entries); so does the preview's first
    build, and its later ones keep Python's default."""
    import gc

    from sitegen.build import RARE_COLLECTIONS

    seen = []
    original = Builder._write_pages
    monkeypatch.setattr(Builder, "_write_pages", lambda self, *args: seen.append(gc.get_threshold()[0]) or original(self, *args))
    site = make_site({"content/publications/refs.bib": BIB})
    before = gc.get_threshold()
    Builder(site, site / "_site").build()
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    preview.build()
    assert seen == [RARE_COLLECTIONS, RARE_COLLECTIONS, before[0]]
    assert gc.get_threshold() == before


CITING = {
    "content/publications/refs.bib": BIB,
    "content/pages/research.md": "---\ntitle: Research\n---\nEngines [see @lovelace1843, p. 3].\n\n@babbage1840 disagree [@nokey].\n",
    "content/news/accepted.md": "---\ndate: 2024-05-01\n---\nOur notes [@lovelace1843] were accepted.\n",
    "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda wrote the notes [@lovelace1843].\n",
}


def test_citations_in_markdown_link_to_the_works_and_each_text_lists_its_references(make_site):
    site = make_site(CITING)
    result = build(site)
    page = html(site / "_site/research/index.html")
    text = " ".join(page.select_one("article p").get_text().split())
    assert text == "Engines (see Lovelace and Babbage, 1843, p. 3)."
    assert [a["href"] for a in page.select("article a.citation-link")] == [
        "/publications/lovelace1843/",
        "/publications/babbage1840/",
    ]
    assert page.select_one(".citation-missing").get_text() == "nokey?"
    references = page.select(".references li .citation")
    assert [r.select_one("a.pub-title")["href"] for r in references] == [
        "/publications/babbage1840/",  # by names: Babbage and Lovelace, then Lovelace and Babbage
        "/publications/lovelace1843/",
    ]
    assert page.select_one(".references h2").get_text() == "References"
    [warning] = [w for w in result.warnings if "nokey" in w.message]
    assert (warning.path.name, warning.line) == ("research.md", 6)

    home = html(site / "_site/index.html")  # the owner's profile: biography and the latest news cite too
    bio = home.select_one(".biography")
    assert "Ada wrote the notes (Lovelace and Babbage, 1843)." in " ".join(bio.get_text().split())
    assert bio.select_one(".references .citation strong.self").get_text() == "Ada Lovelace"  # her own page
    news = home.select_one(".news-list li")
    assert news.select_one(".news-title") is None  # its title is its text's words: the text alone is listed
    assert " ".join(news.select_one("p").get_text().split()) == "Our notes (Lovelace and Babbage, 1843) were accepted."
    assert news.select_one(".references h3") is not None  # a heading of the news section's h2, as the items' are
    item = html(site / "_site/news/accepted/index.html")
    assert item.h1.get_text() == "Our notes (Lovelace and Babbage, 1843) were accepted."  # the title reads as the text
    assert item.find("meta", attrs={"name": "description"})["content"] == "Our notes (Lovelace and Babbage, 1843) were accepted."
    assert len(item.select(".references li")) == 1


def test_numeric_citations_number_the_references_list(make_site):
    site = make_site({**CITING, "content/site.yml": "title: T\nowner: ada\nmarkdown:\n  citations: numeric\n"})
    build(site)
    page = html(site / "_site/research/index.html")
    assert " ".join(page.select_one("article p").get_text().split()) == "Engines [see 1, p. 3]."
    assert "Babbage and Lovelace [2] disagree" in page.get_text()
    labels = [
        (li.select_one(".reference-label").get_text(), li.select_one("a.pub-title")["href"])
        for li in page.select("ol.reference-list li")
    ]
    assert labels == [("[1]", "/publications/lovelace1843/"), ("[2]", "/publications/babbage1840/")]


def test_a_page_citing_an_entry_is_made_again_when_the_entry_changes(make_site):
    site = make_site(CITING)
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    bib = site / "content/publications/refs.bib"
    bib.write_text(bib.read_text().replace("booktitle={Proc. Engines}", "booktitle={Proc. Engines II}"))  # not in the text
    preview.build()
    assert "research/index.html" in preview.written
    assert "Proc. Engines II" in html(site / "_preview/research/index.html").select_one(".references").get_text()


def test_drafts_are_left_out_of_a_build_and_previewed_with_drafts(make_site, capsys):
    from sitegen.cli import main

    site = make_site(
        {
            "content/site.yml": "title: Lab\n",
            "content/index.md": "---\ntitle: Lab\n---\nWelcome.\n",
            "content/people/cara.md": "---\nname: Cara Cole\n---\nCara.\n",
            "content/people/bob.md": "---\nname: Bob Babbage\ndraft: true\n---\nNew here.\n",
            "content/pages/plans.md": "---\ntitle: Plans\nmenu: 1\ndraft: true\n---\nSecret.\n",
            "content/news/soon.md": "---\ndate: 2030-01-01\ndraft: true\n---\nNot yet.\n",
            "content/publications/refs.bib": "@misc{b, title={B}, author={Babbage, Bob}, year=2020}\n",
        }
    )
    assert main(["build", "--source", str(site)]) == 0
    assert "(3 drafts left out; --drafts builds them)" in capsys.readouterr().out
    out = site / "_site"
    assert not (out / "plans").exists() and not (out / "people/bob").exists() and not (out / "news").exists()
    home = html(out / "index.html")
    assert [a.get_text() for a in home.select("nav a")] == ["Home", "People", "Publications"]
    assert "Bob Babbage" not in html(out / "people/index.html").get_text()
    assert not html(out / "publications/index.html").select('#b .citation a[href*="people/bob"]')  # his name is not linked

    assert main(["build", "--source", str(site), "--drafts"]) == 0  # not "up to date": other choices
    assert "left out" not in capsys.readouterr().out
    assert html(out / "plans/index.html").select_one(".draft-note") is not None
    assert html(out / "people/bob/index.html").select_one(".draft-note") is not None
    assert html(out / "news/soon/index.html").select_one(".draft-note") is not None
    assert html(out / "index.html").select_one(".draft-note") is None


def test_a_draft_owner_or_a_draft_that_is_not_true_or_false_is_an_error_at_its_line(make_site):
    site = make_site({"content/people/ada.md": "---\nname: Ada Lovelace\ndraft: true\n---\nAda.\n"})
    with pytest.raises(SitegenError, match="owner's profile") as raised:
        build(site)
    assert (raised.value.diagnostic.path.name, raised.value.diagnostic.line) == ("site.yml", 2)
    assert build(site, drafts=True).pages > 0
    site = make_site({"content/pages/x.md": "---\ntitle: X\ndraft: yes please\n---\nX.\n"})
    with pytest.raises(SitegenError, match="'draft' must be true or false") as raised:
        build(site)
    assert raised.value.diagnostic.line == 3


def test_a_profile_may_group_its_publications_by_type(make_site):
    site = make_site(
        {"content/publications/refs.bib": BIB, "content/site.yml": "title: Ada\nowner: ada\npublications:\n  group_by: type\n"}
    )
    build(site)
    page = html(site / "_site/index.html")
    headings = [(h.get_text(), h["id"]) for h in page.select("h3.type")]
    assert headings == [("Journal articles", "type-journal"), ("Conference papers", "type-conference")]
    assert [[li["id"] for li in h.find_next_sibling("ul").select("li.publication")] for h in page.select("h3.type")] == [
        ["lovelace1843"],
        ["babbage1840"],
    ]
    site = make_site({"content/site.yml": "title: Ada\nowner: ada\npublications:\n  group_by: venue\n"})
    with pytest.raises(SitegenError, match="expected none, year or type"):
        build(site)


def test_a_profile_may_list_only_the_selected_publications_with_all_a_click_away(make_site):
    bib = (
        "@article{a1, title={One}, author={Lovelace, Ada and Babbage, Bob}, year=2020, selected={true}}\n"
        "@article{a2, title={Two}, author={Lovelace, Ada}, year=2021}\n"
        "@article{b1, title={Three}, author={Babbage, Bob}, year=2022}\n"
    )
    site = make_site(
        {
            "content/site.yml": "title: Lab\n",
            "content/index.md": "---\ntitle: Lab\n---\nHi.\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\npublications: selected\n---\nAda.\n",
            "content/people/bob.md": "---\nname: Bob Babbage\n---\nBob.\n",
            "content/publications/lab.bib": bib,
        },
        with_person=False,
    )
    assert build(site).warnings == []
    ada = html(site / "_site/people/ada/index.html").select_one("section.publications")
    assert ada.h2.get_text() == "Selected publications" and [li["id"] for li in ada.select("li[id]")] == ["a1"]
    assert ada.select_one(".all-publications a")["href"] == "/people/ada/publications/"
    everything = html(site / "_site/people/ada/publications/index.html")
    assert everything.h1.get_text() == "Publications of Ada Lovelace"
    assert [li["id"] for li in everything.select("li[id]")] == ["a2", "a1"]
    assert everything.select_one("li#a2 strong").get_text() == "Ada Lovelace"  # her name emphasised, as on her profile
    bob = html(site / "_site/people/bob/index.html")
    assert [li["id"] for li in bob.select("section.publications li[id]")] == ["b1", "a1"]  # all, as by default
    assert not (site / "_site/people/bob/publications/index.html").exists()
    # without JavaScript, the member filter leads to all of a member's publications
    members = html(site / "_site/publications/index.html").select('.facet[data-facet="member"] a')
    assert {a.get_text().split(" (")[0]: a["href"] for a in members} == {
        "Ada Lovelace": "/people/ada/publications/",
        "Bob Babbage": "/people/bob/#publications",
    }


def test_interests_on_one_line_are_as_many_interests(make_site):
    site = make_site(
        {"content/people/ada.md": "---\nname: Ada Lovelace\ninterests: Deep Learning, Object Detection; Robots\n---\n"}
    )
    build(site)
    items = html(site / "_site/index.html").select("section.interests li")
    assert [li.get_text() for li in items] == ["Deep Learning", "Object Detection", "Robots"]
