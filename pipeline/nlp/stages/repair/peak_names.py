"""A peak or a glacier named after a person (`peak-named-after`):

    альпинисты поднялись на пик Ленина        PER `Ленина` -> LOC `пик Ленина`
    группа вышла к пику Абая                  PER `Абая`   -> LOC `пику Абая`
    туристы дошли до ледника Корженевского    LOC `Корженевского` (read as a village) -> LOC `ледника Корженевского`

The person's name after the noun in the singular is the peak's, no mention of that person, as a
street's (`person-street`, name_edges.py). A peak or a glacier named by a name of its own stays that
name (`пик Хан-Тенгри`, `ледник Туюксу`: no first name or surname, `names_person`).
"""

from pipeline.nlp.doc import doc_text, token_texts
from pipeline.nlp.place_apposition import PEAK_NOUNS, is_peak_noun
from pipeline.nlp.settlements import is_genitive_name_word
from pipeline.nlp.stages.repair.name_edges import named_after_noun, names_person
from pipeline.nlp.stages.repair.spans import make_span

# `пика Карла Маркса`: the words of a name a peak is named after
LONGEST_NAME = 3
# `пику`, `ледника`: the first letters of the nouns' forms, a cheap test before their readings
PEAK_PREFIXES = ('пик', 'лед')


def is_peak_head(doc, span):
    """`пик` + `Ленина`: a peak's or a glacier's noun in the singular before a name in the genitive, a person's
    or one word of a place's (`ледника Корженевского`), that no gazetteer entry holds."""
    return is_peak_noun(doc[span.start - 1]) and not span._.canonical and is_genitive_name_word(span[-1].text) \
        and (span.label_ == 'PER' or len(span) == 1)


def peak_names(doc, spans):
    """A person (PER), or a one-word place of a person's name's shape, right after `пик`/`ледник` in the
    singular -> LOC of the noun and the name; so a name there no mention covers (`uncovered_peaks`)."""
    if not has_peak_noun(doc):
        return sorted(spans, key=lambda span: span.start)
    result = named_after_noun(doc, spans, is_peak_head, 'peak-named-after')
    return sorted(result + uncovered_peaks(doc, result), key=lambda span: span.start)


def has_peak_noun(doc):
    """Whether the text holds `пик` or `ледник` in lower case, as every form of the nouns does (`пику`,
    `ледника`): most documents have neither, and the rule need not walk their tokens."""
    text = doc_text(doc)
    return any(noun in text for noun in PEAK_NOUNS)


def uncovered_peaks(doc, spans):
    """`на пик Ленина`, `пика Карла Маркса` with no mention -> LOC: after `пик`/`ледник` in the singular, the
    capitalised words no mention covers, each a first name or a surname (`names_person`)."""
    covered = {index for span in spans for index in range(span.start, span.end)}
    found = []
    texts = token_texts(doc)
    for index, text in enumerate(texts[:-1]):
        if index in covered or not text.startswith(PEAK_PREFIXES) or not is_peak_noun(doc[index]):
            continue
        stop = index + 1
        while stop < len(texts) and stop - index <= LONGEST_NAME and stop not in covered \
                and texts[stop][:1].isupper() and texts[stop].isalpha() and names_person(doc[stop:stop + 1]) \
                and is_genitive_name_word(texts[stop]):
            stop += 1
        if stop > index + 1:
            found.append(make_span(doc, index, stop, 'LOC', 'peak-named-after'))
    return found
