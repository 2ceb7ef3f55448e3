"""Cleaning: promo lines go, everything else stays verbatim; odd input never crashes."""

from __future__ import annotations

import pytest

from bot.content.clean import is_promo, paragraphs
from bot.content.normalize import analysis_view, prepare
from bot.content.pipeline import analyze

PROMO = [
    "Читайте другие материалы журнала «Международная жизнь» на нашем канале Яндекс.Дзен.",
    "Подписывайтесь на наш Telegram – канал: https://t.me/interaffairs",
    "Подпишитесь на наш канал в Дзен, чтобы не пропустить главное.",
    "Ещё больше новостей – в нашем Telegram-канале.",
    "Еще больше новостей на нашем сайте и в соцсетях.",
    "https://t.me/interaffairs",
    "t.me/interaffairs",
    "Телеграм-канал «Международной жизни»: t.me/interaffairs",
    "Читайте также: Лавров: «Запад пытается изолировать Россию»",
    "Читайте нас в Telegram: https://t.me/interaffairs",
]
NEWS = [
    "Лавров призвал читать документы внимательно.",
    "Подписание договора состоится в пятницу.",
    "«Подписывайтесь под каждым словом», — сказал он.",
    "Об этом сообщается на сайте МИД России.",
]


@pytest.mark.parametrize("line", PROMO)
def test_promo_lines_are_recognised(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize("line", NEWS)
def test_news_lines_are_kept(line: str) -> None:
    assert not is_promo(line)


def test_paragraphs_keep_text_verbatim_and_drop_blank_and_ornament_lines() -> None:
    raw = "Первый абзац.\r\n\r\n  Второй\u00a0абзац «с кавычками».  \r\n***\r\n" + PROMO[1]
    assert paragraphs(raw) == ("Первый абзац.", "Второй\u00a0абзац «с кавычками».")


def test_invisible_characters_are_removed_and_line_breaks_unified() -> None:
    assert prepare("а\u200bб\r\nв\rг\u2028д\ufeff") == "аб\nв\nг\nд"


def test_analysis_view_fixes_latin_lookalikes_only_in_cyrillic_words() -> None:
    text = "т.н. CНВ-3 и START, Cергей\u00a0Лавров"
    view = analysis_view(text)
    assert len(view) == len(text)
    assert view == "т.н. СНВ-3 и START, Сергей Лавров"


# A mixed-script word reads in its main alphabet: Cyrillic for the seed's «CНВ-3», Latin for
# a platform's name typed with a Cyrillic «Т» or «е» (the view keeps the length).
MIXED_WORDS = [
    ("сообщает AFP в Тwitter.", "сообщает AFP в Twitter."),
    ("страница в Facebооk", "страница в Facebook"),
    ("договор CНВ-3", "договор СНВ-3"),
    ("Cергей Лавров", "Сергей Лавров"),
    # An all-capital word is a Russian acronym whatever its majority: «KHР», «ТACC», «НATO».
    ("заявили в МИД KHР.", "заявили в МИД КНР."),
    ("сообщает ТACC.", "сообщает ТАСС."),
    ("заявили в НATO.", "заявили в НАТО."),
    ("в Минобороны KНP", "в Минобороны КНР"),
]


@pytest.mark.parametrize(("text", "view"), MIXED_WORDS)
def test_a_mixed_script_word_reads_in_its_main_alphabet(text: str, view: str) -> None:
    assert analysis_view(text) == view


# A minus sign typed for the dash of direct speech reads as that dash; a minus stays one.
MINUS_SIGNS = [
    ("− Мы готовы, − сказал он.", "– Мы готовы, – сказал он."),
    ("«Мы готовы!» − сказал он.", "«Мы готовы!» – сказал он."),
    ("Мороз −5 градусов.", "Мороз −5 градусов."),
    ("Вклад\n− Текст", "Вклад\n– Текст"),
]


@pytest.mark.parametrize(("text", "view"), MINUS_SIGNS)
def test_a_minus_sign_between_words_reads_as_a_dash(text: str, view: str) -> None:
    assert analysis_view(text) == view


def test_a_minus_sign_dialogue_line_is_a_quotation() -> None:
    analysis = analyze("Губернатор Александр Богомаз выступил.\n− Брифинг будет, − сказал Богомаз.")
    assert [(q.text, q.speaker) for q in analysis.quotes] == [
        ("Брифинг будет", "Александр Богомаз")
    ]


def test_latin_lookalike_name_is_matched_but_stored_as_written() -> None:
    analysis = analyze("Cергей Лавров прибыл в Анкару.\n«Мы готовы», — сказал Лавров.")
    assert analysis.quotes[0].speaker == "Сергей Лавров"
    assert analysis.paragraphs[0].startswith("Cергей")  # Latin C kept


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   \n\t  ",
        "\x00\x01\x02",
        "<p>Сергей Лавров <b>заявил</b>: «Мы готовы к диалогу».</p>",
        "«««",
        "»»» «",
        '"""',
        PROMO[0] + "\n" + PROMO[1],
    ],
)
def test_odd_input_never_crashes(raw: str) -> None:
    analysis = analyze(raw)
    for quote in analysis.quotes:
        assert quote.text in analysis.body


def test_html_ish_input_is_kept_as_text() -> None:
    analysis = analyze("<p>Сергей Лавров <b>заявил</b>: «Мы готовы к диалогу».</p>")
    assert analysis.paragraphs == ("<p>Сергей Лавров <b>заявил</b>: «Мы готовы к диалогу».</p>",)
    assert [(q.text, q.speaker) for q in analysis.quotes] == [
        ("Мы готовы к диалогу", "Сергей Лавров")
    ]


def test_empty_after_cleaning_gives_an_empty_analysis() -> None:
    analysis = analyze(PROMO[0] + "\n" + PROMO[1], title="Заголовок")
    assert analysis.paragraphs == ()
    assert analysis.summary == ""
    assert analysis.quotes == ()
    assert analysis.title == "Заголовок"


@pytest.mark.parametrize(
    "raw",
    ["«а» " * 3000, '"а ' * 3000, "«а " * 3000, "„а " * 3000, "\n".join(["«Начало"] * 500)],
)
def test_thousands_of_stray_quote_marks_are_handled(raw: str) -> None:
    analysis = analyze(raw)
    assert analysis.quotes == ()
    assert len(analysis.summary) <= 1024
