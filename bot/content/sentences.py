"""Sentences of the cleaned text (razdel), with their place in the body.

Why offsets: the summary must know which sentences sit inside a quotation running over
several paragraphs, and which paragraph a sentence opens.
Why datelines are skipped here: «МОСКВА, 18 декабря. /ТАСС/.» is split by razdel into pieces
that look like sentences; skipping the stamp before splitting (bot/content/bylines.py) keeps
every consumer — summary and title — free of it, with offsets still pointing into the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from razdel import sentenize

from bot.content.bylines import content_start

# A sentence end glued to the next sentence ("…добавила она.Прежде дипломат…",
# "…Косачев.«Я, как гражданин…»"): razdel needs the space. Two lower-case letters before the
# stop keep initials and abbreviations ("С.В.Лавров", "г.Москва") whole.
_GLUED = re.compile(r"(?<=[а-яё]{2}[.!?])(?=[«\"„]?[А-ЯЁ])")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the body (paragraphs joined by "\n")
    paragraph: int
    index: int  # position among the paragraph's sentences


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs of `text`: razdel's sentences, glued ones pulled apart."""
    for piece in sentenize(text):
        at = 0
        for m in _GLUED.finditer(piece.text):
            yield piece.start + at, piece.text[at : m.start()]
            at = m.start()
        yield piece.start + at, piece.text[at:]


def split(paragraphs: tuple[str, ...]) -> list[Sentence]:
    """Every sentence of every paragraph, in order; datelines, stamps and credits left out."""
    out: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        skip = content_start(paragraph)
        for index, (start, text) in enumerate(_pieces(paragraph[skip:])):
            out.append(Sentence(text, offset + skip + start, number, index))
        offset += len(paragraph) + 1
    return out
