"""Fine-tuning slovnet's news NER (navec + CNN + CRF) on the tune part of the pooled gold.

    pip install -e ".[train]"     # torch, CPU build; the pipeline itself never needs it
    python -m pipeline.training.slovnet_tune --seed 13      # models/slovnet_tuned.npz

The stock weights (natasha's wheel) are loaded into slovnet's own torch model
(`slovnet.model.tag.NER`, the code slovnet was trained with), so training starts
from the model the `recognize` stage runs today. The documents
(`pipeline/training/gold.py`: NEREL train and dev, factRuEval devset, BSNLP, the
tune part, mapped to PER/ORG/LOC) go through the pipeline's `segment` stage and
are cut into the paragraphs of razdel tokens `recognize` feeds the model, with
Kazakh letters folded as there; labels are the gold spans as BIO tags.

What is trained: the three convs, the shape embedding, the projection and the
CRF transitions. The navec table stays frozen (it is shared with natasha), and
so does batch-norm (statistics and affine): it runs in eval mode, so a batch of
short paragraphs cannot shift it, and its scales stay positive, which
`FastNER` folds into the convs. Only the arrays that change are written, in the
exec layout `fastnet.apply_weights` injects (a few MB).

Deterministic given the seed and the epochs: the order of the batches comes from
the seed, torch's state too, and the CPU kernels run deterministic on a fixed
number of threads. `--max-minutes` is a safety for a slow machine: it stops
before an epoch that would pass it, and says so (then the weights depend on
the machine's speed; the card records the epochs run).
"""

import argparse
import os

os.environ.setdefault('OPENBLAS_NUM_THREADS', '2')  # before numpy loads: the machine is shared
import random
import time
from pathlib import Path

import numpy as np

from pipeline.training.gold import add_gold_arguments, token_labels, training_documents

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent.parent / 'models' / 'slovnet_tuned.npz'
# longer paragraphs are cut into pieces of this many tokens for training (the
# CRF's forward pass is a Python loop over positions); the conv sees 3 tokens
# each side, so a cut costs a little context at its two ends only
MAX_LENGTH = 96
BATCH = 32
LEARNING_RATE = 1e-4
EPOCHS = 4
MAX_MINUTES = 15
THREADS = 2
# the exec-model arrays training changes (names are attribute paths of slovnet's exec NER)
TRAINED = ['emb.shape.weight'] + [f'encoder.layers.{index}.conv.{name}' for index in range(3)
                                  for name in ('weight', 'bias')] + [
    'head.proj.weight', 'head.proj.bias', 'head.crf.transitions']


def torch_model(ner):
    """slovnet's torch NER with the arrays of the exec model `ner.infer.model` (navec injected)."""
    import torch
    from slovnet.model.emb import Embedding, PQEmbedding, WordShapeEmbedding
    from slovnet.model.tag import NER, NERHead, TagEncoder

    model = ner.infer.model
    navec = model.emb.word
    # copies: the pack's arrays are read-only, torch wants writable ones
    word = PQEmbedding(torch.from_numpy(np.array(navec.indexes.array)), torch.from_numpy(np.array(navec.codes.array)))
    shapes = model.emb.shape.weight.array
    shape = Embedding(shapes.shape[0], shapes.shape[1], ner.infer.encoder.shapes_vocab.pad_id)
    emb = WordShapeEmbedding(word, shape)
    layers = model.encoder.layers
    encoder = TagEncoder(emb.dim, [layer.conv.weight.shape[0] for layer in layers], layers[0].conv.weight.shape[2])
    proj = model.head.proj.weight.array
    head = NERHead(proj.shape[0], proj.shape[1])
    result = NER(emb, encoder, head)
    with torch.no_grad():
        shape.weight.copy_(torch.tensor(shapes))
        for source, target in zip(layers, encoder.layers):
            target.conv.weight.copy_(torch.tensor(source.conv.weight.array))
            target.conv.bias.copy_(torch.tensor(source.conv.bias.array))
            norm = target.norm
            norm.weight.copy_(torch.tensor(source.norm.weight.array))
            norm.bias.copy_(torch.tensor(source.norm.bias.array))
            norm.running_mean.copy_(torch.tensor(source.norm.mean.array))
            # the exec model keeps sqrt(var + eps)
            norm.running_var.copy_(torch.tensor(source.norm.std.array) ** 2 - norm.eps)
        head.proj.weight.copy_(torch.tensor(proj.T))  # exec Linear is x @ W, torch's x @ W.T
        head.proj.bias.copy_(torch.tensor(model.head.proj.bias.array))
        head.crf.transitions.copy_(torch.tensor(model.head.crf.transitions.array))
    return result


def exec_arrays(model):
    """The trained arrays of the torch model, named and laid out as in the exec model."""
    arrays = {'emb.shape.weight': model.emb.shape.weight}
    for index, layer in enumerate(model.encoder.layers):
        arrays[f'encoder.layers.{index}.conv.weight'] = layer.conv.weight
        arrays[f'encoder.layers.{index}.conv.bias'] = layer.conv.bias
    arrays['head.proj.weight'] = model.head.proj.weight.T
    arrays['head.proj.bias'] = model.head.proj.bias
    arrays['head.crf.transitions'] = model.head.crf.transitions
    return {name: np.ascontiguousarray(value.detach().numpy().astype(np.float32)) for name, value in arrays.items()}


def torch_tags(model, ner, sequences):
    """BIO tags of token sequences by the torch model (eval mode), for checking it against the exec one."""
    import torch

    model.eval()
    items = [ner.infer.encoder.item(words) for words in sequences]
    tags = ner.infer.decoder.tags_vocab.items
    results = []
    with torch.no_grad():
        for word_ids, shape_ids in items:
            emissions = model(torch.tensor([word_ids]), torch.tensor([shape_ids]))
            path = model.head.crf.decode(emissions)[0]
            results.append([tags[int(tag)] for tag in path])
    return results


def sequences(docs, ner):
    """(word ids, shape ids, tag ids) of each paragraph piece of each gold document, as `recognize` cuts them."""
    from pipeline.nlp.kazakh import fold
    from pipeline.nlp.language import load, read_config
    from pipeline.nlp.stages.recognize import paragraph_tokens

    names = read_config()['nlp']['pipeline']
    nlp = load(disable=[name for name in names if name != 'segment'])
    tag_ids = {tag: index for index, tag in enumerate(ner.infer.decoder.tags_vocab.items)}
    found = []
    for gold, doc in zip(docs, nlp.pipe(gold.text for gold in docs)):
        for group in paragraph_tokens(doc):
            labels = token_labels(doc, group, gold.spans)
            for begin in range(0, len(group), MAX_LENGTH):
                words = [fold(doc[index].text) for index in group[begin:begin + MAX_LENGTH]]
                word_ids, shape_ids = ner.infer.encoder.item(words)
                found.append((word_ids, shape_ids, [tag_ids[label] for label in labels[begin:begin + MAX_LENGTH]]))
    return found


def batches(items, seed, epoch):
    """Batches of similar length (little padding), in an order fixed by the seed and the epoch."""
    order = sorted(range(len(items)), key=lambda index: len(items[index][0]))
    groups = [order[begin:begin + BATCH] for begin in range(0, len(order), BATCH)]
    random.Random(seed * 1000 + epoch).shuffle(groups)
    return groups


def tensors(items, indexes, pad_id):
    import torch

    length = max(len(items[index][0]) for index in indexes)
    word = torch.full((len(indexes), length), pad_id, dtype=torch.long)
    shape = torch.zeros((len(indexes), length), dtype=torch.long)
    tags = torch.zeros((len(indexes), length), dtype=torch.long)
    for row, index in enumerate(indexes):
        word_ids, shape_ids, tag_ids = items[index]
        word[row, :len(word_ids)] = torch.tensor(word_ids)
        shape[row, :len(shape_ids)] = torch.tensor(shape_ids)
        tags[row, :len(tag_ids)] = torch.tensor(tag_ids)
    return word, shape, tags, word == pad_id


def train(docs, output, seed=13, epochs=EPOCHS, lr=LEARNING_RATE, max_minutes=MAX_MINUTES, log=print):
    """Fine-tune on the gold documents and write the changed arrays to `output`; returns the epochs run."""
    import torch

    from pipeline.nlp.stages.recognize import load_slovnet_ner

    torch.manual_seed(seed)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    ner = load_slovnet_ner()
    started = time.perf_counter()
    items = [item for item in sequences(docs, ner) if item[0]]
    log(f'{len(docs)} documents, {len(items)} sequences, {sum(len(item[0]) for item in items)} tokens '
        f'in {time.perf_counter() - started:.0f}s')
    model = torch_model(ner)
    for norm in (layer.norm for layer in model.encoder.layers):
        for parameter in norm.parameters():
            parameter.requires_grad = False
    trained = [parameter for parameter in model.parameters() if parameter.requires_grad]
    optimizer = torch.optim.Adam(trained, lr=lr)
    pad_id = ner.infer.encoder.words_vocab.pad_id
    started = time.perf_counter()
    done = 0
    for epoch in range(epochs):
        model.train()
        for norm in (layer.norm for layer in model.encoder.layers):
            norm.eval()  # frozen statistics (see the module docstring)
        total, count = 0.0, 0
        for indexes in batches(items, seed, epoch):
            word, shape, tags, pad = tensors(items, indexes, pad_id)
            emissions = model(word, shape, pad)
            loss = model.head.crf(emissions, tags, ~pad)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(indexes)
            count += len(indexes)
        done = epoch + 1
        minutes = (time.perf_counter() - started) / 60
        log(f'epoch {done}: loss {total / count:.3f}, {minutes:.1f} min')
        if minutes * (done + 1) / done > max_minutes:
            log(f'stopping: another epoch would pass {max_minutes} minutes')
            break
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(output, **exec_arrays(model))
    log(f'{output} ({output.stat().st_size / 1e6:.1f} MB)')
    return done


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_gold_arguments(parser)
    parser.add_argument('--epochs', type=int, default=EPOCHS)
    parser.add_argument('--lr', type=float, default=LEARNING_RATE)
    parser.add_argument('--max-minutes', type=float, default=MAX_MINUTES)
    parser.add_argument('-o', '--output', type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    docs = training_documents(args)
    train(docs, args.output, args.seed, args.epochs, args.lr, args.max_minutes)


if __name__ == '__main__':
    main()
