"""Interview layout (bot/content/interview.py): questions, answers, labels, dash Q&A."""

from __future__ import annotations

import pytest

from bot.content.interview import Role, label_of, turns, units
from bot.content.pipeline import analyze

Q, A, N = Role.QUESTION, Role.ANSWER, Role.INTRO

# (paragraphs, expected roles, expected labels)
LAYOUTS = [
    (  # labelled turns: the interviewer's label asks, the other answers
        [
            "Прямая речь",
            "Вячеслав НИКОНОВ: Вам когда-нибудь было более тревожно, чем сейчас?",
            "Сергей ЛАВРОВ: И да, и нет. Конфронтация достигла дна.",
            "Вячеслав НИКОНОВ: Кто ввёл слово «война» в обиход?",
            "Сергей ЛАВРОВ: Наши западные коллеги.",
        ],
        [N, Q, A, Q, A],
        [None, "Вячеслав НИКОНОВ", "Сергей ЛАВРОВ", "Вячеслав НИКОНОВ", "Сергей ЛАВРОВ"],
    ),
    (  # "ВОПРОС:" is always the interviewer, even when the turn does not end with "?"
        [
            "Интервью С.В.Лаврова телекомпании PBS.",
            "ВОПРОС: Благодарим Вас за встречу. Позвольте начать с Кореи.",
            "С.В. ЛАВРОВ: Корея уже не раз делала подобные заявления.",
            "Был случай, когда перевод рассматривался через лупу.",
        ],
        [N, Q, A, A],
        [None, "ВОПРОС", "С.В. ЛАВРОВ", "С.В. ЛАВРОВ"],
    ),
    (  # an outlet as the interviewer's label
        [
            "Журналисты задали главе МИД вопросы:",
            "Российская газета: На кого мы можем рассчитывать?",
            "Сергей Лавров: Партнеров достаточно.",
        ],
        [N, Q, A],
        [None, "Российская газета", "Сергей Лавров"],
    ),
    (  # a label with a role after a comma
        [
            "Вопрос: Как вы оцениваете отношения?",
            "Карпушин Александр Романович, Посол России в Албании: Отношения непростые.",
        ],
        [Q, A],
        ["Вопрос", "Карпушин Александр Романович, Посол России в Албании"],
    ),
    (  # dash Q&A: a dash line that asks, then the dash lines that answer
        [
            "Посол ответил на вопросы журнала.",
            "— Как вы оцениваете итоги саммита?",
            "— Итоги в целом позитивные.",
            "Работа продолжится.",
        ],
        [N, Q, A, A],
        [None, None, None, None],
    ),
]

# Texts that are not interviews: one labelled quotation, headlines with colons, reported speech.
NOT_INTERVIEWS = [
    ["Лавров: Россия не закроется от мира", "Сергей Лавров заявил, что Россия открыта."],
    ["Сергей Лавров, министр: «Нам говорят одно».", "Сергей Лавров: «Никто не может диктовать»."],
    ["Сергей Лавров отметил: «Мы достигли результатов».", "Захарова подчеркнула: «Это так»."],
    ["Министр заявил, что переговоры продолжатся.", "«Почему нет?» — спросил он."],
]


@pytest.mark.parametrize(("paragraphs", "roles", "labels"), LAYOUTS)
def test_turns_of_an_interview(
    paragraphs: list[str], roles: list[Role], labels: list[str | None]
) -> None:
    layout = turns(paragraphs)
    assert layout is not None
    assert [t.role for t in layout] == roles
    assert [t.label for t in layout] == labels


@pytest.mark.parametrize("paragraphs", NOT_INTERVIEWS)
def test_news_is_not_an_interview(paragraphs: list[str]) -> None:
    assert turns(paragraphs) is None


def test_the_turn_text_starts_after_the_label() -> None:
    layout = turns(["ВОПРОС: Как дела?", "С.В. ЛАВРОВ: Хорошо."])
    assert layout is not None
    assert "С.В. ЛАВРОВ: Хорошо."[layout[1].text_start :] == "Хорошо."


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Сергей ЛАВРОВ: И да, и нет.", "Сергей ЛАВРОВ"),
        ("«Международная жизнь»: Что дальше?", "«Международная жизнь»"),
        ("Песков: в интересах России сделать так", None),  # a headline, no final stop
        ("Сергей Лавров отметил: «Безусловно».", None),  # reported speech
        ("В. Путин:", "В. Путин"),  # a label alone on its line labels the paragraph under it
        ("Вопрос:", "Вопрос"),
        ("Итоги года:", None),  # a heading, not a name
        ("Вопрос (ТАСС): Когда?", "Вопрос (ТАСС)"),  # an aside in brackets
        ("С.В.Лавров (говорит по-английски): Да.", "С.В.Лавров (говорит по-английски)"),
    ],
)
def test_label_of(paragraph: str, label: str | None) -> None:
    m = label_of(paragraph)
    assert (m.group("label").strip() if m else None) == label


# A collapsed paragraph is cut at its hidden turns; dialogue interrupted by its attribution
# and prose are not. (paragraph, expected units' texts)
UNITS = [
    (
        "Об этом рассказал посол. — Каков итог? — Отношения крепнут.",
        ["Об этом рассказал посол. ", "— Каков итог? ", "— Отношения крепнут."],
    ),
    (
        "В интервью он рассказал о работе. Александр Чепурин: Думаю, что да.",
        ["В интервью он рассказал о работе. ", "Александр Чепурин: Думаю, что да."],
    ),
    ("— Мы готовы, — сказал Лавров. — Но не сейчас.", None),  # no question: one unit
    ("— Почему? — спросил он. Ответа не было.", None),  # "— спросил" is no turn
    ("Встреча прошла в Москве. Лавров заявил: «Мы готовы».", None),  # a verb is no label
]


@pytest.mark.parametrize(("paragraph", "expected"), UNITS)
def test_units_of_a_collapsed_paragraph(paragraph: str, expected: list[str] | None) -> None:
    found = [paragraph[u.lo : u.hi] for u in units([paragraph])]
    assert found == (expected or [paragraph])


# Each layout as the reader sees it: the quotations `analyze` returns, (text, speaker).
# Questions and introductions are never quoted; an interviewee nobody names with confidence
# gives no quotation of a one-question exchange (it may be a dialogue, not an interview).
INTERVIEW_QUOTES = [
    (  # one dash question, hyphens; the introduction announces who answers
        "Постпред России при ООН Виталий Чуркин отвечает на вопросы главного редактора газеты "
        "«Труд» Анатолия Салуцкого.\n"
        "- Виталий Иванович, вы дипломат со стажем. Что дает опыт?\n"
        "- Опыт помогает в любой работе. Работа стала захватывающей.",
        [("Опыт помогает в любой работе. Работа стала захватывающей.", "Виталий Чуркин")],
    ),
    (  # an interview announced in the future tense, the interviewee after a title
        "Как развивается сотрудничество, расскажет агентству генеральный консул КНР в Хабаровске "
        "господин Цзян Сяоян.\n— Господин Цзян, как вы оцениваете отношения?\n"
        "— Отношения развиваются на самом высоком уровне.",
        [("Отношения развиваются на самом высоком уровне.", "Цзян Сяоян")],
    ),
    (  # a Q&A collapsed into the paragraph that announces it
        "Об истории сотрудничества в интервью агентству рассказал посол КНР Чжан Ханьхуэй. "
        "— Каков главный итог этих лет? В чем ваша задача? — Народ Китая никогда не забудет "
        "помощь советских специалистов.",
        [("Народ Китая никогда не забудет помощь советских специалистов.", "Чжан Ханьхуэй")],
    ),
    (  # a name label after the announcement, in the same paragraph; the next one continues
        "Александр Чепурин завершает свою миссию в Сербии.\n"
        "В прощальном интервью газете он рассказывает, почему задержался в Белграде. "
        "Александр Чепурин: Думаю, что руководство учло сложность задач.\n"
        "Я рад, что многое удалось сделать.",
        [
            (
                "Думаю, что руководство учло сложность задач.\nЯ рад, что многое удалось сделать.",
                "Александр Чепурин",
            )
        ],
    ),
    (  # a transcript: the label alone on its line, its turn under it after a dash
        "Президент России Владимир Путин дал большую пресс-конференцию.\nВ. Путин:\n"
        "- Добрый день, уважаемые коллеги. Мы начинаем традиционную встречу.\n"
        "Итак, ВВП вырос на 1,7 процента.",
        [
            (
                "Добрый день, уважаемые коллеги. Мы начинаем традиционную встречу.\n"
                "Итак, ВВП вырос на 1,7 процента.",
                "Владимир Путин",
            )
        ],
    ),
    (  # «Вопрос:»/«Ответ:»: the answer label names nobody, the announcement does
        "Министр иностранных дел Сергей Лавров дал интервью газете «Известия».\n"
        "Вопрос: Как вы оцениваете переговоры?\nОтвет: Переговоры идут трудно, но идут.\n"
        "Вопрос: Будут ли новые встречи?\nОтвет: Безусловно, встречи будут.",
        [
            ("Переговоры идут трудно, но идут.", "Сергей Лавров"),
            ("Безусловно, встречи будут.", "Сергей Лавров"),
        ],
    ),
    (  # one question, nobody announced: not confidently an interview
        "Журнал поговорил с дипломатом.\n— Как вы оцениваете отношения?\n"
        "— Отношения развиваются на самом высоком уровне.",
        [],
    ),
    (  # one question, two people announced: whose answer it is, nobody can tell
        "Сергей Лавров и Мария Захарова дали интервью агентству.\n"
        "— Как вы оцениваете отношения?\n— Отношения развиваются на самом высоком уровне.",
        [],
    ),
    (  # plain question paragraphs (the site lost their bold) after an announcement
        "Посол России в Сербии Александр Боцан-Харченко ответил на вопросы журнала.\n"
        "Господин посол, как вы оцениваете отношения двух стран?\n"
        "Отношения развиваются успешно.\nКаковы перспективы энергетики?\n"
        "Перспективы хорошие, проекты идут.",
        [
            ("Отношения развиваются успешно.", "Александр Боцан-Харченко"),
            ("Перспективы хорошие, проекты идут.", "Александр Боцан-Харченко"),
        ],
    ),
    (  # plain questions without an announced interviewee: a columnist asks, nobody answers
        "Экономист Иван Петров рассказал о прогнозах.\nЧто ждет экономику в новом году?\n"
        "Рост замедлится, считают аналитики.\nА что с инфляцией?\nИнфляция останется высокой.",
        [],
    ),
    (  # plain questions addressing the interviewee by name and patronymic
        "Замглавы МИД России Сергей Рябков в интервью агентству высказывается по острым "
        "вопросам.\nСергей Алексеевич, кнопка перезагрузки уже нажата. Что дальше?\n"
        "Дальше будет работа. Мы готовы.\nСергей Алексеевич, каковы перспективы договора?\n"
        "Перспективы есть.",
        [
            ("Дальше будет работа. Мы готовы.", "Сергей Рябков"),
            ("Перспективы есть.", "Сергей Рябков"),
        ],
    ),
    (  # several interviewees, each named by a heading (a role and a name) over their questions
        "О профессиональном празднике рассказывают российские дипломаты.\n"
        "Заместитель министра иностранных дел России Алексей Мешков\n"
        "- В чем вы видите основные отличия?\n- Отличия огромные.\n"
        "- А что осталось прежним?\n- Профессионализм.\n"
        "Посол России в Германии Сергей Нечаев\n"
        "- Как вы оцениваете отношения?\n- Отношения сложные.",
        [
            ("Отличия огромные.", "Алексей Мешков"),
            ("Профессионализм.", "Алексей Мешков"),
            ("Отношения сложные.", "Сергей Нечаев"),
        ],
    ),
    (  # a bare name as a subhead is what the questions are about, not who answers them;
        # a subhead belongs to no answer
        "Министр иностранных дел Сергей Лавров дал интервью газете.\n"
        "— Как вы оцениваете итоги года?\n— Итоги хорошие.\nДональд Трамп\n"
        "— Как вы оцениваете Трампа?\n— Он прагматик.",
        [("Итоги хорошие.", "Сергей Лавров"), ("Он прагматик.", "Сергей Лавров")],
    ),
    (  # «обсудил с главным редактором» announces it; the Q&A collapsed into the lead
        "Посол США в России Уильям Бернс обсудил с главным редактором «Профиля» Георгием Бовтом "
        "перспективы председательства России. — Какие трудности это создает? Что вы ждете от "
        "встреч? — Россия будет хорошим председателем.",
        [("Россия будет хорошим председателем.", "Уильям Бернс")],
    ),
    (  # a dash after the label opens the words, it is not one of them
        "Российский военный эксперт Евгений Крутиков дал интервью газете.\n"
        "Журналист: – Какова атмосфера в центре управления?\n"
        "Евгений Крутиков: – Для начала надо определиться с терминами.",
        [("Для начала надо определиться с терминами.", "Евгений Крутиков")],
    ),
    (  # a news story's rhetorical subheads are no questions to the minister it quotes
        "Глава МИД России Сергей Лавров в интервью РИА Новости заявил, что Москва готова к "
        "переговорам.\nЛавров также отметил, что ответ за Западом.\n"
        "Что стоит за этим заявлением?\nЭксперты считают, что Москва меняет тон.\n"
        "Как отреагирует Запад?\nПока Вашингтон молчит.",
        [],
    ),
    (  # a newspaper's names in capitals: the nominative one answers, not the correspondent
        "В преддверии встречи секретарь Совбеза НИКОЛАЙ ПАТРУШЕВ рассказал корреспонденту "
        "ЕЛЕНЕ ЧЕРНЕНКО о своем видении.\n— В чем смысл таких встреч?\n"
        "— Рост угроз требует совместных усилий.",
        [("Рост угроз требует совместных усилий.", "Николай Патрушев")],
    ),
    (  # a briefing announced over two sentences, labels alone on their lines
        "В среду состоялся брифинг, который провела официальный представитель МИД Мария "
        "Захарова. Ей пришлось отвечать на вопросы журналистов.\nВОПРОС:\n"
        "Как вы оцениваете заявление?\nОТВЕТ:\nЭто провокация.\nВОПРОС:\nБудет ли ответ?\n"
        "ОТВЕТ:\nБезусловно, ответ будет.",
        [("Это провокация.", "Мария Захарова"), ("Безусловно, ответ будет.", "Мария Захарова")],
    ),
    (  # several labelled speakers; a rhetorical question does not make the president ask
        "Президент России Владимир Путин провел пресс-конференцию вместе с министром "
        "иностранных дел Сергеем Лавровым.\nВопрос: Как вы оцениваете итоги?\n"
        "В. Путин: Итоги хорошие. Разве кто-то сомневался?\nВопрос: А министр что скажет?\n"
        "С. Лавров: Согласен с президентом.\nВопрос: Что дальше?\nВ. Путин: Работа продолжится.",
        [
            ("Итоги хорошие. Разве кто-то сомневался?", "Владимир Путин"),
            ("Согласен с президентом.", "Сергей Лавров"),
            ("Работа продолжится.", "Владимир Путин"),
        ],
    ),
    (  # asides in brackets: whose question it is, how the answer is given
        "Министр иностранных дел Сергей Лавров ответил на вопросы СМИ.\n"
        "Вопрос (ТАСС): Как вы оцениваете переговоры?\n"
        "С.В.Лавров (отвечает по-английски): Переговоры идут трудно.\n"
        "Вопрос (Би-би-си): Будут ли встречи?\nС.В.Лавров: Безусловно, будут.",
        [("Переговоры идут трудно.", "Сергей Лавров"), ("Безусловно, будут.", "Сергей Лавров")],
    ),
    (  # only the questions carry a label: what follows an asked question is the answer
        "Министр иностранных дел Сергей Лавров дал интервью газете «Известия».\n"
        "Вопрос: Как вы оцениваете переговоры?\nПереговоры идут трудно, но идут.\n"
        "Это нормально.\nВопрос: Будут ли новые встречи? Когда?\nБезусловно, встречи будут.",
        [
            ("Переговоры идут трудно, но идут.\nЭто нормально.", "Сергей Лавров"),
            ("Безусловно, встречи будут.", "Сергей Лавров"),
        ],
    ),
    (  # the announcement in the title, a numbered question, the labelled answer under it
        "Интервью Посла КНР в РФ Ли Хуэя «Комсомольской правде»\n2019/03/05\n"
        "1.Как бы вы охарактеризовали нынешние отношения?\n"
        "Ли Хуэй: Отношения переживают наилучший период.",
        [("Отношения переживают наилучший период.", "Ли Хуэй")],
    ),
    (  # a name label far from the announcement: the story goes on, it is no monologue
        "На брифинге Мария Захарова ответила на вопросы о визите.\n"
        "Визит прошел в Москве.\nСергей Лавров: Мы не допустим давления.\n"
        "Эксперты считают, что переговоры затянутся.",
        [],
    ),
    (  # a name label in prose without an announced interview is no monologue
        "Встреча прошла в Москве. Сергей Лавров: Мы обсудили все вопросы.\n"
        "Других заявлений не было.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEW_QUOTES)
def test_interview_answers_are_quoted(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


def test_a_quoted_headline_label_is_no_monologue() -> None:
    """ "Александр Чепурин, посол России: «…»" quotes a headline; the paragraph after it is
    the journalist's, never the ambassador's."""
    text = (
        "Александр Чепурин, посол России: «Россия поможет Сербии»\n"
        "Александр Чепурин завершает свою миссию в Сербии. Его преемник приедет в мае."
    )
    assert [q.text for q in analyze(text).quotes] == ["Россия поможет Сербии"]


def test_a_transcript_is_summarised_by_its_lead() -> None:
    """A press-conference transcript opens with greetings; its lead says what happened."""
    text = INTERVIEW_QUOTES[4][0]
    assert analyze(text).summary.startswith("Президент России Владимир Путин дал большую")
