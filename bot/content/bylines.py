"""Datelines, bylines, agency prefixes and credits: text that is about the dispatch, not news.

Why a table: agencies each stamp their copy their own way («МОСКВА, 3 апреля — РИА Новости.»,
«Москва. 23 января. INTERFAX.RU -», «МОСКВА, 18 декабря. /ТАСС/.», «МОСКВА (Рейтер) -»,
«…, передает РИА Новости.»). None of it may open a summary or a title. Each form is one named
row below with its own test row (tests/content/test_bylines.py); adding an agency's stamp
is adding a row, not editing a chain of conditions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.content.lexicon import MONTHS_GENITIVE, OUTLET, PREPOSITIONS

_MONTH = (
    rf"(?:{'|'.join(MONTHS_GENITIVE)}"
    r"|(?:янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\.?)"
)
# "МОСКВА", "Москва", "НЬЮ-ЙОРК", "Санкт-Петербург", "РИГА (Латвия)"
_CITY = r"[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z-]+(?:\s[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z-]+){0,2}(?:\s*\([^)\n]{1,40}\))?"
# "3 апреля", "3 апреля 2024", "26 июля, 2022, 11:04"
_DATE = rf"\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}}(?:\s*г\.)?)?(?:,?\s+\d{{1,2}}:\d{{2}})?"
# An agency name: one to three capitalised words ("РИА Новости", "ИА Регнум", "АиФ-Москва").
_AGENCY = r"(?:[А-ЯЁA-Z][\w.-]*)(?:\s+[А-ЯЁA-Z][\w.-]*){0,2}"
_AUTHOR = r"(?:,\s*[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)?"  # «РИА Новости, Игорь Наймушин.»
_DASH = r"[—–-]"
# A media outlet named in an attribution: a known one (the lexicon's OUTLETS table, the one
# definition the speakers and sources use too), a quoted name («Известия», «Ъ») or a
# Latin-script name (Day.Az, The Moscow Post). Institutions («МИД России») are sources, not
# outlets, and are never matched.
_KNOWN_OUTLET = OUTLET
# "Day.Az", "Azerbaycan 24", "The Times of India"
_LATIN_NAME = r"[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d+|of|the|de|and)){0,3}(?<![a-z]\sof)"
_OUTLET = rf"(?:{_KNOWN_OUTLET}|[«\"][^»\"\n]{{1,40}}[»\"]|{_LATIN_NAME})"
_SITE = r"[A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,}\.(?:RU|РУ|COM|РФ)"  # «INTERFAX.RU», «GAZETA.RU», «BFM.RU»
_PERSON = r"(?:\s+[А-ЯЁ][а-яё]+){0,3}"  # «корреспондент «Ъ» Андрей Колесников»
# «со ссылкой на ТАСС» after the outlet: whom it took the news from
_CITING = r"(?:\s+со\s+ссылкой\s+на\s+[^,.;\n]{1,60})?"
_REPORTED = r"(?:сообщил|передал|написал|рассказал)[оаи]?"  # «Как сообщило РИА Новости,»
_REPORTS = (
    r"(?:переда[её]т|передают|сообщает|сообщают|пишет|пишут|информирует|приводит"
    r"|цитирует\s+\w+|цитирует)"
)
# «…, его слова цитирует РИА Новости.», «…, его цитирует The Guardian.»: whose words it relays
_WHOSE_WORDS = r"(?:(?:его|ее|её|их)\s+(?:слова\s+)?(?=цитир|привод|переда))?"
_REPORTER = (
    r"(?:(?:специальн\w+\s+|собственн\w+\s+)?(?:корреспондент\w*|агентство|издание|телеканал|"
    r"газета|портал|радиостанция|сайт)\s+)?"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One form of dispatch stamp; `pattern` matches it (anchored by how it is used)."""

    name: str
    pattern: re.Pattern[str]


def _rule(name: str, pattern: str) -> Rule:
    return Rule(name, re.compile(pattern))


# Stamps at the start of a paragraph; they are removed one after another (a dateline is often
# followed by an agency stamp: «Вашингтон. 5 мая. INTERFAX.RU -»).
PREFIXES: tuple[Rule, ...] = (
    _rule(  # «МОСКВА, 3 апреля — РИА Новости.», «Москва, 26 июля, 2022, 11:04 — ИА Регнум.»
        "city-date-agency",
        rf"^{_CITY}[,.]\s*{_DATE}\s*[.,]?\s*{_DASH}\s*{_AGENCY}{_AUTHOR}\.(?:\s+|$)",
    ),
    _rule(  # «МОСКВА, 18 декабря. /ТАСС/.», «ВАШИНГТОН /Корр. ТАСС Иван Иванов/.»
        "city-date-slash",
        rf"^{_CITY}(?:[,.]\s*{_DATE})?\s*\.?\s*/[^/\n]{{2,60}}/\s*\.?\s*",
    ),
    _rule(  # «13 июля, Минск /Корр. БЕЛТА/.»: the date before the city
        "date-city-slash",
        rf"^{_DATE}[,.]?\s*{_CITY}\s*\.?\s*/[^/\n]{{2,60}}/\s*\.?\s*",
    ),
    _rule(  # «МОСКВА, 5 мая (Рейтер) -», «МОСКВА (Рейтер) -», «Ташкент, Узбекистан (UzDaily.uz) -»
        "city-agency-parenthesis",
        rf"^{_CITY}(?:[,.]\s*{_DATE}|,\s*{_CITY})?\s*\((?:{_AGENCY})\)\s*{_DASH}\s*",
    ),
    _rule(  # «Нью-Дели, 15 ноября 2019, 11:11 — REGNUM Глава …»: an agency without a full stop
        "city-date-bare-agency",
        rf"^{_CITY}[,.]\s*{_DATE}\s*[.,]?\s*{_DASH}\s*[A-Z]{{3,}}\s+(?=[А-ЯЁ][а-яё])",
    ),
    _rule(  # «МОСКВА, 7 августа Радио Sputnik.», «МОСКВА, 23 июня/ Радио Sputnik.»: the agency
        # after the date with no dash, maybe one slash, closed by a full stop
        "city-date-agency-stop",
        rf"^{_CITY}[,.]\s*{_DATE}\s*/?\s*{_AGENCY}\.\s+(?=[А-ЯЁA-Z«\"])",
    ),
    _rule(  # «Москва. 23 января.» (an agency stamp follows), «МОСКВА, 3 апреля —»
        "city-date",
        rf"^{_CITY}[,.]\s*{_DATE}\s*(?:\.|[.,]?\s*{_DASH})(?:\s+|$)",
    ),
    _rule(  # «INTERFAX.RU -», «ТАСС -», «РИА Новости —»
        "agency-dash",
        rf"^(?:{_SITE}|ИНТЕРФАКС|ПРАЙМ|БЕЛТА|БелТА|{_KNOWN_OUTLET})\s*(?:[.,]\s*)?{_DASH}\s+",
    ),
    _rule(  # «(VOVWORLD) -», «(Рейтер) —»: an agency in parentheses opening the text
        "agency-parenthesis-dash",
        rf"^\(\s*{_AGENCY}\s*\)\s*{_DASH}\s+",
    ),
    _rule(  # «/ТАСС/.», «/корр. ТАСС Иван Иванов/.» left at the start on their own
        "slash-byline",
        r"^/[^/\n]{2,60}/\s*\.?\s*",
    ),
    _rule(  # «Как сообщает ТАСС,», «Как передает РИА Новости,» opening a sentence
        "as-agency-reports",
        rf"^Как\s+(?:{_REPORTS}|{_REPORTED})\s+{_REPORTER}{_OUTLET}{_PERSON}{_CITING},\s+",
    ),
    _rule(  # «15:25 Президент Турции …»: the time of a news-feed entry
        "clock-time",
        r"^\d{1,2}:\d{2}\s+(?=[А-ЯЁA-Z«\"])",
    ),
    _rule(  # «geo-politica.info: Китай полностью согласен …»: the site a text was taken from
        "site-colon",
        r"^[\w-]+(?:\.[\w-]+)*\.(?:info|ru|com|org|net|su|ua|by|kz|az|uz|ge|am|рф)\s*:\s+",
    ),
)

# Paragraphs that are a stamp or a credit as a whole.
CREDITS: tuple[Rule, ...] = (
    _rule(  # «Фото: Reuters», «Фото: РИА Новости / Григорий Сысоев», «Источник: ТАСС»
        "credit-label",
        r"^(?:Фото|Фотография|Видео|Иллюстрация|Коллаж|Инфографика|Источник|Автор|Текст|"
        r"Photo|Credit)(?:\s+(?:на\s+)?(?:обложке|анонсе))?\s*(?::|©)\s*.{0,120}$",
    ),
    _rule(  # «© РИА Новости / Илья Питалев»
        "copyright",
        r"^©.{0,120}$",
    ),
    _rule(  # «11.05.2021 | Журнал «Стратегия России»», «06.09.2019»
        "numeric-date-line",
        r"^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*(?:г\.)?)(?:\s*[|,/—–-]\s*.{0,80})?$",
    ),
    _rule(  # «10:35 03.04.2024 (обновлено: 12:10 03.04.2024)», «03.04.2024, 10:35»
        "time-date-line",
        r"^(?:\d{1,2}:\d{2}[,\s]+)?\d{1,2}\.\d{1,2}\.\d{4}(?:[,\s]+\d{1,2}:\d{2})?"
        r"(?:\s*\((?:обновлено|изменено)[^)\n]{0,40}\))?$",
    ),
    _rule(  # «2021-11-10 15:20»: a machine date under the headline
        "iso-date-line",
        r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$",
    ),
    _rule(  # «Москва, 21 ноября — АиФ-Москва.» alone, «МОСКВА, 3 апреля.»
        "dateline-line",
        rf"^{_CITY}[,.]\s*{_DATE}\s*(?:[.,]?\s*{_DASH}\s*{_AGENCY}{_AUTHOR})?\.?$",
    ),
    _rule(  # «Сергей Лавров. Фото: Reuters» — a caption ending in a credit
        "caption-credit",
        r"^.{0,120}\b(?:Фото|Источник фото)\s*:\s*[^.\n]{1,80}$",
    ),
)

# Agency attribution closing a sentence; removed, the sentence keeps its full stop.
TAILS: tuple[Rule, ...] = (
    _rule(  # «…, передает РИА Новости.», «…, сообщает ТАСС со ссылкой на источник.», «…, как
        # сообщает ТАСС.»
        "reports-agency",
        rf",\s+(?:как\s+)?{_WHOSE_WORDS}(?:{_REPORTS})\s+(?:в\s+\w+\s+)?{_REPORTER}{_OUTLET}{_PERSON}"
        rf"(?:\s+(?:со\s+ссылкой\s+на|в\s+\w+)\s+[^.,;\n]{{1,60}})?(?:\s+{_DATE})?(?P<end>[.!]?)$",
    ),
    _rule(  # «…, сообщил ТАСС.», «…, рассказал РИА Новости.»: a known agency in any tense
        "told-agency",
        rf",\s+(?:сообщил|рассказал|заявил|сказал|пояснил|уточнил|отметил)[аи]?\s+{_KNOWN_OUTLET}"
        r"(?P<end>[.!]?)$",
    ),
    _rule(  # «— сказал Песков агентству РИА Новости.», «…, заявил он в интервью ТАСС.»
        "to-outlet",
        rf"(?:(?<!\sв)(?<!\sинтервью)\s+(?:агентству|изданию|телеканалу|газете|радиостанции|"
        rf"порталу)|\s+в\s+(?:газете|издании|беседе\s+с|эфире))\s+{_OUTLET}(?P<end>[.!]?)$",
    ),
    _rule(  # «…, сообщили российские агентства.», «…, сообщают СМИ.»
        "reports-media",
        r",\s+(?:сообщ(?:ают|или|али)|пишут|переда(?:ют|ли))\s+(?:российские\s+|иностранные\s+|"
        r"западные\s+|местные\s+)?(?:СМИ|агентства|издания|медиа)(?P<end>[.!]?)$",
    ),
)


def _stamp_end(text: str) -> int:
    """Where the text after the leading stamps starts (0 when there is none)."""
    at = 0
    for _ in range(4):  # at most dateline + agency + slash byline + «Как сообщает …»
        for rule in PREFIXES:
            m = rule.pattern.match(text[at:])  # `^` anchors at the slice, not at `pos`
            if m is not None and m.end() > 0:
                at += m.end()
                break
        else:
            return at
    return at


@lru_cache(maxsize=4096)
def is_credit(paragraph: str) -> bool:
    """A photo credit, copyright, bare date or dateline line: no news in it at all. Cached:
    entities, sentences and the title each ask it of every paragraph."""
    text = paragraph.strip()
    return any(rule.pattern.match(text) for rule in CREDITS)


# A paragraph that is only a person's name: a first name, maybe an initial, and one or two
# capitalised words («Илья Танаев», «Лусине Баласян», «Анна В. Фомина»).
_NAME_ONLY = re.compile(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ]\.)?(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}")


def is_byline(paragraph: str) -> bool:
    """Whether the paragraph is only a person's name: under the title or closing the text it
    is the author's byline (on every labelled text, 7 under the title and 14 closing it, the
    author, never a speaker); elsewhere it may head an interview, which the caller decides."""
    text = paragraph.strip()
    if _NAME_ONLY.fullmatch(text) is None:
        return False
    return text.split()[0].lower() not in PREPOSITIONS  # «Об Албании» is a heading


@lru_cache(maxsize=4096)
def content_start(paragraph: str) -> int:
    """Offset in `paragraph` where its news starts: past the datelines and agency stamps;
    `len(paragraph)` for a credit line or a paragraph that is only a stamp. Cached: sentences,
    the summary and the speakers ask it of the same paragraphs and sentences (14 asks of 8)."""
    if is_credit(paragraph):
        return len(paragraph)
    at = _stamp_end(paragraph)
    rest = paragraph[at:]
    if at and not any(c.isalpha() for c in rest):
        return len(paragraph)
    return at


def strip_tail(sentence: str) -> str:
    """`sentence` without a closing agency attribution («…, передает РИА Новости.»)."""
    for rule in TAILS:
        m = rule.pattern.search(sentence)
        if m is not None and m.start() > 0:
            return sentence[: m.start()] + (m.group("end") or ".")
    return sentence


def without_stamps(text: str) -> str:
    """`text` without its leading stamps and closing agency attribution, first letter upper."""
    rest = strip_tail(text[content_start(text) :].strip())
    return rest[:1].upper() + rest[1:] if rest else rest
