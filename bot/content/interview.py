"""Interview layout: which paragraphs are questions and which are the interviewee's answers.

Why: an interviewer's question is never a summary of an interview; what the interviewee said
is. The journal publishes two layouts: labelled turns («С.В.Лавров: …», «Вопрос: …»,
«Сергей ЛАВРОВ: …») and dash Q&A («— …?» then «— …»). A paragraph without a label or dash
continues the turn before it; paragraphs before the first turn are the introduction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

_OUTLET_NOUN = r"(?:газета|журнал|радио|телеканал|агентство|издание)"
# "Вопрос:", "В.:", "Корреспондент:" — labels that always mark the interviewer.
_ASKER = re.compile(
    r"^(?:вопрос|в|корр|корреспондент|журналист|ведущий|ведущая|интервьюер|q)\.?$"
    rf"|^«|\s{_OUTLET_NOUN}$",
    re.IGNORECASE,
)
# A label: a capitalised head of names or initials ("С.В. ЛАВРОВ", "Карпушин Александр
# Романович"), a quoted outlet ("«Международная жизнь»") or an outlet noun phrase ("Российская
# газета"), optionally ", role" after a comma, then a colon.
_LABEL = re.compile(
    r"^(?P<label>(?P<head>(?:[А-ЯЁA-Z][\w.-]*\.?\s?){1,4}|«[^»\n]{2,40}»\s?"
    rf"|[А-ЯЁ][а-яё]+\s{_OUTLET_NOUN}\s?)"
    r"(?:,\s?[^:.!?«»\n]{3,120})?)\s*:\s+(?=\S)"
)
_FINAL = frozenset('.!?…»"”')
_DASH_TURN = re.compile(r"^[—–-]\s*")
_MIN_TURNS = 2  # one labelled line is a quotation, not an interview


class Role(Enum):
    """What a paragraph is in an interview."""

    INTRO = "intro"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph's place: its role, the label it opens with and where its text starts."""

    role: Role
    label: str | None = None
    text_start: int = 0


def label_of(paragraph: str) -> re.Match[str] | None:
    """The speaker label opening `paragraph`, if it has one."""
    if paragraph.rstrip()[-1:] not in _FINAL:  # "Лавров: Россия не закроется" is a headline
        return None
    return _LABEL.match(paragraph)


def _asks(label: str | None, text: str) -> bool:
    """An interviewer's label, or a turn that ends with a question."""
    head = (label or "").split(",")[0].strip()
    return bool(_ASKER.match(head)) or text.rstrip().rstrip('»"”').endswith("?")


def _labelled(paragraphs: Sequence[str]) -> list[Turn] | None:
    """Turns of a labelled interview; None unless two paragraphs carry a label and one asks."""
    labels = [label_of(p) for p in paragraphs]
    found = [(m.group("label").strip(), p) for m, p in zip(labels, paragraphs, strict=True) if m]
    askers = {label for label, p in found if _asks(label, p)}
    if len(found) < _MIN_TURNS or not askers:
        return None
    out: list[Turn] = []
    current = Turn(Role.INTRO)
    for m, paragraph in zip(labels, paragraphs, strict=True):
        if m is not None:
            label = m.group("label").strip()
            current = Turn(Role.QUESTION if label in askers else Role.ANSWER, label)
            out.append(Turn(current.role, label, m.end()))
        elif current.role is not Role.INTRO and _asks(None, paragraph):
            out.append(Turn(Role.QUESTION))  # "Российская газета: …?" has no label we know
        else:
            out.append(current)
    return out


def _dashed(paragraphs: Sequence[str]) -> list[Turn] | None:
    """Turns of a dash Q&A interview, or None when no dash line asks a question."""
    asked = [bool(_DASH_TURN.match(p)) and p.rstrip().endswith("?") for p in paragraphs]
    if not any(asked):
        return None
    out: list[Turn] = []
    current = Turn(Role.INTRO)
    for paragraph, question in zip(paragraphs, asked, strict=True):
        dash = _DASH_TURN.match(paragraph)
        if question:
            current = Turn(Role.QUESTION)
        elif current.role is not Role.INTRO:  # the answer, with or without its dash
            current = Turn(Role.ANSWER)
        out.append(Turn(current.role, None, dash.end() if dash else 0))
    return out


def turns(paragraphs: Sequence[str]) -> list[Turn] | None:
    """Each paragraph's turn, or None when the text is not laid out as an interview."""
    return _labelled(paragraphs) or _dashed(paragraphs)
