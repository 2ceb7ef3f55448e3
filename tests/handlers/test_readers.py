"""Readers' commands and buttons, through the real Dispatcher, asserting the exact requests."""

from __future__ import annotations

import re

import pytest
from aiogram import Bot, Dispatcher

from bot.app import create_dispatcher
from bot.config import Settings
from storage import Store
from storage.models import Quote
from tests.support.readers import (
    DZEN,
    QUOTE_1,
    QUOTE_2,
    SITE,
    SUMMARY,
    TELEGRAM,
    TITLE,
    URL,
    article_draft,
    buttons,
    card_buttons,
    entities,
)
from tests.support.recording import RecordingSession
from tests.support.updates import ADMIN_ID, READER_ID, callback_update, message_update

META = "30 марта 2020, 18:05 · Новости"


@pytest.fixture
async def dp(settings: Settings, store: Store) -> Dispatcher:
    return create_dispatcher(settings, store)


@pytest.fixture
async def article_id(store: Store) -> int:
    return (await store.articles.upsert(article_draft())).article.id


def card_text(title: str = TITLE, meta: str = META, summary: str = SUMMARY) -> str:
    return f"{title}\n{meta}\n\n{summary}"


async def test_summary_with_id_sends_the_summary_with_the_card_keyboard(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update(f"/summary {article_id}"))

    (sent,) = session.of("sendMessage")
    assert sent.chat_id == READER_ID
    assert sent.text == f"Кратко — {TITLE}\n\n{SUMMARY}"
    assert entities(sent) == [("bold", 0, len("Кратко"))]
    assert buttons(sent) == card_buttons(article_id)
    assert sent.parse_mode is None
    assert sent.link_preview_options is not None
    assert sent.link_preview_options.is_disabled


async def test_summary_without_id_is_about_the_latest_article(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, article_id: int
) -> None:
    newer = await store.articles.upsert(
        article_draft(title="Новая статья", url=URL + "1", summary="Свежее.", published_at=None)
    )

    await dp.feed_update(bot, message_update("/summary"))

    (sent,) = session.of("sendMessage")
    assert sent.text == "Кратко — Новая статья\n\nСвежее."
    assert buttons(sent) == card_buttons(newer.article.id, URL + "1")


async def test_quotes_show_each_speaker_in_bold_and_each_quotation_as_a_blockquote(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update(f"/quotes {article_id}"))

    (sent,) = session.of("sendMessage")
    header = f"Цитаты — {TITLE}"
    assert sent.text == (f"{header}\n\nСергей Лавров\n{QUOTE_1}\n\nМайк Помпео\n{QUOTE_2}")
    first = len(header) + 2
    second = first + len("Сергей Лавров\n") + len(QUOTE_1) + 2
    assert entities(sent) == [
        ("bold", 0, len("Цитаты")),
        ("bold", first, len("Сергей Лавров")),
        ("blockquote", first + len("Сергей Лавров\n"), len(QUOTE_1)),
        ("bold", second, len("Майк Помпео")),
        ("blockquote", second + len("Майк Помпео\n"), len(QUOTE_2)),
    ]
    assert buttons(sent) == card_buttons(article_id)


async def test_quotes_of_an_article_without_quotations_say_so(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    saved = await store.articles.upsert(article_draft(quotes=()))

    await dp.feed_update(bot, message_update(f"/quotes {saved.article.id}"))

    (sent,) = session.of("sendMessage")
    assert sent.text == f"Цитаты — {TITLE}\n\nВ этой статье нет прямых цитат."


async def test_many_quotes_are_split_between_quotations_over_several_messages(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    quotes = tuple(
        Quote(f"Цитата номер {n}. " + "Слово " * 60, f"Спикер {n}", 0) for n in range(30)
    )
    saved = await store.articles.upsert(article_draft(quotes=quotes))

    await dp.feed_update(bot, message_update(f"/quotes {saved.article.id}"))

    sent = session.of("sendMessage")
    assert len(sent) == 4
    shown = []
    for request in sent:
        assert len(request.text.encode("utf-16-le")) // 2 <= 4096
        assert len(request.entities) <= 100
        quoted = [e for e in request.entities if e.type == "blockquote"]
        shown += [request.text[e.offset : e.offset + e.length] for e in quoted]
    # Every quotation whole, in order, none cut.
    assert shown == [" ".join(q.text.split()) for q in quotes]
    assert [bool(r.reply_markup) for r in sent] == [False] * (len(sent) - 1) + [True]


async def test_quotes_stop_after_five_messages_and_point_to_the_site_for_the_rest(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    quotes = tuple(Quote("Слово " * 100, f"Спикер {n}", 0) for n in range(200))
    saved = await store.articles.upsert(article_draft(quotes=quotes))

    await dp.feed_update(bot, message_update(f"/quotes {saved.article.id}"))

    sent = session.of("sendMessage")
    assert len(sent) == 5
    shown = sum(1 for r in sent for e in r.entities if e.type == "blockquote")
    assert sent[-1].text.endswith(f"Ещё цитат: {200 - shown} — читайте в статье на сайте.")
    assert buttons(sent[-1]) == card_buttons(saved.article.id)


async def test_a_single_quote_longer_than_a_message_is_cut_at_a_sentence_end_and_continued(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    long_quote = " ".join(f"Предложение номер {n} о внешней политике." for n in range(400))
    saved = await store.articles.upsert(article_draft(quotes=(Quote(long_quote, "Лавров", 0),)))

    await dp.feed_update(bot, message_update(f"/quotes {saved.article.id}"))

    sent = session.of("sendMessage")
    assert len(sent) >= 2
    pieces = []
    for request in sent:
        (quote,) = [e for e in request.entities if e.type == "blockquote"]
        pieces.append(request.text[quote.offset : quote.offset + quote.length])
    assert pieces[0].endswith("политике.")
    assert all(p.startswith("…") for p in pieces[1:])
    joined = " ".join(p.removeprefix("…").removesuffix("…") for p in pieces)
    assert joined == long_quote


async def test_source_links_the_original_names_cited_sources_and_the_channels(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update(f"/source {article_id}"))

    (sent,) = session.of("sendMessage")
    shown_url = "interaffairs.ru/news/show/25832"
    head = f"Источник — {TITLE}\n\nОригинал: "
    tail = "Журнал: Сайт · Дзен · Telegram"
    assert sent.text == (
        f"{head}{shown_url}\nОпубликовано: 30 марта 2020, 18:05\nСсылается на: МИД России\n\n{tail}"
    )
    links_at = len(sent.text) - len(tail) + len("Журнал: ")
    assert entities(sent) == [
        ("bold", 0, len("Источник")),
        ("text_link", len(head), len(shown_url), URL),
        ("text_link", links_at, 4, SITE),
        ("text_link", links_at + 7, 4, DZEN),
        ("text_link", links_at + 14, 8, TELEGRAM),
    ]


async def test_source_of_an_article_without_url_falls_back_to_the_site(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    saved = await store.articles.upsert(article_draft(url=None, sources=(), published_at=None))

    await dp.feed_update(bot, message_update(f"/source {saved.article.id}"))

    (sent,) = session.of("sendMessage")
    fallback = "сайт журнала (адрес статьи неизвестен)"
    assert f"Оригинал: {fallback}\nОпубликовано: дата неизвестна" in sent.text
    assert "Ссылается на" not in sent.text
    assert ("text_link", len(f"Источник — {TITLE}\n\nОригинал: "), len(fallback), SITE) in (
        entities(sent)
    )
    assert buttons(sent)[1][0] == ("Читать на сайте", f"url:{SITE}")


async def test_start_greets_then_shows_the_latest_card(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update("/start"))

    welcome, card = session.of("sendMessage")
    assert welcome.text.startswith("«Международная жизнь» — новости журнала\n\nЯ пересказываю")
    assert "/summary [номер] — кратко о статье" in welcome.text
    assert welcome.text.endswith("Свежая статья — ниже.")
    assert card.text == card_text()
    assert entities(card) == [("bold", 0, len(TITLE))]
    assert buttons(card) == card_buttons(article_id)


async def test_start_deep_link_opens_that_articles_card(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store, article_id: int
) -> None:
    await store.articles.upsert(article_draft(title="Другая", url=URL + "9"))

    await dp.feed_update(bot, message_update(f"/start a{article_id}"))

    (card,) = session.of("sendMessage")
    assert card.text == card_text()


async def test_start_deep_link_to_a_missing_article_says_so(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update("/start a424242"))

    (sent,) = session.of("sendMessage")
    assert sent.text == "Статьи с таким номером нет. Последние статьи — /latest"


async def test_start_with_an_empty_archive_only_greets(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, message_update("/start"))

    (welcome,) = session.of("sendMessage")
    assert "Свежая статья" not in welcome.text


async def test_help_lists_commands_and_admin_commands_only_for_admins(
    dp: Dispatcher, bot: Bot, session: RecordingSession
) -> None:
    await dp.feed_update(bot, message_update("/help"))
    await dp.feed_update(bot, message_update("/help", user_id=ADMIN_ID))

    reader, admin = session.of("sendMessage")
    assert reader.text == (
        "Команды\n\n"
        "/latest — пять последних статей\n"
        "/summary [номер] — кратко о статье\n"
        "/quotes [номер] — прямые цитаты и кто их произнёс\n"
        "/quotes [имя] — цитаты человека по всему архиву, можно со словами: /quotes Лавров СНВ\n"
        "/source [номер] — оригинал на сайте, дата, первоисточники\n"
        "/search [слова] — поиск по архиву статей\n"
        "/subscribe [тема] — все новые статьи или только тема (Лавров, Сирия, #СНВ)\n"
        "/unsubscribe [тема] — отписаться от всего или от одной темы\n"
        "/subscriptions — ваши темы, с кнопками «Отписаться»\n"
        "/digest [ЧЧ:ММ] — каждая статья сразу или одно письмо в день\n"
        "/start — начать сначала\n"
        "/help — эта справка\n\n"
        "Номер статьи — тот, что стоит перед заголовком в /latest и /search (/summary 4 — "
        "это №4); без номера — самая свежая."
    )
    assert entities(reader)[:2] == [("bold", 0, 7), ("bot_command", 9, 7)]
    assert "/preview" not in reader.text
    assert "/preview — Предпросмотр поста для канала" in admin.text


async def test_latest_lists_five_newest_each_with_a_card_button(
    dp: Dispatcher, bot: Bot, session: RecordingSession, store: Store
) -> None:
    ids = []
    for day in range(1, 7):
        saved = await store.articles.upsert(
            article_draft(
                title=f"Статья {day}",
                url=f"{URL}{day}",
                published_at=article_draft().published_at.replace(day=day),  # type: ignore[union-attr]
            )
        )
        ids.append(saved.article.id)

    await dp.feed_update(bot, message_update("/latest"))

    (sent,) = session.of("sendMessage")
    assert sent.text == (
        "Последние статьи\n\n"
        f"№{ids[5]} · Статья 6 — 6 марта 2020, 18:05\n"
        f"№{ids[4]} · Статья 5 — 5 марта 2020, 18:05\n"
        f"№{ids[3]} · Статья 4 — 4 марта 2020, 18:05\n"
        f"№{ids[2]} · Статья 3 — 3 марта 2020, 18:05\n"
        f"№{ids[1]} · Статья 2 — 2 марта 2020, 18:05\n\n"
        "Нажмите на кнопку, чтобы открыть карточку статьи."
    )
    assert buttons(sent) == [
        [(f"№{ids[6 - n]} · Статья {7 - n}", f"cb:a:c:{ids[6 - n]}")] for n in range(1, 6)
    ]

    # Every number shown is the one /summary takes: it opens that very article.
    listed = re.findall(r"^№(\d+) · (Статья \d)", sent.text, flags=re.MULTILINE)
    assert len(listed) == 5
    for number, title in listed:
        await dp.feed_update(bot, message_update(f"/summary {number}"))
        assert session.of("sendMessage")[-1].text.startswith(f"Кратко — {title}\n")


@pytest.mark.parametrize(
    ("data", "expected_text"),
    [
        ("s", f"Кратко — {TITLE}\n\n{SUMMARY}"),
        ("c", card_text()),
        ("o", f"Источник — {TITLE}\n\nОригинал: "),
        ("q", f"Цитаты — {TITLE}\n\nСергей Лавров\n{QUOTE_1}"),
    ],
)
async def test_card_buttons_answer_the_callback_then_send_the_part_as_a_new_message(
    dp: Dispatcher,
    bot: Bot,
    session: RecordingSession,
    article_id: int,
    data: str,
    expected_text: str,
) -> None:
    await dp.feed_update(bot, callback_update(f"a:{data}:{article_id}"))

    assert session.names() == ["answerCallbackQuery", "sendMessage"]
    (answer,) = session.of("answerCallbackQuery")
    assert answer.text is None
    (sent,) = session.of("sendMessage")
    assert sent.chat_id == READER_ID
    assert sent.text.startswith(expected_text)
    assert buttons(sent) == card_buttons(article_id)


async def test_english_readers_get_the_interface_in_english_and_the_article_as_is(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    await dp.feed_update(bot, message_update(f"/start a{article_id}", language_code="en-US"))
    await dp.feed_update(bot, message_update(f"/quotes {article_id}", language_code="en"))
    await dp.feed_update(bot, message_update("/summary abc", language_code="en"))

    card, quotes, bad = session.of("sendMessage")
    assert card.text == card_text(meta="30 March 2020, 18:05 · Новости")
    assert buttons(card) == card_buttons(article_id, lang="en")
    assert quotes.text.startswith(f"Quotations — {TITLE}\n\nСергей Лавров\n{QUOTE_1}")
    assert bad.text == "An article number is a positive whole number, e.g. /summary 1"


async def test_in_groups_commands_addressed_to_this_bot_work_and_to_others_are_ignored(
    dp: Dispatcher, bot: Bot, session: RecordingSession, article_id: int
) -> None:
    group = {"id": -4001, "type": "supergroup", "title": "Группа"}

    await dp.feed_update(bot, message_update("/summary@other_bot", chat=group))
    await dp.feed_update(bot, message_update("/unknown@other_bot", chat=group))
    await dp.feed_update(bot, message_update("/summary@Interaffairs_Test_Bot", chat=group))
    await dp.feed_update(bot, message_update("/unknown@interaffairs_test_bot", chat=group))
    await dp.feed_update(bot, message_update("просто разговор", chat=group))

    summary, unknown = session.of("sendMessage")
    assert summary.chat_id == -4001
    assert summary.text == f"Кратко — {TITLE}\n\n{SUMMARY}"
    assert unknown.text == "Такой команды нет. Список команд — /help"
    assert session.of("getMe")  # the bot's username came from getMe
