// §6 E04xx dependencies: a milestone that requires another one due later (in any partnership), and
// dependency cycles (the whole cycle in the message). §4: `requires X.m` across partnerships, `requires m` local.
// Right answers:
//  - Launch.go_live (2026-06-01) requires SdkDeal.sdk_delivered (2026-07-01): due later -> error naming both dates.
//  - Launch.docs (2026-05-01) requires training (2026-04-01) and SdkDeal.spec (2026-03-01): fine.
//  - cycle: Cyc.a requires Cyc.b, b requires Other.c, Other.c requires Cyc.a -> one error with a -> b -> c -> a.
party Acme { role ops }
party Initech { role delivery }
partnership SdkDeal {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone spec by 2026-03-01 owner Initech
  milestone sdk_delivered by 2026-07-01 owner Initech
}
partnership Launch {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone training by 2026-04-01 owner Initech
  milestone docs by 2026-05-01 owner Initech requires training and SdkDeal.spec
  milestone go_live by 2026-06-01 owner Initech requires SdkDeal.sdk_delivered
}
partnership Cyc {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone a by 2026-05-01 requires b
  milestone b by 2026-05-01 requires Other.c
}
partnership Other {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone c by 2026-05-01 requires Cyc.a
}
