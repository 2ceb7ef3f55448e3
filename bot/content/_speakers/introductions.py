"""How the text introduced each person: the words before a name, its heads and countries.

Why apart: a role refers to whom the text introduced with it («глава МИД России Сергей
Лавров»); the introduction is looked up once per mention and asked by pronouns and roles alike.
"""

from __future__ import annotations

import re

from bot.content._speakers.memory import _Memory
from bot.content._speakers.names import (
    _LAST_WORD,
    _STOP_PREPOSITIONS,
    _long_title,
    _role,
    _title_words,
    compound_role,
    spokesman_reading,
)
from bot.content._speakers.nations import (
    _NATION_ADJ,
    _NATION_ALIASES,
    _capitalised,
    is_country_word,
    nation_keys,
    phrase_keys,
    state_name_keys,
)
from bot.content._speakers.posts import _overlap
from bot.content._speakers.tokens import (
    Token,
    closing_attribution,
    speech_verb,
    tokens,
    word_tokens,
)
from bot.content.apposition import after_compound
from bot.content.entities import Mention
from bot.content.lexicon import (
    ADDING_LINKS,
    CITING_CUES,
    HEADS,
    OWNED_TEXTS,
    PERSON_AFTER,
    PREPOSITIONS,
    PRESS_CHIEFS,
    PRESS_UNITS,
    PRESS_VOICES,
    PUBLICATIONS,
    REPLY_VERBS,
    SPEAKER_NOUNS,
    SPOKESMAN_ROLES,
    WORDS_NOUNS,
    role_of,
    same_role,
)
from bot.content.morph import adjective, lemma, parses, word_set

# Whose words or writing a genitive name is: "статья посла Антонова", "слова Рубио".
# Marks that end a person's title before the name: a country named before a comma («пригласить
# представителей РФ на встречу во Франции, Макрон заявил») is another clause's, not his.
_TITLE_ENDS = '.,;:!?«»"\n'
# «Моралес, как и глава МИД Рохелио Майта, присутствовал»: one added beside the subject
# (lexicon ADDING_LINKS).
_AS_ALSO = re.compile(
    r"(?<![\w-])(?:" + "|".join(a.replace(" ", r"[ \t]+") for a in ADDING_LINKS) + r")[ \t]+$",
    re.IGNORECASE,
)
_CITED_NOUNS = SPEAKER_NOUNS | WORDS_NOUNS | OWNED_TEXTS | PUBLICATIONS | word_set("интервью")


class _Introductions(_Memory):
    """How the text introduced each person: the words before a name (its title, the heads
    and countries it names) and a role's complement, looked up once per mention."""

    def _heads(self) -> frozenset[str]:
        """People the text introduced as the head of a state or body («Президент Владимир
        Путин», «Министр иностранных дел Сергей Лавров»): never who speaks for a head."""
        if self._head_names is None:
            self._head_names = self._find_heads()
        return self._head_names

    def _find_heads(self) -> frozenset[str]:
        heads: set[str] = set()
        for m in self.entities.persons:
            title = _title_words(self.intro_window(m))
            head = next((r for t in title if (r := _role(t)) is not None), None)
            if m.person is not None and head in HEADS:
                heads.add(m.person.name)
        return frozenset(heads)

    def _role_countries(self, at: Token, nations: tuple[str, ...]) -> frozenset[str]:
        """The country keys a role names: a nationality before it («российский министр») or
        the first country after it, before any preposition («глава МИД РФ», «посол России в
        США» is Russia's)."""
        keys = {key for word in nations for key in nation_keys(word)}
        window = self.text[at.end : at.end + 60]
        hi = at.end + min((k for c in ".!?\n" if (k := window.find(c)) >= 0), default=len(window))
        toks = tokens(self.text, at.end, hi)[:5]
        for k, tok in enumerate(toks):
            if not tok.text[:1].isalpha() or tok.lower in PREPOSITIONS or verb_form(tok):
                break  # "Министр назвал украинский народ …": the clause, no title, goes on
            after = toks[k + 1].text if k + 1 < len(toks) else ""
            pair = phrase_keys(tok.text, after) or state_name_keys(tok.text, after)
            found = pair or self._country_keys(tok.text)
            if found:
                keys.update(found)
                break
        return frozenset(keys)

    def _country_keys(self, word: str) -> tuple[str, ...]:
        """The keys of the country a word names («РФ», «Великобритании», «российского» when
        the text names Russia), () when it names none."""
        low = word.lower()
        if word[:1].islower():
            if not _NATION_ADJ.search(low):
                return ()
            keys = nation_keys(word)
            known = any(low.startswith(stem) for stem in _NATION_ALIASES)
            return keys if known or any(_capitalised(k) in self.text for k in keys) else ()
        if not is_country_word(word):
            return ()
        for keys in _NATION_ALIASES.values():
            if any(low.startswith(key) for key in keys):
                return keys
        return (low[:4],)

    def _title_countries(self, mention: Mention) -> set[str]:
        """The country keys of a person's title: the words before the name in its clause,
        never one after a preposition («с главой МИД Великобритании» in «в Москве») unless
        a role noun follows it, whose adjective it is («с американским госсекретарем»)."""
        words = self._clause_words_before(mention, marks=_TITLE_ENDS)
        keys: set[str] = set()
        for k, (prev, word) in enumerate(zip(["", *words], words, strict=False)):
            after = words[k + 1] if k + 1 < len(words) else ""
            if prev.lower() not in PREPOSITIONS or role_of(after) is not None:
                # «с американским госсекретарем»: the adjective is the title's own
                keys.update(self._country_keys(word))
            keys.update(phrase_keys(prev, word))  # «лидер Северной Кореи»
        return keys

    def _foreign_to(self, keys: frozenset[str]) -> frozenset[str]:
        """People whose title names a country and none of `keys`: a role of another country
        never stands for them («глава МИД РФ» is never «глава МИД Великобритании»). One whom
        another mention's title ties to `keys` is not foreign: the words before a name may be
        another's title («Глава МИД Египта передал Лаврову» … «российскому коллеге Сергею
        Лаврову»: «глава российского МИД» is Лавров)."""
        if not keys:
            return frozenset()
        foreign: set[str] = set()
        tied: set[str] = set()
        for m in self.entities.persons:
            if m.person is None:
                continue
            own = self._title_countries(m)
            if own and not _overlap(own, keys):
                foreign.add(m.person.name)
            elif own:
                tied.add(m.person.name)
        return frozenset(foreign - tied)

    def _titled_mention(
        self, lemma: str, gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """When nobody has spoken or been a subject yet, a generic role («— сказал дипломат»)
        stands for the last person named in an oblique case only if that person was given
        that post («вызвало российского посла Алексея Федотова») or cited as speaking («По
        словам Рубио»): never someone merely mentioned («гибель генерала Валерия Асапова … —
        сказал представитель ведомства» is an anonymous official, not the dead general)."""
        for m in reversed(self.entities.persons):
            if m.start >= pos or m.person is None or m.person.name in skip:
                continue
            if (gender and m.person.gender not in (None, gender)) or self.inside_quote(m.start):
                continue
            if self.silent_companion(m) and not self._cited(m):
                return None  # «разговора с госсекретарем Энтони Блинкеном»: beside the speaker
            window = self.intro_window(m)
            head = next((r for t in _title_words(window) if (r := _role(t))), None)
            # «Глава государства поблагодарил Путина»: the subject's role is not his title
            split = any(verb_form(t) for t in tokens(window, 0, len(window)))
            if (head is not None and same_role(head, lemma) and not split) or self._cited(m):
                return m.person.name
            return None
        return None

    def _cited(self, mention: Mention) -> bool:
        """ "По словам Рубио", "Статья посла Анатолия Антонова": a person whose words or
        writing the text names (before the name or its title) is one who speaks."""
        window = self.intro_window(mention)  # a suffix of the text before the name
        titled = any(_role(t) for t in _title_words(window)[:1])
        at = mention.start - len(window) if titled else mention.start
        before = self.text[max(0, at - 20) : at].lower().rstrip()
        if before.endswith(PERSON_AFTER):
            return True
        last = _LAST_WORD.search(before + " ")
        if last is None or lemma(last.group(1)) not in _CITED_NOUNS:
            return False
        # «Министр ответил словами Сергея Лаврова»: he answers with them, they stay Lavrov's
        by_them = any(p.has("ablt") for p in parses(last.group(1))[:1])
        return by_them or not self._replied_to(at)

    def _replied_to(self, at: int) -> bool:
        """ "Президент Франции прокомментировал слова Лаврова", "Посол Китая ответил на
        заявление Джо Байдена": words a reply verb (lexicon REPLY_VERBS) takes as its object
        are what the sentence's subject answers; their owner is the one answered, never who
        speaks after it («— сказал президент» is the one replying, unnamed here) — while the
        one replying goes unnamed."""
        lo = max(self.text.rfind(c, 0, at) for c in '.;:!?«»"\n') + 1
        words = re.findall(r"[А-ЯЁа-яё]+", self.text[max(lo, at - 60) : at])
        if not any(lemma(w.lower()) in REPLY_VERBS for w in words[-4:]):
            return False
        # «Захарова прокомментировала высказывания Джона Керри»: the one replying is named,
        # so a later role («госсекретарь США») is not hers and may well be his
        return not any(lo <= m.start < at for m in self.entities.persons if m.person)

    def _tied_to(self, mention: Mention, keys: set[str]) -> bool:
        """Whether the few words before a name (its title) name one of the country `keys`."""
        return any(w.lower().startswith(key) for w in self._title_words(mention) for key in keys)

    def _title_words(self, mention: Mention) -> list[str]:
        """The few words before a name, within its clause and after any other person named
        there: "Министр … Турции Хакан Фидан встретился с Сергеем Лавровым" gives Лавров
        "Фидан встретился с", never Фидан's "Турции"."""
        return self._clause_words_before(mention, marks=_TITLE_ENDS)[-5:]

    def _clause_words_before(self, mention: Mention, marks: str = '.;:!?«»"\n') -> list[str]:
        """The words within 60 characters before a name, in its clause, after any other
        person named there and after the clause's verb: where a title that belongs to this
        name can stand."""
        lo = max(0, mention.start - 60)
        for m in self.entities.persons:
            if lo < m.end <= mention.start:
                lo = m.end
        window = self.text[lo : mention.start]
        cut = max(window.rfind(c) for c in marks)
        words = re.findall(r"[А-ЯЁа-яёA-Za-z]+", window[cut + 1 :])
        # "Премьер Польши ответил на слова Виктора Орбана": the title is the subject's
        verb = _subjects_verb([Token(0, len(w), w) for w in words], owned=False)
        return words if verb is None else words[verb + 1 :]

    def role_object(self, mention: Mention) -> bool:
        """Whether a name read in the nominative follows the verb of a clause whose subject is
        a role before it («Глава МИД Японии поблагодарил Ван И»): an undeclined name there is
        the verb's object, never a subject a later «он» or role stands for."""
        found = self._objects.get(mention.start)
        if found is None:
            lo = max(self.text.rfind(c, 0, mention.start) for c in '.;:!?«»"\n') + 1
            lo = max(lo, mention.start - 90)
            words = word_tokens(self.text, lo, mention.start)
            # «…, заявила пресс-секретарь ЕК Дана Спинант»: the subject of a closing attribution
            closing = closing_attribution(tokens(self.text, lo, mention.start))
            found = not closing and _subjects_verb(words, owned=False) is not None
            self._objects[mention.start] = found
        return found

    def intro_window(self, mention: Mention) -> str:
        """The words right before a name, within its clause: where its title is (looked up
        once per mention: every role resolution asks it of every person; public, as the
        clause scan of speakers.py asks it too)."""
        key = (mention.start, mention.nominative)
        found = self._intros.get(key)
        if found is None:
            found = self._intros[key] = self._find_intro_window(mention)
        return found

    def _find_intro_window(self, mention: Mention) -> str:
        lo = max(0, mention.start - 90)
        for m in self.entities.persons:  # "… Юрий Ушаков журналисту Павлу Зарубину": not his
            if lo < m.end <= mention.start and m.nominative and self._words_between(m, mention):
                lo = m.end
        window = _QUOTED_BODY.sub(_unquoted, self.text[lo : mention.start])
        cut = max(window.rfind(c) for c in '.,;:!?«»"\n')
        joint = window.rfind(" и ")  # "Песков и пресс-секретарь Белого дома Карин Жан-Пьер"
        window = window[max(cut + 1, joint + 3 if joint >= 0 else 0) :]
        window = _long_title(window) or window
        words = _title_words(window)
        verb = _subjects_verb(words)
        if verb is not None:
            # "Президент Франции прокомментировал слова Лаврова": the role is the subject's
            window = window[words[verb].end :]
            words = _title_words(window)
        for k, tok in enumerate(words):  # from the title's head on
            if _role(tok) is not None and not _addressee_before_title(mention, words, k):
                if mention.nominative and k > 0 and words[k - 1].lower in _STOP_PREPOSITIONS:
                    # "с послом отказывается разговаривать даже Владимир Путин": a role
                    # after a preposition is no title of a subject
                    return window[tok.end :]
                return window[tok.start :]
        return window

    def _introduced_as(self, mention: Mention, lemma: str) -> bool:
        window = self.intro_window(mention)
        words = _title_words(window)
        for k, tok in enumerate(words):  # the head of the title: "спецпредставитель министра …"
            found = _role(tok)
            if found is not None:
                before = words[k - 1] if k else self.word_before(mention.start - len(window))
                found = spokesman_reading(found, window, tok)
                return compound_role(found, before) == lemma or _press_chief(words, k, lemma)
        return False

    def word_before(self, pos: int) -> Token | None:
        """The word ending right before `pos`, one space apart («постоянный» before the
        window that starts at «представитель»), if any."""
        found = tokens(self.text, max(0, pos - 30), pos)[-1:]
        return found[0] if found and self.text[found[0].end : pos] in ("", " ") else None

    def silent_companion(self, mention: Mention) -> bool:
        """Whether a `companion` carries no words for a later «он» or role: when his sentence
        names nobody in the nominative before him, its subject is one the text does not name
        («Об этом заявил глава правительства во время встречи с министром Мелани Жоли»), who
        speaks on. When it names a subject, the rules before passed that one over (of the
        other gender: «Майя Санду встретилась с Марком Рютте. «…», — сказал он»; of another
        country than the role's), and the companion may be meant."""
        if not self.companion(mention):
            return False
        lo = self.sentence_start(mention.start)
        return not any(
            m.person is not None
            and m.nominative
            and lo <= m.start < mention.start
            and not self.inside_quote(m.start)
            for m in self.entities.persons
        )

    def companion(self, mention: Mention) -> bool:
        """Whether a person is named as someone beside the clause's subject, never as one who
        speaks: governed by a preposition, right before the name or its title («во время
        разговора с американским госсекретарем Энтони Блинкеном», «высказался в поддержку
        Монкаде»: lexicon COMPOUND_PREPOSITIONS), or added by «как и» («Эво Моралес, как и
        глава МИД Боливии Рохелио Майта, присутствовал»)."""
        window = self.intro_window(mention)
        opening = mention.start - len(window)
        for at in {mention.start, opening}:
            if self._preposition_before(at) or after_compound(self.text, at):
                return True
            if _AS_ALSO.search(self.text, max(0, at - 20), at):
                return True
        return False

    def _preposition_before(self, at: int) -> bool:
        """Whether a preposition governs the words from `at` on, through the adjectives
        before them («с американским госсекретарем»); never one that cites a source («со
        ссылкой на официального представителя МИД»: lexicon CITING_CUES), who speaks."""
        before = self.word_before(at)
        while before is not None and before.text.islower() and adjective(before.lower):
            before = self.word_before(before.start)
        if before is None or before.lower not in PREPOSITIONS:
            return False
        cue = self.word_before(before.start)
        return cue is None or cue.lower not in CITING_CUES

    def complement(self, mention: Mention) -> bool:
        """Whether a person named in an oblique case right after a nominative role noun is
        that role's complement ("спецпосланник Трампа", "пресс-секретарь Путина"): whose
        envoy or spokesman, never the one who holds the role and speaks. A role in an
        oblique case ("министра Лаврова") is in apposition and stays his, unless it speaks
        for someone the text introduced as a head («По словам пресс-секретаря Токаева» after
        «Президент … Токаев»). A name the text writes otherwise than its nominative
        («пресс-секретарь Токаева» for Токаев) is oblique, whatever a woman's reading of the
        word would say."""
        prev = tokens(self.text, max(0, mention.start - 40), mention.start)[-1:]
        if _owner_after_aide(self.text, mention, prev):
            return True
        if mention.nominative and not self._inflected(mention):
            return False
        if not prev or prev[0].end + 1 < mention.start or role_of(prev[0].text) is None:
            return self._aide_of_titled(mention)
        if _nominative_noun(prev[0]):
            return True
        person = mention.person
        spokesman = role_of(prev[0].text) in SPOKESMAN_ROLES
        return spokesman and person is not None and person.name in self._heads()

    def _aide_of_titled(self, mention: Mention) -> bool:
        """Whether an oblique name closes a title in the genitive that an aide's role in the
        nominative opens («Пресс-секретарь президента Турции Эрдогана», «Советник министра
        обороны Андрея Белоусова»): the name is in apposition to the title, and both are
        whose aide (lexicon SPOKESMAN_ROLES) speaks — never the one named."""
        return self.aide_head(mention) is not None

    def aide_head(self, mention: Mention) -> Token | None:
        """The aide's role in the nominative that opens the genitive title an oblique name
        closes (`_aide_of_titled`), None when there is none: no punctuation between, at
        most five words, every word after the head readable in the genitive."""
        toks = tokens(self.text, max(0, mention.start - 80), mention.start)[-5:]
        if not toks or toks[-1].end + 1 < mention.start:
            return None
        for k in range(len(toks) - 1, 0, -1):
            if self.text[toks[k - 1].end : toks[k].start] != " ":
                return None
            if not any(p.has("gent") for p in parses(toks[k].lower)):
                return None
            if role_of(toks[k].text) is not None:
                head = toks[k - 1]
                nouns = [p for p in parses(head.lower) if p.pos == "NOUN"]
                aide = role_of(head.text) in SPOKESMAN_ROLES
                nominative = any(p.has("nomn") for p in nouns)
                if aide and nominative and not any(p.has("gent") for p in nouns):
                    return head
                return None
        return None

    def _inflected(self, mention: Mention) -> bool:
        """Whether the mention's last word is not the person's nominative surname, nor
        another word of the name as written (a given name alone: «премьер-министр Шахбаз
        заявил» for «Шахбаз Шариф», folded to him by `_fold_short_names`)."""
        words = self.text[mention.start : mention.end].split()
        person = mention.person
        return bool(words) and person is not None and words[-1] not in person.name.split()


# A body's name in quotation marks inside a title («Глава «Росатома» Алексей Лихачев»): a
# few words, no punctuation, a space after it.
# A body's name in quotation marks inside a title («Генеральный секретарь «Хизбаллы»», or in
# straight quotes: «Генеральный секретарь "Хизбаллы"»), a space after its closing mark.
_QUOTED_BODY = re.compile(
    r"(?:«(?P<angled>[А-ЯЁA-Z][^«»\n.,;:!?]{0,40})»"
    r"|\"(?P<straight>[А-ЯЁA-Z][^\"«»\n.,;:!?]{0,40})\")(?=[ \t])"
)


def _unquoted(hit: re.Match[str]) -> str:
    """The quoted name with its marks as spaces: the window keeps its length and the title
    reads on past it."""
    return f" {hit.group('angled') or hit.group('straight')} "


def _press_chief(words: list[Token], k: int, role: str) -> bool:
    """Whether the title whose head is words[k] («глава пресс-службы Госдепартамента») makes
    its holder the body's voice that `role` names («представитель», «пресс-секретарь»)."""
    if role not in PRESS_VOICES or role_of(words[k].text) not in PRESS_CHIEFS:
        return False
    return k + 1 < len(words) and lemma(words[k + 1].lower) in PRESS_UNITS


def _addressee_before_title(mention: Mention, words: list[Token], k: int) -> bool:
    """Whether the role word `words[k]` before a subject's name is whom the subject spoke to,
    not the head of their title: no nominative reading, a role with one after it
    («сообщила корреспонденту ZabNews пресс-секретарь губернатора Любовь Чистякова»,
    «заявил журналистам посол …»). A name in an oblique case keeps such a head
    («министра иностранных дел Сергея Лаврова»)."""
    if not mention.nominative or _may_be_nominative(words[k]):
        return False
    return any(_role(tok) is not None and _may_be_nominative(tok) for tok in words[k + 1 :])


def _may_be_nominative(tok: Token) -> bool:
    """Whether a word has a reading in the nominative."""
    return any(p.has("nomn") for p in parses(tok.lower))


def _subjects_verb(words: list[Token], *, owned: bool = True) -> int | None:
    """The index of the last verb among the words before a name when a role noun in the
    nominative singular stands before it, its subject («Премьер Польши ответил на слова
    Орбана», «Глава МИД Японии поблагодарил Ван И»); with `owned`, only when a noun for
    words or a text follows the verb, the name being their owner: whose title never stands
    before his words («слова Лаврова»), while «Глава МИД Египта передал Лаврову» may still
    tell a colleague's post. None when there is no such verb («лидеры России и США обсудят
    итоги встречи Трампа» may still tie him to the USA)."""
    verbs = [k for k, tok in enumerate(words) if tok.text[:1].islower() and verb_form(tok)]
    if not verbs or not any(_subject_role(tok) for tok in words[: verbs[-1]]):
        return None
    after = words[verbs[-1] + 1 :]
    if owned and not any(lemma(tok.lower) in _CITED_NOUNS for tok in after):
        return None
    return verbs[-1]


def _subject_role(tok: Token) -> bool:
    """Whether `tok` is a role noun read first as a nominative singular («Премьер»), not an
    oblique case of one read first as another noun («Премьера Венгрии … поддержал Роберт
    Фицо»: «премьера» is the accusative of «премьер», the fronted object)."""
    found = parses(tok.lower)
    if not found or not found[0].has("nomn", "sing") or role_of(tok.text) is None:
        return False
    others = [p for p in found[1:] if p.pos == "NOUN"]
    return _role_lemma(found[0].normal) or not any(_role_lemma(p.normal) for p in others)


def _role_lemma(word: str) -> bool:
    """Whether `word` is a role noun's own lemma («премьер»; «премьера» is another noun)."""
    return role_of(word) == word


def verb_form(tok: Token) -> bool:
    """Whether `tok` is a speech verb or reads first as any verb form: where a title ends."""
    return speech_verb(tok) is not None or any(
        p.pos in ("VERB", "INFN", "GRND") for p in parses(tok.lower)[:1]
    )


def _owner_after_aide(text: str, mention: Mention, prev: list[Token]) -> bool:
    """«Представитель Николаса Мадуро заявила»: a pair right after an aide's role (lexicon
    SPOKESMAN_ROLES) in the nominative whose first name reads as a genitive and never as a
    nominative singular (the dictionary's readings if it holds the word: «Николаса»,
    «Дональда»; else its guesses: «Нарендры») is whose aide speaks, whatever gender the verb
    has — a woman's verb reads no nominative into a man's genitive there."""
    if not prev or prev[0].end + 1 != mention.start or role_of(prev[0].text) not in SPOKESMAN_ROLES:
        return False
    if not _nominative_noun(prev[0]):
        return False  # «по словам пресс-секретаря Дмитрия Пескова»: in apposition, his
    words = text[mention.start : mention.end].split()
    if len(words) < 2:
        return False
    names = [p for p in parses(words[0].lower()) if p.has("Name") and p.has("sing")]
    names = [p for p in names if p.dictionary] or names
    return any(p.has("gent") for p in names) and not any(p.has("nomn") for p in names)


def _nominative_noun(word: Token) -> bool:
    """Whether a role word reads as a nominative noun and never as a genitive one: only then
    does a name right after it say whose aide or envoy it is («пресс-секретарь Путина»);
    a genitive role («пресс-секретаря Пескова») stands in apposition to the name."""
    nouns = [p for p in parses(word.lower) if p.pos == "NOUN"]
    return any(p.has("nomn") for p in nouns) and not any(p.has("gent") for p in nouns)
