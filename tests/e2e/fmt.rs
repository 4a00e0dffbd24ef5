//! `pact fmt`: the command (stdin, `--check`, in-place writes, errors),
//! idempotence and meaning preservation on every shipped contract, and a
//! property test on generated contracts.
//!
//! Meaning preservation is checked two ways: the obligations output of
//! `pact build` is the same before and after formatting (apart from source
//! positions), and the tokens the parser sees are the same (apart from
//! spellings the compiler reads alike: `20000`/`20_000`, `1 days`/`1 day`).

use super::{cases, pact, relative, root};
use pact::diagnostics::FileId;
use pact::syntax::lexer::lex;
use pact::syntax::token::{Keyword, Tok};
use serde_json::Value;
use std::path::{Path, PathBuf};

const UNFORMATTED: &str = "tests/fmt/unformatted.pact";
const FORMATTED: &str = "tests/fmt/formatted.pact";

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).expect("the fixture exists")
}

/// The formatted text; fails on syntax errors, and when the formatter's own
/// safety check refused its result (which `pact::fmt::format` would hide
/// by returning the input).
fn format(source: &str) -> String {
    match pact::fmt::try_format(source, FileId(0)) {
        Ok(text) => text,
        Err(error) => panic!("{error:?}\n--- input\n{source}"),
    }
}

/// A fresh folder under the system's temporary folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pact-fmt-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

// ---------------------------------------------------------------- the command

#[test]
fn stdin_is_formatted_to_stdout() {
    let run = pact(&["fmt", "-"], Some(read(UNFORMATTED).as_bytes()));
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, read(FORMATTED));
    assert_eq!(run.stderr, "");
}

#[test]
fn check_passes_on_a_formatted_file() {
    let run = pact(&["fmt", "--check", FORMATTED], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "");
    let run = pact(&["fmt", "--check", "-"], Some(read(FORMATTED).as_bytes()));
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn check_fails_with_a_diff_on_an_unformatted_file() {
    let before = read(UNFORMATTED);
    let run = pact(&["fmt", "--check", UNFORMATTED], None);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(read(UNFORMATTED), before, "--check writes nothing");
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn files_and_folders_are_formatted_in_place() {
    let dir = scratch("in-place");
    std::fs::create_dir_all(dir.join("sub")).expect("a folder");
    std::fs::write(dir.join("sub/b.pact"), read(UNFORMATTED)).expect("written");
    std::fs::write(dir.join("a.pact"), read(FORMATTED)).expect("written");
    std::fs::write(dir.join("notes.txt"), "party   A").expect("written");
    let folder = dir.to_string_lossy().into_owned();
    let run = pact(&["fmt", &folder], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        std::fs::read_to_string(dir.join("sub/b.pact")).ok(),
        Some(read(FORMATTED))
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt"))
            .ok()
            .as_deref(),
        Some("party   A"),
        "only .pact files are touched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("sub"))
        .expect("listed")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file is left: {leftovers:?}"
    );
    let run = pact(&["fmt", "--check", &folder], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_with_syntax_errors_is_left_untouched() {
    let dir = scratch("syntax-error");
    let broken = "party   Acme {\n  role ops\n\npartnership P {\n  term 2026-02-30 for 1 year\n}\n";
    let file = dir.join("broken.pact");
    std::fs::write(&file, broken).expect("written");
    let other = dir.join("other.pact");
    std::fs::write(&other, "party   B").expect("written");
    let path = file.to_string_lossy().into_owned();
    let run = pact(&["fmt", "--color", "never", &path], None);
    // `fmt` takes no colour flag: it is a usage error.
    assert_eq!(run.code, 2, "{}", run.transcript());
    let folder = dir.to_string_lossy().into_owned();
    let run = pact(&["fmt", &folder], None);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.contains("[E0003]"), "{}", run.transcript());
    assert!(run.stderr.contains("[E0004]"), "{}", run.transcript());
    assert!(
        run.stderr
            .contains("has syntax errors and was not formatted"),
        "{}",
        run.transcript()
    );
    assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some(broken));
    assert_eq!(
        std::fs::read_to_string(&other).ok().as_deref(),
        Some("party B\n"),
        "the other files are still formatted"
    );
    let run = pact(&["fmt", "-"], Some(broken.as_bytes()));
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "", "nothing is printed for a broken input");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn io_problems_exit_2() {
    let run = pact(&["fmt", "tests/fmt/does-not-exist.pact"], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("no such file or folder"),
        "{}",
        run.transcript()
    );
    // Without a path, `pact fmt` formats the current folder
    // (`project::commands_default_to_the_current_folder`).
    let run = pact(
        &["fmt", "--check", FORMATTED, "tests/fmt/nothing-here"],
        None,
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
}

#[test]
fn a_byte_order_mark_and_crlf_input() {
    let run = pact(
        &["fmt", "-"],
        Some(b"\xEF\xBB\xBFparty A {\r\n\trole ops\r\n}\r\n"),
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "party A {\n  role ops\n}\n");
    let run = pact(&["fmt", "-"], Some(b"party \xFF"));
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.contains("[E0012]"), "{}", run.transcript());
}

// ---------------------------------------------------------------- shipped contracts

/// Every example, standard-library module and passing fixture: each is a
/// file or a folder (one portfolio).
fn shipped_cases() -> Vec<PathBuf> {
    let mut all = cases(&root().join("examples"));
    all.extend(cases(&root().join("stdlib")));
    for phase in ["syntax", "names", "types", "logic", "portfolio", "amend"] {
        all.extend(cases(
            &root().join("tests/fixtures").join(phase).join("pass"),
        ));
    }
    assert!(all.len() > 30, "the shipped contracts are found");
    all
}

/// The `.pact` files of a case; a symbolic link stands for a file that is
/// already in the list (fixtures link only inside their folder).
fn pact_files(case: &Path) -> Vec<PathBuf> {
    if case.is_file() {
        return vec![case.to_path_buf()];
    }
    let mut found = Vec::new();
    let mut stack = vec![case.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("listed").flatten() {
            let path = entry.path();
            if path.is_symlink() {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "pact") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn formatting_is_idempotent_and_keeps_the_tokens_on_every_shipped_file() {
    for case in shipped_cases() {
        for file in pact_files(&case) {
            let name = relative(&file);
            let source = std::fs::read_to_string(&file).expect("readable");
            let once = format(&source);
            assert_eq!(format(&once), once, "{name}: not idempotent");
            assert_eq!(tokens(&source), tokens(&once), "{name}: tokens changed");
            let messy = messy(&source, name.len() as u64);
            assert_eq!(tokens(&source), tokens(&messy), "{name}: bad test input");
            assert_eq!(
                format(&messy),
                once,
                "{name}: a messy copy formats differently"
            );
        }
    }
}

/// `pact build --emit obligations` on a copy of `case` whose files went
/// through `transform`, with every `source` position removed.
fn obligations_of(case: &Path, transform: &dyn Fn(&str) -> String, tag: &str) -> Value {
    let name = relative(case).replace('/', "_");
    let dir = scratch(&format!("{tag}-{name}"));
    let base = if case.is_dir() {
        case.to_path_buf()
    } else {
        case.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    for file in pact_files(case) {
        let text = std::fs::read_to_string(&file).expect("readable");
        let target = dir.join(file.strip_prefix(&base).expect("below the case"));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).expect("a folder");
        }
        std::fs::write(&target, transform(&text)).expect("written");
    }
    // Imported files outside the case (`use "legal/common.pact"` inside a
    // case folder is copied with it).
    let path = if case.is_dir() {
        dir.clone()
    } else {
        dir.join(case.file_name().expect("a file name"))
    };
    let path = path.to_string_lossy().into_owned();
    let run = pact(&["build", "--emit", "obligations", &path], None);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 0, "{}: {}", relative(case), run.transcript());
    let mut json: Value = serde_json::from_str(&run.stdout).expect("the output is JSON");
    strip_sources(&mut json);
    // The files' `//!` docs are listed by path, which names the scratch folder.
    let prefix = dir.to_string_lossy().into_owned();
    for f in json["files"].as_array_mut().into_iter().flatten() {
        let name = f["file"].as_str().unwrap_or_default();
        f["file"] = Value::from(name.strip_prefix(&prefix).unwrap_or(name));
    }
    json
}

fn strip_sources(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("source");
            map.values_mut().for_each(strip_sources);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_sources),
        _ => {}
    }
}

#[test]
fn formatting_keeps_the_obligations_of_every_shipped_contract() {
    for case in shipped_cases() {
        let name = relative(&case);
        if name.starts_with("stdlib/") {
            // A module of templates has no partnership: its obligations are
            // checked through the examples that use it.
            continue;
        }
        let seed = name.len() as u64;
        let original = obligations_of(&case, &|text| text.to_string(), "original");
        let formatted = obligations_of(&case, &|text| format(&messy(text, seed)), "formatted");
        assert_eq!(original, formatted, "{name}: the obligations changed");
    }
}

#[test]
fn the_shipped_contracts_are_formatted() {
    let run = pact(&["fmt", "--check", "examples", "stdlib"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn formatted_outputs() {
    // The layout-rule fixture exercises every way a clause may span lines.
    insta::assert_snapshot!(format(&read("tests/fixtures/syntax/pass/layout_rule.pact")));
    let source = "party A { role ops; role rm }\nsignal s:percent\npartnership P{parties A as client;term 2026-01-01 for 1 years\nchanges{minor when s<=5% -> approve by A.ops;major when s>5%->review by A.rm within 2 business day}\nA.ops must   report   status within 1 weeks // weekly\nA.rm must approve budget by 2026-03-01 // by March\n}";
    insta::assert_snapshot!(format(source));
}

// ---------------------------------------------------------------- tokens

/// The tokens the parser sees (after the layout rule), with spellings the
/// compiler reads alike made equal.
fn tokens(source: &str) -> Vec<String> {
    let lexed = lex(source, FileId(0));
    assert!(lexed.diagnostics.is_empty(), "{:?}", lexed.diagnostics);
    let laid = pact::syntax::layout::layout(source, FileId(0), lexed.lexemes);
    let mut out: Vec<String> = Vec::new();
    let mut after_amount = false;
    let mut after_business = false;
    for (_, tok, _) in laid.tokens {
        let unit = after_amount || after_business;
        let text = match &tok {
            Tok::Ident(word) if unit => singular(word),
            Tok::Keyword(Keyword::Day) if unit => "day".to_string(),
            Tok::Ident(word) => (*word).to_string(),
            Tok::Keyword(k) => format!("`{}`", k.text()),
            Tok::Number(n) => format!("number {n}"),
            Tok::Percent(n) => format!("{n}%"),
            Tok::Date(d) => d.to_string(),
            Tok::Time(t) => t.to_string(),
            Tok::Str(s) => format!("{s:?}"),
            Tok::Term => ";".to_string(),
            Tok::Punct(p) => p.text().to_string(),
        };
        after_business = after_amount && tok == Tok::Keyword(Keyword::Business);
        after_amount = matches!(tok, Tok::Number(_))
            && !matches!(out.last().map(String::as_str), Some("..") | Some("`day`"));
        out.push(text);
    }
    out
}

fn singular(word: &str) -> String {
    let units = ["minute", "hour", "day", "week", "month", "quarter", "year"];
    let stem = word.strip_suffix('s').unwrap_or(word);
    if units.contains(&stem) {
        stem.to_string()
    } else {
        word.to_string()
    }
}

// ---------------------------------------------------------------- generated input

/// xorshift64*: deterministic, so every run tries the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

/// A copy of `source` with the same tokens but other whitespace: lines
/// re-indented at random (never into the first column, where a declaration
/// keyword would close open blocks, and never out of it), and random spaces
/// and tabs before tokens. Lines that touch a block comment over several
/// lines are kept as they are: the formatter moves such a comment's lines
/// with its first line, so its shape is part of the input.
fn messy(source: &str, seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let lexed = pact::syntax::lexer::lex_with_trivia(source, FileId(0));
    let mut starts: Vec<usize> = lexed
        .lexemes
        .iter()
        .filter(|(_, l, _)| !matches!(l, pact::syntax::lexer::Lexeme::Newline))
        .map(|(s, _, _)| *s)
        .chain(lexed.comments.iter().map(|c| c.start))
        .collect();
    starts.sort_unstable();
    let multiline: Vec<(usize, usize)> = lexed
        .comments
        .iter()
        .filter(|c| source[c.start..c.end].contains('\n'))
        .map(|c| (c.start, c.end))
        .collect();
    let mut out = String::with_capacity(source.len() * 2);
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if multiline.iter().any(|&(s, e)| s < line_start && start < e) {
            out.push_str(line);
            continue;
        }
        let body = line.trim_start_matches([' ', '\t']);
        let lead = line.len() - body.len();
        if lead > 0 && !body.trim().is_empty() {
            let width = 1 + rng.below(8);
            out.push_str(&if rng.chance(20) {
                "\t".repeat(width)
            } else {
                " ".repeat(width)
            });
        }
        for (j, c) in body.char_indices() {
            let at = start + lead + j;
            if j > 0 && starts.binary_search(&at).is_ok() && rng.chance(30) {
                out.push_str(rng.pick(&[" ", "  ", "\t", " \t "]));
            }
            out.push(c);
        }
    }
    out
}

/// A contract as a tree: tokens, and blocks of items.
enum Node {
    Tok(&'static str),
    Block(Vec<Vec<Node>>),
}

use Node::Tok as T;

fn toks(text: &'static str) -> Vec<Node> {
    text.split(' ').filter(|t| !t.is_empty()).map(T).collect()
}

fn block(items: Vec<Vec<Node>>) -> Node {
    Node::Block(items)
}

fn item(head: &'static str, items: Vec<Vec<Node>>) -> Vec<Node> {
    let mut nodes = toks(head);
    nodes.push(block(items));
    nodes
}

fn amount(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "1", "2", "10", "30", "1000", "20000", "20_000", "007", "1.50",
    ])
}

fn unit(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "day", "days", "week", "weeks", "month", "months", "hours", "hour",
    ])
}

fn obligation(rng: &mut Rng) -> Vec<Node> {
    let mut nodes = toks(rng.pick(&[
        "Globex must notify Acme . rm",
        "Acme . rm , Globex . rm must meet",
        "Globex must not share Data",
        "Globex may use Data for \"x\"",
        "Globex must deliver code and docs",
    ]));
    match rng.below(4) {
        0 => {
            nodes.extend(toks("within"));
            nodes.push(T(amount(rng)));
            if rng.chance(30) {
                nodes.push(T("business"));
                nodes.push(T(rng.pick(&["day", "days"])));
            } else {
                nodes.push(T(unit(rng)));
            }
        }
        1 => nodes.extend(toks("by 2026-03-01")),
        2 => nodes.extend(toks("before end")),
        _ => nodes.extend(toks("when cost > 5% and ( cost < 10% or not cost = 7% )")),
    }
    nodes
}

fn clause(rng: &mut Rng) -> Vec<Node> {
    match rng.below(16) {
        0 => toks("parties Acme as client , Globex as provider"),
        1 => {
            let mut nodes = toks("term 2026-01-01 for");
            nodes.push(T(rng.pick(&["1", "2", "3"])));
            nodes.push(T(rng.pick(&["year", "years", "months"])));
            nodes
        }
        2 => toks("calendar weekdays mon - fri holidays 2026-12-25 , 2027-01-01"),
        3 => toks("metric m : percent operational lower is better target <= -2%"),
        4 => toks("meeting sync weekly on monday at 9:30 for 1 hours with Acme . ops , Globex . rm"),
        5 => item(
            "changes",
            vec![
                toks("minor when cost <= 5% -> approve by Acme . ops"),
                toks("major when cost > 5% and cost <= 15% -> review by Acme . rm , Globex . rm within 10 business days then mediation within 30 days"),
                toks("authority Acme . sponsor"),
            ],
        ),
        6 => {
            let mut retainer = toks("retainer");
            retainer.push(T(amount(rng)));
            retainer.extend(toks("USD monthly"));
            item(
                "pay Globex",
                vec![
                    retainer,
                    toks("invoice monthly in arrears net 30 days"),
                    toks("fee 5_000.00 USD per delivered"),
                    item(
                        "bonus q quarterly on m",
                        vec![
                            toks("tier good when m <= 2% pays 5% of retainer"),
                            toks("tier great when m <= 1% pays 10% of retainer"),
                        ],
                    ),
                    toks("success fee 2% of uplift capped at 100000 USD per year"),
                    toks("penalty late on go_live 500 USD per day capped at 10000 USD"),
                ],
            )
        }
        7 => {
            let obligations = (0..1 + rng.below(3)).map(|_| obligation(rng)).collect();
            item("trigger spike when cost > 15% and cost < 50%", obligations)
        }
        8 => toks("grant exclusive Globex read Data for \"analytics\" from 2026-02-01 to 2026-12-31"),
        9 => toks("milestone go_live by day 30 owner Globex requires kickoff , training"),
        10 => toks("use quick ( response : 2 day , who : Acme . ops )"),
        11 => item(
            "renewal",
            vec![
                toks("window opens 120 days before end"),
                toks("decision due 60 days before end"),
                toks("default renew for 1 years"),
            ],
        ),
        12 => item(
            "exit",
            vec![
                toks("notice 60 days"),
                item("transition 6 weeks", vec![obligation(rng), obligation(rng)]),
            ],
        ),
        13 => item(
            "governance",
            vec![
                toks("tier ops Acme . ops , Globex . delivery decides scope , pricing"),
                item("evolves after 1 year", vec![toks("tier ops Acme . sponsor decides budget")]),
            ],
        ),
        14 => toks("override law \"England\""),
        _ => obligation(rng),
    }
}

fn declaration(rng: &mut Rng) -> Vec<Node> {
    match rng.below(8) {
        0 => item(
            "party Acme \"Acme_Corporation\"",
            vec![
                toks("role ops \"Operations\" capacity 60 hours per month"),
                toks("role rm"),
                toks("role sponsor capacity 6 hour per month"),
            ],
        ),
        1 => toks("resource Data \"Customer_data\" owned by Acme"),
        2 => toks(rng.pick(&[
            "signal cost : percent",
            "signal s : score 0 .. 10 \"a_score\"",
            "signal g : percent - 50 .. 200",
        ])),
        3 => toks("event delivered \"accepted\""),
        4 => item(
            "template quick ( response : duration = 1 days , who : role = client . ops )",
            vec![item(
                "escalation",
                vec![toks("minor handled by who within response")],
            )],
        ),
        5 => item(
            "coordinate Ripple",
            vec![item("when Deal . cost > 10%", vec![obligation(rng)])],
        ),
        6 => {
            let clauses = (0..1 + rng.below(4)).map(|_| clause(rng)).collect();
            item("master Frame", clauses)
        }
        _ => {
            let clauses = (0..1 + rng.below(8)).map(|_| clause(rng)).collect();
            item("partnership Deal under Frame", clauses)
        }
    }
}

/// The token's kind, for the layout rule.
fn tok_of(text: &str) -> Tok<'_> {
    lex(text, FileId(0))
        .lexemes
        .into_iter()
        .find_map(|(_, l, _)| match l {
            pact::syntax::lexer::Lexeme::Token(t) => Some(t),
            pact::syntax::lexer::Lexeme::Newline => None,
        })
        .unwrap_or(Tok::Term)
}

/// May a newline stand between `a` and `b` without ending the clause?
fn newline_allowed(a: &str, b: &str, parens: usize) -> bool {
    if parens > 0 {
        return true;
    }
    let continues = match tok_of(a) {
        Tok::Punct(p) => p.continues_line(),
        Tok::Keyword(k) => k.continues_line(),
        _ => false,
    };
    let next = match tok_of(b) {
        Tok::Punct(p) => matches!(
            p,
            pact::syntax::token::Punct::LBrace | pact::syntax::token::Punct::Arrow
        ),
        Tok::Keyword(k) => k.continues_previous_line(),
        _ => false,
    };
    continues || next
}

struct Writer<'r> {
    rng: &'r mut Rng,
    out: String,
    parens: usize,
}

impl Writer<'_> {
    fn indent(&mut self, depth: usize) {
        let width = 2 * depth + self.rng.below(3);
        let width = if depth > 0 { width.max(1) } else { 0 };
        let tabs = self.rng.chance(20);
        self.out.push_str(&if tabs {
            "\t".repeat(width.div_ceil(2))
        } else {
            " ".repeat(width)
        });
    }

    fn newline(&mut self) {
        if self.rng.chance(10) {
            self.out.push_str(" // note");
        }
        if self.rng.chance(5) {
            self.out.push('\r');
        }
        self.out.push('\n');
    }

    fn comment_lines(&mut self, depth: usize) {
        while self.rng.chance(15) {
            if self.rng.chance(50) {
                self.out.push('\n');
            } else {
                self.indent(depth);
                self.out.push_str(self.rng.pick(&[
                    "// a comment",
                    "/* a block */",
                    "/* over\n   lines */",
                ]));
                self.out.push('\n');
            }
        }
    }

    fn space(&mut self) {
        match self.rng.below(10) {
            0 => self.out.push_str("  "),
            1 => self.out.push('\t'),
            2 => self.out.push_str(" /* c */ "),
            _ => self.out.push(' '),
        }
    }

    /// The tokens of one item; `depth` is its block depth.
    fn item(&mut self, nodes: &[Node], depth: usize) {
        let mut last: Option<&str> = None;
        for node in nodes {
            let first = match node {
                T(t) => *t,
                Node::Block(_) => "{",
            };
            if let Some(prev) = last {
                if self.rng.chance(12) && newline_allowed(prev, first, self.parens) {
                    self.newline();
                    self.comment_lines(depth + 1);
                    self.indent(depth + 1);
                } else if self.rng.chance(5) && glueable(prev, first) {
                    // no space at all
                } else {
                    self.space();
                }
            }
            match node {
                T(t) => {
                    self.out.push_str(t);
                    match *t {
                        "(" => self.parens += 1,
                        ")" => self.parens = self.parens.saturating_sub(1),
                        _ => {}
                    }
                    last = Some(t);
                }
                Node::Block(items) => {
                    self.block(items, depth + 1);
                    last = Some("}");
                }
            }
        }
    }

    fn block(&mut self, items: &[Vec<Node>], depth: usize) {
        self.out.push('{');
        let one_line = self.rng.chance(25);
        for (i, nodes) in items.iter().enumerate() {
            if one_line {
                if i > 0 {
                    self.out.push(';');
                }
                self.space();
            } else {
                if i > 0 && self.rng.chance(15) {
                    self.space();
                    self.out.push(';');
                }
                self.newline();
                self.comment_lines(depth);
                self.indent(depth);
            }
            self.item(nodes, depth);
        }
        if one_line || items.is_empty() {
            self.space();
        } else {
            if self.rng.chance(10) {
                self.out.push(';');
            }
            self.newline();
            self.comment_lines(depth);
            self.indent(depth.saturating_sub(1));
        }
        self.out.push('}');
    }
}

/// Tokens that may touch without a space and still lex apart.
fn glueable(a: &str, b: &str) -> bool {
    let loose = ["(", ")", ",", "{", "}", "."];
    loose.contains(&a) || loose.contains(&b)
}

fn generate(seed: u64) -> String {
    let mut rng = Rng(seed);
    let declarations: Vec<Vec<Node>> = (0..1 + rng.below(5))
        .map(|_| declaration(&mut rng))
        .collect();
    let mut writer = Writer {
        rng: &mut rng,
        out: String::new(),
        parens: 0,
    };
    if writer.rng.chance(30) {
        writer.out.push_str("//! A generated contract.\n");
    }
    for (i, nodes) in declarations.iter().enumerate() {
        if i > 0 {
            if writer.rng.chance(15) {
                writer.out.push_str(" ; ");
            } else {
                writer.newline();
                writer.comment_lines(0);
            }
        }
        if writer.rng.chance(20) {
            writer.out.push_str("/// Documented.\n");
        }
        writer.item(nodes, 0);
    }
    if writer.rng.chance(70) {
        writer.newline();
    }
    writer.out
}

#[test]
fn generated_contracts_format_idempotently_and_keep_their_tokens() {
    for seed in 1..=400u64 {
        let source = generate(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let parsed = pact::syntax::parse(&source, FileId(0));
        assert!(
            parsed.diagnostics.is_empty(),
            "seed {seed}: the generator made a syntax error: {:?}\n{source}",
            parsed.diagnostics
        );
        let once = format(&source);
        assert_eq!(format(&once), once, "seed {seed}: not idempotent\n{source}");
        assert_eq!(
            tokens(&source),
            tokens(&once),
            "seed {seed}: tokens changed\n{source}\n---\n{once}"
        );
        let comments = |text: &str| {
            pact::syntax::lexer::lex_with_trivia(text, FileId(0))
                .comments
                .len()
        };
        assert_eq!(
            comments(&source),
            comments(&once),
            "seed {seed}: comments lost"
        );
        assert!(!once.contains(" \n") && !once.contains('\r') && !once.contains('\t'));
    }
}

#[test]
fn generated_contracts_through_the_binary() {
    for seed in [3u64, 17, 99] {
        let source = generate(seed);
        let run = pact(&["fmt", "-"], Some(source.as_bytes()));
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert_eq!(run.stdout, format(&source));
    }
}
