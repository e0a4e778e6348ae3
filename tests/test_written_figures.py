"""The figures' status and links (part_of, with) on tests/data/written_figures, written_figures2 and
written_figures3: twelve short Kazakhstan news articles each, written for this project (the second set in other
registers: a central bank, a pension fund, mines, railway freight, sports, demographics, a flood, a prosecutor, a
loan book, grants, farm subsidies; the third rich in links written in many ways, and annotated before the pipeline
first ran on it: links P .964, R .628 then), their figures annotated by hand in gold.json (the format of the
development gold). Scored as the development scorer scores them: a gold figure is found by a span of the same
value, qualifier and object (the unit standing in for a missing object); status accuracy over the figures
found; a gold link is right when a span that found the figure links to a span that found the linked one;
link precision counts every link made."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / 'data'
# what the pipeline reaches today (bench/gold_parts.py --gold tests/data/written_figures...): it must not drop
FLOORS = {'written_figures': {'status': 0.98, 'link_precision': 1.0, 'link_recall': 0.934},
          'written_figures2': {'status': 0.98, 'link_precision': 0.98, 'link_recall': 0.988},
          'written_figures3': {'status': 0.988, 'link_precision': 0.99, 'link_recall': 0.86},
          'written_figures4': {'status': 0.96, 'link_precision': 0.972, 'link_recall': 0.9},
          'written_figures5': {'status': 0.97, 'link_precision': 0.981, 'link_recall': 0.715},
          'written_figures6': {'status': 0.971, 'link_precision': 0.91, 'link_recall': 0.78},
          'written_figures7': {'status': 0.977, 'link_precision': 0.94, 'link_recall': 0.90},
          # (links P/R .959/.81 -> .979/.813 when `46 пожарных машин` was found)
          'written_figures8': {'status': 0.99, 'link_precision': 0.979, 'link_recall': 0.813},
          # held out for the links until its link errors taught rules with written_figures10 and 11 (largest parts,
          # part guards); its status errors taught projects.py
          # (link recall .723 -> .712 when `Основную часть – 3,9 млн` took the noun of the sentence before: right links 47 =)
          'written_figures9': {'status': 0.972, 'link_precision': 1.0, 'link_recall': 0.726},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule for them
          # (its status errors taught projects.py, its link errors link rules)
          'written_figures10': {'status': 0.987, 'link_precision': 0.965, 'link_recall': 0.823},
          # held out for the whole pipeline: its status errors taught projects.py, its link errors link rules
          'written_news12': {'status': 0.979, 'link_precision': 1.0, 'link_recall': 0.666},
          # held out for the figures' status: never used to write a status rule (its link errors taught link rules)
          # (gold links 11 -> 13 when round links21 added two `На эти цели` links the first annotation left out)
          'written_figures11': {'status': 0.971, 'link_precision': 0.92, 'link_recall': 0.92},
          # held out for the links: never used to write a link rule (its score alone made one rule be left out:
          # parts told roughly, see grammars/links.py)
          # (link recall counts the links of the figures found: figures found later bring their missed links in)
          # (link recall counts `Из общего числа аварий 210` since it is found: gold links 59 -> 60)
          # (link recall .75 -> .738 when `Заняты в экономике 980 тыс.` took the noun of the sentence before: right links 45 =)
          'written_figures12': {'status': 0.99, 'link_precision': 0.978, 'link_recall': 0.754},
          # held out for the whole pipeline through a round of rules; its link misses then taught link rules
          'written_news15': {'status': 0.927, 'link_precision': 1.0, 'link_recall': 0.857},
          # held out for the links: its misses, read once at the end of the round that wrote it, taught one guard of
          # the lede rule, then the lede count (see grammars/links.py)
          # (link recall .65 -> .639 when `Число туристов из Китая достигло 210 тыс.` was found: right links 39 =)
          'written_figures13': {'status': 1.0, 'link_precision': 1.0, 'link_recall': 0.688},
          # held out for the links: scored once before and once after each round of link rules, its misses unread
          # (links P/R .757/.622 -> .783/.644 when the figures round that wrote written_figures24 found more figures)
          # (links P/R .789/.667 -> .795/.689 with `На эти цели` money after works: round links21)
          'written_figures14': {'status': 0.961, 'link_precision': 0.79, 'link_recall': 0.68},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .924 at its first run, .935 after the round that held it out; its misses then taught fraction.py
          # and the elided nouns after `число` and fronted genitives: .989)
          # (links P/R .875/.667 -> .889/.762 with a sentence opening on `Из` and a past participle)
          'written_figures15': {'status': 0.984, 'link_precision': 0.888, 'link_recall': 0.761},
          # held out for the links and their status: scored once at its first run and once at the end of the round
          # that wrote it, its misses unread
          # (links P/R .722/.796 -> .815/.830 when fronted topics and `Численность населения` found more figures)
          'written_figures16': {'status': 0.99, 'link_precision': 0.818, 'link_recall': 0.849},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .889 at its first run, .911 after the round that held it out; .966 after its misses taught
          # multiples, data rates and heads of animals after a scale; link recall .692 -> .60 when
          # `свыше 560 тыс. голов` and `порядка 140 тыс.` were found: right links 9 =; status .963 -> .957 when
          # `на треть больше` took the noun of the sentence before and came out actual: right 104 -> 112)
          # (FIG .979 -> .992 and link recall .60 -> .647 when its misses taught scale nouns before a number and
          # `из них четверть`; .706 with money directed to a work on counted things)
          # (status .958 -> .966 with a threshold's value: `Пороговый уровень в 50 баллов`)
          'written_figures17': {'status': 0.966, 'link_precision': 1.0, 'link_recall': 0.705},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .928 at its first run, .943 after the round that held it out; .982 after its misses taught scale
          # nouns before a number, `N и более`, `доходили до`, cargo `перевалил`, `по итогам N месяцев`, `с N лет`)
          'written_figures18': {'status': 0.992, 'link_precision': 0.857, 'link_recall': 0.857},
          # held out for the links and their status: scored once at its first run and once at the end of the round
          # that wrote it, its misses unread
          'written_figures19': {'status': 0.935, 'link_precision': 0.935, 'link_recall': 0.508},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .911 at its first run, .914 after the round that held it out; 1.000 after its misses taught
          # fronted topics across a dash, an aside or an age, kilowatt-hours, grades, rates per one, counts in tens)
          # (links P/R .500/.500 -> .727/.667 when its link errors taught the guards of a list's first item, a score
          # out of the possible, a capacity of coordinated counts, and `среди них` / `Из собранного` parts)
          'written_figures20': {'status': 0.993, 'link_precision': 0.75, 'link_recall': 0.75},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .847 at its first run, .923 after the round that held it out; .989 after its misses taught how far
          # a fronted topic reaches, the base of a rate, `больше на N%` as the difference, `итоги N месяцев`)
          # (links P/R .571/.667 -> .765/.722 when its link errors taught the guards of rates per people, changes
          # taken for shares, `Среди` and a group noun of its own, and `среди них` after the part's people; .737/.737
          # with the figures its fronted topics then found)
          # (status .965 -> .979 with a result compared with its plan and a threshold's value)
          'written_figures21': {'status': 0.978, 'link_precision': 0.761, 'link_recall': 0.842},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .842 at its first run, .848 after the round that held it out; .985 after its misses taught units
          # of flow, heads on farms, scores after a scale noun, adverbs in a counted phrase, nouns of flow and
          # oblique number words; links P/R .571/.888 -> .928/.928 with the figures found)
          'written_figures22': {'status': 1.0, 'link_precision': 0.928, 'link_recall': 0.928},
          # held out for the links and their status: scored once at its first run and once at the end of the round
          # that wrote it, its misses unread (links P/R .750/.600 at its first run, .759/.629 at the end)
          # (links P/R .759/.629 -> .793/.657 with the period and superlative guards and `Из общего числа`: round
          # links21)
          'written_figures23': {'status': 0.989, 'link_precision': 0.79, 'link_recall': 0.65},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .923 at its first run, .923 after the round that held it out; .990 after its misses taught measured
          # averages of time, counts continued after `еще`, `их` and a place, rate bases per one; links P/R
          # .846/.785 -> .857/.8 with the figures found, .857/.857 when a lede's part told roughly after a dash was
          # read as its sibling)
          'written_figures24': {'status': 0.979, 'link_precision': 0.857, 'link_recall': 0.857},
          # held out for the figures themselves (value, qualifier, object): never used to write a rule
          # (FIG .949 at its first run, .954 after the round that held it out; status .915 -> .968 when its status
          # misses taught a result compared with its plan, the worth of goods appraised, a verb of both aspects in a
          # clause of a thing done again and again)
          # (FIG .954 -> 1.0 when its figure misses taught number words after `из них`, after a list dash and
          # ending a clause after a rough bound, hours a thing takes, a rate base after a rate noun; links P/R
          # .75/.9 -> .769/.769: right links 9 -> 10, but the figures found bring 3 gold links across sentences
          # into the count, `Пешеходов среди погибших – тридцать один` a part of the sentence before's deaths)
          'written_figures25': {'status': 0.97, 'link_precision': 0.769, 'link_recall': 0.769},
          # held out for the links and their status: scored once at its first run and once at the end of the round
          # that wrote it, its misses unread (links P/R .893/.595 at its first run, .893/.595 at the end)
          # (FIG .945 -> .955 and link recall .595 -> .581 when the round that wrote written_figures30 found one more
          # of its figures, with a gold link: right links 25 =)
          'written_figures26': {'status': 0.978, 'link_precision': 0.892, 'link_recall': 0.58},
          # held out for the figures' status (targets beside results): scored once at its first run and once at
          # the end of the round that wrote it, its misses unread (status .961 both times)
          'written_figures27': {'status': 0.96, 'link_precision': 0.25, 'link_recall': 1.0},
          # held out for the figures themselves (value, qualifier, object): scored once at its first run and once
          # at the end of the round that wrote it, its misses unread (FIG .792 at its first run, .845 at the end;
          # links P/R 1.0/1.0 -> .889/1.0 with the figures found; FIG .845 -> .938, status .972 -> .976 when its
          # misses taught fronted tails, kind heads of dash lists, ranked asides, warming verbs, hours after a short
          # participle, after `за` and a verb, after a verb of travel)
          'written_figures28': {'status': 0.97, 'link_precision': 0.88, 'link_recall': 1.0},
          # held out for the figures themselves (value, qualifier, object) in fresh phrasing (currencies, percentage
          # points, dash ranges, fractions, number words, rates, durations): scored once at its first run and once
          # at the end of the round that wrote it, its misses unread until then (FIG .923 at its first run, .926 at
          # the end; .938 after its misses fixed two annotation mistakes: a time after `через`, vague plurals optional)
          'written_figures29': {'status': 0.97, 'link_precision': 0.76, 'link_recall': 0.52},
          # held out for the whole pipeline (entities in test_written_news.py), never used to write a rule; first run
          # at e66512b (gold as fixed at the end of round news36): status .960, links P .909 R .769
          'written_news36': {'status': 0.955, 'link_precision': 0.9, 'link_recall': 0.76},
          # held out for the figures themselves (value, qualifier, object) in fresh phrasing (a cotton harvest, cattle,
          # heat and water tariffs, an airport, a housing complex, a hospital, schools, food prices; multiples,
          # differences, figures in parentheses, fractions, number words): scored once at its first run and once at
          # the end of the round that wrote it, its misses unread until then (FIG .913 both times; status .969,
          # links .556/.556; its misses, read at the end, showed no annotation mistake)
          # (FIG .913 -> .958, status .969 -> .971, links .556/.556 -> .667/.636 when its misses taught Гкал and м³,
          # `тем не менее` as a connective, fractions with ordinals, counts in parentheses after a breakdown's nouns
          # and their links, a share of `этой суммы`, a date in a fronted topic's gap, a number-word range in a dash
          # item: round figures31)
          # (FIG .958 -> .984 and links P/R .667/.636 -> .600/.556 when round figures32 found `три` and `шестьдесят`
          # in dash lists, `девять` after `в том числе`, `23 тыс.` of a shortage of places, `380` after `Из этих
          # квартир`, `остальные три`: right links 14 -> 15, but gold links 22 -> 27 with the figures found and the
          # link grammars linking `380` and `остальные три` to the last figure of the sentence before)
          'written_figures30': {'status': 0.965, 'link_precision': 0.59, 'link_recall': 0.55},
          # held out for the figures themselves (value, qualifier, object) in fresh registers (a court and a police
          # year, a regional budget and taxes, athletics and futsal, a storm and a flood, the National Bank, food and
          # fuel prices, demography and labour, an expo abroad): scored once at its first run and once at the end of
          # the round that wrote it, its misses unread until then (first run at dd0c54e: FIG .954, status .987,
          # links P/R .733/.733; at the end of round figures32: FIG .960, status .987, links .733/.733; its misses,
          # read once at the end, showed one annotation mistake, mended: `двух его заместителей` left out, FIG .957 at
          # the first run's code and .963 at the end with it)
          # (FIG .963 -> 1.000 when round figures33 read `стало меньше на 214, до 1 112` as a change and its new value,
          # `улучшен на 4 см – до 5,72 метра`, split seconds, appeal and ban terms `в течение`, `к пяти и четырем
          # годам`, and `На каждую тысячу жителей пришлось` as a rate base)
          'written_figures31': {'status': 0.98, 'link_precision': 0.72, 'link_recall': 0.72},
          # held out for the links and their status (a budget and its items, a programme by year, job fairs and their
          # participants, buses and their cost, a harvest by crop, schools, a resort, housing): written and annotated
          # before the pipeline first ran on it, scored once at its first run (dd0c54e: FIG .933, status .995, links
          # P .785 R .567) and after each rule of the round that wrote it, its misses unread (round links21: links
          # .797/.611 at the end, with the expenses' items of grammars/budgets.py; its misses, read then, mended
          # nine objects and a qualifier against the sets' conventions: FIG .933 -> .974, links .884/.635)
          'written_figures32': {'status': 0.99, 'link_precision': 0.87, 'link_recall': 0.62},
          # held out for the whole pipeline (entities in test_written_news.py), never used to write a rule; first run
          # at dd0c54e: status .974, links P 1.0 R .5 (six gold links); the same at the end of its round (news37)
          'written_news37': {'status': 0.97, 'link_precision': 0.99, 'link_recall': 0.49}}
# (articles, links at least) of the sets that are not twelve articles rich in links
SIZES = {'written_figures6': (6, 13), 'written_figures8': (10, 55), 'written_figures9': (10, 60),
         'written_figures10': (10, 35), 'written_news12': (8, 17), 'written_figures11': (8, 11),
         'written_figures12': (8, 55), 'written_news15': (8, 14), 'written_figures13': (8, 59),
         'written_figures14': (8, 42), 'written_figures15': (8, 21), 'written_figures16': (8, 55),
         'written_figures17': (8, 13), 'written_figures18': (8, 21), 'written_figures19': (8, 55),
         'written_figures20': (8, 12), 'written_figures21': (8, 20),
         'written_figures22': (6, 15), 'written_figures23': (8, 35), 'written_figures24': (6, 15),
         'written_figures25': (6, 10), 'written_figures26': (8, 45), 'written_figures27': (6, 3),
         'written_figures28': (6, 9), 'written_figures29': (8, 20), 'written_news36': (8, 12),
         'written_figures30': (8, 28), 'written_figures31': (8, 15), 'written_figures32': (8, 95),
         'written_news37': (8, 6)}
UNIT_OBJECT = {'%': 'процент', 'KZT': 'тенге', 'USD': 'доллар', 'EUR': 'евро', 'RUB': 'рубль', 'CNY': 'юань'}


def fold(text):
    return ' '.join((text or '').replace('ё', 'е').lower().split())


def span_keys(figure):
    """The (value, qualifier, object) keys a figure span matches, a range as its two ends."""
    noun = fold(figure.get('object') or UNIT_OBJECT.get(figure.get('unit') or '', ''))
    if figure.get('value_max') is not None:
        return {(float(figure['value']), 'more', noun), (float(figure['value_max']), 'less', noun)}
    return {(float(figure['value']), figure['qualifier'], noun)}


def gold_keys(figure):
    key = (float(figure['value']), figure['qualifier'], fold(figure['object']))
    return [key, (key[0], key[1], key[2].split()[-1])] if ' ' in key[2] else [key]


def score_document(spans, figures, counts):
    """Add one document's status and link counts to `counts`."""
    predicted = [span._.figure for span in spans]
    keys = {}
    for index, figure in enumerate(figures):
        for key in gold_keys(figure):
            keys.setdefault(key, []).append(index)
    hit = {}
    for key in sorted(set().union(*map(span_keys, predicted)) if predicted else ()):
        free = [index for index in keys.get(key, []) if index not in hit]
        if free:
            hit[free[0]] = key
    found = {index: [number for number, figure in enumerate(predicted) if key in span_keys(figure)]
             for index, key in hit.items()}
    for index, numbers in found.items():
        gold = figures[index]
        counts['status_n'] += 1
        counts['status_ok'] += any(predicted[number]['status'] == gold['status'] for number in numbers)
        for link, column in (('part_of', 'part_of'), ('with', 'with_')):
            if link in gold:
                counts['gold'] += 1
                targets = set(found.get(gold[link], []))
                counts['right'] += any(predicted[number][column] in targets for number in numbers)
    counts['predicted'] += sum((figure['part_of'] is not None) + (figure['with_'] is not None)
                               for figure in predicted)


@pytest.fixture(scope='module')
def scores(figures_nlp):
    """{set name: {measure: score}} for each written set."""
    return {name: score_set(figures_nlp, DATA / name) for name in FLOORS}


def score_set(figures_nlp, folder):
    gold = json.loads((folder / 'gold.json').read_text(encoding='utf-8'))['documents']
    counts = dict.fromkeys(('status_n', 'status_ok', 'gold', 'right', 'predicted'), 0)
    for document in gold:
        doc = figures_nlp((folder / f'{document["doc_id"]}.txt').read_text(encoding='utf-8'))
        score_document(list(doc.spans['figures']), document['figures'], counts)
    result = {'status': counts['status_ok'] / counts['status_n'],
              'link_precision': counts['right'] / counts['predicted'],
              'link_recall': counts['right'] / counts['gold']}
    print(f'\n{folder.name}:', {name: round(number, 3) for name, number in result.items()}, counts)
    return result


@pytest.mark.parametrize('name', sorted(FLOORS))
def test_the_set_is_twelve_annotated_articles(name):
    folder = DATA / name
    articles, links = SIZES.get(name, (12, 80))
    gold = json.loads((folder / 'gold.json').read_text(encoding='utf-8'))['documents']
    assert len(gold) == articles
    assert all((folder / f'{document["doc_id"]}.txt').exists() for document in gold)
    assert sum('part_of' in figure or 'with' in figure for document in gold for figure in document['figures']) >= links


@pytest.mark.parametrize('name, measure', [(name, measure) for name in sorted(FLOORS)
                                           for measure in sorted(FLOORS[name])])
def test_written_figures_stay_above_their_floor(scores, name, measure):
    assert scores[name][measure] >= FLOORS[name][measure], scores[name]


def test_a_wrong_link_is_counted():
    """The scorer itself: a link to the wrong figure is made, not right; a missing status is wrong."""
    class Span:
        def __init__(self, **figure):
            self._ = type('Extension', (), {'figure': figure})()
    spans = [Span(value=10, qualifier='exact', object='школа', status='actual', part_of=None, with_=None),
             Span(value=4, qualifier='exact', object='школа', status='target', part_of=None, with_=0)]
    figures = [{'value': 10, 'qualifier': 'exact', 'object': 'школа', 'status': 'actual'},
               {'value': 4, 'qualifier': 'exact', 'object': 'школа', 'status': 'actual', 'part_of': 0}]
    counts = dict.fromkeys(('status_n', 'status_ok', 'gold', 'right', 'predicted'), 0)
    score_document(spans, figures, counts)
    assert counts == {'status_n': 2, 'status_ok': 1, 'gold': 1, 'right': 0, 'predicted': 1}
