"""Raw text → Article: lift out the headline block, notes and captions, rejoin broken paragraphs, find sections.

The rules are those a newspaper editor applies by eye:

* a line that does not end a sentence continues on the next body line, across blank lines (sources break
  paragraphs mid-word: ``迅`` / blank / ``即召开``);
* a byline (本报记者…, 记者…, 文／…) anchors a headline block: the short unpunctuated lines just above it are the
  title and deck, wherever the block sits, and the paragraph it interrupted is joined again around it;
* credits and boilerplate (责任编辑, 原标题, 本文来源 …) are notes, kept apart from the body;
* a short single sentence set apart by extra blank lines, or marked as a picture (图为, 摄), is a caption;
* numbered lines (1 / 一、 / （一） / 第X章 / 【】) and short unpunctuated lines set apart are headings.

On a scraped page the article sits inside the site, so the title is found by the strongest evidence first: the
byline under it, a restatement of the page's own title, the date or source line under it, and only then its place
as the first short line.  What sits above the title on a page, and between it and a wire dateline, is furniture;
so are lines shaped like furniture anywhere (menu bars, metadata lines, the site's notices: ``reader.article.page``)
and the short lines after the last sentence.  A hard-wrapped text is read by its wrap margin.

Nothing is dropped: every non-whitespace character ends up in exactly one field.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice, pairwise, repeat

from reader.article.headings import (
    BULLET_MARKS,
    RESULT_LINE,
    SMALL_FORM,
    SMALL_FORMS,
    STYLES,
    UNNUMBERED,
    HeadingMatch,
    is_terminated,
    is_tune_line,
    levels_for,
    looks_like_plain_heading,
    match_numbered,
)
from reader.article.lexicon import structure_lexicon, words
from reader.article.model import Article, Section
from reader.article.page import (
    RIGHTS_ENDINGS,
    ends_with_label,
    is_app_prompt,
    is_browser_help,
    is_channel_label,
    is_document_number,
    is_field_line,
    is_foreign_line,
    is_issuer,
    is_logo,
    is_menu_line,
    is_metadata_line,
    is_record_label,
    is_record_row,
    is_site_name,
    is_site_notice,
    leading_label,
)
from reader.fold import fold
from reader.script import detect_script

_WS = " \t\u3000\u00a0"  # not U+FEFF: inside a text it is a character, kept like any other

# The words of these rules live in lexicon/structure.toml (Simplified only); the patterns give them their shape
# and are matched against the line folded to Simplified (``reader.fold``), so Traditional text matches them too.
_LEX = structure_lexicon()
_W = words
_SEP = r"[\s　]*[：:／/|｜●‧·•・]"  # 文／张三, 作者：李四, 文‧蘇俐穎 (Taiwan's magazines set a middle dot)
_CN_NUM = "0-9一二三四五六七八九十〇"
_HAN = r"\u4e00-\u9fff\U00020000-\U0003134f"  # (with the extension planes, where OpenCC writes some forms)
_HAN_ONE = re.compile(f"[{_HAN}]")
# A date whose separators agree (2024年3月1日, 2024-03-01, 2024/3/1, 2024.03.01): 2016年1-2月份 is a period, not one.
# A Republic-era year in digits before a dash or slash (111-01-06, 113/3/1) is Taiwan's usual date on a page.
_YEAR = (
    r"(?:(?:19|20)\d{2}|(?:中华)?民国[\s　]*\d{1,3}|1[0-2]\d(?=[-/年]))[\s　]*"  # 115年2月9日: Republic era
)
_DATE = (
    rf"(?:{_YEAR}(?:年[\s　]*\d{{1,2}}[\s　]*月[\s　]*\d{{1,2}}日?(?![\d月])|-[\s　]*\d{{1,2}}[\s　]*-[\s　]*\d{{1,2}}"
    rf"|/[\s　]*\d{{1,2}}[\s　]*/[\s　]*\d{{1,2}}|\.[\s　]*\d{{1,2}}[\s　]*\.[\s　]*\d{{1,2}})(?![\d%])"
    r"|(?:19|20)\d{2}[\s　]+\d{1,2}/\d{1,2}"
    # day first, as Hong Kong pages write it: 26/02/2026, or with dots: 07.07.2017
    r"|(?<!\d)(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9])/(?:19|20)\d{2}(?!\d)"
    r"|(?<![\d.])(?:3[01]|[12]\d|0[1-9])\.(?:1[0-2]|0[1-9])\.(?:19|20)\d{2}(?![\d.]))"
)
_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"

# A name of two to four characters (孟 珂 with a space in it); a byline is names and at most a place or 报道 after
# them, so a sentence that opens with 记者 (记者从国家统计局获悉，…) is not one.
_NAME = rf"[{_HAN}·](?:[\s　]?[{_HAN}·]){{1,3}}"
BYLINE = re.compile(
    # (a box or bullet may open it: □ 郴州日报·今日郴州客户端全媒体记者 王路莎 周慧 文/图)
    rf"^(?:[□■●◆◇○•][\s　]*)?"
    rf"(?:(?:{_W(_LEX.byline_organisations)}|[{_HAN}]{{2,6}}(?:{_W(_LEX.agency_endings)})[\s　]*[／/|｜][\s　]*"
    # (a site's Latin name may open its own: CNEWS匯流新聞網記者謝東明／台北報導)
    rf"|(?:[A-Za-z]{{2,8}}[\s　]?)?[{_HAN}]{{2,8}}(?:{_W(_LEX.agency_endings)})(?:·[{_HAN}]{{2,10}})?)?"
    rf"(?:{_W(_LEX.byline_ranks)})?"
    # (a Markdown text escapes its bars: 记者\|曹蓓 编辑\|王毕强)
    rf"(?:{_W(_LEX.byline_roles)})[\s　●•·：:／/|｜\\]*{_NAME}(?:[\s　、,，]+{_NAME})*"
    rf"(?:[\s　]*\\?[／/|｜][^，。,]{{0,16}}|[\s　]*[{_HAN}]{{0,8}}(?:报道|报导|摄影?|整理)|[\s　]+(?:文|图)[／/](?:图|文))?$"
    # (a writing hand may open it: ✍ 撰文 | 楊健良)
    rf"|(?:[✍✏📝🖊]\ufe0f?[\s　]*)?(?:{_W(_LEX.author_labels)}){_SEP}[\s　]*\S{{2,}}"
    rf"|作者(?!简介|介绍)[\s　]*[{_HAN}]{{2,4}}$"  # 作者胡珉琦, 作者 胡珉琦: the label run into the name (作者简介 heads a bio)
    rf"|[{_HAN}·]{{2,6}}[\s　]+[著撰]$"  # 範成大  著, 名教中人 著: a book's author under its title
    rf"|(?:{_W(_LEX.dynasties)})[\s　]+[{_HAN}·]{{2,6}}[著撰]$"  # 明 邓志谟著: his dynasty before him
    # An old book's author with his dynasty in brackets: （清）吴沃尧, 【明】冯梦龙
    rf"|[（(【〔\[](?:{_W(_LEX.dynasties)})[）)】〕\]][\s　]*[{_HAN}·]{{2,8}}$"
    # A desk and a place before 报导: 生活中心／台北報導, 國際中心/綜合報導, a date before the reporter
    # (20221206鄭淑芳/台北報導)
    rf"|(?:(?:19|20)\d{{6}}[\s　]*)?[{_HAN}]{{2,8}}[\s　]*[／/][\s　]*[{_HAN}]{{2,4}}(?:报导|报道)$"
    # A broadcaster, its reporters, and their places (民視新聞/李文華、蔡松霖 彰化-雲林報導)
    rf"|[{_HAN}]{{2,6}}(?:{_W(_LEX.agency_endings)})[\s　]*[／/][\s　]*{_NAME}(?:[、,，]{_NAME})*[\s　]+"
    rf"[{_HAN}]{{2,4}}(?:[-－、][{_HAN}]{{2,4}})*(?:报导|报道)$"
    # The paper's own voice, unnamed: 本报评论员, 新华社特约评论员
    rf"|(?:{_W(_LEX.byline_organisations)})(?:{_W(_LEX.byline_ranks)})?(?:{_W(_LEX.byline_roles)})$"
    # A paper's own reporters named straight after its name, two names run together: 科技日报记者何沛苁赵卫华
    rf"|[{_HAN}]{{2,6}}(?:{_W(_LEX.agency_endings)})(?:{_W(_LEX.byline_ranks)})?(?:{_W(_LEX.byline_roles)})"
    rf"(?:[\s　]*{_NAME}(?:[\s　、,，]+{_NAME})*|[{_HAN}·]{{5,8}})$"
    # A paper, its reporters run together and their place before 报导: 聯合報／記者黃彥宏藍鈞達／台北報導
    rf"|[{_HAN}]{{2,6}}(?:{_W(_LEX.agency_endings)})[\s　]*[／/][\s　]*(?:{_W(_LEX.byline_roles)})[{_HAN}·]{{5,12}}"
    rf"[\s　]*[／/][\s　]*[{_HAN}]{{2,8}}(?:报导|报道)$"
    # An agency's dateline on a line of its own, as a portal sets it under the headline: 中央社／ 屏東縣12日電
    # (or without its 電: 中央社／ 台中24日)
    rf"|(?:{_W(_LEX.agencies)})[\s　]*[／/][\s　]*[{_HAN}]{{0,8}}(?:[{_CN_NUM}]{{1,4}}月)?[{_CN_NUM}]{{1,3}}日电?$)"
)
# A credit's label with a link after it and no sentence (来源：华夏早报[南方周末毙稿：…](http://…)) runs as long as
# the link's title does: a note of any length up to a paragraph's; so does a line of furniture with its link
# (原文来自财新网：~~[复阳疑云：…](http://…)).
_LINKED_CREDIT = re.compile(
    # (the label first: most long lines fail there before any scan of the line)
    rf"(?=[【\[（(]?(?:{_W(_LEX.credit_labels)})|(?:{_W(_LEX.furniture_openers)}))(?=[^。]{{0,600}}$)(?=.*(?:https?://|www\.))"
)
# A button of the page, bare or in its brackets with or without spaces inside (打印, 【查看原图】, 【 扫一扫 】, [打印]).
_WIDGET = (
    rf"(?:(?:{_W(_LEX.whole_line_notes)})|【[\s　]*(?:{_W(_LEX.whole_line_notes)})[\s　]*】"
    rf"|\[[\s　]*(?:{_W(_LEX.whole_line_notes)})[\s　]*\])"
)
# Each alternative is a named rule (``m.lastgroup`` says which one decided): the explanation names it.
NOTE = re.compile(
    rf"^(?:(?P<credit>(?:[✅✔☑✍📝•·-]\ufe0f?[\s　]*)?[【\[（(]?(?:{_W(_LEX.credit_labels)})[】\]）)]?{_SEP})"
    # (a widget in the page's brackets too: 【查看原图】, [打印])
    rf"|(?P<end_mark>(?:[•·][\s　]*)?{_WIDGET}[\s　]*[：:]?$)"
    # A statistical release's footnote after the text (注1：社会融资规模存量是指…); one in brackets is the text's
    r"|(?P<footnote>(?:附注|注)[0-9]{0,2}[\s　]*[：:])"
    # A label left without its value (作者:, •更新時間:, 核心提示:): the page's field, empty or filled below
    rf"|(?P<empty_label>[•·\s　]*(?:(?:{_W((*_LEX.author_labels, *_LEX.date_labels, *_LEX.summary_labels))})"
    rf"|[{_HAN}]{{0,2}}(?:{_W((*_LEX.credit_labels, '评论'))}))[\s　]*[：:]$)"  # (初审编辑:, 网友评论: left empty)
    # A row of such buttons: 簡體 | 繁體, 分享 / 收藏 / 打印, or run together as a scraper left them
    # (English繁體簡體純文字PDARSS)
    rf"|(?P<switches>{_WIDGET}[：:]?(?:[\s　]*[|｜/／]?[\s　]*{_WIDGET})+$)"  # (显示模式: 网格 列表)
    # A paper's issue line: 《 人民日报 》（ 2024年03月01日   第 01 版）
    rf"|(?P<paper_issue>《[^》]{{1,14}}》[\s　]*[（(]?[\s　]*{_DATE}[^，。,；;！？!?]{{0,24}}$)"
    rf"|(?P<media_credit>[（(](?:本文)?(?:{_W(_LEX.media_words)})[^）)]{{0,20}}(?:{_W(_LEX.media_credit_words)})[）)]$)"
    rf"|(?P<furniture>(?:[•·][\s　]*)?(?:{_W(_LEX.furniture_openers)}))"  # (• 友善列印: a bulleted button)
    # A breadcrumb trail: 首页 > …, 新闻 > 国内 > 正文
    rf"|(?P<breadcrumb>(?:{_W(_LEX.breadcrumb_roots)})[\s　]*[>＞›»]"
    r"|[^\s>＞›»]{1,16}(?:[\s　]*[>＞›»][\s　]*[^\s>＞›»]{1,12}){2,}[\s　]*[>＞›»]?$)"
    # A publication line: a date (and time) standing alone, perhaps labelled, bracketed or followed by a source
    # or page: 2024-03-01 10:25:36 来源：新华网, 时间:2024年03月28日 21:05 中财网, （2016年10月19日）, 中华民国91年3月19日星期二
    rf"|(?P<publication_line>[|｜•·\s　-]*(?:(?:{_W(_LEX.date_labels)})[\s　]*(?:[（(][A-Za-z]{{2,5}}[）)])?[\s　]*[：:][\s　]*"
    rf"|[^\s　，。,；;：:]{{2,12}}[\s　]+(?:发表于[\s　]*)?"  # (vovage2000 发表于 2016-3-14: a forum post's poster)
    # (時事脈搏 | 2020-12-03 13:55: the column, then the time; 解质时间 | 2025年10月9日 | is a table's row)
    rf"|(?!.*[|｜][\s　]*$)[^\s　，。,；;：:|｜]{{2,12}}[\s　]*[|｜][\s　]*)?"
    rf"[（(\[【]?[\s　]*{_DATE}[\s　]*[）)\]】]?"
    # (a comma after the date only before its weekday, its time or a label: 2019年3月14日,金陵药业… is a sentence)
    rf"(?:[\s　]*[，,](?=[\s　]*(?:星期|周[一二三四五六日]|\d{{1,2}}[:：]|[^，。,；;！？!：:]{{1,8}}[：:])))?"
    rf"[\s　]*(?:星期[一二三四五六日天]|周[一二三四五六日])?[\s　]*(?:{_TIME})?[^，。,；;！？!]{{0,30}}$)"
    # A labelled date in a form the date patterns leave alone (新聞日期:98-06-11, a Republic year in two digits)
    rf"|(?P<labelled_date>[-•·\s　]*(?:{_W(_LEX.date_labels)})[\s　]*[：:][\s　]*\d{{2,4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}$)"
    # A channel's "more" link: E.S.G.專區more, 影音專區 更多>>
    r"|(?P<more_link>[^，。,；;\s]{1,16}[\s　]*(?:more|More|MORE|更多)[\s　>»›]*$)"
    # A page's date and weather bar: 十二月 20, 2025 星期六 間有陽光 22° 67%
    r"|(?P<weather_bar>[^，。；;]{0,30}(?:星期|周)[一二三四五六日天][^，。；;]{0,20}\d{1,2}[\s　]?(?:°|℃)[^，。；;]{0,24}$)"
    # An issue's month alone on its line: 2018 / 12月, 2018年12月 (a magazine's issue, a page's date)
    r"|(?P<issue_month>(?:19|20)\d{2}[\s　]*[/／.\-年][\s　]*(?:1[0-2]|0?[1-9])[\s　]*月?(?:号|期|刊)?$"
    r"|第[\s　]*\d{1,4}[\s　]*期$)"  # (第101期: an e-paper's issue number alone on its line)
    # A source with how long ago it was posted: 36氪 17分钟前, 3小时前
    r"|(?P<posted_ago>[^，。,；;！？!?]{0,16}?[\s　]*[0-9]{1,2}[\s　]*(?:分钟|小时|天)前$)"
    # A rating widget's scale: 1分 2分 3分 4分 5分
    r"|(?P<rating>(?:[1-9][\s　]*分[\s　]*){3,}$)"
    # A page widget's counter: 95人支持, 1.2万阅读, 32评论
    r"|(?P<counter>[0-9.]+[万千]?[\s　]*[人次条]?[\s　]*(?:支持|反对|点赞|赞|喜欢|收藏|评论|阅读|浏览|分享|围观|参与)$"
    # (or labelled first: •观看:2343次, 播放量：1.2万)
    r"|[•·\s　]*(?:观看|浏览|阅读|点击|播放|访问)(?:次数|量)?[\s　]*[：:][\s　]*[0-9.]+[万千]?[\s　]*次?$"
    # (or told: 已有1228次阅读 2013-6-30 09:04|)
    r"|已有[\s　]*[0-9]+[\s　]*次(?:阅读|浏览|点击)[^，。,；;！？!?]{0,24}$)"
    # A site's name with its link home (近代中国网 返回首页), a blog's owner with the page's address
    r"|(?P<home_link>[^，。,；;！？!?\s　]{2,16}[\s　]+返回首页$|[^，。,；;！？!?\s　]{1,16}的个人空间[\s　]*(?:https?://\S*)?$)"
    # An archive's record fields in English: • Date: Friday, December 5, 2008, • Synopsis: … (• Title: … names the
    # headline: a title field)
    r"|(?P<record_label>[•·\s　]*(?:Date|Synopsis|ArticleText|Article Text|Author|Source|Keywords|Summary)[\s　]*:)"
    # A newspaper's page label: 01版:要闻, 第07版：国内, 第A09版:市场新闻 上一版3  4下一版
    r"|(?P<page_label>第?[\s　]*[A-Za-z]?\d{1,5}[\s　]*版[\s　]*(?:[：:][^，。,]{0,20}|[（(][^，。,（）()]{0,12}[）)])$)"
    # A picture's or an attachment's file name left by the scraper: 640.webp, 640.webp(1), 附件1.pdf
    r"|(?P<file_name>[^\s　，。]{1,40}\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|webp|bmp|pdf|PDF|docx?|xlsx?)(?: ?\(\d+\))?(?:[A-Za-z0-9]{0,8}[\u4e00-\u9fff]{0,8})$)"
    # A line of hashtags: #体育# 棒球# 高国庆#, #台风 #停课
    r"|(?P<tags>(?:[#＃][^#＃\s　]{1,16}[#＃]?[\s　]*){2,}$|[#＃]?(?:[^#＃\s　]{1,16}[#＃][\s　]*){3,}[^#＃\s　]{0,16}$)"
    # A line of rule symbols only (|, ----, ****, ═══, ───┬───) or a scraper's stray backslash (\\): decoration (a
    # lone ， or 。 is a split sentence, not this)
    r"|(?P<decoration>[|｜\-－_=＝*＊#＃~～\u2500-\u257f]+(?:\.[|｜\-－_=＝*＊#＃~～\u2500-\u257f]+)?$|\\+$"
    r"|[■□▪◆◇●]+$"  # (a bullet alone on its line: a filing's page marker, ■)
    r"|[|｜](?:[\s　]*[|｜])+[\s　]*$))"  # (| |||||: a table's empty cells)
)
# Shapes of furniture that NOTE would pay for on every line (a free-length run before a mark at the end): each
# pattern is tried only on lines that pass a test on a character or two.
_SITE_TITLE = re.compile(r"[^。|｜]{4,60}[|｜][^|｜。，,]{1,12}[|｜][^|｜。，,]{1,20}$")
_LINK_ARROW = re.compile(r"[^，。,；;！？!?\s　]{1,8}[\s　]*[>＞›»]$")
_ACCESS_KEY = re.compile(r"[^，。,；;！？!?]{0,30}:::$")
_SPACED_TRAIL = re.compile(r"(?:首页|主页)(?:[\s　]+[^\s　，。,；;！？!?]{1,10}){1,5}$")  # (主页 国内新闻)
_LABELLED_BREADCRUMB = re.compile(
    rf"[^，。,\s　]{{1,10}}[：:][\s　]*(?:{_W(_LEX.breadcrumb_roots)})[\s　]*[>＞›»]"
)


_SHAPE_ENDS = frozenset(">＞›»:》文")
_TEXT_CRUMB = re.compile(
    r"[^\s　，。,；;：:]{1,8}(?:[\s　>＞›»/|｜]+[^\s　，。,；;：:>＞›»]{1,8}){0,4}[\s　>＞›»/|｜]+正文$"
)


_BBS_PUSH = re.compile(r"(?:推|嘘|→)\s*[A-Za-z0-9_]{2,20}\s*[:：]")


# Noise a forum (Discuz) scatters through a copied post to spoil copying: tokens of one or two printable ASCII
# characters set apart by spaces (9 h1 j, V; V8 G K* W) K), a letter or digit glued to a punctuation mark in some.
_JAMMER = re.compile(r"(?:[!-~]{1,2}[ \t]+)+(?:[!-~]{1,2}$)?")
_JAMMER_TOKEN = re.compile(r"[A-Za-z0-9][!-/:-@\[-`{-~]|[!-/:-@\[-`{-~][A-Za-z0-9]")


def _jammer_length(key: str) -> int:
    """The length of the forum noise opening the line (the whole line when it is nothing else), or 0.  Six tokens
    at least, two of them a letter or digit glued to a mark: a line of code (a = b + c;) spaces its marks apart."""
    run = _JAMMER.match(key)
    if run is None:
        return 0
    tokens = run.group().split()
    if len(tokens) < 6 or sum(1 for t in tokens if _JAMMER_TOKEN.fullmatch(t)) < 2:
        return 0
    return run.end()


def _shaped_note(key: str) -> str | None:
    """The rule of a furniture line NOTE leaves to cheaper tests, or None."""
    if "!" <= key[0] <= "~" and _jammer_length(key) == len(key):
        return "note.jammer"  # 9 h1 j, V; V8 G K* W) K: a forum's anti-copying noise on a line of its own
    if key[0] in "推嘘→" and _BBS_PUSH.match(key):
        return "note.bbs_comment"  # 推 jasonlin68:好文推 辛苦了: a reader's comment under a BBS post
    last = key[-1]
    if last in ">＞›»" and _LINK_ARROW.match(key):
        return "note.link_arrow"  # 快看 >, 更多 »: a short link ending in its arrow
    if last == "文" and _TEXT_CRUMB.match(key):
        return "note.breadcrumb"  # 投资 正文, 新闻中心 > 国内 正文: the trail ends at "the text"
    if last == "》" and "《" not in key and len(key) <= 40 and key[-2:-1].isspace():
        return "note.link_arrow"  # 更多棒球報導 》, 世錦賽金牌黃靖彤的跆拳道之路 》: a teaser's link, 》 its arrow
    if last == ":" and _ACCESS_KEY.match(key):
        return "note.access_key"  # ::: or 本院新聞::: on a government site: an anchor for screen readers
    if ("|" in key or "｜" in key) and _SITE_TITLE.match(key):
        return "note.site_title"  # …台灣外交」 喊：院長…|新聞原味|華視新聞 2026: a page's own title
    if key[:3] == "```" and _CODE_FENCE.fullmatch(key):
        return "note.markup_tag"  # ```python, ```: a Markdown code block's fence is the markup's
    if key[:2] == "目录" and _CONTENTS_LINK.fullmatch(key):
        return "note.page_nav"  # 目錄 野叟曝言: the link back to the book's contents
    if (
        key.count(">") + key.count("＞") >= 2
        and len(key) <= 60
        and "<" not in key
        and _ARROW_TRAIL.match(key)
    ):
        return "note.breadcrumb"  # 學達書庫 > 郁達夫 > 閒書 | 上頁 下頁: a trail of links, whatever its root
    if (">>" in key or "＞＞" in key or "»" in key) and len(key) <= 60 and _DOUBLE_ARROW_TRAIL.fullmatch(key):
        return "note.breadcrumb"  # 蚌埠新闻网>> 区县, 人民网>>时政>>滚动新闻: links joined by a double arrow
    if ("首页" in key or "主页" in key) and (
        _LABELLED_BREADCRUMB.match(key) or (key.startswith(("首页", "主页")) and _SPACED_TRAIL.match(key))
    ):
        return "note.breadcrumb"  # 您当前的位置: 首页 > 统计信息, 首页 新闻中心 公告公示-便民类
    if ("ICP" in key or "公网安备" in key) and _LICENCE.search(key):
        return "note.licence"  # 京公网安备11010202007567号京ICP备17054264号: the site's licences, its footer
    if any(w in key for w in _PAGE_NAV_WORDS) and len(key) <= 40 and not _SENTENCE_MARK.search(key):
        return "note.page_nav"  # 3上一篇  下一篇4, 3上一版  下一版4: the links to the stories or pages either side
    if "://" in key and _LABELLED_LINK.fullmatch(key):
        # 網址:https://aamacau.com/?p=107772: the page's own address under a label
        return "note.labelled_link"
    if "](" in key and _LINK_LINE.fullmatch(key):
        # *[欢迎加入“安全内参热点讨论群”](https://…), [🌐原始链接](http://…): a Markdown link alone on its line
        return "note.link_line"
    if key[:4].lower() == "www." and len(key) <= 80 and "。" not in key and not any(c.isspace() for c in key):
        return "note.watermark"  # www.xiaoshuotＸt，ｎｅt＼t＝xt＊＊小／说天＾堂％: an e-text site's mark, scrambled
    return None


_PAGE_NAV_WORDS = ("上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期")
# A chapter's title between the links to the chapters either side (◀上一回 第十八回 … 下一回▶)
_NAV_AROUND = re.compile(r"◀?上一[回章节页篇][\s　]+(?P<line>\S.*?)[\s　]+下一[回章节页篇]▶?")
_CODE_FENCE = re.compile(r"```[\w+#.-]*")
_CONTENTS_LINK = re.compile(rf"目录[\s　]+[{_HAN}·]{{1,20}}")
# Three links or more joined by arrows, no sentence among them (…书库 > 郁达夫 > 闲书, then perhaps | 上页 下页)
_ARROW_TRAIL = re.compile(r"[^>＞，。,；;！？!?]{1,16}(?:[\s　]*[>＞][\s　]*[^>＞，。,；;！？!?]{1,16}){2,}")
# A trail of two links or more joined by the double arrow that marks a breadcrumb and nothing else (蚌埠新闻网>> 区县),
# its first link no label (标准ICS号:流体系统>>… is a field whose value is a classification path)
_DOUBLE_ARROW_TRAIL = re.compile(
    r"[^<>＞，。,；;：:！？!?\s　]{2,16}[\s　]*(?:>>|＞＞|»)[\s　]*[^<>＞，。,；;！？!?]{1,16}"
    r"(?:[\s　]*(?:>>|＞＞|»|>|＞)[\s　]*[^<>＞，。,；;！？!?]{1,16})*[\s　|｜]*"
)
_LABELLED_LINK = re.compile(rf"[{_HAN}]{{1,6}}[\s　]*[:：][\s　]*https?://\S+")
_LINK_LINE = re.compile(r"[*\-•·]?[\s　]*\[[^\]]{1,80}\]\((?:https?|evernote)://[^)\s]*\)")
_LICENCE = re.compile(r"ICP[备证][\s　]*(?:\d|[:：])|公网安备[\s　]*\d")
# Words one of _shaped_note's shapes needs (a breadcrumb's 首页, a page link, a licence): a cheap test first.
_SHAPE_WORDS = (
    "首页",
    "主页",
    "一篇",
    "一版",
    "一期",
    "ICP",
    "公网安备",
    "://",
    "](",
    "www.",
    "WWW.",
    "目录",
    ">",
    "＞",
    "»",
    "```",
)


# A credit closing the story: （记者 李明 沈阳报道）, （本報記者王小明）.
CLOSING_BYLINE = re.compile(
    rf"^[（(](?:{_W(_LEX.byline_organisations)})?(?:{_W(_LEX.byline_ranks)})?"
    rf"(?:{_W(_LEX.byline_roles)})[^（()）]{{1,30}}[）)]$"
)
# A short remark standing alone in brackets, no sentence in it: （此件公开发布）, （本文系作者投稿）
BRACKETED_REMARK = re.compile(r"^[（(][^（）()，,。；;！？!?]{2,24}[）)]$")
# A headline may ask or exclaim (推进科技服务业高质量发展如何发力?) with no clause before its mark.
_HEADLINE_QUESTION = re.compile(r"^[^，,。；;]+[？?！!]$")
# A list of links to other stories: the short lines after it are notes too.
RELATED = re.compile(
    rf"^[【\[]?(?:{_W(_LEX.related_markers)})|^更多[{_HAN}]{{1,8}}[\s　>»]*$|^[{_HAN}]{{0,8}}(?:排行榜?|热榜)$"
)  # 更多港聞, 更多自由時報報導: more of a channel or a paper; 即時新聞今日排行, 新聞排行榜: a ranking of others
_CREDIT = re.escape(_LEX.photo_credit)
CAPTION_MARK = re.compile(
    rf"^(?:{_W(_LEX.caption_openers)})|[（(][^）)]{{0,20}}{_CREDIT}[）)]$|{_CREDIT}$"
    # …舉行招聘會，圖為西九龍就業中心。: what the picture shows, said after the one sentence of its caption
    r"|^[^。！？!?]{2,30}[，,][\s　]*图为[^。！？!?，,]{2,30}。?$"
)
# A caption closed by an agency's or paper's credit: …集会。（美联社）, …作业。新华社发, …（新华社记者 张三 摄）
CAPTION_CREDIT = re.compile(
    rf"[。.！!][\s　]*[（(]?[\s　]*(?:{_W(_LEX.credit_sources)})(?:记者)?[\s　]*(?:[{_HAN}·]{{2,4}}[\s　]*)?"
    rf"(?:{_W(_LEX.credit_verbs)})?[\s　]*[）)]?$"
)
# A caption closed by the credit of whoever gave the picture: …科学突破”。中国科学院物理研究所 供图
PICTURE_CREDIT = re.compile(
    rf"[。.！!”][\s　]*[（(]?[^。，,；;（）()]{{2,20}}?[\s　]*(?:{_W(_LEX.picture_credits)})[）)]?$"
    # …插的国旗。周密/新华社 图: 图 set apart after a name credits the picture (地图, 意图 are words)
    r"|[。.！!”][\s　]*[^。，,；;（）()]{2,20}?[\s　]+图$"
)
_PICTURE_CREDIT_ENDS = (*_LEX.picture_credits, " 图", "　图")
# …獎項一字排開有夠霸氣。圖/台視新聞: the picture's source after the caption's last stop
# (or after a caption of one clause, without a stop: 罗俊院士在华中科技大学引力实验中心图/新华社)
PICTURE_SOURCE = re.compile(
    r"[。！!][\s　]*图[／/][^。，,；;！!？?（）()]{1,16}$|^[^。，,；;！!？?]{4,40}?[\s　]*图[／/][^。，,；;！!？?（）()]{1,16}$"
)
PICTURE_SOURCE_ALONE = re.compile(r"(?:图|图片|照片)[\s　]*[／/][^。，,；;！!？?（）()]{1,16}$")
# The last characters an agency's or a bracketed credit can end a caption with (CAPTION_CREDIT, BRACKET_CREDIT).
_CREDIT_LAST = frozenset(
    "）)" + "".join(w[-1] for w in (*_LEX.credit_verbs, *_LEX.credit_sources, *_LEX.byline_organisations))
)
# A closing bracket crediting the picture: …魏哲家。（本报资料照）, …（图／中央社）
BRACKET_CREDIT = re.compile(
    rf"[（(][\s　]*(?:{_W(_LEX.byline_organisations)}|(?:{_W(_LEX.byline_roles)})[{_HAN}·]{{2,4}})?"
    rf"(?:{_W(_LEX.bracket_credits)})[^（）()]{{0,24}}[）)]$"
    # …調查。(港台圖片), （新华社图片）, …供參考。（交通部提供）: whose picture it is, in brackets
    rf"|[（(][^（）()，。,]{{1,10}}(?:{_W(_LEX.bracket_credit_endings)})[）)]$"
)
# A chart or table title: 图1：…, 表2 …, 图表3.
CHART_TITLE = re.compile(
    rf"^(?:{_W(_LEX.chart_words)})[\s　]*\d{{1,2}}(?:[-－.]\d{{1,2}})?(?:[：:\s　．.、]|$)"
)
# …增速(月度同比)(%): a short title closed by its unit in brackets heads a chart or a table (the bracket may be lost)
UNIT_TITLE = re.compile(
    r"^[^，。,；;！？!?]{4,40}[（(](?:%|％|‰|[^（）()，。]{0,3}(?:元|吨|人|户|亩|公顷|千瓦时|立方米|个百分点))[）)]?$"
)
_UNIT_TITLE_ENDS = frozenset("）)%％‰元吨人户亩顷时米点")
# A lone name after a mark: ☉张国财
MARKED_NAME = re.compile(rf"^[{re.escape(_LEX.name_marks)}][\s　]*[{_HAN}·]{{2,4}}$")
# A person's name alone: a common surname and one to three more characters (崔文佳, 欧阳 明)
LONE_NAME = re.compile(rf"^(?:{_W(_LEX.surnames)})[\s　]?[{_HAN}](?:[\s　]?[{_HAN}]){{0,2}}$")
# A label alone on its line heading what follows: 问题： / 答复：
LABEL_HEADING = re.compile(rf"^(?:{_W(_LEX.label_headings)})[\s　]*[：:]$")
PAGE_BREAK = re.compile(rf"(?:{_W(_LEX.page_breaks)})$")
_OWN = re.escape(_LEX.own_paper)
# A bracket closing on 资讯 is news, not a dispatch: each word a fixed-width look behind the 】.
_NOT_DISPATCH = "".join(f"(?<!{re.escape(w)})" for w in _LEX.bracket_not_endings)
DATELINE = re.compile(
    rf"^(?:(?P<wire>(?:{_W(_LEX.agencies)}|[{_HAN}]{{2,6}}(?:{_W(_LEX.agency_endings)}))"
    # (Taiwan's Central News Agency sets a slash after its name and gives only the day: 中央社／ 屏東縣12日電)
    # (a special dispatch names its desk before 电: 新华社海口1月1日奥运专电)
    rf"(?:[\s　]*[／/][\s　]*)?[{_HAN}]{{0,8}}(?:[{_CN_NUM}]{{1,4}}月)?[{_CN_NUM}]{{1,3}}日(?:[{_HAN}]{{0,4}}专)?电)"
    rf"|(?P<own_paper>{_OWN}[{_HAN}]{{0,6}}[{_CN_NUM}]{{0,4}}月?[{_CN_NUM}]{{0,3}}日?讯"
    rf"|{_OWN}[{_HAN}]{{2,6}}(?:[{_CN_NUM}]{{1,4}}月)?[{_CN_NUM}]{{1,3}}日电)"  # 本报鞍山18日电
    rf"|(?P<site>[{_HAN}]{{2,8}}(?:{_W(_LEX.site_endings)})(?:[{_CN_NUM}]{{1,4}}月)?(?:[{_CN_NUM}]{{1,3}}日)?讯)"
    # A paper's special dispatch: 晚报多哈今晨专电
    rf"|(?P<dispatch>[{_HAN}]{{2,12}}?专电)"
    rf"|(?P<bracketed>【[{_HAN}A-Za-z0-9 ]{{1,14}}?(?:\d{{4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:{_W(_LEX.bracket_endings)}){_NOT_DISPATCH}】"
    # (a wire of Hong Kong's sets its dispatch in title marks: 《經濟通通訊社26日專訊》)
    rf"|《[{_HAN}]{{2,10}}(?:通讯社|社)\d{{1,2}}日(?:{_W(_LEX.bracket_endings)})》)"
    # Central News Agency style, in brackets: （中央社記者張建中新竹17日電）
    rf"|(?P<agency_in_brackets>[（(][{_HAN}·]{{2,24}}?[{_CN_NUM}]{{1,3}}日电[）)])"
    # A Malaysian or Singapore paper's, in brackets: （吉隆坡1日讯）, （新加坡讯）, （吉隆坡综合讯）
    rf"|(?P<news_in_brackets>[（(](?:{_OWN})?[{_HAN}]{{2,8}}?(?:[{_CN_NUM}]{{1,3}}日)?(?:综合|专|特)?讯{_NOT_DISPATCH}[）)])"
    # A reporter and a place in brackets: 〔记者王小明／台北报导〕
    rf"|(?P<reporter_in_brackets>[〔［\[（(][\s　]*(?:{_W(_LEX.byline_roles)})[\s　]*[{_HAN}·]{{2,4}}"
    rf"(?:[、,，][{_HAN}·]{{2,4}})*[\s　]*[／/][\s　]*[{_HAN}]{{2,8}}?(?:报导|报道|电)[〕］\]）)])"
    # Date, time, paper, reporter／place 报导: 2024-03-01 10:25 联合报 记者王小明／台北报导
    rf"|(?P<reporter_place>(?:{_DATE}[\s　]*(?:{_TIME})?[\s　]*)?(?:[{_HAN}]{{2,6}}[\s　]+)?"
    rf"(?:{_W(_LEX.byline_roles)})[\s　]*[{_HAN}·]{{2,4}}(?:[、,，][{_HAN}·]{{2,4}})*[\s　]*[／/][\s　]*[{_HAN}]{{2,8}}?"
    r"(?:报导|报道|电)))"
    r"(?:[\s　]*[（(][^）)]{1,40}[）)])?[\s　]*"
)
MAX_TITLE = 40


@dataclass(slots=True)
class _Line:
    """One non-blank line: ``text`` as written (what the article keeps), ``key`` folded (what the rules read)."""

    text: str
    key: str
    blanks_before: int
    indented: bool
    number: int = 0  # 1-based line number in the input, for explanations
    kind: str = "body"  # body, title, deck, byline, note, caption, heading, merged
    heading: HeadingMatch | None = None
    rule: str = "body.default"  # the name of the rule that decided ``kind``
    list_item: bool = False  # one entry of a run of short lines: its own paragraph, never a heading
    emphasised: bool = False  # set in bold whole (**微信群内发布领送婴儿信息**): a Markdown text's subheading
    indent: int = 0  # display columns of the leading whitespace (a hanging indent goes deeper than its item)
    spaced: bool = False  # read with its letter spacing taken out (什 么 是 VIM ？)

    def mark(self, kind: str, rule: str) -> None:
        """Give the line its role and record which rule decided it."""
        self.kind, self.rule = kind, rule


# The end of a paragraph glued to a closing credit: …斯韦司林杯。（任灏瑜）: a name in brackets after the last stop.
_CLOSING_NAME = re.compile(rf"(?<=[。！？!?”」』])[\s　]*[（(][{_HAN}·]{{2,4}}[）)]$")
# An editor's credit after the last stop, perhaps with the wire's date code: …總冠軍。(編輯:孫承武)1101120, or after
# the wire's end mark: …有序运行。(完) 【编辑:葛成】.  The end mark itself stays with the paragraph it closes (it is
# the wire copy's own text); a date code after it alone is cut off.
_CREDIT = rf"[（(【\[](?:{_W(_LEX.credit_labels)})[\s　]*[：:／/][^（）()【】\[\]]{{1,20}}[）)】\]]"
_CLOSING_CREDIT = re.compile(
    rf"(?:(?<=[。！？!?”」』])[\s　]*{_CREDIT}|(?<=完[）)])[\s　]*(?:{_CREDIT}[\d\s　]*|\d{{5,}}[\s　]*))[\d\s　]*$"
    # …穩定糧食供應。1040129: the wire's date code alone after the last stop (Republic-era yyymmdd, or yyyymmdd)
    r"|(?<=[。！？!?”」』])[\s　]*(?:1[0-9]{2}|20[0-9]{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[\s　]*$"
)
# The wire's end mark closing the story's last paragraph: …期望各界用好此次機遇。(完)
_GLUED_END_MARK = re.compile(r"[。！？!?”」』][\s　]*[（(]完[）)]$")
# A lone opening bracket after the last stop (…尚未偿还。[): the scraper's leftover of a link, not text.
_STRAY_BRACKET = re.compile(r"(?<=[。！？!?”」』])[\s　]*[\[【［]$")


_TAIL_ENDS = "）)]】［[【_|｜"
# A document's number after a dash at the end of its title line: ——华安资产临时信息披露报告[2026]006号
_NUMBER_TAIL = re.compile(
    r"[\s　]*(?:——|--)[^—\s　]{2,30}[〔\[［(（](?:19|20)[0-9]{2}[〕\]］)）]第?[0-9]{1,4}号$"
)
# A table cell's closing bar left after a line's text by a scraper (王新欣凌空抽射… 辽宁3-0重庆捍卫荣誉 |).
_CELL_BAR = re.compile(r"[\s　]+[|｜]$")
# 春运头三天… | |||||||||: the empty cells of the headline's row
_EMPTY_CELLS = re.compile(r"[\s　]+[|｜](?:[\s　]*[|｜]){4,}[\s　]*$")
# A live page's time stamp after its headline (3少年德福廣場非法集結 判入更生中心 (18:10)).
_STAMP_TAIL = re.compile(r"[\s　]+[（(][0-2]?[0-9]:[0-5][0-9][）)]$")
_BRACKET_CREDITS = tuple(_LEX.bracket_credits)
# A site's watermark glued after a sentence, perhaps behind a scrambled token (…大扫除活动。G7q安康新闻网): a note.
_WATERMARK = re.compile(
    rf"(?<=[。！？!?”」』])[A-Za-z0-9]{{0,8}}[{_HAN}]{{1,8}}(?:{_W(_LEX.site_name_endings)})$"
)
_WATERMARK_ENDS = tuple(_LEX.site_name_endings)
_WATERMARK_LAST = frozenset(e[-1] for e in _WATERMARK_ENDS)  # a set lookup before the endings are compared
# A page title's site after a bar: …突顯對獨立報道的敵對｜Yahoo, …｜明報新聞網
_SITE_SUFFIX = re.compile(
    r"[\s　]*[|｜][\s　]*(?:[A-Za-z][A-Za-z ]{1,14}|[\u4e00-\u9fff]{2,6}(?:网|新闻网|新闻|日报|时报))$"
)
# A page title's channel and site after underscores (…_澎湃号·媒体_澎湃新闻-The Paper)
_UNDERSCORE_SITE = re.compile(r"(?:_[^_\s]{2,12}){0,2}_(?P<site>[^_]{2,24})$")
# A page title's site after a spaced dash: 中兴通讯发布业绩预告：上半年预计亏损70亿-90亿元 - 华尔街见闻
_DASH_SITE = re.compile(
    rf"(?:[\s　]+[-–—][\s　]+(?:[A-Za-z][A-Za-z ]{{1,14}}|[A-Za-z0-9]{{0,4}}[{_HAN}]{{2,6}})){{1,2}}$"
)  # (or its channel and site: 吉林红黄蓝幼儿园虐童案宣判：17名孩子被扎，4幼师获刑 - 社会 - 东南网; - A5创业网)
# A book's age and author after its title, set off by spaces: 八贤传 清 落魄道人, 《鬼神传》  清 不题撰人
_DYNASTY_AUTHOR = re.compile(
    rf"[\s　]+(?:(?:{_W(_LEX.dynasties)})[\s　]+[{_HAN}·]{{2,8}}(?:[\s　]+[{_HAN}·]{{2,4}})?"
    rf"|[{_HAN}·]{{2,10}}(?:撰|著|编著|编|辑|述))$"
)  # (燕翼诒谋录     宋 王栐 王銍; 返生香　韵清女史吕逸撰: an author who wrote it)
# A headline's source in brackets after it: 為了健康 6年來吸菸人口減少89萬人( 蘋果日報電子報 )
_SOURCE_TAIL = re.compile(
    rf"[\s　]*[（(][\s　]*[{_HAN}A-Za-z]{{1,10}}(?:{_W(_LEX.site_name_endings)})[\s　]*[）)]$"
)
# A Markdown quote's marker (one >, then a space) before the line's text.
_MARKDOWN_QUOTE = re.compile(r">[ \t　]+(?=\S)")
_MARKDOWN_H1 = re.compile(r"#[ \t　]+(?=\S)")
# A bold phrase alone on its line, with no bold inside it (**加征关税的具体产品**).
_MARKDOWN_BOLD = re.compile(r"\*\*[^*\s][^*]{1,29}\*\*")
_STRESSED_LINE = re.compile(r"\*\*[^*\s][^*]+\*\*")
# A picture's caption left in its HTML markup on a line of its own.
_MARKUP_CAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>[\s　]*$", re.IGNORECASE)
# A scraper's date field in English before the line's text: date 2025-08-27, date: 2018-02-08 10:30
_LEADING_DATE_FIELD = re.compile(
    r"date[:：]?[\s　]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[\sT]\d{1,2}:\d{2}(?::\d{2})?)?[\s　]+(?=\S)",
    re.IGNORECASE,
)
# A page's record field naming the article in its header (标题:两市双双走高…, 名称: 市开发区重抓项目建设).
_TITLE_FIELD = re.compile(rf"(?:[•·][\s　]*)?(?:{_W(_LEX.title_field_labels)})[\s　]*[：:][\s　]*(?=[^\s　])")
_EMPTY_FIELD = re.compile(rf"(?:{_W(_LEX.empty_field_labels)})[\s　]*[：:]")
_DATE_TIME_FIRST = re.compile(rf"{_DATE}[\s　]*(?:{_TIME})?[\s　]+")
# The page's labelled fields glued after the story's last sentence (…最高峰。 关键词: 中秋 假期 责任编辑:Rex_02):
# cut off from the first label on, as a note.
_LABELLED_TAIL = re.compile(
    rf"(?<=[。！？!?”」』])[\s　]+(?:{_W(('关键词', '关键字', *_LEX.credit_labels, *_LEX.related_markers))})[\s　]*[：:]"
    r".{0,80}$"
)
# An editor's credit after a space at the end of a line (台中/綜合報導 責任編輯/網路中心): cut off as a note.
_CREDIT_TAIL = re.compile(r"[\s　]+(?:责任编辑|责编|编辑)[\s　]*[：:／/][^\s　：:／/]{1,16}$")


def _cut(stripped: str, key: str) -> tuple[int, int, str, str]:
    """Where page furniture is glued to the article's text on one line: (start of the text kept, start of the tail
    cut off, tail's role, tail's rule); (0, len, "", "") when nothing is glued.  A page label before (正文 第三回…);
    a page-break token, a stray bracket or a closing credit after."""
    head = leading_label(key) if key.startswith(_LEX.leading_labels) else 0
    if head and (
        key[head - 1] in "]：:" or match_numbered(stripped[head:].lstrip(_WS), key[head:].lstrip(_WS))
    ):
        # (a bracketed link or a crawler's label with its colon, 正文:, goes before any text; a bare label only
        # before a heading)
        return head, len(stripped), "", ""
    if key.endswith(_WATERMARK_ENDS) and (cut := _WATERMARK.search(key, max(0, len(key) - 24))):
        return 0, cut.start(), "note", "note.watermark"
    last = key[-1]
    if last == "号" and (cut := _NUMBER_TAIL.search(key)) and cut.start() >= 8:
        # …的信息披露公告——华安资产临时信息披露报告[2026]006号: the document's number after its title
        return 0, cut.start(), "note", "note.document_number"
    if last not in _TAIL_ENDS and not (last.isascii() and last.isalnum()):
        return 0, len(stripped), "", ""  # every tail below ends in a bracket, a digit or a letter
    if last in "|｜":
        cut = _CELL_BAR.search(key) or _EMPTY_CELLS.search(key)
        if (
            cut
            and key.count("|") + key.count("｜")
            == key[cut.start() :].count("|") + key[cut.start() :].count("｜")
            and any("\u4e00" <= c <= "\u9fff" for c in key[: cut.start()])  # not a picture's markup: ![]() |
            and not is_record_row(key)  # 发布单位 | (its value on the next line)
        ):
            return 0, cut.start(), "note", "note.cell_bar"
        return 0, len(stripped), "", ""
    cut = PAGE_BREAK.search(key)
    if cut and cut.start() > 0 and stripped[: cut.start()].strip(_WS):
        return 0, cut.start(), "note", "note.page_break"
    cut = _CLOSING_CREDIT.search(key)
    if cut and cut.start() > 0:
        return 0, cut.start(), "note", "note.closing_credit"
    # …減少89萬人( 蘋果日報電子報 ): the story's source after its headline
    source = _SOURCE_TAIL.search(key) if last in ")）" else None
    if source and source.start() >= 8 and not any(c in key for c in "。；;"):
        return 0, source.start(), "note", "note.source_credit"
    cut = _SITE_SUFFIX.search(key)
    if cut and cut.start() >= 8 and len(key) <= 80 and key.count("|") + key.count("｜") == 1:
        return 0, cut.start(), "note", "note.site_suffix"
    cut = _STRAY_BRACKET.search(key)
    if cut and cut.start() > 0:
        return 0, cut.start(), "note", "note.stray_bracket"
    cut = _CLOSING_NAME.search(key)
    if cut and len(key) > 2 * (cut.end() - cut.start()):
        tail = key[cut.start() :].strip(_WS)
        if NOTE.match(tail):
            return 0, cut.start(), "note", "note.end_mark"
        name = tail[1:-1]
        if name.endswith((*_LEX.media_words[:2], "摄")) or name.startswith(_BRACKET_CREDITS):
            # …調查。(港台圖片), …賴清德。（資料照）, …記者會。(盧逸峰攝): the bracket credits a picture, the
            # line is its caption
            return 0, len(stripped), "", ""
        if name not in _LEX.credit_sources and not name.endswith(
            _LEX.agency_endings
        ):  # （新华社） credits a source
            return 0, cut.start(), "byline", "byline.closing_name"
    return 0, len(stripped), "", ""


# A classical novel's chapter title is a couplet of two equal halves: 第二回　錢典史同行說官趣　趙孝廉下第受奴欺.
# A scraper may glue the chapter's first sentence to it, or put a page label before it (《》目录 第一回 …).
_CHAPTER_COUPLET = re.compile(
    rf"第[{_CN_NUM}]+回[\s　]+(?P<a>[{_HAN}]{{4,12}})[\s　]+(?P<b>[{_HAN}][^\s　]*)"
)
# A chapter's number and couplet run on into its opening words, with no space anywhere (…騎泥馬詞曰：世事如棋…,
# …細崽翻首座按：不多時…).
_CHAPTER_NUMBER = rf"第[{_CN_NUM}百零]+[回卷章]"
_CHAPTER_RUN_ON = re.compile(
    rf"{_CHAPTER_NUMBER}[{_HAN}]{{6,20}}?(?=(?:词曰|诗曰|词云|诗云|话说|却说|且说|话表)[：:，,]?|按[：:])"
)
_CHAPTER_MARK = re.compile(_CHAPTER_NUMBER)
# …路遇私訪裡江寺浩浩乾坤似海，昭昭日月如梭。福善禍淫報難脫，人當知非改過。: the chapter opens with a poem whose
# lines pair up (X，Y。X2，Y2。), the couplet's first line as long as its second, so the run before the first comma
# ends with a line of that length and the title is what comes before it.
_VERSE_OPENING = re.compile(
    rf"([{_HAN}]+)，([{_HAN}]{{4,7}})[。！？]([{_HAN}]{{4,8}})，([{_HAN}]{{4,7}})[。！？]"
)
# 第五章明日，天氣陰沉…: a clause of a few characters right after the number is the chapter's first words
_SHORT_FIRST_CLAUSE = re.compile(rf"[{_HAN}]{{1,4}}[，,]")


def _run_on_title_end(key: str, at: int) -> int | None:
    """Where a chapter's title ends when its number, title and first words run on with no break at all
    (第一回苗訓設相遇真龍匡胤遊春騎泥馬詞曰：…, 第一卷兩縣令競義婚孤女風水人間不可無，…, 第五章明日，…), the number
    standing at *at*; None when nothing marks the end.  An e-text flattened to one line does this."""
    run_on = _CHAPTER_RUN_ON.match(key, at)
    if run_on is not None:
        return run_on.end()
    mark = _CHAPTER_MARK.match(key, at)
    if mark is None:
        return None
    verse = _VERSE_OPENING.match(key, mark.end())
    if verse is not None:
        line = len(verse.group(2))
        if (
            len(verse.group(4)) == line
            and len(verse.group(3)) in (line, line + 1)
            and 4 <= len(verse.group(1)) - line <= 20
        ):
            return verse.end(1) - line
    if _SHORT_FIRST_CLAUSE.match(key, mark.end()):
        return mark.end()
    return None


_LABEL_BEFORE_CHAPTER = re.compile(rf"^[^\s　，。,；;！？!?]{{1,12}}[\s　]+(?=第[{_CN_NUM}]+[回章][\s　])")


def _chapter_cut(key: str) -> tuple[int, int]:
    """(start, end) of a chapter title standing in a line with something glued to it: a page label before
    (《》目录 第一回…), the chapter's first sentence after the couplet's second half (…受奴欺話說趙家…); (0, len)
    when the line is the title alone or no chapter title."""
    start = 0
    label = _LABEL_BEFORE_CHAPTER.match(key)
    if label:
        start = label.end()
    m = _CHAPTER_COUPLET.match(key, start)
    if m is None:
        run_on = _run_on_title_end(key, start)
        if run_on is not None:
            return start, run_on  # 第一回苗訓設相遇真龍匡胤遊春騎泥馬詞曰：…: the chapter's opening words
        return (start, len(key)) if label else (0, len(key))
    end = m.start("b") + len(m.group("a"))
    if len(m.group("b")) > len(m.group("a")) and len(key) - end >= 10:
        return start, end
    return start, len(key)


_WHOLE_NOTES = frozenset(_LEX.whole_line_notes)
_WIDGET_FIRST = frozenset(w[0] for w in _LEX.whole_line_notes)


def _widget_row(key: str) -> bool:
    """A line of page buttons only: whole-line notes and the names of share targets (分享工具 facebook)."""
    tokens = key.split()
    return (
        len(tokens) > 1
        and all(t in _WHOLE_NOTES or (t.isascii() and t.isalpha()) for t in tokens)
        and any(t in _WHOLE_NOTES for t in tokens)
    )


def _leading_widgets(key: str) -> int:
    """The length of the page buttons (whole-line notes such as 我要评论) standing before the text on its line, set
    apart by spaces; 0 when none, or when nothing but buttons is on the line."""
    at = 0
    for m in re.finditer(r"[^\s　]+", key):
        if m.group(0) not in _WHOLE_NOTES:
            # the buttons count only before a headline's worth of text
            return m.start() if at and len(key) - m.start() >= 10 else 0
        at = m.end()
    return 0


# Where a scraper set a page's paragraphs on one line: runs of spaces, or a space after a full stop or a closing
# quotation mark (Chinese puts none there) before the next text, or one before a bracketed dateline (【本报讯】)
# or a bar and a date (|2023.02.21).
_GAP = re.compile(
    r"[ \u3000](?:[ \u3000]+|(?<=[。！？”」][ \u3000])(?=[^\s　])|(?=【|[|｜]\d)"
    # …分别是: (1)加快建设…: a list opening after a colon
    r"|(?<=[：:][ \u3000])(?=[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}、))"
)  # a space first: fast
_SPACED = re.compile(r"(?<=\S) (?=\S)")


def _letter_spaced(raw: str) -> bool:
    """A line set with a space after every character (天 氣 稿 第 015 號, an old bulletin's letter spacing): most
    characters are followed by one space and some are Han."""
    if raw.count(" ") < 4 or not _HAN_ONE.search(raw):
        return False
    visible = len(raw) - raw.count(" ") - raw.count("\u3000")
    return len(_SPACED.findall(raw)) >= 0.6 * (visible - 1)


def _despaced(raw: str, key: str) -> tuple[str, str]:
    """*raw* and its folded *key* without the letter spacing: a single space goes unless a Latin word follows it
    (Print this page keeps its words; 約 800 公 里 becomes 約800公里) or it stands between two words of more than
    one character, which letter spacing would have spaced out (分 佔 的 收 入 人民幣 25.82 億元 keeps
    人民幣 25.82 億元 as written: 分佔的收入人民幣 25.82 億元)."""

    def word_at(i: int, step: int) -> bool:
        return 0 <= i + step < len(raw) and raw[i + step] != " "

    keep = [
        i
        for i, c in enumerate(raw)
        if c != " "
        or not (0 < i < len(raw) - 1 and raw[i - 1] != " " and raw[i + 1] != " ")
        or (raw[i - 1].isascii() and raw[i - 1].isalnum() and raw[i + 1].isascii() and raw[i + 1].isalpha())
        or (word_at(i - 1, -1) and word_at(i + 1, 1))
    ]
    return "".join(raw[i] for i in keep), "".join(key[i] for i in keep)


def _gapped(raw: str, raw_key: str) -> list[tuple[str, str, int]]:
    """A whole page's text on one line, its paragraphs set apart by runs of spaces (a scraper turned each <p> into
    two spaces): the pieces, each after a paragraph break (1), as if on lines of their own.  A line of ordinary
    length, or with fewer than two such gaps, is one piece."""
    if len(raw) < 200:
        return [(raw, raw_key, 0)]
    body = raw.strip(_WS)
    offset = raw.index(body[0]) if body else 0
    # (not inside brackets: 新报讯(北方新报正北方网记者  马丽侠) is one credit, its name set off by spaces)
    gaps = [m for m in _GAP.finditer(raw, offset, offset + len(body)) if not _inside_brackets(raw, m.start())]
    if len(gaps) < 2:
        return [(raw, raw_key, 0)]
    pieces, start = [], 0
    for m in gaps:
        pieces.append((raw[start : m.start()], raw_key[start : m.start()], 1 if pieces else 0))
        start = m.end()
    pieces.append((raw[start:], raw_key[start:], 1))
    return pieces


# An item's label after its number, up to its colon (2.事實發生日:, 3.交易數量、每單位價格及交易總金額:).
# (a label may hold a bracketed remark with commas: 1.標的物之名稱及性質(屬特別股者,並應標明…,如股息率等):)
_ITEM_LABEL = re.compile(r"[^\W\d_][^：:。；;]{0,60}[：:]")


def _numbered_items(raw: str, raw_key: str) -> list[tuple[str, str, int]]:
    """A form's numbered fields run together on one line (1.事實發生日:105/5/16 2.公司名稱:… 3.交易數量…: a filing
    flattened by a scraper, a number glued even to the value before it, …105/5/163.交易數量): the items, each after
    a paragraph break (1), when the line opens with item 1 and items 2 and 3 follow in turn, each number followed
    by its label and colon.  Any other line is one piece."""
    body = raw_key.lstrip(_WS)
    if len(body) < 60 or body[:2] not in ("1.", "1．") or not _ITEM_LABEL.match(body, 2):
        return [(raw, raw_key, 0)]
    starts, at, n = [len(raw_key) - len(body)], len(raw_key) - len(body) + 2, 2
    while True:
        found = None
        for mark in (f"{n}.", f"{n}．"):
            i = raw_key.find(mark, at)
            while i >= 0 and not _ITEM_LABEL.match(raw_key, i + len(mark)):
                i = raw_key.find(mark, i + 1)
            if i >= 0 and (found is None or i < found):
                found = i
        if found is None:
            break
        starts.append(found)
        at, n = found + len(str(n)) + 1, n + 1
    if len(starts) < 3:
        return [(raw, raw_key, 0)]
    bounds = [0, *starts[1:], len(raw)]
    return [(raw[a:b], raw_key[a:b], 1 if k else 0) for k, (a, b) in enumerate(pairwise(bounds))]


# …且聽下回分解。第二回陸孝廉訪艷…: a chapter's number right after a sentence's end, in an e-text on one line
_NEXT_CHAPTER = re.compile(rf"(?<=[。！？」』”])(?={_CHAPTER_NUMBER}(?!合))")
RUN_ON_TEXT = 1500  # characters on one line: a whole e-text flattened, no paragraph of its own


def _run_on_chapters(raw: str, raw_key: str) -> list[tuple[str, str, int]]:
    """An e-text flattened to one line, its chapters run together (…且聽下回分解。第二回…): the chapters, each
    from its number on and after a paragraph break (1).  A line of a paragraph's length is one piece."""
    if len(raw) < RUN_ON_TEXT:
        return [(raw, raw_key, 0)]
    bounds = [0, *(m.start() for m in _NEXT_CHAPTER.finditer(raw_key)), len(raw)]
    return [(raw[a:b], raw_key[a:b], 1 if k else 0) for k, (a, b) in enumerate(pairwise(bounds))]


# 报告起数 |, 553 |, |: one cell of a table a scraper flattened to a line each, its bar closing the cell
# (a cell is short: a line of text closed by a bar is a row of one long cell, a layout box rather than a table)
_TABLE_CELL = re.compile(r"[^|｜]{0,30}[|｜]+")
TABLE_RUN = 4  # cells in a row, at least: a table, not a line that happens to end in a bar


def _block_end(raws: list[str], i: int) -> tuple[int, str]:
    """The end of the table or the program starting at line *i* (see ``_blocks_joined``) and its rule; (i, "")
    when none starts there."""
    j = i
    while j < len(raws) and raws[j].strip(_WS) and _TABLE_CELL.fullmatch(raws[j].strip(_WS)):
        j += 1
    if j - i >= TABLE_RUN:
        return j, "paragraph.table"
    j = i
    while j < len(raws) and _is_code(raws[j]):
        j += 1
    return (j, "paragraph.code_block") if j - i >= 2 else (i, "")


def _blocks_joined(
    numbers: list[int], raws: list[str], keys: list[str], gaps: list[int]
) -> tuple[list[int], list[str], list[str], list[int], dict[int, str]]:
    """The lines with each table flattened to one cell a line (月 份 | / 报告起数 | / … / 10 | / 9 |) and each
    program's lines (func parseLogs(…) { / var wg sync.WaitGroup / …) joined into one line, and the
    places of the joined lines in the lists returned, with their rules.  A table is one paragraph read with its bars
    (left a cell a paragraph, its numbers would stand alone as page furniture); a program is one paragraph, its
    statements joined by spaces."""
    out: tuple[list[int], list[str], list[str], list[int]] = ([], [], [], [])
    blocks: dict[int, str] = {}
    i = 0
    while i < len(raws):
        j, rule = _block_end(raws, i)
        if rule:
            blocks[len(out[0])] = rule  # (by place: pieces of one long line share its number)
            row = (" ".join(r.strip(_WS) for r in raws[i:j]), " ".join(k.strip(_WS) for k in keys[i:j]))
            values = (numbers[i], *row, gaps[i])
        else:
            j, values = i + 1, (numbers[i], raws[i], keys[i], gaps[i])
        for seq, value in zip(out, values, strict=True):
            seq.append(value)  # type: ignore[arg-type]
        i = j
    return (*out, blocks)


def _with_gap(pieces: list[tuple[str, str, int]], gap: int) -> list[tuple[str, str, int]]:
    """*pieces* of one piece that stood after a break of *gap*: the first takes that break."""
    return [(pieces[0][0], pieces[0][1], gap), *pieces[1:]]


def _inside_brackets(raw: str, at: int) -> bool:
    """True when a round bracket opened within the 30 characters before *at* is still open there."""
    window = raw[max(0, at - 30) : at]
    opened = max(window.rfind("("), window.rfind("（"))
    return opened >= 0 and max(window.rfind(")"), window.rfind("）")) < opened


_FRONT_TITLE = re.compile(r"title[ \t]*:[ \t]*", re.IGNORECASE)
_FRONT_FIELD = re.compile(r"[A-Za-z_][\w-]*[ \t]*:")


def _front_matter_end(raws: list[str]) -> int:
    """The line number closing a Markdown post's YAML front matter (--- / title: … / date: … / ---), or 0."""
    if not raws or raws[0].strip() != "---":
        return 0
    for number, raw in enumerate(raws[1:40], 2):
        if raw.strip() == "---":
            return number
        if raw.strip() and not _FRONT_FIELD.match(raw.strip()) and not raw.startswith((" ", "\t", "-")):
            return 0
    return 0


def _mark_front_matter_fields(lines: list[_Line]) -> None:
    """The fields of a Markdown post's front matter are notes; its title field's value is the title."""
    if not lines or lines[0].key != "---":
        return
    close = next((i for i, ln in enumerate(lines[1:40], 1) if ln.key == "---"), None)
    if close is None:
        return
    for i, line in enumerate(lines[: close + 1]):
        if line.rule == "note.leading_label":
            continue
        label = lines[i - 1] if i else None
        if (
            label is not None
            and label.rule == "note.leading_label"
            and label.number == line.number
            and label.key.lower().startswith("title")
        ):
            line.mark("title", "title.front_matter")  # title:  海航危机加剧… (not date: 2019-03-22 10:00:00)
        else:
            line.mark("note", "note.front_matter")


def _undouble_spacing(lines: list[_Line]) -> None:
    """A hard-wrapped text copied with a blank line after every line (a forum's double spacing): one blank line is
    no break and two mark the paragraphs.  Told by most lines having exactly one blank line before them, several
    two or more, hardly any none, and most single blank lines falling inside a sentence."""
    gaps = [ln.blanks_before for ln in lines[1:]]
    if len(gaps) < 12:
        return
    ones = sum(1 for g in gaps if g == 1)
    more = sum(1 for g in gaps if g >= 2)
    none = sum(1 for g in gaps if g == 0)
    # ... and the lines before a single blank line mostly stop mid-sentence: the blank cuts a wrapped paragraph
    cut = sum(
        1 for a, b in pairwise(lines) if b.blanks_before == 1 and len(a.text) >= 20 and not _ends_paragraph(a)
    )
    if ones >= 0.6 * len(gaps) and more >= 2 and none <= 0.1 * len(gaps) and cut >= 0.5 * ones:
        for line in lines:
            line.blanks_before = max(0, line.blanks_before - 1)


def _split_lines(text: str) -> tuple[list[_Line], bool]:
    """The text's lines, each stripped and cut where furniture is glued to it, and whether the text is
    letter-spaced throughout (its spaced lines read with the spaces taken out; see Article.letter_spaced)."""
    lines: list[_Line] = []
    blanks = 0
    # One fold of the whole text: the fold keeps lengths and whitespace, so its lines strip at the same offsets.
    raws, keys = text.split("\n"), fold(text).split("\n")
    numbers: Iterable[int] = range(1, len(raws) + 1)
    # A Markdown text's one H1 opening it is its title (# 企业职工带薪年休假实施办法): its marker is markup
    opening = next((n for n, raw in enumerate(raws, 1) if raw.strip(_WS)), 0)
    title_h1 = (
        opening if opening and raws[opening - 1][:2] == "# " and sum(r[:2] == "# " for r in raws) == 1 else 0
    )
    gaps: Iterable[int] = repeat(0)
    if any(
        (len(raw) >= 200 and _GAP.search(raw))
        or (len(raw) >= 60 and raw.lstrip(_WS)[:2] in ("1.", "1．"))
        or len(raw) >= RUN_ON_TEXT
        for raw in raws
    ):  # (cheap: few lines are that long)
        pieces = [
            (n, r, k, g)
            for n, (whole, whole_key) in enumerate(zip(raws, keys, strict=True), 1)
            for gapped, gapped_key, gap in (
                _gapped(whole, whole_key) if len(whole) >= 200 else ((whole, whole_key, 0),)
            )
            for piece, piece_key, chapter_gap in _with_gap(_run_on_chapters(gapped, gapped_key), gap)
            for r, k, g in _with_gap(_numbered_items(piece, piece_key), chapter_gap)
        ]
        numbers, raws, keys, gaps = ([p[i] for p in pieces] for i in range(4))  # type: ignore[assignment]
    blocks: dict[int, str] = {}
    if "|\n" in text or "｜\n" in text or "}\n" in text or ")\n" in text:
        numbers, raws, keys, gaps = (list(seq) for seq in (numbers, raws, keys, islice(gaps, len(raws))))
        numbers, raws, keys, gaps, blocks = _blocks_joined(numbers, raws, keys, gaps)  # type: ignore[arg-type]
    small_forms = SMALL_FORM.search(text) is not None
    front = _front_matter_end(raws)  # lines 1..front are a Markdown post's YAML front matter
    markdown = _is_markdown(raws, front)
    spaced_lines = sum(_letter_spaced(raw) for raw in raws[:200] if " " in raw)
    spaced = spaced_lines >= 2
    # (set so throughout, its lines with text mostly spaced: then the whole text reads as a conversion meets it)
    throughout = spaced and 2 * spaced_lines >= sum(1 for raw in raws[:200] if len(raw.strip()) > 1)
    despaced: set[int] = set()  # the numbers of the lines read without their letter spacing
    for place, (number, raw, raw_key, gap) in enumerate(
        zip(numbers, raws, keys, gaps, strict=False)
    ):  # gaps may repeat 0 forever
        blanks += gap
        if spaced and " " in raw:
            before = raw
            raw, raw_key = _despaced(raw, raw_key)  # in a letter-spaced text every line is, short or mixed
            if raw != before:
                despaced.add(number)
        stripped = raw.strip(_WS)
        if not stripped:
            blanks += 1
            continue
        indented = raw[:1] in ("\u3000", "\t") or raw.startswith("  ") or gap > 0  # a gap sets a piece apart
        if place in blocks:
            lines.append(_Line(stripped, raw_key.strip(_WS), blanks, indented, number))
            lines[-1].mark("body", blocks[place])
            lines[-1].list_item = True
            blanks = 0
            continue
        indent = _columns(raw[: len(raw) - len(raw.lstrip(_WS))]) if raw[:1] in _WS else 0
        key = raw_key.strip(_WS)
        if small_forms and SMALL_FORM.search(key):
            key = key.translate(SMALL_FORMS)
        last = key[-1]
        if (
            last in _TAIL_ENDS
            or (last.isascii() and last.isalnum())
            or key.startswith(_LEX.leading_labels)
            or (last in _WATERMARK_LAST and key.endswith(_WATERMARK_ENDS))
            or last == "号"
        ):
            start, end, tail_kind, tail_rule = _cut(stripped, key)
        else:
            start, end, tail_kind, tail_rule = 0, len(stripped), "", ""  # nothing can be glued to this line
        if (
            not start
            and end == len(stripped)
            and key[0] in _WIDGET_FIRST
            and (" " in key or "　" in key)
            and not ((whole := NOTE.match(key)) and whole.lastgroup == "breadcrumb")
        ):
            # 查看图片列表 我要评论 暴雨中…: the gallery's buttons before the headline (新闻中心 > 国内新闻 > … is
            # one breadcrumb, its first link no button)
            start = _leading_widgets(key)
        if (
            end == len(stripped)
            and " - " in key
            and len(key) <= 80
            and key.count(" - ") <= 2
            and not any(c in key for c in "。；;")
            and (site := _DASH_SITE.search(key))
            and site.start() - start >= 8
        ):
            end, tail_kind, tail_rule = site.start(), "note", "note.site_suffix"
        elif (
            end == len(stripped)
            and "_" in key
            and len(key) <= 100
            and (site := _UNDERSCORE_SITE.search(key))
            and site.start() - start >= 8
            and is_site_name(site.group("site").split("-")[0].strip())
        ):
            # 国足赢了!…保留晋级希望_澎湃号·媒体_澎湃新闻-The Paper: the page's title with its channel and site
            end, tail_kind, tail_rule = site.start(), "note", "note.site_suffix"
        elif (
            end == len(stripped)
            and " | " in key
            and len(key) <= 80
            and key.count("|") == 1
            and (bar := key.index(" | ")) - start >= 8
            and is_site_name(key[bar + 3 :].strip())
        ):
            # 3月組屋轉售價格與2月持平 | 聯合早報: the page's title with its site's name after a bar
            end, tail_kind, tail_rule = bar, "note", "note.site_suffix"
        if (
            end == len(stripped)
            and len(key) <= MAX_TITLE
            and (" " in key or "　" in key)
            and (book := _DYNASTY_AUTHOR.search(key))
            and book.start() - start >= 2
        ):
            end, tail_kind, tail_rule = book.start(), "byline", "byline.dynasty_author"  # 八贤传 清 落魄道人
        framed = not start and end == len(stripped) and len(key) > 2 and key[0] in "│┃" and key[-1] in "│┃"
        if framed:
            # │2025-09-08 18:56 │诺瓦星云(301589):…决议公告 │: a table's frame drawn in box characters is the
            # layout's; what it holds is the line
            start, end, tail_kind, tail_rule = 1, len(stripped) - 1, "note", "note.cell_bar"
        nav = _NAV_AROUND.fullmatch(key) if not start and end == len(stripped) and "上一" in key else None
        if nav:
            # ◀上一回 第十八回 金鑾殿大宴百官 三汊河親排鑾駕 下一回▶: the links either side are the page's, the
            # chapter's title between them the line
            start, end = nav.start("line"), nav.end("line")
            tail_kind, tail_rule = "note", "note.page_nav"
        if not start and end == len(stripped) and "第" in key[:16]:
            start, end = _chapter_cut(key)
            if end < len(stripped):
                tail_kind, tail_rule = "body", "paragraph.after_chapter_title"
        if front and number <= front and (field := _FRONT_TITLE.match(key)) and field.end() < len(key):
            start = field.end()  # title:  海航危机加剧…: the field's label is a note, its value the title
            if len(key) - start >= 3 and key[start] in "\"'" and key[-1] == key[start]:
                # title: "[译] RFC 1180：朴素 TCP/IP 教程": YAML's quotes are the markup's, not the title's
                start, end, tail_kind, tail_rule = start + 1, len(stripped) - 1, "note", "note.markup_tag"
        if not start and key[:4].lower() == "date" and (field := _LEADING_DATE_FIELD.match(key)):
            start = field.end()  # date 2025-08-27 大家日常都會…: a scraper's date field glued before the text
        if not start and end == len(stripped) and key[:1].isdigit() and (" " in key or "　" in key):
            when = _DATE_TIME_FIRST.match(key)
            if when and BYLINE.match(key[when.end() :]):
                # 2024-05-29 03:22 聯合報/ 記者唐筱恬…/台北報導: the page's time, then the byline
                end, tail_kind, tail_rule = when.end(), "byline", "byline.after_publication_time"
        label_rule = "note.page_nav" if nav else "note.cell_bar" if framed else "note.leading_label"
        if (
            not start
            and number <= 40  # (the page's header: a bounded look back for running text)
            and key.lstrip("•· 　").startswith(_LEX.title_field_labels)
            and (field := _TITLE_FIELD.match(key))
            and len(key) - field.end() <= MAX_TITLE
            and not any(c in key for c in "。；;")
            and not any(_is_prose(ln) for ln in lines)
        ):
            # 标题:两市双双走高 中兴通讯涨停…: the page's field label is a note, its value a line (the headline)
            start, label_rule = field.end(), "note.title_field"
        if not start and number == title_h1 and (mark := _MARKDOWN_H1.match(key)) and mark.end() < len(key):
            start, label_rule = mark.end(), "note.markup_tag"
        # **加征关税的具体产品**, **以下是采访内容：**: a line set in bold whole heads what follows (Markdown's
        # subheading) and its marks are the markup's; a long one ending in a colon (**…公告中表示：**) leads into a
        # quote and stays text
        bold = (
            not start
            and end == len(stripped)
            and key[:2] == "**"
            and (
                _MARKDOWN_BOLD.fullmatch(key) is not None
                # (a sentence or more set in bold, of any length: **截止到1月26日，…现有疑似病例5794例。**)
                or (
                    _STRESSED_LINE.fullmatch(key) is not None and _ENDS_STATEMENT.search(key[:-2]) is not None
                )
            )
            and not (key[-3] in "：:" and len(key) > 14)
        )
        if bold:
            start, end, label_rule = 2, len(stripped) - 2, "note.markup_tag"
            tail_kind, tail_rule = "note", "note.markup_tag"
        if not start and "!" <= key[0] <= "~" and (jammed := _jammer_length(key)) and jammed < len(key):
            # ' d+ @! u, x6 V, T' P W# X 本报讯…: a forum's anti-copying noise before the text is no part of it
            start, label_rule = jammed, "note.jammer"
        listed = False
        if (
            not start
            and markdown
            and key[:1] in "-*+"
            and (item := _LIST_MARKER.match(key))
            and item.end() < len(key)
        ):
            # - 湿重跟踪和计算逻辑: a Markdown list's marker is the markup's; the item is a paragraph of its own
            start, label_rule, listed = item.end(), "note.markup_tag", True
        if not start and key[:1] == ">" and (quote := _MARKDOWN_QUOTE.match(key)) and quote.end() < len(key):
            # > 记者 谢梦遥 罗飞: a Markdown quote's marker is the markup's, the rest the line
            start, label_rule = quote.end(), "note.markup_tag"
        figcaption = _MARKUP_CAPTION.match(key) if key[:1] == "<" else None
        if figcaption and figcaption.group(1).strip(_WS):
            # <figcaption>…</figcaption>: a picture's caption left in its markup; the tags are notes
            start, end, label_rule = figcaption.start(1), figcaption.end(1), "note.markup_tag"
            tail_kind, tail_rule = "note", "note.markup_tag"
        if (
            not start
            and (end == len(stripped) or tail_rule == "note.cell_bar")
            and (" " in key or "　" in key)
            and (":" in key or "：" in key or "编" in key)
        ):
            # a tail is short: look at the line's end only (before an empty cell's bar)
            zone = max(0, end - 120)
            credit = _LABELLED_TAIL.search(key, zone, end) or _CREDIT_TAIL.search(key, zone, end)
            if credit and credit.start() > 0:
                end, tail_kind, tail_rule = credit.start(), "note", "note.credit_tail"
        label_from = 0
        said = _REPEATED_NAME.match(key) if not start and not lines else None
        if said and len(set(said.group(1))) > 1 and said.end() < len(key):
            # 飛龍全傳飛龍全傳飛龍全傳第一回…: an e-text's book name said over and over before its text, all on one
            # line: the first is the title's line, the repeats a note
            label_from = len(said.group(1))
            lines.append(_Line(stripped[:label_from], key[:label_from], blanks, indented, number))
            start, label_rule, blanks, indented = said.end(), "note.repeated_name", 0, False
            if before := _BEFORE_CHAPTER.match(key, start):
                # 綠牡丹×3 书名綠牡丹全傳 第一回…: the site's labels before the chapter are notes too
                start = before.end()
            if end == len(stripped) and (run_on := _run_on_title_end(key, start)):
                end, tail_kind, tail_rule = run_on, "body", "paragraph.after_chapter_title"
        if start:
            # 正文 第三回…: the page's label is a note of its own, the rest is the line.
            label = _Line(
                stripped[label_from:start].rstrip(_WS),
                key[label_from:start].rstrip(_WS),
                blanks,
                indented,
                number,
            )
            label.mark("note", label_rule)
            lines.append(label)
            blanks, indented = 0, False
        head_start = len(stripped[:start]) + len(stripped[start:]) - len(stripped[start:].lstrip(_WS))
        head_at = len(lines)
        if end < len(stripped):
            head = stripped[head_start:end].rstrip(_WS)
            lines.append(_Line(head, key[head_start : head_start + len(head)], blanks, indented, number))
            lines[-1].indent, lines[-1].emphasised = indent, bold
            if bold and _ENDS_STATEMENT.search(key[:-2]):
                # **涨价的同时是缺货。**: a sentence stressed in bold is a paragraph of its own, no subheading
                lines[-1].emphasised, lines[-1].list_item = False, True
                lines[-1].mark("body", _STRESSED)
            if figcaption:
                lines[-1].mark("caption", "caption.markup")
            tail_text = stripped[end:].strip(_WS)
            tail = _Line(tail_text, key[len(stripped) - len(tail_text) :], 0, False, number)
            tail.mark(tail_kind, tail_rule)
            if tail_rule == "byline.dynasty_author" and all(ln.kind == "note" for ln in lines[:-1]):
                # 八贤传 (清 落魄道人) opening the text: the book's title
                lines[-1].mark("title", "title.before_author")
            lines.append(tail)
        else:
            lines.append(_Line(stripped[head_start:], key[head_start:], blanks, indented, number))
            lines[-1].indent = indent
        if listed:
            lines[head_at].list_item = True
        blanks = 0
    if despaced and not throughout:
        for line in lines:
            line.spaced = line.number in despaced
    return lines, throughout


# A list item's marker, as Markdown writes it (a dash, star or plus, then a space)
_LIST_MARKER = re.compile(r"[-*+][ \t　]+(?=\S)")
_MARKDOWN_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+\S")


def _is_markdown(raws: list[str], front: int) -> bool:
    """The text is Markdown: YAML front matter, a code fence, or two ATX headings (## 新增) in its first lines.  Its
    list markers are then markup, as its heading marks are; in a plain text a dash before a line is the writer's."""
    if front:
        return True
    headings = 0
    for raw in raws[:400]:
        if raw.lstrip().startswith("```"):
            return True
        if raw[:1] in "# \t" and _MARKDOWN_HEADING.match(raw):
            headings += 1
            if headings >= 2:
                return True
    return False


def _blank_separated(lines: list[_Line], margin: int = 0, in_columns: bool = False) -> bool:
    """True when blank lines separate the paragraphs: at least half the body lines that could open a paragraph
    are set apart from the body line before them.  A line that follows one cut at the wrap *margin* (see
    ``_wrap_margin``) without a blank line continues it, so it is not counted: a hard-wrapped text with blank
    lines between its paragraphs is blank-separated however many lines each paragraph takes.  Counted over the
    body only, so a stack of page furniture or a title set apart does not outvote the article.  Lines broken at
    the clauses at no fixed width (a story copied with a break after every comma or two) say the same: where a
    quarter of the line breaks fall after a comma, the line breaks are not paragraphs and the blank lines are."""
    apart = could_open = loose = gap = 0
    last: _Line | None = None
    for line in lines:
        gap += line.blanks_before
        if line.kind != "body":
            continue
        if last is not None and (gap or not _at_margin(last, margin, in_columns)):
            could_open += 1
            apart += gap > 0
            loose += not gap and last.text.rstrip()[-1:] in "，,、；;"
        last, gap = line, 0
    return could_open == 0 or apart >= 0.5 * could_open or (apart >= 3 and loose >= 0.25 * could_open)


def _at_margin(line: _Line, margin: int, in_columns: bool) -> bool:
    """True when *line* reaches the wrap margin (a wide character that did not fit leaves it one short)."""
    return bool(margin) and _measure(line.text, in_columns) >= margin - (2 if in_columns else 1)


def _nospace(key: str) -> str:
    return "".join(key.split())


def _headline_shaped(line: _Line, limit: int = MAX_TITLE, shortest: int = 4) -> bool:
    """Short, no full stop: a headline may end in ！ or ？ and hold a comma, never a 。 or a ；."""
    text = line.text
    return (
        line.kind == "body"
        and shortest <= len(text) <= limit
        and not is_terminated(text.rstrip("！？!?…"))
        and "。" not in text
        and not (any(c in text for c in "；;") and (len(text) > 30 or is_terminated(text)))
    )  # (恒大取首胜;江苏、建业两连胜领跑: a short headline may set two clauses side by side)


def _is_prose(line: _Line) -> bool:
    """Running text: a long line with clauses, the stuff of the body."""
    return len(line.text) > MAX_TITLE and any(c in line.text for c in "，,。")


def _has_clauses(line: _Line) -> bool:
    """Text with a comma or a full stop in it: never a menu, a headline list or a date line."""
    return len(line.text) >= 10 and any(c in line.text for c in "，,。")


def _is_dateline_only(line: _Line) -> bool:
    """A dateline alone on its line (晚报多哈今晨专电): the start of the first paragraph, not a headline."""
    m = DATELINE.match(line.key)
    return bool(m) and m.end() >= len(line.key)


# A comma between clauses; not the thousands' comma of a figure in a headline (爆7,491億巨量).
_CLAUSE_COMMA = re.compile(r"，|,(?![0-9]{3})")


def _byline_length(line: _Line) -> bool:
    """A byline is a headline's length, or up to twice that when it names a dozen reporters after their role and
    nothing else (□ 郴州日报·今日郴州客户端全媒体记者 王路莎 周慧 … 文/图, 撰文:黃詠榆 陳倩婷 … 陳淑霞)."""
    if len(line.text) <= MAX_TITLE:
        return True
    return len(line.text) <= 2 * MAX_TITLE and (
        (
            not any(c in line.key for c in "，,。；;：:")
            and any(role in line.key for role in _LEX.byline_roles)
        )
        or _AUTHOR_LIST.match(line.key) is not None
    )


# A writers' label and their names set apart by spaces, nothing else (撰文:黃詠榆 陳倩婷 梁煥敏 … 陳淑霞)
_AUTHOR_LIST = re.compile(
    rf"(?:{_W(_LEX.author_labels)})[\s　]*[：:／/|｜][\s　]*{_NAME}(?:[\s　、,，]+{_NAME})+$"
)


def _title_above_byline(lines: list[_Line]) -> int | None:
    """The byline anchors a headline block: the short unpunctuated lines just above it are the title and deck.
    Byline lines straight after it belong to it; a summary paragraph above it, with only page notes around, is
    the deck.  Returns the title's index."""
    prose: list[int] | None = None  # the lines of running text, found once when first needed
    for i, line in enumerate(lines):
        marked = line.kind == "byline" and line.rule == "byline.marked_name"
        if not marked and (line.kind != "body" or not _byline_length(line) or not BYLINE.match(line.key)):
            continue
        above: list[int] = []
        j = i - 1
        pictured = False  # a photo and its caption stand between the headline and the byline
        while j >= 0 and len(above) < (1 if pictured else 3):
            cand = lines[j]
            if cand.kind == "caption" and not above and i - j <= 4:
                # 快訊／基隆空屋…起火 / ▲…（圖／記者郭世賢翻攝） / 記者郭世賢／基隆報導: over the photo, one line
                # of a headline's length (not the channel's name, 運動雲, nor the menu above the headline)
                pictured = True
                j -= 1
                continue
            if pictured and len(cand.text) < 8:
                break
            if not _headline_shaped(cand, shortest=2) or _CLAUSE_COMMA.search(cand.text):
                break  # running text, such as the paragraph the block interrupted
            if match_numbered(cand.text, cand.key) or LONE_NAME.match(cand.key):
                break  # (a name alone, 谷立敏, labels a portrait: no headline)
            above.append(j)
            if cand.blanks_before >= 2:
                break  # a headline set apart from what is above it (a list of other stories' headlines)
            j -= 1
        above.reverse()
        if above and prose is None:
            prose = [n for n, ln in enumerate(lines) if ln.kind == "body" and _is_prose(ln)]
        if above and prose and prose[0] < above[0] and prose[-1] < i:
            # …the story's text, then 长江云新闻记者 许可 / 建始台 颜龙 / 通讯员 李璠 and no more text: its credits at
            # the end, no headline block (one with text on both sides was dropped into the text: still the title)
            for k in above:
                if lines[k].kind != "body":
                    continue
                if BYLINE.match(lines[k].key):
                    lines[k].mark("byline", "byline.closing")
                else:
                    lines[k].mark("note", "note.closing_credit")
            if not marked:
                line.mark("byline", "byline.closing")
            continue
        if not marked:
            line.mark("byline", "byline.role_and_name")
        k = i + 1
        while (
            k < len(lines)
            and lines[k].kind == "body"
            and len(lines[k].text) <= MAX_TITLE
            and BYLINE.match(lines[k].key)
        ):
            lines[k].mark("byline", "byline.continued")  # 本刊记者 张三 李四 / 实习记者 王五 /文
            k += 1
        named = (
            next((n for n, ln in enumerate(lines[: above[0]]) if ln.kind == "title"), None) if above else None
        )
        if named is not None:
            for k in above:
                lines[k].mark(
                    "deck", "deck.under_named_title"
                )  # the format named the title: these are its deck
            return named
        if above:
            lines[above[0]].mark("title", "title.above_byline")
            for k in above[1:]:
                lines[k].mark("deck", "deck.above_byline")
            return above[0]
        body_above = [ln for ln in lines[:i] if ln.kind == "body"]
        if len(body_above) == 1 and is_terminated(body_above[0].text) and body_above[0].text.count("。") <= 2:
            body_above[0].mark(
                "deck", "deck.summary_above_byline"
            )  # 摘要 set between the page notes and the byline
        return None  # a byline below an editor's note: the title is still the first line
    return None


# A portal's listing title of a filing: the company's short name, a colon, the filing's title and its date glued on
# (金陵药业:关于公司董事长辞职的公告2019-03-15).
_LISTED_FILING = re.compile(
    r"^[^：:，,。]{2,10}[：:](?P<core>[^：:]{6,80}?(?:公告|摘要|快报|报告|预告|通知|决议|函))(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2})?$"
)


def _page_title_core(page: str) -> str | None:
    """The filing's own title inside a portal's listing title (关于公司董事长辞职的公告), or None."""
    m = _LISTED_FILING.match(page)
    return m.group("core") if m else None


# An official document's title by its shape: 关于…, or …的公告 / 决议公告 / 通知 (a blank line may stand between it
# and the issuer's name over it, as a filing is printed).
_OFFICIAL_TITLE = re.compile(r"关于.{4,}|.{4,}(?:公告|通知|通告|决定|决议|公示)")


def _set_under_issuer(issuer: _Line, title: _Line) -> bool:
    """*title* is an official title set under *issuer*'s name (上海浦东发展银行股份有限公司 / 关于董事辞职的公告):
    straight under it, or a blank line apart when it reads as a document's title."""
    return (
        is_issuer(issuer.key)
        and title.kind == "body"
        and (title.blanks_before == 0 or _OFFICIAL_TITLE.fullmatch(_nospace(title.key)) is not None)
        and _headline_shaped(title, MAX_TITLE)
        and not any(c in title.text for c in "，,")
    )


def _restated_title(lines: list[_Line]) -> int | None:
    """The page's own title first (鲁政发〔2014〕20号《…实施意见》, [年报]中国银行(601988):…摘要), then the
    document's title restating part of it, on one line or two: the restatement is the title, the page's a note."""
    start = next((i for i, ln in enumerate(lines) if ln.kind != "note"), len(lines))
    if (
        start >= len(lines)
        or lines[start].kind != "body"
        or len(lines[start].text) > 100
        or "。" in lines[start].text
    ):
        return None
    page = _nospace(lines[start].key)
    core = _page_title_core(page)
    for j in range(start + 1, min(len(lines), start + 10)):
        cand = lines[j]
        if cand.kind == "note":
            continue
        if not _headline_shaped(cand, MAX_TITLE + 10):
            return None
        key = _nospace(cand.key)
        if len(key) >= 6 and core and core in key and key not in page:
            pass  # 金陵药业:关于…的公告2019-03-15 / 金陵药业股份有限公司关于…的公告: the filing named in full
        elif len(key) < 6 or key not in page or len(key) + 4 > len(page):
            continue
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        two_lines = (
            nxt is not None
            and nxt.kind == "body"
            and not nxt.text.startswith(("—", "--"))
            and key + _nospace(nxt.key) in page
        )
        restated = len(key) + (len(_nospace(nxt.key)) if two_lines and nxt is not None else 0)
        if restated < 0.4 * len(page):
            continue  # a name the page's title merely mentions (中国科学院), not the title restated
        above = lines[j - 1]
        under_issuer = above.kind == "body" and _set_under_issuer(above, cand) and len(above.text) >= 4
        lines[start].mark("note", "note.page_title")
        cand.mark("title", "title.restated")
        if two_lines and nxt is not None:
            nxt.mark("title", "title.restated")  # the title broken over two lines
        if under_issuer:
            above.mark("title", "title.under_issuer")  # 中国冶金科工股份有限公司 / 2016年1-2月份…简报
            return j - 1
        return j
    return None


_META_RULES = ("note.publication_line", "note.metadata_line")
_DATE_IN_LINE = re.compile(_DATE)


def _title_above_metadata(lines: list[_Line]) -> int | None:
    """A date or source line follows the headline: the line above the first one is the title (a short channel or
    source name between them, 工商银行资讯, is a note; so may the lead picture's caption be)."""
    seen = 0  # lines of the page's head that are not notes: a date line further down is no headline's
    for i, line in enumerate(lines[:40]):
        seen += line.kind != "note"
        if seen > 15:
            return None
        if line.kind == "body" and (_is_prose(line) or line.text.endswith("。")):
            return None  # past the head of the page: a date here closes the text (a signature's date)
        if line.kind != "note" or i == 0:
            continue
        if line.rule not in _META_RULES and not (
            (line.rule == "note.credit" and _DATE_IN_LINE.search(line.key))
            or (line.rule == "note.field_line" and _DATE_IN_LINE.match(line.key))
        ):
            # 来源:杜集区人民政府 发布时间:2024-01-24 18:25 counts, and so does a row of fields opened by the date
            # (2017-8-4 16:10| 发布者: …| 查看: 418), not a field of the page's header that holds a date
            continue
        j = i - 1
        while j >= 1 and lines[j].kind == "caption":
            j -= 1  # the lead picture and its caption between the headline and its date
        if (
            j >= 1
            and lines[j].kind == "body"
            and len(lines[j].text) <= 12
            and not any(c in lines[j].text for c in "，,。；;！？!?")
            and _headline_shaped(lines[j - 1], 60)
            and len(lines[j - 1].text) > len(lines[j].text)
            and not any(c.isdigit() for c in lines[j].key)  # 193人涉參與暴動等被捕 is a headline, no source
        ):
            if lines[j - 1].text.rstrip().endswith(("——", "--")) and _headline_shaped(lines[j], 60, 2):
                # 丹东市…融合发展道路—— / 产业兴 乡村美: a lead-in that runs into the headline under it
                lines[j - 1].mark("deck", "deck.lead_in")
                lines[j].mark("title", "title.under_lead_in")
                return j
            if is_issuer(lines[j].key):
                lines[j].mark("byline", "byline.issuer")  # 国家统计局 between the headline and the date
            else:
                lines[j].mark("note", "note.source_name")
            j -= 1
        cand = lines[j]
        below = _headline_below(lines, i) if is_channel_label(cand.key) else None
        if below is not None:
            cand.mark("note", "note.channel_label")  # 香港要聞 / 2023-08-29 15:01:29 / 差估署:7月樓價指數…
            below.mark("title", "title.below_publication_line")
            return lines.index(below)
        if (
            not _headline_shaped(cand, 60)
            or BYLINE.match(cand.key)
            or _is_dateline_only(cand)
            # 股利所屬期間:112/01/01 over 112/12/31: a field's dates, no headline
            or _DATE_IN_LINE.search(cand.key)
        ):
            return None
        numbered = match_numbered(cand.text, cand.key)
        if numbered and numbered.style == "bullet" and cand.key[0] in BULLET_MARKS:
            # • 為協助凱米颱風受災… over • 2024/7/26 下午 08:30:00: the page sets its head in bullets; the mark is
            # the page's, the rest the headline
            j = _split_bullet_mark(lines, j)
            cand, numbered = lines[j], None
        if numbered and numbered.style != "bracket":
            return None  # 【预算案】料19/20年度… is a headline with its column label; 一、… is not
        cand.mark("title", "title.above_publication_line")
        return j
    return None


def _headline_below(lines: list[_Line], meta: int) -> _Line | None:
    """The headline right under a date line, over the story's first paragraph, when only a channel's name stands
    above the date line."""
    rest = [ln for ln in lines[meta + 1 : meta + 6] if ln.kind != "note"]
    if len(rest) < 2 or not _headline_shaped(rest[0], 60) or not _is_prose(rest[1]):
        return None
    return rest[0]


# A line set this much deeper than the running text, in a text laid out with spaces (a filing or a document copied
# from a PDF), is centred: at the head of the page, that is how a title is set.
_CENTRED_INDENT = 12


def _centred_title(lines: list[_Line]) -> int | None:
    """One or two short centred lines before any running text are the title (北京…股份有限公司 / 2023 年年度报告
    摘要), below whatever page furniture comes first; a third centred line in a row makes it verse, not a title."""
    prose = next((i for i, ln in enumerate(lines[:30]) if _is_prose(ln)), None)
    if prose is None:
        return None
    text_indent = sorted(ln.indent for ln in lines[prose : prose + 20] if ln.kind == "body")
    if not text_indent:
        return None
    deep = text_indent[len(text_indent) // 2] + _CENTRED_INDENT
    t = next((i for i in range(prose) if lines[i].kind == "body" and lines[i].indent >= deep), None)
    if t is None or not _headline_shaped(lines[t], MAX_TITLE) or match_numbered(lines[t].text, lines[t].key):
        return None

    def centred(i: int) -> bool:  # a centred line of text, not a numbered heading (第一节 重要提示)
        line = lines[i]
        return line.kind == "body" and line.indent >= deep and not match_numbered(line.text, line.key)

    block = [t] + ([t + 1] if t + 1 < prose and centred(t + 1) else [])
    if block[-1] + 1 < prose and centred(block[-1] + 1):
        return None
    under_issuer = (
        len(block) == 1 and t + 1 < prose and _set_under_issuer(lines[t], lines[t + 1])
    )  # 深圳市桑达实业股份有限公司 / 关于…的提示性公告, the second line less deeply indented
    if not all(_headline_shaped(lines[i], MAX_TITLE) for i in block):
        return None
    for i in range(t):
        if lines[i].kind in ("body", "heading"):
            lines[i].mark("note", "note.above_title")  # the page's menus and its own page title
    for i in block:
        lines[i].mark("title", "title.centred")
    if under_issuer:
        lines[t + 1].mark("title", "title.under_issuer")
    return t


def _headline_under_label(lines: list[_Line], start: int) -> int | None:
    """A first line of a few words (a page's channel or section label) with, set apart under it (by a blank line or
    the page's decoration), a line twice as long shaped as a headline, right over the prose: the longer line is the
    title (職業安全 / 工傷數字回升  張建宗表關注).  None when nothing says so."""
    first = lines[start]
    if len(first.key) > 6 or first.kind != "body" or match_numbered(first.text, first.key):
        return None
    after = [k for k in range(start + 1, min(len(lines), start + 8)) if lines[k].kind != "note"]
    if len(after) < 2 or lines[after[0]].kind != "body":
        return None
    cand, prose = lines[after[0]], lines[after[1]]
    if is_issuer(prose.key) and len(after) > 2:
        # 假期 / 復活節料477萬旅客過境 / 入境事務處 / …: the issuing office under the headline
        prose = lines[after[2]]
    set_apart = after[0] > start + 1 or cand.blanks_before > 0
    if (
        set_apart
        and len(cand.key) >= 2 * len(first.key) + 4
        and _headline_shaped(cand, 50)
        and not match_numbered(cand.text, cand.key)
        and _is_prose(prose)
    ):
        return after[0]
    return None


# A title never ends on these: a line that does is continued on the next (…关于加强管理的 / 通知).
_OPEN_ENDINGS = ("的", "和", "与", "及", "暨", "关于", "对")


def _title_under_label(lines: list[_Line], start: int) -> int | None:
    """Mark the channel's label at *start* a note and the headline under it the title (see _headline_under_label);
    the title's index, or None when the first line is no label."""
    label = _headline_under_label(lines, start)
    if label is not None:
        lines[start].mark("note", "note.page_label")
        lines[label].mark("title", "title.under_page_label")
    return label


def _split_bullet_mark(lines: list[_Line], i: int) -> int:
    """Cut the bullet opening line *i* off as a note of its own (the page's mark, not the headline's); the index
    of the line's text after it."""
    line = lines[i]
    rest = line.text[1:].lstrip(_WS)
    mark = _Line(line.text[0], line.key[0], line.blanks_before, line.indented, line.number)
    mark.mark("note", "note.bullet_mark")
    line.text, line.key = rest, line.key[len(line.key) - len(rest) :]
    line.blanks_before, line.indented = 0, False
    lines.insert(i, mark)
    return i + 1


def _first_line_title(lines: list[_Line]) -> int | None:
    """Without a byline or a date line to go by, a short first line is the title, after any page furniture; so
    is a novel's one chapter heading (第1章 …) opening the page."""
    # Past the page's furniture, and a byline set above the headline (20221206鄭淑芳/台北報導 / 疫情、淡季夾擊…)
    start = next((i for i, ln in enumerate(lines) if ln.kind not in ("note", "byline")), len(lines))
    if len(lines) - start < 2:
        return None
    first, second = lines[start], lines[start + 1]
    numbered = match_numbered(first.text, first.key)
    if (
        numbered
        and numbered.style == "bullet"
        and first.kind == "body"
        and not any(_is_bullet(ln) and ln.kind == "body" for ln in lines[start + 1 :])
    ):
        # • 为什么说中国经济“稳”也是“进”: a page's lone bullet before the headline; the mark is the page's
        if 4 <= len(first.text[1:].lstrip(_WS)) <= MAX_TITLE:
            start = _split_bullet_mark(lines, start)
            first, numbered = lines[start], None
    if numbered and numbered.style == "bracket" and numbered.run_in and _headline_shaped(first, 60):
        numbered = None  # 【DSE放榜】今年12狀元考獲7科5**…: a headline under its column's tag, no run-in lead
    if numbered:
        # (a novel's page holding one chapter, 第四回 薄命女偏逢薄命郎…, heads that chapter: nine of the corpus's
        # fourteen annotators read it as the chapter's heading, not the page's title)
        return None
    set_apart = second.blanks_before > 0 or second.kind == "note"
    if first.key in _LEX.part_words:
        return None  # 楔子, 前言: the first part of the text, not its title
    if len(first.text) <= 60 and _OCCASION.match(first.key):
        # ——2018年7月26日在…会议上 opening a report whose title the page left out: its deck, not its title
        _mark_speech_head(lines, start)  # (and the speaker under it, 北京市财政局局长 吴素芳, its byline)
        return None
    if (
        first.kind == "body"
        and MAX_TITLE < len(first.key) <= 120
        and first.key.endswith(_LEX.document_kinds)
        and not _SENTENCE_MARK.search(first.key)
        and "," not in first.key
        and any(_is_prose(ln) for ln in lines[start + 1 : start + 3] if ln.kind == "body")
    ):
        # 华安财保资产管理有限责任公司与…签订《…补充协议》关联交易的信息披露公告 over its text: an official document's
        # title runs as long as the matter it names
        first.mark("title", "title.official_document")
        return start
    if (
        2 <= len(first.text) < 4
        and first.kind == "body"
        and not is_channel_label(first.key)  # 生活 / 【鏡相人間】…: the page's channel, not a book's title
        and not is_terminated(first.text)
    ):
        if set_apart and (
            match_numbered(second.text, second.key)
            or second.kind == "byline"
            or LONE_NAME.match(second.key)
            or second.key in _LEX.part_words
            or second.rule in ("note.publication_line", "note.repeated_name")
        ):
            # 水浒传 / 第一章, 风月鉴 / 叙: a book's short title; 巴黎 / 时间:…来源:…作者:朱自清: a page's
            first.mark("title", "title.short_over_heading")
            return start
        if second.indent > first.indent and _has_clauses(second) and not first.indented:
            # 風波 / 　　臨河的土場上，…: a story's title
            first.mark("title", "title.short_over_indented_text")
            return start
        label = _title_under_label(lines, start)  # 假期 / 復活節料477萬旅客過境
        if label is not None:
            return label
        if _chapter_heading(second):
            # 白圭志 / 第一回 …: a book's name over its chapter
            first.mark("title", "title.short_over_heading")
            return start
    if not set_apart and not is_terminated(first.text):
        margin, in_columns = _wrap_margin(lines)
        if margin and _measure(first.text, in_columns) >= margin - (2 if in_columns else 1):
            return None  # the first line of a hard-wrapped text that has no headline
    limit = 50 if " " in first.text.strip() else MAX_TITLE
    # A headline with a comma set right over a paragraph of prose (no blank between them to tell it by), when it
    # ends as a headline does, not on a comma: 大暑至,“暑”你最危险!这份高温生存指南请查收~
    unspaced = second.blanks_before == 0 and _is_prose(second) and first.text.rstrip()[-1:] not in "，,、"
    opens_story = (m := DATELINE.match(first.key)) is not None and any(
        c in first.key[m.end() :] for c in "，,"
    )
    if (
        not _headline_shaped(first, limit)
        or _is_dateline_only(first)
        or opens_story  # 《經濟通通訊社26日專訊》粵海投資(00270)公布,截至…: the story's first words, cut by a wrap
        or (any(c in first.text for c in "，,") and not set_apart and not unspaced)
    ):
        return None
    label = _title_under_label(lines, start)  # 職業安全 / 工傷數字回升  張建宗表關注
    if label is not None:
        return label
    if is_issuer(first.key) and _is_prose(second):
        # 进贤县统计局 over the report's text: who issued it, no headline
        first.mark("byline", "byline.issuer")
        return None
    first.mark("title", "title.first_short_line")
    if _set_under_issuer(first, second):
        # 上海浦东发展银行股份有限公司 / 关于董事辞职的公告: an official title set under the issuer's name
        second.mark("title", "title.under_issuer")
        if start + 2 < len(lines) and _continues_title(second, lines[start + 2]):
            lines[start + 2].mark("title", "title.continued")  # 荥阳市人民政府办公室 / 关于印发…的 / 通 知
    elif _continues_title(first, second):
        second.mark("title", "title.continued")  # 国务院办公厅关于…的 / 通知: a title cannot end on 的
    elif second.key == first.key:
        second.mark("note", "note.repeated_title")  # scrapers repeat the headline; kept apart
    elif (
        second.text.startswith(("——", "—", "--"))
        and len(second.text) <= MAX_TITLE + 10
        and any(c.isalnum() for c in second.key)  # ---|---|---: a table's rule row, no deck
    ):
        second.mark("deck", "deck.dash_under_title")
    return start


def _continues_title(line: _Line, nxt: _Line) -> bool:
    """A title line that cannot end where it does (…关于印发…的) runs on into the short line under it."""
    return (
        line.key.endswith(_OPEN_ENDINGS)
        and nxt.kind == "body"
        and nxt.blanks_before == 0
        and 2 <= len(nxt.text) <= MAX_TITLE
        and not is_terminated(nxt.text)
        and not any(c in nxt.text for c in "，,。；;")
    )


def _names_a_time(line: _Line) -> bool:
    """A numbered heading naming a time (二、活动时间, （一）会议日期): the date under it is its text, no page's date."""
    return (
        line.key.rstrip("：: 　").endswith(("时间", "日期"))
        and match_numbered(line.text, line.key) is not None
    )


# A speech's or report's head under its title: the occasion (—— 在…大会第一次会议上) and the speaker (县长 张作林).
_OCCASION = re.compile(
    rf"^[—\-－\s　]*[^。！？；]{{0,50}}在[^。！？；]{{2,50}}(?:{_W(_LEX.byline_occasions)})[\s　)）]*$"
)
_SPEAKER = re.compile(rf"^[{_HAN}]{{0,16}}(?:{_W(_LEX.byline_offices)})[\s　]+{_NAME}$")


def _mark_speech_head(lines: list[_Line], k: int) -> None:
    """The two or three short lines under a speech's or a report's title that say where it was given and who gave
    it: the occasion is its deck, the speaker its byline (政府工作报告 / ——2021年1月24日在…会议上 / 县长 张作林)."""
    candidates = [ln for ln in lines[k : k + 6] if ln.kind in ("body", "heading")][:3]
    for line in candidates:
        if len(line.text) > 60:
            break
        if _OCCASION.match(line.key):
            line.mark("deck", "deck.occasion")
        elif _SPEAKER.match(line.key):
            line.mark("byline", "byline.speaker")
        else:
            continue
        line.heading = None


_NAME_DECORATION = "·•・‧-—－~～ 　"  # ·鲁迅·, —— 鲁迅 ——: the author's name set off under the title


def _mark_around_title(lines: list[_Line], t: int) -> None:
    """What sits above the title is page furniture; under it, a dash line is the deck, an organisation's name the
    byline, and anything before the wire dateline that opens the body is furniture too."""
    if not any(_has_clauses(ln) and not _is_bullet(ln) for ln in lines[:t] if ln.kind == "body"):
        # Only above a title that heads the page: a headline block set inside the text keeps the text above it.
        # (a bulleted line is a list of other stories' headlines, commas and all: ◆ 聯合報社論/奢談社會韌性,卻…)
        for line in lines[:t]:
            if line.kind == "body":
                line.mark("note", "note.above_title")
    k = t + 1
    while k < len(lines) and lines[k].kind == "title":
        k += 1
    if k < len(lines) and lines[k].kind == "body" and lines[k].text.startswith(("——", "—", "--")):
        if len(lines[k].text) <= MAX_TITLE + 10 and any(c.isalnum() for c in lines[k].key):
            lines[k].mark("deck", "deck.dash_under_title")
    elif (
        k + 1 < len(lines)
        and lines[k].kind == "body"
        and lines[k + 1].kind == "body"
        and 8 <= len(lines[k].key) <= 60
        and not is_terminated(lines[k].text)
        and len(lines[k + 1].key) > len(lines[k].key) + 4
        and lines[k + 1].key.startswith(lines[k].key)
    ):
        # 两颗…小行星分别于北京时间9月8日和9日飞越地球 under the headline, the lede then opening with the same words:
        # the summary set as its deck
        lines[k].mark("deck", "deck.restated_in_lede")
    _mark_speech_head(lines, k)
    after = [j for j in range(k, min(len(lines), k + 15)) if lines[j].kind in ("body", "byline", "deck")]
    if not after:
        return
    first = lines[after[0]]
    if (
        first.kind == "body"
        and is_issuer(first.key)
        and not BYLINE.match(first.key)
        and len(after) > 1
        and _is_prose(lines[after[1]])
    ):
        first.mark("byline", "byline.issuer")
    elif (
        first.kind == "body"
        and LONE_NAME.match(first.key.strip(_NAME_DECORATION))
        and (first.blanks_before or first.indented)
        and len(after) > 1
        and lines[after[1]].kind == "body"
    ):
        first.mark("byline", "byline.lone_name")  # 崔文佳 alone under the headline
    opening = next(
        (
            j
            for j in after
            if lines[j].kind == "body" and (m := DATELINE.match(lines[j].key)) and m.end() < len(lines[j].key)
        ),
        None,
    )
    if opening is None:
        return
    headline = _headline_over(lines, k, opening) if lines[t].rule == "title.first_short_line" else []
    if headline:
        # 宏福苑五級火｜純文字重點 / 宏福苑五級火燒逾43小時救熄… / 【Yahoo 新聞報道】…: a line taken for the title only
        # for coming first gives way to the headline standing right over the dateline (a topic line, other
        # stories' headlines and the page's links sit above it)
        lines[t].mark("note", "note.above_title")
        for line in headline:
            line.mark("title", "title.above_dateline")
    for j in range(k, opening):
        line = lines[j]
        if line.kind != "body":
            continue
        if (
            j == k
            and not headline
            and line.blanks_before <= 1
            and len(line.text) <= 60
            and not is_terminated(line.text)
            and len(_HAN_CHAR.findall(line.key)) >= 2  # 11 alone is a widget's count, index_new5.html a file
        ):
            line.mark("deck", "deck.above_dateline")
        elif not (_has_clauses(line) and line.text.endswith(("。", "”", "」"))):
            line.mark("note", "note.before_dateline")  # the body starts at its dateline; finished prose stays


_LABELLED_DATE = re.compile(rf"(?:{_W(_LEX.date_labels)})[\s　]*[：:][\s　]*[\d-]")  # 日期:10-08
_WHOLLY_BRACKETED = re.compile(r"【[^】]*】|\[[^\]]*\]")


def _headline_over(lines: list[_Line], k: int, opening: int) -> list[_Line]:
    """The headline standing right over a wire dateline: its last line, and the line before when that one ends in a
    colon (应急管理部： / 洪涝灾害已致2385.7万人次受灾); [] when no headline-shaped line is there."""
    last = opening - 1
    while last >= k and (
        lines[last].kind in ("note", "caption")
        or _WHOLLY_BRACKETED.fullmatch(lines[last].key)
        or _LABELLED_DATE.match(lines[last].key)
    ):
        last -= 1  # 【11 月 28 日 15:50 更新報道】, the date and page links, the lead picture's caption
    if last < k or lines[last].kind != "body" or not _headline_shaped(lines[last], 60):
        return []
    if len(_HAN_CHAR.findall(lines[last].key)) < 2:
        return []  # (../../zaker_core/…/tpl_renwen1.html: a path left by the scraper, no headline)
    first = last
    if (
        last - 1 >= k
        and lines[last - 1].kind == "body"
        and lines[last - 1].text.rstrip().endswith(("：", ":"))
    ):
        if len(lines[last - 1].text) <= 16:
            first = last - 1
    return lines[first : last + 1]


def _mark_ticker(lines: list[_Line]) -> None:
    """A news ticker at the head of the page: its label (快訊) and the headlines it shows, other stories'
    (快訊 / 海鯤艦首度潛航下潛約50公尺 測試聲納、動力 / the page's own headline): furniture.  Where several
    headlines without a comma follow the label, the last of them is the page's own."""

    def headline(item: _Line) -> bool:
        return (
            item.kind == "body"
            and _headline_shaped(item, 60)
            and not BYLINE.match(item.key)
            and not DATELINE.match(item.key)
        )

    for i, line in enumerate(lines[:10]):
        if line.key != "快讯" or line.kind != "note" or i + 1 >= len(lines):
            continue
        if not headline(lines[i + 1]):
            return
        run = i + 2
        while run < len(lines) and headline(lines[run]) and not any(c in lines[run].key for c in "，,"):
            run += 1
        for item in lines[i + 1 : max(i + 2, run - 1)]:
            item.mark("note", "note.ticker")
        return


def _mark_headline_block(lines: list[_Line]) -> None:
    """Find the title, by the strongest evidence first: the byline under it, a restatement of the page's title,
    the date line under it, its place as the first short line.  Then the lines around it."""
    for rule in (
        _title_above_byline,
        _restated_title,
        _title_above_metadata,
        _centred_title,
        _first_line_title,
        _title_over_dateline,
        _title_after_body,
    ):
        t = rule(lines)
        if t is not None:
            _mark_around_title(lines, t)
            return


def _title_over_dateline(lines: list[_Line]) -> int | None:
    """With no other evidence, the headline standing right over the wire or bracketed dateline that opens the
    story (獨立記者劉虎、巫英蛟被拘… / 【Yahoo 新聞報道】中國獨立調查記者…) is the title."""
    for j, line in enumerate(lines[:40]):
        if line.kind != "body":
            continue
        m = DATELINE.match(line.key)
        alone = m is not None and m.end() >= len(line.key)
        if m is None or (alone and not (j + 1 < len(lines) and _has_clauses(lines[j + 1]))):
            if _is_prose(line) and is_terminated(line.text):
                return None  # the text began before any dateline
            continue  # (a dateline alone on its line opens the story on the next: 本报讯 (记者周文翰) / 历时…)
        headline = _headline_over(lines, 0, j)
        if not headline or headline[0].key[0] in BULLET_MARKS:
            return None  # • 新一届国务院开始全面履职: a bulleted line is a list's or a section's, not the page's title
        for title in headline:
            title.mark("title", "title.over_dateline")
        return lines.index(headline[0])
    return None


def _title_after_body(lines: list[_Line]) -> int | None:
    """With no other evidence, the headline standing over the page's date or index line after the story (a scraper
    that read the page's record block last: …的家居无障碍改造工程。 / 【直击两会】甘谷县… / 索引号:… 时间:…)."""
    prose = [i for i, line in enumerate(lines) if line.kind == "body" and _is_prose(line)]
    if not prose:
        return None
    for i in range(prose[-1] + 2, len(lines)):
        if lines[i].rule not in _META_RULES:
            continue
        cand = lines[i - 1]
        if (
            cand.kind in ("body", "heading")
            and len(cand.text) <= 60
            and not is_terminated(cand.text)
            and not any(c in cand.text for c in "。；;")
        ):
            cand.mark("title", "title.over_metadata_after_body")
            cand.heading = None
            return i - 1
        return None
    return None


def _is_widget(text: str) -> bool:
    """A bulleted scrap of a page widget: • 15 (a share count), • A (font size), • ♥ 收藏.  A list entry has words:
    ● 更高效 keeps at least two Han characters and no symbols."""
    if text[0] not in BULLET_MARKS:
        return False
    rest = "".join(c for c in text if c not in BULLET_MARKS and not c.isspace())
    if not rest or len(rest) > 4:
        return False
    if rest in _LEX.widget_words:
        return True  # • 大字 / • 中字 / • 小字: the page's font-size buttons
    han = sum(1 for c in rest if "\u4e00" <= c <= "\u9fff")
    return han < 2 or any(not c.isalnum() for c in rest)


_NOT_WORDS = re.compile(r"[\W_]+")


def _bare(key: str) -> str:
    """A line's words only: no spaces or punctuation (the title again with ： for :, or a space dropped)."""
    return _NOT_WORDS.sub("", key)


_LABELS_BEFORE = re.compile(r"^(?:[（(【\[][^（）()【】\[\]]{1,8}[）)】\]][\s　]*)+")


_LETTER_SPACED = re.compile(r"(?:\S[\s　]+){3,}\S")


def _mark_repeated_title(lines: list[_Line]) -> None:
    """The title repeated further down (a scraped page prints the headline twice) is a note, not a paragraph."""
    if not any(ln.kind == "title" for ln in lines):
        return
    title_lines = [ln for ln in lines if ln.kind == "title"]
    want = _bare(title_lines[0].key)
    whole = _bare("".join(ln.key for ln in title_lines))
    longest = len("".join(ln.key for ln in title_lines)) + 10
    for line in lines:
        if line.kind != "body" or len(line.key) > longest + 16:
            continue
        key = line.key
        if key[0] in "（(【[":
            key = _LABELS_BEFORE.sub("", key)  # (图文互动)(1)暴雨中…: a gallery's label before the headline
        if len(key) <= longest and _bare(key) in (want, whole):
            line.mark("note", "note.repeated_title")
        elif _LETTER_SPACED.fullmatch(key) and _bare(key) in whole:
            line.mark(
                "note", "note.repeated_title"
            )  # 政 府 工 作 报 告: the page's banner of the title's words
            line.heading = None


_MENU_ITEM_MARKS = re.compile("[，。；：！？,.;:!?、．]")


def _mark_note_runs(
    lines: list[_Line], is_item: Callable[[_Line], bool], least: int, rule: str, blank_breaks: bool
) -> None:
    """Mark as notes (*rule*) each run of *least* or more lines that *is_item* accepts, one under the other; a note
    among them does not break a run, a blank line does when *blank_breaks*, any other line always."""
    run: list[_Line] = []

    def flush() -> None:
        if len(run) >= least:
            for ln in run:
                ln.mark("note", rule)
        run.clear()

    for line in lines:
        if line.kind == "note" and not line.blanks_before and run:
            continue
        if blank_breaks and line.blanks_before:
            flush()
        if is_item(line):
            run.append(line)
        else:
            flush()
    flush()


def _mark_menu_columns(lines: list[_Line]) -> None:
    """A column of six or more short lines with no mark of a sentence in them, one under the other (主頁 / 本地 /
    大中華 / 國際 …, or a date picker's 1 / 2 / 3 …): a page's navigation set one item a line, notes.  A note among
    them (即時新聞) does not break the column; a blank line or a longer line does.  An item may end on the colon
    of a submenu (類別:)."""

    def item(line: _Line) -> bool:
        return (
            line.kind == "body"
            and len(line.key) <= 12
            and not _MENU_ITEM_MARKS.search(line.key.rstrip("：:"))
        )

    _mark_note_runs(lines, item, 6, "note.menu_column", blank_breaks=True)


def _mark_bulleted_headlines(lines: list[_Line]) -> None:
    """Five or more bulleted short lines in a row with no full stop, before the story's first sentence: the page's
    list of other stories' headlines (• 美首季經濟增1.6%遜於預期 / • 我公民在菲潛水溺亡 / …), notes.  A list in the
    story itself comes after its first sentence."""
    first_prose = next((i for i, ln in enumerate(lines) if ln.kind == "body" and _is_prose(ln)), len(lines))

    def item(line: _Line) -> bool:
        return (
            line.kind == "body"
            and line.key[:1] in BULLET_MARKS
            and len(line.text) <= MAX_TITLE + 2
            and not any(c in line.text for c in "。；;")
        )

    _mark_note_runs(lines[:first_prose], item, 5, "note.headline_list", blank_breaks=False)


def _mark_repeated_paragraphs(lines: list[_Line], longest: int = 4) -> None:
    """A paragraph, or a block of up to *longest* paragraphs, printed again word for word straight after itself (a
    scraper caught the same block twice: A B A B) is a note the second time: only lines long enough to be
    sentences, so a refrain or a short label may repeat, and only right after, so a text that says the same thing
    twice in two places keeps both."""
    i = 0
    while i < len(lines):
        first = lines[i]
        if first.kind != "body" or len(first.key) < 20:
            i += 1
            continue
        for k in range(1, longest + 1):
            if i + 2 * k > len(lines):
                break
            if lines[i + k].key != first.key:
                continue  # (the cheap test first: the block's first line again k lines on)
            block, again = lines[i : i + k], lines[i + k : i + 2 * k]
            if all(
                a.kind == "body" and b.kind == "body" and len(a.key) >= 20 and a.key == b.key
                for a, b in zip(block, again, strict=True)
            ):
                for line in again:
                    line.mark("note", "note.repeated_paragraph")
                i += 2 * k - 1
                break
        i += 1
    # The story's first paragraph, dateline and all, again further down: the page printed the story twice.
    openings: set[str] = set()
    for line in lines:
        if line.kind != "body" or len(line.key) < 40 or not DATELINE.match(line.key):
            continue
        if line.key in openings:
            line.mark("note", "note.repeated_paragraph")
        openings.add(line.key)


def _mark_repeated_run(lines: list[_Line], run: int = 3) -> None:
    """The story printed again later on the page (a mobile and a desktop copy): a run of *run* or more body
    paragraphs, one straight after the other, that repeats in order a run seen earlier, with no heading between
    the two, is a note the second time.  A single repeated sentence (a refrain, a quotation given twice) keeps its
    place, and so does text repeated under another heading (a chapter of a book, a section of a form)."""
    places = [i for i, ln in enumerate(lines) if ln.kind == "body" and len(ln.key) >= 20]
    keys = [lines[i].key for i in places]

    def block(start: int) -> bool:  # the run starting at body line *start* stands together in the text
        return places[start + run - 1] - places[start] == run - 1

    first: dict[str, int] = {}
    k = 0
    while k < len(keys):
        f = first.get(keys[k])
        if (
            f is not None
            and f + run <= k
            and k + run <= len(keys)
            and keys[k + 1 : k + run] == keys[f + 1 : f + run]
            and block(f)
            and block(k)
            and not any(lines[x].kind == "heading" for x in range(places[f + run - 1] + 1, places[k]))
        ):
            t = 0
            while k + t < len(keys) and f + t < k and keys[k + t] == keys[f + t]:
                lines[places[k + t]].mark("note", "note.repeated_story")
                t += 1
            k += t
            continue
        first.setdefault(keys[k], k)
        k += 1


def _mark_headline_lists(lines: list[_Line]) -> None:
    """A list of other stories, each headline followed by its time (前TVB星二代… / 2025-07-03 11:00 HKT, twice or
    more), and the short label that heads it (最Hit, 热门): notes, like a list under 相关新闻."""
    dated = [i for i, ln in enumerate(lines) if ln.rule == "note.publication_line"]
    pairs = [
        i - 1
        for i in dated
        if i >= 1 and lines[i - 1].kind in ("body", "heading") and len(lines[i - 1].key) <= 60
    ]
    for a, b in pairwise(pairs):
        if b - a != 2:
            continue
        for i in (a, b):
            lines[i].mark("note", "note.related_headline")
            lines[i].heading = None
        head = lines[a - 1] if a >= 1 else None
        if (
            head is not None
            and head.kind in ("body", "heading")
            and len(head.key) <= 12
            and not _has_clauses(head)
        ):
            head.mark("note", "note.related_list")
            head.heading = None


# A headline with its date after a run of spaces (李國章或任港大校委會主席      [2015-03-21]): one entry of a list
# of other stories.
_DATED_ENTRY = re.compile(
    r"^[^。；;！？!?]{2,60}?[\s　]{2,}[\[【(（]?[\s　]*(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[\s　]*[\]】)）]?$"
)


def _mark_dated_entries(lines: list[_Line]) -> None:
    """Three or more lines in a row, each a headline with its date set after a run of spaces, are a list of other
    stories: notes, whatever role each line had been given on its own."""
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if (
            line is not None
            and line.kind in ("body", "heading", "note", "title")
            and _DATED_ENTRY.match(line.text)
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            for k in run:
                lines[k].mark("note", "note.related_headline")
                lines[k].heading = None
        run = []


_TEXT_FOLLOWS = re.compile(r"^(?:以下为正文|以下是正文|正文如下|下面是正文|正文开始)[：:]?$")


def _mark_front_matter(lines: list[_Line]) -> None:
    """以下为正文 (the text follows): everything above it is the document's front matter (translators, maintainers,
    a note on the translation), kept apart as notes like the marker itself."""
    marker = next((i for i, ln in enumerate(lines[:80]) if _TEXT_FOLLOWS.match(ln.key)), None)
    if marker is None:
        return
    for line in lines[: marker + 1]:
        if line.kind in ("body", "title", "deck", "heading"):
            line.mark("note", "note.front_matter")
            line.heading = None


def _mark_underlined_headings(lines: list[_Line]) -> None:
    """A short line underlined by a rule of its own width (如何参与Linux内核开发 / ---------------------, 入门 / ----):
    a heading, as plain-text documents, Markdown and reStructuredText write one; the rule is its decoration."""
    for i in range(len(lines) - 1):
        line, rule = lines[i], lines[i + 1]
        if (
            line.kind == "body"
            and rule.rule == "note.decoration"
            and not rule.blanks_before
            and rule.key[0] in "-=~^*＝－"
            and len(set(rule.key)) == 1
            and 2 <= len(line.text) <= MAX_TITLE
            and not is_terminated(line.text)
            and abs(_columns(line.text) - len(rule.key)) <= 3
        ):
            line.mark("heading", "heading.underlined")
            line.heading = match_numbered(line.text, line.key) or HeadingMatch(
                None, line.text, UNNUMBERED, False
            )


def _mark_edit_link_headings(lines: list[_Line]) -> None:
    """A short line with a wiki's edit link under it (歷史 / [編輯]井研縣處於…): a section's heading, as the wiki
    sets one; the link is the page's (see leading_labels)."""
    for i in range(1, len(lines)):
        line, head = lines[i], lines[i - 1]
        if (
            line.rule == "note.leading_label"
            and line.key.endswith("]")
            and head.kind == "body"
            and looks_like_plain_heading(head.text)
        ):
            head.mark("heading", "heading.edit_link")
            head.heading = HeadingMatch(None, head.text, UNNUMBERED, False)


# A posting template's field labels alone on their line (PTT's 3.完整新聞標題: / 2.記者署名:): the line under the
# label holds the field.
_FIELD_LABEL_LINE = re.compile(
    r"^(?:\d{1,2}[.、．]\s*)?(?:(?P<title>完整新闻标题|新闻标题|标题)|(?P<byline>记者署名|记者)"
    r"|(?P<note>媒体来源|完整新闻连结|完整新闻链接)|(?P<text>完整新闻内文|新闻内文))[^：:]{0,8}[：:]$"
)


_TOC_LABELS = frozenset(("目录", "目次", "总目", "总目录"))
_TOC_STYLES = frozenset(("chapter", "part", "subchapter"))


def _mark_table_of_contents(lines: list[_Line]) -> None:
    """A book's table of contents (目录 / 第一回 辟香港通商… / 第二回 察嗜好…): three or more chapter lines in a row
    with nothing under them, under a 目录 label or listing chapters that the text then opens, are the book's
    apparatus, notes; the chapters themselves come later as headings."""
    i = 0
    while i < len(lines):
        line = lines[i]
        numbered = (
            match_numbered(line.text, line.key)
            if line.kind in ("body", "heading") and line.key[:1] == "第"  # each style of a contents opens so
            else None
        )
        if numbered is None or numbered.style not in _TOC_STYLES or numbered.run_in or not numbered.heading:
            i += 1
            continue
        j, seen = i, {numbered.number}
        while (
            j + 1 < len(lines)
            and lines[j + 1].kind in ("body", "heading")
            and (m := match_numbered(lines[j + 1].text, lines[j + 1].key)) is not None
            and m.style == numbered.style
            and m.heading
            and m.number not in seen  # the list ends where the text opens its first chapter again
        ):
            seen.add(m.number)
            j += 1
        if j - i + 1 < 3:
            i = j + 1
            continue
        label = i > 0 and lines[i - 1].key.strip(_WS) in _TOC_LABELS
        first = numbered.number
        # under 目录, or listing a chapter the text opens later
        opens_later = any(
            ln.key[:1] == "第" and (m := match_numbered(ln.text, ln.key)) is not None and m.number == first
            for ln in lines[j + 1 :]
        )
        if label or opens_later:
            if label:
                lines[i - 1].mark("note", "note.table_of_contents")
                lines[i - 1].heading = None
            for line in lines[i : j + 1]:
                line.mark("note", "note.table_of_contents")
                line.heading = None
                line.list_item = False
        i = j + 1


# A portrait's label: a name alone, perhaps with where the person stands (谭佳平(左)).
_PORTRAIT_LABEL = re.compile(rf"^(?:{_W(_LEX.surnames)})[{_HAN}]{{1,3}}(?:[（(][左中右上下][）)])?$")


def _mark_portrait_labels(lines: list[_Line]) -> None:
    """Three or more names alone on their lines in a row (李永东 / 谭佳平(左) / 张伟萍 …) label a feature's
    portraits: captions, not paragraphs, and no headline."""
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and lines[j].kind == "body"
            and len(lines[j].key) <= 7
            and _PORTRAIT_LABEL.match(lines[j].key)
        ):
            j += 1
        if j - i >= 3:
            for line in lines[i:j]:
                line.mark("caption", "caption.portrait_label")
        i = max(j, i + 1)


def _mark_template_fields(lines: list[_Line]) -> None:
    """A posting template (PTT's news posts: 1.媒體來源: / 2.記者署名: / 3.完整新聞標題: / 4.完整新聞內文:): the labels
    are notes, the line under 完整新聞標題 is the title (a title found elsewhere gives way), the one under 記者署名
    the byline, the one under 媒體來源 a note."""
    for i, line in enumerate(lines[:-1]):
        m = _FIELD_LABEL_LINE.match(line.key) if len(line.key) <= 24 else None
        if m is None:
            continue
        nxt = lines[i + 1]
        line.mark("note", "note.template_label")
        line.heading = None
        if nxt.kind not in ("body", "heading", "title") or len(nxt.text) > 60:
            continue
        role = m.lastgroup
        if role == "title":
            for other in lines:
                if other.kind == "title":
                    other.mark("note", "note.template_title_line")
            nxt.mark("title", "title.template_field")
        elif role == "byline":
            nxt.mark("byline", "byline.template_field")
        elif role == "note":
            nxt.mark("note", "note.template_field")
        nxt.heading = None


# A record's field label alone on its line (案件名称, 所属地区, 审理程序): a few Han characters, nothing else
_RECORD_LABEL = re.compile(rf"[{_HAN}]{{2,6}}")
RECORD_PAIRS = 3  # label and value pairs in a row, at least: a record's fields, not two short lines by chance


def _mark_record_fields(lines: list[_Line]) -> None:
    """A database page's record set out a field to two lines, its label over its value (案件名称 / 苏州苏原鞋业…判决书
    / 法院 / 江苏省苏州市中级人民法院 / 案件类型 / 民事案件 / …), before the document it describes: the record is
    the page's furniture, notes, not a list of paragraphs.  Three such pairs in a row at least, none a sentence,
    all before the first running text."""
    first_prose = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    i = 0
    while i < first_prose - 1:
        j = i
        while (
            j + 1 < first_prose
            and all(ln.kind in ("body", "heading") for ln in lines[j : j + 2])
            and _RECORD_LABEL.fullmatch(lines[j].key) is not None
            and len(lines[j + 1].key) <= 80
            and not is_terminated(lines[j + 1].text)
        ):
            j += 2
        if (j - i) // 2 >= RECORD_PAIRS:
            for ln in lines[i:j]:
                ln.mark("note", "note.record_label_value")
                ln.heading = None
            i = j
        else:
            i += 1


def _mark_listing_entries(lines: list[_Line]) -> None:
    """A page that lists documents or stories, each entry a headline, its date line and a summary (盛科通信:…决议公告
    / 2024-05-16 10:50 / 会议出席情况…): each headline heads its entry as a section, so the sidebar lists them.
    Only when the listing is the page (no text before its first entry) and has two entries or more; a story's
    headline taken for the page's title gives way."""
    entries = [
        i
        for i in range(1, len(lines) - 1)
        if lines[i].rule == "note.publication_line"
        and lines[i - 1].kind in ("body", "title", "heading")
        and 4 <= len(lines[i - 1].text) <= 60
        and not any(c in lines[i - 1].text for c in "。；;")
        and lines[i + 1].kind == "body"
        and _has_clauses(lines[i + 1])
    ]
    if len(entries) < 2:
        return
    first = entries[0] - 1
    if any(ln.kind == "body" and _has_clauses(ln) for ln in lines[:first]):
        return
    for i in entries:
        head = lines[i - 1]
        head.mark("heading", "heading.listing_entry")
        head.heading = HeadingMatch(None, head.text, UNNUMBERED, False)


# The caption openers that label the line a caption (图说：, 图注, 图片说明), not a sentence's opening words (图为).
_CAPTION_LABELS = tuple(o for o in _LEX.caption_openers if o[-1] in "：:" or o in ("图注", "图片说明"))
# The symbols among the caption openers (▲, △, 📷): a line opening with one points at a picture.
_PICTURE_MARKS = tuple(o for o in _LEX.caption_openers if len(o) == 1 and not o.isalnum())

# Who stands where in the picture: 记者王伟健（右）, 周人杰（右二）, 前排左三 — only a caption points so.
_PICTURE_PLACE = re.compile(r"[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九]?[）)]")


def _credited_caption(key: str, text: str) -> str:
    """The rule by which a line is a picture's caption for the credit it carries (▲ 图为…, …（新华社记者 张三 摄）,
    …。圖/台視新聞, …（美联社）) or for pointing at who stands where (记者王伟健（右）介绍…), or "" when it
    carries neither.  Where the line stands is the caller's to judge."""
    if len(text) <= 60 and CAPTION_MARK.search(key):
        return "caption.picture_mark"
    if len(text) <= 150 and key.startswith(_CAPTION_LABELS):
        return "caption.labelled"  # 图说：今天上午，…: a caption said to be one, however long
    if len(text) <= 24 and PICTURE_SOURCE_ALONE.match(key):
        return "caption.picture_source"  # 圖/TVBS alone under the picture it credits
    if len(text) <= 100 and ("左" in key or "右" in key or "中" in key) and _PICTURE_PLACE.search(key):
        if sum(text.count(c) for c in "。！？!?") <= 2:
            return "caption.who_stands_where"
    stops = None
    if key.rstrip("）)").endswith(_PICTURE_CREDIT_ENDS):
        stops = sum(text.count(c) for c in "。！？!?")
        if stops <= 4 and PICTURE_CREDIT.search(key):
            return "caption.picture_credit"  # a photographer's credit closes even a long caption
    if len(text) <= 150 and "图" in key and PICTURE_SOURCE.search(key):
        return "caption.picture_source"
    if len(text) <= 100 and key[-1] in _CREDIT_LAST:
        if stops is None:
            stops = sum(text.count(c) for c in "。！？!?")
        if stops <= 2:
            if CAPTION_CREDIT.search(key):
                return "caption.agency_credit"
            if key.endswith(("）", ")")) and BRACKET_CREDIT.search(key):
                return "caption.bracket_credit"
    return ""


def _run_of_same(lines: list[_Line], i: int) -> int:
    """How many lines in a row, line *i* among them, say the same."""
    start = end = i
    while start and lines[start - 1].key == lines[i].key:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].key == lines[i].key:
        end += 1
    return end - start + 1


_CONTACT_LABELS = frozenset(_LEX.contact_labels)
_CONTACT_MARKS = "•·‧*-－ 　:：" + _LEX.bullet_marks
_PAGE_FOOT = re.compile(words(_LEX.foot_phrases))


def _value_under(lines: list[_Line], i: int, limit: int) -> _Line | None:
    """The line under the label at *i* when it reads as the label's value: at most *limit* characters of text with
    no sentence in them."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if (
        nxt is not None
        and nxt.kind == "body"
        and len(nxt.key) <= limit
        and not _SENTENCE_MARK.search(nxt.key)
    ):
        return nxt
    return None


_FILING_FIELDS = frozenset(_LEX.filing_fields)


def _filing_record(key: str) -> bool:
    """A filing's record fields on one line, names and values set apart by spaces (發言人 高全德 發言人職稱 行政財務副總
    發言人電話 02-66179668): two of the record's field names among its words."""
    return sum(word in _FILING_FIELDS for word in key.split()) >= 2


def _record_label(line: _Line) -> bool:
    """A record's field label alone on its line (索 引 号：, 标　　题：)."""
    key = line.key.rstrip()
    return (
        len(key) <= 16
        and key.endswith(("：", ":"))
        and "*" not in key  # (**检查服务状态**： sets a step's label in bold: the text's own)
        and is_record_label(_nospace(key.strip(_CONTACT_MARKS)))
    )


def _over_text(lines: list[_Line], i: int) -> bool:
    """The line after line *i* is a sentence of running text (what a headline stands over)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.kind == "body" and is_terminated(nxt.text) and _has_clauses(nxt)


def _printed_under_pictures(lines: list[_Line]) -> set[str]:
    """Phrases printed three times or more, each time between other paragraphs (新iPhone SE真机上手评测… under each
    of the review's pictures): the pictures' words.  A text printed over again whole repeats its neighbours too, and
    its repeated lines are its own, and so is a sentence said again under each item (表决情况:同意票5票,反对票0票。
    under each motion of a board's resolution)."""
    where: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.kind == "body" and 8 <= len(ln.key) <= 60 and ln.key[-1] not in "。；;":
            where.setdefault(ln.key, []).append(i)
    return {
        key
        for key, at in where.items()
        if len(at) >= 3 and len({lines[i - 1].key for i in at if i}) == len([i for i in at if i])
    }


def _mark_notes_and_captions(lines: list[_Line]) -> None:
    in_related = False
    # Lines without Chinese are furniture on a Chinese page; a document mostly in another language keeps them.
    worded = [ln for ln in lines if _A_WORD.search(ln.key)]  # rules of * or — are no language
    chinese = 2 * sum(1 for ln in worded if _HAN_CHAR.search(ln.key)) >= len(worded)
    # Where running text first appears: a record's field lines stand before it (found once, not per line)
    first_prose = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    repeats = _printed_under_pictures(lines)
    for i, line in enumerate(lines):
        if line.kind != "body" or line.rule == "paragraph.table":
            continue  # (a table's bars and bare numbers are its cells, not a page's furniture)
        if len(line.text) <= 80 and (RELATED.match(line.key) or line.key in _LEX.reference_markers):
            line.mark("note", "note.related_marker")
            in_related = True
            continue
        if line.key in _LEX.page_list_markers:
            line.mark("note", "note.related_marker")
            in_related = True
            continue
        if (
            in_related
            and len(line.text) <= MAX_TITLE
            and (not is_terminated(line.text) or _HEADLINE_QUESTION.match(line.key))
            # (the page's list above the story ends at its own headline, over the story's text)
            and not (i < first_prose and _over_text(lines, i))
        ):
            line.mark("note", "note.related_item")  # a headline in the list of related stories
            continue
        in_related = False
        if (
            i < first_prose
            and len(line.key) <= 30
            and (len(line.key) <= 6 or any(c.isascii() and c.isalpha() for c in line.key))
            and _run_of_same(lines, i) >= 3
        ):
            # 無綫新聞 TVB News three times over the story: its logo (a headline printed twice is another matter)
            line.mark("note", "note.repeated_banner")
            continue
        if i < first_prose and _record_label(line):
            # 索 引 号： / 000014349/2018-00219, 标　　题： / 国务院关于…的通知: the page's record, field by field; the
            # last field's value is the next line only when it reads as one (a figure in it), since it may be left
            # empty over the document's own title (主 题 词： / 国务院关于印发…)
            line.mark("note", "note.record_field")
            value = _value_under(lines, i, 40)
            after = lines[i + 2] if i + 2 < len(lines) else None
            if (
                value is not None
                and (after is None or _record_label(after) or any(c.isdigit() for c in value.key))
                and not _nospace(line.key).startswith(_LEX.title_field_labels)
            ):  # (标　　题： / 国务院关于…的通知: the headline, as a title field's value on its line is)
                value.mark("note", "note.record_field")
            continue
        if i < first_prose and len(line.key) <= 100 and _filing_record(line.key):
            line.mark("note", "note.record_field")  # 序號 4 發言日期 113/04/23 發言時間 17:39:48
            continue
        if len(line.key) <= 16 and _nospace(line.key.strip(_CONTACT_MARKS)) in _CONTACT_LABELS:
            # • 新聞聯絡人 / 林雅慧, • 電話 / (02)2380-3625, 傳 真: / (852) 3600 8800: a release's or a paper's
            # contact, its value on the next line
            line.mark("note", "note.contact")
            if (value := _value_under(lines, i, 24)) is not None:
                value.mark("note", "note.contact")
            continue
        if i >= len(lines) - 15 and len(line.key) <= 300 and _PAGE_FOOT.search(line.key):
            # 本页内容未经书面授权许可,不得转载 / 使用前务请仔细阅读法律申明,风险自负: the site's rights and
            # disclaimers at the foot of the page
            line.mark("note", "note.page_foot")
            continue
        if CLOSING_BYLINE.match(line.key):
            line.mark("byline", "byline.closing_credit")
            continue
        note = NOTE.match(line.key) if len(line.text) <= 80 or _LINKED_CREDIT.match(line.key) else None
        if note and not (
            note.lastgroup == "publication_line"
            and (_OCCASION.match(line.key) or (i and _names_a_time(lines[i - 1])))
        ):
            line.mark("note", f"note.{note.lastgroup}")
            continue
        key = line.key
        shaped = (
            _shaped_note(key)
            if (len(key) <= 80 or ("://" in key and len(key) <= 400))  # (a link's address may be long)
            and (
                key[-1] in _SHAPE_ENDS
                or key[0] in "推嘘→"
                or ("!" <= key[0] <= "~" and " " in key)
                or "|" in key
                or "｜" in key
                or any(w in key for w in _SHAPE_WORDS)
            )
            else None
        )
        if shaped:
            line.mark("note", shaped)
            continue
        key = line.key
        if len(key) <= 400 and _EDITOR_NOTE.match(key):
            # 【编者按】巩固脱贫成果…, 年终报道·编者按: the editor's note with its label, or its label alone
            line.mark("note", "note.editor_note")
            continue
        if (
            key[:1] == "【"
            and key[-1:] == "】"
            and (source := DATELINE.match(key))
            and source.end() >= len(key)
        ):
            line.mark(
                "note", "note.bracketed_source"
            )  # 【香港政府新聞網】 alone: the source's label, not text
            continue
        if (key[:2] == "![" and _MARKDOWN_IMAGE.match(key)) or _MARKUP_IMAGE.match(key):
            line.mark("note", "note.markdown_image")  # ![陶崇园坠楼的宿舍](https://…): the picture, not text
            continue
        if i and lines[i - 1].rule == "note.markdown_image" and _MARKDOWN_EMPHASIS.match(key):
            line.mark("caption", "caption.under_markdown_image")  # *陶崇园坠楼的宿舍（王海燕 摄）*
            continue
        if len(key) <= 150 or not _HAN_CHAR.search(key):  # (2025-11-16,12371| 2025-11-15,…: a chart's data)
            # Most furniture holds no sentence punctuation; a line with sentences is furniture only when the site
            # speaks in it or it is not in Chinese.  One search sorts the hundred thousand lines of a big file.
            plain = len(key) <= 80 and _SENTENCE_MARK.search(key) is None
            if ("+" in key or "＋" in key) and is_browser_help(key):
                line.mark("note", "note.browser_help")
                continue
            if (
                plain
                or (_VOICE_FIRST.search(key) and _VOICE_OR_KANA.search(key))
                or key.startswith(_LEX.site_statement_openers)
                or key.endswith(RIGHTS_ENDINGS)
                or not _HAN_CHAR.search(key)
                or (i < 30 and len(key) <= 40 and is_site_name(key))  # a masthead's motto may end in a !
            ) and _furniture_line(lines, i, plain, chinese, first_prose):
                continue
        if (
            not is_terminated(line.text)
            and _SYMBOL.search(key)
            and len(_SYMBOL.findall(_NUMERAL_ZERO.sub("", key))) >= 3
            # (not a post's sentences, emoji and all: …這有什麼好扭扭捏捏的。~😀)
            and not (len(key) >= 60 and sum(key.count(c) for c in "，,。？?！!") >= 3)
        ):
            line.mark(
                "note", "note.decorated"
            )  # ⎝⎛✳️【…】✅⎞⎠◥…◤: an advertisement dressed in symbols, not text
            continue
        if _is_widget(line.text) or (
            " " in line.key and line.key[0] in _WIDGET_FIRST and _widget_row(line.key)
        ):
            line.mark("note", "note.widget")
            continue
        if MARKED_NAME.match(line.key):
            line.mark("byline", "byline.marked_name")
            continue
        if (
            line.key[0] in BULLET_MARKS
            and len(line.key) <= MAX_TITLE
            and BYLINE.match(line.key[1:].strip(_WS))
        ):
            line.mark("byline", "byline.bulleted")  # ◎ 科技日报记者 何沛苁 赵卫华: the reporters under a mark
            continue
        text = line.text
        if len(text) > 200:
            continue  # every caption and chart-title shape below is shorter: a long paragraph is text
        prev_ok = (
            i == 0
            or lines[i - 1].kind != "body"
            or is_terminated(lines[i - 1].text)
            or (len(lines[i - 1].key) <= MAX_TITLE and BYLINE.match(lines[i - 1].key) is not None)
        )  # (a byline does not end a sentence, yet the picture under it is no part of one)
        rule = _credited_caption(line.key, text)
        # A caption that credits its picture may sit right under the headline, set apart from it.
        # (so may one set apart that opens with a picture's mark, ▲…（圖／游泳協會提供）, whatever stands above it)
        if rule and (
            prev_ok
            or (
                line.blanks_before > 0
                and (_headline_shaped(lines[i - 1]) or line.key.startswith(_PICTURE_MARKS))
            )
        ):
            line.mark("caption", rule)
            continue
        before = lines[i - 1] if i else None
        if (
            before is not None
            and before.kind == "caption"
            and len(text) <= 100
            and len(line.key) >= 6
            and _nospace(line.key) in _nospace(before.key)
        ):
            line.mark("caption", "caption.repeated")  # the picture's text again without its credit
            continue
        if line.key in repeats and first_prose < i and text.count("。") <= 1:
            # 新iPhone SE真机上手评测… printed five times over, once under each picture
            line.mark("caption", "caption.printed_under_each_picture")
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.key == line.key
            and prev_ok
            and len(text) <= 60
            and (
                (is_terminated(text) and sum(text.count(c) for c in "。！？!?") == 1)
                or (  # (words without a stop twice, inside the story: not the headline printed twice)
                    len(text) <= 30
                    and _SENTENCE_MARK.search(text) is None
                    and first_prose < i
                    and i + 2 < len(lines)
                )
            )
        ):
            # The same sentence twice in a row: a picture's alternative text and its caption.
            line.mark("caption", "caption.repeated")
            nxt.mark("caption", "caption.repeated")
            continue
        if (
            nxt is not None
            and nxt.kind == "body"
            and prev_ok
            and 8 <= len(text) <= 60
            and text[-1] in "。."
            and not any(c in text[:-1] for c in "，,；;。！？!?")
            and len(nxt.key) > 2 * len(line.key)
            and _nospace(line.key)[:-1] in _nospace(nxt.key)
        ):
            # 衞生防護中心正展開流行病學調查。 over the paragraph that says it again, going on: the picture's words
            line.mark("caption", "caption.repeated_in_text")
            continue
        if (
            len(text) <= MAX_TITLE
            and (
                CHART_TITLE.match(line.key)
                # (not a table's header row of four cells or more: 序号 项目获得单位 项目名称 项目金额 (亿元))
                or (
                    line.key[-1] in _UNIT_TITLE_ENDS
                    and len(line.key.split()) < 4
                    and UNIT_TITLE.match(line.key)
                )
            )
            and not is_terminated(text)
        ):
            line.mark("caption", "caption.chart_title")
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        isolated = line.blanks_before >= 2 or (nxt is not None and nxt.blanks_before >= 2)
        if (
            isolated
            and i > 0
            and prev_ok
            and 4 <= len(text) <= 40
            and text.endswith(("。", "."))
            and not any(c in text[:-1] for c in "，,；;。！？!?：:")
            and not _ITEM_NUMBER.match(text)  # 3    公司全体董事出席董事会会议。: an item of a numbered list
            # 特此公告。: an official text's closing formula, its last line
            and not line.key.startswith("特此")
            # 第八条 本办法自1992年7月1日起施行。: the last article of a set of rules
            and not _LAW_ARTICLE.match(line.key)
        ):
            line.mark("caption", "caption.isolated_sentence")


_SENTENCE_MARK = re.compile("[，。；！？!?;]")
# An editor's note's label, perhaps bracketed or after its column's name (年终报道·编者按), its note perhaps after it.
_EDITOR_NOTE = re.compile(
    rf"[【\[（(]?(?:[{_HAN}]{{2,8}}[\s　]*[·・•][\s　]*)?(?:{_W(_LEX.editor_note_labels)})[】\]）)]?[\s　]*(?:[：:][\s　]*)?"
)
# A list item's number: 3 , 3、, (三), 三、 opening the line.
_ITEM_NUMBER = re.compile(
    r"(?:[0-9]{1,2}[\s、.．]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
# A Markdown post's picture on a line of its own (perhaps in a table's cell: ![]() |), and the emphasised line under
# it that captions it; a picture left in markup (<image>…</image>, <img …>) is the picture too.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)[\s　|｜]*$")
_MARKUP_IMAGE = re.compile(r"<(?:image|img)\b[^\n]*(?:</image>|/?>)[\s　]*$", re.IGNORECASE)
_MARKDOWN_EMPHASIS = re.compile(r"(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)$")
_TIME_LINE = re.compile(rf"^(?:[{_HAN}]{{2,6}}时间)?[\s　]*\d{{1,2}}(?:时\d{{1,2}}分|[:：]\d{{2}})$")
# Pictographs, arrows, dingbats, geometric shapes and emoji: text uses a bullet or two, advertisements many.
_SYMBOL = re.compile("[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
# The circle written for zero among Chinese numerals (二○○三年): a digit, not a symbol.
_NUMERAL_ZERO = re.compile("(?<=[〇零一二三四五六七八九十○])○|○(?=[〇零一二三四五六七八九○])")
_SHORT_DATE = re.compile(
    rf"^\d{{1,2}}月\d{{1,2}}日[\s　]*(?:星期[一二三四五六日天]|周[一二三四五六日])?[\s　]*(?:{_TIME})?$"
)
_VOICE_OR_KANA = re.compile(rf"{_W(_LEX.site_voice)}|[\u3040-\u30ff]")
# The first characters of the words above: one class search (fast) before the alternation (slow) on long lines.
_VOICE_FIRST = re.compile(
    "[" + re.escape("".join(sorted({w[0] for w in _LEX.site_voice}))) + "\u3040-\u30ff]"
)
_HAN_CHAR = re.compile(f"[{_HAN}]")
_A_WORD = re.compile(r"[^\W_]")
_ALL_HAN = re.compile(f"[{_HAN}]+$")


def _chapter_heading(line: _Line) -> bool:
    """第十八回 …, 第一章 …: a book's chapter by its number, whatever words follow it."""
    numbered = match_numbered(line.text, line.key)
    return numbered is not None and numbered.style == "chapter"


def _furniture_line(lines: list[_Line], i: int, plain: bool, chinese: bool, first_prose: int) -> bool:
    """Mark line *i* as page furniture when its shape says so (``reader.article.page``); True when marked.  *plain*:
    the line is short and has no sentence punctuation, which most shapes need; *first_prose* is the index of the
    first line of running text."""
    line = lines[i]
    prev = lines[i - 1] if i else None
    if (
        plain
        and _ALL_HAN.match(line.key)
        and not line.key.startswith(_LEX.menu_words)
        and not line.key.startswith(_LEX.book_tabs)
        and not line.key.endswith(_LEX.issuer_endings)
        and not line.key.endswith(_LEX.site_name_endings)
        and (prev is None or prev.kind != "note")
        and not is_site_notice(line.key)  # 請更新您的瀏覽器: the site speaking of itself
    ):
        return (
            False  # words only (a subheading): of the shapes below only a menu, an issuer or a site could be
        )
    if (
        plain
        and is_menu_line(line.key)
        and not BYLINE.match(line.key)
        and not (prev and prev.text.endswith(("：", ":")))
        # (not 第十八回 揮慧劍 心斷七情索 覓沉竹 力誅三腳怪: a chapter's couplet set in spaces)
        and not _chapter_heading(line)
    ):
        line.mark("note", "note.menu")
    elif plain and is_metadata_line(line.key) and not any(p.match(line.key) for p in _ENUMERATED):
        line.mark("note", "note.metadata_line")  # not (1)现场会议时间：2025年5月19日…: an item of the text
    elif is_site_notice(line.key):
        line.mark("note", "note.site_notice")

    elif plain and BRACKETED_REMARK.match(line.key) and not any(p.match(line.key) for p in _ENUMERATED):
        line.mark("note", "note.bracketed_remark")  # （此件公开发布）: the editor's remark on the document
    elif plain and first_prose >= i and _EMPTY_FIELD.fullmatch(line.key):
        line.mark("note", "note.empty_field")  # 专栏: with nothing after it, in the page's header
    elif plain and is_field_line(line.key) and first_prose >= i:
        line.mark("note", "note.field_line")
    elif is_record_row(line.key, in_text=first_prose < i):
        line.mark("note", "note.record_row")
    elif (
        plain
        and prev is not None
        and prev.rule == "note.record_row"
        and prev.key.rstrip(_WS).endswith(("|", "｜"))
        and len(line.text) <= 30
    ):
        line.mark(
            "note", "note.record_value"
        )  # 发布单位 | / 广东省人民政府: the field's value on the next line
    elif plain and i < 30 and first_prose > i and is_channel_label(line.key):
        line.mark("note", "note.channel")  # 生活, 國際新聞 above the headline: the page's channel
    elif plain and is_logo(line.key):
        line.mark("note", "note.logo")
    elif plain and is_app_prompt(line.key):
        line.mark("note", "note.app_prompt")
    elif (
        plain
        and prev is not None
        and prev.kind == "note"
        and ends_with_label(prev.key)
        and len(line.text) <= 20
        and not any(c in line.text for c in "，,。；;")
    ):
        line.mark("note", "note.label_value")  # 来源： / 《财经》杂志: the label's value on the next line
    elif (
        plain
        and is_issuer(line.key)
        and len(line.text) >= 3
        and i + 1 < len(lines)
        and (nxt := NOTE.match(lines[i + 1].key)) is not None
        and nxt.lastgroup == "publication_line"
        and prev is not None
        and is_terminated(prev.text)
    ):
        # 某某银行股份有限公司董事会 / 2024年3月1日 signs a filing (a note); 国务院 / 2023年11月30日 close a document
        # as its own text (its date is taken back from the notes by _mark_signature)
        if line.key.endswith(_COMPANY_SIGNERS):
            line.mark("note", "note.signature")
        else:
            line.mark("body", "paragraph.signature")
    elif (
        i < 30
        and is_site_name(line.key)
        and not any(_has_clauses(ln) for ln in lines[:i] if ln.kind == "body")
    ):
        line.mark("note", "note.site_name")  # 新华网 at the head of the page
    elif (
        plain
        and 2 <= len(line.key) <= 10
        and any(
            ln.rule == "note.site_name" and ln.key.startswith(line.key) for ln in lines[max(0, i - 3) : i]
        )
    ):
        line.mark("note", "note.site_name")  # 雨枫轩 under 雨枫轩原创文学网 - …: the masthead's logo
    elif (
        plain
        and i < 30
        and _SHORT_DATE.match(line.key)
        and not any(_has_clauses(ln) for ln in lines[:i] if ln.kind == "body")
    ):
        line.mark("note", "note.short_date")  # 3月1日 星期五 at the head of the page: when, not a heading
    elif plain and _TIME_LINE.match(line.key):
        line.mark("note", "note.time_line")  # 香港时间14时45分: when the page was published
    elif (
        i < 30
        and len(line.key) <= 3
        and not any(c.isalpha() for c in line.key)  # no word: a symbol or a number
        and not any(_has_clauses(ln) for ln in lines[:i] if ln.kind == "body")
    ):
        line.mark("note", "note.widget")  # × (a close button), 0 (a counter) at the head of the page
    elif plain and is_document_number(line.key):
        line.mark("note", "note.document_number")
    elif (
        chinese
        and is_foreign_line(line.text)
        and not (
            line.rule == "paragraph.code_block" and prev is not None and prev.text.rstrip()[-1:] in "：:"
        )
        and (
            prev is None
            or prev.kind != "body"
            or is_terminated(prev.text)
            or (i + 1 < len(lines) and NOTE.match(lines[i + 1].key) is not None)
        )
    ):
        line.mark("note", "note.not_chinese")  # not 增长 / 4.8%: a figure the scraper put on its own line
    else:
        return False
    return True


# A pictograph opening a line (📌影響時間：…, 📍大雨：…, ✅ 已完成): a page's bullet drawn as an emoji, so the line
# starts an entry of its own even where the line before ends without a stop.
_PICTOGRAPH = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")


def _echoed_heading(line: _Line, nxt: _Line | None) -> bool:
    """舊京城 over 舊京城，方圓約二十里許…: an entry's name whose text opens by saying it again (a classical
    notebook's or a gazetteer's entry, a subheading the paragraph repeats) heads it, even where the line above
    was cut off unfinished."""
    n = len(line.key)
    return (
        nxt is not None
        and nxt.kind == "body"
        and 2 <= n <= 12
        and _ALL_HAN.match(line.key) is not None
        and len(nxt.key) > n + 4
        and nxt.key.startswith(line.key)
        and nxt.key[n] in "，,。：:、；;"
    )


def _dropped_stop(last: _Line, line: _Line) -> bool:
    """Two long lines of a text not wrapped at a margin, set apart by a blank line, the first ending on a word
    (…市場擔心他將延續鮑爾的意圖 / 自去年川普就職以來…): paragraphs whose copy lost their full stops, since a
    sentence is not cut at a blank line after eighty characters."""
    return (
        len(last.key) >= 80
        and len(line.key) >= 80
        and _HAN_CHAR.match(last.key, len(last.key) - 1) is not None
        and _HAN_CHAR.match(line.key) is not None
    )


def _labelled_pictograph(line: _Line) -> bool:
    """📍大雨：南投縣山區、雲林縣山區: an entry under an emoji bullet with its label, whole on its line."""
    return bool(_PICTOGRAPH.match(line.text)) and any(c in line.key for c in "：:")


def _is_bullet(line: _Line) -> bool:
    return line.text[0] in BULLET_MARKS


def _lone_bullet(lines: list[_Line], i: int) -> bool:
    """■ 比赛回顾 heads a section only when text follows and no bulleted line stands beside it (that is a list)."""
    if i + 1 >= len(lines) or _is_bullet(lines[i + 1]):
        return False
    return i == 0 or not _is_bullet(lines[i - 1])


def _is_entry(text: str) -> bool:
    """A complete data entry without a final stop: 今天下班:阴有零星小雨;偏南风2、3级;15~14℃ (a label or clauses,
    closed by a figure, a unit or a bracket).  It ends its paragraph like a sentence does."""
    return any(c in text for c in "：:；;") and text[-1] in "0123456789%％℃）)"


_FIGURE_END = frozenset("0123456789%％‰")
_FIGURE_GOES_ON = frozenset("0123456789.．%％‰万亿千百十个多余元")


def _figure_then_new_clause(last: _Line, line: _Line) -> bool:
    """A line set apart by a blank line after one that ends on a figure or a closing quotation mark (…同比增长6.3%
    / 分经济类型看，…; 他说「我们会努力」 / …): a page that dropped its full stops, not a sentence cut in two; a cut
    inside a figure goes on with its digits, unit or magnitude (1269.3 / 亿元), a cut sentence with its comma."""
    return (
        line.blanks_before > 0
        and (last.key[-1] in _FIGURE_END or last.key[-1] in "」”』")
        and line.key[0] not in _FIGURE_GOES_ON
        and line.key[0] not in "，,、；;。"
    )


_NUMBER_CELL = re.compile(r"(?<!\S)[-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?(?!\S)")
# A run of asterisks padding a table's cells to their columns (a teleprinter or an exchange's notice); a word
# blotted out in a sentence (他说***是) takes one run, with words on both sides and no figure.
_FILL_RUN = re.compile(r"[*＊]{3,}")


def _is_row(key: str) -> bool:
    """A table's row set out with bars or tabs (营业总收入 | 842,278,711.44 | 905,375,735.27 | -6.97 |), or with
    spaces between a label and two or more numbers side by side (总资产 64,039,331,350.17 65,347,776,653.12 -2.00):
    one entry."""
    if key.count("|") + key.count("｜") + key.count("\t") >= 2:
        return True
    filled = _FILL_RUN.split(key) if "***" in key or "＊＊＊" in key else [key]
    if len(filled) >= 3 or (
        len(filled) == 2 and filled[1] and (not filled[0] or _NUMBER_CELL.fullmatch(filled[1].strip()))
    ):
        return True  # 營業收入(百萬元)****810****388****109%: cells aligned with runs of asterisks
    if " " not in key or len(_NUMBER_CELL.findall(key)) < 2:
        return False
    cells = key.split()
    # Two number cells side by side: a row; 于 2024 年 9 月 24 日 spaces its numbers apart from their words.  So is
    # a numbered row whose last cell is its figure (1 中国建筑股份有限公司 广西南宁地铁二号线基建工程项目 128.0).
    return len(cells) >= 3 and (
        any(_NUMBER_CELL.fullmatch(a) and _NUMBER_CELL.fullmatch(b) for a, b in pairwise(cells))
        or (cells[0].isdigit() and len(cells[0]) <= 3 and _NUMBER_CELL.fullmatch(cells[-1]) is not None)
    )


def _label_run_on(last: _Line, line: _Line) -> bool:
    """*line* finishes the label of the table row above it, wrapped in its cell (归属于上市公司股 19,915,… /
    东的净资产): a short run of words with no figure and no sentence mark."""
    return (
        len(line.key) <= 12
        and not line.blanks_before
        and "|" not in line.key
        and not any(c.isdigit() for c in line.key)
        and not _MENU_ITEM_MARKS.search(line.key.rstrip("）)%"))
        and "|" not in last.key
        and _is_row(last.key)
    )


def _ends_paragraph(line: _Line) -> bool:
    """True when the text after *line* starts a new paragraph: a finished sentence, a list entry, a data entry,
    a table's row, a source or a signature signed off after a dash (——据央视新闻)."""
    return (
        is_terminated(line.text)
        or line.rule == "paragraph.signature"
        or (line.key[:2] in ("——", "--") and len(line.key) <= 30 and not _has_clauses(line))
        or line.list_item
        or _is_entry(line.key)
        or _is_row(line.key)
        or _SHORT_FIELD.match(line.key) is not None
        or (len(line.key) <= 80 and _PAPER_FIELD.match(line.key) is not None)  # 关键词:数字经济  城市经济韧性
        or is_tune_line(line.key)
        or _ENDS_WITH_LINK.search(line.text) is not None  # …接種日期):https://gov.tw/5cJ: a labelled link
        or line.rule == "paragraph.code_block"  # a program, joined into one line
        or RESULT_LINE.fullmatch(line.key.strip(_WS)) is not None  # 老鹰92∶91凯尔特人: one game's result
    )


# A statement's end (。, or 。” closing a quotation): a line set in bold whole that ends so is a sentence stressed in
# its paragraph's place (a magazine's bold key sentence), not a subheading; a question may head a section.
_STRESSED = "paragraph.stressed_sentence"
_ENDS_STATEMENT = re.compile(r"[。.][”」』\"]?\s*$")
_ENDS_WITH_LINK = re.compile(r"[：:，,][\s　]*(?:https?://|www\.)[^\s\u4e00-\u9fff]+$")


_ENUMERATED = tuple(pattern for name, pattern in STYLES if name in ("cn", "cn_paren", "num", "num_paren"))
_CN_ENUMERATED = tuple(pattern for name, pattern in STYLES if name in ("cn", "cn_paren"))  # 一、 （一）


_ENUMERATOR_OPENERS = "（(" + _LEX.cn_digits


def _next_item(last: _Line, line: _Line) -> bool:
    """*line* numbers the item after *last*'s (1. 希望四極點… / 2. 避開雨天…): in a text not wrapped at a margin it
    opens its own paragraph, though *last* did not end its sentence."""
    if not (line.key[:1].isdigit() and last.key[:1].isdigit()):
        return False
    a, b = _ITEM_ORDINAL.match(last.key), _ITEM_ORDINAL.match(line.key)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1


_ITEM_ORDINAL = re.compile(r"([0-9]{1,2})[.．、](?![0-9])")


_DATELINE_OPENERS = (*_LEX.agencies, _LEX.own_paper, "据")
# The interviewer's label opening a turn of an interview (记者：小丫，最近挺累的吧？), or a question's or an answer's.
_INTERVIEW_TURN = re.compile(r"(?:本报记者|记者|主持人|问|答|Q|A)[\s　]*[：:](?![\s　]*$)")
# The first item of a numbered list with its label (1.董事會決議日期:, 1、项目名称：)
_FIRST_ITEM = re.compile(r"1[.．、]|[(（]1[)）]|一、")
# A forum reply opening with the post it quotes (Vincent666888 wrote:感謝…(恕刪), ※ 引述《abc》之銘言：)
_QUOTED_POST = re.compile(r"[^\s:：]{1,30}(?: [^\s:：]{1,20})? wrote[:：]|※ ?引述《")
# An article of a law or a set of rules, its number set apart by a space (第一条 根据…, 第十二條　本辦法…); a line
# that happens to begin with a clause's number (第三十二条的规定) goes on without one.
_LAW_ARTICLE = re.compile(f"第[{_LEX.cn_digits}十百零〇]{{1,5}}条[\\s　]+\\S")


def _opens_paragraph(last: _Line, line: _Line) -> bool:
    """Evidence that *line* opens a paragraph even though *last* did not end a sentence: an enumerated item set
    apart ((三)…若否， / (四)…), or a quotation set apart after a dash that introduces it (郑重宣示—— / “…)."""
    if line.list_item and (_ends_paragraph(last) or last.list_item):
        return True  # a list entry after a finished line (比赛结果： / 中国 3-0 日本) or after another entry
    if (
        line.key[0] in "【[" or line.key.startswith(_DATELINE_OPENERS) or "讯" in line.key[:16]
    ) and DATELINE.match(line.key):
        return (
            True  # 【Yahoo 新聞報道】中國…, 【明報專訊】, 本报鞍山18日电: a dateline opens the story's text
        )
    if _INTERVIEW_TURN.match(line.key) or _LAW_ARTICLE.match(line.key) or _QUOTED_POST.match(line.key):
        # 记者：… / 问：…: an interview's turn opens with its label, and 第一条 根据… an article of a law with its
        # number, whatever ends the line before it
        return True
    if (
        (first := _FIRST_ITEM.match(line.key))
        and _ITEM_LABEL.match(line.key, first.end())
        and (_ends_paragraph(last) or (len(last.key) <= 6 and not any(c in last.key for c in "，,。；;：:")))
    ):
        # 說明 / 1.董事會決議日期:113/04/23, …開發案資產。 / 1.標的物之名稱:…: a form's first item opens a paragraph
        # under its label or a finished sentence, set apart or not
        return True
    set_apart = line.blanks_before > 0 or line.indented
    if not set_apart:
        return False
    if (line.key[0] in _ENUMERATOR_OPENERS or line.key[0].isdigit()) and any(
        pattern.match(line.key) for pattern in _ENUMERATED
    ):
        return True
    return last.text.endswith(("——", "--")) and line.text.startswith(("“", "「", '"', "『"))


def _mark_lists(lines: list[_Line], blank_separated: bool) -> None:
    """Three or more short unfinished lines in a row, each set apart by a blank line, are a list (全年国内生产总值
    增长3% / 城镇新增就业1206万人 / …): one paragraph per entry and no headings among them.  Lines of one width
    are a hard-wrapped paragraph instead, and the last short line before a longer paragraph may head it.  Rows of
    cells with figures stacked without blank lines are entries too, in any text (a results table)."""
    entry = [_entry_shaped(ln) for ln in lines]
    if blank_separated:
        _mark_runs(lines, entry, stacked=False)
    _mark_runs(lines, entry, stacked=True)
    _mark_readings(lines)


# One reading of a list of places or items, each on its own line and closed by a comma, the last by a stop
# (大埔0至30毫米, / 屯門2至25毫米, / … 葵青0至1毫米。): a short label, a figure or a range, a short unit.
_READING = re.compile(
    r"[^0-9，,。；;：:]{1,12}?[-+]?[0-9][0-9.,]*(?:(?:至|到|-|–|~|～)[-+]?[0-9][0-9.,]*)?"
    r"[^0-9，,。；;：:]{0,4}[，,；;。]?"
)


def _mark_readings(lines: list[_Line]) -> None:
    """Three or more stacked readings (大埔0至30毫米, / 屯門2至25毫米, / …) are a list whose entries end with
    commas: one paragraph each, though no entry ends a sentence.  The lines of a paragraph wrapped at a margin
    never break at three such places in a row."""
    # (a reading is short: a label of twelve characters at most, its figure and unit, spaced out at twice that)
    shaped = [
        ln.kind == "body" and len(ln.key) <= 60 and _READING.fullmatch(_nospace(ln.key)) is not None
        for ln in lines
    ]
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and shaped[j] and (j == i or lines[j].blanks_before == 0):
            j += 1
        if j - i >= 3:
            for ln in lines[i:j]:
                ln.list_item = True
        i = max(j, i + 1)


def _entry_shaped(line: _Line) -> bool:
    """Short and unfinished, not a numbered heading: a line that could be one entry of a list."""
    text = line.text
    return (
        line.kind == "body"
        and len(text) <= MAX_TITLE
        and (not is_terminated(text) or text[-1] in "？?")  # questions in a row (要不要硬碰硬? / …) list too
        and text[-1] not in "，,、"
        and not match_numbered(text, line.key)
    )


def _mark_runs(lines: list[_Line], entry: list[bool], stacked: bool) -> None:
    """Mark the list runs: entries each set apart by a blank line, or (*stacked*) rows of cells stacked with no
    blank line between them (中国 3-0 日本 / 樊振东 3-1 张本智和 / …), which are entries too.  Stacked lines
    without cells may be the pieces of one sentence a scraper cut at its links (据 / 国家统计局 / 网站消息，): those
    stay one paragraph."""
    i, n = 0, len(lines)
    while i < n:
        if not entry[i] or (stacked and len(lines[i].text.split()) < 2):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and entry[j]
            and (lines[j].blanks_before == 0 if stacked else lines[j].blanks_before)
            and (not stacked or len(lines[j].text.split()) >= 2)
        ):
            j += 1
        run = lines[i:j]
        if (
            not stacked
            and j < n
            and lines[j].kind == "body"
            and len(run) > 1
            and looks_like_plain_heading(run[-1].text)
            and not all(ln.text[-1] in "？?" for ln in run)  # a run of questions ends with a question too
            # (a list a colon brings in, 配置如下：, runs to its last entry)
            and not (i and lines[i - 1].kind == "body" and lines[i - 1].text.rstrip()[-1:] in "：:")
        ):
            run = run[:-1]  # 过去五年 / 过去五年极不寻常…: the heading of the paragraph after the list
        if len(run) >= 3:
            widths = {len(ln.text) for ln in run[:-1]}
            # Stacked rows are a table when they hold figures in their cells; phrases set side by side without
            # figures (外贸稳定 结构优化) are headings or headlines, not rows.
            figures = sum(1 for ln in run if any(c.isdigit() for c in ln.key))
            if not (len(widths) == 1 and len(run[0].text) >= 16) and (not stacked or 2 * figures >= len(run)):
                for ln in run:
                    ln.list_item = True
        i = j


_DASH_MARK = "—-－ 　"  # the dash before a wire story's subheading, and the space after it


def _dash_subheading(lines: list[_Line], i: int) -> bool:
    """A wire story's subheading after a dash (——疑犯嗜赌，曾多次上网查询放火信息) between two paragraphs: a phrase
    of its own, no full stop, not the occasion of a speech (——在…会议上) nor a source signed off (——据央视新闻) or
    quoted (——《诗经》)."""
    line = lines[i]
    if not line.key.startswith("——") or i == 0 or i + 1 >= len(lines):
        return False
    rest = line.key.lstrip(_DASH_MARK)
    prev, nxt = lines[i - 1], lines[i + 1]
    return (
        4 <= len(rest) <= MAX_TITLE
        and not is_terminated(rest)
        and "。" not in rest
        and not rest.startswith(("据", "摘自", "来源", "转自", "《"))
        and prev.text.rstrip()[-1:] not in '”」』"'  # (——《诗经·小雅·蓼莪》 under a quotation: its source)
        and _OCCASION.match(line.key) is None
        and prev.kind == "body"
        and _ends_paragraph(prev)
        and nxt.kind == "body"
        and _is_prose(nxt)
    )


def _comma_subheading(lines: list[_Line], i: int, blank_separated: bool) -> bool:
    """A subheading of two or three short phrases (市场竞争加剧，价格战愈演愈烈): no more than 20 characters and
    two commas, no stop at its end, set apart by blank lines, and a longer paragraph of running text under it."""
    line = lines[i]
    text = line.text
    if not 6 <= len(text) <= 20 or not blank_separated:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    commas = sum(text.count(c) for c in "，,")
    return (
        blank_separated
        and nxt is not None
        and nxt.kind == "body"
        and 1 <= commas <= 2
        and 6 <= len(text) <= 20
        and not any(c in text for c in "。；;！？!?：:、")
        and text[-1] not in "，,"
        and not text[-1].isdigit()
        and line.blanks_before > 0
        and nxt.blanks_before > 0
        and _has_clauses(nxt)
        and len(nxt.text) >= 2 * len(text)
    )


_PAPER_FIELD = re.compile(rf"(?:{_W(_LEX.field_labels)})[\s　]*[：:]")
_SHORT_FIELD = re.compile(
    rf"^[{_HAN}]{{2,8}}[\s　]*[：:][\s　]*(?:[{_HAN}·]{{1,4}}|[0-9][0-9.,]*[\s　]*[{_HAN}]{{0,2}})$"  # (甲类:0例)
    rf"|^[{_HAN}]{{0,4}}单位[\s　]*[：:]"  # 单位：亿元人民币, 金额单位：万元: a table's unit line
)
_FIELD_ITEM = re.compile(rf"[{_HAN}]{{2,8}}[\s　]*[：:][\s　]*(?P<value>.*)$")


def _short_field(line: _Line) -> bool | None:
    """For a numbered line that reads ``label：value`` (1、项目名称：…工程项目, 5、中标工期：1,095天。): whether its value
    is short (True) or a paragraph's worth (False); None when the line is not a field."""
    h = line.heading
    if h is None or h.number is None:
        return None
    m = _FIELD_ITEM.match(line.key, line.key.find(h.number) + len(h.number))
    return None if m is None else len(m.group("value")) < 40


def _between_items(lines: list[_Line], heads: list[int], k: int) -> bool:
    """The numbered line heads[k] (2.事實發生日:105/5/16) stands between the items numbered one before and one after
    it (1.標的物之名稱…：工業區開發案。…, 3.交易數量…：本公司…), set as paragraphs: a field among a form's fields."""
    h = lines[heads[k]].heading
    digits = h.number.rstrip(".．、") if h is not None and h.number else ""
    if not digits.isdigit() or not 0 < k < len(heads) - 1:
        return False
    mark, n = h.number[len(digits) :], int(digits)
    before, after = (lines[heads[k + step]].key.lstrip(_WS) for step in (-1, 1))
    return before.startswith(f"{n - 1}{mark}") and after.startswith(f"{n + 1}{mark}")


def _unmark_numbered_lists(lines: list[_Line]) -> None:
    """Numbered lines of one style straight after one another, with no text under any of them (1. 提高效率 /
    2. 降低成本 / 3. 改善服务), are the items of a list, not headings: a heading heads some text.  So are such runs
    of run-in headings when they are fields with short values, most of them (1、建设地点：…产业园。/ 2、中标价：
    人民币…元。): a record's particulars, where a run-in heading (（一）总体要求：坚持…) heads a paragraph."""
    heads = [i for i, ln in enumerate(lines) if ln.kind in ("heading", "body")]

    def run_from(k: int, style: str, run_in_too: bool) -> int:
        m = k
        while (
            m + 1 < len(heads)
            and lines[heads[m + 1]].kind == "heading"
            and (h := lines[heads[m + 1]].heading) is not None
            and h.style == style
            and (run_in_too or not h.run_in)
            and h.heading is not None
        ):
            m += 1
        return m

    k = 0
    while k < len(heads):
        first = lines[heads[k]]
        style = first.heading.style if first.kind == "heading" and first.heading else None
        if style is None or style == UNNUMBERED or first.heading.heading is None:
            k += 1
            continue
        m = k if first.heading.run_in else run_from(k, style, run_in_too=False)
        if m == k and _short_field(first) is not None:
            shorts = []
            for j in heads[k : run_from(k, style, run_in_too=True) + 1]:
                short = _short_field(lines[j])
                if short is None:
                    break  # the fields end where a numbered line is no field (三、…三擇一：)
                shorts.append(short)
            m = k + len(shorts) - 1
            if 2 * sum(shorts) <= len(shorts):
                m = k  # run-in headings of sections, not a record's fields
        items = heads[k : m + 1] if m > k else []
        if m == k and not first.heading.run_in and _short_field(first) and _between_items(lines, heads, k):
            items = [heads[k]]  # a field alone among its fellow items set as paragraphs
        for j in items:
            lines[j].mark("body", "paragraph.numbered_list_item")
            lines[j].heading = None
            lines[j].list_item = True
        k = m + 1


def _speakers(lines: list[_Line]) -> set[str]:
    """The names of a transcript's speakers, each alone on its line over what he said (張啓楷 / 今天有最重磅的消息…
    / 何晉滄 / 報告，…): short lines that recur, each time over a line of text, and at least two of them (a menu's
    word repeated, 報料 / 報料, is no dialogue)."""
    turns: dict[str, list[bool]] = {}
    for line, nxt in pairwise(lines):
        if line.kind == "body" and len(line.key) <= 6:
            turns.setdefault(line.key, []).append(nxt.kind == "body" and _has_clauses(nxt))
    names = {key for key, spoke in turns.items() if len(spoke) >= 2 and all(spoke)}
    return names if len(names) >= 2 else set()


def _block_heads(lines: list[_Line]) -> frozenset[int]:
    """Short phrases, each opening a block of a blank-separated text with its paragraph right under it (元旦 /
    除夕之次，夜子初交，… , then 进春 / 立春日，…): three or more blocks opened so are sections under their
    headings, the way almanacs, glossaries and collections of short pieces are set.  One alone says nothing."""
    heads = [
        i
        for i in range(1, len(lines) - 1)
        if lines[i].kind == "body"
        and lines[i].blanks_before
        and len(lines[i].text) <= 10
        and not any(c in lines[i].text for c in _BLOCK_HEAD_MARKS)
        and lines[i + 1].kind == "body"
        and not lines[i + 1].blanks_before
        and _has_clauses(lines[i + 1])
        and len(lines[i + 1].text) >= 3 * len(lines[i].text)
    ]
    return frozenset(heads) if len(heads) >= 3 else frozenset()


_BLOCK_HEAD_MARKS = "，。；：:！？,.!?;、“”「」『』\"'（）()"


def _mark_headings(
    lines: list[_Line], blank_separated: bool, margin: int = 0, in_columns: bool = False
) -> None:
    """Mark the section headings among the body lines.  With a wrap *margin* (see ``_wrap_margin``) a line cut
    there in mid-sentence and run on into the next line is the first line of a paragraph, whatever it opens
    with (2. 這份財政預算案是…、亦是我就任財 / 政司司長以來…), never a heading."""
    block_heads = _block_heads(lines)
    speakers: set[str] | None = None  # short lines that recur (found when first needed)
    under_cn = False  # past a 一、 heading: its 1、…： items are lead-ins
    for i, line in enumerate(lines):
        if line.kind == "heading" and line.heading and line.heading.style == "cn":
            under_cn = True
        if line.kind != "body" or line.rule == "paragraph.signature":
            continue
        if line.list_item:
            continue
        if (
            margin
            and _at_margin(line, margin, in_columns)
            and not _ends_paragraph(line)
            and i + 1 < len(lines)
            and lines[i + 1].kind == "body"
            and not lines[i + 1].blanks_before
        ):
            line.rule = "paragraph.runs_on_past_the_margin"
            continue
        if (LABEL_HEADING.match(line.key) or line.key in _LEX.part_words) and i + 1 < len(lines):
            line.mark("heading", "heading.label_line")
            line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)
            continue
        numbered = match_numbered(line.text, line.key)
        if numbered and numbered.style == "bullet" and not _lone_bullet(lines, i):
            numbered = None
        if numbered and numbered.style == "bracket" and DATELINE.match(line.key):
            numbered = None  # 【Now新聞台】全運會…: the story's dateline in brackets, not a section's name
        if numbered and numbered.heading and not numbered.run_in and fold(numbered.heading) in _WHOLE_NOTES:
            line.mark("note", "note.numbered_furniture")  # 1. 更多: a link numbered in the page's list
            continue
        if numbered and numbered.style == "num" and line.key[-1] in "：:" and numbered.heading and under_cn:
            # 一、会议召开情况 / 1、会议召开的时间： / (1)现场会议时间：…: under a 一、 section an item's lead-in to the
            # items or text under it is a paragraph of the list (as the corpus's annotators have it), not a section
            line.mark("body", "paragraph.numbered_lead_in")
            continue
        if numbered:
            line.mark("heading", f"heading.{numbered.style}")
            line.heading = numbered
            under_cn = under_cn or numbered.style == "cn"
            continue
        if line.emphasised:
            line.mark("heading", "heading.markdown_bold")  # **实际收费6万元，却签订“无偿送养协议”**
            line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)
            continue
        if len(line.text) > MAX_TITLE + 1:
            continue  # a paragraph: longer than any plain or comma subheading below (a question's ？ aside)
        if line.key.strip() in _LEX.book_tabs and i + 1 < len(lines) and lines[i + 1].kind == "body":
            line.mark("heading", "heading.book_tab")  # 作者简介 / 许地山(1893-1941)…: a book page's section
            line.heading = HeadingMatch(None, line.text.strip(), UNNUMBERED, False)
            continue
        if _dash_subheading(lines, i):
            # ——疑犯嗜赌，曾多次上网查询放火信息 / 杭州市上城区公安分局…: the dash is the heading's mark
            line.mark("heading", "heading.dash")
            dash = len(line.text) - len(line.text.lstrip(_DASH_MARK))
            line.heading = HeadingMatch(line.text[:dash].strip(), line.text[dash:].strip(), UNNUMBERED, False)
            continue
        if _echoed_heading(line, lines[i + 1] if i + 1 < len(lines) else None):
            line.mark("heading", "heading.echoed_by_text")
            line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)
            continue
        prev = lines[i - 1] if i else None
        prev_open = prev is not None and prev.kind == "body" and not _ends_paragraph(prev)
        if not prev_open and i > 0 and _comma_subheading(lines, i, blank_separated):
            line.mark("heading", "heading.phrases_set_apart")
            line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)
            continue
        if prev is not None and prev.kind == "body" and prev.text.rstrip()[-1:] in "：:" and not prev_open:
            # 对出一句道： / 文章似故人: the words a colon brings in, standing alone, no heading
            if looks_like_plain_heading(line.text):
                line.list_item = True
            continue
        if prev_open or i == 0 or not looks_like_plain_heading(line.text):
            continue
        if (
            BYLINE.match(line.key)
            or _is_dateline_only(line)
            or (len(line.key) <= 64 and _ADDRESSEE.match(line.key))
        ):
            # a reporter line (记者 张三), a dateline (本报讯 (记者周文翰)) or whom a speech addresses (各位记者朋友：)
            # opens text, heads none
            continue
        if speakers is None:
            speakers = _speakers(lines)
        if line.key in speakers:
            # 張啓楷 / …, 何晉滄 / …, 張啓楷 again: a transcript's speakers, each over his turn (no heading recurs);
            # a name stands alone as the transcript sets it
            line.rule = "paragraph.speaker"
            continue
        if (
            _SHORT_FIELD.match(line.key)
            or _PAPER_FIELD.match(line.key)
            or _is_row(line.key)
            or (prev is not None and _label_run_on(prev, line))
        ):
            continue  # 分管省领导：林克庆, 项目 | 本报告期 |, 东的净资产 under its row: a field or a table, no subheading
        # (the next line past markup: the ** opening a line set in bold is the markup's, not the text's)
        nxt = next((ln for ln in lines[i + 1 :] if ln.rule != "note.markup_tag"), None)
        if nxt is None or nxt.kind not in ("body",):
            continue
        gap_after = lines[i + 1].blanks_before  # (the markup, if any, holds the blank lines before the text)
        if blank_separated and not (line.blanks_before and gap_after) and i not in block_heads:
            # 賴總統期盼 朝野持續調節: two phrases set side by side, the way a headline is set, under a finished
            # paragraph and over a longer one, head a section even where the page dropped the blank lines
            two_phrases = _TWO_PHRASES.fullmatch(line.key) is not None
            # (so does one short phrase between two paragraphs of prose, where the page dropped every blank
            # line around it: 生命健康守护者 between a finished paragraph and a longer one)
            between_prose = (
                not line.blanks_before
                and not gap_after
                and len(line.text) <= 16
                and prev is not None
                and len(prev.text) >= 40
                and _has_clauses(nxt)
            )
            if not (
                (two_phrases or between_prose)
                and prev is not None
                and _ends_paragraph(prev)
                and len(nxt.text) >= 3 * len(line.text)
            ):
                continue
        if prev is not None and prev.rule == "paragraph.signature" and match_numbered(nxt.text, nxt.key):
            # …办公室 / 2015年11月16日 / 荥阳市气象灾害应急预案 / 1 总则: the title of the document the notice issues
            line.mark("heading", "heading.after_signature")
            line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)
            continue
        # Without blank lines a heading is told by the longer text that follows it (past a second heading line).
        following = nxt
        if looks_like_plain_heading(nxt.text) and i + 2 < len(lines):
            following = lines[i + 2]
        if (
            not blank_separated
            and i not in block_heads
            and (len(line.text) < 4 or len(following.text) < 2 * len(line.text))
        ):
            continue
        if line.text.rstrip("*")[-1:] in ("：", ":") and not (
            _has_clauses(following) and len(following.text) >= 2 * len(line.text)
        ):
            continue  # 比赛结果： / 中国 3-0 日本: a colon before rows introduces them; a heading heads text
        line.mark(
            "heading", "heading.plain_set_apart" if blank_separated else "heading.plain_before_longer_text"
        )
        dash = _LIST_MARKER.match(line.text)
        # - 龍缸天坑 over its text: the list's dash marks the heading as a bullet does, no part of its words
        line.heading = (
            HeadingMatch(dash.group().strip(), line.text[dash.end() :], "bullet", False)
            if dash
            else HeadingMatch(None, line.text, UNNUMBERED, False)
        )
    _unmark_numbered_lists(lines)
    _merge_marker_and_name(lines)
    if blank_separated:
        _mark_stacked_headings(lines)
    # A heading that ends in a colon over another (人民日报社： / 唱响众志成城抗击疫情最强音): one heading, the first
    # line naming who or what the second is about.
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if (
            a.kind == "heading"
            and b.kind == "heading"
            and a.heading is not None
            and b.heading is not None
            and a.heading.style == UNNUMBERED
            and b.heading.style == UNNUMBERED
            and a.text.rstrip().endswith(("：", ":"))
            and len(a.text) <= 16
        ):
            a.heading = HeadingMatch(None, f"{a.text}{b.text}", UNNUMBERED, False)
            a.text, a.key = f"{a.text}{b.text}", f"{a.key}{b.key}"
            a.rule = "heading.colon_two_line"
            b.mark("merged", "heading.colon_two_line")
            b.heading = None
    # Two-line unnumbered headings: a plain heading followed straight by another short unpunctuated line.
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if (
            a.kind == "heading"
            and a.heading is not None
            and a.heading.style == UNNUMBERED
            and (
                b.kind == "body"
                or (b.kind == "heading" and b.heading is not None and b.heading.style == UNNUMBERED)
            )
            and looks_like_plain_heading(b.text)
            and b.key != a.key  # (the same words twice are a picture's text and its caption, not one heading)
            and i + 2 < len(lines)
            and lines[i + 2].kind == "body"
            and len(lines[i + 2].text) > 2 * len(b.text)
            and not blank_separated
        ):
            a.heading = HeadingMatch(None, f"{a.text} {b.text}", UNNUMBERED, False)
            a.text, a.key = f"{a.text} {b.text}", f"{a.key} {b.key}"
            a.rule = "heading.two_line"
            b.mark("merged", "heading.two_line")


def _mark_exclaimed_subheadings(lines: list[_Line], blank_separated: bool) -> None:
    """Web news from Taiwan and Hong Kong heads its sections in the headline's voice, exclaiming
    (摸彩獎項超霸氣!55吋電視、摩托車、家電帶回家 / 龍井麗水里600項摸彩品!平均每20秒抽1大獎): short lines with a
    ！ and no comma or stop, set apart, each over a longer paragraph.  Two or more such lines make the pattern;
    one alone may be a shout in the text."""
    if not blank_separated:
        return
    found = []
    for i in range(1, len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        text = line.text
        if (
            line.kind == "body"
            and not line.list_item
            and line.blanks_before
            and nxt.blanks_before
            and 6 <= len(text) <= 32
            and ("！" in line.key or "!" in line.key)
            and not any(c in line.key for c in "，,。；;：:")
            and text[0] not in '“「『"‘'
            and (prev.kind != "body" or _ends_paragraph(prev))
            and nxt.kind == "body"
            and len(nxt.text) >= 2 * len(text)
        ):
            found.append(line)
    if len(found) >= 2:
        for line in found:
            line.mark("heading", "heading.exclaimed")
            mark = len(line.text) - len(line.text.lstrip(BULLET_MARKS + _WS))
            # ■致敬!边境一线的守护者: the bullet is the heading's marker, as for a bulleted heading
            line.heading = HeadingMatch(
                line.text[:mark].strip() or None, line.text[mark:], "bullet" if mark else UNNUMBERED, False
            )


# A question's turn in a question-and-answer text (问：…, Q：…), not the interviewer's (记者：)
_QUESTION_TURN = re.compile(r"(?:问|Q)[\s　]*[：:](?![\s　]*$)")


def _mark_question_headings(lines: list[_Line]) -> None:
    """A question-and-answer explainer heads each exchange with a short line of its own (和面：手揉与机揉差别有多
    大？ / 问：没有厨师机也能…？ / 答：可以…): in a text of two exchanges or more, the short line with no full stop
    standing right over a question, after an answer or at the top, heads it, though it reads as a label and its
    value or asks a question itself."""
    asked = [i for i, ln in enumerate(lines) if ln.kind == "body" and _QUESTION_TURN.match(ln.key)]
    if len(asked) < 2:
        return
    for i in asked:
        line = lines[i - 1] if i else None
        if (
            line is None
            or line.kind != "body"
            or line.list_item
            or not 2 <= len(line.text) <= 30
            or _INTERVIEW_TURN.match(line.key)
            or any(c in line.key for c in "。；;，,")
            or line.text[0] in BULLET_MARKS
        ):
            continue
        prev = lines[i - 2] if i >= 2 else None
        if prev is not None and prev.kind == "body" and not _ends_paragraph(prev):
            continue
        line.mark("heading", "heading.over_question")
        line.heading = HeadingMatch(None, line.text, UNNUMBERED, False)


_TWO_PHRASES = re.compile(rf"[{_HAN}「」“”0-9]{{2,12}}[ 　][{_HAN}「」“”0-9]{{2,12}}")


_PLAIN_HEADING_RULES = (
    "heading.plain_set_apart",
    "heading.plain_before_longer_text",
    "heading.two_line",
    "heading.underlined",
)


def _heading_before_text_is_title(lines: list[_Line]) -> None:
    """With no title found, an unnumbered heading standing before any of the text is the headline (under a page's
    furniture: 2006年4月28日 收藏 打印 / 今年航天开门红 / 我国“遥感卫星一号”发射成功 / 27日6时48分，…); the second
    line of a two-line heading there is the deck."""
    if any(ln.kind in ("title", "deck") for ln in lines):
        return  # a deck found without a title already stands for the head
    for i, line in enumerate(lines):
        if line.kind == "body" and _has_clauses(line):
            return  # the text began before any heading
        if line.kind != "heading" or line.heading is None:
            continue
        if line.rule not in _PLAIN_HEADING_RULES:
            return  # a numbered heading, a label (楔子, 问题：) or a run-in one heads a part, not the article
        if line.rule == "heading.two_line" and i + 1 < len(lines) and lines[i + 1].kind == "merged":
            deck = lines[i + 1]
            line.text, line.key = line.text[: -len(deck.text) - 1], line.key[: -len(deck.key) - 1]
            deck.mark("deck", "deck.second_heading_line")
        line.mark("title", "title.heading_before_text")
        line.heading = None
        return


def _merge_marker_and_name(lines: list[_Line]) -> None:
    """A chapter marker alone on its line (第一章) and the chapter's name on the next (风雪山神庙) are one heading,
    as if written 第一章 风雪山神庙 on one line."""
    for i in range(len(lines) - 2):
        a, b = lines[i], lines[i + 1]
        if (
            a.kind == "heading"
            and a.heading is not None
            and a.heading.heading is None
            and a.heading.number
            and b.kind in ("heading", "body")
            and (b.heading is None or b.heading.style == UNNUMBERED)
            and looks_like_plain_heading(b.text)
            and lines[i + 2].kind == "body"
        ):
            a.heading = HeadingMatch(a.heading.number, b.text, a.heading.style, False)
            a.text, a.key = f"{a.text} {b.text}", f"{a.key} {b.key}"
            a.rule = f"{a.rule}+name_line"
            b.mark("merged", "heading.name_line")
            b.heading = None


def _mark_stacked_headings(lines: list[_Line]) -> None:
    """In a blank-separated text, two short unpunctuated lines stacked with no blank line between them, set apart
    above and below, over a longer paragraph, are one heading in two lines (工业生产 / 较快增长)."""
    for i in range(1, len(lines) - 2):
        a, b, after = lines[i], lines[i + 1], lines[i + 2]
        if (
            a.kind == "body"
            and b.kind == "body"
            and after.kind == "body"
            and not a.list_item
            and not b.list_item
            and a.blanks_before
            and not b.blanks_before
            and after.blanks_before
            and looks_like_plain_heading(a.text)
            and looks_like_plain_heading(b.text)
            and len(a.text) + len(b.text) <= 40
            and _has_clauses(after)
            and len(after.text) > 2 * len(b.text)
            and (lines[i - 1].kind != "body" or _ends_paragraph(lines[i - 1]))
        ):
            a.mark("heading", "heading.two_line")
            a.heading = HeadingMatch(None, f"{a.text} {b.text}", UNNUMBERED, False)
            a.text, a.key = f"{a.text} {b.text}", f"{a.key} {b.key}"
            b.mark("merged", "heading.two_line")


def _merge_couplet_headings(lines: list[_Line]) -> None:
    """Two plain headings of the same length one after the other, a blank line between them, over the text they
    head (城乡融合共发展 / 产业兴村换新颜): a couplet, one heading in two lines, as Chinese features set them."""
    for a, b in pairwise(lines):
        if (
            a.kind == "heading"
            and b.kind == "heading"
            and a.rule in _PLAIN_HEADING_RULES
            and b.rule in _PLAIN_HEADING_RULES
            and a.rule != "heading.two_line"
            and len(a.text) == len(b.text) >= 4
        ):
            a.heading = HeadingMatch(None, f"{a.text} {b.text}", UNNUMBERED, False)
            a.text, a.key = f"{a.text} {b.text}", f"{a.key} {b.key}"
            a.rule = "heading.couplet"
            b.mark("merged", "heading.couplet")
            b.heading = None


def _plain_heading(line: _Line) -> bool:
    return line.kind == "heading" and line.heading is not None and line.heading.style == UNNUMBERED


def _mark_filing_title(lines: list[_Line]) -> None:
    """A filing's own title under its code line (证券代码:600107 证券简称:美尔雅 公告编号:2023-031 / 湖北美尔雅股份有限公司 /
    第十二届董事会第九次会议决议公告) is the title, the issuer's name and the document's title together; a portal's
    listing title above it (美尔雅:第十二届…决议公告) is the page's, a note."""
    code = next((i for i, ln in enumerate(lines) if ln.kind == "note" and "证券代码" in ln.key), None)
    if code is None:
        return
    issuer = next((j for j in range(code + 1, min(len(lines), code + 3)) if lines[j].kind != "note"), None)
    if issuer is None or issuer + 1 >= len(lines) or lines[issuer].kind not in ("body", "title"):
        return
    title = lines[issuer + 1]
    if not (
        is_issuer(lines[issuer].key)
        and title.kind in ("body", "title")
        and _OFFICIAL_TITLE.fullmatch(_nospace(title.key)) is not None
        and len(title.text) <= MAX_TITLE
        and not any(c in title.text for c in "，,。")
    ):
        return
    for line in lines[:code]:
        if line.kind == "title":
            line.mark("note", "note.page_title")
    lines[issuer].mark("title", "title.under_code_line")
    title.mark("title", "title.under_code_line")


def _mark_after_headings(lines: list[_Line]) -> None:
    """Settle the title against the subheadings.  A set-apart line between the title and the first subheading,
    with no text under it, is the deck (解读政府工作报告… / 极不寻常 极不平凡 / 过去一年).  A first line no
    longer than the subheadings that follow, shaped like them, set straight on its text as they are (no blank line)
    and with no date or byline under it, is the first of them, not a title (天气情况 / … / 未来三天预报 / …)."""
    t = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if t is None:
        return
    rest = [j for j in range(t + 1, len(lines)) if lines[j].kind not in ("note", "title")]
    if len(rest) >= 2 and _plain_heading(lines[rest[0]]) and lines[rest[1]].kind == "heading":
        lines[rest[0]].mark("deck", "deck.before_first_heading")
        lines[rest[0]].heading = None
        return
    title = lines[t]
    plain = [ln for ln in lines[t + 1 :] if _plain_heading(ln)]
    if (
        title.rule == "title.first_short_line"
        and len(plain) >= 2
        and len(title.text) <= min(8, max(len(ln.text) for ln in plain))
        and looks_like_plain_heading(title.text)
        and rest
        and lines[rest[0]].kind == "body"
        and t + 1 < len(lines)
        and lines[t + 1].kind == "body"
        and lines[t + 1].blanks_before == 0
        and all(ln.blanks_before == 0 for ln in plain)
    ):
        # Set like its fellows, straight on the text, with no blank line to set it apart as a headline.
        title.mark("heading", "heading.first_of_subheadings")
        title.heading = HeadingMatch(None, title.text, UNNUMBERED, False)


CLOSERS_AND_SPACE = "”’\"'」』）)】》〉] \t\u3000"


_PAGE_END_RULES = ("note.counter", "note.publication_line", "note.metadata_line")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_END_MARKS = ("完", "待续", "未完待续")
_HEADLINE_STOPS = ("？", "?", "！", "!")  # a headline may ask or exclaim; it does not end in a full stop


def _mark_after_page_end(lines: list[_Line]) -> None:
    """Once the article has begun, a widget's counter, a time line or the story's end mark ((完), 【编辑:…】) after
    its text ends the page's article: the short lines after it are the headlines of other stories
    (中华白海豚畅游三亚崖州湾, 【地评线】…, 减重版司美格鲁肽在中国获批,减肥人士都能用吗?), whatever punctuation they
    carry.  A sentence that ends in a full stop, or a long one, is text again."""
    text_seen, end = 0, None
    for index, line in enumerate(lines):
        if line.kind == "body" and _has_clauses(line):
            text_seen += 1
            if text_seen >= 2 and line.key[-1] in ")）" and _GLUED_END_MARK.search(line.key):
                end = index  # the story's last paragraph, closed by its end mark
                break
        elif (
            line.kind == "note"
            and text_seen >= 2
            and (
                line.rule in ("note.counter", "note.closing_credit")
                or (line.rule == "note.end_mark" and line.key.strip("（）()[]【】 　") in _END_MARKS)
                or (line.rule in _PAGE_END_RULES and _CLOCK.search(line.key))
            )
        ):
            end = (
                index  # a page's time stamp (2026-03-01 04:11:32), not a document's date under its signature
            )
            break
    if end is None:
        return
    # After the story's own end mark even a run of list entries is other stories' headlines.
    story_end = lines[end].rule in ("note.closing_credit", "note.end_mark") or lines[end].kind == "body"
    for line in lines[end + 1 :]:
        if line.kind not in ("body", "heading"):
            continue
        short = len(line.text) <= MAX_TITLE
        sentence = is_terminated(line.text) and not line.text.rstrip(CLOSERS_AND_SPACE).endswith(
            _HEADLINE_STOPS
        )
        if (
            line.kind == "body"
            and _has_clauses(line)
            and is_terminated(line.text)
            and (sentence or not short)
        ):
            return  # text again: the article goes on
        numbered = line.heading is not None and line.heading.style not in (UNNUMBERED, "bracket")
        if short and not sentence and not numbered and (story_end or not line.list_item):
            line.mark("note", "note.after_page_end")
            line.heading = None


# A listed company's board signing a filing (公司董事会): its signature stays a note.
_COMPANY_SIGNERS = ("董事会", "公司")
_DATE_ONLY = re.compile(rf"{_DATE}$")


def _mark_signature(lines: list[_Line]) -> None:
    """A document closes with its issuer's names and the date under them (省科技厅办公室 / 2017年7月5日, 中共岳阳市
    委办公室 / 岳阳市人民政府办公室 / 2017年1月10日): the document's own text, each line a paragraph of its own;
    neither a heading nor the page's date line."""
    for i, line in enumerate(lines):
        if not (line.kind == "body" and len(line.text) <= 30 and is_issuer(line.key)):
            continue
        if line.key.endswith(_COMPANY_SIGNERS):
            continue  # a listed company's board signs its filing: the page's furniture, as golds write it
        if i == 0 or not (lines[i - 1].kind == "body" and is_terminated(lines[i - 1].text)):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 3 and lines[j].kind == "body" and is_issuer(lines[j].key):
            j += 1
        if j < len(lines) and _DATE_ONLY.match(lines[j].key.strip(_WS)):
            for k in range(i, j + 1):
                lines[k].mark("body", "paragraph.signature")


def _next_in_numbering(lines: list[_Line], i: int) -> bool:
    """The numbered heading lines[i] (5.限下样本类) follows the one numbered just before it in the text's headings
    (4.餐饮住宿类): the list of the text goes on after its last full sentence."""
    h = lines[i].heading
    digits = h.number.rstrip(".．、") if h is not None and h.number else ""
    if not digits.isdigit() or digits == "1":
        return False
    before = f"{int(digits) - 1}{h.number[len(digits) :]}"
    return any(ln.kind == "heading" and ln.heading and ln.heading.number == before for ln in lines[:i])


# A name said three times or more at a text's start (飛龍全傳飛龍全傳飛龍全傳…), as some e-texts open.
_REPEATED_NAME = re.compile(rf"^([{_HAN}]{{2,6}})\1{{2,}}")
# …书名綠牡丹全傳第一回: a few words, no sentence, between the repeated name and the first chapter's number
_BEFORE_CHAPTER = re.compile(rf"[^\s　，。、；：！？,.;:!?]{{1,24}}?(?={_CHAPTER_NUMBER})")


# An attachment's label alone on its line after a document's last article (附件：, 附件1, 附表二).
_ATTACHMENT = re.compile(rf"^附[件表][0-9{_LEX.cn_digits}]{{0,3}}[\s　]*[：:]?$")


# A book's parts (第一卷, 第三编, 第十一章, 第四节) named by their number alone: the number is the heading's text
# as well, as an editor lists it in a table of contents.
_BOOK_PARTS = frozenset({"volume", "part", "chapter", "subchapter"})


def _mark_after_body(lines: list[_Line]) -> None:
    """After the article's last sentence, short lines with no sentence in them are the page around it (中央社
    「一手新闻」 app, iOS App下载…): notes.  A line that finishes a sentence left open is still text."""
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if (lines[i].kind == "body" or (lines[i].heading is not None and lines[i].heading.run_in))
            and (_has_clauses(lines[i]) or is_terminated(lines[i].text))
        ),
        None,
    )  # (a run-in lead-in, 1. 精简项目审批手续。加快…, is text: it opens a paragraph)
    if last is None or lines[last].text.rstrip(CLOSERS_AND_SPACE).endswith(("：", ":")):
        return  # 比赛结果： introduces the lines after it: they are the article's
    # A document signed after its last sentence may carry an attachment (附件: a plan of targets, each with the office
    # answering for it): its headings are the document's.
    signature = next((k for k in range(last + 1, len(lines)) if lines[k].rule == "paragraph.signature"), None)
    signed = signature is not None
    if signed and any(ln.kind == "heading" for ln in lines[signature:]):
        return  # the attachment's lines under its headings (责任单位：区发展和改革局) are its text
    # 附件： / 仲裁委员会仲裁案件受理费表 / 1000元以下的部分 40－100元: a labelled attachment is the document's
    end = next((k for k in range(last + 1, len(lines)) if _ATTACHMENT.match(lines[k].key)), len(lines))
    for i in range(last + 1, end):
        line = lines[i]
        if (
            line.kind == "heading"
            and not signed
            and len(line.text) <= MAX_TITLE
            and not any(c in line.text for c in "，,。；;")
            # (5.限下样本类 after 4.餐饮住宿类 goes on with the text's list)
            and not _next_in_numbering(lines, i)
        ):
            # 2. 映象新聞 after the last sentence heads no text: an item of the page's lists, not a section
            line.mark("note", "note.after_body")
            line.heading = None
            continue
        if line.kind != "body" or line.rule == "paragraph.signature":
            continue
        prev = lines[i - 1]
        if prev.kind == "body" and not _ends_paragraph(prev):
            continue
        if (
            len(line.text) <= MAX_TITLE
            and not any(c in line.text for c in "，,。；;")
            and not is_issuer(line.key)
            and not _is_row(line.key)
            and not _label_run_on(prev, line)
            and not _LAW_ARTICLE.match(line.key)  # 第十九条 本办法自发布之日起施行: the rules' last article
            and not RESULT_LINE.fullmatch(line.key.strip(_WS))
        ) or is_field_line(line.key):
            line.mark("note", "note.after_body")  # a footer's fields (咨询/投诉:0632-… QQ:… 技术支持:…) too


def _join_offsets(group: _Paragraph) -> list[int]:
    """Where each of *group*'s lines after the first begins in its text, counted as _join joins them, without
    building the text again (empty if the text is no longer the lines joined, or is one line)."""
    length, last, offsets = 0, "", []
    for line in group.lines:
        if length:
            length += len(_separator(last, line.text))
            offsets.append(length)
        length += len(line.text)
        last = line.text or last
    return offsets if length == len(group.text) else []


def _separator(a: str, b: str) -> str:
    """What joins two pieces of one paragraph: nothing in Chinese, a space between Latin words."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        if a[-1].isdigit() and b[0].isdigit():
            return ""  # a number the wrap cut in two (41940 / 9亿元)
        return " "
    return ""


def _join(a: str, b: str) -> str:
    """Join two pieces of one paragraph (see _separator)."""
    return a + _separator(a, b) + b


_ITEM_OPENER = re.compile(
    r"^(?:[-*•·]\s|\d{1,2}[.、)）](?![0-9])|[（(]\d{1,2}[）)])"
)  # not 6.4% cut by a wrap


def _hanging(last: _Line | None, line: _Line, item_indent: int | None) -> bool:
    """*line* continues a list item under a hanging indent: set deeper than the item's own line (  - 必须修正了…（不
    /    那样的东西）。), straight after the item or after another such line, not set apart by a blank line.
    *item_indent* is the indent of the item being continued, None when the last line is in no item."""
    return (
        last is not None
        and item_indent is not None
        and line.indent > item_indent
        and not line.blanks_before
        and not _ends_paragraph(last)
    )


def _item_indent(last: _Line, line: _Line, current: int | None) -> int | None:
    """The indent of the list item *line* belongs to, after *last* (see ``_hanging``)."""
    if _ITEM_OPENER.match(line.key) or _is_bullet(line):
        return line.indent
    return current if _hanging(last, line, current) else None


UNPUNCTUATED = 200  # characters of body text per sentence mark, at least: a text printed without punctuation


def _unpunctuated(lines: list[_Line]) -> bool:
    """True when the body text, a few hundred characters at least, has next to no sentence marks (，。；！？、)."""
    body = "".join(ln.text for ln in lines if ln.kind == "body")
    marks = sum(body.count(c) for c in "，,。；;！？!?、")
    return len(body) >= UNPUNCTUATED and marks * UNPUNCTUATED < len(body)


def _indent_separated(lines: list[_Line], margin: int = 0, in_columns: bool = False) -> bool:
    """True when paragraphs are marked by indenting their first line (hard-wrapped text, old TXT files).  With a
    wrap *margin* the lines that run on from one cut there are not candidates, so long paragraphs of many lines
    do not hide the convention: most of the other lines must be indented.  A list item's hanging indent is no
    paragraph's indent and is not counted."""
    body = [ln for ln in lines if ln.kind == "body"]
    hanging: set[int] = set()
    item: int | None = None
    for last, ln in zip([None, *body], body, strict=False):
        if _hanging(last, ln, item):
            hanging.add(id(ln))
        item = (
            _item_indent(last, ln, item)
            if last is not None
            else (ln.indent if _ITEM_OPENER.match(ln.key) else None)
        )
    indented = sum(1 for ln in lines if ln.indented and id(ln) not in hanging)
    if indented < 3 or indented == len(lines) or sum(ln.indented for ln in body) >= len(body) - 1:
        return False  # every line indented alike (but perhaps a title above them): the indent marks nothing
    if not margin:
        return indented >= 0.2 * len(lines)
    could_open = sum(
        1
        for last, ln in zip([None, *body], body, strict=False)
        if (ln.indented and id(ln) not in hanging) or last is None or not _at_margin(last, margin, in_columns)
    )
    return indented >= 0.5 * could_open


def _columns(text: str) -> int:
    """Display width: a Han character or full-width mark takes two columns, ASCII and Latin-1 one (encoding
    drops the wide ones in C, much faster than finding them with a regex; the rare Greek or Cyrillic letter
    counts two, which a wrap margin tolerates)."""
    return 2 * len(text) - len(text.encode("latin-1", "ignore"))


# The widest margin a hard-wrapped text is broken at, in characters (sixty Han characters, 120 columns: PDF text
# runs to about that; plain-text e-books and mail wrap at 30 to 40).
_WIDEST_WRAP = 60


def _wrap_margin(lines: list[_Line]) -> tuple[int, bool]:
    """The margin at which a hard-wrapped text was broken, and whether it is counted in display columns (True) or
    characters (False); (0, False) when the text was not wrapped.  Most body lines end within a character of one
    width (a stop or a comma may hang one past it) and hardly any is wider.  A line that reaches the margin was cut
    there, so a full stop at its end does not end the paragraph; a short line ending a sentence does.  The first
    thousand body lines tell: a wrapped text is wrapped throughout, and a long one is not measured line by line."""
    best = (0, False, 0.0)
    sample = [ln.text for ln in islice((ln for ln in lines if ln.kind == "body"), 1000)]
    for in_columns in (False, True):
        unit = 2 if in_columns else 1
        widths = [w for text in sample if (w := _measure(text, in_columns)) >= 10 * unit]
        if len(widths) < 5:
            continue

        counts = Counter(widths)

        def near(m: int, counts: Counter[int] = counts, unit: int = unit) -> int:
            return sum(counts[x] for x in range(m - 2 * unit, m + unit + 1))

        margin = max(counts, key=lambda m: (near(m), m))
        if margin > _WIDEST_WRAP * unit:
            continue  # lines this long that agree in width are a page's paragraphs printed twice, not a wrap
        share = near(margin) / len(widths)
        wider = sum(1 for x in widths if x > margin + unit)
        if near(margin) >= 3 and share >= 0.4 and wider <= 0.1 * len(widths) and share > best[2]:
            best = (margin, in_columns, share)
    return best[0], best[1]


def _measure(text: str, in_columns: bool) -> int:
    return _columns(text) if in_columns else len(text)


@dataclass(slots=True)
class _Paragraph:
    """Body lines joined into one paragraph: its text and the lines it came from (for explanations)."""

    text: str
    lines: list[_Line]


# Whom a document or a speech addresses, alone on its line: 各县、区人民政府，市直各委、办、局：, 各位代表：, 尊敬的…：
_ADDRESSEE = re.compile(r"^(?:各|全体|尊敬的)[^。！？!?]{1,60}[：:]$")


def _paragraphs(
    lines: list[_Line], blank_separated: bool, marked: bool = False, wrap: tuple[int, bool] | None = None
) -> list[_Line | _Paragraph]:
    """Group body lines into paragraphs; headings stay as their lines.  Each body line records why it opened a
    paragraph or joined the one before.  With *marked* (the file's format marks its paragraphs, as a web page's
    ``<p>`` or a Word paragraph do, and the adapter set them apart by blank lines) a blank line always ends one.
    *wrap* is the text's ``_wrap_margin``, when the caller has it."""
    margin, in_columns = (0, False) if blank_separated else (wrap or _wrap_margin(lines))
    unwrapped = blank_separated and wrap is not None and wrap[0] == 0
    by_indent = not blank_separated and _indent_separated(lines, margin, in_columns)
    # An unpunctuated text (a classical book as printed: 樂安國漢置統縣八戶一萬一千): no line can be seen to stop
    # short of its sentence's end, so a line not cut at a wrap margin is a paragraph of its own
    unpunctuated = not margin and _unpunctuated(lines)
    out: list[_Line | _Paragraph] = []
    current: _Paragraph | None = None
    last: _Line | None = None
    item: int | None = None  # the indent of the list item the last line belongs to (for hanging indents)
    for line in lines:
        if line.kind == "heading":
            out.append(line)
            current, last, item = None, None, None
            continue
        if line.kind != "body":
            continue
        next_item = (
            _item_indent(last, line, item)
            if last is not None
            else (line.indent if _ITEM_OPENER.match(line.key) or _is_bullet(line) else None)
        )
        if current is not None and last is not None:
            # ● 更高效: a list item starts its own paragraph and, once a blank line follows, ends it.
            list_item_ended = _is_bullet(last) and line.blanks_before > 0
            join = ""
            if marked and line.blanks_before > 0:
                pass
            elif _hanging(last, line, item):
                join = "paragraph.hanging_indent"
            elif _label_run_on(last, line):
                join = "paragraph.row_label_continued"
            elif by_indent and line.indented:
                pass  # where indents mark the paragraphs, an indented line opens one even after an open line
            elif len(line.key) <= 64 and _ADDRESSEE.match(line.key):
                pass  # 各县、区人民政府，市直各委、办、局： / 各位代表： opens the text it addresses, under any line
            elif _value_after_colon(last, line):
                join = "paragraph.value_after_colon"
            elif (
                not _is_bullet(line) and not _PICTOGRAPH.match(line.text) and not _PAPER_FIELD.match(line.key)
            ):
                if (
                    not _ends_paragraph(last)
                    and not unpunctuated
                    and not list_item_ended
                    and not _figure_then_new_clause(last, line)
                    and not (_is_verse(last.key) and _is_verse(line.key))
                    and not (not margin and _next_item(last, line))
                    and not (_labelled_pictograph(last) and not _at_margin(last, margin, in_columns))
                    and not (unwrapped and line.blanks_before > 0 and _dropped_stop(last, line))
                ):
                    join = "paragraph.continues_unfinished_sentence"
                elif (
                    blank_separated
                    and line.blanks_before == 0
                    and not line.indented
                    and not (unwrapped and _ends_paragraph(last) and len(last.text) >= 40)
                ):
                    # (a long line ending its sentence in a text not wrapped at a margin is a paragraph of its
                    # own, even where the page dropped the blank line after it)
                    join = "paragraph.continues_without_blank_line"
                elif (
                    by_indent
                    and not line.indented
                    and not line.blanks_before
                    and not (
                        _ends_paragraph(last)
                        and (any(p.match(line.key) for p in _CN_ENUMERATED) or _next_item(last, line))
                    )
                ):
                    # a wrapped line that happened to end a sentence (not 二、3月本國籍… nor 2.取1张油纸…, the next
                    # item of a list after a finished one)
                    join = "paragraph.continues_unindented"
                elif (
                    not by_indent
                    and _at_margin(last, margin, in_columns)
                    and line.blanks_before == 0
                    and not line.indented
                ):
                    join = "paragraph.continues_wrapped_line"  # the sentence ended at the margin, not the paragraph
            if join and (
                _opens_paragraph(last, line)
                or _is_row(line.key)
                or last.rule == "paragraph.speaker"
                or _STRESSED in (last.rule, line.rule)
            ):
                # a table's row stands alone, whatever ends the line before it; so does a speaker's name, and a
                # sentence set in bold
                join = ""
            if join:
                current.text = _join(current.text, line.text)
                current.lines.append(line)
                line.rule = join
                last, item = line, next_item
                continue
        if line.rule == "body.default":
            line.rule = "paragraph.list_item" if _is_bullet(line) or line.list_item else "paragraph.starts"
        current = _Paragraph(line.text, [line])
        out.append(current)
        last, item = line, next_item
    return out


def _is_code(raw: str) -> bool:
    """A line of a program quoted in a technical text (mem <<= 30;, case 'G':, } else {, wg.Add(1),
    for i := 0; i < 50; i++ {, results <- &entry // 安全发送): the shape of a statement, a call, a label, a brace or
    a comment, and no Han character outside a comment (a comment alone on its line may be in Chinese)."""
    text = raw.strip()
    if not text:
        return False
    if text[:2] == "//":
        return True  # // 启动 50 个 goroutine 并行解析日志行: a comment line
    comment = _TRAILING_COMMENT.search(text)
    code = text[: comment.start()] if comment else text
    return (
        bool(code)
        and _HAN_CHAR.search(code) is None
        and (
            code[-1] in ";{}"
            or _CODE_LINE.match(code) is not None
            or _KEYWORD_STATEMENT.match(code) is not None
            or (any(c in code for c in "()=[]<>") and _STATEMENT.match(code) is not None)
        )
    )


# A program's label or comment or preprocessor line (case 'G':, default:, /* fall through */, #include <x.h>).
_CODE_LINE = re.compile(r"(?:case\b.*:|default:|/\*.*\*/|//|#(?:include|define|if|endif|else)\b)")
# A comment after a statement (results <- &entry // 安全发送至结果通道)
_TRAILING_COMMENT = re.compile(r"\s(?://|#)\s")
# A statement with no semicolon (Go, Python): a keyword and a name opening it (var wg sync.WaitGroup), or, with
# brackets or an operator in it, a call closing it, an assignment or a send
_KEYWORD_STATEMENT = re.compile(
    r"(?:var|func|for|if|else|return|defer|go|def|class|import|from|let|const|while|elif|try|except)"
    r"[ \t]+[A-Za-z_]\w*(?:[ \t]+[\w.]+)*[:{]?$"
)
_STATEMENT = re.compile(
    r"[\w.]+\(.*\)$|[\w.\[\]]+\s*(?::=|=|\+=|-=|<-)\s*\S|\}|\)"
    r"|(?:func|go|if|for|defer|return|def|class|while|elif|print)\b"
)


def _value_after_colon(last: _Line, line: _Line) -> bool:
    """共应还利息: / 846873.6元。: a label's value wrapped onto the next line, a figure that goes on with its unit
    or its sentence, not the first item of a list the colon brings in (1. …, 1、…)."""
    return (
        not line.blanks_before
        and last.key.rstrip()[-1:] in "：:"
        and _VALUE_GOES_ON.match(line.key) is not None
        and match_numbered(line.text, line.key) is None
    )


# A figure going on with its unit or its clause (846873.6元。, 1776873.6元、, 3797.5、), not an item's number (3、同意…).
_VALUE_GOES_ON = re.compile(r"[0-9][0-9,.]*(?:[万亿]?元|%)|[0-9][0-9,]*(?:[.][0-9]+|[0-9]{2})[、，,。；;]")


# A line of verse: two halves of equal length, each of four to nine characters (承平享国至四百，桀王无道乾坤颠，).
_VERSE = re.compile(rf"([{_HAN}]{{4,9}})[，,；;、]([{_HAN}]{{4,9}})[，,。；;：:！!？?]$")


def _is_verse(key: str) -> bool:
    """A poem's line: in a poem each line stands alone, whether it ends in a comma or a full stop."""
    m = _VERSE.match(key)
    return m is not None and len(m.group(1)) == len(m.group(2))


def _split_dateline(paragraph: str) -> tuple[str | None, str, str]:
    """(dateline, rest, rule name) when *paragraph* opens with a dateline; (None, paragraph, "") otherwise."""
    m = DATELINE.match(fold(paragraph))
    if not m or m.end() >= len(paragraph):
        return None, paragraph, ""
    return paragraph[: m.end()].rstrip(_WS), paragraph[m.end() :].lstrip(_WS), f"dateline.{m.lastgroup}"


def _cut_title_stamps(lines: list[_Line]) -> None:
    """A live page's time stamp after its headline (3少年德福廣場非法集結 判入更生中心 (18:10)) is a note of its own.
    Cut from the title only: in a list of headlines the stamps are what makes it a list."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kind != "title" or line.key[-1] not in ")）" or not (cut := _STAMP_TAIL.search(line.key)):
            continue
        stamp = _Line(
            line.text[cut.start() :].strip(_WS), line.key[cut.start() :].strip(_WS), 0, False, line.number
        )
        stamp.mark("note", "note.time_stamp")
        line.text, line.key = line.text[: cut.start()], line.key[: cut.start()]
        lines.insert(i + 1, stamp)


def _build(
    text: str,
    encoding: str,
    title: str | None = None,
    roles: tuple[tuple[str, str], ...] = (),
    marked: bool = False,
) -> tuple[Article, list[_Line]]:
    """The article and the lines it was built from, each with its role and the rule that decided it.

    *title* is the headline when the file's format names it (a web page's ``<h1>``, a PDF's largest type): the
    first line, when it is that text, is the title whatever its punctuation.  *roles* are (line, role) pairs the
    format decides: "caption" (``<figcaption>``, a picture's caption box), "heading" (``<h2>``, a Word heading
    style) or "note" (the date and source lines under a web page's headline); *marked* as in ``_paragraphs``."""
    # (a byte-order mark opening the text is no character of it)
    lines, letter_spaced = _split_lines(text.removeprefix("\ufeff"))
    _undouble_spacing(lines)
    _mark_notes_and_captions(lines)
    _mark_signature(lines)
    _mark_front_matter_fields(lines)
    _mark_menu_columns(lines)
    _mark_bulleted_headlines(lines)
    if title and lines and "".join(lines[0].text.split()) == "".join(title.split()):
        lines[0].mark("title", "title.named_by_format")
    if roles:
        named = {"".join(text.split()): role for text, role in roles}
        for line in lines:
            role = named.get("".join(line.text.split())) if line.kind == "body" else None
            if role in ("caption", "note"):
                line.mark(role, f"{role}.named_by_format")
            elif role == "heading":
                line.mark("heading", "heading.named_by_format")
                line.heading = match_numbered(line.text, line.key) or HeadingMatch(
                    None, line.text, UNNUMBERED, False
                )
    _mark_front_matter(lines)
    _mark_underlined_headings(lines)
    _mark_edit_link_headings(lines)
    _mark_ticker(lines)
    _mark_headline_block(lines)
    _mark_repeated_title(lines)
    _mark_repeated_paragraphs(lines)
    margin = _wrap_margin(lines)
    blank_separated = _blank_separated(lines, *margin)
    _mark_table_of_contents(lines)
    _mark_portrait_labels(lines)
    _mark_lists(lines, blank_separated)
    _mark_headings(lines, blank_separated, *margin)
    _mark_exclaimed_subheadings(lines, blank_separated)
    _mark_question_headings(lines)
    _mark_repeated_run(lines)  # (once the headings are known: text repeated under another heading is no copy)
    _merge_couplet_headings(lines)
    _heading_before_text_is_title(lines)
    _mark_filing_title(lines)
    _mark_after_headings(lines)
    _mark_headline_lists(lines)
    _mark_dated_entries(lines)
    _mark_template_fields(lines)
    _mark_record_fields(lines)
    _mark_listing_entries(lines)
    _mark_after_page_end(lines)
    _mark_after_body(lines)
    _cut_title_stamps(lines)

    by_kind: dict[str, list[str]] = {}
    for line in lines:
        by_kind.setdefault(line.kind, []).append(line.text)
    title = " ".join(by_kind.get("title", [])) or None
    deck = " ".join(by_kind.get("deck", [])) or None
    byline = " ".join(by_kind.get("byline", [])) or None

    groups = _paragraphs(lines, blank_separated, marked, margin)
    dateline: str | None = None
    styles = [g.heading.style for g in groups if isinstance(g, _Line) and g.heading and not g.heading.run_in]
    levels = levels_for(styles)

    sections: list[Section] = []
    number: str | None = None
    heading: str | None = None
    level = 0
    paragraphs: list[str] = []

    spaced: list[int] = []  # the section's pieces read from letter-spaced lines (-1: its heading)
    joins: list[int] = []  # (paragraph, offset) of each line join, laid flat

    def flush() -> None:
        if paragraphs or heading or number:
            sections.append(Section(number, heading, level, tuple(paragraphs), tuple(spaced), tuple(joins)))

    # (first line number, section, paragraph) of each paragraph; paragraph -1 marks a section's heading line
    starts: list[tuple[int, int, int]] = []
    for group in groups:
        if isinstance(group, _Line) and group.heading is not None and group.heading.run_in:
            # （一）指导思想。以…: a numbered lead-in opens a paragraph of the section it stands in, as editors
            # (and 14 of 16 corpus annotators) read it, not a section of its own.
            group.mark("body", "paragraph.run_in_lead")
            group.heading = None
            starts.append((group.number, len(sections), len(paragraphs)))
            if group.spaced:
                spaced.append(len(paragraphs))
            paragraphs.append(group.text)
            continue
        if isinstance(group, _Line):
            flush()
            starts.append((group.number, len(sections), -1))
            match = group.heading
            assert match is not None
            number, heading, level = match.number, match.heading, levels[match.style]
            if not heading and match.style in _BOOK_PARTS:
                heading = number.strip(_WS + ":：、.．")  # 第十一章 alone: the line names its part
            paragraphs = []
            spaced = [-1] if group.spaced else []
            joins = []
            continue
        paragraph = group.text
        if dateline is None and not sections and not paragraphs and not heading:
            dateline, paragraph, rule = _split_dateline(paragraph)
            if dateline:
                group.lines[0].mark("dateline", rule)  # the line keeps the rest of its text in the paragraph
        starts.append((group.lines[0].number, len(sections), len(paragraphs)))
        if any(line.spaced for line in group.lines):
            spaced.append(len(paragraphs))
        cut = len(group.text) - len(paragraph)  # (a dateline taken from its start)
        for offset in _join_offsets(group):
            if offset > cut:
                joins.extend((len(paragraphs), offset - cut))
        paragraphs.append(paragraph)
    flush()
    shift = 0
    if not sections or sections[0].number is not None or sections[0].heading is not None:
        sections.insert(0, Section(None, None, 0, ()))
        shift = 1
    places = _caption_places(
        [line.number for line in lines if line.kind == "caption"], starts, shift, sections
    )
    body = "".join(p for s in sections for p in s.paragraphs)
    article = Article(
        title=title,
        deck=deck,
        byline=byline,
        dateline=dateline,
        captions=tuple(by_kind.get("caption", [])),
        caption_places=places,
        letter_spaced=letter_spaced,
        notes=tuple(by_kind.get("note", [])),
        sections=tuple(sections),
        encoding=encoding,
        script=detect_script(body or text),
    )
    return article, lines


def _caption_places(
    caption_lines: list[int], starts: list[tuple[int, int, int]], shift: int, sections: list[Section]
) -> tuple[int, ...]:
    """Each caption's place, flat (see Article.caption_places): before the first paragraph or heading that
    starts after it in the text (before a heading: at the end of the section before), else after the last
    paragraph.  A caption stands by its picture, not pooled
    after the lede (a file holding two articles showed both captions there)."""
    places: list[int] = []
    last = (len(sections) - 1, len(sections[-1].paragraphs)) if sections else (0, 0)
    firsts = [first for first, _, _ in starts]  # in text order: a binary search finds what follows a caption
    for number in caption_lines:
        at = bisect.bisect_right(firsts, number)
        si, pi = (starts[at][1] + shift, starts[at][2]) if at < len(starts) else last
        if pi == -1:  # before a heading: at the end of the section before it
            si = max(0, si - 1)
            pi = len(sections[si].paragraphs)
        places.extend((si, pi))
    return tuple(places)


def parse_article(
    text: str,
    encoding: str = "utf-8",
    title: str | None = None,
    roles: tuple[tuple[str, str], ...] = (),
    marked: bool = False,
) -> Article:
    """Rebuild the article held in *text* (already decoded and line-normalised); *title*, *roles* and
    *marked* (hints from the file's format) as in ``_build``."""
    return _build(text, encoding, title, roles, marked)[0]


def explain_structure(
    text: str, title: str | None = None, roles: tuple[tuple[str, str], ...] = (), marked: bool = False
) -> list[dict[str, object]]:
    """Why each non-blank line of *text* got its role: ``[{"line", "role", "rule", "text"}]`` in reading order.

    ``line`` is the 1-based line number in *text*, ``role`` one of title, deck, byline, dateline, note, caption,
    heading, merged (the second line of a two-line heading) or body, ``rule`` the name of the rule that decided it
    (``note.breadcrumb``, ``heading.cn_paren``, ``paragraph.continues_unfinished_sentence`` …) and ``text`` the
    line's first 40 characters.  A dateline line keeps the rest of its text in the first paragraph.  Computed
    afresh rather than stored on the Article, so the cached model stays as it is.
    """
    _, lines = _build(text, "utf-8", title, roles, marked)
    return [{"line": ln.number, "role": ln.kind, "rule": ln.rule, "text": ln.text[:40]} for ln in lines]
