#!/usr/bin/env bash
# Size budget: prints every file in dist/ raw and gzipped, then checks
# index.html + JS + Wasm + CSS (gzipped) against two lines:
#   target   400 KB, the foundation issue's budget. NOT MET at present: the
#            engine's analysis code, its word lists and the explorer's views
#            come to ~474 KB (README "Size" lists where it goes and what was
#            cut). Printed as met / not met, with the gap.
#   ceiling  a ratchet a little above the current size: the check fails when
#            a change makes the bundle grow past it. Lower it as size is cut;
#            raising it needs a reason in the commit that does it.
set -euo pipefail
DIST="${1:-dist}"
TARGET_KB="${BUDGET_KB:-400}"
CEILING_KB="${BUDGET_CEILING_KB:-480}"
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
kb() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
printf 'budget: index.html + JS + Wasm + CSS = %d B gzipped (%s KB)\n' "$total" "$(kb "$total")"
if [ "$total" -le $((TARGET_KB * 1024)) ]; then
    echo "budget: target $TARGET_KB KB met"
else
    echo "budget: target $TARGET_KB KB NOT MET, over by $(kb $((total - TARGET_KB * 1024))) KB (known; see README \"Size\")"
fi
if [ "$total" -gt $((CEILING_KB * 1024)) ]; then
    echo "budget: FAILED, above the $CEILING_KB KB ceiling by $(kb $((total - CEILING_KB * 1024))) KB: this change grew the bundle" >&2
    exit 1
fi
echo "budget: ok, under the $CEILING_KB KB ceiling (regression guard)"
