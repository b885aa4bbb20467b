"""What Markdown embeds (embeds.py): a video file's player, a hosted video's play button, the importers'
video shortcodes made such, and the site's PDFs in frames."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build, html

from sitegen.markup import MarkdownRenderer, _site_link
from sitegen.migrate import Migration
from sitegen.urls import SitePaths


def rendered(text: str, **options) -> BeautifulSoup:
    return BeautifulSoup(MarkdownRenderer(**options).render(text, page="projects/fog/").html, "html.parser")


@pytest.mark.parametrize(
    ("written", "address", "host"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),
        ("https://youtu.be/dQw4w9WgXcQ?t=30", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),  # al-folio's
        ("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),
        ("https://vimeo.com/76979871", "https://vimeo.com/76979871", "Vimeo"),
        ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871", "Vimeo"),
    ],
)
def test_a_hosted_video_of_its_own_paragraph_is_a_play_button_linking_to_it(written, address, host):
    page = rendered(f"Before.\n\n![Talk at CVPR 2024]({written})\n\nAfter.")
    button = page.select_one("p > a.video-button")
    assert (button["href"], button.get_text()) == (address, f"Talk at CVPR 2024 ({host})")
    assert page.find("img") is None and page.find("iframe") is None  # nothing of the host's in the page


def test_a_hosted_video_within_a_sentence_is_a_link_and_another_image_stays_an_image():
    page = rendered(
        "See ![the talk](https://youtu.be/dQw4w9WgXcQ) and ![](https://youtu.be/dQw4w9WgXcQ) and ![a plot](plot.png)."
    )
    links = [(a["href"], a.get_text(), a.get("class")) for a in page.find_all("a")]
    assert links == [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "the talk (YouTube)", None),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", None),  # no words: the host's name
    ]
    assert page.find("img")["src"] == "/projects/fog/plot.png"


def test_a_video_file_is_a_player_that_fetches_only_its_first_frames():
    page = rendered("![The robot at work](clips/robot.mp4)\n\n| a | b |\n|---|---|\n| ![](/clips/a.webm) | x |")
    first, second = page.find_all("video")
    assert (first["src"], first["controls"], first["preload"], first["aria-label"]) == (
        "/projects/fog/clips/robot.mp4",  # relative to the page, as a picture's path is
        "",
        "metadata",
        "The robot at work",
    )
    assert first.a["href"] == first["src"] and first.a.get_text() == "The robot at work"  # for a browser without video
    assert second["src"] == "/clips/a.webm" and second.find_parent("td") is not None  # side by side in a table


def test_a_video_s_words_are_escaped_and_only_safe_addresses_play():
    page = rendered(
        '![<script>x</script>"](https://youtu.be/dQw4w9WgXcQ)\n\n<video src="javascript:alert(1)" onplay="x()"></video>'
    )
    assert page.find("script") is None and "<script>" in page.select_one("a.video-button").get_text()
    video = page.find("video")
    assert video is not None and not video.has_attr("src") and not video.has_attr("onplay")
    other = rendered('<a class="video-button" href="https://example.org/x">a link</a>')  # the script plays only a host's
    assert other.a["href"] == "https://example.org/x"


def test_raw_video_html_with_sources_is_kept():
    page = rendered('<video controls muted loop><source src="clips/a.webm" type="video/webm"></video>')
    source = page.find("source")
    assert (source["src"], source["type"]) == ("/projects/fog/clips/a.webm", "video/webm")
    assert page.video.has_attr("muted") and page.video.has_attr("loop")


def test_the_importers_video_shortcodes_become_markdown_videos(tmp_path):
    migration = Migration(tmp_path / "old", tmp_path / "new")
    text = (
        '{% include video.liquid path="assets/video/pexels.mp4" class="img-fluid" controls=true caption="A clip" %}\n\n'
        '{% include video.liquid path="https://www.youtube.com/embed/jNQXAC9IVRw" class="img-fluid" %}\n\n'
        '{{< youtube id="wmVKbX7MOnU" title="Our talk" >}}\n\n'
        '{% include audio.liquid path="assets/audio/epicaly-short-113909.mp3" controls=true %}\n'
    )
    assert migration.markdown(text, Path("post.md"), 1).split("\n\n") == [
        "![A clip](/assets/video/pexels.mp4)",
        "![](https://www.youtube.com/embed/jNQXAC9IVRw)",
        "![Our talk](https://www.youtube.com/watch?v=wmVKbX7MOnU)",
        "![](/assets/audio/epicaly-short-113909.mp3)\n",
    ]


def test_a_page_with_videos_is_built_with_them(make_site):
    site = make_site(
        {
            "content/pages/media.md": "---\ntitle: Media\n---\n![Fog at dawn](fog.mp4)\n\n![Our talk](https://youtu.be/dQw4w9WgXcQ)\n",
            "static/media/fog.mp4": b"\x00\x00\x00\x18ftypmp42",
        }
    )
    build(site)
    page = html(site / "_site/media/index.html")
    assert (site / "_site/media" / page.select_one("main video")["src"]).is_file()  # the page's own file, copied
    assert page.select_one("main a.video-button")["href"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_a_hosted_video_s_embedding_code_is_its_play_button_and_another_site_s_frame_a_link(make_site):
    site = make_site(
        {
            "content/pages/media.md": (
                "---\ntitle: Media\n---\nOur talk:\n\n"
                '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" '
                'title="YouTube video player" frameborder="0" allowfullscreen></iframe>\n\n'
                '<iframe src="https://player.vimeo.com/video/76979871?h=1" title="Our demo"></iframe>\n\n'
                '<iframe src="https://docs.google.com/presentation/d/x/embed" width="960"></iframe>\n\n'
                '<iframe src="https://www.google.com/maps/embed?pb=1" title="The lab"></iframe>\n\n'
                '<iframe src="javascript:alert(1)"></iframe>\n'
            )
        }
    )
    result = build(site)
    page = html(site / "_site/media/index.html")
    assert [(a["href"], a.get_text()) for a in page.select("main a.video-button")] == [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube"),  # the hosts' "YouTube video player" says nothing
        ("https://vimeo.com/76979871", "Our demo (Vimeo)"),
    ]
    links = [(a["href"], a.get_text()) for a in page.select("main p > a:not(.video-button)")]
    assert links == [  # nothing of those sites loaded with the page
        ("https://docs.google.com/presentation/d/x/embed", "docs.google.com"),
        ("https://www.google.com/maps/embed?pb=1", "The lab (google.com)"),
    ]
    assert page.find("iframe") is None
    assert [str(w) for w in result.warnings] == [
        f"{site / 'content/pages/media.md'}:14: warning: link to 'javascript:alert(1)' removed: its scheme is unsafe "
        "(use https:, mailto: or a path)"
    ]


def test_a_site_that_lets_its_html_through_keeps_its_frames():
    page = rendered('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>', unsafe_html=True)
    assert page.find("iframe")["src"] == "https://www.youtube.com/embed/dQw4w9WgXcQ" and page.find("a") is None


@pytest.mark.parametrize(
    "written",
    [
        '<iframe src="/files/cv.pdf" width="100%" height="800px" frameborder="0"></iframe>',  # academicpages' users'
        '<embed src="/files/cv.pdf" type="application/pdf" width="100%" height="600px">',
        '<object data="/files/cv.pdf" type="application/pdf"><p>Your browser cannot show it.</p></object>',
    ],
)
def test_a_pdf_of_the_site_in_a_frame_is_shown_with_a_link_to_it(written):
    page = rendered(f"My CV:\n\n{written}\n")
    figure = page.select_one("figure.framed")
    frame = figure.select_one("iframe.site-frame")
    assert (frame["src"], frame["title"], frame["loading"]) == ("/files/cv.pdf", "cv.pdf", "lazy")
    assert figure.figcaption.a["href"] == "/files/cv.pdf" and figure.find_parent("p") is None
    assert page.get_text(" ", strip=True) == "My CV: cv.pdf"  # no fallback text, no empty paragraph
    assert [p.get_text() for p in page.find_all("p")] == ["My CV:"]  # the embed's paragraph is the figure's


def test_a_video_s_embed_alone_in_its_paragraph_is_the_button_s_paragraph():
    page = rendered('<embed src="https://www.youtube.com/embed/dQw4w9WgXcQ">')
    assert [str(p) for p in page.find_all("p")] == [
        '<p><a class="video-button" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube</a></p>'
    ]


def test_a_frame_shows_nothing_but_a_pdf_of_the_site():
    for written in ('<iframe src="https://evil.org/x.pdf"></iframe>', '<iframe src="javascript:alert(1)//x.pdf"></iframe>'):
        assert rendered(written).find("iframe") is None
    assert _site_link(SitePaths("/"), "", [], "iframe", "src", "https://evil.org/x") is None  # what the cleaning keeps of a frame
    assert (
        _site_link(SitePaths("/repo/"), "talks/x/", [], "iframe", "src", "slides.pdf#page=2") == "/repo/talks/x/slides.pdf#page=2"
    )


def test_github_s_gist_script_is_a_link_to_the_gist():
    page = rendered(
        'Code:\n\n<script src="https://gist.github.com/spf13/7896402.js"></script>\n\n'
        '<script src="https://gist.github.com/spf13/7896402.js?file=img.html"></script>\n\n'
        '<script src="https://example.org/gist.github.com/x.js"></script>\n'
    )
    assert [(a["href"], a.get_text()) for a in page.find_all("a")] == [
        ("https://gist.github.com/spf13/7896402", "Code (GitHub Gist)"),
        ("https://gist.github.com/spf13/7896402#file-img-html", "img.html (GitHub Gist)"),  # at the file it showed
    ]
    assert page.find("script") is None


def test_the_importers_gists_become_links(tmp_path):
    migration = Migration(tmp_path / "old", tmp_path / "new")
    text = "{% gist wellvolks/468854 guarda_costeira.cpp %}\n\n{{< gist spf13 7896402 >}}\n"
    assert migration.markdown(text, Path("post.md"), 1).split("\n\n") == [
        "[guarda_costeira.cpp (GitHub Gist)](https://gist.github.com/wellvolks/468854#file-guarda-costeira-cpp)",
        "[Code (GitHub Gist)](https://gist.github.com/spf13/7896402)\n",
    ]


def test_a_sound_file_is_a_player_too():
    page = rendered("![An interview on the radio](media/interview.mp3)\n\n<audio controls src='talk.ogg'></audio>")
    first, second = page.find_all("audio")
    assert (first["src"], first["preload"], first["aria-label"]) == (
        "/projects/fog/media/interview.mp3",
        "metadata",
        "An interview on the radio",
    )
    assert second["src"] == "/projects/fog/talk.ogg" and second.has_attr("controls")


def test_frames_are_read_whatever_the_case_of_their_tags():
    page = rendered('<IFRAME SRC="https://www.youtube.com/embed/dQw4w9WgXcQ" TITLE="Our talk"></IFRAME>')
    assert page.select_one("a.video-button")["href"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert page.find("iframe") is None


def test_a_page_of_the_site_in_a_frame_is_shown_with_its_scripts_sandboxed():
    page = rendered(
        '<iframe src="/figures/plot.html" width="100%" height="500" sandbox="allow-same-origin allow-scripts"></iframe>'
    )
    frame = page.select_one("figure.framed iframe.site-frame")
    assert (frame["src"], frame["title"]) == ("/figures/plot.html", "plot.html")
    assert frame["sandbox"] == ["allow-scripts", "allow-popups"]  # an origin of its own, whatever the text asked
    assert page.select_one("figure.framed figcaption a")["href"] == "/figures/plot.html"
    pdf = rendered('<iframe src="/files/cv.pdf"></iframe>').find("iframe")
    assert not pdf.has_attr("sandbox")  # a browser's PDF viewer does not run sandboxed
