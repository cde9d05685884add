"""The bundled seed article against its hand annotation (shared/seed/gold.json, copied beside this test)."""

import json
import subprocess
import sys

import pytest

from reader.analysis import analyse_file
from reader.paths import SEED_ARTICLE, resource_path
from tests.golden.seed_score import load_gold, score_figures, score_stats


@pytest.fixture(scope="module")
def analysis():
    return analyse_file(resource_path(SEED_ARTICLE))


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def test_headline_block_and_caption(analysis, gold) -> None:
    article, expected = analysis.article, gold["article"]
    assert article.title == expected["title"]
    assert article.deck == expected["deck"]
    assert article.byline == expected["byline"]
    assert list(article.captions) == expected["photo_captions"]


def test_lede_and_sections_exact(analysis, gold) -> None:
    sections = analysis.article.sections
    assert sections[0].number is None and sections[0].heading is None
    assert list(sections[0].paragraphs) == gold["article"]["lede"]
    assert len(sections) == 1 + len(gold["article"]["sections"])
    for got, want in zip(sections[1:], gold["article"]["sections"], strict=True):
        assert got.number == str(want["number"])
        assert got.heading == want["heading"]
        assert list(got.paragraphs) == want["paragraphs"]
    assert sum(len(s.paragraphs) for s in sections[1:]) == 31


def test_figures_f1_and_values(analysis, gold) -> None:
    score = score_figures(analysis, gold)
    assert score.f1 >= 0.98, (score.misses, score.extras)
    assert score.value_correct >= 0.95 * score.true_positive


def test_key_statistics(analysis, gold) -> None:
    found, total, missing = score_stats(analysis, gold)
    assert total == 22
    assert found >= 20, missing
    assert len(analysis.stats) <= 30


def test_look_alikes_not_highlighted(analysis, gold) -> None:
    texts = {p.figure.text for p in analysis.figures}
    for item in gold["excluded_candidates"]:
        for candidate in item["text"].split(" / "):
            assert candidate not in texts or candidate.isdigit(), item


def export(*args: str) -> subprocess.CompletedProcess:
    """Run ``reader --export json ARGS... SEED``."""
    command = [sys.executable, "-m", "reader", "--export", "json", *args, str(resource_path(SEED_ARTICLE))]
    return subprocess.run(command, capture_output=True, text=True)


def assert_offsets_point_at_figures(data: dict) -> None:
    for fig in data["figures"]:
        if fig["where"] == "body":
            paragraph = data["sections"][fig["section"]]["paragraphs"][fig["paragraph"]]
            assert paragraph[fig["start"] : fig["end"]] == fig["text"]


def test_export_json_command() -> None:
    out = export()
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert data["title"] == "赤峰有大爱 「双战」双胜利"
    assert data["script"] == "hans" and data["encoding"] == "utf-8"
    assert data["sections"][0]["number"] is None
    assert_offsets_point_at_figures(data)
    assert {"label", "text", "value", "low", "unit", "kind", "section", "paragraph"} <= set(data["stats"][0])
    first_date = next(f for f in data["figures"] if f["kind"] == "date")
    assert (first_date["text"], first_date["detail"]) == ("6月7日", "06-07")


def test_export_error_goes_to_stderr(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--export", "json", str(empty)], capture_output=True, text=True
    )
    assert out.returncode != 0
    assert "empty" in out.stderr and out.stdout == ""


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_article(tmp_path, analysis, encoding) -> None:
    text = resource_path(SEED_ARTICLE).read_text(encoding="utf-8")
    copy = tmp_path / f"seed-{encoding}.txt"
    copy.write_bytes(text.encode(encoding))
    other = analyse_file(copy)
    assert other.article.sections == analysis.article.sections
    assert other.article.title == analysis.article.title


def test_big5_copy_of_converted_seed(tmp_path) -> None:
    from reader.convert import convert

    traditional = convert(resource_path(SEED_ARTICLE).read_text(encoding="utf-8"), "s2t")
    copy = tmp_path / "seed-big5.txt"
    copy.write_bytes(traditional.encode("big5hkscs", errors="replace"))
    other = analyse_file(copy)
    assert other.article.encoding == "big5hkscs"
    assert other.article.script == "hant"
    assert len(other.article.sections) == 5


def test_export_json_in_a_variant() -> None:
    data = json.loads(export("--variant", "s2twp").stdout)
    assert data["title"] == "赤峰有大愛 「雙戰」雙勝利"
    assert data["sections"][1]["heading"] == "敏銳果敢的赤峰定力"
    assert_offsets_point_at_figures(data)
    assert any(s["text"] == "600多萬人次" for s in data["stats"])
    bad = export("--variant", "x2y")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
