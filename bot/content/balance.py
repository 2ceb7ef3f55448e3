"""Quotation-mark balance checks and word-boundary trimming shared by summary and title.

Why: a caption or a title must never open a quotation it does not close, and must never end
mid-word; both are cut from arbitrary text, so one place owns the rules.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"


def balanced(text: str) -> bool:
    """«» nest properly, „“ pair, and straight double quotes come in pairs."""
    if text.count('"') % 2 or text.count("„") > text.count("“"):
        return False
    if "»" not in text:  # the common case: no guillemet to walk, only «…» unclosed can fail
        return "«" not in text
    depth = 0
    for c in text:
        if c == "«":
            depth += 1
        elif c == "»":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def open_guillemets(text: str) -> int:
    """How many « `text` leaves open: its « less its » (negative when it closes more than it
    opens, as a paragraph that ends a quotation opened above does)."""
    return text.count("«") - text.count("»")


def leaves_quote_open(text: str) -> bool:
    """Whether `text` opens a quotation it does not close: more « than », an odd number of
    straight marks, a „ with no “ or ” after it. Why one place: the paragraph rules (a lone
    closing mark, a name inside the words) ask it of stretches cut from anywhere, and a mark
    kind counted in one rule but not another would make them disagree on the same text."""
    return (
        open_guillemets(text) > 0
        or text.count('"') % 2 == 1
        or text.count("„") > text.count("“") + text.count("”")
    )


def merge_closing(text: str) -> str:
    """`text` with a merged closing mark restored: «… «дела Скрипалей», → «… «дела Скрипалей»»,.

    Why: Russian typography may close an inner and an outer quotation with one «»» — such a
    sentence is well formed, but has one closing mark too few. Only that case is repaired (one
    mark short, a nested quotation opened, never a stray closing mark); anything else is
    returned unchanged."""
    if open_guillemets(text) != 1:  # cheap exit: only one mark short is repaired
        return text
    depth = deepest = 0
    for c in text:
        depth += (c == "«") - (c == "»")
        if depth < 0:
            return text
        deepest = max(deepest, depth)
    last = text.rfind("»")
    if depth != 1 or deepest < 2 or last < 0:
        return text
    return text[: last + 1] + "»" + text[last + 1 :]


def close_quotes(text: str) -> str:
    """Append the closing marks `text` lacks (for a cut that happened inside a quotation)."""
    depth = 0
    for c in text:
        if c == "«":
            depth += 1
        elif c == "»" and depth > 0:
            depth -= 1
    out = text + "»" * depth
    if out.count('"') % 2:
        out += '"'
    if out.count("„") > out.count("“"):
        out += "“" * (out.count("„") - out.count("“"))
    return out


def strip_unbalanced(text: str) -> str:
    """Drop stray closing « » marks so the text balances (used for titles)."""
    out: list[str] = []
    depth = 0
    for c in text:
        if c == "»":
            if depth == 0:
                continue
            depth -= 1
        elif c == "«":
            depth += 1
        out.append(c)
    result = "".join(out)
    if result.count('"') % 2:
        idx = result.rfind('"')
        result = result[:idx] + result[idx + 1 :]
    return close_quotes(result) if not balanced(result) else result


_QUOTE_MARKS = re.compile('[«»"„“”]')
_TRAILING_JUNK = re.compile(r"[\s,;:\-–—(«\"„“]+$")


def cut_at_word(text: str, limit: int, *, ellipsis: bool = True) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, quotes balanced."""
    if len(text) <= limit:
        return text
    room = limit - (1 if ellipsis else 0) - 2  # space for the ellipsis and closing marks
    cut = text[:room]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    cut = _TRAILING_JUNK.sub("", cut).rstrip(".")
    closed = close_quotes(cut)
    if len(closed) + (1 if ellipsis else 0) > limit or not balanced(closed):
        # Pathological: more open marks than room to close them. Drop the marks instead.
        closed = _QUOTE_MARKS.sub("", cut)[: limit - (1 if ellipsis else 0)]
    return closed + (ELLIPSIS if ellipsis else "")
