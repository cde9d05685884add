"""The character-set variants a person can pick, with names they understand; no conversion code here, so the
window can list them without loading the converter."""

from __future__ import annotations

from dataclasses import dataclass

ORIGINAL = "none"


@dataclass(frozen=True, slots=True)
class Variant:
    """A conversion the user can pick: OpenCC config name, label for people, and the script it reads."""

    config: str
    label: str
    source: str  # "hans" or "hant": the script this conversion expects
    target: str


VARIANTS: tuple[Variant, ...] = (
    Variant(ORIGINAL, "原文", "any", "any"),
    Variant("s2t", "繁體", "hans", "hant"),
    Variant("s2tw", "臺灣正體", "hans", "hant"),
    Variant("s2twp", "臺灣正體＋慣用詞", "hans", "hant"),
    Variant("s2hk", "香港繁體", "hans", "hant"),
    Variant("s2hkp", "香港繁體＋慣用詞", "hans", "hant"),
    Variant("t2s", "简体", "hant", "hans"),
    Variant("tw2s", "简体（自臺灣正體）", "hant", "hans"),
    Variant("tw2sp", "简体＋大陆用词", "hant", "hans"),
    Variant("hk2s", "简体（自香港繁體）", "hant", "hans"),
    Variant("hk2sp", "简体＋大陆用词（自香港繁體）", "hant", "hans"),
    Variant("t2tw", "臺灣正體（自繁體）", "hant", "hant"),
    Variant("t2hk", "香港繁體（自繁體）", "hant", "hant"),
    Variant("tw2t", "繁體（自臺灣正體）", "hant", "hant"),
    Variant("hk2t", "繁體（自香港繁體）", "hant", "hant"),
)
VARIANT_BY_NAME = {v.config: v for v in VARIANTS}


class UnknownVariant(ValueError):
    """A variant name that is not one of VARIANTS."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown variant {name!r}; choose one of: {', '.join(VARIANT_BY_NAME)}")


def variants_for(script: str) -> list[Variant]:
    """Variants that make sense for a source in *script* first, then the rest (all stay selectable)."""
    first = [v for v in VARIANTS if v.source in (script, "any")]
    return first + [v for v in VARIANTS if v not in first]
