"""Sites and things slovnet takes for organisations: the newsroom guideline names the body that acts,
not the service one writes on, the building one goes to or the ship one sails on.

- `platform-name`: `ответила во ВКонтакте`, `рекорд на YouTube`, `в чате Telegram`, `пользователи
  Tumblr`, `через Твиттер`: a social network, messenger or online shop a newsroom knows, named where
  something is written, shown, sold or met on it (after `в`, `на`, `через`, `по`, a site's noun or
  its users' noun), is the product, not the company; the company stays where it acts or is worked
  for, owned or sued (`Основатель Facebook`, `В Facebook заявили`, `работает в Google`, `иск на
  Facebook`); and a one-word name after a page on a site or a verb of writing and `в` (`на своей
  странице в Facebook`, `в своём Twitter`, `написал в Twitter`, the last only in Latin letters, as
  `написал в Минфин` is a letter to a ministry; `Facebook заблокировал аккаунт` stays).
- `quoted-facility`: `в кинотеатрах «Звезда», «Космос» и «Юность»`, `на стадионе «Динамо»`, `у отеля
  «Премьер-палас»`, `шаттл «Дискавери»`, `отеля ''Sofitel''` (quotes typed as two apostrophes): a
  quoted name right after the noun of a building, a site or a vessel, and each quoted name of the list
  it opens (also after a colon: `в кинотеатрах сети «Москино»: «Полёт», «Искра»`), is that building or
  vessel, none of our types
  (as `facility` drops `Центральный стадион`); a centre's, a club's or a theatre's quoted name stays
  an organisation (`центр «Дарын»`, `театр «Современник»`), and so do a national park's and a shop's
  (`в гипермаркете «Окей»`, a chain).
- `typed-quote-head`: `Журнал ''Rolling Stone'' называл ...`, `Совет директоров ''Freixenet''`: the
  model, reading the typed quote as two `"`, takes the kind of organisation before it for a name of its
  own; the name is in the quotes (as before `«Rolling Stone»`, where the model leaves the kind out).
- `domain-zone`: `в доменной зоне .РФ`: a name glued after a dot that opens the word is an internet
  domain, no place (`в Москве. РФ ввела` has a space after the dot).

Tried and left out (nerel39): an unquoted place's name right after a building's noun in apposition
(`в аэропорту Мехрабад`, `мечеть Аль-Аман`; no genitive, no place the dictionary knows) as the
building's: NEREL-train tune LOC .8527 -> .8537, but NEREL-dev check LOC .8467 -> .8447 and factRu
check LOC .9436 -> .9429 (scores alone); with a prison among the nouns factRu's tune lost
`тюрьме Абу-Грэйв`, which it counts a place. A site's noun `сеть`, `сервис` or `микроблог` before a
platform, and a hypermarket's quoted name: factRu counts `социальной сети Facebook`, `почтового
сервиса Facebook` organisations (the first version: factRu ORG tune .857 -> .852, check .829 -> .827).
"""

from pipeline.nlp.doc import doc_text, token_texts
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.non_entities import is_latin
from pipeline.nlp.stages.repair.org_ends import LIST_JOINERS
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, OPEN_QUOTES, is_typed_quote, quote_groups

# social networks, messengers, video sites and online shops a newsroom writes about, lower case
PLATFORMS = frozenset('''
facebook twitter instagram youtube telegram tiktok whatsapp viber skype wechat weibo tumblr reddit
linkedin snapchat ebay itunes вконтакте одноклассники фейсбук твиттер инстаграм ютуб ютьюб телеграм
тикток вотсап'''.split())
# a site's own noun before its name: `на видеохостинге YouTube`, `в чате Telegram`; not `сеть`,
# `сервис` or `микроблог`, whose name is as often the company acting or owning (`социальная сеть
# Facebook получила патент`, `почтовый сервис Facebook`, `покупка сервиса микроблогов Tumblr`)
SITE_NOUNS = frozenset('видеохостинг мессенджер чат онлайн-магазин интернет-магазин'.split())
# the people on a site: `пользователи Tumblr`, `подписчиков Instagram`
USER_NOUNS = frozenset('пользователь подписчик аудитория'.split())
# before `в`/`на`, the company a person works for, invests in, holds a share of or takes to court:
# `работает в Google`, `подал иск на Facebook`, `вложил в Twitter`, `доля фонда в Facebook`
COMPANY_WORDS = frozenset('''
работать трудиться устроиться перейти прийти уйти должность вакансия инвестировать вложить инвестиция
суд иск жалоба претензия давление санкция штраф доля акция пакет'''.split())


MEDIUM_PREPOSITIONS = frozenset('в во на'.split())
# what one has on a site: `на своей странице в Facebook`, `в микроблоге в Twitter`
MEDIUM_NOUNS = frozenset('страница страничка микроблог блог аккаунт профиль канал пост запись подписчик'.split())
MEDIUM_POSSESSIVES = frozenset('свой личный официальный'.split())
# writing on a site: `написал в Twitter`; read only before a name in Latin letters, as
# `написал в Минфин` is a letter to a ministry
MEDIUM_VERBS = frozenset('написать ответить опубликовать выложить разместить'.split())


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


# `через Твиттер`, `по WhatsApp`: a platform's prepositions besides those of a page on it
PLATFORM_PREPOSITIONS = MEDIUM_PREPOSITIONS | frozenset(('через', 'по'))


def is_plural_verb(token):
    """`заявили`, `сообщают`: a verb in the plural, the people of a body speaking for it."""
    return token.is_alpha and any(parsed.tag.POS == 'VERB' and parsed.tag.number == 'plur'
                                  for parsed in parse(token.text.lower())[:2])


def is_platform_use(doc, span):
    """True where a one-word ORG a newsroom knows as a platform is the site something happens on."""
    if len(span) != 1 or span.start == 0 or span.text.lower() not in PLATFORMS:
        return False
    before = doc[span.start - 1].text.lower()
    if before in PLATFORM_PREPOSITIONS:
        if span.end < len(doc) and is_plural_verb(doc[span.end]):   # `В Facebook заявили`
            return False
        # `работает в Google`, `доля фонда DST в Facebook`: the three words before the preposition
        return not any(lemma(doc[index].text.lower()) in COMPANY_WORDS
                       for index in range(max(0, span.start - 4), span.start - 1))
    return lemma(before) in SITE_NOUNS or lemma(before) in USER_NOUNS


def platform_names(doc, spans):
    """`рекорд на YouTube`, `в чате Telegram`, `пользователи Tumblr`, `на своей странице в Facebook`: a
    platform where something is written, shown or met is none of our types; `Основатель Facebook` stays an
    organisation."""
    return [span for span in spans
            if span.label_ != 'ORG' or not (is_medium(doc, span) or is_platform_use(doc, span))]


# buildings, sites and vessels whose quoted name is the thing, not a body: `стадион «Динамо»`; not
# a shop's (`в гипермаркете «Окей»`: the chain's name), and not an airport's, which BSNLP counts a
# place (with `аэропорт` and `авиабаза` here, bsnlp-ryanair's check part found .981 -> .977 of its
# places). Narrower than mention_case.FACILITY_HEADS (the apposition heads of a quoted name, with
# магазин, аэропорт, комплекс ...) and non_entities.FACILITY_HEADS (churches, cemeteries, airports); built
# from the first, it changed the mentions of the written sets (tried)
FACILITY_NOUNS = frozenset('''
стадион отель гостиница кинотеатр хранилище бизнес-центр шаттл эсминец крейсер корабль ледокол судно теплоход паром'''.split())
# `в торговом центре «Зимняя вишня»`: a centre is a facility only with these words before it
FACILITY_CENTRES = frozenset('торговый торгово-развлекательный спортивный'.split())
# `ТРЦ «Mega»`: a shopping centre's abbreviations
FACILITY_ABBREVIATIONS = frozenset('ТРЦ ТЦ ТРК'.split())


def is_facility_noun(doc, index):
    """True where the word at `index` is a building's, a site's or a vessel's noun (lower case), or
    a shopping centre's abbreviation."""
    word = doc[index]
    if word.text in FACILITY_ABBREVIATIONS:
        return True
    if not (word.is_alpha or '-' in word.text) or not word.text.islower():
        return False
    head = lemma(word.text)
    if head in FACILITY_NOUNS:
        return True
    return head == 'центр' and index > 0 and lemma(doc[index - 1].text.lower()) in FACILITY_CENTRES


# the words a name in typed quotes may hold: `''Sofitel''`, `''City Center''`
MAX_QUOTED_WORDS = 6


def typed_quotes(doc):
    """(open, first, stop, close) of each name between two pairs of apostrophes, the quote that
    wiki-made and keyboard-typed texts write for `"` (`отеля ''Sofitel''`): `open` is the first
    apostrophe, [first, stop) the name, `close` the last apostrophe."""
    texts = token_texts(doc)
    found, index = [], 0
    while index + 1 < len(texts):
        if is_typed_quote(texts, index):
            first = index + 2
            stop = next((end for end in range(first + 1, min(len(texts) - 1, first + MAX_QUOTED_WORDS + 1))
                         if is_typed_quote(texts, end)), None)
            if stop is not None and not any('\n' in texts[word] for word in range(first, stop)):
                found.append((index, first, stop, stop + 1))
                index = stop + 2
                continue
        index += 1
    return found


# how far before a list's colon its facility noun may stand: `в девяти кинотеатрах городской сети
# «Москино»: «Полёт», ...`
COLON_REACH = 8


def colon_list_of_facilities(doc, open_):
    """True where a quote opens a list right after a colon, and a facility noun stands before the
    colon in the same sentence (`в кинотеатрах сети «Москино»: «Полёт», «Искра»`)."""
    if open_ < 2 or doc[open_ - 1].text != ':':
        return False
    colon = open_ - 1
    for index in range(colon - 1, max(-1, colon - 1 - COLON_REACH), -1):
        if doc[index].is_sent_end or doc[index].text in '.!?;':
            return False
        if is_facility_noun(doc, index):
            return True
    return False


def facility_quotes(doc):
    """(first, close) of each quoted name a facility noun opens, with the quoted list after it
    (`в кинотеатрах «Звезда», «Космос» и «Юность»`); a name in typed quotes (`отеля ''Sofitel''`) too."""
    groups = [(open_, open_ + 1, close, close) for open_, close in quote_groups(doc)
              if doc[open_].text in OPEN_QUOTES and doc[close].text in CLOSE_QUOTES and open_ + 1 < close]
    if "''" in doc_text(doc):
        groups = sorted(groups + typed_quotes(doc))
    found, listed = [], False
    for index, (open_, first, stop, _) in enumerate(groups):
        if listed:
            before_close = groups[index - 1][3]
            listed = open_ == before_close + 2 and doc[before_close + 1].text in LIST_JOINERS
        listed = listed or open_ > 0 and (is_facility_noun(doc, open_ - 1) or colon_list_of_facilities(doc, open_))
        if listed:
            found.append((first, stop))
    return found


def quoted_facilities(doc, spans):
    """`на стадионе «Динамо»`, `в кинотеатрах «Звезда» и «Космос»`: an ORG wholly in the quotes of a
    facility noun's name (or list) is the building: no mention."""
    names = set(facility_quotes(doc))
    if not names:
        return spans
    return [span for span in spans if span.label_ != 'ORG' or (span.start, span.end) not in names]


def is_domain(doc, span):
    """True where a dot glued to the span's first word opens it (` .РФ`): a domain's name."""
    if span.start == 0:
        return False
    dot = doc[span.start - 1]
    return dot.text == '.' and not dot.whitespace_ and (dot.i == 0 or doc[dot.i - 1].whitespace_
                                                         or doc[dot.i - 1].is_space)


def domain_zones(doc, spans):
    """`в зоне .РФ`: an internet domain is none of our types."""
    return [span for span in spans if span.label_ == 'PER' or not is_domain(doc, span)]


# a kind of organisation before a quoted name: ORG_HEADS and a company's board (`Совет директоров`)
DESCRIPTOR_HEADS = ORG_HEADS | {'совет'}


def typed_quote_heads(doc, spans):
    """`Журнал` ''`Rolling Stone`'': an ORG of words holding a kind of organisation, right before a
    typed quote that holds an ORG, describes that name: no mention of its own."""
    if "''" not in doc_text(doc):
        return spans
    quoted = {(first, stop) for _, first, stop, _ in typed_quotes(doc)}
    opens = {first - 2 for first, stop in quoted
             if any(span.label_ == 'ORG' and (span.start, span.end) == (first, stop) for span in spans)}
    return [span for span in spans if span.label_ != 'ORG' or span.end not in opens
            or not any(token.is_alpha and lemma(token.text.lower()) in DESCRIPTOR_HEADS for token in span)]
