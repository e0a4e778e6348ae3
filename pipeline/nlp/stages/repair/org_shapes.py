"""Organisation names slovnet reads as one where a sentence names two, or misses.

- `org-owner-quote`: `командой` `НХЛ «Сент-Луис Блюз»` is two names, the league's and the
  team's;
- `org-latin`: `холдинг Ostchem`, `газеты St. Louis Post-Dispatch`, `центра развития торговой
  политики QazTrade`: a name in Latin letters after an organisation's head noun and its genitives;
- `org-adjective-head`: `по заказу Казахского лесоустроительного предприятия`: slovnet's person
  `Казахского` is the first word of an organisation's name.
"""

import unicodedata

from pipeline.nlp.doc import token_texts
from pipeline.nlp.lexicons import ORG_HEADS
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
технопарк центр стартап разработчик оператор сервис
'''.split())
# the words a head's dependants may be before the name: `центра развития торговой политики QazTrade`,
# `технопарка IT-стартапов Astana Hub` (genitives only: `компания продала Google` is no name of it)
MAX_DEPENDANTS = 3
# the last word of a Latin name that makes it an organisation's wherever it stands:
# `через программу Dubai Future Foundation`, `грант от Open Society Foundations`
LATIN_ORG_WORDS = frozenset('''
Foundation Foundations Fund Bank Group Holding Holdings Corporation Company Association Agency
University Institute Ventures Capital Partners Technologies Solutions Airlines Airways
'''.split())
QUOTE_MARKS = frozenset('\'«"„“')


def is_latin_word(token):
    """`Post-Dispatch`, `Süddeutsche`, `Examiner’s`: letters of the Latin script only."""
    text = token.text.rstrip('0123456789')   # `Dostavka24`: digits after the letters
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


def is_head(token):
    return (token.text.islower() or token.is_sent_start) and lemma(token.text) in LATIN_HEADS


def is_genitive_dependant(token):
    """`развития`, `торговой`, `IT-стартапов`: a lower-case word (a Latin prefix allowed) that may
    be a genitive noun or adjective."""
    word = token.text.split('-')[-1]
    return word.isalpha() and word.islower() and any(
        parsed.tag.case == 'gent' and parsed.tag.POS in ('NOUN', 'ADJF') for parsed in parse(word)[:3])


def latin_head(doc, index, start):
    """The head noun a Latin name at `start` follows (`холдинг Ostchem`), the word at `index`
    before it, or one up to MAX_DEPENDANTS genitives before it when no quotes come between
    (`центра развития торговой политики QazTrade`), else None."""
    if is_head(doc[index]):
        return doc[index]
    if start != index + 1:
        return None
    for back in range(index, max(index - MAX_DEPENDANTS, 0), -1):
        if not is_genitive_dependant(doc[back]):
            return None
        if is_head(doc[back - 1]):
            return doc[back - 1]
    return None


def trimmed_dependant(doc, span):
    """`технопарк IT-стартапов Astana Hub` read as an ORG `IT-стартапов Astana Hub` -> `Astana Hub`:
    a head's genitive dependant is no part of the Latin name after it."""
    if span.label_ != 'ORG' or len(span) < 2 or not is_genitive_dependant(span[0]) \
            or latin_stop(doc, span.start + 1) != span.end:
        return span
    return make_span(doc, span.start + 1, span.end, 'ORG', 'org-latin', span._.canonical)


def latin_names(doc, spans):
    """`журнале ''The New Yorker''`, `холдинг Ostchem`: a name in Latin letters right after an
    organisation's head noun (quotes of any kind between) is an ORG slovnet did not find."""
    spans = [trimmed_dependant(doc, span) for span in spans]
    taken = {index for span in spans for index in range(span.start, span.end)}
    result = list(spans)
    # the words' texts, not Token objects, until a Latin name is in sight: most words are no candidate
    texts = token_texts(doc)
    size = len(texts)
    for index, text in enumerate(texts):
        if not text.replace('-', '').isalpha():   # `IT-стартапов` may be a head's dependant
            continue
        start = index + 1
        while start < size and start - index <= 2 and texts[start] in QUOTE_MARKS:
            start += 1   # `''Ostchem''`, `«Ostchem»`
        if start >= size or not texts[start][:1].isascii() or not texts[start][:1].isupper():
            continue
        # the Latin name first: it is rare in Russian text, and the head's lemma costs a parse
        stop = latin_stop(doc, start)
        if stop is None or taken & set(range(start, stop)):
            continue
        if latin_head(doc, index, start) is None and doc[stop - 1].text not in LATIN_ORG_WORDS:
            continue
        # `лаборатории «SMART-технологии автомобилей»`: quotes opened must close right after the name
        if start > index + 1 and (stop >= len(doc) or doc[stop].text not in QUOTE_MARKS | CLOSE_QUOTES):
            continue
        result.append(make_span(doc, start, stop, 'ORG', 'org-latin'))
        taken.update(range(start, stop))
    return result


# how many lower-case adjectives may stand between the first word and the head noun
MAX_ADJECTIVES = 3


def adjective_cases(token):
    """The cases `token` may have as an adjective (ADJF) among its first readings."""
    return {parsed.tag.case for parsed in parse(token.text.lower())[:4] if parsed.tag.POS == 'ADJF'}


def adjective_heads(doc, spans):
    """`по заказу Казахского лесоустроительного предприятия`, `сотрудники Павлодарского
    педагогического университета`: a capitalised adjective slovnet took for a person, then
    lower-case adjectives and an organisation's head noun in its case, is an ORG up to the head
    (`Казахского` alone, with no such head after it, stays as it was)."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    result = []
    for span in spans:
        if span.label_ == 'PER' and len(span) == 1 and span.text[:1].isupper():
            cases = adjective_cases(span[0])
            stop = span.end
            while cases and stop < len(doc) and stop - span.end < MAX_ADJECTIVES \
                    and doc[stop].text.isalpha() and doc[stop].text.islower() and stop not in taken:
                head_cases = {parsed.tag.case for parsed in parse(doc[stop].text)[:4]
                              if parsed.tag.POS == 'NOUN' and parsed.normal_form in ORG_HEADS}
                if cases & head_cases:
                    span = make_span(doc, span.start, stop + 1, 'ORG', 'org-adjective-head')
                    break
                cases &= adjective_cases(doc[stop])
                stop += 1
        result.append(span)
    return result
