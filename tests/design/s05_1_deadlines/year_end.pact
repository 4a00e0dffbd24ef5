// §5.1 Dates: "`N business days` after date D is the N-th business day strictly after D. `within N days|weeks|
// months` after D is D plus that duration (months clamp to the month's last day). `within 24 hours` on a
// date-only trace is due at the end of day D + ceil(hours / 24)"; "`before ANCHOR` (`end`, `renewal decision`, or
// a milestone): due on the day before the anchor". Run: pact run year_end.pact --events year_end.jsonl
// --until 2027-03-01. Term 2026-01-01 for 2 years (ends 2027-12-31), calendar mon-fri, holiday 2027-01-01.
// Right answers. Firing 1: cost_change 20% on Wed 2026-12-30:
//   notify within 3 business days: 12-31 (1), [01-01 holiday, 01-02/03 weekend], 01-04 (2), 01-05 (3) -> 2027-01-05;
//     fulfilled 2027-01-06 -> fulfilled late, 1 day.
//   call within 48 hours -> D + 2 = 2027-01-01; never fulfilled -> breached, 59 days late as of 03-01.
//   revise within 3 months -> 2027-03-30 (open).   plan within 1 month -> 2027-01-30, fulfilled 01-30 on time.
//   confirm before renewal decision: decision 2027-12-31 - 60 = 2027-11-01 -> due 2027-10-31 (open).
//   prepare before launch (milestone 2027-02-15) -> 2027-02-14; unfulfilled -> breached, 15 days late.
// Re-arm: 0% on 2027-01-10, then 30% on Fri 2027-01-29 -> firing 2 (ids @2027-01-29):
//   notify: 02-01, 02-02, 02-03 -> 2027-02-03 (breached, 26 days late); call -> 2027-01-31 (breached, 29 days);
//   revise -> 2027-04-29; plan within 1 month of 01-29 -> 2027-02-28 (clamped; breached, 1 day late);
//   confirm -> 2027-10-31; prepare -> 2027-02-14 (breached, 15 days).
// Leap (trace year_end_leap.jsonl, --until 2028-03-01): term 2028-01-01 for 1 year; trigger on 2028-01-31: plan within
//   1 month -> 2028-02-29 (leap-year clamp); breached, 1 day late.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
partnership DL {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  calendar weekdays mon-fri holidays 2027-01-01
  milestone launch by 2027-02-15 owner Globex
  renewal {
    decision due 60 days before end
    default expire
  }
  trigger spike when cost_change > 15% {
    Globex must notify Acme.rm within 3 business days
    Globex must call Acme.ops within 48 hours
    Globex must revise pricing within 3 months
    Globex must send plan within 1 month
    Globex must confirm budget before renewal decision
    Globex must prepare handover before launch
  }
}
partnership Leap {
  parties Acme as client, Globex as provider
  term 2028-01-01 for 1 year
  trigger spike when cost_change > 15% {
    Globex must send plan within 1 month
  }
}
