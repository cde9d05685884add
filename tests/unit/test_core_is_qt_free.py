import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = (
        "import sys, reader.analysis, reader.convert, reader.export, reader.render, reader.__main__;"
        "from reader.analysis import analyse_text; analyse_text('测试5个');"
        "assert 'PySide6' not in sys.modules, 'core imported Qt'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
