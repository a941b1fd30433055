#!/usr/bin/env bash
# Builds the engine for Node (wasm-bindgen --target nodejs) and benchmarks
# its entity extraction against compromise in the same Node process.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PARALLAX_ROOT"
# The profile of the browser build, so the figures are those of the shipped engine.
cargo build --locked --profile wasm-release --target wasm32-unknown-unknown -p parallax-node-bench
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
out="$target_dir/node-bench"
wasm-bindgen --target nodejs --out-dir "$out" "$target_dir/wasm32-unknown-unknown/wasm-release/parallax_node_bench.wasm"
node bench/node/compare.mjs "$out"
