"""/subscribe, /unsubscribe, /subscriptions, /digest: what a reader follows and how it arrives.

`/subscribe` alone follows every article; `/subscribe Лавров` follows a topic (storage.topics
says what matching means). `/unsubscribe` alone stops everything; with a topic it drops that
one. `/subscriptions` lists the topics with an «Отписаться» button each. `/digest` switches
between a card per article and one message a day; `/digest 08:30` sets its Moscow time.
All are idempotent and say what happened. Someone who blocked the bot (remembered from a 403)
is simply active again after /subscribe.
"""

from __future__ import annotations

import logging
import re

from aiogram import Bot, Router
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.callbacks import TopicCallback
from bot.clock import Clock, moscow_day_minute
from bot.render.subscriptions import clock_time, render_subscriptions
from bot.texts import Lang, t
from storage import Store
from storage.subscribers import DeliveryMode, SubscriberStatus
from storage.topics import MAX_TOPIC_CHARS, MAX_TOPICS, FollowOutcome, FollowResult

log = logging.getLogger(__name__)

_TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")
_FOLLOW_KEYS = {
    FollowOutcome.ADDED: "topic.added",
    FollowOutcome.ALREADY: "topic.already",
    FollowOutcome.TOO_LONG: "topic.too_long",
    FollowOutcome.TOO_MANY: "topic.too_many",
    FollowOutcome.UNMATCHABLE: "topic.unmatchable",
}
SHOWN_TOPIC_CHARS = 80


def _shown(text: str) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= SHOWN_TOPIC_CHARS else shown[: SHOWN_TOPIC_CHARS - 1] + "…"


def follow_reply(result: FollowResult, typed: str, lang: Lang) -> str:
    topic = result.topic.label if result.topic is not None else _shown(typed)
    limit = MAX_TOPIC_CHARS if result.outcome is FollowOutcome.TOO_LONG else MAX_TOPICS
    text = t(_FOLLOW_KEYS[result.outcome], lang, topic=topic, limit=limit)
    if result.everything and result.outcome is FollowOutcome.ADDED:
        text += " " + t("topic.everything_too", lang)
    return text


async def subscribe(message: Message, command: CommandObject, store: Store, lang: Lang) -> None:
    if command.args and command.args.strip():
        result = await store.topics.follow(message.chat.id, command.args, lang.value)
        await message.answer(follow_reply(result, command.args, lang), parse_mode=None)
        return
    change = await store.subscribers.subscribe(message.chat.id, lang.value)
    if change.before is SubscriberStatus.BLOCKED:
        log.info("subscriber %s is back after blocking the bot", message.chat.id)
    key = "sub.done" if change.changed else "sub.already"
    await message.answer(t(key, lang), parse_mode=None)


async def unsubscribe(message: Message, command: CommandObject, store: Store, lang: Lang) -> None:
    if command.args and command.args.strip():
        found = await store.topics.find(message.chat.id, command.args)
        dropped = await store.topics.drop(message.chat.id, found.id) if found else None
        if dropped is None:
            reply = t("topic.not_followed", lang, topic=_shown(command.args))
        else:
            reply = t("topic.dropped", lang, topic=dropped.label)
        await message.answer(reply, parse_mode=None)
        return
    had_topics = bool(await store.topics.topics(message.chat.id))
    change = await store.subscribers.unsubscribe(message.chat.id)
    if had_topics:
        key = "topic.unsubscribed_all"
    else:
        key = "unsub.done" if change.before is SubscriberStatus.ACTIVE else "unsub.not_subscribed"
    await message.answer(t(key, lang), parse_mode=None)


async def subscriptions(message: Message, store: Store, lang: Lang) -> None:
    reader = await store.subscribers.reader(message.chat.id)
    topics = await store.topics.topics(message.chat.id)
    await message.answer(**render_subscriptions(reader, topics, lang).send_kwargs())


async def on_unfollow_button(
    query: CallbackQuery, callback_data: TopicCallback, store: Store, bot: Bot, lang: Lang
) -> None:
    """Drop the topic (only the presser's own) and show the list as it is now."""
    user_id = query.from_user.id
    dropped = await store.topics.drop(user_id, callback_data.id)
    if dropped is None:
        await query.answer(t("topic.gone", lang))
        return
    await query.answer(t("topic.dropped", lang, topic=dropped.label))
    if query.message is None:
        return
    reader = await store.subscribers.reader(user_id)
    topics = await store.topics.topics(user_id)
    kwargs = render_subscriptions(reader, topics, lang).send_kwargs()
    kwargs.pop("link_preview_options", None)
    try:
        await bot.edit_message_text(
            chat_id=query.message.chat.id, message_id=query.message.message_id, **kwargs
        )
    except TelegramBadRequest as exc:  # too old to edit, or unchanged: the answer said it
        log.info("could not update /subscriptions for %s: %s", user_id, exc.message)


def parse_time(text: str) -> int | None:
    """«08:30» (or «8.30») → minutes after midnight; None when it is not a time of day."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


async def digest(
    message: Message, command: CommandObject, store: Store, lang: Lang, clock: Clock
) -> None:
    reader = await store.subscribers.reader(message.chat.id)
    if command.args and command.args.strip():
        minute = parse_time(command.args)
        if minute is None:
            await message.answer(t("digest.bad_time", lang), parse_mode=None)
            return
        mode = DeliveryMode.DAILY
    else:
        minute = None
        daily = reader is not None and reader.delivery is DeliveryMode.DAILY
        mode = DeliveryMode.INSTANT if daily else DeliveryMode.DAILY
    await store.subscribers.set_delivery(
        message.chat.id,
        lang.value,
        delivery=mode,
        digest_minute=minute,
        today=moscow_day_minute(clock),
    )
    reader = await store.subscribers.reader(message.chat.id)
    assert reader is not None
    if mode is DeliveryMode.DAILY:
        reply = t("digest.daily", lang, time=clock_time(reader.digest_minute))
    else:
        reply = t("digest.instant", lang)
    following = reader.status is SubscriberStatus.ACTIVE
    if not following:
        reply += "\n" + t("digest.not_subscribed", lang)
    await message.answer(reply, parse_mode=None)


async def in_private_chat(message: Message) -> bool:
    """An async filter: aiogram runs sync filters (magic F included) in a thread per update."""
    return message.chat.type == ChatType.PRIVATE


async def private_only(message: Message, lang: Lang) -> None:
    await message.answer(t("sub.private_only", lang), parse_mode=None)


COMMANDS = ("subscribe", "unsubscribe", "subscriptions", "digest")


def create_router() -> Router:
    router = Router(name="subscriptions")
    router.message.register(subscribe, Command("subscribe"), in_private_chat)
    router.message.register(unsubscribe, Command("unsubscribe"), in_private_chat)
    router.message.register(subscriptions, Command("subscriptions"), in_private_chat)
    router.message.register(digest, Command("digest"), in_private_chat)
    router.message.register(private_only, Command(*COMMANDS))
    router.callback_query.register(on_unfollow_button, TopicCallback.filter())
    return router
