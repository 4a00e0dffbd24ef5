" Vim syntax file
" Language:    Pact (partnership contracts)
" Filenames:   *.pact
" The keyword lists agree with src/syntax/token.rs: editors/check_keywords.py
" checks every `syntax keyword` line of this file against it.

if exists("b:current_syntax")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

syntax case match

" ---------------------------------------------------------------- keywords

" Declarations; the name after a declaring keyword is highlighted too.
syntax keyword pactDeclaration nextgroup=pactDeclName skipwhite
      \ party role resource signal event master template partnership
      \ coordinate amend
syntax keyword pactDeclaration
      \ use override remove effective approved
syntax keyword pactDeclaration nextgroup=pactParentName skipwhite
      \ under
syntax match pactDeclName "\h\w*" contained
syntax match pactParentName "\h\w*" contained

" Words that start a clause or an item of a clause block.
syntax keyword pactClause
      \ parties term currency timezone calendar metric weights meeting review
      \ escalation disputes changes pay invoice trigger grant milestone survey
      \ report governance renewal termination exit law venue retainer fee
      \ bonus success penalty tier step authority window decision default
      \ transition notice adjust evolves health share criteria survives

" Deontic words: `must` (obligation), `may` (permission) and `must not`
" (prohibition, highlighted as one phrase).
syntax keyword pactDeontic must nextgroup=pactDeonticNot skipwhite
syntax keyword pactDeontic may
syntax keyword pactDeonticNot not contained

" Cadences.
syntax keyword pactCadence
      \ daily weekly monthly quarterly annually every

" Logical operators and Boolean literals.
syntax keyword pactLogical and or not
syntax keyword pactBoolean yes no

" Every other keyword.
syntax keyword pactKeyword
      \ adjusted advance after anonymous arrears as at before better binding
      \ business by capacity capped cause convenience cure day decides due end
      \ exclusive expire first following for fourth from handled higher
      \ holidays in is last lower net of on opens owned owner pays per
      \ preceding renew requires second start target then third to
      \ weekdays when with within up above indexed floor early via

" A keyword after a `.` is a member name (`client.review`), see pactRole.

" ---------------------------------------------------------------- references

" `Acme.ops`, `client.rm`, `SdkDeal.sdk_delivered`, `std.disputes`. The
" member match starts at the dot, so it wins over a keyword after it.
syntax match pactParty "\<\h\w*\ze\.\h"
syntax match pactRole "\.\h\w*" contains=pactAccessor
syntax match pactAccessor "\." contained
" The built-in party: the external mediator or arbitrator.
syntax match pactNeutral "\<neutral\>"

" ---------------------------------------------------------------- operators

syntax match pactOperator "[-+*/]"
syntax match pactComparison "<=\|>=\|==\|!=\|<\|>\|="
syntax match pactArrow "->"
syntax match pactRange "\.\."

" ---------------------------------------------------------------- literals

" Later definitions win when several matches start at the same column.
syntax match pactNumber "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=\>"
" A quantity: a number followed on the same line by a unit (`30 days`,
" `10 business days`, `20_000 USD`). A unit is any name that is not a
" keyword; the lookahead lists the keywords that can follow a bare number.
syntax match pactQuantity "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=\ze[ \t]\+\%(\%(adjusted\|and\|anonymous\|at\|by\|capped\|for\|handled\|or\|owner\|pays\|requires\|when\|with\)\>\)\@!\h"
      \ nextgroup=pactUnitBusiness,pactUnit,pactCurrency skipwhite
syntax keyword pactUnitBusiness business contained nextgroup=pactUnit,pactCurrency skipwhite
syntax match pactUnit "\h\w*" contained
" ISO 4217 currency codes.
syntax match pactCurrency contained "\<\%(AED\|AFN\|ALL\|AMD\|ANG\|AOA\|ARS\|AUD\|AWG\|AZN\|BAM\|BBD\|BDT\|BGN\)\>"
syntax match pactCurrency contained "\<\%(BHD\|BIF\|BMD\|BND\|BOB\|BOV\|BRL\|BSD\|BTN\|BWP\|BYN\|BZD\|CAD\|CDF\)\>"
syntax match pactCurrency contained "\<\%(CHE\|CHF\|CHW\|CLF\|CLP\|CNY\|COP\|COU\|CRC\|CUC\|CUP\|CVE\|CZK\|DJF\)\>"
syntax match pactCurrency contained "\<\%(DKK\|DOP\|DZD\|EGP\|ERN\|ETB\|EUR\|FJD\|FKP\|GBP\|GEL\|GHS\|GIP\|GMD\)\>"
syntax match pactCurrency contained "\<\%(GNF\|GTQ\|GYD\|HKD\|HNL\|HTG\|HUF\|IDR\|ILS\|INR\|IQD\|IRR\|ISK\|JMD\)\>"
syntax match pactCurrency contained "\<\%(JOD\|JPY\|KES\|KGS\|KHR\|KMF\|KPW\|KRW\|KWD\|KYD\|KZT\|LAK\|LBP\|LKR\)\>"
syntax match pactCurrency contained "\<\%(LRD\|LSL\|LYD\|MAD\|MDL\|MGA\|MKD\|MMK\|MNT\|MOP\|MRU\|MUR\|MVR\|MWK\)\>"
syntax match pactCurrency contained "\<\%(MXN\|MXV\|MYR\|MZN\|NAD\|NGN\|NIO\|NOK\|NPR\|NZD\|OMR\|PAB\|PEN\|PGK\)\>"
syntax match pactCurrency contained "\<\%(PHP\|PKR\|PLN\|PYG\|QAR\|RON\|RSD\|RUB\|RWF\|SAR\|SBD\|SCR\|SDG\|SEK\)\>"
syntax match pactCurrency contained "\<\%(SGD\|SHP\|SLE\|SLL\|SOS\|SRD\|SSP\|STN\|SVC\|SYP\|SZL\|THB\|TJS\|TMT\)\>"
syntax match pactCurrency contained "\<\%(TND\|TOP\|TRY\|TTD\|TWD\|TZS\|UAH\|UGX\|USD\|USN\|UYI\|UYU\|UYW\|UZS\)\>"
syntax match pactCurrency contained "\<\%(VED\|VES\|VND\|VUV\|WST\|XAF\|XAG\|XAU\|XBA\|XBB\|XBC\|XBD\|XCD\|XCG\)\>"
syntax match pactCurrency contained "\<\%(XDR\|XOF\|XPD\|XPF\|XPT\|XSU\|XTS\|XUA\|XXX\|YER\|ZAR\|ZMW\|ZWG\|ZWL\)\>"
syntax match pactPercent "\<\d[0-9_]*\%(\.\d[0-9_]*\)\=%"
syntax match pactDate "\<\d\{4}-\d\{2}-\d\{2}\>"
syntax match pactTime "\<\d\{1,2}:\d\{2}\>"

syntax region pactString start=+"+ end=+"+ end=+$+ contains=pactEscapeError,pactEscape,@Spell
syntax match pactEscapeError "\\." contained
syntax match pactEscape +\\["\\n]+ contained

" ---------------------------------------------------------------- comments

syntax keyword pactTodo TODO FIXME XXX NOTE contained
syntax match pactComment "//.*$" contains=pactTodo,@Spell
syntax match pactDocComment "//[/!].*$" contains=pactTodo,@Spell
syntax region pactBlockComment start="/\*" end="\*/" contains=pactTodo,@Spell

syntax sync minlines=50

" ---------------------------------------------------------------- links

highlight default link pactDeclaration Structure
highlight default link pactDeclName Function
highlight default link pactParentName Type
highlight default link pactClause Statement
highlight default link pactDeontic Exception
highlight default link pactDeonticNot Exception
highlight default link pactCadence Repeat
highlight default link pactLogical Operator
highlight default link pactBoolean Boolean
highlight default link pactKeyword Keyword
highlight default link pactParty Identifier
highlight default link pactRole Identifier
highlight default link pactAccessor Delimiter
highlight default link pactNeutral Special
highlight default link pactOperator Operator
highlight default link pactComparison Operator
highlight default link pactArrow Operator
highlight default link pactRange Operator
highlight default link pactNumber Number
highlight default link pactQuantity Number
highlight default link pactUnitBusiness Type
highlight default link pactUnit Type
highlight default link pactCurrency Constant
highlight default link pactPercent Number
highlight default link pactDate Constant
highlight default link pactTime Constant
highlight default link pactString String
highlight default link pactEscape SpecialChar
highlight default link pactEscapeError Error
highlight default link pactTodo Todo
highlight default link pactComment Comment
highlight default link pactDocComment SpecialComment
highlight default link pactBlockComment Comment

let b:current_syntax = "pact"

let &cpo = s:cpo_save
unlet s:cpo_save
