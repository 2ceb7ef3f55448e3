"""Who said what: a page of one speaker's quotations across the archive, newest first.

Each quotation shows who said it (a surname can match two people), the article's number and
date, and the words as a blockquote; ten fit one message, each cut at a word end if long.
"""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.formatting import BlockQuote, Bold, Text

from bot.clock import MOSCOW
from bot.render.common import to_message
from bot.render.digest import day_text
from bot.render.limits import TEXT_LIMIT, cut_text, utf16_len
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.timestamps import from_iso
from storage.topics_quotes import Quotation

QUOTE_CHARS = 330
SPEAKER_CHARS = 100
HEADER_RESERVE = 200


def quotation_meta(quotation: Quotation, lang: Lang) -> str:
    """«№123, 30 марта 2020» (the number alone when the date is unknown)."""
    moment = from_iso(quotation.sort_at) if quotation.sort_at else None
    if moment is None:
        return f"№{quotation.article_id}" if lang is Lang.RU else f"No. {quotation.article_id}"
    return t(
        "who.article",
        lang,
        id=quotation.article_id,
        date=day_text(moment.astimezone(MOSCOW).date(), lang),
    )


def render_who_said(
    quotations: Sequence[Quotation], lang: Lang, *, more: str | None = None
) -> RenderedMessage:
    """A page of quotations; `more` is the «Ещё» button's callback data (None: last page)."""
    speaker = cut_text(quotations[0].speaker, SPEAKER_CHARS)
    nodes: list[str | Text] = [Bold(t("who.title", lang, speaker=speaker))]
    room = (TEXT_LIMIT - HEADER_RESERVE) // max(len(quotations), 1)
    for quotation in quotations:
        name = cut_text(quotation.speaker, SPEAKER_CHARS)
        meta = f" · {quotation_meta(quotation, lang)}"
        text_room = min(QUOTE_CHARS, room - utf16_len(name) - utf16_len(meta) - 4)
        words = cut_text(" ".join(quotation.text.split()), text_room)
        nodes += ["\n\n", Bold(name), meta, "\n", BlockQuote(words)]
    markup = None
    if more is not None:
        button = InlineKeyboardButton(text=t("btn.more", lang), callback_data=more)
        markup = InlineKeyboardMarkup(inline_keyboard=[[button]])
    return to_message(Text(*nodes), reply_markup=markup)
