"""An organisation's name slovnet cut inside a phrase that cannot end there:

- `org-open-adjective`: `Центра химической` `, биологической, радиологической и ядерной обороны`,
  `Национальной ассамблеи народной` `власти`: a name ends in a noun, so one that ends in a lower-case
  adjective takes the adjectives listed after it and the noun they agree with;
- `org-open-remit`: `Комиссия по вопросам` `гражданства`: `по вопросам` and `по делам` need the
  genitive phrase they govern (`по делам молодёжи`, `по вопросам государственной службы`);
- `org-person-object`: `Комитет защиты` `Леонарда Пелтиера`, `Общественного комитета сторонников`
  `Медведева`: a noun of defence, support or memory at a name's end governs the person in the
  genitive after it, who is the organisation's cause, not a person of the text.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import make_span

# at most this many words a cut name takes on
MAX_WORDS = 8
LIST_JOINERS = frozenset({',', 'и'})
# `по вопросам`, `по делам`: remit nouns that govern a genitive
REMIT_NOUNS = frozenset({'вопросам', 'делам'})
# nouns whose genitive object may be a person: `Комитет защиты Леонарда Пелтиера`, `Фонд памяти ...`
PERSON_OBJECT_NOUNS = frozenset('защита поддержка память сторонник освобождение спасение'.split())


def readings(token, pos):
    """pymorphy3's first parses of a lower-case word with part of speech `pos`."""
    if not token.text.islower() or not token.is_alpha:
        return []
    return [parsed for parsed in parse(token.text)[:3] if parsed.tag.POS == pos]


def agrees(adjective, noun):
    """True where a lower-case adjective and noun share a case and number (`ядерной обороны`)."""
    cases = {(parsed.tag.case, parsed.tag.number) for parsed in readings(adjective, 'ADJF')}
    return any((parsed.tag.case, parsed.tag.number) in cases for parsed in readings(noun, 'NOUN'))


def is_genitive(token, pos):
    return any(parsed.tag.case == 'gent' for parsed in readings(token, pos))


def adjective_stop(doc, span):
    """End of the noun a name's last adjective agrees with, after the adjectives listed with it
    (`химической` `, биологической и ядерной обороны`), else None."""
    last = span[-1]
    if not readings(last, 'ADJF') or readings(last, 'NOUN'):
        return None
    index, limit = span.end, min(len(doc), span.end + MAX_WORDS)
    while index < limit:
        token = doc[index]
        if token.text in LIST_JOINERS and index + 1 < limit and readings(doc[index + 1], 'ADJF'):
            index += 2
            continue
        return index + 1 if agrees(last, token) else None
    return None


def remit_stop(doc, span):
    """End of the genitive phrase after a name's closing `по вопросам` / `по делам`, else None."""
    if len(span) < 3 or span[-1].text not in REMIT_NOUNS or span[-2].text != 'по':
        return None
    index, limit = span.end, min(len(doc), span.end + MAX_WORDS)
    while index < limit and is_genitive(doc[index], 'ADJF'):
        index += 1
    return index + 1 if index < limit and is_genitive(doc[index], 'NOUN') else None


def free(spans, position, start, stop):
    """True where no span but the one at `position` touches [start, stop)."""
    return not any(other.start < stop and start < other.end
                   for index, other in enumerate(spans) if index != position)


def open_ends(doc, spans):
    """A name cut after an adjective or after `по вопросам` / `по делам` runs on to the noun it needs."""
    spans = list(spans)
    for position, span in enumerate(spans):
        if span.label_ != 'ORG':
            continue
        stop, rule = adjective_stop(doc, span), 'org-open-adjective'
        if stop is None:
            stop, rule = remit_stop(doc, span), 'org-open-remit'
        if stop is not None and free(spans, position, span.end, stop):
            spans[position] = make_span(doc, span.start, stop, 'ORG', rule, span_value(span, 'canonical'))
    return spans


def genitive_genders(token):
    """The genders of a word's genitive readings (`Сейтова`: masc; `Айгуль`: femn)."""
    return {parsed.tag.gender for parsed in parse(token.text)[:4] if parsed.tag.case == 'gent'}


def is_genitive_person(span):
    """`Леонарда Пелтиера`, `Медведева`: every word of the name has a genitive reading of one gender
    (`Айгуль Сейтова` has none: a woman's name and a man's genitive surname, so a woman in the nominative)."""
    genders = None
    for token in span:
        own = genitive_genders(token)
        genders = own if genders is None else genders & own
    return bool(genders)


def person_objects(doc, spans):
    """`Комитет защиты` `Леонарда Пелтиера` -> one ORG: the person in the genitive after a noun of
    defence, support or memory closing a name is the organisation's cause."""
    result = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and previous.label_ == 'ORG' and span.label_ == 'PER' and span.start == previous.end \
                and lemma(previous[-1].text) in PERSON_OBJECT_NOUNS and previous[-1].text.islower() \
                and is_genitive_person(span):
            result[-1] = make_span(doc, previous.start, span.end, 'ORG', 'org-person-object',
                                   span_value(previous, 'canonical'))
            continue
        result.append(span)
    return result
