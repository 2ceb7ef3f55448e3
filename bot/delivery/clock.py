"""The delivery clock: wall time and sleeping, injectable so tests run on a fake clock.

Why wall time (not monotonic): `not_before` of a retry is stored in the outbox and must still
mean the same moment after a restart.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol


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
