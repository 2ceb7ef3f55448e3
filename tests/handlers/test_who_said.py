"""Who said what through the real Dispatcher: /quotes <name> [words], «Ещё», inline "name"."""

from __future__ import annotations

from datetime import datetime

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from storage.models import Article, Quote
from tests.support.readers import MOSCOW, article_draft, buttons, entities
from tests.support.recording import BOT_USERNAME, RecordingSession
from tests.support.updates import READER_ID, callback_update, message_update, user


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


async def _lavrov_said(store: Store, day: int, text: str) -> Article:
    draft = article_draft(
        title=f"Брифинг {day} апреля",
        url=f"https://interaffairs.ru/news/show/{100 + day}",
        published_at=datetime(2021, 4, day, 12, 0, tzinfo=MOSCOW),
        quotes=(Quote(text, "Сергей Лавров", 0), Quote("Без комментариев", "Мария Захарова", 1)),
    )
    return (await store.articles.upsert(draft)).article


async def _ask(dp: Dispatcher, bot: Bot, session: RecordingSession, update: Update) -> list:  # type: ignore[type-arg]
    session.clear()
    await dp.feed_update(bot, update)
    return session.of("sendMessage")


async def test_latest_ten_by_surname_in_any_case_then_more(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    said = [await _lavrov_said(store, day, f"Заявление номер {day}") for day in range(1, 13)]
    (first,) = await _ask(dp, bot, session, message_update("/quotes Лаврова"))
    lines = first.text.split("\n")
    assert lines[:4] == [
        "Сергей Лавров: цитаты",
        "",
        f"Сергей Лавров · №{said[11].id}, 12 апреля 2021",
        "Заявление номер 12",
    ]
    assert first.text.count("Сергей Лавров · №") == 10
    assert f"№{said[2].id}, 3 апреля 2021" in first.text
    assert f"№{said[1].id}," not in first.text
    assert entities(first)[:3] == [
        ("bold", 0, 21),
        ("bold", 23, 13),
        ("blockquote", 23 + len(lines[2]) + 1, len("Заявление номер 12")),
    ]
    assert buttons(first) == [[("Ещё", "cb:w:лавр::10")]]

    (second,) = await _ask(dp, bot, session, callback_update("w:лавр::10"))
    assert second.text == (
        "Сергей Лавров: цитаты\n\n"
        f"Сергей Лавров · №{said[1].id}, 2 апреля 2021\nЗаявление номер 2\n\n"
        f"Сергей Лавров · №{said[0].id}, 1 апреля 2021\nЗаявление номер 1"
    )
    assert buttons(second) == []
    await _ask(dp, bot, session, callback_update("w:лавр::20"))
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text == "Больше цитат нет."


async def test_words_after_the_name_narrow_and_unknown_names_point_to_search(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    await _lavrov_said(store, 1, "Договор о СНВ нужно продлить")
    treaty = await _lavrov_said(store, 2, "Мы готовы к диалогу")
    await _lavrov_said(store, 3, "Судьба СНВ зависит от Вашингтона")
    assert treaty.id
    (narrowed,) = await _ask(dp, bot, session, message_update("/quotes Сергей Лавров СНВ"))
    assert narrowed.text.count("Сергей Лавров · №") == 2
    assert "диалогу" not in narrowed.text
    (nobody,) = await _ask(dp, bot, session, message_update("/quotes Иванов"))
    assert nobody.text == "Цитат «Иванов» в архиве нет. Поищите статьи: /search Иванов"
    (english,) = await _ask(dp, bot, session, message_update("/quotes Иванов", language_code="en"))
    assert english.text == (
        "No quotations by «Иванов» in the archive. Search the articles: /search Иванов"
    )
    (no_words,) = await _ask(dp, bot, session, message_update("/quotes Лавров мороженое"))
    assert no_words.text == (
        "Сергей Лавров: нет цитат со словами «мороженое». Все цитаты — /quotes Лавров"
    )
    # An article number still means that article's quotations.
    (article,) = await _ask(dp, bot, session, message_update(f"/quotes {treaty.id}"))
    assert article.text.startswith("Цитаты — Брифинг 2 апреля")


async def test_inline_name_in_quotes_gives_quotation_cards(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    said = await _lavrov_said(store, 5, "Мы готовы к диалогу")
    update = Update.model_validate(
        {
            "update_id": 9001,
            "inline_query": {
                "id": "iq1",
                "from": user(READER_ID),
                "query": '"Лавров"',
                "offset": "",
            },
        }
    )
    session.clear()
    await dp.feed_update(bot, update)
    (answer,) = session.of("answerInlineQuery")
    (result,) = answer.results
    assert result.id.startswith("q")
    assert result.title == f"Сергей Лавров · №{said.id}, 5 апреля 2021"
    content = result.input_message_content
    assert content.message_text == (
        f"Мы готовы к диалогу\n— Сергей Лавров, №{said.id}, 5 апреля 2021"
    )
    assert [(e.type, e.offset, e.length) for e in content.entities] == [
        ("blockquote", 0, 19),
        ("bold", 22, 13),
    ]
    link = f"https://t.me/{BOT_USERNAME}?start=a{said.id}"
    assert [[(b.text, b.url) for b in row] for row in result.reply_markup.inline_keyboard] == [
        [("Открыть в боте", link)]
    ]
