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


@pytest.mark.parametrize(("text", "expected"), HONORIFICS)
def test_role_reference(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected
