// SYNTAX TEST "source.pact" "partnership clauses, obligations, cadences, quantities and references"

partnership AcmeGlobex under StandardMSA {
  term 2026-01-01 for 3 years
//^^^^ keyword.other.clause.pact
//     ^^^^^^^^^^ constant.other.date.pact
//                ^^^ keyword.other.pact
//                    ^ constant.numeric.quantity.pact
//                      ^^^^^ keyword.other.unit.pact
  currency USD
//^^^^^^^^ keyword.other.clause.pact
//         ^^^ support.constant.currency.pact
  timezone "Europe/London"
//^^^^^^^^ keyword.other.clause.pact
  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01
//^^^^^^^^ keyword.other.clause.pact
//         ^^^^^^^^ keyword.other.pact
//                     ^ keyword.operator.arithmetic.pact
//                          ^^^^^^^^ keyword.other.pact
//                                   ^^^^^^^^^^ constant.other.date.pact
//                                               ^^^^^^^^^^ constant.other.date.pact
  metric defects: percent operational lower is better target <= 2%
//^^^^^^ keyword.other.clause.pact
//                                    ^^^^^ keyword.other.pact
//                                          ^^ keyword.other.pact
//                                             ^^^^^^ keyword.other.pact
//                                                    ^^^^^^ keyword.other.pact
//                                                           ^^ keyword.operator.comparison.pact
//                                                              ^^ constant.numeric.percentage.pact
  metric insights: count strategic higher is better target >= 2
//                                 ^^^^^^ keyword.other.pact
//                                                            ^ constant.numeric.pact
//                                                            ^ - constant.numeric.quantity.pact
  weights {
//^^^^^^^ keyword.other.clause.pact
    from start: operational 60%, relational 30%, strategic 10%
//  ^^^^ keyword.other.pact
//       ^^^^^ keyword.other.pact
    after 12 months: operational 40%, relational 30%, strategic 30%
//  ^^^^^ keyword.other.pact
//        ^^ constant.numeric.quantity.pact
//           ^^^^^^ keyword.other.unit.pact
  }
  meeting standup daily 15 minutes with Acme.ops, Globex.delivery
//^^^^^^^ keyword.other.clause.pact
//                ^^^^^ keyword.other.cadence.pact
//                      ^^ constant.numeric.quantity.pact
//                         ^^^^^^^ keyword.other.unit.pact
//                                 ^^^^ keyword.other.pact
//                                      ^^^^ variable.other.party.pact
//                                          ^ punctuation.accessor.pact
//                                           ^^^ variable.other.role.pact
//                                                ^^^^^^ variable.other.party.pact
//                                                       ^^^^^^^^ variable.other.role.pact
  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
//                 ^^^^^^ keyword.other.cadence.pact
//                        ^^ keyword.other.pact
//                                  ^^ keyword.other.pact
//                                     ^^^^^ constant.other.time.pact
//                                               ^ constant.numeric.quantity.pact
//                                                 ^^^^ keyword.other.unit.pact
  meeting strategy monthly on first tuesday adjusted following 2 hours with Acme.steering
//                 ^^^^^^^ keyword.other.cadence.pact
//                            ^^^^^ keyword.other.pact
//                                          ^^^^^^^^ keyword.other.pact
//                                                   ^^^^^^^^^ keyword.other.pact
  meeting review_day monthly on day 15 adjusted preceding at 09:30 for 1 hour
//                              ^^^ keyword.other.pact
//                                  ^^ constant.numeric.pact
//                                  ^^ - keyword.other.unit.pact
//                                     ^^^^^^^^ keyword.other.pact
//                                     ^^^^^^^^ - keyword.other.unit.pact
//                                              ^^^^^^^^^ keyword.other.pact
//                                                           ^^^^^ constant.other.time.pact
  meeting executive quarterly 1 hour with Acme.sponsor, Globex.sponsor
//                  ^^^^^^^^^ keyword.other.cadence.pact
  meeting offsite annually on last friday 1 day
//                ^^^^^^^^ keyword.other.cadence.pact
//                            ^^^^ keyword.other.pact
//                                          ^^^ keyword.other.unit.pact
  meeting sprint_review every 2 weeks 2 hours with client.review
//                      ^^^^^ keyword.other.cadence.pact
//                            ^ constant.numeric.quantity.pact
//                              ^^^^^ keyword.other.unit.pact
//                                                 ^^^^^^ variable.other.party.pact
//                                                        ^^^^^^ variable.other.role.pact
//                                                        ^^^^^^ - keyword.other.clause.pact
  escalation {
//^^^^^^^^^^ keyword.other.clause.pact
    minor handled by client.ops, provider.delivery within 24 hours
//        ^^^^^^^ keyword.other.pact
//                ^^ keyword.other.pact
//                                                 ^^^^^^ keyword.other.pact
  }
  disputes on dispute_notice {
//^^^^^^^^ keyword.other.clause.pact
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
//  ^^^^ keyword.other.clause.pact
//                    ^^^^^^^ variable.language.neutral.pact
//                                           ^^ keyword.other.pact
//                                              ^^^^^^ keyword.other.clause.pact
//                                                     ^^^^^^^^ keyword.other.pact
//                                                                              ^^^ keyword.operator.logical.pact
    step arbitration by neutral binding
//                              ^^^^^^^ keyword.other.pact
  }
  changes {
//^^^^^^^ keyword.other.clause.pact
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm within 10 business days
//              ^^^^ keyword.other.pact
//                               ^ keyword.operator.comparison.pact
//                                    ^^^ keyword.operator.logical.pact
//                                                           ^^ keyword.operator.arrow.pact
//                                                                                       ^^ constant.numeric.quantity.pact
//                                                                                          ^^^^^^^^ keyword.other.unit.pact
//                                                                                                   ^^^^ keyword.other.unit.pact
    fundamental when not (cost_change <= 15% or cost_change == 0%) -> review by Acme.steering then mediation within 30 days
//                   ^^^ keyword.operator.logical.pact
//                                           ^^ keyword.operator.logical.pact
//                                                          ^^ keyword.operator.comparison.pact
//                                                                                            ^^^^ keyword.other.pact
    authority Acme.sponsor
//  ^^^^^^^^^ keyword.other.clause.pact
  }
  pay Globex {
//^^^ keyword.other.clause.pact
    retainer 20_000 USD monthly
//  ^^^^^^^^ keyword.other.clause.pact
//           ^^^^^^ constant.numeric.quantity.pact
//                  ^^^ support.constant.currency.pact
//                      ^^^^^^^ keyword.other.cadence.pact
    invoice monthly in arrears net 30 days
//  ^^^^^^^ keyword.other.clause.pact
//                  ^^ keyword.other.pact
//                     ^^^^^^^ keyword.other.pact
//                             ^^^ keyword.other.pact
    invoice quarterly in advance
//                       ^^^^^^^ keyword.other.pact
    fee 5_000 EUR per deliverable_accepted
//  ^^^ keyword.other.clause.pact
//            ^^^ support.constant.currency.pact
//                ^^^ keyword.other.pact
    bonus quality quarterly on defects {
//  ^^^^^ keyword.other.clause.pact
      tier good when defects <= 2% pays 5% of retainer
//    ^^^^ keyword.other.clause.pact
//                                 ^^^^ keyword.other.pact
//                                      ^^ constant.numeric.percentage.pact
//                                         ^^ keyword.other.pact
      tier count when defects >= 2 pays 10% of retainer
//                               ^ constant.numeric.pact
//                                 ^^^^ keyword.other.pact
//                                 ^^^^ - keyword.other.unit.pact
    }
    success fee 2% of revenue_uplift capped at 100_000 USD per year
//  ^^^^^^^ keyword.other.clause.pact
//          ^^^ keyword.other.clause.pact
//                                   ^^^^^^ keyword.other.pact
//                                          ^^ keyword.other.pact
    penalty late_go_live on go_live 500 USD per day capped at 10_000 USD
//  ^^^^^^^ keyword.other.clause.pact
//                                  ^^^ constant.numeric.quantity.pact
//                                              ^^^ keyword.other.pact
  }
  trigger cost_spike when cost_change > 15% {
//^^^^^^^ keyword.other.clause.pact
    Globex must notify Acme.rm within 5 business days
//         ^^^^ keyword.other.deontic.pact
    Acme.rm, Globex.rm must not share CustomerData
//                     ^^^^^^^^ keyword.other.deontic.pact
    Globex may use CustomerData
//         ^^^ keyword.other.deontic.pact
//             ^^^ storage.type.pact
  }
  review qbr quarterly with Acme.steering {
//^^^^^^ keyword.other.clause.pact
    adjust scope and pricing when market_change > 10%
//  ^^^^^^ keyword.other.clause.pact
  }
  grant exclusive Globex read CustomerData for "demand analytics" from 2026-01-01 to 2026-12-31
//^^^^^ keyword.other.clause.pact
//      ^^^^^^^^^ keyword.other.pact
//                                                                                ^^ keyword.other.pact
  milestone kickoff by day 0
//^^^^^^^^^ keyword.other.clause.pact
//                         ^ constant.numeric.pact
  milestone training by day 30 owner Globex requires kickoff
//                          ^^ constant.numeric.pact
//                             ^^^^^ keyword.other.pact
//                             ^^^^^ - keyword.other.unit.pact
  milestone go_live by 2026-04-01 owner Globex requires SdkDeal.sdk_delivered
//                                                      ^^^^^^^ variable.other.party.pact
//                                                              ^^^^^^^^^^^^^ variable.other.role.pact
  survey health quarterly anonymous by Acme.rm
//^^^^^^ keyword.other.clause.pact
//                        ^^^^^^^^^ keyword.other.pact
  report values quarterly by Globex "supply-chain ethics commitments"
//^^^^^^ keyword.other.clause.pact
  governance {
//^^^^^^^^^^ keyword.other.clause.pact
    tier operational Acme.ops, Globex.delivery decides day_to_day
//                                             ^^^^^^^ keyword.other.pact
//                                                     ^^^^^^^^^^ - keyword.other.pact
    evolves after 1 year {
//  ^^^^^^^ keyword.other.clause.pact
    }
  }
  renewal {
//^^^^^^^ keyword.other.clause.pact
    window opens 120 days before end
//  ^^^^^^ keyword.other.clause.pact
//         ^^^^^ keyword.other.pact
//                        ^^^^^^ keyword.other.pact
//                               ^^^ keyword.other.pact
    decision due 60 days before end
//  ^^^^^^^^ keyword.other.clause.pact
//           ^^^ keyword.other.pact
    default renew for 1 year
//  ^^^^^^^ keyword.other.clause.pact
//          ^^^^^ keyword.other.pact
    default expire
//          ^^^^^^ keyword.other.pact
  }
  termination {
//^^^^^^^^^^^ keyword.other.clause.pact
    for convenience notice 90 days
//      ^^^^^^^^^^^ keyword.other.pact
//                  ^^^^^^ keyword.other.clause.pact
  }
  exit {
//^^^^ keyword.other.clause.pact
    transition 6 weeks {
//  ^^^^^^^^^^ keyword.other.clause.pact
      Globex must deliver source_code and documentation before renewal decision
//                                                      ^^^^^^ keyword.other.pact
//                                                             ^^^^^^^ keyword.other.clause.pact
      Globex must complete knowledge_transfer by 2026-12-31
    }
  }
  venue "London"
//^^^^^ keyword.other.clause.pact
}
