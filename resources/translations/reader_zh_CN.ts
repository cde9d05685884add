<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article_view.py" line="37"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="209"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="209"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="209"/>
        <source>time</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="210"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="210"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="210"/>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="211"/>
        <source>ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="211"/>
        <source>ordinal</source>
        <translation>序数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="211"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="215"/>
        <source>%1, approximate</source>
        <translation>%1，约数</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="73"/>
        <source>Find (either script)…</source>
        <translation>查找（简繁皆可）…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="74"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="78"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="80"/>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="82"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="136"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="139"/>
        <source>Key statistics</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="144"/>
        <source>Character set</source>
        <translation>字符集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="146"/>
        <source>Character set (Ctrl+Shift+V for the next one)</source>
        <translation>字符集（Ctrl+Shift+V 切换到下一个）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="156"/>
        <source>⚠ Preferences are not saved</source>
        <translation>⚠ 偏好设置未保存</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="158"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="211"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="212"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="214"/>
        <source>Reload &amp;Automatically When the File Changes</source>
        <translation>文件更改时自动重新载入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="217"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="218"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="220"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="222"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="225"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="228"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="230"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="232"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="234"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="237"/>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240"/>
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="243"/>
        <source>Next &amp;Character Set</source>
        <translation>下一个字符集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="245"/>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="247"/>
        <source>Full-width &amp;Punctuation</source>
        <translation>全角标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="251"/>
        <source>Show ASCII commas and colons in Chinese text as ，and ：(display only)</source>
        <translation>把中文里的半角逗号、冒号显示为 ，和 ：（仅影响显示）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="258"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="259"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="269"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279"/>
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="286"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="289"/>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="291"/>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="292"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="299"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="313"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="317"/>
        <source>Characters:</source>
        <translation>字符：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="363"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="408"/>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="408"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>粘贴为新文章(&amp;N)</translation>
    </message>
    <message>
        <source>The file is protected by a password: save it without one to read it here.</source>
        <translation>文件受密码保护：请先另存为无密码的文件再在此阅读。</translation>
    </message>
    <message>
        <source>The file is damaged and could not be read.</source>
        <translation>文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scanned document?): the reader reads text.</source>
        <translation>此 PDF 没有文字层（可能是扫描件）：阅读器只能读取文字。</translation>
    </message>
    <message>
        <source>The reader does not open this kind of file (save it as .docx, PDF or text).</source>
        <translation>阅读器无法打开这类文件（请另存为 .docx、PDF 或文本）。</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Web archives</source>
        <translation>网页存档</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="431"/>
        <source>%1 changed on disk: press F5 to reload</source>
        <translation>%1 已在磁盘上更改：按 F5 重新载入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="439"/>
        <source>%1 was deleted or moved: the text shown is the last version read</source>
        <translation>%1 已被删除或移动：显示的是最后读取的版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="450"/>
        <source>Showing the beginning while the rest is analysed…</source>
        <translation>正在分析其余部分，先显示开头…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="471"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 已在磁盘上更改，已重新载入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="473"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="496"/>
        <source>The file is empty: there is no text to show.</source>
        <translation>文件是空的，没有可显示的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="497"/>
        <source>This is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="499"/>
        <source>The text could not be decoded as UTF-8, GB18030 or Big5. Try File ▸ Reopen with Encoding.</source>
        <translation>无法按 UTF-8、GB18030 或 Big5 解码文本。请试试“文件 ▸ 以其他编码重新打开”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="501"/>
        <source>The file does not look like Chinese text in any supported encoding.</source>
        <translation>该文件在任何支持的编码下都不像中文文本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="502"/>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>文件以 %1 字节顺序标记开头，但不是有效的 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="503"/>
        <source>Unknown encoding %1.</source>
        <translation>未知编码 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="504"/>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="505"/>
        <source>You have no permission to read %1.</source>
        <translation>您没有读取 %1 的权限。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="506"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="507"/>
        <source>%1 is not a regular file (a device or a pipe, for example).</source>
        <translation>%1 不是普通文件（例如设备或管道）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="508"/>
        <source>%1 is too large for the reader.</source>
        <translation>%1 太大，阅读器无法打开。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="509"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="512"/>
        <source>Something went wrong inside the reader. The details are in its log: %1</source>
        <translation>阅读器内部出错。详情见日志：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="515"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="526"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528"/>
        <source>Conversion failed</source>
        <translation>转换失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="546"/>
        <source>page %1/%2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="559"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="561"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="562"/>
        <source>~%1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="563"/>
        <source>%1 figures</source>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="687"/>
        <source>Matches: %1</source>
        <translation>匹配：%1 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="695"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="712"/>
        <source>Article font</source>
        <translation>文章字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="779"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../reader/ui/section_sidebar.py" line="24"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/section_sidebar.py" line="42"/>
        <location filename="../../reader/ui/section_sidebar.py" line="44"/>
        <source>Lede</source>
        <translation>导语</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="47"/>
        <source>Chart of key statistics</source>
        <translation>关键数据图表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="87"/>
        <source>Nothing to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="97"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="123"/>
        <source>Largest counts (%1)</source>
        <translation>最大数量（%1）</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="153"/>
        <source>Key statistics</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="163"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="165"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="213"/>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="213"/>
        <source>Ratios</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="213"/>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="214"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="259"/>
        <source>Export statistics</source>
        <translation>导出数据</translation>
    </message>
</context>
</TS>
