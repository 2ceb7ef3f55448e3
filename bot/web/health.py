"""GET /healthz and GET /metrics: what a load balancer and Prometheus ask the bot.

/healthz answers 200 with a JSON report when the bot can do its work, 503 with the same report
when it cannot. "Cannot" means (and only means):
  - the database does not answer a trivial query (nothing works without it);
  - feed polling is on and the last `FEED_FAILURE_LIMIT` polls in a row failed (the site or the
    network is down for a while: new articles stop arriving, an operator should look).
A large outbox backlog is reported but is not a failure: a 100,000-subscriber broadcast is
supposed to take minutes under Telegram's rate limits.

The feed's state is read from the store (written by the poller), so it is right even when the
poller runs in another process (`python -m bot poll`).

/metrics renders `bot.metrics.Metrics` in the Prometheus text format, with the backlog and the
last successful feed poll read at scrape time.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.config import Settings
from bot.metrics import Metrics, render_prometheus
from storage import Store

log = logging.getLogger(__name__)

FEED_FAILURE_LIMIT = 5


@dataclass(frozen=True, slots=True)
class HealthReport:
    database: str
    outbox_backlog: int | None
    last_feed_success: datetime | None
    feed_failures: int
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "status": "ok" if self.healthy else "failing",
            "database": self.database,
            "outbox_backlog": self.outbox_backlog,
            "last_feed_success": self.last_feed_success.isoformat()
            if self.last_feed_success
            else None,
            "feed_consecutive_failures": self.feed_failures,
            "problems": list(self.problems),
        }


class HealthChecks:
    """Builds a HealthReport from the store and settings; never raises."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self._settings = settings
        self._store = store

    async def report(self) -> HealthReport:
        problems: list[str] = []
        try:
            await self._store.db.scalar("SELECT 1")
            database = "ok"
        except Exception as exc:
            log.error("health: database check failed: %s", exc)
            return HealthReport("error", None, None, 0, ("database unreachable",))
        backlog: int | None = None
        last_success: datetime | None = None
        failures = 0
        try:
            backlog = await self._store.outbox.backlog()
            state = await self._store.feed.get(str(self._settings.feed_url))
            last_success, failures = state.last_success, state.failures
        except Exception as exc:
            log.error("health: reading bot state failed: %s", exc)
            problems.append("database read failed")
        polling = self._settings.feed_poll_seconds > 0
        if polling and failures >= FEED_FAILURE_LIMIT:
            problems.append(f"feed failed {failures} polls in a row")
        return HealthReport(database, backlog, last_success, failures, tuple(problems))


def add_health_routes(app: web.Application, checks: HealthChecks, metrics: Metrics) -> None:
    """Mount /healthz and /metrics on `app` (their own app, or the webhook's on one port)."""

    async def healthz(request: web.Request) -> web.Response:
        report = await checks.report()
        return web.json_response(report.to_json(), status=200 if report.healthy else 503)

    async def metrics_page(request: web.Request) -> web.Response:
        report = await checks.report()
        snap = await metrics.snapshot()
        snap = dataclasses.replace(
            snap,
            outbox_backlog=snap.outbox_backlog
            if snap.outbox_backlog is not None
            else report.outbox_backlog,
            last_feed_success=snap.last_feed_success or report.last_feed_success,
        )
        return web.Response(
            text=render_prometheus(snap),
            content_type="text/plain",
            headers={"X-Content-Type-Options": "nosniff"},
        )

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)


def create_health_app(checks: HealthChecks, metrics: Metrics) -> web.Application:
    app = web.Application()
    add_health_routes(app, checks, metrics)
    return app


class HealthService:
    """The health endpoint on its own port (settings.health_port), in either run mode."""

    def __init__(self, settings: Settings, store: Store, metrics: Metrics) -> None:
        if settings.health_port is None:
            raise ValueError("HealthService needs settings.health_port")
        self._host = settings.webhook_host
        self._port = settings.health_port
        self._app = create_health_app(HealthChecks(settings, store), metrics)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        runner = web.AppRunner(self._app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, self._host, self._port).start()
        self._runner = runner
        log.info("health endpoint on http://%s:%s/healthz", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
