#!/usr/bin/env bash
# Release build of the site into dist/, for the sub-path $PARALLAX_BASE.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PARALLAX_ROOT"
trunk build --release --public-url "$PARALLAX_BASE" "$@"
