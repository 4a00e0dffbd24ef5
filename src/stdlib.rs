//! The standard library: Pact modules shipped inside the binary
//! (`stdlib/*.pact`, embedded with `include_str!`), loaded on first `use`.

/// `(module name, source)` for every module, sorted by name.
pub const MODULES: &[(&str, &str)] = &[
    ("cadence", include_str!("../stdlib/cadence.pact")),
    ("changes", include_str!("../stdlib/changes.pact")),
    ("disputes", include_str!("../stdlib/disputes.pact")),
    ("escalation", include_str!("../stdlib/escalation.pact")),
    ("exit", include_str!("../stdlib/exit.pact")),
    ("governance", include_str!("../stdlib/governance.pact")),
    ("health", include_str!("../stdlib/health.pact")),
    ("renewal", include_str!("../stdlib/renewal.pact")),
];

pub fn module(name: &str) -> Option<&'static str> {
    MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}

/// The module that declares `kind name` (`event dispute_notice`), if any.
pub fn declaring_module(kind: &str, name: &str) -> Option<&'static str> {
    let wanted = format!("{kind} {name}");
    MODULES.iter().find_map(|(module, source)| {
        source
            .lines()
            .map(str::trim_start)
            .any(|line| {
                line.strip_prefix(wanted.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
            })
            .then_some(*module)
    })
}

/// The name a module's file has in messages.
pub fn file_name(module: &str) -> String {
    format!("std/{module}.pact")
}

#[cfg(test)]
mod tests {
    #[test]
    fn modules_are_sorted_and_parse() {
        for pair in super::MODULES.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0);
            }
        }
        for (name, source) in super::MODULES {
            let parsed = crate::syntax::parse(source, crate::diagnostics::FileId(0));
            assert!(
                parsed.diagnostics.is_empty(),
                "std.{name}: {:?}",
                parsed.diagnostics
            );
        }
    }
}
