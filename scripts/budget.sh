#!/usr/bin/env bash
# Size budgets, printed and asserted (issue 11): the first paint and the
# analysis worker are counted apart.
#   first paint: index.html + the app's JS, CSS and Wasm (with the embedded,
#                cleaned corpus): target 350 KB gzipped (goal 250 KB), printed
#                as met or NOT MET. Met (about 340 KB); what fails the check
#                is a regression ceiling of 345 KB, a little above today's
#                figure, so growth shows before the target is lost. (It was
#                340 KB until the claim matrix drew each chunk of rows as a
#                view of its own: 3 KB for a third less drawing time.)
#   worker:      loader + glue + Wasm (the engine and all its knowledge data)
#                <= 1.5 MB gzipped, printed as code, knowledge data (the
#                knowledge files as the worker embeds them, each gzipped) and
#                the embedded articles with their analysis (build.rs).
# It also checks the split is real: the knowledge data is in the worker's
# Wasm and in no file the page itself loads.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-dist}"
SHELL_KB=350
SHELL_GOAL_KB=250
SHELL_CEILING_KB="${BUDGET_SHELL_KB:-345}"
WORKER_KB="${BUDGET_WORKER_KB:-1536}"
if ! ls "$DIST"/index.html "$DIST"/*.wasm >/dev/null 2>&1; then
    echo "budget: FAILED, no index.html and .wasm in $DIST: build it first (scripts/build.sh)" >&2
    exit 1
fi
gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
shell=0 worker=0 fail=0
printf '%-44s %-7s %10s %10s\n' "file" "part" "raw B" "gzip B"
for f in "$DIST"/*; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    part=-
    case "$name" in
        404.html) ;; # a copy of index.html, not loaded with it
        worker_loader-*.js|worker-*.js|worker_bg-*.wasm) part=worker ;;
        *.html|*.js|*.wasm|*.css) part=shell ;;
    esac
    g=$(gz "$f")
    printf '%-44s %-7s %10d %10d\n' "$name" "$part" "$(stat -c %s "$f")" "$g"
    case "$part" in
        shell) shell=$((shell + g)) ;;
        worker) worker=$((worker + g)) ;;
    esac
done

# The knowledge data as the worker embeds it: engine/data/gazetteer.txt and
# person_nouns.txt as is, the name lists front-coded and the synonyms stemmed
# by engine/build.rs
# (its output in the newest wasm build; engine/data/ itself otherwise).
out=$(ls -dt target/wasm32-unknown-unknown/*/build/parallax-engine-*/out 2>/dev/null | head -1 || true)
data_files=(engine/data/gazetteer.txt engine/data/person_nouns.txt)
if [ -n "$out" ] && [ -f "$out/synonym_stems.txt" ]; then
    data_files+=("$out/first_names.fc" "$out/surnames.fc" "$out/synonym_stems.txt")
else
    data_files+=(engine/data/first_names.txt engine/data/surnames.txt engine/data/synonyms.txt)
fi
data=0
for f in "${data_files[@]}"; do data=$((data + $(gz "$f"))); done

worker_wasm=$(ls "$DIST"/worker_bg-*.wasm 2>/dev/null | head -1 || true)
if [ -z "$worker_wasm" ]; then
    echo "budget: FAILED, no worker Wasm (worker_bg-*.wasm) in $DIST" >&2
    exit 1
fi
# The embedded articles and their analysis, as build.rs wrote them for this
# dist: of the app's build outputs (one per corpus built), the one whose
# files are in this worker's Wasm. wasm-opt drops runs of zero bytes from
# data, so stretches without any, spread over both files, are looked for.
embedded=$(python3 - "$worker_wasm" target/wasm32-unknown-unknown/*/build/parallax-[0-9a-f]*/out <<'PY'
import gzip, os, re, sys
wasm = open(sys.argv[1], "rb").read()
def inside(data):
    stretches = [s for s in re.split(rb"\0+", data) if len(s) >= 12]
    return bool(stretches) and all(s in wasm for s in stretches[:: max(1, len(stretches) // 24)])
for out in sorted(sys.argv[2:], key=lambda d: -os.path.getmtime(d)):
    try:
        files = [open(os.path.join(out, f), "rb").read() for f in ("corpus.postcard", "analysis.postcard")]
    except OSError:
        continue
    if all(inside(f) for f in files):
        print(sum(len(gzip.compress(f, 9)) for f in files))
        break
else:
    print(0)
PY
)
code=$((worker - data - embedded))
# Three long gazetteer lines: in the worker, and in nothing the page loads.
while IFS= read -r line; do
    if ! grep -qF -- "$line" "$worker_wasm"; then
        echo "budget: FAILED, the worker's Wasm lacks the knowledge data ('$line')" >&2; fail=1
    fi
    for f in "$DIST"/*.wasm "$DIST"/*.js; do
        [ "$f" = "$worker_wasm" ] && continue
        case "$(basename "$f")" in worker-*.js|worker_loader-*.js) continue ;; esac
        if grep -qF -- "$line" "$f"; then
            echo "budget: FAILED, $(basename "$f") (loaded by the page) carries the engine's knowledge data" >&2; fail=1
        fi
    done
done < <(awk -F'\t' 'length($2) > 40 {print $2}' engine/data/gazetteer.txt | head -3)

printf 'budget: first paint (index.html + JS + CSS + app Wasm with the corpus) = %d B gzipped (%s KB; target %d KB: %s, goal %d KB, asserted ceiling %d KB)\n' \
    "$shell" "$(kb "$shell")" "$SHELL_KB" "$([ "$shell" -le $((SHELL_KB * 1024)) ] && echo met || echo 'NOT MET')" "$SHELL_GOAL_KB" "$SHELL_CEILING_KB"
if [ "$embedded" -gt 0 ]; then
    split="code $(kb "$code") KB + knowledge data $(kb "$data") KB + the embedded articles and their analysis $(kb "$embedded") KB"
else
    split="code and the embedded articles $(kb "$code") KB + knowledge data $(kb "$data") KB (this corpus's build outputs are no longer in target/ to tell them apart)"
fi
printf 'budget: worker (loader + glue + Wasm) = %d B gzipped (%s KB; budget %d KB): %s\n' \
    "$worker" "$(kb "$worker")" "$WORKER_KB" "$split"
if [ "$shell" -gt $((SHELL_CEILING_KB * 1024)) ]; then
    echo "budget: FAILED, first paint over its $SHELL_CEILING_KB KB ceiling by $(kb $((shell - SHELL_CEILING_KB * 1024))) KB" >&2; fail=1
fi
if [ "$worker" -gt $((WORKER_KB * 1024)) ]; then
    echo "budget: FAILED, worker over $WORKER_KB KB by $(kb $((worker - WORKER_KB * 1024))) KB" >&2; fail=1
fi
[ "$fail" -eq 0 ] || exit 1
echo "budget: ok"
