"""Dispatch stamps: every row of bot/content/bylines.py's tables has a case here."""

from __future__ import annotations

import pytest

from bot.content import bylines
from bot.content.pipeline import analyze

# (rule, paragraph, what is left of it)
PREFIX_CASES = [
    (
        "city-date-agency",
        "МОСКВА, 3 апреля — РИА Новости. Лавров прибыл в Анкару.",
        "Лавров прибыл в Анкару.",
    ),
    (
        "city-date-agency",
        "Москва, 26 июля, 2022, 11:04 — ИА Регнум. «Крестовый поход» провалился.",
        "«Крестовый поход» провалился.",
    ),
    (
        "city-date-agency",
        "Москва, 21 ноября — АиФ-Москва. Захарова объяснила звонок.",
        "Захарова объяснила звонок.",
    ),
    (
        "city-date-agency",
        "ООН, 10 ноя – РИА Новости. Небензя не видит роли ООН.",
        "Небензя не видит роли ООН.",
    ),
    (
        "city-date-agency",
        "ООН, 23 сен - РИА Новости, Игорь Наймушин. США должны перестать.",
        "США должны перестать.",
    ),
    (
        "city-date-slash",
        "МОСКВА, 18 декабря. /ТАСС/. Россия заинтересована в диалоге.",
        "Россия заинтересована в диалоге.",
    ),
    (
        "city-date-slash",
        "ВАШИНГТОН, 5 мая /Корр. ТАСС Иван Иванов/. Посол вылетел в Москву.",
        "Посол вылетел в Москву.",
    ),
    (
        "date-city-slash",
        "13 июля, Минск /Корр. БЕЛТА/. Официальный представитель МИД высказалась.",
        "Официальный представитель МИД высказалась.",
    ),
    (
        "city-agency-parenthesis",
        "МОСКВА (Рейтер) - Минобороны РФ опровергло сообщения.",
        "Минобороны РФ опровергло сообщения.",
    ),
    (
        "city-agency-parenthesis",
        "ЖЕНЕВА, 5 мая (Рейтер) - Переговоры продолжатся.",
        "Переговоры продолжатся.",
    ),
    (
        "city-date",
        "Москва. 23 января. INTERFAX.RU - Песков не стал комментировать слухи.",
        "Песков не стал комментировать слухи.",
    ),
    (
        "city-date",
        "Вашингтон. 5 мая. INTERFAX.RU – Посол вылетел в Москву.",
        "Посол вылетел в Москву.",
    ),
    (
        "city-date",
        "НЬЮ-ЙОРК, 3 апреля — Совбез ООН собрался на заседание.",
        "Совбез ООН собрался на заседание.",
    ),
    ("agency-dash", "INTERFAX.RU - Глава МИД РФ провел разговор.", "Глава МИД РФ провел разговор."),
    ("agency-dash", "РИА Новости — Песков ответил журналистам.", "Песков ответил журналистам."),
    (
        "agency-parenthesis-dash",
        "(VOVWORLD) - В российском МИД назвали решение недружественным.",
        "В российском МИД назвали решение недружественным.",
    ),
    ("slash-byline", "/корр. ТАСС Иван Иванов/. Стороны договорились.", "Стороны договорились."),
    (
        "as-agency-reports",
        "Как передает Azerbaycan 24, стороны условились о связи.",
        "стороны условились о связи.",
    ),
    (
        "as-agency-reports",
        "Как сообщает ТАСС, в ходе встречи обсудили Сирию.",
        "в ходе встречи обсудили Сирию.",
    ),
    (
        "as-agency-reports",
        "Как передает корреспондент «Ъ» Андрей Колесников, встреча прошла.",
        "встреча прошла.",
    ),
    (  # the outlet's own source after it
        "as-agency-reports",
        "Как передает Vesti.Az со ссылкой на РИА Новости, об этом заявил глава МИД Турции.",
        "об этом заявил глава МИД Турции.",
    ),
    (  # a past tense
        "as-agency-reports",
        "Как сообщило РИА Новости, в Овальном кабинете журналист задал вопрос.",
        "в Овальном кабинете журналист задал вопрос.",
    ),
    (  # a Latin name with a lower-case function word
        "as-agency-reports",
        "Как пишет The Times of India, об этом заявил заместитель министра.",
        "об этом заявил заместитель министра.",
    ),
    (  # a Latin acronym the news opens with stays (lower-case word after it)
        "city-date",
        "МОСКВА, 3 апреля — NASA объявило о запуске.",
        "NASA объявило о запуске.",
    ),
    (  # a Cyrillic acronym stays: «МИД России»
        "city-date",
        "МОСКВА, 3 апреля — МИД России выразил протест.",
        "МИД России выразил протест.",
    ),
    (  # a city and its country before the agency in brackets
        "city-agency-parenthesis",
        "Ташкент, Узбекистан (UzDaily.uz) - Россия выступает за мирное развитие региона.",
        "Россия выступает за мирное развитие региона.",
    ),
    (  # the agency after the date, no dash, closed by a full stop
        "city-date-agency-stop",
        "МОСКВА, 7 августа Радио Sputnik. Не только Индия и Бразилия не согласились.",
        "Не только Индия и Бразилия не согласились.",
    ),
    (  # one slash before it
        "city-date-agency-stop",
        "МОСКВА, 23 июня/ Радио Sputnik. Президент Франции Эммануэль Макрон заявил.",
        "Президент Франции Эммануэль Макрон заявил.",
    ),
    (
        "city-date-bare-agency",
        "Нью-Дели, 15 ноября 2019, 11:11 — REGNUM Глава МИД Индии заявил о терроре.",
        "Глава МИД Индии заявил о терроре.",
    ),
    (
        "city-date-bare-agency",
        "Ташкент, 3 мая — UZDAILY Президент подписал указ.",
        "Президент подписал указ.",
    ),
    (
        "clock-time",
        "15:25 Президенты провели телефонный разговор.",
        "Президенты провели телефонный разговор.",
    ),
    ("clock-time", "9:05 «Газпром» сообщил о поставках.", "«Газпром» сообщил о поставках."),
    (
        "site-colon",
        "geo-politica.info: Китай высоко оценивает заявление России.",
        "Китай высоко оценивает заявление России.",
    ),
    ("site-colon", "Vecher.kz: МИД вручил ноту.", "МИД вручил ноту."),
]

# Paragraphs that must stay whole: news that merely looks like a stamp.
KEPT = [
    "Во вторник, 14 января, министр иностранных дел Сергей Лавров заявил о готовности.",
    "Сегодня, 5 мая, в Москве прошли переговоры.",
    "В Москве 30 марта вызваны руководители дипломатических миссий.",
    "Как сообщил Ушаков, встреча состоится в Будапеште.",
    "Как рассказал посол, переговоры продолжатся.",
    "Как сообщает МИД России, консультации продолжатся.",
    "Россия — ТАСС и РИА Новости передают это — готова к диалогу.",
    "В 15:25 президенты провели разговор.",  # the time inside the news
    "Politico: в ЕС появились «партизаны».",  # a headline's source, no domain
    "Москва, 5 мая Президент России провёл совещание.",  # no stop after capitalised words
]

CREDIT_CASES = [
    ("credit-label", "Фото: Reuters"),
    ("credit-label", "Фото: РИА Новости / Григорий Сысоев"),
    ("credit-label", "Источник: ТАСС"),
    ("copyright", "© РИА Новости / Илья Питалев"),
    ("numeric-date-line", "11.05.2021 | Журнал «Стратегия России»"),
    ("numeric-date-line", "06.09.2019"),
    ("time-date-line", "10:35 03.04.2024 (обновлено: 12:10 03.04.2024)"),
    ("time-date-line", "03.04.2024, 10:35"),
    ("iso-date-line", "2021-11-10 15:20"),
    ("iso-date-line", "2021-11-10"),
    ("dateline-line", "Москва, 21 ноября — АиФ-Москва."),
    ("dateline-line", "МОСКВА, 3 апреля."),
    ("caption-credit", "Сергей Лавров. Фото: Reuters"),
]

TAIL_CASES = [
    (  # whose words the outlet relays
        "reports-agency",
        "Канцлер призвал к переговорам, заявил Олаф Шольц, его слова цитирует РИА Новости.",
        "Канцлер призвал к переговорам, заявил Олаф Шольц.",
    ),
    (
        "reports-agency",
        "Альянс готов к худшему, сказал генсек, его цитирует The Times.",
        "Альянс готов к худшему, сказал генсек.",
    ),
    (  # a plural outlet, and «приводит»
        "reports-agency",
        "Кабмин одобрил бюджет на следующий год, пишут «Ведомости».",
        "Кабмин одобрил бюджет на следующий год.",
    ),
    (
        "reports-agency",
        "Премьер ответил на вопросы депутатов, приводит ТАСС.",
        "Премьер ответил на вопросы депутатов.",
    ),
    (
        "reports-agency",
        "Путин заявил, что не заметил отсутствия Порошенко, передает РИА Новости.",
        "Путин заявил, что не заметил отсутствия Порошенко.",
    ),
    (
        "reports-agency",
        "Об этом сообщила пресс-служба, передает Day.Az со ссылкой на ТАСС.",
        "Об этом сообщила пресс-служба.",
    ),
    (
        "reports-agency",
        "Он ограничится заявлением, передает специальный корреспондент «Ъ» Андрей Колесников.",
        "Он ограничится заявлением.",
    ),
    (
        "reports-agency",
        "Дипломат выступил на заседании СБ ООН, пишет РИА Новости.",
        "Дипломат выступил на заседании СБ ООН.",
    ),
    (
        "reports-agency",
        "Совфед прекратил полномочия сенатора, передает корреспондент ИА REGNUM 28 октября.",
        "Совфед прекратил полномочия сенатора.",
    ),
    (
        "reports-agency",
        "Она выразила свою позицию относительно шуток о своей работе, как сообщает ТАСС.",
        "Она выразила свою позицию относительно шуток о своей работе.",
    ),
    (  # an outlet of the lexicon's table (bot/content/lexicon.py OUTLETS) that bylines
        # did not list before the two were one table
        "told-agency",
        "Совещание пройдет 11 августа, сообщил Bloomberg.",
        "Совещание пройдет 11 августа.",
    ),
    (
        "told-agency",
        "В МИД уже побывали послы Великобритании и Франции, сообщил ТАСС.",
        "В МИД уже побывали послы Великобритании и Франции.",
    ),
    (
        "to-outlet",
        "«Будем решать осторожно», — сказал Песков агентству РИА Новости.",
        "«Будем решать осторожно», — сказал Песков.",
    ),
    (
        "to-outlet",
        "Роли ООН в урегулировании нет, заявил Небензя в беседе с РИА Новости.",
        "Роли ООН в урегулировании нет, заявил Небензя.",
    ),
    (  # «в газете» goes with the outlet: no preposition is left behind
        "to-outlet",
        "Претория продолжит сотрудничество, заявил посол в интервью, опубликованном в среду в "
        'газете "Известия".',
        "Претория продолжит сотрудничество, заявил посол в интервью, опубликованном в среду.",
    ),
    (
        "reports-media",
        "Минобороны опровергло сообщения, сообщили российские агентства.",
        "Минобороны опровергло сообщения.",
    ),
]

TAILS_KEPT = [
    "Встреча состоится в Будапеште, сообщил Ушаков.",
    "Встреча состоится в Будапеште, как сообщил Ушаков.",
    "Консультации продолжатся, сообщает МИД России.",
    "Переговоры прошли конструктивно, заявил Сергей Лавров.",
    # the interview a speaker gave is news the references keep («в интервью MSNBC заявил»), and
    # cutting only its outlet left «в интервью» hanging
    "Роли ООН в урегулировании нет, заявил Небензя в интервью РИА Новости.",
    "Укрепление связей с Россией необходимо, заявил Токаев в интервью телеканалу Qazaqstan.",
]


@pytest.mark.parametrize(("rule", "text", "rest"), PREFIX_CASES)
def test_a_leading_stamp_is_skipped(rule: str, text: str, rest: str) -> None:
    names = {r.name for r in bylines.PREFIXES}
    assert rule in names
    assert text[bylines.content_start(text) :] == rest


@pytest.mark.parametrize("text", KEPT)
def test_news_that_looks_like_a_stamp_is_kept(text: str) -> None:
    assert bylines.content_start(text) == 0
    assert not bylines.is_credit(text)


@pytest.mark.parametrize(("rule", "text"), CREDIT_CASES)
def test_a_credit_or_stamp_line_has_no_news(rule: str, text: str) -> None:
    matching = [r.name for r in bylines.CREDITS if r.pattern.match(text)]
    assert rule in matching
    assert bylines.content_start(text) == len(text)


@pytest.mark.parametrize(("rule", "text", "rest"), TAIL_CASES)
def test_a_closing_agency_attribution_is_removed(rule: str, text: str, rest: str) -> None:
    matching = [r.name for r in bylines.TAILS if r.pattern.search(text)]
    assert matching[:1] == [rule]
    assert bylines.strip_tail(text) == rest


@pytest.mark.parametrize("text", TAILS_KEPT)
def test_a_speaker_or_institution_at_the_end_is_kept(text: str) -> None:
    assert bylines.strip_tail(text) == text


def test_every_rule_has_a_case() -> None:
    tested = {r for r, *_ in PREFIX_CASES + CREDIT_CASES + TAIL_CASES}
    every = {r.name for r in bylines.PREFIXES + bylines.CREDITS + bylines.TAILS}
    assert every <= tested


def test_without_stamps_capitalises_what_is_left() -> None:
    assert bylines.without_stamps(
        "Как сообщает ТАСС, в ходе встречи обсудили Сирию, передает RT."
    ) == ("В ходе встречи обсудили Сирию.")


# A paragraph that is only a person's name is a byline under the title or closing the text:
# its person wrote the piece and is never «он» of a later «— пояснил он».
@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Ксения Орлова", True),
        ("Тимур В. Алиев", True),
        ("Анна Мария Кузнецова-Ли", True),
        ("Об Албании", False),
        ("Лавров заявил о переговорах", False),
        ("Сергей Лавров:", False),
        ("Текст: Ксения Орлова", False),
    ],
)
def test_a_bare_name_is_a_byline(text: str, byline: bool) -> None:
    assert bylines.is_byline(text) is byline


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "В Каире заявили о срыве переговоров\nМарина Зайцева\nДелегация покинула зал. Об этом"
            " сообщил дипломатический источник агентству «РИА Новости».\n«Переговоры сорваны», —"
            " пояснил он.",
            None,
        ),
        (
            "Переговоры сорваны\nДелегация покинула зал.\n«Переговоры сорваны», — пояснил он.\n"
            "Олег Смирнов",
            None,
        ),
        # a name in the body of the text is no byline: he may speak
        (
            "Переговоры сорваны\nДелегация покинула зал.\nОлег Смирнов\n«Переговоры сорваны», —"
            " пояснил Смирнов.\nЗал опустел.",
            "Олег Смирнов",
        ),
    ],
)
def test_the_author_of_a_byline_never_speaks(text: str, speaker: str | None) -> None:
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


# A bare name under the title heads the text when the title names a role or an interview it
# fills, or the next paragraph opens a dash answer or a quotation: the interviewee or the one
# person the text is about, who speaks (review round 11, R6).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Мы не отступим»: интервью министра обороны\nАндрей Белоусов\n— Как вы оцениваете"
            " ситуацию на фронте?\n— Ситуация под контролем.",
            "Андрей Белоусов",
        ),
        (
            "Новый министр\nАнна Ким\nМинистр транспорта провела первое совещание. «Нужно"
            " ускорить стройку», — сказала она.",
            "Анна Ким",
        ),
        (
            "О выборах и реформах\nНурлан Сапаров\n«Реформа займет годы», — говорит он.",
            "Нурлан Сапаров",
        ),
        (
            "Новый посол\nОльга Петренко\nПосол прибыла в Москву. «Мы откроем консульство»,"
            " — сказала она.",
            "Ольга Петренко",
        ),
        # an author under a title naming no role, before a narrative paragraph: no speaker
        (
            "Переговоры в Дохе\nМарина Зайцева\nДелегация покинула зал. Об этом сообщил"
            " источник.\n«Переговоры сорваны», — пояснил он.",
            None,
        ),
    ],
)
def test_a_name_heading_the_text_is_no_byline(text: str, speaker: str | None) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers
    assert set(speakers) == {speaker}
