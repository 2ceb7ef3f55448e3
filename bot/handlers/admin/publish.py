"""/preview [ID], /post [ID], «Опубликовать» / «Отмена» / «Опубликовать ещё раз», «Без звука»,
and «Всё в порядке» under an alert about a post whose arrival is unknown.

Why nothing here sends to the channel: publishing only asks the Publisher, which enqueues (the
outbox worker sends, within limits, exactly once) and refuses to post an article that is already
in the channel unless the admin presses «Опубликовать ещё раз». Two editors pressing
«Опубликовать» at once make one post: the second is told it is already on its way, and by whom.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.cache import RenderCache
from bot.config import Settings
from bot.delivery.preview import PublishAction, PublishCallback, SilentCallback, decision_rows
from bot.delivery.publisher import Publisher
from bot.errors import ArticleLookupError
from bot.handlers.admin.common import chat_of, publish, redraw_buttons, send_preview
from bot.handlers.common import article_or_gone, resolve_article
from bot.render.links import Links
from bot.texts import Lang, t
from storage import Store
from storage.models import Article


async def _named(
    message: Message, command: CommandObject, store: Store, cache: RenderCache, lang: Lang
) -> Article | None:
    """The article the command names (fresh from the store: editors see their own edits)."""
    try:
        article = await resolve_article(cache, command.args)
    except ArticleLookupError as exc:
        await message.answer(t(exc.key, lang, command=command.command), parse_mode=None)
        return None
    return await store.articles.get(article.id)


async def on_preview(
    message: Message,
    command: CommandObject,
    bot: Bot,
    settings: Settings,
    store: Store,
    cache: RenderCache,
    links: Links,
    lang: Lang,
) -> None:
    article = await _named(message, command, store, cache, lang)
    if article is not None:
        await send_preview(bot, message.chat.id, article, links, settings, lang)


async def on_post(
    message: Message,
    command: CommandObject,
    store: Store,
    cache: RenderCache,
    publisher: Publisher,
    lang: Lang,
) -> None:
    article = await _named(message, command, store, cache, lang)
    if article is None or message.from_user is None:
        return
    reply = await publish(
        publisher, store, article, user=message.from_user, notify_chat_id=message.chat.id, lang=lang
    )
    await message.answer(**reply)  # type: ignore[arg-type]


async def on_decision(
    query: CallbackQuery,
    callback_data: PublishCallback,
    bot: Bot,
    store: Store,
    publisher: Publisher,
    lang: Lang,
) -> None:
    await redraw_buttons(bot, query, [])  # the decision is taken: its buttons go
    if callback_data.action is PublishAction.CANCEL:
        await query.answer(t("admin.cancelled", lang))
        return
    if callback_data.action is PublishAction.SETTLED:  # «Всё в порядке» under an unknown post
        settled = await publisher.settle(callback_data.id, query.from_user.id)
        key = "admin.settled" if settled else "admin.settled_already"
        await query.answer(t(key, lang, id=callback_data.id))
        return
    article = await article_or_gone(query, store.articles.get(callback_data.id), lang)
    if article is None:
        return
    reply = await publish(
        publisher,
        store,
        article,
        user=query.from_user,
        notify_chat_id=chat_of(query),
        lang=lang,
        repost=callback_data.action is PublishAction.REPOST,
    )
    await query.answer()
    await bot.send_message(chat_id=chat_of(query), **reply)  # type: ignore[arg-type]


async def on_silent(
    query: CallbackQuery, callback_data: SilentCallback, bot: Bot, store: Store, lang: Lang
) -> None:
    """«Без звука» toggles disable_notification for this article's post; the button shows it."""
    article = await article_or_gone(query, store.articles.get(callback_data.id), lang)
    if article is None:
        return
    article = await store.articles.set_silent(article.id, not article.edits.silent)
    assert article is not None
    await redraw_buttons(bot, query, decision_rows(article, lang))
    await query.answer(t("desk.silent_on" if article.edits.silent else "desk.silent_off", lang))


def create_router() -> Router:
    router = Router(name="admin-publish")
    router.message.register(on_preview, Command("preview"))
    router.message.register(on_post, Command("post"))
    router.callback_query.register(on_decision, PublishCallback.filter())
    router.callback_query.register(on_silent, SilentCallback.filter())
    return router
