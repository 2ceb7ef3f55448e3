"""An interview's answers as the interviewee's quotations, and whose they are.

Why: the journal publishes interviews whose answers carry no quotation mark. Which unit is a
question and which an answer comes from the layouts of bot/content/interview.py; this module
decides which reading is confidently an interview (`_READERS`, `_confident`: a layout alone
is not evidence when it has one question or plain ones — the introduction must then name
exactly one interviewee), turns each answer (a labelled turn and the units continuing it, or
a dash answer) into one quotation, names its speaker from the label («С.В. ЛАВРОВ:» → the
article's «Сергей Лавров») or from the sentence announcing the interview, and reports which
paragraphs the interview covers so nothing quoted inside a turn is quoted again on its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.content.interview import (
    HEADED_WITH,
    ONE_QUOTATION,
    TITLE_LINES,
    VOCATIVE,
    Role,
    Turn,
    answer_label,
    asker_label,
    asks_at_end,
    asks_or_requests,
    dash_answered,
    guest_turns,
    label_head,
    label_line,
    label_of,
    monologue,
    plain_questions,
    single_label,
    speaker_labels,
    turn_label,
    turn_labels,
    turns,
    units,
    without_aside,
)
from bot.content.interviewee import given_stem
from bot.content.layout import Layout, count_words
from bot.content.lexicon import (
    HONORIFICS,
    INTERVIEW_NEWS_OPENERS,
    INTERVIEW_ROLE_FITS,
    INTERVIEWER_BYLINES,
    MEDIA_STEMS,
    NAME_PAIR,
    OUTLET,
    REPORTER_NOUNS,
    REPORTER_STEMS,
    SURNAME_OPENING_PARTICLES,
    TOLD_REPORTER_DATIVES,
    TOLD_REPORTER_STEMS,
    role_of,
    same_role,
)
from bot.content.mentions import Entities, Mention, Person
from bot.content.morph import known, parses, patronymic
from bot.content.name_case import nominative_title
from bot.content.persons import misspelling

_INITIALS = re.compile(r"(?:[А-ЯЁA-Z][а-яё]?\.\s?)+")
# A sentence's end: a full stop before a space (not the one inside "URA.RU"), or a line's.
_SENTENCE_END = re.compile(r"\.(?=\s)|\.$|\n")
_ONLY_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){2,3}")
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*")
# Cues announcing an interview that name the listener before the verb: who answers stands
# after the verb, not before it.
_LISTENER_FIRST_CUES = (
    # «корреспонденту “Ъ” Марианне Беленькой рассказал представитель …»
    r"\b(?:" + "|".join(TOLD_REPORTER_STEMS) + r")\w*\s[^.!?\n]{0,80}?\bрассказал",
    # «На эти и другие вопросы Анатолия Кузичева ответила посол …»
    r"\bвопрос\w*\s[^.!?\n]{0,80}?\bответил",
)
# The interviewer, as the one talked with («побеседовал с корреспондентом»).
_ASKER_WORDS = "|".join(("главным редактором", *REPORTER_STEMS, "«"))
# An outlet's verbs of talking with its guest: who stands after «с» answers. The present and
# the plural are an outlet's own («обсуждаем с консулом …», ««Ведомости» поговорили с …»);
# «обсудил с», «поговорил с» are a news subject's talks with someone, not an interview.
_TALKED_WITH = r"(?:(?:по)?беседова\w*|обсуждаем|поговорили)"
# … a known outlet's quoted name opening the sentence, then any form («Фонтанка» поговорила
# с …); a club, party or company so placed («Зенит» поговорил с …) or a quoted name after a role
# («Директор завода «Уралмаш» поговорил с …») is a news subject having talks.
_OUTLET_TALKED = rf"(?:^|(?<=\n)|(?<=[.!?]\s))[«\"]{OUTLET}[»\"]\s+поговорил[аои]?"
# A host presenting the guest, who is named after it: «Мой гость - премьер-министр Виктор
# Орбан», «я ведущая, Нателла Болтянская, наш гость – …, Роберт Пшель».
_HOSTS_GUEST = r"\b(?:мо[йя]|наш[аи]?)\s+гост(?:ь|ья)\b"
# What announces an interview, one pattern a row; the sentence holding one names who answers.
INTERVIEW_CUES = (
    r"интервью",  # «дал интервью», «в интервью агентству»
    r"(?:отвеча|ответи)\w* на вопрос",  # «отвечает на вопросы главного редактора»
    r"в беседе с",
    r"в гостях у",  # «В гостях у «Свободной прессы» посол … Реза Саджади»
    # «Гость программы «Трибуна» сенатор … Константин Косачев обсуждает с …», «гостем студии»
    # … or «Сегодняшним гостем нашей программы — посол …»
    r"\bгост\w* (?:[а-яё]+ )?(?:программ|студи|эфир|передач|подкаст|шоу|рубрик)",
    _HOSTS_GUEST,
    # «обсудил с главным редактором «Профиля»», «побеседовал с корреспондентом»
    # … or «поговорил с «МК»», an outlet in quotation marks
    r"(?:обсуди|беседова|побеседова|поговори)\w* с "
    r"(?:главным редактором|корреспондент|журналист|«)",
    # «удалось побеседовать с президентом этой страны Николасом Мадуро»: whom, not who
    # … or an outlet's «обсуждаем с генеральным консулом …», ««Ведомости» поговорили с …»
    r"\b" + _TALKED_WITH + r" со? (?!" + _ASKER_WORDS + ")",
    _OUTLET_TALKED + r" со? (?!" + _ASKER_WORDS + ")",
    r"расскаж\w+",  # «…, расскажет ИА AmurMedia генеральный консул»
    r"расспросил\w*",  # «Корреспондент TUT.BY расспросил о новом месте работы …»
    # … or «рассказал специальному корреспонденту», «нашему изданию»
    r"рассказал\w* (?:[а-яё]+(?:ому|ему) )?"
    "(?:" + "|".join((*TOLD_REPORTER_STEMS, *MEDIA_STEMS)) + ")",
    rf"рассказал\w* {OUTLET}",  # «Мария Захарова рассказала RT …»
    *_LISTENER_FIRST_CUES,
    r"\bответы на вопрос",  # «Ответы на вопросы СМИ Постоянного представителя …»
    r"брифинг",  # «брифинг, который провела пресс-секретарь …»
    r"пресс-конференц",
)
_CUE = re.compile("|".join(INTERVIEW_CUES), re.IGNORECASE)
# … a foreign surname's particles kept between («Рюдигер фон ФРИЧ»).
_CAPITAL_SURNAME = re.compile(
    r"\b([А-ЯЁ][а-яё]{2,})\s((?:(?:" + "|".join(SURNAME_OPENING_PARTICLES) + r")\s){0,2})"
    r"([А-ЯЁ]{4,}(?:-[А-ЯЁ]{3,})?)\b"
)
_CAPITAL_NAME = re.compile(r"\b([А-ЯЁ]{3,})\s([А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?)\b")
_ROLE_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_ROLE_REACH = 60  # characters around a name where the role that introduces it stands
# Whom an interview is with: the people after it answer («интервью у/с X», «побеседовать с X»).
_WITH = re.compile(
    r"интервью\s+(?:у|с)\s|(?:\b" + _TALKED_WITH + "|" + _OUTLET_TALKED + r")\s+со?\s"
    r"(?!" + _ASKER_WORDS + ")|" + _HOSTS_GUEST,
    re.IGNORECASE,
)
# An announcing sentence naming its listener before the verb: who answers stands after it.
_LISTENER_FIRST = re.compile("(?:" + "|".join(_LISTENER_FIRST_CUES) + r")\w*", re.IGNORECASE)
# A question opening by hailing its addressee: by given name and patronymic, or «Господин …».
_HAILED = re.compile(VOCATIVE.pattern + r"|^(?:Уважаем\w+\s+)?(?:Господин|Госпожа)\s")
# A journalist in the dative right before a name: the one told, not the one telling.
# … or one a byline names as asking («Беседовала Елена Протопопова», «Интервью вела …»).
# The byline opens its sentence or line, the interviewer right after it («Беседовал с
# журналистами и министр … Олег Сидоров» is the minister's own verb, not a byline).
_TOLD = re.compile(
    r"\b(?:" + "|".join(TOLD_REPORTER_DATIVES) + r")\b[^.!?]*$"
    r"|^\s*(?:" + "|".join(INTERVIEWER_BYLINES) + r")\s+(?!со?\s)[^.!?,]*$"
)
_PRONOUN = re.compile(r"\b(?:[Оо]н|[Оо]на)\b")
_MIN_DASH_QUESTIONS = 2
_CAPITALISED = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b")
_GUEST_HEADING_WORDS = 3  # «В гостях», «Гость студии» alone on a line
# An interviewer's greeting: the answer to it is small talk.
_GREETING = re.compile(
    r"\b(?:[Зз]дравствуйте|[Дд]обр(?:ый|ое) (?:день|утро|вечер)|[Пп]риветствую)\b"
)
# «— Господин посол, …?», «Госпожа министр, …?»: an honorific and a role address the interviewee.
_HONORIFIC_ROLE = re.compile(r"^[—–-]\s*(?:[Гг]осподин|[Гг]оспожа)\s+(?P<role>[а-яё-]+)\s*,")
# A digest's topic line: «О позиции по Украине в ООН:», «Про санкции:».
_TOPIC_LINE = re.compile(r"^(?:О|Об|Обо|Про|Насчет|Относительно)\s[^.!?«»\"\n]{2,120}:$")
# «…, «Огонек» спросил постпреда РФ при НАТО Александра Грушко»: the question reported.
_ASKED = re.compile(r"\b(?:спросил|спросила|спросили|поинтересовал\w*\s+у)\b", re.IGNORECASE)
_DASH_UNIT = re.compile(r"^[—–]\s*")
_ANY_DASH = re.compile(r"^[—–―-]\s*")  # a dash turn, its dash typed as a hyphen too
_INLINE_ATTRIBUTION = re.compile(r"[,!?…]\s*[—–-]\s+[а-яё]")
_HEADING_END = frozenset('.!?…:;,»"”')
_LEAD_SENTENCE = re.compile(r"[а-яё»)][.!?…](?:\s|$)")
_FIRST_PERSON = re.compile(r"\b(?:[Яя]|[Мм]не|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]аш\w*|[Мм]о[йеяи]\w*)\b")
_FULL_NAME = 2  # words of a name that gives the given name
_VOCATIVE_INTRO = 2  # units before a question addressing its interviewee: headline and lead
_HEADING_WORDS = 12  # one "— …?" line is dialogue, not an interview


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: its words run from `lo` to `hi` of the text."""

    lo: int
    hi: int
    paragraph: int
    speaker: str | None
    # It returns a greeting («Здравствуйте, Ваше Превосходительство!»): small talk, quoted
    # but no summary of the interview.
    greeting: bool = False
    # Under a label of its own («В. Путин:», «Ответ:»): one person's turn, however many of
    # its paragraphs open with a dash.
    labelled: bool = False


def _given(word: str) -> bool:
    return any(p.has("Name") for p in parses(word.lower()))


def label_name(label: str) -> str | None:
    """ "Сергей ЛАВРОВ" → "Сергей Лавров"; "Карпушин Александр Романович, Посол …" →
    "Александр Карпушин"; "С.В. ЛАВРОВ" → "Лавров"; None when the label names nobody."""
    head = _INITIALS.sub("", label_head(label)).strip()
    found = [w if not w.isupper() else w[:1] + w[1:].lower() for w in _LABEL_WORD.findall(head)]
    if found and found[-1] not in SURNAME_OPENING_PARTICLES and 1 < len(found) <= 5:
        # «Перрен де Бришамбо»: a particle and the capitalised word after it make one surname
        found = _join_particles(found)
    words = found
    if not words or len(words) > 3 or any(not w.split()[-1][:1].isupper() for w in words):
        return None
    if len(words) == 3 and patronymic(words[2]):
        return f"{words[1]} {words[0]}"
    if len(words) == 3 and patronymic(words[1]):
        return f"{words[0]} {words[2]}"
    if len(words) == 2 and _given(words[1]) and not _given(words[0]):
        return f"{words[1]} {words[0]}"
    return " ".join(words)


def _join_particles(words: list[str]) -> list[str]:
    """ "Перрен де Бришамбо" → ["Перрен", "де Бришамбо"]: a foreign name's particles stay
    with the surname after them, so the label reads as a given name and a surname."""
    out: list[str] = []
    for w in words:
        if out and out[-1].split()[-1] in SURNAME_OPENING_PARTICLES:
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _fullest(name: str, entities: Entities, text: str) -> str:
    """The fullest form the article gives of a label's person ("Лавров" → "Сергей Лавров");
    never one read from a mention written with a patronymic ("Александр Арсеньевич Орлов" is
    not how a quotation names its speaker, and dropping the patronymic gives a form the text
    never wrote: the label's own word stays), nor one of as many words ("Иван Яковина" stays,
    whatever form another mention was read in)."""
    surname = name.split()[-1].lower()
    words = len(name.split())
    for m in entities.persons:
        person = m.person
        if person is None or surname not in person.keys or len(person.name.split()) <= words:
            continue
        written = text[m.start : m.end].split()
        if len(written) > words and not any(patronymic(w) for w in written[1:-1]):
            return person.name
    return name


def _as_introduced(name: str, entities: Entities, text: str) -> str:
    """ "Америко Диес Нуньес:" labels after the lead's «посол … Америко Диас Нуньес»: a label
    the name finder reads as the person the text introduced before it in full, in as many
    words with the same first and last one and the middle ones spelt otherwise (`_spelt_so`),
    names that person as introduced — the article's own form, the label a variant of it.
    The label itself otherwise: a middle word that is another name («Хосе Антонио Родригес»
    of «Хосе Луис Родригес») is a son or a namesake, and so is a label the text also writes
    as someone it tells of («Его сын Хосе Антонио Родригес также пришел»)."""
    first = text.find(name)
    if _written_outside_labels(name, text):
        return name
    for m in entities.persons:
        person = m.person
        if person is None or text[m.start : m.end] != name or person.name == name:
            continue
        introduced = -1 < text.find(person.name) < first
        if _spelt_so(name.split(), person.name.split()) and introduced:
            return person.name
    return name


def _spelt_so(label: list[str], full: list[str]) -> bool:
    """Whether the label's words are the full name's, a longer one than a pair, with the same
    first and last word and each middle one the same or one misspelt («Диес» of «Диас»,
    «Мануэл» of «Мануэль»; not «Антонио» of «Луис»)."""
    if len(full) != len(label) or len(full) <= NAME_PAIR:
        return False
    if full[0] != label[0] or full[-1] != label[-1]:
        return False
    return all(
        a == b or misspelling(a.lower(), b.lower()) for a, b in zip(label, full, strict=True)
    )


# A label: the name at a line's start, a colon after it («Хосе Диас:»).
_LABEL_AFTER = re.compile(r"[ \t]*:")


def _written_outside_labels(name: str, text: str) -> bool:
    """Whether the text writes `name` anywhere but as a label (`_LABEL_AFTER`)."""
    return any(
        not _LABEL_AFTER.match(text, found.end())
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


def _cue_sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The bounds of each sentence between `lo` and `hi` announcing an interview."""
    out: list[tuple[int, int]] = []
    for cue in _CUE.finditer(text, lo, hi):
        if out and cue.start() < out[-1][1]:
            continue
        start, end = _sentence(text, cue.start(), cue.end())
        out.append((max(start, lo), end))
    return out


def _sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[lo:hi], after the label opening its
    paragraph («Юрий Костин, журналист: В гостях у проекта – Дмитрий Песков …»: the one
    speaking the sentence is not the one it announces)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, lo)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, hi)
    stop = end.start() if end else len(text)
    if start == 0 or text[start - 1] == "\n":
        paragraph_end = text.find("\n", start)
        label = label_of(text[start : paragraph_end if paragraph_end >= 0 else len(text)])
        if label is not None and start + label.end() <= lo:
            start += label.end()
    return start, stop


def _announced(text: str, lo: int, end: int, entities: Entities) -> list[str]:
    """Whom one announcing sentence names as answering: after "интервью у/с", or in the
    nominative ("Сергей Лавров дал интервью")."""
    after = HEADED_WITH.match(text, lo, end) or _WITH.search(text, lo, end)
    people = [m for m in entities.persons if lo <= m.start < end and m.person is not None]
    if after is not None:
        people = [m for m in people if m.start >= after.end()]
        if _WITH_OBJECT.match(after.group(0)):
            people = [m for m in people if _instrumental(text, m)]
    else:
        people = _answering(text, lo, end, people)
    names = list(dict.fromkeys(m.person.name for m in people if m.person is not None))
    if after is not None:  # whom the interview is with, never the journalist before «у»/«с»
        return names or _capital_people(text, after.end(), end, entities)
    whose = _genitive_headed(text, lo, end, entities)
    if whose is not None:
        return whose
    return (
        names
        or _title_named(text, lo, end, entities)
        or _capital_names(text, lo, end)
        or _capital_surnames(text, lo, end)
        or _honorific_named(text, lo, end)
        or _role_subject(text, lo, end, entities)
        or _pronoun_subject(text, lo, entities)
    )


# A sentence opening with the interview itself («Интервью Генерального секретаря ШОС Владимира
# Норова агентству …», «Стенограмма интервью министра …»): whose it is follows in the genitive.
_INTERVIEW_OF = re.compile(r"\s*(?:[А-ЯЁ][а-яё]+\s+)?[Ии]нтервью\s")


# An outlet's own «обсуждаем с X», «поговорили с X» (a `_WITH` match): X talks, named in the
# instrumental. («интервью с Кристианом взял Игорь Сид» is left as it was read.)
_WITH_OBJECT = re.compile(r"^(?:обсуждаем|поговорили)\s+со?\s$", re.IGNORECASE)


def _instrumental(text: str, m: Mention) -> bool:
    """Whether a name after «с» may be the instrumental object of «с» itself («поговорили с
    послом Иваном Петровым»), not a genitive elsewhere in the sentence («обсуждаем с
    экспертом итоги визита Дональда Трампа», «о словах Дмитрия Пескова»): the one talked
    with is then a bare common noun, unknown. A word no dictionary declines (a foreign
    name) may be any case."""
    words = text[m.start : m.end].split()
    return any(not known(w) or any(p.has("ablt") for p in parses(w.lower())) for w in words)


def _genitive_headed(text: str, lo: int, end: int, entities: Entities) -> list[str] | None:
    """The person a sentence opening «Интервью …» names first, when every role word before
    the name is in the genitive («Генерального секретаря ШОС Владимира Норова»): the
    interviewee (none when the name may be read two ways, `_undeclined`); None when the
    sentence does not open so, or a role in the dative («Интервью журналисту Ивану Петрову»)
    or none at all stands before the name. A journalist there, or a person after «с»/«у»
    («Интервью журналиста Такера Карлсона с президентом … Путиным»), is the one asking:
    the guest after «с»/«у» answers (`_instrumental_guest`), nobody when none is named."""
    head = _INTERVIEW_OF.match(text, lo, end)
    if head is None:
        return None
    first = next((m for m in entities.persons if head.end() <= m.start < end and m.person), None)
    if first is None or first.person is None:
        return None
    guest = _GUEST_AFTER.search(text, first.end, end)
    if _interviewer(text[head.end() : first.start]):
        return (_instrumental_guest(text, guest.end(), end, entities) if guest else None) or []
    words = [w for w in _ROLE_WORD.findall(text, head.end(), first.start) if role_of(w)]
    if not words or not all(any(p.has("gent") for p in parses(w.lower())) for w in words):
        return None
    guests = _instrumental_guest(text, guest.end(), end, entities, True) if guest else None
    if guests is not None:
        return guests
    return [] if _undeclined(text[first.start : first.end], first) else [first.person.name]


# «Интервью журналиста X с президентом Y» / «… у посла Y»: the genitive names the interviewer,
# the person after «с»/«у» is the guest.
_GUEST_AFTER = re.compile(r"\s(?:со?|у)\s(?!" + _ASKER_WORDS + ")", re.IGNORECASE)
# The case endings a name after «с» keeps when the finder left it as written («Ханьхуэем»).
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ой", "ей")


def _interviewer(words: str) -> bool:
    """Whether `words` (before a name) hold a journalist's role («американского журналиста»,
    «ведущего телеканала»): the one asking, never the one answering; «ведущего» before an
    adjective or another role is the adjective «leading» («ведущего научного сотрудника»)."""
    found = [*_ROLE_WORD.findall(words), ""]
    return any(
        any(p.normal in REPORTER_NOUNS for p in parses(w.lower()))
        and not (nxt and (role_of(nxt) or any(p.pos == "ADJF" for p in parses(nxt.lower()))))
        for w, nxt in itertools.pairwise(found)
    )


def _instrumental_guest(
    text: str, lo: int, end: int, entities: Entities, titled: bool = False
) -> list[str] | None:
    """The people after «с»/«у» in an interview's heading, read back to the nominative; a
    name the finder left as written in the instrumental («Чжан Ханьхуэем») is unsure:
    nobody ([]). None when no person follows, or a journalist («с американским журналистом
    Такером Карлсоном»), or when `titled` (an official before «с») no role stands before
    the first («Интервью министра … с Владимиром Соловьёвым»: a host, as likely as a guest)."""
    out: list[str] = []
    for m in entities.persons:
        if m.person is None or not lo <= m.start < end:
            continue
        before = text[lo : m.start]
        if not out and (
            _interviewer(before) or (titled and not any(map(role_of, _ROLE_WORD.findall(before))))
        ):
            return None
        last = text[m.start : m.end].split()[-1]
        if last == m.person.name.split()[-1] and last.endswith(_INSTRUMENTAL_ENDINGS):
            return []
        out.append(m.person.name)
    return list(dict.fromkeys(out)) or None


def _undeclined(written: str, m: Mention) -> bool:
    """A name in the genitive read as written, «А.В. Новикова» as «Новикова»: a woman's
    nominative or a man's genitive, unsure which."""
    name = m.person.name if m.person else ""
    surname = written.split()[-1].split(".")[-1]  # «Х.Гонсалеса»: after the initial
    return surname == name.split()[-1] and written[-1:] in ("а", "я")


def _capital_people(text: str, lo: int, end: int, entities: Entities) -> list[str]:
    """ "встретился со спикером … ВЯЧЕСЛАВОМ ВОЛОДИНЫМ", "интервью у МАРИИ ЗАХАРОВОЙ": a given
    name and surname in capitals in any case, after `lo`: the person the text names elsewhere
    whose given name and surname these words begin with (in the nominative, «НИКОЛАЙ
    ПАТРУШЕВ», as written when nobody else is)."""
    out: list[str] = []
    for m in _CAPITAL_NAME.finditer(text, lo, end):
        given, surname = m.group(1).lower(), m.group(2).lower()
        found = {
            p.person.name
            for p in entities.persons
            if p.person is not None
            and len(p.person.name.split()) == _FULL_NAME
            and given.startswith(given_stem(p.person.name.split()[0].lower()))
            and any(surname.startswith(key) for key in p.person.keys)
        }
        out.extend(found if len(found) == 1 else _capital_names(text, m.start(), m.end()))
    return list(dict.fromkeys(out))


def _answering(text: str, lo: int, end: int, people: list[Mention]) -> list[Mention]:
    """Of the people an announcing sentence names, those in the nominative; when the sentence
    names its listener first («корреспонденту “Ъ” Марианне Беленькой рассказал …», «на
    вопросы Анатолия Кузичева ответила посол Израиля Дорит Голендер»), those after its verb,
    a foreign name the morphology cannot decline read by the nominative role before it."""
    # the journalist told is the listener, whatever case the name was read in («в интервью
    # журналистке Анне Ким»)
    people = [m for m in people if not _TOLD.search(_before(text, m.start))]
    listener = _LISTENER_FIRST.search(text, lo, end)
    if listener is not None:
        after = [
            m
            for m in people
            if m.start >= listener.end() and (m.nominative or _role_named(text, m.start))
        ]
        if after:
            return after
    return [m for m in people if m.nominative]


def _title_named(text: str, lo: int, end: int, entities: Entities) -> list[str]:
    """The one person an announcing sentence names right after a title headed by a role in
    the nominative («рассказал глава администрации президента Боливии Хуан Рамон Кинтана»,
    «Посол Пакистана в России Кази Халлилула в интервью … рассказал»), whom the name reader
    put into another case («Кинтан», «Халлилул»: a foreign name it cannot decline): the title
    says the name is in the nominative, so it is as written; never the journalist told, a
    name cut short, a name written with initials, nor one whose given name is declined
    («советник президента Владимира Путина»: a genitive attribute of the title)."""
    found = {
        _written_name(text[m.start : m.end], m.person)
        for m in entities.persons
        if lo <= m.start < end
        and m.person is not None
        and not m.nominative
        and not _TOLD.search(_before(text, m.start))
        and not _NAME_GOES_ON.match(text, m.end)
        and nominative_title(_before(text, m.start).split())
        and (_role_named(text, m.start) or _nominative_only(text[m.start : m.end]))
    }
    found.discard("")
    return list(found) if len(found) == 1 else []


# A capitalised word right after a name: the reader cut the name short («Алемайеху Тегену
# Аргау» read as two words), so its written form is no whole name.
_NAME_GOES_ON = re.compile(r"[ \t]+[А-ЯЁA-Z]")


def _written_name(written: str, person: Person) -> str:
    """A name in the nominative's place as the text writes it (its patronymic left out), the
    person's own name when that is how it reads; "" when initials stand in it."""
    if "." in written or not _may_be_nominative(written.split()[0]):
        return ""  # «советник президента Владимира Путина»: a given name in the genitive
    if _as_written(written, person):
        return person.name
    return " ".join(w for w in written.split() if not patronymic(w))


def _may_be_nominative(word: str) -> bool:
    """Whether a name's first word may be in the nominative: a word no dictionary knows (a
    foreign name, «Кази») or one with a nominative reading («Хуан»; never «Владимира»)."""
    return not known(word.lower()) or any(p.has("nomn") for p in parses(word.lower()))


def _nominative_only(written: str) -> bool:
    """Whether a name's given name can be nothing but a singular nominative («Хуан»; not
    «Джорджи», read as a plural too, nor «Лулы», «Педро»). After a title whose role nearest
    the name is in the genitive («Советник премьер-министра Италии Джорджи Мелони»,
    «советник президента Казахстана Касым-Жомарта Токаева») the name is most often that
    role's holder, the head unnamed; only such a given name («глава администрации президента
    Боливии Хуан Рамон Кинтана») names the head."""
    first = written.split()[0].lower()
    names = [p for p in parses(first) if p.has("Name")]
    return known(first) and bool(names) and all(p.has("nomn", "sing") for p in names)


def _role_named(text: str, start: int) -> bool:
    """Whether the role word nearest before a name is in the nominative («посол Израиля в
    России Дорит Голендер»; not «в беседе с министром Сергеем Лавровым»)."""
    roles = [w for w in _ROLE_WORD.findall(_before(text, start)) if role_of(w)]
    return bool(roles) and _nominative_role(roles[-1])


def _pronoun_subject(text: str, lo: int, entities: Entities) -> list[str]:
    """ "Министр … Самех Шукри посетил Москву. В интервью ТАСС он рассказал …": an announcing
    sentence whose subject is «он»/«она» stands for the one person the sentence before it
    names in the nominative."""
    if not _PRONOUN.search(text, lo, _sentence(text, lo, lo)[1]):
        return []
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, lo - 1))]
    before = starts[-1] if starts else 0
    # a newspaper's name in capitals first: «Председатель Центризбиркома ВЛАДИМИР ЧУРОВ …
    # уверен … Он рассказал …» (the capitals may be read as a name of another shape there)
    names = set(_capital_names(text, before, lo)) or {
        m.person.name
        for m in entities.persons
        if before <= m.start < lo and m.nominative and m.person is not None
    }
    return list(names) if len(names) == 1 else []


def _role_subject(text: str, lo: int, end: int, entities: Entities) -> list[str]:
    """ "Назначен Тоехиса Кодзуки — кадровый дипломат … дипломат рассказал в интервью …": the
    one role noun in the nominative of the announcing sentence stands for the one person
    named in the nominative before it whom that same role introduced (within a few words of
    the name); two roles, or two such people, name nobody."""
    roles = {role_of(w) for w in _ROLE_WORD.findall(text, lo, end) if _nominative_role(w)}
    if len(roles) != 1:
        return []
    role = roles.pop()
    before = [m for m in entities.persons if m.end <= lo and m.nominative and m.person]
    names = {
        m.person.name
        for m in before
        if m.person is not None
        and any(role_of(w) == role for w in _ROLE_WORD.findall(_around(text, m.start, m.end)))
    }
    return list(names) if len(names) == 1 else []


def _around(text: str, start: int, end: int) -> str:
    """The few words around a name, within its own sentence."""
    lo, hi = max(0, start - _ROLE_REACH), min(len(text), end + _ROLE_REACH)
    cut = max(text.rfind(c, lo, start) for c in ".!?\n")
    stop = min((i for c in ".!?\n" if (i := text.find(c, end, hi)) >= 0), default=hi)
    return text[max(lo, cut + 1) : stop]


def _nominative_role(word: str) -> bool:
    found = parses(word.lower())[:1]
    return role_of(word) is not None and any(p.has("nomn") and p.has("sing") for p in found)


def _capital_names(text: str, lo: int, end: int) -> list[str]:
    """ "секретарь Совбеза НИКОЛАЙ ПАТРУШЕВ рассказал корреспонденту ЕЛЕНЕ ЧЕРНЕНКО": a
    given name and surname in capitals (a newspaper's convention), in the nominative
    singular («МАРИИ» is a plural nominative too, but a name is one person's), never the
    journalist told («рассказал корреспонденту "Ъ" МАРИИ ЕФИМОВОЙ»)."""
    out = []
    for m in _CAPITAL_NAME.finditer(text, lo, end):
        given, surname = m.group(1).lower(), m.group(2).lower()
        if _TOLD.search(_before(text, m.start())):
            continue
        if any(p.has("Name", "nomn", "sing") for p in parses(given)):
            title = "-".join(part.capitalize() for part in surname.split("-"))
            out.append(f"{given.capitalize()} {title}")
    return list(dict.fromkeys(out))


# «господин Цзи Яньчи», «госпожа Ким Со Ён»: an honorific in the nominative, then the name.
_HONORIFIC_NAME = re.compile(
    r"\b(?:[Гг]осподин|[Гг]оспожа)\s+(?P<name>[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+){0,2})\b"
)


def _honorific_named(text: str, lo: int, end: int) -> list[str]:
    """ "Генеральный консул КНР господин Цзи Яньчи дал Metro интервью": a name the text's
    people may not include (a Chinese, a Korean one), after an honorific in the nominative,
    as written; never a role after it («господин Посол»)."""
    out = []
    for m in _HONORIFIC_NAME.finditer(text, lo, end):
        name = m.group("name")
        if not any(role_of(w) for w in name.replace("-", " ").split()):
            out.append(name)
    return list(dict.fromkeys(out))


def _capital_surnames(text: str, lo: int, end: int) -> list[str]:
    """ "с послом государства Палестина Абдельхафиз НОФАЛЬ": a given name, then a surname in
    capitals the dictionary does not know (an abbreviation, «МАГАТЭ», it knows), its
    particles kept («Рюдигер фон ФРИЧ» → «Рюдигер фон Фрич»)."""
    out = []
    for m in _CAPITAL_SURNAME.finditer(text, lo, end):
        given, particles, surname = m.group(1), m.group(2), m.group(3).lower()
        name_like = not known(given.lower()) or any(p.has("Name") for p in parses(given.lower()))
        if name_like and not known(surname):
            title = "-".join(part.capitalize() for part in surname.split("-"))
            out.append(f"{given} {particles}{title}")
    return list(dict.fromkeys(out))


def interviewee(text: str, entities: Entities, hi: int | None = None) -> str | None:
    """Who answers: the person the sentence announcing the interview names ("Сергей Лавров
    в интервью …", "интервью у Владимира Путина"), or None. With `hi`, the announcing
    sentences before it (the introduction) must name exactly one person between them
    ("…брифинг, который провела Хизер Нойерт. Ей пришлось отвечать на вопросы…")."""
    if hi is None:
        first = _cue_sentences(text, 0, len(text))[:1]
        names = [n for lo, end in first for n in _announced(text, lo, end, entities)]
        return names[0] if names else None
    found = [
        n for lo, end in _cue_sentences(text, 0, hi) for n in _announced(text, lo, end, entities)
    ]
    unique = list(dict.fromkeys(found))
    return unique[0] if len(unique) == 1 else None


def digest(text: str, entities: Entities) -> tuple[str, frozenset[int]] | None:
    """An interview's digest: after an introduction announcing one person's interview
    («Дмитрий Полянский дал интервью RTVI. Собрали главное»), topic lines («О позиции по
    Украине:», «Блокировка сайта Sputnik-Турция») each over paragraphs that are one quotation
    apiece. Returns the interviewee and those paragraphs' numbers: their quotations are the
    interviewee's. Two topics at least, or one right under the announcing paragraph."""
    paragraphs = text.split("\n")
    topics = [k for k, p in enumerate(paragraphs) if k and _topic_line(p)]
    if not topics:
        return None
    quoted = {k for t in topics for k in _quoted_run(paragraphs, t + 1)}
    if len(quoted) < len(topics):
        return None
    intro_end = sum(len(p) + 1 for p in paragraphs[: topics[0]])
    announced = _cue_sentences(text, intro_end - len(paragraphs[topics[0] - 1]) - 1, intro_end)
    if len(topics) < _MIN_DASH_QUESTIONS and not announced:
        return None
    who = interviewee(text, entities, intro_end) or _role_headed(text, announced, entities)
    return (who, frozenset(quoted)) if who else None


def _role_headed(text: str, cues: list[tuple[int, int]], entities: Entities) -> str | None:
    """The one person an announcing sentence opening with a role names before its cue
    («Посол Турции в Москве Умит Ярдым в среду ответил на вопросы …»), read in whatever case
    (a foreign name the morphology cannot decline)."""
    if len(cues) != 1:
        return None
    lo, end = cues[0]
    first = _ROLE_WORD.match(text, lo + len(text[lo:end]) - len(text[lo:end].lstrip()))
    if first is None or not _nominative_role(first.group(0)):
        return None
    cue = _CUE.search(text, lo, end)
    stop = cue.start() if cue else end
    names = {m.person.name for m in entities.persons if lo <= m.start < stop and m.person}
    return names.pop() if len(names) == 1 else None


def _topic_line(paragraph: str) -> bool:
    """ "О позиции по Украине:", or a subhead ("Блокировка сайта Sputnik-Турция")."""
    return bool(_TOPIC_LINE.match(paragraph.strip())) or _subhead(paragraph)


def _quoted_run(paragraphs: list[str], k: int) -> list[int]:
    """The paragraphs from k on that are each one quotation, up to the first that is not."""
    out = []
    while k < len(paragraphs) and ONE_QUOTATION.match(paragraphs[k].strip()):
        out.append(k)
        k += 1
    return out


def _names_person(label: str, entities: Entities) -> bool:
    """Whether a label names a person the article names too (its surname is theirs)."""
    name = label_name(label)
    if name is None:
        return False
    surname = name.split()[-1].lower()
    return any(m.person is not None and surname in m.person.keys for m in entities.persons)


@dataclass(frozen=True, slots=True)
class Interview:
    """The answers found, and the paragraphs the interview covers (questions included)."""

    answers: tuple[Answer, ...]
    covered: tuple[tuple[int, int], ...]
    # A transcript («В. Путин:» alone on its line, a talk show's «С.ДОРЕНКО: …»): the record
    # of an event its lead describes.
    transcript: bool = False
    # Read from an introduction that reports the question (`_asked_answers`), or vouched
    # for by the announcement alone, or with no turn that asks (`_unasked`), or answered by
    # the introduction's one person, not announced by name nor by a role fitting their title
    # (`_protagonist`): the answers are quotations, but the introduction, not an answer,
    # still sums the text up.
    reported: bool = False
    # The interviewer's turns, within `covered`, and the names their labels give: a quotation
    # a host cites there with its own attribution («…», - сказал глава государства) is the
    # cited one's, never the host's nor the guest's.
    asked: tuple[tuple[int, int], ...] = ()
    askers: tuple[str, ...] = ()

    def covers(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.covered)

    def asks(self, pos: int) -> bool:
        """Whether `pos` stands in an interviewer's turn."""
        return any(lo <= pos < hi for lo, hi in self.asked)


def _verbless(label: str) -> bool:
    """ "Ван И, в свою очередь, подчеркнул:" introduces a quotation; a label has no verb. Only
    its lower-case words are read: a capitalised one is a name or an initial («Е. АЛЬБАЦ»,
    «Момчило Бабич»), whatever verb the dictionary guesses in «е» or «-ло»."""
    return not any(
        p.pos in ("VERB", "INFN", "GRND")
        for w in _LABEL_WORD.findall(without_aside(label))
        if not w[:1].isupper()
        for p in parses(w.lower())[:1]
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """A text read as units, with each unit's offset in the text."""

    text: str
    texts: list[str]
    offsets: list[int]
    entities: Entities

    @staticmethod
    def first_turn(roles: list[Turn]) -> int:
        return next((k for k, t in enumerate(roles) if t.role is not Role.INTRO), len(roles))

    def intro_end(self, roles: list[Turn]) -> int:
        first = self.first_turn(roles)
        return self.offsets[first] if first < len(roles) else len(self.text)


def _announced_turn(reading: _Reading, k: int) -> bool:
    """Whether unit k's label answers an announced interview: the announcement is right
    before it, or earlier with a question right before it («Интервью посла …», «1.Как бы вы
    охарактеризовали …?», «Ли Хуэй: …»); not a label anywhere in a news story."""
    if k == 0:
        return False
    before = reading.offsets[k - 1]
    if _cue_sentences(reading.text, before, reading.offsets[k]):
        return True
    return asks_at_end(reading.texts[k - 1]) and bool(_cue_sentences(reading.text, 0, before))


def _monologue(reading: _Reading) -> list[Turn] | None:
    """One labelled turn: "Андрей Денисов, Посол России в КНР: …" (a name with a role after
    a comma; a headline has none), or a label naming a person of the article when it stands
    alone on its line («В. Путин:») or right after the announcement of an interview."""
    single = single_label(reading.texts)
    if single is None:
        return None
    k, label = single
    if answer_label(label) or asker_label(label) or label_name(label) is None:
        return None
    text = reading.texts[k]
    m = turn_label(text)  # "Сергей Лавров, министр: «…»" is a quoted headline
    if m is None:
        return None
    turn = text[m.end() :].lstrip()
    if "," not in label:
        alone = not turn
        announced = _announced_turn(reading, k)
        if not _names_person(label, reading.entities) or not (alone or announced):
            return None
    return monologue(reading.texts, k)


def _read_turns(reading: _Reading) -> list[Turn] | None:
    """The layouts of bot/content/interview.py; not a dash Q&A whose introduction holds a
    label alone on its line over a dash turn («Игорь Жижикин, генеральный директор …:» /
    «- Это история …» / «- С чего начинали?»): that label answers, and the dash turns under it
    are its exchange (`_monologue`), not an introduction and a Q&A after it."""
    found = turns(reading.texts)
    if found is None or any(
        _label_over_dash(reading.texts, k) for k, t in enumerate(found) if t.role is Role.INTRO
    ):
        return None
    return found


def _label_over_dash(texts: Sequence[str], k: int) -> bool:
    """Whether unit k is an answering label alone on its line with a dash turn under it."""
    m = label_of(texts[k])
    if m is None or m.end() < len(texts[k].rstrip()) or k + 1 >= len(texts):
        return False
    return _ANY_DASH.match(texts[k + 1]) is not None and not asker_label(m.group("label"))


def _read_dash_answered(reading: _Reading) -> list[Turn] | None:
    """Plain questions each answered by a dash turn (the site lost the questions' bold)."""
    return dash_answered(reading.texts)


def _read_plain(reading: _Reading) -> list[Turn] | None:
    """Plain questions: two, or one addressing by name the one the introduction names, or
    any right after a paragraph announcing the interview and answered in the first person."""
    found = plain_questions(reading.texts)
    if found is not None:
        return found
    found = plain_questions(reading.texts, 1)
    first = _Reading.first_turn(found) if found else 0
    if found and addressed(reading, first):
        return found
    found = plain_questions(reading.texts, 1, addressing=False)
    first = _Reading.first_turn(found) if found else 0
    sure = _announced_before(reading, first) or _asked_in_interview(reading, first)
    sure = sure or (found is not None and _headlined_exchange(reading, found, first))
    return found if found and sure else None


def _headlined_exchange(reading: _Reading, found: list[Turn], first: int) -> bool:
    """Whether plain questions, two or more, stand right under a headline whose label names
    one person («Мария Захарова: «У страны не может быть одного лица»») and the first is
    answered in the first person («Не вижу противоречий. …»): that person's interview,
    printed without bold, whatever the questions address."""
    questions = sum(1 for t in found if t.role is Role.QUESTION)
    if questions < _MIN_DASH_QUESTIONS or first != 1 or first + 1 >= len(reading.texts):
        return False
    named = _headline_label(reading, first)
    return named is not None and _first_person_opening(reading.texts[first + 1])


def _announced_before(reading: _Reading, k: int) -> bool:
    """Whether the unit before question k announces the interview («Об этом в интервью CGTN
    заявил посол … Полный текст интервью следует.») and the answer under it speaks in the
    first person («Наши торгово-экономические отношения …»)."""
    if k == 0 or k + 1 >= len(reading.texts):
        return False
    before = reading.offsets[k - 1]
    announced = bool(_cue_sentences(reading.text, before, reading.offsets[k]))
    return announced and _first_person_opening(reading.texts[k + 1])


def _asked_in_interview(reading: _Reading, k: int) -> bool:
    """Whether plain question k hails the interviewee («Господин Посол, приходилось ли Вам
    …?», «Максим Владимирович, … Как вы …?»; a bare «вы» may be a columnist's reader) in a
    text whose introduction announces an interview anywhere, and the answer under it speaks
    in the first person: the first exchange of an interview printed without dashes or bold."""
    if k == 0 or k + 1 >= len(reading.texts) or not _HAILED.match(reading.texts[k]):
        return False
    announced = bool(_cue_sentences(reading.text, 0, reading.offsets[k]))
    return announced and _first_person_opening(reading.texts[k + 1])


_OPENING_SENTENCES = 2  # «Обязательно. Уже второй год я буду …»: a one-word reply, then more
_OPENING_VERB = re.compile(r"(?:[Нн]е\s+)?(?P<word>[^\W\d_][\w-]*)")


def _first_person_opening(answer: str) -> bool:
    """Whether an answer's first sentences (a one-word reply may open it) speak in the first
    person."""
    stops = [m.start() for m in _SENTENCE_END.finditer(answer)][:_OPENING_SENTENCES]
    opening = answer[: stops[-1]] if len(stops) == _OPENING_SENTENCES else answer
    if _FIRST_PERSON.search(opening) is not None:
        return True
    # … or a verb in the first person opens it («Думаю, не будет преувеличением …», «Не вижу
    # противоречий.», the negation before it)
    first = _OPENING_VERB.match(opening.lstrip(" —–-"))
    return first is not None and any(
        p.pos == "VERB" and p.has("1per") for p in parses(first.group("word").lower())[:1]
    )


def addressed(reading: _Reading, k: int, *, any_case: bool = False) -> str | None:
    """Whom question k addresses by given name and patronymic («Уважаемая Наталья
    Николаевна, расскажите …?»), when a short introduction (a headline and a lead at most)
    names that person in the nominative: the interviewee. A
    vocative naming nobody the introduction presents (a letter to someone, a dialogue) names
    no interviewee; one the finder did not link to the introduction's person is matched by
    its given name (`_given_named`; named in any case only with `any_case`, where dashes
    or labels mark the turns, else in the nominative: «Жители обратились к губернатору
    Наталье Ждановой.» over «Уважаемая Наталья Николаевна, …?» is a letter)."""
    vocative = VOCATIVE.match(reading.texts[k]) if 0 < k <= _VOCATIVE_INTRO else None
    if vocative is None:
        return None
    at = reading.offsets[k] + vocative.start("name")
    named = [m.person for m in reading.entities.persons if m.start == at and m.person]
    if not named or named[0].name.split()[-1] == vocative.group("name").split()[-1]:
        return _given_named(reading, k, vocative.group("name").split()[0], any_case)
    person = named[0]
    intro = reading.offsets[k]
    presented = any(
        m.person is not None and m.person.name == person.name and m.nominative and m.start < intro
        for m in reading.entities.persons
    )
    return (
        person.name
        if presented
        else _given_named(reading, k, vocative.group("name").split()[0], any_case)
    )


# «– Господин Осканян, …?», «— Госпожа Ким Со Ён, …?»: a courtesy title and a name (not a
# role: «Господин посол») hail the interviewee, at the opening of a question turn.
_HAILED_NAME = re.compile(
    r"^(?:[—–-]\s*)?(?:Уважаем\w+\s+)?(?i:"
    + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
    + r")\s+(?P<name>[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+){0,2})\s*,"
)


def hailed(reading: _Reading, roles: Sequence[Turn]) -> str | None:
    """Whom the questions hail by a courtesy title and a name («– Господин Осканян, какие
    вопросы …?»): the one who answers them, whoever else the introduction names (the
    journalist who «взял интервью»). Their fullest name the article gives before the
    question (its first mention with that surname), else the name as the question writes it
    (a courtesy title keeps the nominative). Questions hailing two different people (a round
    table) name nobody."""
    found: dict[str, int] = {}
    for k, turn in enumerate(roles):
        m = _HAILED_NAME.match(reading.texts[k]) if turn.role is Role.QUESTION else None
        if m is None or _subject_of_question(reading.texts[k][m.end() :]):
            continue
        if not any(role_of(w) for w in re.split(r"[\s-]", m.group("name"))):
            found.setdefault(m.group("name"), reading.offsets[k])
    if len(found) != 1:
        return None
    written, at = next(iter(found.items()))
    key = written.lower().replace("ё", "е")
    fuller = [
        m.person.name
        for m in reading.entities.persons
        if m.person is not None
        and m.start < at
        and key in m.person.keys
        and _same_person(m.person.name, written)
    ]
    return fuller[0] if fuller else written


def _subject_of_question(rest: str) -> bool:
    """Whether the name after a courtesy title is the subject the question reports on, not
    whom it hails: after its comma a short parenthetical («, как известно,», «, по данным
    СМИ,») and then a finite verb not addressing the listener nor asking «ли» («— Господин
    Трамп, как известно, заявил, что …?»); a vocative is followed by the question itself
    («, что вы обсуждали …?», «, Возникала ли …?», «, как растёт торговля?»)."""
    segments = re.split(r"[.?!]", rest, maxsplit=1)[0].split(",", 2)
    if len(segments) < 2 or len(segments[0].split()) > _PARENTHETICAL_WORDS:
        return False
    words = re.findall(r"[А-ЯЁа-яё]+", segments[1])
    return bool(words) and _reported(words[0]) and words[1:2] != ["ли"]


_PARENTHETICAL_WORDS = 4  # «по данным американских СМИ», «как известно»


def _reported(word: str) -> bool:
    """Whether a word's best reading is a finite verb not addressing the listener («заявил»,
    «требует»; never «скажите», «считаете»)."""
    found = parses(word.lower())[:1]
    return bool(found) and found[0].pos == "VERB" and not {"2per", "impr"} & found[0].grams


def _same_person(full: str, hail: str) -> bool:
    """Whether a hail's name is a part of a full name («Бота» of «Кристиан Бота», «Цзян» of
    «Цзян Сяоян», whose surname comes first)."""
    words = full.lower().replace("ё", "е").split()
    return all(w in words for w in hail.lower().replace("ё", "е").split())


def _given_named(reading: _Reading, k: int, given: str, any_case: bool) -> str | None:
    """The one person the introduction names in full, in any case, whose given name is the
    vocative's («Три коротких вопроса Вячеславу Володину» then «Вячеслав Викторович, …?»,
    «Глава МИД … Касымжомарт Токаев …» then «– Касымжомарт Кемелевич, …»): the vocative's
    patronymic the introduction seldom writes, so its mention is often not linked to the
    person. A name read as a given name and a patronymic («Алексей Николаевич») is no one's
    surname; two people of that given name name nobody."""
    stem = given_stem(given.lower().replace("ё", "е"))
    names = {
        m.person.name
        for m in reading.entities.persons
        if m.person is not None
        and m.start < reading.offsets[k]
        and (any_case or m.nominative)
        and len(m.person.name.split()) >= _FULL_NAME
        and not patronymic(m.person.name.split()[-1])
        and given_stem(m.person.name.split()[0].lower().replace("ё", "е")) == stem
    }
    return names.pop() if len(names) == 1 else None


def _heading_or_sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding a guest cue, or, when the cue is a heading alone on its line
    («В гостях»), that line and the one under it, where the guest's name stands."""
    start, end = _sentence(text, lo, hi)
    line = text[start:end].strip()
    if text[end : end + 1] != "\n" or count_words(line) > _GUEST_HEADING_WORDS:
        return start, end
    below = text.find("\n", end + 1)
    return start, below if below >= 0 else len(text)


def _addressed_role(reading: _Reading, k: int) -> str | None:
    """Whom a dash question addresses by an honorific and a role («— Господин посол, …?»):
    the one person the introduction introduces with that same role right before their name
    («Посол ЮАР в РФ Мзувукиле Макетука рассказал в интервью …»), whatever case the name
    is read in, but never one titled in the genitive («Заслуги президента России Владимира
    Путина» name a topic, not the one hailed «Господин президент»; «поговорил с министром …»
    names the guest); two such people, or none, name nobody."""
    vocative = _HONORIFIC_ROLE.match(reading.texts[k])
    role = role_of(vocative.group("role")) if vocative else None
    if role is None:
        return None
    intro = reading.offsets[k]
    names = {
        _sure_name(reading.text, m)
        for m in reading.entities.persons
        if m.start < intro
        and m.person is not None
        and any(role_of(w) == role for w in _ROLE_WORD.findall(_before(reading.text, m.start)))
        and not _genitive_title(reading.text, m.start)
    }
    return names.pop() or None if len(names) == 1 else None


def _genitive_title(text: str, start: int) -> bool:
    """Whether the role word nearest before a name reads first in the genitive («президента
    России Владимира Путина»): the title of a possessor, a topic of the sentence."""
    roles = [w for w in _ROLE_WORD.findall(_before(text, start)) if role_of(w)]
    found = parses(roles[-1].lower())[:1] if roles else []
    return bool(found) and found[0].has("gent")


def _sure_name(text: str, m: Mention) -> str:
    """A name's person, or "" (unsure) when a role in the nominative right before it puts it in
    the nominative and its surname is not what it was read as («Посол Эфиопии Алемайеху
    Тегену» read as «Теген», a dative it is not there)."""
    assert m.person is not None
    before = _before(text, m.start)
    roles = [r for r in _ROLE_WORD.finditer(before) if role_of(r.group(0))]
    if (
        roles
        and _nominative_role(roles[-1].group(0))
        and _APPOSITION.fullmatch(before, roles[-1].end())
        and not _as_written(text[m.start : m.end], m.person)
    ):
        return ""
    return m.person.name


# Between a role and the name it introduces: capitalised words and the prepositions of a
# post («Посол Эфиопии в России …», «Представитель КНР при ООН …»), no verb.
_APPOSITION = re.compile(r"(?:\s+(?:[А-ЯЁA-Z][\w.-]*|в|во|при|на))*\s+")


def _before(text: str, start: int) -> str:
    """The few words right before a name, within its sentence."""
    lo = max(0, start - _ROLE_REACH)
    cut = max(text.rfind(c, lo, start) for c in ".!?\n")
    return text[max(lo, cut + 1) : start]


# «В гостях», «Гость программы», «Мария Захарова в программе Сергея Доренко»: a broadcast's
# guest announced before a transcript.
_GUEST_CUE = re.compile(r"\b(?:[Вв] гостях|[Гг]ост(?:ь|ья|ем|ьей|и)|в программе|в студии)\b")


def _read_guest(reading: _Reading) -> list[Turn] | None:
    """A broadcast transcript announcing its guest, whose labelled turns seldom ask: the
    guest is the one label naming a person the sentence announcing the guest names in the
    nominative (not the host a byline names: «Михаил Зыгарь»), or else the title does
    («Особое мнение : Марат Гельман»)."""
    first = next((k for k, m in enumerate(speaker_labels(reading.texts)) if m), 0)
    cues = _guest_cues(reading, first)
    if not cues:
        return None
    announced = {
        m.person.name
        for m in reading.entities.persons
        if any(lo <= m.start < hi for lo, hi in cues) and m.nominative and m.person is not None
    }
    surnames = {name.split()[-1].lower() for name in announced}
    if not surnames:  # a name the entities do not know («Славенко Терзич»), as written
        surnames = {
            w.lower() for lo, hi in cues for w in _CAPITALISED.findall(reading.text, lo, hi)
        }

    def guest(label: str) -> bool:
        name = label_name(label)
        return name is not None and name.split()[-1].lower() in surnames

    return guest_turns(reading.texts, guest)


def _guest_cues(reading: _Reading, first: int) -> list[tuple[int, int]]:
    """Where a transcript announces its guest: a sentence of the introduction before the
    first labelled unit, else a title line, else the host's first turn («Оганесян: Добрый
    день! У нас в гостях директор … Александр Орлов.»)."""
    intro_end = reading.offsets[first] if first else 0
    cues = [
        _heading_or_sentence(reading.text, c.start(), c.end())
        for c in _GUEST_CUE.finditer(reading.text, 0, intro_end)
    ]
    if not cues and first > 0 and _subhead(reading.texts[0]):
        cues = [(0, len(reading.texts[0]))]  # a title line naming the programme's guest
    if not cues and first < len(reading.texts):
        lo = reading.offsets[first]
        hi = lo + len(reading.texts[first])
        cues = [
            _heading_or_sentence(reading.text, c.start(), c.end())
            for c in _GUEST_CUE.finditer(reading.text, lo, hi)
        ]
    return cues


_GREETING_REPLY_WORDS = 6  # «Доброе утро!», «Здравствуйте, рад вас слышать.»
_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def _read_host_opening(reading: _Reading) -> list[Turn] | None:
    """A broadcast transcript labelling only its host's opening turn, which presents the guest
    and ends greeting them («Жолт Тёрёчик: … Мой гость - премьер-министр Виктор Орбан. Доброе
    утро!»): the short unlabelled unit under it greeting back («Доброе утро!») is the guest's
    reply, and the plain questions after it (`plain_questions`) are the host's, each answered
    by the units under it. The guest is the one the host's turn announces (`_confident`)."""
    single = single_label(reading.texts)
    if single is None:
        return None
    k, label = single
    texts = reading.texts
    m = turn_label(texts[k])
    if m is None or answer_label(label) or k + 1 >= len(texts):
        return None
    opening, reply = texts[k], texts[k + 1]
    closing = _LAST_SENTENCE.split(opening.strip())[-1]
    if not (_GUEST_CUE.search(opening) and _GREETING.search(closing) and _greets_back(reply)):
        return None
    rest = plain_questions(texts[k + 1 :], 1, addressing=False)
    if rest is None or _Reading.first_turn(rest) != 1:
        return None  # the question must follow the reply right away
    host = Turn(Role.QUESTION, label, m.end(), True)
    return [Turn(Role.INTRO)] * k + [host, Turn(Role.ANSWER, None, 0, True), *rest[1:]]


def _greets_back(text: str) -> bool:
    """A short unit that greets and asks nothing: a guest's reply to the host's greeting."""
    short = count_words(text) <= _GREETING_REPLY_WORDS
    return short and "?" not in text and _GREETING.search(text) is not None


# A topic line an outlet sets over the interviewee's words in place of its questions: «О том,
# почему президент Индонезии так часто летает в Россию», «О работе дипломатов и туристах».
_ABOUT_LINE = re.compile(r"^(?:О|Об|Обо|Про)\s")


def _about_line(text: str) -> bool:
    """A topic line: «О …» as a subhead or a digest's «О …:»."""
    return bool(_ABOUT_LINE.match(text.strip())) and (_subhead(text) or _topic_line(text))


def _read_topics(reading: _Reading) -> list[Turn] | None:
    """An interview printed as its answers under topic lines in place of the questions
    («…— об этом в «Специальном интервью» RTVI рассказал посол России в Индонезии Сергей
    Толченов.» / «О том, почему …» / the answer's paragraphs, in the first person): each
    topic line stands for a question, the unquoted paragraphs under it are one answer. Only
    right after the paragraph announcing the interview, and only when the words under the
    first topic speak in the first person (a column's subheads are the author's)."""
    texts, offsets = reading.texts, reading.offsets
    topics = [k for k, t in enumerate(texts) if k and _about_line(t)]
    if not topics or not _cue_sentences(reading.text, offsets[topics[0] - 1], offsets[topics[0]]):
        return None
    under = [k for k in range(topics[0] + 1, len(texts)) if k not in topics]
    if any(k + 1 not in under for k in topics) or any(_quoted_turn(texts[k]) for k in under):
        return None  # a topic over nothing, or over quotations (a digest: `digest`)
    block = texts[topics[0] + 1 : topics[1] if len(topics) > 1 else len(texts)]
    if not any(_FIRST_PERSON.search(t) for t in block):
        return None
    out = [Turn(Role.INTRO)] * topics[0]
    for k in range(topics[0], len(texts)):
        role = Role.QUESTION if k in topics else Role.ANSWER
        out.append(Turn(role, None, 0, k in topics or k - 1 in topics))
    return out


def _quoted_turn(text: str) -> bool:
    """A dash turn, or a paragraph that is one quotation."""
    return bool(_DASH_UNIT.match(text) or ONE_QUOTATION.match(text.strip()))


def _read_announced(reading: _Reading) -> list[Turn] | None:
    """Labelled turns none of whose labels mostly asks («Акмарал:» / «Рябков» / «Акмарал:» /
    «Рябков: …?»), under an introduction announcing one interviewee by name: that one's
    label answers and every other label asks (`_guest_answers`)."""
    labels = turn_labels(reading.texts)
    first = next((k for k, m in enumerate(labels) if m), 0)
    if first == 0:
        return None
    who = interviewee(reading.text, reading.entities, reading.offsets[first])
    intro = [Turn(Role.INTRO)] * first
    asking = [Turn(Role.QUESTION, m.group("label").strip()) for m in labels[first:] if m]
    return _guest_answers(reading, intro + asking, who)


# The readers of a text's layout, in order; the first confident reading wins.
_READERS: tuple[Callable[[_Reading], list[Turn] | None], ...] = (
    _read_turns,
    _read_guest,
    _read_host_opening,
    _read_announced,
    _monologue,
    _read_dash_answered,
    _read_plain,
    _read_topics,
)


def _addresses_another(question: str, named: str) -> bool:
    """Whether a question addresses by name and patronymic someone else than the one the
    introduction announces («— Игорь Владимирович, …?» when Андрей Денисов answers): then
    who answers is not known."""
    vocative = VOCATIVE.match(question)
    if vocative is None or len(named.split()) < _FULL_NAME:
        return False
    given = vocative.group("name").split()[0]
    return given.lower().replace("ё", "е") != named.split()[0].lower().replace("ё", "е")


def _hails_another_role(reading: _Reading, k: int) -> bool:
    """Whether question k hails the interviewee by a courtesy title and a role the
    introduction gives nobody («– Господин министр, …?» under «Посол ЮАР … рассказал»): then
    who answers is not known."""
    vocative = _HONORIFIC_ROLE.match(reading.texts[k])
    role = role_of(vocative.group("role")) if vocative else None
    if role is None:
        return False
    intro = _ROLE_WORD.findall(reading.text, 0, reading.offsets[k])
    return not any(same_role(role_of(w) or "", role) for w in intro)


def _headline_label(reading: _Reading, first: int) -> str | None:
    """The person a headline over the questions opens with as a label («Посол Франции Пьер
    Леви: «Мы открыты к диалогу»», «Петер Сийярто: Венгрия не поддержит санкции»): the
    interviewee, the person whose mention ends right at the colon after a verbless head;
    only the title and the line under it, and only one such person."""
    names = set()
    for k in range(min(first, TITLE_LINES)):
        colon = reading.texts[k].find(": ")
        if colon < 0 or not _verbless(reading.texts[k][:colon]):
            continue
        at = reading.offsets[k] + colon
        names |= {
            m.person.name if _as_written(reading.text[m.start : m.end], m.person) else ""
            for m in reading.entities.persons
            if m.end == at and m.person
        }
    return names.pop() or None if len(names) == 1 else None


def _as_written(written: str, person: Person) -> bool:
    """Whether a name in the nominative's place (a label, an apposition to a role in the
    nominative) reads as the person it was read as: its words, but initials and a patronymic,
    end that person's name («Алемайеху Тегену:» read as «Алемайеху Теген», «Мулугета Абебу»
    as «Мулугет Абебу», cases they are not there, are unsure)."""
    words = [
        w.lower().replace("ё", "е") for w in written.split() if "." not in w and not patronymic(w)
    ]
    name = [w.lower().replace("ё", "е") for w in person.name.split()]
    return bool(words) and name[-len(words) :] == words


_ABOUT = re.compile(r"\s+(?:о|об|обо|про)\s")


def _headline_about(reading: _Reading, first: int) -> str | None:
    """The person a headline over the questions names as speaking about a topic («Вячеслав
    Володин о причинах и следствиях его демонизации», «Посол Сергей Копыркин о …»): the
    interviewee, in the nominative, before «о»/«об»/«про», no verb before the name; only the
    title and the line under it, and only one such person."""
    names = set()
    for k in range(min(first, TITLE_LINES)):
        lo = reading.offsets[k]
        hi = lo + len(reading.texts[k])
        names |= {
            m.person.name
            for m in reading.entities.persons
            if lo <= m.start < hi
            and m.nominative
            and m.person
            and _ABOUT.match(reading.text, m.end)
            and _verbless(reading.text[lo : m.start])
        }
    return names.pop() if len(names) == 1 else None


def _confident(reading: _Reading, found: list[Turn], plain: bool) -> tuple[bool, str | None, bool]:
    """Whether a reading is an interview, its interviewee (None when unnamed), and whether
    that one was inferred (`_protagonist`) rather than announced — then the introduction,
    which says who it is, sums the interview up: labelled turns are an interview; a dash Q&A
    of two questions is, or of one when the introduction names exactly one interviewee;
    plain questions are only with that interviewee."""
    if not all(_verbless(t.label) for t in found if t.label):
        return False, None, False
    first = reading.first_turn(found)
    asking = first < len(found)
    vocative = addressed(reading, first, any_case=not plain) if asking else None
    named = _announced_name(reading, found, first)
    if named and asking and _asks_someone_else(reading, first, named):
        return False, None, False
    named = named or vocative
    # announced right before the first question, not somewhere in a news story
    intro_end = reading.intro_end(found)
    last = reading.offsets[_announcing_unit(reading, first)]
    right_before = bool(_cue_sentences(reading.text, last, intro_end))
    if plain:
        asked = right_before or vocative is not None or _asked_in_interview(reading, first)
        asked = asked or _headlined_exchange(reading, found, first)
        return named is not None and asked, named, False
    inferred = False
    if named is None and asking:
        named, inferred = _unannounced_name(reading, found, first, intro_end)
    questions = sum(1 for k, t in enumerate(found) if t.role is Role.QUESTION and _starts(found, k))
    if any(t.label for t in found) or questions >= _MIN_DASH_QUESTIONS:
        named = named or interviewee(reading.text, reading.entities) or _hail_only(reading, found)
        return True, named, inferred
    return bool(questions and (named or _vouched(reading, found, right_before))), named, inferred


def _announced_name(reading: _Reading, found: list[Turn], first: int) -> str | None:
    """Who the text says answers: the introduction's interviewee, a heading right over the
    first question, a headline's label or «X о …»; a question hailing someone else by name
    overrides them (the lead may name the journalist, the hail names who answers)."""
    titled = heading(reading, first - 1) if 0 < first < len(found) else None
    named = (
        interviewee(reading.text, reading.entities, reading.intro_end(found))
        or titled
        or _headline_label(reading, first)
        or _headline_about(reading, first)
    )
    by_hail = hailed(reading, found)
    if by_hail is not None and not (named and _same_person(named, by_hail)):
        return by_hail
    return named


def _asks_someone_else(reading: _Reading, first: int, named: str) -> bool:
    """Whether the first question hails another than `named`, by name and patronymic or by a
    role the introduction gives nobody: then who answers is not known."""
    return _addresses_another(reading.texts[first], named) or _hails_another_role(reading, first)


def _unannounced_name(
    reading: _Reading, found: list[Turn], first: int, intro_end: int
) -> tuple[str | None, bool]:
    """Who answers a reading nobody is announced for, and whether that one is inferred: the
    role the first question hails by (`_addressed_role`), else, of unlabelled turns, the
    introduction's protagonist — inferred unless an announcing sentence names them by a role
    fitting their title («…руководитель ведомства рассказал …»: as announced, and their
    answers sum the interview up)."""
    named = _addressed_role(reading, first)
    if named is not None or any(t.label for t in found):  # labels name their own speakers
        return named, False
    protagonist = _protagonist(reading, intro_end)
    if protagonist is None:
        return None, False
    cues = _cue_sentences(reading.text, 0, intro_end)
    return protagonist, _announcing_role(reading.text, cues) is None


def _vouched(reading: _Reading, found: list[Turn], right_before: bool) -> bool:
    """Whether a one-question reading naming nobody is still an interview: announced right
    before the question while no announcing sentence of the introduction names anyone
    («Посол … ответил на вопросы корреспондента» leaves its answers of a speaker unknown;
    one naming two people, or a correspondent, leaves it unsure), or the text opens with the
    question (an interview printed without an introduction)."""
    cues = _cue_sentences(reading.text, 0, reading.intro_end(found))
    return (right_before and not _names_anyone(reading, cues)) or _opens_asking(found)


def _hail_only(reading: _Reading, found: list[Turn]) -> str | None:
    """The given name and patronymic the questions hail the interviewee by («- Алексей
    Николаевич, послом в Казахстане Вы …?», «Вопрос: Александр Игоревич, …»), as written —
    the nominative a hail keeps — when the text names nobody else with that given name: the
    fullest form it gives of the one who answers. Hails of two people name nobody."""
    hails = set()
    for k, turn in enumerate(found):
        if turn.role is Role.QUESTION and _starts(found, k):
            vocative = VOCATIVE.match(reading.texts[k][turn.text_start :])
            hails |= {vocative.group("name")} if vocative else set()
    if len(hails) != 1:
        return None
    hail = hails.pop()
    stem = given_stem(hail.split()[0].lower().replace("ё", "е"))
    known = {  # people of that given name, but the hail read as a name of its own
        given_stem(m.person.name.split()[0].lower().replace("ё", "е"))
        for m in reading.entities.persons
        if m.person is not None and not patronymic(m.person.name.split()[-1])
    }
    return None if stem in known else hail


def _protagonist(reading: _Reading, intro_end: int) -> str | None:
    """The one person an introduction names in the nominative, but a journalist («Москву
    посетил первый замглавы МИД Мексики Карлос де Икаса. … дипломат рассказал корреспонденту
    “Ъ” Павлу Тарасенко.», «… заявил посол России Эльбрус Кутрашев. … — в интервью дипломата
    «Известиям».»): of a dash Q&A whose announcement names nobody, the one it is about
    answers. Only when the introduction announces an interview naming nobody: unannounced,
    a news lead's subject («…Владимир Путин обсудил по телефону конфликт…» over the answers
    of Qatar's minister) is no interviewee. Two such people, or none (a name read in another
    case, unsure), name nobody; so does a surname after initials that may be either case
    («А.В. Новикова»)."""
    cues = _cue_sentences(reading.text, 0, intro_end)
    if not cues or _names_anyone(reading, cues):
        return None
    role = _announcing_role(reading.text, cues)
    names = {
        m.person.name
        for m in reading.entities.persons
        if m.person is not None
        and m.start < intro_end
        and m.nominative
        and not _initials_only(reading.text[m.start : m.end], m)
        and not _TOLD.search(_before(reading.text, m.start))
        and not _interviewer(_before(reading.text, m.start))
        and not _news_sentence(reading.text, m.start)
        and _title_fits(reading.text, m.start, role)
    }
    return names.pop() if len(names) == 1 else None


def _announcing_role(text: str, cues: list[tuple[int, int]]) -> str | None:
    """The one role noun in the nominative the announcing sentences name their speaker by
    («Российский дипломат рассказал …», «Эксперт рассказал …»); None when they name none
    («в интервью дипломата “Известиям”», «Корреспондент расспросил о … его увлечениях»)."""
    roles = {
        role_of(w)
        for lo, hi in cues
        for w in _ROLE_WORD.findall(text, lo, hi)
        if _nominative_role(w) and not _interviewer(w)
    }
    return roles.pop() if len(roles) == 1 else None


def _title_fits(text: str, start: int, role: str | None) -> bool:
    """Whether the person named at `start` may be the one an announcement calls `role`: any
    one when it calls nobody by a role; else only one titled right before the name by that
    role or one `INTERVIEW_ROLE_FITS` allows (a «дипломат» is the «посол», the «замглавы
    МИД»; an «эксперт» is no minister, and a name bare of a title is the news, not the
    interviewee: «Дипломат рассказал … Владимир Зеленский отверг план»)."""
    if role is None:
        return True
    fits = {role, *INTERVIEW_ROLE_FITS.get(role, ())}
    return any(role_of(w) in fits for w in _ROLE_WORD.findall(_before(text, start)))


def _news_sentence(text: str, start: int) -> bool:
    """Whether the name at `start` stands in a sentence opening with a step to the news the
    interview is about («Накануне Дональд Трамп пригрозил …», «Ранее …»): not its guest."""
    cut = max(text.rfind(c, 0, start) for c in ".!?\n")
    opening = text[cut + 1 : start].lstrip(' «"—–-').lower()
    return opening.startswith(INTERVIEW_NEWS_OPENERS)


def _initials_only(written: str, m: Mention) -> bool:
    """A surname written bare or after initials that reads as a woman's nominative or a man's
    genitive (`_undeclined`): no given name says which."""
    return sum(1 for w in written.split() if "." not in w) < _FULL_NAME and _undeclined(written, m)


_BETWEEN = 2  # lines a date, a subhead or a quoted headline may take between lead and question


def _announcing_unit(reading: _Reading, first: int) -> int:
    """The unit that may announce an interview whose first turn is unit `first`: the one
    right before it, past a date line, a subhead or a quoted headline set between them
    («…дипломат рассказал корреспонденту.» / «Тюнинговать сложнее»» / «— Вы год у руля?»)."""
    k = max(0, first - 1)
    for _ in range(_BETWEEN):
        line = reading.texts[k].strip()
        if k == 0 or not (_subhead(line) or ONE_QUOTATION.match(line)):
            break
        k -= 1
    return k


def _opens_asking(found: list[Turn]) -> bool:
    """Whether the text opens with a dash question and a dash answer under it («– Является
    ли Эрдоган фаворитом выборов?» / «- Насколько я могу судить …»): an interview printed
    without its introduction, whose interviewee nobody names."""
    return len(found) > 1 and found[0].role is Role.QUESTION and found[0].opens and found[1].opens


def _names_anyone(reading: _Reading, spans: list[tuple[int, int]]) -> bool:
    """Whether a person is mentioned within any of `spans`, but the journalist the answers
    were told to («рассказал корреспонденту “Ъ” Павлу Тарасенко»): the listener answers
    nothing."""
    return any(
        lo <= m.start < hi and not _TOLD.search(_before(reading.text, m.start))
        for m in reading.entities.persons
        for lo, hi in spans
    )


_Reader = Callable[[_Reading], list[Turn] | None]


def _roles(reading: _Reading) -> tuple[list[Turn], str | None, _Reader | None, bool] | None:
    """Each unit's turn, the interviewee the introduction announces and the reader that
    found them: the first whose reading is confidently an interview, else None for
    `_asked_answers`."""
    for reader in _READERS:
        found = reader(reading)
        if found is None:
            continue
        sure, who, inferred = _confident(reading, found, reader is _read_plain)
        if sure:
            return _guest_answers(reading, found, who) or found, who, reader, inferred
    asked = _asked_answers(reading)
    return None if asked is None else (asked[0], asked[1], None, False)


def _guest_answers(reading: _Reading, found: list[Turn], who: str | None) -> list[Turn] | None:
    """Labelled turns re-read when the label of the interviewee the introduction announces
    was taken for the interviewer's («Сергей Рябков в интервью … журналистке Акмарал
    Баталовой» over «Акмарал: … я читала, что …» / «Рябков: Да, ну что же вам мешает …?»):
    the interviewee answers, however often they ask back, and every other label is the one
    asking (`guest_turns`); None when the reading already has them answer."""
    labels = {t.label for t in found if t.label}
    if who is not None:
        surname = who.split()[-1].lower().replace("ё", "е")
        guests = {label for label in labels if _label_surname(label) == surname}
        asked = any(t.role is Role.QUESTION and t.label in guests for t in found)
        return guest_turns(reading.texts, guests.__contains__) if asked else None
    # the one label but those of the journalists told or hosting, one of them read as
    # answering («И.МЕРКУЛОВА: Кстати, любопытно было бы узнать Ваше мнение...»)
    journalists = _journalists(reading, reading.intro_end(found)) | _hosts(reading, found)
    asking = {label for label in labels if _label_words(label) & journalists}
    if not any(t.role is Role.ANSWER and t.label in asking for t in found):
        return None
    guests = labels - asking
    if len(guests) != 1 or _questions(reading, found, guests) > _questions(reading, found, asking):
        return None  # the other label asks: the one read as a journalist is the guest
    return guest_turns(reading.texts, guests.__contains__)


def _questions(reading: _Reading, found: list[Turn], labels: set[str]) -> int:
    """How many turns under `labels` end in a question mark: whoever asks most is the host,
    whatever role the introduction gives the other («Наш гость — Максим Орлов, корреспондент
    «Коммерсанта»»: a journalist answering on a talk show)."""
    return sum(
        1
        for turn, unit in zip(found, reading.texts, strict=False)
        if turn.label in labels and unit.rstrip().endswith("?")
    )


# A name's apposition after it naming a journalist: «Ирина Меркулова, Алексей Соломин, ведущие
# «Эхо Москвы»», «Анна Ким, корреспондент ТАСС»; the words of the role, up to the next stop.
_ROLE_AFTER_NAMES = re.compile(
    r"(?:,\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё-]+){1,2})*,\s+(?P<role>[^,.;:!?\n]{3,60})"
)
# A journalist's role right before a name, an outlet's capitalised or quoted name between:
# «корреспондент ТАСС Анна Ким», «ведущая «Радио Мир» Ольга Белова».
_ROLE_BEFORE_NAME = re.compile(
    r"(?P<role>[а-яё]+)\s+(?:(?:[«\"][^«»\"\n]{1,40}[»\"]|[A-ZА-ЯЁ][\w.-]*)\s+){0,3}$"
)


# A name's sentence presenting a guest («Наш гость — …», «… сегодня у нас в гостях», «гость
# студии»): whatever role the guest holds, never a host.
_GUEST_WORD = re.compile(r"\b(?:[Гг]ост(?:ь|ья|ем|ьей|ю|и)|[Вв] гостях)\b")


def _hosts(reading: _Reading, found: list[Turn]) -> set[str]:
    """The words of the names of the people the introduction or the first turn (a host's:
    «А.СОЛОМИН: … Ирина Меркулова, Алексей Соломин, ведущие «Эхо Москвы», сейчас к нам
    присоединился … Никита Белых») presents as journalists, by a role right before or after
    the name: they ask, whatever their turns end with."""
    first = reading.first_turn(found)
    hi = reading.offsets[first] + len(reading.texts[first]) if first < len(found) else 0
    text = reading.text
    out: set[str] = set()
    for m in reading.entities.persons:
        if (
            m.person is None
            or m.start >= hi
            or _GUEST_WORD.search(text, *_sentence(text, m.start, m.end))
        ):
            continue  # «Наш гость — Максим Орлов, корреспондент «Коммерсанта»»: the guest
        after = _ROLE_AFTER_NAMES.match(text, m.end)
        before = _ROLE_BEFORE_NAME.search(_before(text, m.start))
        roles = [x.group("role") for x in (after, before) if x is not None]
        if any(_interviewer(role) and _nominative_word(role) for role in roles):
            out |= set(m.person.name.lower().replace("ё", "е").split())
    return out


def _nominative_word(words: str) -> bool:
    """Whether the first of `words` may be in the nominative («ведущие», «корреспондент»; not
    «с журналистом Иваном Яковиной», whom the outlet talks with: a guest)."""
    found = _ROLE_WORD.match(words)
    return found is not None and any(p.has("nomn") for p in parses(found.group(0).lower()))


def _label_words(label: str) -> set[str]:
    """The words of the name a label gives, lower-cased («Акмарал» → {«акмарал»})."""
    name = label_name(label)
    return set(name.lower().replace("ё", "е").split()) if name else set()


def _label_surname(label: str) -> str | None:
    name = label_name(label)
    return name.split()[-1].lower().replace("ё", "е") if name else None


def _journalists(reading: _Reading, hi: int) -> set[str]:
    """The words of the names of the journalists the introduction names as told («в интервью
    корреспонденту ТАСС Ирине Волковой»); a journalist talked with («говорим с журналистом
    … Иваном Яковиной») may be the guest."""
    return {
        w
        for m in reading.entities.persons
        if m.person is not None and m.start < hi and _TOLD.search(_before(reading.text, m.start))
        for w in m.person.name.lower().replace("ё", "е").split()
    }


def _asked_person(reading: _Reading, k: int) -> str | None:
    """The one person the last sentence of unit k reports a question to ("…, «Огонек»
    спросил постпреда РФ при НАТО Александра Грушко"), named after the verb, not as its
    subject."""
    lo = reading.offsets[k]
    hi = lo + len(reading.texts[k].rstrip(" .\n"))
    asked = list(_ASKED.finditer(reading.text, lo, hi))
    if not asked or any(c in reading.text[asked[-1].end() : hi] for c in ".!?"):
        return None
    after = asked[-1].end()
    names = {
        m.person.name
        for m in reading.entities.persons
        if after <= m.start < hi and m.person is not None and not m.nominative
    }
    return names.pop() if len(names) == 1 else None


def _asked_answers(reading: _Reading) -> tuple[list[Turn], str] | None:
    """An introduction ending with the question it reports to one person, then dash turns
    none of which asks or is attributed inside («— …, — сказал он»): that person's answers
    (a short interview printed as its answer alone)."""
    first = next((k for k, t in enumerate(reading.texts) if _DASH_UNIT.match(t)), 0)
    if first == 0:
        return None
    rest = reading.texts[first:]
    if any(asks_at_end(t) or _INLINE_ATTRIBUTION.search(t) for t in rest):
        return None
    who = _asked_person(reading, first - 1)
    if who is None:
        return None
    roles = [Turn(Role.INTRO)] * first
    for text in rest:
        dash = _DASH_UNIT.match(text)
        roles.append(Turn(Role.ANSWER, None, dash.end() if dash else 0, bool(dash)))
    return roles, who


def _starts(roles: list[Turn], k: int) -> bool:
    """Whether unit k opens a turn (a label, a dash, or a change of role)."""
    t = roles[k]
    return t.opens or k == 0 or roles[k - 1].role is not t.role


def _reading(text: str, layout: Layout, entities: Entities) -> _Reading:
    paragraphs = text.split("\n")
    cut = units(paragraphs)
    texts = [paragraphs[u.paragraph][u.lo : u.hi] for u in cut]
    offsets = [layout.para_starts[u.paragraph] + u.lo for u in cut]
    return _Reading(text, texts, offsets, entities)


def _initials(name: str) -> str:
    return "".join(w[:1] for w in name.split()).upper()


def by_initials(label: str, names: Iterable[str]) -> str | None:
    """ "Ф. Л." → "Федор Лукьянов": a label of initials only stands for the one name, of
    those the interview's labels give in full, whose words begin with those letters (in the
    order of the name: given name, then surname)."""
    head = label_head(label)
    if not _ONLY_INITIALS.fullmatch(head):
        return None
    letters = "".join(c for c in head if c.isalpha()).upper()
    found = {n for n in names if len(n.split()) > 1 and _initials(n) == letters}
    return found.pop() if len(found) == 1 else None


def _speaker(
    turn: Turn, default: str | None, entities: Entities, text: str, named: Sequence[str] = ()
) -> str | None:
    """An answer's speaker: its label's person at their fullest (a label of initials, the
    person a full label names), or the announced one."""
    if turn.label is None or answer_label(turn.label):
        return default
    name = label_name(turn.label) or by_initials(turn.label, named)
    if not name or _role_label(name):
        return default
    fuller = {n for n in named if n.split()[-1] == name.split()[-1] and len(n) > len(name)}
    if len(fuller) == 1:  # «П. Ш. Рагхаван» after «Пунди Шринивасан Рагхаван»: the label in full
        return fuller.pop()
    full = _fullest(name, entities, text)
    if full == name:
        full = _as_introduced(name, entities, text)
    return full if _initials_fit(turn.label, full) else name


def _role_label(name: str) -> bool:
    """A label that is a role and no name («Посол:», «Генеральный консул:», «Министр:»): a
    ministry's transcript calls the interviewee by their post; the announced one answers."""
    return all(role_of(w) for w in name.split())


def _initials_fit(label: str, name: str) -> bool:
    """Whether a label's initials («М.СОКОЛОВ», «П. Ш. Рагхаван») begin the name found for it
    («Максим Соколов»; not «Шринивасан Рагхаван», another reading of the person's name)."""
    initials = _INITIALS.match(label_head(label))
    return initials is None or name[:1].upper() == initials.group(0)[:1].upper()


def _label_names(roles: Sequence[Turn]) -> list[str]:
    """The names the interview's labels give (each label once)."""
    labels = dict.fromkeys(t.label for t in roles if t.label)
    return [n for label in labels if label and (n := label_name(label))]


def _subhead(text: str) -> bool:
    """A short line without a final mark ("Отношения с США", "Дональд Трамп")."""
    stripped = text.strip()
    return (
        bool(stripped)
        and stripped[-1] not in _HEADING_END
        and (count_words(stripped) <= _HEADING_WORDS)
    )


def heading(reading: _Reading, k: int) -> str | None:
    """ "Посол России в Германии Сергей Нечаев" alone on its line: a role and the person
    ending it, no verb, no final mark; before a question it names who answers the questions
    under it (a text of several interviewees). A bare name is a subhead about someone."""
    if not _subhead(reading.texts[k]):
        return None
    lo = reading.offsets[k]
    end = lo + len(reading.texts[k].rstrip())
    last = [m for m in reading.entities.persons if lo <= m.start and m.end == end]
    if not last or not last[0].nominative or last[0].person is None:
        return None
    words = _LABEL_WORD.findall(reading.text[lo : last[0].start])
    if not any(role_of(w.lower()) for w in words) or not _verbless(" ".join(words)):
        return None
    return last[0].person.name


def _headings(reading: _Reading, roles: list[Turn]) -> dict[int, str | None]:
    """The subheads right before a question, by unit, with the interviewee a heading names
    (None for a subhead on a topic): none of them belongs to the answer above it."""
    out: dict[int, str | None] = {}
    for k in range(len(roles) - 1):
        if roles[k + 1].role is Role.QUESTION and _subhead(reading.texts[k]):
            out[k] = heading(reading, k)
    return out


def find_interview(text: str, layout: Layout, entities: Entities) -> Interview:
    """The interview in `text` (the analysis view), or an empty one."""
    reading = _reading(text, layout, entities)
    found = _roles(reading)
    if found is None:
        return Interview((), ())
    roles, default, reader, inferred = found
    headings = _headings(reading, roles)  # each names who answers from there on
    roles = [Turn(Role.INTRO) if k in headings else t for k, t in enumerate(roles)]
    roles = _hailing_questions(reading, roles, default)
    paragraph_of = [layout.paragraph_of(at) for at in reading.offsets]
    named = _label_names(roles)
    answers: list[Answer] = []
    covered: list[tuple[int, int]] = []
    questions: list[tuple[int, int]] = []
    for k, turn in enumerate(roles):
        default = headings.get(k) or default
        if turn.role is Role.INTRO:
            continue
        start, hi = reading.offsets[k], reading.offsets[k] + len(reading.texts[k])
        covered.append((start, hi))
        if turn.role is not Role.ANSWER:
            questions.append((start, hi))
            continue
        if _starts(roles, k) or not answers:
            who = _speaker(turn, default, entities, text, named)
            hello = _greeted(reading, roles, k)
            labelled = turn.label is not None
            answers.append(
                Answer(start + turn.text_start, hi, paragraph_of[k], who, hello, labelled)
            )
            continue
        last = answers[-1]
        lo = last.lo if count_words(text[last.lo : last.hi]) else start + turn.text_start
        answers[-1] = Answer(lo, hi, last.paragraph, last.speaker, last.greeting, last.labelled)
    real = tuple(a for a in answers if count_words(text[a.lo : a.hi]))
    lines = any(label_line(t, reading.texts[k]) for k, t in enumerate(roles))
    show = reader is _read_guest and _has_lead(reading, roles)
    # one question, nobody named: only the announcement vouches for the interview, and the
    # introduction, which at least says who answers, sums it up
    asked = sum(1 for k, t in enumerate(roles) if t.role is Role.QUESTION and _starts(roles, k))
    nameless = asked == 1 and bool(real) and all(a.speaker is None for a in real)
    return Interview(
        real,
        tuple(covered),
        lines or show,
        reader is None or nameless or inferred or _unasked(reading, roles),
        tuple(questions),
        tuple(_label_names([t for t in roles if t.role is Role.QUESTION])),
    )


def _hailing_questions(reading: _Reading, roles: list[Turn], who: str | None) -> list[Turn]:
    """Unlabelled turns read as answers that open by hailing the interviewee by given name
    and patronymic («- Василий Юрьевич, не буду скрывать: собирался задать этот вопрос...»
    when Василий Голубев answers): the interviewer speaks to the interviewee, never the
    interviewee to themselves, so the turn is the interviewer's, whatever it ends with."""
    if who is None or len(who.split()) < _FULL_NAME:
        return roles
    given = given_stem(who.split()[0].lower().replace("ё", "е"))
    out = list(roles)
    for k, turn in enumerate(roles):
        if turn.role is not Role.ANSWER or turn.label or not _starts(roles, k):
            continue
        vocative = VOCATIVE.match(reading.texts[k])
        hail = vocative.group("name").split()[0].lower().replace("ё", "е") if vocative else ""
        if hail and given_stem(hail) == given:
            out[k] = Turn(Role.QUESTION, None, turn.text_start, True)
    return out


def _unasked(reading: _Reading, roles: list[Turn]) -> bool:
    """Whether no interviewer's turn asks or requests in so many words (each is a remark the
    interviewee answers, «— Антон Германович, вы впервые в нашей программе. …»): the answers
    are quotations, but the introduction, not a reply to a remark, says what it was about."""
    turns = [reading.texts[k] for k, t in enumerate(roles) if t.role is Role.QUESTION]
    return bool(turns) and not any(asks_or_requests(t) for t in turns)


def _greeted(reading: _Reading, roles: list[Turn], k: int) -> bool:
    """Whether the interviewer's turn right before answer k greets and asks nothing
    («Здравствуйте, Ваше Превосходительство!»)."""
    if k == 0 or roles[k - 1].role is not Role.QUESTION:
        return False
    before = reading.texts[k - 1]
    return "?" not in before and _GREETING.search(before) is not None


def _has_lead(reading: _Reading, roles: list[Turn]) -> bool:
    """Whether the introduction holds a sentence (a full stop): a talk show's record opens
    with small talk, and a lead sentence («Гостем программы была …. Поговорили о …») says
    what it was about; a bare heading («В гостях», a name, a role) says nothing."""
    return _LEAD_SENTENCE.search(reading.text, 0, reading.intro_end(roles)) is not None
