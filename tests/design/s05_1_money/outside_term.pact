// §5 pay / reference Money: fees for each occurrence of the event in the term; readings outside the term earn
// nothing. Run with outside_term.jsonl. Right answers: fee paid only for 2026-06-01 (500.00); events on
// 2025-12-31 and 2027-01-01 pay nothing; success fee only for the 2026-06-01 reading (1% of 10,000 = 100.00).
// Penalty: go_live due 2026-12-01, never fulfilled: late from 12-02; as of 2027-02-01, the term ended 12-31:
// right answer per design ("accrue for each day the milestone is late") — 62 days (12-02..02-01) x 10 = 620.00 capped at 500.00 (paid 2027-02-01, the as-of day).
party Acme { role ops }
party Globex { role delivery }
event accepted
signal rev: money
partnership OT {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  milestone go_live by 2026-12-01 owner Globex
  pay Globex {
    fee 500 USD per accepted
    success fee 1% of rev
    penalty late on go_live 10 USD per day capped at 500 USD
  }
}
