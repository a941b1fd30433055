#!/usr/bin/env python3
"""Fits the claim alignment's thresholds (engine/src/claims/mod.rs,
`Params`: join, also, and how many further claims an item may join) on the
development sets in ../shared/eval, and reports
leave-one-set-out figures: for each set, the thresholds are chosen on the
other sets (best mean link F1) and scored on the one left out.

    python3 scripts/fit_claims.py [EVAL_DIR]      (from the project root)

Reads the sets at run time; nothing of them is written into the repository.
The grid is small on purpose: three parameters, a handful of values each;
the frame-conflict share and the theme bar stay at their defaults (the
theme bar follows join).
"""
import itertools
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, EVAL)
import score as S  # noqa: E402  (the eval's own scorer)

JOIN = [0.35, 0.4, 0.45, 0.5]
ALSO = [0.25, 0.3, 0.35, 1.01]  # 1.01: no second memberships
SECOND = [1, 2, 3]  # further claims an item may join
GRID = list(itertools.product(JOIN, ALSO, SECOND))
CONFLICT = 0.5  # claims::FRAME_CONFLICT, not fitted


def key(p):
    join, also, second = p
    # fit_claims reads join,also,conflict,theme,second; themes use join's bar.
    return ",".join(f"{x:g}" for x in (join, also, CONFLICT, join, second))


def main():
    sets = sorted(d for d in os.listdir(os.path.join(EVAL, "sets")))
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "parallax-engine",
                    "--example", "fit_claims"], check=True, cwd=ROOT)
    exe = os.path.join(ROOT, "target", "release", "examples", "fit_claims")
    f1 = {}  # (set, params) -> (p, r, f1)
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            corpus = os.path.join(ROOT, "seeds") if s == "seeds" else os.path.join(EVAL, "sets", s)
            out = os.path.join(tmp, s)
            os.makedirs(out)
            subprocess.run([exe, corpus, out] + [key(p) for p in GRID], check=True)
            gold = json.load(open(os.path.join(EVAL, "sets", s, "claims.json")))
            scorer = S.ClaimScorer(gold, S.load_corpus(corpus), warn=False)
            for p in GRID:
                pred = json.load(open(os.path.join(out, key(p).replace(",", "_") + ".json")))
                r = scorer.score(pred)
                f1[(s, p)] = (r["precision"], r["recall"], r["f1"])

    def best(on):
        return max(GRID, key=lambda p: (sum(f1[(s, p)][2] for s in on) / len(on), p))

    print("leave-one-set-out (thresholds fitted on the other sets, scored on this one):")
    held = []
    for s in sets:
        p = best([x for x in sets if x != s])
        pr, rc, f = f1[(s, p)]
        held.append(f)
        print(f"  {s:<8} join {p[0]:<5g} also {p[1]:<5g} second {p[2]}  "
              f"P {pr:.3f} R {rc:.3f} F1 {f:.3f}")
    print(f"  mean held-out F1 {sum(held) / len(held):.3f}")
    p = best(sets)
    print(f"fitted on all sets: join {p[0]:g} also {p[1]:g} second {p[2]}")
    for s in sets:
        pr, rc, f = f1[(s, p)]
        print(f"  {s:<8} P {pr:.3f} R {rc:.3f} F1 {f:.3f}")
    print(f"  mean F1 {sum(f1[(s, p)][2] for s in sets) / len(sets):.3f}")


if __name__ == "__main__":
    main()
