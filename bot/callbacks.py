"""Inline-button payloads, typed: `a:<action>:<article id>` (well under 64 bytes).

aiogram's CallbackData packs and validates them, so forged or stale data fails to unpack and
falls through to the fallback handler instead of reaching article code.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

from bot.ids import ArticleId, RowId


class Part(StrEnum):
    """What a button shows about an article."""

    CARD = "c"
    SUMMARY = "s"
    QUOTES = "q"
    SOURCE = "o"
    RELATED = "r"  # «Ещё по теме»: other articles with the same people and tags


class ArticleCallback(CallbackData, prefix="a"):
    part: Part
    id: ArticleId


class TopicCallback(CallbackData, prefix="t"):
    """«Отписаться» under /subscriptions: drop the reader's topic `id` (checked as theirs)."""

    id: RowId


MAX_WHO_SAID_OFFSET = 100_000  # a forged offset beyond this fails to unpack


class WhoSaidCallback(CallbackData, prefix="w"):
    """«Ещё» under /quotes <name>: the next page of a speaker's quotations.

    Carries the query's stems (not the typed text), so it stays short and means the same."""

    name: str
    words: str
    offset: Annotated[int, Field(ge=0, le=MAX_WHO_SAID_OFFSET)]
