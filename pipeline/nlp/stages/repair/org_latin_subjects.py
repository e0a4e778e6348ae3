"""A Latin-script name after its verb at a clause's end: `org-latin-subject`.

News Russian puts the subject after its verb (`Трансляции турнира покажет Qazsport, а ...`,
`из них 5,1 млн перевезла FlyArystan.`, `В чемпионате, который проводит World Boxing, ...`).
slovnet, without a head noun before it (`компания`, which `org-latin` reads), misses a name in
Latin letters there; a name of letters only that closes a clause right after a finite verb is an
organisation: a person's name is written in Cyrillic, a place's too. Not after a verb whose
object is a work (`исполнила Goodbye My Love.`), nor one of a list of Latin names (titles), nor a
name with digits (`COVID-19`, `RAV4`).
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.org_shapes import is_latin_word, latin_runs
from pipeline.nlp.stages.repair.spans import make_span

# the verbs whose object is a song, a film or a book, not who acts: `исполнила Goodbye My Love`
WORK_VERBS = frozenset('''
петь спеть исполнить исполнять выпустить выпускать снять снимать написать писать записать
записывать сыграть играть спродюсировать назвать называть
'''.split())
CLAUSE_ENDS = frozenset(',.;:')


def is_finite_verb(token):
    """`покажет`, `перевезла`, `проводит`: a lower-case word read first as a finite verb."""
    text = token.text
    return token.is_alpha and text.islower() and parse(text)[0].tag.POS == 'VERB'


def is_subject_after(doc, start, stop):
    """True where the Latin name `doc[start:stop]` follows a finite verb that takes no work as
    its object and closes a clause."""
    if start == 0 or not is_finite_verb(doc[start - 1]) or lemma(doc[start - 1].text) in WORK_VERBS:
        return False
    if stop < len(doc) and doc[stop].text not in CLAUSE_ENDS:
        return False
    if stop + 1 < len(doc) and doc[stop].text == ',' and is_latin_word(doc[stop + 1]):
        return False   # `выделяют Goodbye My Love, Goodbye, From Souvenirs`: a list of titles
    words = [token.text for token in doc[start:stop] if token.text not in '.&']
    return len(''.join(words)) >= 3 and all(word.isalpha() for word in words)


def latin_subjects(doc, spans):
    """`покажет` `Qazsport` `,` -> ORG `Qazsport`: an unlabelled name in Latin letters after a
    finite verb, at a clause's end, is an organisation."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    # (`is_subject_after` wants a Cyrillic finite verb right before the name, so no Latin word)
    found = [make_span(doc, index, stop, 'ORG', 'org-latin-subject')
             for index, stop in latin_runs(doc)
             if taken.isdisjoint(range(index, stop)) and is_subject_after(doc, index, stop)]
    return spans + found if found else spans
