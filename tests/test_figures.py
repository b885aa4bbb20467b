"""Pictures in Markdown made small: a WebP copy at most 1200 pixels wide (lossless for a PNG), with
its size, beside the original; GIFs, SVGs and other hosts' pictures as they are."""

from __future__ import annotations

import io
import random

from conftest import build, html
from PIL import Image

from sitegen.build import Builder


def picture(kind: str, size: tuple[int, int], seed: int = 1) -> bytes:
    """A picture of random pixels: any loss in a copy shows."""
    image = Image.frombytes("RGB", size, random.Random(seed).randbytes(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


PAGE = (
    "---\ntitle: Figures\n---\n![A photo](/images/my%20photo.jpg)\n\n![A plot](/images/plot.png)\n\n"
    '<img src="/images/plot.png" alt="sized by hand" width="300">\n\n![moving](/images/anim.gif)\n\n'
    "![elsewhere](https://example.org/x.jpg)\n"
)


def test_pictures_in_markdown_point_at_small_copies_with_their_size(make_site):
    site = make_site(
        {
            "content/pages/figures.md": PAGE,
            "static/images/my photo.jpg": picture("JPEG", (3000, 1500)),
            "static/images/plot.png": picture("PNG", (600, 300)),
            "static/images/anim.gif": picture("GIF", (50, 50)),
        }
    )
    assert build(site).warnings == []
    out = site / "_site"
    photo, plot, sized, gif, elsewhere = html(out / "figures/index.html").select("main img")
    assert photo["src"].startswith("/images/my%20photo-") and photo["src"].endswith(".webp")
    assert (photo["width"], photo["height"]) == ("1200", "600")
    small = Image.open(out / "images" / photo["src"].removeprefix("/images/").replace("%20", " "))
    assert (small.format, small.size) == ("WEBP", (1200, 600))
    # a PNG (a plot, a diagram) is copied without loss, pixel for pixel
    copy = Image.open(out / plot["src"].lstrip("/")).convert("RGB")
    assert copy.tobytes() == Image.open(site / "static/images/plot.png").convert("RGB").tobytes()
    assert (sized["src"], sized["width"]) == (plot["src"], "300") and not sized.get("height")  # the author's size kept
    assert (gif["src"], elsewhere["src"]) == ("/images/anim.gif", "https://example.org/x.jpg")
    assert (out / "images/my photo.jpg").is_file()  # the original still published


def test_a_replaced_picture_gets_a_new_name_in_a_preview_and_the_old_copy_goes(make_site):
    site = make_site({"content/pages/figures.md": PAGE, "static/images/plot.png": picture("PNG", (600, 300))})
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    first = html(site / "_preview/figures/index.html").select("main img")[1]["src"]
    (site / "static/images/plot.png").write_bytes(picture("PNG", (600, 300), seed=2))
    preview.build()
    second = html(site / "_preview/figures/index.html").select("main img")[1]["src"]
    assert second != first and (site / "_preview" / second.lstrip("/")).is_file()
    assert not (site / "_preview" / first.lstrip("/")).exists()


def test_a_picture_that_cannot_be_read_is_shown_as_it_is_with_a_warning_at_its_line(make_site):
    page = "---\ntitle: Broken\n---\nText.\n\n![broken](/images/broken.png)\n"
    site = make_site({"content/pages/broken.md": page, "static/images/broken.png": b"\x89PNG\r\n not a picture"})
    [warning] = build(site).warnings
    assert (warning.path.name, warning.line) == ("broken.md", 6) and "'images/broken.png' cannot be read" in warning.message
    assert html(site / "_site/broken/index.html").select_one("main img")["src"] == "/images/broken.png"
