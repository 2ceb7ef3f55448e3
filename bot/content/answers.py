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

from bot.content.interview import Role, Turn, label_of, turns
from bot.content.layout import Layout, count_words
from bot.content.mentions import Entities
from bot.content.morph import parses

_INITIALS = re.compile(r"(?:[А-ЯЁA-Z][а-яё]?\.\s?)+")
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*")
_INTERVIEW_CUE = re.compile(r"интервью|ответил\w* на вопросы", re.IGNORECASE)
_WITH = re.compile(r"интервью\s+(?:у|с)\s", re.IGNORECASE)
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
    """The fullest form the article gives of a label's person ("Лавров" → "Сергей Лавров")."""
    surname = name.split()[-1].lower()
    for m in entities.persons:
        person = m.person
        if person is not None and surname in person.keys and len(person.name) > len(name):
            return person.name
    return name


def interviewee(text: str, entities: Entities) -> str | None:
    """Who answers a dash Q&A: the person the sentence announcing the interview names
    ("Сергей Лавров в интервью …", "интервью у Владимира Путина"), or None."""
    cue = _INTERVIEW_CUE.search(text)
    if cue is None:
        return None
    lo = max(text.rfind(".", 0, cue.start()), text.rfind("\n", 0, cue.start())) + 1
    ends = [i for i in (text.find(".", cue.end()), text.find("\n", cue.end())) if i >= 0]
    hi = min(ends) if ends else len(text)
    after = _WITH.search(text, lo, hi)
    people = [m for m in entities.persons if lo <= m.start < hi and m.person is not None]
    if after is not None:
        people = [m for m in people if m.start > after.end()]
    else:
        people = [m for m in people if m.nominative]
    first = people[0].person if people else None
    return first.name if first is not None else None


def _single_label(paragraphs: list[str]) -> list[Turn] | None:
    """ "Андрей Денисов, Посол России в КНР: …": one labelled monologue of a described person
    (a name, a comma and a role) is an answer too; a headline has no role after a comma."""
    found = [(k, label_of(p)) for k, p in enumerate(paragraphs)]
    labelled = [(k, m) for k, m in found if m is not None]
    if len(labelled) != 1:
        return None
    k, m = labelled[0]
    label = m.group("label").strip()
    if "," not in label or label_name(label) is None:
        return None
    return [
        Turn(Role.INTRO) if i < k else Turn(Role.ANSWER, label, m.end() if i == k else 0)
        for i in range(len(paragraphs))
    ]


@dataclass(frozen=True, slots=True)
class Interview:
    """The answers found, and the paragraphs the interview covers (questions included)."""

    answers: tuple[Answer, ...]
    covered: tuple[tuple[int, int], ...]

    def covers(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.covered)


def _verbless(label: str) -> bool:
    """ "Ван И, в свою очередь, подчеркнул:" introduces a quotation; a label has no verb."""
    return not any(
        p.pos in ("VERB", "INFN", "GRND")
        for w in _LABEL_WORD.findall(label)
        for p in parses(w.lower())[:1]
    )


def _roles(paragraphs: list[str]) -> list[Turn] | None:
    found = turns(paragraphs) or _single_label(paragraphs)
    if found is None or not all(_verbless(t.label) for t in found if t.label):
        return None
    labelled = any(t.label for t in found)
    questions = sum(1 for k, t in enumerate(found) if t.role is Role.QUESTION and _starts(found, k))
    return found if labelled or questions >= _MIN_DASH_QUESTIONS else None


def _starts(roles: list[Turn], k: int) -> bool:
    """Whether paragraph k opens a turn (a label, a dash, or a change of role)."""
    t = roles[k]
    return t.text_start > 0 or k == 0 or roles[k - 1].role is not t.role


def find_interview(text: str, layout: Layout, entities: Entities) -> Interview:
    """The interview in `text` (the analysis view), or an empty one."""
    paragraphs = text.split("\n")
    roles = _roles(paragraphs)
    if roles is None:
        return Interview((), ())
    default = interviewee(text, entities)
    answers: list[Answer] = []
    covered: list[tuple[int, int]] = []
    for k, turn in enumerate(roles):
        if turn.role is Role.INTRO:
            continue
        start = layout.para_starts[k]
        hi = layout.para_end(start)
        covered.append((start, hi))
        if turn.role is not Role.ANSWER:
            continue
        if _starts(roles, k) or not answers:
            name = label_name(turn.label) if turn.label else default
            who = _fullest(name, entities) if name and turn.label else name
            answers.append(Answer(start + turn.text_start, hi, k, who))
        else:
            last = answers[-1]
            answers[-1] = Answer(last.lo, hi, last.paragraph, last.speaker)
    real = tuple(a for a in answers if count_words(text[a.lo : a.hi]))
    return Interview(real, tuple(covered))
