"""What a failed send means, decided in one place: a fault, then the decision table.

A send ends `Delivered`, or `Failed` with one `Fault`:

RATE_LIMITED   429 with retry_after
SERVER         HTTP 5xx, whatever the body (a gateway's HTML page too): Telegram did not answer
NOT_SENT       provably never reached Telegram: the connection was never established, or it
               failed before the request was written
AMBIGUOUS      may have reached Telegram: reset or timeout after the request was written, a
               2xx that cannot be read, a bug between us and the socket
BLOCKED        403: the chat blocked or removed the bot
NOT_MODIFIED   400 "message is not modified": an edit that is already applied
REFUSED        400 and every other answer

Each kind of delivery has a `Guarantee`, and `DECISIONS[fault][guarantee]` is the `Action`:

| fault        | post (at most once) | edit (idempotent) | card, preview, … (at least once)    |
|--------------|---------------------|-------------------|-------------------------------------|
| RATE_LIMITED | WAIT                | WAIT              | WAIT                                |
| SERVER       | RETRY               | RETRY             | RETRY                               |
| NOT_SENT     | RETRY               | RETRY             | RETRY                               |
| AMBIGUOUS    | UNKNOWN             | RETRY             | RESEND (a 2nd doubt in a row: UNKNOWN) |
| BLOCKED      | FAIL                | FAIL              | BLOCK (a reader) / FAIL (an admin)  |
| NOT_MODIFIED | FAIL                | SENT              | FAIL                                |
| REFUSED      | FAIL                | FAIL              | FAIL                                |

Why a post is never resent on doubt: a duplicate in the channel is seen by everyone, while a
missing one is one tap for an admin (the alert carries «Опубликовать ещё раз» / «Всё в
порядке»). Why a card is: a reader would rather get a card twice on a rare network fault than
never; a second doubt in a row ends in UNKNOWN, so a sick network cannot flood anyone.
"""

from __future__ import annotations

import asyncio
import errno
from dataclasses import dataclass
from enum import StrEnum

from aiogram.exceptions import (
    ClientDecodeError,
    RestartingTelegram,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiohttp import ClientConnectorError, ConnectionTimeoutError

from bot.clock import backoff_delay
from storage.outbox import Kind

BACKOFF_BASE = 1.0
BACKOFF_CAP = 300.0
DOUBT = "outcome unknown: "  # how the reason of an AMBIGUOUS failure starts (stored as error)


def retry_delay(attempt: int) -> float:
    """Seconds before retry number `attempt` (1-based): 1, 2, 4, 8, …, 256, then 300 for ever."""
    return backoff_delay(attempt, base=BACKOFF_BASE, cap=BACKOFF_CAP)


class Fault(StrEnum):
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    NOT_SENT = "not_sent"
    AMBIGUOUS = "ambiguous"
    BLOCKED = "blocked"
    NOT_MODIFIED = "not_modified"
    REFUSED = "refused"


class Guarantee(StrEnum):
    AT_MOST_ONCE = "at most once"
    IDEMPOTENT = "idempotent"
    AT_LEAST_ONCE = "at least once"


class Action(StrEnum):
    SENT = "sent"  # count it as delivered
    WAIT = "wait"  # the whole sender pauses retry_after, then the row goes again
    RETRY = "retry"  # again after retry_delay(attempts), for as long as it takes
    RESEND = "resend"  # again after backoff, once: a second doubt in a row is UNKNOWN
    BLOCK = "block"  # the reader blocked the bot: deactivate them, no retry
    FAIL = "fail"  # failed for good, with Telegram's reason; the admins are told
    UNKNOWN = "unknown"  # may or may not have arrived; not resent; the admins are told


GUARANTEES: dict[Kind, Guarantee] = {
    Kind.POST: Guarantee.AT_MOST_ONCE,
    Kind.EDIT: Guarantee.IDEMPOTENT,
    Kind.CARD: Guarantee.AT_LEAST_ONCE,
    Kind.PREVIEW: Guarantee.AT_LEAST_ONCE,
    Kind.CONFIRM: Guarantee.AT_LEAST_ONCE,
    Kind.DIGEST: Guarantee.AT_LEAST_ONCE,
    Kind.ALERT: Guarantee.AT_LEAST_ONCE,
}
READER_KINDS = frozenset({Kind.CARD, Kind.DIGEST})  # a 403 there means a reader left

_M, _I, _L = Guarantee.AT_MOST_ONCE, Guarantee.IDEMPOTENT, Guarantee.AT_LEAST_ONCE
DECISIONS: dict[Fault, dict[Guarantee, Action]] = {
    Fault.RATE_LIMITED: {_M: Action.WAIT, _I: Action.WAIT, _L: Action.WAIT},
    Fault.SERVER: {_M: Action.RETRY, _I: Action.RETRY, _L: Action.RETRY},
    Fault.NOT_SENT: {_M: Action.RETRY, _I: Action.RETRY, _L: Action.RETRY},
    Fault.AMBIGUOUS: {_M: Action.UNKNOWN, _I: Action.RETRY, _L: Action.RESEND},
    Fault.BLOCKED: {_M: Action.FAIL, _I: Action.FAIL, _L: Action.BLOCK},
    Fault.NOT_MODIFIED: {_M: Action.FAIL, _I: Action.SENT, _L: Action.FAIL},
    Fault.REFUSED: {_M: Action.FAIL, _I: Action.FAIL, _L: Action.FAIL},
}


@dataclass(frozen=True, slots=True)
class Delivered:
    """Telegram accepted the request; `message_id` of the message sent or edited."""

    message_id: int | None


@dataclass(frozen=True, slots=True)
class Failed:
    """The request did not (provably, or maybe not) get through."""

    fault: Fault
    reason: str
    retry_after: float = 0.0


Outcome = Delivered | Failed


def decide(fault: Fault, kind: Kind, *, last_error: str | None = None) -> Action:
    """The table's action for a `kind` delivery that failed with `fault`; `last_error` is the
    row's previous failure (a doubt there makes this doubt final)."""
    action = DECISIONS[fault][GUARANTEES[kind]]
    if action is Action.RESEND and (last_error or "").startswith(DOUBT):
        return Action.UNKNOWN
    if action is Action.BLOCK and kind not in READER_KINDS:
        return Action.FAIL  # an admin chat that refuses us is a problem to report, not a reader
    return action


def api_fault(status: int, description: str, retry_after: float | None = None) -> Failed:
    """A Bot API error answer (or any HTTP error status) as a fault."""
    if retry_after:
        return Failed(Fault.RATE_LIMITED, description, float(retry_after))
    if status == 429:
        return Failed(Fault.RATE_LIMITED, description, 1.0)
    if status >= 500:
        return Failed(Fault.SERVER, description)
    if status == 403:
        return Failed(Fault.BLOCKED, description)
    if status == 400 and "message is not modified" in description:
        return Failed(Fault.NOT_MODIFIED, description)
    return Failed(Fault.REFUSED, description)


_WRITE_FAILED_MARKERS = ("Can not write request body", "Failed to send bytes into")
_NOT_CONNECTED_MARKERS = ("ClientConnectorError", "Cannot connect to host", "Connection refused")


def never_left(exc: BaseException) -> bool:
    """True when the request provably did not reach Telegram: the connection was never
    established, or writing the request failed (so the server never had a whole request)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ClientConnectorError | ConnectionTimeoutError):
            return True
        if isinstance(current, ConnectionRefusedError):
            return True
        if isinstance(current, OSError) and current.errno == errno.ECONNREFUSED:
            return True
        if any(marker in str(current) for marker in _WRITE_FAILED_MARKERS):
            return True
        current = current.__cause__ or current.__context__
    text = str(getattr(exc, "message", "")) or str(exc)
    return any(marker in text for marker in _NOT_CONNECTED_MARKERS)


def describe(exc: BaseException) -> str:
    """One line about an exception, at most 300 characters."""
    text = str(getattr(exc, "message", "")) or str(exc) or type(exc).__name__
    return text.splitlines()[0][:300] if text.strip() else type(exc).__name__


def network_fault(exc: BaseException) -> Failed:
    """A send that got no answer: NOT_SENT when provably so, else AMBIGUOUS."""
    reason = describe(exc)
    if never_left(exc):
        return Failed(Fault.NOT_SENT, reason)
    return Failed(Fault.AMBIGUOUS, DOUBT + reason)


_STATUS_OF: tuple[tuple[type[TelegramAPIError], int], ...] = (
    (TelegramForbiddenError, 403),
    (TelegramNotFound, 404),
    (TelegramConflictError, 409),
    (TelegramUnauthorizedError, 401),
    (TelegramEntityTooLarge, 413),
    (RestartingTelegram, 500),
    (TelegramServerError, 500),
    (TelegramBadRequest, 400),
)


def classify(exc: BaseException) -> Failed:
    """What an exception from aiogram's own request path means (the fallback transport)."""
    reason = describe(exc)
    if isinstance(exc, TelegramRetryAfter):
        return Failed(Fault.RATE_LIMITED, reason, float(exc.retry_after))
    if isinstance(exc, TelegramMigrateToChat):
        return Failed(Fault.REFUSED, f"{reason} (new chat id {exc.migrate_to_chat_id})")
    if isinstance(exc, ClientDecodeError):
        # No status to look at, and a body that is not the Bot API's JSON: a gateway's page.
        return Failed(Fault.SERVER, f"not a Bot API answer: {reason}")
    if isinstance(exc, TelegramNetworkError | asyncio.TimeoutError | OSError):
        return network_fault(exc)
    if isinstance(exc, TelegramAPIError):
        status = next((code for cls, code in _STATUS_OF if isinstance(exc, cls)), 400)
        return api_fault(status, reason)
    # Anything else is a bug somewhere between us and the socket: do not guess it was not sent.
    return Failed(Fault.AMBIGUOUS, f"{DOUBT}{type(exc).__name__}: {reason}")
