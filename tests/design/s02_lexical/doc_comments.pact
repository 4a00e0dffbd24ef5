//! §2: "`//!` documents the file, `///` the next declaration (both carried into the outputs as `description`)".
//! Right answer: this file text appears as a `description` in the obligations JSON (and schedule/ICS where a
//! file's events are listed); each `///` below appears as the `description` of what follows it.
/// Doc of the party Acme.
party Acme { role ops }
party Globex { role delivery }
/// Doc of the resource.
resource Data "d" owned by Acme
/// Doc of the signal.
signal cost_change: percent
/// Doc of the partnership.
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  /// Doc of the meeting.
  meeting sync weekly on monday 1 hour with Acme.ops, Globex.delivery
  /// Doc of the duty.
  Globex must deliver code within 30 days
  /// Doc of the milestone.
  milestone go_live by 2026-06-01 owner Globex
  /// Doc of the trigger.
  trigger t when cost_change > 5% { Globex must notify Acme.ops within 5 days }
  /// Doc of the grant.
  grant Globex read Data
}
