//! Three desks in three time zones across the daylight-saving changes of
//! spring 2026 (written for the output tests, issue 12): New York moves to
//! daylight time on Sunday 8 March, London on Sunday 29 March, Sydney back
//! to standard time on Sunday 5 April. Offsets are computed by hand in
//! expected.json; the iCalendar carries TZID and a VTIMEZONE.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
  role ops "Operations"
}

party Globex "Globex Ltd" {
  role rm
  role night "Night desk"
}

party Wombat "Wombat Pty" {
  role rm
}

partnership LondonDesk {
  parties Acme as client, Globex as provider
  term 2026-03-02 to 2026-04-12
  timezone "Europe/London"
  calendar holidays 2026-04-03

  meeting sync weekly on thursday at 15:00 for 1 hour with Acme.rm
  meeting standup daily at 09:30 for 15 minutes with Acme.ops
}

partnership NewYorkDesk {
  parties Acme as client, Globex as provider
  term 2026-03-02 to 2026-04-12
  timezone "America/New_York"

  meeting sync weekly on thursday at 10:00 for 1 hour with Globex.rm
  meeting night_shift on 2026-03-08 at 02:30 for 1 hour with Globex.night
  meeting close monthly on day 7 adjusted following at 16:00 for 30 minutes with Globex.rm
}

partnership SydneyDesk {
  parties Acme as client, Wombat as provider
  term 2026-03-02 to 2026-04-12
  timezone "Australia/Sydney"

  meeting weekly_call weekly on monday at 08:00 for 45 minutes with Wombat.rm
}
