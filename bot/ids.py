"""Article ids: what counts as one, defined once for commands, deep links, buttons and the CLI.

Why one definition: an id comes from readers' text (`/summary 5`), deep links (`a5`), button
payloads anyone can forge (`a:s:5`) and the command line, and every path ends in an SQLite
look-up, whose integers are 64-bit. A number outside 1…2⁶³−1 is therefore no article's id: it
is refused where it is parsed (the button filter, the command parser), never handed to SQLite.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

from storage.models import MAX_ROW_ID

MAX_ARTICLE_ID = MAX_ROW_ID
_MAX_DIGITS = len(str(MAX_ARTICLE_ID))
_ID = re.compile(r"[#№a]?\s*(\d+)", re.IGNORECASE)

# The type of a row id inside button payloads: a forged out-of-range id fails to unpack, so the
# button filter does not match and the reader gets the stale-button answer.
RowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID)]
ArticleId = RowId


def parse_article_id(raw: str) -> int | None:
    """The id in `raw` ("5", "#5", "№5", "a5"); None when it is not a usable positive number."""
    match = _ID.fullmatch(raw.strip())
    if match is None:
        return None
    digits = match.group(1).lstrip("0")
    if not digits or len(digits) > _MAX_DIGITS:  # checked before int(): no huge conversions
        return None
    value = int(digits)
    return value if value <= MAX_ARTICLE_ID else None


def looks_like_id(raw: str) -> bool:
    """A number in the id's shape, even one too large to exist ("no such article", not "bad")."""
    text = raw.strip()
    return bool(_ID.fullmatch(text)) and text.strip("#№aA0 ") != ""
