// §5.1 term: `START for DURATION` ends start + duration - 1 day; §6 E03xx "term ends before it starts".
// `2026-01-01 for 0 days` would end 2025-12-31. Right answer: E0301 saying the term is empty / ends before it
// starts (and a help like "give a positive length").
party A { role x }
party B { role y }
partnership Z {
  parties A as client, B as provider
  term 2026-01-01 for 0 days
}
