"""The summary's wording: Russia's official name as the references write the country."""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze
from bot.content.wording import OFFICIAL_FORMS, country_named

# (article, the summary it must get): every case of «Российская Федерация».
COUNTRY = [
    (  # genitive
        "Постоянный представитель Российской Федерации при ОБСЕ Александр Лукашевич заявил, "
        "что миссия в Донбассе продолжит работу.\nОн напомнил о договорённостях России.",
        "Постоянный представитель России при ОБСЕ Александр Лукашевич заявил, что миссия в "
        "Донбассе продолжит работу. Он напомнил о договорённостях России.",
    ),
    (  # nominative
        "Российская Федерация направила ноту протеста посольству Эстонии в Москве из-за "
        "задержания журналиста.\nВ МИД России назвали задержание провокацией.",
        "Россия направила ноту протеста посольству Эстонии в Москве из-за задержания "
        "журналиста. В МИД России назвали задержание провокацией.",
    ),
    (  # accusative
        "Премьер-министр Индии пригласил Российскую Федерацию к участию в выставке в "
        "Нью-Дели следующей весной.\nПриглашение передали в посольство России.",
        "Премьер-министр Индии пригласил Россию к участию в выставке в Нью-Дели следующей "
        "весной. Приглашение передали в посольство России.",
    ),
    (  # instrumental
        "Парламент Сербии одобрил соглашение с Российской Федерацией о сотрудничестве в "
        "энергетике.\nДокумент подписан в Москве, России обещаны поставки.",
        "Парламент Сербии одобрил соглашение с Россией о сотрудничестве в энергетике. "
        "Документ подписан в Москве, России обещаны поставки.",
    ),
]
# (article): the abbreviation stays, and so does the official name in a text without «Россия».
KEPT = [
    (
        "Глава МИД РФ Сергей Лавров провёл переговоры с коллегой из Лаоса в Москве.\n"
        "Стороны обсудили торговлю и образование.",
        "Глава МИД РФ Сергей Лавров",
    ),
    (
        "Посольство Российской Федерации в Вене опровергло сообщения австрийской газеты.\n"
        "Дипломаты назвали публикацию ложной.",
        "Посольство Российской Федерации в Вене",
    ),
]


@pytest.mark.parametrize(("article", "summary"), COUNTRY)
def test_the_official_name_becomes_the_country(article: str, summary: str) -> None:
    assert analyze(article).summary == summary


@pytest.mark.parametrize(("article", "opening"), KEPT)
def test_the_abbreviation_and_a_text_without_the_country_keep_their_words(
    article: str, opening: str
) -> None:
    assert analyze(article).summary.startswith(opening)


@pytest.mark.parametrize("end", sorted(OFFICIAL_FORMS))
def test_every_case_ending_has_its_form(end: str) -> None:
    adjective = {"я": "Российская", "ю": "Российскую"}.get(end, "Российской")
    said = country_named(f"Речь о {adjective} Федераци{end}.", "Россия")
    assert said == f"Речь о {OFFICIAL_FORMS[end]}."
