// §10.3 "Without a decision, the default applies if the `criteria` hold on the decision date (else the other
// outcome)"; a renewal without `for` lasts the original term's length (reference: "the original term's length
// without it"). Run: pact run default_expire_other_outcome.pact --events default_expire_other_outcome.jsonl
// --until 2027-03-31.
// Right answers: Keep: default expire, criteria sat >= 8; sat 6 on 2026-09-01 -> criteria fail on the decision
//   date 2026-12-01 (30 days before 2026-12-31) -> the other outcome: renew, for 1 year -> term 2 2027-01-01..
//   2027-12-31; retainer continues: 2027-01-31, 02-28, 03-31 paid (15 payments of 100.00 by 2027-03-31).
//   Drop: default expire, criteria sat >= 5, sat 6 -> criteria hold -> expire on 2026-12-31 (12 payments).
//   Told: default renew for 1 year, criteria hold, but the trace decides `expire` on 2026-11-15 -> expires
//   2026-12-31 (the trace's decision wins).
party Acme { role ops }
party Globex { role delivery }
partnership Keep {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 100 USD monthly
  }
  renewal {
    decision due 30 days before end
    default expire
    criteria sat >= 8
  }
}
partnership Drop {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 100 USD monthly
  }
  renewal {
    decision due 30 days before end
    default expire
    criteria sat >= 5
  }
}
partnership Told {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 100 USD monthly
  }
  renewal {
    decision due 30 days before end
    default renew for 1 year
    criteria sat >= 5
  }
}
