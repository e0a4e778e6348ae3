"""Organisation names slovnet reads as one where a sentence names two, or misses.

- `org-owner-quote`: `командой` `НХЛ «Сент-Луис Блюз»` is two names, the league's and the
  team's;
- `org-latin`: `холдинг Ostchem`, `газеты St. Louis Post-Dispatch`: a name in Latin letters
  after an organisation's head noun.
"""

import unicodedata

from pipeline.nlp.doc import token_texts
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.orgs import head_before, is_descriptor_phrase
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, make_span, quote_groups


def cases(parses, pos):
    """The cases of the readings of `pos` among the first parses."""
    return {parsed.tag.case for parsed in parses[:4] if parsed.tag.POS == pos}


def owner_quotes(doc, spans):
    """`клуба КХЛ «Барыс»`, `в банке РПЦ «Пересвет»`, `в клубе Континентальной хоккейной лиги
    «Сибирь»`: after a lower-case head noun the quoted name is the head's organisation and the
    name before it (an abbreviation or a genitive) its owner: two ORGs. A descriptor before the
    quotes (`ТОО «Нур»`) is left to `quoted-name`."""
    closing = {open_: close for open_, close in quote_groups(doc)}
    result = list(spans)
    for span in spans:
        opens = [token.i for token in span if token.i in closing and closing[token.i] == span.end - 1]
        if span.label_ != 'ORG' or not opens or opens[0] == span.start or not head_before(doc, span.start) \
                or not doc[span.start - 1].text.islower():
            continue
        owner = doc[span.start:opens[0]]
        if is_descriptor_phrase(owner) or not (owner[-1].text.isupper() or is_genitive_name(owner)):
            continue
        result.remove(span)
        result += [make_span(doc, span.start, opens[0], 'ORG', 'org-owner-quote', span._.canonical),
                   make_span(doc, opens[0] + 1, span.end - 1, 'ORG', 'org-owner-quote')]
    return result


def is_genitive_name(tokens):
    """`Континентальной хоккейной лиги`: a capitalised name whose last word is a genitive noun."""
    return tokens[0].text[:1].isupper() and 'gent' in cases(parse(tokens[-1].text), 'NOUN')


# the heads a foreign name written in Latin letters follows: `журнала The New Yorker`,
# `холдинг Ostchem`, `компании Nichia Chemical Industries` (not `сайт`: a site is a platform)
LATIN_HEADS = frozenset('''
компания корпорация холдинг концерн банк фонд агентство газета журнал издание телеканал
радиостанция телекомпания клуб команда лаборатория портал авиакомпания производитель
'''.split())
QUOTE_MARKS = frozenset('\'«"„“')


def is_latin_word(token):
    """`Post-Dispatch`, `Süddeutsche`, `Examiner’s`: letters of the Latin script only."""
    text = token.text
    return text[:1].isascii() and text.replace('-', '').replace('’', '').isalpha() \
        and all(char in '-’' or unicodedata.name(char, '').startswith('LATIN') for char in text)


def latin_stop(doc, index):
    """End of a foreign name in Latin letters at `index` (`St. Louis Post-Dispatch`,
    `Strutt & Parker`, `TOP 09`), else None: its first word capitalised."""
    if index >= len(doc) or not is_latin_word(doc[index]) or not doc[index].text[:1].isupper():
        return None
    stop = index + 1
    while stop < len(doc):
        token = doc[stop]
        if is_latin_word(token) and (token.text[:1].isupper() or token.text in ('of', 'de', 'and')):
            stop += 1
        elif token.text == '.' and stop + 1 < len(doc) and is_latin_word(doc[stop + 1]) \
                and len(doc[stop - 1].text) <= 3 and not doc[stop - 1].whitespace_:
            stop += 1   # `St. Louis`: an abbreviation's point inside the name
        elif token.text == '&' or token.text.isdigit() and len(token.text) <= 3:
            stop += 1
        else:
            break
    while doc[stop - 1].text in '.&':
        stop -= 1
    return stop


def latin_names(doc, spans):
    """`журнале ''The New Yorker''`, `холдинг Ostchem`: a name in Latin letters right after an
    organisation's head noun (quotes of any kind between) is an ORG slovnet did not find."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    result = list(spans)
    # the words' texts, not Token objects, until a Latin name is in sight: most words are no candidate
    texts = token_texts(doc)
    size = len(texts)
    for index, text in enumerate(texts):
        if not text.isalpha():
            continue
        start = index + 1
        while start < size and start - index <= 2 and texts[start] in QUOTE_MARKS:
            start += 1   # `''Ostchem''`, `«Ostchem»`
        if start >= size or not texts[start][:1].isascii() or not texts[start][:1].isupper():
            continue
        token = doc[index]
        # the Latin name first: it is rare in Russian text, and the head's lemma costs a parse
        stop = latin_stop(doc, start)
        if stop is None or taken & set(range(start, stop)) \
                or not (token.text.islower() or token.is_sent_start) or lemma(token.text) not in LATIN_HEADS:
            continue
        # `лаборатории «SMART-технологии автомобилей»`: quotes opened must close right after the name
        if start > token.i + 1 and (stop >= len(doc) or doc[stop].text not in QUOTE_MARKS | CLOSE_QUOTES):
            continue
        result.append(make_span(doc, start, stop, 'ORG', 'org-latin'))
        taken.update(range(start, stop))
    return result
