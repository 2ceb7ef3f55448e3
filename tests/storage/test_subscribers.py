"""Subscribers on a real SQLite file: idempotent subscribe/unsubscribe, blocked is remembered."""

from __future__ import annotations

from storage import Store
from storage.subscribers import SubscriberCounts, SubscriberStatus


async def test_subscribe_is_idempotent_and_says_what_changed(store: Store) -> None:
    first = await store.subscribers.subscribe(1, "ru")
    again = await store.subscribers.subscribe(1, "ru")
    assert (first.before, first.after, first.changed) == (None, SubscriberStatus.ACTIVE, True)
    assert (again.before, again.changed) == (SubscriberStatus.ACTIVE, False)
    assert await store.subscribers.counts() == SubscriberCounts(1, 0, 0)


async def test_unsubscribe_of_a_stranger_stores_nothing(store: Store) -> None:
    change = await store.subscribers.unsubscribe(5)
    assert (change.before, change.changed) == (None, True)
    assert await store.subscribers.status(5) is None


async def test_blocked_is_remembered_and_subscribe_reactivates(store: Store) -> None:
    await store.subscribers.subscribe(7, "en")
    await store.subscribers.mark_blocked(7)
    assert await store.subscribers.status(7) is SubscriberStatus.BLOCKED
    assert await store.subscribers.counts() == SubscriberCounts(0, 0, 1)
    change = await store.subscribers.subscribe(7, None)
    assert change.before is SubscriberStatus.BLOCKED
    assert await store.subscribers.status(7) is SubscriberStatus.ACTIVE
    language = await store.db.scalar("SELECT language FROM subscribers WHERE user_id = 7")
    assert language == "en"  # kept when the new request does not say
