// §10.3 "Exit: the transition starts the day after the term ends ... and lasts its length; its duties are due on
// its last day unless they say otherwise. `survives D { ... }` duties stay in force for D after the term ends."
// Reference: `within D` in a transition counts from the transition's first day; a surviving `must` with a
// deadline is instantiated the day after the term ends. Build: pact build transition_survival.pact --emit
// schedule; run: pact run transition_survival.pact --events transition_survival.jsonl --until 2026-09-30.
// Right answers: term 2026-01-01 for 6 months ends 2026-06-30.
//   transition 3 weeks: 2026-07-01 .. 2026-07-21. `deliver data` due 07-21 (fulfilled 07-20, on time);
//   `return keys within 10 days` due 07-01 + 10 = 07-11 (never fulfilled -> breached, 81 days late by 09-30).
//   survives 1 year: 2026-07-01 .. 2027-06-30 (`must not share` listed as lapsing after 2027-06-30);
//   `delete copies within 30 days` arises 07-01, due 07-31 -> fulfilled 08-05 -> late 5 days.
party Acme { role ops }
party Globex { role delivery }
resource Data "customer data" owned by Acme
partnership TS {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 6 months
  exit {
    transition 3 weeks {
      Globex must deliver data
      Globex must return keys within 10 days
    }
  }
  survives 1 year {
    Globex must not share Data
    Globex must delete copies within 30 days
  }
}
