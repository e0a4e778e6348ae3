"""Where a name starts and ends: dashes, brackets, list separators and quotes.

- `split-dash`: `Парламент – подотчетное Правительство` is two names;
- `split-bracket`: `Комитет защиты журналистов (КЗЖ` is two names;
- `split-list`: `Монако • Намибия`, `..., RPM` are two names;
- `bracketed`: `Томас Шефер (Thomas Schäfer)`: the other spelling is a mention too;
- `close-quote`: `АО "АгромашХолдинг KZ` -> `АО "АгромашХолдинг KZ"`;
- `strip-punct`: no mention starts or ends with punctuation, nor with a sentence's preposition
  (`Из Зайсана`); `«Яблоко»` -> `Яблоко`.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.stages.repair.spans import (
    CLOSE_BRACKETS,
    CLOSE_QUOTES,
    DASHES,
    OPEN_BRACKETS,
    OPEN_QUOTES,
    is_name_start,
    make_span,
    trim,
)


def split_at(doc, spans, is_cut, rule):
    """Cut spans at the tokens `is_cut` picks; pieces keep the label."""
    result = []
    for span in spans:
        cuts = [token.i for token in span if is_cut(token)]
        if not cuts:
            result.append(span)
            continue
        start = span.start
        for cut in cuts + [span.end]:
            first, stop = trim(doc, start, cut)
            if stop > first and is_name_start(doc[first]) or stop > first and doc[first].text in OPEN_QUOTES:
                result.append(make_span(doc, first, stop, span.label_, rule, span_value(span, 'canonical')))
            start = cut + 1
    return result


def split_dashes(doc, spans):
    """`Парламент – подотчетное Правительство`: cut at a spaced dash."""
    return split_at(doc, spans, lambda token: token.text in DASHES and token.i > 0
                    and bool(token.doc[token.i - 1].whitespace_), 'split-dash')


# Монако • Намибия, Rassemblement pour le Mali, RPM
SEPARATORS = set('•·|/;')


def split_separators(doc, spans):
    """`Монако • Намибия`: a list separator, or a comma before a capital, ends a name
    (`связи, информационных технологий` keeps its comma)."""
    def is_cut(token):
        if token.text in SEPARATORS:
            return True
        return token.text == ',' and token.i + 1 < len(doc) and is_name_start(doc[token.i + 1])
    return split_at(doc, spans, is_cut, 'split-list')


def split_brackets(doc, spans):
    """`Комитет защиты журналистов (КЗЖ`, `Томас Шефер (Thomas Schäfer`: cut at a bracket."""
    return split_at(doc, spans, lambda token: token.text in OPEN_BRACKETS | CLOSE_BRACKETS, 'split-bracket')


def is_foreign(text):
    """Latin, CJK and other non-Cyrillic letters only."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not any('а' <= char.lower() <= 'я' or char in 'ёЁ' for char in letters)


def bracketed(doc, spans):
    """`Томас Шефер (Thomas Schäfer)`, `организации ООН (ФАО)`: the name in
    brackets after a mention is a mention of the same type."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    added, dropped = [], set()
    for span in spans:
        open_ = span.end
        if open_ >= len(doc) or doc[open_].text != '(' or span.label_ not in ('PER', 'ORG'):
            continue
        close = next((index for index in range(open_ + 1, min(len(doc), open_ + 9))
                      if doc[index].text in ')(' or '\n' in doc[index].text), None)
        if close is None or doc[close].text != ')' or close == open_ + 1:
            continue
        inside = doc[open_ + 1:close]
        if span.label_ == 'ORG' and is_abbreviation_run(inside, spans):
            # `Департамента по ЧС Северо-Казахстанской области (ДЧС СКО)`: the organisation's
            # abbreviation, whatever its words (`СКО`) name on their own
            dropped.update(id(other) for other in spans if open_ < other.start and other.end <= close)
            added.append(make_span(doc, open_ + 1, close, 'ORG', 'bracketed'))
            continue
        if taken & set(range(open_ + 1, close)) or not is_name_start(inside[0]) and not is_foreign(inside[0].text):
            continue
        text = inside.text
        if span.label_ == 'PER' and not is_foreign(text):
            continue
        # (ФАО), (FN), (Роскомнадзора): an abbreviation or one word for an organisation
        if span.label_ == 'ORG' and not is_foreign(text) and not (len(inside) == 1 and inside[0].is_alpha):
            continue
        added.append(make_span(doc, open_ + 1, close, span.label_, 'bracketed'))
    return [span for span in spans if id(span) not in dropped] + added


def is_abbreviation_run(inside, spans):
    """`ДЧС СКО`, `УОТО`: one to three upper-case abbreviations; not one a place alone
    (`Shell (США)`: the organisation's country)."""
    words = [token.text for token in inside]
    if not 0 < len(words) <= 3 or not all(len(word) > 1 and word.isalpha() and word.isupper() for word in words):
        return False
    return not (len(words) == 1 and any(other.label_ == 'LOC' and other.start == inside.start
                                        and other.end == inside.end for other in spans))


QUOTE_MARKS = frozenset(OPEN_QUOTES | CLOSE_QUOTES)


def close_quotes(doc, spans):
    """`АО "АгромашХолдинг KZ` -> `АО "АгромашХолдинг KZ"`, `коалиция "За ... Казахстана`
    -> `коалиция "За ... Казахстана!"`: balance a quote."""
    fixed = []
    for span in spans:
        # most mentions hold no quote at all: one look at the text instead of four walks over the tokens
        if not QUOTE_MARKS.intersection(span.text):
            fixed.append(span)
            continue
        opened = sum(token.text in OPEN_QUOTES - CLOSE_QUOTES for token in span) + sum(
            token.text == '"' for token in span)
        closed = sum(token.text in CLOSE_QUOTES - OPEN_QUOTES for token in span)
        straight = sum(token.text == '"' for token in span)
        unbalanced = (straight % 2 == 1) or (opened - straight > closed)
        stop = span.end
        while stop < len(doc) and stop - span.end < 2 and doc[stop].text in '!?':
            stop += 1
        if unbalanced and stop < len(doc) and doc[stop].text in CLOSE_QUOTES:
            span = make_span(doc, span.start, stop + 1, span.label_, span_value(span, 'rule') or 'close-quote',
                             span_value(span, 'canonical'))
        fixed.append(span)
    return fixed


def is_initial_letter(token):
    """`К` of `Б. К.`: one capital letter."""
    return len(token.text) == 1 and token.text.isupper() and token.text.isalpha()


# the prepositions of place and direction as they open a sentence
OPENING_PREPOSITIONS = frozenset('Из От До У К Ко В Во На Под Над Близ Возле Около По С Со Для'.split())


def strip_punct(doc, spans):
    """No mention starts or ends with punctuation other than its own quotes, nor starts with a
    sentence's preposition (`Из Зайсана` -> `Зайсана`); a name wholly in quotes loses them
    (`«Яблоко»` -> `Яблоко`)."""
    result = []
    for span in spans:
        start, stop = trim(doc, span.start, span.end)
        # `Жакупов Б. К.`: a person's last initial keeps its dot
        if span.label_ == 'PER' and stop < span.end and doc[stop].text == '.' and is_initial_letter(doc[stop - 1]):
            stop += 1
        # `Из Зайсана приехали`: a sentence's capitalised preposition is no word of the name after it
        if stop - start > 1 and doc[start].text in OPENING_PREPOSITIONS and doc[start + 1].text[:1].isupper():
            start += 1
        if stop - start > 2 and doc[start].text in OPEN_QUOTES and doc[stop - 1].text in CLOSE_QUOTES \
                and not any(token.text in OPEN_QUOTES | CLOSE_QUOTES for token in doc[start + 1:stop - 1]):
            start, stop = start + 1, stop - 1
        if stop <= start:
            continue
        if (start, stop) != (span.start, span.end):
            span = make_span(doc, start, stop, span.label_, span_value(span, 'rule'), span_value(span, 'canonical'))
        result.append(span)
    return result
