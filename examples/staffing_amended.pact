//! Staff augmentation with its history: Vandelay rents a support team from
//! Kramerica, and the contract has been amended twice since signature.
//! Each amendment names the change level it was agreed under and who
//! approved it, and `pact check` checks every version of the contract;
//! `pact diff --as-of 2026-03-31 --as-of 2026-10-01 examples/staffing_amended.pact`
//! shows what the amendments changed.

party Vandelay "Vandelay Industries" {
  role service_owner "Service owner" capacity 20 hours per month
  role vendor_manager "Vendor manager" capacity 15 hours per month
  role cio "Chief information officer"
}

party Kramerica "Kramerica Support LLC" {
  role team_lead "Support team lead" capacity 40 hours per month
  role account_manager "Account manager" capacity 20 hours per month
  role ceo "Chief executive"
}

signal ticket_volume_change: percent "Change of monthly ticket volume against the baseline"

partnership VandelayKramericaSupport {
  parties Vandelay as client, Kramerica as provider
  term 2026-01-01 for 2 years // ends 2027-12-31
  currency USD
  law "State of California"

  metric first_response: duration operational lower is better target <= 4 hours
  metric resolved_in_sla: percent operational target >= 92%

  meeting ops_review weekly on monday at 09:00 for 1 hour with Vandelay.service_owner, Kramerica.team_lead
  meeting account_review monthly on first thursday at 14:00 for 1 hour with Vandelay.vendor_manager, Kramerica.account_manager

  // Ticket-volume changes follow a 3-2-1 protocol.
  changes {
    minor when ticket_volume_change <= 10% -> approve by client.service_owner
    significant when ticket_volume_change > 10% and ticket_volume_change <= 30% -> review by client.vendor_manager, provider.account_manager within 10 business days
    fundamental when ticket_volume_change > 30% -> review by client.cio, provider.ceo within 15 business days
    authority Vandelay.cio
  }

  pay Kramerica {
    retainer 45_000 USD monthly
    invoice monthly in arrears net 30 days
  }

  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }

  exit {
    notice 60 days
    transition 4 weeks {
      Kramerica must deliver runbooks and ticket_history
    }
  }
}

/// Ticket volume grew by a fifth after Vandelay's spring launch: a larger team,
/// and the weekly review moves to Tuesdays, after the weekend backlog is
/// cleared.
amend VandelayKramericaSupport effective 2026-04-01 as significant approved by Vandelay.vendor_manager, Kramerica.account_manager {
  override pay Kramerica {
    retainer 54_000 USD monthly
    invoice monthly in arrears net 30 days
  }
  override meeting ops_review weekly on tuesday at 09:00 for 1 hour with Vandelay.service_owner, Kramerica.team_lead
}

/// A small change: a monthly report on the knowledge base, approved by the
/// service owner as the minor level allows.
amend VandelayKramericaSupport effective 2026-10-01 as minor approved by Vandelay.service_owner {
  report knowledge_base monthly by Kramerica "articles added and retired"
}
