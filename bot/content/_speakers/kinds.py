"""Kinds of post: «— сказал посол», «— заявил политик» after a text that introduced one such person.

Why apart: a role noun after a quotation often describes, under another word, the one person
the text just introduced («глава МИД Мали» … «— отметил дипломат»; «спецпредставитель
президента» … «— заявил политик»). Which titles a description fits is data (lexicon
DESCRIBED_KINDS, TITLE_KINDS); who may be meant is the one person whose titles fit, when
everyone else the text made a subject has a title that does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content._speakers.continuity import _Continuity
from bot.content._speakers.names import (
    _role,
    _title_words,
    addressed,
    compound_role,
    spokesman_reading,
)
from bot.content._speakers.nations import is_country_word
from bot.content._speakers.posts import _overlap, deputy_post, post_after
from bot.content._speakers.tokens import Token, tokens
from bot.content.entities import Mention
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    APPOINTED_AS,
    COUNTRY_LEADERS,
    DESCRIBED_KINDS,
    HEADS,
    POST_KINDS,
    PREPOSITIONS,
    TITLE_KINDS,
    role_of,
    same_role,
)
from bot.content.morph import lemma as word_lemma
from bot.content.morph import parses

_APPOSITION = re.compile(r"[ \t]*,[ \t]*")
_APPOSITION_REACH = 3  # words of an apposition after a name up to its role («, глава МИД»)
_PREDICATE_REACH = 120  # characters after a name where «… назначения новым послом» may stand


def _kinds_of(role: str, post: str | None) -> frozenset[str]:
    """The kinds of post one title gives: its role itself, the kinds the lexicon gives the
    role (TITLE_KINDS: «посол» is a diplomat and a politician), and those of the body it
    heads (POST_KINDS: «глава МИД» is a diplomat too)."""
    kinds = {role, *TITLE_KINDS.get(role, ())}
    if post is not None:
        kinds.update({f"post:{post}", *POST_KINDS.get(post, ())})
    return frozenset(kinds)


def _modifier(tok: Token) -> bool:
    best = parses(tok.lower)[:1]
    return tok.text[:1].islower() and bool(best) and best[0].pos in ("ADJF", "PRTF", "NUMR")


def _country_after(text: str, tok: Token) -> bool:
    """Whether the word right after `tok` names a country («лидер КНДР»)."""
    after = tokens(text, tok.end, min(len(text), tok.end + 40))[:1]
    return bool(after) and is_country_word(after[0].text)


@dataclass(slots=True)
class _Census:
    """The people named before a description, by what their titles say of it: `fits` (a
    title of its kind), `introduced` (a title with the description's own word), `untitled`
    (a subject with no title at all), `subjects` (named in the nominative or speaking),
    `clashing` (titled, none of the titles of its kind nor the same post: `same_role`)."""

    fits: set[str]
    introduced: set[str]
    untitled: set[str]
    subjects: set[str]
    clashing: set[str]


def _appointing(tok: Token) -> bool:
    """Whether `tok` is a word of appointment (lexicon APPOINTED_AS), no preposition."""
    return tok.lower not in PREPOSITIONS and word_lemma(tok.lower) in APPOINTED_AS


@dataclass(frozen=True, slots=True)
class Description:
    """A description read after a quotation («— отметил дипломат»): its role's lemma, the
    speech verb's gender, the quotation's position, the role's token, the country keys it
    names and the people it can never be. Why one object: the census, the veto and the
    pick all ask the same six facts of the same description."""

    lemma: str
    gender: str | None
    pos: int
    at: Token
    keys: frozenset[str]
    skip: frozenset[str]


class _Kinds(_Continuity):
    """The kinds of post each person's titles give, and the one person a description fits."""

    def described_kind(self, d: Description) -> str | None:
        """ "Такое заявление сделал Абдулайе Диоп, глава МИД Мали. «…», — отметил дипломат":
        a description (`lemma` at `at`, lexicon DESCRIBED_KINDS) stands for the one person
        named before `pos` whose titles give one of its kinds, when that person is a subject
        (named in the nominative or speaking) and everyone else the text made a subject has
        a title of another kind: a subject with no title at all («Насралла сказал …») or a
        second fitting person leaves it unknown, and a title of another kind never fits («—
        сказал посол» is never the one introduced as the foreign minister)."""
        census = self.kind_census(d)
        if census is None or census.untitled or len(census.fits) != 1:
            return None
        found = next(iter(census.fits))
        return found if found in census.subjects else None

    def kind_veto(self, found: str, d: Description) -> bool:
        """Whether the kinds of post rule out `found`, whom another rule gave a description:
        someone else's titles fit it while `found` has titles of another kind and post only
        («Министр иностранных дел Сергей Лавров встретился с Абдулайе Диопом, послом Мали.
        «…», — сказал посол» is never Лавров), or `found` was never a subject while a subject
        with no title was («Хасан Насралла выступил. Он вспомнил лидера … Мустафу Бадреддина.
        «…», — предупредил шиитский лидер»)."""
        census = self.kind_census(d)
        if census is None:
            return False
        if census.fits - {found} and found in census.clashing:
            return True
        if (census.fits & census.subjects) - {found} and found not in census.subjects:
            return True  # «Лидер Венесуэлы … поблагодарил президента России»: the subject
        if d.keys:
            return False  # «— заявил президент США»: the country says whose
        return bool(census.untitled - {found}) and found not in census.subjects

    def kind_census(self, d: Description) -> _Census | None:
        """Who before `pos` fits the description (`_Census`), None for a role the lexicon
        gives no kinds. A country the description names (`keys`) must be in a fitting
        person's titles when they name one («— сказал посол Японии» is never France's)."""
        wanted = self._wanted_kinds(d.lemma, d.at)
        if not wanted:
            return None
        census = _Census(set(), set(), set(), set(), set())
        for name, mentions in self._people_before(d.pos, d.gender, d.skip).items():
            titles = [t for m in mentions for t in self._titles(m)]
            kinds = frozenset().union(*(k for k, _ in titles)) if titles else frozenset()
            subject = self._made_subject(name, mentions)
            if subject:
                census.subjects.add(name)
            if kinds & wanted and (not d.keys or self._country_fits(mentions, d.keys)):
                census.fits.add(name)
                if d.lemma in kinds:
                    census.introduced.add(name)
            elif not titles and subject:
                census.untitled.add(name)
            elif titles and not any(same_role(k.removeprefix("of:"), d.lemma) for k in kinds):
                census.clashing.add(name)
        return census

    def _wanted_kinds(self, lemma: str, at: Token) -> frozenset[str]:
        """The kinds a description asks for: a head with the body after it («глава
        государства») asks for that post's kinds, else the lexicon's row for the role."""
        post = post_after(self.text, at)[0]
        if lemma in HEADS and post is not None:
            return frozenset({f"post:{post}"})
        return DESCRIBED_KINDS.get(lemma, frozenset())

    def _people_before(
        self, pos: int, gender: str | None, skip: frozenset[str]
    ) -> dict[str, list[Mention]]:
        """The people named before `pos` outside quotations, of a gender that fits, never
        one of `skip` nor a role's complement («пресс-секретарь Путина»)."""
        people: dict[str, list[Mention]] = {}
        for m in self.entities.persons:
            if m.person is None or m.start >= pos or self.inside_quote(m.start):
                continue
            if m.person.name in skip or (gender and m.person.gender not in (None, gender)):
                continue
            if not self.complement(m):
                people.setdefault(m.person.name, []).append(m)
        return people

    def _made_subject(self, name: str, mentions: list[Mention]) -> bool:
        """Whether the text made the person a subject: a mention in the nominative (or
        written as the nominative name: «Ортега»), never one only told or met, or a quotation
        already theirs."""
        if any(spoken == name for _at, _rank, spoken, _g in self.spoken):
            return True
        return any(
            (m.nominative or self._as_named(m))
            and not addressed(self.text, m)
            and not self.role_object(m)
            for m in mentions
        )

    def _as_named(self, mention: Mention) -> bool:
        """Whether the mention is written as the person's nominative name, or its last
        words («Ортега» for «Лауреано Ортега»), whatever case the name finder read."""
        words = self.text[mention.start : mention.end].split()
        name = mention.person.name.split() if mention.person is not None else []
        return bool(words) and name[-len(words) :] == words

    def _country_fits(self, mentions: list[Mention], keys: frozenset[str]) -> bool:
        countries = {key for m in mentions for key in self._title_countries(m)}
        return not countries or _overlap(countries, keys)

    def _titles(self, mention: Mention) -> list[tuple[frozenset[str], int]]:
        """The titles the text gives a person at one mention, as (kinds, position): the
        words before the name, an apposition after it («Абдулайе Диоп, глава МИД Мали»), a
        post the name's clause says he was given («Сергей Толченов … после назначения новым
        послом»)."""
        found = self._titles_before(mention)
        found += self._apposition(mention)
        found += self._appointed(mention)
        return found

    def _titles_before(self, mention: Mention) -> list[tuple[frozenset[str], int]]:
        window = self.intro_window(mention)
        lo = mention.start - len(window)
        words = _title_words(window)
        found: list[tuple[frozenset[str], int]] = []
        for k, tok in enumerate(words):
            role = _role(tok)
            if role is None:
                continue
            post = post_after(window, tok, article=self.text)[0]
            if found:  # «заместитель министра иностранных дел»: a diplomat, no minister
                # (the role itself only marked «of:», for `same_role` in `kind_census`)
                kinds = {f"of:{role}", *TITLE_KINDS.get(role, ()), *POST_KINDS.get(post or "", ())}
                found.append((frozenset(kinds), lo + tok.start))
                continue
            role = compound_role(spokesman_reading(role, window, tok), words[k - 1] if k else None)
            found.append((self._title_kinds(window, tok, role, post), lo + tok.start))
        return found

    def _title_kinds(self, text: str, tok: Token, role: str, post: str | None) -> frozenset[str]:
        """The kinds of the title whose head is `tok` in `text`: `_kinds_of`, with a deputy's
        body («замглавы МИД»: a diplomat) and a leader's country («лидер КНДР», «председатель
        КНР»: the head of a state or government)."""
        kinds = set(_kinds_of(role, post))
        if role == "заместитель" and post is None:
            kinds.update(POST_KINDS.get(deputy_post(text, tok) or "", ()))
        if role in COUNTRY_LEADERS and _country_after(text, tok):
            kinds.update({"post:head of state", "post:head of government"})
        return frozenset(kinds)

    def _apposition(self, mention: Mention) -> list[tuple[frozenset[str], int]]:
        """ "Абдулайе Диоп, глава МИД Мали": a role opening the words after the name's comma,
        over adjectives only («, бывший посол»)."""
        comma = _APPOSITION.match(self.text, mention.end)
        if comma is None:
            return []
        hi = sentence_end(self.text, comma.end(), len(self.text))
        for tok in tokens(self.text, comma.end(), hi)[:_APPOSITION_REACH]:
            role = role_of(tok.text)
            if role is not None and any(p.has("nomn") for p in parses(tok.lower)[:1]):
                post = post_after(self.text, tok)[0]
                return [(self._title_kinds(self.text, tok, role, post), tok.start)]
            if not _modifier(tok):
                return []
        return []

    def _appointed(self, mention: Mention) -> list[tuple[frozenset[str], int]]:
        """ "Сергей Толченов … после назначения новым послом Российской Федерации": a role in
        the instrumental after a word of appointment (lexicon APPOINTED_AS) over adjectives,
        in the nominative name's clause, no other person named between."""
        if not mention.nominative:
            return []
        reach = min(len(self.text), mention.end + _PREDICATE_REACH)
        hi = sentence_end(self.text, mention.end, reach)
        persons = self.entities.persons
        nxt = min((m.start for m in persons if mention.end <= m.start < hi), default=hi)
        toks = tokens(self.text, mention.end, nxt)
        for k, tok in enumerate(toks):
            role = role_of(tok.text)
            if role is None or not any(p.has("ablt") for p in parses(tok.lower)[:1]):
                continue
            j = k - 1
            while j >= 0 and _modifier(toks[j]):
                j -= 1
            if j >= 0 and _appointing(toks[j]):
                post = post_after(self.text, tok)[0]
                return [(self._title_kinds(self.text, tok, role, post), tok.start)]
        return []
