//! A four-week winter cover arrangement across a year end (written for the
//! output tests, issue 5): business days around Christmas and New Year,
//! holidays on weekdays and on a weekend, a meeting that runs past
//! midnight. Dates are computed by hand in expected.json.

party Fjord "Fjord Ferry Lines" {
  role dispatcher "Duty dispatcher"
  role ops "Operations manager"
}

party Keel "Keel Marine Crewing" {
  role roster "Rostering lead"
}

partnership WinterCover {
  parties Fjord as client, Keel as provider
  term 2026-12-14 for 4 weeks // Mon 2026-12-14 .. Sun 2027-01-10
  timezone "Europe/Oslo"
  calendar weekdays mon-fri holidays 2026-12-24, 2026-12-25, 2026-12-26, 2026-12-28, 2027-01-01

  meeting roster_call daily at 09:00 for 15 minutes with Fjord.dispatcher, Keel.roster
  meeting weekly_review weekly 1 hour with Fjord.ops, Keel.roster
  meeting fuel_check every 10 days with Fjord.ops
  meeting payroll weekly on friday adjusted following 30 minutes with Keel.roster
  meeting crew_swap every 2 weeks with Fjord.ops, Keel.roster
  meeting night_watch weekly on thursday at 23:30 for 1 hour with Fjord.dispatcher
  milestone handover by day 14 owner Keel

  renewal {
    window opens 10 days before end
    decision due 7 days before end
    default expire
  }

  exit {
    notice 5 days
  }
}
