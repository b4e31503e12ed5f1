"""Benchmark ``load_seeds``: files per second and peak memory, beside extraction alone.

    python bench/load.py [--copies 40] [FOLDER ...]

Loads every ``*.txt`` of the folders (default: seeds/) ``--copies`` times into a fresh
SQLite database in a temporary folder (each copy differs by one line, so none is skipped
as already loaded), then loads them all a second time (the idempotent pass). Extraction
alone over the same texts is timed in the same run, so the ratio load/extract says what
the database side costs on this machine, whatever else the machine is doing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("folders", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--copies", type=int, default=40)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("NEWSROOM_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from statements.extraction.pipeline import extract, load_nlp
    from statements.loading import Loader
    from statements.models import Statement

    texts = []
    for folder in args.folders:
        texts += [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    articles = tmp / "articles"
    articles.mkdir()
    for n in range(args.copies):
        for i, text in enumerate(texts):
            (articles / f"{n:04d}_{i:03d}.txt").write_text(text + f"\nCopy {n}.\n", "utf-8")
    files = sorted(articles.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    call_command("migrate", verbosity=0)
    nlp = load_nlp(settings.NEWSROOM_SPACY_MODEL)

    t0 = time.perf_counter()
    for path in files:
        extract(path.read_text(encoding="utf-8"), path=str(path), nlp=nlp)
    t_extract = time.perf_counter() - t0

    loader = Loader(settings.NEWSROOM_SPACY_MODEL, settings.NEWSROOM_MAX_FILE_BYTES)
    t0 = time.perf_counter()
    report = loader.load([articles])
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = loader.load([articles])
    t_again = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(files)
    skipped = all(r.status == "unchanged" for r in again.files)
    rows = [
        ("extract only", t_extract, f"{words / t_extract:8.0f} words/s"),
        ("load (new)", t_load, f"ratio to extract {t_load / t_extract:.2f}"),
        ("load (again)", t_again, f"every file skipped as unchanged: {skipped}"),
    ]
    print(f"files: {n}, words: {words}, statements stored: {Statement.objects.count()}")
    for label, seconds, extra in rows:
        print(f"{label:13}: {seconds:7.2f} s  {n / seconds:7.1f} files/s  {extra}")
    print(f"failed files : {len(report.failed)}")
    print(f"peak memory  : {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main()
