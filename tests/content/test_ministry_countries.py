"""A ministry followed by a state's long name is that state's, named as the text names it.

Why: the country after a ministry was read as one word, so «МИД Республики Корея», «МИД
Саудовской Аравии» or «Минобороны Кот-д'Ивуара» found no country and fell to the journal's
default, Russia's ministry — a wrong body; a two-part name («Боснии и Герцеговины») was cut.
Table-driven through `analyze`: text → (the quotation's first words, its speaker), the ministry
word in every case, and guard rows where the words after it are a person or two states.
"""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze

Row = tuple[str, str, str | None]  # text, the quotation's first words, its speaker


def _speaker(text: str, opening: str) -> str | None:
    quotes = [q for q in analyze(text).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [q.text for q in analyze(text).quotes]
    return quotes[0].speaker


LONG_NAMES: list[Row] = [
    # nominative
    (
        "Министерство иностранных дел Республики Корея заявило: «Мы следим за ситуацией».",
        "Мы следим",
        "МИД Республики Корея",
    ),
    (
        "МИД Саудовской Аравии призвал стороны к «сдержанности и диалогу».",
        "сдержанности",
        "МИД Саудовской Аравии",
    ),
    (
        "Министерство обороны Объединенных Арабских Эмиратов сообщило: «Учения завершены».",
        "Учения завершены",
        "Минобороны Объединенных Арабских Эмиратов",
    ),
    # genitive
    (
        "«Посол будет отозван», — говорится в заявлении Министерства иностранных дел"
        " Демократической Республики Конго.",
        "Посол будет",
        "МИД Демократической Республики Конго",
    ),
    (
        "«Бюджет исполнен с профицитом», — говорится в сообщении Министерства финансов"
        " Экваториальной Гвинеи.",
        "Бюджет исполнен",
        "Минфин Экваториальной Гвинеи",
    ),
    # dative and instrumental: the ministry a later «министерство», «ведомство» refers to
    (
        "Ноту вручили Министерству иностранных дел Саудовской Аравии. «Мы изучим документ»,"
        " — заявили в министерстве.",
        "Мы изучим",
        "МИД Саудовской Аравии",
    ),
    (
        "Переговоры с Министерством обороны Южно-Африканской Республики завершились."
        " «Контракт подписан», — сообщили в ведомстве.",
        "Контракт",
        "Минобороны Южно-Африканской Республики",
    ),
    (
        "В МИД Папуа — Новой Гвинеи заявили: «Сотрудничество будет расширено».",
        "Сотрудничество",
        "МИД Папуа — Новой Гвинеи",
    ),
    # locative
    (
        "В МИД Боснии и Герцеговины заявили: «Мы не признаём этого решения».",
        "Мы не признаём",
        "МИД Боснии и Герцеговины",
    ),
    (
        "В Министерстве юстиции Исламской Республики Иран сообщили: «Приговор отменён».",
        "Приговор",
        "Минюст Исламской Республики Иран",
    ),
    (
        "В МИД Сан-Томе и Принсипи назвали выборы «честными и прозрачными».",
        "честными",
        "МИД Сан-Томе и Принсипи",
    ),
    (
        "В МИД Кот-д'Ивуара заявили: «Граница остаётся закрытой».",
        "Граница",
        "МИД Кот-д'Ивуара",
    ),
    (
        "В МИД Королевства Бахрейн заявили: «Посольство возобновит работу».",
        "Посольство",
        "МИД Королевства Бахрейн",
    ),
    (
        "В МИД Тринидада и Тобаго заявили: «Визы отменят с января».",
        "Визы",
        "МИД Тринидада и Тобаго",
    ),
]
# The words after a ministry that name no state: a person («Глава МИД Сергей Лавров»), a
# country's long name with its minister after it («Республики Корея Чо Тхэ Ёль»), two states
# («МИД России и Китая» name two ministries), no country (the journal's Russia), Russia's long
# name in full, a family name that is also a place.
GUARDS: list[Row] = [
    (
        "Глава МИД Республики Корея Чо Тхэ Ёль заявил: «Мы ждём ответа».",
        "Мы ждём",
        "Чо Тхэ Ёль",
    ),
    (
        "Глава МИД Сергей Лавров заявил: «Мы ждём ответа».",
        "Мы ждём",
        "Сергей Лавров",
    ),
    (
        "В МИД заявили: «Посол получил ноту протеста».",
        "Посол получил",
        "МИД России",
    ),
    (
        "В Министерстве финансов Российской Федерации сообщили: «Резервы пополнены».",
        "Резервы",
        "Минфин России",
    ),
    (
        "Глава МИД Саудовской Аравии Фейсал бен Фархан заявил: «Нефтяной рынок стабилен».",
        "Нефтяной",
        "Фейсал бен Фархан",
    ),
    # an East Asian family name that is also a place («Ван», the Turkish province) before the
    # rest of a name: the minister, never the ministry of Van
    (
        "Об этом заявил глава китайского Министерства иностранных дел Ван И: «Мы ждём ответа».",
        "Мы ждём",
        "Ван И",
    ),
    (
        "Глава МИД Ван И заявил: «Мы ждём ответа».",
        "Мы ждём",
        "Ван И",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), LONG_NAMES)
def test_a_ministry_of_a_long_named_state_is_that_states(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), GUARDS)
def test_words_naming_no_state_leave_the_ministry_as_it_was(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# A text that speaks of «МИД страны» (or «республики») without naming the state, after a
# sentence naming another state, is about that state's ministry: a bare «МИД» there is
# nobody known, never Russia's by the journal's default; «МИД нашей страны» and a text with
# no such words keep Russia's.
ANOTHER_STATES_TEXT: list[Row] = [
    (
        "Вьетнам намерен углублять связи с ЕС. Об этом говорится в заявлении МИД страны по"
        " итогам визита.\n«Вьетнам ценит партнерство с Европой», – говорится в заявлении МИД.",
        "Вьетнам ценит",
        None,
    ),
    (
        "Перу отозвало посла из Мексики, сообщил МИД республики.\n«Решение окончательное», —"
        " отметили в МИД.",
        "Решение",
        None,
    ),
    (
        "Марокко поддержало план, отмечается в заявлении Министерства иностранных дел"
        " королевства.\n«Мы за мир в регионе», — говорится в сообщении МИД.",
        "Мы за мир",
        None,
    ),
    (
        "Об этом говорится в заявлении МИД нашей страны.\n«Россия не допустит провокаций», —"
        " говорится в заявлении МИД.",
        "Россия не",
        "МИД России",
    ),
    (
        "Захарова провела брифинг.\n«Запад лжет», — заявили в МИД.",
        "Запад",
        "МИД России",
    ),
    # «страны» stands for the state its sentence (or the one before) names: Russia's there,
    # or with no state named at all, stays «МИД России» (review-round17 R7).
    (
        "Россия готова к диалогу с Турцией по Сирии, заявил глава МИД страны Сергей Лавров."
        " Переговоры пройдут в Москве. «Стороны обсудят гуманитарную ситуацию», — говорится в"
        " заявлении МИД.",
        "Стороны обсудят",
        "МИД России",
    ),
    (
        "Россия не признает итоги выборов в Грузии, сообщили в МИД страны. «Выборы прошли с"
        " нарушениями», — говорится в комментарии МИД.",
        "Выборы прошли",
        "МИД России",
    ),
    (
        "Глава МИД страны Сергей Лавров прибыл в Анкару. Переговоры продлятся два дня."
        " «Стороны обсудят Сирию», — говорится в заявлении МИД.",
        "Стороны обсудят",
        "МИД России",
    ),
    (
        "Россия направила ноту протеста. Об этом сообщили в МИД страны. «Мы ждем"
        " объяснений», — говорится в заявлении МИД.",
        "Мы ждем",
        "МИД России",
    ),
    (
        "Турция закрыла воздушное пространство для израильских самолетов, заявил глава МИД"
        " страны Хакан Фидан. «Решение окончательное», — говорится в заявлении МИД.",
        "Решение",
        None,
    ),
    (
        "Мексика отозвала посла из Эквадора. Об этом говорится в заявлении МИД страны. «Это"
        " нарушение суверенитета», — подчеркнули в МИД.",
        "Это нарушение",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ANOTHER_STATES_TEXT)
def test_a_ministry_of_the_country_unnamed_is_never_russias(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker
