"""Readers' article commands and buttons: /summary, /quotes, /source [ID], /latest, card buttons.

Hot path: parse the argument, take the article and its rendering from the RenderCache, send.
A button press is answered at once (the spinner stops) and the part asked for is sent as a NEW
message below, so the card the reader pressed stays as it was and can be used again.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.cache import RenderCache
from bot.callbacks import ArticleCallback, Part
from bot.errors import ArticleLookupError
from bot.handlers import related, who_said
from bot.handlers.common import article_or_gone, resolve_article, send_all
from bot.texts import Lang, t

PART_COMMANDS: dict[str, Part] = {
    "summary": Part.SUMMARY,
    "quotes": Part.QUOTES,
    "source": Part.SOURCE,
}


async def on_part(message: Message, command: CommandObject, cache: RenderCache, lang: Lang) -> None:
    """/summary, /quotes, /source [ID]: one handler, so one command parse per update."""
    name = command.command.lower()
    try:
        article = await resolve_article(cache, command.args)
    except ArticleLookupError as exc:
        await message.answer(t(exc.key, lang, command=name), parse_mode=None)
        return
    await send_all(message, cache.send_kwargs(article, PART_COMMANDS[name], lang))


async def not_forwarded(message: Message) -> bool:
    """A forwarded post is not the reader's command (the fallback guard answers it).
    A coroutine on purpose: aiogram runs synchronous filters in a thread."""
    return message.forward_origin is None


async def on_latest(message: Message, cache: RenderCache, lang: Lang) -> None:
    articles = await cache.latest(5)
    await message.answer(**cache.render_latest(articles, lang).send_kwargs())


async def on_article_button(
    query: CallbackQuery, callback_data: ArticleCallback, cache: RenderCache, bot: Bot, lang: Lang
) -> None:
    article = await article_or_gone(query, cache.article(callback_data.id), lang)
    if article is None:
        return
    if query.message is None:
        # A card sent through inline mode sits in someone else's chat, where the bot cannot
        # write: open the bot's own chat at this article instead (a /start deep link).
        me = await bot.me()
        await query.answer(url=f"https://t.me/{me.username}?start=a{article.id}")
        return
    await query.answer()
    chat_id = query.message.chat.id
    for kwargs in cache.send_kwargs(article, callback_data.part, lang):
        await bot.send_message(chat_id=chat_id, **kwargs)


def create_router() -> Router:
    router = Router(name="articles")
    # `/quotes Лавров` (a person, not an article number): who said what, across the archive.
    router.message.register(
        who_said.on_who_said, not_forwarded, Command("quotes"), who_said.is_person
    )
    router.message.register(on_part, not_forwarded, Command(*PART_COMMANDS))
    router.message.register(on_latest, not_forwarded, Command("latest"))
    router.callback_query.register(
        related.on_related, ArticleCallback.filter(F.part == Part.RELATED)
    )
    router.callback_query.register(on_article_button, ArticleCallback.filter())
    return router
