#!/usr/bin/env bash
# Size budget: prints every file in dist/ raw and gzipped, and fails if
# index.html + JS + Wasm + CSS exceed the budget gzipped.
set -euo pipefail
DIST="${1:-dist}"
BUDGET_KB="${BUDGET_KB:-400}"
total=0
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
limit=$((BUDGET_KB * 1024))
printf 'budget: index.html + JS + Wasm + CSS = %d B gzipped (%s KB) of %d KB\n' "$total" "$(awk "BEGIN{printf \"%.1f\", $total/1024}")" "$BUDGET_KB"
if [ "$total" -gt "$limit" ]; then
    echo "budget: FAILED, over by $((total - limit)) B" >&2
    exit 1
fi
echo "budget: ok"
