//! `pact diff old new`: a partnership added without a termination clause
//! (tests/e2e/audit_fixes.rs, `an_added_partnership_lists_only_what_it_says`).
party Acme { role ops }
party Globex { role delivery }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
partnership Q {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
