//! Known bug `dates-after-9999-accepted` (tests/differential/known.py): a
//! term whose end is after the calendar's last day.
party Acme { role ops }
party Globex { role delivery }

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 9999-06-01 for 1 year
  currency USD
  meeting review quarterly with Acme.ops, Globex.delivery
}
