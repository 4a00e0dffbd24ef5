//! The formatter's safety net: before any text is handed back, the
//! formatted file is lexed again and compared with the original. The
//! tokens the parser sees (clause terminators included, so the layout rule
//! is checked too), every comment and every doc comment with the token it
//! documents must be the same; only spelling that the compiler reads alike
//! may differ (`20000`/`20_000`, `1 days`/`1 day`, `9:30`/`09:30`).

use super::spelling;
use crate::diagnostics::FileId;
use crate::syntax::layout::{layout, Layout};
use crate::syntax::lexer::{lex, CommentKind, Lexeme, Lexer};
use crate::syntax::token::{Keyword, Tok};

/// `Err` says where the two files first differ.
pub fn same_meaning(before: &str, after: &str) -> Result<(), String> {
    if !same_tokens(before, after) {
        let old = token_keys(before);
        let new = token_keys(after);
        if let Some(i) = (0..old.len().max(new.len())).find(|&i| old.get(i) != new.get(i)) {
            return Err(format!(
                "token {} changed from {} to {}",
                i + 1,
                old.get(i).map_or("the end of the file", String::as_str),
                new.get(i).map_or("the end of the file", String::as_str)
            ));
        }
    }
    if comment_keys(before) != comment_keys(after) {
        return Err("the comments changed".to_string());
    }
    if doc_keys(before) != doc_keys(after) {
        return Err("the doc comments or what they document changed".to_string());
    }
    Ok(())
}

/// Both texts give the parser the same tokens, compared as they are laid
/// out, so no list of the whole file is kept (a file formats in memory
/// near its size). `false` also when either nests too deep: then
/// [`token_keys`] says what differs.
fn same_tokens(before: &str, after: &str) -> bool {
    let mut old = Layout::new(before, FileId(0), Lexer::new(before, FileId(0)));
    let mut new = Layout::new(after, FileId(0), Lexer::new(after, FileId(0)));
    let (mut old_keys, mut new_keys) = (Keys::default(), Keys::default());
    loop {
        match (old.next(), new.next()) {
            (None, None) => return !old.too_deep && !new.too_deep,
            (Some((_, a, _)), Some((_, b, _))) => {
                if old_keys.key(&a) != new_keys.key(&b) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// What the parser sees, one string per token, with duration units in one
/// spelling.
fn token_keys(source: &str) -> Vec<String> {
    let lexed = lex(source, FileId(0));
    let laid = layout(source, FileId(0), lexed.lexemes);
    let mut keys: Vec<String> = Vec::with_capacity(laid.tokens.len());
    let mut state = Keys::default();
    for (_, tok, _) in &laid.tokens {
        keys.push(state.key(tok));
    }
    if laid.too_deep {
        keys.push("too deep".to_string());
    }
    keys
}

/// The key of each token in turn: whether a word is in a unit's place
/// depends on the tokens before it.
#[derive(Default)]
struct Keys {
    amount_before: bool,
    business_after_amount: bool,
    /// The last key was `..` or `day` (a number after it is no amount).
    after_range_or_day: bool,
}

impl Keys {
    fn key(&mut self, tok: &Tok) -> String {
        let unit_position = self.amount_before || self.business_after_amount;
        let key = match tok {
            Tok::Ident(word) if unit_position => canonical_unit(word),
            Tok::Keyword(Keyword::Day) if unit_position => canonical_unit("day"),
            Tok::Ident(word) => format!("name {word}"),
            Tok::Keyword(k) => k.text().to_string(),
            Tok::Number(n) => format!("number {n}"),
            Tok::Percent(p) => format!("percentage {p}%"),
            Tok::Date(d) => format!("date {d}"),
            Tok::Time(t) => format!("time {t}"),
            Tok::Str(s) => format!("string {s:?}"),
            Tok::Term => "end of line".to_string(),
            Tok::Punct(p) => p.text().to_string(),
        };
        self.business_after_amount =
            self.amount_before && matches!(tok, Tok::Keyword(Keyword::Business));
        self.amount_before = matches!(tok, Tok::Number(_)) && !self.after_range_or_day;
        self.after_range_or_day = key == ".." || key == "day";
        key
    }
}

fn canonical_unit(word: &str) -> String {
    match spelling::duration_unit(word, true) {
        Some(unit) => format!("unit {unit}"),
        None => format!("name {word}"),
    }
}

/// Every comment, with the whitespace the formatter may change removed.
fn comment_keys(source: &str) -> Vec<(CommentKind, String)> {
    // Streamed: the comments are kept, the tokens are not.
    let mut lexer = Lexer::with_comments(source, FileId(0));
    lexer.by_ref().for_each(drop);
    lexer
        .take_comments()
        .iter()
        .map(|c| {
            let text = source.get(c.start..c.end).unwrap_or("");
            let text = text.lines().map(str::trim).collect::<Vec<_>>().join("\n");
            (c.kind, text)
        })
        .collect()
}

/// Each doc comment's text, and the index of the token it documents.
fn doc_keys(source: &str) -> Vec<(String, bool, Option<usize>)> {
    let mut lexer = crate::syntax::lexer::Lexer::new(source, FileId(0));
    let starts: Vec<usize> = lexer
        .by_ref()
        .filter(|(_, l, _)| matches!(l, Lexeme::Token(t) if *t != Tok::Term))
        .map(|(start, _, _)| start)
        .collect();
    // The first target of each doc comment, found without a search per
    // comment: a portfolio has a doc comment on each of thousands of
    // partnerships (issue 18). `starts` is sorted, as the lexer goes on.
    let mut targets: Vec<Option<usize>> = vec![None; lexer.docs.len()];
    for &(doc, start) in &lexer.doc_targets {
        if let Some(slot @ None) = targets.get_mut(doc) {
            *slot = Some(start);
        }
    }
    lexer
        .docs
        .iter()
        .zip(targets)
        .map(|(doc, start)| {
            let target = start.and_then(|start| {
                let first = starts.partition_point(|&s| s < start);
                (starts.get(first) == Some(&start)).then_some(first)
            });
            (doc.text.clone(), doc.inner, target)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_the_compiler_reads_alike_is_the_same_meaning() {
        assert!(same_meaning(
            "retainer 20000 USD per month",
            "retainer 20_000 USD per month"
        )
        .is_ok());
        assert!(same_meaning("within 1 days", "within 1 day").is_ok());
        assert!(same_meaning("within 2 business day", "within 2 business days").is_ok());
        assert!(same_meaning("at 9:30", "at 09:30").is_ok());
    }

    #[test]
    fn changes_are_caught() {
        assert!(same_meaning("a b", "a c").is_err());
        assert!(same_meaning("12.50 USD", "12.5 USD").is_err());
        assert!(same_meaning("a\nb", "a b").is_err());
        assert!(same_meaning("a // x\nb", "a\nb").is_err());
        assert!(same_meaning("/// doc\nparty A", "party A /// doc\n").is_err());
        assert!(same_meaning("per days", "per day").is_err());
        assert!(same_meaning("0..10 days", "0..10 day").is_err());
        assert!(same_meaning("a", "a\n").is_ok());
    }
}
