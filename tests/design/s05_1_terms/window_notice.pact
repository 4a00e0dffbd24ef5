// §5.1 "`N days before end` is the inclusive end date minus N days"; `N business days before end` counts
// backwards, strictly before the end (turn-2 ruling); §7 schedule lists window opening, decision, notice deadline.
// WN: term 2026-07-01 to 2027-06-30 (inclusive). Calendar mon-fri, holidays 2027-06-25, 2027-06-28.
//   window opens 90 days before end -> 2027-06-30 - 90 = 2027-04-01.
//   decision due 3 business days before end: strictly before Wed 2027-06-30: 06-29 Tue (1), [06-28 hol], [06-26/27
//   weekend], [06-25 hol], 06-24 Thu (2), 06-23 Wed (3) -> 2027-06-23.
//   exit notice 5 days: notice deadline = end - 5 = 2027-06-25 (not before the decision 06-23: no error).
//   term end 2027-06-30.
party Acme { role ops }
party Globex { role delivery }
partnership WN {
  parties Acme as client, Globex as provider
  term 2026-07-01 to 2027-06-30
  calendar weekdays mon-fri holidays 2027-06-25, 2027-06-28
  renewal {
    window opens 90 days before end
    decision due 3 business days before end
    default expire
  }
  exit {
    notice 5 days
  }
}
