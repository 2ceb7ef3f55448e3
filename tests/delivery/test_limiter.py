"""The rate limiter on a fake clock: overall bucket, per-chat spacing, 429 pause, paid mode."""

from __future__ import annotations

from bot.config import Settings
from bot.delivery.limiter import PAID_BROADCAST_PER_SECOND, Limits, RateLimiter
from tests.delivery.fakes import FakeClock

LIMITS = Limits(global_per_second=30, private_per_second=1, group_per_minute=20)


def _drain_tokens(limiter: RateLimiter, clock: FakeClock, seconds: float) -> int:
    """How many overall tokens one second-by-tick loop obtains in `seconds`."""
    taken = 0
    end = clock.t + seconds
    while clock.t < end:
        wait = limiter.take()
        if wait == 0:
            taken += 1
        else:
            clock.t += wait
    return taken


def test_overall_rate_is_thirty_per_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter(LIMITS, clock)
    assert _drain_tokens(limiter, clock, 10.0) in (300, 301)


def test_private_chat_once_a_second_group_twenty_a_minute() -> None:
    clock = FakeClock()
    limiter = RateLimiter(LIMITS, clock)
    limiter.chat_sent(42)
    limiter.chat_sent("@channel")
    limiter.chat_sent(-100123)
    assert limiter.chat_wait(42) == 1.0
    assert limiter.chat_wait("@channel") == 3.0
    assert limiter.chat_wait(-100123) == 3.0
    assert limiter.chat_wait(43) == 0.0
    clock.t += 1.0
    assert limiter.chat_wait(42) == 0.0


def test_429_pauses_everything_for_retry_after() -> None:
    clock = FakeClock()
    limiter = RateLimiter(LIMITS, clock)
    limiter.pause(5)
    assert limiter.take() == 5.0
    clock.t += 5.0
    assert limiter.take() > 0  # the bucket starts empty after a pause
    clock.t += 1 / 30
    assert limiter.take() == 0.0


def test_paid_broadcast_lifts_the_overall_limit(settings: Settings) -> None:
    paid = settings.model_copy(update={"broadcast_paid": True})
    assert Limits.from_settings(paid).global_per_second == PAID_BROADCAST_PER_SECOND
    assert Limits.from_settings(settings).global_per_second == 30.0
