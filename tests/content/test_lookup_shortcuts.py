"""The shortcuts that spare word lookups give the answers the full lookups give.

Why: they exist for speed only (bench.ingest), so each is checked against the slow path it
replaces, on words of every kind: speech verbs in any form, dictionary words of other lemmas,
words the dictionary lacks, capitalised and «ё» spellings, offsets counted from the end.
"""

from __future__ import annotations

import re

import pytest

from bot.content.lexicon import (
    BARE_MINISTRIES,
    MEDIA,
    PERSON_VERBS,
    RELAY_VERBS,
    SPEECH_VERBS,
    literals,
    media_literals,
    ministry_literals,
    organisations,
    title_heads,
)
from bot.content.morph import may_have_normal, parses
from bot.content.normalize import _MIXED
from bot.content.speakers import Token, tokens

WORDS = [
    "заявил",
    "заявила",
    "заявленный",
    "заявляют",
    "сказал",
    "Сказала",
    "подчеркнул",
    "подчёркивает",
    "пояснила",
    "сообщает",
    "передаёт",
    "передает",
    "приводит",
    "процитировал",
    "уверен",
    "считает",
    "министр",
    "Лавров",
    "лавров",
    "Москва",
    "россии",
    "переговоры",
    "стол",
    "и",
    "Небензя",
    "Гутерриша",
    "Блинкена",
    "онлайн-формат",
    "вконтексте",
    "проведениядвусторонней",
    "телефонногоразговора",
]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("lemmas", [SPEECH_VERBS, PERSON_VERBS, RELAY_VERBS])
def test_may_have_normal_never_hides_a_form(word: str, lemmas: frozenset[str]) -> None:
    if any(p.normal in lemmas for p in parses(word)):
        assert may_have_normal(word, lemmas)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("заявил", True),
        ("Подчеркнула", True),
        ("министр", False),  # a dictionary word of another lemma
        ("стол", False),
        ("вконтексте", True),  # not in the dictionary: parsed all the same
    ],
)
def test_may_have_normal_rows(word: str, expected: bool) -> None:
    assert may_have_normal(word, SPEECH_VERBS) is expected


@pytest.mark.parametrize("word", ["Лавров", "МИД", "Заявил", "Небензя", "Ёлкин"])
def test_capitalised_word_parses_as_its_lower_case(word: str) -> None:
    assert parses(word) == parses(word.lower())


TEXT = "«Мы готовы», — заявил глава МИД России Сергей Лавров; по-русски (кратко)."


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, len(TEXT)), (3, 20), (15, 16), (20, 3), (-10, len(TEXT)), (-20, -5), (0, -3), (5, 500)],
)
def test_tokens_are_those_of_the_slice(start: int, end: int) -> None:
    piece = TEXT[start:end]
    offset = slice(start, end).indices(len(TEXT))[0]
    expected = [
        Token(offset + t.start, offset + t.end, t.text) for t in tokens(piece, 0, len(piece))
    ]
    assert tokens(TEXT, start, end) == expected


# A regex, a text it matches (so the text must hold one of its needed strings), and the strings
# `literals` should find: the regex's own parts every match goes through, the longest first.
LITERAL_ROWS = [
    (r"\bМИД\w* (?:России|РФ)\b", "в МИДе РФ сообщили", ("мид",)),
    (
        r"\b[Пп]остпредств\w* (?:России|РФ) при [А-ЯЁ][\w-]+",
        "постпредство РФ при ООН",
        ("постпредств",),
    ),
    (
        r"\b(?:Газпром|Роскосмос|Росатом)\w*",
        "глава Росатома Лихачев",
        ("газпром", "росатом", "роскосмос"),
    ),
    (r"\bСК РФ\b", "в СК РФ заявили", ("ск рф",)),
    (
        r"\b[Дд]епартамент\w* информации и печати",
        "Департамент информации и печати МИД",
        (" информации и печати",),
    ),
    (r"\bКремл(?:ь|я|ю|ем|е)\b", "в Кремле ответили", ("кремл",)),
    (
        r"\bФедеральн\w* служб\w* безопасности",
        "Федеральной службы безопасности",
        (" безопасности",),
    ),
    (r"\b[Фф]орин[- ]?[Оо]ф+ис\w*", "в Форин-офисе", ("форин",)),
    # no part every match needs: an optional word, a class of many letters, a case-blind part —
    # the letter runs anywhere in the regex, as before
    (r"(?:[А-ЯЁ]\w+ )?(?i:пресс-служба)", "Пресс-служба Кремля", ("пресс", "служба")),
    (r"[А-ЯЁ][а-яё]+ов", "Лавров", ("ов",)),  # two letters are enough for a regex's own part
    (r"[А-ЯЁ][а-яё]+", "Лавров", ()),  # nothing at all: every text is scanned
]


@pytest.mark.parametrize(("pattern", "text", "expected"), LITERAL_ROWS)
def test_literals_are_what_every_match_holds(
    pattern: str, text: str, expected: tuple[str, ...]
) -> None:
    found = literals(pattern)
    assert sorted(found) == sorted(expected)
    assert re.search(pattern, text)
    assert not found or any(w in text.lower() for w in found)


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщили в МИД России и в Минобороны РФ, передает ТАСС.",
        "Представитель Пентагона и пресс-секретарь Белого дома выступили в Совбезе ООН.",
        "Генконсульство России в Нью-Йорке и постпредство РФ при ООН заявили, пишет Reuters.",
        "Служба внешней разведки (СВР) и ФСБ, Госдума и Совет Федерации, Минпромторг.",
    ],
)
def test_every_organisation_a_text_names_passes_its_literals(text: str) -> None:
    """The shortcut never hides a body: each alias, ministry and outlet the text names has one
    of its needed strings in the text's lower case."""
    lower = text.lower()
    rows = [(p, words) for p, _, words in organisations()]
    rows += [(p, words) for (_, p), words in zip(BARE_MINISTRIES, ministry_literals(), strict=True)]
    rows += [(MEDIA, media_literals())]
    named = [p.pattern for p, words in rows if p.search(text)]
    assert named
    assert all(any(w in lower for w in words) for p, words in rows if p.search(text))


@pytest.mark.parametrize(
    "text",
    ["Лавpов", "Mосква", "Москвa", "xЯ", "Яx", "a Я", "Я a", "abc", "Москва", "", "Reuters и ТАСС"],
)
def test_mixed_script_test_is_the_two_order_one(text: str) -> None:
    """normalize._MIXED stops at Latin letters only; it finds what trying both orders finds."""
    both_orders = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")
    assert (_MIXED.search(text) is None) == (both_orders.search(text) is None)


def test_cached_title_heads_are_a_fresh_list_each_time() -> None:
    text = "Министр иностранных дел и посол России"
    first = title_heads(text)
    first.clear()
    assert [w for _a, _b, w in title_heads(text)] == ["Министр", "посол"]
