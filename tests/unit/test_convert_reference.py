"""`reader --convert` against stored output of the official OpenCC 1.4.2 command line tool, and properties."""

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.convert import ORIGINAL, VARIANTS, convert, stock_convert

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


# Characters whose single-character conversion the stock engine (with its older dictionaries) and ours agree on.
SAMPLE = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(SAMPLE), min_size=1, max_size=40),
    st.sampled_from(["s2t", "s2tw", "s2hk"]),
)
def test_agrees_with_stock_engine_where_no_phrase_is_involved(text: str, config: str) -> None:
    ours = convert(text, config)
    charwise = "".join(convert(c, config) for c in text)
    stock_charwise = "".join(stock_convert(c, config) for c in text)
    assume(
        ours == charwise and charwise == stock_charwise
    )  # no phrase rule, same dictionaries for these chars
    assert stock_convert(text, config) == ours
