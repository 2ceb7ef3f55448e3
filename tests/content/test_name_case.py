"""A name's case from the words that govern it (bot/content/name_case.py).

Why: a foreign name the dictionary does not decline kept the text's oblique form («Александр
Вучича» after «по словам», «Абия Ахмеда» after «по мнению»), and a nominative first name in
«-а» beside a verb was read as a genitive («Акир Муто»). Rows are fresh sentences with names
of many origins; each expects the speaker's nominative name, or that a name the frame does not
reach keeps its own form.
"""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze

ROWS = [
    # a genitive frame, through a title, before a foreign name the dictionary cannot read
    ("По словам президента Сербии Александра Вучича, «Белград сохранит нейтралитет».",
     "Александр Вучич"),
    ("По мнению премьер-министра Эфиопии Абия Ахмеда, «плотина принесет мир региону».",
     "Абий Ахмед"),
    ("По словам президента Хорватии Зорана Милановича, «Загреб не пошлет войска».",
     "Зоран Миланович"),
    ("По словам министра Эрмина Амирии, «Кабул ждет инвестиций».", "Эрмин Амирия"),
    ("По утверждению главы МИД Ганы Самюэля Окудзето Аблаквы, «Аккра не примет давления».",
     "Самюэль Окудзето Аблаква"),
    ("По словам Касым-Жомарта Токаева, «Астана будет добиваться компромисса».",
     "Касым-Жомарт Токаев"),
    ("По словам вице-премьера Казахстана Серика Жумангарина, «реформа продолжится».",
     "Серик Жумангарин"),
    ("По словам президента Египта Абдель Фаттаха ас-Сиси, «Каир против переселения».",
     "Абдель Фаттах ас-Сиси"),
    ("По мнению президента Финляндии Александра Стубба, «переговоры неизбежны».",
     "Александр Стубб"),
    ("По словам Нгози Оконджо-Ивеалы, «торговля должна оставаться открытой».",
     "Нгози Оконджо-Ивеала"),
    ("По словам премьера Японии Сигэру Исибы, «Токио усилит оборону».", "Сигэру Исиба"),
    # an accusative frame
    ("Лула процитировал Жетулиу Варгаса: «Нефть наша».", "Жетулиу Варгас"),
    # a nominative first name in «-а» beside the verb it is the subject of
    ("Посол Японии в России Акира Муто сообщил: «Токио готов к переговорам».", "Акира Муто"),
    ("Министр обороны Японии Акира Накатани заявил: «Угроза растет».", "Акира Накатани"),
    ("Как заявил посол Японии в России Акира Муто, «визит состоится весной».", "Акира Муто"),
    # names the frames must leave as they are
    ("По словам генерального директора МАГАТЭ Рафаэля Гросси, «станция в опасности».",
     "Рафаэль Гросси"),
    ("По мнению премьер-министра Индии Нарендры Моди, «мир нуждается в диалоге».",
     "Нарендра Моди"),
    ("По словам главы дипломатии ЕС Каи Каллас, «Европа должна готовиться к худшему».",
     "Кая Каллас"),
    ("По словам министра иностранных дел России Сергея Лаврова, «Москва готова к диалогу».",
     "Сергей Лавров"),
    ("По словам корреспондента Fox News Питера Дуси, «Трамп упрям».", "Питер Дуси"),
    ("По словам президента Анголы Жуана Лоуренсу, «Луанда ждет инвесторов».", "Жуан Лоуренсу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), ROWS)
def test_name_case(text: str, speaker: str) -> None:
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [speaker], (quotes, text)


# A frame that does not reach the name: the name keeps the text's nominative form.
KEPT = [
    ("От себя Мария Захарова посоветовала всем беречь здоровье. «Нужно повышать иммунитет»,"
     " — сказала Захарова.", "Мария Захарова"),
    ("У здания посольства Кира Ярмыш сказала: «Мы продолжим».", "Кира Ярмыш"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_name_case_not_reached(text: str, speaker: str) -> None:
    quotes = analyze(text).quotes
    assert quotes, text
    assert all(q.speaker == speaker for q in quotes), (quotes, text)
