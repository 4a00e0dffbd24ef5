// §4 `use "FILE"`: cycles are an error. Right answer: E0xxx import cycle naming a.pact -> b.pact -> a.pact.
use "b.pact"
party A { role x }
