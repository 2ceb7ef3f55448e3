"""The terminal console: the real Dispatcher and store, fed through stdin; no token, no net."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from aiogram.types import MessageEntity

from bot.cli import main
from bot.config import Settings
from bot.console import render_entities, run_console
from bot.seed import seed_draft

SEED = seed_draft()
SEED_TITLE = " ".join(SEED.title.split())


async def _chat(settings: Settings, lines: str, **kwargs: object) -> str:
    out = io.StringIO()
    code = await run_console(settings, stdin=io.StringIO(lines), stdout=out, **kwargs)  # type: ignore[arg-type]
    assert code == 0
    return out.getvalue()


async def test_summary_then_pressing_a_button(settings: Settings) -> None:
    output = await _chat(settings, "/start\n1\n")
    # the card, its title in plain bold markers (stdout is not a terminal), numbered buttons
    assert f"*{SEED_TITLE}*" in output
    assert "  [1] Кратко   [2] Цитаты   [3] Источник\n" in output
    assert "  [4] Читать на сайте ↗   [5] Дзен ↗\n" in output
    # pressing 1 fed a callback_query and the summary came back
    after = output.split("[5] Дзен ↗", 1)[1]
    assert f"*Кратко* — {SEED_TITLE}" in after
    assert SEED.summary in after
    assert "\x1b[" not in output


async def test_quotes_are_blockquotes_and_url_buttons_print_their_url(settings: Settings) -> None:
    output = await _chat(settings, "/quotes\n5\n")
    assert "\n│ " in output
    assert output.rstrip().endswith("↗ https://dzen.ru/interaffairs")


async def test_search_and_inline_query(settings: Settings) -> None:
    output = await _chat(settings, "/search Лаврова\n@ Помпео\n")
    assert "*Найдено по запросу «Лаврова»*" in output
    assert f"  [1] 1. {SEED_TITLE}" in output
    assert f"встроенный поиск › 1\n  1. {SEED_TITLE}" in output


async def test_wrong_number_and_quit(settings: Settings) -> None:
    output = await _chat(settings, "/start\n42\n/quit\n/start\n")
    assert "  Нет кнопки с номером 42." in output
    assert output.count("бот ›") == 2  # /start's two messages; nothing after /quit


async def test_english_interface(settings: Settings) -> None:
    output = await _chat(settings, "/start\n", language_code="en")
    assert "[1] Summary   [2] Quotes   [3] Source" in output


def test_entities_for_a_terminal() -> None:
    text = "Жирный 😀 ссылка\nцитата\nещё"
    bold = MessageEntity(type="bold", offset=0, length=6)
    link = MessageEntity(type="text_link", offset=10, length=6, url="https://x.ru")  # after 😀
    quote = MessageEntity(type="blockquote", offset=17, length=10)
    plain = render_entities(text, [bold, link, quote], ansi=False)
    assert plain == "*Жирный* 😀 ссылка (https://x.ru)\n│ цитата\n│ ещё"
    ansi = render_entities(text, [bold], ansi=True)
    assert ansi.startswith("\x1b[1mЖирный\x1b[22m 😀")


def test_cli_console_works_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "console.sqlite3"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("/summary\n"))
    assert main(["console"]) == 0
    output = capsys.readouterr().out
    assert f"*Кратко* — {SEED_TITLE}" in output
    assert (tmp_path / "console.sqlite3").exists()
