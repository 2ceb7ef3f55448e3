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
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

from storage.errors import MigrationError, StorageError
from storage.migrations import all_migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

T = TypeVar("T")


async def in_one_hop(conn: aiosqlite.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run `work` on `conn`'s own thread with its sqlite3 connection: many statements, one hop.

    Why: aiosqlite sends every statement to the connection's thread and wakes the event loop
    with its result, two thread switches a statement. An article's upsert made 14 of them, and
    on a busy machine they cost more than the writes (bench.ingest: 3.5-4.5 ms an upsert, about
    0.8 ms of it CPU). aiosqlite has no public call for this; `_execute` is the primitive under
    every public method in each version pyproject allows. `work` runs on the other thread: it
    may touch the connection only, never shared Python state (a Stemmer is not thread-safe)."""
    execute = cast(Callable[..., Awaitable[T]], conn._execute)
    return await execute(lambda: work(conn._conn))


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
        """Open (creating the folder and file if needed) and apply pending migrations.

        A database written by a newer bot is refused before anything touches it."""
        file = Path(path)
        if str(file) != ":memory:":
            refuse_unknown_schema(file)
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


_HEADER = b"SQLite format 3\x00"
_USER_VERSION_OFFSET = 60  # the file header keeps PRAGMA user_version here, big-endian


def file_schema_version(file: Path) -> int:
    """The schema version (PRAGMA user_version) in the file's header, read as plain bytes, so
    looking never changes the file (opening it would switch on WAL, create -wal and -shm).
    0 for a missing or empty file. A version still only in the WAL is caught by `_migrate`."""
    try:
        with file.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return 0
    if not header:
        return 0
    if len(header) < 100 or not header.startswith(_HEADER):
        raise StorageError(f"{file} is not an SQLite database")
    return int.from_bytes(header[_USER_VERSION_OFFSET : _USER_VERSION_OFFSET + 4], "big")


def refuse_unknown_schema(file: Path) -> None:
    """MigrationError (one line) when `file` holds a schema newer than this code's migrations."""
    version = file_schema_version(file)
    known = len(all_migrations())
    if version > known:
        raise MigrationError(_newer(file, version, known))


def _newer(file: Path | str, version: int, known: int) -> str:
    return (
        f"{file} was written by a newer version of the bot (schema {version}, this one knows "
        f"up to {known}); not opened. Upgrade the bot, or point DATABASE_PATH at a backup"
    )


async def _migrate(conn: aiosqlite.Connection) -> None:
    rows = list(await conn.execute_fetchall("PRAGMA user_version"))
    current = int(rows[0][0])
    migrations = all_migrations()
    if current > len(migrations):
        raise MigrationError(_newer("the database", current, len(migrations)))
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
