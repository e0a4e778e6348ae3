"""One organisation, one normal form in a document: the oblique forms of a quoted name join
the nominative the document gives it elsewhere.

A quoted name after a noun may be in apposition (`хозяйства «Береке»`, as written) or that
noun's dependant (`матча «Барыса»`, a genitive), and pymorphy3's guess for a name it does not
know cannot tell the two apart: `Барыса` reads as a feminine nominative. The document can:
when another mention of an organisation there has the normal form `Барыс` and `Барыса` is one
of its case forms, `Барыса` is `Барыс`:

    «Барыс» обыграл «Трактор» ... Спонсором «Барыса» остаётся ...   -> Барыс, Барыс
    ... с «Куанышем» ... против «Куаныша»                           -> Куаныш, Куаныш
"""

from pipeline.nlp.doc import span_value, set_span_value
from pipeline.nlp.mention_case import in_quotes
from pipeline.nlp.place_forms import FIRST_DECLENSION, MASCULINE_ENDINGS, VOWELS

# the singular case endings of a noun by what its nominative ends in: a consonant (`Барыс`;
# `Куанышем` after a hushing one), -а/-я (`Астана`, `Заря`), -й (`Алтай`), -ь (`Рубль`)
CONSONANT_ENDINGS = MASCULINE_ENDINGS + ('ем',)
ENDINGS = {**FIRST_DECLENSION, 'й': ('я', 'ю', 'ем', 'ём', 'е'), 'ь': ('я', 'ю', 'ем', 'ём', 'е', 'и', 'ью')}


def is_case_form(form, base):
    """`Барыса` is a case form of `Барыс`, `Астаной` of `Астана`, `Алтая` of `Алтай`; `Береке`
    (no ending to drop) and `Барыс` itself are none."""
    form, base = form.lower(), base.lower()
    if form == base or len(base) < 3:
        return False
    last = base[-1]
    if last in ENDINGS:
        stem, endings = base[:-1], ENDINGS[last]
    elif last.isalpha() and last not in VOWELS:
        stem, endings = base, CONSONANT_ENDINGS
    else:
        return False
    return form.startswith(stem) and form[len(stem):] in endings


def is_declined_name(form, base):
    """Each word of `form` is `base`'s word or one of its case forms, at least one the latter:
    `Салавата Юлаева` of `Салават Юлаев`."""
    words, bases = form.split(), base.split()
    return len(words) == len(bases) and any(is_case_form(word, other) for word, other in zip(words, bases)) \
        and all(word.lower() == other.lower() or is_case_form(word, other) for word, other in zip(words, bases))


def agree_org_normals(doc):
    """A quoted organisation given as written (`Спонсором «Барыса»`) whose text is a case form of the
    normal form of another organisation mention of the document takes that normal form."""
    orgs = [span for span in doc.ents if span.label_ == 'ORG']
    normals = {span_value(span, 'normal') for span in orgs} - {None}
    for span in orgs:
        normal = span_value(span, 'normal')
        if normal != span.text or not in_quotes(doc, span):
            continue
        bases = [other for other in normals if is_declined_name(span.text, other)]
        if len(bases) == 1:
            set_span_value(span, 'normal', bases[0])
