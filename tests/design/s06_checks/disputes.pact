// §6 E03xx: an anchored step (of notice) due before the earlier steps can finish at their
// deadlines: steps 1+2 take up to 10 + 10 business days (at least 4 weeks), mediation within 15 days
// of notice -> error. The last step not binding -> warning.
// Right answer: one error (mediation), one warning (last step arbitration is not binding).
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
event dispute_notice
partnership D {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 10 business days
    step managers by client.rm, provider.rm within 10 business days
    step mediation by neutral within 15 days of notice
    step arbitration by neutral
  }
}
