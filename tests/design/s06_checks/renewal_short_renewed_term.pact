// §6 E03xx "renewal window opening ... outside the term", §10.3 "the next renewal window follows the same rule".
// Term 2026 (1 year), default renew for 2 months, window opens 90 days before end, decision 60 days before end.
// Term 2 = 2027-01-01..2027-02-28: its window would open 2026-11-30 and its decision be due 2026-12-30 —
// both before term 2 starts. Right answer: an error or warning at check time (the renewed term's window
// and decision fall outside it).
party Acme { role ops }
party Globex { role delivery }
partnership Short {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 2 months
  }
}
