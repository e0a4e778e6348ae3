"""Linking mentions to entities within a document (the `link` stage).

A surname alone, an initialled name and a
first name with a surname link to the fullest name seen (`Ашимбаев` ->
`Маулен Ашимбаев`); gazetteer names link to their canonical name; an
abbreviation links to the name it abbreviates where the text gives both
(`Республика Казахстан` ... `РК`); a lone head noun links to the one longer
name it heads (`Коалиции` -> `Общенациональная коалиция ...`).

Across a run, pipeline/running/linking.py links these names into entities; it
shares the name keys here (`name_key`, `surname_key`, `first_key`, `pick_name`).
"""

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.language import Language

from pipeline.nlp.doc import Stage, set_span_value, span_value
from pipeline.nlp.kazakh import fold
from pipeline.nlp.name_context import is_maiden_name
from pipeline.nlp.name_subjects import subject_gender
from pipeline.nlp.morph import lemma
from pipeline.nlp.name_parts import (PLURAL_SURNAME_ENDINGS, SURNAME_GENDER_ENDINGS, first_name_gender,
                                     is_surname_like, kazakh_patronymic_gender, name_order, split_name)

QUOTES_RE = re.compile(r'[«»“”„"\']')


# cached: the rules of `link` and of the run's linking key the same names again and again
# (89 K keys on NEREL train)
@lru_cache(maxsize=100_000)
def name_key(name):
    """Case-, quote- and ё-insensitive key of a name."""
    name = QUOTES_RE.sub('', name or '').replace('ё', 'е').replace('Ё', 'Е')
    return ' '.join(name.lower().split())


def surname_key(last):
    """`Ашимбаева`/`Ашимбаев` -> one key: a feminine or genitive -а is dropped."""
    key = name_key(last)
    if re.search(r'(ов|ев|ин|ын)а$', key):
        key = key[:-1]
    return key


def fullness(name):
    return len(name.split()), -sum(part.endswith('.') for part in name.split())


def pick_name(names, weights=None):
    """The fullest, then most frequent, then first-seen name (`weights`: how
    many mentions each of `names` stands for, 1 each by default)."""
    if len(names) == 1:  # most groups of a run: one shape of one name
        return names[0]
    counts = Counter()
    for name, weight in zip(names, weights or [1] * len(names)):
        counts[name] += weight
    order = {name: index for index, name in reversed(list(enumerate(names)))}
    return max(counts, key=lambda name: (fullness(name), counts[name], -order[name]))


def first_key(first):
    """`А.` -> `а`, `Маулен` -> `маулен`."""
    return name_key(first).rstrip('.')


def same_first(one, two):
    """First names agree: equal, or one is the other's initial (`А.`, `Азат`)."""
    one, two = first_key(one), first_key(two)
    if not one or not two:
        return True
    if len(one) == 1 or len(two) == 1:
        return one[0] == two[0]
    return one == two


def is_initialled(name):
    return any(part.endswith('.') for part in name.split())


def nearest(span, clusters):
    """The cluster with a member nearest before the span, else nearest after."""
    if len(clusters) == 1:
        return clusters[0]
    def distance(cluster):
        before = [span.start - member.start for member in cluster if member.start < span.start]
        after = [member.start - span.start for member in cluster if member.start > span.start]
        return (0, min(before)) if before else (1, min(after) if after else 10 ** 9)
    return min(clusters, key=distance)


def link_persons(spans):
    """Cluster the person mentions of a document; set each cluster's canonical name.

    Full names (first name and surname) with the same surname and agreeing
    first names are one person (`Маулен Ашимбаев`, `М. Ашимбаев`); two first
    names with one surname are two (`Иван Петров`, `Анна Петрова`). A surname
    alone joins the person of that surname (the nearest one before it when
    there are several), a first name alone the one person of that first name.
    """
    clusters = []
    by_surname = defaultdict(list)
    shared = share_surnames(spans)
    # `Гүлнар Әбдіқызы` after `Гүлнар Әбдіқызы Тұрсынбаева`: her first name and patronymic
    addressed = patronymic_addresses(spans)
    # full names first, the most complete first, so `А. Амиртаев` finds `Азат Амиртаев`
    full = [span for span in spans
            if span_value(span, 'last') and span_value(span, 'first') and id(span) not in addressed]
    full.sort(key=lambda span: (is_initialled(span_value(span, 'normal') or ''), span.start))
    firsts = {}   # id(cluster) -> the first names of its members
    for span in full:
        key = surname_key(span_value(span, 'last'))
        fitting = [cluster for cluster in by_surname[key]
                   if all(same_first(span_value(span, 'first'), first) for first in firsts[id(cluster)])]
        if fitting:
            cluster = nearest(span, fitting)
            cluster.append(span)
        else:
            cluster = [span]
            clusters.append(cluster)
            by_surname[key].append(cluster)
            firsts[id(cluster)] = set()
        firsts[id(cluster)].add(span_value(span, 'first'))
    for span, named in addressed.values():
        cluster_of(clusters, named).append(span)
    full_firsts = defaultdict(list)
    for cluster in clusters:
        for key in {first_key(span_value(member, 'first')) for member in cluster if span_value(member, 'first')}:
            full_firsts[key].append(cluster)
    for span in sorted((span for span in spans if span_value(span, 'last') and not span_value(span, 'first')),
                       key=lambda span: span.start):
        key = surname_key(span_value(span, 'last'))
        candidates = by_surname[key]
        # `Петрова` alone: the person written with that very surname
        exact = [cluster for cluster in candidates
                 if any(name_key(span_value(member, 'last')) == name_key(span_value(span, 'last'))
                        for member in cluster)]
        candidates = exact or candidates
        if len(candidates) > 1:
            # `Марко Пьяцца`, `Кьяра Пьяцца`, then `Пьяцца финансировал`: the verb's gender picks the man
            gender = subject_gender(span.doc, span)
            fitting = [cluster for cluster in candidates if cluster_gender(cluster) in (None, gender)] if gender else []
            candidates = fitting or candidates
        # `Сейткали ағай` after `Сейткали Жумабаевич Абдрахманов`: a word no list knows as a
        # first name, no surname's shape, is the one person of that first name
        last = span_value(span, 'last')
        named = [] if candidates or is_surname_like(last) else full_firsts.get(first_key(last), [])
        # `Раиса Абишева, урожденная Нуркина`: her birth surname, the woman named just before
        born = [cluster for cluster in clusters if any(span_value(member, 'first') and member.end <= span.start
                                                       for member in cluster)] if is_maiden_name(span) else []
        if candidates:
            nearest(span, candidates).append(span)
        elif len(named) == 1:
            named[0].append(span)
        elif born:
            nearest(span, born).append(span)
        else:
            cluster = [span]
            clusters.append(cluster)
            by_surname[key].append(cluster)
    by_first = defaultdict(list)
    for cluster in clusters:
        for key in {first_key(span_value(member, 'first')) for member in cluster if span_value(member, 'first')}:
            by_first[key].append(cluster)
    for span in sorted((span for span in spans if not span_value(span, 'last')), key=lambda span: span.start):
        word = span_value(span, 'first') or span_value(span, 'normal') or span.text
        # `Лелека` may be a first name or a surname: a surname seen in full wins
        surnames = [cluster for cluster in by_surname.get(surname_key(word), [])
                    if len((span_value(cluster[0], 'normal') or '').split()) > 1]
        if surnames:
            nearest(span, surnames).append(span)
            continue
        # a first name alone links to the one person with that first name
        first = first_key(word)
        matches = by_first[first]
        if len(matches) == 1:
            matches[0].append(span)
        else:
            cluster = [span]
            clusters.append(cluster)
            if span_value(span, 'first'):
                by_first[first].append(cluster)
    for members in clusters:
        names = [shared.get(id(member), span_value(member, 'normal')) for member in members
                 if span_value(member, 'normal')]
        complete = [name for name in names if len(name.split()) > 1 and not is_initialled(name)]
        # `Асем Жумабекова`, later addressed `Асем Кайратовна`: a name with the surname before one without
        surnamed = [name for name in complete if split_name(name.split())[2]]
        # the entity is named `Имя (Отчество) Фамилия` whatever the order of a list (`Ахметов Нурлан`)
        canonical = ' '.join(name_order(pick_name(surnamed or complete or names or [members[0].text]).split()))
        canonical = with_patronymic(canonical, members)
        for member in members:
            set_span_value(member, 'entity', canonical)


def cluster_gender(cluster):
    """'masc' or 'femn' when a member's first name says so (pymorphy3 knows it as one gender's, or it
    ends in -а, -я as women's names do), else None."""
    for member in cluster:
        first = span_value(member, 'first')
        if first and not first.endswith('.'):
            return first_name_gender(first) or ('femn' if is_feminine_first(first) else None)
    return None


def with_patronymic(name, members):
    """`Асем Жумабекова` -> `Асем Кайратовна Жумабекова` when the person's mentions give the
    patronymic only apart (`Асем Кайратовна`), with the same first name and no other patronymic."""
    words = name.split()
    first, middle, last = split_name(words)
    if len(words) != 2 or middle or not first or not last or is_initialled(name):
        return name
    middles = {span_value(member, 'middle') for member in members
               if span_value(member, 'middle') and not is_initialled(span_value(member, 'middle'))
               and span_value(member, 'first') and first_key(span_value(member, 'first')) == first_key(first)}
    if len(middles) != 1:
        return name
    return f'{first} {middles.pop()} {last}'


def cluster_of(clusters, span):
    return next(cluster for cluster in clusters if any(member is span for member in cluster))


def patronymic_addresses(spans):
    """{id: (mention, named)} of two-word mentions that are a first name and a Kazakh patronymic
    (`Гүлнар Әбдіқызы`, `Асель Бауыржанқызы`, read as a name and a surname) of a person the
    document names in full (`Гүлнар Әбдіқызы Тұрсынбаева`), with that person's mention."""
    middles = {}
    for span in spans:
        if span_value(span, 'first') and span_value(span, 'middle') and span_value(span, 'last'):
            middles.setdefault((first_key(span_value(span, 'first')), name_key(span_value(span, 'middle'))), span)
    addressed = {}
    for span in spans:
        if span_value(span, 'first') and span_value(span, 'last') and not span_value(span, 'middle') \
                and kazakh_patronymic_gender(span_value(span, 'last')):
            named = middles.get((first_key(span_value(span, 'first')), name_key(span_value(span, 'last'))))
            if named is not None:
                addressed[id(span)] = (span, named)
    return addressed


def is_feminine_first(first):
    """`Юлия`, `Айгерим`? a first name's gender by its ending: -а, -я are women's names
    (enough to choose a surname's form; `Илья`, `Никита` are rare in the pattern)."""
    return first.lower().endswith(('а', 'я'))


def gendered_surname(last, feminine):
    """`Петрова` for a woman, `Петров` for a man (the endings of name_parts.SURNAME_GENDER_ENDINGS);
    `Пак`, `Бондаренко` for both."""
    lower = last.lower()
    if lower.endswith(PLURAL_SURNAME_ENDINGS):   # `Петровы` -> `Петров`, `Петрова`
        return last[:-1] + 'а' if feminine else last[:-1]
    for femn, masc in SURNAME_GENDER_ENDINGS:
        if lower.endswith(femn):
            return last if feminine else last[:-len(femn)] + masc
        if lower.endswith(masc):
            return last[:-len(masc)] + femn if feminine else last
    return last


def share_surnames(spans):
    """`сестры Юлия и Кристина Пак`, `супруги Иван и Мария Петровы`: a first name alone
    joined by `и` to a first name and a surname shares the surname (in its gender). Returns
    {id: the full name} of the mentions whose person is so named (`Юлия Пак`, `Мария Петрова`);
    their normal forms stay the mentions' own."""
    by_start = {span.start: span for span in spans}
    shared = {}
    for span in spans:
        if span_value(span, 'last') or not span_value(span, 'first') or span_value(span, 'middle') or len(span) != 1:
            continue
        doc = span.doc
        other = by_start.get(span.end + 1)
        if span.end >= len(doc) or doc[span.end].text != 'и' or other is None or not span_value(other, 'first') \
                or not span_value(other, 'last') or span_value(other, 'middle') or len(other) != 2:
            continue
        set_span_value(span, 'last', gendered_surname(span_value(other, 'last'),
                                                      is_feminine_first(span_value(span, 'first'))))
        shared[id(span)] = f'{span_value(span, "first")} {span_value(span, "last")}'
        if span_value(other, 'last').lower().endswith(PLURAL_SURNAME_ENDINGS):
            set_span_value(other, 'last', gendered_surname(span_value(other, 'last'),
                                                           is_feminine_first(span_value(other, 'first'))))
            shared[id(other)] = f'{span_value(other, "first")} {span_value(other, "last")}'
    return shared


# words an abbreviation skips (`Комиссия по конституционной реформе` -> ККР)
ABBREVIATION_SKIPS = frozenset('и по в на для при о об с к of and for the'.split())
ABBREVIATION_RE = re.compile(r'^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}$')


def abbreviations(name):
    """The abbreviations a name may go by: `Республика Казахстан` -> РК,
    `Восточно-Казахстанская область` -> ВКО, `Министерство иностранных дел` -> МИД."""
    words = re.findall(r'\w+', QUOTES_RE.sub(' ', name or ''))
    every = ''.join(word[0] for word in words if word.lower() not in ABBREVIATION_SKIPS)
    capitals = ''.join(word[0] for word in words if word[:1].isupper())
    return {form.upper() for form in (every, capitals) if len(form) > 1}


def is_abbreviation(name):
    return bool(ABBREVIATION_RE.match(name or ''))


# `Общенациональная коалиция` heads longer names of up to this many words
MAX_PREFIX_WORDS = 8


def written_spelling(span):
    """The mention's own spelling of its gazetteer name when the two differ only in Kazakh
    letters (`партии «Ақ жол»` -> `Ақ жол`, not the gazetteer's `Ак жол`): the name is given
    as the text writes it; None otherwise."""
    canonical, normal = span_value(span, 'canonical'), span_value(span, 'normal')
    if not canonical or not normal or normal == canonical:
        return None
    return normal if name_key(fold(normal)) == name_key(fold(canonical)) else None


def link_names(spans):
    """Organisations and places: gazetteer names, abbreviations, lone heads."""
    for span in spans:
        set_span_value(span, 'entity', written_spelling(span) or span_value(span, 'canonical')
                       or span_value(span, 'normal') or span.text)
    by_type = defaultdict(list)
    for span in spans:
        by_type[span.label_].append(span)
    for label, members in by_type.items():
        # one spelling per name key: the most frequent
        spellings = defaultdict(list)
        for member in members:
            spellings[name_key(span_value(member, 'entity'))].append(span_value(member, 'entity'))
        names = {key: pick_name(values) for key, values in spellings.items()}
        # `Общенациональная коалиция` -> `Общенациональная коалиция «За ...»`
        starting = defaultdict(list)
        for other_key, other in names.items():
            words = other_key.split()
            for size in range(2, min(len(words), MAX_PREFIX_WORDS + 1)):
                starting[' '.join(words[:size])].append(other)
        resolved = {}
        for key, name in names.items():
            longer = starting.get(key, [])
            resolved[key] = longer[0] if len(key.split()) > 1 and len(longer) == 1 else name
        # `Коалиции` -> the one longer name it heads
        heads = defaultdict(set)
        # `Петропавл` is no head of `автодорога Петропавл – Тайынша`: a place a road joins is a place
        roads = {resolved[name_key(span_value(member, 'entity'))] for member in members
                 if span_value(member, 'rule') == 'loc-road'}
        for other in set(resolved.values()) - roads:
            words = name_key(other).split()
            if len(words) > 1:
                for word in words[:3]:
                    heads[lemma(word)].add(other)
        for member in members:
            name = span_value(member, 'entity')
            key = name_key(name)
            target = resolved[key]
            if not span_value(member, 'canonical') and len(key.split()) == 1 and not is_abbreviation(name):
                longer = heads.get(lemma(key), ())
                if len(longer) == 1:
                    target = next(iter(longer))
            set_span_value(member, 'entity', target)
    # `РК` -> `Республика Казахстан` (and so to its entity), where the text has both
    expanded = defaultdict(list)
    for other in spans:
        if not is_abbreviation(span_value(other, 'normal') or ''):
            for form in abbreviations(span_value(other, 'normal') or other.text):
                expanded[form].append(other)
    for member in spans:
        name = span_value(member, 'normal') or member.text
        if span_value(member, 'canonical') or not is_abbreviation(name):
            continue
        expansions = expanded.get(name, [])
        same_type = [other for other in expansions if other.label_ == member.label_]
        targets = {span_value(other, 'entity') for other in (same_type or expansions)}
        if len(targets) == 1:
            set_span_value(member, 'entity', targets.pop())


class Linker(Stage):
    """Sets `span._.entity`, the canonical name of the entity within the document."""

    def __call__(self, doc):
        spans = list(doc.ents)
        link_persons([span for span in spans if span.label_ == 'PER'])
        # the places inside a road join the entities as any mention does
        link_names([span for span in spans if span.label_ != 'PER'] + list(doc.spans.get('inner', ())))
        return doc


@Language.factory('link', assigns=['span._.entity'], requires=['span._.normal'])
def make_linker(nlp, name):
    return Linker(nlp, name)
