"""Extractive summary: one or two sentences of the article, at most 1024 characters.

Why lead first: news is written lead-heavy. Measured on the project's corpus of 12 Russian
news texts with editor-style reference summaries (tests/content/summary_eval.py): filtered lead
ROUGE-1 F1 0.490 / ROUGE-2 0.293 against TextRank 0.373 / 0.209. `textrank` is kept for
that comparison and as an option.
Choosing by content was measured too (overlap with the headline and the article's frequent
stems, within the first five usable sentences): it lost 1–7 points of ROUGE-1 on every dev set
against the lead, so position stays the rule. What did help is refusing a second sentence that
opens with a quotation.
Filtering matters more than ranking: attribution-only sentences ("Об этом сообщается на сайте
МИД России."), headline lines, pieces of a multi-paragraph quotation and anything with an
unbalanced quotation mark are never picked; nor is a question. Datelines and agency stamps
never reach this module (bot/content/sentences.py skips them); closing agency attributions
(«…, передает РИА Новости.») are cut off here.
For an interview (bot/content/interview.py) only the interviewee's answers are candidates, and
the summary opens with the interviewee's label. A person the summary names only by surname is
introduced with the full name the article gives (bot/content/introduce.py). A lead whose
speaker the next sentence names («…. Об этом заявил X.») becomes reported speech («X заявил,
что …», bot/content/compress.py): the gap between extractive leads and the references is
mostly who says it, not which sentence.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from bot.content.answers import Answer, Interview, find_interview
from bot.content.asked import ANSWER_LABEL, asked_turn
from bot.content.balance import balanced, cut_at_word, merge_closing, strip_unbalanced
from bot.content.bylines import content_start, strip_tail
from bot.content.commented import with_comment
from bot.content.compress import (
    Attribution,
    Claim,
    attribute,
    attribute_pair,
    capitalised,
    has_speaker,
    lowered_claim,
    names_speaker,
    proper,
    reportable,
    reported_by,
    speaker_first,
)
from bot.content.interview import TO_OUTLET, label_of
from bot.content.interviewee import (
    given_name,
    headed_outlet,
    heading,
    outlet_cue,
    role_after,
    role_below,
    role_with,
)
from bot.content.introduce import Piece, introduce, plain, role_phrase, role_windows
from bot.content.layout import Layout, sentence_end, sentence_start
from bot.content.lexicon import (
    ANSWER_PRO_FORMS,
    BACK_REFERENCE_OPENERS,
    BODY_ANAPHORS,
    BODY_KINDS,
    BODY_NOUNS,
    EDITORIAL_OPENERS,
    EDITORIAL_PHRASES,
    FIRST_PERSON_PRONOUNS,
    NAMING_VERBS,
    OPINION_FRAMES,
    OUTLET,
    PERSON_AFTER,
    SHIFT_OPENERS,
    SPEECH_VERBS,
    SPOKESMAN_ROLES,
    SUBJECT_CIRCUMSTANCE,
    THIRD_PERSON_PRONOUNS,
    same_role,
    title_heads,
)
from bot.content.lexicon import role_of as role_word
from bot.content.mentions import Entities, Mention
from bot.content.morph import inflect, parses, restore_case, sole_gender, word_set
from bot.content.name_slots import past_gender
from bot.content.normalize import analysis_view
from bot.content.oblique_names import capitalised_words, in_nominative
from bot.content.quoted_lead import body_said, quoted_lead, said_by
from bot.content.sentences import Sentence
from bot.content.speakers import finite_verb
from bot.content.wording import reworded

CAPTION_LIMIT = 1024
_SECOND_IF_SHORTER = 160  # add the second sentence only when the first is this short
_ANSWER_WORDS = 7  # an interview answer's sentence needs this many words to open a summary
_PAIR_LIMIT = 350  # two sentences together at most this long (references run ~230)
_UNIT_SENTENCES = 4  # a quotation running over more sentences than this is not one unit
# Sentences about the dispatch rather than the news: who reported it, where it was published
# or broadcast. One named row each (tests/content/test_summary_rules.py, NOT_NEWS).
NOT_NEWS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "about-this",
            r"^(?:[Оо]б этом|[Оо] ч[её]м|[Оо] данном|[Ээ]то следует из|[Тт]акже об этом)\b",
        ),
        ("as-reports", r"^[Кк]ак\s+(?:сообща\w+|переда[её]т|пишет|пишут|информир\w+)\b[^,]*[.!]?$"),
        (
            "published",
            r"^(?:[Сс]ообщение|[Зз]аявление|[Тт]екст заявления)\s+(?:опубликован|размещ)\w*",
        ),
        (  # «Его слова в Telegram передает советник офиса …»
            "words-quoted",
            r"^(?:[Ее]го|[Ее]е|[Ее]ё|[Ии]х)\s+слова\s+(?:[^.!?]{0,40}\s)?(?:привод|цитиру|переда)"
            r"\w*\s[^,]*[.!]?$",
        ),
        # «Высказывания премьера распространила его канцелярия.»
        (
            "spread-by",
            r"^(?:Высказывани|Слова|Заявлени|Обращени|Текст)\w*\s+(?:\S+\s+){0,3}"
            r"(?:распространил|обнародовал)\w*\s[^,]*[.!]?$",
        ),
        # «Свое заявление она опубликовала в соцсети Х.»
        (
            "own-words-posted",
            r"^(?:Сво[йеё]|Свою|Свои)\s+(?:заявление|обращение|сообщение|комментарий|слова|пост)"
            r"\s+(?:\S+\s+)?(?:опубликова|размести|написа|выложи)\w*\s[^,]*[.!]?$",
        ),
        # «Соответствующее заявление он сделал в комментарии ВВС.»
        (
            "corresponding",
            r"^Соответствующ\w+\s+(?:заявлени|сообщени|информаци|публикаци)\w*\s[^,:]*[.!]?$",
        ),
        # «Ранее эта информация распространялась в Telegram-каналах.»
        (
            "this-information",
            r"^(?:[Рр]анее\s+)?(?:[Ээ]т|[Дд]анн)\w+\s+(?:информаци|сведени)\w*\s+(?:распространял|появлял|появил|публиковал|сообщал)",
        ),
        # «Трансляцию мероприятия проводит AP.», «Сайт "КП" приводит полную стенограмму …»
        # «Видео с пресс-конференции опубликовал Telegram-канал издания «Страна.ua».»
        ("broadcast", r"^(?:Трансляци|Видео|Стенограмм)\w*\s[^,:]*[.!]?$"),
        (
            "full-text",
            r"\b(?:привод|публику|опубликова)\w*\s+полн\w+\s+(?:текст|стенограмм|видеозапис)",
        ),
        # «Интервью Генерального секретаря ШОС Владимира Норова информационному агентству …»:
        # a heading naming the interview, no news
        # (a heading only: `HEADING_ROWS`)
        ("interview-heading", r"^Интервью\s+[А-ЯЁ][^.!?]*[.!]?$"),
        # «Добрый день, уважаемые коллеги, друзья.» opening a transcript
        (
            "greeting",
            r"^(?:Добр\w+\s+(?:день|вечер|утро)|Здравствуйте|Приветствую)\b[^.!]{0,60}[.!]?$",
        ),
        # «Меня зовут Алексей Иванов.», «Это программа «На 2-х стульях».»: the host presents
        # themselves or the show, no news
        (
            "host",
            r"^(?:(?:Меня зовут|У микрофона)\s+[А-ЯЁ][^.!?]{0,60}"
            r"|Это (?:программа|передача)\s+[«\"][^»\"]{1,60}[»\"])[.!]?$",
        ),
        # «Его комментарий приводит РИА Новости.», «Слова дипломата цитирует ТАСС.»
        (
            "relayed-by-outlet",
            rf"^(?:\S+\s+){{1,2}}(?:привод\w*|цитиру\w*|переда[её]т|пишет|сообщает)\s+{OUTLET}[.!]?$",
        ),
        # «Агентство не сообщает о данных, послуживших поводом для опровержения.»
        (
            "outlet-silent",
            r"^(?:Агентство|Издание|Газета|Телеканал|Источник)\s+не\s+(?:сообща|уточня|привод)",
        ),
    )
)
# A sentence opening with a quotation is direct speech: the reference paraphrases it, and as a
# second sentence it cost ROUGE-1 on every set (−7 points on average over the dev sets).
_QUOTATION_OPENS = re.compile(r"^[«\"„“]")
# A headline giving its claim to someone: «Галузин: У Киева и ЕС нет желания …».
_HEAD_CLAIM = re.compile(r"^(?P<who>[^:«»\"\n]{2,40}):\s+(?P<claim>\S.*)$")
# "— Итоги в целом позитивные." in a dialogue; Xinhua's "-- Член Госсовета … заявил"
_DIALOGUE_DASH = re.compile(r"^(?:[—–-]|--)\s+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A sentence leaning on one the summary skipped ("Он также напомнил, …") cannot follow another.
_DANGLING = re.compile(
    r"^(?:Он|Она|Оно|Они|Его|Ее|Её|Их|Ему|Ей|Им|Это|Эти|Этот|Эта|Тогда|Там|Также|Кроме того|"
    r"При этом|Однако|Но|И|А|Поэтому|Впрочем|Между тем|Тем не менее)\b"
)


# A sentence leaning on one before it («Также главы стран обсудили …», «Но сама организация
# не отказывается …», «Он также указал …»): as the text's first it is a teaser or a lead cut
# from a longer story, and the news follows it.
LEANING = re.compile(
    r"^(?:Также|Кроме того|Помимо этого|Помимо того|Но|Однако|При этом|Вместе с тем|"
    r"Между тем|Тем не менее|Впрочем|Зато|И|А|(?:Он|Она|Они)\s+(?:также|же|тоже))(?!\w)"
)
# A sentence stepping back to earlier news («Ранее сообщалось, что …», «Напомним, …»): the
# references summarise today's news, so it never joins the lead as its second sentence.
BACKGROUND = re.compile(
    r"^(?:Ранее|Напомним|Напомню|Как\s+(?:ранее\s+)?сообща\w+\s+ранее|Как\s+ранее\s+"
    r"(?:сообща|писа|передава)\w+|Как\s+сообщалось|До\s+этого|Прежде)(?!\w)"
)
_SUBTITLE_WORDS = 8  # a subtitle that is a claim has at least this many words
_SUBTITLE_BY = 3  # and stands among the text's first paragraphs
_REPEATED = 0.6  # a first sentence this much of whose stems the next one repeats is a teaser
TEASER_RULES = ("leaning", "repeated")  # `_teaser`'s rules, tested by name


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def is_headline(paragraph: str) -> bool:
    """A title-like line: no final punctuation, short, several words."""
    stripped = paragraph.strip()
    core = stripped.rstrip('»"”“')  # «… клуба «Валдай»» ends a headline, «…». ends a sentence
    return (
        bool(core)
        and core[-1] not in ".!?…:;"
        and balanced(stripped)
        and len(stripped) <= 160
        and len(_WORD.findall(stripped)) >= 2
    )


# NOT_NEWS rows that match a heading, never news about the thing it names: a sentence with a
# finite verb («Интервью Такера Карлсона с Путиным посмотрели более 100 миллионов человек.»)
# is news.
HEADING_ROWS = frozenset({"interview-heading"})


def _not_news(name: str, pattern: re.Pattern[str], said: str) -> bool:
    """Whether the NOT_NEWS row `name` drops the sentence `said`."""
    if pattern.search(said) is None:
        return False
    return name not in HEADING_ROWS or not any(_finite(w) for w in _WORD.findall(said))


def _title_line(sentence: Sentence, paragraphs: Sequence[str]) -> bool:
    """Whether `sentence` stands in a title line of a text with more paragraphs; a quotation
    after the first paragraph closed by its speech verb is a sentence that lost its stop —
    unless the next paragraph names its speaker again (a subheading over the lead)."""
    if len(paragraphs) < 2 or not is_headline(paragraphs[sentence.paragraph]):
        return False
    said = _SAID_QUOTATION.match(sentence.text.strip())
    if sentence.paragraph == 0 or not said:
        return True
    following = paragraphs[sentence.paragraph + 1 : sentence.paragraph + 2]
    return bool(following) and _names_again(sentence.text, following[0])


def _names_again(quotation: str, paragraph: str) -> bool:
    """Whether `paragraph` names again the one who closes `quotation` (the last word of its
    speaker, «… — сказала Мария Захарова» over «Официальный представитель МИД России Мария
    Захарова назвала …»): a subheading over the lead that tells it, no sentence of its own."""
    words = _WORD.findall(quotation)
    if not words:
        return False
    stem = words[-1].lower()[:_NAMED_AGAIN_LETTERS]
    return any(w.lower().startswith(stem) for w in _WORD.findall(paragraph))


_NAMED_AGAIN_LETTERS = 5  # «президента», «президент»; «Захарова», «Захаровой»


# A paragraph's end where the site broke a sentence over two lines: a comma or a dash.
_BROKEN_END = re.compile(r"[,–—-]\s*$")


def _continues_line(sentence: Sentence, paragraphs: Sequence[str]) -> bool:
    """Whether the sentence opens its paragraph with a lower-case word right below a paragraph
    ending with a comma or a dash (««…Это очень опасно», -» over «подчеркивает тюменский
    эколог …»): the rest of a sentence the site broke over two lines, never one alone."""
    k = sentence.paragraph
    return (
        sentence.index == 0
        and 0 < k < len(paragraphs)
        and paragraphs[k][:1].islower()
        and _BROKEN_END.search(paragraphs[k - 1]) is not None
    )


def eligible(
    sentence: Sentence, paragraphs: Sequence[str], quote_ranges: Sequence[tuple[int, int]]
) -> bool:
    """Can this sentence stand in a summary on its own?"""
    text = sentence.text.strip()
    if len(_WORD.findall(text)) < 4 or not balanced(merge_closing(text)):
        return False
    if _continues_line(sentence, paragraphs):
        return False
    said = _DIALOGUE_DASH.sub("", text)  # «— Добрый день, коллеги.» in a transcript
    if any(_not_news(name, pattern, said) for name, pattern in NOT_NEWS):
        return False
    if _title_line(sentence, paragraphs):
        return False
    start = sentence.start
    end = start + len(sentence.text)
    return not any(
        lo < start and (end <= hi + 1 or (start <= hi and not _MARK.search(text)))
        for lo, hi in quote_ranges
    )


# A paragraph after the headline that is a quotation closed by its speech verb («"Для нас
# большая честь …", - отметил губернатор области Василий Орлов») is a sentence whose final
# stop the source lost, not a title line.
_SAID_QUOTATION = re.compile(r"^[«\"„“][^«»\"„“”]+[»\"”][,!?…]*\s*[—–-]\s+[а-яё]+(?:л|ла|ли)\s+\S")
# A sentence ending with a colon announces what follows («… ответил на актуальный вопрос:»,
# «О позиции по Украине в ООН:»): alone it says nothing.
_ANNOUNCES = re.compile(r":\s*$")


def _announces(text: str) -> bool:
    """Whether `text` only announces what follows it (ends with a colon)."""
    return bool(_ANNOUNCES.search(text))


def _announced(candidates: Sequence[Sentence]) -> list[Sentence]:
    """A lead announcing what follows with what it announces («Глава МИД рассказал о главном:
    Стороны договорились …»): the next candidate, when it stands in the lead's paragraph or
    the next one and the two stay short; else nothing (a paragraph came between, a question
    — «… ответил на вопрос: «…?». Дипломат заявил …» — and the lead alone would end on its
    colon)."""
    first, rest = candidates[0], candidates[1:]
    if not rest or rest[0].paragraph - first.paragraph > 1:
        return []
    if len(first.text) + len(rest[0].text) > _PAIR_LIMIT:
        return []
    return [first, rest[0]]


# Any quotation mark: a sentence starting inside a quotation with none of its own is the
# quotation's tail and its attribution («Ждём работы …, — отметили в НАТО.»).
_MARK = re.compile('[«»"„“”]')


def _teaser(first: Sentence, second: Sentence, adjacent: bool) -> str | None:
    """Why `first` is no lead while `second` follows it (the rule's name), or None: it leans
    on a sentence before it, or the next paragraph, right after it, repeats it with more
    («Сенатор принял участие …» → «Заместитель Председателя Совета Федерации Константин
    Косачев принял участие …»; not when its attribution stands between them: then it is the
    lead, and the rest goes on with the details)."""
    if LEANING.match(first.text.lstrip("—– ")) and not LEANING.match(second.text):
        return "leaning"
    said = stems(first.text)
    if (
        said
        and adjacent
        and first.paragraph != second.paragraph
        and len(second.text) > len(first.text)
        and len(said & stems(second.text)) >= _REPEATED * len(said)
    ):
        return "repeated"
    return None


def past_teasers(candidates: Sequence[Sentence], every: Sequence[Sentence]) -> list[Sentence]:
    """The candidates from the first that can open a summary: a teaser before the lead
    (`_teaser`) is skipped, at most two, when a sentence that is no quotation follows it."""
    out = list(candidates)
    order = {s.start: i for i, s in enumerate(every)}
    for _ in range(2):
        if len(out) < 2 or _QUOTATION_OPENS.match(out[1].text):
            break
        adjacent = order.get(out[1].start, -1) == order.get(out[0].start, -9) + 1
        if _teaser(out[0], out[1], adjacent) is None:
            break
        out = out[1:]
    return out


# A direct quotation closed by its attribution: «…», — сказал он; «Санкции - попытка …», - сказал X.
_SAID_BY = re.compile(r"[,!?…»\"]\s*[—–-]\s+[а-яё]+(?:л|ла|ли|ло)\b")
_OFF_HEADLINE = 0.2  # a first candidate sharing less of the headline's stems is off its news
_ON_HEADLINE = 0.6  # a later one sharing this much of them tells it
_HEADLINE_REACH = 3  # among the first this many candidates


def said_directly(text: str) -> bool:
    """Direct speech: a sentence opening with a quotation mark or closed by «, — сказал X»."""
    return bool(_QUOTATION_OPENS.match(text) or _SAID_BY.search(text))


def headline_lead(candidates: Sequence[Sentence], paragraphs: Sequence[str]) -> list[Sentence]:
    """The candidates from the one that tells the headline's news, when the first barely
    touches it (a standfirst «Официальный представитель Кремля ответил на вопросы …», a
    rephrased quotation, a context sentence) and one of the next two, no direct speech, holds
    most of the headline's stems («Карасин: Зеленского надо сажать за стол переговоров …» →
    «… Карасин в интервью ТАСС заявил, что Зеленский должен сесть за стол переговоров …»).
    Choosing by content in general lost to the lead; only this clear case is taken."""
    out = list(candidates)
    if len(out) < 2 or len(paragraphs) < 2 or not is_headline(paragraphs[0]):
        return out
    head = stems(paragraphs[0])
    if len(head) < 3 or len(head & stems(out[0].text)) >= _OFF_HEADLINE * len(head):
        return out
    shares = [
        0 if said_directly(c.text) else len(head & stems(c.text)) for c in out[1:_HEADLINE_REACH]
    ]
    best = max(range(len(shares)), key=lambda i: shares[i])
    return out[best + 1 :] if shares[best] >= _ON_HEADLINE * len(head) else out


def lead(candidates: Sequence[Sentence], every: Sequence[Sentence] = ()) -> list[Sentence]:
    """The first usable sentence, plus the next one when the first is short and the next one
    is not direct speech."""
    if not candidates:
        return []
    first = candidates[0]
    order = {s.start: i for i, s in enumerate(every or candidates)}
    if _announces(first.text):
        return _announced(candidates) or lead(candidates[1:], every) or [first]
    if len(first.text) >= _SECOND_IF_SHORTER:
        return [first]
    second = _second(first, candidates[1:], order)
    return [first, second] if second else [first]


def _second(
    first: Sentence, rest: Sequence[Sentence], order: dict[int, int], limit: int = _PAIR_LIMIT
) -> Sentence | None:
    """The sentence that joins a short lead: the next that is no quotation, does not lean on
    a skipped one, and keeps the pair within `limit`; background news («Ранее сообщалось …»)
    only when nothing else can."""
    background = None
    for second in rest:
        if len(first.text) + len(second.text) > limit or _QUOTATION_OPENS.match(second.text):
            break
        if _announces(second.text):  # the summary would end on its colon
            break
        adjacent = order.get(second.start, -1) == order.get(first.start, -9) + 1
        if _restates(first, second):
            continue
        if BACKGROUND.match(second.text):
            background = background or second
        elif adjacent or not _DANGLING.match(second.text):
            return second
    return background


# A lead shorter than this («Мэрия отвергла подсказки урбаниста по улучшению города.») tells
# too little alone: the quotation after it joins it, up to `_QUOTED_PAIR` characters together.
# Measured over all labelled sets (references run ~220 characters): from 130 characters on
# the quotation lost points.
_QUOTED_AFTER_SHORT = 110
_QUOTED_PAIR = 300


def _quotation_joins(first: Sentence, second: Sentence) -> bool:
    """Whether the quotation `second` joins the lead `first` as its second sentence: only after
    a short lead that reports no words («Мерц заявил, что Германия больше не находится в
    состоянии мира.», «Лидеры стран поедут в Москву, сообщил Ушаков.»: the quotation would give
    the lead's words again at length; over all labelled sets such leads lost 231 points over
    71 texts, the others gained), keeping the pair short, and when neither repeats the other.
    Longer leads stay alone: the references paraphrase the words, and a quotation after them
    only lengthens the summary."""
    return (
        len(first.text) < _QUOTED_AFTER_SHORT
        and len(first.text) + len(second.text) <= _QUOTED_PAIR
        and not _CLAUSE.search(first.text)
        and not _speech_in(first.text)
        and not _restates(first, second)
        and not _repeats(first, second)
    )


def _repeats(first: Sentence, second: Sentence) -> bool:
    """Whether `second` holds most of `first`'s stems (`_REPEATED`): a quotation whose words
    the lead gives already («Мы не допустим эскалации конфликта.» and «"Мы не допустим
    эскалации конфликта", — сказал президент …»), however long its attribution."""
    said = stems(first.text)
    return bool(said) and len(said & stems(second.text)) >= _REPEATED * len(said)


def with_quotation(
    written: str,
    chosen: Sequence[Sentence],
    candidates: Sequence[Sentence],
    every: list[Sentence],
    paragraphs: Sequence[str],
    entities: Entities | None,
    quoted: Sequence[tuple[int, int]],
    said: Sequence[tuple[str, str | None]],
) -> str:
    """A very short lead left alone by every other rule («Мэрия отвергла советы блогера по
    благоустройству.») written with the first quotation among the candidates after it, when
    `_quotation_joins`: the references say what was said, and the lead alone tells too little.
    Not when the lead, as written, gained a person as who says it («В Кремле не намерены …»
    → «Пресс-секретарь … Дмитрий Песков заявил, что в Кремле …»: the quotation would take that
    speaker away again) or a comment's words (`with_comment`). `written` otherwise."""
    if entities is None or len(chosen) != 1 or with_comment(written, said) != written:
        return written
    first = chosen[0]
    second = next((s for s in candidates if s.start > first.start), None)
    if second is None or not _QUOTATION_OPENS.match(second.text):
        return written
    if not _quotation_joins(first, second) or _gains_person(written, first, entities, quoted):
        return written
    return _written([first, second], every, paragraphs, entities, quoted, None, said)


def _gains_person(
    written: str, first: Sentence, entities: Entities, quoted: Sequence[tuple[int, int]]
) -> bool:
    """Whether `written` names a person the sentence `first` as composed does not."""
    plain = " ".join(_compose([first], entities.persons, quoted))
    names = {m.person.name for m in entities.persons if m.person}
    return any(
        _names_person(n, written, entities.persons)
        and not _names_person(n, plain, entities.persons)
        for n in names
    )


_RESTATES = 0.4  # a second sentence this much of whose stems the first holds adds nothing


def _restates(first: Sentence, second: Sentence) -> bool:
    """Whether `second` repeats `first` (two fifths of its stems or more are the first's):
    the references' second clause adds a fact, and a restatement only lengthens the summary."""
    again = stems(second.text)
    return bool(again) and len(again & stems(first.text)) >= _RESTATES * len(again)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer
    from snowballstemmer.russian_stemmer import RussianStemmer

    stemmer = snowballstemmer.stemmer("russian")
    if type(stemmer) is not RussianStemmer:  # PyStemmer's C stemmer: fast already
        return stemmer

    class SuffixTableStemmer(RussianStemmer):  # type: ignore[misc]
        """The same Snowball stemmer, its suffix tables looked up by hashing.

        Why: a word never stemmed before costs ~20 µs, most of it in the generic binary search
        over suffix tables, character by character in Python; a Snowball `among` takes the
        longest listed suffix of the word's region, which a dict per suffix length finds in a
        few lookups (the Russian tables have no `among` routines, checked below)."""

        cursor: int
        limit_backward: int
        current: str

        def __init__(self) -> None:
            super().__init__()
            self._tables: dict[int, tuple[dict[str, int], tuple[int, ...]]] = {}

        def find_among_b(self, v: Any) -> int:
            table = self._tables.get(id(v))
            if table is None:
                assert all(w.method is None and w.s for w in v)
                lengths = tuple(sorted({len(w.s) for w in v}, reverse=True))
                table = self._tables[id(v)] = ({w.s: w.result for w in v}, lengths)
            results, lengths = table
            c = self.cursor
            for length in lengths:
                if c - length >= self.limit_backward:
                    result = results.get(self.current[c - length : c])
                    if result is not None:
                        self.cursor = c - length
                        return result
            return 0

    return SuffixTableStemmer()


def stems(text: str) -> set[str]:
    return {_stem(w.lower()) for w in _WORD.findall(text) if len(w) > 2}


def textrank(candidates: Sequence[Sentence], *, size: int = 2) -> list[Sentence]:
    """The `size` most central sentences (TextRank over stem overlap), in text order."""
    if not candidates:
        return []
    bags = [stems(s.text) for s in candidates]
    n = len(bags)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            common = len(bags[i] & bags[j])
            if common and len(bags[i]) > 1 and len(bags[j]) > 1:
                w = common / (math.log(len(bags[i])) + math.log(len(bags[j])))
                weights[i][j] = weights[j][i] = w
    scores = [1.0] * n
    totals = [sum(row) or 1.0 for row in weights]
    for _ in range(30):
        scores = [
            0.15 + 0.85 * sum(weights[j][i] / totals[j] * scores[j] for j in range(n))
            for i in range(n)
        ]
    best = sorted(range(n), key=lambda i: (-scores[i], i))[:size]
    return [candidates[i] for i in sorted(best)]


def _paragraph_starts(paragraphs: Sequence[str]) -> list[int]:
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 1
    return starts


def _past_label(sentence: Sentence, text_start: int) -> Sentence | None:
    """`sentence` without the part of a turn label it holds; None when it is all label."""
    cut = text_start - sentence.start
    if cut <= 0:
        return sentence
    text = sentence.text[cut:].lstrip()
    if not text:
        return None
    start = sentence.start + len(sentence.text) - len(text)
    return Sentence(text, start, sentence.paragraph, sentence.index)


def _unstamped(sentence: Sentence) -> Sentence | None:
    """`sentence` past a stamp it opens with («Как передает ТАСС, …»); None if all stamp."""
    at = content_start(sentence.text)
    if at == 0:
        return sentence
    if at >= len(sentence.text):
        return None
    return Sentence(sentence.text[at:], sentence.start + at, sentence.paragraph, sentence.index)


def _units(sentences: Sequence[Sentence], paragraphs: Sequence[str]) -> list[Sentence]:
    """Sentences, with a quotation that runs over several sentences of one paragraph joined
    into one unit («…. …», — сказал X.): razdel cuts it into pieces no summary can take."""
    starts = _paragraph_starts(paragraphs)
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        first, j = sentences[i], i
        text = first.text
        while not balanced(text) and j + 1 < len(sentences) and j - i + 1 < _UNIT_SENTENCES:
            if sentences[j + 1].paragraph != first.paragraph:
                break
            j += 1
            base = starts[first.paragraph]
            end = sentences[j].start + len(sentences[j].text) - base
            text = paragraphs[first.paragraph][first.start - base : end]
        if j > i and balanced(text):
            out.append(Sentence(text, first.start, first.paragraph, first.index))
            i = j + 1
        else:
            out.append(first)
            i += 1
    return out


def _interview(
    paragraphs: Sequence[str], entities: Entities | None, found: Interview | None
) -> Interview | None:
    """The text's interview (bot/content/answers.py, the same one the quotations use; found
    here only when the caller has not); a transcript too, which `summarize` reads as an
    interview only when its lead stands in its turns (`_in_turns`)."""
    if found is None and entities is not None:
        view = analysis_view("\n".join(paragraphs))
        found = find_interview(view, Layout.of(view), entities)
    return found if found is not None and found.covered else None


def _opens_answer(candidates: Sequence[Sentence], interview: Interview) -> bool:
    """Whether the first sentence a summary could take is an answer's: an interview whose
    introduction reports it (answers.py, `Interview.reported`) sums itself up in that
    introduction, unless nothing there can open a summary («На вопросы … отвечает Посол …»,
    a line without a full stop)."""
    return bool(candidates) and _answer_of(candidates[0], interview) is not None


def _from_answers(
    every: list[Sentence],
    paragraphs: Sequence[str],
    quote_ranges: Sequence[tuple[int, int]],
    found: Interview | None,
    candidates: Sequence[Sentence],
) -> list[Sentence] | None:
    """The candidates from the interviewee's answers, for a reported interview or a
    transcript (which a summary reads as news) that gives no lead of its own: its first
    candidate is an answer (`_opens_answer`), or stands in its turns (`_in_turns`: the host's
    greeting) while some answer says something (`_substantive`). None otherwise."""
    if found is None or not (found.reported or found.transcript):
        return None
    if found.reported and _opens_answer(candidates, found):
        return _candidates(every, paragraphs, quote_ranges, found)
    if not _in_turns(candidates, found):
        return None
    answered = _candidates(every, paragraphs, quote_ranges, found)
    return answered if any(_substantive(s.text) for s in answered) else None


def _in_turns(candidates: Sequence[Sentence], interview: Interview) -> bool:
    """Whether a transcript has no lead of its own: the first sentence a summary could take
    stands in its turns (the host's greeting «Здравствуйте, это программа …», a guest's «Добрый
    вечер»), not in an introduction before them. Its summary is then the guest's answers, as
    an interview's is."""
    return bool(candidates) and interview.covers(candidates[0].start)


def _substantive(text: str) -> bool:
    """An answer's sentence that can open a summary on its own: long enough, no bare opener
    («Да.», «Добрый вечер.», «Знаете, …»)."""
    return _words(text) >= _ANSWER_WORDS and not _opener(text)


def _answer_of(sentence: Sentence, interview: Interview) -> Answer | None:
    end = sentence.start + len(sentence.text)
    return next((a for a in interview.answers if sentence.start < a.hi and end > a.lo), None)


def _interview_pool(pool: Sequence[Sentence], interview: Interview) -> list[Sentence]:
    """The interviewee's sentences, labels cut off (not those answering a greeting, unless
    nothing else is left); or, when no answer is found, whatever lies outside the
    interview's turns. Questions and the introduction are dropped."""
    out = []
    for sentence in pool:
        answer = _answer_of(sentence, interview)
        kept = _past_label(sentence, answer.lo) if answer else None
        if kept is not None and answer is not None:
            out.append((answer.greeting, kept))
    said = [s for greeting, s in out if not greeting] or [s for _, s in out]
    return said or [s for s in pool if not interview.covers(s.start)]


def _introduced(
    answer: Answer | None, paragraphs: Sequence[str], persons: Sequence[Mention]
) -> tuple[str, str] | None:
    """The interviewee as the summary opens with them: (name, role). The name at its fullest
    (`_fullest`), the role their label gives («Андрей Денисов, Посол России в КНР»), else the
    one the article gives them (`_interviewee_role`); "" when none is given."""
    if answer is None or answer.speaker is None:
        return None
    body = "\n".join(paragraphs)
    label = label_of(paragraphs[answer.paragraph])
    role = label.group("label").partition(",")[2].strip() if label else ""
    # never in an oblique case: an asker's «МАРИИ ЕФИМОВОЙ» read as the name (oblique_names)
    found = in_nominative(_fullest(answer.speaker, persons, body).split(), capitalised_words(body))
    if found is None:
        return None
    name = " ".join(found)
    return name, role or _interviewee_role(body, persons, name) or ""


def _told(
    body: str, interview: Interview | None, name: str, persons: Sequence[Mention]
) -> tuple[str | None, str | None]:
    """(outlet, gender) of the interviewee `name` (initials, «А.С.Засыпкин», read past): the
    outlet the text says they talked to, and the gender their verb takes — the text's, the
    given name's, or the surname's own («Засыпкин» masc)."""
    bare = name.split()[-1].split(".")[-1] if "." in name else name
    outlet = _outlet(body, interview, bare) if interview else None
    if interview is not None and outlet is None:
        first = min((a.lo for a in interview.answers), default=len(body))
        cue = outlet_cue(body[:first])
        outlet = _guillemets(cue) if cue else None
    gender = _gender(name, persons) or _gender(bare, persons) or _given_gender(name)
    return outlet, gender or _surname_gender(bare.split()[-1])


def _surname_gender(surname: str) -> str | None:
    """The gender a Russian surname shows in the nominative («Засыпкин» masc, «Захарова»
    femn); None when the dictionary does not read it as a surname of one gender."""
    return _one_gender(surname, "Surn", "nomn", "sing")


def _full_name(speaker: str, persons: Sequence[Mention]) -> str | None:
    """The name the text gives in full to `speaker` (a name or a bare surname): the speaker's
    own name when the text names them so, else the longest name with their surname; None when
    the text names nobody with it, or two people equally fully («Дональд Трамп», «Меланья
    Трамп»): which of them is meant is unknown."""
    last = speaker.split()[-1]
    names = {m.person.name for m in persons if m.person and m.person.name.split()[-1] == last}
    if speaker in names and " " in speaker:
        return speaker
    longest = max(map(len, names), default=0)
    fullest = [n for n in names if len(n) == longest]
    return fullest[0] if len(fullest) == 1 else None


def _introducible(
    speaker: str, persons: Sequence[Mention], body: str
) -> tuple[str, str | None, str | None] | None:
    """(name, role, gender) a summary introduces `speaker` with: their full name
    (`_full_name`), the role the article gives them, their gender. None when the text names
    nobody as the speaker, or only their bare surname with no role (it would introduce
    nobody)."""
    name = _full_name(speaker, persons)
    if name is None:
        return None
    role = role_of(body, persons, name)
    if not role and " " not in name:
        return None
    return name, role, _gender(name, persons) or _given_gender(name)


def _fullest(speaker: str, persons: Sequence[Mention], body: str) -> str:
    """A label's bare surname («Терзич», «Засыпкин») with the given name or initials the
    page writes it with: a person the text names in full, the initials of the interview's
    heading («Интервью Посла … А.С.Засыпкина …» → «А.С.Засыпкин»), or a given name written
    before it on a line or before a comma (bot/content/interviewee.py)."""
    if " " in speaker or "." in speaker:
        return speaker
    full = _full_name(speaker, persons)
    if full and " " in full:
        return full
    headed = heading(body, speaker)
    if headed is not None:
        return headed[1] + speaker
    given = given_name(body, speaker)
    return f"{given} {speaker}" if given else speaker


def _interviewee_role(body: str, persons: Sequence[Mention], name: str) -> str | None:
    """The role the article gives the interviewee: in its prose (`role_of`), on the line
    below their name, set off after it, or in the interview's heading, in the genitive
    («Интервью Посла России в Ливане А.С.Засыпкина …» → «Посол России в Ливане»)."""
    found = role_of(body, persons, name)
    if found:
        return found
    for role in (role_below(body, name), role_after(body, name)):
        if role and _nominative_role(role):
            return capitalised(role)
    surname = name.split()[-1].split(".")[-1]
    headed = heading(body, surname)
    role = _role_nominative(headed[0]) if headed else None
    talked = role_with(body, surname)
    role = role or (_instrumental_role(talked, persons, body) if talked else None)
    return capitalised(role) if role else None


def _instrumental_role(phrase: str, persons: Sequence[Mention], body: str) -> str | None:
    """«журналистом издания «Новое время»» → «журналист издания «Новое время»»: a role noun
    in the instrumental naming a person, the adjectives before it, put in the nominative; what
    follows it stays. None when it is no such role, has a verb, or names another person."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if not _adjective_in(w, "ablt")), len(words))
    noun = (
        next((p for p in parses(words[head].lower()) if p.pos == "NOUN"), None)
        if (head < len(words))
        else None
    )
    if noun is None or not noun.has("ablt", "sing", "anim") or not plain(phrase):
        return None
    at = body.find(phrase)
    if any(at <= m.start < at + len(phrase) for m in persons):
        return None  # «с послом и министром X …»: another person inside
    named = _to_nominative(words[: head + 1], "ablt")
    return " ".join([*named, *words[head + 1 :]]) if named else None


def _nominative_role(role: str) -> bool:
    """A role phrase in the nominative with no verb: adjectives («Главный», «чрезвычайный и
    полномочный»), then a singular noun in the nominative naming a person («редактор»,
    «посол»; not «Россия и Китай»)."""
    if not plain(role):
        return False
    for word in re.findall(r"[\w-]+", role):
        found = parses(word.lower())
        if not found or word.lower() == "и" or (found[0].pos == "ADJF" and found[0].has("nomn")):
            continue
        return found[0].pos == "NOUN" and found[0].has("nomn", "sing", "anim")
    return False


# «в (эксклюзивном) интервью ТАСС», «дал интервью «МК»», «в интервью газете «Политика»»: the
# outlet the interview was given to, as the text names it (a quoted title, or capitalised
# words such as «РИА Новости», «Sputnik Армения», «МИА "Россия сегодня"»).
_INTERVIEW_GIVEN_TO = re.compile(
    r"(?:\b[Вв]\s+(?:[а-яё]+(?:ом|ем)\s+)?|\bдал[аи]?\s+(?:[а-яё]+(?:ое|ее)\s+)?)интервью\s+"
    + TO_OUTLET
)
_QUOTE_CHARS = str.maketrans({"“": "«", "„": "«", "”": "»"})
# Answer openers that say nothing («Знаете, …», «Спасибо за вопрос.»): one named row each
# (tests/content/test_summary_rules.py, OPENERS). A short sentence opening so is no summary.
OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("you-know", r"^(?:Вы\s+)?[Зз]наете,"),
        # «Спасибо за вопрос.», «Это вам спасибо, господин Брилев, и вашим телезрителям.»
        (
            "thanks",
            r"^(?:(?:Это|И)\s+)?(?:(?:вам|Вам|тебе|вас|Вас)\s+)?(?:[Сс]пасибо|[Бб]лагодарю)\b",
        ),
        (
            "good-question",
            r"^(?:Это\s+)?(?:очень\s+)?(?:хороший|интересный|сложный|непростой|"
            r"правильный|важный)\s+вопрос\b",
        ),
        ("greeting", r"^(?:Здравствуйте|Добр\w+\s+(?:день|вечер|утро)|Приветствую)\b"),
    )
)
_OPENER_WORDS = 12  # an opener sentence this short says nothing else
# Words opening a longer answer sentence that the summary leaves out («Знаете, отношения …»,
# «Да, с моей точки зрения …», «Но в целом отношения …»): they answer the question, which the
# reader does not see. A particle set off by a comma, or «Но» before a lower-case word (not «И»,
# «А»: «И растет самосознание, и …» pairs with what follows).
_OPENING_WORDS = re.compile(
    r"^(?:(?:(?:Вы\s+)?[Зз]наете|Ну|Честно говоря|Да|Нет|Конечно|Действительно|Безусловно|"
    r"Разумеется|Естественно|Кстати|Смотрите|Послушайте),\s+"
    r"|Но\s+(?=[а-яё]))(?=[^\W\d_])"
)
_OPENING_CUTS = 2  # «Ну, конечно, …»: at most this many opening words go


def _opener(text: str) -> bool:
    """An answer sentence that only opens the answer («Знаете, наверное, здесь целая
    совокупность факторов и причин.»)."""
    said = _DIALOGUE_DASH.sub("", text.strip())
    return _words(said) <= _OPENER_WORDS and any(p.search(said) for _n, p in OPENERS)


def _past_opener(text: str) -> str:
    """ "Знаете, китайско-российские отношения …" → "Китайско-российские отношения …";
    «Но в целом …» → «В целом …»."""
    rest = text
    for _ in range(_OPENING_CUTS):
        cut = _OPENING_WORDS.match(rest)
        if cut is None:
            break
        rest = rest[cut.end() :]
    return capitalised(rest)


def _outlet(body: str, interview: Interview, name: str) -> str | None:
    """The outlet the text says the interview was given to («в интервью ТАСС» → «ТАСС»),
    announced before the first answer in a paragraph that names the interviewee (their
    surname) or refers to them (a pronoun right before: «В интервью «Политике» он …»)."""
    first = min(a.lo for a in interview.answers) if interview.answers else len(body)
    surname = name.split()[-1][:4].lower()
    headed = headed_outlet(body[:first], name)
    if headed is not None:
        return headed[0] + _guillemets(headed[1])
    for found in _INTERVIEW_GIVEN_TO.finditer(body, 0, first):
        lo = body.rfind("\n", 0, found.start()) + 1
        hi = body.find("\n", found.end())
        paragraph = body[lo : hi if hi >= 0 else len(body)].lower()
        if surname in paragraph or re.match(r"\s*(?:он|она)\b", body[found.end() :]):
            outlet = _before_name(found.group("outlet"), name)
            return (found.group("kind") or "") + _guillemets(outlet) if outlet else None
    return None


def _before_name(outlet: str, name: str) -> str:
    """An outlet's capitalised words up to the interviewee's name, which may follow it with
    nothing between («В интервью РБК Валерий Фальков назвал …»: the outlet is «РБК», not
    «РБК Валерий Фальков», which the summary would write before the name again)."""
    words = outlet.split()
    own = {w.lower() for w in name.split()}
    surname = name.split()[-1][:4].lower()
    cut = next(
        (i for i, w in enumerate(words) if w.lower() in own or w[:4].lower() == surname),
        len(words),
    )
    return " ".join(words[:cut])


def _guillemets(text: str) -> str:
    """ "Интерфаксу" → «Интерфаксу»: the summary's own quotation marks."""
    text = text.translate(_QUOTE_CHARS)
    while '"' in text:
        text = text.replace('"', "«", 1).replace('"', "»", 1)
    return text


def _first_person(text: str) -> bool:
    """A verb in the first person («Думаю, что …», «Не могу сказать …»): the answer cannot be
    reported as «X заявил, что …»."""
    return any("1per" in p.grams for w in _WORD.findall(text) for p in parses(w.lower())[:1])


def _quoted(text: str) -> str:
    """ "Я думаю, что …." → «Я думаю, что …».: the interviewee's own words after a reported
    sentence."""
    if "«" in text or "»" in text:
        return text
    end = len(text.rstrip(".")) if text.endswith(".") and not text.endswith("..") else len(text)
    return f"«{text[:end]}»{text[end:]}"


def _interviewed(
    texts: list[str], speaker: str, outlet: str | None, gender: str | None
) -> tuple[list[str], str | None]:
    """The interviewee's answer with the interview it was given in: «X в интервью ТАСС
    заявил, что …» when the answer can be reported (third person, no question or order),
    else «X в интервью ТАСС: …» (direct speech, as the answer is); «X в интервью …» when the
    text does not name the outlet, as the references still say it was an interview (not
    after a label's role: «Андрей Денисов, Посол России в КНР: …»)."""
    if outlet is None and "," in speaker:
        return texts, speaker  # «Андрей Денисов, Посол России в КНР»: the label's role ends it
    who = f"{speaker} в интервью {outlet}" if outlet else f"{speaker} в интервью"
    claim = past_opinion_frame(texts[0])
    if gender in ("masc", "femn") and reportable(claim) and not _first_person(claim):
        said = reported_by(who, gender, claim)
        if said is not None:  # a first-person sentence after it is quoted: the speaker's
            rest = [t if _outlets_or_reported(t) else _quoted(t) for t in texts[1:]]
            return [said, *rest], None
    return texts, who


_OPINION_FRAME = re.compile(
    rf"^(?:{'|'.join(OPINION_FRAMES)})(?:,\s+(?:что\s+)?|\s+что\s+)(?=\w)", re.IGNORECASE
)


def past_opinion_frame(text: str) -> str:
    """ "Я думаю, что выборы прошли спокойно." → "выборы прошли спокойно.": an answer's
    opinion frame (lexicon OPINION_FRAMES) left out, so that its claim can be reported
    («X в интервью заявил, что выборы прошли спокойно»); the text as it is without one, or
    when the claim leans on the question the summary drops (`_leans_on_question`). The
    claim must still pass `reportable` and hold no first person of its own."""
    found = _OPINION_FRAME.match(text.replace("ё", "е"))
    if found is None or _leans_on_question(text[found.end() :]):
        return text
    return text[found.end() :]


_CLAUSE_END = re.compile(r"[,;:—–.!?…]|\s-\s")


def _leans_on_question(claim: str) -> bool:
    """Whether an answer's claim says nothing without the question it answers: its first
    clause is a pro-form («Думаю, что нет, но …» → «заявил, что нет»: lexicon
    ANSWER_PRO_FORMS), or it holds a third-person pronoun (THIRD_PERSON_PRONOUNS) whose
    antecedent the question named («Губернатор говорит, что …? — Я уверен, что он
    ошибается» → «X заявил, что он ошибается» would have him speak of himself)."""
    lowered = claim.lower().replace("ё", "е")
    first = _WORD.findall(_CLAUSE_END.split(lowered, maxsplit=1)[0])
    pro_form = bool(first) and all(w in ANSWER_PRO_FORMS for w in first)
    return pro_form or any(w in THIRD_PERSON_PRONOUNS for w in _WORD.findall(lowered))


def _outlets_or_reported(text: str) -> bool:
    """A sentence after an interviewee's reported answer that stays as written: the outlet's
    own formula («Напомним, …», `editorial`) or one reportable in the third person."""
    return editorial(text) or (reportable(text) and not _first_person(text))


_QUOTED_PART = re.compile(r"«[^«»]*»|\"[^\"]*\"|„[^“”]*[“”]")


def speaks_first(text: str) -> bool:
    """Whether `text`, outside its quotations, speaks in the first person: a personal pronoun
    (`FIRST_PERSON_PRONOUNS`) or a verb of the first person («Мы неоднократно говорили …»,
    «Конечно, я немного расстроен …», «Продолжим работать …»). Only words written in lower
    case, or opening the sentence, are read: a capitalised word inside is a name, whatever
    the dictionary guesses («Аморим», «Нам» of «Им Сон Нам»)."""
    words = _WORD.findall(_QUOTED_PART.sub(" ", text))
    read = [w.lower() for i, w in enumerate(words) if i == 0 or w.islower()]
    return any(w in FIRST_PERSON_PRONOUNS for w in read) or _first_person(" ".join(read))


# The outlet's own first-person formulas (lexicon EDITORIAL_OPENERS at a sentence's start,
# EDITORIAL_PHRASES anywhere): «Напомним, …», «Как мы писали ранее, …».
_EDITORIAL = re.compile(
    rf"^\W*(?:{'|'.join(sorted(EDITORIAL_OPENERS))})\s*(?:[,:]|(?:что|также|еще)(?!\w))"
    rf"|(?<!\w)(?:{'|'.join(EDITORIAL_PHRASES)})",
    re.IGNORECASE,
)


def editorial(text: str) -> bool:
    """Whether `text`, outside its quotations, speaks in the outlet's own voice («Напомним, …»,
    «Отметим, что …», «Как мы писали ранее, …», «Мы продолжим следить за развитием …»): its
    first person is the newsroom's, never the speaker's of the lead before it."""
    return _EDITORIAL.search(_QUOTED_PART.sub(" ", text).replace("ё", "е")) is not None


def own_words_quoted(texts: list[str]) -> list[str]:
    """A sentence after a lead reporting someone's words («Официальный представитель МИД
    Мария Захарова заявила, что …») that speaks in the first person («Мы неоднократно
    говорили, что …») is that speaker's words with their quotation marks dropped: quoted
    («…. «Мы неоднократно говорили, что …».»), as an interviewee's are (`_interviewed`);
    unquoted it reads as the outlet's own words. A sentence holding quotation marks or a
    lead reporting no one's words stays as it is, and so does the outlet's own first person
    («Напомним, …», «Как мы писали, …»: `editorial`)."""
    if len(texts) < 2 or not _speech_in(texts[0]):
        return texts
    rest = [_quoted(t) if _speakers_own(t) else t for t in texts[1:]]
    return [texts[0], *rest]


def _speakers_own(text: str) -> bool:
    """A sentence without quotation marks speaking in the first person, not in the outlet's
    own formulas («Напомним, …», `editorial`): the lead's speaker's words."""
    return not _MARK.search(text) and speaks_first(text) and not editorial(text)


def _name(mention: Mention) -> str | None:
    return mention.person.name if mention.person else None


def _headline_speaker(
    paragraphs: Sequence[str], first: Sentence, persons: Sequence[Mention]
) -> str | None:
    """The person a «Галузин: У Киева нет желания …» headline gives its claim to, when the
    summary's first sentence makes that claim without naming anyone who says it («У Киева
    и ЕС нет желания …»): the reader of the card sees no headline, so the summary opens with
    the name. The headline must name exactly one person, the sentence nobody in the
    nominative (its own subject: «Лавров заявил …»), and it must hold at least half of the
    claim's words (stems): otherwise it may be someone else's news."""
    head = _HEAD_CLAIM.match(paragraphs[0]) if len(paragraphs) > 1 else None
    if head is None or not is_headline(paragraphs[0]):
        return None
    named = {m.person.name for m in persons if m.person and m.start < head.end("who")}
    end = first.start + len(first.text)
    inside = [m for m in persons if first.start <= m.start < end and m.person is not None]
    if len(named) != 1 or any(m.nominative or _name(m) in named for m in inside):
        return None  # the sentence names its own subject, or names the person already
    claim = stems(head.group("claim"))
    if len(claim & stems(first.text)) * 2 < len(claim):
        return None
    return named.pop()


def _follower(
    chosen: Sequence[Sentence], every: Sequence[Sentence], nth: int = 0
) -> Sentence | None:
    """The sentence right after the summary's `nth` one, past any stamp it opens with («Как
    пишет RT, об этом заявил …»); the summary's sentence may be part of one (a headline's
    claim), so it is the last that starts at or before it."""
    starts = [i for i, s in enumerate(every) if s.start <= chosen[nth].start]
    if not starts or starts[-1] + 1 >= len(every):
        return None
    return _unstamped(every[starts[-1] + 1])


def _adjacent(chosen: Sequence[Sentence], every: Sequence[Sentence]) -> bool:
    """Whether the summary is two sentences that follow each other in the text."""
    starts = [s.start for s in every]
    return (
        len(chosen) == 2
        and chosen[0].start in starts
        and starts.index(chosen[0].start) + 1 < len(starts)
        and starts[starts.index(chosen[0].start) + 1] == chosen[1].start
    )


def _adjective(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].pos in ("ADJF", "PRTF")


def _claim(sentence: Sentence, text: str, entities: Entities) -> Claim:
    """The first sentence as a claim: whether it opens with a name — a mention the entities
    know («Совет Федерации»), or two capitalised words, one an adjective, the second no name
    of its own («Организация Объединенных Наций», «Государственная Дума»; not «Президент
    России», «Пресс-служба Кремля», «Продление Договора») — and the people it names."""
    start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    # a body named by a common noun («правительство Японии») is no name the capital keeps
    starts = {m.start for m in entities.persons} | {
        m.start for m in entities.orgs if not (m.org or "x")[:1].islower()
    }
    words = list(re.finditer(r"[\w-]+", sentence.text))
    second = words[1] if len(words) > 1 else None
    named = start in starts or (
        second is not None
        and second.group(0)[:1].isupper()
        and sentence.start + second.start() not in starts
        and not proper(second.group(0))
        and any(_adjective(w.group(0)) for w in words[:2])
    )
    body = any(m.start == start for m in entities.orgs)
    return Claim(text, named, _named_in(sentence, entities), _subject(sentence, entities), body)


def _subject(sentence: Sentence, entities: Entities) -> tuple[str, str | None] | None:
    """The person the sentence opens with as its subject («Генеральный секретарь ООН Антониу
    Гутерриш шокирован …»): the first person named, with nothing before them but words
    without a verb or a comma (a role)."""
    end = sentence.start + len(sentence.text)
    first = next(
        (m for m in entities.persons if sentence.start <= m.start < end and m.person), None
    )
    if first is None or first.person is None or " " not in first.person.name:
        return None
    before = sentence.text[: first.start - sentence.start]
    if "," in before or any(
        (found := parses(w.lower())) and found[0].pos in ("VERB", "PRTS", "GRND")
        for w in re.findall(r"[\w-]+", before)
    ):
        return None
    written = sentence.text[first.start - sentence.start : first.end - sentence.start]
    return written, first.person.gender


def _named_in(sentence: Sentence, entities: Entities) -> tuple[str, ...]:
    """The people `sentence` names, as written there."""
    end = sentence.start + len(sentence.text)
    return tuple(
        sentence.text[m.start - sentence.start : m.end - sentence.start]
        for m in entities.persons
        if sentence.start <= m.start and m.end <= end
    )


def _attribution(
    follower: Sentence, entities: Entities, quoted: Sequence[tuple[int, int]]
) -> Attribution:
    """The sentence after a claim, as compress.py reads it; its speaker comes first once the
    claim is rewritten, so a bare surname there gets the given name."""
    (said,) = introduce([Piece(follower.text, follower.start)], entities.persons, quoted)
    return Attribution(said, _named_in(follower, entities))


def _attributed(
    chosen: list[Sentence],
    every: Sequence[Sentence],
    texts: list[str],
    entities: Entities | None,
    quoted: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The first sentence as reported speech, speaker first (bot/content/compress.py): with
    the speaker the next sentence gives it when that one is an attribution («Об этом заявил
    X.»), or the one after a pair of sentences it attributes both of; or with its own
    speaker moved to the front («Claim, заявил X.»)."""
    if not texts or entities is None:
        return texts
    claim = _claim(chosen[0], texts[0], entities)
    follower = _follower(chosen, every)
    found = attribute(claim, _attribution(follower, entities, quoted)) if follower else None
    if found is None and _adjacent(chosen, every) and (after := _follower(chosen, every, 1)):
        paired = attribute_pair(claim, texts[1], _attribution(after, entities, quoted))
        texts = [paired[1], *texts[1:]] if paired else texts
    elif found is not None and follower is not None:  # the attribution joins the claim
        kept = zip(chosen[1:], texts[1:], strict=True)
        texts = [found[1], *(t for s, t in kept if s.start != follower.start)]
    if found is not None:
        claim = Claim(texts[0], claim.opens_with_name, claim.persons)
    first = speaker_first(claim)
    return [first, *texts[1:]] if first else texts


def _attributed_subtitle(
    every: Sequence[Sentence], paragraphs: Sequence[str], entities: Entities | None
) -> Sentence | None:
    """A subtitle (a paragraph after the headline, with no final full stop) that the next
    paragraph attributes («Об этом заявил представитель Госдепартамента …»): the lead's
    claim, with its full stop, as the attribution says it is. So is the headline itself when
    the text opens by attributing it (`_headline_attributed`)."""
    if entities is None:
        return None
    for unit, after in itertools.pairwise(every):
        paragraph = paragraphs[unit.paragraph].strip()
        if unit.paragraph > _SUBTITLE_BY:
            break
        if (
            (unit.paragraph > 0 or _headline_attributed(paragraph, after, entities))
            and paragraph == unit.text.strip()
            and paragraph.rstrip('»"”“')[-1:] not in ".!?…:;"
            and balanced(paragraph)
            and _words(paragraph) >= _SUBTITLE_WORDS
            and not _HEAD_CLAIM.match(paragraph)
            and after.paragraph == unit.paragraph + 1
            and names_speaker(Attribution(after.text, _named_in(after, entities)))
        ):
            return Sentence(paragraph + ".", unit.start, unit.paragraph, unit.index)
    return None


# A headline reporting what a body said, with no subject («В МИД раскрыли …», «В Кремле
# ответили …»): a place preposition, one or two capitalised words, then a plural verb (the
# indefinite-personal «они»): the news of the words, not the claim an attribution under it
# gives a person.
_BODY_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
# A headline's rubric tag after its claim («… — эксперт о санкциях», «…: что дальше»).
_HEADLINE_TAG = re.compile(r"\s[—–-]\s|:")
# A quotation inside a headline: its verbs are the quoted words', not the headline's.
_QUOTED_SPAN = re.compile(r"«[^«»]*»|\"[^\"]*\"|„[^„“]*“")


def _body_reported(headline: str) -> bool:
    """Whether the headline opens «В/На <Body> (<Word>) <plural verb>» (`_BODY_PLACE_PREPOSITIONS`);
    the verb read by the morphology (a finite plural), not by its ending: «В Кремле были …» and
    «В МИД раскрыли …» have no subject a person's attribution could name."""
    words = _WORD.findall(headline)
    if len(words) < 3 or words[0].lower() not in _BODY_PLACE_PREPOSITIONS:
        return False
    for word in words[2:4]:
        if word[:1].isupper():
            continue
        found = parses(word.lower())
        return bool(found) and finite_verb(word.lower()) and "plur" in found[0].grams
    return False


def _has_predicate(headline: str) -> bool:
    """Whether the headline is a clause (a finite verb, «вырастут», «договорились», or a short
    participle, «отложено»): only a clause reads after «X заявил, что …»; a noun phrase
    («Новые жесткие санкции … в следующем месяце») leaves it without a predicate."""
    for word in _WORD.findall(_QUOTED_SPAN.sub(" ", headline)):
        found = parses(word.lower())
        if found and (finite_verb(word.lower()) or found[0].pos == "PRTS"):
            return True
    return False


def _headline_attributed(headline: str, after: Sentence, entities: Entities) -> bool:
    """Whether a headline line is the claim the sentence under it attributes («ЕС принял к
    сведению заявление Лаврова …» over «С таким заявлением выступил официальный представитель
    … Петер Стано.»): the text opens by giving it a speaker, whom the headline does not name (a
    headline naming them tells news about them, «Ляшко предложил ВОЗ перенести офис …», and
    «X заявил, что X предложил …» is no summary), nor one reporting a body's words
    (`_body_reported`). Only a headline that is a clause of its own (`_has_predicate`) and
    carries no rubric tag («… — эксперт о санкциях», `_HEADLINE_TAG`) reads as the claim."""
    if (
        not is_headline(headline)
        or _body_reported(headline)
        or _HEADLINE_TAG.search(headline)
        or not _has_predicate(headline)
    ):
        return False
    low = headline.lower()
    return not any(n.split()[-1][:4].lower() in low for n in _named_in(after, entities))


def _headline_claim(
    every: Sequence[Sentence], paragraphs: Sequence[str], entities: Entities | None
) -> Sentence | None:
    """The claim of a «Лавров: напряжённость … влияет на ситуацию в мире» headline when the
    text opens by attributing it («Об этом заявил министр иностранных дел России Сергей Лавров
    …»), to the person the headline names: the lead's claim, with its full stop."""
    if entities is None or len(every) < 2 or len(paragraphs) < 2:
        return None
    first, after = every[0], every[1]
    head = _HEAD_CLAIM.match(paragraphs[0].strip())
    if (
        head is None
        or first.paragraph != 0
        or after.paragraph != 1
        or not is_headline(paragraphs[0])
    ):
        return None
    named = _named_in(after, entities)
    stem = head.group("who").split()[-1][:4].lower()
    if not any(n.split()[-1][:4].lower() == stem for n in named):
        return None
    if not names_speaker(Attribution(after.text, named)):
        return None
    claim = head.group("claim").strip()
    offset = paragraphs[0].index(claim)
    return Sentence(capitalised(claim) + ".", first.start + offset, 0, first.index)


def _with_speaker(
    chosen: list[Sentence],
    every: Sequence[Sentence],
    paragraphs: Sequence[str],
    entities: Entities | None,
    quoted: Sequence[tuple[int, int]],
) -> list[Sentence]:
    """The lead, and as its second sentence the one after it naming who made the claim
    («Об этом заявил замминистра X …»), when the claim cannot take its speaker as reported
    speech («Индия считает …»): a claim without its speaker reads as the journal's own."""
    follower = _follower(chosen, every)
    first = chosen[0].text.rstrip()
    if (
        entities is None
        or follower is None
        or any(s.start == follower.start for s in chosen)
        or first[-1:] not in '.!»"'
        or _headline_speaker(paragraphs, chosen[0], entities.persons) is not None
    ):
        return chosen
    claim = _claim(chosen[0], chosen[0].text, entities)
    attribution = Attribution(follower.text, _named_in(follower, entities))
    if has_speaker(claim) or not names_speaker(attribution):
        return chosen
    if attribute(claim, attribution) is not None:
        return chosen  # it joins the claim as reported speech
    return [chosen[0], follower]


def _compose(
    chosen: Sequence[Sentence],
    persons: Sequence[Mention],
    quote_ranges: Sequence[tuple[int, int]],
) -> list[str]:
    """The chosen sentences' texts: agency tails cut, dialogue dashes and answer labels
    dropped, people introduced."""
    pieces = []
    for sentence in chosen:
        text = strip_tail(sentence.text)
        dash = _DIALOGUE_DASH.match(text) or ANSWER_LABEL.match(text)  # «Ответ: …» too
        skip = dash.end() if dash else 0
        text = text[skip:]
        pieces.append(Piece(capitalised(text), sentence.start + skip))
    return [merge_closing(t) for t in introduce(pieces, persons, quote_ranges)]


def _gender(name: str, persons: Sequence[Mention]) -> str | None:
    return next((m.person.gender for m in persons if m.person and m.person.name == name), None)


def _given_gender(name: str) -> str | None:
    """The gender a given name has in the dictionary («Алексей» masc), when it has only one:
    the verb of «X заявил(а), что …» must agree."""
    return _one_gender(name.split()[0], "Name") if " " in name else None


def _one_gender(word: str, *grams: str) -> str | None:
    """The one gender the dictionary's readings of `word` with all of `grams` share, or None
    when they have none or both."""
    return sole_gender(p for p in parses(word.lower()) if p.has(*grams))


# The oblique cases a role may stand in before a name it agrees with («послом России в НАТО
# Александром Грушко», «главе МИД России Сергею Лаврову», «министра … Ёсимасы Хаяси»).
OBLIQUE_CASES = ("gent", "datv", "ablt", "loct")


# Roles that are someone's: in the genitive right before a name («пресс-секретаря Владимира
# Путина», «заместителя Сергея Лаврова») the name is whose, not who.
RELATIONAL_ROLES = SPOKESMAN_ROLES | word_set("заместитель замминистра замглавы зам")


def _whose(phrase: str, case: str) -> bool:
    """Whether the name after a genitive role `phrase` may be the one the role belongs to
    rather than the one who holds it: its last word is a relational role («пресс-секретаря
    Путина» is Путин's spokesman)."""
    words = phrase.split()
    if case != "gent" or not words:
        return False
    return any(p.normal in RELATIONAL_ROLES for p in parses(words[-1].lower()))


def _oblique_cases(word: str) -> set[str]:
    """The oblique cases a singular role noun may stand in («послом» ablt, «главе» datv or
    loct); none when it may be the nominative."""
    found = [p for p in parses(word.lower()) if p.pos == "NOUN" and "sing" in p.grams]
    if not found or any("nomn" in p.grams for p in found):
        return set()
    return {c for p in found for c in OBLIQUE_CASES if c in p.grams}


def _agrees(form: str, name: str, case: str) -> bool:
    """Whether a mention written `form` of the person `name` stands in `case`: it is declined
    (differs from the nominative name) and its last word parses in that case. An undeclined
    form («Цзян Сяоян») says nothing, so it never agrees."""
    last = form.split()[-1] if form.split() else ""
    if form == name or not last:
        return False
    return any(case in p.grams for p in parses(last.lower()))


def _to_nominative(words: list[str], case: str) -> list[str] | None:
    """Adjectives and the head noun of a role (the last word), from `case` into the nominative,
    the adjectives in the head's gender («бывшего посла» → «бывший посол», «официального
    представителя» → «официальный», never «официальное»); None when a word will not inflect."""
    head = next(
        (p for p in parses(words[-1].lower()) if p.pos == "NOUN" and {case, "sing"} <= p.grams),
        None,
    )
    if head is None:
        return None
    agree = {case, "sing"} | {g for g in ("masc", "femn", "neut") if g in head.grams}
    out = []
    for i, word in enumerate(words):
        grams = {case} if i == len(words) - 1 else agree
        changed = inflect(word.lower(), frozenset(grams), frozenset({"nomn"}))
        if changed is None:
            return None
        out.append(restore_case(word, changed))
    return out


def oblique_role(body: str, persons: Sequence[Mention], name: str) -> str | None:
    """The role the article gives `name` in an oblique case right before a declined mention
    that agrees with it, put into the nominative («с послом России в НАТО Александром
    Грушко» → «Посол России в НАТО»; «По словам бывшего посла Великобритании Э. Брентона» →
    «Бывший посол Великобритании»). Only the role noun and the adjectives before it change;
    what depends on it («России в НАТО») is already in its own case. None when no mention
    has such a role, or a word will not inflect."""
    starts = [m.start for m in persons]
    for found in role_windows(body, persons, name):
        mention, cut, heads = found.mention, found.start, found.heads
        form = body[mention.start : mention.end]
        cases = _oblique_cases(heads[0][2])
        case = next((c for c in OBLIQUE_CASES if c in cases and _agrees(form, name, c)), None)
        if case is None:
            continue
        head_end = cut + heads[0][1]
        before = body[cut : cut + heads[0][0]].split()
        adjectives = _adjectives_ending(before, case)
        tail = body[head_end : mention.start].strip()
        if (
            any(cut <= s < mention.start for s in starts)
            or not plain(tail)
            or _whose(body[cut : mention.start], case)
        ):
            continue
        changed = _to_nominative([*adjectives, heads[0][2]], case)
        if changed is not None:
            phrase = " ".join([*changed, tail]).strip()
            return capitalised(phrase)
    return None


def role_of(body: str, persons: Sequence[Mention], name: str) -> str | None:
    """The role the article gives `name`: in the nominative right before a mention
    (`role_phrase`), else in an oblique case agreeing with one (`oblique_role`), else from a
    later role noun of a nominative window («… может стать директор департамента X»)."""
    return (
        role_phrase(body, persons, name)
        or oblique_role(body, persons, name)
        or role_phrase(body, persons, name, every_head=True)
    )


def _adjectives_ending(words: list[str], case: str) -> list[str]:
    """The adjectives in `case` that end `words`, right before a role's head («бывшего»)."""
    kept = list(itertools.takewhile(lambda w: _adjective_in(w, case), reversed(words)))
    return kept[::-1]


def _adjective_in(word: str, case: str) -> bool:
    """An adjective that may stand in `case` («официальным»: ablt, though also plural datv)."""
    found = parses(word.lower())
    return bool(found) and found[0].pos == "ADJF" and any(case in p.grams for p in found)


def _with_role(text: str, body: str, persons: Sequence[Mention]) -> str:
    """`text` with the role the article gives the person it opens with («Сергей Рябков: …»
    → «Заместитель министра иностранных дел России Сергей Рябков: …»), as the references
    open; a name followed by its label's role («Андрей Денисов, Посол …»), or a summary that
    gives the role later anyway, is left alone."""
    names = {m.person.name for m in persons if m.person and " " in m.person.name}
    for name in sorted(names, key=len, reverse=True):
        if text.startswith(name) and text[len(name) : len(name) + 1] in (" ", ":"):
            role = role_of(body, persons, name)
            return f"{role} {text}" if role and role.lower() not in text.lower() else text
    return text


# A quotation lead's closing attribution: «…», — сказал Рютте (the speaker right after the verb).
_CLOSING_SPEAKER = re.compile(r"^[«\"„“].*?[»\"”][,.!?…]*\s*[—–-]\s*(?P<verb>[а-яё]+)\s+(?=[А-ЯЁ])")


def _speaker_at(text: str, names: Sequence[str]) -> tuple[str, int] | None:
    """The person whose name (in full, or the surname alone) `text` opens with, and how long
    that opening is; the nominative, as after a speech verb."""
    for name in names:
        for form in (name, name.split()[-1]):
            if text.startswith(form) and not text[len(form) : len(form) + 1].isalpha():
                return name, len(form)
    return None


def _with_closing_role(text: str, body: str, persons: Sequence[Mention]) -> str:
    """A summary opening with a quotation gets the role and full name of its speaker after the
    verb that closes it («…», — сказал Рютте → «…», — сказал генеральный секретарь НАТО Марк
    Рютте), as the references name the speaker; only from a role the text gives, and not when
    the summary states it anyway."""
    found = _CLOSING_SPEAKER.match(text)
    if found is None or not any(p.normal in SPEECH_VERBS for p in parses(found.group("verb"))):
        return text
    names = sorted(
        {m.person.name for m in persons if m.person and " " in m.person.name}, key=len, reverse=True
    )
    speaker = _speaker_at(text[found.end() :], names)
    if speaker is None:
        return text
    name, length = speaker
    role = role_of(body, persons, name)
    if not role or role.lower() in text.lower():
        return text
    said = f"{role[:1].lower()}{role[1:]} {name}"
    return text[: found.end()] + said + text[found.end() + length :]


# A lead that gives its claim by someone's words: «По словам X, …», «По мнению X, …».
_BY_WORDS = re.compile(
    r"^По\s+(?P<how>словам|мнению)\s+(?P<who>[^,«»\"“„:;()]{2,120}?),\s+(?P<claim>[^\W\d_].*)$",
    re.S,
)
# The reported verb each opening becomes («По мнению X» is what X thinks, not said).
_BY_WORDS_VERB = {"словам": ("заявил", "заявила"), "мнению": ("считает", "считает")}


def _genitive_name(who: str, names: Sequence[str]) -> tuple[str, str] | None:
    """The person `who` ends with («бывшего посла … Э. Брентона» → «Энтони Брентон»), and the
    words before their name; the last word must be their surname in the genitive (or one that
    does not decline)."""
    words = who.split()
    if not words:
        return None
    last = words[-1]
    for name in names:
        surname = name.split()[-1]
        if last != surname and not (
            last.startswith(surname[: max(3, len(surname) - 2)])
            and any("gent" in p.grams for p in parses(last.lower()))
        ):
            continue
        given = name.split()[0]
        rest = words[:-1]
        if rest and (
            rest[-1].startswith(given[: max(2, len(given) - 1)]) or rest[-1] == f"{given[:1]}."
        ):
            rest = rest[:-1]  # «Марко Рубио», «Э. Брентона»: the given name goes too
        elif rest and rest[-1][:1].isupper():
            return None  # another name before the surname: not one person
        return name, " ".join(rest)
    return None


def _role_nominative(role: str) -> str | None:
    """A role in the genitive as the text gives it («бывшего посла Великобритании в России»)
    in the nominative («Бывший посол Великобритании в России»); "" for no role, None when it
    is no plain role or is whose («пресс-секретаря»)."""
    if not role:
        return ""
    heads = title_heads(role)
    if not heads or "gent" not in _oblique_cases(heads[0][2]) or _whose(role, "gent"):
        return None
    before = role[: heads[0][0]].split()
    adjectives = _adjectives_ending(before, "gent")
    tail = role[heads[0][1] :].strip()
    if len(adjectives) != len(before) or not plain(tail):
        return None
    changed = _to_nominative([*adjectives, heads[0][2]], "gent")
    return " ".join([*changed, tail]).strip() if changed else None


def by_words(text: str, body: str, persons: Sequence[Mention]) -> str:
    """«По словам X, claim.» → «X заявил, что claim.» («По мнению X» → «X считает, что …»),
    the role in the nominative: the references open with the speaker, who the reader should
    meet first. Only for a person the text names in full, with a gender for the verb, a claim
    that can be reported, and a role that is theirs; else `text` as it is."""
    found = _BY_WORDS.match(text)
    if found is None or not reportable(found.group("claim")):
        return text
    names = sorted({m.person.name for m in persons if m.person}, key=len)
    person = _genitive_name(found.group("who"), names[::-1])
    role = _role_nominative(person[1]) if person else None
    if person is None or role is None:
        return text
    name = person[0]
    role = role or role_of(body, persons, name) or ""
    gender = _gender(name, persons) or _given_gender(name)
    if gender not in ("masc", "femn"):
        return text
    verb = _BY_WORDS_VERB[found.group("how")][gender == "femn"]
    who = f"{capitalised(role)} {name}".strip()
    claim = lowered_claim(found.group("claim"), body)
    return f"{who} {verb}, что {claim}"


# «A остаются, по мнению X, B.»: whose words, set off right after the claim's verb.
_ASIDE_WORDS = re.compile(
    r"^(?P<before>[^,«»\"“„:;()]+?\s(?P<verb>[а-яё]+)),\s+[Пп]о\s+(?P<how>словам|мнению)\s+"
    r"(?P<who>[^,«»\"“„:;()]{2,120}?),\s+(?P<after>[^\W\d_].*)$",
    re.S,
)


def aside_words(text: str, body: str, persons: Sequence[Mention]) -> str:
    """«A остаются, по мнению X, B.» → «X считает, что A остаются B.» (`by_words`), only when the
    aside follows the claim's finite verb, so it covers the whole claim: after a participle
    («о якобы имеющемся, по мнению X, праве») it covers only that phrase and stays."""
    found = _ASIDE_WORDS.match(text)
    if found is None or not _finite(found.group("verb")):
        return text
    opened = f"По {found.group('how')} {found.group('who')}, {found.group('before')} "
    turned = by_words(opened + found.group("after"), body, persons)
    return text if turned.startswith("По ") else turned


def _finite(word: str) -> bool:
    """A verb in the indicative («остаются», «заявил»), not a participle or a noun."""
    found = parses(word)
    return bool(found) and found[0].pos == "VERB" and "indc" in found[0].grams


# «В заявлении X говорится, что …»: X's words, as «По словам X, …» gives them.
_IN_STATEMENT = re.compile(
    r"^В\s+(?:заявлении|сообщении|комментарии|обращении|послании)\s+"
    r"(?P<who>[^,«»\"“„:;()]{2,120}?)\s+(?:говорится|отмечается|указывается|"
    r"подч[её]ркивается),\s+что\s+(?P<claim>[^\W\d_].*)$",
    re.S,
)


def in_statement(text: str, body: str, persons: Sequence[Mention]) -> str:
    """«В заявлении X говорится, что claim.» → «X заявил, что claim.» (`by_words`, under its
    conditions: a person the text names, with a role that is theirs); else `text`."""
    found = _IN_STATEMENT.match(text)
    if found is None:
        return text
    turned = by_words(f"По словам {found.group('who')}, {found.group('claim')}", body, persons)
    return text if turned.startswith("По ") else turned


def _by_someones_words(texts: list[str], body: str, persons: Sequence[Mention]) -> list[str]:
    """The lead's «По словам X, …», «…, по мнению X, …» or «В заявлении X говорится, что …»
    opening with X (`by_words`)."""
    if not texts:
        return texts
    first = in_statement(by_words(texts[0], body, persons), body, persons)
    return [aside_words(first, body, persons), *texts[1:]]


def by_role_words(
    text: str, said: Sequence[tuple[str, str | None]], body: str, persons: Sequence[Mention]
) -> str:
    """«По словам министра, claim.» (a role, no name: the lead leans on a sentence the reader
    does not see) → «Глава МИД КНР Ван И заявил, что claim.»: the person is the one the text's
    quotations are all given to (`said`, the analysis's speakers), a person the text names,
    with the role the article gives them. Else `text` as it is: no speaker is guessed."""
    found = _BY_WORDS.match(text)
    who = found.group("who") if found else ""
    if found is None or not title_heads(who) or any(w[:1].isupper() for w in who.split()[:1]):
        return text
    speakers = {s for _q, s in said if s}
    if len(speakers) != 1 or not reportable(found.group("claim")):
        return text
    speaker = next(iter(speakers))
    last = speaker.split()[-1]
    introduced = (
        None if last[: max(4, len(last) - 2)] in who else _introducible(speaker, persons, body)
    )
    if introduced is None or introduced[2] not in ("masc", "femn"):
        return text
    name, role, gender = introduced
    verb = _BY_WORDS_VERB[found.group("how")][gender == "femn"]
    claim = lowered_claim(found.group("claim"), body)
    who = f"{role} {name}" if role else name
    return f"{capitalised(who)} {verb}, что {claim}"


_ROLE_WORDS = 8  # a subject longer than this is more than a role


def _role_head(phrase: str) -> str | None:
    """The post a role phrase names by its first role word («Глава МИД Ирана» → «глава»,
    «Генсек НАТО» → «генеральный»; «официальный» alone names none)."""
    return next((r for _a, _b, w in title_heads(phrase) if (r := role_word(w.split()[0]))), None)


def _opens_with_role(phrase: str) -> bool:
    """Whether `phrase` opens with a role, maybe after adjectives («Официальный
    представитель …», «Бывший посол …»)."""
    heads = title_heads(phrase)
    return bool(heads) and all(_adjective(w) for w in phrase[: heads[0][0]].split())


def role_subject(
    texts: list[str], said: Sequence[tuple[str, str | None]], body: str, persons: Sequence[Mention]
) -> list[str]:
    """«Глава МИД Ирана объяснил, что …» (a role is the subject, and no name: the reader
    does not learn who) → «Глава МИД Ирана Аббас Аракчи объяснил, что …», as the references
    introduce a speaker. The person is the one the text's quotations are all given to
    (`said`), of the verb's gender, who may hold the post (`_role_holder`) and whom no one
    else the text names holds it beside (two ministers: which one is meant is unsure). The
    name goes right after the role, before a circumstance («Спикер Совета Федерации Валентина
    Матвиенко в интервью …»). When the summary names them again, only if the two sentences
    then become one (`one_subject`: «Президент Казахстана Касым-Жомарт Токаев ответил …, и
    заявил, что …»), and only for a person the article gives the post; else (as when
    nothing fits) `texts` as they are."""
    text = texts[0] if texts else ""
    verb = next(
        (w for w in _WORD.finditer(text) if w.group(0).islower() and past_gender(w.group(0))), None
    )
    who, clause = _set_off(text[: verb.start()].strip() if verb else "")
    head = _role_head(who) if _opens_with_role(who) else None
    speakers = {s for _q, s in said if s}
    if verb is None or head is None or len(speakers) != 1 or "," in who:
        return texts
    if len(who.split()) > _ROLE_WORDS:
        return texts
    names = {m.person.name for m in persons if m.person}
    parts = {w[:4] for n in names for w in n.split() if len(w) > 2}
    if any(w[:4] in parts for w in re.findall(r"\b[А-ЯЁ][а-яё]+", who + clause)):
        return texts  # the subject names a person already
    holder = _role_holder(speakers.pop(), head, past_gender(verb.group(0)), body, persons)
    if holder is None:
        return texts
    name, posted = holder
    if not posted and not _tied_to_role(name, said, body, persons, body.find(text)):
        return texts
    if any(_holds(head, other, body, persons) for other in names if other != name):
        return texts
    named = [f"{_role_named(who, name)}{clause} {text[verb.start() :]}", *texts[1:]]
    rest = " ".join([text[verb.start() :], *texts[1:]])
    if not re.search(rf"\b{re.escape(name.split()[-1][:4])}", rest):
        return named
    joined = one_subject(named, sorted(names, key=len, reverse=True)) if posted else named
    return joined if len(joined) < len(named) else texts  # named again: one sentence, or as is


def _set_off(who: str) -> tuple[str, str]:
    """(role, clause) of a role subject with a participle or gerund clause set off by commas
    before its verb («Пресс-секретарь МИД ИРИ, комментируя высказывания директора ЦРУ,» →
    «Пресс-секретарь МИД ИРИ», «, комментируя …,»; «Бывший министр обороны, занимающий пост
    секретаря Совбеза,»): the name goes after the role, before the clause. Any other subject
    with a comma, or none, is returned whole with no clause."""
    comma = who.find(",")
    if comma < 0 or not who.endswith(",") or who.count(",") != 2:
        return who, ""
    opening = _WORD.match(who[comma + 1 :].lstrip())
    found = parses(opening.group(0).lower())[:1] if opening else []
    if not found or found[0].pos not in ("GRND", "PRTF"):
        return who, ""
    return who[:comma], who[comma:]


def _role_holder(
    speaker: str, head: str, gender: str | None, body: str, persons: Sequence[Mention]
) -> tuple[str, bool] | None:
    """(name, posted) of the speaker a role subject of the post `head` and the verb's
    `gender` stands for: the name the text gives them at its fullest (a bare surname too:
    «Спикер парламента Володин», as the references write it), and whether the article gives
    them that post (`same_role`). One it gives no role may hold it too («Мэр областного
    центра провел совещание …. «…», — подчеркнул Михаил Исаев.»), but only when no one else
    the text names may (`_may_hold`): else the post may be an unquoted one's. None when
    their gender is not the verb's or their role is another post."""
    name = _full_name(speaker, persons)
    if name is None:
        return None
    own = _gender(name, persons) or _given_gender(name) or _surname_gender(name.split()[-1])
    if own != gender:
        return None
    theirs = _role_head(role_of(body, persons, name) or "")
    if theirs is not None:
        return (name, True) if same_role(head, theirs) else None
    others = {m.person.name for m in persons if m.person} - {name}
    if any(_may_hold(other, gender, body, persons) for other in others):
        return None
    return name, False


def _tied_to_role(
    name: str,
    said: Sequence[tuple[str, str | None]],
    body: str,
    persons: Sequence[Mention],
    lead_at: int,
) -> bool:
    """Whether the text ties `name`, a speaker it gives no role, to the role subject of the
    sentence at `lead_at`: being the only roleless person is no evidence («Посол Франции …
    выразил протест. … Ранее Эммануэль Макрон заявил: «…»» — the president, not the
    ambassador). The ties: the text names them only by their surname («— подчеркнул
    Володин»: it introduced them before, by the post); its headline, a line before the role's
    sentence, names them and no one else («Небензя предостерёг коалицию …» over «Постпред
    нашей страны при ООН заметил …»); or the analysis gives them words said before the body
    first names them (the role or its noun said them: «Посол ИРИ в Москве заявил: «…»» …
    «Мехди Санаии …»)."""
    if " " not in name:
        return True
    title = body.find("\n")
    title = title if 0 < title < lead_at else -1
    if title > 0 and _headline_subject(name, body[:title], persons):
        return True
    ours = [m.start for m in persons if m.person and m.person.name == name]
    first = min((at for at in ours if at > title), default=-1)
    last = name.split()[-1]
    for quote in (q for q, s in said if q and s and s.split()[-1] == last):
        end = body.find(quote) + len(quote)
        if len(quote) <= end <= first and _SENTENCE_BREAK.search(body[end:first]):
            return True
    return False


def _headline_subject(name: str, headline: str, persons: Sequence[Mention]) -> bool:
    """Whether the headline opens with the person `name` alone as its subject («Небензя
    предостерег …», «Александр Лукашенко: …»; never «Анвар Ибрагим и Прабово Субианто
    обсудили …») and names no one else."""
    ours = [m for m in persons if m.start < len(headline)]
    if (
        not ours
        or ours[0].start != 0
        or any(m.person is None or m.person.name != name for m in ours)
    ):
        return False
    after = headline[ours[0].end :].split()
    return bool(after) and after[0] not in _COORDINATED and not after[0].startswith(",")


# Words joining a second subject to a headline's first («X и Y обсудили …», «X с Y …»).
_COORDINATED = ("и", "с", "со", "вместе", "или")


# Where a sentence ends: words after it, before a name, are no words of that name's sentence.
_SENTENCE_BREAK = re.compile(r"[.!?…][»\"”]?\s|\n")


def _may_hold(name: str, gender: str | None, body: str, persons: Sequence[Mention]) -> bool:
    """Whether `name` may be the one a role subject with a verb of `gender` stands for,
    as far as the text tells: no role of their own, and not of the other gender (a byline
    «Ольга Сергеева» is no «Мэр … провел»)."""
    if role_of(body, persons, name) is not None:
        return False
    theirs = _gender(name, persons) or _given_gender(name) or _surname_gender(name.split()[-1])
    return theirs is None or theirs == gender


def _role_named(who: str, name: str) -> str:
    """The role subject `who` with `name` right after the role, before a circumstance it
    may hold («Спикер Совета Федерации в интервью «Российской газете»» → «Спикер Совета
    Федерации Валентина Матвиенко в интервью …»)."""
    found = SUBJECT_CIRCUMSTANCE.search(who)
    if found is None:
        return f"{who} {name}"
    return f"{who[: found.start()]} {name}{who[found.start() :]}"


def _holds(head: str, name: str, body: str, persons: Sequence[Mention]) -> bool:
    """Whether the article gives the person `name` a role of the same post as `head`."""
    theirs = _role_head(role_of(body, persons, name) or "")
    return theirs is not None and same_role(head, theirs)


def _goes_on_with(subject: str) -> re.Pattern[str]:
    """A sentence opening with `subject` (a regex), maybe «также», then its verb («Он
    (также) подчеркнул, что …», «Дипломат отметил …»): one pattern for each way a sentence
    goes on with the subject before it."""
    return re.compile(rf"^(?:{subject})\s+(?:также\s+)?(?P<verb>[а-яё]+)\b")


# A second sentence going on with the first one's subject: «Он (также) подчеркнул, что …».
_SAME_SUBJECT = _goes_on_with("Он|Она")
_RESTATED_WORDS = 4  # at most this many words (a role, the given name) before the surname


def _restated(second: str, first: str, verb_at: int, names: Sequence[str]) -> int | None:
    """Where the verb of `second` starts when it opens with the subject of `first` again: «Он»,
    «Она», or a person's surname (after their given name or words of `first`, a role) that
    `first` names before its verb (`verb_at`): «Канани сообщил, что …» after «… Насер Канани
    заявил, что …»."""
    found = _SAME_SUBJECT.match(second)
    if found is not None:
        return found.start("verb")
    words = set(re.findall(r"[\w-]+", first))  # whole words: «в» is no word of «Лавров»
    before = set(re.findall(r"[\w-]+", first[:verb_at]))
    for name in names:
        surname = re.escape(name.split()[-1])
        hit = re.match(
            rf"^(?P<who>(?:[\w-]+\s+){{0,{_RESTATED_WORDS}}}?){surname}\s+(?:также\s+)?"
            r"(?P<verb>[а-яё]+)\b",
            second,
        )
        if hit is None or name.split()[-1] not in before:
            continue
        if all(w in words or w in name.split() for w in hit.group("who").split()):
            return hit.start("verb")
    return None


# «X прокомментировал Y.» and «По его словам, Z.» after it: one claim, as the references write
# it («X, комментируя Y, заявил, что Z.»).
_COMMENTED = re.compile(
    r"^(?P<who>[^,.«»\"]+?)\s+прокомментировал(?P<femn>а)?\s+(?P<what>[^.!?]+)\.$"
)
_HIS_WORDS = re.compile(
    r"^По\s+(?:(?:(?P<his>его)|(?P<her>ее|её))\s+словам|словам\s+(?P<name>[А-ЯЁ][\w-]+)),\s+"
    r"(?P<claim>[^\W\d_].*)$",
    re.S,
)


def commenting(texts: list[str]) -> list[str]:
    """«X прокомментировал Y. По его словам, Z.» → «X, комментируя Y, заявил, что Z.»: the
    comment and what it said as one sentence, the references' form; only when the words are
    the same person's (the pronoun's gender is the verb's, or the surname is X's)."""
    first = _COMMENTED.match(texts[0]) if len(texts) == 2 else None
    words = _HIS_WORDS.match(texts[1]) if first else None
    if first is None or words is None:
        return texts
    femn = bool(first.group("femn"))
    name = words.group("name")
    same = (
        name[:4] in first.group("who")
        if name
        else bool(words.group("her")) == femn and bool(words.group("his")) != femn
    )
    if not same:
        return texts
    verb = "заявила" if femn else "заявил"
    return [
        f"{first.group('who')}, комментируя {first.group('what')}, {verb}, что "
        f"{words.group('claim')}"
    ]


def one_subject(texts: list[str], names: Sequence[str] = ()) -> list[str]:
    """Two sentences as one when the second goes on with the first one's subject («X заявил,
    что A. Он подчеркнул, что B.» or «… X подчеркнул, что B.» → «X заявил, что A, и
    подчеркнул, что B.»), as the references write it: the second joins with «и», after a comma
    when a clause follows the first verb. Only when its verb is past tense and agrees with the
    first past-tense verb of the first sentence (`names`: the people the article names)."""
    if len(texts) != 2 or not texts[0].endswith(".") or texts[0].endswith(".."):
        return texts
    verb = next((w for w in _WORD.finditer(texts[0]) if past_gender(w.group(0))), None)
    at = _restated(texts[1], texts[0], verb.start(), names) if verb else None
    if verb is None or at is None:
        return texts
    said = _WORD.match(texts[1], at)
    if said is None or past_gender(said.group(0)) != past_gender(verb.group(0)):
        return texts
    joint = ", и " if "," in texts[0][verb.end() :] else " и "
    return [texts[0][:-1] + joint + texts[1][at:]]


# «…», — сказал он (американский дипломат) в интервью …: the speech verb right before it.
_SAID_IN = re.compile(r"[—–-]\s+(?:[а-яё]+л[аи]?)\s+(?:[а-яё-]+\s+){0,5}$")
# «Об этом он (дипломат, индийский министр) заявил в интервью …»: the news just told, said by
# the one it is about; the verb's gender must be the speaker's.
_ABOUT_SAID_IN = re.compile(
    r"^(?:Как\s+[а-яё]+\s+[^,.]{1,40},\s+)?(?:[Оо]б этом|[Сс]вою позицию|[Тт]акое заявление)"
    r"\s+(?:[а-яё-]+\s+){0,3}?"
    r"(?P<verb>[а-яё]+л[аи]?)\s+$"
)


def _outlets_of(
    body: str, surname: str, names: Sequence[str], gender: str | None = None
) -> set[str]:
    """The outlets the article says the person with `surname` gave an interview to («…», —
    сказал Лавров в интервью «Известиям»; «Об этом Нарышкин заявил в интервью Би-би-си»): an
    «в интервью <outlet>» in a sentence naming them (the quotations' sentence bounds: «т.е.»,
    «г.» end none) or in one telling, in the speaker's gender (`gender`), where the news
    just told was said («Об этом он заявил в интервью ТАСС»), the outlet written out in full
    (not one whose name runs on: «The Wall Street …») and no person's name (`names`: «дал
    интервью Боррель» is no outlet); a name that is no title in quotation marks without the
    word for its kind, as the references write it («телеканалу RT» → «RT»)."""
    stem = surname[: max(4, len(surname) - 2)]
    people = {w[:4] for n in names for w in n.split() if len(w) > 2}
    layout = Layout.of(body)
    out = set()
    for found in _INTERVIEW_GIVEN_TO.finditer(body):
        words = re.findall(r"\w+", found.group("outlet"))
        runs_on = re.match(r"\s+[A-ZА-ЯЁ«\"]", body[found.end() :])
        if runs_on or "\n" in found.group(0) or any(w[:4] in people for w in words):
            continue
        lo = sentence_start(body, layout.para_start(found.start()), found.start())
        sentence = body[lo : sentence_end(body, found.end(), layout.para_end(found.end()))]
        others = any(n.split()[-1][:4] in sentence for n in names if n.split()[-1] != surname)
        about = _ABOUT_SAID_IN.match(body[lo : found.start()])
        about_them = about is not None and past_gender(about.group("verb")) == (gender or "?")
        said = (_SAID_IN.search(body, lo, found.start()) or about_them) and not others
        if said or re.search(rf"\b{re.escape(stem)}", sentence):
            outlet = _guillemets(found.group("outlet"))
            out.add(outlet if "«" not in outlet else (found.group("kind") or "") + outlet)
    return out


def in_interview(text: str, body: str, names: Sequence[str]) -> str:
    """`text` with the interview its speaker gave («Сергей Лавров заявил, что …» → «Сергей
    Лавров в интервью «Известиям» заявил, что …»), as the references say where it was said:
    when the summary opens with a person (named before its first past-tense verb) whom the
    article places in an interview to one outlet (`_outlets_of`), and says no «интервью»
    itself."""
    verb = next((w for w in _WORD.finditer(text) if past_gender(w.group(0))), None)
    if verb is None or "интервью" in text:
        return text
    name = next((n for n in names if n.split()[-1] in text[: verb.start()]), None)
    gender = past_gender(verb.group(0))
    outlets = _outlets_of(body, name.split()[-1], names, gender) if name else set()
    if len(outlets) != 1:
        return text
    return f"{text[: verb.start()]}в интервью {outlets.pop()} {text[verb.start() :]}"


def _joined(texts: list[str], speaker: str | None) -> str:
    """One text, the interviewee's name first; a second sentence that would overflow the
    caption is dropped."""
    if len(texts) > 1 and len(" ".join(texts)) > CAPTION_LIMIT and len(texts[0]) <= CAPTION_LIMIT:
        texts = texts[:1]
    text = " ".join([*map(_stopped, texts[:-1]), *texts[-1:]])
    return f"{speaker}: {text}" if speaker else text


# A sentence's end: a stop, maybe inside closing quotation marks or brackets («… заявил он.»).
_STOPPED = re.compile(r"[.!?…:;][»\"“”)]*\s*$")


def _stopped(text: str) -> str:
    """`text` ending with a full stop when another sentence follows it: a lead closing on a
    quotation with no stop of its own («… назвал его «провокационным»») would run into the
    next sentence («…» Министр …»)."""
    return text if not text.strip() or _STOPPED.search(text) else text.rstrip() + "."


def _speaker_of(content: str, said: Sequence[tuple[str, str | None]]) -> str | None:
    """The speaker the analysis gave the quotation `content` (its words as the lead holds
    them: the quotation found may be part of it, or run on past it)."""
    flat = " ".join(content.split())
    for text, speaker in said:
        found = " ".join(text.split())
        if speaker and found and _same_words(found, flat):
            return speaker
    return None


_SHARED_WORDS = 20  # letters a quotation shares with a lead to be found inside it, not by chance


def _same_words(found: str, flat: str) -> bool:
    """Whether the quotation `found` and the lead's `flat` are one: either opens the other, or
    the first 40 characters of one, at least `_SHARED_WORDS` of them, stand inside the other;
    a short word («бред») is inside many leads by chance."""
    one, other = found[:40], flat[:40]
    return (
        flat.startswith(one)
        or found.startswith(other)
        or (len(one) >= _SHARED_WORDS and one in flat)
        or (len(other) >= _SHARED_WORDS and other in found)
    )


def _quotation_said_by(
    texts: list[str],
    said: Sequence[tuple[str, str | None]],
    body: str,
    persons: Sequence[Mention],
) -> list[str]:
    """A lead quoting someone its clause does not name («"…", — отметил дипломат», «— цитирует
    его слова ТАСС») with its speaker, as the analysis found them, introduced by the role the
    article gives them and their full name (bot/content/quoted_lead.py). Only a person the
    text names, whose gender agrees with the clause's pronoun, with a role or a full name (a
    bare surname introduces nobody), and not one the clause names after a role with a place
    («— отметил посол Австрии в России Вернер Альмхофер»: «в России …» reads as where it was
    said, and the name would be written twice); else the lead as it is."""
    lead = quoted_lead(texts[0]) if texts else None
    speaker = _speaker_of(lead.quote[1:-1], said) if lead else None
    if lead is None or speaker is None:
        return texts
    if lead.body:  # «— говорится в сообщении»: a body's words, never a person's
        names = {m.person.name for m in persons if m.person}
        gender = None if speaker in names else _body_gender(speaker)
        turned = body_said(lead, speaker, gender, body) if gender else None
        return [turned, *texts[1:]] if turned else texts
    last = speaker.split()[-1]
    if last[: max(4, len(last) - 2)].lower() in lead.quote.lower():
        return texts  # the words speak of the person: the speaker found is unsure
    if _names_person(speaker, lead.tail, persons):
        return texts  # «— отметил посол Австрии в России Вернер Альмхофер»: named after the role
    introduced = _introducible(speaker, persons, body)
    if introduced is None or lead.gender not in (None, introduced[2]):
        return texts
    name, role, gender = introduced
    return [said_by(lead, role or "", name, gender, body), *texts[1:]]


def _body_gender(name: str) -> str | None:
    """The gender a body's name gives its verb: an abbreviation of `BODY_ABBREVIATIONS` («МИД
    России» masc), or its first word, an inanimate noun in the nominative («Госдепартамент США»
    masc, «Пресс-служба Кремля» femn); None otherwise («Минобороны», a person)."""
    first = name.split()[0] if name.split() else ""
    if first in BODY_ABBREVIATIONS:
        return BODY_ABBREVIATIONS[first]
    found = parses(first.lower())[:1]
    if not found or not found[0].has("NOUN", "nomn", "sing", "inan") or found[0].has("Fixd"):
        return None
    return next((g for g in ("masc", "femn", "neut") if found[0].has(g)), None)


# Abbreviations heading a body, with the gender their verb takes («МИД заявил»).
BODY_ABBREVIATIONS = {"МИД": "masc"}


def _lead_speaker(
    chosen: list[Sentence],
    every: Sequence[Sentence],
    texts: list[str],
    paragraphs: Sequence[str],
    entities: Entities | None,
    quoted: Sequence[tuple[int, int]],
) -> tuple[list[str], str | None]:
    """The lead with who says it: the text's own attribution («…. Такую оценку дал X.»)
    first, as it names the speaker in full and says how, and must never be left behind as a
    second sentence; else a «Галузин: …» headline's speaker (None when neither applies)."""
    attributed = _attributed(chosen, every, texts, entities, quoted)
    persons = entities.persons if entities else []
    speaker = None
    if attributed[:1] == texts[:1]:
        speaker = _headline_speaker(paragraphs, chosen[0], persons)
    if speaker is None:
        return attributed, None
    said = reported_by(speaker, _gender(speaker, persons), texts[0])
    return ([said, *texts[1:]], None) if said else (texts, speaker)


def summarize(
    sentences: Sequence[Sentence],
    paragraphs: Sequence[str],
    quote_ranges: Sequence[tuple[int, int]] = (),
    *,
    method: str = "lead",
    entities: Entities | None = None,
    interview: Interview | None = None,
    said: Sequence[tuple[str, str | None]] = (),
) -> str:
    """The article's summary (≤ 1024 characters, quotes balanced, never cut mid-word).

    `entities` (body offsets) find an interview, unless `interview` gives the one the
    quotations found, and introduce the people the summary names; `said` are the
    quotations found with their speakers (text, speaker), for a lead that quotes one."""
    found = _interview(paragraphs, entities, interview)
    interview = found if found is not None and not found.reported and not found.transcript else None
    every = _units(sentences, paragraphs)
    candidates = _candidates(every, paragraphs, quote_ranges, interview)
    answered = _from_answers(every, paragraphs, quote_ranges, found, candidates)
    if answered is not None:  # the introduction gives no lead: the interviewee's answers do
        interview, candidates = found, answered
    if not candidates:
        return ""
    if method != "textrank" and not interview:
        candidates = past_teasers(candidates, every)
        candidates = headline_lead(candidates, paragraphs)
        subtitle = _attributed_subtitle(every, paragraphs, entities) or _headline_claim(
            every, paragraphs, entities
        )
        if subtitle is not None and (not candidates or subtitle.start < candidates[0].start):
            candidates = [subtitle, *candidates]
    chosen = textrank(candidates) if method == "textrank" else lead(candidates, every)
    if not interview:
        chosen = _with_speaker(chosen, every, paragraphs, entities, quote_ranges)
    text = _written(chosen, every, paragraphs, entities, quote_ranges, interview, said)
    if not interview:
        other = _with_person(chosen, candidates, every, text, entities, paragraphs, said)
        if other is not None:
            text = _written(other, every, paragraphs, entities, quote_ranges, interview, said)
        else:
            pool = (every, paragraphs, entities, quote_ranges, said)
            text = with_quotation(text, chosen, candidates, *pool)
        text = with_comment(text, said)
    text = first_if_long(text)
    if not balanced(text):
        text = strip_unbalanced(text)
    return cut_at_word(text, CAPTION_LIMIT)


# A summary longer than this ends with its first sentence when that one holds `_LONG_FIRST`
# characters or more: it tells the news whole, and the rest only dilutes it (the references
# run 150–300 characters; measured over all labelled sets: 9 summaries of the older sets closer
# to their reference, 3 further, +73 ROUGE-1 points summed; of the newest 2 closer, 1 further,
# +10; at 350 characters 35 and 5 change, a third of the older ones further).
_LONG_PAIR = 400
_LONG_FIRST = 160


def first_if_long(text: str) -> str:
    """`text` up to the end of its first sentence when the whole runs over `_LONG_PAIR`
    characters and that sentence, outside any quotation, holds `_LONG_FIRST` or more. The
    sentences are the layout's (`sentence_end`, which knows initials and abbreviations: «с
    А. Никитиным», «в г. Ярославле» end none), and a cut holding a question is never kept:
    a question is no summary (the opening units hold none either, `_candidates`)."""
    if len(text) <= _LONG_PAIR:
        return text
    start = 0
    while (end := sentence_end(text, start, len(text))) < len(text):
        first = text[:end]
        if len(first) >= _LONG_FIRST and balanced(first):
            return text if "?" in first else first
        start = end
    return text


def _with_person(
    chosen: list[Sentence],
    candidates: Sequence[Sentence],
    every: Sequence[Sentence],
    written: str,
    entities: Entities | None,
    paragraphs: Sequence[str],
    said: Sequence[tuple[str, str | None]],
) -> list[Sentence] | None:
    """The lead's sentences with a person in its second place, the first rule that finds one:
    who acted (`with_actor`), the text's main speaker (`with_main_speaker`), or the words of
    the person the lead tells of (`with_speech`); None when none does."""
    return (
        with_actor(chosen, candidates, every, written, entities, paragraphs)
        or with_main_speaker(chosen, candidates, written, entities, paragraphs, said)
        or with_speech(chosen, candidates, every, written, entities, paragraphs)
    )


# A lead naming nobody is followed by the next sentence naming a person up to this length
# together (the references open with who acted or spoke: measured over all labelled sets).
_ACTOR_PAIR_LIMIT = 600


def with_actor(
    chosen: Sequence[Sentence],
    candidates: Sequence[Sentence],
    every: Sequence[Sentence],
    written: str,
    entities: Entities | None,
    paragraphs: Sequence[str] = (),
) -> list[Sentence] | None:
    """A lead of one or two sentences that, as written, names no person nor opens with a post
    («Россия резко осудила …», «В Кремле отреагировали …», «Москва сожалеет …»): its first
    sentence with the next one after the lead that may join it (`_second`) when that one names
    a person («Официальный представитель МИД Мария Захарова заявила …»), in place of a second
    sentence naming nobody. The references say who acted or spoke; the lead's own words stay.
    A sentence of another dialogue or quotation paragraph («— Мы ответим зеркально, — сказал …»)
    would read as unmarked first-person words, and one referring back («Ранее канцлер …
    заявлял …», «В 2022 году …») names background, not who acted: with either the lead
    stays alone.
    None when the lead names someone already, or no such sentence follows."""
    if entities is None or not chosen or len(chosen) > 2:
        return None
    persons = entities.persons
    names = {m.person.name for m in persons if m.person}
    if _opens_with_post(written) or any(_names_person(n, written, persons) for n in names):
        return None  # «Глава МИД Ирана объяснил …»: a post names who acted (`role_subject`)
    first = chosen[0]
    rest = [s for s in candidates if s.start > chosen[-1].start]
    order = {s.start: i for i, s in enumerate(every or candidates)}
    second = _second(first, rest, order, _ACTOR_PAIR_LIMIT)
    if second is None or not _mentions_person(second, persons):
        return None
    spoken = second.paragraph != first.paragraph and _spoken(second, paragraphs)
    if spoken or _BACK_REFERENCE.match(second.text):
        return None
    return [first, second]


_MAIN_REACH = 10  # the speaker's sentence is among this many candidates after the lead


def _main_speaker(said: Sequence[tuple[str, str | None]], persons: Sequence[Mention]) -> str | None:
    """The person the text quotes most, when one alone is (a name the text gives)."""
    names = {m.person.name for m in persons if m.person}
    counts: dict[str, int] = {}
    for _quote, who in said:
        if who and who in names:
            counts[who] = counts.get(who, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return next(w for w, c in counts.items() if c == ranked[0])


def _speech_in(text: str) -> bool:
    """Whether `text` has a verb of saying, finite or a gerund («заявил», «считает», «назвав»)."""
    return any(
        p.normal in SPEECH_VERBS and bool(p.grams & {"past", "pres", "GRND"})
        for w in _WORD.findall(text)
        for p in parses(w.lower())[:1]
    )


def with_main_speaker(
    chosen: Sequence[Sentence],
    candidates: Sequence[Sentence],
    written: str,
    entities: Entities | None,
    paragraphs: Sequence[str],
    said: Sequence[tuple[str, str | None]],
) -> list[Sentence] | None:
    """A lead telling an event with no one saying anything («Лидер группировки переведен под
    домашний арест.», «Совет директоров собрался …»), while the text quotes one person most:
    its first sentence with the first sentence after it that names that person saying
    something («Прокурор Нику Шендря заявил …»), in place of its second one. The references
    say who said what; the lead's own words stay. Not when the lead names that person or
    opens with a post, and not a sentence of a dialogue or quotation paragraph, one opening
    with a quotation, one referring back or leaning on a skipped one, or one repeating the
    lead. None otherwise."""
    if entities is None or not chosen:
        return None
    persons = entities.persons
    main = _main_speaker(said, persons)
    first = chosen[0]
    if main is None or _names_person(main, written, persons):
        return None
    if _opens_with_post(written) or _speech_in(first.text):
        return None
    for second in [s for s in candidates if s.start > first.start][:_MAIN_REACH]:
        if len(first.text) + len(second.text) > _ACTOR_PAIR_LIMIT:
            return None
        if _names_person(main, second.text, persons):
            return [first, second] if _may_follow(first, second, paragraphs) else None
    return None


# A clause of what was said or thought: «…, что …», «о том, что …».
_CLAUSE = re.compile(r",\s+(?:что|чтобы)\b")
_SPEECH_REACH = 4  # the person's words follow a lead telling what they did among this many
# A lead standing alone gains the person's words only up to this length: measured over all
# labelled sets, longer ones («Министр … Петер Сийярто анонсировал встречу с главой МИД России
# Сергеем Лавровым на полях ООН.») tell the news whole, and the words only lengthen them.
_SPEECH_ALONE = 110


def with_speech(
    chosen: Sequence[Sentence],
    candidates: Sequence[Sentence],
    every: Sequence[Sentence],
    written: str,
    entities: Entities | None,
    paragraphs: Sequence[str],
) -> list[Sentence] | None:
    """A lead telling what a person did, not what they said («Председатель СКР Александр
    Бастрыкин отшутился в ответ на …», «Президент Кении … сделал ряд высказываний …»), whose
    second sentence says nothing either: its first sentence with the next one among the
    following `_SPEECH_REACH` candidates that gives that person's words by a pronoun («Он
    отметил, что …», «По его словам, …»), in place of its second one. The references say
    what the person said; `one_subject` joins the two as they write it («… и отметил, что …»).
    Only when the lead opens with the person as its subject, in the nominative (not «Диалог
    Никола Пашиняна …»), the pronoun's gender is theirs, no one else of that gender is named
    up to it, and no sentence of `every` in between has another subject it may stand for
    (`_another_subject`). None otherwise."""
    if entities is None or not chosen:
        return None
    first = chosen[0]
    lead_said = _before(written, chosen[1].text) if len(chosen) > 1 else written
    if _tells_words(lead_said):
        return None  # «… выступил с заявлением о том, что …»: the lead tells the words
    subject = _lone_subject(first, entities)
    if subject is None or (len(chosen) == 1 and len(written) > _SPEECH_ALONE):
        return None
    name, gender = subject
    if len(chosen) > 1 and _goes_on(chosen[1].text, name, entities.persons):
        return None  # the second sentence goes on with the person already
    for second in [s for s in candidates if s.start > first.start][:_SPEECH_REACH]:
        if _another_of(name, gender, first.start, second.start, entities):
            return None  # «Путин провел встречу с … Мантуровым. Он уточнил …»: whose words?
        between = [s for s in every if first.start < s.start < second.start]
        if _another_subject(between, entities, (gender, _lead_post(first, entities))):
            return None  # «Кремль назвал встречу продуктивной. Он отметил …»: the Kremlin's
        if _pronoun_words(first, second, gender, paragraphs):
            return [first, second]
    return None


_OPENING_CHARS = 20  # a written sentence is found by this much of its opening


def _before(written: str, second: str) -> str:
    """`written` up to where the sentence `second` starts in it (written as it may be: its
    closing attribution cut), or all of it when it is not found."""
    at = written.find(second[:_OPENING_CHARS])
    return written[:at] if at > 0 else written


# What a verb of saying takes when it tells only the topic: «рассказал о …», «указал на …».
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "на"})


def _tells_words(lead: str) -> bool:
    """Whether `lead` gives what was said: a clause («…, что …»), a colon or direct speech, or
    a verb of saying with its object («подчеркнула важность солидарности»), not one with its
    topic only («рассказал о председательстве …», «указал на нежелание …»)."""
    if _CLAUSE.search(lead) or ":" in lead or said_directly(lead):
        return True
    words = [w.lower() for w in _WORD.findall(lead)]
    return any(
        _speech_in(word) and (at + 1 == len(words) or words[at + 1] not in _TOPIC_PREPOSITIONS)
        for at, word in enumerate(words)
    )


def _goes_on(text: str, name: str, persons: Sequence[Mention]) -> bool:
    """Whether `text` goes on with the person `name`: by a pronoun opening it, by their name,
    or by a post saying something («… официальный представитель МИД РФ заявила, что …»)."""
    if _SAME_SUBJECT.match(text) or _names_person(name, text, persons):
        return True
    return bool(title_heads(text)) and _speech_in(text)


def _pronoun_words(
    first: Sentence, second: Sentence, gender: str, paragraphs: Sequence[str]
) -> bool:
    """Whether `second` may join `first` with the words of its person of `gender`, given by a
    pronoun (`_his_speech`): in the summary's own words, not a quotation, and the pair short."""
    if len(first.text) + len(second.text) > _PAIR_LIMIT or _announces(second.text):
        return False
    if _QUOTATION_OPENS.match(second.text) or _spoken(second, paragraphs):
        return False
    return _his_speech(second.text) == gender


def _lone_subject(sentence: Sentence, entities: Entities) -> tuple[str, str] | None:
    """The name and gender of the person `sentence` opens with as its subject: the name first,
    or after a role («Председатель СКР Александр Бастрыкин»; not «Диалог Никола Пашиняна …»),
    and the first verb after it agreeing with one person of that gender («отшутился»,
    «находится»; not «… и председатель КНР Си Цзиньпин завершили …»). None otherwise."""
    found = _subject(sentence, entities)
    if found is None or found[1] is None:
        return None
    text = sentence.text
    at = text.find(found[0])
    if at < 0 or (text[:at].strip() and not _opens_with_role(text[:at])):
        return None
    verb = next((w for w in _WORD.findall(text[at + len(found[0]) :]) if _finite(w.lower())), None)
    if verb is None or not _agrees_with(verb.lower(), found[1]):
        return None
    end = sentence.start + len(text)
    mention = next(m for m in entities.persons if sentence.start <= m.start < end and m.person)
    return (mention.person.name, found[1]) if mention.person else None


def _agrees_with(verb: str, gender: str) -> bool:
    """Whether the finite `verb` may have one person of `gender` as its subject: past tense
    in that gender («отшутился»), or present tense in the third person singular («находится»)."""
    if past_gender(verb) is not None:
        return past_gender(verb) == gender
    found = parses(verb)[:1]
    return bool(found) and found[0].has("pres", "3per", "sing")


def _another_of(name: str, gender: str, start: int, end: int, entities: Entities) -> bool:
    """Whether someone other than `name`, of `gender` or of no known gender, is named between
    `start` and `end`: a pronoun after them might be theirs."""
    return any(
        m.person is not None and m.person.name != name and m.person.gender in (gender, None)
        for m in entities.persons
        if start <= m.start < end
    )


def _lead_post(sentence: Sentence, entities: Entities) -> str | None:
    """The post of the person `sentence` opens with as its subject, by its role word
    («Губернатор Иван Петров провел …» → «губернатор»); None when it opens with the name."""
    found = _subject(sentence, entities)
    at = sentence.text.find(found[0]) if found is not None else -1
    return _role_head(sentence.text[:at]) if at > 0 else None


# The words a sentence may open with before its subject: «Ранее Кремль назвал …».
_SHIFT_OPENER = re.compile(rf"^(?:{'|'.join(SHIFT_OPENERS)}),?\s+", re.IGNORECASE)
# The lemmas naming a body: «Партия «Единая Россия» провела …», «Ведомство сообщило …».
_BODY_WORDS = BODY_NOUNS | BODY_KINDS | BODY_ANAPHORS
# A sentence whose subject closes it after its verb of saying: «…, — сообщил Кремль.».
_CLOSING_SUBJECT = re.compile(r"[,—–]\s*(?P<verb>[а-яё]+)\s+(?P<who>[^,.!?:;«»\"]+?)[.!?…]*$")


def _another_subject(
    between: Sequence[Sentence], entities: Entities, lead: tuple[str, str | None]
) -> bool:
    """Whether a sentence of `between` (from the lead up to a pronoun going on with its
    person) has a subject other than that person that «он» or «она» may stand for: a body
    opening it («Кремль назвал встречу продуктивной», «Партия «Единая Россия» провела
    съезд») or closing the sentence right before the pronoun («…, — сообщил Кремль.»), or a
    person by a common noun, not the lead's post, opening one («Пенсионер пожаловался на
    тарифы»). `lead` is the person's gender and post. `_another_of` sees only the people the
    text names: the pronoun might be any of these."""
    if any(_opens_with_another(s, entities, lead) for s in between):
        return True
    closing = _CLOSING_SUBJECT.search(between[-1].text) if between else None
    if closing is None or not _speech_in(closing.group("verb")):
        return False
    start = between[-1].start + closing.start("who")
    return _bodies_at(start, entities) or _body_noun(closing.group("who"), lead[0])


def _opens_with_another(
    sentence: Sentence, entities: Entities, lead: tuple[str, str | None]
) -> bool:
    """Whether `sentence` opens, maybe after «Ранее», with a body (`_bodies_at`,
    `_body_noun`) or a common noun for someone other than the lead's person
    (`_stands_for_another`) as its subject; not with a person the text names, whom
    `_another_of` judges («Губернатор Иван Петров осмотрел …»)."""
    opener = _SHIFT_OPENER.match(sentence.text)
    rest = sentence.text[opener.end() if opener else 0 :]
    start = sentence.start + len(sentence.text) - len(rest)
    verb = next((w for w in _WORD.finditer(rest) if _finite(w.group().lower())), None)
    end = start + (verb.start() if verb else len(rest))
    if any(start <= m.start < end for m in entities.persons):
        return False
    return (
        _bodies_at(start, entities) or _body_noun(rest, lead[0]) or _stands_for_another(rest, lead)
    )


def _bodies_at(start: int, entities: Entities) -> bool:
    """Whether a body the text names starts at `start`, maybe after an opening quotation
    mark («Кремль …», «"Газпром" …»)."""
    return any(start <= m.start <= start + 1 for m in entities.orgs)


def _head_noun(words: str) -> str | None:
    """The noun `words` open with, after adjectives, when it is in the nominative singular
    («Местная жительница пожаловалась …» → «жительница»); None otherwise."""
    for word in _WORD.findall(words):
        found = parses(word.lower())[:1]
        if found and found[0].pos in ("ADJF", "PRTF"):
            continue
        return word if found and found[0].pos == "NOUN" and found[0].has("nomn", "sing") else None
    return None


def _body_noun(words: str, gender: str) -> bool:
    """Whether `words` open with a common noun for a body of `gender` as their subject, which
    «он» or «она» may stand for («Партия «Единая Россия» провела …» for «она»)."""
    noun = _head_noun(words)
    found = parses(noun.lower())[:1] if noun else ()
    return bool(found) and found[0].normal in _BODY_WORDS and gender in found[0].grams


def _stands_for_another(words: str, lead: tuple[str, str | None]) -> bool:
    """Whether `words` open with a common noun for a person that «он» or «она» of the lead's
    gender may stand for («Пенсионер …», «Местная жительница …»; a post of either gender,
    «Директор школы …»), not by the lead's own post («Губернатор …» after «Губернатор Иван
    Петров …» is him). `lead` is the lead person's gender and post."""
    gender, post = lead
    noun = _head_noun(words)
    if noun is None:
        return False
    role = role_word(noun)
    if role is not None:  # a post names a man or a woman alike
        return post is None or not same_role(post, role)
    found = parses(noun.lower())[0]
    return found.has("anim") and bool(found.grams & {gender, "ms-f"})


# A sentence going on with a person by their post alone: «Политик подчеркнул, что …».
_ROLE_GOES_ON = _goes_on_with(r"(?P<role>[А-ЯЁ][а-яё-]+)")


def _his_speech(text: str) -> str | None:
    """The gender of the one who says something in `text` by a pronoun or a bare post: «Он
    (также) отметил …», «Политик подчеркнул …», «Дипломат назвал …» (a past verb of saying
    or naming in their gender), «По ее словам, …»; None for anything else."""
    same = _SAME_SUBJECT.match(text) or _role_goes_on(text)
    if same is not None:
        verb = same.group("verb")
        return past_gender(verb) if _says(verb) else None
    words = _HIS_WORDS.match(text)
    if words is None or words.group("name"):
        return None
    return "femn" if words.group("her") else "masc"


def _role_goes_on(text: str) -> re.Match[str] | None:
    """`text` opening with a bare post in the nominative singular as its subject
    («Дипломат отметил …»), not a post of someone it names («Министр Иван Орлов …»)."""
    found = _ROLE_GOES_ON.match(text)
    if found is None or role_word(found.group("role")) is None:
        return None
    first = parses(found.group("role").lower())[:1]
    return found if first and first[0].has("nomn", "sing") else None


def _says(verb: str) -> bool:
    """A verb of saying, or of naming («назвал марш провокацией»)."""
    return _speech_in(verb) or any(p.normal in NAMING_VERBS for p in parses(verb)[:1])


def _may_follow(first: Sentence, second: Sentence, paragraphs: Sequence[str]) -> bool:
    """Whether `second`, from further on, may follow the lead `first`: someone saying
    something in words of the summary's own, new to the lead."""
    text = second.text
    if _QUOTATION_OPENS.match(text) or _spoken(second, paragraphs):
        return False
    if _BACK_REFERENCE.match(text) or BACKGROUND.match(text) or _DANGLING.match(text):
        return False
    return _speech_in(text) and not _restates(first, second)


# A sentence opening with a back-reference (lexicon.BACK_REFERENCE_OPENERS), comma or not.
_BACK_REFERENCE = re.compile(rf"^(?:{'|'.join(BACK_REFERENCE_OPENERS)})(?!\w)", re.IGNORECASE)


def _spoken(sentence: Sentence, paragraphs: Sequence[str]) -> bool:
    """Whether `sentence` belongs to a dialogue or quotation paragraph («— Мы ответим
    зеркально, — сказал …», «"…", — добавил …»): as a summary's sentence it would be
    someone's words without their quotation marks."""
    whole = paragraphs[sentence.paragraph] if sentence.paragraph < len(paragraphs) else ""
    return any(
        _DIALOGUE_DASH.match(t.lstrip()) or _QUOTATION_OPENS.match(t.lstrip())
        for t in (sentence.text, whole)
    )


def _opens_with_post(text: str) -> bool:
    """Whether `text` opens with one holder's post («Глава МИД Ирана объяснил …»), not with
    a plural role («Представители Минобороны опровергли …»), which names no one who acted."""
    if not _opens_with_role(text):
        return False
    found = parses(title_heads(text)[0][2].lower())[:1]
    return not (found and found[0].has("plur"))


def _mentions_person(sentence: Sentence, persons: Sequence[Mention]) -> bool:
    """Whether `sentence` names a person the analysis found, as the subject or in more than
    one word («Гутерреш выразил …», «президента Владимира Путина»): one oblique word may be a
    place («во Львове» is no «Львов»)."""
    at = sentence.start
    return any(
        m.person
        and 0 <= m.start - at < len(sentence.text)
        and (m.nominative or " " in sentence.text[m.start - at : m.end - at])
        for m in persons
    )


def _candidates(
    every: list[Sentence],
    paragraphs: Sequence[str],
    quote_ranges: Sequence[tuple[int, int]],
    interview: Interview | None,
) -> list[Sentence]:
    """The units a summary may open with: no stamp, no question — an interviewer's or
    anyone's (it may still be a title) — nothing of an interviewer's turn («— Господин посол,
    …», bot/content/asked.py), and, in an interview, no answer's bare opener; the first
    balanced text when nothing passes."""
    pool = [s for s in map(_unstamped, every) if s is not None]
    if interview:
        pool = _interview_pool(pool, interview)
    candidates = [
        s
        for s in pool
        if "?" not in s.text
        and not asked_turn(paragraphs[s.paragraph])  # the interviewer's words (asked.py)
        and eligible(s, paragraphs, quote_ranges)
    ]
    if interview:  # an answer's opener («И да, и нет.», «Знаете, …») says nothing on its own
        candidates = [s for s in candidates if _substantive(s.text)] or candidates
    if not candidates:  # nothing passes the filters: fall back to the first balanced text
        asks = [s for s in pool if "?" not in s.text]
        candidates = ([s for s in asks if balanced(s.text)] or asks)[:1]
    return candidates


def _written(
    chosen: list[Sentence],
    every: list[Sentence],
    paragraphs: Sequence[str],
    entities: Entities | None,
    quote_ranges: Sequence[tuple[int, int]],
    interview: Interview | None,
    said: Sequence[tuple[str, str | None]] = (),
) -> str:
    """The chosen units written as the summary: composed, the interviewee or the lead's
    speaker introduced, roles put in, and the references' wording applied."""
    answer = _answer_of(chosen[0], interview) if interview else None
    persons = entities.persons if entities else []
    body = "\n".join(paragraphs)
    texts = _compose(chosen, persons, quote_ranges)
    if interview:
        texts = [_past_opener(texts[0]), *texts[1:]]
    interviewee = _introduced(answer, paragraphs, persons) if interview else None
    speaker = None
    if interviewee is not None:
        name, role = interviewee
        texts, speaker = _interviewed(
            texts, capitalised(f"{role} {name}".strip()), *_told(body, interview, name, persons)
        )
    else:
        texts, speaker = _lead_speaker(chosen, every, texts, paragraphs, entities, quote_ranges)
        names = sorted({m.person.name for m in persons if m.person}, key=len, reverse=True)
        introduced = _quotation_said_by(texts, said, body, persons)
        texts, speaker = (texts, speaker) if introduced == texts else (introduced, None)
        texts = [by_role_words(texts[0], said, body, persons), *texts[1:]] if texts else texts
        texts = role_subject(texts, said, body, persons)
        texts = quotation_claim(texts, said, body, persons)
        texts = one_subject(commenting(_by_someones_words(texts, body, persons)), names)
        texts = [in_interview(texts[0], body, names), *texts[1:]] if texts else texts
        texts = own_words_quoted(texts)
    text = _joined(texts, speaker)
    text = _with_role(text, body, persons)
    text = _with_closing_role(text, body, persons)
    return reworded(text, body)


def _carries_attribution(text: str) -> bool:
    """Whether the lead carries its attribution already: it holds a «…» quotation, or opens
    with a frame naming who says it («По словам президента Бразилии Луиса Инасиу Лулы да
    Силвы, «…»», «Со слов министра, …»); wrapped again it would read «… заявил, что по
    словам …»."""
    return "«" in text or text.lower().startswith(PERSON_AFTER)


def _names_person(name: str, text: str, persons: Sequence[Mention]) -> bool:
    """Whether `text` names the person `name`, in any case: it holds the surname's first
    four letters, or a word of it differs from one of the person's surname keys in its last
    letter at most, a case ending («Лулы» for «Луис Инасиу Лула да Силва», key «лула»; «Зине»
    for «Буй Динь Зинь»: a short declined surname shares no four-letter prefix with its
    nominative, and the name's last word need not be the surname)."""
    if name.split()[-1][:4] in text:
        return True
    keys = {
        k.split()[-1] for m in persons if m.person and m.person.name == name for k in m.person.keys
    }
    stems = {k[:-1] for k in keys if len(k) > 3}
    return any(w.lower()[:-1] in stems for w in _WORD.findall(text) if len(w) > 3)


# A lead this much of whose stems one quotation holds restates it (measured over all labelled
# sets: at 0.35 seven summaries change, each closer to its reference and each the quotation's
# speaker's claim; 0.3 starts taking context sentences).
_RESTATES_QUOTATION = 0.35
_CLAIM_STEMS = 4  # a lead with fewer stems («Нет, не в резиденции.») restates nothing for sure


def quotation_claim(
    texts: list[str], said: Sequence[tuple[str, str | None]], body: str, persons: Sequence[Mention]
) -> list[str]:
    """A lead that states what a quotation of the text says, without saying who says it
    («Санкционные рычаги используются западными странами тогда, когда им это удобно.», and
    the quotation «Санкционные рычаги используются …, когда это удобно», — сказал министр …)
    → «Глава внешнеполитического ведомства Индии Субраманьям Джайшанкар заявил, что
    санкционные рычаги …»: the references open with who says it. The lead must be reportable
    (a third-person statement, no speech verb), have no role or person of its own as subject,
    and restate quotations of one speaker only (`_RESTATES_QUOTATION` of its stems in one of
    their quotations, none in another's): a person the text names in full or with a role,
    whose gender gives the verb, and whom the summary does not name already. Else `texts`
    as they are."""
    text = texts[0] if texts else ""
    if not text or not reportable(text) or has_speaker(Claim(text, False)):
        return texts
    if _opens_with_role(text) or _carries_attribution(text):
        return texts  # «Мэр города подтвердил …»: a role says it (`role_subject`)
    words = set(_WORD.findall(text))
    names = {m.person.name for m in persons if m.person}
    if any(n.split()[-1] in words for n in names):
        return texts
    lead = stems(text)
    if len(lead) < _CLAIM_STEMS:
        return texts
    restated = {
        speaker
        for quote, speaker in said
        if speaker and len(lead & stems(quote)) >= _RESTATES_QUOTATION * len(lead)
    }
    if len(restated) != 1:
        return texts
    speaker = restated.pop()
    introduced = _introducible(speaker, persons, body)
    if introduced is None:
        return texts
    name, role, gender = introduced
    if _names_person(name, " ".join(texts), persons):
        return texts
    who = capitalised(f"{role} {name}" if role else name)
    out = reported_by(who, gender, text)
    return [out, *texts[1:]] if out else texts
