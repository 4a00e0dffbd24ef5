/**
 * @file Tree-sitter grammar for Pact, a language for partnership contracts.
 * @license MIT OR Apache-2.0
 *
 * Follows grammar/pact.lalrpop (the truth about the concrete syntax) closely
 * enough to highlight every example, and is a little more permissive where
 * that keeps the grammar small:
 *
 * - any keyword is accepted where a name is expected and the keyword itself
 *   is not (tree-sitter's keyword extraction turns it back into an
 *   identifier), not only the soft keywords of the compiler;
 * - comparisons chain (`a < b < c`).
 *
 * Every keyword of src/syntax/token.rs is a token of this grammar and is
 * highlighted by queries/highlights.scm (checked by editors/check_keywords.py).
 *
 * Clauses end at a newline or `;`. The newline rule of the language (design
 * §2, src/syntax/layout.rs) is applied by the external scanner in
 * src/scanner.c: a newline is a terminator only where the grammar can end a
 * clause, and not when the next line starts with `{`, `->`, `then`, `and`
 * or `or`.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const PREC = {
  or: 1,
  and: 2,
  not: 3,
  compare: 4,
  sum: 5,
  product: 6,
  unary: 7,
};

const NUMBER = /[0-9][0-9_]*(\.[0-9][0-9_]*)?/;

/** @param {RuleOrLiteral} rule */
const commaSep1 = (rule) => seq(rule, repeat(seq(',', rule)));

/** @param {RuleOrLiteral} rule */
const andSep1 = (rule) => seq(rule, repeat(seq('and', rule)));

/**
 * Items separated by terminators; leading, trailing and repeated
 * terminators are allowed.
 * @param {GrammarSymbols<string>} $
 * @param {RuleOrLiteral} item
 */
const lines = ($, item) =>
  seq(repeat($._terminator), repeat(seq(item, repeat1($._terminator))), optional(item));

/**
 * @param {GrammarSymbols<string>} $
 * @param {RuleOrLiteral} item
 */
const block = ($, item) => seq('{', lines($, item), '}');

module.exports = grammar({
  name: 'pact',

  word: $ => $.identifier,

  externals: $ => [$._newline],

  extras: $ => [/\s/, $.line_comment, $.block_comment, $.doc_comment],

  rules: {
    source_file: $ => lines($, $._declaration),

    _terminator: $ => choice($._newline, ';'),

    // ------------------------------------------------------------ declarations

    _declaration: $ => choice(
      $.use_declaration,
      $.party_declaration,
      $.resource_declaration,
      $.signal_declaration,
      $.event_declaration,
      $.master_declaration,
      $.template_declaration,
      $.partnership_declaration,
      $.coordinate_declaration,
      $.amend_declaration,
    ),

    use_declaration: $ => seq(
      'use',
      choice(
        field('file', $.string),
        seq(field('module', $.path), optional(field('arguments', $.arguments))),
      ),
    ),

    arguments: $ => seq('(', optional(commaSep1($.argument)), ')'),

    argument: $ => seq(field('name', $.identifier), ':', field('value', $._expression)),

    party_declaration: $ => seq(
      'party',
      field('name', $.identifier),
      optional(field('title', $.string)),
      optional(field('roles', $.role_block)),
    ),

    role_block: $ => block($, $.role_declaration),

    role_declaration: $ => seq(
      'role',
      field('name', $.identifier),
      optional(field('title', $.string)),
      optional(seq('capacity', field('capacity', $._quantity))),
    ),

    resource_declaration: $ => seq(
      'resource',
      field('name', $.identifier),
      optional(field('title', $.string)),
      optional(seq('owned', 'by', andSep1(field('owner', $.identifier)))),
    ),

    signal_declaration: $ => seq(
      'signal',
      field('name', $.identifier),
      ':',
      field('type', $.type),
      optional(field('title', $.string)),
    ),

    event_declaration: $ => seq(
      'event',
      field('name', $.identifier),
      optional(field('title', $.string)),
    ),

    master_declaration: $ => seq('master', field('name', $.identifier), field('body', $.clause_block)),

    template_declaration: $ => seq(
      'template',
      field('name', $.identifier),
      field('parameters', $.parameters),
      field('body', $.clause_block),
    ),

    parameters: $ => seq('(', optional(commaSep1($.parameter)), ')'),

    parameter: $ => seq(
      field('name', $.identifier),
      ':',
      field('type', $.type),
      optional(seq('=', field('default', $._expression))),
    ),

    partnership_declaration: $ => seq(
      'partnership',
      field('name', $.identifier),
      optional(seq('under', field('master', $.identifier))),
      field('body', $.clause_block),
    ),

    coordinate_declaration: $ => seq(
      'coordinate',
      field('name', $.identifier),
      field('body', $.coordination_block),
    ),

    amend_declaration: $ => seq(
      'amend',
      field('partnership', $.identifier),
      'effective',
      field('effective', $.date),
      'as',
      field('level', $.identifier),
      'approved',
      'by',
      commaSep1(field('approver', $.role_ref)),
      field('body', $.amend_block),
    ),

    amend_block: $ => block($, choice($._clause, $.override_clause, $.remove_clause)),

    remove_clause: $ => seq(
      'remove',
      field('kind', choice(
        'term', 'currency', 'timezone', 'calendar', 'metric', 'weights', 'meeting',
        'review', 'escalation', 'disputes', 'changes', 'pay', 'trigger', 'milestone',
        'survey', 'report', 'governance', 'renewal', 'termination', 'exit', 'law', 'venue',
      )),
      optional(field('name', $.identifier)),
    ),

    coordination_block: $ => block($, choice($.coordination_rule, $.obligation)),

    coordination_rule: $ => seq(
      'when',
      field('condition', $._expression),
      field('body', $.obligation_block),
    ),

    type: $ => seq(field('name', $.identifier), optional(field('range', $.range))),

    /** A declared range: `0..10`, `-50%..200%`. */
    range: $ => seq($._bound, '..', $._bound),

    _bound: $ => seq(optional('-'), choice($.number, $.percentage)),

    // ------------------------------------------------------------ clauses

    clause_block: $ => block($, choice($._clause, $.override_clause)),

    override_clause: $ => seq('override', $._clause),

    _clause: $ => choice(
      $.use_declaration,
      $.parties_clause,
      $.term_clause,
      $.currency_clause,
      $.timezone_clause,
      $.calendar_clause,
      $.metric_clause,
      $.weights_clause,
      $.meeting_clause,
      $.review_clause,
      $.escalation_clause,
      $.disputes_clause,
      $.changes_clause,
      $.pay_clause,
      $.health_clause,
      $.invoice,
      $.trigger_clause,
      $.obligation,
      $.grant_clause,
      $.milestone_clause,
      $.survey_clause,
      $.report_clause,
      $.governance_clause,
      $.renewal_clause,
      $.termination_clause,
      $.exit_clause,
      $.survives_clause,
      $.law_clause,
      $.venue_clause,
    ),

    parties_clause: $ => seq('parties', commaSep1($.party_binding)),

    party_binding: $ => seq(
      field('party', $.identifier),
      optional(seq('as', field('label', $.identifier))),
    ),

    term_clause: $ => seq(
      'term',
      field('start', $.date),
      choice(
        seq('for', field('duration', $._quantity)),
        seq('to', field('end', $.date)),
      ),
    ),

    currency_clause: $ => seq('currency', field('currency', $.identifier)),

    timezone_clause: $ => seq('timezone', $.string),

    calendar_clause: $ => seq(
      'calendar',
      optional(seq('weekdays', field('workdays', $.workdays))),
      optional(seq('holidays', commaSep1($.date))),
    ),

    workdays: $ => choice(
      seq($.identifier, '-', $.identifier),
      commaSep1($.identifier),
    ),

    metric_clause: $ => seq(
      'metric',
      field('name', $.identifier),
      ':',
      field('type', $.type),
      optional(field('tier', $.identifier)),
      optional(field('direction', $.direction)),
      optional(field('target', $.target)),
    ),

    direction: _ => seq(choice('lower', 'higher'), 'is', 'better'),

    target: $ => seq(
      'target',
      field('operator', choice('<', '<=', '>', '>=', '==', '=', '!=')),
      field('value', $._expression),
    ),

    weights_clause: $ => seq('weights', block($, $.weight_stage)),

    weight_stage: $ => seq(
      choice(seq('from', 'start'), seq('after', field('after', $._quantity))),
      ':',
      commaSep1($.tier_weight),
    ),

    tier_weight: $ => seq(field('tier', $.identifier), field('weight', $.percentage)),

    // ------------------------------------------------------------ schedules

    meeting_clause: $ => seq('meeting', field('name', $.identifier), $._schedule),

    review_clause: $ => seq(
      'review',
      field('name', $.identifier),
      $._schedule,
      optional(field('body', $.review_block)),
    ),

    review_block: $ => block($, choice($.adjust_item, $.obligation)),

    adjust_item: $ => seq(
      'adjust',
      andSep1(field('object', $.path)),
      'when',
      field('condition', $._expression),
    ),

    _schedule: $ => seq(
      choice(
        seq(
          field('cadence', $.cadence),
          optional(field('on', $.on_day)),
          optional(field('adjustment', $.adjustment)),
        ),
        field('once', $.one_off),
      ),
      optional(seq('at', field('time', $.time))),
      optional(field('length', $.length)),
      optional(seq('with', $._roles)),
      optional(field('channel', $.via)),
    ),

    /** A meeting's channel: `via "Teams"`, or a template's `text` parameter. */
    via: $ => seq('via', choice($.string, $.identifier)),

    /** A one-off meeting or review: `meeting training on 2026-03-15 ...`. */
    one_off: $ => seq('on', field('date', $.date)),

    cadence: $ => choice(
      'daily',
      'weekly',
      'monthly',
      'quarterly',
      'annually',
      seq('every', field('interval', $._quantity)),
    ),

    on_day: $ => seq(
      'on',
      choice(
        field('weekday', $.identifier),
        seq(field('ordinal', $.ordinal), field('weekday', $.identifier)),
        seq('day', field('day', $.number)),
      ),
    ),

    ordinal: _ => choice('first', 'second', 'third', 'fourth', 'last'),

    adjustment: _ => seq('adjusted', choice('following', 'preceding')),

    length: $ => choice($._quantity, seq('for', $._quantity)),

    // ------------------------------------------------------------ ladders

    escalation_clause: $ => seq('escalation', block($, $.escalation_level)),

    escalation_level: $ => seq(
      field('name', $.identifier),
      optional(seq('when', field('condition', $._expression))),
      'handled',
      'by',
      $._roles,
      'within',
      field('within', $._quantity),
    ),

    disputes_clause: $ => seq(
      'disputes',
      'on',
      field('event', $.identifier),
      block($, $.dispute_step),
    ),

    dispute_step: $ => seq(
      'step',
      field('name', $.identifier),
      'by',
      $._roles,
      optional(seq(
        'within',
        field('within', $._quantity),
        optional(seq('of', field('of', $.identifier))),
      )),
      optional(seq('requires', $._requirements)),
      optional('binding'),
    ),

    changes_clause: $ => seq('changes', block($, choice($.change_level, $.authority))),

    change_level: $ => seq(
      field('name', $.identifier),
      'when',
      field('condition', $._expression),
      '->',
      $.pathway_step,
      repeat(seq('then', $.pathway_step)),
    ),

    pathway_step: $ => seq(
      field('action', $.identifier),
      optional(seq('by', $._roles)),
      optional(seq('within', field('within', $._quantity))),
    ),

    authority: $ => seq('authority', $._roles),

    // ------------------------------------------------------------ money

    pay_clause: $ => seq(
      'pay',
      field('payee', $.identifier),
      optional(seq('from', field('payer', $.identifier))),
      block($, $._pay_item),
    ),

    health_clause: $ => seq('health', field('cadence', $.cadence)),

    _pay_item: $ => choice(
      $.retainer,
      $.invoice,
      $.fee,
      $.bonus,
      $.early_bonus,
      $.success_fee,
      $.share,
      $.penalty,
    ),

    retainer: $ => seq(
      'retainer',
      field('amount', $._quantity),
      optional(field('cadence', $.cadence)),
      optional(field('indexed', $.indexation)),
    ),

    indexation: $ => seq(
      'indexed',
      'annually',
      'by',
      field('signal', $.identifier),
      optional(seq('capped', 'at', field('cap', $._percent_bound))),
      optional(seq('floor', field('floor', $._percent_bound))),
    ),

    /** A percentage that may be negative: `floor -2%`. */
    _percent_bound: $ => seq(optional('-'), $.percentage),

    early_bonus: $ => seq(
      'bonus',
      field('name', $.identifier),
      'on',
      field('milestone', $.path),
      field('amount', $._quantity),
      'early',
      optional(field('cap', $.cap)),
    ),

    share: $ => seq(
      'share',
      field('rate', $.percentage),
      'of',
      field('base', $.path),
      repeat(seq('up', 'to', field('limit', $._quantity), ',', field('rate', $.percentage))),
      optional('above'),
      optional(field('cap', $.cap)),
    ),

    invoice: $ => seq(
      'invoice',
      field('cadence', $.cadence),
      optional(seq('in', field('timing', choice('arrears', 'advance')))),
      optional(seq('net', field('net', $._quantity))),
    ),

    fee: $ => seq('fee', optional(field('name', $.identifier)), field('amount', $._quantity)),

    bonus: $ => seq(
      'bonus',
      field('name', $.identifier),
      field('cadence', $.cadence),
      'on',
      field('metric', $.identifier),
      block($, $.bonus_tier),
    ),

    bonus_tier: $ => seq(
      'tier',
      field('name', $.identifier),
      'when',
      field('condition', $._expression),
      'pays',
      field('pays', $._expression),
    ),

    success_fee: $ => seq('success', 'fee', field('share', $._expression), optional(field('cap', $.cap))),

    penalty: $ => seq(
      'penalty',
      field('name', $.identifier),
      'on',
      field('milestone', $.path),
      field('amount', $._quantity),
      optional(field('cap', $.cap)),
    ),

    cap: $ => seq('capped', 'at', $._quantity),

    // ------------------------------------------------------------ duties

    trigger_clause: $ => seq(
      'trigger',
      field('name', $.identifier),
      choice(
        seq('when', field('condition', $._expression)),
        seq('on', field('event', $.identifier)),
      ),
      field('body', $.obligation_block),
    ),

    obligation_block: $ => block($, $.obligation),

    obligation: $ => seq(
      $._roles,
      field('modality', $.modality),
      field('action', $.identifier),
      optional(andSep1(field('object', $.path))),
      optional(seq('for', field('purpose', $.string))),
      optional(field('deadline', $.deadline)),
      optional(seq('when', field('condition', $._expression))),
    ),

    modality: _ => choice('must', 'may', seq('must', 'not')),

    deadline: $ => choice(
      seq('within', field('duration', $._quantity), optional(seq('of', field('of', $.identifier)))),
      seq('by', field('date', $.date)),
      seq('by', 'day', field('day', $.number)),
      seq('before', field('anchor', $.anchor)),
    ),

    anchor: $ => choice('end', seq('renewal', 'decision'), $.path),

    grant_clause: $ => seq(
      'grant',
      optional('exclusive'),
      field('grantee', $.identifier),
      field('right', $.identifier),
      field('resource', $.identifier),
      optional(seq('for', field('purpose', $.string))),
      optional(seq('from', field('from', $.date), 'to', field('to', $.date))),
    ),

    milestone_clause: $ => seq(
      'milestone',
      field('name', $.identifier),
      'by',
      choice(field('date', $.date), seq('day', field('day', $.number))),
      optional(seq('owner', field('owner', $.identifier))),
      optional(seq('requires', $._requirements)),
    ),

    _requirements: $ => seq(
      field('requires', $.path),
      repeat(seq(choice(',', 'and'), field('requires', $.path))),
    ),

    survey_clause: $ => seq(
      'survey',
      field('name', $.identifier),
      field('cadence', $.cadence),
      optional(field('on', $.on_day)),
      optional('anonymous'),
      optional(seq('by', $._roles)),
    ),

    report_clause: $ => seq(
      'report',
      field('name', $.identifier),
      field('cadence', $.cadence),
      optional(field('on', $.on_day)),
      optional(seq('by', $._roles)),
      optional(field('description', $.string)),
    ),

    // ------------------------------------------------------------ governance and lifecycle

    governance_clause: $ => seq('governance', block($, choice($.governance_tier, $.evolves))),

    governance_tier: $ => seq(
      'tier',
      field('name', $.identifier),
      $._roles,
      'decides',
      commaSep1(field('decides', $.identifier)),
    ),

    evolves: $ => seq('evolves', 'after', field('after', $._quantity), block($, $.governance_tier)),

    renewal_clause: $ => seq('renewal', block($, choice($.window_opens, $.decision_due, $.renewal_default, $.renewal_criteria))),

    renewal_criteria: $ => seq('criteria', field('condition', $._expression)),

    window_opens: $ => seq('window', 'opens', $._quantity, 'before', 'end'),

    decision_due: $ => seq('decision', 'due', $._quantity, 'before', 'end'),

    renewal_default: $ => seq(
      'default',
      choice(seq('renew', optional(seq('for', $._quantity))), 'expire'),
    ),

    termination_clause: $ => seq('termination', block($, choice($.for_cause, $.for_convenience))),

    for_cause: $ => seq('for', 'cause', optional(seq('cure', $._quantity))),

    for_convenience: $ => seq('for', 'convenience', optional(seq('notice', $._quantity))),

    exit_clause: $ => seq('exit', block($, choice($.exit_notice, $.transition))),

    exit_notice: $ => seq('notice', $._quantity),

    transition: $ => seq('transition', $._quantity, optional(field('body', $.obligation_block))),

    survives_clause: $ => seq('survives', field('length', $._quantity), field('body', $.obligation_block)),

    law_clause: $ => seq('law', $.string),

    venue_clause: $ => seq('venue', $.string),

    // ------------------------------------------------------------ references

    _roles: $ => commaSep1($.role_ref),

    /** A role or party: `Acme`, `client.ops`, `neutral`. */
    role_ref: $ => seq(
      field('party', $.identifier),
      repeat(seq('.', field('member', $.identifier))),
    ),

    /** A qualified name: `std.disputes`, `SdkDeal.sdk_delivered`, `price_change`. */
    path: $ => seq(
      field('head', $.identifier),
      repeat(seq('.', field('member', $.identifier))),
    ),

    // ------------------------------------------------------------ quantities and expressions

    /** A quantity, or inside a template the name of a parameter holding one. */
    _quantity: $ => choice($.quantity, $.identifier),

    quantity: $ => seq(
      field('amount', $.number),
      field('unit', $.unit),
      optional(seq('per', field('per', $.identifier))),
    ),

    unit: $ => choice($.identifier, 'day', seq('business', choice($.identifier, 'day'))),

    _expression: $ => choice($.binary_expression, $.unary_expression, $._operand, $.of_expression),

    binary_expression: $ => choice(
      ...[
        ['or', PREC.or],
        ['and', PREC.and],
        ['<', PREC.compare],
        ['<=', PREC.compare],
        ['>', PREC.compare],
        ['>=', PREC.compare],
        ['==', PREC.compare],
        ['=', PREC.compare],
        ['!=', PREC.compare],
        ['+', PREC.sum],
        ['-', PREC.sum],
        ['*', PREC.product],
        ['/', PREC.product],
      ].map(([operator, precedence]) => prec.left(/** @type {number} */ (precedence), seq(
        field('left', $._expression),
        field('operator', /** @type {string} */ (operator)),
        field('right', $._expression),
      ))),
    ),

    unary_expression: $ => choice(
      prec(PREC.not, seq(field('operator', 'not'), field('operand', $._expression))),
      prec(PREC.unary, seq(field('operator', '-'), field('operand', $._expression))),
    ),

    _operand: $ => choice(
      $.quantity,
      $.number,
      $.percentage,
      $.date,
      $.string,
      $.boolean,
      $.path,
      $.parenthesized_expression,
    ),

    /** `5% of retainer`, `rate of revenue_uplift`. */
    of_expression: $ => seq(field('left', $._operand), 'of', field('right', $._operand)),

    parenthesized_expression: $ => seq('(', $._expression, ')'),

    // ------------------------------------------------------------ tokens

    identifier: _ => /[A-Za-z_][A-Za-z0-9_]*/,

    number: _ => token(NUMBER),

    percentage: _ => token(seq(NUMBER, '%')),

    date: _ => token(/[0-9]{4}-[0-9]{2}-[0-9]{2}/),

    time: _ => token(/[0-9]{1,2}:[0-9]{2}/),

    boolean: _ => choice('yes', 'no'),

    string: $ => seq(
      '"',
      repeat(choice($.string_content, $.escape_sequence)),
      token.immediate('"'),
    ),

    string_content: _ => token.immediate(prec(1, /[^"\\\n]+/)),

    escape_sequence: _ => token.immediate(/\\[^\n]/),

    line_comment: _ => token(seq('//', /[^\n]*/)),

    doc_comment: _ => token(prec(1, seq('//', /[\/!]/, /[^\n]*/))),

    block_comment: _ => token(seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/')),
  },
});
