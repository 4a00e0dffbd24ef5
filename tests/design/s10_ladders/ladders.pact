// §5 disputes / changes, §10.4 ladders and pathways, run with ladders.jsonl. Hand-computed right answers:
// Disputes (calendar mon-fri): dispute_notice on Mon 2026-03-02.
//   negotiation within 5 business days: 03-03..03-09 -> deadline 2026-03-09; expires unresolved.
//   managers starts 03-09, within 10 business days: 03-10..03-23 -> deadline 2026-03-23; expires.
//   mediation within 30 days of notice -> deadline 2026-04-01 (from the notice), starts 03-23; resolved 03-25.
//   -> ladder resolved, arbitration never starts.
// Changes: cost_change 20% on Wed 2026-05-06 -> fundamental; review within 10 business days: 05-07..05-20
//   -> due 2026-05-20; unresolved -> breached; `then mediation within 30 days` arises, clock from 05-20 ->
//   due 2026-06-19. cost_change 8% on 2026-07-01 -> significant: review due 10 bd -> 2026-07-15; fulfilled 07-10
//   -> done (no later step).
// Escalation with criteria: outage_hours 6 on 2026-08-03 (Mon) -> raises `major` (> 4), within 2 business days
//   -> deadline 2026-08-05.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal outage_hours: number
event dispute_notice
partnership L {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 5 business days
    step managers by client.rm, provider.rm within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when cost_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days then mediation within 30 days
    authority Acme.sponsor
  }
  escalation {
    minor when outage_hours <= 4 handled by client.ops, provider.delivery within 24 hours
    major when outage_hours > 4 handled by client.sponsor, provider.sponsor within 2 business days
  }
}
