"""/subscribe and /unsubscribe: get every newly posted article as a card, or stop.

Both are idempotent and say what happened ("subscribed" / "already subscribed"). Someone who
blocked the bot (remembered from a 403) is simply active again after /subscribe.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.enums import ChatType
from aiogram.filters import Command
from aiogram.types import Message

from bot.texts import Lang, t
from storage import Store
from storage.subscribers import SubscriberStatus

log = logging.getLogger(__name__)


async def subscribe(message: Message, store: Store, lang: Lang) -> None:
    change = await store.subscribers.subscribe(message.chat.id, lang.value)
    if change.before is SubscriberStatus.BLOCKED:
        log.info("subscriber %s is back after blocking the bot", message.chat.id)
    key = "sub.done" if change.changed else "sub.already"
    await message.answer(t(key, lang), parse_mode=None)


async def unsubscribe(message: Message, store: Store, lang: Lang) -> None:
    change = await store.subscribers.unsubscribe(message.chat.id)
    key = "unsub.done" if change.before is SubscriberStatus.ACTIVE else "unsub.not_subscribed"
    await message.answer(t(key, lang), parse_mode=None)


async def in_private_chat(message: Message) -> bool:
    """An async filter: aiogram runs sync filters (magic F included) in a thread per update."""
    return message.chat.type == ChatType.PRIVATE


async def private_only(message: Message, lang: Lang) -> None:
    await message.answer(t("sub.private_only", lang), parse_mode=None)


def create_router() -> Router:
    router = Router(name="subscriptions")
    router.message.register(subscribe, Command("subscribe"), in_private_chat)
    router.message.register(unsubscribe, Command("unsubscribe"), in_private_chat)
    router.message.register(private_only, Command("subscribe", "unsubscribe"))
    return router
