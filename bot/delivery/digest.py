"""The daily digest service: once a day, at each reader's chosen Moscow time, one message with
the articles published for them in the 24 hours before (their topics, or everything).

Why it is cheap: the articles of a window are few (tens a day), so each article's matching
readers are looked up once in the topic index (storage.topics) and every reader's digest is a
few set look-ups; identical digests (same articles, same language) are rendered once and stored
once (the outbox keeps each payload once). Readers are handled in pages by user id.

Why it cannot repeat: a digest is an outbox row unique on (0, reader, 'digest', Moscow day), and
the reader's `digest_day` is set after their page is enqueued, so a restart (even a crash
between the two) finds the day done or the row already there. Like everything else it is sent
by the outbox worker, within Telegram's limits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from aiogram import Bot

from bot.clock import MOSCOW, Clock, SystemClock, moscow_day_minute
from bot.render.digest import render_digest
from bot.texts import lang_for
from storage import Store, outbox
from storage.models import Article
from storage.outbox import NewMessage
from storage.topics_digest import DigestReader

log = logging.getLogger(__name__)

POLL_SECONDS = 30.0
PAGE_SIZE = 5000
DAY_SECONDS = 86_400


@dataclass
class _Day:
    """What one run knows about the day: windows, articles, matches, finished renderings."""

    day: date
    bot_username: str
    windows: dict[int, list[tuple[int, list[str]]]] = field(default_factory=dict)
    matched: dict[int, set[int]] = field(default_factory=dict)
    articles: dict[int, Article] = field(default_factory=dict)
    payloads: dict[tuple[tuple[int, ...], str], str] = field(default_factory=dict)


class DigestService:
    """Started and stopped with the bot; tests call `run_due()` on a fake clock."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        *,
        clock: Clock | None = None,
        on_enqueue: Callable[[], None] | None = None,
        poll_seconds: float = POLL_SECONDS,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._bot = bot
        self._store = store
        self._clock = clock or SystemClock()
        self._on_enqueue = on_enqueue
        self._poll = poll_seconds
        self._page = page_size
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._stop.clear()
        self._task = asyncio.create_task(self._loop(), name="digests")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                await self.run_due()
            except Exception:
                log.exception("digests: a run failed; trying again later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self._poll)

    async def run_due(self) -> int:
        """Enqueue the digests whose time has come today; returns how many were enqueued."""
        day, minute = moscow_day_minute(self._clock)
        readers = await self._store.digests.due(day, minute, limit=self._page)
        if not readers:
            return 0  # the usual case, every poll but one a day: not even getMe
        me = await self._bot.me()
        state = _Day(date.fromordinal(day), me.username or "")
        enqueued = 0
        while readers:
            messages = [m for r in readers if (m := await self._digest(state, r)) is not None]
            enqueued += await self._store.outbox.enqueue_batch(messages)
            await self._store.digests.mark_done([r.user_id for r in readers], day)
            readers = await self._store.digests.due(
                day, minute, after_user=readers[-1].user_id, limit=self._page
            )
        if enqueued:
            log.info("digests: %d enqueued for %s", enqueued, state.day.isoformat())
            if self._on_enqueue is not None:
                self._on_enqueue()
        return enqueued

    async def _digest(self, state: _Day, reader: DigestReader) -> NewMessage | None:
        window = await self._window(state, reader.digest_minute)
        chosen = tuple(
            article_id
            for article_id, _ in window
            if reader.everything or reader.user_id in state.matched[article_id]
        )
        if not chosen:
            return None  # nothing new for this reader today: no message
        lang = lang_for(reader.language)
        key = (chosen, lang.value)
        payload = state.payloads.get(key)
        if payload is None:
            found = [state.articles[i] for i in chosen if i in state.articles]
            payload = render_digest(found, state.day, state.bot_username, lang).to_json()
            state.payloads[key] = payload
        return NewMessage(
            chat_id=reader.user_id,
            kind=outbox.DIGEST,
            payload=payload,
            generation=state.day.toordinal(),
            priority=1,
        )

    async def _window(self, state: _Day, digest_minute: int) -> Sequence[tuple[int, list[str]]]:
        """Articles published in the 24 hours before today's `digest_minute`, newest first,
        with their matching readers and the articles themselves loaded once per run."""
        window = state.windows.get(digest_minute)
        if window is not None:
            return window
        midnight = datetime.combine(state.day, datetime.min.time(), MOSCOW)
        end = (midnight + timedelta(minutes=digest_minute)).timestamp()
        window = await self._store.topics.published_between(end - DAY_SECONDS, end)
        state.windows[digest_minute] = window
        missing = [article_id for article_id, _ in window if article_id not in state.matched]
        for article_id, terms in window:
            if article_id not in state.matched:
                state.matched[article_id] = await self._store.topics.matching_readers(terms)
        state.articles.update(await self._store.articles.get_many(missing))
        return window
