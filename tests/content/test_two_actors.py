"""Two people in one attribution: the one the words are about, addressed to or quoted from
is never their speaker when someone else speaks; when the text does not settle it, nobody.

Table-driven through `analyze`: text → (the quotation's first words, its speaker). Every
table has rows where the guard must NOT fire (the person named really speaks).
"""

from __future__ import annotations

import pytest

from bot.content.entities import find_entities
from bot.content.pipeline import analyze

Row = tuple[str, str, str | None]  # text, the quotation's first words, its speaker


def _speaker(text: str, opening: str) -> str | None:
    quotes = [q for q in analyze(text).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [q.text for q in analyze(text).quotes]
    return quotes[0].speaker


# A person the quotation names in an oblique case, whom nothing else in its sentence names,
# is what the words are about: a pronoun or a role carried on to him never makes him speak.
TOPIC_INSIDE: list[Row] = [
    (
        "Игорь Ларин будет назначен послом в Сербии.\n"
        "«Кандидатура Игоря Ларина уже согласована в Госдуме», — сказал он.",
        "Кандидатура",
        None,
    ),
    (
        "Депутат Олег Смирнов прокомментировал отставку министра Анны Ковалевой.\n"
        "«Уход Анны Ковалевой был ожидаем», — отметила она.",
        "Уход",
        None,
    ),
    # named in the attribution too: he speaks, about himself
    (
        "«Кандидатура Игоря Ларина уже согласована», — подтвердил сам Игорь Ларин.",
        "Кандидатура",
        "Игорь Ларин",
    ),
    # a nominative inside the span is an attribution it holds, not a topic
    (
        "Глава МИД Индии Субраманьям Джайшанкар выступил на форуме. Министр говорил о войне.\n"
        "«Мир устал от войны. — отметил Джайшанкар. — Нужно решение».",
        "Мир устал",
        "Субраманьям Джайшанкар",
    ),
    # someone else named inside: the pronoun still carries on
    (
        "Посол Игорь Ларин прибыл в Белград.\n«Мы ждем визита Анны Ковалевой», — сказал он.",
        "Мы ждем",
        "Игорь Ларин",
    ),
    # a nominative inside the words, in no dash clause of its own, is still their topic
    (
        "Посол Германии в Москве Анна Бергер дала интервью. Канцлер Ангела Меркель посетила"
        " Сочи.\n«Главным событием года стал визит, который Ангела Меркель нанесла в Россию»,"
        " — сказала она.",
        "Главным событием",
        None,
    ),
    (
        "Пресс-секретарь президента Бразилии Паулу Пиментел выступил в Бразилиа. Президент"
        " Лула да Силва провел переговоры.\n«Переговоры, которые Лула да Силва провел в"
        " Пекине, были трудными», — сказал он.",
        "Переговоры, которые",
        None,
    ),
    (
        "Посол Франции Николя де Ривьер дал интервью. Президент Эмманюэль Макрон посетил"
        " Китай.\n«Главное событие — визит, который Эмманюэль Макрон совершил в Пекин», —"
        " сказал он.",
        "Главное событие",
        None,
    ),
    # the one the words name, of the other gender, was never the pronoun's: it carries on
    (
        "Официальный представитель МИД КНР Мао Нин провела брифинг. Председатель КНР Си"
        " Цзиньпин посетил Москву.\n«Визит, который Си Цзиньпин совершил в Москву, был"
        " успешным», — сказала она.",
        "Визит, который",
        "Мао Нин",
    ),
    # named in the attribution as well: he speaks of himself
    (
        "Глава МИД России Сергей Лавров выступил в Дели.\n«Вы думаете, Лавров будет молчать?"
        " Лавров скажет все», — заявил Сергей Лавров.",
        "Вы думаете",
        "Сергей Лавров",
    ),
]

# «По его словам, X …»: a pronoun stands for the one who spoke before, never for X whom the
# reported clause is about; X speaks only when a speech verb after his name says so.
ACCORDING_TO_HIM: list[Row] = [
    (
        "«Выборы пройдут летом», — сообщил источник в секретариате.\n"
        "По его словам, Игорь Ларин возглавляет совет и «в этой организации он свой человек».",
        "в этой организации",
        None,
    ),
    (
        "«Это провокация», — сказала эксперт Анна Ковалева.\n"
        "На ее взгляд, Олег Смирнов хитрый политик, призывая народ к спокойствию, так как"
        " «беспорядки разрушают страну».",
        "беспорядки",
        "Олег Смирнов",
    ),
    # «по его приказу», «по его данным» report nobody's words: the name after them speaks
    (
        "Президент Олег Смирнов провел совещание.\nПо его приказу, министр Игорь Ларин вылетел"
        " в Минск, где «обсудит все вопросы», — отметил Ларин.",
        "обсудит",
        "Игорь Ларин",
    ),
    (
        "Агентство опубликовало сводку.\nПо его данным, министр Анна Ковалева прибыла в Минск,"
        " где «обсудит все вопросы», — отметила Ковалева.",
        "обсудит",
        "Анна Ковалева",
    ),
]

# «По его словам, глава организации «обеспокоен …»»: a role in the nominative opening the
# reported clause, with no speech verb of its own, stands for someone other than the one
# whose account it is; «его» read as that very person is a misreading — the pronoun's next
# referent past him (the spokesman who spoke before), else nobody. A pronoun there («по его
# словам, он …») or a name (ACCORDING_TO_HIM) is left to the rules that read them.
ACCOUNT_OF_THE_DESCRIBED: list[Row] = [
    (
        "Официальный представитель Кремля Дмитрий Песков провел брифинг. «Контакты"
        " продолжаются», — сказал Песков. Президент России Владимир Путин провел совещание с"
        " правительством. По его словам, глава государства «крайне недоволен темпами работ».",
        "крайне недоволен",
        "Дмитрий Песков",
    ),
    (
        "Официальный представитель МИД Египта Тамим Халляф выступил на брифинге. «Мы следим"
        " за ситуацией», — заявил Халляф. Министр иностранных дел Египта Бадр Абдель Ати провел"
        " переговоры в Каире. По его словам, министр «глубоко встревожен эскалацией».",
        "глубоко встревожен",
        "Тамим Халляф",
    ),
    (
        "Официальный представитель Белого дома Джон Кирби провел брифинг. «Мы следим за"
        " ситуацией», — сказал Кирби. Президент США Джо Байден провел совещание. По его словам,"
        " американский президент «глубоко встревожен происходящим».",
        "глубоко встревожен происходящим",
        "Джон Кирби",
    ),
    (
        "Президент Казахстана Касым-Жомарт Токаев провел совещание в Астане. По его словам,"
        " глава государства «недоволен работой правительства».",
        "недоволен работой",
        None,
    ),
    (
        "Пресс-секретарь премьер-министра Италии Паола Мартини провела брифинг. Премьер-министр"
        " Джорджа Мелони встретилась с послами. По ее словам, премьер «очень довольна"
        " результатами».",
        "очень довольна",
        None,
    ),
    # must not fire: a pronoun subject may be the owner himself; a place is no role
    (
        "Министр иностранных дел России Сергей Лавров провел переговоры в Москве. По его"
        " словам, он «удовлетворен итогами встречи».",
        "удовлетворен итогами",
        "Сергей Лавров",
    ),
    (
        "Глава МИД Турции Хакан Фидан провел переговоры в Анкаре. По его словам, Анкара «готова"
        " к посредничеству».",
        "готова к посредничеству",
        "Хакан Фидан",
    ),
    # the role is someone else than the owner read: the account stays hers
    (
        "Пресс-секретарь Белого дома Кэролайн Ливитт провела брифинг. По ее словам, президент"
        " «очень доволен итогами саммита».",
        "очень доволен",
        "Кэролайн Ливитт",
    ),
]

# «Косачев отметил, что Байден считает президента «убийцей»»: a naming or judging verb in a
# reported clause with a subject of its own (another person named, a role, «ли он» of an
# indirect question) labels in that other one's words — nobody's the text settles, never
# the reporter's. The reporter's own judging verb, or a country as the subject, stays his.
JUDGED_BY_ANOTHER: list[Row] = [
    (
        "Сенатор Олег Смирнов выступил в Москве. Смирнов отметил, что Джо Байден считает"
        " президента России «убийцей».",
        "убийцей",
        None,
    ),
    (
        "Депутат Анна Ковалева выступила в Москве. Ковалева отметила, что американский лидер"
        " ответил на вопрос, считает ли он президента России «убийцей».",
        "убийцей",
        None,
    ),
    (
        "Министр иностранных дел Китая Ван И выступил в Пекине. Ван И отметил, что госсекретарь"
        " США признал отношения «сложными».",
        "сложными",
        None,
    ),
    # the judge's name right before his verb makes him its subject: his label
    (
        "Глава МИД Египта Бадр Абдель Ати выступил в Каире. Абдель Ати сообщил, что Нетаньяху"
        " считает переговоры «бесполезными».",
        "бесполезными",
        "Нетаньяху",
    ),
    # must not fire: the reporter judges himself, or a country is the clause's subject
    (
        "Глава МИД России Сергей Лавров заявил, что считает такие действия «провокацией».",
        "провокацией",
        "Сергей Лавров",
    ),
    (
        "Глава МИД России Сергей Лавров заявил, что он считает такие действия «провокацией».",
        "провокацией",
        "Сергей Лавров",
    ),
    (
        "Официальный представитель МИД России Мария Захарова заявила, что Россия считает такие"
        " действия «провокацией».",
        "провокацией",
        "Мария Захарова",
    ),
    # «признал, что …» reports, as any speech verb with «что»: the words stay his
    (
        "Выступая в Брюсселе, глава МИД Литвы Кястутис Будрис признал, что премьер Венгрии"
        " Виктор Орбан «не подвержен давлению».",
        "не подвержен",
        "Кястутис Будрис",
    ),
]

# «заявление X о том, что …»: the quotation is X's words only inside his reported clause; a
# complete clause and a comma end it, and a quotation after them belongs to the sentence's own
# subject («назвал … «важным событием»», «…, поскольку Киев «…»»).
CLAUSE_CLOSED: list[Row] = [
    (
        "Министр Олег Смирнов назвал заявление Анны Ковалевой о том, что страна выполнит"
        " обязательства, «важным шагом».",
        "важным шагом",
        "Олег Смирнов",
    ),
    (
        "Министр Олег Смирнов прокомментировал заявление Анны Ковалевой о том, что страна"
        " выполнит обязательства, поскольку партнеры «ждут решений».",
        "ждут решений",
        "Олег Смирнов",
    ),
    # still inside the owner's clause: the owner's words
    (
        "Министр Олег Смирнов прокомментировал заявление Анны Ковалевой о том, что страна"
        " «выполнит все обязательства».",
        "выполнит",
        "Анна Ковалева",
    ),
    # a relative clause between commas does not close it
    (
        "Министр Олег Смирнов прокомментировал заявление Анны Ковалевой о том, что Запад,"
        " который поставляет оружие, «затягивает конфликт».",
        "затягивает",
        "Анна Ковалева",
    ),
    # «но»/«однако» and a predicate with no subject of its own: the owner's clause goes on
    (
        "Генсек НАТО Марк Рютте отказался комментировать заявление президента ЮАР Сирила"
        " Рамафосы о том, что страна не собирается вступать в альянсы, но готова «поддержать"
        " любые мирные переговоры».",
        "поддержать",
        "Сирил Рамафоса",
    ),
    (
        "Глава МИД Германии Йоханн Вадефуль раскритиковал слова премьер-министра Индии"
        " Нарендры Моди о том, что Индия не будет вводить санкции, однако намерена «сохранить"
        " диалог со всеми сторонами».",
        "сохранить",
        "Нарендра Моди",
    ),
    # a subject of its own after «но», or a speech verb (the commenter's): no longer the owner's
    (
        "Министр Олег Смирнов прокомментировал заявление Анны Ковалевой о том, что страна"
        " выполнит обязательства, но Киев «ждет решений».",
        "ждет решений",
        "Олег Смирнов",
    ),
    (
        "Министр Олег Смирнов прокомментировал заявление Анны Ковалевой о том, что страна"
        " выполнит обязательства, но добавил «с известными оговорками».",
        "с известными",
        "Олег Смирнов",
    ),
    # the predicate's gender or number is the commenter's, or fits both: the commenter's
    (
        "Официальный представитель МИД России Мария Захарова прокомментировала заявление"
        " госсекретаря США Марко Рубио о том, что Вашингтон не хочет войны, но готова «дать"
        " жесткий ответ на любые провокации».",
        "дать жесткий",
        "Мария Захарова",
    ),
    (
        "Кая Каллас раскритиковала слова Виктора Орбана о том, что Венгрия не поддержит"
        " санкции, однако вынуждена «искать компромисс с Будапештом».",
        "искать компромисс",
        "Кая Каллас",
    ),
    (
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал заявление Урсулы фон дер Ляйен"
        " о том, что ЕС введет новые санкции, однако вынужден был «констатировать бессилие"
        " Брюсселя».",
        "констатировать",
        "Дмитрий Песков",
    ),
    (
        "Мария Захарова прокомментировала заявление Марко Рубио о том, что США не будут"
        " вмешиваться, но предпочла «не тратить время на пустые слова».",
        "не тратить",
        "Мария Захарова",
    ),
    (
        "Кая Каллас ответила на слова Сергея Лаврова о том, что Европа готовится к войне,"
        " однако решила «не отвечать на провокации Москвы».",
        "не отвечать",
        "Кая Каллас",
    ),
]

# Words one person recalls, quotes or repeats are their owner's (unknown when the text names
# him nobody it knows), never the one who recalls them; «свои слова» are the subject's own; a
# relay's «его слова» gives way to the owner the sentence names before the quotation.
RECALLED_WORDS: list[Row] = [
    # words from the subject's own speech («из своего послания»): the subject's
    (
        "Президент России Владимир Путин напомнил слова из своего послания Федеральному"
        " собранию: «Россия не угрожает никому».",
        "Россия не",
        "Владимир Путин",
    ),
    (
        "Канцлер Германии Фридрих Мерц процитировал слова из своей речи в бундестаге:"
        " «Германия должна стать сильнее».",
        "Германия должна",
        "Фридрих Мерц",
    ),
    (
        "Президент Мексики Клаудия Шейнбаум напомнила свои слова: «Мексика не будет ничьей"
        " колонией».",
        "Мексика не",
        "Клаудия Шейнбаум",
    ),
    (
        "Президент США Дональд Трамп рассказал о разговоре с Зеленским.\n"
        '"Я спросил, что вы там делаете" – вспомнил свои слова американский лидер.',
        "Я спросил",
        "Дональд Трамп",
    ),
    (
        "Глава МИД России Сергей Лавров рассказал о переговорах в Женеве. «Мы готовы к"
        " диалогу, но не к ультиматумам», — повторил свои слова министр.",
        "Мы готовы",
        "Сергей Лавров",
    ),
    (
        "Президент Бразилии Луис Инасиу Лула да Силва выступил на саммите. «Мир устал от"
        " войн», — повторил свои слова бразильский лидер.",
        "Мир устал",
        "Луис Инасиу Лула да Силва",
    ),
    (
        "Глава республики Рустам Минниханов выступил перед прессой. Он вспомнил слова"
        " президента России Владимира Путина: «Турция — наш надежный партнер», — передает его"
        " слова журнал «Эксперт».",
        "Турция",
        "Владимир Путин",
    ),
    (
        "Премьер-министр Индии Нарендра Моди выступил в парламенте. Он процитировал слова"
        " Махатмы Ганди: «Будь тем изменением, которое хочешь увидеть в мире».",
        "Будь тем",
        None,
    ),
    (
        "Премьер-министр Индии Нарендра Моди выступил в парламенте. Он процитировал слова"
        " Махатмы Ганди: «Будь тем изменением, которое хочешь увидеть в мире», — приводит его"
        " слова агентство PTI.",
        "Будь тем",
        None,
    ),
    (
        "Премьер-министр Индии Нарендра Моди выступил в парламенте. Он вспомнил слова своего"
        " учителя: «Будь тем изменением, которое хочешь увидеть в мире».",
        "Будь тем",
        None,
    ),
    (
        "Глава МИД Турции Хакан Фидан сослался на слова Реджепа Тайипа Эрдогана: «Мы не"
        " позволим разделить Сирию».",
        "Мы не позволим",
        "Реджеп Тайип Эрдоган",
    ),
    (
        "Официальный представитель МИД России Мария Захарова напомнила слова Ван И: «Китай не"
        " допустит вмешательства во внутренние дела».",
        "Китай не",
        "Ван И",
    ),
    # the relay's pronoun alone: the one person of its gender named before
    (
        "Министр иностранных дел Японии Ёко Камикава выступила в парламенте.\n"
        "«Мы продолжим диалог с соседями», — приводит ее слова агентство Киодо.",
        "Мы продолжим",
        "Ёко Камикава",
    ),
    (
        "Спецпосланник ООН Мария Фернанда Эспиноса выступила в Нью-Йорке. Ее поддержал генсек"
        " Антониу Гутерриш.\n«Мы продолжим работу», — приводит ее слова ТАСС.",
        "Мы продолжим",
        "Мария Фернанда Эспиноса",
    ),
    # a lone role noun before the relaying outlet: the one introduced in that role (the
    # outlet is the relay's subject, no body the role heads)
    (
        "АММАН, 2 марта — ТАСС. Министр иностранных дел Иордании Махмуд Абу Зейд заявил, что"
        " консультации продолжатся.\n«Никто не вправе диктовать нам условия», — передает"
        " слова министра РИА Новости.",
        "Никто не",
        "Махмуд Абу Зейд",
    ),
    (
        "КАНБЕРРА, 2 марта — ТАСС. Министр иностранных дел Австралии Пенни Вонг заявила, что"
        " консультации продолжатся.\n«Мы не откажемся от своих обязательств», — передает"
        " слова министра Интерфакс.",
        "Мы не откажемся",
        "Пенни Вонг",
    ),
    # two people titled in that role: which one the outlet quotes, the role cannot say
    (
        "Глава МИД России Сергей Лавров встретился с министром иностранных дел Турции Хаканом"
        " Фиданом. Турецкий министр рассказал о подготовке визита Эрдогана. «Визит состоится в"
        " ближайшие месяцы», — передает слова министра Анадолу.",
        "Визит состоится",
        None,
    ),
    (
        "Министр обороны России Андрей Белоусов провел переговоры с министром обороны Китая"
        " Дун Цзюнем. «Мы обсудили учения», — передает слова министра ТАСС.",
        "Мы обсудили",
        None,
    ),
    # the reverse: a reply to another's words, quoted after the colon, is the subject's
    (
        "Глава МИД России Сергей Лавров ответил на заявление госсекретаря США Энтони Блинкена:"
        " «Это не соответствует действительности».",
        "Это не",
        "Сергей Лавров",
    ),
    (
        "Министр Олег Смирнов парировал заявление Анны Ковалевой-Петровой: «Это не"
        " соответствует действительности».",
        "Это не",
        "Олег Смирнов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), TOPIC_INSIDE)
def test_a_person_the_words_are_about(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), ACCORDING_TO_HIM)
def test_a_name_after_according_to_him(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), ACCOUNT_OF_THE_DESCRIBED)
def test_an_account_of_the_one_it_describes(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), JUDGED_BY_ANOTHER)
def test_a_label_in_anothers_clause(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), CLAUSE_CLOSED)
def test_an_owners_clause_ends(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), RECALLED_WORDS)
def test_recalled_words_stay_their_owners(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «-евич» ends patronymics and surnames alike: a word written alone elsewhere is a surname,
# so «Александр Лукашевич» is his own person, never the text's other Александр.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Заявил представитель Александр Лукашевич.\nСказал Лукашевич.\n"
            "Делегацию возглавляет Александр Грушко.",
            {"Александр Лукашевич", "Александр Грушко"},
        ),
        (
            "Министр Сергей Лавров прибыл в Анкару.\n«Сергей Викторович, ваш комментарий?» —"
            " спросил журналист.",
            {"Сергей Лавров"},
        ),
    ],
)
def test_patronymic_or_surname(text: str, names: set[str]) -> None:
    found = {m.person.name for m in find_entities(text).persons if m.person is not None}
    assert found == names


# «По словам X, <роль> пообещал «…»»: the reported clause has a speaker of its own, a role in
# the nominative before a speech verb; the words are his, never X's.
INNER_SPEAKER: list[Row] = [
    (
        "Министр иностранных дел Франции Жан Леруа встретился с президентом Бразилии Луисом"
        " Сантосом. По словам французского министра, бразильский президент пообещал"
        " «рассмотреть все предложения» до осени.",
        "рассмотреть",
        "Луис Сантос",
    ),
    # no speaker inside the clause: the opinion's owner
    (
        "Министр иностранных дел Франции Жан Леруа встретился с президентом Бразилии Луисом"
        " Сантосом. По словам французского министра, переговоры были «очень полезными».",
        "очень полезными",
        "Жан Леруа",
    ),
]

# A body in the genitive after a common noun («Страны Евросоюза сократили …») is whose the
# subject is: it never speaks for «— говорится в сообщении»; the body itself as the subject does.
BODY_OF_A_SUBJECT: list[Row] = [
    (
        "Страны Евросоюза в этом году сократили закупки газа на треть, сообщил в среду «Газпром»"
        " в своем канале. «Закупки упали на треть», — говорится в сообщении.",
        "Закупки",
        None,
    ),
    (
        "Граждане Евросоюза в этом году стали реже ездить в Россию, отмечает в своем докладе"
        " российский «Ростуризм». «Поток туристов упал», — говорится в докладе.",
        "Поток",
        None,
    ),
    (
        "Министерство обороны Латвии с начала года закупило новые танки. «Поставки завершены»,"
        " — говорится в сообщении.",
        "Поставки",
        "Минобороны Латвии",
    ),
]

# Two holders of one post at a joint appearance («передал российскому коллеге»): after one
# of them spoke, «По словам министра» may be either — nobody; one minister alone is named.
COLLEAGUES: list[Row] = [
    (
        "Глава МИД Египта Ахмед Салем передал российскому коллеге Игорю Морозову приглашение на"
        " саммит.\n«Приглашение мы получили и благодарны за него», — сказал Морозов на совместной"
        " пресс-конференции. По словам министра, «Россия рассмотрит его в ближайшее время».",
        "Россия рассмотрит",
        None,
    ),
    (
        "Глава МИД Венгрии Петер Сийярто прибыл в Анкару.\n«Мы обсудили энергетику», — сказал"
        " Сийярто на пресс-конференции. По словам министра, «Венгрия готова к сотрудничеству».",
        "Венгрия готова",
        "Петер Сийярто",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), INNER_SPEAKER)
def test_a_reported_clauses_own_speaker(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), BODY_OF_A_SUBJECT)
def test_a_body_owning_the_subject(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), COLLEAGUES)
def test_colleagues_at_a_joint_appearance(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A unit working for one person («в пресс-службе Волковой», «канцелярии Смирнова») speaks for
# itself: the person after it owns it and does not speak; a unit a role heads («главы
# ведомства Антона Силуанова») is no such unit.
PERSONAL_UNIT: list[Row] = [
    (
        "В Госдуме отказались комментировать сообщения о якобы готовящемся уходе Ирины Волковой"
        " с поста.\n«Слухи не комментируем», — заявили в пресс-службе Волковой.",
        "Слухи",
        None,
    ),
    (
        "Президент Олег Смирнов выступил в парламенте.\n«Мы готовы к переговорам», — говорится"
        " в сообщении канцелярии Смирнова.",
        "Мы готовы",
        None,
    ),
    (
        "В Минфине объяснили заявление главы ведомства Антона Силуанова о том, что он «ни за что"
        " не платит».",
        "ни за что",
        "Антон Силуанов",
    ),
    (
        "«Визит прошел успешно», — сообщил глава ведомства Игорь Морозов.",
        "Визит",
        "Игорь Морозов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), PERSONAL_UNIT)
def test_a_persons_unit_speaks_for_itself(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# Objects and owners inside the clause: «продолжают «…»» takes the quotation as its object (no
# speech); «процитировал X: «…»» gives X's words; «по ее мнению» inside the «что» clause of
# «Президент заявляла» is the president's view, never the last speaker's; a person after
# «встречи с …» before the verb is its object, never its subject.
CLAUSE_OBJECTS: list[Row] = [
    (
        "Депутат Олег Смирнов заявил, что Евросоюз и отдельные страны продолжают «политику"
        " давления» на Москву.",
        "политику давления",
        "Олег Смирнов",
    ),
    (
        "Олег Смирнов процитировал Игоря Морозова: «Россия не отступит».",
        "Россия не отступит",
        "Игорь Морозов",
    ),
    (
        "Олег Смирнов процитировал свое письмо: «Россия не отступит».",
        "Россия не отступит",
        "Олег Смирнов",
    ),
    (
        "Официальный представитель МИД Мария Петрова назвала паранойей заявление президента"
        " Молдовы Анны Ковалевой.\n«Это паранойя», — сказала Петрова. Президент Молдовы"
        " заявляла, что победа оппозиции, по ее мнению, «угрожает суверенитету страны».",
        "угрожает",
        "Анна Ковалева",
    ),
    (
        "Член Госсовета КНР Ван И в ходе встречи с советником премьер-министра Индии Раджешем"
        " Кумаром заявил, что Китай «не стремится к гегемонии».",
        "не стремится",
        "Ван И",
    ),
    (
        "Игорь Морозов в ходе встречи с советником Олегом Смирновым заявил, что Россия «не"
        " стремится к гегемонии».",
        "не стремится",
        "Игорь Морозов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CLAUSE_OBJECTS)
def test_objects_and_owners_in_the_clause(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# Who asks never answers: «он» of «ответил» after «X спросил Y …» is Y (the one person of its
# gender asked), nobody when two were asked; with no question before, the pronoun as ever.
ASKED_AND_ANSWERED: list[Row] = [
    (
        "Журналист Игорь Морозов спросил министра Олега Смирнова о санкциях. «Санкции не"
        " работают», — ответил он.",
        "Санкции",
        "Олег Смирнов",
    ),
    (
        "Журналист Игорь Морозов спросил министра Олега Смирнова и посла Петра Иванова о"
        " санкциях. «Санкции не работают», — ответил он.",
        "Санкции",
        None,
    ),
    (
        "Министр Олег Смирнов выступил на брифинге. Журналист спросил его о санкциях. «Санкции"
        " не работают», — ответил он.",
        "Санкции",
        "Олег Смирнов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ASKED_AND_ANSWERED)
def test_who_asks_never_answers(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# The one a naming verb calls so is never the one calling, whatever a role noun in the
# subject was resolved to; a view held inside «по словам X» is X's account of it; a citing
# verb gives its object's words; a reply to someone's statement is the replier's.
NAMED_AND_VIEWED: list[Row] = [
    (
        "Американский дипломат назвал президента Бразилии Луиса Лулу «опасным популистом».",
        "опасным",
        None,
    ),
    (
        "Депутат Олег Смирнов назвал министра Анну Ковалеву «голосом разума».",
        "голосом",
        "Олег Смирнов",
    ),
    # a role object standing for the one a description subject was resolved onto: nobody
    (
        "Президент России Владимир Путин провел переговоры с президентом Венесуэлы.\n"
        "Глава латиноамериканской страны назвал российского президента «лидером нового мира».",
        "лидером",
        None,
    ),
    # an oblique pronoun after the naming verb may stand for a thing: the subject still names
    (
        "Министр Анна Ковалева прокомментировала возможность отдыха. Она назвала её «большой"
        " надеждой».",
        "большой",
        "Анна Ковалева",
    ),
    # the words noun's owner is whose label it is not: the naming subject's
    (
        "Посол Олег Смирнов назвал слова Анны Ковалевой «недружественным шагом».",
        "недружественным",
        "Олег Смирнов",
    ),
    (
        "Министр Анна Ковалева выступила в Москве.\nПо мнению министра, Олег Смирнов уверен,"
        " что «переговоры зашли в тупик».",
        "переговоры",
        "Анна Ковалева",
    ),
    (
        "По словам Олега Смирнова, министр Анна Ковалева считает, что «санкции не работают».",
        "санкции",
        "Олег Смирнов",
    ),
    (
        "По мнению министра, Олег Смирнов уверен, что «переговоры зашли в тупик».",
        "переговоры",
        None,
    ),
    # a speech verb inside still reports the inner speaker's words
    (
        "По словам Олега Смирнова, министр Анна Ковалева заявила, что «санкции не работают».",
        "санкции",
        "Анна Ковалева",
    ),
    (
        "Министр Анна Ковалева процитировала Марко Рубио: «Мы не примем никаких ультиматумов».",
        "Мы не",
        "Марко Рубио",
    ),
    (
        "Посол Олег Смирнов прокомментировал заявление Каи Каллас: «Мы не примем никаких"
        " ультиматумов».",
        "Мы не",
        "Олег Смирнов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NAMED_AND_VIEWED)
def test_the_named_the_viewed_the_cited(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


_READY = "«Мы готовы к диалогу»"
_TALKS = "Сергей Лавров провел переговоры с госсекретарем США Марко Рубио. "

# A name right before the attribution's verb is its subject only when nothing but «Об этом»,
# «так» or a nominative role stands before it: one after a preposition or a noun, declined or
# not, is the circumstance's («в присутствии Моди»), and an undeclined one before a verb whose
# surely nominative subject follows is its addressee (review round 6, B1).
SUBJECT_BEFORE_VERB: list[Row] = [
    (f"{_READY}, — в присутствии Моди сказал Путин.", "Мы готовы", "Путин"),
    (f"{_READY}, — после визита Си Цзиньпина заявил Путин.", "Мы готовы", "Путин"),
    (f"{_TALKS}{_READY}, — после встречи Марко Рубио заявил Лавров.", "Мы готовы", "Сергей Лавров"),
    (f"{_TALKS}{_READY}. Об этом Марко Рубио заявил Сергей Лавров.", "Мы готовы", "Сергей Лавров"),
    (
        f"Путин принял премьера Индии Нарендру Моди. {_READY}, — в присутствии Нарендры Моди"
        " сказал Путин.",
        "Мы готовы",
        "Путин",
    ),
    (
        f"{_READY}, — после звонка Эммануэля Макрона заявила Мария Захарова.",
        "Мы готовы",
        "Мария Захарова",
    ),
    (f"{_READY}, — в присутствии Пенни Вонг сказала Кая Каллас.", "Мы готовы", "Кая Каллас"),
    (
        f"{_READY}, — после визита Валентины Матвиенко заявил Си Цзиньпин.",
        "Мы готовы",
        "Си Цзиньпин",
    ),
    (f"{_READY}. Об этом Си Цзиньпину заявил Владимир Путин.", "Мы готовы", "Владимир Путин"),
    (f"{_READY}. Об этом Пенни Вонг сообщила Мария Захарова.", "Мы готовы", "Мария Захарова"),
    # the name before the verb is its subject
    (f"{_READY}. Об этом Марко Рубио заявил журналистам.", "Мы готовы", "Марко Рубио"),
    (f"{_READY}. Об этом Кая Каллас сообщила Марко Рубио.", "Мы готовы", "Кая Каллас"),
    (f"{_READY}, — так Рябков прокомментировал заявление Каи Каллас.", "Мы готовы", "Рябков"),
    (
        f"{_READY}, — глава евродипломатии Кая Каллас заявила журналистам.",
        "Мы готовы",
        "Кая Каллас",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), SUBJECT_BEFORE_VERB)
def test_a_name_before_the_verb(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# Whoever else reads the clause, a person named in a circumstance before its verb (a
# preposition or a noun governs the name) or of the other gender than the verb's form is
# never the speaker: the one named after the verb in the nominative is, else nobody.
NEVER_THE_CIRCUMSTANCE: list[Row] = [
    (
        f"{_READY}, — в присутствии Нарендры Моди заявила Анналена Бербок.",
        "Мы готовы",
        "Анналена Бербок",
    ),
    (f"{_READY}, — в присутствии Анналены Бербок заявил Ван И.", "Мы готовы", "Ван И"),
    (f"{_READY}, — после визита Анналены Бербок заявил Ван И.", "Мы готовы", "Ван И"),
    (
        f"{_READY}, — после звонка Нарендры Моди заявила Анналена Бербок.",
        "Мы готовы",
        "Анналена Бербок",
    ),
    (
        f"{_READY}, — в присутствии Сергея Лаврова заявила Анналена Бербок.",
        "Мы готовы",
        "Анналена Бербок",
    ),
    (f"{_READY}, — после визита Сергея Лаврова сказал он.", "Мы готовы", None),
    (
        f"{_READY}, — в присутствии Нарендры Моди заявил Сергей Лавров.",
        "Мы готовы",
        "Сергей Лавров",
    ),
    (
        f"{_READY}, — после визита Сергея Лаврова заявила Мария Захарова.",
        "Мы готовы",
        "Мария Захарова",
    ),
    # a capital word before the name is of the name itself: its subject still
    (f"{_READY}, — так Пенни Вонг прокомментировала заявление Лаврова.", "Мы готовы", "Вонг"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NEVER_THE_CIRCUMSTANCE)
def test_never_the_circumstance(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# The sentence after a quotation names its speaker before its verb only in the nominative: a
# name right after a lower-case noun that may be its genitive is what that noun governs
# («после визита Лаврова», «по итогам переговоров Лаврова»), never the subject — the one named
# in the nominative right after the verb is, else nobody. A circumstance before a subject in
# the nominative («В интервью RT …», «На брифинге Мария Захарова») keeps it the speaker.
NEXT_SENTENCE_NOT_THE_GENITIVE: list[Row] = [
    (
        f"{_READY}. Об этом после визита Лаврова заявила Мария Захарова.",
        "Мы готовы",
        "Мария Захарова",
    ),
    (
        f"{_READY}. Об этом по итогам переговоров Лаврова заявила Мария Захарова.",
        "Мы готовы",
        "Мария Захарова",
    ),
    (f"{_READY}. Об этом в присутствии Моди заявил Сергей Лавров.", "Мы готовы", "Сергей Лавров"),
    (
        f"{_READY}. По итогам переговоров Лаврова журналистам заявила официальный представитель.",
        "Мы готовы",
        None,
    ),
    (
        f"{_READY}. После визита Лаврова в Анкару дипломат сообщила об этом журналистам.",
        "Мы готовы",
        None,
    ),
    # a circumstance before a nominative subject: still the speaker
    (
        f"{_READY}. В интервью RT официальный представитель МИД Мария Захарова рассказала о"
        " переговорах.",
        "Мы готовы",
        "Мария Захарова",
    ),
    (
        f"{_READY}. На брифинге Мария Захарова рассказала о переговорах.",
        "Мы готовы",
        "Мария Захарова",
    ),
    (
        f"{_READY}. В интервью телеканалу Сергей Лавров рассказал о переговорах.",
        "Мы готовы",
        "Сергей Лавров",
    ),
    (
        f"{_READY}. Вчера в Анкаре Сергей Лавров рассказал о переговорах.",
        "Мы готовы",
        "Сергей Лавров",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NEXT_SENTENCE_NOT_THE_GENITIVE)
def test_next_sentence_not_the_genitive(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A quotation after another's closing mark and a colon goes on with the earlier words only
# when the sentence's own verb has no other subject: «X прокомментировала слова Y о том, что
# «…»: «…»» — the reply is X's (review round 6, B4).
AFTER_CLOSE_AND_COLON: list[Row] = [
    (
        "Мария Захарова прокомментировала слова Джо Байдена о том, что США «обязательно"
        " победят»: «Это очередной бред».",
        "Это очередной",
        "Мария Захарова",
    ),
    (
        "Мария Захарова ответила на слова Марко Рубио о том, что Россия «не хочет мира»: «Это"
        " ложь».",
        "Это ложь",
        "Мария Захарова",
    ),
    (
        "Сергей Лавров прокомментировал слова Марии Захаровой о том, что ЕС «не отступит»:"
        " «Пусть попробуют».",
        "Пусть",
        "Сергей Лавров",
    ),
    (
        "Мария Захарова прокомментировала слова Джо Байдена о том, что США «обязательно"
        " победят»: «Это очередной бред».",
        "обязательно",
        "Джо Байден",
    ),
    # the sentence's subject spoke the earlier words too: they go on
    (
        "Сергей Лавров заявил, что Евросоюз «точно не сможет отказаться от газа»: «Тем не менее"
        " мы ищем выход».",
        "Тем не менее",
        "Сергей Лавров",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), AFTER_CLOSE_AND_COLON)
def test_words_going_on_after_a_colon(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A person named in a relative clause («, которого поддержал X,») between a role subject and its
# gerund's fragment is no subject of the main clause: never the role's holder, whatever gender.
RELATIVE_CLAUSE_MEMBER: list[Row] = [
    (
        "Министр Анналена Бербок, которую поддержал Олаф Шольц, раскритиковала проект, назвав"
        " его «опасной ошибкой».",
        "опасной",
        "Анналена Бербок",
    ),
    (
        "Министр, которого поддержал Олаф Шольц, раскритиковал проект, назвав его «опасной"
        " ошибкой».",
        "опасной",
        None,
    ),
    (
        "Депутат, которую поддержала Мария Захарова, раскритиковала закон, назвав его «вредным».",
        "вредным",
        None,
    ),
    (
        "Дипломат, которого поддержал президент Франции Эмманюэль Макрон, осудил удар,"
        " назвав его «недопустимым».",
        "недопустимым",
        None,
    ),
    # the named subject of the main clause keeps the words
    (
        "Министр Сергей Лавров, которого поддержал Владимир Путин, раскритиковал проект,"
        " назвав его «опасной ошибкой».",
        "опасной",
        "Сергей Лавров",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), RELATIVE_CLAUSE_MEMBER)
def test_a_relative_clauses_person(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A common noun for a body as the speech verb's subject («Как отмечает министерство», «—
# сообщила пресс-служба», «В российском ведомстве отметили») refers back to the body the text
# had speak: never to a person, whoever spoke or was named last; unknown when no body spoke,
# or when the noun goes on with a body of its own («министерство обороны»).
BODY_NOUN_SUBJECT: list[Row] = [
    (
        "МИД Грузии подверг критике заявление российской стороны после встречи Зураба Абашидзе"
        " и Григория Карасина. Как отмечает министерство, «это не первый случай"
        " распространения ложной информации».",
        "это не первый",
        "МИД Грузии",
    ),
    (
        "В МИД Киргизии сообщили о встрече. Об этом Жээнбек Кулубаев написал в соцсети."
        " В ведомстве отметили, что «стороны обсудили весь спектр вопросов двустороннего"
        " сотрудничества».",
        "стороны обсудили",
        "МИД Киргизии",
    ),
    (
        "В МИД Киргизии сообщили о встрече. Об этом Жээнбек Кулубаев написал в соцсети."
        " В киргизском ведомстве заявили: «Стороны обсудили весь спектр вопросов».",
        "Стороны обсудили",
        "МИД Киргизии",
    ),
    (
        "Посол Нгози Оконджо-Ивеала вручила верительные грамоты. «Мы рассчитываем на"
        " скорейшее продолжение диалога», — сообщила пресс-служба.",
        "Мы рассчитываем",
        None,
    ),
    (
        "Глава МИД Ирана Аббас Аракчи провел встречу в Пхеньяне. Как сообщает дипведомство,"
        " «стороны договорились о новых консультациях».",
        "стороны договорились",
        None,
    ),
    # the body named outright, or a person as the subject: the noun rule does not fire
    (
        "В МИД Бразилии прокомментировали визит. Министр Мауро Виейра провел переговоры."
        " В бразильском ведомстве подчеркнули, что «отношения двух стран выходят на новый"
        " уровень».",
        "отношения двух",
        "МИД Бразилии",
    ),
    (
        "Министр Нгози Оконджо-Ивеала прибыла в Абуджу. Как заявила министр, «переговоры о"
        " кредите завершатся до конца года».",
        "переговоры о",
        "Нгози Оконджо-Ивеала",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), BODY_NOUN_SUBJECT)
def test_a_body_noun_is_never_a_person(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A role the quotation's attribution uses («— написал глава региона») never goes forward on a
# person introduced with it only after the quotation when someone else already acts before
# it; with nobody before (a headline's quotation), the person introduced later still may.
ROLE_AHEAD: list[Row] = [
    (
        "Губернатор Мурманской области Андрей Чибис отреагировал на санкции. «Работаем дальше,"
        " пусть боятся», — написал глава региона в своем телеграм-канале.\nВ список также"
        " вошли глава Астраханской области Игорь Бабушкин и глава Калмыкии Бату Хасиков.",
        "Работаем дальше",
        "Андрей Чибис",
    ),
    (
        "Мэр Казани Ильсур Метшин открыл выставку. «Город готов принять гостей со всего мира»,"
        " — заявил глава города.\nРанее глава Уфы Ратмир Мавлиев посетил Казань.",
        "Город готов",
        "Ильсур Метшин",
    ),
    (
        "«Никакой роли у организации в урегулировании нет», — заявил постпред.\nПостпред России"
        " при ООН Василий Небензя выступил в Совбезе.",
        "Никакой роли",
        "Василий Небензя",
    ),
    (
        "«Мы не примем никаких ультиматумов», — сказал министр.\nМинистр иностранных дел"
        " Мексики Хуан Рамон де ла Фуэнте прибыл в Москву.",
        "Мы не примем",
        "Хуан Рамон де ла Фуэнте",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ROLE_AHEAD)
def test_a_role_never_runs_ahead_of_the_actor(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# One person named by a singular role in a plural verb's own clause is never its subject
# («— написали в комментариях к статье журналиста читатели», «— признали в окружении
# президента»): someone around him spoke, nobody the text names. A role in another clause
# («Помощник президента отметил, что в Вашингтоне заверяют …») keeps its own verb.
PLURAL_VERB_SINGLE_ROLE: list[Row] = [
    (
        "Журналист Юкио Касияма опубликовал статью о Курилах.\n«Россия острова не вернет», —"
        " написали в комментариях к статье журналиста читатели.",
        "Россия острова",
        None,
    ),
    (
        "Президент Аргентины Хавьер Милей выступил в Давосе.\n«Речь была слишком резкой», —"
        " признали в окружении президента.",
        "Речь была",
        None,
    ),
    (
        "Министр Бола Тинубу прибыл в Лагос.\n«Мы не ведем переговоров», — заявили министр и"
        " его заместитель.",
        "Мы не ведем",
        None,
    ),
    (
        "Помощник президента Юрий Ушаков отметил, что в Вашингтоне заверяют, что у Трампа"
        " «совсем другая идеология».",
        "совсем другая",
        "Юрий Ушаков",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), PLURAL_VERB_SINGLE_ROLE)
def test_a_plural_verb_is_no_single_roles(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# Whom the verb addresses is never its subject, whatever the name finder made of the name:
# a name that reads only as a dative before «сообщила» (the subject follows the verb), an
# undeclined name right after the verb that runs straight into a role in the nominative and
# its holder (they are the subject), and a person opening the sentence whose gender the
# verb of a reported clause rules out (its own subject is someone the name finder missed:
# nobody known).
ADDRESSEE_NOT_SUBJECT: list[Row] = [
    (
        "«Мы не примем никаких ультиматумов». Об этом Нарендре Моди сообщила Анналена Бербок.",
        "Мы не примем",
        "Анналена Бербок",
    ),
    (
        "«Переговоры продолжатся в Женеве». Об этом Валентине Матвиенко сообщил Сергей Рябков.",
        "Переговоры продолжатся",
        "Сергей Рябков",
    ),
    (
        "«Переговоры продолжатся в Женеве», — ответила Марко Рубио глава европейской"
        " дипломатии Кая Каллас.",
        "Переговоры продолжатся",
        "Кая Каллас",
    ),
    (
        "«Переговоры продолжатся в Женеве», — ответил Пенни Вонг министр иностранных дел КНР"
        " Ван И.",
        "Переговоры продолжатся",
        "Ван И",
    ),
    (
        "Председатель Совета Федерации Валентина Матвиенко напомнила, что Ван И ранее назвал"
        " ситуацию «компромисс еще возможен».",
        "компромисс",
        "Ван И",
    ),
    (  # a name the name finder misses: nobody known, never her
        "Председатель Совета Федерации Валентина Матвиенко напомнила, что Ё Ка ранее назвал"
        " ситуацию «компромисс еще возможен».",
        "компромисс",
        None,
    ),
    (  # the reported clause's verb agrees with her: hers
        "Председатель Совета Федерации Валентина Матвиенко напомнила, что ранее назвала"
        " ситуацию «компромисс еще возможен».",
        "компромисс",
        "Валентина Матвиенко",
    ),
]


# A name right after the verb and a nominative role with no person after it: the role is
# the name's own, written without a comma — the name is the subject, never an addressee.
APPOSED_OWN_ROLE: list[Row] = [
    ("«Мы готовы к диалогу», — сказал Марко Рубио госсекретарь США.", "Мы готовы", "Марко Рубио"),
    ("«Мы готовы к диалогу», — сказал Ван И глава МИД КНР.", "Мы готовы", "Ван И"),
    (
        "«Мы открыты для инвестиций», — отметил Нарендра Моди премьер-министр Индии.",
        "Мы открыты",
        "Нарендра Моди",
    ),
    ("«Мы поддерживаем переговоры», — сказал Рубио глава Госдепартамента США.", "Мы", "Рубио"),
    (
        "«Мы не отступим», — заявил Ван И министр иностранных дел КНР, — «никогда».",
        "Мы не отступим",
        "Ван И",
    ),
    (  # a feminine verb with a woman's first name, a verb of no gender: still the name's
        "«Мы готовы к диалогу», — сказала Кая Каллас глава европейской дипломатии.",
        "Мы готовы",
        "Кая Каллас",
    ),
    ("«Мы готовы к диалогу», — говорит Марко Рубио госсекретарь США.", "Мы готовы", "Марко Рубио"),
    (  # a holder after the role: still the addressee before them (the rows above)
        "«Мы ждем ответа», — ответил Пенни Вонг министр иностранных дел КНР Ван И.",
        "Мы ждем",
        "Ван И",
    ),
]


# ...unless the verb cannot agree with the name alone: plural, or feminine with a first
# name that is no woman's — the role may be the subject, whose name the text leaves out.
APPOSED_ROLE_DISAGREEING: list[Row] = [
    ("«Спасибо», — ответила Марко Рубио глава европейской дипломатии.", "Спасибо", None),
    ("«Мы не согласны», — ответила Ван И глава МИД ФРГ.", "Мы не согласны", None),
    ("«Спасибо», — сказала Марко Рубио председатель Еврокомиссии.", "Спасибо", None),
    ("«Нет», — ответили Марко Рубио представители ЕС.", "Нет", None),
]


@pytest.mark.parametrize(
    ("text", "opening", "speaker"), APPOSED_OWN_ROLE + APPOSED_ROLE_DISAGREEING
)
def test_a_role_no_holder_follows_is_the_names_own(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), ADDRESSEE_NOT_SUBJECT)
def test_the_addressee_is_never_the_subject(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «X раскритиковал Y: «…»»: a name before the verb that need not be a nominative (undeclined
# «Марко Рубио», «Ван И») is the fronted object when one surely in the nominative agrees
# with the verb right after it; a name after a noun of words («Слова X …») is whose words
# are commented; never the one whose aide speaks («Советник министра … Андрея Белоусова»).
FRONTED_OBJECT: list[Row] = [
    (
        "Ван И раскритиковал глава МИД России Сергей Лавров: «Пекин и Москва действуют вместе».",
        "Пекин",
        "Сергей Лавров",
    ),
    (
        "Марко Рубио раскритиковала Мария Захарова: «Вашингтон снова меняет правила игры».",
        "Вашингтон",
        "Мария Захарова",
    ),
    # the subject first: the guard does not fire
    (
        "Сергей Лавров раскритиковал Марко Рубио: «Москва не примет ультиматумов».",
        "Москва",
        "Сергей Лавров",
    ),
    (
        "Посол России в Сербии Олег Смирнов раскритиковал Ван И: «Мы не примем ультиматумов».",
        "Мы не",
        "Олег Смирнов",
    ),
    (
        "Слова Антониу Гутерриша прокомментировал пресс-секретарь президента России Дмитрий"
        " Песков: «Мы не согласны с такой оценкой».",
        "Мы не",
        "Дмитрий Песков",
    ),
    (
        "Заявление Эммануэля Макрона прокомментировала официальный представитель МИД России"
        " Мария Захарова: «Париж снова ошибается».",
        "Париж",
        "Мария Захарова",
    ),
    (
        "Советник министра обороны Андрея Белоусова заявил: «Учения пройдут по плану».",
        "Учения",
        None,
    ),
    (
        "Помощник премьер-министра Индии Нарендры Моди сообщил: «Визит состоится в марте».",
        "Визит",
        None,
    ),
    ("«Анкара готова», — сказал пресс-секретарь президента Турции Эрдогана.", "Анкара", None),
    # the aide named himself: he speaks
    (
        "Помощник президента России Юрий Ушаков заявил: «Встреча пройдет в Эр-Рияде».",
        "Встреча",
        "Юрий Ушаков",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FRONTED_OBJECT)
def test_a_fronted_object_or_owner_never_speaks(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «X ответил Y: «…».\n«…».»: the paragraph going on after a quotation introduced by a colon
# is its speaker's, never the addressee's, named last before the words.
REPLY_GOES_ON: list[Row] = [
    (
        "Мария Захарова ответила Марко Рубио: «Россия не ведет переговоров под угрозами».\n"
        "«Мы будем исходить из собственных интересов».",
        "Мы будем",
        "Мария Захарова",
    ),
    (
        "Жозеп Боррель ответил Ван И: «Европа сохранит единство».\n«Мы не изменим курс».",
        "Мы не",
        "Жозеп Боррель",
    ),
    (
        "Ван И ответил Энтони Блинкену: «Китай не примет давления».\n«Мы защитим свои интересы».",
        "Мы защитим",
        "Ван И",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), REPLY_GOES_ON)
def test_a_reply_goes_on_in_the_next_paragraph(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «при X» after a body or a post: X is where it is attached (accredited), never who speaks;
# the mission's own name is not found yet, so nobody — and a person named still speaks.
ATTACHED_BODY: list[Row] = [
    (
        "В постпредстве России при Евросоюзе заявили: «Брюссель игнорирует правила».",
        "Брюссель",
        "Постпредство России при Евросоюзе",  # the mission itself, never the EU
    ),
    (
        "В представительстве Казахстана при ООН сообщили: «Астана поддерживает резолюцию».",
        "Астана",
        None,
    ),
    ("«Совет продолжит работу», — отметили в Совете при президенте России.", "Совет", None),
    (
        "«Брюссель игнорирует правила», — заявил постпред России при ЕС Кирилл Логвинов.",
        "Брюссель",
        "Кирилл Логвинов",
    ),
    (
        "Постоянный представитель Китая при ООН Фу Цун заявил: «Пекин против санкций».",
        "Пекин",
        "Фу Цун",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ATTACHED_BODY)
def test_the_body_a_mission_is_attached_to_never_speaks(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «X назвал Y «…»»: the one a naming verb calls so is never the one who calls him so — also
# when the name finder read his declined surname as a nominative («Путина», the man being
# «Владимир Путин» elsewhere), or when he is put first («Путина назвал «…» Трамп»).
NAMED_ONE: list[Row] = [
    (
        "Президент Бразилии назвал Путина «одним из самых могущественных людей в мире».\n"
        "Президент России Владимир Путин провел переговоры в Кремле.",
        "одним из",
        None,
    ),
    (
        "Премьер-министр Индии назвал Си Цзиньпина «добрым соседом». Председатель КНР Си"
        " Цзиньпин поблагодарил его.",
        "добрым соседом",
        None,
    ),
    ("Путина назвал «сильным лидером» Дональд Трамп.", "сильным лидером", None),
    ("Захарову назвала «голосом пропаганды» Кая Каллас.", "голосом пропаганды", None),
    # the namer named: the guard does not fire
    (
        "Президент Аргентины Хавьер Милей назвал Педро Санчеса «трусом и лжецом».",
        "трусом",
        "Хавьер Милей",
    ),
    (
        "Лидер Турции Реджеп Тайип Эрдоган назвал Нетаньяху «мясником». Премьер Израиля"
        " Биньямин Нетаньяху ответил резко.",
        "мясником",
        "Реджеп Тайип Эрдоган",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NAMED_ONE)
def test_the_one_named_so_never_names(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «…», — отметил президент Казахстана. «…», — добавил он»: a pronoun right after words a role
# alone attributed (the role resolving to nobody) goes on with that unnamed holder, never
# with a person mentioned further back as an object («Токаев поблагодарил Путина»).
UNNAMED_ROLE_GOES_ON: list[Row] = [
    (
        "Глава государства поблагодарил Путина за поддержку.\n"
        "«Вопросов у нас нет», — отметил президент Казахстана.\n«Мы союзники», — добавил он.",
        "Мы союзники",
        None,
    ),
    (
        "Премьер поблагодарил Ангелу Меркель за помощь.\n«Мы это ценим», — отметила"
        " представитель правительства.\n«Решение будет скоро», — добавила она.",
        "Решение",
        None,
    ),
    (
        "Президент Аргентины встретился с Лулой да Силвой.\n«Мы договорились о торговле»,"
        " — сказал аргентинский лидер.\n«Переговоры продолжатся», — добавил он.",
        "Переговоры",
        None,
    ),
    # an undeclined name after the verb of a role's clause is its object: no subject for «министр»
    (
        "Глава МИД Японии поблагодарил Ван И за прием.\n«Мы провели откровенный разговор»,"
        " — сказал министр.\n«Диалог продолжится», — добавил он.",
        "Диалог",
        None,
    ),
    (
        "Глава государства поблагодарил Путина за поддержку.\n«Вопросов у нас нет», — отметил"
        " президент Казахстана.",
        "Вопросов",
        None,
    ),
    # the role resolved, or the person named: the pronoun goes on with him
    (
        "Глава МИД КНР Ван И поблагодарил японского коллегу за прием.\n«Мы провели откровенный"
        " разговор», — сказал министр.\n«Диалог продолжится», — добавил он.",
        "Диалог",
        "Ван И",
    ),
    (
        "Министр финансов Антон Силуанов прокомментировал санкции.\n«Мы ответим», — сказал"
        " министр.\n«Это адекватная мера», — добавил он.",
        "Это адекватная",
        "Антон Силуанов",
    ),
    (
        "Президент Казахстана Касым-Жомарт Токаев поблагодарил Путина.\n«Вопросов у нас нет»,"
        " — отметил президент Казахстана.\n«Мы союзники», — добавил он.",
        "Мы союзники",
        "Касым-Жомарт Токаев",
    ),
    (
        "Эрдоган поблагодарил Путина за поддержку.\n«Мы ценим это», — сказал он.",
        "Мы ценим",
        "Эрдоган",
    ),
]


# «X отказался … Об этом сообщил источник. «…», — пояснил он»: the pronoun of a quotation
# after a sentence whose subject is an unnamed source (a singular speech verb of its gender)
# is that source, never the person the reported sentence was about; a named subject there,
# or a verb of the other gender, leaves the pronoun to the person.
UNNAMED_SOURCE_GOES_ON: list[Row] = [
    (
        "Генерал Иван Сомов покинул переговоры. Об этом сообщил осведомленный источник"
        " агентству.\n«Именно Сомов сорвал встречу», — пояснил он.",
        "Именно Сомов",
        None,
    ),
    (
        "Министр Ольга Ревина подала в отставку. Об этом рассказала собеседница издания.\n"
        "«Решение было неожиданным», — добавила она.",
        "Решение",
        None,
    ),
    (
        "Посол Пауло Мендес вернулся в Лиссабон. Как сообщил источник в правительстве, визит"
        " отложен.\n«Он уехал внезапно», — сказал он.",
        "Он уехал",
        None,
    ),
    # the edges: the person himself reports, another person opens the sentence before, or the
    # verb is of the other gender
    (
        "Генерал Иван Сомов покинул переговоры. Об этом сообщил сам Сомов.\n«Я ухожу»,"
        " — пояснил он.",
        "Я ухожу",
        "Иван Сомов",
    ),
    (
        "Об этом сообщил источник. Генерал Иван Сомов выступил в Думе.\n«Мы готовы», — сказал он.",
        "Мы готовы",
        "Иван Сомов",
    ),
    (
        "Министр Ольга Ревина подала в отставку. Об этом сообщил источник агентства.\n"
        "«Я устала», — добавила она.",
        "Я устала",
        "Ольга Ревина",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), UNNAMED_SOURCE_GOES_ON)
def test_a_pronoun_goes_on_with_an_unnamed_source(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), UNNAMED_ROLE_GOES_ON)
def test_a_pronoun_goes_on_with_an_unnamed_role(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «Президент Франции прокомментировал слова Лаврова. «…», — сказал президент»: the owner of the
# words an unnamed subject replies to is never that subject, nor given the subject's title or
# country; when the one replying is named, a later role may still be the other's.
REPLIED_TO: list[Row] = [
    (
        "Президент Франции прокомментировал слова Лаврова.\n«Это важный сигнал», — сказал"
        " президент.",
        "Это важный",
        None,
    ),
    (
        "Посол Китая ответил на заявление Джо Байдена.\n«Китай не угрожает никому», — сказал"
        " дипломат.",
        "Китай",
        None,
    ),
    (
        "Премьер Польши ответил на слова Виктора Орбана.\n«Польша не отступит», — сказал"
        " польский премьер.",
        "Польша",
        None,
    ),
    (
        "Министр обороны Германии отреагировал на заявление Сергея Шойгу.\n«Бундесвер готов»,"
        " — сказал министр.",
        "Бундесвер",
        None,
    ),
    # the one replying named: he speaks, and the other keeps his own title
    (
        "Президент Франции Эммануэль Макрон прокомментировал слова Лаврова.\n«Это важный"
        " сигнал», — сказал президент.",
        "Это важный",
        "Эммануэль Макрон",
    ),
    (
        "Захарова прокомментировала высказывания Джона Керри.\nГоссекретарь США заявил о"
        " «преступлениях России в Сирии».",
        "преступлениях",
        "Джон Керри",
    ),
    (
        "Министр ответил словами Сергея Лаврова: «Мы не допустим давления на граждан».",
        "Мы не",
        "Сергей Лавров",
    ),
    # a title fronted in the accusative («Премьера», read first as the noun «премьера») is
    # the object's: the subject after the verb keeps his words
    (
        "Премьера Венгрии Виктора Орбана поддержал Роберт Фицо. «Мы вместе», — сказал премьер"
        " Словакии.",
        "Мы вместе",
        "Роберт Фицо",
    ),
    (
        "Премьера Японии Сигэру Исибу поддержал Дональд Трамп. «Япония — наш союзник», — сказал"
        " президент США.",
        "Япония",
        "Дональд Трамп",
    ),
    (
        "Премьер-министр Индии поблагодарил Владимира Путина. «Спасибо за прием», — сказал"
        " премьер.",
        "Спасибо",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), REPLIED_TO)
def test_the_one_replied_to_never_speaks_for_the_replier(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «…правительства, возглавляемого Нафтали Беннетом»: the agent of a passive participle's
# phrase describes a noun of the clause; «он» after it is the clause's subject.
PARTICIPLE_AGENT: list[Row] = [
    (
        "Министр иностранных дел Самех Шукри прокомментировал приход правительства,"
        " возглавляемого Нафтали Беннетом.\n«Египет будет сотрудничать с ним», — заявил он.",
        "Египет",
        "Самех Шукри",
    ),
    (
        "Посол Анатолий Антонов прокомментировал санкции, введенные Джо Байденом.\n«Это путь в"
        " никуда», — заявил он.",
        "Это путь",
        "Анатолий Антонов",
    ),
    (
        "Премьер Индии Нарендра Моди приветствовал соглашение, подписанное Си Цзиньпином.\n«Это"
        " шаг к миру», — отметил он.",
        "Это шаг",
        "Нарендра Моди",
    ),
    # the named one the subject: the pronoun goes on with him
    (
        "Марко Рубио, назначенный Дональдом Трампом, выступил в сенате.\n«Мы не отступим», —"
        " сказал он.",
        "Мы не",
        "Марко Рубио",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), PARTICIPLE_AGENT)
def test_a_participles_agent_never_speaks(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «X заявил, что «…», сообщает пресс-служба Кремля»: a body reporting what a person its
# sentence names in the nominative said only relays it; with nobody named, the body speaks.
BODY_RELAYS_A_PERSON: list[Row] = [
    (
        "Президент Палестины Махмуд Аббас заявил, что Палестину и Россию объединяет «духовная"
        " связь», сообщает пресс-служба Кремля.",
        "духовная",
        "Махмуд Аббас",
    ),
    (
        "Глава МИД Турции Хакан Фидан заявил, что Анкара «не поддержит односторонние санкции»,"
        " сообщает МИД Турции.",
        "не поддержит",
        "Хакан Фидан",
    ),
    (
        "Президент Кении Уильям Руто отметил, что Африка «требует постоянного места в Совбезе»,"
        " сообщила пресс-служба Кремля.",
        "требует",
        "Уильям Руто",
    ),
    # an outlet the organisation table lacks relays the person named just as well
    (
        "Президент Ганы Джон Махама заявил, что страны региона «будут действовать сообща»,"
        " передает Joy News.",
        "будут действовать",
        "Джон Махама",
    ),
    (
        "Премьер-министр Малайзии Анвар Ибрагим отметил, что Куала-Лумпур «не примет чужих"
        " условий», пишет Malaysiakini.",
        "не примет",
        "Анвар Ибрагим",
    ),
    (
        "Глава МИД Колумбии Лаура Сарабиа заявила, что Богота «готова к диалогу с соседями»,"
        " передает El Tiempo.",
        "готова к диалогу",
        "Лаура Сарабиа",
    ),
    (  # nobody named: an unknown outlet is nobody's speaker either
        "Переговоры прошли «в деловой и конструктивной атмосфере», передает Sabah.",
        "в деловой",
        None,
    ),
    # nobody named: the body's own report
    (
        "Переговоры прошли «в конструктивном ключе», сообщает пресс-служба Кремля.",
        "в конструктивном",
        "Кремль",
    ),
    (
        "Стороны обсудили «весь комплекс двусторонних вопросов», сообщили в МИД России.",
        "весь комплекс",
        "МИД России",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), BODY_RELAYS_A_PERSON)
def test_a_body_relays_the_person_named(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «назвал заявления X о Y «…»»: a naming verb takes the whole noun phrase, owner and topic
# included, as its object; the label after the topic (after «как», or in the instrumental) is
# the namer's, never the owner's. A quotation that is the topic's own words, or the content
# after «что», stays the owner's.
LABEL_OF_WORDS: list[Row] = [
    (
        "Политолог Андрей Суздальцев окрестил слова Нарендры Моди о торговле «дипломатической"
        " уловкой».",
        "дипломатической",
        "Андрей Суздальцев",
    ),
    (
        "Депутат Анна Ковалева охарактеризовала заявление премьер-министра Японии Фумио Кисиды"
        " о Курилах как «очередную провокацию».",
        "очередную",
        "Анна Ковалева",
    ),
    (
        "Сенатор Игорь Ларин назвал резкие высказывания Каи Каллас о Китае «бездумной риторикой».",
        "бездумной",
        "Игорь Ларин",
    ),
    (
        "Официальный представитель МИД Мария Захарова оценила слова Владимира Зеленского о"
        " переговорах как «очередной пиар».",
        "очередной",
        "Мария Захарова",
    ),
    (
        "Глава МИД Бразилии Мауро Виейра назвал заявления Нгози Оконджо-Ивеалы о пошлинах"
        " «поспешным шагом».",
        "поспешным",
        "Мауро Виейра",
    ),
    # the topic's own words («о мерах «наказания»») and the reported content stay the owner's
    (
        "МИД России расценивает слова премьер-министра Великобритании Терезы Мэй о мерах"
        " «наказания» как провокацию.",
        "наказания",
        "Тереза Мэй",
    ),
    (
        "Премьер Великобритании Кир Стармер выступил в парламенте.\nСенатор Олег Смирнов назвал"
        " заявление Кира Стармера о том, что Россия является «угрозой для Европы»,"
        " безответственным.",
        "угрозой",
        "Кир Стармер",
    ),
    # «сравнил» puts no label: what follows the topic quotes the words compared
    (
        "Глава Минобороны Германии Аннегрет Крамп-Карренбауэр выступила в бундестаге.\nМинистр"
        " обороны России Сергей Шойгу сравнил заявления главы Минобороны Германии Аннегрет"
        " Крамп-Карренбауэр о необходимости говорить с Москвой «с позиции силы» с выступлением"
        " школьницы.",
        "с позиции",
        "Аннегрет Крамп-Карренбауэр",
    ),
    # an infinitive in the topic has no subject of its own: still the owner's words
    (
        "Глава дипломатии ЕС Жозеп Боррель выступил в Брюсселе.\nСергей Лавров прокомментировал"
        " заявление Борреля о готовности разговаривать с Россией «языком силы».",
        "языком",
        "Жозеп Боррель",
    ),
    # the namer goes on speaking after the label («, добавив: «…»»): the label stays his
    (
        "Президент Сербии Александр Вучич назвал слова Урсулы фон дер Ляйен о расширении ЕС"
        " «пустыми обещаниями», добавив: «Мы ждем двадцать лет».",
        "пустыми",
        "Александр Вучич",
    ),
    (
        "Президент Колумбии Густаво Петро назвал заявления госсекретаря США Марко Рубио о"
        " наркотрафике в Карибском море «колониальной риторикой», подчеркнув: «Мы суверенная"
        " страна».",
        "колониальной",
        "Густаво Петро",
    ),
]

# «Она отметила, что X «…»»: a pronoun subject points back at someone named before it, never
# at the person its own reported clause is about.
PRONOUN_BEFORE_ITS_CLAUSE: list[Row] = [
    (
        "Министр иностранных дел Индонезии Ретно Марсуди провела переговоры с главой МИД Японии"
        " Ёко Камикавой.\nОна отметила, что Камикава «умеет слушать партнеров».",
        "умеет",
        "Ретно Марсуди",
    ),
    (
        "Посол Кении Питер Ньямбура встретился с журналистами.\nОн заявил, что президент"
        " Бразилии Луис Инасиу Лула да Силва «всегда был другом Африки».",
        "всегда",
        "Питер Ньямбура",
    ),
    (
        "Премьер-министр Индии Нарендра Моди встретился с канцлером Германии Олафом Шольцем.\n"
        "Он подчеркнул, что Шольц «понимает интересы Индии».",
        "понимает",
        "Нарендра Моди",
    ),
    # nobody in the clause: the pronoun carries on as before
    (
        "Глава МИД Венгрии Петер Сийярто прибыл в Минск.\nОн сказал, что «переговоры будут"
        " трудными».",
        "переговоры",
        "Петер Сийярто",
    ),
]


# «…с посланием X, в котором он назвал «…»»: a pronoun right after «в котором» is the author
# of the text the clause hangs on — the one person of its gender named in the genitive after
# it — never the main clause's subject; with no such owner it resolves as before.
IN_WHICH_HE: list[Row] = [
    (
        "Министр иностранных дел России Сергей Лавров ознакомился с обращением президента Кении"
        " Уильяма Руто, в котором он назвал санкции «пережитком прошлого».",
        "пережитком",
        "Уильям Руто",
    ),
    (
        "Глава МИД Ирана Аббас Аракчи прокомментировал письмо премьер-министра Японии Санаэ"
        " Такаити, в котором она назвала переговоры «долгим путем».",
        "долгим",
        "Санаэ Такаити",
    ),
    (
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал поздравление президента"
        " Индонезии Прабово Субианто, в котором он назвал Россию «надежным другом».",
        "надежным",
        "Прабово Субианто",
    ),
    # the text is the subject's own, or no person owns it: the subject
    (
        "Министр Сергей Лавров дал интервью телеканалу, в котором он назвал переговоры «трудными».",
        "трудными",
        "Сергей Лавров",
    ),
    (
        "Глава испанского МИД Жозеп Боррель заявил, что в Москве неправильно поняли его"
        " высказывание, в котором он отозвался о России, как о «старом враге».",
        "старом",
        "Жозеп Боррель",
    ),
    # «в ходе которых» is an event, no text: its subject acts in it
    (
        "Сергей Лавров провел переговоры с госсекретарем США Марко Рубио, в ходе которых он"
        " назвал санкции «ошибкой».",
        "ошибкой",
        "Сергей Лавров",
    ),
    # a text noun before the genitive chain, of the relative word's gender: its author
    (
        "Глава МИД Турции Хакан Фидан прокомментировал статью журналиста Такера Карлсона, в"
        " которой он назвал Анкару «посредником».",
        "посредником",
        "Такер Карлсон",
    ),
    (
        "Президент Чили Габриэль Борич получил послание премьер-министра Индии Нарендры Моди, в"
        " котором он назвал отношения «стратегическими».",
        "стратегическими",
        "Нарендра Моди",
    ),
    # the commenter speaks on after the author's clause
    (
        "Глава МИД Турции Хакан Фидан прокомментировал статью журналиста Такера Карлсона, в"
        " которой он назвал Анкару «посредником». «Мы не посредник, мы сторона мира», — сказал"
        " он.",
        "Мы не",
        "Хакан Фидан",
    ),
    # the chain hangs on a deed, a place, a plan or a topic — never a text of the person's:
    # the subject's, as before the rule
    (
        "Канцлер Германии Олаф Шольц подписал распоряжение об отставке министра финансов"
        " Кристиана Линднера, в котором он назвал его действия «безответственными и"
        " эгоистичными».",
        "безответственными",
        "Олаф Шольц",
    ),
    (
        "Президент США Дональд Трамп опубликовал пост в защиту кандидатуры Пита Хегсета, в"
        " котором он назвал его «сильным и умным лидером».",
        "сильным",
        "Дональд Трамп",
    ),
    (
        "Владимир Путин подписал указ о награждении певца Льва Лещенко, в котором он отметил его"
        " «выдающийся вклад в культуру».",
        "выдающийся",
        "Владимир Путин",
    ),
    (
        "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры в резиденции президента"
        " Аргентины Хавьера Милея, в которой он заявил: «Мы договорились о многом».",
        "Мы договорились",
        "Луис Инасиу Лула да Силва",
    ),
    (
        "Песков прокомментировал статью о визите премьера Венгрии Виктора Орбана, в которой он"
        " назвал Будапешт «мостом».",
        "мостом",
        "Песков",
    ),
    (
        "Захарова прокомментировала публикацию о заявлениях главы евродипломатии Каи Каллас, в"
        " которой она назвала Россию «угрозой».",
        "угрозой",
        "Захарова",
    ),
    (
        "Министр обороны Андрей Белоусов утвердил план подготовки генерала Валерия Герасимова, в"
        " котором он назвал задачи «приоритетными».",
        "приоритетными",
        "Андрей Белоусов",
    ),
    (
        "Премьер Индии Нарендра Моди посетил дом-музей писателя Рабиндраната Тагора, в котором"
        " он назвал поэта «голосом нации».",
        "голосом",
        "Нарендра Моди",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), IN_WHICH_HE)
def test_a_pronoun_in_a_texts_relative_clause(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), LABEL_OF_WORDS)
def test_a_label_put_on_someones_words(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), PRONOUN_BEFORE_ITS_CLAUSE)
def test_a_pronoun_before_its_clause(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# ««…», — цитирует «Die Welt».»: an outlet quoting with nobody named as whose words they are
# goes on with the one person the sentence right before has speaking (its quotation's
# speaker, or the subject of its «Об этом сообщил X»); nobody when that sentence has nobody
# speaking, or two.
OUTLET_QUOTES_ON: list[Row] = [
    (
        "Постпред России при ЕС Владимир Чижов дал интервью газете «Die Welt».\n«Мы не знаем, о"
        " чем говорить с НАТО», — прокомментировал Чижов.\nПри этом он подчеркнул, что"
        " назначение нового постпреда произойдет «совершенно точно не завтра».\n«Правда,"
        " существует формат диалога, но НАТО хочет говорить только об Украине», — цитирует"
        " «Die Welt».",
        "Правда",
        "Владимир Чижов",
    ),
    (
        "В России собрали 93 млн тонн зерна.\nОб этом сообщила министр сельского хозяйства"
        " Оксана Лут на встрече с премьер-министром Михаилом Мишустиным.\n«Мы обеспечим все"
        " внутренние потребности страны», — цитирует ТАСС.",
        "Мы обеспечим",
        "Оксана Лут",
    ),
    (
        "Глава МИД Японии Такэси Ивая заявил, что Токио «готов к диалогу с Пекином».\n«Мы не"
        " закрываем дверь для переговоров», — передает агентство Bloomberg.",
        "Мы не закрываем",
        "Такэси Ивая",
    ),
    # nobody speaks in the sentence before, or two do: unknown
    (
        "Министр иностранных дел Египта Бадр Абдель Ати провел переговоры с Сергеем Лавровым.\n"
        "Переговоры в Москве завершились поздно вечером.\n«Стороны договорились о новой"
        " встрече», — цитирует агентство MENA.",
        "Стороны",
        None,
    ),
    (
        "Президент Финляндии Александер Стубб заявил, что Хельсинки «не будет спешить», а"
        " премьер-министр Петтери Орпо сказал, что «решение уже принято».\n«Мы договоримся», —"
        " цитирует Yle.",
        "Мы договоримся",
        None,
    ),
]


OUTLET_QUOTES_ON.append(
    # the sentence before has its subject comment on another's words: not whose they go on
    (
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал слова Владимира Зеленского,"
        " который заявил, что Киев «не пойдет на уступки».\n«Это не способствует"
        " урегулированию», — передает ТАСС.",
        "Это не",
        None,
    )
)


@pytest.mark.parametrize(("text", "opening", "speaker"), OUTLET_QUOTES_ON)
def test_an_outlet_quoting_goes_on(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «X прокомментировал слова Y, который назвал …. Он отметил, что …»: «он» opening the next
# sentence goes on with the subject named before the verb, never with the owner of the words
# commented on nor with the relative clause's own subject.
HE_AFTER_COMMENTING: list[Row] = [
    (
        "Премьер-министр Малайзии Анвар Ибрагим прокомментировал слова председателя"
        " Европейского совета Антониу Кошты, который назвал переговоры «шагом назад».\nОн"
        " отметил, что Кошта никогда не был выдающимся политиком, а его высказывания носят лишь"
        " «истерический» характер.",
        "истерический",
        "Анвар Ибрагим",
    ),
    (
        "Президент Кении Уильям Руто прокомментировал слова президента Франции Эммануэля"
        " Макрона, который назвал саммит «бесполезным».\nОн подчеркнул, что Макрон «плохо знает"
        " Африку».",
        "плохо знает",
        "Уильям Руто",
    ),
    (
        "Глава МИД Австралии Пенни Вонг прокомментировала заявление главы евродипломатии Каи"
        " Каллас, которая назвала саммит «бесполезным».\nОна подчеркнула, что Каллас «плохо"
        " знает Азию».",
        "плохо знает",
        "Пенни Вонг",
    ),
    (
        "Посол Игорь Ларин заявил журналистам, что переговоры «идут трудно».\nОн добавил, что"
        " стороны «готовы продолжать».",
        "готовы",
        "Игорь Ларин",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), HE_AFTER_COMMENTING)
def test_he_after_commenting_on_words(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A person named beside the clause's subject — after a preposition («с», «в поддержку»), through
# an adjective of the title («с американским госсекретарем …»), or added by «как и» — never
# carries a later «он» or role: the subject does, or, when the text names none, nobody.
COMPANIONS: list[Row] = [
    (
        "Об этом заявил глава китайского Министерства иностранных дел Ван И во время разговора"
        " с американским госсекретарем Энтони Блинкеном. «Тайвань — часть Китая», – сказал"
        " глава китайского внешнеполитического ведомства.",
        "Тайвань",
        "Ван И",
    ),
    (
        "Об этом сообщил глава правительства во время встречи с канадским министром Мелани Жоли."
        " «Мы открыты к диалогу», – сказал глава кабинета.",
        "Мы открыты",
        None,
    ),
    (
        "Перед этим Джо Байден заявил, что Самуэль Монкаде должен уйти. Получив слово, Небензя"
        " высказался в поддержку Монкаде.\n«Это законный представитель», — подчеркнул он.",
        "Это законный",
        "Небензя",
    ),
    (
        "Экс-президент Перу, как и министр финансов Перу Хосе Ариста, присутствовал на приеме."
        "\n«Рады встрече с послом Игорем Романченко», — написал экс-президент в Twitter.\n«Мы"
        " передаем привет народу России», — добавил он.",
        "Мы передаем",
        None,
    ),
    # cited «со ссылкой на …»: the source speaks all the same
    (
        "Об этом пишет ТАСС со ссылкой на официального представителя МИД Катара Маджида"
        " аль-Ансари.\n«Мы не участвуем в подготовке», – объяснил он.",
        "Мы не участвуем",
        "Маджид аль-Ансари",
    ),
    # the subject is of the other gender: the companion alone fits «он»
    (
        "Министр Анна Ковалева встретилась с послом Игорем Лариным.\n«Встреча была полезной»,"
        " — сказал он.",
        "Встреча",
        "Игорь Ларин",
    ),
    # the subject named before the companion speaks on
    (
        "Министр Анна Ковалева встретилась с послом Игорем Лариным.\n«Встреча была полезной»,"
        " — сказала она.",
        "Встреча",
        "Анна Ковалева",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), COMPANIONS)
def test_a_companion_never_carries_the_words(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «X предупредил Y о необходимости «…»»: a person named in the nominative before the verb is
# its subject; a name right after the verb (an undeclined one reads as nominative too) is its
# object, never who speaks. With nobody before the verb, the name after it speaks.
OBJECT_AFTER_VERB: list[Row] = [
    (
        "Канцлер Германии Фридрих Мерц предупредил Марко Рубио о необходимости «держать слово в"
        " вопросах торговли».",
        "держать слово",
        "Фридрих Мерц",
    ),
    (
        "Премьер Индии Нарендра Моди на прошлой неделе призвал Ван И к тому, чтобы «уважать"
        " общие границы и договоры».",
        "уважать общие",
        "Нарендра Моди",
    ),
    (
        "Глава МИД Австралии Пенни Вонг предупредила Юн Сок Ёля о необходимости «действовать"
        " осторожно и взвешенно».",
        "действовать",
        "Пенни Вонг",
    ),
    # nobody before the verb: the name after it is the subject
    (
        "Как заявил Марко Рубио, США «не намерены отступать от своих обязательств».",
        "не намерены",
        "Марко Рубио",
    ),
    # the name before the verb stands in another clause: the name after it speaks
    (
        "Ушаков напомнил, что вчера заявил Ван И о том, что Пекин «готов к переговорам с"
        " соседями».",
        "готов",
        "Ван И",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), OBJECT_AFTER_VERB)
def test_a_name_after_the_verb_is_its_object(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# «— цитирует офис X …»: the one person the quoting verb takes as its object is whose words
# they are; one named after a preposition in the same clause («на встрече с послом …») is a
# companion, never a second candidate.
QUOTED_OWNER: list[Row] = [
    (
        "Президент Ливана Мишель Аун принял послов.\n«Мы будем защищать нашу землю», –"
        " цитирует офис Ауна на встрече с послом Франции Эрве Магро.",
        "Мы будем",
        "Мишель Аун",
    ),
    # nobody quoted but the companion: he is no owner of the words
    (
        "«Мы будем защищать нашу землю», – цитирует пресс-служба на встрече с послом Франции"
        " Эрве Магро.",
        "Мы будем",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), QUOTED_OWNER)
def test_the_quoted_owner_not_his_companion(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker
