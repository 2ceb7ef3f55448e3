"""Pronoun continuity: whom «он»/«она» points at.

Why apart: the latest speaker or nominative mention of that gender, unless the text has moved
to someone else (a reporter, a relative clause's owner, a displaced or background name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from bot.content._speakers.clause_words import _relative_opening, _reported_opening
from bot.content._speakers.organisations import _Organisations
from bot.content._speakers.tokens import (
    Token,
    Verb,
    closing_attribution,
    speech_verb,
    tokens,
    word_tokens,
)
from bot.content.entities import Mention
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    ACCORDING_NOUNS,
    BACKGROUND_OPENERS,
    CONTAINER_NOUNS,
    OPINION_OPENERS,
    POSSESSIVE_GENDERS,
    PREDICATE_POS,
    PRONOUN_GENDERS,
    RELAYING_VERBS,
    SHIFT_OPENERS,
    UNKNOWN_AGENTS,
    WORDS_LINKS,
    role_of,
)
from bot.content.morph import lemma, parses

_QUOTE_TOKENS = frozenset('«»"„“”')
_DASHES = ("-", "–", "—")
_CATAPHORA_REACH = 400  # characters after a pronoun where its person may be named first
_ACTING_FOR = re.compile(r"(?<![\w-])в\s+лице(?![\w-])", re.IGNORECASE)


# A quoted body name is matched by its first letters, its case ending aside («Росатома» and
# «Росатом»), and a person's name must follow it within a title's reach.
_STEM_MIN = 4
_TITLE_REACH = 60


class _Continuity(_Organisations):
    """Pronouns: the person «он»/«она» points at, the latest speaker or nominative mention of
    that gender, unless the text has turned to someone else."""

    def pronoun(
        self,
        gender: str | None,
        pos: int,
        skip: frozenset[str] = frozenset(),
        *,
        forward: bool = True,
        role: str | None = None,
    ) -> str | None:
        """He/she: the latest speaker or nominative mention of that gender before `pos`
        (never one of `skip`); with `forward`, a person named just after when nobody is
        before. A `role` («как отметил политик», its lemma) still fits a subject named after
        «Ранее», and falls back on a mere mention only as `_titled_mention` allows."""
        if role is None and (
            self._unnamed_role_before(gender, pos) or self._unnamed_source_before(gender, pos)
        ):
            return None
        last_speaker = self._latest_speaker(gender, pos, skip)
        relayer = self._relayer(last_speaker, gender, pos, skip)
        if relayer is not None:
            if relayer[1] is None:
                return None  # «Министр привел слова X: «…»»: the relayer, whom no name gives
            last_speaker = (relayer[0], relayer[1])
        best = self._latest_subject(last_speaker, gender, pos, skip)
        if best is not None and best != last_speaker:
            reporter = (
                self._reporter(best[0], gender)
                or self._relative_owner(best[0], gender)
                or self._opinion_holder(best[0], gender)
            )
            if reporter is not None:
                best = max(last_speaker or reporter, reporter)
            elif self._reported(best[0]):
                # "Политолог отметил, что Эрдоган …": reported by someone the text does not
                # name there; the speaker before carries on, else nobody
                return last_speaker[1] if last_speaker else None
            elif self._coordinated(best[0], gender, skip) or (role and self._enumerated(best[0])):
                # "Лавров и Рубио провели переговоры. По словам дипломата, …", "Макрон и
                # Шольц провели переговоры. «…», — заявил он": either of them
                return None
        if best is not None:
            return self._unless_displaced(best, last_speaker, gender, pos, skip, role)
        if role:
            return self._titled_mention(role, gender, pos, skip)
        found = self._last_person(gender, pos, skip)
        return found or (self._next_subject(gender, pos, skip) if forward else None)

    def _unless_displaced(
        self,
        best: tuple[int, str],
        last_speaker: tuple[int, str] | None,
        gender: str | None,
        pos: int,
        skip: frozenset[str],
        role: str | None,
    ) -> str | None:
        """The person `pronoun` found: the speaker of the quotation before carries on, while a
        mere mention may be displaced by another person of that gender since, or stand in
        background news («Ранее …»); None then."""
        displaced = best != last_speaker and (
            self._displaced(best[1], gender, pos, skip, subjects=not role)
            or (not role and self._background(best, gender, pos))
        )
        return None if displaced else best[1]

    def container_author(self, pronoun: Token, gender: str | None) -> str | None:
        """ "Песков знаком с приветствием лидера Казахстана Касым-Жомарта Токаева Дональду
        Трампу, в котором он назвал американского лидера «…»": a pronoun right after «в
        котором»/«в которой»/«в которых» is the author of the text the clause hangs on — the
        one person of its gender its clause names in the genitive after a noun (never the
        main clause's subject in the nominative, nor one after a preposition, nor a dative
        addressee); None when there is no such one person (then the pronoun resolves as any
        other: «Боррель заявил, что поняли его высказывание, в котором он …»)."""
        opening = _IN_WHICH.search(self.text, max(0, pronoun.start - 40), pronoun.start)
        if opening is None:
            return None
        comma = opening.start()
        lo = max(self.sentence_start(comma), self.text.rfind("\n", 0, comma) + 1)
        lo = max([lo] + [m.end() for m in _CLAUSE_MARK.finditer(self.text, lo, comma)])
        owners = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and lo <= m.start < comma
            and m.person.gender in (None, gender)
            and _genitive_after_noun(self.text, lo, m)
            and _owns_the_text(self.text, lo, m, opening.group(1).lower())
            and not self.inside_quote(m.start)
        }
        return owners.pop() if len(owners) == 1 else None

    def _unnamed_role_before(self, gender: str | None, pos: int) -> bool:
        """ "«…», – отметил президент Казахстана. «…», – добавил он": the sentence before gives
        a quotation and says who spoke by a role alone (a role noun in the nominative beside
        a singular speech verb of the pronoun's gender), names nobody, and the role resolved
        to nobody; «он» goes on with that role's holder, whom the text does not name — never
        a person mentioned further back («Токаев поблагодарил Путина …»)."""
        own = self.sentence_start(pos)
        if own == 0:
            return False
        lo = self.sentence_start(own - 1, anchor=own)
        if not any(
            lo <= close < own
            and (opening in self.said or not self._titled_name(opening, close, lo))
            for opening, close in self.quoted
        ):
            # «Министр добавил, что …»: no quotation the role's words were; nor is a quoted
            # name of a body a person was introduced as heading («глава «Росатома» Алексей
            # Лихачев … Глава "Росатома" отметил, что …»): that role is resolved
            return False
        named = any(
            lo <= m.start < own and not self.inside_quote(m.start) for m in self.entities.persons
        )  # «„… с братом-послом Михаилом Леденевым …“, — написал экс-президент»: quoted, no one
        if named or any(at < pos and rank >= lo for at, rank, _name, _gender in self.spoken):
            return False  # the role was resolved: its holder is the latest speaker
        return self._speaker_beside_verb(
            lo, own, gender, lambda before, after: _role_subject(before) or _role_subject(after)
        )

    def _titled_name(self, opening: int, close: int, hi: int) -> bool:
        """Whether the role of the sentence holding a quoted name is a person's the text
        named before `hi`: the quoted name («Росатома»), in any case, stands in a sentence
        that names a person («"Росатом" рассматривает …, сообщил … Алексей Лихачев»), or the
        sentence's role noun is the title a person was introduced with («официальный
        представитель компании Сергей Куприянов» … «Официальный представитель заверил, что
        … "Газпром" …»), unless the quoted name is that role's own body («Глава
        «Севморнефти»» is no «глава концерна»). A quoted body no earlier sentence ties to a
        person («вице-премьер Андрей Климов … Глава «Росатома» отметил …») leaves the role's
        holder unnamed."""
        inner = self.text[opening + 1 : close]
        if len(inner) >= _STEM_MIN:
            stem = inner[: max(_STEM_MIN, len(inner) - 2)]
            for found in re.finditer(re.escape(stem), self.text[:hi]):
                if self._ties_body(found.start(), found.end(), hi):
                    return True
        before = word_tokens(self.text, max(0, opening - _TITLE_REACH), opening)[-1:]
        if before and role_of(before[0].text) is not None:
            return False  # «Глава «Севморнефти»»: the body says whose head; no other title fits
        return self._introduced_role(self.sentence_start(opening), hi)

    def _ties_body(self, start: int, end: int, hi: int) -> bool:
        """Whether the body named at text[start:end] is tied to a person: it stands in the
        title right before the person's name («глава «Росатома» Алексей Лихачев»), or in a
        sentence that names a person and quotes nobody's words («"Росатом" рассматривает …,
        сообщил … Алексей Лихачев»). A sentence where someone speaks words of his own and
        names the body in passing («— заявил вице-премьер Андрей Климов, раскритиковав
        «Росатом»») ties it to nobody."""
        lo = self.sentence_start(start)
        stop = sentence_end(self.text, end, hi)
        people = [m.start for m in self.entities.persons if lo <= m.start < stop]
        if any(0 <= at - end <= _TITLE_REACH for at in people):
            return True
        return bool(people) and not any(lo <= opening < stop for opening in self.said)

    def _introduced_role(self, lo: int, hi: int) -> bool:
        """Whether a role noun of text[lo:…] (the sentence at `lo`, outside quotations) is the
        title right before a person's name somewhere before `lo`."""
        end = sentence_end(self.text, lo, len(self.text))
        roles = {
            role
            for t in word_tokens(self.text, lo, end)
            if not self.inside_quote(t.start) and (role := role_of(t.text)) is not None
        }
        for m in self.entities.persons:
            if m.start >= min(lo, hi):
                break
            title = word_tokens(self.text, max(0, m.start - _TITLE_REACH), m.start)
            if any(role_of(t.text) in roles for t in title):
                return True
        return False

    def _unnamed_source_before(self, gender: str | None, pos: int) -> bool:
        """ "Хафтар отказался подписывать соглашение. Об этом сообщил дипломатический
        источник. «…», — пояснил он": «он» attributing a quotation opening at `pos`, whose
        sentence before gives an unnamed source (lexicon UNKNOWN_AGENTS) as the subject of a
        singular speech verb of the pronoun's gender and names nobody outside quotes, is that
        source, whom the text does not name — never the person the reported sentence was
        about."""
        own = self.sentence_start(pos)
        if own == 0 or not any(abs(opening - pos) <= 1 for opening, _close in self.quoted):
            return False
        lo = self.sentence_start(own - 1, anchor=own)
        if any(
            lo <= m.start < own and not self.inside_quote(m.start) for m in self.entities.persons
        ):
            return False
        return self._speaker_beside_verb(
            lo,
            own,
            gender,
            lambda before, after: any(
                lemma(t.lower) in UNKNOWN_AGENTS and t.text.islower() for t in before + after
            ),
        )

    def _speaker_beside_verb(
        self, lo: int, hi: int, gender: str | None, fits: Callable[[list[Token], list[Token]], bool]
    ) -> bool:
        """Whether a singular, personal speech verb of `gender` between `lo` and `hi` (outside
        quotations) has beside it — the word before, or the two after — a subject `fits`
        accepts: the one test both the unnamed role and the unnamed source before a pronoun
        make of the sentence before it, so the two cannot drift apart."""
        toks = [t for t in word_tokens(self.text, lo, hi) if not self.inside_quote(t.start)]
        for k, tok in enumerate(toks):
            verb = speech_verb(tok)
            if verb is None or verb.plural or verb.impersonal:
                continue
            if gender is not None and verb.gender not in (None, gender):
                continue
            if fits(toks[max(0, k - 1) : k], toks[k + 1 : k + 3]):
                return True
        return False

    def _latest_speaker(
        self, gender: str | None, pos: int, skip: frozenset[str]
    ) -> tuple[int, str] | None:
        """(rank, name) of the latest speaker of that gender before `pos`, never one of `skip`."""
        best: tuple[int, str] | None = None
        for at, rank, name, g in self.spoken:
            if at < pos and (gender is None or g in (None, gender)) and name not in skip:
                best = max(best or (rank, name), (rank, name))
        return best

    def _relayer(
        self, last: tuple[int, str] | None, gender: str | None, pos: int, skip: frozenset[str]
    ) -> tuple[int, str | None] | None:
        """ "Он привел слова Сергея Лаврова: «…». «…», — добавил он": when the latest speaker
        (`last`) was given his quotation as the author of words a person of the pronoun's
        gender relayed or answered (lexicon RELAYING_VERBS, or a verb before CONTAINER_NOUNS), the
        pronoun goes on with that relayer, the sentence's subject — (rank, his name), None
        for the name when a role alone names him. None when the sentence relays nothing or
        an outlet relays («— приводит слова Лаврова ТАСС»: the author speaks on)."""
        if last is None:
            return None
        at = max((a for a, r, n, _g in self.spoken if a < pos and (r, n) == last), default=-1)
        lo = self.sentence_start(at) if at >= 0 else at
        toks = [t for t in word_tokens(self.text, max(lo, 0), at) if not self.inside_quote(t.start)]
        k = _relaying_verb(toks)
        if k is None or not _verb_fits(toks[k], gender):
            return None
        author_after = any(
            m.person and m.person.name == last[1] and toks[k].end <= m.start < at
            for m in self.entities.persons
        )
        if not author_after:
            return None
        subject = toks[:k]
        named = [
            m.person.name
            for m in self.entities.persons
            if m.person
            and m.nominative
            and lo <= m.start < toks[k].start
            and not self.inside_quote(m.start)
        ]
        if named:
            return None if named[-1] in skip else (last[0], named[-1])
        if any(PRONOUN_GENDERS.get(t.lower) == gender for t in subject):
            found = self.pronoun(gender, lo, skip | {last[1]}, forward=False)
            return None if found is None else (last[0], found)
        return (last[0], None) if _role_subject(subject[-2:]) else None

    def _latest_subject(
        self, best: tuple[int, str] | None, gender: str | None, pos: int, skip: frozenset[str]
    ) -> tuple[int, str] | None:
        """`best`, or a later nominative mention of that gender (or one acting for the subject)
        outside quotations before `pos`, never one of `skip`."""
        for m in self.entities.persons:
            if (
                m.person
                and m.person.name not in skip
                and m.start < pos
                and (m.nominative or self._acting_for(m))
                and (gender is None or m.person.gender in (None, gender))
                and not self.inside_quote(m.start)
                and not self.role_object(m)
            ):
                best = max(best or (m.start, m.person.name), (m.start, m.person.name))
        return best

    def _acting_for(self, mention: Mention) -> bool:
        """ "Россия, в лице постпреда при ООН Василия Небензи, отреагировала": the person «в
        лице» names (after his title, within the clause) is who acts for the subject, as a
        subject would; a later «он» may stand for him — when the text also names him in the
        nominative, so his name's form is settled (never «Василий Небензи»)."""
        if not self._in_lice(mention):
            return False
        person = mention.person
        return person is not None and any(
            m.person == person
            and m.nominative
            and self.text[m.start : m.end].split()[-1] == person.surname
            for m in self.entities.persons
        )

    def _in_lice(self, mention: Mention) -> bool:
        """Whether «в лице» opens the clause of `mention` («Россия, в лице постпреда при ООН
        Василия Небензи, …»): he acts for the clause's subject, whatever his case."""
        window = self.text[max(0, mention.start - 60) : mention.start]
        window = window[max(window.rfind(c) for c in '.,;:!?«»"\n') + 1 :]
        return _ACTING_FOR.search(window) is not None

    def _reporter(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """ "Моди заявил, что президент РФ Владимир Путин является его другом. … он отметил":
        a person named in the «что» clause of a speech verb (or in the question it answers:
        «Рябков не стал отвечать на вопрос, обсуждали ли Лавров и Рубио …») is what its
        subject said; a later «он» stands for that subject, a person of the same gender named
        in the nominative before the verb (its (position, name)); None when the mention at
        `at` is no such."""
        found = self._reporting_verb(at)
        if found is None:
            return None
        lo, _before, verb = found
        return self._sole_subject(lo, verb.token.start, gender)

    def _reported(self, at: int) -> bool:
        """Whether the mention at `at` stands in the «что» clause of a singular speech verb
        whose subject the text names by no name («Политолог отметил, что Эрдоган …»): what
        someone said, never who speaks."""
        found = self._reporting_verb(at)
        if found is None:
            return False
        lo, before, verb = found
        named = any(lo <= m.start < verb.token.start for m in self.entities.persons)
        role = any(role_of(t.text) for t in before if t.start < verb.token.start)
        return role and not named  # a body reporting it («МИД сообщил, что Лавров …») is no «он»

    def _reporting_verb(self, at: int) -> tuple[int, list[Token], Verb] | None:
        """The singular speech verb whose «что» clause (or indirect question) holds the mention
        at `at`: where its sentence starts, the words before the clause, and the verb; None
        when the mention stands in no such clause. `_reporter` and `_reported` both ask."""
        lo, toks = self._clause_tokens(at)
        if self._closes_narration(lo, toks):
            return None
        that = next((k for k in range(len(toks) - 1, 0, -1) if _reported_opening(toks, k)), None)
        if that is None:
            return None
        before = toks[: that - 1]
        verb = next((v for t in reversed(before) if (v := speech_verb(t))), None)
        if verb is None or verb.plural or verb.impersonal:
            return None
        return lo, before, verb

    def _opinion_holder(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """ "По мнению Худякова, от поездок должны отказаться Яценюк и Байден. «…», — заявил
        парламентарий": people named in a sentence opening with whose view it is
        (`lexicon.OPINION_OPENERS`) are what that person said; a later role or «он» stands for
        the one person of that gender named before the comma (its (position, name)), None when
        the mention at `at` is no such."""
        lo, _toks = self._clause_tokens(at)
        head = self.text[lo:at]
        comma = head.find(",")
        words = head[:comma].lower().split() if comma > 0 else []
        bare = " ".join(w for w in words if w not in POSSESSIVE_GENDERS)  # «по его словам»
        if not bare.startswith(OPINION_OPENERS):
            return None
        names = {
            (m.start, m.person.name)
            for m in self.entities.persons
            if lo <= m.start < lo + comma and m.person is not None
        }
        if not names:
            return None if self._speaks_in_view(at) else self._possessive_holder(words, lo, gender)
        if len({name for _at, name in names}) != 1:
            return None
        start, name = min(names)
        person = next(m.person for m in self.entities.persons if m.start == start)
        if person is None or (gender is not None and person.gender not in (None, gender)):
            return None
        return start, name

    def _possessive_holder(
        self, words: list[str], lo: int, gender: str | None
    ) -> tuple[int, str] | None:
        """ "Диас-Канель считает Путина своим другом. По его словам, Путин продемонстрировал
        это на деле. «…», — сказал он": an opening that gives whose view it is by a
        possessive pronoun of the later pronoun's gender («по его словам», «по ее мнению»: its
        lower-case `words`) holds the person that possessive stands for at the sentence's
        start `lo` (its (position, name)); the people after its comma are what he said."""
        possessive = next((POSSESSIVE_GENDERS[w] for w in words if w in POSSESSIVE_GENDERS), None)
        if possessive is None or gender not in (None, possessive):
            return None
        holder = self.pronoun(possessive, lo, forward=False)
        return (lo, holder) if holder is not None else None

    def _enumerated(self, at: int) -> bool:
        """Whether the person named at `at` is one of three or more listed in a row («…
        премьер Украины Арсений Яценюк, вице-президент США Джо Байден и политолог Джордж
        Фридман»): a list of people banned, met or criticised, none of whom a role stands for."""
        people = [m for m in self.entities.persons if m.person is not None]
        index = next((k for k, m in enumerate(people) if m.start == at), None)
        if index is None:
            return False
        lo = hi = index
        while lo > 0 and _listed(self.text[people[lo - 1].end : people[lo].start]):
            lo -= 1
        while hi + 1 < len(people) and _listed(self.text[people[hi].end : people[hi + 1].start]):
            hi += 1
        return hi - lo >= 2

    def _relative_owner(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """ "Пушков встретился с делегацией, которую возглавлял конгрессмен Смит. По словам
        политика, …": a person named in a relative clause describes a thing of the main
        clause; the text is about that clause's subject, the one person of the same gender
        named in the nominative before it (its (position, name)); None otherwise."""
        lo, toks = self._clause_tokens(at)
        if self._closes_narration(lo, toks):
            return None
        opening = next((k for k in range(len(toks) - 1, 0, -1) if _relative_opening(toks, k)), None)
        if opening is None:
            return None
        return self._sole_subject(lo, toks[opening].start, gender)

    def _closes_narration(self, lo: int, toks: list[Token]) -> bool:
        """Whether the words from `lo` up to a mention close a sentence of narration with its
        own attribution (`closing_attribution`: «…, о чем сообщил X, сообщила пресс-секретарь
        Y»): the mention says all of it. A sentence holding a quotation («— …, — заявил
        Путин», ««…», — сказал он») is left to the readings of its clauses as before: the
        words before its comma are the quotation's, not a clause of narration."""
        if not closing_attribution(toks) or any(t.text in _QUOTE_TOKENS for t in toks):
            return False
        return not self.text[lo : lo + 3].lstrip().startswith(_DASHES)

    def _clause_tokens(self, at: int) -> tuple[int, list[Token]]:
        """Where the sentence holding `at` starts within its paragraph, and its tokens up to
        `at`: the stretch `_reporter` and `_relative_owner` read back through."""
        lo = self.sentence_start(at)
        lo = max(lo, self.text.rfind("\n", lo, at) + 1)
        return lo, tokens(self.text, lo, at)

    def _sole_subject(self, lo: int, hi: int, gender: str | None) -> tuple[int, str] | None:
        """The one person named in the nominative between `lo` and `hi`, of `gender` when it is
        known (its (position, name)); None when nobody or two people are named there."""
        subject = [
            m
            for m in self.entities.persons
            if lo <= m.start < hi and m.nominative and m.person is not None
        ]
        names = {m.person.name for m in subject if m.person}
        person = subject[0].person if len(names) == 1 else None
        if person is None or (gender is not None and person.gender not in (None, gender)):
            return None
        return subject[0].start, person.name

    def _coordinated(self, at: int, gender: str | None, skip: frozenset[str]) -> bool:
        """Whether the person named at `at` shares the subject of their clause with another
        one of the same gender joined by «и» («Лавров и госсекретарь США Марко Рубио
        провели переговоры»): a role may be either of them."""
        own = next((m for m in self.entities.persons if m.start == at), None)
        if own is None:
            return False
        for m in self.entities.persons:
            if m is own or not m.nominative or m.person is None or m.person.name in skip:
                continue
            if gender and m.person.gender not in (None, gender):
                continue
            between = self.text[min(own.end, m.end) : max(own.start, m.start)]
            if len(between) < 80 and _JOINED.fullmatch(between):
                return True
        return False

    def _displaced(
        self,
        name: str,
        gender: str | None,
        pos: int,
        skip: frozenset[str] = frozenset(),
        *,
        subjects: bool = False,
    ) -> bool:
        """ "Кац объявил Гутерриша персоной нон грата. Россия, в лице постпреда Василия
        Небензи, отреагировала. Он призвал …": the sentence just before names another person
        of that gender and not the candidate — "он" may be either of them, so nobody. A
        candidate named in the pronoun's own sentence, before it, is never displaced ("Об
        этом сообщил глава пресс-службы Нед Прайс."Посол вернется …", - сказал он")."""
        own = self.sentence_start(pos)
        if own == 0 or self._named_between(name, own, pos):
            return False
        lo = self.sentence_start(own - 1, anchor=own)
        chained = subjects and self._chained(gender, lo, own)
        there = {
            m.person.name
            for m in self.entities.persons
            if lo <= m.start < own
            and m.person
            and m.person.name not in skip  # "советник офиса премьер-министра": no «глава»
            and (gender is None or m.person.gender in (None, gender))
            and not self.inside_quote(m.start)
            and (not chained or m.nominative or self._in_lice(m))
            and not self._in_view_of(name, m.start, gender)
        }
        return bool(there) and name not in there

    def _in_view_of(self, name: str, at: int, gender: str | None) -> bool:
        """Whether the mention at `at` stands in a sentence opening with the view of `name`
        («По его словам, Путин продемонстрировал это на деле»: `_opinion_holder`): what he
        said, never his rival for a later «он»."""
        holder = self._opinion_holder(at, gender)
        return holder is not None and holder[1] == name and not self._speaks_in_view(at)

    def _speaks_in_view(self, at: int) -> bool:
        """Whether the person named at `at`, inside another's view («По его словам, министр
        Анри Дюпон обещал выделить средства»), has a speech verb of his own in that sentence:
        he then speaks too, and is the likelier one a later «он» stands for."""
        end = sentence_end(self.text, at, min(len(self.text), at + 300))
        return any(
            (verb := speech_verb(t)) is not None and not verb.plural and not verb.impersonal
            for t in tokens(self.text, at, end)
            if not self.inside_quote(t.start)
        )

    def _chained(self, gender: str | None, lo: int, hi: int) -> bool:
        """Whether the sentence text[lo:hi] goes on about the one a pronoun of `gender` stands
        for: «он» as its subject («Соответствующее заявление он сделал в ходе встречи с
        Владимиром Путиным»), or «его» owning its words («По его словам, похищение … Николаса
        Мадуро …»). Another person named there only in an oblique case is then an object or
        a topic of that chain, never a rival for a later «он»."""
        if gender is None:
            return False
        toks = [t for t in tokens(self.text, lo, hi) if not self.inside_quote(t.start)]
        if any(PRONOUN_GENDERS.get(t.lower) == gender for t in toks):
            return True
        return any(
            POSSESSIVE_GENDERS.get(t.lower) == gender and lemma(n.lower) in ACCORDING_NOUNS
            for t, n in pairwise(toks)
        )

    def _named_between(self, name: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names the person `name` outside quotations."""
        return any(
            lo <= m.start < hi
            and m.person is not None
            and m.person.name == name
            and not self.inside_quote(m.start)
            for m in self.entities.persons
        )

    def _background(self, best: tuple[int, str], gender: str | None, pos: int) -> bool:
        """ "Об этом заявил Андрей Руденко. Ранее Владимир Зеленский заявил, что … «…», — сказал
        он": a man last named in a sentence stepping back to earlier news («Ранее …») while
        another man was named before it — "он" may be either of them, so nobody. Not when the
        pronoun's sentence goes on right after that one, in its paragraph («Ранее … Алиев
        допустил, что … По его словам, …»): the earlier news is being told, by its subject."""
        at, name = best
        opening = self.sentence_start(at)
        if not self.text[opening : opening + 20].lower().startswith(BACKGROUND_OPENERS):
            return False
        own = self.sentence_start(pos)
        if (
            own > opening
            and "\n" not in self.text[opening:own]
            and self.sentence_start(own - 1, anchor=own) == opening
        ):
            return False
        # only a man who spoke before competes («…, что Путин отвечал на вопросы» did not)
        spoke = {who for pos, _r, who, _g in self.spoken if pos < opening}
        spoke |= {who for pos, who in self.agents if pos < opening}
        return any(
            m.person
            and m.person.name != name
            and m.person.name in spoke
            and m.start < opening
            and m.nominative
            and (gender is None or m.person.gender in (None, gender))
            and not self.inside_quote(m.start)
            for m in self.entities.persons
        )

    def _next_subject(
        self, gender: str | None, pos: int, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """ "«…», — приводит РИА Новости его слова. Гутерреш выразил опасение…": a pronoun
        nobody before it can answer (the headline that named him was cut) points at the
        person the next lines name as a subject, close by — only while nobody has spoken
        yet ("Источник рассказал … «…», — заявил он" is the source's, not a later name's)."""
        own_sentence = self.sentence_start(pos)
        if any(speech_verb(t) for t in tokens(self.text, 0, own_sentence)):
            return None
        for m in self.entities.persons:
            if m.start <= pos or m.start - pos > _CATAPHORA_REACH:
                continue
            if m.person is None or m.person.name in skip or not m.nominative:
                continue
            fits = gender is None or m.person.gender in (None, gender)
            if fits and not self.inside_quote(m.start):
                return None if self._turns_away(m) else m.person.name
        return None

    def _turns_away(self, mention: Mention) -> bool:
        """Whether the sentence of `mention` opens by turning to another matter or time
        («Ранее Лавров заявил …»): a person named there is not who a word before stood for."""
        opening = self.sentence_start(mention.start)
        return self.text[opening : opening + 20].lower().startswith(SHIFT_OPENERS)

    def _last_person(
        self, gender: str | None, pos: int, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """The last person of that gender named before `pos` outside quotations, when nobody
        spoke or stood as a subject before: None when that one is named beside someone
        (`silent_companion`: «во время разговора с Энтони Блинкеном», «как и Рохелио Майта»),
        who carries no words — whoever speaks is the one the text did not name."""
        for m in reversed(self.entities.persons):
            if (
                m.person
                and m.person.name not in skip
                and m.start < pos
                and (gender is None or m.person.gender in (None, gender))
                and not self.inside_quote(m.start)
            ):
                if self.silent_companion(m) or self._spoken_over(m, gender, pos):
                    return None
                return m.person.name
        return None

    def _spoken_over(self, mention: Mention, gender: str | None, pos: int) -> bool:
        """Whether a person named only in passing is no «он» of a quotation at `pos` because
        somebody else speaks around him: he stands in what a speech verb's subject said
        («Гидеон Саар заявил, что Израиль привержен плану Дональда Трампа. «…», — сказал
        он»), or a later sentence before `pos` has a singular speech verb of the pronoun's
        gender that does not name him («Трампа интересует не … Об этом заявил лидер церкви
        Элайджа Айоделе. «…», — сказал он»). Either speaker is one the text named in a way
        the names did not catch; the passer-by is not him. A verb whose subject is «он»/«она»
        («Она привела слова …») goes on about whom the pronoun stands for, and passes over
        nobody."""
        if self._reporting_verb(mention.start) is not None:
            return True
        name = mention.person.name if mention.person else ""
        lo = sentence_end(self.text, mention.end, pos)
        for tok in word_tokens(self.text, lo, pos):
            verb = speech_verb(tok)
            if verb is None or verb.plural or verb.impersonal or self.inside_quote(tok.start):
                continue
            if (gender is not None and verb.gender not in (None, gender)) or _infinitive(tok):
                continue  # «заявила, что не намерена продолжать переговоры»: nobody spoke
            own = self.sentence_start(tok.start)
            if self._chained(gender, own, tok.end):
                continue  # «Она привела слова …»: the text goes on about the pronoun's person
            if not self._named_between(name, own, pos):
                return True
        return False


# What may stand between two subjects joined by «и»: the other one's title, no clause break.
_JOINED = re.compile(r"[^,;:.!?«»\n]*(?<![\w-])и(?![\w-])[^,;:.!?«»\n]*")


# What stands between two people listed in a row: a comma or «и», and the next one's title.
_LIST_GAP = re.compile(r"\s*,[^,;:.!?«»\n]*|[^,;:.!?«»\n]*(?<![\w-])и(?![\w-])[^,;:.!?«»\n]*")


# «, в котором он …»: a relative clause inside a text (a message, a greeting, an interview)
# the clause hangs on; its pronoun right after is that text's author.
_IN_WHICH = re.compile(r",[ \t]*(?:в|во)[ \t]+котор(ом|ой|ых)[ \t]+$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:«»\"()—–]")
_OTHER_OBLIQUE = frozenset({"datv", "ablt", "loct"})


def _genitive_after_noun(text: str, lo: int, mention: Mention) -> bool:
    """Whether `mention` closes a chain of genitives after the clause's predicate —
    «Песков знаком с приветствием лидера Казахстана Токаева», «ознакомился с обращением
    президента Кении Уильяма Руто»: the word before it a noun or adjective that reads in
    the genitive (or a capitalised name, which may never decline), its own last word not only
    in another oblique case («Трампу»; «Руто», unknown
    to the dictionary, may be any) — never a subject before the predicate («Министр …
    Сергей Лавров ознакомился»), nor a name after a preposition («с Токаевым»): whose the
    noun is."""
    words = word_tokens(text, lo, mention.start)
    if not words or not any(p.pos in PREDICATE_POS for w in words for p in parses(w.lower)[:1]):
        return False
    last = text[mention.start : mention.end].split()[-1].lower()
    cases = [p for p in parses(last) if p.pos == "NOUN"]
    if cases and all(p.grams & _OTHER_OBLIQUE for p in cases):
        return False
    if words[-1].text[:1].isupper():
        return True  # «премьер-министра Бангладеш Шейх Хасины»: a name that never declines
    return any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(words[-1].lower))


# The number and gender a noun needs for «в котором/которой/которых» to hang on it.
_WHICH_AGREES = {
    "ом": (frozenset({"sing"}), frozenset({"masc", "neut"})),
    "ой": (frozenset({"sing"}), frozenset({"femn"})),
    "ых": (frozenset({"plur"}), frozenset({"masc", "femn", "neut"})),
}


def _owns_the_text(text: str, lo: int, mention: Mention, which: str) -> bool:
    """Whether `mention` is the author of a text the «в котором»/«в которой» clause hangs on:
    the genitive chain before the name («лидера Казахстана», capitalised names) goes back to a
    CONTAINER_NOUNS noun agreeing with the relative word («с посланием президента X, в котором»,
    «статью журналиста X, в которой») — never to a deed, a place or a topic («указ о награждении
    певца X», «в резиденции президента X», «статью о визите X», «публикацию о заявлениях X, в
    которой» — the plural words are not what «которой» is)."""
    number, genders = _WHICH_AGREES[which]
    for word in reversed(word_tokens(text, lo, mention.start)):
        nouns = [p for p in parses(word.lower) if p.pos == "NOUN"]
        if lemma(word.lower) in CONTAINER_NOUNS:
            return any(p.grams & number and p.grams & genders for p in nouns)
        genitive = any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(word.lower))
        if not (genitive or word.text[:1].isupper()):
            return False
    return False


def _relaying_verb(toks: list[Token]) -> int | None:
    """Index of the finite verb in `toks` that relays or answers another's words: one of
    RELAYING_VERBS («процитировал Эрдогана»), or any verb right before a words noun or a text
    of CONTAINER_NOUNS, «на»/«с» allowed between («привел слова», «ответила на слова»,
    «прокомментировал статью журналиста X, в которой он …»)."""
    for k, tok in enumerate(toks):
        best = parses(tok.lower)[:1]
        if not best or best[0].pos != "VERB":
            continue
        if best[0].normal in RELAYING_VERBS:
            return k
        after = toks[k + 1 : k + 3]
        if after and after[0].lower in WORDS_LINKS:
            after = after[1:]
        if after and lemma(after[0].lower) in CONTAINER_NOUNS:
            return k
    return None


def _infinitive(tok: Token) -> bool:
    """Whether `tok` reads first as an infinitive («продолжать»): a speech verb's lemma, but
    no one's act of speaking."""
    best = parses(tok.lower)[:1]
    return bool(best) and best[0].pos == "INFN"


def _verb_fits(tok: Token, gender: str | None) -> bool:
    """Whether the relaying verb's form fits one person of `gender` (never a plural)."""
    best = parses(tok.lower)[0]
    if best.has("plur"):
        return False
    form = "femn" if best.has("femn") else "masc" if best.has("masc") else None
    return gender is None or form in (None, gender)


def _role_subject(toks: list[Token]) -> bool:
    """Whether `toks` (a word before a speech verb, or two after it) name its subject by a
    role in the nominative, an adjective before it allowed («президент», «аргентинский
    лидер»)."""
    for tok in toks:
        best = parses(tok.lower)[:1]
        if not best or not best[0].has("nomn"):
            return False
        if role_of(tok.text) is not None:
            return True
        if best[0].pos != "ADJF":
            return False
    return False


def _listed(between: str) -> bool:
    """Whether `between`, the text between two people's names, lists them in a row."""
    return len(between) < 80 and _LIST_GAP.fullmatch(between) is not None
