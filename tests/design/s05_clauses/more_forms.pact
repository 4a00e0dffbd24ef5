//! §2/§5 more forms. Right answer: check clean; outputs as commented.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
event deliverable_accepted
event incident
/// An incident-driven partnership.
partnership More {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 4 quarters
  // §5 trigger: "obligations instantiated when the condition becomes true (or an `event` occurs)":
  // an event as the trigger's condition. Right answer: accepted; the duty is due 2 quarters after the event.
  trigger on_incident when incident {
    Globex must deliver postmortem within 2 quarters
    Globex must deliver summary within 1 year
  }
  // §3 condition types: `=`; `not`; parentheses. Right answer: accepted.
  trigger exact when cost_change = 10% or not (cost_change < 20%) {
    Globex must notify Acme.rm within 3 business days
  }
  // §5 obligation `within D of notice` is for steps; `by DATE` and `before ANCHOR` for duties.
  Globex must deliver plan by 2026-02-15
  Acme.ops, Acme.rm must approve plan before end
  meeting w weekly on friday adjusted following at 16:00 for 45 minutes with Acme.ops, Globex.delivery
}
