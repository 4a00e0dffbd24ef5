;; Highlighting queries for Pact (Helix capture names; Neovim, Zed and
;; the tree-sitter CLI fall back to the first part of a dotted name).
;;
;; Every keyword of src/syntax/token.rs appears here exactly once as a quoted
;; anonymous node outside predicates ("not" twice: in `must not` and as the
;; logical operator); editors/check_keywords.py checks that. Patterns do not
;; overlap, so the result does not depend on an editor's precedence rule.

;; ------------------------------------------------------------ comments

(line_comment) @comment
(block_comment) @comment
(doc_comment) @comment.block.documentation

;; ------------------------------------------------------------ keywords

;; Declarations.
[
  "party" "role" "resource" "signal" "event" "master" "template"
  "partnership" "coordinate" "use" "under" "override"
  "amend" "effective" "approved" "remove"
] @keyword.storage.type

;; Words that start a clause or an item of a clause block.
[
  "parties" "term" "currency" "timezone" "calendar" "metric" "weights"
  "meeting" "review" "escalation" "disputes" "changes" "pay" "invoice"
  "trigger" "grant" "milestone" "survey" "report" "governance" "renewal"
  "termination" "exit" "law" "venue" "retainer" "fee" "bonus" "success"
  "penalty" "tier" "step" "authority" "window" "decision" "default"
  "transition" "notice" "adjust" "evolves" "health" "share" "criteria" "survives"
] @keyword

;; Deontic words: obligation, permission, prohibition (`must not`).
[
  "must" "may"
] @keyword.control
(modality "not" @keyword.control)

;; Cadences.
[
  "daily" "weekly" "monthly" "quarterly" "annually" "every"
] @keyword.control.repeat

;; Logical operators.
["and" "or"] @keyword.operator
(unary_expression "not" @keyword.operator)

;; Boolean literals.
["yes" "no"] @constant.builtin.boolean

;; Every other keyword.
[
  "adjusted" "advance" "after" "anonymous" "arrears" "as" "at" "before"
  "better" "binding" "business" "by" "capacity" "capped" "cause"
  "convenience" "cure" "day" "decides" "due" "end" "exclusive" "expire"
  "first" "following" "for" "fourth" "from" "handled" "higher" "holidays"
  "in" "is" "last" "lower" "net" "of" "on" "opens" "owned" "owner" "pays"
  "per" "preceding" "renew" "requires" "second" "start" "target" "then"
  "third" "to" "weekdays" "when" "with" "within" "up" "above" "indexed"
  "floor" "early" "via"
] @keyword

;; ------------------------------------------------------------ operators and punctuation

["<" "<=" ">" ">=" "==" "=" "!=" "+" "-" "*" "/" "->" ".."] @operator
["{" "}" "(" ")"] @punctuation.bracket
["," ":" ";" "."] @punctuation.delimiter

;; ------------------------------------------------------------ literals

(string) @string
(escape_sequence) @constant.character.escape
(number) @constant.numeric
(percentage) @constant.numeric
(date) @string.special
(time) @string.special

;; Units: ISO 4217 currency codes (three capitals) and the rest.
((unit (identifier) @constant.builtin)
  (#match? @constant.builtin "^[A-Z][A-Z][A-Z]$"))
((unit (identifier) @type.builtin)
  (#not-match? @type.builtin "^[A-Z][A-Z][A-Z]$"))
(currency_clause currency: (identifier) @constant.builtin)

;; ------------------------------------------------------------ names

(party_declaration name: (identifier) @type)
(partnership_declaration name: (identifier) @type)
(partnership_declaration master: (identifier) @type)
(master_declaration name: (identifier) @type)
(template_declaration name: (identifier) @type)
(coordinate_declaration name: (identifier) @type)
(amend_declaration partnership: (identifier) @type)
(resource_declaration name: (identifier) @type)
(signal_declaration name: (identifier) @variable)
(event_declaration name: (identifier) @variable)
(role_declaration name: (identifier) @variable.other.member)
(parameter name: (identifier) @variable.parameter)
(argument name: (identifier) @variable.parameter)
(type name: (identifier) @type.builtin)

(metric_clause name: (identifier) @label)
(meeting_clause name: (identifier) @label)
(review_clause name: (identifier) @label)
(trigger_clause name: (identifier) @label)
(milestone_clause name: (identifier) @label)
(survey_clause name: (identifier) @label)
(report_clause name: (identifier) @label)
(bonus name: (identifier) @label)
(penalty name: (identifier) @label)
(fee name: (identifier) @label)
(bonus_tier name: (identifier) @label)
(governance_tier name: (identifier) @label)
(escalation_level name: (identifier) @label)
(change_level name: (identifier) @label)
(dispute_step name: (identifier) @label)
(early_bonus name: (identifier) @label)
(amend_declaration level: (identifier) @label)
(remove_clause name: (identifier) @label)
(indexation signal: (identifier) @variable)

(obligation action: (identifier) @function)
(pathway_step action: (identifier) @function)
(grant_clause right: (identifier) @function)

;; `Acme.ops`: the party (or partnership label) and its role.
((role_ref party: (identifier) @variable.builtin)
  (#eq? @variable.builtin "neutral"))
((role_ref party: (identifier) @namespace)
  (#not-eq? @namespace "neutral"))
(role_ref member: (identifier) @variable.other.member)
(path head: (identifier) @namespace member: (identifier))
(path head: (identifier) @variable !member)
(path member: (identifier) @variable.other.member)
