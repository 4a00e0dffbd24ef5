//! §2 layout rule: every continuation form the design lists. Right answer: `pact check` clean.
/* a block comment
   spanning lines counts as a newline */ party Acme "Acme" { role ops; role sponsor }
party Globex "Globex \"the\" Ltd\\n" {
  role delivery; ; role rm
  role sponsor
}
signal cost_change: percent
partnership P
{
  parties Acme as client,
    Globex as provider
  term 2026-01-01 for
    1 year
  currency USD
  calendar weekdays monday-friday holidays 2026-12-25,
    2026-12-28
  changes {
    minor when cost_change <= 5%
      -> approve by Acme.ops
    significant when cost_change > 5% and
      cost_change <= 15% -> review by Acme.ops, Globex.rm within 10 business days
    fundamental when cost_change > 15%
      -> review by Acme.sponsor, Globex.sponsor within 10 business days
      then mediation within 30 days
    authority Acme.sponsor
  }
  meeting sync weekly on monday at 9:30 for 30 minutes with Acme.ops,
    Globex.delivery
  Globex must deliver code and
    documentation within 30 days
  milestone m1 by 2026-03-31 owner Globex; milestone m2 by 2026-06-30 owner Globex requires m1 }
