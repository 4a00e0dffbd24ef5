" Records the settings that ftdetect, ftplugin, syntax and indent give a
" .pact buffer; test/run.sh compares them with the expected line.
call writefile([printf('settings: filetype=%s syntax=%s commentstring=%s comments=%s shiftwidth=%d expandtab=%d indentexpr=%s',
      \ &filetype, get(b:, 'current_syntax', ''), &commentstring, &comments,
      \ &shiftwidth, &expandtab, &indentexpr)], g:pact_test_out, 'a')
