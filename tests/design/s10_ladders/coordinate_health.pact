// §5 coordinate reading another partnership's metric and built-in health (§10.1: `health` is a built-in
// percent of each partnership). Run with coordinate_health.jsonl. Right answers: Q1 2026 health of Sup is 0%
// (on_time 80% misses 95%) -> on 2026-03-31 `Backup.provider must prepare capacity within 30 days` arises in
// Backup, due 2026-04-30. (`Sup.on_time`, a metric of another partnership, is not named by the design's qualified
// references, so an error there is defensible; `Sup.health` is: §10.1 calls health "a built-in percent signal of
// each partnership".) Observed (main 55b8190): E0102 "undefined signal `health`" on `Sup.health`.
party Acme { role ops }
party Globex { role delivery }
party Initech { role delivery }
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
}
coordinate Slow {
  when Sup.on_time < 90% {
    Backup.provider must warm_up standby within 30 days
  }
}
