"""/start's greeting and /help's command list (interface text only, no article content)."""

from __future__ import annotations

from functools import lru_cache

from aiogram.utils.formatting import Bold, BotCommand, Text

from bot.render.common import to_message
from bot.render.message import RenderedMessage
from bot.texts import Lang, t

# (command, the text key of its argument's placeholder or None, help key)
_READER_HELP = (
    ("latest", None, "help.latest"),
    ("summary", "help.id_placeholder", "help.summary"),
    ("quotes", "help.id_placeholder", "help.quotes"),
    ("quotes", "help.name_placeholder", "help.who_said"),
    ("source", "help.id_placeholder", "help.source"),
    ("search", "help.words_placeholder", "help.search"),
    ("subscribe", "help.topic_placeholder", "help.subscribe"),
    ("unsubscribe", "help.topic_placeholder", "help.unsubscribe"),
    ("subscriptions", None, "help.subscriptions"),
    ("digest", "help.time_placeholder", "help.digest"),
    ("start", None, "help.start"),
    ("help", None, "help.help"),
)
_ADMIN_HELP = ("preview", "post", "queue", "stats")


def _command_lines(lang: Lang, *, admin: bool) -> list[str | Text]:
    nodes: list[str | Text] = []
    for command, placeholder, key in _READER_HELP:
        arg = f" [{t(placeholder, lang)}]" if placeholder else ""
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
