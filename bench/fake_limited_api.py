"""A fake Bot API server on 127.0.0.1 that enforces Telegram's rate limits and answers 429.

Run as `python -m bench.fake_limited_api --global-rate 1020 --private-rate 34 --group-rate 680`
(rates per second; per-minute group limit ×60 is the caller's business). It prints
`port <n>` once listening, then serves until stdin closes or SIGTERM.

Enforcement, per request (any method):
- overall: a token bucket at `--global-rate` with `--burst-seconds` (default 0.25 s) of
  tolerance, i.e. at the real 30/s a burst of 7 messages is forgiven, not more;
- per chat: one message per 1/`--private-rate` s to a private chat (positive id) and one per
  1/`--group-rate` s to a group/channel (negative id or @username), with no tolerance.
A broken limit is answered 429 with `retry_after` (whole seconds, at least 1), as Telegram does.

Every accepted sendMessage is recorded by (chat_id, text hash), so duplicates can be counted;
GET /stats returns the counters as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import signal
import sys
import time
from collections import Counter
from typing import Any

from aiohttp import web


class Limits:
    def __init__(self, global_rate: float, private_rate: float, group_rate: float, burst: float):
        self.global_rate = global_rate
        self.capacity = max(1.0, global_rate * burst)
        self.tokens = self.capacity
        self.stamp = time.monotonic()
        self.private_interval = 1.0 / private_rate
        self.group_interval = 1.0 / group_rate
        self.next_for_chat: dict[str, float] = {}

    def check(self, chat: str) -> float:
        """0.0 when the request may pass (and is counted), else seconds until it could."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.global_rate)
        self.stamp = now
        allowed = self.next_for_chat.get(chat, 0.0)
        if now < allowed - 1e-4:
            return allowed - now
        if self.tokens < 1.0:
            return (1.0 - self.tokens) / self.global_rate
        self.tokens -= 1.0
        private = chat.lstrip("-").isdigit() and not chat.startswith("-")
        self.next_for_chat[chat] = now + (self.private_interval if private else self.group_interval)
        if len(self.next_for_chat) > 50_000:
            self.next_for_chat = {c: t for c, t in self.next_for_chat.items() if t > now}
        return 0.0


class FakeApi:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.received = 0
        self.accepted = 0
        self.rate_limited = 0
        self.seen: Counter[str] = Counter()
        self.first_at: float | None = None
        self.last_at: float | None = None
        self.message_ids = 0
        self.arrivals: list[float] = []
        self.limited_at: list[tuple[float, str, float]] = []

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        form: Any = await request.post()
        self.received += 1
        if method == "getMe":
            return _ok({"id": 1, "is_bot": True, "first_name": "Bench", "username": "bench_bot"})
        chat = str(form.get("chat_id", ""))
        wait = self.limits.check(chat)
        self.arrivals.append(time.monotonic())
        if wait > 0:
            self.limited_at.append((time.monotonic(), chat, wait))
            self.rate_limited += 1
            retry_after = max(1, math.ceil(wait))
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                }
            )
        now = time.monotonic()
        self.first_at = self.first_at or now
        self.last_at = now
        self.accepted += 1
        text = str(form.get("text", ""))
        self.seen[chat + "\0" + hashlib.sha1(text.encode()).hexdigest()] += 1
        self.message_ids += 1
        chat_obj: dict[str, Any]
        if chat.lstrip("-").isdigit() and not chat.startswith("-"):
            chat_obj = {"id": int(chat), "type": "private", "first_name": "R"}
        else:
            chat_obj = {"id": -1001000000001, "type": "channel", "title": "C"}
        return _ok({"message_id": self.message_ids, "date": int(time.time()), "chat": chat_obj})

    async def stats(self, request: web.Request) -> web.Response:
        duplicates = sum(n - 1 for n in self.seen.values() if n > 1)
        span = (self.last_at - self.first_at) if self.first_at and self.last_at else 0.0
        return web.json_response(
            {
                "received": self.received,
                "accepted": self.accepted,
                "rate_limited": self.rate_limited,
                "duplicates": duplicates,
                "span_seconds": span,
                "first_429s": [(t - (self.first_at or 0), c, w) for t, c, w in self.limited_at[:5]],
                "max_in_100ms": _max_window(self.arrivals, 0.1),
            }
        )


def _max_window(times: list[float], width: float) -> int:
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] < t - width:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def _ok(result: Any) -> web.Response:
    return web.Response(
        text=json.dumps({"ok": True, "result": result}), content_type="application/json"
    )


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--global-rate", type=float, default=30.0)
    parser.add_argument("--private-rate", type=float, default=1.0)
    parser.add_argument("--group-rate", type=float, default=20.0 / 60.0)
    parser.add_argument("--burst-seconds", type=float, default=0.25)
    args = parser.parse_args(argv)
    api = FakeApi(Limits(args.global_rate, args.private_rate, args.group_rate, args.burst_seconds))
    app = web.Application()
    app.router.add_get("/stats", api.stats)
    app.router.add_route("*", "/bot{token}/{method}", api.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(f"port {port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
    await stop.wait()
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
