"""«Изменить»: the editor replaces the title, the lead or the hashtags, or drops the photo.

The bot asks for the new text (the FSM state `Desk.text` remembers which article and what),
the editor sends it, the edit is stored with the article (its own columns: a re-ingest never
overwrites it) and a fresh preview shows the result. An article already in the channel gets
its post edited through the outbox (editMessageCaption for a photo, editMessageText else).
"""

from __future__ import annotations

import re

from aiogram import Bot, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, User

from bot.config import Settings
from bot.delivery.preview import EditCallback, EditTarget, decision_rows, edit_rows
from bot.delivery.publisher import Publisher
from bot.handlers.admin.common import Desk, chat_of, is_answer, redraw_buttons, send_preview, who
from bot.handlers.common import article_or_gone
from bot.render.links import Links
from bot.render.post import MAX_TAGS, camel_tag
from bot.texts import Lang, t
from storage import Store
from storage.articles import EditColumn
from storage.editorial import EditorAction
from storage.models import Article

TITLE_LIMIT = 200
LEAD_LIMIT = 800
_TAG_SPLIT = re.compile(r"[#,;\n]+")

_ASKED = {
    EditTarget.TITLE: (EditColumn.TITLE, "desk.ask.title", "desk.what.title"),
    EditTarget.LEAD: (EditColumn.LEAD, "desk.ask.lead", "desk.what.lead"),
    EditTarget.TAGS: (EditColumn.TAGS, "desk.ask.tags", "desk.what.tags"),
}


def parse_tags(text: str) -> tuple[str, ...]:
    """ "#Лавров, стратегическая стабильность #США" → ("Лавров", "СтратегическаяСтабильность",
    "США"): split at # , ; and new lines (a space inside a piece joins words), at most five."""
    pieces = [camel_tag(piece) for piece in _TAG_SPLIT.split(text)]
    if "#" in text or "," in text or ";" in text:
        found = [p for p in pieces if p]
    else:  # plain words separated by spaces: one tag each
        found = [camel_tag(word) for word in text.split() if camel_tag(word)]
    unique = list(dict.fromkeys(tag for tag in found if not tag.isdigit()))
    return tuple(unique[:MAX_TAGS])


async def on_edit_button(
    query: CallbackQuery,
    callback_data: EditCallback,
    bot: Bot,
    state: FSMContext,
    settings: Settings,
    store: Store,
    publisher: Publisher,
    links: Links,
    lang: Lang,
) -> None:
    article = await article_or_gone(query, store.articles.get(callback_data.id), lang)
    if article is None:
        return
    target = callback_data.target
    if target in (EditTarget.MENU, EditTarget.BACK):
        rows = (
            edit_rows(article, lang) if target is EditTarget.MENU else decision_rows(article, lang)
        )
        await redraw_buttons(bot, query, rows)
        await query.answer()
        return
    if target is EditTarget.PHOTO:
        await query.answer()
        changed, live = await _apply(
            store,
            publisher,
            article,
            EditColumn.NO_PHOTO,
            not article.edits.no_photo,
            query.from_user,
        )
        key = "desk.what.photo_drop" if changed.edits.no_photo else "desk.what.photo_back"
        await _confirm(
            bot, chat_of(query), changed, key, live, query.from_user, settings, links, lang
        )
        return
    _, ask, _ = _ASKED[target]
    await state.set_state(Desk.text)
    await state.update_data(article_id=article.id, target=target.value)
    await query.answer()
    await bot.send_message(
        chat_id=chat_of(query), text=t(ask, lang, id=article.id), parse_mode=None
    )


async def on_text(
    message: Message,
    bot: Bot,
    state: FSMContext,
    settings: Settings,
    store: Store,
    publisher: Publisher,
    links: Links,
    lang: Lang,
) -> None:
    """The new title / lead / hashtags the desk asked for."""
    data = await state.get_data()
    target = EditTarget(data["target"])
    column, _, what = _ASKED[target]
    text = " ".join((message.text or "").split())
    value: str | tuple[str, ...] = text
    limit = TITLE_LIMIT if target is EditTarget.TITLE else LEAD_LIMIT
    if not text:
        await message.answer(t("desk.empty_text", lang), parse_mode=None)
        return
    if target is EditTarget.TAGS:
        value = parse_tags(message.text or "")
        if not value:
            await message.answer(t("desk.no_tags", lang), parse_mode=None)
            return
    elif len(text) > limit:
        await message.answer(t("desk.too_long", lang, n=limit), parse_mode=None)
        return
    await state.clear()
    article = await store.articles.get(int(data["article_id"]))
    if article is None or message.from_user is None:
        await message.answer(t("gone_button", lang), parse_mode=None)
        return
    changed, live = await _apply(store, publisher, article, column, value, message.from_user)
    await _confirm(
        bot, message.chat.id, changed, what, live, message.from_user, settings, links, lang
    )


async def _apply(
    store: Store,
    publisher: Publisher,
    article: Article,
    column: EditColumn,
    value: str | bool | tuple[str, ...],
    user: User,
) -> tuple[Article, bool]:
    """Store the edit, log who made it, and edit the live post if there is one (then True)."""
    changed = await store.articles.edit(article.id, column, value, by=who(user))
    assert changed is not None
    await store.editorial.log(article.id, EditorAction.EDITED, by_id=user.id, by_name=who(user))
    return changed, await publisher.refresh(changed)


async def _confirm(
    bot: Bot,
    chat_id: int,
    article: Article,
    what_key: str,
    live: bool,
    user: User,
    settings: Settings,
    links: Links,
    lang: Lang,
) -> None:
    """ "Article N: title — edited by X" (and whether the live post follows), then the preview."""
    lines = [t("desk.edited", lang, id=article.id, what=t(what_key, lang), who=who(user))]
    if live:
        lines.append(t("desk.edited_live", lang))
    await bot.send_message(chat_id=chat_id, text="\n".join(lines), parse_mode=None)
    await send_preview(bot, chat_id, article, links, settings, lang)


def create_router() -> Router:
    router = Router(name="admin-edit")
    router.callback_query.register(on_edit_button, EditCallback.filter())
    router.message.register(on_text, StateFilter(Desk.text), is_answer)
    return router
