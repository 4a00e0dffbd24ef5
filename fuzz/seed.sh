#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ for the given targets (default: all):
# - parse, check, fmt_roundtrip, schedule: every .pact file of examples/,
#   stdlib/ and tests/fixtures/, and the kept inputs of tests/fuzz_regressions/;
# - literals: one input per valid seed file (see `pact_fuzz::literals`), alone
#   and with one literal replaced.
# Run from anywhere; the corpus folders are ignored by git.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse check fmt_roundtrip schedule literals)
for target in "${targets[@]}"; do
  dir="$fuzz/corpus/$target"
  mkdir -p "$dir"
  n=0
  if [ "$target" = literals ]; then
    # [seed selector: 2 bytes][literal index: 2 bytes, choice, extra]...
    for seed in $(seq 0 31); do
      printf "\\x$(printf %02x "$seed")\\x00" > "$dir/seed-$seed"
      printf "\\x$(printf %02x "$seed")\\x00\\x$(printf %02x $((seed * 7 % 256)))\\x00\\x$(printf %02x $((seed * 13 % 256)))\\x$(printf %02x $((seed * 29 % 256)))" \
        > "$dir/seed-$seed-1"
      n=$((n + 2))
    done
  else
    while IFS= read -r -d '' file; do
      # Name each seed after its path so that seeds never collide.
      rel="${file#"$root"/}"
      cp "$file" "$dir/seed-${rel//\//_}"
      n=$((n + 1))
    done < <(find "$root/examples" "$root/stdlib" "$root/tests/fixtures" "$root/tests/fuzz_regressions" \
               -type f \( -name '*.pact' -o -name '*.bin' \) -print0 2>/dev/null)
  fi
  echo "corpus/$target: $n seed file(s), $(ls "$dir" | wc -l) file(s) in all"
done
