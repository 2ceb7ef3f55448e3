"""The README's first five minutes: `cp .env.example .env`, then the console, then `run`.

The real `.env.example` of this repository is copied as `.env` into an empty folder, exactly as a
newcomer does, so a value shipped empty there (`HEALTH_PORT=`, `WEBHOOK_BASE_URL=` …) can never
again stop every entry point.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings, load_settings
from bot.seed import seed_draft

ENV_EXAMPLE = Path(__file__).resolve().parents[1] / ".env.example"
SEED_TITLE = " ".join(seed_draft().title.split())


@pytest.fixture
def newcomer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder holding only `.env` = the shipped `.env.example`; no setting in the env."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    (tmp_path / ".env").write_text(ENV_EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _console(monkeypatch: pytest.MonkeyPatch, lines: str, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    return main(["console", *args])


def test_the_shipped_env_example_loads_with_its_defaults(newcomer: Path) -> None:
    settings = load_settings()
    assert settings.bot_token is None
    assert settings.webhook_base_url is None
    assert settings.webhook_secret is None
    assert settings.health_port is None
    assert settings.admin_ids == frozenset()
    assert settings.channel_id is None


def test_empty_environment_values_mean_not_set(
    newcomer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HEALTH_PORT", "WEBHOOK_BASE_URL", "WEBHOOK_PORT", "FEED_POLL_SECONDS"):
        monkeypatch.setenv(name, "")
    settings = load_settings()
    assert settings.health_port is None
    assert settings.webhook_base_url is None
    assert settings.webhook_port == 8080
    assert settings.feed_poll_seconds == 300


def test_console_then_run_on_the_shipped_env_example(
    newcomer: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _console(monkeypatch, "/start\n/summary\n/quotes\n") == 0
    chat = capsys.readouterr()
    assert f"*Кратко* — {SEED_TITLE}" in chat.out
    assert "error" not in chat.err

    assert main(["run"]) == 2

    run = capsys.readouterr()
    assert run.out == ""
    assert run.err.splitlines() == [
        "error: BOT_TOKEN is not set: put the token from @BotFather into .env "
        "(see .env.example), or try the bot without Telegram: .venv/bin/python -m bot console"
    ]


def test_the_console_ignores_a_malformed_token(
    newcomer: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env = (newcomer / ".env").read_text(encoding="utf-8")
    (newcomer / ".env").write_text(env.replace("BOT_TOKEN=\n", "BOT_TOKEN=123:oops\n"), "utf-8")

    assert _console(monkeypatch, "/summary\n") == 0
    assert f"*Кратко* — {SEED_TITLE}" in capsys.readouterr().out

    assert main(["run"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: setting BOT_TOKEN is invalid: expected a token from @BotFather")


def test_usage_lines_name_the_command_that_works_as_written(
    newcomer: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", [str(newcomer / "bot" / "__main__.py"), "nosuch"])
    monkeypatch.setattr(sys, "executable", str(newcomer / ".venv" / "bin" / "python"))
    with pytest.raises(SystemExit) as exited:
        main(["nosuch"])
    assert exited.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(".venv/bin/python -m bot: argument command: invalid choice: 'nosuch'")
