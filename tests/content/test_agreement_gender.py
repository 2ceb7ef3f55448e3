"""A person's gender from the verbs that agree with them, and the name forms a foreign name
keeps (bot/content/persons.py, name_slots.py), observable through `analyze`.

Why: a foreign name the dictionary misreads («Мао» is Mao Zedong, a man) gives a woman the
wrong gender, so «— сказала она» after her words found nobody; a verb agreeing with her says
it, whichever side of the name it stands on and whatever stands between (her role, a
circumstance). Each row is one wording; the next paragraph's pronoun must find the person.
"""

from __future__ import annotations

import pytest

from bot.content.entities import find_entities
from bot.content.pipeline import analyze

_SHE = "\n«Мы всегда выступали за мир и переговоры», – сказала она."
_HE = "\n«Мы всегда выступали за мир и переговоры», – сказал он."

# (sentence naming the person, pronoun paragraph after it, the pronoun's person)
AGREEING_VERBS = [
    # the verb before the name, the role between opening with an adjective or a circumstance
    ("Китай готов помочь, заявила официальный представитель МИД КНР Мао Нин.", _SHE, "Мао Нин"),
    (
        "Как заявила на брифинге официальный представитель МИД КНР Мао Нин, мир близок.",
        _SHE,
        "Мао Нин",
    ),
    ("Об этом на брифинге сообщила официальный представитель МИД КНР Мао Нин.", _SHE, "Мао Нин"),
    (
        "Страны сблизились, заявила на встрече генеральный секретарь Мари Ханеда.",
        _SHE,
        "Мари Ханеда",
    ),
    (
        "Страны сблизились, заявил на встрече официальный представитель МИД КНР Линь Цзянь.",
        _HE,
        "Линь Цзянь",
    ),
    # the verb after the name, a circumstance or the person's role set off between
    (
        "Официальный представитель МИД КНР Мао Нин на брифинге заявила, что мир близок.",
        _SHE,
        "Мао Нин",
    ),
    (
        "Официальный представитель МИД КНР Мао Нин в ходе брифинга заявила, что мир близок.",
        _SHE,
        "Мао Нин",
    ),
    (
        "Мао Нин, официальный представитель МИД КНР, заявила, что Китай готов помочь.",
        _SHE,
        "Мао Нин",
    ),
    ("Ифеома Океке, посол Нигерии, подчеркнула, что страны сблизились.", _SHE, "Ифеома Океке"),
    (
        "Посол Финляндии Анна-Мари Кеттунен на переговорах в столице напомнила, что мир близок.",
        _SHE,
        "Анна-Мари Кеттунен",
    ),
    (
        "Премьер-министр Таиланда Сретта Тхависин на встрече заявил, что мир близок.",
        _HE,
        "Сретта Тхависин",
    ),
    (
        "Официальный представитель МИД КНР Мао Нин, отвечая на вопрос, заявила, что мир близок.",
        _SHE,
        "Мао Нин",
    ),
    ("Мао Нин, выступавшая на брифинге, заявила, что Китай готов помочь.", _SHE, "Мао Нин"),
    ("Тесфайе Йетаеу, прибывший в Москву, заявил, что страны сблизились.", _HE, "Тесфайе Йетаеу"),
    (
        "Глава МИД Германии Анналена Бербок, ссылаясь на коллег, заявила, что мир близок.",
        _SHE,
        "Анналена Бербок",
    ),
    (
        "Председатель Ассамблеи Деннис Фрэнсис, по данным агентства, заявил, что мир близок.",
        _HE,
        "Деннис Фрэнсис",
    ),
    # a first name the dictionary reads only in an oblique case, beside a surname that never
    # declines, is a nominative when a verb agrees with the pair
    ("Об этом сообщил новый посол Японии Акира Мураками.", _HE, "Акира Мураками"),
    # a man's oblique first name («Джорджа» of «Джордж») a feminine verb cannot agree with
    ("Как сообщила премьер-министр Италии Джорджа Мелони, Рим готов.", _SHE, "Джорджа Мелони"),
    (
        "Посол Эфиопии Тесфайе Йетаеу на брифинге подчеркнул, что страны сблизились.",
        _HE,
        "Тесфайе Йетаеу",
    ),
    # a woman named later in the nominative is whom «она» points at
    (
        "Мао Нин заявила, что мир близок. Ее коллега Кэролайн Левитт ответила, что он далек.",
        _SHE,
        "Кэролайн Левитт",
    ),
]


@pytest.mark.parametrize(("text", "pronoun", "speaker"), AGREEING_VERBS)
def test_a_verb_agreeing_with_the_name_gives_its_gender(
    text: str, pronoun: str, speaker: str
) -> None:
    quotes = analyze(text + pronoun).quotes
    assert [q.speaker for q in quotes][-1:] == [speaker]


# A name's forms: a foreign surname in «-и», «-о», «-э» beside a first name that never
# declines stays as written (the dictionary's oblique reading is a guess), unless the text
# writes the guessed form too; «-у» stays a dative's; a name set off by a comma before a role
# opens its sentence as the subject; an adjective's noun is no surname.
NAME_FORMS = [
    ("Убийство верховного лидера Ирана Али Хаменеи потрясло страну.", {"Али Хаменеи"}),
    ("Лавров позвонил Энтони Блинкену.", {"Лавров", "Энтони Блинкен"}),
    ("Посол Эфиопии Тесфайе Йетаеу заявил, что мир близок.", {"Тесфайе Йетаеу"}),
    (
        "Субраманьям Джайшанкар, руководитель индийского ведомства, выступил в Нью-Йорке.",
        {"Субраманьям Джайшанкар"},
    ),
    ("Колонку написала Мария Иванова — Силовой Блок", {"Мария Иванова"}),
    ("Александр Блок написал поэму.", {"Александр Блок"}),
]


@pytest.mark.parametrize(("text", "names"), NAME_FORMS)
def test_foreign_name_forms(text: str, names: set[str]) -> None:
    found = {m.person.name for m in find_entities(text).persons if m.person}
    assert found == names


def test_a_site_name_is_no_diplomat() -> None:
    """«— Силовой Блок» in a dateline is the site, never the person «— заявил дипломат» is."""
    text = (
        "25 сентября 2024, 07:59 — Силовой Блок\n"
        "Субраманьям Джайшанкар, руководитель индийского внешнеполитического ведомства, "
        "принял участие в дискуссии.\n"
        "«У нас нет мирного плана», — заявил дипломат."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Субраманьям Джайшанкар"]


def test_a_guessed_name_after_a_speech_verb_speaks() -> None:
    """«— пояснил Рютте»: a word the dictionary only guesses at (as a locative of «рютт»),
    in a foreign vowel, right after a singular speech verb is a name, so the headline's
    «Рютте:» label is his too; «Боррелю», «Лула» (a dative, part of a longer name) never."""
    text = (
        "Рютте: НАТО не находится «ни в состоянии мира, ни в состоянии войны»\n"
        "Генсек также указал на угрозу.\n"
        "«Мы не находимся ни в состоянии войны, ни в состоянии мира», – пояснил Рютте."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Рютте", "Рютте"]
