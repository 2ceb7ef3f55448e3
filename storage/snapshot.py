"""Consistent copies of a database file, taken while another process may be writing to it.

Why: an operator keeps subscribers, editors' edits and the outbox in one SQLite file, and needs
a copy while the bot runs (`python -m bot backup PATH`); the console rehearses on a copy of the
real articles, in a file of its own, so nothing it queues can ever be sent by a running bot.
Both copy with SQLite's online backup API from a read-only connection: a writer meanwhile is
neither disturbed nor half-copied (a file copy of a WAL database can be both).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from storage.db import refuse_unknown_schema
from storage.errors import StorageError

_COMPANIONS = ("", "-wal", "-shm", "-journal")
BACKUP_STEP_PAGES = 1024  # copied per step, so a long copy never holds the source for long


@dataclass(frozen=True, slots=True)
class BackupCounts:
    """What a backup holds, read back from the copy itself."""

    articles: int
    subscribers: int
    outbox: int


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup of `source` (opened read-only) into the new file `target`, made
    self-contained (rollback journal, not WAL)."""
    try:
        uri = f"{source.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(uri, uri=True)) as original,
            closing(sqlite3.connect(target)) as copy,
        ):
            original.backup(copy, pages=BACKUP_STEP_PAGES)
            copy.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot copy the database {source} to {target}: {exc}") from None


def replace_with_copy(source: Path, target: Path) -> bool:
    """Delete `target` (with its WAL files); then copy `source` into it if `source` exists.

    True when a copy was made.
    """
    for suffix in _COMPANIONS:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if not source.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy(source, target)
    return True


def backup(source: Path, target: Path) -> BackupCounts:
    """Write a consistent copy of the live database `source` to the new file `target`.

    Refused (StorageError, one line) when there is no database, when `target` exists (a backup
    never overwrites anything) and when the source was written by a newer bot. The copy is made
    under a temporary name, checked (`quick_check`) and counted, then renamed: `target` either
    is a whole, checked backup or does not exist.
    """
    if not source.is_file():
        raise StorageError(f"no database at {source}")
    if target.exists():
        raise StorageError(f"{target} exists; a backup never overwrites a file")
    refuse_unknown_schema(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
        counts = _check_and_count(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def _check_and_count(path: Path) -> BackupCounts:
    try:
        with closing(sqlite3.connect(path)) as copy:
            (check,) = copy.execute("PRAGMA quick_check").fetchone()
            if check != "ok":
                raise StorageError(f"the copy failed its integrity check: {check}")
            counts = [
                int(copy.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("articles", "subscribers", "outbox")
            ]
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read the copy {path}: {exc}") from None
    return BackupCounts(*counts)
