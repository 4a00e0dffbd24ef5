//! Exit: the notice period for non-renewal, and the transition in which the
//! provider hands the work back.

/// The exit protocol: notice of non-renewal 60 days before the end of the
/// term, then a 6-week transition in which the provider must deliver the
/// assets and documentation and complete the knowledge transfer.
///
/// Parameters:
/// - `notice_period` (duration, default `60 days`): the notice a party must
///   give to end the partnership at the end of its term.
/// - `transition_length` (duration, default `6 weeks`): length of the
///   transition period.
template protocol(
  notice_period: duration = 60 days,
  transition_length: duration = 6 weeks
) {
  exit {
    notice notice_period
    transition transition_length {
      provider must deliver assets and documentation
      provider must complete knowledge_transfer
    }
  }
}
