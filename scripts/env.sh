# Sourced by the scripts: puts the project's tools first on PATH.
PARALLAX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PARALLAX_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Sub-path the site is built for (a GitHub Pages project site lives under /<repo>/).
export PARALLAX_BASE="${PARALLAX_BASE:-/parallax/}"
