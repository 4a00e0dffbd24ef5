//! `pact run` fixture: amendments recorded signed in the trace (design
//! §10.5, §10.6). Expected in tests/e2e/life.rs
//! (`a_trace_records_amendments_signed`).
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by client.rm, provider.rm within 10 business days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 20_000 USD monthly
  }
}

amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
  }
}

amend AcmeGlobex effective 2026-10-01 as minor approved by Acme.ops {
  override pay Globex {
    retainer 23_000 USD monthly
  }
}
