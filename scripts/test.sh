#!/usr/bin/env bash
# Sets up and runs every test: engine and app natively, benchmarks' figures,
# the bad-corpus build checks, the release build's size budget, and the
# end-to-end browser tests against dist/ served under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (engine + app logic)"
cargo test --workspace --locked

step "lints: clippy, warnings are errors (skipped, saying so, where the toolchain has no clippy)"
if cargo clippy --version >/dev/null 2>&1; then
    cargo clippy --workspace --all-targets --locked -- -D warnings
else
    echo "clippy is not installed with this toolchain: lints skipped"
fi

step "hardening: 1 MB pathological inputs through the whole engine (release, timed)"
cargo test --locked --release -p parallax-engine --test pathological -- --ignored --nocapture

step "benchmarks (quick runs, printed figures)"
for bench in engine/benches/*.rs; do
    [ -e "$bench" ] || continue
    name=$(basename "$bench" .rs)
    cargo bench --locked -p parallax-engine --bench "$name" -- --quick
done

step "engine in Node (Wasm) beside compromise: entity extraction words/s"
bash scripts/node-bench.sh

step "bad corpora fail the build, naming the file"
bash scripts/test-bad-seeds.sh

step "release build under $PARALLAX_BASE"
bash scripts/build.sh

step "size budgets: first paint and worker"
bash scripts/budget.sh dist

step "extra release builds on generated corpora (100 articles with hostile ones and test hooks; 1,000 articles)"
bash scripts/build-gen.sh

step "the build before the worker (main at 984b7a1) into dist-old/, for the old-vs-new load comparison"
bash scripts/build-old.sh

step "end-to-end (Playwright, Chromium at /usr/bin/chromium): pages, security, faults, XSS, performance"
npx playwright test -c e2e/playwright.config.mjs
