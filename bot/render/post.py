"""The channel post: what readers of the journal's Telegram channel see for one article.

The journal's own format (the default, `PostFormat.SHORT`): one phone screen, like the posts
the journal writes by hand — the title in bold, the lead (the summary, cut at a sentence end),
the article's address on its own line, then up to five CamelCase hashtags (#СергейЛавров #США).
With a lead image it is one photo whose caption is that text (≤ 1024 units); without one it
is the same text with a large preview of the article. The same 1024-unit budget holds for
both, so a refused photo can fall back to text unchanged.

The long form (`PostFormat.LONG`, a setting): bold title, the summary, the body folded in an
expandable quotation (cut at a sentence end outside any «…» when the post would pass 4096
units, followed by «Читать полностью →»), the «Сайт · Дзен» line and the hashtags; always text.

Neither links to the channel itself: the reader is already in it. Channel posts are always in
Russian: the channel's audience is the journal's.
"""

from __future__ import annotations

import re
from enum import StrEnum

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.formatting import Bold, ExpandableBlockQuote, HashTag, Text, TextLink, Url

from bot.render.card import title_text
from bot.render.common import LINK_SEPARATOR, to_message, url_row
from bot.render.limits import CAPTION_LIMIT, TEXT_LIMIT, cut_text, utf16_len
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.models import Article


class PostFormat(StrEnum):
    SHORT = "short"  # the journal's format: photo + caption, or text with a large preview
    LONG = "long"  # the whole body in an expandable quotation


SUMMARY_LIMIT = 1500
MAX_TAGS = 5
TAG_LIMIT = 40
MIN_BODY = 200  # a shorter excerpt says nothing; then only «Читать полностью →» is shown
MIN_LEAD = 40  # a lead squeezed below this by a huge title is dropped, not shown as «…»
_NOT_TAG = re.compile(r"[^\w]+")


def camel_tag(tag: str) -> str:
    """ "стратегическая стабильность" → "СтратегическаяСтабильность"; "G-20" → "G20".

    Each word keeps its own letters (США, МИД stay upper-case) with its first letter raised,
    so a multi-word name reads as one hashtag Telegram recognises (letters, digits, _)."""
    words = [word for word in _NOT_TAG.split(tag.replace("_", " ")) if word]
    return "".join(word[:1].upper() + word[1:] for word in words)[:TAG_LIMIT]


def hashtags(tags: tuple[str, ...], limit: int = MAX_TAGS) -> list[str]:
    """ "#Тег" strings in the given order (most telling first), deduplicated, at most `limit`."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        word = camel_tag(tag)
        if not word or word.isdigit() or word.casefold() in seen:
            continue
        seen.add(word.casefold())
        result.append("#" + word)
        if len(result) == limit:
            break
    return result


def _tags_line(article: Article) -> list[str | Text]:
    nodes: list[str | Text] = []
    for index, tag in enumerate(hashtags(article.tags)):
        nodes += [" " if index else "", HashTag(tag)]
    return nodes


def render_channel_post(
    article: Article, links: Links, form: PostFormat = PostFormat.SHORT
) -> RenderedMessage:
    """The post for `article` in the chosen format (see the module docstring)."""
    if form == PostFormat.LONG:
        return _render_long(article, links)
    return _render_short(article, links)


def _post_keyboard(article: Article, links: Links) -> InlineKeyboardMarkup:
    """«Читать на сайте» (the article) and «Дзен»: URL buttons only."""
    return InlineKeyboardMarkup(inline_keyboard=[url_row(article, links, Lang.RU)])


def _render_short(article: Article, links: Links) -> RenderedMessage:
    head: list[str | Text] = [Bold(title_text(article))]
    tail: list[str | Text] = []
    if article.url:
        tail += ["\n\n", Url(article.url)]
    tags = _tags_line(article)
    if tags:
        tail += ["\n\n", *tags]
    fixed = utf16_len(Text(*head, *tail).render()[0])
    room = CAPTION_LIMIT - fixed - 2  # "\n\n" before the lead
    lead = cut_text(" ".join(article.summary.split()), room) if room >= MIN_LEAD else ""
    middle: list[str | Text] = ["\n\n", lead] if lead else []
    return to_message(
        Text(*head, *middle, *tail),
        reply_markup=_post_keyboard(article, links),
        link_preview_url=article.url,
        photo=article.image_url or None,
    )


def _body_after_lead(article: Article, summary: str) -> str:
    """The body without the paragraphs the summary already says (the lead is never repeated)."""
    paragraphs = [p.strip() for p in article.paragraphs if p.strip()]
    lead = " ".join(summary.split())
    while paragraphs and lead and lead.startswith(" ".join(paragraphs[0].split())):
        lead = lead[len(" ".join(paragraphs[0].split())) :].strip()
        paragraphs.pop(0)
    return "\n".join(paragraphs)


def _render_long(article: Article, links: Links) -> RenderedMessage:
    lang = Lang.RU
    summary = cut_text(article.summary.strip(), SUMMARY_LIMIT)
    head: list[str | Text] = [Bold(title_text(article))]
    if summary:
        head += ["\n\n", summary]
    tail: list[str | Text] = [
        "\n\n",
        TextLink(t("link.site", lang), url=links.article(article)),
        LINK_SEPARATOR,
        TextLink(t("link.dzen", lang), url=links.dzen),
    ]
    tags = _tags_line(article)
    if tags:
        tail += ["\n", *tags]
    fixed = utf16_len(Text(*head).render()[0]) + utf16_len(Text(*tail).render()[0])
    body = _body_after_lead(article, summary)
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
    return to_message(
        Text(*head, *middle, *tail),
        reply_markup=_post_keyboard(article, links),
        link_preview_url=article.url,
    )
