"""The resolver's memory of one article: mentions, quotation interiors, speakers found so far.

Why apart: the base of the resolver; every reference rule (pronoun, role, organisation) reads
this state and measures positions (the sentence start, a mention at a position) the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.content._speakers.tokens import Token
from bot.content.entities import Entities, Mention
from bot.content.layout import sentence_start

_SENTENCE_REACH = 400  # characters looked back for the start of a sentence
_WORD = re.compile(r"[^\W\d_]+")
_QUOTATION_WORDS = 5  # a quoted name has fewer words («Фонд национального благосостояния»)
_COMMON_WORD = re.compile(r"(?<![\w-])[а-яё]{3,}")


class _Memory:
    """What the resolver remembers of one article: its mentions, the quotations' interiors and
    the speakers found so far, and the positions every reference is measured from."""

    def __init__(self, text: str, entities: Entities) -> None:
        self.text = text
        self.entities = entities
        # (pos, rank, person name, gender): a quote's speaker counts from the quote on, but
        # ranks as of the end of its attribution sentence, so names inside that sentence
        # ("— сказал Песков, отвечая на вопрос, что Макрон …") do not take over a later "он".
        self.spoken: list[tuple[int, int, str, str | None]] = []
        # Openings of the quotations the rules took as someone's words, a speaker known or
        # not: a quoted name («Росатома») is in `quoted` but never here.
        self.said: set[int] = set()
        self._person_starts = [m.start for m in entities.persons]
        self._org_starts = [m.start for m in entities.orgs]
        self.agents: list[tuple[int, str]] = []  # (pos, speaker) from "Об этом сообщил X."
        # Quotation interiors: a name said *inside* a quote ("«Путин говорил…», — добавил он")
        # is never what a later "он" or "министр" points at.
        self.quoted: list[tuple[int, int]] = []
        self._role_heads: list[tuple[int, int, str]] | None = None
        self._intros: dict[tuple[int, bool], str] = {}
        self._objects: dict[int, bool] = {}  # mention start → object of a role's verb
        self._head_names: frozenset[str] | None = None

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        self.quoted = sorted(spans)
        self._quoted_starts = [a for a, _ in self.quoted]

    def inside_quote(self, pos: int) -> bool:
        """Whether `pos` lies inside one of the text's quotations: a name there is quoted,
        never a speaker (the attribution rules ask it too)."""
        if not self.quoted:
            return False
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def inside_quotation(self, pos: int, own: int) -> bool:
        """Whether `pos` lies inside a quotation of words («Такие проявления не выгодны Кремлю»),
        not a quoted name («Коммерсанту», «Единая Россия»), nor the quotation opening at `own`
        (the one being attributed: an interrupted one holds its own attribution, «"…, -
        сказал дипломат. - …"»): a name said there is the quoted speaker's topic, never the
        speaker an attribution clause names."""
        if not self.inside_quote(pos):
            return False
        i = bisect_right(self._quoted_starts, pos) - 1
        lo, hi = self.quoted[i]
        return lo != own and len(_WORD.findall(self.text, lo, hi)) >= _QUOTATION_WORDS

    def speakers_at(self, opening: int) -> list[str]:
        """The persons the rules gave the quotation opening at `opening`, in the order they
        were remembered: what a quotation that goes on those words inherits."""
        return [name for at, _rank, name, _g in self.spoken if at == opening]

    def speakers_of_quote_closing_at(self, close: int) -> list[str]:
        """`speakers_at` for the quotation whose closing mark stands at `close`; empty when
        no quotation closes there."""
        opening = next((lo for lo, hi in self.quoted if hi == close), None)
        return [] if opening is None else self.speakers_at(opening)

    def remember(self, pos: int, speaker: str | None, rank: int | None = None) -> None:
        self.said.add(pos)
        if speaker is None:
            return
        person = next(
            (m.person for m in self.entities.persons if m.person and m.person.name == speaker),
            None,
        )
        if person is not None:
            self.spoken.append((pos, max(pos, rank or pos), person.name, person.gender))

    def gender_of(self, name: str | None) -> str | None:
        """The gender of the person the article calls `name`, None when unknown."""
        return next(
            (m.person.gender for m in self.entities.persons if m.person and m.person.name == name),
            None,
        )

    def add_agent(self, pos: int, speaker: str) -> None:
        self.agents.append((pos, speaker))

    def sentence_start(self, pos: int, *, anchor: int | None = None) -> int:
        """Start of the sentence holding `pos`, looked for at most _SENTENCE_REACH characters
        before `anchor` (default `pos`): every look back at a sentence goes through here."""
        lo = max(0, (pos if anchor is None else anchor) - _SENTENCE_REACH)
        return sentence_start(self.text, lo, pos)

    def _words_between(self, before: Mention, mention: Mention) -> bool:
        """Whether a common word stands between two names ("Юрий Ушаков журналисту Павлу
        Зарубину"), not only particles of one name ("Луис Инасиу Лула да Силва")."""
        return bool(_COMMON_WORD.search(self.text, before.end, mention.start))

    def _at(self, tok: Token) -> Mention | None:
        """The person (preferred) or organisation mention covering `tok`."""
        for starts, marks in (
            (self._person_starts, self.entities.persons),
            (self._org_starts, self.entities.orgs),
        ):
            i = bisect_right(starts, tok.start) - 1
            while i >= 0 and i >= len(starts) - len(starts) and marks[i].start <= tok.start:
                if tok.start < marks[i].end:
                    return marks[i]
                if tok.start - marks[i].start > 200:
                    break
                i -= 1
        return None

    def _sentence_lo(self, pos: int, reach: int) -> int:
        """Where the few words before `pos` start: `reach` characters back, never before its
        sentence ("… с другими государствами.\nЗамминистра подчеркнул" has no "другой"
        before the role)."""
        lo = max(0, pos - reach)
        window = self.text[lo:pos]
        cut = max(window.rfind(c) for c in ".!?\n")
        return lo + cut + 1 if cut >= 0 else lo
