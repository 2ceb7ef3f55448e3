"""Settings, read once from the environment and `.env`.

Why one class: every part of the bot (polling, delivery, feed, webhook, health) takes its knobs
from here, so a wrong value is caught at start with one line naming the setting, never later as
a traceback in the middle of a broadcast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AnyHttpUrl,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import ConfigError
from bot.render.post import PostFormat

_TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,64}$")
_CHANNEL_RE = re.compile(r"^(-100\d{5,20}|-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$")
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class Settings(BaseSettings):
    """Everything configurable, with the defaults a newcomer needs (see `.env.example`)."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        # An empty value (`HEALTH_PORT=` as .env.example ships it) means "not set", in the
        # environment and in .env alike: the default applies.
        env_ignore_empty=True,
    )

    bot_token: SecretStr | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    channel_id: str | None = None
    database_path: Path = Path("data/interaffairs.sqlite3")
    site_url: AnyHttpUrl = AnyHttpUrl("https://interaffairs.ru")
    dzen_url: AnyHttpUrl = AnyHttpUrl("https://dzen.ru/interaffairs")
    telegram_channel_url: AnyHttpUrl = AnyHttpUrl("https://t.me/interaffairs")
    bot_api_server: AnyHttpUrl = AnyHttpUrl("https://api.telegram.org")
    log_level: str = "INFO"

    # Delivery (outbox) limits: Telegram's published guidance by default.
    rate_global_per_second: float = Field(default=30.0, gt=0)
    rate_private_per_second: float = Field(default=1.0, gt=0)
    rate_group_per_minute: float = Field(default=20.0, gt=0)
    broadcast_paid: bool = False

    # Site ingestion.
    feed_url: AnyHttpUrl = AnyHttpUrl("https://interaffairs.ru/rss/")
    feed_poll_seconds: int = Field(default=300, ge=0)
    auto_post: bool = False
    # The channel post's layout: the journal's short format, or the whole body folded in.
    post_format: PostFormat = PostFormat.SHORT

    # Webhook mode (off unless WEBHOOK_BASE_URL is set) and health endpoint.
    webhook_base_url: AnyHttpUrl | None = None
    webhook_path: str = "/telegram/webhook"
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    health_port: int | None = Field(default=None, ge=1, le=65535)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            if not all(re.fullmatch(r"\d{1,20}", p) for p in parts):
                raise ValueError("comma-separated numeric Telegram user ids, e.g. 12345,67890")
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("bot_token", mode="before")
    @classmethod
    def _check_token(cls, value: Any) -> Any:
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if raw is None or raw == "":
            return None
        if not isinstance(raw, str) or not _TOKEN_RE.fullmatch(raw.strip()):
            raise ValueError("a token from @BotFather, like 123456789:AA… (digits, colon, secret)")
        return SecretStr(raw.strip())

    @field_validator("channel_id", mode="before")
    @classmethod
    def _check_channel(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = str(value).strip()
        if not _CHANNEL_RE.fullmatch(text):
            raise ValueError("a channel id like -1001234567890 or a username like @interaffairs")
        return text

    @field_validator("log_level", mode="before")
    @classmethod
    def _check_level(cls, value: Any) -> Any:
        text = str(value).strip().upper()
        if text not in _LOG_LEVELS:
            raise ValueError("one of " + ", ".join(_LOG_LEVELS))
        return text

    @field_validator("webhook_path")
    @classmethod
    def _check_path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("a path starting with /, e.g. /telegram/webhook")
        return value

    # --- derived values -------------------------------------------------------------------

    @property
    def site(self) -> str:
        """SITE_URL without a trailing slash, ready for joining paths."""
        return str(self.site_url).rstrip("/")

    @property
    def dzen(self) -> str:
        return str(self.dzen_url)

    @property
    def telegram_channel(self) -> str:
        return str(self.telegram_channel_url)

    @property
    def api_server(self) -> str:
        return str(self.bot_api_server).rstrip("/")

    @property
    def channel_chat_id(self) -> int | str | None:
        """CHANNEL_ID as the Bot API wants it: an int for numeric ids, else the @username."""
        if self.channel_id is None:
            return None
        return self.channel_id if self.channel_id.startswith("@") else int(self.channel_id)

    @property
    def channel_username(self) -> str | None:
        """The channel's public username (for t.me links), when CHANNEL_ID is one."""
        if self.channel_id and self.channel_id.startswith("@"):
            return self.channel_id[1:]
        return None

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids


def load_settings(**overrides: Any) -> Settings:
    """Read settings; a bad value raises ConfigError with one line naming the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc)) from None


def describe_validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    name = str(first["loc"][0]).upper() if first["loc"] else "settings"
    raw = str(first["msg"])
    # Our validators say what is expected; pydantic's own messages already read as a rule.
    if raw.startswith("Value error, "):
        message = "expected " + raw.removeprefix("Value error, ")
    else:
        message = raw[:1].lower() + raw[1:]
    given = first.get("input")
    shown = "" if name in {"BOT_TOKEN", "WEBHOOK_SECRET"} or given is None else f" (got {given!r})"
    return f"setting {name} is invalid{shown}: {message}"
