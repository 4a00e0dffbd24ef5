//! Dated duties in the schedule (written for the output tests, issue 12):
//! clause duties due within business days of the term start, by a date,
//! before a milestone of this partnership and of another, before the end;
//! the day the governance evolves; the exit transition (its first and last
//! days and its duties); the survival period. Dates are computed by hand
//! in expected.json.

party Hooli "Hooli Inc" {
  role rm
  role sponsor
}

party Bachman "Bachman Capital" {
  role delivery
  role sponsor
}

party Raviga { role pm }

signal cost_change: percent

partnership Rollout {
  parties Hooli as client, Bachman as provider
  term 2026-01-01 for 1 year
  calendar holidays 2026-01-02

  milestone go_live by 2026-06-01 owner Bachman

  Bachman must deliver plan within 10 business days
  Bachman must submit security_review by 2026-03-31
  Hooli must approve budget before go_live
  Hooli.rm must review roadmap before Platform.launch
  Bachman must prepare exit_plan before end
  Bachman must notify Hooli.rm within 5 business days when cost_change > 15%

  governance {
    tier steering Hooli.rm, Bachman.delivery decides scope
    evolves after 6 months {
      tier steering Hooli.sponsor, Bachman.sponsor decides scope, pricing
    }
  }

  exit {
    transition 6 weeks {
      Bachman must deliver source_code
      Bachman must return customer_data within 10 days
    }
  }

  survives 2 years {
    Bachman must not disclose pricing
  }
}

partnership Platform {
  parties Hooli as client, Raviga as provider
  term 2026-01-01 for 1 year
  milestone launch by 2026-09-15 owner Raviga
}
