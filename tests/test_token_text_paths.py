"""The shortcuts taken for speed in repair, normalize and the figure grammars give what the slow
path gives: the cached token texts read where a Token per word was made, and a word's adjective read
on first use."""

import pytest

from pipeline.nlp.morph import parse


@pytest.fixture(scope='module')
def segment():
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'))



def numbered_schools_by_tokens(doc, spans):
    """`numbered_schools` as it walked a Token per word before reading the token texts."""
    from pipeline.nlp.stages.repair.numbered import NUMBER_SIGNS, is_school_noun
    from pipeline.nlp.stages.repair.spans import make_span

    result = list(spans)
    for token in doc:
        sign = token.i + 1
        if not (sign + 1 < len(doc) and doc[sign].text in NUMBER_SIGNS and doc[sign + 1].text.isdigit()):
            continue
        if not is_school_noun(token.text) or any(span.start < sign + 2 and token.i < span.end for span in result):
            continue
        result.append(make_span(doc, token.i, sign + 2, 'ORG', 'org-numbered'))
    return result


# [text, the mentions slovnet hands the rule]
@pytest.mark.parametrize('text, mentions', [
    ('Ученики гимназии №3 и лицея N 17 победили.', []),
    ('Школа-лицей № 17 и школа № 5 открылись.', []),                 # a bare `школа` stays none
    ('№ 5 в начале, дом № 7 и приказ №', []),                        # a sign first and last
    ('КГУ «Школа-гимназия №12» приняло гимназию №4.', [('Школа-гимназия №12', 'ORG')]),
    ('В гимназии № А и в лицее №', []),
])
def test_numbered_schools_read_the_token_texts_as_the_tokens(segment, text, mentions):
    from conftest import slovnet_span
    from pipeline.nlp.stages.repair.numbered import numbered_schools

    doc = segment(text)
    spans = [slovnet_span(doc, mention, label) for mention, label in mentions]
    found = [(span.start, span.end, span.label_) for span in numbered_schools(doc, spans)]
    assert found == [(span.start, span.end, span.label_) for span in numbered_schools_by_tokens(doc, spans)]


# [text, the mentions slovnet hands the rule, the words the rule makes places]
@pytest.mark.parametrize('text, mentions, expected', [
    ('Машина доедет до Теренколя и Успенки.', [('Успенки', 'LOC')], ['Теренколя']),
    ('Едем из Баянаула и Теренколя.', [('Баянаула', 'LOC')], ['Теренколя']),
    ('Едем из Баянаула и Теренколя, ', [('Баянаула', 'LOC')], ['Теренколя']),
    ('Доедет до Теренколя и Успенки.', [('Теренколя', 'LOC'), ('Успенки', 'LOC')], []),   # covered already
    ('Пришёл Теренколь и Успенка.', [('Успенка', 'LOC')], []),       # no preposition of place
    ('Из Баянаула и Ивановой.', [('Баянаула', 'LOC')], []),          # a surname's shape
    ('и', [], []),
])
def test_listed_words_read_the_token_texts(segment, text, mentions, expected):
    from conftest import slovnet_span
    from pipeline.nlp.stages.repair.place_lists import listed_words

    doc = segment(text)
    spans = [slovnet_span(doc, mention, label) for mention, label in mentions]
    assert [span.text for span in listed_words(doc, spans) if span._.rule == 'place-listed-word'] == expected


@pytest.mark.parametrize('text, regional', [
    ('Жители села вышли.', True),
    ('В районе и области.', True),
    ('Район открыл школу.', False),       # capitalised: no lower-case noun of a district
    ('Жители города вышли.', False),
    ('', False),
])
def test_regional_reads_the_token_texts_as_the_tokens(segment, text, regional):
    from pipeline.nlp.morph import lemma
    from pipeline.nlp.stages.repair.lone_words import REGIONAL_NOUNS, is_regional

    doc = segment(text)
    assert is_regional(doc) is regional
    assert regional == any(token.text.islower() and token.is_alpha and lemma(token.text) in REGIONAL_NOUNS
                           for token in doc)


@pytest.mark.parametrize('text', [
    'В 2027 ГОДУ Ёлкин и «Сарыарка» выделили 5 млрд тенге.',
    'İ СЕЛО: ΔP, 1 000 и ẞ.',              # lower-casing changes a word's length
    '',
])
def test_figure_words_are_the_tokens_lower_case(segment, text):
    from pipeline.nlp.grammars.figure_facts import words

    doc = segment(text)
    for start in range(len(doc) + 1):
        for stop in range(start, len(doc) + 2):
            assert words(doc[start:stop]) == [token.text.lower() for token in doc[start:stop]]
    assert words(list(doc)) == [token.text.lower() for token in doc]


@pytest.mark.parametrize('text, quoted', [
    ('На стипендию «Болашак» и в «Сарыарку »', {'Болашак', 'Сарыарку'}),
    ('«А» и «»', set()),                     # under two characters: none
    ('', set()),
])
def test_quoted_texts_read_the_doc_text(segment, text, quoted):
    from pipeline.nlp.org_forms import QUOTED, quoted_texts

    doc = segment(text)
    assert quoted_texts(doc) == quoted == {match.group(1).strip() for match in QUOTED.finditer(doc.text)}


@pytest.mark.parametrize('norm, adjective', [
    ('погибших', 'погибший'),        # a participle: its masculine nominative, not its verb
    ('неизвестных', 'неизвестный'),
    ('красивых', 'красивый'),
    ('лучших', None),                # read as a superlative: none (pymorphy3 would make `наихороший`)
    ('школ', None),                  # a noun
    ('qwerty', None),
])
def test_word_info_reads_the_adjective_on_first_use(norm, adjective):
    from pipeline.nlp.grammars.figures.words import _adjective_lemma, word_info

    parses = parse(norm)
    assert word_info(norm).adjective == adjective == (_adjective_lemma(parses[0]) if parses else None)
    assert word_info(norm).adjective == adjective  # the second read, kept
