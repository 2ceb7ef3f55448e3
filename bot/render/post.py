"""The channel post: what readers of the journal's Telegram channel see for one article.

Layout: bold title; the summary; the body folded in an expandable quotation (or, when the
whole post would not fit 4096 UTF-16 units, the body cut at a sentence end outside any «…»
quotation and followed by «Читать полностью →»); the «Сайт · Дзен · Telegram» line; hashtags.
Channel posts are always in Russian: the channel's audience is the journal's.
"""

from __future__ import annotations

import re

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.formatting import Bold, ExpandableBlockQuote, HashTag, Text, TextLink

from bot.render.card import title_text
from bot.render.common import links_line, to_message, url_row
from bot.render.limits import TEXT_LIMIT, cut_text, utf16_len
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.models import Article

SUMMARY_LIMIT = 1500
MAX_TAGS = 10
TAG_LIMIT = 40
MIN_BODY = 200  # a shorter excerpt says nothing; then only «Читать полностью →» is shown
_NOT_TAG = re.compile(r"[^\w]+")


def hashtags(tags: tuple[str, ...]) -> list[str]:
    """ "#Тег" strings Telegram recognises (letters, digits, _), deduplicated, at most 10."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        word = _NOT_TAG.sub("_", tag).strip("_")[:TAG_LIMIT].strip("_")
        if not word or word.isdigit() or word.casefold() in seen:
            continue
        seen.add(word.casefold())
        result.append("#" + word)
        if len(result) == MAX_TAGS:
            break
    return result


def render_channel_post(article: Article, links: Links) -> RenderedMessage:
    lang = Lang.RU
    title = title_text(article)
    summary = cut_text(article.summary.strip(), SUMMARY_LIMIT)
    tags = hashtags(article.tags)
    links_node = links_line(article, links, lang)
    head: list[str | Text] = [Bold(title)]
    if summary:
        head += ["\n\n", summary]
    tail: list[str | Text] = ["\n\n", links_node]
    if tags:
        tail.append("\n")
        for index, tag in enumerate(tags):
            tail += [" " if index else "", HashTag(tag)]

    fixed = utf16_len(Text(*head).render()[0]) + utf16_len(Text(*tail).render()[0])
    body = "\n".join(p.strip() for p in article.paragraphs if p.strip())
    room = TEXT_LIMIT - fixed - 2  # "\n\n" before the body
    middle: list[str | Text] = []
    if body and utf16_len(body) <= room:
        middle = ["\n\n", ExpandableBlockQuote(body)]
    else:
        read_more = TextLink(t("post.read_more", lang), url=links.article(article))
        more_len = utf16_len(t("post.read_more", lang)) + 1  # "\n" before it
        excerpt = cut_text(body, room - more_len - 2, keep_quotes=True) if body else ""
        if utf16_len(excerpt) >= MIN_BODY:
            middle = ["\n\n", ExpandableBlockQuote(excerpt), "\n", read_more]
        else:
            middle = ["\n\n", read_more]
    markup = InlineKeyboardMarkup(inline_keyboard=[url_row(article, links, lang)])
    return to_message(
        Text(*head, *middle, *tail), reply_markup=markup, link_preview_url=article.url
    )
