// §6 E04xx exclusivity and data use, §10.4 joint owners. Right answers:
//  - Ex1 grants Globex exclusive read of Data (2026); Ex2 grants Initech read of Data (2026-06-01 to 2027-05-31)
//    -> overlapping periods -> error naming both grants.
//  - Ex3 grants Acme (the owner) read of Data in 2026 -> exempt, no diagnostic.
//  - Ex4 grants Hooli read of Data in 2027 only (2027-01-01 for 1 year): no overlap with Ex1's first term
//    (2026), but Ex1 renews by default for 1 year -> warning (overlap only from a default renewal).
//  - Territory owned by Acme and Initech jointly: exclusive grant to Globex in Ex1; Initech's own
//    grant in Ex2 is exempt (joint owner).
//  - data use: Globex must not share Data in Ex5 (2026) and must share Data in Ex6 (2026) -> error.
party Acme { role ops }
party Globex { role delivery }
party Initech { role delivery }
party Hooli { role delivery }
resource Data "Customer data" owned by Acme
resource Territory "Nordics" owned by Acme and Initech
partnership Ex1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant exclusive Globex read Data
  grant exclusive Globex use Territory
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
partnership Ex2 {
  parties Acme as client, Initech as provider
  term 2026-06-01 to 2027-05-31
  grant Initech read Data
  grant Initech use Territory
}
partnership Ex3 {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  grant Acme read Data
}
partnership Ex4 {
  parties Acme as client, Hooli as provider
  term 2027-01-01 for 1 year
  grant Hooli read Data
}
partnership Ex5 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex must not share Data
}
partnership Ex6 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex must share Data within 30 days
}
