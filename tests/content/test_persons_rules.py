"""Who the text names, one table per rule: names known by their place (bot/content/name_slots.py),
gender from agreement, and the speakers those give (observable through `analyze`).

Why tables: each row is one wording of Russian news; a row of "nobody" guards the rule's edge
(a place, a body, a common word in the same slot), since a wrong name is the worst error.
"""

from __future__ import annotations

import pytest

from bot.content.entities import find_entities
from bot.content.name_slots import find_slots
from bot.content.pipeline import analyze

# text → the name runs the wording marks as persons: (words, case, gender).
SLOTS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("По словам Рубио, США готовы помочь.", [("Рубио", "gent", None)]),
    ("«Мы готовы», — добавил Рубио.", [("Рубио", "nomn", "masc")]),
    ("Гутерреш выразил опасение, что конфликт расширится.", [("Гутерреш", "nomn", "masc")]),
    ("Ранее Дюжаррик заявил, что ООН против.", [("Дюжаррик", "nomn", "masc")]),
    ("Рубио также отметил, что война должна закончиться.", [("Рубио", "nomn", "masc")]),
    ("Набиуллина пояснила, что инфляция замедляется.", [("Набиуллина", "nomn", "femn")]),
    ("По словам Ван И, Пекин не намерен наблюдать.", [("Ван И", "gent", None)]),
    ("Ван И подчеркнул, что кризис нанес удар.", [("Ван И", "nomn", "masc")]),
    ("После встречи с Путиным Уиткофф заявил, что доволен.", [("Уиткофф", "nomn", "masc")]),
    ("Официальный представитель Го Цзякунь заявил, что…", [("Го Цзякунь", "nomn", "masc")]),
    # nobody: a place, a body, a common word, a relaying verb, a plural, an initial
    ("Москва заявила, что не согласна.", []),
    ("Альянс заявил, что не согласен.", []),
    ("Хезболла заявила о готовности.", []),  # read only as a genitive: no subject
    ("Росстат сообщил, что цены выросли.", []),
    ("По словам Пентагона, удары продолжатся.", []),
    ("Стороны заявили, что договорились.", []),
    ("Так Рубио заявил, что…", [("Рубио", "nomn", "masc")]),  # the opener is no name
    # a manner («с» and a noun in the instrumental) between the subject and its verb
    ("Келин с сожалением отметил, что визит отменен.", [("Келин", "nomn", "masc")]),
    ("Захарова с иронией заметила, что всё ясно.", [("Захарова", "nomn", "femn")]),
    ("Путин с Лукашенко обсудили вопрос.", []),
    ("Израиль заявил, что не согласен.", []),  # a place first, a name («Израиль») rarely
    # a place whose only name reading is a plural («Ливан»: of «Ливана») stays a place;
    # a word that is a man's name in the singular too («Лион») stays a name
    ("Ливан предупредил Израиль о последствиях.", []),
    ("«Ответ будет», — заявил Ливан.", []),
    ("Лион заявил, что решение принято.", [("Лион", "nomn", "masc")]),
    ("«Мы готовы», — заявил Рим.", []),
    ("Эр-Рияд заявил, что готов.", []),  # a lone hyphenated word
    ("Сараево заявило, что готово.", []),  # a person is never neuter
    ("Росавиация заявила, что рейсы отменены.", []),  # a body's prefix
    ("Моссад заявил, что готов.", []),
    ("«Мы готовы», — заявил Энергоатом.", []),  # a company's root
    ("Укроборонпром заявил, что готов.", []),
    ("Об этом сообщил ТАСС.", []),
    ("По словам Ивана И. Петрова, всё готово.", [("Ивана", "gent", None)]),
    # an Armenian surname the dictionary reads only as a plural («пашинян» of «пашинянин»)
    ("Пашинян сказал, что мир нужен.", [("Пашинян", "nomn", "masc")]),
    ("«Это предложение», — добавил Пашинян.", [("Пашинян", "nomn", "masc")]),
    ("Кочарян заявил, что не согласен.", [("Кочарян", "nomn", "masc")]),
    ("«Мы готовы», — заявил Пхеньян.", []),  # a place in «-ян» stays a place
    ("Христиан заявил, что готов.", []),  # a dictionary plural («христиане»)
    # a surname the dictionary holds as an inanimate common noun, right after the verb
    ("«Это не вопрос дней», — заявил Макрон.", [("Макрон", "nomn", "masc")]),
    ("«Переговоры возможны», — подчеркнул Прайс на брифинге.", [("Прайс", "nomn", "masc")]),
    ("«Решение принято», — сказала Шредер, выйдя к журналистам.", [("Шредер", "nomn", "femn")]),
    # …never a body or place speaking as one, a person noun, nor a site's name
    ("«Мы против», — заявил Кремль.", []),
    ("«Ответ будет», — пригрозил Запад.", []),
    ("«Закон принят», — сообщил Сенат.", []),
    ("«Закон принят», — заявил Парламент.", []),
    ("«Ответ будет», — сказал Собеседник.", []),
    ("«Сделка сорвана», — пишет Газета.ру.", []),
    ("«Мы готовы», — заявил Волк.", []),  # an animal noun may be a person noun: unsure
    # whose words an outlet quotes: one word in «-а»/«-я» between «цитирует» and the outlet
    ("«Мы готовы», — цитирует Макрона РИА Новости.", [("Макрона", "gent", None)]),
    ("«Мы готовы», — цитирует Кремль ТАСС.", []),  # no accusative of a man: a body
    ("«Мы готовы», — цитирует Москва ТАСС.", []),  # a place
]


def persons_read(text: str) -> list[tuple[str, str, bool]]:
    """Each person mention as (its words, the person's name, read as a nominative): the triple
    the name-case tables pin, so every table checks one reading the same way."""
    return [
        (text[m.start : m.end], m.person.name, m.nominative)
        for m in find_entities(text).persons
        if m.person
    ]


@pytest.mark.parametrize(("text", "expected"), SLOTS)
def test_name_slot(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(" ".join(s.words), s.case, s.gender) for s in find_slots(text)]
    assert got == expected


# text → every person the text names: (name, gender).
PERSONS: list[tuple[str, set[tuple[str, str | None]]]] = [
    (
        "По словам Рубио, США единственная страна. «Мы хотим помочь», — добавил Рубио.",
        {("Рубио", "masc")},
    ),
    ("По словам Ливитты, всё готово.", set()),  # «Ливитта» or «Ливитт»: unsure, nobody
    ("По словам Ахмадзаи, всё готово.", {("Ахмадзаи", None)}),  # indeclinable: certain
    ("По словам Дюжаррика, ООН против. Дюжаррик заявил, что…", {("Дюжаррик", "masc")}),
    (
        "Набиуллина раскрыла отношение к мемам. Набиуллина пояснила, что инфляция снижается.",
        {("Набиуллина", "femn")},  # not «Набиуллин»: the verb agrees with a woman
    ),
    ("Глава МИД Китая Ван И прибыл в Москву. Ван И подчеркнул, что…", {("Ван И", "masc")}),
    # the quoted man's nominative is the one the text itself writes; none written, nobody
    (
        "Макрон приветствует диалог\n«Мы готовы», — цитирует Макрона РИА Новости.",
        {("Макрон", "masc")},
    ),
    ("«Мы готовы», — цитирует Макрона РИА Новости.", set()),
    (
        "Министр Аракчи прибыл. «Они поддерживают нас», – сказал Аракчи в интервью.",
        {("Аракчи", "masc")},
    ),
]


# text → (name, gender): the gender the verb after a nominative name agrees in.
GENDERS: list[tuple[str, set[tuple[str, str | None]]]] = [
    # whose words: the verb after agrees with another subject, even at a sentence start
    (
        "Премьер-министр Биньямин Нетаньяху выступил. Высказывания Нетаньяху распространила"
        " его канцелярия.",
        {("Биньямин Нетаньяху", "masc")},
    ),
    ("Пресс-секретарь Белого дома Кэролайн Левитт ответила.", {("Кэролайн Левитт", "femn")}),
    ("Официальный представитель МИД КНР Мао Нин также отметила.", {("Мао Нин", "femn")}),
    ("Марк Рютте вступил в должность.", {("Марк Рютте", "masc")}),
    ("Набиуллина раскрыла отношение к мемам.", {("Набиуллина", "femn")}),
    ("С Кэролайн Левитт встретился журналист.", {("Кэролайн Левитт", None)}),  # no subject
    ("Марк Рютте вступил в должность. Рютте и Байден заявили.", {("Марк Рютте", "masc")}),
    # an undeclined foreign surname of a woman: the verbs beat a first name the dictionary
    # reads as a man's («Анникен»)
    (
        "Об этом заявила министр Анникен Хюитфельдт. Хюитфельдт напомнила о сотрудничестве.",
        {("Анникен Хюитфельдт", "femn")},
    ),
    ("Канцлер Олаф Шольц прибыл. Шольц заявил, что готов.", {("Олаф Шольц", "masc")}),
    # a colloquial vocative reading («Илона!») does not make the name oblique
    ("Илон Маск встретился с Трампом.", {("Илон Маск", "masc"), ("Трамп", "masc")}),
]


@pytest.mark.parametrize(("text", "expected"), GENDERS)
def test_gender_from_agreement(text: str, expected: set[tuple[str, str | None]]) -> None:
    found = find_entities(text).persons
    assert {(m.person.name, m.person.gender) for m in found if m.person} == expected


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_persons(text: str, expected: set[tuple[str, str | None]]) -> None:
    found = find_entities(text).persons
    assert {(m.person.name, m.person.gender) for m in found if m.person} == expected


# text → every person named in full: the case of a name and its parts.
FULL_NAMES: list[tuple[str, set[str]]] = [
    # a surname is never plural: «Левитт» is no genitive plural of a name «Левитта»
    ("губы пресс-секретаря Белого дома Кэролайн Левитт двигаются", {"Кэролайн Левитт"}),
    ("пресс-секретарь Белого дома Кэролайн Левитт ответила", {"Кэролайн Левитт"}),
    # a man's Russian-pattern surname declines with his first name («зарубина» is a noun too)
    ("на вопрос журналиста ВГТРК Павла Зарубина ответил", {"Павел Зарубин"}),
    # three words are one name only in one case: «Павлу Зарубину» is a name, «Ушаков» the subject
    ("журналисту Павлу Зарубину Ушаков рассказал", {"Павел Зарубин", "Ушаков"}),
    ("Президент Турции Реджеп Тайип Эрдоган заявил", {"Реджеп Тайип Эрдоган"}),
    ("встретился с Реджепом Тайипом Эрдоганом", {"Реджеп Тайип Эрдоган"}),
    # a woman's undeclined surname beside a first name the dictionary reads as a man's
    ("встретился с Каей Каллас", {"Кая Каллас"}),
    (
        "Педро Санчес предложил Кае Каллас встречу",
        {"Педро Санчес", "Каллас"},
    ),  # «Кае»: nominative unknown
    ("Кая Каллас заявила. Санчес предложил Кае Каллас встречу.", {"Кая Каллас"}),
    ("передал Джону Болтону", {"Джон Болтон"}),  # a man's surname declines
    # a one-syllable Chinese name stays whole, whatever form a verb stands beside
    (
        "Китай не позволит, заявил министр иностранных дел КНР Ван И на пресс-конференции. "
        "«Это так», - подчеркнул Ван И.",
        {"Ван И"},
    ),
    # an institution after a title is no name: a noun then an adjective, or a word that
    # cannot take the title's case
    ("Директор Службы Внешней разведки России (СВР) Сергей Нарышкин заявил", {"Сергей Нарышкин"}),
    ("представитель Организации Объединенных Наций Стефан Дюжаррик", {"Стефан Дюжаррик"}),
    ("министр обороны Соединенных Штатов Ллойд Остин заявил", {"Ллойд Остин"}),
    ("с министром обороны Соединенных Штатов Ллойдом Остином", {"Ллойд Остин"}),
    ("Глава МИД Турции Хакан Фидан заявил", {"Хакан Фидан"}),  # «хакан» is a noun too
    ("главы МИД Турции Хакана Фидана", {"Хакан Фидан"}),
    # a dash between the title and the name; a guessed place reading («хизер») is no institution
    ("брифинг провела пресс-секретарь ведомства – Хизер Нойерт. Ей пришлось", {"Хизер Нойерт"}),
    # a guessed prepositional reading needs a preposition: a foreign name stays as written
    ("заявил посол ЮАР в РФ Мзувукиле Макетука в интервью", {"Мзувукиле Макетука"}),
    ("Мы говорили о Владимире Путине", {"Владимир Путин"}),
    # a titled name of three words is given whole (Korean, Indian double names)
    ("Действующий генсек Пан Ги Мун назвал себя", {"Пан Ги Мун"}),
    ("благодарность генсеку Пан Ги Муну за работу", {"Пан Ги Мун"}),
    ("Посол Индии в Москве Бала Венкатеш Варма дал интервью", {"Бала Венкатеш Варма"}),
    ("Посол России в Республике Корея Андрей Кулик заявил", {"Андрей Кулик"}),
    # … but never with the institution's last word or whose secretary it is
    ("заявил глава МИД Исламской Республики Аббас Аракчи", {"Аббас Аракчи"}),
    ("Пресс-секретарь Путина Дмитрий Песков сказал", {"Дмитрий Песков"}),
    # … nor with a subject after a name in another case
    ("встретился с генсеком Пан Ги Лавров", {"Пан Ги", "Лавров"}),
    # a one-letter surname may end a sentence; the capitalised word after is then no surname
    # of initials
    ("Лавров встретился с главой МИД Китая Ван И. Китайский министр заявил", {"Лавров", "Ван И"}),
    ("Лавров встретился с главой МИД Китая Ван И. Российский министр заявил", {"Лавров", "Ван И"}),
    ("Он процитировал слова С. Лаврова", {"Лавров"}),
    # a surname opening a sentence before a past verb is its nominative ("Небензя
    # прокомментировал"), so the genitive "Небензи" is that person
    (
        "Небензя прокомментировал решение. Россия, в лице постпреда Василия Небензи, "
        "отреагировала.",
        {"Василий Небензя"},
    ),
    # a woman's first name the dictionary does not decline, in «-и» after a title in an
    # oblique case, takes «-я» («Каи» is no plural of «Кай»)
    ("По словам главы дипломатии ЕС Каи Каллас, ЕС не отступит.", {"Кая Каллас"}),
    ("Заявление главы МИД Германии Анналены Бербок.", {"Анналена Бербок"}),
    # a one-letter surname ending the text
    ("Визит главы МИД Китая Ван И.", {"Ван И"}),
    # a plural role titles no name: the body after it is no person
    (
        "Лавров выступил по итогам заседания Совета министров иностранных дел Организации "
        "Договора о коллективной безопасности.",
        {"Лавров"},
    ),
    (
        "Лавров выступил на встрече министров обороны Шанхайской Организации Сотрудничества.",
        {"Лавров"},
    ),
    # a title in an oblique case puts the name in its case, whatever a guess reads
    (
        "Лавров провел встречу с главой МИД Турции Мевлютом Чавушоглу.",
        {"Лавров", "Мевлют Чавушоглу"},
    ),
    ("Шойгу встретился с министром обороны Китая Дун Цзюнем.", {"Шойгу", "Дун Цзюнь"}),
    ("Путин встретился с премьер-министром Индии Нарендрой Моди.", {"Путин", "Нарендра Моди"}),
    ("Путин встретился с премьером Израиля Биньямином Нетаньяху.", {"Путин", "Биньямин Нетаньяху"}),
    # … never the case of a title's complement («президента») over a nominative name
    ("сообщила пресс-секретарь президента РФ Наталья Тимакова", {"Наталья Тимакова"}),
    # the nominative a title gives renames the person a guess read in another case
    (
        "Глава МИД Турции Мевлют Чавушоглу заявил об этом. Лавров провел встречу с Мевлютом "
        "Чавушоглу.",
        {"Мевлют Чавушоглу", "Лавров"},
    ),
    (
        "Лавров провел встречу с Мевлютом Чавушоглу. Об этом заявил министр иностранных дел "
        "Турции Мевлют Чавушоглу.",
        {"Мевлют Чавушоглу", "Лавров"},
    ),
    # a foreign surname in «-и», «-о», «-у», «-е» does not decline: its ending is no ending of
    # the case the first name is in («Гросси» is no genitive of «Гросся»)
    ("По словам главы МАГАТЭ Рафаэля Гросси, Россия готова.", {"Рафаэль Гросси"}),
    ("Лавров провел переговоры с Рафаэлем Гросси.", {"Лавров", "Рафаэль Гросси"}),
    ("Выступление Марио Драги впечатлило Брюссель.", {"Марио Драги"}),
    ("Министр встретился с Джузеппе Конте.", {"Джузеппе Конте"}),
    ("Лавров встретился с главой МИД Турции Мевлютом Чавушоглу.", {"Лавров", "Мевлют Чавушоглу"}),
    # a foreign surname the dictionary reads in no case, in a hard stem's ending beside a man's
    # first name in that case, is its stem
    ("Заявление Александера Стубба вызвало споры.", {"Александер Стубб"}),
    ("Песков ответил Александеру Стуббу.", {"Песков", "Александер Стубб"}),
    # a man's surname in «-а» declines as a woman's noun; a dictionary that guesses it only as
    # a woman's leaves its ending to say the nominative
    ("О визите говорим с журналистом Иваном Яковиной.", {"Иван Яковина"}),
    ("По словам Ивана Яковины, всё ясно.", {"Иван Яковина"}),
    ("Заявление Дмитрия Кулебы осудили в Москве.", {"Дмитрий Кулеба"}),
    ("Беседа с Иваном Толстым прошла в Москве.", {"Иван Толстой"}),
    # a first name read as a man's oblique case or a woman's nominative is hers when the
    # surname beside it keeps a man's nominative form (a man's would decline)
    ("Официальный представитель Пентагона Дана Уайт заявила, что всё готово.", {"Дана Уайт"}),
    ("Интервью Дана Уайта вышло в эфир.", {"Дан Уайт"}),
    # a second given name the dictionary only guesses at, and a surname in a foreign vowel,
    # make one name of three words in any case
    (
        "Он прокомментировал статью обозревателя Томаша Гжегожа Гроссе о Польше.",
        {"Томаш Гжегож Гроссе"},
    ),
    ("Слова Реджепа Тайипа Эрдогана прозвучали в Анкаре.", {"Реджеп Тайип Эрдоган"}),
    # a patronymic between them is no part of the name a speaker is given
    ("В гостях – Дмитрий Сергеевич Песков, заместитель руководителя.", {"Дмитрий Песков"}),
    ("Слова Владимира Владимировича Путина прозвучали в Кремле.", {"Владимир Путин"}),
    ("Мария Владимировна Захарова заявила о провокации.", {"Мария Захарова"}),
    # a Korean or Chinese name of three syllables, one a single letter, is one name as written
    ("Сестра лидера КНДР Ким Е Чжон заявила, что Сеул лжет.", {"Ким Е Чжон"}),
    ("Ли И Сун выступил на форуме.", {"Ли И Сун"}),
    ("Встреча А. Петрова и Б. Иванова.", {"Петров", "Иванов"}),  # initials, no syllables
    # a surname after initials takes its own reading's nominative, never another word's
    ("Интервью Посла России в Ливане А.С.Засыпкина агентству.", {"Засыпкин"}),
    # … and one the dictionary does not know, in a Russian pattern's oblique form only one
    # gender has, its nominative («-ой» a woman's, «-ым», «-ского», «-ским» a man's)
    ("Интервью профессора Д.Д. Осининой газете.", {"Осинина"}),
    ("Беседа с А.С. Петровским прошла в Москве.", {"Петровский"}),
    ("Слова А.А. Громыко прозвучали в ООН.", {"Громыко"}),  # no such form: as written
    # … while a declined one still takes its nominative
    ("Заявление Владимира Зеленского осудили.", {"Владимир Зеленский"}),
    ("Лавров ответил Энтони Блинкену.", {"Лавров", "Энтони Блинкен"}),
    # a first name after a title is never a common word for a thing («Кори» is no «корь»),
    # and a hyphenated place after the title («штата Нью-Джерси») is no first name
    ("Он процитировал заявление сенатора Кори Букера о том, что США не уступят.", {"Кори Букер"}),
    ("Слова сенатора от штата Нью-Джерси Кори Букера вызвали споры.", {"Кори Букер"}),
    ("Губернатор штата Нью-Йорк Кэти Хокул заявила, что готова.", {"Кэти Хокул"}),
    # a place after «в» («в Вене», Vienna) opens no name («Веня»)
    ("Постпред России в Вене Михаил Ульянов заявил, что МАГАТЭ молчит.", {"Михаил Ульянов"}),
    ("Переговоры прошли в Праге Вера Иванова не приехала.", {"Вера Иванова"}),
    # a first name declined as a woman's beside a man's surname: the surname alone
    ("Инцидент произошел с киргизским послом Манасой Жолдошбековым.", {"Жолдошбеков"}),
    ("Лавров встретился с послом Кайратой Умаровым.", {"Лавров", "Умаров"}),
    ("Лавров встретился с послом Нурланой Ермекбаевым.", {"Лавров", "Ермекбаев"}),
    ("Лавров встретился с послом Никитой Михалковым.", {"Лавров", "Никита Михалков"}),
    ("Лавров встретился с министром Мусой Кулиевым.", {"Лавров", "Муса Кулиев"}),
    (
        "Матвиенко встретилась со спикером Гульмирой Абдыкаримовой.",
        {"Матвиенко", "Гульмира Абдыкаримова"},
    ),
    # a Japanese-shaped pair keeps a first name in «-а» as written: «Ёсимас» is no name
    ("Об этом сообщил генсекретарь правительства Японии Ёсимаса Хаяси.", {"Ёсимаса Хаяси"}),
    ("Ёсимаса Хаяси заявил, что Токио не согласен.", {"Ёсимаса Хаяси"}),
    ("Министр Масахиса Сато выступил в парламенте.", {"Масахиса Сато"}),
    # … a stem in «н» may end one, and a cluster («рл») is no Japanese shape: declined
    ("Визит Хасана Роухани в Москву завершился.", {"Хасан Роухани"}),
    # no surname declines as «ночь»: «-и» is no genitive of a nominative in «-ь» («Модь»),
    # while a man's «-ь» declines as «Кобзаря»
    ("Визит Нарендры Моди в Москву завершился.", {"Нарендра Моди"}),
    ("Звонок Игоря Кобзаря прозвучал в полночь.", {"Игорь Кобзарь"}),
    # a man's genitive first name («-а» of «Феридун») never stands beside a surname in «-у»
    # declined as a woman's: the surname stays as written
    ("Генсека ОБСЕ Феридуна Синирлиоглу отвезли в Донецк.", {"Феридун Синирлиоглу"}),
]


@pytest.mark.parametrize(("text", "expected"), FULL_NAMES)
def test_full_names(text: str, expected: set[str]) -> None:
    assert {m.person.name for m in find_entities(text).persons if m.person} == expected


# A titled name whatever the dictionary thinks of its words: a state's genitive ends the
# title's chain, so the word after it opens the name (a thing's word in another case too); a
# capitalised verb form or a person's noun is no body's word; a second word read as a place
# is the surname after a titled first name, unless it names a state or the text uses it as a
# place. Rows of the edges: a body's genitive after a role, a city's genitive after a title,
# a body's noun in another case, the word used as a place, a dictionary thing as first word.
TITLED_WHATEVER_THE_DICTIONARY: list[tuple[str, set[str]]] = [
    (
        "Председатель совета Гидеон Кордоба заявил журналистам, что решение принято.",
        {"Гидеон Кордоба"},
    ),
    (
        "Министр энергетики Эстонии Кирсти Валенсия заявила, что тарифы снизятся.",
        {"Кирсти Валенсия"},
    ),
    (
        "Об этом сообщил глава Англиканской церкви Ганы Элайджа Самуэль, передает агентство.",
        {"Элайджа Самуэль"},
    ),
    ("Премьер-министр Непала Ранил Гурунг подал в отставку.", {"Ранил Гурунг"}),
    ("Командующий армией маршал Халифа Бельгасем прибыл в Каир.", {"Халифа Бельгасем"}),
    ("Министр культуры Бельгии Одре Маньян выступила.", {"Одре Маньян"}),
    # the edges: nothing new
    ("Председатель совета Гидеон Кордоба заявил, что вылетает в Кордобу.", set()),
    ("Генеральный директор агентства Мелисса Кордоба заявила, что решение принято.", set()),
    ("Совет призвал к освобождению премьера страны Альфы Даллас.", set()),  # «альфы»: a plural
    # a person's noun in an oblique title, or past a verb the chain runs over: no first name
    ("Премьер ответил командующему армией Халифе Бельгасему.", set()),
    ("Премьер ответил ЛНА Халифе Бельгасему.", set()),
    ("Мэр Хьюстона Джон Уитмайр заявил, что город готов.", {"Джон Уитмайр"}),
    ("Лидер Хезболлы Наим Касем заявил, что борьба продолжится.", {"Наим Касем"}),
    ("Министр обороны Соединенных Штатов Пит Хегсет заявил, что", {"Пит Хегсет"}),
    ("Президент Южно-Африканской Республики Сирил Рамафоса заявил", {"Сирил Рамафоса"}),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_WHATEVER_THE_DICTIONARY)
def test_titled_names_whatever_the_dictionary(text: str, expected: set[str]) -> None:
    assert {m.person.name for m in find_entities(text).persons if m.person} == expected


# text → (words, person, nominative) of each mention: a two-word name given before, in
# another case, is that person, never another person sharing its first word.
KNOWN_NAMES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    # a surname of three letters with a man's case ending after it whole is that man's, in
    # that case (never a woman's name «Ауна» the dictionary reads)
    (
        "Президент Мишель Аун выступил. Офис Ауна сообщил о встрече.",
        [("Мишель Аун", "Мишель Аун", True), ("Ауна", "Мишель Аун", False)],
    ),
    (
        "Президент Мишель Аун выступил. Послание передали Ауну лично.",
        [("Мишель Аун", "Мишель Аун", True), ("Ауну", "Мишель Аун", False)],
    ),
    # … never another word sharing its first letters
    (
        "Президент Мишель Аун выступил. Аунари сообщил о встрече.",
        [("Мишель Аун", "Мишель Аун", True)],
    ),
    (
        "Глава МИД Китая Ван И посетит Россию. Как уточнил представитель МИД Китая Ван"
        " Вэньбин, визит важен, – цитирует сайт Ван Вэньбина.",
        [
            ("Ван И", "Ван И", True),
            ("Ван Вэньбин", "Ван Вэньбин", True),
            ("Ван Вэньбина", "Ван Вэньбин", False),
        ],
    ),
    (
        "Представитель МИД Китая Ван Вэньбин заявил. Ван Вэньбин добавил, что…",
        [("Ван Вэньбин", "Ван Вэньбин", True), ("Ван Вэньбин", "Ван Вэньбин", True)],
    ),
]


# text → (words, person) of each mention: a lone surname written once, a letter off (two in
# a long name) the surname of the one person the text names in full, is that person.
MISSPELT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Генсек НАТО Йенс Столтенберг выступил. Столтендерг заявил, что альянс готов.",
        [("Йенс Столтенберг", "Йенс Столтенберг"), ("Столтендерг", "Йенс Столтенберг")],
    ),
    (  # two letters swapped in a long name
        "Генсек НАТО Йенс Столтенберг выступил. Столтенбрег заявил, что альянс готов.",
        [("Йенс Столтенберг", "Йенс Столтенберг"), ("Столтенбрег", "Йенс Столтенберг")],
    ),
    (  # two letters off a short name: another person («Брутер» is no «Букер»)
        "Сенатор Кори Букер выступил. Брутер считает, что это ошибка.",
        [("Кори Букер", "Кори Букер"), ("Брутер", "Брутер")],
    ),
    (  # another first letter: another person
        "Министр Сергей Лавров выступил. Кавров сказал, что не согласен.",
        [("Сергей Лавров", "Сергей Лавров"), ("Кавров", "Кавров")],
    ),
    (  # a surname written twice is no slip of the pen
        "Дмитрий Песков выступил. Петков не согласился, а Петков всё сказал.",
        [("Дмитрий Песков", "Дмитрий Песков"), ("Петков", "Петков"), ("Петков", "Петков")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSPELT)
def test_misspelt_surnames(text: str, expected: list[tuple[str, str]]) -> None:
    persons = find_entities(text).persons
    found = [(text[m.start : m.end], m.person.name) for m in persons if m.person]
    assert found == expected


# text → (words, person, nominative): a role's form shared with a field («политике») heads no
# title of its own; the name after it takes the case of the title's head before it.
TITLE_CASES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    (
        "Верховный представитель ЕС по внешней политике и политике безопасности Жозеп Боррель"
        " прибыл в Москву.",
        [("Жозеп Боррель", "Жозеп Боррель", True)],
    ),
    (
        "Визит представителя ЕС по политике безопасности Жозепа Борреля завершился.",
        [("Жозепа Борреля", "Жозеп Боррель", False)],
    ),
    # a head read as prepositional with no preposition before it is in the dative, and the
    # name after it too: «Марку» is «Марк» (not the indeclinable «Марку»), and a man's
    # surname in «-е» stays («Рютте», never «Рютта»)
    (
        "Полномочия передал новому главе альянса Марку Рютте.",
        [("Марку Рютте", "Марк Рютте", False)],
    ),
    ("Говорили о главе альянса Марке Рютте.", [("Марке Рютте", "Марк Рютте", False)]),
    ("Письмо направлено министру Марку Рютте.", [("Марку Рютте", "Марк Рютте", False)]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_title_cases(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert persons_read(text) == expected


@pytest.mark.parametrize(("text", "expected"), KNOWN_NAMES)
def test_known_names(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert persons_read(text) == expected


# text → every (quotation, speaker) `analyze` gives.
SPEAKERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a name only a quotation gives («Че Сийярто …?», a critic mocking him) is no namesake
    # that would make the lone surname after it anyone's
    (
        "Глава МИД Венгрии Петер Сийярто ответил критикам. «Они пишут: «Че Сийярто опять"
        " поехал в Москву?» Отвечаю: Сийярто едет туда, где интересы Венгрии», — сказал"
        " Сийярто.",
        [
            (
                "Они пишут: «Че Сийярто опять поехал в Москву?» Отвечаю: Сийярто едет туда,"
                " где интересы Венгрии",
                "Сийярто",
            )
        ],
    ),
    # … while two the text itself names leave it to the verb's gender
    (
        "Президент США Дональд Трамп прибыл в Лондон вместе с супругой Меланьей Трамп. «Мы"
        " рады быть здесь», — сказала Трамп.",
        [("Мы рады быть здесь", "Меланья Трамп")],
    ),
    (
        "По словам Рубио, США смогли привлечь стороны к переговорам.\n"
        "«Мы не стремимся навязывать соглашение никому», - сказал глава Госдепа.",
        [("Мы не стремимся навязывать соглашение никому", "Рубио")],
    ),
    (
        "«Они поддерживают нас политически», – сказал Аракчи в интервью телеканалу.\n"
        "«Мы не просим о прекращении огня», – сказал глава иранской дипломатии.",
        [
            ("Они поддерживают нас политически", "Аракчи"),
            ("Мы не просим о прекращении огня", "Аракчи"),
        ],
    ),
    (
        "Набиуллина раскрыла отношение к мемам.\n"
        'Она выразила позицию. "Я отношусь к этому нормально", - добавила глава Банка России. '
        "Набиуллина пояснила, что вероятность ужесточения снизилась.",
        [("Я отношусь к этому нормально", "Набиуллина")],
    ),
    (
        "По словам Ван И, Пекин не намерен наблюдать. Ван И подчеркнул, что кризис нанес "
        "удар. Он отметил, что Китай не будет «сидеть сложа руки».",
        [("сидеть сложа руки", "Ван И")],
    ),
    (  # the title's head is found past the bracketed abbreviation
        "Директор Службы Внешней разведки России (СВР) Сергей Нарышкин призвал не верить "
        'басням.\n"Не верьте басням. Все хорошо", - цитирует директора СВР РИА Новости.',
        [("Не верьте басням. Все хорошо", "Сергей Нарышкин")],
    ),
    (  # an office of the lexicon: the one person introduced with it
        "Генпрокурор Украины Андрей Костин прибыл в Гаагу. «Мы добьемся справедливости», — "
        "заявил генпрокурор.",
        [("Мы добьемся справедливости", "Андрей Костин")],
    ),
    (  # an office nobody was introduced with: unknown, never the last person named
        "Президент Владимир Путин провел встречу. «Мы готовы», — сказал судья.",
        [("Мы готовы", None)],
    ),
    (  # a person the text does not name («житель» is no role): unknown
        "Президент Владимир Путин провел встречу. «Нам страшно», — рассказал местный житель.",
        [("Нам страшно", None)],
    ),
    (  # … unless a name follows the noun
        "Глава ЦБ выступила. «Был широкий консенсус», — вторил ей куратор ДКП Алексей Заботкин.",
        [("Был широкий консенсус", "Алексей Заботкин")],
    ),
    (  # an honorific before the name
        "Сергей Шойгу выступил. «Направление остается угрожаемым», — сказал господин Шойгу.",
        [("Направление остается угрожаемым", "Сергей Шойгу")],
    ),
    (  # a generic role before anyone is named: the one person the whole text names
        "По словам министра, отношения на высоком уровне.\n«Отношения партнерства существуют "
        "давно», - отметил дипломат.\nКитай, по словам Ван И, выступает за развитие.",
        [("Отношения партнерства существуют давно", "Ван И")],
    ),
    (  # … never one first named where the text turns to another time
        "«Мы готовы к диалогу», — сказал дипломат. Ранее Сергей Лавров заявил, что "
        "переговоры возможны.",
        [("Мы готовы к диалогу", None)],
    ),
    (  # … nor one of another country than the role says
        "«Мы готовы к диалогу», — сказал американский дипломат. Глава МИД России Сергей "
        "Лавров заявил, что переговоры возможны.",
        [("Мы готовы к диалогу", None)],
    ),
    (  # … nor of the other gender
        "«Мы готовы к диалогу», — сказал дипломат. Мария Захарова заявила, что переговоры "
        "возможны.",
        [("Мы готовы к диалогу", None)],
    ),
    (  # a pronoun before anyone is named: not one named after «Ранее»
        "«Мы готовы к диалогу», — сказал он. Ранее Сергей Лавров заявил, что переговоры возможны.",
        [("Мы готовы к диалогу", None)],
    ),
    (  # «она» is no man whose gender the verb gave
        "Илон Маск встретился с Трампом. «Это ошибка», — сказала она.",
        [("Это ошибка", None)],
    ),
    (
        "Илон Маск встретился с Трампом. «Это ошибка», — сказал он.",
        [("Это ошибка", "Илон Маск")],
    ),
    (  # «секретарь» is an office: the one person introduced with it
        "Об этом сообщил секретарь Совета безопасности России Сергей Шойгу. Во время встречи "
        'с главой МИД КНР Ван И он подчеркнул, что год начался динамично.\n"Обстановка '
        'продолжает деградировать", – сказал секретарь Совбеза.',
        [("Обстановка продолжает деградировать", "Сергей Шойгу")],
    ),
    (  # a titled name in the nominative is the subject a generic role after it stands for
        "Верховный представитель ЕС по внешней политике и политике безопасности Жозеп Боррель"
        " рассказал о визите.\n«Это нападение, а не оскорбление», — сказал главный дипломат"
        " Евросоюза.",
        [("Это нападение, а не оскорбление", "Жозеп Боррель")],
    ),
]


# A lone surname that is a dictionary word speaks where only a name can stand; the verbs'
# agreement gives a woman's undeclined surname her gender, so «её» and «дипломат» find her.
SPEAKERS += [
    (
        "«Это не вопрос ближайших дней», — заявил Макрон. Позже Макрон уехал.",
        [("Это не вопрос ближайших дней", "Макрон")],
    ),
    ("«Мы за диалог», — сказал Кремль.", [("Мы за диалог", "Кремль")]),
    (
        "Макрон приветствует диалог России и США\n«Это хорошая новость», — цитирует Макрона"
        " РИА Новости. Европа всегда вела диалог «в духе доверия», добавил он.",
        [("Это хорошая новость", "Макрон"), ("в духе доверия", "Макрон")],
    ),
    (
        "Об этом заявила министр иностранных дел Норвегии Анникен Хюитфельдт.\n"
        "«Контакт нужен», — приводит ее слова пресс-служба МИД Норвегии.\n"
        "Хюитфельдт напомнила о санкциях.\n«Поддержка продолжится», — подчеркнула дипломат.",
        [
            ("Контакт нужен", "Анникен Хюитфельдт"),
            ("Поддержка продолжится", "Анникен Хюитфельдт"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == expected


# text → the words each mention of a person stands on: a place the dictionary knows is never
# a declined form of a surname it shares a stem with («России» is no «Россье»).
PLACES_ARE_NO_SURNAMES: list[tuple[str, list[str]]] = [
    (
        "Ив Россье: «Никогда»\nПосол Швейцарии в России Ив Россье о работе. Россия ценит "
        "посредничество.",
        ["Ив Россье", "Ив Россье"],
    ),
    (  # an undeclinable surname's own oblique form still is one
        "Постпред Василий Небензя выступил. Позиция Небензи известна.",
        ["Василий Небензя", "Небензи"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_ARE_NO_SURNAMES)
def test_places_are_no_surnames(text: str, expected: list[str]) -> None:
    found = find_entities(text).persons
    assert [text[m.start : m.end] for m in found if m.person] == expected


# A place or thing the dictionary reads only as inanimate («сектором Газа») never speaks.
INANIMATE_NEVER_SPEAKS = [
    "Китай выражает обеспокоенность планами Израиля по установлению контроля над сектором Газа"
    " и призывает его «незамедлительно прекратить свои опасные действия».",
    "Иран осудил удары по сектору Газа и призвал «остановить агрессию».",
]


@pytest.mark.parametrize("text", INANIMATE_NEVER_SPEAKS)
def test_an_inanimate_word_never_speaks(text: str) -> None:
    assert all(q.speaker != "Газа" for q in analyze(text).quotes)


# A foreign name of three to five words, lower-case particles inside, is its speaker's name
# whole: cut short, it is a wrong name form.
LONG_NAMES = [
    ("Посол Египта Надир Саид Мансур сказал: «Визы не нужны».", "Надир Саид Мансур"),
    (
        "Министр Энрике Игнасио Феррер Виейра сказал: «Визы не нужны».",
        "Энрике Игнасио Феррер Виейра",
    ),
    (
        "Президент Мексики Андрес Мануэль Лопес Обрадор заявил: «Мы готовы к диалогу».",
        "Андрес Мануэль Лопес Обрадор",
    ),
    (
        "Посол ОАЭ Мохаммед Ахмед аль-Джабер заявил: «Мы готовы к диалогу».",
        "Мохаммед Ахмед аль-Джабер",
    ),
    (
        "Президент Бразилии Луис Инасиу Лула да Силва заявил: «Мы готовы к диалогу».",
        "Луис Инасиу Лула да Силва",
    ),
    ("«Мы готовы к диалогу», — заявил Луис Инасиу Лула да Силва.", "Луис Инасиу Лула да Силва"),
    (
        "Премьер-министр Египта Мустафа Камаль Мадбули сказал: «Визы не нужны».",
        "Мустафа Камаль Мадбули",
    ),
    (
        "Андрес Мануэль Лопес Обрадор отметил: «Мы готовы к диалогу».",
        "Андрес Мануэль Лопес Обрадор",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), LONG_NAMES)
def test_long_foreign_names_are_whole(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


# A name never grows into the next person's name, a Russian surname, an instrumental or a
# capitalised word that is no name word.
NAMES_THAT_DO_NOT_GROW = [
    (
        "Официальный представитель генсека ООН Антониу Гутерриша Стефан Дюжаррик заявил: "
        "«Мы готовы к диалогу».",
        "Стефан Дюжаррик",
    ),
    ("Министр Мауро Виейра заявил: «Мы готовы к диалогу».", "Мауро Виейра"),
    (
        "Президент Турции Реджеп Тайип Эрдоган Анкара заявил: «Мы готовы к диалогу».",
        "Реджеп Тайип Эрдоган",
    ),
    (
        "Беседа с Ким Чен Ыном прошла в Пхеньяне. Ким Чен Ын сказал: «Мы готовы к диалогу».",
        "Ким Чен Ын",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMES_THAT_DO_NOT_GROW)
def test_names_do_not_grow_past_their_end(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_no_name_runs_into_a_russian_surname() -> None:
    text = "Глава МИД Росии Сергей Лавров заявил: «Мы готовы к диалогу»."
    names = {m.person.name for m in find_entities(text).persons if m.person}
    assert "Росии Сергей Лавров" not in names


# Lower-case particles inside a foreign name (lexicon NAME_PARTICLES) stay in the speaker's
# name, in every case: «Мухаммеда бин Салмана» is «Мухаммед бин Салман», never «Салман» or
# «Мухаммед». A surname the text gives alone after particles that open one
# (SURNAME_OPENING_PARTICLES) is named with them: «фон дер Ляйен», never «Ляйен».
PARTICLE_NAMES = [
    ("«Мы продолжим давление», — заявила Урсула фон дер Ляйен.", ["Урсула фон дер Ляйен"]),
    (
        "Председатель Еврокомиссии Урсула фон дер Ляйен подчеркнула: «Мы не отступим».",
        ["Урсула фон дер Ляйен"],
    ),
    ("«Мы продолжим давление», — заявила фон дер Ляйен.", ["фон дер Ляйен"]),
    ("По словам фон дер Ляйен, «санкции работают».", ["фон дер Ляйен"]),
    (
        "Ранее фон дер Ляйен призвала ввести санкции. «Давление будет расти», — сказала она.",
        ["фон дер Ляйен"],
    ),
    (
        "Наследный принц Саудовской Аравии Мухаммед бин Салман заявил: «Мы готовы к диалогу».",
        ["Мухаммед бин Салман"],
    ),
    ("По словам Мухаммеда бин Салмана, «страна готова к диалогу».", ["Мухаммед бин Салман"]),
    ("Как отметил бин Салман, «страна готова к диалогу».", ["бин Салман"]),
    ("«Франция будет свободной», — заявил Шарль де Голль.", ["Шарль де Голль"]),
    ("«Надо дать отпор», — сказал де Голль.", ["де Голль"]),
    (
        "Президент Австрии Александр Ван дер Беллен заявил: «Мы готовы к диалогу».",
        ["Александр Ван дер Беллен"],
    ),
    # an article glued to the surname by a hyphen marks it as a name word
    ("«Мы готовы», — сказал Ахмед аль-Джабер.", ["Ахмед аль-Джабер"]),
    ("По словам Ахмеда аль-Джабера, «страна готова».", ["Ахмед аль-Джабер"]),
    (
        "Президент Египта Абдель Фаттах ас-Сиси заявил: «Мы готовы к диалогу».",
        ["Абдель Фаттах ас-Сиси"],
    ),
    # every sun letter's article («аш-», «аз-», Egypt's «эш-», «эт-») belongs to the name
    ("«Мы готовы», — сказал Ахмед аш-Шараа.", ["Ахмед аш-Шараа"]),
    ("По словам Ахмеда аш-Шараа, «страна готова».", ["Ахмед аш-Шараа"]),
    ("«Мы готовы», — сказал Абдалла аз-Зубейди.", ["Абдалла аз-Зубейди"]),
    ("Министр Хасан эш-Шейх заявил: «Мы готовы к диалогу».", ["Хасан эш-Шейх"]),
    ("«Мы готовы», — сказал министр Юсуф эт-Тайеб.", ["Юсуф эт-Тайеб"]),
    # the other person of the text keeps the quote: the glued article ties no one to it
    (
        "Ахмед аш-Шараа встретился с Хасаном эш-Шейхом. «Мы готовы», — сказал эш-Шейх.",
        ["Хасан эш-Шейх"],
    ),
    (
        "Президент Сирии Ахмед аш-Шараа встретился с министром. «Мы готовы», — сказал министр.",
        [None],
    ),
    # an oblique surname alone after particles is not guessed back: nobody
    ("По словам бин Салмана, «страна готова к диалогу».", [None]),
    # «да» is a Russian word: it opens no surname given alone
    ("Ну да Лавров и сам сказал: «Надо дать отпор».", ["Лавров"]),
]


@pytest.mark.parametrize(("text", "speakers"), PARTICLE_NAMES)
def test_particles_stay_in_the_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


# A surname in capitals right after a first name (interviews set it so) is read in title case
# as one name with it; an acronym after a name (no name word: «ОБСЕ») stays out of the name.
CAPITAL_SURNAMES = [
    ("«Мы готовы», — сказал Сергей ЛАВРОВ.", ["Сергей Лавров"]),
    ("По словам Сергея ЛАВРОВА, «мы готовы».", ["Сергей Лавров"]),
    ("«Мы готовы», — сказал посол Японии Тоёхиса КОДЗУКИ.", ["Тоёхиса Кодзуки"]),
    ("«Мы готовы», — сказала Дарья ОСИНИНА.", ["Дарья Осинина"]),
    ("«Мы готовы», — сказал Дмитрий Песков ЕАЭС.", ["Дмитрий Песков"]),
    ("«Мы готовы», — сказал Песков ЕАЭС.", ["Песков"]),
]


@pytest.mark.parametrize(("text", "speakers"), CAPITAL_SURNAMES)
def test_capital_surnames_join_the_first_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


# A name whose last part is one or two letters ends a sentence («Ван И.», «Ким Ён Хо.»): that
# part is no initial of the next sentence's first word, and a pronoun is never a surname, so
# «Его коллега …» names nobody and the name before the stop stays whole.
SENTENCE_END_NAMES: list[tuple[str, set[str]]] = [
    ("На переговорах присутствовал Ван И. Его слова были краткими.", {"Ван И"}),
    ("Прибыл министр Ким Ён Хо. Его коллега остался в Сеуле.", {"Ким Ён Хо"}),
    ("Выступил премьер Нгуен Ван Ты. Её речь не прозвучала.", {"Нгуен Ван Ты"}),
    ("Посол встретился с Ли Е. Их беседа длилась час.", {"Ли Е"}),
    ("Делегацию возглавил Ван И. Она прибыла в Москву.", {"Ван И"}),
    # a real initial before a surname still names the person
    ("Доклад сделал Дж. Салливан.", {"Салливан"}),
    ("Письмо подписал С.В. Лавров.", {"Лавров"}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_END_NAMES)
def test_a_name_ending_a_sentence_is_no_initial(text: str, expected: set[str]) -> None:
    assert {m.person.name for m in find_entities(text).persons if m.person} == expected


# Who a quotation is given to after such a name: never the pronoun opening the next sentence.
PRONOUN_SPEAKERS: list[tuple[str, list[str | None]]] = [
    ("В Сеуле прошла встреча с министром Ким Ён Хо. Его коллега сказал: «Мы рады».", [None]),
    ("Выступил премьер Нгуен Ван Ты. Её коллега сказала: «Мы готовы».", [None]),
    ("Переговоры вел Ван И. Его коллега Ёко Камикава заявила: «Мы готовы».", ["Ёко Камикава"]),
    ("Делегацию возглавил Ван И. Он заявил: «Китай за мир».", ["Ван И"]),
    ("Гостей встретил Ли Е. «Мы рады», — сказал он.", ["Ли Е"]),
]


@pytest.mark.parametrize(("text", "speakers"), PRONOUN_SPEAKERS)
def test_a_pronoun_after_a_name_never_speaks(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


# A name right after a preposition is governed by it: an oblique case, never the nominative,
# even when the reader cannot decline it (a foreign name read as written), so it is no
# subject of the sentence («в беседе с Гоар Ананян … поделился Игорь Жижикин»).
GOVERNED_NAMES: list[tuple[str, list[tuple[str, str, bool]]]] = [
    ("Встреча с Гоар Ананян прошла в Ереване.", [("Гоар Ананян", "Гоар Ананян", False)]),
    (
        "В беседе с Гоар Ананян рассказал о планах Игорь Жижикин.",
        [("Гоар Ананян", "Гоар Ананян", False), ("Игорь Жижикин", "Игорь Жижикин", True)],
    ),
    ("Письмо пришло от Мари Ле Пен вчера.", [("Мари Ле Пен", "Мари Ле Пен", False)]),
    (
        "Переговоры прошли у Нана Акуфо-Аддо в резиденции.",
        [("Нана Акуфо-Аддо", "Нана Акуфо-Аддо", False)],
    ),
    # no preposition: the same names stay in the nominative
    ("Гоар Ананян заявила, что рынок растет.", [("Гоар Ананян", "Гоар Ананян", True)]),
    ("Вчера Нана Акуфо-Аддо прибыл в Москву.", [("Нана Акуфо-Аддо", "Нана Акуфо-Аддо", True)]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED_NAMES)
def test_a_name_after_a_preposition_is_no_nominative(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert persons_read(text) == expected


def test_the_one_talked_with_never_speaks_the_headline_quote() -> None:
    text = (
        "«Мы искали смелых людей». О новой цели компании в беседе с Гоар Ананян, редактором "
        "портала, рассказал Олег Смирнов, директор компании."
    )
    found = [(q.text, q.speaker) for q in analyze(text).quotes]
    # the one telling may speak it, or nobody known: never the editor talked with
    assert found in (
        [("Мы искали смелых людей", None)],
        [("Мы искали смелых людей", "Олег Смирнов")],
    )


# A capitalised word after a noun of a site is the site's name, never a person, though the
# dictionary holds it as a surname (lexicon SITE_NOUNS): «авиабазы Кант», «аэропорта Шереметьево».
SITES_ARE_NO_PERSONS: list[tuple[str, list[str]]] = [
    ("Обсудили расширение авиабазы Кант вблизи Бишкека.", []),
    ("Самолет приземлился в аэропорту Толмачево вечером.", []),
    ("Ракету запустили с космодрома Восточный утром.", []),
    # a river, a lake or an island names a place too («на реке Халхин-Гол»)
    ("Годовщину боев на реке Халхин-Гол отметят в августе.", []),
    ("Туристы отдохнули на озере Байкал летом.", []),
    ("Пограничники высадились на острове Кунашир утром.", []),
    ("Суда прошли через пролив Босфор ночью.", []),
    # a person after another noun stays one
    ("Рыбак Байкалов вышел на реку затемно.", ["Байкалов"]),
    ("Обсудили с коллегой Кантом расширение сотрудничества.", ["Кантом"]),
    ("Философ Кант писал о мире.", ["Кант"]),
    # a role governing the site: the name after it is the role's holder
    ("Директор аэропорта Ткаченко провел брифинг.", ["Ткаченко"]),
    ("«Суда заходят по графику», — сказал начальник порта Сидоренко.", ["Сидоренко"]),
    ("Директор вокзала Петренко провел совещание.", ["Петренко"]),
    ("Глава станции Орлов дал интервью.", ["Орлов"]),
    # … not a role's genitive before a preposition: the site's name
    ("Самолет директора вылетел из аэропорта Толмачево утром.", []),
]


@pytest.mark.parametrize(("text", "expected"), SITES_ARE_NO_PERSONS)
def test_a_sites_name_is_no_person(text: str, expected: list[str]) -> None:
    found = find_entities(text).persons
    assert [text[m.start : m.end] for m in found if m.person] == expected


# … so the quotes of a site's chief are his, and the summary names him by his title.
SITE_CHIEFS_SPEAK = [
    (
        "Директор аэропорта Ткаченко провел брифинг. По его словам, «все рейсы выполняются». Он "
        "добавил: «Задержек нет».",
        [("все рейсы выполняются", "Ткаченко"), ("Задержек нет", "Ткаченко")],
        None,
    ),
    (
        "«Суда заходят по графику», — сказал начальник порта Сидоренко.",
        [("Суда заходят по графику", "Сидоренко")],
        "Начальник порта Сидоренко заявил, что суда заходят по графику.",
    ),
]


@pytest.mark.parametrize(("text", "quotes", "summary"), SITE_CHIEFS_SPEAK)
def test_a_sites_chief_speaks(
    text: str, quotes: list[tuple[str, str]], summary: str | None
) -> None:
    found = analyze(text)
    assert [(q.text, q.speaker) for q in found.quotes] == quotes
    assert summary is None or found.summary == summary


# A surname in «-ича» the dictionary lacks is a man's «-ич» in the genitive or accusative (a
# woman's never declines), and the given name in «-а» beside it too, whatever woman's name
# the dictionary reads there («Александара»): never a woman «Александара Вучича».
ICH_OBLIQUE: list[tuple[str, list[tuple[str, str, bool]]]] = [
    (
        "Темы встречи Александара Вучича обсудят.",
        [("Александара Вучича", "Александар Вучич", False)],
    ),
    ("Визит Александра Вучича в Москву.", [("Александра Вучича", "Александр Вучич", False)]),
    # the nominative, a man's or a woman's, stays as written
    (
        "Президент Сербии Александар Вучич заявил, что готов.",
        [("Александар Вучич", "Александар Вучич", True)],
    ),
    ("Посол Марина Вучич заявила, что готова.", [("Марина Вучич", "Марина Вучич", True)]),
]


@pytest.mark.parametrize(("text", "expected"), ICH_OBLIQUE)
def test_a_surname_in_icha_is_a_mans_oblique_case(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert persons_read(text) == expected


# An initial before a surname is its bearer's given name's first letter: «Ш. Шариф» is never
# the text's «Наваз Шариф». The initialled surname names the full name whose given name the
# initial opens, else stays its own person, never one of another given name.
INITIALLED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Президент Аргентины Хавьер Милей и его сестра Карина Милей прибыли в Мадрид."
        " К. Милей заявила, что визит важен.",
        [("Хавьер Милей", "Хавьер Милей"), ("Карина Милей", "Карина Милей"),
         ("К. Милей", "Карина Милей")],
    ),
    (
        "Госсекретарь Хиллари Клинтон и экс-президент Билл Клинтон прибыли в Киев."
        " Х. Клинтон заявила, что рада. Б. Клинтон промолчал.",
        [("Хиллари Клинтон", "Хиллари Клинтон"), ("Билл Клинтон", "Билл Клинтон"),
         ("Х. Клинтон", "Хиллари Клинтон"), ("Б. Клинтон", "Билл Клинтон")],
    ),
    (
        "Президент Кении Уильям Руто прибыл в Найроби. У. Руто заявил, что доволен.",
        [("Уильям Руто", "Уильям Руто"), ("У. Руто", "Уильям Руто")],
    ),
    (
        "Министр Сергей Лавров прибыл в Анкару. С.В. Лавров заявил, что доволен.",
        [("Сергей Лавров", "Сергей Лавров"), ("С.В. Лавров", "Сергей Лавров")],
    ),
    (
        "Президент Джо Байден прибыл в Киев. Дж. Байден заявил, что доволен.",
        [("Джо Байден", "Джо Байден"), ("Дж. Байден", "Джо Байден")],
    ),
    # must not fire: no full name the initial agrees with, so the surname is its own person
    (
        "Лидер партии Рахул Ганди выступил в Дели. С. Ганди заявила, что поддерживает сына.",
        [("Рахул Ганди", "Рахул Ганди"), ("С. Ганди", "Ганди")],
    ),
    (
        "Сын президента Хантер Байден прибыл в Киев. Дж. Байден заявил, что доволен.",
        [("Хантер Байден", "Хантер Байден"), ("Дж. Байден", "Байден")],
    ),
    (
        "Министр иностранных дел Египта Сами Шукри прибыл в Москву. Н. Шукри сообщил, что"
        " переговоры прошли успешно.",
        [("Сами Шукри", "Сами Шукри"), ("Н. Шукри", "Шукри")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INITIALLED)
def test_an_initial_agrees_with_the_given_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(words, name) for words, name, _nominative in persons_read(text)] == expected


# An unknown word before the surname of a person the text names in full is another given name
# of that family («Шахбаз Шариф … его брат Наваз Шариф»): its own person, never the brother.
FAMILY_GIVEN_NAMES: list[tuple[str, list[str | None]]] = [
    (
        "Шахбаз Шариф – младший брат экс-премьера Наваза Шарифа – заявил: «Мы готовы к"
        " диалогу».",
        ["Шахбаз Шариф"],
    ),
    (
        "Кахьянг Видодо – дочь президента Джоко Видодо – заявила: «Я пойду на выборы».",
        ["Кахьянг Видодо"],
    ),
    (
        "Президент Мексики Клаудия Шейнбаум выступила в Сенате. Шахрзад Шейнбаум, ее сестра,"
        " сказала: «Мы гордимся ею».",
        ["Шахрзад Шейнбаум"],
    ),
    (
        "Президент Нигерии Бола Тинубу выступил в парламенте. Олуремди Тинубу, его жена,"
        " заявила: «Мы помогаем детям».",
        ["Олуремди Тинубу"],
    ),
    (
        "Шахбаз Шариф – младший брат экс-премьера Наваза Шарифа – выступил в парламенте."
        " Позже Шахбаз Шариф заявил: «Мы готовы к диалогу».",
        ["Шахбаз Шариф"],
    ),
    # must not fire: a word the text uses as a place, a known word, a word of another's name,
    # a word after a name
    (
        "Секретарь Совбеза России Сергей Шойгу провел переговоры с Нарендрой Моди.\nПосле"
        " встречи с Моди Шойгу сказал: «Сотрудничество будет расширено».",
        ["Сергей Шойгу"],
    ),
    (
        "Президент Франции Эммануэль Макрон выступил в Париже. После звонка Зеленскому Макрон"
        " сказал: «Мы будем работать вместе». Позже выступил Владимир Зеленский.",
        ["Эммануэль Макрон"],
    ),
    (
        "Президент Танзании Самия Сулуху Хасан провела переговоры с Джорджей Мелони.\nВ ходе"
        " встречи с Джорджей Мелони Сулуху Хасан заявила: «Юг должен получить больше голосов».",
        ["Самия Сулуху Хасан"],
    ),
    (
        "Президент Нигерии Бола Тинубу выступил в Абудже. Абуджа Тинубу встретила тепло."
        " «Мы рады», — сказал Тинубу.",
        ["Бола Тинубу"],
    ),
    (
        "Президент Нигерии Бола Тинубу выступил в Абудже. Затем Тинубу сказал: «Мы рады».",
        ["Бола Тинубу"],
    ),
    # nor a title or nickname the dictionary lacks, with no kinship noun beside it (R14)
    (
        "Главный тренер Валерий Карпин провел тренировку. Коуч Карпин заявил: «Мы готовы».",
        ["Валерий Карпин"],
    ),
    (
        "Спикер Совфеда Валентина Матвиенко открыла заседание. Спикерша Матвиенко заявила:"
        " «Закон будет принят».",
        ["Валентина Матвиенко"],
    ),
    (
        "Наставник «Реала» Карло Анчелотти провел пресс-конференцию. Мистер Анчелотти сказал:"
        " «Мы сыграем в атаку».",
        ["Карло Анчелотти"],
    ),
    (
        "Президент Туркмении Сердар Бердымухамедов открыл форум. Аркадаг Бердымухамедов"
        " заявил: «Мы открыты миру».",
        ["Сердар Бердымухамедов"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), FAMILY_GIVEN_NAMES)
def test_a_new_given_name_before_a_known_surname(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


# A full name whose surname is an oblique case of another full name's with the same given name
# («слова Василий Небензи» beside «Василий Небензя») is that person in the written nominative.
OBLIQUE_FULL_NAMES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Выступил постпред Василий Небензя. «Мы против», — цитирует ТАСС слова Василий Небензи.",
        [("Василий Небензя", "Василий Небензя"), ("Василий Небензи", "Василий Небензя")],
    ),
    (
        "Выступил министр Алжира Рамтане Ламамра. «Мы против», — цитирует ТАСС слова Рамтане"
        " Ламамры.",
        [("Рамтане Ламамра", "Рамтане Ламамра"), ("Рамтане Ламамры", "Рамтане Ламамра")],
    ),
    (
        "Выступила посол Мексики Алисия Барсена. «Мы против», — цитирует ТАСС слова Алисия"
        " Барсены.",
        [("Алисия Барсена", "Алисия Барсена"), ("Алисия Барсены", "Алисия Барсена")],
    ),
    (
        "«Мы против», — цитирует ТАСС слова Алисия Барсены. Выступила посол Мексики Алисия"
        " Барсена.",
        [("Алисия Барсены", "Алисия Барсена"), ("Алисия Барсена", "Алисия Барсена")],
    ),
    (
        "Выступил министр Кубы Бруно Родригес Паррилья. «Мы против», — цитирует ТАСС слова"
        " Бруно Родригес Паррильи.",
        [("Бруно Родригес Паррилья", "Бруно Родригес Паррилья"),
         ("Бруно Родригес Паррильи", "Бруно Родригес Паррилья")],
    ),
    # must not fire: another given name is another person
    (
        "Выступил министр Иван Петров. Его сестра Мария Петрова промолчала.",
        [("Иван Петров", "Иван Петров"), ("Мария Петрова", "Мария Петрова")],
    ),
    (
        "Выступил министр Алжира Рамтане Ламамра. «Мы против», — приводит ТАСС слова его брата"
        " Карима Ламамры.",
        [("Рамтане Ламамра", "Рамтане Ламамра"), ("Карима Ламамры", "Карим Ламамра")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OBLIQUE_FULL_NAMES)
def test_an_oblique_full_name_is_the_written_nominative(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(words, name) for words, name, _nominative in persons_read(text)] == expected
