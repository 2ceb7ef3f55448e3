"""Sentences of the cleaned text (razdel), with their place in the body.

Why offsets: the summary must know which sentences sit inside a quotation running over
several paragraphs, and which paragraph a sentence opens.
Why datelines are skipped here: «МОСКВА, 18 декабря. /ТАСС/.» is split by razdel into pieces
that look like sentences; skipping the stamp before splitting (bot/content/bylines.py) keeps
every consumer — summary and title — free of it, with offsets still pointing into the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from razdel import sentenize

from bot.content.bylines import content_start


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the body (paragraphs joined by "\n")
    paragraph: int
    index: int  # position among the paragraph's sentences


def split(paragraphs: tuple[str, ...]) -> list[Sentence]:
    """Every sentence of every paragraph, in order; datelines, stamps and credits left out."""
    out: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        skip = content_start(paragraph)
        for index, piece in enumerate(sentenize(paragraph[skip:])):
            out.append(Sentence(piece.text, offset + skip + piece.start, number, index))
        offset += len(paragraph) + 1
    return out
