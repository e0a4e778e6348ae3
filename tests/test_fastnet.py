"""pipeline/fastnet.py gives slovnet's NER tags exactly, only faster."""

import itertools
import random

import pytest
from conftest import CORPUS

from pipeline.nlp.fastnet import FastNER
from pipeline.nlp.kazakh import fold
from pipeline.nlp.stages.recognize import paragraph_tokens

FIRST = ['Маулен', 'Касым-Жомарт', 'Анна', 'Ерлан', 'Сергей', 'Айгерим', 'Владимир']
LAST = ['Ашимбаев', 'Токаев', 'Иванова', 'Карин', 'Лавров', 'Жумабекова', 'Путин']
ORGS = ['Мажилис', 'Сенат', 'Министерство иностранных дел', 'партия «Аманат»', 'ООН', 'Газпром',
        'Национальный банк Казахстана', 'ЦИК РК']
PLACES = ['Астана', 'Усть-Каменогорск', 'Москва', 'Алматы', 'Шымкент', 'Европа', 'Туркестанская область']
VERBS = ['прибыл в', 'выступил в', 'встретился с представителями', 'заявил журналистам в', 'посетил']
OTHER = ['2026 году', '12 февраля', '5,4 млрд тенге', '300 общественных организаций', '№ 17', 'COVID-19', '—', '...']


def generated_sentences(count=120, seed=7):
    """NEREL-like news sentences from a few templates, with odd tokens mixed in."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(count):
        person = f'{rng.choice(FIRST)} {rng.choice(LAST)}'
        parts = [rng.choice(['По словам', 'Как сообщает', 'Глава', '']), rng.choice(ORGS), person,
                 rng.choice(VERBS), rng.choice(PLACES), rng.choice(OTHER), rng.choice(['.', '!', ',', ''])]
        rng.shuffle(parts[1:4])
        sentences.append(' '.join(part for part in parts if part))
    return sentences


def sequences_of(nlp, texts):
    """Token sequences exactly as the recognize stage sends them to the model."""
    sequences = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc = nlp.get_pipe('segment')(doc)
        sequences.extend([fold(doc[i].text) for i in group] for group in paragraph_tokens(doc))
    return sequences


def stock_tags(ner, sequences):
    infer = ner.infer
    return list(infer.decoder(infer.process(infer.encoder(sequences))))


@pytest.fixture(scope='module')
def recognizer(nlp):
    return nlp.get_pipe('recognize')


@pytest.fixture(scope='module')
def texts():
    seeds = [path.read_text(encoding='utf-8-sig') for path in sorted(CORPUS.glob('*.txt'))]
    return seeds + ['\n'.join(generated_sentences())]


def test_fast_runtime_is_on_by_default(recognizer):
    assert isinstance(recognizer.fast, FastNER)


def test_tags_identical_to_slovnet(nlp, recognizer, texts):
    sequences = sequences_of(nlp, texts)
    assert sum(map(len, sequences)) > 3000
    expected = stock_tags(recognizer.ner, sequences)
    assert any(tag != 'O' for tags in expected for tag in tags)
    assert recognizer.fast.tag(sequences) == expected


def test_sentence_by_sentence_identical(recognizer):
    sequences = [sentence.split() for sentence in generated_sentences(60, seed=11)]
    sequences += [['Астана'], ['.'], [], ['Маулен', 'Ашимбаев']]
    fast = recognizer.fast.tag(sequences)
    assert fast[sequences.index([])] == []
    nonempty = [sequence for sequence in sequences if sequence]
    assert [tags for tags in fast if tags] == stock_tags(recognizer.ner, nonempty)


def test_small_packs_long_sequences_and_cache_overflow(recognizer, texts, nlp):
    """Windows over a sequence longer than a pack, a tiny word cache: still the same tags."""
    sequences = sequences_of(nlp, texts[:2])
    long = list(itertools.chain.from_iterable(sequences))[:700]
    sequences = sequences + [long]
    small = FastNER(recognizer.ner, cache_rows=64, max_tokens=100)
    tags = []
    for begin in range(0, len(sequences), 3):  # the cache fills and starts again, or grows for a batch
        tags.extend(small.tag(sequences[begin:begin + 3]))
    assert tags == stock_tags(recognizer.ner, sequences)


def test_documents_get_the_same_entities(nlp, recognizer, texts):
    def entities(docs):
        return [[(span.start_char, span.end_char, span.label_, span._.rule) for span in doc.ents] for doc in docs]

    def run(texts):
        return entities(nlp.pipe(texts))

    fast = run(texts)
    saved = recognizer.fast
    recognizer.fast = None
    try:
        stock = run(texts)
    finally:
        recognizer.fast = saved
    assert fast == stock
    assert sum(map(len, fast)) > 50


@pytest.mark.parametrize('sizes, seed', [
    ([1], 0),
    ([5, 1, 3], 1),
    ([40, 40, 2, 17, 1, 1, 90], 2),
    ([300] + [3] * 70, 3),  # one long sequence among many short ones
])
@pytest.mark.parametrize('ties', [False, True])
def test_viterbi_is_slovnet_s_crf(recognizer, sizes, seed, ties):
    """The packed Viterbi gives slovnet's CRF.decode paths, ties (whole-number scores) included."""
    import numpy as np

    fast = recognizer.fast
    rng = np.random.default_rng(seed)
    tags = fast.transitions.shape[0]
    emissions = [(rng.integers(-2, 3, (size, tags)) if ties else rng.normal(0, 3, (size, tags))).astype(np.float32)
                 for size in sizes]
    crf = recognizer.ner.infer.model.head.crf
    expected = [crf.decode(array[None], np.ones((1, len(array)), dtype=bool))[0].tolist() for array in emissions]
    assert [path.tolist() for path in fast.viterbi(emissions)] == expected


@pytest.mark.parametrize('word_ids', [[0], [1, 2, 3], [250_001, 7, 7, 249_999]])
def test_vectors_are_navec_s(recognizer, word_ids):
    """One `take` from the flattened codes gives navec's own vectors (`PQ[id]`)."""
    import numpy as np

    pq = recognizer.ner.infer.model.emb.word
    expected = np.stack([pq.codes.array[np.arange(pq.codes.array.shape[0]), pq.indexes.array[id]].ravel()
                         for id in word_ids])
    assert np.array_equal(recognizer.fast.vectors(np.array(word_ids)), expected)
