"""Time, defined once: the clock the bot reads and sleeps on, the journal's time zone, and how
long to wait after consecutive failures.

Why one module: delivery, the feed poller, the render cache and the digest all wait, retry and
date things; with one `Clock` a test moves time for all of them the same way (a fake clock),
and with one `backoff_delay` every retry schedule reads the same.

Why wall time (not monotonic): an outbox retry's `not_before` and a feed's last success are
stored, and must still mean the same moment after a restart.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

# The journal dates its news in Moscow time; readers choose digest times in it too.
MOSCOW = ZoneInfo("Europe/Moscow")

_MAX_DOUBLINGS = 64  # 2.0 ** 1024 overflows; any cap is reached long before


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))


def utc_now(clock: Clock) -> datetime:
    """The clock's time as an aware UTC datetime (what the store keeps)."""
    return datetime.fromtimestamp(clock.now(), UTC)


def moscow_day_minute(clock: Clock) -> tuple[int, int]:
    """(the Moscow day as a date ordinal, minutes since Moscow midnight): what digest times
    are kept in."""
    local = datetime.fromtimestamp(clock.now(), MOSCOW)
    return local.date().toordinal(), local.hour * 60 + local.minute


def backoff_delay(attempt: int, *, base: float, cap: float) -> float:
    """Seconds to wait before try number `attempt` (1-based): base, base·2, base·4…, never
    above `cap` nor below `base`."""
    doublings = min(max(attempt - 1, 0), _MAX_DOUBLINGS)
    return min(base * 2.0**doublings, max(cap, base))
