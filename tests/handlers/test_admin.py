"""Admin flows through the real Dispatcher: /preview, /post, the buttons, /stats, refusals.

Nothing reaches the channel from a handler: the tests assert the exact replies, the outbox rows
enqueued, and (where the worker is run on a fake clock) the channel request itself.
"""

from __future__ import annotations

import logging

import pytest
from aiogram import Bot, Dispatcher
from aiogram.methods import EditMessageReplyMarkup, SendMessage

from bot.app import create_dispatcher
from bot.config import Settings
from bot.delivery.publisher import Publisher
from bot.render.links import Links
from bot.render.post import render_channel_post
from storage import Store, outbox
from storage.outbox import Completion
from tests.delivery.fakes import FakeClock, make_worker
from tests.support.readers import article_draft, buttons, entities
from tests.support.recording import RecordingSession
from tests.support.updates import ADMIN_ID, READER_ID, callback_update, message_update

CHANNEL = "@interaffairs_test"


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store, publisher=Publisher(settings, store))


@pytest.fixture
async def article_id(store: Store) -> int:
    return (await store.articles.upsert(article_draft())).article.id


def _admin(text: str) -> object:
    return message_update(text, user_id=ADMIN_ID)


async def test_preview_is_the_exact_channel_post_with_publish_and_cancel(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    await dp.feed_update(bot, _admin(f"/preview {article_id}"))
    (sent,) = session.of("sendMessage")
    article = await store.articles.get(article_id)
    assert article is not None
    post = render_channel_post(article, Links.from_settings(settings))
    assert isinstance(sent, SendMessage)
    assert sent.chat_id == ADMIN_ID
    assert sent.text == post.text
    assert entities(sent) == [
        (e.type, e.offset, e.length, *([e.url] if e.url else [])) for e in post.entities
    ]
    own_rows = [
        [(b.text, f"url:{b.url}" if b.url else f"cb:{b.callback_data}") for b in row]
        for row in (post.reply_markup.inline_keyboard if post.reply_markup else [])
    ]
    assert buttons(sent) == [
        *own_rows,
        [("Опубликовать", f"cb:pub:go:{article_id}"), ("Запланировать", f"cb:plan:m:{article_id}")],
        [("Изменить", f"cb:edit:m:{article_id}"), ("Без звука", f"cb:mute:{article_id}")],
        [("Отмена", f"cb:pub:no:{article_id}")],
    ]
    assert await store.outbox.items() == []  # a preview changes nothing


async def test_post_enqueues_and_the_worker_posts_and_confirms_with_the_link(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    await dp.feed_update(bot, _admin(f"/post {article_id}"))
    (reply,) = session.of("sendMessage")
    assert reply.chat_id == ADMIN_ID  # type: ignore[attr-defined]
    assert reply.text == (  # type: ignore[attr-defined]
        f"Статья №{article_id} в очереди на публикацию. Пришлю ссылку, когда пост выйдет.\n"
        "Опубликовал(а): Читатель"
    )
    posts = await store.outbox.items(kind=outbox.POST)
    assert [(p.chat_id, p.state, p.notify_chat_id) for p in posts] == [
        (CHANNEL, "pending", ADMIN_ID)
    ]
    session.clear()

    await make_worker(bot, store, settings, FakeClock()).drain()
    channel, confirm = session.of("sendMessage")
    assert channel.chat_id == CHANNEL  # type: ignore[attr-defined]
    message_id = (await store.outbox.items(kind=outbox.POST))[0].message_id
    link = f"https://t.me/interaffairs_test/{message_id}"
    assert confirm.chat_id == ADMIN_ID  # type: ignore[attr-defined]
    assert confirm.text.endswith(f"{link}\nОпубликовал(а): Читатель")  # type: ignore[attr-defined]


async def test_post_of_an_article_already_in_the_channel_offers_an_explicit_repost(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    await dp.feed_update(bot, _admin(f"/post {article_id}"))
    await make_worker(bot, store, settings, FakeClock()).drain()
    message_id = (await store.outbox.items(kind=outbox.POST))[0].message_id
    session.clear()

    await dp.feed_update(bot, _admin(f"/post {article_id}"))
    (reply,) = session.of("sendMessage")
    link = f"https://t.me/interaffairs_test/{message_id}"
    assert reply.text == (  # type: ignore[attr-defined]
        f"Статья №{article_id} уже опубликована в канале.\n{link}\nОпубликовал(а): Читатель"
    )
    link_at = len(f"Статья №{article_id} уже опубликована в канале.\n")
    assert entities(reply) == [("text_link", link_at, len(link), link)]
    assert buttons(reply) == [[("Опубликовать ещё раз", f"cb:pub:re:{article_id}")]]
    assert len(await store.outbox.items(kind=outbox.POST)) == 1  # nothing enqueued
    session.clear()

    await dp.feed_update(
        bot, callback_update(f"pub:re:{article_id}", user_id=ADMIN_ID, message_id=77)
    )
    posts = await store.outbox.items(kind=outbox.POST)
    assert [(p.generation, p.state) for p in posts] == [(0, "sent"), (1, "pending")]
    edit = session.of("editMessageReplyMarkup")[0]
    assert isinstance(edit, EditMessageReplyMarkup)
    assert (edit.chat_id, edit.message_id, edit.reply_markup) == (ADMIN_ID, 77, None)
    assert session.of("answerCallbackQuery")
    (queued,) = session.of("sendMessage")
    assert queued.text.startswith(f"Статья №{article_id} в очереди")  # type: ignore[attr-defined]


async def test_publish_button_enqueues_and_removes_only_the_decision_row(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, article_id: int
) -> None:
    await dp.feed_update(bot, callback_update(f"pub:go:{article_id}", user_id=ADMIN_ID))
    assert [p.state for p in await store.outbox.items(kind=outbox.POST)] == ["pending"]
    assert session.names() == ["editMessageReplyMarkup", "answerCallbackQuery", "sendMessage"]
    # Pressed twice (a double tap): still one post.
    await dp.feed_update(bot, callback_update(f"pub:go:{article_id}", user_id=ADMIN_ID))
    assert len(await store.outbox.items(kind=outbox.POST)) == 1
    assert session.of("sendMessage")[-1].text == (  # type: ignore[attr-defined]
        f"Статья №{article_id} уже в очереди на публикацию.\nОпубликовал(а): Читатель"
    )


async def test_cancel_button_removes_the_buttons_and_posts_nothing(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, article_id: int
) -> None:
    await dp.feed_update(bot, callback_update(f"pub:no:{article_id}", user_id=ADMIN_ID))
    assert session.names() == ["editMessageReplyMarkup", "answerCallbackQuery"]
    assert session.of("answerCallbackQuery")[0].text == "Публикация отменена."  # type: ignore[attr-defined]
    assert await store.outbox.items() == []


async def test_cancel_pressed_twice_answers_both_presses(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, article_id: int
) -> None:
    """The second press finds the buttons already gone: Telegram says "not modified"."""
    await dp.feed_update(bot, callback_update(f"pub:no:{article_id}", user_id=ADMIN_ID))
    session.add_error(
        "editMessageReplyMarkup",
        400,
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message",
    )
    await dp.feed_update(bot, callback_update(f"pub:no:{article_id}", user_id=ADMIN_ID))
    answers = [a.text for a in session.of("answerCallbackQuery")]  # type: ignore[attr-defined]
    assert answers == ["Публикация отменена.", "Публикация отменена."]
    assert session.of("sendMessage") == []  # no «Что-то пошло не так»
    assert await store.outbox.items() == []


@pytest.mark.parametrize("data", ["pub:go:" + "9" * 20, "pub:re:" + "9" * 60, "pub:no:0"])
async def test_forged_publish_button_with_an_impossible_id_is_a_stale_button(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, data: str
) -> None:
    await dp.feed_update(bot, callback_update(data, user_id=ADMIN_ID))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Эта кнопка устарела. Откройте статью заново: /latest"  # type: ignore[attr-defined]
    assert session.names() == ["answerCallbackQuery"]
    assert await store.outbox.items() == []


def _calls(session: RecordingSession) -> list[str]:
    """The requests that act (the editors' look-up of the channel's admins left out)."""
    return [name for name in session.names() if name != "getChatAdministrators"]


async def _unknown_post(store: Store, settings: Settings, article_id: int) -> None:
    """As after a reset once the post was written: sent once, outcome unknown."""
    article = await store.articles.get(article_id)
    assert article is not None
    await Publisher(settings, store).publish(article)
    (post,) = await store.outbox.items(kind=outbox.POST)
    await store.outbox.claim([post.id])
    await store.outbox.complete([Completion(post.id, outbox.UNKNOWN, error="outcome unknown")])


async def test_all_is_well_on_an_unknown_post_alert_settles_it_for_admins_only(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    await _unknown_post(store, settings, article_id)
    await dp.feed_update(bot, callback_update(f"pub:ok:{article_id}", user_id=READER_ID))
    assert [p.state for p in await store.outbox.items(kind=outbox.POST)] == ["unknown"]
    assert _calls(session) == ["answerCallbackQuery"]  # refused, nothing edited

    await dp.feed_update(bot, callback_update(f"pub:ok:{article_id}", user_id=ADMIN_ID))
    (post,) = await store.outbox.items(kind=outbox.POST)
    assert post.state == "sent"
    assert post.error == f"settled by admin {ADMIN_ID}: in the channel"
    assert _calls(session)[1:] == ["editMessageReplyMarkup", "answerCallbackQuery"]
    answers = [a.text for a in session.of("answerCallbackQuery")]  # type: ignore[attr-defined]
    assert answers[1] == f"Отмечено: статья №{article_id} в канале."
    # Settled: the article counts as posted, and a second tap has nothing left to do.
    await dp.feed_update(bot, callback_update(f"pub:ok:{article_id}", user_id=ADMIN_ID))
    answers = [a.text for a in session.of("answerCallbackQuery")]  # type: ignore[attr-defined]
    assert answers[-1] == f"Статья №{article_id}: решать уже нечего."
    await dp.feed_update(bot, _admin(f"/post {article_id}"))
    assert session.of("sendMessage")[-1].text == (  # type: ignore[attr-defined]
        f"Статья №{article_id} уже опубликована в канале."
    )


async def test_publish_again_on_an_unknown_post_alert_queues_the_next_generation(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    await _unknown_post(store, settings, article_id)
    await dp.feed_update(bot, callback_update(f"pub:re:{article_id}", user_id=ADMIN_ID))
    posts = await store.outbox.items(kind=outbox.POST)
    assert [(p.generation, p.state) for p in posts] == [(0, "unknown"), (1, "pending")]


@pytest.mark.parametrize("text", ["/post", "/preview", "/stats", "/post 1"])
async def test_non_admins_are_refused_politely_and_logged(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    article_id: int,
    text: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.handlers.admin"):
        await dp.feed_update(bot, message_update(text, user_id=READER_ID))
    (reply,) = session.of("sendMessage")
    assert (reply.chat_id, reply.text) == (
        READER_ID,
        "Эта команда доступна только администраторам канала.",
    )  # type: ignore[attr-defined]
    assert await store.outbox.items() == []
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1
    assert f"user_id={READER_ID}" in refusals[0].getMessage()


async def test_forged_publish_button_from_a_non_admin_is_refused(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    article_id: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.handlers.admin"):
        await dp.feed_update(bot, callback_update(f"pub:go:{article_id}", user_id=READER_ID))
        await dp.feed_update(bot, callback_update(f"pub:re:{article_id}", user_id=READER_ID))
    # The channel's administrators are read once (cached), then both presses are refused.
    assert session.names() == [
        "getChatAdministrators",
        "answerCallbackQuery",
        "answerCallbackQuery",
    ]
    answer = session.of("answerCallbackQuery")[0]
    assert answer.text == "Эта команда доступна только администраторам канала."  # type: ignore[attr-defined]
    assert answer.show_alert is True  # type: ignore[attr-defined]
    assert await store.outbox.items() == []
    assert sum("refused" in r.getMessage() for r in caplog.records) == 2


async def test_stats_counts_articles_subscribers_outbox_and_the_last_error(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    article_id: int,
) -> None:
    for user_id in (101, 102, 103):
        await store.subscribers.subscribe(user_id, "ru")
    await store.subscribers.mark_blocked(103)
    article = await store.articles.get(article_id)
    assert article is not None
    await Publisher(settings, store).publish(article)
    cards = await store.outbox.items(kind=outbox.CARD)
    await store.outbox.claim([cards[0].id])
    await store.outbox.complete(
        [Completion(cards[0].id, outbox.FAILED, error="Bad Request: chat not found")]
    )

    await dp.feed_update(bot, _admin("/stats"))
    (reply,) = session.of("sendMessage")
    lines = reply.text.split("\n")  # type: ignore[attr-defined]
    assert lines[:4] == [
        "Статистика",
        "Статей: 1",
        "Подписчики: 2 активных, 1 заблокировали бота, 0 отписались",
        "Очередь: 2 ждут, 0 в пути, 0 отправлено, 1 с ошибкой, 0 с неизвестным исходом",
    ]
    assert lines[4].startswith("Последняя ошибка: card → 101: Bad Request: chat not found (")
    assert entities(reply) == [("bold", 0, len("Статистика"))]
