"""How a mention's type weighs pymorphy3's readings of its head noun: a place prefers a geographical
reading (`Львова` -> Львов, not the surname), an organisation an organisation's; both avoid a
person's name."""

# per label: parse grammeme -> score adjustment of a head-noun reading
LABEL_PREFERENCES = {
    'LOC': {'Geox': 1.0, 'Name': -0.5, 'Surn': -0.5, 'Patr': -0.5},
    'ORG': {'Orgn': 0.5, 'Name': -0.5, 'Surn': -0.5, 'Patr': -0.5},
}
# a word written in lower case is a common noun: its place-name reading is the less likely one
# (`у Кольсайских озер` are lakes, not the town Озёры)
LOWER_GEOX = -0.1


def label_preference(parsed, label, written=''):
    """The score a reading `parsed` gains from the mention's `label`, for the head word `written` as the
    text has it; none for a reading from the stage's noun list (no tag)."""
    tag = getattr(parsed, 'tag', None)
    if tag is None:
        return 0.0
    preferences = LABEL_PREFERENCES.get(label, {})
    if written[:1].islower() and 'Geox' in preferences:
        preferences = {**preferences, 'Geox': LOWER_GEOX}
    return sum(value for grammeme, value in preferences.items() if grammeme in tag.grammemes)
