"""Pure rendering: stored article → Telegram message (text + entities), within limits.

Public API: `render_card`, `render_channel_post`, `render_summary`, `render_quotes`,
`render_source`, `render_latest`, `Links`, `RenderedMessage`; limits live in `limits.py`.
"""

from bot.render.card import render_card
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.render.parts import render_latest, render_quotes, render_source, render_summary
from bot.render.post import render_channel_post

__all__ = [
    "Links",
    "RenderedMessage",
    "render_card",
    "render_channel_post",
    "render_latest",
    "render_quotes",
    "render_source",
    "render_summary",
]
