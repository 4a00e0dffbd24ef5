// §6 E03xx: milestones outside the term (m_late: 2027-01-01 is after the end 2026-12-31;
// m_early: day -1 is not even syntax so use 2025-12-31); a cadence with no occurrence in the term
// (C: term 2026-03-01 to 2026-03-10, monthly on day 15 -> none; annually from 2026-03-01 -> 03-01 is one, fine).
// Right answer: two milestone errors (M), one cadence error for meeting x (C), nothing on meeting y.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
event dispute_notice
partnership M {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  milestone m_late by 2027-01-01 owner Globex
  milestone m_early by 2025-12-31 owner Globex
  milestone m_day by day 400 owner Globex
}
partnership C {
  parties Acme as client, Globex as provider
  term 2026-03-01 to 2026-03-10
  meeting x monthly on day 15 1 hour with Acme.ops, Globex.delivery
  meeting y annually 1 hour with Acme.ops, Globex.delivery
}
