//! Invoice and due dates (design §10.2), written for the output tests:
//! each retainer period is invoiced on its last day (in arrears) or its
//! first (in advance) and is due `net N` later. Periods follow the term's
//! anniversary rule (a missing day moves to the 1st of the next month),
//! due dates in months clamp to the month's end, and business days skip
//! weekends and holidays. Every date is computed by hand in expected.json.

party Tally "Tally Stationers" { role buyer }
party Ledger "Ledger Bookkeeping" { role clerk }

// Sat 2026-01-31 for 6 months: the anniversary 2026-07-31 exists, so the
// term ends Thu 2026-07-30. Monthly periods start on start + k months, a
// missing day moving to the 1st: 31 Jan, 1 Mar (no 31 Feb), 31 Mar,
// 1 May (no 31 Apr), 31 May, 1 Jul (no 31 Jun); the last ends with the term.
//   periods        Jan 31-Feb 28, Mar 1-Mar 30, Mar 31-Apr 30, May 1-May 30,
//                  May 31-Jun 30, Jul 1-Jul 30
//   invoiced       (last days) Feb 28, Mar 30, Apr 30, May 30, Jun 30, Jul 30
//   due (+30 days) Mar 30, Apr 29, May 30, Jun 29, Jul 30, Aug 29
partnership Arrears {
  parties Tally as client, Ledger as provider
  term 2026-01-31 for 6 months
  pay Ledger {
    retainer 4_000 USD monthly
    invoice monthly in arrears net 30 days
  }
}

// Sat 2026-01-31 for 9 months: ends Fri 2026-10-30. Quarterly periods
// start 31 Jan, 1 May (no 31 Apr), 31 Jul; the last ends with the term.
//   periods          Jan 31-Apr 30, May 1-Jul 30, Jul 31-Oct 30
//   invoiced         (first days) Jan 31, May 1, Jul 31
//   due (+1 month)   Feb 28 (31 Feb clamps to the month's end), Jun 1, Aug 31
partnership Advance {
  parties Tally as client, Ledger as provider
  term 2026-01-31 for 9 months
  pay Ledger {
    retainer 12_000 USD quarterly
    invoice quarterly in advance net 1 month
  }
}

// Sun 2026-11-01 for 2 months: ends Thu 2026-12-31. The pay block has no
// `invoice`: the partnership's stand-alone one applies (turn-2 ruling).
//   periods          Nov 1-Nov 30, Dec 1-Dec 31
//   invoiced         Mon Nov 30, Thu Dec 31
//   due (+5 business days, strictly after): from Mon Nov 30: Tue 1, Wed 2,
//                    Thu 3, Fri 4, Mon 7 Dec -> 2026-12-07; from Thu Dec 31:
//                    Fri 1 Jan is a holiday, then Mon 4, Tue 5, Wed 6, Thu 7,
//                    Fri 8 Jan -> 2027-01-08
partnership Standalone {
  parties Tally as client, Ledger as provider
  term 2026-11-01 for 2 months
  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01
  invoice monthly in arrears net 5 business days
  pay Ledger {
    retainer 1_500 USD monthly
  }
}
