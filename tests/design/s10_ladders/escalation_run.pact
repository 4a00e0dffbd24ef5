// §5 escalation + §10.5 trace lines `raise`, `escalate` (with `to`), `resolved`. Run with escalation_run.jsonl.
// Right answers: raise minor on Mon 2026-03-02 -> minor within 24 hours -> deadline 2026-03-03; escalate on
// 03-03 to major (skipping significant) -> major within 1 week from 03-03 -> 2026-03-10; resolved 03-05
// -> ladder resolved, steps: minor escalated, major resolved. Second: raise significant 2026-04-01 (Wed),
// within 72 hours -> 2026-04-04 expires; major starts 04-04, within 1 week -> 2026-04-11, expires -> exhausted.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
partnership E {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  escalation {
    minor handled by client.ops, provider.delivery within 24 hours
    significant handled by client.rm, provider.rm within 72 hours
    major handled by client.sponsor, provider.sponsor within 1 week
  }
}
