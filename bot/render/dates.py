"""Dates as a reader writes them: «30 марта 2020», "30 March 2020", time only when known.

The journal dates its news in Moscow time; a publication time of exactly midnight there means
"only the date is known", so no time is shown then.
"""

from __future__ import annotations

from datetime import datetime

from bot.clock import MOSCOW
from bot.texts import MONTHS, Lang


def format_date(moment: datetime, lang: Lang) -> str:
    local = moment.astimezone(MOSCOW) if moment.tzinfo else moment.replace(tzinfo=MOSCOW)
    text = f"{local.day} {MONTHS[lang][local.month - 1]} {local.year}"
    if (local.hour, local.minute) != (0, 0):
        text += f", {local:%H:%M}"
    return text
