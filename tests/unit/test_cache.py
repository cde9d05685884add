"""The analysis cache: content-keyed JSON entries that can never run code, where every failure is a miss."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.analysis import analyse_file, open_analysis
from reader.cache import MAX_ENTRIES, STALE_TEMP_SECONDS, AnalysisCache, content_digest
from reader.cachefile import dump_lines
from reader.paths import SEED_ARTICLE, resource_path

TEXT = "标题文字\n\n共有15名记者参加，用时3天。"


def _entry(cache: AnalysisCache, path: Path, encoding: str | None = None) -> Path:
    return cache._entry(cache.key(content_digest(path.read_bytes()), encoding))


def test_round_trip_and_invalidation(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert cache.load(article) is None
    analysis = analyse_file(article)
    cache.store(article, None, analysis)
    assert cache.has(article)
    assert cache.load(article) == analysis
    assert cache.load(article, "gb18030") is None  # another forced encoding is another entry
    article.write_text("标题文字\n\n共有16名记者参加。", encoding="utf-8")
    assert cache.load(article) is None  # the file changed


def test_a_same_size_edit_with_the_old_mtime_shows_the_new_numbers(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    before = os.stat(article)
    cache.store(article, None, analyse_file(article))
    article.write_text(TEXT.replace("15", "51"), encoding="utf-8")  # same size
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(article).st_size == before.st_size
    assert cache.load(article) is None
    analysis, _, fresh = open_analysis(article, None, cache)
    assert fresh and analysis.figures[0].figure.value == 51


def test_a_planted_pickle_never_runs(tmp_path: Path) -> None:
    """An entry used to be unpickled: a file planted at the entry's name ran code when the article was opened."""
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    entry = _entry(cache, article)
    entry.parent.mkdir(parents=True)
    for name in (entry, entry.with_suffix(".pickle")):
        name.write_bytes(pickle.dumps(("key", Payload())))
    assert cache.load(article) is None
    analysis, _, fresh = open_analysis(article, None, cache)
    assert fresh and analysis.figures and not marker.exists()


def _rewrite(entry: Path, edit, fix_checksum: bool) -> None:
    """Apply *edit* to the decoded lines of *entry* (a hand edit), optionally recomputing the checksum."""
    import hashlib

    lines = entry.read_bytes().split(b"\n")[:-2]
    records = [json.loads(line) for line in lines]
    edit(records)
    body = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
    check = hashlib.blake2b(body, digest_size=16).hexdigest() if fix_checksum else "0" * 32
    entry.write_bytes(body + json.dumps({"check": check}).encode() + b"\n")


def _set_value(records, value) -> None:
    records[3][0][4] = value  # the first figure's value (header, article, one section, then figures)


@pytest.mark.parametrize(
    ("edit", "fix_checksum"),
    [
        (lambda r: _set_value(r, 999), False),  # a changed number: the checksum no longer matches
        (lambda r: _set_value(r, "15"), True),  # a string where a number belongs
        (lambda r: _set_value(r, True), True),  # a bool is not a number here
        (lambda r: _set_value(r, 1e308 * 10), True),  # not finite
        (lambda r: _set_value(r, 10**40), True),  # out of range
        (lambda r: r[3][0].__setitem__(1, 500), True),  # an offset outside the paragraph
        (lambda r: r[3][0].__setitem__(0, "99名"), True),  # text that is not at its offsets
        (lambda r: r[3].__setitem__(3, 7), True),  # a paragraph that does not exist
        (lambda r: r[3].__setitem__(1, "sidebar"), True),  # an unknown place
        (lambda r: r[2].__setitem__(2, "1"), True),  # a section level that is not an int
        (lambda r: r[0].__setitem__("counts", [1, 9, 0, 0]), True),  # records missing
        (lambda r: r.pop(), True),  # truncated
        (lambda r: r[1].append("extra"), True),  # a field too many
    ],
)
def test_hand_edited_entries_are_misses(tmp_path: Path, edit, fix_checksum: bool) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    cache.store(article, None, analyse_file(article))
    entry = _entry(cache, article)
    _rewrite(entry, edit, fix_checksum)
    assert cache.load(article) is None


def test_an_unedited_rewrite_still_loads(tmp_path: Path) -> None:
    """The hand-edit test above is real: rewriting an entry without a change keeps it valid."""
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    analysis = analyse_file(article)
    cache.store(article, None, analysis)
    _rewrite(_entry(cache, article), lambda r: None, True)
    assert cache.load(article) == analysis


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json\n", b"[" * 100_000 + b"\n", b"\xff\xfe\n", b'{"key": 1}\n{"check": "x"}\n'],
)
def test_damaged_entries_are_misses(tmp_path: Path, damage: bytes) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    cache.store(article, None, analyse_file(article))
    entry = _entry(cache, article)
    good = entry.read_bytes()
    entry.write_bytes(damage)
    assert cache.load(article) is None
    entry.write_bytes(good[: len(good) // 2])  # cut short
    assert cache.load(article) is None


def test_a_folder_at_the_entry_path_is_a_miss(tmp_path: Path) -> None:
    """It used to make the file unopenable (the miss tried to unlink a folder)."""
    cache = AnalysisCache(tmp_path / "cache")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    entry = _entry(cache, article)
    entry.mkdir(parents=True)
    assert cache.load(article) is None and not cache.has(article)
    analysis, digest, fresh = open_analysis(article, None, cache)
    cache.store(article, None, analysis, digest)  # cannot replace a folder: logged, not raised
    assert fresh and entry.is_dir()


def test_an_unusable_cache_folder_is_a_miss(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = AnalysisCache(blocker / "cache")  # the folder cannot be made
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    cache.store(article, None, analyse_file(article))
    assert cache.load(article) is None
    if os.geteuid() != 0:  # root reads anything
        readonly = AnalysisCache(tmp_path / "ro")
        readonly.store(article, None, analyse_file(article))
        _entry(readonly, article).chmod(0)
        assert readonly.load(article) is None


def test_old_entries_and_stale_temporary_files_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cache = AnalysisCache(folder)
    seed = resource_path(SEED_ARTICLE)
    analysis = analyse_file(seed)
    folder.mkdir()
    stale, fresh = folder / "abc.123.tmp", folder / "def.456.tmp"
    for leftover in (stale, fresh, folder / "old.pickle"):
        leftover.write_bytes(b"partial")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    for i in range(MAX_ENTRIES + 5):
        copy = tmp_path / f"copy{i}.txt"
        copy.write_bytes(seed.read_bytes() + f"\n第{i}段。".encode())
        cache.store(copy, None, analysis)
    assert len(list(folder.glob("*.json"))) == MAX_ENTRIES
    assert not stale.exists() and fresh.exists()  # a write in progress elsewhere is left alone
    assert not (folder / "old.pickle").exists()


def test_entries_hold_no_pickle_and_keep_every_character(tmp_path: Path) -> None:
    """Lone surrogates and U+FEFF survive the round trip (nothing lost), and the entry is plain JSON lines."""
    from reader.analysis import analyse_text

    analysis = analyse_text("标题\ufeff\n\n共有3人，\ud800 <b>x</b>。")
    lines = list(dump_lines(analysis, "k"))
    for line in lines:
        json.loads(line.decode("utf-8", "surrogatepass"))
    from reader.cachefile import load_lines

    assert load_lines(b"".join(lines), "k") == analysis


def test_export_reads_and_fills_the_same_cache(tmp_path: Path) -> None:
    """--export used to analyse on its own: now it shares the window's pipeline (and its stored analyses)."""
    folder = tmp_path / "cache"
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "READER_CACHE_DIR": str(folder)}
    command = [sys.executable, "-m", "reader", "--export", "json", str(article)]
    first = subprocess.run(command, capture_output=True, env=env, timeout=60, check=True).stdout
    cache = AnalysisCache(folder)
    stored = cache.load(article)
    assert stored is not None and stored == analyse_file(article)
    second = subprocess.run(command, capture_output=True, env=env, timeout=60, check=True).stdout
    assert first == second


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
