"""Two wrong-name mechanisms around someone else's words, end to end through `analyze`.

Why: a person who relays another's words («Он привел слова Лаврова: «…»», «процитировал
Эрдогана», «ответила на слова Каллас») is the one a later «он», «она» or «дипломат» goes on
with — never the author whose words he relayed; and the leader whose spokesman or aide speaks
(«пресс-секретарь президента ЮАР Сирила Рамафосы») is never the one a later unnamed
«представитель» stands for. Rows are sentences the labelled corpus lacks (other names, roles,
verbs and word orders), beside guards where the pronoun does mean the author.
"""

from __future__ import annotations

import pytest

from bot.content import analyze

Row = tuple[str, list[str | None]]

RELAYERS: list[Row] = [
    (
        "Премьер-министр Индии Нарендра Моди выступил в парламенте.\nОн привел слова"
        " президента Бразилии Луиса Инасиу Лулы да Силвы: «Юг больше не будет молчать».\n"
        "«Мы продолжим закупать энергоносители», — добавил он.",
        ["Луис Инасиу Лула да Силва", "Нарендра Моди"],
    ),
    (
        "Глава МИД Казахстана Мурат Нуртлеу процитировал Касым-Жомарта Токаева: «Астана"
        " открыта для посредничества».\n«Переговоры пройдут в октябре», — уточнил он.",
        ["Касым-Жомарт Токаев", "Мурат Нуртлеу"],
    ),
    (
        "Посол Китая в России Чжан Ханьхуэй напомнил слова министра иностранных дел КНР Ван"
        " И: «Дружба наших народов крепка».\n«Товарооборот растет второй год подряд», —"
        " подчеркнул дипломат.",
        ["Ван И", "Чжан Ханьхуэй"],
    ),
    (
        "Президент Кении Уильям Руто прибыл в Аддис-Абебу.\nОн привел слова премьер-министра"
        " Эфиопии Абия Ахмеда: «Регион нуждается в мире».\n«Кения готова помочь», — сказал"
        " он.",
        ["Абий Ахмед", "Уильям Руто"],
    ),
    # a woman relays a woman's words
    (
        "Министр иностранных дел ЮАР Наледи Пандор выступила на форуме.\nОна привела слова"
        " генерального директора ВТО Нгози Оконджо-Ивеалы: «Торговля должна быть"
        " справедливой».\n«Африка требует равного доступа к рынкам», — добавила она.",
        ["Нгози Оконджо-Ивеала", "Наледи Пандор"],
    ),
    # guard: an outlet relays, the author speaks on
    (
        "Президент Турции Реджеп Тайип Эрдоган провел пресс-конференцию.\n«Наша позиция"
        " неизменна», — приводит слова Эрдогана агентство Анадолу.\n«Мы не изменим курс», —"
        " добавил он.",
        ["Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган"],
    ),
    # guard: she relays his words, «он» can only be him
    (
        "Официальный представитель МИД России Мария Захарова напомнила слова Владимира"
        " Путина: «Россия не собирается ни на кого нападать».\n«Это и есть наша доктрина», —"
        " подчеркнула она.",
        ["Владимир Путин", "Мария Захарова"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), RELAYERS)
def test_a_pronoun_after_relayed_words_is_the_one_who_relayed_them(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


ANSWERED: list[Row] = [
    (
        "МОСКВА, 5 мая — ТАСС. Мария Захарова ответила на слова главы дипломатии ЕС Каи"
        " Каллас о «российской угрозе». Она назвала это заявление «очередной порцией лжи».",
        ["Мария Захарова"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ANSWERED)
def test_she_after_answered_words_is_the_one_who_answered(
    text: str, speakers: list[str | None]
) -> None:
    quotes = analyze(text).quotes
    found = {q.text: q.speaker for q in quotes}
    assert found.get("очередной порцией лжи") == speakers[0]


MASTERS: list[Row] = [
    (
        "НЬЮ-ДЕЛИ, 2 марта — ТАСС. «Визит состоится летом», — заявил пресс-секретарь"
        " премьер-министра Индии Нарендры Моди.\nПо словам представителя, «программа еще"
        " согласовывается».",
        [None, None],
    ),
    (
        "«Аргентина не вступит в БРИКС», — сказал помощник президента Аргентины Хавьера"
        " Милея.\nКак отметил помощник, «решение окончательное».",
        [None, None],
    ),
    (
        "СЕУЛ, 4 июня — Синьхуа. «Саммит пройдет в Пусане», — сообщил пресс-секретарь"
        " президента Республики Корея Юн Сок Ёля.\nПо словам представителя, «подготовка"
        " идет по плану».",
        [None, None],
    ),
    # guard: the spokesman named, a later «представитель» is him
    (
        "«Путин проведет совещание с правительством», — заявил пресс-секретарь президента"
        " России Дмитрий Песков.\nПо словам представителя, «повестка пока не утверждена».",
        ["Дмитрий Песков", "Дмитрий Песков"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), MASTERS)
def test_an_unnamed_spokesman_is_never_his_master(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers
