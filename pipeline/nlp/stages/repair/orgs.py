"""Organisation names: pieces joined, their remit and quoted names.

- `merge-org`: `Политического совета` `Казахстанской партии зелёных` `БАЙТАҚ` is one name,
  known under the name it ends with, unless that is an abbreviation it belongs to
  (`Программа развития ООН` is no name of the UN);
- `org-event`: `Съезд` `Народной партии` -> `Народной партии`; `Съезд партии` names nothing;
- `org-country`: `Народной партии` `Казахстана` is one name;
- `org-domain`: `Европейский суд` `по правам человека`, `ГУ МЧС России` `по Санкт-Петербургу`;
- `org-remit`: `Агентства по стратегическому планированию` `и реформам`, `Комитета по
  экологии` `Мажилиса`: a remit goes on after `и`; a body's remit before its parent;
- `org-attached`: `Комиссии по правам человека` `при Президенте РК` is one name;
- `org-mission`: `Посольстве Казахстана` `в Турции` is one name;
- `generic-body`: `Акиматы районов`, `Карагандинские вузы` name no body;
- `org-prefix`: `1-го` `Украинского фронта`;
- `local-body`: `маслихата города` `Астаны`, `акимат` `Карагандинской области`;
- `quoted-name`: `партии «Яблоко»`, `ОАО «Газпром»` -> `Яблоко`, `Газпром`; `резервата «Семей орманы»`
  -> `Семей орманы`, a place inside a protected area's quoted name giving way to it.
"""

from pipeline.nlp.doc import doc_text, doc_value, span_value
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.org_forms import reserve_before
from pipeline.nlp.stages.repair.spans import (
    CLOSE_QUOTES,
    is_case,
    is_geo,
    is_name_start,
    make_span,
    quote_groups,
    same_line_gap,
)
from pipeline.nlp.stages.repair.tails import BODY_HEADS, dependants_stop



def is_genitive(token):
    """`Казахстана`, `РК`: a word that may be a genitive."""
    text = token.text
    if text.isupper():
        return True   # РК, РФ, США do not decline
    return any(parsed.tag.case in ('gent', 'gen2') for parsed in parse(text)[:4])


def is_parent_body(left, right):
    """`КГП «Курчумская районная больница»` `Управления здравоохранения ...`: a
    quoted name closed, then a body in the genitive, is the body it belongs to."""
    return left[-1].text in CLOSE_QUOTES and len(left) > 2 and right[0].text[:1].isupper() \
        and lemma(right[0].text) in BODY_HEADS and is_case(parse(right[0].text), 'gent')


def is_body_of(span):
    """`Комитет по финансам и бюджету`, `Бюро национальной статистики`: a body with a
    head or a remit of its own; the organisation after it is the one it belongs to."""
    words = [token for token in span if token.is_alpha]
    return bool(words) and (lemma(words[0].text) in DOMAIN_HEADS | BODY_HEADS | {'бюро'}
                            or any(token.text == 'по' for token in words))


# съезд, пленум, заседание партии: an event of an organisation, not the organisation
EVENT_NOUNS = frozenset('съезд пленум заседание сессия конференция саммит визит выручка прибыль'.split())


def event_heads(doc, spans):
    """`Съезд` `Народной партии Казахстана` -> the party; `Съезд партии` names nothing:
    an event's noun heads no organisation name."""
    result = []
    for span in spans:
        if span.label_ == 'ORG' and span[0].text[:1].isupper() and lemma(span[0].text) in EVENT_NOUNS:
            rest = [token for token in span[1:] if token.is_alpha]
            if not rest or not any(token.text[:1].isupper() for token in rest):
                continue
            if rest[0].text[:1].isupper():
                span = make_span(doc, rest[0].i, span.end, 'ORG', 'org-event', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_owner_abbreviation(previous, span):
    """`Программа развития` `ООН`, `Межпарламентской ассамблеи` `СНГ`, `БДИПЧ` `ОБСЕ`: an
    abbreviation in Cyrillic capitals after a name that does not end in a kind it could name
    (`партии` `АМАНАТ` is the party) is the organisation the name belongs to, in the genitive."""
    text = span.text
    if len(span) != 1 or not 2 <= len(text) <= 6 or not text.isupper() or not text.isalpha() or text.isascii():
        return False
    words = [token for token in previous if token.is_alpha]
    return bool(words) and lemma(words[-1].text) not in ORG_HEADS


def merge_orgs(doc, spans):
    """`Демократической партии Казахстана "Ак жол"`, `Политсовета партии AMANAT`:
    ORG pieces side by side are one name, known under the name it ends with."""
    merged = []
    for span in spans:
        if merged and merged[-1].label_ == 'ORG' and span.label_ == 'ORG' \
                and same_line_gap(doc, merged[-1], span) is not None and not is_parent_body(merged[-1], span):
            previous = merged[-1]
            # `Комитет по финансам и бюджету` `Мажилиса` is not the Mazhilis; nor is `Программа
            # развития` `ООН` the UN: a body of its own before an abbreviation it belongs to
            canonical = span_value(previous, 'canonical') \
                if is_body_of(previous) or is_owner_abbreviation(previous, span) \
                else span_value(span, 'canonical') or span_value(previous, 'canonical')
            merged[-1] = make_span(doc, previous.start, span.end, 'ORG', 'merge-org', canonical)
            continue
        merged.append(span)
    return merged


# ТОО «Нур», КХ «Береке», АО «Алтын»: a business's legal form; its quoted name is all of its name
BUSINESS_FORMS = frozenset('ТОО АО КХ ФХ ИП ПК СПК ООО ОАО ЗАО ПАО'.split())
SITE_WORDS = frozenset('район округ область город'.split())


def is_business_site(org, place):
    """`КХ «Ақбидай»` `Кабанбай батырского сельского округа`, `ТОО «Родина»` `Целиноградского
    района`: the district after a business's quoted name is where it works, not its name."""
    return org[0].text in BUSINESS_FORMS and org[-1].text in CLOSE_QUOTES and lemma(place[-1].text) in SITE_WORDS


def merge_org_country(doc, spans):
    """`Народной партии` `Казахстана`: a genitive country after an ORG belongs to it."""
    merged = []
    for span in spans:
        if merged and merged[-1].label_ == 'ORG' and span.label_ == 'LOC':
            gap = same_line_gap(doc, merged[-1], span)
            if gap is not None and gap.strip() == '' and is_genitive(span[0]) \
                    and not is_business_site(merged[-1], span):
                merged[-1] = make_span(doc, merged[-1].start, span.end, 'ORG', 'org-country')
                continue
        merged.append(span)
    return merged


# комитет по экономической политике, суд по правам человека, МЧС по Санкт-Петербургу
DOMAIN_HEADS = frozenset('''
комитет комиссия совет служба агентство министерство управление департамент
бюро суд центр группа сборная отдел федерация ассоциация союз организация
инспекция фонд палата институт уполномоченный штаб совещание трибунал
'''.split())
# по словам, по данным, по делу: not a remit
NOT_DOMAINS = frozenset('''
слово данные мнение итог случай повод причина сравнение отношение инициатива
приглашение просьба решение указание заказ требование распоряжение информация
сведение оценка подсчёт телефон радио телевидение версия факт дело результат
приговор иск обвинение статья закон видеосвязь видео время
специальность вопрос округ линия желание состояние поручение предложение
ходатайство представление согласование
программа проект договор контракт соглашение
'''.split())
# МЧС по Санкт-Петербургу, управления ФСБ по Чечне, ГУ МВД по г. Москве
PLACE_WORDS = frozenset('г город область край район республика округ'.split())
DOMAIN_POS = ('NOUN', 'ADJF', 'PRTF', 'NUMR')
DOMAIN_WORDS = 7


def has_domain_head(span):
    return any(lemma(token.text) in DOMAIN_HEADS for token in span if token.is_alpha)


# по уголовным делам, по аграрным вопросам, по международным отношениям, по делам молодёжи:
# nouns that are no remit alone (`по делу`, `по вопросу`, `по отношению к`) but name a body's remit
# after an adjective, or in the plural before a genitive
REMIT_NOUNS = frozenset('дело вопрос отношение'.split())


def is_remit_noun(parses, words, after_adjective):
    """`по аграрным вопросам`, `по делам молодёжи` (the genitive is checked by the caller)."""
    return bool(words & REMIT_NOUNS) and (after_adjective or any(
        parsed.tag.number == 'plur' and parsed.tag.case == 'datv' for parsed in parses[:3]))


def domain_stop(doc, start, places_only=False):
    """End of `по правам человека` (start at `по`), or None: a dative noun
    phrase, then genitives (`развитию информационного общества`, not `глава`);
    with `places_only`, a place (`по Санкт-Петербургу`, `по г. Москве`).
    A list goes on after a comma only in the case of the noun before it and only
    if `и` closes it: `по международным делам, обороне и безопасности`."""
    index, last_noun, after_and, first_noun = start + 1, None, True, True
    # `по делам` with no genitive after it is no remit; (stop, cases) before a comma
    bare_remit, comma, noun_cases = None, None, frozenset()
    while index < len(doc) and index - start <= DOMAIN_WORDS + (2 if comma else 0):
        token = doc[index]
        text = token.text
        if text == 'и' and last_noun == index:
            index += 1
            after_and = True
            comma = None
            continue
        if text == ',' and last_noun == index and not places_only and comma is None:
            comma = (last_noun, noun_cases)
            index += 1
            continue
        if text in ('г', 'г.') and first_noun:
            index += 2 if index + 1 < len(doc) and doc[index + 1].text == '.' else 1
            continue
        if not token.is_alpha and '-' not in text:
            break
        parses = parse(text)
        if not parses or parses[0].tag.POS not in DOMAIN_POS or 'Apro' in parses[0].tag:
            break
        # `по городу Шымкенту`: the name after a place word is a place's, whatever pymorphy3 reads first
        geo = text[:1].isupper() and (is_geo(parses) or index > start + 1 and lemma(doc[index - 1].text) in PLACE_WORDS)
        if text[:1].isupper() and not geo and not any('Orgn' in parsed.tag for parsed in parses[:2]):
            break
        if comma is not None and comma[0] == index - 1 and not {parsed.tag.case for parsed in parses[:4]} & comma[1]:
            break   # `по бюджету, депутаты`: no list
        if parses[0].tag.POS == 'NOUN':
            words = {parsed.normal_form for parsed in parses[:3]}
            if first_noun and is_remit_noun(parses, words, index > start + 1) and not places_only:
                bare_remit = None if index > start + 1 else index + 1
            elif first_noun and (words & NOT_DOMAINS or places_only and not geo and not words & PLACE_WORDS):
                return None
            elif not after_and and not geo and not is_case(parses, 'gent') and comma is None:
                break
            last_noun = index + 1
            noun_cases = {parsed.tag.case for parsed in parses[:4]}
            after_and = first_noun = False
        index += 1
    if comma is not None:
        last_noun = comma[0]   # no `и` closed the list
    return None if last_noun == bare_remit else last_noun


def domain_tails(doc, spans):
    """`Европейского суда` `по правам человека`, `МЧС` `по Санкт-Петербургу`:
    an institution's remit after `по` is part of its name."""
    result = []
    starts = {span.start: span for span in spans}
    skip = set()
    for span in spans:
        if id(span) in skip:
            continue
        after = span.end
        if span.label_ == 'ORG' and after + 1 < len(doc) and doc[after].text == 'по':
            # `ФСБ по получению ключей`: after a bare abbreviation only a place
            stop = domain_stop(doc, after, places_only=not has_domain_head(span))
            if stop is not None:
                # `комитета` `Совета Федерации` `по экономической политике`: the remit is the committee's
                start = span.start
                if start > 0 and doc[start - 1].text.islower() and lemma(doc[start - 1].text) in DOMAIN_HEADS:
                    start -= 1
                    # `следственного управления СК РФ по ...`
                    while start > 0 and doc[start - 1].text.islower() and doc[start - 1].is_alpha and \
                            parse(doc[start - 1].text)[0].tag.POS == 'ADJF':
                        start -= 1
                # `по Санкт-Петербургу`: a place the slovnet span had is now inside
                for index in range(after, stop):
                    if index in starts:
                        skip.add(id(starts[index]))
                if not any(other.start < stop and other.end > stop for other in spans):
                    span = make_span(doc, start, stop, 'ORG', 'org-domain', span_value(span, 'canonical'))
        result.append(span)
    return result


def extended(doc, result, span, stop, rule, canonical=None):
    """`result` with the ORG `span` run on to `stop`, taking the mentions wholly inside the
    added stretch along; unchanged when a mention crosses its end."""
    inside = [other for other in result if span.end <= other.start and other.end <= stop]
    if any(other.start < stop and other.end > span.end for other in result
           if other is not span and other not in inside):
        return result
    kept = [other for other in result if other is not span and other not in inside]
    return kept + [make_span(doc, span.start, stop, 'ORG', rule, canonical)]


def continued_remits(doc, spans):
    """`Агентства по стратегическому планированию` `и реформам`: a remit slovnet cut
    at `и` goes on to its last noun; so does a list it cut at a comma (`Комитет по
    экономической политике` `, инновационному развитию и предпринимательству`)."""
    result = list(spans)
    for span in spans:
        inner = [token.i for token in span if token.text == 'по']
        if span.label_ != 'ORG' or not inner or span.end + 1 >= len(doc) or doc[span.end].text not in ('и', ','):
            continue
        stop = domain_stop(doc, inner[-1])
        if stop is None or stop <= span.end:
            continue
        # `и реформам РК`: a place inside goes in with it
        result = extended(doc, result, span, stop, 'org-remit', span_value(span, 'canonical'))
    return result


# комитет ... по экологии Мажилиса, Комиссия по правам человека при Президенте: the head of a remit
REMIT_HEADS = DOMAIN_HEADS - {'совещание', 'штаб', 'группа', 'уполномоченный', 'центр'}


def parent_remits(doc, spans):
    """`Комитета по экологии и природопользованию` `Мажилиса Парламента РК`: a body and its
    remit right before the organisation it belongs to (a genitive) are one name with it."""
    result = list(spans)
    removed = set()  # ids: a Span's `in` over a list compares every span (a cost growing as the square)
    for span in spans:
        if span.label_ != 'ORG' or id(span) in removed or not is_case(parse(span[0].text), 'gent') \
                and not span[0].text.isupper():
            continue
        for head in range(span.start - 2, max(-1, span.start - DOMAIN_WORDS - 2), -1):
            token = doc[head]
            if doc[head + 1].text != 'по' or not token.is_alpha or lemma(token.text) not in REMIT_HEADS:
                continue
            # `комитет по делам молодёжи`, `Комитета по финансам`: a capitalised head or a committee
            if not (token.text[:1].isupper() or lemma(token.text) in ('комитет', 'комиссия')):
                break
            if domain_stop(doc, head + 1) != span.start or any(
                    other.start < span.start and other.end > head for other in result if other is not span):
                break
            result.remove(span)
            removed.add(id(span))
            result.append(make_span(doc, head, span.end, 'ORG', 'org-remit'))
            break
    return result


def attached_stop(doc, index, spans):
    """End of `при Президенте РК`, `при Министерстве юстиции` at `index` (`при`), else None:
    a capitalised body or office in the locative, its genitives and a country."""
    if index + 1 >= len(doc) or doc[index].text != 'при' or not doc[index + 1].text[:1].isupper():
        return None
    parses = parse(doc[index + 1].text)
    if not parses or parses[0].tag.POS != 'NOUN' or not any(parsed.tag.case in ('loct', 'loc2') for parsed in parses[:3]):
        return None
    owner = next((span for span in spans if span.start == index + 1), None)
    stop = owner.end if owner is not None and owner.label_ == 'ORG' else dependants_stop(doc, index + 2, set())
    # `при Президенте` `РК`: the country the office is of
    country = next((span for span in spans if span.start == stop and span.label_ == 'LOC'), None)
    if country is not None and is_genitive(country[0]):
        stop = country.end
    return stop


def attached_bodies(doc, spans):
    """`Комиссии по правам человека` `при Президенте РК`, `Совет при Правительстве`:
    a body attached to an office or a body is named with it."""
    result = list(spans)
    for span in spans:
        if span.label_ != 'ORG' or not has_domain_head(span):
            continue
        stop = attached_stop(doc, span.end, result)
        if stop is None:
            continue
        result = extended(doc, result, span, stop, 'org-attached')
    return result


# посольство Казахстана в Турции, торгпредство Казахстана в России: a country's mission is
# named by the host country too
MISSION_HEADS = frozenset('посольство консульство генконсульство представительство торгпредство миссия'.split())


def mission_hosts(doc, spans):
    """`Посольстве Казахстана` `в Турции` -> one ORG: a diplomatic mission and its host country."""
    result = list(spans)
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    for span in spans:
        if span.label_ != 'ORG' or lemma(span[0].text) not in MISSION_HEADS or len(span) < 2:
            continue
        if span.end + 1 < len(doc) and doc[span.end].text.lower() in ('в', 'во'):
            host = places.get(span.end + 1)
            if host is not None and host in result:
                result = [other for other in result if other is not span and other is not host]
                result.append(make_span(doc, span.start, host.end, 'ORG', 'org-mission'))
    return result


def is_plural_body(token):
    """`Акиматы`, `маслихатов`, `Министерства` (plural): bodies of a kind, not one body."""
    text = token.text.lower()
    if any(text.startswith(body) and text[len(body):] in ('ы', 'ов', 'ам', 'ами', 'ах') for body in LOCAL_BODIES):
        return True
    return all(parsed.normal_form in BODY_HEADS and parsed.tag.number == 'plur' for parsed in parse(token.text)[:2])


# `Карагандинские вузы`, `Казахстанские банки`: institutions of a kind in a place, which a place
# adjective before their plural names (not `Российские железные дороги`, `Казахские авиалинии`: their
# heads are no kind of institution)
KIND_HEADS = ORG_HEADS | frozenset('вуз больница поликлиника акимат маслихат суд'.split())
PLACE_ADJECTIVE_PLURALS = ('ские', 'цкие')


def is_kind_plural(span):
    """`Карагандинские вузы`, `Алматинские частные школы`: a place adjective in the plural, maybe
    lower-case adjectives, and a plural noun for a kind of institution."""
    if not 2 <= len(span) <= 3 or not span[0].text.lower().endswith(PLACE_ADJECTIVE_PLURALS) \
            or any(not token.text.isalpha() or not token.text.islower() for token in span[1:]):
        return False
    heads = [parsed for parsed in parse(span[-1].text)[:2] if parsed.tag.POS == 'NOUN']
    return bool(heads) and all(parsed.normal_form in KIND_HEADS and parsed.tag.number == 'plur' for parsed in heads)


def generic_bodies(doc, spans):
    """`Акиматы районов получили указание`, `Карагандинские вузы подписали`: bodies named by their
    kind, in the plural and with no name of their own, are no mention."""
    return [span for span in spans if not (span.label_ == 'ORG' and is_kind_plural(span)) and not (
        is_plural_body(span[0]) and all(not token.text[:1].isupper() for token in span[1:]))]


# маслихат города Астаны, акимат Карагандинской области: a local body is named by its place
LOCAL_BODIES = frozenset('маслихат акимат'.split())
LOCAL_UNITS = frozenset('город область район село аул'.split())


def is_local_body(text):
    """`маслихата`, `Акимат`: a local body's word in any case (pymorphy3 does not know it:
    the stem and a case ending), in lower case or capitalised."""
    lower = text.lower()
    return text[1:] == lower[1:] and any(lower.startswith(body) and len(lower) - len(body) <= 3
                                         for body in LOCAL_BODIES)


def is_bare_local_body(span):
    """`Акимат`, `Маслихат района` opening a sentence: a local body with no place named."""
    return is_local_body(span[0].text) and all(
        token.text.islower() and lemma(token.text) in LOCAL_UNITS for token in span[1:])


def unit_place(doc, after, places):
    """The place a local body or an akim's office is named by (`places`: LOC mentions by start), at
    token `after` (`Экибастуза`) or after a lower-case unit there (`города Шымкента`); else None."""
    if after < len(doc) and doc[after].text.islower() and lemma(doc[after].text) in LOCAL_UNITS:
        after += 1
    return places.get(after)


def local_bodies(doc, spans):
    """`маслихата города` `Астаны`, `Акимат` `Карагандинской области` -> one ORG; a bare
    `маслихат` or `Акимат района` names nothing; slovnet's `Акимат Экибастуза` as a person or
    `Акимат Щучинска` as a place is the body, an ORG."""
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    result = list(spans)
    # a token starting with a body (`маслихата`, `Акимат`) is in the text: one search, not a walk
    # over every token
    text = doc_text(doc)
    if not any(body in text or body.capitalize() in text for body in LOCAL_BODIES):
        return result
    for token in doc:
        if not token.text[:1].isalpha() or not is_local_body(token.text):
            continue
        place = unit_place(doc, token.i + 1, places)
        if place is not None and doc[place.start - 1].whitespace_ and place in result:
            # slovnet's `Акимат` or `Маслихат города` before the place goes into the body
            result = [span for span in result if span.end <= token.i or span.start >= place.end]
            result.append(make_span(doc, token.i, place.end, 'ORG', 'local-body'))
    return [body_typed(span) for span in result if not is_bare_local_body(span)]


# a local body's singular case endings: `Акимат`, `Акимата`, `Акиматом` (not `Акиматова`, a surname)
BODY_ENDINGS = ('', 'а', 'у', 'ом', 'е')


def is_local_body_singular(text):
    """`Акимат`, `Маслихата`: a local body's word in a singular case, capitalised or not."""
    lower = text.lower()
    return text[1:] == lower[1:] and any(lower.startswith(body) and lower[len(body):] in BODY_ENDINGS
                                         for body in LOCAL_BODIES)


def body_typed(span):
    """A PER or LOC span opening with a local body's word and running on to its place
    (`Акимат Конаева`, `Маслихат Экибастуза`: a town in the genitive, which slovnet reads as a
    surname or a place) is that body, an ORG."""
    if span.label_ in ('PER', 'LOC') and len(span) > 1 and span_value(span, 'canonical') is None \
            and is_local_body_singular(span[0].text) and span[1].text[:1].isupper():
        return make_span(span.doc, span.start, span.end, 'ORG', 'local-body')
    return span


# 1-го Украинского фронта, 2-й гвардейской армии
def is_ordinal(token):
    """`1-го`, `12-й`."""
    head, _, tail = token.text.partition('-')
    return head.isdigit() and tail.isalpha() and len(tail) <= 3


def org_prefixes(doc, spans):
    """`1-го` `Украинского фронта`: an ordinal right before an organisation is
    part of its name. (A place adjective is not: `московского Института`.)"""
    result = []
    for span in spans:
        start = span.start
        if span.label_ == 'ORG' and span_value(span, 'canonical') is None:
            while start > 0 and is_ordinal(doc[start - 1]):
                start -= 1
        if start != span.start:
            span = make_span(doc, start, span.end, 'ORG', 'org-prefix', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_descriptor(token):
    """A word that describes rather than names: `партии`, `ОАО`, `ежемесячной`,
    or a capitalised head or adjective at a sentence start (`Концерн`, `Немецкий`)."""
    text = token.text
    if not token.is_alpha:
        return text in '-'
    if text.islower():
        return True
    if text.isupper() and len(text) <= 5:
        return text.lower() in ORG_HEADS
    if token.is_sent_start or token.i > 0 and doc_prev_is_punct(token):
        word = lemma(text)
        return word in ORG_HEADS or any(parsed.tag.POS == 'ADJF' for parsed in parse(text)[:1])
    return False


def is_head_word(token):
    """`ТОО`, `корпорация`, `Банк`: a legal form or an organisation's head noun."""
    return token.text.lower() in ORG_HEADS or lemma(token.text) in ORG_HEADS


def is_descriptor_phrase(tokens):
    """The words before a quoted name describe it: `партии`, `ОАО`, `Авиакомпания`;
    `Выручка ТОО`: a sentence's first noun before a legal form is no part of a name.
    (`Общенациональная коалиция «...»` is a name: capitalised words mid-sentence are.)"""
    words = list(tokens)
    if len(words) > 1 and words[0].is_sent_start and is_head_word(words[1]) and not is_head_word(words[0]) \
            and words[0].is_alpha and parse(words[0].text)[0].tag.POS == 'NOUN':
        words = words[1:]
    return all(is_descriptor(token) for token in words)


def doc_prev_is_punct(token):
    previous = token.doc[token.i - 1]
    return previous.text in ':—–-' or previous.is_space


def head_before(doc, index):
    """`газета «Время»`, `ФК «Спартак»`: an ORG head word right before a quote."""
    if index == 0 or doc[index - 1].is_space:
        return False
    word = doc[index - 1].text
    return word.lower() in ORG_HEADS or word.islower() and lemma(word) in ORG_HEADS


# `Государственный национальный природный парк «Шарын» подвёл итоги`: at a sentence's start the capital
# tells nothing and slovnet may find no name, but a description opened by a word of official status is a
# body's name all the same (`Новый парк «Шарын»` is not one)
STATUS_WORDS = frozenset('государственный национальный республиканский международный центральный областной'.split())


def is_status_word(token):
    """`Государственный`, `Национальный`: an adjective that gives a body its official status."""
    return lemma(token.text.lower()) in STATUS_WORDS


def quoted_names(doc, spans):
    """`партии «Яблоко»`, `ОАО «Газпром»` -> `Яблоко`, `Газпром`: the descriptor
    and the quotes stay outside; `газета «Время»` alone becomes an ORG."""
    spans = list(spans)
    for open_, close in quote_groups(doc):
        first, stop = open_ + 1, close
        if not is_name_start(doc[first]) or doc[open_].idx < doc_value(doc, 'body_start'):
            continue
        overlapping = [span for span in spans if span.start < close + 1 and open_ < span.end]
        if overlapping and reserve_before(doc, open_) and all(
                span.label_ != 'ORG' and first <= span.start and span.end <= stop for span in overlapping):
            # `резервата «Семей орманы»`: the place inside names the reserve, not a place of the text
            spans = [span for span in spans if not any(span is other for other in overlapping)]
            overlapping = []
        if not overlapping:
            if head_before(doc, open_) or reserve_before(doc, open_):
                spans.append(make_span(doc, first, stop, 'ORG', 'quoted-name'))
            continue
        if len(overlapping) != 1 or overlapping[0].label_ != 'ORG':
            continue
        span = overlapping[0]
        if span.end > close + 1 or span.end < stop or span.start > first:
            continue   # `Русской службе «Голоса Америки» ...`: a longer name
        if not is_descriptor_phrase(doc[span.start:open_]):
            continue   # `Совета директоров «Башинформа»`: the quoted name is a part
        if (span.start, span.end) == (first, stop) \
                or span_value(span, 'rule') == 'titled-quote' and is_status_word(doc[span.start]):
            continue
        spans.remove(span)
        spans.append(make_span(doc, first, stop, 'ORG', 'quoted-name', span_value(span, 'canonical')))
    return spans
