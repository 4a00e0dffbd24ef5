// Design §6 E03xx: "renewal window opening ... outside the term; milestones
// outside the term". Right answer: E0302 (the window opens 400 days before
// 2026-12-31 = 2025-11-26, before the term starts 2026-01-01) and E0304 three
// times (2027-03-01 after the end; 2025-12-01 before the start; day 400 =
// 2027-02-05), each with a `help:` (design §6: "a `help:` with the fix" —
// observed on main 4239456: none; added in audit 3: count the window from
// closer to the end, the term has 365 days; give a due date from 2026-01-01 to
// 2026-12-31).
party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  milestone late by 2027-03-01 owner Globex
  milestone early by 2025-12-01 owner Globex
  milestone far by day 400 owner Globex
  renewal {
    window opens 400 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
