"""A name's case from the words that govern it: a name after «по словам» is a genitive.

Why: the dictionary reads a first name and a surname one word at a time, and a foreign name it
does not know keeps the text's form — «По словам президента Сербии Александра Вучича» gave
«Александр Вучича», «По мнению Абия Ахмеда» gave «Абия Ахмеда». The words before the name
settle its case (lexicon NAME_CASE_FRAMES: «по словам», «по мнению», «со слов» govern the
genitive, «процитировал» the accusative), and a man's genitive or accusative has regular
endings: «-а» after a consonant is cut («Вучича» → «Вучич»), «-я» after a vowel becomes
«-й» («Абия» → «Абий»), «-ии» becomes «-ия» («Гарсии» → «Гарсия»). Such a name, read where
the finders left some word as written, takes those nominatives.

When unsure, the text's form stays: a word in a vowel that foreign names keep in every case
(«Гросси», «Муто», «Бенито»), a name whose consonant-final surname stays undeclined (a
woman's: «Каи Каллас»), or a name no word of which can stand in the frame's case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.content.declension import CONSONANTS, man_stem_nominative
from bot.content.lexicon import (
    NAME_CASE_FRAMES,
    NAME_OBLIQUE_ENDINGS,
    TITLE_BREAKS,
    TITLE_PREPOSITIONS,
    role_of,
)
from bot.content.mentions import Mention, Person, with_persons
from bot.content.morph import PERSON_GRAMS, Parse, parses, restore_case

_TITLE_WORDS = 8  # lower-case title words and capitalised places between frame and name


@cache
def _frame() -> re.Pattern[str]:
    """A frame (lexicon NAME_CASE_FRAMES), then a title's words up to the name, no punctuation."""
    frames = "|".join(re.escape(f) for f in sorted(NAME_CASE_FRAMES, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:(?P<frame>{frames}))(?P<title>(?:[ \t]+[\w-]+)*?)[ \t]+$")


def _title_word(word: str) -> bool:
    """A word a title between the frame and the name may hold («министра», «иностранных»,
    «Сербии», «при», «ООН»): never a verb or a conjunction, which end the frame's reach."""
    if word.lower() in TITLE_BREAKS:
        return False
    best = parses(word.lower())[:1]
    return not best or best[0].pos not in ("VERB", "INFN", "CONJ", "PRTS", "ADVB", "NPRO")


def frame_case(text: str, start: int) -> str | None:
    """The case the words before `start` put a name in: the frame's, through a title in
    between («По словам постоянного представителя России при ООН …»); None when none does."""
    lo = max(0, start - 160)
    m = _frame().search(text, lo, start)
    if m is None:
        return None
    title = m.group("title").split()
    if len(title) > _TITLE_WORDS or not all(_title_word(w) for w in title):
        return None
    case = NAME_CASE_FRAMES[m.group("frame").lower()]
    if not all(_role_in_case(w, case) for w in title if role_of(w) is not None):
        return None  # «После переговоров премьер-министр Японии Фумио Кисида …»: a subject
    return case


def _role_in_case(word: str, case: str) -> bool:
    """Whether a title's role noun may stand in the frame's `case` as a person («президента»,
    «главы»): a nominative one («премьер-министр», «глава») heads a subject the frame before
    it does not govern, so its name keeps the text's form."""
    people = [p for p in parses(word.lower()) if p.has("NOUN", "anim")]
    return any(p.has(case) for p in people or parses(word.lower()))


def dictionary_nominative(word: str, case: str, gender: str | None) -> str | None:
    """The nominative the dictionary itself gives a name word read in `case` (in `gender`,
    when known); None when it gives none, or two («Александра»: only the man's genitive is
    read in the genitive; «Питера Дуси» is no woman's «Дуся»)."""
    found: set[str] = set()
    for p in parses(word.lower()):
        if gender is not None and gender not in p.grams:
            continue
        if p.dictionary and p.grams & PERSON_GRAMS and p.has(case, "sing"):
            changed = p.raw.inflect({"nomn"})
            if changed is not None:
                found.add(str(changed.word))
    return found.pop() if len(found) == 1 else None


def _man_ending_nominative(word: str, case: str) -> str | None:
    """A man's name word in the genitive or accusative by its regular ending: a genitive of a
    name in «-ия», «-ья» or «-а», declined like «Мария» or «Лула» («Гарсии» → «Гарсия», «Лулы» →
    «Лула»); any other by a man's stem («Вучича» → «Вучич», declension.man_stem_nominative)."""
    lower = word.lower()
    if len(lower) < 4:
        return None
    if lower.endswith(("ии", "ьи")) and case == "gent":
        return word[:-1] + "я"  # «Гарсии» → «Гарсия», «Паррильи» → «Паррилья»
    if lower.endswith("ы") and lower[-2] in CONSONANTS and case == "gent":
        return word[:-1] + "а"  # «Акиры» → «Акира», «Лулы» → «Лула»
    return man_stem_nominative(word, case)


def word_nominative(word: str, case: str, gender: str | None) -> str | None:
    """A name word's nominative in `case`, by the dictionary, else by a man's endings."""
    by_dictionary = dictionary_nominative(word, case, gender)
    if by_dictionary is not None:
        return restore_case(word, by_dictionary)
    return _man_ending_nominative(word, case)


def _nominative_of(word: str, case: str, gender: str | None) -> str | None:
    """A name word's nominative in `case`: a woman's only as the dictionary gives it, a man's
    or an unknown person's also by a man's endings (`word_nominative`)."""
    if gender != "femn":
        return word_nominative(word, case, gender)
    found = dictionary_nominative(word, case, gender)
    return restore_case(word, found) if found is not None else None


def _may_stand_in(word: str, case: str) -> bool:
    """Whether some reading of `word` stands in `case` (a guess counts)."""
    return any(p.has(case) for p in parses(word.lower()) if not p.has("plur"))


def _dictionary_names(word: str) -> list[Parse]:
    """The dictionary's own singular readings of `word` as a person's name, guesses aside: what
    tells whether the dictionary knows a name and in which cases and genders."""
    found = parses(word.lower())
    return [p for p in found if p.dictionary and p.grams & PERSON_GRAMS and not p.has("plur")]


def _known_otherwise(word: str, case: str, last: bool) -> bool:
    """Whether the dictionary holds `word` as a name only in other cases («Мария»,
    «Эльвира» are nominatives): the frame does not reach this name («От себя Мария Захарова
    …»). A man's first name before the surname may stay undeclined («Абдель Фаттаха»)."""
    named = _dictionary_names(word)
    if not named or any(p.has(case) for p in named):
        return False
    return last or any(p.has("femn") for p in named)


def _first_name_gender(capitals: list[str]) -> str | None:
    """ "masc" when a first name the dictionary holds is only a man's («Питер»)."""
    named = [p for w in capitals[:-1] for p in _dictionary_names(w) if p.has("Name")]
    return "masc" if named and all(p.has("masc") for p in named) else None


def _woman_undeclined(words: list[str]) -> bool:
    """A consonant-final surname kept in an oblique frame: only a woman's stays so."""
    last = words[-1].lower()
    return last[-1:] in CONSONANTS or last.endswith(("ь", "й"))


def _man_beside(written: list[str], case: str) -> bool:
    """Whether a word of the name is a man's in `case` by a reading the dictionary gives
    or guesses as a name («Ахмеда», «Бозумбаева»): the first name declines as a man's too."""
    return any(
        p.has("masc", case) and p.grams & PERSON_GRAMS for w in written for p in parses(w.lower())
    )


def _undeclined_vowel(word: str, case: str) -> bool:
    """A word in a vowel no genitive or accusative of a name ends in («-у», «-о», «-е»)
    that no reading puts in the frame's `case`: a foreign name that does not decline."""
    return word[-1:].lower() in "уюоеэ" and not _may_stand_in(word, case)


def framed_name(
    written: list[str], name: list[str], case: str, woman: bool = False
) -> list[str] | None:
    """`name` (the person's words, aligned with the `written` ones) with every word still as
    written put in the nominative of `case`; None when nothing changes or the name is unsure.
    A `woman` (so the verbs agreeing with her say) takes only a woman's nominative the
    dictionary gives: a man's endings cut from her name («по словам Джорджа Мелони» →
    «Джордж») would name a man."""
    if len(written) != len(name) or len(written) < 2 or _woman_undeclined(written):
        return None
    capitals = [w for w in written if w[:1].isupper()]
    if not any(_may_stand_in(w, case) for w in capitals):
        return None
    if any(_known_otherwise(w, case, k == len(capitals) - 1) for k, w in enumerate(capitals)):
        return None
    gender = "femn" if woman else _first_name_gender(capitals)
    out = list(name)
    man = _man_beside(written, case)
    for k, (w, n) in enumerate(zip(written, name, strict=True)):
        if w != n and _undeclined_vowel(w, case):
            out[k] = w  # «Бассиру», «Марселу» read as datives: no case of the frame's
        if w != n or not w[:1].isupper():
            continue
        if w.lower().endswith("ия") and not man:
            continue  # «Мария», «Гарсия» written undeclined: «-ий» only beside a man's word
        head, _, tail = w.rpartition("-")
        found = _nominative_of(tail if head else w, case, gender)
        if found is not None:
            out[k] = f"{head}-{found}" if head else found
    return out if out != name else None


_NEXT_WORD = re.compile(r"[ \t]+([а-яё]+)")


def _verb_next(text: str, end: int) -> bool:
    """Whether a verb follows the name: it is the verb's subject, in the nominative, whatever
    a frame before it says («Позицию Японии Акира Муто изложил так»)."""
    m = _NEXT_WORD.match(text, end)
    best = parses(m.group(1))[:1] if m else ()
    return bool(best) and best[0].pos == "VERB"


# The clause a subject's title opens: a sentence's start, or a speech verb after a dash or
# «как» («», — заявил посол Японии в России Акира Муто.», «Как заявил посол …, «…»»).
_CLAUSE_START = re.compile(r"(?:^|[.!?\n]\s*|(?:[–—]|(?<![\w-])[Кк]ак)\s+[а-яё]+\s+)$")


def _role_nominative(word: str) -> bool:
    """A role noun («посол», «министр») whose every reading as a person is a nominative
    («посол» as salting is a thing's accusative too)."""
    nouns = [p for p in parses(word.lower()) if p.has("NOUN", "anim") and not p.has("plur")]
    return role_of(word) is not None and bool(nouns) and all(p.has("nomn") for p in nouns)


def nominative_slot(text: str, start: int, end: int) -> bool:
    """Whether a name at text[start:end] must be a nominative: right after a title headed by
    a role in the nominative that opens its clause, with no other role in it («Министр
    обороны Японии Акира Накатани»: never «Советник президента Японии …», whose name is
    the president's genitive), and a verb after it or, after «— заявил», the clause's end."""
    lo = max(0, start - 160)
    words = list(re.finditer(r"[\w-]+", text[lo:start]))
    k = len(words)
    while k > 0 and _title_word(words[k - 1].group(0)) and k > len(words) - _TITLE_WORDS:
        k -= 1
        if _CLAUSE_START.search(text, lo, lo + words[k].start()):
            break
    else:
        return False
    if re.search(r"[^\w\s-]", text[lo + words[k].start() : start]):
        return False  # a comma or a dash inside: no one title
    title = [w.group(0) for w in words[k:]]
    roles = [w for w in title[1:] if w.islower() and role_of(w) is not None]
    if not title or roles or not _role_nominative(title[0]):
        return False
    if len(title) > 1 and title[-1].islower():
        return False  # «чиновник администрации Трампа»: the name is whose administration
    after_dash = not re.search(r"(?:^|[.!?\n]\s*)$", text[lo : lo + words[k].start()])
    if after_dash:
        return re.match(r"[ \t]*[.,;:]", text[end:]) is not None
    return _verb_next(text, end)


_TITLE_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def title_head(words: Sequence[str]) -> int | None:
    """The index of the role word heading the title the words end with, right before a name:
    reading back from the name over capitalised words, the prepositions of a post (lexicon
    TITLE_PREPOSITIONS), words in the genitive and role words, the first role word reached
    («глава администрации президента Боливии», «Губернатор Белгородской области», «Посол
    Пакистана в России»); None when no role word stands there («с президентом страны»)."""
    head = None
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not _TITLE_WORD.fullmatch(word):
            break
        if role_of(word):
            head = i
        elif not (word[:1].isupper() or word in TITLE_PREPOSITIONS or genitive_word(word)):
            break
    return head


def nominative_title(words: Sequence[str], opening: bool = False) -> bool:
    """Whether the words before a name are its title headed by a role in the nominative
    singular, so the name is in the nominative however the name reader declined it («глава
    администрации президента Боливии Хуан Рамон Кинтана»; not «послу Индии», «заявил
    министр» + a verb); with `opening`, the title must be all the words (it opens its
    sentence: «Губернатор Белгородской области Вячеслав Гладков сообщил»)."""
    head = title_head(words)
    if head is None or (opening and head != 0):
        return False
    best = parses(words[head].lower())[:1]
    return any(p.has("nomn", "sing") for p in best)  # «Генеральный директор ВТО»: an adjective


def genitive_word(word: str) -> bool:
    """A noun or an adjective that may be in the genitive («администрации», «области», read
    first as a locative)."""
    return any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(word.lower()))


def as_written(written: list[str], name: list[str]) -> list[str] | None:
    """The written words of a name the finders read as oblique («Акира» as «Акир» + «-а»,
    «Риши» as the genitive of «Риша»), when each read word is the written one, it without a
    case ending, or it with its final case ending read as another (`_other_ending`); None
    otherwise."""
    if len(written) != len(name) or written == name:
        return None
    for w, n in zip(written, name, strict=True):
        cut = w.startswith(n) and w[len(n) :] in NAME_OBLIQUE_ENDINGS
        if w != n and not cut and not _other_ending(w, n):
            return None
    return written


def _other_ending(written: str, read: str) -> bool:
    """Whether `read` is `written` with its final vowel, a case ending, read as another one
    («Риши» → «Риша»): the same stem of three letters or more."""
    return (
        len(written) == len(read) > 3
        and written[:-1] == read[:-1]
        and written[-1] in NAME_OBLIQUE_ENDINGS
        and read[-1] in NAME_OBLIQUE_ENDINGS
    )


def _renamed(text: str, m: Mention) -> Person | None:
    """The person of mention `m` named in the nominative its frame's case gives, or None."""
    person = m.person
    if person is None:
        return None
    written = text[m.start : m.end].split()
    if len(written) > 1 and nominative_slot(text, m.start, m.end):
        new = as_written(written, person.name.split())
        if new is None:
            return None
        return Person(" ".join(new), new[-1], person.gender, person.keys | {new[-1].lower()})
    case = frame_case(text, m.start)
    if case is None or _verb_next(text, m.end):
        return None
    new = framed_name(written, person.name.split(), case, person.gender == "femn")
    if new is None:
        return None
    surname = new[-1] if person.surname == person.name.split()[-1] else person.surname
    keys = person.keys | {surname.lower()}
    return Person(" ".join(new), surname, person.gender, keys)


def framed_cases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with every person named in a case frame put in that frame's nominative
    (every mention of the person renamed alike)."""
    found: dict[Person, Person] = {}
    for m in mentions:
        if m.person is not None and m.person not in found:
            new = _renamed(text, m)
            if new is not None:
                found[m.person] = new
    return with_persons(mentions, found)
