" Vim filetype plugin for Pact (.pact) contracts.
if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1

" Comments: `// line`, `/* block */`, `///` documents the next declaration,
" `//!` the file.
setlocal commentstring=//\ %s
setlocal comments=s1:/*,mb:*,ex:*/,:///,://!,://
setlocal formatoptions-=t formatoptions+=croql

" Two-space indentation, as in the examples and `pact fmt`.
setlocal expandtab shiftwidth=2 softtabstop=2 tabstop=8

" `gf` on `use "../legal/common.pact"`.
setlocal suffixesadd=.pact

let b:undo_ftplugin = "setlocal commentstring< comments< formatoptions<"
      \ . " expandtab< shiftwidth< softtabstop< tabstop< suffixesadd<"
