"""Organisation names slovnet reads as one where a sentence names two, or misses.

- `org-owner-quote`: `командой` `НХЛ «Сент-Луис Блюз»` is two names, the league's and the
  team's;
- `org-latin`: `холдинг Ostchem`, `газеты St. Louis Post-Dispatch`, `технопарк IT-стартапов Astana
  Hub`: a name in Latin letters after an organisation's head noun;
- `org-latin-compound`: `IT-стартапов Astana Hub` -> `Astana Hub`: a common noun with a Latin
  prefix (`IT-`, `SMS-`) is no part of the Latin name after it;
- `org-abbreviation-end`: `в рейтинге` `QS университет поднялся`: an abbreviation and the lower-case
  subject after it are no one name, the abbreviation is;
- `org-quoted-person`: `против «Салавата Юлаева»`: a person's name wholly in quotes names a club or
  a company after the person, not the person;
- `org-capital-head`: `входит в Группу Всемирного банка`: a kind of organisation capitalised inside a
  sentence before an organisation in the genitive opens that organisation's own name;
- `org-national-park`: `Иле-Алатауского национального парка`, read by slovnet as a place, is the park, an
  institution (the gold sets keep reserves and city parks as places);
- `org-adjective-name`: `по заказу Казахского лесоустроительного предприятия`, `Каспийского
  трубопроводного консорциума`: a capitalised adjective, lower-case adjectives agreeing with it and
  an institution's head noun are a name slovnet did not find.
"""

import re
import unicodedata
from bisect import bisect_left

from pipeline.nlp.doc import doc_text, span_value, token_starts, token_texts
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.orgs import domain_stop, head_before, is_descriptor_phrase
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, OPEN_QUOTES, make_span, quote_groups
from pipeline.nlp.stages.repair.tails import dependants_stop


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
        result += [make_span(doc, span.start, opens[0], 'ORG', 'org-owner-quote', span_value(span, 'canonical')),
                   make_span(doc, opens[0] + 1, span.end - 1, 'ORG', 'org-owner-quote')]
    return result


def is_genitive_name(tokens):
    """`Континентальной хоккейной лиги`: a capitalised name whose last word is a genitive noun."""
    return tokens[0].text[:1].isupper() and 'gent' in cases(parse(tokens[-1].text), 'NOUN')


# the heads a foreign name written in Latin letters follows: `журнала The New Yorker`,
# `холдинг Ostchem`, `компании Nichia Chemical Industries`, `лоукостер FlyArystan`, `маркетплейс Wildberries`
# (not `сайт`: a site is a platform; not `разработчик`: `разработчика популярных игр FarmVille` names a game)
LATIN_HEADS = frozenset('''
компания корпорация холдинг концерн банк фонд агентство газета журнал издание телеканал
радиостанция телекомпания клуб команда лаборатория портал авиакомпания производитель
технопарк центр сервис оператор хаб лоукостер авиаперевозчик перевозчик маркетплейс стартап ритейлер
застройщик девелопер
'''.split())
# the genitive words between a head and its Latin name: `центра развития торговой политики QazTrade`,
# `сервис доставки Dostavka24`
HEAD_GENITIVES = 4
QUOTE_MARKS = frozenset('\'«"„“')


def is_latin_word(token):
    """`Post-Dispatch`, `Süddeutsche`, `Examiner’s`, `Dostavka24`: letters of the Latin script only,
    digits after them."""
    text = token.text.rstrip('0123456789')
    return text[:1].isascii() and text.replace('-', '').replace('’', '').isalpha() \
        and all(char in '-’' or unicodedata.name(char, '').startswith('LATIN') for char in text)


# the Doc's Latin names, found once: three rules ask for them (designated_names here, org_latin_subjects,
# org_repeats) and each walked every token again (0.09 s over NEREL train); a Doc's tokens never change
LATIN_RUNS_KEY = ('pipeline', 'latin_runs')


def latin_runs(doc):
    """(start, stop) of each foreign name in Latin letters (`latin_stop`), left to right, none overlapping;
    a name opens at a Latin capital (`A`-`Z`), so only those tokens are tried."""
    runs = doc.user_data.get(LATIN_RUNS_KEY)
    if runs is None:
        found, stop = [], 0
        for index in latin_capital_tokens(doc):
            end = latin_stop(doc, index) if index >= stop else None
            if end is not None:
                found.append((index, end))
                stop = end
        runs = doc.user_data[LATIN_RUNS_KEY] = tuple(found)
    return runs


# a Latin capital: the text is searched for them (a few in a Russian text) and each one that opens a
# token is a token to try, where a walk over the token texts took a fifth of a millisecond a document
LATIN_CAPITAL = re.compile('[A-Z]')


def latin_capital_tokens(doc):
    """The indexes of the tokens whose text opens with a Latin capital (`A`-`Z`), in order."""
    starts = token_starts(doc)
    found = []
    for match in LATIN_CAPITAL.finditer(doc_text(doc)):
        index = bisect_left(starts, match.start())
        if index < len(starts) and starts[index] == match.start():
            found.append(index)
    return found


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


def compound_noun(text):
    """`IT-стартапов` -> `стартапов`, `SMS-рассылки` -> `рассылки`: the Cyrillic common noun of a
    word made of a Latin abbreviation, a hyphen and a lower-case Cyrillic word, else None."""
    prefix, dash, rest = text.partition('-')
    if dash and prefix.isascii() and prefix.isalpha() and prefix.isupper() and len(prefix) <= 4 \
            and rest.isalpha() and rest.islower() and not rest.isascii():
        return rest
    return None


def latin_head(doc, index):
    """The head noun of LATIN_HEADS at `index`, or before up to HEAD_GENITIVES lower-case genitive
    words ending there (`центра` of `центра развития торговой политики`), else None."""
    cursor = index
    while cursor >= 0 and index - cursor <= HEAD_GENITIVES:
        token = doc[cursor]
        # `технопарк IT-стартапов Astana Hub`: a compound with a Latin prefix is a lower-case word
        text = compound_noun(token.text) or token.text
        if not text.replace('-', '').isalpha() or not text.islower() and cursor < index:
            return None
        if lemma(text) in LATIN_HEADS:
            return token
        if not any(parsed.tag.case == 'gent' and parsed.tag.POS in ('NOUN', 'ADJF') for parsed in parse(text)[:3]):
            return None
        cursor -= 1
    return None


def latin_name_heads(doc, texts):
    """The indexes `latin_names` tries, in order: the word before a token that opens with A-Z, with up to two
    quote marks between (`журнале ''The`); every other word's name would open at no Latin capital, and the
    walk over every token to find that out was most of the rule's time."""
    heads = set()
    for start in latin_capital_tokens(doc):
        heads.add(start - 1)
        if start >= 2 and texts[start - 1] in QUOTE_MARKS:
            heads.add(start - 2)
            if start >= 3 and texts[start - 2] in QUOTE_MARKS:
                heads.add(start - 3)
    heads.discard(-1)
    return sorted(heads)


def latin_names(doc, spans):
    """`журнале ''The New Yorker''`, `холдинг Ostchem`: a name in Latin letters right after an
    organisation's head noun (quotes of any kind between) is an ORG slovnet did not find."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    result = list(spans)
    # the words' texts, not Token objects, until a Latin name is in sight: most words are no candidate
    texts = token_texts(doc)
    size = len(texts)
    for index in latin_name_heads(doc, texts):
        text = texts[index]
        if not text.replace('-', '').isalpha():
            continue
        start = index + 1
        while start < size and start - index <= 2 and texts[start] in QUOTE_MARKS:
            start += 1   # `''Ostchem''`, `«Ostchem»`
        if start >= size or not texts[start][:1].isascii() or not texts[start][:1].isupper():
            continue
        token = doc[index]
        # the Latin name first: it is rare in Russian text, and the head's lemma costs a parse
        stop = latin_stop(doc, start)
        if stop is None or taken & set(range(start, stop)):
            continue
        head = latin_head(doc, index)
        if head is None or not (head.text.islower() or head.is_sent_start):
            continue
        # `лаборатории «SMART-технологии автомобилей»`: quotes opened must close right after the name
        if start > token.i + 1 and (stop >= len(doc) or doc[stop].text not in QUOTE_MARKS | CLOSE_QUOTES):
            continue
        result.append(make_span(doc, start, stop, 'ORG', 'org-latin'))
        taken.update(range(start, stop))
    return result + designated_names(doc, taken)


def compound_openers(doc, spans):
    """`технопарк` `IT-стартапов Astana Hub` -> `Astana Hub`: an ORG that opens with common nouns
    with a Latin prefix (`IT-стартапов`) before a name in Latin letters running to its end is that name."""
    result = []
    for span in spans:
        if span.label_ == 'ORG' and compound_noun(span[0].text):
            start = span.start
            while start < span.end and compound_noun(doc[start].text):
                start += 1
            if start < span.end and latin_stop(doc, start) == span.end:
                span = make_span(doc, start, span.end, 'ORG', 'org-latin-compound', span_value(span, 'canonical'))
        result.append(span)
    return result


# the last words of the names of companies, funds and unions: `North Caspian Operating Company`,
# `Dubai Future Foundation`, `Air Astana Group`
DESIGNATORS = frozenset('''
company corporation corp inc ltd llc plc group holding holdings foundation fund bank
association federation union university institute airlines airways
'''.split())


def designated_names(doc, taken):
    """ORGs of two or more capitalised Latin words, the last one a company's or a body's word
    (`через программу Dubai Future Foundation`), wherever slovnet found nothing."""
    texts = token_texts(doc)
    return [make_span(doc, index, stop, 'ORG', 'org-latin') for index, stop in latin_runs(doc)
            if stop - index >= 2 and texts[stop - 1].lower() in DESIGNATORS and taken.isdisjoint(range(index, stop))
            and (index == 0 or not is_latin_word(doc[index - 1]))]


# the heads a name of capitalised adjective and lower-case noun ends in (`Казахское лесоустроительное
# предприятие`, `Исторический музей`); not the nouns an adjective makes no name of (`Казахстанское
# общество`, `Британская полиция`, `Европейская команда`)
ADJECTIVE_HEADS = frozenset(word for word in ORG_HEADS if len(word) > 3) - frozenset('''
группа команда сайт форум издание портал радио филиал организация общество движение
студия группировка союз
'''.split()) | frozenset('консорциум бюро департамент информагентство служба комитет инспекция конфедерация'.split())
# place adjectives: `Казахское`, `Каспийского`, `Иле-Алатауского`
PLACE_ADJECTIVE_ENDINGS = ('ский', 'ская', 'ское', 'ского', 'ской', 'скую', 'ском', 'скому', 'ским')
ADJECTIVE_WORDS = 4


def agreements(parses, pos):
    """(case, number, gender) of the singular readings of part of speech `pos`; the gender is
    None where the word has none to agree in (`бюро`) or for the plural."""
    return {(parsed.tag.case, parsed.tag.gender) for parsed in parses[:4]
            if parsed.tag.POS == pos and parsed.tag.number == 'sing'}


def adjective_name_stop(doc, index):
    """End of the head noun of `Каспийского трубопроводного консорциума` at `index`, else None: a
    capitalised adjective, up to three lower-case ones, and a singular head from ADJECTIVE_HEADS
    all agreeing in case and gender."""
    first = token_texts(doc)[index]
    # `Казахское`, `Западно-Казахстанское`; not an abbreviation
    if not (first[:1].isupper() and not first.isupper() and first.replace('-', '').isalpha()):
        return None
    parses = parse(first)
    # `Каждая новая школа`: a pronoun's adjective names nothing
    if any('Apro' in parsed.tag for parsed in parses[:2]):
        return None
    readings = agreements(parses, 'ADJF')
    cursor = index + 1
    while readings and cursor < len(doc) and cursor - index <= ADJECTIVE_WORDS:
        token = doc[cursor]
        if not (token.is_alpha and token.text.islower()):
            return None
        parses = parse(token.text)
        heads = {parsed.normal_form for parsed in parses[:3] if parsed.tag.POS == 'NOUN'}
        if heads & ADJECTIVE_HEADS:
            nouns = agreements(parses, 'NOUN')
            agree = any(case == noun_case and (gender is None or noun_gender in (None, gender))
                        for case, gender in readings for noun_case, noun_gender in nouns)
            return cursor + 1 if agree and cursor > index else None
        readings = {(case, gender) for case, gender in readings for parsed in parses[:4]
                    if parsed.tag.POS in ('ADJF', 'PRTF') and parsed.tag.number == 'sing'
                    and parsed.tag.case == case and parsed.tag.gender == gender}
        cursor += 1
    return None


def adjective_name_openers(texts):
    """The indexes of the capitalised words before a lower-case one (`Казахского лесоустроительного`), in
    order: read off the token texts, where a Token per word was most of `adjective_names`' time."""
    return [index for index in range(len(texts) - 1) if texts[index][:1].isupper() and texts[index + 1][:1].islower()]


def adjective_names(doc, spans):
    """`по заказу Казахского лесоустроительного предприятия`, `Казахстанское международное бюро по
    правам человека и соблюдению законности`: a capitalised adjective (inside a sentence, where only a
    name capitalises it; opening one, a place adjective and a second adjective), lower-case
    adjectives and an institution's head, with its remit or genitives, are an ORG slovnet did not
    find. A quoted or Latin name after the head is the name (`Высший колледж «Болашак»`), left to
    the rules for those."""
    covered = {index: span for span in spans for index in range(span.start, span.end)}
    result = list(spans)
    texts = token_texts(doc)
    for index in adjective_name_openers(texts):
        text = texts[index]
        own = covered.get(index)
        if own is not None and (own.start != index or len(own) > 1):
            continue
        # `по программе «Комфортная школа»`: a quoted name is a programme's or left to the quote rules
        if index and texts[index - 1] in OPEN_QUOTES:
            continue
        stop = adjective_name_stop(doc, index)
        if stop is None:
            continue
        if doc[index].is_sent_start and (stop - index < 3 or not text.lower().endswith(PLACE_ADJECTIVE_ENDINGS)):
            continue
        taken = {position for position in covered if position >= stop}
        if stop < len(doc) and doc[stop].text == 'по':
            stop = domain_stop(doc, stop) or stop
        else:
            stop = dependants_stop(doc, stop, taken)
        if stop < len(doc) and (doc[stop].text in OPEN_QUOTES or is_latin_word(doc[stop])):
            continue
        if any(position in covered and covered[position] is not own for position in range(index, stop)):
            continue
        result = [span for span in result if span is not own]
        result.append(make_span(doc, index, stop, 'ORG', 'org-adjective-name'))
        covered.update({position: result[-1] for position in range(index, stop)})
    return result


def is_nominative_only(text):
    """No reading of the word is a genitive (`университет`, `66-летний`; not `области`)."""
    parses = parse(text)
    return bool(parses) and not any(parsed.tag.case in ('gent', 'gen2') for parsed in parses[:4])


def abbreviation_ends(doc, spans):
    """`в рейтинге QS университет поднялся`, `ГРУ 66-летний`: an ORG of an abbreviation in capitals
    and lower-case words after it none of which can be its genitive is the abbreviation alone, the
    words the sentence goes on with (`ДЧС области` keeps its region)."""
    result = []
    for span in spans:
        first = span[0].text
        if span.label_ == 'ORG' and len(span) > 1 and len(first) > 1 and first.isupper() and first.isalpha() \
                and not span_value(span, 'canonical') and all(token.text.islower() for token in span[1:]) \
                and is_nominative_only(span[1].text):
            span = make_span(doc, span.start, span.start + 1, 'ORG', 'org-abbreviation-end')
        result.append(span)
    return result


# the nouns for works and awards a quoted person's name titles (`роман «Анна Каренина»`, `премия
# «Оскар»`): no organisation
WORK_NOUNS = frozenset('''
роман повесть рассказ поэма фильм сериал спектакль пьеса опера балет песня альбом картина книга
мультфильм мюзикл постановка роль портрет памятник премия награда приз статуэтка орден медаль
'''.split())


def quoted_persons(doc, spans):
    """`матч против «Салавата Юлаева»`, `акции «Ивана Петрова»`: a PER wholly in «» quotes is an
    organisation named after a person; one after a noun for a work or an award (`роман «Анна
    Каренина»`, `премии «Оскар»`) is left."""
    result = []
    for span in spans:
        if span.label_ == 'PER' and span.start >= 1 and span.end < len(doc) and doc[span.start - 1].text == '«' \
                and doc[span.end].text == '»':
            before = doc[span.start - 2].text.lower() if span.start >= 2 else ''
            if lemma(before) not in WORK_NOUNS:
                span = make_span(doc, span.start, span.end, 'ORG', 'org-quoted-person')
        result.append(span)
    return result


def is_capital_head(token):
    """`Группу`, `Фонда`: a kind of organisation capitalised inside a sentence, where only a name
    capitalises it (not after a full stop, a quote or a dash)."""
    text = token.text
    if not (token.is_alpha and text[:1].isupper() and text[1:].islower()) or token.is_sent_start:
        return False
    if token.i and not token.doc[token.i - 1].is_alpha:
        return False
    return lemma(text.lower()) in ORG_HEADS


def capital_heads(doc, spans):
    """`входит в Группу` `Всемирного банка` (ORG) -> ORG `Группу Всемирного банка`: a capitalised kind of
    organisation no span holds, right before an ORG in the genitive, is that name's head; the name is
    another organisation than the one after it (`группу Всемирного банка`, lower-case, stays the bank)."""
    covered = {index for span in spans for index in range(span.start, span.end)}
    result = []
    for span in spans:
        head = span.start - 1
        if span.label_ == 'ORG' and head >= 0 and head not in covered and is_capital_head(doc[head]) \
                and 'gent' in cases(parse(span[0].text), 'ADJF') | cases(parse(span[0].text), 'NOUN'):
            span = make_span(doc, head, span.end, 'ORG', 'org-capital-head')
        result.append(span)
    return result


def national_parks(doc, spans):
    """`Иле-Алатауского национального парка` (LOC) -> ORG: a national park named by a capitalised
    adjective is the park's administration, an institution (as `Государственный национальный природный
    парк «Шарын»`); slovnet reads it as a place. Not a reserve or any other park (`Коргалжынский
    заповедник`, `Центральный парк`), which the gold sets take as places."""
    result = []
    for span in spans:
        if span.label_ != 'LOC' or len(span) < 3 or not span[0].text[:1].isupper():
            result.append(span)
            continue
        words = [token.text.lower() for token in span if token.text.replace('-', '').isalpha()]
        if len(words) >= 3 and 'парк' in words[-1] \
                and any(parsed.normal_form == 'парк' for parsed in parse(words[-1])[:3]) \
                and any(lemma(word) == 'национальный' for word in words[1:-1]):
            span = make_span(doc, span.start, span.end, 'ORG', 'org-national-park', span_value(span, 'canonical'))
        result.append(span)
    return result
