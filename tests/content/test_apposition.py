"""A name's case from the words before it (bot/content/apposition.py), table-driven.

Each row: a text, the start of a person's mention in it, and whether that mention may be a
subject. Names that decline decide by their own ending; names that do not (or whose ending is
ambiguous) take the case the word before them governs."""

from __future__ import annotations

import pytest

from bot.content.entities import find_entities

ROWS: list[tuple[str, str, bool]] = [
    # apposition to a role noun in the genitive: no subject
    ("Ушаков не согласился с заявлением госсекретаря США Марко Рубио о сделке.", "Марко", False),
    # the owner of someone's words
    ("Рубио заявил о сделке. Ушакову напомнили слова Рубио.", "Рубио.", False),
    # after a preposition
    ("Ван И заявил о визите. Лавров провел встречу с Ван И в Пекине.", "Ван И в", False),
    # an ambiguous ending («Токаева»: a woman's nominative or a man's genitive) after a role
    ("Россия ожидает визита президента Казахстана Касым-Жомарта Токаева.", "Касым", False),
    # … or after a noun for a person in an oblique case, no role of the lexicon
    ("Спикер напомнил о ситуации вокруг дирижера Валерия Гергиева.", "Валерия", False),
    ("Министр встретился с родными погибшей волонтерки Дарьи Дугиной.", "Дарьи", False),
    # … but a person noun that may be nominative leaves the name its own case
    ("Известный дирижер Валерий Гергиев дал концерт.", "Валерий", True),
    # a name whose own ending says nominative stays a subject after a genitive complement
    (
        "Так пресс-секретарь российского лидера Дмитрий Песков прокомментировал визит.",
        "Дмитрий",
        True,
    ),
    # after a compound preposition (lexicon COMPOUND_PREPOSITIONS): one spoken for, no subject
    (
        "Самуэль Монкаде остался в зале. Ушаков выступил в поддержку Монкаде.",
        "Монкаде.",
        False,
    ),
    ("Посол выступил в защиту Нгози Оконджо-Ивеалы на форуме.", "Нгози", False),
    ("Визит состоялся по приглашению Ван И.", "Ван", False),
    ("Концерт прошел в присутствии Марко Рубио.", "Марко", False),
    # … but a plain noun before a name in inversion leaves it the subject
    ("Об этом в среду заявил Марко Рубио.", "Марко", True),
    # an indeclinable name opening its clause, or after a nominative role, is a subject
    ("Рубио заявил, что переговоры продолжатся.", "Рубио", True),
    ("Госсекретарь США Марко Рубио заявил, что переговоры продолжатся.", "Марко", True),
    # a name whose words share only the nominative in one gender (`name_surely_nominative`:
    # «Любовь» may be accusative, «Чистякова» a man's genitive, never both at once) stays a
    # subject after a genitive complement; one whose words share an oblique case does not
    ("Об этом сообщила пресс-секретарь губернатора Любовь Чистякова.", "Любовь", True),
    ("Об этом сообщила помощник министра Нинель Кравцова.", "Нинель", True),
    ("Он поблагодарил пресс-секретаря губернатора Юлия Иванова.", "Юлия", False),
    ("Об этом сообщила помощник министра Мао Нин.", "Мао", False),
    # a man's surname with a man's case ending is oblique, whatever woman's nominative the
    # dictionary reads in it («Путина», «Лаврова»); the woman herself stays a subject
    ("Владимир Путин прибыл в Дели. Индия рада принять Путина с визитом.", "Путина", False),
    ("Сергей Лавров выступил. Встреча Лаврова и Рубио отложена.", "Лаврова", False),
    ("Мария Захарова выступила. Захарова заявила, что встреча отложена.", "Захарова з", True),
]


@pytest.mark.parametrize(("text", "name", "subject"), ROWS)
def test_a_names_case_from_the_word_before_it(text: str, name: str, subject: bool) -> None:
    start = text.index(name)
    (mention,) = [m for m in find_entities(text).persons if m.start == start]
    assert mention.nominative is subject
