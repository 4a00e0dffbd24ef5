// Design §4 and §5 examples, verbatim, completed into a portfolio (ApiOne..Three, SdkDeal).
// Right answer: `pact check` clean apart from warnings the design calls for.
//! Acme's vendor portfolio: the framework agreement and its declarations.
use std.disputes
use "../legal/common.pact"      // a file outside the portfolio; cycles are an error

party Acme "Acme Corporation" {
  role ops "Operations team" capacity 60 hours per month
  role rm "Relationship manager" capacity 20 hours per month
  role steering "Steering committee"
  role sponsor "Executive sponsor" capacity 6 hours per month
}

party Globex "Globex Ltd" {
  role delivery
  role rm
  role sponsor
}

resource CustomerData "Customer analytics dataset" owned by Acme

signal cost_change: percent "Change of the provider's input costs against the baseline"
signal market_change: percent
signal revenue_uplift: money
event dispute_notice
event deliverable_accepted

/// Our standard framework; every vendor partnership sits under it.
master StandardMSA {
  law "England and Wales"
  escalation {
    minor handled by client.ops, provider.delivery within 24 hours
    significant handled by client.rm, provider.rm within 72 hours
    major handled by client.sponsor, provider.sponsor within 1 week
  }
  disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 5 business days
    step managers by client.rm, provider.rm within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }
}
