// §6 exclusivity "per resource and right" (no purpose in the rule) + §10.4 "Purposes matter" (stated for
// grant vs prohibition). An exclusive grant of `use Region for "resale"` to Globex and a grant of `use Region for
// "marketing"` to Initech, same period. Right answer by the letter of §6: E0401 (exclusivity is per resource and
// right). A reading where purposes split exclusivity is defensible only if the reference says so.
party Acme { role ops }
party Globex { role delivery }
party Initech { role delivery }
resource Region "EMEA" owned by Acme
partnership G1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant exclusive Globex use Region for "resale"
}
partnership G2 {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  grant Initech use Region for "marketing"
}
