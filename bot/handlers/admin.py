"""Admin flows: /preview [ID], /post [ID], the Опубликовать / Отмена buttons, /stats.

Why nothing here sends to the channel: /post and Опубликовать only ask the Publisher, which
enqueues (the outbox worker sends, within limits, exactly once) and refuses to post an article
that is already in the channel unless the admin presses «Опубликовать ещё раз». Every action
checks `settings.is_admin`: anyone else gets a polite refusal and one log line with their id,
including someone pressing a forged button.
"""

from __future__ import annotations

import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    User,
)
from aiogram.utils.formatting import Bold, Text, TextLink, as_line

from bot.cache import RenderCache
from bot.config import Settings
from bot.delivery.preview import PublishAction, PublishCallback, button, render_preview
from bot.delivery.publisher import Publisher, PublishResult, PublishStatus
from bot.handlers.articles import ArticleLookupError, resolve_article
from bot.render.links import Links
from bot.texts import Lang, t
from storage import Store

log = logging.getLogger(__name__)


def _refused(user: User | None, action: str) -> None:
    log.warning("admin action %s refused for user_id=%s", action, user.id if user else None)


async def _refuse_non_admin(message: Message, settings: Settings, lang: Lang, action: str) -> bool:
    """True (after a polite refusal and one log line) when the sender is not an admin."""
    user = message.from_user
    if settings.is_admin(user.id if user else None):
        return False
    _refused(user, action)
    await message.answer(t("admin.refused", lang), parse_mode=None)
    return True


def _status_message(result: PublishResult, article_id: int, lang: Lang) -> dict[str, object]:
    """What the admin is told after asking to publish (send_message kwargs)."""
    keys = {
        PublishStatus.ENQUEUED: "admin.queued",
        PublishStatus.IN_PROGRESS: "admin.in_progress",
        PublishStatus.ALREADY_POSTED: "admin.already_posted",
        PublishStatus.UNKNOWN: "admin.already_unknown",
        PublishStatus.NO_CHANNEL: "admin.no_channel",
    }
    parts: list[str | Text] = [t(keys[result.status], lang, id=article_id)]
    if result.status is PublishStatus.ALREADY_POSTED and result.link:
        parts += ["\n", TextLink(result.link, url=result.link)]
    kwargs: dict[str, object] = {**Text(*parts).as_kwargs(), "parse_mode": None}
    if result.status in (PublishStatus.ALREADY_POSTED, PublishStatus.UNKNOWN):
        kwargs["reply_markup"] = InlineKeyboardMarkup(
            inline_keyboard=[[button(PublishAction.REPOST, article_id, lang)]]
        )
    return kwargs


def _without_decision(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The message's keyboard minus our Опубликовать / Отмена / ещё раз buttons."""
    if markup is None:
        return None
    prefix = PublishCallback.__prefix__ + PublishCallback.__separator__
    rows = [
        row
        for row in markup.inline_keyboard
        if not any((b.callback_data or "").startswith(prefix) for b in row)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def _drop_decision_buttons(bot: Bot, query: CallbackQuery) -> None:
    """The decision is taken: its buttons go, the post's own stay.

    A second press (a double tap, two admins) finds them gone already and Telegram answers
    "message is not modified": that is the state we wanted, not an error. Any other refusal
    only leaves the buttons in place, so it is logged and the decision still goes ahead.
    """
    message = query.message
    if message is None:
        return
    current = message.reply_markup if isinstance(message, Message) else None
    try:
        await bot.edit_message_reply_markup(
            chat_id=message.chat.id,
            message_id=message.message_id,
            reply_markup=_without_decision(current),
        )
    except TelegramBadRequest as exc:
        if "message is not modified" not in exc.message:
            log.warning("could not remove the decision buttons: %s", exc.message)


async def preview(
    message: Message,
    command: CommandObject,
    settings: Settings,
    cache: RenderCache,
    links: Links,
    lang: Lang,
) -> None:
    if await _refuse_non_admin(message, settings, lang, "/preview"):
        return
    try:
        article = await resolve_article(cache, command.args)
    except ArticleLookupError as exc:
        await message.answer(t(exc.key, lang, command="preview"), parse_mode=None)
        return
    await message.answer(**render_preview(article, links, lang).send_kwargs())


async def post(
    message: Message,
    command: CommandObject,
    settings: Settings,
    cache: RenderCache,
    publisher: Publisher,
    lang: Lang,
) -> None:
    if await _refuse_non_admin(message, settings, lang, "/post"):
        return
    try:
        article = await resolve_article(cache, command.args)
    except ArticleLookupError as exc:
        await message.answer(t(exc.key, lang, command="post"), parse_mode=None)
        return
    result = await publisher.publish(article, notify_chat_id=message.chat.id)
    log.info("admin %s: /post %d → %s", message.chat.id, article.id, result.status.value)
    await message.answer(**_status_message(result, article.id, lang))  # type: ignore[arg-type]


async def decide(
    query: CallbackQuery,
    callback_data: PublishCallback,
    bot: Bot,
    settings: Settings,
    store: Store,
    publisher: Publisher,
    lang: Lang,
) -> None:
    if not settings.is_admin(query.from_user.id):
        _refused(query.from_user, f"button {callback_data.action.value}:{callback_data.id}")
        await query.answer(t("admin.refused", lang), show_alert=True)
        return
    message = query.message
    await _drop_decision_buttons(bot, query)
    if callback_data.action is PublishAction.CANCEL:
        await query.answer(t("admin.cancelled", lang))
        return
    article = await store.articles.get(callback_data.id)
    if article is None:
        await query.answer(t("gone_button", lang), show_alert=True)
        return
    result = await publisher.publish(
        article,
        repost=callback_data.action is PublishAction.REPOST,
        notify_chat_id=message.chat.id if message is not None else query.from_user.id,
    )
    log.info(
        "admin %s: button %s %d → %s",
        query.from_user.id,
        callback_data.action.value,
        article.id,
        result.status.value,
    )
    await query.answer()
    await bot.send_message(
        chat_id=message.chat.id if message is not None else query.from_user.id,
        **_status_message(result, article.id, lang),  # type: ignore[arg-type]
    )


async def stats(message: Message, settings: Settings, store: Store, lang: Lang) -> None:
    if await _refuse_non_admin(message, settings, lang, "/stats"):
        return
    subscribers = await store.subscribers.counts()
    counts = await store.outbox.counts()
    last = await store.outbox.last_error()
    lines = [
        as_line(Bold(t("stats.title", lang))),
        as_line(t("stats.articles", lang, n=await store.articles.count())),
        as_line(
            t(
                "stats.subscribers",
                lang,
                active=subscribers.active,
                blocked=subscribers.blocked,
                left=subscribers.unsubscribed,
            )
        ),
        as_line(t("stats.outbox", lang, **counts)),
    ]
    if last is None:
        lines.append(Text(t("stats.no_errors", lang)))
    else:
        lines.append(
            Text(
                t("stats.last_error", lang),
                f"{last.kind} → {last.chat_id}: {last.error} ({last.at[:19].replace('T', ' ')})",
            )
        )
    await message.answer(**Text(*lines).as_kwargs())


def create_router() -> Router:
    router = Router(name="admin")
    router.message.register(preview, Command("preview"))
    router.message.register(post, Command("post"))
    router.message.register(stats, Command("stats"))
    router.callback_query.register(decide, PublishCallback.filter())
    return router
