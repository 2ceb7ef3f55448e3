"""Two wrong-name mechanisms, end to end through `analyze`.

Why: a quoting verb's object named before the outlet that relays it («— цитирует Орбана
телеканал М-1») owns the words, and an outlet's numbered name («ТА-3», «Россия-24») is never
cut to its letters; a label «Name о …: «…»» is the words of the name opening it, never of a
person the «о …» topic names in an oblique case; a body the sentence names only inside a
post in an oblique case («в должность главы администрации Тайваня») is whose post it is, never
who speaks.
"""

from __future__ import annotations

import pytest

from bot.content import analyze

_LEAD = "Правительство обсудило бюджет на следующий год.\n\n"

RELAYS: list[tuple[str, str | None]] = [
    # the person right after the quoting verb owns the words; the outlet relays them
    (
        "Премьер-министр Венгрии Виктор Орбан выступил в парламенте.\n\n«Мы не позволим"
        " втянуть страну в чужую войну», — цитирует Орбана телеканал М-1.",
        "Виктор Орбан",
    ),
    (
        "Президент Турции Реджеп Эрдоган провел пресс-конференцию.\n\n«Наша позиция по"
        " Черному морю неизменна», — приводит слова Эрдогана агентство Анадолу.",
        "Реджеп Эрдоган",
    ),
    (
        "Канцлер Германии Фридрих Мерц прилетел в Вашингтон.\n\n«Мы ждем от партнеров"
        " ясности по пошлинам», — цитирует Мерца газета Bild.",
        "Фридрих Мерц",
    ),
    # nobody: the person cited is no one the text introduces — never the outlet nor its cut name
    (_LEAD + "«Решение будет принято позже», — цитирует Белый дом газета Politico.", "Белый дом"),
    (_LEAD + "«Решение будет принято позже», — цитирует Вучича телеканал Пинк-5.", None),
    (_LEAD + "«Решение будет принято позже», — цитирует источник телеканал ТВ-5.", None),
    (_LEAD + "«Мы не будем повышать налоги», — цитирует Новака телеканал Россия-24.", None),
    # the owner's title runs on through «по …» to his name, whatever case it shows; the
    # quoted outlet after it relays (a name that does not decline is no nominative subject)
    (
        "Новым пресс-секретарем стала Анна Смит.\n\n«Анна будет пресс-секретарем», — приводит"
        " слова советника президента по коммуникациям Тьерри Бодуэна «Франс Пресс».",
        "Тьерри Бодуэн",
    ),
    (
        "Новым пресс-секретарем стал Иван Смирнов. Выступил и Пабло Руис.\n\n«Иван будет"
        " пресс-секретарем», — приводит слова директора Белого дома по коммуникациям Энтони"
        " Скарамуччи «РИА Новости».",
        "Энтони Скарамуччи",
    ),
    (
        "Новым пресс-секретарем стала Анна Смит. Глава ВТО Нгози Оконджо-Ивеала выступила."
        "\n\n«Анна будет пресс-секретарем», — приводит слова генерального директора ВТО по"
        " вопросам торговли Нгози Оконджо-Ивеала «РИА Новости».",
        "Нгози Оконджо-Ивеала",
    ),
    # must not fire: a reporter named after the owner relays, the owner stays the minister
    (
        "Новым пресс-секретарем стала Анна Смит. Министр Жан Дюпон выступил.\n\n«Анна будет"
        " пресс-секретарем», — приводит слова министра корреспондент «РИА Новости» Иван"
        " Петров.",
        "Жан Дюпон",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), RELAYS)
def test_a_quoting_verb_s_object_owns_the_words_the_outlet_relays(
    text: str, speaker: str | None
) -> None:
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


# «— говорится в письменном заявлении Гутерриша»: adjectives before an owned text leave its
# one owner in the genitive after it; a joint text («в совместном заявлении») has no one owner.
OWNED_TEXTS: list[tuple[str, str | None]] = [
    (
        "Генеральный секретарь ООН Антониу Гутерриш выступил с заявлением о Венесуэле.\n\n«Я"
        " глубоко обеспокоен возможным обострением», — говорится в письменном заявлении"
        " Гутерриша.",
        "Антониу Гутерриш",
    ),
    (
        "Наследный принц Саудовской Аравии Мухаммед бен Салман обратился к гражданам.\n\n"
        "«Королевство открыто для всех друзей», — сказано в новогоднем обращении Мухаммеда бен"
        " Салмана.",
        "Мухаммед бен Салман",
    ),
    (
        "Председатель Еврокомиссии Урсула фон дер Ляйен выступила в Брюсселе.\n\n«Европа не"
        " отступит от своих обязательств», — говорится в официальном заявлении фон дер Ляйен.",
        "Урсула фон дер Ляйен",
    ),
    # must not fire: a joint text is nobody's alone; a body's text stays the body's
    (
        "Президенты Владимир Путин и Си Цзиньпин провели переговоры.\n\n«Стороны выступают"
        " против гегемонии», — говорится в совместном заявлении Владимира Путина и Си"
        " Цзиньпина.",
        None,
    ),
    (
        "Министр иностранных дел Ирана Аббас Аракчи прибыл в Москву.\n\n«Стороны обсудили"
        " ядерную сделку», — говорится в письменном заявлении МИД Ирана.",
        "МИД Ирана",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OWNED_TEXTS)
def test_an_owned_text_after_its_adjectives(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


NUMBERED_OUTLETS: list[tuple[str, str]] = [
    (_LEAD + "«Дефицит сократится вдвое», — сообщил телеканал Россия-24.", "Россия-24"),
    (_LEAD + "«Дефицит сократится вдвое», — сообщил телеканал РБК-ТВ.", "РБК-ТВ"),
    (_LEAD + "«Дефицит сократится вдвое», — передает телеканал ТВ-3.", "ТВ-3"),
]


@pytest.mark.parametrize(("text", "outlet"), NUMBERED_OUTLETS)
def test_a_numbered_outlet_is_never_cut_to_its_letters(text: str, outlet: str) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    cut = outlet.split("-")[0]
    assert cut not in speakers
    assert all(s in (None, outlet) for s in speakers)


TOPIC_LABELS: list[tuple[str, str | None]] = [
    (
        "Эрдоган о переговорах с Путиным: «Мы нашли общий язык по зерну»\n\n"
        "Президент Турции Реджеп Эрдоган встретился с президентом России Владимиром Путиным.",
        "Реджеп Эрдоган",
    ),
    (
        "Лавров о беседе с Рубио: «Мы услышали друг друга»\n\nМинистр иностранных дел"
        " России Сергей Лавров поговорил по телефону с госсекретарем США Марко Рубио.",
        "Сергей Лавров",
    ),
    (
        "Мерц про санкции против Путина: «Давление будет только расти»\n\nКанцлер Германии"
        " Фридрих Мерц прокомментировал позицию президента России Владимира Путина.",
        "Фридрих Мерц",
    ),
    # nobody: the label names only the topic, whose person is no speaker
    (
        "О встрече с Макроном: «Мы обсудили все вопросы»\n\nПрезидент Франции Эммануэль"
        " Макрон принял делегацию.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TOPIC_LABELS)
def test_a_label_s_speaker_opens_it_before_its_topic(text: str, speaker: str | None) -> None:
    quotes = analyze(text).quotes
    assert quotes
    assert quotes[0].speaker == speaker


POST_BODIES: list[tuple[str, list[str | None]]] = [
    # the body only tells whose head the person the words are about is: nobody known
    (
        "Поступки бывшего главы администрации Непала подтверждают, что он является «разрушителем"
        " мира» и «инициатором кризиса».",
        [None, None],
    ),
    (
        "Действия Ким Сон Хо на посту главы администрации Сеула подтверждают, что он является"
        " «защитником города» и «другом бизнеса».",
        [None, None],
    ),
    (
        "Действия Ли Вэя с момента его вступления в должность главы администрации Пусана"
        " подтверждают, что он является «разрушителем мира» и «инициатором кризиса».",
        [None, None],
    ),
    # the body itself, its unit, or a post in the nominative keep their answer
    ("Администрация Тайваня заявила, что это «саботаж мира» и «провокация».", None),
    ("В администрации Тайваня заявили, что это «саботаж мира» и «провокация».", None),
    ("Пресс-служба администрации Непала заявила, что это «саботаж мира» и «провокация».", None),
]


@pytest.mark.parametrize(("text", "speakers"), POST_BODIES)
def test_a_body_inside_an_oblique_post_never_speaks(
    text: str, speakers: list[str | None] | None
) -> None:
    found = [q.speaker for q in analyze(text).quotes]
    if speakers is None:  # the body named as the subject speaks
        assert found
        assert all(s is not None and "администрация" in s for s in found)
    else:
        assert found == speakers
