"""Run the statement extractor over a folder, or score it on the development set and on
the independent corpus in bench/corpus.

python bench/extraction.py --jsonl FOLDER     # JSON Lines in the contract shape
python bench/extraction.py [--verbose]        # dev set + bench/corpus scores + throughput

The dev set is the shared folder beside the repository (`../shared/devset`), overridable
with the environment variable DEVSET; its `score.py` does the scoring.  `bench/corpus/` is an
independent corpus (15 articles in other styles, fictional people) and `bench/corpus/stress/`
nine more written later to probe the rules added for it.  Besides the
score.py summary, each line carries `direct_F1` / `indirect_F1` (statements of that kind
in the gold matched by predictions of the same kind, same 50% overlap rule).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from statements.extraction.pipeline import extract_file, load_nlp  # noqa: E402
from statements.extraction.reading import ReadError  # noqa: E402

DEVSET = Path(os.environ.get("DEVSET", ROOT.parent / "shared" / "devset"))
CORPUS = ROOT / "bench" / "corpus"


def files_of(target: str) -> list[Path]:
    p = Path(target)
    if p.is_dir():
        return sorted(p.glob("*.txt"))
    return [p]


def run_jsonl(targets: list[str], out=sys.stdout) -> tuple[list[dict], int, float]:
    nlp = load_nlp()
    rows: list[dict] = []
    n_words = 0
    t0 = time.perf_counter()
    for target in targets:
        for path in files_of(target):
            try:
                ex = extract_file(path, nlp=nlp)
            except ReadError as err:
                d = {"path": str(path), "error": str(err)}
            else:
                d = ex.to_dict()
                n_words += len(ex.text.split())
            rows.append(d)
            if out is not None:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return rows, n_words, time.perf_counter() - t0


def load_scorer(devset: Path):
    spec = importlib.util.spec_from_file_location("devset_score", devset / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def score(scorer, gold_dir: Path, rows: list[dict], verbose: bool = False) -> tuple[dict, dict]:
    docs = scorer.load_gold(str(gold_dir))
    preds = {}
    for obj in rows:
        stem = os.path.basename(obj.get("path", ""))
        preds[stem[:-4] if stem.endswith(".txt") else stem] = obj
    total: dict[str, int] = {}
    by_kind = {k: [0, 0, 0] for k in ("direct", "indirect")}  # gold, pred, matched
    for stem, (text, gold) in docs.items():
        pred = preds.get(stem, {})
        r = scorer.score_doc(text, gold, pred)
        if verbose:
            print(stem, json.dumps(r))
        for k, v in r.items():
            total[k] = total.get(k, 0) + v
        for kind, acc in by_kind.items():
            g = dict(gold, statements=[s for s in gold.get("statements", []) if s["kind"] == kind])
            p = dict(pred, statements=[s for s in pred.get("statements", []) if s["kind"] == kind])
            rk = scorer.score_doc(text, g, p)
            acc[0] += rk["gold_st"]
            acc[1] += rk["pred_st"]
            acc[2] += rk["match_st"]
    ratio = scorer.ratio
    p, r = ratio(total["match_st"], total["pred_st"]), ratio(total["match_st"], total["gold_st"])
    out = {
        "statements_P": p,
        "statements_R": r,
        "statements_F1": f1(p, r),
        "speaker_acc": ratio(total["spk_ok"], total["match_st"]),
        "actors_P": ratio(total["match_act"], total["pred_act"]),
        "actors_R": ratio(total["match_act"], total["gold_act"]),
        "events_R": ratio(total["match_ev"], total["gold_ev"]),
        "source_acc": ratio(total["src_ok"], total["src_total"]),
    }
    for kind, (g, pr, m) in by_kind.items():
        out[f"{kind}_F1"] = f1(ratio(m, pr), ratio(m, g))
    out["articles"] = len(docs)
    out["articles_missing"] = sum(1 for s in docs if s not in preds)
    counts = {k: total.get(k, 0) for k in ("gold_st", "pred_st", "match_st", "spk_ok")}
    for kind, (g, pr, m) in by_kind.items():
        counts.update({f"{kind}_gold": g, f"{kind}_pred": pr, f"{kind}_match": m})
    return out, counts


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--jsonl", nargs="+", metavar="PATH", help="print JSON Lines for these files/folders"
    )
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument(
        "--gold",
        nargs="+",
        default=[],
        metavar="FOLDER",
        help="also score these folders of NN-slug.txt + NN-slug.gold.json pairs (kept out of "
        "the repository, e.g. annotated real articles) and pool them in one line",
    )
    args = ap.parse_args()
    if args.jsonl:
        run_jsonl(args.jsonl)
        return
    t = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t
    scorer = load_scorer(DEVSET)
    n = words = 0
    secs = 0.0
    for label, folder in (("devset", DEVSET), ("corpus", CORPUS), ("stress", CORPUS / "stress")):
        rows, w, s = run_jsonl([str(folder)], out=None)
        n, words, secs = n + len(rows), words + w, secs + s
        print(json.dumps({"set": label, **score(scorer, folder, rows, verbose=args.verbose)[0]}))
    pooled: dict[str, float] = {}
    for folder in map(Path, args.gold):
        rows, w, s = run_jsonl([str(folder)], out=None)
        n, words, secs = n + len(rows), words + w, secs + s
        res, counts = score(scorer, folder, rows, verbose=args.verbose)
        print(json.dumps({"set": str(folder), **res}))
        for key, v in counts.items():
            pooled[key] = pooled.get(key, 0) + v
    if len(args.gold) > 1:
        ratio = scorer.ratio
        p = ratio(pooled["match_st"], pooled["pred_st"])
        r = ratio(pooled["match_st"], pooled["gold_st"])
        dp = ratio(pooled["direct_match"], pooled["direct_pred"])
        dr = ratio(pooled["direct_match"], pooled["direct_gold"])
        line = {
            "set": "gold folders pooled",
            "statements_P": p,
            "statements_R": r,
            "statements_F1": f1(p, r),
            "direct_F1": f1(dp, dr),
            "speaker_acc": ratio(pooled["spk_ok"], pooled["match_st"]),
            "gold_statements": pooled["gold_st"],
        }
        print(json.dumps(line))
    print(
        json.dumps(
            {
                "set": "throughput",
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
