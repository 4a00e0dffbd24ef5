// §5.1 Dates: deadlines of trigger duties, on a calendar with holidays. Trace deadlines.jsonl:
// cost_change = 20% on Friday 2026-12-18 -> trigger fires, D = 2026-12-18. Calendar mon-fri, holidays 12-24, 12-25.
// Right answers (hand-computed):
//   a: within 5 business days: business days strictly after D: 12-21 Mon(1), 12-22(2), 12-23(3), [24,25 hol, 26-27 wknd], 12-28(4), 12-29(5) -> 2026-12-29
//   b: within 0 business days -> due on D itself, 2026-12-18
//   c: within 24 hours -> end of day D + ceil(24/24) = 2026-12-19
//   d: within 25 hours -> D + 2 = 2026-12-20
//   e: within 2 weeks -> 2027-01-01
//   f: within 1 month -> 2027-01-18
//   g: before end -> term end 2026-12-31, minus 1 day = 2026-12-30
//   h: by 2026-12-31 -> 2026-12-31
//   i: before go_live (milestone due 2027-01-15? outside term -> use 2026-12-20) -> 2026-12-19
//   j: within 1 business day -> 2026-12-21
// Second pass: a trigger on 2026-01-30 (Fri), value 16% after falling to 0%: re-arms, fires again.
//   a: 2026-02-06 (5 bd: 02-02..02-06); f: within 1 month of 01-30 -> 2026-02-28 (clamped). 
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
partnership D {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  calendar weekdays mon-fri holidays 2026-12-24, 2026-12-25
  milestone go_live by 2026-12-20 owner Globex
  trigger spike when cost_change > 15% {
    Globex must notify Acme.rm within 5 business days
    Globex must acknowledge receipt within 0 business days
    Globex must call Acme.ops within 24 hours
    Globex must email Acme.ops within 25 hours
    Globex must send plan within 2 weeks
    Globex must revise pricing within 1 month
    Globex must deliver report before end
    Globex must deliver summary by 2026-12-31
    Globex must deliver training before go_live
    Acme.rm, Globex.rm must meet within 1 business day
  }
}
