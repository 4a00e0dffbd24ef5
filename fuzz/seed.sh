#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ for the given targets (default: all):
# - parse, check, fmt_roundtrip, schedule: every .pact file of examples/,
#   stdlib/ and tests/fixtures/, and the kept inputs of tests/fuzz_regressions/;
# - literals: one input per valid seed file (see `pact_fuzz::literals`), alone
#   and with one literal replaced;
# - trace: [contract selector: 1 byte] + each trace of tests/run/ (the
#   selector is the folder's place in sorted order, as `pact_fuzz::trace` reads it);
# - lsp: every example, a NUL byte, then a fixed mix of requests and edits.
# Run from anywhere; the corpus folders are ignored by git.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse check fmt_roundtrip schedule literals trace lsp)
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
  elif [ "$target" = trace ]; then
    i=0
    for run in $(cd "$root/tests/run" && ls -d */ | sort); do
      for events in "$root/tests/run/$run"*.jsonl; do
        # A run folder without a trace (a diff test) still takes its selector.
        [ -e "$events" ] || continue
        { printf "\\x$(printf %02x "$i")"; cat "$events"; } > "$dir/seed-${run%/}-$(basename "$events")"
        n=$((n + 1))
      done
      i=$((i + 1))
    done
  elif [ "$target" = lsp ]; then
    # [kind, line, character, extra] records: every request kind and both edits.
    ops='\x01\x03\x05\x07\x00\x02\x04\x06\x09\x01\x02\x01\x05\x01\x03\x00\x0b\x00\x00\x80\x08\x00\x00\x10\x06\x00\x00\x00\x07\x00\x00\x00\x04\x02\x03\x00\x03\x01\x01\x00\x0a\x02\x00\x01'
    for file in "$root"/examples/*.pact; do
      { cat "$file"; printf '\x00'; printf "$ops"; } > "$dir/seed-$(basename "$file")"
      n=$((n + 1))
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
