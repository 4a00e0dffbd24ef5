// Common user mistakes the design's checks should catch (§4, §6 E01xx/E02xx). Right answers, one error each:
//  NoTerm: a partnership without `term` (every date depends on it) -> error.
//  Outsider: pay block for Hooli (not a party of the partnership); meeting with Hooli.ops; duty of Hooli;
//    milestone owner Hooli -> four errors naming the partnership's parties.
//  Refs: bonus on undefined metric; `% of retainer` with no retainer in the block; penalty on undefined
//    milestone; fee per undefined event; `disputes on` a signal (not an event) -> five errors.
party Acme { role ops }
party Globex { role delivery }
party Hooli { role ops }
signal cost_change: percent
partnership NoTerm {
  parties Acme as client, Globex as provider
  meeting m weekly 1 hour with Acme.ops, Globex.delivery
}
partnership Outsider {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Hooli {
    retainer 100 USD monthly
  }
  meeting m weekly 1 hour with Acme.ops, Hooli.ops
  Hooli must deliver code within 5 days
  milestone x by 2026-05-01 owner Hooli
}
partnership Refs {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    bonus b quarterly on quality {
      tier t when quality >= 5 pays 5% of retainer
    }
    penalty p on golive 100 USD per day
    fee 10 USD per delivery
  }
  disputes on cost_change {
    step arbitration by neutral binding
  }
}
