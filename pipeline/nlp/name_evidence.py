"""The evidence of a document's other names for the reading of one (`names.choose_reading`): the
nominative words of its names, each weighed by the name it comes from (a full name counts more than a
word alone, a name sharing a word with this one more still).
"""

from pipeline.nlp.name_parts import is_initial

# per word, besides the weight of a document's word (names.EVIDENCE_WEIGHT): a word of a name that
# shares a word with this one (`Асией Нури` -> `Асия Нури` makes `Асию Нури` the same woman in the
# accusative, not a man `Асий` in the dative)
LINKED_WEIGHT = 1.5


def collect_evidence(names):
    """form -> weight: the words of a document's names, in the nominative
    (1.0 from a full name, 0.5 from a single word)."""
    return Evidence(names).without(None)


class Evidence:
    """The nominative words of a document's names; `without(index)` is the
    evidence for name `index` (the others only), in time linear in the names."""

    def __init__(self, names):
        self.names = [[word.lower() for word in words if not is_initial(word)] for words in names]
        # form -> the indexes of the names with that word
        self.holders = {}
        for index, words in enumerate(self.names):
            for word in words:
                self.holders.setdefault(word, set()).add(index)
        # the words of the full names: what a word alone is linked to (`without`), gathered once
        self.full_words = frozenset(word for words in self.names if len(words) > 1 for word in words)
        # form -> the two best (weight, index) of distinct names
        self.best = {}
        for index, words in enumerate(names):
            weight = 1.0 if len(words) > 1 else 0.5
            for word in words:
                if is_initial(word):
                    continue
                entries = self.best.setdefault(word.lower(), [])
                if any(other == index for _, other in entries):
                    continue
                entries.append((weight, index))
                entries.sort(key=lambda entry: -entry[0])
                del entries[2:]

    def without(self, index):
        linked = set()
        if index is not None and len(self.names[index]) > 1:
            # the full names sharing a word with this one: the same person, most likely
            others = set().union(*(self.holders.get(word, set()) for word in self.names[index])) - {index}
            linked = {word for other in others if len(self.names[other]) > 1 for word in self.names[other]}
        elif index is not None and len(self.names[index]) == 1:
            # a word alone (`Раджу поддержал кабинет`) names a person the document has named in full
            # (`Сикандар Али Раджа`): the words of its full names count as a linked name's
            linked = self.full_words
        return ExcludingEvidence(self.best, index, linked)


class ExcludingEvidence:
    """A read-only form -> weight mapping leaving one name out."""

    def __init__(self, best, index, linked=frozenset()):
        self.best, self.index, self.linked = best, index, linked

    def get(self, form, default=0.0):
        for weight, index in self.best.get(form, ()):
            if index != self.index:
                return weight + (LINKED_WEIGHT if form in self.linked else 0.0)
        return default

    def __bool__(self):
        return bool(self.best)
