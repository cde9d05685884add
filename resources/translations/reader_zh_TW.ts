<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="209"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="209"/>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="210"/>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="210"/>
        <source>money</source>
        <translation>金額</translation>
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
        <translation>序數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="211"/>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="215"/>
        <source>%1, approximate</source>
        <translation>%1，約數</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="73"/>
        <source>Find (either script)…</source>
        <translation>查詢（簡繁皆可）…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="74"/>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="78"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一處（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="80"/>
        <source>Next match (F3)</source>
        <translation>下一處（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="82"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="136"/>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="139"/>
        <source>Key statistics</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="144"/>
        <source>Character set</source>
        <translation>字元集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="146"/>
        <source>Character set (Ctrl+Shift+V for the next one)</source>
        <translation>字元集（Ctrl+Shift+V 切換到下一個）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150"/>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="156"/>
        <source>⚠ Preferences are not saved</source>
        <translation>⚠ 偏好設定未儲存</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="158"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>無法寫入設定檔 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="211"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="212"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="214"/>
        <source>Reload &amp;Automatically When the File Changes</source>
        <translation>檔案更改時自動重新載入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="217"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="218"/>
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="220"/>
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="222"/>
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="225"/>
        <source>Find &amp;Previous</source>
        <translation>查詢上一個(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="228"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="230"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="232"/>
        <source>&amp;Font…</source>
        <translation>字型(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="234"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="237"/>
        <source>&amp;Next Section</source>
        <translation>下一節(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240"/>
        <source>&amp;Previous Section</source>
        <translation>上一節(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="243"/>
        <source>Next &amp;Character Set</source>
        <translation>下一個字元集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="245"/>
        <source>Close Find Bar</source>
        <translation>關閉查詢欄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="247"/>
        <source>Full-width &amp;Punctuation</source>
        <translation>全形標點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="251"/>
        <source>Show ASCII commas and colons in Chinese text as ，and ：(display only)</source>
        <translation>把中文裡的半形逗號、冒號顯示為 ，和 ：（僅影響顯示）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="258"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="259"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="269"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279"/>
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="286"/>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="289"/>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Follow System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="291"/>
        <source>Sepia</source>
        <translation>護眼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="292"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="299"/>
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309"/>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="313"/>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="317"/>
        <source>Characters:</source>
        <translation>字元：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="363"/>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="408"/>
        <source>Open article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="408"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本檔案 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>貼上為新文章(&amp;N)</translation>
    </message>
    <message>
        <source>The file is protected by a password: save it without one to read it here.</source>
        <translation>檔案受密碼保護：請先另存為無密碼的檔案再在此閱讀。</translation>
    </message>
    <message>
        <source>The file is damaged and could not be read.</source>
        <translation>檔案已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scanned document?): the reader reads text.</source>
        <translation>此 PDF 沒有文字層（可能是掃描檔）：閱讀器只能讀取文字。</translation>
    </message>
    <message>
        <source>The reader does not open this kind of file (save it as .docx, PDF or text).</source>
        <translation>閱讀器無法開啟這類檔案（請另存為 .docx、PDF 或純文字）。</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>純文字檔</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Web archives</source>
        <translation>網頁封存檔</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="431"/>
        <source>%1 changed on disk: press F5 to reload</source>
        <translation>%1 已在磁碟上更改：按 F5 重新載入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="439"/>
        <source>%1 was deleted or moved: the text shown is the last version read</source>
        <translation>%1 已被刪除或移動：顯示的是最後讀取的版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="450"/>
        <source>Showing the beginning while the rest is analysed…</source>
        <translation>正在分析其餘部分，先顯示開頭…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="471"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 已在磁碟上更改，已重新載入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="473"/>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="496"/>
        <source>The file is empty: there is no text to show.</source>
        <translation>檔案是空的，沒有可顯示的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="497"/>
        <source>This is not a text file.</source>
        <translation>這不是文本檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="499"/>
        <source>The text could not be decoded as UTF-8, GB18030 or Big5. Try File ▸ Reopen with Encoding.</source>
        <translation>無法按 UTF-8、GB18030 或 Big5 解碼文本。請試試“檔案 ▸ 以其他編碼重新開啟”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="501"/>
        <source>The file does not look like Chinese text in any supported encoding.</source>
        <translation>該檔案在任何支援的編碼下都不像中文文本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="502"/>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>檔案以 %1 位元組順序標記開頭，但不是有效的 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="503"/>
        <source>Unknown encoding %1.</source>
        <translation>未知編碼 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="504"/>
        <source>File not found: %1</source>
        <translation>找不到檔案：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="505"/>
        <source>You have no permission to read %1.</source>
        <translation>您沒有讀取 %1 的許可權。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="506"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="507"/>
        <source>%1 is not a regular file (a device or a pipe, for example).</source>
        <translation>%1 不是一般檔案（例如裝置或管線）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="508"/>
        <source>%1 is too large for the reader.</source>
        <translation>%1 太大，閱讀器無法開啟。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="509"/>
        <source>Could not read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="512"/>
        <source>Something went wrong inside the reader. The details are in its log: %1</source>
        <translation>閱讀器內部出錯。詳情見記錄檔：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="515"/>
        <source>the file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="526"/>
        <source>Cannot open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528"/>
        <source>Conversion failed</source>
        <translation>轉換失敗</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="546"/>
        <source>page %1/%2</source>
        <translation>第 %1/%2 頁</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557"/>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="559"/>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="561"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="562"/>
        <source>~%1 min</source>
        <translation>約 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="563"/>
        <source>%1 figures</source>
        <translation>%1 個數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="687"/>
        <source>Matches: %1</source>
        <translation>匹配：%1 處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="695"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="712"/>
        <source>Article font</source>
        <translation>文章字型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="779"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
</context>
<context>
    <name>SectionSidebar</name>
    <message>
        <location filename="../../reader/ui/section_sidebar.py" line="24"/>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../reader/ui/section_sidebar.py" line="42"/>
        <location filename="../../reader/ui/section_sidebar.py" line="44"/>
        <source>Lede</source>
        <translation>導語</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="47"/>
        <source>Chart of key statistics</source>
        <translation>關鍵資料圖表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="87"/>
        <source>Nothing to chart</source>
        <translation>沒有可繪製的資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="97"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="123"/>
        <source>Largest counts (%1)</source>
        <translation>最大數量（%1）</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="152"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="153"/>
        <source>Key statistics</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="163"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="165"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Counts</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="212"/>
        <source>Money</source>
        <translation>金額</translation>
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
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="214"/>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="259"/>
        <source>Export statistics</source>
        <translation>匯出資料</translation>
    </message>
</context>
</TS>
