//! Re-indented by test/run.sh with `gg=G`; must come out unchanged.
party Acme "Acme Corporation" {
  role ops "Operations team" capacity 60 hours per month
  role rm
}

/* A block comment
   keeps its own layout { not a block }
 */
partnership AcmeGlobex under StandardMSA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years

  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    fundamental when cost_change > 15%
      -> review by Acme.steering within 10 business days
      then mediation within 30 days
    authority Acme.sponsor
  }

  pay Globex {
    retainer 20_000 USD monthly   // a { in a comment does not count
    bonus quality quarterly on defects {
      tier good when defects <= 2% pays 5% of retainer
    }
  }
  report values quarterly by Globex "a { in a string does not count"
  governance { tier operational Acme.ops decides day_to_day }
  exit {
    transition 6 weeks {
      Globex must deliver source_code and documentation
    }
  }
}
