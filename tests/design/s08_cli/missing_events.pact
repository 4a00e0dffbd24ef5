// Design §8: exit 2 for I/O problems. Right answer: `pact run missing_events.pact
// --events no-such-trace.jsonl` exits 2 and says "cannot read the events
// `no-such-trace.jsonl`: no such file or folder", the words `pact check` uses
// for a missing file (observed on main 4239456: the operating system's
// "No such file or directory (os error 2)" — fixed in audit 3).
party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
