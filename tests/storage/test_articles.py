"""The article store on a real SQLite file: dedupe, revisions, transactions, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from storage import ArticleDraft, Quote, Store
from storage.db import in_one_hop


def _draft(**overrides: object) -> ArticleDraft:
    fields: dict[str, object] = {
        "title": "Заголовок",
        "paragraphs": ("Первый абзац.", "Второй абзац."),
        "summary": "Первый абзац.",
        "quotes": (Quote("Цитата", "Сергей Лавров", 1),),
        "sources": ("МИД России",),
        "tags": ("Россия",),
    }
    fields.update(overrides)
    return ArticleDraft(**fields)  # type: ignore[arg-type]


async def test_same_item_twice_is_one_row(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.sqlite3")
    first = await store.articles.upsert(_draft())
    second = await store.articles.upsert(_draft())
    assert first.created
    assert not second.created
    assert not second.changed
    assert second.article.id == first.article.id
    assert await store.articles.count() == 1
    await store.close()


async def test_changed_item_keeps_id_and_bumps_revision(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.sqlite3")
    url = "https://interaffairs.ru/news/show/1"
    first = await store.articles.upsert(_draft(url=url))
    second = await store.articles.upsert(_draft(url=url, title="Новый заголовок"))
    assert second.changed
    assert second.previous_revision == 1
    assert second.article.id == first.article.id
    assert second.article.revision == 2
    stored = await store.articles.by_url(url)
    assert stored is not None
    assert stored.title == "Новый заголовок"
    await store.close()


async def test_round_trip_of_every_field(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.sqlite3")
    published = datetime(2020, 3, 30, 15, 0, tzinfo=UTC)
    draft = _draft(
        published_at=published, rubric="Новости", author="Иван Иванов", image_url="https://x/y.jpg"
    )
    saved = (await store.articles.upsert(draft)).article
    got = await store.articles.get(saved.id)
    assert got == saved
    assert got.quotes == (Quote("Цитата", "Сергей Лавров", 1),)
    assert got.published_at == published
    assert await store.articles.get(saved.id + 1) is None
    await store.close()


async def test_latest_orders_by_publication(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.sqlite3")
    old = await store.articles.upsert(
        _draft(url="u1", published_at=datetime(2020, 1, 1, tzinfo=UTC))
    )
    new = await store.articles.upsert(
        _draft(url="u2", published_at=datetime(2021, 1, 1, tzinfo=UTC))
    )
    assert [a.id for a in await store.articles.latest(5)] == [new.article.id, old.article.id]
    assert await store.articles.latest_id() == new.article.id
    await store.close()


async def test_failing_hook_leaves_no_row(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "a.sqlite3")

    async def broken(conn: object, article: object) -> None:
        raise RuntimeError("index failed")

    store.articles.add_save_hook(broken)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        await store.articles.upsert(_draft())
    assert await store.articles.count() == 0
    await store.close()


async def test_a_failing_statement_in_one_hop_leaves_nothing_written(tmp_path: Path) -> None:
    """A hook's statements run together on the writer's thread (storage.db.in_one_hop); one
    failing among them rolls back the article, its index rows and the statements before it."""
    store = await Store.open(tmp_path / "a.sqlite3")

    def broken(raw: sqlite3.Connection) -> None:
        raw.execute("DELETE FROM article_keys")
        raw.execute("INSERT INTO no_such_table VALUES (1)")

    async def hook(conn: aiosqlite.Connection, article: object) -> None:
        await in_one_hop(conn, broken)

    first = (await store.articles.upsert(_draft())).article
    store.articles.add_save_hook(hook)  # type: ignore[arg-type]
    with pytest.raises(sqlite3.OperationalError):
        await store.articles.upsert(_draft(url="https://interaffairs.ru/news/show/2"))
    assert [a.id for a in await store.articles.latest()] == [first.id]
    assert await store.db.scalar("SELECT count(*) FROM search_fts") == 1
    assert await store.db.scalar("SELECT count(*) FROM article_keys") > 0
    await store.close()


async def test_an_upsert_is_a_few_thread_hops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every aiosqlite call is two thread switches; an upsert with its three derived indexes is
    six of them (BEGIN, the row, three hooks, COMMIT), not one a statement (14 before)."""
    store = await Store.open(tmp_path / "a.sqlite3")
    hops = 0
    execute = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, *args: Any, **kwargs: Any) -> Any:
        nonlocal hops
        hops += 1
        return await execute(self, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    await store.articles.upsert(_draft())
    assert hops == 6
    await store.close()


async def test_reopen_keeps_schema_and_rows(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "a.sqlite3"
    store = await Store.open(path)
    await store.articles.upsert(_draft())
    await store.close()
    again = await Store.open(path)
    assert await again.articles.count() == 1
    version = await again.db.scalar("PRAGMA user_version")
    assert version >= 1
    assert await again.db.scalar("PRAGMA journal_mode") == "wal"
    await again.close()
