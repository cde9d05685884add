"""The wheel carries what the app needs at run time, and the metadata is complete."""

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import reader

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_resources(tmp_path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(tmp_path.glob("reader-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "reader/resources/seed_article.txt",
        "reader/resources/article.css",
        "reader/resources/cedict_ts.u8.xz",
        "reader/resources/g2p/model.npz",
        "reader/resources/g2p/vocab.json",
        "reader/resources/icons/reader.svg",
        "reader/resources/icons/reader-256.png",
        "reader/resources/translations/reader_zh_CN.qm",
        "reader/resources/translations/reader_zh_TW.qm",
        "reader/ui/main_window.py",
        "reader/article/lexicon/structure.toml",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "[gui_scripts]\nreader = reader.__main__:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_metadata_is_complete_and_matches_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == reader.__version__
    assert project["requires-python"] == ">=3.11"
    for key in (
        "description",
        "license",
        "classifiers",
        "dependencies",
        "optional-dependencies",
        "gui-scripts",
    ):
        assert project[key], key
    assert (ROOT / "LICENSE").exists()


def test_desktop_integration_uses_the_app_id() -> None:
    folder = ROOT / "packaging" / "linux"
    desktop = (folder / f"{reader.APP_ID}.desktop").read_text(encoding="utf-8")
    assert (
        "Exec=reader %F" in desktop
        and f"Icon={reader.APP_ID}" in desktop
        and "MimeType=text/plain;" in desktop
    )
    metainfo = (folder / f"{reader.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{reader.APP_ID}</id>" in metainfo and f"{reader.APP_ID}.desktop" in metainfo
