// §6 E03xx: term ends before it starts. Right answer: one error on the term, both dates named.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
event dispute_notice
partnership T {
  parties Acme as client, Globex as provider
  term 2026-05-01 to 2026-04-01
}
