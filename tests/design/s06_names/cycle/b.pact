// see a.pact
use "a.pact"
party B { role y }
