" Checks the syntax groups of the current buffer against its assertion
" comments, in the format of the VS Code grammar tests:
"
"   party Acme {
"   // <----- pactDeclaration        columns 1-5 of the line above
"   //    ^^^^ pactDeclName           columns 6-9
"   //    ^^^^ - pactKeyword          not this group
"
" An assertion applies to the nearest line above it that is not an
" assertion. The group is the innermost syntax item's own name
" (synIDattr(synID(lnum, col, 1), "name")), not the highlight it links to.
" Writes one line per failure and a summary to g:pact_test_out, then
" quits with status 0 (all passed) or 1.

let s:failures = []
let s:passed = 0
let s:target = 0
for s:lnum in range(1, line('$'))
  let s:line = getline(s:lnum)
  let s:m = matchlist(s:line, '^//\(\s*\)\(<\(\~*\)\(-\+\)\|\^\+\)\s\+\(-\s\+\)\=\(\S\+\)\s*$')
  if empty(s:m)
    let s:target = s:lnum
    continue
  endif
  if s:m[2][0] ==# '<'
    let s:first = len(s:m[3]) + 1
    let s:cols = range(s:first, s:first + len(s:m[4]) - 1)
  else
    let s:first = 2 + len(s:m[1]) + 1
    let s:cols = range(s:first, s:first + len(s:m[2]) - 1)
  endif
  let s:negated = !empty(s:m[5])
  let s:want = s:m[6]
  for s:col in s:cols
    let s:got = synIDattr(synID(s:target, s:col, 1), 'name')
    if (s:got ==# s:want) == s:negated
      call add(s:failures, printf('%s:%d:%d: expected %s%s, got %s   | %s',
            \ expand('%:t'), s:target, s:col, s:negated ? 'not ' : '', s:want,
            \ empty(s:got) ? '(no group)' : s:got, getline(s:target)))
    else
      let s:passed += 1
    endif
  endfor
endfor

call writefile(s:failures + [printf('%s: %d passed, %d failed', expand('%:t'), s:passed, len(s:failures))],
      \ g:pact_test_out, 'a')
