//! `pact run` fixture: a `coordinate` condition reading another
//! partnership's built-in health, a tier score and a metric (design §10.1:
//! `health` is a built-in percent signal of each partnership). The expected
//! dates are worked out by hand in tests/e2e/audit_fixes.rs
//! (`coordinate_reads_another_partnerships_health`).

party Acme {
  role ops
}

party Globex {
  role delivery
}

party Initech {
  role delivery
}

partnership Sup {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  weights {
    from start: operational 100%, relational 0%, strategic 0%
  }
}

partnership Backup {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
}

coordinate Fallback {
  when Sup.health < 60% {
    Backup.provider must prepare capacity within 30 days
  }
  when Sup.health.operational < 50% {
    Backup.provider must review staffing within 10 days
  }
  when Sup.on_time < 90% {
    Backup.provider must warm_up standby within 30 days
  }
}
