"""People named in a text: full names, titled foreign names, lone surnames, initials.

Why: speakers, tags and titles need one answer to "who is this word?": a surname in any case
("Лаврова", "Захаровой") is matched to the full name the article gives ("Сергей Лавров",
"Мария Захарова"); a name with a patronymic ("Сергей Викторович") to the full name of that
first name; an inflected foreign surname ("Небензей") to the form the article uses in the
nominative ("Небензя").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.content.apposition import oblique_by_context
from bot.content.arabic_names import find_chains
from bot.content.declension import (
    CONSONANTS,
    declined_as_man,
    declined_form,
    declined_genders,
    man_stem_nominative,
    undeclined_as_written,
)
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    AIDE_POSTS,
    ARABIC_FAMILY_ARTICLES,
    ARABIC_NAME_PREFIXES,
    CAMEL_SURNAME_HEADS,
    CHINESE_FINALS,
    CHINESE_INITIALS,
    CIRCUMSTANCE_PREPOSITIONS,
    CLAUSE_MARKS,
    CLAUSE_REACH,
    COUNTRIES_BY_ADJECTIVE,
    DECLINED_IN_I,
    DEPUTY_PREFIX,
    EAST_ASIAN_SURNAMES,
    FOREIGN_ONLY_ENDINGS,
    FOREIGN_VOWEL_ENDINGS,
    GENERATION_WORDS,
    GLUED_ARTICLES,
    INSTITUTION_NAME_HEADS,
    KIN_NOUNS,
    MONARCH_TITLES,
    NAME_ENDING_PARTICLES,
    NAME_PAIR,
    NAME_PARTICLES,
    NAMED_BODY_HEADS,
    NO_NAME_STEM_ENDS,
    ONE_LETTER_FAMILY_NAMES,
    PERSONAL_PRONOUNS,
    PLACE_NOUNS,
    PLACE_USE_PREPOSITIONS,
    POLICY_FORMS,
    SITE_NOUNS,
    SPEECH_VERBS,
    SURNAME_OPENING_PARTICLES,
    UNDECLINED_ENDINGS,
    role_of,
    title_head,
    title_heads,
)
from bot.content.mentions import Mention, Person, with_persons
from bot.content.morph import (
    PERSON_GRAMS,
    Parse,
    inflect,
    known,
    lemma,
    parses,
    patronymic,
    place_genitive_first,
    restore_case,
    sole_gender,
)
from bot.content.name_case import (
    framed_cases,
    nominative_slot,
    nominative_title,
    word_nominative,
)
from bot.content.name_case import title_head as name_title_head
from bot.content.name_slots import (
    Kind,
    Slot,
    agreeing_gender_after,
    find_slots,
    kind,
    past_gender,
    plural_of_single_place,
    syllable,
    verb_gender_after,
)
from bot.content.oblique_names import nominative_names

# "Полад Бюльбюль оглы", "Мешади Рза-оглы": a patronymic word ending the name in lower case.
_ENDING_PARTICLE = re.compile(rf"[ -]({'|'.join(NAME_ENDING_PARTICLES)})(?![\w-])")
# «-младший» glued to a name, or after a spaced dash when a punctuation mark ends it
# («Фердинанд Маркос — младший, подчеркнул»; «Шахбаз Шариф – младший брат …» is a phrase).
# The spaced form counts only beside a glued one of the same person (`_generation_names`).
_GENERATION_FORMS = "|".join(GENERATION_WORDS)
_GENERATION = re.compile(
    rf"(?:-|[ \t]+[—–-][ \t]+(?=(?:{_GENERATION_FORMS})[,.;:!?)»]))({_GENERATION_FORMS})(?![\w-])"
)
# Words that open a capitalised sequence but are never part of a person's name.
_NOT_NAMES = frozenset(
    [
        "президент",
        "министр",
        "глава",
        "премьер",
        "госсекретарь",
        "посол",
        "канцлер",
        "генсек",
        "пресс-секретарь",
        "представитель",
        "директор",
        "председатель",
        "спикер",
        "лидер",
        "генерал",
        "господин",
        "госпожа",
        "мистер",
        "об",
        "этом",
        "как",
        "по",
        "в",
        "на",
        "с",
        "и",
        "а",
        "но",
        "однако",
        "также",
        "между",
        "тем",
    ]
)

# «Ким Е Чжон», «Ли И Сун»: syllables of two to four letters around a one-letter one.
_SYLLABLE_NAME = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]{1,3}) [А-ЯЁ] [А-ЯЁ][а-яё]{1,4}(?![\w-])")
# A capitalised name word, a CamelCase surname with its head whole («МакКарти», «ДеСантис»).
_CAP_WORD = re.compile(
    rf"(?:(?:{'|'.join(CAMEL_SURNAME_HEADS)})[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+)(?:-[А-ЯЁ][а-яё]+)?"
)
# One syllable of a Korean, Chinese or Vietnamese name as Russian writes it: up to three
# consonants (a glide «в» among them: «Хва»), one or two vowels, an optional «й» and a final
# «н», «нг», «нь», «ль», «м», «г», «к», «п», «т» («Кын», «Хе», «Чжэ», «Ёль», «Тхыонг»). A
# bare «л» or «р» ends no such syllable, so «Дер» or «Пол» is none.
_ASIAN_SYLLABLE = re.compile(
    r"[бвгджзклмнпрстфхцчшщ]{0,3}[аеёиоуыэюя]{1,2}й?(?:нг|нь|ль|[нмгкпт])?"
)
_ASIAN_SYLLABLE_LETTERS = 6
# The endings Russian gives the consonant-final last syllable of a man's name by case
# («Ким Чен Ына», «с Мун Чжэ Ином», «Юн Сок Ёлю»).
_ASIAN_CASE_ENDINGS = ("ом", "ем", "ём", "а", "я", "у", "ю", "е")
# A Chinese given name of one to three syllables written as one word (lexicon CHINESE_INITIALS,
# CHINESE_FINALS): «Цянь», «Лицзянь», «Биньхуа».
_CHINESE_SYLLABLE = (
    rf"(?:{'|'.join(sorted(CHINESE_INITIALS))})?(?:{'|'.join(sorted(CHINESE_FINALS))})"
)
_CHINESE_GIVEN = re.compile(rf"(?:{_CHINESE_SYLLABLE}){{1,3}}")
# The Russian case endings of a Chinese given name in «-н»/«-нь» («У Цяня», «с У Цянем»),
# and whether the nominative keeps a soft sign.
_CHINESE_CASE_ENDINGS: tuple[tuple[str, bool], ...] = (
    ("ом", False),
    ("ем", True),
    ("ём", True),
    ("а", False),
    ("я", True),
    ("у", False),
    ("ю", True),
)
# A one-letter family name (lexicon ONE_LETTER_FAMILY_NAMES) and the capitalised word after it.
_ONE_LETTER_FAMILY = re.compile(
    rf"(?<![\w.-])(?:{'|'.join(ONE_LETTER_FAMILY_NAMES)})(?= [А-ЯЁ][а-яё])"
)
# What stands before a word inside a sentence: a word, a number, a comma or a bracket closed.
_INSIDE_SENTENCE = re.compile(r"[\w,)][ \t]*$")
# "С. Лавров", "С.В. Лавров", "Дж. Байден" (a two-letter initial of English names).
_INITIALS = re.compile(r"\b[А-ЯЁ][а-яё]?\.\s?(?:[А-ЯЁ][а-яё]?\.\s?)?(?=[А-ЯЁ][а-яё])")
# The same initials ending right before a surname, the first one kept («Ш.» of «Ш. Шариф»).
_INITIALS_BEFORE = re.compile(r"(?<![\w.])([А-ЯЁ][а-яё]?)\.\s?(?:[А-ЯЁ][а-яё]?\.\s?)?$")
_INITIALS_REACH = 8  # characters before a surname its initials may take («Дж. », «С.В. »)


def _initial_before(text: str, start: int) -> tuple[str, int] | None:
    """The first initial written right before the word at `start` («Ш» of «Ш. Шариф», «С» of
    «С.В. Лавров», «Дж» of «Дж. Байден») and where the initials open; None when no initial
    stands there."""
    lo = max(0, start - _INITIALS_REACH)
    found = _INITIALS_BEFORE.search(text[lo:start])
    return (found.group(1), lo + found.start()) if found else None


def _initialled_start(start: int, initial: tuple[str, int] | None, person: Person) -> int:
    """Where the mention of `person` by a surname at `start` opens: at its initials when they
    agree with a full name («Новый премьер Пакистана Ш. Шариф»: the title runs up to the
    name), else at the surname («А.В. Новикова» alone stays the word the readers weigh)."""
    full = len(person.name.split()) >= NAME_PAIR
    return initial[1] if initial is not None and full else start


def _agrees_with_initial(person: Person, initial: tuple[str, int] | None) -> bool:
    """Whether a surname after `initial` may name `person`: the initial is their given name's
    («Ш. Шариф» is Шахбаз Шариф, never his brother Наваз Шариф), or the text gives them no
    given name. No initial, no constraint."""
    words = person.name.split()
    return initial is None or len(words) < 2 or words[0].startswith(initial[0])


def _subject_and_addressee(first: str, second: str) -> bool:
    """Whether two capitalised words before a verb may be its subject and an undeclined
    addressee in the dative, the news order «Путин Моди пообещал», «Лукашенко Мадуро
    сказал», «Эрдоган Нетаньяху заявил»: the second ends in a vowel no declined nominative of a
    man's surname ends in (lexicon FOREIGN_VOWEL_ENDINGS, so its dative is written the same),
    and the first is no given name the dictionary holds (a given name alone is rarely the
    subject of such a sentence: «Алексей Моди» is one name). A declined second word
    («Карлос Гименес», a dative would be «Гименесу») is no addressee."""
    if any(p.dictionary and p.has("Name") for p in parses(first.lower())):
        return False
    return second.lower().endswith(FOREIGN_VOWEL_ENDINGS)


def _name_parses(word: str) -> list[Parse]:
    # A person's first name is never plural: "Юрай" guessed as the plural of "Юрая" is noise.
    return [p for p in parses(word) if p.has("Name") and p.score >= 0.03 and not p.has("plur")]


def _surname_parses(word: str) -> list[Parse]:
    return [p for p in parses(word) if p.has("Surn")]


def _undeclined_of(surname: str, gender: str) -> bool:
    """ "Анникен Хюитфельдт … Хюитфельдт напомнила": a foreign surname the dictionary holds as
    an undeclined one of `gender` takes that gender from the verbs beside it, whatever a first
    name the dictionary guesses at says (it reads «Анникен» as a man's)."""
    return " " not in surname and any(
        p.has(gender, "nomn", "Fixd") for p in _surname_parses(surname.lower())
    )


def _cases(found: list[Parse]) -> set[str]:
    return {g for p in found for g in p.grams if g in _CASES}


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _nominative(word: str, case: str | None, gender: str | None, kind: str) -> str:
    """`word` (a name part) in the nominative, keeping its gender; unchanged if unknown."""
    if case is None or case == "nomn":
        return word
    # A reading of the kind asked for first: «Засыпкина» is the surname «Засыпкин» in the
    # genitive before it is the village «Засыпкино» the dictionary also guesses.
    for p in sorted(parses(word), key=lambda p: kind not in p.grams):
        if case not in p.grams or (gender and gender not in p.grams and "Fixd" not in p.grams):
            continue
        if kind and kind not in p.grams and p.pos != "NOUN":
            continue
        want = {"nomn", "sing"}
        changed = p.raw.inflect(want)
        if changed is not None:
            return restore_case(word, str(changed.word))
    return word


@lru_cache(maxsize=16384)
def _surname_keys(word: str) -> frozenset[str]:
    """The forms a surname is matched by; cached, as every capitalised word is asked."""
    keys = {word.lower()}
    for p in parses(word):
        if p.pos == "NOUN" or p.has("Surn") or p.has("Name"):
            keys.add(p.normal)
    return frozenset(keys)


def _first_name_parses(first: str, last: str, preposition: bool) -> list[Parse]:
    """The readings of a first name that can tell the pair's case: never a colloquial
    vocative ("Илон" read as "Илона!"), nor a guessed prepositional one without its
    preposition, and a woman's reading beside a surname that stays undeclined."""
    guessed_loct = not preposition and not known(first)
    first_p = [
        p for p in _name_parses(first) if not p.has("voct") and not (guessed_loct and p.has("loct"))
    ]
    return _woman_beside_undeclined(first_p, last)


def _shared_case(first_p: list[Parse], last: str, gender: str | None) -> tuple[str | None, bool]:
    """The case a first name and surname share (the first name's best reading the surname
    can also stand in), and whether the pair may be nominative."""
    # A surname is never plural: "Левитт" read as a genitive plural of a first name "Левитта"
    # would put "Кэролайн Левитт" in the genitive.
    last_p = [
        p
        for p in parses(last)
        if (gender is None or gender in p.grams or "Fixd" in p.grams) and not p.has("plur")
    ]
    # A surname the dictionary declines oddly ("Рябков" as a plural of "рябок") shares no
    # case with the first name: then the first name alone decides.
    if _guessed_oblique(first_p, last_p):
        # "Юсси Хелантеря": a first name only guessed at in an oblique case («Юсси» of
        # «Юсся») the surname, nominative, cannot stand in tells nothing: it stays as written
        return None, True
    declined = [p for p in last_p if not p.has("Fixd") and p.dictionary]
    if first_p and all(p.has("Fixd") for p in first_p) and declined:
        # "Бруно Родригес Паррилья": a first name that never declines tells no case; the
        # surname's own reading does («Родригес», a nominative; «Родригеса», a genitive)
        case = next((g for g in declined[0].grams if g in _CASES), None)
        return case, case == "nomn"
    common = _cases(first_p) & (_cases(last_p) or _cases(first_p)) or _cases(first_p)
    case = next((g for p in first_p for g in p.grams if g in common), None)
    nominative = "nomn" in common
    if not first_p:  # a first name the dictionary only guesses at: the surname tells the case
        nominative = not last_p or any("nomn" in p.grams for p in last_p)
    return case, nominative


def _guessed_oblique(first_p: list[Parse], last_p: list[Parse]) -> bool:
    """Whether a first name's readings are all guesses in oblique cases, none of which the
    surname shares, while the surname reads as a nominative («Юсси Хелантеря»)."""
    if not first_p or any(p.dictionary or p.has("nomn") for p in first_p):
        return False
    return any(p.has("nomn") for p in last_p) and not _cases(first_p) & _cases(last_p)


def _surname_nominative(
    last: str, case: str | None, gender: str | None, preposition: bool, known_first: bool
) -> tuple[str, str | None]:
    """A surname in the nominative beside its first name in `case`, and the Russian-pattern
    stem when that is how it was found (it settles the person's gender)."""
    # "Анналены Бербок": a woman's consonant-final surname never declines.
    fixed = gender == "femn" and last[-1:].lower() not in "аяеиоуыэюй" and not _surname_parses(last)
    last_n = _nominative(last, case, gender, "Surn") if _surname_parses(last) else last
    last_n = last if fixed else last_n
    russian = _russian_surname(last, case) if gender == "masc" and last_n == last else None
    last_n = russian or last_n
    declined = _declined_in_i(last, case, gender)
    if declined is not None:
        return declined, None  # «Василия Небензи»: Небензя
    fixed = fixed or _undeclined_surname(last, case, gender)
    # "с Джузеппе Конте": a prepositional case needs its preposition; without one, a surname
    # in a foreign vowel read so («Конт») does not decline
    fixed = fixed or (case == "loct" and not preposition and _foreign_vowel(last))
    last_n = last if fixed else last_n
    if not fixed and last_n == last and case not in (None, "nomn"):
        last_n = _foreign_nominative(last, case, gender, known_first)
    if gender == "masc" and known_first and not fixed and not russian:
        last_n = _guessed_man_stem(last, case) or last_n
    if last_n.endswith("ь") and last.endswith("и"):
        last_n = last  # "Нарендры Моди": no surname declines as «ночь» («Модь»)
    return last_n, russian


def _guessed_man_stem(last: str, case: str | None) -> str | None:
    """The nominative of a man's foreign surname the dictionary only guesses at, beside his
    first name the dictionary holds in `case`: its stem, soft ones with «-ь» («Скрипаля» →
    «Скрипаль») or «-й» after a vowel («Милея» → «Милей»), never the guess's own nominative
    («Мерца» is no «Мерец», «Эрлихом» no «Эрлихо»). None when the dictionary holds the
    surname, reads it as an adjective, or its ending is no man's ending of that case."""
    if any(p.dictionary for p in parses(last.lower())):
        return None
    return man_stem_nominative(last, case)


def _full_name(
    first: str,
    last: str,
    middle: str | None = None,
    preposition: bool = True,
    agreeing: str | None = None,
    subject: bool = False,
) -> tuple[Person, bool]:
    """A person from a first-name + surname pair in any (shared) case. Without a
    `preposition` right before the name, a prepositional reading the dictionary only guesses
    is none ("посол ЮАР в РФ Мзувукиле Макетука" is no "о Мзувукиле": the foreign name stays
    as written). The pairs the dictionary cannot read are `_unread_pair`'s."""
    ich = _ich_oblique(first, last)
    if ich is not None:
        return ich, False
    first_p = _woman_by_agreement(_first_name_parses(first, last, preposition), agreeing)
    if subject and _subject_beside_fixed(first_p, last, agreeing):
        return _as_written(f"{first} {last}", last), True  # «Акира Мураками заявил»
    gender = sole_gender(first_p)
    case, nominative = _shared_case(first_p, last, gender)
    if gender == "masc" and _undeclined_beside(case, last):
        if not _woman_in_a(first, case):
            # "Кае Каллас" is no "Кай Каллас" ("Каю Калласу"): the first name's nominative is
            # unknown, so the surname alone names the person.
            return _as_written(last, last), False
        case, gender, nominative = None, "femn", True
    known_first = any(p.dictionary for p in first_p)
    unread = _unread_pair(first, last, known_first, case, agreeing)
    if unread is not None:
        return unread
    person = _pair_person((first, middle, last), first_p, case, gender, preposition)
    # "поздравили Александра Грушко": a first name whose nominative is another word is not
    # written in the nominative, whatever a woman's reading of it would say
    return person, nominative and person.name.split()[0] == first


def _woman_in_a(first: str, case: str | None) -> bool:
    """ "Кая Каллас": a first name in «-а»/«-я» read as a man's genitive or accusative beside a
    consonant-final surname that stays undeclined is a woman's name the dictionary lacks, in
    the nominative — a man's genitive would decline the surname too («Кая Калласа»)."""
    return case in ("gent", "accs") and first[-1:] in "ая"


def _pair_person(
    words: tuple[str, str | None, str],
    first_p: list[Parse],
    case: str | None,
    gender: str | None,
    preposition: bool,
) -> Person:
    """The person a first name, optional middle word and surname in `case` name, each word
    in its nominative; the gender kept only when a Russian-declined surname agrees with it."""
    first, middle, last = words
    first_n = _nominative(first, case, gender, "Name")
    # "Феридуна Синирлиоглу": the first name's readings in the pair's case settle the gender
    # the surname declines by (a man's genitive «-а» never stands beside «-у»)
    case_gender = gender or sole_gender([p for p in first_p if case is not None and p.has(case)])
    known_first = any(p.dictionary for p in first_p)
    last_n, russian = _surname_nominative(last, case, case_gender, preposition, known_first)
    # The first name alone misleads on foreign names ("Нарендра" looks feminine): keep the
    # gender only when a Russian-declined surname agrees with it.
    agrees = gender is not None and any(gender in p.grams for p in _surname_parses(last))
    if not russian and not agrees:
        gender = None
    middle_n = _middle_part(middle, case, sole_gender(first_p))
    keys = _surname_keys(last) | {last_n.lower()}
    return Person(f"{first_n}{middle_n} {last_n}", last_n, gender, keys)


def _ich_oblique(first: str, last: str) -> Person | None:
    """«на встрече Александара Вучича»: a surname in «-ича» the dictionary lacks is a man's
    «-ич» in the genitive or accusative (a woman's «-ич» never declines), and so is the given
    name ending in «-а» beside it, whatever woman's name the dictionary reads in it
    («Александара», «Александра»): «Александар Вучич», «Александр Вучич»."""
    if not last.endswith("ича") or known(last.lower()) or not first.endswith("а"):
        return None
    surname = last[:-1]
    return Person(
        f"{first[:-1]} {surname}", surname, "masc", _surname_keys(last) | {surname.lower()}
    )


def _as_written(name: str, last: str) -> Person:
    """A person named as the text writes them, gender unknown: the pair a verb agrees with
    though the dictionary reads its first name only in an oblique case («Посол Японии Акира
    Мураками заявил»: no «Акир», `_subject_beside_fixed`), or the surname alone when the
    first name's nominative is unknown («Кае Каллас»)."""
    return Person(name, last, None, _surname_keys(last) | {last.lower()})


def _subject_beside_fixed(first_p: list[Parse], last: str, agreeing: str | None) -> bool:
    """Whether a pair a verb agrees with as its subject (`agreeing`) has a first name read in
    oblique cases only beside a surname that does not decline — one the dictionary holds as
    undeclined in every reading («Акира Мураками»: no «Акир»), or, beside a first name it
    only guesses at, a foreign one in a vowel it does not know: the pair is in the
    nominative, as written."""
    if agreeing is None or not first_p or any(p.has("nomn") for p in first_p):
        return False
    found = parses(last.lower())
    if _surname_parses(last.lower()) and all(p.has("Fixd") and p.dictionary for p in found):
        return True
    if _man_beside_consonant(first_p, last, agreeing):
        return True
    if not _foreign_vowel(last) or any(p.dictionary for p in found):
        return False
    # "Посол Эфиопии Тесфайе Йетаеу подчеркнул": a first name only guessed at in an oblique
    # case («Тесфайя») beside a foreign surname in a vowel the dictionary does not know;
    # "Как сообщила премьер-министр Италии Джорджа Мелони": a man's oblique case a feminine
    # verb cannot agree with
    guessed = not any(p.dictionary for p in first_p)
    return guessed or (agreeing == "femn" and all(p.has("masc") for p in first_p))


def _man_beside_consonant(first_p: list[Parse], last: str, agreeing: str | None) -> bool:
    """ "Посол Чада Мадибу Абакар заявил": a first name the dictionary only guesses at, in
    oblique cases only («Мадибу» as «Мадиба»'s), beside a consonant-final surname that can be
    a nominative (or one the dictionary holds as a man's nominative: «Закария»), with a
    masculine verb agreeing: a man's oblique case would decline the
    surname too («Мадибу Абакару»), so the pair is his nominative, as written."""
    if agreeing != "masc" or any(p.dictionary for p in first_p):
        return False
    found = parses(last.lower())
    if last[-1:].lower() in "аяеиоуыэюйь":
        # «Махамату Закария заявил»: a vowel-final surname only as the dictionary's own
        # man's nominative
        return any(p.dictionary and p.has("masc", "nomn") for p in found)
    return not found or any(p.has("nomn") for p in found)


def _woman_by_agreement(first_p: list[Parse], agreeing: str | None) -> list[Parse]:
    """ "Александра Иванова заявила", "— сказала … Эльмира Касымова": a first name that reads
    both as a woman's nominative and as a man's genitive («Александра», «Эльмира») is the
    woman's when a feminine past verb agrees with the pair, or a present one needs it as its
    nominative subject (`agreeing` "nomn"); the man's genitive would need another subject
    («жена Александра Иванова заявила»: see `_agreeing_gender`)."""
    if agreeing not in ("femn", "nomn"):
        return first_p
    if agreeing == "nomn" and any(p.has("masc", "nomn") for p in first_p):
        return first_p  # a man's name in the nominative too: the verb does not tell
    women = [p for p in first_p if p.has("femn", "nomn")]
    return women or first_p


def _unread_pair(
    first: str, last: str, known_first: bool, case: str | None, agreeing: str | None = None
) -> tuple[Person, bool] | None:
    """A pair whose first name cannot give the person's name by the dictionary: a woman's
    beside a man's surname (then the surname alone names him) or a Japanese-shaped pair whose
    first name the dictionary does not hold in the nominative (read as written); None for any
    other pair."""
    if _unsettled_first_name(first, last, case):
        # "Нурланой Ермекбаевым": a woman's first name beside a man's surname
        last_n = _nominative(last, case, "masc", "Surn")
        return Person(last_n, last_n, "masc", _surname_keys(last) | {last_n.lower()}), False
    # a first name the dictionary holds in no nominative of that form, the subject of a verb
    # (`agreeing`): «Посол Японии Акира Муто сообщил», never «спецпредставителя Зураба
    # Абашидзе», a genitive
    rare = agreeing is not None and not any(p.has("nomn") for p in _name_parses(first))
    if (not known_first or rare) and _syllabic_pair(first, last):
        # "Ёсимаса Хаяси": a Japanese-shaped pair is read as written («Ёсимас» is no Japanese
        # name), never by the dictionary's guess at a man's genitive; nor by a rare name it
        # holds only in oblique cases («Акира Муто»: «Акира» only as «Акир»)
        keys = _surname_keys(last) | {last.lower()}
        return Person(f"{first} {last}", last, None, keys), True
    return None


# The endings a declined surname takes in each oblique case: a man's («Рафаэля Гросси» would
# read «Гросса» if it declined) and a woman's in «-а»/«-я» («Каей Каллас» has none: fixed).
# («Зеленского», «Зеленскому»: an adjective's endings too).
_CASE_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "masc": {
        "gent": ("а", "я", "ого", "его"),
        "accs": ("а", "я", "ого", "его"),
        "datv": ("у", "ю", "ому", "ему"),
        "ablt": ("ом", "ем", "ём", "ым", "им"),
        "loct": ("е", "ом", "ем"),
    },
    "femn": {
        "gent": ("ы", "и", "ой", "ей"),
        "accs": ("у", "ю", "ую", "юю"),
        "datv": ("е", "и", "ой", "ей"),
        "ablt": ("ой", "ей", "ою", "ею"),
        "loct": ("е", "и", "ой", "ей"),
    },
}


# A word of Japanese syllables as Russian spells them (Polivanov): a consonant (or «дз», a
# doubled one) before each vowel, «н» alone — «Хаяси», «Ёсимаса», «Кодзуки», «Кисида». That
# spelling has no «ш», «ж», «ч», «щ» («Хитоси», «Тидзуру»), so «Риши Сунака», «Ивице Дачичу»,
# «Гиви Шугарова» are no Japanese names kept as written but names in a Russian case.
_SYLLABIC = re.compile(r"(?:(?:дз|кк|тт|сс|пп|[кгсзтдцнхфбпмрвй])?[аеёиоуэюя]й?|н)+")


def _syllabic_pair(first: str, last: str) -> bool:
    """Whether a first name in «-а» and a surname in «-и»/«-о»/«-у»/«-э»/«-е» the dictionary
    does not decline are both Japanese-shaped, and cutting the «-а» would leave a stem in a
    consonant no Japanese name ends in (only «н» may end one): «Ёсимаса Хаяси»."""
    low, surname = first.lower(), last.lower()
    # a surname the dictionary guesses only as undeclined («Муто») declines no more than one
    # it has no reading of
    declined = any(p.dictionary or not p.has("Fixd") for p in _surname_parses(last))
    if not low.endswith("а") or low[-2:-1] in "аеёиоуыэюян" or declined:
        return False
    return (
        surname.endswith(UNDECLINED_ENDINGS)
        and _SYLLABIC.fullmatch(low) is not None
        and _SYLLABIC.fullmatch(surname) is not None
    )


def _japanese_given_name(word: str, last: str) -> bool:
    """A Japanese-shaped given name that never declines: syllables in «-и», «-о», «-у», «-э»,
    «-е» («Хитоси», «Фумио», «Синдзо»), no place or role, and no first name the dictionary
    declines as Russian («Никите» of «Никита»). A common word only as a noun in an oblique
    case («Минору», the dative of «минор»: no subject, no adverb such as «Ранее») beside a
    surname the dictionary holds no reading of at all («Минору Кихара»)."""
    low = word.lower()
    if not low.endswith(UNDECLINED_ENDINGS) or _SYLLABIC.fullmatch(low) is None:
        return False
    found = kind(word)
    if found is Kind.COMMON:
        readings = parses(low)
        oblique = all(p.pos == "NOUN" and not p.has("nomn") for p in readings)
        return oblique and not any(p.dictionary for p in parses(last.lower()))
    if found is not Kind.NAME:
        return False
    return not any(p.dictionary and p.has("Name") and not p.has("Fixd") for p in parses(low))


# A Japanese surname in «-а» with a Russian case ending no Japanese syllable ends in: the
# instrumental «-ой» and the genitive «-ы» («Кисидой», «Кисиды»).
_JAPANESE_OBLIQUE = ("ой", "ы")
# The endings that are also a Japanese surname's own vowel («Абе», «Мотэги» … «Кисиде»,
# «Кисиду», «Суги» after «г», «к», «х»): oblique only when the text also writes the surname
# in «-а» or in a plainly Russian case («Сугой»).
_JAPANESE_AMBIGUOUS = ("е", "у", "и")
_VELAR_STEM = "гкхжшчщ"


def _japanese_surname(last: str, text: str) -> tuple[str, bool] | None:
    """The nominative of a Japanese-shaped surname after an undeclined given name, and whether
    the text wrote it so: as written in «-а», «-и», «-о», «-э» («Кикавада», «Хаяси»), or in «-е»,
    «-у» unless the text also writes it in «-а»; an oblique «-ой», «-ы» back to «-а»
    («Кикавадой» → «Кикавада»). None for a word no Japanese surname is (a dictionary surname,
    a place, a consonant ending)."""
    low = last.lower()
    if kind(last) is not Kind.NAME or any(p.dictionary for p in _surname_parses(low)):
        return None
    for ending in _JAPANESE_OBLIQUE + _JAPANESE_AMBIGUOUS:
        stem = last[: -len(ending)]
        if not low.endswith(ending) or _SYLLABIC.fullmatch(stem.lower() + "а") is None:
            continue
        if ending == "и" and stem[-1:] not in _VELAR_STEM:
            continue  # «Хаяси»: no genitive «-и» after «с»
        if ending in _JAPANESE_OBLIQUE or re.search(rf"(?<![\w-]){stem}(?:а|ой)(?![\w-])", text):
            return stem + "а", False
    if low.endswith(("а", *UNDECLINED_ENDINGS)) and _SYLLABIC.fullmatch(low):
        return last, True
    return None


def _foreign_vowel(word: str) -> bool:
    return word.lower().endswith(FOREIGN_VOWEL_ENDINGS)


def _declined_in_i(last: str, case: str | None, gender: str | None) -> str | None:
    """The nominative of a man's surname in «-и» beside his first name in an oblique `case`
    when its ending is one only a surname in «-я»/«-а» declined as a woman's noun shows there
    (lexicon DECLINED_IN_I: «Небензи» → «Небензя», «Сибиги» → «Сибига»); None otherwise, or
    when the dictionary reads the surname in that case itself."""
    if gender != "masc" or case is None or len(last) < _DECLINED_IN_I_LETTERS:
        return None
    if any(p.has(case) for p in _surname_parses(last)):
        return None
    for written, nominative, cases in DECLINED_IN_I:
        if case in cases and last.endswith(written):
            return last[: -len(written)] + nominative
    return None


_DECLINED_IN_I_LETTERS = 5  # «Сиги», «Кази»: a short word is a syllable of a foreign name


def _undeclined_surname(last: str, case: str | None, gender: str | None) -> bool:
    """Whether a surname ending in a vowel stays as written beside a first name in an oblique
    `case`: a foreign one in «-и», «-о», «-у», «-е» does not decline («Рафаэля Гросси», «с
    Мевлютом Чавушоглу»), which its ending shows when it is no ending of that case for the
    name's gender (either gender when unknown): never «Гросся»."""
    if case in (None, "nomn") or not _foreign_vowel(last):
        return False
    if any(p.has(case) for p in _surname_parses(last)):
        return False  # the dictionary declines it: «Шойгу», «Путину»
    genders = [gender] if gender in _CASE_ENDINGS else list(_CASE_ENDINGS)
    endings = {e for g in genders if g for e in _CASE_ENDINGS[g].get(case or "", ())}
    return not last.lower().endswith(tuple(endings))


# Endings of a man's Russian-pattern surname by case: "Павла Зарубина", "Павлу Зарубину".
_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}
_RUSSIAN_STEM = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)")
_ADJECTIVAL_STEM = re.compile(r"[А-ЯЁ][а-яё]+[сц]к")


def _foreign_nominative(last: str, case: str, gender: str | None, sure: bool) -> str:
    """The nominative of a surname in an oblique `case` the dictionary does not decline for
    the name's gender: unknown to it, inflected as a plain noun («Блинкена»); else, beside a
    man's first name the dictionary holds (`sure` of the case), by its ending («Александера
    Стубба», «Иваном Яковиной», which the dictionary guesses only as a woman's)."""
    surnames = _surname_parses(last)
    if not surnames:
        changed = inflect(last, frozenset({case}), frozenset({"nomn"}))
        if changed:
            return restore_case(last, changed)
    if gender == "femn" and sure and not surnames:
        return _first_declension(last, case) or last  # "Арианы Подесты" → «Подеста»
    if gender != "masc" or not sure or any(p.has("masc", case) for p in surnames):
        return last
    return _hard_stem(last, case) or last


# A man's hard-stem ending by case, for a surname the dictionary reads in no case at all.
_HARD_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом"}
# A man's surname in «-а»/«-я» declines as a woman's noun does: «Иваном Яковиной» is Яковина,
# «Василием Небензей» Небензя, «Ивана Яковины» Яковина (the oblique ending, the nominative's).
_FIRST_DECLENSION = {"ablt": (("ой", "а"), ("ей", "я")), "gent": (("ы", "а"),)}


def _first_declension(last: str, case: str | None) -> str | None:
    """The nominative in «-а»/«-я» of a surname in `case` declined as a woman's noun is
    («Яковиной» → «Яковина», «Подесты» → «Подеста»); None when its ending is no such case's."""
    for oblique, nominative in _FIRST_DECLENSION.get(case or "", ()):
        if last.endswith(oblique) and len(last) >= len(oblique) + 3:
            stem = last[: -len(oblique)]
            return stem + nominative if stem[-1:].lower() not in _VOWELS else None
    return None


def _hard_stem(last: str, case: str | None) -> str | None:
    """ "Александера Стубба" → «Стубб», «Иваном Яковиной» → «Яковина»: beside a man's first name
    the dictionary holds in `case`, a foreign surname ending in that case's ending after a
    consonant has the nominative of its stem; None when it does not."""
    if any(last.endswith(oblique) for oblique, _n in _FIRST_DECLENSION.get(case or "", ())):
        return _first_declension(last, case)
    ending = _HARD_ENDINGS.get(case or "")
    if ending is None or not last.endswith(ending) or len(last) < len(ending) + 3:
        return None
    stem = last[: -len(ending)]
    return stem if stem[-1:].lower() not in _VOWELS else None


_VOWELS = "аеёиоуыэюяйь"


# A Russian-pattern surname's oblique endings that only one gender and case set has: a
# woman's «-ой» («Осининой», «Ивановой»), a man's instrumental «-ым» («Осининым»), and a man's
# adjectival «-ского», «-скому», «-ским» («Петровским»). Not entities._ADJ_ENDINGS, which
# turns any adjective of a body's name to its nominative: a surname in «-ов»/«-ин» declines
# as a noun («Осининой» → «Осинина», never «Осининая»), and only the endings one gender
# alone has are listed, as each must also tell the person's gender.
_RUSSIAN_OBLIQUE = (
    (_RUSSIAN_STEM, "ой", "а", "femn"),
    (_RUSSIAN_STEM, "ым", "", "masc"),
    (_ADJECTIVAL_STEM, "ого", "ий", "masc"),
    (_ADJECTIVAL_STEM, "ому", "ий", "masc"),
    (_ADJECTIVAL_STEM, "им", "ий", "masc"),
)


def _russian_oblique(word: str) -> tuple[str, str | None]:
    """ "Д.Д. Осининой" → («Осинина», "femn"): a surname the dictionary does not know, after
    initials, in an oblique form of a Russian-pattern surname, and its nominative; the word
    itself and None when it is no such form."""
    for stem_shape, ending, nominative, gender in _RUSSIAN_OBLIQUE:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem_shape.fullmatch(stem):
            return stem + nominative, gender
    return word, None


def _russian_surname(last: str, case: str | None) -> str | None:
    """The nominative of a man's surname the dictionary does not know (or knows only as a
    common word: "зарубина"), when it is a Russian-pattern stem with the case's ending."""
    ending = _MASC_ENDINGS.get(case or "")
    if ending is None or not last.endswith(ending):
        return None
    stem = last[: -len(ending)]
    return stem if _RUSSIAN_STEM.fullmatch(stem) else None


def _woman_beside_undeclined(first_p: list[Parse], last: str) -> list[Parse]:
    """ "Дана Уайт заявила", "Анналена Бербок": a first name read both as a man's in an
    oblique case («Дана» of «Дан») and as a woman's is hers when the surname beside it keeps a
    man's nominative form — a man's would decline («Дана Уайта»); the man's oblique readings
    are dropped."""
    if not any(p.has("femn") for p in first_p):
        return first_p
    # a man's reading the dictionary only guesses at («Анналена» as «Аннален») is dropped
    # beside a surname that reads as a man's accusative only as a thing («Бербок»); a name
    # it holds («Полада» of «Полад») stands beside one that never declines («Бюльбюль оглы»)
    kept = [
        p
        for p in first_p
        if not (
            p.has("masc")
            and _undeclined_beside(
                next((g for g in p.grams if g in _CASES), None), last, not p.dictionary
            )
        )
    ]
    return kept or first_p


def _undeclined_beside(case: str | None, last: str, things: bool = False) -> bool:
    """Whether a consonant-final surname stays as it is beside a first name in an oblique
    `case`, as only a woman's does ("Кае Каллас"; a man's would be "Каю Калласу"). With
    `things`, a thing's accusative, which is its nominative («бербок» read as an inanimate
    noun), is no man's: a man's accusative is his genitive («Бербока»)."""
    if case not in ("gent", "accs", "datv", "loct", "ablt"):
        return False
    if any(p.has("masc", case) and not (things and p.has("inan", "accs")) for p in parses(last)):
        return False
    return last[-1:].lower() not in "аеёиоуыэюяй" and not re.search(r"(?:ом|ем|ём|ым|им)$", last)


def _lone_surname(word: str) -> tuple[Person, bool] | None:
    found = [p for p in _surname_parses(word) if p.score >= 0.1]
    every = parses(word)
    if len(word) < 3 or not found or not every or every[0].pos != "NOUN":
        return None
    best = found[0]
    case = next((g for g in best.grams if g in _CASES), None)
    gender = "femn" if "femn" in best.grams else "masc" if "masc" in best.grams else None
    nominative_form = _nominative(word, case, gender, "Surn")
    person = Person(nominative_form, nominative_form, gender, _surname_keys(word))
    return person, any("nomn" in p.grams for p in found)


def _asian_syllable(word: str) -> bool:
    """Whether `word` is one syllable of an East Asian given name («Кын», «Хе», «Чжэ»)."""
    low = word.lower()
    return len(low) <= _ASIAN_SYLLABLE_LETTERS and _ASIAN_SYLLABLE.fullmatch(low) is not None


def _asian_last_syllable(word: str) -> tuple[str, bool] | None:
    """The last syllable of an East Asian name in the nominative, and whether the text wrote it
    so: a syllable as written («Хе», «Бёг» — never «Бё» with a Russian ending cut), or a
    consonant-final one with a Russian case ending, which is two syllables («Ыном» → «Ын»,
    «Ёля» → «Ёль»: Korean writes a final l «ль»); None when it is neither."""
    if _asian_syllable(word):
        return word, True
    for ending in _ASIAN_CASE_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        for form in (stem, stem + "ь"):
            if form[-1] not in "аеёиоуыэюя" and _asian_syllable(form):
                return form, False
    return None


def _chinese_given(word: str) -> tuple[str, bool] | None:
    """A Chinese given name in the nominative and whether the text wrote it so: the word
    whole when it is one to three Chinese syllables («Цянь», «Лицзянь»), or cut of a Russian
    case ending after a final «-н»/«-нь» («Цяня» → «Цянь», «Ганом» → «Ган»); None when the
    word is no such name («Индии», «Москвы»: no Chinese syllables)."""
    low = word.lower()
    for ending, soft in _CHINESE_CASE_ENDINGS:
        cut = low[: -len(ending)]
        stem = cut + ("ь" if soft else "")
        if low.endswith(ending) and cut.endswith("н") and _CHINESE_GIVEN.fullmatch(stem):
            return word[: -len(ending)] + ("ь" if soft else ""), False
    return (word, True) if _CHINESE_GIVEN.fullmatch(low) is not None else None


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` stands inside a sentence, after a word, a number or a comma
    on its line: a capital there is no sentence's first letter («полковник У Цянь», never
    «. У Москвы нет», «INTERFAX.RU - У Индии», «\nУ России»)."""
    return _INSIDE_SENTENCE.search(text, max(0, at - 40), at) is not None


@lru_cache(maxsize=16384)
def _is_name_word(word: str) -> bool:
    """Whether `word` may open a full name; cached, as every capitalised word is asked."""
    return word.lower() not in _NOT_NAMES and bool(_name_parses(word))


# Kept under its old name for the title module: every form of every role noun in the lexicon.
TITLE_HEAD = title_head()
# One word of a title after its head; a dash or brackets may stand between ("пресс-секретарь
# ведомства – Хизер Нойерт", "Министр (обороны) Мэттис").
_COMPLEMENT = re.compile(r"\)?[ \t]+(?:[–—][ \t]+)?\(?(?P<word>[а-яё-]+|[А-ЯЁ]{2,6}|[А-ЯЁ][а-яё]+)")
_ONE_LETTER_SURNAME = re.compile(r" ([А-ЯЁ])(?!\w)")
_NEXT_WORD = re.compile(r"\.[ \t]*([А-ЯЁ][а-яё]+)")
_PARTICLES = frozenset(NAME_PARTICLES)
# Between the words of a long foreign name: a space, lower-case particles («Лула да Силва»,
# «Мухаммед бин Салман»), or an article glued by a hyphen («Ахмед аль-Джабер»).
_NAME_GAP = re.compile(
    rf" (?:(?:{'|'.join(NAME_PARTICLES)}) )*(?:(?:{'|'.join(GLUED_ARTICLES)})-)?"
)
# Particles opening a surname given alone, just before it («по словам фон дер Ляйен»).
_OPENING_PARTICLES = re.compile(
    rf"(?<![\w-])(?:{'|'.join(SURNAME_OPENING_PARTICLES)})(?: (?:{'|'.join(NAME_PARTICLES)}))* $",
    re.IGNORECASE,
)
_CAP_AFTER = re.compile(r"[ \t]+[А-ЯЁA-Z]")
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ым", "им")
_LONGEST_NAME = 5  # capitalised words of one name at most
# Capitalised words joined by spaces, particles or glued articles (`_NAME_GAP`): a run that
# may be one long foreign name («Родриго де Лима Баэна Соарес»).
_PARTICLE_RUN = re.compile(
    rf"(?<![\w-]){_CAP_WORD.pattern}(?:{_NAME_GAP.pattern}{_CAP_WORD.pattern})+(?![\w-])"
)
# The endings a first name takes in an oblique case, or a woman's in «-а», «-я» has in the
# nominative: a first name the dictionary does not know in one is left to be read otherwise.
_OBLIQUE_FIRST = ("а", "я", "у", "ю", "ом", "ем", "е", "ой", "ей", "ы", "и")
_CASE_OF = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _role_case(word: str) -> str | None:
    for p in parses(word.lower()):
        if p.pos == "NOUN":
            return next((g for g in _CASE_OF if g in p.grams), None)
    return None


_VOWEL_I = re.compile(r"[аеёиоуэюя]и$")


def _given_nominative(given: str, case: str | None) -> str:
    """A first name after a title in its nominative: the dictionary's, else — for a name
    the dictionary does not decline, ending in a vowel and «и» in an oblique case («главы
    дипломатии ЕС Каи Каллас») — the «-я» a woman's name of that ending has («Кая»)."""
    if _common_thing(given, case):
        return given  # "сенатора Кори Букера": no «корь»
    found = _to_case_nominative(given, case)
    oblique = case in ("gent", "datv", "loct")
    if found == given and oblique and " " not in given and _VOWEL_I.search(given):
        return given[:-1] + "я"
    return found


def _common_thing(given: str, case: str | None) -> bool:
    """Whether every reading of a first name in the title's `case` is a dictionary word for
    a thing («Кори» as «корь»): a name declines as a person, so such a word stays as written."""
    found = [p for p in parses(given.lower()) if p.pos == "NOUN" and case in p.grams]
    return bool(found) and all(p.dictionary and p.has("inan") for p in found)


def _plural_role(word: str) -> bool:
    """Whether a role word is only a plural («министров», «послы»): it titles no one name."""
    nouns = [p for p in parses(word.lower()) if p.pos == "NOUN"]
    return bool(nouns) and all(p.has("plur") for p in nouns)


def _to_case_nominative(word: str, case: str | None) -> str:
    """`word` in the nominative, read in `case` (a title's): a declinable reading first — after
    «главе альянса» «Марку» is «Марк» in the dative, not the indeclinable «Марку»."""
    if case in (None, "nomn"):
        return word
    for p in sorted(parses(word.lower()), key=lambda p: p.has("Fixd")):
        if p.pos == "NOUN" and case in p.grams and "plur" not in p.grams:
            changed = p.raw.inflect({"nomn"})
            if changed is not None:
                return restore_case(word, str(changed.word))
    return word


def _is_complement(word: str) -> bool:
    """ "Германии", "США", "МИД", "Соединенных": the institution in a title, not a name. Only
    the dictionary's own readings count: a guess takes "Хизер" for a place."""
    if word.isupper():
        return True
    if kind(word) is Kind.NEVER and role_of(word) is None:
        return True
    return _adjective(word)


_ADJECTIVES = frozenset({"ADJF", "PRTF"})


def _body_chain(text: str, end: int, word: str) -> bool:
    """ "председатель Правительства Республики Ингушетия", "заместителя председателя
    Правительства Республики Мордовия": a capitalised word that is only a dictionary
    thing's («Правительства»), followed by another such word in the genitive, is the body's
    name after a title, never a person's: a name is no chain of things. A first name that is
    also a thing's word («Наледи Пандор») stands before a surname, no dictionary thing."""
    if not _thing_word(word, None):
        return False
    step = _COMPLEMENT.match(text, end)
    if step is None or not step.group("word")[:1].isupper():
        return False
    return _thing_word(step.group("word"), "gent")


def body_name_word(text: str, start: int) -> bool:
    """ "Министерство Финансов", "Комитета Обороны", "Партия Регионов": whether the word at
    `start` is a capitalised word of a body's name (`body_name_start`), never a person's."""
    return body_name_start(text, start) is not None


def body_name_start(text: str, start: int) -> int | None:
    """Where the body's name the word at `start` ends opens: the word is capitalised, the
    dictionary reads it only as a thing's, in the genitive (never with a name's or a
    surname's reading: «Пескова»), and the head of a body's name (lexicon NAMED_BODY_HEADS)
    stands before it over genitive words and adjectives only («Министерства Природных
    Ресурсов», «Министерство иностранных дел Союза Коморских Островов»: the furthest head
    within six words); None when it is no such word."""
    word = _WORD_AT.match(text, start)
    if word is None or not word.group(0)[:1].isupper() or not _thing_word(word.group(0), "gent"):
        return None
    at, head = start, None
    for _ in range(6):
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is None:
            break
        prev = before.group(1)
        if lemma(prev.lower()) in NAMED_BODY_HEADS:
            head = before.start(1)
        elif not (_thing_word(prev, "gent") or _adjective(prev)):
            break
        at = before.start(1)
    return head


_WORD_AT = re.compile(r"[А-ЯЁа-яё]+")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")


def _thing_word(word: str, case: str | None) -> bool:
    """Whether `word` reads only as a dictionary thing's word (no name's reading), one
    reading in `case` when one is given."""
    found = parses(word.lower())
    nouns = [p for p in found if p.pos == "NOUN"]
    return (
        bool(nouns)
        and all(p.dictionary and p.has("inan") for p in nouns)
        and not any(p.has("Name") or p.has("Surn") or p.has("Geox") for p in found)
        and (case is None or any(case in p.grams for p in nouns))
    )


def _other_case(word: str, case: str | None, before: str = "") -> bool:
    """A dictionary common word with no reading in the title's `case` (not a short name
    syllable such as "Го"): a body's word in the title's chain («министр обороны Соединенных
    Штатов Ллойд Остин»). Never a capitalised verb («Премьер-министр Шри-Ланки Ранил
    Викрамасингхе»: a verb names no body), a person's noun («маршал Халифа Хафтар»: no
    body is a caliph), nor a word after a state's genitive, which completes the chain
    («министр культуры Франции Одре Азуле»: «одр» is a bed), in a nominative title."""
    if case is None or kind(word) is not Kind.COMMON or syllable(word):
        return False
    found = parses(word.lower())
    if case == "nomn" and _written_given(found, before):
        return False
    return not any(case in p.grams for p in found)


def _written_given(found: tuple[Parse, ...], before: str) -> bool:
    """Whether a capitalised word with these readings, in a nominative title's chain, is a
    first name as written rather than a body's word (`_other_case`): any word after a
    state's genitive, or a verb form, or a person's noun read in the genitive, as a foreign
    first name in «-а» is («Командующий ЛНА Халифа Хафтар»). Only in a nominative title,
    and never an oblique case of the name («командующему армией Халифе Хафтару»): such a
    word's nominative is unknown."""
    if _country_genitive(before):
        return True
    if all(p.pos == "VERB" for p in found):
        return True
    person = all(p.pos == "NOUN" and p.has("anim", "sing") for p in found)
    return person and any(p.has("gent") for p in found)


# The parts of speech of a body's words in a title («Соединенных Штатов», «Внешней»).
_THING_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _adjective(word: str) -> bool:
    """A dictionary adjective or participle ("Внешней", "Объединенных"): no part of a name."""
    found = parses(word.lower())
    return bool(found) and kind(word) is Kind.COMMON and found[0].pos in _ADJECTIVES


# How many words a title runs to its bearer's first name: «Министр иностранных дел и
# международного сотрудничества Алжира Рамадан Ламамра» has seven, the longest ministry
# titles (foreign affairs joined with cooperation, the diaspora, Europe) up to eight.
_TITLE_REACH = 8


def _first_after_title(text: str, pos: int, index: dict[int, int], case: str | None) -> int | None:
    """The word index of the first capitalised non-institution word after a title head
    ("Канцлер Германии Олаф …" → "Олаф"), within `_TITLE_REACH` words. A common noun that
    cannot take the title's case is part of the institution ("министр обороны Соединенных
    Штатов Ллойд Остин"), except right after the place a preposition ends the title with
    ("Посол Индии в Москве Бала Венкатеш Варма": "Бала" is no ball)."""
    placed = False  # the word before was a place after "в"/"при": the title is complete
    before = ""
    for _ in range(_TITLE_REACH):
        step = _COMPLEMENT.match(text, pos)
        if step is None:
            return None
        word_at, word = step.start("word"), step.group("word")
        place = _hyphenated_place(text, word_at)
        if place is not None:  # "сенатора от штата Нью-Джерси Кори Букера"
            placed, before, pos = False, place.group(0), place.end()
            continue
        capital = word[:1].isupper()
        if capital and not placed and _place_name(text, word_at, word, step.end()):
            placed, before, pos = True, word, step.end()
            continue  # "губернатор провинции Хэйлунцзян Ху Чаншэн": the province's name
        if capital and not _is_complement(word) and (placed or not _other_case(word, case, before)):
            if placed or not _body_chain(text, step.end(), word):
                return index.get(word_at)
            capital = False  # «председатель Правительства Республики …»: the body's words
        placed = capital and before in _PLACE_PREPOSITIONS and not _adjective(word)
        before = word
        pos = step.end()
    return None


_TWO_CAPITALS = re.compile(r"[ \t]+([А-ЯЁ][а-яё]*)[ \t]+[А-ЯЁ]")
# A place noun and a capitalised adjective of the place's own name before a word
# («штата Западная Бенгалия»).
_PLACE_NOUN_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)(?:[ \t]+([А-ЯЁ][а-яё]+))?[ \t]+$")


_OBLIQUE_CASES = ("gent", "datv", "ablt", "accs", "loct")


def _read_case(written: list[str], name: list[str]) -> str | None:
    """The oblique case a name was read in: one that gives a written word, changed, the
    nominative the name has for it («Муссы» → «Мусса»: the genitive); None when no word
    changed or none so."""
    if len(written) != len(name):
        return None
    changed = [(w, n) for w, n in zip(written, name, strict=True) if w != n]
    return next(
        (c for c in _OBLIQUE_CASES if any(_case_nominative(w, c) == n for w, n in changed)), None
    )


def _case_nominative(word: str, case: str) -> str | None:
    """A man's name word's nominative in `case` (name_case.word_nominative)."""
    return word_nominative(word, case, "masc")


def _place_name(text: str, start: int, word: str, end: int) -> bool:
    """Whether capitalised `word` at text[start:end] after a place noun (lexicon PLACE_NOUNS)
    names that place: held by the dictionary as no first name, two capitalised words still
    follow for the person, and it follows the place's adjective («штата Западная Бенгалия
    Мамата Банерджи»), the dictionary holds it as a place («штата Техас»; a guess takes
    «Нечирван» for one too) or a one-syllable East Asian family name follows («провинции
    Хэйлунцзян Ху Чаншэн»). Never «области Вячеслав Гладков», «штата Кэти Хоукул»."""
    before = _PLACE_NOUN_BEFORE.search(text, max(0, start - 60), start)
    after = _TWO_CAPITALS.match(text, end)
    if before is None or before.group(1) not in PLACE_NOUNS or after is None:
        return False
    found = parses(word.lower())
    if any(p.dictionary and p.has("Name") for p in found):
        return False
    if before.group(2) is not None:
        return _adjective(before.group(2))
    family = after.group(1)
    if family in EAST_ASIAN_SURNAMES or _asian_syllable(family):
        return True  # «провинции Цзилинь Цзин Цзюньхай»: a one-syllable family name next
    return any(p.dictionary and p.has("Geox") for p in found)


def _hyphenated_place(text: str, at: int) -> re.Match[str] | None:
    """A hyphenated capitalised word at `at` the dictionary reads first as a place
    («Нью-Джерси», «Санкт-Петербурга»): part of a title, never a name's first word."""
    found = _CAP_WORD.match(text, at)
    if found is None or "-" not in found.group(0) or kind(found.group(0)) is not Kind.NEVER:
        return None
    return found


_PLACE_PREPOSITIONS = frozenset({"в", "во", "при"})
_AFTER_PLACE = re.compile(r"(?<![\w-])(?:в|во|при) [А-ЯЁ][\w-]* $")


def _one_letter_surname(text: str, pos: int) -> re.Match[str] | None:
    """ "глава МИД Китая Ван И": a one-letter surname right at `pos`, also ending a sentence
    ("Ван И. Китайский министр …", "Ван И. Он …"), never an initial ("Ван И. Петров")."""
    single = _ONE_LETTER_SURNAME.match(text, pos)
    if single is None or not text.startswith(".", single.end()):
        return single
    after = _NEXT_WORD.match(text, single.end())
    if after is None or after.group(1).lower() in PERSONAL_PRONOUNS:
        return single  # "Ван И. Она прибыла": a pronoun opens the next sentence
    return single if kind(after.group(1)) is Kind.COMMON else None


def _titled_name(
    text: str, words: list[tuple[int, int, str]], first: int, case: str | None
) -> tuple[str, str, frozenset[str], int, int] | None:
    """(name, surname, keys, end, last word index) of the name starting at word `first`."""
    single = _one_letter_surname(text, words[first][1])
    if single is not None:  # "глава МИД Китая Ван И": a one-syllable Chinese name
        given = words[first][2]
        name = f"{given} {single.group(1)}"
        return name, name, frozenset({given.lower()}), single.end(), first
    if first + 1 >= len(words):
        return None
    gap = text[words[first][1] : words[first + 1][0]]
    if gap != " " and not all(w in _PARTICLES for w in gap.split()):
        return None
    second = words[first + 1][2]
    place = any(p.has("Geox") and not plural_of_single_place(p) for p in parses(second)[:1])
    if place and _place_read_surname(text, words, first, case):
        place = False  # «Министр иностранных дел Израиля Гидеон Саар»: no Saar region
    if second.isupper() or place or _adjective(second):
        return None  # "Директор Службы Внешней разведки": an institution, not a name
    given, last, end = words[first][2], second, first + 1
    # "Посол Индии в Москве Бала Венкатеш Варма", "посол Колумбии Эктор Исидро Аренас Нейра":
    # a third word, and a fourth, each one more name word in the title's case
    while end - first < _LONGEST_NAME - 2 and _third_name_word(text, words, end, case):
        given, last, end = f"{given} {last}", words[end + 1][2], end + 1
    surname = _to_case_nominative(last, case)
    readings = _name_parses(given.split()[0].lower())
    given_gender = sole_gender([p for p in readings if case is not None and p.has(case)])
    if _declined_in_i(last, case, given_gender) is not None:
        surname = _declined_in_i(last, case, given_gender) or last  # «Василия Небензи»
    elif _undeclined_surname(last, case, given_gender):
        surname = last  # "главе альянса Марку Рютте": a man's «-е» is no dative («Рютта»)
    elif surname == last and given_gender == "masc":
        # "президента Сербии Александра Вучича": a man's foreign surname the dictionary only
        # guesses at, beside his first name in the title's case, by its stem («Вучич»)
        surname = _guessed_man_stem(last, case) or last
    if _unsettled_first_name(given.split()[0], last, case):
        name = surname  # "послом Манасой Жолдошбековым": no certain first name, the surname
    else:
        first_name = _given_nominative(given, case)
        if first_name == given:
            first_name = _given_in_surnames_case(given, last, surname, case) or given
        name = f"{first_name}{gap}{surname}"
    keys = _surname_keys(last) | {surname.lower()}
    return name, surname, keys, words[end][1], end


def _given_in_surnames_case(given: str, last: str, surname: str, case: str | None) -> str | None:
    """A foreign first name the dictionary does not hold, beside a surname the title's case
    declined as a man's («руководителя пресс-службы Неда Прайса»: «Прайса» → «Прайс»), in the
    same case and gender: a man's hard stem («Нед»), never left in the genitive («Неда
    Прайс» mixes two cases). None when the name is the dictionary's, or its stem no man's."""
    if case not in ("gent", "accs") or " " in given or not declined_as_man(surname, last):
        return None
    if any(p.dictionary and p.grams & {"Name", "Surn"} for p in parses(given.lower())):
        return None
    stem = man_stem_nominative(given, case)
    return stem if stem is not None and stem[-1] in CONSONANTS else None


def _place_read_surname(
    text: str, words: list[tuple[int, int, str]], first: int, case: str | None
) -> bool:
    """Whether the word after a titled first name, read by the dictionary as a place, is the
    person's surname («Министр иностранных дел Израиля Гидеон Саар», «Президент МОК Кирсти
    Ковентри заявила»): the first word is a first name the dictionary holds or only guesses
    at (never a dictionary noun or adjective with no name's reading in the singular in the
    title's case: «Касаи», «Мелисса», «президента Альфы Конде» with «Альфы» only a plural
    name; a verb form names nothing: «Ранил»), the two words end the name on their line (a
    mark or a lower-case word after: at a line's end, a caption's or a headline's, no end is
    seen), and the text never uses the second as a place (after a preposition of place,
    lexicon PLACE_USE_PREPOSITIONS: «в Ковентри»), nor is it a state's name (lexicon
    COUNTRIES_BY_ADJECTIVE)."""
    given, second = words[first][2], words[first + 1][2]
    found = parses(given.lower())
    want = case or "nomn"
    named = any(p.has("Name", "sing") and (p.has(want) or p.has("Fixd")) for p in found)
    if not named and any(p.dictionary and p.pos in _THING_POS for p in found):
        return False
    if _SEEN_END.match(text, words[first + 1][1]) is None or "-" in second:
        return False
    if second in _STATE_WORDS:
        return False
    return not _used_as_place(text, second)


def _used_as_place(text: str, word: str) -> bool:
    """Whether the text uses `word`, in some case, as a place: after a preposition of place
    (lexicon PLACE_USE_PREPOSITIONS: «в Ковентри», «в Абудже» of «Абуджа»)."""
    stem = word[: max(4, len(word) - 2)].lower()
    return any(m.group(1).lower().startswith(stem) for m in _PLACE_USE.finditer(text))


# Where a name is seen to end: a mark or a lower-case word after it on its line.
_SEEN_END = re.compile(r"[ \t]*[,.;:!?)»—–]|[ \t]+[а-яё]")
_STATE_WORDS = frozenset(w for pair in COUNTRIES_BY_ADJECTIVE.values() for w in pair)
# A word after a preposition of place (lexicon PLACE_USE_PREPOSITIONS): «в Ковентри».
_PLACE_USE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(PLACE_USE_PREPOSITIONS)})[ \t]+(\S+)", re.IGNORECASE
)


def _unsettled_first_name(given: str, last: str, case: str | None) -> bool:
    """Whether a first name in an oblique case has no certain nominative beside a man's
    declined surname: a woman's name ("Нурланой Ермекбаевым") or an unknown one declined as
    a woman's is ("послом Манасой Жолдошбековым": «Манаса» or «Манас»?) — the text
    declined one of them wrongly, so only the surname is sure. A surname that does not
    decline ("Нарендрой Моди") says nothing."""
    if case in (None, "nomn"):
        return False
    surname = {g for p in parses(last.lower()) if p.has("Surn", case, "sing") for g in p.grams}
    if "masc" not in surname or "femn" in surname:
        return False
    named = [p for p in parses(given.lower()) if p.has("Name", case) and p.dictionary]
    if named:
        return not any(p.has("masc") for p in named)
    return _to_case_nominative(given, case)[-1:] in ("а", "я")


def _third_name_word(
    text: str, words: list[tuple[int, int, str]], j: int, case: str | None
) -> bool:
    """ "генсек Пан Ги Мун", "Посол Индии в Москве Бала Венкатеш Варма": a third capitalised
    word right after a titled name's second is its surname when it is no common word, place,
    institution or role, and can stand in the title's case ("журналисту Павлу Зарубину Ушаков":
    a subject after a name in the dative is no part of it)."""
    if j + 1 >= len(words) or text[words[j][1] : words[j + 1][0]] != " ":
        return False
    word, want = words[j + 1][2], case or "nomn"
    if word.lower() in _NOT_NAMES:
        return False
    # "Муну" reads as a place too: a name's reading in the title's case settles it
    named = any(want in p.grams for p in _name_parses(word))
    if not named and (_is_complement(word) or kind(word) is not Kind.NAME):
        return False
    return _may_share(word, {want})


# A capitalised word right after a name of two words: the name goes on, or a new one starts.
_CAPITAL_NEXT = re.compile(r"[ \t]+[А-ЯЁ]")


def _place_given_name(
    text: str, words: list[tuple[int, int, str]], first: int, case: str | None
) -> int:
    """The first word of a titled name whose given name the dictionary holds only as a place
    («глава МИД Армении Арарат Мирзоян», «глава МИД Марокко Насер Бурита»): the title's walk
    takes such a word for the institution's place and stops at the surname, which alone ends
    the name. The word before it is that given name when it stands in the title's case, right
    after the capitalised state of the title (no place noun: «штата Техас Эбботт» is the
    state's name), and the name ends at the surname; else `first` as found."""
    if first == 0 or text[words[first - 1][1] : words[first][0]] != " ":
        return first
    if _CAPITAL_NEXT.match(text, words[first][1]):
        return first  # «Армении Арарат Мирзоян Ованес»: not a two-word name
    given = parses(words[first - 1][2].lower())
    want = case or "nomn"
    if not given or not all(p.dictionary and p.has("Geox") for p in given):
        return first
    if not any(p.has(want, "sing") for p in given) or kind(words[first][2]) is Kind.NEVER:
        return first
    at = words[first - 1][0]
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    # the title's state, a place in the dictionary: «МИД Мали Диоп», «Посол Украины Дещица»
    # have the state itself before the surname
    state = before is not None and any(
        p.dictionary and p.has("Geox") for p in parses(before.group(1).lower())[:1]
    )
    # «посол в Армении Гюмри …»: a place after «в» is where the post is, and may name a town
    return first - 1 if state and not _AFTER_PLACE.search(text, max(0, at - 40), at) else first


def _titled_names(
    text: str,
    words: list[tuple[int, int, str]],
    used: set[int],
    people: list[Person],
    mentions: list[Mention],
) -> None:
    """ "Канцлер Германии Олаф Шольц", "с президентом Франции Эммануэлем Макроном": names the
    dictionary does not know, recognised by the title in front of them."""
    index = {start: i for i, (start, _e, _w) in enumerate(words)}
    for head_at, end, word in title_heads(text):
        if _plural_role(word):
            continue  # "Совета министров … Организации Договора": a plural titles nobody
        case = _title_case(text, head_at, word)
        first = _first_after_title(text, end, index, case)
        if first is None:
            continue
        first = _place_given_name(text, words, first, case)
        if first + 1 < len(words) and _title_genitive(text, words, first):
            used.add(first)  # "Лидер Хезболлы Хасан Насралла": the body's name, no person's
            first += 1
        if first in used:
            _title_case_wins(text, words, first, case, (people, mentions))
            continue
        found = _titled_name(text, words, first, case)
        if found is not None and found[4] in used - {first}:
            _prefix_given_name(text, words, first, (people, mentions), case)
            used.add(first)
            continue
        if found is None:
            continue
        name, surname, keys, end, last = found
        # A one-letter surname ("Ван И") is matched by the exact name, others by their keys.
        single = last == first
        person = next(
            (
                p
                for p in people
                if (p.name == name if single else bool(p.keys & keys))
                and not (case == "nomn" and _another_given_name(p, name))
            ),
            None,
        )
        if person is None:
            person = Person(name, surname, None, keys)
            people.append(person)
        elif case == "nomn" and (
            _oblique_form(person.name, name) or _attested_form(person, name, mentions)
        ):
            # "главой МИД Турции Мевлютом Чавушоглу" read first; the title in the nominative
            # ("министр … Мевлют Чавушоглу") gives the name's own form
            renamed = Person(name, surname, person.gender, person.keys | keys)
            person = _rename(person, renamed, (people, mentions))
        mentions.append(Mention(words[first][0], end, person=person, nominative=case == "nomn"))
        used.update(range(first, last + 1))


_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при", "по"})


def _without_preposition(text: str, start: int, case: str | None, word: str) -> str | None:
    """A head read as prepositional with no preposition before it («новому главе альянса»)
    is in the dative, when it reads so too: the prepositional never stands alone."""
    if case != "loct" or not any(p.has("datv") for p in parses(word.lower())):
        return case
    before = text[max(0, start - 40) : start].split()
    words = [w.lower() for w in before if w.isalpha()][-3:]
    return case if any(w in _LOCATIVE_PREPOSITIONS for w in words) else "datv"


_RUN_BREAKS = '.,;:!?«»"\n()'


def _title_case(text: str, start: int, word: str) -> str | None:
    """The case a title head at `start` puts the name after it in. A form shared with a
    common noun for a field (lexicon POLICY_FORMS: «по внешней политике и политике
    безопасности Жозеп Боррель») heads no title of its own: the case is that of the role head
    before it in the same run of words (no punctuation between), None when there is none."""
    if word.lower() not in POLICY_FORMS:
        return _without_preposition(text, start, _role_case(word), word)
    lo = max(0, start - 120)
    lo = max([lo] + [text.rfind(c, lo, start) + 1 for c in _RUN_BREAKS])
    heads = [w for _s, _e, w in title_heads(text[lo:start]) if w.lower() not in POLICY_FORMS]
    return _role_case(heads[-1]) if heads else None


def _oblique_form(old: str, new: str) -> bool:
    """Whether the name `old` is `new` with a case ending on some of its words ("Мевлютом
    Чавушоглу" of "Мевлют Чавушоглу")."""
    pairs = list(zip(old.split(), new.split(), strict=False))
    return (
        old != new
        and len(old.split()) == len(new.split())
        and all(a == b or (a.startswith(b) and a[len(b) :] in _DECLINED) for a, b in pairs)
    )


def _attested_form(person: Person, name: str, mentions: list[Mention]) -> bool:
    """Whether the nominative `name` a title gives («вице-премьер Сербии Александар Вулин») is
    the form to call `person` by, named so far only in oblique cases whose nominative the
    dictionary derived another way («с Александром Вулином» → «Александр»): the same surname,
    each first name a spelling of the other (`_spelt_otherwise`). The text's own nominative
    beats a derived one."""
    if any(m.person == person and m.nominative for m in mentions):
        return False
    old, new = person.name.split(), name.split()
    if len(old) != len(new) or len(old) < 2 or old[-1] != new[-1] or old == new:
        return False
    return all(a == b or _spelt_otherwise(b, a) for a, b in zip(old, new, strict=True))


def _surely_nominative(name: list[str]) -> bool:
    """A first name the dictionary holds in the nominative beside a surname or name that
    reads as nominative too ("Наталья Тимакова"): no title's case makes it another."""
    first = any(p.dictionary and p.has("nomn") for p in _name_parses(name[0].lower()))
    last = any(p.has("nomn") and p.grams & {"Surn", "Name"} for p in parses(name[-1].lower()))
    return first and last


def _rename(old: Person, new: Person, found: tuple[list[Person], list[Mention]]) -> Person:
    """Every mention of `old` becomes one of `new` (a person of that name already found, if
    any): the same person, named in the nominative."""
    people, mentions = found
    target = next((p for p in people if p.name == new.name and p != old), new)
    people[:] = [p for p in people if p != old]
    if target not in people:
        people.append(target)
    mentions[:] = [replace(m, person=target) if m.person == old else m for m in mentions]
    return target


def _title_case_wins(
    text: str,
    words: list[tuple[int, int, str]],
    first: int,
    case: str | None,
    found: tuple[list[Person], list[Mention]],
) -> None:
    """ "с главой МИД Турции Мевлютом Чавушоглу", "с министром обороны Китая Дун Цзюнем": a
    name read as nominative (a guessed reading of an unknown first name, a surname no case
    shows) right after a title in an oblique case is in the title's case; the person takes
    the nominative the title's case gives."""
    mentions = found[1]
    if case in (None, "nomn"):
        return
    at = next((k for k, m in enumerate(mentions) if m.start == words[first][0]), None)
    old = mentions[at].person if at is not None else None
    if at is None or old is None or not mentions[at].nominative:
        return
    titled = _titled_name(text, words, first, case)
    if titled is None or titled[3] != mentions[at].end or titled[0] == old.name:
        return
    name_words = text[mentions[at].start : mentions[at].end].split()
    last = name_words[-1]
    if _surely_nominative(name_words) or (known(last) and not _may_share(last, {case})):
        return  # "пресс-секретарь президента РФ Наталья Тимакова": the head's case, not his
    name, surname, keys, _end, _last = titled
    _rename(old, Person(name, surname, old.gender, old.keys | keys), found)
    mentions[at] = replace(mentions[at], nominative=False)


def _prefix_given_name(
    text: str,
    words: list[tuple[int, int, str]],
    first: int,
    found: tuple[list[Person], list[Mention]],
    case: str | None,
) -> None:
    """ "Посол Индии в Москве Бала Венкатеш Варма", "посол Венесуэлы в Москве Карлос Рафаэль
    Фария Тортоса": the word a title points to, right before a name of two or three words
    already found, is that person's first given name (the fullest form)."""
    people, mentions = found
    if first + 1 >= len(words) or text[words[first][1] : words[first + 1][0]] != " ":
        return
    word = words[first][2]
    if not _AFTER_PLACE.search(text, 0, words[first][0]) and (
        kind(word) is not Kind.NAME
        or _surname_parses(word)
        or not _may_share(word, {case or "nomn"})
    ):
        # "глава МИД Исламской Республики Аббас Аракчи": the institution's last word;
        # "Пресс-секретарь Путина Дмитрий Песков": whose secretary, in the genitive
        return
    at = next((k for k, m in enumerate(mentions) if m.start == words[first + 1][0]), None)
    old = mentions[at].person if at is not None else None
    if at is None or old is None or not 2 <= len(old.name.split()) < _LONGEST_NAME - 1:
        return
    if _institution_name(text, words[first][0]):
        return
    given = _to_case_nominative(words[first][2], case)
    new = Person(f"{given} {old.name}", old.surname, old.gender, old.keys)
    people[:] = [new if p == old else p for p in people]
    mentions[:] = [
        Mention(m.start, m.end, new, m.org, m.nominative) if m.person == old else m
        for m in mentions
    ]
    m = mentions[at]
    mentions[at] = Mention(words[first][0], m.end, new, m.org, m.nominative)


def _institution_name(text: str, start: int) -> bool:
    """ "Профессор южнокорейского Университета Кунмин Андрей Ланьков": whether the word at
    `start` comes right after the head of an institution's name (lexicon
    INSTITUTION_NAME_HEADS), so it is that institution's own name, never the first given name
    of the person named after it."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and lemma(before.group(1).lower()) in INSTITUTION_NAME_HEADS


def _second_given_name(text: str, words: list[tuple[int, int, str]], j: int) -> bool:
    """ "Реджеп Тайип Эрдоган": the word after a first name is no surname the dictionary knows,
    and a capitalised word that is no place or institution follows it."""
    if j == 0 or j + 1 >= len(words) or text[words[j][1] : words[j + 1][0]] != " ":
        return False
    word, after = words[j][2], words[j + 1][2]
    if _surname_parses(word) or patronymic(word):
        return False
    if after.lower() in _NOT_NAMES or _is_complement(after) or _name_parses(after.lower()):
        return False
    # All three words share a case ("Павлу Зарубину Ушаков" is a name, then a subject).
    first = _cases(_name_parses(words[j - 1][2]))
    if first and not all(_may_share(w, first) or _foreign_form(w) for w in (word, after)):
        return False
    return bool(_surname_parses(after)) or not parses(after.lower())[0].has("Geox")


def _case_clash(first: str, oblique: str, last: str) -> bool:
    """ "В интервью радиоведущему Хью Хьюитту Трамп отметил": a first name no woman's, a word
    (`oblique`, the first name itself in a pair) that cannot be in the nominative and a man's
    surname the dictionary holds only in the nominative are two people — a name in an oblique
    case, then the subject's surname — never one «Хью Хьюитту Трамп». A woman's surname
    («Мелании Трамп») keeps its form in every case; a thing's reading the dictionary guesses
    («фиданом» as a noun in the nominative) is no reading of a name."""
    if sole_gender(_name_parses(first.lower())) == "femn":
        return False
    found = [p for p in parses(oblique.lower()) if not p.has("plur") and not p.has("inan")]
    oblique_cases = _cases(found)
    if not oblique_cases or "nomn" in oblique_cases or any(p.has("Fixd") for p in found):
        return False
    last_p = [p for p in _surname_parses(last.lower()) if p.has("masc")]
    if not last_p or any(p.has("Fixd") for p in last_p):
        return False
    return not _cases(last_p) & oblique_cases


# The endings of a noun's genitive singular: «Мажлиса», «Рады», «Хезболлы», «Федерации».
_GENITIVE_ENDINGS = ("а", "я", "ы", "и")


def _body_before_given(word: str, given: str) -> bool:
    """ "Олий Мажлиса Алишер Кадыров", "Лидер Хезболлы Хасан Насралла": a capitalised word
    in a genitive's ending right before a first name the dictionary holds in the nominative,
    and itself none of the dictionary's first names, is the body a title names in the
    genitive, never the person's first given name."""
    if not word.lower().endswith(_GENITIVE_ENDINGS) or not _given_name(given):
        return False
    return not any(p.dictionary and p.has("Name") for p in parses(word.lower()))


def _title_genitive(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word `i`, before a second given name, ends a title's chain in the genitive
    (`_body_before_given`): a word stands right before it in the sentence («Депутат Олий
    Мажлиса Алишер Кадыров»), so it opens no sentence as a first name would, and that word
    is no state's genitive, which ends the chain («лидер церкви Нигерии Элайджа Айоделе»)."""
    before = _WORD_BEFORE.search(text, max(0, words[i][0] - 40), words[i][0])
    if before is None or _country_genitive(before.group(1)):
        return False
    return _body_before_given(words[i][2], words[i + 1][2])


def _country_genitive(word: str) -> bool:
    """A capitalised word the dictionary reads first as a place in the genitive («Нигерии»,
    «Израиля»): it ends a title's chain, so a capitalised word after it opens the person's
    name («лидер Евангелической церкви Нигерии Элайджа Айоделе»: no body after a state)."""
    found = place_genitive_first(word.lower())
    return word[:1].isupper() and found is not None and found.dictionary


def _middle_part(middle: str | None, case: str | None, gender: str | None) -> str:
    """What a full name keeps of its middle word, with its space: a second given name in the
    nominative; nothing for a patronymic ("Владимир Владимирович Путин" is named as
    «Владимир Путин»)."""
    if not middle or patronymic(middle.lower()):
        return ""
    return f" {_middle_nominative(middle, case, gender)}"


def _middle_nominative(middle: str, case: str | None, gender: str | None) -> str:
    """A patronymic or second given name in the nominative; a man's foreign one the dictionary
    does not decline by its hard-stem ending («Томаша Гжегожа Гроссе» → «Гжегож»)."""
    found = _nominative(middle, case, gender, "Patr")
    if found != middle or gender != "masc" or patronymic(middle):
        return found
    return _hard_stem(middle, case) or middle


def _given_name(word: str) -> bool:
    """A first name the dictionary itself knows, in the nominative ("Стефан", "Саид")."""
    return any(p.dictionary and p.has("Name", "nomn") for p in parses(word.lower()))


def _foreign_form(word: str) -> bool:
    """A word the dictionary only guesses at («Гжегожа»), or ending in a vowel a foreign
    surname keeps in every case («Гроссе»): it may stand in any case beside a first name."""
    found = parses(word.lower())
    return _foreign_vowel(word) or not any(p.dictionary for p in found)


def _may_share(word: str, cases: set[str]) -> bool:
    """Whether `word` can stand in one of `cases` (a word the dictionary lacks always can)."""
    found = [p for p in parses(word.lower()) if not p.has("plur") and not p.has("UNKN")]
    if not found or any(p.has("Fixd") for p in found):
        return True
    own = _cases(found)
    return bool(own & cases)


def _stem_match(word: str, people: list[Person]) -> Person | None:
    """ "Небензи" → Василий Небензя: a surname the dictionary cannot decline, matched to an
    earlier full name when only its ending differs (the stems share all but two letters; a
    surname of three letters only with a man's case ending after it whole: «Ауна» → Аун);
    never a place the dictionary knows («России» is no form of «Россье»)."""
    if any(p.dictionary and p.has("Geox") for p in parses(word.lower())):
        return None
    found = None
    for p in people:
        surname = p.surname
        if len(surname) == 3 and len(p.name.split()) >= 2 and declined_as_man(surname, word):
            found = p  # «цитирует офис Ауна» → Мишель Аун: a short surname and a man's ending
            continue
        if len(surname) < 4 or len(p.name.split()) < 2 or abs(len(word) - len(surname)) > 2:
            continue
        common = 0
        for a, b in zip(word.lower(), surname.lower(), strict=False):
            if a != b:
                break
            common += 1
        if common >= max(3, len(surname) - 2) and common >= len(word) - 3:
            found = p
    return found


def _another_given_name(person: Person, name: str) -> bool:
    """Whether `name`, a full name a title gives, has another first name than `person`'s full
    name, so another person of that surname («Александр Вулин» … «Министр обороны Сербии
    Ненад Вулин», «Билл Клинтон» … «госсекретарь Хиллари Клинтон»): first names that are no
    case forms of one another (`_one_given_name`). Asked of a title in the nominative only:
    after one in an oblique case the words may be another's name glued to the surname
    («журналисту Карлсону Трамп сказал»), which the surname's person speaks."""
    words, known = name.split(), person.name.split()
    if len(words) < 2 or len(known) < 2 or kind(words[0]) is not Kind.NAME:
        return False  # «Генералом Тодом Уолтерсом»: a title word is no first name
    # «Луис Инасиу Лула да Силва» … «президент Лула да Силва»: a later word of the name known
    return not any(_one_given_name(words[0].lower(), k.lower()) for k in known[:-1])


def _one_given_name(a: str, b: str) -> bool:
    """Whether two first names may be one in two cases: all but the shorter one's last letter
    shared from the start («Мевлют», «Мевлюта»; «Кая», «Каи»), two letters at least."""
    shared = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= max(2, min(len(a), len(b)) - 1)


def _name_tail(earlier: Person, person: Person, people: list[Person]) -> bool:
    """Whether `person`, named in two words or more, is named by the last words of the name
    of `earlier`, a person the text named before («Хайфа Абу Газале» … «Абу Газале», «Карлос
    Рафаэль Фария Тортоса» … «Фария Тортоса»): a compound surname said again alone — when
    no other of the text's `people` ends so (two brothers «… Аль Нахайян»: neither)."""
    if len(person.name.split()) < 2 or not earlier.name.endswith(f" {person.name}"):
        return False
    return all(p == earlier or not p.name.endswith(f" {person.name}") for p in people)


def _bears_surname(person: Person, word: str, keys: frozenset[str]) -> bool:
    """Whether a lone capitalised `word` (its `keys`) is `person`'s surname in some case: the
    surname itself, or the last part of a hyphenated one («Сергей Мелик-Багдасаров … — добавил
    Багдасаров», «Аннегрет Крамп-Карренбауэр … Карренбауэр заявила»), which a text may use
    alone for the same person."""
    if person.keys & keys and person.surname[:3] == word[:3]:
        return True
    return _bears_tail(person, word, keys)


def _bears_tail(person: Person, word: str, keys: frozenset[str]) -> bool:
    """Whether a lone `word` (its `keys`) is the last part of `person`'s hyphenated surname."""
    _head, hyphen, tail = person.surname.rpartition("-")
    return (
        bool(hyphen)
        and tail[:1].isupper()
        and len(tail) >= _HYPHEN_TAIL_LETTERS
        and tail[:3] == word[:3]
        and bool(_surname_keys(tail) & keys)
    )


_HYPHEN_TAIL_LETTERS = 4  # «Кара-оол», «Рза-оглы»: a short or lower-case part names nobody


Word = tuple[int, int, str]  # (start, end, text) of a capitalised word


class _Finder:
    """The passes over one text's capitalised words, sharing what each pass found."""

    def __init__(self, text: str, blocked: tuple[tuple[int, int], ...]) -> None:
        self.text = text
        self.words: list[Word] = [
            (m.start(), m.end(), m.group(0)) for m in _CAP_WORD.finditer(text)
        ]
        self.blocked = blocked
        self.used: set[int] = {
            i for i, (at, _e, _w) in enumerate(self.words) if any(a <= at < b for a, b in blocked)
        }
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self.patronymic: list[tuple[int, int]] = []  # word indices of "Сергей Викторович"

    def gap(self, i: int) -> str:
        return self.text[self.words[i - 1][1] : self.words[i][0]]

    def arabic_chains(self) -> None:
        """ "Мухаммед бен Заид Аль Нахайян … Аль Нахайян": an Arabic name chain is one person,
        named whole in the nominative, and its shorter forms are that person (arabic_names);
        never «Мухаммед бен Заид» and «Аль Нахайян» as two."""
        for chain in find_chains(self.text):
            ks = [k for k, (s, _e, _w) in enumerate(self.words) if chain.start <= s < chain.end]
            if not self._free(chain.start, chain.end) or any(k in self.used for k in ks):
                continue
            if chain.person not in self.people:
                self.people.append(chain.person)
            mention = Mention(chain.start, chain.end, chain.person, nominative=chain.nominative)
            self.mentions.append(mention)
            self.used.update(ks)

    def syllable_names(self) -> None:
        """ "Ким Е Чжон": a Korean or Chinese name of three syllables, one of them a single
        letter (no initial: no full stop after it), is one person as written, never «Ким»
        alone with «Е» dropped (a lone «Ким» may be another Ким the text names: «Ким Чен
        Ын»)."""
        for m in _SYLLABLE_NAME.finditer(self.text):
            if not self._free(m.start(), m.end()) or kind(m.group(1)) is not Kind.NAME:
                continue
            name = m.group(0)
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                person = Person(name, name, None, frozenset({name.lower()}))
                self.people.append(person)
            self.mentions.append(Mention(m.start(), m.end(), person, nominative=True))
            self.used.update(i for i, w in enumerate(self.words) if m.start() <= w[0] < m.end())

    def one_letter_names(self) -> None:
        """ "Председатель … процитировала Ван И:", "заявление Ван И о том": an East Asian
        family name (lexicon EAST_ASIAN_SURNAMES) and a given name of one letter are one
        person wherever the text writes them, never an initial («Ван И. Петров»: see
        `_one_letter_surname`), known by the whole name only (another «Ван» is another
        person)."""
        for i, (_start, end, word) in enumerate(self.words):
            if word not in EAST_ASIAN_SURNAMES or i in self.used:
                continue
            single = _one_letter_surname(self.text, end)
            if single is None or not self._free(self.words[i][0], single.end()):
                continue
            name = f"{word} {single.group(1)}"
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                person = Person(name, name, None, frozenset({name.lower()}))
                self.people.append(person)
            self.mentions.append(Mention(self.words[i][0], single.end(), person, nominative=True))
            self.used.add(i)

    def one_letter_family_names(self) -> None:
        """ "старший полковник У Цянь", "посла Кореи в России У Юн Гына": a one-letter family
        name (lexicon ONE_LETTER_FAMILY_NAMES) inside a sentence, before a Chinese given name
        (`_chinese_given`) or two Korean syllables (`_asian_last_syllable`), is one person
        named whole, never its given name alone. At a sentence's start «У» is the
        preposition («У Вана нет», «У России есть»), so there it names only a person the
        text names so inside a sentence too. Known by the whole name only."""
        found: list[tuple[int, int, str, bool, bool]] = []
        for m in _ONE_LETTER_FAMILY.finditer(self.text):
            read = self._one_letter_family_name(m.start())
            if read is not None:
                found.append((m.start(), *read, _inside_sentence(self.text, m.start())))
        named = {name for _s, _e, name, _n, inside in found if inside}
        for start, last, name, nominative, _inside in found:
            if name not in named:
                continue
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                person = Person(name, name, None, frozenset({name.lower()}))
                self.people.append(person)
            end = self.words[last][1]
            self.mentions.append(Mention(start, end, person, nominative=nominative))
            self.used.update(range(self._word_at(start + 2), last + 1))

    def _word_at(self, start: int) -> int:
        """The index of the capitalised word that starts at `start` (-1 when none does)."""
        return next((i for i, (s, _e, _w) in enumerate(self.words) if s == start), -1)

    def _one_letter_family_name(self, start: int) -> tuple[int, str, bool] | None:
        """(last word index, nominative name, written so) of the name a one-letter family
        name at `start` opens; None when the words after it are no given name."""
        i = self._word_at(start + 2)
        if i < 0 or i in self.used:
            return None
        family, given = self.text[start], self.words[i][2]
        if i + 1 < len(self.words) and i + 1 not in self.used and self.gap(i + 1) == " ":
            last = _asian_last_syllable(self.words[i + 1][2])
            if _asian_syllable(given) and last is not None:  # «У Юн Гына»
                return i + 1, f"{family} {given} {last[0]}", last[1]
        chinese = _chinese_given(given)
        if chinese is None or any(p.dictionary for p in parses(given.lower())):
            return None  # «…Запада У Путина есть»: a headline glued on, a Russian word after
        return i, f"{family} {chinese[0]}", chinese[1]

    def east_asian_names(self) -> None:
        """ "Пак Кын Хе", "Пак Ро Бёг", "с Ким Чен Ыном": a family name of Korea, China or
        Vietnam (lexicon EAST_ASIAN_SURNAMES) and two syllables after it are one person,
        named in the text's order and whole, the last syllable in the nominative: never two
        words of it read as a Russian first name and surname («Пак Кын»)."""
        for i in range(len(self.words) - 2):
            found = self._east_asian_name(i)
            if found is None:
                continue
            name, nominative = found
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                person = Person(name, name, None, frozenset({name.lower()}))
                self.people.append(person)
            start, end = self.words[i][0], self.words[i + 2][1]
            self.mentions.append(Mention(start, end, person, nominative=nominative))
            self.used.update(range(i, i + 3))

    def _east_asian_name(self, i: int) -> tuple[str, bool] | None:
        """The nominative of the East Asian name of three words opening at word `i`, and
        whether the text wrote it so; None when no such name opens there."""
        family, given, last = (w for _s, _e, w in self.words[i : i + 3])
        if family not in EAST_ASIAN_SURNAMES or any(k in self.used for k in range(i, i + 3)):
            return None
        if self.gap(i + 1) != " " or self.gap(i + 2) != " " or not _asian_syllable(given):
            return None
        found = _asian_last_syllable(last)
        return None if found is None else (f"{family} {given} {found[0]}", found[1])

    def japanese_names(self) -> None:
        """ "Хитоси Кикавада": an undeclined Japanese given name and a Japanese-shaped surname
        are one person as written, never read by the dictionary's guesses at Russian words
        («Хитося Кикавад»); the surname back in «-а» from a case ending that is plainly
        Russian, or that the text's own «-а» form shows («Хитоси Кикавадой» → «Кикавада»)."""
        for i in range(len(self.words) - 1):
            if i in self.used or i + 1 in self.used or not self._pair_alone(i):
                continue
            if self._named_site(i):
                continue  # «мыса Носаппу Кикаваду спросили»: the cape's name, then a surname
            given, last = self.words[i][2], self.words[i + 1][2]
            found = (
                _japanese_surname(last, self.text) if _japanese_given_name(given, last) else None
            )
            if found is None or (found[1] and _CAP_AFTER.match(self.text, self.words[i + 1][1])):
                continue  # "Хосе Антонио Меаде": a name that goes on is no pair
            surname, nominative = found
            name = f"{given} {surname}"
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                keys = _surname_keys(surname) | {surname.lower(), last.lower()}
                person = Person(name, surname, None, keys)
                self.people.append(person)
            start, end = self.words[i][0], self.words[i + 1][1]
            self.mentions.append(Mention(start, end, person, nominative=nominative))
            self.used.update((i, i + 1))

    def particle_names(self) -> None:
        """ "Посол Бразилии Родриго де Лима Баэна Соарес выразил", "замглавы МИД Мексики
        Карлос де Икаса": capitalised words joined by the particles of Iberian, Dutch,
        German or Arabic names are one person named as written — never its last two words
        («Баэна Соарес») or its first alone («Карлос»). Only for a first word the dictionary
        holds as no first name (the known ones, «Урсула фон дер Ляйен», are read by
        `_full_name`, which also declines them) in no case ending (so the run is in the
        nominative: «с Карлосом де Икасой» is left alone)."""
        for m in _PARTICLE_RUN.finditer(self.text):
            found = self._particle_run(m)
            if found is None:
                continue
            first, last = found
            name = " ".join(self.text[self.words[first][0] : self.words[last][1]].split())
            surname = self.words[last][2]
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                keys = _surname_keys(surname) | {surname.lower()}
                person = Person(name, surname, None, keys)
                self.people.append(person)
            start, end = self.words[first][0], self.words[last][1]
            self.mentions.append(Mention(start, end, person, nominative=True))
            self.used.update(range(first, last + 1))

    def _particle_run(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The first and last word index of the name in a run of capitalised words and
        particles (`particle_names`), the title's last words before it left out; None when
        the run names nobody so."""
        ks = [k for k, (s, e, _w) in enumerate(self.words) if m.start() <= s and e <= m.end()]
        while ks and kind(self.words[ks[0]][2]) is not Kind.NAME:
            ks = ks[1:]  # «Мексики», «России»: the title's place before the first name
        if len(ks) < 2 or len(ks) > _LONGEST_NAME or any(k in self.used for k in ks):
            return None
        words = [self.words[k][2] for k in ks]
        if (
            _any_case_given_name(words[0])
            or words[0].lower().endswith(_OBLIQUE_FIRST)
            or words[-1].endswith(_INSTRUMENTAL_ENDINGS)
            or any(w.lower() in _NOT_NAMES or role_of(w) is not None for w in words)
            or not any(_foreign_particles(self.gap(k)) for k in ks[1:])
        ):
            return None
        return ks[0], ks[-1]

    def _pair_alone(self, i: int) -> bool:
        """Whether words `i` and `i + 1` may be a name of their own: one space between and no
        name word right before them (so «Антти Юсси Хелантеря» is never cut to its last two
        words), unless that word is a site's own name («на мыс Эримо Хитоси Кикавада»)."""
        if i + 1 >= len(self.words) or self.gap(i + 1) != " ":
            return False
        if i == 0 or self.gap(i) != " " or kind(self.words[i - 1][2]) is not Kind.NAME:
            return True
        return self._named_site(i - 1)

    def full_names(self) -> None:
        for i, (start, _end, word) in enumerate(self.words):
            if i not in self.used and _is_name_word(word) and not self._place_at(start, word):
                if self._place_before_name(i):
                    continue
                self._full_name_at(i)

    def _place_before_name(self, i: int) -> bool:
        """ "Премьер-министр Дании Метте Фредериксен": a word the dictionary reads first as a
        place («Дании», not the name «Дания»), or a place noun's own name (`_place_name`),
        before two capitalised words, ends a title and opens no name."""
        start, end, word = self.words[i]
        if _place_name(self.text, start, word, end):
            return True  # "губернатор провинции Гуандун Ван Вэйчжун"
        if kind(word) is not Kind.NEVER or i + 2 >= len(self.words):
            return False
        return self.gap(i + 1) == " " and self.gap(i + 2) == " "

    def _place_at(self, start: int, word: str) -> bool:
        """Whether `word` is a place after a preposition of place («в Вене Михаил Ульянов»:
        «Вене» is Vienna, not the name «Веня»), as the dictionary reads it first."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        at_place = before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS
        return at_place and kind(word) is Kind.NEVER

    def _surname_index(self, i: int) -> int | None:
        """Index of the surname of a name starting at word i (after an optional patronymic or
        second given name), or None when no surname follows."""
        words, j = self.words, i + 1
        if j < len(words) and _particle_gap(self.gap(j)):
            # "Шарль де Голль", "Ахмед аль-Джабер": a first name the dictionary knows,
            # particles or a glued article, the surname
            known_first = _any_case_given_name(words[i][2])
            return j if known_first and words[j][2].lower() not in _NOT_NAMES else None
        if j >= len(words) or self.gap(j) != " ":
            return None
        if patronymic(words[j][2]) and j + 1 < len(words) and self.gap(j + 1) == " ":
            j += 1
        elif _second_given_name(self.text, words, j):
            if _title_genitive(self.text, words, i):
                return None  # "Депутат Олий Мажлиса Алишер Кадыров": the body's last word
            j += 1  # "Реджеп Тайип Эрдоган": a second given name, then the surname
        return None if words[j][2].lower() in _NOT_NAMES else j

    def _full_name_at(self, i: int) -> None:
        j = self._surname_index(i)
        if j is None:
            return
        if self._clashing_chain(i, j):
            self.used.update(range(i, j))  # a name in its own case; the surname starts anew
            return
        last = self.words[j][2]
        if j == i + 1 and patronymic(last) and not _surname_parses(last):
            # "сказал Сергей Викторович": a first name and patronymic, no surname.
            self.patronymic.append((i, j))
            self.used.update(range(i, j + 1))
            return
        self._add_full_name(i, j)

    def _clashing_chain(self, i: int, j: int) -> bool:
        """Whether the words before the surname `j` stand in a case the surname cannot
        (`_case_clash`): «радиоведущему Хью Хьюитту Трамп», or a pair ending in the surname
        of a person the text named before («… Дональда Трампа … журналисту Карлсону Трамп»),
        so the surname is that person, the words before it another. A pair is never split
        when it may be a woman, whose surname stands in every case: the person named before
        with that surname is a woman («Кая Каллас … передала Кае Каллас»), or the verb after
        the pair is feminine («супруга Ивана Трамп заявила», «Ивана» read as «Ивана» of «Иван»)."""
        first, last = self.words[i][2], self.words[j][2]
        if j == i + 2:
            return _case_clash(first, self.words[i + 1][2], last)
        settled = [p for p in self.people if p.surname == last and len(p.name.split()) > 1]
        if j != i + 1 or not settled or any(p.gender == "femn" for p in settled):
            return False
        if agreeing_gender_after(self.text, self.words[j][1]) == "femn":
            return False
        return _case_clash(first, first, last)

    def _add_full_name(self, i: int, j: int) -> None:
        start, word, last = self.words[i][0], self.words[i][2], self.words[j][2]
        middle = self.words[i + 1][2] if j == i + 2 else None
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        preposition = before is not None and before.group(1).lower() in _LOCATIVE_PREPOSITIONS
        agreeing = _agreeing_gender(self.text, start, self.words[j][1])
        # a name right after its verb may be the verb's object («ответил Валентине Матвиенко
        # вице-премьер»): only a role between, or the verb after, makes it the subject
        subject = past_gender(before.group(1).lower()) is None if before else True
        person, nominative = _full_name(word, last, middle, preposition, agreeing, subject)
        nominative = nominative and not _governed(before)
        if (
            before is not None
            and _object_verb(before)
            and _undeclined_object(word, last)
            and _subject_before_verb(self.text, before.start(1))
        ):
            person, nominative = _verb_object(person, nominative, word, last)
        person = _with_particles(person, self.gap(j))
        run = None if nominative else self._written_run(i, j)
        if run is not None:
            j, person, nominative = run, self._as_written_run(i, run), True
        j, person = self._longer_name(i, j, person, nominative)
        j, person = self._oblique_tail(i, j, person)
        if nominative and (
            self._given_before_prefix(i) or self._unknown_given_before(i, j, person)
        ):
            i, person = i - 1, self._with_given_before(i, person)
            start, word = self.words[i][0], self.words[i][2]
        forms = {p.normal for p in parses(word.lower())} | {word.lower()}
        if any(p.surname.lower() in forms for p in self.people):
            return  # "с Блинкеном Лавров": a known surname, then another name
        existing = next((p for p in self.people if p.keys & person.keys), None)
        same_first = existing and _first(existing) == _first(person)
        if existing and same_first and nominative and self._renames(existing, person):
            person = self._renamed(existing, person)
        elif existing and (
            same_first or person.name == person.surname or _name_tail(existing, person, self.people)
        ):
            # the same first name, or none ("Кае Каллас" → "Кая Каллас"), or the last words
            # of the name given before («Хайфа Абу Газале … Абу Газале отметила»)
            person = existing
        else:
            self.people.append(person)
        self.mentions.append(Mention(start, self.words[j][1], person, nominative=nominative))
        self.used.update(range(i, j + 1))

    def _given_before_prefix(self, i: int) -> bool:
        """ "глава комитета ЛАГ Хайфа Абу Газале": a name opening with an Arabic name prefix
        (lexicon ARABIC_NAME_PREFIXES: «Абу», «Абдель») right after a capitalised word that is
        no name word of the dictionary — a place it also is («Хайфа») — reading only in the
        nominative, so no genitive complement of a title («посла Палестины Абу …»): that
        word is the person's given name, the prefix opening the family name."""
        if i == 0 or self.words[i][2] not in ARABIC_NAME_PREFIXES or self.gap(i) != " ":
            return False
        if i - 1 in self.used:
            return False
        before = self.words[i - 1][2]
        found = [p for p in parses(before.lower()) if p.pos == "NOUN"]
        if before.isupper() or role_of(before) is not None or not found:
            return False
        if not any(p.has("Geox") or p.has("Name") for p in found):
            return False  # «Бригада Абу Обейды», «Армия Абдель Фаттаха»: a common noun's owner
        return all(p.has("nomn") and p.has("sing") for p in found)

    def _unknown_given_before(self, i: int, j: int, person: Person) -> bool:
        """ "Выступая на сессии, Шогель Кокалла Майга сказал": a word the dictionary does not
        hold at all, right before a name read as written in the nominative, is the name's first
        word when the run follows a comma or a role («премьер-министр») and a verb or a
        punctuation mark follows it: the person is named by the whole run. Never a place, a
        body, a title or any word the dictionary holds («Мали Шогель …», «Выступая»), nor a
        word after an outlet («газете Асахи»)."""
        if i == 0 or i - 1 in self.used or self.gap(i) != " " or j - i + 2 > _LONGEST_NAME:
            return False
        if person.name != " ".join(w for _s, _e, w in self.words[i : j + 1]):
            return False
        start, _end, word = self.words[i - 1]
        if kind(word) is not Kind.NAME or any(p.dictionary for p in parses(word.lower())):
            return False
        before = _RUN_OPENER.search(self.text, max(0, start - 40), start)
        if before is None or (before.group("word") and role_of(before.group("word")) is None):
            return False
        return _verb_or_stop(self.text, self.words[j][1])

    def _with_given_before(self, i: int, person: Person) -> Person:
        """`person` (named from word `i`, an Arabic prefix) with the given name before it."""
        name = f"{self.words[i - 1][2]} {person.name}"
        return Person(name, person.surname, person.gender, person.keys)

    def _longer_name(self, i: int, j: int, person: Person, nominative: bool) -> tuple[int, Person]:
        """ "Андрес Мануэль Лопес Обрадор", "Луис Инасиу Лула да Силва", "Мохаммед Ахмед
        аль-Джабер": a name in the nominative, as written, that the text continues with
        further name words (lower-case particles between them) is named whole, up to
        `_LONGEST_NAME` words. The run must end before a lower-case word or a punctuation
        mark: a capitalised word after it that is no name word («… Обрадор Мексика») leaves
        the name as it was, never guessed longer."""
        written = " ".join(w for _s, _e, w in self.words[i : j + 1])
        if not nominative or person.name != written:
            return j, person
        k = j
        while k + 1 < len(self.words) and k + 1 - i < _LONGEST_NAME:
            gap = self.gap(k + 1)
            if not _NAME_GAP.fullmatch(gap):
                break
            if not self._tail_word(k + 1):
                if gap == " ":
                    return j, person  # runs into a capitalised word that is no name word
                break
            k += 1
        if k == j or _CAP_AFTER.match(self.text, self.words[k][1]):
            return j, person
        tail = [w for _s, _e, w in self.words[j + 1 : k + 1]]
        name = self.text[self.words[i][0] : self.words[k][1]]
        keys = person.keys | {key for w in tail for key in _surname_keys(w) | {w.lower()}}
        return k, Person(" ".join(name.split()), tail[-1], person.gender, keys)

    def _written_run(self, i: int, j: int) -> int | None:
        """ "Посол Эфиопии в Москве Алемайеху Тегену Аргау рассказал": a name read in an
        oblique case («Тегену» as a dative) that goes on past its surname `j` with further
        name words («Аргау»; «Эммануэле Каману Банда», a common word too), the whole run
        standing where a nominative must (after a nominative title, before its verb:
        name_case.nominative_slot), is that run as written: the index of its last word;
        None otherwise."""
        k = j
        while k + 1 < len(self.words) and k + 1 - i < _LONGEST_NAME and self._unknown_word(k + 1):
            k += 1
        if k == j or _CAP_AFTER.match(self.text, self.words[k][1]):
            return None
        return k if nominative_slot(self.text, self.words[i][0], self.words[k][1]) else None

    def _unknown_word(self, k: int) -> bool:
        """Whether word `k`, after a bare space, is a free word the dictionary lacks or holds
        as a common word only («Аргау», «Банда»): never a place, a body or a role, nor a name
        the dictionary holds («пресс-секретарь Дмитрия Медведева Наталья Тимакова»: hers)."""
        word = self.words[k][2]
        found = kind(word)
        unknown = found is Kind.NAME and not any(p.dictionary for p in parses(word.lower()))
        return self.gap(k) == " " and k not in self.used and (unknown or found is Kind.COMMON)

    def _as_written_run(self, i: int, k: int) -> Person:
        """The person named by words `i` to `k` as written, the last one the surname."""
        words = [w for _s, _e, w in self.words[i : k + 1]]
        return Person(
            " ".join(words), words[-1], None, _surname_keys(words[-1]) | {words[-1].lower()}
        )

    def _oblique_tail(self, i: int, j: int, person: Person) -> tuple[int, Person]:
        """ "По словам Луиса Инасиу Лулы да Силвы", "Бруно Родригеса Паррильи", "Муссы Факи
        Махамата": a name read in an oblique case goes on with one more word declined in that
        same case — after particles, or one the dictionary does not know — put in its
        nominative («Силва», «Паррилья», «Махамат»), when the run ends there. Not a word the
        case does not change, nor a known one after a space («пресс-секретаря Владимира
        Путина Дмитрия Пескова»)."""
        k = j + 1
        if k >= len(self.words) or k in self.used:
            return j, person
        case = _read_case([w for _s, _e, w in self.words[i : j + 1]], person.name.split())
        word, gap = self.words[k][2], self.gap(k)
        joined = gap == " " and not known(word.lower()) and not self._aide_after(i, word, case)
        if case is None or not (joined or _particle_gap(gap)):
            return j, person
        if _CAP_AFTER.match(self.text, self.words[k][1]):
            return j, person
        found = _case_nominative(word, case)
        if found is None or found == word:
            return j, person
        keys = person.keys | _surname_keys(word) | {found.lower()}
        return k, Person(f"{person.name}{gap}{found}", found, person.gender, keys)

    def _aide_after(self, i: int, word: str, case: str | None) -> bool:
        """Whether `word`, after a bare space, is another person's surname rather than a last
        word of the name opening at word `i`: the name follows a post serving a person
        («спецпосланника Дональда Трампа Уиткоффа»: the envoy's own name), or `word` is a
        Russian surname in the case («… Рябкова»). A wrong glue would give the master's
        quotes to an invented person."""
        return _russian_surname(word, case) is not None or self._serves_before(i)

    def _serves_before(self, i: int) -> bool:
        """Whether the name at word `i` is governed by a post serving a person, in an oblique
        case («спецпосланника Дональда Трампа …»): the name is the
        master's and a surname after it the aide's. A nominative post («Советник Хосе
        Мануэль Гарсия Маргальо») is the name's own."""
        before = _POST_BEFORE.search(self.text, max(0, self.words[i][0] - 40), self.words[i][0])
        if before is None:
            return False
        post = before.group(1).lower()
        found = parses(post)
        if any(p.has("nomn") for p in found):
            return False
        lemmas = {role_of(post)} | {p.normal for p in found}
        return post.startswith(DEPUTY_PREFIX) or bool(lemmas & AIDE_POSTS)

    def _tail_word(self, k: int) -> bool:
        """Whether word `k` can continue a name: free, a name word in the nominative (or one
        the dictionary lacks), never a role, place, institution or adjective."""
        word = self.words[k][2]
        if k in self.used or word.lower() in _NOT_NAMES or _is_complement(word):
            return False
        if self.gap(k).endswith("-"):
            return True  # "Абдель Фаттах ас-Сиси": a glued article marks a name word
        if word in ARABIC_FAMILY_ARTICLES:
            # "Мухаммад Ахмад Аль Джабер": the family's article opens the name's last part
            return k + 1 < len(self.words) and self.gap(k + 1) == " " and k + 1 not in self.used
        if _given_name(word) and not _given_name(self.words[k - 1][2]) and self._named_on(k):
            return False  # "… Антониу Гутерриша Стефан Дюжаррик": another person's first name
        if any(p.dictionary and p.has("Surn", "nomn") for p in parses(word.lower())):
            return False  # "глава МИД Росии Сергей Лавров": a Russian surname ends its own name
        if kind(word) is not Kind.NAME:
            return False
        found = parses(word.lower())
        if word.endswith(_INSTRUMENTAL_ENDINGS) and not any(
            p.dictionary and p.has("nomn") for p in found
        ):
            return False  # "с Ким Чен Ыном": an instrumental the dictionary only guesses at
        return _may_share(word, {"nomn"}) or _foreign_form(word)

    def _named_on(self, k: int) -> bool:
        """Whether a capitalised word follows word `k` after a space or particles: a first name
        there opens another person's name («Стефан Дюжаррик», «Отто фон Бисмарка»); one
        ending the run is the surname a first name may also be («Самия Сулуху Хасан
        подчеркнула», «Абий Ахмед Али»)."""
        return k + 1 < len(self.words) and bool(_NAME_GAP.fullmatch(self.gap(k + 1)))

    def _renames(self, old: Person, new: Person) -> bool:
        """Whether the nominative `new` («Иван Яковина:», a label or a subject) is the form
        to call `old` by: a name of as many words, derived so far only from oblique cases
        («Иваном Яковиной»), whose surname differs from it only in its ending."""
        if new.name == old.name or len(new.name.split()) != len(old.name.split()):
            return False
        if any(m.person == old and m.nominative for m in self.mentions):
            return False  # the text gave its own nominative before: keep it
        stem = min(len(old.surname), len(new.surname)) - 2
        return stem >= 3 and old.surname[:stem] == new.surname[:stem]

    def _renamed(self, old: Person, new: Person) -> Person:
        """`old` under the name `new` gives it, every mention so far following."""
        renamed = Person(new.name, new.surname, old.gender or new.gender, old.keys | new.keys)
        self._replace(old, renamed)
        return renamed

    def family_given_names(self) -> None:
        """ "Шахбаз Шариф – младший брат экс-премьера Наваза Шарифа": a capitalised word the
        dictionary does not hold at all, right before a word written exactly as the surname
        of a person the text names in full, is another given name of that family — a person
        of their own, named as written, never the surname's other bearer. Run after the names
        the text gives whole in another case («с Си Цзиньпином Рамафоса»: «Си Цзиньпином» is
        one name). Never after a name word («встречи с Джорджей Мелони Сулуху Хасан»), nor a
        word of a name the text gives («с Моди Шойгу», «Сулуху» of «Самия Сулуху Хасан»), a
        place, a body or a role (`kind`), or a word the text uses as a place («в Абудже …
        Абуджа Тинубу встретила»)."""
        surnames = {p.surname for p in self.people if len(p.name.split()) >= 2}
        for i in range(len(self.words) - 1):
            if not self._family_given_name(i, surnames):
                continue
            given, last = self.words[i][2], self.words[i + 1][2]
            name = f"{given} {last}"
            person = next((p for p in self.people if p.name == name), None)
            if person is None:
                person = Person(name, last, None, _surname_keys(last) | {last.lower()})
                self.people.append(person)
            start, end = self.words[i][0], self.words[i + 1][1]
            self.mentions.append(Mention(start, end, person, nominative=True))
            self.used.update((i, i + 1))

    def _family_given_name(self, i: int, surnames: set[str]) -> bool:
        """Whether free word `i` is an unknown given name before one of `surnames` (word
        `i + 1`, after one space), no name word right before it."""
        if i in self.used or i + 1 in self.used or self.gap(i + 1) != " ":
            return False
        given, last = self.words[i][2], self.words[i + 1][2]
        if last not in surnames or given.lower() in _NOT_NAMES or kind(given) is not Kind.NAME:
            return False
        if any(p.dictionary for p in parses(given.lower())) or _used_as_place(self.text, given):
            return False
        others = [p for p in self.people if p.name != f"{given} {last}"]
        if any(given in p.name.split() or given.lower() in p.keys for p in others):
            return False
        if _stem_match(given, others) is not None:
            return False  # «После звонка Зеленскому Макрон»: a case of another's surname
        if i and self.gap(i) == " " and kind(self.words[i - 1][2]) is Kind.NAME:
            return False
        return any(p.name == f"{given} {last}" for p in self.people) or self._kin_told(i)

    def _kin_told(self, i: int) -> bool:
        """Whether the sentence of word `i` holds a kinship noun (lexicon KIN_NOUNS: «–
        младший брат экс-премьера …», «, ее сестра,»): the evidence that a new word before a
        known surname is a relative's given name. A title or nickname the dictionary lacks
        («Коуч Карпин заявил», «Спикерша Матвиенко») comes with none."""
        start = self.words[i][0]
        lo = sentence_start(self.text, 0, start)
        hi = sentence_end(self.text, start, len(self.text))
        return any(lemma(w.lower()) in KIN_NOUNS for w in re.findall(r"\w+", self.text[lo:hi]))

    def known_names(self) -> None:
        """A two-word name the text gave before, now in another case ("Ван Вэньбин" …
        "цитирует сайт МИД Китая Ван Вэньбина"): one mention of that person, not "Ван" read as
        the other Ван the text names (Ван И) and a surname beside it."""
        for i in range(len(self.words) - 1):
            if i in self.used or i + 1 in self.used or self.gap(i + 1) != " ":
                continue
            given, last = self.words[i][2], self.words[i + 1][2]
            person = next((p for p in self.people if _same_two_words(p, given, last)), None)
            if person is not None:
                nominative = last == person.surname
                start, end = self.words[i][0], self.words[i + 1][1]
                self.mentions.append(Mention(start, end, person, nominative=nominative))
                self.used.update((i, i + 1))

    def _bearers(self, word: str, keys: frozenset[str], people: list[Person]) -> list[Person]:
        """Of `people`, those a lone `word` may name: those whose surname it is; only when nobody's
        is, the one whose hyphenated surname ends in it — unless the text gives the word
        after a role as its own person's surname («министра финансов Соколова», «Посол
        Пашаев»: another man than «Игорь Петров-Соколов»)."""
        whole = [p for p in people if p.keys & keys and p.surname[:3] == word[:3]]
        if whole:
            return whole
        tails = [p for p in people if _bears_tail(p, word, keys)]
        return [] if tails and self._titled_alone(keys) else tails

    def _titled_alone(self, keys: frozenset[str]) -> bool:
        """Whether some word of `keys` stands alone after a role in its clause."""
        for start, _end, word in self.words:
            if not _surname_keys(word) & keys or self.text[start - 1 : start] != " ":
                continue
            clause = _CLAUSE_BEFORE.search(self.text, max(0, start - 40), start)
            if clause and any(role_of(w) for w in clause.group(0).split()):
                return True
        return False

    def surnames(self) -> None:
        """Lone surnames: of a person already named in full, or new ones the dictionary knows."""
        for i, (start, end, word) in enumerate(self.words):
            if i in self.used:
                continue
            keys = _surname_keys(word)
            # «Ш. Шариф»: only the people its initial agrees with (`_agrees_with_initial`)
            initial = _initial_before(self.text, start)
            people = [p for p in self.people if _agrees_with_initial(p, initial)]
            sharing = self._bearers(word, keys, people)
            if len({p.name for p in sharing}) > 1:
                # "Дональд и Меланья Трамп … — сказала Трамп": the one the verb agrees with
                chosen = self._namesake(sharing, start, end)
                if chosen is not None:
                    at = _initialled_start(start, initial, chosen)
                    self.mentions.append(Mention(at, end, chosen, nominative=True))
                continue
            known = next(iter(sharing), None)
            by_stem = None if known else _stem_match(word, people)
            known = known or by_stem
            if known is not None:
                nominative = any(
                    "nomn" in p.grams or "Fixd" in p.grams for p in parses(word) if p.pos == "NOUN"
                ) or (word.lower() in known.keys and word == known.surname)
                # «офис Ауна» for Мишель Аун, «принять Путина» for Владимир Путин: a man's
                # surname with a man's case ending, whatever a woman's name «Ауна», «Путина»
                # the dictionary reads
                man = by_stem or known.gender == "masc"
                nominative = nominative and not (man and declined_as_man(known.surname, word))
                at = _initialled_start(start, initial, known)
                self.mentions.append(Mention(at, end, known, nominative=nominative))
                continue
            lone = _lone_surname(word) or self._surname_after_particles(i)
            if lone is not None and (self._modified_noun(i) or self._named_site(i)):
                continue  # "— Силовой Блок": an adjective's noun, a site's name
            if lone is not None:
                person, nominative = lone
                prior = next((p for p in people if p.keys & person.keys), None)
                if prior is None:
                    self.people.append(person)
                self.mentions.append(Mention(start, end, prior or person, nominative=nominative))

    def _named_site(self, i: int) -> bool:
        """Whether word `i` follows a noun of a site (lexicon SITE_NOUNS: «авиабазы Кант»,
        «аэропорта Внуково»): the site's name, though the dictionary holds it as a surname;
        not when a role word governs the site («директор аэропорта Ткаченко», «начальник порта
        Сидоренко»): that is the role's holder, named by the title the site ends."""
        start = self.words[i][0]
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        found = parses(before.group(1).lower())[:1] if before else []
        if not (found and found[0].normal in SITE_NOUNS):
            return False
        assert before is not None
        role = _WORD_BEFORE.search(self.text, max(0, before.start() - 30), before.start())
        return role is None or role_of(role.group(1)) is None

    def _modified_noun(self, i: int) -> bool:
        """Whether word `i`, a surname the dictionary also holds as a common noun («Блок»,
        «Орел»), has an adjective agreeing with that noun right before it («Силовой Блок»,
        «Новый Мир»): a thing named, not a person."""
        if i == 0 or self.gap(i) != " ":
            return False
        found = parses(self.words[i][2].lower())
        nouns = [p for p in found if p.pos == "NOUN" and not p.has("Surn")]
        before = parses(self.words[i - 1][2].lower())
        adjectives = [p for p in before if p.pos in ("ADJF", "PRTF")]
        if not nouns or not adjectives or before[0].pos not in ("ADJF", "PRTF"):
            return False
        agree = frozenset({"masc", "femn", "neut", "nomn", "gent", "datv", "accs", "ablt", "loct"})
        return any(
            (a.grams & agree) <= (n.grams & agree) or (n.grams & agree) <= (a.grams & agree)
            for a in adjectives
            for n in nouns
        )

    def _surname_after_particles(self, i: int) -> tuple[Person, bool] | None:
        """ "Ранее фон дер Ляйен призвала …": a foreign surname the dictionary does not know,
        after particles that open one, is a person's all the same. Only as written in what
        may be its nominative (ending in a consonant: «Ляйен», «Голль»); an oblique form
        («бин Салмана») is not guessed back."""
        start, _end, word = self.words[i]
        if not _OPENING_PARTICLES.search(self.text, max(0, start - 20), start):
            return None
        if word[-1] in "аяуюоеиыэ" or word.lower() in _NOT_NAMES or kind(word) is Kind.NEVER:
            return None
        return Person(word, word, None, _surname_keys(word) | {word.lower()}), True

    def _namesake(self, sharing: list[Person], start: int, end: int) -> Person | None:
        """Of people sharing a surname, the one of the gender of the past-tense verb right
        after or right before the lone surname at text[start:end]; None when the verb says
        no gender or not one person has it (then nobody is named)."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        gender = verb_gender_after(self.text, end) or (
            past_gender(before.group(1).lower()) if before is not None else None
        )
        fits = {p.name: p for p in sharing if gender is not None and p.gender == gender}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def initials(self) -> None:
        """ "С.В. Лавров", "Дж. Байден": the initials vouch for a surname no dictionary knows.
        A pronoun is never a surname, and the last part of a name already found is no
        initial: «Ван И. Его коллега», «Ким Ён Хо. Его …» end a sentence with a name."""
        for m in _INITIALS.finditer(self.text):
            after = _CAP_WORD.match(self.text, m.end())
            if after is None or any(x.start == after.start() for x in self.mentions):
                continue
            if after.group(0).lower() in PERSONAL_PRONOUNS or self._inside_name(m.start()):
                continue
            surname = after.group(0)
            lone = _lone_surname(surname)
            if lone is None and _adjective(surname):
                continue  # "Ван И. Китайский министр": a sentence's end, no initial
            if lone is None:
                initial = _initial_before(self.text, after.start())
                prior = next(
                    (
                        p
                        for p in self.people
                        if surname.lower() in p.keys and _agrees_with_initial(p, initial)
                    ),
                    None,
                )
                form, gender = _russian_oblique(surname)  # "Д.Д. Осининой" → «Осинина»
                new = Person(form, form, gender, frozenset({surname.lower(), form.lower()}))
                lone = (prior or new, gender is None)
                if prior is None:
                    self.people.append(lone[0])
            self.mentions.append(Mention(m.start(), after.end(), lone[0], nominative=lone[1]))

    def _inside_name(self, at: int) -> bool:
        """Whether a name found already covers `at` («Хо» of «Ким Ён Хо»)."""
        return any(x.start <= at < x.end for x in self.mentions)

    def patronymic_names(self) -> None:
        """ "Сергей Викторович" is the article's Сергей Лавров when exactly one person has
        that first name. With nobody of that name, the pair is taken as a first name and a
        surname after all ("Александр Лукашевич": "-евич" ends surnames too)."""
        for i, j in self.patronymic:
            given = self.words[i][2]
            nominative = "nomn" in _cases(_name_parses(given))
            first = _to_case_nominative(given, None if nominative else _name_case(given)).lower()
            same = {p for p in self.people if len(p.name.split()) >= 2 and _first(p) == first}
            if len(same) == 1 and not self._stands_alone(j):
                start, end = self.words[i][0], self.words[j][1]
                self.mentions.append(Mention(start, end, same.pop(), nominative=nominative))
            else:
                self._add_full_name(i, j)

    def _stands_alone(self, j: int) -> bool:
        """Whether word `j`, read as a patronymic («Лукашевич»: «-евич» ends both), is written
        elsewhere in the text without a first name before it («— сказал Лукашевич»): a
        patronymic never stands alone, a surname does — so the pair names a person of its own,
        never the text's other «Александр»."""
        word = self.words[j][2]
        stem = word[:-2]
        return any(
            k != j
            and other.startswith(stem)
            and abs(len(other) - len(word)) <= 2
            and (k == 0 or not _given_name(self.words[k - 1][2]))
            for k, (_start, _end, other) in enumerate(self.words)
        )

    def slot_names(self) -> None:
        """Names the wording marks as persons (bot/content/name_slots.py): a new person for a
        run no mention covers yet («по словам Рубио»), mentioned wherever the text repeats
        it; and, for every person, the gender the speech verbs beside them agree in."""
        genders: dict[Person, set[tuple[str, str]]] = {}
        fresh: list[Slot] = []
        for slot in find_slots(self.text):
            hit = next((m for m in self.mentions if m.start <= slot.start < m.end), None)
            if hit is not None and self._cut_slot(slot, hit):
                self._drop_mention(hit)
                hit = None
            if hit is not None and hit.person is not None:
                if slot.gender:
                    evidence = (slot.gender, slot.words[-1])
                    genders.setdefault(hit.person, set()).add(evidence)
            elif self._free(slot.start, slot.end):
                fresh.append(slot)
        for person in self._slot_persons(fresh, genders):
            self.people.append(person)
            self._mention_everywhere(person)
        for m in self.mentions:
            gender = self._subject_gender(m)
            if gender and m.person is not None:
                form = self.text[m.start : m.end].split()[-1]
                genders.setdefault(m.person, set()).add((gender, form))
        self._agree(genders)

    def _slot_persons(
        self, fresh: list[Slot], genders: dict[Person, set[tuple[str, str]]]
    ) -> list[Person]:
        """The new people the free slots name (nominative slots first), noting the gender of
        the verbs beside them; a slot that is a known name with a typo mentions that person."""
        found: list[Person] = []
        for slot in sorted(fresh, key=lambda s: (s.case != "nomn", s.start)):
            person = _slot_person(slot, found, self.text)
            if person is None:
                continue
            if person not in found:
                found.append(person)
            if slot.gender:
                genders.setdefault(person, set()).add((slot.gender, person.surname))
        return found

    def _subject_gender(self, mention: Mention) -> str | None:
        """The gender of the verb a nominative mention is the subject of («Левитт ответила»);
        None after a preposition («с Ливитт встретился Трамп»: she is no subject)."""
        if not mention.nominative:
            return None
        before = _WORD_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        if before and any(p.pos == "PREP" for p in parses(before.group(1).lower())[:1]):
            return None
        if before and oblique_by_context(before.group(1)):
            # "Высказывания Нетаньяху распространила его канцелярия": whose words, so the
            # verb after agrees with another subject
            return None
        return agreeing_gender_after(self.text, mention.end) or _verb_before_gender(
            self.text, mention.start
        )

    def _cut_slot(self, slot: Slot, hit: Mention) -> bool:
        """Whether a lone-word mention cut a name the wording marks as a subject of two words
        («член конгресса … Карлос Гименес призвал»: «Карлос», the dictionary's surname, read
        alone; «— сказал Алексей Мигров»: «Алексей» taken for another name's word), the
        second word free of any mention: the two words are the name. Not when they may be a
        subject and his addressee (`_subject_and_addressee`: «Путин Моди пообещал»)."""
        return (
            slot.case == "nomn"
            and len(slot.words) == NAME_PAIR
            and hit.start == slot.start
            and hit.end < slot.end
            and " " not in self.text[hit.start : hit.end]
            and self._free(hit.end, slot.end)
            and not _subject_and_addressee(*slot.words)
        )

    def _drop_mention(self, hit: Mention) -> None:
        """Forget mention `hit`, and its person when no other mention names them."""
        self.mentions.remove(hit)
        if hit.person is not None and all(m.person != hit.person for m in self.mentions):
            self.people = [p for p in self.people if p != hit.person]

    def _free(self, start: int, end: int) -> bool:
        """No mention or organisation covers any of text[start:end]."""
        spans = [(m.start, m.end) for m in self.mentions] + list(self.blocked)
        return all(end <= a or start >= b for a, b in spans)

    def _mention_everywhere(self, person: Person) -> None:
        """A mention at every free place the text writes the person's name or surname."""
        first = person.name.split()[0]
        names = {person.name} if " " in person.name else set()
        pattern = re.compile(
            rf"(?<![\w-])(?:{re.escape(person.name)}|{re.escape(person.surname[:4])}[а-яё]*)(?![\w-])"
        )
        for m in pattern.finditer(self.text):
            word = m.group(0)
            if word not in names and word.lower() not in person.keys:
                continue
            if word == first and " " in person.name:
                continue
            if self._free(m.start(), m.end()):
                nominative = word in (person.name, person.surname)
                self.mentions.append(Mention(m.start(), m.end(), person, nominative=nominative))

    def _agree(self, genders: dict[Person, set[tuple[str, str]]]) -> None:
        """A person takes the gender their verbs agree in («Набиуллина пояснила»): when the
        article gave none, or when the name is a lone surname the dictionary reads both ways
        ("набиуллина": a man's genitive or a woman's nominative), the form beside the verb
        becoming the name. Verbs that disagree decide nothing."""
        for person, seen in genders.items():
            if len({gender for gender, _form in seen}) != 1:
                continue
            gender, form = min(seen)
            if person.gender == gender:
                continue
            if person.gender is None or _undeclined_of(person.surname, gender):
                self._replace(person, Person(person.name, person.surname, gender, person.keys))
            elif " " not in person.name and any(
                p.has(gender, "nomn") for p in _surname_parses(form)
            ):
                keys = person.keys | {form.lower()}
                self._replace(person, Person(form, form, gender, keys))

    def _replace(self, old: Person, new: Person) -> None:
        self.people = [new if p == old else p for p in self.people]
        self.mentions = [
            Mention(m.start, m.end, new, m.org, m.nominative) if m.person == old else m
            for m in self.mentions
        ]

    def nominative_surnames(self) -> None:
        """A surname only ever derived from an oblique case ("Василием Небензей" → "Небензей")
        takes the form the article itself uses in the nominative ("— сказал Небензя")."""
        for k, person in enumerate(self.people):
            if " " in person.surname:
                continue  # "Ван И": known by the whole name, never renamed to a part of it
            better = _nominative_variant(self.text, person.surname)
            if better is None:
                continue
            renamed = Person(
                person.name[: -len(person.surname)] + better,
                better,
                person.gender,
                person.keys | {better.lower()},
            )
            self.people[k] = renamed
            self.mentions = [
                Mention(m.start, m.end, renamed, m.org, m.nominative) if m.person == person else m
                for m in self.mentions
            ]

    def written_given_names(self) -> None:
        """ "министра энергетики Каната Бозумбаева … Канат Бозумбаев заверил": a first name
        left in an oblique case while its surname was put in the nominative («Каната»: the
        dictionary holds only the rope «канат», so no reading gives the name's nominative)
        takes the form the text itself writes before that nominative surname, when the
        name read is that form with a case ending, and the text writes only one such form."""
        for person in list(self.people):
            parts = person.name.split()
            if len(parts) != 2 or parts[1] != person.surname:
                continue
            written = _written_given_name(self.text, parts[0], person.surname)
            if written is not None:
                name = f"{written} {person.surname}"
                self._replace(person, Person(name, person.surname, person.gender, person.keys))

    def woman_given_names(self) -> None:
        """ "Премьер-министр Италии Джорджа Мелони … Мелони назвала": a woman by the verbs
        agreeing with her (`_agree`) whose first name was read as a man's oblique case beside
        a surname that does not decline («Джорджа» as the genitive of «Джордж») is named
        with the first name the text writes in «-а»/«-я», a woman's nominative; when the text
        writes it in no such form («Джорджу Мелони»), by the surname alone."""
        for person in list(self.people):
            parts = person.name.split()
            if person.gender != "femn" or len(parts) != NAME_PAIR or parts[1] != person.surname:
                continue
            if not _man_only_name(parts[0]):
                continue
            written = {
                words[0]
                for m in self.mentions
                if m.person == person
                and len(words := self.text[m.start : m.end].split()) == NAME_PAIR
                and words[1] == person.surname
                and words[0] != parts[0]
            }
            if not written:
                continue
            women = {w for w in written if w.endswith(_WOMAN_GIVEN_ENDINGS)}
            name = f"{women.pop()} {person.surname}" if len(women) == 1 else person.surname
            woman = Person(name, person.surname, person.gender, person.keys)
            self._replace(person, woman)
            self._written_nominative(woman)

    def _written_nominative(self, person: Person) -> None:
        """Every mention writing the person's whole name, no preposition before it, is a
        nominative: a woman's first name in «-а» beside a surname that does not decline
        stands in no other case («Мартина Моретти считает»)."""
        for k, m in enumerate(self.mentions):
            if m.person != person or m.nominative or self.text[m.start : m.end] != person.name:
                continue
            before = _WORD_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            if not _governed(before):
                self.mentions[k] = replace(m, nominative=True)


# A woman's first name in the nominative that the dictionary may read as a man's genitive
# or accusative («Джорджа», «Илия»): the forms kept as written for a woman.
_WOMAN_GIVEN_ENDINGS = ("а", "я")


def _man_only_name(given: str) -> bool:
    """Whether the dictionary reads `given` as a man's first name and never a woman's
    («Джордж»): a woman cannot bear it, so it was derived from another word."""
    found = [p for p in _name_parses(given) if p.has("nomn")]
    return bool(found) and all(p.has("masc") for p in found)


# What may open a run of name words inside a sentence: a comma, or a lower-case word (a role).
_RUN_OPENER = re.compile(r"(?:,|(?<![\w-])(?P<word>[а-яё][а-яё-]*))[ \t]+$")
_STOP_AFTER = re.compile(r"[ \t]*[,.:;]")
_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+)")


def _verb_or_stop(text: str, end: int) -> bool:
    """Whether a name ending at `end` is followed by a punctuation mark or a verb."""
    if _STOP_AFTER.match(text, end):
        return True
    m = _WORD_AFTER.match(text, end)
    return m is not None and any(p.pos == "VERB" for p in parses(m.group(1))[:1])


def _written_given_name(text: str, given: str, surname: str) -> str | None:
    """The one first name the text writes right before `surname` of which `given` is an
    oblique form («Каната» of «Канат»), or another spelling of it before a surname the text
    declines (`_spelt_otherwise`, `_declined_in`); None when there is none, or more than one."""
    pattern = rf"(?<![\w-])([А-ЯЁ][а-яё]+) {re.escape(surname)}(?![\w-])"
    written = set(re.findall(pattern, text))
    forms = {
        w for w in written if w != given and given.startswith(w) and given[len(w) :] in _DECLINED
    }
    if not forms and given not in written and _declined_in(text, surname):
        forms = {w for w in written if _spelt_otherwise(w, given)}
    return forms.pop() if len(forms) == 1 else None


def _spelt_otherwise(written: str, given: str) -> bool:
    """Whether `written`, a word that may be a nominative, is the first name `given` with one
    letter more or less — a local spelling («Александар» of «Александр») — never a case form
    («Меланьи»), nor a letter changed, which is as likely a slip as a spelling («Мустава»)."""
    if abs(len(written) - len(given)) != 1 or not _may_share(written, {"nomn"}):
        return False
    short, long_ = sorted((written, given), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_)))


def _declined_in(text: str, surname: str) -> bool:
    """Whether the text declines `surname` («Вулином»), so its bare form is a nominative and
    the first name written before it one too: «с Александром Вулином … Александар Вулин
    заявил» is «Александар», the text's own spelling, never «Александр» the dictionary
    derived from the instrumental."""
    endings = "|".join(_DECLINED)
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?:{endings})(?![\w-])", text) is not None


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")


def _object_verb(before: re.Match[str] | None) -> bool:
    """Whether the word right before a name is a transitive verb other than one of speech
    («Он поблагодарил Риши Сунака», «поздравил», «встретил», «назвал»): the name is its object,
    never the sentence's subject, even when the dictionary cannot read the name's case (an
    undeclined first name, an unknown surname). After a verb of speech (lexicon SPEECH_VERBS)
    the name is its subject («— заявил Риши Сунак»)."""
    if before is None:
        return False
    best = parses(before.group(1).lower())[:1]
    return bool(best) and best[0].has("VERB", "tran") and best[0].normal not in SPEECH_VERBS


def _undeclined_object(first: str, last: str) -> bool:
    """Whether a verb's object (`_object_verb`) has a first name that does not decline: one
    the dictionary holds as undeclined («Али»), or reads in no accusative as written («Риши»,
    only «Риша» in the genitive) — so the surname tells the case."""
    found = _name_parses(first)
    declined = [p for p in found if p.has("accs") and not p.has("Fixd")]
    return not declined and " " not in last


_CLAUSE_MARK = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")


def _clause_before(text: str, pos: int) -> list[str]:
    """The words of the clause that `pos` stands in, before it: after the last mark that
    closes a clause (lexicon CLAUSE_MARKS) within CLAUSE_REACH characters. Why: whether a
    name is a verb's subject or object, or an oblique role's, is settled inside its clause;
    a comma, a dash or a quotation opens another one."""
    return _CLAUSE_MARK.split(text[max(0, pos - CLAUSE_REACH) : pos])[-1].split()


# the pronouns that can only be a verb's subject, never its object
_SUBJECT_PRONOUNS = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они"})


def _subject_before_verb(text: str, verb_start: int) -> bool:
    """Whether the verb at `verb_start` has its subject before it in its clause, so a name
    right after it is its object: a pronoun or a noun that can only be nominative («Он
    поблагодарил Риши Сунака», «Президент встретил …»). A clause opening with its object
    («Его сменил Махинда Раджапакса», «Пост премьера получил Хосе Рамос-Орта»: «пост» may be
    accusative) has its subject after the verb, in the nominative as written."""
    return any(_only_nominative(word.lower()) for word in _clause_before(text, verb_start))


def _only_nominative(word: str) -> bool:
    """Whether `word` is a subject pronoun, or read first as a noun in the nominative with no
    reading in the accusative («президент», «журналист»; not «пост», «его», nor «с», «марта»,
    read first as a preposition and a genitive)."""
    if word in _SUBJECT_PRONOUNS:
        return True
    found = parses(word)
    if not found or found[0].pos not in ("NOUN", "NPRO") or not found[0].has("nomn"):
        return False
    return not any(p.has("accs") for p in found if p.pos in ("NOUN", "NPRO"))


def _verb_object(person: Person, nominative: bool, first: str, last: str) -> tuple[Person, bool]:
    """The person a verb's object with an undeclined first name names (`_undeclined_object`),
    and whether it is in the nominative: a surname with a man's accusative ending the
    dictionary only guesses at («поблагодарил Риши Сунака») is that man's stem («Риши
    Сунак»), no nominative, as a woman's accusative would end in «-у»; any other pair stays as
    read. Called only when the verb's subject stands before it (`_subject_before_verb`): in
    «Его сменил Махинда Раджапакса» the name is the subject and «-а» is its own ending."""
    stem = _guessed_man_stem(last, "accs")
    if stem is None:
        return person, nominative
    if "-" in last:
        return person, False  # «поздравил Хосе Рамос-Орта»: the object, its name not stemmed
    return Person(f"{first} {stem}", stem, "masc", person.keys | {stem.lower()}), False


def _governed(before: re.Match[str] | None) -> bool:
    """Whether the word right before a name is a preposition («в беседе с Гоар Ананян», «у
    Нгози Оконджо-Ивеалы»): it governs an oblique case, so a name it cannot decline (a foreign
    one, read as written) is no nominative, no subject of the sentence."""
    return before is not None and any(p.pos == "PREP" for p in parses(before.group(1).lower())[:1])


# The words of a clause right before a word (no mark between): «министра финансов »
_CLAUSE_BEFORE = re.compile(r"(?<![-А-ЯЁа-яё])[А-ЯЁа-яё \t]+$")
_POST_BEFORE = re.compile(r"([а-яё][а-яё-]*)[ \t]+$")


def _agreeing_gender(text: str, start: int, end: int) -> str | None:
    """The gender of the verb whose subject a name at start..end is: a past verb right after
    it («Александра Иванова заявила»), or one before it in its clause with at most a role
    between («— сказала глава МИД Эльмира Касымова», «Как отметила …», «Об этом заявила
    глава МИД …»: `_verb_before_gender`); "nomn" for a present verb
    right after it («Эльмира Касымова считает»: a subject, so nominative). None when a noun
    could be the verb's subject instead, governing the name in the genitive: a lower-case
    noun right before the name that names no role («жена Александра Иванова заявила», «на
    вопросы Анатолия Кузичева ответила …»)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        opening = text[: before.start(1)].rstrip()[-1:] in ("", ".", "!", "?", "\n")
        if _governing_noun(before.group(1).lower() if opening else before.group(1)):
            return None  # «Жена Александра Иванова заявила»: the opening word is lower case
    after = agreeing_gender_after(text, end)
    if after is not None:
        return after
    if _present_after(text, end):
        return "nomn"
    return _verb_before_gender(text, start)


# what may stand between a verb and the role of its subject after it: «присутствовала и
# министр …», «заявила об этом глава …», «возразила ему глава …», «заявил журналистам посол …»
_VERB_TO_ROLE = frozenset(
    {"и", "также", "тоже", "же", "об", "этом", "ранее", "вновь", "журналистам", "ему", "ей", "им"}
)


def _verb_before_gender(text: str, start: int) -> str | None:
    """The gender of a past verb before a name in its clause whose subject the name is: the
    name right after it, or after the subject's role in the nominative («На заседании
    присутствовала и министр иностранных дел Японии Ёко Камикава»: a woman, though her name
    does not say). None when the verb has a subject before it, or anything else stands between
    the verb and the role («Захарова встретилась с главой МИД КНР Ван И»: an object)."""
    words = _clause_before(text, start)
    for k in range(len(words) - 1, max(-1, len(words) - _VERB_REACH), -1):
        gender = past_gender(words[k].lower())
        if gender is not None:
            free = _no_subject(words[:k]) and _subject_role(words[k + 1 :])
            return gender if free else None
    return None


def _no_subject(words: list[str]) -> bool:
    """Whether the words before a verb in its clause leave its subject open: no pronoun or
    noun in the nominative, no name («Захарова поблагодарила Ван И»: he is her object)."""
    for k, word in enumerate(words):
        first = parses(word.lower())[:1]
        if word.lower() in ("он", "она", "они") or (k > 0 and word[:1].isupper()):
            return False
        if first and first[0].pos in ("NOUN", "NPRO") and first[0].has("nomn"):
            return False
    return True


def _subject_role(words: list[str]) -> bool:
    """Whether `words` (between a verb and a name) are nothing, or a role in the nominative
    after at most a few linking words (`_VERB_TO_ROLE`)."""
    k = 0
    while k < len(words) and words[k].lower() in _VERB_TO_ROLE:
        k += 1
    if k == len(words):
        return k == 0
    for _ in range(_CIRCUMSTANCES):
        k = _after_circumstance(words, k)
    while k < len(words) - 1 and _nominative_adjective(words[k].lower()):
        k += 1  # «заявила официальный представитель МИД КНР Мао Нин»
    head = words[k].lower()
    return role_of(head) is not None and any(p.has("nomn") for p in parses(head)[:1])


# Words before a name where the verb whose subject the name is may stand («Об этом заявила на
# брифинге в понедельник официальный представитель МИД КНР Мао Нин»), and the circumstances
# (a preposition and its words) that may stand between the verb and the role.
_VERB_REACH = 13
_CIRCUMSTANCES = 2


def _after_circumstance(words: list[str], k: int) -> int:
    """The index after a circumstance opening at `k` («заявила на брифинге официальный
    представитель …»: a preposition and up to two lower-case words that are no role, nor
    an adjective in the nominative that may open one, nor the preposition of the next
    circumstance: «на брифинге в понедельник»); `k` when there is none."""
    if k >= len(words) or words[k] not in CIRCUMSTANCE_PREPOSITIONS:
        return k
    j = k + 1
    while j < len(words) and j - k <= 2 and words[j].islower():
        if role_of(words[j]) is not None or _nominative_adjective(words[j]):
            break
        if words[j] in CIRCUMSTANCE_PREPOSITIONS:
            break
        j += 1
    return j if j > k + 1 and j < len(words) else k


def _nominative_adjective(word: str) -> bool:
    """Whether `word` is read first as an adjective in the nominative («официальный»,
    «российский», «бывший»): one that may stand before a role without changing its case.
    Stricter than name_slots' `_role_phrase`, whose adjectives may be in any case: after a
    verb, an adjective in an oblique case belongs to its object («поблагодарил российского
    посла»), not to a subject's role."""
    first = parses(word)[:1]
    return bool(first) and first[0].pos in ("ADJF", "PRTF") and first[0].has("nomn")


def _present_after(text: str, end: int) -> bool:
    """Whether a present-tense verb in the third person singular follows right after."""
    m = re.match(r"[ \t]+([а-яё]+)(?![\w-])", text[end : end + 40])
    found = parses(m.group(1)) if m else []
    return bool(found) and found[0].pos == "VERB" and found[0].has("3per", "sing", "pres")


def _governing_noun(word: str) -> bool:
    """Whether `word` is a lower-case noun naming no role («жена», «вопросы»), one that may
    govern the name after it in the genitive."""
    if not word.islower() or role_of(word) is not None:
        return False
    found = parses(word)
    return bool(found) and found[0].pos == "NOUN"


_LOCATIVE_PREPOSITIONS = frozenset({"о", "об", "обо", "в", "во", "на", "при", "по"})
_DECLINED = ("а", "я", "у", "ю", "ом", "ем", "е", "ым", "ой", "ей")


def _slot_person(slot: Slot, found: list[Person], text: str = "") -> Person | None:
    """The person a name slot speaks of: one found before (the same name, or its surname in
    another case: «Гутерреша» after «Гутерреш заявил»), or a new one in the nominative.
    A genitive alone gives a name only when its nominative is certain: a dictionary name
    reading, or a form that does not decline («Рубио», «Аракчи», «Ливитт»)."""
    name = " ".join(slot.words)
    last = slot.words[-1]
    for person in found:
        if person.name == name or last.lower() in person.keys:
            return person
        if last.startswith(person.surname) and last[len(person.surname) :] in _DECLINED:
            return person
    if slot.case == "gent":
        last_n = _genitive_nominative(last) or _written_nominative(last, text)
        if last_n is None:
            return None
        name = " ".join([*slot.words[:-1], last_n])
        last = last_n
    if len(slot.words) == 2 and len(last) == 1:  # «Ван И»: known by the whole name
        return Person(name, name, slot.gender, frozenset({name.lower()}))
    keys = frozenset({last.lower(), *(last.lower() + e for e in _DECLINED)})
    return Person(name, last, slot.gender, keys)


def _written_nominative(word: str, text: str) -> str | None:
    """ "по словам Макрона" where the text also writes «Макрон» on its own: a man's genitive
    in «-а»/«-я» whose stem the text itself gives as a word is that surname's nominative."""
    if len(word) < 5 or word[-1:] not in "ая":
        return None
    stem = word[:-1] if word.endswith("а") else word[:-1] + "ь"
    return stem if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text) else None


def _genitive_nominative(word: str) -> str | None:
    """The nominative of a surname seen only in the genitive, or None when uncertain."""
    for p in parses(word.lower()):
        if p.has("gent") and p.grams & {"Name", "Surn"} and p.has("masc"):
            return restore_case(word, p.normal)
    if word[-1:] in "аяы" or word[-2:] in ("ой", "ей"):
        return None  # «Дюжаррика» or «Набиуллиной»: which nominative is not certain
    return word


def _same_two_words(person: Person, given: str, last: str) -> bool:
    """Whether `given last` is `person`'s two-word name, the surname in any case: its own
    form or its form plus a case ending ("Вэньбина", "Вэньбином")."""
    parts = person.name.split()
    if len(parts) != 2 or parts[0] != given or len(person.surname) < 3:
        return False
    surname = person.surname
    return last == surname or (last.startswith(surname) and last[len(surname) :] in _DECLINED)


def _first(person: Person) -> str:
    return person.name.split()[0].lower()


def _name_case(word: str) -> str | None:
    found = _name_parses(word)
    return next((g for g in found[0].grams if g in _CASES), None) if found else None


_VERB_NEAR = re.compile(
    r"(?:[–—-]\s*(?:сказал|заявил|отметил|добавил|подчеркнул|заметил)\w*\s+(?P<a>[А-ЯЁ]\w+))"
    r"|(?:(?:^|[.!?]\s+)(?P<b>[А-ЯЁ]\w+)\s+(?:[а-яё]+\s+)?(?:сказал|заявил|отметил|добавил|"
    r"подчеркнул|заметил|считает|уверен|напомнил|пояснил)\w*)",
    re.MULTILINE,
)


def _nominative_variant(text: str, surname: str) -> str | None:
    """The form of `surname` the text puts in subject position, when it differs only in its
    ending and the dictionary does not know the surname (foreign names)."""
    if _surname_parses(surname) and not _stem_only(surname):
        return None
    stem = surname[: max(3, len(surname) - 2)]
    for m in _VERB_NEAR.finditer(text):
        word = m.group("a") or m.group("b")
        if word != surname and word.startswith(stem) and abs(len(word) - len(surname)) <= 2:
            return word
    before_verb = _before_past_verb(text, stem, surname)
    if before_verb is not None:
        return before_verb
    # "Гутерриша" → "Гутерриш": a consonant-final foreign surname's nominative is its bare stem.
    bare = surname[:-1]
    if surname[-1:] in "аеуы" and len(bare) >= 4 and re.search(rf"\b{bare}\b", text):
        return bare
    return None


def _before_past_verb(text: str, stem: str, surname: str) -> str | None:
    """ "Небензя прокомментировал решение": a form of the surname opening a sentence right
    before a verb in the past singular stands as its subject, in the nominative."""
    for word, verb in _sentence_openings(text):
        if not word.startswith(stem) or word == surname or abs(len(word) - len(surname)) > 2:
            continue
        if any(p.pos == "VERB" and p.has("past", "sing") for p in parses(verb)[:1]):
            return word
    return None


_OPENING_PAIR = re.compile(r"(?:^|[.!?]\s+)([А-ЯЁ][а-яё]+)\s+([а-яё]+)", re.MULTILINE)


@lru_cache(maxsize=4)
def _sentence_openings(text: str) -> tuple[tuple[str, str], ...]:
    """(capitalised word, next word) at every sentence opening of `text`, found once."""
    return tuple((m.group(1), m.group(2)) for m in _OPENING_PAIR.finditer(text))


def _stem_only(surname: str) -> bool:
    """A surname the dictionary only guesses at (no dictionary parse)."""
    best = parses(surname.lower())
    return not best or type(best[0].raw.methods_stack[0][0]).__name__ != "DictionaryAnalyzer"


def find_persons(text: str, blocked: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """Person mentions: full names first, then titled names, lone surnames, initials.

    Words inside `blocked` (organisation mentions: "главы Росатома Алексея …") never start or
    end a name, so an organisation is not glued to the first name after it.
    """
    finder = _Finder(_capital_surnames(text), blocked)
    finder.arabic_chains()
    finder.syllable_names()
    finder.one_letter_family_names()
    finder.east_asian_names()
    finder.japanese_names()
    finder.particle_names()
    finder.full_names()
    _titled_names(text, finder.words, finder.used, finder.people, finder.mentions)
    finder.one_letter_names()
    finder.known_names()
    finder.family_given_names()
    finder.surnames()
    finder.initials()
    finder.patronymic_names()
    finder.slot_names()
    finder.nominative_surnames()
    finder.written_given_names()
    finder.woman_given_names()
    mentions = _particle_tails(text, _ending_particles(text, finder.mentions))
    mentions = _generation_names(text, _opening_particles(text, mentions))
    mentions = _fold_short_names(text, _split_glued_names(text, mentions))
    mentions = _fold_oblique_surnames(text, mentions)
    mentions = _undeclined_vowel_surnames(text, mentions)
    mentions = _uncut_stems(text, framed_cases(text, _misspelt_surnames(mentions)))
    mentions = declined_genders(text, undeclined_as_written(text, mentions))
    mentions = nominative_names(text, mentions)
    mentions = regnal_names(text, attested_nominatives(text, mentions))
    return sorted(mentions, key=lambda m: m.start)


# A regnal number right after a monarch's or a pope's name («Карл III», «королём Абдаллой
# II», «Мухаммеда VI»): a Roman numeral from I to XXXIX standing as a word of its own.
_REGNAL = re.compile(r"[ \t]+((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?![\w-])")


_BEFORE_REGNAL = re.compile(rf"(?<![\w-])([А-ЯЁ][а-яё]+){_REGNAL.pattern}")


def regnal_number(word: str, text: str) -> str | None:
    """The one regnal number the text writes right after `word` or its oblique case («Карл»
    of «король Карл III», «Абдалла» of «с королём Абдаллой II»), None when it writes none or
    two («Карл I … Карл II»). Only a monarch's or a pope's number (`_monarch_titled`: one of
    the numbered mentions has such a title): «памятник Петру I», «портреты Елизаветы II»
    name a dead monarch, never the living Петр or Елизавета who speaks. None too when the
    text writes `word` without a number as another person's (`_regnal_namesake`):
    «Экскурсовод Николай … о царе Николае II»."""
    found: set[str] = set()
    titled = False
    for m in _BEFORE_REGNAL.finditer(text):
        if m.group(1) == word or declined_form(word, m.group(1)):
            found.add(m.group(2))
            titled = titled or _monarch_titled(text, m.start(1))
    if len(found) != 1 or not titled or _regnal_namesake(word, text):
        return None
    return found.pop()


_CAPITAL_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[А-ЯЁ][а-яё]")


def _regnal_namesake(word: str, text: str) -> bool:
    """Whether the text writes `word` (or its oblique case) alone, with no regnal number and
    no name word after it, after a common person's role («Экскурсовод Николай», «куратор
    выставки Елизавета»): a person the text calls by that one word, as it calls the speaker,
    and someone else than the monarch. A namesake with a surname («социолог Лев Гудков»
    beside «Папа Римский Лев XIV») is called by his surname, rarely by «Лев»."""
    for m in _CAPITAL_WORD.finditer(text):
        if m.group(0) != word and not declined_form(word, m.group(0)):
            continue
        if _REGNAL.match(text, m.end()) or _NAME_WORD_AFTER.match(text, m.end()):
            continue
        if _common_role_titled(text, m.start()):
            return True
    return False


# The words a title before a name may take («Король Иордании», «Папа Римский», «куратор
# выставки»): nouns and adjectives, never a verb or a punctuation mark between, three at most.
_TITLE_WORD_POS = frozenset({"NOUN", "ADJF"})
_MONARCH_TITLE_REACH = 3


def _title_before(text: str, start: int) -> list[Parse]:
    """The likeliest readings of the words of the title right before the name at `start`,
    nearest first: nouns and adjectives with nothing but spaces between them («Король
    Иордании Абдалла», «о царе Николае»; «где бывала Екатерина» and «— сказал Петр» have
    none)."""
    head = text[max(0, start - 120) : start]
    found: list[Parse] = []
    for _ in range(_MONARCH_TITLE_REACH):
        m = _WORD_BEFORE.search(head)
        readings = parses(m.group(1).lower()) if m is not None else []
        if m is None or not readings or readings[0].pos not in _TITLE_WORD_POS:
            break
        found.append(readings[0])
        head = head[: m.start()]
    return found


def _monarch_titled(text: str, start: int) -> bool:
    """Whether a monarch's or a pope's title (lexicon MONARCH_TITLES) comes before the name
    at `start` («король Иордании Абдалла», «о царе Николае», «Папа Римский Лев»)."""
    return any(p.normal in MONARCH_TITLES for p in _title_before(text, start))


def _common_role_titled(text: str, start: int) -> bool:
    """Whether a person's noun that is no monarch's title comes before the name at `start`
    («Экскурсовод Николай», «Пенсионер Петр», «куратор выставки Елизавета»)."""
    return any(
        p.pos == "NOUN"
        and p.has("anim")
        and not p.grams & PERSON_GRAMS
        and p.normal not in MONARCH_TITLES
        for p in _title_before(text, start)
    )


def regnal_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a person whose name the text writes with a regnal number named with
    it, «Абдалла II», never «Абдалла» (the finders read capitalised Cyrillic words only), on
    every mention, and the number's mention taking it in. Only when the text gives that
    person one number: «Иоанн XXIII» beside «Иоанн Павел II» are two popes, and a name
    with two numbers («Карл I … Карл II») is no one's for sure; and only for a monarch or a
    pope by `_regnal_person`."""
    numbers: dict[Person, set[str]] = {}
    for m in mentions:
        hit = _REGNAL.match(text, m.end)
        if m.person is not None and hit is not None:
            numbers.setdefault(m.person, set()).add(hit.group(1))
    renamed = {
        person: replace(person, name=f"{person.name} {number}")
        for person, found in numbers.items()
        if len(found) == 1 and _regnal_person(text, person, mentions)
        for number in found
    }
    out: list[Mention] = []
    for m in mentions:
        hit = _REGNAL.match(text, m.end) if m.person in renamed else None
        out.append(m if hit is None else replace(m, end=hit.end()))
    return with_persons(out, renamed)


def _regnal_person(text: str, person: Person, mentions: list[Mention]) -> bool:
    """Whether the finders' `person` is the monarch or the pope of the numbered mentions: one
    of them has a monarch's title («король Абдалла II», «о царе Николае II»; «памятнику
    Петру I» is a monument), each holds the person's whole name (the finders joined «Абдалла
    II» of «король Абдалла II» to «Кронпринц Хусейн бин Абдалла», his son), no mention of the
    person has a common person's role («Гид Екатерина» is no empress), and no mention
    without the number opens another person's longer name («Александр» beside «Историк
    Александр Пыжиков»: the finders' first-name match, not the monarch's)."""
    own = [m for m in mentions if m.person == person]
    numbered = [m for m in own if _REGNAL.match(text, m.end) is not None]
    size = len(person.name.split())
    if any(len(text[m.start : m.end].split()) < size for m in numbered):
        return False
    if not any(_monarch_titled(text, m.start) for m in numbered):
        return False
    if any(_common_role_titled(text, m.start) for m in own):
        return False
    others = {
        o.person.name.split()[0] for o in mentions if o.person is not None and o.person != person
    }
    bare = [m for m in own if m not in numbered]
    return not any(text[m.start : m.end].split()[0] in others for m in bare)


def attested_nominatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with every person whose surname the finders built in a form the text never
    writes («Туадер» of «Туадера», «Джаманбаев» of «Джаманбаева»), or in an oblique case of
    another form of it («Насером Буритой» of «Насер Бурита»), renamed in the form the
    text itself attests as a nominative: a mention of them that is the subject of a verb
    agreeing with it («Туадера поблагодарил», «— ответила Джаманбаева», «Об этом сообщила
    омбудсмен Джамиля Джаманбаева»: `_agreeing_gender`). The verb's gender is the person's;
    the other words of the name come from a mention written with that surname form (one
    case for given name and surname: «Джамиля Джаманбаева», never «Джамиль Джаманбаева»).
    The last pass of the finders, so that every path naming a speaker reads the same name."""
    renamed: dict[Person, Person] = {}
    for m in mentions:
        person = m.person
        if person is None or person in renamed:
            continue
        new = _attested_person(text, m, person, mentions) or _labelled_person(
            text, m, person, mentions
        )
        if new is not None:
            renamed[person] = new
    return with_persons(mentions, renamed)


def _written_word(text: str, word: str) -> bool:
    """Whether the text writes `word` as a whole word (case and «ё» aside)."""
    folded = text.lower().replace("ё", "е")
    key = re.escape(word.lower().replace("ё", "е"))
    return re.search(rf"(?<![\w-]){key}(?![\w-])", folded) is not None


def _attested_person(
    text: str, m: Mention, person: Person, mentions: list[Mention]
) -> Person | None:
    """`person` named by the surname mention `m` writes, when `m` is the subject of an
    agreeing verb of the person's gender (or of a present verb); None otherwise."""
    words = person.name.split()
    written = text[m.start : m.end].split()
    attested = written[-1] if written else ""
    if words[-1] != person.surname or attested == person.surname:
        return None
    declined = declined_form(attested, person.surname)  # «Буритой» of «Бурита»
    if not declined and (attested.lower() not in person.keys or _written_word(text, words[-1])):
        return None  # «Пашиняна поддержал Алиев» beside «Пашинян»: the text's own form stays
    gender = None if _after_oblique_role(text, m.start) else _agreeing_gender(text, m.start, m.end)
    verb_after = agreeing_gender_after(text, m.end) is not None
    if not verb_after and _named_before_verb(text, m.start):
        return None  # «Лула процитировал Жетулиу Варгаса»: the verb's subject is named before it
    if not verb_after and gender == "masc" and declined_form(person.surname, attested):
        return None  # «передал Джону Болтону»: a man's case ending after the verb, its object
    if gender is None or (gender != "nomn" and person.gender not in (None, gender)):
        return None  # a man's mention with a woman's verb: his wife of the same surname
    gender = person.gender if gender == "nomn" else gender
    if _oblique_only(attested, gender):
        return None  # «Лаврова» with a man's verb: the dictionary's man's genitive, no subject
    name = _name_with_surname(text, words, attested, mentions, person)
    if name is None:
        return None
    keys = person.keys | {attested.lower()}
    return Person(" ".join(name), attested, gender, keys)


def _labelled_person(
    text: str, m: Mention, person: Person, mentions: list[Mention]
) -> Person | None:
    """`person` named as the mention `m` writes the surname, when `m` labels a line of a
    transcript («Останина: "Мы не голосовали"»: a speaker's label is in the nominative) and
    the text never writes the surname the finders built («Останин»): the label's own
    nominative reading gives the gender («Останина» is a woman's). None otherwise: beside
    «Останин» written too, «Останина» may be his wife or his genitive."""
    words = person.name.split()
    written = text[m.start : m.end].split()
    attested = written[-1] if written else ""
    if words[-1] != person.surname or attested == person.surname:
        return None
    if not _line_label(text, m.start, m.end) or _written_word(text, person.surname):
        return None
    gender = sole_gender(
        p for p in parses(attested.lower()) if p.has("nomn") and p.grams & {"Surn", "Name"}
    )
    name = _name_with_surname(text, words, attested, mentions, person)
    if gender is None or name is None:
        return None
    return Person(" ".join(name), attested, gender, person.keys | {attested.lower()})


_LABEL_AFTER = re.compile(r"[ \t]*:")


def _line_label(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end opens its line and a colon follows it: the label of a
    transcript's line («Грызлов: "…"»)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LABEL_AFTER.match(text, end) is not None


def _after_oblique_role(text: str, start: int) -> bool:
    """Whether the name stands in an oblique case a preposition right before it or its title
    gives: a title headed by a role in an oblique case («Встреча с министром иностранных дел
    Бразилии Мауро Виейрой прошла»: the verb's subject is «встреча»), or a role in no
    nominative right before it («сообщил представитель генсека Антониу Гутерриша»: the
    role's genitive). Whatever verb the clause holds, such a name attests no nominative."""
    clause = _clause_before(text, start)
    if name_title_head(clause) is not None and not nominative_title(clause):
        return True
    if clause and any(p.pos == "PREP" for p in parses(clause[-1].lower())[:1]):
        return True  # «Встреча с Фумио Кисидой прошла»: a preposition's object
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1).islower() or role_of(before.group(1)) is None:
        return False
    return not any(p.has("nomn") for p in parses(before.group(1)) if not p.has("plur"))


def _named_before_verb(text: str, start: int) -> bool:
    """Whether the clause before a name holds a word read as a person's name before its first
    past verb («Лула процитировал …»): that one is the verb's subject, the name after the
    verb its object."""
    words = _clause_before(text, start)
    for word in words:
        if past_gender(word.lower()) is not None:
            return False
        if word[:1].isupper() and any(p.grams & PERSON_GRAMS for p in parses(word.lower())):
            return True
    return False


def _oblique_only(word: str, gender: str | None) -> bool:
    """Whether the dictionary itself reads `word` as a name of `gender` only in an oblique
    case («Лаврова» as a man's), so it cannot be that person's nominative."""
    named = [
        p
        for p in parses(word.lower())
        if p.dictionary and p.grams & {"Name", "Surn"} and (gender is None or p.has(gender))
    ]
    return bool(named) and not any(p.has("nomn") for p in named)


def _name_with_surname(
    text: str, words: list[str], attested: str, mentions: list[Mention], person: Person
) -> list[str] | None:
    """The person's words with the `attested` surname: as a mention of as many words ending
    in it writes them (the given name in the same case), the surname alone for a name of one
    word; None when no mention writes the whole name so (its given name's case unknown)."""
    if len(words) == 1:
        return [attested]
    for other in mentions:
        written = text[other.start : other.end].split()
        if other.person == person and len(written) == len(words) and written[-1] == attested:
            return written
    return _given_before(text, words, attested)


def _given_before(text: str, words: list[str], attested: str) -> list[str] | None:
    """A two-word name whose first word the text writes right before the `attested` surname,
    as the person's first name or its nominative («Насер Бурита» for «Насером Буритой»)."""
    if len(words) != NAME_PAIR:
        return None
    for m in re.finditer(rf"(?<![\w-])([А-ЯЁ][а-яё]+) {re.escape(attested)}(?![\w-])", text):
        given = m.group(1)
        if given == words[0] or declined_form(given, words[0]):
            return [given, attested]
    return None


def _undeclined_vowel_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "убийство … лидера Ирана Али Хаменеи": beside a first name the dictionary holds as
    undeclined, a foreign surname in «-и», «-о», «-э» is read as an oblique case only by a
    guess («Хаменея»); it stays as written, unless the text writes the form guessed too."""
    renamed: dict[Person, Person] = {}
    for m in mentions:
        person = m.person
        written = text[m.start : m.end].split()
        if person is None or person in renamed or len(written) != len(person.name.split()):
            continue
        last = written[-1]
        if (
            person.surname == last
            or not last.endswith(FOREIGN_ONLY_ENDINGS)
            or not any(p.has("Fixd") and p.dictionary for p in _name_parses(written[0].lower()))
            or any(p.dictionary for p in parses(last.lower()))
            or re.search(rf"(?<![\w-]){re.escape(person.surname)}(?![\w-])", text)
        ):
            continue
        name = person.name[: -len(person.surname)] + last
        renamed[person] = Person(name, last, person.gender, person.keys | {last.lower()})
    return with_persons(mentions, renamed)


def _uncut_stems(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "по словам посла Мбуйи Камва", "министра Замбии Мутале Нсимбва": a surname in «-а» or
    «-я» that a case around it (a title's, a frame's) cut to a consonant stem, while no other
    word of the name shows that case, is as written when no name ends as the stem does
    (lexicon NO_NAME_STEM_ENDS) and the text never writes the stem itself. «Кори Букера»
    keeps «Букер»; «Александра Вучича», whose first name shows the genitive, «Вучич». A
    Japanese pair («Хидэки Уяма») is not told apart here: its shape is that of a Spanish or
    Chinese name a man's genitive declines («Бенито Хуареса», «Ху Юйтина»)."""
    renamed: dict[Person, Person] = {}
    for m in mentions:
        person = m.person
        if person is None or person in renamed:
            continue
        written, name = text[m.start : m.end].split(), person.name.split()
        if len(written) < NAME_PAIR or len(written) != len(name) or written[:-1] != name[:-1]:
            continue
        last, stem = written[-1], name[-1]
        if not _cut_to_stem(last, stem) or not stem.lower().endswith(NO_NAME_STEM_ENDS):
            continue
        if not re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text):
            keys = person.keys | {last.lower()}
            renamed[person] = Person(" ".join(written), last, person.gender, keys)
    return with_persons(mentions, renamed)


def _cut_to_stem(last: str, stem: str) -> bool:
    """Whether `stem`, ending in a consonant (or «-ь», «-й»), was cut from `last` in «-а»/«-я»."""
    cut = last[:-1] in (stem, stem[:-1])
    return last.endswith(("а", "я")) and stem[-1:] not in "аеёиоуыэюя" and cut


def _ending_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Посол Азербайджана Полад Бюльбюль оглы отозван … Бюльбюль оглы был главой": a
    person the text names with a Turkic patronymic word after the name (lexicon
    NAME_ENDING_PARTICLES) is named with it, every mention followed by it taking it in. The
    father's name before that word keeps its nominative only when that is its written stem
    («Рахманом Сагибом оглы» → «Сагиб»), else it stays as written («Полада Бюльбюль оглы»:
    no «Бюльбюли»)."""
    renamed: dict[Person, Person] = {}
    for m in mentions:
        tail = _ENDING_PARTICLE.match(text, m.end)
        if m.person is None or tail is None or m.person in renamed:
            continue
        person, word = m.person, text[m.end : tail.end()]
        father = text[m.start : m.end].split()[-1]
        father = person.surname if father.startswith(person.surname) else father
        name = " ".join([*person.name.split()[:-1], father]) + word
        renamed[person] = Person(name, father + word, person.gender, person.keys)
    if not renamed:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.person is not None and m.person in renamed:
            tail = _ENDING_PARTICLE.match(text, m.end)
            end = tail.end() if tail is not None else m.end
            m = Mention(m.start, end, renamed[m.person], m.org, m.nominative)
        out.append(m)
    return out


# Particles of a surname after a name, then the capitalised word they lead to: « де
# Альмейда» after «Даньела Гросс».
_PARTICLE_TAIL = re.compile(
    rf"((?: (?:{'|'.join(NAME_PARTICLES)}))+ )([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])"
)


def _particle_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "заявила … Даньела Гросс де Альмейда", "с Кристиной Фернандес де Киршнер": particles
    of Iberian, Dutch, German or Italian names (one no Russian word: «Путин да Медведев» are
    two) and a capitalised name word after a name found without them end that name, never
    dropped («Даньела Гросс») nor a second person («де Киршнер»); never after a surname
    alone («Лавров ди Майо»). Taken as written after a name in the nominative, or when the
    word ends in a consonant (a case ending would add a vowel: «Гарсии де ла Пеньи» is left
    alone); a mention of the tail alone («де Киршнер») is that person."""
    renamed: dict[Person, Person] = {}
    spans: dict[int, int] = {}
    for m in mentions:
        tail = _PARTICLE_TAIL.match(text, m.end)
        if m.person is None or tail is None or m.person in renamed:
            continue
        if len(text[m.start : m.end].split()) < NAME_PAIR:
            continue  # «Лавров ди Майо»: a surname alone, then another man's name
        word = tail.group(2)
        if not _foreign_particles(tail.group(1)) or kind(word) is not Kind.NAME:
            continue
        if not (m.nominative or word[-1] in CONSONANTS) or role_of(word) is not None:
            continue
        name = m.person.name + tail.group(0)
        renamed[m.person] = replace(m.person, name=name)
        spans[m.start] = tail.end()
    if not renamed:
        return mentions
    ends = {
        end: renamed[m.person]
        for m in mentions
        if m.person in renamed and m.start in spans
        for end in (spans[m.start],)
    }
    tails = [m for m in mentions if m.start not in spans and m.end in ends and m.person]
    for m in tails:  # «де Киршнер» named alone elsewhere is she too
        if m.person is not None and m.person not in renamed:
            renamed[m.person] = ends[m.end]
    out = [replace(m, end=spans[m.start]) if m.start in spans else m for m in mentions]
    return with_persons([m for m in out if m not in tails], renamed)


def _generation_followed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions a generation follows: glued by a hyphen («Маркос-младший»), or after a
    spaced dash only for a person the text also writes glued so. A spaced «— старший.» alone
    is a predicate («Иван Петров — старший.»: the elder of brothers), no part of the name."""
    hits = [m for m in mentions if m.person is not None and _GENERATION.match(text, m.end)]
    glued = {m.person for m in hits if text[m.end] == "-"}
    return [m for m in hits if m.person in glued]


def _generation_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Фердинанд Маркос — младший, подчеркнул … — заявил Маркос-младший": a name followed
    by its generation (lexicon GENERATION_WORDS) is named with it, «Фердинанд
    Маркос-младший», every mention so followed taking it in. The other mentions of that
    person follow only when the text never writes the name in full without it: a text
    naming «Дональд Трамп» beside «Дональд Трамп-младший» names the father too."""
    followed = _generation_followed(text, mentions)
    if not followed:
        return mentions
    junior: dict[Person, Person] = {}
    for m in followed:
        person = m.person
        if person is not None and person not in junior:
            hit = _GENERATION.match(text, m.end)
            word = GENERATION_WORDS[hit.group(1)] if hit is not None else ""
            junior[person] = replace(person, name=f"{person.name}-{word}")
    plain = {
        m.person
        for m in mentions
        if m.person in junior and " " in text[m.start : m.end] and m not in followed
    }
    for person in plain & junior.keys():  # «Рамзан Кадыров … Кадыров-младший»: the son unnamed
        if not any(m.person == person and " " in text[m.start : m.end] for m in followed):
            junior[person] = replace(person, name=junior[person].name.split()[-1])
    out: list[Mention] = []
    for m in mentions:
        if m.person is None or m.person not in junior:
            out.append(m)
        elif m in followed:
            hit = _GENERATION.match(text, m.end)
            glued = hit is not None and text[m.end] == "-"
            end = hit.end() if hit is not None and glued else m.end
            out.append(Mention(m.start, end, junior[m.person], m.org, m.nominative))
        else:
            out.append(m if m.person in plain else replace(m, person=junior[m.person]))
    return out


# A surname in capitals right after a first name («сказал Сергей ЛАВРОВ», «Тоёхиса
# КОДЗУКИ»): interviews and bylines set the surname so.
_CAPITAL_SURNAME = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+) ([А-ЯЁ]{4,})(?![\w-])")


def _capital_surnames(text: str) -> str:
    """The text with a surname written in capitals after a first name the dictionary knows
    (or one it does not know at all: «Тоёхиса») in title case, so it is read as one name
    («Сергей Лавров»), never the first name alone. Offsets are kept; an acronym after a name
    («Песков РБК»: no first name; «Мария ОБСЕ»: no name word) stays."""

    def title(m: re.Match[str]) -> str:
        given, caps = m.group(1), m.group(2)
        surname = caps[0] + caps[1:].lower()
        unknown = not any(p.dictionary for p in parses(given.lower()))
        first = _any_case_given_name(given) or (unknown and kind(given) is Kind.NAME)
        if not first or not _capital_surname(given, surname):
            return m.group(0)
        return f"{given} {surname}"

    return _CAPITAL_SURNAME.sub(title, text)


def _capital_surname(given: str, surname: str) -> bool:
    """Whether the capitals after `given` are a surname: a word that can be a name, or, after
    a first name in the nominative, an adjective or a noun the dictionary reads in an
    oblique case only («Елена БАРКАНЕ»: «баркане» is a locative of «баркан»; «Вячеслав
    ДВОРАКОВСКИЙ»): such a word cannot follow a name as a common word does. A noun in the
    nominative may be a word set in capitals of its own («Анна ВНИМАНИЕ»), and a body's
    acronym never is a surname (Kind.NEVER: «Израилем МАГАТЭ», «Коикэ ТАСС»)."""
    found = kind(surname)
    if found is Kind.NAME:
        return True
    if found is not Kind.COMMON:
        return False
    nominative_name = any(p.dictionary and p.has("Name", "nomn") for p in parses(given.lower()))
    readings = parses(surname.lower())
    nominative_noun = any(p.pos == "NOUN" and p.has("nomn") for p in readings)
    shaped = bool(readings) and readings[0].pos in _SURNAME_POS
    return nominative_name and shaped and not nominative_noun


_SURNAME_POS = frozenset({"NOUN", "ADJF"})


def _any_case_given_name(word: str) -> bool:
    """A first name the dictionary knows, in any case («Мухаммеда», «Шарля»)."""
    return any(p.dictionary and p.has("Name") for p in parses(word.lower()))


def _particle_gap(gap: str) -> bool:
    """Lower-case particles or a glued article between two words of one name («Мухаммед бин
    Салман», «Ахмед аль-Джабер»), not a bare space."""
    return gap != " " and _NAME_GAP.fullmatch(gap) is not None


def _foreign_particles(gap: str) -> bool:
    """Particles between two words of one name, one of them no Russian word: «де», «ван»,
    «дос» — not «да» alone («Путин да Медведев» are two people)."""
    return _particle_gap(gap) and any(w not in _RUSSIAN_PARTICLES for w in gap.split())


_RUSSIAN_PARTICLES = frozenset({"да"})


def _with_particles(person: Person, gap: str) -> Person:
    """ "Мухаммеда бин Салмана" → «Мухаммед бин Салман»: the particles the text writes between
    the first name and the surname stay in the name, never dropped («Мухаммед Салман»)."""
    if not _particle_gap(gap) or not person.name.endswith(" " + person.surname):
        return person
    given = person.name[: -len(person.surname) - 1]
    return replace(person, name=f"{given}{gap}{person.surname}")


def _opening_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Ранее фон дер Ляйен призвала …", "по словам бин Салмана": a surname the text gives
    alone after particles that open a foreign surname (lexicon SURNAME_OPENING_PARTICLES) is
    named with them, «фон дер Ляйен», never «Ляйен»; a person the text names in full keeps
    the full name. The mention takes the particles in."""
    out: list[Mention] = []
    renamed: dict[Person, Person] = {}
    for m in mentions:
        lead = _OPENING_PARTICLES.search(text, max(0, m.start - 20), m.start)
        person = m.person
        if lead is None or person is None or person.name != person.surname:
            out.append(m)
            continue
        if person not in renamed:
            particles = " ".join(text[lead.start() : m.start].lower().split())
            renamed[person] = replace(person, name=f"{particles} {person.surname}")
        out.append(Mention(lead.start(), m.end, renamed[person], m.org, m.nominative))
    return with_persons(out, renamed)


def _misspelt_surnames(mentions: list[Mention]) -> list[Mention]:
    """ "Генсек НАТО Йенс Столтенберг … Столтендерг заявил", "Дана Уайт заявила … — отметила
    Уйат": a lone surname the text writes once, one edit off (two in a long name: see
    `_edit_distance`) the surname of exactly one person it names in full — same first letter,
    length within one — is that person misspelt, not a second one. The one typo check of the
    finder (`misspelling`; answers.py asks it of an interview label's middle words). Short
    names allow one edit: «Брутер» is no misspelt «Букер»."""
    counts: dict[Person, int] = {}
    for m in mentions:
        if m.person is not None:
            counts[m.person] = counts.get(m.person, 0) + 1
    full = [p for p in counts if " " in p.name]
    fixed: dict[Person, Person] = {}
    for person, seen in counts.items():
        if seen != 1 or " " in person.name:
            continue
        near = [p for p in full if misspelling(person.name.lower(), p.surname.lower())]
        if len(near) == 1:
            fixed[person] = near[0]
    return with_persons(mentions, fixed)


def misspelling(word: str, surname: str) -> bool:
    """Whether `word` is `surname` (or any name's word) with an edit or two, not the same
    word nor another name (see `_misspelt_surnames`)."""
    if word == surname or word[:1] != surname[:1] or abs(len(word) - len(surname)) > 1:
        return False
    return _edit_distance(word, surname) <= (1 if min(len(word), len(surname)) < 8 else 2)


def _edit_distance(a: str, b: str) -> int:
    """Edit distance of two words: an insertion, a deletion, a substitution of one letter or
    a swap of two neighbouring letters counts as one edit each («Уйат» is one from «Уайт»: a
    typist's slip, as likely as a wrong letter)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _shortens(name: str, full: str) -> bool:
    """Whether `name` is `full` with its first words dropped, or its last ones when two or
    more are kept («Абий Ахмед» of «Абий Ахмед Али»), or middle ones between the same first
    and last words («Зейд аль Хуссейн» of «Зейд Раад аль Хуссейн»)."""
    if len(full) <= len(name):
        return False
    if full.endswith(" " + name) or (len(full.split()) >= 3 and full.startswith(name + " ")):
        return True
    return _middle_dropped(name.split(), full.split())


def _middle_dropped(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` with some middle words left out, first and last kept."""
    if len(short) < 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def _middle_owner(word: str, people: dict[str, Person]) -> Person | None:
    """ "Премьер-министр Эфиопии Абий Ахмед Али … Ахмед подчеркнул": a word named alone that is
    a middle word of exactly one name of three or more words, and no word of any other name,
    is that person, when the text writes it so each time (a case form, «с Ахмедом», may be
    another man's first name). Not a father's name after a particle («Мухаммед бин Салман Аль Сауд …
    король Салман»: the father is another man)."""
    owners, others = [], False
    for full, person in people.items():
        parts = full.split()
        if full == word or word not in parts:
            continue
        k = parts.index(word)
        middle = len(parts) >= 3 and 0 < k < len(parts) - 1 and not parts[k - 1].islower()
        if middle:
            owners.append(person)
        else:
            others = True
    return owners[0] if len(owners) == 1 and not others else None


def _first_owner(word: str, people: dict[str, Person]) -> Person | None:
    """ "Премьер-министр Шахбаз Шариф заявил … — заключил Шахбаз": a word named alone that
    opens exactly one name of two or more words, and is no word of any other name, is that
    person's given name, so that person (the finders read an unknown given name alone as a
    surname of its own). Two names opening with it («Ким Чен Ын», «Ким Ё Чжон»), or one
    holding it elsewhere (a relative's «бин Салман»), leave it alone. Counted over the
    labelled sets: three such words, two of them a lone given name of its one owner (both
    labelled so), the third opening two names."""
    owners = [p for full, p in people.items() if full != word and full.split()[0] == word]
    others = [full for full in people if full != word and word in full.split()[1:]]
    return owners[0] if len(owners) == 1 and not others else None


def _fold_oblique_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "постоянный представитель России в ООН Василий Небензя … цитирует RT слова Василий
    Небензи": a full name written with the given names of another full name of the text and
    a surname that is, by a regular ending (`declined_form`), an oblique case of that one's
    surname names that person, in the form the text writes as the nominative — never a
    second person kept in the oblique form, whatever the finders read its words as
    («Рамтане Ламамры» read as «Рамтаня Ламамры»)."""
    full = [m.person for m in mentions if m.person is not None and " " in m.person.name]
    nominative: dict[Person, Person] = {}
    for m in mentions:
        written = text[m.start : m.end].split()
        if m.person is None or len(written) < NAME_PAIR:
            continue
        for other in full:
            words = other.name.split()
            same_given = words[:-1] == written[:-1] and len(words) == len(written)
            if other != m.person and same_given and declined_form(words[-1], written[-1]):
                nominative[m.person] = other
    return with_persons(mentions, nominative)


def _split_glued_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "словами пресс-секретаря Байдена Жан-Пьер", beside «Джо Байдена Карин Жан-Пьер": a pair
    whose first word is an oblique case of the surname of a person the text names in full
    (`declined_form`: whose secretary) and whose last word ends another full name is those
    two people, never one «Байдена Жан-Пьер» holding both."""
    full = {m.person for m in mentions if m.person is not None and " " in m.person.name}
    split: dict[int, tuple[Mention, Mention]] = {}
    for m in mentions:
        written = text[m.start : m.end].split()
        if m.person is None or len(written) != NAME_PAIR or m.person.name != " ".join(written):
            continue
        owner = next((p for p in full if declined_form(p.surname, written[0])), None)
        named = [p for p in full if p != m.person and p.name.split()[-1] == written[1]]
        if owner is None or len(named) != 1 or owner == named[0]:
            continue
        cut = m.start + len(written[0])
        second = text.index(written[1], cut)
        split[m.start] = (
            Mention(m.start, cut, owner, m.org, False),
            Mention(second, m.end, named[0], m.org, m.nominative),
        )
    if not split:
        return mentions
    return [part for m in mentions for part in split.get(m.start, (m,))]


def _fold_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "посол Алекс Бен Цви … Господин Бен Цви", "Абий Ахмед Али … добавил Абий Ахмед": a
    name of two or more words that ends another person's longer name, or opens one of three
    or more words, is that person (else a second person speaks for them), and so is a lone
    middle word of one such name (`_middle_owner`) or its lone first word (`_first_owner`)."""
    people = {m.person.name: m.person for m in mentions if m.person is not None}
    written: dict[str, set[str]] = {}
    for m in mentions:
        if m.person is not None:
            written.setdefault(m.person.name, set()).add(text[m.start : m.end])
    longer: dict[str, Person] = {}
    for name in people:
        owners = [p for full, p in people.items() if _shortens(name, full)]
        if len(name.split()) >= 2 and len(owners) == 1:
            longer[name] = owners[0]
        elif written.get(name) == {name}:
            owner = _middle_owner(name, people) or _first_owner(name, people)
            if owner is not None:
                longer[name] = owner
    if not longer:
        return mentions
    return [
        replace(m, person=longer[m.person.name])
        if m.person is not None and m.person.name in longer
        else m
        for m in mentions
    ]
