// SYNTAX TEST "source.pact" "second-wave forms: health, share bands, indexation, invoices, early bonuses, joint owners, one-off meetings, amendments"

resource Platform "Shared platform" owned by Acme and Globex
// <-------- storage.type.pact
//       ^^^^^^^^ entity.name.type.pact
//                                  ^^^^^ keyword.other.pact
//                                                ^^^ keyword.operator.logical.pact

partnership AcmeGlobex {
  timezone "Europe/London"
//^^^^^^^^ keyword.other.clause.pact
//         ^^^^^^^^^^^^^^^ string.quoted.double.pact
  health quarterly
//^^^^^^ keyword.other.clause.pact
//       ^^^^^^^^^ keyword.other.cadence.pact
  meeting training on 2026-03-15 at 09:00 for 4 hours with Acme.ops, Globex.delivery
//                 ^^ keyword.other.pact
//                    ^^^^^^^^^^ constant.other.date.pact
//                                  ^^^^^ constant.other.time.pact
//                                            ^ constant.numeric.quantity.pact
//                                              ^^^^^ keyword.other.unit.pact
  report values quarterly on day 10 by Globex "supply-chain ethics commitments"
//                               ^^ constant.numeric.pact
//                               ^^ - constant.numeric.quantity.pact
//                                  ^^ keyword.other.pact
//                                  ^^ - keyword.other.unit.pact
  survey pulse monthly on day 15 anonymous by Acme.rm
//                            ^^ constant.numeric.pact
//                               ^^^^^^^^^ keyword.other.pact
//                               ^^^^^^^^^ - keyword.other.unit.pact
  escalation {
    minor when outage_hours <= 4 handled by Acme.ops within 24 hours
//                             ^ constant.numeric.pact
//                               ^^^^^^^ keyword.other.pact
//                               ^^^^^^^ - keyword.other.unit.pact
  }
  trigger at_risk when health < 60% or health.operational < 50% {
//                     ^^^^^^ keyword.other.clause.pact
//                              ^^^ constant.numeric.percentage.pact
//                                            ^^^^^^^^^^^ variable.other.role.pact
//                                            ^^^^^^^^^^^ - keyword.other.pact
    Acme.rm, Globex.rm must meet within 10 business days
  }
  invoice quarterly in advance net 15 days
//^^^^^^^ keyword.other.clause.pact
//                  ^^ keyword.other.pact
//                     ^^^^^^^ keyword.other.pact
//                             ^^^ keyword.other.pact
  pay Globex from Acme {
    retainer 20_000 USD monthly indexed annually by cpi capped at 3% floor -1%
//                              ^^^^^^^ keyword.other.pact
//                                      ^^^^^^^^ keyword.other.cadence.pact
//                                                      ^^^^^^ keyword.other.pact
//                                                                   ^^^^^ keyword.other.pact
//                                                                         ^ keyword.operator.arithmetic.pact
//                                                                          ^^ constant.numeric.percentage.pact
    invoice monthly in arrears net 30 days
//                     ^^^^^^^ keyword.other.pact
    share 10% of extra_revenue up to 200_000 USD, 15% up to 500_000 USD, 20% above capped at 120_000 USD per year
//  ^^^^^ keyword.other.clause.pact
//                             ^^ keyword.other.pact
//                                ^^ keyword.other.pact
//                                   ^^^^^^^ constant.numeric.quantity.pact
//                                           ^^^ support.constant.currency.pact
//                                                                           ^^^^^ keyword.other.pact
    bonus early_go_live on go_live 1_000 USD per day early capped at 10_000 USD
//  ^^^^^ keyword.other.clause.pact
//                                                   ^^^^^ keyword.other.pact
    bonus partnership_health quarterly on health {
      tier good when health >= 80% pays 2% of retainer
//                   ^^^^^^ keyword.other.clause.pact
//                                 ^^^^ keyword.other.pact
    }
  }
  renewal {
    criteria health >= 70% and on_time >= 90%
//  ^^^^^^^^ keyword.other.clause.pact
  }
  survives 2 years {
//^^^^^^^^ keyword.other.clause.pact
//         ^ constant.numeric.quantity.pact
//           ^^^^^ keyword.other.unit.pact
    Globex must not share CustomerData
//         ^^^^^^^^ keyword.other.deontic.pact
  }
}

amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
// <----- storage.type.pact
//    ^^^^^^^^^^ entity.name.type.pact
//               ^^^^^^^^^ storage.type.pact
//                         ^^^^^^^^^^ constant.other.date.pact
//                                    ^^ keyword.other.pact
//                                                   ^^^^^^^^ storage.type.pact
//                                                            ^^ keyword.other.pact
//                                                               ^^^^ variable.other.party.pact
  override pay Globex {
//^^^^^^^^ storage.type.pact
    retainer 22_000 USD monthly
  }
  remove meeting tactical
//^^^^^^ storage.type.pact
//       ^^^^^^^ keyword.other.clause.pact
  remove renewal
//       ^^^^^^^ keyword.other.clause.pact
}

