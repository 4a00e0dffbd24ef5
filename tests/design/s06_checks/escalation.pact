// §6 E03xx escalation rungs: rising times are normal; unlike units use bounds (1 month is 28-31 days).
// Right answers: Up (24 hours, 3 business days, 1 month): clean. Down (1 month, then 20 days): 20 days is
// below 28 days -> falling rung is an error/warning. Maybe (1 month then 30 days): 30 days may be less
// than 31 days -> at most a "may" diagnostic, never a definite error.
// §10.4 escalation criteria: Crit (minor when outage <= 4, major when outage > 2) -> overlap (2, 4] error;
// CritGap (minor <= 4, major > 8) -> gap warning.
party Acme { role ops; role rm; role sponsor; role steering }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
signal other: percent
resource Data "data" owned by Acme
signal outage: number
partnership Up {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor handled by client.ops, provider.delivery within 24 hours
    significant handled by client.rm, provider.rm within 3 business days
    major handled by client.sponsor, provider.sponsor within 1 month
  }
}
partnership Down {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor handled by client.ops, provider.delivery within 1 month
    major handled by client.sponsor, provider.sponsor within 20 days
  }
}
partnership Maybe {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor handled by client.ops, provider.delivery within 1 month
    major handled by client.sponsor, provider.sponsor within 30 days
  }
}
partnership Crit {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor when outage <= 4 handled by client.ops, provider.delivery within 24 hours
    major when outage > 2 handled by client.sponsor, provider.sponsor within 1 week
  }
}
partnership CritGap {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor when outage <= 4 handled by client.ops, provider.delivery within 24 hours
    major when outage > 8 handled by client.sponsor, provider.sponsor within 1 week
  }
}
