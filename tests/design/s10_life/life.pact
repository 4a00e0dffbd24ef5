// §10.1 health, §10.3 renewal criteria / termination / exit / survival. Run with life.jsonl (as of 2027-02-15).
// Hand-computed right answers:
// Life (2026-01-01 for 1 year; weights operational 50%, relational 50%, strategic 0%; health quarterly):
//   Q1: on_time 96% (>= 95% met), resp 24 hours (<= 48 hours met) -> 100%.
//   Q2: on_time 90% (missed), resp no reading (missed) -> 0% -> at_risk fires on 2026-06-30 (the period's
//       last day); duty due 10 business days after: Jul 1,2,3,6,7,8,9,10,13,14 -> 2026-07-14.
//   Q3: on_time 97% met, resp 72 hours missed -> 50%: still < 60%, trigger does not re-fire.
//   Decision due 2026-11-01 (60 days before 2026-12-31); criteria health >= 70% reads the last score (Q3, 50%)
//   -> fails -> the other outcome: expire. Q4 (10-01..12-31): no readings -> 0%.
//   Exit: transition 2027-01-01 to 2027-01-31 (1 month); `deliver data` due 2027-01-31 (breached by 02-15? no:
//   fulfilled 2027-01-20 in the trace). Survival: Globex must not share Data from 2027-01-01 until 2027-12-31.
//   Retainer 12 x 1,000.00 = 12,000.00.
// Conv: terminate for convenience on 2026-03-10 by Acme, notice 30 days -> last day 2026-04-09.
//   Retainer: Jan, Feb, Mar 1,000.00 each; April prorated 9/30 x 1,000 = 300.00. Total 3,300.00.
//   Transition 2026-04-10 for 1 month -> 2026-05-09.
// Cause: notice for cause 2026-02-02 by Acme, cure 15 days, not cured -> term's last day 2026-02-18
//   (D + N + 1). Retainer: Jan 1,000.00; Feb prorated 18/28 x 1,000 = 642.857... -> 642.86.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
resource Data "data" owned by Acme
partnership Life {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  metric resp: duration relational lower is better target <= 48 hours
  weights {
    from start: operational 50%, relational 50%, strategic 0%
  }
  health quarterly
  trigger at_risk when health < 60% {
    Acme.rm, Globex.rm must meet within 10 business days
  }
  pay Globex {
    retainer 1_000 USD monthly
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 6 months
    criteria health >= 70%
  }
  exit {
    notice 30 days
    transition 1 month {
      Globex must deliver data
    }
  }
  survives 1 year {
    Globex must not share Data
  }
}
partnership Conv {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 1_000 USD monthly
  }
  termination {
    for convenience notice 30 days
  }
  exit {
    transition 1 month {
      Globex must return equipment
    }
  }
}
partnership Cause {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 1_000 USD monthly
  }
  termination {
    for cause cure 15 days
  }
}
