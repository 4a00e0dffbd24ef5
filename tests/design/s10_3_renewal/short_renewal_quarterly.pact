// §10.3 "A renewal extends the term: every cadence, retainer, cap year and schedule continues into the new term";
// "The term then ends on the effective date: ... the current periods are prorated by days (retainer)";
// §5.1 turn 2: `X% of retainer` "is prorated by days when the retainer's periods and the bonus's differ".
// Run: pact run short_renewal_quarterly.pact --events short_renewal_quarterly.jsonl --until 2027-08-31.
// Term 1 2026-01-01..2026-12-31 renews by default for 4 months: term 2 2027-01-01..2027-04-30; the trace
// decides `expire` for term 2. Retainer 3,000 USD quarterly, periods counted from the first term's start.
// Reading of the design (an open question, see README "Known discrepancies"): the quarter 2027-04-01..06-30
//   straddles the end; only 30 of its 91 days lie in the term, so by the termination rule it would pay
//   3,000 x 30/91 = 989.010989... -> 989.01 (total 15,989.01).
// Observed (audit2, main 93c128a): the last period is cut to 2027-04-01..04-30 and paid in full, 3,000.00
//   (total 18,000.00), as docs/reference.md ("Retainer": "the last period ends with the term and is paid in
//   full") documents.
party Acme { role ops }
party Globex { role delivery }
partnership RQ {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 3_000 USD quarterly
  }
  renewal {
    decision due 30 days before end
    default renew for 4 months
  }
}
