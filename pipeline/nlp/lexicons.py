"""The word lists the stages read, each loaded once per file: those of models/
and natasha's first names.

A stage takes the file name from its config (`positions = "positions.txt"`),
resolves it with `resources.resolve_model_path` when it is built and passes the
loaded list to the functions that need it. The cache keeps one copy per file
however many stages (`repair` and `assign_roles` both read positions.txt) or
pipelines read it; the lists are frozensets, so functions cached per word can
take them as an argument.
"""

from functools import lru_cache

# the kinds of organisation a name follows, in the lexicon because the repair rules and the case
# of a mention (mention_case.py) both read them:
# партия «Ауыл», АО «АгромашХолдинг KZ», корпорация «Восток-Молоко»
ORG_HEADS = frozenset('''
партия коалиция общество объединение движение ассоциация союз фонд
компания корпорация холдинг концерн группа банк завод комбинат предприятие
фабрика лаборатория мастерская центр клуб театр музей университет институт
академия колледж школа лицей газета журнал агентство телеканал радио издание
портал сайт форум фракция организация федерация команда филиал палата
еженедельник ежедневник радиостанция телекомпания киностудия студия
издательство группировка ансамбль оркестр хор
авиакомпания госкорпорация нацкомпания агрофирма
ао тоо оао зао пао ооо ано ип оо роо оюл нао гкп ргп гуп фгуп муп нп уп
гу кгу ргу кгп гккп ргкп пхв
ик ук фк хк пк ска иа мия риа ртр тк
'''.split())


def entries(path):
    """The non-empty lines of a list, `#` comments dropped."""
    lines = (line.split('#')[0].strip() for line in path.read_text(encoding='utf-8').splitlines())
    return [line for line in lines if line]


@lru_cache(maxsize=None)
def position_lemmas(path):
    """Lemmas of positions and titles (`аким`, `спикер`), one a line."""
    return frozenset(line.lower() for line in entries(path))


@lru_cache(maxsize=None)
def masculine_nouns(path):
    """Lemmas of the masculine nouns in a `lemma<TAB>gender` list (`маслихат`,
    `акимат`: institution words pymorphy3 does not know or guesses wrong)."""
    nouns = {}
    for line in entries(path):
        word, gender = line.split('\t')[:2]
        nouns[word.strip()] = gender.strip()
    return frozenset(word for word, gender in nouns.items() if gender == 'masc')


@lru_cache(maxsize=1)
def first_names():
    """natasha's list of first names (lower case), shipped in its wheel."""
    from importlib.resources import files
    text = files('natasha.data').joinpath('dict/first.txt').read_text(encoding='utf-8')
    return frozenset(line.split('#')[0].strip() for line in text.splitlines() if line.strip())
