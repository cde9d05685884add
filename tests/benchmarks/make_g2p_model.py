"""Write the polyphone model of g2pM as plain data for reader/g2p.py: resources/g2p/model.npz and vocab.json.

g2pM (Park & Lee, Interspeech 2020; github.com/kakaobrain/g2pM, Apache-2.0) ships its trained weights and
tables as pickles.  The reader never unpickles anything it reads, so this developer tool, run once on the
installed g2pM package (``pip install g2pM``; trusted input from PyPI, read here and nowhere else), writes them as
an ``.npz`` of arrays (loaded with ``allow_pickle=False``) and a JSON vocabulary.

    python tests/benchmarks/make_g2p_model.py            # reads the installed g2pM, writes resources/g2p/
"""

from __future__ import annotations

import json
import pickle  # a developer tool reading a package's own files: the app never does this
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[2] / "resources" / "g2p"
NAMES = {  # our array name -> g2pM's state-dict key
    "embedding": "embedding.weight",
    "fw_w_in": "lstm.weight_ih_l0",
    "fw_w_rec": "lstm.weight_hh_l0",
    "fw_bias": ("lstm.bias_ih_l0", "lstm.bias_hh_l0"),
    "bw_w_in": "lstm.weight_ih_l0_reverse",
    "bw_w_rec": "lstm.weight_hh_l0_reverse",
    "bw_bias": ("lstm.bias_ih_l0_reverse", "lstm.bias_hh_l0_reverse"),
    "fc1_w": "logit_layer.0.weight",
    "fc1_b": "logit_layer.0.bias",
    "fc2_w": "logit_layer.2.weight",
    "fc2_b": "logit_layer.2.bias",
}


def main() -> None:
    import g2pM

    here = Path(g2pM.__file__).resolve().parent

    def load(name: str):
        with open(here / name, "rb") as f:
            return pickle.load(f)

    state = load("np_ckpt.pkl")
    arrays = {}
    for ours, theirs in NAMES.items():
        if isinstance(theirs, tuple):  # the input and recurrent biases are always added together
            arrays[ours] = np.asarray(state[theirs[0]] + state[theirs[1]], dtype=np.float32)
        else:
            arrays[ours] = np.asarray(state[theirs], dtype=np.float32)
    char2idx = load("char2idx.pkl")
    class2idx = load("class2idx.pkl")
    cedict = load("digest_cedict.pkl")
    chars = [c for c, _ in sorted(char2idx.items(), key=lambda kv: kv[1])]
    assert [char2idx[c] for c in chars] == list(range(len(chars)))
    classes = [c for c, _ in sorted(class2idx.items(), key=lambda kv: kv[1])]
    polyphones = {c: prons for c, prons in sorted(cedict.items()) if len(prons) > 1}
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "model.npz", **arrays)
    vocab = {"chars": chars, "classes": classes, "polyphones": polyphones}
    (OUT / "vocab.json").write_text(
        json.dumps(vocab, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(
        f"wrote {OUT}/model.npz and vocab.json: {len(chars)} characters, {len(classes)} readings, "
        f"{len(polyphones)} polyphones"
    )


if __name__ == "__main__":
    main()
