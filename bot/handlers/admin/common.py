"""What the editor's desk routers share: who may use it, the waiting states, article look-up,
the preview, publishing with its answer, and the keyboard of a pressed preview.

Why one module: the feature routers (publish, edit, schedule, stats) use these and never one
another, and the admin check lives in exactly one place (`is_editor`, the desk router's filter).
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessageUnion,
    Message,
    TelegramObject,
    User,
)
from aiogram.utils.formatting import Text, TextLink

from bot.config import Settings
from bot.delivery import photo
from bot.delivery.preview import (
    DESK_CALLBACKS,
    PublishAction,
    button,
    render_preview,
)
from bot.delivery.publisher import Publisher, PublishResult, PublishStatus
from bot.editors import Editors
from bot.handlers import ADMIN_COMMANDS
from bot.render.links import Links
from bot.texts import Lang, t
from storage import Store
from storage.editorial import Editor, EditorAction
from storage.models import Article

log = logging.getLogger("bot.handlers.admin")

_DESK_PREFIXES = frozenset(cls.__prefix__ for cls in DESK_CALLBACKS)


class Desk(StatesGroup):
    """An editor was asked for something and the next message is the answer."""

    text = State()  # a new title / lead / hashtags
    time = State()  # a typed time for scheduling


# --- filters: which updates are the desk's, and who may use it ---------------------------------


async def is_desk_message(message: Message, raw_state: str | None = None) -> bool:
    """An admin command, or the answer the desk is waiting for (any command meanwhile is
    still a command). Cheap: no API call."""
    text = message.text or ""
    if not text.startswith("/"):
        return raw_state in (Desk.text.state, Desk.time.state)
    name = text[1:].split(maxsplit=1)[0].split("@", 1)[0] if len(text) > 1 else ""
    return name.lower() in ADMIN_COMMANDS


async def is_answer(message: Message) -> bool:
    """Not a command: a command while the desk waits is handled as that command."""
    return not (message.text or "").startswith("/")


async def is_desk_button(query: CallbackQuery) -> bool:
    return (query.data or "").split(":", 1)[0] in _DESK_PREFIXES


async def is_editor(event: TelegramObject, bot: Bot, editors: Editors) -> bool:
    user: User | None = getattr(event, "from_user", None)
    return await editors.admits(bot, user.id if user else None)


async def is_outsider(event: TelegramObject, bot: Bot, editors: Editors) -> bool:
    return not await is_editor(event, bot, editors)


def who(user: User | None) -> str:
    """How editors see each other: the Telegram name (the id when there is none)."""
    if user is None:
        return "?"
    return user.full_name or str(user.id)


def refused(user: User | None, action: str) -> None:
    log.warning("admin action %s refused for user_id=%s", action, user.id if user else None)


# --- the preview and its keyboard -----------------------------------------------------------


async def send_preview(
    bot: Bot, chat_id: int, article: Article, links: Links, settings: Settings, lang: Lang
) -> None:
    """The exact post with the desk's buttons; a photo Telegram refuses is shown as text."""
    preview = render_preview(article, links, lang, form=settings.post_format)
    _, refusal = await photo.send(bot, preview, chat_id)
    if refusal is not None:
        await bot.send_message(chat_id=chat_id, text=t("desk.photo_refused", lang), parse_mode=None)


def own_rows(message: MaybeInaccessibleMessageUnion | None) -> list[list[InlineKeyboardButton]]:
    """The pressed message's URL rows (the post's own «Читать на сайте» / «Дзен»)."""
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None:
        return []
    return [row for row in markup.inline_keyboard if all(b.url for b in row)]


async def redraw_buttons(
    bot: Bot, query: CallbackQuery, rows: list[list[InlineKeyboardButton]]
) -> None:
    """Replace the desk's rows of the pressed preview, keeping the post's own buttons.

    A second press (a double tap, two admins) finds them changed already and Telegram answers
    "message is not modified": that is the state we wanted, not an error. Any other refusal
    only leaves the buttons as they were, so it is logged and the action still goes ahead.
    """
    message = query.message
    if message is None:
        return
    keyboard = [*own_rows(message), *rows]
    try:
        await bot.edit_message_reply_markup(
            chat_id=message.chat.id,
            message_id=message.message_id,
            reply_markup=InlineKeyboardMarkup(inline_keyboard=keyboard) if keyboard else None,
        )
    except TelegramBadRequest as exc:
        if "message is not modified" not in exc.message:
            log.warning("could not redraw the preview's buttons: %s", exc.message)


def chat_of(query: CallbackQuery) -> int:
    return query.message.chat.id if query.message is not None else query.from_user.id


# --- publishing -------------------------------------------------------------------------------

_STATUS_KEYS = {
    PublishStatus.ENQUEUED: "admin.queued",
    PublishStatus.IN_PROGRESS: "admin.in_progress",
    PublishStatus.ALREADY_POSTED: "admin.already_posted",
    PublishStatus.UNKNOWN: "admin.already_unknown",
    PublishStatus.NO_CHANNEL: "admin.no_channel",
}


def status_message(
    result: PublishResult, article_id: int, lang: Lang, by: str | None = None
) -> dict[str, object]:
    """What the admin is told after asking to publish (send_message kwargs)."""
    parts: list[str | Text] = [t(_STATUS_KEYS[result.status], lang, id=article_id)]
    if result.status is PublishStatus.ALREADY_POSTED and result.link:
        parts += ["\n", TextLink(result.link, url=result.link)]
    if by is not None:
        parts += ["\n", t("desk.published_by", lang, who=by)]
    kwargs: dict[str, object] = {**Text(*parts).as_kwargs(), "parse_mode": None}
    if result.status in (PublishStatus.ALREADY_POSTED, PublishStatus.UNKNOWN):
        kwargs["reply_markup"] = InlineKeyboardMarkup(
            inline_keyboard=[[button(PublishAction.REPOST, article_id, lang)]]
        )
    return kwargs


async def publish(
    publisher: Publisher,
    store: Store,
    article: Article,
    *,
    user: User,
    notify_chat_id: int,
    lang: Lang,
    repost: bool = False,
) -> dict[str, object]:
    """Publish now (off the schedule, if it was on it) and say so, naming who published."""
    result = await publisher.publish(
        article, repost=repost, notify_chat_id=notify_chat_id, by=Editor(user.id, who(user))
    )
    log.info("admin %s: publish %d → %s", user.id, article.id, result.status.value)
    done = await store.editorial.last(article.id, EditorAction.PUBLISHED)
    return status_message(result, article.id, lang, done.by_name if done else None)
