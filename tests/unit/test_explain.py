"""``--export json --explain``: every figure names the rule that found it, every line its role and rule."""

import json
import os
import subprocess
import sys

from reader.article import explain_structure
from reader.figures import find_figures
from reader.paths import SEED_ARTICLE, resource_path

RULES = {
    "6月7日": "date",
    "10:30": "clock-time",
    "600多万人次": "quantity (digits)",
    "五轮": "quantity (numeral)",
    "三分之一": "fraction",
    "百分之五": "percent-words",
    "2019/20年度": "fiscal-year",
    "8到10摄氏度": "range (quantity (digits))",
}


def test_each_figure_names_its_rule() -> None:
    for text, rule in RULES.items():
        figures = find_figures(text)
        assert [(f.text, f.rule) for f in figures] == [(text, rule)]


def test_explain_in_the_export(tmp_path) -> None:
    env_cache = {"READER_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--export", "json", "--explain", str(resource_path(SEED_ARTICLE))],
        capture_output=True,
        check=True,
        env={**os.environ, **env_cache},
    ).stdout
    export = json.loads(out)
    assert export["figures"] and all(f["rule"] for f in export["figures"])
    roles = {line["role"] for line in export["structure"]}
    assert {"title", "deck", "byline", "heading", "body"} <= roles
    assert all(line["rule"] for line in export["structure"])


def test_explain_structure_names_the_headline_block() -> None:
    lines = explain_structure(resource_path(SEED_ARTICLE).read_text(encoding="utf-8"))
    title = next(line for line in lines if line["role"] == "title")
    assert title["text"].startswith("赤峰有大爱")
