#!/usr/bin/env bash
# Installs what building and testing Parallax needs, from package registries
# only, and skips whatever is already present. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# Trunk: its newer releases declare a newer rustc than ours; 0.22.1 builds and runs fine.
TRUNK_VERSION=0.22.1
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (takes a while on 2 cores)"
    cargo install --locked --ignore-rust-version "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly. (--locked
# fails: its lockfile wants a crate version the index lacks.)
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
    say "installing wasm-bindgen-cli $WB_VERSION"
    cargo install --force wasm-bindgen-cli --version "$WB_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
    echo "Trunk.toml [tools] wasm_bindgen must be $WB_VERSION (Cargo.lock)" >&2
    exit 1
fi

# Chromium and its driver from Debian, for browser tests and screenshots
# (PARALLAX_SETUP_BROWSER=0 skips them where only the site is built).
if [ "${PARALLAX_SETUP_BROWSER:-1}" != 0 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
    say "installing chromium and chromium-driver"
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm packages: Playwright (never its own browser download), axe-core, binaryen's wasm-opt.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund
fi

# Crates for offline builds (Trunk builds with --offline).
cargo fetch --locked >/dev/null 2>&1 || cargo fetch
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
