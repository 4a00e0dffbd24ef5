#!/usr/bin/env bash
# Replays files or folders through every fuzz target's body on the stable
# toolchain (no libFuzzer, no nightly):
#   fuzz/replay.sh fuzz/artifacts/check/crash-1234
#   fuzz/replay.sh --target schedule fuzz/corpus/schedule
#   fuzz/replay.sh tests/fuzz_regressions
# Extra cargo flags (e.g. for a tree without src/fmt): PACT_FUZZ_FEATURES=replay
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
exec cargo +stable run --quiet --release --manifest-path "$fuzz/Cargo.toml" \
  --no-default-features --features "${PACT_FUZZ_FEATURES:-replay,fmt}" --bin replay -- "$@"
