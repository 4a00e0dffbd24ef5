" Pact contract files.
autocmd BufRead,BufNewFile *.pact setfiletype pact
