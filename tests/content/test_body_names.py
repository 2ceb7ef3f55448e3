"""Bodies that speak, named as the text names them: a region's government, an army's command,
a consulate, a permanent mission, an international body by its full name.

Table-driven through `analyze`: text → (the quotation's first words, its speaker). Every table
has rows where no body may be found (a person's cabinet, a command whose army is not named).
"""

from __future__ import annotations

import pytest

from bot.content.pipeline import analyze

Row = tuple[str, str, str | None]  # text, the quotation's first words, its speaker


def _speaker(text: str, opening: str) -> str | None:
    quotes = [q for q in analyze(text).quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [q.text for q in analyze(text).quotes]
    return quotes[0].speaker


# A government or a command named by the place it serves (bot/content/place_bodies.py): the
# head in the nominative and lower case, the place as written; a person after the head is no
# place («правительства Биньямина Нетаниягу»).
PLACE_BODIES: list[Row] = [
    # a prosecutor's office named by its place, a later «ведомство» referring back to it
    (
        "Прокуратура Майкопа провела прием граждан.\n«Организованы семь проверок», — сообщили"
        " в ведомстве.",
        "Организованы",
        "прокуратура Майкопа",
    ),
    (
        "«Проверка по обращению жителей начата», — сообщили в прокуратуре Тверской области.",
        "Проверка",
        "прокуратура Тверской области",
    ),
    (
        "Областная прокуратура заявила: «Нарушения будут устранены».",
        "Нарушения",
        "областная прокуратура",
    ),
    (  # no place after the head, no adjective before it: no body named
        "«Дело передано в суд», — сообщили в прокуратуре района.",
        "Дело передано",
        None,
    ),
    (
        "«Мост через Амур достроен», — говорится в сообщении на сайте правительства Приамурья.",
        "Мост через",
        "правительство Приамурья",
    ),
    (
        "Правительство Кузбасса сообщило: «Шахты работают в штатном режиме».",
        "Шахты работают",
        "правительство Кузбасса",
    ),
    (
        "В правительстве Воронежской области заявили: «Дороги отремонтируют к осени».",
        "Дороги",
        "правительство Воронежской области",
    ),
    (
        "«Брифинги будут проводиться по мере необходимости», — сообщили в пресс-службе"
        " областного правительства.",
        "Брифинги",
        "областное правительство",
    ),
    (
        "Командование армии Сирии сообщило об ударах.\nВ заявлении говорится: «Израиль нанес"
        " несколько ударов по объектам к югу от Дамаска».",
        "Израиль нанес",
        "командование армии Сирии",
    ),
    (
        "«Противник отброшен на прежние позиции», — говорится в заявлении командования"
        " вооруженных сил Израиля.",
        "Противник",
        "командование вооруженных сил Израиля",
    ),
    (
        "Командование ВСУ заявило: «Переправа через реку разрушена».",
        "Переправа",
        "командование ВСУ",
    ),
    # a person's cabinet, a command whose army the text does not name: no body of a place
    (
        "«Решение принято единогласно», — отметили в правительстве Биньямина Нетаниягу.",
        "Решение",
        None,
    ),
    (
        "«Отставки не будет», — заявили в правительстве Александра Жукова.",
        "Отставки",
        None,
    ),
    (
        "«Наступление продолжается», — сообщили в командовании армии.",
        "Наступление",
        None,
    ),
    # a state's army by its place speaks as a body; a rank («генерал армии») or an army the
    # text does not place is none
    (
        "Армия Мали нанесла удары по позициям боевиков, сообщила армия Мали. «Уничтожены три"
        " склада оружия», — говорится в заявлении.",
        "Уничтожены",
        "армия Мали",
    ),
    ("В армии Нигера заявили: «Граница полностью закрыта».", "Граница", "армия Нигера"),
    (
        "«Противник понес потери», — сообщил генерал армии Олег Салюков.",
        "Противник",
        "Олег Салюков",
    ),
    ("«Позиции удержаны», — заявили в армии.", "Позиции", None),
    # an administration by its place or the place's adjective; a person's is no place's
    (
        "«Дороги отремонтируют к осени», — сообщили в пресс-службе краевой администрации.",
        "Дороги",
        "краевая администрация",
    ),
    (
        "В администрации Приморья заявили: «Паводок под контролем».",
        "Паводок",
        "администрация Приморья",
    ),
    ("«Санкции не помогут», — заявили в администрации Байдена.", "Санкции", None),
    # a local body by its settlement or its district, and a city hall by its city; the noun
    # of a settlement alone names no place
    (
        "Администрация города Твери ответила жителям: «Двор благоустроят в следующем году».",
        "Двор",
        "администрация города Твери",
    ),
    (
        "«Свет дадут к вечеру», — пояснили в администрации поселка Мирный.",
        "Свет дадут",
        "администрация поселка Мирный",
    ),
    (
        "«Ремонт моста завершен», — сообщили в администрации Кимрского района.",
        "Ремонт моста",
        "администрация Кимрского района",
    ),
    (
        "«Нарушения выявлены в трех школах», — сообщили в прокуратуре Истринского городского"
        " округа.",
        "Нарушения",
        "прокуратура Истринского городского округа",
    ),
    (
        "В пресс-службе мэрии Казани заявили: «Штормовое предупреждение продлено».",
        "Штормовое",
        "мэрия Казани",
    ),
    (
        "«Субботник перенесен», — сообщили в городской администрации.",
        "Субботник",
        "городская администрация",
    ),
    ("«Вода будет чистой», — заверили в администрации поселка.", "Вода будет", None),
    # a city hall is always its city's: named bare, it is a body, the fullest name the text
    # gave it before standing for it; several city halls are none
    ("«Жалобы рассмотрены», — ответили в мэрии.", "Жалобы", "мэрия"),
    (
        "Мэрия отвергла советы блогера. «Горожане знают лучше», — заявила пресс-служба мэрии.",
        "Горожане",
        "мэрия",
    ),
    (
        "Мэрия Самары ответила на критику.\n«Парк откроют в мае», — отметили в пресс-службе мэрии.",
        "Парк",
        "мэрия Самары",
    ),
    ("«Бюджеты урезаны», — заявили в мэриях трех городов.", "Бюджеты", None),
    # another place named between the full name and the bare one: the text has moved on, the
    # bare city hall may be that place's, so it keeps its bare name
    (
        "Мэрия Киева закрыла метро. В Москве метро работает в обычном режиме. «Все станции"
        " открыты», — заявили в мэрии.",
        "Все станции",
        "мэрия",
    ),
    (
        "Мэрия Казани объявила конкурс. Мэр Уфы Ратмир Мавлиев тоже выступил. «Заявки"
        " принимаются», — сообщили в мэрии.",
        "Заявки",
        "мэрия",
    ),
    (
        "Мэрия Самары перекрыла улицы. Власти Тольятти ограничений не вводили. «Движение"
        " восстановят к вечеру», — сообщили в мэрии.",
        "Движение",
        "мэрия",
    ),
    (
        "Мэр Казани Ильсур Метшин провел совещание. «Мы отремонтируем дороги», — сообщили в мэрии.",
        "Мы отремонтируем",
        "мэрия",
    ),
    (
        "Мэрия Самары перекрыла улицы. В Самаре пройдет марафон. «Движение восстановят к"
        " вечеру», — сообщили в мэрии.",
        "Движение",
        "мэрия Самары",
    ),
    # a woman's name «Мэри», «Мэрилин» is no city hall
    (
        "Генеральный директор General Motors Мэри Барра выступила в Детройте. «Мы построим новый"
        " завод», — заявила Барра.",
        "Мы построим",
        "Мэри Барра",
    ),
    ("Мэри Барра заявила: «Компания останется на рынке».", "Компания", "Мэри Барра"),
    (
        "Ее сменила Мэри Барра. «Компания останется на рынке», — заявила она.",
        "Компания",
        "Мэри Барра",
    ),
    ("Писательница Мэри Шелли написала: «Я боюсь только себя».", "Я боюсь", "Мэри Шелли"),
    ("«Это было мое лучшее лето», — вспоминала Мэрилин Монро.", "Это было", "Мэрилин Монро"),
]


# Bodies the alias table names (bot/content/lexicon.py ORGANISATIONS): a consulate with its
# country and host city, a permanent mission before the body it is accredited to (never that
# body), the Investigative Committee, the WHO and the African Union by their full names.
NAMED_BODIES: list[Row] = [
    (
        "«Визы выдаются в обычном режиме», — сообщили в генеральном консульстве России в Стамбуле.",
        "Визы",
        "Генеральное консульство России в Стамбуле",
    ),
    (
        "В генконсульстве Японии в Хабаровске заявили: «Прием граждан возобновлен».",
        "Прием",
        "Генконсульство Японии в Хабаровске",
    ),
    (
        "В постпредстве России при ООН заявили: «Проект резолюции неприемлем».",
        "Проект",
        "Постпредство России при ООН",
    ),
    (
        "«Возбуждено уголовное дело», — сообщили в пресс-службе СК РФ.",
        "Возбуждено",
        "СК России",
    ),
    (
        "Следственный комитет России сообщил: «Задержаны трое подозреваемых».",
        "Задержаны",
        "СК России",
    ),
    (
        "Всемирная организация здравоохранения заявила: «Вспышка взята под контроль».",
        "Вспышка",
        "ВОЗ",
    ),
    (
        "«Любой захват власти силой подлежит осуждению», — говорится в заявлении Африканского"
        " союза.",
        "Любой захват",
        "Африканский союз",
    ),
    (
        "В Афросоюзе заявили: «Выборы должны пройти в срок».",
        "Выборы",
        "Африканский союз",
    ),
    # Israel's army by its name or its Hebrew abbreviation, never «служба Армии»
    (
        "Пресс-служба Армии обороны Израиля сообщила: «Перехвачены две ракеты».",
        "Перехвачены",
        "ЦАХАЛ",
    ),
    ("«Операция продолжается», — говорится в заявлении ЦАХАЛ.", "Операция", "ЦАХАЛ"),
    # a prosecutor general's office named as written, a state after it when one follows
    (
        "«Полномочия главы района прекращены», — сообщает пресс-служба Генпрокуратуры.",
        "Полномочия",
        "Генпрокуратура",
    ),
    (
        "В Генеральной прокуратуре Украины заявили: «Дело передано в суд».",
        "Дело",
        "Генеральная прокуратура Украины",
    ),
    # the press office of a city's courts, named bare after it was named in full
    (
        "Об этом сообщила объединенная пресс-служба судов Москвы.\n«Штраф составил 30 тысяч"
        " рублей», — написала объединенная пресс-служба судов.",
        "Штраф",
        "Объединенная пресс-служба судов Москвы",
    ),
    # a bare «СК» may be a sports club: no body
    (
        "«Команда готова к сезону», — сообщили в СК «Динамо».",
        "Команда",
        None,
    ),
]


# A region's or a city's head's press office speaks as that office (bot/content/entities.py
# `_leader_offices`, lexicon LEADER_GENITIVES), a place after it kept; an office it shares
# with a government is not named whole, so it names none.
HEAD_OFFICES: list[Row] = [
    (
        "«Прием граждан перенесен на понедельник», — сообщили в пресс-службе мэра Самары.",
        "Прием",
        "пресс-служба мэра Самары",
    ),
    (
        "Губернатор Пермского края выступил в Кудымкаре.\nВ пресс-службе главы региона"
        " заявили: «Программа визита выполнена полностью».",
        "Программа",
        "пресс-служба главы региона",
    ),
    (
        "Пресс-служба губернатора сообщила: «Выплаты начнутся в марте».",
        "Выплаты",
        "Пресс-служба губернатора",
    ),
    (
        "«Заседание пройдет во вторник», — говорится в сообщении пресс-службы губернатора и"
        " правительства края.",
        "Заседание",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), HEAD_OFFICES)
def test_a_regional_heads_press_office_speaks(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A ministry the table lacks, named by what it is of and the state after it (bot/content/
# entities.py `_state_ministries`), as the text names it; no state after it, or a verb in the
# words after the head, names none.
STATE_MINISTRIES: list[Row] = [
    (
        "Министерство коммерции КНР заявило протест.\n«Китай выражает решительный протест», —"
        " говорится в заявлении ведомства.",
        "Китай",
        "Министерство коммерции КНР",
    ),
    (
        "«Эвакуация завершена», — сообщили в министерстве по чрезвычайным ситуациям Казахстана.",
        "Эвакуация",
        "министерство по чрезвычайным ситуациям Казахстана",
    ),
    (
        "В министерстве экономики Германии заявили: «Рецессии не будет».",
        "Рецессии",
        "министерство экономики Германии",
    ),
    (
        "«Урожай будет рекордным», — сообщили в министерстве сельского хозяйства.",
        "Урожай",
        None,
    ),
    (
        "«Это недопустимо», — заявило министерство Японии в ответ.",
        "Это недопустимо",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STATE_MINISTRIES)
def test_a_states_ministry_named_in_full_speaks(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# A court named by its kind or its place's adjective (bot/content/place_bodies.py
# `find_courts`), in the nominative, a place after it as written; a bare «суд», a state's
# adjective or a longer name of another court names none.
COURTS: list[Row] = [
    (
        "Курганский областной суд отклонил жалобу, сообщили в пресс-службе суда.\n«Приговор"
        " оставлен без изменений», — сообщили в ответ на запрос.",
        "Приговор",
        "Курганский областной суд",
    ),
    (
        "«Арест продлен до марта», — сообщили в пресс-службе Хамовнического районного суда Москвы.",
        "Арест",
        "Хамовнический районный суд Москвы",
    ),
    (
        "Басманный суд заявил: «Ходатайство следствия удовлетворено».",
        "Ходатайство",
        "Басманный суд",
    ),
    (
        "«Иск удовлетворен частично», — говорится в решении Арбитражного суда Татарстана.",
        "Иск",
        "Арбитражный суд Татарстана",
    ),
    (
        "«Жалоба принята к рассмотрению», — сообщили в пресс-службе областного суда.",
        "Жалоба",
        "областной суд",
    ),
    ("«Приговор вступил в силу», — сообщили в суде.", "Приговор", None),
    ("«Решение будет обжаловано», — заявили в британском суде.", "Решение", None),
    (
        "«Россия нарушила статью конвенции», — говорится в решении Европейского суда по правам"
        " человека.",
        "Россия",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), COURTS)
def test_a_court_named_by_its_kind_speaks(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), PLACE_BODIES)
def test_a_body_named_by_its_place_speaks(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), NAMED_BODIES)
def test_a_body_named_in_full_speaks(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker


# A class named in marks («ракетами класса «земля-земля»») is a name (lexicon NAMED_THINGS),
# never the words of the body or person the sentence has speak.
CLASS_NAMES = [
    "Командование армии Сирии сообщило, что Израиль нанес удары ракетами класса «земля-земля».",
    "Министр обороны Ирана Азиз Насирзаде заявил, что испытана ракета класса «земля-воздух».",
]


@pytest.mark.parametrize("text", CLASS_NAMES)
def test_a_class_in_marks_is_no_quotation(text: str) -> None:
    assert analyze(text).quotes == ()


# A common noun for a body («ведомство», «министерство») refers back to the one body the text
# named before, even one only named («вызвали в МИД России», «по данным МИД ОАЭ»): as the
# subject of a neuter verb, where a plural speech verb was said, or owning the text the words
# are quoted from; a nationality adjective before it allows only a body of that country, and
# two bodies named before, or none standing for itself, leave it unknown.
BODY_ANAPHORA: list[Row] = [
    (
        "В МИД Турции выразили озабоченность ситуацией в Сирии.\nВедомство также подчеркнуло:"
        " «Анкара не допустит создания коридора».",
        "Анкара",
        "МИД Турции",
    ),
    (
        "Минобороны Японии сообщило о пролете самолетов.\n«Нарушений не зафиксировано», —"
        " уточнило министерство.",
        "Нарушений",
        "Минобороны Японии",
    ),
    (
        "Посла Бразилии вызвали в МИД Аргентины.\n«Буэнос-Айрес ждет разъяснений», — говорится"
        " в заявлении министерства.",
        "Буэнос-Айрес",
        "МИД Аргентины",
    ),
    (
        "По данным МИД Катара, переговоры продолжатся.\nВ ведомстве подчеркнули, что Доха"
        " «готова и дальше выступать посредником».",
        "готова",
        "МИД Катара",
    ),
    (
        "Временного поверенного в делах Польши вызвали в МИД Венгрии.\n«Будапешт требует"
        " объяснений», — говорится в сообщении венгерского ведомства.",
        "Будапешт",
        "МИД Венгрии",
    ),
    # another country's adjective, two ministries, a ministry only in a silent title: unknown
    (
        "Временного поверенного в делах России вызвали в МИД Литвы.\n«Москва ждет объяснений»,"
        " — говорится в заявлении российского министерства.",
        "Москва",
        None,
    ),
    (
        "Посла Чили вызвали в МИД Перу, а посла Перу — в МИД Чили.\n«Сторона ждет"
        " разъяснений», — говорится в заявлении министерства.",
        "Сторона",
        None,
    ),
    (
        "Глава МИД Турции прибыл в Москву.\n«Визит пройдет по плану», — сообщило министерство.",
        "Визит",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), BODY_ANAPHORA)
def test_a_body_noun_refers_to_the_body_named_before(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# «ведомство», «министерство» refer back only to a state's ministry or agency: never to a body
# of many states («в ООН», «на сессии ШОС»), nor past a minister whose title names no body
# spoken of, who spoke after the body was named (his own ministry is meant, unnamed).
MINISTRY_ANAPHORA: list[Row] = [
    (
        "Сергей Лавров выступил в ООН. «Россия не допустит эскалации», — подчеркнули в ведомстве.",
        "Россия",
        None,
    ),
    (
        "Делегация Пентагона прибыла в Киев. Министр обороны Украины Денис Шмыгаль заявил: «Мы"
        " благодарны партнерам». «Поставки продолжатся», — уточнило ведомство.",
        "Поставки",
        None,
    ),
    (
        "Глава Пентагона Пит Хегсет прибыл в Брюссель на встречу в штаб-квартире НАТО."
        " «Альянс силен как никогда», — уточнило ведомство.",
        "Альянс",
        None,
    ),
    (
        "Ван И выступил на сессии ШОС.\n«Китай за многополярность», — говорится в заявлении"
        " ведомства.",
        "Китай",
        None,
    ),
    (
        "Минобороны Израиля сообщило об ударе. Министр обороны Индии Раджнатх Сингх заявил: «Мы"
        " следим». «Операция завершена», — уточнило ведомство.",
        "Операция",
        None,
    ),
    # an outlet that spoke (its report the topic) is never a «ведомство»: the ministry is unnamed
    (
        "«Новая газета» утверждает, что судья не заметил побега подсудимых.\n«Проверка по"
        " публикации организована», — рассказали в ведомстве.",
        "Проверка",
        None,
    ),
    (
        "Журнал «Огонек» сообщил о закрытии завода. «Мы изучаем сведения», — добавили в"
        " министерстве.",
        "Мы изучаем",
        None,
    ),
    (
        "Агентство Reuters сообщило о сделке. «Сведения проверяются», — отметили в ведомстве.",
        "Сведения",
        None,
    ),
    # a noun an outlet may be keeps the outlet
    (
        "«Известия» сообщили о закрытии завода. «Решение окончательное», — говорится в публикации.",
        "Решение",
        "Известия",
    ),
    (  # the minister's title names the body itself: it is his
        "В МИД Кении сообщили о визите. Глава МИД Кении Мусалиа Мудавади заявил: «Мы рады"
        " гостям». «Визит пройдет по плану», — уточнило ведомство.",
        "Визит",
        "МИД Кении",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), MINISTRY_ANAPHORA)
def test_a_ministry_noun_refers_only_to_a_state_body(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# A dash clause joined by «а»/«и» that goes on to its own colon and quotation introduces that
# one: the quotation before the dash keeps its own «X заявил:».
JOINED_DASH_CLAUSES: list[Row] = [
    (
        "Губернатор Приморья Олег Кожемяко заявил: «Мост откроют в срок», — а в краевом"
        " правительстве добавили: «Деньги есть».",
        "Мост",
        "Олег Кожемяко",
    ),
    (
        "Губернатор Приморья Олег Кожемяко заявил: «Мост откроют в срок», — а в краевом"
        " правительстве добавили: «Деньги есть».",
        "Деньги",
        "краевое правительство",
    ),
    (
        "Министр финансов Индонезии Шри Мульяни Индравати заявила: «Бюджет сбалансирован», — а в"
        " Минфине России добавили: «Мы согласны».",
        "Бюджет",
        "Шри Мульяни Индравати",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), JOINED_DASH_CLAUSES)
def test_a_joined_dash_clause_introduces_the_next_quotation(
    text: str, opening: str, speaker: str | None
) -> None:
    assert _speaker(text, opening) == speaker


# A capitalised word the dictionary reads only as a thing's, in the genitive, after the head of
# a body's name (lexicon NAMED_BODY_HEADS) is the body's name, never a surname: «Финансов»,
# «Регионов» are no people: the body that is the subject speaks, or nobody known. A person
# named after the body's words still speaks.
BODY_NAME_WORDS: list[Row] = [
    (
        "Министерство Финансов сообщило: «Бюджет будет сбалансирован».",
        "Бюджет",
        "Министерство Финансов",
    ),
    (
        "«Мы выдвинем своего кандидата», — заявила Партия Регионов.",
        "Мы выдвинем",
        "Партия Регионов",
    ),
    (
        "Заместитель постпреда Индии при Организации Объединенных Наций отметил, что «вето"
        " блокирует работу Совбеза».",
        "вето",
        None,
    ),
    (
        "Министерство Природных Ресурсов сообщило: «Леса восстановят к весне».",
        "Леса",
        "Министерство Природных Ресурсов",
    ),
    (
        "Председатель правления Ассоциации Банков Гарегин Тосунян: «Ставки пойдут вниз».",
        "Ставки",
        "Гарегин Тосунян",
    ),
    (
        "Аминат Алиева, глава Министерства Финансов Дагестана: «Налоги будут собраны».",
        "Налоги",
        "Аминат Алиева",
    ),
    (
        "Глава Комитета Обороны Абдурахман Исмаилов выступил перед депутатами. «Армия получит"
        " технику», — сказал Исмаилов.",
        "Армия",
        "Абдурахман Исмаилов",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), BODY_NAME_WORDS)
def test_a_body_names_words_are_no_person(text: str, opening: str, speaker: str | None) -> None:
    assert _speaker(text, opening) == speaker
