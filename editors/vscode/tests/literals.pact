// SYNTAX TEST "source.pact" "literals, strings, comments and operators"

/* a block comment
// <-- comment.block.pact punctuation.definition.comment.pact
//   ^^^^^ comment.block.pact
   spanning lines with party and 30 days */
//                     ^^^^^ comment.block.pact
//                     ^^^^^ - storage.type.pact
//                               ^^ - constant.numeric.quantity.pact
//                                       ^^ comment.block.pact punctuation.definition.comment.pact
x = 20_000 + 12.5 * 3 / 4 - 1
//^ keyword.operator.comparison.pact
//  ^^^^^^ constant.numeric.pact
//         ^ keyword.operator.arithmetic.pact
//           ^^^^ constant.numeric.pact
//                ^ keyword.operator.arithmetic.pact
//                    ^ keyword.operator.arithmetic.pact
//                        ^ keyword.operator.arithmetic.pact
a < b, c > d, e >= f, g != h, i == j
//^ keyword.operator.comparison.pact
//       ^ keyword.operator.comparison.pact
//              ^^ keyword.operator.comparison.pact
//                      ^^ keyword.operator.comparison.pact
//                              ^^ keyword.operator.comparison.pact
15% 2.5% 99.99% 1_000%
// <--- constant.numeric.percentage.pact
//  ^^^^ constant.numeric.percentage.pact
//       ^^^^^^ constant.numeric.percentage.pact
//              ^^^^^^ constant.numeric.percentage.pact
2026-01-31 2026-02-30 09:30 9:05
// <---------- constant.other.date.pact
//         ^^^^^^^^^^ constant.other.date.pact
//                    ^^^^^ constant.other.time.pact
//                          ^^^^ constant.other.time.pact
12.5 EUR 1_000_000.00 JPY 3 quarters 2 business days 40 hours per month
// <---- constant.numeric.quantity.pact
//   ^^^ support.constant.currency.pact
//       ^^^^^^^^^^^^ constant.numeric.quantity.pact
//                    ^^^ support.constant.currency.pact
//                        ^ constant.numeric.quantity.pact
//                          ^^^^^^^^ keyword.other.unit.pact
//                                     ^^^^^^^^ keyword.other.unit.pact
//                                     ^^^^^^^^ - keyword.other.pact
//                                              ^^^^ keyword.other.unit.pact
//                                                      ^^^^^ keyword.other.unit.pact
//                                                            ^^^ keyword.other.pact
30 dyas 7 USDT 5 ABC
// ^^^^ keyword.other.unit.pact
//        ^^^^ keyword.other.unit.pact
//        ^^^^ - support.constant.currency.pact
//               ^^^ keyword.other.unit.pact
"say \"hi\" \\ \n done" "bad \t escape"
// <- string.quoted.double.pact punctuation.definition.string.begin.pact
// <~--- string.quoted.double.pact
//   ^^ string.quoted.double.pact constant.character.escape.pact
//          ^^ string.quoted.double.pact constant.character.escape.pact
//             ^^ string.quoted.double.pact constant.character.escape.pact
//                ^^^^ string.quoted.double.pact
//                    ^ string.quoted.double.pact punctuation.definition.string.end.pact
//                           ^^ string.quoted.double.pact invalid.illegal.unknown-escape.pact
"a string with party, must and 30 days // not a comment"
//             ^^^^^ string.quoted.double.pact
//             ^^^^^ - storage.type.pact
//                    ^^^^ - keyword.other.deontic.pact
//                             ^^ - constant.numeric.quantity.pact
//                                     ^^ string.quoted.double.pact
//                                     ^^ - comment.line.double-slash.pact
"unterminated
// <~------------ string.quoted.double.pact
party Next
// <----- storage.type.pact
yes no
// <--- constant.language.boolean.pact
//  ^^ constant.language.boolean.pact
[a; b]
// <- punctuation.section.brackets.begin.pact
//^ punctuation.terminator.pact
//   ^ punctuation.section.brackets.end.pact
// an ordinary comment: party must 30 days
// <-- comment.line.double-slash.pact punctuation.definition.comment.pact
//                      ^^^^^ comment.line.double-slash.pact
//                      ^^^^^ - storage.type.pact
/// documents the next declaration
// <--- comment.block.documentation.pact punctuation.definition.comment.pact
//  ^^^^^^^^^ comment.block.documentation.pact
//  ^^^^^^^^^ - comment.line.double-slash.pact
//! documents the file
// <--- comment.block.documentation.pact
//                ^^^^ comment.block.documentation.pact
neutral
// <------- variable.language.neutral.pact
