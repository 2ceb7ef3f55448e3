"""Who the interviewee is, as an interview's page introduces them: their full name and role.

Why: an interview summary opens «<Role> <Name> в интервью <outlet> …» in every reference,
while the turn labels give a surname («С.ТЕРЗИЧ:», «Богданов:») or a bare name. The page says
who it is in a few fixed forms, which the mentions of the text (a prose reading) miss:
  - a heading in the genitive: «Интервью Посла России в Ливане А.С.Засыпкина агентству …»
    (the role and initials, and the outlet it was given to);
  - a name on a line of its own, the role on the next line: «Федор Лукьянов\\nГлавный
    редактор журнала …», «Славенко Терзич\\nЧрезвычайный и Полномочный Посол …»;
  - a role set off after the name up to a stop: «Иван Грачёв, депутат Государственной Думы.»,
    «Славенко Терзич, чрезвычайный и полномочный посол Республики Сербии в …».
This module reads those forms as text; the caller puts a genitive role into the nominative and
checks a role's words (bot/content/summary.py). Never a name or a role the page does not give.
"""

from __future__ import annotations

import re

from bot.content.interview import HEADED_WITH, TO_OUTLET
from bot.content.lexicon import PATRONYMIC_ENDINGS, title_heads
from bot.content.morph import parses
from bot.content.wording import plain_envoy

# Initials before a surname: «А.С.», «С. В.», «В.».
_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
_ROLE_WORDS = r"(?:[\w-]+\s+){1,10}?"  # a role's words, lazily: the name ends it
_NAME_GRAMS = ("Name", "Surn", "Geox")  # a given name may read as any name («Милан»)
_ROLE_REACH = 120  # a role on its own line or after the name is at most this long
# A role after the name, up to the stop that ends it.
_ROLE_AFTER = re.compile(rf",\s+(?P<role>[^,;:«»\"“„()\n.!?]{{3,{_ROLE_REACH}}}?)\s*(?=[,.;:\n]|$)")


# The last letters a name's case forms do not share. A surname's: a feminine ending and a soft
# one («Захарова», «Макея»). A given name's also «е»/«о» («Мари» of «Мария», «Марии»), and only
# past three letters. Kept apart on purpose: a surname's «о»/«е» stays (an undeclined «Шевченко»),
# and merging the two would change which names the patterns below find.
SURNAME_ENDINGS = "аяйь"
GIVEN_NAME_ENDINGS = "аяйьео"
_GIVEN_NAME_SHORTEST = 4


def stem(name: str, endings: str = SURNAME_ENDINGS, shortest: int = 1) -> str:
    """The part of a name every case shares («Засыпкин» → «Засыпкин», «Захарова» →
    «Захаров», «Макей» → «Маке»; with GIVEN_NAME_ENDINGS «Мария» → «Мари»): its last letter
    goes when it is one of `endings` and the name has at least `shortest` letters."""
    return name[:-1] if name[-1:] in endings and len(name) >= shortest else name


def given_stem(name: str) -> str:
    """`stem` of a given name («Вячеслав», «Мари» of «Мария»)."""
    return stem(name, GIVEN_NAME_ENDINGS, _GIVEN_NAME_SHORTEST)


# The heading «Интервью …» opening the page, a line or a sentence, read for two things; the
# two openings are kept as they were written, not merged (that would change what each finds):
# - whose interview it is, by role and initials (`heading`): after a line's start or «.»/«!»
#   and one space;
_HEADING = r"(?:^|\n|[.!]\s)Интервью\s+"
# - whom it was given to (`headed_outlet`), in one paragraph: also after «:» and any spaces
#   («Русофобия лечится. Интервью Сергея Лаврова программе «Поздняков»»).
_OUTLET_HEADING = re.compile(r"(?:^|[.!:]\s+)Интервью\s")


def heading(body: str, surname: str) -> tuple[str, str] | None:
    """(role in the genitive, initials) from a heading «Интервью <role> <initials><surname>
    …» («Интервью Посла России в Ливане А.С.Засыпкина …» → («Посла России в Ливане»,
    «А.С.»)): the page's own title for the interview, with the surname the label gives; the
    full envoy's title as the references write it («Чрезвычайного и Полномочного Посла» →
    «Посла», bot/content/wording.py)."""
    pattern = re.compile(
        rf"{_HEADING}(?P<role>{_ROLE_WORDS})(?P<initials>{_INITIALS})"
        rf"{re.escape(stem(surname))}\w*"
    )
    found = pattern.search(body)
    if found is None:
        return None
    return plain_envoy(found.group("role").strip()), found.group("initials")


def headed_outlet(before: str, name: str) -> tuple[str, str] | None:
    """(kind, outlet) of a headline «Интервью <the interviewee, genitive> <outlet, dative>»
    («Интервью Министра … С.В.Лаврова телекомпании PBS» → («телекомпании », «PBS»)): what
    follows the interviewee's surname (its first three letters opening a word) in a paragraph
    with a sentence opening with «Интервью» («Русофобия лечится. Интервью Сергея Лаврова
    программе «Поздняков»»), or the outlet of «Интервью <outlet> с <the interviewee>»; the
    kind is empty when the page names none. The caller sets the outlet's quotation marks."""
    stem = re.escape(name.split()[-1][:3])
    for paragraph in before.split("\n"):
        given = HEADED_WITH.search(paragraph)
        if given is not None:  # «Интервью Caliber.Az с политологом Питером Залмаевым»
            return given.group("kind") or "", given.group("outlet")
        headed = _OUTLET_HEADING.search(paragraph)
        if headed is None:
            continue
        surname = re.compile(rf"\b{stem}\w*\s+", re.I).search(paragraph, headed.end())
        found = re.compile(TO_OUTLET).match(paragraph, surname.end()) if surname else None
        if found is not None:
            return found.group("kind") or "", found.group("outlet")
    return None


def given_name(body: str, surname: str) -> str | None:
    """The interviewee's given name where the page writes it before the surname as the label
    does, at a line's end or before a comma («Славенко Терзич\\n», «в гостях Милан Петрович,
    посол …»): a capitalised word that is a name (a given name, a surname, a place: «Милан»)
    or no sure dictionary word (a foreign name), never a role («Посол Терзич»)."""
    pattern = re.compile(rf"\b(?P<given>[А-ЯЁ][а-яё]+)\s+{re.escape(surname)}(?=\s*(?:\n|,|$))")
    for found in pattern.finditer(body):
        given = found.group("given")
        if title_heads(given):
            continue
        known = parses(given.lower())
        if not known or known[0].score < 0.5 or any(known[0].has(g) for g in _NAME_GRAMS):
            return given
    return None


def role_below(body: str, name: str) -> str | None:
    """The role on the line after a line that is the name alone («Федор Лукьянов\\nГлавный
    редактор журнала «Россия в глобальной политике», председатель …» → «Главный редактор
    журнала «Россия в глобальной политике»»): its first part, up to a comma or a stop."""
    found = re.search(rf"(?:^|\n){re.escape(name)}\n(?P<line>[^\n]+)", body)
    if found is None:
        return None
    line = found.group("line")
    role = re.split(r",\s|[.;:](?:\s|$)", line, maxsplit=1)[0].strip()
    return role if role[:1].isupper() and len(role) <= _ROLE_REACH else None


def _with_patronymic(name: str) -> str:
    """A regex of `name` («Дмитрий Песков») that also finds it with a patronymic inside
    («Дмитрий Сергеевич Песков», «Александр Васильевич Чепурин»)."""
    words = name.split()
    if len(words) != 2:
        return re.escape(name)
    given, surname = map(re.escape, words)
    return rf"{given}\s+(?:[А-ЯЁ][а-яё]+{PATRONYMIC_ENDINGS}\s+)?{surname}"


def role_after(body: str, name: str) -> str | None:
    """The role set off after the name, a patronymic maybe inside it, up to a stop («Иван
    Грачёв, депутат Государственной Думы.» → «депутат Государственной Думы», «Дмитрий
    Сергеевич Песков, заместитель руководителя …,»); the caller checks it is a role in the
    nominative."""
    for found in re.finditer(_with_patronymic(name), body):
        after = _ROLE_AFTER.match(body, found.end())
        if after is not None:
            return after.group("role").strip()
    return None


# --- the outlet the interviewee talks to ------------------------------------------------------

# An outlet's name: a quoted title, or up to three capitalised or Latin words («РИА Новости»,
# «Business FM», «ИТАР-ТАСС», «The Page»).
_OUTLET = (
    r"(?P<outlet>[«\"“„][^«»\"“”„\n]{1,40}[»\"”]"
    r"|(?:[A-ZА-ЯЁ][\w.-]*\s+){0,2}[A-ZА-ЯЁ][\w-]*(?:\.[A-Za-z]+)*)"
)
# The kind of outlet in the genitive or dative, and its dative («газеты» → «газете»): the
# summary says «в интервью газете «…»».
OUTLET_KINDS = {
    "агентства": "агентству",
    "агентству": "агентству",
    "газеты": "газете",
    "газете": "газете",
    "журнала": "журналу",
    "журналу": "журналу",
    "издания": "изданию",
    "изданию": "изданию",
    "телеканала": "телеканалу",
    "телеканалу": "телеканалу",
    "радиостанции": "радиостанции",
    "портала": "порталу",
    "порталу": "порталу",
    "программы": "программе",
    "программе": "программе",
}
_KIND = rf"(?:(?P<kind>{'|'.join(OUTLET_KINDS)})\s+)?"
# Who asks for the outlet, in any case: «корреспонденту РИА Новости», «главного редактора
# газеты …», «с журналистом «Опиньон»», «корр. ИТАР-ТАСС».
_ASKER = (
    r"(?:(?:московск|собственн|специальн|главн)\w+\s+)?(?:корреспондент|обозревател|журналист|"
    r"редактор|ведущ|репортер|репортёр)\w*|корр\."
)
# Where an introduction names the outlet the interviewee talks to: one named row each
# (tests/content/test_summary_rules.py, OUTLET_CUE_CASES).
OUTLET_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # «в интервью корреспонденту РИА Новости Дарье Лабутиной», «дал интервью корр. ИТАР-ТАСС»
        ("asker", rf"\bинтервью\s+(?:{_ASKER})\s+{_KIND}{_OUTLET}"),
        # «отвечает на вопросы главного редактора газеты «50 ПЛЮС»», «ответил на вопросы …»
        ("answers", rf"\bотве[тч]\w*\s+на\s+вопросы\s+(?:(?:{_ASKER})\s+)?{_KIND}{_OUTLET}"),
        # «На вопросы «Комсомольской правды в Казахстане» отвечает …»
        ("questions-of", rf"\bНа\s+вопросы\s+{_KIND}{_OUTLET}\s+отвеча"),
        # «В гостях у «Свободной прессы» …», «побеседовать с журналистом «Опиньон»»
        ("guest", rf"\b[Вв]\s+гостях\s+у\s+{_KIND}{_OUTLET}"),
        ("talked-with", rf"\b\w*беседова\w*\s+с\s+(?:{_ASKER})\s+{_KIND}{_OUTLET}"),
        # «рассказал ТАСС», «расскажет ИА AmurMedia», «рассказал главному редактору Business FM»
        ("told", rf"\bрасскаж?з?\w*\s+(?:(?:{_ASKER})\s+)?(?:ИА\s+)?{_KIND}{_OUTLET}"),
    )
)


def _sure_outlet(outlet: str, kind: str | None) -> str | None:
    """The outlet's words up to a person's given name («РИА Новости Дарье Лабутиной» → «РИА
    Новости»); None when nothing sure is left: a quoted title or an outlet after its kind
    noun is sure (of two letters at least); bare words only when the first is Latin or an
    abbreviation («ТАСС», «RT», «РИА Новости»), as a bare capitalised word may be a person
    («рассказал Путин»)."""
    if outlet[:1] in '«"“„':  # a title, not a correspondent's sign «"Д" Галине Дудиной»
        return outlet if len(re.findall(r"\w", outlet)) > 1 else None
    kept = []
    for word in outlet.split():
        if any(p.has("Name") for p in parses(word.lower())[:2]):
            break
        kept.append(word)
    if not kept:
        return None
    first = kept[0].replace("-", "")
    sure = (
        kind is not None
        or bool(re.match(r"[A-Za-z]", first))
        or (len(first) > 1 and first.isupper())
    )
    return " ".join(kept) if sure else None


def outlet_cue(intro: str) -> str | None:
    """The outlet an interview's introduction names (`OUTLET_CUES`), as the summary writes it
    after «в интервью»: its kind in the dative («газете «50 ПЛЮС»»), the name as written."""
    for _name, pattern in OUTLET_CUES:
        for found in pattern.finditer(intro):
            kind = found.group("kind")
            outlet = _sure_outlet(found.group("outlet").strip(), kind)
            if outlet is not None:
                return f"{OUTLET_KINDS[kind]} {outlet}" if kind else outlet
    return None


def role_with(body: str, surname: str) -> str | None:
    """The role, in the instrumental, of the person the interviewer talks with («говорим с
    журналистом издания «Новое время» Иваном Яковиной», «беседу с заместителем декана …
    Д.Д. Осининой»): the words between «с» and the name whose surname the label gives (in any
    case); the caller puts the role into the nominative and checks it. Of an apposed pair
    («с официальным представителем МИД России, голосом российской дипломатии Марией
    Захаровой») the first, the role, is kept: the second is a description (`_apposed_at`)."""
    pattern = re.compile(
        rf"\bс(?:о)?\s+(?P<role>[а-яё][^.!?\n:;()]{{2,{_ROLE_REACH}}}?)\s+"
        rf"(?:[А-ЯЁ][а-яё]+\s+|{_INITIALS})(?:[А-ЯЁ][а-яё]+\s+)?{re.escape(stem(surname))}\w*"
    )
    found = pattern.search(body)
    if found is None:
        return None
    role = found.group("role")
    comma = _apposed_at(role)
    return role[:comma].strip() if comma is not None else role


def _apposed_at(role: str) -> int | None:
    """The comma that sets a second instrumental phrase after a role («официальным
    представителем МИД России, голосом российской дипломатии», «депутатом, бывшим главой
    района»): the word after it stands in the instrumental itself, as the role's head does.
    A comma inside a list the role's complement goes on with («председателем комитета по
    защите семьи, вопросам отцовства, материнства и детства»: a dative) is no such comma."""
    for comma in (m.start() for m in re.finditer(",", role)):
        after = role[comma + 1 :].split()
        if after and any("ablt" in p.grams for p in parses(after[0].lower())[:1]):
            return comma
    return None
