"""Linking mentions to entities.

Within a document (the `link` stage): a surname alone, an initialled name and a
first name with a surname link to the fullest name seen (`Ашимбаев` ->
`Маулен Ашимбаев`); gazetteer names link to their canonical name; an
abbreviation links to the name it abbreviates where the text gives both
(`Республика Казахстан` ... `РК`); a lone head noun links to the one longer
name it heads (`Коалиции` -> `Общенациональная коалиция ...`).

Across a run (`link_run`): one entity per (type, name key), persons known only
by surname join the one full name with that surname, and the entity id is a
hash of the type and name key, so the same input gives the same ids.
"""

import hashlib
import re
from collections import Counter, defaultdict

from spacy.language import Language

from .morph import lemma

QUOTES_RE = re.compile(r'[«»“”„"\']')


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


def person_words(span):
    return (span._.normal or span.text).split()


def fullness(name):
    return len(name.split()), -sum(part.endswith('.') for part in name.split())


def pick_name(names):
    """The fullest, then most frequent, then first-seen name."""
    counts = Counter(names)
    order = {name: index for index, name in reversed(list(enumerate(names)))}
    return max(counts, key=lambda name: (fullness(name), counts[name], -order[name]))


def link_persons(spans):
    """Group person mentions by surname; set each cluster's canonical name."""
    clusters = defaultdict(list)
    singles = []
    for span in spans:
        last = span._.last
        if last:
            clusters[surname_key(last)].append(span)
        else:
            singles.append(span)
    for span in singles:
        # a first name alone links to the one person with that first name
        first = name_key(span._.first or span._.normal)
        matches = [key for key, members in clusters.items()
                   if any(name_key(member._.first) == first for member in members)]
        if len(matches) == 1:
            clusters[matches[0]].append(span)
        else:
            clusters['first:' + first].append(span)
    for members in clusters.values():
        names = [member._.normal for member in members if member._.normal]
        full = [name for name in names if len(name.split()) > 1 and not any(part.endswith('.') for part in name.split())]
        canonical = pick_name(full or names)
        for member in members:
            member._.entity = canonical


def abbreviation(name):
    words = [word for word in re.findall(r'\w+', name) if word[:1].isupper()]
    return ''.join(word[0] for word in words)


def link_names(spans):
    """Organisations and places: gazetteer names, abbreviations, lone heads."""
    for span in spans:
        span._.entity = span._.canonical or span._.normal or span.text
    by_type = defaultdict(list)
    for span in spans:
        by_type[span.label_].append(span)
    for label, members in by_type.items():
        # one spelling per name key: the most frequent
        spellings = defaultdict(list)
        for member in members:
            spellings[name_key(member._.entity)].append(member._.entity)
        names = {key: pick_name(values) for key, values in spellings.items()}
        # `Общенациональная коалиция` -> `Общенациональная коалиция «За ...»`
        resolved = {}
        for key, name in names.items():
            longer = [other for other_key, other in names.items()
                      if other_key != key and other_key.startswith(key + ' ')]
            resolved[key] = longer[0] if len(key.split()) > 1 and len(longer) == 1 else name
        for member in members:
            name = member._.entity
            key = name_key(name)
            target = resolved[key]
            if member._.canonical:
                pass
            elif name.isupper() and 1 < len(name) <= 6:
                expansions = {other for other in resolved.values() if other != name and abbreviation(other) == name}
                if len(expansions) == 1:
                    target = expansions.pop()
            elif len(key.split()) == 1:
                # `Коалиции` -> the one longer name it heads
                head = lemma(key)
                longer = {other for other in resolved.values()
                          if len(name_key(other).split()) > 1
                          and head in {lemma(word) for word in name_key(other).split()[:3]}}
                if len(longer) == 1:
                    target = longer.pop()
            member._.entity = target


class Linker:
    """Sets `span._.entity`, the canonical name of the entity within the document."""

    def __init__(self, nlp, name):
        self.name = name

    def __call__(self, doc):
        spans = list(doc.ents)
        link_persons([span for span in spans if span.label_ == 'PER'])
        link_names([span for span in spans if span.label_ != 'PER'])
        return doc

    def pipe(self, docs, batch_size=64):
        for doc in docs:
            yield self(doc)


@Language.factory('link', assigns=['span._.entity'], requires=['span._.normal'])
def make_linker(nlp, name):
    return Linker(nlp, name)


def entity_id(type, name):
    """Stable id of an entity: its type and a hash of its name key."""
    digest = hashlib.sha1(f'{type}:{name_key(name)}'.encode('utf-8')).hexdigest()[:10]
    return f'{type}-{digest}'


def group_key(type, name):
    """Persons group by first name and surname (`Касым-Жомарт Кемелулы Токаев`
    and `Касым-Жомарт Токаев` are one), other entities by their name key."""
    key = name_key(name)
    if type != 'PER':
        return key
    words = key.split()
    if len(words) == 1:
        return surname_key(words[0])
    return f'{words[0]} {surname_key(words[-1])}'


def link_run(mentions):
    """Run-level entities from mention rows; sets mention['entity_id'].

    `mentions` are dicts with type, entity (the document-level canonical name),
    normal, first/middle/last. Returns entity rows.
    """
    groups = defaultdict(list)
    for mention in mentions:
        groups[(mention['type'], group_key(mention['type'], mention['entity']))].append(mention)
    # a person known in some document only by surname joins the one full name
    full_by_surname = defaultdict(set)
    for (type, key), members in groups.items():
        if type == 'PER' and len(key.split()) > 1:
            full_by_surname[key.split()[-1]].add(key)
    for (type, key) in list(groups):
        if type == 'PER' and len(key.split()) == 1:
            targets = full_by_surname.get(surname_key(key), set())
            if len(targets) == 1:
                groups[(type, targets.pop())].extend(groups.pop((type, key)))
    entities = []
    for (type, key), members in sorted(groups.items()):
        name = pick_name([member['entity'] for member in members])
        identifier = entity_id(type, name)
        normals = []
        for member in members:
            member['entity_id'] = identifier
            if member['normal'] and member['normal'] != name and member['normal'] not in normals:
                normals.append(member['normal'])
        parts = {'first': None, 'middle': None, 'last': None}
        if type == 'PER':
            best = max(members, key=lambda member: (member['entity'] == name, member['normal'] == name,
                                                    sum(bool(member.get(p)) for p in parts)))
            if best['normal'] == name:
                parts = {p: best.get(p) for p in parts}
            else:
                from .names import split_name
                parts = dict(zip(parts, split_name(name.split())))
        entities.append({
            'entity_id': identifier,
            'type': type,
            'name': name,
            **parts,
            'aliases': '|'.join(sorted(normals)),
            'mentions': len(members),
            'documents': len({member['doc_id'] for member in members}),
        })
    return entities
