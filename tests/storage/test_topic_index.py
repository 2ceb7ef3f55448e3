"""The in-memory topic index: every stem of a topic must occur, and a change made through
another connection (another process) is seen by the next match."""

from __future__ import annotations

from pathlib import Path

from storage import Store


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
