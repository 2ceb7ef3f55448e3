"""The summary's stemmer looks its suffix tables up by hashing; it must stem exactly as the
Snowball Russian stemmer does, or every stem-overlap decision (restatements, TextRank) moves."""

from __future__ import annotations

import pytest
from snowballstemmer.russian_stemmer import RussianStemmer

from bot.content.summary import _stemmer, stems

WORDS = [
    # verbs: reflexive, participles, gerunds, imperatives, perfective/imperfective pairs
    "заявил",
    "заявила",
    "заявившись",
    "подчеркнувшая",
    "отмечающимися",
    "прекратите",
    "давайте",
    "встретились",
    "встречаясь",
    # nouns and adjectives in many cases, «ё», soft signs, double «н»
    "министерство",
    "министерствами",
    "внешнеполитического",
    "ёлками",
    "длинненький",
    "прекраснейшими",
    "сотрудничеству",
    "соглашениям",
    "ооновскими",
    "кремлёвский",
    "пресс-секретарём",
    # foreign and compound names, short words, words without a vowel-bounded region
    "Сианьского",
    "Лопес-Обрадором",
    "Нгози",
    "Оконджо-Ивеалой",
    "Ким",
    "ТАСС",
    "вв",
    "ь",
    "ся",
    "нн",
    "Rubio",
    "2024",
]


@pytest.mark.parametrize("word", WORDS)
def test_stems_as_snowball_does(word: str) -> None:
    assert _stemmer().stemWord(word.lower()) == RussianStemmer().stemWord(word.lower())


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("Министр заявил о переговорах.", "Министры заявили, что переговоры идут.", 3),
        ("Лидеры встретились в Пекине.", "Встреча лидеров прошла в Пекине.", 2),
        ("Стороны подписали соглашение.", "Погода была хорошей.", 0),
    ],
)
def test_sentences_share_stems(first: str, second: str, shared: int) -> None:
    """Inflected forms of one word share a stem, so a restatement is recognised."""
    assert len(stems(first) & stems(second)) == shared
