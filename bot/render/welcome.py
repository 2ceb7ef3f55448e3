"""/start's greeting and /help's command list (interface text only, no article content)."""

from __future__ import annotations

from functools import lru_cache

from aiogram.utils.formatting import Bold, BotCommand, Text

from bot.render.common import to_message
from bot.render.message import RenderedMessage
from bot.texts import Lang, t

# (command, takes an article number, help key)
_READER_HELP = (
    ("latest", False, "help.latest"),
    ("summary", True, "help.summary"),
    ("quotes", True, "help.quotes"),
    ("source", True, "help.source"),
    ("start", False, "help.start"),
    ("help", False, "help.help"),
)
_ADMIN_HELP = ("preview", "post", "stats")


def _command_lines(lang: Lang, *, admin: bool) -> list[str | Text]:
    nodes: list[str | Text] = []
    for command, takes_id, key in _READER_HELP:
        arg = f" [{t('help.id_placeholder', lang)}]" if takes_id else ""
        nodes += ["\n", BotCommand(f"/{command}"), f"{arg} — {t(key, lang)}"]
    if admin:
        for command in _ADMIN_HELP:
            nodes += ["\n", BotCommand(f"/{command}"), f" — {t('cmd.' + command, lang)}"]
    return nodes


@lru_cache(maxsize=8)
def render_help(lang: Lang = Lang.RU, *, admin: bool = False) -> RenderedMessage:
    return to_message(
        Text(
            Bold(t("help.title", lang)),
            "\n",
            *_command_lines(lang, admin=admin),
            "\n\n",
            t("help.id_hint", lang),
        )
    )


@lru_cache(maxsize=8)
def render_welcome(lang: Lang = Lang.RU, *, has_articles: bool = True) -> RenderedMessage:
    nodes: list[str | Text] = [
        Bold(t("start.title", lang)),
        "\n\n",
        t("start.body", lang),
        "\n",
        *_command_lines(lang, admin=False),
    ]
    if has_articles:
        nodes += ["\n\n", t("start.latest_below", lang)]
    return to_message(Text(*nodes))
