"""bench.quality: the judge of the analysis must itself be right (matching, speakers, checks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.quality import jaccard, main, malformed, match, rouge, same_speaker


@pytest.mark.parametrize(
    ("got", "gold", "same"),
    [
        ("Сергей Лавров", "Сергей Лавров", True),
        ("сергей лавров", "Сергей  Лавров", True),
        ("Пётр Толстой", "Петр Толстой", True),
        ("Мария Захарова", "Захарова", True),  # the text may give only the surname
        ("Захарова", "Мария Захарова", True),
        ("Сергей Викторович", "Сергей Лавров", False),
        ("Сергей Викторович Лавров", "Сергей Лавров", False),
        ("Василий Небензей", "Василий Небензя", False),
        ("МИД", "МИД России", True),  # a bare ministry is Russia's (the body table, below)
        ("Мария", "Мария Захарова", False),  # not a surname rule: the last word differs
        (None, None, True),
        (None, "Сергей Лавров", False),
        ("Сергей Лавров", None, False),
    ],
)
def test_speaker_comparison(got: str | None, gold: str | None, same: bool) -> None:
    assert same_speaker(got, gold) is same


# Two names of one body, through the analysis' alias table; a press service is its body.
_SAME_BODY = [
    ("МИД России", "МИД РФ"),
    ("МИД России", "Министерство иностранных дел Российской Федерации"),
    ("МИД России", "Пресс-служба МИД РФ"),
    ("Госдепартамент США", "Госдеп США"),
    ("Госдепартамент США", "Государственный департамент США"),
    ("Минфин США", "Министерство финансов США"),
    ("Минобороны России", "Министерство обороны Российской Федерации"),
    ("Минобороны Белоруссии", "Министерство обороны Белоруссии"),
    ("МИД Грузии", "Министерство иностранных дел Грузии"),
    ("ФСБ", "Центр общественных связей ФСБ"),
    # The centre by its abbreviation alone is the same press unit («сообщили в ЦОС ФСБ»).
    ("ФСБ России", "ЦОС ФСБ"),
    ("ФСБ России", "ЦОС ФСБ России"),
    ("ФСБ России", "пресс-служба ФСБ России"),
    ("Совет Федерации", "пресс-служба Совета Федерации"),
    ("Совет безопасности РФ", "пресс-служба Совета безопасности РФ"),
    ("Кремль", "Пресс-служба Кремля"),
    ("Евросоюз", "пресс-центр Евросоюза"),
    ("РИА Новости", "РИА «Новости»"),
    # A bare ministry is Russia's by the journal's usage: labellers write it short.
    ("Минобороны России", "Минобороны"),
    ("Минобороны России", "Министерство обороны"),
    ("Минфин России", "Минфин"),
    ("ФСБ России", "ФСБ"),
    ("Минздрав России", "Минздрав"),
    ("Минобороны России", "пресс-служба Минобороны"),
    # A ministry named by its country's adjective is that country's, in any gender or case.
    ("МИД Китая", "китайский МИД"),
    ("МИД Китая", "Китайское МИД"),
    ("МИД Японии", "японский МИД"),
    ("Минобороны Турции", "турецкое Минобороны"),
    ("Минфин Индии", "индийский Минфин"),
    # A mission named bare is the same state's mission named with its place.
    ("Посольство РФ", "Посольство России в Токио"),
    ("Посольство США", "Посольство США в Москве"),
    # Russia's adjective before a ministry names Russia's, in any case.
    ("МИД России", "Российское внешнеполитическое ведомство"),
    ("МИД России", "российский МИД"),
    ("Минобороны России", "Российское оборонное ведомство"),
    # A company named with its legal form and its press service: one body.
    ("МУП «Горводоканал Твери»", "Пресс-служба МУП «Горводоканал Твери»"),
    ("ООО «Северный порт»", "пресс-служба ООО «Северный порт»"),
    # A ministry named as the text describes its state: its press service is the same body.
    ("МИД исламской республики", "Пресс-служба МИД исламской республики"),
]
# Names that must stay different: a bare ministry and another country's, a part of a body, a
# name the table does not know, another body, another country, a person or a role.
_OTHER_BODY = [
    ("Минобороны Израиля", "Минобороны"),
    ("Минфин США", "Минфин"),
    ("МИД Китая", "МИД"),
    ("МИД Китая", "японский МИД"),
    ("МИД России", "китайский МИД"),
    ("Минобороны Израиля", "израильский МИД"),
    ("ФСБ России", "Минобороны"),
    ("Минобороны России", "Минфин"),
    ("Госдепартамент США", "Бюро Госдепартамента по делам Европы и Евразии"),
    ("Госдепартамент США", "Государственный департамент"),
    ("МИД России", "Минобороны России"),
    ("МИД России", "МИД Грузии"),
    ("Минфин США", "Минфин России"),
    ("Совет Федерации", "Госдума"),
    ("МИД России", "Мария Захарова"),
    ("Белый дом", "пресс-секретарь Белого дома"),
    ("Кремль", "Дмитрий Песков"),
    ("Минобороны России", "ЦОС ФСБ"),
    ("ФСБ России", "ЦОС"),
    ("Посольство США", "Посольство России в Токио"),
    ("Посольство России в Японии", "Посольство России в Токио"),
    ("МИД России", "МИД исламской республики"),
    ("МИД России", "турецкое внешнеполитическое ведомство"),
    ("ООО «Северный порт»", "ООО «Южный порт»"),
    ("МУП «Горводоканал Твери»", "МУП «Горводоканал»"),
    ("Канцелярия президента", "Канцелярия президента Южно-Африканской Республики"),
]


@pytest.mark.parametrize(("a", "b"), _SAME_BODY + [(b, a) for a, b in _SAME_BODY])
def test_names_of_one_body_are_one_speaker(a: str, b: str) -> None:
    assert same_speaker(a, b)


@pytest.mark.parametrize(("a", "b"), _OTHER_BODY + [(b, a) for a, b in _OTHER_BODY])
def test_other_bodies_and_parts_stay_different(a: str, b: str) -> None:
    assert not same_speaker(a, b)


def test_quotes_match_one_to_one_at_jaccard_08() -> None:
    gold = ["мы готовы к диалогу с любыми партнерами", "ответ будет зеркальным"]
    found = [
        "Ответ будет зеркальным",
        "Мы готовы к диалогу с любыми партнерами.",
        "мы готовы к диалогу с любыми партнерами",  # a duplicate never matches twice
        "совсем другое",
    ]
    assert match(found, gold) == [(1, 0), (0, 1)]
    assert jaccard("a b c d e", "a b c d") == pytest.approx(0.8)
    assert match(["a b c d"], ["a b c d e"]) == [(0, 0)]
    assert match(["a b c"], ["a b c d e"]) == []


def test_rouge_is_over_lower_cased_unstemmed_words() -> None:
    assert rouge("Лавров встретился с Блинкеном", "лавров встретился с блинкеном") == 1.0
    assert rouge("Лаврова", "Лавров") == 0.0
    assert rouge("", "что-то") == 0.0


@pytest.mark.parametrize(
    ("summary", "reasons"),
    [
        ("Лавров провел переговоры с Блинкеном.", []),
        ("МОСКВА, 3 апреля — РИА Новости. Лавров провел переговоры.", ["dateline"]),
        ("INTERFAX.RU - Песков не стал комментировать.", ["dateline"]),
        ("ВАШИНГТОН, 5 мая. /корр. ТАСС/. Посол заявил…", ["dateline"]),
        ("Будут ли новые встречи?", ["question"]),
        ("Он назвал это «провокацией.", ["unbalanced"]),
        ("а" * 1025, ["too long"]),
    ],
)
def test_malformed_summaries(summary: str, reasons: list[str]) -> None:
    assert malformed(summary) == reasons


def _gold(tmp_path: Path) -> Path:
    item = {
        "id": "t1",
        "text": "Глава МИД России Сергей Лавров провел переговоры в Анкаре.\n"
        "«Мы договорились продолжить консультации», — заявил Лавров.\n"
        "«Это важный шаг», — сказал турецкий министр.",
        "quotes": [
            {"text": "Мы договорились продолжить консультации", "speaker": "Лавров"},
            {"text": "Это важный шаг", "speaker": "Хакан Фидан"},
            {"text": "никогда не найденная цитата", "speaker": "Сергей Лавров"},
        ],
        "summary": "Глава МИД России Сергей Лавров провел переговоры в Анкаре.",
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_the_last_line_sums_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(_gold(tmp_path))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "gold.jsonl: 1 texts, 3 gold quotes, 2 found"
    # 2 found, both matched: P 1, R 2/3; one speaker right of 3 gold quotes; the second
    # quote's speaker is either unknown or a wrong name, so "wrong" is 0 or 1.
    last = lines[-1].split()
    assert last[0::2] == ["f1", "speakers", "wrong", "rouge1"]
    assert last[1] == "0.800"
    assert last[3] == "0.333"
    assert 0.0 < float(last[7]) <= 100.0


def test_a_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "none.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no such file" in err
