"""Who a courtesy title, an unnamed official or a role noun stands for: text → every
(quotation, speaker) `analyze` gives.

Why a table per mechanism: each is a construction Russian news repeats with any name («сказал
господин X», «— сказал представитель ведомства» after an official cited without a name, «по
словам дипломата» after a sentence naming several people); the rows are varied sentences,
so a rule tuned to one text fails here.
"""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze

Row = tuple[str, list[tuple[str, str | None]]]

# «господин/госпожа/г-н/мистер X» is X, also in a parenthetical before a partial quotation.
HONORIFICS: list[Row] = [
    (
        "Замминистра иностранных дел России Сергей Рябков провел встречу.\nЭтот вопрос также,"
        " подчеркнул господин Рябков, «не подлежит обсуждению в публичной плоскости».",
        [("не подлежит обсуждению в публичной плоскости", "Сергей Рябков")],
    ),
    (
        "Официальный представитель МИД Мария Захарова выступила на брифинге. Такие меры,"
        " отметила госпожа Захарова, «лишь усугубят кризис в регионе».",
        [("лишь усугубят кризис в регионе", "Мария Захарова")],
    ),
    (
        "Пресс-секретарь Пентагона Джон Кирби ответил на вопросы. Решение, добавил г-н Кирби,"
        " «будет принято позже».",
        [("будет принято позже", "Джон Кирби")],
    ),
    (
        "Пресс-секретарь Пентагона Джон Кирби ответил на вопросы. Поставки, по словам мистера"
        " Кирби, «продолжатся в прежнем объеме».",
        [("продолжатся в прежнем объеме", "Джон Кирби")],
    ),
]

# A generic role with nobody introduced in it falls back on a subject or speaker, never on a
# person merely mentioned in an oblique case; a mention in the genitive after a rank is no
# subject («гибель генерал-майора Ивана Петрова»).
MERE_MENTIONS: list[Row] = [
    (
        "Госдепартамент США не согласился с тем, что гибель генерал-майора Ивана Петрова стала"
        " «ценой ошибок Вашингтона». Об этом сообщает ТАСС со ссылкой на представителя"
        " Госдепа.\n«Мы не причастны к этому», — сказал представитель ведомства.",
        [("Мы не причастны к этому", None)],
    ),
    (
        "Министр обороны Германии встретился с семьей полковника Ивана Петрова.\n«Мы выражаем"
        " соболезнования», — сказал представитель министерства.",
        [("Мы выражаем соболезнования", None)],
    ),
    (  # a person given the post, though only as an object, is still who the role means
        "Министерство иностранных дел Словакии вызвало российского посла Алексея Федотова.\n"
        "«Мне вручили ответную ноту», — приводит слова дипломата РИА Новости.",
        [("Мне вручили ответную ноту", "Алексей Федотов")],
    ),
    (  # … and so is one cited as speaking
        "По словам Рубио, США смогли привлечь стороны к переговорам.\n«Мы не стремимся"
        " навязывать соглашение», - сказал глава Госдепа.",
        [("Мы не стремимся навязывать соглашение", "Рубио")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFICS + MERE_MENTIONS)
def test_role_reference(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected
