"""Paragraphs of an item with the journal's promotional lines removed.

Why: the journal's distributed texts end with "read us on Dzen / subscribe to our Telegram"
lines (and bare t.me links); they are not news and must never reach a summary or a quote.
Everything else stays verbatim, paragraph by paragraph.
"""

from __future__ import annotations

import re

from bot.content.normalize import analysis_view, prepare

_PROMO = re.compile(
    r"""^[^\w«"„“]*(?:
        читайте\s+(?:также\s+)?(?:другие\s+|все\s+|наши\s+|больше\s+)?(?:материалы|новости|статьи)
          .{0,80}(?:журнал|канал|дзен|telegram|телеграм|сайт|соцсет|vk|вконтакте)
      | читайте\s+нас\s
      | (?:читайте|смотрите)\s+также\b
      | см\.\s+также\b
      | подпи(?:сывайтесь|шитесь)\s+на\b
      | ещё\s+больше\s+(?:новостей|материалов)
      | еще\s+больше\s+(?:новостей|материалов)
      | больше\s+новостей\s+(?:в|на)\s
      | следите\s+за\s+(?:нашими\s+)?новостями
      | присоединяйтесь\s+к\s+(?:нам|нашему)
      | наш\s+(?:telegram|телеграм)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CHANNEL_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|dzen\.ru|zen\.yandex\.ru|vk\.com|ok\.ru)/",
    re.IGNORECASE,
)
_MAX_LINK_LINE = 200
_BARE_LINK = re.compile(
    r"^\W*(?:https?://)?(?:t\.me|telegram\.me|dzen\.ru|zen\.yandex\.ru)/\S*\W*$"
)
_MAX_PROMO_LEN = 300
_ORNAMENT = re.compile(r"^[^\w]*$")  # "***", "---": separators, no words


def is_promo(line: str) -> bool:
    """True for the journal's read-us/subscribe lines and bare channel links.

    The view is taken only of a line short enough to be promotion, and the link pattern
    (every branch ends in «/») is searched only in a line with a «/»: most lines are news."""
    text = line.strip()
    if not text or len(text) > _MAX_PROMO_LEN:
        return False
    text = analysis_view(text)  # same length, whitespace kept as whitespace
    if len(text) <= _MAX_LINK_LINE and "/" in text and _CHANNEL_LINK.search(text):
        return True  # "Телеграм-канал «Международной жизни»: t.me/interaffairs" and kin
    return bool(_PROMO.match(text) or _BARE_LINK.match(text))


def paragraphs(raw: str) -> tuple[str, ...]:
    """Non-empty, stripped lines of `raw` that are not promotion."""
    out = []
    for line in prepare(raw).split("\n"):
        stripped = line.strip()
        if stripped and not is_promo(stripped) and not _ORNAMENT.match(stripped):
            out.append(stripped)
    return tuple(out)
