"""slovnet's news NER model, run faster with the same weights and the same tags.

slovnet's numpy runtime spends its time on Conv1d: an im2col copy of every
window, one matmul over padded batches of 8, and batch-norm on strided
(transposed) arrays. Here, with the weights of the stock model:

- Time-major layout, no padding waste: every sequence of a batch is packed into
  one (tokens, channels) array with a zero row between sequences, which is
  exactly what the stock model sees (its `<pad>` embedding is zero and each
  layer zeroes padded positions), so each sequence is computed independently.
- Conv1d without the window copy: one matmul of the input with the three kernel
  taps side by side, (T, in) @ (in, 3*out), then three shifted slices added.
- Layer one from a per-token cache: the first conv is linear in the
  embedding, so each token's (navec vector @ taps + shape vector @ taps +
  bias) row is computed once and reused: the first layer is a row gather.
- Batch-norm folded at load time: it follows the ReLU, and its scale
  (weight / std) is positive in this model, so relu(x) * scale =
  relu(x * scale) goes into the conv weights and bias; what is left is one
  addition (for the last layer, folded into the projection's bias).
- CRF: slovnet's Viterbi, the same float operations, over all sequences at
  once packed by position (no padding), with vectorised backtracking.
- Encoding: (word id, shape id) cached per token string.

Emissions differ from slovnet's only by float32 rounding (summation order);
`tests/test_fastnet.py` checks that the spans are identical.
"""

from itertools import chain

import numpy as np

# a first-layer row of a token (3 taps x 256 filters, float32) is 3 KB: the
# cache is bounded (48 MB); when full, the less used half of it is dropped
TOKEN_CACHE_ROWS = 16384
# packed tokens per forward pass (memory: about 3 KB per token at the widest layer)
MAX_TOKENS = 8192
# receptive field of the three kernel-3 convs: 3 tokens each side
MARGIN = 3


def exec_weight(model, name):
    """The Weight of slovnet's exec model at an attribute path (`encoder.layers.0.conv.weight`)."""
    target = model
    for part in name.split('.'):
        target = target[int(part)] if part.isdigit() else getattr(target, part)
    return target


def apply_weights(ner, path):
    """Replace arrays of slovnet's exec NER model with fine-tuned ones (an .npz of
    `pipeline/training/slovnet_tune.py`, keys such as `encoder.layers.0.conv.weight`)."""
    model = ner.infer.model
    with np.load(path) as arrays:
        for name in arrays.files:
            target = exec_weight(model, name)
            array = arrays[name]
            if target.array.shape != array.shape:
                raise ValueError(f'{path}: {name} has shape {array.shape}, the model {target.array.shape}')
            target.array = array.astype(target.array.dtype)
    return ner


class FastNER:
    """Tags token sequences like slovnet's NER `infer`, faster.

    >>> fast = FastNER(load_slovnet_ner())
    >>> fast.tag([['Маулен', 'Ашимбаев', 'прибыл', 'в', 'Астану']])
    [['B-PER', 'I-PER', 'O', 'O', 'B-LOC']]
    """

    def __init__(self, ner, cache_rows=TOKEN_CACHE_ROWS, max_tokens=MAX_TOKENS):
        from slovnet.shape import word_shape

        infer = ner.infer
        model = infer.model
        self.word_shape = word_shape
        self.words_vocab = infer.encoder.words_vocab
        self.shapes_vocab = infer.encoder.shapes_vocab
        self.tags = list(infer.decoder.tags_vocab.items)
        self.max_tokens = max(max_tokens, 4 * MARGIN + 2)

        navec = model.emb.word
        self.navec_indexes = navec.indexes.array
        # navec's product-quantised vectors: codes (qdims, centroids, dims per qdim) and each word's
        # centroid per qdim; a word's vector is its centroids' rows side by side. The codes as one
        # (qdims * centroids, dims) table: one `take` of rows qdim * centroids + centroid gathers
        # the vectors of 1,500 words in a quarter of the time of indexing with two arrays
        codes = navec.codes.array
        self.navec_table = codes.reshape(-1, codes.shape[2])
        self.navec_bases = np.arange(codes.shape[0]) * codes.shape[1]
        word_dim = navec.dim

        layers = model.encoder.layers
        self.layers = []
        for layer in layers:
            conv, norm = layer.conv, layer.norm
            if conv.padding != 1 or conv.weight.shape[2] != 3:
                raise ValueError('FastNER expects kernel-3 convs with padding 1')
            scale = norm.weight.array / norm.std.array
            if not (scale > 0).all():
                raise ValueError('FastNER folds batch-norm scales, which must be positive')
            self.layers.append({
                'taps': np.ascontiguousarray(self.taps(conv.weight.array * scale[:, None, None])),
                'bias': conv.bias.array * scale, 'out': conv.weight.shape[0],
                'shift': norm.bias.array - norm.mean.array * scale,
            })
        first = self.layers[0]
        taps = first['taps']
        self.first_word = np.ascontiguousarray(taps[:word_dim])
        # the shape part of the first layer, with its bias in the middle tap (added once per position)
        shapes = model.emb.shape.weight.array
        out = first['out']
        self.shape_rows = shapes @ taps[word_dim:]
        self.shape_rows[:, out:2 * out] += first['bias']
        proj = model.head.proj
        last = self.layers[-1]
        self.proj_weight = proj.weight.array
        self.proj_bias = proj.bias.array + last['shift'] @ proj.weight.array
        self.transitions = model.head.crf.transitions.array

        # token -> row of the first-layer cache; row 0 is the zero row of separators. The cache
        # holds each tap's rows apart, (3, rows, out): `emissions` gathers the rows of one tap at a
        # time straight into the layer's output, where one gather of whole (3 * out) rows and
        # adding its strided thirds took a third longer
        self.cache_rows = max(16, cache_rows)
        self.rows = np.zeros((3, self.cache_rows, out), dtype=taps.dtype)
        self.uses = np.zeros(self.cache_rows, dtype=np.int64)
        self.slots = {}
        # rows freed by `evict`, reused first, and the first row never used: the live rows and the
        # free ones are rows 1 .. top - 1
        self.free = np.zeros(0, dtype=np.int64)
        self.top = 1

    @staticmethod
    def taps(weight):
        """(out, in, 3) conv weight -> (in, 3*out): the three taps side by side."""
        return np.concatenate([weight[:, :, tap].T for tap in range(weight.shape[2])], axis=1)

    # encoding and the first layer

    def slots_of(self, sequences):
        """First-layer cache rows of the tokens of each sequence (computing missing ones)."""
        missing = {word: None for words in sequences for word in words if word not in self.slots}
        if len(self.slots) + len(missing) + 1 > self.cache_rows:
            batch = {word: None for words in sequences for word in words}
            self.evict(len(batch))
            missing = {word: None for word in batch if word not in self.slots}
            if len(self.slots) + len(missing) + 1 > self.cache_rows:  # a batch larger than the cache
                self.cache_rows = len(self.slots) + len(missing) + 1
                grown = np.zeros((3, self.cache_rows, self.rows.shape[2]), dtype=self.rows.dtype)
                grown[:, :self.rows.shape[1]] = self.rows
                self.rows = grown
                self.uses = np.resize(self.uses, self.cache_rows)
        slots = self.slots
        if missing:
            encode_word, encode_shape = self.words_vocab.encode, self.shapes_vocab.encode
            count = len(missing)
            word_ids = np.fromiter((encode_word(word.lower()) for word in missing), np.int64, count)
            shape_ids = np.fromiter((encode_shape(self.word_shape(word)) for word in missing), np.int64, count)
            fresh = max(0, count - len(self.free))
            new = np.concatenate([self.free[:count], np.arange(self.top, self.top + fresh)])
            self.free, self.top = self.free[count:], self.top + fresh
            vectors = self.vectors(word_ids)
            if count == 1:  # a one-row matmul would take BLAS's gemv path: keep every row on gemm
                vectors = np.vstack([vectors, vectors])
            rows = (vectors @ self.first_word)[:count]
            rows += self.shape_rows[shape_ids]
            self.rows[:, new] = rows.reshape(count, 3, -1).transpose(1, 0, 2)
            self.uses[new] = 0
            slots.update(zip(missing, new.tolist()))
        # every token's row in one array, cut into views per sequence (one `fromiter` over a builtin
        # map where one per sequence over a generator took twice as long)
        flat = np.fromiter(map(slots.__getitem__, chain.from_iterable(sequences)), np.int64)
        bounds = np.cumsum([0] + [len(words) for words in sequences]).tolist()
        if len(flat):
            self.uses += np.bincount(flat, minlength=self.cache_rows)[:self.cache_rows]
        return [flat[start:stop] for start, stop in zip(bounds, bounds[1:])]

    def vectors(self, word_ids):
        """navec's vectors of the words (its `PQ[id]`, rows of one array)."""
        centroids = self.navec_indexes[word_ids] + self.navec_bases  # (words, qdims)
        return self.navec_table.take(centroids.ravel(), axis=0).reshape(len(word_ids), -1)

    def evict(self, needed):
        """Keep the more used half of the cache (less if `needed` new rows would not fit).

        The kept rows stay where they are and the others go to the free list (moving the kept
        ones to the front was a copy of 24 MB, 0.06 s of NEREL train's four evictions)."""
        keep = max(0, min(len(self.slots) // 2, self.cache_rows - 1 - needed))
        words = list(self.slots)
        old = np.fromiter(self.slots.values(), np.int64, len(words))
        order = np.argsort(-self.uses[old], kind='stable')
        kept = old[order[:keep]]
        self.uses[kept] //= 2
        self.free = np.concatenate([self.free, old[order[keep:]]])
        self.slots = {words[index]: slot for index, slot in zip(order[:keep].tolist(), kept.tolist())}

    # the network

    def emissions(self, pieces):
        """Emissions of packed pieces (arrays of first-layer cache rows) -> list of (n, tags) arrays."""
        total = sum(len(piece) for piece in pieces) + len(pieces) + 1
        slots = np.zeros(total, dtype=np.int64)  # 0: the zero row of separators
        separator = np.ones(total, dtype=bool)
        bounds = []
        position = 1
        for piece in pieces:
            stop = position + len(piece)
            slots[position:stop] = piece
            separator[position:stop] = False
            bounds.append((position, stop))
            position = stop + 1
        separators = np.flatnonzero(separator)

        last = len(self.layers) - 1
        x = None
        for number, layer in enumerate(self.layers):
            out = layer['out']
            y = np.empty((total, out), dtype=self.rows.dtype)
            y[0] = y[-1] = 0
            # out[t] = tap0 . x[t-1] + tap1 . x[t] + tap2 . x[t+1] + bias (the first layer's bias is in its rows)
            if number == 0:
                # the cached rows of each tap, added in the same order (`clip`: the slots are all rows of
                # the cache; numpy buffers `out` in the default mode)
                middle = y[1:-1]
                np.take(self.rows[0], slots[:-2], axis=0, out=middle, mode='clip')
                middle += self.rows[1].take(slots[1:-1], axis=0, mode='clip')
                middle += self.rows[2].take(slots[2:], axis=0, mode='clip')
            else:
                z = x @ layer['taps']
                np.add(z[:-2, :out], z[1:-1, out:2 * out], out=y[1:-1])
                y[1:-1] += z[2:, 2 * out:]
                y[1:-1] += layer['bias']
            np.maximum(y, 0, out=y)
            if number != last:  # the last layer's shift is in the projection's bias
                y += layer['shift']
                y[separators] = 0
            x = y
        scores = x @ self.proj_weight + self.proj_bias
        return [scores[start:stop] for start, stop in bounds]

    def sequence_emissions(self, encoded):
        """Emissions of every encoded sequence, in packs of at most max_tokens."""
        results = [None] * len(encoded)
        parts = {}
        pack, size = [], 0

        def flush():
            nonlocal pack, size
            if pack:
                outputs = self.emissions([piece for _, piece, _, _ in pack])
                for (index, _, keep_start, keep_stop), output in zip(pack, outputs):
                    if keep_start is None:
                        results[index] = output
                    else:
                        parts.setdefault(index, []).append(output[keep_start:keep_stop])
            pack, size = [], 0

        window = self.max_tokens - 2 * MARGIN
        for index, piece in enumerate(encoded):
            n = len(piece)
            if n + 1 > self.max_tokens:
                # a long sequence in overlapping windows; the margins see all they need
                for begin in range(0, n, window):
                    end = min(n, begin + window)
                    lo, hi = max(0, begin - MARGIN), min(n, end + MARGIN)
                    flush()
                    pack = [(index, piece[lo:hi], begin - lo, end - lo)]
                    flush()
                continue
            if size + n + 1 > self.max_tokens:
                flush()
            pack.append((index, piece, None, None))
            size += n + 1
        flush()
        for index, pieces in parts.items():
            results[index] = np.concatenate(pieces)
        return results

    def viterbi(self, emissions):
        """Tag ids of each (n, tags) emission array: slovnet's CRF.decode over all of them at once.

        The sequences go longest first, packed by position: block p holds position p of the
        sequences longer than p, a prefix of them, so each step works on that prefix without
        padding or masks (batches of 64 padded to their longest and masked took 0.21 s of NEREL
        train where this takes 0.12). The same float operations on the same values as slovnet's."""
        count = len(emissions)
        order = sorted(range(count), key=lambda index: -len(emissions[index]))
        sizes = np.fromiter((len(emissions[index]) for index in order), np.int64, count)
        length, tags = int(sizes[0]), self.transitions.shape[0]
        # active[p]: how many sequences are longer than p; offsets[p]: where block p starts
        active = count - np.searchsorted(sizes[::-1], np.arange(length), side='right')
        offsets = np.zeros(length + 1, dtype=np.int64)
        np.cumsum(active, out=offsets[1:])
        packed = np.empty((int(offsets[-1]), tags), dtype=emissions[order[0]].dtype)
        for column, index in enumerate(order):
            packed[offsets[:sizes[column]] + column] = emissions[index]
        transitions = self.transitions
        score = packed[:count].copy()
        history = np.empty((len(packed), tags), dtype=np.int8)  # block p: the best previous tag of each tag
        for position in range(1, length):
            live, base = int(active[position]), int(offsets[position])
            candidates = score[:live].reshape(live, tags, 1) + transitions + \
                packed[base:base + live].reshape(live, 1, tags)
            history[base:base + live] = candidates.argmax(-2)
            score[:live] = candidates.max(-2)
        current = score.argmax(-1)
        path = np.empty(len(packed), dtype=np.int64)
        columns = np.arange(count)
        path[offsets[sizes - 1] + columns] = current
        for position in range(length - 2, -1, -1):
            live, base = int(active[position + 1]), int(offsets[position + 1])
            current[:live] = history[base + columns[:live], current[:live]]
            path[offsets[position]:offsets[position] + live] = current[:live]
        results = [None] * count
        for column, index in enumerate(order):
            results[index] = path[offsets[:sizes[column]] + column]
        return results

    def tag(self, sequences):
        """BIO tags of token sequences (lists of strings), as slovnet's NER gives them."""
        keep = [index for index, words in enumerate(sequences) if len(words)]
        results = [[] for _ in sequences]
        if not keep:
            return results
        slots = self.slots_of([sequences[index] for index in keep])
        paths = self.viterbi(self.sequence_emissions(slots))
        names = self.tags
        for index, path in zip(keep, paths):
            results[index] = [names[tag] for tag in path.tolist()]
        return results
