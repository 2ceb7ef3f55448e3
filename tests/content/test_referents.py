"""Who a pronoun, a role-only mention or an interjected clause refers to.

Each table holds sentences of its own (not only the corpus ones): the rule must hold for
other roles, other interjections, other cases. Rows give every (quotation, speaker) that
`analyze` returns.
"""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze

Rows = list[tuple[str, list[tuple[str, str | None]]]]

# A person named inside the «что» clause of a speech verb is what its subject said: a later
# «он»/«она» is that subject (of the pronoun's gender), never the person the clause names.
REPORTED: Rows = [
    (
        "Премьер-министр Индии Нарендра Моди заявил, что президент РФ Владимир Путин является "
        "его другом. Об этом сообщает RT.\nКомментируя визит российского лидера в Индию, он "
        "отметил, что ждёт встреч с ним «сегодня вечером и завтра».",
        [("сегодня вечером и завтра", "Нарендра Моди")],
    ),
    (
        "Глава МИД Венгрии Петер Сийярто заявил, что канцлер Германии Олаф Шольц ошибается. "
        "Выступая в парламенте, он отметил, что Будапешт «не изменит позицию».",
        [("не изменит позицию", "Петер Сийярто")],
    ),
    (
        "Мария Захарова сообщила, что Кая Каллас прибыла в Киев. Отвечая на вопрос "
        "журналистов, она добавила, что визит «ничего не изменит».",
        [("ничего не изменит", "Мария Захарова")],
    ),
    (
        "Президент Франции Эммануэль Макрон заявил, что канцлер Германии Фридрих Мерц его "
        "поддерживает. «Европа едина», — подчеркнул он.",
        [("Европа едина", "Эммануэль Макрон")],
    ),
    # … and so is one named in the question the subject answers (or would not)
    (
        "Замглавы МИД России Сергей Рябков не стал отвечать на вопрос, обсуждали ли глава "
        "российского МИД Сергей Лавров и госсекретарь США Марко Рубио поставки ракет. По "
        "словам дипломата, такие вопросы не следует обсуждать «в публичном пространстве».",
        [("в публичном пространстве", "Сергей Рябков")],
    ),
    (
        "Пресс-секретарь президента Дмитрий Песков не ответил на вопрос, встретится ли "
        "Владимир Путин с Дональдом Трампом. Комментируя ситуацию, он отметил, что такие "
        "контакты «пока не планируются».",
        [("пока не планируются", "Дмитрий Песков")],
    ),
    (
        "Официальный представитель МИД Мария Захарова не стала уточнять, приедет ли Кая "
        "Каллас в Москву. При этом она подчеркнула, что вопрос «не стоит на повестке».",
        [("не стоит на повестке", "Мария Захарова")],
    ),
    # … of the pronoun's gender only: «он» is not the woman who reported
    (
        "Мария Захарова заявила, что Сергей Лавров проведет переговоры. «Мы готовы», — сказал он.",
        [("Мы готовы", "Сергей Лавров")],
    ),
    # … and «она» is neither
    (
        "Дмитрий Песков подчеркнул, что Владимир Путин открыт к диалогу. «Мы готовы», — "
        "сказала она.",
        [("Мы готовы", None)],
    ),
    # … a body that reports has no person to stand for: the person its clause names
    (
        "МИД России сообщил, что Сергей Лавров прибыл в Анкару. Он заявил, что переговоры "
        "«будут непростыми».",
        [("будут непростыми", "Сергей Лавров")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


# An aside set off by commas between the subject and its speech verb — a gerund or
# participle clause, a parenthetical of the lexicon — does not cut the subject off.
ASIDES: Rows = [
    (
        "Владимир Путин провел разговор с Дональдом Трампом. В свою очередь, спецпосланник "
        "российского президента Кирилл Дмитриев, комментируя беседу лидеров, отметил, что "
        "«важнейший диалог продолжается».",
        [("важнейший диалог продолжается", "Кирилл Дмитриев")],
    ),
    (
        "Сергей Лавров прибыл в Анкару. После встречи глава МИД Турции Хакан Фидан, отвечая на "
        "вопросы журналистов, отметил, что стороны «сблизили позиции».",
        [("сблизили позиции", "Хакан Фидан")],
    ),
    (
        "Дональд Трамп провел встречу. На пресс-конференции председатель Еврокомиссии Урсула "
        "фон дер Ляйен, в свою очередь, заявила, что ЕС «не отступит».",
        [("не отступит", "Урсула фон дер Ляйен")],
    ),
    (
        "Сергей Шойгу провел встречу. Глава МИД Венгрии Петер Сийярто, находящийся в Москве, "
        "заявил, что санкции «не работают».",
        [("не работают", "Петер Сийярто")],
    ),
    # … a name inside the aside is never the speaker
    (
        "Сергей Лавров, отвечая на вопрос о заявлении Марко Рубио, подчеркнул, что Москва «не "
        "будет торговаться».",
        [("не будет торговаться", "Сергей Лавров")],
    ),
    # … and a role before the aside still resolves by its country (a one-letter surname
    # ends the sentence before)
    (
        "Сергей Лавров встретился с главой МИД Китая Ван И. Китайский министр, выступая на "
        "брифинге, заявил, что Пекин «поддерживает переговоры».",
        [("поддерживает переговоры", "Ван И")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_between_subject_and_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


# A role-only subject is the person the text introduced with that role; read backwards from
# the verb, the role word right before another heads it («заместитель министра» is the deputy,
# «пресс-секретарь президента» the spokesman), and a title stops at a person named in the
# nominative before it («Юрий Ушаков журналисту Павлу Зарубину»: no «помощник» of Зарубин's).
ROLE_ONLY: Rows = [
    (
        "Министр иностранных дел России Сергей Лавров провел переговоры. Заместитель министра "
        "иностранных дел Сергей Рябков встретился с послом. Заместитель министра заявил: «Мы "
        "готовы к диалогу».",
        [("Мы готовы к диалогу", "Сергей Рябков")],
    ),
    (
        "Генеральный секретарь НАТО Йенс Столтенберг выступил в Брюсселе. Говоря о требованиях "
        "Москвы, генеральный секретарь сказал: «Двери открыты».",
        [("Двери открыты", "Йенс Столтенберг")],
    ),
    (
        "Президент России Владимир Путин провел совещание. Пресс-секретарь президента Дмитрий "
        "Песков рассказал об итогах. Пресс-секретарь президента заявил: «Встреча прошла "
        "конструктивно».",
        [("Встреча прошла конструктивно", "Дмитрий Песков")],
    ),
    (
        "Премьер-министр Израиля Биньямин Нетаньяху выступил. Советник премьер-министра Дмитрий "
        "Гендельман рассказал об этом. Советник премьер-министра заявил: «Мы не отступим».",
        [("Мы не отступим", "Дмитрий Гендельман")],
    ),
    (
        "Помощник президента Юрий Ушаков рассказал журналисту Павлу Зарубину о переговорах. «Мы "
        "не комментируем», — сказал помощник президента.",
        [("Мы не комментируем", "Юрий Ушаков")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_ONLY)
def test_role_only_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


# «как пишет X, «…»»: a person or a role the clause names writes the words himself; an
# outlet there relays (as before, it stays the outlet only when nobody else is named).
AS_WRITES: Rows = [
    (
        "Председатель Госдумы Вячеслав Володин выступил. При этом, как пишет председатель "
        "Госдумы, «о ней не пишут европейские СМИ».",
        [("о ней не пишут европейские СМИ", "Вячеслав Володин")],
    ),
    (
        "Официальный представитель МИД России Мария Захарова прокомментировала заявление. Как "
        "пишет дипломат в своем Telegram-канале, «Киев снова лжет миру».",
        [("Киев снова лжет миру", "Мария Захарова")],
    ),
    (
        "Министр иностранных дел России Сергей Лавров выступил на форуме. Замглавы МИД Сергей "
        "Рябков провел встречу. Как пишет Рябков, «диалог будет продолжен».",
        [("диалог будет продолжен", "Сергей Рябков")],
    ),
    # … a role nobody was introduced with stays unknown
    (
        "Дмитрий Медведев опубликовал пост. Как пишет зампред Совбеза, «Европа идет к войне с "
        "закрытыми глазами».",
        [("Европа идет к войне с закрытыми глазами", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_WRITES)
def test_as_writes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


# A person introduced with a scholar's or journalist's title, however long («старший
# журналист по Белому дому от телеканала Fox News Питер Дуси»), is never the one an office
# («президент») stands for: (text, the person the role must never give).
NEVER_THE_EXPERT: list[tuple[str, str]] = [
    (
        "Дональд Трамп провел встречу в Овальном кабинете. Там старший журналист по Белому дому "
        "от телеканала Fox News Питер Дуси задал вопрос про Украину. «Зеленский тоже очень "
        "упрямый», — заявил президент.",
        "Питер Дуси",
    ),
    (
        "Владимир Путин провел встречу. Затем ведущий политолог Центра политической "
        "конъюнктуры при Высшей школе экономики Алексей Чеснаков выступил с докладом. «Мы "
        "готовы к сотрудничеству», — заявил президент.",
        "Алексей Чеснаков",
    ),
]


@pytest.mark.parametrize(("text", "never"), NEVER_THE_EXPERT)
def test_office_never_the_expert(text: str, never: str) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers
    assert never not in speakers


# «— сказал он» after its own sentence named the speaker is his, even when the sentence
# before named another man (and when the site lost the space before the quotation mark);
# a man named only in the sentence before another still leaves «он» unknown.
OWN_SENTENCE_PRONOUN: Rows = [
    (
        "Посол США в России Линн Трейси вернется в Москву. Об этом сообщил на брифинге "
        'представитель Госдепартамента Мэтью Миллер."Посол вернется в Москву на этой неделе, мы '
        'остаемся привержены диалогу", - сказал он.',
        [
            (
                "Посол вернется в Москву на этой неделе, мы остаемся привержены диалогу",
                "Мэтью Миллер",
            )
        ],
    ),
    (
        "Глава МИД Венгрии Петер Сийярто прибыл в Минск. Об этом в ходе брифинга сообщил "
        'пресс-секретарь МИД Белоруссии Анатолий Глаз. "Визит продлится два дня", - сказал он.',
        [("Визит продлится два дня", "Анатолий Глаз")],
    ),
    (
        "Кац объявил Гутерриша персоной нон грата. Россия, в лице постпреда Василия Небензи, "
        "отреагировала. «Это недопустимо», — сказал он.",
        [("Это недопустимо", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SENTENCE_PRONOUN)
def test_pronoun_after_own_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected
