// §6 E00xx: unexpected token with the expected set in words; report every error in a file.
// Right answer: two syntax errors (line 8 `for for`, line 10 `must must`); the help should not suggest renaming a keyword to `for_`, the rest checked.
party Acme { role ops }
party Globex { role delivery }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting sync weekly for for 1 hour with Acme.ops
  Globex must deliver code within 30 days
  Globex must must deliver docs
}
