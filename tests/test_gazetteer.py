"""The gazetteer (models/gazetteer.tsv, the `lookup` stage): [sentence, spans found, spans not found]."""

import pytest

from pipeline.nlp.stages.lookup import GazetteerError, read_gazetteer, script, stem


def mentions(nlp, text):
    return {(span.text, span.label_) for span in nlp(text).ents}


LOOKUP = [
    # any case form; the canonical name goes on the mention
    ('Спикер Мажилиса Ерлан Кошанов выступил в Усть-Каменогорске.',
     [('Мажилиса', 'ORG'), ('Ерлан Кошанов', 'PER'), ('Усть-Каменогорске', 'LOC')], []),
    ('Пресс-секретарь Белого дома заявил о санкциях.', [('Белого дома', 'ORG')], []),
    ('Экипаж МКС вернулся на Землю.', [('МКС', 'LOC')], []),
    # СМИ (mass media) is never a mention
    ('Об этом пишут СМИ.', [], ['СМИ']),
    ('Число заболевших COVID-19 выросло.', [], ['COVID-19']),
    # a lower-case word is not the name it looks like
    ('Сенат собрался. Сенат парламента и сенат университета.', [('Сенат', 'ORG')], ['сенат']),
    # `Семья` has the lemma of `Семей` (the city) but not its stem
    ('Семья Тюдоров правила Англией.', [], ['Семья']),
    ('Концерт прошёл в Семее.', [('Семее', 'LOC')], []),
    ('Грант вручили Семею как лучшему городу.', [('Семею', 'LOC')], []),
    # a case form whose own first lemma misses the name (`казгидромёт`, the adjective `жетысый`):
    # the name's paradigm in pymorphy3 finds it; `Семье` (of семья) is no form of `Семей`
    ('Синоптики Казгидромета обещают мороз.', [('Казгидромета', 'ORG')], []),
    ('Письмо направили Казгидромету в пятницу.', [('Казгидромету', 'ORG')], []),
    ('Жители Жетысая жалуются на перебои с водой.', [('Жетысая', 'LOC')], []),
    ('Семье помогли соседи.', [], ['Семье']),
    # a place's name inside a person's stays the person's
    ('Президент Джордж Вашингтон подписал указ.', [('Джордж Вашингтон', 'PER')], ['Вашингтон']),
    ('Об этом сообщает агентство Рейтер.', [('Рейтер', 'ORG')], []),
    ('Решение поддержал Афросоюз.', [('Афросоюз', 'ORG')], []),
    # a bare `Правительство` does not say whose
    ('Правительство Китая объявило эти инструкции.', [('Китая', 'LOC')], ['Правительство']),
]


@pytest.mark.parametrize('text, found, absent', LOOKUP)
def test_lookup(nlp, text, found, absent):
    got = mentions(nlp, text)
    assert set(found) <= got, got
    assert not {surface for surface, _ in got} & set(absent), got


# a name the gazetteer lists in both scripts is named in the script the document writes it in
# first, one name for all its mentions (the canonical name, which names the entity in the tables)
@pytest.mark.parametrize('text, surface, canonical', [
    ('КОСТАНАЙ, 3 марта. КАЗИНФОРМ – Весенний сев начался.', 'КАЗИНФОРМ', 'Казинформ'),
    ('Об этом сообщает Kazinform со ссылкой на министерство.', 'Kazinform', 'Kazinform'),
    ('Рейс выполнит Air Astana, билеты уже в продаже.', 'Air Astana', 'Air Astana'),
    ('Рейс выполнит авиакомпания «Эйр Астана».', 'Эйр Астана', 'Эйр Астана'),
    ('Депутаты от партии «Аманат» поддержали поправки.', 'Аманат', 'Аманат'),
    ('Кандидатов выдвинула партия AMANAT.', 'AMANAT', 'AMANAT'),
    ('Грант выделил Nazarbayev University.', 'Nazarbayev University', 'Nazarbayev University'),
    # the first mention names it: the later one in the other script joins it
    ('Билеты продаёт Air Astana. В «Эйр Астане» обещали скидки.', 'Эйр Астане', 'Air Astana'),
    ('Билеты продаёт «Эйр Астана». В Air Astana обещали скидки.', 'Air Astana', 'Эйр Астана'),
])
def test_named_in_the_documents_script(nlp, text, surface, canonical):
    names = {span.text: span._.canonical for span in nlp(text).ents}
    assert names.get(surface) == canonical, names


@pytest.mark.parametrize('name, expected', [
    ('Air Astana', 'latin'), ('Эйр Астана', 'cyrillic'), ('G20', 'latin'), ('АО «KEGOC»', None),
    ('Қазақстан темір жолы', 'cyrillic'), ('2024', None),
])
def test_script(name, expected):
    assert script(name) == expected


@pytest.mark.parametrize('word, form, agrees', [
    ('Москва', 'Москвы', True),
    ('Семей', 'Семья', False),
    ('Кремль', 'Кремле', True),
    ('РК', 'РК', True),
])
def test_stem(word, form, agrees):
    assert form.lower().startswith(stem(word)) == agrees


def test_canonical_name(nlp):
    doc = nlp('Депутаты Сената Парламента РК приняли закон.')
    spans = [span for span in doc.ents if span.label_ == 'ORG']
    assert [span._.canonical for span in spans] == ['Сенат']


def test_gazetteer_file_is_valid():
    from pipeline.resources import resolve_model_path
    entries = read_gazetteer(resolve_model_path('gazetteer.tsv'))
    assert {entry.type for entry in entries} <= {'PER', 'ORG', 'LOC', 'NOT'}
    names = [(entry.type, entry.name) for entry in entries]
    assert len(names) == len(set(names))


def test_bad_line_is_an_error(tmp_path):
    path = tmp_path / 'bad.tsv'
    path.write_text('CITY\tАлматы\n', encoding='utf-8')
    with pytest.raises(GazetteerError):
        read_gazetteer(path)


def looked_up(nlp, text, every_lemma):
    """Entities after `lookup`, the stages before it run by hand; `every_lemma`: the optional
    `lemmatize` stage first, so that the matcher sees every token's lemma."""
    from pipeline.nlp.stages.lemmatize import Lemmatizer
    doc = nlp.make_doc(text)
    stages = ['segment', Lemmatizer(nlp, 'lemmatize'), 'recognize', 'lookup'] if every_lemma else [
        'segment', 'recognize', 'lookup']
    for stage in stages:
        doc = (nlp.get_pipe(stage) if isinstance(stage, str) else stage)(doc)
    return doc, [(span.start, span.end, span.label_, span._.canonical) for span in doc.ents]


MULTI_WORD = [
    'Сенат Парламента РК одобрил закон, а Сената Парламента Республики Казахстан не было.',
    'Депутаты партии «Ак жол» и "Ак жол" и “Ак жол” проголосовали.',
    'В Министерстве труда и социальной защиты населения РК и в Верховном суде прошли встречи.',
    '12 декабря в акимате Алматинской области и в маслихате города Астаны.',
    'Из Нур-Султана в Астану и Усть-Каменогорск; Белого дома, Белом доме.',
]


@pytest.mark.parametrize('text', [text for text, _, _ in LOOKUP] + MULTI_WORD)
def test_lookup_finds_what_it_finds_with_every_lemma(nlp, text):
    assert looked_up(nlp, text, every_lemma=False)[1] == looked_up(nlp, text, every_lemma=True)[1]


def test_lookup_on_the_seeds_finds_what_it_finds_with_every_lemma(nlp, seed_texts):
    for name, text in seed_texts.items():
        assert looked_up(nlp, text, every_lemma=False)[1] == looked_up(nlp, text, every_lemma=True)[1], name


def test_lookup_lemmatizes_only_the_words_a_match_can_need(nlp):
    # patterns begin with мажилис, and мажилис парламент (`Мажилис Парламента РК`); the walk from `Мажилисе`
    # ends at the first word that no longer begins one (обсуждали). Nothing begins with вчера, and a
    # lower-case word begins no kept match
    doc, found = looked_up(nlp, 'Вчера в Мажилисе Парламента обсуждали поправки.', every_lemma=False)
    lemmas = {token.text: token.lemma_ for token in doc if not token.is_space}
    assert lemmas == {'Вчера': '', 'в': '', 'Мажилисе': 'мажилис', 'Парламента': 'парламент',
                      'обсуждали': 'обсуждать', 'поправки': '', '.': ''}, lemmas
    assert [label for _, _, label, _ in found] == ['ORG']


@pytest.mark.parametrize('word, form, expected', [
    # a town named by a masculine adjective: its masculine oblique forms, not the neuter nominative
    ('Рудный', 'рудного', True),
    ('Рудный', 'рудном', True),
    ('Рудный', 'рудное', False),
    ('Рудный', 'рудная', False),
    # a noun's forms as before
    ('Казгидромет', 'казгидромета', True),
    # a name in a vowel and -й pymorphy3 reads otherwise (Семей as семья) declines as Андрей
    ('Семей', 'семею', True),
    ('Семей', 'семеем', True),
    ('Семей', 'семья', False),
])
def test_case_forms(word, form, expected):
    from pipeline.nlp.stages.lookup import case_forms
    assert (form in case_forms(word)) is expected
