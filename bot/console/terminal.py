"""How a Telegram message looks in a terminal: entities as ANSI or plain markers.

Bold/italic/underline via ANSI when stdout is a TTY (and NO_COLOR is unset), plain markers
(*bold*, _italic_) otherwise; links as "text (url)"; blockquotes prefixed with "│ ".
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from aiogram.types import MessageEntity

_ANSI = {
    "bold": ("\x1b[1m", "\x1b[22m"),
    "italic": ("\x1b[3m", "\x1b[23m"),
    "underline": ("\x1b[4m", "\x1b[24m"),
    "strikethrough": ("\x1b[9m", "\x1b[29m"),
    "code": ("\x1b[2m", "\x1b[22m"),
    "pre": ("\x1b[2m", "\x1b[22m"),
}
_PLAIN = {
    "bold": ("*", "*"),
    "italic": ("_", "_"),
    "strikethrough": ("~", "~"),
    "code": ("`", "`"),
    "pre": ("```\n", "\n```"),
}
_QUOTES = frozenset({"blockquote", "expandable_blockquote"})
QUOTE_PREFIX = "│ "


def render_entities(text: str, entities: Sequence[MessageEntity], *, ansi: bool) -> str:
    """`text` with its entities shown for a terminal (offsets are UTF-16 code units)."""
    starts: list[int] = []  # utf-16 offset at which each python character starts
    units = 0
    for char in text:
        starts.append(units)
        units += 2 if ord(char) > 0xFFFF else 1
    index_of = {u: i for i, u in enumerate(starts)}
    index_of[units] = len(text)

    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    quoted = [False] * len(text)
    markers = _ANSI if ansi else _PLAIN
    for entity in sorted(entities, key=lambda e: (e.offset, -e.length)):
        begin = index_of.get(entity.offset)
        end = index_of.get(entity.offset + entity.length)
        if begin is None or end is None:
            continue
        if entity.type in _QUOTES:
            for i in range(begin, end):
                quoted[i] = True
            continue
        if entity.type == "text_link" and entity.url:
            opening, closing = "", f" ({entity.url})"
        elif entity.type in markers:
            opening, closing = markers[entity.type]
        else:
            continue
        opens.setdefault(begin, []).append(opening)
        closes.setdefault(end, []).insert(0, closing)

    out: list[str] = []
    for i, char in enumerate(text):
        out.extend(closes.get(i, ()))
        if quoted[i] and (i == 0 or text[i - 1] == "\n"):
            out.append(QUOTE_PREFIX)
        out.extend(opens.get(i, ()))
        out.append(char)
    out.extend(closes.get(len(text), ()))
    return "".join(out)


def wants_ansi(out: TextIO) -> bool:
    """ANSI styling only for a real terminal, and never when NO_COLOR is set."""
    return out.isatty() and "NO_COLOR" not in os.environ
