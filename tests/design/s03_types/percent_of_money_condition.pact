// §3 "`X% of <money>` is money; `<money> * <number>` is money", used in a trigger condition.
// Run with percent_of_money_condition.jsonl. Right answer: `big` fires on 2026-02-01 (100,000,000 USD > 10% of
// 1,000,000 USD = 100,000 USD). Observed (main 55b8190): never fires; the obligations JSON shows the right side as
// {"type": "computed"} with no value.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal launch_date: date
signal revenue: money
signal ratio: number
partnership Types {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric signed: bool strategic target = yes
  metric insights: count strategic target >= 4
  metric speed: number operational target >= 12.5
  metric sat: score 0..10 relational target >= 7
  metric margin: money operational target >= 10_000 USD
  weights {
    from start: operational 50%, relational 25%, strategic 25%
  }
  pay Globex {
    retainer 1_000 USD monthly
    bonus b quarterly on insights {
      tier some when insights >= 4 pays 2_000 USD
      tier many when insights >= 8 pays 5_000 USD
    }
  }
  trigger late when launch_date > 2026-05-01 {
    Globex must explain delay within 5 days
  }
  trigger big when revenue > 10% of 1_000_000 USD {
    Globex must report revenue within 5 days
  }
}
