// Syntax groups of editors/vim/syntax/pact.vim, checked by test/run.sh.
// `// ^^^ group` asserts the group at those columns of the line above.

//! A sample portfolio file.
// <--- pactDocComment
//    ^^^^^^ pactDocComment
use std.disputes
// <--- pactDeclaration
//  ^^^ pactParty
//     ^ pactAccessor
//      ^^^^^^^^ pactRole
//      ^^^^^^^^ - pactClause
/// The client. TODO: add roles
// <--- pactDocComment
//              ^^^^ pactTodo
party Acme "Acme Corporation" {
// <----- pactDeclaration
//    ^^^^ pactDeclName
//         ^^^^^^^^^^^^^^^^^^ pactString
  role ops "Operations team" capacity 60 hours per month
//^^^^ pactDeclaration
//     ^^^ pactDeclName
//                           ^^^^^^^^ pactKeyword
//                                    ^^ pactQuantity
//                                       ^^^^^ pactUnit
//                                             ^^^ pactKeyword
}
resource CustomerData "Customer analytics dataset" owned by Acme
// <-------- pactDeclaration
//                                                 ^^^^^ pactKeyword
signal cost_change: percent "Change of \"input\" costs \\ \n \t"
// <------ pactDeclaration
//     ^^^^^^^^^^^ pactDeclName
//                                     ^^ pactEscape
//                                                     ^^ pactEscape
//                                                        ^^ pactEscape
//                                                           ^^ pactEscapeError
//                                       ^^^^^ pactString
signal satisfaction: score 0..10
//                         ^ pactNumber
//                          ^^ pactRange
//                            ^^ pactNumber
event dispute_notice
// <----- pactDeclaration
/* block comment with party and 30 days
// <-- pactBlockComment
//                    ^^^^^ pactBlockComment
   still a comment */
// ^^^^^ pactBlockComment
//                 ^^ pactBlockComment
// line comment with must not
//                   ^^^^ pactComment
master StandardMSA {
// <------ pactDeclaration
//     ^^^^^^^^^^^ pactDeclName
}
template RetainerTerms(amount: money, months: number = 3) {
// <-------- pactDeclaration
//                                                   ^ pactComparison
//                                                     ^ pactNumber
  override termination {
//^^^^^^^^ pactDeclaration
//         ^^^^^^^^^^^ pactClause
    for cause cure 30 days
//  ^^^ pactKeyword
//                 ^^ pactQuantity
//                    ^^^^ pactUnit
  }
}
partnership AcmeGlobex under StandardMSA {
// <----------- pactDeclaration
//          ^^^^^^^^^^ pactDeclName
//                     ^^^^^ pactDeclaration
//                           ^^^^^^^^^^^ pactParentName
  parties Acme as client, Globex as provider
//^^^^^^^ pactClause
//             ^^ pactKeyword
  term 2026-01-01 for 3 years
//^^^^ pactClause
//     ^^^^^^^^^^ pactDate
//                    ^ pactQuantity
//                      ^^^^^ pactUnit
  currency USD
//^^^^^^^^ pactClause
  metric defects: percent operational lower is better target <= 2%
//^^^^^^ pactClause
//                                    ^^^^^ pactKeyword
//                                                           ^^ pactComparison
//                                                              ^^ pactPercent
  metric ideas: count strategic target >= 2
//                                        ^ pactNumber
  meeting standup daily at 09:30 for 15 minutes with Acme.ops, Globex.delivery
//^^^^^^^ pactClause
//                ^^^^^ pactCadence
//                         ^^^^^ pactTime
//                                   ^^ pactQuantity
//                                      ^^^^^^^ pactUnit
//                                                   ^^^^ pactParty
//                                                        ^^^ pactRole
//                                                                    ^^^^^^^^ pactRole
  meeting sync weekly on monday 1 hour
//             ^^^^^^ pactCadence
  meeting strategy monthly on day 15 adjusted following 2 hours with client.review
//                 ^^^^^^^ pactCadence
//                                ^^ pactNumber
//                                   ^^^^^^^^ pactKeyword
//                                                                          ^^^^^^ pactRole
//                                                                          ^^^^^^ - pactClause
  meeting exec quarterly 1 day
//             ^^^^^^^^^ pactCadence
//                         ^^^ pactUnit
  meeting offsite annually 2 days
//                ^^^^^^^^ pactCadence
  meeting review every 2 weeks 10 business days
//               ^^^^^ pactCadence
//                             ^^ pactQuantity
//                                ^^^^^^^^ pactUnitBusiness
//                                         ^^^^ pactUnit
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
//                               ^^ pactArrow
    major when not (cost_change > 5% or cost_change == 0%) and x != 1 -> review by neutral
//             ^^^ pactLogical
//                                   ^^ pactLogical
//                                                         ^^^ pactLogical
//                                                  ^^ pactComparison
//                                                               ^^ pactComparison
//                                                                                 ^^^^^^^ pactNeutral
  }
  pay Globex {
    retainer 20_000 USD monthly
//  ^^^^^^^^ pactClause
//           ^^^^^^ pactQuantity
//                  ^^^ pactCurrency
    fee 12.5 EUR per deliverable_accepted
//      ^^^^ pactQuantity
//           ^^^ pactCurrency
    fee 7 USDT
//        ^^^^ pactUnit
    bonus quality quarterly on defects {
      tier good when defects >= 2 pays 5% of retainer
//                              ^ pactNumber
//                                ^^^^ pactKeyword
//                                     ^^ pactPercent
    }
  }
  Globex must not share CustomerData
//       ^^^^ pactDeontic
//            ^^^ pactDeonticNot
  Globex must deliver code and docs
//       ^^^^ pactDeontic
//                         ^^^ pactLogical
  Globex may use CustomerData
//       ^^^ pactDeontic
  x = 1 + 2 * 3 / 4 - 5
//      ^ pactOperator
//          ^ pactOperator
//              ^ pactOperator
//                  ^ pactOperator
  milestone kickoff by day 30 owner Globex requires go_live
//                         ^^ pactNumber
//                            ^^^^^ pactKeyword
  survey health quarterly anonymous by Acme.rm
//                        ^^^^^^^^^ pactKeyword
  renewal {
    default renew for 1 year
//  ^^^^^^^ pactClause
//          ^^^^^ pactKeyword
  }
  grant Globex read CustomerData when flag == yes or flag == no
//                                            ^^^ pactBoolean
//                                                           ^^ pactBoolean
}
coordinate Pricing {
// <---------- pactDeclaration
}
// Second-wave forms (issues 12-15).
resource Platform "Shared platform" owned by Acme and Globex
//       ^^^^^^^^ pactDeclName
//                                  ^^^^^ pactKeyword
//                                                ^^^ pactLogical
partnership Life {
  timezone "Europe/London"
//^^^^^^^^ pactClause
  health quarterly
//^^^^^^ pactClause
//       ^^^^^^^^^ pactCadence
  meeting training on 2026-03-15 at 09:00 for 4 hours with Acme.ops, Globex.delivery
//                    ^^^^^^^^^^ pactDate
//                                  ^^^^^ pactTime
//                                            ^ pactQuantity
//                                              ^^^^^ pactUnit
  report values quarterly on day 10 by Globex "supply-chain ethics commitments"
//                               ^^ pactNumber
//                                  ^^ pactKeyword
  survey pulse monthly on day 15 anonymous by Acme.rm
//                            ^^ pactNumber
//                               ^^^^^^^^^ pactKeyword
  escalation {
    minor when outage_hours <= 4 handled by Acme.ops within 24 hours
//                             ^ pactNumber
//                               ^^^^^^^ pactKeyword
  }
  trigger at_risk when health < 60% or health.operational < 50% {
//                     ^^^^^^ pactClause
//                              ^^^ pactPercent
//                                            ^^^^^^^^^^^ pactRole
    Acme.rm, Globex.rm must meet within 10 business days
  }
  invoice quarterly in advance net 15 days
//^^^^^^^ pactClause
//                     ^^^^^^^ pactKeyword
//                             ^^^ pactKeyword
  pay Globex from Acme {
    retainer 20_000 USD monthly indexed annually by cpi capped at 3% floor -1%
//                              ^^^^^^^ pactKeyword
//                                      ^^^^^^^^ pactCadence
//                                                                   ^^^^^ pactKeyword
//                                                                          ^^ pactPercent
    share 10% of extra_revenue up to 200_000 USD, 15% up to 500_000 USD, 20% above capped at 120_000 USD per year
//  ^^^^^ pactClause
//                             ^^ pactKeyword
//                                   ^^^^^^^ pactQuantity
//                                           ^^^ pactCurrency
//                                                                           ^^^^^ pactKeyword
    bonus early_go_live on go_live 1_000 USD per day early capped at 10_000 USD
//                                                   ^^^^^ pactKeyword
  }
  renewal {
    criteria health >= 70% and on_time >= 90%
//  ^^^^^^^^ pactClause
  }
  survives 2 years {
//^^^^^^^^ pactClause
//           ^^^^^ pactUnit
    Globex must not share CustomerData
//              ^^^ pactDeonticNot
  }
}
amend Life effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
// <----- pactDeclaration
//    ^^^^ pactDeclName
//         ^^^^^^^^^ pactDeclaration
//                                             ^^^^^^^^ pactDeclaration
  override pay Globex {
    retainer 22_000 USD monthly
  }
  remove meeting tactical
//^^^^^^ pactDeclaration
//       ^^^^^^^ pactClause
}

