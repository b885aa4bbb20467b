"""Addresses made of names and words in any script: readable ASCII, never a path."""

from __future__ import annotations

import pytest

from sitegen.slugs import slugify


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("Ada Lovelace", "ada-lovelace"),
        ("Müller", "muller"),  # accents dropped, as before
        ("Ayşe Öztürk", "ayse-ozturk"),
        ("O'Brien", "o-brien"),
        ("Children’s health, 5′ UTR", "children-s-health-5-utr"),  # as typed, when curled from a .bib
        ("α-helix", "alpha-helix"),  # Greek letters by their names, as science writes them
        ("Łukasz Kowalski", "lukasz-kowalski"),  # letters with no accent to drop: were "ukasz"
        ("Søren Kierkegaard", "soren-kierkegaard"),
        ("Straße", "strasse"),
        ("Đặng Văn Lâm", "dang-van-lam"),
        ("Þór", "thor"),
        ("Ольга Петрова", "olga-petrova"),  # other scripts, as they are read: were a hash
        ("张三", "zhangsan"),
        ("Fog 🌫", "fog"),  # a symbol is no letter
    ],
)
def test_a_name_in_any_script_is_a_readable_address(written, slug):
    assert slugify(written) == slug


def test_what_has_no_letters_is_still_an_address_and_never_a_path():
    assert slugify("🌫").startswith("x") and len(slugify("🌫")) == 11 and slugify("🌫") != slugify("🌧")
    assert slugify("../..").startswith("x") and slugify("con") == "con-x"
