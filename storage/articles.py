"""The article store: upsert by dedupe key, look-ups by id, URL and recency.

Analysis is stored with the row (summary, quotes, sources, tags), so a reader's command never
re-analyses text. An upsert is one transaction: it lands whole or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import replace
from enum import StrEnum

import aiosqlite

from storage.db import Database, in_one_hop
from storage.models import Article, ArticleDraft, Edits, Quote, UpsertResult
from storage.timestamps import from_iso, now_iso, to_iso

# Called inside the upsert's transaction with the saved article (e.g. the search index), so
# derived tables can never disagree with the article they were made from.
SaveHook = Callable[[aiosqlite.Connection, Article], Awaitable[None]]

_COLUMNS = (
    "id, title, paragraphs, summary, quotes, sources, tags, url, published_at, rubric, author, "
    "image_url, content_hash, revision, created_at, updated_at, "
    "editor_title, editor_lead, editor_tags, no_photo, silent, edited_by"
)


class EditColumn(StrEnum):
    """What an editor may replace; the value is the column that holds the editor's version."""

    TITLE = "editor_title"
    LEAD = "editor_lead"
    TAGS = "editor_tags"
    NO_PHOTO = "no_photo"


def _edits(row: sqlite3.Row) -> Edits:
    tags = row["editor_tags"]
    return Edits(
        title=row["editor_title"],
        lead=row["editor_lead"],
        tags=tuple(json.loads(tags)) if tags is not None else None,
        no_photo=bool(row["no_photo"]),
        silent=bool(row["silent"]),
        by=row["edited_by"],
    )


def article_from_row(row: sqlite3.Row) -> Article:
    """Build an Article from a row selected with the store's column list."""
    created = from_iso(row["created_at"])
    updated = from_iso(row["updated_at"])
    assert created is not None
    assert updated is not None
    edits = _edits(row)
    return Article(
        id=int(row["id"]),
        title=edits.title if edits.title is not None else row["title"],
        paragraphs=tuple(json.loads(row["paragraphs"])),
        summary=edits.lead if edits.lead is not None else row["summary"],
        quotes=tuple(
            Quote(q["text"], q["speaker"], int(q["paragraph"])) for q in json.loads(row["quotes"])
        ),
        sources=tuple(json.loads(row["sources"])),
        tags=edits.tags if edits.tags is not None else tuple(json.loads(row["tags"])),
        url=row["url"],
        published_at=from_iso(row["published_at"]),
        rubric=row["rubric"],
        author=row["author"],
        image_url=None if edits.no_photo else row["image_url"],
        content_hash=row["content_hash"],
        revision=int(row["revision"]),
        created_at=created,
        updated_at=updated,
        edits=edits,
    )


def _draft_values(draft: ArticleDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "paragraphs": json.dumps(list(draft.paragraphs), ensure_ascii=False),
        "summary": draft.summary,
        "quotes": json.dumps(
            [
                {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph}
                for q in draft.quotes
            ],
            ensure_ascii=False,
        ),
        "sources": json.dumps(list(draft.sources), ensure_ascii=False),
        "tags": json.dumps(list(draft.tags), ensure_ascii=False),
        "url": draft.url,
        "published_at": to_iso(draft.published_at),
        "rubric": draft.rubric,
        "author": draft.author,
        "image_url": draft.image_url,
        "content_hash": draft.content_hash(),
    }


def _keeping_date(draft: ArticleDraft, stored: sqlite3.Row | None) -> ArticleDraft:
    """A re-ingest that lacks a date keeps the stored one: a date is never erased."""
    if stored is None or draft.published_at is not None or stored["published_at"] is None:
        return draft
    return replace(draft, published_at=from_iso(stored["published_at"]))


def _write(
    conn: sqlite3.Connection, draft: ArticleDraft, key: str, now: str
) -> tuple[sqlite3.Row, int | None, bool]:
    """The upsert's own statements, run on the writer's thread in one hop (`in_one_hop`): the
    row as stored, the revision it replaced (None: a new row) and whether anything was written
    (False: the same content again)."""
    rows = conn.execute(
        "SELECT id, content_hash, revision, published_at FROM articles WHERE dedupe_key = ?",
        (key,),
    ).fetchall()
    values = _draft_values(_keeping_date(draft, rows[0] if rows else None))
    if rows and rows[0]["content_hash"] == values["content_hash"]:
        return _row(conn, int(rows[0]["id"])), None, False
    sort_at = values["published_at"] or now
    if rows:
        article_id = int(rows[0]["id"])
        previous: int | None = int(rows[0]["revision"])
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        conn.execute(
            f"UPDATE articles SET {assignments}, sort_at = :sort_at, "
            "revision = revision + 1, updated_at = :now WHERE id = :id",
            {**values, "sort_at": sort_at, "now": now, "id": article_id},
        )
    else:
        previous = None
        names = ", ".join(values)
        params = ", ".join(f":{name}" for name in values)
        cursor = conn.execute(
            f"INSERT INTO articles (dedupe_key, {names}, sort_at, created_at, updated_at) "
            f"VALUES (:dedupe_key, {params}, :sort_at, :now, :now)",
            {**values, "dedupe_key": key, "sort_at": sort_at, "now": now},
        )
        assert cursor.lastrowid is not None
        article_id = cursor.lastrowid
    return _row(conn, article_id), previous, True


def _row(conn: sqlite3.Connection, article_id: int) -> sqlite3.Row:
    row: sqlite3.Row = conn.execute(
        f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return row


class ArticleStore:
    """Articles in SQLite. Reads hit the reader connection in one hop each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._save_hooks: list[SaveHook] = []

    def add_save_hook(self, hook: SaveHook) -> None:
        """Run `hook` inside every upsert's transaction, after the row is written."""
        self._save_hooks.append(hook)

    async def upsert(self, draft: ArticleDraft) -> UpsertResult:
        """Store `draft`; the same item twice gives one row (its revision grows if it changed).

        A draft without a date keeps the stored one (a re-ingest never erases a date), and an
        editor's edits live in their own columns, which an upsert never touches."""
        key = draft.dedupe_key()
        now = now_iso()
        async with self._db.transaction() as conn:
            written = await in_one_hop(conn, lambda raw: _write(raw, draft, key, now))
            row, previous, changed = written
            article = article_from_row(row)
            if not changed:
                return UpsertResult(article, created=False, changed=False)
            for hook in self._save_hooks:
                await hook(conn, article)
        return UpsertResult(
            article,
            created=previous is None,
            changed=previous is not None,
            previous_revision=previous,
        )

    async def edit(
        self,
        article_id: int,
        column: EditColumn,
        value: str | bool | tuple[str, ...] | None,
        *,
        by: str,
    ) -> Article | None:
        """An editor's change (None restores the site's own); a new revision, so a live post
        gets edited."""
        stored: object = value
        if isinstance(value, tuple):
            stored = json.dumps(list(value), ensure_ascii=False)
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"UPDATE articles SET {column.value} = ?, edited_by = ?, "
                "revision = revision + 1, updated_at = ? WHERE id = ?",
                (stored, by, now_iso(), article_id),
            )
            if cursor.rowcount != 1:
                return None
            return await self._saved(conn, article_id)

    async def set_silent(self, article_id: int, silent: bool) -> Article | None:
        """Whether the post goes out without a notification (no new revision: readers see no
        change; the save hooks still run, so no cache keeps the old setting)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE articles SET silent = ? WHERE id = ?", (int(silent), article_id)
            )
            if cursor.rowcount != 1:
                return None
            return await self._saved(conn, article_id)

    async def _saved(self, conn: aiosqlite.Connection, article_id: int) -> Article:
        """The row as written, after every save hook ran on it in the same transaction."""
        article = await self._select_one(conn, article_id)
        for hook in self._save_hooks:
            await hook(conn, article)
        return article

    @staticmethod
    async def _select_one(conn: aiosqlite.Connection, article_id: int) -> Article:
        rows = list(
            await conn.execute_fetchall(
                f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            )
        )
        return article_from_row(rows[0])

    async def get(self, article_id: int) -> Article | None:
        row = await self._db.fetchone(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        )
        return article_from_row(row) if row is not None else None

    async def get_many(self, ids: list[int]) -> dict[int, Article]:
        """Articles by id in one query (missing ids are simply absent)."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = await self._db.fetchall(
            f"SELECT {_COLUMNS} FROM articles WHERE id IN ({marks})", ids
        )
        return {int(row["id"]): article_from_row(row) for row in rows}

    async def by_url(self, url: str) -> Article | None:
        row = await self._db.fetchone(f"SELECT {_COLUMNS} FROM articles WHERE url = ?", (url,))
        return article_from_row(row) if row is not None else None

    async def latest(self, limit: int = 5) -> list[Article]:
        """Most recent first: by publication time, else by when the bot stored it."""
        rows = await self._db.fetchall(
            f"SELECT {_COLUMNS} FROM articles ORDER BY sort_at DESC, id DESC LIMIT ?", (limit,)
        )
        return [article_from_row(row) for row in rows]

    async def latest_id(self) -> int | None:
        value = await self._db.scalar(
            "SELECT id FROM articles ORDER BY sort_at DESC, id DESC LIMIT 1"
        )
        return int(value) if value is not None else None

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM articles"))
