// A total that a 96-bit decimal cannot hold exactly (design §5.1, turn-2
// ruling: a sum that does not fit exactly is an error naming its place).
// Found by the differential oracle (seed 530 of `compare.py --seed 341`).
//
// Success fees of 10% of `uplift`, in KWD (3 decimals):
//   line 1: 243844        -> 24384.400
//   line 2: 1961752444378495410765535477.5 -> 196175244437849541076553547.750
//   line 3: 7760          -> 776.000
//   after line 3 the total is 196175244437849541076578708.150: 30 digits at
//   scale 3, mantissa 1.96e29 > 2^96 - 1 = 7.9e28, but it is
//   ...578708.15 at scale 2: 29 digits, 1.96e28, which fits.
//   line 4: 357175.05245  -> 35717.505 (rounded from 35717.505245): the
//   total ...614425.655 needs scale 3, 1.96e29: it does not fit. Line 4 is
//   named.
party Acme {
  role rm
}
party Globex {
  role rm
}
signal uplift: money

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-07-07 to 2027-12-31
  currency KWD
  pay Globex {
    success fee 10% of uplift
  }
}
