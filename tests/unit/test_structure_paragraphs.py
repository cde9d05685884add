"""Where paragraphs begin and end, as a table of real-looking inputs and the paragraphs an editor would make of
them; each also after OpenCC s2t and t2s (compared folded, since a conversion may pick another variant)."""

from __future__ import annotations

import pytest

from reader.article import parse_article
from reader.convert import convert
from reader.figures.find import find_figures
from reader.fold import fold

_CHAPTER_TEXT = "話說大清朝應天承運，奄有萬方，一直照著中國向來的老法兒，重文輕武，天下太平。" * 20

_UNPUNCTUATED_LINES = [
    "樂安國漢置統縣八戶一萬一千髙苑臨濟有蚩尤祠博昌有薄姑祠利益侯國蓼城侯國壽光有灌亭",
    "城陽郡漢置屬北海自魏至晉分北海而立焉統縣十戶二萬四千五百莒故莒子國姑幕古薄姑氏國諸淳于故淳于公國",
    "東萊國漢置郡統縣六戶六千五百掖侯相當利侯相盧鄉曲城黄有萊山松林萊君祠",
    "長廣郡咸寧三年置統縣三戶二千不其侯國長廣挻惠帝元康十年又置平昌郡又分城陽之黔陬壯武淳于昌安髙宻平昌",
    "營陵安丘東武姑幕諸十一縣置髙宻國及元帝渡江青州沒石勒後又為石季龍所有季龍死入於慕容㒞",
    "徐州案禹貢海岱及淮之地舜十二牧則其一也於周入青州之域春秋時為魯宋之地",
    "彭城國漢置統縣七戶四千一百彭城留廣戚傅陽武原呂梁",
    "下邳國漢置統縣七戶八千二百下邳良城淩睢陵夏丘取慮僮",
]

CASES = [
    (
        "in a Markdown text a list's markers are markup and each item is a paragraph; in plain text a dash is the writer's",
        "# 更新日志\n\n## [2.11.0] - 2026-01-20\n\n### 新增\n\n- 游泳状态检测逻辑\n- 湿重跟踪和计算逻辑\n"
        "- PlayerBase.c: 从 1362 行减少到 817 行\n",
        ["游泳状态检测逻辑", "湿重跟踪和计算逻辑", "PlayerBase.c: 从 1362 行减少到 817 行"],
    ),
    (
        "a plain text's dashed lines keep their dashes",
        "稳定版规则\n\n提交到稳定版代码树的补丁必须遵循以下规则：\n\n- 必须是明显正确并且经过测试的。\n\n"
        "- 不能大于100行。\n",
        [
            "提交到稳定版代码树的补丁必须遵循以下规则：",
            "- 必须是明显正确并且经过测试的。",
            "- 不能大于100行。",
        ],
    ),
    (
        "in a text whose paragraphs are indented, a numbered step after a finished one opens a paragraph, indent or not",
        "盐焗鸡腿\n\n  • 准备时间\n  • 烹饪时间\n    937\n\n【做法】\n"
        "1.鸡腿洗净抹干,用腌料搽匀置放1小时。(图1-2)\n2.取1张油纸,放入一只鸡腿,面上撒入少许当归粉,然后折起油纸裹好。(图3)\n"
        "3.在烘盘中叠上铝箔纸,倒入一半的粗盐铺平,放入鸡腿包。(图4-5)\n",
        [
            "• 准备时间",
            "• 烹饪时间",
            "1.鸡腿洗净抹干,用腌料搽匀置放1小时。(图1-2)",
            "2.取1张油纸,放入一只鸡腿,面上撒入少许当归粉,然后折起油纸裹好。(图3)",
            "3.在烘盘中叠上铝箔纸,倒入一半的粗盐铺平,放入鸡腿包。(图4-5)",
        ],
    ),
    (
        "a form's first item with its label opens a paragraph under a label or a finished sentence, blank line or not",
        "公告本公司董事會決議辦理限制員工權利新股\n\n說明\n1.董事會決議日期:113/04/23\n2.預計發行價格:無償發行\n"
        "3.預計發行總額(股):750,000股\n\n本公司董事會核備取得工業區開發案資產。\n"
        "1.標的物之名稱及性質(屬特別股者,並應標明特別股約定發行條件,如股息率等):工業區開發案\n",
        [
            "說明",
            "1.董事會決議日期:113/04/23",
            "2.預計發行價格:無償發行",
            "3.預計發行總額(股):750,000股",
            "本公司董事會核備取得工業區開發案資產。",
            "1.標的物之名稱及性質(屬特別股者,並應標明特別股約定發行條件,如股息率等):工業區開發案",
        ],
    ),
    (
        "an unpunctuated classical text, each line set apart by its indent and not wrapped: a line is a paragraph",
        "晉書卷十五\n\n" + "".join(f"  {line}\n" for line in _UNPUNCTUATED_LINES),
        _UNPUNCTUATED_LINES,
    ),
    (
        "a sentence set in bold whole is a paragraph of its own, not a subheading, and a short line over it heads it",
        "羽毛球价格为何一涨再涨\n\n最近半年，羽毛球经历几波涨价，有的品牌一筒球价格上涨30-40元，很多人调侃“月薪2万，打不起球”。\n\n"
        "疯涨的价格\n\n **抢球和囤球，是今年上半年张天涵打球生活中的关键词。**\n"
        "张天涵18岁，是一名羽毛球爱好者。他告诉本刊，今年以来，羽毛球一直都在涨价，不少品牌单筒涨价有十四五元。\n"
        "**涨价的同时是缺货。**\n连樱告诉本刊，原先购球是到货付款，现在需提前一两周预定，并支付全额货款。\n",
        [
            "最近半年，羽毛球经历几波涨价，有的品牌一筒球价格上涨30-40元，很多人调侃“月薪2万，打不起球”。",
            "抢球和囤球，是今年上半年张天涵打球生活中的关键词。",
            "张天涵18岁，是一名羽毛球爱好者。他告诉本刊，今年以来，羽毛球一直都在涨价，不少品牌单筒涨价有十四五元。",
            "涨价的同时是缺货。",
            "连樱告诉本刊，原先购球是到货付款，现在需提前一两周预定，并支付全额货款。",
        ],
    ),
    (
        "a forum reply opening with the post it quotes (… wrote:…(恕刪)) opens a paragraph, and one ending in emoji is"
        " no decoration",
        "Vincent666888 wrote:感謝咖哥指教小弟馬上...(恕刪) 這篇寫的就符合真實世界多數故事20 年前就去新竹的工程師早早就買新房了\n"
        "只是個過程 wrote:大摩星 wr...(恕刪) 別再推托了,公司好忙啊,不就3樣,比定存總額,比房產數量,比近2年股市損益嗎?輸的就請網友各100份雞排➕珍奶🧋,這有什麼好扭扭捏捏的。~😀\n"
        "A咖錦衣衛 wrote:應該加入談婚事嗆聲未...(恕刪) 是!咖哥!修正版,加上拍桌主管及談婚事嗆聲未來岳母。\n",
        [
            "Vincent666888 wrote:感謝咖哥指教小弟馬上...(恕刪) 這篇寫的就符合真實世界多數故事20 年前就去新竹的工程師早早就買新房了",
            "只是個過程 wrote:大摩星 wr...(恕刪) 別再推托了,公司好忙啊,不就3樣,比定存總額,比房產數量,比近2年股市損益嗎?輸的就請網友各100份雞排➕珍奶🧋,這有什麼好扭扭捏捏的。~😀",
            "A咖錦衣衛 wrote:應該加入談婚事嗆聲未...(恕刪) 是!咖哥!修正版,加上拍桌主管及談婚事嗆聲未來岳母。",
        ],
    ),
    (
        "a program without semicolons (Go), its comments in Chinese, is one paragraph from its comment to its brace",
        "并发模型支撑高吞吐数据流\n\n以下代码演示并发解析 JSON 日志流:\n\n// 启动 50 个 goroutine 并行解析日志行\n"
        "func parseLogs(lines <-chan string) {\n    var wg sync.WaitGroup\n    for i := 0; i < 50; i++ {\n"
        "        wg.Add(1)\n        go func() {\n            defer wg.Done()\n"
        "            results <- &entry // 安全发送至结果通道\n        }()\n    }\n    wg.Wait()\n}\n\n"
        "该模式可稳定处理数万 QPS 的日志摄入。\n",
        [
            "以下代码演示并发解析 JSON 日志流:",
            "// 启动 50 个 goroutine 并行解析日志行 func parseLogs(lines <-chan string) { var wg sync.WaitGroup"
            " for i := 0; i < 50; i++ { wg.Add(1) go func() { defer wg.Done() results <- &entry // 安全发送至结果通道"
            " }() } wg.Wait() }",
            "该模式可稳定处理数万 QPS 的日志摄入。",
        ],
    ),
    (
        "a table flattened to one cell a line is one paragraph with its bars, apart from the text around it; a cell's"
        " number with its bar heads nothing",
        "第四季度食物中毒事件通报\n\n(一)按月报告情况\n月 份 |\n报告起数 |\n中毒人数 |\n10 |\n9 |\n553 |\n合 计 |\n32 |\n1313 |\n"
        "第四季度,10月份报告的食物中毒事件中毒人数最多,占总中毒人数的42.1%。\n",
        [
            "月 份 | 报告起数 | 中毒人数 | 10 | 9 | 553 | 合 计 | 32 | 1313 |",
            "第四季度,10月份报告的食物中毒事件中毒人数最多,占总中毒人数的42.1%。",
        ],
    ),
    (
        "lines closed by a bar whose text runs long are a layout's boxes, not a table's cells",
        "石盘街道食堂配送服务项目磋商公告\n\n二、申请人的资格要求 |\n1.满足《中华人民共和国政府采购法》第二十二条规定，具有独立承担民事责任的能力 |\n"
        "2.落实政府采购政策需满足的资格要求：供应商为中小企业或小微企业，并提供声明函 |\n三、获取采购文件 |\n"
        "凡有意参加本项目者，在磋商文件获取时间期限内登录政府采购云平台获取。\n",
        [
            "1.满足《中华人民共和国政府采购法》第二十二条规定，具有独立承担民事责任的能力",
            "凡有意参加本项目者，在磋商文件获取时间期限内登录政府采购云平台获取。",
        ],
    ),
    (
        "an e-text flattened to one line runs its chapters together: each chapter's text is a paragraph of its own",
        "孽海花孽海花孽海花第一回一霎狂潮陸沉奴樂島卅年影事托寫自由花"
        + _CHAPTER_TEXT
        + "且聽下回分解。第二回陸孝廉訪艷宴金閶金殿撰歸裝留滬瀆"
        + _CHAPTER_TEXT
        + "\n",
        [_CHAPTER_TEXT + "且聽下回分解。", _CHAPTER_TEXT],
    ),
    (
        "a program's lines quoted in a technical text are one paragraph, not a paragraph a line",
        "Linux内核代码风格\n\n在switch语句中消除多级缩进的首选的方式是让“switch”和从属于它的“case”标签对齐于同一列。比如：\n\n"
        "\tswitch (suffix) {\n\tcase 'G':\n\t\tmem <<= 30;\n\t\tbreak;\n\tdefault:\n\t\tbreak;\n\t}\n\n"
        "不要把多个语句放在一行里，除非你有什么东西要隐藏。\n",
        [
            "在switch语句中消除多级缩进的首选的方式是让“switch”和从属于它的“case”标签对齐于同一列。比如：",
            "switch (suffix) { case 'G': mem <<= 30; break; default: break; }",
            "不要把多个语句放在一行里，除非你有什么东西要隐藏。",
        ],
    ),
    (
        "a labelled link ends its line: the next line, after a blank, opens a paragraph of its own",
        "長者接種新冠疫苗送好禮\n\n今年流感疫苗接種踴躍，本縣疫苗僅剩一成。\n\n"
        "公費流感疫苗合約院所及接種對象資訊:https://gov.tw/5cJ\n\n新冠疫苗合約院所及相關資訊,https://gov.tw/Loq\n\n"
        "接種前請先上網查詢合約院所的門診時間，以免久候。\n",
        [
            "今年流感疫苗接種踴躍，本縣疫苗僅剩一成。",
            "公費流感疫苗合約院所及接種對象資訊:https://gov.tw/5cJ",
            "新冠疫苗合約院所及相關資訊,https://gov.tw/Loq",
            "接種前請先上網查詢合約院所的門診時間，以免久候。",
        ],
    ),
    (
        "a label's value wrapped onto the next line goes on with it; an item's number after a colon opens one",
        "房贷月供怎么算\n\n贷款总额930000元，等额本息法每月月供是：4935.76元，总还款金额是：\n1776873.6元，共应还利息：\n"
        "846873.6元。\n\n董事会审议通过以下事项：\n3、同意授权董事会秘书办理相关手续。\n",
        [
            "贷款总额930000元，等额本息法每月月供是：4935.76元，总还款金额是：1776873.6元，共应还利息：846873.6元。",
            "董事会审议通过以下事项：",
            "3、同意授权董事会秘书办理相关手续。",
        ],
    ),
    (
        "a page's paragraphs set on one line, each after a full stop and one space",
        "上半年外贸进出口增长\n\n中新社北京7月13日电 海关总署新闻发言人李魁文13日表示，上半年中国外贸进出口实现较快增长，"
        "规模创历史同期新高。 在当天召开的国新办新闻发布会上，李魁文对上半年中国外贸进出口情况作了介绍。 "
        "据海关统计，今年上半年中国货物贸易进出口总值18.07万亿元，同比增长27.1%。 "
        "谈及外贸数据再创佳绩的原因，李魁文表示，国内经济稳中加固、稳中向好，市场主体活力增强，为外贸持续稳定增长提供了"
        "有力支撑，国家稳外贸政策红利持续释放发挥了显著效果。\n",
        [
            "海关总署新闻发言人李魁文13日表示，上半年中国外贸进出口实现较快增长，规模创历史同期新高。",
            "在当天召开的国新办新闻发布会上，李魁文对上半年中国外贸进出口情况作了介绍。",
            "据海关统计，今年上半年中国货物贸易进出口总值18.07万亿元，同比增长27.1%。",
            "谈及外贸数据再创佳绩的原因，李魁文表示，国内经济稳中加固、稳中向好，市场主体活力增强，为外贸持续稳定增长提供了"
            "有力支撑，国家稳外贸政策红利持续释放发挥了显著效果。",
        ],
    ),
    (
        "speech closed by its quotation mark and set apart by a blank line ends its paragraph, and is no heading",
        "村民的心声\n\n记者来到村里，看到村民们正在田间忙碌着，一派丰收的景象。\n\n"
        "村支书说「我们会继续努力」\n\n村里今年的收入比去年增长了三成，村民们的日子越过越红火。\n",
        [
            "记者来到村里，看到村民们正在田间忙碌着，一派丰收的景象。",
            "村支书说「我们会继续努力」",
            "村里今年的收入比去年增长了三成，村民们的日子越过越红火。",
        ],
    ),
    (
        "list items with hanging indents, and a lead-in set apart by a blank line, in an indented plain text",
        "稳定版内核规则\n\n关于哪些类型的补丁可以被接收进入稳定版代码树的规则：\n\n"
        "  - 必须是显而易见的正确，并且经过测试的。\n"
        "  - 必须修正了一个给大家带来麻烦的真正的bug（不是“这可能是一个问题...”\n    那样的东西）。\n"
        "  - 必须修正带来如下后果的问题：编译错误，内核崩溃，挂起，数据损坏，\n    真正的安全问题。\n\n"
        "向稳定版代码树提交补丁的过程：\n\n"
        "  - 在确认了补丁符合以上的规则后，将补丁发送到邮件列表。\n"
        "  - 如果补丁被接受到队列里，发送者会收到一个ACK，如果没有被接受，收\n    到的是NAK。\n",
        [
            "关于哪些类型的补丁可以被接收进入稳定版代码树的规则：",
            "- 必须是显而易见的正确，并且经过测试的。",
            "- 必须修正了一个给大家带来麻烦的真正的bug（不是“这可能是一个问题...”那样的东西）。",
            "- 必须修正带来如下后果的问题：编译错误，内核崩溃，挂起，数据损坏，真正的安全问题。",
            "向稳定版代码树提交补丁的过程：",
            "- 在确认了补丁符合以上的规则后，将补丁发送到邮件列表。",
            "- 如果补丁被接受到队列里，发送者会收到一个ACK，如果没有被接受，收到的是NAK。",
        ],
    ),
    (
        "long indented paragraphs of a wrapped e-text: the indent opens a paragraph even after an open line",
        "第二回　賈夫人仙逝揚州城　冷子興演說榮國府\n\n        詩云\n\n"
        "        一局輸贏料不真，香銷茶盡尚逡巡．欲知目下興衰兆，須問旁觀冷眼人．\n"
        "        卻說封肅因听見公差傳喚，忙出來陪笑啟問．那些人只嚷：“快請出甄\n"
        "爺來！”封肅忙陪笑道：“小人姓封，并不姓甄．只有當日小婿姓甄，今已\n"
        "出家一二年了，不知可是問他？”那些公人道：“我們也不知什么真假，因\n"
        "奉太爺之命來問，他既是你女婿，便帶了你去親見太爺面稟，省得亂跑\n"
        "。”說著，不容封肅多言，大家推擁他去了．封家人個個都惊慌，不知何兆\n"
        "        那天約二更時，只見封肅方回來，歡天喜地．眾人忙問端的．他乃說道\n"
        "：“原來本府新升的太爺姓賈名化，本貫胡州人氏，曾与女婿舊日相交．”\n",
        [
            "詩云",
            "一局輸贏料不真，香銷茶盡尚逡巡．欲知目下興衰兆，須問旁觀冷眼人．",
            "卻說封肅因听見公差傳喚，忙出來陪笑啟問．那些人只嚷：“快請出甄爺來！”封肅忙陪笑道：“小人姓封，并不姓甄．"
            "只有當日小婿姓甄，今已出家一二年了，不知可是問他？”那些公人道：“我們也不知什么真假，因奉太爺之命來問，"
            "他既是你女婿，便帶了你去親見太爺面稟，省得亂跑。”說著，不容封肅多言，大家推擁他去了．封家人個個都惊慌，不知何兆",
            "那天約二更時，只見封肅方回來，歡天喜地．眾人忙問端的．他乃說道：“原來本府新升的太爺姓賈名化，本貫胡州人氏，"
            "曾与女婿舊日相交．”",
        ],
    ),
    (
        "two one-line paragraphs without a blank line between them, under a title set apart",
        "晾晒场上秋收忙\n\n眼下，正值秋收季节。村民们正忙着晾晒玉米。\n"
        "近年来，随着农村人口老龄化，村集体经济薄弱，当地探索土地托管。",
        [
            "眼下，正值秋收季节。村民们正忙着晾晒玉米。",
            "近年来，随着农村人口老龄化，村集体经济薄弱，当地探索土地托管。",
        ],
    ),
    (
        "numbered paragraphs hard-wrapped: a number opening a line cut at the margin opens a paragraph, not a heading",
        "預算案演辭\n\n"
        "2.  這份財政預算案是本屆政府的第二份、亦是我\n就任財政司司長以來的第三份財政預算案。在編製\n時，外圍環境複雜多變。\n\n"
        "3.  作為全開放的細小經濟體，香港近月經濟受到\n影響，增長顯著放緩，企業對前景的信心轉弱，尤\n為重要。\n",
        [
            "2.  這份財政預算案是本屆政府的第二份、亦是我就任財政司司長以來的第三份財政預算案。在編製時，外圍環境複雜多變。",
            "3.  作為全開放的細小經濟體，香港近月經濟受到影響，增長顯著放緩，企業對前景的信心轉弱，尤為重要。",
        ],
    ),
    (
        "a hard-wrapped text with blank lines between paragraphs: a stop at the margin does not end one",
        "世乒赛女团夺冠\n\n本场比赛被人们比喻为一场“中国一队”和“中国二队”之间的较\n量，中国香港队上场的3名队员均是来自内地的选手。\n"
        "首盘比赛在张怡宁和帖娅娜之间进行，张怡宁以3:1为中国队拿\n下首盘。\n\n"
        "王楠的对手是柳絮飞。王楠以11:9险胜一局后，以7:11输掉了第\n二局，此后双方又各胜一局，王楠以11:6锁定胜局。\n"
        "\n中国队在第三盘派上了年龄只有16岁的小将郭跃，出乎所有人的\n意料，郭跃以11:4、11:9和11:7连下三局。\n",
        [
            "本场比赛被人们比喻为一场“中国一队”和“中国二队”之间的较量，中国香港队上场的3名队员均是来自内地的选手。"
            "首盘比赛在张怡宁和帖娅娜之间进行，张怡宁以3:1为中国队拿下首盘。",
            "王楠的对手是柳絮飞。王楠以11:9险胜一局后，以7:11输掉了第二局，此后双方又各胜一局，王楠以11:6锁定胜局。",
            "中国队在第三盘派上了年龄只有16岁的小将郭跃，出乎所有人的意料，郭跃以11:4、11:9和11:7连下三局。",
        ],
    ),
    (
        "an enumerated item set apart after a line left open",
        "硬幣收集計劃書面質詢\n\n（三）有否計劃加強服務；若有，詳情為何；若否，\n\n（四）會考慮甚麼因素，以決定是否延長計劃？",
        ["（三）有否計劃加強服務；若有，詳情為何；若否，", "（四）會考慮甚麼因素，以決定是否延長計劃？"],
    ),
    (
        "a quotation set apart after the dash that introduces it",
        "闭幕会侧记\n\n面向全国各族人民，主席郑重宣示——\n\n“在新征程上作出无负时代的业绩。”",
        ["面向全国各族人民，主席郑重宣示——", "“在新征程上作出无负时代的业绩。”"],
    ),
    (
        "a midline ellipsis ends the paragraph",
        "颱風夜的回憶\n\n我們守在窗邊，等著天亮⋯⋯\n\n第二天一早，街上滿是斷枝。",
        ["我們守在窗邊，等著天亮⋯⋯", "第二天一早，街上滿是斷枝。"],
    ),
    (
        "rows of a results table are entries of their own",
        "国乒男团夺冠\n\n中国队以3比0战胜日本队。\n\n比赛结果：\n中国 3-0 日本\n樊振东 3-1 张本智和\n马龙 3-0 户上隼辅",
        [
            "中国队以3比0战胜日本队。",
            "比赛结果：",
            "中国 3-0 日本",
            "樊振东 3-1 张本智和",
            "马龙 3-0 户上隼辅",
        ],
    ),
    (
        "pieces of a sentence cut at its links stay together",
        "前三季度经济运行平稳\n\n据\n国家统计局\n网站消息，前三季度国内生产总值同比增长4.8%。\n\n第三产业增长最快。",
        ["据国家统计局网站消息，前三季度国内生产总值同比增长4.8%。", "第三产业增长最快。"],
    ),
    (
        "a dateline alone on the first line opens the first paragraph; a closing name is the byline",
        "晚报多哈今晨专电\n世乒赛女团比赛昨晚结束，中国女队夺冠。\n男团决赛今天进行。（任小明）",
        ["世乒赛女团比赛昨晚结束，中国女队夺冠。", "男团决赛今天进行。"],
    ),
    (
        "the first line of a hard-wrapped text without a headline is not taken for one",
        "国务院总理李强3月5日在十四届全国人大二\n次会议上作政府工作报告时表示，今年发展\n主要预期目标是国内生产总值增长百分之五\n"
        "左右。\n报告指出，过去一年经济回升向好，高质量\n发展扎实推进，全年国内生产总值增长百分\n之五点二。",
        [
            "国务院总理李强3月5日在十四届全国人大二次会议上作政府工作报告时表示，今年发展主要预期目标是国内生产总值"
            "增长百分之五左右。",
            "报告指出，过去一年经济回升向好，高质量发展扎实推进，全年国内生产总值增长百分之五点二。",
        ],
    ),
    (
        "page furniture before the wire dateline is not the first paragraph",
        "首页国内国际财经体育视频评论\n\n新型固态电池问世\n\n国际新闻来源:某某网站 2025-12-18 08:31:19 A-A+\n\n"
        "某某娱乐官方网站-欢迎光临-最好的服务\n\n中新网合肥3月2日电 团队研制出一种新型固态电池。\n\n团队表示将推进量产。",
        ["团队研制出一种新型固态电池。", "团队表示将推进量产。"],
    ),
    (
        "a hard-wrapped text copied with a blank line after every line: two blank lines part the paragraphs",
        "且说天下名山,除王母所住昆仑之外,海岛中有三座名山:一名蓬莱,一名\n\n方丈,一名瀛洲。这三座山都是神仙所居,山上四时八节,花开不断,长年\n\n有奇花异草,仙禽灵兽,真是个极乐世界,与凡间大不相同,令人神往不已,\n\n凡人若得一见,便是三生有幸。\n\n\n内中单讲蓬莱山有个薄命岩,岩上有个红颜洞,洞内有位仙姑,总司天下\n\n名花,乃群芳之主,名百花仙子,在此修行多年,素与群仙往来,颇为相\n\n得。一日,正值王母圣诞,群仙都去祝寿,百花仙子也带了仙女同去拜寿,\n\n一路上祥云缭绕,仙乐飘飘。\n\n\n百花仙子来到瑶池,见了王母,行礼已毕,便与众仙依次入座,共赏蟠桃。\n\n仙乐齐鸣,众仙举杯,祝王母万寿无疆,席间谈笑风生,直到日落西山方\n\n才散去,各自驾云回山,一路无话,不多时便到了蓬莱山下的红颜洞前,\n\n仙女们早已在洞口迎候。\n\n\n次日清晨,百花仙子正在洞中打坐,忽见一只仙鹤衔书而来,拆开一看,\n\n原来是嫦娥相邀赏月之约,仙子看罢,微微一笑,便吩咐仙女准备行装,\n\n择日前往广寒宫中,与嫦娥共话桑麻,畅叙旧情,暂且按下不表。\n",
        [
            "且说天下名山,除王母所住昆仑之外,海岛中有三座名山:一名蓬莱,一名方丈,一名瀛洲。这三座山都是神仙所居,山上四时八节,花开不断,长年有奇花异草,仙禽灵兽,真是个极乐世界,与凡间大不相同,令人神往不已,凡人若得一见,便是三生有幸。",
            "内中单讲蓬莱山有个薄命岩,岩上有个红颜洞,洞内有位仙姑,总司天下名花,乃群芳之主,名百花仙子,在此修行多年,素与群仙往来,颇为相得。一日,正值王母圣诞,群仙都去祝寿,百花仙子也带了仙女同去拜寿,一路上祥云缭绕,仙乐飘飘。",
            "百花仙子来到瑶池,见了王母,行礼已毕,便与众仙依次入座,共赏蟠桃。仙乐齐鸣,众仙举杯,祝王母万寿无疆,席间谈笑风生,直到日落西山方才散去,各自驾云回山,一路无话,不多时便到了蓬莱山下的红颜洞前,仙女们早已在洞口迎候。",
            "次日清晨,百花仙子正在洞中打坐,忽见一只仙鹤衔书而来,拆开一看,原来是嫦娥相邀赏月之约,仙子看罢,微微一笑,便吩咐仙女准备行装,择日前往广寒宫中,与嫦娥共话桑麻,畅叙旧情,暂且按下不表。",
        ],
    ),
]


@pytest.mark.parametrize("variant", ["as written", "s2t", "t2s"])
@pytest.mark.parametrize(("name", "text", "paragraphs"), CASES, ids=[c[0] for c in CASES])
def test_paragraphs(name: str, text: str, paragraphs: list[str], variant: str) -> None:
    if variant != "as written":
        text = convert(text, variant)
    got = [fold(p) for s in parse_article(text).sections for p in s.paragraphs]
    assert got == [fold(p) for p in paragraphs]


def test_letter_spaced_text_loses_its_spacing_and_keeps_every_character() -> None:
    text = "天氣報告\n\n一 號 戒 備 信 號 , 現 正 生 效 。\n\n表 示 有 一 熱 帶 氣 旋 , 在 香 港 約 800 公 里 內 , 可 能 影\n響 本 港 。\n\nPrint this page\n"
    article = parse_article(text)
    assert [p for s in article.sections for p in s.paragraphs] == [
        "一號戒備信號,現正生效。",
        "表示有一熱帶氣旋,在香港約800公里內,可能影響本港。",
    ]
    assert "Print this page" in article.notes


def test_letter_spacing_goes_but_word_spacing_between_longer_words_stays() -> None:
    """A table set with letter spacing (分 佔 合 營 …) may still space its figures as words (人民幣 25.82 億元):
    a space between two words of more than one character is the writer's, not the letter spacing."""
    text = (
        "財務摘要\n\n分 佔 合 營 企 業 的 淨 路 費 收 入 人民幣 25.82 億元\n\n"
        "除 利 息 及 稅 項 前 溢 利 人民幣 9.42 億元\n\n公 司 股 東 應 佔 溢 利 人民幣 5.28 億元\n"
    )
    body = "".join(p for s in parse_article(text).sections for p in s.paragraphs)
    assert "分佔合營企業的淨路費收入人民幣 25.82 億元" in body
    assert "除利息及稅項前溢利人民幣 9.42 億元" in body
    assert "人民幣 5.28 億元" in [f.text for f in find_figures(body)]
