// §5.1 "`X% of retainer` in a bonus means X% of the retainer accrued over the bonus's own period": a bonus of
// `5% of retainer` in a pay block with no retainer. Right answer: a check-time error (or at least a warning)
// naming the tier: the bonus can only ever pay 0. Run with bonus_without_retainer.jsonl: quality 8 on 2026-02-01.
party Acme { role ops }
party Globex { role delivery }
partnership NoRet {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric quality: score 0..10 operational target >= 5
  pay Globex {
    bonus b quarterly on quality {
      tier t when quality >= 5 pays 5% of retainer
    }
  }
}
