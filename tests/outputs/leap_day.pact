//! Two leap-year terms (written for the output tests, issue 5): one starting
//! on 29 February, one whose single month ends on it. Dates are computed by
//! hand in expected.json.

party Quill "Quill Almanac Press" {
  role editor "Managing editor"
}

party Vellum "Vellum Bindery" {
  role binder "Head binder"
}

partnership LeapYear {
  parties Quill as client, Vellum as provider
  term 2028-02-29 for 1 year // Tue 2028-02-29 .. Wed 2029-02-28
  meeting anniversary annually 1 hour with Quill.editor, Vellum.binder
  meeting print_run monthly 2 hours with Quill.editor, Vellum.binder
  review quality quarterly with Quill.editor, Vellum.binder
  milestone last_proof by day 365 owner Vellum
  renewal {
    window opens 30 days before end
    decision due 14 days before end
    default expire
  }
  exit {
    notice 7 days
  }
}

partnership ShortLeap {
  parties Quill as client, Vellum as provider
  term 2028-01-31 for 1 month // Mon 2028-01-31 .. Tue 2028-02-29
  meeting proof monthly with Quill.editor
  meeting bindery_visit weekly on friday at 11:00 for 90 minutes with Quill.editor, Vellum.binder
  meeting sample every 2 weeks with Vellum.binder
  meeting spoilage monthly on last friday with Vellum.binder
  milestone bound by day 29 owner Vellum
}
