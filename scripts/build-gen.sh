#!/usr/bin/env bash
# Extra release builds on generated corpora (scripts/gen-corpus.mjs), for the
# browser checks in e2e/perf.spec.mjs, faults.spec.mjs and xss.spec.mjs:
#   dist-gen-100   100 articles, the first 6 hostile (script, javascript: links,
#                  event handlers), with the test-only `e2e-hooks` feature
#   dist-gen-1000  1,000 articles, built exactly like dist/
#   dist-one       the embedded corpus's largest event alone
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

# dist-one: the embedded corpus's largest event alone (chosen by the engine's
# own grouping), for the explorer's single-story views (e2e/explorer.spec.mjs):
# a one-event build looks as the overview always did.
one="$PARALLAX_ROOT/e2e/artifacts/one"
rm -rf "$one" && mkdir -p "$one"
cargo run --release --locked -q -p parallax-engine --bin parallax -- analyze "${PARALLAX_SEEDS:-seeds}" --json \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=JSON.parse(s);const e=[...a.events].sort((x,y)=>y.documents.length-x.documents.length)[0];console.log(e.documents.join("\n"))})' \
    | while read -r id; do cp "${PARALLAX_SEEDS:-seeds}/$id.txt" "$one/"; done
t0=$SECONDS
PARALLAX_SEEDS="$one" trunk build --release --public-url "$PARALLAX_BASE" --dist dist-one
echo "build-gen: dist-one built in $((SECONDS - t0)) s ($(ls "$one" | wc -l) articles of the largest event)"
