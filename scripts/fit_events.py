#!/usr/bin/env python3
"""Fits the event grouping's two parameters (engine/src/events/mod.rs,
`Params`: the join threshold and the bonus for agreeing dates) on the
development sets in ../shared/eval, and reports leave-one-set-out figures.

    python3 scripts/fit_events.py [EVAL_DIR]      (from the project root)

Gold events: each set's INDEX.tsv `event` column; the seeds (no INDEX) hold
two events, the last article on its own (the eval README). Scored on each
set alone and on corpora pooling several sets (articles of different sets
are different events), as pairwise F1 over document pairs that share an
event. Leave-one-set-out: parameters chosen on the other sets (alone and
pooled without the held-out one), scored on the held-out set alone and on
the pool of all sets. Reads the sets at run time; nothing of them is
written into the repository.
"""
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval")

JOIN = [0.1, 0.125, 0.15, 0.175, 0.2, 0.25]
BONUS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
GRID = list(itertools.product(JOIN, BONUS))


def key(p):
    return ",".join(f"{x:g}" for x in p)


def corpus_dir(s):
    return os.path.join(ROOT, "seeds") if s == "seeds" else os.path.join(EVAL, "sets", s)


def gold_events(s):
    """doc id -> event name for one set."""
    d = corpus_dir(s)
    ids = sorted(f[:-4] for f in os.listdir(d) if f.endswith(".txt"))
    index = os.path.join(EVAL, "sets", s, "INDEX.tsv")
    if os.path.exists(index):
        rows = [l.rstrip("\n").split("\t") for l in open(index)][1:]
        ev = {r[0]: r[4] for r in rows if len(r) > 4}
        return {i: f"{s}:{ev.get(i, '?')}" for i in ids}
    # The seeds: the last article reports a later meeting.
    return {i: f"{s}:{'B' if i == ids[-1] else 'A'}" for i in ids}


def pair_f1(pred_groups, gold):
    ev = {d: i for i, g in enumerate(pred_groups) for d in g}
    docs = sorted(gold)
    tp = fp = fn = 0
    for a, b in itertools.combinations(docs, 2):
        p, g = ev.get(a) == ev.get(b), gold[a] == gold[b]
        tp += p and g
        fp += p and not g
        fn += g and not p
    pr = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0, pr, rc


def run(exe, d):
    out = subprocess.run([exe, d] + [key(p) for p in GRID], check=True,
                         capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines():
        x = json.loads(line)
        res[x["params"]] = x["events"]
    return res


def main():
    sets = sorted(os.listdir(os.path.join(EVAL, "sets")))
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "parallax-engine",
                    "--example", "fit_events"], check=True, cwd=ROOT)
    exe = os.path.join(ROOT, "target", "release", "examples", "fit_events")
    gold = {s: gold_events(s) for s in sets}
    scores = {}  # (corpus name, params) -> (f1, p, r)
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {s: (corpus_dir(s), gold[s]) for s in sets}
        for left in [None] + sets:
            members = [s for s in sets if s != left]
            name = "pool" if left is None else f"pool-{left}"
            d = os.path.join(tmp, name)
            os.makedirs(d)
            g = {}
            for s in members:
                for f in os.listdir(corpus_dir(s)):
                    if f.endswith(".txt"):
                        shutil.copy(os.path.join(corpus_dir(s), f), d)
                g.update(gold[s])
            corpora[name] = (d, g)
        for name, (d, g) in corpora.items():
            for p, groups in run(exe, d).items():
                scores[(name, p)] = pair_f1(groups, g)

    def best(on):
        return max(GRID, key=lambda p: (round(sum(scores[(c, key(p))][0] for c in on) / len(on), 6), -p[0], -p[1]))

    print("leave-one-set-out (fitted on the other sets alone and pooled; scored on the held-out set alone, and on the pool of all):")
    held = []
    for s in sets:
        p = best([x for x in sets if x != s] + [f"pool-{s}"])
        f, pr, rc = scores[(s, key(p))]
        fp, _, _ = scores[("pool", key(p))]
        held.append(f)
        print(f"  {s:<8} join {p[0]:<6g} bonus {p[1]:<5g} pair P {pr:.3f} R {rc:.3f} F1 {f:.3f}   pool F1 {fp:.3f}")
    print(f"  mean held-out F1 {sum(held) / len(held):.3f}")
    p = best(sets + ["pool"])
    print(f"fitted on all: join {p[0]:g} bonus {p[1]:g}")
    for c in sets + ["pool"]:
        f, pr, rc = scores[(c, key(p))]
        print(f"  {c:<8} pair P {pr:.3f} R {rc:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
