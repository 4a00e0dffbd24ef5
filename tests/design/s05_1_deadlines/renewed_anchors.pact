// §5.1 "`before ANCHOR` (an anchor is `end`, `renewal decision`, or a milestone): due on the day before the
// anchor"; §10.3 "A renewal extends the term ... the next renewal window follows the same rule"; `within 36
// hours` -> end of day D + ceil(36/24) = D + 2; business days count strictly after D even when D is a weekend day.
// Run: pact run renewed_anchors.pact --events renewed_anchors.jsonl --until 2027-03-31.
// Right answers: term 1 2026-01-01..2026-12-31 renews by default (no criteria) for 1 year: term 2
//   2027-01-01..2027-12-31, its decision due 2027-12-31 - 60 = 2027-11-01.
//   Trigger fires Saturday 2027-03-06 (in term 2):
//     `before end` -> the running term's end 2027-12-31 minus 1 = 2027-12-30;
//     `before renewal decision` -> 2027-10-31;  `within 36 hours` -> 2027-03-08;
//     `within 2 business days` -> Mon 03-08 (1), Tue 03-09 (2) -> 2027-03-09.
party Acme { role ops }
party Globex { role delivery }
signal cost_change: percent
partnership RA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  renewal {
    decision due 60 days before end
    default renew for 1 year
  }
  trigger spike when cost_change > 15% {
    Globex must close books before end
    Globex must confirm budget before renewal decision
    Globex must call Acme.ops within 36 hours
    Globex must notify Acme.ops within 2 business days
  }
}
