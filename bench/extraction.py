"""Run the statement extractor over a folder, or score it on the development set.

python bench/extraction.py --jsonl FOLDER     # JSON Lines in the contract shape
python bench/extraction.py                    # dev-set scores + throughput
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from statements.extraction.pipeline import extract_file, load_nlp  # noqa: E402
from statements.extraction.reading import ReadError  # noqa: E402

DEVSET = Path(os.environ.get("DEVSET", "/work/shared/devset"))


def files_of(target: str) -> list[Path]:
    p = Path(target)
    if p.is_dir():
        return sorted(p.glob("*.txt"))
    return [p]


def run_jsonl(targets: list[str], out=sys.stdout) -> tuple[int, int, float]:
    nlp = load_nlp()
    n_files = n_words = 0
    t0 = time.perf_counter()
    for target in targets:
        for path in files_of(target):
            try:
                ex = extract_file(path, nlp=nlp)
            except ReadError as err:
                out.write(json.dumps({"path": str(path), "error": str(err)}) + "\n")
                continue
            d = ex.to_dict()
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n_files += 1
            n_words += len(ex.text.split())
    return n_files, n_words, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--jsonl", nargs="+", metavar="PATH", help="print JSON Lines for these files/folders"
    )
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if args.jsonl:
        run_jsonl(args.jsonl)
        return
    t = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t
    pred = Path(tempfile.gettempdir()) / "newsroom-devset-pred.jsonl"
    with open(pred, "w", encoding="utf-8") as fh:
        n, words, secs = run_jsonl([str(DEVSET)], out=fh)
    cmd = [sys.executable, str(DEVSET / "score.py"), "--jsonl", str(pred)]
    if args.verbose:
        cmd.append("--verbose")
    subprocess.run(cmd, check=True)
    print(
        json.dumps(
            {
                "model_load_s": round(load_s, 2),
                "articles": n,
                "seconds": round(secs, 3),
                "articles_per_s": round(n / secs, 1) if secs else None,
                "words_per_s": round(words / secs) if secs else None,
            }
        )
    )


if __name__ == "__main__":
    main()
