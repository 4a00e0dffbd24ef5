// Surveys as duties of `pact run` (reference: the `survey` clause). A term
// from 2026-02-01 to 2027-01-31. `health` falls quarterly on day 15 from the
// start's month: 02-15, 05-15, 08-15, 11-15, each due the day before the
// next (05-14, 08-14, 11-14) and the last by the term's last day, 2027-01-31.
// `pulse` names no one: a duty of both parties, once, on 2026-02-01, due
// 2027-01-31.
party Acme { role ops }
party Globex { role delivery }
partnership S {
  parties Acme as client, Globex as provider
  term 2026-02-01 for 1 year
  survey health quarterly on day 15 anonymous by Acme.ops
  survey pulse annually
}
