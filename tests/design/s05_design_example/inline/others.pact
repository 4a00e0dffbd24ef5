// Completes the design §5 example: the partnerships ApiOne, ApiTwo, ApiThree, SdkDeal.
signal price_change: percent
partnership ApiOne {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
partnership ApiTwo {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
partnership ApiThree {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
partnership SdkDeal {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone sdk_delivered by 2026-05-01 owner Initech
}
