"""Interview layout (bot/content/interview.py): questions, answers, labels, dash Q&A."""

from __future__ import annotations

import pytest

from bot.content.interview import Role, label_of, turns

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
    ],
)
def test_label_of(paragraph: str, label: str | None) -> None:
    m = label_of(paragraph)
    assert (m.group("label").strip() if m else None) == label
