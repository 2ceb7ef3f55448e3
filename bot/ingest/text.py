"""Small text helpers shared by feed and page extraction: HTML fragments to paragraphs, and
the lines that are never part of an article (promo, share prompts, photo credits).

Why shared: a feed's content:encoded and a page's body must be cleaned by the same rules, or the
same article stored from either source would differ and be re-announced as "changed".
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Lines the journal appends to articles, and share/subscribe prompts: never article text.
PROMO = re.compile(
    r"^(Читайте (также|другие материалы|нас)|Подписывайтесь|Подпишитесь|Поделиться|"
    r"Присоединяйтесь|Следите за нами|Мы в соцсетях|Наш (Telegram|телеграм)|"
    r"Другие материалы|Материалы по теме|Похожие материалы|Теги\s*:|"
    r"Фото\s*:|Фото\s+[—-]|Источник фото|Иллюстрация\s*:)",
    re.IGNORECASE,
)
_BLOCKS = re.compile(
    r"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|div|li|h[1-6]|blockquote)\b[^>]*>", re.I
)


def clean_line(text: str) -> str:
    """Whitespace collapsed (including no-break spaces), ends trimmed."""
    return " ".join(text.replace("\u00a0", " ").replace("\u200b", "").split())


def is_noise(line: str) -> bool:
    """A promo / share / photo-credit line rather than article text."""
    return bool(PROMO.match(line))


def fragment_paragraphs(fragment: str) -> list[str]:
    """An HTML (or plain text) fragment as clean paragraphs, noise lines dropped."""
    if not fragment.strip():
        return []
    if "<" in fragment:
        marked = _BLOCKS.sub("\n", fragment)
        text = LexborHTMLParser(f"<body>{marked}</body>").text(separator="")
    else:
        text = fragment
    lines = (clean_line(line) for line in text.splitlines())
    return [line for line in lines if line and not is_noise(line)]
