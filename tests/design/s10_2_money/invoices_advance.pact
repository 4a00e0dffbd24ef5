// §10.2 "Invoices: each retainer period is invoiced on its invoice date (`in arrears`: the period's last day;
// `in advance`: its first) and due `net N days` later; `pact run` reports an invoice paid late or unpaid past due
// as a breach of the payer." Run: pact run invoices_advance.pact --events invoices_advance.jsonl
// --until 2026-04-01. Right answers:
//   Adv (2,000 EUR monthly, in advance net 15 days, term 2026-01-01 for 6 months): invoices 01-01 due 01-16,
//     02-01 due 02-16, 03-01 due 03-16, 04-01 due 04-16. Jan paid 01-10 (on time); Feb paid 02-20 (late, 4 days,
//     breach of Acme cured 02-20); Mar unpaid -> breach of Acme, 16 days late (03-17..04-01); Apr open.
//   Biz (1,000 EUR monthly, in arrears net 10 business days, term 2026-12-01 for 2 months, holidays 12-25 and
//     2027-01-01) - schedule: Dec invoice 2026-12-31 due 01-04 (1) .. 01-08 (5), 01-11 .. 01-15 (10) -> 2027-01-15;
//     Jan invoice 2027-01-31 due 02-01 .. 02-12 -> 2027-02-12.
party Acme { role ops }
party Globex { role delivery }
partnership Adv {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 6 months
  currency EUR
  pay Globex {
    retainer 2_000 EUR monthly
    invoice monthly in advance net 15 days
  }
}
partnership Biz {
  parties Acme as client, Globex as provider
  term 2026-12-01 for 2 months
  currency EUR
  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01
  pay Globex {
    retainer 1_000 EUR monthly
    invoice monthly in arrears net 10 business days
  }
}
