"""Numbers contrasta writes for a reader (sizes, counts, decimals): Spanish marks in
Spanish, English ones in English."""

from __future__ import annotations

import pytest

from contrasta import i18n
from contrasta.errors import InputError
from contrasta.ingest.files import too_large
from contrasta.limits import MB, size_label


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", ["1.234.567,89", "0,56", "12.500", "3,0"]),
        ("en", ["1,234,567.89", "0.56", "12,500", "3.0"]),
    ],
)
def test_numbers_take_the_languages_marks(lang, expected):
    with i18n.using(lang):
        shown = [
            i18n.number(1234567.891, 2),
            i18n.number(0.5612, 2),
            i18n.number(12500),
            i18n.number(3, 1),
        ]
    assert shown == expected


def test_limits_in_messages_take_them_too():
    with i18n.using("es"):
        assert [size_label(s) for s in (20 * MB, 3 * MB // 2, 256 * 1024)] == [
            "20 MB",
            "1,5 MB",
            "256 KB",
        ]
        error = too_large(int(2.5 * MB), 2 * MB)
        assert isinstance(error, InputError) and "(2,5 MB > límite de 2 MB)" in str(error)
    with i18n.using("en"):
        assert size_label(3 * MB // 2) == "1.5 MB"
