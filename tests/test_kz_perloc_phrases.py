"""Persons and places in Kazakhstan news, a golden table a person can edit:
tests/data/kz_perloc_phrases.tsv (sentence, expected PER/LOC mentions, xfail reason).

Each row's PER and LOC mentions must be exactly the expected ones: every expected
mention found with its surface and normal form, no other person or place (`LOC?:`
marks an optional place, one nested in an organisation's name). Surfaces and normal
forms compare as the gold scorer compares names (`fold_name`: ё as е, a leading
река/озеро/село/поселок/аул/город/г. ignored). Organisations are not checked here.
"""

import csv
import re
from pathlib import Path

import pytest

from pipeline.evaluation.doclevel import fold_name

TABLE = Path(__file__).resolve().parent / 'data' / 'kz_perloc_phrases.tsv'
# село Коянды, поселка Шахан, с. Акколь: the settlement noun (any case) or its abbreviation before a name
SURFACE_HEAD = re.compile(r'^(?:рек[аиеуой]|озер[оауеом]|сел[оауеом]|с\.|поселк[ауеом]|посел[оё]к|аул[ауеом]?|город[ауеом]?|г\.)\s+',
                          re.I)


def fold_surface(text):
    return fold_name(SURFACE_HEAD.sub('', text))


def parse_mention(item):
    """`LOC:Жамбылской области=>Жамбылская область` -> ('LOC', surface, normal, optional)."""
    label, rest = item.split(':', 1)
    surface, normal = rest.split('=>')
    return label.rstrip('?'), surface.strip(), normal.strip(), label.endswith('?')


def read_table(path=TABLE):
    """[(sentence, [mention ...], xfail reason)] of the table, comment lines skipped."""
    with open(path, encoding='utf-8') as handle:
        lines = [line for line in handle if not line.startswith('#')]
    rows = []
    for row in csv.DictReader(lines, delimiter='\t'):
        mentions = [parse_mention(item.strip()) for item in row['mentions'].split(' | ') if item.strip()]
        rows.append((row['sentence'], mentions, (row.get('xfail') or '').strip()))
    return rows


def compare(found, expected):
    """(missing, spurious) of the found (label, surface, normal) against the expected mentions."""
    def matches(got, want):
        return got[0] == want[0] and fold_surface(got[1]) == fold_surface(want[1])

    missing = [want for want in expected if not want[3] and not any(
        matches(got, want) and fold_name(got[2]) == fold_name(want[2]) for got in found)]
    spurious = [got for got in found if not any(
        matches(got, want) and (want[3] or fold_name(got[2]) == fold_name(want[2])) for want in expected)]
    return missing, spurious


def table_name(span):
    """The name the entity tables give a mention: a place the gazetteer knows by its canonical
    name (`в Кызылорде` -> Кызылорда), a person or an organisation by its entity's name
    (`Ахметов Нурлан` -> Нурлан Ахметов)."""
    if span.label_ == 'LOC':
        return span._.canonical or span._.normal
    return span._.entity or span._.normal


def perloc(nlp, text):
    """(label, surface, name) of the PER and LOC mentions, named as the entity tables name them."""
    return [(span.label_, span.text, table_name(span)) for span in nlp(text).ents if span.label_ in ('PER', 'LOC')]


def cases(rows):
    """The rows as parameters, a row with a reason a strict expected failure."""
    return [pytest.param(text, expected, reason, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason
            else (text, expected, reason) for text, expected, reason in rows]


ROWS = read_table()


def test_table_is_read():
    assert len(ROWS) >= 70 and all(mentions for _, mentions, _ in ROWS)


@pytest.mark.parametrize('expected, found, wrong', [
    ([('LOC', 'селе Коянды', 'Коянды', False)], [('LOC', 'Коянды', 'Коянды')], False),
    ([('LOC', 'Коянды', 'Коянды', False)], [('LOC', 'Коянды', 'Коянда')], True),
    ([('LOC?', 'Павлодара', 'Павлодар', True)], [], False),
    ([('PER', 'Ерлан Сейтқазиев', 'Ерлан Сейтқазиев', False)],
     [('PER', 'Ерлан Сейтқазиев', 'Ерлан Сейтқазиев'), ('LOC', 'Таразе', 'Тараз')], True),
])
def test_compare(expected, found, wrong):
    expected = [(label.rstrip('?'), *rest) for label, *rest in expected]
    missing, spurious = compare(found, expected)
    assert bool(missing or spurious) is wrong


@pytest.mark.parametrize('text, expected, reason', cases(ROWS))
def test_phrase(nlp, text, expected, reason):
    missing, spurious = compare(perloc(nlp, text), expected)
    assert not missing and not spurious, f'missing {missing}, spurious {spurious}'


@pytest.mark.parametrize('words, expected', [
    (['Ахметов', 'Нурлан'], ['Нурлан', 'Ахметов']),
    (['Сапарова', 'Әсел'], ['Әсел', 'Сапарова']),
    (['Ахметов', 'Нурлан', 'Серикович'], ['Нурлан', 'Серикович', 'Ахметов']),
    # already first name first; a first name of the list that looks like a surname
    (['Ерлан', 'Маратович', 'Досмағамбетов'], ['Ерлан', 'Маратович', 'Досмағамбетов']),
    (['Константин', 'Ким'], ['Константин', 'Ким']),
    # initials after a surname go before it
    (['Жакупов', 'Б.', 'К.'], ['Б.', 'К.', 'Жакупов']),
    (['Оразбеков', 'Д.'], ['Д.', 'Оразбеков']),
    (['Т.', 'Ж.', 'Байжанов'], ['Т.', 'Ж.', 'Байжанов']),
    # a Chinese or Korean name keeps its surname first; a Korean surname before a Russian first name does not
    (['Ху', 'Цзиньтао'], ['Ху', 'Цзиньтао']),
    (['Ким', 'Ир', 'Сен'], ['Ким', 'Ир', 'Сен']),
    (['Ким', 'Виктор'], ['Виктор', 'Ким']),
    (['Ли', 'Мэн'], ['Ли', 'Мэн']),
])
def test_name_order(words, expected):
    from pipeline.nlp.name_parts import name_order
    assert name_order(words) == expected


@pytest.mark.parametrize('text, word, expected', [
    ('Аким Сатпаева выступил.', 'Сатпаева', 'Сатпаев'),
    ('Жители Конаева недовольны.', 'Конаева', 'Конаев'),
    # a place pymorphy3 knows in the nominative
    ('Переговоры прошли: Женева ждёт.', 'Женева', None),
    ('Молдова ответила.', 'Молдова', None),
    # the dative and the locative
    ('Дороги отремонтируют в Сатпаеве.', 'Сатпаеве', 'Сатпаев'),
    ('Гости приехали к Конаеву.', 'Конаеву', 'Конаев'),
    ('Переговоры прошли в Молдове.', 'Молдове', None),
])
def test_person_town_normal(nlp, text, word, expected):
    from pipeline.nlp.place_forms import person_town_normal
    from pipeline.nlp.stages.repair.spans import make_span
    doc = nlp.make_doc(text)
    index = next(token.i for token in doc if token.text == word)
    assert person_town_normal(make_span(doc, index, index + 1, 'LOC', 'test')) == expected
