"""Companies and parties named by their kind and their own name (bot/content/companies.py).

Why: a company speaks in news as a ministry does («— отметили в пресс-службе «Аэрофлота»»,
«— добавили в компании»), but the alias table cannot list every company; the kind before the
name says it is a body's, and the same name in quotation marks in another case is that body,
never a person's surname («в пресс-службе "Антонова"»).
"""

from __future__ import annotations

import pytest

from bot.content.entities import find_entities, find_orgs
from bot.content.pipeline import analyze

NAMED: list[tuple[str, set[str]]] = [
    ("Авиакомпания «Победа» отменила рейсы в Сочи.", {"Победа"}),
    ("В пресс-службе концерна «Калашников» это опровергли.", {"Калашников"}),
    ("Руководство ЗАО «Северная верфь» ответило на санкции.", {"ЗАО «Северная верфь»"}),
    ("Акционеры нефтяной компании ЛУКОЙЛ собрались в Москве.", {"ЛУКОЙЛ"}),
    ("Депутаты партии «Новые люди» внесли законопроект.", {"Новые люди"}),
    # the same name in marks in another case is the same body
    ("Холдинг «Сибур» вырос. В «Сибуре» это подтвердили.", {"Сибур"}),
    # a name in marks opening a sentence as a speech verb's subject is a body, kind or none
    ("«Северсталь» заявила о снижении выпуска.", {"Северсталь"}),
    ("Цены выросли. «Ростелеком» сообщил о новых тарифах.", {"Ростелеком"}),
    ("«Оппенгеймер» получил семь премий.", set()),
    ("Вчера «Ростелеком» сообщил о новых тарифах.", set()),
    # no kind before the name: no company; a state's abbreviation is no company's name
    ("Роман «Война и мир» переиздан.", set()),
    ("Крупнейшие компании США отчитались.", set()),
    ("Крупнейшие компании России отчитались.", set()),
    ("ООО зарегистрировано в Казани.", set()),
]


@pytest.mark.parametrize(("text", "names"), NAMED)
def test_a_company_named_after_its_kind(text: str, names: set[str]) -> None:
    assert {m.org for m in find_orgs(text) if m.org} == names


# A name after a legal form is mentioned from the form to the closing mark, as its canonical
# name spells it: the whole written name is that body (the judge reads «Пресс-служба МУП
# «…»» through `find_orgs`); a name after a kind that is no legal form is the name alone.
SPANS: list[tuple[str, str]] = [
    ("Пресс-служба МУП «Горводоканал Твери» сообщила об аварии.", "МУП «Горводоканал Твери»"),
    ("В ООО «Северный порт» это опровергли.", "ООО «Северный порт»"),
    ('Руководство АО "Тулачермет" ответило.', 'АО "Тулачермет"'),
    ("Акционеры ПАО МТС собрались.", "ПАО МТС"),
    ("В пресс-службе концерна «Калашников» это опровергли.", "Калашников"),
    ("Авиакомпания «Победа» отменила рейсы.", "Победа"),
]


@pytest.mark.parametrize(("text", "written"), SPANS)
def test_a_legal_forms_name_is_mentioned_whole(text: str, written: str) -> None:
    assert [text[m.start : m.end] for m in find_orgs(text)] == [written]


def test_a_company_in_another_case_is_no_surname() -> None:
    text = "Завод «Кузнецов» опроверг слухи, сообщили в пресс-службе «Кузнецова»."
    entities = find_entities(text)
    assert {m.org for m in entities.orgs} == {"Кузнецов"}
    assert not entities.persons


Row = tuple[str, str, str | None]  # text, the quotation's first words, its speaker

SPEAKING: list[Row] = [
    (
        "Авиакомпания «Победа» отменила 12 рейсов.\n— Пассажирам предложены другие даты, —"
        " отметили в пресс-службе «Победы».\n— Все самолеты приземлились, — добавили в компании.",
        "Все самолеты",
        "Победа",
    ),
    (
        "Авиакомпания «Победа» отменила 12 рейсов.\n— Пассажирам предложены другие даты, —"
        " отметили в пресс-службе «Победы».",
        "Пассажирам предложены",
        "Победа",
    ),
    (
        "В концерне «Кузнецов» опровергли слухи о продаже.\n«Такой информации мы не давали», —"
        " сказали «Коммерсанту» в пресс-службе «Кузнецова».",
        "Такой информации",
        "Кузнецов",
    ),
    (
        "ООО «Северная верфь» прокомментировало санкции.\n«Мы выполним все обязательства», —"
        " сообщили в ООО «Северная верфь».",
        "Мы выполним",
        "ООО «Северная верфь»",
    ),
    (
        "«Северсталь» заявила о снижении выпуска.\n«Спрос на сталь упал», — сообщили в компании.",
        "Спрос на сталь",
        "Северсталь",
    ),
    # «на предприятии» refers back to the one company named, as «в компании» does; to none
    # of two, nor to a company never named
    (
        "Руководство ЗАО «Уральский трубник» ответило на санкции. Об этом сообщает"
        " пресс-служба предприятия.\n«Мы продолжим поставки партнерам», — сообщили на"
        " предприятии.",
        "Мы продолжим",
        "ЗАО «Уральский трубник»",
    ),
    (
        "Авиакомпания «Победа» и авиакомпания «Азимут» отменили рейсы.\n«Пассажирам вернут"
        " деньги», — сообщили на предприятии.",
        "Пассажирам вернут",
        None,
    ),
    (
        "Мэр города посетил цех.\n«Мы продолжим поставки партнерам», — сообщили на предприятии.",
        "Мы продолжим",
        None,
    ),
    # a person of the company speaks as himself; a company merely mentioned never speaks
    (
        "Генеральный директор компании «Сибур» Михаил Карисалов заявил: «Мы справимся с"
        " санкциями».",
        "Мы справимся",
        "Михаил Карисалов",
    ),
    (
        "Акции компании «Норд» выросли на бирже.\n«Рынок стабилен», — заявил аналитик.",
        "Рынок стабилен",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), SPEAKING)
def test_a_company_speaks_where_the_text_says_it_does(
    text: str, opening: str, speaker: str | None
) -> None:
    quotes = [q for q in analyze(text).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
