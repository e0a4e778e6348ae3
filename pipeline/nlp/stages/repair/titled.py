"""Names of bodies written out in full, which slovnet cuts or types as a place.

- `level-body`: `Шымкентский` `городской акимат`, `Аксуская центральная районная больница`: a place
  adjective, a level and a body are one name (`Павлодарского областного маслихата` read as a place too);
- `akim-office`: `Аппарат акима` `Кусепского сельского округа`: an akim's office and the place he heads are one
  name (a state body of its own, as `ГУ «Аппарат акима ...»` writes it);
- `titled-quote`: `Национальный природный парк` `«Алтын-Эмель»`: a capitalised description
  and its quoted name are one name;
- `remit-body`: `в департаменте по чрезвычайным ситуациям` `области Жетысу`: a body in lower case,
  its remit and the region it serves are one name;
- `lower-mission`: `сотрудники посольства` `Республики Корея`: a mission in lower case and the
  country it represents are one name;
- `lower-ministry`: `министерство культуры` `Польши`: a ministry in lower case, its remit and its
  country are one name.
"""

from pipeline.nlp.doc import doc_text, token_texts
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.orgs import domain_stop, is_local_body, is_status_word, unit_place
from pipeline.nlp.stages.repair.spans import is_case, is_name_start, make_span, quote_groups
from pipeline.nlp.stages.repair.tails import absorb, is_lower_word, is_singular_body, is_title_word, place_tail


# Шымкентский городской акимат, Целиноградский районный маслихат, Шиелийская центральная районная больница
LEVEL_ADJECTIVES = frozenset('городской районный областной сельский поселковый центральный межрайонный'.split())
LEVEL_BODIES = frozenset('больница поликлиника филармония прокуратура'.split())
PLACE_ADJECTIVE_ENDINGS = ('ский', 'ская', 'ское', 'цкий', 'цкая', 'цкое', 'ского', 'ской', 'скую', 'ском', 'скому', 'ским')


def level_stop(doc, index):
    """End of `городской акимат`, `центральная районная больница` at `index` (lower-case levels,
    then a body), else None."""
    cursor = index
    while cursor < len(doc) and cursor - index < 3 and doc[cursor].text.islower() \
            and lemma(doc[cursor].text) in LEVEL_ADJECTIVES:
        cursor += 1
    if cursor == index or cursor >= len(doc) or not doc[cursor].text.islower():
        return None
    body = doc[cursor].text
    return cursor + 1 if is_local_body(body) or lemma(body) in LEVEL_BODIES else None


def level_bodies(doc, spans):
    """`Управление культуры города Шымкента и Шымкентский городской акимат` with `Шымкентский` read
    as a place -> ORG `Шымкентский городской акимат`: a place adjective before a level (`городской`,
    `районный`) and a body names the body, whatever type slovnet gave the whole (`Депутаты Павлодарского
    областного маслихата` read as a place)."""
    text = doc_text(doc)
    if not any(level[:5] in text for level in LEVEL_ADJECTIVES):
        return spans
    covered = {index: span for span in spans for index in range(span.start, span.end)}
    for index, word in enumerate(token_texts(doc)):
        if index + 2 >= len(doc) or not word[:1].isupper() or not word.endswith(PLACE_ADJECTIVE_ENDINGS):
            continue
        if not word[1:].islower() or not word.replace('-', '').isalpha():
            continue
        stop = level_stop(doc, index + 1)
        own = covered.get(index)
        # slovnet's LOC `Шымкентский`, its ORG `Жуалынском районном` without the body, its LOC of the
        # whole body, or nothing at all (`Аксуская центральная районная больница`: pymorphy3 does not
        # know the adjective, its ending and the level after it tell it)
        if stop is not None and (own is None or own.start == index and (
                own.end < stop or own.end == stop and own.label_ == 'LOC')):
            spans = absorb(doc, spans, index, stop, 'level-body') or spans
    return spans


# `аппарат акима`, `Аппарата акима`: the office of an akim, before the place he heads
OFFICE = 'аппарат'
OFFICE_HOLDER = 'акима'


def akim_offices(doc, spans):
    """`Аппарат акима Кусепского сельского округа объявил конкурс` (LOC `Кусепского сельского округа` alone)
    -> ORG `Аппарат акима Кусепского сельского округа`: the office of an akim and the place after it, maybe
    after a lower-case unit (`аппарата акима города Шымкента`, `orgs.unit_place`); `аппарат акима` alone
    names nothing."""
    if OFFICE_HOLDER not in doc_text(doc):
        return spans
    texts = token_texts(doc)
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    found = []
    for index in range(len(texts) - 2):
        # the word after first: a lemma for every word of every text cost as much as the rule's finds
        if texts[index + 1] != OFFICE_HOLDER or not texts[index][1:].islower() or lemma(texts[index].lower()) != OFFICE:
            continue
        place = unit_place(doc, index + 2, places)
        if place is not None:
            found.append((index, place))
    if not found:
        return spans
    for index, place in found:
        spans = [span for span in spans if span.end <= index or span.start >= place.end]
        spans.append(make_span(doc, index, place.end, 'ORG', 'akim-office'))
    return spans


# Государственный историко-культурный музей-заповедник «Бесшатыр», Национальный природный парк
# «Алтын-Эмель», Центральный государственный музей «Атамекен»: a capitalised description ending in its head noun
TITLED_HEADS = frozenset('''
музей театр парк заповедник дворец дом комплекс центр университет институт академия колледж лицей
гимназия библиотека филармония консерватория оркестр ансамбль хор
'''.split())
DESCRIPTION_WORDS = 5


def titled_start(doc, open_):
    """Start of a capitalised description that ends right before the quote at `open_`
    (`Национальный природный парк`), else None: a capitalised word, then lower-case words,
    the last of them an organisation's head noun."""
    if open_ < 2 or doc[open_ - 1].whitespace_ == '' or not is_lower_word(doc[open_ - 1]) \
            or lemma(doc[open_ - 1].text).split('-')[0] not in TITLED_HEADS:
        return None
    start = open_ - 1
    while start > 0 and open_ - start < DESCRIPTION_WORDS and is_lower_word(doc[start - 1]):
        start -= 1
    start -= 1
    if start < 0 or not is_title_word(doc[start]):
        return None
    words = parse(doc[start].text)
    return start if words and (words[0].tag.POS == 'ADJF' or words[0].normal_form in TITLED_HEADS) else None


def titled_quotes(doc, spans):
    """`Государственный историко-культурный музей-заповедник` `«Бесшатыр»` -> one ORG with its
    quoted name: a description written with a capital is part of the name (`музей «Бесшатыр»`
    in lower case is left to quoted-name); where slovnet found nothing in it, only a description
    opened by a word of status (`is_status_word`)."""
    spans = list(spans)
    for open_, close in quote_groups(doc):
        if open_ + 1 >= close or not is_name_start(doc[open_ + 1]):
            continue
        start = titled_start(doc, open_)
        if start is None:
            continue
        inside = [span for span in spans if span.start < close + 1 and start < span.end]
        if any(span.label_ == 'PER' for span in inside) or not inside and not is_status_word(doc[start]):
            continue
        spans = absorb(doc, spans, start, close + 1, 'titled-quote') or spans
    return spans


# департамент по чрезвычайным ситуациям, управление по делам религий, комитет по делам молодёжи
REMIT_BODIES = frozenset('департамент управление комитет инспекция'.split())


def remit_bodies(doc, spans):
    """`сообщили в департаменте по чрезвычайным ситуациям области Жетысу`, `в управлении по делам
    религий Карагандинской области`: a lower-case body, its remit after `по` and the region it
    serves in the genitive (a unit word or a unit-ending place) are one ORG slovnet missed."""
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    taken = {index for span in spans if span.label_ != 'LOC' for index in range(span.start, span.end)}
    texts = token_texts(doc)
    for index, text in enumerate(texts):
        # the cached texts first: a Token made for every word of a text costs more than the rule
        if index + 2 >= len(texts) or texts[index + 1] != 'по' or index in taken or not text.islower() \
                or not is_singular_body(doc[index]) or lemma(text) not in REMIT_BODIES:
            continue
        end = domain_stop(doc, index + 1)
        if end is None:
            continue
        # the remit's own words come first: the region is the first genitive place inside or after it
        for start in range(index + 3, end + 1):
            stop = place_tail(doc, start, places, genitive_only=True)
            if stop is not None:
                made = absorb(doc, spans, index, stop, 'remit-body')
                if made is not None:
                    spans = made
                    taken.update(range(index, stop))
                break
    return spans


# a country's diplomatic missions (`представительство` and `миссия` also name a company's office
# or a task)
DIPLOMATIC_MISSIONS = frozenset('посольство консульство генконсульство торгпредство'.split())


def lower_missions(doc, spans):
    """`сотрудники посольства Республики Корея`, `в консульстве Казахстана`: a lower-case mission and
    the country after it in the genitive are one ORG, the mission of that country."""
    by_start = {span.start: span for span in spans}
    result = list(spans)
    for span in spans:
        if span.label_ != 'LOC' or span.start == 0:
            continue
        head = doc[span.start - 1]
        if not head.text.islower() or lemma(head.text) not in DIPLOMATIC_MISSIONS or not is_case(parse(span[0].text), 'gent') \
                or by_start.get(head.i) is not None or any(other.start <= head.i < other.end for other in result):
            continue
        result.remove(span)
        result.append(make_span(doc, head.i, span.end, 'ORG', 'lower-mission'))
    return sorted(result, key=lambda span: span.start)


# министерство культуры Польши, министерства иностранных дел: a ministry is named by its remit
MINISTRY_FORMS = frozenset('министерство министерства министерству министерством министерстве'.split())
# министерства страны, министерства этой республики: the country said again names no remit
GENERIC_REMITS = frozenset('страна государство республика регион город область район'.split())
REMIT_WORDS = 6
REMIT_POS = ('NOUN', 'ADJF', 'PRTF')


def genitive_pos(text):
    """The parts of speech `text` has as a lower-case genitive (`дел` NOUN, `иностранных` ADJF)."""
    if not text.isalpha() or not text.islower() or len(text) < 3:
        return set()   # `в`, `и`: no word of a name
    return {parsed.tag.POS for parsed in parse(text)[:3] if parsed.tag.POS in REMIT_POS
            and parsed.tag.case in ('gent', 'gen2') and not {'Abbr', 'Fixd'} & parsed.tag.grammemes}


def remit_stop(doc, start):
    """End of the lower-case genitives of a ministry's remit at `start` (`иностранных дел`,
    `образования и науки`) on their last noun; None where there is none or it is a generic one."""
    index, stop, nouns = start, None, set()
    while index < len(doc) and index - start < REMIT_WORDS:
        text = doc[index].text
        if text == 'и' and stop == index and index + 1 < len(doc) and genitive_pos(doc[index + 1].text):
            index += 1
            continue
        kinds = genitive_pos(text)
        parses = parse(text)
        if not kinds or 'Apro' in parses[0].tag:
            break
        index += 1
        if 'NOUN' in kinds:
            stop = index
            nouns.add(parses[0].normal_form)
    return None if stop is None or nouns & GENERIC_REMITS else stop


def lower_ministries(doc, spans):
    """`министерство культуры Польши`, `в министерстве иностранных дел`: a ministry in lower case,
    its remit in the genitive and the country after it are one ORG slovnet missed."""
    texts = token_texts(doc)
    if not any(text in MINISTRY_FORMS for text in texts):
        return spans
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    for index, text in enumerate(texts):
        if text not in MINISTRY_FORMS or any(span.start <= index < span.end for span in spans):
            continue
        stop = remit_stop(doc, index + 1)
        if stop is None:
            continue
        place = places.get(stop)
        if place is not None and doc[stop - 1].whitespace_ and is_case(parse(place[0].text), 'gent'):
            stop = place.end
        spans = absorb(doc, spans, index, stop, 'lower-ministry') or spans
    return spans
