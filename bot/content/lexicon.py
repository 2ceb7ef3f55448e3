"""The words the analysis knows, as data: speech verbs, role nouns, organisations, outlets.

Why one table: the same role words used to live in five sets and a regex that drifted apart
(a title regex missed the nominative «Посол»). Every rule now asks this module, by lemma, so a
word added here is known in every case and every rule at once. The tables are plain data; the
lookups (`speech_lemma`, `role_of`, `title_head`) go through the cached pymorphy3 parses, and
the compiled organisation patterns are built once, on first use (`organisations`).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from bot.content.declension import CONSONANTS
from bot.content.morph import parses, word_set

# --- speech -------------------------------------------------------------------------------------

SPEECH_VERBS = word_set(
    """заявить заявлять сказать говорить отметить отмечать подчеркнуть подчёркивать подчеркивать
    добавить добавлять сообщить сообщать пояснить пояснять уточнить уточнять напомнить
    напоминать констатировать признать признавать заметить замечать указать указывать
    ответить отвечать спросить спрашивать написать писать считать полагать рассказать
    рассказывать заключить резюмировать подытожить предупредить предупреждать призвать
    призывать утверждать настаивать пообещать обещать заверить заверять объяснить объяснять
    процитировать цитировать привести приводить передать передавать информировать проинформировать
    говориться отмечаться подчеркиваться подчёркиваться указываться сообщаться утверждаться
    продолжить продолжать парировать возразить пошутить посетовать признаться акцентировать
    уверить уверять уверенный убеждённый убежденный гласить выразить высказать
    констатироваться добавляться воскликнуть прокомментировать комментировать
    сетовать жаловаться пожаловаться раскритиковать охарактеризовать доложить докладывать
    уточняться заявляться объявить объявлять сыронизировать иронизировать обратить
    произнести произносить описать описывать вторить пригрозить выразиться выражаться
    предположить высказаться высказываться отрезать поинтересоваться осведомиться
    поделиться делиться посоветовать советовать порекомендовать рекомендовать
    обозначить обозначать вспомнить вспоминать заключать возражать шутить признаваться
    восклицать предполагать согласиться соглашаться задаться задаваться обвинить обвинять упрекнуть
    упрекать потребовать требовать убедить усомниться сомневаться выражать приводиться
    цитироваться"""
)
# Phrases that report speech though no word of them is a speech verb alone ("дал понять, что
# …", "пришел к выводу, что …", "не исключил, что …"), as lemmas; the phrase's verb tells the
# speaker. "не исключил" says a thing may be: its "не" denies nothing (NEGATION_IS_SPEECH).
SPEECH_PHRASES = (
    ("дать", "понять"),
    ("прийти", "к", "вывод"),
    ("не", "исключить"),
    ("выступить", "с", "заявление"),
    ("сделать", "заявление"),
    ("выступить", "за"),
    ("выступить", "против"),
    ("подвергнуть", "критика"),
)
NEGATION_IS_SPEECH = word_set("исключить исключать")
# Acts done in words, no speech verbs alone ("поблагодарил коллег" quotes nobody): a fragment
# in their clause is the subject's wording ("поблагодарил «всех коллег и соратников»",
# "поздравил россиян с тем, что процедура «близка к завершению»", "подтвердил приверженность
# Тегерана «техническому сотрудничеству …»", "приветствовал «новое видение» США"), and so
# are an instruction, a demand, a proposal or an announcement ("поручила министру использовать
# «тарифные и нетарифные меры»", "анонсировала пошлины «в свое время»"). Lemmas.
SPEECH_ACTS = word_set(
    """поблагодарить благодарить поздравить поздравлять подтвердить подтверждать приветствовать
    попросить просить поручить поручать потребовать требовать предложить предлагать анонсировать"""
)
# Words that open a subordinate clause, not a content one, right after a speech verb's bare
# comma («сказал, когда …», «заявил, если …»): no reported words follow (fragments.py
# `_bare_content`). Lemmas.
SUBORDINATE_OPENERS = word_set("как когда если который где пока хотя чтобы")
# Words and phrases of sequence or time that open the writer's narration of what followed,
# right after a speech verb's bare comma («заявил, после его слов акции «обвалились»»,
# «ответил, затем …»): never the verb's content clause. Lower case, as the text writes them.
SEQUENCE_OPENERS = (
    "после",
    "затем",
    "потом",
    "позже",
    "позднее",
    "тогда",
    "вскоре",
    "впоследствии",
    "следом",
    "в ответ",
    "в это время",
    "в итоге",
    "в результате",
)
# The gender of the person a nominative personal pronoun stands for («он заявил», «она
# отметила»); the resolver adds the oblique forms (clause_words._PRONOUNS).
PRONOUN_GENDERS = {"он": "masc", "она": "femn"}
# The gender of the owner a possessive pronoun names («по его словам», «приводит ее слова»).
POSSESSIVE_GENDERS = {"его": "masc", "ее": "femn", "её": "femn"}
# The gender of a personal pronoun after a preposition («по словам у него», «от нее»).
OBLIQUE_PRONOUN_GENDERS = {"него": "masc", "нее": "femn", "неё": "femn"}
# Personal and possessive pronouns, as written: never a name or a surname («Ван И. Его
# коллега …» is no initial «И.» before a surname «Его»), so never a speaker's name either.
# «Им» and «Нам» stay out: they are Korean family names too («Им Сон Нам»).
PERSONAL_PRONOUNS = word_set(
    """я ты мы вы он она оно они его её ее их него неё нее них ему ей ею нею ими ними нём нем
    ней меня мне тебя тебе нас вас"""
)
# First-person pronouns, as written: a sentence holding one outside quotation marks is someone's
# own words («Мы неоднократно говорили, что …», «На мой взгляд, …»), not the outlet's narrative.
# «Мой» counts, «наш» does not: «нашей страны» is an outlet's usage too (a state agency's site).
FIRST_PERSON_PRONOUNS = word_set(
    "я мы меня мне мной нас нам нами мой моя моё мое мои моего моей моему моим моих моими мою"
)
# First-person pronouns right after a speech verb inside a quotation: the one who speaks is
# the hearer («Господин президент рассказал мне о …», «Министр заверил нас, что …»), so the
# verb's subject is someone else, never the quotation's speaker reporting himself. As written.
HEARER_PRONOUNS = word_set("мне нам меня нас")
# The outlet's own first-person formulas (openers as words, phrases as lower-case regex
# fragments, «е» for «ё»): an imperative-like 1pl opener addressing the reader («Напомним, …»,
# «Отметим, что …») or a phrase the newsroom writes of itself («как мы писали ранее», «мы
# продолжим следить за развитием событий», «следите за новостями»). They are the most common
# first-person words in news prose and never a speaker's, so a sentence holding one is not
# quoted as the lead's speaker's words (summary.own_words_quoted). «Продолжим работать …» is no
# formula: a speaker's. A sentence opening with «Напомним» is also background
# (BACK_REFERENCE_OPENERS); this table says whose voice it is. Openers are plural only, before
# a comma, a colon or «что»/«также»/«ещё»: «Напомню, …» is a columnist's or a speaker's «I»,
# and «Отметим юбилей вместе …» a speaker's plan.
EDITORIAL_OPENERS = word_set(
    "напомним отметим добавим уточним подчеркнем заметим оговоримся повторим"
)
EDITORIAL_PHRASES = (
    r"как (?:мы|нам) (?:уже )?(?:ранее |прежде )?(?:писали|сообщали|рассказывали|информировали"
    r"|передавали|уже писали|уже сообщали|стало известно)",
    r"(?:мы )?(?:продолжим|будем|продолжаем) (?:внимательно )?следить за (?:развитием|ходом)",
    r"(?:будем|продолжим) держать (?:вас|читателей) в курсе",
    r"следите за (?:развитием|новостями|нашими|обновлениями|событиями)",
    r"(?:подробнее |подробности |больше )?читайте (?:у нас|на нашем|в нашем|в нашей|в материале)",
)
# An answer's own opinion frame, opening it: «Я думаю, что …», «Мне кажется, …». What follows
# is the claim an interview's summary reports («X заявил, что …»), the frame being the
# speaker's first person. As written, lower case, before «, что» or a comma.
OPINION_FRAMES = (
    "я думаю",
    "думаю",
    "я считаю",
    "считаю",
    "я полагаю",
    "полагаю",
    "я уверен",
    "я уверена",
    "уверен",
    "уверена",
    "я убежден",
    "я убеждена",
    "убежден",
    "убеждена",
    "мне кажется",
    "мне представляется",
)
# A claim that is no statement on its own once its frame is left out: an answer's pro-form
# («Думаю, что нет, но …», «Думаю, да.», «Я думаю, это так»: the question it answers is not in
# the summary, so «X заявил, что нет» says nothing). A claim whose first clause (up to a comma,
# a dash or the stop) is made of these words only keeps its frame. As written, «е» for «ё».
ANSWER_PRO_FORMS = word_set("да нет так это не конечно наоборот вряд ли скорее")
# Third-person personal pronouns, as written: a claim holding one keeps its frame, since the
# pronoun's antecedent is in the question the summary drops and «X заявил, что он ошибается»
# reads him as speaking of himself (the interviewer's «Губернатор говорит, что …»).
THIRD_PERSON_PRONOUNS = PERSONAL_PRONOUNS - word_set("я ты мы вы меня мне тебя тебе нас вас")
# Nouns whose owner speaks: "по его словам", "— приводит ТАСС его слова". Lemmas.
SPEAKER_NOUNS = word_set(
    "слово мнение оценка данные версия мысль заявление комментарий высказывание цитата реплика"
    " взгляд"
)
# Words a relative clause opens with, as written or as lemmas («, который …», «, где …»).
RELATIVE_WORDS = frozenset(
    {"где", "который", "которая", "которое", "которые", "кто", "куда", "когда"}
)
# Words opening a clause about a place or time of the main one («…, где выступил Рубио»).
RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда", "когда"})
# «, о чем …», «, на что …»: «что» after a preposition opens a relative clause about the
# main one's matter (never «, что …», a reported clause).
RELATIVE_PREPOSITIONS = word_set("о об на в во за с со к по")
RELATIVE_WHAT = word_set("чем чём что чему")
# Lemmas that open a relative clause within its first words («, с которым …», «, чья …»).
RELATIVE_OPENERS = ("который", "чей")
# The preposition of where something was said («В российском ведомстве отметили»).
PLACE_PREPOSITIONS = ("в", "во")
# The prepositions of where words were spoken or published: a body's premises («в компании»,
# «на предприятии») or a platform («в Twitter», «на YouTube»).
VENUE_PREPOSITIONS = frozenset((*PLACE_PREPOSITIONS, "на"))
# Prepositions before a word the text uses as a place («в Сааре», «из Ковентри», «до Аммана»):
# a word the dictionary reads as a place is a person's surname only where the text never does.
PLACE_USE_PREPOSITIONS = ("в", "во", "из", "на", "до", "под", "через", "около")
# «…», — похвалил Путин: after a quotation, a comma and a dash, a past-tense verb with its
# subject attributes the words whatever it means; not these, which only link or state (a term
# explained: «…», — стало ясно …).
NON_ATTRIBUTING_VERBS = word_set(
    """быть стать становиться оказаться оказываться остаться оставаться являться появиться
    произойти случиться начаться закончиться"""
)
# Verbs whose short participle is the subject's own state, not a passive: "Захарова уверена,
# что …", "она убеждена, что …" speak for her (a passive "сообщено" is impersonal).
CONVINCED_VERBS = word_set("уверить убедить")
# Adverbs that make "говоря" a parenthetical ("честно говоря", "иначе говоря"): a manner of
# putting things, no speech verb whose content follows. Lemmas.
PARENTHETICAL_ADVERBS = word_set("честно откровенно грубо мягко иначе строго собственно вообще")
# Words that open a relative clause ("эксперта, который назвал …"): the clause says what its
# antecedent is known for, not who speaks now. Lemmas.
RELATIVE_PRONOUNS = word_set("который")
# Parts of speech of a quoted word that is a predicate ("«заврались»", "«близка»", "«разочарован»"):
# a verb or a short form says something of a thing, never names one as a term would.
PREDICATE_POS = frozenset({"VERB", "ADJS", "PRTS"})
# Parts of speech of words that grade a word after them by degree ("весьма полезным",
# "несколько преждевременными", "поистине"): the word after them heads the phrase.
DEGREE_POS = frozenset({"ADVB", "PRCL"})
# Parts of speech of the words of time, place or manner that may open a sentence's closing
# attribution before its speech verb (", 22 мая заявил …", ", вчера сообщил …", ", также
# отметил …"; an oblique noun or adjective too: fragments.py `_closing_verb`).
CIRCUMSTANCE_POS = frozenset({"ADVB", "PREP", "PRCL"})
# Parts of speech of a full adjective or participle: it qualifies the noun after it (a term's
# word, «газовая» тема, as often as a speaker's), never stands for a thing by itself.
ATTRIBUTIVE_POS = frozenset({"ADJF", "PRTF"})
# Parts of speech of words that grade the quoted words after them ("и настоящей «экономической
# войной»", "и поистине «…»"): they qualify the quotation, never name a new object of the verb.
GRADING_POS = DEGREE_POS | {"ADJF"}
# Grammemes of a proper noun a clause may name its subject by: a place or country ("Китай"),
# an organisation ("МИД"), an abbreviation ("КНДР"), a first name or a surname.
PROPER_GRAMS = frozenset({"Geox", "Orgn", "Abbr", "Name", "Surn"})
# Verbs whose subject is never a person ("говорится в сообщении", "уточняется").
IMPERSONAL_VERBS = word_set(
    """говориться отмечаться подчеркиваться подчёркиваться указываться сообщаться
    утверждаться констатироваться добавляться гласить уточняться заявляться приводиться
    цитироваться"""
)
# "Как передает ТАСС": the subject relays someone else's words.
RELAY_VERBS = word_set("передать передавать сообщить сообщать писать информировать")
# Of those, the ones that only pass words on: "«…», — передает ТАСС" are never the outlet's own
# (while "«…», — пишет газета" may be its own reporting).
PASSING_ON_VERBS = word_set("передать передавать")
# «Как передает Report, об этом написал генсек ООН»: the word opening an outlet's relaying
# clause (its verb one of RELAY_VERBS), and the words after its comma that hand the report to
# whom the sentence then names (bot/content/_attribution/clauses.py `past_relay_opening`).
RELAY_OPENERS = word_set("как")
RELAYED_TOPIC = ("об", "этом")
# "Его слова приводит ТАСС", "цитирует Лаврова РИА Новости": an outlet quoting someone's
# words; what its publication says after that is theirs. Lemmas.
QUOTING_VERBS = word_set("приводить привести цитировать процитировать передавать передать")
# "Он привел слова Лаврова: «…». «…», — добавил он", "Фидан процитировал Эрдогана: «…»": a
# person passing on another's words, which are the author's; a later «он» or «дипломат» goes on
# with the one who relayed them (the sentence's subject). Verbs taking the author as their
# object (lemmas), and verbs taking his words (a WORDS_NOUNS noun right after, or after «на»/«с»:
# "ответила на слова Каллас о «…»", "напомнил слова Путина").
RELAYING_VERBS = word_set("цитировать процитировать")
# Verbs taking someone's words as their object to pass them on, recall or repeat them («—
# приводит слова Лаврова корреспондент», «Он вспомнил слова Путина: «…»», «сослался на слова
# министра: «…»»): the words stay their owner's, whoever quotes them. Lemmas.
RECALLING_VERBS = word_set(
    """цитировать процитировать приводить привести передать передавать напомнить напоминать
    вспомнить вспоминать повторить повторять сослаться ссылаться приводиться цитироваться"""
)
WORDS_LINKS = word_set("на с со")
# "Журналист X спросил министра Y о … «…», — ответил он": who asks never answers (lemmas).
ASKING_VERBS = word_set("спросить спрашивать поинтересоваться интересоваться")
ANSWER_VERBS = word_set("ответить отвечать")
# "прокомментировала слова госсекретаря: «…»": a reply to words, the quotation after the
# colon being the reply, never the words replied to.
REPLY_VERBS = ANSWER_VERBS | word_set(
    """прокомментировать комментировать отреагировать реагировать
    парировать высмеять раскритиковать опровергнуть"""
)
# "Ответ X на вопрос: «Не могли бы вы …?»": a question after such a noun is put to X, not his.
QUESTION_NOUNS = word_set("вопрос")
# "она слышит, что: «…»": words heard or read from others, whom the sentence does not name.
HEARING_VERBS = word_set("слышать услышать читать прочитать")
# Nouns for someone's words, whose owner follows in the genitive: "прокомментировал слова X",
# "не согласился с заявлением X", "Риторика генсека НАТО о «…»", "угрозы X о том, что «…»".
# The owner's are the words quoted after them; whoever comments on them is no speaker.
WORDS_NOUNS = word_set(
    """слово заявление высказывание реплика утверждение позиция оценка мнение комментарий
    риторика угроза призыв обещание тезис сообщение цитата предупреждение обвинение
    требование фраза формулировка прогноз предположение уверение выдержка отрывок"""
)
# Nouns for one utterance that a quotation right after its owner gives word for word («фразу
# Силуанова «…»», «слова Трампа «…»»): the owner spoke it, never the subject who comments on it.
UTTERANCE_NOUNS = word_set("слово фраза высказывание реплика цитата заявление восклицание")
# Of a piece someone wrote, the words are its author's too («комментируя статью обозревателя X о
# том, что …»), but only with the owner after them («в статье о Лаврове» is about him).
AUTHORED_NOUNS = WORDS_NOUNS | word_set("статья колонка релиз пресс-релиз коммюнике")
# A text or speech a person made, whose author follows in the genitive: «в котором/которой он …»
# right after «посланием президента X», «статью журналиста X» is that author's (continuity
# `container_author`); never a deed or place («указ о награждении X», «в резиденции X»).
CONTAINER_NOUNS = AUTHORED_NOUNS | word_set(
    """письмо послание обращение видеообращение приветствие поздравление телеграмма интервью
    доклад пост публикация выступление речь"""
)
# A piece of a person's own words an outlet publishes («опубликован комментарий научного
# сотрудника X», «вышло интервью академика X»): a quotation opening the next paragraph is
# that person's (neighbours `_published_author`); never words reacted to («слова X»). Lemmas.
PUBLISHED_TEXTS = word_set("интервью комментарий колонка обращение выступление видеообращение")
# Verbs of publishing such a piece («опубликован», «вышло», «размещено»), as lemmas.
PUBLISHING_VERBS = word_set(
    "опубликовать публиковать выйти выходить разместить размещать появиться"
)
# "по словам X", "по утверждению X", "со слов X": whose words follow (lemmas of the noun);
# "по его наблюдениям", "по её ощущениям": his view, as "по его мнению" (never "по данным",
# "по информации": facts relayed, whose quoted terms are nobody's words).
ACCORDING_NOUNS = word_set(
    "слово мнение оценка утверждение заверение признание убеждение наблюдение ощущение"
)
# Nouns that tell a stretch of text is someone's words or a body's statement (a quotation
# whose source no rule reads is speech only with one of these, or a speech verb, beside it:
# «Согласно сообщению, …», «Такие слова содержатся в речи …», «По данным МИД, …»). Lemmas.
SPEECH_EVIDENCE_NOUNS = (
    CONTAINER_NOUNS
    | ACCORDING_NOUNS
    | word_set("данные информация источник релиз пресс-релиз коммюнике версия документ")
) - word_set("статья")  # «Статья 280 УК предусматривает наказание за «…»»: a law's, not a piece's
# Things whose quoted lowercase words are their wording, nobody's speech («число запросов «как
# получить визу»», «задали вопрос «готовы ли вы …»», «объявление «закрыто …»», «футболки с
# принтом «…»», «в законе появилась формулировка «…»»). Lemmas.
WORDED_THINGS = QUESTION_NOUNS | word_set(
    "запрос объявление табличка вывеска принт ярлык формулировка"
)
# Prepositions: a name right after one is never a subject ("встреча с Рубио").
PREPOSITIONS = word_set("на в во по при после до с со для из о об перед за через у к от без между")
# A preposition opening a circumstance of place, occasion or time («на брифинге», «в эфире»,
# «после встречи», «при этом»), all in PREPOSITIONS. After a speech verb, before its subject's
# role (persons `_after_circumstance`: «заявила на брифинге официальный представитель …»).
CIRCUMSTANCE_PREPOSITIONS = ("в", "во", "на", "по", "после", "при")
# Between a named subject and its verb (name_slots `agreeing_gender_after`: «Мао Нин перед
# вылетом заявила», «Левитт в беседе с журналистами ответила») «перед», «с», «со» open one
# too; after a verb they mostly open its partner («встретился с послом», «выступил перед
# депутатами»), so CIRCUMSTANCE_PREPOSITIONS leaves them out.
SUBJECT_CIRCUMSTANCE_PREPOSITIONS = (*CIRCUMSTANCE_PREPOSITIONS, "перед", "с", "со")
# Where the words for the speaker end in a dash clause after a quotation («— заявил он во
# время визита», «— сказал дипломат из Вашингтона», «— сказал он у входа»: quoted_lead): any
# preposition of a circumstance, «во время», «из», «у» too, the clause having no verb after.
CLAUSE_CIRCUMSTANCE_PREPOSITIONS = (*SUBJECT_CIRCUMSTANCE_PREPOSITIONS, "во время", "из", "у")
# Words that may open a clause before its subject without governing it («Об этом X сообщил»,
# «— так X прокомментировал», «— такими словами X ответил»): the only ones a name right
# before the verb may follow and still be read as the verb's subject.
SUBJECT_LEADS = ("об этом", "так", "такими словами", "этими словами")
# "«…» — такое заявление в интервью сделал X", "Такую оценку дал X": a statement made, its
# verb (no speech verb alone: "сделал") attributing the quotation. Lemmas («соответствующее
# заявление» reads as the participle of «соответствовать»).
SUCH_WORDS = word_set("такой подобный это этот данный соответствующий соответствовать")
# What a person signs and publishes: "«…», — говорится в заявлении Назарбаева" are his words.
# ("говорится в комментарии Захаровой" too: every noun for someone's words is one).
OWNED_TEXTS = WORDS_NOUNS | word_set(
    "обращение послание письмо поздравление телеграмма релиз пресс-релиз коммюнике"
)
# Words that make a text several owners' («в совместном заявлении Путина и Си»): no adjective
# of these stands between «в» and an owned text whose one owner `_text_owner` reads.
JOINT_TEXT_WORDS = word_set("совместный общий коллективный двусторонний итоговый")
STATEMENT_NOUNS = word_set("заявление мнение оценка предположение прогноз комментарий призыв ответ")
STATEMENT_VERBS = word_set("сделать высказать выразить озвучить дать")
# Occasions in a sentence making a statement («Это заявление Иванов сделал в ответ на письмо
# профсоюза», «… после разговора с Анной Козловой») that name other words it answers or
# follows: a quotation standing alone after such a sentence may be those words, not the
# maker's, so it takes no speaker from it (bot/content/_attribution/neighbours.py). Lower-case
# word sequences.
ANSWERED_OCCASIONS = ("в ответ на", "отвечая на", "реагируя на", "комментируя", "после")
# "С таким заявлением выступил X": the verb a statement is come out with.
STATEMENT_APPEARANCES = word_set("выступить")
# What one comes out with, an act done in words as SPEECH_ACTS are («выступил с осуждением
# превращения Тайваня в «заминированный остров»», «выступила с резкой критикой …»): a fragment
# in its clause is the subject's wording (fragments.py `_act_clause`). Lemmas.
SPEECH_ACT_NOUNS = word_set(
    """осуждение критика призыв предупреждение требование предложение угроза утверждение
    обращение мольба опровержение"""
)
# «Об этом заявил X», «Так ответил X»: the opening words (lower case) of a sentence after a
# quotation whose speech verb then names who made it; «Такое мнение высказал X» opens instead
# with one of SUCH_WORDS and one of STATEMENT_NOUNS (bot/content/_attribution/clauses.py
# `so_said`).
SO_SAID_OPENINGS = (("так",), ("об", "этом"))
# "назвал заявление «абсурдным»", "оценил заявления как «неразумные»": naming or evaluating
# verbs, speech only when a short quoted word follows.
NAMING_VERBS = word_set(
    """назвать называть охарактеризовать характеризовать оценить оценивать расценить
    расценивать квалифицировать сравнить сравнивать окрестить окрещивать обозвать обзывать"""
)
# Naming verbs that put a label on what they take as their object: «назвал заявления X о
# Крыме «рекламной кампанией»», «охарактеризовал их как «…»» — the label is the subject's,
# whoever owns the words labelled; never «сравнить» («сравнил заявления X о «…» с …» quotes
# them).
LABELLING_VERBS = NAMING_VERBS - word_set("сравнить сравнивать")
# Speech verbs that name or judge like NAMING_VERBS when an instrumental follows ("признал
# отношения «дном»", "считает Россию «угрозой»"); with "что" they report speech as any other.
JUDGING_VERBS = word_set("признать признавать считать посчитать")
# Verbs of citing: «X процитировал Y: «…»» gives Y's words, never X's. Lemmas.
CITING_VERBS = word_set("цитировать процитировать")
# Verbs of holding a view, not of saying («считает», «уверен», «полагает»): inside «по словам
# X, …» the view is X's account of Y's mind, worded by X («По мнению министра, Путин уверен,
# что «…»»: the minister's words), where a real speech verb reports Y's own («По словам
# Трампа, Путин сказал ему, что «…»»: Putin's). Lemmas, with the short participles' verbs.
BELIEF_VERBS = word_set(
    "считать полагать думать уверенный убеждённый убежденный уверить убедить верить"
)
# People of the press, who relay words: "— передает слова Лаврова корреспондент «КП» Дмитрий
# Смирнов" — the reporter is the relaying subject, never the words' owner. Lemmas.
REPORTER_NOUNS = word_set(
    """корреспондент корреспондентка спецкор собкор журналист журналистка обозреватель
    обозревательница репортёр репортер репортёрша репортерша редактор колумнист ведущий ведущая
    интервьюер блогер"""
)
# Of those, the stems a regex over running text reads in any case («корреспонденту»,
# «с журналистом»; bot/content/answers.py). A named subset, not the whole table: the interview
# cues never read «редактор» alone, «блогер» or «репортёр», and must find what they found. The
# first two are who may be told the words («рассказал корреспонденту»); test_lexicon.py checks
# each stem opens a word of the table.
TOLD_REPORTER_STEMS = ("корреспондент", "журналист")
# Of those, the ones a transcript labels its interviewer by («Журналистка: …», «Ведущий: …»):
# all but a blogger, who is as often the one interviewed.
ASKING_REPORTERS = REPORTER_NOUNS - {"блогер"}
REPORTER_STEMS = (*TOLD_REPORTER_STEMS, "обозревател", "ведущ")
# The journalist an interview is given to, in the dative before their name: «в интервью
# корреспонденту ТАСС …», «обозревателю «НГ» Евгению ГРИГОРЬЕВУ», «ведущему программы …»;
# the listener, never the one answering. Regex fragments: a stem and its dative endings.
# A byline naming who asked an interview: «Беседовала Елена Протопопова», «Интервью вела …»,
# «Беседу вел …», «Вопросы задавал …», a role maybe between («Беседовала корреспондент РИА
# Новости в Вене Маргарита Костив»): the interviewer, never the one answering. Regex fragments.
INTERVIEWER_BYLINES = (
    r"[Бб]еседовал[аи]?",
    r"[Бб]еседу\s+вел[аи]?",
    r"[Ии]нтервью\s+(?:вел[аи]?|взял[аи]?|записал[аи]?|подготовил[аи]?)",
    r"[Вв]опросы\s+задавал[аи]?",
)
TOLD_REPORTER_DATIVES = (
    r"(?:корреспондент|журналист)(?:у|ке|ам|кам)",
    r"обозревател(?:ю|ям|ьнице)",
    r"ведущему",
    r"интервьюеру",
)
# An interview announced by a role noun naming nobody («Дипломат рассказал корреспонденту “Ъ”
# …») is answered by the introduction's one person only when that person's title fits the
# noun: the role's own (lemma of `role_of`) or one row here. «эксперт» fits no minister, so
# «Эксперт рассказал … Сергей Лавров встретился …» names nobody (bot/content/answers.py).
INTERVIEW_ROLE_FITS: dict[str, tuple[str, ...]] = {
    "дипломат": ("посол", "заместитель", "министр", "консул", "постпред", "представитель"),
    "эксперт": ("политолог", "аналитик", "экономист"),
    "руководитель": ("глава", "директор", "председатель", "начальник"),
    # «глава киргизского МИД рассказал …» of «новый министр иностранных дел Киргизии …»
    "глава": ("министр", "руководитель", "директор", "председатель", "начальник"),
}
# "отрицает, что Лавров назвал …", "опроверг, что …": the words after are someone's claim the
# subject denies, nobody's own saying. Lemmas.
DENIAL_VERBS = word_set("отрицать опровергнуть опровергать")
# The link verb whose instrumental is what a subject is called («являются «сливом»»). Lemmas.
LINK_VERBS = word_set("являться быть стать становиться")
# Speech verbs of agreeing, which with an infinitive agree to a deed and say nothing
# ("соглашаются стать …"; "согласился с тем, что …" says). Lemmas.
AGREEING_VERBS = word_set("согласиться соглашаться")
# Speech verbs that mean "lead to" before «к»: "приводят только к проблемам", "привели к «…»".
LEADING_VERBS = word_set("приводить привести")
# «отверг обвинения в «…»», «не принимает упреки в «…»»: words someone rejects are another's
# charge, never his own saying. Verbs of rejection, verbs of acceptance that «не» negates, and
# the nouns for the words so rejected (beside WORDS_NOUNS). Lemmas.
REJECTION_VERBS = word_set("отвергнуть отвергать отклонить отклонять опровергнуть опровергать")
ACCEPT_VERBS = word_set("принимать принять признавать признать разделять разделить")
REJECTED_NOUNS = WORDS_NOUNS | word_set("упрёк упрек претензия домысел слух инсинуация")
# «С подобным заявлением не согласился X», «Это заявление раскритиковал X»: verbs that answer,
# judge or reject a statement named before them, whose subject never made it. Lemmas.
ANSWERING_VERBS = (
    AGREEING_VERBS
    | REJECTION_VERBS
    | DENIAL_VERBS
    | word_set(
        """раскритиковать критиковать возразить возражать
        осудить осуждать прокомментировать комментировать оспорить оспаривать поддержать
        поддерживать высмеять назвать"""
    )
)
# Verbs whose whole clause is the speaker's point: a call, a pointer, a reproach ("призвал
# всех читать, иначе можно утратить «…»", "указал на отсутствие «…»", "раскритиковал X за
# публикацию «…»", "подвергла критике власти за «большую кампанию»": the phrase's verb): a
# fragment anywhere in it is his words, a genitive attribute too.
CONTENT_VERBS = word_set(
    """призвать призывать указать указывать раскритиковать критиковать обвинить обвинять упрекнуть
    подвергнуть"""
)
# Of those, the ones that charge someone with what «в» names («обвинил Макконнелла в
# «перехвате» темы», «упрекнула Брюссель в «лицемерии»»): one quoted word there is the
# charge in the accuser's words. Lemmas.
CHARGE_VERBS = word_set("обвинить обвинять упрекнуть упрекать уличить уличать")
# Of those, the ones whose noun right after is the object, never a postposed subject.
TARGET_VERBS = word_set("призвать призывать раскритиковать критиковать обвинить обвинять упрекнуть")
# The preposition, in its spellings, that names the charge after a verb of CHARGE_VERBS («в
# «перехвате»», «во «вмешательстве»»). Word forms.
CHARGE_PREPOSITIONS = word_set("в во")

# Nouns before a quoted TERM, of any case: "понятие «ежедневный брифинг»" cites words as words;
# "без жупела «российской угрозы»": a bogey named, not anybody's words; "принцип «одного Китая»"
# a principle's name (never a labelled quotation over the 2,910 texts: four of four).
TERM_NOUNS = word_set("понятие термин жупел пугало страшилка принцип")
# The preposition, in its spellings, that names the topic after a verb of reply («ответила
# разведке США о «вмешательстве РФ»», «прокомментировал данные об «ударе»»). Word forms.
TOPIC_PREPOSITIONS = word_set("о об")
# The prepositions, in their spellings, of a speech verb's own object right after it («заявила
# об «угрозе»», «рассказал о «нападении»», «пожаловался на «давление»»): one quoted word there
# is what the speaker said of, in his word (fragments.py `_verb_object`). Word forms.
SPEECH_OBJECT_PREPOSITIONS = word_set("о об про на")
# Words that cast doubt on the one word quoted right after them («заявления о якобы
# «вмешательстве»», «пресловутой «угрозы»»): a scare quote, the term held at a distance, nobody's
# words (a longer fragment after «якобы», «страны якобы «берут заложников»», still is). Lemmas.
ALLEGING_WORDS = word_set("якобы пресловутый мнимый")
# A claim after «якобы» is its maker's words only when the sentence does not say it is
# someone else's claim dismissed: «опроверг слухи о том, что он якобы «продал компанию»» gives
# the subject the opposite of his words. Verbs of denial, rejection and mockery, and nouns for
# a rumour, a charge, a report or a lie, whose claim it is (not every noun of words: «выступила
# с призывом …, поскольку Россия якобы «готовит нападение»» is the caller's own claim). Lemmas.
DISMISSAL_VERBS = (
    DENIAL_VERBS
    | REJECTION_VERBS
    | word_set("высмеять высмеивать осмеять опровергаться отрицаться")
)
ALLEGATION_NOUNS = word_set(
    """слух домысел инсинуация упрёк упрек претензия обвинение сообщение заявление утверждение
    публикация новость информация данные версия сплетня вымысел выдумка фейк ложь клевета утка
    измышление"""
)
# Nouns of words someone else said, wrote or asked («поблагодарил за слова о «…»», «потребовал
# объяснений по поводу заявлений о «…»», «за вопрос о «…»»): a fragment behind one quotes them,
# never the one whose act stands before it (fragments.py `_act_clause`); an act's own noun
# («выступил с осуждением …», SPEECH_ACT_NOUNS) is the actor's.
# A speech the actor makes («анонсировал выступление с предложениями по «…»») stays his.
OTHERS_WORDS_NOUNS = (WORDS_NOUNS | ALLEGATION_NOUNS | word_set("вопрос идея")) - SPEECH_ACT_NOUNS
# Nouns of a status conferred, whose instrumental names it: "о признании России «спонсором
# терроризма»" is a designation debated, not anybody's words.
DESIGNATION_NOUNS = word_set("признание объявление присвоение провозглашение")
# Nouns that head a lowercase name of an agreement, event or format: «зернового соглашения»,
# «мирной конференции», «нормандской четвёрки» (not a metaphor's: «тонкую дипломатическую
# игру», «большой корабль» отношений are someone's words).
NAME_HEADS = word_set(
    """соглашение договор договорённость договоренность сделка пакт меморандум конференция
    саммит форум формат операция четвёрка четверка пятёрка пятерка шестёрка шестерка семёрка
    семерка восьмёрка восьмерка двадцатка тройка"""
)
# Acts whose subject after «о» is their title: "резолюция о «признании …»", "закон об «…»".
TITLED_ACTS = word_set("резолюция закон законопроект указ постановление декларация")
# Nouns before a quoted NAME, not speech: журнал «Международная жизнь», саммит «Группы двадцати».
NAMED_THINGS = word_set(
    """журнал газета канал телеканал агентство издание саммит форум партия движение компания
    фонд проект программа операция доктрина концепция фильм книга статья передача шоу
    газопровод трубопровод договор соглашение формат группа группировка организация
    батальон полк бригада дивизия отряд подразделение
    конференция центр клуб премия фестиваль сайт платформа корпорация концерн банк радио
    радиостанция рубрика стратегия инициатива документ закон пакет план резолюция название
    лозунг слоган проект марка бренд портал телепрограмма газета-издание называть называемый
    т.н кампания акция выставка музей театр ансамбль корабль крейсер самолёт самолет работа
    монография сборник доклад исследование альманах публикация выпуск номер колонка заголовок
    девиз механизм принцип формула режим коридор маршрут порт завод комбинат месторождение
    объединение альянс союз блок коалиция фракция комитет комиссия совет служба ведомство
    сериал спектакль роман повесть песня альбом конкурс олимпиада игра матч турнир чемпионат
    комедия мультфильм кинофильм мюзикл опера балет пьеса поэма стихотворение
    компания-оператор комплекс система ракета танк истребитель подлодка ледокол тема класс"""
)
# Of those, the texts and publications: "допустил в своей статье «лживые высказывания»",
# "за публикацию «фейковых новостей»" quote their content, so a lowercase phrase after one may
# be someone's words; after any other kind it is a name ("саммит «нормандской четвёрки»",
# "принцип «одного Китая»", "проект «антиРоссия»").
TEXT_NOUNS = word_set(
    """статья публикация доклад книга документ заголовок колонка исследование монография
    сборник выпуск номер работа альманах"""
)

# --- names known by their place -----------------------------------------------------------------

# Phrases after which a capitalised word can only name a person, in the genitive («по словам
# Рубио»): a foreign surname the dictionary does not know is still recognised there.
PERSON_AFTER = ("по словам", "по мнению", "по утверждению", "по признанию", "со слов")
# Prepositions of a preposition and a noun («Небензя высказался в поддержку Монкаде»): the name
# right after one is in the genitive, someone spoken for or about, never the clause's subject.
COMPOUND_PREPOSITIONS = (
    "в поддержку",
    "в защиту",
    "в пользу",
    "в честь",
    "в память",
    "в отношении",
    "в лице",
    "по просьбе",
    "по приглашению",
    "по поручению",
    "по указанию",
    "по инициативе",
    "в присутствии",
    "в сопровождении",
    "при участии",
    "с участием",
    "без участия",
    "на имя",
)
# Links that add a person beside the clause's subject («Моралес, как и глава МИД Рохелио Майта,
# присутствовал»): one named after them is a companion, never who speaks next.
ADDING_LINKS = ("как и", "так же как и", "равно как и")
# Words that put the name after them (through a title: «по словам постоянного представителя
# России при ООН …») in one case, so a name the dictionary cannot read takes that case's
# nominative (bot/content/name_case.py): «по словам Александра Вучича» → «Александр Вучич».
NAME_CASE_FRAMES = {
    **dict.fromkeys((*PERSON_AFTER, "по оценке", "по убеждению", "по заявлению"), "gent"),
    **dict.fromkeys(("приводит слова", "привел слова", "привела слова", "цитирует слова"), "gent"),
    **dict.fromkeys(("у", "от", "для", "без", "после", "против", "со стороны", "в адрес"), "gent"),
    **dict.fromkeys(COMPOUND_PREPOSITIONS, "gent"),
    **dict.fromkeys(("слова", "прогноз", "заявление", "заявления", "позицию", "мнение"), "gent"),
    **dict.fromkeys(("процитировал", "процитировала", "цитирует"), "accs"),
}
# Words that end a title between a case frame and a name: a conjunction opens another clause
# («По словам министра и его заместитель …»), so the frame no longer reaches the name.
TITLE_BREAKS = frozenset(("и", "а", "но", "или", "что", "как"))
# The case endings a name's word may carry after its nominative stem («Акир» + «-а», the finders'
# reading of «Акира»): such a word read as oblique may be the nominative as written.
NAME_OBLIQUE_ENDINGS = ("а", "я", "ы", "и", "у", "ю", "е")
# A given name and a surname: the shortest full name; only a longer one has middle words.
NAME_PAIR = 2
# The marks that close a clause before a word: what stands after the last of them is the
# word's own clause («…, — заявил министр …», «По словам X (…) …»; persons `_clause_before`).
CLAUSE_MARKS = ",.;:!?«»“”—–()\n"
# How far back a word's own clause is looked for: a long title still fits, another sentence not.
CLAUSE_REACH = 150
# Conjunctions that join a subject's next act to the one before («назвал … «вульгарной
# комедией» и пригрозил …», «…, а также подчеркнул …»): what follows is a new predicate.
NEXT_ACT_CONJUNCTIONS = ("и", "а также", "а затем")
# How no name's stem ends: a consonant before a final «в» («Камв», «Нсимбв»; «Петров» has a
# vowel before it), so a surname in «-а» cut to such a stem is the name as written.
NO_NAME_STEM_ENDS = tuple(sorted(f"{c}в" for c in CONSONANTS))
# Speech verbs whose subject beside them («— добавил Рубио», «Гутерреш заявил») is a person:
# not the verbs outlets and bodies relay with («сообщил Росстат», «приводит ТАСС»).
PERSON_VERBS = (
    SPEECH_VERBS
    - IMPERSONAL_VERBS
    - word_set(
        """сообщить сообщать информировать передать передавать процитировать цитировать привести
    приводить объявить объявлять"""
    )
)
# Beginnings of the names of Russian bodies («Росавиация», «Ростех», «Моссовет», «Минцифры»): an
# unknown capitalised word that starts so is a body, not a foreign surname.
BODY_PREFIXES = ("рос", "мос", "гос", "мин", "укр")
# Roots of company names («Энергоатом», «Казмунайгаз», «Белтелеком»): an unknown capitalised word
# holding one is a company, not a foreign surname.
BODY_ROOTS = ("энерго", "атом", "нефт", "газ", "банк", "пром", "телеком", "авиа", "транс")
# The suffixes of a region named after its city («Брянщина», «Смоленщина», «Белгородчина»,
# «Донетчина»), before the case ending: an unknown capitalised word built so is a place, not
# a foreign surname («Губернатор Брянщины ответил»).
REGION_SUFFIXES = ("щин", "дчин", "тчин")
# Words that may stand between a subject and its verb: «Рубио также отметил».
SUBJECT_ADVERBS = word_set(
    """также тоже ранее позже затем потом тогда еще ещё уже вновь снова лишь прямо вчера
    сегодня публично неоднократно дополнительно не"""
)

# Parenthetical phrases set off by commas between a subject and its verb («Дмитриев, в свою
# очередь, отметил»): no part of who speaks. A gerund or participle clause is one too
# («, комментируя беседу лидеров,»; the rule is `speakers.drop_asides`).
ASIDES = (
    "в свою очередь",
    "со своей стороны",
    "в частности",
    "при этом",
    "кроме того",
    "в то же время",
    "тем временем",
    "между тем",
    "однако",
    "впрочем",
    "например",
    "как и прежде",
)

# Openings of a sentence that turn to another matter or time («Ранее Лавров заявил …»): a
# person first named there is no one a role said before may stand for.
# The days of the week in the accusative, as news says when something was said («в среду»,
# «во вторник»): the summary drops them (wording.undated) and the compressed attribution
# skips them (compress).
WEEKDAYS_ACCUSATIVE = (
    "понедельник",
    "вторник",
    "среду",
    "четверг",
    "пятницу",
    "субботу",
    "воскресенье",
)
# The months in the genitive, as a date names them («23 октября»).
MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
# The days a dated opening may name before its date («Сегодня, 3 апреля, …», «Вчера, 2 мая,
# …»): the summary drops them with the date (wording.opening_undated).
DAY_ADVERBS = ("сегодня", "вчера")
# Words saying a text marks an anniversary («80-я годовщина», «85 лет назад», «юбилей», «лет со
# дня»): a dated opening there is the event remembered, and the summary keeps it
# (wording.opening_undated). Regex stems, matched case-insensitively.
ANNIVERSARY_WORDS = (r"годовщин", r"лет\s+назад", r"юбиле", r"лет\s+со\s+дня", r"летие\b")
# A year before this one is history, never a news text's own date («22 июня 1941 года …»): the
# labelled sets' news run from 2003 on (wording.opening_undated keeps such a date).
HISTORY_BEFORE = 2000
# Prepositions a date after them belongs to («до утра 6 марта», «с 14 по 22 февраля»): such a
# date is not when a statement was made, and the summary keeps it (wording.said_undated).
DATE_PREPOSITIONS = frozenset({"до", "по", "на", "от", "к", "с", "со", "после", "перед", "утра"})
# Verbs saying that someone spoke on a topic without what they said («прокомментировал»,
# «высказался о»): a lead whose only verb is one of them gets the speaker's quotation
# (bot/content/commented.py). Regex alternatives, joined as they stand.
COMMENTED_VERBS = (
    r"прокомментировал[аи]?",
    r"отреагировал[аи]?",
    r"высказал(?:ся|ась|ись)\s+(?:о|об|по|насчет|насчёт|относительно|про)",
    r"ответил[аи]?\s+на\s+(?:вопрос|критик)\w*",
)
# Words after a comma that give a lead's point («, что», «заявив», «назвав»): a lead with one
# says more than that someone commented (bot/content/commented.py).
POINT_CLAUSE_OPENERS = (
    "что",
    "как",
    "заявив",
    "назвав",
    "отметив",
    "подчеркнув",
    "указав",
    "добавив",
    "пояснив",
    "объяснив",
)
SHIFT_OPENERS = ("ранее", "прежде", "напомним", "между тем", "тем временем", "кроме того")
# Openings that step back to what was said before the news («Ранее Зеленский заявил …»): a
# «он» after such a sentence may be its subject or the news' own speaker named before it.
BACKGROUND_OPENERS = ("ранее", "прежде", "напомним")
# Openings of a sentence that refers back to earlier events («Ранее канцлер … заявлял …»,
# «В 2022 году Олаф Шольц назвал …», «Тогда министр …»), as regex fragments: the person it
# names is background, not who acted in the lead, so the summary never joins it to the lead
# for naming someone (summary.with_actor).
BACK_REFERENCE_OPENERS = (
    r"ранее",
    r"прежде",
    r"напомним",
    r"напомню",
    r"тогда",
    r"до этого",
    r"как сообщалось",
    r"как (?:ранее )?(?:сообщал|писал|передавал)\w*",
    r"в (?:\d{4}|прошлом|позапрошлом) году",
    r"в (?:прошлом|позапрошлом) месяце",
    r"на прошлой неделе",
    r"в свое время",
    r"в своё время",
)
# Sentences opening so tell the news an interview is about («Накануне Дональд Трамп
# пригрозил …»), not who answers it. Lower-case openings, several words where needed.
INTERVIEW_NEWS_OPENERS = (
    *BACKGROUND_OPENERS,
    "накануне",
    "вчера",
    "позавчера",
    "на прошлой неделе",
    "на днях",
    "тогда",
    "между тем",
)

# --- roles --------------------------------------------------------------------------------------


class RoleKind(Enum):
    """How a role noun may be resolved to a person.

    GENERIC: a mere synonym for someone the text already has speaking ("министр", "дипломат"):
    falls back on the last speaker of the right gender. EXPERT: a scholar or commentator, never
    a fallback for an office. OFFICE: a specific post ("постпред", "вице-спикер"): only the
    person introduced with it, or nobody.
    """

    GENERIC = "generic"
    EXPERT = "expert"
    OFFICE = "office"


ROLES: dict[str, RoleKind] = {
    **dict.fromkeys(
        word_set(
            """министр глава дипломат пресс-секретарь представитель президент премьер канцлер
        госсекретарь генеральный лидер политик официальный шеф депутат сенатор
        парламентарий чиновник чиновница деятель"""
        ),
        RoleKind.GENERIC,
    ),
    **dict.fromkeys(
        word_set(
            """эксперт политолог аналитик автор историк профессор экономист академик журналист
        ректор корреспондент спецкор репортёр телеведущий блогер
        колумнист публицист востоковед тюрколог американист синолог китаист японист арабист
        иранист социолог конфликтолог международник кореевед китаевед японовед кремлевед
        германист африканист"""
        ),
        RoleKind.EXPERT,
    ),
    **dict.fromkeys(
        word_set(
            """постпред полпред посол заместитель советник спикер председатель директор руководитель
        вице-премьер мэр губернатор сопредседатель начальник генерал командующий главком
        главнокомандующий вице-президент помощник вице-спикер спецпредставитель спецпосланник
        уполномоченный омбудсмен атташе консул генконсул посланник министр-советник
        король принц эмир султан шейх конгрессмен секретарь еврокомиссар комиссар прокурор
        генпрокурор судья адмирал маршал командир эмиссар переговорщик патриарх митрополит муфтий
        обозреватель исследователь гендиректор главарь"""
        ),
        RoleKind.OFFICE,
    ),
}
# Different words for one post: "премьер-министр" is "премьер", "замглавы" a "заместитель".
ROLE_SYNONYMS = {
    "премьер-министр": "премьер",
    "генсек": "генеральный",
    "замглавы": "заместитель",
    "замминистра": "заместитель",
    "замгоссекретаря": "заместитель",
    "замгоссекретарь": "заместитель",
    "зампред": "заместитель",
    "зампредседателя": "заместитель",
    "замруководитель": "заместитель",
    "замгенсек": "заместитель",
    "спикер": "председатель",
    "градоначальник": "мэр",
    "чиновница": "чиновник",
    # Ranks are their head's role: «генерала-лейтенанта Валерия Асапова» is in the genitive.
    "фельдмаршал": "маршал",
    "генерал-лейтенант": "генерал",
    "генерал-майор": "генерал",
    "генерал-полковник": "генерал",
    "вице-адмирал": "адмирал",
    "контр-адмирал": "адмирал",
}
# A deputy's post glued to the post's genitive: «замсекретаря», «замкомандующего».
DEPUTY_PREFIX = "зам"
# A deputy's post hyphened to the post itself: «вице-мэр», «вице-губернатора», «вице-министр»
# (those the lexicon keeps as posts of their own, «вице-премьер», «вице-президент», stay so).
VICE_PREFIX = "вице-"
# Heads whose «вице-» compound names its post only by the body after it («вице-глава
# государства» is the vice-president, «вице-глава правительства» a vice-premier): no deputy's
# generic role, the clause's other rules read it.
VICE_PERIPHRASES = word_set("глава")
# A former holder is named by the post too: «— сказала экс-президент Бразилии» is the one
# introduced as «Бывший президент Бразилии Дилма Руссефф».
FORMER_PREFIX = "экс-"
# Two words for one post («постоянный представитель» is a «постпред»): the adjective's lemma
# before the role's lemma, and the post they make together.
COMPOUND_ROLES = {
    ("постоянный", "представитель"): "постпред",
    ("полномочный", "представитель"): "полпред",
    ("специальный", "представитель"): "спецпредставитель",
    ("специальный", "посланник"): "спецпосланник",
    ("генеральный", "консул"): "генконсул",
}
# Role nouns a text uses for one office interchangeably ("глава МИД" … "министр" … "дипломат").
# Where a summary's role subject ends and a circumstance of its verb starts («Спикер Совета
# Федерации в интервью «Российской газете» рассказала»): a name joining the role goes there.
SUBJECT_CIRCUMSTANCES = (
    "в интервью",
    "в беседе",
    "в эфире",
    "в ходе",
    "в рамках",
    "во время",
    "в своем",
    "в своём",
    "на брифинге",
    "на пресс-конференции",
    "на встрече",
    "на заседании",
    "по итогам",
)
SUBJECT_CIRCUMSTANCE = re.compile(rf"\s(?:{'|'.join(SUBJECT_CIRCUMSTANCES)})(?!\w)")
SAME_ROLE_GROUPS = (
    ("министр", "глава", "дипломат"),
    ("президент", "лидер", "глава"),
    ("премьер", "лидер", "глава", "канцлер"),
    ("представитель", "пресс-секретарь", "дипломат", "чиновник"),
    ("постпред", "представитель", "дипломат", "посол"),
    ("госсекретарь", "глава", "министр", "дипломат"),
    ("депутат", "парламентарий", "политик", "председатель", "сенатор"),
)
# Posts only some countries have («госсекретарь» is the United States' foreign minister,
# «канцлер» Germany's or Austria's head of government), by the countries' names: such a role
# never stands for a person the text ties to another country («Министр иностранных дел России
# Сергей Лавров провел переговоры. «…», — заявил госсекретарь» is not Лавров's).
NATIONAL_POSTS: dict[str, tuple[str, ...]] = {
    "госсекретарь": ("американский",),
    "канцлер": ("Германии", "Австрии"),
}
# Endings of surnames a woman shares unchanged («Вучич», «Пашинян», «Тер-Петросян»): such a
# surname with a man's case ending («Вучича», «Пашиняну») is surely a man's in an oblique case,
# never a woman's nominative in «-а» (bot/content/oblique_names.py). Counted over the labelled
# sets' gold speakers: no surname ends so in «-а», «-у», «-ом», «-ем».
BOTH_GENDER_SURNAME_ENDINGS = ("ич", "ян", "янц")
# Endings of Russian-pattern surnames («Лавров», «Песков», «Матвиенко» excepted): a post only
# other countries have (NATIONAL_POSTS) never stands for a man or woman so named, unless a title
# ties them to that country.
RUSSIAN_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ова",
    "ева",
    "ёва",
    "ина",
    "ына",
    "ский",
    "цкий",
    "ская",
    "цкая",
)
# Endings a capitalised word the dictionary lacks must have to be read as a surname on a
# transcript's label line («Тюлькин:», «Собко:», «Ткачук:»): an editors' rubric label is a
# loan noun the dictionary lacks too («Фактчек:», «Сторис:», «Лонгрид:»), never so shaped.
LABEL_SURNAME_ENDINGS = (
    RUSSIAN_SURNAME_ENDINGS
    + BOTH_GENDER_SURNAME_ENDINGS
    + (
        "ко",
        "ук",
        "юк",
        "швили",
        "дзе",
    )
)
# Conjunctions opening a clause of the main sentence after a comma («…, поскольку Киев «…»»):
# a reported «что» clause of someone's words that a complete clause and a comma came before
# has ended there (bot/content/_attribution/owners.py `_clause_closed`).
CLAUSE_OPENERS = ("поскольку", "потому что", "так как", "ибо", "хотя", "однако", "но", "тогда как")
# Those of them that may also join a second predicate to the same reported clause («о том, что
# РФ не собирается нападать, но готова отразить «…»»): with no subject of its own after them,
# the owner's clause goes on.
COORDINATING_OPENERS = frozenset({"однако", "но"})
# Openings that give the rest of the sentence as someone's view («По мнению Худякова, от
# поездок должны отказаться Яценюк …»): people named after the comma are what that person
# said, and a role after it stands for the one whose view it is.
OPINION_OPENERS = ("по мнению", "по словам", "по оценке", "по убеждению", "как считает")
# Commentators, and the offices of state none of them holds: «— заявил политолог» never falls
# back on the man the text introduced as «президент Украины» or «министр» (a «директор
# института» may be one; an «автор» may be a minister writing an article).
# «— подчеркнул эксперт» nobody was introduced with stands for the one person introduced as
# any commentator («Политолог Андрей Перла»), else the one commentator the text quoted.
COMMENTATORS = word_set(
    """эксперт политолог аналитик историк профессор экономист академик колумнист публицист
    востоковед тюрколог американист синолог китаист японист арабист иранист социолог
    конфликтолог международник кореевед китаевед японовед кремлевед германист африканист"""
)
STATE_OFFICES = word_set(
    """министр дипломат пресс-секретарь президент премьер канцлер госсекретарь генеральный
    лидер сенатор депутат посол постпред вице-премьер вице-президент губернатор мэр спикер
    вице-спикер генпрокурор еврокомиссар король принц эмир султан шейх"""
)
# Titles of a monarch or a pope, the only people a regnal number follows («король Иордании
# Абдалла II», «Папа Римский Лев XIV», «о царе Николае II»): the number joins a name only after
# one of them (bot/content/persons.py `regnal_number`). Lemmas.
MONARCH_TITLES = word_set(
    """король королева царь царица император императрица папа понтифик принц принцесса
    кронпринц султан эмир шейх шах князь княгиня герцог герцогиня кайзер монарх патриарх"""
)
# Posts that serve or stand in for a head («заместитель», «вице-президент», «помощник»): the
# text's only speaker introduced with no title may be described by an office later («—
# сказал посол», «— отметил председатель ГД»), but one of these names someone beside the head
# the text named («Трамп … «…», — добавил вице-президент»), so it never falls back on him.
SECOND_POSTS = word_set("заместитель вице-премьер вице-президент вице-спикер помощник советник")
# Posts that serve one person, named in the genitive after him: «спецпосланника Дональда
# Трампа Уиткоффа», «заместителя Сергея Лаврова Рябкова». A surname right after the master's
# name is the aide's own, never a further word of the master's name (lemmas).
AIDE_POSTS = word_set(
    """спецпосланник посланник спецпредставитель представитель заместитель пресс-секретарь
    секретарь помощник советник эмиссар адвокат супруга жена муж сын дочь"""
)
# Kinship nouns: an apposition between two dashes after a name says whose relative he is
# («Шахбаз Шариф – младший брат экс-премьера Наваза Шарифа, – отметил …»), as a role does.
KIN_NOUNS = word_set(
    """брат сестра сын дочь отец мать жена муж супруг супруга вдова вдовец внук внучка
    племянник племянница дядя тетя зять невестка"""
)
# Words before a post that make its holder another than the office's present one («бывший
# президент Франции», «экс-президент», «и. о. главы»), by lemma or hyphenated prefix: a title's
# role («Президент Франции выступил …») never stands for a person the lead so introduces.
FORMER_MARKS = word_set("бывший экс прежний экс-глава временно исполняющий")
# Roles that say whose leader only by the words after them («лидер оппозиции», «лидер партии»):
# a title's other post («Премьер Израиля ответил …») never stands for a lead's such role.
LOOSE_HEADS = word_set("лидер")
# Military ranks, and the bodies whose people hold them: «— сказал генерал-майор» nobody was
# introduced with stands for the one person the text introduced with such a body in the title
# («Официальный представитель Минобороны России Игорь Конашенков»), when every other person
# before it carries a title of no such body; a civilian, or two military men, leave it unknown.
# A minister or head of such a body may be a civilian («глава Пентагона»): never the rank's
# person, and not ruled out as one either, so the rank stays unknown beside them.
MILITARY_RANKS = word_set("генерал адмирал маршал")
MILITARY_CIVIL_HEADS = word_set("министр глава шеф руководитель")
# What may follow such a rank for it to stand for the text's soldier: nothing more (the clause
# ends), or a place or occasion («— сказал генерал на брифинге»). A body, a country or a
# genitive («генерал-майор ВСУ», «генерал НАТО», «генерал израильской армии») and «в отставке»
# or «запаса» describe someone else, as does a nationality adjective before it («израильский
# генерал»): those leave the rank unknown.
BARE_RANK_AFTER = re.compile(r"\s*(?:[.,;:!?»)\n]|$|(?:в|во|на|перед)\s+(?!отставк|запас)[а-яё])")
MILITARY_BODIES = re.compile(
    r"[Мм]инобороны|[Мм]инист\w*\s+обороны|[Гг]енштаб|[Гг]енеральн\w+\s+штаб|"
    r"[Вв]ооруж[её]нн\w+\s+сил|\b(?:ВС|ВКС|ВМФ|ВДВ|ЦАХАЛ)\b|"
    r"[Пп]ентагон|\bармии\b|\bвойск"
)
# Roles that head a body («глава МИД», «министр обороны», «руководитель внешнеполитического
# ведомства»): with the body after them they name one post, whichever head word a text uses.
HEAD_ROLES = word_set("глава руководитель министр шеф начальник директор гендиректор")
# Roles that name one post exactly, by the body another head word must name to hold it: «—
# сказал министр» stands only for a person whose own title holds that post — headed by the
# word itself («министр иностранных дел», «вице-премьер — министр промышленности»), or by
# another head of a body (HEAD_ROLES) with the body right after it («глава МИД Германии»,
# «руководитель российского Минфина», «глава внешнеполитического ведомства Индии»). A deputy
# («заместитель министра»), a «госсекретарь», a «депутат» or a «глава европейской
# дипломатии» (the EU has no ministers) holds another post: never that role's person.
EXACT_POSTS: dict[str, str] = {
    "министр": r"внешнеполитическ\w+\s+ведомств|(?:(?!европейск)[а-яё]+\s+)?"
    r"(?:МИД|МВД|МЧС|Мин(?!ск)[а-яё]|[Мм]инистерств|дипломати)"
}
# The bodies such a post heads: the regex of the words right after the head role (a
# nationality adjective may stand between: «глава российского МИД»), one row a post.
POST_BODIES: tuple[tuple[str, str], ...] = (
    (
        "foreign affairs",
        r"МИД\w*|[Мм]инистерств\w* (?:иностранных|зарубежных) дел|(?:иностранных|зарубежных) дел"
        r"|внешнеполитическ\w+ ведомств\w*|дипломати\w+|евродипломати\w+|Госдеп\w*",
    ),
    (
        "defence",
        r"Минобороны|[Мм]инистерств\w* обороны|обороны|оборонн\w+ ведомств\w*"
        r"|военн\w+ ведомств\w*|Пентагон\w*",
    ),
    ("interior", r"МВД|[Мм]инистерств\w* внутренних дел|внутренних дел"),
    ("finance", r"Минфин\w*|[Мм]инистерств\w* финансов|финансов"),
    ("justice", r"Минюст\w*|[Мм]инистерств\w* юстиции|юстиции"),
    ("health", r"Минздрав\w*|[Мм]инистерств\w* здравоохранения|здравоохранения"),
    ("energy", r"Минэнерго|[Мм]инистерств\w* энергетики|энергетики"),
    ("foreign intelligence", r"СВР|Служб\w* [Вв]нешней разведки|[Вв]нешней разведки"),
    # inflected nouns only: «глава Государственной думы» heads no state
    ("head of state", r"государств(?:а|у|ом|е)|стран(?:ы|е|ой)"),
    ("head of government", r"правительств(?:а|у|ом|е)|кабмин(?:а|у|ом|е)|кабинет\w* министров"),
)
# Roles that name a post by themselves («президент» is the «глава государства», «премьер» the
# «глава правительства»), unless a body follows them («президент РСПП», «президент компании»).
POST_ROLES = {"президент": "head of state", "премьер": "head of government"}
# Common nouns for a country: «президент республики» is a head of state, no body's.
COUNTRY_NOUNS = word_set("республика страна государство королевство федерация держава")
# A central bank's short name followed by whose it is when that is not Russia: a capitalised
# word («ЦБ Турции») or a country's common noun, maybe after a determiner («ЦБ страны», «ЦБ
# этой республики»).
_NOT_ANOTHER_STATES = (
    r"(?![ \t]+(?:[A-ZА-ЯЁ]|(?:[а-яё]+[ \t]+)?(?:"
    + "|".join(sorted(noun[:-1] for noun in COUNTRY_NOUNS))
    + r")))"
)
# Any state's central bank by its heads («ЦБ», «Центробанк», «Нацбанк», «национальный банк»,
# «центральный банк»): followed by a state other than Russia, or after a nationality
# adjective, it tells that the text is about another state's central bank.
CENTRAL_BANK_HEADS = (
    r"(?<![\w-])(?:ЦБ|[Цц]ентробанк\w*|[Нн]ацбанк\w*|[Нн]ациональн\w+[ \t]+банк\w*"
    r"|[Цц]ентральн\w+[ \t]+банк\w*)(?![\w-])"
)
# The head of a press unit («глава пресс-службы Госдепартамента Нед Прайс», «шеф
# пресс-службы») speaks for the body: a later «представитель Госдепа» or «пресс-секретарь» (its
# voices, the first of the spokesman roles below) is that person. A minister heads no unit.
PRESS_UNITS = word_set("пресс-служба пресс-центр пресс-бюро")
PRESS_CHIEFS = HEAD_ROLES - {"министр"}
PRESS_VOICES = word_set("представитель пресс-секретарь")
# Roles that speak for someone else («представитель МИД», «пресс-секретарь главы
# государства», «помощник президента»), and the heads they speak for: such a role is never
# held by one the text introduced as a head.
SPOKESMAN_ROLES = PRESS_VOICES | word_set("помощник советник")
HEADS = HEAD_ROLES | word_set("президент премьер канцлер госсекретарь генеральный лидер")
# A role never stands for one the text introduced with a post it cannot name (read by
# bot/content/_speakers/posts.py `_another_post`): a head's office is never his spokesman's or
# aide's («госсекретарь» after «официальный представитель Госдепартамента Нед Прайс»), and a
# «дипломат» is never the head of a state, a government or a region the text names
# («— отметил дипломат» after «визита президента России Владимира Путина»).
NOT_HELD_BY: dict[str, frozenset[str]] = {
    **dict.fromkeys(word_set("президент премьер канцлер госсекретарь министр"), SPOKESMAN_ROLES),
    "дипломат": word_set(
        "президент вице-президент премьер канцлер король принц эмир султан шейх губернатор мэр"
    ),
}
# Words that open a title as a role but only qualify the post after them («официальный
# представитель», «генеральный секретарь»): that post is the title's head.
QUALIFYING_ROLES = word_set("официальный генеральный")
# Generic roles that name the leader of a body ("глава правительства", "лидер"): an aide
# whose title names that leader's post ("советник премьер-министра") is never the one meant.
LEADER_ROLES = word_set("глава лидер")
# A leader named by a periphrasis of the state he heads («глава Пятой республики», «по словам
# главы Белого дома»): the words after a leader's role, and the country they stand for — no
# body the role heads, a nationality (bot/content/_speakers/roles.py `_described`).
LEADER_PERIPHRASES: tuple[tuple[str, str], ...] = (
    (r"[Пп]ят(?:ой|ая|ую|ом) [Рр]еспублик\w*", "французский"),
    (r"Елисейск\w+ дворц\w*", "французский"),
    (r"Бел(?:ого|ый|ом|ому) дом\w*", "американский"),
    (r"Поднебесн\w*", "китайский"),
    (r"Туманн\w+ Альбион\w*", "британский"),
)
# Description roles that the person a text introduced under another word holds (the
# description's lemma, then the lemmas of title words that give that post): «— сообщил мэр
# города» is the one introduced as «Глава Петрозаводска», «Городской голова Одессы».
DESCRIPTION_KIN: dict[str, frozenset[str]] = {
    "мэр": word_set("глава голова градоначальник мэр"),
    "губернатор": word_set("глава губернатор врио"),
}
# Staff units that serve a body or one person alike («аппарат правительства», «аппарат
# президента»).
_STAFF_UNITS = word_set("аппарат канцелярия секретариат")
# Units that speak for the body named beside them ("пресс-служба Минобороны сообщила").
ORG_UNITS = (
    PRESS_UNITS
    | _STAFF_UNITS
    | word_set("ведомство дипведомство представительство спецслужба организация движение")
)
# Units that work for one person («пресс-служба Матвиенко», «аппарат президента», «офис
# Зеленского»): a person named right after one owns it and does not speak himself.
PERSONAL_UNITS = PRESS_UNITS | _STAFF_UNITS | word_set("офис")
# Kinds of post, for a description after a quotation («— сказал посол», «— заявил политик»)
# that stands for the one person the text introduced with a title of its kind
# (bot/content/_speakers/kinds.py). A title gives its own role, the kinds TITLE_KINDS lists
# for that role, and, with a body after a head («глава МИД»), «post:» and the post, with the
# kinds POST_KINDS lists for it; a role after the head («советник президента», «заместитель
# министра иностранных дел», «начальник Генштаба генерал») gives only its kinds.
_DIPLOMATS = word_set("посол постпред посланник консул генконсул атташе министр-советник дипломат")
_MILITARY = word_set("генерал адмирал маршал командующий главнокомандующий главком командир")
_POLITICIANS = word_set(
    """президент премьер канцлер министр вице-премьер вице-президент депутат сенатор
    парламентарий губернатор мэр лидер спецпредставитель спецпосланник политик конгрессмен
    еврокомиссар вице-спикер госсекретарь"""
)
_LEADERS = word_set("президент премьер канцлер генеральный лидер")
TITLE_KINDS: dict[str, frozenset[str]] = {
    **{role: frozenset({"diplomat"}) for role in _DIPLOMATS},
    **{role: frozenset({"military"}) for role in _MILITARY},
    **{role: frozenset({"politician"}) for role in _POLITICIANS},
    **{role: frozenset({"scholar"}) for role in COMMENTATORS},
    **{role: frozenset({"leader", "politician"}) for role in _LEADERS},
    "председатель": frozenset({"leader"}),
    "госсекретарь": frozenset({"diplomat", "politician"}),
}
POST_KINDS: dict[str, frozenset[str]] = {
    "foreign affairs": frozenset({"diplomat", "politician"}),
    "defence": frozenset({"politician"}),
    "interior": frozenset({"politician"}),
    "finance": frozenset({"politician"}),
    "justice": frozenset({"politician"}),
    "head of state": frozenset({"leader", "politician"}),
    "head of government": frozenset({"leader", "politician"}),
}
# What each description asks of a title: «посол» only an ambassador («— сказал посол» is never
# the foreign minister), «дипломат» any diplomat, «политик» any politician, a rank any
# soldier's title, «лидер» any head of a state, a government or a movement («генсек
# «Хизбаллы»»). A head with a body after it («глава государства») asks for that post.
DESCRIBED_KINDS: dict[str, frozenset[str]] = {
    "посол": frozenset({"посол"}),
    "постпред": frozenset({"постпред"}),
    "дипломат": frozenset({"diplomat"}),
    "политик": frozenset({"politician"}),
    "лидер": frozenset({"leader"}),
    # a group's head named with contempt («— сказал главарь террористов»): whoever the text
    # introduced as a leader («Генеральный секретарь «Хизбаллы»»), never a minister
    "главарь": frozenset({"leader"}),
    "сенатор": frozenset({"сенатор"}),
    "депутат": frozenset({"депутат"}),
    "парламентарий": frozenset({"депутат", "сенатор", "парламентарий"}),
    **{role: frozenset({"military"}) for role in _MILITARY},
    **{role: frozenset({"scholar"}) for role in COMMENTATORS},
}
# Leaders whose title with a country right after it («лидер КНДР», «председатель КНР») heads
# that state or its government, as a «глава государства» does.
COUNTRY_LEADERS = word_set("лидер председатель")
# Words after which a role in the instrumental is the post a person was given («после
# назначения новым послом», «был избран председателем»), by lemma.
APPOINTED_AS = word_set(
    "назначение назначить назначать избрание избрать избирать стать становиться являться"
)
# The unit of a body that speaks for it between «в» and the body («заявили в Центре
# общественных связей (ЦОС) ФСБ», «сообщили в пресс-службе Минобороны», «в ЦОС ФСБ»: the
# centre by its abbreviation alone); «Цент» takes a typo.
SPEAKING_UNIT = r"(?:пресс-(?:служб|центр|бюро)\w*|[Цц]ент\w* общественных связей(?: \(ЦОС\))?|ЦОС)"
# Nouns that refer back to the one body a text named before («в сообщении холдинга»,
# «пресс-служба военного ведомства», «сообщили на предприятии»). Lemmas.
BODY_ANAPHORS = word_set(
    """ведомство дипведомство министерство холдинг компания концерн корпорация госкорпорация
    спецслужба организация движение партия группировка предприятие"""
)
# The kind a body's name follows («сообщила компания «Газпром»», «заявило движение ХАМАС»,
# «сообщила госкорпорация «Росатом»»): after a speech verb the body is still its subject. Lemmas.
BODY_KINDS = word_set(
    """компания авиакомпания госкорпорация корпорация холдинг концерн группа движение партия
    организация группировка"""
)
# The kinds a company or a party is named after, its own name right after them in quotation
# marks or as an abbreviation («авиакомпании «Аэрофлот»», «государственном предприятии
# "Антонов"», «партии «Батькивщина»», «нефтяных компаний ТНК-ВР»): a body the alias table
# lacks (bot/content/companies.py). Lemmas.
COMPANY_KINDS = word_set(
    """компания авиакомпания госкорпорация корпорация холдинг концерн предприятие госпредприятие
    завод комбинат банк партия"""
)
# Legal forms written before a company's name («ООО «Тосол-Синтез Трейдинг»»): part of the
# name the company is given by, as written.
LEGAL_FORMS = frozenset({"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ГП", "ФГУП", "ГУП", "МУП"})
# The nouns of a Russian region (lemmas) and their dative, as «по» governs it after a
# regional unit («ГУ МВД по Московской области»): one table for REGION_NOUNS and REGION_AFTER.
REGION_NOUN_DATIVES = {
    "область": "области",
    "край": "краю",
    "округ": "округу",
    "район": "району",
    "республика": "республике",
    "регион": "региону",
    "губерния": "губернии",
}
UNIT_PLACE_ADJECTIVES = (r"[Сс]толичн", r"[Оо]бластн", r"[Кк]раев", r"[Гг]ородск")
# A body's unit for one region, named before the body and the region after it («Главное
# управление МЧС России по Свердловской области», «ГУ МВД по Москве»): a body of its own,
# never its parent (bot/content/entities.py). Regex fragments: the unit (its adjective apart,
# put in the nominative), the region after «по» (one or two capitalised words, a region noun).
# An adjective of the place a unit serves («столичного ГУ МЧС России», «краевого управления
# ФСБ») names its region as «по Москве» does: the unit is a body of its own without «по».
REGIONAL_UNIT = (
    r"(?<![\w-])(?:(?P<adjective>(?:[Гг]лавн|[Тт]ерриториальн|[Рр]егиональн|"
    rf"(?P<place>{'|'.join(UNIT_PLACE_ADJECTIVES)}))\w+)[ \t]+)?"
    r"(?P<unit>[Уу]правлени\w*|ГУ)[ \t]+$"
)
# A region after «по»: one or two capitalised words, a region noun in the dative after them
# (REGION_NOUN_DATIVES), and a second region joined by «и» that a region noun ends («по Москве
# и Московской области», «по Санкт-Петербургу и Ленинградской области»).
_REGION_DATIVE = rf"(?:{'|'.join(REGION_NOUN_DATIVES.values())})"
_ONE_REGION = rf"[А-ЯЁ][\w-]+(?:[ \t]+[А-ЯЁ][\w-]+)?(?:[ \t]+{_REGION_DATIVE})?"
REGION_AFTER = (
    rf"[ \t]+по[ \t]+(?P<region>{_ONE_REGION}"
    rf"(?:[ \t]+и[ \t]+[А-ЯЁ][\w-]+[ \t]+{_REGION_DATIVE})?)(?![\w-])"
)
# Federal bodies with a branch in every region, named by the region after «по» with no unit
# before them («МЧС России по Омской области», «МВД по Татарстану», «Росгвардии по Москве»): the
# branch speaks as itself, and a bare mention of the body in the same text is that branch
# (bot/content/entities.py). Canonical names, as the organisation table gives them.
REGIONAL_BRANCH_BODIES = frozenset(
    {"МЧС России", "МВД России", "СК России", "ФСБ России", "Росгвардия", "Роспотребнадзор"}
)
# The months, as a date between a speech verb and its subject names them (lemmas).
MONTHS = word_set("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь")
# Common nouns for a body that speaks as the body the text named before («Как отмечает
# министерство», «— сообщила пресс-служба», «В российском ведомстве отметили»): the speaker is
# that body or nobody known, never a person. Lemmas.
BODY_NOUNS = PRESS_UNITS | word_set(
    """министерство ведомство дипведомство посольство дипмиссия постпредство представительство
    консульство генконсульство правительство кабмин организация движение партия группировка"""
)
# The UN's agencies, which speak as themselves: their short name (canonical), their full name in
# any case (the text may put the abbreviation after it in brackets: «Детский фонд ООН
# (ЮНИСЕФ)», «Управления Верховного комиссара ООН по делам беженцев (УВКБ)») and the
# abbreviations they are named by alone. «ВПП» alone is an airfield's runway: only «ВПП ООН».
UN_AGENCIES: tuple[tuple[str, str, str], ...] = (
    ("ЮНИСЕФ", r"[Дд]етск\w+ фонд\w* ООН", r"ЮНИСЕФ|UNICEF"),
    (
        "УВКБ ООН",
        r"[Уу]правлени\w* [Вв]ерховного комиссара ООН по делам беженцев"
        r"|[Аа]гентств\w* ООН по делам беженцев",
        r"УВКБ(?: ООН)?|UNHCR",
    ),
    (
        "УВКПЧ ООН",
        r"[Уу]правлени\w* [Вв]ерховного комиссара ООН по правам человека",
        r"УВКПЧ(?: ООН)?|OHCHR",
    ),
    (
        "БАПОР",
        r"(?:[Бб]лижневосточн\w+ )?[Аа]гентств\w* ООН (?:для|по) помощи палестинским беженцам"
        r"(?: (?:на Ближнем Востоке|и организации работ))?",
        r"БАПОР|UNRWA",
    ),
    ("ВПП ООН", r"[Вв]семирн\w+ продовольственн\w+ программ\w*(?: ООН)?", r"ВПП ООН"),
    ("ПРООН", r"[Пп]рограмм\w* развития ООН", r"ПРООН|ПР ООН|UNDP"),
    (
        "УКГВ ООН",
        r"[Уу]правлени\w* ООН по координации гуманитарных вопросов",
        r"УКГВ(?: ООН)?|OCHA",
    ),
)
# Bodies of many states, by the abbreviation they are named by: never a «ведомство» or a
# «министерство» (MINISTRY_ANAPHORS), whose head a state appoints. Written forms.
INTERNATIONAL_BODIES = (
    *("НАТО", "ООН", "ОБСЕ", "ВОЗ", "МАГАТЭ", "ШОС", "БРИКС", "ОДКБ"),
    *("ЕАЭС", "СНГ", "ОПЕК", "МВФ", "ЮНЕСКО", "МОК"),
)
# Body nouns that stand only for a state's ministry or agency («— уточнило ведомство»): never
# for ООН, НАТО (INTERNATIONAL_BODIES), nor for a ministry whose minister, named by a title
# not naming it, spoke after it was named (HEAD_ROLES; bot/content/_speakers/organisations.py).
MINISTRY_ANAPHORS = word_set("ведомство дипведомство министерство")
# «Спикер» heads a parliament («спикер Госдумы», «спикер нижней палаты») but also speaks for a
# body that has no chair: with one of these after it, past adjectives («спикер
# внешнеполитического ведомства», «спикер МИД Казахстана», «спикер Кремля»), it is that
# body's «представитель» (bot/content/_speakers/names.py `spokesman_reading`). Lemmas.
SPOKESMAN_WORD = "спикер"
SPOKESMAN_POST = "представитель"
SPOKEN_FOR_BODIES = MINISTRY_ANAPHORS | word_set(
    """мид кремль госдеп госдепартамент пентагон генштаб минобороны минздрав правительство
    президент канцелярия администрация армия посольство"""
)
# Which spokesmen a body's «спикер» in an attribution can be (`spoken_for_introduced`): the one
# the text introduced speaking for a body of the same kind, a state's head (Кремль, президент),
# its government, its foreign or other ministry, its army or embassy (a «пресс-секретарь
# российского лидера» is a head's, like the Kremlin's); a body noun that names no
# kind of its own («ведомство», «министерство») fits any ministry. «Спикер правительства
# Японии» is never the Kremlin's press secretary the text named. Lemmas.
SPOKEN_FOR_KINDS = {
    **dict.fromkeys(("кремль", "президент", "канцелярия", "администрация", "лидер"), "head"),
    "правительство": "government",
    **dict.fromkeys(("мид", "госдеп", "госдепартамент", "дипведомство"), "foreign ministry"),
    **dict.fromkeys(("пентагон", "минобороны"), "defence ministry"),
    "минздрав": "health ministry",
    **dict.fromkeys(("генштаб", "армия"), "army"),
    "посольство": "embassy",
}
SPOKEN_FOR_ANY_MINISTRY = word_set("ведомство министерство")
# Owners a spokesman speaks for as a state's head only with the state attached (an adjective
# of COUNTRIES_BY_ADJECTIVE before it, the state's genitive after it: «пресс-секретарь
# российского лидера», «лидера Китая»): a party's, a movement's, the opposition's leader
# («лидера ЛДПР», «лидера оппозиции») heads no state, so his spokesman is no Kremlin's. Lemmas.
STATE_ONLY_WITH_STATE = word_set("лидер")
# Bodies of Russia's head alone: their «спикер» («— ответил спикер Кремля») is never the
# spokesman the text introduced for another state's head («пресс-секретарь президента
# Турции», «северокорейского лидера»). Lemmas.
RUSSIAN_HEAD_BODIES = word_set("кремль")
# First characters of a paragraph that open a dash answer or a quotation: right under a bare
# name under the title, they make the name the interviewee or the speaker, not the byline.
BYLINE_SPEECH_OPENERS = frozenset('—–-«"„“')
# Words between «Об этом» and the verb that make the report another speaker's or an earlier
# one («Об этом же заявил …», «Об этом также/тоже сообщил …», «Об этом ранее заявлял …»):
# the person then never spoke for the body that the sentence before says spoke. Written forms.
ADDED_OR_EARLIER = frozenset({"же", "тоже", "также", "ранее", "прежде", "накануне", "еще", "ещё"})
# Courtesy titles: «господин Рябков», «г-жа Захарова», «мистер Кирби» are those people, the
# title adding nothing about who they are (unlike a role, it never names an office).
HONORIFICS = word_set("господин госпожа г-н г-жа мистер миссис мисс мадам месье сеньор сеньора")
# Heads of the names of bodies that sign a statement on a line of their own under it ("–
# Управление коммуникации Турции"): a body the organisation table lacks, named as the line
# names it (bot/content/signatures.py).
SIGNING_BODIES = ORG_UNITS | word_set(
    """управление министерство служба офис администрация департамент посольство
        правительство комитет комиссия совет штаб консульство генконсульство"""
)
# Heads of a body's name whose words after them, capitalised in the genitive, are the body's
# own («Министерство Финансов», «Комитета Обороны», «Партия Регионов», «Дом Советов»): such a
# word is never a person's surname (bot/content/speakers.py). Lemmas.
NAMED_BODY_HEADS = (
    SIGNING_BODIES
    | BODY_NOUNS
    | word_set("агентство ассоциация союз фонд палата инспекция дом дума собрание банк")
)
# Heads of an institution's name written after them, capitalised, in the nominative as the
# name is (lemmas): «Университета Кунмин», «компании Тойота», «фонда Сорос». The word after
# one is that institution's own name, never the first given name of the person named next
# («Профессор Университета Кунмин Андрей Ланьков»: persons `_prefix_given_name`).
INSTITUTION_NAME_HEADS = (
    NAMED_BODY_HEADS
    | COMPANY_KINDS
    | word_set("университет институт академия колледж школа центр клиника больница газета журнал")
)
# Words that cite a role's holder without a name («со ссылкой на представителя Госдепа»,
# «представитель, пожелавший остаться неназванным»): before and after the role noun, lower-cased
# prefixes. Whoever that role later speaks as is nobody the text names.
ANONYMITY_BEFORE = ("со ссылкой на", "ссылаясь на", "на условиях анонимности")
ANONYMITY_AFTER = ("пожелавш", "попросивш", "не пожелавш", "на условиях анонимности")
# Phrases that open another source's account («Как пишет The Washington Post, …», «По
# данным источника РИА Новости, …», «По словам эксперта, …»): a note after them («Отмечается,
# что …») may go on with that source, never surely with a body that spoke before them. Not
# «со ссылкой на», by which an outlet relays that very body («сообщило агентство Reuters со
# ссылкой на заявление организации»). Lower-cased.
SOURCE_CUES = (
    "как пишет",
    "как сообщает",
    "как сообщил",
    "как передает",
    "как передаёт",
    "по данным",
    "по информации",
    "по словам",
)
# Words by which an outlet cites its source («сообщает ТАСС со ссылкой на посольство»,
# «ссылаясь на МИД»): the source speaks, never the outlet that relays it.
CITING_CUES = word_set("ссылкой ссылаясь")
# The preposition a citing cue takes its source with («со ссылкой на …», «ссылаясь на …»).
CITED_PREPOSITION = "на"
# Nouns for a state's or a body's side as a whole («турецкая сторона заверила», «власти
# Турции заявили», «руководство компании сообщило»): in the nominative before a speech verb
# they are its own subject, whose words a quotation in its «что» clause gives. Lemmas.
SPEAKING_SIDES = word_set("сторона власть правительство руководство командование кабмин")
# Someone the text does not name: the speaker stays unknown.
UNKNOWN_AGENTS = word_set("собеседник собеседница источник аноним очевидец")
# Indefinite pronouns as a speaker's subject («— крикнул кто-то из зала», «сказал кое-кто»):
# somebody speaks, the text does not say who — never the person named before.
INDEFINITE_SUBJECTS = word_set("кто-то кто-нибудь кто-либо некто кое-кто")
# Of those, the one an outlet's interview names («— сказал собеседник агентства»): the person
# the text has speaking to that outlet, when it cites no unnamed source.
INTERLOCUTORS = word_set("собеседник собеседница")
# Words that leave the role after them without a face: "неназванный европейский дипломат",
# "другой дипломат" speak, but the text does not say who (never the last person named).
ANONYMOUS_MARKS = word_set("неназванный анонимный некий неизвестный другой высокопоставленный")
# Of those, a rank rather than a veil: «— подчеркнул высокопоставленный дипломат» right after the
# text's only person spoke is that person (roles.py `ranked`), else nobody named.
RANK_MARKS = word_set("высокопоставленный")
# The head of a media name: "агентство Синьхуа" is an outlet, never a person.
# "Лавров о переговорах с Рубио: «…»": what a label's speaker spoke about opens with these.
TOPIC_PREPOSITIONS = frozenset({"о", "об", "про"})
MEDIA_KINDS = word_set("агентство газета издание телеканал радиостанция портал журнал телекомпания")
# Of those, the stems a regex reads in any case, «радио» also of «радио X» («рассказал изданию»,
# «газете»; bot/content/answers.py): a named subset as it was written there (no «портал»,
# «телекомпания»), checked against the table by test_lexicon.py.
MEDIA_STEMS = ("издани", "газет", "журнал", "агентств", "телеканал", "радио")
# Capitalised nouns that, right after a speech verb, name a body or a place that speaks as one
# («— заявил Кремль», «— сказал Запад», «— отметил Сенат»): never read as a lone surname the
# dictionary holds as a common word («— заявил Макрон», «— подчеркнул Прайс»).
SPEAKING_BODY_NOUNS = (
    NAMED_THINGS
    | MEDIA_KINDS
    | UNKNOWN_AGENTS
    | word_set(
        """кремль запад восток юг север сенат конгресс кабмин парламент правительство
    министерство посольство консульство суд кабинет дума рада сейм меджлис кнессет собрание
    ассамблея палата администрация руководство командование штаб минобороны генштаб
    прокуратура полиция армия флот мэрия губернаторство президиум синод патриархат церковь
    ватикан институт университет академия биржа рынок мир свет"""
    )
)
# Where a body places its texts («в твиттере посольства», «на сайте МИД»), and the verbs of
# placing them: «говорится в сообщении, размещенном в твиттере посольства» is the embassy's.
PLATFORMS = word_set("сайт твиттер аккаунт страница канал telegram-канал телеграм-канал микроблог")
# The platforms a speaker publishes on, by their own names (lower-cased written forms and
# lemmas; «ютубе», «одноклассниках» as written, the dictionary reading them otherwise): «Об
# этом сообщает AFP в Twitter», «написал в Telegram» — where the words appeared, never who
# said them.
PLATFORM_NAMES = word_set(
    """twitter x telegram facebook instagram youtube tiktok threads bluesky vk вконтакте
    одноклассниках truth твиттер телеграм фейсбук инстаграм ютуб ютубе тикток"""
)
PLACING_VERBS = word_set("разместить опубликовать выложить")
# Verbs by which a body issues a text of its own, its sentence's subject («Посольство …
# выпустило официальное заявление», «Минздрав распространил сообщение»): a later «говорится
# в заявлении (ведомства)» is that body's text (bot/content/_speakers/organisations.py).
ISSUING_VERBS = PLACING_VERBS | word_set("выпустить распространить обнародовать")
# What an outlet publishes: "— гласит текст публикации", "говорится в статье" are the words of
# the outlet named before (never of a person, nor of a body the piece writes about).
PUBLICATIONS = word_set("публикация статья заметка")
# "Павел Чернов направил телеграмму … В телеграмме говорится: «…»": verbs by which a person
# sends or signs a text, whose words a later «в телеграмме говорится» cites as theirs. Lemmas.
SENDING_VERBS = word_set("направить направлять отправить отправлять послать подписать адресовать")
# Where an impersonal verb inside a sentence says the words stand, with no owner after the noun
# («В сообщении указывается, что …», «в материале сказано, что …», «как отмечается в
# сообщении, было подчеркнуто, что …»): a body's or an outlet's text, whose words are those of
# whoever «— говорится в сообщении» after a quotation would name (bot/content/_attribution/
# reported.py).
CITED_TEXTS = OWNED_TEXTS | PUBLICATIONS | word_set("материал текст документ")


@lru_cache(maxsize=16384)
def _role_lemma(word: str) -> str | None:
    """Cached: every role resolution asks it of the same few words again and again. A word
    read first as a preposition is none («после» is no «о после», the ambassador)."""
    if word.startswith(FORMER_PREFIX) and len(word) > len(FORMER_PREFIX) + 2:
        return _role_lemma(word.removeprefix(FORMER_PREFIX))  # «экс-президент Бразилии»
    found = parses(word)
    if found and found[0].pos == "PREP":
        return None
    for p in found:
        if p.pos == "NOUN" and (p.normal in ROLES or p.normal in ROLE_SYNONYMS):
            return ROLE_SYNONYMS.get(p.normal, p.normal)
    if word in ROLES or word in ROLE_SYNONYMS:  # indeclinable: "замглавы", "замминистра"
        return ROLE_SYNONYMS.get(word, word)
    return _deputy_of(word)


def _deputy_of(word: str) -> str | None:
    """ "замсекретаря", "замдиректора", "замкомандующего": «зам» glued to a role in the
    genitive is a deputy of that post, the «заместитель» (who speaks is the deputy, never the
    body or the chief he serves); so is «зам» glued to a role that declines with it, the
    deputy's own title in any case («Зампостпред уверен», «зампостпредом»). «вице-» hyphened
    to one is the deputy OF that post, a role of its own («вице-мэр», «вице-губернатор»): «—
    пояснила вице-мэр» is the vice-mayor the text introduced, never the mayor nor a deputy of
    another post («Заместитель губернатора Ирина Соколова …»)."""
    vice = word.removeprefix(VICE_PREFIX)
    rest = word.removeprefix(DEPUTY_PREFIX) if vice == word else vice
    if rest == word or len(rest) < (3 if vice != word else 4):  # «вице-мэр»; «зам» + 4 letters
        return None
    heads = {p.normal for p in parses(rest) if p.pos == "NOUN"}
    if vice != word and heads & VICE_PERIPHRASES:
        return None
    posts = sorted(ROLE_SYNONYMS.get(h, h) for h in heads if h in ROLES or h in ROLE_SYNONYMS)
    if not posts:
        return None
    return VICE_PREFIX + posts[0] if vice != word else "заместитель"


def second_post(role: str) -> bool:
    """Whether a role serves or stands in for a head (SECOND_POSTS, or a «вице-» post of
    `_deputy_of`): it names someone beside the head the text named, never him."""
    return role in SECOND_POSTS or role.startswith(VICE_PREFIX)


def role_of(word: str) -> str | None:
    """The role a word names, in any case and number ("послу" → "посол"), or None.

    "официальный" is a role only as a head of "официальный представитель", never alone.
    """
    found = _role_lemma(word.lower())
    return None if found == "официальный" else found


def role_kind(role: str) -> RoleKind:
    return ROLES.get(role, RoleKind.OFFICE)


def same_role(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in SAME_ROLE_GROUPS)


# Forms a role shares with a common noun for a field, read so inside a title: «представитель ЕС
# по внешней политике и политике безопасности Жозеп Боррель» has no «политик» in the
# prepositional; the name after it takes the case of the title's own head («представитель»).
POLICY_FORMS = word_set("политике аналитике")


@cache
@cache
def title_forms() -> frozenset[str]:
    """Every inflected form of every role noun, lower-cased ("посол", "послом", "главы")."""
    forms: set[str] = set(ROLE_SYNONYMS)
    for lemma in [*ROLES, *ROLE_SYNONYMS]:
        for p in parses(lemma):
            if p.pos == "NOUN" and p.normal == lemma:
                forms.update(str(f.word) for f in p.raw.lexeme)
                break
        forms.add(lemma)
    forms.discard("официальный")
    return frozenset(f for f in forms if _role_lemma(f) is not None or f in ROLE_SYNONYMS)


_WORD = re.compile(r"(?<![\w-])[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_GENERAL_SECRETARY = re.compile(r"[Гг]енеральн\w+ секретар\w*")


def title_heads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every role noun in `text`, in order: one pass of word lookups
    in `title_forms` (a regex alternation of all the forms would cost milliseconds)."""
    return list(_title_heads(text))


@lru_cache(maxsize=4096)
def _title_heads(text: str) -> tuple[tuple[int, int, str], ...]:
    """`title_heads`, cached: the names, the roles and the summary each ask it of the same
    text (five asks of three stretches a text)."""
    forms = title_forms()
    found = [(m.start(), m.end(), m.group(0)) for m in _GENERAL_SECRETARY.finditer(text)]
    heads = [
        (m.start(), m.end(), w) for m in _WORD.finditer(text) if (w := m.group(0)).lower() in forms
    ]
    if found:  # a role word inside «генеральный секретарь» is part of it
        heads = [h for h in heads if not any(a <= h[0] < b for a, b, _w in found)]
    return tuple(sorted(found + heads))


@cache
def title_head() -> re.Pattern[str]:
    """`title_forms` as one regex (a trie of the forms), for matching at one place."""
    forms = title_forms()
    heads = "|".join(
        f"[{first.upper()}{first}](?:{_trie({w[1:] for w in forms if w[0] == first})})"
        for first in sorted({w[0] for w in forms})
    )
    return re.compile(rf"(?<![\w-])(?:{_GENERAL_SECRETARY.pattern}|{heads})(?![\w-])")


def _trie(words: set[str]) -> str:
    """A regex matching exactly `words`, sharing common prefixes (longest match first)."""
    if words == {""}:
        return ""
    branches = []
    for first in sorted({w[0] for w in words if w}, reverse=True):
        rest = _trie({w[1:] for w in words if w and w[0] == first})
        branches.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    body = "|".join(branches)
    return f"(?:{body})?" if "" in words else body


# --- organisations ------------------------------------------------------------------------------

_STATE = r"(?:России|РФ|Российской Федерации)"
# A body's generic name followed by what it is for or against names another body (Европейская
# комиссия против расизма, … за демократию через право, … по правам человека, … при ООН).
_NO_COMPLEMENT = r"(?!\s+(?:по|против|за|при|для|ООН|Совета)\b)"


# Short names of Russian ministries cut from a genitive («Минприроды»: министерство природных
# ресурсов): undeclined, their written form is their nominative whatever the case around them.
UNDECLINED_MINISTRIES = (
    "Минэкономразвития",
    "Минкультуры",
    "Минприроды",
    "Минцифры",
    "Минпросвещения",
    "Минобрнауки",
    "Минвостокразвития",
)


@dataclass(frozen=True, slots=True)
class Organisation:
    """One body: its canonical name and the regexes of its aliases, in any case.

    An empty canonical name means "the matched text itself, its head word in the nominative"
    ("посольстве России в США" → "Посольство России в США").
    """

    canonical: str
    aliases: tuple[str, ...]


# The word after a body's name that may name its country (bot/content/entities.py keeps it in
# the mention only when it is one: «Минтранс США», never «Минсельхоза Николай»).
_COUNTRY_AFTER = r"(?: (?P<country>[А-ЯЁ][\w-]*))?"
ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation(
        "МИД России",
        (
            rf"(?:\b[Мм]инистерств\w* иностранных дел|\bМИД\w*) {_STATE}\b",
            r"российск\w* (?:МИД\w*|внешнеполитическ\w* ведомств\w*|дипломатическ\w* ведомств\w*)",
            r"[Вв]нешнеполитическ\w* ведомств\w* (?:России|РФ)\b",
            r"[Дд]епартамент\w* информации и печати",
            r"\bМИД\w* (?:России|РФ)\b",
        ),
    ),
    Organisation(
        "Минобороны России",
        (
            rf"\b(?:[Мм]инистерств\w* обороны|Минобороны) {_STATE}\b",
            r"\b[Оо]боронн\w+ ведомств\w* (?:России|РФ)\b",
            r"\bроссийск\w+ оборонн\w+ ведомств\w*",
        ),
    ),
    Organisation("СВР России", (r"\b(?:СВР|Служб\w* внешней разведки)(?: России| РФ)?(?!\w)",)),
    Organisation(
        "ФСБ России", (r"\b(?:ФСБ|Федеральн\w* служб\w* безопасности)(?: России| РФ)?(?!\w)",)
    ),
    # The British foreign ministry by its English name, however a text spells it («Форин-офис»,
    # «в Форин оффисе», «Foreign Office»): one body, never a person called «Форин».
    Organisation(
        "МИД Великобритании",
        (r"\b[Фф]орин[- ]?[Оо]ф+ис\w*", r"\bForeign Office\b"),
    ),
    Organisation(
        "Госдепартамент США",
        (r"\b[Гг]осдеп\w*(?: США)?", r"\b[Гг]осударственн\w* департамент\w* США"),
    ),
    Organisation("Кремль", (r"\bКремл(?:ь|я|ю|ем|е)\b",)),
    Organisation("Пентагон", (r"\bПентагон\w*",)),
    Organisation("Белый дом", (r"\bБел\w+ дом\w*",)),
    # Other leaders' offices by their residence, as «Кремль» and «Белый дом» are: «Елисейский
    # дворец» (France), «Акорда» (Kazakhstan), «Даунинг-стрит» (Britain) speak for the office.
    Organisation("Елисейский дворец", (r"\bЕлисейск\w+ двор\w*",)),
    Organisation("Акорда", (r"\bАкорд(?:а|ы|е|у|ой)\b", r"\bАк[ -]Орд(?:а|ы|е|у|ой)\b")),
    Organisation("Даунинг-стрит", (r"\bДаунинг-[Сс]трит\b",)),
    # A permanent mission before the body it is accredited to («в постпредстве России при
    # Евросоюзе» is the mission's, never the EU's): named as the text names it.
    Organisation("", (r"\b[Пп]остпредств\w* (?:России|РФ) при [А-ЯЁ][\w-]+",)),
    Organisation("Совбез ООН", (r"\b(?:Совбез\w*|Совет\w* [Бб]езопасности) ООН\b",)),
    # Russia's Security Council has no one short name: it is named as the text names it
    # («Совета безопасности РФ» → «Совет безопасности РФ», «Совбеза России» → «Совбез России»).
    Organisation("", (r"\b(?:Совбез\w*|Совет\w* [Бб]езопасности) (?:России|РФ)\b",)),
    Organisation("Генассамблея ООН", (r"\bГенассамбле\w* ООН\b",)),
    Organisation("Евросоюз", (r"\bЕвросоюз\w*",)),
    # «Европейская комиссия» with a complement is another body: «… против расизма» (ECRI), «… за
    # демократию через право» (the Venice Commission), «… по правам человека».
    Organisation(
        "Еврокомиссия",
        (r"\bЕврокомисси\w*", rf"\bЕвропейск\w+ [Кк]омисси(?:я|и|ю|ей|ею)\b{_NO_COMPLEMENT}"),
    ),
    # Embassies are found apart (bot/content/embassies.py): named in full once, then «посольство».
    # A consulate general is named in full, its country and host city after it, as the text
    # names it («в генеральном консульстве России в Стамбуле» → «Генеральное консульство России
    # в Стамбуле»).
    Organisation(
        "",
        (
            r"\b(?:[Гг]енеральн\w+ консульств\w*|[Гг]енконсульств\w*) (?:России|РФ|[А-ЯЁ][а-яё]+)"
            r" в [А-ЯЁ][\w-]+",
        ),
    ),
    # Russia's other ministries by their short names, named as the text names them: those
    # shortened from a genitive never decline («в Минприроды»), the others do («в Минпромторге»
    # → «Минпромторг»; entities._org_name). A country after one names whose it is («в Минтрансе
    # США» → «Минтранс США», never Russia's); any other word after it (a head's name, «Минсельхоза
    # Николай Патрушев») is none of it (entities._country_named).
    Organisation("", (rf"\b(?:{'|'.join(UNDECLINED_MINISTRIES)})(?!\w){_COUNTRY_AFTER}",)),
    Organisation(
        "",
        (
            r"\bМин(?:(?:промторг|транс|сельхоз|труд|спорт)(?:а|е|у|ом)?|стро(?:й|я|ю|ем|е))"
            rf"(?!\w){_COUNTRY_AFTER}",
        ),
    ),
    Organisation("Госдума", (r"\bГосдум\w*", r"\bГосударственн\w+ Дум\w*")),
    # A state's prosecutor general's office, named as the text names it, a state after it when
    # one follows («пресс-служба Генпрокуратуры» → «Генпрокуратура», «Генеральной прокуратуры
    # Украины» → «Генеральная прокуратура Украины»; never «прокуратура Украины», a part).
    Organisation(
        "",
        (
            rf"\bГенпрокуратур(?:а|ы|е|у|ой)(?!\w){_COUNTRY_AFTER}",
            rf"\bГенеральн(?:ая|ой|ую) прокуратур(?:а|ы|е|у|ой)(?!\w){_COUNTRY_AFTER}",
        ),
    ),
    # The press office the courts of a city share («объединенная пресс-служба судов
    # Петербурга», «… судов общей юрисдикции Москвы»): a body of its own, named as written.
    Organisation(
        "",
        (
            r"\b[Оо]бъедин[её]нн\w+ пресс-служб\w* судов(?: общей юрисдикции)?"
            r"(?: (?:[А-ЯЁ][\w-]+))?",
        ),
    ),
    # Russian federal agencies and state companies that speak by their short names («в МЧС
    # сообщили», «РЖД ожидают задержки», «пресс-служба Росавиации»), in any case; «МЧС» before
    # another state's name in the genitive («МЧС Казахстана») is that state's, none of these.
    Organisation(
        "МЧС России",
        (r"(?<![\w-])МЧС(?: России| РФ)?(?![\w-])(?![ \t]+[А-ЯЁ][а-яё]+(?:ии|ана|ы|а)(?![\w-]))",),
    ),
    Organisation("РЖД", (r"(?<![\w-])РЖД(?![\w-])", r"\b[Рр]оссийск\w+ железн\w+ дорог")),
    # A regional railway of RZD by its own name («сообщила Приволжская железная дорога»,
    # «пресс-служба Октябрьской железной дороги»): a body of its own, as the text names it.
    Organisation(
        "", (r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ая|ой|ую) железн\w+ дорог\w*",)
    ),
    # Russia's central bank by its name, its abbreviation or «Центробанк» («сообщили в
    # пресс-службе ЦБ», «В Банке России опровергли»); another state's after it («ЦБ Турции»,
    # «Центробанка Украины», «ЦБ страны», «ЦБ этой республики») is none of it, and a bare one
    # in a text naming another state's central bank is nobody known (bot/content/entities.py).
    Organisation(
        "Банк России",
        (
            r"\bБанк\w* России\b",
            r"\b[Цц]ентральн\w+ банк\w* (?:России|РФ)\b",
            rf"(?<![\w-])ЦБ(?: России| РФ)?(?![\w-]){_NOT_ANOTHER_STATES}",
            rf"(?<![\w-])Центробанк\w*(?: России| РФ)?(?![\w-]){_NOT_ANOTHER_STATES}",
        ),
    ),
    Organisation("Росавиация", (r"\bРосавиаци\w*",)),
    Organisation("Роспотребнадзор", (r"\bРоспотребнадзор\w*",)),
    Organisation("Росгвардия", (r"\bРосгварди\w*",)),
    Organisation("Роскомнадзор", (r"\bРоскомнадзор\w*",)),
    # Movements that speak as bodies («заявили в ХАМАС», «движение «Талибан» заявило»).
    Organisation("ХАМАС", (r"(?<![\w-])ХАМАС(?![\w-])", r"\bХамас\w*")),
    Organisation("Хезболла", (r"\b(?:Хезболл|Хизбалл|Хезбалл|Хизболл)\w*",)),
    Organisation("Талибан", (r"\bТалибан\w*",)),
    # Israel's army by its Hebrew abbreviation or its name («пресс-служба Армии обороны
    # Израиля (ЦАХАЛ)»): one body, as a state's army named by its place is (PLACE_BODY_HEADS).
    Organisation("ЦАХАЛ", (r"(?<![\w-])ЦАХАЛ\w*", r"\b[Аа]рми\w+ обороны Израиля\b")),
    Organisation("Совет Федерации", (r"\bСовет\w* Федерации", r"\bСовфед\w*")),
    Organisation("Правительство России", (rf"\b[Пп]равительств\w* {_STATE}",)),
    Organisation(
        "Европарламент",
        (
            r"\bЕвропарламент\w*",
            r"(?<![\w-])ЕП(?![\w-])",
            r"\bЕвропейск\w+ [Пп]арламент(?:а|у|ом|е)?\b",
        ),
    ),
    Organisation("Генштаб", (r"\bГенштаб\w*(?: ВС РФ| ВС России)?",)),
    Organisation("Верховная Рада", (r"\bВерховн\w+ Рад\w*",)),
    Organisation("Бундестаг", (r"\bБундестаг\w*",)),
    Organisation("", (r"\b(?:Газпром|Роскосмос|Росатом)\w*",)),
    # Russia's Investigative Committee by its full name, initials or «Следком» (never a bare
    # «СК»: a sports club, a construction firm), and the World Health Organization by its full
    # name, in any case.
    Organisation(
        "СК России",
        (
            r"\b[Сс]ледственн\w+ комитет\w* (?:России|РФ)\b",
            r"\bСК России\b",
            r"\bСК РФ\b",
            # «Следком», «Следкома России»: never followed by another capitalised word, which
            # may be another state's («Следкома Армении», «Следкоме Беларуси», «Следком ДНР»)
            r"(?<![\w-])Следком(?:а|у|ом|е)?(?: России| РФ)?(?![\w-])(?![ \t]+[A-ZА-ЯЁ])",
        ),
    ),
    Organisation("ВОЗ", (r"\bВсемирн\w+ организаци\w+ здравоохранения\b",)),
    # The UN's agencies (UN_AGENCIES), before ООН itself: «Детский фонд ООН (ЮНИСЕФ) заявил»
    # is the fund speaking, never the UN its name holds.
    *(
        Organisation(
            short,
            (rf"\b(?:{full})(?:[ \t]+\((?:{abbr})\))?(?![\w-])", rf"(?<![\w-])(?:{abbr})(?![\w-])"),
        )
        for short, full, abbr in UN_AGENCIES
    ),
    Organisation("МЭА", (r"\bМеждународн\w+ энергетическ\w+ агентств\w*", r"\bМЭА\b")),
    Organisation("Африканский союз", (r"\bАфриканск\w+ союз\w*", r"\bАфросоюз\w*")),
    Organisation("", (r"\b(?:" + "|".join(INTERNATIONAL_BODIES) + r")\b",)),
    # A police unit for one city or region by its fused abbreviation («УМВД России по Казани»,
    # «ГУМВД по Приморскому краю», «ОМВД России по Тверскому району»): a body of its own, named
    # as written, as «Управление МВД России по …» is (REGIONAL_UNIT).
    Organisation("", (rf"(?<![\w-])(?:ГУ|У|О)МВД(?: России| РФ)?{REGION_AFTER}",)),
    # Companies that speak for themselves ("заявили в WhatsApp"); never the platforms people
    # post on ("в своём Telegram-канале"), which are where, not who.
    Organisation(
        "",
        (r"\b(?:WhatsApp|Google|Apple|Microsoft|Huawei|OpenAI)\b",),
    ),
)
# The head nouns of an embassy (stems), named in full («Посольство России в Токио») or referred
# back to («в посольстве», «публикации дипмиссии»), and the names of a state after them that
# stand for one country («посольство РФ» is the «Посольство России в …» the text named).
EMBASSY_HEADS = (
    r"[Пп]осольств",
    r"[Дд]ипмисси",
    r"[Дд]иппредставительств",
    r"[Дд]ипломатическ\w* мисси",
)
# The ambassador in the cases a title names him in («Посол РФ в США», «посла России»), one
# form for every rule that reads it (bot/content/embassies.py, bot/content/wording.py); never
# «после» («after»), save after a country's adjective.
AMBASSADOR_FORMS = r"[Пп]ос(?:ол|ла|лу|лом)"
# «РФ» after one of these nouns (lemmas, lower-cased abbreviations) is its owner's genitive and
# becomes «России» in the summary (bot/content/wording.py `_rf_form`): posts, bodies, a ministry's
# name («министр финансов РФ», «МИД РФ») and what a state has («граждан РФ», «отношения РФ»).
# A closed table, not «any noun»: the case of «РФ» is its own role, and after a time or clause
# opener («в 2024 году РФ увеличила», «в ответ РФ выслала», «тем временем РФ направила») it is
# the subject. None of those openers may enter it (nor «сторона»: «со своей стороны РФ …»), nor
# another state's or union's abbreviation («в СБ ООН РФ заблокировала»).
RF_OWNER_HEADS = word_set(
    # posts
    "президент вице-президент премьер-министр премьер вице-премьер министр замминистра "
    "замглавы глава посол постпред зампостпред представитель полпред спецпредставитель "
    "генпрокурор прокурор уполномоченный омбудсмен спикер председатель секретарь "
    "советник помощник пресс-секретарь шерп дипломат атташе консул генконсул "
    # bodies
    "правительство посольство консульство генконсульство дипмиссия миссия "
    "представительство постпредство министерство ведомство минобороны минфин минэнерго "
    "минздрав минтранс минпромторг минсельхоз минэкономразвития минобрнауки минприроды "
    "минкультуры минспорт минюст минтруд минцифры минпросвещения минвостокразвития "
    "совбез совфед госдума дума парламент суд прокуратура генпрокуратура следком комитет "
    "служба спецслужба разведка генштаб центробанк сила "
    "мид мвд мчс фсб фсо фсин свр скр ск вс цб фас фнс фтс фмс рпц "
    # a ministry's or a council's name
    "дело оборона финансы безопасность энергетика хозяйство здравоохранение культура спорт "
    "торговля транспорт экология просвещение юстиция образование наука промышленность "
    "природа труд развитие политика федерация "
    # a deed of the state, its agent in the genitive («выхода РФ из Совета Европы»); never «ответ»,
    # «итог», «результат» («в ответ РФ выслала»), nor an event that sets the scene («на встрече,
    # саммите, переговорах, собрании РФ предложила»)
    "выход вступление введение нападение вторжение сдерживание усилие готовность "
    "взаимодействие поддержка присоединение вмешательство "
    # what a state has
    "гражданин граждане гражданство территория конституция граница отношение интерес "
    "участие делегация контакт конфликт руководство власть лидер экономика бюджет субъект "
    "регион народ сектор объект"
)
# The country's form after a preposition, by the case it governs (bot/content/wording.py
# `_rf_form`: «с РФ» → «с Россией»); «на» and «за» govern two («санкции на РФ» is «на Россию»,
# «на РФ» of a place «на России»), so they stay out and «РФ» stays as written after them.
RF_AFTER_PREPOSITION = {
    **dict.fromkeys(
        word_set("в во о об обо при к ко по из у для от против без до после вокруг из-за"),
        "России",
    ),
    **dict.fromkeys(word_set("с со между над под перед"), "Россией"),
    **dict.fromkeys(word_set("про через"), "Россию"),
}
# How a text writes one of a few states after «посольство» or a ministry, to the genitive its
# embassy is matched by (bot/content/embassies.py) and its ministry named with
# (bot/content/entities.py): apart from COUNTRY_ABBREVIATIONS, which names a
# country by its abbreviation only, in the nominative.
STATE_NAMES = {
    "РФ": "России",
    "России": "России",
    "Российской Федерации": "России",
    "США": "США",
    "Соединенных Штатов": "США",
    "Соединённых Штатов": "США",
    "Соединенных Штатов Америки": "США",
    "Соединённых Штатов Америки": "США",
    # one state by its other names: «МИД Северной Кореи» is «МИД КНДР»
    "Северной Кореи": "КНДР",
    "Корейской Народно-Демократической Республики": "КНДР",
    "КНДР": "КНДР",
}
# Ministries every state has, by their short name and the forms a text names them with,
# a country after them or not: "МИД Китая", "Минобороны Израиля"; alone («МИД»,
# «внешнеполитическое ведомство», «министерство обороны») the subject ministry's, the one the
# text names, else Russia's, as the journal writes it (bot/content/entities.py).
MINISTRIES: tuple[tuple[str, str], ...] = (
    (
        "МИД",
        r"\bМИД(?:а|е|ом|у)?\b|\b[Мм]инистерств\w* иностранных дел|\b[Вв]нешнеполитическ\w*"
        r" ведомств\w*",
    ),
    ("Минобороны", r"\bМиноб?о?роны\b|\b[Мм]инистерств\w* обороны|\b[Оо]боронн\w+ ведомств\w*"),
    ("МВД", r"\bМВД\b|\b[Мм]инистерств\w* внутренних дел"),
    ("Минфин", r"\bМинфин\w*|\b[Мм]инистерств\w* финансов"),
    ("Минюст", r"\bМинюст\w*|\b[Мм]инистерств\w* юстиции"),
    ("Минздрав", r"\bМинздрав\w*|\b[Мм]инистерств\w* здравоохранения"),
    ("Минэнерго", r"\bМинэнерго\b|\b[Мм]инистерств\w* энергетики"),
)
# A ministry the MINISTRIES table lacks, named by its head and what it is of, then the state
# it serves («Министерство коммерции КНР», «министерства территориального управления и
# децентрализации Мали»: bot/content/entities.py `_state_ministries`): one of that state's
# bodies, named as the text names it. The head's singular forms, how many words its subject
# runs to, and the parts of speech (of a word's likeliest reading) that end the subject: a
# verb or an adverb says the words after the head are no part of its name («Министерство
# заявило США протест»).
MINISTRY_HEAD = r"[Мм]инистерств(?:о|а|у|ом|е)"
MINISTRY_SUBJECT_WORDS = 6
NOT_MINISTRY_SUBJECT_POS = frozenset(
    {"VERB", "INFN", "GRND", "PRTS", "ADJS", "ADVB", "NPRO", "PRCL", "PRED", "NUMR"}
)
# What each MINISTRIES row's ministry is of, as a minister's title spells it out
# («Министр иностранных дел Израиля Гидеон Саар», «министра обороны Турции»): such a title
# names that country's ministry for a bare «МИД» after it (bot/content/entities.py
# `_minister_titles`). A row without one here is named by its minister's title nowhere.
MINISTRY_SUBJECTS: dict[str, str] = {
    "МИД": "иностранных дел",
    "Минобороны": "обороны",
    "МВД": "внутренних дел",
    "Минфин": "финансов",
    "Минюст": "юстиции",
    "Минздрав": "здравоохранения",
    "Минэнерго": "энергетики",
}
MINISTER_TITLES = tuple(
    (
        short,
        re.compile(
            rf"(?<![\w-])[Мм]инистр\w*[ \t]+(?P<subject>{subject})(?: (?P<country>[А-ЯЁ][\w-]*))?"
        ),
    )
    for short, subject in MINISTRY_SUBJECTS.items()
)
# A country after a ministry read as a phrase of its own (bot/content/entities.py
# `country_phrase`), not one word: the nouns a state's long name is headed by («МИД Республики
# Корея», «Объединенных Арабских Эмиратов», «Королевства Бахрейн»), in any case, and how the
# two-part names of states go on after their first part («Боснии и Герцеговины», «Сан-Томе и
# Принсипи», «Папуа — Новой Гвинеи»): «МИД России и Китая» names two ministries, so a part
# joined by «и» or a dash is the same state's only when it is one of these second parts.
STATE_HEAD_NOUNS = word_set(
    "республика королевство федерация эмират штат остров султанат княжество содружество"
    " государство союз"
)
COMPOUND_STATE_PARTS = (
    r"и Герцеговин\w*",
    r"и Принсипи",
    r"и Тобаго",
    r"и Барбуд\w*",
    r"и Невис\w*",
    r"и Гренадин\w*",
    r"и Кайкос\w*",
    r"и Футун\w*",
    r"[—–-] Нов\w+ Гвине\w+",
)
# Bodies every state has that the table names bare for Russia's («Генштаб», «ЦБ»): a foreign
# nationality adjective before one («украинского Генштаба», «Турецкий ЦБ») makes it another
# state's, which the table does not name — nobody known, never Russia's (bot/content/entities.py).
NATIONAL_DEFAULT_BODIES = frozenset({"Генштаб", "Банк России"})
# A state's ministry known by a name of its own, for the name a nationality adjective before a
# bare ministry builds («американского внешнеполитического ведомства»: bot/content/entities.py).
MINISTRIES_OF_STATES = {"МИД США": "Госдепартамент США"}
BARE_MINISTRIES = tuple(
    (short, re.compile(rf"(?:{forms})(?: (?P<country>[А-ЯЁ][\w-]*))?"))
    for short, forms in MINISTRIES
)


def ministry_literals() -> tuple[tuple[str, ...], ...]:
    """The letter runs of each MINISTRIES row (lower-cased), in its order: a text holding
    none of a row's runs cannot name that ministry and is not scanned for it."""
    return tuple(literals(forms) for _, forms in MINISTRIES)


# The office that speaks for a head of state or government, named as the text names it:
# «аппарат президента Турции», «канцелярия турецкого лидера», «Офис президента Украины»,
# «Управление коммуникации Турции». Its head nouns (stems) and the leaders it serves
# (genitive); a country after them is part of the name (bot/content/entities.py). The press
# office («пресс-служба казахстанского лидера») also serves a country alone (COUNTRY_OFFICES).
PRESS_OFFICE = r"[Пп]ресс-служб"
LEADER_OFFICE_HEADS = (
    PRESS_OFFICE,
    r"[Аа]ппарат",
    r"[Аа]дминистраци",
    r"[Кк]анцеляри",
    r"[Оо]фис",
    r"[Сс]екретариат",
)
LEADER_GENITIVES = (
    "президента",
    "премьер-министра",
    "премьера",
    "лидера",
    "канцлера",
    "главы государства",
    "главы правительства",
    "генсека",
    "генерального секретаря",
    # a region's or a city's head: «пресс-служба главы региона», «пресс-служба мэра Москвы»
    "губернатора",
    "мэра",
    "главы региона",
    "главы республики",
    "главы города",
)
# Heads named only by the place they head («пресс-служба главы Башкирии», «аппарат главы
# Чечни», «администрация главы Якутии»): an office of one only with that place after it, never
# bare («пресс-службы главы» may serve any head) nor with a person («главы Рамзана …»).
PLACE_LEADER_GENITIVES = ("главы",)
# The bodies an office may serve together with its leader («пресс-служба губернатора и
# правительства региона»): stems; such a joint office is named by no leader's office.
JOINT_OFFICE_BODIES = (r"правительств", r"администраци", r"аппарат")
# «Управление коммуникации Турции»: an office whose own name says it speaks, a country after.
COMMUNICATION_OFFICES = (
    r"[Уу]правлени\w* (?:по )?коммуникаци\w*",
    r"[Дд]иректорат\w* коммуникаци\w*",
)
# A state's security council («Высший совет нацбезопасности Ирана», «Совет национальной
# безопасности США», «СНБО Украины»): a body of that state, a country after it or not, read as
# the offices above are.
SECURITY_COUNCILS = (
    r"(?:[Вв]ысш\w+ )?[Сс]овет\w* (?:национальной |нац)безопасности(?: и обороны)?"
    r"(?: \(СНБО\))?",
)
# Bodies named by the state or region they serve, as the text names them (bot/content/
# place_bodies.py): «правительства Приамурья» → «Правительство Приамурья», «Командование армии
# Сирии», «областного правительства» → «Областное правительство», «армия Судана», «краевой
# администрации» → «краевая администрация». Their head nouns (a stem and its endings: a stem
# alone would read a woman's name «Мэри Барра», «Мэрилин» as «мэрия»),
# the branch a command may name before its country, the adjectives that make a bare head one
# body, and the words that name a region in view. A capitalised word after the head is the
# body's only when it names a place, never a person («правительства Биньямина Нетаниягу»).
PLACE_BODY_HEADS = (
    r"[Пп]равительств\w*",
    r"[Кк]омандовани\w*",
    r"[Аа]рми\w*",
    r"[Аа]дминистраци\w*",
    r"[Пп]рокуратур\w*",
    r"[Мм]эри(?:я|и|ю|ей|й|ям|ями|ях)(?![\w-])",
)
# Heads that name one body alone, no place nor adjective needed: a city hall is always its
# city's («отметили в пресс-службе мэрии» → «мэрия»), unlike an administration (a president's,
# a district's) or a government; the fullest name the text gave it before stands for it.
BARE_PLACE_BODIES = word_set("мэрия")
# Bodies whose bare name is always the one the text named in full before («в мэрии Казани …
# в мэрии», «объединенная пресс-служба судов Петербурга … объединенная пресс-служба судов»):
# the bare mention takes that fullest name (bot/content/entities.py `_fullest_earlier`). Not
# an office or a federal body, whose bare name may be another one's (Russia's own «администрация
# президента», the federal «МЧС России» after its regional branch). Names, lower case.
BACK_REFERRED_BODIES = frozenset({"мэрия", "объединенная пресс-служба судов"})
PLACE_BODY_BRANCHES = (
    "армии",
    "вооруженных сил",
    "вооружённых сил",
    "ВС",
    "ВМС",
    "ВВС",
    "ВМФ",
    "сухопутных войск",
)
# A state's body named by a nationality adjective before its head («британского
# правительства», «израильской армии», «сирийского командования»): that country's body, named
# as «правительство Великобритании» is, so both forms are one speaker. The heads by their
# normal form, read in the singular only; Russia's own adjective is not read here.
NATION_BODY_HEADS = frozenset({"правительство", "армия", "командование"})
# What after such a head makes it another body than the state's own: a government or army
# away from its country («белорусского правительства в изгнании») is the opposition's.
NATION_BODY_ELSEWHERE = ("в изгнании", "в эмиграции")
# What may follow such a head at its noun group's end (a part of speech one reading of the
# next word has): a verb, a predicate («армия готова»), a preposition, a conjunction, a
# particle, an adverb or a pronoun. Any other word — a genitive complement («британской армии
# спасения»), an adjective after it — makes a longer name of another body.
NATION_BODY_NEXT_POS = frozenset(
    {"VERB", "INFN", "GRND", "PRTS", "ADJS", "PRED", "PREP", "CONJ", "PRCL", "ADVB", "NPRO"}
)
PLACE_BODY_ADJECTIVES = (
    r"[Оо]бластн",
    r"[Кк]раев",
    r"[Рр]егиональн",
    r"[Рр]еспубликанск",
    r"[Гг]ородск",
    r"[Рр]айонн",
)
REGION_REFERENCES = ("региона", "области", "края", "округа")
# A court named by its kind and the place it serves (bot/content/place_bodies.py
# `find_courts`): «Челябинский областной суд», «Таганского районного суда Москвы»,
# «Арбитражный суд Москвы», «Басманный суд». The kinds (stems) that make «суд» one court, the
# forms of the head in the singular, and what after the head makes a longer name of another
# court («Европейский суд по правам человека», «Международный суд ООН»).
COURT_KINDS = (
    r"[Рр]айонн",
    r"[Гг]ородск",
    r"[Оо]бластн",
    r"[Кк]раев",
    r"[Оо]кружн",
    r"[Гг]арнизонн",
    r"[Вв]оенн",
    r"[Аа]рбитражн",
    r"[Мм]ежрайонн",
    r"[Аа]пелляционн",
    r"[Кк]ассационн",
    r"[Вв]ерховн",
    r"[Кк]онституционн",
    r"[Мм]иров",
)
COURT_HEAD = r"[Сс]уд(?:а|у|ом|е)?"
# The singular endings of a court's kind or its place's adjective before the head: a plural
# one is no court's («военные суда» are warships, the plural of «судно»).
COURT_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ого", "ому", "им", "ым", "ом")
# A court is the speaker only where the text gives it a voice (bot/content/place_bodies.py
# `_court_speaks`): named in the nominative, after «в» right after a verb («— сообщили в
# Мещанском районном суде»), or in the genitive after a noun it speaks through («в
# пресс-службе», «в решении», «на сайте … суда»). The place or the occasion of another's
# words («заявил подсудимый в Тверском суде», «в зале Басманного суда», «после решения
# Таганского суда») names who speaks no more than the court's other cases do («перед
# судом», «суду»). The nouns by their normal form; the prepositions that make even such a
# noun the occasion («после решения суда»).
COURT_VOICES = word_set(
    "пресс-служба пресс-секретарь представитель сообщение заявление решение постановление"
    " определение приговор сайт канцелярия телеграм-канал пресс-релиз релиз разъяснение"
    " ответ"
)
COURT_OCCASIONS = word_set("после до из-за вслед против у возле около вопреки ввиду")
COURT_COMPLEMENTS = ("по", "ООН", "справедливости", "при", "для", "над")
# A region below a federal subject named by its adjective and its noun («администрации
# Тутаевского района», «прокуратуры Одинцовского городского округа»), and the nouns of a
# settlement named after them («администрации города Калуги», «мэрии поселка Энергетик»): a
# local body is named by its place as a region's is; the noun alone («в прокуратуре района»,
# «администрации поселка») names no place, so no body.
REGION_KIND_NOUNS = ("области", "края", "округа", "республики", "района")
LOCAL_PLACE_NOUNS = ("города", "поселка", "посёлка", "села", "станицы", "деревни")
# An office named by the country it serves alone («пресс-служба Киргизии»): a body of its own
# only with the country after it; without one it is a unit of the body beside it (ORG_UNITS).
COUNTRY_OFFICES = (rf"{PRESS_OFFICE}\w*",)
# A ministry named by what it is to the country in view («МИД республики», «министерство
# иностранных дел страны»): a foreign one, the one the text names (bot/content/entities.py).
COUNTRY_REFERENCES = ("республики", "страны", "королевства", "государства")
# A head's territory right after «глава» («глава региона», «глава республики», «глава
# города»): the head of a territory, whom a post serving under him (OFFICES_UNDER_A_HEAD:
# «и.о. министра сельского хозяйства региона Владимир Ситников») never names, though
# «министр» and «глава» are one post in SAME_ROLE_GROUPS (the head of a ministry).
TERRITORY_REFERENCES = frozenset(
    (*REGION_REFERENCES, *COUNTRY_REFERENCES, "города", "района", "муниципалитета")
)
OFFICES_UNDER_A_HEAD = word_set("министр дипломат госсекретарь")
# Arabic articles a text glues to the next word of a foreign name by a hyphen («Ахмед
# аль-Джабер», «ас-Сиси»): read by the name finder (persons.py) and the speaker gate.
GLUED_ARTICLES = (
    "аль", "эль", "ад", "ас", "аш", "аз", "ан", "ар", "ат",
    "эд", "эс", "эш", "эз", "эн", "эр", "эт",
)  # fmt: skip
# Lower-case particles inside foreign names («Урсула фон дер Ляйен», «Мухаммед бин Салман»,
# «Луис Инасиу Лула да Силва», «Шарль де Голль»): part of the name as written, between its
# capitalised words (persons.py, the speaker gate).
# A foreign surname in these vowels does not decline («Гросси», «Чавушоглу», «Конте»): its
# written form is its nominative whatever the case around it.
UNDECLINED_ENDINGS = ("и", "о", "у", "э", "е")
# Where a surname's form is set against the endings of its case or may stand in any case
# (persons `_undeclined_surname`, `_foreign_form`), «-ю» counts too; where the written form
# alone must be the nominative it does not, being also the dative of a name in «-ь» («Гоголю»).
FOREIGN_VOWEL_ENDINGS = (*UNDECLINED_ENDINGS, "ю")
# The foreign endings no oblique form of a man's name takes beside a first name that never
# declines («Али Хаменеи», «Марко Рубио»); «-у», «-е» are also a dative's and a locative's
# («Энтони Блинкену», «о Франсуа Олланде»), so they are left to the case rules.
FOREIGN_ONLY_ENDINGS = ("и", "о", "э")
# A word the dictionary only guesses at, right after a singular speech verb, is a name in a
# vowel no Russian noun's dative or genitive ends in for a man (name_slots `_guessed_only`):
# FOREIGN_ONLY_ENDINGS and also «-е» («Рютте», guessed as a locative, which needs a
# preposition a verb's subject has not); never «-у», «-ю» («Боррелю»: the verb's object).
GUESSED_NAME_ENDINGS = (*FOREIGN_ONLY_ENDINGS, "е")
# A man's surname in «-и» beside his first name in these cases is the oblique form of one in
# «-я»/«-а» that declines as a woman's noun, not a foreign one that never declines, when it
# ends so (persons `_declined_in_i`): «Имада Мугнии» (Мугния), «Андрея Сибиги» (Сибига),
# «Даниэля Ортеги», «Василия Небензи» (Небензя). Counted over the labelled sets' gold
# speakers and every such pair in their texts: each of these endings only ever stood for a
# declined surname there, while «-си», «-ли», «-ди», «-ти», «-ри», «-ни», «-ки», «-чи» stood
# for undeclined ones more often («Рафаэля Гросси», «Джона Керри», «Аббаса Аракчи»).
DECLINED_IN_I = (
    ("ии", "ия", frozenset({"gent", "datv", "loct"})),
    ("ги", "га", frozenset({"gent"})),
    # «нзи», not «зи»: the nisba «-ази/-изи/-язи» (Ширази, Тебризи, Хиджази, Ниязи) never declines
    ("нзи", "нзя", frozenset({"gent"})),
)
NAME_PARTICLES = (
    "фон", "дер", "де", "ван", "ди", "да", "ла", "ле", "дю", "ду", "дос", "дас",
    "бин", "бен", "ибн", "аль", "эль",
)  # fmt: skip
# Those that may open a surname the text gives alone («по словам фон дер Ляйен», «бин
# Салмана»): none is a Russian word, unlike «да», «ла» or «ду», so a capitalised word after
# one is that person's surname (persons.py).
# An Arabic name's chain (bot/content/arabic_names.py): the words that link a given name to
# the father's («бен», «бин», «ибн»: «Мухаммед бен Заид»), the prefixes a given name opens
# with as a word of its own that never declines («Абдель Рахмана», «Абу Бакра»), and the
# family's article, capitalised before the family name («Аль Нахайян») or glued by a
# hyphen («аль-Ансари», «Аль-Кавари»).
ARABIC_LINKS = ("бен", "бин", "ибн")
ARABIC_NAME_PREFIXES = ("Абдель", "Абдул", "Абдуль", "Абд", "Абу")
ARABIC_FAMILY_ARTICLES = ("Аль", "Эль")
SURNAME_OPENING_PARTICLES = ("фон", "ван", "де", "дер", "дю", "бин", "бен", "ибн")
# The heads a CamelCase surname opens with («МакКарти», «МакГурк», «ДеСантис», «ЛеПен»,
# «ДиМарко», «ФонБраун»): the only capitals inside a word that leave it one name word; a
# company's CamelCase name («ФосАгро», «ЯндексЕды», «СберМаркета») before its head's name
# is no part of that name (persons.py `_CAP_WORD`).
CAMEL_SURNAME_HEADS = (
    "Мак",
    "Мк",
    "Мок",
    "Де",
    "Ди",
    "Ле",
    "Ла",
    "Дель",
    "Ван",
    "Фон",
    "Дю",
    "Фиц",
)
# The Turkic patronymic words that end a name in lower case («Полад Бюльбюль оглы», «Айтен
# Мустафа кызы», Kyrgyz «Эрлан Абдылда уулу», Kazakh «улы») and the Tuvan «-оол» («son»)
# a surname ends with after a hyphen («Шолбан Кара-оол»): part of the name as written,
# after a space or a hyphen (persons.py, the speaker gate). None is a Russian word.
NAME_ENDING_PARTICLES = ("оглы", "кызы", "уулу", "улы", "оол")
# The generation a name ends with: «Фердинанд Маркос-младший», «Маркоса-младшего», each whole
# form of the man's adjective → its nominative. Part of the name, written after a hyphen
# (persons `_generation_names`): the son is another person than the father the text may name
# beside him («Дональд Трамп-младший» is no «Дональд Трамп»). Whole forms only: «старшина»,
# «старшеклассник», «старшая» (a woman, a sister compared) are no generation.
GENERATION_WORDS = {
    f"{stem}{ending}": f"{stem}ий"
    for stem in ("младш", "старш")
    for ending in ("ий", "его", "ему", "им", "ем")
}
# The endings of a patronymic as a regex fragment, after «[А-ЯЁ][а-яё]+», for the patterns
# that find a name and patronymic in running text (an address «Сергей Алексеевич, …», a name
# «Дмитрий Сергеевич Песков»; interview.py, interviewee.py). A word already cut out is tested by
# morph.patronymic (the dictionary) instead; the two are kept apart because the dictionary reads
# some words differently and these patterns must stay what they are.
PATRONYMIC_ENDINGS = r"(?:вич|вна|ична|инична|ич)"
# Family names of Korea, China and Vietnam as Russian writes them, the first word of the name
# («Пак Кын Хе», «Ким Чен Ын», «Нгуен Фу Чонг»): the syllables after one are the given name,
# kept in order and whole, never read as Russian words (persons.py). Words a sentence may
# open with before such a name («До», «Со», «О», «У», «Ле» of «Марин Ле Пен») are left out;
# «Во» stays («Во Ван Тхыонг»): «Во время», «Во Вьетнаме» are followed by no syllables.
EAST_ASIAN_SURNAMES = word_set(
    # Korean
    "Ким Ли Пак Чон Чхве Цой Чой Юн Мун Кан Чо Хан Ю Ри Пан Нам Син Квон Сон Пэ Пэк Лим Чан Хван"
    " Чхон"
    # Chinese
    " Ван Си Мао Ху Чжан Лю Чэнь Чжао Хуан Чжоу Сюй Сунь Чжу Гао Линь Чжэн Лян Тан Хань Дэн"
    " Цзян Вэнь"
    # Vietnamese
    " Нгуен Фам Хоанг Фан Ву Во Данг Буй Нго Зыонг"
)
# Family names of China and Korea written as one letter («старший полковник У Цянь», «посол
# Кореи У Юн Гын»). Russian «у» is a preposition, so only a capital «У» inside a sentence (after
# a word or a comma, never after a stop, a dash or a quotation mark) opens such a name, and only
# before a given name of Chinese or Korean syllables (persons.py `one_letter_family_names`).
ONE_LETTER_FAMILY_NAMES = word_set("У")
# One syllable of a Chinese given name as the Russian (Palladius) spelling writes it: an
# optional initial and a final («Цянь» = ц+янь, «Лицзянь» = л+и цз+янь, «Биньхуа» = б+инь
# х+уа). A given name is one to three of them, written as one word; «р» opens none, nor does a
# consonant cluster, so «Москвы», «Индии», «Тегерана» are none (persons.py `_chinese_given`).
CHINESE_INITIALS = word_set("цз чж б п м ф д т н л г к х ц с ч ш ж в")
CHINESE_FINALS = word_set(
    "уань юань уай уан унь юнь юэ юй уй уа уо юн янь ян яо ань ан ай ао энь эн эй эр"
    " инь ин оу ун я е ю и у а о э ы"
)
# Nouns of a country's parts a title names before its holder, the part's own name in the
# nominative between («губернатор провинции Хэйлунцзян Ху Чаншэн», «штата Техас», «префектуры
# Окинава»): that name is the title's, never the person's first name (persons `_place_name`).
# Not «республики», «страны»: «президент республики Никол Пашинян» names the person next.
PLACE_NOUNS = word_set(
    "провинции провинция штата штат префектуры префектура уезда уезд графства графство"
    " кантона кантон округа округ района район города город региона регион края край"
    " департамента департамент области область"
)
# Nouns of a Russian region an adjective in «-ский» may open («в Уральском федеральном
# округе», «Краснодарского края»): a lower-case «уральский полпред» is then the region's, no
# nationality (bot/content/_speakers/nations.py `regional`); «Корейском полуострове»,
# «Африканского союза» name none. Lemmas.
REGION_NOUNS = frozenset(REGION_NOUN_DATIVES)
# The prepositions of a post a title may hold between its head and a name («Посол Пакистана в
# России …», «постпред при ООН», «полпред по Уральскому округу»; name_case.py `title_head`).
TITLE_PREPOSITIONS = word_set("в во при по")
# Nouns of sites a capitalised name follows as the site's own («авиабазы Кант», «космодрома
# Восточный», «аэропорта Внуково», «на реке Халхин-Гол», «острова Итуруп»): a lone surname
# there names the site, never a person (persons.py `_named_site`). Lemmas.
SITE_NOUNS = word_set(
    """авиабаза база аэропорт аэродром космодром порт станция вокзал полигон
    река озеро остров полуостров залив пролив мыс гора хребет"""
)
# Participles that are words of a state's or body's fixed name, never a clause of their own
# («Организации Объединенных Наций», «Объединенных Арабских Эмиратов», «Соединенных
# Штатов»): a role phrase holding one still names a post (bot/content/introduce.py `plain`).
# Stems, lower case, ё read as е.
NAME_PARTICIPLES = ("объединенн", "соединенн")
# The head nouns of states' formal names («в Российской Федерации», «Республике Корея»,
# «Соединенных Штатов», «Объединенных Арабских Эмиратах»), as stems: a title ending in one
# may run straight into its holder's name, and the noun is never the name's first word
# (bot/content/speaker_gate.py).
STATE_NAME_HEADS = ("федераци", "республик", "королевств", "штат", "эмират", "княжеств", "султанат")
# Media outlets by name, one definition for the whole analysis: they relay the words of
# others and speak only when nobody else does (speakers, sources, tags), and their stamps and
# closing attributions are no news (bot/content/bylines.py). Regex fragments, one a row.
OUTLETS: tuple[str, ...] = (
    r"ИТАР-ТАСС",
    r"ТАСС",
    r"РИА\s+[«\"]?Новости[»\"]?",  # «РИА «Новости»» too
    r"Интерфакс\w*",
    r"ИА\s+[А-ЯЁA-Z][\w-]+",  # «ИА Регнум», «ИА Красная Весна»'s head
    r"RT",
    r"Sputnik",
    r"РБК",
    r"НСН",
    r"Газета\.Ru",
    r"Лента\.ру",
    r"URA\.RU",
    r"РЕН\s+ТВ",
    r"Известия\w*|Известий",  # «в беседе с «Известиями»»
    r"Коммерсант\w*",
    r"Ведомост\w+",
    r"Фонтанк\w+",
    r"Reuters",
    r"Bloomberg",
    r"CNN",
    r"BBC",
    r"AFP",
    r"Associated Press",
    r"The New York Times",
    r"The Washington Post",
    r"Financial Times",
    r"Politico",
    r"Axios",
    r"CBS",
    r"NBC",
    r"ABC",
    r"Fox News",
    r"Le Monde",
    r"Der Spiegel",
    r"Bild",
    # foreign news agencies and papers as Russian texts name them («сообщает «Анадолу»»,
    # «по данным агентства Синьхуа», «передает «Тасним»», «со ссылкой на Би-би-си»)
    r"Синьхуа",
    r"Анадолу",
    r"Тасним\w*",
    r"ИРНА",
    r"Кёдо|Киодо",
    r"Йонхап|Рёнхап",
    r"ЦТАК",
    r"Рейтер\w*",
    r"Франс[ -]Пресс",
    r"Би-би-си",
    r"Си-эн-эн",
    r"Аль-Джазир\w*",
    r"БелТА",
    r"Арменпресс\w*",
    r"Казинформ\w*",
    r"Укринформ\w*",
    r"УНИАН",
    r"Xinhua",
    r"Anadolu",
    r"Tasnim",
    r"Kyodo",
    r"Yonhap",
    r"Al[ -]Jazeera",
    r"Wall Street Journal",
    r"The Guardian|Guardian",
    r"The Times(?! of)",
    r"Newsweek",
    r"Deutsche Welle",
    r"Sky News",
    r"Euronews",
)
OUTLET = "(?:" + "|".join(OUTLETS) + ")"
# An interviewer's request in other words than a question or an imperative
# (bot/content/interview.py `asks_or_requests`): «Хотелось бы услышать ваш комментарий.». Regex
# fragments, one a row.
# Imperatives that greet («Здравствуйте!»): an interview's hello, answered or answering in turn,
# never a request the interviewer makes (bot/content/interview.py). Lower-cased.
GREETING_IMPERATIVES = frozenset({"здравствуйте", "здравствуй"})
REQUESTS: tuple[str, ...] = (
    r"хотелось бы",
    r"хотим (?:узнать|услышать|спросить)",
    r"прошу",
    r"просим",
)
# "РБК-ТВ" is a channel of its own: an outlet's name joined by a hyphen is no match of it.
MEDIA = re.compile(rf"\b{OUTLET}\b(?!-\w)")
# Canonical outlet names where the match is inflected ("Интерфаксу" → "Интерфакс") or spelt
# another way: an agency a text names in Latin letters or an older transcription is the one
# Russian texts name (one agency, one speaker: «Xinhua» and «Синьхуа» are one source).
MEDIA_CANONICAL = {
    "Интерфакс": "Интерфакс",
    "Коммерсант": "Коммерсантъ",
    "Ведомост": "Ведомости",
    "Извести": "Известия",
    "РИА": "РИА Новости",
    "Тасним": "Тасним",
    "Рейтер": "Рейтер",
    "Аль-Джазир": "Аль-Джазира",
    "Арменпресс": "Арменпресс",
    "Казинформ": "Казинформ",
    "Укринформ": "Укринформ",
    "Xinhua": "Синьхуа",
    "Anadolu": "Анадолу",
    "Tasnim": "Тасним",
    "Kyodo": "Кёдо",
    "Киодо": "Кёдо",
    "Yonhap": "Йонхап",
    "Рёнхап": "Йонхап",
    "Al Jazeera": "Аль-Джазира",
    "Al-Jazeera": "Аль-Джазира",
    "The Guardian": "The Guardian",
    "Guardian": "The Guardian",
}


def media_name(matched: str) -> str:
    for prefix, name in MEDIA_CANONICAL.items():
        if matched.startswith(prefix):
            return name
    return matched


@cache
def organisations() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """Every alias pattern compiled once, with its canonical name, in priority order, and
    its literal letter runs: every branch of an alias holds one, so a text holding none of
    them (lower-cased) cannot match and is not scanned (40 regex scans cost milliseconds)."""
    return tuple(
        (re.compile(alias), org.canonical, literals(alias))
        for org in ORGANISATIONS
        for alias in org.aliases
    )


def literals(alias: str) -> tuple[str, ...]:
    """Lower-cased strings every match of the regex `alias` holds one of: a text holding none
    (lower-cased) cannot match it and need not be scanned. The fewest and longest the regex's
    structure gives (`_needed`: «\\bМИД\\w* (?:России|РФ)» needs «мид», never «россии», which
    nearly every text holds); else its letter runs (3+ letters; a two-capital abbreviation
    when the regex holds no longer run), every branch of an alias holding one."""
    needed = _needed(_parsed(alias))
    if needed:
        return tuple(sorted(needed))
    plain = re.sub(r"\\\w|\[[^\]]*\]|\{[^}]*\}", " ", alias)
    runs = re.findall(r"[А-ЯЁа-яёA-Za-z]{3,}", plain) or re.findall(r"[А-ЯЁA-Z]{2}", plain)
    return tuple({run.lower() for run in runs})  # «ЕП», an abbreviation of two letters


@cache
def _sre() -> Any:
    """The standard library's regex parser (what `re` compiles from), with its constants."""
    with warnings.catch_warnings():  # deprecated as a module name, not as a parser
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_parse

    return sre_parse


def media_literals() -> tuple[str, ...]:
    """`literals` of MEDIA: a text holding none names no outlet."""
    return literals(MEDIA.pattern)


def _parsed(alias: str) -> Any:
    return _sre().parse(alias)


_MIN_NEEDED = 2  # shorter strings («в», «и») are in every text: no test at all


def _needed(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` holds: the best such set of
    its parts that every match goes through (a literal run, a group, a branch each of whose
    alternatives needs one, a repeat taken at least once). None: no part says (a case-blind
    part, an optional one, a class). The best set has the longest shortest string."""
    c = _sre()
    if getattr(getattr(items, "state", None), "flags", 0) & c.SRE_FLAG_IGNORECASE:
        return None
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        letter = chr(av) if op is c.LITERAL else _one_letter(av) if op is c.IN else None
        if letter is not None:
            run.append(letter.lower())
            continue
        if len("".join(run).strip()) >= _MIN_NEEDED:
            best = _better(best, frozenset({"".join(run)}))
        run = []
        best = _better(best, _needed_by(op, av))
    return best


def _needed_by(op: Any, av: Any) -> frozenset[str] | None:
    """`_needed` of one part of a sequence that is no literal."""
    c = _sre()
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        return None if add_flags & c.SRE_FLAG_IGNORECASE else _needed(inner)
    if op is c.BRANCH:
        alternatives = [_needed(branch) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _needed(av[2])
    return None


def _one_letter(av: Any) -> str | None:
    """The letter a class of one letter's two cases stands for («[Мм]»), else None."""
    literal = _sre().LITERAL
    chars = [chr(v) for op, v in av if op is literal] if all(op is literal for op, _ in av) else []
    return chars[0] if len(chars) == 2 and chars[0].lower() == chars[1].lower() else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two sets: the longer shortest string, then the fewer strings."""
    if not b or any(len(x.strip()) < _MIN_NEEDED for x in b):
        return a
    if not a:
        return b
    return max(a, b, key=lambda s: (min(len(x) for x in s), -len(s)))


# --- countries by their adjective ----------------------------------------------------------------

# A country's adjective (its stem, any ending) and the country in the nominative and the
# genitive: one table for every rule that reads a nationality adjective. A summary names a
# foreign post by the country after it («армянский премьер-министр» → «премьер-министр
# Армении»; bot/content/wording.py `foreign_post`, COUNTRY_ADJECTIVES: Russia has its own rule
# there, `country_after`), a hashtag by the country (bot/content/tags.py).
RUSSIAN = "российск"
COUNTRIES_BY_ADJECTIVE: dict[str, tuple[str, str]] = {
    RUSSIAN: ("Россия", "России"),
    "американск": ("США", "США"),
    "британск": ("Великобритания", "Великобритании"),
    "армянск": ("Армения", "Армении"),
    "азербайджанск": ("Азербайджан", "Азербайджана"),
    "грузинск": ("Грузия", "Грузии"),
    "индийск": ("Индия", "Индии"),
    "китайск": ("Китай", "Китая"),
    "турецк": ("Турция", "Турции"),
    "французск": ("Франция", "Франции"),
    "немецк": ("Германия", "Германии"),
    "германск": ("Германия", "Германии"),
    "израильск": ("Израиль", "Израиля"),
    "иранск": ("Иран", "Ирана"),
    "украинск": ("Украина", "Украины"),
    "белорусск": ("Белоруссия", "Белоруссии"),
    "казахстанск": ("Казахстан", "Казахстана"),
    "японск": ("Япония", "Японии"),
    "польск": ("Польша", "Польши"),
    "сербск": ("Сербия", "Сербии"),
    "венгерск": ("Венгрия", "Венгрии"),
    "итальянск": ("Италия", "Италии"),
    "финск": ("Финляндия", "Финляндии"),
    "эстонск": ("Эстония", "Эстонии"),
    "латвийск": ("Латвия", "Латвии"),
    "литовск": ("Литва", "Литвы"),
    "сирийск": ("Сирия", "Сирии"),
    "египетск": ("Египет", "Египта"),
    "пакистанск": ("Пакистан", "Пакистана"),
    "южнокорейск": ("Южная Корея", "Южной Кореи"),
    "бразильск": ("Бразилия", "Бразилии"),
    "канадск": ("Канада", "Канады"),
    "австрийск": ("Австрия", "Австрии"),
    "молдавск": ("Молдавия", "Молдавии"),
    "киргизск": ("Киргизия", "Киргизии"),
    "узбекск": ("Узбекистан", "Узбекистана"),
    "таджикск": ("Таджикистан", "Таджикистана"),
    "афганск": ("Афганистан", "Афганистана"),
    "ливанск": ("Ливан", "Ливана"),
    "иракск": ("Ирак", "Ирака"),
    "катарск": ("Катар", "Катара"),
    "словацк": ("Словакия", "Словакии"),
    "чешск": ("Чехия", "Чехии"),
    "болгарск": ("Болгария", "Болгарии"),
    "румынск": ("Румыния", "Румынии"),
    "греческ": ("Греция", "Греции"),
    "шведск": ("Швеция", "Швеции"),
    "норвежск": ("Норвегия", "Норвегии"),
    "датск": ("Дания", "Дании"),
    "испанск": ("Испания", "Испании"),
    "мексиканск": ("Мексика", "Мексики"),
    "кубинск": ("Куба", "Кубы"),
    "венесуэльск": ("Венесуэла", "Венесуэлы"),
    "вьетнамск": ("Вьетнам", "Вьетнама"),
    "монгольск": ("Монголия", "Монголии"),
    "саудовск": ("Саудовская Аравия", "Саудовской Аравии"),
    "северокорейск": ("КНДР", "КНДР"),
    "южноафриканск": ("ЮАР", "ЮАР"),
    "эмиратск": ("ОАЭ", "ОАЭ"),
    "туркменск": ("Туркменистан", "Туркменистана"),
    "узбекистанск": ("Узбекистан", "Узбекистана"),
    "никарагуанск": ("Никарагуа", "Никарагуа"),
    "аргентинск": ("Аргентина", "Аргентины"),
    "чилийск": ("Чили", "Чили"),
    "колумбийск": ("Колумбия", "Колумбии"),
    "перуанск": ("Перу", "Перу"),
    "индонезийск": ("Индонезия", "Индонезии"),
    "малайзийск": ("Малайзия", "Малайзии"),
    "таиландск": ("Таиланд", "Таиланда"),
    "филиппинск": ("Филиппины", "Филиппин"),
    "лаосск": ("Лаос", "Лаоса"),
    "австралийск": ("Австралия", "Австралии"),
    "швейцарск": ("Швейцария", "Швейцарии"),
    "бельгийск": ("Бельгия", "Бельгии"),
    "нидерландск": ("Нидерланды", "Нидерландов"),
    "португальск": ("Португалия", "Португалии"),
    "ирландск": ("Ирландия", "Ирландии"),
    "хорватск": ("Хорватия", "Хорватии"),
    "суданск": ("Судан", "Судана"),
    "эфиопск": ("Эфиопия", "Эфиопии"),
    "нигерийск": ("Нигерия", "Нигерии"),
    "алжирск": ("Алжир", "Алжира"),
    "марокканск": ("Марокко", "Марокко"),
    "иорданск": ("Иордания", "Иордании"),
    "кувейтск": ("Кувейт", "Кувейта"),
    "йеменск": ("Йемен", "Йемена"),
    "ливийск": ("Ливия", "Ливии"),
}
COUNTRY_ADJECTIVES: dict[str, str] = {
    stem: genitive for stem, (_, genitive) in COUNTRIES_BY_ADJECTIVE.items() if stem != RUSSIAN
}


def country_of_adjective(adjective: str) -> str | None:
    """The genitive country a nationality adjective in any case names («индийского» →
    «Индии»), None for one the table lacks: the one reading of COUNTRY_ADJECTIVES, so the
    summary's posts and the ministries the speakers name never drift apart."""
    word = adjective.lower()
    stem = next((k for k in COUNTRY_ADJECTIVES if word.startswith(k)), None)
    return None if stem is None else COUNTRY_ADJECTIVES[stem]


# Abbreviations that name a country, and the country as a hashtag names it (bot/content/tags.py;
# bot/content/_speakers/nations.py reads the keys): a country written in full is read by its
# morphology instead. Apart from STATE_NAMES, which maps how a text writes one of two states
# after «посольство» (abbreviation or full name) to the genitive its embassy is matched by.
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "США": "США",
    "РФ": "Россия",
    "КНР": "Китай",
    "КНДР": "КНДР",
    "ФРГ": "Германия",
    "ОАЭ": "ОАЭ",
    "ЮАР": "ЮАР",
    "СССР": "СССР",
}
