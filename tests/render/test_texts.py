"""The string catalogue: complete in both languages, and the language pick."""

from __future__ import annotations

import pytest

from bot.texts import CATALOGUE, Lang, lang_for, t


def test_every_string_exists_in_russian_and_english() -> None:
    missing = [key for key, entry in CATALOGUE.items() if set(entry) != {Lang.RU, Lang.EN}]
    assert missing == []
    empty = [key for key, entry in CATALOGUE.items() if not all(v.strip() for v in entry.values())]
    assert empty == []


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("en", Lang.EN),
        ("en-US", Lang.EN),
        ("EN-gb", Lang.EN),
        ("ru", Lang.RU),
        ("de", Lang.RU),
        (None, Lang.RU),
        ("", Lang.RU),
    ],
)
def test_english_for_en_codes_russian_otherwise(code: str | None, lang: Lang) -> None:
    assert lang_for(code) is lang


def test_parameters_are_filled_in() -> None:
    assert t("bad_id", Lang.RU, command="quotes").endswith("/quotes 1")
