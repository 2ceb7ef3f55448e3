"""A second matrix of fresh constructions: two persons in one sentence, and who said it.

Why: a quotation given to the wrong person is the worst error, and the unseen sets keep
showing wrong names the labelled sets do not: the object of «назвал», «обвинил», «похвалил»
taken for the subject, the person a «по словам X» report is about taken for its author, a
description subject («Глава латиноамериканской страны») losing to the person it names. Here
twelve people (Russian and foreign, men and women, declined and indeclinable names) are put
pairwise through those constructions, in both roles, with a pronoun after, with a relaying
outlet, after «Об этом заявил X» with another person between. The expected speaker of each
row was written from Russian grammar before running it; `alt` is a second answer that is no
error (usually nobody, where the text leaves it to a reader's inference). Speakers compare as
bench.quality does (a surname alone names its full name).

Rows the analysis does not yet get right are in GAPS, with why; they are strict expected
failures, so that a fix shows up as a failing XPASS whose GAPS entry must go.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle

import pytest

from bench.quality import same_speaker
from bot.content.pipeline import analyze
from tests.content.matrix_words import agree, cap, low, pronoun


@dataclass(frozen=True)
class Person:
    nom: str
    gen: str
    dat: str
    acc: str
    ins: str
    fem: bool
    first_words: int  # how many words of the name are not the surname
    role: str  # nominative, lower case
    role_gen: str
    role_dat: str
    role_acc: str
    role_ins: str
    short: str  # the role noun a later sentence uses
    short_gen: str
    short_acc: str

    def sur(self, form: str) -> str:
        """The surname alone in the case of `form` (a full name in that case)."""
        return " ".join(form.split()[self.first_words :])


PEOPLE = [
    Person("Сергей Рябков", "Сергея Рябкова", "Сергею Рябкову", "Сергея Рябкова",
           "Сергеем Рябковым", False, 1, "заместитель министра иностранных дел России",
           "заместителя министра иностранных дел России",
           "заместителю министра иностранных дел России",
           "заместителя министра иностранных дел России",
           "заместителем министра иностранных дел России", "дипломат", "дипломата",
           "дипломата"),
    Person("Кая Каллас", "Каи Каллас", "Кае Каллас", "Каю Каллас", "Каей Каллас", True, 1,
           "глава европейской дипломатии", "главы европейской дипломатии",
           "главе европейской дипломатии", "главу европейской дипломатии",
           "главой европейской дипломатии", "глава евродипломатии", "главы евродипломатии",
           "главу евродипломатии"),
    Person("Марко Рубио", "Марко Рубио", "Марко Рубио", "Марко Рубио", "Марко Рубио", False, 1,
           "госсекретарь США", "госсекретаря США", "госсекретарю США", "госсекретаря США",
           "госсекретарем США", "госсекретарь", "госсекретаря", "госсекретаря"),
    Person("Мария Захарова", "Марии Захаровой", "Марии Захаровой", "Марию Захарову",
           "Марией Захаровой", True, 1, "официальный представитель МИД России",
           "официального представителя МИД России", "официальному представителю МИД России",
           "официального представителя МИД России", "официальным представителем МИД России",
           "дипломат", "дипломата", "дипломата"),
    Person("Эммануэль Макрон", "Эммануэля Макрона", "Эммануэлю Макрону", "Эммануэля Макрона",
           "Эммануэлем Макроном", False, 1, "президент Франции", "президента Франции",
           "президенту Франции", "президента Франции", "президентом Франции",
           "французский лидер", "французского лидера", "французского лидера"),
    Person("Пенни Вонг", "Пенни Вонг", "Пенни Вонг", "Пенни Вонг", "Пенни Вонг", True, 1,
           "министр иностранных дел Австралии", "министра иностранных дел Австралии",
           "министру иностранных дел Австралии", "министра иностранных дел Австралии",
           "министром иностранных дел Австралии", "министр", "министра", "министра"),
    Person("Алексей Оверчук", "Алексея Оверчука", "Алексею Оверчуку", "Алексея Оверчука",
           "Алексеем Оверчуком", False, 1, "вице-премьер России", "вице-премьера России",
           "вице-премьеру России", "вице-премьера России", "вице-премьером России",
           "вице-премьер", "вице-премьера", "вице-премьера"),
    Person("Валентина Матвиенко", "Валентины Матвиенко", "Валентине Матвиенко",
           "Валентину Матвиенко", "Валентиной Матвиенко", True, 1,
           "председатель Совета Федерации", "председателя Совета Федерации",
           "председателю Совета Федерации", "председателя Совета Федерации",
           "председателем Совета Федерации", "спикер", "спикера", "спикера"),
    Person("Ван И", "Ван И", "Ван И", "Ван И", "Ван И", False, 0,
           "министр иностранных дел КНР", "министра иностранных дел КНР",
           "министру иностранных дел КНР", "министра иностранных дел КНР",
           "министром иностранных дел КНР", "министр", "министра", "министра"),
    Person("Анналена Бербок", "Анналены Бербок", "Анналене Бербок", "Анналену Бербок",
           "Анналеной Бербок", True, 1, "глава МИД Германии", "главы МИД Германии",
           "главе МИД Германии", "главу МИД Германии", "главой МИД Германии", "министр",
           "министра", "министра"),
    Person("Нарендра Моди", "Нарендры Моди", "Нарендре Моди", "Нарендру Моди",
           "Нарендрой Моди", False, 1, "премьер-министр Индии", "премьер-министра Индии",
           "премьер-министру Индии", "премьер-министра Индии", "премьер-министром Индии",
           "премьер", "премьера", "премьера"),
    Person("Ирина Волкова", "Ирины Волковой", "Ирине Волковой", "Ирину Волкову",
           "Ириной Волковой", True, 1, "депутат Госдумы", "депутата Госдумы",
           "депутату Госдумы", "депутата Госдумы", "депутатом Госдумы", "депутат", "депутата",
           "депутата"),
]  # fmt: skip

SENTENCES = [
    "Мы не примем никаких ультиматумов",
    "Диалог остается единственным путем к миру",
    "Санкции бьют прежде всего по простым людям",
    "Наша позиция не изменилась ни на йоту",
    "Переговоры прошли в конструктивной атмосфере",
    "Мы готовы к любому развитию событий",
    "Это прямое вмешательство во внутренние дела",
    "Соглашение будет подписано до конца года",
]
NAMED_AS = ["главным препятствием на пути к миру", "безответственным политиком",
            "недружественным шагом", "голосом разума", "надежным партнером"]  # fmt: skip
ACCUSED_OF = ["двойных стандартах", "срыве переговоров", "разжигании конфликта", "лицемерии"]
PRAISED_FOR = ["взвешенную позицию", "личный вклад в урегулирование", "конструктивный подход"]
CLAIMS = ["переговоры зашли в тупик", "санкции не работают", "компромисс еще возможен",
          "время работает против Киева"]  # fmt: skip
ERRORS = ["серьезную ошибку", "грубый просчет", "непростительную оплошность"]
# a subject that describes a person without naming him: (nominative, feminine)
DESCRIPTIONS = [("Глава латиноамериканской страны", False), ("Американский дипломат", False),
                ("Представительница Белого дома", True), ("Европейский политик", False),
                ("Китайский дипломат", False), ("Собеседница агентства", True)]  # fmt: skip

# construction, text, quotation's opening, speaker, a second answer that is no error
Row = tuple[str, str, str, str | None, str | None]


@dataclass(frozen=True)
class Words:
    """What each construction quotes: a label («назвал Y …»), a reason («похвалил за …»),
    a charge («обвинил в …»), a whole sentence."""

    named: Iterator[str]
    praised: Iterator[str]
    accused: Iterator[str]
    sentence: Iterator[str]


def _object_verbs(x: Person, y: Person, s: Person, w: Words) -> Iterator[Row]:
    """X names, praises, accuses, answers or quotes Y: the subject speaks, unless he quotes."""
    X, f = f"{cap(x.role)} {x.nom}", next(w.named)
    yield "named Y", f"{X} {agree('назвал', x)} {y.role_acc} {y.acc} «{f}».", f, x.nom, None
    intro = f"{X} и {y.role} {y.nom} выступили на форуме.\n"
    f = next(w.named)
    named = f"{intro}{x.sur(x.nom)} {agree('назвал', x)} {y.sur(y.acc)} «{f}»."
    yield "named Y, surnames", named, f, x.nom, None
    f = next(w.praised)
    yield "praised Y for", f"{X} {agree('похвалил', x)} {y.acc} за «{f}».", f, x.nom, None
    f = next(w.accused)
    accused = f"{X} {agree('обвинил', x)} {y.role_acc} {y.acc} в «{f}»."
    yield "accused Y of", accused, f, x.nom, None
    f = next(w.sentence)
    yield "answered Y, colon", f"{X} {agree('ответил', x)} {y.dat}: «{f}».", f, x.nom, None
    f = next(w.sentence)
    answered = f"«{f}», — {agree('ответил', x)} {y.dat} {x.role} {x.nom}."
    yield "answered, dative first", answered, f, x.nom, None
    f = next(w.sentence)
    answered = f"«{f}», — {agree('ответил', x)} {x.role} {x.nom} {y.role_dat} {y.nom}."
    yield "answered, dative after", answered, f, x.nom, None
    f = next(w.sentence)
    yield "quoted Y, colon", f"{X} {agree('процитировал', x)} {y.acc}: «{f}».", f, y.nom, None
    f = next(w.sentence)
    quoted = f"«{f}», — {agree('процитировал', x)} {x.nom} {y.role_acc} {y.acc}."
    yield "quoted Y, dash", quoted, f, y.nom, None
    f, a = next(w.named), next(w.sentence)
    first = f"{X} {agree('назвал', x)} {y.role_acc} {y.acc} «{f}».\n"
    yield (
        "named, subject's pronoun",
        f"{first}«{a}», — {agree('добавил', x)} {pronoun(x)}.",
        a,
        x.nom,
        None,
    )
    a = next(w.sentence)
    yield (
        "named, object's pronoun",
        f"{first}«{a}», — {agree('ответил', y)} {pronoun(y)}.",
        a,
        y.nom,
        None,
    )
    f, a = next(w.named), next(w.sentence)
    same = (
        f"{X} {agree('назвал', x)} {s.role_acc} {s.acc} «{f}».\n"
        f"«{a}», — {agree('добавил', x)} {pronoun(x)}."
    )
    yield "named same gender, pronoun", same, a, x.nom, None
    f = next(w.named)
    fronted = f"{cap(y.role_acc)} {y.acc} {x.role} {x.nom} {agree('назвал', x)} «{f}»."
    yield "object fronted", fronted, f, x.nom, None


def _described(
    x: Person, y: Person, d: Iterator[str], desc: Iterator[tuple[str, bool]]
) -> Iterator[Row]:
    """A description as the subject, a named person as the object: never the object."""
    (who, fem), f = next(desc), next(d)
    verb = "назвала" if fem else "назвал"
    yield (
        "described subject, named object",
        f"{who} {verb} {y.role_acc} {y.acc} «{f}».",
        f,
        None,
        None,
    )
    f = next(d)
    text = (
        f"{cap(y.role)} {y.nom} {agree('выступил', y)} на форуме.\n"
        f"{who} {verb} {y.short_acc} «{f}»."
    )
    yield "described subject, object named before", text, f, None, None
    f = next(d)
    text = (
        f"{cap(x.role)} {x.nom} {agree('прибыл', x)} в Москву.\n"
        f"{cap(x.short)} {agree('назвал', x)} {y.role_acc} {y.acc} «{f}»."
    )
    yield "role noun subject, named object", text, f, x.nom, None
    f = next(d)
    yield (
        "called Y's words",
        f"{cap(x.role)} {x.nom} {agree('назвал', x)} слова {y.gen} «{f}».",
        f,
        x.nom,
        None,
    )


def _reported(x: Person, y: Person, c: Iterator[str], q: Iterator[str]) -> Iterator[Row]:
    """X reports what Y thinks or does: X's words, never Y's; Y's words X answers: Y's."""
    f = next(c)
    text = f"По мнению {x.role_gen} {x.gen}, {y.nom} {agree('уверен', y)}, что «{f}»."
    yield "po mneniyu X, Y sure", text, f, x.nom, None
    f = next(c)
    text = f"По словам {x.gen}, {y.role} {y.nom} считает, что «{f}»."
    yield "po slovam X, Y thinks", text, f, x.nom, None
    f = next(c)
    text = (
        f"{cap(x.role)} {x.nom} {agree('выступил', x)} на форуме.\n"
        f"По мнению {x.short_gen}, {y.nom} {agree('уверен', y)}, что «{f}»."
    )
    yield "po mneniyu role noun, Y sure", text, f, x.nom, None
    f = next(c)
    text = f"По мнению министра, {y.nom} {agree('уверен', y)}, что «{f}»."
    yield "po mneniyu unnamed, Y sure", text, f, None, None
    f = ERRORS[len(y.nom) % len(ERRORS)]
    text = f"Как считает {x.nom}, {y.nom} {agree('допустил', y)} «{f}»."
    yield "kak schitaet X, Y", text, f, x.nom, None
    f = next(c)
    text = f"{cap(x.role)} {x.nom} считает, что {y.nom} «{f}»."
    yield "X thinks that Y", text, f, x.nom, None
    f = next(c)
    text = f"{cap(x.role)} {x.nom} {agree('ответил', x)} на слова {y.gen} о том, что «{f}»."
    yield "answered Y's words that", text, f, y.nom, None
    f = next(c)
    text = f"{cap(x.role)} {x.nom} {agree('оспорил', x)} заявление {y.gen} о том, что «{f}»."
    yield "disputed Y's statement that", text, f, y.nom, None
    a = next(q)
    text = f"{cap(x.role)} {x.nom} {agree('прокомментировал', x)} заявление {y.gen}: «{a}»."
    yield "commented Y's statement, colon", text, a, x.nom, None


def _relays(x: Person, y: Person, s: Person, q: Iterator[str]) -> Iterator[Row]:
    """An outlet relays, «Об этом заявил X» with another person between, two of one role."""
    a = next(q)
    text = f"«{a}», — передает РИА Новости слова {x.role_gen} {x.gen}."
    yield "relays words of", text, a, x.nom, None
    a = next(q)
    text = f"Как передает РИА Новости, {x.role} {x.nom} {agree('заявил', x)}: «{a}»."
    yield "as relays, colon", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — {agree('заявил', x)} {x.nom} в беседе с {y.ins}, передает РИА Новости."
    yield "said in talk with Y, relayed", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — цитирует РИА Новости {x.role_acc} {x.acc}."
    yield "agency quotes", text, a, x.nom, None
    a = next(q)
    text = (
        f"«{a}».\nОб этом {agree('заявил', x)} {x.role} {x.nom} на встрече с {y.role_ins} {y.ins}."
    )
    yield "ob etom after, other in it", text, a, x.nom, None
    a = next(q)
    text = (
        f"Об этом {agree('заявил', x)} {x.role} {x.nom}.\n"
        f"Ранее {y.role} {y.nom} {agree('посетил', y)} Москву.\n"
        f"«{a}», — {agree('добавил', x)} {pronoun(x)}."
    )
    yield "ob etom, other between, pronoun", text, a, x.nom, None
    a = next(q)
    text = (
        f"Об этом {agree('заявил', x)} {x.role} {x.nom} в беседе с {s.ins}.\n"
        f"«{a}», — {agree('добавил', x)} {pronoun(x)}."
    )
    yield "ob etom with same gender, pronoun", text, a, x.nom, None
    a = next(q)
    text = (
        f"{cap(x.role)} {x.nom} и {s.role} {s.nom} провели переговоры.\n"
        f"«{a}», — {agree('сказал', x)} министр."
    )
    # «министр» is the one of the two whose post it heads («глава МИД» is a minister too)
    ministers = [p.nom for p in (x, s) if p.role.startswith(("министр ", "глава МИД"))]
    yield "two persons, role noun", text, a, ministers[0] if len(ministers) == 1 else None, None


def _putin(d: Iterator[str]) -> Iterator[Row]:
    """The dev sets' own case: the described subject, the Russian president as the object."""
    f = next(d)
    text = f"Глава латиноамериканской страны назвал российского президента «{f}»."
    yield "described subject, Putin object", text, f, None, None
    f = next(d)
    text = (
        "Президент России Владимир Путин провел переговоры с президентом Бразилии.\n"
        f"Глава латиноамериканской страны назвал российского президента «{f}»."
    )
    yield "described subject, Putin before", text, f, None, None
    f = next(d)
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва встретился с Владимиром Путиным.\n"
        f"Глава латиноамериканской страны назвал российского президента «{f}»."
    )
    yield "described subject, both before", text, f, "Луис Инасиу Лула да Силва", None


def _exchanges(x: Person, y: Person, s: Person, w: Words, c: Iterator[str]) -> Iterator[Row]:
    """A reply, a comment, a recalled word, a pronoun of the object's gender: who answers."""
    X, a = f"{cap(x.role)} {x.nom}", next(w.sentence)
    text = f"«{a}», — {agree('заявил', x)} {x.nom}, комментируя слова {y.role_gen} {y.gen}."
    yield "commenting Y's words, dash", text, a, x.nom, None
    a = next(w.sentence)
    text = f"«{a}», — так {x.nom} {agree('прокомментировал', x)} заявление {y.gen}."
    yield "so commented Y's statement", text, a, x.nom, None
    a = next(w.sentence)
    text = f"«{a}», — {agree('напомнил', x)} {x.nom} слова {y.role_gen} {y.gen}."
    yield "recalled Y's words, dash", text, a, y.nom, None
    a = next(w.sentence)
    text = f"После встречи с {y.role_ins} {y.ins} {x.role} {x.nom} {agree('заявил', x)}: «{a}»."
    yield "after meeting Y, colon", text, a, x.nom, None
    a = next(w.sentence)
    text = f"В ответ на критику {y.gen} {x.role} {x.nom} {agree('заявил', x)}: «{a}»."
    yield "in reply to Y's criticism", text, a, x.nom, None
    a = next(w.sentence)
    text = f"Отвечая на вопрос {y.gen}, {x.role} {x.nom} {agree('сказал', x)}: «{a}»."
    yield "answering Y's question", text, a, x.nom, None
    f, a = next(w.accused), next(w.sentence)
    text = (
        f"{cap(y.role)} {y.nom} {agree('обвинил', y)} {x.acc} в «{f}».\n"
        f"{x.sur(x.nom)} {agree('ответил', x)}: «{a}»."
    )
    yield "accused, the accused answers", text, a, x.nom, None
    a = next(w.sentence)
    text = (
        f"{X} {agree('раскритиковал', x)} {y.role_acc} {y.acc}.\n"
        f"«{a}», — {agree('ответил', y)} {pronoun(y)}."
    )
    yield "criticised, object's pronoun answers", text, a, y.nom, None
    f = next(c)
    text = f"{X} {agree('напомнил', x)}, что {y.nom} ранее {agree('назвал', y)} ситуацию «{f}»."
    yield "recalled that Y called", text, f, y.nom, None
    a = low(next(w.sentence))
    text = f"Как {agree('заявил', x)} {x.nom} в разговоре с {y.ins}, «{a}»."
    yield "as X said talking with Y", text, a, x.nom, None
    f = next(c)
    text = f"{X}, ссылаясь на {y.acc}, {agree('заявил', x)}, что «{f}»."
    yield "citing Y, chto", text, f, x.nom, None
    f = next(w.named)
    text = f"Слова {y.gen} {x.role} {x.nom} {agree('назвал', x)} «{f}»."
    yield "Y's words fronted, named", text, f, x.nom, None
    a = next(w.sentence)
    text = f"{X} {agree('заявил', x)} {y.dat}: «{a}»."
    yield "told Y, colon", text, a, x.nom, None
    a = next(w.sentence)
    text = f"«{a}», — {agree('сказал', x)} {x.nom} {y.dat}."
    yield "told Y, dash", text, a, x.nom, None
    a = low(next(w.sentence))
    text = f"{X} {agree('встретился', x)} с {s.ins}.\nПо {'ее' if x.fem else 'его'} словам, «{a}»."
    yield "met same gender, po ego slovam", text, a, x.nom, None


def _neighbours(x: Person, y: Person, q: Iterator[str]) -> Iterator[Row]:
    """The attribution in the sentence after, an interruption, a reply in the next line."""
    a = next(q)
    text = f"«{a}».\nТак {x.nom} {agree('ответил', x)} на вопрос {y.role_gen} {y.gen}."
    yield "so answered Y's question, next sentence", text, a, x.nom, None
    a = next(q)
    text = f"«{a}» — такими словами {x.nom} {agree('ответил', x)} {y.dat}."
    yield "with such words answered Y", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — {agree('написал', x)} {x.nom} в ответ на пост {y.gen}."
    yield "wrote in reply to Y's post", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — говорится в заявлении {x.gen}, опубликованном после встречи с {y.ins}."
    yield "statement of X after meeting Y", text, a, x.nom, None
    a, b = next(q), next(q)
    text = (
        f"{cap(x.role)} {x.nom} {agree('заявил', x)}: «{a}».\n"
        f"{y.sur(y.nom)} {agree('возразил', y)}: «{b}»."
    )
    yield "objected by surname, colon", text, b, y.nom, None
    a, b = next(q), low(next(q))
    text = f"«{a}, — {agree('сказал', x)} {x.role} {x.nom} в беседе с {y.ins}, — {b}»."
    yield "interrupted, talking with Y", text, a, x.nom, None
    a, b = next(q), next(q)
    disagree = "не согласилась" if y.fem else "не согласился"
    text = f"«{a}», — {agree('заявил', x)} {x.nom}.\n{cap(y.role)} {y.nom} {disagree}: «{b}»."
    yield "disagreed, colon", text, b, y.nom, None


def _after_others(x: Person, y: Person, q: Iterator[str]) -> Iterator[Row]:
    """«Об этом X сообщил Y» in either order, «в свою очередь Y», a pronoun «имея в виду Y»,
    words addressed to Y or said of him: the subject speaks."""
    a = next(q)
    text = f"«{a}».\nОб этом {x.nom} {agree('сообщил', x)} {y.dat}."
    yield "ob etom X told Y, next sentence", text, a, x.nom, None
    a = next(q)
    text = f"«{a}».\nОб этом {y.dat} {agree('сообщил', x)} {x.nom}."
    yield "ob etom to Y told X, next sentence", text, a, x.nom, None
    a = next(q)
    text = (
        f"{cap(x.role)} {x.nom} {agree('выступил', x)} первым. В свою очередь {y.nom}"
        f" {agree('заявил', y)}, что переговоры идут трудно.\n"
        f"«{a}», — {agree('добавил', y)} {pronoun(y)}."
    )
    yield "in turn Y, pronoun", text, a, y.nom, None
    a = next(q)
    text = (
        f"{cap(x.role)} {x.nom} {agree('выступил', x)} на форуме.\n"
        f"«{a}», — {agree('отметил', x)} {pronoun(x)}, имея в виду {y.acc}."
    )
    yield "pronoun, meaning Y", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — {agree('заявил', x)} {x.nom} в интервью журналисту {y.dat}."
    yield "interview to journalist Y", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — {agree('обратился', x)} {x.nom} к {y.dat}."
    yield "turned to Y", text, a, x.nom, None
    a = next(q)
    text = f"«{a}», — {agree('заявил', x)} {x.nom} в адрес {y.role_gen} {y.gen}."
    yield "said at Y's address", text, a, x.nom, None


# «— <circumstance naming Y> сказал X»: a preposition or a noun governs the name before the
# verb, which is never its subject (review round 6, B1). "sur": Y's surname alone (the
# quotation finder reads a dash clause only when its verb is among its first five words).
CIRCUMSTANCES = [
    ("в присутствии", "gen"),
    ("после визита", "gen"),
    ("после звонка", "gen"),
    ("после встречи с", "sur"),
    ("на встрече с", "sur"),
    ("в беседе с", "sur"),
    ("после переговоров с", "sur"),
    ("в ходе беседы с", "sur"),
    ("по итогам переговоров с", "sur"),
]


def _circumstance_first(x: Person, y: Person, q: Iterator[str]) -> Iterator[Row]:
    """The other person named in a circumstance between the dash and the verb, the speaker
    after the verb: the speaker speaks, whatever case Y's name takes (undeclined ones too)."""
    for words, case in CIRCUMSTANCES:
        a = next(q)
        other = y.gen if case == "gen" else y.sur(y.ins)
        text = f"«{a}», — {words} {other} {agree('заявил', x)} {x.nom}."
        yield f"dash, {words} Y, verb, X", text, a, x.nom, None
    a = next(q)
    text = (
        f"{cap(x.role)} {x.nom} {agree('встретился', x)} с {y.ins}.\n"
        f"«{a}», — после встречи с {y.sur(y.ins)} {agree('сказал', x)} {x.sur(x.nom)}."
    )
    yield "met Y, dash, after meeting Y, surname", text, a, x.nom, None


def rows() -> list[Row]:
    q = cycle(SENTENCES)
    named = cycle(NAMED_AS)
    desc = cycle(DESCRIPTIONS)
    claims = cycle(CLAIMS)
    out: list[Row] = []
    n = len(PEOPLE)
    words = Words(named, cycle(PRAISED_FOR), cycle(ACCUSED_OF), q)
    for i, x in enumerate(PEOPLE):
        o, s = PEOPLE[(i + 1) % n], PEOPLE[(i + 2) % n]  # the other gender, the same gender
        out += _object_verbs(x, o, s, words)
        out += _described(x, o, named, desc)
        out += _reported(x, o, claims, q)
        out += _relays(x, o, s, q)
        out += _exchanges(x, o, s, words, claims)
        out += _neighbours(x, o, q)
        out += _after_others(x, o, q)
        out += _circumstance_first(x, o, q)
    out += _putin(named)
    return out


ROWS = rows()
# (construction, the expected speaker, or the person the text opens with where nobody is):
# rows not yet right, and why
GAPS: dict[tuple[str, str], str] = {
    # «Об этом <dative> сообщил X»: an undeclined addressee before the verb takes the verb's
    # gender in the name finder and is read as its subject
    ("ob etom to Y told X, next sentence", "Кая Каллас"): "«Марко Рубио сообщила»: a woman",
    # two foreign names side by side are read as one person («Эммануэль Макрон Пенни Вонг»),
    # or as the speaker with the addressee glued on, which the gate then drops (unknown)
    ("told Y, dash", "Эммануэль Макрон"): "two names glued into one",
    ("told Y, dash", "Анналена Бербок"): "two names glued into one",
    ("told Y, dash", "Пенни Вонг"): "two names glued into one, dropped",
    ("told Y, dash", "Ирина Волкова"): "two names glued into one, dropped",
    ("statement of X after meeting Y", "Пенни Вонг"): "«Пенни Вонг» not found as a person",
    # a lone surname opening its sentence, never written elsewhere, the gate drops: unknown
    ("objected by surname, colon", "Эммануэль Макрон"): "«Макрон» only at a sentence start",
    # unknown, not wrong: the name finder misses «Пенни Вонг» in this sentence, or a role
    # noun («дипломата») is linked to nobody
    ("quoted Y, colon", "Пенни Вонг"): "«Пенни Вонг» not found as a person",
    ("po mneniyu role noun, Y sure", "Сергей Рябков"): "«дипломата» linked to nobody",
}


# constructions whose short labels («похвалил за «…»», «допустил «…»») the quotation finder
# may take for terms rather than quotations
UNFOUND_ALLOWED = frozenset(
    {
        "praised Y for",
        "accused Y of",
        "kak schitaet X, Y",
        "described subject, named object",
        "described subject, object named before",
        "disputed Y's statement that",
        "turned to Y",
        # the dash clause is read only when its verb is among its first five words
        "dash, после встречи с Y, verb, X",
        "dash, на встрече с Y, verb, X",
        "dash, в беседе с Y, verb, X",
        "dash, после переговоров с Y, verb, X",
        "dash, в ходе беседы с Y, verb, X",
        "dash, по итогам переговоров с Y, verb, X",
        "met Y, dash, after meeting Y, surname",
    }
)


def _gap(construction: str, text: str, speaker: str | None) -> str | None:
    for (known, name), why in GAPS.items():
        opens_with = speaker is None and 0 <= text.find(name) < 60
        if known == construction and (speaker == name or opens_with):
            return why
    return None


def _right(got: str | None, want: str | None) -> bool:
    return got == want or (got is not None and want is not None and same_speaker(got, want))


@pytest.mark.parametrize(
    ("construction", "text", "opening", "speaker", "alt"),
    ROWS,
    ids=[f"{k}-{r[0]}" for k, r in enumerate(ROWS)],
)
def test_two_persons_matrix(
    request: pytest.FixtureRequest,
    construction: str,
    text: str,
    opening: str,
    speaker: str | None,
    alt: str | None,
) -> None:
    why = _gap(construction, text, speaker)
    if why is not None:
        # strict: a gap row that starts passing fails, so its GAPS entry gets removed
        request.applymarker(pytest.mark.xfail(reason=why, strict=True))
    quotes = [q for q in analyze(text).quotes if q.text.startswith(opening[:15])]
    if not quotes:
        # a short label not taken for a quotation gives nobody a wrong name; finding
        # quotations is quotes.py's, and most rows must be found (test_rows_are_quotations)
        assert construction in UNFOUND_ALLOWED, [q.text for q in analyze(text).quotes]
        return
    got = quotes[0].speaker
    assert _right(got, speaker) or (alt is not None and _right(got, alt)), (got, speaker, text)


def test_rows_are_quotations() -> None:
    """Nine rows in ten are taken for quotations, so the speakers above mean something."""
    found = sum(
        any(q.text.startswith(opening[:15]) for q in analyze(text).quotes)
        for _c, text, opening, _s, _a in ROWS
    )
    assert found >= 0.9 * len(ROWS)


def test_matrix_is_wide() -> None:
    """The matrix crosses enough constructions and people to mean something."""
    assert len(ROWS) >= 500
    assert len({c for c, *_ in ROWS}) >= 30
