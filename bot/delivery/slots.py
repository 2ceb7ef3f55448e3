"""Scheduling times in Moscow time: the offered slots, typed times, and how times are shown.

Pure functions of "now" (epoch seconds from the one Clock), so tests pin the clock and the
answers are exact. Editors think in Moscow time (the journal's), whatever the server's zone.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum

from bot.clock import MOSCOW
from bot.errors import ScheduleTimeError

EVENING = (18, 0)
MORNING = (9, 0)
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_DATE_TIME = re.compile(r"(\d{1,2})\.(\d{1,2})\s+(\d{1,2})[:.](\d{2})")


class Slot(StrEnum):
    MENU = "m"  # show the slots
    HOUR = "h"  # in an hour
    EVENING = "e"  # today 18:00
    MORNING = "t"  # tomorrow 09:00
    TYPED = "x"  # the editor types a time
    BACK = "b"  # back to the preview's buttons


def _moscow(now: float) -> datetime:
    return datetime.fromtimestamp(now, MOSCOW)


def slot_time(slot: Slot, now: float) -> float | None:
    """When a slot is; None for «Сегодня 18:00» once it is past."""
    local = _moscow(now)
    if slot is Slot.HOUR:
        return now + 3600
    if slot is Slot.EVENING:
        at = local.replace(hour=EVENING[0], minute=EVENING[1], second=0, microsecond=0)
        return at.timestamp() if at.timestamp() > now else None
    if slot is Slot.MORNING:
        day = local + timedelta(days=1)
        return day.replace(hour=MORNING[0], minute=MORNING[1], second=0, microsecond=0).timestamp()
    return None


def parse_time(text: str, now: float) -> float:
    """`ЧЧ:ММ` (today) or `ДД.ММ ЧЧ:ММ` (this year), Moscow time, strictly in the future."""
    raw = " ".join(text.split())
    local = _moscow(now)
    try:
        if match := _DATE_TIME.fullmatch(raw):
            day, month, hour, minute = (int(g) for g in match.groups())
            at = local.replace(
                month=month, day=day, hour=hour, minute=minute, second=0, microsecond=0
            )
        elif match := _TIME.fullmatch(raw):
            hour, minute = (int(g) for g in match.groups())
            at = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        else:
            raise ScheduleTimeError("desk.time_format")
    except ValueError:  # 25:00, 31.02 (a ScheduleTimeError is no ValueError: it passes)
        raise ScheduleTimeError("desk.time_format") from None
    if at.timestamp() <= now:
        raise ScheduleTimeError("desk.time_past")
    return at.timestamp()


def format_time(at: float) -> str:
    """«30.03 18:00» in Moscow time."""
    return _moscow(at).strftime("%d.%m %H:%M")
