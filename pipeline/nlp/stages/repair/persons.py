"""Persons: titles outside the name, names found again, positions that name nobody.

- `strip-title`: `Император Акихито`, `Всё-таки Проди`, `Казах Ерлан Ахметов` -> `Акихито`, `Проди`,
  `Ерлан Ахметов`;
- `propagate-person`: `Иван Голунов` ... `Голунова` (unrecognised) -> PER;
- `drop-positions`: `Аким`, `Аким области` at a sentence start are no name;
- `place-head`: `Аким Алматы Ерлан Маратович Досмағамбетов` -> LOC `Алматы`
  and PER `Ерлан Маратович Досмағамбетов`;
- `join-name`: `Мейрамгүл` (LOC) `Қанатқызы Ахметова` (PER), `Айгерім САПАРОВА`
  (ORG), `Огай` `Елена` (a Korean surname first) -> one PER each: a full name is one person;
- `settlement`: `в селах Белбулак, Қайрат и Жаңаталап`: a one-word "person"
  a settlement noun governs is a place.

Each rule takes `positions`, the position lemmas of the stage's config
(positions.txt, `lexicons.position_lemmas`).
"""

from pipeline.nlp.doc import doc_value, span_value, token_texts
from pipeline.nlp.kazakh import has_kazakh, has_name_element
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.name_context import MALE_ORIGIN_NOUNS
from pipeline.nlp.names import analyse_part, choose_reading
from pipeline.nlp.name_parts import KAZAKH_PATRONYMIC, is_first_name, is_korean_list_surname, is_patronymic, is_surname_like, is_surname_particle
from pipeline.nlp.settlements import names_natural_feature, settlement_cases
from pipeline.nlp.stages.repair.professions import is_profession_compound
from pipeline.nlp.stages.repair.spans import (NAME_TAGS, SHORT_NAME, give_back, is_geo, is_known_place, make_span,
                                             place_canonical, same_name)

# Император Акихито, Папа Франциск, Полковник Квачков, Мадам Трули-Пулли
TITLES = frozenset('''
император императрица кронпринц принц принцесса король королева царь царица
папа понтифик патриарх митрополит архиепископ епископ кардинал
генерал полковник подполковник майор капитан лейтенант сержант адмирал маршал
мадам мадемуазель месье мсье мистер миссис
поп-звезда звезда певица певец актёр актриса режиссёр рэпер музыкант
писатель писательница поэт художник футболист хоккеист теннисист боксёр
бизнесмен миллиардер олигарх премьер экс-президент экс-премьер сэр
'''.split())
# Экс-советник Трампа, Вице-спикер Петров: a former or a deputy holder of a title or a position
TITLE_PREFIXES = ('экс-', 'вице-')
# Казах Ерлан Ахметов, Японка Юми Сато: a capitalised noun of nationality or origin opening a sentence
ORIGIN_NOUNS = (MALE_ORIGIN_NOUNS - {'русский'}) | frozenset('''
японка китаянка кореянка француженка немка грузинка армянка американка британка англичанка итальянка
испанка бразильянка канадка казахстанка казашка россиянка узбечка киргизка украинка белоруска полька
уроженка жительница
'''.split())
# Всё-таки Проди, Безлюдная Пикадилли-сёркус: a word that names nothing
STRAY_POS = ('ADJF', 'PRCL', 'CONJ', 'ADVB', 'PREP', 'INTJ')


def is_title_word(token, positions):
    """A capitalised title or stray word before a name: `Император`,
    `Полковник`, `Всё-таки`, `34-летний` (not `Ван`, `Пан`, `Роза`)."""
    text = token.text
    if text[:1].isdigit():
        return True
    if not text[:1].isupper() or text.isupper():
        return False
    word = lemma(text)
    if word in TITLES or word in positions or word in ORIGIN_NOUNS:
        return True
    if word.startswith(TITLE_PREFIXES) and word.split('-', 1)[1] in TITLES | positions or is_profession_compound(text):
        return True
    if is_surname_particle(text):
        return False   # `Ле Пен`, `Ди Каприо`: the particle opens the surname
    parses = parse(text)
    if not parses or not all(getattr(parsed, 'is_known', False) for parsed in parses[:3]):
        return False
    if follows_word(token) and not any(parsed.tag.POS == 'ADJF' and 'Apro' not in parsed.tag for parsed in parses):
        # `исследовательницу Ту Юю`: after a word of the sentence a pronoun or a particle is capitalised
        # only as a name (an adjective may open a title: `Лейпцигской Баховской медалью`)
        return False
    # Ван Цзюнь: a particle, but also a noun, so maybe a name
    return all(parsed.tag.POS in STRAY_POS for parsed in parses)


def follows_word(token):
    """The token comes right after a lower-case word or a comma: mid-sentence, not after a quote,
    a dash or a sentence's end (`«Всё-таки Проди`)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text == ',' or before.text.isalpha() and before.text.islower()


def strip_titles(doc, spans, positions):
    """`Император Акихито`, `Полковник Квачков` -> `Акихито`, `Квачков`:
    a title or a stray word before a person's name stays outside it; a position
    before a place too (`Аким Каратауского района`)."""
    result = []
    for span in spans:
        start = span.start
        if span.label_ == 'PER':
            while span.end - start > 1 and is_title_word(doc[start], positions) and doc[start + 1].text[:1].isupper():
                start += 1
            if span.end - start > 2 and is_opening_preposition(doc, start):
                start += 1
        elif span.label_ == 'LOC' and len(span) > 1 and span[0].text[:1].isupper() and span[0].text[1:].islower() \
                and (span[1].text[:1].isupper() or len(span) > 2 and lemma(span[1].text) in ('район', 'село', 'аул')
                     and span[2].text in ('имени', 'им.')) and lemma(span[0].text) in positions:
            start += 1   # `Аким Каратауского района`, `Аким района имени Габита Мусрепова`: the title of the place's head
        if start != span.start:
            span = make_span(doc, start, span.end, span.label_, 'strip-title', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_opening_preposition(doc, index):
    """`О Бекзате Жанибекове рассказали`, `К Айдару Сеитову`: a preposition that opens a
    sentence, capitalised as its first word (not an initial: `С. Ахметов`)."""
    token = doc[index]
    opens = index == 0 or doc[index - 1].text in '.!?…' or '\n' in doc[index - 1].text
    parses = parse(token.text)
    return opens and token.is_alpha and token.text[:1].isupper() and bool(parses) \
        and parses[0].tag.POS == 'PREP' and doc[index + 1].text != '.'


def is_common_word(token):
    """A dictionary word that is not a name (`Вчера`, `Роза` is a name too)."""
    parses = parse(token.text)
    return bool(parses) and all(getattr(parsed, 'is_known', False) for parsed in parses[:2]) and not any(
        tag in parsed.tag for parsed in parses for tag in NAME_TAGS)


def propagate_persons(doc, spans, positions):
    """`Иван Голунов` ... `Голунова`: a word of a person's name found elsewhere
    in the document, unrecognised, is that person again."""
    known = {token.text for span in spans if span.label_ == 'PER' for token in span
             if token.is_alpha and token.text[:1].isupper() and len(token.text) > 2}
    if not known:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    # `same_name` needs the first four letters alike: most words are turned away by one look-up
    prefixes = {word.lower()[:4] for word in known}
    # `Пак` ... `Паку`: a three-letter surname's forms share only its three letters
    shorts = {word.lower() for word in known if len(word) == SHORT_NAME}
    body_start = doc_value(doc, 'body_start')
    found = []
    for index, text in enumerate(token_texts(doc)):
        if not text[:1].isupper() or index in taken or text.lower()[:4] not in prefixes \
                and text.lower()[:SHORT_NAME] not in shorts:
            continue
        token = doc[index]
        if not token.is_alpha or token.idx < body_start:
            continue
        if token.text.isupper() or not any(same_name(token.text, word) for word in known):
            continue
        # `Его Высочество`, `Болгарским Патриархом`: words, not names
        # (`Паку`: a dictionary word too, `пак`; a three-letter surname's form is taken as its own)
        if is_position_word(token.text, positions) or (
                token.text.lower()[:SHORT_NAME] not in shorts and is_common_word(token)):
            continue
        if found and found[-1][1] == token.i:
            found[-1][1] = token.i + 1
        else:
            found.append([token.i, token.i + 1])
    # `Мейв` found next to `Кеннеди` known: one name
    persons = {span.start: span for span in spans if span.label_ == 'PER'}
    ends = {span.end: span for span in spans if span.label_ == 'PER'}
    for piece in found:
        start, stop = piece
        if stop in persons and doc[stop - 1].whitespace_ == ' ':
            spans.remove(persons[stop])
            piece[1] = persons[stop].end
        elif start in ends and doc[start - 1].whitespace_ == ' ':
            spans.remove(ends[start])
            piece[0] = ends[start].start
    return spans + [make_span(doc, start, stop, 'PER', 'propagate-person') for start, stop in found]


def is_position(span, positions):
    """`Аким`, `Аким области`, `Министр иностранных дел`, `Жители`: a position, capitalised
    at a sentence start, and nothing that names anything after it."""
    first = span[0].text
    if lemma(first) not in positions | RESIDENTS or parse(first)[0].tag.POS != 'NOUN':
        return False
    return all(not token.text[:1].isupper() for token in span[1:])


# Жительница Туркестана, Уроженец Шымкента: a person by the place they live in or come from
RESIDENTS = frozenset('житель жительница уроженец уроженка'.split())


def position_place(doc, span, positions):
    """`Аким Акмолинского сельского округа`, `Жительница Туркестана` (ORG): a capitalised
    position or resident noun and the place after it -> the place alone, LOC; else None."""
    first = span[0]
    if span.label_ == 'PER' or len(span) < 2 or not span[1].text[:1].isupper() or not first.text[:1].isupper():
        return None
    word = lemma(first.text)
    if word not in positions | RESIDENTS or parse(first.text)[0].tag.POS != 'NOUN':
        return None
    # the place the merge took in: a place noun at the end, or a place pymorphy3 knows
    if not (lemma(span[-1].text) in PLACE_NOUNS or is_geo(parse(span[-1].text)[:2]) or span_value(span, 'canonical')):
        return None
    return make_span(doc, span.start + 1, span.end, 'LOC', 'drop-positions')


def drop_positions(doc, spans, positions):
    """A position is not a place or an organisation; the place it heads is a place."""
    result = []
    for span in spans:
        # `Аким поручил ...`: a position alone at a sentence start (`Аким` is a Russian first name too)
        if (span.label_ != 'PER' or len(span) == 1 and opens_sentence(doc, span.start)) \
                and is_position(span, positions):
            continue
        place = position_place(doc, span, positions) if span.label_ == 'ORG' else None
        result.append(place if place is not None else span)
    return result


def opens_sentence(doc, index):
    """The token at `index` begins a sentence: the text's start, or after `.`, `!`, `?`, a line break."""
    return index == 0 or doc[index - 1].text in ('.', '!', '?') or '\n' in doc[index - 1].text


# аким Алматы, мэр Шымкента, губернатор Омска: positions held over a place,
# so the capitalised genitive after them is the place
TERRITORIAL = frozenset('аким мэр губернатор градоначальник бургомистр'.split())
# the head nouns of places: Акмолинского сельского округа, Аршалынского района
PLACE_NOUNS = frozenset('область район округ город село посёлок аул край республика'.split())
# Сапарова, Досмағамбетов, Жанұзақова, Ким: the shortest surname a name in capitals may end with
MIN_CAPS_SURNAME = 3


def is_position_word(text, positions):
    """`аким`, `министра`, `господин`: a position or a title (no set is built per word:
    the union of the two was most of `join-name`'s time)."""
    word = lemma(text)
    return word in positions or word in TITLES


def is_word(token):
    """A capitalised word in letters (or with a hyphen: `Касым-Жомарт`)."""
    text = token.text
    return text[:1].isupper() and text.replace('-', '').isalpha()


def is_caps(text):
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= MIN_CAPS_SURNAME and all(char.isupper() for char in letters)


def is_given_name(token, positions):
    """A first name as such: `Ерлан`, `Мейрамгүл`, `Нұрлан` (not `Астана`,
    `Атырау`, which natasha's list also holds, nor a position)."""
    text = token.text
    if not is_word(token) or is_caps(text) or is_position_word(text, positions):
        return False
    if not (is_first_name(text) or has_kazakh(text) and has_name_element(text)):
        return False
    return not is_known_place(text)


def is_loose_name_word(token, positions):
    """A word that may be a first name or a surname in a name anchored by a
    patronymic: capitalised, no dictionary word, no place, no position."""
    text = token.text
    if not is_word(token) or is_position_word(text, positions):
        return False
    if is_surname_like(text):
        return True
    # Астана, Атырау: a place pymorphy3 knows (its guesses, `Құдайбергенов` a place, do not count)
    if is_known_place(text):
        return False
    return is_first_name(text) or has_kazakh(text) or not is_common_word(token)


def next_word(doc, index):
    """The token after `index` when only one space parts them on the line."""
    if index + 1 >= len(doc) or doc[index].whitespace_ != ' ':
        return None
    return doc[index + 1]


def patronymic_end(doc, index):
    """End of a patronymic at `index`: `Маратович`, `Бақытжанұлы` (one word),
    `Бақытжан ұлы` (two); None if there is none."""
    token = doc[index]
    if not is_word(token):
        return None
    following = next_word(doc, index)
    # Бақытжан ұлы, Серік қызы: the patronymic written as two words
    if following is not None and following.text.lower() in KAZAKH_PATRONYMIC:
        return index + 2
    return index + 1 if is_patronymic(token.text) else None


def full_name_end(doc, start, positions):
    """End of a full name starting at `start`, or None:

    - first name, patronymic, surname: `Ерлан Маратович Досмағамбетов`,
      `Асхата Бақытжан ұлы Нұрмаханова` (the patronymic anchors the name);
    - first name, surname in capitals: `Айгерім САПАРОВА`, `Нұрлан ЖАҚСЫБЕКОВ`;
    - surname, first name, patronymic: `Сейтжанов Марат Ерланович`.
    """
    first = doc[start]
    second = next_word(doc, start)
    if second is None or not is_word(first):
        return None
    middle = patronymic_end(doc, second.i)
    if middle is not None and middle < len(doc) and is_loose_name_word(first, positions):
        last = next_word(doc, middle - 1)
        if last is not None and is_loose_name_word(last, positions) and not is_patronymic(last.text):
            return last.i + 1
    if is_given_name(first, positions) and is_caps(second.text) and is_surname_like(second.text):
        return second.i + 1
    # surname first, as lists and orders write it: `Сейтжанов Марат Ерланович`; after a Korean surname,
    # which never declines, the patronymic is optional (`Огай Елена рассказала`, `Когай Сергей`)
    third, korean = next_word(doc, second.i), is_korean_list_surname(first.text)
    if (korean or third is not None and is_surname_like(first.text) and not is_patronymic(first.text)) \
            and is_given_name(second, positions):
        return (third is not None and patronymic_end(doc, third.i)) or (second.i + 1 if korean else None)
    return None


def is_place_word(doc, span, spans, positions):
    """The word before a full name in one PER span names a place: a place to
    pymorphy3 (`Алматы`), the document's place elsewhere (`Конаева` by
    `Конаев`), or after a territorial position (`аким Костаная`)."""
    head = span[0]
    if is_given_name(head, positions) or is_patronymic(head.text):
        return False
    if is_geo(parse(head.text)[:2]):
        return True
    if any(other.label_ == 'LOC' and len(other) == 1 and same_name(other.text, head.text) for other in spans):
        return True
    before = span.start - 1
    return before >= 0 and doc[before].is_alpha and (lemma(doc[before].text) in TERRITORIAL
                                                     or is_settlement_noun(doc[before]))


def settled_name(doc, span, positions, after=None):
    """`аула Шамалган Гүлнәр Сәрсенбаева`: after a settlement noun (or a word `after` accepts), a first
    name and a surname close the mention, so the word before them is the settlement's name."""
    before = span.start - 1
    return (len(span) == 3 and before >= 0 and (after or is_settlement_noun)(doc[before])
            and is_given_name(span[1], positions) and is_surname_like(span[2].text))


def region_named(doc, span, positions):
    """`аким области Жетысу Бейбут Исабаев`, `области Абай Нурлан ...`: after `области` the
    first word is the region's noun name (Абай is a first name too), a name follows it."""
    if span.start == 0 or doc[span.start - 1].text != 'области' or not is_word(span[0]):
        return False
    if full_name_end(doc, span.start + 1, positions) == span.end:
        return True
    return (len(span) == 3 and is_given_name(span[1], positions) and is_surname_like(span[2].text)
            and not is_patronymic(span[2].text))


# `района Шал акына`, `района Биржан сала`: the honorific after a poet's or a hero's name
HONORIFIC_GENITIVES = frozenset('акына батыра сала хана би жырау'.split())


def district_named(doc, span, positions):
    """`Аким района Магжана Жумабаева Сабит Ерланович Оспанов`, `района Шал акына Нурлан ...`:
    after `района` (any case) two words in the genitive name the district after a person,
    a full name follows them."""
    before = span.start - 1
    if before < 0 or doc[before].text[:3].lower() != 'рай' or not is_word(span[0]) \
            or not (is_word(span[1]) or span[1].text in HONORIFIC_GENITIVES):
        return False
    return lemma(doc[before].text) == 'район' and full_name_end(doc, span.start + 2, positions) == span.end


def split_place_heads(doc, spans, positions):
    """`Аким Алматы Ерлан Маратович Досмағамбетов` -> LOC `Алматы`, PER `Ерлан
    Маратович Досмағамбетов`: a place in the genitive before a full name is
    the place of the title, not part of the name; a region named after `области`
    takes the noun with it (`области Жетысу`), a district named after a person too
    (`района Магжана Жумабаева`)."""
    result = []
    for span in spans:
        if span.label_ == 'PER' and len(span) >= 3 and region_named(doc, span, positions):
            give_back(doc, result, span.start - 1)
            result.append(make_span(doc, span.start - 1, span.start + 1, 'LOC', 'place-head'))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'place-head')
        elif span.label_ == 'PER' and len(span) >= 4 and district_named(doc, span, positions):
            give_back(doc, result, span.start - 1)
            result.append(make_span(doc, span.start - 1, span.start + 2, 'LOC', 'place-head'))
            span = make_span(doc, span.start + 2, span.end, 'PER', 'place-head')
        elif (span.label_ == 'PER' and len(span) >= 3 and is_word(span[0])
                and (full_name_end(doc, span.start + 1, positions) == span.end or settled_name(doc, span, positions))
                and is_place_word(doc, span, spans, positions)):
            # `Конаева` by the gazetteer's `Конаев` elsewhere: the same place, the same canonical name
            canonical = place_canonical(spans, span[0].text)
            result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'place-head', canonical))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'place-head')
        result.append(span)
    return result


def join_names(doc, spans, positions):
    """A full name (`full_name_end`) split between mentions or typed otherwise is
    one person: `Мейрамгүл` LOC + `Қанатқызы Ахметова` PER, `Айгерім САПАРОВА`
    ORG -> PER. A mention that runs past the name is left alone."""
    covering = {index: span for span in spans for index in range(span.start, span.end)}
    replaced, added = set(), []
    body_start = doc_value(doc, 'body_start')  # read once: a `._` attribute costs a lookup per token
    texts = token_texts(doc)
    index = 0
    while index < len(texts):
        # every full name has a capitalised word right after its first one: a cheap test first
        if index + 1 >= len(texts) or not texts[index + 1][:1].isupper() or not texts[index][:1].isupper():
            index += 1
            continue
        token = doc[index]
        if token.idx < body_start or not is_word(token):
            index += 1
            continue
        end = full_name_end(doc, index, positions)
        if end is None:
            index += 1
            continue
        inside = {id(covering[i]): covering[i] for i in range(index, end) if i in covering}
        overlapping = list(inside.values())
        if all(index <= span.start and span.end <= end for span in overlapping) and not (
                len(overlapping) == 1 and overlapping[0].label_ == 'PER'
                and (overlapping[0].start, overlapping[0].end) == (index, end)):
            replaced.update(inside)
            added.append(make_span(doc, index, end, 'PER', 'join-name'))
        index = end
    if not added:
        return spans
    return [span for span in spans if id(span) not in replaced] + added


def settlement_names(doc, spans, positions):
    """`в селе Жаңаталап`, `в селах Белбулак, Қайрат и Жаңаталап`: a one-word PER
    after a settlement noun, or in a list of places after one, is a place; not
    a name or surname one knows (`мэр города Собянин`: the holder of the title), unless after a pass's or a
    river's noun (`к перевалу Титов`, `settlements.names_natural_feature`)."""
    ends = {span.end: span for span in spans if span.label_ == 'LOC'}
    result = []
    for span in spans:
        if (span.label_ == 'PER' and (len(span) == 1 and not is_known_name(span.text) or is_two_word_place(span)
                                      or names_natural_feature(doc, span))
                and after_settlement(doc, span.start, ends, positions)):
            span = make_span(doc, span.start, span.end, 'LOC', 'settlement')
        elif span.label_ == 'PER' and is_town_locative(span) and after_in(doc, span.start, ends):
            span = make_span(doc, span.start, span.end, 'LOC', 'settlement', span_value(span, 'canonical'))
        elif span.label_ == 'PER' and len(span) == 1 and span_value(span, 'canonical') and not is_known_name(span.text):
            # `с аграриями Каскелена`: a word the gazetteer names (it lists no persons), no name one knows
            span = make_span(doc, span.start, span.end, 'LOC', 'settlement', span_value(span, 'canonical'))
        if span.label_ == 'LOC':
            # `аулы Жана Су и Кок Тобе`: a place found here carries the list on to the next name
            ends[span.end] = span
        result.append(span)
    return result


def is_two_word_place(span):
    """`в селах Карабулак и Акын Сара`, `село Кызыл Ту`, `к аулу Жана Жол`: two words, the second
    no surname or patronymic (`в селе Ерлан Сейтов` is a person), and either the first no first
    name one knows or the second no name at all (`жол` is a road: `Жана` is a first name and
    the Kazakh `new`)."""
    if len(span) != 2 or not all(token.is_alpha for token in span):
        return False
    second = span[1].text
    return not is_surname_like(second) and not is_patronymic(second) and (
        not is_known_name(span[0].text) or not is_known_name(second))


# в Курчатове, в Сатпаеве: a town named after a person declines as the surname, in -ове, -еве, -ине
TOWN_LOCATIVES = tuple(stem + 'е' for stem in ('ов', 'ев', 'ёв', 'ин', 'ын'))
IN_PREPOSITIONS = frozenset({'в', 'во'})


def is_town_locative(span):
    """`Сатпаеве`, `Королёве`: one word of a Russian-pattern surname's shape in the locative."""
    return len(span) == 1 and span.text[:1].isupper() and span.text.lower().endswith(TOWN_LOCATIVES) \
        and len(span.text) > 5


def after_in(doc, start, ends):
    """`в` right before `start`, or before a list of places that `start` ends (`в Темиртау,
    Балхаше и Сатпаеве`): a person is not where something happens (`о Сатпаеве` stays a person);
    `ends`: the LOC mentions by their end."""
    index = start - 1
    while index >= 0:
        token = doc[index]
        if token.text.lower() in IN_PREPOSITIONS:
            return True
        if token.text not in (',', 'и') or index not in ends:
            return False
        index = ends[index].start - 1
    return False


def is_known_name(text):
    """`Собянин`, `Ерлан`: a first name or a surname pymorphy3 or natasha knows."""
    return is_first_name(text) or any(
        ('Surn' in parsed.tag or 'Name' in parsed.tag) and parsed.is_known for parsed in parse(text)[:3])


def is_settlement_noun(token):
    """`селе`, `аулах`, `сел` (also a verb's past: any noun reading counts)."""
    return bool(settlement_cases(token))


def after_settlement(doc, start, ends, positions):
    """A settlement noun before `start`, maybe across a list of places (`, X и`),
    that is no title's complement (`главы города`); `ends`: the LOC mentions by their end."""
    index = start - 1
    while index >= 0:
        token = doc[index]
        if token.text.islower() and token.is_alpha:
            if token.text != 'и':
                before = doc[index - 1] if index > 0 else None
                titled = before is not None and before.is_alpha and lemma(before.text) in positions | TERRITORIAL
                return is_settlement_noun(token) and not titled
        elif token.text != ',':
            return False
        # `Белбулак, Қайрат и`: step over the list's places to its head
        if index not in ends:
            return False
        index = ends[index].start - 1
    return False


# `улица Абая Кунанбаева`, `имени Шокана Валиханова`: the words before a place or a body named after a person
NAMED_AFTER_WORDS = frozenset('''
имени им улица проспект переулок бульвар площадь микрорайон район сквер набережная
'''.split())


def typed_names(doc, spans, positions):
    """`директору парка Ерику Жумагулову` read as a place: a two-word mention typed a place or an
    organisation that is a first name and a Russian-pattern surname (-ов, -ев, -ин, declined) is a
    person, unless a settlement, a street or `имени` comes before it (`в селе Шокана Валиханова`)."""
    result = []
    for span in spans:
        if span.label_ in ('LOC', 'ORG') and len(span) == 2 and span_value(span, 'rule') != 'gazetteer' \
                and is_given_name(span[0], positions) and is_word(span[1]) and not is_caps(span[1].text) \
                and is_surname_like(span[1].text) and not is_known_place(span[1].text) \
                and not named_after(doc, span.start):
            span = make_span(doc, span.start, span.end, 'PER', 'person-typed')
        result.append(span)
    return result


def named_after(doc, start):
    """The word before `start` names a settlement, a street or a namesake (`имени`)."""
    index = start - 1
    while index >= 0 and (doc[index].is_space or doc[index].text == '.'):
        index -= 1
    if index < 0 or not doc[index].is_alpha:
        return False
    token = doc[index]
    return lemma(token.text.lower()) in NAMED_AFTER_WORDS or token.text.lower() in NAMED_AFTER_WORDS \
        or is_settlement_noun(token)


def joined_halves(doc, spans, positions):
    """`после ухода Радия Хабирова`, `дочь Фёдора Емельяненко` read as two persons: a one-word
    first name and the one word right after it, both persons, are one name when the two words
    are read best in the first name's own case (`Фёдора Емельяненко`: his genitive, the surname
    as written; not `Ивану Петров`, a dative and a nominative)."""
    result = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and previous.label_ == 'PER' and span.label_ == 'PER' and len(previous) == 1 \
                and len(span) == 1 and span.start == previous.end and previous[0].whitespace_ == ' ' \
                and is_given_name(previous[0], positions) and is_word(span[0]) and not is_caps(span[0].text) \
                and not is_known_place(span[0].text) and read_as_one(previous[0].text, span[0].text):
            result[-1] = make_span(doc, previous.start, span.end, 'PER', 'person-halves')
            continue
        result.append(span)
    return result


def read_as_one(first, last):
    """The best reading of `first last` as one name is in a case `first` reads best in alone."""
    best = {}
    for case, _, _, weight in analyse_part(first):
        best[case] = max(best.get(case, 0.0), weight)
    case, _ = choose_reading([first, last], {'loct': -2.0})
    return case is not None and best.get(case, 0.0) >= max(best.values()) - 0.01
