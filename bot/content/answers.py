"""An interview's answers as the interviewee's quotations, and whose they are.

Why: the journal publishes interviews whose answers carry no quotation mark. Which paragraph
is a question and which an answer is decided once, in bot/content/interview.py (the summary
uses it too); this module turns each answer (a labelled turn and the paragraphs continuing
it, or a dash answer) into one quotation, names its speaker from the label («С.В. ЛАВРОВ:» →
the article's «Сергей Лавров») or, in a dash Q&A, from the sentence announcing the interview,
and reports which paragraphs the interview covers so nothing quoted inside a turn is quoted
again on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.interview import (
    Role,
    Turn,
    answer_label,
    asker_label,
    label_line,
    label_of,
    monologue,
    single_label,
    turns,
    units,
)
from bot.content.layout import Layout, count_words
from bot.content.mentions import Entities
from bot.content.morph import parses

_INITIALS = re.compile(r"(?:[А-ЯЁA-Z][а-яё]?\.\s?)+")
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*")
# What announces an interview: "в интервью", "отвечает на вопросы", "в беседе с", "расскажет".
INTERVIEW_CUES = re.compile(
    r"интервью|(?:отвеча|ответи)\w* на вопрос|в беседе с|расскаж\w+", re.IGNORECASE
)
_WITH = re.compile(r"интервью\s+(?:у|с)\s", re.IGNORECASE)
# A turn that is one quotation and nothing after it (but a source in brackets).
_WHOLE_QUOTE = re.compile(r"^[«\"„“].*[»\"“”][.!?…]?\s*(?:\([^()]*\)\s*)?$")
_MIN_DASH_QUESTIONS = 2  # one "— …?" line is dialogue, not an interview


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: its words run from `lo` to `hi` of the text."""

    lo: int
    hi: int
    paragraph: int
    speaker: str | None


def _given(word: str) -> bool:
    return any(p.has("Name") for p in parses(word.lower()))


def _patronymic(word: str) -> bool:
    return any(p.has("Patr") for p in parses(word.lower()))


def label_name(label: str) -> str | None:
    """ "Сергей ЛАВРОВ" → "Сергей Лавров"; "Карпушин Александр Романович, Посол …" →
    "Александр Карпушин"; "С.В. ЛАВРОВ" → "Лавров"; None when the label names nobody."""
    head = _INITIALS.sub("", label.split(",")[0]).strip()
    words = [w if not w.isupper() else w[:1] + w[1:].lower() for w in _LABEL_WORD.findall(head)]
    if not words or len(words) > 3 or any(not w[:1].isupper() for w in words):
        return None
    if len(words) == 3 and _patronymic(words[2]):
        return f"{words[1]} {words[0]}"
    if len(words) == 3 and _patronymic(words[1]):
        return f"{words[0]} {words[2]}"
    if len(words) == 2 and _given(words[1]) and not _given(words[0]):
        return f"{words[1]} {words[0]}"
    return " ".join(words)


def _fullest(name: str, entities: Entities) -> str:
    """The fullest form the article gives of a label's person ("Лавров" → "Сергей Лавров");
    never one with a patronymic ("Александр Васильевич Чепурин" is not how a quotation names
    its speaker)."""
    surname = name.split()[-1].lower()
    for m in entities.persons:
        person = m.person
        if person is None or surname not in person.keys or len(person.name) <= len(name):
            continue
        if not any(_patronymic(w) for w in person.name.split()[1:-1]):
            return person.name
    return name


def _cue_sentence(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The bounds of the first sentence between `lo` and `hi` announcing an interview."""
    cue = INTERVIEW_CUES.search(text, lo, hi)
    if cue is None:
        return None
    start = max(text.rfind(".", 0, cue.start()), text.rfind("\n", 0, cue.start())) + 1
    ends = [i for i in (text.find(".", cue.end()), text.find("\n", cue.end())) if i >= 0]
    return max(start, lo), min([*ends, len(text)])


def interviewee(text: str, entities: Entities, hi: int | None = None) -> str | None:
    """Who answers: the one person the sentence announcing the interview names ("Сергей
    Лавров в интервью …", "интервью у Владимира Путина"), or None. With `hi`, the sentence
    must come before it (in the introduction) and name nobody else in the nominative."""
    found = _cue_sentence(text, 0, len(text) if hi is None else hi)
    if found is None:
        return None
    lo, end = found
    after = _WITH.search(text, lo, end)
    people = [m for m in entities.persons if lo <= m.start < end and m.person is not None]
    if after is not None:
        people = [m for m in people if m.start > after.end()]
    else:
        people = [m for m in people if m.nominative]
    names = list(dict.fromkeys(m.person.name for m in people if m.person is not None))
    if hi is not None and len(names) != 1:
        return None
    return names[0] if names else None


def _names_person(label: str, entities: Entities) -> bool:
    """Whether a label names a person the article names too (its surname is theirs)."""
    name = label_name(label)
    if name is None:
        return False
    surname = name.split()[-1].lower()
    return any(m.person is not None and surname in m.person.keys for m in entities.persons)


@dataclass(frozen=True, slots=True)
class Interview:
    """The answers found, and the paragraphs the interview covers (questions included)."""

    answers: tuple[Answer, ...]
    covered: tuple[tuple[int, int], ...]
    # A transcript («В. Путин:» alone on its line): the record of an event its lead describes.
    transcript: bool = False

    def covers(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.covered)


def _verbless(label: str) -> bool:
    """ "Ван И, в свою очередь, подчеркнул:" introduces a quotation; a label has no verb."""
    return not any(
        p.pos in ("VERB", "INFN", "GRND")
        for w in _LABEL_WORD.findall(label)
        for p in parses(w.lower())[:1]
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """A text read as units, with each unit's offset in the text."""

    text: str
    texts: list[str]
    offsets: list[int]
    entities: Entities

    def intro_end(self, roles: list[Turn]) -> int:
        first = next((k for k, t in enumerate(roles) if t.role is not Role.INTRO), len(roles))
        return self.offsets[first] if first < len(roles) else len(self.text)


def _monologue(reading: _Reading) -> list[Turn] | None:
    """One labelled turn: "Андрей Денисов, Посол России в КНР: …" (a name with a role after
    a comma; a headline has none), or a label naming a person of the article when it stands
    alone on its line («В. Путин:») or follows the announcement of an interview."""
    single = single_label(reading.texts)
    if single is None:
        return None
    k, label = single
    if answer_label(label) or asker_label(label) or label_name(label) is None:
        return None
    text = reading.texts[k]
    m = label_of(text)
    turn = text[m.end() :].lstrip() if m else ""
    if _WHOLE_QUOTE.match(turn):  # "Сергей Лавров, министр: «…»" is a quoted headline
        return None
    if "," not in label:
        alone = not turn
        announced = _cue_sentence(reading.text, 0, reading.offsets[k]) is not None
        if not _names_person(label, reading.entities) or not (alone or announced):
            return None
    return monologue(reading.texts, k)


def _roles(reading: _Reading) -> tuple[list[Turn], str | None] | None:
    """Each unit's turn and the interviewee a dash Q&A announces, when the text is an
    interview: labelled turns; a dash Q&A of two questions, or of one when the introduction
    names who answers; a labelled monologue."""
    found = turns(reading.texts) or _monologue(reading)
    if found is None or not all(_verbless(t.label) for t in found if t.label):
        return None
    named = interviewee(reading.text, reading.entities, reading.intro_end(found))
    if any(t.label for t in found):
        return found, named or interviewee(reading.text, reading.entities)
    questions = sum(1 for k, t in enumerate(found) if t.role is Role.QUESTION and _starts(found, k))
    if questions >= _MIN_DASH_QUESTIONS:
        return found, named or interviewee(reading.text, reading.entities)
    return (found, named) if questions and named else None


def _starts(roles: list[Turn], k: int) -> bool:
    """Whether unit k opens a turn (a label, a dash, or a change of role)."""
    t = roles[k]
    return t.opens or k == 0 or roles[k - 1].role is not t.role


def _reading(text: str, layout: Layout, entities: Entities) -> _Reading:
    paragraphs = text.split("\n")
    cut = units(paragraphs)
    texts = [paragraphs[u.paragraph][u.lo : u.hi] for u in cut]
    offsets = [layout.para_starts[u.paragraph] + u.lo for u in cut]
    return _Reading(text, texts, offsets, entities)


def _speaker(turn: Turn, default: str | None, entities: Entities) -> str | None:
    """An answer's speaker: its label's person at their fullest, or the announced one."""
    name = label_name(turn.label) if turn.label and not answer_label(turn.label) else None
    return _fullest(name, entities) if name else default


def find_interview(text: str, layout: Layout, entities: Entities) -> Interview:
    """The interview in `text` (the analysis view), or an empty one."""
    reading = _reading(text, layout, entities)
    found = _roles(reading)
    if found is None:
        return Interview((), ())
    roles, default = found
    paragraph_of = [layout.paragraph_of(at) for at in reading.offsets]
    answers: list[Answer] = []
    covered: list[tuple[int, int]] = []
    for k, turn in enumerate(roles):
        if turn.role is Role.INTRO:
            continue
        start, hi = reading.offsets[k], reading.offsets[k] + len(reading.texts[k])
        covered.append((start, hi))
        if turn.role is not Role.ANSWER:
            continue
        if _starts(roles, k) or not answers:
            who = _speaker(turn, default, entities)
            answers.append(Answer(start + turn.text_start, hi, paragraph_of[k], who))
            continue
        last = answers[-1]
        lo = last.lo if count_words(text[last.lo : last.hi]) else start + turn.text_start
        answers[-1] = Answer(lo, hi, last.paragraph, last.speaker)
    real = tuple(a for a in answers if count_words(text[a.lo : a.hi]))
    transcript = any(label_line(t, reading.texts[k]) for k, t in enumerate(roles))
    return Interview(real, tuple(covered), transcript)
