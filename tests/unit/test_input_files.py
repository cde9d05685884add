"""What the reader agrees to open: regular files of at most MAX_FILE_BYTES, never a pipe, device or socket."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from reader import textio
from reader.errors import ReaderError
from reader.textio import MAX_FILE_BYTES, read_bytes, read_file

ARTICLE = "标题\n\n共有15名记者参加，用时3天。\n"


def _export(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--export", "json", *args],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},  # the JSON must not depend on the locale
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReaderError) as caught:
        read_file(fifo)  # reading would block forever: no writer
    assert caught.value.code == "not_regular" and "pipe" in str(caught.value)
    result = _export(str(fifo), timeout=20)
    assert result.returncode == 2 and b"pipe" in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(ReaderError) as caught:
        read_bytes(device)
    assert caught.value.code == "not_regular" and "device" in str(caught.value)


def test_folders_and_sockets_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReaderError) as caught:
        read_bytes(tmp_path)
    assert caught.value.code == "is_directory"
    if not hasattr(socket, "AF_UNIX"):
        return
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(ReaderError) as caught:
            read_bytes(path)
    assert caught.value.code == "not_regular" and "socket" in str(caught.value)


def test_files_above_the_limit_are_refused_with_the_limit_named(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 64 MB written
    with pytest.raises(ReaderError) as caught:
        read_bytes(big)
    assert caught.value.code == "too_large" and "64 MB" in str(caught.value)
    result = _export(str(big))
    assert result.returncode == 2 and b"64 MB" in result.stderr
    # The same holds for a file that grows past the limit while it is read (the size checked first was small).
    small = tmp_path / "small.txt"
    small.write_bytes(ARTICLE.encode() * 10)
    monkeypatch.setattr(textio, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(textio, "_CHUNK", 16)
    real_stat = os.stat

    def stat_that_says_small(path, *args, **kwargs):  # only this file; other threads keep the real os.stat
        result = real_stat(path, *args, **kwargs)
        if os.fspath(path) != str(small):
            return result
        return os.stat_result((*result[:6], 10, *result[7:]))

    monkeypatch.setattr(textio.os, "stat", stat_that_says_small)
    with pytest.raises(ReaderError) as caught:
        read_bytes(small)
    assert caught.value.code == "too_large"


def test_export_streams_valid_json_with_memory_near_the_input(tmp_path: Path) -> None:
    """2 MB of '3人' once took 1.6 GB and a 116 MB string; the JSON is now written piece by piece."""
    dense = tmp_path / "dense.txt"
    dense.write_text("3人" * 20_000, encoding="utf-8")
    result = _export(str(dense))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert len(data["figures"]) == 20_000 and data["figures"][-1]["value"] == 3


def test_export_of_the_bundled_article_is_unchanged_by_streaming() -> None:
    from reader.analysis import analyse_file
    from reader.export import analysis_to_dict, export_json
    from reader.paths import SEED_ARTICLE, resource_path

    analysis = analyse_file(resource_path(SEED_ARTICLE))
    exported = export_json(analysis, "a.txt")
    assert json.loads(exported) == json.loads(
        json.dumps(analysis_to_dict(analysis, "a.txt"), ensure_ascii=False)
    )
    figure_lines = [line for line in exported.splitlines() if line.lstrip(" [,").startswith('{"text": ')]
    assert len(figure_lines) == len(analysis.figures)  # one figure per line
