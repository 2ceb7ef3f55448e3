"""Data safety: `python -m bot backup PATH` while the bot writes, and a newer database refused.

The backup test runs a real broadcast (the outbox worker writing its results) while SQLite's
online backup copies the file from another connection in a thread; the copy must be a whole,
consistent database.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from aiogram import Bot

from bot.cli import main
from bot.config import Settings
from bot.delivery.publisher import Publisher
from storage import Store, outbox
from storage.errors import MigrationError, StorageError
from storage.snapshot import backup
from tests.delivery.fakes import FakeClock, add_article, make_worker
from tests.support.recording import TEST_TOKEN, RecordingSession

READERS = 300


async def test_a_backup_taken_while_a_broadcast_is_writing_is_whole_and_consistent(
    tmp_path: Path, settings: Settings, bot: Bot, session: RecordingSession
) -> None:
    source = tmp_path / "live.sqlite3"
    store = await Store.open(source)
    try:
        for user_id in range(1, READERS + 1):
            await store.subscribers.subscribe(user_id, "ru")
        await Publisher(settings, store).publish(await add_article(store))
        original = session.make_request
        under_way = asyncio.Event()

        async def slow(bot: Bot, method: object, timeout: int | None = None) -> object:
            await asyncio.sleep(0.002)  # the broadcast takes a while: the copy lands inside it
            if len(session.requests) >= 20:
                under_way.set()
            return await original(bot, method, timeout)  # type: ignore[arg-type]

        session.make_request = slow  # type: ignore[method-assign]
        worker = make_worker(bot, store, settings, FakeClock(), max_in_flight=8, page_size=50)
        broadcast = asyncio.create_task(worker.drain())
        await under_way.wait()
        counts = await asyncio.to_thread(backup, source, tmp_path / "copy.sqlite3")
        assert not broadcast.done()  # the copy was taken while results were being written
        await broadcast
        sent_at_the_end = (await store.outbox.counts())[outbox.SENT]
    finally:
        await store.close()

    assert (counts.articles, counts.subscribers, counts.outbox) == (1, READERS, READERS + 1)
    copy = await Store.open(tmp_path / "copy.sqlite3")  # a database this bot opens as is
    try:
        states = await copy.outbox.counts()
        assert sum(states.values()) == READERS + 1
        assert 0 < states[outbox.SENT] < sent_at_the_end == READERS + 1
        assert await copy.subscribers.counts() == await _subscriber_counts(source)
    finally:
        await copy.close()
    names = [p.name for p in await asyncio.to_thread(tmp_path.iterdir)]
    assert not [name for name in names if "partial" in name]  # no half copy left behind


async def _subscriber_counts(path: Path) -> object:
    store = await Store.open(path)
    try:
        return await store.subscribers.counts()
    finally:
        await store.close()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DATABASE_PATH in tmp_path; cwd moved there so no real .env is read."""
    path = tmp_path / "bot.sqlite3"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(path))
    for name in ("BOT_TOKEN", "ADMIN_IDS", "CHANNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_backup_command_prints_what_the_copy_holds(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "1"]) == 0  # a database with the seed article
    capsys.readouterr()
    target = tmp_path / "backups" / "today.sqlite3"
    assert main(["backup", str(target)]) == 0
    assert capsys.readouterr().out == f"{target}: 1 articles, 0 subscribers, 0 outbox rows\n"
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


@pytest.mark.parametrize("case", ["target exists", "no database"])
def test_backup_refusals_are_one_line_and_exit_2(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    target = tmp_path / "copy.sqlite3"
    if case == "target exists":
        assert main(["show", "1"]) == 0
        target.write_bytes(b"precious")
    capsys.readouterr()
    assert main(["backup", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    if case == "target exists":
        assert target.read_bytes() == b"precious"  # never overwritten
    else:
        assert not target.exists()
        assert not env.exists()  # a backup never creates the database it copies


def _newer_database(path: Path, version: int = 99) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version={version}")
    return path.read_bytes()


@pytest.mark.parametrize("argv", [["show", "1"], ["backup", "copy.sqlite3"], ["run"]])
def test_a_database_from_a_newer_bot_is_refused_in_one_line_and_left_untouched(
    env: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    monkeypatch.setenv("BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("BOT_API_SERVER", "http://127.0.0.1:9")  # never reached
    before = _newer_database(env)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "was written by a newer version of the bot (schema 99, this one knows up to" in err
    assert env.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bot.sqlite3"]  # no -wal, no -shm


async def test_the_store_refuses_a_newer_schema_before_opening_it(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    before = _newer_database(path, version=1000)
    with pytest.raises(MigrationError):
        await Store.open(path)
    assert path.read_bytes() == before
    with pytest.raises(StorageError):
        backup(path, tmp_path / "copy.sqlite3")
