"""Seed on first start: an empty database gets the seed item once, never twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.content.pipeline import build_draft
from bot.seed import SEED_PUBLISHED, open_store, seed_draft
from storage import Store


async def test_empty_database_gets_the_seed_once(tmp_path: Path) -> None:
    path = tmp_path / "seed.sqlite3"
    store = await open_store(path)
    try:
        assert await store.articles.count() == 1
        article = await store.articles.get(1)
        assert article is not None
        assert article.title == "Сергей Лавров и Майк Помпео провели телефонный разговор"
        assert article.published_at == SEED_PUBLISHED
        assert [q.speaker for q in article.quotes] == [
            "МИД России",
            "Сергей Лавров",
            "Сергей Лавров",
        ]
        assert article.url is None
    finally:
        await store.close()

    store = await open_store(path)
    try:
        assert await store.articles.count() == 1
    finally:
        await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


async def test_a_database_with_articles_is_not_seeded(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    plain = await Store.open(str(path))
    try:
        await plain.articles.upsert(build_draft("Сергей Лавров прибыл в Анкару с визитом."))
    finally:
        await plain.close()
    store = await open_store(path)
    try:
        assert await store.articles.count() == 1
        article = await store.articles.get(1)
        assert article is not None
        assert article.title == "Сергей Лавров прибыл в Анкару с визитом"
        assert "Подписывайтесь" not in seed_draft().body
    finally:
        await store.close()
