// Every keyword of src/syntax/token.rs, one a line, with its Vim syntax group.
// Checked by test/run.sh like syntax.pact.

party
// <----- pactDeclaration
role
// <---- pactDeclaration
resource
// <-------- pactDeclaration
signal
// <------ pactDeclaration
event
// <----- pactDeclaration
master
// <------ pactDeclaration
template
// <-------- pactDeclaration
partnership
// <----------- pactDeclaration
coordinate
// <---------- pactDeclaration
use
// <--- pactDeclaration
under
// <----- pactDeclaration
override
// <-------- pactDeclaration
parties
// <------- pactClause
term
// <---- pactClause
currency
// <-------- pactClause
timezone
// <-------- pactClause
calendar
// <-------- pactClause
metric
// <------ pactClause
weights
// <------- pactClause
meeting
// <------- pactClause
review
// <------ pactClause
escalation
// <---------- pactClause
disputes
// <-------- pactClause
changes
// <------- pactClause
pay
// <--- pactClause
invoice
// <------- pactClause
trigger
// <------- pactClause
grant
// <----- pactClause
milestone
// <--------- pactClause
survey
// <------ pactClause
report
// <------ pactClause
governance
// <---------- pactClause
renewal
// <------- pactClause
termination
// <----------- pactClause
exit
// <---- pactClause
law
// <--- pactClause
venue
// <----- pactClause
retainer
// <-------- pactClause
fee
// <--- pactClause
bonus
// <----- pactClause
success
// <------- pactClause
penalty
// <------- pactClause
tier
// <---- pactClause
step
// <---- pactClause
authority
// <--------- pactClause
window
// <------ pactClause
decision
// <-------- pactClause
default
// <------- pactClause
transition
// <---------- pactClause
notice
// <------ pactClause
adjust
// <------ pactClause
evolves
// <------- pactClause
must
// <---- pactDeontic
may
// <--- pactDeontic
daily
// <----- pactCadence
weekly
// <------ pactCadence
monthly
// <------- pactCadence
quarterly
// <--------- pactCadence
annually
// <-------- pactCadence
every
// <----- pactCadence
and
// <--- pactLogical
or
// <-- pactLogical
not
// <--- pactLogical
yes
// <--- pactBoolean
no
// <-- pactBoolean
adjusted
// <-------- pactKeyword
advance
// <------- pactKeyword
after
// <----- pactKeyword
anonymous
// <--------- pactKeyword
arrears
// <------- pactKeyword
as
// <-- pactKeyword
at
// <-- pactKeyword
before
// <------ pactKeyword
better
// <------ pactKeyword
binding
// <------- pactKeyword
business
// <-------- pactKeyword
by
// <-- pactKeyword
capacity
// <-------- pactKeyword
capped
// <------ pactKeyword
cause
// <----- pactKeyword
convenience
// <----------- pactKeyword
cure
// <---- pactKeyword
day
// <--- pactKeyword
decides
// <------- pactKeyword
due
// <--- pactKeyword
end
// <--- pactKeyword
exclusive
// <--------- pactKeyword
expire
// <------ pactKeyword
first
// <----- pactKeyword
following
// <--------- pactKeyword
for
// <--- pactKeyword
fourth
// <------ pactKeyword
from
// <---- pactKeyword
handled
// <------- pactKeyword
higher
// <------ pactKeyword
holidays
// <-------- pactKeyword
in
// <-- pactKeyword
is
// <-- pactKeyword
last
// <---- pactKeyword
lower
// <----- pactKeyword
net
// <--- pactKeyword
of
// <-- pactKeyword
on
// <-- pactKeyword
opens
// <----- pactKeyword
owned
// <----- pactKeyword
owner
// <----- pactKeyword
pays
// <---- pactKeyword
per
// <--- pactKeyword
preceding
// <--------- pactKeyword
renew
// <----- pactKeyword
requires
// <-------- pactKeyword
second
// <------ pactKeyword
start
// <----- pactKeyword
target
// <------ pactKeyword
then
// <---- pactKeyword
third
// <----- pactKeyword
to
// <-- pactKeyword
weekdays
// <-------- pactKeyword
when
// <---- pactKeyword
with
// <---- pactKeyword
within
// <------ pactKeyword
via
// <--- pactKeyword
must not
// <---- pactDeontic
//   ^^^ pactDeonticNot
