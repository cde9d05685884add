"""The key-statistics panel: groups, values and units as a reader reads them."""

from __future__ import annotations

from reader.analysis import analyse_text
from reader.ui.stats_panel import StatsPanel


def test_a_clock_time_shows_as_written_under_times(qtbot) -> None:
    """A time entered the panel (the hour it was reported): it reads 20时13分 under Times, not "20 时" under a raw
    kind name, in the list, its tooltip and a copied row."""
    text = "4月17日20时13分，瑞安消防接到求助报警，称有10名游客被困山中。直到18日0时40分，10名被困人员全部被找到。"
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.set_stats(analyse_text(text).stats)
    groups = {
        panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
    }
    assert "Times" in groups and "time" not in groups
    times = groups["Times"]
    rows = {times.child(i).text(1): times.child(i) for i in range(times.childCount())}
    assert "20时13分" in rows and rows["20时13分"].text(2) == ""
    assert "20时13分" in rows["20时13分"].toolTip(1) and "20 时" not in rows["20时13分"].toolTip(1)
    counts = groups["Counts"]
    assert (counts.child(0).text(1), counts.child(0).text(2)) == ("10", "名")
