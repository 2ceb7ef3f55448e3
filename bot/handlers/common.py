"""Helpers the feature routers share (no handlers here): naming an article in a command's
argument, sending prepared replies, the /start deep link.

Why a module of its own: feature routers use these without importing one another, so each
handler module stays one feature that can be read (and removed) alone.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from aiogram.types import CallbackQuery, Message

from bot.cache import RenderCache
from bot.errors import ArticleLookupError
from bot.ids import looks_like_id, parse_article_id
from bot.texts import Lang, t
from storage.models import Article


async def resolve_article(cache: RenderCache, args: str | None) -> Article:
    """The article a command's argument names: the latest when there is none."""
    if args is None or not args.strip():
        article = await cache.latest_article()
        if article is None:
            raise ArticleLookupError("no_articles")
        return article
    raw = args.strip()
    article_id = parse_article_id(raw)
    if article_id is None:
        # A huge number is still "a number": say there is no such article, not "bad input".
        raise ArticleLookupError("not_found" if looks_like_id(raw) else "bad_id")
    article = await cache.article(article_id)
    if article is None:
        raise ArticleLookupError("not_found")
    return article


async def article_or_gone(
    query: CallbackQuery, lookup: Awaitable[Article | None], lang: Lang
) -> Article | None:
    """The article a button names, or None after answering that the button is stale.

    Why one place: every button (readers' and editors') answers a deleted or forged id alike."""
    article = await lookup
    if article is None:
        await query.answer(t("gone_button", lang), show_alert=True)
    return article


async def send_all(message: Message, messages: tuple[dict[str, Any], ...]) -> None:
    """Send prepared `send_message` kwargs (from RenderCache.send_kwargs) as replies."""
    for kwargs in messages:
        await message.answer(**kwargs)


def deep_link(article_id: int) -> str:
    """The /start payload that opens an article's card: t.me/<bot>?start=a<ID>."""
    return f"a{article_id}"
