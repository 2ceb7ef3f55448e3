"""The terminal console: the real Dispatcher and store, fed through stdin; no token, no net."""

from __future__ import annotations

import io
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from aiogram.types import MessageEntity

from bot.cli import main
from bot.config import Settings
from bot.console import render_entities, run_console
from bot.content.pipeline import build_draft
from bot.seed import open_store, seed_draft
from tests.support.updates import ADMIN_ID

SEED = seed_draft()
EXTRA_TEXT = (
    "Министр иностранных дел России провёл переговоры с коллегой из Индии. "
    "Стороны обсудили двустороннее сотрудничество."
)
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
    assert f"  [1] №1 · {SEED_TITLE}" in output
    assert f"встроенный поиск › 1\n  1. №1 · {SEED_TITLE}" in output


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


def test_cli_console_works_without_a_token_on_its_own_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("/summary\n"))
    assert main(["console"]) == 0
    output = capsys.readouterr().out
    assert f"*Кратко* — {SEED_TITLE}" in output
    assert (tmp_path / "bot.console.sqlite3").exists()
    assert not (tmp_path / "bot.sqlite3").exists()  # the bot's own file is never touched


def _outbox_rows(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as db:
        return list(db.execute("SELECT kind, state FROM outbox ORDER BY id"))


async def _real_store_with(settings: Settings, title: str) -> None:
    """The bot's database as a running bot left it: the seed plus one more article."""
    store = await open_store(settings.database_path)
    try:
        await store.articles.upsert(build_draft(EXTRA_TEXT, title=title))
    finally:
        await store.close()


async def test_console_rehearses_on_a_copy_and_queues_nothing_for_the_bot(
    settings: Settings,
) -> None:
    await _real_store_with(settings, "Статья из рабочей базы")

    output = await _chat(settings, "/latest\n/post 2\n", user_id=ADMIN_ID)

    assert "Статья из рабочей базы" in output  # the real articles, as the bot has them
    assert "Статья №2 в очереди на публикацию." in output
    console_db = settings.database_path.with_name("bot.console.sqlite3")
    assert output.rstrip().endswith(
        f"⚑ Репетиция: в канал и подписчикам ничего не уйдёт — очередь консоли ({console_db}) "
        "никто не отправляет."
    )
    assert _outbox_rows(console_db) == [("post", "pending")]
    assert _outbox_rows(settings.database_path) == []  # the bot's outbox: nothing to send

    again = await _chat(settings, "/post 2\n", user_id=ADMIN_ID)  # a fresh copy every start
    assert "Статья №2 в очереди на публикацию." in again
    assert _outbox_rows(console_db) == [("post", "pending")]


async def test_admin_buttons_work_in_the_console(settings: Settings) -> None:
    output = await _chat(settings, "/preview\n3\n/preview\n7\n", user_id=ADMIN_ID)

    desk = "  [3] Опубликовать   [4] Запланировать\n  [5] Изменить   [6] Без звука\n  [7] Отмена\n"
    publish, cancel = output.split(desk)[1:]
    assert publish.startswith(
        "\nбот (кнопки изменены) ›\n"
        "  [1] Читать на сайте ↗   [2] Дзен ↗\n"
        "\nбот ›\n"
        "Статья №1 в очереди на публикацию. Пришлю ссылку, когда пост выйдет.\n"
        "Опубликовал(а): Консоль\n"
        "  ⚑ Репетиция: в канал"
    )
    assert cancel == (
        "\nбот (кнопки изменены) ›\n"
        "  [1] Читать на сайте ↗   [2] Дзен ↗\n"
        "  ⚑ Публикация отменена.\n"
    )
    assert "Что-то пошло не так" not in output


async def test_a_refused_admin_command_is_one_polite_line_and_no_log_line(
    settings: Settings,
) -> None:
    output = await _chat(settings, "/post\n")
    assert output.endswith("\nбот ›\nЭта команда доступна только администраторам канала.\n")
    assert "WARNING" not in output
    assert "Репетиция" not in output


async def test_greeting_and_notes_follow_the_language(settings: Settings) -> None:
    output = await _chat(settings, "/start\n42\n", language_code="en")
    assert output.startswith("The «Международная жизнь» bot console: just like Telegram")
    assert "\nbot ›\n" in output
    assert "  There is no button number 42." in output


async def test_no_line_however_long_or_malformed_breaks_the_console(settings: Settings) -> None:
    cut_mid_character = "/search " + "я" * 5000 + "\udcd0"  # the terminal's input limit
    lines = [cut_mid_character, "²", "9" * 5000, "/summary " + "9" * 5000, "\x00\udcff", "/help"]
    output = await _chat(settings, "\n".join(lines) + "\n")
    assert "  (строка обрезана до 4096 символов, как в Telegram)" in output
    assert "Что-то пошло не так" not in output
    assert "Traceback" not in output
    assert output.count("бот ›") == 6  # every line got its answer


def test_console_log_lines_go_to_a_file_unless_verbose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("/post\n"))
    assert main(["console"]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""
    assert quiet.out.startswith("Консоль бота «Международная жизнь»")
    log_file = (tmp_path / "bot.console.log").read_text(encoding="utf-8")
    assert "applied migration m0001_articles" in log_file
    assert "admin action /post refused for user_id=1" in log_file

    monkeypatch.setattr(sys, "stdin", io.StringIO("/post\n"))
    assert main(["console", "--verbose"]) == 0
    verbose = capsys.readouterr()
    assert "applied migration m0001_articles" in verbose.err
    assert "WARNING bot.handlers.admin: admin action /post refused for user_id=1" in verbose.err
    assert "WARNING" not in verbose.out
