"""Sentences of the cleaned text (razdel), with their place in the body.

Why offsets: the summary must know which sentences sit inside a quotation running over
several paragraphs, and which paragraph a sentence opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from razdel import sentenize


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the body (paragraphs joined by "\n")
    paragraph: int
    index: int  # position among the paragraph's sentences


def split(paragraphs: tuple[str, ...]) -> list[Sentence]:
    """Every sentence of every paragraph, in order."""
    out: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        for index, piece in enumerate(sentenize(paragraph)):
            out.append(Sentence(piece.text, offset + piece.start, number, index))
        offset += len(paragraph) + 1
    return out
