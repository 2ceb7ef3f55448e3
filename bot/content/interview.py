"""Interview layout: which parts of a text are questions and which are the interviewee's answers.

Why: an interviewer's question is never a summary of an interview, nor a quotation; what the
interviewee said is. The journal republishes interviews in several layouts, each one small
named function in `LAYOUTS`, tried in order:

- labelled turns: «С.В.Лавров: …», «Вопрос: …», «Сергей ЛАВРОВ: …», a label alone on its line
  («В. Путин:») opening the paragraphs under it (a press-conference transcript);
- dash Q&A: «— …?» (or a dash turn addressing the interviewee whose «?» the outlet cut) then
  «— …» (or un-dashed answer paragraphs), the dash turns alternating;
- plain questions (`plain_questions`, tried last): «Как вы оцениваете …?» paragraphs whose
  bold the site lost, each answered by the paragraphs under it (`dash_answered`: each by a
  dash turn, the answers' dashes kept).

A paragraph without a label or dash continues the turn before it; what comes before the first
turn is the introduction. A paragraph the site collapsed («…рассказал посол. — Каков итог?
— Отношения крепнут.») is cut into units at its hidden turns first (`units`), so every layout
reads units, never raw paragraphs. Whether a reading is confident enough to be an interview
(two questions, or a named interviewee) is decided in bot/content/answers.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from bot.content.lexicon import (
    ASKING_REPORTERS,
    GREETING_IMPERATIVES,
    MEDIA,
    PATRONYMIC_ENDINGS,
    REPORTER_STEMS,
    REQUESTS,
    SURNAME_OPENING_PARTICLES,
)
from bot.content.morph import parses

_OUTLET_NOUN = r"(?:газета|журнал|радио|телеканал|агентство|издание)"
# An outlet in the dative, as the text names it: a quoted title, or capitalised words («ТАСС»,
# «РИА Новости», «Sputnik Армения», «МИА "Россия сегодня"», a site «URA.RU»), after a word for
# its kind.
TO_OUTLET = (
    r"(?P<kind>(?:газете|журналу|телеканалу|(?:информационному\s+)?агентству|изданию|"
    r"программе|радиостанции|порталу|телекомпании|сайту)\s+)?"
    r"(?P<outlet>[«\"“„][^«»\"“”„\n]{1,40}[»\"”]"
    r"|(?:[A-ZА-ЯЁ][\w-]*\s+){0,2}[A-ZА-ЯЁ][\w-]*(?:\.[A-Za-z]+)*"  # «URA.RU», «Lenta.ru»
    r"(?:\s+[«\"“„][^«»\"“”„\n]{1,40}[»\"”])?)"
)
# A headline «Интервью <outlet> с <the interviewee>» opening a sentence («Интервью Caliber.Az с
# политологом …»): the outlet between, the one «у»/«с» names the interviewee (in a sentence,
# «в интервью CNN с Кристианой Аманпур» names the journalist).
HEADED_WITH = re.compile(
    r"(?<![^.!:\n])\s*(?:[А-ЯЁ][а-яё]+\s+)?[Ии]нтервью\s+" + TO_OUTLET + r"\s+(?:у|с)\s"
)
TITLE_LINES = 2  # a title, and a subtitle under it: where an interview's headline stands
# Labels that always mark the interviewer, whatever their turn ends with ("Вопрос:", "В.:",
# a reporter noun of either gender, "Журналистка:").
ASKER_LABELS = frozenset({"вопрос", "в", "корр", "q"}) | ASKING_REPORTERS
# Labels of the interviewee that name nobody ("Ответ:", "О.:", "A:"): the announced one speaks.
ANSWER_LABELS = frozenset({"ответ", "о", "a"})
# The labels that may name whose turn it is in the genitive («Вопрос корреспондента:»).
_OF_LABELS = frozenset({"вопрос", "ответ"})
# A site's address as a label ("swissinfo.ch", "lenta.ru"): an outlet, so the interviewer.
_SITE = r"[a-z][\w-]*(?:\.[a-z]{2,10})+"
_OUTLET_LABEL = re.compile(rf"^[«\"]|\s{_OUTLET_NOUN}$|^{_SITE}$", re.IGNORECASE)
# A label's role after its comma naming the interviewer («Армен Оганесян, главный редактор
# журнала «Международная жизнь»:», «Анна Петрова, корреспондент ТАСС:»): whoever it names asks.
_ASKER_ROLE = re.compile(
    r"^(?:[а-яё]+\s+)?(?:редактор|" + "|".join(REPORTER_STEMS) + r")", re.IGNORECASE
)
# A label: a capitalised head of names or initials ("С.В. ЛАВРОВ", "Карпушин Александр
# Романович"), a quoted outlet ("«Международная жизнь»") or an outlet noun phrase ("Российская
# газета"), optionally an aside in brackets ("Вопрос (ТАСС)", "С.В.Лавров (говорит
# по-английски)") and ", role" after a comma, then a colon and the turn (or the line's end:
# "В. Путин:" alone on its line labels the paragraphs under it).
_ASIDE = re.compile(r"\s*\([^()\n]*\)")
# The lower-case particles a foreign name may hold between its capitalised words («Перрен де
# Бришамбо:», «Урсула фон дер Ляйен:»): none of them a Russian word.
_PARTICLE = rf"(?:(?:{'|'.join(SURNAME_OPENING_PARTICLES)})\s)"
_LABEL = re.compile(
    r"^(?P<label>(?P<head>(?:Вопрос|Ответ)\s[а-яё]+\s?"  # «Вопрос корреспондента:»
    rf"|[А-ЯЁA-Z][\w.-]*\.?\s?(?:{_PARTICLE}{{0,2}}[А-ЯЁA-Z][\w.-]*\.?\s?){{0,3}}"
    r"|«[^»\n]{2,40}»\s?|\"[^\"\n]{2,40}\"\s?"
    rf"|{_SITE}\s?"
    rf"|[А-ЯЁ][а-яё]+\s{_OUTLET_NOUN}\s?)"
    r"(?:\([^()\n]{2,60}\)\s?)?"
    r"(?:,\s?(?:[^:.!?«»\n]|«[^«»\n]{1,40}»){3,120})?)\s*:(?:\s+(?=\S)|\s*$)"
)
# A turn that is one quotation and nothing after it (but a source in brackets).
_WHOLE_QUOTE = re.compile(r"^[«\"„“].*[»\"“”][.!?…]?\s*(?:\([^()]*\)\s*)?$")
# A transcript's label in capitals set off by a dash or a full stop instead of a colon: a
# surname in capitals after initials or a given name («М. ГЕЛЬМАН - Добрый день.», «Дарья
# ОСИНИНА. Казахстан …», «С.ДОРЕНКО – …»), or an outlet in quotes and capitals («"ЗАВТРА".
# Дарья Дмитриевна, …?»). Capitals alone («США – …», «НАТО. …») name no speaker.
_CAPITALS_LABEL = re.compile(
    r"^(?P<label>(?P<head>(?:(?:[А-ЯЁ]\.\s?){1,2}|[А-ЯЁ][а-яё]+\s)[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
    r"|[«\"][А-ЯЁA-Z][А-ЯЁA-Z -]{1,30}[»\"]))(?:\s[—–-]|\.)\s+(?=\S)"
)
_CUT_MARK = re.compile(r"\s*[<\[(](?:\.\.\.|…)[>\])]$")
_FINAL = frozenset('.!?…»"”')
_DASH_TURN = re.compile(r"^[—–―-]\s*")
_DASH_AFTER_LABEL = re.compile(r"[—–―-]\s+")
_ATTRIBUTION_DASH = re.compile(r"[,!?…]\s*[—–-]\s+[а-яё]")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_TURNS = 2  # one labelled line is a quotation, not an interview
_QUOTE_MARKS = frozenset('«"„“')
_PLAIN_QUESTION_WORDS = 60
# Where a clause of a turn opens: its start, after its dash, or after a comma, colon or
# sentence end («— Господин посол, …, поделитесь, пожалуйста, впечатлениями.»).
_CLAUSE_START = re.compile(r"^(?:[—–-]\s*)?|[,.;:!…]\s+")
_REQUEST_PHRASE = re.compile(r"\b(?:" + "|".join(REQUESTS) + r")\b", re.IGNORECASE)
# The end of a sentence that asks (a question mark, or one closing a quotation).
_QUESTION_END = re.compile(r"\?[»\"”]?(?=\s|$)")
# A question that addresses the interviewee: "вы", "ваш", or a vocative opening it ("Сергей
# Алексеевич, …", "Господин посол, …").
_YOU = re.compile(
    # «ВЫ» too (a question set in capitals); the forms of «ваш» listed: «Вашингтон» says nothing
    r"\b(?i:вы|вас|вам|вами|ваш(?:а|е|и|у|его|ей|ею|ем|ему|им|ими|их)?)\b"
    r"|^(?:Уважаем\w+\s)?[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+"
    + PATRONYMIC_ENDINGS
    + r",|^Господин|^Госпожа"
    # … or a greeting that hails by name and patronymic («Здравствуйте, Сергей Кужугетович.»)
    + r"|^(?:Здравствуйте|Добр(?:ый|ое)\s(?:день|утро|вечер)),\s(?:[Уу]важаем\w+\s)?"
    + r"[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+"
    + PATRONYMIC_ENDINGS
    + r"\b"
)
# A turn opening by hailing its addressee, up to the comma after the hail: a courtesy title and a
# post or name («Господин Генеральный консул, …»), or a given name and patronymic.
_HAIL = re.compile(
    r"(?:[Уу]важаем\w+\s+)?(?:(?:Господин|Госпожа)(?:\s+[А-ЯЁа-яё-]+){1,3}"
    r"|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+" + PATRONYMIC_ENDINGS + r"),\s*"
)
# A question opening by its addressee's given name and patronymic ("Уважаемая Наталья
# Николаевна, расскажите …?", "— Александр Владимирович, почему …?"): the words of the
# vocative, which bot/content/answers.py links to the full name the introduction gives.
VOCATIVE = re.compile(
    r"^(?:[—–-]\s*)?(?:Уважаем\w+\s+)?(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+"
    + PATRONYMIC_ENDINGS
    + r"),"
)

# Hidden turns inside a collapsed paragraph, after a sentence end: a dash turn opening with a
# capital ("…посол КНР. — Каков итог?"; "— сказал он" is an attribution, not a turn) or a
# name label ("…в Белграде. Александр Чепурин: Думаю…"), or a bare letter a transcript uses
# for its turns ("В: …? О: Иранские руководители …", "Q: …? A: …").
_INLINE_DASH = re.compile(r"(?<=[.!?…»])\s+(?=[—–]\s*[А-ЯЁA-Z«\"])")
_INLINE_LABEL = re.compile(
    r"(?<=[.!?…])\s+(?=(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яёА-ЯЁ-]+"
    r"|[А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яёА-ЯЁ-]+){1,2}|(?i:вопрос|ответ)|[ВОQA]):\s+[А-ЯЁA-Z«\"—–])"
)


class Role(Enum):
    """What a unit is in an interview."""

    INTRO = "intro"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class Turn:
    """One unit's place: its role, the label of its turn, where its own text starts (after a
    label or dash) and whether it opens a new turn (a label, a dash or a change of role)."""

    role: Role
    label: str | None = None
    text_start: int = 0
    opens: bool = False


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph, or a turn hidden in one: characters `lo` to `hi` of paragraph `paragraph`."""

    paragraph: int
    lo: int
    hi: int


def _pieces(paragraph: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in boundary.finditer(paragraph)), len(paragraph)]
    return [(lo, hi) for lo, hi in pairwise(cuts) if hi > lo]


def _hidden_dialogue(paragraph: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether a dash piece asks and the next dash piece answers: a collapsed Q&A, not a
    dialogue quotation interrupted by its attribution."""
    dashed = [
        (bool(_DASH_TURN.match(paragraph[lo:hi])), paragraph[lo:hi].rstrip().endswith("?"))
        for lo, hi in pieces
    ]
    return any(d and q and nd and not nq for (d, q), (nd, nq) in pairwise(dashed))


def _split(paragraph: str) -> list[tuple[int, int]]:
    """A paragraph's units: itself, or its hidden turns — dash turns, each cut again at the
    labelled turns hidden in it («Гордон: …? Кирилл Тимошенко: … — Почему …? — Я мог …»: the
    labelled exchange before the dash turns is two turns, not the interviewer's one)."""
    dash = _pieces(paragraph, _INLINE_DASH)
    if len(dash) > 1 and _hidden_dialogue(paragraph, dash):
        return [cut for lo, hi in dash for cut in _labelled_pieces(paragraph, lo, hi)]
    return _labelled_pieces(paragraph, 0, len(paragraph))


def _labelled_pieces(paragraph: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Characters `lo` to `hi` of a paragraph cut at hidden labelled turns («…в Белграде.
    Александр Чепурин: Думаю…»), when every piece after the first opens with a label."""
    piece = paragraph[lo:hi]
    labelled = _pieces(piece, _INLINE_LABEL)
    if len(labelled) > 1 and all(label_of(piece[a:b]) for a, b in labelled[1:]):
        return [(lo + a, lo + b) for a, b in labelled]
    return [(lo, hi)]


def units(paragraphs: Sequence[str]) -> list[Unit]:
    """The units the layouts read: paragraphs, with collapsed turns cut apart."""
    return [Unit(k, lo, hi) for k, p in enumerate(paragraphs) for lo, hi in _split(p)]


@lru_cache(maxsize=4096)
def _any_label(paragraph: str) -> re.Match[str] | None:
    """A label opening `paragraph`, however the paragraph ends. Cached: the layouts, the
    interview and the summary ask it of the same paragraphs (12 asks of 4 a text)."""
    m = _LABEL.match(paragraph) or _CAPITALS_LABEL.match(paragraph)
    return m if m is not None and _whose_turn(m.group("head")) else None


def label_of(paragraph: str) -> re.Match[str] | None:
    """The speaker label opening `paragraph`, if it has one."""
    m = _any_label(paragraph)
    if m is None:
        return None
    alone = m.end() >= len(paragraph.rstrip())
    ending = _CUT_MARK.sub("", paragraph.rstrip())  # "… процедуры. <...>": a cut, then the end
    if not alone and ending[-1:] not in _FINAL:
        return None  # "Лавров: Россия не закроется" is a headline
    return m


def _whose_turn(head: str) -> bool:
    """A head «Вопрос корреспондента», «Ответ министра» says whose turn it is by a noun in
    the genitive; «Ответ прост:» opens a sentence, not a turn."""
    words = head.split()
    if len(words) != 2 or words[0] not in ("Вопрос", "Ответ") or not words[1].islower():
        return True
    return any(p.pos == "NOUN" and p.has("gent") for p in parses(words[1]))


def turn_labels(texts: Sequence[str]) -> list[re.Match[str] | None]:
    """Each unit's `turn_label`; past the first, also a label the interview already gave a
    turn to over words with no final mark («Буй Динь Зинь: Я уже был в Советском Союзе», the
    excerpt cut there): a label known from a turn is no headline."""
    labels = [turn_label(p) for p in texts]
    known = {m.group("label").strip() for m in labels if m}
    first = next((k for k, m in enumerate(labels) if m), len(labels))
    for k in range(first + 1, len(texts)):
        loose = _any_label(texts[k]) if labels[k] is None else None
        if loose is not None and loose.group("label").strip() in known:
            labels[k] = None if _WHOLE_QUOTE.match(texts[k][loose.end() :]) else loose
        elif labels[k] is None and texts[k].strip() in known:
            labels[k] = _colonless(texts[k])
    return labels


def _colonless(text: str) -> re.Match[str] | None:
    """A line that is a label the interview already gave a turn to, its colon lost
    («Рябков» alone on its line between «Акмарал:» turns): that label again."""
    name = re.escape(text.strip())
    return re.match(rf"^\s*(?P<label>(?P<head>{name}))\s*$", text)


def turn_label(text: str) -> re.Match[str] | None:
    """The label of a turn: not one whose words are one quotation ("Ив Россье: «Никогда не
    считал работу легкой»" is a headline over the interview, not its first answer)."""
    m = label_of(text)
    if m is None or not _WHOLE_QUOTE.match(text[m.end() :].lstrip()):
        return m
    return None


def without_aside(label: str) -> str:
    """ "С.В.Лавров (говорит по-английски), министр" → "С.В.Лавров, министр"."""
    return _ASIDE.sub("", label)


def label_head(label: str) -> str:
    """Who a label names, without its aside and role: "Вопрос (ТАСС)" → "Вопрос"."""
    return without_aside(label).split(",")[0].strip()


def _first_word(head: str) -> str:
    """ "Вопрос корреспондента" → "вопрос": a label's kind, whoever's it is."""
    return head.split()[0].lower().rstrip(".") if head.split() else ""


def asker_label(label: str) -> bool:
    """ "Вопрос", "Вопрос корреспондента", "Корр.", "«Международная жизнь»", "Российская
    газета", "swissinfo.ch", "РИА Новости" (an outlet the lexicon knows): the interviewer."""
    head = label_head(label)
    if head.lower().rstrip(".") in ASKER_LABELS or _OUTLET_LABEL.search(head):
        return True
    role = without_aside(label).partition(",")[2].strip()
    if _ASKER_ROLE.match(role):
        return True
    if _first_word(head) in _OF_LABELS and _first_word(head) in ASKER_LABELS:
        return True
    return MEDIA.fullmatch(head) is not None


def answer_label(label: str) -> bool:
    """ "Ответ", "Ответ министра", "О.": the interviewee's turn, without their name."""
    head = label_head(label)
    if _first_word(head) in _OF_LABELS:
        return _first_word(head) in ANSWER_LABELS
    return head.lower().rstrip(".") in ANSWER_LABELS


def asks_at_end(text: str) -> bool:
    """A unit that ends with a question ("1.Как бы вы охарактеризовали …?"), or with a
    quotation that does."""
    return _ends_asking(text)


def _asks_by_label_or_end(label: str | None, text: str) -> bool:
    """An interviewer's label, or a turn that ends with a question (not an answer's label)."""
    if label is not None and answer_label(label):
        return False
    return (label is not None and asker_label(label)) or asks_at_end(text)


def _after_label(m: re.Match[str], text: str) -> int:
    """Where a labelled turn's words start: after the label, and after a dash opening them
    («Евгений Крутиков: – Для начала…»)."""
    dash = _DASH_AFTER_LABEL.match(text, m.end())
    return min(dash.end() if dash else m.end(), len(text))


def _labelled(texts: Sequence[str]) -> list[Turn] | None:
    """Turns of a labelled interview; None unless two units carry a label and one asks."""
    labels = turn_labels(texts)
    found = [m.group("label").strip() for m in labels if m]
    askers = _askers(texts, labels)
    if len(found) >= _MIN_TURNS and askers:
        return _labelled_turns(texts, labels, askers)
    return _taking_turns(texts, labels) or _taking_turns(texts, transcript_labels(texts))


def _askers(texts: Sequence[str], labels: Sequence[re.Match[str] | None]) -> set[str]:
    """The interviewer's labels: one that always asks ("Вопрос"), or one whose turns mostly
    end with a question (an interviewee's rhetorical «…не так ли?» does not make them one).
    A label alone on its line asks with the unit under it."""
    asked: dict[str, list[bool]] = {}
    for k, m in enumerate(labels):
        if m is None:
            continue
        label = m.group("label").strip()
        alone = m.end() >= len(texts[k].rstrip()) and k + 1 < len(texts)
        turn = texts[k + 1] if alone else texts[k]
        asked.setdefault(label, []).append(
            _asks_by_label_or_end(label, turn) or asks_addressee(turn)
        )
    return {label for label, turns in asked.items() if 2 * sum(turns) > len(turns)}


# A radio transcript's label without a colon: initials and a surname before the words («М.Вуйнович
# Доброе утро!», «А.Нарышкин 10 часов, 36 минут.»), or a name alone on its line over a dash turn
# («Пунди Шринивасан Рагхаван» / «― Здравствуйте!», «П. Ш. Рагхаван»). Read only where the turns
# show who asks and who answers (`_taking_turns`): alone, such a line is a subhead.
_BARE_LABEL = re.compile(
    r"^(?P<label>(?P<head>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))\s+"
    r"(?=[А-ЯЁ0-9«\"—–―-])"
)
_NAME_LINE = re.compile(
    r"^(?P<label>(?P<head>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}))\s*$"
)
# … its initial's dot lost («В Дымарский Санкт-Петербург. …»): read only when the word after
# the letter may be in the nominative (not «В Москве …», a preposition and its noun).
_LETTER_LABEL = re.compile(
    r"^(?P<label>(?P<head>[А-ЯЁ]\s(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)))\s+"
    r"(?=[А-ЯЁ0-9«\"—–―-])"
)
_KEY_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.\s?)+")
_INITIALLED = re.compile(r"^\s*(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ]")
# A question that trails off («…на министерский пост или?..»).
_ENDS_ASKING = re.compile(r"\?(?:[»\"”]+|\.\.|…)?$")


def transcript_labels(texts: Sequence[str]) -> list[re.Match[str] | None]:
    """Each unit's colon-less transcript label (`_BARE_LABEL`, or `_NAME_LINE` over a unit
    opening with a dash or among speaker lines, `_speaker_lines`), or None."""
    speakers = _speaker_lines(texts)
    out: list[re.Match[str] | None] = []
    for k, text in enumerate(texts):
        under = texts[k + 1] if k + 1 < len(texts) else ""
        line = _NAME_LINE.match(text) if _DASH_TURN.match(under) or k in speakers else None
        out.append(line or _BARE_LABEL.match(text) or _letter_label(text))
    return out


def _speaker_lines(texts: Sequence[str]) -> set[int]:
    """The units that are initials and a surname alone on their line («И.Воробьева» over the
    host's words, «П.Гусев» over the guest's: a radio archive's transcript, no dash under
    them), when one such speaker takes two turns of them: a byline or a subhead names its
    person once."""
    initialled = {
        k: _key(m.group("label"))
        for k, t in enumerate(texts[:-1])
        if (m := _NAME_LINE.match(t)) and _INITIALLED.match(t)
    }
    keys = list(initialled.values())
    if not any(keys.count(key) >= _MIN_TURNS for key in keys):
        return set()
    return set(initialled)


def _letter_label(text: str) -> re.Match[str] | None:
    """«В Дымарский …»: a letter and a surname the dictionary reads first in the nominative."""
    m = _LETTER_LABEL.match(text)
    if m is None:
        return None
    found = parses(m.group("surname").lower())[:1]
    return m if found and found[0].has("nomn") else None


def _key(label: str) -> str:
    """Whose turn a label gives however the transcript writes it («Пунди Шринивасан Рагхаван»,
    «П. Ш. Рагхаван», «М.СОКОЛОВ»): the last word of its head, in lower case."""
    words = _KEY_INITIALS.sub(" ", label_head(label)).split()
    return words[-1].lower() if words else label.lower()


def _ends_asking(text: str) -> bool:
    return _ENDS_ASKING.search(text.rstrip()) is not None


def _asks(text: str) -> bool:
    """A unit that asks: it ends asking, or asks the interviewee something on the way («И мой
    первый вопрос: вас поздравлять …? Тем более, …»)."""
    return _ends_asking(text) or asks_addressee(text)


@dataclass(slots=True)
class _Taking:
    """Per speaker (`_key`) of a transcript: turns, turns right after a question, whether their
    own words ever ask, whether their turn (with the units under it) ever ends asking."""

    turns: int = 0
    answered: int = 0
    asks: bool = False
    ends_asking: bool = False


def _tally(texts: Sequence[str], labels: Sequence[re.Match[str] | None]) -> dict[str, _Taking]:
    """Who takes which turns: each labelled unit (the unit under a label alone on its line)."""
    out: dict[str, _Taking] = {}
    current: _Taking | None = None
    for k, m in enumerate(labels):
        if m is None:
            if current is not None and _asks(texts[k]):
                current.ends_asking = True
            continue
        label = m.group("label").strip()
        alone = m.end() >= len(texts[k].rstrip()) and k + 1 < len(texts)
        turn = texts[k + 1] if alone else texts[k][m.end() :]
        current = out.setdefault(_key(label), _Taking())
        current.turns += 1
        current.answered += k > 0 and _asks(texts[k - 1])
        own = _asks_by_label_or_end(label, turn) or asks_addressee(turn)
        current.asks |= own
        current.ends_asking |= own
    return out


def _taking_turns(
    texts: Sequence[str], labels: Sequence[re.Match[str] | None]
) -> list[Turn] | None:
    """A transcript whose labels do not say who asks («А.ВЕНЕДИКТОВ: …», «М.СОКОЛОВ: …», or
    one «Михаил Мурашко: …» under unlabelled questions): the turns do. The guest is the one
    speaker whose words never ask and who answers a question right before at least half of
    their turns, while another speaker's turn asks; a guest alone must answer every turn, two
    at least. Every other label is a host's."""
    tally = _tally(texts, labels)
    guests = [
        key for key, t in tally.items() if not t.asks and t.answered and 2 * t.answered >= t.turns
    ]
    if len(guests) != 1:
        return None
    guest = tally[guests[0]]
    hosts = [t for key, t in tally.items() if key != guests[0]]
    alone = guest.answered == guest.turns >= _MIN_TURNS
    if not (any(t.ends_asking for t in hosts) if hosts else alone):
        return None
    found = {m.group("label").strip() for m in labels if m}
    return _labelled_turns(texts, labels, {x for x in found if _key(x) != guests[0]})


def speaker_labels(texts: Sequence[str]) -> list[re.Match[str] | None]:
    """Each unit's label naming who speaks: `turn_labels`, or, when fewer than two units carry
    one, the colon-less labels of a transcript (`transcript_labels`: «Е.Ройзман» alone on its
    line) — for a reader that knows the guest from elsewhere (the announcement, the title)."""
    labels = turn_labels(texts)
    if sum(1 for m in labels if m) >= _MIN_TURNS:
        return labels
    return transcript_labels(texts)


def asks_addressee(text: str) -> bool:
    """A turn holding a question to the interviewee, whatever follows it («В.Соловьев:
    Виталий Иванович, …, как Вы считаете, …? Ведь звучат странные вещи.»): a sentence ending
    with «?» that says «вы» or opens the turn by a vocative."""
    start = 0
    for end in _QUESTION_END.finditer(text):
        if addresses(text[start : end.end()]):
            return True
        start = end.end()
    return False


def guest_turns(texts: Sequence[str], guest: Callable[[str], bool]) -> list[Turn] | None:
    """A talk-show transcript whose turns seldom ask («С.ДОРЕНКО: …», «М.ЗАХАРОВА: …»): the
    one label `guest` accepts answers, every other label is a host's; None unless two labels
    take turns and exactly one is the guest's."""
    labels = speaker_labels(texts)
    found = {m.group("label").strip() for m in labels if m}
    guests = {label for label in found if guest(label)}
    if len(found) < _MIN_TURNS or len(guests) != 1:
        return None
    return _labelled_turns(texts, labels, found - guests)


def _labelled_turns(
    texts: Sequence[str], labels: Sequence[re.Match[str] | None], askers: set[str]
) -> list[Turn]:
    """Each unit's turn: a label opens one; an unlabelled unit continues it, unless it asks
    ("Российская газета: …?" may carry no label we know) or, when only the questions carry a
    label («Вопрос: …?» then the answer), it follows an asked question: the answer."""
    only_asked = all(m is None or m.group("label").strip() in askers for m in labels)
    out: list[Turn] = []
    current = Turn(Role.INTRO)
    for k, (m, text) in enumerate(zip(labels, texts, strict=True)):
        if m is not None:
            label = m.group("label").strip()
            role = Role.QUESTION if label in askers else Role.ANSWER
            current = Turn(role, label, _after_label(m, text), True)
            out.append(current)
        elif _dash_turn(out, texts, text):
            turn = _alternate(out, text)
            current = turn if turn.role is Role.ANSWER else current
            out.append(turn)
        elif current.role is not Role.INTRO and asks_at_end(text):
            out.append(Turn(Role.QUESTION))
        elif only_asked and current.role is Role.QUESTION and _answers(texts[k - 1], text):
            dash = _DASH_TURN.match(text)
            start = dash.end() if dash else _under_label_line(out, texts, text)
            current = Turn(Role.ANSWER, None, start, True)
            out.append(current)
        else:
            out.append(Turn(current.role, current.label, _under_label_line(out, texts, text)))
    return out


def _dash_turn(out: Sequence[Turn], texts: Sequence[str], text: str) -> bool:
    """An unlabelled unit opening with a dash after the labelled turns began: a turn of its
    own, not a paragraph continuing the one before (unless that is a label alone on its line,
    «В. Путин:», whose words follow under it)."""
    if not out or out[-1].role is Role.INTRO or not _DASH_TURN.match(text):
        return False
    return not label_line(out[-1], texts[len(out) - 1])


def _alternate(out: Sequence[Turn], text: str) -> Turn:
    """A dash turn among labelled ones («Вельт»: …? / Владимир Чижов: … / — А сейчас? / — С
    обеих сторон …): the turns alternate, so after a question it answers, in the name of the
    last labelled answer, and after an answer it is the interviewer's (a remark that asks
    nothing too); a dash turn that asks is always a question."""
    dash = _DASH_TURN.match(text)
    start = dash.end() if dash else 0
    if out[-1].role is not Role.QUESTION or asks_at_end(text):
        return Turn(Role.QUESTION, None, start, True)
    named = next((t.label for t in reversed(out) if t.role is Role.ANSWER and t.label), None)
    return Turn(Role.ANSWER, named, start, True)


def _answers(before: str, text: str) -> bool:
    """Whether an unlabelled unit after an interviewer's turn opens the answer: the turn
    asked, or the unit opens with a dash of its own (««СП»: — Здравствуйте!» then «—
    Здравствуйте. Предваряя нашу беседу, …»)."""
    return asks_at_end(before) or _DASH_TURN.match(text) is not None


def _under_label_line(out: Sequence[Turn], texts: Sequence[str], text: str) -> int:
    """Where the text of the unit after `out` starts: after its dash when the unit before
    is a label alone on its line («В. Путин:» then «- Добрый день…»)."""
    alone = bool(out) and label_line(out[-1], texts[len(out) - 1])
    dash = _DASH_TURN.match(text) if alone else None
    return dash.end() if dash else 0


def single_label(texts: Sequence[str]) -> tuple[int, str] | None:
    """The one unit that carries a label, with the label, when exactly one does."""
    found = [(k, m) for k, m in enumerate(map(label_of, texts)) if m is not None]
    if len(found) != 1:
        return None
    k, m = found[0]
    return k, m.group("label").strip()


def label_line(turn: Turn, text: str) -> bool:
    """ "В. Путин:" alone on its line: a label whose turn is the unit under it."""
    return turn.opens and turn.text_start >= len(text.rstrip())


def monologue(texts: Sequence[str], k: int) -> list[Turn]:
    """ "Андрей Денисов, Посол России в КНР: …": one labelled turn answering from unit k on,
    or only through the quotations under a label alone on its line (`_quoted_end`)."""
    m = label_of(texts[k])
    if m is None:
        return [Turn(Role.INTRO)] * len(texts)
    label = m.group("label").strip()
    first = Turn(Role.ANSWER, label, _after_label(m, texts[k]), True)
    dash = _DASH_TURN.match(texts[k + 1]) if k + 1 < len(texts) else None
    under = dash.end() if dash and label_line(first, texts[k]) else 0
    end = _quoted_end(texts, k) if label_line(first, texts[k]) else len(texts)
    rest = [Turn(Role.ANSWER, label, under if i == k + 1 else 0) for i in range(k + 1, end)]
    for i in range(k + 2, end):  # past the unit under the label
        rest[i - k - 1] = _dash_exchange(texts, i, rest[i - k - 2], label) or rest[i - k - 1]
    return [Turn(Role.INTRO)] * k + [first, *rest] + [Turn(Role.INTRO)] * (len(texts) - end)


# A paragraph that is one quotation: opening with a mark, closing with one (and a full stop).
ONE_QUOTATION = re.compile(r"^[«\"„“][^\n]*[»\"“”]\.?$")


def _quoted_end(texts: Sequence[str], k: int) -> int:
    """Where the words under the label alone on unit k's line end: past the run of units that
    are each one quotation in marks («Виктор Орбан, премьер-министр Венгрии:» over «"Нам
    придется …"» and «Орбан также обвинил …»: the marks close the words, the writer's
    narration follows); the text's end when the unit under the label is no such quotation
    (unmarked words, or a quotation running over paragraphs)."""
    end = k + 1
    while end < len(texts) and ONE_QUOTATION.match(texts[end].strip()):
        end += 1
    return end if end > k + 1 else len(texts)


def _dash_exchange(texts: Sequence[str], i: int, before: Turn, label: str) -> Turn | None:
    """A dash question under a labelled answer, answered by the dash turn after it («Игорь
    Жижикин, …:» / «- Это история …» / «- С чего начинали?» / «- Продавцом. …»): the
    interviewer's turn, and the dash turn after it the labelled one's next answer."""
    dash = _DASH_TURN.match(texts[i])
    if dash is None:
        return None
    if before.role is Role.QUESTION:
        return Turn(Role.ANSWER, label, dash.end(), True)
    following = texts[i + 1] if i + 1 < len(texts) else ""
    if asks_at_end(texts[i]) and _dash_answer(following) and not asks_at_end(following):
        return Turn(Role.QUESTION, None, dash.end(), True)
    return None


def _imperative_at(text: str, at: int) -> bool:
    """Whether the word at `at` may be a plural imperative («Расскажите», «поделитесь»). Only
    a word opening a clause is asked: «смотрите» in «Вы смотрите на это иначе» reads as one
    too, but there it states."""
    word = _WORD.match(text, at)
    return word is not None and any(p.has("impr", "plur") for p in parses(word.group(0).lower()))


def _greets_at(text: str, at: int) -> bool:
    """Whether the word at `at` greets («Здравствуйте!»): an imperative that requests
    nothing, so a dash turn opening with it is no question; whose it is the turns around
    show (a host's greeting hails, «Здравствуйте, Сергей Кужугетович.», `addresses`)."""
    word = _WORD.match(text, at)
    return word is not None and word.group(0).lower() in GREETING_IMPERATIVES


def _dash_asks_or_requests(text: str) -> bool:
    """A dash turn that ends with a question, or requests by an imperative right after its
    dash («— Расскажите о ваших планах.»); "— Давайте подождем, — сказал он" is dialogue."""
    dash = _DASH_TURN.match(text)
    if dash is None or text.rstrip().endswith("?"):
        return dash is not None
    if _ATTRIBUTION_DASH.search(text) or _greets_at(text, dash.end()):
        return False
    hail = _HAIL.match(text, dash.end())  # «- Господин Генеральный консул, расскажите …;»
    return _imperative_at(text, hail.end() if hail else dash.end())


def addresses(text: str) -> bool:
    """A turn that speaks to the interviewee: "вы", "ваш", or a vocative opening it
    («Господин посол, …», «Виталий Иванович, …»), after its dash if it has one."""
    dash = _DASH_TURN.match(text)
    return _YOU.search(text[dash.end() :] if dash else text) is not None


def _dash_addresses_before_answer(texts: Sequence[str], k: int, before: bool) -> bool:
    """A dash turn that addresses the interviewee and has no attribution, right before a
    dash turn, and not right after a question (the turns alternate, so the one after a
    question answers, «— Да, вы правы …»): a question whose «?» the outlet cut or never put
    («— Господин посол, поделитесь, пожалуйста, впечатлениями.»)."""
    text = texts[k]
    if before or k + 1 >= len(texts) or not _DASH_TURN.match(texts[k + 1]):
        return False
    if not _DASH_TURN.match(text) or _ATTRIBUTION_DASH.search(text):
        return False
    return addresses(text) and not asks_at_end(texts[k + 1])


def _dash_questions(texts: Sequence[str]) -> list[bool]:
    """Which units are dash questions: each that asks or requests, or addresses the
    interviewee right before a dash answer."""
    asked: list[bool] = []
    for k, text in enumerate(texts):
        before = bool(asked) and asked[-1]
        asked.append(
            _dash_asks_or_requests(text)
            or _dash_addresses_before_answer(texts, k, before)
            or _remark(texts, asked, k)
        )
    return asked


def _remark(texts: Sequence[str], asked: Sequence[bool], k: int) -> bool:
    """A dash turn right after a dash answer to a dash question, and right before another
    dash turn: the turns alternate, so it is the interviewer's («— Отличная компания.
    Никого не забыли.»), even though it asks nothing."""
    if k < 2 or k + 1 >= len(texts) or not asked[k - 2] or asked[k - 1]:
        return False
    dashed = [_DASH_TURN.match(texts[i]) is not None for i in (k - 2, k - 1, k, k + 1)]
    return all(dashed) and not _ATTRIBUTION_DASH.search(texts[k])


def asks_or_requests(text: str) -> bool:
    """Whether an interviewer's turn asks or requests in so many words: a «?» anywhere, an
    imperative opening one of its clauses («…, поделитесь, пожалуйста, впечатлениями.») or a
    phrase of `REQUESTS` («Хотелось бы услышать ваш комментарий.»); a remark («Вы в нём 64-й.
    Всё-таки не первая десятка…», «Вы смотрите на это иначе.») does not, whatever its answer
    says."""
    if "?" in text or _REQUEST_PHRASE.search(text):
        return True
    return any(_imperative_at(text, m.end()) for m in _CLAUSE_START.finditer(text))


def _dashed(texts: Sequence[str]) -> list[Turn] | None:
    """Turns of a dash Q&A interview, or None when no dash unit asks a question."""
    asked = _dash_questions(texts)
    if not any(asked):
        return None
    out: list[Turn] = []
    current = Turn(Role.INTRO)
    for k, (text, question) in enumerate(zip(texts, asked, strict=True)):
        dash = _DASH_TURN.match(text)
        label = None if dash or current.role is Role.INTRO else turn_label(text)
        if label is not None:  # «- Скажите …?» then «Дмитрий Песков: Я тоже рад …»
            current = _labelled_under_dash(text, label)
            out.append(current)
            continue
        if question:
            current = Turn(Role.QUESTION)
        elif current.role is not Role.INTRO or _unasked_opening(texts, asked, k):
            current = Turn(Role.ANSWER)  # the answer, with or without its dash
        out.append(Turn(current.role, None, dash.end() if dash else 0, bool(dash)))
    return out


def _unasked_opening(texts: Sequence[str], asked: Sequence[bool], k: int) -> bool:
    """A dash turn right under the title and right over the first dash question, attributed
    to nobody and asking nothing («Интервью полузащитника "Динамо" после игры» / «- Мне
    сложно комментировать эту игру. …» / «- Прокомментируйте …»): a flash interview opens with
    the interviewee's first words, asked by nobody in print."""
    if k != 1 or k + 1 >= len(texts) or asked[k] or not asked[k + 1]:
        return False
    text = texts[k]
    if not _DASH_TURN.match(text) or _ATTRIBUTION_DASH.search(text) or "?" in text:
        return False
    return _DASH_TURN.match(texts[k + 1]) is not None


def _labelled_under_dash(text: str, m: re.Match[str]) -> Turn:
    """A labelled unit among dash turns: the interviewer's («Вопрос: И все же?», or any
    label whose turn asks) is a question, any other names who answers."""
    label = m.group("label").strip()
    role = Role.QUESTION if _asks_by_label_or_end(label, text) else Role.ANSWER
    return Turn(role, label, _after_label(m, text), True)


def _plain_question(text: str) -> bool:
    """ "Как вы оцениваете итоги года?": a question paragraph whose bold the site lost — not
    a quotation («…?»), not a dash or labelled turn, and short."""
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and stripped[:1] not in _QUOTE_MARKS
        and not _DASH_TURN.match(stripped)
        and len(stripped.split()) <= _PLAIN_QUESTION_WORDS
    )


def plain_questions(
    texts: Sequence[str], least: int = _MIN_TURNS, *, addressing: bool = True
) -> list[Turn] | None:
    """Turns of a Q&A whose questions are plain paragraphs: after an introduction, at least
    `least` questions (two, unless the caller has other evidence), half of them addressing
    the interviewee ("вы", "ваш"; unless `addressing` is off, the caller having other
    evidence), each answered by the paragraphs under it. Alone this is no
    evidence (a columnist asks too): bot/content/answers.py wants the interviewee announced
    right before the first one, or addressed by the first one by name and patronymic."""
    asked = [_plain_question(t) for t in texts]
    first = asked.index(True) if any(asked) else 0
    answered = all(k + 1 < len(texts) and not asked[k + 1] for k, q in enumerate(asked) if q)
    addressed = sum(1 for t, q in zip(texts, asked, strict=True) if q and _YOU.search(t))
    if sum(asked) < least or first == 0 or not answered:
        return None
    if addressing and 2 * addressed < sum(asked):
        return None  # a columnist's subheads ("Что стоит за этим?") address nobody
    out = [Turn(Role.INTRO)] * first
    for k in range(first, len(texts)):
        role = Role.QUESTION if asked[k] else Role.ANSWER
        dash = _DASH_TURN.match(texts[k])  # «Как вы оцениваете …?» then «— Отношения …»
        out.append(Turn(role, None, dash.end() if dash else 0, asked[k] or asked[k - 1]))
    return out


def dash_answered(texts: Sequence[str]) -> list[Turn] | None:
    """Plain questions each answered by a dash turn («Каковы визовые перспективы?» then «—
    Если вспомнить историю вопроса, …»): the outlet lost the questions' bold but kept the
    answers' dashes, so the layout is as sure as a dash Q&A, even with one question and
    whether or not it says «вы»."""
    found = plain_questions(texts, 1, addressing=False)
    if found is None:
        return None
    asked = [k for k, t in enumerate(found) if t.role is Role.QUESTION]
    if all(_dash_answer(texts[k + 1]) for k in asked):
        return found
    return None


def _dash_answer(text: str) -> bool:
    """A dash turn not attributed inside («— Они вырастут, — считает экономист.» under a
    columnist's «Что будет с ценами?» is a quotation the column answers itself with)."""
    return _DASH_TURN.match(text) is not None and not _ATTRIBUTION_DASH.search(text)


LAYOUTS: tuple[Callable[[Sequence[str]], list[Turn] | None], ...] = (_labelled, _dashed)


def turns(texts: Sequence[str]) -> list[Turn] | None:
    """Each unit's turn by the first layout that recognises the text, or None."""
    for layout in LAYOUTS:
        found = layout(texts)
        if found is not None:
            return found
    return None
