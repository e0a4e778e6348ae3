"""The tails of long official names: the place, the remit, the person a body is named after.

- `org-place`: `Департамента экологии` `по Карагандинской области`, `управления
  здравоохранения` `Восточно-Казахстанской области`, `Управление экономики` `города Шымкент`;
- `court`: `специализированный межрайонный суд по уголовным делам города Актобе`,
  `районный суд Алмалинского района`; a bare `суд` names nothing;
- `named-after`: `АО «Қазақфильм»` `имени Шакена Айманова`, `театра имени Мухтара Ауэзова`;
- `org-field`: `Комитет по обеспечению качества` `в сфере образования`: a remit's field;
- `org-sport`: `Казахстанской федерации хоккея` `с шайбой`: a sport whose name goes on after `с`;
- `org-school-field`: `Лондонской школы` `экономики`, `Казахской академии` `спорта и туризма`: a
  school named by its field;
- `legal-edge`: `Бишкуль ТОО` `«Бишкуль Агро»` -> `Бишкуль`: a legal form is no part of a place;
- `org-parent-body`: `Управление сельского хозяйства` `акимата Костанайской области`: an office
  and the akimat or maslikhat it belongs to are one name;
- `legal-quote`: `ГУ «Отдел земельных отношений города Конаев»`, `КГП на ПХВ «...»`:
  a legal form and its quoted name are one organisation, a place inside included.
"""

from bisect import bisect_left, bisect_right
from operator import attrgetter

from pipeline.nlp.doc import doc_text, span_value, token_texts
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.name_parts import is_first_name
from pipeline.nlp.stages.repair.spans import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    is_case,
    make_span,
    quote_groups,
)

# управление здравоохранения ..., прокуратура ..., аппарат акима ...: a body of the state
# that a region, a city or a district has one of
BODY_HEADS = frozenset('''
департамент управление прокуратура аппарат отдел комитет агентство акимат
маслихат инспекция палата министерство правительство администрация
'''.split())
# what else a body's remit `по Карагандинской области` follows: `службы`, `суда`, `УФСБ`
TERRITORIAL_HEADS = BODY_HEADS | frozenset('служба суд комиссия центр штаб'.split())
# the genitive of a territorial unit: `города Шымкент`, `области Абай`, `г. Алматы`,
# `штата Аризона` (`Университет штата Аризона`, `Верховный суд штата Нью-Йорк`)
UNIT_FORMS = frozenset('города г области района села аула поселка посёлка края штата'.split())
DEPENDANT_POS = ('NOUN', 'ADJF', 'PRTF')
DEPENDANT_WORDS = 6
START, END = attrgetter('start'), attrgetter('end')


def is_lower_word(token):
    return token.text[:1].islower() and token.text.replace('-', '').isalpha()


def is_title_word(token):
    """`Прокуратура`: a capitalised word, the rest in lower case."""
    text = token.text
    return text[:1].isupper() and text[1:].islower() and text.replace('-', '').isalpha()


def unit_stop(doc, index):
    """Index after `города`, `г.`, `области` at `index`, else `index`."""
    if index < len(doc) and doc[index].text.lower() in UNIT_FORMS:
        index += 1
        if doc[index - 1].text.lower() == 'г' and index < len(doc) and doc[index].text == '.':
            index += 1
    return index


def place_tail(doc, index, places, genitive_only=False):
    """End of a place tail starting at `index`, else None: `по Карагандинской области`,
    `по г. Алматы`, `города Шымкент`, `Алматинской области` (a place the spans hold);
    with `genitive_only`, no `по` and a unit word or a unit-ending place
    (`Талгарского района`, not `Казахстана`)."""
    by_preposition = not genitive_only and index < len(doc) and doc[index].text == 'по'
    if by_preposition:
        index += 1
    after_unit = unit_stop(doc, index)
    place = places.get(after_unit)
    if place is None and after_unit == index + 1:
        # `маслихата` `области Жетысу`: loc-named made the unit word part of the place
        place = places.get(index)
    if place is None or not doc[after_unit - 1].whitespace_ and after_unit > index:
        return None
    if after_unit == index and not by_preposition:
        # `Алматинской области`, not `Алматы` after a verb's object
        if place[-1].text.lower() not in UNIT_FORMS or not is_case(parse(place[0].text), 'gent'):
            return None
    return place.end


def dependants_stop(doc, start, taken):
    """End of the genitive words after a body's head: `здравоохранения`,
    `экономики и бюджетного планирования`, `земельных отношений`, `акима`."""
    index, stop = start, start
    while index < len(doc) and index - start < DEPENDANT_WORDS and index not in taken:
        token = doc[index]
        if token.text == 'и' and stop == index and index > start:
            index += 1
            continue
        # `управления стратегических разработок` | `правительства ... области`: a body of its own
        if not is_lower_word(token) or token.text in UNIT_FORMS or is_singular_body(token):
            break
        parses = parse(token.text)
        if not parses or parses[0].tag.POS not in DEPENDANT_POS or not is_case(parses, 'gent'):
            break
        index += 1
        if parses[0].tag.POS == 'NOUN':
            stop = index
    return stop


def absorb(doc, spans, start, stop, rule, canonical=None):
    """Spans with one ORG [start, stop) in place of those inside it; None if a
    span crosses its edge. `spans` are sorted by start and do not overlap, as every
    repair rule hands them on (and this keeps them so): the spans it touches are found
    by bisection, where walking them all for each name cost a long document the square
    of its length."""
    first = bisect_left(spans, start, key=START)
    after = bisect_left(spans, stop, lo=first, key=START)
    if first and spans[first - 1].end > start or after > first and spans[after - 1].end > stop:
        return None
    inside = spans[first:after]
    canonical = canonical or next((span_value(span, 'canonical') for span in inside if span.label_ == 'ORG'
                                   and span.start == start), None)
    return spans[:first] + [make_span(doc, start, stop, 'ORG', rule, canonical)] + spans[after:]


# the first letters every form of a body noun shares: most words are turned away before
# pymorphy3 is asked (parsing every lower-case word was most of `org-place`'s time)
BODY_PREFIXES = frozenset(head[:5] for head in BODY_HEADS)


def is_singular_body(token):
    if token.text[:5].lower() not in BODY_PREFIXES:
        return False
    return any(parsed.normal_form in BODY_HEADS and parsed.tag.number == 'sing' for parsed in parse(token.text)[:3])


def serves_territory(span):
    """`Департамента экологии`, `УФСБ`: a body that serves a territory (not `Военно-воздушных
    сил Израиля` `по Палестинским территориям`, a strike's target)."""
    last = span[-1].text
    if len(last) > 1 and last.isupper() and last.isalpha():
        return True
    return any(lemma(token.text) in TERRITORIAL_HEADS for token in span if token.is_alpha)


def is_plural_place(span):
    return all(parsed.tag.number == 'plur' for parsed in parse(span[-1].text)[:2] if parsed.tag.number)


def is_unit_named_person(doc, span):
    """`области` `Абай`, `города` `Конаева`: a one-word PER right after a lower-case unit word is a
    region or a town named after a person (`Департамента по чрезвычайным ситуациям области Абай`)."""
    return span.label_ == 'PER' and len(span) == 1 and span.start > 0 \
        and doc[span.start - 1].text in UNIT_FORMS - {'г'}


def org_places(doc, spans):
    """`Департамента экологии` `по Карагандинской области`, `управления здравоохранения`
    `Восточно-Казахстанской области`: a body and the territory it serves are one name.
    (`провёл рейды в Алматинской области`: `в` after a verb is no tail.)"""
    spans = list(spans)
    places = {span.start: span for span in spans if span.label_ == 'LOC' or is_unit_named_person(doc, span)}
    # the spans are taken in order of their start, so one absorbed into a longer name starts
    # before the end of the last name made
    made_to = 0
    for span in [span for span in spans if span.label_ == 'ORG']:
        if span.start < made_to:
            continue
        stop = place_tail(doc, span.end, places)
        if stop is None or span.end == stop:
            continue
        # `Управление экономики` `города Шымкент`: org-country joined a place right after it
        if doc[span.end].text == 'по':
            if not serves_territory(span) or is_plural_place(doc[stop - 1:stop]):
                continue
        elif doc[span.end].text.lower() not in UNIT_FORMS:
            continue
        absorbed = absorb(doc, spans, span.start, stop, 'org-place', span_value(span, 'canonical'))
        if absorbed is not None:
            spans, made_to = absorbed, stop
    taken = {index for span in spans for index in range(span.start, span.end)}
    for index, text in enumerate(token_texts(doc)):
        if text[:5].lower() not in BODY_PREFIXES or index in taken:
            continue
        token = doc[index]
        if not (is_lower_word(token) or is_title_word(token)) or not is_singular_body(token):
            continue
        after = dependants_stop(doc, token.i + 1, taken)
        # `Прокуратура Туркестанской области проверяет`, `Управление пассажирского транспорта и
        # автомобильных дорог Павлодарской области`: a capitalised head is named by its territory,
        # a unit in the genitive, after its lower-case remit or none (`Министерство` `Казахстана`
        # is no such tail)
        genitive_only = doc[after].text != 'по' if after < len(doc) else True
        # `Департамент экологии по области Улытау`: a capitalised head takes `по` and its territory
        # only after a remit of its own (a bare `Министерство по ...` is no unit of a territory)
        if not is_lower_word(token) and not genitive_only and after == token.i + 1:
            continue
        stop = place_tail(doc, after, places, genitive_only=genitive_only)
        if stop is None:
            continue
        result = absorb(doc, spans, token.i, stop, 'org-place')
        if result is not None:
            spans = result
            taken.update(range(token.i, stop))
    return spans


# the genitive of the local body an office belongs to: `управление образования акимата области`
PARENT_BODIES = frozenset('акимата маслихата'.split())
# the offices of an akimat or a maslikhat
OFFICE_HEADS = BODY_HEADS - {'акимат', 'маслихат', 'министерство', 'правительство'}


def is_office_of(office, body):
    """`Управление сельского хозяйства` `акимата Костанайской области`: an office (its head
    first, no quoted name closing it) right before the akimat or maslikhat it belongs to, in the
    genitive and in lower case."""
    if office.label_ != 'ORG' or body.label_ != 'ORG' or office.end != body.start or len(body) < 2:
        return False
    if body[0].text not in PARENT_BODIES or office[-1].text in CLOSE_QUOTES or not office[0].is_alpha:
        return False
    return lemma(office[0].text) in OFFICE_HEADS


def parent_bodies(doc, spans):
    """`Управление сельского хозяйства акимата Костанайской области`, `управления образования
    акимата Жамбылской области`: an office and the akimat it belongs to, found as two ORGs, are
    one name, the office's."""
    result = []
    for span in spans:
        if result and is_office_of(result[-1], span):
            office = result.pop()
            span = make_span(doc, office.start, span.end, 'ORG', 'org-parent-body')
        result.append(span)
    return result


# в сфере образования, в области здравоохранения: the field a remit works in
FIELD_NOUNS = frozenset('сфере области отрасли'.split())


def field_tails(doc, spans):
    """`Комитет по обеспечению качества` `в сфере образования`, `Комитет по контролю`
    `в области здравоохранения и науки`: the field after a remit is part of the name
    (lower-case genitives only: `в Алматинской области` is a place)."""
    result = list(spans)
    for span in spans:
        stop = span.end
        if span.label_ != 'ORG' or stop + 2 >= len(doc) or doc[stop].text != 'в' \
                or doc[stop + 1].text not in FIELD_NOUNS or not any(token.text == 'по' for token in span):
            continue
        end = dependants_stop(doc, stop + 2, set())
        if end > stop + 2:
            result = absorb(doc, result, span.start, end, 'org-field', span_value(span, 'canonical')) or result
    return result


# хоккей с шайбой, хоккей с мячом, прыжки с трамплином/с шестом/с парашютом: sports whose very
# name goes on after `с`, so a federation or a league of one ends after it
SPORT_TAILS = {'хоккей': frozenset('шайба мяч'.split()), 'прыжок': frozenset('трамплин шест парашют'.split())}


def sport_tails(doc, spans):
    """`Казахстанской федерации хоккея` `с шайбой`, `Федерация прыжков` `с трамплином`: an
    organisation named after such a sport takes the rest of the sport's name."""
    result = list(spans)
    for span in spans:
        stop = span.end
        if span.label_ != 'ORG' or stop + 1 >= len(doc) or doc[stop].text.lower() not in ('с', 'со'):
            continue
        tails = SPORT_TAILS.get(lemma(span[-1].text.lower()))
        if tails and lemma(doc[stop + 1].text.lower()) in tails:
            result = absorb(doc, result, span.start, stop + 2, 'org-sport', span_value(span, 'canonical')) or result
    return result


# the heads of schools named by the field they teach: `школа экономики`, `академия искусств`
SCHOOL_HEADS = frozenset('школа академия институт колледж консерватория'.split())


# the heads of federations and associations named by the sport or the field they unite:
# `Казахстанская федерация велосипедного спорта`, `Азиатская конфедерация волейбола`
FIELD_HEADS = SCHOOL_HEADS | frozenset('федерация конфедерация ассоциация'.split())


def school_fields(doc, spans):
    """`Лондонской школы` `экономики`, `Казахской академии` `спорта и туризма`, `Казахстанская
    федерация` `велосипедного спорта`: a capitalised name that slovnet ends at its lower-case head
    takes the lower-case genitives of its field after it."""
    result = list(spans)
    taken = {index for span in spans for index in range(span.start, span.end)}
    for span in spans:
        if span.label_ != 'ORG' or len(span) < 2 or not span[-1].text.islower() \
                or lemma(span[-1].text) not in FIELD_HEADS:
            continue
        stop = dependants_stop(doc, span.end, taken)
        if stop > span.end:
            result = absorb(doc, result, span.start, stop, 'org-school-field', span_value(span, 'canonical')) or result
    return result


def unit_tails(doc, spans):
    """`Управления финансов` `области Жетысу`, `Департамента полиции` `области Абай`: a body
    and the region named after it are one name, once place-head has cut the region
    (`области Жетысу`) from the person after it."""
    places = {span.start: span for span in spans if span.label_ == 'LOC' and span[0].text.lower() in UNIT_FORMS}
    if not places:
        return spans
    for span in [span for span in spans if span.label_ == 'ORG' and span.end in places]:
        if serves_territory(span):
            spans = absorb(doc, spans, span.start, places[span.end].end, 'org-unit',
                           span_value(span, 'canonical')) or spans
    return spans


# суд по уголовным делам, суд по делам несовершеннолетних
COURT_REMIT_NOUNS = frozenset('дело правонарушение спор'.split())


def court_remit_stop(doc, index):
    """End of `по уголовным делам`, `по делам несовершеннолетних` at `index`, else `index`."""
    if index >= len(doc) or doc[index].text != 'по':
        return index
    cursor = index + 1
    while cursor < len(doc) and is_lower_word(doc[cursor]) and is_case(parse(doc[cursor].text), 'datv') \
            and parse(doc[cursor].text)[0].tag.POS in ('ADJF', 'PRTF'):
        cursor += 1
    if cursor >= len(doc) or not is_lower_word(doc[cursor]) or lemma(doc[cursor].text) not in COURT_REMIT_NOUNS:
        return index
    cursor += 1
    # по делам несовершеннолетних
    while cursor < len(doc) and is_lower_word(doc[cursor]) and is_case(parse(doc[cursor].text), 'gent') \
            and doc[cursor].text not in UNIT_FORMS and cursor - index < 5:
        cursor += 1
    return cursor


def is_place_adjective(token):
    """`Алматинский`, `Конаевском`: a capitalised adjective made from a place name."""
    if not token.text[:1].isupper() or not token.text.replace('-', '').isalpha():
        return False
    return any(parsed.tag.POS == 'ADJF' and parsed.normal_form.endswith(('ский', 'цкий'))
               for parsed in parse(token.text)[:2])


def courts(doc, spans):
    """`специализированный межрайонный суд по уголовным делам города Актобе`,
    `Алматинский областной суд`: a court named by its place is an organisation;
    a bare `суд` (`Суд вернул землю`) is none."""
    spans = [span for span in spans if not (span.label_ == 'ORG' and len(span) == 1 and lemma(span[0].text) == 'суд')]
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    if 'суд' not in doc_text(doc).lower():
        return spans
    for index, text in enumerate(token_texts(doc)):
        # every form of суд starts so: the other words are turned away before pymorphy3 is asked
        if text[:3].lower() != 'суд':
            continue
        token = doc[index]
        if not token.is_alpha or lemma(token.text) != 'суд' or not any(
                parsed.tag.number == 'sing' for parsed in parse(token.text)[:2]):
            continue
        start = token.i
        # `Восточно-Казахстанского областного суда`: a hyphenated place adjective too
        while start > 0 and doc[start - 1].text.replace('-', '').isalpha() and any(
                parsed.tag.POS in ('ADJF', 'PRTF') and 'Apro' not in parsed.tag for parsed in parse(doc[start - 1].text)[:1]):
            start -= 1
        named = any(is_place_adjective(word) for word in doc[start:token.i])
        stop = court_remit_stop(doc, token.i + 1)
        tail = place_tail(doc, stop, places, genitive_only=True)
        if tail is None and not named:
            continue
        stop = tail or stop
        if any(span.start <= start and stop <= span.end and span.label_ == 'ORG' for span in spans):
            continue   # slovnet has it whole
        spans = absorb(doc, spans, start, stop, 'court') or spans
    return spans


# университет имени аль-Фараби, театр имени Мухтара Ауэзова, школа имени Абая
NAMED_HEADS = frozenset('''
университет институт академия колледж школа лицей гимназия театр музей библиотека
больница центр киностудия дворец фонд училище консерватория филармония
оркестр ансамбль хор
'''.split())
# аль-Фараби, ибн Сина: particles before a name
NAME_PARTICLES = frozenset('аль ибн ван фон де ди дю ле'.split())


def person_stop(doc, index, spans_by_start):
    """End of the name after `имени`: a PER span, or capitalised words and initials."""
    span = spans_by_start.get(index)
    if span is not None and span.label_ == 'PER':
        return span.end
    stop = index
    while stop < len(doc) and stop - index < 5:
        text = doc[stop].text
        # `университета имени Абая Айгуль Серикова`: a full name that starts after the
        # honoree's is the person the sentence speaks of, no part of the body's name
        if stop > index and starts_person(doc, stop, spans_by_start):
            break
        # `оркестра имени Курмангазы Айдана Нуржанкызы Серикова` (no mention yet): a first name with
        # a capitalised word after it opens the person, the honoree has one name
        if stop > index and is_first_name(text) and stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper():
            break
        if stop > index and opens_initials(doc, stop):
            break
        if text[:1].isupper() and text.replace('-', '').isalpha():
            stop += 1
            if len(text) == 1 and stop < len(doc) and doc[stop].text == '.':
                stop += 1
        elif text.split('-')[0] in NAME_PARTICLES and (text.count('-') and text.split('-')[1][:1].isupper()
                                                       or stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper()):
            stop += 1
        else:
            break
    return stop if stop > index and doc[stop - 1].text != '.' or stop - index > 2 else None


def opens_initials(doc, index):
    """`университета имени аль-Фараби А. С. Жумабаева`: an initial right after a name's word (not after
    another initial's stop, nor after a title, `имени академика Е. А. Букетова`) opens the next person's
    name; the honoree's ends before it."""
    before = doc[index - 1].text
    return len(doc[index].text) == 1 and doc[index].text.isupper() and index + 1 < len(doc) \
        and doc[index + 1].text == '.' and before != '.' and any(char.isupper() for char in before)


def split_honorees(doc, spans):
    """slovnet runs the honoree on into the next person's initials: `университета имени аль-Фараби`
    `А. С. Жумабаева` (an ORG), `имени` `Абая Г. Т. Сейтова` (a PER); the span ends before the
    initials, which open a PER of their own."""
    result = []
    for span in spans:
        names = [token.i for token in span if token.text == 'имени'] if span.label_ == 'ORG' else \
            [span.start - 1] if span.label_ == 'PER' and span.start and doc[span.start - 1].text == 'имени' else []
        cut = next((index for index in range(names[0] + 2, span.end) if opens_initials(doc, index)), None) \
            if names else None
        if cut is None:
            result.append(span)
            continue
        result.append(make_span(doc, span.start, cut, span.label_, span_value(span, 'rule')))
        result.append(make_span(doc, cut, span.end, 'PER', 'named-after'))
    return result


def starts_person(doc, index, spans_by_start):
    """A PER span of two words or more opens at `index` with a first name."""
    span = spans_by_start.get(index)
    return span is not None and span.label_ == 'PER' and len(span) >= 2 and is_first_name(doc[index].text)


def named_head(text):
    """The lemma of a named body's head; of a hyphenated one its first part (`школа-гимназия`,
    `школа-лицей` are schools)."""
    word = lemma(text)
    return word.split('-')[0] if '-' in word else word


def numbered_head(doc, index):
    """Index of the word before `имени` at `index`, or before the number that stands between
    them (`школы № 12 имени Абая`)."""
    start = index - 1
    if start >= 2 and doc[start].text.isdigit() and doc[start - 1].text in ('№', 'N'):
        return start - 2
    return start


def is_named_remit(doc, span, index):
    """`Государственный академический оркестр` `казахских народных инструментов` `имени`: the
    genitives of what a named body does stand between its head and `имени`."""
    return span.end < index and span[-1].is_alpha and named_head(span[-1].text) in NAMED_HEADS \
        and dependants_stop(doc, span.end, {index}) == index


def named_after(doc, spans):
    """`АО «Қазақфильм»` `имени Шакена Айманова`, `театра имени Мухтара Ауэзова`: the
    person a body is named after is part of its name."""
    spans = list(spans)
    if 'имени' not in doc_text(doc):
        return spans
    spans = split_honorees(doc, spans)
    by_start = {span.start: span for span in spans}
    for index, text in enumerate(token_texts(doc)):
        if text != 'имени' or index == 0:
            continue
        stop = person_stop(doc, index + 1, by_start)
        if stop is None:
            continue
        # an owner ends right before `имени` or a remit of at most DEPENDANT_WORDS before it
        near = spans[bisect_left(spans, index - DEPENDANT_WORDS, key=END):bisect_right(spans, index + 1, key=END)]
        owner = next((span for span in near if span.label_ == 'ORG' and (span.end in (index, index + 1)
                                                                         or is_named_remit(doc, span, index))), None)
        if owner is not None:
            start, canonical = owner.start, span_value(owner, 'canonical')
        else:
            # `театра драмы имени`: a lower-case head and its genitives;
            # `школы-гимназии № 12 имени Абая`: a head and its number
            start = numbered_head(doc, index)
            while start > 0 and start > index - 3 and is_lower_word(doc[start]) and named_head(doc[start].text) \
                    not in NAMED_HEADS and is_case(parse(doc[start].text), 'gent'):
                start -= 1
            if not is_lower_word(doc[start]) or named_head(doc[start].text) not in NAMED_HEADS:
                continue
            # `средней школы имени Абая`: its adjectives too
            while start > 0 and is_lower_word(doc[start - 1]) and parse(doc[start - 1].text)[0].tag.POS == 'ADJF' \
                    and 'Apro' not in parse(doc[start - 1].text)[0].tag:
                start -= 1
            # `Национальный оркестр народных инструментов имени Таттимбета`: a name opens with a capital
            if start > 0 and is_title_word(doc[start - 1]) and parse(doc[start - 1].text)[0].tag.POS == 'ADJF' \
                    and 'Apro' not in parse(doc[start - 1].text)[0].tag:
                start -= 1
            canonical = None
        result = absorb(doc, spans, start, stop, 'named-after', canonical)
        if result is not None:
            spans = result
            for inside in range(start, stop):
                by_start.pop(inside, None)
            by_start[start] = spans[bisect_left(spans, start, key=START)]
    return spans


# ГУ, КГУ, ТОО, АО, КГП на ПХВ, РГП на ПХВ: legal forms of Kazakhstan's organisations
LEGAL_FORMS = frozenset('''
ао тоо оао зао пао ооо нао ано гу кгу ргу кгп ргп гкп гккп ргкп мгп оо оф роо оюл ип пк кх фх спк
'''.split())


def legal_start(doc, open_):
    """Start of the legal form right before a quote (`КГП на ПХВ «`), else None."""
    index = open_
    if index >= 2 and doc[index - 1].text == 'ПХВ' and doc[index - 2].text == 'на':
        index -= 2
    if index == 0 or doc[index - 1].text.lower() not in LEGAL_FORMS or not doc[index - 1].text.isupper():
        return None
    return index - 1


def legal_edges(doc, spans):
    """`в селе Бишкуль ТОО «Бишкуль Агро»`: a legal form before a quote opens an organisation,
    so a place or a person that runs into it ends before it (`Бишкуль ТОО` -> `Бишкуль`)."""
    result = []
    for span in spans:
        last = span[-1]
        if span.label_ != 'ORG' and len(span) > 1 and last.text.isupper() and last.text.lower() in LEGAL_FORMS \
                and span.end < len(doc) and doc[span.end].text in OPEN_QUOTES:
            span = make_span(doc, span.start, span.end - 1, span.label_, 'legal-edge', span_value(span, 'canonical'))
        result.append(span)
    return result


def legal_quotes(doc, spans):
    """`ГУ` `«Отдел земельных отношений города` `Конаев»` -> one ORG to the closing quote:
    what a legal form's quotes hold is one name, places and persons inside included."""
    spans = list(spans)
    for open_, close in quote_groups(doc):
        if doc[open_].text not in OPEN_QUOTES or doc[close].text not in CLOSE_QUOTES:
            continue
        start = legal_start(doc, open_)
        if start is None:
            continue
        inside = [span for span in spans if span.start < close + 1 and start < span.end]
        if any(span.start < start or span.end > close + 1 for span in inside):
            continue   # a longer name: `КГП «X» имени Абая`
        if len(inside) == 1 and inside[0].label_ == 'ORG' and (inside[0].start, inside[0].end) == (start, close + 1):
            continue
        spans = absorb(doc, spans, start, close + 1, 'legal-quote') or spans
    return spans
