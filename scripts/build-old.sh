#!/usr/bin/env bash
# Release build of main before the worker (commit 984b7a1: the engine on the
# page's thread) into dist-old/, for e2e/perf.spec.mjs, which loads it beside
# today's dist/ in one run. Exported with `git archive` (no worktree) into a
# temporary folder; cargo shares this checkout's target/ so the dependencies
# are not compiled again. Skipped when dist-old/ is from that commit already.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PARALLAX_ROOT"
OLD="${PARALLAX_OLD_COMMIT:-984b7a1}"
stamp="dist-old/.commit"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(git rev-parse "$OLD")" ]; then
    echo "build-old: dist-old/ is $OLD already"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive "$OLD" | tar -x -C "$tmp"
t0=$SECONDS
(cd "$tmp" && CARGO_TARGET_DIR="$PARALLAX_ROOT/target/old" trunk build --release --public-url "$PARALLAX_BASE" --dist "$PARALLAX_ROOT/dist-old")
git rev-parse "$OLD" > "$stamp"
echo "build-old: dist-old/ built from $OLD in $((SECONDS - t0)) s"
