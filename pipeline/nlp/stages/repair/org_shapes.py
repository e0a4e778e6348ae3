"""The shapes of long organisation names that slovnet cuts short, and facilities it takes for names.

- `org-adjective`: `Центра химической` `, биологической и ядерной обороны`: a name does not
  end with an adjective; it goes on to the noun the adjective agrees with;
- `org-coordinated`: `Союза писателей` `и журналистов`, `Федерации лыжников, биатлонистов и
  конькобежцев`: lower-case nouns joined to a name's last genitive are part of it;
- `arena`: `Ростов Арена`, `на Казань Арене`: a stadium named after its city is a facility,
  none of our types; the city in it is a place;
- `platform`: `на своей странице в Facebook`, `написал в Twitter`: the site one writes on is a
  product, not the company that runs it (`Facebook заблокировал аккаунт` stays);
- `facility`: `Исаакиевский собор`, `в Храме Христа Спасителя`, `Ваганьковском кладбище`: a
  church or a cemetery is a building, not an organisation or a place.
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.orgs import ORG_HEADS
from pipeline.nlp.stages.repair.spans import make_span
from pipeline.nlp.stages.repair.tails import BODY_HEADS, dependants_stop, is_lower_word

# the most words a name's tail is read over (`, радиологической и ядерной обороны`)
TAIL_WORDS = 9
# a body in its own right, not a word of the name before it: `Министерства юстиции и прокуратуры`
OWN_BODIES = ORG_HEADS | BODY_HEADS | frozenset('полиция прокуратура суд служба власть армия профсоюз'.split())
# buildings: `собор` and `храм` of a church, not the church (`Русская православная церковь` is one)
FACILITY_HEADS = frozenset('собор храм мечеть синагога часовня костёл костел кладбище'.split())
ARENA = 'арена'


def cases(token, pos):
    """The cases of the first readings of `token` that are of part of speech `pos`."""
    return {parsed.tag.case for parsed in parse(token.text)[:4] if parsed.tag.POS == pos}


def first_pos(token):
    parses = parse(token.text)
    return parses[0].tag.POS if parses else None


def is_adjective(token):
    return is_lower_word(token) and first_pos(token) in ('ADJF', 'PRTF')


def phrase_stop(doc, index, wanted, limit):
    """End of a lower-case noun phrase at `index` whose noun is in one of the cases `wanted`
    (`ядерной обороны`, `журналистов`), adjectives joined by `,` or `и` included; None if none."""
    while index < limit:
        token = doc[index]
        if not is_lower_word(token):
            return None
        if first_pos(token) in ('ADJF', 'PRTF'):
            wanted = wanted & (cases(token, 'ADJF') | cases(token, 'PRTF'))
            if not wanted:
                return None
            index += 1
            # `химической, биологической и ядерной`: adjectives listed before one noun
            if index + 1 < limit and doc[index].text in (',', 'и') and is_adjective(doc[index + 1]):
                index += 1
            continue
        if first_pos(token) == 'NOUN' and wanted & cases(token, 'NOUN'):
            return index + 1
        return None
    return None


def extend(doc, spans, span, stop, rule):
    """`spans` with `span` run on to `stop`, unless another span starts inside the new stretch."""
    if any(other is not span and other.start < stop and span.end < other.end for other in spans):
        return None
    grown = make_span(doc, span.start, stop, 'ORG', rule, span._.canonical)
    return [grown if other is span else other for other in spans]


def adjective_ends(doc, spans):
    """`Национальной ассамблеи народной` `власти`, `Федеральному дорожному` `агентству`: an
    organisation that ends with a lower-case adjective goes on to its noun and that noun's
    genitives (`Центра химической, биологической и ядерной обороны`)."""
    result = list(spans)
    for span in spans:
        if span.label_ != 'ORG' or len(span) < 2 or not is_adjective(span[-1]):
            continue
        limit = min(len(doc), span.end + TAIL_WORDS)
        start = span.end
        # `Центра химической` `, биологической`: the listed adjectives start with a separator
        if start + 1 < limit and doc[start].text in (',', 'и') and is_adjective(doc[start + 1]):
            start += 1
        wanted = cases(span[-1], 'ADJF') | cases(span[-1], 'PRTF')
        stop = phrase_stop(doc, start, wanted, limit)
        if stop is None:
            continue
        stop = max(stop, dependants_stop(doc, stop, set()))
        result = extend(doc, result, span, stop, 'org-adjective') or result
    return result


def coordinated_nouns(doc, spans):
    """`Союза писателей` `и журналистов`, `Бюро по контролю за оборотом алкоголя` `, табачных
    изделий и оружия`: lower-case genitives joined by `и` (a list closed by `и`) to an
    organisation's last genitive belong to it; a body of its own (`и прокуратуры`) does not."""
    result = list(spans)
    for span in spans:
        last = span[-1]
        if span.label_ != 'ORG' or len(span) < 2 or not span[0].text[:1].isupper() \
                or not is_lower_word(last) or 'gent' not in cases(last, 'NOUN'):
            continue
        # the last word depends on a noun before it: `Турецкие авиалинии` `и ряда других` is a head
        if not any(first_pos(token) == 'NOUN' for token in span[:-1]):
            continue
        limit = min(len(doc), span.end + TAIL_WORDS)
        index, stop = span.end, None
        while index + 1 < limit and doc[index].text in (',', 'и'):
            end = phrase_stop(doc, index + 1, {'gent'}, limit)
            if end is None or lemma(doc[end - 1].text) in OWN_BODIES:
                break
            if doc[index].text == 'и':
                stop = end   # a list counts once `и` has closed it
            index = end
        if stop is None:
            continue
        stop = max(stop, dependants_stop(doc, stop, set()))
        result = extend(doc, result, span, stop, 'org-coordinated') or result
    return result


def arenas(doc, spans):
    """`Ростов Арена`, `на Казань Арене`: the city a stadium is named after is a place; the
    stadium is none of our types."""
    result = []
    for span in spans:
        last = span[-1]
        if len(span) > 1 and last.text[:1].isupper() and lemma(last.text) == ARENA and span[0].text[:1].isupper():
            span = make_span(doc, span.start, span.end - 1, 'LOC', 'arena')
        result.append(span)
    return result


def facilities(doc, spans):
    """`Исаакиевский собор`, `Храм Христа Спасителя`, `Новодевичье кладбище`: a building of
    worship or a cemetery is none of our types, whatever slovnet called it."""
    return [span for span in spans if span.label_ == 'PER'
            or not any(lemma(token.text) in FACILITY_HEADS for token in span)]


MEDIUM_PREPOSITIONS = frozenset('в во на'.split())
# what one has on a site: `на своей странице в Facebook`, `в микроблоге в Twitter`
MEDIUM_NOUNS = frozenset('страница страничка микроблог блог аккаунт профиль канал пост запись подписчик'.split())
MEDIUM_POSSESSIVES = frozenset('свой личный официальный'.split())
# writing on a site: `написал в Twitter`; read only before a name in Latin letters, as
# `написал в Минфин` is a letter to a ministry
MEDIUM_VERBS = frozenset('написать ответить опубликовать выложить разместить'.split())


def is_latin(text):
    return text.isascii() and any(char.isalpha() for char in text)


def is_medium(doc, span):
    """True where a one-word organisation is the site something is written on."""
    if len(span) != 1 or span.start < 2:
        return False
    before, prior = doc[span.start - 1], doc[span.start - 2]
    if lemma(before.text.lower()) in MEDIUM_POSSESSIVES:   # `в своём Twitter`
        return prior.text.lower() in MEDIUM_PREPOSITIONS
    if before.text.lower() not in MEDIUM_PREPOSITIONS:
        return False
    word = lemma(prior.text.lower())
    return word in MEDIUM_NOUNS or word in MEDIUM_VERBS and is_latin(span.text)


def platforms(doc, spans):
    """`написал на своей странице в Facebook`, `в своём Twitter`: the site is none of our
    types; `Facebook` as a company (`Основатель Facebook`) stays an organisation."""
    return [span for span in spans if span.label_ != 'ORG' or not is_medium(doc, span)]
