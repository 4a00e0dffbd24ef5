//! The formatter's safety net: before any text is handed back, the
//! formatted file is lexed again and compared with the original. The
//! tokens the parser sees (clause terminators included, so the layout rule
//! is checked too), every comment and every doc comment with the token it
//! documents must be the same; only spelling that the compiler reads alike
//! may differ (`20000`/`20_000`, `1 days`/`1 day`, `9:30`/`09:30`).

use super::spelling;
use crate::diagnostics::FileId;
use crate::syntax::layout::{layout, Layout};
use crate::syntax::lexer::{doc_text, lex, Comment, CommentKind, Lexeme, Lexer};
use crate::syntax::token::{Keyword, Punct, Tok};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use std::collections::VecDeque;
use std::fmt;

/// `Err` says where the two files first differ.
pub fn same_meaning(before: &str, after: &str) -> Result<(), String> {
    let same = compare(before, after);
    if !same.tokens {
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
    if !same.comments {
        return Err("the comments changed".to_string());
    }
    if !same.docs {
        return Err("the doc comments or what they document changed".to_string());
    }
    Ok(())
}

/// What [`compare`] found alike.
#[derive(Debug, PartialEq, Eq)]
struct Same {
    /// The parser sees the same tokens (`false` also when either text
    /// nests too deep: then [`token_keys`] says what differs).
    tokens: bool,
    /// The same comments in the same order, whitespace apart.
    comments: bool,
    /// The same doc comments, each documenting the same token.
    docs: bool,
}

/// Texts shorter than this are read on one thread (a thread costs more
/// than it saves).
const THREADS_ABOVE: usize = 1 << 16;

/// Tokens handed on at a time from one text's reading to the comparison.
const BATCH: usize = 4096;

/// Both texts read once: each is lexed with its comments and laid out, the
/// tokens are compared as they come and the comments and doc comments as
/// soon as both texts have passed them. No list of the whole file is kept
/// (a file formats in memory near its size, issue 18): a large original
/// is read on another thread, a few batches of tokens ahead at most.
fn compare(before: &str, after: &str) -> Same {
    compare_with(before, after, before.len().max(after.len()) > THREADS_ABOVE)
}

fn compare_with(before: &str, after: &str, threads: bool) -> Same {
    if !threads {
        let (mut old, mut new) = (Reader::new(before), Reader::new(after));
        return matching(
            Stream::new(before, || old.batch()),
            Stream::new(after, || new.batch()),
        );
    }
    let (sender, receiver) = std::sync::mpsc::sync_channel(2);
    let ((), same) = crate::parallel::side_by_side(
        move || {
            let mut old = Reader::new(before);
            while let Some(batch) = old.batch() {
                // Gone when the comparison is over (or failed).
                if sender.send(batch).is_err() {
                    break;
                }
            }
        },
        move || {
            // Owned here, so that the reader's thread never waits on a
            // comparison that is over.
            let receiver = receiver;
            let mut new = Reader::new(after);
            matching(
                Stream::new(before, || receiver.recv().ok()),
                Stream::new(after, || new.batch()),
            )
        },
    );
    same
}

/// Compares two texts' readings to their ends.
fn matching<'a, 'b>(
    mut old: Stream<'a, impl FnMut() -> Option<Batch<'a>>>,
    mut new: Stream<'b, impl FnMut() -> Option<Batch<'b>>>,
) -> Same {
    let mut same = Same {
        tokens: true,
        comments: true,
        docs: true,
    };
    loop {
        match (old.token(), new.token()) {
            (None, None) => break,
            (Some(a), Some(b)) => {
                if same.tokens && a != b {
                    same.tokens = false;
                }
            }
            // One text goes on: the rest of it is still read for its comments.
            _ => same.tokens = false,
        }
        match_trivia(&mut old, &mut new, &mut same);
    }
    if old.too_deep != Some(false) || new.too_deep != Some(false) {
        same.tokens = false;
    }
    match_trivia(&mut old, &mut new, &mut same);
    if !old.comments.is_empty() || !new.comments.is_empty() {
        same.comments = false;
    }
    if !old.docs.is_empty() || !new.docs.is_empty() {
        same.docs = false;
    }
    same
}

/// Compares the comments and doc comments both texts have passed, and
/// forgets them.
fn match_trivia<F, G>(old: &mut Stream<'_, F>, new: &mut Stream<'_, G>, same: &mut Same) {
    while let (Some(a), Some(b)) = (old.comments.front(), new.comments.front()) {
        if !same_comment(old.source, *a, new.source, *b) {
            same.comments = false;
        }
        old.comments.pop_front();
        new.comments.pop_front();
    }
    while let (Some(a), Some(b)) = (old.docs.front(), new.docs.front()) {
        if a != b {
            same.docs = false;
        }
        old.docs.pop_front();
        new.docs.pop_front();
    }
}

/// The same kind of comment, with the same text but for the whitespace the
/// formatter may change (around each line).
fn same_comment(old_source: &str, a: Comment, new_source: &str, b: Comment) -> bool {
    a.kind == b.kind && comment_lines(old_source, a).eq(comment_lines(new_source, b))
}

fn comment_lines(source: &str, c: Comment) -> impl Iterator<Item = &str> {
    source
        .get(c.start..c.end)
        .unwrap_or("")
        .lines()
        .map(str::trim)
}

/// A doc comment: its text, whether it documents the file, and the index
/// of the token it documents among the tokens the lexer gives (not `;`).
#[derive(Debug, PartialEq, Eq)]
struct Doc<'src> {
    text: &'src str,
    inner: bool,
    target: Option<usize>,
}

/// A part of one text's reading: its next tokens as the parser sees them,
/// and the comments and placed doc comments passed on the way.
struct Batch<'src> {
    /// The tokens' keys, made on the reader's thread.
    tokens: Vec<Key<'src>>,
    comments: Vec<Comment>,
    docs: Vec<Doc<'src>>,
    /// The last batch: whether the text nested too deep.
    too_deep: Option<bool>,
}

/// One text, read in batches.
struct Reader<'src> {
    /// `None` once the last batch is out.
    layout: Option<Layout<'src, Side<'src>>>,
    keys: Keys,
}

impl<'src> Reader<'src> {
    fn new(source: &'src str) -> Reader<'src> {
        Reader {
            layout: Some(Layout::new(source, FileId(0), Side::new(source))),
            keys: Keys::default(),
        }
    }

    fn batch(&mut self) -> Option<Batch<'src>> {
        let layout = self.layout.as_mut()?;
        let mut tokens = Vec::with_capacity(BATCH);
        while tokens.len() < BATCH {
            match layout.next() {
                Some((_, tok, _)) => tokens.push(self.keys.key(tok)),
                None => break,
            }
        }
        if tokens.len() == BATCH {
            let side = layout.input_mut();
            let waiting = side.docs.split_off(side.docs.len() - side.waiting);
            return Some(Batch {
                tokens,
                comments: std::mem::take(&mut side.comments),
                docs: std::mem::replace(&mut side.docs, waiting),
                too_deep: None,
            });
        }
        let layout = self.layout.take()?;
        let too_deep = layout.too_deep;
        // A layout that stopped (too deep) leaves lexemes unread.
        let mut side = layout.into_input();
        side.by_ref().for_each(drop);
        side.finish();
        Some(Batch {
            tokens,
            comments: side.comments,
            docs: side.docs,
            too_deep: Some(too_deep),
        })
    }
}

/// One text's reading as the comparison takes it: `next` gives its
/// batches in turn.
struct Stream<'src, F> {
    source: &'src str,
    next: F,
    tokens: std::vec::IntoIter<Key<'src>>,
    comments: VecDeque<Comment>,
    docs: VecDeque<Doc<'src>>,
    /// Once the text is over: whether it nested too deep.
    too_deep: Option<bool>,
}

impl<'src, F: FnMut() -> Option<Batch<'src>>> Stream<'src, F> {
    fn new(source: &'src str, next: F) -> Self {
        Stream {
            source,
            next,
            tokens: Vec::new().into_iter(),
            comments: VecDeque::new(),
            docs: VecDeque::new(),
            too_deep: None,
        }
    }

    fn token(&mut self) -> Option<Key<'src>> {
        loop {
            if let Some(tok) = self.tokens.next() {
                return Some(tok);
            }
            if self.too_deep.is_some() {
                return None;
            }
            // No batch without the last one: the reader stopped (a panic
            // there is carried on); nothing after this is the same.
            let batch = (self.next)().unwrap_or(Batch {
                tokens: Vec::new(),
                comments: Vec::new(),
                docs: Vec::new(),
                too_deep: Some(true),
            });
            self.tokens = batch.tokens.into_iter();
            self.comments.extend(batch.comments);
            self.docs.extend(batch.docs);
            self.too_deep = batch.too_deep;
        }
    }
}

/// One text's lexer, gathering the comments and doc comments (with their
/// targets, as the lexer finds them) not yet handed on.
struct Side<'src> {
    source: &'src str,
    lexer: Lexer<'src>,
    /// Tokens passed, `;` apart (the index of the next one).
    tokens: usize,
    comments: Vec<Comment>,
    docs: Vec<Doc<'src>>,
    /// The last `waiting` docs wait for the token they document.
    waiting: usize,
}

impl<'src> Side<'src> {
    fn new(source: &'src str) -> Side<'src> {
        Side {
            source,
            lexer: Lexer::with_comments(source, FileId(0)),
            tokens: 0,
            comments: Vec::new(),
            docs: Vec::new(),
            waiting: 0,
        }
    }

    /// The docs still waiting document no token: none follows them.
    fn finish(&mut self) {
        self.place(None);
    }

    fn place(&mut self, target: Option<usize>) {
        for doc in self.docs.iter_mut().rev().take(self.waiting) {
            doc.target = target;
        }
        self.waiting = 0;
    }
}

impl<'src> Iterator for Side<'src> {
    type Item = (usize, Lexeme<'src>, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let next = self.lexer.next();
        for comment in self.lexer.drain_comments() {
            self.comments.push(comment);
            let inner = match comment.kind {
                CommentKind::Doc => false,
                CommentKind::FileDoc => true,
                CommentKind::Line | CommentKind::Block => continue,
            };
            let text = doc_text(self.source.get(comment.start..comment.end).unwrap_or(""));
            self.docs.push(Doc {
                text,
                inner,
                target: None,
            });
            // A `//!` documents the file, not a token.
            if !inner {
                self.waiting += 1;
            }
        }
        if let Some((_, Lexeme::Token(tok), _)) = &next {
            // As the lexer: the first token after a doc comment is its
            // target, but a `;` is no token of the tree.
            if *tok == Tok::Term {
                self.place(None);
            } else {
                let index = self.tokens;
                self.place(Some(index));
                self.tokens += 1;
            }
        }
        next
    }
}

/// What the parser sees, one string per token, with duration units in one
/// spelling (for the message when the tokens differ).
fn token_keys(source: &str) -> Vec<String> {
    let lexed = lex(source, FileId(0));
    let laid = layout(source, FileId(0), lexed.lexemes);
    let mut keys: Vec<String> = Vec::with_capacity(laid.tokens.len());
    let mut state = Keys::default();
    for (_, tok, _) in laid.tokens {
        keys.push(state.key(tok).to_string());
    }
    if laid.too_deep {
        keys.push("too deep".to_string());
    }
    keys
}

/// A token as the check compares it: the token, with a duration unit
/// after an amount in one spelling. Two keys are equal exactly when they
/// are written alike (their `Display`, the words of the message), without
/// writing them: keywords and punctuation are told apart by kind, as no
/// two have the same spelling.
#[derive(Debug, Clone)]
enum Key<'src> {
    Keyword(Keyword),
    Punct(Punct),
    Term,
    /// A duration unit after an amount, in one spelling.
    Unit(&'static str),
    Name(&'src str),
    Number(Decimal),
    Percent(Decimal),
    Date(NaiveDate),
    Time(NaiveTime),
    Str(String),
}

/// The same digits and scale: `12.50` is not `12.5` (the scale shows in
/// the outputs), as their spellings differ.
fn same_decimal(a: &Decimal, b: &Decimal) -> bool {
    a.mantissa() == b.mantissa() && a.scale() == b.scale()
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Key::Keyword(a), Key::Keyword(b)) => a == b,
            (Key::Punct(a), Key::Punct(b)) => a == b,
            (Key::Term, Key::Term) => true,
            (Key::Unit(a), Key::Unit(b)) | (Key::Name(a), Key::Name(b)) => a == b,
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Number(a), Key::Number(b)) | (Key::Percent(a), Key::Percent(b)) => {
                same_decimal(a, b)
            }
            (Key::Date(a), Key::Date(b)) => a == b,
            (Key::Time(a), Key::Time(b)) => a == b,
            _ => false,
        }
    }
}

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Keyword(k) => f.write_str(k.text()),
            Key::Punct(p) => f.write_str(p.text()),
            Key::Term => f.write_str("end of line"),
            Key::Unit(unit) => write!(f, "unit {unit}"),
            Key::Name(word) => write!(f, "name {word}"),
            Key::Number(n) => write!(f, "number {n}"),
            Key::Percent(p) => write!(f, "percentage {p}%"),
            Key::Date(d) => write!(f, "date {d}"),
            Key::Time(t) => write!(f, "time {t}"),
            Key::Str(s) => write!(f, "string {s:?}"),
        }
    }
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
    fn key<'src>(&mut self, tok: Tok<'src>) -> Key<'src> {
        let unit_position = self.amount_before || self.business_after_amount;
        self.business_after_amount =
            self.amount_before && matches!(tok, Tok::Keyword(Keyword::Business));
        self.amount_before = matches!(tok, Tok::Number(_)) && !self.after_range_or_day;
        let key = match tok {
            Tok::Ident(word) if unit_position => canonical_unit(word),
            Tok::Keyword(Keyword::Day) if unit_position => canonical_unit("day"),
            Tok::Ident(word) => Key::Name(word),
            Tok::Keyword(k) => Key::Keyword(k),
            Tok::Number(n) => Key::Number(n),
            Tok::Percent(p) => Key::Percent(p),
            Tok::Date(d) => Key::Date(d),
            Tok::Time(t) => Key::Time(t),
            Tok::Str(s) => Key::Str(s),
            Tok::Term => Key::Term,
            Tok::Punct(p) => Key::Punct(p),
        };
        // `day` in a unit's place is a unit, not the keyword.
        self.after_range_or_day =
            matches!(key, Key::Punct(Punct::DotDot) | Key::Keyword(Keyword::Day));
        key
    }
}

fn canonical_unit(word: &str) -> Key<'_> {
    match spelling::duration_unit(word, true) {
        Some(unit) => Key::Unit(unit),
        None => Key::Name(word),
    }
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

    #[test]
    fn each_difference_is_named_in_order() {
        let differs = |a: &str, b: &str| same_meaning(a, b).err().unwrap_or_default();
        assert_eq!(
            differs("party A\nparty B", "party A\nparty C"),
            "token 5 changed from name B to name C"
        );
        assert_eq!(
            differs("party A", "party A B"),
            "token 3 changed from the end of the file to name B"
        );
        // A change of token is told before a change of comment.
        assert_eq!(
            differs("a // x\nb", "a // y\nc"),
            "token 3 changed from name b to name c"
        );
        assert_eq!(differs("a // x\nb", "a // y\nb"), "the comments changed");
        assert_eq!(differs("a // x\nb", "a /* x */\nb"), "the comments changed");
        assert_eq!(differs("a /* x */ b", "a b"), "the comments changed");
        assert_eq!(differs("a b", "a b // x"), "the comments changed");
        // Whitespace around each line of a comment is the formatter's.
        assert!(same_meaning("a /* x\n   y */\nb", "a /* x\n y */\nb").is_ok());
        assert!(same_meaning("a // x  \nb", "a // x\nb").is_ok());
        assert_eq!(
            differs("a /* x\ny */\nb", "a /* x y */\nb"),
            "the comments changed"
        );
    }

    #[test]
    fn a_doc_comment_must_document_the_same_token() {
        let differs = |a: &str, b: &str| same_meaning(a, b).err().unwrap_or_default();
        let moved = "the doc comments or what they document changed";
        // Same comments and tokens, another target.
        assert_eq!(differs("x\n/// d\ny\nz", "x\ny\n/// d\nz"), moved);
        // Documenting a `;` is documenting no token.
        assert_eq!(differs("x\n/// d\n;y", "x;\n/// d\ny"), moved);
        // After the last token, a doc comment documents nothing.
        assert!(same_meaning("a\n/// d\n", "a /// d\n").is_ok());
        assert_eq!(differs("a /// d\n", "/// d\na"), moved);
        // A file doc documents no token, wherever it is.
        assert!(same_meaning("//! f\na", "//! f\n\na").is_ok());
        assert!(same_meaning("/// x\n/// y\na b", "/// x\n/// y\na b").is_ok());
        assert_eq!(differs("/// x\na\n/// y\nb", "/// x\n/// y\na\nb"), moved);
    }

    /// The check as it was before it read each text once (issue 18): every
    /// text lexed apart for the tokens, the comments and the doc comments,
    /// keys written out as strings. The new check must agree with it.
    mod reference {
        use super::super::spelling;
        use crate::diagnostics::FileId;
        use crate::syntax::layout::layout;
        use crate::syntax::lexer::{lex, CommentKind, Lexeme, Lexer};
        use crate::syntax::token::{Keyword, Tok};

        pub fn same_meaning(before: &str, after: &str) -> Result<(), String> {
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
            if comment_keys(before) != comment_keys(after) {
                return Err("the comments changed".to_string());
            }
            if doc_keys(before) != doc_keys(after) {
                return Err("the doc comments or what they document changed".to_string());
            }
            Ok(())
        }

        fn token_keys(source: &str) -> Vec<String> {
            let laid = layout(source, FileId(0), lex(source, FileId(0)).lexemes);
            let mut state = Keys::default();
            let mut keys: Vec<String> = laid
                .tokens
                .iter()
                .map(|(_, tok, _)| state.key(tok))
                .collect();
            if laid.too_deep {
                keys.push("too deep".to_string());
            }
            keys
        }

        fn comment_keys(source: &str) -> Vec<(CommentKind, String)> {
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

        fn doc_keys(source: &str) -> Vec<(String, bool, Option<usize>)> {
            let mut lexer = Lexer::new(source, FileId(0));
            let starts: Vec<usize> = lexer
                .by_ref()
                .filter(|(_, l, _)| matches!(l, Lexeme::Token(t) if *t != Tok::Term))
                .map(|(start, _, _)| start)
                .collect();
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
    }

    /// Texts that differ in every way the check looks at, compared two by
    /// two by both checks.
    #[test]
    fn the_check_agrees_with_the_one_it_replaces() {
        let texts = [
            "",
            "\n",
            "a",
            "a b",
            "a\nb",
            "a;b",
            "a;\nb",
            "a // x\nb",
            "a // y\nb",
            "a //  x  \nb",
            "a /* x */ b",
            "a /* x\n  y */ b",
            "a /* x\ny */ b",
            "a /* x y */\nb",
            "/// d\na b",
            "a /// d\nb",
            "a\n/// d\nb",
            "a\n/// d\n;b",
            "a\n///d\nb",
            "a\n/// e\nb",
            "//! f\na\nb",
            "a\n//! f\nb",
            "a\nb\n/// d\n",
            "/// d\n/// e\na\nb",
            "/// d\na\n/// e\nb",
            "x within 1 days",
            "x within 1 day",
            "x within 2 business day",
            "x within 2 business days",
            "x per days",
            "x per day",
            "0..10 days",
            "0..10 day",
            "by day 1000 days",
            "1 day day 2 day",
            "1 business business day",
            "12.50 USD",
            "12.5 USD",
            "20000 USD",
            "20_000 USD",
            "at 9:30",
            "at 09:30",
            "\"a\" \"b\"",
            "\"a b\"",
            "party A { role r }",
            "party A {\n  role r\n}",
            "party A {\n  role r\n}\n/// doc\nparty B {}",
            "party A {\n  /// doc\n  role r\n}\nparty B {}",
            "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a",
            "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a // c",
            "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((b",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(
                    same_meaning(a, b),
                    reference::same_meaning(a, b),
                    "{a:?} and {b:?}"
                );
                assert_eq!(compare_with(a, b, true), compare_with(a, b, false));
            }
        }
    }

    /// Long texts, read in several batches, on one thread and on two.
    #[test]
    fn long_texts_are_compared_across_batches() {
        let long = |edit: usize| {
            let mut text = String::new();
            for i in 0..3 * BATCH / 2 {
                match (i == 2_000 || i == 5_000, edit) {
                    (true, 1) => text.push_str(&format!("party Q{i} // c{i}\n")),
                    (true, 2) => text.push_str(&format!("party P{i} // d{i}\n")),
                    (true, 3) => text.push_str(&format!("party P{i} // c{i}\n/// moved\n")),
                    (true, 4) => text.push_str(&format!("party P{i} /* c{i} */\n")),
                    _ => text.push_str(&format!("/// doc {i}\nparty P{i} // c{i}\n")),
                }
            }
            text
        };
        let texts: Vec<String> = (0..5).map(long).collect();
        for a in &texts {
            for b in &texts {
                let threads = compare_with(a, b, true);
                assert_eq!(threads, compare_with(a, b, false));
                assert_eq!(same_meaning(a, b), reference::same_meaning(a, b));
                assert_eq!(threads.tokens && threads.comments && threads.docs, a == b);
            }
        }
    }

    #[test]
    fn tokens_compare_equal_exactly_when_their_words_do() {
        let source = "a b day days 1 days 1 business day 0..1 day 12.5 12.50 1.0 1 0 \
                      0.0 5% 5.0% 2026-01-31 09:30 9:30 \"x\" \"x \" x \"day\" ( ) . .. \
                      USD per month 2 months 1 month business";
        let laid = layout(source, FileId(0), lex(source, FileId(0)).lexemes);
        let mut state = Keys::default();
        let keys: Vec<Key<'_>> = laid
            .tokens
            .into_iter()
            .map(|(_, t, _)| state.key(t))
            .collect();
        assert!(keys.len() > 30, "{}", keys.len());
        for a in &keys {
            for b in &keys {
                assert_eq!(a == b, a.to_string() == b.to_string(), "{a} and {b}");
            }
        }
        let words: Vec<String> = keys.iter().map(ToString::to_string).collect();
        assert!(words.contains(&"unit day".to_string()));
        assert!(words.contains(&"number 12.50".to_string()));
        assert!(words.contains(&"name day".to_string()) || words.contains(&"day".to_string()));
    }
}
