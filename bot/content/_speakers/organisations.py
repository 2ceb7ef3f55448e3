"""Organisations and outlets as speakers: «говорится в сообщении», «газета …», an interviewee.

Why apart: a plural or impersonal verb, an outlet named after its kind, or an interview point at a
body or at the person an outlet spoke with, not at the last person named.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._speakers.clause_words import _POSSESSIVES, body_nation
from bot.content._speakers.introductions import _Introductions
from bot.content._speakers.memory import _SENTENCE_REACH
from bot.content._speakers.nations import _NATION_ADJ, regional
from bot.content._speakers.tokens import Token, Verb, speech_verb, tokens
from bot.content.bylines import content_start
from bot.content.entities import Mention, is_subject, phrase_start, stands_for_itself
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    ANONYMITY_AFTER,
    ANONYMITY_BEFORE,
    ANONYMOUS_MARKS,
    BODY_ANAPHORS,
    BODY_KINDS,
    CITED_PREPOSITION,
    CITING_CUES,
    HEAD_ROLES,
    INTERLOCUTORS,
    INTERNATIONAL_BODIES,
    ISSUING_VERBS,
    MEDIA,
    MEDIA_KINDS,
    MINISTRY_ANAPHORS,
    MONTHS,
    OWNED_TEXTS,
    PLATFORMS,
    PRESS_UNITS,
    PUBLICATIONS,
    QUOTING_VERBS,
    SPEAKING_BODY_NOUNS,
    SPEAKING_UNIT,
    UNKNOWN_AGENTS,
    VENUE_PREPOSITIONS,
    WORDS_NOUNS,
)
from bot.content.mentions import Entities
from bot.content.morph import lemma, parses

_POSSESSIVE_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}
_TALK_NOUNS = frozenset({"беседа", "интервью"})  # «в беседе с «Известиями» выступил X»
_INTERVIEW_BEFORE = re.compile(r"(?<![\w-])интервью[ \t]+$")
_CHANNEL_NUMBER = re.compile(r"-\d+\b")
_OUTLET_WORDS = 4  # capitalised words an outlet's name runs to after its kind («газета …»)
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")
_PUNCTUATION = re.compile(r"[^\w\s-]")
# Between an outlet and its citing cue only a comma or the outlet's quotation marks stand
# («сообщает БелТА, ссылаясь на …», «агентство «Кабар» со ссылкой на …»).
_CITER_GAP = re.compile(r"[^\w\s«»\",-]")
_CITING_WITH = "со"  # «со ссылкой на …»
_IN_UNIT = re.compile(rf"(?<!\w)[Вв]о? {SPEAKING_UNIT}[ \t]+$")
_TEXT_OWNERS = OWNED_TEXTS | PRESS_UNITS  # «в сообщении …», «пресс-служба …»
_ISSUERS = OWNED_TEXTS | PLATFORMS | PRESS_UNITS


# A name in quotation marks: an outlet's after its kind («как сообщает агентство «Кабар»»).
_IN_MARKS = re.compile(r"«([А-ЯЁA-Z][^«»\n]{1,40}?)»")
_TITLE_REACH = 60  # characters before a name where the title introducing it stands


# The word right before an outlet's name, past an opening quotation mark («газеты «Addis
# Standard»»), and the kinds of outlet it may be: the lexicon's MEDIA_KINDS and «радио X».
_KIND_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+«?$")
_OUTLET_KINDS = MEDIA_KINDS | {"радио"}


def media_kind_before(text: str, pos: int) -> bool:
    """Whether the word right before `pos` is a media kind ("агентство Montsame", "газеты
    Addis Standard", "радио Свобода"): the text names what follows as an outlet. Read by the
    word's lemma, so never «журналист X», whose first letters are a journal's."""
    before = _KIND_BEFORE.search(text, max(0, pos - 40), pos)
    return before is not None and lemma(before.group(1).lower()) in _OUTLET_KINDS


# The first two words of a sentence («Прокуратура начала …»).
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?\n])[ \t]*)([А-ЯЁ][а-яё]+)[ \t]+([а-яё]+)", re.M)


def _body_noun_acts(opening: re.Match[str]) -> bool:
    """Whether a sentence opens with a noun for a body (lexicon SPEAKING_BODY_NOUNS) in the
    nominative and a finite verb («Прокуратура начала проверку», «Суд оштрафовал …»): that
    body is its subject — never a body referred back to («Ведомство также сообщило»), people
    («Собеседники обменялись мнениями») nor things («Вода поднялась»)."""
    noun = parses(opening.group(1).lower())[:1]
    return (
        bool(noun)
        and noun[0].has("nomn", "inan")
        and noun[0].normal in SPEAKING_BODY_NOUNS - BODY_ANAPHORS
        and any(p.pos == "VERB" for p in parses(opening.group(2)))
    )


def _state_speaks(opening: re.Match[str]) -> bool:
    """Whether a sentence opens with a state in the nominative and a speech verb («Израиль
    заявил, что …», «Иран ответил …»): the state is its speaking subject, so a statement
    after it («— говорится в заявлении») may be its own as well as an earlier body's."""
    state = parses(opening.group(1).lower())[:1]
    if not state or not state[0].has("Geox", "nomn"):
        return False
    verb = speech_verb(Token(opening.start(2), opening.end(2), opening.group(2)))
    return verb is not None and not verb.impersonal


class _Organisations(_Introductions):
    """Organisations and outlets as speakers: the body a plural or impersonal verb points at,
    an outlet named after its kind, the person an outlet interviewed."""

    def interviewee(self, agent: Token) -> str | None:
        """ "Рябков рассказал РИА Новости … «…», — сказал собеседник агентства": the one person
        the text has speaking in a sentence naming an outlet, when the agent is «собеседник» of
        an outlet («агентства», «издания», «ТАСС») and nothing before cites an unnamed source
        («источник», «собеседник», «со ссылкой на представителя …»); else nobody."""
        if lemma(agent.lower) not in INTERLOCUTORS or not self._of_outlet(agent):
            return None
        before = tokens(self.text, 0, agent.start)
        if any(lemma(t.lower) in UNKNOWN_AGENTS and not self.inside_quote(t.start) for t in before):
            return None
        earlier = self.text[: agent.start].lower()
        if any(cue in earlier for cue in ANONYMITY_BEFORE + ANONYMITY_AFTER):
            return None
        found: set[str] = set()
        for m in self.entities.orgs:
            if m.start >= agent.start or not m.org or not MEDIA.fullmatch(m.org):
                continue
            if not self.inside_quote(m.start) or self._in_marks(m):
                found |= self._speaking_in(m.start)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _cites_interview(words: list[Token]) -> bool:
        """Whether the words open with «в интервью» («— говорится в интервью»): a person's
        words, whoever published them."""
        return len(words) >= 2 and words[0].lower in ("в", "во") and words[1].lower == "интервью"

    def interview_owner(self, words: list[Token], pos: int) -> str | None:
        """ "— говорится в интервью (Грибаускайте)": the person named right after the word
        «интервью» in the clause, else the one person the text names so before `pos`
        («опубликовала перевод интервью Грибаускайте норвежскому изданию»); None when it
        names none or several — never the body that published the interview."""
        lo, hi = (words[1].end, words[-1].end) if words else (pos, pos)
        found: set[str] = set()
        for inside in (True, False):
            found = {
                m.person.name
                for m in self.entities.persons
                if (lo <= m.start < hi if inside else m.start < pos)
                and m.person is not None
                and _INTERVIEW_BEFORE.search(self.text, max(0, m.start - 20), m.start)
            }
            if found:
                break
        return found.pop() if len(found) == 1 else None

    def _in_marks(self, mention: Mention) -> bool:
        """Whether the mention is a name alone in quotation marks («Известиями»), not words
        quoted."""
        before = self.text[max(0, mention.start - 1) : mention.start]
        after = self.text[mention.end : mention.end + 1]
        return before in ("«", '"') and after in ("»", '"')

    def _of_outlet(self, agent: Token) -> bool:
        """Whether the word after the agent is an outlet or a media kind («агентства»)."""
        nxt = tokens(self.text, agent.end, min(len(self.text), agent.end + 40))[:1]
        if not nxt:
            return False
        hit = self._at(nxt[0])
        outlet = hit is not None and bool(hit.org) and bool(MEDIA.fullmatch(hit.org or ""))
        return outlet or lemma(nxt[0].lower) in MEDIA_KINDS | PUBLICATIONS

    def _speaking_in(self, at: int) -> set[str]:
        """The people named in the nominative as the subject of a singular speech verb in the
        sentence holding `at` («Рябков рассказал РИА Новости, что …»)."""
        lo = self.sentence_start(at)
        hi = sentence_end(self.text, at, min(len(self.text), at + _SENTENCE_REACH))
        toks = tokens(self.text, lo, hi)
        verbs = [v for t in toks if (v := speech_verb(t))]
        talk = any(lemma(t.lower) in _TALK_NOUNS and 0 < at - t.end < 12 for t in toks)
        if not talk and not any(not v.plural and not v.impersonal for v in verbs):
            return set()  # neither «рассказал РИА Новости» nor «в беседе с «Известиями»»
        return {
            m.person.name
            for m in self.entities.persons
            if lo <= m.start < hi and m.nominative and m.person and not self.inside_quote(m.start)
        }

    def organisation(self, pos: int, *, bodies_only: bool = False) -> str | None:
        """ "говорится в сообщении": the organisation the article attributed things to last:
        one said to speak ("В МИД заявили, что …") before one merely mentioned, and a body
        before a media outlet, which only relays («В Минобороны назвали …, передает
        «Интерфакс». «…», — говорится в сообщении» is the ministry's); an outlet only when
        the text names no other body — a body named only in the title of a person who does
        not speak («Глава МИД Турции прибыл в Баку. Об этом сообщает «Анадолу»») is none.
        `bodies_only`: a person «Об этом X сообщил» named is no answer («В ведомстве
        отметили» after «Об этом Кассис сообщил» is the body's, never his)."""
        named = [
            m
            for m in self.entities.orgs
            if m.start < pos and m.org is not None and not self._in_stamp(m)
        ]
        bodies = [m for m in named if not MEDIA.fullmatch(m.org or "")]
        before = [m for m in bodies if stands_for_itself(self.text, m)] or named
        persons = {m.person.name for m in self.entities.persons if m.person} if bodies_only else ()
        for at, speaker in reversed(self.agents):
            if (
                at < pos
                and speaker not in persons
                and not (MEDIA.fullmatch(speaker) and before is not named)
            ):
                if self._spoke_since(before, at, pos, speaker):
                    return None  # the words may answer that body as well as be its own
                if self._outlet_for_ministry(speaker, pos):
                    return None
                return speaker or None  # UNKNOWN_BODY: a source nobody knows
        spoke = next((m for m in reversed(before) if self._speaks(m)), None) or next(
            (m for m in reversed(before) if self._text_of(m)), None
        )
        if spoke is not None and self._another_subject_since(spoke, bodies, pos):
            return None  # another body was the subject since: which one refers back is unsure
        if spoke is not None and self._outlet_for_ministry(spoke.org or "", pos):
            return None
        if spoke is not None:
            return spoke.org or None  # UNKNOWN_BODY: nobody known
        anaphor = self._anaphor_speaks(pos)
        if anaphor is not None and before is named:
            return None  # «в компании заявили» beside an outlet only: a body the text names not
        if anaphor is not None:
            nation, noun = anaphor
            referred = {m.org for m in before if m.org}
            body = referred.pop() if len(referred) == 1 else ""
            # «в заявлении литовского министерства»: only a body of that country
            of_nation = not nation or any(key in body.lower() for key in nation)
            fits = body_fits(self.text, self.entities, noun, body, pos)
            return body if body and of_nation and fits else None
        return self._acting(before, named, pos)

    def _outlet_for_ministry(self, body: str, pos: int) -> bool:
        """Whether the body said to speak is an outlet while the quotation's attribution names a
        state's ministry or agency («„Новая газета“ утверждает … «…», — рассказали в
        ведомстве»: lexicon MINISTRY_ANAPHORS): a «ведомство» is never a newspaper, so the
        outlet, which was the topic, is not the speaker; the ministry is unnamed: nobody.
        Some outlets are found by their name alone, which holds their kind («Новая газета»)."""
        if not _an_outlet(body):
            return False
        anaphor = self._anaphor_speaks(pos)
        return anaphor is not None and anaphor[1] in MINISTRY_ANAPHORS

    def _spoke_since(self, before: list[Mention], at: int, pos: int, agent: str) -> bool:
        """Whether a body other than `agent` speaks or acts as its sentence's subject after
        the sentence at `at` («Об этом говорится в Twitter ведомства»), before `pos`, in the
        quotation's paragraph («Российское посольство поблагодарило …, но отметило …. «…», —
        говорится в сообщении»): the agent named before is then no surer than that body, and
        that body no surer than the agent — the statement often answers what it did
        («Пентагон ранее заявил о …. «…», — говорится в сообщении» is the ministry's): nobody."""
        lo = max(sentence_end(self.text, at, pos), self.text.rfind("\n", 0, pos) + 1)
        return any(
            lo <= m.start < pos and m.org != agent and (self._speaks(m) or is_subject(self.text, m))
            for m in before
        )

    def _another_subject_since(self, spoke: Mention, bodies: list[Mention], pos: int) -> bool:
        """Whether a sentence after the one where `spoke` spoke, before `pos`, makes another
        body its subject («Росгвардия сообщила о задержании. МВД возбудило дело. «…», —
        отметили в ведомстве», «… Прокуратура начала проверку. «…», — сообщили в ведомстве»):
        the words are then never the body further back because it «spoke» — nor surely the
        later one, which only acted («МИД Китая заявил о протесте. Пентагон направил корабль
        …»): nobody known."""
        hi = self.sentence_start(pos)
        lo = sentence_end(self.text, spoke.end, hi)
        if lo >= hi:
            return False
        if any(
            lo <= m.start < hi
            and m.org != spoke.org
            and is_subject(self.text, m)
            and not self._of_noun(m)
            for m in bodies
        ):
            return True
        openings = list(_SENTENCE_OPENING.finditer(self.text, lo, hi))
        return any(map(_body_noun_acts, openings)) or any(map(_state_speaks, openings))

    def _person_spoke_in(self, lo: int, hi: int) -> bool:
        """Whether a person named in the nominative is the subject of a singular speech verb
        between `lo` and `hi` («Премьер Израиля Биньямин Нетаньяху заявил, что …»): a
        statement after that may be his side's, not that of a body named before him that only
        acted (one said to speak keeps it: «Об этом Кулубаев написал. В ведомстве отметили»)."""
        return any(
            m.person.name in self._speaking_in(m.start)
            for m in self.entities.persons
            if lo <= m.start < hi and m.nominative and m.person
        )

    def _in_stamp(self, org: Mention) -> bool:
        """Whether the mention is in a paragraph's dateline or agency stamp («МОСКВА, 5 июня.
        /ТАСС/.», «ТАСС, 22 мая.»): the outlet that publishes the news, never the body whose
        «сообщение» the text quotes (on every labelled set it was the wrong name every time)."""
        lo = self.text.rfind("\n", 0, org.start) + 1
        hi = self.text.find("\n", org.start)
        return org.end <= lo + content_start(self.text[lo : len(self.text) if hi < 0 else hi])

    def _speaks(self, org: Mention) -> bool:
        """Whether the body is said to speak: where a plural speech verb was said («В МИД
        заявили», «заявили в ЦОС ФСБ»), the subject of a speech verb before it («ФСБ сообщила»)
        or after it («сообщает Минобороны», «сообщает пресс-служба Минобороны»)."""
        return (
            self._spoke_in(org)
            or self._spoke_as_subject(org)
            or self._after_verb(org)
            or self._cited_source(org)
        )

    def _cited_source(self, org: Mention) -> bool:
        """ "пишет агентство ЧТК со ссылкой на внешнеполитическое ведомство республики", "со
        ссылкой на пресс-службу Минобороны": the body an outlet cites (past its press unit) is
        the source of what the text goes on to quote, as if it had spoken."""
        start = org.start - (self.text[org.start - 1 : org.start] in ("«", '"'))
        ahead = [t for t in tokens(self.text, max(0, start - 60), start) if t.text[:1].isalpha()]
        if ahead and lemma(ahead[-1].lower) in PRESS_UNITS:
            ahead = ahead[:-1]
        if len(ahead) < 2 or _PUNCTUATION.search(self.text, ahead[-1].end, start):
            return False
        if ahead[-1].lower != CITED_PREPOSITION or ahead[-2].lower not in CITING_CUES:
            return False
        return self._outlet_cites(ahead[-2])

    def _outlet_cites(self, cue: Token) -> bool:
        """Whether the one citing right before the cue is an outlet («пишет агентство ANP со
        ссылкой на …», «передает ТАСС со ссылкой на …», «сообщает БелТА, ссылаясь на …»): a
        party, an embassy, a government or residents citing a body («Посольство США, ссылаясь
        на Госдепартамент, призвало …») make their own statement, never the cited body's."""
        before = [
            t for t in tokens(self.text, max(0, cue.start - 60), cue.start) if t.text[:1].isalpha()
        ]
        if before and before[-1].lower == _CITING_WITH:
            before = before[:-1]
        if not before or _CITER_GAP.search(self.text, before[-1].end, cue.start):
            return False
        last = before[-1]
        if lemma(last.lower) in MEDIA_KINDS:
            return True
        hit = self._at(last)
        if hit is None:  # a name the entities miss, after its kind («агентство ANP»)
            return media_kind_before(self.text, last.start)
        if not hit.org:
            return False
        return _an_outlet(hit.org) or media_kind_before(self.text, hit.start)

    def _after_verb(self, org: Mention) -> bool:
        """ "…, сообщает Минобороны в телеграм-канале": the body right after a speech verb
        (or after the press unit or the kind of body right after it, a date between: «сообщила
        7 сентября компания «Газпром»», lexicon BODY_KINDS) is the verb's subject."""
        verb = self._verb_before(org)
        if verb is None or verb.impersonal:
            return False
        return not _told(self.text, org) and not self._told_outlet_after(org)

    def _verb_before(self, org: Mention) -> Verb | None:
        """The speech verb right before the body (past its press unit or kind, a date), or None
        (`_after_verb`)."""
        start = org.start - (self.text[org.start - 1 : org.start] in ("«", '"'))
        ahead = [t for t in tokens(self.text, max(0, start - 60), start) if t.text[:1].isalpha()]
        if ahead and lemma(ahead[-1].lower) in PRESS_UNITS | BODY_KINDS:
            ahead = ahead[:-1]
        if ahead and lemma(ahead[-1].lower) in MONTHS:
            ahead = ahead[:-1]
        if not ahead or _PUNCTUATION.search(self.text, ahead[-1].end, start):
            return None
        return speech_verb(ahead[-1])

    def _told_outlet_after(self, org: Mention) -> bool:
        """Whether the body is an outlet named in the singular right after a plural speech verb
        («сообщили РИА Новости в пресс-службе суда», «рассказали ТАСС в ведомстве»): the one
        the words were told, never their speaker (`_single_outlet`)."""
        verb = self._verb_before(org)
        return verb is not None and verb.plural and _single_outlet(org)

    def _anaphor_speaks(self, pos: int) -> tuple[tuple[str, ...], str] | None:
        """ "Об этом говорится в сообщении холдинга", "сообщает пресс-служба военного
        ведомства", "В ведомстве подчеркнули, что …", "«…», — говорится в заявлении
        министерства": in the quote's paragraph (its attribution after it too) or the one
        before, a noun referring back to a body (lexicon BODY_ANAPHORS) owns a text or a press
        unit, follows a speech verb, or is where a plural speech verb was said. The country keys
        of a nationality adjective before that noun («литовского министерства»), () when it
        has none, and the noun's lemma; None when no such noun speaks."""
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, pos)))
        hi = self.text.find("\n", pos)
        toks = tokens(self.text, lo + 1, len(self.text) if hi < 0 else hi)
        for k, tok in enumerate(toks):
            if lemma(tok.lower) not in BODY_ANAPHORS or self.inside_quote(tok.start):
                continue
            before = toks[max(0, k - 2) : k]
            owned = any(
                lemma(prev.lower) in _TEXT_OWNERS or speech_verb(prev) is not None
                for prev in before
            )
            if owned or (
                before
                and before[-1].lower in VENUE_PREPOSITIONS
                and self._said_in(toks[k + 1 : k + 4])
            ):
                return body_nation(self.text, tok), lemma(tok.lower)
        return None

    @staticmethod
    def _said_in(after: list[Token]) -> bool:
        """Whether a plural speech verb stands in the words right after a place («в ведомстве
        [также] подчеркнули»): the body there spoke."""
        return any(
            (verb := speech_verb(t)) is not None and verb.plural and not verb.impersonal
            for t in after
        )

    def _acting(self, before: list[Mention], named: list[Mention], pos: int) -> str | None:
        """With no body said to speak, the last one named only when it acts as its sentence's
        subject («ФСБ задержала жителя … — цитирует ТАСС релиз спецслужбы»), or the outlet
        when the text names only outlets; a body merely mentioned («из-за голосования в ООН»,
        «глава МИД Армении») is nobody: on unseen texts it was the wrong name every time.
        Nor one whose sentence another subject followed («Израиль заявил, что …», «Суд
        оштрафовал …», before «— говорится в заявлении»): the statement may be that one's."""
        last = before[-1] if before else None
        if last is None or not last.org:
            return None
        if before is named:  # no body stands for itself: only an outlet may be the source
            # «заявили «Интерфаксу»», «сообщили РИА Новости в пресс-службе суда»: whom it was told
            told = _told(self.text, last) or self._told_outlet_after(last)
            # «Выдержки приводит агентство Reuters»: an outlet quoting another's words (its
            # sentence's QUOTING_VERBS, `_quoted_by`) gives no text of its own
            quoting = self._quoted_by(last) is not None
            return last.org if MEDIA.fullmatch(last.org) and not told and not quoting else None
        if not is_subject(self.text, last) or self._of_noun(last):
            return None
        if self._another_subject_since(last, before, pos):
            return None
        lo = sentence_end(self.text, last.end, pos)
        return None if self._person_spoke_in(lo, self.sentence_start(pos)) else last.org

    def _of_noun(self, org: Mention) -> bool:
        """Whether a noun stands right before the body («Страны Евросоюза сократили …»,
        «Представитель МИД …», «Лидер «Хезболлы» …»): the body is its complement in the
        genitive, and the noun, not the body, is the subject that acts; never the kind of body
        it is (lexicon BODY_KINDS: «организация «Хезболла»», «движение «Хамас»»)."""
        start = phrase_start(self.text, org)
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        word = before.group(1).lower() if before is not None else ""
        first = parses(word)[:1] if word else ()
        return bool(first) and first[0].pos == "NOUN" and first[0].normal not in BODY_KINDS

    def _text_of(self, org: Mention) -> bool:
        """ "Об этом говорится в сообщении МИД РФ", "На сайте Акорды сообщается": the body right
        after a noun for a text or words (lexicon OWNED_TEXTS), or for where a body places its
        texts (PLATFORMS: «сайт», «телеграм-канал»), is the one that issued it."""
        before = _WORD_BEFORE.search(self.text, max(0, org.start - 40), org.start)
        word = lemma(before.group(1).lower()) if before is not None else ""
        if word in PRESS_UNITS and word not in OWNED_TEXTS | PLATFORMS:
            return not self._publishes_anothers(org)
        return word in _ISSUERS

    def _publishes_anothers(self, org: Mention) -> bool:
        """Whether the press unit's sentence names a person, or a text with an owner in the
        genitive («опубликовала обращение президента», «распространила заявление министра
        Сергея Лаврова»): a press unit mostly publishes its head's words, which are then
        never the body's own («Заявление опубликовала пресс-служба МИД Индии» is)."""
        lo = self.sentence_start(org.start)
        hi = sentence_end(self.text, org.start, min(len(self.text), org.start + _SENTENCE_REACH))
        if any(lo <= m.start < hi for m in self.entities.persons):
            return True
        toks = tokens(self.text, lo, hi)
        return any(
            lemma(t.lower) in OWNED_TEXTS and _animate_genitive(nxt.lower)
            for t, nxt in pairwise(toks)
        )

    def _spoke_in(self, org: Mention) -> bool:
        """ "В российском МИД … заявили": the body, after "в", is where a plural speech verb
        of its sentence was said."""
        ahead = [t.lower for t in tokens(self.text, max(0, org.start - 30), org.start)][-2:]
        unit = _IN_UNIT.search(self.text, max(0, org.start - 60), org.start)
        if not {"в", "во"} & set(ahead) and unit is None:  # "в МИД", "в ЦОС ФСБ"
            return False
        lo = self.sentence_start(org.start)
        hi = sentence_end(self.text, org.end, min(len(self.text), org.end + 400))
        return any(
            (verb := speech_verb(t)) is not None and verb.plural and not verb.impersonal
            for t in tokens(self.text, lo, hi)
        )

    def _spoke_as_subject(self, org: Mention) -> bool:
        """ "Ранее Высший совет нацбезопасности Ирана заявил о … из-за голосования в ООН": the
        body opening its sentence (an opener aside) is the subject of the singular speech verb
        after it; the bodies the sentence goes on to mention only do not speak."""
        if not is_subject(self.text, org):
            return False
        hi = sentence_end(self.text, org.end, min(len(self.text), org.end + 400))
        toks = tokens(self.text, org.end, hi)
        for k, tok in enumerate(toks):
            verb = speech_verb(tok)
            if verb is not None and not verb.plural and not verb.impersonal:
                return True
            if verb is None and any(p.pos == "VERB" for p in parses(tok.lower)[:1]):
                # "Страны Евросоюза сократили …, сообщила компания": not its verb; «Посольство
                # … выпустило официальное заявление»: its own text, as if said (never
                # «опубликовала обращение президента Владимира Путина»: another's)
                issued = _issues_text(toks[k : k + _ISSUED_REACH])
                return issued and not self._publishes_anothers(org)
        return False

    def outlet(self, pos: int) -> str | None:
        """ "— отмечает агентство": the media outlet the text named last before `pos`; never
        a person (None when the text names no outlet). When its sentence says whose words it
        quotes («Его слова приводит ТАСС»), «— подчеркивается в публикации» is theirs."""
        last = next(
            (
                m
                for m in reversed(self.entities.orgs)
                if m.start < pos and MEDIA.fullmatch(m.org or "")
            ),
            None,
        )
        kind_named = self._kind_named_outlet(last.end if last else 0, pos)
        if kind_named is not None:
            return kind_named  # «— информирует агентство» after «агентство Montsame»
        if last is not None and last.org:
            quoted = self._quoted_by(last)
            return last.org if quoted is None else quoted or None
        return self._writer(pos)

    def _kind_named_outlet(self, lo: int, pos: int) -> str | None:
        """The last outlet named after its kind between `lo` and `pos` that the outlet table
        lacks («Об этом сообщило агентство Montsame», «газета Addis Standard»): «— информирует
        агентство» after it is that outlet's, never the one of the dateline (ТАСС, 22 мая.),
        which only publishes the news."""
        found: tuple[int, str] | None = None
        for tok in tokens(self.text, lo, pos):
            if tok.text[:1].isupper() and not self.inside_quote(tok.start):
                name = self.outlet_named(tok)
                found = (tok.start, name) if name else found
        for hit in _IN_MARKS.finditer(self.text, lo, pos):  # «агентство «Кабар»»
            if media_kind_before(self.text, hit.start()) and (
                found is None or hit.start(1) > found[0]
            ):
                found = (hit.start(1), hit.group(1))
        return found[1] if found else None

    def _writer(self, pos: int) -> str | None:
        """With no outlet named, the publication is the post of the person the last «Об этом
        X написал в своем Telegram-канале» names, or of the body the last such sentence names
        («…, сообщает МИД РФ. «…», — сказано в публикации»); None when it names neither."""
        last = next((who for at, who in reversed(self.agents) if at < pos), None)
        if last is None:  # «…, сообщает МИД РФ»: the last body said to speak published it
            said = [m for m in self.entities.orgs if m.start < pos and m.org and self._speaks(m)]
            return said[-1].org if said and not MEDIA.fullmatch(said[-1].org or "") else None
        persons = {m.person.name for m in self.entities.persons if m.person}
        return last if last in persons or self._is_org(last) else None

    def _quoted_by(self, outlet: Mention) -> str | None:
        """Whose words the outlet's sentence says it quotes: a possessive's person («Его слова
        приводит ТАСС»), "" (nobody known) when it quotes words of someone else it does not
        settle; None when it quotes nobody's words."""
        lo = self.sentence_start(outlet.start)
        toks = tokens(self.text, lo, sentence_end(self.text, outlet.end, len(self.text)))
        if not any(lemma(t.lower) in QUOTING_VERBS for t in toks):
            return None
        words = next((k for k, t in enumerate(toks) if lemma(t.lower) in WORDS_NOUNS), None)
        if words is None:
            return None
        gender = _POSSESSIVE_GENDER.get(toks[words - 1].lower) if words else None
        if gender is None:
            return ""
        named = {
            m.person.name
            for m in self.entities.persons
            if self.sentence_start(lo - 1) <= m.start < lo
            and m.nominative
            and m.person is not None
            and m.person.gender in (None, gender)
            and not self.inside_quote(m.start)
        }
        return named.pop() if len(named) == 1 else ""  # the one person the sentence before names

    def _nation_before(self, role: Token) -> list[str]:
        """Nationality adjectives right before a role noun ("иранский министр"), in text order;
        never those after it ("пресс-секретарь российского лидера" describes the leader)."""
        prefix = tokens(self.text, self._sentence_lo(role.start, 40), role.start)[-2:]
        return [
            t.lower
            for t in prefix
            if _NATION_ADJ.search(t.lower) and not regional(t.text, self.text)
        ]

    def _anonymous_before(self, role: Token) -> bool:
        """Whether the role noun is qualified as nobody in particular ("неназванный
        европейский дипломат", "другой дипломат", "его коллега"): a few words before it, in
        its clause."""
        prefix = tokens(self.text, self._sentence_lo(role.start, 40), role.start)[-3:]
        cut = max((k for k, t in enumerate(prefix) if not t.text[:1].isalpha()), default=-1)
        if prefix and cut < len(prefix) - 1 and prefix[-1].lower in _POSSESSIVES | {"их"}:
            return True  # "его коллега", "ее заместитель": someone beside the one named before
        return any(lemma(t.lower) in ANONYMOUS_MARKS for t in prefix[cut + 1 :])

    def outlet_named(self, tok: Token) -> str | None:
        """The outlet's whole name when `tok` is one of the capitalised words right after a
        media kind ("газета Times Of India", "агентство Синьхуа"); None otherwise. No word
        of it is ever a person ("Of India"), whichever way a scan reads the clause."""
        if not tok.text[:1].isupper():
            return None
        before = _WORD_BEFORE.search(self.text, max(0, tok.start - 40), tok.start)
        if before is None or (
            before.group(1)[:1].islower() and not media_kind_before(self.text, tok.start)
        ):
            return None  # neither a media kind nor a capitalised word right before it
        window = tokens(self.text, max(0, tok.start - 80), min(len(self.text), tok.end + 80))
        k = next((j for j, t in enumerate(window) if t.start == tok.start), None)
        if k is None:
            return None
        first, last = k, k
        while first > 0 and k - first < _OUTLET_WORDS and self._joined(window, first - 1):
            first -= 1
        while (
            last + 1 < len(window) and last - first < _OUTLET_WORDS and self._joined(window, last)
        ):
            last += 1
        if not media_kind_before(self.text, window[first].start):
            return None
        # "телеканал ТА-3", "Россия-24": the channel's number is part of its name, never cut off
        number = _CHANNEL_NUMBER.match(self.text, window[last].end)
        return self.text[window[first].start : number.end() if number else window[last].end]

    def _joined(self, window: list[Token], j: int) -> bool:
        """Whether window[j] and window[j + 1] are capitalised words one space apart."""
        a, b = window[j], window[j + 1]
        return (
            a.text[:1].isupper() and b.text[:1].isupper() and not self.text[a.end : b.start].strip()
        )

    def _is_org(self, name: str) -> bool:
        return any(m.org == name for m in self.entities.orgs)


_ISSUED_REACH = 4  # the verb and up to three words to the text it issues


def _issues_text(toks: list[Token]) -> bool:
    """Whether the words open with a verb of issuing (lexicon ISSUING_VERBS) and name the text
    it issues within a few words («выпустило официальное заявление», «распространил
    сообщение»), never another's («направило ноту в МИД»: a note is no text quoted as said)."""
    if not toks or lemma(toks[0].lower) not in ISSUING_VERBS:
        return False
    return any(lemma(t.lower) in OWNED_TEXTS for t in toks[1:])


def body_fits(text: str, entities: Entities, noun: str, body: str, pos: int) -> bool:
    """Whether the common noun `noun` («ведомство», «министерство»: MINISTRY_ANAPHORS) may
    refer back to `body`: never to a body of many states («Лавров выступил в ООН. «…», —
    подчеркнули в ведомстве»: his ministry's words), nor past a minister or head whose title
    names no body spoken of after `body` was last named («Делегация Пентагона … Министр
    обороны Украины Денис Шмыгаль заявил … — уточнило ведомство»: his ministry, unnamed).
    Other nouns («пресс-служба», «компания») refer back as before."""
    if noun not in MINISTRY_ANAPHORS or not body:
        return True
    if any(word in INTERNATIONAL_BODIES for word in body.split()):
        return False
    last = max((m.end for m in entities.orgs if m.org == body and m.start < pos), default=pos)
    return not any(
        last <= m.start < pos and m.person is not None and _other_head(text, entities, m, body)
        for m in entities.persons
    )


def _other_head(text: str, entities: Entities, person: Mention, body: str) -> bool:
    """Whether `person` is titled a head of another body (HEAD_ROLES) in the words right
    before the name, within its sentence: a title naming a body or country, no mention of
    `body` among them («Министр обороны Украины Денис Шмыгаль»; never «Глава Пентагона Пит
    Хегсет» after «Пентагон», nor a bare «Министр Мауро Виейра»)."""
    lo = max(0, person.start - _TITLE_REACH)
    cut = max(text.rfind(c, lo, person.start) for c in ".!?\n")
    lo = max(lo, cut + 1)
    if any(m.org == body and lo <= m.start < person.start for m in entities.orgs):
        return False
    toks = tokens(text, lo, person.start)
    head = next((k for k, t in enumerate(toks) if lemma(t.lower) in HEAD_ROLES), None)
    # the title names a body or country of its own («обороны Украины»); a bare «Министр
    # Мауро Виейра» may head the body named before
    return head is not None and any(t.text[:1].isupper() for t in toks[head + 1 :])


def _an_outlet(body: str) -> bool:
    """Whether a body's name is an outlet's: one the lexicon knows (MEDIA), or one whose name
    holds a media kind («Новая газета», «Радио Свобода», «Общественное телевидение»; lexicon
    MEDIA_KINDS), found as a body only by its quotation marks."""
    return bool(MEDIA.fullmatch(body)) or any(lemma(w.lower()) in MEDIA_KINDS for w in body.split())


def _told(text: str, org: Mention) -> bool:
    """Whether the body's first word reads only in the dative («заявили «Интерфаксу» в
    компании», «сообщили Пентагону»): the one the words were told, never their speaker. A word
    that may be a nominative («ТАСС», «Минобороны», «Reuters») may be the subject."""
    first = text[org.start : org.end].split()[:1]
    readings = parses(first[0].lower()) if first else []
    return bool(readings) and all(p.has("datv") and not p.has("nomn") for p in readings)


def _single_outlet(org: Mention) -> bool:
    """Whether the body is an outlet named in the singular («РИА Новости», «ТАСС»): after a
    plural speech verb («В холдинге рассказали РИА Новости») it is whom the words were told,
    an outlet speaking in the singular («сообщает ТАСС»); one whose name is plural («пишут
    «Известия»») may be the subject."""
    if org.org is None or not MEDIA.fullmatch(org.org):
        return False
    first = org.org.split()[0].lower()
    return not any(p.has("plur") and p.has("nomn") for p in parses(first))


def _animate_genitive(word: str) -> bool:
    """Whether a reading of `word` is an animate noun in the genitive («президента»,
    «министра», «главы»): a person owning the text before it; never a word read first as a
    preposition or another function word («заявление по поводу …»: «по» is no person)."""
    found = parses(word)
    if found and found[0].pos in _FUNCTION_POS:
        return False
    return any(p.pos == "NOUN" and {"anim", "gent"} <= p.grams for p in found)


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
