//! Acme's vendor portfolio, split over three files: the parties here, one
//! partnership per vendor in the others. Acme's operations team sits in a
//! weekly meeting in each partnership, which together exceed its capacity.
use std.disputes

/// The client of every partnership.
party Acme "Acme Corporation" {
  role ops "Operations team" capacity 10 hours per month
  role rm "Relationship manager"
  role sponsor "Executive sponsor"
}

party Globex "Globex Ltd" {
  role delivery
  role rm
}

party Initech {
  role eng
  role rm
}

signal cost_change: percent "Change of the provider's input costs"
resource CustomerData "Customer analytics dataset" owned by Acme
