"""Long conversions report how far they are and stop when cancelled (reader.progress, convert_analysis)."""

from __future__ import annotations

import pytest

from reader.analysis import analyse_text
from reader.convert import convert_analysis
from reader.paths import SEED_ARTICLE, resource_path
from reader.progress import Cancelled, JobProgress, steps


def long_analysis():
    paragraphs = [p for p in resource_path(SEED_ARTICLE).read_text(encoding="utf-8").split("\n") if p.strip()]
    return analyse_text("\n\n".join(paragraphs * 30))


def test_a_conversion_reports_rising_fractions_up_to_the_end() -> None:
    seen: list[float] = []
    analysis = long_analysis()
    converted = convert_analysis(analysis, "s2t", report=seen.append)
    assert seen == sorted(seen) and len(seen) >= 3 and seen[-1] > 0.9
    assert converted == convert_analysis(analysis, "s2t")  # reporting changes nothing


def test_a_cancelled_conversion_stops_at_its_next_report() -> None:
    progress = JobProgress()
    reports: list[float] = []

    def report(fraction: float) -> None:
        reports.append(fraction)
        if len(reports) == 2:
            progress.cancel()
        progress.report(fraction)

    with pytest.raises(Cancelled):
        convert_analysis(long_analysis(), "s2twp", report=report)
    assert len(reports) == 2  # the report that saw the cancel raised: nothing more was converted


def test_steps_report_every_nth_item_and_nothing_without_a_callback() -> None:
    seen: list[float] = []
    step = steps(1000, seen.append, every=250)
    for done in range(1, 1001):
        step(done)
    assert seen == [0.25, 0.5, 0.75, 1.0]
    steps(10, None)(5)  # no callback: nothing happens
