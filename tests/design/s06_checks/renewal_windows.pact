// §6 E03xx: renewal window opening after the decision date (R1); window outside the term (R2:
// 400 days before the end of a 1-year term = 2025-11-26, before the start 2026-01-01);
// notice (R3): exit notice 90 days -> last day for notice 2026-10-02 (2026-12-31 - 90) falls before the
// decision date 2026-11-01 (60 days before end) -> error. Right answer: three errors, one per partnership.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
event dispute_notice
partnership R1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  renewal {
    window opens 30 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
partnership R2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  renewal {
    window opens 400 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
partnership R3 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }
  exit {
    notice 90 days
  }
}
