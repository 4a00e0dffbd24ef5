// §4 "did-you-mean" / §6 E01xx: a coordinate naming an undefined partnership's label.
// Right answer: "undefined partnership `ApiTwo`" (did you mean `ApiTwoo`?) on `ApiTwo.client`.
party Acme { role ops }
party Globex { role delivery }
signal price_change: percent
partnership ApiOne {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
partnership ApiTwoo {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
coordinate ApiPricing {
  when ApiOne.price_change > 10% {
    ApiTwo.client must review pricing within 30 days
  }
}
