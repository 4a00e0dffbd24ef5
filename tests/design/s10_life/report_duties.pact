// §5 "survey, report: recurring health assessments and reporting duties"; reference §4 "a report a recurring
// reporting duty". Run with report_duties.jsonl --until 2026-04-15. Right answer: each quarterly report of
// Globex (2026-01-01, 2026-04-01) is a duty of Globex in the run, due by the day before the next occurrence
// (reference: the `report` clause): the 01-01 one (due 03-31) fulfilled by the trace line on 01-10, the 04-01
// one (due 06-30) open (breached from 07-01).
party Acme { role ops }
party Globex { role delivery }
partnership R {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  report values quarterly by Globex "supply-chain ethics commitments"
}
