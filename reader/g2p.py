"""Which reading a polyphone takes in its sentence (还 hái or huán, 长 cháng or zhǎng): a small neural model.

Why a model: a dictionary reads a polyphone by the word it stands in, and a good many stand alone or in words the
dictionary does not list (他还没还钱).  g2pM (Park & Lee, Interspeech 2020; github.com/kakaobrain/g2pM,
Apache-2.0, trained on the CPP dataset) reads each polyphone from its whole sentence with a one-layer
bidirectional LSTM: 97.3 % of the polyphones of CPP's test split right, where dictionary and usual readings give
95.7 %.  Its weights and tables live in ``resources/g2p`` as plain arrays and JSON (written once from the
package by ``tests/benchmarks/make_g2p_model.py``; nothing is unpickled), and this module runs the network with
numpy.  The choice is limited to the character's own readings, so a prediction is never a reading the
character does not have.

The text is read folded to Simplified (the model was trained on Simplified), one character for one, so offsets
hold.  numpy and the tables load on first use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from reader.paths import resource_path

_MODEL = "g2p/model.npz"
_VOCAB = "g2p/vocab.json"
_UNKNOWN, _BEGIN, _END = 1, 2, 3  # indices of the unknown character and the sentence marks in the vocabulary
_SENTENCE = re.compile("[^。！？；!?;\n]+[。！？；!?;]*")
_CONTEXT = 4  # characters a sentence needs before the model reads it; shorter ones keep the usual readings


@dataclass(frozen=True, slots=True)
class _Model:
    index: dict[str, int]  # character -> row of the embedding
    classes: list[str]  # readings in tone numbers (hang2, lu:4)
    candidates: dict[str, list[int]]  # polyphone -> the classes of its own readings
    arrays: dict[str, object]  # numpy arrays: embedding, fw/bw LSTM, two dense layers


@lru_cache(maxsize=1)
def _model() -> _Model:
    import numpy as np

    vocab = json.loads(resource_path(_VOCAB).read_text(encoding="utf-8"))
    with np.load(resource_path(_MODEL), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    classes = vocab["classes"]
    where = {reading: i for i, reading in enumerate(classes)}
    candidates = {
        char: [where[r] for r in readings if r in where]
        for char, readings in vocab["polyphones"].items()
        if sum(r in where for r in readings) > 1
    }
    return _Model({c: i for i, c in enumerate(vocab["chars"])}, classes, candidates, arrays)


def _lstm(inputs, w_in, w_rec, bias):
    """Hidden states of one LSTM direction over *inputs* ([T, E]); gates in PyTorch's order i, f, g, o."""
    import numpy as np

    size = w_rec.shape[1]
    gates_in = inputs @ w_in.T + bias  # the input's share of every gate, all steps at once
    h = np.zeros(size, dtype=np.float32)
    c = np.zeros(size, dtype=np.float32)
    out = np.empty((len(inputs), size), dtype=np.float32)
    for t in range(len(inputs)):
        z = gates_in[t] + w_rec @ h
        i, f, o = (1.0 / (1.0 + np.exp(-z[k * size : (k + 1) * size])) for k in (0, 1, 3))
        c = f * c + i * np.tanh(z[2 * size : 3 * size])
        h = o * np.tanh(c)
        out[t] = h
    return out


def _sentence_readings(model: _Model, sentence: str, at: int, out: dict[int, str]) -> None:
    import numpy as np

    where = [i for i, char in enumerate(sentence) if char in model.candidates]
    if not where:
        return
    a = model.arrays
    ids = [_BEGIN, *(model.index.get(char, _UNKNOWN) for char in sentence), _END]
    emb = a["embedding"][ids]
    forward = _lstm(emb, a["fw_w_in"], a["fw_w_rec"], a["fw_bias"])
    backward = _lstm(emb[::-1], a["bw_w_in"], a["bw_w_rec"], a["bw_bias"])[::-1]
    rows = [i + 1 for i in where]  # past the sentence mark
    hidden = np.concatenate([forward[rows], backward[rows]], axis=1)
    logits = np.maximum(hidden @ a["fc1_w"].T + a["fc1_b"], 0.0) @ a["fc2_w"].T + a["fc2_b"]
    for row, i in zip(logits, where, strict=True):
        own = model.candidates[sentence[i]]
        out[at + i] = model.classes[own[int(np.argmax(row[own]))]]


def polyphone_readings(text: str, folded: str | None = None) -> dict[int, str]:
    """The reading of every polyphone in *text*, by offset, in tone numbers with ü written v (hang2, lv4, le5);
    sentence by sentence, since the model read sentences.  *folded* is the text folded to Simplified, one
    character for one: the model reads each character as written when it knows it (閤, 吒 are in its
    vocabulary) and its Simplified form otherwise (還 is read as 还)."""
    model = _model()
    if folded is not None and folded != text:
        folded = "".join(o if o in model.index else f for o, f in zip(text, folded, strict=True))
    else:
        folded = text
    if not any(char in model.candidates for char in folded):
        return {}
    out: dict[int, str] = {}
    for m in _SENTENCE.finditer(folded):
        if len(m.group().strip()) >= _CONTEXT:  # a word or two alone gives the network nothing to read by
            _sentence_readings(model, m.group(), m.start(), out)
    return {i: reading.replace("u:", "v") for i, reading in out.items()}
