// §5.1 turn 2: "Periods (retainer, bonus, health, contract months) are intervals whose boundaries follow the
// term's anniversary rule: start + k months, a missing day moving to the 1st of the next month"; §10.2 indexation
// "at each contract anniversary". Run: pact run leap_index_periods.pact --events leap_index_periods.jsonl
// --until 2029-04-30. Term 2028-02-29 for 2 years (ends 2030-02-28; contract year 2 starts 2029-03-01).
// Right answers: retainer periods 2028-02-29..03-28, 03-29..04-28, ..., 2029-01-29..2029-02-28 (12th; start + 12
//   months = 2029-02-29 is missing -> 2029-03-01), 13th 2029-03-01..2029-03-28, 14th 2029-03-29..2029-04-28.
//   cpi 10% on 2029-01-15 -> from the anniversary 2029-03-01: 1,000 x 1.10 = 1,100.00. Payments: 12 x 1,000.00
//   (last on 2029-02-28) then 1,100.00 on 2029-03-28 and 2029-04-28. Total 14,200.00.
//   milestone m by day 30 -> 2028-02-29 + 30 days = 2028-03-30; fulfilled 2028-03-25 -> early bonus 5 days x
//   100 = 500.00 on 2028-03-25. Total received 14,700.00 USD.
party Acme { role ops }
party Globex { role delivery }
signal cpi: percent
partnership LI {
  parties Acme as client, Globex as provider
  term 2028-02-29 for 2 years
  currency USD
  milestone m by day 30 owner Globex
  pay Globex {
    retainer 1_000 USD monthly indexed annually by cpi
    bonus early_m on m 100 USD per day early
  }
}
