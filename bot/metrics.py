"""Counters and gauges an operator scrapes from /metrics, plus the update-counting middleware.

Why hand-written and not prometheus_client: the bot needs a handful of numbers, and one small
class created in the app wiring (no global registry) is easy to pass through the Dispatcher's
workflow data (`metrics`) and to assert on in tests.

Record from anywhere that holds the instance:

    metrics.update_handled("message")      # done by UpdateCountingMiddleware
    metrics.message_sent()                 # delivery: a message reached Telegram
    metrics.rate_limited()                 # delivery: Telegram answered 429
    metrics.forbidden()                    # delivery: Telegram answered 403 (blocked, kicked)
    metrics.feed_fetch_failed()            # ingest: one poll failed
    metrics.feed_fetch_succeeded(at)       # ingest: one poll succeeded
    metrics.set_outbox_backlog(count_fn)   # an async callable giving the outbox backlog
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

BacklogSource = Callable[[], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The values at one moment; what /metrics and /healthz render."""

    updates: dict[str, int]
    messages_sent: int
    rate_limited: int
    forbidden: int
    feed_fetch_errors: int
    feed_consecutive_failures: int
    last_feed_success: datetime | None
    outbox_backlog: int | None


class Metrics:
    """The bot's counters and gauges. One instance per process, made in the app wiring."""

    def __init__(self) -> None:
        self.updates: Counter[str] = Counter()
        self.messages_sent_total = 0
        self.rate_limited_total = 0
        self.forbidden_total = 0
        self.feed_fetch_errors_total = 0
        self.feed_consecutive_failures = 0
        self.last_feed_success: datetime | None = None
        self._backlog: BacklogSource | None = None

    # --- recording ---------------------------------------------------------------------------

    def update_handled(self, kind: str) -> None:
        self.updates[kind] += 1

    def message_sent(self, count: int = 1) -> None:
        self.messages_sent_total += count

    def rate_limited(self) -> None:
        self.rate_limited_total += 1

    def forbidden(self) -> None:
        self.forbidden_total += 1

    def feed_fetch_failed(self) -> None:
        self.feed_fetch_errors_total += 1
        self.feed_consecutive_failures += 1

    def feed_fetch_succeeded(self, at: datetime) -> None:
        self.last_feed_success = at
        self.feed_consecutive_failures = 0

    def set_outbox_backlog(self, source: BacklogSource | None) -> None:
        """Where the backlog gauge is read from at scrape time (None: unknown)."""
        self._backlog = source

    # --- reading -----------------------------------------------------------------------------

    async def snapshot(self) -> Snapshot:
        """Current values; the backlog source is awaited here (its errors propagate)."""
        backlog = await self._backlog() if self._backlog is not None else None
        return Snapshot(
            updates=dict(self.updates),
            messages_sent=self.messages_sent_total,
            rate_limited=self.rate_limited_total,
            forbidden=self.forbidden_total,
            feed_fetch_errors=self.feed_fetch_errors_total,
            feed_consecutive_failures=self.feed_consecutive_failures,
            last_feed_success=self.last_feed_success,
            outbox_backlog=backlog,
        )


# One metric family: (name, type, help text, samples as (labels, value)).
_Family = tuple[str, str, str, list[tuple[str, float]]]

# The unlabelled families, in the order they are rendered: (name, type, help text, the
# snapshot's value — None for a gauge of what has not happened yet, which is left out).
_PLAIN: tuple[tuple[str, str, str, Callable[[Snapshot], float | None]], ...] = (
    (
        "interaffairs_messages_sent_total",
        "counter",
        "Messages delivered to Telegram.",
        lambda s: s.messages_sent,
    ),
    (
        "interaffairs_telegram_429_total",
        "counter",
        "Requests Telegram refused with 429 Too Many Requests.",
        lambda s: s.rate_limited,
    ),
    (
        "interaffairs_telegram_403_total",
        "counter",
        "Requests Telegram refused with 403 Forbidden (bot blocked or removed).",
        lambda s: s.forbidden,
    ),
    (
        "interaffairs_feed_fetch_errors_total",
        "counter",
        "Feed polls that failed.",
        lambda s: s.feed_fetch_errors,
    ),
    (
        "interaffairs_outbox_backlog",
        "gauge",
        "Outbox messages waiting to be sent.",
        lambda s: s.outbox_backlog,
    ),
    (
        "interaffairs_feed_last_success_timestamp_seconds",
        "gauge",
        "Unix time of the last successful feed poll.",
        lambda s: s.last_feed_success.timestamp() if s.last_feed_success else None,
    ),
)


def render_prometheus(snap: Snapshot) -> str:
    """The Prometheus text exposition format (version 0.0.4), one family per metric."""
    lines: list[str] = []
    for name, kind, help_text, samples in _families(snap):
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} {kind}")
        lines.extend(f"{name}{labels} {_number(value)}" for labels, value in samples)
    return "\n".join(lines) + "\n"


def _families(snap: Snapshot) -> list[_Family]:
    """Every family the snapshot has a value for: the updates by type, then `_PLAIN`."""
    updates = [(f'{{type="{_label(kind)}"}}', float(n)) for kind, n in sorted(snap.updates.items())]
    families: list[_Family] = [
        (
            "interaffairs_updates_total",
            "counter",
            "Telegram updates handled, by update type.",
            updates,
        )
    ]
    for name, kind, help_text, value_of in _PLAIN:
        value = value_of(snap)
        if value is not None:
            families.append((name, kind, help_text, [("", value)]))
    return families


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class UpdateCountingMiddleware(BaseMiddleware):
    """Outer middleware on `dp.update`: counts every incoming update by its type."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update):
            try:
                kind = event.event_type
            except Exception:  # aiogram raises for update types it does not know yet
                kind = "unknown"
            self._metrics.update_handled(kind)
        return await handler(event, data)
