// Fuzz regression (target `literals`): weights whose sum overflows a Decimal.
// Panicked with "Addition overflowed" (rust_decimal) from the `.sum()` in
// check::logic weights() (src/check/logic.rs:411 at b97b0c1), inside the contract-check
// thread; no longer panics at 206337c. Must give E0308, never a panic.
party A { role r }
party B { role r }
partnership P {
  parties A as client, B as provider
  term 2026-01-01 for 1 year
  currency USD
  weights {
    from start: operational 79228162514264337593543950335%, relational 1%
  }
}
