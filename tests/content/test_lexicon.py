"""The lexicon knows its words in every grammatical case: roles, speech verbs, organisations."""

from __future__ import annotations

import pytest

from bot.content.entities import find_orgs
from bot.content.lexicon import (
    ROLE_SYNONYMS,
    ROLES,
    RoleKind,
    media_name,
    role_kind,
    role_of,
    same_role,
    title_head,
)
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


@pytest.mark.parametrize("role", DECLINED)
def test_a_role_is_known_in_every_case(role: str) -> None:
    forms = _forms(role)
    assert len(forms) >= 1
    for form in forms:
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
    ],
)
def test_speech_verbs_in_their_forms(
    form: str, gender: str | None, plural: bool, impersonal: bool
) -> None:
    verb = speech_verb(Token(0, len(form), form))
    assert verb is not None
    assert (verb.gender, verb.plural, verb.impersonal) == (gender, plural, impersonal)


def test_words_that_are_not_speech_verbs() -> None:
    for word in ("провел", "встретился", "министр", "назвал"):
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
