"""/start (greeting, then the latest article's card; `/start a<ID>` opens that card) and /help."""

from __future__ import annotations

import re

from aiogram import Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message

from bot.cache import RenderCache
from bot.callbacks import Part
from bot.config import Settings
from bot.handlers.common import send_all
from bot.ids import parse_article_id
from bot.render.welcome import render_help, render_welcome
from bot.texts import Lang, t

DEEP_LINK = re.compile(r"a\d{1,30}")


async def on_start(
    message: Message, command: CommandObject, cache: RenderCache, lang: Lang
) -> None:
    payload = (command.args or "").strip()
    if DEEP_LINK.fullmatch(payload):
        article_id = parse_article_id(payload)
        article = await cache.article(article_id) if article_id is not None else None
        if article is None:
            await message.answer(t("not_found", lang), parse_mode=None)
            return
        await send_all(message, cache.send_kwargs(article, Part.CARD, lang))
        return
    latest = await cache.latest_article()
    await message.answer(**render_welcome(lang, has_articles=latest is not None).send_kwargs())
    if latest is not None:
        await send_all(message, cache.send_kwargs(latest, Part.CARD, lang))


async def on_help(message: Message, settings: Settings, lang: Lang) -> None:
    admin = settings.is_admin(message.from_user.id if message.from_user else None)
    await message.answer(**render_help(lang, admin=admin).send_kwargs())


def create_router() -> Router:
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.message.register(on_help, Command("help"))
    return router
