"""The editor's desk: one admin feature, assembled from small routers.

Layout: the "admin" router takes only the desk's own updates (admin commands, desk buttons,
and the answer the desk is waiting for — a cheap check, no API call). Inside it, the editors'
router admits editors only (`is_editor`: ADMIN_IDS and the channel's administrators who may
post) and holds the feature routers; everyone else falls through to one refusal router. So no
handler checks admins itself, and no feature module imports another: they share `common`.
"""

from __future__ import annotations

from aiogram import Router

from bot.handlers.admin import edit, publish, refusal, schedule, stats
from bot.handlers.admin.common import is_desk_button, is_desk_message, is_editor


def create_router() -> Router:
    desk = Router(name="admin")
    desk.message.filter(is_desk_message)
    desk.callback_query.filter(is_desk_button)

    editors = Router(name="admin-editors")
    editors.message.filter(is_editor)
    editors.callback_query.filter(is_editor)
    editors.include_routers(
        publish.create_router(),
        edit.create_router(),
        schedule.create_router(),
        stats.create_router(),
    )
    desk.include_routers(editors, refusal.create_router())
    return desk
