"""Each attribution rule on its own table: text, the quotation it is asked about, its answer.

Why per rule: the rules run in order (bot/content/attribution.py RULES) and the first answer
wins, so each rule must say "not mine" (None) outside its own pattern. A row's answer is a
speaker (Found), UNKNOWN (speech, speaker unknown), NOT_SPEECH, or None.
"""

from __future__ import annotations

import pytest

from bot.content import attribution as rules
from bot.content.attribution import NOT_SPEECH, Found, Outcome, Rule, SpanContext
from bot.content.entities import find_entities
from bot.content.quotes import QuoteFinder
from bot.content.spans import find_spans

UNKNOWN = Found(None)
Row = tuple[str, str, Outcome]


def _context(text: str, quote: str) -> SpanContext:
    """The context of the quotation in `text` whose words start with `quote`, as the quote
    finder builds it (with the agents of "Об этом сообщил X." sentences noted)."""
    spans = find_spans(text)
    finder = QuoteFinder(text, text, find_entities(text))
    finder.resolver.set_quoted([(s.open, s.close) for s in spans])
    span = next(s for s in spans if text[s.open + 1 : s.close].startswith(quote))
    context = rules.build_context(finder.doc, span, None)
    assert context is not None
    return context


def _check(rule: Rule, text: str, quote: str, expected: Outcome) -> None:
    assert rule(_context(text, quote)) == expected


QUOTED_NAME: list[Row] = [
    ("Новак рассказал о газопроводе «Сила Сибири» подробно.", "Сила", NOT_SPEECH),
    ("Статья вышла в журнале «Международная жизнь».", "Международная", NOT_SPEECH),
    ("«Мы готовы», — сказал Лавров.", "Мы", None),  # opens the sentence
    ("Альянс «должен увеличить расходы», — заявил Рютте.", "должен", None),
    # A term noun cites words as words, lowercase too.
    (
        "Захарова отметила, что так дискредитируется понятие «ежедневный брифинг госдепа».",
        "ежедневный",
        NOT_SPEECH,
    ),
    ("Эксперт ввел термин «гибридная война» в оборот.", "гибридная", NOT_SPEECH),
]
DASH_AFTER: list[Row] = [
    ("Сергей Лавров прибыл. «Мы готовы к диалогу», — заявил Лавров.", "Мы", Found("Сергей Лавров")),
    ("«Повестка насыщенная», – сказала Мария Захарова.", "Повестка", Found("Мария Захарова")),
    # Less common speech verbs, after an adverb or an adverbial phrase.
    (
        "«Входим в новую профессию», — с улыбкой произнес Сергей Шойгу.",
        "Входим",
        Found("Сергей Шойгу"),
    ),
    (
        "«Наш корабль вступил в бурные воды», – метафорично описала Эльвира Набиуллина ситуацию.",
        "Наш",
        Found("Эльвира Набиуллина"),
    ),
    ("«Был широкий консенсус», — вторил ей Алексей Заботкин.", "Был", Found("Алексей Заботкин")),
    (
        "«Учения завершатся», — говорится в сообщении Минобороны.",
        "Учения",
        Found("Минобороны России"),
    ),
    (
        "Захарова выступила. «Мы приняли это к сведению», — цитирует Захарова сообщение Стано.",
        "Мы",
        Found("Стано"),
    ),
    ("«Мы готовы», — и это главное.", "Мы", None),  # no speech verb after the dash
    # A media kind as the subject: the outlet the text named, never the person quoted about.
    (
        "Марк Рютте стал генсеком НАТО, сообщает Reuters. «Марк Рютте вступил в должность», "
        "— отмечает агентство.",
        "Марк",
        Found("Reuters"),
    ),
    ("Марк Рютте стал генсеком. «Рютте вступил в должность», — пишет издание.", "Рютте", UNKNOWN),
    # An anonymous source is nobody, not the person talked about.
    (
        "Кая Каллас выступила в Брюсселе. «Мы ожидаем большего», – заявил неназванный "
        "европейский дипломат.",
        "Мы",
        UNKNOWN,
    ),
    ("Кая Каллас выступила. «Она резка», – сказал другой дипломат.", "Она", UNKNOWN),
    ("Кая Каллас выступила. «Она резка», – сказал ее коллега.", "Она", UNKNOWN),
    # "его слова" names him as the speaker; "цитирует ее ТАСС" is no possessive.
    (
        "Генсек ООН Антониу Гутерриш выступил. «Перспективы мира уменьшаются», — приводит "
        "РИА Новости его слова.",
        "Перспективы",
        Found("Антониу Гутерриш"),
    ),
    (
        "Мария Захарова выступила. «Вопросы были до брифинга», — цитирует ее ТАСС.",
        "Вопросы",
        Found("Мария Захарова"),
    ),
    (
        "Эксперты высказались о Каллас. «Она слишком резка для этой должности», — сказал один "
        "из экспертов.",
        "Она",
        UNKNOWN,
    ),
    (
        "Сергей Лавров выступил. «Мы ожидаем большего», – заявил российский дипломат.",
        "Мы",
        Found("Сергей Лавров"),
    ),
    # A relaying verb's object owns the words: its owner, or unknown, never the outlet.
    (
        "«Руденко займётся Азией», — приводит РИА Новости сообщение внешнеполитического ведомства.",
        "Руденко",
        UNKNOWN,
    ),
    ("«Мы готовы», — приводит ТАСС слова Сергея Лаврова.", "Мы", Found("Сергей Лавров")),
    # An outlet right after the verb is addressed; the nominative person after it speaks.
    (
        "Роли «сегодня, по сути, и нет», заявил РИА Новости первый зампостпреда РФ при ООН "
        "Дмитрий Полянский.",
        "сегодня",
        Found("Дмитрий Полянский"),
    ),
    # What an outlet published is the outlet's, not the last body named.
    (
        "Заметка вышла на сайте Reuters. Речь о словах Кремля. «Кремль выразил обеспокоенность», "
        "– гласит текст публикации.",
        "Кремль",
        Found("Reuters"),
    ),
    # A nationality the text tied to nobody: the one person named, else unknown.
    (
        "Эрдоган и Путин провели переговоры. «Мы обсудили зерновую сделку», — сказал турецкий "
        "лидер.",
        "Мы",
        UNKNOWN,
    ),
    (  # a foreign nationality is never the Russian name: the one foreign name left
        "Сергей Лавров встретился с Петером Сийярто. «Мы продолжим сотрудничество», — сказал "
        "венгерский министр.",
        "Мы",
        Found("Петер Сийярто"),
    ),
    # Never one introduced with another country ("министром обороны Китая").
    (
        "Сергей Шойгу встретился с министром обороны Китая Дун Цзюнем. «Наши армии "
        "сотрудничают», — отметил российский министр.",
        "Наши",
        Found("Сергей Шойгу"),
    ),
    # The body's nationality ("глава венгерского МИД") rules out one tied to another country.
    (
        "Министр иностранных дел Венгрии Петер Сийярто анонсировал встречу с главой МИД России "
        "Сергеем Лавровым. «Шансы на мир станут реалистичными», — сказал глава венгерского МИД.",
        "Шансы",
        Found("Петер Сийярто"),
    ),
    (
        "Министр иностранных дел России Сергей Лавров подтвердил, что планируется разговор "
        "президента России Владимира Путина. «Думаю, эти вопросы будут обсуждаться», — заявил "
        "глава российского МИД.",
        "Думаю",
        Found("Сергей Лавров"),
    ),
    # A role in the verb's object is no subject: the person named in the nominative is.
    (
        "Министр Дмитрий Кулеба выступил. «Кулеба отрабатывает свой хлеб», — так прокомментировал "
        "слова украинского чиновника депутат Госдумы Алексей Журавлев.",
        "Кулеба",
        Found("Алексей Журавлев"),
    ),
    # Never a Russian name for a foreign nationality, even when the other name went unread.
    (
        "Сергей Лавров провел переговоры с Ван И. «Мы договорились о многом», — сказал "
        "китайский министр.",
        "Мы",
        UNKNOWN,
    ),
    (
        "Глава МИД Хакан Фидан выступил в Анкаре. «Мы не будем подливать масла в огонь», — сказал "
        "турецкий министр.",
        "Мы",
        Found("Хакан Фидан"),
    ),
    (
        "Министр иностранных дел Турции Хакан Фидан встретился с Сергеем Лавровым. «Мы "
        "обсудили Сирию», — сказал турецкий министр.",
        "Мы",
        Found("Хакан Фидан"),
    ),
    # "«…», и добавил": the sentence's own verb goes on, no attribution after the comma.
    (
        "Источник подчеркнул, что Каллас «скорее полицейский, чем дипломат», и добавил, что "
        "это надолго.",
        "скорее",
        None,
    ),
    # The outlet right after the verb is whom the speaker told.
    (
        "«Роли у ООН нет», — заявил РИА Новости первый зампостпреда РФ при всемирной"
        " организации Дмитрий Полянский.",
        "Роли",
        Found("Дмитрий Полянский"),
    ),
    ("«Роли у ООН нет», — сообщает РИА Новости.", "Роли", Found("РИА Новости")),
    # The quoting verb's object says whose words: "его слова" before anyone is named points
    # at the person named next; an owner nobody can tell leaves the speaker unknown.
    (
        "«Перспективы мира уменьшаются», — приводит РИА Новости его слова. Гутерреш выразил"
        " опасение, что ситуация ухудшится.",
        "Перспективы",
        Found("Гутерреш"),
    ),
    (
        "«Руденко займётся Азией», — приводит РИА Новости сообщение внешнеполитического ведомства.",
        "Руденко",
        UNKNOWN,
    ),
    # "он" after an anonymous source's sentence is that source, not a name that comes later.
    (
        "Высокопоставленный европейский источник рассказал, что санкции не обсуждают.\n"
        "«Вопрос не поднимался», — заявил он. Ранее министр Роберт Хабек заявил, что"
        " единства нет.",
        "Вопрос",
        UNKNOWN,
    ),
]
WORDS_OF_ANOTHER: list[Row] = [
    (
        "Мария Захарова прокомментировала заявление главы МИД Турции Хакана Фидана "
        "о том, что «Турция приветствует переговоры».",
        "Турция",
        Found("Хакан Фидан"),
    ),
    ("В МИД России назвали заявление Госдепа «абсурдным».", "абсурдным", None),
    (
        "Вячеслав Володин вручил депутатам цитаты президента, прозвучавшей на встрече: "
        "«Думайте о семьях с детьми».",
        "Думайте",
        UNKNOWN,  # the role falls back on the sentence's own subject: never him
    ),
    # The owner's reported words go on past "о том, что" up to the quotation.
    (
        "Так он прокомментировал слова премьер-министра Великобритании Терезы Мэй о том, что "
        "высылка «сотрудников разведки» из-за дела Скрипалей «подорвала возможности России».",
        "подорвала",
        Found("Тереза Мэй"),
    ),
    (
        "Сергей Нарышкин прокомментировал слова Терезы Мэй о том, что высылка "
        "«сотрудников разведки» навредила.",
        "сотрудников",
        Found("Тереза Мэй"),
    ),
    (
        "Слова президента США Джо Байдена о том, что председатель КНР Си Цзиньпин — "
        "«диктатор», являются безответственными.",
        "диктатор",
        Found("Джо Байден"),
    ),
    # Someone else speaks between the owner and the quotation: not the owner's words.
    (
        "Говоря о заявлениях президента США Дональда Трампа, он сказал, что в Кремле "
        "«работает система мониторинга».",
        "работает",
        None,
    ),
]
COLON_BEFORE: list[Row] = [
    ("Сергей Лавров заявил: «Россия открыта для диалога».", "Россия", Found("Сергей Лавров")),
    (
        "Глава Минфина Антон Силуанов, впрочем, был осторожнее: «Рано говорить об этом».",
        "Рано",
        Found("Антон Силуанов"),
    ),
    ("Итог: «да».", "да", NOT_SPEECH),
    ("Лавров заявил, что «ответ будет».", "ответ", None),  # no colon
]
HEADLINE: list[Row] = [
    (
        "Володин: депутатам стоит «думать головой»\nПредседатель Госдумы Вячеслав Володин "
        "выступил на пленарном заседании.",
        "думать",
        Found("Вячеслав Володин"),
    ),
    (
        "«Мы готовы к диалогу»: Лавров ответил на вопрос Блинкена\nСергей Лавров выступил.",
        "Мы",
        Found("Сергей Лавров"),
    ),
    # A role in the title is introduced only later: unknown, never the person after the verb.
    (
        "«Мир устал»: глава МИД Ирана резко ответил на критику Зеленского\nГлава МИД Ирана "
        "Аббас Аракчи ответил президенту Украины Владимиру Зеленскому.",
        "Мир",
        UNKNOWN,
    ),
    # A sentence (closing full stop) or a body paragraph is no title line.
    ("Володин: депутатам стоит «думать головой».", "думать", None),
    ("Заседание прошло.\nВолодин: депутатам стоит «думать головой»", "думать", None),
]
PO_SLOVAM: list[Row] = [
    # "внешнеполитического" after a role is no nationality: the text names no such country.
    (
        "Министр иностранных дел России Сергей Лавров провел пресс-конференцию в Эр-Рияде."
        " По словам главы внешнеполитического ведомства, стороны «не просто слушали, но и"
        " слышали друг друга».",
        "не просто",
        Found("Сергей Лавров"),
    ),
    (
        "Лавров провел встречу. По словам Лаврова, «сотрудничество выходит на новый уровень».",
        "сотрудничество",
        Found("Лавров"),
    ),
    ("По словам источника, «переговоры зашли в тупик».", "переговоры", UNKNOWN),
    # Someone named speaks inside: his words, not the relaying one's ("все" names nobody).
    ("По словам Трампа, Путин сказал ему, что «хочет закончить войну».", "хочет", None),
    (
        "Сергей Лавров выступил. По словам министра, все стали признавать, что «дело не в "
        "Украине».",
        "дело",
        Found("Сергей Лавров"),
    ),
    (
        "Кая Каллас выступила в Брюсселе. По словам дипломатов, «она слишком резка для этой "
        "должности».",
        "она",
        UNKNOWN,
    ),
    ("Лавров провел встречу. «Сотрудничество выходит на новый уровень».", "Сотрудничество", None),
]
AS_SAID: list[Row] = [
    (
        "Дмитрий Песков ответил на вопросы. Как отметил Песков, «решение пока не принято».",
        "решение",
        Found("Дмитрий Песков"),
    ),
    ("Как передает ТАСС, «решение пока не принято».", "решение", None),  # relayed: not mine
]
AS_REPORTS: list[Row] = [
    (
        "Об этом сообщил Юрий Ушаков. Как передает ТАСС, «встреча может состояться в мае».",
        "встреча",
        Found("Юрий Ушаков"),
    ),
    ("Как отметил Песков, «решение пока не принято».", "решение", None),
]
AS_OPENING: list[Row] = [
    (
        "Как сообщил Юрий Ушаков, встреча «может состояться в ближайшее время».",
        "может",
        Found("Юрий Ушаков"),
    ),
    ("Как заявил источник, переговоры «зашли в полный тупик».", "зашли", UNKNOWN),
]
REPORTED_SPEECH: list[Row] = [
    (
        "Сергей Лавров сказал, что в Кремле «внимательно изучат все предложения».",
        "внимательно",
        Found("Сергей Лавров"),
    ),
    ("Лавров напомнил о встрече «в верхах» в Женеве.", "в верхах", None),
    # A naming verb closer to the quotation has its own subject: not this rule's.
    (
        "Сергей Лавров заявил, что Энтони Блинкен назвал переговоры «полезными и "
        "конструктивными для обеих сторон».",
        "полезными",
        None,
    ),
    # A subject the clause names but nothing resolves is unknown, never the last person.
    (
        "Дмитрий Песков прокомментировал слова Макрона. Макрон ранее заявил, что «Европа "
        "должна быть готова ко всему».",
        "Европа",
        UNKNOWN,
    ),
    (
        "Сергей Лавров выступил. Его коллега заявил, что в МИД «внимательно изучат все "
        "предложения».",
        "внимательно",
        UNKNOWN,
    ),
    (
        "Сергей Лавров выступил. «Мы изучим все предложения», — сказал его заместитель "
        "Сергей Рябков. Он заявил, что в МИД «внимательно изучат все предложения».",
        "внимательно",
        Found("Сергей Рябков"),
    ),
    # An impersonal verb speaks for the body its clause names, and for nobody else.
    (
        "На сайте МИД РФ говорится о том, что западные страны «нагнетают ситуацию и сеют "
        "дезинформацию».",
        "нагнетают",
        Found("МИД России"),
    ),
    (
        "Сергей Лавров выступил. В сообщении говорится, что войска «продолжают выполнять "
        "задачи в зоне».",
        "продолжают",
        None,
    ),
    # A person in the genitive after a nominative role is whose the role is, not the speaker.
    (
        "Пресс-секретарь Путина Дмитрий Песков сказал, что в Кремле «внимательно изучат все "
        "предложения».",
        "внимательно",
        Found("Дмитрий Песков"),
    ),
    (
        "Спецпосланник президента США Дональда Трампа Стив Уиткофф выступил в Майами. Ранее "
        "спецпосланник Трампа сообщил, что нужно согласовать «протоколы безопасности для Киева».",
        "протоколы",
        Found("Стив Уиткофф"),
    ),
    # A pronoun opening its sentence carries on the previous sentence's speaker, not the
    # person that sentence only talks about; a future "продолжит" is no speech verb.
    (
        "Пресс-секретарь Дмитрий Песков сообщил, что Николай Патрушев освобожден от должности."
        " Он добавил, что информация о том, где он продолжит работу, будет известна «в"
        " течение ближайших нескольких дней».",
        "в течение",
        Found("Дмитрий Песков"),
    ),
    # "обратил внимание, что" is speech.
    (
        "Госсекретарь Марко Рубио обратил внимание, что его страна продолжит «делать все"
        " возможное для завершения войны».",
        "делать",
        Found("Марко Рубио"),
    ),
]
PARTIAL_QUOTE: list[Row] = [
    (
        "Кроме того, Сергей Лавров заявил, что Запад нацелен на сдерживание России "
        "«в стратегическом, геополитическом плане» путем введения санкций.",
        "в стратегическом",
        Found("Сергей Лавров"),
    ),
    (
        "Мария Захарова заявила, что Госдеп опирается не на факты, а на «домыслы».",
        "домыслы",
        Found("Мария Захарова"),
    ),
    # "Он добавил" continues the speaker, not the person his reported words were about.
    (
        "Пресс-секретарь президента Дмитрий Песков сообщил, что Николай Патрушев освобожден от "
        "должности. Он добавил, что решение будет известно «в течение ближайших дней».",
        "в течение",
        Found("Дмитрий Песков"),
    ),
    (
        "Джо Байден пригрозил, что Путин «заплатит» за вмешательство.",
        "заплатит",
        Found("Джо Байден"),
    ),
    (
        "Сергей Лавров заявил, что Энтони Блинкен назвал переговоры «полезными и "
        "конструктивными для обеих сторон».",
        "полезными",
        Found("Энтони Блинкен"),
    ),
    # A naming participle speaks for the person it follows, not the sentence's subject.
    (
        "Дмитрий Песков ответил Трампу, назвавшему Россию «бумажным тигром».",
        "бумажным",
        Found("Трамп"),
    ),
    (
        "Дмитрий Песков ответил на слова, назвавшие Россию «бумажным тигром».",
        "бумажным",
        UNKNOWN,
    ),
    # The person right after a naming verb is the one named, not the speaker.
    ("Путин встретился с Трампом. Трамп назвал Путина «умным человеком».", "умным", Found("Трамп")),
    # After a naming verb, the instrumental is what the speaker called it, even one word.
    (
        "Мария Захарова раскритиковала ответ ООН, назвав его «отпиской».",
        "отпиской",
        Found("Мария Захарова"),
    ),
    (
        "Реджеп Тайип Эрдоган предостерег Россию, назвав бывшую советскую республику «сильной» "
        "страной.",
        "сильной",
        Found("Реджеп Тайип Эрдоган"),
    ),
    ("Мария Захарова назвала проект «Север» в интервью.", "Север", None),  # a name, nominative
    ("Эксперты обсудили так называемый «средний коридор» в Стамбуле.", "средний", None),
    ("Захарова заявила о провале «крестового похода» Запада.", "крестового", None),
    ("Ряд выступающих назвал политику «многовекторной».", "многовекторной", None),
    (
        "Сергей Рябков выступил в Женеве. На конференции говорили о том, что «на момент "
        "истечения договора лимиты будут соблюдены».",
        "на момент",
        UNKNOWN,  # nobody named in the clause: no fallback on the last person
    ),
    (
        "Сергей Рябков привел в пример выступление представителей США, где говорили о том, "
        "что «на момент истечения договора лимиты будут соблюдены».",
        "на момент",
        UNKNOWN,  # the relative clause's speakers are not the sentence's subject
    ),
]
PREDICATE_QUOTE: list[Row] = [
    (
        "Анатолий Антонов выступил. Антонов «разочарован» тем, что коллеги молчат.",
        "разочарован",
        Found("Анатолий Антонов"),
    ),
    ("Анатолий Антонов «доволен» итогами.", "доволен", Found("Анатолий Антонов")),
    # Not right after the subject, or not a predicate: not this rule's.
    ("Антонов рассказал о «разочаровании» коллег.", "разочаровании", None),
    ("Анатолий Антонов «новый посол» в США.", "новый", None),
    ("Путин и Байден «довольны» итогами.", "довольны", None),
]
CONTENT_OF_PREVIOUS: list[Row] = [
    ("Коллеги «не проявляли никакого интереса» к теме.", "не проявляли", None),  # no quote before
    # The quotation before was attributed to nobody yet (the positive case, which needs the
    # finder's memory, is in test_quotes_cases: "predicate-then-its-content-clause").
    ("Антонов «разочарован» тем, что «коллеги молчат».", "коллеги", None),
]
_CUT = "Сергей Лавров ответил журналистам. «Мы готовы, — подчеркнул министр, — продолжать диалог»."
INTERRUPTED: list[Row] = [
    (_CUT, "Мы готовы", Found("Сергей Лавров", (_CUT.index(", —") + 1, _CUT.index("продолжать")))),
    ("«Мы готовы — и точка».", "Мы", None),
]
OWN_SENTENCE: list[Row] = [
    (
        "Об этом заявил Сергей Лавров. «Мы не будем отвечать на провокации».",
        "Мы",
        Found("Сергей Лавров"),
    ),
    (
        "«Мы не будем отвечать на провокации». Так прокомментировал ситуацию Сергей Лавров.",
        "Мы",
        Found("Сергей Лавров"),
    ),
    (
        "Владимир Путин заявил, что не может контролировать всех.\n«У нас две тысячи "
        "сотрудников администрации, всех не проконтролируешь».",
        "У нас",
        Found("Владимир Путин"),
    ),
    ("Саммит назвали «историческим».", "историческим", None),
]
TABLES: list[tuple[Rule, list[Row]]] = [
    (rules.quoted_name, QUOTED_NAME),
    (rules.dash_after, DASH_AFTER),
    (rules.words_of_another, WORDS_OF_ANOTHER),
    (rules.colon_before, COLON_BEFORE),
    (rules.headline, HEADLINE),
    (rules.po_slovam, PO_SLOVAM),
    (rules.as_said, AS_SAID),
    (rules.as_reports, AS_REPORTS),
    (rules.as_opening, AS_OPENING),
    (rules.reported_speech, REPORTED_SPEECH),
    (rules.partial_quote, PARTIAL_QUOTE),
    (rules.predicate_quote, PREDICATE_QUOTE),
    (rules.content_of_previous, CONTENT_OF_PREVIOUS),
    (rules.interrupted, INTERRUPTED),
    (rules.own_sentence, OWN_SENTENCE),
]
CASES = [(rule, *row) for rule, rows in TABLES for row in rows]


@pytest.mark.parametrize(
    ("rule", "text", "quote", "expected"),
    CASES,
    ids=[f"{rule.__name__}-{k}" for k, (rule, *_rest) in enumerate(CASES)],
)
def test_rule(rule: Rule, text: str, quote: str, expected: Outcome) -> None:
    _check(rule, text, quote, expected)


def test_every_rule_has_its_table_and_the_order_is_the_documented_one() -> None:
    assert [name for name, _ in rules.RULES] == [rule.__name__ for rule, _ in TABLES]
    assert all(len(rows) >= 2 for _, rows in TABLES)
