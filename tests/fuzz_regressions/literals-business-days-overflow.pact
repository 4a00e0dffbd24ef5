// Fuzz regression (target `literals`): a dispute step `within` a number of business
// days near Decimal::MAX. Panicked with "Multiplication overflowed" (rust_decimal) in
// check::logic day_bounds() (src/check/logic.rs:159 at b97b0c1, via :359); no longer
// panics at 206337c.
use std.disputes
party A { role r }
party B { role r }
partnership P {
  parties A as client, B as provider
  term 2026-01-01 for 1 year
  currency USD
  disputes on dispute_notice {
    step negotiation by A.r, B.r within 79228162514264337593543950335 business days
    step mediation by neutral within 60 days of notice
  }
}
