import os
import subprocess
import sys

from reader.analysis import analyse_file
from reader.cache import MAX_ENTRIES, AnalysisCache
from reader.paths import SEED_ARTICLE, resource_path


def test_round_trip_and_invalidation(tmp_path) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text("标题文字\n\n共有15名记者参加，用时3天。", encoding="utf-8")
    assert cache.load(article) is None
    analysis = analyse_file(article)
    cache.store(article, None, analysis)
    assert cache.has(article)
    assert cache.load(article) == analysis
    assert cache.load(article, "gb18030") is None  # another forced encoding is another entry
    article.write_text("标题文字\n\n共有16名记者参加。", encoding="utf-8")
    os.utime(article, ns=(1, 1))
    assert cache.load(article) is None  # the file changed


def test_damaged_entries_are_misses_and_old_ones_pruned(tmp_path) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    seed = resource_path(SEED_ARTICLE)
    cache.store(seed, None, analyse_file(seed))
    entry = next((tmp_path / "cache").glob("*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert cache.load(seed) is None and not entry.exists()
    analysis = analyse_file(seed)
    for i in range(MAX_ENTRIES + 5):
        copy = tmp_path / f"copy{i}.txt"
        copy.write_bytes(seed.read_bytes())
        cache.store(copy, None, analysis)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == MAX_ENTRIES


def test_loading_a_cached_analysis_needs_no_parser() -> None:
    code = (
        "import sys; from reader.cache import AnalysisCache; from reader.paths import resource_path;"
        "c = AnalysisCache(); p = resource_path('seed_article.txt');"
        "from reader.analysis import analyse_file; c.store(p, None, analyse_file(p));"
        "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith('reader')];"
        "from reader.cache import AnalysisCache as C; a = C().load(p);"
        "assert a is not None and a.article.title;"
        "assert 'reader.article.parse' not in sys.modules and 'reader.figures' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
