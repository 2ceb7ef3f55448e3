"""The shortcuts that spare word lookups give the answers the full lookups give.

Why: they exist for speed only (bench.ingest), so each is checked against the slow path it
replaces, on words of every kind: speech verbs in any form, dictionary words of other lemmas,
words the dictionary lacks, capitalised and «ё» spellings, offsets counted from the end.
"""

from __future__ import annotations

import pytest

from bot.content.lexicon import PERSON_VERBS, RELAY_VERBS, SPEECH_VERBS
from bot.content.morph import may_have_normal, parses
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
