"""Score the web-page path on real saved Chinese pages (tests/formats/pages): each page's gold (title, body
paragraphs) against what the reader makes of the page, with the corpus scorer's paragraph measure (exact match,
whitespace removed; a dateline the reader lifts out of the first paragraph is not held against it).

    python tests/formats/pages_score.py [--verbose]

The pages come from public repositories (each gold names its page and how it was trimmed); their gold
paragraphs come from an independent reference where one exists (readability's and newspaper4k's expected
output), else from the article's own <p> elements.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.analysis import analyse_file  # noqa: E402
from reader.export import analysis_to_dict  # noqa: E402
from tests.corpus.score_corpus import score_export  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"


def pages() -> list[tuple[Path, dict]]:
    """(page, gold) for every saved page."""
    out = []
    for gold_path in sorted(PAGES.glob("*.gold.json")):
        page = gold_path.with_name(gold_path.name.replace(".gold.json", ".html"))
        out.append((page, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def score_page(page: Path, gold: dict) -> tuple[dict, dict]:
    """The corpus scorer's measures for one page (paragraph F, title)."""
    as_corpus = {
        "article": {"title": gold["title"], "lede": gold["paragraphs"], "sections": []},
        "figures": [],
        "key_statistics": [],
    }
    return score_export(analysis_to_dict(analyse_file(page), page.name), as_corpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for page, gold in pages():
        scores, details = score_page(page, gold)
        rows.append((page.stem, gold["script"], scores))
        print(
            f"{page.stem:34} {gold['script']}  paragraph F {scores['paragraph_f']:.2f}  "
            f"title {'ok' if scores['title_ok'] else 'WRONG'}"
        )
        if args.verbose:
            for key in ("paragraphs not produced", "paragraphs not in gold", "title"):
                if details[key] and (key != "title" or not scores["title_ok"]):
                    print("   ", key, details[key])
    print(
        f"\n{len(rows)} pages ({sum(r[1] == 'hant' for r in rows)} Traditional): mean paragraph F "
        f"{statistics.mean(r[2]['paragraph_f'] for r in rows):.3f}, titles right "
        f"{sum(r[2]['title_ok'] for r in rows)}/{len(rows)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
