"""The outbox table: unique deliveries, shared payloads, paging, batched transitions, recovery."""

from __future__ import annotations

from storage import Store, outbox
from storage.outbox import Completion, NewMessage


def _post(article_id: int = 1, generation: int = 0, payload: str = '{"text": "p"}') -> NewMessage:
    return NewMessage(
        chat_id="@chan",
        kind=outbox.POST,
        payload=payload,
        article_id=article_id,
        generation=generation,
    )


async def test_same_delivery_twice_is_one_row_and_a_new_generation_is_another(store: Store) -> None:
    first = await store.outbox.enqueue(_post())
    again = await store.outbox.enqueue(_post(payload='{"text": "changed"}'))
    repost = await store.outbox.enqueue(_post(generation=1))
    assert first is not None
    assert again is None
    assert repost is not None
    assert repost != first
    rows = await store.outbox.items(kind=outbox.POST)
    assert [(r.generation, r.state) for r in rows] == [(0, "pending"), (1, "pending")]
    assert await store.outbox.payload(rows[0].payload_id) == '{"text": "p"}'  # fixed at enqueue


async def test_broadcast_stores_one_payload_per_language_and_skips_inactive(store: Store) -> None:
    for user_id in (10, 11, 12):
        await store.subscribers.subscribe(user_id, "en" if user_id == 12 else "ru")
    await store.subscribers.subscribe(13, "ru")
    await store.subscribers.mark_blocked(13)
    await store.subscribers.subscribe(14, "de")  # no payload of its own: gets the first one
    payloads = {"ru": '{"text": "ru"}', "en": '{"text": "en"}'}
    added = await store.outbox.enqueue_broadcast(article_id=3, kind=outbox.CARD, payloads=payloads)
    again = await store.outbox.enqueue_broadcast(article_id=3, kind=outbox.CARD, payloads=payloads)
    assert (added, again) == (4, 0)
    rows = await store.outbox.items(kind=outbox.CARD)
    bodies = {r.chat_id: await store.outbox.payload(r.payload_id) for r in rows}
    assert bodies == {
        "10": '{"text": "ru"}',
        "11": '{"text": "ru"}',
        "12": '{"text": "en"}',
        "14": '{"text": "ru"}',
    }
    assert await store.db.scalar("SELECT count(*) FROM outbox_payloads") == 2


async def test_due_pages_channel_work_first_and_respects_not_before(store: Store) -> None:
    await store.subscribers.subscribe(10, "ru")
    await store.outbox.enqueue_broadcast(article_id=1, kind=outbox.CARD, payloads={"ru": "{}"})
    post_id = await store.outbox.enqueue(_post())
    late_id = await store.outbox.enqueue(_post(article_id=2))
    assert post_id is not None
    assert late_id is not None
    await store.outbox.claim([late_id])
    await store.outbox.complete([Completion(late_id, outbox.PENDING, not_before=100.0)])
    page = await store.outbox.due(50.0, limit=10)
    assert [(r.kind, r.article_id) for r in page] == [("post", 1), ("card", 1)]
    assert [r.id for r in await store.outbox.due(50.0, limit=1)] == [post_id]
    assert await store.outbox.next_due_at() == 0.0
    assert (await store.outbox.get(late_id)).attempts == 1  # type: ignore[union-attr]


async def test_complete_records_follow_ups_and_blocks_in_the_same_transaction(
    store: Store,
) -> None:
    await store.subscribers.subscribe(10, "ru")
    item_id = await store.outbox.enqueue(
        NewMessage(chat_id=10, kind=outbox.CARD, payload="{}", article_id=1)
    )
    assert item_id is not None
    await store.outbox.claim([item_id])
    alert = NewMessage(chat_id=9, kind=outbox.ALERT, payload="{}", article_id=1, generation=3)
    await store.outbox.complete(
        [Completion(item_id, outbox.FAILED, error="blocked")],
        follow_ups=[alert, alert],
        blocked_users=[10],
    )
    assert (await store.outbox.get(item_id)).state == outbox.FAILED  # type: ignore[union-attr]
    assert len(await store.outbox.items(kind=outbox.ALERT)) == 1
    assert (await store.subscribers.counts()).blocked == 1
    counts = await store.outbox.counts()
    assert (counts["failed"], counts["pending"]) == (1, 1)
    last = await store.outbox.last_error()
    assert last is not None
    assert (last.kind, last.error) == ("card", "blocked")


async def test_recover_resumes_edits_and_marks_other_in_flight_rows_unknown(store: Store) -> None:
    post_id = await store.outbox.enqueue(_post())
    edit_id = await store.outbox.enqueue(
        NewMessage(chat_id="@chan", kind=outbox.EDIT, payload="{}", article_id=1, generation=2)
    )
    sent_id = await store.outbox.enqueue(_post(article_id=5))
    assert post_id
    assert edit_id
    assert sent_id
    await store.outbox.claim([post_id, edit_id, sent_id])
    await store.outbox.complete([Completion(sent_id, outbox.SENT, message_id=77)])
    resumed, lost = await store.outbox.recover()
    assert [r.id for r in resumed] == [edit_id]
    assert [r.id for r in lost] == [post_id]
    states = {r.id: r.state for r in await store.outbox.items()}
    assert states == {post_id: "unknown", edit_id: "pending", sent_id: "sent"}
    assert (await store.outbox.get(sent_id)).message_id == 77  # type: ignore[union-attr]


async def test_kinds_and_states_are_enums_stored_as_the_same_strings(store: Store) -> None:
    item_id = await store.outbox.enqueue(
        NewMessage(chat_id="@c", kind=outbox.Kind.POST, payload='{"text": "x"}', article_id=1)
    )
    assert item_id is not None
    rows = await store.db.fetchall("SELECT kind, state FROM outbox WHERE id = ?", (item_id,))
    assert [tuple(row) for row in rows] == [("post", "pending")]
    item = await store.outbox.get(item_id)
    assert item is not None
    assert item.kind is outbox.Kind.POST
    assert item.state is outbox.State.PENDING
    assert outbox.POST is outbox.Kind.POST
    assert outbox.SENT is outbox.State.SENT


def test_alert_generation_encodes_what_failed_and_which_one() -> None:
    assert outbox.alert_generation(outbox.Kind.POST, 0) == 1
    assert outbox.alert_generation(outbox.Kind.POST, 2) == 21  # the third post generation
    assert outbox.alert_generation(outbox.Kind.EDIT, 3) == 32  # revision 3's edit
    assert outbox.alert_generation(outbox.Kind.CARD, 7) == 3  # all cards: one alert
    assert outbox.alert_generation(outbox.Kind.PREVIEW, 1) == 14
