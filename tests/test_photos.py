"""Profile photos are shown small: cut to the square the theme shows, upright, cached across builds."""

from __future__ import annotations

import io

import pytest
from conftest import build, html
from PIL import Image

from sitegen import photos
from sitegen.build import Builder

PROFILE = "---\nname: Ada Lovelace\nphoto: images/ada.jpg\n---\nAda.\n"


def jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A picture whose top half is red and bottom half blue."""
    image = Image.new("RGB", (width, height), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, width, height // 2))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif)
    return out.getvalue()


def shown_photo(site, page: str = "index.html") -> str:
    return html(site / "_site" / page).select_one("img.photo")["src"]


def test_a_big_photo_is_shown_as_a_small_square_and_the_original_is_still_published(make_site):
    site = make_site({"content/people/ada.md": PROFILE, "static/images/ada.jpg": jpeg(3000, 2000)})
    result = build(site)
    assert result.warnings == []
    src = shown_photo(site)
    assert src.startswith("/people/ada/photo-") and src.endswith(".webp")
    small = Image.open(site / "_site" / src.lstrip("/"))
    assert (small.format, small.size) == ("WEBP", (320, 320))
    assert (site / "_site" / src.lstrip("/")).stat().st_size < 20_000
    assert (site / "_site/images/ada.jpg").read_bytes() == (site / "static/images/ada.jpg").read_bytes()


def test_the_photo_is_turned_upright_as_its_exif_says():
    # stored on its side (orientation 6: turn 90 degrees clockwise to show): the red top goes right
    small = Image.open(io.BytesIO(photos.make_small(jpeg(800, 400, orientation=6)))).convert("RGB")
    right, left = small.getpixel((300, 160)), small.getpixel((20, 160))
    assert right[0] > 200 > right[2] and left[2] > 200 > left[0]


def test_a_project_picture_keeps_its_shape_and_is_never_made_larger():
    wide = Image.open(io.BytesIO(photos.make_small(jpeg(3000, 1000), photos.PROJECT)))
    assert (wide.format, wide.size) == ("WEBP", (1200, 400))
    assert Image.open(io.BytesIO(photos.make_small(jpeg(800, 600), photos.PROJECT))).size == (800, 600)


def test_a_later_build_takes_the_small_photo_from_the_cache_and_a_new_photo_gets_a_new_name(make_site, monkeypatch):
    site = make_site({"content/people/ada.md": PROFILE, "static/images/ada.jpg": jpeg(1200, 900)})
    build(site)
    first = shown_photo(site)
    cached = list((site / ".sitegen-cache/photos").iterdir())

    def refuse(data: bytes, shape: photos.Shape) -> bytes:
        raise AssertionError("the photo was made again")

    monkeypatch.setattr(photos, "make_small", refuse)
    (site / "content/people/ada.md").write_text(PROFILE + "More.\n")  # something to build
    assert build(site).warnings == [] and shown_photo(site) == first
    monkeypatch.undo()
    (site / "static/images/ada.jpg").write_bytes(jpeg(1200, 901))
    build(site)
    assert shown_photo(site) != first
    assert not cached[0].exists()  # the old photo's small version is not kept


def test_a_preview_shows_a_replaced_photo_at_once(make_site):
    site = make_site({"content/people/ada.md": PROFILE, "static/images/ada.jpg": jpeg(600, 600)})
    preview = Builder(site, site / "_preview", in_place=True)
    preview.build()
    first = html(site / "_preview/index.html").select_one("img.photo")["src"]
    (site / "static/images/ada.jpg").write_bytes(jpeg(700, 600))
    preview.build()
    second = html(site / "_preview/index.html").select_one("img.photo")["src"]
    assert second != first and (site / "_preview" / second.lstrip("/")).is_file()


@pytest.mark.parametrize("data", [b"not a picture at all", jpeg(600, 600)[:200]], ids=["not an image", "truncated"])
def test_a_photo_that_cannot_be_read_is_a_warning_at_its_line_and_shown_as_it_is(make_site, data):
    site = make_site({"content/people/ada.md": PROFILE, "static/images/ada.jpg": data})
    [warning] = build(site).warnings
    assert "cannot be read as a picture" in warning.message and (warning.path.name, warning.line) == ("ada.md", 3)
    assert shown_photo(site) == "/images/ada.jpg"


def test_an_svg_photo_is_shown_as_it_is(make_site):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>'
    site = make_site({"content/people/ada.md": PROFILE.replace("ada.jpg", "ada.svg"), "static/images/ada.svg": svg})
    assert build(site).warnings == []
    assert shown_photo(site) == "/images/ada.svg"


def test_a_png_with_transparency_keeps_it():
    image = Image.new("RGBA", (800, 600), (255, 0, 0, 0))
    image.paste((0, 0, 255, 255), (300, 200, 500, 400))
    out = io.BytesIO()
    image.save(out, "PNG")
    small = Image.open(io.BytesIO(photos.make_small(out.getvalue())))
    assert small.mode == "RGBA" and small.size == (320, 320)
    assert small.getpixel((5, 5))[3] == 0 and small.getpixel((160, 160))[3] == 255
