// §5.1 turn-2: "A pay block without its own invoice uses a stand-alone invoice clause of the partnership, never
// another pay block's." §10.2 invoices. Run with invoices.jsonl --until 2026-03-31. Right answers:
//  pay Globex (own invoice: monthly in advance net 10 days): Jan invoice dated 2026-01-01, due 01-11;
//    Feb 02-01 due 02-11; Mar 03-01 due 03-11. Retainer paid on the period's FIRST day (in advance).
//  pay Acme (no own invoice) uses the stand-alone `invoice monthly in arrears net 30 days`: Jan invoice dated
//    01-31 due 03-02; Feb 02-28 due 03-30; Mar 03-31 due 04-30 (open on 03-31).
//  Payer of pay Acme is Globex. Paid: Globex.invoice Jan on 02-05 (late: due 01-11 -> breach, 25 days late);
//    Acme.invoice Jan on 02-20 on time. Unpaid past due by 03-31: Globex Feb (due 02-11), Mar (due 03-11);
//    Acme Feb (due 03-30).
party Acme { role ops }
party Globex { role delivery }
partnership Inv {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  invoice monthly in arrears net 30 days
  pay Globex {
    retainer 1_000 USD monthly
    invoice monthly in advance net 10 days
  }
  pay Acme {
    retainer 200 USD monthly
  }
}
