"""Score the PDF path on the corpus: each article's gold (title, subheadings, paragraphs) laid out as printed
A5 pages by Qt (wrapped lines, indented paragraphs, page breaks, a running header, page numbers), read back by
the reader and scored with the corpus scorer's measures.

    QT_QPA_PLATFORM=offscreen python tests/ui/pdf_corpus.py [--split dev|test|all] [--verbose]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.analysis import analyse_file  # noqa: E402
from reader.export import analysis_to_dict  # noqa: E402
from tests.corpus.score_corpus import corpus, score_export  # noqa: E402
from tests.ui.pdf_maker import article_html, write_pdf  # noqa: E402


def gold_sections(gold: dict) -> list[tuple[str | None, list[str]]]:
    """The gold article as (heading, paragraphs) pairs, lede first."""
    article = gold["article"]
    sections: list[tuple[str | None, list[str]]] = [(None, list(article.get("lede") or []))]
    for section in article.get("sections") or []:
        sections.append((section.get("heading"), list(section.get("paragraphs") or [])))
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for path, gold in corpus(args.split):
            pdf = Path(folder) / (path.stem + ".pdf")
            date = gold.get("source", {}).get("date") or ""
            header = f"{gold.get('source', {}).get('publisher', '')}　{date}"
            pages = write_pdf(
                pdf, article_html(gold["article"].get("title") or "", gold_sections(gold)), header
            )
            scores, details = score_export(analysis_to_dict(analyse_file(pdf), pdf.name), gold)
            rows.append((path.stem, pages, scores, details))
            print(
                f"{path.stem[:44]:44} pages {pages:2}  paragraph F {scores['paragraph_f']:.2f}  "
                f"figure F1 {scores['figure_f']:.2f}  title {'ok' if scores['title_ok'] else 'WRONG'}"
            )
            if args.verbose and (scores["paragraph_f"] < 1 or not scores["title_ok"]):
                for key in ("paragraphs not produced", "paragraphs not in gold", "title"):
                    print("   ", key, details[key])
    print(
        f"\n{len(rows)} articles, {sum(r[1] for r in rows)} pages: mean paragraph F "
        f"{statistics.mean(r[2]['paragraph_f'] for r in rows):.3f}, figure F1 "
        f"{statistics.mean(r[2]['figure_f'] for r in rows):.3f}, titles right "
        f"{sum(r[2]['title_ok'] for r in rows)}/{len(rows)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
