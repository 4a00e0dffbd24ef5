// SYNTAX TEST "source.pact" "every keyword of src/syntax/token.rs, one a line, with its scope"

// storage.type.pact
party
// <----- storage.type.pact
role
// <---- storage.type.pact
resource
// <-------- storage.type.pact
signal
// <------ storage.type.pact
event
// <----- storage.type.pact
master
// <------ storage.type.pact
template
// <-------- storage.type.pact
partnership
// <----------- storage.type.pact
coordinate
// <---------- storage.type.pact
use
// <--- storage.type.pact
under
// <----- storage.type.pact
override
// <-------- storage.type.pact
// keyword.other.clause.pact
parties
// <------- keyword.other.clause.pact
term
// <---- keyword.other.clause.pact
currency
// <-------- keyword.other.clause.pact
timezone
// <-------- keyword.other.clause.pact
calendar
// <-------- keyword.other.clause.pact
metric
// <------ keyword.other.clause.pact
weights
// <------- keyword.other.clause.pact
meeting
// <------- keyword.other.clause.pact
review
// <------ keyword.other.clause.pact
escalation
// <---------- keyword.other.clause.pact
disputes
// <-------- keyword.other.clause.pact
changes
// <------- keyword.other.clause.pact
pay
// <--- keyword.other.clause.pact
invoice
// <------- keyword.other.clause.pact
trigger
// <------- keyword.other.clause.pact
grant
// <----- keyword.other.clause.pact
milestone
// <--------- keyword.other.clause.pact
survey
// <------ keyword.other.clause.pact
report
// <------ keyword.other.clause.pact
governance
// <---------- keyword.other.clause.pact
renewal
// <------- keyword.other.clause.pact
termination
// <----------- keyword.other.clause.pact
exit
// <---- keyword.other.clause.pact
law
// <--- keyword.other.clause.pact
venue
// <----- keyword.other.clause.pact
retainer
// <-------- keyword.other.clause.pact
fee
// <--- keyword.other.clause.pact
bonus
// <----- keyword.other.clause.pact
success
// <------- keyword.other.clause.pact
penalty
// <------- keyword.other.clause.pact
tier
// <---- keyword.other.clause.pact
step
// <---- keyword.other.clause.pact
authority
// <--------- keyword.other.clause.pact
window
// <------ keyword.other.clause.pact
decision
// <-------- keyword.other.clause.pact
default
// <------- keyword.other.clause.pact
transition
// <---------- keyword.other.clause.pact
notice
// <------ keyword.other.clause.pact
adjust
// <------ keyword.other.clause.pact
evolves
// <------- keyword.other.clause.pact
// keyword.other.deontic.pact
must
// <---- keyword.other.deontic.pact
may
// <--- keyword.other.deontic.pact
must not
// <-------- keyword.other.deontic.pact
// keyword.other.cadence.pact
daily
// <----- keyword.other.cadence.pact
weekly
// <------ keyword.other.cadence.pact
monthly
// <------- keyword.other.cadence.pact
quarterly
// <--------- keyword.other.cadence.pact
annually
// <-------- keyword.other.cadence.pact
every
// <----- keyword.other.cadence.pact
// keyword.operator.logical.pact
and
// <--- keyword.operator.logical.pact
or
// <-- keyword.operator.logical.pact
not
// <--- keyword.operator.logical.pact
// constant.language.boolean.pact
yes
// <--- constant.language.boolean.pact
no
// <-- constant.language.boolean.pact
// keyword.other.pact
adjusted
// <-------- keyword.other.pact
advance
// <------- keyword.other.pact
after
// <----- keyword.other.pact
anonymous
// <--------- keyword.other.pact
arrears
// <------- keyword.other.pact
as
// <-- keyword.other.pact
at
// <-- keyword.other.pact
before
// <------ keyword.other.pact
better
// <------ keyword.other.pact
binding
// <------- keyword.other.pact
business
// <-------- keyword.other.pact
by
// <-- keyword.other.pact
capacity
// <-------- keyword.other.pact
capped
// <------ keyword.other.pact
cause
// <----- keyword.other.pact
convenience
// <----------- keyword.other.pact
cure
// <---- keyword.other.pact
day
// <--- keyword.other.pact
decides
// <------- keyword.other.pact
due
// <--- keyword.other.pact
end
// <--- keyword.other.pact
exclusive
// <--------- keyword.other.pact
expire
// <------ keyword.other.pact
first
// <----- keyword.other.pact
following
// <--------- keyword.other.pact
for
// <--- keyword.other.pact
fourth
// <------ keyword.other.pact
from
// <---- keyword.other.pact
handled
// <------- keyword.other.pact
higher
// <------ keyword.other.pact
holidays
// <-------- keyword.other.pact
in
// <-- keyword.other.pact
is
// <-- keyword.other.pact
last
// <---- keyword.other.pact
lower
// <----- keyword.other.pact
net
// <--- keyword.other.pact
of
// <-- keyword.other.pact
on
// <-- keyword.other.pact
opens
// <----- keyword.other.pact
owned
// <----- keyword.other.pact
owner
// <----- keyword.other.pact
pays
// <---- keyword.other.pact
per
// <--- keyword.other.pact
preceding
// <--------- keyword.other.pact
renew
// <----- keyword.other.pact
requires
// <-------- keyword.other.pact
second
// <------ keyword.other.pact
start
// <----- keyword.other.pact
target
// <------ keyword.other.pact
then
// <---- keyword.other.pact
third
// <----- keyword.other.pact
to
// <-- keyword.other.pact
weekdays
// <-------- keyword.other.pact
when
// <---- keyword.other.pact
with
// <---- keyword.other.pact
within
// <------ keyword.other.pact
via
// <--- keyword.other.pact
