"""Readers' article commands and buttons: /summary, /quotes, /source [ID], /latest, card buttons.

Hot path: parse the argument, take the article and its rendering from the RenderCache, send.
A button press is answered at once (the spinner stops) and the part asked for is sent as a NEW
message below, so the card the reader pressed stays as it was and can be used again.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.cache import RenderCache
from bot.callbacks import ArticleCallback, Part
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.models import Article

_ID = re.compile(r"[#№a]?\s*(\d+)", re.IGNORECASE)
MAX_ID_DIGITS = 18  # SQLite integers are 64-bit; longer numbers cannot be an article's id


class ArticleLookupError(Exception):
    """The argument names no article; `key` is the catalogue text to answer with."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_article_id(raw: str) -> int | None:
    """The id in `raw` ("5", "#5", "№5", "a5"); None when it is not a usable positive number."""
    match = _ID.fullmatch(raw.strip())
    if match is None:
        return None
    digits = match.group(1).lstrip("0")
    if not digits or len(digits) > MAX_ID_DIGITS:
        return None
    return int(digits)


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
        is_number = bool(_ID.fullmatch(raw)) and raw.strip("#№aA0 ") != ""
        raise ArticleLookupError("not_found" if is_number else "bad_id")
    article = await cache.article(article_id)
    if article is None:
        raise ArticleLookupError("not_found")
    return article


async def send_all(message: Message, messages: tuple[RenderedMessage, ...]) -> None:
    for rendered in messages:
        await message.answer(**rendered.send_kwargs())


def _part_handler(part: Part, name: str) -> Callable[..., Awaitable[None]]:
    """One handler per part; aiogram injects `command` (the parsed CommandObject)."""

    async def handle(
        message: Message, command: CommandObject, cache: RenderCache, lang: Lang
    ) -> None:
        try:
            article = await resolve_article(cache, command.args)
        except ArticleLookupError as exc:
            await message.answer(t(exc.key, lang, command=name), parse_mode=None)
            return
        await send_all(message, cache.render(article, part, lang))

    handle.__name__ = handle.__qualname__ = f"on_{name}"
    return handle


async def on_latest(message: Message, cache: RenderCache, lang: Lang) -> None:
    articles = await cache.latest(5)
    await message.answer(**cache.render_latest(articles, lang).send_kwargs())


async def on_article_button(
    query: CallbackQuery, callback_data: ArticleCallback, cache: RenderCache, bot: Bot, lang: Lang
) -> None:
    article = await cache.article(callback_data.id)
    if article is None:
        await query.answer(t("gone_button", lang), show_alert=True)
        return
    if query.message is None:  # a button under an inline-mode message: no chat to write to
        await query.answer(t("stale_button", lang), show_alert=True)
        return
    await query.answer()
    chat_id = query.message.chat.id
    for rendered in cache.render(article, callback_data.part, lang):
        await bot.send_message(chat_id=chat_id, **rendered.send_kwargs())


def create_router() -> Router:
    router = Router(name="articles")
    for part, name in ((Part.SUMMARY, "summary"), (Part.QUOTES, "quotes"), (Part.SOURCE, "source")):
        router.message.register(_part_handler(part, name), Command(name))
    router.message.register(on_latest, Command("latest"))
    router.callback_query.register(on_article_button, ArticleCallback.filter())
    return router
