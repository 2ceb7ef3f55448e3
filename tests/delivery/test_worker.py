"""The outbox worker against a RecordingSession on a fake clock: exactly once, retries, limits.

Every test asserts the requests Telegram would have seen and the rows left in the outbox.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import EditMessageText, SendMessage
from aiohttp import ClientConnectorError
from aiohttp.client_reqrep import ConnectionKey

from bot.config import Settings
from bot.delivery.publisher import Publisher, PublishStatus
from bot.delivery.worker import EditCancelled, EditReady, EditWait, edit_target
from bot.metrics import Metrics
from storage import Store, outbox
from storage.editorial import EditorAction
from storage.subscribers import SubscriberStatus
from tests.delivery.fakes import FakeClock, add_article, make_worker
from tests.support.recording import RecordingSession, make_bot
from tests.support.updates import ADMIN_ID

CHANNEL = "@interaffairs_test"


def _texts(session: RecordingSession, chat: int | str) -> list[str]:
    return [r.text for r in session.of("sendMessage") if r.chat_id == chat]  # type: ignore[attr-defined]


async def _states(store: Store, kind: str) -> list[str]:
    return [item.state for item in await store.outbox.items(kind=kind)]


async def test_n_posts_and_their_cards_are_delivered_exactly_once(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    publisher = Publisher(settings, store)
    for user_id in (101, 102, 103):
        await store.subscribers.subscribe(user_id, "ru")
    articles = [await add_article(store, n) for n in range(1, 6)]
    for article in articles:
        assert (await publisher.publish(article)).status is PublishStatus.ENQUEUED
        again = await publisher.publish(article)  # a second /post while queued: nothing new
        assert again.status is PublishStatus.IN_PROGRESS
    await make_worker(bot, store, settings, clock).drain()
    for article in articles:  # and after it was sent: still nothing new
        result = await publisher.publish(article)
        assert result.status is PublishStatus.ALREADY_POSTED
        assert result.link == f"https://t.me/interaffairs_test/{result.message_id}"
    await make_worker(bot, store, settings, clock).drain()

    channel_texts = _texts(session, CHANNEL)
    assert len(channel_texts) == 5
    assert [t.split("\n")[0] for t in channel_texts] == [f"Статья номер {n}" for n in range(1, 6)]
    for user_id in (101, 102, 103):
        assert len(_texts(session, user_id)) == 5
    assert len(session.of("sendMessage")) == 20
    assert await _states(store, outbox.POST) == ["sent"] * 5
    # The channel gets 20 posts a minute at most: 5 posts need 4 gaps of 3 s.
    posts = await store.outbox.items(kind=outbox.POST)
    assert all(p.message_id is not None for p in posts)
    assert clock.t - 1_000_000.0 >= 12.0


async def test_429_waits_retry_after_pauses_everything_and_never_drops(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    metrics = Metrics()
    await store.subscribers.subscribe(101, "ru")
    await Publisher(settings, store).publish(await add_article(store))
    for _ in range(4):
        session.add_error("sendMessage", 429, "Too Many Requests: retry after 5", retry_after=5)
    await make_worker(bot, store, settings, clock, metrics=metrics).drain()
    # Post and card go out together; each is refused twice, then delivered once.
    assert len(_texts(session, CHANNEL)) == 3
    assert len(_texts(session, 101)) == 3
    assert await _states(store, outbox.POST) == ["sent"]
    assert await _states(store, outbox.CARD) == ["sent"]
    assert metrics.rate_limited_total == 4
    assert metrics.messages_sent_total == 2
    assert clock.t - 1_000_000.0 >= 10.0  # two rounds × retry_after


async def test_5xx_retries_on_the_capped_exponential_schedule(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    """On a private chat (spacing 1 s), so the channel's 3 s spacing does not mask the gaps."""
    clock = FakeClock()
    assert await Publisher(settings, store).propose(await add_article(store)) == 1
    for _ in range(11):
        session.add_error("sendMessage", 500, "Internal Server Error")
    start = clock.t
    times: list[float] = []
    original = session.make_request

    async def stamp(bot: Bot, method: object, timeout: int | None = None) -> object:
        times.append(clock.t - start)
        return await original(bot, method, timeout)  # type: ignore[arg-type]

    session.make_request = stamp  # type: ignore[method-assign]
    await make_worker(bot, store, settings, clock).drain()
    gaps = [round(b - a, 1) for a, b in itertools.pairwise(times)]
    assert gaps == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert await _states(store, outbox.PREVIEW) == ["sent"]
    assert len(_texts(session, ADMIN_ID)) == 12


async def test_could_not_connect_is_retried(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    await Publisher(settings, store).publish(await add_article(store))
    key = ConnectionKey("127.0.0.1", 1, False, True, None, None, None)
    cause = ClientConnectorError(key, ConnectionRefusedError(111, "Connection refused"))
    error = TelegramNetworkError(SendMessage(chat_id=1, text="x"), f"ClientConnectorError: {cause}")
    error.__cause__ = cause
    session.add_exception("sendMessage", error)
    await make_worker(bot, store, settings, clock).drain()
    assert len(_texts(session, CHANNEL)) == 2
    assert await _states(store, outbox.POST) == ["sent"]


async def test_timeout_after_sending_a_post_is_unknown_not_resent_admins_get_settle_buttons(
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    publisher = Publisher(settings, store)
    article = await add_article(store)
    await publisher.publish(article)
    session.add_exception("sendMessage", TelegramNetworkError(None, "Request timeout error"))  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR, logger="bot.delivery.worker"):
        await make_worker(bot, store, settings, clock).drain()
    assert len(_texts(session, CHANNEL)) == 1  # the one attempt; never repeated
    post = (await store.outbox.items(kind=outbox.POST))[0]
    assert post.state == outbox.UNKNOWN
    assert "Request timeout error" in (post.error or "")
    (alert,) = [r for r in session.of("sendMessage") if r.chat_id == ADMIN_ID]  # type: ignore[attr-defined]
    assert alert.text == (  # type: ignore[attr-defined]
        "Неизвестно, дошёл ли пост в канал: статья №1\n«Статья номер 1»\n"
        "outcome unknown: Request timeout error\n"
        "Проверьте канал: https://t.me/interaffairs_test\n"
        "Сам повторно не отправляю. Поста нет — «Опубликовать ещё раз»; "
        "пост на месте — «Всё в порядке»."
    )
    links = [e.url for e in alert.entities if e.type == "text_link"]  # type: ignore[attr-defined]
    assert links == ["https://t.me/interaffairs_test"]
    assert [
        (b.text, b.callback_data)
        for row in alert.reply_markup.inline_keyboard  # type: ignore[attr-defined]
        for b in row
    ] == [("Опубликовать ещё раз", "pub:re:1"), ("Всё в порядке", "pub:ok:1")]
    assert "not resent" in caplog.text
    # /post again is told "unknown", and only an explicit repost sends it again.
    assert (await publisher.publish(article)).status is PublishStatus.UNKNOWN
    assert (await publisher.publish(article, repost=True)).status is PublishStatus.ENQUEUED
    await make_worker(bot, store, settings, clock).drain()
    assert len(_texts(session, CHANNEL)) == 2


async def test_403_deactivates_the_subscriber_without_retry(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    metrics = Metrics()
    for user_id in (101, 102):
        await store.subscribers.subscribe(user_id, "ru")
    await Publisher(settings, store).publish(await add_article(store))
    session.add_result(
        "sendMessage",
        {"message_id": 5, "date": 0, "chat": {"id": -1001, "type": "channel", "title": "C"}},
    )
    session.add_error("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await make_worker(bot, store, settings, clock, metrics=metrics).drain()
    assert [r.chat_id for r in session.of("sendMessage")] == [CHANNEL, 101, 102]  # type: ignore[attr-defined]
    assert await store.subscribers.status(101) is SubscriberStatus.BLOCKED
    assert await store.subscribers.status(102) is SubscriberStatus.ACTIVE
    cards = await store.outbox.items(kind=outbox.CARD)
    assert [(c.chat_id, c.state) for c in cards] == [("101", "failed"), ("102", "sent")]
    assert metrics.forbidden_total == 1
    assert _texts(session, ADMIN_ID) == []  # a reader leaving is not an admin's problem
    # The next article does not even try them...
    await Publisher(settings, store).publish(await add_article(store, 2))
    await make_worker(bot, store, settings, clock).drain()
    assert [r.chat_id for r in session.of("sendMessage")][3:] == [CHANNEL, 102]  # type: ignore[attr-defined]
    # ...and /subscribe brings them back for the one after.
    await store.subscribers.subscribe(101)
    await Publisher(settings, store).publish(await add_article(store, 3))
    await make_worker(bot, store, settings, clock).drain()
    assert [r.chat_id for r in session.of("sendMessage")][5:] == [CHANNEL, 101, 102]  # type: ignore[attr-defined]


async def test_400s_fail_with_the_reason_and_admins_are_told_once(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    for user_id in (101, 102, 103):
        await store.subscribers.subscribe(user_id, "ru")
    await Publisher(settings, store).publish(await add_article(store))
    session.add_result(
        "sendMessage",
        {"message_id": 5, "date": 0, "chat": {"id": -1001, "type": "channel", "title": "C"}},
    )
    for _ in range(3):
        session.add_error("sendMessage", 400, "Bad Request: chat not found")
    await make_worker(bot, store, settings, clock).drain()
    cards = await store.outbox.items(kind=outbox.CARD)
    assert [(c.state, c.error) for c in cards] == [("failed", "Bad Request: chat not found")] * 3
    alerts = _texts(session, ADMIN_ID)
    assert alerts == [
        "Не удалось доставить: карточки подписчикам, статья №1\nBad Request: chat not found"
    ]
    assert len(session.of("sendMessage")) == 5


async def test_refresh_edits_the_channel_post_and_not_modified_counts_as_sent(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    publisher = Publisher(settings, store)
    article = await add_article(store)
    assert await publisher.refresh(article) is False  # not in the channel: nothing to edit
    await publisher.publish(article)
    await make_worker(bot, store, settings, clock).drain()
    post = (await store.outbox.items(kind=outbox.POST))[0]
    changed = await add_article(store, 1, summary="Новое краткое содержание статьи.")
    assert changed.revision == 2
    assert await publisher.refresh(changed) is True
    assert await publisher.refresh(changed) is False  # same revision: one edit
    await make_worker(bot, store, settings, clock).drain()
    edits = session.of("editMessageText")
    assert len(edits) == 1
    edit = edits[0]
    assert isinstance(edit, EditMessageText)
    assert (edit.chat_id, edit.message_id) == (CHANNEL, post.message_id)
    assert "Новое краткое содержание статьи." in edit.text
    assert len(_texts(session, CHANNEL)) == 1  # edited, never posted again
    third = await add_article(store, 1, summary="Третья версия.")
    await publisher.refresh(third)
    session.add_error("editMessageText", 400, "Bad Request: message is not modified")
    await make_worker(bot, store, settings, clock).drain()
    assert await _states(store, outbox.EDIT) == ["sent", "sent"]
    assert _texts(session, ADMIN_ID) == []


async def test_edit_waits_for_its_post_and_older_pending_edits_are_superseded(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    publisher = Publisher(settings, store)
    await publisher.publish(await add_article(store))
    assert await publisher.refresh(await add_article(store, 1, summary="Версия два."))
    assert await publisher.refresh(await add_article(store, 1, summary="Версия три."))
    await make_worker(bot, store, settings, clock).drain()
    assert await _states(store, outbox.EDIT) == ["cancelled", "sent"]
    assert session.names().index("sendMessage") < session.names().index("editMessageText")
    assert "Версия три." in session.of("editMessageText")[0].text  # type: ignore[attr-defined]


async def test_post_confirmation_goes_to_the_admin_who_asked(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    article = await add_article(store)
    await Publisher(settings, store).publish(article, notify_chat_id=ADMIN_ID)
    await make_worker(bot, store, settings, clock).drain()
    post = (await store.outbox.items(kind=outbox.POST))[0]
    link = f"https://t.me/interaffairs_test/{post.message_id}"
    confirm = [r for r in session.of("sendMessage") if r.chat_id == ADMIN_ID]  # type: ignore[attr-defined]
    assert len(confirm) == 1
    assert confirm[0].text == f"Опубликовано в канале, статья №1: Статья номер 1\n{link}"  # type: ignore[attr-defined]
    assert [(e.type, e.url) for e in confirm[0].entities] == [("bold", None), ("text_link", link)]  # type: ignore[attr-defined]


async def test_post_confirmation_names_the_editor_who_published(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    article = await add_article(store)
    await store.editorial.log(article.id, EditorAction.PUBLISHED, by_id=77, by_name="Мария")
    await Publisher(settings, store).publish(article, notify_chat_id=ADMIN_ID)
    await make_worker(bot, store, settings, FakeClock()).drain()
    post = (await store.outbox.items(kind=outbox.POST))[0]
    link = f"https://t.me/interaffairs_test/{post.message_id}"
    (confirm,) = [r for r in session.of("sendMessage") if r.chat_id == ADMIN_ID]  # type: ignore[attr-defined]
    assert confirm.text == (
        f"Опубликовано в канале, статья №1: Статья номер 1\n{link}\nОпубликовал(а): Мария"
    )


async def test_paid_broadcast_sets_allow_paid_broadcast_on_cards_only(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    paid = settings.model_copy(update={"broadcast_paid": True})
    await store.subscribers.subscribe(101, "ru")
    await Publisher(paid, store).publish(await add_article(store))
    await make_worker(bot, store, paid, FakeClock()).drain()
    flags = [(r.chat_id, r.allow_paid_broadcast) for r in session.of("sendMessage")]  # type: ignore[attr-defined]
    assert flags == [(CHANNEL, None), (101, True)]


async def test_restart_mid_run_loses_nothing_and_repeats_nothing(
    tmp_path: Path, settings: Settings
) -> None:
    """Kill the worker while one send is on the wire; a new worker on the same file resumes."""
    path = tmp_path / "restart.sqlite3"
    store = await Store.open(path)
    for user_id in range(101, 111):
        await store.subscribers.subscribe(user_id, "ru")
    publisher = Publisher(settings, store)
    for n in (1, 2):
        await publisher.publish(await add_article(store, n))

    first = RecordingSession()
    hang = asyncio.Event()
    on_the_wire = asyncio.Event()
    calls = 0
    original = first.make_request

    async def hanging(bot: Bot, method: object, timeout: int | None = None) -> object:
        nonlocal calls
        calls += 1
        if calls == 7:  # the 7th request never answers: the process "dies" with it on the wire
            first.requests.append(method)  # type: ignore[arg-type]
            on_the_wire.set()
            await hang.wait()
        return await original(bot, method, timeout)  # type: ignore[arg-type]

    first.make_request = hanging  # type: ignore[method-assign]
    worker = make_worker(make_bot(first), store, settings, FakeClock(), max_in_flight=1)
    task = asyncio.create_task(worker.drain())
    await on_the_wire.wait()
    task.cancel()  # like kill -9: no clean stop, results not yet recorded stay 'sending'
    with pytest.raises(asyncio.CancelledError):
        await task
    await store.close()

    store = await Store.open(path)
    second = RecordingSession()
    await make_worker(make_bot(second), store, settings, FakeClock()).drain()

    def sent(session: RecordingSession) -> list[tuple[object, str]]:
        return [
            (r.chat_id, r.text.split("\n")[0])  # type: ignore[attr-defined]
            for r in session.of("sendMessage")
            if r.chat_id != ADMIN_ID  # type: ignore[attr-defined]
        ]

    before, after = sent(first), sent(second)
    in_flight = before[-1]
    delivered = before[:-1] + after
    # 2 posts + 2 × 10 cards: each sent exactly once, except the one on the wire at the
    # "crash", which is not resent (outcome unknown, at most once).
    assert len(delivered) == len(set(delivered)) == 21
    assert in_flight not in after
    assert len(after) > 0
    states = [i.state for i in await store.outbox.items() if i.kind in (outbox.POST, outbox.CARD)]
    assert states.count("unknown") == 1
    assert states.count("sent") == 21
    await store.close()


async def test_a_429_pauses_the_whole_sender_not_only_that_chat(
    bot: Bot, session: RecordingSession, store: Store, settings: Settings
) -> None:
    clock = FakeClock()
    for user_id in (101, 102, 103):
        await store.subscribers.subscribe(user_id, "ru")
    await Publisher(settings, store).publish(await add_article(store))
    session.add_error("sendMessage", 429, "Too Many Requests: retry after 5", retry_after=5)
    start = clock.t
    stamps: list[tuple[float, object]] = []
    original = session.make_request

    async def stamp(bot: Bot, method: object, timeout: int | None = None) -> object:
        stamps.append((clock.t - start, getattr(method, "chat_id", None)))
        return await original(bot, method, timeout)  # type: ignore[arg-type]

    session.make_request = stamp  # type: ignore[method-assign]
    # One request on the wire at a time, so "meanwhile" is well defined: nothing already in
    # flight when the 429 arrives could be recalled anyway.
    await make_worker(bot, store, settings, clock, max_in_flight=1).drain()
    refused_at, chat = stamps[0]
    assert chat == CHANNEL  # refused with retry_after=5
    assert all(at >= refused_at + 5.0 for at, _ in stamps[1:])  # nobody got anything meanwhile
    assert sorted(str(chat) for _, chat in stamps[1:]) == ["101", "102", "103", CHANNEL]


def _post(state: outbox.State, message_id: int | None = None) -> outbox.OutboxItem:
    return outbox.OutboxItem(
        id=1,
        article_id=1,
        chat_id=CHANNEL,
        kind=outbox.Kind.POST,
        generation=0,
        payload_id=1,
        notify_chat_id=None,
        state=state,
        attempts=1,
        not_before=0.0,
        message_id=message_id,
        error=None,
    )


def test_an_edit_target_is_a_message_id_a_wait_or_a_cancellation() -> None:
    sent = _post(outbox.State.SENT, message_id=42)
    assert edit_target(sent, sent) == EditReady(42)
    assert edit_target(None, _post(outbox.State.PENDING)) == EditWait()
    assert edit_target(None, _post(outbox.State.SENDING)) == EditWait()
    assert edit_target(None, _post(outbox.State.FAILED)) == EditCancelled()
    assert edit_target(None, None) == EditCancelled()
