"""App wiring: the command menu, the update types polled, and `python -m bot` without a token."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.types import (
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)

from bot.app import build_app, create_dispatcher
from bot.cli import main
from bot.config import Settings
from bot.delivery.digest import DigestService
from bot.delivery.scheduler import Scheduler
from bot.delivery.warmup import TopicIndexWarmup
from bot.ingest.poller import FeedPoller
from bot.profile import setup_commands, setup_description
from bot.web.health import HealthService
from storage import Store
from tests.support.recording import RecordingSession
from tests.support.updates import ADMIN_ID


async def test_command_menu_in_russian_english_and_for_each_admin(
    bot: Bot, session: RecordingSession, settings: Settings
) -> None:
    await setup_commands(bot, settings)

    calls = [
        (type(r.scope).__name__, getattr(r.scope, "chat_id", None), r.language_code, r.commands)
        for r in session.of("setMyCommands")
    ]
    scopes = [(scope, chat, code) for scope, chat, code, _ in calls]
    assert scopes == [
        (BotCommandScopeDefault.__name__, None, None),
        (BotCommandScopeAllPrivateChats.__name__, None, None),
        (BotCommandScopeChat.__name__, ADMIN_ID, None),
        (BotCommandScopeDefault.__name__, None, "en"),
        (BotCommandScopeAllPrivateChats.__name__, None, "en"),
        (BotCommandScopeChat.__name__, ADMIN_ID, "en"),
    ]
    readers_ru = {c.command: c.description for c in calls[0][3]}
    assert readers_ru["summary"] == "Кратко о статье: /summary [номер]"
    assert {"start", "latest", "summary", "quotes", "source", "help"} <= set(readers_ru)
    assert not {"preview", "post", "stats"} & set(readers_ru)
    admin_ru = [c.command for c in calls[2][3]]
    assert admin_ru[-4:] == ["preview", "post", "queue", "stats"]
    assert {c.command: c.description for c in calls[3][3]}["summary"] == "Article summary"


async def test_the_bot_describes_itself_in_russian_and_english(
    bot: Bot, session: RecordingSession
) -> None:
    await setup_description(bot)

    descriptions = [(r.language_code, r.description) for r in session.of("setMyDescription")]
    shorts = [(r.language_code, r.short_description) for r in session.of("setMyShortDescription")]
    assert descriptions == [
        (
            None,
            "Новости журнала «Международная жизнь»: кратко о главном, прямые цитаты с указанием, "
            "кто их произнёс, и первоисточники. Нажмите «Старт» — покажу свежую статью.",
        ),
        (
            "en",
            "News of the journal «Международная жизнь» (International Affairs): the gist, direct "
            "quotations with who said them, and the original sources. Press Start to see the "
            "latest article.",
        ),
    ]
    assert shorts == [
        (None, "Новости «Международной жизни»: кратко, цитаты со спикерами, источники."),
        ("en", "International Affairs journal news: the gist, quotations, sources."),
    ]
    # Telegram's limits: 512 characters for the description, 120 for the short one.
    assert all(len(text) <= 512 for _, text in descriptions)
    assert all(len(text) <= 120 for _, text in shorts)


def test_the_app_is_built_in_order_around_one_publisher_and_one_worker(
    settings: Settings, store: Store, bot: Bot
) -> None:
    app = build_app(settings.model_copy(update={"health_port": 8099}), store, bot)

    assert app.store is store
    assert app.bot is bot
    # The handlers' publisher is the app's, and what it queues wakes the app's one worker.
    assert app.dispatcher["publisher"] is app.publisher
    assert app.publisher.on_enqueue == app.worker.wake
    assert app.dispatcher["metrics"] is app.metrics
    services = [type(s) for s in app.services]
    assert services == [
        HealthService,
        type(app.worker),
        DigestService,
        Scheduler,
        FeedPoller,
        TopicIndexWarmup,
    ]
    assert app.services[1] is app.worker
    assert app.services[3]._publisher is app.publisher  # scheduled posts go the same way
    assert app.services[4]._sink is app.publisher  # the feed poller shares it


async def test_polling_asks_for_the_update_types_the_handlers_use(
    settings: Settings, store: Store
) -> None:
    used = set(create_dispatcher(settings, store).resolve_used_update_types())
    assert {"message", "edited_message", "callback_query"} <= used


def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    for name in ("BOT_TOKEN", "DATABASE_PATH", "ADMIN_IDS", "CHANNEL_ID"):
        monkeypatch.delenv(name, raising=False)


def test_run_without_token_prints_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _isolated(monkeypatch, tmp_path)

    assert main(["run"]) == 2
    assert main([]) == 2

    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0] == err[1]
    assert err[0].startswith(
        "error: BOT_TOKEN is not set: put the token from @BotFather into .env (see .env.example)"
    )
    assert not (tmp_path / "data").exists()  # nothing was created


def test_run_with_a_malformed_token_prints_one_line_without_the_token_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _isolated(monkeypatch, tmp_path)
    monkeypatch.setenv("BOT_TOKEN", "not-a-token-s3cret")

    assert main(["run"]) == 2

    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: setting BOT_TOKEN is invalid: expected a token from @BotFather")
    assert "s3cret" not in line


class RecordingService:
    def __init__(self, name: str, log: list[str], *, fail_start: bool = False) -> None:
        self.name, self.log, self.fail_start = name, log, fail_start

    async def start(self) -> None:
        if self.fail_start:
            raise RuntimeError(f"{self.name} cannot start")
        self.log.append(f"start {self.name}")

    async def stop(self) -> None:
        self.log.append(f"stop {self.name}")


async def test_services_start_in_order_with_the_dispatcher_and_stop_in_reverse(
    settings: Settings, store: Store, bot: Bot
) -> None:
    log: list[str] = []
    services = [RecordingService("outbox", log), RecordingService("feed", log)]
    dispatcher = create_dispatcher(settings, store, services=services)

    await dispatcher.emit_startup(bot=bot)
    await dispatcher.emit_shutdown(bot=bot)

    assert log == ["start outbox", "start feed", "stop feed", "stop outbox"]


async def test_a_service_failing_to_start_leaves_only_started_ones_to_stop(
    settings: Settings, store: Store, bot: Bot
) -> None:
    log: list[str] = []
    services = [RecordingService("outbox", log), RecordingService("feed", log, fail_start=True)]
    dispatcher = create_dispatcher(settings, store, services=services)

    with pytest.raises(RuntimeError, match="feed cannot start"):
        await dispatcher.emit_startup(bot=bot)
    await dispatcher.emit_shutdown(bot=bot)

    assert log == ["start outbox", "stop outbox"]
