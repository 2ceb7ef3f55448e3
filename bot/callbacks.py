"""Inline-button payloads, typed: `a:<action>:<article id>` (well under 64 bytes).

aiogram's CallbackData packs and validates them, so forged or stale data fails to unpack and
falls through to the fallback handler instead of reaching article code.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class Part(StrEnum):
    """What a button shows about an article."""

    CARD = "c"
    SUMMARY = "s"
    QUOTES = "q"
    SOURCE = "o"


class ArticleCallback(CallbackData, prefix="a"):
    part: Part
    id: int
