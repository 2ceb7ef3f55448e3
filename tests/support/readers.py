"""Shared pieces of the reader-facing tests: known articles, a wired Dispatcher, and compact
views of recorded requests (entities and keyboards as plain tuples) for exact assertions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.methods import TelegramMethod
from aiogram.types import InlineKeyboardMarkup

from bot.clock import MOSCOW
from storage.models import ArticleDraft, Quote

SITE = "https://interaffairs.ru"
DZEN = "https://dzen.ru/interaffairs"
TELEGRAM = "https://t.me/interaffairs"

TITLE = "Лавров и Помпео обсудили ситуацию в мире"
SUMMARY = "Министры обсудили пандемию коронавируса и стратегическую стабильность."
URL = "https://interaffairs.ru/news/show/25832"
QUOTE_1 = "Мы готовы к диалогу"
QUOTE_2 = "Санкции нужно снять"


def article_draft(**overrides: Any) -> ArticleDraft:
    """A fully known article: title, date with a time, two quotes, a source, tags, URL."""
    values: dict[str, Any] = {
        "title": TITLE,
        "paragraphs": (
            "По инициативе американской стороны состоялся телефонный разговор.",
            f"«{QUOTE_1}», — сказал Сергей Лавров.",
            f"«{QUOTE_2}», — заявил Майк Помпео.",
        ),
        "summary": SUMMARY,
        "quotes": (Quote(QUOTE_1, "Сергей Лавров", 1), Quote(QUOTE_2, "Майк Помпео", 2)),
        "sources": ("МИД России",),
        "tags": ("Россия", "США"),
        "url": URL,
        "published_at": datetime(2020, 3, 30, 18, 5, tzinfo=MOSCOW),
        "rubric": "Новости",
    }
    values.update(overrides)
    return ArticleDraft(**values)


def entities(request: TelegramMethod[Any]) -> list[tuple[Any, ...]]:
    """(type, offset, length[, url]) for each entity of a recorded send/edit request (the
    caption's entities for a photo)."""
    result = []
    found = getattr(request, "entities", None) or getattr(request, "caption_entities", None)
    for entity in found or []:
        row: tuple[Any, ...] = (entity.type, entity.offset, entity.length)
        if entity.url:
            row += (entity.url,)
        result.append(row)
    return result


def buttons(request: TelegramMethod[Any]) -> list[list[tuple[str, str]]]:
    """Each keyboard row as (text, "url:…" | "cb:…") pairs."""
    markup = getattr(request, "reply_markup", None)
    if markup is None:
        return []
    assert isinstance(markup, InlineKeyboardMarkup)
    return [
        [(b.text, f"url:{b.url}" if b.url else f"cb:{b.callback_data}") for b in row]
        for row in markup.inline_keyboard
    ]


def card_buttons(article_id: int, url: str = URL, lang: str = "ru") -> list[list[tuple[str, str]]]:
    names = (
        ("Кратко", "Цитаты", "Источник", "Читать на сайте", "Дзен", "Ещё по теме")
        if lang == "ru"
        else ("Summary", "Quotes", "Source", "Read on the site", "Dzen", "More on this")
    )
    return [
        [
            (names[0], f"cb:a:s:{article_id}"),
            (names[1], f"cb:a:q:{article_id}"),
            (names[2], f"cb:a:o:{article_id}"),
        ],
        [(names[3], f"url:{url}"), (names[4], f"url:{DZEN}")],
        [(names[5], f"cb:a:r:{article_id}")],
    ]
