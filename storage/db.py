"""The SQLite connection pair and migrations.

Why two connections: aiosqlite serialises calls per connection, but a transaction spans several
awaits, and another task's read on the same connection would see its uncommitted rows. So all
writes go through one writer connection guarded by an asyncio lock (`Database.transaction`), and
reads use a second connection that, under WAL, only ever sees committed data.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from storage.errors import MigrationError
from storage.migrations import all_migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


async def _connect(path: str) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    await conn.execute("PRAGMA journal_mode=WAL")
    await conn.execute("PRAGMA foreign_keys=ON")
    await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class Database:
    """A writer and a reader connection to one SQLite file, migrated on open."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection):
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Open (creating the folder and file if needed) and apply pending migrations."""
        file = Path(path)
        if str(file) != ":memory:":
            file.parent.mkdir(parents=True, exist_ok=True)
        writer = await _connect(str(file))
        try:
            await _migrate(writer)
            reader = await _connect(str(file))
        except BaseException:
            await writer.close()
            raise
        return cls(file, writer, reader)

    async def close(self) -> None:
        await self._reader.close()
        await self._writer.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT on the writer; ROLLBACK on any error, so no half rows."""
        async with self._write_lock:
            await self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield self._writer
            except BaseException:
                await self._writer.execute("ROLLBACK")
                raise
            await self._writer.execute("COMMIT")

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """One thread hop: the whole result of a read on the reader connection."""
        rows = await self._reader.execute_fetchall(sql, tuple(params))
        return list(rows)

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


async def _migrate(conn: aiosqlite.Connection) -> None:
    rows = list(await conn.execute_fetchall("PRAGMA user_version"))
    current = int(rows[0][0])
    migrations = all_migrations()
    if current > len(migrations):
        raise MigrationError(
            f"database schema version {current} is newer than this program knows "
            f"({len(migrations)}); upgrade the bot"
        )
    for migration in migrations[current:]:
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for step in migration.steps:
                await conn.execute(step)
            await conn.execute(f"PRAGMA user_version={migration.version}")
        except sqlite3.Error as exc:
            await conn.execute("ROLLBACK")
            raise MigrationError(f"migration {migration.name} failed: {exc}") from exc
        await conn.execute("COMMIT")
        log.info("applied migration %s", migration.name)
