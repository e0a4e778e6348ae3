"""Run-level linking: the mention rows of a whole run -> its entities.

One entity per (type, name key); persons known in a document only by surname
or initials join the one full name that fits; a name without its quoted part
joins the one with it (`Общенациональная коалиция` -> `Общенациональная
коалиция «За ...»`); the entity id is a hash of the type and the canonical
name's key, so the same input gives the same ids. An incremental run keeps
the ids earlier runs gave (`stabilize`).

Within a document, the `link` stage (pipeline/nlp/stages/link.py) has already
set each mention's canonical name; its name keys are shared from there.
"""

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache

from pipeline.nlp.name_parts import split_name
from pipeline.nlp.stages.link import first_key, name_key, pick_name, surname_key


def entity_id(type, name):
    """Stable id of an entity: its type and a hash of its name key."""
    digest = hashlib.sha1(f'{type}:{name_key(name)}'.encode('utf-8')).hexdigest()[:10]
    return f'{type}-{digest}'


# cached: every mention of a run is keyed, and names recur within and across documents
@lru_cache(maxsize=100_000)
def group_key(type, name):
    """Persons group by first name and surname (`Касым-Жомарт Кемелулы Токаев`
    and `Касым-Жомарт Токаев` are one; `Токаев Касым-Жомарт` too), other
    entities by their name key."""
    key = name_key(name)
    if type != 'PER':
        return key
    words = key.split()
    if len(words) == 1:
        return surname_key(words[0])
    first, _, last = split_name((name or '').split())
    if first and last:
        return f'{first_key(first)} {surname_key(last)}'
    return f'{words[0]} {surname_key(words[-1])}'


# `филиал «AMANAT»` is not `AMANAT`: heads naming a part of an organisation
SUBUNIT_HEADS = frozenset('филиал фракция отделение департамент управление подразделение офис штаб'.split())


def quoted_parts(name):
    """(key of the words before the first quote, key of the quoted name) or None:
    `корпорация «Восток-Молоко»` -> ('корпорация', 'восток-молоко')."""
    match = re.match(r'^([^«"“„]*)[«"“„]([^»"”“]+)[»"”“]?', name or '')
    if not match:
        return None
    return name_key(match.group(1)), name_key(match.group(2))


def middle_initials(members):
    """The first letters of the patronymics the mentions of a group give (`С.`, `Серикович` -> с)."""
    return {member.get('middle')[:1].lower() for member in members if member.get('middle')}


def agree(initials, others):
    return not initials or not others or not initials.isdisjoint(others)


def merge_person_groups(groups):
    """A person known in some document only by surname or initials joins
    the one full name that fits (`Токаев`, `К. Токаев` -> `Касым-Жомарт Токаев`)."""
    full = defaultdict(list)
    for (type, key) in groups:
        words = key.split()
        if type == 'PER' and len(words) > 1 and len(words[0]) > 1:
            full[words[-1]].append(key)
    for (type, key) in list(groups):
        if type != 'PER':
            continue
        words = key.split()
        if len(words) == 1:
            # `Ли` of one document is not `Ли Мин Со` of another: a surname written first is Chinese
            # or Korean, and such a surname alone names too many people
            targets = [target for target in full.get(surname_key(key), []) if not any(
                (member.get('entity') or '').split()[:1] == [member.get('last')] for member in groups[('PER', target)])]
        elif len(words[0]) == 1:
            # `Н. С. Ахметов` is not `Нурлан Бекмуратович Ахметов`: the patronymics' initials agree too
            middles = middle_initials(groups[(type, key)])
            targets = [target for target in full.get(words[-1], []) if target.startswith(words[0])
                       and agree(middles, middle_initials(groups[(type, target)]))]
        else:
            continue
        if len(targets) == 1:
            groups[(type, targets[0])].extend(groups.pop((type, key)))


def merge_name_groups(groups):
    """Across documents, an organisation or place without its quoted name joins
    the one that has it: `Общенациональная коалиция` -> `Общенациональная
    коалиция «За ...»`, `Восток-Молоко` -> `корпорация «Восток-Молоко»`."""
    for type in ('ORG', 'LOC'):
        parts = {}
        for (group_type, key), members in groups.items():
            if group_type == type:
                found = quoted_parts(pick_name([member['entity'] for member in members], weights_of(members)))
                if found:
                    parts[key] = found
        by_head, by_quoted = defaultdict(list), defaultdict(list)
        for other, (head, quoted) in parts.items():
            by_head[head].append(other)
            # `Восток-Молоко`: the quoted name after a generic head (`корпорация`, `АО`)
            if head and len(head.split()) <= 2 and not SUBUNIT_HEADS & set(head.split()):
                by_quoted[quoted].append(other)
        for (group_type, key) in list(groups):
            if group_type != type or key in parts:
                continue
            # `Общенациональная коалиция`: a name of two or more words heading the quoted one
            targets = by_head.get(key, []) if len(key.split()) > 1 else []
            if not targets:
                targets = by_quoted.get(key, [])
            if len(targets) == 1:
                groups[(type, targets[0])].extend(groups.pop((type, key)))


def weights_of(members):
    """How many mentions each member stands for (a shape's `count`, else 1)."""
    return [member.get('count') or 1 for member in members]


def link_run(mentions):
    """Run-level entities from mention rows; sets mention['entity_id'].

    `mentions` are dicts with doc_id, type, entity (the document-level
    canonical name), normal, first/middle/last, optionally group (`group_key`
    of type and entity) and count: a row may stand for `count` mentions of one
    shape, in the order of their first one (the cache links so, and counts the
    documents of each entity itself: `cache.store.RowStore.link`). Returns entity rows.
    """
    groups = defaultdict(list)
    keys = {}  # a run repeats its names: the key of each (type, name) once
    for mention in mentions:
        name = (mention['type'], mention['entity'])
        key = keys.get(name)
        if key is None:
            # a worker's rows carry the key already (`output.doc_rows`)
            key = keys[name] = (name[0], mention.get('group') or group_key(*name))
        groups[key].append(mention)
    merge_person_groups(groups)
    merge_name_groups(groups)
    entities = []
    for (type, key), members in sorted(groups.items()):
        weights = weights_of(members)
        name = pick_name([member['entity'] for member in members], weights)
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
                parts = dict(zip(parts, split_name(name.split())))
        entities.append({
            'entity_id': identifier,
            'type': type,
            'name': name,
            **parts,
            'aliases': '|'.join(sorted(normals)),
            'mentions': sum(weights),
            'documents': len({member['doc_id'] for member in members}),
        })
    return entities


class Mention:
    """The fields of a mention that run-level linking reads, compactly; with
    `count`, all mentions of the run with these fields (a shape)."""
    __slots__ = ('doc_id', 'type', 'entity', 'group', 'normal', 'first', 'middle', 'last', 'entity_id', 'previous',
                 'count')

    def __init__(self, doc_id, type, entity, normal, first, middle, last, previous, group=None, count=1):
        self.doc_id, self.type, self.entity, self.normal = doc_id, type, entity, normal
        self.group, self.count = group, count
        self.first, self.middle, self.last = first, middle, last
        self.entity_id = None
        self.previous = previous

    # `mention['type']` as link_run reads its dicts, at the cost of an attribute lookup
    __getitem__ = object.__getattribute__
    __setitem__ = object.__setattr__

    def get(self, name, default=None):
        return getattr(self, name, default)


def stabilize(mentions, entities):
    """Keep the entity ids earlier runs gave (`mention.previous`); returns the entity rows.

    A group of `link_run` with mentions that had ids goes on under the id most
    of them had (new mentions join it); every mention with an earlier id keeps
    it. Without earlier ids nothing changes.
    """
    if not any(mention.previous for mention in mentions):
        return entities
    rows = {row['entity_id']: row for row in entities}
    groups = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    target = {}
    for identifier, members in groups.items():
        earlier = Counter()
        for member in members:
            if member.previous:
                earlier[member.previous] += member.count
        target[identifier] = min(earlier, key=lambda key: (-earlier[key], key)) if earlier else identifier
    finals = defaultdict(list)
    for mention in mentions:
        finals[mention.previous or target[mention.entity_id]].append(mention)
    result = []
    for final, members in finals.items():
        sources = Counter()
        for member in members:
            sources[member.entity_id] += member.count
        base = min(sources, key=lambda key: (key != final, -sources[key], key))
        row = dict(rows[base])
        row['entity_id'] = final
        if len(sources) > 1 or sources[base] != sum(member.count for member in groups[base]):
            row['mentions'] = sum(member.count for member in members)
            row['documents'] = len({member.doc_id for member in members})  # shapes: the store counts again
            # as link_run: the members' normal forms other than the name
            row['aliases'] = '|'.join(sorted({member.normal for member in members
                                              if member.normal and member.normal != row['name']}))
        result.append(row)
    for final, members in finals.items():
        for member in members:
            member.entity_id = final
    return result
