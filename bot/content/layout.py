"""Paragraph and sentence boundaries of the analysis view, by offset.

Why offsets and not a list of sentences: a quotation may run over sentences and paragraphs,
so the attribution rules ask "where does the sentence around this offset start?" on the whole
text; razdel's sentence list (bot/content/sentences.py) serves the summary instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A sentence ends before a space, or — in texts that lost the space («…угрозы».Ранее …») —
# right before a capital or an opening quotation mark (initials are caught as abbreviations).
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”“]?(?=\s|[«„]?[А-ЯЁ])")
# A sentence's end glued to the opening mark and capital of a quotation («…ракета.«Я …»,
# «…ракета."Я …»): the marks are those entities.OPENING_MARKS names (layout cannot import it).
_GLUED_OPENING = re.compile(r'[.!?…][«„"“](?=[А-ЯЁA-Z])')
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NEWLINE = re.compile("\n")


def _dash_attribution(mark: str) -> re.Pattern[str]:
    return re.compile(rf"(?:,|(?<=[!?…])){mark}[ \t]+[–—-][ \t]+(?=(?P<verb>[а-яё]+))")


# A comma (or the words' own ! ? …), then a dash (or a hyphen typed for it) between spaces
# before a lower-case word: where a dash attribution starts («…, — заявил он», «…! - сказал
# он»); the match ends before that word, group "verb". In a dialogue line without marks.
DASH_ATTRIBUTION = _dash_attribution("")
# The same inside marked words, where a nested quotation's closing mark may stand between
# the comma (or «!») and the dash («…и „Мы можем помочь!“ — сказал он»); a dialogue line
# without marks has none to close, and keeps the narrower pattern.
MARKED_DASH_ATTRIBUTION = _dash_attribution('["“”]?')


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


# A site's Cyrillic domain after a dot, glued to a word and to no letter after it («ИА
# «Чита.Ру»», «Газета.РУ»): the dot inside an outlet's name, never a sentence's end.
_SITE_DOMAIN = re.compile(r"(?:Ру|РУ)(?![А-ЯЁа-яё])")


def site_domain_end(text: str, dot: int) -> int | None:
    """Where a site's Cyrillic domain glued by the dot at `dot` to the word before it ends
    («Чита.Ру», «Газета.РУ»), or None: that dot is inside an outlet's name."""
    if dot < 1 or text[dot] != "." or not text[dot - 1].isalpha():
        return None
    found = _SITE_DOMAIN.match(text, dot + 1)
    return found.end() if found is not None else None


def _is_abbreviation_end(text: str, dot: int) -> bool:
    """ "т.н." or "В.В." before a space is not a sentence end, nor the dot of a site's name
    («сообщает «Чита.Ру» со ссылкой на …»); "США." and "80-х." are."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False  # "«домыслы». Следующее…": a closing mark before the dot ends a sentence
    if site_domain_end(text, dot) is not None:
        return True
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    if j > 1 and text[j - 1] == "-" and text[j - 2].isdigit():
        return False  # a numeral's ending («в середине 80-х.») is no initial
    return len(word) <= 1 or (j > 0 and text[j - 1] == ".")


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing `pos`, not before `lo` (its paragraph start)."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        if text[m.start()] == "." and _is_abbreviation_end(text, m.start()):
            continue
        start = m.end()
    if _glued_opening(text, pos):
        return pos
    while start < pos and text[start].isspace():
        start += 1
    return start


def _glued_opening(text: str, pos: int) -> bool:
    """Whether a quotation opens at `pos` glued to the end of the sentence before it («…или
    ракета.«Я лично попросил…»): a sentence's end and its opening mark and capital. A search
    ending at `pos` cannot see that mark, so the sentence would run on into the quotation."""
    if pos < 1 or _GLUED_OPENING.match(text, pos - 1) is None:
        return False
    return text[pos - 1] != "." or not _is_abbreviation_end(text, pos - 1)


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence that `pos` is in (after its closing mark), not after `hi`."""
    for m in _SENTENCE_END.finditer(text, pos, hi):
        if text[m.start()] == "." and _is_abbreviation_end(text, m.start()):
            continue
        return m.end()
    return hi


@dataclass(frozen=True, slots=True)
class Layout:
    """The paragraphs of one text (joined by "\\n"), looked up by offset."""

    text: str
    para_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Layout:
        """The layout of `text`: its line breaks found by the regex engine, not a Python loop
        over every character (a quarter of a millisecond a text)."""
        return cls(text, (0, *(m.end() for m in _NEWLINE.finditer(text))))

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def para_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def para_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def sentences(self, para_start: int) -> list[tuple[int, int]]:
        """(start, end) of each sentence of the paragraph starting at `para_start`."""
        end = self.para_end(para_start)
        out = []
        start = para_start
        while start < end:
            stop = sentence_end(self.text, start, end)
            out.append((start, stop))
            start = stop
            while start < end and self.text[start].isspace():
                start += 1
        return out
