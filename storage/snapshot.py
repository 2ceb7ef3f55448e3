"""A consistent copy of a database file, taken while another process may be writing to it.

Why: the console rehearses on a copy of the real articles, in a file of its own, so nothing it
queues can ever be sent by a running bot.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from storage.errors import StorageError

_COMPANIONS = ("", "-wal", "-shm", "-journal")


def replace_with_copy(source: Path, target: Path) -> bool:
    """Delete `target` (with its WAL files); then copy `source` into it if `source` exists.

    True when a copy was made. The source is opened read-only and copied with SQLite's backup
    API, so a bot writing to it meanwhile is neither disturbed nor half-copied.
    """
    for suffix in _COMPANIONS:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if not source.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        uri = f"{source.resolve().as_uri()}?mode=ro"
        with (
            closing(sqlite3.connect(uri, uri=True)) as original,
            closing(sqlite3.connect(target)) as copy,
        ):
            original.backup(copy)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot copy the database {source} to {target}: {exc}") from None
    return True
