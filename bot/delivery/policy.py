"""What a failed send means, decided in one place: retry, wait, give up, or "we cannot know".

429 TelegramRetryAfter          wait retry_after (the whole sender pauses), retry; never dropped
5xx TelegramServerError         retry with capped exponential backoff (BACKOFF_SCHEDULE)
network error before sending    retry with the same backoff (connection refused, DNS, …)
network error after sending     the outcome is unknown (timeout, connection dropped): an
                                idempotent edit is retried; a new message is not resent
403 TelegramForbiddenError      the chat blocked or removed the bot: subscriber deactivated
400 and other API errors        failed, with Telegram's reason; admins are told once
"message is not modified"       an edit that was already applied: success
"""

from __future__ import annotations

import asyncio
import errno
from dataclasses import dataclass
from enum import Enum

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiohttp import ClientConnectorError

from bot.clock import backoff_delay

BACKOFF_BASE = 1.0
BACKOFF_CAP = 300.0


def retry_delay(attempt: int) -> float:
    """Seconds before retry number `attempt` (1-based): 1, 2, 4, 8, …, 256, then 300 for ever."""
    return backoff_delay(attempt, base=BACKOFF_BASE, cap=BACKOFF_CAP)


class Action(Enum):
    SUCCESS = "success"
    RETRY_AFTER = "retry_after"
    BACKOFF = "backoff"
    BLOCKED = "blocked"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Verdict:
    action: Action
    reason: str
    retry_after: float = 0.0


_NOT_SENT_MARKERS = ("ClientConnectorError", "Cannot connect to host", "Connection refused")


def never_left(exc: BaseException) -> bool:
    """True when the request certainly did not reach Telegram (we could not even connect)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ClientConnectorError | ConnectionRefusedError):
            return True
        if isinstance(current, OSError) and current.errno == errno.ECONNREFUSED:
            return True
        current = current.__cause__ or current.__context__
    text = str(getattr(exc, "message", "")) or str(exc)
    return any(marker in text for marker in _NOT_SENT_MARKERS)


def _describe(exc: BaseException) -> str:
    text = str(getattr(exc, "message", "")) or str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def classify(exc: BaseException, *, idempotent: bool) -> Verdict:
    """The verdict for one failed send; `idempotent` sends (edits) may be repeated safely."""
    reason = _describe(exc)
    if isinstance(exc, TelegramRetryAfter):
        return Verdict(Action.RETRY_AFTER, reason, float(exc.retry_after))
    if isinstance(exc, TelegramBadRequest) and "message is not modified" in reason:
        return Verdict(Action.SUCCESS, reason)
    if isinstance(exc, TelegramForbiddenError):
        return Verdict(Action.BLOCKED, reason)
    if isinstance(exc, TelegramServerError):
        return Verdict(Action.BACKOFF, reason)
    if isinstance(exc, TelegramMigrateToChat):
        return Verdict(Action.FAILED, f"{reason} (new chat id {exc.migrate_to_chat_id})")
    if isinstance(exc, TelegramEntityTooLarge):
        return Verdict(Action.FAILED, reason)
    if isinstance(exc, TelegramNetworkError | asyncio.TimeoutError | OSError):
        if never_left(exc) or idempotent:
            return Verdict(Action.BACKOFF, reason)
        return Verdict(Action.UNKNOWN, f"outcome unknown: {reason}")
    if isinstance(exc, TelegramAPIError):
        return Verdict(Action.FAILED, reason)
    # Anything else is a bug somewhere between us and the socket; at most once says: do not
    # guess that it was not sent.
    if idempotent:
        return Verdict(Action.BACKOFF, reason)
    return Verdict(Action.UNKNOWN, f"outcome unknown: {type(exc).__name__}: {reason}")
