// §10.1 "`health` is known at the end of each period; triggers and bonuses on it see that value (it is a reading
// dated the period's last day)"; §5.1 "A trigger fires when its condition goes from false to true, and re-arms
// when the condition is false again". Run: pact run rearm_bonus.pact --events rearm_bonus.jsonl --until
// 2026-10-31. Term 2026-01-01 for 1 year, health quarterly (default), weights operational 100%.
// Right answers:
//   Q1: on_time 80% -> health 0% -> at_risk fires 2026-03-31; meet within 5 business days -> 2026-04-07
//     (04-01, 02, 03, 06, 07); no bonus.
//   Q2: on_time 99% -> 100% -> trigger re-arms; bonus `great` (>= 90%) pays 5% of the quarter's retainer
//     3 x 2,000 = 6,000 -> 300.00 on 06-30 (only `great`, not `good` too).
//   Q3: no reading -> 0% -> at_risk fires again 2026-09-30, due 2026-10-07; as of 10-31 both duties unfulfilled
//     -> breached (04-07: 207 days late; 10-07: 24 days late), owed by Acme and Globex.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
partnership RB {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  weights {
    from start: operational 100%, relational 0%, strategic 0%
  }
  pay Globex {
    retainer 2_000 USD monthly
    bonus partnership_health quarterly on health {
      tier good when health >= 60% pays 2% of retainer
      tier great when health >= 90% pays 5% of retainer
    }
  }
  trigger at_risk when health < 60% {
    Acme.rm, Globex.rm must meet within 5 business days
  }
}
