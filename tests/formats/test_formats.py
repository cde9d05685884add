"""The formats: content sniffing, web pages (charsets, MHTML, main content), Word files, PDFs, hostile input."""

from __future__ import annotations

import io
import zipfile

import pytest

from reader.analysis import analyse_bytes
from reader.errors import ReaderError
from reader.formats import clipboard_file, document_text, sniff
from reader.formats.docx import MAX_PART_BYTES
from reader.formats.html import MAX_MARKUP_BYTES, declared_charset
from reader.formats.pdf import fold_compatibility

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(body: str, styles: str | None = None, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A real .docx (WordprocessingML in a zip) with *body* as the document's body XML."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        )
        if styles is not None:
            z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{W}">{styles}</w:styles>')
    return out.getvalue()


def para(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


STYLES = (
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>'
)


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "x.txt", "pdf"),
        (b"PK\x03\x04rest", "x.bin", "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "x.doc", "docx"),
        (b"<!DOCTYPE html><html><body><p>\xe4\xbd\xa0</p>", "page.txt", "html"),
        (b"\xef\xbb\xbf  <html lang=zh>", "", "html"),
        (b"<?xml version='1.0'?><!DOCTYPE html PUBLIC><html>", "", "html"),
        (
            b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\ntext/html",
            "",
            "mhtml",
        ),
        ("新华社北京6月7日电 <p>不是网页</p>".encode(), "a.txt", "text"),
        ("<p>一</p><div>二</div>".encode(), "a.htm", "html"),
        ("今天的数字是3<5。".encode(), "", "text"),
    ],
)
def test_sniff_by_content(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta charset="gb2312">', "gb18030"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=big5'>", "big5hkscs"),
        (b"<META HTTP-EQUIV=Content-Type CONTENT=text/html;charset=GBK>", "gb18030"),
        (b"\xef\xbb\xbf<meta charset=gbk>", "utf-8"),
        (b"<html><body>", None),
    ],
)
def test_declared_charset(head: bytes, codec: str | None) -> None:
    assert declared_charset(head) == codec


PAGE = """<html><head><meta charset="{charset}"><title>{title}_某某新闻网</title>
<meta property="article:published_time" content="2024-03-01T10:25:36+08:00"></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">国内</a><a href="/b">国际</a><a href="/c">财经</a></div>
<div class="main"><h1>{title}</h1><div class="info">2024-03-01 10:25 来源：新华网</div>
<div class="article"><p>　　{p1}</p><h2>{head}</h2><p>{p2}<br>{p2b}</p>
<figure><img src="x.jpg"><figcaption>图为现场。</figcaption></figure>
<p>{p3}</p><script>document.write("<p>脚本里的文字不是正文。</p>")</script></div>
<ul class="related"><li><a href="/1">相关新闻：某地发布通告，请市民注意出行安全</a></li>
<li><a href="/2">相关新闻：又一个长长的链接标题在这里出现了啊</a></li></ul></div>
<div class="footer">版权所有 2024 某某新闻网 京ICP备12345678号</div></body></html>"""
FIELDS = {
    "title": "国家统计局发布2月份居民消费价格",
    "p1": "国家统计局1日发布数据，2月份全国居民消费价格同比上涨0.7%，环比上涨1.0%。",
    "head": "食品价格上涨",
    "p2": "其中，城市上涨0.8%，农村上涨0.5%；",
    "p2b": "食品价格上涨0.9%，非食品价格上涨0.7%。",
    "p3": "1至2月平均，全国居民消费价格比上年同期下降0.1%。",
}


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "big5"])
def test_web_page_in_its_own_charset(charset: str) -> None:
    fields, page = FIELDS, PAGE.format(charset=charset, **FIELDS)
    if charset == "big5":
        from reader.convert import convert

        fields = {k: convert(v, "s2tw") for k, v in FIELDS.items()}
        page = convert(page, "s2tw")
    data = page.encode("big5hkscs" if charset == "big5" else charset)
    analysis = analyse_bytes(data, None, "page.html")
    article = analysis.article
    assert article.title == fields["title"]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs == [fields["p1"], fields["p2"] + fields["p2b"], fields["p3"]]
    assert [s.heading for s in article.sections if s.heading] == [fields["head"]]
    assert len(article.captions) == 1 and article.captions[0].endswith(
        "現場。" if charset == "big5" else "现场。"
    )
    text = document_text(data, None, "page.html").text
    for furniture in ("脚本", "腳本", "相关新闻", "相關新聞", "版权所有", "版權所有", "首页", "首頁"):
        assert furniture not in text
    assert any(f.figure.text == "0.7%" for f in analysis.figures)


def test_mhtml_quoted_printable_and_base64() -> None:
    import base64
    import quopri

    page = PAGE.format(charset="gb2312", **FIELDS).encode("gb18030")
    for encoding, body in (
        ("quoted-printable", quopri.encodestring(page)),
        ("base64", base64.encodebytes(page)),
    ):
        data = (
            b"From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n--B\r\n'
            b"Content-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: "
            + encoding.encode()
            + b"\r\nContent-Location: https://example.org/a.html\r\n\r\n"
            + body
            + b"\r\n--B--\r\n"
        )
        source = document_text(data, None, "a.mht")
        assert source.title == FIELDS["title"] and FIELDS["p3"] in source.text, encoding


def test_docx_paragraphs_headings_tables() -> None:
    body = (
        para("2024年政府工作报告", "Title")
        + para("一、过去一年工作回顾", "1")
        + para("国内生产总值超过126万亿元，增长5.2%。")
        + para("（一）经济增长", "a3")
        + "<w:tbl><w:tr><w:tc>"
        + para("指标")
        + "</w:tc><w:tc>"
        + para("数值")
        + "</w:tc></w:tr>"
        + "<w:tr><w:tc>"
        + para("城镇新增就业")
        + "</w:tc><w:tc>"
        + para("1244万人")
        + "</w:tc></w:tr></w:tbl>"
        + '<w:p><w:r><w:t xml:space="preserve">粮食产量</w:t></w:r><w:r><w:t>1.39万亿斤。</w:t></w:r></w:p>'
    )
    source = document_text(docx(body, STYLES), None, "report.docx")
    assert source.encoding == "docx" and source.title == "2024年政府工作报告"
    analysis = analyse_bytes(docx(body, STYLES), None, "report.docx")
    heads = [s.heading for s in analysis.article.sections if s.heading]
    assert heads[:2] == ["过去一年工作回顾", "经济增长"]
    text = source.text
    assert "城镇新增就业\u30001244万人" in text and "粮食产量1.39万亿斤。" in text
    assert any(f.figure.text == "1244万人" for f in analysis.figures)


def test_docx_zip_bomb_is_refused() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"a" * (MAX_PART_BYTES + 10) + b"/>")
    assert len(bomb.getvalue()) < 200_000
    with pytest.raises(ReaderError) as info:
        document_text(bomb.getvalue(), None, "bomb.docx")
    assert info.value.code == "too_large"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04" + b"\x00" * 100, "malformed"),
        (docx(para("x")).replace(b"word/document.xml", b"word/documenX.xml"), "unsupported"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64,
            "encrypted",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "unsupported"),
        (
            docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace(
                b'<?xml version="1.0"?>', b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe "x">]>'
            ),
            "malformed",
        ),
        (b"%PDF-1.7\n1 0 obj garbage", "malformed"),
        (b"%PDF-" + b"\x00" * 2000, "malformed"),
    ],
)
def test_hostile_files_get_a_clear_error(data: bytes, code: str) -> None:
    with pytest.raises(ReaderError) as info:
        analyse_bytes(data, None, "hostile")
    assert info.value.code == code
    assert str(info.value)


def test_huge_web_page_is_refused_before_parsing() -> None:
    data = b"<html><body>" + b"<p>" * (MAX_MARKUP_BYTES // 3 + 10)
    with pytest.raises(ReaderError) as info:
        document_text(data, None, "huge.html")
    assert info.value.code == "too_large"


def test_page_all_in_a_footer_box_is_read_not_refused() -> None:
    # A block cut from a company's site whose only box is named footer: its text is the page, not furniture.
    data = (
        '<div class="footer"><div class="honors"><h2>企业荣誉</h2><ul>'
        "<li>2015年天成被指定为广东省医药出口基地</li><li>2016年天成荣获互联网+示范企业</li>"
        "</ul></div></div>"
    ).encode()
    text = document_text(data, None, "honors.html").text
    assert "2015年天成被指定为广东省医药出口基地" in text and "2016年天成荣获互联网+示范企业" in text
    with pytest.raises(ReaderError) as info:
        document_text(b'<html><body><div class="footer"><script>x()</script></div></body></html>', None, "e.html")
    assert info.value.code == "empty"


def test_deeply_nested_page_stays_linear() -> None:
    data = ("<html><body>" + "<div>" * 200_000 + "今天发布了新的数据，增长了百分之五。" * 3).encode()
    assert "增长了百分之五" in document_text(data, None, "deep.html").text


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("⼀年⽉⽇", "一年月日"),
        ("⾚⾊", "赤色"),
        ("⻘年⻛⻩", "青年风黄"),
        ("⺠⻅", "民见"),
        ("福﨑", "福﨑"),
        ("，。１", "，。１"),
    ],
)
def test_radicals_fold_to_ideographs(raw: str, folded: str) -> None:
    assert fold_compatibility(raw) == folded


def test_clipboard_file_prefers_html_with_text() -> None:
    html = "<html><body><!--StartFragment--><h1>标题在这里啊</h1><p>正文有一句话，很长很长的一句话。</p><!--EndFragment--></body></html>"
    data, suffix = clipboard_file(html, "plain")
    assert suffix == ".html" and sniff(data) == "html"
    assert clipboard_file("<img src=x>", "纯文本。") == ("纯文本。".encode(), ".txt")
    with pytest.raises(ReaderError):
        clipboard_file(None, "  ")


DATA = __import__("pathlib").Path(__file__).resolve().parent / "data"


def test_real_word_files_saved_by_word() -> None:
    tables = analyse_bytes((DATA / "blk-paras-and-tables.docx").read_bytes(), None, "t.docx")
    assert [p for s in tables.article.sections for p in s.paragraphs] == [
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
        "Text before Table Between Text after",  # a table nested in a cell stays in its cell's line
        "Donec semper facilisis metus finibus malesuada.",
    ]
    styles = analyse_bytes((DATA / "par-known-styles.docx").read_bytes(), None, "s.docx")
    assert "Heading 1" in [s.heading for s in styles.article.sections]
