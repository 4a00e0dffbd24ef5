// §10.6 pact diff OLD NEW. Old version. Right answer for `pact diff diff_old diff_new` (exit 1):
//  - clause changed: pay Globex retainer 10,000 -> 12,000 USD monthly;
//  - money per contract year: year 1 (2026) 120,000 -> 144,000; year 2 (2027) 120,000 -> 144,000;
//  - milestone go_live moved 2026-06-01 -> 2026-07-01;
//  - meeting sync: weekly on monday -> weekly on tuesday: 104 events removed/added (or moved by one day);
//  - obligation `Globex must deliver docs within 30 days` -> `within 45 days` (deadline changed);
//  - partnership Q added; conflict introduced (E0403): Q forbids Globex to share Data, P obliges it (2026).
party Acme { role ops }
party Globex { role delivery }
resource Data "d" owned by Acme
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  meeting sync weekly on monday 1 hour with Acme.ops, Globex.delivery
  milestone go_live by 2026-06-01 owner Globex
  Globex must deliver docs within 30 days
  Globex must share Data within 10 days
  pay Globex {
    retainer 10_000 USD monthly
  }
}
