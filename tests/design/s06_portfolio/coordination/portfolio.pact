// §5 coordinate, §6 E04xx coordination cycles (warning) and inconsistent frameworks (warning).
// Right answers: ApiPricing reads ApiOne and binds ApiTwo; Back reads ApiTwo and binds ApiOne
// -> warning: cycle ApiOne -> ApiTwo -> ApiOne. Globex is under two dispute ladders (ApiOne has
// std.disputes.four_step, ApiTwo its own) and two laws -> warnings.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal price_change: percent
event dispute_notice
partnership ApiOne {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  law "England and Wales"
  use std.disputes.four_step()
}
partnership ApiTwo {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  law "New York"
  disputes on dispute_notice {
    step talk by client.rm, provider.rm within 10 business days
    step arbitration by neutral binding
  }
}
coordinate ApiPricing {
  when ApiOne.price_change > 10% {
    ApiTwo.client must review pricing within 30 days
  }
}
coordinate Back {
  when ApiTwo.price_change > 10% {
    ApiOne.provider must review pricing within 30 days
  }
}
