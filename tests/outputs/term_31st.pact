//! A seed bank and a university plant lab share a frozen-seed vault.
//! Written for the output tests (issue 5): the term starts on a 31st, so
//! monthly and quarterly dates clamp to shorter months, and it runs across
//! a year end with holidays next to a weekend. Every date this contract
//! gives is computed by hand in expected.json.

/// The seed bank.
party Arbor "Arbor Seed Bank" {
  role curator "Head curator"
  role registrar "Registrar of accessions"
}

/// The lab.
party Lumen "Lumen University Plant Lab" {
  role lead "Principal investigator"
  role tech "Lab technician"
}

partnership SeedVault {
  parties Arbor as client, Lumen as provider
  term 2026-01-31 for 1 year // Sat 2026-01-31 .. Sat 2027-01-30
  // Good Friday; Christmas Friday, the Saturday after and the Monday after;
  // New Year's Day (a Friday).
  calendar weekdays mon-fri holidays 2026-04-03, 2026-12-25, 2026-12-26, 2026-12-28, 2027-01-01

  meeting vault_check monthly 30 minutes with Arbor.curator, Lumen.tech
  meeting stock_take monthly on day 31 at 15:00 for 1 hour with Arbor.registrar, Lumen.tech
  meeting triage weekly on monday at 09:30 for 45 minutes with Arbor.curator, Lumen.lead
  meeting lab_walk every 2 weeks on wednesday 1 hour with Arbor.curator, Lumen.tech
  meeting council monthly on first tuesday at 14:00 for 2 hours with Arbor.curator, Lumen.lead
  meeting standup daily at 08:45 for 15 minutes with Lumen.tech
  meeting germination_reading monthly adjusted following 15 minutes with Lumen.tech
  meeting invoice_check monthly on day 3 adjusted preceding 30 minutes with Arbor.registrar
  review viability quarterly with Arbor.curator, Lumen.lead
  review seed_audit quarterly on last friday 3 hours with Arbor.registrar, Lumen.lead
  meeting humidity_walk monthly on day 29 with Lumen.tech
  survey trust quarterly anonymous by Arbor.curator
  report humidity_log monthly by Lumen "vault humidity, temperature; door openings"

  milestone vault_sealed by day 30 owner Lumen
  milestone first_batch by 2026-03-31 owner Lumen requires vault_sealed

  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
  }

  exit {
    notice 30 days
  }
}
