"""Organisation names slovnet cuts inside a coordination (`org-coordinated`).

- an adjective left without its noun: `Центра химической` `, биологической и ядерной
  обороны`, `Национальной ассамблеи народной` `власти`;
- a genitive list after the head: `Союза писателей` `и журналистов`, `Бюро по контролю за
  оборотом алкоголя` `, табачных изделий и огнестрельного оружия`.

And an organisation's owner before its quoted name (`org-owner-quote`): `командой` `НХЛ
«Сент-Луис Блюз»` is two names, the league's and the team's; a name in Latin letters after an
organisation's head noun (`org-latin`): `холдинг Ostchem`.
"""

import unicodedata

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.orgs import head_before, is_descriptor_phrase
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, is_name_start, make_span, quote_groups
from pipeline.nlp.stages.repair.tails import absorb, dependants_stop, is_lower_word, is_singular_body

# a coordination longer than this is a sentence's list, not a name's
COORDINATED_WORDS = 12


def cases(parses, pos):
    """The cases of the readings of `pos` among the first parses."""
    return {parsed.tag.case for parsed in parses[:4] if parsed.tag.POS == pos}


def first_pos(token):
    parses = parse(token.text)
    return parses[0].tag.POS if parses else None


def adjective_noun_stop(doc, last):
    """End of `, биологической и ядерной обороны` after the adjective at `last`, else None:
    more adjectives (a comma list closed by `и`) and the noun they all agree with."""
    wanted = cases(parse(doc[last].text), 'ADJF')
    if not wanted:
        return None
    index, comma, joined = last + 1, False, False
    while index < len(doc) and index - last <= COORDINATED_WORDS:
        token = doc[index]
        if token.text == ',':
            comma = True
        elif token.text == 'и':
            joined = True
        elif not is_lower_word(token):
            return None
        else:
            parses = parse(token.text)
            if not parses:
                return None
            if parses[0].tag.POS == 'NOUN':
                # `Национальной ассамблеи народной власти`; a comma list needs its `и`
                if wanted & cases(parses, 'NOUN') and (joined or not comma) and doc[index - 1].text not in ',и':
                    return index + 1
                return None
            if parses[0].tag.POS != 'ADJF' or not wanted & cases(parses, 'ADJF'):
                return None
        index += 1
    return None


def genitive_phrase_stop(doc, index, named=frozenset()):
    """End of a lower-case genitive phrase at `index` (`табачных изделий`,
    `огнестрельного оружия`), else None; a body of its own (`правительства`) is none, nor
    is a noun the name already holds (`Конгресса профсоюзов` `и профсоюза шахтёров`: a second body)."""
    start = index
    while index < len(doc) and index - start < 4 and is_lower_word(doc[index]):
        parses = parse(doc[index].text)
        if not parses or 'gent' not in cases(parses, parses[0].tag.POS):
            return None
        if parses[0].tag.POS == 'NOUN':
            return None if is_singular_body(doc[index]) or parses[0].normal_form in named else index + 1
        if parses[0].tag.POS != 'ADJF':
            return None
        index += 1
    return None


def genitive_list_stop(doc, span):
    """End of `и журналистов`, `, табачных изделий и огнестрельного оружия` after the
    genitive noun ending `span`, else None: genitive phrases parted by commas, the last after `и`."""
    last = span.end - 1
    # `Турецкие авиалинии` `и ряда других`: the last noun is the head, no genitive after one
    if 'gent' not in cases(parse(doc[last].text), 'NOUN') or not any(
            first_pos(token) == 'NOUN' for token in span[:-1] if token.is_alpha):
        return None
    named = frozenset(parse(token.text)[0].normal_form for token in span if token.is_alpha and parse(token.text))
    index = last + 1
    while index < len(doc) and index - last <= COORDINATED_WORDS and doc[index].text in (',', 'и'):
        stop = genitive_phrase_stop(doc, index + 1, named)
        if stop is None:
            return None
        if doc[index].text == 'и':
            return stop
        index = stop
    return None


def coordinated_tails(doc, spans):
    """An ORG cut inside a coordination runs on to the coordination's end (see the module)."""
    result = list(spans)
    for span in spans:
        last = span.end - 1
        if span.label_ != 'ORG' or len(span) < 2 or not is_name_start(span[0]) or not is_lower_word(doc[last]):
            continue
        pos = first_pos(doc[last])
        if pos == 'ADJF':
            stop = adjective_noun_stop(doc, last)
        elif pos == 'NOUN':
            stop = genitive_list_stop(doc, span)
        else:
            continue
        if stop is None:
            continue
        # `и распространителей` `печатной продукции`: the last noun's own genitives
        stop = max(stop, dependants_stop(doc, stop, set()))
        changed = absorb(doc, [other for other in result if other is not span] + [span],
                         span.start, stop, 'org-coordinated', span._.canonical)
        if changed is not None:
            result = changed
    return result


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
    for token in doc:
        if not token.is_alpha or not (token.text.islower() or token.is_sent_start) \
                or lemma(token.text) not in LATIN_HEADS:
            continue
        start = token.i + 1
        while start < len(doc) and start - token.i <= 2 and doc[start].text in QUOTE_MARKS:
            start += 1   # `''Ostchem''`, `«Ostchem»`
        stop = latin_stop(doc, start)
        if stop is None or taken & set(range(start, stop)):
            continue
        # `лаборатории «SMART-технологии автомобилей»`: quotes opened must close right after the name
        if start > token.i + 1 and (stop >= len(doc) or doc[stop].text not in QUOTE_MARKS | CLOSE_QUOTES):
            continue
        result.append(make_span(doc, start, stop, 'ORG', 'org-latin'))
        taken.update(range(start, stop))
    return result
