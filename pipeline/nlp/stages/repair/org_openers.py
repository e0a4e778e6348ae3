"""Words a sentence opens with that are no part of the organisation's or the place's name after them.

At a sentence's start every word is capitalised, and slovnet takes the words before a name into it:

- the people of an organisation: `Кардиохирурги Многопрофильной больницы № 3 провели операцию`,
  `Пациентов городской поликлиники №3 перевели ...` (a fronted object), `Интернет-провайдер Kcell снизил ...`,
  `Специалисты «Национальных информационных технологий» завершают работу`: an animate common noun
  in the nominative is who acts, the organisation is the name after it;
- the people of a place: `Пасечники Восточного Казахстана собрали рекордный урожай`: an animate common
  noun in the nominative before capitalised words in the genitive is who acts, the place is the words
  after it (`loc-opener`; mid-sentence slovnet leaves `пасечники` out);
- an official's title, capitalised as official style writes it anywhere in a sentence, in any case:
  `заместителем Руководителя Администрации Президента назначена ...`: the title is the person's, the
  organisation is the name after it;
- a description before a name in Latin letters: `Металлургический комбинат Qarmet начал ремонт`,
  `Логистическая компания KTZ Express откроет терминалы`: adjectives and a kind of organisation
  describe the company, the Latin name is its name (as `компания KTZ Express` mid-sentence is).
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.org_shapes import LATIN_HEADS, is_latin_word, latin_stop
from pipeline.nlp.stages.repair.spans import OPEN_QUOTES, make_span

# the tags of a proper noun pymorphy3 reads: a first name, a surname, a place, an organisation
PROPER = frozenset('Name Surn Patr Geox Orgn Trad'.split())
# the kinds of organisation whose name may follow a sentence's first word: ORG_HEADS and the bodies
# of the state (`Сотрудники Департамента полиции`, `Судьи Верховного суда`)
BODY_HEADS = ORG_HEADS | frozenset('''
больница поликлиника клиника госпиталь суд прокуратура министерство комитет департамент управление
акимат маслихат служба администрация гимназия биржа инспекция
'''.split())
# adjectives before a Latin name's kind: `Южнокорейская автомобильная компания Hyundai`
DESCRIPTION_WORDS = 3


def is_people_noun(token):
    """`Кардиохирурги`, `Специалисты`, `Интернет-провайдер`: an animate common noun in the nominative, or
    in the plural in any case, the fronted object (`Пациентов городской поликлиники №3 перевели ...`)
    (pymorphy3's first reading, a guess for a word it does not know)."""
    if not token.text.replace('-', '').isalpha():
        return False
    first = parse(token.text)[0]
    return first.tag.POS == 'NOUN' and 'anim' in first.tag and (first.tag.case == 'nomn' or first.tag.number == 'plur') \
        and PROPER.isdisjoint(first.tag.grammemes)


# officials' titles written with a capital before their body's name in the genitive
OFFICIAL_TITLES = frozenset('руководитель председатель заместитель начальник директор секретарь советник'.split())


def is_official_title(token):
    """`Руководителя`, `Председатель`: a capitalised official's title, in any case."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() \
        and lemma(token.text.lower()) in OFFICIAL_TITLES


def names_organisation(tokens):
    """The words after a sentence's first word are an organisation's name on their own: a quoted
    name, an abbreviation or a Latin name (`«Казахтелекома»`, `ЦОН`, `Kaspi`), or words holding a
    kind of organisation (`Многопрофильной больницы № 3`); not a lone genitive (`Свидетели Иеговы`)."""
    first = tokens[0].text
    if first in OPEN_QUOTES or is_latin_word(tokens[0]) or len(first) > 1 and first.isupper() and first.isalpha():
        return True
    return len(tokens) > 1 and any(token.is_alpha and lemma(token.text.lower()) in BODY_HEADS for token in tokens)


def latin_name_start(span):
    """Where the Latin name of `Металлургический комбинат Qarmet` starts, else None: up to
    DESCRIPTION_WORDS adjectives and a kind of organisation (a company's word of LATIN_HEADS alone),
    and a Latin name to the span's end."""
    index = 0
    while index < len(span) and index < DESCRIPTION_WORDS and span[index].is_alpha \
            and any(parsed.tag.POS == 'ADJF' for parsed in parse(span[index].text)[:2]):
        index += 1
    if index >= len(span) or not span[index].is_alpha:
        return None
    # `Академия Grammy` is the academy's name: a bare head other than a company's describes nothing
    head = lemma(span[index].text.lower())
    if head not in LATIN_HEADS and not (index and head in ORG_HEADS):
        return None
    start = span.start + index + 1
    return start if latin_stop(span.doc, start) == span.end else None


def names_place(tokens):
    """The words after a sentence's first word are capitalised words, the first of them no nominative
    (`Восточного Казахстана`): a place's name in the genitive, which the noun before it governs."""
    words = [token for token in tokens if token.is_alpha]
    return bool(words) and len(words) == len(tokens) and all(token.text[:1].isupper() for token in words) \
        and not any(parsed.tag.case == 'nomn' for parsed in parse(words[0].text))


def sentence_openers(doc, spans):
    """An ORG loses an official's title before an organisation's name in the genitive anywhere
    (`Руководителя` `Администрации Президента`); one opening a sentence loses an animate noun before
    an organisation's name (`Кардиохирурги` `Многопрофильной больницы № 3`), or the description before
    a Latin name (`Логистическая компания` `KTZ Express`); a LOC opening a sentence loses an animate noun
    before a place's name in the genitive (`Пасечники` `Восточного Казахстана`)."""
    result = []
    for span in spans:
        if span.label_ == 'LOC' and len(span) > 1 and span[0].is_sent_start and not span_value(span, 'canonical') \
                and is_people_noun(span[0]) and names_place(span[1:]):
            span = make_span(doc, span.start + 1, span.end, 'LOC', 'loc-opener')
        elif span.label_ == 'ORG' and len(span) > 2 and not span_value(span, 'canonical') \
                and is_official_title(span[0]) \
                and names_organisation(span[1:]) and any(parsed.tag.case == 'gent' for parsed in parse(span[1].text)[:3]):
            span = make_span(doc, span.start + 1, span.end, 'ORG', 'org-opener')
        elif span.label_ == 'ORG' and len(span) > 1 and span[0].is_sent_start and not span_value(span, 'canonical'):
            if is_people_noun(span[0]) and names_organisation(span[1:]):
                span = make_span(doc, span.start + 1, span.end, 'ORG', 'org-opener')
            else:
                start = latin_name_start(span)
                if start is not None:
                    span = make_span(doc, start, span.end, 'ORG', 'org-opener')
        result.append(span)
    return result
