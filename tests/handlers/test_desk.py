"""The editor's desk through the real Dispatcher: photo posts and their fallback, caption edits,
«Изменить», «Без звука», scheduling on a fake clock, /queue, the team of admins, refusals.

Each test asserts the exact Bot API requests (method, chat, caption/text, entities, buttons) and
the stored rows; the outbox worker runs on the same fake clock.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.methods import (
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    SendPhoto,
)
from aiogram.types import LinkPreviewOptions

from bot.app import create_dispatcher
from bot.clock import MOSCOW
from bot.config import Settings
from bot.delivery.publisher import Publisher
from bot.delivery.scheduler import Scheduler
from bot.editors import Editors
from bot.render.links import Links
from bot.render.post import PostFormat, render_channel_post
from storage import Store, outbox
from storage.editorial import EditorAction
from tests.delivery.fakes import FakeClock, make_worker
from tests.support.readers import SUMMARY, TITLE, URL, article_draft, buttons, entities
from tests.support.recording import RecordingSession
from tests.support.updates import ADMIN_ID, READER_ID, callback_update, message_update

CHANNEL = "@interaffairs_test"
IMAGE = "https://interaffairs.ru/i/2020/03/lavrov.jpg"
OTHER_ADMIN = 7777
# Monday 30 November 2026, 10:00 in Moscow.
MORNING = datetime(2026, 11, 30, 10, 0, tzinfo=MOSCOW).timestamp()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(t=MORNING)


@pytest.fixture
def publisher(settings: Settings, store: Store) -> Publisher:
    return Publisher(settings, store)


@pytest.fixture
async def dp(
    settings: Settings, store: Store, clock: FakeClock, publisher: Publisher
) -> Dispatcher:
    return create_dispatcher(
        settings,
        store,
        publisher=publisher,
        clock=clock,
        editors=Editors(settings, clock=clock),
    )


@pytest.fixture
async def photo_id(store: Store) -> int:
    return (await store.articles.upsert(article_draft(image_url=IMAGE))).article.id


def admin(text: str, user_id: int = ADMIN_ID) -> Any:
    return message_update(text, user_id=user_id)


def press(data: str, user_id: int = ADMIN_ID) -> Any:
    return callback_update(data, user_id=user_id, message_id=77)


async def drain(bot: Bot, store: Store, settings: Settings, clock: FakeClock) -> None:
    await make_worker(bot, store, settings, clock).drain()


# --- the journal's format in the channel ---------------------------------------------------


async def test_a_post_with_a_lead_image_is_one_send_photo_with_caption_and_entities(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, admin(f"/post {photo_id}"))
    session.clear()
    await drain(bot, store, settings, clock)

    (sent,) = session.of("sendPhoto")
    assert isinstance(sent, SendPhoto)
    article = await store.articles.get(photo_id)
    assert article is not None
    post = render_channel_post(article, Links.from_settings(settings))
    assert (sent.chat_id, sent.photo) == (CHANNEL, IMAGE)
    assert sent.caption == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n#Россия #США"
    assert sent.caption_entities == list(post.entities)
    assert entities(sent)[0] == ("bold", 0, len(TITLE))
    assert buttons(sent) == [
        [("Читать на сайте", f"url:{URL}"), ("Дзен", "url:https://dzen.ru/interaffairs")]
    ]
    assert sent.disable_notification is None
    assert [m.chat_id for m in session.of("sendMessage")] == [ADMIN_ID]  # the confirmation


async def test_a_refused_photo_goes_out_as_text_and_the_admins_are_told_once(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    session.add_error("sendPhoto", 400, "Bad Request: wrong type of the web page content")
    await dp.feed_update(bot, admin(f"/post {photo_id}"))
    session.clear()
    await drain(bot, store, settings, clock)

    assert session.names()[:2] == ["sendPhoto", "sendMessage"]
    text_post = session.of("sendMessage")[0]
    assert isinstance(text_post, SendMessage)
    assert text_post.chat_id == CHANNEL
    assert text_post.text == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n#Россия #США"
    assert text_post.link_preview_options == LinkPreviewOptions(url=URL, prefer_large_media=True)
    (post,) = await store.outbox.items(kind=outbox.POST)
    assert post.state == "sent"
    alerts = [m for m in session.of("sendMessage") if "не принял фото" in m.text]  # type: ignore[attr-defined]
    assert [a.chat_id for a in alerts] == [ADMIN_ID]  # type: ignore[attr-defined]
    assert alerts[0].text.startswith(f"Telegram не принял фото статьи №{photo_id}")  # type: ignore[attr-defined]

    # The live post is text now: an edit goes as editMessageText, not as a caption edit.
    session.clear()
    await store.articles.upsert(article_draft(image_url=IMAGE, summary="Новый лид статьи."))
    article = await store.articles.get(photo_id)
    assert article is not None
    assert await Publisher(settings, store).refresh(article)
    await drain(bot, store, settings, clock)
    (edit,) = session.of("editMessageText")
    assert isinstance(edit, EditMessageText)
    assert (edit.chat_id, edit.message_id) == (CHANNEL, post.message_id)
    assert "Новый лид статьи." in edit.text
    assert session.of("editMessageCaption") == []


async def test_a_changed_article_edits_the_caption_of_its_photo_post(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, admin(f"/post {photo_id}"))
    await drain(bot, store, settings, clock)
    (post,) = await store.outbox.items(kind=outbox.POST)
    session.clear()

    changed = await store.articles.upsert(
        article_draft(image_url=IMAGE, summary="Министры договорились продолжить контакты.")
    )
    assert changed.changed
    assert await Publisher(settings, store).refresh(changed.article)
    await drain(bot, store, settings, clock)

    (edit,) = session.of("editMessageCaption")
    assert isinstance(edit, EditMessageCaption)
    assert (edit.chat_id, edit.message_id) == (CHANNEL, post.message_id)
    assert edit.caption == (
        f"{TITLE}\n\nМинистры договорились продолжить контакты.\n\n{URL}\n\n#Россия #США"
    )
    assert edit.caption_entities == list(
        render_channel_post(changed.article, Links.from_settings(settings)).entities
    )


async def test_the_preview_of_a_photo_post_is_that_photo_with_the_desk_buttons(
    dp: Dispatcher, bot: Bot, session: RecordingSession, photo_id: int
) -> None:
    await dp.feed_update(bot, admin(f"/preview {photo_id}"))

    (sent,) = session.of("sendPhoto")
    assert isinstance(sent, SendPhoto)
    assert (sent.chat_id, sent.photo) == (ADMIN_ID, IMAGE)
    assert sent.caption == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n#Россия #США"
    assert buttons(sent)[1:] == [
        [("Опубликовать", f"cb:pub:go:{photo_id}"), ("Запланировать", f"cb:plan:m:{photo_id}")],
        [("Изменить", f"cb:edit:m:{photo_id}"), ("Без звука", f"cb:mute:{photo_id}")],
        [("Отмена", f"cb:pub:no:{photo_id}")],
    ]


# --- «Изменить» ----------------------------------------------------------------------------


async def test_edit_menu_asks_for_a_title_and_the_preview_is_redrawn_with_it(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, press(f"edit:m:{photo_id}"))
    (menu,) = session.of("editMessageReplyMarkup")
    assert isinstance(menu, EditMessageReplyMarkup)
    assert buttons(menu) == [
        [("Заголовок", f"cb:edit:t:{photo_id}"), ("Лид", f"cb:edit:l:{photo_id}")],
        [("Хештеги", f"cb:edit:h:{photo_id}"), ("Убрать фото", f"cb:edit:p:{photo_id}")],
        [("← Назад", f"cb:edit:b:{photo_id}")],
    ]
    session.clear()

    await dp.feed_update(bot, press(f"edit:t:{photo_id}"))
    (ask,) = session.of("sendMessage")
    assert ask.text == f"Пришлите новый заголовок статьи №{photo_id}."  # type: ignore[attr-defined]
    session.clear()

    await dp.feed_update(bot, admin("Лавров и Помпео: разговор о стабильности"))
    (done,) = session.of("sendMessage")
    assert done.text == f"Статья №{photo_id}: заголовок — изменил(а) Читатель."  # type: ignore[attr-defined]
    (preview,) = session.of("sendPhoto")
    assert preview.caption.startswith("Лавров и Помпео: разговор о стабильности\n\n")  # type: ignore[attr-defined]
    article = await store.articles.get(photo_id)
    assert article is not None
    assert (article.title, article.edits.title, article.edits.by) == (
        "Лавров и Помпео: разговор о стабильности",
        "Лавров и Помпео: разговор о стабильности",
        "Читатель",
    )
    # The state is over: the next plain text is not taken as a title.
    session.clear()
    await dp.feed_update(bot, admin("просто текст"))
    assert (await store.articles.get(photo_id)).title == article.title  # type: ignore[union-attr]


async def test_edited_lead_hashtags_and_dropped_photo_survive_a_restart_and_a_reingest(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    tmp_path: Any,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, press(f"edit:l:{photo_id}"))
    await dp.feed_update(bot, admin("Главное: министры договорились о новых контактах."))
    await dp.feed_update(bot, press(f"edit:h:{photo_id}"))
    await dp.feed_update(bot, admin("#СергейЛавров, стратегическая стабильность, США"))
    await dp.feed_update(bot, press(f"edit:p:{photo_id}"))
    session.clear()

    # A re-ingest of the same URL: new site title, no date, other tags.
    await store.articles.upsert(
        article_draft(image_url=IMAGE, title="Другой заголовок сайта", published_at=None)
    )
    await store.close()
    reopened = await Store.open(tmp_path / "store.sqlite3")
    try:
        article = await reopened.articles.get(photo_id)
        assert article is not None
        assert article.summary == "Главное: министры договорились о новых контактах."
        assert article.tags == ("СергейЛавров", "СтратегическаяСтабильность", "США")
        assert article.image_url is None
        assert article.edits.no_photo
        assert article.published_at is not None  # the date was not erased
        assert article.title == "Другой заголовок сайта"  # not an editor's title: the site's
        post = render_channel_post(article, Links.from_settings(settings))
        assert post.photo is None
        assert post.text == (
            "Другой заголовок сайта\n\nГлавное: министры договорились о новых контактах.\n\n"
            f"{URL}\n\n#СергейЛавров #СтратегическаяСтабильность #США"
        )
    finally:
        await reopened.close()


async def test_reingest_never_replaces_an_editors_title_nor_erases_the_date(
    store: Store, photo_id: int
) -> None:
    from storage.articles import EditColumn

    await store.articles.edit(photo_id, EditColumn.TITLE, "Заголовок редактора", by="Редактор")
    result = await store.articles.upsert(
        article_draft(image_url=IMAGE, title="Сайт переименовал", published_at=None)
    )
    assert result.changed  # the site's title did change…
    assert result.article.title == "Заголовок редактора"  # …but the editor's is what shows
    assert result.article.published_at == article_draft().published_at
    same = await store.articles.upsert(article_draft(image_url=IMAGE, title="Сайт переименовал"))
    assert not same.changed  # the date it kept is the date it had: nothing changed


async def test_editing_a_published_article_edits_its_channel_post(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, admin(f"/post {photo_id}"))
    await drain(bot, store, settings, clock)
    (post,) = await store.outbox.items(kind=outbox.POST)
    session.clear()

    await dp.feed_update(bot, press(f"edit:t:{photo_id}"))
    await dp.feed_update(bot, admin("Новый заголовок"))
    confirm = session.of("sendMessage")[-1]
    assert confirm.text == (  # type: ignore[attr-defined]
        f"Статья №{photo_id}: заголовок — изменил(а) Читатель.\nПост в канале будет исправлен."
    )
    session.clear()
    await drain(bot, store, settings, clock)
    (edit,) = session.of("editMessageCaption")
    assert (edit.chat_id, edit.message_id) == (CHANNEL, post.message_id)  # type: ignore[attr-defined]
    assert edit.caption.startswith("Новый заголовок\n\n")  # type: ignore[attr-defined]


async def test_bad_edit_answers_keep_the_question_open(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, photo_id: int
) -> None:
    await dp.feed_update(bot, press(f"edit:t:{photo_id}"))
    session.clear()
    await dp.feed_update(bot, admin("Очень " * 60))
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        "Слишком длинно: не больше 200 знаков. Пришлите покороче."
    )
    await dp.feed_update(bot, admin("Короткий"))
    assert (await store.articles.get(photo_id)).title == "Короткий"  # type: ignore[union-attr]


# --- «Без звука» ---------------------------------------------------------------------------


async def test_silence_toggles_shows_its_state_and_the_post_goes_out_silently(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, press(f"mute:{photo_id}"))
    (markup,) = session.of("editMessageReplyMarkup")
    assert buttons(markup)[1] == [
        ("Изменить", f"cb:edit:m:{photo_id}"),
        ("✓ Без звука", f"cb:mute:{photo_id}"),
    ]
    assert session.of("answerCallbackQuery")[0].text == "Пост выйдет без звука."  # type: ignore[attr-defined]
    await dp.feed_update(bot, press(f"pub:go:{photo_id}"))
    session.clear()
    await drain(bot, store, settings, clock)
    (sent,) = session.of("sendPhoto")
    assert sent.disable_notification is True  # type: ignore[attr-defined]

    session.clear()
    await dp.feed_update(bot, press(f"mute:{photo_id}"))
    assert buttons(session.of("editMessageReplyMarkup")[0])[1][1] == (
        "Без звука",
        f"cb:mute:{photo_id}",
    )


# --- «Запланировать» and /queue --------------------------------------------------------------


async def test_schedule_slots_store_the_time_and_the_post_goes_out_at_it(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    publisher: Publisher,
    photo_id: int,
) -> None:
    await dp.feed_update(bot, press(f"plan:m:{photo_id}"))
    (menu,) = session.of("editMessageReplyMarkup")
    assert buttons(menu) == [
        [
            ("Через час", f"cb:plan:h:{photo_id}"),
            ("Сегодня 18:00", f"cb:plan:e:{photo_id}"),
            ("Завтра 09:00", f"cb:plan:t:{photo_id}"),
        ],
        [("Ввести время", f"cb:plan:x:{photo_id}")],
        [("← Назад", f"cb:plan:b:{photo_id}")],
    ]
    session.clear()

    await dp.feed_update(bot, press(f"plan:e:{photo_id}"))
    evening = datetime(2026, 11, 30, 18, 0, tzinfo=MOSCOW).timestamp()
    (item,) = await store.editorial.scheduled()
    assert (item.article_id, item.at, item.by_id, item.by_name) == (
        photo_id,
        evening,
        ADMIN_ID,
        "Читатель",
    )
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        f"Статья №{photo_id} запланирована на 30.11 18:00 (МСК) — Читатель. Список — /queue"
    )

    scheduler = Scheduler(store, publisher, clock=clock)
    clock.t = evening - 1
    assert await scheduler.run_due() == 0
    assert await store.outbox.items(kind=outbox.POST) == []
    clock.t = evening
    assert await scheduler.run_due() == 1
    (post,) = await store.outbox.items(kind=outbox.POST)
    assert (post.chat_id, post.state, post.notify_chat_id) == (CHANNEL, "pending", ADMIN_ID)
    assert await store.editorial.scheduled() == []
    session.clear()
    await drain(bot, store, settings, clock)
    assert [r.chat_id for r in session.of("sendPhoto")] == [CHANNEL]  # type: ignore[attr-defined]


async def test_a_typed_time_in_moscow_time_and_a_past_time_gets_a_clear_answer(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, photo_id: int
) -> None:
    await dp.feed_update(bot, press(f"plan:x:{photo_id}"))
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        f"Когда опубликовать статью №{photo_id}? Напишите ЧЧ:ММ или ДД.ММ ЧЧ:ММ (по Москве)."
    )
    session.clear()
    await dp.feed_update(bot, admin("09:30"))  # it is 10:00 in Moscow
    await dp.feed_update(bot, admin("в обед"))
    assert [m.text for m in session.of("sendMessage")] == [  # type: ignore[attr-defined]
        "Это время уже прошло. Укажите время в будущем (по Москве).",
        "Не понял время. Напишите ЧЧ:ММ или ДД.ММ ЧЧ:ММ, например 18:30 или 31.12 09:00.",
    ]
    assert await store.editorial.scheduled() == []
    await dp.feed_update(bot, admin("01.12 08:15"))
    (item,) = await store.editorial.scheduled()
    assert item.at == datetime(2026, 12, 1, 8, 15, tzinfo=MOSCOW).timestamp()


async def test_queue_lists_scheduled_and_pending_posts_with_who_and_its_buttons_work(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    photo_id: int,
) -> None:
    other = (
        await store.articles.upsert(
            article_draft(url="https://interaffairs.ru/news/show/2", title="Вторая статья")
        )
    ).article.id
    await dp.feed_update(bot, press(f"plan:t:{photo_id}"))
    await dp.feed_update(bot, admin(f"/post {other}", user_id=ADMIN_ID))
    session.clear()

    await dp.feed_update(bot, admin("/queue"))
    (listing,) = session.of("sendMessage")
    assert listing.text == (  # type: ignore[attr-defined]
        "Очередь публикаций\n"
        f"№{other} Вторая статья\nотправляется сейчас — Читатель\n"
        f"№{photo_id} {TITLE}\n01.12 09:00 (МСК) — запланировал(а) Читатель\n"
    )
    assert buttons(listing) == [
        [
            (f"Отменить №{photo_id}", f"cb:queue:c:{photo_id}"),
            (f"Опубликовать сейчас №{photo_id}", f"cb:queue:n:{photo_id}"),
        ]
    ]
    session.clear()

    await dp.feed_update(bot, press(f"queue:n:{photo_id}"))
    assert await store.editorial.scheduled() == []
    assert {p.article_id for p in await store.outbox.items(kind=outbox.POST)} == {photo_id, other}
    assert session.of("sendMessage")[0].text.startswith(f"Статья №{photo_id} в очереди")  # type: ignore[attr-defined]

    session.clear()
    await dp.feed_update(bot, press(f"queue:c:{photo_id}"))
    assert session.of("sendMessage")[0].text == f"Статьи №{photo_id} уже нет в расписании."  # type: ignore[attr-defined]


async def test_an_empty_queue_says_so(dp: Dispatcher, bot: Bot, session: RecordingSession) -> None:
    await dp.feed_update(bot, admin("/queue"))
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        "Очередь публикаций\nНичего не запланировано и не ждёт отправки.\n"
    )


# --- a team of admins ---------------------------------------------------------------------


def _member(user_id: int, status: str, **rights: bool) -> dict[str, Any]:
    member: dict[str, Any] = {
        "status": status,
        "user": {"id": user_id, "is_bot": False, "first_name": f"Админ {user_id}"},
    }
    if status == "administrator":
        member |= {
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": True,
            "can_manage_video_chats": False,
            "can_restrict_members": False,
            "can_promote_members": False,
            "can_change_info": False,
            "can_invite_users": True,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
            "can_send_welcome_messages": False,
            **rights,
        }
    else:
        member["is_anonymous"] = False
    return member


async def test_channel_admins_who_may_post_are_editors_and_others_are_refused(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    clock: FakeClock,
    photo_id: int,
) -> None:
    session.add_result(
        "getChatAdministrators",
        [
            _member(OTHER_ADMIN, "administrator", can_post_messages=True),
            _member(READER_ID, "administrator", can_post_messages=False),
        ],
    )
    await dp.feed_update(bot, admin(f"/post {photo_id}", user_id=OTHER_ADMIN))
    assert session.names() == ["getChatAdministrators", "sendMessage"]
    assert session.of("sendMessage")[0].text.endswith("Опубликовал(а): Читатель")  # type: ignore[attr-defined]
    (post,) = await store.outbox.items(kind=outbox.POST)
    assert post.notify_chat_id == OTHER_ADMIN
    session.clear()

    # A moderator without the right to post is refused; within the cache time no new look-up.
    await dp.feed_update(bot, admin("/queue", user_id=READER_ID))
    assert session.names() == ["sendMessage"]
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        "Эта команда доступна только администраторам канала."
    )
    # Minutes later a refusal reads the list again, and a newly appointed admin gets in.
    session.clear()
    clock.t += 60
    session.add_result(
        "getChatAdministrators", [_member(READER_ID, "administrator", can_post_messages=True)]
    )
    await dp.feed_update(bot, admin("/queue", user_id=READER_ID))
    assert session.names() == ["getChatAdministrators", "sendMessage"]
    assert session.of("sendMessage")[0].text.startswith("Очередь публикаций")  # type: ignore[attr-defined]


async def test_admin_ids_still_work_when_the_channel_cannot_be_read(
    dp: Dispatcher, bot: Bot, session: RecordingSession, photo_id: int
) -> None:
    session.add_error("getChatAdministrators", 400, "Bad Request: member list is inaccessible")
    await dp.feed_update(bot, admin("/queue", user_id=READER_ID))
    await dp.feed_update(bot, admin("/queue"))
    texts = [m.text for m in session.of("sendMessage")]  # type: ignore[attr-defined]
    assert texts[0] == "Эта команда доступна только администраторам канала."
    assert texts[1].startswith("Очередь публикаций")


async def test_two_admins_pressing_publish_at_once_make_one_post(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    store: Store,
    settings: Settings,
    clock: FakeClock,
    photo_id: int,
) -> None:
    session.add_result("getChatAdministrators", [_member(OTHER_ADMIN, "creator")])
    await asyncio.gather(
        dp.feed_update(bot, press(f"pub:go:{photo_id}")),
        dp.feed_update(bot, press(f"pub:go:{photo_id}", user_id=OTHER_ADMIN)),
    )
    assert len(await store.outbox.items(kind=outbox.POST)) == 1
    replies = sorted(m.text for m in session.of("sendMessage"))  # type: ignore[attr-defined]
    assert replies == [
        f"Статья №{photo_id} в очереди на публикацию. Пришлю ссылку, когда пост выйдет.\n"
        "Опубликовал(а): Читатель",
        f"Статья №{photo_id} уже в очереди на публикацию.\nОпубликовал(а): Читатель",
    ]
    await drain(bot, store, settings, clock)
    session.clear()
    # Pressed again once it is out: told so, with the link.
    await dp.feed_update(bot, press(f"pub:go:{photo_id}", user_id=OTHER_ADMIN))
    (post,) = await store.outbox.items(kind=outbox.POST)
    link = f"https://t.me/interaffairs_test/{post.message_id}"
    assert session.of("sendMessage")[0].text == (  # type: ignore[attr-defined]
        f"Статья №{photo_id} уже опубликована в канале.\n{link}\nОпубликовал(а): Читатель"
    )


@pytest.mark.parametrize(
    "data",
    ["edit:m:{id}", "edit:t:{id}", "edit:p:{id}", "mute:{id}", "plan:h:{id}", "queue:n:{id}"],
)
async def test_a_non_admin_pressing_any_desk_button_is_refused_and_nothing_changes(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, photo_id: int, data: str
) -> None:
    before = await store.articles.get(photo_id)
    await dp.feed_update(bot, press(data.format(id=photo_id), user_id=READER_ID))
    await dp.feed_update(bot, admin("Новый заголовок", user_id=READER_ID))
    assert session.of("answerCallbackQuery")[0].text == (  # type: ignore[attr-defined]
        "Эта команда доступна только администраторам канала."
    )
    assert session.of("editMessageReplyMarkup") == []
    assert await store.articles.get(photo_id) == before
    assert await store.outbox.items() == []
    assert await store.editorial.scheduled() == []


async def test_a_command_while_the_desk_waits_is_that_command_and_the_question_stays(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, photo_id: int
) -> None:
    await dp.feed_update(bot, press(f"edit:t:{photo_id}"))
    await dp.feed_update(bot, admin("/queue"))
    await dp.feed_update(bot, admin(f"/summary {photo_id}"))
    texts = [m.text for m in session.of("sendMessage")]  # type: ignore[attr-defined]
    assert texts[1].startswith("Очередь публикаций")
    assert texts[2].startswith("Кратко")
    assert (await store.articles.get(photo_id)).title == TITLE  # type: ignore[union-attr]
    await dp.feed_update(bot, admin("Заголовок после команд"))
    assert (await store.articles.get(photo_id)).title == "Заголовок после команд"  # type: ignore[union-attr]


async def test_a_scheduled_post_survives_a_restart_and_an_overdue_one_goes_out_at_start(
    settings: Settings, store: Store, clock: FakeClock, tmp_path: Any, photo_id: int
) -> None:
    await store.editorial.schedule(photo_id, clock.t + 600, by_id=ADMIN_ID, by_name="Анна")
    await store.close()
    reopened = await Store.open(tmp_path / "store.sqlite3")
    try:
        clock.t += 3600  # the bot was down past the post's time
        scheduler = Scheduler(reopened, Publisher(settings, reopened), clock=clock)
        assert await scheduler.run_due() == 1
        (post,) = await reopened.outbox.items(kind=outbox.POST)
        assert (post.article_id, post.notify_chat_id) == (photo_id, ADMIN_ID)
        done = await reopened.editorial.last(photo_id, EditorAction.PUBLISHED)
        assert done is not None
        assert done.by_name == "Анна"
    finally:
        await reopened.close()


async def test_a_preview_whose_photo_is_refused_is_shown_as_text_with_a_note(
    dp: Dispatcher, bot: Bot, session: RecordingSession, photo_id: int
) -> None:
    session.add_error("sendPhoto", 400, "Bad Request: failed to get HTTP URL content")
    await dp.feed_update(bot, admin(f"/preview {photo_id}"))

    assert session.names() == ["sendPhoto", "sendMessage", "sendMessage"]
    preview, note = session.of("sendMessage")
    assert preview.text == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n#Россия #США"  # type: ignore[attr-defined]
    assert buttons(preview)[1][0] == ("Опубликовать", f"cb:pub:go:{photo_id}")
    assert note.text == (  # type: ignore[attr-defined]
        "Telegram не принял фото статьи: пост уйдёт текстом с превью ссылки."
    )


async def test_post_format_long_puts_the_whole_article_in_the_channel_post(
    settings: Settings, store: Store, photo_id: int
) -> None:
    long_form = settings.model_copy(update={"post_format": PostFormat.LONG})
    article = await store.articles.get(photo_id)
    assert article is not None
    post = Publisher(long_form, store).render_post(article)
    assert post.photo is None
    assert "expandable_blockquote" in [e.type for e in post.entities]
    assert post.text.endswith("Сайт · Дзен\n#Россия #США")
