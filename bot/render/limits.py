"""Telegram's message limits, enforced in this one place, and the text cutting that keeps them.

Telegram counts message length in UTF-16 code units (an emoji outside the BMP counts 2), and
so does `aiogram.utils.formatting` when it computes entity offsets; every length check here
uses the same unit. Cutting prefers a sentence end, then a word end, and marks the cut with "…".
"""

from __future__ import annotations

import re

from aiogram.types import InlineKeyboardMarkup, MessageEntity

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
ENTITY_LIMIT = 100
CALLBACK_DATA_LIMIT = 64  # bytes
BUTTON_TEXT_LIMIT = 64  # characters; not a hard API limit, but longer ones are unreadable
ELLIPSIS = "…"

# A sentence ends after . ! ? … (optionally followed by closing quotes/brackets) and a space.
_SENTENCE_END = re.compile(r"[.!?…][»\"')\]]*(?=\s)")
_SENTENCE_TAIL = re.compile(r"[.!?…][»\"')\]]*$")
_WORD_END = re.compile(r"\S(?=\s)")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def utf16_prefix(text: str, units: int) -> str:
    """The longest prefix of `text` that is at most `units` UTF-16 code units long."""
    if units <= 0:
        return ""
    if len(text) * 2 <= units:  # every char is at most 2 units: fits for sure
        return text
    encoded = text.encode("utf-16-le")
    if len(encoded) // 2 <= units:
        return text
    cut = encoded[: units * 2]
    # Never split a surrogate pair: drop a dangling high surrogate.
    if len(cut) >= 2 and 0xD800 <= int.from_bytes(cut[-2:], "little") <= 0xDBFF:
        cut = cut[:-2]
    return cut.decode("utf-16-le")


def unbalanced_guillemets(text: str) -> bool:
    """True when `text` ends inside a «…» quotation (more openings than closings)."""
    depth = 0
    for char in text:
        if char == "«":
            depth += 1
        elif char == "»" and depth:
            depth -= 1
    return depth > 0


def cut_text(text: str, units: int, *, ellipsis: bool = True, keep_quotes: bool = False) -> str:
    """`text` unchanged if it fits `units`, else cut at a sentence end (or a word end).

    A cut inside a sentence is marked with "…" (unless `ellipsis` is False); a cut after a full
    sentence is not — the sentence is whole. With `keep_quotes`, a cut is never placed inside
    «…» when a cut outside one exists. The result is at most `units` UTF-16 code units long.
    """
    if utf16_len(text) <= units:
        return text
    room = units - (utf16_len(ELLIPSIS) if ellipsis else 0)
    head = utf16_prefix(text, room)
    if not head:
        return ""
    cut = _best_cut(head, text, keep_quotes=keep_quotes)
    result = head[:cut].rstrip()
    if ellipsis and result and not _SENTENCE_TAIL.search(result):
        result += ELLIPSIS
    return result


def _best_cut(head: str, full: str, *, keep_quotes: bool) -> int:
    """Index in `head` to cut at: last sentence end, else last word end, else hard cut."""
    boundary = len(head)
    # A cut right at the end of `head` is a word end when the full text continues with space.
    at_word_end = boundary < len(full) and full[boundary].isspace()
    floor = len(head) // 3  # a cut that throws away two thirds is worse than a word cut
    for pattern in (_SENTENCE_END, _WORD_END):
        ends = [m.end() for m in pattern.finditer(head)]
        if pattern is _WORD_END and at_word_end:
            ends.append(boundary)
        candidates = [e for e in ends if e >= floor or pattern is _WORD_END]
        if keep_quotes:
            candidates = [e for e in candidates if not unbalanced_guillemets(head[:e])]
        if candidates:
            return candidates[-1]
    if keep_quotes:
        opening = head.rfind("«")
        while opening > 0 and unbalanced_guillemets(head[:opening]):
            opening = head.rfind("«", 0, opening)
        if opening > 0:
            return opening
    return boundary


def entities_within(text: str, entities: list[MessageEntity] | tuple[MessageEntity, ...]) -> bool:
    """Every entity lies inside `text` (offsets and lengths in UTF-16 units) and has a length."""
    size = utf16_len(text)
    return all(e.length > 0 and e.offset >= 0 and e.offset + e.length <= size for e in entities)


def callback_data_fits(markup: InlineKeyboardMarkup | None) -> bool:
    if markup is None:
        return True
    return all(
        button.callback_data is None
        or len(button.callback_data.encode("utf-8")) <= CALLBACK_DATA_LIMIT
        for row in markup.inline_keyboard
        for button in row
    )


def button_text(text: str) -> str:
    """A button label cut to a readable length at a word end."""
    return cut_text(" ".join(text.split()), BUTTON_TEXT_LIMIT) or ELLIPSIS
