// §4 Relative roles: "inside a partnership, a master or a template, `client.ops` / `provider.delivery` name a
// role through the label a party has in that partnership". Right answer: check clean; obligations JSON and
// schedule resolve client.rm -> Acme.rm, provider.rm -> Globex.rm; E0405-free; `grant provider share Data`?
// (grantee must be a party NAME per reference §6.3 — not used here).
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
resource Data "d" owned by Acme
partnership Rel {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting sync weekly on monday at 10:00 for 1 hour with client.rm, provider.rm
  provider.delivery must deliver report within 5 days
  client.rm, provider.rm must meet within 10 business days
  grant Globex share Data for "benchmarking"
  survey pulse quarterly anonymous by client.rm
  report kpis monthly by provider "KPI pack"
}
