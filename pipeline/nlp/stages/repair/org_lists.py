"""A name's genitive tail that goes on through a list: `org-genitive-list`.

slovnet ends a long name at the first comma or `и` of a list of genitives it holds:
`Союза писателей` `и журналистов`, `Бюро по контролю за оборотом алкоголя` `, табачных
изделий и огнестрельного оружия`, `Центра химической` `, биологической и ядерной обороны`,
`Норвежская академия наук` `и литературы`. A list of lower-case genitives closed by `и`
right after a name's genitive tail is part of the name.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.orgs import extended

LIST_POS = ('NOUN', 'ADJF', 'PRTF')
LIST_WORDS = 8


def genitive_pos(text):
    """The parts of speech `text` has as a lower-case genitive (`изделий` NOUN, `ядерной` ADJF)."""
    if not text.isalpha() or not text.islower() or len(text) < 3:
        return set()   # `в`, `и`: no word of a name
    return {parsed.tag.POS for parsed in parse(text)[:3] if parsed.tag.POS in LIST_POS
            and parsed.tag.case in ('gent', 'gen2') and not {'Abbr', 'Fixd'} & parsed.tag.grammemes}


def lemmas(tokens):
    """The lemmas of the nouns among `tokens`."""
    return {parsed.normal_form for token in tokens if token.is_alpha
            for parsed in parse(token.text)[:1] if parsed.tag.POS == 'NOUN'}


def list_stop(doc, start):
    """End of `, табачных изделий и огнестрельного оружия` (start at its first `,` or `и`):
    genitives in items parted by commas, the last after `и` with the genitives it governs
    (`и распространителей печатной продукции`), ending on a noun; or None (`Союза писателей
    и вручил`: no list)."""
    index, closed, stop, item = start, False, None, True
    while index < len(doc) and index - start <= LIST_WORDS:
        text = doc[index].text
        if text in (',', 'и'):
            if closed or not item:
                break
            closed, stop, item = text == 'и', None, False   # an item must follow
            index += 1
            continue
        kinds = genitive_pos(text)
        if not kinds:
            break
        item = True
        if 'NOUN' in kinds:
            stop = index + 1
        index += 1
    return stop if closed else None


def genitive_lists(doc, spans):
    """`Союза писателей` `и журналистов России` -> one ORG: a name ending in a lower-case
    genitive goes on through a list of genitives closed by `и`; a genitive place
    right after the list is the name's too."""
    result = list(spans)
    starts = {span.start: span for span in spans}
    for span in spans:
        after = span.end
        if span.label_ != 'ORG' or len(span) < 2 or after + 1 >= len(doc) or doc[after].text not in (',', 'и') \
                or not genitive_pos(span[-1].text) or not span[-1].whitespace_ and doc[after].text == 'и':
            continue
        stop = list_stop(doc, after)
        # `Конгресса профсоюзов` `и профсоюза «Защита»`: a noun of the name again is another body
        if stop is None or lemmas(doc[after:stop]) & lemmas(span):
            continue
        # `и журналистов` `России`: the country the list ends on
        place = starts.get(stop)
        if place is not None and place.label_ == 'LOC' and doc[stop - 1].whitespace_:
            stop = place.end
        result = extended(doc, result, span, stop, 'org-genitive-list', span._.canonical)
    return result
