#!/usr/bin/env bash
# Sets up, builds the site on the embedded corpus and serves it like GitHub
# Pages would: under $PARALLAX_BASE, with 404.html as the deep-link fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
echo "Parallax: http://127.0.0.1:$PORT$PARALLAX_BASE"
exec node e2e/server.mjs dist "$PARALLAX_BASE" "$PORT"
