pub fn check(_: &crate::ir::Portfolio, _: &mut Vec<crate::diagnostics::Diagnostic>) {}
