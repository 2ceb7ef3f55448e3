"""Length counting in UTF-16 units and cutting at sentence/word ends, never inside «…»."""

from __future__ import annotations

from bot.render.limits import cut_text, unbalanced_guillemets, utf16_len, utf16_prefix


def test_utf16_counts_emoji_as_two_units() -> None:
    assert utf16_len("Мир") == 3
    assert utf16_len("🇷🇺") == 4
    assert utf16_len("a😀b") == 4


def test_prefix_never_splits_a_surrogate_pair() -> None:
    assert utf16_prefix("ab😀c", 3) == "ab"
    assert utf16_prefix("ab😀c", 4) == "ab😀"
    assert utf16_prefix("abc", 0) == ""


def test_text_that_fits_is_unchanged() -> None:
    assert cut_text("Коротко.", 100) == "Коротко."


def test_cut_prefers_the_last_sentence_end_and_then_needs_no_ellipsis() -> None:
    text = "Первое предложение. Второе предложение. Третье предложение длинное."
    assert cut_text(text, 45) == "Первое предложение. Второе предложение."


def test_cut_inside_a_sentence_ends_at_a_word_with_an_ellipsis() -> None:
    text = "Одно очень длинное предложение без точки до самого конца текста"
    assert cut_text(text, 20) == "Одно очень длинное…"


def test_a_single_huge_word_is_cut_hard_within_the_limit() -> None:
    assert cut_text("x" * 50, 10) == "x" * 9 + "…"
    assert utf16_len(cut_text("😀" * 50, 11)) <= 11


def test_keep_quotes_never_cuts_inside_guillemets() -> None:
    lead = "Начало новости о переговорах министров."
    text = f"{lead} Он сказал: «Первая фраза. Вторая фраза. Третья фраза». Конец."
    cut = cut_text(text, 90, keep_quotes=True)
    assert cut == lead
    assert not unbalanced_guillemets(cut)


def test_keep_quotes_without_a_sentence_end_cuts_before_the_quote() -> None:
    text = "Министр сказал «очень долгую фразу без точек которая не кончается»"
    assert cut_text(text, 40, keep_quotes=True) == "Министр сказал…"


def test_guillemet_balance() -> None:
    assert unbalanced_guillemets("он сказал «да")
    assert not unbalanced_guillemets("он сказал «да» и «нет»")
    assert not unbalanced_guillemets("»странно")
