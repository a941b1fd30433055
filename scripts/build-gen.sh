#!/usr/bin/env bash
# Extra release builds on generated corpora (scripts/gen-corpus.mjs), for the
# browser checks in e2e/perf.spec.mjs, faults.spec.mjs and xss.spec.mjs:
#   dist-gen-100   100 articles, the first 6 hostile (script, javascript: links,
#                  event handlers), with the test-only `e2e-hooks` feature
#   dist-gen-1000  1,000 articles, built exactly like dist/
# The corpora stay in e2e/artifacts/gen-*/ for the specs to read.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PARALLAX_ROOT"
build() {
    local n=$1 dist=$2; shift 2
    local corpus="$PARALLAX_ROOT/e2e/artifacts/gen-$n"
    node scripts/gen-corpus.mjs "$n" "$corpus" "$@"
    local features=()
    [ "$n" = 100 ] && features=(--features e2e-hooks)
    local t0=$SECONDS
    PARALLAX_SEEDS="$corpus" trunk build --release --public-url "$PARALLAX_BASE" --dist "$dist" "${features[@]}"
    echo "build-gen: $dist built in $((SECONDS - t0)) s"
}
build 100 dist-gen-100 --hostile 6
build 1000 dist-gen-1000
