"""The daily digest: one message listing the day's articles for a reader, newest first.

Each line is the article's number and its title as a link that opens the article's card in the
bot (the /start deep link), so a digest of thirty articles stays one short message. Telegram's
limits (4096 characters, 100 entities) are kept here: what does not fit is announced as
«…и ещё N», never split into a second message a reader did not ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiogram.utils.formatting import Bold, Text, TextLink

from bot.render.card import title_text
from bot.render.common import to_message
from bot.render.limits import ENTITY_LIMIT, TEXT_LIMIT, utf16_len
from bot.render.message import RenderedMessage
from bot.texts import MONTHS, Lang, t
from storage.models import Article

DIGEST_TITLE_CHARS = 200
MORE_RESERVE = 40  # room for «…и ещё N»


def day_text(day: date, lang: Lang) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def card_link(bot_username: str, article_id: int) -> str:
    """Opens the article's card in the bot (handled by /start a<ID>)."""
    return f"https://t.me/{bot_username}?start=a{article_id}"


def render_digest(
    articles: Sequence[Article], day: date, bot_username: str, lang: Lang = Lang.RU
) -> RenderedMessage:
    heading = t("digest.title", lang, date=day_text(day, lang))
    nodes: list[str | Text] = [Bold(heading)]
    used = utf16_len(heading)
    entities = 1
    shown = 0
    for article in articles:
        number = f"{t('list.number', lang, id=article.id)} · "
        title = title_text(article, DIGEST_TITLE_CHARS)
        size = 2 + utf16_len(number) + utf16_len(title)
        if used + size > TEXT_LIMIT - MORE_RESERVE or entities + 1 > ENTITY_LIMIT:
            break
        nodes += [
            "\n\n" if shown == 0 else "\n",
            number,
            TextLink(title, url=card_link(bot_username, article.id)),
        ]
        used += size
        entities += 1
        shown += 1
    if shown < len(articles):
        nodes += ["\n", t("digest.more", lang, count=len(articles) - shown)]
    return to_message(Text(*nodes))
