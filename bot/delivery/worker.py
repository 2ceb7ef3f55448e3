"""The outbox worker: drains the outbox within Telegram's limits, inside the bot process.

How a row travels: the worker reads a page of due rows (never the whole backlog), takes a rate
token for each (overall bucket + the chat's own spacing), marks the batch `sending` in one
transaction, sends each concurrently (at most `max_in_flight` at once), and records how they
ended in batched transactions, together with what they cause (a blocked subscriber, the admin's
"published" confirmation, an alert). A row is `sending` only while its request may be on the
wire or its result is not yet written, so after kill -9 the rows still `sending` are exactly
the ones whose outcome is unknown.

Fast path: what is shared by every recipient of a payload (text, entities, markup, the
serialised request body) is built once per payload (`transport.prepare`); a send only adds the
chat id. Results are written by one flusher task, as many per transaction as have piled up.

Started and stopped with the dispatcher (`start()` / `stop()`); tests drive it with `drain()`
on a fake clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiogram import Bot

from bot.clock import Clock, SystemClock
from bot.delivery import photo
from bot.delivery.limiter import Limits, RateLimiter
from bot.delivery.outcomes import Outcomes, Result, where
from bot.delivery.policy import Failed, Fault, Outcome
from bot.delivery.transport import REQUEST_TIMEOUT, Prepared, Transport, prepare, transport_for
from bot.render.message import RenderedMessage
from storage.outbox import Completion, Kind, NewMessage, OutboxItem, State

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


@dataclass(frozen=True, slots=True)
class EditReady:
    """The channel post is out: edit message `message_id`."""

    message_id: int


@dataclass(frozen=True, slots=True)
class EditWait:
    """The post is still on its way: look again in EDIT_WAIT_SECONDS."""


@dataclass(frozen=True, slots=True)
class EditCancelled:
    """There is no post to edit, and none is coming: the edit is cancelled."""

    reason: str = "no channel post to edit"


EditTarget = EditReady | EditWait | EditCancelled


@dataclass(frozen=True, slots=True)
class _Request:
    """What goes out for a row: the prepared request, and for a photo post the same message as
    text, sent at once if Telegram refuses the photo (see bot.delivery.photo)."""

    main: Prepared
    text_fallback: Prepared | None = None


def edit_target(sent: OutboxItem | None, latest: OutboxItem | None) -> EditTarget:
    """Where an edit applies: the newest sent post of its article; `latest` is the newest post
    row whatever its state (a pending or sending one means: wait)."""
    if sent is not None and sent.message_id is not None:
        return EditReady(sent.message_id)
    if latest is not None and latest.state in (State.PENDING, State.SENDING):
        return EditWait()
    return EditCancelled()


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
        transport: Transport | None = None,
        request_timeout: float = REQUEST_TIMEOUT,
        page_size: int = PAGE_SIZE,
        max_in_flight: int = MAX_IN_FLIGHT,
    ) -> None:
        self._bot = bot
        self._store = store
        self._settings = settings
        self._clock = clock or SystemClock()
        self._limiter = limiter or RateLimiter(Limits.from_settings(settings), self._clock)
        self._transport = transport or transport_for(bot, timeout=request_timeout)
        self._outcomes = Outcomes(settings, store, self._limiter, self._clock, metrics)
        if metrics is not None:
            metrics.set_outbox_backlog(store.outbox.backlog)
        self._page_size = page_size
        self._slots = asyncio.Semaphore(max_in_flight)
        self._in_flight: set[asyncio.Task[None]] = set()
        self._results: list[Result] = []
        self._flush_lock = asyncio.Lock()
        self._flusher: asyncio.Task[None] | None = None
        self._prepared: OrderedDict[tuple[int, Kind], _Request] = OrderedDict()
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
            log.warning("%s was in flight at the last stop; resending (idempotent)", where(item))
        follow_ups: list[NewMessage] = []
        for item in lost:
            log.warning(
                "%s was in flight at the last stop; outcome unknown, not resent", where(item)
            )
            notice = await self._outcomes.unknown_notice(item, "the bot stopped while sending it")
            follow_ups += self._outcomes.alerts(item, notice)
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
        cancelled: list[Completion] = []
        claimed = 0
        hold = 0.0
        for item in page:
            if self._stopping:
                break
            wait = self._limiter.chat_wait(item.chat)
            target: int | None = None
            if wait <= 0 and item.kind is Kind.EDIT:
                found = await self._edit_target(item)
                if isinstance(found, EditCancelled):
                    cancelled.append(Completion(item.id, State.CANCELLED, error=found.reason))
                    continue
                wait = EDIT_WAIT_SECONDS if isinstance(found, EditWait) else 0.0
                target = found.message_id if isinstance(found, EditReady) else None
            if wait > 0:
                hold = wait if not hold else min(hold, wait)
                continue
            while (wait := self._limiter.take()) > 0 and not self._stopping:
                if batch:  # launch what we hold, then look again: launching took time too
                    claimed += await self._launch(batch)
                    batch = []
                    continue
                # In slices, so stop() is not kept waiting by a long 429 pause.
                await self._clock.sleep(min(wait, STOP_CHECK_SECONDS))
            if self._stopping:
                break
            self._limiter.chat_sent(item.chat)
            batch.append((item, target))
        claimed += await self._launch(batch)
        if cancelled:
            await self._store.outbox.complete(cancelled)
        return claimed, hold

    async def _edit_target(self, item: OutboxItem) -> EditTarget:
        outbox = self._store.outbox
        sent = await outbox.latest_sent(item.article_id, item.chat_id, Kind.POST)
        ready = sent is not None and sent.message_id is not None
        latest = None if ready else await outbox.latest(item.article_id, item.chat_id, Kind.POST)
        return edit_target(sent, latest)

    async def _launch(self, batch: Sequence[tuple[OutboxItem, int | None]]) -> int:
        if not batch:
            return 0
        prepared = [await self._prepare(item) for item, _ in batch]
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
        for (item, target), request in zip(batch, prepared, strict=True):
            task = asyncio.create_task(self._deliver(item, request, target))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        return len(batch)

    async def _wait_in_flight(self) -> None:
        while self._in_flight:
            await asyncio.gather(*list(self._in_flight), return_exceptions=True)
        if self._flusher is not None:
            await asyncio.gather(self._flusher, return_exceptions=True)
        await self._flush()

    # --- one delivery ------------------------------------------------------------------------

    async def _prepare(self, item: OutboxItem) -> _Request:
        """The request for `item` minus its recipient: built once per (payload, kind). An edit
        is built each time: whether it edits a caption or a text depends on the live post."""
        key = (item.payload_id, item.kind)
        cached = self._prepared.get(key)
        if cached is not None:
            self._prepared.move_to_end(key)
            return cached
        message = RenderedMessage.from_json(await self._store.outbox.payload(item.payload_id))
        if item.kind is Kind.EDIT:  # chat_id / message_id are filled in per send
            edit = await photo.edit_request(self._store, item, message, 0)
            return _Request(prepare(self._bot, edit))
        request = self._request(item.kind, message)
        self._prepared[key] = request
        if len(self._prepared) > PAYLOAD_CACHE:
            self._prepared.popitem(last=False)
        return request

    def _request(self, kind: Kind, message: RenderedMessage) -> _Request:
        """The one place a row becomes a Bot API request (message.send_method decides photo or
        text); chat_id is a placeholder the transport fills in per send."""
        extra: dict[str, Any] = {}
        if kind is Kind.CARD and self._settings.broadcast_paid:
            extra["allow_paid_broadcast"] = True
        main = prepare(self._bot, message.send_method(0, **extra))
        if message.photo is None:
            return _Request(main)
        return _Request(main, prepare(self._bot, message.without_photo().send_method(0, **extra)))

    async def _deliver(self, item: OutboxItem, request: _Request, target: int | None) -> None:
        """Send, work out the result and hand it to the flusher. The slot is freed only once
        the result is written, so at most `max_in_flight` rows are ever `sending`: that is
        all a crash can leave with an unknown outcome."""
        try:
            outcome, refused = await self._send(item, request, target)
            result = await self._outcomes.result(item, outcome, target, photo_refused=refused)
        except Exception:  # a bug in recording must not lose the row's state silently
            self._slots.release()
            log.exception("%s: could not work out its result; it stays 'sending'", where(item))
            return
        self._results.append(result)
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._flush_while_results())

    async def _send(
        self, item: OutboxItem, request: _Request, target: int | None
    ) -> tuple[Outcome, str | None]:
        """The send, and for a photo Telegram refuses (400 and the like) the same message as
        text at once. Returns the outcome and the photo's refusal (None when not refused)."""
        outcome = await self._transport.send(request.main, item.chat, target)
        fallback = request.text_fallback
        if (
            fallback is None
            or not isinstance(outcome, Failed)
            or outcome.fault is not Fault.REFUSED
        ):
            return outcome, None
        log.warning("%s: photo refused (%s); sending as text", where(item), outcome.reason)
        return await self._transport.send(fallback, item.chat, target), outcome.reason

    async def _flush_while_results(self) -> None:
        """One flusher at a time writes everything that piled up since its last write."""
        try:
            while self._results:
                await self._flush()
        finally:
            self._flusher = None

    async def _flush(self) -> None:
        """Record finished deliveries in one transaction."""
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
            finally:
                for _ in results:
                    self._slots.release()
        if follow_ups or any(r.completion.state is State.PENDING for r in results):
            self._wake.set()
