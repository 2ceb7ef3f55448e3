"""The seed item, analysed end to end: three quotes, no promo, a clean summary and title."""

from __future__ import annotations

from bot.content.pipeline import analyze
from bot.seed import seed_text

PROMO_WORDS = ("Читайте другие материалы", "Подписывайтесь", "t.me", "Яндекс.Дзен")


def test_seed_has_three_quotes_with_speakers() -> None:
    analysis = analyze(seed_text())
    assert [q.speaker for q in analysis.quotes] == ["МИД России", "Сергей Лавров", "Сергей Лавров"]
    assert [q.paragraph for q in analysis.quotes] == [1, 2, 3]
    assert analysis.quotes[0].text.startswith("В развитие беседы")
    assert "«Группы двадцати»" in analysis.quotes[0].text
    assert "\nОсобое внимание" in analysis.quotes[2].text


def test_seed_has_no_promo_anywhere() -> None:
    analysis = analyze(seed_text())
    everything = "\n".join(
        [analysis.title, analysis.summary, analysis.body, *(q.text for q in analysis.quotes)]
    )
    for word in PROMO_WORDS:
        assert word not in everything
    assert len(analysis.paragraphs) == 5


def test_seed_summary_skips_the_attribution_sentence() -> None:
    analysis = analyze(seed_text())
    assert "Об этом сообщается" not in analysis.summary
    assert analysis.summary.startswith("По инициативе американской стороны")
    assert len(analysis.summary) <= 1024


def test_seed_title_sources_and_tags() -> None:
    analysis = analyze(seed_text())
    assert analysis.title == "Сергей Лавров и Майк Помпео провели телефонный разговор"
    assert analysis.sources == ("МИД России",)
    assert {"Лавров", "Помпео", "США"} <= set(analysis.tags)
    assert len(analysis.tags) <= 5


def test_stored_text_keeps_the_latin_letter_as_written() -> None:
    analysis = analyze(seed_text())
    assert "т.н. CНВ-3" in analysis.body  # Latin C kept in the stored text
    assert "CНВ-3" in analysis.quotes[2].text


def test_line_endings_invisible_characters_and_nbsp_do_not_change_the_analysis() -> None:
    plain = analyze(seed_text())
    noisy = analyze(seed_text().replace("\n", "\r\n").replace("Лавров", "Лав\u200bров"))
    assert noisy.quotes == plain.quotes
    assert noisy.summary == plain.summary
    assert noisy.title == plain.title
    nbsp = analyze(seed_text().replace(" ", "\u00a0"))
    assert [q.speaker for q in nbsp.quotes] == ["МИД России", "Сергей Лавров", "Сергей Лавров"]
    for quote in nbsp.quotes:
        assert quote.text in nbsp.body
