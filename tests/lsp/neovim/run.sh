#!/usr/bin/env bash
# Headless Neovim smoke test of `pact lsp` (Debian's `neovim` package).
# Usage: tests/lsp/neovim/run.sh [PACT]  (default: target/release/pact)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
export PACT="$(realpath "${1:-$repo/target/release/pact}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/tests/lsp/portfolio" "$work/portfolio"
export PORTFOLIO="$work/portfolio"
export XDG_CACHE_HOME="$work/cache"
# `-u NONE`: no user configuration; the script quits with the verdict.
timeout 60 nvim --headless --clean -u NONE -c "luafile $here/smoke.lua"
