"""Summary, title, sources and tags on small, targeted texts."""

from __future__ import annotations

import pytest

from bot.content.balance import balanced, cut_at_word
from bot.content.pipeline import analyze
from bot.content.sources import nominative


def test_summary_skips_attribution_only_and_headline_lines() -> None:
    analysis = analyze(
        "Лавров провел переговоры\n"
        "Сергей Лавров провел переговоры с коллегой из Турции в Анкаре. "
        "Об этом сообщается на сайте МИД России.\n"
        "Стороны обсудили ситуацию в Сирии и на Южном Кавказе."
    )
    assert analysis.summary == (
        "Сергей Лавров провел переговоры с коллегой из Турции в Анкаре. "
        "Стороны обсудили ситуацию в Сирии и на Южном Кавказе."
    )
    assert analysis.title == "Лавров провел переговоры"


def test_a_headline_ending_in_a_quoted_name_is_not_summarised() -> None:
    analysis = analyze(
        "Эксперты обсудили перспективы Евразии на заседании клуба «Валдай»\n"
        "В Москве прошло заседание клуба «Валдай». В дискуссии приняли участие политологи."
    )
    assert analysis.title == "Эксперты обсудили перспективы Евразии на заседании клуба «Валдай»"
    assert analysis.summary.startswith("В Москве прошло заседание")


def test_summary_never_takes_a_piece_of_a_multi_paragraph_quote() -> None:
    analysis = analyze(
        "«Первая часть длинной цитаты министра продолжается.\n"
        "Вторая часть цитаты тоже важна», — заявил Сергей Лавров журналистам.\n"
        "Переговоры продолжатся в следующем месяце в Женеве."
    )
    assert analysis.summary == "Переговоры продолжатся в следующем месяце в Женеве."


def test_a_huge_sentence_is_cut_at_a_word_with_an_ellipsis_and_balanced_quotes() -> None:
    sentence = "Министр заявил, что «" + "переговоры идут непросто " * 60 + "» и продолжатся."
    analysis = analyze(sentence)
    assert len(analysis.summary) <= 1024
    assert analysis.summary.endswith("…")
    assert balanced(analysis.summary)
    body_words = set(sentence.replace("«", " ").split())
    last_word = analysis.summary.rstrip("…»").split()[-1]
    assert last_word in body_words


@pytest.mark.parametrize("limit", [20, 50, 120, 1024])
def test_cut_at_word_keeps_whole_words(limit: int) -> None:
    text = "Сергей Лавров провел переговоры " * 80
    cut = cut_at_word(text, limit)
    assert len(cut) <= limit
    assert cut.endswith("…")
    assert text.startswith(cut[:-1])
    assert text[len(cut) - 1] == " "


def test_given_title_overrides_the_derived_one() -> None:
    analysis = analyze("Сергей Лавров прибыл в Анкару.", title="  Свой заголовок ")
    assert analysis.title == "Свой заголовок"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "По инициативе американской стороны состоялся телефонный разговор между министром "
            "иностранных дел Сергеем Лавровым и госсекретарем США Майком Помпео.",
            "Сергей Лавров и Майк Помпео провели телефонный разговор",
        ),
        (
            "Заместитель министра иностранных дел России Сергей Рябков в интервью РИА Новости "
            "заявил, что Москва не намерена первой возвращаться к обсуждению ДРСМД.",
            "Рябков: Москва не намерена первой возвращаться к обсуждению ДРСМД",
        ),
        (
            "Министр иностранных дел России Сергей Лавров провел в Москве переговоры с членом "
            "Политбюро ЦК КПК, министром иностранных дел Китая Ван И.",
            "Сергей Лавров провел в Москве переговоры с членом Политбюро ЦК КПК, министром "
            "иностранных дел Китая Ван И",
        ),
        (
            "Как сообщает ТАСС, в Женеве завершился раунд консультаций по Сирии.",
            "В Женеве завершился раунд консультаций по Сирии",
        ),
        (
            "Российские дипломаты остались без командировок. ВИДЕО\nТекст новости здесь.",
            "Российские дипломаты остались без командировок",
        ),
    ],
)
def test_derived_titles(text: str, title: str) -> None:
    derived = analyze(text).title
    assert derived == title
    assert len(derived) <= 120


def test_long_title_ends_at_a_word_without_junk() -> None:
    text = "Сергей Лавров " + "обсудил с коллегами вопросы региональной безопасности " * 6 + "."
    title = analyze(text).title
    assert len(title) <= 120
    assert title[-1].isalpha()
    assert text.startswith(title.split()[0])


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Как передает ТАСС, встреча прошла в Москве.", ("ТАСС",)),
        ("Как передает ИТАР-ТАСС, встреча прошла в Москве.", ("ИТАР-ТАСС",)),
        ("Встреча прошла в Москве, сообщает РИА Новости.", ("РИА Новости",)),
        ("Об этом в интервью «Первому каналу» заявил Дмитрий Песков.", ("Первый канал",)),
        ("«Мы готовы», — приводит ее слова «Пятый канал».", ("Пятый канал",)),
        (
            '"Нужен диалог", - приводит слова председателя агентство Синьхуа.',
            ("Синьхуа",),
        ),
        ("«Мы готовы», — приводит слова министра ТАСС.", ("ТАСС",)),
        ("Об этом сообщается на сайте МИД России.", ("МИД России",)),
        ("Как пишет газета «Известия», решение принято.", ("Известия",)),
        ("Об этом сообщила Официальный представитель МИД Мария Захарова.", ()),
        (
            "«Диалог нужен», - сказал Макрон в интервью газете Le Figaro.\n"
            "Пресс-секретарь Кремля ответил позже.",
            ("Le Figaro",),
        ),
        ("Об этом пишет газета Die Welt. Министр ответил.", ("Die Welt",)),
        ("Как сообщает портал Lenta.ru, встреча прошла в Москве.", ("Lenta.ru",)),
        ("Об этом сообщили в эфире Россия\nЗавтра встреча продолжится.", ("Россия",)),
        ("Об этом Слуцкий заявил «Интерфаксу».", ("Интерфакс",)),
        # one agency, one name, however a text spells it
        ("Как сообщает Xinhua, встреча прошла в Пекине.", ("Синьхуа",)),
        ("Об этом министр заявил в интервью Anadolu.", ("Анадолу",)),
        ("Встреча прошла в Тегеране, передает Tasnim.", ("Тасним",)),
        ("Как сообщает агентство Киодо, встреча прошла в Токио.", ("Кёдо",)),
        ("Как сообщает Kyodo, встреча прошла в Токио.", ("Кёдо",)),
        ("Как передает Yonhap, переговоры продолжатся.", ("Йонхап",)),
        ("Как передает агентство Рёнхап, переговоры продолжатся.", ("Йонхап",)),
        (
            "Об этом министр заявил в интервью Al-Jazeera. Позже он повторил это Al Jazeera.",
            ("Аль-Джазира",),
        ),
    ],
)
def test_sources(text: str, sources: tuple[str, ...]) -> None:
    assert analyze(text).sources == sources


def test_nominative_of_quoted_names() -> None:
    assert nominative("Первому каналу") == "Первый канал"
    assert nominative("Российской газете") == "Российская газета"
    assert nominative("Пятый канал") == "Пятый канал"


def test_tags_are_hashtag_ready_and_ranked() -> None:
    analysis = analyze(
        "Президент Франции Эммануэль Макрон провел переговоры с канцлером Германии. "
        "Макрон заявил, что Франция готова к диалогу. «Европа должна быть единой», — сказал "
        "Макрон. Белый дом пока не прокомментировал встречу."
    )
    assert analysis.tags[0] == "Макрон"
    assert "Франция" in analysis.tags
    assert "БелыйДом" in analysis.tags
    assert len(analysis.tags) <= 5
    assert all(tag.isalnum() for tag in analysis.tags)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("После распада СССР граница прошла по реке. СССР уже нет.", "СССР"),
        ("Делегация КНР прибыла в Москву. КНР готова к диалогу.", "Китай"),
        ("Власти ФРГ ответили. ФРГ не изменит позицию.", "Германия"),
    ],
)
def test_country_abbreviations_tag_their_country(text: str, tag: str) -> None:
    assert tag in analyze(text).tags


def test_second_sentence_never_leans_on_a_skipped_one() -> None:
    analysis = analyze(
        "В Кремле пока не обсуждают возможность разговора президентов. Об этом заявил Дмитрий "
        "Песков.\nОн также напомнил, что контакты экспертов продолжаются.\n"
        "Ранее в Белом доме заявили, что рассматривают разные форматы."
    )
    assert analysis.summary == (  # the attribution joins the claim (compress.py)
        "Дмитрий Песков заявил, что в Кремле пока не обсуждают возможность разговора "
        "президентов. Ранее в Белом доме заявили, что рассматривают разные форматы."
    )


@pytest.mark.parametrize(
    "dateline",
    ["МОСКВА, 3 апреля — РИА Новости.", "ВАШИНГТОН, 5 мая. /ТАСС/.", "НЬЮ-ЙОРК, 1 июня - ТАСС."],
)
def test_agency_dateline_is_neither_title_nor_summary(dateline: str) -> None:
    text = f"{dateline} Глава Минэкономразвития Максим Решетников заявил, что экономика растет."
    analysis = analyze(text)
    assert analysis.summary == (
        "Глава Минэкономразвития Максим Решетников заявил, что экономика растет."
    )
    assert "РИА" not in analysis.title
    assert "ТАСС" not in analysis.title
    assert analysis.title.startswith("Максим Решетников")


def test_interview_title_drops_the_dialogue_dash() -> None:
    text = "— Как вы оцениваете итоги саммита?\n— Итоги в целом позитивные, — ответил Лавров."
    assert analyze(text).title == "Как вы оцениваете итоги саммита?"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Как сообщил журналистам помощник президента России Юрий Ушаков, встреча лидеров "
            "«может состояться уже в этом году».\nПодготовка идет.",
            "Ушаков: Встреча лидеров «может состояться уже в этом году»",
        ),
        (
            "«Мы готовы к диалогу с любыми партнерами», — заявил министр иностранных дел России "
            "Сергей Лавров.\nОн добавил.",
            "Лавров: Мы готовы к диалогу с любыми партнерами",
        ),
        ("«Мы готовы к диалогу», — сообщает ТАСС.\nОн добавил.", "Мы готовы к диалогу"),
    ],
)
def test_claim_titles_from_kak_and_quotation_leads(text: str, title: str) -> None:
    assert analyze(text).title == title
