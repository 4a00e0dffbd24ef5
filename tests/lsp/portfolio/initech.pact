//! Acme and Initech: the data platform, which waits for Globex's go-live.
partnership AcmeInitech {
  parties Acme as client, Initech as provider
  term   2026-02-01 for 1 year
  meeting sync weekly on tuesday at 14:00 for 2 hours with client.ops, Initech.eng
  grant Initech read CustomerData for "analytics"
  milestone launch by 2026-06-01 owner Initech requires AcmeGlobex.go_live
  Initech must notify Acme.rm within 5 business days when cost_change > 10%
}
