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
- Layer one from a per-word cache: the first conv is linear in the embedding,
  so each word's (navec vector @ taps) row is computed once and reused; the
  word-shape part is a 66-row table made at load time.
- CRF: slovnet's Viterbi, the same float operations, over batches of
  sequences of similar length, with vectorised backtracking.
- Encoding: (word id, shape id) cached per token string.

Batch-norm comes after the ReLU in this model, so it cannot be folded into its
own conv; folding it into the next conv would need corrections at sequence
edges and changes rounding, for an elementwise step that costs little in this
layout. It is applied as slovnet does, in slovnet's operation order.

Emissions differ from slovnet's only by float32 rounding (summation order);
`tests/test_fastnet.py` checks that the spans are identical.
"""

import numpy as np

# a layer-1 output row of a word (3 taps x 256 filters, float32) is 3 KB: the
# cache is bounded and emptied when full
WORD_CACHE_ROWS = 16384
TOKEN_CACHE_SIZE = 200_000
# packed tokens per forward pass (memory: about 3 KB per token at the widest layer)
MAX_TOKENS = 8192
# receptive field of the three kernel-3 convs: 3 tokens each side
MARGIN = 3
CRF_BATCH = 64


class FastNER:
    """Tags token sequences like slovnet's NER `infer`, faster.

    >>> fast = FastNER(load_slovnet_ner())
    >>> fast.tag([['Маулен', 'Ашимбаев', 'прибыл', 'в', 'Астану']])
    [['B-PER', 'I-PER', 'O', 'O', 'B-LOC']]
    """

    def __init__(self, ner, cache_rows=WORD_CACHE_ROWS, max_tokens=MAX_TOKENS):
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
        self.navec_codes = navec.codes.array
        self.navec_qdims = np.arange(self.navec_codes.shape[0])
        word_dim = navec.dim

        layers = model.encoder.layers
        first = layers[0].conv
        if first.padding != 1 or first.weight.shape[2] != 3:
            raise ValueError('FastNER expects kernel-3 convs with padding 1')
        taps = self.taps(first.weight.array)  # (in, 3*out)
        self.first_word = np.ascontiguousarray(taps[:word_dim])
        shapes = model.emb.shape.weight.array
        # one more, zero row: separators between sequences
        self.shape_rows = np.vstack([shapes @ taps[word_dim:], np.zeros((1, taps.shape[1]), taps.dtype)])
        self.separator_shape = len(shapes)
        self.first_bias = first.bias.array
        self.first_out = first.weight.shape[0]

        self.layers = []
        for layer in layers:
            conv, norm = layer.conv, layer.norm
            if conv.padding != 1 or conv.weight.shape[2] != 3:
                raise ValueError('FastNER expects kernel-3 convs with padding 1')
            self.layers.append({
                'taps': np.ascontiguousarray(self.taps(conv.weight.array)),
                'bias': conv.bias.array, 'out': conv.weight.shape[0],
                'mean': norm.mean.array, 'std': norm.std.array,
                'weight': norm.weight.array, 'bias_norm': norm.bias.array,
            })
        self.proj_weight = model.head.proj.weight.array
        self.proj_bias = model.head.proj.bias.array
        self.transitions = model.head.crf.transitions.array

        # word id -> row of the layer-1 cache; row 0 is the zero row of separators
        self.cache_rows = max(16, cache_rows)
        self.word_rows = np.zeros((self.cache_rows, taps.shape[1]), dtype=taps.dtype)
        self.word_slot = np.full(len(self.words_vocab.items), -1, dtype=np.int64)
        self.next_slot = 1
        self.token_ids = {}

    @staticmethod
    def taps(weight):
        """(out, in, 3) conv weight -> (in, 3*out): the three taps side by side."""
        return np.concatenate([weight[:, :, tap].T for tap in range(weight.shape[2])], axis=1)

    # encoding

    def encode(self, word):
        ids = self.token_ids.get(word)
        if ids is None:
            ids = (self.words_vocab.encode(word.lower()), self.shapes_vocab.encode(self.word_shape(word)))
            if len(self.token_ids) >= TOKEN_CACHE_SIZE:
                self.token_ids.clear()
            self.token_ids[word] = ids
        return ids

    def first_layer_rows(self, word_ids):
        """Cache rows of the given word ids, computing missing ones (navec @ taps)."""
        slots = self.word_slot[word_ids]
        missing = np.unique(word_ids[slots < 0])
        if len(missing):
            if self.next_slot + len(missing) > self.cache_rows:
                # full: start again (a batch larger than the cache is computed uncached)
                self.word_slot[:] = -1
                self.next_slot = 1
                if 1 + len(np.unique(word_ids)) > self.cache_rows:
                    unique, inverse = np.unique(word_ids, return_inverse=True)
                    computed = self.word_vectors(unique)
                    return computed[inverse]
                missing = np.unique(word_ids)
            computed = self.word_vectors(missing)
            new = np.arange(self.next_slot, self.next_slot + len(missing))
            self.word_rows[new] = computed
            self.word_slot[missing] = new
            self.next_slot += len(missing)
            slots = self.word_slot[word_ids]
        return self.word_rows[slots]

    def word_vectors(self, word_ids):
        indexes = self.navec_indexes[word_ids]
        vectors = self.navec_codes[self.navec_qdims, indexes].reshape(len(word_ids), -1)
        return vectors @ self.first_word

    # the network

    def emissions(self, pieces):
        """Emissions of packed pieces: list of (word_ids, shape_ids) arrays -> list of (n, tags) arrays."""
        total = sum(len(words) for words, _ in pieces) + len(pieces) + 1
        word_ids = np.zeros(total, dtype=np.int64)
        shape_ids = np.full(total, self.separator_shape, dtype=np.int64)
        separator = np.ones(total, dtype=bool)
        bounds = []
        position = 1
        for words, shapes in pieces:
            stop = position + len(words)
            word_ids[position:stop] = words
            shape_ids[position:stop] = shapes
            separator[position:stop] = False
            bounds.append((position, stop))
            position = stop + 1
        separators = np.flatnonzero(separator)

        rows = self.first_layer_rows(word_ids)
        rows[separators] = 0  # word id 0 of a separator is a real word: zero its row
        rows += self.shape_rows[shape_ids]
        x = None
        for number, layer in enumerate(self.layers):
            z = rows if number == 0 else x @ layer['taps']
            out = layer['out']
            y = np.empty((total, out), dtype=z.dtype)
            y[0] = y[-1] = 0
            # out[t] = tap0 . x[t-1] + tap1 . x[t] + tap2 . x[t+1] + bias
            np.add(z[:-2, :out], z[1:-1, out:2 * out], out=y[1:-1])
            y[1:-1] += z[2:, 2 * out:]
            y[1:-1] += layer['bias']
            np.maximum(y, 0, out=y)
            # slovnet's BatchNorm1d, the same operations in the same order
            y -= layer['mean']
            y /= layer['std']
            y *= layer['weight']
            y += layer['bias_norm']
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
                outputs = self.emissions([(words, shapes) for _, words, shapes, _, _ in pack])
                for (index, _, _, keep_start, keep_stop), output in zip(pack, outputs):
                    if keep_start is None:
                        results[index] = output
                    else:
                        parts.setdefault(index, []).append(output[keep_start:keep_stop])
            pack, size = [], 0

        window = self.max_tokens - 2 * MARGIN
        for index, (words, shapes) in enumerate(encoded):
            n = len(words)
            if n + 1 > self.max_tokens:
                # a long sequence in overlapping windows; the margins see all they need
                for begin in range(0, n, window):
                    end = min(n, begin + window)
                    lo, hi = max(0, begin - MARGIN), min(n, end + MARGIN)
                    flush()
                    pack = [(index, words[lo:hi], shapes[lo:hi], begin - lo, end - lo)]
                    flush()
                continue
            if size + n + 1 > self.max_tokens:
                flush()
            pack.append((index, words, shapes, None, None))
            size += n + 1
        flush()
        for index, pieces in parts.items():
            results[index] = np.concatenate(pieces)
        return results

    def viterbi(self, emissions):
        """Tag ids of each (n, tags) emission array: slovnet's CRF.decode, batched by length."""
        results = [None] * len(emissions)
        order = sorted(range(len(emissions)), key=lambda index: len(emissions[index]))
        transitions = self.transitions
        for begin in range(0, len(order), CRF_BATCH):
            batch = order[begin:begin + CRF_BATCH]
            sizes = np.array([len(emissions[index]) for index in batch])
            size, length, tags = len(batch), int(sizes.max()), transitions.shape[0]
            padded = np.zeros((length, size, tags), dtype=emissions[batch[0]].dtype)
            for column, index in enumerate(batch):
                padded[:sizes[column], column] = emissions[index]
            mask = np.arange(length)[:, None] < sizes[None, :]
            score = padded[0]
            history = np.empty((max(0, length - 1), size, tags), dtype=np.int64)
            for position in range(1, length):
                candidates = score.reshape(size, tags, 1) + transitions + padded[position].reshape(size, 1, tags)
                best = candidates.argmax(-2)
                best_score = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0, :]
                score = np.where(mask[position].reshape(size, 1), best_score, score)
                history[position - 1] = best
            current = score.argmax(-1)
            path = np.zeros((size, length), dtype=np.int64)
            columns = np.arange(size)
            path[columns, sizes - 1] = current
            for position in range(length - 2, -1, -1):
                active = position < sizes - 1
                current = np.where(active, history[position][columns, current], current)
                path[active, position] = current[active]
            for column, index in enumerate(batch):
                results[index] = path[column, :sizes[column]]
        return results

    def tag(self, sequences):
        """BIO tags of token sequences (lists of strings), as slovnet's NER gives them."""
        encoded = []
        for words in sequences:
            ids = [self.encode(word) for word in words]
            encoded.append((np.fromiter((i for i, _ in ids), np.int64, len(ids)),
                            np.fromiter((s for _, s in ids), np.int64, len(ids))))
        keep = [index for index, (words, _) in enumerate(encoded) if len(words)]
        results = [[] for _ in sequences]
        if not keep:
            return results
        emissions = self.sequence_emissions([encoded[index] for index in keep])
        paths = self.viterbi(emissions)
        names = self.tags
        for index, path in zip(keep, paths):
            results[index] = [names[tag] for tag in path.tolist()]
        return results
