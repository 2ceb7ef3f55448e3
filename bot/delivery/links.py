"""The public link of a channel post: what an admin is shown after posting."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


def channel_url(settings: Settings) -> str:
    """Where an admin looks at the channel: t.me/<username>, else TELEGRAM_CHANNEL_URL."""
    if settings.channel_username:
        return f"https://t.me/{settings.channel_username}"
    return settings.telegram_channel


def post_link(settings: Settings, message_id: int | None) -> str | None:
    """https://t.me/<channel>/<id> for a public channel, t.me/c/<id>/<id> for a private one."""
    if message_id is None or settings.channel_id is None:
        return None
    if settings.channel_username:
        return f"https://t.me/{settings.channel_username}/{message_id}"
    numeric = settings.channel_id.removeprefix("-100")
    if settings.channel_id.startswith("-100") and numeric.isdigit():
        return f"https://t.me/c/{numeric}/{message_id}"
    return None
