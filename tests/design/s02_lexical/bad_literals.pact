// §2: `2026-02-30` is an error with a span, and parsing goes on; a misspelt unit gets
// "unknown unit `dyas`; did you mean `days`?"; §6 E00xx: report every error in a file.
// Right answer: three errors — the date on line 9, `dyas` on line 10, `mnths` on line 11 — and no more.
party Acme { role ops }
party Globex { role delivery }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  milestone m1 by 2026-02-30 owner Globex
  Globex must deliver code within 30 dyas
  Globex must deliver docs within 3 mnths
}
