"""Person names: nominative forms with gender kept, first/middle/last."""

import pytest

from pipeline.nlp.name_parts import split_name

from pipeline.nlp.name_evidence import collect_evidence
from pipeline.nlp.names import person_normal, shape_like

# inflected name -> nominative, without context
NOMINATIVES = [
    # Kazakh names, both genders, patronymics -улы/-кызы/-евич
    ('Алмы Карашкызы', 'Алма Карашкызы'),
    ('Алмой Карашкызы', 'Алма Карашкызы'),
    ('Алму Карашкызы', 'Алма Карашкызы'),
    ('Касым-Жомартом Токаевым', 'Касым-Жомарт Токаев'),
    ('Касым-Жомарта Кемелевича Токаева', 'Касым-Жомарт Кемелевич Токаев'),
    ('Касым-Жомарту Кемелулы Токаеву', 'Касым-Жомарт Кемелулы Токаев'),
    ('Касым-Жомартом Кемелулы Токаевым', 'Касым-Жомарт Кемелулы Токаев'),
    ('Маулена Ашимбаева', 'Маулен Ашимбаев'),
    ('Мауленом Ашимбаевым', 'Маулен Ашимбаев'),
    ('Есета Байкена', 'Есет Байкен'),
    ('Есету Байкену', 'Есет Байкен'),
    ('Ермаганбета Булекпаева', 'Ермаганбет Булекпаев'),
    ('Ермаганбетом Булекпаевым', 'Ермаганбет Булекпаев'),
    ('Рауана Кенжеханулы', 'Рауан Кенжеханулы'),
    ('Рауану Кенжеханулы', 'Рауан Кенжеханулы'),
    ('Табигата Зейнулкабдена', 'Табигат Зейнулкабден'),
    ('Ерлана Кошанова', 'Ерлан Кошанов'),
    ('Шахмардана Усенкула', 'Шахмардан Усенкул'),
    ('Нурсултана Абишевича Назарбаева', 'Нурсултан Абишевич Назарбаев'),
    ('Динары Шукижановой', 'Динара Шукижанова'),
    ('Динаре Шукижановой', 'Динара Шукижанова'),
    ('Динару Шукижанову', 'Динара Шукижанова'),
    ('Динарой Шукижановой', 'Динара Шукижанова'),
    ('Дариги Назарбаевой', 'Дарига Назарбаева'),
    ('Асель Жанбуршиной', 'Асель Жанбуршина'),
    # a woman's consonant-final surname does not decline
    ('Унзилы Шапак', 'Унзила Шапак'),
    # Russian names, ё kept where written
    ('Сергея Пономарёва', 'Сергей Пономарёв'),
    ('Сергею Пономарёву', 'Сергей Пономарёв'),
    ('Сергея Пономарева', 'Сергей Пономарев'),
    ('Ивана Ивановича Петрова', 'Иван Иванович Петров'),
    ('Марии Ивановны Сидоровой', 'Мария Ивановна Сидорова'),
    # hyphenated first names and surnames
    ('Анны Петровой-Водкиной', 'Анна Петрова-Водкина'),
    ('Кузьмы Петрова-Водкина', 'Кузьма Петров-Водкин'),
    ('Анну-Марию Ивановну', 'Анна-Мария Ивановна'),
    ('Жан-Поля Сартра', 'Жан-Поль Сартр'),
    # both parts of a hyphenated first name decline when the first is no form of the case as written
    ('Ханса-Петера Фогта', 'Ханс-Петер Фогт'),
    ('Хансом-Петером Вебером', 'Ханс-Петер Вебер'),
    ('Ханса-Петера Бауэра', 'Ханс-Петер Бауэр'),
    ('Анной-Марией Штольц', 'Анна-Мария Штольц'),
    # ... and not where the first part is kept in that case (`Жан-Клода`) or already nominative
    ('Жан-Клода Юнкера', 'Жан-Клод Юнкер'),
    ('Ханс-Петер Фогт', 'Ханс-Петер Фогт'),
    ('Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'),
    # surnames that decline as adjectives
    ('Юрию Долгорукому', 'Юрий Долгорукий'),
    ('Льва Толстого', 'Лев Толстой'),
    ('Татьяны Толстой', 'Татьяна Толстая'),
    # initials
    ('А. Амиртаеву', 'А. Амиртаев'),
    ('Н. А. Назарбаева', 'Н. А. Назарбаев'),
    # foreign names: apostrophes, indeclinable surnames
    ("Майкла О'Лири", "Майкл О'Лири"),
    ('Майклом О’Лири', 'Майкл О’Лири'),
    ('Али Галыма', 'Али Галым'),
    ('Кенни Джейкобса', 'Кенни Джейкобс'),
    # a surname in -ию alone shows no case: kept as written (the context decides)
    ('Пабло Сорию', 'Пабло Сорию'),
    # a man's name or surname in -а declines like a woman's (-ой, -у, -ы)
    ('Игорем Гайдамакой', 'Игорь Гайдамака'),
    # a Russian-pattern surname in -ы is a family's plural, not a genitive of an -а name
    ('Ивановы', 'Ивановы'),
    ('Петровы', 'Петровы'),
    # already nominative
    ('Алма Карашкызы', 'Алма Карашкызы'),
    ('Унзила Шапак', 'Унзила Шапак'),
    ('Динара Шукижанова', 'Динара Шукижанова'),
    ('Маулен Ашимбаев', 'Маулен Ашимбаев'),
]


@pytest.mark.parametrize('text, expected', NOMINATIVES)
def test_nominative(text, expected):
    assert ' '.join(person_normal(text.split())) == expected


# (name, context cases, other names in the document) -> nominative
IN_CONTEXT = [
    # `координатора переговоров Кирана Мулви`: genitive or accusative
    ('Кирана Мулви', {'gent': 0.6, 'accs': 0.6, 'nomn': -0.6}, [], 'Киран Мулви'),
    # `пилот Яуке Шрале`: nominative; no preposition, so no locative
    ('Яуке Шрале', {'nomn': 0.6, 'loct': -0.6}, [], 'Яуке Шрале'),
    # masculine dative or feminine accusative: the document has `Маулен Ашимбаев`
    ('Маулену Ашимбаеву', None, ['Маулен Ашимбаев'], 'Маулен Ашимбаев'),
    ('Ашимбаеву', None, ['Маулен Ашимбаев'], 'Ашимбаев'),
    ('Ашимбаевой', None, ['Айгерим Ашимбаева'], 'Ашимбаева'),
    # ... or `Мади Мырзагараев`
    ('Мади Мырзагараева', None, ['Мади Мырзагараев'], 'Мади Мырзагараев'),
    ('А. Амиртаева', None, ['Азат Амиртаев'], 'А. Амиртаев'),
    # a first name pymorphy3 does not know declines in -а in every case; a surname
    # in -у or -о after it does not decline
    ('Тамиры Окхарт', {'gent': 0.6, 'accs': 0.6, 'nomn': -0.6}, [], 'Тамира Окхарт'),
    ('Лейны Бекету', {'gent': 0.6, 'accs': 0.6, 'nomn': -0.6}, [], 'Лейна Бекету'),
    ('Зулейкой Марло', {'ablt': 0.6}, [], 'Зулейка Марло'),
]


@pytest.mark.parametrize('text, cases, others, expected', IN_CONTEXT)
def test_nominative_in_context(text, cases, others, expected):
    evidence = collect_evidence([other.split() for other in others])
    assert ' '.join(person_normal(text.split(), cases, evidence)) == expected


SPLITS = [
    ('Маулен Ашимбаев', ('Маулен', None, 'Ашимбаев')),
    ('Касым-Жомарт Кемелевич Токаев', ('Касым-Жомарт', 'Кемелевич', 'Токаев')),
    ('Касым-Жомарт Кемелулы Токаев', ('Касым-Жомарт', 'Кемелулы', 'Токаев')),
    ('Рауан Кенжеханулы', ('Рауан', None, 'Кенжеханулы')),
    ('Токаев Касым-Жомарт', ('Касым-Жомарт', None, 'Токаев')),
    ('Чуприн Мартын Святославович', ('Мартын', 'Святославович', 'Чуприн')),
    ('Илья Васильевич', ('Илья', 'Васильевич', None)),
    ('Виктор Янукович', ('Виктор', None, 'Янукович')),
    ('Роман Абрамович', ('Роман', None, 'Абрамович')),
    ('Токаев', (None, None, 'Токаев')),
    ('Абай', ('Абай', None, None)),
    # a first name of the list, though shaped as a surname (-ина)
    ('Мадина', ('Мадина', None, None)),
    # a Chinese or Korean surname before the given name; a Korean surname in a Russian list too
    ('Ху Цзиньтао', ('Цзиньтао', None, 'Ху')),
    ('Кима Чен Ира', ('Чен', 'Ира', 'Кима')),
    ('Ким Виктор Сергеевич', ('Виктор', 'Сергеевич', 'Ким')),
    # a first name in -ин that no reading makes a surname keeps its place; a surname in -ин goes last
    ('Мухсин Ахмад', ('Мухсин', None, 'Ахмад')),
    ('Мохсин Хан', ('Мохсин', None, 'Хан')),
    ('Есенин Сергей', ('Сергей', None, 'Есенин')),
    ('Кадырбекин Ерлан', ('Ерлан', None, 'Кадырбекин')),
    # a particle opens the surname
    ('Марин Ле Пен', ('Марин', None, 'Ле Пен')),
    ('Шарль де Голль', ('Шарль', None, 'де Голль')),
]


@pytest.mark.parametrize('name, parts', SPLITS)
def test_split_name(name, parts):
    assert split_name(name.split()) == parts


@pytest.mark.parametrize('form, original, expected', [
    ('касым-жомарт', 'Касым-Жомартом', 'Касым-Жомарт'),
    ("о'лири", "О'Лири", "О'Лири"),
    ('о’лири', 'О’лири', 'О’лири'),
    ('токаев', 'ТОКАЕВА', 'ТОКАЕВ'),
])
def test_shape_like(form, original, expected):
    assert shape_like(form, original) == expected


# a surname alone after the full name the document gave it: the full name's nominative, not the
# dictionary's man's name the word is a dative of (`Вахиду` of `Вахид`); a Russian surname stays his
LONE_AFTER_FULL = [
    ('Бадр Али Вахида', 'Вахиду', 'Вахида'),
    ('Фейсал Карим Шарифа', 'Шарифу', 'Шарифа'),
    ('Иван Петров', 'Петрову', 'Петров'),
    ('Айгуль Сапарова', 'Сапаровой', 'Сапарова'),
]


@pytest.mark.parametrize('full, alone, expected', LONE_AFTER_FULL)
def test_lone_word_after_full_name(full, alone, expected):
    from pipeline.nlp.name_evidence import Evidence
    evidence = Evidence([full.split(), [alone]]).without(1)
    assert person_normal([alone], {'loct': -2.0}, evidence) == [expected]
