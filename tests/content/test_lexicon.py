"""The lexicon knows its words in every grammatical case: roles, speech verbs, organisations."""

from __future__ import annotations

import pytest

from bot.content.entities import find_orgs
from bot.content.lexicon import (
    CLAUSE_CIRCUMSTANCE_PREPOSITIONS,
    MEDIA_KINDS,
    MEDIA_STEMS,
    PREPOSITIONS,
    REPORTER_NOUNS,
    REPORTER_STEMS,
    ROLE_SYNONYMS,
    ROLES,
    RoleKind,
    media_name,
    role_kind,
    role_of,
    same_role,
    title_head,
)
from bot.content.mentions import UNKNOWN_BODY
from bot.content.morph import parses
from bot.content.speakers import Token, speech_verb

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _forms(lemma: str) -> set[str]:
    """Every case of `lemma` in the singular, as pymorphy3 inflects it."""
    parse = next(p for p in parses(lemma) if p.pos == "NOUN" and p.normal == lemma)
    out = set()
    for case in CASES:
        form = parse.raw.inflect({case, "sing"})
        if form is not None:
            out.add(str(form.word))
    return out


DECLINED = sorted(
    r for r in ROLES if r != "официальный" and any(p.pos == "NOUN" for p in parses(r))
)


# A form read first as a preposition is none: «после» is no «о после» (the ambassador).
PREPOSITION_FIRST = frozenset({"после"})


def test_a_preposition_first_is_no_role() -> None:
    assert all(role_of(word) is None for word in PREPOSITION_FIRST)
    assert not title_head().fullmatch("после")


@pytest.mark.parametrize("role", DECLINED)
def test_a_role_is_known_in_every_case(role: str) -> None:
    forms = _forms(role)
    assert len(forms) >= 1
    for form in forms - PREPOSITION_FIRST:
        assert role_of(form) == ROLE_SYNONYMS.get(role, role), form
        assert title_head().fullmatch(form), form
        assert title_head().fullmatch(form[:1].upper() + form[1:]), form


def test_the_nominative_posol_is_a_title_head_too() -> None:
    assert title_head().fullmatch("Посол")  # the regex of old missed it ("[Пп]осл")
    assert role_of("Посол") == "посол"
    assert role_of("послом") == "посол"


@pytest.mark.parametrize(
    ("word", "role"),
    [("замглавы", "заместитель"), ("замминистра", "заместитель"), ("премьер-министру", "премьер")],
)
def test_synonyms_and_indeclinable_roles(word: str, role: str) -> None:
    assert role_of(word) == role


def test_role_kinds_and_shared_offices() -> None:
    assert role_kind("министр") is RoleKind.GENERIC
    assert role_kind("политолог") is RoleKind.EXPERT
    assert role_kind("постпред") is RoleKind.OFFICE
    assert same_role("министр", "дипломат")
    assert not same_role("министр", "посол")
    assert role_of("официальный") is None  # only as a head of "официальный представитель"


@pytest.mark.parametrize(
    ("form", "gender", "plural", "impersonal"),
    [
        ("заявил", "masc", False, False),
        ("заявила", "femn", False, False),
        ("заявили", None, True, False),
        ("заявляет", None, False, False),
        ("подчеркнула", "femn", False, False),
        ("говорится", None, False, True),
        ("уточняется", None, False, True),
        ("добавив", None, False, False),
        ("сыронизировал", "masc", False, False),
        ("произнес", "masc", False, False),
        ("описала", "femn", False, False),
        ("вторил", "masc", False, False),
        ("обозначил", "masc", False, False),
        ("вспоминал", "masc", False, False),
        ("вспомнила", "femn", False, False),
        ("возражает", None, False, False),
        ("предполагают", None, True, False),
        ("согласился", "masc", False, False),
        ("соглашается", None, False, False),
        ("задалась", "femn", False, False),
        ("обвинил", "masc", False, False),
        ("потребовала", "femn", False, False),
        ("упрекнули", None, True, False),
        ("уверена", "femn", False, False),
        ("убеждена", "femn", False, False),
        ("усомнился", "masc", False, False),
        ("сообщено", None, False, True),
        ("выражает", None, False, False),
    ],
)
def test_speech_verbs_in_their_forms(
    form: str, gender: str | None, plural: bool, impersonal: bool
) -> None:
    verb = speech_verb(Token(0, len(form), form))
    assert verb is not None
    assert (verb.gender, verb.plural, verb.impersonal) == (gender, plural, impersonal)


def test_words_that_are_not_speech_verbs() -> None:
    for word in ("провел", "встретился", "министр", "назвал", "поздравил"):
        assert speech_verb(Token(0, len(word), word)) is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("МИД России", "МИД России"),
        ("МИДа РФ", "МИД России"),
        ("Министерству иностранных дел России", "МИД России"),
        ("российского внешнеполитического ведомства", "МИД России"),
        ("МИД Китая", "МИД Китая"),
        ("Госдеп", "Госдепартамент США"),
        ("Госдепа", "Госдепартамент США"),
        ("Госдепартаменту США", "Госдепартамент США"),
        ("Государственного департамента США", "Госдепартамент США"),
        ("Кремлю", "Кремль"),
        ("Кремлем", "Кремль"),
        ("Минобороны", "Минобороны России"),
        ("Миноброны", "Минобороны России"),
        ("Министерства обороны РФ", "Минобороны России"),
        ("посольстве России в США", "Посольство России в США"),
        ("Посольства России в Вашингтоне", "Посольство России в Вашингтоне"),
        ("Совфеда", "Совет Федерации"),
        ("WhatsApp", "WhatsApp"),
        ("Интерфаксу", "Интерфакс"),
    ],
)
def test_organisations_by_alias_in_any_case(text: str, canonical: str) -> None:
    found = find_orgs(f"Об этом сообщили в {text} сегодня.")
    assert [m.org for m in found] == [canonical]


def test_media_names_are_canonical() -> None:
    assert media_name("Интерфаксу") == "Интерфакс"
    assert media_name("Коммерсанту") == "Коммерсантъ"
    assert media_name("ТАСС") == "ТАСС"


# Whose ministry a bare «МИД» / «министерство иностранных дел» / «ведомство» is: the subject
# ministry before it, else the one ministry the text names, Russia's when it names none, and
# nobody when several could fit and nothing settles it (UNKNOWN_BODY: a body that speaks as
# nobody known, never the one named before it).
BARE_MINISTRY: list[tuple[str, list[str]]] = [
    ("Об этом сообщили в МИД.", ["МИД России"]),
    (
        "Финляндия не признает итоги, говорится в заявлении МИД Финляндии. Хельсинки"
        " продолжит консультации, отметили в МИД.",
        ["МИД Финляндии", "МИД Финляндии"],
    ),
    (  # the one ministry the text names may come after the bare one
        "В МИД возмутились. Позднее МИД Литвы пояснил свою позицию.",
        ["МИД Литвы", "МИД Литвы"],
    ),
    (  # the subject ministry before, after an opener too, not the addressee
        "Ранее МИД Эстонии вызвал посла РФ в МИД России. В МИД заявили о протесте.",
        ["МИД Эстонии", "МИД России", "МИД Эстонии"],
    ),
    (  # two ministries, neither the subject: nobody rather than Russia's
        "Посла вызвали в МИД Латвии после заявления МИД России. В МИД отметили, что это"
        " недопустимо.",
        ["МИД Латвии", "МИД России", UNKNOWN_BODY],
    ),
    (  # a nationality adjective, capitalised at a sentence start too
        "Турецкий МИД сделал заявление. Его поддержал МИД Турции.",
        ["МИД Турции", "МИД Турции"],
    ),
    ("Турецкий МИД сделал заявление.", ["МИД Турции"]),  # the adjective's, never Russia's
    ("Саудовский МИД сделал заявление.", ["МИД Саудовской Аравии"]),
    ("Тувалуанский МИД сделал заявление.", [UNKNOWN_BODY]),  # a country the table lacks
    (  # a second country joined by «и», its minister's name between
        "Главы МИД России Сергей Лавров и Казахстана Мурат Нуртлеу провели переговоры.",
        ["МИД России", "МИД Казахстана"],
    ),
    ("Главы МИД РФ и КНР встретились в Пекине.", ["МИД России", "МИД КНР"]),
    (  # «МИД республики» is the one foreign ministry the text names; a bare МИД after it
        # as a subject is the same one
        "Глава МИД России и Таджикистана созвонились. Ранее министерство иностранных дел"
        " республики вызвало посла России. МИД выразил озабоченность.",
        ["МИД России", "МИД Таджикистана", "МИД Таджикистана", "МИД Таджикистана"],
    ),
    # The same for every ministry of MINISTRIES: a defence ministry of another country is
    # that country's, named short as the foreign ministry is.
    ("Министерство обороны Индии опровергло данные.", ["Минобороны Индии"]),
    (
        "Минобороны Израиля сообщило об ударе. В Минобороны подчеркнули, что цели поражены.",
        ["Минобороны Израиля", "Минобороны Израиля"],
    ),
    ("В оборонном ведомстве заявили о потерях.", ["Минобороны России"]),
    # A ministry in a person's title counts only when that person speaks in its sentence; a
    # visiting minister's title leaves «в МИД» unsettled (foreign one named: never Russia's).
    (
        "Глава МИД Турции Хакан Фидан прибыл в Москву. «Переговоры будут непростыми», —"
        " отметили в МИД.",
        ["МИД Турции", UNKNOWN_BODY],
    ),
    (
        "Глава МИД Турции Хакан Фидан заявил о готовности к посредничеству. В МИД уточнили детали.",
        ["МИД Турции", "МИД Турции"],
    ),
    (
        "Официальный представитель МИД Китая Мао Нин прокомментировала визит. На сайте МИД"
        " опубликовано заявление.",
        ["МИД Китая", "МИД Китая"],
    ),
    ("Об этом сообщили в МВД Франции.", ["МВД Франции"]),
    ("Министерство юстиции США подало иск.", ["Минюст США"]),
    ("Минфин РФ выпустил облигации.", ["Минфин России"]),
    ("В Минздраве сообщили о новых случаях.", ["Минздрав России"]),
    (
        "Глава Минфина США Джанет Йеллен заявила о санкциях. Позднее в Минфине уточнили детали.",
        ["Минфин США", "Минфин США"],
    ),
    ("Министерство энергетики Катара заявило о поставках.", ["Минэнерго Катара"]),
    (
        "Минобороны России и Белоруссии провели учения.",
        ["Минобороны России", "Минобороны Белоруссии"],
    ),
    (
        "Минобороны Украины обвинило Минобороны России в ударе. Позже в Минобороны заявили"
        " о новых потерях.",
        ["Минобороны Украины", "Минобороны России", "Минобороны Украины"],
    ),
    (  # with no foreign ministry named, «МИД страны» and its echo are nobody
        "Президент Молдавии выступил. Ранее министерство иностранных дел страны вызвало"
        " посла России. МИД выразил озабоченность.",
        [UNKNOWN_BODY, UNKNOWN_BODY],
    ),
]


@pytest.mark.parametrize(("text", "orgs"), BARE_MINISTRY)
def test_a_bare_ministry_is_the_one_the_text_named(text: str, orgs: list[str]) -> None:
    assert [m.org for m in find_orgs(text)] == orgs


@pytest.mark.parametrize("word", CLAUSE_CIRCUMSTANCE_PREPOSITIONS)
def test_a_circumstance_opens_with_a_preposition(word: str) -> None:
    """Each circumstance list (the widest holds the others) is made of prepositions, one
    word or a compound whose first word is one («во время»)."""
    assert word.split()[0] in PREPOSITIONS


@pytest.mark.parametrize(
    ("stem", "table"),
    [(s, REPORTER_NOUNS) for s in REPORTER_STEMS] + [(s, MEDIA_KINDS) for s in MEDIA_STEMS],
)
def test_a_regex_stem_opens_a_word_of_its_table(stem: str, table: frozenset[str]) -> None:
    """The stems the interview cues read in any case stay stems of the lexicon's words, so
    the press and outlet words have one source (answers.py)."""
    assert any(word.startswith(stem) for word in table)
