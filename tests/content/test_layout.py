"""Sentence boundaries on offsets (bot/content/layout.py), table-driven."""

from __future__ import annotations

import pytest

from bot.content.layout import sentence_start

# (text, the word whose sentence we ask for, the word that sentence starts with)
ROWS: list[tuple[str, str, str]] = [
    ("Грушко отметил это. Ранее сообщалось о решении.", "сообщалось", "Ранее"),
    # a text that lost its space after the full stop still ends the sentence there
    ("Грушко отметил это.Ранее сообщалось о решении.", "сообщалось", "Ранее"),
    ("Он выступил в НАТО.«Вчера еще руководители заявляли», - сказал он.", "сказал", "«Вчера"),
    # initials are no sentence end, with or without spaces
    ("Об этом заявил С.В.Лавров на встрече.", "встрече", "Об"),
    ("Об этом заявил С. В. Лавров на встрече.", "встрече", "Об"),
    # nor a lowercase word after a dot (a site name)
    ("Об этом сообщает interaffairs.ru со ссылкой на МИД.", "ссылкой", "Об"),
    # nor a Cyrillic domain glued to a site's name («Чита.Ру», «Газета.РУ»)
    ("Об этом сообщает «Чита.Ру» со ссылкой на мэрию.", "ссылкой", "Об"),
    ("Как пишет Газета.РУ, решение принято.", "решение", "Как"),
    # a sentence that lost its space before a word «Ру…» still ends
    ("Он уехал в Киров.Руководство промолчало.", "промолчало", "Руководство"),
    # a numeral's one-letter ending is no initial: the sentence ends after it
    ("Он приезжал сюда в середине 80-х. Разумеется, как турист.", "турист", "Разумеется"),
    ("Рост шел с 2010-х. Теперь он замедлился.", "замедлился", "Теперь"),
    # a hyphenated initial still is one
    ("Книгу написал Ж.-П. Сартр в Париже.", "Париже", "Книгу"),
    # a quotation glued to the full stop before it opens its own sentence at its mark, asked
    # for at the mark itself (where a quotation's context begins), whatever the mark ...
    ("Обсуждали новый план.«Я попросил ускорить работу», — сказал Борич.", "«Я", "«Я"),
    ('Депутаты одобрили соглашение."Мы не урежем расходы", — сказала Чинават.', '"Мы', '"Мы'),
    ("Все ждали этого!«Наконец решение есть», — сказал Ким Мин Сок.", "«Наконец", "«Наконец"),
    ("Вопрос задали в пятый раз?„Нет“, — ответила Нгози.", "„Нет", "„Нет"),
    # ... but not after an initial, nor with a lowercase word after the mark, nor glued to a
    # word with no sentence's end before it
    ("Роман издал А.«Новый мир» в журнале.", "«Новый", "Роман"),
    ("Он сказал это.«и что теперь», — спросила она.", "«и", "Он"),
    ("Лавров назвал«Северный поток» проектом.", "«Северный", "Лавров"),
]


@pytest.mark.parametrize(("text", "word", "first"), ROWS)
def test_sentence_start(text: str, word: str, first: str) -> None:
    start = sentence_start(text, 0, text.index(word))
    assert text[start:].startswith(first)
