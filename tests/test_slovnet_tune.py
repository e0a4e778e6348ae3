"""Fine-tuned slovnet arrays: the exec model takes them (`fastnet.apply_weights`), the torch
model built from the stock arrays tags as the exec one, and the recognize stage's `weights`."""

import numpy as np
import pytest
from test_fastnet import generated_sentences

from pipeline.nlp.fastnet import FastNER, apply_weights, exec_weight
from pipeline.training.slovnet_tune import TRAINED

SEQUENCES = [sentence.split() for sentence in generated_sentences(40, seed=5)]


@pytest.fixture(scope='module')
def stock(nlp):
    """The recognize stage's model (loading another costs seconds) and its tags."""
    ner = nlp.get_pipe('recognize').ner
    return ner, FastNER(ner).tag(SEQUENCES)


def stock_arrays(ner):
    return {name: exec_weight(ner.infer.model, name).array for name in TRAINED}


@pytest.fixture
def restored(stock, tmp_path):
    """The stock model, given back with its own arrays after the test."""
    ner = stock[0]
    np.savez(tmp_path / 'stock.npz', **stock_arrays(ner))
    yield ner
    apply_weights(ner, tmp_path / 'stock.npz')


def test_sequences_have_entities(stock):
    assert any(tag != 'O' for tags in stock[1] for tag in tags)


@pytest.mark.parametrize('change, same', [
    ({}, True),                                                 # the stock arrays written back
    ({'head.proj.bias': lambda array: array + 5 * (np.arange(len(array)) == 1)}, False),  # O favoured
])
def test_apply_weights(stock, restored, tmp_path, change, same):
    expected = stock[1]
    arrays = {name: change.get(name, lambda array: array)(array) for name, array in stock_arrays(restored).items()}
    np.savez(tmp_path / 'weights.npz', **arrays)
    tuned = apply_weights(restored, tmp_path / 'weights.npz')
    assert (FastNER(tuned).tag(SEQUENCES) == expected) is same


@pytest.mark.parametrize('name, array, error', [
    ('head.proj.bias', np.zeros(3, dtype=np.float32), ValueError),
    ('head.nothing', np.zeros(3, dtype=np.float32), AttributeError),
])
def test_apply_weights_refuses(restored, tmp_path, name, array, error):
    np.savez(tmp_path / 'bad.npz', **{name: array})
    with pytest.raises(error):
        apply_weights(restored, tmp_path / 'bad.npz')


def test_recognize_weights_setting(nlp, stock, tmp_path):
    from pipeline.nlp.stages.recognize import Recognizer

    arrays = stock_arrays(stock[0])
    arrays['head.proj.bias'] = arrays['head.proj.bias'] + 50 * (np.arange(8) == 1)  # everything O
    np.savez(tmp_path / 'weights.npz', **arrays)
    recognizer = Recognizer(nlp, 'recognize', weights=str(tmp_path / 'weights.npz'))
    doc = recognizer(nlp.get_pipe('segment')(nlp.make_doc('Маулен Ашимбаев прибыл в Астану.')))
    assert list(doc.ents) == []


def test_torch_model_tags_as_exec(stock):
    pytest.importorskip('torch')
    from pipeline.training.slovnet_tune import torch_model, torch_tags

    ner, expected = stock
    assert torch_tags(torch_model(ner), ner, SEQUENCES) == expected
