"""Organisation names: pieces joined, their remit and quoted names.

- `merge-org`: `Политического совета` `Казахстанской партии зелёных` `БАЙТАҚ` is one name;
- `org-country`: `Народной партии` `Казахстана` is one name;
- `org-domain`: `Европейский суд` `по правам человека`, `ГУ МЧС России` `по Санкт-Петербургу`;
- `org-prefix`: `1-го` `Украинского фронта`;
- `local-body`: `маслихата города` `Астаны`, `акимат` `Карагандинской области`;
- `quoted-name`: `партии «Яблоко»`, `ОАО «Газпром»` -> `Яблоко`, `Газпром`.
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import (
    CLOSE_QUOTES,
    is_case,
    is_geo,
    is_name_start,
    make_span,
    quote_groups,
    same_line_gap,
)
from pipeline.nlp.stages.repair.tails import BODY_HEADS

# партия «Ауыл», АО «АгромашХолдинг KZ», корпорация «Восток-Молоко»
ORG_HEADS = frozenset('''
партия коалиция общество объединение движение ассоциация союз фонд
компания корпорация холдинг концерн группа банк завод комбинат предприятие
фабрика лаборатория мастерская центр клуб театр музей университет институт
академия колледж школа лицей газета журнал агентство телеканал радио издание
портал сайт форум фракция организация федерация команда филиал палата
еженедельник ежедневник радиостанция телекомпания киностудия студия
издательство группировка ансамбль оркестр хор
ао тоо оао зао пао ооо ано ип оо роо оюл нао гкп ргп гуп фгуп муп нп уп
гу кгу ргу кгп гккп ргкп пхв
ик ук фк хк пк ска иа мия риа ртр тк
'''.split())


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


def merge_orgs(doc, spans):
    """`Демократической партии Казахстана "Ак жол"`, `Политсовета партии AMANAT`:
    ORG pieces side by side are one name, known under the name it ends with."""
    merged = []
    for span in spans:
        if merged and merged[-1].label_ == 'ORG' and span.label_ == 'ORG' \
                and same_line_gap(doc, merged[-1], span) is not None and not is_parent_body(merged[-1], span):
            previous = merged[-1]
            merged[-1] = make_span(doc, previous.start, span.end, 'ORG', 'merge-org',
                                   span._.canonical or previous._.canonical)
            continue
        merged.append(span)
    return merged


def merge_org_country(doc, spans):
    """`Народной партии` `Казахстана`: a genitive country after an ORG belongs to it."""
    merged = []
    for span in spans:
        if merged and merged[-1].label_ == 'ORG' and span.label_ == 'LOC':
            gap = same_line_gap(doc, merged[-1], span)
            if gap is not None and gap.strip() == '' and is_genitive(span[0]):
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
'''.split())
# МЧС по Санкт-Петербургу, управления ФСБ по Чечне, ГУ МВД по г. Москве
PLACE_WORDS = frozenset('г город область край район республика округ'.split())
DOMAIN_POS = ('NOUN', 'ADJF', 'PRTF', 'NUMR')
DOMAIN_WORDS = 7


def has_domain_head(span):
    return any(lemma(token.text) in DOMAIN_HEADS for token in span if token.is_alpha)


def domain_stop(doc, start, places_only=False):
    """End of `по правам человека` (start at `по`), or None: a dative noun
    phrase, then genitives (`развитию информационного общества`, not `глава`);
    with `places_only`, a place (`по Санкт-Петербургу`, `по г. Москве`)."""
    index, last_noun, after_and, first_noun = start + 1, None, True, True
    while index < len(doc) and index - start <= DOMAIN_WORDS:
        token = doc[index]
        text = token.text
        if text == 'и' and last_noun == index:
            index += 1
            after_and = True
            continue
        if text in ('г', 'г.') and first_noun:
            index += 2 if index + 1 < len(doc) and doc[index + 1].text == '.' else 1
            continue
        if not token.is_alpha and '-' not in text:
            break
        parses = parse(text)
        if not parses or parses[0].tag.POS not in DOMAIN_POS or 'Apro' in parses[0].tag:
            break
        geo = text[:1].isupper() and is_geo(parses)
        if text[:1].isupper() and not geo and not any('Orgn' in parsed.tag for parsed in parses[:2]):
            break
        if parses[0].tag.POS == 'NOUN':
            words = {parsed.normal_form for parsed in parses[:3]}
            if first_noun and (words & NOT_DOMAINS or places_only and not geo and not words & PLACE_WORDS):
                return None
            if not after_and and not geo and not is_case(parses, 'gent'):
                break
            last_noun = index + 1
            after_and = first_noun = False
        index += 1
    return last_noun


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
                    span = make_span(doc, start, stop, 'ORG', 'org-domain', span._.canonical)
        result.append(span)
    return result


# маслихат города Астаны, акимат Карагандинской области: a local body is named by its place
LOCAL_BODIES = frozenset('маслихат акимат'.split())
LOCAL_UNITS = frozenset('город область район село аул'.split())


def local_bodies(doc, spans):
    """`маслихата города` `Астаны` -> one ORG; a bare `маслихат` names nothing."""
    places = {span.start: span for span in spans if span.label_ == 'LOC'}
    result = list(spans)
    for token in doc:
        # pymorphy3 does not know `маслихата`: the stem and a case ending
        if not token.text.islower() or not any(
                token.text.startswith(body) and len(token.text) - len(body) <= 3 for body in LOCAL_BODIES):
            continue
        after = token.i + 1
        if after < len(doc) and doc[after].text.islower() and lemma(doc[after].text) in LOCAL_UNITS:
            after += 1
        place = places.get(after)
        if place is not None and doc[after - 1].whitespace_:
            result.remove(place)
            result.append(make_span(doc, token.i, place.end, 'ORG', 'local-body'))
    return result


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
        if span.label_ == 'ORG' and span._.canonical is None:
            while start > 0 and is_ordinal(doc[start - 1]):
                start -= 1
        if start != span.start:
            span = make_span(doc, start, span.end, 'ORG', 'org-prefix', span._.canonical)
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


def doc_prev_is_punct(token):
    previous = token.doc[token.i - 1]
    return previous.text in ':—–-' or previous.is_space


def head_before(doc, index):
    """`газета «Время»`, `ФК «Спартак»`: an ORG head word right before a quote."""
    if index == 0 or doc[index - 1].is_space:
        return False
    word = doc[index - 1].text
    return word.lower() in ORG_HEADS or word.islower() and lemma(word) in ORG_HEADS


def quoted_names(doc, spans):
    """`партии «Яблоко»`, `ОАО «Газпром»` -> `Яблоко`, `Газпром`: the descriptor
    and the quotes stay outside; `газета «Время»` alone becomes an ORG."""
    spans = list(spans)
    for open_, close in quote_groups(doc):
        first, stop = open_ + 1, close
        if not is_name_start(doc[first]) or doc[open_].idx < doc._.body_start:
            continue
        overlapping = [span for span in spans if span.start < close + 1 and open_ < span.end]
        if not overlapping:
            if head_before(doc, open_):
                spans.append(make_span(doc, first, stop, 'ORG', 'quoted-name'))
            continue
        if len(overlapping) != 1 or overlapping[0].label_ != 'ORG':
            continue
        span = overlapping[0]
        if span.end > close + 1 or span.end < stop or span.start > first:
            continue   # `Русской службе «Голоса Америки» ...`: a longer name
        if not all(is_descriptor(token) for token in doc[span.start:open_]):
            continue   # `Совета директоров «Башинформа»`: the quoted name is a part
        if (span.start, span.end) == (first, stop):
            continue
        spans.remove(span)
        spans.append(make_span(doc, first, stop, 'ORG', 'quoted-name', span._.canonical))
    return spans
