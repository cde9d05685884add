<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationsController</name>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="246"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="142"/>
        <source>&amp;Bookmark Here</source>
        <translation>在此添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="144"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="146"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>为所选添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="148"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="149"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="150"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="151"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="163"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="164"/>
        <source>&amp;Import Annotations…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="166"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="174"/>
        <source>Highlight in &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="187"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="189"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="259"/>
        <source>%1 annotations were not found in this text: see the Annotations panel</source>
        <translation>有 %1 条批注在此文本中找不到：见“批注”面板</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="312"/>
        <source>Lede</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="314"/>
        <source>Not found in this text</source>
        <translation>在此文本中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="446"/>
        <source>Marked: doubt</source>
        <translation>已标记：存疑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="446"/>
        <source>Marked: checked</source>
        <translation>已标记：已核实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="447"/>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="496"/>
        <source>The annotation could not be saved; it is kept for this session.</source>
        <translation>无法保存这条批注；本次会话中仍保留。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="512"/>
        <source>No paragraph to bookmark here.</source>
        <translation>这里没有可加书签的段落。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="522"/>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="529"/>
        <location filename="../../reader/ui/annotations_controller.py" line="540"/>
        <location filename="../../reader/ui/annotations_controller.py" line="550"/>
        <source>Select some text in the article first.</source>
        <translation>请先在文章中选择文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="533"/>
        <location filename="../../reader/ui/annotations_controller.py" line="701"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="544"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="553"/>
        <location filename="../../reader/ui/annotations_controller.py" line="626"/>
        <location filename="../../reader/ui/annotations_controller.py" line="702"/>
        <location filename="../../reader/ui/annotations_controller.py" line="714"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="553"/>
        <source>Note on the selection:</source>
        <translation>对所选内容的笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="608"/>
        <location filename="../../reader/ui/annotations_controller.py" line="612"/>
        <source>Mark figure</source>
        <translation>标记数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="619"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="626"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="634"/>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="642"/>
        <source>This annotation&apos;s words are not in the current text.</source>
        <translation>这条批注的文字不在当前文本中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="676"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="689"/>
        <source>&amp;Figure</source>
        <translation>数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="694"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="700"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="703"/>
        <source>Figure Mark</source>
        <translation>数字标记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="714"/>
        <source>Note on the figure:</source>
        <translation>对该数字的笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="721"/>
        <source>Mark as &amp;Doubtful</source>
        <translation>标记为存疑(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="722"/>
        <source>Mark as &amp;Checked</source>
        <translation>标记为已核实(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="723"/>
        <source>&amp;Note on Figure…</source>
        <translation>为数字添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="726"/>
        <source>&amp;Remove Figure Mark</source>
        <translation>移除数字标记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="774"/>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="780"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="804"/>
        <location filename="../../reader/ui/annotations_controller.py" line="811"/>
        <source>Import annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="817"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_controller.py" line="819"/>
        <source>Imported %1 annotations</source>
        <translation>已导入 %1 条批注</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="156"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="164"/>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="165"/>
        <source>Edit the note of the selected annotation</source>
        <translation>编辑所选批注的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="167"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="169"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="171"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="205"/>
        <source>Bookmark: %1</source>
        <translation>书签：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="207"/>
        <source>Doubt: %1</source>
        <translation>存疑：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="207"/>
        <source>Checked: %1</source>
        <translation>已核实：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="227"/>
        <source>Found again after the text changed.</source>
        <translation>文本改动后已重新找到。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="229"/>
        <source>Not found in the current text: kept until you delete it.</source>
        <translation>在当前文本中找不到：保留到你删除为止。</translation>
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
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="229"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="229"/>
        <source>time</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="230"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="230"/>
        <source>money</source>
        <translation>金额</translation>
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
        <translation>序数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="231"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_view.py" line="235"/>
        <source>%1, approximate</source>
        <translation>%1，约数</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../reader/ui/legend.py" line="18"/>
        <source>Highlight colours</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="19"/>
        <source>What the highlight colours in the article mean</source>
        <translation>文章中各种高亮颜色的含义</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Times</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="37"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="38"/>
        <source>Money</source>
        <translation>金额</translation>
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
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="39"/>
        <source>Ranks</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../reader/ui/legend.py" line="39"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="91"/>
        <source>Find (either script)…</source>
        <translation>查找（简繁皆可）…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="92"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="96"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="98"/>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="100"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../reader/ui/finder.py" line="48"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="50"/>
        <source>%1 matches</source>
        <translation>%1 处匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="53"/>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="58"/>
        <source>from the top again</source>
        <translation>已从开头继续</translation>
    </message>
    <message>
        <location filename="../../reader/ui/finder.py" line="60"/>
        <source>from the end again</source>
        <translation>已从末尾继续</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../reader/ui/learning.py" line="44"/>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="45"/>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="46"/>
        <source>Pinyin with Tone &amp;Numbers</source>
        <translation>数字声调拼音(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="47"/>
        <source>&amp;Jyutping (Cantonese)</source>
        <translation>粤拼（粤语）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="50"/>
        <source>&amp;Readings Above the Characters</source>
        <translation>字上注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="73"/>
        <source>&amp;Dictionary at the Mouse Pointer</source>
        <translation>鼠标处词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="78"/>
        <source>&amp;Look Up the Word at the Cursor</source>
        <translation>查光标处的词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="88"/>
        <source>Side by &amp;Side…</source>
        <translation>左右对照(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="100"/>
        <source>&amp;Read Aloud / Pause</source>
        <translation>朗读／暂停(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="105"/>
        <source>S&amp;top Reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="108"/>
        <source>Read &amp;Faster</source>
        <translation>读快些(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="113"/>
        <source>Read S&amp;lower</source>
        <translation>读慢些(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="118"/>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="147"/>
        <source>Reading speed: %1</source>
        <translation>朗读速度：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/learning.py" line="155"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/docks.py" line="36"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="37"/>
        <source>Key statistics</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="38"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="170"/>
        <source>Character set</source>
        <translation>字符集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="172"/>
        <source>Character set (Ctrl+Shift+V for the next one)</source>
        <translation>字符集（Ctrl+Shift+V 切换到下一个）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="182"/>
        <source>Stop converting; the text on screen stays</source>
        <translation>停止转换；屏幕上的文字保持不变</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>⚠ Preferences are not saved</source>
        <translation>⚠ 偏好设置未保存</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="190"/>
        <source>The settings file %1 cannot be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="257"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="259"/>
        <source>Reload &amp;Automatically When the File Changes</source>
        <translation>文件更改时自动重新载入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="262"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="263"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="265"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="267"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="270"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="272"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="273"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="275"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="277"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="279"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="282"/>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="285"/>
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="288"/>
        <source>Next &amp;Character Set</source>
        <translation>下一个字符集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290"/>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="298"/>
        <source>Full-width &amp;Punctuation</source>
        <translation>全角标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Show ASCII commas and colons in Chinese text as ，and ：(display only)</source>
        <translation>把中文里的半角逗号、冒号显示为 ，和 ：（仅影响显示）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="310"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="311"/>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="322"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="327"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="334"/>
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="341"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="344"/>
        <location filename="../../reader/ui/main_window.py" line="357"/>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="345"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="346"/>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="347"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="354"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="364"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="368"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="372"/>
        <source>Characters:</source>
        <translation>字符：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="430"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="443"/>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="291"/>
        <source>Paste as &amp;New Article</source>
        <translation>粘贴为新文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="571"/>
        <source>The file is protected by a password: save it without one to read it here.</source>
        <translation>文件受密码保护：请先另存为无密码的文件再在此阅读。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="572"/>
        <source>The file is damaged and could not be read.</source>
        <translation>文件已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="573"/>
        <source>This PDF has no text layer (a scanned document?): the reader reads text.</source>
        <translation>此 PDF 没有文字层（可能是扫描件）：阅读器只能读取文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="575"/>
        <source>The reader does not open this kind of file (save it as .docx, PDF or text).</source>
        <translation>阅读器无法打开这类文件（请另存为 .docx、PDF 或文本）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="13"/>
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="14"/>
        <source>Web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="15"/>
        <source>Web archives</source>
        <translation>网页存档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="16"/>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="17"/>
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="19"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/formats.py" line="20"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="476"/>
        <source>%1 changed on disk: press F5 to reload</source>
        <translation>%1 已在磁盘上更改：按 F5 重新载入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="484"/>
        <source>%1 was deleted or moved: the text shown is the last version read</source>
        <translation>%1 已被删除或移动：显示的是最后读取的版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="495"/>
        <source>Showing the beginning while the rest is analysed…</source>
        <translation>正在分析其余部分，先显示开头…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="524"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 已在磁盘上更改，已重新载入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="526"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="530"/>
        <source>%1 does not read well as %2: try Reopen with Encoding ▸ Automatic</source>
        <translation>%1 用 %2 读出来不像正常文字：请试“以编码重新打开 ▸ 自动”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557"/>
        <source>The file is empty: there is no text to show.</source>
        <translation>文件是空的，没有可显示的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="558"/>
        <source>This is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="560"/>
        <source>The text could not be decoded as UTF-8, GB18030 or Big5. Try File ▸ Reopen with Encoding.</source>
        <translation>无法按 UTF-8、GB18030 或 Big5 解码文本。请试试“文件 ▸ 以其他编码重新打开”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="562"/>
        <source>The file does not look like Chinese text in any supported encoding.</source>
        <translation>该文件在任何支持的编码下都不像中文文本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="563"/>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>文件以 %1 字节顺序标记开头，但不是有效的 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="564"/>
        <source>Unknown encoding %1.</source>
        <translation>未知编码 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="565"/>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="566"/>
        <source>You have no permission to read %1.</source>
        <translation>您没有读取 %1 的权限。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="567"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="568"/>
        <source>%1 is not a regular file (a device or a pipe, for example).</source>
        <translation>%1 不是普通文件（例如设备或管道）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="569"/>
        <source>%1 is too large for the reader.</source>
        <translation>%1 太大，阅读器无法打开。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="570"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="579"/>
        <source>Something went wrong inside the reader. The details are in its log: %1</source>
        <translation>阅读器内部出错。详情见日志：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="582"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="593"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="595"/>
        <source>Conversion failed</source>
        <translation>转换失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="617"/>
        <source>page %1/%2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="628"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="628"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="630"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="631"/>
        <source>~%1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="633"/>
        <source>first %1 figures (the most one text gets)</source>
        <translation>前 %1 个数字（单篇上限）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="635"/>
        <source>%1 figures</source>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="719"/>
        <source>Conversion cancelled</source>
        <translation>已取消转换</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="813"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="838"/>
        <source>Article font</source>
        <translation>文章字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="918"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="933"/>
        <source>the file could not be written</source>
        <translation>文件无法写入</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../reader/ui/navigation.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="49"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="52"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="55"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="60"/>
        <source>&amp;Beginning of the Article</source>
        <translation>文章开头(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="63"/>
        <source>&amp;End of the Article</source>
        <translation>文章末尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="66"/>
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="69"/>
        <source>Previous Pa&amp;ne</source>
        <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="74"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="77"/>
        <source>&amp;About reader</source>
        <translation>关于 reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="95"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="177"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="182"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="183"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="211"/>
        <source>A reader for Chinese articles: structure, figures and key statistics, in Simplified or Traditional.</source>
        <translation>中文文章阅读器：结构、数字与关键统计，简体或繁体皆可。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="215"/>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="223"/>
        <source>About reader</source>
        <translation>关于 reader</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader/ui/printing.py" line="43"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/printing.py" line="47"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="34"/>
        <source>Qt&apos;s text-to-speech module cannot be loaded (%1).</source>
        <translation>无法加载 Qt 的语音合成模块（%1）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="38"/>
        <source>No text-to-speech engine is installed (on Linux: speech-dispatcher or flite).</source>
        <translation>没有安装语音合成引擎（Linux 上为 speech-dispatcher 或 flite）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="43"/>
        <source>The text-to-speech engine failed to start: %1</source>
        <translation>语音合成引擎无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="48"/>
        <source>The text-to-speech engine has no Chinese voice. Install one (for example a Mandarin voice for speech-dispatcher) and try again.</source>
        <translation>语音合成引擎没有中文语音。请安装一个（例如 speech-dispatcher 的普通话语音）后再试。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/read_aloud.py" line="211"/>
        <source>The speech engine stopped with an error: %1</source>
        <translation>语音引擎出错停止：%1</translation>
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
    <name>SideBySide</name>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="49"/>
        <source>Side by Side — reader</source>
        <translation>左右对照 — reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="64"/>
        <source>Character set of the left pane</source>
        <translation>左栏字符集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="66"/>
        <source>Character set of the right pane</source>
        <translation>右栏字符集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="73"/>
        <location filename="../../reader/ui/side_by_side.py" line="74"/>
        <source>Find in both panes</source>
        <translation>在两栏中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="114"/>
        <source>Converting…</source>
        <translation>正在转换…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="136"/>
        <source>aligned paragraph by paragraph</source>
        <translation>逐段对齐</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="159"/>
        <source>Conversion failed: %1</source>
        <translation>转换失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/side_by_side.py" line="179"/>
        <source>%1 on the left, %2 on the right</source>
        <translation>左栏 %1，右栏 %2</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="72"/>
        <source>Chart of key statistics</source>
        <translation>关键数据图表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="132"/>
        <source>Nothing to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="142"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="168"/>
        <source>Largest counts (%1)</source>
        <translation>最大数量（%1）</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="196"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="197"/>
        <source>Key statistics</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="209"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="211"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="262"/>
        <source>Money</source>
        <translation>金额</translation>
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
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Records</source>
        <translation>纪录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="264"/>
        <source>Times</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/stats_panel.py" line="320"/>
        <source>Export statistics</source>
        <translation>导出数据</translation>
    </message>
</context>
</TS>
