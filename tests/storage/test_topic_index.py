"""The in-memory topic index: every stem of a topic must occur, and a change made through
another connection (another process) is seen by the next match."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.delivery.warmup import TopicIndexWarmup
from storage import Store
from storage.topics import TopicIndex


async def test_a_topic_matches_only_when_all_its_stems_occur(store: Store) -> None:
    await store.topics.follow(1, "стратегическая стабильность", "ru")
    await store.topics.follow(2, "Лаврова", "ru")
    terms = set(store.topics.topic_terms("Лавров говорил о стратегической безопасности"))
    assert await store.topics.matching_readers(terms) == {2}
    terms |= set(store.topics.topic_terms("стабильность"))
    assert await store.topics.matching_readers(terms) == {1, 2}


async def test_changes_from_another_connection_are_seen(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    bot_side = await Store.open(path)
    other = await Store.open(path)
    terms = set(bot_side.topics.topic_terms("Сирия"))
    assert await bot_side.topics.matching_readers(terms) == set()  # index loaded, empty
    followed = await other.topics.follow(7, "Сирия", "ru")
    assert await bot_side.topics.matching_readers(terms) == {7}
    assert followed.topic is not None
    await other.topics.drop(7, followed.topic.id)
    assert await bot_side.topics.matching_readers(terms) == set()
    await other.close()
    await bot_side.close()


async def test_the_start_up_warm_up_loads_the_index_once_for_the_first_publish(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.topics.follow(3, "Сирия", "ru")
    builds: list[int] = []
    real_build = TopicIndex.build

    def counting_build(version: int, rows: Any) -> TopicIndex:
        builds.append(version)
        return real_build(version, rows)

    monkeypatch.setattr(TopicIndex, "build", counting_build)
    warmup = TopicIndexWarmup(store)
    await warmup.start()
    await warmup.wait()
    assert len(builds) == 1  # loaded at start, before anything was published
    terms = set(store.topics.topic_terms("Сирия"))
    assert await store.topics.matching_readers(terms) == {3}
    assert len(builds) == 1  # the first match used the warm index
    await warmup.stop()


async def test_a_failed_warm_up_is_one_log_line_and_the_index_still_loads_later(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await store.topics.follow(4, "Сирия", "ru")

    async def broken() -> None:
        raise sqlite3.OperationalError("database is locked")

    with monkeypatch.context() as patched:
        patched.setattr(store.topics, "warm", broken)
        warmup = TopicIndexWarmup(store)
        await warmup.start()
        await warmup.wait()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "topic index warm-up failed (database is locked); it will load on first use"
    ]
    terms = set(store.topics.topic_terms("Сирия"))
    assert await store.topics.matching_readers(terms) == {4}
    await warmup.stop()
