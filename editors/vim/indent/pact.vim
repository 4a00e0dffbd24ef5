" Vim indent file for Pact: one level per open `{`, `(` or `[`; a line that
" continues the previous clause (starting with `->`, `then`, `and`, `or`)
" gets one extra level.
if exists("b:did_indent")
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetPactIndent(v:lnum)
setlocal indentkeys=0{,0},0),0],!^F,o,O,0=->,0=then\ ,0=and\ ,0=or\ 
setlocal autoindent nosmartindent nocindent

let b:undo_indent = "setlocal indentexpr< indentkeys< autoindent< smartindent< cindent<"

if exists("*GetPactIndent")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" The code of a line: strings emptied, comments removed.
function! s:Code(lnum) abort
  let line = getline(a:lnum)
  let line = substitute(line, '"\%([^"\\]\|\\.\)*"', '""', 'g')
  let line = substitute(line, '/\*.\{-}\*/', ' ', 'g')
  let line = substitute(line, '//.*$', '', '')
  return line
endfunction

function! s:Continues(line) abort
  return a:line =~# '^\s*\%(->\|\%(then\|and\|or\)\>\)'
endfunction

" Whether line lnum lies inside a block comment (needs syntax on).
function! s:InComment(lnum) abort
  let col = match(getline(a:lnum), '\S') + 1
  if col <= 0 || !exists("g:syntax_on")
    return 0
  endif
  return synIDattr(synID(a:lnum, col, 1), "name") ==# "pactBlockComment"
        \ && getline(a:lnum) !~# '^\s*/\*'
endfunction

function! GetPactIndent(lnum) abort
  " Inside a block comment: align with the text after the opening `/*`
  " (three columns in), or under its `*` for a line starting with `*`.
  if s:InComment(a:lnum)
    let start = search('/\*', 'bnW')
    if start == 0
      return -1
    endif
    let base = match(getline(start), '/\*')
    return getline(a:lnum) =~# '^\s*\*' ? base + 1 : base + 3
  endif
  let prev = prevnonblank(a:lnum - 1)
  while prev > 0 && s:InComment(prev)
    let prev = prevnonblank(prev - 1)
  endwhile
  if prev == 0
    return 0
  endif
  let code = s:Code(prev)
  let ind = indent(prev)
  " A continuation line's indent is one level deeper than its clause.
  if s:Continues(code)
    let ind -= shiftwidth()
  endif
  " Openers minus closers, not counting closers at the start of the
  " previous line (its own indent already accounts for them).
  let opens = len(substitute(code, '[^{(\[]', '', 'g'))
  let closes = len(substitute(code, '[^})\]]', '', 'g'))
  let leading = len(substitute(matchstr(code, '^\s*[})\]]*'), '\s', '', 'g'))
  let net = opens - (closes - leading)
  if net > 0
    let ind += shiftwidth()
  elseif net < 0
    let ind += net * shiftwidth()
  endif
  let cur = getline(a:lnum)
  if cur =~# '^\s*[})\]]'
    let ind -= shiftwidth()
  elseif s:Continues(cur)
    let ind += shiftwidth()
  endif
  return ind < 0 ? 0 : ind
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
