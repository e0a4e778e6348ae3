"""A number word with no counted noun or unit is no figure (`пять лет` aside, `их было пять`) but where its
noun was named nearby and left out: after `из них` or before it (`сорок три из них`), ending a dash list
(`Школ – 14, больниц – три`), after a rough bound (`заявок подали более сорока`), beside a comparative (`на
восемь больше`), after `еще` (`еще восемь выйдут`), a collective (`ранены трое`), after the verb of a fronted
genitive plural topic (`Нарушений за май выявлено сорок`), between dashes after the thing a sentence ranks
(`Большинство трагедий – тридцать четыре – произошло ...`), after `вместо` / `против` a count (`одиннадцать
воздушных судов вместо семи`).  elided.py finds the noun each leaves out.
A dash item parallel to a count told in words (`пять рейсов в неделю, в Дубай – три`), an item of a list whose
next item has a number (`сорок коек, неврологии – тридцать, детскому – 18`) and a number word right after `в том
числе` before a dash (`12 спортзалов, в том числе пять – в селах`) count too: written_figures30 FIG .958 -> .967,
no held-out set, kz-dev part or NEREL figures moved.  So does a number word after `остальные` / `оставшиеся`
(`Два моста отремонтируют в этом году, остальные пять – в следующем`), a measure in brackets after the count
(`два дома (на 448 квартир)`) no count it could take its noun from (elided.py): written_figures30 .981 -> .984
(links P .652 -> .600: the rest is linked to the wrong total by the link grammars), nothing else moved.
Split from filters.py (which asks counts_alone) when it neared 600 lines."""

from pipeline.nlp.grammars.figures.objects import noun_at
from pipeline.nlp.grammars.figures.tokens import DASHES
from pipeline.nlp.grammars.figures.verbs import COMPARATIVES
from pipeline.nlp.grammars.figures.vocabulary import COLLECTIVE_FORMS, ONE_FORMS, PART_OF_THEM, REST_FORMS, SET_AGAINST
from pipeline.nlp.grammars.figures.words import is_number_token, is_verb_like

# the marks a list item ends with: `у Китая – 11, у Узбекистана – семь.`
LIST_ENDS = frozenset({',', ';', '.', '!', ')'})
# how far back in its sentence the count a number word alone parallels or is part of may stand
NUMBER_BEFORE_WINDOW = 30

def _is_part_of_them(tokens, amount):
    """A number word (not один) before `из них` / `из которых`: a part of what was counted before it
    (`проверки прошли на 312 станциях, на трех из них выявлен недолив`, `четыре комнаты, две из которых —
    спальни`); `один из них` names one of them, no count."""
    end = amount.end
    return (end + 1 < len(tokens) and (tokens[end].norm, tokens[end + 1].norm) in PART_OF_THEM
            and tokens[amount.first].norm not in ONE_FORMS)


def _ends_clause(tokens, amount, closers=LIST_ENDS):
    """Nothing of its sentence follows the figure but a mark of `closers` (a list's or a clause's end)."""
    end = amount.end
    return (end >= len(tokens) or tokens[end].sentence != tokens[amount.first].sentence
            or tokens[end].text in closers)


# построить еще 22 школы, в том числе девять – в Конаеве: a part of the count before it, its noun left out
INCLUDING = ('в', 'том', 'числе')


def _follows_including(tokens, amount):
    """A number word right after `в том числе` before a dash or the end of its clause, a count before it in its
    sentence: a part of that count, its noun left out (`построить еще 22 школы, в том числе девять – в Конаеве`;
    elided.py finds it)."""
    at = amount.first
    if at < 4 or tuple(token.norm for token in tokens[at - 3:at]) != INCLUDING:
        return False
    if not _ends_clause(tokens, amount, LIST_ENDS | DASHES):
        return False
    return _number_before(tokens, at - 3)


def _follows_part_of_them(tokens, amount):
    """A number word right after `из них` / `из которых`, a count before it in its sentence: a part of that
    count, its noun left out (`Работают 214 кафе, из них сорок три круглосуточно`; elided.py finds it)."""
    at = amount.first
    if at < 2 or (tokens[at - 2].norm, tokens[at - 1].norm) not in PART_OF_THEM:
        return False
    sentence = tokens[at].sentence
    return any(token.kind == 'num' and token.sentence == sentence
               for token in tokens[max(0, at - NUMBER_BEFORE_WINDOW):at - 2])


# a rough count alone ending its clause: `отборочный тур пройдут около ста`, `заявок подали более сорока`
ROUGH_QUALIFIERS = frozenset({'approx', 'more', 'less'})


def _is_rough_alone(tokens, amount, qualifier, high=None):
    """A number word after a qualifier of a rough count, ending its clause: the count of a noun named
    before it (`Участников было 24, сборы пройдут около ста.`; elided.py finds it); so is a range of number
    words after `от` in a dash item (`в городах – до 19 учеников, в селах – от трех до пяти.`)."""
    end = (high or amount).end
    if high is not None and not _dash_item(tokens, amount.first):
        return False
    return qualifier in ROUGH_QUALIFIERS and (end >= len(tokens) or tokens[end].text in LIST_ENDS
                                              or tokens[end].sentence != tokens[amount.first].sentence)


# в селах – лишь от трех до пяти: the words between a list item's dash and its range
DASH_ITEM_WINDOW = 3


def _dash_item(tokens, at):
    """A list dash a few words before tokens[at] in its clause: `в селах – лишь от трех`."""
    for back in range(at - 1, max(-1, at - 1 - DASH_ITEM_WINDOW), -1):
        if tokens[back].text in DASHES:
            return True
        if tokens[back].text in LIST_ENDS or tokens[back].sentence != tokens[at].sentence:
            return False
    return False


def _is_scaled_words(amount):
    """ста миллионов, сотни тысяч: a number word with a scale word (not a bare тысячи)."""
    return amount.scale is not None and amount.end - amount.first >= 2


def _is_listed(tokens, amount):
    """A number word alone ending its clause after a list dash, in a list whose item before it has a number
    after its dash: `Золотых медалей у Китая – 11, у Узбекистана – семь`, `Школ – 14, больниц – три`: the
    noun was named by the list (elided.py finds it)."""
    at = amount.first
    sentence = tokens[at].sentence
    if at < 1 or tokens[at - 1].text not in DASHES:
        return False
    if not _ends_clause(tokens, amount):
        return False
    if any(tokens[back].text in DASHES and tokens[back].sentence == sentence
           and is_number_token(tokens[back + 1]) for back in range(at - 2)):
        return True
    return _dash_topic(tokens, at - 1) or _dash_parallel(tokens, at - 1) or _list_goes_on(tokens, amount)


# Хирургии отдано девяносто коек, кардиологии – шестьдесят, реанимации – 24: how far the next item's dash may be
NEXT_ITEM_WINDOW = 6


def _list_goes_on(tokens, amount):
    """A number word ending a short dash item after a comma (`, кардиологии – шестьдесят,`) in a list whose next
    item has a number after its dash (`реанимации – 24`), a count before it in its sentence: `Хирургии в
    госпитале отдано девяносто коек, кардиологии – шестьдесят, реанимации – 24` (elided.py gives the count's
    noun).  Not an item with no count before it, nor one whose list has no number after it."""
    dash, sentence = amount.first - 1, tokens[amount.first].sentence
    if tokens[dash].sentence != sentence:
        return False  # a line break after the dash
    start = _item_start(tokens, dash, words_only=True)
    if start == dash or start == 0 or tokens[start - 1].text != ',' or not _number_before(tokens, start - 1):
        return False
    for at in range(amount.end + 1, min(len(tokens) - 1, amount.end + 1 + NEXT_ITEM_WINDOW)):
        if tokens[at].sentence != sentence:
            return False
        if tokens[at].text in DASHES:
            return is_number_token(tokens[at + 1])
    return False


# Пешеходов среди погибших – тридцать один: a genitive plural noun opening the item before the dash names
# what the number word counts; a few words may stand between (`среди погибших`, `в области`)
DASH_TOPIC_WINDOW = 4
# the item opens its sentence or comes after these; also after a colon (`Педагогов не хватает: вакансий
# учителей математики – двадцать пять`)
TOPIC_OPENERS = LIST_ENDS | {':'}
# a parallel item or a list item opens after its comma: `, в Целиноградском – семь`, `, кардиологии – шестьдесят`
ITEM_OPENERS = frozenset({','})
# a topic's item opens its clause: after a list end, a colon or a dash
TOPIC_STOPS = TOPIC_OPENERS | DASHES


def _item_start(tokens, dash, openers=ITEM_OPENERS, words_only=False):
    """The index of the first token of the item that ends at the dash tokens[dash]: back to one of `openers` in its
    sentence, at most DASH_TOPIC_WINDOW tokens (`, в Целиноградском –`); with `words_only`, across words only
    (`, кардиологии –`).  tokens[dash] itself when the item is empty."""
    sentence = tokens[dash].sentence
    start = dash
    while start > 0 and dash - start < DASH_TOPIC_WINDOW and tokens[start - 1].sentence == sentence \
            and tokens[start - 1].text not in openers and (not words_only or tokens[start - 1].kind == 'word'):
        start -= 1
    return start


# по физике решали 5 часов, по химии – четыре с половиной: a prepositional phrase before the dash, after
# a comma, parallels the figure of the clause before; the dash stands for its verb and noun
PARALLEL_PREPOSITIONS = frozenset('в во на по у для среди из'.split())


def _dash_parallel(tokens, dash):
    """The item before the dash tokens[dash] is a prepositional phrase after a comma, a number before it
    in its sentence (`В Аршалынском районе подтоплено 410 домов, в Целиноградском – семь`)."""
    start = _item_start(tokens, dash)
    if start == dash or start == 0 or tokens[start - 1].text != ',' or tokens[start].norm not in PARALLEL_PREPOSITIONS:
        return False
    return _number_before(tokens, start)


def _number_before(tokens, at):
    """A number, in digits or words, stands in the sentence of tokens[at] a few words before it: the count a
    list item after it parallels (`выполняется пять рейсов в неделю, в Дубай – три`)."""
    sentence = tokens[at].sentence
    return any(is_number_token(token) and token.sentence == sentence
               for token in tokens[max(0, at - NUMBER_BEFORE_WINDOW):at])


def _dash_topic(tokens, dash):
    """A genitive plural noun opens the clause that ends at the dash tokens[dash] (`Пешеходов среди
    погибших – тридцать один`, `Вакансий врачей – девятнадцать`)."""
    sentence = tokens[dash].sentence
    start = _item_start(tokens, dash, TOPIC_STOPS)
    if start == dash or tokens[start].kind != 'word':
        return False
    if start > 0 and tokens[start - 1].sentence == sentence and tokens[start - 1].text not in TOPIC_OPENERS:
        return False  # the clause opens further back than the window
    noun = noun_at(tokens, start, capitals=True)
    return noun is not None and ('gent', 'plur') in noun[1]


# Нарушений за май выявлено сорок, Новых школ открыто две: the words from the topic to the number word
TAIL_TOPIC_WINDOW = 6


def _is_fronted_tail(tokens, amount):
    """A number word alone ending its clause right after a verb, in a clause a genitive plural noun opens a
    few words before: `Нарушений за май выявлено сорок.`, `Новых школ открыто две, каждая на 1 200 мест`; the
    topic is what it counts (elided.py finds it).  Not a verb without a fronted topic (`Их стало пять.`)."""
    at = amount.first
    sentence = tokens[at].sentence
    if at < 2 or tokens[at - 1].kind != 'word' or not is_verb_like(tokens[at - 1].norm):
        return False
    if not _ends_clause(tokens, amount):
        return False
    start = at - 1
    while start > 0 and at - start < TAIL_TOPIC_WINDOW and tokens[start - 1].sentence == sentence \
            and tokens[start - 1].kind == 'word':
        start -= 1
    if start > 0 and tokens[start - 1].sentence == sentence and tokens[start - 1].text not in LIST_ENDS:
        return False  # the clause opens further back than the window, or after a number
    noun = noun_at(tokens, start, capitals=True)
    return noun is not None and ('gent', 'plur') in noun[1] and noun[2] <= at - 1


# Больше всего концертов – двадцать два – состоялось ..., Большинство трагедий – тридцать четыре – произошло ...
RANKING_OPENERS = (('больше', 'всего'), ('меньше', 'всего'), ('большинство',))


def _is_ranked_aside(tokens, amount):
    """A number word between two dashes right after the thing a sentence ranks: `Большинство трагедий –
    тридцать четыре – произошло в необорудованных местах` (elided.py finds the noun)."""
    at, end = amount.first, amount.end
    if at < 3 or end >= len(tokens) or tokens[at - 1].text not in DASHES or tokens[end].text not in DASHES:
        return False
    for opener in RANKING_OPENERS:
        start = at - 1 - len(opener) - 1
        while start >= 0 and tokens[start].kind == 'word' and at - start <= DASH_TOPIC_WINDOW + 2:
            if tuple(token.norm for token in tokens[start:start + len(opener)]) == opener:
                noun = noun_at(tokens, start + len(opener), genitive_plural=True)
                return noun is not None and noun[2] == at - 1
            start -= 1
    return False


def _is_compared(tokens, amount):
    """A number word alone after `на` beside a comparative: the size of a difference whose noun was named
    before it (`154 пары поездов – на восемь больше`, `школ стало больше на пять`; elided.py finds it)."""
    at, end = amount.first, amount.end
    if at < 1 or tokens[at - 1].norm != 'на':
        return False
    return (end < len(tokens) and tokens[end].norm in COMPARATIVES) or (at >= 2 and tokens[at - 2].norm in COMPARATIVES)


# еще восемь выйдут на смены, еще в трех ограничения сняты: a number word after these (or after `остальные`,
# vocabulary.REST_FORMS: `Два моста отремонтируют в этом году, остальные пять – в следующем`) adds to a count its
# sentence made before it, and takes that count's noun (elided.py)
CONTINUING = frozenset({'еще', 'ещё'})
CONTINUING_PREPOSITIONS = frozenset({'в', 'во', 'на', 'у', 'из'})


def _is_continued(tokens, amount):
    """A number word alone after `еще` or `остальные` (and a preposition), a number before it in its sentence: `На
    линии работают 96 бригад, еще восемь выйдут в сентябре`, `остаются семь округов, еще в трех ограничения сняты`,
    `Два моста отремонтируют в этом году, остальные пять – в следующем` (not `ещё один`, which counts nothing:
    _is_one_counted)."""
    at = amount.first - 1
    if at >= 0 and tokens[at].norm in CONTINUING_PREPOSITIONS:
        at -= 1
    if at < 0 or (tokens[at].norm not in CONTINUING and tokens[at].norm not in REST_FORMS):
        return False
    sentence = tokens[at].sentence
    for back in range(at - 1, -1, -1):  # back to the start of its sentence, not the text's
        if tokens[back].sentence != sentence:
            return False
        if is_number_token(tokens[back]):
            return True
    return False


# одиннадцать воздушных судов вместо семи, 40 минут против полутора часов: the count a figure replaces or is
# compared with (vocabulary.SET_AGAINST), its noun the figure's; how far back the count may stand
INSTEAD_WINDOW = 5


def _is_instead(tokens, amount):
    """A number word alone ending its clause right after `вместо` / `против`, a count a few words before it (no
    punctuation between): `может принимать одиннадцать воздушных судов вместо семи`, `набрали двадцать очков
    против восьми` (elided.py gives it that count's noun); not `приехал вместо двух` (no count before)."""
    at = amount.first
    sentence = tokens[at].sentence
    if at < 2 or tokens[at - 1].norm not in SET_AGAINST:
        return False
    if not _ends_clause(tokens, amount):
        return False
    for back in range(at - 2, max(-1, at - 2 - INSTEAD_WINDOW), -1):
        token = tokens[back]
        if token.sentence != sentence:
            return False
        if is_number_token(token):
            return True
        if token.kind != 'word':
            return False
    return False


def _is_collective(tokens, amount):
    """двое, троих: a collective numeral alone; not after `на`, where it is whom a thing is meant for
    (`номер на двоих`, `столик на четверых`), no count."""
    return amount.end == amount.first + 1 and tokens[amount.first].norm in COLLECTIVE_FORMS \
        and not (amount.first > 0 and tokens[amount.first - 1].norm == 'на')


def counts_alone(tokens, amount, qualifier, high=None):
    """A number word with no noun or unit at `amount` (`high`: the upper bound of its range) that still
    counts something its text named nearby."""
    return (_is_collective(tokens, amount) or _is_scaled_words(amount) or _is_part_of_them(tokens, amount)
            or _is_listed(tokens, amount) or _is_compared(tokens, amount) or _is_continued(tokens, amount)
            or _follows_part_of_them(tokens, amount) or _follows_including(tokens, amount)
            or _is_rough_alone(tokens, amount, qualifier, high) or _is_fronted_tail(tokens, amount)
            or _is_ranked_aside(tokens, amount) or _is_instead(tokens, amount))
