#!/usr/bin/env bash
# The build refuses a bad corpus and names the file and the reason: each
# case builds the app (build script only) against a temporary corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

case_dir() { rm -rf "$tmp/c"; mkdir -p "$tmp/c"; printf 'A good article\n\nIt has text.\n' > "$tmp/c/good.txt"; }
expect_fail() { # name, expected text...
    local name=$1; shift
    local out
    if out=$(PARALLAX_SEEDS="$tmp/c" cargo check -q -p parallax 2>&1); then
        echo "FAIL $name: the build accepted a bad corpus"; fail=$((fail + 1)); return
    fi
    for want in "$@"; do
        if ! grep -qF -- "$want" <<<"$out"; then
            echo "FAIL $name: message lacks '$want':"; echo "$out" | grep -m5 error; fail=$((fail + 1)); return
        fi
    done
    echo "ok   $name: $(grep -m1 -E "^ *(error:|  [^ ].*: )" <<<"$out" | sed "s/^ *//")"; pass=$((pass + 1))
}

case_dir; printf 'caf\xe9 au lait\n' > "$tmp/c/latin1.txt"
expect_fail "non-UTF-8 file" "latin1.txt" "not UTF-8"
case_dir; : > "$tmp/c/empty.txt"
expect_fail "empty file" "empty.txt" "empty file"
case_dir; head -c $((2 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' > "$tmp/c/huge.txt"
expect_fail "oversized file" "huge.txt" "too large"
rm -rf "$tmp/c"; mkdir -p "$tmp/c"; printf 'notes\n' > "$tmp/c/readme.md"
expect_fail "folder without .txt" "no .txt files"

# And a good corpus still builds (the cache must not keep a failure).
case_dir
if PARALLAX_SEEDS="$tmp/c" cargo check -q -p parallax 2>/dev/null; then
    echo "ok   good corpus builds"; pass=$((pass + 1))
else
    echo "FAIL good corpus: the build failed"; fail=$((fail + 1))
fi
echo "bad-seeds: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
