#!/usr/bin/env bash
# Size budget: prints every file in dist/ raw and gzipped, then fails when
# index.html + JS + Wasm + CSS together exceed 400 KB gzipped (the foundation
# issue's budget; README "Size" lists where the bytes go and what was cut).
set -euo pipefail
DIST="${1:-dist}"
TARGET_KB="${BUDGET_KB:-400}"
total=0
if ! ls "$DIST"/index.html "$DIST"/*.wasm >/dev/null 2>&1; then
    echo "budget: FAILED, no index.html and .wasm in $DIST: build it first (scripts/build.sh)" >&2
    exit 1
fi
printf '%-48s %10s %10s\n' "file" "raw B" "gzip B"
for f in "$DIST"/*; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
    case "$f" in
        */404.html) ;; # a copy of index.html, not loaded with it
        *.html|*.js|*.wasm|*.css) total=$((total + gz)) ;;
    esac
done
kb() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
printf 'budget: index.html + JS + Wasm + CSS = %d B gzipped (%s KB)\n' "$total" "$(kb "$total")"
if [ "$total" -gt $((TARGET_KB * 1024)) ]; then
    echo "budget: FAILED, over the $TARGET_KB KB budget by $(kb $((total - TARGET_KB * 1024))) KB" >&2
    exit 1
fi
echo "budget: ok, $(kb $((TARGET_KB * 1024 - total))) KB under the $TARGET_KB KB budget"
