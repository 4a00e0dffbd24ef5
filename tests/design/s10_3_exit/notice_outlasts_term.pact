// §10.3 "a trace event gives notice for convenience (effective `notice` days later) ... The term then ends on the
// effective date: ... the current periods are prorated by days (retainer)"; a renewal extends the term, so a
// notice that outlasts the running term ends the renewed one; "`survives D { ... }` duties stay in force for D
// after the term ends". Run: pact run notice_outlasts_term.pact --events notice_outlasts_term.jsonl
// --until 2027-04-30. Right answers: notice 2026-12-01 by Acme, 90 days -> last day 2027-03-01. Term 1
//   (2026-01-01..12-31) renews by default on its decision date 2026-11-01 (the notice came later); term 2 ends
//   2027-03-01, terminated. Retainer 1,000 monthly: 12 + 2 = 14,000.00, and March 2027 prorated 1/31 x 1,000 =
//   32.258... -> 32.26 on 03-01; total 14,032.26. Survival 6 months: from 2027-03-02 until 2027-09-01.
party Acme { role ops }
party Globex { role delivery }
resource Data "d" owned by Acme
partnership NT {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 1_000 USD monthly
  }
  renewal {
    decision due 60 days before end
    default renew for 1 year
  }
  termination {
    for convenience notice 90 days
  }
  survives 6 months {
    Globex must not share Data
  }
}
