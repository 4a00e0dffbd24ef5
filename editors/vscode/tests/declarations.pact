// SYNTAX TEST "source.pact" "declarations: party, role, resource, signal, event, master, template, partnership, coordinate, use, under, override"

//! Acme's vendor portfolio: the framework agreement and its declarations.
// <--- comment.block.documentation.pact punctuation.definition.comment.pact
//  ^^^^^^ comment.block.documentation.pact
use std.disputes
// <--- storage.type.pact
//  ^^^ variable.other.party.pact
//     ^ punctuation.accessor.pact
//      ^^^^^^^^ variable.other.role.pact
//      ^^^^^^^^ - keyword.other.clause.pact
use "../legal/common.pact"      // a file outside the portfolio
// <--- storage.type.pact
//  ^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.pact
//                              ^^ comment.line.double-slash.pact punctuation.definition.comment.pact
//                                                    ^^^^^^^^^ comment.line.double-slash.pact
use std.templates.retainer(amount: 20_000 USD)
//      ^^^^^^^^^ variable.other.role.pact
//                ^^^^^^^^ variable.other.role.pact
//                ^^^^^^^^ - keyword.other.clause.pact
//                                 ^^^^^^ constant.numeric.quantity.pact
//                                        ^^^ support.constant.currency.pact

party Acme "Acme Corporation" {
// <----- storage.type.pact
//    ^^^^ entity.name.type.pact
//         ^^^^^^^^^^^^^^^^^^ string.quoted.double.pact
//                            ^ punctuation.section.braces.begin.pact
  role ops "Operations team" capacity 60 hours per month
//^^^^ storage.type.pact
//     ^^^ entity.name.type.pact
//                           ^^^^^^^^ keyword.other.pact
//                                    ^^ constant.numeric.quantity.pact
//                                       ^^^^^ keyword.other.unit.pact
//                                             ^^^ keyword.other.pact
  role sponsor
//^^^^ storage.type.pact
//     ^^^^^^^ entity.name.type.pact
}
// <- punctuation.section.braces.end.pact

resource CustomerData "Customer analytics dataset" owned by Acme
// <-------- storage.type.pact
//       ^^^^^^^^^^^^ entity.name.type.pact
//                                                 ^^^^^ keyword.other.pact
//                                                       ^^ keyword.other.pact
signal cost_change: percent "Change of input costs"
// <------ storage.type.pact
//     ^^^^^^^^^^^ entity.name.type.pact
//                ^ punctuation.separator.colon.pact
signal satisfaction: score 0..10
//                         ^ constant.numeric.pact
//                          ^^ keyword.operator.range.pact
//                            ^^ constant.numeric.pact
event dispute_notice
// <----- storage.type.pact
//    ^^^^^^^^^^^^^^ entity.name.type.pact

/// Our standard framework; every vendor partnership sits under it.
// <--- comment.block.documentation.pact punctuation.definition.comment.pact
//               ^^^^^^^^^ comment.block.documentation.pact
//                                                        ^^^^^ comment.block.documentation.pact
master StandardMSA {
// <------ storage.type.pact
//     ^^^^^^^^^^^ entity.name.type.pact
  law "England and Wales"
//^^^ keyword.other.clause.pact
}

template RetainerTerms(amount: money, months: number = 3) {
// <-------- storage.type.pact
//       ^^^^^^^^^^^^^ entity.name.type.pact
//                    ^ punctuation.section.parens.begin.pact
//                                  ^ punctuation.separator.comma.pact
//                                                   ^ keyword.operator.comparison.pact
//                                                     ^ constant.numeric.pact
//                                                      ^ punctuation.section.parens.end.pact
  override termination {
//^^^^^^^^ storage.type.pact
//         ^^^^^^^^^^^ keyword.other.clause.pact
    for cause cure 30 days
//  ^^^ keyword.other.pact
//      ^^^^^ keyword.other.pact
//            ^^^^ keyword.other.pact
  }
}

partnership AcmeGlobex under StandardMSA {
// <----------- storage.type.pact
//          ^^^^^^^^^^ entity.name.type.pact
//                     ^^^^^ storage.type.pact
//                           ^^^^^^^^^^^ entity.other.inherited-class.pact
  parties Acme as client, Globex as provider
//^^^^^^^ keyword.other.clause.pact
//             ^^ keyword.other.pact
//                      ^ punctuation.separator.comma.pact
}

coordinate ApiPricing {
// <---------- storage.type.pact
//         ^^^^^^^^^^ entity.name.type.pact
  when ApiOne.price_change > 10% {
//^^^^ keyword.other.pact
//     ^^^^^^ variable.other.party.pact
//            ^^^^^^^^^^^^ variable.other.role.pact
//                         ^ keyword.operator.comparison.pact
//                           ^^^ constant.numeric.percentage.pact
    ApiTwo.client must review pricing within 30 days
//  ^^^^^^ variable.other.party.pact
//         ^^^^^^ variable.other.role.pact
//                ^^^^ keyword.other.deontic.pact
//                     ^^^^^^ keyword.other.clause.pact
//                                    ^^^^^^ keyword.other.pact
  }
}

{ role ops; role sponsor }
//        ^ punctuation.terminator.pact
