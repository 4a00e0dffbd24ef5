// §6 E01xx names. Right answers, one error each, in file order, with did-you-mean where a name is close:
//  duplicate party Acme; duplicate role ops; undefined role Acme.opps (did you mean ops);
//  undefined metric on_tme in a condition (did you mean on_time); undefined signal cost_chnge
//  (did you mean cost_change); undefined resource Dta (did you mean Data); undefined milestone
//  kickof (did you mean kickoff); duplicate milestone kickoff; `Globex` is both a party and a
//  partnership (§4: an error); undefined partnership `Mastr` in `under` (did you mean Master).
party Acme { role ops }
party Globex { role delivery; role rm }
signal cost_change: percent
resource Data "d" owned by Acme
master Master { law "X" }
party Acme { role rm }
party Hooli {
  role ops; role ops
}
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  milestone kickoff by day 0
  meeting m weekly 1 hour with Acme.opps
  trigger t when on_tme < 90% { Globex must explain within 5 days }
  trigger u when cost_chnge > 5% { Globex must explain within 5 days }
  grant Globex read Dta
  milestone go by 2026-05-01 requires kickof
  milestone kickoff by day 10
}
partnership Globex {
  parties Acme as client, Hooli as provider
  term 2026-01-01 for 1 year
}
partnership Q under Mastr {
  parties Acme as client, Hooli as provider
  term 2026-01-01 for 1 year
}
