"""The shortcuts taken for speed give what the slow path gives."""

import pytest
from razdel import tokenize
from spacy.tokens import Span

from pipeline.nlp.morph import inflect, lexeme_words, parse
from pipeline.nlp.tokenizer import adapt_razdel, razdel_tokens, razdel_tokens_slow, split_tokens


@pytest.mark.parametrize('text', [
    'а -б и в- г',                       # a dash joins across the space
    'счёт 5 .5 и 7, 8 и 1 /2',           # float and fraction rules look past the space
    'В 2020. Году ,5 и 3/4 доли',
    'слово, «Союз» (Дэниел) сказал: нет!',
    'yahoo! и Yahoo ! и :-) ;(( ...?!',
    'ΔP mβж Қасымұлы 5-й 1,5-2 млн',
    'under_score _x x_ и — тире – и - дефис',
    '',
    '   ',
    'по-русски\tи\nпо-казахски\u00a0—\u2028всё',
    'а-, и а- б, и снова а-, и а- в',    # `а-` cut alone inside `а-,`, with its neighbour as a run
    'дом, дом. дом -5 дом, -5',          # the same runs again, read from the cache
])
def test_razdel_tokens_are_razdel_s(text):
    assert razdel_tokens(text) == adapt_razdel(tokenize(text))


@pytest.mark.parametrize('text', [
    'а -б и в- г',                       # runs that need their neighbours, amid plain ones
    'счёт 5 .5 и 7, 8 и 1 /2 в 2020. году',
    'слово, «Союз» (Дэниел) сказал: нет! yahoo!',
    '  два  пробела,\tтабуляция\r\nи CRLF ',
    '\u00a0NBSP\u00a0и\u2028разделитель\n\n',
    'дом -5 дом, -5 дом -',              # a run of one mark that needs its neighbours at the end
    '-а начало и конец а-',
    'под_черк _x x_ и — тире – и - дефис',
    '',
    ' ',
    'слово',
])
def test_split_tokens_are_the_slow_path_s(text):
    """The run-by-run split (cached token texts per run) gives the tokens and spaces of razdel's
    tokens followed by their gaps."""
    assert split_tokens(text) == razdel_tokens_slow(text)
    assert split_tokens(text) == razdel_tokens_slow(text)  # again, from the caches


@pytest.mark.parametrize('text', [
    'Одно предложение.',
    '  начало с пробелов и  двумя пробелами ',
    'строка\r\nс CRLF\n\n\nи абзацем\t табуляция',
    '\ufeffметка порядка байтов, NBSP\u00a0и\u2028разделитель',
    'эмодзи 🙂 и Қазақстан, -5 .5 а- -б',
    ' ',
    '',
])
def test_doc_text_is_the_tokenised_text(segment, text):
    from pipeline.nlp.doc import doc_text

    doc = segment.make_doc(text)
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize('word, shares', [
    ('Караганда', True),        # a dictionary word, capitalised
    ('КАРАГАНДА', True),        # written in capitals
    ('Жумабекова', True),       # a surname pymorphy3 guesses by its ending
    ('Ёлкин', True),            # ё, which pymorphy3 may read as е
    ('Сверхприбыль', True),     # a dictionary word after a prefix
    ('Нұрлан', True),           # Kazakh letters, folded first
    ('Щщщ', False),             # no reading or guess fits: UnknAnalyzer's parse keeps the word as written
    ('сарыарка', True),         # lower case already: the same word
    ('А', False),               # one letter: an initial, read by its case
    ('Иванов-Петров', False),   # a hyphen: read part by part
    ('Astana', False),          # Latin letters
    ('XIV', False),             # a Roman number
    ('5-Й', False),             # a digit
])
def test_parse_shares_the_lower_case_word_s(word, shares):
    from pipeline.nlp.kazakh import fold
    from pipeline.nlp.morph import get_analyzer

    plain = tuple(get_analyzer().parse(fold(word)))
    assert parse(word) == plain
    assert [parsed.methods_stack for parsed in parse(word)] == [parsed.methods_stack for parsed in plain]
    assert (parse(word) is parse(fold(word).lower())) == shares


@pytest.mark.parametrize('word', ['столом', 'Маулена', 'Гиллелем', 'казахстанская', 'бежали', 'Петрова'])
def test_lexeme_words_are_the_lexeme_s(word):
    for parsed in parse(word):
        assert lexeme_words(parsed) == [form.word for form in parsed.lexeme]


def pymorphy_inflect(parsed, grammemes):
    try:
        form = parsed.inflect(set(grammemes))
    except (ValueError, KeyError):
        return None
    return form.word if form else None


@pytest.mark.parametrize('word, grammemes', [
    ('столом', {'nomn', 'sing'}),
    ('Маулена', {'nomn', 'sing', 'masc'}),      # a word pymorphy3 predicts from its ending
    ('Гиллелем', {'nomn', 'sing', 'masc'}),
    ('лесе', {'loc2'}),                          # a rare case made common when the paradigm lacks it
    ('казахстанской', {'nomn', 'sing', 'femn'}),
    ('бежали', {'nomn'}),                        # no such form
])
def test_inflect_is_pymorphy_s(word, grammemes):
    for parsed in parse(word):
        assert inflect(parsed, grammemes) == pymorphy_inflect(parsed, grammemes)


@pytest.fixture(scope='module')
def segment():
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'))


# [text, (first token, stop token, label, {attribute: value}) of each span set through `span._`]
@pytest.mark.parametrize('text, spans', [
    ('Аким области Ерлан Карин приехал в Тараз.', [(2, 4, 'PER', {'normal': 'Ерлан Карин', 'first': 'Ерлан'}),
                                                    (7, 8, 'LOC', {'normal': 'Тараз', 'rule': 'slovnet'})]),
    ('Выделено 5 млрд тенге.', [(1, 4, '', {'figure': {'value': 5e9, 'unit': 'KZT'}, 'rule': 'figures'})]),
    ('ТОО «Ак жол» и ТОО «Ак жол»', [(0, 4, 'ORG', {'entity': 'Ак жол', 'canonical': 'Ак жол'})]),
    # what the repair rules read of a span (span_value, not span._): a gazetteer name, a rule's name, a
    # canonical written as None by make_span, and spans whose values were never set
    ('В Мажилисе выступил депутат Бекзат Оспанов.', [(1, 2, 'ORG', {'canonical': 'Мажилис', 'rule': 'gazetteer'}),
                                                      (4, 6, 'PER', {'canonical': None, 'rule': 'consistent-type'})]),
    ('Акимат Алматинской области сообщил.', [(0, 3, 'ORG', {'normal': 'Акимат Алматинской области'})]),
])
def test_span_value_reads_what_span_underscore_reads(segment, text, spans):
    from pipeline.nlp.doc import SPAN_ATTRIBUTES, span_value
    from spacy.tokens import Span

    doc = segment(text)
    for start, stop, label, values in spans:
        span = Span(doc, start, stop, label=label)
        for name, value in values.items():
            setattr(span._, name, value)
    for start in range(len(doc)):
        for stop in range(start + 1, len(doc) + 1):
            span = doc[start:stop]  # a fresh Span over the same tokens reads the same values
            for name in SPAN_ATTRIBUTES:
                assert span_value(span, name) == getattr(span._, name)
    set_values = [span_value(doc[start:stop], name) for start, stop, _, values in spans for name in values]
    assert set_values == [value for _, _, _, values in spans for value in values.values()]


# [text, (first token, stop token, {attribute: value}) of each span written with `set_span_value`]
@pytest.mark.parametrize('text, spans', [
    ('Глава компании Асель Нуркина выступила.', [(2, 4, {'normal': 'Асель Нуркина', 'last': 'Нуркина'})]),
    ('Партия «Нур Отан» и партия «Ақ жол».', [(0, 4, {'entity': 'Нур Отан'}), (6, 9, {'canonical': 'Ак жол'})]),
    ('В Астане.', [(1, 2, {'normal': 'Астана'}), (1, 2, {'normal': None})]),   # written over, then cleared
])
def test_set_span_value_writes_what_span_underscore_reads(segment, text, spans):
    from pipeline.nlp.doc import SPAN_ATTRIBUTES, set_span_value

    doc = segment(text)
    written = {}
    for start, stop, values in spans:
        for name, value in values.items():
            set_span_value(Span(doc, start, stop), name, value)
            written[(start, stop, name)] = value
    for start in range(len(doc)):
        for stop in range(start + 1, len(doc) + 1):
            for name in SPAN_ATTRIBUTES:
                assert getattr(doc[start:stop]._, name) == written.get((start, stop, name), SPAN_ATTRIBUTES[name])


@pytest.mark.parametrize('text, tokens, sentences', [
    ('Одно предложение.', 3, 1),
    ('Первое. Второе!\n\n\nТретье?  И последнее', 8, 4),
    ('  \n ', 0, 0),
    ('', 0, 0),
    ('Заголовок\n\nАбзац.\u00a0\u2028Ещё одно.', 6, 3),
])
def test_document_row_counts_what_spacy_tokens_count(segment, text, tokens, sentences):
    from pipeline.running.inputs import Source
    from pipeline.running.output import document_row

    doc = segment(text)
    row = document_row(Source('d', 'd.txt', text), doc)
    assert (row['tokens'], row['sentences']) == (tokens, sentences)
    assert row['tokens'] == sum(1 for token in doc if not token.is_space)
    assert row['sentences'] == (sum(1 for sentence in doc.sents if sentence.text.strip()) if len(doc) else 0)


@pytest.mark.parametrize('text, expected', [
    ('Жители села Акши и аула Жана', ['села А', 'аула Ж']),
    ('В РЕКЕ ИЛИ и на Озёрах Катарколь', ['РЕКЕ И', 'Озёрах К']),
    ('директор прорекламировал Город', []),       # a stem inside a word is none
    ('5аул Жана, «город» Тараз', ['аул Ж']),     # after a digit a stem starts; a quote ends the run
    ('ᲃело Акши', ['ᲃело А']),                    # an old Cyrillic letter only re.I reads as `с`
    ('İ село Акши', ['село А']),                   # lower-casing changes the text's length
    ('', []),
])
def test_place_noun_matches_are_the_regex_s(text, expected):
    from pipeline.nlp.stages.repair.places import PLACE_NOUN_STEM, place_noun_matches

    found = list(place_noun_matches(text))
    assert [match.group() for match in found] == expected
    assert [match.span() for match in found] == [match.span() for match in PLACE_NOUN_STEM.finditer(text)]


@pytest.mark.parametrize('text, folded, kazakh', [
    ('Қасымұлы', 'Касымулы', True),
    ('Алматы', 'Алматы', False),
    ('Өскемен-Үржар', 'Оскемен-Уржар', True),
    ('', '', False),
])
def test_fold_and_has_kazakh(text, folded, kazakh):
    from pipeline.nlp.kazakh import KAZAKH, fold, has_kazakh

    assert fold(text) == folded == text.translate(str.maketrans(KAZAKH, 'АаГгКкНнОоУуУуХхИи'))
    assert has_kazakh(text) is kazakh


# the date patterns that open with a digit, as written before they took the digit first
# (pipeline/nlp/grammars/dates.py): a lookbehind, then the digits
def plain_date_patterns():
    import re

    from pipeline.nlp.grammars.dates import DASH, DAY, MONTH, MONTH_ABBR, WS, YEAR, YEAR_TAIL

    return {
        'ISO_DATE': re.compile(r'(?<![\w-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])'),
        'DOTTED_DATE': re.compile(
            r'(?<![\w.,/])(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})'
            r'(?!\w|[.,/]\d)' r'(?:[\s\u200b]*(?:года|г\.|г)(?!\w))?'),
        'DAY_MONTH': re.compile(
            rf'(?<![\w.,])(?P<days>{DAY}(?:(?:[\s\u200b]*{DASH}[\s\u200b]*|{WS}(?:по|и|или|на){WS}'
            rf'|[\s\u200b]*,[\s\u200b]*){DAY})*){WS}(?:{MONTH}|{MONTH_ABBR})(?:{WS}{YEAR}(?:{YEAR_TAIL})?)?',
            re.IGNORECASE),
        'YEAR_ONLY': re.compile(
            rf'(?<![\w.,-])(?P<first>1[89]\d\d|2[01]\d\d)(?:[\s\u200b]*{DASH}[\s\u200b]*{YEAR})?{YEAR_TAIL}',
            re.IGNORECASE),
    }


def random_date_texts(count=200, size=400, seed=7):
    """Texts of digits, separators, month and year words in random order: every neighbour of a digit."""
    import random

    pieces = list('0123456789 .,/-–—_а\u200b') + ['2026', '1899', '2200', '2019', '12', '31', '05', '3', ' ', ' ',
                                                 'января', 'Марта', 'мая', 'фев.', 'авг', ' года', ' г.', ' гг',
                                                 '-го', '-м году', ' по ', ' и ', 'x', '\n', '2026-02-12', '12.02.2026', '1/2/26',
                                                 '31.12.99', '2026-13-45']
    generator = random.Random(seed)
    return [''.join(generator.choice(pieces) for _ in range(size)) for _ in range(count)]


@pytest.mark.parametrize('text', [
    '4 февраля 2026 года, 12 февраля; с 1 по 5 марта; 4–5 февраля; 1-го марта, в ночь с 18 на 19 апреля',
    '00 марта, 03 марта, 09 мая, 10 мая, 29 мая, 30 мая, 31 мая, 32 мая, 39 мая, 1 мая, 3 мая, 7-е мая',
    'x1 мая, .3 мая, ,5 мая, -5 мая, _5 мая, а5 мая, (5 мая), «5 мая»',
    '2026-02-12, x2026-02-12, -2026-02-12, 2026-02-123, 12.02.2026, 1/2/26 г., ,12.02.2026, 12.02.2026.5',
    '2025–2026 годы, в 2026-м году, 1899 год, 1900 году, 2199 гг., 2200 год, x1990 году, .1990 году, -1990 г.',
    '',
] + random_date_texts())
def test_date_patterns_are_the_plain_ones(text):
    from pipeline.nlp.grammars import dates

    for name, plain in plain_date_patterns().items():
        fast = getattr(dates, name)
        for bounds in [(), (3, len(text) - 2)]:
            assert [(match.span(), match.groups()) for match in fast.finditer(text, *bounds)] == \
                [(match.span(), match.groups()) for match in plain.finditer(text, *bounds)], name


def walked_latin_runs(doc):
    """latin_runs as it was: every token tried in turn, a capitalised ASCII one through latin_stop."""
    from pipeline.nlp.stages.repair.org_shapes import latin_stop
    texts, index, runs = [token.text for token in doc], 0, []
    while index < len(texts):
        stop = latin_stop(doc, index) if texts[index][:1].isupper() and texts[index][:1].isascii() else None
        if stop is None:
            index += 1
            continue
        runs.append((index, stop))
        index = stop
    return tuple(runs)


# [text, the Latin names' token texts]: found once per Doc, only from the tokens that open with A-Z
@pytest.mark.parametrize('text, names', [
    ('Холдинг Ostchem и журнал The New Yorker.', [('Ostchem',), ('The', 'New', 'Yorker')]),
    ('В St. Louis Post-Dispatch и Strutt & Parker.', [('St', '.', 'Louis', 'Post-Dispatch'), ('Strutt', '&', 'Parker')]),
    ('(Daniel Craig) и «Apple» рядом с iPhone и eBay.', [('Daniel', 'Craig'), ('Apple',)]),
    ('Партия TOP 09 и сервис Dostavka24.', [('TOP', '09'), ('Dostavka', '24')]),
    ('ТОО Alma-Ata Trade, АО «KEGOC».', [('Alma-Ata', 'Trade'), ('KEGOC',)]),
    ('Ничего латинского: Астана, Алматы, Ü-Bahn.', []),     # Ü is no A-Z: no name opens there
    ('', []),
])
def test_latin_runs_are_the_walked_ones(segment, text, names):
    from pipeline.nlp.doc import token_texts
    from pipeline.nlp.stages.repair.org_shapes import latin_runs

    doc = segment(text)
    runs = latin_runs(doc)
    assert runs == walked_latin_runs(doc)
    assert [tuple(token_texts(doc)[start:stop]) for start, stop in runs] == names
    assert latin_runs(doc) is runs    # kept on the Doc


# [text]: the words latin_names and adjective_names try are those the walk over every token kept
@pytest.mark.parametrize('text', [
    'Холдинг Ostchem купил журнал «The New Yorker» и газету \'\'Daily Mail\'\'.',
    'Компания «»Apple выпустила iPhone; сервис Dostavka24 и ТОО Alma-Ata Trade.',
    'Apple — в начале текста, а Казахское лесоустроительное предприятие и КазМунайГаз ниже.',
    'Каспийского трубопроводного консорциума. НЕ ТАК. Ничего латинского, Ü-Bahn, Европейская команда',
    'Z',
])
def test_org_shape_walks_try_the_walked_tokens(segment, text):
    from pipeline.nlp.stages.repair.org_shapes import QUOTE_MARKS, adjective_name_openers, latin_name_heads

    doc = segment(text)
    texts = [token.text for token in doc]
    walked = []
    for index, word in enumerate(texts):   # latin_names' walk: a word, up to two quote marks, a Latin capital
        start = index + 1
        while start < len(texts) and start - index <= 2 and texts[start] in QUOTE_MARKS:
            start += 1
        if word.replace('-', '').isalpha() and start < len(texts) and texts[start][:1].isascii() \
                and texts[start][:1].isupper():
            walked.append(index)
    heads = latin_name_heads(doc, texts)
    assert [index for index in heads if texts[index].replace('-', '').isalpha()] == walked
    assert adjective_name_openers(texts) == [index for index, token in enumerate(doc) if token.text[:1].isupper()
                                             and index + 1 < len(doc) and doc[index + 1].text[:1].islower()]


# [text, {attribute: value} set through `doc._` after segment]: doc_value reads what doc._ reads
@pytest.mark.parametrize('text, values', [
    ('date 2026-03-04\nАким области посетил Тараз.', {}),      # segment's header date and body start
    ('Без даты.\n\nВторой абзац.', {'doc_id': 'a-1', 'source': 'feed.jsonl'}),
    ('Текст.', {'date': '2026-01-02', 'date_source': 'input', 'body_start': 0, 'paragraphs': [(0, 6)]}),
])
def test_doc_value_reads_what_doc_underscore_reads(segment, text, values):
    from pipeline.nlp.doc import DOC_ATTRIBUTES, doc_value

    doc = segment(text)
    for name, value in values.items():
        setattr(doc._, name, value)
    for name in DOC_ATTRIBUTES:
        assert doc_value(doc, name) == getattr(doc._, name)
    assert [doc_value(doc, name) for name in values] == list(values.values())


BISECTED = [
    'date 2026-02-12\nЗаголовок без точки\n\nПервое предложение. Второе!  Третье?\n \n\tАбзац с табуляцией. И ещё.',
    'Одна строка без конца',
    '\n\n  \n',
    '«Кавычки.» (Скобки.) И… многоточие. А. Б. Иванов сказал.\r\nCRLF абзац.',
]


@pytest.mark.parametrize('text', BISECTED)
def test_bisected_sentence_starts_and_paragraphs_are_the_token_walk_s(segment, text):
    """Sentence starts and paragraph token groups found by bisection in the token starts are those
    of a walk over every token."""
    from pipeline.nlp.doc import token_starts, token_texts
    from pipeline.nlp.stages.recognize import paragraph_tokens

    doc = segment(text)
    offsets, words = token_starts(doc), token_texts(doc)
    starts = {doc._.body_start} | {start for start, _ in doc._.paragraphs}
    from razdel import sentenize
    for start, stop in doc._.paragraphs:
        starts.update(start + sentence.start for sentence in sentenize(text[start:stop]))
    walked = [index == 0 or (not word.isspace() and offset in starts)
              for index, (offset, word) in enumerate(zip(offsets, words))]
    assert [bool(token.is_sent_start) for token in doc] == walked
    groups = []
    for start, stop in doc._.paragraphs or [(doc._.body_start, len(text))]:
        group = [index for index, (offset, word) in enumerate(zip(offsets, words))
                 if max(start, doc._.body_start) <= offset < stop and not word.isspace()]
        if group:
            groups.append(group)
    assert paragraph_tokens(doc) == groups
