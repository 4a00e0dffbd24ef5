// Design §8: "json is one object per line with code, severity, message, file,
// byte span, line/column, labels, notes".
// Right answer: `pact check --diagnostics json json_fields.pact` prints one
// line: code E0102, severity error, message "undefined party `Globx`", file
// json_fields.pact, span {start, end} over `Globx` (the 5 bytes at line 17,
// column 27), labels (one, the primary, with its own file/span/line/column),
// notes [], help "did you mean `Globex`?"; exit 1. With NO_COLOR=1 (or not a
// terminal) the human form has no escape sequences. Held on main 4239456.
party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}
partnership AcmeGlobex {
  parties Acme as client, Globx as provider
  term 2026-01-01 for 1 year
}
