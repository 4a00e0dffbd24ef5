//! Nothing panics, hangs or overflows the stack, whatever the input. These
//! call the library directly (no process per input) with a fixed-seed
//! generator, so every run tries the same inputs.

use pact::source::SourceMap;

/// xorshift64*: small, deterministic, good enough to make garbage.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check_text(text: &str) -> usize {
    let mut sources = SourceMap::new();
    sources.add("input.pact", text);
    pact::check(&sources).len()
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let len = rng.below(400);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        check_text(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn token_soup_never_panics() {
    const WORDS: &[&str] = &[
        "party",
        "partnership",
        "{",
        "}",
        "(",
        ")",
        "must",
        "not",
        "may",
        "within",
        "30",
        "days",
        "2026-01-31",
        "2026-02-30",
        "15%",
        "\"text\"",
        "\n",
        ";",
        ",",
        ".",
        "->",
        "when",
        ">",
        "and",
        "or",
        "of",
        "Acme",
        "ops",
        "meeting",
        "weekly",
        "on",
        "first",
        "tuesday",
        "at",
        "09:30",
        "99:99",
        "term",
        "for",
        "pay",
        "tier",
        "pays",
        "bonus",
        "/*",
        "*/",
        "//",
        "use",
        "std",
        "template",
        "override",
        "escalation",
        "disputes",
        "99999999999999999999999999999999",
        "-",
        "*",
        "business",
        "per",
        "month",
    ];
    let mut rng = Rng(42);
    for _ in 0..500 {
        let len = rng.below(120);
        let text: Vec<&str> = (0..len).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        check_text(&text.join(" "));
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for opener in ["(", "{", "[", "not ", "- "] {
        let text = format!(
            "partnership P {{ trigger t when {} }}",
            opener.repeat(200_000)
        );
        assert!(check_text(&text) > 0, "{opener} nesting reports an error");
    }
}

#[test]
fn a_huge_generated_file_is_fine() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "party P{i} {{ role ops capacity 10 hours per month }}\n"
        ));
    }
    assert_eq!(check_text(&text), 0);
}

#[test]
fn awkward_but_valid_text() {
    assert_eq!(check_text(""), 0);
    assert_eq!(
        check_text("\u{feff}"),
        1,
        "a BOM inside the text (not stripped by the loader) is reported"
    );
    assert_eq!(
        check_text("party Acme {\r\n\trole ops\r\n}\r\n"),
        0,
        "CRLF and tabs"
    );
}
