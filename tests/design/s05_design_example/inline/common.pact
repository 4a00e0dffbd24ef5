// Design §4: `use "../legal/common.pact"` — a file outside the portfolio.
// Right answer: the portfolio sees these declarations through the `use`.
party Initech "Initech Inc" {
  role ops
  role delivery
}
