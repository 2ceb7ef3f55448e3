"""Bodies that sign a quotation on a line of their own, though the organisation table lacks them.

Why: a statement is often printed as the quotation alone, then a line holding a dash and who
issued it («"…"» / «– Управление коммуникации Турции»). The lexicon cannot list every office of
every state, but such a line names a body as plainly as a table would: its head is an
institution noun in the nominative (lexicon SIGNING_BODIES) and it says nothing else, no verb
(«– Посольство ответило отказом» is dialogue). The body is named as the line names it.
"""

from __future__ import annotations

import re

from bot.content.lexicon import SIGNING_BODIES
from bot.content.mentions import Mention
from bot.content.morph import parses

# A line of a dash and a capitalised name only, as under a quotation it signs.
_SIGNATURE_LINE = re.compile(
    r"^[ \t]*[—–-][ \t]*([А-ЯЁ][^\n,:;!?«»\"]{1,60}?)[ \t.]*$", re.MULTILINE
)
_SIGNATURE_WORDS = 6
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})


def signing_bodies(text: str) -> list[Mention]:
    """The bodies named alone on a dash line of `text`, as organisation mentions."""
    out = []
    for m in _SIGNATURE_LINE.finditer(text):
        words = m.group(1).split()
        if len(words) > _SIGNATURE_WORDS:
            continue
        head = parses(words[0].lower())
        if not any(p.pos == "NOUN" and p.normal in SIGNING_BODIES and p.has("nomn") for p in head):
            continue
        if any(p.pos in _VERB_POS for w in words[1:] for p in parses(w.lower())[:1]):
            continue
        out.append(Mention(m.start(1), m.end(1), org=m.group(1)))
    return out
