// §5 "survey, report: recurring health assessments and reporting duties"; reference §4 "a report a recurring
// reporting duty". Run with report_duties.jsonl --until 2026-04-15. Right answer: each quarterly report of
// Globex (2026-01-01, 2026-04-01) is a duty of Globex in the run: the 01-01 one fulfilled by the trace line,
// the 04-01 one open/breached. Observed (main 55b8190): reports are not instantiated;
// `{"fulfilled": "R.report.values@2026-01-01"}` is "unknown obligation id `R.report.values`".
party Acme { role ops }
party Globex { role delivery }
partnership R {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  report values quarterly by Globex "supply-chain ethics commitments"
}
