//! Tests of the committed parser without the tree-sitter CLI:
//!
//! - `corpus`: every test of `test/corpus/*.txt` (the CLI's corpus format)
//!   parses to its expected S-expression;
//! - `examples_and_stdlib_parse_without_errors`: every `.pact` file under the
//!   repository's `examples/` and `stdlib/` parses with no ERROR or MISSING
//!   node, and `compiler_pass_fixtures_parse_without_errors` the same for
//!   every `tests/fixtures/**/pass/` and the inputs under `tests/run/`,
//!   `tests/outputs/` and `tests/fmt/` (files the compiler accepts);
//! - `highlights_query_compiles`: `queries/highlights.scm` is a valid query
//!   for this grammar and captures the nodes it is meant to.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use tree_sitter::{Language, Node, Parser, Query, QueryCursor, StreamingIterator};

fn language() -> Language {
    tree_sitter_pact::LANGUAGE.into()
}

fn parser() -> Parser {
    let mut parser = Parser::new();
    parser
        .set_language(&language())
        .expect("the generated parser's ABI version is supported by the tree-sitter crate");
    parser
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------- corpus

struct CorpusTest {
    name: String,
    file: String,
    line: usize,
    source: String,
    expected: String,
    skip: bool,
    /// `:error`: the test only asserts that the tree has an error.
    error: bool,
}

fn is_rule(line: &str, c: char) -> bool {
    let t = line.trim_end();
    t.len() >= 3 && t.chars().all(|x| x == c)
}

/// Reads the tree-sitter corpus format:
///
/// ```text
/// ==========
/// test name
/// :skip            (optional attributes)
/// ==========
///
/// source
///
/// ----------
///
/// (expected s-expression)
/// ```
fn read_corpus(path: &Path) -> Vec<CorpusTest> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let lines: Vec<&str> = text.lines().collect();
    let mut tests = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_rule(lines[i], '=') {
            assert!(
                lines[i].trim().is_empty(),
                "{file}:{}: expected a `===` header, found {:?}",
                i + 1,
                lines[i]
            );
            i += 1;
            continue;
        }
        let line = i + 1;
        i += 1;
        let mut name = Vec::new();
        let (mut skip, mut error) = (false, false);
        while i < lines.len() && !is_rule(lines[i], '=') {
            match lines[i].trim() {
                ":skip" => skip = true,
                ":error" => error = true,
                l if l.starts_with(':') => {} // other CLI attributes
                l => name.push(l.to_string()),
            }
            i += 1;
        }
        assert!(i < lines.len(), "{file}:{line}: unterminated test header");
        i += 1;
        let start = i;
        while i < lines.len() && !is_rule(lines[i], '-') {
            i += 1;
        }
        assert!(i < lines.len(), "{file}:{line}: test has no `---` divider");
        let source = lines[start..i].join("\n").trim_matches('\n').to_string() + "\n";
        i += 1;
        let start = i;
        while i < lines.len() && !is_rule(lines[i], '=') {
            i += 1;
        }
        let expected = lines[start..i].join("\n");
        tests.push(CorpusTest {
            name: name.join(" "),
            file: file.clone(),
            line,
            source,
            expected,
            skip,
            error,
        });
    }
    tests
}

/// One space between tokens, none inside parentheses.
fn normalize(sexp: &str) -> String {
    let spaced = sexp.replace('(', " ( ").replace(')', " ) ");
    let mut out = String::new();
    for token in spaced.split_whitespace() {
        if !out.is_empty() && !out.ends_with('(') && token != ")" {
            out.push(' ');
        }
        out.push_str(token);
    }
    out
}

/// Drops `field:` prefixes, as the CLI does when the expected tree has none.
fn strip_fields(sexp: &str) -> String {
    sexp.split_whitespace()
        .filter(|t| {
            !(t.ends_with(':')
                && t[..t.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_fields(sexp: &str) -> bool {
    sexp.split_whitespace()
        .any(|t| t.len() > 1 && t.ends_with(':'))
}

/// Where two normalized S-expressions first differ, with some context,
/// followed by both in full.
fn difference(expected: &str, actual: &str) -> String {
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, e), a)| e != a)
        .map(|((i, _), _)| i)
        .unwrap_or_else(|| expected.len().min(actual.len()));
    let from = expected[..at].rfind(" (").map_or(0, |i| i + 1);
    let window = |s: &str| {
        s.get(from..)
            .unwrap_or("")
            .chars()
            .take(100)
            .collect::<String>()
    };
    format!(
        "  first difference at character {at}:\n    expected: ...{}\n    actual:   ...{}\n  expected: {expected}\n  actual:   {actual}",
        window(expected),
        window(actual)
    )
}

#[test]
fn corpus() {
    let mut files: Vec<PathBuf> = fs::read_dir(crate_dir().join("test/corpus"))
        .expect("test/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in test/corpus");

    let mut parser = parser();
    let (mut run, mut failures) = (0, String::new());
    for path in &files {
        for test in read_corpus(path) {
            if test.skip {
                continue;
            }
            run += 1;
            let tree = parser.parse(&test.source, None).expect("parse");
            let root = tree.root_node();
            if test.error {
                if !root.has_error() {
                    let _ = writeln!(
                        failures,
                        "\n{}:{} {}: expected an error",
                        test.file, test.line, test.name
                    );
                }
                continue;
            }
            let expected = normalize(&test.expected);
            let mut actual = normalize(&root.to_sexp());
            if !has_fields(&expected) {
                actual = normalize(&strip_fields(&actual));
            }
            if actual != expected {
                let _ = writeln!(
                    failures,
                    "\n{}:{} {}\n{}",
                    test.file,
                    test.line,
                    test.name,
                    difference(&expected, &actual)
                );
            }
        }
    }
    assert!(run > 0, "the corpus has no tests");
    assert!(failures.is_empty(), "corpus tests failed:{failures}");
    println!("{run} corpus tests passed");
}

// ---------------------------------------------------------------- examples

fn pact_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pact_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "pact") {
            out.push(path);
        }
    }
}

/// Every ERROR and MISSING node under `node`, with its position.
fn errors(node: Node, out: &mut Vec<String>) {
    if node.is_error() || node.is_missing() {
        let p = node.start_position();
        out.push(format!(
            "{}:{}: {}",
            p.row + 1,
            p.column + 1,
            node.to_sexp()
        ));
    }
    if node.has_error() {
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            errors(child, out);
        }
    }
}

/// Parses every file and lists those with ERROR or MISSING nodes.
fn parse_all(files: &[PathBuf]) -> String {
    let mut parser = parser();
    let mut failures = String::new();
    for path in files {
        let source = fs::read_to_string(path).unwrap();
        let tree = parser.parse(&source, None).expect("parse");
        let mut found = Vec::new();
        errors(tree.root_node(), &mut found);
        if !found.is_empty() || tree.root_node().has_error() {
            let _ = writeln!(failures, "\n{}:", path.display());
            for e in found {
                let _ = writeln!(failures, "  {e}");
            }
        }
    }
    failures
}

#[test]
fn examples_and_stdlib_parse_without_errors() {
    let repo = crate_dir().join("../..").canonicalize().unwrap();
    let mut files = Vec::new();
    pact_files(&repo.join("examples"), &mut files);
    let examples = files.len();
    pact_files(&repo.join("stdlib"), &mut files);
    files.sort();
    assert!(
        examples > 0,
        "no .pact files under {}",
        repo.join("examples").display()
    );
    let failures = parse_all(&files);
    assert!(
        failures.is_empty(),
        "files with ERROR or MISSING nodes:{failures}"
    );
    println!("{} .pact files parsed without errors", files.len());
}

/// Every `pass/` folder under `dir` (at any depth).
fn pass_dirs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|n| n == "pass") {
            out.push(path);
        } else {
            pass_dirs(&path, out);
        }
    }
}

/// The compiler's own fixtures that must compile (every
/// `tests/fixtures/**/pass/`, not only the syntax phase's, and the inputs
/// under `tests/run/`, `tests/outputs/` and `tests/fmt/`): whatever the
/// compiler accepts, the editor grammar accepts too.
#[test]
fn compiler_pass_fixtures_parse_without_errors() {
    let repo = crate_dir().join("../..").canonicalize().unwrap();
    let mut dirs = Vec::new();
    pass_dirs(&repo.join("tests/fixtures"), &mut dirs);
    assert!(
        dirs.iter().any(|d| d.ends_with("syntax/pass")),
        "no tests/fixtures/syntax/pass under {}",
        repo.display()
    );
    // Inputs of `pact run`, `pact build` and `pact fmt` tests compile too.
    dirs.extend(["tests/run", "tests/outputs", "tests/fmt"].map(|d| repo.join(d)));
    let mut files = Vec::new();
    for dir in &dirs {
        pact_files(dir, &mut files);
    }
    files.sort();
    let failures = parse_all(&files);
    assert!(
        failures.is_empty(),
        "files with ERROR or MISSING nodes:{failures}"
    );
    println!("{} .pact files parsed without errors", files.len());
}

// ---------------------------------------------------------------- generated files

/// Rule names of `grammar.js` (`    name: $ =>` inside `rules: {`).
fn grammar_js_rules(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("    ")?;
            let (name, def) = rest.split_once(": ")?;
            let is_name =
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            (is_name && (def.starts_with("$ =>") || def.starts_with("_ =>")))
                .then(|| name.to_string())
        })
        .collect();
    names.sort();
    names
}

/// Rule names of `src/grammar.json` (the keys of `"rules"`, which
/// `tree-sitter generate` writes four spaces deep) and its words (the
/// keywords; other strings may be parts of a `token(...)`).
fn grammar_json_rules_and_words(text: &str) -> (Vec<String>, Vec<String>) {
    let mut rules = Vec::new();
    let mut strings = Vec::new();
    let mut after_string_type = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("    \"") {
            if let Some((name, "{")) = rest.split_once("\": ") {
                rules.push(name.to_string());
            }
        }
        let t = line.trim();
        if after_string_type {
            let value = t.strip_prefix("\"value\": \"");
            let value = value.map(|v| v.strip_suffix(',').unwrap_or(v));
            if let Some(v) = value.and_then(|v| v.strip_suffix('"')) {
                if v.chars().all(|c| c.is_ascii_alphabetic()) {
                    strings.push(v.to_string());
                }
            }
        }
        after_string_type = t == "\"type\": \"STRING\",";
    }
    rules.sort();
    strings.sort();
    strings.dedup();
    (rules, strings)
}

/// `src/parser.c` is generated from `src/grammar.json`, itself generated
/// from `grammar.js`; all three are committed. A `grammar.js` edited
/// without `tree-sitter generate` (or a generated file left out of a
/// merge) shows here as a rule or token one of them lacks.
#[test]
fn generated_parser_matches_grammar() {
    let dir = crate_dir();
    let js = grammar_js_rules(&fs::read_to_string(dir.join("grammar.js")).unwrap());
    let (json, strings) =
        grammar_json_rules_and_words(&fs::read_to_string(dir.join("src/grammar.json")).unwrap());
    assert!(js.len() > 50, "grammar.js: rules not found ({js:?})");
    let only_js: Vec<_> = js.iter().filter(|r| !json.contains(r)).collect();
    let only_json: Vec<_> = json.iter().filter(|r| !js.contains(r)).collect();
    assert!(
        only_js.is_empty() && only_json.is_empty(),
        "src/grammar.json is out of date with grammar.js (run `tree-sitter generate`):\n  \
         rules only in grammar.js: {only_js:?}\n  rules only in src/grammar.json: {only_json:?}"
    );
    assert!(strings.len() > 100, "src/grammar.json: keywords not found");

    let language = language();
    let mut missing = Vec::new();
    for rule in json.iter().filter(|r| !r.starts_with('_')) {
        if language.id_for_node_kind(rule, true) == 0 {
            missing.push(format!("rule {rule}"));
        }
    }
    for token in &strings {
        if language.id_for_node_kind(token, false) == 0 {
            missing.push(format!("keyword {token:?}"));
        }
    }
    let mut extra = Vec::new();
    for id in 0..language.node_kind_count() as u16 {
        let (Some(kind), true, true) = (
            language.node_kind_for_id(id),
            language.node_kind_is_named(id),
            language.node_kind_is_visible(id),
        ) else {
            continue;
        };
        if !json.iter().any(|r| r == kind) {
            extra.push(kind.to_string());
        }
    }
    assert!(
        missing.is_empty() && extra.is_empty(),
        "src/parser.c is out of date with src/grammar.json (run `tree-sitter generate`):\n  \
         in grammar.json, not in parser.c: {missing:?}\n  in parser.c, not in grammar.json: {extra:?}"
    );
}

// ---------------------------------------------------------------- queries

#[test]
fn highlights_query_compiles() {
    let language = language();
    let query = Query::new(&language, tree_sitter_pact::HIGHLIGHTS_QUERY)
        .unwrap_or_else(|e| panic!("queries/highlights.scm does not compile: {e}"));
    assert!(query.pattern_count() > 0);

    // Spot checks: which capture each token gets.
    let source = "partnership P under M {\n  Acme.rm, neutral must not share Data within 30 days\n  pay G { retainer 20_000 USD monthly }\n}\n";
    let captured = captures(&query, source);
    let has = |text: &str, capture: &str| captured.iter().any(|(t, c)| t == text && c == capture);
    for (text, capture) in [
        ("partnership", "keyword.storage.type"),
        ("P", "type"),
        ("under", "keyword.storage.type"),
        ("M", "type"),
        ("Acme", "namespace"),
        ("rm", "variable.other.member"),
        ("neutral", "variable.builtin"),
        ("must", "keyword.control"),
        ("not", "keyword.control"),
        ("share", "function"),
        ("within", "keyword"),
        ("30", "constant.numeric"),
        ("days", "type.builtin"),
        ("pay", "keyword"),
        ("USD", "constant.builtin"),
        ("monthly", "keyword.control.repeat"),
    ] {
        assert!(
            has(text, capture),
            "`{text}` is not captured as @{capture}; captures: {captured:?}"
        );
    }
    assert!(!has("neutral", "namespace"), "`neutral` captured twice");
    assert!(!has("USD", "type.builtin"), "a currency captured as a unit");

    // The second-wave forms: `health` is a clause keyword and, in a
    // condition, the partnership's health signal; `share` starts a pay item.
    let source = "partnership P {\n  health quarterly\n  trigger t when health.operational < 60% { A must meet }\n  pay G { share 20% of savings up to 10 USD, 30% above; retainer 1 USD monthly indexed annually by cpi floor -1% }\n}\namend P effective 2026-07-01 as minor approved by A.rm { remove meeting m }\n";
    let captured = captures(&query, source);
    let has = |text: &str, capture: &str| captured.iter().any(|(t, c)| t == text && c == capture);
    for (text, capture) in [
        ("health", "keyword"),
        ("health", "namespace"),
        ("operational", "variable.other.member"),
        ("share", "keyword"),
        ("up", "keyword"),
        ("above", "keyword"),
        ("indexed", "keyword"),
        ("cpi", "variable"),
        ("floor", "keyword"),
        ("amend", "keyword.storage.type"),
        ("effective", "keyword.storage.type"),
        ("2026-07-01", "string.special"),
        ("minor", "label"),
        ("approved", "keyword.storage.type"),
        ("A", "namespace"),
        ("remove", "keyword.storage.type"),
        ("meeting", "keyword"),
        ("m", "label"),
    ] {
        assert!(
            has(text, capture),
            "`{text}` is not captured as @{capture}; captures: {captured:?}"
        );
    }
}

/// Every capture of `query` in `source`, as (text, capture name).
fn captures(query: &Query, source: &str) -> Vec<(String, String)> {
    let tree = parser().parse(source, None).unwrap();
    assert!(
        !tree.root_node().has_error(),
        "the sample does not parse: {}",
        tree.root_node().to_sexp()
    );
    let mut cursor = QueryCursor::new();
    let names = query.capture_names();
    let mut captured: Vec<(String, String)> = Vec::new();
    let mut matches = cursor.matches(query, tree.root_node(), source.as_bytes());
    while let Some(m) = matches.next() {
        for c in m.captures() {
            let text = c.node.utf8_text(source.as_bytes()).unwrap().to_string();
            captured.push((text, names[c.index as usize].to_string()));
        }
    }
    captured
}
