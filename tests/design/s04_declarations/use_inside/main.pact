// §4: a file of the portfolio that `use`s another file of the same portfolio (needless, but harmless).
// Right answer for `pact check use_inside`: clean, no "declared twice" (the file is read once). For
// `pact check use_inside/main.pact` alone: clean too (the import brings common.pact in).
use "common.pact"
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
