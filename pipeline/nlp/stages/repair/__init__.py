"""The `repair` stage: boundary and type rules on top of slovnet's and the
gazetteer's spans, applied in the order of `RULES`, each named in `span._.rule`.

slovnet cuts long organisation names into pieces, runs names across brackets
and list separators, takes a descriptor or a title in with a name and misses a
name it found elsewhere in the document. The rules live in the modules of this package:

- boundaries: `split-dash`, `split-bracket`, `split-list`, `bracketed`,
  `close-quote`, `strip-punct`;
- organisations: `org-event`, `merge-org`, `org-country`, `org-domain`, `org-remit`,
  `org-attached`, `org-mission`, `generic-body`, `org-prefix`,
  `local-body`, `quoted-name`;
- a Latin name the document has as an ORG, repeated (org_repeats.py): `org-latin-repeat` (before quoted-name);
- quoted names a head noun opens (org_quotes.py): a place or a person inside them, `org-quoted-head`
  (after quoted-name); the titles a work's, an award's or a brand's noun opens, `quoted-work` (after quoted-place);
- a name cut at a genitive field before `и` and a second one (org_coordinated.py): `Союз писателей` `и
  журналистов Казахстана`, `org-coordinated-genitive` (before org-country);
- names cut where a phrase cannot end (org_ends.py): after an adjective, `org-open-adjective`; after `по вопросам`,
  `org-open-remit`; before the person a noun of defence or support governs, `org-person-object`;
- organisations (org_shapes.py): an owner before a quoted name, `org-owner-quote`; a Latin
  name after a head noun, `org-latin`; a capitalised adjective and a lower-case head, `org-adjective-name`;
  an abbreviation and the lower-case subject after it, `org-abbreviation-end`; a capitalised kind of
  organisation before an ORG in the genitive (`в Группу` `Всемирного банка`), `org-capital-head`; a person's name wholly in
  quotes, `org-quoted-person` (after consistent-type);
- a capitalised court's, commission's or prosecutor's office's noun before the place it serves
  (org_bodies.py): `Трибунал Милана`, `Избирательная комиссия Пакистана`, `org-body-place` (after org-capital-head);
- a Latin name after a finite verb at a clause's end, the subject after its verb (org_latin_subjects.py):
  `покажет Qazsport,`, `org-latin-subject` (after org-latin-repeat);
- a national park named by a capitalised adjective, which slovnet reads as a place (org_shapes.py):
  `Иле-Алатауского национального парка`, `org-national-park` (after org-body-place);
- words a sentence opens with before an organisation's name (org_openers.py): its people
  (`Кардиохирурги` `Многопрофильной больницы`) or a description before a Latin name (`Логистическая
  компания` `KTZ Express`), `org-opener` (before strip-punct);
- the region or district an organisation's name ends in (org_places.py): `org-region`, a place in doc.spans['inner']
  (`Управление образования` `Туркестанской области`), added once doc.ents are final;
- the city or country an organisation's name ends in (org_end_places.py): `госпиталь` `Нью-Йорка`,
  `org-end-place`, a place in doc.spans['inner'] (added in org-region's walk, after its region);
- a gymnasium's or lyceum's noun and its number (numbered.py): `школы-гимназии №8`, `org-numbered` (before org-place);
- a unit of a body before the body's name (org_units.py): `Департамент` `Агентства по защите и развитию
  конкуренции по Карагандинской области`, `org-unit-head` (after lower-ministry); a territorial unit and the body
  it belongs to after its territory (`... по городу Шымкенту` `Агентства по финансовому мониторингу`), `org-unit-parent`;
- bodies written out in full (titled.py): `level-body`, `akim-office`, `titled-quote`, `remit-body`, `lower-mission`, `lower-ministry`;
- places: `loc-direction`, `loc-verb-end`, `loc-word-end`, `loc-titled-tail`, `loc-named`, `loc-adjective-head`, `loc-road` (the places it joins, `road-end`, in
  doc.spans['inner']), `loc-abbrev`, `loc-noun-name`, `loc-titled`, `dateline`,
  `quoted-place`, `loc-street` (after person-street), `peak-named-after` (peak_names.py: `на пик Ленина`), `district-named-after` (named_districts.py:
  `в районе имени Габита Мусрепова`), `loc-listed` (after the person rules);
- two known places in different cases run together (place_splits.py): `на Лужниках Германию`,
  `place-case-split` (after split-list);
- places in a list a preposition of place opens (place_lists.py): a one-word person, `place-listed-name`; a word no
  mention covers (`до Теренколя и Успенки`), `place-listed-word` (after place-listed-name);
- a one-word person a verb only water takes has as its subject (river_subjects.py): `Шилик и Тентек, которые
  впадают в Балхаш`, `river-subject` (after place-listed-word);
- tails of official names (tails.py): `org-place`, `org-field`, `court`, `named-after` (the next person's initials cut off the honoree), `legal-edge`, `legal-quote`,
  `org-parent-body` (after local-body),
  `org-unit` (after place-head);
- persons: `strip-title`, `place-head`, `place-title-head` (place_titles.py: `Аким Экибастуза` `Нурлан Сапаров`), `join-name`, `person-typed`, `person-halves`, `propagate-person`,
  `settlement`, `drop-positions`;
- persons at a sentence's, a list's or a street's edge (name_edges.py): `person-sentence`, `person-glued-head`,
  `person-initials`, `person-dash-end`, `person-particle`, `person-opener`, `person-function-word` (after strip-title), `person-street`, `person-namesake-place` (before place-head), `person-listed-place`,
  `person-surname-org`;
- a one-word person the document shows to be a place (lone_places.py): `place-word`, `place-known-form`;
- a two-word person opening with a Kazakh adjective of a place's name written apart (place_pairs.py): `у Улкен
  Нарына`, `place-kazakh-adjective` (after place-known-form);
- one word, which type (lone_words.py): `district-head` (after place-head), `place-after-preposition`, `place-after-in`,
  `place-of-residents`, `lone-common-noun`,
  `place-shape`, `surname-place`;
- monarchs' names with their numerals (regnal.py): `person-regnal`,
  `person-regnal-numeral` (after propagate-person);
- sites and vessels (sites.py): a platform a newsroom knows where something is written or shown
  (`рекорд на YouTube`, `пользователи Tumblr`), `platform-name`; a quoted name after a building's or a
  vessel's noun (`на стадионе «Динамо»`, `шаттл «Дискавери»`), `quoted-facility`; an internet domain
  (`в зоне .РФ`), `domain-zone`; a kind of organisation before a quote typed as two apostrophes
  (`Журнал ''Rolling Stone''`), `typed-quote-head` (all after `quoted-work`);
- what is no organisation or place (non_entities.py): `facility`, `vehicle`, `bare-legal-form`, `bare-level-body`,
  `plural-head`, `place-then-noun`, `place-from-noun`;
- a position in the nominative inside an ORG ends it (org_positions.py): `Правительства` `вице-министр
  просвещения`, `org-position` (last);
- a sentence's capitalised adjective or plural noun before a plural noun of places or a name (opening_place_phrases.py):
  `Степные районы`, `Курорты Боровое`, `opening-place-plural` (after sentence-noun);
- here: `consistent-type`, one type per name in a document where the evidence is clear.

Tried and left out (organisations): a lower-case institution and the place after it as one ORG
(`правительство Словении`, `сборной России по хоккею`): NEREL marks it so, but factRu reads the
institution as a descriptor and the place as the name (tune factRu ORG .845 -> .824, LOC .930 ->
.910) and kz-dev's gold keeps the place (tune LOC .986 -> .979); a name's genitive tail going on
through a list closed by `и` (`Бюро по контролю за оборотом алкоголя, табачных изделий и ...`):
NEREL-train tune ORG +.002, but held-out written_news29 ORG .962 -> .923 (scores alone, misses
unread); a name of capitalised adjectives and a lower-case head taking the genitives after it
(`Верхняя палата` `парламента`): four of its five tune hits wrong.
Also left out (issue 16, scores alone on the check parts and held-out sets): the Internet
(`в Сети`, `Интернета`) as no organisation: NEREL marks none, but factRu does (tune ORG .857 ->
.853, check .829 -> .826); a verb opening a mention cut from it and `Так`/`Ещё` alone dropped
(`Основал` `Благотворительный фонд ...`): NEREL-train tune +.001, but NEREL-dev check ORG .740 ->
.730 and written_news20 LOC .907 -> .894; a numbered institution with a lower-case head as one ORG
(`школы № 12`, `исправительной колонии № 5`, as the gold sets write `лицей № 1`): NEREL tune even
(NEREL leaves `школе №36` unmarked), written_news20 LOC .907 -> .894, NEREL-train check LOC .8475 -> .8473.
Also left out (orgs12): a first name opening the words after a street noun as a person's name
(`улицей Машхура Жусупа`): development written_news9 LOC .984 -> .969 (`микрорайон Жана Жол`, `Жана`
a first name too); `ЕБРР по Центральной Азии` (the remit a unit's before a known body's abbreviation)
not tried: one text's, and tails.py is near its 600 lines.

Each rule maps (doc, spans sorted by start) to new spans; overlaps are
resolved once at the end, longest first. The person rules also read the
position lemmas of the stage's `positions` file (positions.txt).
"""

from collections import Counter
from functools import partial
from operator import attrgetter

from spacy.language import Language

from pipeline.nlp.doc import Stage, span_value
from pipeline.nlp.lexicons import position_lemmas
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.boundaries import (
    bracketed,
    close_quotes,
    split_brackets,
    split_dashes,
    split_separators,
    strip_punct,
)
from pipeline.nlp.stages.repair.orgs import (
    attached_bodies,
    continued_remits,
    domain_tails,
    event_heads,
    generic_bodies,
    local_bodies,
    merge_org_country,
    merge_orgs,
    mission_hosts,
    org_prefixes,
    parent_remits,
    quoted_names,
)
from pipeline.nlp.stages.repair.persons import (
    drop_positions,
    join_names,
    joined_halves,
    propagate_persons,
    settlement_names,
    split_place_heads,
    strip_titles,
    typed_names,
)
from pipeline.nlp.stages.repair.name_edges import (
    close_initials, dash_ends, function_words, glued_heads, listed_places, namesake_places, sentence_openers, split_at_sentences, streets,
    surname_orgs, surname_particles, trailing_names,
)
from pipeline.nlp.stages.repair.regnal import regnal_names, regnal_numerals
from pipeline.nlp.stages.repair.lone_places import known_place_forms, place_words
from pipeline.nlp.stages.repair.place_pairs import adjective_pairs
from pipeline.nlp.stages.repair.opening_place_phrases import opening_place_plurals
from pipeline.nlp.stages.repair.peak_names import peak_names
from pipeline.nlp.stages.repair.named_districts import named_districts
from pipeline.nlp.stages.repair.place_lists import listed_names, listed_words, places_before_persons
from pipeline.nlp.stages.repair.river_subjects import river_subjects
from pipeline.nlp.stages.repair.lone_words import (common_nouns, district_persons, in_places, renamed_places, residents_places, shaped_places,
                                                   surname_places, village_words)
from pipeline.nlp.stages.repair.nouns import sentence_nouns
from pipeline.nlp.stages.repair.org_bodies import body_places
from pipeline.nlp.stages.repair.org_coordinated import coordinated_genitives
from pipeline.nlp.stages.repair.org_latin_subjects import latin_subjects
from pipeline.nlp.stages.repair.org_openers import sentence_openers as org_openers
from pipeline.nlp.stages.repair.org_quotes import quoted_heads, quoted_works
from pipeline.nlp.stages.repair.org_ends import open_ends, person_objects
from pipeline.nlp.stages.repair.org_positions import trailing_positions
from pipeline.nlp.stages.repair.org_repeats import latin_repeats
from pipeline.nlp.stages.repair.org_units import unit_heads, unit_parents
from pipeline.nlp.stages.repair.org_places import org_regions
from pipeline.nlp.stages.repair.numbered import numbered_schools
from pipeline.nlp.stages.repair.org_shapes import (abbreviation_ends, adjective_names, capital_heads, compound_openers,
                                                   latin_names, national_parks, owner_quotes, quoted_persons)
from pipeline.nlp.stages.repair.non_entities import (bare_legal_forms, bare_level_bodies, facilities, places_from_then_nouns,
                                                     places_then_nouns, plural_heads, vehicles)
from pipeline.nlp.stages.repair.places import (
    abbreviated_settlements,
    adjective_heads,
    coordinated_places,
    datelines,
    directions,
    inner_places,
    named_places,
    noun_names,
    quoted_places,
    roads,
    street_places,
    verb_ends,
)
from pipeline.nlp.stages.repair.sites import domain_zones, platform_names, quoted_facilities, typed_quote_heads
from pipeline.nlp.stages.repair.titled_places import titled_settlements, titled_tails
from pipeline.nlp.stages.repair.place_ends import word_ends
from pipeline.nlp.stages.repair.place_titles import titled_place_heads
from pipeline.nlp.stages.repair.place_splits import case_splits
from pipeline.nlp.stages.repair.spans import make_span
from pipeline.nlp.stages.repair.titled import (akim_offices, level_bodies, lower_ministries, lower_missions, remit_bodies,
                                              titled_quotes)
from pipeline.nlp.stages.repair.tails import (
    courts,
    field_tails,
    legal_edges,
    legal_quotes,
    named_after,
    org_places,
    parent_bodies,
    school_fields,
    sport_tails,
    unit_tails,
)
from pipeline.resources import resolve_model_path

__all__ = ['RULES', 'Repairer', 'consistent_types', 'propagate_persons', 'resolve_overlaps']


def surface_key(span):
    return ' '.join(lemma(token.text) for token in span if not token.is_punct)


def consistent_types(doc, spans):
    """The same name gets one type in a document where the evidence is clear:
    the gazetteer's type (`Курултая` ORG, `в Курултае` LOC -> ORG), or a person
    by a clear majority (`Свиридове` LOC once, PER twice). ORG and LOC are left
    as they are otherwise: `Бавария` the land and `Бавария` the club."""
    votes, known = {}, {}
    keys = [surface_key(span) for span in spans]  # once a span: the second walk reads them
    for span, key in zip(spans, keys):
        votes.setdefault(key, Counter())[span.label_] += 1
        if span_value(span, 'canonical'):
            known[key] = span.label_
    result = []
    for span, key in zip(spans, keys):
        label = known.get(key)
        if label is None:
            (label, count), = votes[key].most_common(1)
            own = votes[key][span.label_]
            if 'PER' not in (label, span.label_) or count < max(2, 2 * own):
                label = span.label_
        if label != span.label_:
            span = make_span(span.doc, span.start, span.end, label, 'consistent-type', span_value(span, 'canonical'))
        result.append(span)
    return result


# (name, rule): each rule maps (doc, spans sorted by start) to new spans
RULES = [
    ('split-dash', split_dashes),
    ('split-bracket', split_brackets),
    ('split-list', split_separators),
    ('place-case-split', case_splits),
    ('facility', facilities),
    ('org-event', event_heads),
    ('merge-org', merge_orgs),
    ('org-coordinated-genitive', coordinated_genitives),
    ('org-country', merge_org_country),
    ('org-domain', domain_tails),
    ('org-remit-and', continued_remits),
    ('org-remit-parent', parent_remits),
    ('org-attached', attached_bodies),
    ('org-mission', mission_hosts),
    ('generic-body', generic_bodies),
    ('org-open-end', open_ends),
    ('org-person-object', person_objects),
    ('loc-direction', directions),
    ('loc-verb-end', verb_ends),
    ('loc-word-end', word_ends),
    ('loc-titled-tail', titled_tails),
    ('loc-named', named_places),
    ('loc-adjective-head', adjective_heads),
    ('loc-road', roads),
    ('loc-abbrev', abbreviated_settlements),
    ('loc-noun-name', noun_names),
    ('loc-titled', titled_settlements),
    ('dateline', datelines),
    ('org-numbered', numbered_schools),
    ('org-place', org_places),
    ('org-field', field_tails),
    ('org-sport', sport_tails),
    ('org-school-field', school_fields),
    ('court', courts),
    ('named-after', named_after),
    ('legal-edge', legal_edges),
    ('legal-quote', legal_quotes),
    ('org-prefix', org_prefixes),
    ('local-body', local_bodies),
    ('org-parent-body', parent_bodies),
    ('level-body', level_bodies),
    ('akim-office', akim_offices),
    ('titled-quote', titled_quotes),
    ('remit-body', remit_bodies),
    ('lower-mission', lower_missions),
    ('lower-ministry', lower_ministries),
    ('org-unit-head', unit_heads),
    ('org-unit-parent', unit_parents),
    ('close-quote', close_quotes),
    ('org-owner-quote', owner_quotes),
    ('org-latin', latin_names),
    ('org-latin-compound', compound_openers),
    ('org-adjective-name', adjective_names),
    ('org-capital-head', capital_heads),
    ('org-body-place', body_places),
    ('org-national-park', national_parks),
    ('org-abbreviation-end', abbreviation_ends),
    ('org-latin-repeat', latin_repeats),
    ('org-latin-subject', latin_subjects),
    ('quoted-name', quoted_names),
    ('org-quoted-head', quoted_heads),
    ('bracketed', bracketed),
    ('org-opener', org_openers),
    ('strip-punct', strip_punct),
    ('person-sentence', split_at_sentences),
    ('person-initials', close_initials),
    ('person-dash-end', dash_ends),
    ('person-regnal', regnal_names),
    ('person-particle', surname_particles),
    ('person-opener', sentence_openers),
    ('person-glued-head', glued_heads),
    ('person-street', streets),
    ('loc-street', street_places),
    ('peak-named-after', peak_names),
    ('district-named-after', named_districts),
    ('strip-title', strip_titles),
    ('person-function-word', function_words),
    ('person-namesake-place', namesake_places),
    ('person-trailing-name', trailing_names),
    ('place-head', split_place_heads),
    ('place-title-head', titled_place_heads),
    ('place-before-person', places_before_persons),
    ('district-head', district_persons),
    ('org-unit', unit_tails),
    ('join-name', join_names),
    ('person-typed', typed_names),
    ('person-halves', joined_halves),
    ('propagate-person', propagate_persons),
    ('person-regnal-numeral', regnal_numerals),
    ('settlement', settlement_names),
    ('person-listed-place', listed_places),
    ('place-word', place_words),
    ('place-known-form', known_place_forms),
    ('place-kazakh-adjective', adjective_pairs),
    ('place-after-preposition', village_words),
    ('place-after-in', in_places),
    ('place-of-residents', residents_places),
    ('lone-common-noun', common_nouns),
    ('place-shape', shaped_places),
    ('place-renamed', renamed_places),
    ('surname-place', surname_places),
    ('person-surname-org', surname_orgs),
    ('loc-listed', coordinated_places),
    ('place-listed-name', listed_names),
    ('place-listed-word', listed_words),
    ('river-subject', river_subjects),
    ('sentence-noun', sentence_nouns),
    ('opening-place-plural', opening_place_plurals),
    ('consistent-type', consistent_types),
    ('org-quoted-person', quoted_persons),
    ('quoted-place', quoted_places),
    ('quoted-work', quoted_works),
    ('platform-name', platform_names),
    ('quoted-facility', quoted_facilities),
    ('domain-zone', domain_zones),
    ('typed-quote-head', typed_quote_heads),
    ('vehicle', vehicles),
    ('bare-legal-form', bare_legal_forms),
    ('bare-level-body', bare_level_bodies),
    ('plural-head', plural_heads),
    ('place-then-noun', places_then_nouns),
    ('place-from-noun', places_from_then_nouns),
    ('drop-positions', drop_positions),
    ('org-position', trailing_positions),
]
# the rules that take `positions=`, the stage's position lemmas
READ_POSITIONS = {'org-position', 'place-before-person', 'place-title-head', 'strip-title', 'person-namesake-place', 'place-head', 'district-head', 'join-name', 'person-typed', 'person-halves', 'propagate-person', 'settlement', 'drop-positions'}


# the order the rules hand spans on in; a C getter, not a lambda: the spans are sorted after
# each of the rules (over a hundred), over a million keys on NEREL train
SPAN_START = attrgetter('start')


class Repairer(Stage):
    """Applies the boundary and type rules to doc.ents; `positions`: the
    position list of the config (positions.txt)."""

    def __init__(self, nlp, name, positions):
        super().__init__(nlp, name)
        self.positions = position_lemmas(resolve_model_path(positions))
        self.rules = [(name, partial(rule, positions=self.positions) if name in READ_POSITIONS else rule)
                      for name, rule in RULES]

    def __call__(self, doc):
        spans = sorted(doc.ents, key=SPAN_START)
        for _, rule in self.rules:
            spans = sorted(rule(doc, spans), key=SPAN_START)
        doc.ents = resolve_overlaps(spans)
        inner_places(doc)  # the places inside a road, in doc.spans['inner'], once its road is final
        org_regions(doc)  # the region, town, city or country an organisation's name names, in doc.spans['inner']
        return doc


def resolve_overlaps(spans):
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda span: (-(span.end - span.start), span.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda span: span.start)


@Language.factory(
    'repair',
    default_config={'positions': 'positions.txt'},
    assigns=['doc.ents'],
    requires=['doc.ents'],
)
def make_repairer(nlp, name, positions):
    return Repairer(nlp, name, positions)
