"""Telegram's rate limits on our side, so the server never has to say 429.

Two rules (defaults: Telegram's published guidance):
- overall: `rate_global_per_second` messages per second (1000/s with paid broadcasts), a token
  bucket refilled continuously; a 429 pauses it for `retry_after`;
- per chat: one message per `1/rate_private_per_second` seconds to a private chat, and
  `rate_group_per_minute` per minute to a group or channel, kept as each chat's next allowed time.
All timing comes from an injected Clock, so tests advance time instead of sleeping.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.clock import Clock

if TYPE_CHECKING:
    from bot.config import Settings

PAID_BROADCAST_PER_SECOND = 1000.0
BURST_SECONDS = 0.05  # bucket capacity: this many seconds' worth of messages (at least one)
PRUNE_EVERY = 4096
_EPSILON = 1e-6  # chat entries are dropped once their next allowed time has passed


@dataclass(frozen=True, slots=True)
class Limits:
    global_per_second: float
    private_per_second: float
    group_per_minute: float
    paid_broadcast: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        overall = (
            PAID_BROADCAST_PER_SECOND
            if settings.broadcast_paid
            else settings.rate_global_per_second
        )
        return cls(
            global_per_second=overall,
            private_per_second=settings.rate_private_per_second,
            group_per_minute=settings.rate_group_per_minute,
            paid_broadcast=settings.broadcast_paid,
        )


def is_private(chat_id: int | str) -> bool:
    """Private chats have positive ids; groups and channels negative ids or an @username."""
    return isinstance(chat_id, int) and chat_id > 0


class RateLimiter:
    """Token bucket overall plus per-chat spacing; every wait is a number the caller sleeps."""

    def __init__(
        self, limits: Limits, clock: Clock, *, burst_seconds: float = BURST_SECONDS
    ) -> None:
        self.limits = limits
        self._clock = clock
        self._rate = limits.global_per_second
        # At 30/s the bucket holds one token (messages evenly spaced); at 1000/s it holds 50,
        # so the worker claims and launches batches instead of waking up every millisecond.
        self._capacity = max(1.0, self._rate * burst_seconds)
        self._want = max(1.0, self._capacity / 2)  # an empty bucket waits for half of it
        self._draining = False
        self._tokens = self._capacity
        self._stamp = clock.now()
        self._paused_until = 0.0
        self._next_for_chat: dict[int | str, float] = {}
        self._commits = 0

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._stamp)
        self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
        self._stamp = now

    def take(self) -> float:
        """Take one overall token: 0.0 when taken, else the seconds to wait (nothing taken)."""
        now = self._clock.now()
        if now < self._paused_until:
            return self._paused_until - now
        self._refill(now)
        # Hand tokens out in runs: once half a bucket is there, until it is empty; then wait
        # for half a bucket again. The worker thus claims batches, not one row per wake-up,
        # and a late wake-up only adds tokens (the bucket cannot overflow meanwhile), so the
        # long-run rate stays the limit.
        if self._tokens >= self._want - _EPSILON:
            self._draining = True
        if self._draining and self._tokens >= 1.0 - _EPSILON:
            self._tokens = max(0.0, self._tokens - 1.0)
            return 0.0
        self._draining = False
        return (self._want - self._tokens) / self._rate

    def chat_wait(self, chat_id: int | str) -> float:
        """Seconds until `chat_id` may receive again (0.0: now)."""
        allowed = self._next_for_chat.get(chat_id)
        if allowed is None:
            return 0.0
        wait = allowed - self._clock.now()
        return wait if wait > _EPSILON else 0.0

    def chat_sent(self, chat_id: int | str) -> None:
        """Record a message to `chat_id` now: its next one waits one interval."""
        now = self._clock.now()
        if is_private(chat_id):
            interval = 1.0 / self.limits.private_per_second
        else:
            interval = 60.0 / self.limits.group_per_minute
        self._next_for_chat[chat_id] = now + interval
        self._commits += 1
        if self._commits % PRUNE_EVERY == 0:
            self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nothing goes out for `seconds` (and the bucket starts empty)."""
        until = self._clock.now() + seconds
        if until > self._paused_until:
            self._paused_until = until
            self._tokens = 0.0
            self._stamp = until

    def paused(self) -> bool:
        """True while a 429's retry_after runs."""
        return self._clock.now() < self._paused_until

    @property
    def tracked_chats(self) -> int:
        return len(self._next_for_chat)
