"""The guarantee of normal forms, and the error classes it came with (phrases written for the tests)."""

from pathlib import Path

import pytest

from pipeline.nlp.guarantee import check_folder, violations
from pipeline.nlp.wordforms import is_inflection, unexplained

SHARED_TEXTS = [Path('/work/shared/seeds'), Path('/work/shared/gold/kz-dev')]
TEST_TEXTS = Path(__file__).resolve().parent / 'data'

# (form, surface word) -> is it the word or a form pymorphy3 generates from it
INFLECTIONS = [
    ('Гиллель', 'Гиллелем', True),
    ('Гиллелй', 'Гиллелем', False),
    ('Ломбаль', 'Ломбаля', True),
    ('Ломбалй', 'Ломбаля', False),
    ('Улытауская', 'Улытауской', True),
    ('Касым-Жомарт', 'Касым-Жомартом', True),
    ('Қасымұлы', 'Қасымұлы', True),
    ('Асия', 'Асией', True),
    ('Петров', 'Иванова', False),
    ('район', 'районах', True),
    # a name in a vowel and -й or -я that pymorphy3 has no paradigm for declines as Андрей, Зоя
    ('Вэй', 'Вэя', True),
    ('Юй', 'Юем', True),
    ('Сая', 'Сае', True),
    ('Вэй', 'Вэи', False),
    ('Ломбалй', 'Ломбалю', False),
    # a masculine in a consonant and -ь that pymorphy3 has no paradigm for declines as Тургень
    ('Жанаколь', 'Жанаколе', True),
    ('Жанаколь', 'Жанаколем', True),
    ('Жанаколь', 'Жанакола', False),
    ('Сергь', 'Сергем', False),
    # a place in -ово/-ино declines as the neuter villages pymorphy3 knows (Булаево: Булаеве)
    ('Смирново', 'Смирнове', True),
    ('Ганюшкино', 'Ганюшкину', True),
    ('Смирново', 'Смирновым', False),
    ('Смирново', 'Смирнов', False),
]


@pytest.mark.parametrize('form, surface, expected', INFLECTIONS)
def test_is_inflection(form, surface, expected):
    assert is_inflection(form, surface) is expected


@pytest.mark.parametrize('normal, surface, shared, expected', [
    ('Сергей Ломбалй', 'Сергея Ломбаля', (), ['Ломбалй']),
    ('Сергей Ломбаль', 'Сергея Ломбаля', (), []),
    ('Целиноградский район', 'Целиноградском', (), ['район']),
    ('Целиноградский район', 'Целиноградском', ('Аршалынском районах',), []),
])
def test_unexplained(normal, surface, shared, expected):
    assert unexplained(normal, surface, shared) == expected


def test_violations_reports_a_made_up_form():
    rows = [{'doc_id': 'd', 'text': 'Мартином Гиллелем', 'normal': 'Мартин Гиллелй', 'sentence': ''},
            {'doc_id': 'd', 'text': 'Мартином Гиллелем', 'normal': 'Мартин Гиллель', 'sentence': ''}]
    assert [row[2] for row in violations(rows)] == ['Мартин Гиллелй']


# a text -> (mention, normal form) of its mentions of the type, in order
ERROR_CLASSES = [
    # made-up non-words: the -й pattern on a soft-sign stem
    ('PER', 'С Мартином Гиллелем встретились студенты.', [('Мартином Гиллелем', 'Мартин Гиллель')]),
    ('PER', 'Журналисты не застали Сергея Ломбаля на месте.', [('Сергея Ломбаля', 'Сергей Ломбаль')]),
    # a stem cut: pymorphy3's first guess is a noun `улытауска`, the adjective agrees with `области`
    ('LOC', 'Жители Улытауской области вышли на субботник.', [('Улытауской области', 'Улытауская область')]),
    ('ORG', 'Работники бастуют на Атырауском нефтеперерабатывающем заводе.',
     [('Атырауском нефтеперерабатывающем заводе', 'Атырауский нефтеперерабатывающий завод')]),
    # a woman's name in an oblique case: the document's other mention of her decides
    ('PER', 'Вчера Асией Нури восхищались зрители. Журналисты увидели Асию Нури в зале.',
     [('Асией Нури', 'Асия Нури'), ('Асию Нури', 'Асия Нури')]),
    # coordinated heads: one plural head shared by two singular adjectives
    ('LOC', 'В Целиноградском и Аршалынском районах прошли встречи.',
     [('Целиноградском', 'Целиноградский район'), ('Аршалынском районах', 'Аршалынский район')]),
    ('LOC', 'В Мангистауской и Атырауской областях закрыли дороги.',
     [('Мангистауской', 'Мангистауская область'), ('Атырауской областях', 'Атырауская область')]),
    # plural adjectives: the head stays plural
    ('LOC', 'Туристы отдыхают на Курильских и Командорских островах.',
     [('Курильских', 'Курильские'), ('Командорских островах', 'Командорские острова')]),
]


@pytest.mark.parametrize('type, text, expected', ERROR_CLASSES)
def test_error_classes(nlp, type, text, expected):
    doc = nlp(text)
    assert [(span.text, span._.normal) for span in doc.ents if span.label_ == type] == expected


# name structure: (text, (first, middle, last) of its person)
STRUCTURE = [
    ('Выступила директор школы Айгуль Серикболовна Жумабаева.', ('Айгуль', 'Серикболовна', 'Жумабаева')),
    ('Слово взял Ерлан Маратович Досмагамбетов.', ('Ерлан', 'Маратович', 'Досмагамбетов')),
    ('Слово взял Нурлан Асанулы Жаксылыков.', ('Нурлан', 'Асанулы', 'Жаксылыков')),
    ('Выступила Динара Серикқызы Омарова.', ('Динара', 'Серикқызы', 'Омарова')),
]


@pytest.mark.parametrize('text, expected', STRUCTURE)
def test_name_structure(nlp, text, expected):
    [person] = [span for span in nlp(text).ents if span.label_ == 'PER']
    assert (person._.first, person._.middle, person._.last) == expected


def test_guarantee_on_the_seed_run(seed_run, tmp_path):
    """Every normal form of the run over corpus/ keeps the guarantee."""
    rows = seed_run.tables['mentions'].astype(object).fillna('').to_dict('records')
    assert rows and violations(rows) == []


def test_guarantee_on_test_texts(nlp, tmp_path):
    from pipeline import run
    texts = sorted(TEST_TEXTS.rglob('*.txt'))
    assert texts
    run(texts, output_dir=tmp_path, nlp=nlp)
    assert check_folder(tmp_path) == []


@pytest.mark.slow
@pytest.mark.skipif(not all(path.is_dir() for path in SHARED_TEXTS), reason='no development texts here')
def test_guarantee_on_all_development_texts(nlp, tmp_path):
    from pipeline import run
    run(SHARED_TEXTS, output_dir=tmp_path, nlp=nlp)
    assert check_folder(tmp_path) == []


def test_one_person_across_initials_full_name_and_surname(tmp_path):
    """`Д. Уилсон`, `Дэвид Уилсон` and `Уилсон` in one document: one entity, its name in parts."""
    from pipeline import run
    (tmp_path / 'a.txt').write_text('Д. Уилсон приехал в город. Дэвид Уилсон сказал, что доволен. Уилсон ушёл.',
                                    encoding='utf-8')
    tables = run([tmp_path]).tables
    persons = tables['mentions'][tables['mentions'].type == 'PER']
    assert list(persons.text) == ['Д. Уилсон', 'Дэвид Уилсон', 'Уилсон']
    assert persons.entity_id.nunique() == 1
    [entity] = tables['entities'][tables['entities'].type == 'PER'].to_dict('records')
    assert (entity['name'], entity['first'], entity['last']) == ('Дэвид Уилсон', 'Дэвид', 'Уилсон')
