"""The interviewer's turns: paragraphs a summary never takes a sentence from.

Why: an interview's question turn is often not one question — «— Господин посол, сегодня
отмечается День дипломатического работника. Редакция поздравляет Вас …» or «- Владимир
Имамович, 15 июня ШОС отмечает свою 19-ю годовщину. Как вы охарактеризовали бы …?» — and its
sentences without «?» passed every filter, so the summary opened with the interviewer's words.
The turn is known by its form, whether or not the interview was recognised as one: a dialogue
turn that ends asking (or a paragraph that ends asking someone, «…, Владимир Иванович, … Вы
согласны?»), one that opens by addressing the interviewee («Господин посол,»,
«Владимир Имамович,»), one presenting the guest («мы беседуем с …»), or one labelled as a
question. One named rule each
(tests/content/test_summary_rules.py, ASKED_TURN_CASES).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.content.interview import ANSWER_LABELS, ASKER_LABELS
from bot.content.morph import patronymic

# A dialogue turn: «— …», «– …», «- …».
_DASHED = re.compile(r"^\s*(?:[—–]|-{1,2})\s*(?=\S)")
# «— Господин посол, …», «— Уважаемый Сергей Викторович, …», «— Госпожа Захарова, …»: the
# forms of address only, never a noun sharing their letters («— Дорога в Крым, …»).
_FORMAL_ADDRESS = re.compile(
    r"^(?:Господин|Госпожа|Уважаем(?:ый|ая|ые)|Дорог(?:ой|ая|ие))(?:\s+[\w-]+){1,2},\s"
)
# «— Владимир Имамович, …»: a given name and a patronymic before a comma.
_NAMED_ADDRESS = re.compile(r"^(?P<given>[А-ЯЁ][а-яё]+)\s+(?P<patronymic>[А-ЯЁ][а-яё]+),\s")


def _label(labels: frozenset[str]) -> str:
    """A regex of a turn's label (interview.py ASKER_LABELS, ANSWER_LABELS) as a page writes it,
    capitalised or in capitals: a word before «:» or «.» («Вопрос: …», «ВОПРОС. …»), a letter
    or abbreviation before «:» only («В.: …», «Корр.: …»; «В. Путин» is an initial)."""
    forms: dict[bool, list[str]] = {True: [], False: []}  # a word, or a letter or abbreviation
    for w in sorted(labels):
        forms[len(w) > 4].extend(dict.fromkeys((w.capitalize(), w.upper())))
    return rf"^(?:(?:{'|'.join(forms[True])})\s*[:.]|(?:{'|'.join(forms[False])})\.?\s*:)"


# «Вопрос: …», «ВОПРОС. …», «Корреспондент: …», «В.: …»
_QUESTION_LABEL = re.compile(_label(ASKER_LABELS) + r"\s")


def _asking(paragraph: str) -> bool:
    """A dialogue turn that ends with a question («- Владимир Имамович, … годовщину. Как вы
    …?»): the interviewer's, whatever its first sentences say."""
    return bool(_DASHED.match(paragraph)) and paragraph.rstrip().rstrip('»"“”').endswith("?")


# «, Владимир Иванович,» inside a sentence; «Вы», «вам», «ваш…»: the paragraph speaks to someone.
_VOCATIVE = re.compile(r",\s+(?P<given>[А-ЯЁ][а-яё]+)\s+(?P<patronymic>[А-ЯЁ][а-яё]+),")
_SECOND_PERSON = re.compile(r"(?<!\w)(?:[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\w*)(?!\w)")


def _asking_someone(paragraph: str) -> bool:
    """A paragraph, no dialogue dash, that ends with a question and speaks to someone («Очень
    скоро, Владимир Иванович, символическая дата: … Вы с этим согласны?»): an interviewer's
    question whose turn the page does not mark."""
    if not paragraph.rstrip().endswith("?"):
        return False
    named = _VOCATIVE.search(paragraph)
    if named is not None and patronymic(named.group("patronymic")):
        return True
    return bool(_SECOND_PERSON.search(paragraph))


def _addressing(paragraph: str) -> bool:
    """A dialogue turn that opens by addressing the interviewee, formally or by given name and
    patronymic: the interviewee is spoken to, so it is not their turn."""
    dash = _DASHED.match(paragraph)
    if dash is None:
        return False
    said = paragraph[dash.end() :]
    if _FORMAL_ADDRESS.match(said):
        return True
    named = _NAMED_ADDRESS.match(said)
    return named is not None and patronymic(named.group("patronymic"))


# A host presenting the guest: «мы беседуем с …», «у нас в гостях …», «наш гость …».
_HOSTING = re.compile(
    r"\b(?:[Мм]ы\s+беседуем|[Уу]\s+нас\s+в\s+(?:гостях|студии)|[Нн]аш\s+(?:гость|собеседник)|"
    r"[Сс]егодня\s+в\s+(?:студии|гостях))\b"
)


def _hosting(paragraph: str) -> bool:
    """A dialogue turn presenting the guest («- Здравствуйте. Сегодня в рамках рубрики … мы
    беседуем с очень интересной персоной …»): the host's introduction, no one's news."""
    return bool(_DASHED.match(paragraph)) and bool(_HOSTING.search(paragraph))


def _labelled(paragraph: str) -> bool:
    """A turn labelled as the question («Вопрос: …»)."""
    return bool(_QUESTION_LABEL.match(paragraph.lstrip()))


ASKED_TURNS = (
    ("asking", _asking),
    ("asking-someone", _asking_someone),
    ("addressing", _addressing),
    ("labelled", _labelled),
    ("hosting", _hosting),
)


@lru_cache(maxsize=4096)
def asked_turn(paragraph: str) -> bool:
    """Whether `paragraph` is the interviewer's turn (`ASKED_TURNS`); cached, as the summary
    asks it of every sentence of a paragraph."""
    return any(rule(paragraph) for _name, rule in ASKED_TURNS)


# «Ответ: …», «ОТВЕТ. …»: the label of an answer, no words of it.
ANSWER_LABEL = re.compile(_label(ANSWER_LABELS) + r"\s+(?=\S)")
