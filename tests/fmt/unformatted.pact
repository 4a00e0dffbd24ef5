//! A contract written in a hurry: `pact fmt` puts it in the canonical layout.
//! `formatted.pact` is what it becomes (the e2e tests check both).
use std.disputes   // for `dispute_notice`

party Acme "Acme Corporation" { role ops "Operations"   capacity 60 hours per month; role rm
	role sponsor capacity 6 hours per month }
party Globex
{
    role delivery;role rm;    role sponsor
}


resource Data "Customer data"   owned by Acme
signal cost_change :percent
signal score_x: score 0 .. 10
signal growth: percent -50 ..200
event   delivered


/// A reusable escalation.
template quick ( response : duration = 1 days , who : role = client . ops ) { escalation { minor handled by who within response } }

partnership AcmeGlobex   // the main deal
{
parties Acme as client ,
         Globex as provider
term 2026-01-01 for 2 year    // ends 2027-12-31
currency USD
calendar weekdays mon - fri holidays 2026-12-25,2027-01-01
use quick(response: 48 hours)

  metric on_time: percent operational target >= 95%   // share on time
  metric defects: percent operational lower is better target <= 2% // per release

  meeting tactical weekly on monday at 9:30 for 1 hours with Acme.rm, Globex.rm
  meeting   kickoff on 2026-01-15   at 9:00 for 2 hours with Acme.rm,Globex.rm   via   "Teams"
  survey pulse quarterly   on day 15 anonymous by Acme.rm
  report values   quarterly on last friday by Globex "ethics"
  report status every 1 month on   day 30 by Globex
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% and ( cost_change <= 15% or not cost_change = 7% )
          -> review by Acme.rm , Globex.rm within 10 business days
       then mediation within 30 days
    authority Acme.sponsor }
  pay Globex {
    retainer 20000 USD monthly
    fee 1500.50 USD per delivered /* a round sum */ ; penalty late on go_live 500 USD per day capped at 10000 USD
  }
  trigger spike when cost_change > 15%
      and cost_change < 50%
  {
    Globex must notify Acme.rm within 5 business day ;
    Acme.rm, Globex.rm must meet within
    10 business days
  }
  grant Globex read Data for "analytics"
  Globex must /* never */ not share Data
  milestone go_live by 2026-04-01 owner Globex

  /* Renewal, termination and exit
         follow the framework. */ renewal { window opens 120 days before end; decision due 60 days before end; default renew for 1 years }



  // nothing after this
}
