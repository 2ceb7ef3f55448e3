"""/subscribe and /unsubscribe through the real Dispatcher: Russian replies, idempotent."""

from __future__ import annotations

import pytest
from aiogram import Bot, Dispatcher

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from storage.subscribers import SubscriberStatus
from tests.support.recording import RecordingSession
from tests.support.updates import READER_ID, group_chat, message_update


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


async def _say(dp: Dispatcher, bot: Bot, session: RecordingSession, text: str, **kw: object) -> str:
    session.clear()
    await dp.feed_update(bot, message_update(text, **kw))  # type: ignore[arg-type]
    (reply,) = session.of("sendMessage")
    return str(reply.text)  # type: ignore[attr-defined]


async def test_subscribe_and_unsubscribe_are_idempotent_with_clear_replies(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    assert await _say(dp, bot, session, "/subscribe") == (
        "Вы подписались: новые статьи будут приходить сюда. Отписаться — /unsubscribe"
    )
    assert await _say(dp, bot, session, "/subscribe") == (
        "Вы уже подписаны. Отписаться — /unsubscribe"
    )
    assert await store.subscribers.status(READER_ID) is SubscriberStatus.ACTIVE
    assert await _say(dp, bot, session, "/unsubscribe") == (
        "Вы отписались, новые статьи больше не придут. Вернуться — /subscribe"
    )
    assert await _say(dp, bot, session, "/unsubscribe") == (
        "Вы и не были подписаны. Подписаться — /subscribe"
    )
    assert await store.subscribers.status(READER_ID) is SubscriberStatus.UNSUBSCRIBED


async def test_a_reader_who_blocked_the_bot_comes_back_with_subscribe(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await store.subscribers.subscribe(READER_ID, "ru")
    await store.subscribers.mark_blocked(READER_ID)
    reply = await _say(dp, bot, session, "/subscribe")
    assert reply.startswith("Вы подписались")
    assert await store.subscribers.status(READER_ID) is SubscriberStatus.ACTIVE


async def test_english_reader_gets_english_and_their_language_is_stored(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    reply = await _say(dp, bot, session, "/subscribe", language_code="en")
    assert reply == "Subscribed: new articles will arrive here. To stop — /unsubscribe"
    language = await store.db.scalar(
        "SELECT language FROM subscribers WHERE user_id = ?", (READER_ID,)
    )
    assert language == "en"


async def test_groups_are_told_to_use_a_private_chat(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    reply = await _say(dp, bot, session, "/subscribe", chat=group_chat())
    assert reply == "Подписаться можно в личном чате с ботом."
    assert (await store.subscribers.counts()).active == 0
