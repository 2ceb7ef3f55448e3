"""`python -m bot show ID [--lang en]`: what the bot says about an article, in the terminal.

Why through the real renderers: the card, summary, quotations and source printed here are the
very messages readers get (and the console prints), so checking an article here checks them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from bot.cli.common import SettingsSource, Subparsers, article_id_arg
from bot.errors import UsageError

if TYPE_CHECKING:
    from bot.config import Settings


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("show", help="print what the bot says about an article")
    parser.add_argument("id")
    parser.add_argument("--lang", choices=("ru", "en"), default="ru", help="interface language")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    article_id = article_id_arg(args.id)
    print(asyncio.run(show_text(settings(), article_id, args.lang)))
    return 0


async def show_text(settings: Settings, article_id: int, language: str) -> str:
    """The card, the summary, the quotations and the source, as the console shows them."""
    from bot.cache import render_part
    from bot.callbacks import Part
    from bot.console.terminal import render_entities, wants_ansi
    from bot.render.links import Links
    from bot.seed import open_store
    from bot.texts import lang_for

    store = await open_store(settings.database_path)
    try:
        article = await store.articles.get(article_id)
    finally:
        await store.close()
    if article is None:
        raise UsageError(f"no article with id {article_id}")
    links, lang, ansi = Links.from_settings(settings), lang_for(language), wants_ansi(sys.stdout)
    messages = [
        message
        for part in (Part.CARD, Part.SUMMARY, Part.QUOTES, Part.SOURCE)
        for message in render_part(article, part, lang, links)
    ]
    return "\n\n".join(render_entities(m.text, m.entities, ansi=ansi) for m in messages)
