//! Every cadence, with and without business-day adjustment, on a Sunday to
//! Thursday calendar, for tests/outputs/validate.py (the calendar expanded
//! by an independent implementation must give exactly the JSON schedule).
//! Also: times past midnight, a meeting with a time and no length, a
//! length in days, text that needs escaping and folding, a time zone.

party Oasis "Oasis Desalination Co., Ltd; \"Plant 7\"" {
  role shift "Shift supervisor, night; relief"
  role chemist "Water chemist"
}

party Dune "Dune Membrane Services — Ωmega unit" {
  role field "Field engineer"
}

partnership Desal {
  parties Oasis as client, Dune as provider
  term 2027-03-30 for 3 years // Tue 2027-03-30 .. Sat 2030-03-29
  timezone "Asia/Dubai"
  calendar weekdays sun-thu holidays 2027-04-01, 2027-12-02, 2028-02-29, 2028-12-31, 2029-03-29, 2029-12-02, 2029-12-03, 2030-01-01, 2030-03-28

  meeting d daily at 07:00 for 20 minutes with Oasis.shift, Dune.field
  meeting d_following daily adjusted following with Dune.field
  meeting w weekly with Dune.field
  meeting w_fri weekly on friday at 23:45 for 30 minutes with Oasis.shift
  meeting w_fri_following weekly on friday adjusted following at 10:00 with Oasis.shift
  meeting w_sat_preceding weekly on saturday adjusted preceding 1 hour with Oasis.chemist
  meeting n3 every 3 weeks with Dune.field
  meeting n3_thu every 3 weeks on thursday adjusted preceding with Dune.field
  meeting n4d every 4 days with Dune.field
  meeting n1d_following every 1 day adjusted following with Dune.field
  meeting m monthly with Oasis.chemist
  meeting m_following monthly adjusted following with Oasis.chemist
  meeting m29 monthly on day 29 with Oasis.chemist
  meeting m30_preceding monthly on day 30 adjusted preceding with Oasis.chemist
  meeting m31 monthly on day 31 at 12:00 for 1 hour with Oasis.chemist
  meeting m1 monthly on day 1 adjusted following with Oasis.chemist
  meeting m_2nd_sun monthly on second sunday with Oasis.chemist
  meeting m_3rd_wed monthly on third wednesday adjusted following with Oasis.chemist
  meeting m_4th_thu monthly on fourth thursday with Oasis.chemist
  meeting m_last_sat monthly on last saturday adjusted preceding with Oasis.chemist
  meeting q quarterly for 2 days with Oasis.chemist, Dune.field
  meeting q30 quarterly on day 30 with Oasis.chemist
  meeting q31_following quarterly on day 31 adjusted following with Oasis.chemist
  meeting q_last_fri quarterly on last friday with Oasis.chemist
  meeting a annually at 09:00 for 3 hours with Oasis.shift, Dune.field
  meeting a_following annually adjusted following with Oasis.shift
  review r every 2 weeks on sunday at 18:00 with Oasis.shift, Dune.field
  survey s quarterly anonymous by Oasis.shift
  report rep monthly by Dune "Membrane flux, salt rejection; pressure \\ feed temperature, and a very long explanation that has to be folded over several content lines of the calendar — with non-ASCII text: Ωmega, naïve café, 水処理"

  milestone commissioning by day 0 owner Dune
  milestone flux_target by 2028-02-29 owner Dune requires commissioning

  renewal {
    window opens 6 months before end
    decision due 20 business days before end
    default renew for 1 year
  }

  exit {
    notice 10 business days
  }
}

// A second partnership with the same clause names, and a term starting on
// the 30th of a 30-day month.
partnership DesalPilot {
  parties Oasis as client, Dune as provider
  term 2027-11-30 to 2028-11-29
  meeting m monthly with Oasis.chemist
  meeting q quarterly with Oasis.chemist
  meeting a annually with Oasis.chemist
  milestone commissioning by day 90
}
