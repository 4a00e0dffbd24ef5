// Design §7 (audit 3). Commands: `pact build fields.pact --emit obligations`,
// `--emit schedule`, `--emit ics`. Right answers, by hand:
// - obligations: `Globex must deliver report within 10 business days` has
//   kind "must", subjects [{Globex, null}], action "deliver", objects
//   ["report"], deadline {type "relative", anchor "term_start", duration
//   {"10", "business_day"}, calendar "AcmeGlobex"} (the business-day calendar
//   named), condition null, source {file, line 33, column 3}; the retainer is
//   {"amount": "1000.50", "currency": "EUR"} (a string, exact).
// - schedule: sorted by date; the duty falls on 2026-01-16: business days
//   count from the day after the start, Tuesday 2026-01-06 is a holiday, so
//   01-02, 05, 07, 08, 09, 12, 13, 14, 15, 16 are days 1..10; the renewal
//   window opens 2026-10-02 (90 days
//   before 12-31), decision 2026-11-01, term end 2026-12-31; every event has
//   participants and a source.
// - ics: the weekly meeting is one VEVENT with
//   RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959 and DTSTART 20260105T100000;
//   the duty and the renewal decision are VTODOs with DUE.
// Held on main 4239456, except the retainer amount, "1000.5" in the
// obligations (see README "Known discrepancies"; `pact run` prints "1000.50").
party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency EUR
  calendar weekdays mon-fri holidays 2026-01-06
  Globex must deliver report within 10 business days
  meeting sync weekly on monday at 10:00 for 1 hour with Acme.ops, Globex.rm
  pay Globex {
    retainer 1_000.50 EUR monthly
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
