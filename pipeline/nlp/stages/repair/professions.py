"""A compound of two professions written with a hyphen is a role, never a name:
`Режиссёр-постановщик Эдуард Ли`, `Врач-терапевт`, `Тренер-преподаватель` (a double surname,
`Пак-Ким`, `Римский-Корсаков`, `Мамин-Сибиряк`, has a part that is a name or no animate noun)."""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.spans import NAME_TAGS


def is_person_noun(word):
    """`режиссёр`, `постановщик`: every reading of the word pymorphy3 knows, and one an animate
    common noun, none a name."""
    parses = parse(word)[:3]
    return bool(parses) and all(parsed.is_known for parsed in parses) \
        and any(parsed.tag.POS == 'NOUN' and parsed.tag.animacy == 'anim' for parsed in parses) \
        and not any(tag in parsed.tag for parsed in parses for tag in NAME_TAGS)


def is_profession_compound(text):
    """`Режиссёр-постановщик`, `Врач-терапевт`: two animate common nouns joined by a hyphen."""
    parts = text.lower().split('-')
    return len(parts) == 2 and all(len(part) > 2 and is_person_noun(part) for part in parts)
