"""Page furniture told by the shape of one line: what a reader skips without reading it.

A scraped page keeps the site around the article: the menu bar, the page's own title, a line of metadata (site,
URL, date, time, ``来源：``), counters, document numbers, text in another language.  Each predicate here reads one
line folded to Simplified (``reader.fold``), so it holds in both scripts; the words it needs are data
(``lexicon/structure.toml``, ``[page]`` and ``[notes]``).  Where a line sits (above the title, before the wire
dateline) is decided in ``parse.py``; these only say what a line looks like.
"""

from __future__ import annotations

import re

from reader.article.lexicon import structure_lexicon, words

_LEX = structure_lexicon()
_HAN = r"\u4e00-\u9fff\U00020000-\U0003134f"  # (with the extension planes, where OpenCC writes some forms)

# Three or more channel names run together (国内国际图片视频…), or five or more short Han items set apart by spaces
# (今日新闻 社论 评论 专题报导 自由广场): a menu bar.
_MENU_RUN = re.compile(rf"(?:{words(_LEX.menu_words)}){{3,}}|(?:{words(_LEX.book_tabs)}){{3,}}")
_MENU_SEPARATORS = re.compile(r"[\s　|｜·•/／]+")
_MENU_WORD = re.compile(words(_LEX.menu_words))
_SITE_LINKS = frozenset(_LEX.site_links)
# (a site may name its home page: 枣庄新闻网首页)
_MENU_ITEM = re.compile(rf"[{_HAN}·]{{2,6}}|[{_HAN}]{{1,8}}首页")
_BRAND = re.compile(r"[A-Za-z0-9]{2,10}")  # a site's Latin or numbered name in its link bar (ChinaRen, 17173)
# A line with a date or a clock time and a site's marks: a URL or a label such as 来源： (央视国际 www.cctv.com
# 2007年01月08日 14:47 来源：, 国际新闻来源:财政部网站 2025-12-18 08:31:19 A-A+).
_DATE_OR_TIME = re.compile(
    r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})|\d{1,2}[:：]\d{2}"
)
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)(?:\.\w{2})?\b", re.IGNORECASE)
# (or a label with 于 before its date: 更新於 2019年09月16日04:42 • 發布於 …, as LINE TODAY sets it)
_LABEL = re.compile(rf"(?:{words(_LEX.publication_labels)})[\s　]*[：:]|(?:发布|更新|刊登)于[\s　]*\d")
_LABEL_AT_END = re.compile(rf"(?:{words(_LEX.publication_labels)})[\s　]*[：:]$")
# The number of an official document standing alone: 鲁政发〔2014〕20号, 国发[2023]5号, 遂府函〔2019〕55 号.
_DOCUMENT_NUMBER = re.compile(
    rf"^[{_HAN}]{{1,10}}[〔\[［【(（][\s　]*(?:19|20)\d{{2}}[\s　]*[〕\]］】)）][\s　]*第?[\s　]*\d{{1,4}}[\s　]*号$"
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_ISSUER = re.compile(rf"^[{_HAN}（）()·]{{0,30}}(?:{words(_LEX.issuer_endings)})$")
# (a space after the label, save after a bracketed one: [编辑]井研縣…)
_LEADING_LABEL = re.compile(rf"^(?:{words(_LEX.leading_labels)})(?=[\s　]+\S|(?<=[\]：:])\S)")
_SENTENCE_PUNCT = "，。；！？!?;"
_HAN_COMMA = re.compile(rf"[{_HAN}],[{_HAN}]")  # a comma between two Han characters: a clause, as 。 is
_NOTICE = re.compile(words(_LEX.site_notice_phrases))
_VOICE = re.compile(words(_LEX.site_voice))


def is_menu_line(key: str) -> bool:
    """A site's menu bar: channel names run together, or a row of five or more short items (four, set apart by
    bars: 首页 | 电子报首页 | 版面导航 | 标题导航)."""
    if len(key) > 80:
        return False
    items = [item for item in _MENU_SEPARATORS.split(key) if item]
    four = (
        len(items) == 4
        and ("|" in key or "｜" in key)
        and not key.endswith(("|", "｜"))  # 分行业 | 营业收入 | 占比 | 毛利率 |: a table's row
        and any(_MENU_WORD.search(item) for item in items)
    )
    if 2 <= len(items) <= 8 and sum(1 for item in items if item in _SITE_LINKS) >= 2:
        return True  # 看板 HBL 關於我們 聯絡資訊, 关于我们 | 联系我们 | 网站地图: the site's own links
    if len(items) >= 5 or four:
        # five or more short items, of which a few may be the site's Latin or numbered names (搜狐 ChinaRen 17173
        # 焦点房地产 搜狗), as long as at least three are words
        named = sum(1 for item in items if _MENU_ITEM.fullmatch(item))
        if named == len(items) or (
            named >= 3 and all(_MENU_ITEM.fullmatch(i) or _BRAND.fullmatch(i) for i in items)
        ):
            return True
    return (
        len(key) <= 60
        and (_MENU_WORD.match(key) is not None or key.startswith(_LEX.book_tabs))
        and _MENU_RUN.fullmatch("".join(items)) is not None
    )


def is_metadata_line(key: str) -> bool:
    """A line of page metadata: a date or a time with a URL or a publication label, and no sentence in it."""
    if len(key) > 80 or not _DATE_OR_TIME.search(key) or any(c in key for c in _SENTENCE_PUNCT):
        return False
    if _HAN_COMMA.search(key):
        return False  # 投标,详见2019年12月17日登载于巨潮资讯网(http://…)的: a clause of a text set with ASCII commas
    return bool(_URL.search(key) or _LABEL.search(key) or _SITE_AND_TIME.fullmatch(key))


# A source's name, its date and time, perhaps a count of views: 新京报2024-03-22 20:30:47  54
_SITE_AND_TIME = re.compile(
    rf"[{_HAN}]{{1,8}}(?:{words(_LEX.site_name_endings)}|报)[\s　]*\d{{4}}-\d{{1,2}}-\d{{1,2}}[\s　]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[\s　]+\d+)?"
)


def ends_with_label(key: str) -> bool:
    """A metadata line ending in a label whose value is on the next line (… 来源：)."""
    return _LABEL_AT_END.search(key) is not None


def is_document_number(key: str) -> bool:
    """The number of an official document on its own line (鲁政发〔2014〕20号)."""
    return key.endswith("号") and _DOCUMENT_NUMBER.match(key) is not None


def is_foreign_line(text: str) -> bool:
    """Text that is not Chinese: no Han character but letters or digits (Skip This Ads, 172.30.142.73, 0), or
    Japanese kana (a site's language prompt)."""
    if _KANA.search(text) and len(_KANA.findall(text)) >= 3:
        return True
    return not _HAN_CHAR.search(text) and any(c.isalnum() for c in text)


def is_issuer(key: str) -> bool:
    """An organisation's name alone (中华人民共和国国家统计局): under a headline it is the byline."""
    return key.endswith(_LEX.issuer_endings) and _ISSUER.match(key) is not None


def leading_label(key: str) -> int:
    """The length of a page label glued to the start of the line (正文 第三回 …), or 0."""
    m = _LEADING_LABEL.match(key)
    return m.end() if m else 0


_SHORTCUT = re.compile(r"(?:ctrl|alt|shift)[\s　]*(?:键[\s　]*)?[+＋]", re.IGNORECASE)
_BROWSER_HELP = re.compile(words(_LEX.browser_help_words))


def is_browser_help(key: str) -> bool:
    """The site's help on its own page: a keyboard shortcut with printing or enlarging (IE6請利用鍵盤按住ALT鍵 + V
    …放大, 請利用鍵盤按住Ctrl + P開啟列印功能).  A how-to article names shortcuts too, but not for the page."""
    if "+" not in key and "＋" not in key:
        return False  # the common case, without a regex: no shortcut is written without its plus
    return len(key) <= 120 and _SHORTCUT.search(key) is not None and _BROWSER_HELP.search(key) is not None


RIGHTS_ENDINGS = tuple(_LEX.rights_endings)  # 澎湃新闻，未经授权不得转载: a clause of the site's rights


def is_site_notice(key: str) -> bool:
    """The site speaking to its reader about itself (本网站使用相关技术…隐私…, 请同意我们的隐私权规范…), or its
    copyright statement (凡注有"浙江在线"…的稿件，均为…版权所有，未经许可不得转载…)."""
    if len(key) <= 300 and key.startswith(_LEX.site_statement_openers):
        return _NOTICE.search(key) is not None
    if len(key) <= 30 and key.endswith(RIGHTS_ENDINGS):
        return True  # 澎湃新闻，未经授权不得转载: the site's rights, said in one clause
    return len(key) <= 150 and _VOICE.search(key) is not None and _NOTICE.search(key) is not None


# A label may be letter-spaced to fill its table cell (索 引 号:, 文 号:).
_FIELD_LABEL = re.compile(rf"[{_HAN}](?:[ 　]?[{_HAN}]){{1,5}}[\s　]*[：:]")
_FIELD = re.compile(
    rf"[{_HAN}]{{2,6}}(?:[（(][A-Za-z/]{{1,5}}[）)])?[\s　]*[：:][\s　]*[^\s　：:，。；]{{1,24}}"
)  # (a label may name its market in brackets: 证券代码（A/H）：000063/763)


def is_field_line(key: str) -> bool:
    """Two or more ``label：value`` fields on one line and no sentence (证券代码：600000　证券简称：浦发银行　公告编号：
    临2024-012, 发稿日期：… 事件发生地：…): a record's header, not text."""
    if len(key) > 120 or ("：" not in key and ":" not in key) or any(c in key for c in "，。；！？!?;"):
        return False
    if key.count("|") >= 2 and _FIELD_LABEL.match(key):
        return True  # 名 称: | 市人民政府办公室关于印发…的通知 |: a row of the page's record table
    return len(key) <= 80 and (
        len(_FIELD.findall(key)) >= 2 or len(_FIELD_LABEL.findall(key)) >= 2
    )  # 发布者:发布时间: (values empty)


# The names of a government page's record fields (发布单位, 发布文号, 有效性状态, 废止日期, 属性, 备注).
# (a bare 名称 or 单位 heads a data table's column as well: a field's name qualifies it, 发布单位, 文件名称)
_RECORD_FIELD = re.compile(
    rf"[{_HAN}]{{2,4}}(?:单位|日期|状态|机构|分类|名称|主题|时效|效力|部门|地区|类型)|[{_HAN}]{{0,4}}文号|属性|备注|有效性|索引号"
)


# The record fields only a document's register has (not a data table's 股东名称 or 项目单位).
_DATE_LABELS = frozenset(_LEX.date_labels)
_REGISTER_FIELD = re.compile(
    rf"(?:发布|发文|成文|生效|废止|公开|印发)[{_HAN}]{{0,2}}|有效性.*|属性|备注|索引号|[{_HAN}]{{0,2}}文号"
)


_RECORD_LABEL_EXTRA = re.compile(rf"[{_HAN}]{{0,2}}(?:标题|主题词|字号)")


def is_record_label(label: str) -> bool:
    """A government page's record field named alone, its value on the next line (索 引 号： / 000014349/2018-00219,
    标　　题： / 国务院关于…的通知): *label* without its colon and spaces."""
    return bool(
        _RECORD_FIELD.fullmatch(label)
        or _REGISTER_FIELD.fullmatch(label)
        or _RECORD_LABEL_EXTRA.fullmatch(label)
    )


def is_record_row(key: str, in_text: bool = False) -> bool:
    """A row of the page's record table set out with bars and no colons (发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |,
    有效性状态 | 阶段性文件 | 废止日期 | 暂无 |): its first cell names a field.  A data table's row (工程承包 | 701.2 |
    14.5%) names no field and stays text; *in_text* (past the first prose) only the register's own fields count,
    for a story's table names its columns too (股东名称 | 步长(香港)控股有限公司 |)."""
    if ("|" not in key and "｜" not in key) or len(key) > 120 or any(c in key for c in "，。；！？!?;"):
        return False
    cells = [cell.strip() for cell in re.split("[|｜]", key)]
    if in_text:
        return bool(cells[0]) and _REGISTER_FIELD.fullmatch(cells[0]) is not None
    # (above the text a field may follow a link's cell: 请点击下载 | 无 | 发布时间 | 2020-07-17 |)
    return any(cell and (_RECORD_FIELD.fullmatch(cell) or cell in _DATE_LABELS) for cell in cells[:3])


_CHANNEL = re.compile(rf"^[{_HAN}]{{0,4}}(?:{words(_LEX.menu_words)})$")


def is_channel_label(key: str) -> bool:
    """A channel's name alone (香港要聞 folded to 香港要闻, 国际新闻, 财经): the page's section, not a headline."""
    return len(key) <= 6 and _CHANNEL.match(key) is not None


# A site's bare domain name (52xx.cn, www.ettoday.net): headlines name a site by its name, not its address.
_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9.@/])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|tw|hk|mo|sg|my|cc|tv|info)(?![A-Za-z0-9])"
)


def is_logo(key: str) -> bool:
    """A picture's alternative text for the site's emblem (衛福部LOGO, 新华网logo), or a short line naming the site
    with its address (我爱学习网 52xx.cn我爱学习网菜单按钮): the masthead, not a headline."""
    if any(c in key for c in "，。；！？!?;,"):
        return False
    return (len(key) <= 20 and key.lower().endswith("logo")) or (
        len(key) <= 30 and _DOMAIN.search(key) is not None
    )


def is_app_prompt(key: str) -> bool:
    """A short line naming an app (新浪财经APP, iOS App下载), or one asking the reader to fetch it (不用抽 不用搶
    現在用APP看新聞 保證天天中獎 點我下載APP): the page advertising itself."""
    if "app" not in key.lower() or any(c in key for c in "，。；！？!?;"):
        return False
    return len(key) <= 30 or (len(key) <= 60 and any(word in key for word in _LEX.fetch_app_words))


_SITE_NAME = re.compile(rf"^[{_HAN}A-Za-z]{{1,8}}(?:{words(_LEX.site_name_endings)})$")
_PORTAL_NAME = re.compile(rf"^[{_HAN}]{{2,16}}(?:门户网站|入口网站|政务网站|官方网站|门户网)$")


# A masthead with its Latin name and motto after a dash or a bar: 芋传媒 TaroNews - 台湾观点.芋见真相
_MASTHEAD = re.compile(r"^(?P<name>\S+?)(?:[ 　]+[A-Za-z][A-Za-z0-9 .]*?)?[ 　]+[-|｜–—][ 　]+.{1,20}$")


def is_site_name(key: str) -> bool:
    """A site's or a paper's name alone (新华网, 聯合報 folded to 联合报), or with its Latin name and its motto
    after a dash or a bar (芋传媒 TaroNews - 台湾观点.芋见真相): the page's masthead."""
    if len(key) <= 10 and _SITE_NAME.match(key) is not None:
        return True
    if len(key) <= 20 and _PORTAL_NAME.match(key) is not None:
        # 澳门特别行政区政府入口网站, 某某市人民政府门户网站: a government's portal by its full name
        return True
    m = _MASTHEAD.match(key)
    if m is not None and len(m.group("name")) <= 10 and _SITE_NAME.match(m.group("name")) is not None:
        return True
    # 搜狐奥运-搜狐网站: a channel of the site, as its page title names it
    channel, bar, site = key.rpartition("-")
    return bool(bar) and 2 <= len(channel) <= 8 and len(site) <= 10 and _SITE_NAME.match(site) is not None
