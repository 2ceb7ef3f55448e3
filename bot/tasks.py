"""The one way a background service stops a task it may cancel.

Why one function: the scheduler, the topic-index warm-up and the feed poller each cancel a task
and wait for it; a task cancelled this way must not raise CancelledError into `stop()`.
"""

from __future__ import annotations

import asyncio
import contextlib


async def cancel_and_wait(task: asyncio.Task[None] | None) -> None:
    """Cancel `task` (if any) and wait until it has finished."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
