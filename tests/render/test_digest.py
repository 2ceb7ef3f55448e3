"""The digest message stays within Telegram's limits and says how many did not fit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.render.digest import render_digest
from bot.render.limits import ENTITY_LIMIT, TEXT_LIMIT, utf16_len
from bot.texts import Lang
from storage.models import Article
from tests.support.readers import article_draft


def _article(number: int, title: str) -> Article:
    draft = article_draft(title=title)
    return Article(
        id=number,
        title=draft.title,
        paragraphs=draft.paragraphs,
        summary=draft.summary,
        quotes=draft.quotes,
        sources=draft.sources,
        tags=draft.tags,
        url=draft.url,
        published_at=draft.published_at,
        rubric=draft.rubric,
        author=draft.author,
        image_url=draft.image_url,
        content_hash="h",
        revision=1,
        created_at=draft.published_at,  # type: ignore[arg-type]
        updated_at=draft.published_at,  # type: ignore[arg-type]
    )


def test_many_short_titles_stop_at_the_entity_limit_with_a_count_of_the_rest() -> None:
    articles = [_article(n, f"Статья {n}") for n in range(150, 0, -1)]
    message = render_digest(articles, date(2026, 11, 30), "bot", Lang.RU)
    assert len(message.entities) == ENTITY_LIMIT
    assert message.text.endswith("\n…и ещё 51")
    assert message.text.splitlines()[2] == "№150 · Статья 150"


def test_long_titles_stop_at_the_text_limit_in_english_too() -> None:
    base = _article(1, "Очень длинный заголовок " * 20)
    articles = [replace(base, id=n) for n in range(60, 0, -1)]
    message = render_digest(articles, date(2026, 11, 30), "bot", Lang.EN)
    assert utf16_len(message.text) <= TEXT_LIMIT
    assert message.text.startswith("The day's articles — 30 November 2026\n\nNo. 60 · ")
    shown = len(message.entities) - 1
    assert message.text.endswith(f"\n…and {60 - shown} more")
    assert 10 < shown < 60
