<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnnotationsController</name>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="246"/>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="142"/>
        <source>&amp;Bookmark Here</source>
        <translation>在此加入書籤(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="144"/>
        <source>&amp;Highlight Selection</source>
        <translation>醒目標示所選(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="146"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>為所選加上筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="148"/>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="149"/>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="150"/>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="151"/>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="163"/>
        <source>&amp;Export Annotations…</source>
        <translation>匯出註記(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="164"/>
        <source>&amp;Import Annotations…</source>
        <translation>匯入註記(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="166"/>
        <source>&amp;Notes</source>
        <translation>筆記(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="174"/>
        <source>Highlight in &amp;Colour</source>
        <translation>標示顏色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="187"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="189"/>
        <source>Redo</source>
        <translation>取消復原</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="259"/>
        <source>%1 annotations were not found in this text: see the Annotations panel</source>
        <translation>有 %1 則註記在此文本中找不到：請見「註記」面板</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="312"/>
        <source>Lede</source>
        <translation>導言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="314"/>
        <source>Not found in this text</source>
        <translation>在此文本中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="446"/>
        <source>Marked: doubt</source>
        <translation>已標記：存疑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="446"/>
        <source>Marked: checked</source>
        <translation>已標記：已查核</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="447"/>
        <source>Marked</source>
        <translation>已標記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="496"/>
        <source>The annotation could not be saved; it is kept for this session.</source>
        <translation>無法儲存這則註記；本次工作階段中仍保留。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="512"/>
        <source>No paragraph to bookmark here.</source>
        <translation>這裡沒有可加書籤的段落。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="522"/>
        <source>Add bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="529"/>
        <location filename="../../reader/ui/annotations_controller.py" line="540"/>
        <location filename="../../reader/ui/annotations_controller.py" line="550"/>
        <source>Select some text in the article first.</source>
        <translation>請先在文章中選取文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="533"/>
        <location filename="../../reader/ui/annotations_controller.py" line="701"/>
        <source>Highlight</source>
        <translation>醒目標示</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="544"/>
        <source>Add note</source>
        <translation>加上筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="553"/>
        <location filename="../../reader/ui/annotations_controller.py" line="626"/>
        <location filename="../../reader/ui/annotations_controller.py" line="702"/>
        <location filename="../../reader/ui/annotations_controller.py" line="714"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="553"/>
        <source>Note on the selection:</source>
        <translation>對所選內容的筆記：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="608"/>
        <location filename="../../reader/ui/annotations_controller.py" line="612"/>
        <source>Mark figure</source>
        <translation>標記數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="619"/>
        <source>Edit note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="626"/>
        <source>Note:</source>
        <translation>筆記：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="634"/>
        <source>Delete annotation</source>
        <translation>刪除註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="642"/>
        <source>This annotation&apos;s words are not in the current text.</source>
        <translation>這則註記的文字不在目前的文本中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="676"/>
        <source>&amp;Highlight</source>
        <translation>醒目標示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="689"/>
        <source>&amp;Figure</source>
        <translation>數字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="694"/>
        <source>Delete %1</source>
        <translation>刪除%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="700"/>
        <source>Bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="703"/>
        <source>Figure Mark</source>
        <translation>數字標記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="714"/>
        <source>Note on the figure:</source>
        <translation>對該數字的筆記：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="721"/>
        <source>Mark as &amp;Doubtful</source>
        <translation>標記為存疑(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="722"/>
        <source>Mark as &amp;Checked</source>
        <translation>標記為已查核(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="723"/>
        <source>&amp;Note on Figure…</source>
        <translation>為數字加上筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="726"/>
        <source>&amp;Remove Figure Mark</source>
        <translation>移除數字標記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="774"/>
        <source>Export annotations</source>
        <translation>匯出註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="780"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="804"/>
        <location filename="../../reader/ui/annotations_controller.py" line="811"/>
        <source>Import annotations</source>
        <translation>匯入註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="817"/>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="819"/>
        <source>Imported %1 annotations</source>
        <translation>已匯入 %1 則註記</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="156"/>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="164"/>
        <source>Note…</source>
        <translation>筆記…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="165"/>
        <source>Edit the note of the selected annotation</source>
        <translation>編輯所選註記的筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="167"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="169"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="171"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="205"/>
        <source>Bookmark: %1</source>
        <translation>書籤：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="207"/>
        <source>Doubt: %1</source>
        <translation>存疑：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="207"/>
        <source>Checked: %1</source>
        <translation>已查核：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="227"/>
        <source>Found again after the text changed.</source>
        <translation>文本變動後已重新找到。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="229"/>
        <source>Not found in the current text: kept until you delete it.</source>
        <translation>在目前的文本中找不到：保留到您刪除為止。</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article_view.py" line="54"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="229"/>
        <source>count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="229"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="229"/>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="230"/>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="230"/>
        <source>money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="230"/>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="231"/>
        <source>ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="231"/>
        <source>ordinal</source>
        <translation>序數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="231"/>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="235"/>
        <source>%1, approximate</source>
        <translation>%1，約數</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../reader/ui/legend.py" line="18"/>
        <source>Highlight colours</source>
        <translation>標示顏色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="19"/>
        <source>What the highlight colours in the article mean</source>
        <translation>文章中各種標示顏色的含義</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Counts</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="38"/>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="38"/>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="38"/>
        <source>Ratios</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="39"/>
        <source>Durations</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="39"/>
        <source>Ranks</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="39"/>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="91"/>
        <source>Find (either script)…</source>
        <translation>查詢（簡繁皆可）…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="92"/>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="96"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一處（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="98"/>
        <source>Next match (F3)</source>
        <translation>下一處（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="100"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../reader/ui/finder.py" line="48"/>
        <source>No matches</source>
        <translation>無相符項目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="50"/>
        <source>%1 matches</source>
        <translation>%1 個相符</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="53"/>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="58"/>
        <source>from the top again</source>
        <translation>已從開頭繼續</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="60"/>
        <source>from the end again</source>
        <translation>已從結尾繼續</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../reader/ui/learning.py" line="44"/>
        <source>&amp;None</source>
        <translation>無(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="45"/>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="46"/>
        <source>Pinyin with Tone &amp;Numbers</source>
        <translation>數字聲調拼音(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="47"/>
        <source>&amp;Jyutping (Cantonese)</source>
        <translation>粵拼（粵語）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="50"/>
        <source>&amp;Readings Above the Characters</source>
        <translation>字上注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="73"/>
        <source>&amp;Dictionary at the Mouse Pointer</source>
        <translation>滑鼠處詞典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="78"/>
        <source>&amp;Look Up the Word at the Cursor</source>
        <translation>查游標處的詞(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="88"/>
        <source>Side by &amp;Side…</source>
        <translation>左右對照(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="100"/>
        <source>&amp;Read Aloud / Pause</source>
        <translation>朗讀／暫停(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="105"/>
        <source>S&amp;top Reading</source>
        <translation>停止朗讀(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="108"/>
        <source>Read &amp;Faster</source>
        <translation>讀快些(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="113"/>
        <source>Read S&amp;lower</source>
        <translation>讀慢些(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="118"/>
        <source>Read &amp;Aloud</source>
        <translation>朗讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="147"/>
        <source>Reading speed: %1</source>
        <translation>朗讀速度：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="155"/>
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/docks.py" line="36"/>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="37"/>
        <source>Key statistics</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="38"/>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="170"/>
        <source>Character set</source>
        <translation>字元集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="172"/>
        <source>Character set (Ctrl+Shift+V for the next one)</source>
        <translation>字元集（Ctrl+Shift+V 切換到下一個）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176"/>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="182"/>
        <source>Stop converting; the text on screen stays</source>
        <translation>停止轉換；畫面上的文字保持不變</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>⚠ Preferences are not saved</source>
        <translation>⚠ 偏好設定未儲存</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="190"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>無法寫入設定檔 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="257"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="259"/>
        <source>Reload &amp;Automatically When the File Changes</source>
        <translation>檔案更改時自動重新載入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="262"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="263"/>
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="265"/>
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="267"/>
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="270"/>
        <source>Find &amp;Previous</source>
        <translation>查詢上一個(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="273"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="275"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="277"/>
        <source>&amp;Font…</source>
        <translation>字型(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="282"/>
        <source>&amp;Next Section</source>
        <translation>下一節(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="285"/>
        <source>&amp;Previous Section</source>
        <translation>上一節(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="288"/>
        <source>Next &amp;Character Set</source>
        <translation>下一個字元集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290"/>
        <source>Close Find Bar</source>
        <translation>關閉查詢欄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="298"/>
        <source>Full-width &amp;Punctuation</source>
        <translation>全形標點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Show ASCII commas and colons in Chinese text as ，and ：(display only)</source>
        <translation>把中文裡的半形逗號、冒號顯示為 ，和 ：（僅影響顯示）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="310"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="311"/>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="322"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="327"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="341"/>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="344"/>
        <location filename="../../reader/ui/main_window.py" line="357"/>
        <source>Follow System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="345"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="346"/>
        <source>Sepia</source>
        <translation>護眼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="347"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="354"/>
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="364"/>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="368"/>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="372"/>
        <source>Characters:</source>
        <translation>字元：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="430"/>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="443"/>
        <source>Open article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="291"/>
        <source>Paste as &amp;New Article</source>
        <translation>貼上為新文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="571"/>
        <source>The file is protected by a password: save it without one to read it here.</source>
        <translation>檔案受密碼保護：請先另存為無密碼的檔案再在此閱讀。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="572"/>
        <source>The file is damaged and could not be read.</source>
        <translation>檔案已損壞，無法讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="573"/>
        <source>This PDF has no text layer (a scanned document?): the reader reads text.</source>
        <translation>此 PDF 沒有文字層（可能是掃描檔）：閱讀器只能讀取文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="575"/>
        <source>The reader does not open this kind of file (save it as .docx, PDF or text).</source>
        <translation>閱讀器無法開啟這類檔案（請另存為 .docx、PDF 或純文字）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="13"/>
        <source>Text files</source>
        <translation>純文字檔</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="14"/>
        <source>Web pages</source>
        <translation>網頁</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="15"/>
        <source>Web archives</source>
        <translation>網頁封存檔</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="16"/>
        <source>PDF documents</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="17"/>
        <source>Word documents</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="19"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="20"/>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="476"/>
        <source>%1 changed on disk: press F5 to reload</source>
        <translation>%1 已在磁碟上更改：按 F5 重新載入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="484"/>
        <source>%1 was deleted or moved: the text shown is the last version read</source>
        <translation>%1 已被刪除或移動：顯示的是最後讀取的版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="495"/>
        <source>Showing the beginning while the rest is analysed…</source>
        <translation>正在分析其餘部分，先顯示開頭…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="524"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 已在磁碟上更改，已重新載入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="526"/>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="530"/>
        <source>%1 does not read well as %2: try Reopen with Encoding ▸ Automatic</source>
        <translation>%1 以 %2 讀出來不像正常文字：請試「以編碼重新開啟 ▸ 自動」</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557"/>
        <source>The file is empty: there is no text to show.</source>
        <translation>檔案是空的，沒有可顯示的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="558"/>
        <source>This is not a text file.</source>
        <translation>這不是文本檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="560"/>
        <source>The text could not be decoded as UTF-8, GB18030 or Big5. Try File ▸ Reopen with Encoding.</source>
        <translation>無法按 UTF-8、GB18030 或 Big5 解碼文本。請試試“檔案 ▸ 以其他編碼重新開啟”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="562"/>
        <source>The file does not look like Chinese text in any supported encoding.</source>
        <translation>該檔案在任何支援的編碼下都不像中文文本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="563"/>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>檔案以 %1 位元組順序標記開頭，但不是有效的 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="564"/>
        <source>Unknown encoding %1.</source>
        <translation>未知編碼 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="565"/>
        <source>File not found: %1</source>
        <translation>找不到檔案：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="566"/>
        <source>You have no permission to read %1.</source>
        <translation>您沒有讀取 %1 的許可權。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="567"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="568"/>
        <source>%1 is not a regular file (a device or a pipe, for example).</source>
        <translation>%1 不是一般檔案（例如裝置或管線）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="569"/>
        <source>%1 is too large for the reader.</source>
        <translation>%1 太大，閱讀器無法開啟。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="570"/>
        <source>Could not read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="579"/>
        <source>Something went wrong inside the reader. The details are in its log: %1</source>
        <translation>閱讀器內部出錯。詳情見記錄檔：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="582"/>
        <source>the file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="593"/>
        <source>Cannot open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="595"/>
        <source>Conversion failed</source>
        <translation>轉換失敗</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="617"/>
        <source>page %1/%2</source>
        <translation>第 %1/%2 頁</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="628"/>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="628"/>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="630"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="631"/>
        <source>~%1 min</source>
        <translation>約 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="633"/>
        <source>first %1 figures (the most one text gets)</source>
        <translation>前 %1 個數字（單篇上限）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="635"/>
        <source>%1 figures</source>
        <translation>%1 個數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="719"/>
        <source>Conversion cancelled</source>
        <translation>已取消轉換</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="813"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="838"/>
        <source>Article font</source>
        <translation>文章字型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="918"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="933"/>
        <source>the file could not be written</source>
        <translation>檔案無法寫入</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../reader/ui/navigation.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="49"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="52"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="55"/>
        <source>&amp;Forward</source>
        <translation>下一步(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="60"/>
        <source>&amp;Beginning of the Article</source>
        <translation>文章開頭(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="63"/>
        <source>&amp;End of the Article</source>
        <translation>文章末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="66"/>
        <source>Next &amp;Pane</source>
        <translation>下一個窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="69"/>
        <source>Previous Pa&amp;ne</source>
        <translation>上一個窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="74"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="77"/>
        <source>&amp;About reader</source>
        <translation>關於 reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="95"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="177"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="182"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="183"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="211"/>
        <source>A reader for Chinese articles: structure, figures and key statistics, in Simplified or Traditional.</source>
        <translation>中文文章閱讀器：結構、數字與關鍵資料，簡體或繁體皆可。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="215"/>
        <source>Log: %1</source>
        <translation>日誌：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="223"/>
        <source>About reader</source>
        <translation>關於 reader</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader/ui/printing.py" line="43"/>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/printing.py" line="47"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="34"/>
        <source>Qt&apos;s text-to-speech module cannot be loaded (%1).</source>
        <translation>無法載入 Qt 的語音合成模組（%1）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="38"/>
        <source>No text-to-speech engine is installed (on Linux: speech-dispatcher or flite).</source>
        <translation>沒有安裝語音合成引擎（Linux 上為 speech-dispatcher 或 flite）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="43"/>
        <source>The text-to-speech engine failed to start: %1</source>
        <translation>語音合成引擎無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="48"/>
        <source>The text-to-speech engine has no Chinese voice. Install one (for example a Mandarin voice for speech-dispatcher) and try again.</source>
        <translation>語音合成引擎沒有中文語音。請安裝一個（例如 speech-dispatcher 的國語語音）後再試。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="211"/>
        <source>The speech engine stopped with an error: %1</source>
        <translation>語音引擎出錯停止：%1</translation>
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
    <name>SideBySide</name>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="49"/>
        <source>Side by Side — reader</source>
        <translation>左右對照 — reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="64"/>
        <source>Character set of the left pane</source>
        <translation>左欄字元集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="66"/>
        <source>Character set of the right pane</source>
        <translation>右欄字元集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="73"/>
        <location filename="../../reader/ui/side_by_side.py" line="74"/>
        <source>Find in both panes</source>
        <translation>在兩欄中尋找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="114"/>
        <source>Converting…</source>
        <translation>正在轉換…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="136"/>
        <source>aligned paragraph by paragraph</source>
        <translation>逐段對齊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="159"/>
        <source>Conversion failed: %1</source>
        <translation>轉換失敗：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="179"/>
        <source>%1 on the left, %2 on the right</source>
        <translation>左欄 %1，右欄 %2</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="72"/>
        <source>Chart of key statistics</source>
        <translation>關鍵資料圖表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="132"/>
        <source>Nothing to chart</source>
        <translation>沒有可繪製的資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="142"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="168"/>
        <source>Largest counts (%1)</source>
        <translation>最大數量（%1）</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="197"/>
        <source>Key statistics</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="209"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="211"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Counts</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="263"/>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="263"/>
        <source>Ratios</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="263"/>
        <source>Durations</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="320"/>
        <source>Export statistics</source>
        <translation>匯出資料</translation>
    </message>
</context>
</TS>
