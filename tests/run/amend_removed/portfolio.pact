// §10.6: amend_open_duties with an amendment (effective 2026-07-01) that also removes the trigger `t` and the
// milestone `launch`. Run with events.jsonl (as of 2026-12-31). Right answers: `explain costs`, which arose on
// 2026-06-20 under the old terms, is still owed and fulfilled on 2026-07-10 (the `fulfilled` line is right
// after the effective date although the new terms have no trigger `t`); the milestone, due 2026-08-01 after
// the amendment removed it, is not owed; the review and mediation steps breach as in amend_open_duties.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  milestone launch by 2026-08-01 owner Globex
  trigger t when cost_change > 50% {
    Globex must explain costs within 30 days
  }
  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when cost_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days then mediation within 30 days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
  }
}
amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  remove meeting tactical
  remove trigger t
  remove milestone launch
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
