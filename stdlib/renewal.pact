//! Renewal: when the renewal window opens, when the decision is due, and
//! what happens when nobody decides.

/// A renewal window that renews by default: the window opens 120 days
/// before the end of the term, the decision is due 60 days before the end,
/// and without a decision the partnership renews for 1 year.
///
/// Parameters:
/// - `window_opens` (duration, default `120 days`): how long before the end
///   of the term the renewal window opens.
/// - `decision_due` (duration, default `60 days`): how long before the end
///   of the term the renewal decision is due.
/// - `renew_for` (duration, default `1 year`): how long the partnership
///   renews for when no decision is made.
template renewing_window(
  window_opens: duration = 120 days,
  decision_due: duration = 60 days,
  renew_for: duration = 1 year
) {
  renewal {
    window opens window_opens before end
    decision due decision_due before end
    default renew for renew_for
  }
}

/// A renewal window that expires by default: the window opens 120 days
/// before the end of the term, the decision is due 60 days before the end,
/// and without a decision the partnership ends with its term.
///
/// Parameters:
/// - `window_opens` (duration, default `120 days`): how long before the end
///   of the term the renewal window opens.
/// - `decision_due` (duration, default `60 days`): how long before the end
///   of the term the renewal decision is due.
template expiring_window(
  window_opens: duration = 120 days,
  decision_due: duration = 60 days
) {
  renewal {
    window opens window_opens before end
    decision due decision_due before end
    default expire
  }
}
