//! A generator of large synthetic portfolios, shared by the benchmarks.
//!
//! Deterministic for a given size and seed. Each partnership is a realistic
//! contract of about 2 KB; parties are shared between partnerships so the
//! portfolio checks have real work to do.

use std::fmt::Write;

/// Options for [`portfolio`].
pub struct Options {
    pub partnerships: usize,
    /// Plant cross-partnership conflicts (exclusivity, capacity, dependencies).
    pub conflicts: bool,
}

/// One `.pact` source holding the whole portfolio.
pub fn portfolio(options: &Options) -> String {
    let parties = (options.partnerships / 4).max(2);
    let mut out = String::with_capacity(options.partnerships * 2200);
    out.push_str("//! A generated portfolio.\n\nsignal cost_change: percent\nsignal revenue_uplift: money\nevent dispute_notice\nevent deliverable_accepted\n\n");
    for p in 0..parties {
        let _ = writeln!(
            out,
            "party Org{p} \"Organisation {p}\" {{\n  role ops capacity 400 hours per month\n  role rm capacity 200 hours per month\n  role steering\n  role sponsor capacity 100 hours per month\n  role delivery\n}}\nresource Data{p} \"Data set {p}\" owned by Org{p}\n"
        );
    }
    for i in 0..options.partnerships {
        let client = i % parties;
        let provider = (i * 7 + 1) % parties;
        let provider = if provider == client {
            (provider + 1) % parties
        } else {
            provider
        };
        let year = 2026 + (i % 3);
        let month = 1 + (i % 12);
        let exclusive = if options.conflicts && i % 50 == 0 {
            "exclusive "
        } else {
            ""
        };
        // Meetings with a time of day collide for shared roles: only planted.
        let at = if options.conflicts && i % 10 == 0 {
            "at 10:00 "
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"/// Partnership number {i}.
partnership P{i} {{
  parties Org{client} as client, Org{provider} as provider
  term {year}-{month:02}-01 for 2 years
  currency USD
  calendar weekdays mon-fri holidays {year}-12-25, {next}-01-01
  metric on_time: percent operational target >= 95%
  metric defects: percent operational lower is better target <= 2%
  weights {{
    from start: operational 60%, relational 30%, strategic 10%
    after 12 months: operational 40%, relational 30%, strategic 30%
  }}
  meeting tactical weekly on monday {at}for 1 hour with Org{client}.rm, Org{provider}.rm
  meeting strategy monthly on first tuesday 2 hours with Org{client}.steering, Org{provider}.sponsor
  escalation {{
    minor handled by Org{client}.ops, Org{provider}.delivery within 24 hours
    major handled by Org{client}.sponsor, Org{provider}.sponsor within 1 week
  }}
  changes {{
    minor when cost_change <= 5% -> approve by Org{client}.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Org{client}.rm, Org{provider}.rm within 10 business days
    fundamental when cost_change > 15% -> review by Org{client}.steering within 10 business days then mediation within 30 days
    authority Org{client}.sponsor
  }}
  pay Org{provider} {{
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 5_000 USD per deliverable_accepted
    bonus quality quarterly on defects {{
      tier good when defects <= 2% pays 5% of retainer
      tier excellent when defects <= 1% pays 10% of retainer
    }}
    success fee 2% of revenue_uplift capped at 100_000 USD per year
  }}
  trigger cost_spike when cost_change > 15% {{
    Org{provider} must notify Org{client}.rm within 5 business days
  }}
  grant {exclusive}Org{provider} read Data{client} for "analytics"
  milestone kickoff by day 0
  milestone go_live by day 90 owner Org{provider} requires kickoff
  renewal {{
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }}
  exit {{
    notice 60 days
    transition 6 weeks {{
      Org{provider} must complete knowledge_transfer
    }}
  }}
}}

"#,
            next = year + 1
        );
    }
    out
}
