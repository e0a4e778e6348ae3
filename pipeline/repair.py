"""Boundary and type repairs on top of slovnet's and the gazetteer's spans.

slovnet cuts long organisation names into pieces, runs names across brackets
and takes a descriptor in with a quoted name. These rules put that right, each
named in `span._.rule`:

- `split-dash`: a span never runs across a dash between words
  (`Парламент – подотчетное Правительство`);
- `split-bracket`: nor across a bracket (`Комитет защиты журналистов (КЗЖ`);
- `bracketed`: a name's other spelling in brackets is a mention of its own
  (`Томас Шефер (Thomas Schäfer)`, `Комитет защиты журналистов (КЗЖ)`);
- `merge-org`: adjacent ORG pieces are one name
  (`Политического совета` `Казахстанской партии зелёных` `БАЙТАҚ`);
- `org-country`: a country in the genitive after an ORG belongs to it
  (`Народной партии` `Казахстана`);
- `quoted-name`: a quoted name is the name, without its descriptor and quotes
  (`партии «Яблоко»` -> `Яблоко`, `ОАО «Газпром»` -> `Газпром`);
- `consistent-type`: the same name gets one type throughout a document
  (`Курултая` ORG, `в Курултае` LOC -> ORG);
- `drop-positions`: `Аким` alone at a sentence start is not a name.
"""

from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

from .morph import lemma, parse

OPEN_QUOTES = set('«"“„')
CLOSE_QUOTES = set('»"”“')
# «…», „…“, “…”, "…"
QUOTE_PAIRS = {'«': '»', '„': '“”', '“': '”', '"': '"'}
OPEN_BRACKETS = set('([')
CLOSE_BRACKETS = set(')]')
DASHES = {'-', '–', '—'}

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
ик ук фк хк пк ска иа мия риа ртр тк
'''.split())


def gap_text(doc, left, right):
    """Text between two token ranges."""
    return doc.text[doc[left.end - 1].idx + len(doc[left.end - 1].text):doc[right.start].idx]


def make_span(doc, start, stop, label, rule, canonical=None):
    span = Span(doc, start, stop, label=label)
    span._.rule = rule
    span._.canonical = canonical
    return span


def is_genitive(token):
    text = token.text
    if text.isupper():
        return True   # РК, РФ, США do not decline
    return any(parsed.tag.case in ('gent', 'gen2') for parsed in parse(text)[:4])


def same_line_gap(doc, left, right):
    """The text between two neighbours if only spaces and quotes part them."""
    if left.end > right.start:
        return None
    gap = gap_text(doc, left, right)
    if '\n' in gap or gap.strip(' «»"“”„') != '':
        return None
    return gap


def merge_orgs(doc, spans):
    """`Демократической партии Казахстана "Ак жол"`, `Политсовета партии AMANAT`:
    ORG pieces side by side are one name, known under the name it ends with."""
    merged = []
    for span in spans:
        if merged and merged[-1].label_ == 'ORG' and span.label_ == 'ORG' \
                and same_line_gap(doc, merged[-1], span) is not None:
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


def is_geo(parses):
    return any('Geox' in parsed.tag for parsed in parses[:2])


def is_case(parses, case):
    return any(parsed.tag.case == case for parsed in parses[:4])


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


# на востоке Украины, в центре Москвы, на юго-востоке Польши
DIRECTIONS = frozenset('''
север юг восток запад северо-запад северо-восток юго-запад юго-восток центр
'''.split())


def directions(doc, spans):
    """`на востоке` `Украины` -> `востоке Украины`: a part of a place is a place."""
    result = []
    for span in spans:
        before = span.start - 1
        if span.label_ == 'LOC' and before > 0 and doc[before].text.islower() \
                and lemma(doc[before].text) in DIRECTIONS and doc[before - 1].text.lower() in ('на', 'в', 'во'):
            span = make_span(doc, before, span.end, 'LOC', 'loc-direction')
        result.append(span)
    return result


def quote_groups(doc):
    """(open, close) token indices of each quoted stretch on one line."""
    groups = []
    index = 0
    while index < len(doc):
        token = doc[index]
        closers = QUOTE_PAIRS.get(token.text)
        if closers is None or (token.text == '"' and index + 1 < len(doc) and doc[index + 1].is_space):
            index += 1
            continue
        for close in range(index + 1, min(len(doc), index + 16)):
            if '\n' in doc[close].text:
                break
            if doc[close].text in closers and close > index + 1:
                groups.append((index, close))
                index = close
                break
        index += 1
    return groups


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


def is_name_start(token):
    return token.text[:1].isupper() or token.text[:1].isdigit()


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


def close_quotes(doc, spans):
    """`АО "АгромашХолдинг KZ` -> `АО "АгромашХолдинг KZ"`, `коалиция "За ... Казахстана`
    -> `коалиция "За ... Казахстана!"`: balance a quote."""
    fixed = []
    for span in spans:
        opened = sum(token.text in OPEN_QUOTES - CLOSE_QUOTES for token in span) + sum(
            token.text == '"' for token in span)
        closed = sum(token.text in CLOSE_QUOTES - OPEN_QUOTES for token in span)
        straight = sum(token.text == '"' for token in span)
        unbalanced = (straight % 2 == 1) or (opened - straight > closed)
        stop = span.end
        while stop < len(doc) and stop - span.end < 2 and doc[stop].text in '!?':
            stop += 1
        if unbalanced and stop < len(doc) and doc[stop].text in CLOSE_QUOTES:
            span = make_span(doc, span.start, stop + 1, span.label_, span._.rule or 'close-quote', span._.canonical)
        fixed.append(span)
    return fixed


def split_at(doc, spans, is_cut, rule):
    """Cut spans at the tokens `is_cut` picks; pieces keep the label."""
    result = []
    for span in spans:
        cuts = [token.i for token in span if is_cut(token)]
        if not cuts:
            result.append(span)
            continue
        start = span.start
        for cut in cuts + [span.end]:
            first, stop = trim(doc, start, cut)
            if stop > first and is_name_start(doc[first]) or stop > first and doc[first].text in OPEN_QUOTES:
                result.append(make_span(doc, first, stop, span.label_, rule, span._.canonical))
            start = cut + 1
    return result


def split_dashes(doc, spans):
    """`Парламент – подотчетное Правительство`: cut at a spaced dash."""
    return split_at(doc, spans, lambda token: token.text in DASHES and token.i > 0
                    and bool(token.doc[token.i - 1].whitespace_), 'split-dash')


# Монако • Намибия, Rassemblement pour le Mali, RPM
SEPARATORS = set('•·|/;')


def split_separators(doc, spans):
    """`Монако • Намибия`: a list separator, or a comma before a capital, ends a name
    (`связи, информационных технологий` keeps its comma)."""
    def is_cut(token):
        if token.text in SEPARATORS:
            return True
        return token.text == ',' and token.i + 1 < len(doc) and is_name_start(doc[token.i + 1])
    return split_at(doc, spans, is_cut, 'split-list')


def split_brackets(doc, spans):
    """`Комитет защиты журналистов (КЗЖ`, `Томас Шефер (Thomas Schäfer`: cut at a bracket."""
    return split_at(doc, spans, lambda token: token.text in OPEN_BRACKETS | CLOSE_BRACKETS, 'split-bracket')


def trim(doc, start, stop):
    """Range without punctuation or space at its ends (its own quotes kept)."""
    while start < stop and (doc[start].is_punct and doc[start].text not in OPEN_QUOTES or doc[start].is_space):
        start += 1
    while stop > start and (doc[stop - 1].is_punct and doc[stop - 1].text not in CLOSE_QUOTES
                            or doc[stop - 1].is_space):
        stop -= 1
    return start, stop


def is_foreign(text):
    """Latin, CJK and other non-Cyrillic letters only."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not any('а' <= char.lower() <= 'я' or char in 'ёЁ' for char in letters)


def bracketed(doc, spans):
    """`Томас Шефер (Thomas Schäfer)`, `организации ООН (ФАО)`: the name in
    brackets after a mention is a mention of the same type."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    added = []
    for span in spans:
        open_ = span.end
        if open_ >= len(doc) or doc[open_].text != '(' or span.label_ not in ('PER', 'ORG'):
            continue
        close = next((index for index in range(open_ + 1, min(len(doc), open_ + 9))
                      if doc[index].text in ')(' or '\n' in doc[index].text), None)
        if close is None or doc[close].text != ')' or close == open_ + 1:
            continue
        inside = doc[open_ + 1:close]
        if taken & set(range(open_ + 1, close)) or not is_name_start(inside[0]) and not is_foreign(inside[0].text):
            continue
        text = inside.text
        if span.label_ == 'PER' and not is_foreign(text):
            continue
        # (ФАО), (FN), (Роскомнадзора): an abbreviation or one word for an organisation
        if span.label_ == 'ORG' and not is_foreign(text) and not (len(inside) == 1 and inside[0].is_alpha):
            continue
        added.append(make_span(doc, open_ + 1, close, span.label_, 'bracketed'))
    return spans + added


def strip_punct(doc, spans):
    """No mention starts or ends with punctuation other than its own quotes;
    a name wholly in quotes loses them (`«Яблоко»` -> `Яблоко`)."""
    result = []
    for span in spans:
        start, stop = trim(doc, span.start, span.end)
        if stop - start > 2 and doc[start].text in OPEN_QUOTES and doc[stop - 1].text in CLOSE_QUOTES \
                and not any(token.text in OPEN_QUOTES | CLOSE_QUOTES for token in doc[start + 1:stop - 1]):
            start, stop = start + 1, stop - 1
        if stop <= start:
            continue
        if (start, stop) != (span.start, span.end):
            span = make_span(doc, start, stop, span.label_, span._.rule, span._.canonical)
        result.append(span)
    return result


def same_name(word, other):
    """Case forms of one name: `Голунов`, `Голунова`, `Голуновым` (not `Голубев`)."""
    word, other = word.lower(), other.lower()
    if abs(len(word) - len(other)) > 2:
        return False
    size = max(4, min(len(word), len(other)) - 2)
    return word[:size] == other[:size] and (len(word) > 4 or word == other)


def is_common_word(token):
    """A dictionary word that is not a name (`Вчера`, `Роза` is a name too)."""
    parses = parse(token.text)
    return bool(parses) and all(getattr(parsed, 'is_known', False) for parsed in parses[:2]) and not any(
        tag in parsed.tag for parsed in parses for tag in NAME_TAGS)


def propagate_persons(doc, spans):
    """`Иван Голунов` ... `Голунова`: a word of a person's name found elsewhere
    in the document, unrecognised, is that person again."""
    known = {token.text for span in spans if span.label_ == 'PER' for token in span
             if token.is_alpha and token.text[:1].isupper() and len(token.text) > 2}
    if not known:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.i in taken or not token.is_alpha or not token.text[:1].isupper() or token.idx < doc._.body_start:
            continue
        if token.text.isupper() or not any(same_name(token.text, word) for word in known):
            continue
        # `Его Высочество`, `Болгарским Патриархом`: words, not names
        if is_common_word(token) or lemma(token.text) in position_words() | TITLES:
            continue
        if found and found[-1][1] == token.i:
            found[-1][1] = token.i + 1
        else:
            found.append([token.i, token.i + 1])
    # `Мейв` found next to `Кеннеди` known: one name
    persons = {span.start: span for span in spans if span.label_ == 'PER'}
    ends = {span.end: span for span in spans if span.label_ == 'PER'}
    for piece in found:
        start, stop = piece
        if stop in persons and doc[stop - 1].whitespace_ == ' ':
            spans.remove(persons[stop])
            piece[1] = persons[stop].end
        elif start in ends and doc[start - 1].whitespace_ == ' ':
            spans.remove(ends[start])
            piece[0] = ends[start].start
    return spans + [make_span(doc, start, stop, 'PER', 'propagate-person') for start, stop in found]


def surface_key(span):
    return ' '.join(lemma(token.text) for token in span if not token.is_punct)


def consistent_types(doc, spans):
    """The same name gets one type in a document where the evidence is clear:
    the gazetteer's type (`Курултая` ORG, `в Курултае` LOC -> ORG), or a person
    by a clear majority (`Свиридове` LOC once, PER twice). ORG and LOC are left
    as they are otherwise: `Бавария` the land and `Бавария` the club."""
    votes, known = {}, {}
    for span in spans:
        key = surface_key(span)
        votes.setdefault(key, Counter())[span.label_] += 1
        if span._.canonical:
            known[key] = span.label_
    result = []
    for span in spans:
        key = surface_key(span)
        label = known.get(key)
        if label is None:
            (label, count), = votes[key].most_common(1)
            own = votes[key][span.label_]
            if 'PER' not in (label, span.label_) or count < max(2, 2 * own):
                label = span.label_
        if label != span.label_:
            span = make_span(span.doc, span.start, span.end, label, 'consistent-type', span._.canonical)
        result.append(span)
    return result


@lru_cache(maxsize=1)
def position_words():
    """Lemmas of positions (`аким`, `спикер`) from models/positions.txt."""
    from .config import resolve_model_path
    text = resolve_model_path('positions.txt').read_text(encoding='utf-8')
    return frozenset(line.split('#')[0].strip().lower() for line in text.splitlines() if line.split('#')[0].strip())


NAME_TAGS = ('Name', 'Surn', 'Patr')
# Император Акихито, Папа Франциск, Полковник Квачков, Мадам Трули-Пулли
TITLES = frozenset('''
император императрица кронпринц принц принцесса король королева царь царица
папа понтифик патриарх митрополит архиепископ епископ кардинал
генерал полковник подполковник майор капитан лейтенант сержант адмирал маршал
мадам мадемуазель месье мсье мистер миссис
поп-звезда звезда певица певец актёр актриса режиссёр рэпер музыкант
писатель писательница поэт художник футболист хоккеист теннисист боксёр
бизнесмен миллиардер олигарх премьер экс-президент экс-премьер
'''.split())
# Всё-таки Проди, Безлюдная Пикадилли-сёркус: a word that names nothing
STRAY_POS = ('ADJF', 'PRCL', 'CONJ', 'ADVB', 'PREP', 'INTJ')


def is_title_word(token):
    """A capitalised title or stray word before a name: `Император`,
    `Полковник`, `Всё-таки`, `34-летний` (not `Ван`, `Пан`, `Роза`)."""
    text = token.text
    if text[:1].isdigit():
        return True
    if not text[:1].isupper() or text.isupper():
        return False
    word = lemma(text)
    if word in TITLES or word in position_words():
        return True
    parses = parse(text)
    if not parses or not all(getattr(parsed, 'is_known', False) for parsed in parses[:3]):
        return False
    # Ван Цзюнь: a particle, but also a noun, so maybe a name
    return all(parsed.tag.POS in STRAY_POS for parsed in parses)


def strip_titles(doc, spans):
    """`Император Акихито`, `Полковник Квачков` -> `Акихито`, `Квачков`:
    a title or a stray word before a person's name stays outside it."""
    result = []
    for span in spans:
        start = span.start
        if span.label_ == 'PER':
            while span.end - start > 1 and is_title_word(doc[start]) and doc[start + 1].text[:1].isupper():
                start += 1
        if start != span.start:
            span = make_span(doc, start, span.end, span.label_, 'strip-title', span._.canonical)
        result.append(span)
    return result


def is_position(span):
    """`Аким`, `Аким области`, `Министр иностранных дел`: a position, capitalised
    at a sentence start, and nothing that names anything after it."""
    first = span[0].text
    if lemma(first) not in position_words() or parse(first)[0].tag.POS != 'NOUN':
        return False
    return all(not token.text[:1].isupper() for token in span[1:])


def drop_positions(doc, spans):
    """A position is not a place or an organisation."""
    return [span for span in spans if span.label_ == 'PER' or not is_position(span)]


# (name, rule): each rule maps (doc, spans sorted by start) to new spans
RULES = [
    ('split-dash', split_dashes),
    ('split-bracket', split_brackets),
    ('split-list', split_separators),
    ('merge-org', merge_orgs),
    ('org-country', merge_org_country),
    ('org-domain', domain_tails),
    ('loc-direction', directions),
    ('org-prefix', org_prefixes),
    ('close-quote', close_quotes),
    ('quoted-name', quoted_names),
    ('bracketed', bracketed),
    ('strip-punct', strip_punct),
    ('strip-title', strip_titles),
    ('propagate-person', propagate_persons),
    ('consistent-type', consistent_types),
    ('drop-positions', drop_positions),
]


class Repairer:
    """Applies the boundary and type rules to doc.ents."""

    def __init__(self, nlp, name):
        self.name = name

    def __call__(self, doc):
        spans = sorted(doc.ents, key=lambda span: span.start)
        for _, rule in RULES:
            spans = sorted(rule(doc, spans), key=lambda span: span.start)
        doc.ents = resolve_overlaps(spans)
        return doc

    def pipe(self, docs, batch_size=64):
        for doc in docs:
            yield self(doc)


def resolve_overlaps(spans):
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda span: (-(span.end - span.start), span.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda span: span.start)


@Language.factory('repair', assigns=['doc.ents'], requires=['doc.ents'])
def make_repairer(nlp, name):
    return Repairer(nlp, name)
