"""Settings: parsed from the environment; a bad value is one line naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings
from bot.errors import ConfigError
from tests.support.recording import TEST_TOKEN


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no developer's .env is read


def test_values_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("ADMIN_IDS", " 12, 34 ,")
    monkeypatch.setenv("CHANNEL_ID", "-1001234567890")
    monkeypatch.setenv("SITE_URL", "https://interaffairs.ru/")

    settings = load_settings()

    assert settings.admin_ids == frozenset({12, 34})
    assert settings.is_admin(12)
    assert not settings.is_admin(56)
    assert not settings.is_admin(None)
    assert settings.channel_chat_id == -1001234567890
    assert settings.channel_username is None
    assert settings.site == "https://interaffairs.ru"
    assert settings.bot_token is not None
    assert TEST_TOKEN not in repr(settings)  # SecretStr: never printed or logged


def test_channel_username_is_kept_for_links(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHANNEL_ID", "@interaffairs")
    settings = load_settings()
    assert settings.channel_chat_id == "@interaffairs"
    assert settings.channel_username == "interaffairs"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        (
            "ADMIN_IDS",
            "abc",
            "setting ADMIN_IDS is invalid (got 'abc'): expected comma-separated numeric "
            "Telegram user ids, e.g. 12345,67890",
        ),
        (
            "LOG_LEVEL",
            "LOUD",
            "setting LOG_LEVEL is invalid (got 'LOUD'): expected one of CRITICAL, ERROR, "
            "WARNING, INFO, DEBUG",
        ),
        (
            "WEBHOOK_PORT",
            "99999",
            "setting WEBHOOK_PORT is invalid (got '99999'): "
            "input should be less than or equal to 65535",
        ),
        (
            "RATE_GLOBAL_PER_SECOND",
            "-1",
            "setting RATE_GLOBAL_PER_SECOND is invalid (got '-1'): input should be greater than 0",
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert str(raised.value) == expected


def test_a_bad_token_is_named_but_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123:short-secret")
    with pytest.raises(ConfigError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith("setting BOT_TOKEN is invalid: expected a token from @BotFather")
    assert "short-secret" not in message
    assert "\n" not in message
