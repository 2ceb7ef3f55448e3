"""The outbox worker: drains the outbox within Telegram's limits, inside the bot process.

How a row travels: the worker reads a page of due rows (never the whole backlog), takes a rate
token for each (overall bucket + the chat's own spacing), marks the batch `sending` in one
transaction, sends each concurrently (at most `max_in_flight` at once), and records how they
ended in batched transactions, together with what they cause (a blocked subscriber, the admin's
"published" confirmation, an alert). A row is `sending` only while its request may be on the
wire, so after kill -9 the rows still `sending` are exactly the ones whose outcome is unknown.

Started and stopped with the dispatcher (`start()` / `stop()`); tests drive it with `drain()`
on a fake clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiogram import Bot

from bot.clock import Clock, SystemClock
from bot.delivery import notices, photo
from bot.delivery.limiter import Limits, RateLimiter
from bot.delivery.links import post_link
from bot.delivery.policy import Action, classify, retry_delay
from bot.render.message import RenderedMessage
from storage import outbox
from storage.outbox import Completion, NewMessage, OutboxItem

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.metrics import Metrics
    from storage import Store

log = logging.getLogger(__name__)

PAGE_SIZE = 500
MAX_IN_FLIGHT = 256  # requests on the wire at once: rate × latency, with room for stalls
IDLE_POLL_SECONDS = 5.0  # also picks up rows other processes (the CLI) enqueued
STOP_CHECK_SECONDS = 1.0
EDIT_WAIT_SECONDS = 1.0  # an edit whose post is still on its way looks again after this
PAYLOAD_CACHE = 64
# Alerts are deduplicated per (article, kind of the failed delivery, its generation):
# the generation of an alert row encodes those, so the unique key does the deduplication.
_ALERT_CODE = {outbox.POST: 1, outbox.EDIT: 2, outbox.CARD: 3, outbox.PREVIEW: 4}
_ALERT_KINDS = frozenset(_ALERT_CODE)


@dataclass(slots=True)
class _Result:
    completion: Completion
    follow_ups: list[NewMessage] = field(default_factory=list)
    blocked_user: int | None = None


class OutboxWorker:
    """One per process. `start()`/`stop()` for the app; `drain()` for tests and tools."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        settings: Settings,
        *,
        clock: Clock | None = None,
        limiter: RateLimiter | None = None,
        metrics: Metrics | None = None,
        page_size: int = PAGE_SIZE,
        max_in_flight: int = MAX_IN_FLIGHT,
    ) -> None:
        self._bot = bot
        self._store = store
        self._settings = settings
        self._clock = clock or SystemClock()
        self._limiter = limiter or RateLimiter(Limits.from_settings(settings), self._clock)
        self._metrics = metrics
        if metrics is not None:
            metrics.set_outbox_backlog(store.outbox.backlog)
        self._page_size = page_size
        self._slots = asyncio.Semaphore(max_in_flight)
        self._in_flight: set[asyncio.Task[None]] = set()
        self._results: list[_Result] = []
        self._flush_lock = asyncio.Lock()
        self._payloads: OrderedDict[int, RenderedMessage] = OrderedDict()
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._recovered = False

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Recover from the last stop, then drain in the background until `stop()`."""
        await self.recover()
        self._stopping = False
        self._task = asyncio.create_task(self._loop(), name="outbox-worker")
        log.info("outbox worker started")

    async def stop(self) -> None:
        """Stop taking new rows, let the requests on the wire finish, record them."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._wait_in_flight()
        log.info("outbox worker stopped")

    def wake(self) -> None:
        """Something was enqueued: look now instead of at the next poll."""
        self._wake.set()

    async def recover(self) -> None:
        """Rows left `sending` by a crash: edits resume, anything else becomes `unknown`."""
        if self._recovered:
            return
        self._recovered = True
        resumed, lost = await self._store.outbox.recover()
        for item in resumed:
            log.warning(
                "outbox #%d (%s to %s, article %d) was in flight at the last stop; "
                "resending (idempotent)",
                item.id,
                item.kind,
                item.chat_id,
                item.article_id,
            )
        follow_ups: list[NewMessage] = []
        for item in lost:
            log.warning(
                "outbox #%d (%s to %s, article %d) was in flight at the last stop; outcome "
                "unknown, not resent",
                item.id,
                item.kind,
                item.chat_id,
                item.article_id,
            )
            follow_ups += self._alerts(
                item,
                notices.unknown(item.kind, item.article_id, "the bot stopped while sending it"),
            )
        if follow_ups:
            await self._store.outbox.complete((), follow_ups=follow_ups)

    async def drain(self) -> None:
        """Deliver until nothing is pending or sending, sleeping on the clock for what is due
        later (retries, 429 waits, chat spacing). Waits for each page, so tests are ordered."""
        await self.recover()
        while True:
            claimed, hold = await self._process_page()
            await self._wait_in_flight()
            if claimed:
                continue
            if not await self._store.outbox.has_work():
                return
            now = self._clock.now()
            next_due = await self._store.outbox.next_due_at()
            delays = [d for d in (hold, None if next_due is None else next_due - now) if d]
            await self._clock.sleep(max(min(delays, default=0.0), 0.001))

    # --- the loop ----------------------------------------------------------------------------

    async def _loop(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                claimed, hold = await self._process_page()
                if claimed:
                    continue
                delay = IDLE_POLL_SECONDS
                next_due = await self._store.outbox.next_due_at()
                if next_due is not None:
                    delay = min(delay, max(0.0, next_due - self._clock.now()))
                if hold:
                    delay = min(delay, hold)
            except Exception:
                log.exception("outbox worker: page failed; retrying shortly")
                delay = 1.0
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(delay, 0.001))

    async def _process_page(self) -> tuple[int, float]:
        """Claim and launch what may go now. Returns (rows claimed, seconds until a held chat)."""
        page = await self._store.outbox.due(self._clock.now(), self._page_size)
        batch: list[tuple[OutboxItem, int | None]] = []
        claimed = 0
        hold = 0.0
        for item in page:
            if self._stopping:
                break
            chat = item.chat
            wait = self._limiter.chat_wait(chat)
            if wait > 0:
                hold = wait if not hold else min(hold, wait)
                continue
            target: int | None = None
            if item.kind == outbox.EDIT:
                found = await self._edit_target(item)
                if found is None:
                    hold = EDIT_WAIT_SECONDS if not hold else min(hold, EDIT_WAIT_SECONDS)
                    continue
                if found == 0:
                    continue  # cancelled: nothing to edit
                target = found
            while (wait := self._limiter.take()) > 0 and not self._stopping:
                if batch:  # launch what we hold, then look again: launching took time too
                    claimed += await self._launch(batch)
                    batch = []
                    continue
                # In slices, so stop() is not kept waiting by a long 429 pause.
                await self._clock.sleep(min(wait, STOP_CHECK_SECONDS))
            if self._stopping:
                break
            self._limiter.chat_sent(chat)
            batch.append((item, target))
        claimed += await self._launch(batch)
        return claimed, hold

    async def _edit_target(self, item: OutboxItem) -> int | None:
        """The channel message an edit applies to; None: not yet known; 0: never (cancelled)."""
        sent = await self._store.outbox.latest_sent(item.article_id, item.chat_id, outbox.POST)
        if sent is not None and sent.message_id is not None:
            return sent.message_id
        post = await self._store.outbox.latest(item.article_id, item.chat_id, outbox.POST)
        if post is not None and post.state in (outbox.PENDING, outbox.SENDING):
            return None
        await self._store.outbox.complete(
            [Completion(item.id, outbox.CANCELLED, error="no channel post to edit")]
        )
        return 0

    async def _launch(self, batch: Sequence[tuple[OutboxItem, int | None]]) -> int:
        if not batch:
            return 0
        for _ in batch:
            await self._slots.acquire()
        if self._limiter.paused():  # a 429 arrived while we waited for a slot: not now
            for _ in batch:
                self._slots.release()
            return 0
        try:
            await self._store.outbox.claim([item.id for item, _ in batch])
        except BaseException:
            for _ in batch:  # nothing was claimed (one transaction): give the slots back
                self._slots.release()
            raise
        for item, target in batch:
            task = asyncio.create_task(self._deliver(item, target))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        return len(batch)

    async def _wait_in_flight(self) -> None:
        while self._in_flight:
            await asyncio.gather(*list(self._in_flight), return_exceptions=True)
        await self._flush()

    # --- one delivery ------------------------------------------------------------------------

    async def _payload(self, payload_id: int) -> RenderedMessage:
        cached = self._payloads.get(payload_id)
        if cached is None:
            cached = RenderedMessage.from_json(await self._store.outbox.payload(payload_id))
            self._payloads[payload_id] = cached
            if len(self._payloads) > PAYLOAD_CACHE:
                self._payloads.popitem(last=False)
        else:
            self._payloads.move_to_end(payload_id)
        return cached

    async def _deliver(self, item: OutboxItem, target: int | None) -> None:
        try:
            try:
                result = await self._send(item, target)
            except Exception as exc:
                result = self._on_error(item, exc)
            self._results.append(result)
            await self._flush()
        finally:
            self._slots.release()

    async def _send(self, item: OutboxItem, target: int | None) -> _Result:
        message = await self._payload(item.payload_id)
        refused: str | None = None
        if item.kind == outbox.EDIT:
            assert target is not None
            await self._bot(await photo.edit_request(self._store, item, message, target))
            message_id: int | None = target
        else:
            extra: dict[str, object] = {}
            if item.kind == outbox.CARD and self._settings.broadcast_paid:
                extra["allow_paid_broadcast"] = True
            sent, refused = await photo.send(self._bot, message, item.chat, **extra)
            message_id = sent.message_id
        if self._metrics is not None:
            self._metrics.message_sent()
        follow_ups = await self._after_sent(item, message_id)
        if refused is not None:  # sent as text; the admins hear of the photo once
            follow_ups += self._alerts(item, notices.photo_refused(item.article_id, refused))
            refused = photo.PHOTO_REFUSED + refused
        return _Result(
            Completion(item.id, outbox.SENT, message_id=message_id, error=refused),
            follow_ups=follow_ups,
        )

    async def _after_sent(self, item: OutboxItem, message_id: int | None) -> list[NewMessage]:
        if item.kind != outbox.POST or item.notify_chat_id is None:
            return []
        article = await self._store.articles.get(item.article_id)
        title = article.title if article is not None else f"№{item.article_id}"
        message = notices.published(item.article_id, title, post_link(self._settings, message_id))
        return [
            NewMessage(
                chat_id=item.notify_chat_id,
                kind=outbox.CONFIRM,
                payload=message.to_json(),
                article_id=item.article_id,
                generation=item.generation,
            )
        ]

    def _on_error(self, item: OutboxItem, exc: Exception) -> _Result:
        verdict = classify(exc, idempotent=item.kind in outbox.IDEMPOTENT_KINDS)
        now = self._clock.now()
        where = f"outbox #{item.id} ({item.kind} to {item.chat_id}, article {item.article_id})"
        if verdict.action is Action.SUCCESS:
            return _Result(Completion(item.id, outbox.SENT, error=None))
        if verdict.action is Action.RETRY_AFTER:
            if self._metrics is not None:
                self._metrics.rate_limited()
            self._limiter.pause(verdict.retry_after)
            log.warning("%s: 429, waiting %.0f s (%s)", where, verdict.retry_after, verdict.reason)
            return _Result(
                Completion(
                    item.id,
                    outbox.PENDING,
                    not_before=now + verdict.retry_after,
                    error=verdict.reason,
                )
            )
        if verdict.action is Action.BACKOFF:
            delay = retry_delay(item.attempts + 1)
            log.warning("%s: %s; retry in %.0f s", where, verdict.reason, delay)
            return _Result(
                Completion(item.id, outbox.PENDING, not_before=now + delay, error=verdict.reason)
            )
        if verdict.action is Action.BLOCKED:
            if self._metrics is not None:
                self._metrics.forbidden()
            if item.kind in (outbox.CARD, outbox.DIGEST):
                log.info("%s: 403, subscriber %s deactivated", where, item.chat_id)
                return _Result(
                    Completion(item.id, outbox.FAILED, error=f"blocked: {verdict.reason}"),
                    blocked_user=int(item.chat_id),
                )
            log.error("%s: 403 %s", where, verdict.reason)
            return _Result(
                Completion(item.id, outbox.FAILED, error=verdict.reason),
                follow_ups=self._alerts(
                    item, notices.failed(item.kind, item.article_id, verdict.reason)
                ),
            )
        if verdict.action is Action.UNKNOWN:
            log.error("%s: %s; not resent (at most once)", where, verdict.reason)
            return _Result(
                Completion(item.id, outbox.UNKNOWN, error=verdict.reason),
                follow_ups=self._alerts(
                    item, notices.unknown(item.kind, item.article_id, verdict.reason)
                ),
            )
        log.error("%s: failed: %s", where, verdict.reason)
        return _Result(
            Completion(item.id, outbox.FAILED, error=verdict.reason),
            follow_ups=self._alerts(
                item, notices.failed(item.kind, item.article_id, verdict.reason)
            ),
        )

    def _alerts(self, item: OutboxItem, message: RenderedMessage) -> list[NewMessage]:
        """One alert per admin per (article, kind, generation): a broadcast's thousand 400s are
        told once. Problems with messages to admins themselves are only logged (no loops)."""
        if item.kind not in _ALERT_KINDS:
            return []
        generation = _ALERT_CODE[item.kind] + 10 * (
            0 if item.kind == outbox.CARD else item.generation
        )
        payload = message.to_json()
        return [
            NewMessage(
                chat_id=admin,
                kind=outbox.ALERT,
                payload=payload,
                article_id=item.article_id,
                generation=generation,
            )
            for admin in sorted(self._settings.admin_ids)
        ]

    async def _flush(self) -> None:
        """Record finished deliveries: whoever holds the lock writes all that has piled up."""
        async with self._flush_lock:
            if not self._results:
                return
            results, self._results = self._results, []
            follow_ups = [message for result in results for message in result.follow_ups]
            try:
                await self._store.outbox.complete(
                    [result.completion for result in results],
                    follow_ups=follow_ups,
                    blocked_users=[r.blocked_user for r in results if r.blocked_user is not None],
                )
            except Exception:
                log.exception(
                    "outbox: could not record %d results; they stay 'sending'", len(results)
                )
                return
        if follow_ups or any(r.completion.state == outbox.PENDING for r in results):
            self._wake.set()


def outbox_waker(services: Iterable[object]) -> Callable[[], None]:
    """A callback that wakes every OutboxWorker among `services` (the Publisher's on_enqueue)."""
    workers = [service for service in services if isinstance(service, OutboxWorker)]

    def wake() -> None:
        for worker in workers:
            worker.wake()

    return wake
