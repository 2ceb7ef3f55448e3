"""Role resolution: the person «министр», «глава МИД», «пресс-секретарь Токаева» refers to.

Why apart: a role is matched by the post and country the text gave each person, by its being the
only person named, or by a generic role falling back on the pronoun rules; never a wrong name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content._speakers.introductions import verb_form
from bot.content._speakers.kinds import Description, _Kinds
from bot.content._speakers.names import _native_name, _role, _title_words
from bot.content._speakers.nations import is_country_word, nation_keys
from bot.content._speakers.organisations import body_fits
from bot.content._speakers.posts import _another_post, _overlap, post_after
from bot.content._speakers.tokens import Token, speech_verb, tokens
from bot.content.balance import leaves_quote_open
from bot.content.entities import Mention
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    ANONYMITY_AFTER,
    ANONYMITY_BEFORE,
    ANONYMOUS_MARKS,
    BARE_RANK_AFTER,
    COMMENTATORS,
    DESCRIPTION_KIN,
    EXACT_POSTS,
    HEAD_ROLES,
    HEADS,
    LEADER_PERIPHRASES,
    LEADER_ROLES,
    MEDIA,
    MILITARY_BODIES,
    MILITARY_CIVIL_HEADS,
    MILITARY_RANKS,
    NATIONAL_POSTS,
    OFFICES_UNDER_A_HEAD,
    PERSONAL_UNITS,
    PREPOSITIONS,
    PRESS_UNITS,
    RANK_MARKS,
    RELATIVE_PRONOUNS,
    REPORTER_NOUNS,
    RUSSIAN_SURNAME_ENDINGS,
    SPOKESMAN_POST,
    SPOKESMAN_ROLES,
    STATE_OFFICES,
    TERRITORY_REFERENCES,
    RoleKind,
    role_kind,
    role_of,
    same_role,
    second_post,
    title_heads,
)
from bot.content.morph import lemma as word_lemma
from bot.content.morph import parses


def _nominative(at: Token) -> bool:
    """Whether a role word reads as the nominative, the clause's subject («— сказал посол»),
    not an owner in the genitive («высказывания директора ЦРУ о том, что …»)."""
    return any(p.has("nomn") and p.has("sing") for p in parses(at.lower) if p.pos == "NOUN")


def _subject_form(word: str) -> bool:
    """Whether a role word may read as a subject or an agent: a singular nominative or
    instrumental («Глава Башкирии развеял слухи», «сделано … послом России»)."""
    return any(
        p.has("sing") and (p.has("nomn") or p.has("ablt"))
        for p in parses(word.lower())
        if p.pos == "NOUN"
    )


def _rank_only(before: list[Token]) -> bool:
    """Whether the words before a role, from the first anonymous mark on, are rank marks only
    («высокопоставленный дипломат»): a qualifier naming another side («высокопоставленный
    натовский дипломат», «американский») says the role is not the last teller's."""
    marks = [i for i, t in enumerate(before) if word_lemma(t.lower) in ANONYMOUS_MARKS]
    return bool(marks) and all(word_lemma(t.lower) in RANK_MARKS for t in before[marks[0] :])


def _modifier(tok: Token) -> bool:
    """Whether `tok` is a lower-case adjective or participle («с новым послом»)."""
    best = parses(tok.lower)[:1]
    return tok.text[:1].islower() and bool(best) and best[0].pos in ("ADJF", "PRTF")


def _bare(text: str, nations: tuple[str, ...], at: Token | None) -> bool:
    """Whether a rank stands alone («— сказал генерал-майор.»): a nationality adjective before
    it («израильский генерал») or a body, a country or «в отставке» after it (lexicon
    BARE_RANK_AFTER: «генерал-майор ВСУ», «генерал НАТО») may make it anyone's soldier."""
    return not nations and at is not None and BARE_RANK_AFTER.match(text, at.end) is not None


_TITLE_REACH = 6  # words of a genitive title between an aide's role and the name


def _genitive_word(tok: Token) -> bool:
    return all(p.has("gent") for p in parses(tok.lower)[:1])


class _Roles(_Kinds):
    """Roles and posts: the person «министр», «глава МИД» or «пресс-секретарь» refers to, by
    the post the text gave them, their country, or their being the only one named."""

    def role(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        detail: tuple[str, ...] = (),
        nations: tuple[str, ...] = (),
        *,
        body_nations: tuple[str, ...] = (),
        at: Token | None = None,
        reply: bool = False,
    ) -> str | None:
        """ "министр", "пресс-секретарь …": the person the article introduced with that role.

        `detail` are the words after the role in the attribution ("Белого дома"); when several
        people share the role, the one introduced with those words wins. `body_nations`
        ("глава венгерского МИД") only rule out people introduced with another country. `at`,
        the role's own word, says the post it heads («глава МИД РФ»: whoever the text
        introduced as Russia's foreign minister, never Britain's) and whose it is
        («пресс-секретарь Токаева» is never Токаев). `reply`: the verb answers someone
        (lexicon REPLY_VERBS), so the last to speak is no fallback.
        """
        found = self._holder(lemma, gender, pos, detail, nations, body_nations=body_nations, at=at)
        if found is None and at is not None:
            found = self._described(lemma, gender, pos, nations, at, reply=reply)
        if found is None and at is not None and not reply:
            found = self._of_kind(lemma, gender, pos, nations, at)
        if found is not None and at is not None and self._other_head_spoke(found, pos, at, nations):
            return None
        if found is not None and self._of_other_country(found, nations):
            return None
        if found is not None and self._aide_for_head(found, lemma):
            return None
        if (
            found is not None
            and at is not None
            and self._kind_ruled_out(found, lemma, gender, pos, nations, at)
        ):
            return None
        return None if found is not None and self._colleague_spoke(found, pos) else found

    def _other_head_spoke(self, found: str, pos: int, at: Token, nations: tuple[str, ...]) -> bool:
        """ "Генсек «Хизбаллы» Хасан Насралла … годовщины гибели лидера военного крыла
        Мустафы Бадреддина. Насралла сказал, что «…». «…», — предупредил шиитский лидер": a
        leader's role (lexicon LEADER_ROLES) with neither a body nor a country after it fits
        any head; when another person spoke last since `found` was named, one the text
        titled as a head of something (HEADS) or not at all, it may be either: unknown."""
        lemma = role_of(at.text)
        if lemma not in LEADER_ROLES or post_after(self.text, at)[0] is not None:
            return False
        if self._description_countries(at, nations):
            return False  # «лидер КНДР», «американский лидер»: one country's
        last = self._latest_speaker(None, pos, frozenset())
        if last is None or last[1] == found or not self.is_person(last[1]):
            return False
        named = [m.start for m in self.entities.persons if m.person and m.person.name == found]
        if any(last[0] < start < pos for start in named):
            return False
        heads = {
            self._head_role(m)
            for m in self.entities.persons
            if m.person is not None and m.person.name == last[1]
        }
        return bool(heads & HEADS) or heads <= {None}

    def _aide_for_head(self, found: str, lemma: str) -> bool:
        """ "Об этом сообщил официальный представитель Госдепартамента Нед Прайс. По его
        словам, госсекретарь США заявил, что «…»": a head's role (lexicon HEADS) never stands
        for a person every title of whom is an aide's or spokesman's (SPOKESMAN_ROLES) —
        whoever rule reached him, the head is someone else, whom the text may not name."""
        return lemma in HEADS and self.titled_aide(found)

    def titled_aide(self, name: str) -> bool:
        """Whether the text titles the person `name` and every title it gives him is an
        aide's or a spokesman's («официальный представитель генсека ООН Стефан Дюжаррик»)."""
        titled = [
            m
            for m in self.entities.persons
            if m.person is not None and m.person.name == name and self._head_role(m)
        ]
        return bool(titled) and all(self._aide_title(m) for m in titled)

    def _aide_title(self, mention: Mention) -> bool:
        """Whether a person's title is an aide's or a spokesman's: «пресс-секретарь», «помощник»,
        «советник», and a «представитель» only as an «официальный представитель» (a
        «Верховный представитель ЕС» heads its diplomacy, a «постоянный представитель» is an
        envoy)."""
        head = self._head_role(mention)
        if head not in SPOKESMAN_ROLES:
            return False
        if head != SPOKESMAN_POST:
            return True
        before = self.word_before(mention.start - len(self.intro_window(mention)))
        return before is not None and before.lower == "официальный"

    def _of_other_country(self, found: str, nations: tuple[str, ...]) -> bool:
        """ "Посол России в Бразилии Алексей Лабецкий … «…», — заявил бразильский посол": a
        nationality adjective before the role names whose the words are; a person every title
        of whom names another country (never one after a preposition: «в Бразилии» is where
        he serves) is not that one, whatever rule read them — the speaker is unknown."""
        keys = frozenset(key for word in nations for key in self._country_keys(word))
        if not keys:
            return False
        owns = [
            own
            for m in self.entities.persons
            if m.person is not None and m.person.name == found and (own := self._title_countries(m))
        ]
        return bool(owns) and not any(_overlap(own, keys) for own in owns)

    def _description(
        self, lemma: str, gender: str | None, pos: int, nations: tuple[str, ...], at: Token
    ) -> Description:
        """The description at `at` as `kinds` reads it: the countries it names and the people
        it can never be (those the quotation names, and whose aide the role is)."""
        keys = self._description_countries(at, nations)
        skip = self.named_within(pos) | self._owners(at)
        return Description(lemma, gender, pos, at, keys, skip)

    def _description_countries(self, at: Token, nations: tuple[str, ...]) -> frozenset[str]:
        """The country keys a description names: a country after it («лидер КНДР») or a
        nationality adjective before it that names one («американский»; never «шиитский»)."""
        keys = {key for word in nations for key in self._country_keys(word)}
        return self._role_countries(at, ()) | keys

    def _kind_ruled_out(
        self,
        found: str,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        at: Token,
    ) -> bool:
        """Whether the kinds of post rule out the person another rule read for a
        description (`kinds.kind_veto`)."""
        return self.kind_veto(found, self._description(lemma, gender, pos, nations, at))

    def _of_kind(
        self, lemma: str, gender: str | None, pos: int, nations: tuple[str, ...], at: Token
    ) -> str | None:
        """A description («— сказал посол», «— заявил политик») nobody was introduced with
        by that word: the one person whose titles are of its kind (`kinds.described_kind`),
        never one the quotation names nor whose aide the role is, nor when the text cited
        someone in that role unnamed, nor for a description an adjective qualifies by no
        country («шиитский лидер»)."""
        if self._cited_unnamed(lemma, pos):
            return None
        if nations and not any(self._country_keys(word) for word in nations):
            return None  # «шиитский лидер», «оппозиционный политик»: a kind no title says
        return self.described_kind(self._description(lemma, gender, pos, nations, at))

    def _described(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        at: Token,
        *,
        reply: bool = False,
    ) -> str | None:
        """A description nobody was introduced with («— написал глава Пятой республики», «—
        сообщил мэр города»): the one person the text made a subject before `pos` whom it
        fits — the country it names is in their title («Президент Франции Эммануэль Макрон»),
        or their title gives the post under another word (lexicon DESCRIPTION_KIN: «Глава
        Петрозаводска») — and nothing in their titles contradicts; two such people, or a
        person merely not contradicting it, leave it unknown — save the text's only speaker
        (`_sole_speaker`) when their titles say it, or when they have none and the
        description is the subject (`_sole_fits`). A post only some countries
        have, a spokesman's or aide's role, a commentator are left to the rules above."""
        if (
            lemma in NATIONAL_POSTS
            or lemma in SPOKESMAN_ROLES
            or role_kind(lemma) is RoleKind.EXPERT
        ):
            return None
        if self._cited_unnamed(lemma, pos) or self._owners(at):
            return None
        periphrasis = _periphrasis_country(self.text, at.end) if lemma in LEADER_ROLES else None
        keys = self._role_countries(at, nations if periphrasis is None else (periphrasis,))
        post = post_after(self.text, at)[0] if periphrasis is None else None
        people = self._earlier_subjects(gender, pos, self.named_within(pos))
        fits = {
            name
            for name, ms in people.items()
            if self._fits_description(ms, lemma, keys) and not self._clashes(ms, lemma, keys, post)
        }
        if fits:
            return fits.pop() if len(fits) == 1 else None
        sole = None if reply else self._sole_speaker(pos)
        if sole is None or sole not in people:
            return None
        untitled = (
            _nominative(at)
            and not second_post(lemma)
            and self._office_stated(lemma, at, people[sole])
        )
        return sole if self._sole_fits(people[sole], lemma, keys, post, untitled) else None

    def _office_stated(self, lemma: str, at: Token, mentions: list[Mention]) -> bool:
        """Whether the text, before the description `at`, says someone holds its office
        without naming him: the same post (or another head of a body) as a subject or an
        agent («Заявление было сделано … послом России в Сирии»), after no preposition
        («встретился с послом США» is someone else), with no name in its clause, and closing
        its sentence right before the speaker's name opens the next (`_named_next`) — the
        name then says who held it."""
        for start, end, word in self._role_words():
            if start >= at.start:
                break
            role = role_of(word)
            if role is None or self.inside_quote(start) or not _subject_form(word):
                continue
            if not (same_role(role, lemma) or {role, lemma} <= HEAD_ROLES):
                continue
            if self._after_preposition(start) or self._named_in_clause(end):
                continue
            if self._named_next(end, mentions):
                return True
        return False

    def _named_next(self, end: int, mentions: list[Mention]) -> bool:
        """Whether the office at `end` closes its sentence with its title alone («… послом
        России в Сирии. Александр Ефимов заявил …») and one of `mentions` opens the next. An
        office that acts after it («Посол России вручил ноту. Сергей Лавров заявил …») is
        someone beside the leader a text names bare, however alone he speaks."""
        stop = sentence_end(self.text, end, len(self.text))
        if any(p.pos == "VERB" for t in tokens(self.text, end, stop) for p in parses(t.lower)[:1]):
            return False
        follows = len(self.text) - len(self.text[stop:].lstrip())
        return any(m.start == follows for m in mentions)

    def _after_preposition(self, start: int) -> bool:
        """Whether a preposition governs the word at `start`, over its modifiers («с новым
        послом»)."""
        before = tokens(self.text, max(0, start - 40), start)
        while before and _modifier(before[-1]):
            before.pop()
        return bool(before) and before[-1].lower in PREPOSITIONS

    def _named_in_clause(self, end: int) -> bool:
        """Whether a person is named after `end` within its clause («посол Индии Винай
        Кумар»)."""
        clause = re.split(r"[.,;:!?«»\n]", self.text[end : end + 80], maxsplit=1)[0]
        return any(m.person for m in self.entities.persons if end <= m.start < end + len(clause))

    def ranked(
        self, lemma: str, gender: str | None, pos: int, at: Token, *, reply: bool = False
    ) -> str | None:
        """A role qualified as nobody in particular is nobody named — unless the qualifier is
        a rank only (lexicon RANK_MARKS: «— подчеркнул высокопоставленный дипломат») and the
        text's only person spoke last before it (never to one who replies), their titles
        saying it (`_sole_fits`)."""
        before = tokens(self.text, self.sentence_start(at.start), at.start)[-3:]
        marks = [word_lemma(t.lower) for t in before if word_lemma(t.lower) in ANONYMOUS_MARKS]
        if reply or not marks or any(m not in RANK_MARKS for m in marks):
            return None
        teller = None if self._veiled(at) or not _rank_only(before) else self._last_teller(pos)
        sole = self._sole_speaker(pos) or teller
        people = self._earlier_subjects(gender, pos, frozenset())
        if sole is None or sole not in people:
            return None
        post = post_after(self.text, at)[0]
        keys = self._role_countries(at, ())
        return sole if self._sole_fits(people[sole], lemma, keys, post) else None

    def _paired(self, name: str, pos: int) -> bool:
        """Whether the text names `name` before `pos` right beside another person, joined by
        «и» (the other's title allowed between: «Сергей Рябков и замминистра Алексей Оверчук»):
        one of two subjects."""
        spans = [(m.start, m.end, m.person.name) for m in self.entities.persons if m.person]
        return any(
            a_name != b_name
            and name in (a_name, b_name)
            and a_start < pos
            and _PAIRED.fullmatch(self.text[a_end:b_start]) is not None
            for a_start, a_end, a_name in spans
            for b_start, _b_end, b_name in spans
            if a_end <= b_start
        )

    def _veiled(self, at: Token) -> bool:
        """Whether the sentence of the role `at` says its holder speaks unnamed («— сказал
        высокопоставленный дипломат, пожелавший остаться неназванным», «на условиях
        анонимности»: lexicon ANONYMITY_BEFORE, ANONYMITY_AFTER)."""
        lo = self.sentence_start(at.start)
        sentence = self.text[lo : sentence_end(self.text, at.end, len(self.text))].lower()
        return any(phrase in sentence for phrase in (*ANONYMITY_BEFORE, *ANONYMITY_AFTER))

    def _last_teller(self, pos: int) -> str | None:
        """The person who spoke or told the news last before `pos` («Об этом заявил журналистам
        замглавы МИД РФ Сергей Рябков. «…», — отметил высокопоставленный дипломат»), when
        nobody else is named in the nominative outside quotations since (his words go on);
        None when someone is, when the text names him as one of two subjects («Рябков и
        Оверчук выступили»), or when the last to speak is a body."""
        told = [(at, who) for at, who in self.agents if at < pos]
        told += [(at, who) for at, _rank, who, _g in self.spoken if at < pos]
        if not told:
            return None
        at, who = max(told)
        if not self.is_person(who) or self._paired(who, pos) or self._floor_passed(at, pos):
            return None  # «Сергей Рябков и Алексей Оверчук выступили …»: either of them
        last = max(
            (m.start for m in self.entities.persons if m.person and m.person.name == who),
            default=-1,
        )
        since = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and min(at, last) < m.start < pos
            and m.nominative
            and not self.inside_quote(m.start)
        }
        return who if since <= {who} else None

    def _floor_passed(self, at: int, pos: int) -> bool:
        """Whether between the teller's words at `at` and the quotation at `pos` more than the
        next paragraph opens, or a plural or impersonal speech verb outside quotations hands the
        floor to an unnamed other side («Позже в Брюсселе ответили. «…», — сказал
        высокопоставленный дипломат»)."""
        if self.text.count("\n", at, pos) > 1:
            return True
        verbs = [(t, speech_verb(t)) for t in tokens(self.text, at, pos)]
        return any(
            v is not None and (v.plural or v.impersonal) and not self.inside_quote(t.start)
            for t, v in verbs
        )

    def _sole_speaker(self, pos: int) -> str | None:
        """The one person the text makes a subject (named in the nominative outside
        quotations; one named only in an oblique case, «о ситуации вокруг дирижера Валерия
        Гергиева», is talked about), when they are also the last to speak before `pos` («—
        подчеркнул Радий Хабиров. … руководитель региона отметил»): a description that says
        nothing against them goes on their words. One who has not spoken yet («Дмитрий
        Медведев опубликовал пост. Как пишет зампред Совбеза, …») is not enough."""
        names = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None and not self.inside_quote(m.start) and m.nominative
        }
        last = self._latest_speaker(None, pos, frozenset())
        if len(names) != 1 or last is None or last[1] not in names:
            return None
        return last[1]

    def _earlier_subjects(
        self, gender: str | None, pos: int, skip: frozenset[str]
    ) -> dict[str, list[Mention]]:
        """The people the text made subjects before `pos` (named in the nominative outside
        quotations, or speaking) whose gender fits, never one of `skip`, with their mentions
        before `pos`."""
        people: dict[str, list[Mention]] = {}
        for m in self.entities.persons:
            if m.person is None or m.start >= pos or self.inside_quote(m.start):
                continue
            if (gender and m.person.gender not in (None, gender)) or m.person.name in skip:
                continue
            if not self.complement(m):
                people.setdefault(m.person.name, []).append(m)
        return {name: ms for name, ms in people.items() if self._subject(name)}

    def _clashes(
        self, mentions: list[Mention], lemma: str, keys: frozenset[str], post: str | None
    ) -> bool:
        """Whether a person's titles rule the description out: another country than the one it
        names, another post than the body it heads, or — for an office («мэр», «генерал») — a
        title whose head is another post; for a generic role («политик», «деятель») only a
        scholar's title against an office (`posts._another_post`)."""
        for m in mentions:
            countries = self._title_countries(m)
            if keys and countries and not _overlap(countries, keys):
                return True
            own = self._post_of(m)
            if post is not None and own is not None and own != post:
                return True
            intro = self.intro_window(m)
            roles = [r for t in _title_words(intro) if (r := _role(t))]
            if not roles or same_role(roles[0], lemma) or self._kin(m, lemma):
                continue
            if role_kind(lemma) is not RoleKind.GENERIC or _another_post(roles, lemma):
                return True
        return False

    def _fits_description(self, mentions: list[Mention], lemma: str, keys: frozenset[str]) -> bool:
        """Whether a person's title says what the description does: the country it names
        («Президент Франции» for «глава Пятой республики»), or the post under another word
        («Глава Петрозаводска» for «мэр города»)."""
        return any(
            (keys and _overlap(self._title_countries(m), keys)) or self._kin(m, lemma)
            for m in mentions
        )

    def _sole_fits(
        self,
        mentions: list[Mention],
        lemma: str,
        keys: frozenset[str],
        post: str | None,
        untitled: bool = False,
    ) -> bool:
        """Whether the text's only speaker takes a description by what their titles say, not
        by their saying nothing: one introduced without a title is no «американский политик»
        or «вице-президент». The country the description names must be in their titles, an
        office must be their post (`same_role`) or its kin (DESCRIPTION_KIN), and nothing in
        the titles may contradict it; a generic role with no country («— добавил министр»,
        «высокопоставленный дипломат») needs only the last. `untitled`: the description is
        the clause's subject (a singular nominative) and no second post (lexicon
        SECOND_POSTS) — then a speaker the text gave no title at all takes an office with no
        country too («Александр Ефимов заявил … «…», — сказал посол»; «— отметил
        руководитель региона»): nothing says he holds another, and he spoke last."""
        if self._clashes(mentions, lemma, keys, post):
            return False
        if keys and not any(_overlap(self._title_countries(m), keys) for m in mentions):
            return False
        if role_kind(lemma) is RoleKind.GENERIC:
            return True
        if untitled and all(self._head_role(m) is None for m in mentions):
            return True
        return any(
            ((head := self._head_role(m)) is not None and same_role(head, lemma))
            or self._kin(m, lemma)
            for m in mentions
        )

    def _kin(self, mention: Mention, lemma: str) -> bool:
        """Whether the title before a name holds a word of lexicon DESCRIPTION_KIN for the
        description `lemma` («Городской голова Одессы» for «мэр»)."""
        kin = DESCRIPTION_KIN.get(lemma)
        if not kin:
            return False
        intro = self.intro_window(mention)
        return any(word_lemma(t.lower) in kin for t in _title_words(intro))

    def _holder(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        detail: tuple[str, ...] = (),
        nations: tuple[str, ...] = (),
        *,
        body_nations: tuple[str, ...] = (),
        at: Token | None = None,
    ) -> str | None:
        """The person the role stands for, by post, country, introduction or fallback (see
        `role`)."""
        owners = (
            self._owners(at) | self._clause_objects(at, pos) | self._relative_members(at, pos)
            if at is not None
            else frozenset()
        )
        by_nation, foreign = self._by_nation(lemma, nations, gender, pos)
        if by_nation is not None and by_nation not in owners:
            return by_nation
        if body_nations:
            foreign |= self._by_nation(lemma, body_nations, gender, pos)[1]
        post = post_after(self.text, at)[0] if at is not None else None
        keys = self._role_countries(at, nations) if at is not None else frozenset()
        national = not keys and bool(_post_countries(lemma))
        keys = keys or _post_countries(lemma)
        foreign |= self._foreign_to(keys) | self._other_post_holders(post)
        foreign |= self._non_holders(lemma)
        if national:  # «госсекретарь»: never a Russian surname, unless a title ties it there
            foreign = (foreign | self._russian_named()) - self._tied_anywhere(keys)
        subjects, obliques = self._tied_first(
            self._candidates(lemma, gender, foreign | owners, post), keys
        )
        stems = frozenset(w.lower()[:5] for w in detail if len(w) >= 4)
        linked = self._latest(_introduced_subjects(subjects, pos), stems, pos)
        if linked is not None:
            return linked
        if at is not None and self._unit_voice(lemma, at):
            return None
        fallback = self._fallback(lemma, gender, pos, nations, at, foreign | owners, post)
        para_end = self.text.find("\n", pos)
        near = [m for m in obliques if para_end < 0 or m.start < para_end]
        if near and not (fallback is not None and self._fits(fallback, lemma)):
            # "задержание депутата Инги Юмашевой … Депутат считает": one named only as an
            # object is the role's holder only when no subject of that role speaks; one named
            # so only in a later paragraph («встреча с главой Кубы» below «— заявил глава
            # государства») is whom the text goes on to, and leaves the fallback its answer
            return self._latest([m for m in obliques if m.start < pos], stems, pos)
        return fallback

    def _unit_voice(self, lemma: str, at: Token) -> bool:
        """ "— сообщил представитель пресс-службы мэрии", "по словам сотрудника пресс-центра":
        a spokesman of a press unit (lexicon PRESS_UNITS) nobody was introduced as speaks for
        the unit, never for a person the text named before (the mayor, the one he spoke of)."""
        if lemma not in SPOKESMAN_ROLES:
            return False
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        return bool(after) and word_lemma(after[0].lower) in PRESS_UNITS

    def _non_holders(self, lemma: str) -> frozenset[str]:
        """People the text titled, none of whose titles holds the exact post `lemma` names
        (lexicon EXACT_POSTS): «Заместитель министра … Сергей Рябков и госсекретарь США Марко
        Рубио провели переговоры. «…», — сказал министр» is neither of them, whatever post
        a related word («глава», «дипломат») shares. A name that is a title's complement
        («пресс-секретарь министра Лаврова») says nothing of its own post."""
        body = EXACT_POSTS.get(lemma)
        if body is None:
            return frozenset()
        titled: set[str] = set()
        holders: set[str] = set()
        for m in self.entities.persons:
            if m.person is None or self.complement(m):
                continue
            window = self.intro_window(m)
            words = [t for t in _title_words(window) if _role(t) is not None]
            if not words or self._names_between(m.start - len(window), m.start):
                continue  # «Генсек … Минору Кихара сделал Кикаваде выговор»: Кихара's title
            titled.add(m.person.name)
            if any(_holds_post(window, words, k, lemma, body) for k in range(len(words))):
                holders.add(m.person.name)
        return frozenset(titled - holders)

    def _names_between(self, lo: int, hi: int) -> bool:
        """Whether a person is named between `lo` and `hi`."""
        return any(lo <= m.start < hi for m in self.entities.persons if m.person is not None)

    def _clause_objects(self, at: Token, pos: int) -> frozenset[str]:
        """ "Глава латиноамериканской страны назвал российского президента «…»": a role after
        the clause's verb, before the quotation, in an oblique case, is whom the subject speaks
        of — the person of that nationality it stands for, or everyone introduced with it
        («назвал госсекретаря «…»»), is never the subject's role's holder."""
        if pos <= at.end or sentence_end(self.text, at.end, pos) < pos:
            return frozenset()
        found: set[str] = set()
        verb = False
        for tok in tokens(self.text, at.end, pos):
            if verb_form(tok):
                verb = True
                continue
            role = role_of(tok.text) if verb and not self.inside_quote(tok.start) else None
            if role is None or any(p.has("nomn") for p in parses(tok.lower)[:1]):
                continue
            nations = tuple(self._nation_before(tok))
            if nations:
                holder = self._by_nation(role, nations, None, pos)[0]
                found.update({holder} if holder is not None else set())
            else:  # «назвал госсекретаря «…»»: whoever was introduced with that role
                found.update(
                    m.person.name
                    for m in self.entities.persons
                    if m.person is not None and m.start < pos and self._introduced_as(m, role)
                )
        return frozenset(found)

    def _relative_members(self, at: Token, pos: int) -> frozenset[str]:
        """ "Министр Анналена Бербок, которую поддержал Олаф Шольц, раскритиковала проект,
        назвав его «…»": a person named in a relative clause (a word of lexicon
        RELATIVE_PRONOUNS after the last comma before them) between the role and the
        quotation, in the role's sentence, is no subject of the role's clause — never the
        person the role stands for."""
        if pos <= at.end or sentence_end(self.text, at.end, pos) < pos:
            return frozenset()
        found: set[str] = set()
        for m in self.entities.persons:
            if m.person is None or not at.end <= m.start < pos or self.inside_quote(m.start):
                continue
            comma = self.text.rfind(",", at.end, m.start)
            if comma >= 0 and any(
                word_lemma(t.lower) in RELATIVE_PRONOUNS
                for t in tokens(self.text, comma + 1, m.start)
            ):
                found.add(m.person.name)
        return frozenset(found)

    def _colleague_spoke(self, found: str, pos: int) -> bool:
        """ "Глава МИД Египта Самех Шукри передал российскому коллеге Сергею Лаврову послание.
        «…», — сказал Лавров на пресс-конференции. По словам министра, «…»": the one who spoke
        last is another person the text gives the same post («коллега»); the role may stand
        for either of them — at a joint appearance only a clear attribution names."""
        last = self._latest_speaker(None, pos, frozenset())
        if last is None or last[1] == found or not self.is_person(last[1]):
            return False
        return any(
            m.person is not None
            and m.person.name == last[1]
            and _COLLEAGUE.search(self.text, max(0, m.start - 40), m.start) is not None
            for m in self.entities.persons
        )

    def referred_body(self, pos: int, nation: tuple[str, ...] = (), noun: str = "") -> str | None:
        """The body a common noun for one («министерство», «ведомство», «пресс-служба») refers
        back to: the one the text had speak or issue a text last before `pos`; never a person
        nor an outlet, and None when no such body stands out. A noun with a nationality
        adjective (`nation`: its country keys, «российское министерство») refers only to a body
        the text names with that country («Минобороны России»), never to another country's
        («Минобороны Украины», «Пентагон»): else the body is one nobody named (None). The
        noun (lemma) must fit the body's kind (`body_fits`)."""
        body = self.organisation(pos, bodies_only=True)
        if body is None or self.is_person(body) or MEDIA.fullmatch(body):
            return None
        if nation and not any(key in body.lower() for key in nation):
            return None
        return body if body_fits(self.text, self.entities, noun, body, pos) else None

    def is_person(self, who: str | None) -> bool:
        """Whether `who` is one of the text's people (not a body nor an outlet)."""
        return who is not None and any(
            m.person is not None and m.person.name == who for m in self.entities.persons
        )

    def _fallback(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        at: Token | None,
        skip: frozenset[str],
        post: str | None,
    ) -> str | None:
        """Who a role nobody was introduced with stands for: an office's sole holder, a
        commentator, the one person introduced with a related role, else the generic
        fallback."""
        if lemma in REPORTER_NOUNS:
            # «— поинтересовался корреспондент»: the one asking, whom the text did not name,
            # never the last person of his gender it quoted («Песков рассказал, что …»);
            # unless the text introduced one person as a reporter («блогер Юрий Дудь»)
            return self._one_introduced(gender, pos, skip, lambda head: head in REPORTER_NOUNS)
        if role_kind(lemma) is RoleKind.OFFICE:
            found = self._sole_holder(lemma, gender, pos)
            if found is None and at is not None and not self._owned(at):
                found = self._headline_speaker(lemma, gender, pos)  # «— отметил губернатор»
            if found is None and _bare(self.text, nations, at):
                return self._ranked_soldier(lemma, gender, pos)
            return found
        if lemma in COMMENTATORS and not nations:  # «китайский эксперт»: by country
            return self._commentator(lemma, gender, pos, skip)
        if at is not None and self._heads_territory(lemma, at):
            skip = skip | self._serving_under(pos)  # «глава региона» is none of its ministers
        related = self._related_holder(lemma, gender, pos, skip) if post is None else None
        if related is not None:
            return related
        others = self._other_roles(lemma, pos) | skip
        if lemma in SPOKESMAN_ROLES and at is not None and self._owned(at):
            others |= self._heads() | self._first_named_after(pos, at)
        if lemma in SPOKESMAN_ROLES:
            others |= self._masters(pos)
        return self._generic(lemma, gender, pos, nations, others)

    def _first_named_after(self, pos: int, at: Token) -> frozenset[str]:
        """«— заявил представитель президента Турции. Эрдоган подтвердил …»: an aide whose
        owner is a head's role in the genitive is never a person the text first names after
        him — that one is the head himself, or someone else."""
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        owner = role_of(after[0].text) if after else None
        if owner is None or owner not in HEADS or not _genitive_word(after[0]):
            return frozenset()
        before = {m.person.name for m in self.entities.persons if m.person and m.start < pos}
        return (
            frozenset(m.person.name for m in self.entities.persons if m.person and m.start > pos)
            - before
        )

    def _masters(self, pos: int) -> frozenset[str]:
        """People named before `pos` only as whose aide or spokesman another is («пресс-секретарь
        президента ЮАР Сирила Рамафосы», «представитель Хакана Фидана»): a later «представитель»
        or «помощник» with no name is that aide, never his master."""
        masters = {
            m.person.name
            for m in self.entities.persons
            if m.person and m.start < pos and self._aide_master(m)
        }
        speaking = {
            m.person.name
            for m in self.entities.persons
            if m.person and m.start < pos and m.nominative and not self._aide_master(m)
        }
        return frozenset(masters - speaking)

    def _aide_master(self, mention: Mention) -> bool:
        """Whether an oblique name closes a genitive title that an aide's role or a personal
        unit opens («пресс-секретарь бывшего президента Бразилии Жаира Болсонару», «глава
        офиса Владимира Зеленского»): every word between in the genitive or capitalised (a
        body's name: «Республики Корея», «Милли Меджлиса»), no punctuation."""
        if mention.nominative and not self._inflected(mention):
            return False  # «пресс-секретарь президента РФ Дмитрий Песков»: the aide himself
        if self.aide_head(mention) is not None:
            return True
        toks = tokens(self.text, max(0, mention.start - 100), mention.start)[-_TITLE_REACH:]
        end = mention.start
        for tok in reversed(toks):
            if self.text[tok.end : end].strip():
                return False
            end = tok.start
            if role_of(tok.text) in SPOKESMAN_ROLES or word_lemma(tok.lower) in PERSONAL_UNITS:
                return True
            if not (tok.text[:1].isupper() or any(p.has("gent") for p in parses(tok.lower))):
                return False
        return False

    def _russian_named(self) -> frozenset[str]:
        """People with a surname of a Russian pattern (lexicon RUSSIAN_SURNAME_ENDINGS:
        «Лавров провел переговоры» without a title): never another country's «госсекретарь»."""
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and m.person.name.endswith(RUSSIAN_SURNAME_ENDINGS)
        )

    def _tied_anywhere(self, keys: frozenset[str]) -> frozenset[str]:
        """People some title of whom names one of the country `keys` («Госсекретарь США Марко
        Рубио … смутило Рубио» after «российского президента»: still the American)."""
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and _overlap(self._title_countries(m), keys)
        )

    def _heads_territory(self, lemma: str, at: Token) -> bool:
        """Whether the role is a head (lexicon HEADS, not a post serving under one) and the
        word right after it names a territory in the genitive («глава региона», «глава
        республики», «глава города»: lexicon TERRITORY_REFERENCES)."""
        if lemma not in HEADS or lemma in OFFICES_UNDER_A_HEAD:
            return False
        line_end = self.text.find("\n", at.end, at.end + 40)
        after = tokens(self.text, at.end, at.end + 40 if line_end < 0 else line_end)[:1]
        return bool(after) and after[0].text in TERRITORY_REFERENCES

    def _serving_under(self, pos: int) -> frozenset[str]:
        """People introduced before `pos` with a post serving under a territory's head
        (lexicon OFFICES_UNDER_A_HEAD: «и.о. министра сельского хозяйства региона Владимир
        Ситников»): «— заявил глава региона» never stands for them, though «министр» and
        «глава» are one post in SAME_ROLE_GROUPS (a ministry's head)."""
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and m.start < pos
            and any(_role(t) in OFFICES_UNDER_A_HEAD for t in _title_words(self.intro_window(m)))
        )

    def _related_holder(
        self, lemma: str, gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """ "Депутат Роман Худяков внес законопроект … — заявил парламентарий": a generic role
        nobody was introduced with stands for the one person introduced before it, as a
        subject (never «встречу с главой МИД России Сергеем Лавровым»), with another word for
        the same post (`lexicon.same_role`: «депутат» for «парламентарий»,
        «посол» for «дипломат»); with none or two such people, None (the generic fallback
        decides)."""
        if role_kind(lemma) is not RoleKind.GENERIC:
            return None
        found = self._one_introduced(
            gender, pos, skip, lambda head: head != lemma and same_role(head, lemma)
        )
        return None if found is not None and self._told_since(found, gender, pos) else found

    def _told_since(self, name: str, gender: str | None, pos: int) -> bool:
        """Whether a sentence naming who told the news («Об этом рассказал на брифинге
        помощник президента РФ Юрий Ушаков») names another person of the role's gender after
        the last mention of `name` and before `pos`: «"…", — поделился дипломат» right after
        it is that teller's, never one introduced earlier with a related role («… сменит
        представитель Киргизии Таалатбек Масадыков»); the generic fallback decides."""
        last = max(
            (
                m.start
                for m in self.entities.persons
                if m.person and m.person.name == name and m.start < pos
            ),
            default=-1,
        )
        return any(
            last < at < pos
            and who != name
            and self.is_person(who)
            and (gender is None or self.gender_of(who) in (None, gender))
            for at, who in self.agents
        )

    def _one_introduced(
        self, gender: str | None, pos: int, skip: frozenset[str], fits: Callable[[str], bool]
    ) -> str | None:
        """The one person introduced before `pos` as a subject (never in a quotation, a
        complement or a role's object) with a head role that `fits`, of the gender; None
        with none or two."""
        names = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and m.start < pos
            and m.nominative
            and m.person.name not in skip
            and (gender is None or m.person.gender in (None, gender))
            and not self.inside_quote(m.start)
            and not self.complement(m)
            and not self.role_object(m)
            and (head := self._head_role(m)) is not None
            and fits(head)
        }
        return names.pop() if len(names) == 1 else None

    def _generic(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        others: frozenset[str],
    ) -> str | None:
        """A generic role nobody was introduced with: the one person of its country, else
        the last subject of its gender (never one of `others`), else the text's one person."""
        if self._cited_unnamed(lemma, pos):
            return None
        others = others | self.named_within(pos)
        if any(nation_keys(n) for n in nations):
            found = self._only_person(nations, gender, pos, others)
        else:
            found = self.pronoun(gender, pos, others, forward=False, role=lemma)
        return found or self._sole_person(lemma, gender, pos, nations, others)

    def named_within(self, pos: int) -> frozenset[str]:
        """People the quotation opening at `pos` names («могу сказать, что посол Антонов
        провел ряд контактов», — заявил представитель Госдепа): one is talked about in the
        third person, so no role left to the fallback stands for them."""
        close = next((hi for lo, hi in self.quoted if lo == pos), None)
        if close is None:
            return frozenset()
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and pos < m.start < close
            and not _aside(self.text[pos + 1 : m.start])
        )

    def _role_words(self) -> list[tuple[int, int, str]]:
        """Every role noun of the text, found once (`lexicon.title_heads`)."""
        if self._role_heads is None:
            self._role_heads = title_heads(self.text)
        return self._role_heads

    def _cited_unnamed(self, lemma: str | None, pos: int) -> bool:
        """Whether the text cited someone in that role (any role when `lemma` is None) without a
        name before `pos` («сообщает ТАСС со ссылкой на представителя Госдепа», «сообщил
        представитель дворца, пожелавший остаться неназванным»): the role speaks as that
        official, never as a person the text names elsewhere («гибель генерала …»)."""
        for start, end, word in self._role_words():
            if start >= pos:
                break
            if (lemma is not None and role_of(word) != lemma) or self.inside_quote(start):
                continue
            before = self.text[max(0, start - 30) : start].lower().rstrip()
            clause = re.split(r"[.;:!?«»\n]", self.text[end : end + 80], maxsplit=1)[0]
            after = re.split(r"[,]", clause, maxsplit=1)
            if any(m.person for m in self.entities.persons if end <= m.start < end + len(after[0])):
                continue  # «со ссылкой на представителя МИД Марию Захарову»: named
            tail = clause[len(after[0]) :].lower().lstrip(" ,")
            if before.endswith(ANONYMITY_BEFORE) or tail.startswith(ANONYMITY_AFTER):
                return True
        return False

    def _candidates(
        self, lemma: str, gender: str | None, skip: frozenset[str], post: str | None
    ) -> tuple[list[Mention], list[Mention]]:
        """The mentions of people introduced with the role (or with the same post: «министр
        иностранных дел» for «глава МИД»), split into the text's subjects and those it names
        only as an object or owner («задержание депутата Инги Юмашевой»)."""
        subjects: list[Mention] = []
        obliques: list[Mention] = []
        for m in self.entities.persons:
            if m.person is None or (gender and m.person.gender not in (None, gender)):
                continue
            if self.inside_quote(m.start) or m.person.name in skip or self.complement(m):
                continue  # "российский министр" is never the one introduced as China's
            own = self._post_of(m)
            if post is not None and own is not None and own != post:
                continue  # "глава Минобороны" is never the one introduced as foreign minister
            # «Спикер назвала министра … Ван И», «Глава государства поблагодарил Путина»: the
            # subject's role or post is not his title
            split = self._split_title(m)
            introduced = self._introduced_as(m, lemma) and not split
            same_post = post is not None and (
                (own == post and not split) or self._colleague_of(m, post)
            )
            if introduced or same_post:
                (subjects if self._subject(m.person.name) else obliques).append(m)
        return subjects, obliques

    def _colleague_of(self, mention: Mention, post: str) -> bool:
        """ "Глава МИД Египта Самех Шукри передал российскому коллеге Сергею Лаврову": a name
        right after «коллега» holds the post of the one its sentence names as the subject."""
        if _COLLEAGUE.search(self.text, max(0, mention.start - 40), mention.start) is None:
            return False
        lo = self.sentence_start(mention.start)
        return any(
            other.person is not None
            and other.nominative
            and lo <= other.start < mention.start
            and self._post_of(other) == post
            for other in self.entities.persons
        )

    def _split_title(self, mention: Mention) -> bool:
        """Whether a verb stands between the role heading a name's title window and the name
        («Спикер назвала министра иностранных дел КНР Ван И»): that role is another clause's
        subject's, never the title of the name after the verb."""
        window = self.intro_window(mention)
        return any(verb_form(t) for t in tokens(window, 0, len(window)))

    def _head_role(self, mention: Mention) -> str | None:
        """The role heading the title a person was introduced with («Политолог Андрей
        Перла» → «политолог»), if any."""
        intro = self.intro_window(mention)
        return next((r for t in _title_words(intro) if (r := _role(t))), None)

    def _commentator(
        self, lemma: str, gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """ "— подчеркнул эксперт" when nobody was introduced with that role: the one person
        introduced as any commentator before `pos` («Политолог Андрей Перла»; not «Ранее
        политолог Камран Гасанов рассказал» after it), else the one the text has
        quoted before `pos` («Такую точку зрения привёл глава компании … X. «…»,
        — цитирует эксперта телеканал»), unknown with two; with none yet, the generic
        fallback — never one introduced with a state office (the president the experts talk
        about)."""
        skip = skip | self._office_holders()
        introduced = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and m.start < pos
            and m.person.gender in (None, gender or m.person.gender)
            and m.person.name not in skip
            and not self.inside_quote(m.start)
            and self._head_role(m) in COMMENTATORS
        }
        if introduced:  # «Политолог Андрей Перла» for «эксперт»: one, or nobody known
            return introduced.pop() if len(introduced) == 1 else None
        quoted = {
            name
            for at, _rank, name, g in self.spoken
            if at < pos and g in (None, gender or g) and name not in skip
        }
        if quoted:
            return quoted.pop() if len(quoted) == 1 else None
        others = self._other_roles(lemma, pos) | skip
        return self._generic(lemma, gender, pos, (), others)

    def _office_holders(self) -> frozenset[str]:
        """People the text introduced with a state office («президент Турции Реджеп Тайип
        Эрдоган»): never an expert commenting on them."""
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and self._head_role(m) in STATE_OFFICES
        )

    def _tied_first(
        self, found: tuple[list[Mention], list[Mention]], keys: frozenset[str]
    ) -> tuple[list[Mention], list[Mention]]:
        """Of the candidates, those whose title names the role's country («министр
        иностранных дел КНР» is the one introduced with «МИД Китая», not a subject whose title
        names no country), when there are any."""
        tied = tuple(
            [m for m in group if _overlap(self._title_countries(m), keys)] for group in found
        )
        return (tied[0], tied[1]) if keys and any(tied) else found

    def _latest(self, mentions: list[Mention], stems: frozenset[str], pos: int) -> str | None:
        """Of people introduced with a role, the one whose introduction shares words with the
        attribution's (`stems`), else the latest before `pos`, else the first after it —
        unless someone else already acts before `pos` (`_other_acting_before`)."""
        linked: str | None = None
        best_match = False
        for m in mentions:
            if m.person is None or (
                m.start >= pos and self._other_acting_before(m.person.name, pos)
            ):
                continue
            window = self.intro_window(m)
            words = {w.lower()[:5] for w in re.findall(r"[А-ЯЁа-яё]{4,}", window)}
            match = bool(stems & words)
            if best_match and not match:
                continue
            if (match and not best_match) or linked is None or m.start < pos:
                linked = m.person.name
                best_match = best_match or match
        return linked

    def _other_acting_before(self, name: str, pos: int) -> bool:
        """Whether the text made someone other than `name` a subject before `pos` (named in
        the nominative outside quotations): «Губернатор Мурманской области Андрей Чибис
        отреагировал … «…», — написал глава региона. … В список вошли глава Астраханской
        области Игорь Бабушкин» — the role goes on the one already acting, never forward on a
        person introduced with it only after the quotation."""
        return any(
            m.person is not None
            and m.person.name != name
            and m.start < pos
            and m.nominative
            and not self.inside_quote(m.start)
            for m in self.entities.persons
        )

    def _subject(self, name: str) -> bool:
        """Whether the text makes `name` a subject: names them in the nominative outside a
        quotation, or has them speak."""
        return any(spoken == name for _at, _rank, spoken, _g in self.spoken) or any(
            m.person is not None
            and m.person.name == name
            and m.nominative
            and not self.inside_quote(m.start)
            for m in self.entities.persons
        )

    def _fits(self, name: str, lemma: str) -> bool:
        """Whether some introduction of `name` holds a role of the same post as `lemma`
        («заместитель председателя Комитета» fits «депутат»)."""
        return any(
            same_role(found, lemma)
            for m in self.entities.persons
            if m.person is not None and m.person.name == name
            for t in _title_words(self.intro_window(m))
            if (found := _role(t)) is not None
        )

    def _post_of(self, mention: Mention) -> str | None:
        """The post a person's title names («Министр иностранных дел РФ» → foreign affairs),
        None when the title's head heads no body the lexicon knows."""
        window = self.intro_window(mention)
        head = next((t for t in _title_words(window) if _role(t) is not None), None)
        return post_after(window, head, article=self.text)[0] if head is not None else None

    def _owners(self, at: Token) -> frozenset[str]:
        """Whose the role is, named right after it in the genitive: a person («пресс-секретарь
        Токаева») or everyone introduced with a role («помощник президента»). They hold
        another post; the role's holder is never one of them."""
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        if not after or not after[0].text[:1].isalpha():
            return frozenset()
        hit = self._at(after[0])
        if hit is not None and hit.person is not None:
            return frozenset({hit.person.name}) if self.complement(hit) else frozenset()
        owner = role_of(after[0].text)
        if owner is None or not all(p.has("gent") for p in parses(after[0].lower)[:1]):
            return frozenset()
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and (self._introduced_as(m, owner) or self._titled_here(m, at))
        )

    def _titled_here(self, mention: Mention, at: Token) -> bool:
        """Whether the name closes the genitive title the aide's role `at` opens
        («Пресс-секретарь президента Турции Эрдогана»: Эрдоган is whose spokesman)."""
        if not at.end < mention.start <= at.end + 80:
            return False
        head = self.aide_head(mention)
        return head is not None and head.start == at.start

    def _other_post_holders(self, post: str | None) -> frozenset[str]:
        """People introduced with another post than `post` («министр обороны» for «глава
        МИД»): the role never stands for them, introduced or as a fallback. One whom another
        title, as a subject, gives `post` holds it («Глава МАГАТЭ Рафаэль Гросси» …
        «Руководитель Международного агентства по атомной энергии Рафаэль Гросси»: two names of
        one body)."""
        if post is None:
            return frozenset()
        other: set[str] = set()
        holders: set[str] = set()
        for m in self.entities.persons:
            own = self._post_of(m) if m.person is not None else None
            if m.person is None or own is None:
                continue
            if own != post:
                other.add(m.person.name)
            elif m.nominative:  # «ответил на критику Зеленского» after «глава МИД Ирана»
                holders.add(m.person.name)  # is no foreign minister: only a subject's title
        return frozenset(other - holders)

    def _owned(self, at: Token) -> bool:
        """Whether whose the role is follows it in the genitive: a body («представитель МИД»,
        «пресс-секретарь главы государства», «представитель российского МИД») or a person."""
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        if not after or not after[0].text[:1].isalpha():
            return False
        hit = self._at(after[0])
        if hit is not None:
            return hit.org is not None or self.complement(hit)
        found = parses(after[0].lower)[:1]
        return any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in found)

    def _sole_person(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        skip: frozenset[str] = frozenset(),
    ) -> str | None:
        """ "Китайский министр пообещал «…». По словам Ван И, …": a generic role said before
        anyone is named stands for the one person the whole text names (outside quotations),
        when their gender, their title and their country (if the role says one) fit, and the
        sentence naming them first does not turn to another matter («Ранее Лавров заявил»)."""
        if role_kind(lemma) is not RoleKind.GENERIC or self._cited_unnamed(None, pos):
            # «сообщает ТАСС со ссылкой на представителя Госдепа. «…», — сказал дипломат»: the
            # official cited unnamed speaks, never the one person the text names only after
            return None
        outside = [m for m in self.entities.persons if m.person and not self.inside_quote(m.start)]
        outside = self._without_other_titled(outside, lemma)
        if len({m.person.name for m in outside if m.person}) != 1 or outside[0].start < pos:
            return None
        first, person = outside[0], outside[0].person
        if person is None or person.name in skip:
            return None
        if gender and person.gender not in (None, gender):
            return None
        if gender and person.gender is None and not self._speaks_unsexed(outside):
            return None
        intro = self.intro_window(first)
        head = next((r for t in _title_words(intro) if (r := _role(t))), None)
        if head is not None and not same_role(head, lemma):
            return None
        keys = {key for word in nations for key in nation_keys(word)}
        words = re.findall(r"[А-ЯЁа-яё]+", intro)
        if keys and any(
            is_country_word(w) and not w.lower().startswith(tuple(keys)) for w in words
        ):
            return None
        return None if self._turns_away(first) else person.name

    def _speaks_unsexed(self, mentions: list[Mention]) -> bool:
        """Whether a person whose gender the names do not know, named only after a role's
        gendered verb, is one the text gives as speaking — named in the nominative or cited
        («По словам Ван И») — and so may be its holder. One named only in an oblique case
        («— подчеркнул министр. … Саар вступил в полемику с главой МИД Великобритании Иветт
        Купер») is no such: the minister is then someone the names did not catch, and a
        woman there would be given a man's words."""
        return any(m.nominative or self._cited(m) for m in mentions)

    def _without_other_titled(self, outside: list[Mention], lemma: str) -> list[Mention]:
        """`outside` without the people the text names only in an oblique case under a title
        of another role («в первые 100 дней срока премьер-министра Индии Нарендры Моди»
        beside «— отметил министр»): met or spoken of, never one a role said before anyone
        was named stands for."""
        oblique_other: set[str] = set()
        for m in outside:
            if m.person is None or any(o.person == m.person and o.nominative for o in outside):
                continue
            head = self._head_role(m)
            if head is not None and not same_role(head, lemma):
                oblique_other.add(m.person.name)
        return [m for m in outside if m.person and m.person.name not in oblique_other]

    def _sole_holder(self, lemma: str, gender: str | None, pos: int) -> str | None:
        """ "…», — отметил посол. Келин с сожалением отметил, что с его назначения послом …": an
        office said before anyone is named stands for the one person the whole text names
        (outside quotations), of its gender, when a sentence naming them gives them that
        office too — never a person merely named after it («Ранее Лавров заявил …»)."""
        outside = [m for m in self.entities.persons if m.person and not self.inside_quote(m.start)]
        outside = self._without_other_titled(outside, lemma)
        if len({m.person.name for m in outside if m.person}) != 1 or outside[0].start < pos:
            return None
        person = outside[0].person
        if person is None or (gender and person.gender not in (None, gender)):
            return None
        if self._turns_away(outside[0]) or not any(self._holds(m, lemma) for m in outside):
            return None
        return person.name

    def _headline_speaker(self, lemma: str, gender: str | None, pos: int) -> str | None:
        """ "Губернатор Алексей Русских рассказал, как …" over «- …, - отметил губернатор»: an
        office the body says before naming anyone stands for the person the headline (the
        text's first line) names in the nominative as the subject of a speech verb, with that
        office as the title right before the name (`_titled_as`), when the body names nobody
        else outside quotations before `pos` and their gender fits. Only a
        bare office: one of a body or person named after it («Спикер посольства заявил»
        under «Официальный представитель МИД Нигерии … прокомментировал») is someone else's."""
        end = self.text.find("\n")
        if end < 0 or pos < end:
            return None
        if any(
            end < m.start < pos and not self.inside_quote(m.start)
            for m in self.entities.persons
            if m.person is not None
        ):
            return None
        subjects = [
            m
            for m in self.entities.persons
            if m.person is not None
            and m.start < end
            and m.nominative
            and not self.inside_quote(m.start)
        ]
        if len({m.person.name for m in subjects if m.person}) != 1:
            return None
        person = subjects[0].person
        if person is None or (gender and person.gender not in (None, gender)):
            return None
        said = any(speech_verb(t) for t in tokens(self.text, subjects[0].end, end)[:2])
        return person.name if said and self._titled_as(subjects[0], lemma) else None

    def _titled_as(self, mention: Mention, lemma: str) -> bool:
        """Whether the words right before `mention` in its line give it the office `lemma`
        («Губернатор Александр Хинштейн рассказал …»). An untitled name («Путин заявил о
        росте зарплат», «Лавров рассказал …») over «— отметил губернатор» is as often another
        official's, and a title of another kind («Политолог Алексей Мухин рассказал, чего
        ждать от губернатора») never fits."""
        lo = self.text.rfind("\n", 0, mention.start) + 1
        before = tokens(self.text, lo, mention.start)
        return bool(before) and any(role_of(t.lower) == lemma for t in before[-3:])

    def _ranked_soldier(self, lemma: str, gender: str | None, pos: int) -> str | None:
        """ "Официальный представитель Минобороны России Игорь Конашенков … «…», — сказал
        генерал-майор": a bare military rank (`_bare`; lexicon MILITARY_RANKS) nobody was
        introduced with stands for the one person before it whose title names a military body
        (MILITARY_BODIES), when everyone else named before it outside quotations carries a
        title too, of no such body; an untitled name might be the general, two soldiers or
        none leave the rank unknown."""
        if lemma not in MILITARY_RANKS:
            return None
        soldiers: set[str] = set()
        civil: set[str] = set()  # «глава Пентагона»: a head of the body, maybe a civilian
        untitled: set[str] = set()
        titled: set[str] = set()
        for m in self.entities.persons:
            if m.person is None:
                continue
            head = self._head_role(m)
            if head is not None:
                titled.add(m.person.name)
            if m.start >= pos or self.inside_quote(m.start):
                continue
            if head is None:
                untitled.add(m.person.name)
            elif MILITARY_BODIES.search(self.intro_window(m)):
                (civil if head in MILITARY_CIVIL_HEADS else soldiers).add(m.person.name)
        others = civil | (untitled - titled)
        if len(soldiers) != 1 or others:
            return None
        name = soldiers.pop()
        person = next(m.person for m in self.entities.persons if m.person and m.person.name == name)
        return name if gender is None or person.gender in (None, gender) else None

    def _holds(self, mention: Mention, lemma: str) -> bool:
        """Whether the sentence naming `mention` names the office `lemma` too, outside
        quotations («Келин … с момента его назначения послом»)."""
        lo = self.sentence_start(mention.start)
        hi = sentence_end(self.text, mention.end, len(self.text))
        return any(
            lo <= start < hi and role_of(word) == lemma and not self.inside_quote(start)
            for start, _end, word in self._role_words()
        )

    def _only_person(
        self, nations: tuple[str, ...], gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """ "китайский эксперт" when nobody was introduced with that role and country: the
        one person (not one of `skip`: foreigners, scholars for an office) a title of whom
        names the country ("профессор Пекинского университета Ван Вэнь") or, for a Russian
        description, whose name the dictionary holds as Russian ("Сергей Лавров выступил.
        «…», — заявил российский дипломат"); else unknown — a person of no such tie is of no
        country because the text is silent on them («Марко Рубио заявил: «…». «…», — ответил
        российский дипломат», «Ван И заявил … — добавил японский дипломат»), and with two
        people the text did not say whose."""
        keys = {key for word in nations for key in nation_keys(word)}
        russian = bool(keys & set(nation_keys("российский")))
        tied = {
            m.person.name
            for m in self.entities.persons
            if m.person is not None
            and m.start < pos
            and m.person.name not in skip
            and (gender is None or m.person.gender in (None, gender))
            and not self.inside_quote(m.start)
            and (
                self._tied_to(m, keys)
                or _overlap(self._title_countries(m), frozenset(keys))
                or (russian and _native_name(m.person.name))
            )
        }
        return tied.pop() if len(tied) == 1 else None

    def _other_roles(self, lemma: str, pos: int) -> frozenset[str]:
        """People introduced as scholars or commentators ("историка Мэри Саротт") when the
        role is an office ("дипломат"), and people introduced with another office when the
        role is generic and their title names it only as whose aide they are ("советник офиса
        премьер-министра Дмитрий Гендельман" is no «глава
        правительства»): a generic role never falls back on them."""
        other: set[str] = set()
        for m in self.entities.persons:
            if m.person is None or m.start >= pos:
                continue
            intro = self.intro_window(m)  # a long title too: "старший журналист по Белому
            # дому от телеканала Fox News Питер Дуси" is no «президент США»
            roles = [r for t in tokens(intro, 0, len(intro)) if (r := _role(t))]
            if roles and _another_post(roles, lemma):
                other.add(m.person.name)
        return frozenset(other)

    def _by_nation(
        self, lemma: str, nations: tuple[str, ...], gender: str | None, pos: int
    ) -> tuple[str | None, frozenset[str]]:
        """ "иранский министр": the latest person before `pos` whose introduction (the few
        words before the name) names that country ("иранским коллегой", "МИД Ирана"), and
        the people introduced with another country ("госсекретарь США" is no "российский
        дипломат")."""
        keys = {key for word in nations for key in nation_keys(word)}
        if not keys:
            return None, frozenset()
        found: str | None = None
        foreign: set[str] = set()
        for m in self.entities.persons:
            if m.start >= pos or m.person is None or self.inside_quote(m.start):
                continue
            if gender and m.person.gender not in (None, gender):
                continue
            words = _own_country_words(self._title_words(m))
            if not any(w.lower().startswith(key) for w in words for key in keys):
                if any(is_country_word(w) for w in words):
                    foreign.add(m.person.name)
                continue
            intro = self.intro_window(m)
            head = next((r for t in _title_words(intro) if (r := _role(t))), None)
            if head is None or same_role(head, lemma):
                found = m.person.name
        return found, frozenset(foreign - {found} if found else foreign)


# Between two people named as one subject: «и», then the second one's title (no clause mark).
_PAIRED = re.compile(r"[ \t]+и[ \t]+(?:[^,;:.!?«»\"\n]{0,60}[ \t])?")


def _own_country_words(words: list[str]) -> list[str]:
    """A title's words that can name its holder's country: never one after a preposition
    («Посол России в Бразилии»: Brazil is where he serves, not whose he is)."""
    return [
        w for prev, w in zip(["", *words], words, strict=False) if prev.lower() not in PREPOSITIONS
    ]


# «российскому коллеге Сергею Лаврову», «со своим египетским коллегой»: the same post as the
# sentence's subject, right before the name.
_COLLEAGUE = re.compile(r"(?<![\w-])коллег(?:а|и|е|у|ой|ам|ами|ах)?\s+$")


def _holds_post(window: str, heads: list[Token], k: int, lemma: str, body: str) -> bool:
    """Whether the title's role word `heads[k]` holds the post `lemma`: the word itself, or
    another head of a body with the body `body` right after it («глава российского МИД»);
    never a role word glued to a role before it, whose complement it is («заместитель
    министра», «советника главы МИД»)."""
    tok = heads[k]
    if k and not window[heads[k - 1].end : tok.start].strip():
        return False
    found = _role(tok)
    if found == lemma:
        return True
    after = re.match(rf"\s+(?:{body})", window[tok.end :])
    return found in HEAD_ROLES and after is not None


def _periphrasis_country(text: str, at: int) -> str | None:
    """The country a periphrasis right after a leader's role stands for («глава Пятой
    республики» → «Франции», «главы Белого дома» → «США»: lexicon LEADER_PERIPHRASES)."""
    return next(
        (country for words, country in _PERIPHRASES if words.match(text, at) is not None), None
    )


_PERIPHRASES = tuple(
    (re.compile(r"[ \t]+" + words), country) for words, country in LEADER_PERIPHRASES
)


def _post_countries(lemma: str) -> frozenset[str]:
    """The country keys of a post only some countries have (`lexicon.NATIONAL_POSTS`:
    «госсекретарь» is the United States'), so that it never stands for a person the text ties
    to another country («Министр иностранных дел России Сергей Лавров … — заявил
    госсекретарь»)."""
    return frozenset(key for word in NATIONAL_POSTS.get(lemma, ()) for key in nation_keys(word))


def _aside(before: str) -> bool:
    """Whether what follows `before` (a quotation's text up to a name) stands in a quotation
    nested in it or in brackets: someone else's words or the editor's insertion («(интервью
    Токаева. — «Газета.Ru»)»), where a speaker may well be named by surname."""
    return (
        leaves_quote_open(before)
        or before.count("(") > before.count(")")
        or before.count("[") > before.count("]")
    )


def _introduced_subjects(subjects: list[Mention], pos: int) -> list[Mention]:
    """Of the mentions introducing people with a role, those in the nominative when one before
    `pos` is: «Посол Индии Панкадж Саран принес соболезнования в связи с кончиной российского
    посла Александра Кадакина. … — сказал посол» is the subject introduced as one, never the
    man whose death the sentence names (though the text makes him a subject elsewhere)."""
    nominative = [m for m in subjects if m.nominative and m.start < pos]
    return nominative or subjects
