"""Who said it: resolving an attribution clause to a person's full name or an organisation.

Why a resolver with memory: Russian news names a speaker once in full and then refers to
them as "Лаврова", "он", "министр", "пресс-секретарь российского лидера" or "говорится в
сообщении" (meaning the organisation named a sentence earlier). The resolver keeps the
article's mentions and the speakers found so far and answers such references in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.content._speakers.clause_words import (
    _OBLIQUE_PRONOUNS,
    _POSSESSIVES,
    _PRONOUNS,
    _genitive_noun,
    _relative,
    _they,
    _unresolved_subject,
    body_named,
    body_nation,
    body_subject,
    cut_off_subject,
    drop_asides,
    past_leading_asides,
    past_relay,
)
from bot.content._speakers.names import (
    _LAST_WORD,
    _ONE_OF,
    _STOP_PREPOSITIONS,
    _addressee_form,
    _institution,
    _name_like,
    _person_noun,
    _plural,
    _speaking_role,
    addressed,
    compound_role,
    lowercase_adjective,
    spoken_for_introduced,
)
from bot.content._speakers.nations import _NATION_ADJ, _capitalised, nation_keys
from bot.content._speakers.posts import NATIONAL_BODIES, post_after
from bot.content._speakers.roles import _Roles
from bot.content._speakers.tokens import (
    Answer,
    Token,
    Verb,
    finite_verb,
    naming_verb,
    speech_verb,
    tokens,
    word_tokens,
)
from bot.content.apposition import surely_nominative
from bot.content.entities import CLOSING_MARKS, OPENING_MARKS, Mention, phrase_start
from bot.content.layout import site_domain_end
from bot.content.lexicon import (
    ACCORDING_NOUNS,
    ANSWER_VERBS,
    ASKING_VERBS,
    ATTRIBUTIVE_POS,
    CITING_CUES,
    INDEFINITE_SUBJECTS,
    JOINT_TEXT_WORDS,
    MEDIA,
    MEDIA_KINDS,
    NAMING_VERBS,
    ORG_UNITS,
    OWNED_TEXTS,
    PERSONAL_UNITS,
    PLACING_VERBS,
    PLATFORM_NAMES,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    PUBLICATIONS,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    REPLY_VERBS,
    REPORTER_NOUNS,
    SENDING_VERBS,
    SPEAKER_NOUNS,
    STATE_NAME_HEADS,
    STATEMENT_NOUNS,
    SUBORDINATE_OPENERS,
    UNKNOWN_AGENTS,
    VENUE_PREPOSITIONS,
    WORDS_NOUNS,
    role_of,
)
from bot.content.mentions import UNKNOWN_BODY, Person
from bot.content.morph import lemma, parses
from bot.content.name_slots import Kind, kind

__all__ = [
    "NATIONAL_BODIES",
    "Answer",
    "Resolver",
    "Token",
    "Verb",
    "addressed",
    "drop_asides",
    "finite_verb",
    "naming_verb",
    "nation_keys",
    "past_leading_asides",
    "post_after",
    "speech_verb",
    "tokens",
    "word_tokens",
]

# How far back (characters before the quote's sentence) a text's sender may be named.
_SENDER_REACH = 400
# "По словам X, …", "По мнению X, …" opening a sentence: X says the whole sentence.
_JUST_COMMA = re.compile(r"\s*,\s*")
_PO_SLOVAM_OPENING = re.compile(r"[Пп]о\s+(?:словам|мнению|оценке|данным)\s+(?=[^,]{2,120},)")
_LATIN = re.compile(r"[A-Za-z][\w.-]*")
# A plural verb's own stretch of its clause runs between these marks; "и" inside it joins
# its subject ("Лавров и Блинкен назвали …").
_CLAUSE_MARKS = re.compile(r"[.,;:!?«»\"()—–\n]")
_AND = re.compile(r"(?<!\w)и(?!\w)")

# Nouns for what someone said or thinks: "по его словам", "по его наблюдениям" name who.
_OPINION_NOUNS = SPEAKER_NOUNS | ACCORDING_NOUNS


# The resolver's concerns are layered in bot/content/_speakers/ (memory ← introductions ←
# organisations ← continuity ← roles), each calling only its own methods and those below;
# this class adds the clause itself: scanning it and resolving its speaker.


def _state_name_tail(before: Token, tok: Token) -> bool:
    """Whether `tok` heads a state's formal name after its capitalised nationality adjective
    («Французской Республики», «Российской Федерации»; lexicon STATE_NAME_HEADS): a state,
    never a person's name."""
    return (
        before.text[:1].isupper()
        and bool(_NATION_ADJ.search(before.lower))
        and tok.lower.startswith(STATE_NAME_HEADS)
    )


# The genders of nouns a possessive pronoun of a gender can stand for: «его» a man's or a
# neuter body's («министерство»), «ее» a woman's or a feminine body's («партия»).
_POSSESSED_GENDERS: dict[str, frozenset[str]] = {
    "masc": frozenset({"masc", "neut"}),
    "femn": frozenset({"femn"}),
}


# A verb the text breaks off right after («— заявил...», a teaser cut at its length limit).
_CUT_OFF = re.compile(r"[ \t]*(?:\.\.\.|…)[ \t]*(?:\n|$)")


# A quoted capitalised name right after a verb («— сообщает «Чита.Ру»», «— пишет "Вечерка"»).
_QUOTED_NAME = re.compile(r"[ \t]*[«\"“„][ \t]*[A-ZА-ЯЁ]")


class Resolver(_Roles):
    """Resolves attribution clauses of one article, remembering the speakers found so far."""

    def previous_subject(self, pronoun: Token, gender: str) -> Answer:
        """ "Песков сообщил, что Патрушев освобожден … Он добавил, что «…»": a pronoun that
        opens its sentence as the subject of a speech verb carries on the speaker of the
        sentence before, when that sentence names who spoke (a person of the same gender,
        or an anonymous source: then nobody); a name that sentence mentions only as its
        topic never takes over. (False, None) when the sentence before says nothing."""
        start = self.sentence_start(pronoun.start)
        if start != pronoun.start or start == 0:
            return False, None
        prev_lo = self.sentence_start(start - 1, anchor=start)
        toks = tokens(self.text, prev_lo, start)
        # "Как сообщает ТАСС, Мадуро заявил: «…». Он добавил": the outlet only relays
        main = past_relay(toks)
        verb = next(
            (
                v
                for k, t in enumerate(main)
                if (v := speech_verb(t)) and not v.impersonal and not _in_relative(main, k)
            ),
            None,
        )
        opening = _PO_SLOVAM_OPENING.match(self.text, prev_lo)
        if opening is not None:  # "По мнению сенатора Алексея Пушкова, Трамп … . Он указал…"
            found, who = self.scan(
                tokens(self.text, opening.end(), self.text.find(",", opening.end(), start)),
                None,
                pronoun.start,
                stop_early=True,
            )
        elif verb is None or verb.plural:
            return False, None
        else:
            found, who = self._subject_first(toks, verb, pronoun.start)
            if not found:
                found, who = self._in_clause(toks, verb, pronoun.start)
        if found and who is None:
            return True, None  # "Источник рассказал, … «…», — заявил он."
        person = next(
            (m.person for m in self.entities.persons if m.person and m.person.name == who),
            None,
        )
        if not found or person is None or person.gender not in (None, gender):
            return False, None
        return True, person.name

    def _subject_first(self, toks: list[Token], verb: Verb, pos: int) -> Answer:
        """ "Президент Монголии Ухнаагийн Хурэлсух прокомментировал слова … Антониу Кошты,
        который …": a person named in the nominative before the verb of a sentence (its
        words up to the verb only a title and the name) is its subject, whoever the verb
        takes as its object after it; (False, None) when no such person opens the sentence."""
        before = [t for t in toks if t.end <= verb.token.start]
        named = [
            m
            for m in self.entities.persons
            if m.person is not None
            and m.nominative
            and before
            and before[0].start <= m.start < verb.token.start
        ]
        if len(named) != 1 or named[0].person is None:
            return False, None
        rest = [t for t in before if t.start >= named[0].end]
        if rest or any(t.text in ',:;()«»"' for t in before):
            return False, None
        return True, named[0].person.name

    def scan(
        self, toks: list[Token], verb: Verb | None, pos: int, *, stop_early: bool
    ) -> tuple[bool, str | None]:
        """Look through `toks` (in the given order) for who speaks; (found, speaker)."""
        return _ClauseScan(self, toks, verb, pos, stop_early).run()

    def agent(self, toks: list[Token], verb: Verb | None, pos: int) -> str | None:
        """Who an attribution sentence («Об этом сообщил X.») names as speaking next: X, or —
        when X is an outlet citing a source («Об этом со ссылкой на российское посольство
        сообщает ТАСС») — the body or person cited, else a body nobody knows
        (UNKNOWN_BODY), never the outlet that relays; None when the sentence names nobody."""
        found, who = self.scan(toks, verb, pos, stop_early=False)
        cue = next((k for k, t in enumerate(toks) if t.lower in CITING_CUES), None)
        if (not found or not who) and cue is not None and not self._unnamed_source(toks[cue:]):
            # «Об этом сообщает «Интерфакс» со ссылкой на пресс-службу Назарбаева»: whatever
            # the cited source reads as, the outlet named before the cue only relays (one
            # citing «источник», nobody named, reports on its own: its words stay its own)
            found, who = self.scan(toks[:cue], verb, pos, stop_early=False)
            if not (found and who and MEDIA.fullmatch(who)):
                return None
        if not found or not who or self._joint_owners(toks, who):
            return None
        if cue is None or not MEDIA.fullmatch(who):
            return who
        cited = [t for t in toks[cue + 1 :] if t.lower not in PREPOSITIONS and not speech_verb(t)]
        found, source = self.scan(cited, None, pos, stop_early=True)
        return source if found and source and not MEDIA.fullmatch(source) else UNKNOWN_BODY

    def _joint_owners(self, toks: list[Token], who: str) -> bool:
        """Whether the sentence names `who` only in an oblique case beside another person so
        named («говорится в совместном заявлении … Феликса Чисекеди и … Мусы Факи Махамата»):
        a text of several people, none of whom speaks alone."""
        if not toks:
            return False
        lo, hi = toks[0].start, toks[-1].end
        named = [m for m in self.entities.persons if m.person and lo <= m.start < hi]
        if any(m.nominative and m.person and m.person.name == who for m in named):
            return False
        return len({m.person.name for m in named if m.person and not m.nominative}) > 1

    @staticmethod
    def _unnamed_source(toks: list[Token]) -> bool:
        """Whether the words cite a source nobody names («со ссылкой на источник»)."""
        return any(lemma(t.lower) in UNKNOWN_AGENTS for t in toks)

    def resolve(
        self, start: int, end: int, verb: Verb | None, pos: int, *, context: bool = True
    ) -> str | None:
        """Speaker of the clause text[start:end] around `verb`; falls back on the context
        (the last organisation or person of the verb's gender) unless `context` is False."""
        toks = tokens(self.text, start, end)
        if verb is None:
            found, who = self.scan(list(reversed(toks)), None, pos, stop_early=False)
            return who if found else None
        cited = self._cited_after_verb(toks, verb, pos)
        if cited is not None:
            return cited
        found, who = self._in_clause(toks, verb, pos)
        if verb.plural and self._joint_subject(start, end, verb, who):
            return None  # "Лавров и Блинкен назвали встречу «…»": no one of them alone
        if neuter_subject(verb) and not _relays_owner(toks, verb):
            if who is None and context:  # «— подчеркнуло ведомство»: the body named before
                return self._body_noun(toks, verb, pos)
            return None if self.is_person(who) else who
        if found or not context:
            return who
        noun = body_subject(toks, verb)
        if noun is not None:  # «Как отмечает министерство»: a body, never a person
            return self._body_noun(toks, verb, pos)
        if verb.impersonal or verb.plural:
            return self.organisation(pos)
        if _unresolved_subject(toks, verb):
            return None  # "Макрон ранее заявил": a subject the text names, just not known
        if _CUT_OFF.match(self.text, verb.token.end) or _QUOTED_NAME.match(
            self.text, verb.token.end
        ):
            # «— заявил...»: the text was cut before it named the subject; «— сообщает
            # «Чита.Ру»»: a quoted name right after the verb is its subject, an outlet or a
            # body the tables lack — never the last person of the verb's gender
            return None
        shared = self._coordinated_subject(toks, verb, pos)
        if shared is not None:
            return shared[1]
        guess = self.pronoun(verb.gender, pos)
        return None if self._names_other(toks, guess) else guess

    def _names_other(self, toks: list[Token], guess: str | None) -> bool:
        """Whether the clause `toks`, whose subject the scan could not settle, names a person
        other than `guess` outside quotations and not beside the subject («— ответил Пашинян»
        read as an object; «— сообщает «Чита.Ру» со ссылкой на слова … Романа Шадрина»): the
        clause may well be that one's, so the last person of the verb's gender is a guess
        against it — nobody rather than him. One named after a preposition («во время встречи
        с Дональдом Трампом», `companion`) is only beside the subject, and leaves the guess."""
        if guess is None or not toks:
            return False
        lo, hi = toks[0].start, toks[-1].end
        return any(
            lo <= m.start < hi
            and m.person is not None
            and m.person.name != guess
            and not self.inside_quote(m.start)
            and not self.companion(m)
            for m in self.entities.persons
        )

    def _coordinated_subject(self, toks: list[Token], verb: Verb, pos: int) -> Answer | None:
        """ "госсекретарь США заявил, что «…» и подчеркнул, что «…»": a verb right after «и»
        shares the subject of the singular speech verb of its gender before it in the clause
        — who that one's clause names (a role resolving to nobody stays nobody), never the
        last person the text named; None when no such earlier verb names anyone."""
        idx = next((i for i, t in enumerate(toks) if t.start == verb.token.start), 0)
        if idx < 2 or toks[idx - 1].lower != "и":
            return None
        for k in range(idx - 2, -1, -1):
            earlier = speech_verb(toks[k])
            if earlier is None or earlier.plural or earlier.impersonal:
                continue
            if self.inside_quote(toks[k].start) or earlier.gender not in (None, verb.gender):
                continue
            if not self._quoted_complement(toks[k + 1 : idx - 1]):
                return None  # «сообщил, что водитель скрылся, но вернулся и заявил»
            found, who = self._in_clause(toks[: k + 1], earlier, pos)
            return (True, who) if found else None
        return None

    def _quoted_complement(self, between: list[Token]) -> bool:
        """Whether `between` (what stands between an earlier speech verb and «и») is that
        verb's own complement ending in a quotation («заявил, что «…» и подчеркнул»; «заявил:
        «…» и добавил») with no finite verb outside the quotation: a «что»-clause with verbs
        of its own («сообщил, что водитель скрылся, но позже вернулся и заявил») makes the
        verb after «и» its subject's."""
        words = [t for t in between if t.text != ","]
        if not words or words[-1].text not in CLOSING_MARKS:
            return False
        return not any(not self.inside_quote(t.start) and finite_verb(t.lower) for t in between)

    def _cited_after_verb(self, toks: list[Token], verb: Verb, pos: int) -> str | None:
        """ "«…», — сообщает «Чита.Ру» со ссылкой на слова начальника управления Романа
        Шадрина": an outlet citing a source after the speech verb relays the source's words —
        the person or body named after the cue (lexicon CITING_CUES) speaks, never the outlet,
        nor a person the words name. None when no cue follows the verb, the source is unnamed
        («со ссылкой на источник»), or a person is the verb's subject before the cue («—
        сказал Лавров со ссылкой на данные разведки»)."""
        cue = next(
            (
                k
                for k, t in enumerate(toks)
                if t.lower in CITING_CUES and t.start > verb.token.start
            ),
            None,
        )
        if cue is None or self._unnamed_source(toks[cue:]):
            return None
        found, relay = self.scan(toks[:cue], verb, pos, stop_early=False)
        if found and relay is not None and self.is_person(relay):
            return None
        cited = [t for t in toks[cue + 1 :] if t.lower not in PREPOSITIONS and not speech_verb(t)]
        found, source = self.scan(cited, None, pos, stop_early=True)
        if found and source and not MEDIA.fullmatch(source):
            return source
        return UNKNOWN_BODY if _one_official(cited) else None

    def _body_noun(self, toks: list[Token], verb: Verb, pos: int) -> str | None:
        """The body a common noun for one, the verb's subject («Как отмечает министерство»,
        «— подчеркнуло ведомство»), refers back to; None when the clause has no such noun or
        the noun goes on with a name of its own («министерство обороны»)."""
        noun = body_subject(toks, verb)
        if noun is None or body_named(toks, noun):
            return None
        return self.referred_body(pos, body_nation(self.text, noun), lemma(noun.lower))

    def _in_clause(self, toks: list[Token], verb: Verb, pos: int) -> Answer:
        """Who the clause itself names as the verb's subject; (False, None) when nobody."""
        idx = next((i for i, t in enumerate(toks) if t.start == verb.token.start), 0)
        after = toks[idx + 1 :]
        # "— сказано в заявлении Назарбаева", "В заявлении Лаврова говорится, что …"
        owner = self._text_owner(after, pos) or self._text_owner(toks[:idx], pos)
        owner = owner if verb.impersonal else None
        if owner is not None:
            return True, owner
        if verb.impersonal and any(self._possessive_text(w) for w in (after, toks[:idx])):
            return True, None  # «Партия … В ее заявлении говорится»: maybe the body's
        cited = next((w for w in (after, toks[:idx]) if self._cites_interview(w)), None)
        if verb.impersonal and cited is not None:
            return True, self.interview_owner(cited, pos)  # "— говорится в интервью"
        found, who = self._subject_after(after, verb, pos, stop_early=True)
        told = self._told_outlet(after, verb, pos, who) if found else None
        if told is not None:
            return True, told
        if found and who is not None and idx > 0 and self._is_org(who):
            is_subject, named = self._subject_of_body_object(toks[:idx], verb, pos)
            if is_subject:
                return True, named
        if not found:
            before = drop_asides(toks[:idx])
            found, who = self.scan(list(reversed(before)), verb, pos, stop_early=False)
        if not found:
            found, who = self._opening_subject(toks[:idx], verb, pos)
        if found:
            return found, who
        if not (verb.impersonal or verb.plural):
            # "— сказал в ходе встречи с Блинкеном Лавров": the subject is nominative.
            subject = self._nominative_person(after)
            if subject is not None:
                return True, subject
        return self._subject_after(after, verb, pos, stop_early=False)

    def _opening_subject(self, before: list[Token], verb: Verb, pos: int) -> Answer:
        """ "Ван И, в свою очередь, подчеркнул": the subject opens the sentence, cut off from
        the verb by a parenthetical (never by a relative clause: "X привел выступление
        представителей США, где говорили, что …" is not X speaking), and never one the verb's
        form rules out («Матвиенко напомнила, что Ван И ранее назвал …»: the verb's own
        subject is someone the name finder missed — nobody known)."""
        if not before or not before[0].text[:1].isupper() or _relative(before):
            return False, None
        found, who = self.scan(past_relay(before), verb, pos, stop_early=True)
        if found and verb.gender and self.gender_of(who) not in (None, verb.gender):
            return True, None
        return found, who

    def _joint_subject(self, start: int, end: int, verb: Verb, who: str | None) -> bool:
        """Whether `who` is named beside someone else joined by "и" in the plural verb's own
        stretch of the clause, between the clause marks around it ("Лавров и Блинкен
        назвали", "Президент России Владимир Путин и председатель КНР Си Цзиньпин заявили",
        "— заявили Лавров и Блинкен"): the verb's subject is then both, and the words are
        neither's alone (nobody, not one of them)."""
        if who is None or not self.is_person(who):
            return False
        lo = max(
            (m.end() for m in _CLAUSE_MARKS.finditer(self.text, start, verb.token.start)),
            default=start,
        )
        hi = _CLAUSE_MARKS.search(self.text, verb.token.end, end)
        stretch_hi = hi.start() if hi is not None else end
        if not _AND.search(self.text, lo, stretch_hi):
            return False
        return any(
            m.person is not None and m.person.name == who and lo <= m.start and m.end <= stretch_hi
            for m in self.entities.persons
        )

    def _text_owner(self, words: list[Token], pos: int) -> str | None:
        """ "— сказано в заявлении Назарбаева", "В заявлении госсекретаря США Марко Рубио
        отмечается": the person whose statement, address or letter an impersonal verb cites,
        named (or given by a role) in the genitive right after "в <text>"; else None (a body
        there is left to the clause: "говорится в заявлении МИД")."""
        if len(words) < 2 or words[0].lower not in ("в", "во"):
            return None
        if self._possessive_text(words):
            return self._possessive_owner(words[1], words[2], pos)
        at = _past_text_adjectives(words, 1)  # «в письменном заявлении Гутерриша»
        noun = lemma(words[at].lower)
        if noun not in OWNED_TEXTS:
            return None
        rest = words[at + 1 :]
        found, who = self.scan(rest, None, pos, stop_early=True) if rest else (False, None)
        persons = {m.person.name for m in self.entities.persons if m.person is not None}
        if found:
            return who if who in persons else None
        return self._sender(noun, pos)

    def person_at(self, tok: Token) -> bool:
        """Whether `tok` is part of a person's mention."""
        hit = self._at(tok)
        return hit is not None and hit.person is not None

    @staticmethod
    def _possessive_text(words: list[Token]) -> bool:
        """Whether `words` open with a text or statement a possessive owns («в его обращении»,
        «в ее заявлении»): whose it is, the pronoun alone says (`_possessive_owner`)."""
        return (
            len(words) > 2
            and words[0].lower in ("в", "во")
            and words[1].lower in POSSESSIVE_GENDERS
            and lemma(words[2].lower) in OWNED_TEXTS | STATEMENT_NOUNS
        )

    def _possessive_owner(self, pronoun: Token, noun: Token, pos: int) -> str | None:
        """ "Губернатор … обратился к жителям. В его обращении говорится: «…»": a text whose
        owner a possessive pronoun gives is that of whom the pronoun stands for, the latest
        person of its gender (`pronoun`).
        «Его» is masculine or neuter, «ее» feminine, and a body is as good an antecedent as
        a person: when a sentence since the person's last mention opens with one («Совет
        Федерации опубликовал обращение», «Министерство опубликовало отчет»), the text may be
        the body's, and the owner is unknown (None)."""
        gender = POSSESSIVE_GENDERS[pronoun.lower]
        owner = self.pronoun(gender, pos)
        if owner is None or self._body_opens_since(owner, gender, pronoun.start):
            return None
        return owner

    def _body_opens_since(self, owner: str, gender: str | None, hi: int) -> bool:
        """Whether a sentence between the last mention of `owner` and `hi` opens with a body
        (`body_opens`), which a possessive of `gender` may stand for instead."""
        last = max(
            (
                m.end
                for m in self.entities.persons
                if m.person and m.person.name == owner and m.end <= hi
            ),
            default=None,
        )
        return last is not None and self.body_opens(last, hi, gender)

    def body_opens(self, lo: int, hi: int, gender: str | None) -> bool:
        """Whether a sentence opening in text[lo:hi] opens with a body: an organisation, or a
        common noun (never a role) in the nominative of a gender a possessive pronoun of
        `gender` agrees with («Министерство опубликовало отчет. В его …», «Партия провела
        съезд. Ее …»): the pronoun may then stand for the body, not for a person before."""
        return any(
            self.sentence_start(tok.start) == tok.start and self._body_word(tok, gender)
            for tok in tokens(self.text, lo, hi)
        )

    def _body_word(self, tok: Token, gender: str | None) -> bool:
        """Whether `tok` names a body: an organisation mention, or a common inanimate noun
        (never a role) in the nominative whose gender a possessive of `gender` agrees with
        («его»: masculine or neuter)."""
        hit = self._at(tok)
        if hit is not None:
            return hit.org is not None and hit.person is None
        if role_of(tok.text) is not None:
            return False
        genders = _POSSESSED_GENDERS.get(gender or "", frozenset())
        return any(
            p.pos == "NOUN" and p.has("nomn") and not p.has("anim") and p.grams & genders
            for p in parses(tok.lower)[:1]
        )

    def _sender(self, noun: str, pos: int) -> str | None:
        """ "Павел Чернов направил телеграмму … В телеграмме говорится: «…»": a text cited with
        no owner is the one person who, in the sentences just before, sent or signed a text
        of that same kind (lexicon SENDING_VERBS) as the subject of their sentence; None when
        no sentence there does."""
        lo = max(0, self.sentence_start(pos) - _SENDER_REACH)
        for tok in reversed(tokens(self.text, lo, self.sentence_start(pos))):
            if lemma(tok.lower) != noun or self.inside_quote(tok.start):
                continue
            start = self.sentence_start(tok.start)
            sent = [
                t for t in tokens(self.text, start, tok.start) if lemma(t.lower) in SENDING_VERBS
            ]
            if sent:
                found = self._sole_subject(start, sent[-1].start, None)
                return found[1] if found else None
            return None
        return None

    def _subject_before(self, tok: Token, verb: Verb, pos: int) -> Answer:
        """Whether `tok`, right before the verb, is a person as its subject ("он"/"она" of the
        verb's gender, or a nominative name), and who (a pronoun may stay unresolved)."""
        if tok.lower in ("он", "она") and _PRONOUNS[tok.lower] in (None, verb.gender):
            return True, self.pronoun(_PRONOUNS[tok.lower], pos)
        hit = self._at(tok)
        if hit is not None and hit.person is not None and hit.nominative:
            return True, hit.person.name
        return False, None

    def _subject_of_body_object(self, before: list[Token], verb: Verb, pos: int) -> Answer:
        """The subject before `verb` that makes the body after it its object: a person right
        before the verb ("Он призвал Совбез ООН отреагировать на «…»"), or the one person the
        clause names in the nominative further back (`_named_subject_before`)."""
        is_subject, named = self._subject_before(before[-1], verb, pos)
        if is_subject:
            return True, named
        named = self._named_subject_before(before, verb)
        return (True, named) if named is not None else (False, None)

    def _named_subject_before(self, before: list[Token], verb: Verb) -> str | None:
        """The one person the clause before a singular `verb` names in the nominative, of the
        verb's gender («Министр обороны Исраэль Кац, выступая на конференции, в очередной раз
        предупредил движение ХАМАС, что …»): with its subject standing before it, cut off
        by an aside or an adverb, the body after the verb is its object, never its subject.
        Only a person cut off by nothing else (`cut_off_subject`): one with a verb or a
        subordinating word of his own is another clause's subject, and the body after the verb
        speaks. None for a plural or impersonal verb, or when the clause names two such
        persons."""
        if verb.plural or verb.impersonal or not before:
            return None
        named = [
            (start, end, person)
            for start, end, person in self._nominative_mentions(before[0].start, verb.token.start)
            if self.gender_of(person.name) in (None, verb.gender)
        ]
        names = {person.name for _, _, person in named}
        if len(names) != 1 or not cut_off_subject(before, named[-1][0], named[-1][1]):
            return None  # «Пока Зеленский находился в Вашингтоне, сообщил Пентагон»: his own verb
        return names.pop()

    def _subject_after(
        self, after: list[Token], verb: Verb, pos: int, *, stop_early: bool
    ) -> Answer:
        """Who the words after the verb name as its subject: a person there only in an oblique
        case is its object ("Трамп назвал Путина «…»", "ответил на критику Зеленского")."""
        if lemma(verb.token.lower) in NAMING_VERBS:
            return False, None  # "назвал Путина «…»": the person after a naming verb is named
        found, who = self.scan(after, verb, pos, stop_early=stop_early)
        if found and after and lemma(after[0].lower) in WORDS_NOUNS:
            # "Захарова прокомментировала слова американского госсекретаря: «…»": whose
            # words the verb takes as its object never speaks; only a nominative after
            # them may ("… слова украинского чиновника … депутат Алексей Журавлев").
            subject = self._nominative_person(after[1:])
            return (True, subject) if subject is not None else (False, None)
        if not found or who is None or not after:
            return found, who
        named = [
            m
            for m in self.entities.persons
            if after[0].start <= m.start < after[-1].end and m.person and m.person.name == who
        ]
        if named and not any(m.nominative for m in named):
            return False, None
        return found, who

    def answerer(
        self, who: str | None, verb: Verb | None, pronoun: Token, gender: str | None
    ) -> str | None:
        """ "Журналист Игорь Морозов спросил министра Олега Смирнова о санкциях. «…», —
        ответил он": «он» of a verb of answering never stands for whoever asked in the sentence
        before (the subject of a verb of asking, lexicon ASKING_VERBS); it stands for the one
        person of its gender asked there, else for nobody."""
        if who is None or verb is None or lemma(verb.token.lower) not in ANSWER_VERBS:
            return who
        own = self.sentence_start(pronoun.start)
        if own == 0:
            return who
        lo = self.sentence_start(own - 1, anchor=own)
        asking = next(
            (t for t in tokens(self.text, lo, own) if lemma(t.lower) in ASKING_VERBS), None
        )
        if asking is None:
            return who
        named = [m for m in self.entities.persons if lo <= m.start < own and m.person]
        if not any(
            m.nominative and m.start < asking.start and m.person.name == who
            for m in named
            if m.person
        ):
            return who
        asked = {
            m.person.name
            for m in named
            if m.person is not None
            and m.start > asking.start
            and m.person.name != who
            and m.person.gender in (None, gender)
        }
        return asked.pop() if len(asked) == 1 else None

    def addressed_after(self, who: str | None, pronoun: Token) -> bool:
        """ "По его словам, министр Анри Дюпон поддержал проект. «…», — заверил он посла":
        whether the word right after the pronoun subject is its verb's object naming `who` —
        his name or the role the text gave him, one person in an oblique case («посла»,
        «Иванову», «губернатору») —, so that «он» cannot stand for him."""
        if who is None:
            return False
        after = tokens(self.text, pronoun.end, min(len(self.text), pronoun.end + 40))[:1]
        if not after or self.text[pronoun.end : after[0].start] != " ":
            return False  # «— сказал он.\nТуадера был …»: the clause ended
        word = after[0]
        mentions = [m for m in self.entities.persons if m.person and m.person.name == who]
        if any(m.start == word.start and not m.nominative for m in mentions):
            return True
        role = role_of(word.text)
        first = parses(word.lower)[:1]
        if role is None or not first or not first[0].has("sing") or first[0].has("nomn"):
            return False
        if self.text[word.end : word.end + 1].isspace():
            return False  # «— сказал он премьеру Пакистана»: another country's, maybe
        return any(m.start < pronoun.start and self._introduced_as(m, role) for m in mentions)

    def antecedent(self, relative: Token) -> str | None:
        """ "заявление президента Финляндии Александера Стубба, который ранее сказал, что …":
        the person named right before the comma a relative pronoun follows is its verb's
        subject, in whatever case the main clause names him; None when no person stands there
        («журналист, который сказал»: someone the text does not name)."""
        for m in self.entities.persons:
            if m.person is not None and _JUST_COMMA.fullmatch(self.text, m.end, relative.start):
                return m.person.name
        return None

    def _told_outlet(self, after: list[Token], verb: Verb, pos: int, who: str | None) -> str | None:
        """ "заявил РИА Новости первый зампостпреда … Дмитрий Полянский", "— рассказала
        Baltnews профессор": an outlet (or a body) right after a singular verb is whom the
        words were told; the speaker is the person the clause names in the nominative after
        it, or a role noun in the nominative singular right after the outlet's words (over
        adjectives), resolved as a role. None when neither follows."""
        if who is None or verb.plural:
            return None
        if MEDIA.fullmatch(who):
            told = self._nominative_person(after)
            if told is not None:
                return told
        if self.is_person(who):
            return None
        k = 0
        while k < len(after) and after[k].text[:1].isupper() and role_of(after[k].text) is None:
            k += 1  # the outlet's own words («Baltnews», «Российской газете»)
        rest = after[k:]
        lead = next((j for j, t in enumerate(rest) if not lowercase_adjective(t)), None)
        if k == 0 or lead is None or not _role_subject_word(rest[lead]):
            return None
        found, role_holder = self.scan(rest, verb, pos, stop_early=True)
        return role_holder if found and role_holder and not MEDIA.fullmatch(role_holder) else None

    def _nominative_mentions(self, lo: int, hi: int) -> list[tuple[int, int, Person]]:
        """The persons named in the nominative from `lo` up to `hi`, in order, with their
        spans: a clause's candidate subjects, for both `_nominative_person` and
        `_named_subject_before`."""
        return [
            (m.start, m.end, m.person)
            for m in self.entities.persons
            if m.person is not None and m.nominative and lo <= m.start < hi
        ]

    def _nominative_person(self, toks: list[Token]) -> str | None:
        """The first person named in the nominative within `toks`."""
        if not toks:
            return None
        found = self._nominative_mentions(toks[0].start, toks[-1].end)
        return found[0][2].name if found else None


def _past_text_adjectives(words: list[Token], k: int) -> int:
    """The index of the first word from `k` on that is no adjective of one owner's text
    («письменном», «официальном», «последнем»: never «совместном», lexicon
    JOINT_TEXT_WORDS), at most the last word."""
    while k < len(words) - 1 and lemma(words[k].lower) not in JOINT_TEXT_WORDS:
        if not any(p.pos in ATTRIBUTIVE_POS for p in parses(words[k].lower)[:1]):
            break
        k += 1
    return k


def _in_relative(toks: list[Token], k: int) -> bool:
    """Whether toks[k] stands in a relative clause («…слова Антониу Кошты, который назвал
    …»): a form of «который» between it and the comma before it. Its verb tells what the
    noun's owner did, never who the sentence has speaking."""
    for tok in reversed(toks[:k]):
        if tok.text == ",":
            return False
        if lemma(tok.lower) in RELATIVE_PRONOUNS:
            return True
    return False


def _reporter_noun(word: str) -> bool:
    """Whether `word` is a singular nominative of a word for a reporter (lexicon
    REPORTER_NOUNS) the dictionary reads first as an adjective («— уточнила ведущая»): the
    one asking, someone the text does not name."""
    return lemma(word) in REPORTER_NOUNS and any(p.has("nomn", "sing") for p in parses(word)[:1])


@dataclass(slots=True)
class _ClauseScan:
    """One pass over an attribution clause: a person named outright wins at once; otherwise
    what the clause holds (a role, an organisation, an outlet, an unknown name) decides at the
    end, in that order of trust."""

    resolver: Resolver
    toks: list[Token]
    verb: Verb | None
    pos: int
    stop_early: bool
    role: str | None = None
    org: str | None = None
    media: str | None = None
    detail: list[str] = field(default_factory=list)  # after the role: "… Белого дома"
    nations: list[str] = field(default_factory=list)  # "иранский министр"
    body_nations: list[str] = field(default_factory=list)  # "глава венгерского МИД"
    run_words: list[str] = field(default_factory=list)  # unknown capitalised: "Си Цзиньпин"
    role_at: int = -1  # index of the role token
    unnamed: bool = False  # a common noun for a person: "— сказал судья"
    org_start: int = -1  # where the organisation kept as `org` starts in the text
    name: str | None = None
    anonymous: bool = False
    outlet: bool = False  # a media kind ("агентство", "издание") was named without its name

    @property
    def prefer_org(self) -> bool:
        return bool(self.verb and (self.verb.impersonal or self.verb.plural))

    def run(self) -> Answer:
        for i, tok in enumerate(self.toks):
            if self._stops(i, tok):
                break
            answer = self._step(i, tok)
            if answer is not None:
                return answer
        return self._verdict()

    def _stops(self, i: int, tok: Token) -> bool:
        if (tok.text == "," or tok.lower == "по") and self._title_goes_on(i):
            return False
        if tok.text == "," and self._placed_text(i):
            return False
        if tok.text in ",;:()":
            return True
        if self.run_words and not _name_like(tok):
            self.name = self.name or self._run_name()
            self.run_words = []
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        # "в интервью", "в Twitter": a preposition before a common or a Latin-script word
        # opens where it was said, never who said it
        where = nxt is not None and (nxt.text[:1].islower() or _LATIN.fullmatch(nxt.text))
        return (
            self.stop_early
            and tok.lower in _STOP_PREPOSITIONS
            and bool(where)
            and not self.prefer_org
        )

    def _placed_text(self, i: int) -> bool:
        """ "— говорится в сообщении, размещенном в твиттере посольства": after an impersonal
        verb, the comma after «в <text>» goes on to where the text was placed, whose owner
        speaks (never to who spread it: «распространенном пресс-службой ООН» is no place)."""
        toks = self.toks
        if not self.prefer_org or i < 2 or i + 2 >= len(toks):
            return False
        text_noun = lemma(toks[i - 1].lower) in OWNED_TEXTS | PUBLICATIONS
        placed = lemma(toks[i + 1].lower) in PLACING_VERBS and toks[i + 2].lower in ("в", "на")
        return toks[i - 2].lower in ("в", "во") and text_noun and placed

    def _title_goes_on(self, i: int) -> bool:
        """ "— сообщил глава Комитета СФ по федеративному устройству, региональной политике
        и делам Севера Андрей Шевченко": on a scan forward from the verb, a role's «по …»
        complement (and the commas listing its subjects) goes on to the name in the
        nominative after it, when only lowercase nouns, adjectives and links stand between;
        so does an owner's title read with no verb («слова директора Белого дома по
        коммуникациям Энтони Скарамуччи», «по словам главы комитета по обороне Андрея
        Картаполова»), to the name in whatever case it takes."""
        if not self.stop_early or self.role is None or self.name or self.run_words:
            return False
        if self.verb is not None and self.toks[self.role_at].start < self.verb.token.end:
            return False
        if not any(t.lower == "по" for t in self.toks[self.role_at + 1 : i + 1]):
            return False
        for tok in self.toks[i + 1 :]:
            hit = self.resolver._at(tok)
            if hit is not None and hit.person is not None:
                # with no verb the scan reads an owner («— приводит слова директора … по
                # коммуникациям Энтони Скарамуччи «РИА Новости»»): the name takes its case
                return hit.nominative or self.verb is None
            if tok.text[:1].isupper() and hit is None and kind(tok.text) is Kind.NAME:
                return False  # a name nobody knows: the scan's own rules decide
            if tok.text != "," and not (tok.text[:1].isupper() or _title_word(tok.lower)):
                return False
        return False

    def _step(self, i: int, tok: Token) -> Answer | None:
        if self.resolver.inside_quotation(tok.start, self.pos):
            # «Такие проявления не выгодны Кремлю …», − сказал эксперт, добавив, что …: a
            # name inside a quotation is what the words are about, never who says them
            return None
        if self.role is not None:
            self.detail.append(tok.text)
            if i == self.role_at + 1 and self._heads_national_body(i, tok):
                self.body_nations.append(tok.lower)  # "глава венгерского МИД": a Hungarian
        hit = self.resolver._at(tok)
        if hit is not None and hit.person is not None:
            return self._person(i, hit, hit.person.name)
        if hit is not None and hit.org is not None:
            if self._attached_to(hit):
                return None  # «в постпредстве России при Евросоюзе заявили»: not the EU
            if self.role is None and self._persons_body(hit):
                return True, None  # «По словам хозяина Белого дома»: a person, not the body
            if self.org is None:
                self.org_start = hit.start
            return self._organisation(hit.org)
        if self._platform(tok):
            return None  # "сообщает AFP в Twitter": where the words appeared, no speaker
        outlet = self.resolver.outlet_named(tok)
        if outlet is not None:
            self.media = self.media or outlet  # "газета Times Of India": an outlet, no person
            return None
        return self._reference(i, tok) or self._word(i, tok)

    def _platform(self, tok: Token) -> bool:
        """Whether `tok` names a platform right after «в»/«на» (lexicon PLATFORM_NAMES: «в
        Twitter», «в Телеграме», «на YouTube»): where the words were published, never a name
        of who published them."""
        if tok.lower not in PLATFORM_NAMES and lemma(tok.lower) not in PLATFORM_NAMES:
            return False
        before = self.resolver.word_before(tok.start)
        return before is not None and before.lower in VENUE_PREPOSITIONS

    def _person(self, i: int, hit: Mention, name: str) -> Answer | None:
        """A person named at token `i`: the speaker, unless the clause makes him whose
        envoy, an object or an opening adverbial's."""
        if self.resolver.complement(hit):
            return None  # "спецпосланник Трампа сообщил": Трамп is whose envoy, not him
        if self._before_subject_role(hit):
            return self._verdict()
        if self._object_after_verb(hit):
            return False, None  # the words after the verb are its objects: look before it
        if self._an_object(i, hit) or self._governed_after_verb(hit):
            return None
        if self._oblique_before_unknown(hit):
            return self._verdict()
        return True, self._one_of_namesakes(name)

    def _attached_to(self, hit: Mention) -> bool:
        """Whether the body is named right after «при» («постпредство России при Евросоюзе»,
        «Совет при президенте», «академия при МИД»): what is attached to it speaks, never
        the body itself."""
        before = self.resolver.word_before(hit.start)
        return before is not None and before.lower == "при"

    def _persons_body(self, hit: Mention) -> bool:
        """Whether the body is named right after an animate noun that is no role nor press
        unit («По словам хозяина Белого дома», «сотрудника посольства»): it only says whose
        that person is, and the person, whom the clause does not name, speaks — never the
        body (on the labelled sets it was the wrong name). A role («главы Белого дома») has
        rules of its own."""
        before = self.resolver.word_before(phrase_start(self.resolver.text, hit))
        if before is None or any(role_of(part) for part in before.lower.split("-")):
            return False  # «директора-распорядителя МВФ»: a role, hyphenated too
        first = parses(before.lower)[:1]
        if not first or first[0].pos != "NOUN" or not first[0].has("anim"):
            return False
        return not any(  # «сотрудника посольства Ивана Петрова»: the one named speaks
            0 <= m.start - hit.end <= 3 for m in self.resolver.entities.persons if m.person
        )

    def _before_subject_role(self, hit: Mention) -> bool:
        """ "После выступления руководителя Минсельхоза Дмитрия Патрушева президент объявил",
        "В ответ на слова Лаврова госсекретарь заявил": read backwards from the verb, a role
        in the nominative came first; a person named before it in an oblique case sits in an
        opening adverbial and is never the subject — the role is."""
        if self.role is None or hit.nominative or self.role_at < 0:
            return False
        role_tok = self.toks[self.role_at]
        if hit.start >= role_tok.start:
            return False
        return any(p.has("nomn") for p in parses(role_tok.lower)[:1])

    def _oblique_before_unknown(self, hit: Mention) -> bool:
        """ "После встречи с Фумио Кисидой Байден заявил": read backwards from the verb, a
        name nobody knows stood right before it, and the person reached next is named in an
        oblique case: that person sits in an adverbial, the unknown name is the subject."""
        verb = self.verb
        if hit.nominative or verb is None or not self.run_words or self.name is not None:
            return False
        return hit.end <= self.resolver.text.rfind(self.run_words[-1], 0, verb.token.start)

    def _object_before_subject(self, i: int, hit: Mention) -> bool:
        """ "Лавров встретился с Блинкеном и заявил", "Захарова ответила на слова Блинкена и
        подчеркнула": read backwards from the verb, a person in an oblique case is an object
        of the clause when a person in the nominative stands before them in it — that one is
        the subject of both verbs."""
        verb = self.verb
        if hit.nominative or verb is None or hit.start > verb.token.start:
            return False
        for tok in self.toks[i + 1 :]:
            other = self.resolver._at(tok)
            if other is not None and other.person is not None and other.person != hit.person:
                return other.nominative and other.start < hit.start
        return False

    def _an_object(self, i: int, hit: Mention) -> bool:
        """Whether the person at `hit` is an object of the clause, never its subject: before
        the verb with the subject before it, or governed by a preposition."""
        return self._object_before_subject(i, hit) or self._governed_before_verb(hit)

    def _object_after_verb(self, hit: Mention) -> bool:
        """ "Канцлер Германии Фридрих Мерц предупредил Марко Рубио о необходимости «…»": read
        backwards, a person named after a singular personal verb is its object when a person
        named in the nominative opens the sentence before the verb, in the same clause (no
        comma, no «что» or «который» between) — that one is its subject and speaks; an
        undeclined name reads as nominative too, so its own form cannot tell (one whose
        ending is surely nominative is the subject, in inversion). With nobody before the verb
        («Как заявил Марко Рубио, …») the name after it is the subject. The scan after the
        verb then finds nobody (a body it names next, «и ливанскую «Хизбаллу»», is an object
        too), and the clause before the verb is read."""
        verb = self.verb
        if verb is None or verb.plural or verb.impersonal or hit.start < verb.token.end:
            return False
        resolver = self.resolver
        if any(surely_nominative(w) for w in resolver.text[hit.start : hit.end].split()):
            return False  # «Слова Гутерриша прокомментировал … Дмитрий Песков»: a subject
        lo = resolver.sentence_start(verb.token.start)
        for tok in reversed(tokens(resolver.text, lo, verb.token.start)):
            if tok.text in ",;:()" or tok.lower == "что" or lemma(tok.lower) in _CLAUSE_OPENERS:
                return False
            other = resolver._at(tok)
            if other is not None and other.person is not None and other.person != hit.person:
                return other.nominative and self._opens_sentence(other, lo)
        return False

    def _opens_sentence(self, mention: Mention, lo: int) -> bool:
        """Whether a person's title and name open the sentence starting at `lo` («Канцлер
        Германии Фридрих Мерц предупредил …»): the subject's place, never an adverbial's
        («— после звонка Пенни Вонг заявил Эммануэль Макрон»: an undeclined genitive)."""
        resolver = self.resolver
        window = resolver.intro_window(mention)
        title = window.split()[:1]
        if title and role_of(title[0]) is None:
            return False  # «Об этом Ван И сообщила …»: the words before him are no title
        opening = mention.start - len(window)
        return not resolver.text[lo:opening].strip() and not resolver.inside_quote(mention.start)

    def _governed_before_verb(self, hit: Mention) -> bool:
        """ "Ван И в ходе встречи с советником … Аджитом Довалом заявил": read backwards from
        a singular personal verb, a person in an oblique case whose title phrase follows a
        preposition («с советником …») is its object, never its subject, whoever that is (the
        scan goes on; nobody when it finds no one)."""
        verb = self.verb
        if hit.nominative or verb is None or verb.plural or verb.impersonal:
            return False
        if hit.start > verb.token.start:
            return False
        return self.resolver.companion(hit)  # «с Блинкеном заявил», «с советником … X»

    def _governed_after_verb(self, hit: Mention) -> bool:
        """ "«…», - обратился губернатор к Фетисову", "— сказал президент перед встречей с
        Алиевым": read forward from the verb, a person governed by a preposition (right
        before the name or its title) is whom the subject spoke to or about, never the
        subject: the scan goes on, and the role or name it holds decides."""
        verb = self.verb
        if verb is None or hit.start < verb.token.end:
            return False
        return self.resolver.companion(hit)

    def _organisation(self, org: str) -> Answer | None:
        if org == UNKNOWN_BODY and self.prefer_org and self.role is None:
            return True, None  # "— отметили в МИД" beside two ministries: which, unknown
        if MEDIA.fullmatch(org):  # "сообщили ТАСС в посольстве": the outlet relays
            self.media = self.media or org
        elif self.prefer_org and self.role is None:
            return True, org
        else:
            self.org = self.org or org
        return None

    def _reference(self, i: int, tok: Token) -> Answer | None:
        """Pronouns, "они", anonymous sources: who they point at, or (True, None)."""
        if self._relative_subject(tok):
            return True, self.resolver.antecedent(tok)
        if tok.lower in _PRONOUNS and not self._possessive(tok) and not self._object(tok):
            gender = _PRONOUNS[tok.lower]
            found, carried = self.resolver.previous_subject(tok, gender)
            # a pronoun before its clause («Она отметила, что Каллас «…»») points back at one
            # named before it, never at the one its clause is about
            at = min(self.pos, tok.start)
            author = self.resolver.container_author(tok, gender)
            if author is not None:  # «с приветствием Токаева …, в котором он назвал …»
                return True, author
            who = carried if found else self.resolver.pronoun(gender, at)
            who = self.resolver.answerer(who, self.verb, tok, gender)
            return True, None if self.resolver.addressed_after(who, tok) else who
        if (_they(self.toks, i) or self._there(tok)) and not self.role:
            return True, self.resolver.organisation(self.pos)
        if tok.lower in UNKNOWN_AGENTS or (
            self._common_word(tok) and lemma(tok.lower) in UNKNOWN_AGENTS
        ):
            return True, self.resolver.interviewee(tok)
        if tok.lower in ("один", "одна") and _ONE_OF.match(self.resolver.text, tok.end):
            return True, None  # "один из экспертов": one of a group, nobody in particular
        if tok.lower in INDEFINITE_SUBJECTS:
            return True, None  # «— крикнул кто-то из зала»: somebody, not who spoke before
        return None

    def _common_word(self, tok: Token) -> bool:
        """Whether `tok` reads as a common word: lower-case, or capitalised only because it
        opens its sentence («Источники издания также отметили, что …»: anonymous sources, as
        «отметили источники» is; read as a name, the scan went on to whoever the text named
        last)."""
        return tok.text[:1].islower() or self.resolver.sentence_start(tok.start) == tok.start

    def _there(self, tok: Token) -> bool:
        """ "— сообщили в посольстве. Там также отметили, что …": «там» opening its sentence
        before a plural speech verb (only the links of _THERE_LINKS between: «также», «же»,
        «тоже», «ещё», «ранее») is the body said to speak before, as «они» is."""
        verb = self.verb
        if tok.lower != "там" or verb is None or not verb.plural or verb.impersonal:
            return False
        if self.resolver.sentence_start(tok.start) != tok.start:
            return False
        between = tokens(self.resolver.text, tok.end, verb.token.start)
        return all(t.lower in _THERE_LINKS for t in between)

    def _relative_subject(self, tok: Token) -> bool:
        """Whether `tok` is «который»/«которая» before the verb, of its gender: its subject."""
        verb = self.verb
        if verb is None or tok.lower not in _RELATIVE_WHO or tok.start > verb.token.start:
            return False
        return _RELATIVE_WHO[tok.lower] == verb.gender

    def _object(self, tok: Token) -> bool:
        """ "В ведомстве её назвали «…»": an oblique pronoun right next to a naming verb is
        what is named, never who speaks (unlike a relay's object: "цитирует ее ТАСС")."""
        if self.verb is None or tok.lower not in _OBLIQUE_PRONOUNS:
            return False
        if lemma(self.verb.token.lower) not in NAMING_VERBS:
            return False
        between = self.resolver.text[
            min(tok.end, self.verb.token.end) : max(tok.start, self.verb.token.start)
        ]
        return not between.strip()

    def _possessive(self, tok: Token) -> bool:
        """ "Его коллега заявил": "его" before a noun is whose, not who speaks (except
        before words of speech: "по его словам", "приводит ТАСС его слова")."""
        if tok.lower not in _POSSESSIVES:
            return False
        nxt = tokens(self.resolver.text, tok.end, min(len(self.resolver.text), tok.end + 30))
        if not nxt or not nxt[0].text[:1].islower() or lemma(nxt[0].lower) in _OPINION_NOUNS:
            return False  # "цитирует ее ТАСС": an object pronoun before the subject
        return any(p.pos in ("NOUN", "ADJF") for p in parses(nxt[0].lower)[:1])

    def _word(self, i: int, tok: Token) -> Answer | None:
        if lemma(tok.lower) in ORG_UNITS:
            return self._unit_spoke(i, tok)
        if tok.text[:1].islower() and lemma(tok.lower) in MEDIA_KINDS | PUBLICATIONS:
            # "— отмечает агентство": the outlet named before speaks; never "сообщили
            # агентству", "рассказал изданию": the outlet told, no subject
            self.outlet = self.outlet or any(p.has("nomn") for p in parses(tok.lower))
            return None
        found_role = _speaking_role(tok)
        if found_role and _plural(tok.lower):
            if self._plural_object(tok):
                return None  # "— призвал генералов Хегсет": whom he urged, no speaker
            return True, None  # "эксперты", "дипломаты": a group, nobody in particular
        if found_role and (self.role is None or self._heads_role(i, tok)):
            found_role = spoken_for_introduced(
                found_role, self.resolver.text, tok, self.resolver.person_at
            )
            self.role = compound_role(found_role, self.resolver.word_before(tok.start))
            self.role_at = i
            self.nations = self.resolver._nation_before(tok)
            self.anonymous = self.resolver._anonymous_before(tok)
        elif self._may_name(i, tok):
            self.run_words.append(tok.text)
        elif self._unnamed_subject(tok):
            self.unnamed = True  # "— сказал судья", "рассказал местный житель"
        return None

    def _plural_object(self, tok: Token) -> bool:
        """A plural role after a singular verb that cannot read as its nominative subject is
        the verb's object («— призвал генералов Хегсет») or its object's attribute («—
        прокомментировал разговор политиков представитель Кремля»), never a group speaking:
        the scan goes on to the subject."""
        verb = self.verb
        if verb is None or tok.start < verb.token.end or verb.plural or verb.impersonal:
            return False
        return not any(p.has("nomn") for p in parses(tok.lower) if p.has("plur"))

    def _heads_role(self, i: int, tok: Token) -> bool:
        """Whether `tok`, read after the role on a scan backwards, stands right before it in
        the text and so heads it: «Заместитель министра заявил», «Пресс-секретарь президента
        заявил», «Генеральный секретарь сказал» are the deputy, the spokesman, the secretary
        general — never the minister or the president they serve."""
        if i != self.role_at + 1 or self.role_at < 0:
            return False
        role_tok = self.toks[self.role_at]
        between = self.resolver.text[tok.end : role_tok.start]
        return tok.end <= role_tok.start and not between.strip()

    def _unit_spoke(self, i: int, tok: Token) -> Answer | None:
        """ "Российский МИД отреагировал. В ведомстве её назвали «…»": a plural verb said
        "in the office", or an impersonal one citing its text ("говорится в сообщении
        ведомства"), points back at the body the text named last (never an outlet);
        "пресс-служба ведомства" is left to the name that follows it."""
        text = self.resolver.text
        if self._unit_of_person(tok):
            return True, None
        before = _LAST_WORD.search(text, max(0, tok.start - 20), tok.start)
        # "говорится в сообщении ведомства": the unit's text, as if said in the unit
        owned = before is not None and lemma(before.group(1).lower()) in OWNED_TEXTS
        # "— цитирует ТАСС релиз спецслужбы": an outlet quoting a body's text relays the body
        # (read on the verb's clause, or on the text's owner alone, with no verb)
        quoting = self.verb is None or lemma(self.verb.token.lower) in QUOTING_VERBS
        if not (self.prefer_org or (owned and quoting)) or before is None:
            return None
        if before.group(1).lower() not in ("в", "во") and not owned:
            return None
        stop = _SENTENCE_STOP.search(text, tok.end, min(len(text), tok.end + 40))
        after = tokens(text, tok.end, stop.start() if stop else min(len(text), tok.end + 40))[:1]
        if after and (after[0].text[:1].isupper() or _genitive_noun(after[0].lower)):
            return None
        # never a person «Об этом X написал», nor another country's body («в российском ведомстве»)
        body = self.resolver.referred_body(self.pos, body_nation(text, tok), lemma(tok.lower))
        if body is not None:
            return True, body
        return (True, None) if owned else None  # a body's text, never an outlet's

    def _unit_of_person(self, tok: Token) -> bool:
        """ "Об этом сообщает аппарат президента Турции", "— заявили в пресс-службе
        Матвиенко": a unit that works for a person (a role in the genitive right after it, or
        the person himself right after a unit of lexicon PERSONAL_UNITS) speaks for itself,
        not as that person; who exactly wrote the words the text does not say, so nobody."""
        text = self.resolver.text
        after = tokens(text, tok.end, min(len(text), tok.end + 40))[:1]
        if not after:
            return False
        hit = self.resolver._at(after[0])
        if hit is not None and hit.person is not None:
            # «в пресс-службе Матвиенко»: the person's own unit (never «главы ведомства X»)
            return lemma(tok.lower) in PERSONAL_UNITS and not text[tok.end : hit.start].strip()
        if role_of(after[0].text) is None:
            return False
        return all(p.has("gent") for p in parses(after[0].lower)[:1])

    def _heads_national_body(self, i: int, tok: Token) -> bool:
        """ "глава венгерского МИД", "руководитель турецкой дипломатии": a nationality
        adjective right after the role, before the body the role heads, says the person's
        country (unlike "пресс-секретарь российского лидера", where it describes a person)."""
        if not _NATION_ADJ.search(tok.lower) or i + 1 >= len(self.toks):
            return False
        body = self.toks[i + 1]
        if not (body.text in NATIONAL_BODIES or lemma(body.lower) in NATIONAL_BODIES):
            return False
        # A real nationality: the text names its country ("венгерского" → "Венгрии"), so
        # "главы внешнеполитического ведомства" is no nation.
        text = self.resolver.text
        return any(_capitalised(key) in text for key in nation_keys(tok.lower))

    def _run_name(self) -> str:
        """The unknown capitalised words met, in the text's order: a scan back from the verb
        meets them last word first («сенатор Рэнд Пол назвал» is no «Пол Рэнд»)."""
        backward = len(self.toks) > 1 and self.toks[0].start > self.toks[-1].start
        return " ".join(self.run_words[::-1] if backward else self.run_words)

    def _unnamed_subject(self, tok: Token) -> bool:
        """A common noun for a person in the nominative singular that is no role the lexicon
        knows, before any role or name: unless a name follows («куратор ДКП Алексей
        Заботкин»), the clause's subject is someone the text does not name, never the last
        person named."""
        if self.verb is None or self.role is not None or self.name or self.run_words:
            return False
        return tok.text[:1].islower() and (_person_noun(tok.lower) or _reporter_noun(tok.lower))

    def _may_name(self, i: int, tok: Token) -> bool:
        """An unknown capitalised word may be the speaker's name, unless it is the body the
        role just before it heads («глава Банка России») or reads only as whom one tells
        («Лавров ответил Блинкену: …»: a dative is never the speaker, nor a name we give)."""
        if self.prefer_org or self.name is not None or not _name_like(tok):
            return False
        if any(part[:1].islower() for part in tok.text.split("-")):
            return False  # "в своем Telegram-канале": a compound with a common word, no name
        if tok.start > 0 and self.resolver.text[tok.start - 1] in OPENING_MARKS:
            return False  # "наводчицы батальона «Айдар»": a quoted name is a thing's
        if _site_domain(self.resolver.text, tok):
            return False  # «Чита.Ру»: a site's domain, no one's name
        if _addressee_form(tok.lower):
            return False
        if i > 0 and lemma(self.toks[i - 1].lower) in ORG_UNITS:
            return False  # "пресс-служба Акорды": the body the unit serves, never a person
        if i > 0 and _state_name_tail(self.toks[i - 1], tok):
            return False  # "глава Французской Республики": the state, keyed by the role
        return not (self.role_at == i - 1 and _institution(tok))

    def _verdict(self) -> Answer:
        if self.run_words and self.name is None:
            self.name = self._run_name()
        if self.name is not None and not self.prefer_org:
            return True, self._one_of_namesakes(self.name)
        if self.role is not None and self._role_of_other_number():
            return True, None  # "— написали в комментариях к статье журналиста читатели"
        if self.role is not None and self.anonymous:
            # "неназванный дипломат": someone, never the last person named
            gender = self.verb.gender if self.verb else None
            return True, self.resolver.ranked(
                self.role, gender, self.pos, self.toks[self.role_at], reply=self._replies()
            )
        if self.role is not None:
            gender = self.verb.gender if self.verb else None
            found = self.resolver.role(
                self.role,
                gender,
                self.pos,
                tuple(self.detail),
                tuple(self.nations),
                body_nations=tuple(self.body_nations),
                at=self.toks[self.role_at],
                reply=self._replies(),
            )
            return True, found
        if self._body_of_subject():
            return True, None  # "член Совбеза заявил": the member spoke, not the Совбез
        for fallback in (self.org, self.media):
            if fallback is not None:
                return True, fallback or None  # UNKNOWN_BODY: a body, nobody known
        if self.unnamed:
            return True, None
        if self.outlet:
            return True, self.resolver.outlet(self.pos)
        return False, None

    def _role_of_other_number(self) -> bool:
        """Whether a plural verb's clause holds the role only in the singular («— написали в
        комментариях к статье журналиста читатели», «В окружении президента заявили»): one
        person is never a plural verb's subject — someone around him spoke, whom the text
        does not name."""
        verb = self.verb
        if verb is None or not verb.plural or verb.impersonal:
            return False
        if lemma(verb.token.lower) in QUOTING_VERBS:
            return False  # "— цитируют премьера армянские медиа": whom they quote
        role = self.toks[self.role_at]
        lo, hi = sorted((role.end, verb.token.start))
        if _CLAUSE_BREAK.search(self.resolver.text, lo, hi):
            return False  # "Помощник президента отметил, что в Вашингтоне заверяют": his clause
        return not any(p.has("plur") for p in parses(role.lower))

    def _replies(self) -> bool:
        """Whether the clause's verb answers someone («— ответил», «— парировал»: lexicon
        REPLY_VERBS): whoever spoke last is the one answered, never the one answering."""
        return self.verb is not None and lemma(self.verb.token.lower) in REPLY_VERBS

    def _one_of_namesakes(self, name: str) -> str | None:
        """ "Ким назвала" where the text names «Ким Чен Ын» and «Ким Е Чжон", "— сказала Трамп"
        beside Дональд and Меланья Трамп: a lone name word two of the text's people share (a
        surname, or a family name written first) is the one whose gender the verb agrees
        with, when only one has it; else nobody for sure — never the bare word. A name only a
        quotation gives («Че Дегтярев полез в этот футбол?», a critic mocking him) is nobody
        the text names."""
        people = {
            m.person
            for m in self.resolver.entities.persons
            if m.person is not None
            and m.person.name != name
            and name in (m.person.surname, m.person.name.split()[0])
            and not self.resolver.inside_quote(m.start)  # «Че Дегтярев полез …?»: a quote's
        }
        if len({p.name for p in people}) < 2:
            return name
        gender = self.verb.gender if self.verb is not None else None
        fits = {p.name for p in people if gender is not None and p.gender == gender}
        return fits.pop() if len(fits) == 1 else None

    def _body_of_subject(self) -> bool:
        """ "Ранее член Совета безопасности РФ заявлял", "сотрудник российского МИД сказал":
        a body named right after a person noun the lexicon has no role for is that person's
        body, in the genitive; the person spoke, not the body, and the text does not say who.
        Only lowercase adjectives may stand between the noun and the body."""
        if self.org is None or self.role is not None:
            return False
        before = [t for t in self.toks if t.end <= self.org_start]
        before.sort(key=lambda t: t.start)
        while before and lowercase_adjective(before[-1]):
            before.pop()
        return bool(before) and _person_noun(before[-1].lower)


def neuter_subject(verb: Verb) -> bool:
    """ "— заявило ведомство", "Ранее посольство заявило, что «…»": a past singular verb in
    the neuter agrees with a body (министерство, посольство, правительство, агентство), never
    with a person; whoever the text named last is not its subject, and a body the clause does
    not name is unknown rather than guessed. An impersonal one («— говорилось в заявлении
    Бухабиба», «сообщалось») agrees with nobody: the clause says whose text it cites."""
    found = parses(verb.token.lower)
    if verb.plural or verb.impersonal:
        return False
    return bool(found) and found[0].has("VERB", "neut", "past", "sing")


def _site_domain(text: str, tok: Token) -> bool:
    """Whether the word is a Cyrillic domain glued by a dot to the word before it («Чита.Ру»,
    «Газета.РУ»): part of a site's name (a text that lost its space after a full stop,
    «Цянь.Так …», still has a word of its own there)."""
    return site_domain_end(text, tok.start - 1) == tok.end


def _one_official(cited: list[Token]) -> bool:
    """Whether an outlet's source after «со ссылкой на» is one official it leaves unnamed («—
    сообщает Reuters со ссылкой на представителя ЮНИСЕФ», «… на официального пресс-секретаря
    ведомства»): the words are that official's, so nobody known speaks, never the outlet that
    relays them. Sources in the plural («со ссылкой на американских чиновников») are the
    outlet's own summary and stay its words, as labellers read them."""
    for t in cited:
        found = parses(t.lower)
        if not found or found[0].pos in ATTRIBUTIVE_POS:
            continue
        return role_of(t.text) is not None and found[0].has("sing")
    return False


def _relays_owner(toks: list[Token], verb: Verb) -> bool:
    """ "— процитировало его РИА Новости", "— сообщило агентство со ссылкой на Пескова": a
    body quoting or citing someone gives that person's words; the person stays the speaker."""
    return lemma(verb.token.lower) in QUOTING_VERBS or any(t.lower in CITING_CUES for t in toks)


# Words opening a clause of its own («который», «когда»): a verb after one is that clause's.
_CLAUSE_OPENERS = SUBORDINATE_OPENERS | RELATIVE_PRONOUNS
# Between a role and a verb of another clause: a clause mark or «что».
_CLAUSE_BREAK = re.compile(r"[,;:()—–«»\"\n]|(?<!\w)что(?!\w)")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_THERE_LINKS = frozenset({"также", "же", "тоже", "еще", "ещё", "ранее"})

# «…, который ранее сказал, что …»: a relative pronoun as the verb's subject, by gender.
_RELATIVE_WHO = {"который": "masc", "которая": "femn"}
_TITLE_POS = frozenset({"NOUN", "ADJF", "CONJ", "PREP"})


def _title_word(word: str) -> bool:
    """Whether a lowercase word may go on a title's complement: a noun, an adjective, «и»,
    a preposition — never a verb, gerund or participle of a clause of its own."""
    found = parses(word)[:1]
    return bool(found) and found[0].pos in _TITLE_POS


def _role_subject_word(tok: Token) -> bool:
    """Whether `tok` is a role noun read first as a nominative singular («профессор»)."""
    best = parses(tok.lower)[:1]
    return role_of(tok.text) is not None and any(p.has("nomn", "sing") for p in best)
