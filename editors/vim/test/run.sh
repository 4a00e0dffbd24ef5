#!/usr/bin/env bash
# Headless tests of the Vim support in editors/vim: filetype detection,
# ftplugin settings, syntax groups at asserted positions (test/syntax.pact,
# test/keywords.pact) and brace-based indentation (test/indent.pact). Exits
# non-zero on any mismatch.
#
# Usage: editors/vim/test/run.sh        (needs `vim`; Debian: apt-get install vim)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vimdir=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out.txt"
: > "$out"

command -v vim >/dev/null || { echo "vim is not installed (apt-get install -y vim)" >&2; exit 2; }

# vim -Es -u NONE: silent Ex mode, no vimrc, no plugins, no viminfo; only
# editors/vim is added to the runtimepath ($VIMRUNTIME provides the filetype
# machinery that sources ftdetect/). --cmd runs before the file is loaded, so
# the BufRead autocommand of ftdetect/pact.vim fires for it.
runvim() {
  vim -Es -u NONE -i NONE -N --noplugin \
    --cmd "set runtimepath^=$vimdir" \
    --cmd "let g:pact_test_out = '$out'" \
    --cmd 'filetype plugin indent on' --cmd 'syntax on' "$@"
}

passed=0
failed=0
pass() { passed=$((passed + $1)); }
fail() { failed=$((failed + $1)); }

# 1. Syntax groups at the asserted positions (syntax.pact: every group;
#    keywords.pact: every keyword of src/syntax/token.rs).
for f in syntax.pact keywords.pact; do
  : > "$out"
  if runvim -S "$here/check.vim" -c 'qall!' "$here/$f"; then :; else
    echo "FAIL $f: vim exited with status $?"; fail 1
  fi
  summary=$(tail -n 1 "$out")
  grep -v "^$f: [0-9]* passed" "$out" || true
  pass "$(sed -n 's/.* \([0-9]*\) passed.*/\1/p' <<<"$summary")"
  fail "$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$summary")"
done

# 2. Filetype detection and the ftplugin, syntax and indent settings.
: > "$out"
runvim -S "$here/settings.vim" -c 'qall!' "$here/indent.pact" || true
expected='settings: filetype=pact syntax=pact commentstring=// %s comments=s1:/*,mb:*,ex:*/,:///,://!,:// shiftwidth=2 expandtab=1 indentexpr=GetPactIndent(v:lnum)'
if [ "$(cat "$out")" = "$expected" ]; then
  pass 1
else
  echo "FAIL settings:"; echo "  expected: $expected"; echo "  got:      $(cat "$out")"; fail 1
fi

# 3. Indentation: strip all indentation from a well-indented file, re-indent
#    it with gg=G, and compare with the original.
runvim -c '%left' -c 'normal! gg=G' -c "write! $work/reindented.pact" -c 'qall!' "$here/indent.pact" || true
if diff -u "$here/indent.pact" "$work/reindented.pact" > "$work/indent.diff"; then
  pass 1
else
  echo "FAIL indent: re-indenting test/indent.pact changed it:"; cat "$work/indent.diff"; fail 1
fi

echo "vim: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
