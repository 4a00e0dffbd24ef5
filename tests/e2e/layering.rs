//! The layers of `src/` hold: each top-level module uses only the `crate::`
//! modules listed for it below (the pipeline, read downwards), no two
//! modules depend on each other, the files inside `run/` form no cycle, and
//! no source file has more than 1,000 lines of non-test code.
//!
//! Imports are read from the text: every `crate::NAME` outside comments and
//! test modules counts, wherever it is written (a `use` or a path inline).
//! To add a module, add its row to [`LAYERS`]; ARCHITECTURE.md shows the
//! same table.

use super::root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module and the `crate::` modules it may use. The order is
/// the pipeline's: a module may only use modules above it.
const LAYERS: &[(&str, &[&str])] = &[
    ("vocab", &[]),
    ("source", &[]),
    ("parallel", &[]),
    ("graph", &[]),
    ("stdlib", &[]),
    ("diagnostics", &["source"]),
    ("syntax", &["vocab", "source", "diagnostics", "parallel"]),
    ("ir", &["vocab", "source", "diagnostics"]),
    ("units", &["vocab", "diagnostics", "syntax", "ir"]),
    ("amend", &["vocab", "source", "diagnostics", "syntax", "ir"]),
    (
        "resolve",
        &[
            "vocab",
            "source",
            "diagnostics",
            "graph",
            "stdlib",
            "syntax",
            "ir",
            "units",
            "amend",
        ],
    ),
    (
        "lower",
        &[
            "vocab",
            "source",
            "diagnostics",
            "parallel",
            "graph",
            "stdlib",
            "syntax",
            "ir",
            "units",
            "resolve",
        ],
    ),
    ("link", &["source", "diagnostics", "ir"]),
    (
        "check",
        &["vocab", "source", "diagnostics", "parallel", "graph", "ir"],
    ),
    ("emit", &["vocab", "source", "diagnostics", "ir"]),
    ("run", &["vocab", "source", "diagnostics", "ir"]),
    ("versions", &["source", "ir", "amend", "emit", "run"]),
    (
        "diff",
        &[
            "vocab",
            "source",
            "diagnostics",
            "ir",
            "emit",
            "run",
            "versions",
        ],
    ),
    (
        "fmt",
        &["vocab", "source", "diagnostics", "parallel", "syntax"],
    ),
    (
        "render",
        &[
            "vocab",
            "source",
            "diagnostics",
            "ir",
            "amend",
            "check",
            "emit",
            "run",
            "versions",
        ],
    ),
    (
        "lsp",
        &[
            "vocab",
            "source",
            "diagnostics",
            "parallel",
            "graph",
            "stdlib",
            "syntax",
            "ir",
            "units",
            "amend",
            "resolve",
            "lower",
            "link",
            "check",
            "emit",
            "fmt",
            "lib",
        ],
    ),
];

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments and its test modules (a
/// `tests.rs` file is all test code).
fn code_of(path: &Path, text: &str) -> Vec<String> {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            // Skip the item that follows: to the end of its braces.
            let mut depth = 0i32;
            let mut opened = false;
            for next in lines.by_ref() {
                depth += next.matches('{').count() as i32 - next.matches('}').count() as i32;
                opened |= next.contains('{');
                if (opened && depth <= 0) || (!opened && next.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let code = match line.find("//") {
            // A `//` inside a string is rare in imports; cutting there only
            // ever drops text, never adds an import.
            Some(i) => &line[..i],
            None => line,
        };
        out.push(code.to_string());
    }
    out
}

/// `crate::NAME` references in some code (`crate::{a, b}` counts both).
fn crate_refs(code: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let text = code.join("\n");
    let mut rest = text.as_str();
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        let boundary = rest[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if boundary {
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for name in inner.split(',') {
                    let name: String = name
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            } else {
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
        rest = after;
    }
    out
}

/// The top-level module a file belongs to (`lib` for `lib.rs`).
fn module_of(src: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// The modules `crate::` can name: the top-level ones; anything else named
/// after `crate::` is an item of `lib.rs` (`crate::analyse`).
fn modules(src: &Path) -> BTreeSet<String> {
    rust_files(src)
        .iter()
        .map(|p| module_of(src, p))
        .filter(|m| m != "lib" && m != "main")
        .collect()
}

/// Every `crate::` dependency between top-level modules:
/// `(from, to) -> the files that make it`.
fn dependencies(src: &Path) -> BTreeMap<(String, String), Vec<String>> {
    let known = modules(src);
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for path in rust_files(src) {
        let from = module_of(src, &path);
        if from == "lib" || from == "main" || from == "cli" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable source");
        for name in crate_refs(&code_of(&path, &text)) {
            let to = if known.contains(&name) {
                name
            } else {
                "lib".to_string()
            };
            if to != from {
                let file = path
                    .strip_prefix(src)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.entry((from.clone(), to)).or_default().push(file);
            }
        }
    }
    out
}

/// A cycle in a directed graph, if there is one (as the path around it).
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let start = path.iter().position(|n| n == next).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, edges, state, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node.as_str()) {
            let mut path = Vec::new();
            if let Some(c) = visit(node, edges, &mut state, &mut path) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = root().join("src");
    let table: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut problems = Vec::new();
    for module in modules(&src) {
        if module != "cli" && !table.contains_key(module.as_str()) {
            problems.push(format!(
                "`src/{module}` has no row in LAYERS (tests/e2e/layering.rs): say which modules it may use"
            ));
        }
    }
    let deps = dependencies(&src);
    for ((from, to), files) in &deps {
        let allowed = table.get(from.as_str()).copied().unwrap_or(&[]);
        if !allowed.contains(&to.as_str()) {
            let what = if to == "lib" {
                "items of lib.rs".to_string()
            } else {
                format!("`crate::{to}`")
            };
            problems.push(format!(
                "`{from}` uses {what}, which it may not (an import up the pipeline), in: {}",
                files.join(", ")
            ));
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in deps.keys() {
        edges.entry(from.clone()).or_default().insert(to.clone());
    }
    if let Some(cycle) = find_cycle(&edges) {
        problems.push(format!(
            "modules depend on each other: {}",
            cycle.join(" → ")
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `super::NAME` and `crate::run::NAME` references between the files of
/// `run/`, which must form no cycle.
#[test]
fn the_files_of_run_form_no_cycle() {
    let dir = root().join("src/run");
    let files: BTreeSet<String> = rust_files(&dir)
        .iter()
        .filter_map(|p| {
            let rel = p.strip_prefix(&dir).ok()?;
            let first = rel.components().next()?.as_os_str().to_string_lossy();
            let name = first.trim_end_matches(".rs").to_string();
            (name != "mod" && name != "tests").then_some(name)
        })
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in rust_files(&dir) {
        let rel = path.strip_prefix(&dir).expect("under run");
        let first = rel.components().next().expect("a component");
        let from = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if from == "mod" || from == "tests" {
            continue;
        }
        // A file in a folder (`engine/ladders.rs`) reaches the files of
        // `run/` through `super::super::`; its `super::` is its folder's
        // `mod.rs` (whose own `super::` is `run/`).
        let nested = rel.components().count() > 1 && !path.ends_with("mod.rs");
        let text = std::fs::read_to_string(&path).expect("readable source");
        let code = code_of(&path, &text).join("\n");
        let prefixes: &[&str] = if nested {
            &["super::super::", "crate::run::"]
        } else {
            &["super::", "crate::run::"]
        };
        for prefix in prefixes {
            for (i, _) in code.match_indices(prefix) {
                let after = &code[i + prefix.len()..];
                let names: Vec<String> = match after.strip_prefix('{') {
                    Some(group) => group
                        .split('}')
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|n| n.trim().split("::").next().unwrap_or("").to_string())
                        .collect(),
                    None => vec![after
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect()],
                };
                for name in names {
                    if files.contains(&name) && name != from {
                        edges.entry(from.clone()).or_default().insert(name);
                    }
                }
            }
        }
    }
    if let Some(cycle) = find_cycle(&edges) {
        panic!("files of run/ depend on each other: {}", cycle.join(" → "));
    }
}

#[test]
fn no_source_file_has_over_1000_lines_of_code() {
    let src = root().join("src");
    let mut long = Vec::new();
    for path in rust_files(&src) {
        let text = std::fs::read_to_string(&path).expect("readable source");
        let lines = code_of(&path, &text)
            .iter()
            .filter(|l| !l.trim().is_empty())
            .count();
        if lines > 1000 {
            long.push(format!(
                "{}: {lines} lines of code (comments, blank lines and tests not counted)",
                path.strip_prefix(&src).unwrap_or(&path).display()
            ));
        }
    }
    assert!(
        long.is_empty(),
        "split these by concern:\n{}",
        long.join("\n")
    );
}
