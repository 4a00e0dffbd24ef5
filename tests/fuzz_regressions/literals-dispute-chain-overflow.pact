// Fuzz regression (target `literals`): dispute steps whose durations add up past
// Decimal::MAX. "Addition overflowed" (rust_decimal) at src/check/logic.rs:364
// (`chain = (chain.0 + lo, chain.1 + hi)`) inside the contract-check thread, whose
// panic analyse() swallows: at 206337c `pact check` prints the panic and then "no
// problems found", exit 0. Still open at 206337c.
use std.disputes

party A { role r }
party B { role r }
partnership P {
  parties A as client, B as provider
  term 2026-01-01 for 1 year
  currency USD
  disputes on dispute_notice {
    step first by A.r, B.r within 79228162514264337593543950335 business days
    step second by A.r, B.r within 10 business days
    step last by neutral binding
  }
}
