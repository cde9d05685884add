import codecs

import pytest

from reader.errors import ReaderError
from reader.textio import DecodedText, decode, normalise_text, plausibility

ARTICLE = "赤峰市新城区居民做核酸检测。\n6月7日，该市卫健系统1013名领导、医护人员迅速集结到位。"
TRAD = "臺灣總統府今天表示，兩岸關係穩定發展，經濟成長率達到百分之三點五。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-16-le").join([codecs.BOM_UTF16_LE, b""]), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32-le"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (TRAD.encode("big5"), "big5hkscs"),
    ],
)
def test_decodes_each_encoding_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text in (ARTICLE, TRAD)
    assert not decoded.text.startswith("\ufeff")


def test_gbk_and_big5_ranked_by_plausibility_not_order() -> None:
    assert decode(TRAD.encode("big5")).encoding == "big5hkscs"
    assert decode(ARTICLE.encode("gbk")).encoding == "gb18030"
    assert plausibility(ARTICLE) > 0.5


def test_forced_encoding_is_used() -> None:
    assert decode(ARTICLE.encode("gbk"), "gbk").text == ARTICLE
    with pytest.raises(ReaderError, match="Unknown encoding"):
        decode(b"abc", "no-such-codec")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\r\n ", "empty"),
        (bytes(range(256)) * 20, "not"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_input_raises_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        decode(data)


def test_truncated_multibyte_sequence_still_decodes_gb18030() -> None:
    data = ARTICLE.encode("gb18030")[:-1]
    assert decode(data).text.startswith("赤峰市")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\x0cb", "a\nb"),
        ("a\x00b\x07c", "abc"),
        ("\ufeff标题", "标题"),
    ],
)
def test_line_ends_and_controls_normalised(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "big5hkscs"])
def test_a_few_damaged_bytes_do_not_refuse_the_file(codec: str) -> None:
    text = (TRAD if codec == "big5hkscs" else ARTICLE) * 40
    data = bytearray(text.encode(codec))
    data[len(data) // 2] = 0xFF  # one broken byte in the middle
    decoded = decode(bytes(data))
    assert decoded.encoding == codec
    assert decoded.text.count("\ufffd") <= 3  # one broken UTF-8 sequence can become three marks
    assert decoded.text.startswith(text[:20])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(codec: str) -> None:
    assert decode(ARTICLE.encode(codec)) == DecodedText(decode(ARTICLE.encode()).text, codec)


def test_text_forced_into_the_wrong_encoding_is_recognised() -> None:
    from reader.textio import reads_badly

    gb = ARTICLE.encode("gb18030")
    assert reads_badly(decode(gb, "big5").text) and reads_badly(decode(ARTICLE.encode(), "gb18030").text)
    assert not reads_badly(decode(gb, "gb18030").text)
