"""Bad input from readers: every case gets a short, clear Russian answer, never an exception."""

from __future__ import annotations

import logging
import time

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from tests.support.readers import TITLE, URL, article_draft
from tests.support.recording import RecordingSession
from tests.support.updates import READER_ID, callback_update, group_chat, message_update

BAD_ID = "Номер статьи — целое положительное число, например: /{command} 1"
NOT_FOUND = "Статьи с таким номером нет. Последние статьи — /latest"


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    await store.articles.upsert(article_draft())
    return create_dispatcher(settings, store)


async def only_text(session: RecordingSession) -> str:
    (sent,) = session.of("sendMessage")
    assert sent.chat_id == READER_ID
    return sent.text


@pytest.mark.parametrize("command", ["summary", "quotes", "source"])
@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("abc", BAD_ID),
        ("-1", BAD_ID),
        ("0", BAD_ID),
        ("1.5", BAD_ID),
        ("x" * 5000, BAD_ID),
        ("99999999999999999999", NOT_FOUND),
        ("424242", NOT_FOUND),
    ],
)
async def test_bad_article_ids_get_a_short_answer(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    command: str,
    argument: str,
    expected: str,
) -> None:
    await dp.feed_update(bot, message_update(f"/{command} {argument}"))

    if command == "quotes" and argument.isalpha():  # a name: who said what (test_who_said.py)
        shown = argument if len(argument) < 60 else argument[:59] + "…"
        expected = f"Цитат «{shown}» в архиве нет. Поищите статьи: /search {shown}"
    assert await only_text(session) == expected.format(command=command)


async def test_an_empty_archive_is_explained(
    settings: Settings, store: Store, bot: Bot, session: RecordingSession
) -> None:
    dp = create_dispatcher(settings, store)
    await dp.feed_update(bot, message_update("/summary"))
    await dp.feed_update(bot, message_update("/latest"))

    first, second = session.of("sendMessage")
    assert first.text == second.text == "Статей пока нет — загляните чуть позже."


STICKER = {
    "file_id": "s1",
    "file_unique_id": "u1",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}
PHOTO = [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]
VOICE = {"file_id": "v1", "file_unique_id": "u3", "duration": 2}
NOT_TEXT = "Я понимаю только текстовые команды. Список команд — /help"


@pytest.mark.parametrize("media", [{"sticker": STICKER}, {"photo": PHOTO}, {"voice": VOICE}])
async def test_stickers_photos_and_voice_in_private_get_a_hint(
    dp: Dispatcher, bot: Bot, session: RecordingSession, media: dict[str, object]
) -> None:
    await dp.feed_update(bot, message_update(**media))

    assert await only_text(session) == NOT_TEXT


async def test_media_in_groups_is_ignored(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, message_update(sticker=STICKER, chat=group_chat()))
    await dp.feed_update(bot, message_update("/summary", chat=group_chat(), edited=True))

    assert session.of("sendMessage") == []


async def test_edited_messages_are_not_taken_as_new_commands(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, message_update("/summary 1", edited=True))

    assert await only_text(session) == (
        "Исправленные сообщения я не читаю — отправьте команду заново."
    )


async def test_forwarded_channel_posts_get_a_hint(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    origin = {
        "type": "channel",
        "chat": {"id": -1001234567890, "type": "channel", "title": "Канал"},
        "message_id": 77,
        "date": int(time.time()),
    }
    await dp.feed_update(bot, message_update("/summary из канала", forward_origin=origin))

    assert await only_text(session) == "Пересланные посты я не разбираю. Свежие статьи — /latest"


async def test_unknown_commands_and_plain_text_get_a_pointer_to_help(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, message_update("/nonsense"))
    await dp.feed_update(bot, message_update("привет"))

    unknown, plain = session.of("sendMessage")
    assert unknown.text == "Такой команды нет. Список команд — /help"
    assert plain.text == "Чтобы узнать, что я умею, отправьте /help"


@pytest.mark.parametrize(
    "data",
    [
        "a:x:1",
        "a:s:abc",
        "a:s:",
        "garbage",
        "a:s:1:extra",
        "b:s:1",
        "a:s:0",
        "a:s:" + "9" * 20,  # beyond SQLite's 64-bit integers: no article, not an OverflowError
        "a:s:" + "9" * 60,
        "a:c:9223372036854775808",  # 2**63, one past the largest row id
    ],
)
async def test_forged_callback_data_gets_an_alert(
    dp: Dispatcher, bot: Bot, session: RecordingSession, data: str
) -> None:
    await dp.feed_update(bot, callback_update(data))

    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Эта кнопка устарела. Откройте статью заново: /latest"
    assert answer.show_alert is True
    assert session.of("sendMessage") == []


async def test_a_button_for_an_article_that_no_longer_exists_gets_an_alert(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, callback_update("a:s:424242"))

    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Этой статьи больше нет."
    assert answer.show_alert is True
    assert session.of("sendMessage") == []


async def test_an_unexpected_failure_is_logged_with_the_update_id_and_the_reader_told(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    caplog: pytest.LogCaptureFixture,
) -> None:
    session.add_error("sendMessage", 400, "Bad Request: something odd")
    update = message_update("/summary 1")

    with caplog.at_level(logging.ERROR, logger="bot.errors"):
        await dp.feed_update(bot, update)

    _failed, apology = session.of("sendMessage")
    assert apology.chat_id == READER_ID
    assert apology.text == "Что-то пошло не так, попробуйте позже."
    (record,) = caplog.records
    assert record.getMessage() == (
        f"update {update.update_id} failed: TelegramBadRequest: "
        "Telegram server says - Bad Request: something odd"
    )
    assert record.exc_info is not None


async def test_a_failing_button_answers_the_callback_with_an_alert(
    dp: Dispatcher, bot: Bot, session: RecordingSession, caplog: pytest.LogCaptureFixture
) -> None:
    session.add_error("sendMessage", 400, "Bad Request: chat not found")

    with caplog.at_level(logging.ERROR, logger="bot.errors"):
        await dp.feed_update(bot, callback_update("a:s:1"))

    first, apology = session.of("answerCallbackQuery")
    assert first.text is None
    assert apology.text == "Что-то пошло не так, попробуйте позже."
    assert apology.show_alert is True
    assert len(caplog.records) == 1


async def test_when_the_alert_cannot_be_shown_the_apology_goes_to_the_chat(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    session.add_error("sendMessage", 400, "Bad Request: chat not found")
    session.add_result("answerCallbackQuery", True)
    session.add_error("answerCallbackQuery", 400, "Bad Request: query is too old")

    await dp.feed_update(bot, callback_update("a:s:1"))

    _failed, apology = session.of("sendMessage")
    assert apology.chat_id == READER_ID
    assert apology.text == "Что-то пошло не так, попробуйте позже."


async def test_a_card_button_under_an_inline_message_opens_the_bots_chat_at_that_article(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    update = Update.model_validate(
        {
            "update_id": 777,
            "callback_query": {
                "id": "cq-inline",
                "from": {"id": READER_ID, "is_bot": False, "first_name": "Читатель"},
                "chat_instance": "ci",
                "inline_message_id": "AAAA",
                "data": "a:s:1",
            },
        }
    )

    await dp.feed_update(bot, update)

    (answer,) = session.of("answerCallbackQuery")
    assert answer.url == "https://t.me/interaffairs_test_bot?start=a1"
    assert session.of("sendMessage") == []


async def test_a_forwarded_channel_post_linking_a_known_article_opens_its_card(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    origin = {
        "type": "channel",
        "chat": {"id": -1001234567890, "type": "channel", "title": "Международная жизнь"},
        "message_id": 78,
        "date": int(time.time()),
    }
    text = "Лавров и Помпео\n\nСайт · Дзен · Telegram"
    links = [
        {"type": "text_link", "offset": 17, "length": 4, "url": URL},
        {"type": "text_link", "offset": 24, "length": 4, "url": "https://dzen.ru/interaffairs"},
    ]

    await dp.feed_update(bot, message_update(text, forward_origin=origin, entities=links))

    (card,) = session.of("sendMessage")
    assert card.text.startswith(f"{TITLE}\n30 марта 2020, 18:05")
