//! The printer: tokens and gaps in, canonical text out.
//!
//! Each gap between two tokens becomes one of: nothing (the tokens share a
//! line), a clause break (a new line at the block's indentation), or a
//! continuation break (a new line one level deeper, or inside parentheses
//! one level deeper than the line that opened them). Comments in a gap stay
//! where they were relative to the tokens: on the line before the break
//! (trailing), on lines of their own, or before the next token on its line.

use super::spelling;
use super::trivia::{CommentPiece, GapItem, Token};
use crate::syntax::layout::MAX_NESTING;
use crate::syntax::lexer::CommentKind;
use crate::syntax::token::{Keyword, Punct, Tok};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};

const INDENT: &str = "  ";

/// `size` is what the text is expected to take (the original's size): the
/// output is made that large at once rather than grown by doubling, which
/// would hold up to twice the text at the last copy (issue 18).
///
/// With `stop`, the printer runs while the syntax is still being checked
/// (see [`super::try_format`]), so on text that may not parse: it gives up
/// (`None`) once `stop` is set (the syntax check failed) or the text nests
/// deeper than the parser allows, as indentation past that would make the
/// output grow faster than the file. Without `stop` it always finishes.
pub fn print<'src>(
    pieces: impl Iterator<Item = (Vec<GapItem<'src>>, Option<Token<'src>>)>,
    size: usize,
    stop: Option<&AtomicBool>,
) -> Option<String> {
    let mut printer = Printer::default();
    printer.lines.out.reserve(size);
    let mut pieces = pieces.fuse();
    // Each token is printed knowing the two after it.
    let mut window: VecDeque<(Vec<GapItem<'src>>, Option<Token<'src>>)> = VecDeque::new();
    let mut before: Option<Token<'src>> = None;
    let mut count = 0usize;
    loop {
        while window.len() < 3 {
            match pieces.next() {
                Some(piece) => window.push_back(piece),
                None => break,
            }
        }
        let Some((gap, after)) = window.pop_front() else {
            break;
        };
        printer.gap(
            before.as_ref().map(|t| &t.tok),
            after.as_ref().map(|t| &t.tok),
            &gap,
        );
        if let Some(token) = &after {
            let ahead = [0, 1].map(|j| window.get(j).and_then(|(_, t)| t.as_ref()).map(|t| &t.tok));
            printer.token(token, ahead);
        }
        before = after;
        if let Some(stop) = stop {
            count += 1;
            let too_deep = printer.depth + printer.parens.len() > MAX_NESTING;
            if too_deep || (count % 1024 == 0 && stop.load(Ordering::Relaxed)) {
                return None;
            }
        }
    }
    Some(printer.finish())
}

/// A comment as it will be printed.
#[derive(Debug)]
struct OutComment {
    text: String,
    /// Its column in the source, to re-indent the lines of a block comment.
    column: usize,
    multiline: bool,
}

impl OutComment {
    fn new(piece: &CommentPiece<'_>) -> OutComment {
        let text = match piece.kind {
            CommentKind::Block if piece.multiline => piece
                .text
                .split('\n')
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n"),
            _ => piece.text.trim_end().to_string(),
        };
        OutComment {
            text,
            column: piece.column,
            multiline: piece.multiline,
        }
    }

    /// The text, its second and later lines moved as far as its first line
    /// moved (from the source column to `column`), so a block comment keeps
    /// its shape. Only whitespace is ever removed.
    fn placed_at(&self, column: usize) -> String {
        if !self.multiline || column == self.column {
            return self.text.clone();
        }
        let mut lines = self.text.split('\n');
        let mut out = lines.next().unwrap_or("").to_string();
        for line in lines {
            out.push('\n');
            if line.is_empty() {
                continue;
            }
            if column > self.column {
                out.push_str(&" ".repeat(column - self.column));
                out.push_str(line);
            } else {
                let mut remove = self.column - column;
                let rest = line.trim_start_matches(|c: char| {
                    let strip = remove > 0 && (c == ' ' || c == '\t');
                    remove = remove.saturating_sub(1);
                    strip
                });
                out.push_str(rest);
            }
        }
        out
    }
}

#[derive(Debug, Default)]
struct Line {
    indent: usize,
    /// Tokens (and comments that precede a token on its line).
    code: String,
    /// Comments after the last token of the line, or the whole content of
    /// a line that holds only comments.
    trailing: Vec<OutComment>,
    blank: bool,
}

impl Line {
    fn width(&self) -> usize {
        INDENT.len() * self.indent + self.code.chars().count()
    }

    /// A trailing comment after code, on one line: aligned with its
    /// neighbours.
    fn alignable(&self) -> bool {
        !self.blank
            && !self.code.is_empty()
            && !self.trailing.is_empty()
            && self.trailing.iter().all(|c| !c.multiline)
    }
}

/// What a token is, as far as spacing and spelling care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// `amount`: the number may be followed by its unit (not a range bound
    /// or a day number).
    Number {
        one: bool,
        amount: bool,
    },
    Name,
    Keyword(Keyword),
    Punct(Punct),
    Literal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Break {
    /// Before the first token.
    Start,
    /// After the last token.
    End,
    /// `{}`: an empty block.
    Glue,
    /// Same line, one space (or none, by the spacing rules).
    Same,
    /// A new line continuing the clause.
    Continuation,
    /// A new line starting a clause (or closing a block).
    Clause,
}

enum Entry {
    Blank,
    Comments(Vec<OutComment>),
}

#[derive(Default)]
struct Printer {
    lines: Output,
    line: Option<Line>,
    /// Open `{`.
    depth: usize,
    /// For each open `(` or `[`: the indentation of its line.
    parens: Vec<usize>,
    /// The current clause has tokens already.
    in_clause: bool,
    clause_tokens: usize,
    /// A `use` or `template` clause: `name(` takes no space.
    call_clause: bool,
    starts_with_override: bool,
    prev: Option<Class>,
    prev2: Option<Class>,
    /// The last token takes no space after it (`(`, `.`, unary `-`).
    glue_next: bool,
}

fn is(tok: Option<&Tok<'_>>, punct: Punct) -> bool {
    matches!(tok, Some(Tok::Punct(p)) if *p == punct)
}

impl Printer {
    fn gap(&mut self, before: Option<&Tok<'_>>, after: Option<&Tok<'_>>, gap: &[GapItem<'_>]) {
        let newline = gap.iter().any(|g| match g {
            GapItem::Newline => true,
            GapItem::Comment(c) => c.multiline,
            GapItem::Semicolon => false,
        });
        let ends_line = gap.iter().any(|g| match g {
            GapItem::Comment(c) => c.multiline || c.kind != CommentKind::Block,
            _ => false,
        });
        let semicolon = gap.iter().any(|g| matches!(g, GapItem::Semicolon));
        let comments = gap.iter().any(|g| matches!(g, GapItem::Comment(_)));
        let kind = match (before, after) {
            (None, _) => Break::Start,
            (Some(_), None) => Break::End,
            (Some(a), Some(b)) => {
                if is(before, Punct::LBrace) && is(after, Punct::RBrace) && !comments {
                    Break::Glue
                } else if is(before, Punct::LBrace)
                    || is(before, Punct::RBrace)
                    || is(after, Punct::RBrace)
                {
                    Break::Clause
                } else if is(after, Punct::LBrace) {
                    // `{` joins the line of its clause, unless a comment
                    // that ends a line sits in between.
                    if ends_line {
                        Break::Continuation
                    } else {
                        Break::Same
                    }
                } else if semicolon {
                    Break::Clause
                } else if newline {
                    if self.newline_ends_clause(a, b) {
                        Break::Clause
                    } else {
                        Break::Continuation
                    }
                } else {
                    Break::Same
                }
            }
        };
        match kind {
            Break::Same => {
                for item in gap {
                    if let GapItem::Comment(c) = item {
                        self.inline_comment(c);
                    }
                }
            }
            Break::Glue => self.glue_next = true,
            _ => self.break_lines(kind, before, after, gap),
        }
    }

    /// The layout rule of `syntax::layout` (reference §1.3): does a newline
    /// between `a` and `b` end the clause?
    fn newline_ends_clause(&self, a: &Tok<'_>, b: &Tok<'_>) -> bool {
        if !self.parens.is_empty() {
            return false;
        }
        let continues = match a {
            Tok::Punct(p) => p.continues_line(),
            Tok::Keyword(k) => k.continues_line(),
            _ => false,
        };
        let next_continues = match b {
            Tok::Punct(Punct::LBrace | Punct::Arrow | Punct::RBrace) | Tok::Term => true,
            Tok::Keyword(k) => k.continues_previous_line(),
            _ => false,
        };
        !(continues || next_continues)
    }

    fn inline_comment(&mut self, comment: &CommentPiece<'_>) {
        let glue = self.glue_next;
        let line = self.line.get_or_insert_with(Line::default);
        if !line.code.is_empty() && !glue {
            line.code.push(' ');
        }
        line.code.push_str(comment.text.trim_end());
        self.glue_next = false;
    }

    fn break_lines(
        &mut self,
        kind: Break,
        before: Option<&Tok<'_>>,
        after: Option<&Tok<'_>>,
        gap: &[GapItem<'_>],
    ) {
        // Comments on the line of `before`, lines in between, and comments
        // that precede `after` on its line.
        let mut trailing = Vec::new();
        let mut entries = Vec::new();
        let mut leading = Vec::new();
        let mut in_trailing = before.is_some();
        let mut line_has_content = false;
        for item in gap {
            if in_trailing {
                match item {
                    GapItem::Newline => {
                        in_trailing = false;
                        line_has_content = false;
                    }
                    GapItem::Semicolon => {
                        in_trailing = false;
                        line_has_content = true;
                    }
                    GapItem::Comment(c) => {
                        trailing.push(OutComment::new(c));
                        if c.multiline {
                            in_trailing = false;
                            line_has_content = true;
                        }
                    }
                }
                continue;
            }
            match item {
                GapItem::Newline => {
                    if !leading.is_empty() {
                        entries.push(Entry::Comments(std::mem::take(&mut leading)));
                    } else if !line_has_content {
                        entries.push(Entry::Blank);
                    }
                    line_has_content = false;
                }
                GapItem::Semicolon => line_has_content = true,
                GapItem::Comment(c) => {
                    leading.push(OutComment::new(c));
                    line_has_content = true;
                    if c.multiline {
                        entries.push(Entry::Comments(std::mem::take(&mut leading)));
                    }
                }
            }
        }
        if after.is_none() && !leading.is_empty() {
            entries.push(Entry::Comments(std::mem::take(&mut leading)));
        }

        // Blank lines: at most one in a row, none inside a clause, none at
        // the start or end of a block or of the file.
        if kind == Break::Continuation {
            entries.retain(|e| !matches!(e, Entry::Blank));
        }
        if before.is_none() || is(before, Punct::LBrace) {
            while matches!(entries.first(), Some(Entry::Blank)) {
                entries.remove(0);
            }
        }
        if after.is_none() || is(after, Punct::RBrace) {
            while matches!(entries.last(), Some(Entry::Blank)) {
                entries.pop();
            }
        }
        entries.dedup_by(|a, b| matches!((a, b), (Entry::Blank, Entry::Blank)));

        if let Some(line) = &mut self.line {
            line.trailing.extend(trailing);
        }
        if kind == Break::Clause {
            self.end_clause();
        }
        let next_indent = after.map(|b| self.indent_for(b));
        let comment_indent = match after {
            None => 0,
            Some(Tok::Punct(Punct::RBrace)) => self.depth,
            Some(Tok::Punct(Punct::RParen | Punct::RBracket)) => {
                self.parens.last().map_or(self.depth, |i| i + 1)
            }
            Some(_) => next_indent.unwrap_or(self.depth),
        };
        if let Some(line) = self.line.take() {
            self.lines.push(line);
        }
        for entry in entries {
            self.lines.push(match entry {
                Entry::Blank => Line {
                    blank: true,
                    ..Line::default()
                },
                Entry::Comments(comments) => Line {
                    indent: comment_indent,
                    trailing: comments,
                    ..Line::default()
                },
            });
        }
        if let Some(indent) = next_indent {
            let mut line = Line {
                indent,
                ..Line::default()
            };
            for comment in leading {
                if !line.code.is_empty() {
                    line.code.push(' ');
                }
                line.code.push_str(&comment.text);
            }
            self.line = Some(line);
        }
        self.glue_next = false;
    }

    fn indent_for(&self, tok: &Tok<'_>) -> usize {
        match tok {
            Tok::Punct(Punct::RBrace) => self.depth.saturating_sub(1),
            Tok::Punct(Punct::RParen | Punct::RBracket) => {
                self.parens.last().copied().unwrap_or(self.depth)
            }
            _ => match self.parens.last() {
                Some(opened) => opened + 1,
                None if is(Some(tok), Punct::LBrace) => self.depth,
                None if self.in_clause => self.depth + 1,
                None => self.depth,
            },
        }
    }

    fn end_clause(&mut self) {
        self.in_clause = false;
        self.prev = None;
        self.prev2 = None;
    }

    /// Prints `token`; `ahead` are the two tokens after it.
    fn token(&mut self, token: &Token<'_>, ahead: [Option<&Tok<'_>>; 2]) {
        let (text, class) = self.spell(token);
        let space = self.space_before(&token.tok);
        let line = self.line.get_or_insert_with(Line::default);
        if !line.code.is_empty() && space {
            line.code.push(' ');
        }
        line.code.push_str(&text);
        let line_indent = line.indent;
        let glue_next = match token.tok {
            Tok::Punct(Punct::LParen | Punct::LBracket | Punct::Dot | Punct::DotDot) => true,
            Tok::Punct(Punct::Minus) => {
                self.minus_is_unary() || self.minus_in_weekdays() || range_bound(ahead)
            }
            _ => false,
        };
        match token.tok {
            Tok::Punct(Punct::LBrace) => {
                self.depth += 1;
                self.end_clause();
            }
            Tok::Punct(Punct::RBrace) => {
                self.depth = self.depth.saturating_sub(1);
                self.end_clause();
            }
            _ => {
                if !self.in_clause {
                    self.in_clause = true;
                    self.clause_tokens = 0;
                    self.call_clause = false;
                    self.starts_with_override = false;
                }
                self.clause_tokens += 1;
                match (self.clause_tokens, &token.tok) {
                    (1, Tok::Keyword(Keyword::Use | Keyword::Template)) => self.call_clause = true,
                    (1, Tok::Keyword(Keyword::Override)) => self.starts_with_override = true,
                    (2, Tok::Keyword(Keyword::Use)) if self.starts_with_override => {
                        self.call_clause = true;
                    }
                    _ => {}
                }
                match token.tok {
                    Tok::Punct(Punct::LParen | Punct::LBracket) => self.parens.push(line_indent),
                    Tok::Punct(Punct::RParen | Punct::RBracket) => {
                        self.parens.pop();
                    }
                    _ => {}
                }
                self.prev2 = self.prev;
                self.prev = Some(class);
            }
        }
        self.glue_next = glue_next;
    }

    /// The canonical spelling of a token, and its class.
    fn spell(&self, token: &Token<'_>) -> (String, Class) {
        match &token.tok {
            Tok::Number(_) => {
                let text = spelling::number(token.text);
                let amount = !matches!(
                    self.prev,
                    Some(Class::Punct(Punct::DotDot) | Class::Keyword(Keyword::Day))
                );
                let one = text == "1";
                (text, Class::Number { one, amount })
            }
            Tok::Percent(_) => (spelling::percent(token.text), Class::Literal),
            Tok::Time(_) => (spelling::time(token.text), Class::Literal),
            Tok::Date(_) | Tok::Str(_) | Tok::Term => (token.text.to_string(), Class::Literal),
            Tok::Punct(p) => (token.text.to_string(), Class::Punct(*p)),
            Tok::Ident(_) | Tok::Keyword(_) => {
                let class = match token.tok {
                    Tok::Keyword(k) => Class::Keyword(k),
                    _ => Class::Name,
                };
                let unit_of = match (self.prev, self.prev2) {
                    (Some(Class::Number { one, amount: true }), _) => Some(one),
                    (
                        Some(Class::Keyword(Keyword::Business)),
                        Some(Class::Number { one, amount: true }),
                    ) => Some(one),
                    _ => None,
                };
                let unit = match (&token.tok, unit_of) {
                    (Tok::Ident(_) | Tok::Keyword(Keyword::Day), Some(one)) => {
                        spelling::duration_unit(token.text, one)
                    }
                    _ => None,
                };
                (unit.unwrap_or(token.text).to_string(), class)
            }
        }
    }

    fn space_before(&self, tok: &Tok<'_>) -> bool {
        if self.glue_next {
            return false;
        }
        match tok {
            Tok::Punct(
                Punct::Comma
                | Punct::Colon
                | Punct::RParen
                | Punct::RBracket
                | Punct::Dot
                | Punct::DotDot,
            ) => false,
            Tok::Punct(Punct::LParen) => {
                !(self.call_clause && self.parens.is_empty() && word_like(self.prev))
            }
            Tok::Punct(Punct::Minus) => !self.minus_in_weekdays(),
            _ => true,
        }
    }

    /// A `-` that negates (nothing that ends an operand comes before it).
    fn minus_is_unary(&self) -> bool {
        match self.prev {
            None => true,
            Some(Class::Punct(p)) => !matches!(p, Punct::RParen | Punct::RBracket),
            Some(Class::Keyword(k)) => !ends_operand(k),
            Some(_) => false,
        }
    }

    /// `weekdays mon-fri`.
    fn minus_in_weekdays(&self) -> bool {
        self.prev == Some(Class::Name) && self.prev2 == Some(Class::Keyword(Keyword::Weekdays))
    }

    fn finish(mut self) -> String {
        if let Some(line) = self.line.take() {
            self.lines.push(line);
        }
        self.lines.finish()
    }
}

/// A `-` before the lower bound of a range: `percent -50..200`.
fn range_bound(ahead: [Option<&Tok<'_>>; 2]) -> bool {
    matches!(
        ahead,
        [
            Some(Tok::Number(_) | Tok::Percent(_)),
            Some(Tok::Punct(Punct::DotDot))
        ]
    )
}

fn word_like(class: Option<Class>) -> bool {
    match class {
        Some(Class::Name) => true,
        Some(Class::Keyword(k)) => ends_operand(k),
        _ => false,
    }
}

/// Keywords that can end an operand: the soft keywords (grammar
/// `SoftKeyword`, read as names) and `yes`/`no`.
fn ends_operand(k: Keyword) -> bool {
    use Keyword::*;
    matches!(
        k,
        Review
            | Report
            | Pay
            | Notice
            | Retainer
            | End
            | Start
            | Decision
            | Default
            | Event
            | Day
            | Use
            | Transition
            | Target
            | Window
            | Step
            | Meeting
            | Fee
            | Renewal
            | Exit
            | Grant
            | Survey
            | Term
            | Milestone
            | Invoice
            | Renew
            | Expire
            | Cure
            | Adjust
            | Governance
            | Calendar
            | Escalation
            | Changes
            | Disputes
            | Weights
            | Bonus
            | Penalty
            | Law
            | Venue
            | Via
            | Role
            | Party
            | Resource
            | Signal
            | Metric
            | Capacity
            | Currency
            | Authority
            | Tier
            | Trigger
            | Binding
            | Anonymous
            | First
            | Last
            | Second
            | Third
            | Fourth
            | Business
            | Success
            | Termination
            | Criteria
            | Health
            | Share
            | Up
            | Above
            | Indexed
            | Floor
            | Early
            | Amend
            | Approved
            | Effective
            | Remove
            | Yes
            | No
    )
}

/// Lines to text. Trailing comments of consecutive lines with the same
/// indentation are aligned in one column, one space after the longest code
/// among them.
/// Finished lines, written out as they come: only a run of lines whose
/// trailing comments are aligned waits for its end, and blank lines wait
/// for a line after them (none end the file). The whole file is never
/// held as lines (issue 18).
#[derive(Default)]
struct Output {
    out: String,
    /// Consecutive lines with the same indentation and a trailing comment.
    run: Vec<Line>,
    blanks: usize,
}

impl Output {
    fn push(&mut self, line: Line) {
        if line.blank {
            self.flush();
            self.blanks += 1;
            return;
        }
        for _ in 0..std::mem::take(&mut self.blanks) {
            self.out.push('\n');
        }
        if line.alignable() {
            if self.run.last().is_some_and(|l| l.indent != line.indent) {
                self.flush();
            }
            self.run.push(line);
        } else {
            self.flush();
            render(&line, 0, &mut self.out);
        }
    }

    /// Writes the run, its trailing comments one column.
    fn flush(&mut self) {
        let column = self.run.iter().map(Line::width).max().unwrap_or(0);
        for line in std::mem::take(&mut self.run) {
            render(&line, column, &mut self.out);
        }
    }

    fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

/// One line, its trailing comments from `column` on.
fn render(line: &Line, column: usize, out: &mut String) {
    // Most lines have no trailing comment: written straight out.
    if line.trailing.is_empty() {
        for _ in 0..line.indent {
            out.push_str(INDENT);
        }
        out.push_str(&line.code);
        out.push('\n');
        return;
    }
    let mut text = INDENT.repeat(line.indent);
    text.push_str(&line.code);
    if !line.code.is_empty() && !line.trailing.is_empty() {
        let width = line.width();
        if column > width {
            text.push_str(&" ".repeat(column - width));
        }
        text.push(' ');
    }
    for (n, comment) in line.trailing.iter().enumerate() {
        if n > 0 {
            text.push(' ');
        }
        let column = text.chars().count();
        text.push_str(&comment.placed_at(column));
    }
    out.push_str(&text);
    out.push('\n');
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod soft_keywords {
    use super::ends_operand;
    use crate::syntax::token::{Keyword, KEYWORDS};

    /// The grammar's `SoftKeyword` list and [`ends_operand`] are kept by
    /// hand: they must name the same keywords (`yes` and `no` end operands
    /// as values, not as soft keywords).
    #[test]
    fn the_printer_knows_exactly_the_grammars_soft_keywords() {
        let grammar = include_str!("../../grammar/pact.lalrpop");
        let start = grammar
            .find("SoftKeyword: &'static str = {")
            .expect("the grammar has a SoftKeyword rule");
        let body = &grammar[start..];
        let body = &body[..body.find("};").expect("the rule ends")];
        let mut in_grammar: Vec<&str> = body
            .split("=>")
            .skip(1)
            .filter_map(|piece| piece.split('"').nth(1))
            .collect();
        in_grammar.sort_unstable();
        let mut in_printer: Vec<&str> = KEYWORDS
            .iter()
            .copied()
            .filter(|k| {
                let keyword = Keyword::from_text(k).unwrap();
                ends_operand(keyword) && !matches!(keyword, Keyword::Yes | Keyword::No)
            })
            .collect();
        in_printer.sort_unstable();
        assert_eq!(
            in_grammar, in_printer,
            "grammar/pact.lalrpop `SoftKeyword` and fmt/print.rs `ends_operand` differ"
        );
    }
}
