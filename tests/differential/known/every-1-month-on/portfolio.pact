//! Known bug `every-1-month-on` (tests/differential/known.py): `every 1
//! month` is `monthly` in every form, `on day 31` included.
party Acme { role ops }
party Globex { role delivery }

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 3 months
  currency USD
  meeting stock_take every 1 month on day 31 with Acme.ops, Globex.delivery
}
