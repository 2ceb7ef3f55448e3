"""Quotation-mark spans (bot/content/spans.py): which marks open, which close, what is between."""

from __future__ import annotations

import pytest

from bot.content.spans import find_spans

# (text, the words of each outermost span)
SPANS = [
    ("«Мы готовы», — сказал он.", ["Мы готовы"]),
    ('Он сказал: "Мы готовы", — и ушел.', ["Мы готовы"]),
    # A straight quote glued to a sentence's end opens when a capital follows (the space lost).
    (
        'Об этом заявил Алексей Зайцев."Констатируем затишье", - заявил он.',
        ["Констатируем затишье"],
    ),
    ('Вопрос задали дважды!"Нет", - ответил он.', ["Нет"]),
    # ... and a glued closing mark still closes the span it ends.
    ('Он заявил: "Мы готовы."Затем он ушел.', ["Мы готовы."]),
    ('Он заявил: "Мы готовы".Затем "Да", - сказал он.', ["Мы готовы", "Да"]),
    # One straight mark closing a nested and the outer quotation, before an attribution or
    # the paragraph's end (the span ends at it, `merged`).
    (
        'Он сказал: "Санкции - попытка опустить "железный занавес", - сказал он.',
        ['Санкции - попытка опустить "железный занавес'],
    ),
    (
        'Москва заявляла, "что не нападет, и что "мы против войны".',
        ['что не нападет, и что "мы против войны'],
    ),
    # ... nor when the paragraph goes on after an attribution naming something in quotes: the
    # nested close a speech verb's attribution follows closed both.
    (
        '"Мы планируем миссию на Луну - "Луна-25", - сказал Рогозин экипажу корабля "Союз'
        ' МС-19", летящему на МКС.',
        ['Мы планируем миссию на Луну - "Луна-25', "Союз МС-19"],
    ),
    (
        '"Следующий этап - это "Восток-2024", - заявил министр на совещании в "Патриоте",'
        " где собрались генералы.",
        ['Следующий этап - это "Восток-2024', "Патриоте"],
    ),
    (
        'Он добавил: "Я прочитал "Войну и мир"! - воскликнул он в эфире "Маяка" утром.',
        ['Я прочитал "Войну и мир', "Маяка"],
    ),
    # ... and so does one a whole attribution follows, the words not resumed after it, when
    # quoted names after it leave the outer quotation open at its paragraph's end ...
    (
        '"Нам не светит отказаться "до конца века", - заявил он. Он назвал "Восток" и "Зенит".',
        ['Нам не светит отказаться "до конца века', "Восток", "Зенит"],
    ),
    (
        '"Мы вернемся "к началу"! - воскликнул министр в "Маяке". Потом были "Вести".',
        ['Мы вернемся "к началу', "Маяке", "Вести"],
    ),
    # ... or one its sentence's end and another quotation opening follow.
    (
        'Нельзя "сказать: "Завтра будет лучше". "Нужен план", - подчеркнул он.',
        ['сказать: "Завтра будет лучше', "Нужен план"],
    ),
    # ... but an attribution the words resume after is no end of them.
    (
        '"Мы сказали "да", - отметил он, - и они ответили "нет".',
        ['Мы сказали "да", - отметил он, - и они ответили "нет'],
    ),
    # ... but not when the paragraph goes on: the nested quotation alone is a span.
    ('Он назвал "это "планом" и ушел дальше.', ["планом"]),
    ('Он назвал "это "планом", - и ушел на "Мосфильм" дальше.', ["планом", "Мосфильм"]),
    # A straight quotation never closed in its paragraph runs to its dash attribution (the
    # closing mark lost), the comma left out, the words' own "?" kept ...
    (
        'Об этом сообщил Нед Прайс."Посол вернется в Москву, - сказал он.',
        ["Посол вернется в Москву"],
    ),
    ('Сийярто выступил."Неужели это нужно? - спросил он.', ["Неужели это нужно?"]),
    # ... and without one it is no quotation.
    ('Он сказал."Мы готовы и ждем.', []),
    # One never closed right after an attributed quotation of its paragraph runs to the
    # paragraph's end on a sentence's end (the speaker goes on) ...
    (
        '"Мы провели разговор", - рассказал Лавров. "Теперь дело за малым.\nДалее.',
        ["Мы провели разговор", "Теперь дело за малым."],
    ),
    # ... not without the attribution before it, nor with the paragraph cut mid-sentence.
    ('Лавров выступил. "Теперь дело за малым.', []),
    ('"Мы провели разговор", - рассказал Лавров. "Теперь дело за', ["Мы провели разговор"]),
    # A mark after a sentence's end with the space after it opens when its closing mark is
    # attributed (the site moved the space); otherwise it is a stray mark.
    (
        'Он отметил поддержку усилий." В воскресенье мы провели разговор", - рассказал Лавров.',
        [" В воскресенье мы провели разговор"],
    ),
    ('Итоги подвели." Затем министр назвал это "провалом".', ["провалом"]),
    ('Он сказал: "Мы готовы." Затем "Да", - сказал он.', ["Мы готовы.", "Да"]),
    # A lowercase word after the glued mark: no opening ("т.е."a" is no quotation).
    ('Это т.е."а" ничего.', []),
    # A « after a word (a name inside a sentence) never runs over paragraphs: left open at
    # its paragraph's end, the nested name's » closed both (the site lost one mark) ...
    (
        "Он встретился с активистами «Молодой гвардии «Единой России» и «Волонтерской роты "
        "«Боевого братства» и подтвердил это.\n«Да, я пишу сам», — сказал он.",
        ["Молодой гвардии «Единой России", "Волонтерской роты «Боевого братства", "Да, я пишу сам"],
    ),
    (
        "Депутаты фракции «Справедливой России «За правду» проголосовали.\n«Нет», — сказал он.",
        ["Справедливой России «За правду", "Нет"],
    ),
    # ... and inside its sentence a nested mark followed by the sentence's end and a capital
    # closed both (the site lost one): the next sentence's quotations are their own.
    (
        "Число случаев «выросло после «холодной войны». Псаки сказала, что США «ставили»"
        " этот вопрос.",
        ["выросло после «холодной войны", "ставили"],
    ),
    (
        "Он назвал это «тревожным сигналом «новой эпохи»! Затем министр ушел.",
        ["тревожным сигналом «новой эпохи"],
    ),
    # ... not when the outer mark follows (nothing lost), nor inside a sentence.
    (
        "Он говорил о «книге «Война и мир»». Затем ушел.",
        ["книге «Война и мир»"],
    ),
    (
        "Он говорил о «книге «Война и мир» и фильмах», а затем ушел.",
        ["книге «Война и мир» и фильмах"],
    ),
    # ... and with no nested name it never closes ...
    ("Он вступил в партию «Новые люди и ушел.\n«Нет», — сказал он.", ["Нет"]),
    # ... while a quotation opening its paragraph, or after a colon, still runs over several.
    ("Он сказал: «Мы готовы.\n«Мы ждем», — добавил он.", ["Мы готовы.\n«Мы ждем"]),
    # A nested quotation's mark that a speech verb's attribution follows at its paragraph's
    # end closed both: the next paragraph's « opens a quotation of its own.
    (
        "«Посол выразил недоумение словами о том, что «граница условна», — говорится в "
        "сообщении.\n«Такие выпады вредят отношениям», — отмечается там.",
        [
            "Посол выразил недоумение словами о том, что «граница условна",
            "Такие выпады вредят отношениям",
        ],
    ),
    (
        "«Он сказал, что «мы готовы», — сообщил посол.\n«Мы ждем», — добавил он.",
        ["Он сказал, что «мы готовы", "Мы ждем"],
    ),
    # A « left open at its paragraph's end, the paragraph ending with a speech verb's dash
    # attribution, lost its closing mark before it: the span ends at the comma ...
    (
        "«Мы ценим отношения и ждем работы, — отметили в НАТО.\nПо словам альянса, «двери"
        " открыты».",
        ["Мы ценим отношения и ждем работы", "двери открыты"],
    ),
    (
        "«Я звонил в Париж, но лишь Россия сказала: „Мы поможем“, — сказал он.\nДалее.",
        ["Я звонил в Париж, но лишь Россия сказала: „Мы поможем“"],
    ),
    ("Он выступил.\n«Мы ждем работы, — отметили в НАТО.", ["Мы ждем работы"]),
    # ... a stray closing mark of another kind before the comma left out ...
    (
        "«Последствия будут тяжелыми”, — сказал дипломат.\nДалее.",
        ["Последствия будут тяжелыми"],
    ),
    # ... but not when the words resume after the attribution, nor when a straight quotation
    # opens right inside the «, nor without a speech verb.
    (
        "«Мы готовы, — сказал он. — И ждем.\n«Ответа пока нет», — добавил он.",
        ["Мы готовы, — сказал он. — И ждем.\n«Ответа пока нет"],
    ),
    (
        '«"Мы готовы к диалогу", - приводит слова министра сайт МИД.\nДалее.',
        ["Мы готовы к диалогу"],
    ),
    ("«Мы готовы к диалогу, — в частности.\nДалее.", []),
    # The first of several attributions ends the words when no dash resumes them after it:
    # the narration that follows quotes words of its own, which a later attribution relays.
    (
        "«Что было бы, если бы он победил? — спросила Ана Гонсалес, заметив, что „он бы"
        " уступил“ соседям. „Вы думаете, был бы мир?“ — пишет издание.\nДалее.",
        ["Что было бы, если бы он победил?", "он бы уступил", "Вы думаете, был бы мир?"],
    ),
    (
        "«Мы ждем ответа, — сказал Кваме Асанте, — и готовы ждать. Но недолго, — добавил"
        " он.\nДалее.",
        ["Мы ждем ответа, — сказал Кваме Асанте, — и готовы ждать. Но недолго"],
    ),
    # A « left open in the text's last paragraph, opening it, a sentence or the words after a
    # colon, runs to the text's end (the site cut the text) ...
    (
        "Опрос опубликован.\nЕго прокомментировал социолог Хироси Танака: «Цифры отражают"
        " картину. Общество консолидируется.",
        ["Цифры отражают картину. Общество консолидируется."],
    ),
    ("Данные готовы.\n«Мы видим рост доверия к армии.", ["Мы видим рост доверия к армии."]),
    # ... not mid-text, inside a sentence, with a dash attribution, nor without a sentence's end.
    ("Эксперт Ли Мин ответил: «Мы видим рост.\nВласти молчат.", []),
    ("Он назвал это «провалом политики и ушел.", []),
    ("Он сказал: «Мы видим рост,— сказала Фатима Диалло.", []),
    ("Он сказал: «Мы видим рост и", []),
    # ... nor a name a site closed with another mark (review14 R10).
    (
        "Глава «Газпрома» Алексей Миллер рассказал о планах.\nНапомним, ранее сообщалось о"
        ' росте добычи. «Газпром нефть" нарастит поставки в Китай.',
        ["Газпрома"],
    ),
    ('Тренер рассказал о составе.\n«Спартак" сыграет следующий матч в субботу.', []),
    ("Врачи предупреждают.\n«Ред Булл” и другие напитки могут исчезнуть с прилавков.", []),
    # A « glued to a word's or sentence's end and followed by punctuation or a space closes
    # (the site typed « for »); it never opens.
    ("«Мы слишком большие«, – подчеркнул он.", ["Мы слишком большие"]),
    ("«Мы готовы к диалогу.« Так сказал он.", ["Мы готовы к диалогу."]),
    ("Это слово«, и все.", []),
    # ... but one glued to a word with a letter after it still opens.
    ("Он сказал:«Мы готовы».", ["Мы готовы"]),
    # ... but one ending its paragraph with no attribution still runs on.
    (
        "«Он сказал, что «мы готовы».\n«Мы ждем ответа», — добавил посол.",
        ["Он сказал, что «мы готовы».\n«Мы ждем ответа"],
    ),
    # A nested quotation's » that a whole attribution follows, mid-paragraph, closed the
    # outer one too when nothing later in the paragraph is left to close it.
    (
        "«Нам твердят: «Вы обязаны уступить», — добавил Нгуен Ван Лам. Он напомнил о "
        "переговорах. «Мы ответим», — заключил он.",
        ["Нам твердят: «Вы обязаны уступить", "Мы ответим"],
    ),
    # ... not when a dash resumes the words after the attribution, nor when a » is left over.
    (
        "«Нам твердят: «Вы обязаны», — добавил он, — но мы не уступим».",
        ["Нам твердят: «Вы обязаны», — добавил он, — но мы не уступим"],
    ),
    (
        "«Нам твердят: «Вы обязаны», — говорят они. А мы не уступим», — сказал Мухаммед Бин Али.",
        ["Нам твердят: «Вы обязаны», — говорят они. А мы не уступим"],
    ),
    # A « opening a sentence inside an open one after that one's dash attribution: the first
    # lost its closing mark before the attribution.
    (
        "«Все идет по плану, — сказала Мария Хосе Гарсия-Лопес. «А нас пугали кризисом», — "
        "добавила она.",
        ["Все идет по плану", "А нас пугали кризисом"],
    ),
    # ... not when the paragraph leaves a » over for the first one.
    (
        "«Он сказал: «Да», — сказала она. «Нет», — и все», — добавил посол.",
        ["Он сказал: «Да», — сказала она. «Нет», — и все"],
    ),
    # A straight quote glued to a colon, the space typed after it, opens before a capital;
    # before a lower-case word it opens nothing, and one closing a span stays its close.
    (
        'Глава района ответил:" Мы построим школу к сентябрю".',
        [" Мы построим школу к сентябрю"],
    ),
    ('Посол заявил:" Россия готова к диалогу", — передает ТАСС.', [" Россия готова к диалогу"]),
    ('Она ответила:" а потом ушла.', []),
    ('В графе "итог:" Далее стоит прочерк.', ["итог:"]),
]


@pytest.mark.parametrize(("text", "words"), SPANS)
def test_outermost_spans(text: str, words: list[str]) -> None:
    assert [text[s.open + 1 : s.close] for s in find_spans(text)] == words


def test_a_shared_straight_close_is_merged() -> None:
    text = 'Он сказал: "Санкции - попытка опустить "железный занавес", - сказал он.'
    assert [s.merged for s in find_spans(text)] == [True]


# Nested marks typed the other way round (»…« inside «…»): the » after a space and before a
# word opens, the « glued to a word's end closes; the outer quotation runs on to its ».
REVERSED_NESTED = [
    (
        "Генсек заявил: «Нас тревожит приближение »зон нестабильности« к границам». Он ушел.",
        ["Нас тревожит приближение »зон нестабильности« к границам"],
    ),
    (
        "«Проект »Северный поток« никто не отменял», — сказал Алексей Миллер.",
        ["Проект »Северный поток« никто не отменял"],
    ),
    # A » closing with a space before the next word's punctuation still closes.
    ("Он назвал это «провалом» и ушел.", ["провалом"]),
]


@pytest.mark.parametrize(("text", "words"), REVERSED_NESTED)
def test_reversed_nested_marks(text: str, words: list[str]) -> None:
    assert [text[s.open + 1 : s.close] for s in find_spans(text)] == words


# (text, the words of each span as the quotation gives them: a shared opening mark («Газпром»
# … », — говорится …: one « typed for two) belongs to the words, as the nested name's).
SHARED_OPEN = [
    (
        "«Газпром» выступил с заявлением\n«Газпром» поставляет газ в штатном режиме», — "
        "говорится в заявлении.",
        ["Газпром", "«Газпром» поставляет газ в штатном режиме"],
    ),
    (
        "«Роснефть» выполнит все обязательства перед партнерами», — сказал Игорь Сечин.",
        ["«Роснефть» выполнит все обязательства перед партнерами"],
    ),
    (
        "«Би-би-си Ньюс» не получало таких данных», — заявили в редакции.",
        ["«Би-би-си Ньюс» не получало таких данных"],
    ),
    # Marks paired in the paragraph: the name is only a name.
    ("«Газпром» сообщил о поставках газа.", ["Газпром"]),
    # An unpaired » with no attribution after it: no quotation is guessed.
    ("«Газпром» поставляет газ» в Европу.", ["Газпром"]),
    # Not opening its paragraph: the name is a name inside the sentence.
    ("Он отметил, что «Газпром» поставляет газ», — сказал он.", ["Газпром"]),
]


@pytest.mark.parametrize(("text", "words"), SHARED_OPEN)
def test_a_shared_opening_mark(text: str, words: list[str]) -> None:
    got = [text[s.open + (0 if s.shared else 1) : s.close] for s in find_spans(text)]
    assert got == words
