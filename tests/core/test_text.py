import unicodedata

import pytest

from directory.text import fold, has_diacritics, nfc, slugify, vi_sort_key


@pytest.mark.parametrize("text, folded", [
    ("Thép xây dựng", "thep xay dung"),
    ("ĐÀ NẴNG", "da nang"),
    ("đồ gỗ", "do go"),
    ("hoà", "hoa"), ("hòa", "hoa"),
    ("thuỷ", "thuy"), ("thủy", "thuy"),
    ("Ðông", "dong"),  # the look-alike eth
    (unicodedata.normalize("NFD", "Điện tử"), "dien tu"),
])
def test_fold_removes_marks_and_maps_d(text, folded):
    assert fold(text) == folded


def test_has_diacritics():
    assert has_diacritics("tải") and has_diacritics("đá")
    assert not has_diacritics("tai") and not has_diacritics("DA NANG")


def test_nfc_normalises_and_drops_control_characters():
    assert nfc(unicodedata.normalize("NFD", " Hà Nội\x00 ")) == "Hà Nội"
    assert nfc(None) is None


def test_vietnamese_order_puts_d_stroke_after_d_not_after_z():
    names = ["Zeta", "Đông Đô", "Dương", "An Phát", "Ánh Dương", "Ăn Uống", "Âu Cơ", "Ô tô", "Ơn", "Ưu Việt", "Uông"]
    assert sorted(names, key=vi_sort_key) == [
        "An Phát", "Ánh Dương", "Ăn Uống", "Âu Cơ", "Dương", "Đông Đô", "Ô tô", "Ơn", "Uông", "Ưu Việt", "Zeta"]


def test_slugify():
    assert slugify("Công ty Cổ phần Đông Đô") == "cong-ty-co-phan-dong-do"
    assert slugify("😀") == "x"
