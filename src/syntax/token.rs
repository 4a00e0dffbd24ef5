//! The tokens the parser sees, after the lexer has converted literals and the
//! layout pass has decided which newlines end a clause.
//!
//! Literal values are converted exactly once, here in the front end: numbers
//! and percentages as `rust_decimal`, dates as `chrono`. A token whose literal
//! was malformed still reaches the parser with a placeholder value (the lexer
//! has already reported it), so one bad date never hides the rest of a file.

use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use std::fmt;

/// A token with its literal value. `'src` borrows identifiers from the source.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'src> {
    Ident(&'src str),
    Keyword(Keyword),
    Number(Decimal),
    Percent(Decimal),
    Date(NaiveDate),
    Time(NaiveTime),
    Str(String),
    /// The end of a clause: a newline the layout rule kept, or `;`.
    Term,
    Punct(Punct),
}

/// Punctuation and operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Punct {
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Colon,
    Dot,
    DotDot,
    Arrow,
    Plus,
    Minus,
    Star,
    Slash,
    Lt,
    Le,
    Gt,
    Ge,
    EqEq,
    Eq,
    Ne,
}

impl Punct {
    pub fn text(self) -> &'static str {
        match self {
            Punct::LBrace => "{",
            Punct::RBrace => "}",
            Punct::LParen => "(",
            Punct::RParen => ")",
            Punct::LBracket => "[",
            Punct::RBracket => "]",
            Punct::Comma => ",",
            Punct::Colon => ":",
            Punct::Dot => ".",
            Punct::DotDot => "..",
            Punct::Arrow => "->",
            Punct::Plus => "+",
            Punct::Minus => "-",
            Punct::Star => "*",
            Punct::Slash => "/",
            Punct::Lt => "<",
            Punct::Le => "<=",
            Punct::Gt => ">",
            Punct::Ge => ">=",
            Punct::EqEq => "==",
            Punct::Eq => "=",
            Punct::Ne => "!=",
        }
    }

    pub fn is_closer(self) -> bool {
        matches!(self, Punct::RBrace | Punct::RParen | Punct::RBracket)
    }

    /// Operators and openers after which a newline never ends a clause.
    pub fn continues_line(self) -> bool {
        !matches!(
            self,
            Punct::RBrace | Punct::RParen | Punct::RBracket | Punct::Dot
        )
    }
}

macro_rules! keywords {
    ($($variant:ident => $text:literal,)*) => {
        /// Every reserved word of the language. This list is the single source
        /// of truth shared with the editor grammars (see `editors/`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Keyword { $($variant,)* }

        /// The spelling of every keyword, in declaration order.
        pub const KEYWORDS: &[&str] = &[$($text,)*];

        impl Keyword {
            pub fn text(self) -> &'static str {
                match self { $(Keyword::$variant => $text,)* }
            }

            pub fn from_text(text: &str) -> Option<Keyword> {
                match text { $($text => Some(Keyword::$variant),)* _ => None }
            }
        }
    };
}

keywords! {
    Above => "above",
    Adjust => "adjust",
    Adjusted => "adjusted",
    Advance => "advance",
    After => "after",
    Amend => "amend",
    And => "and",
    Annually => "annually",
    Anonymous => "anonymous",
    Approved => "approved",
    Arrears => "arrears",
    As => "as",
    At => "at",
    Authority => "authority",
    Before => "before",
    Better => "better",
    Binding => "binding",
    Bonus => "bonus",
    Business => "business",
    By => "by",
    Calendar => "calendar",
    Capacity => "capacity",
    Capped => "capped",
    Cause => "cause",
    Changes => "changes",
    Convenience => "convenience",
    Coordinate => "coordinate",
    Criteria => "criteria",
    Cure => "cure",
    Currency => "currency",
    Daily => "daily",
    Day => "day",
    Decides => "decides",
    Decision => "decision",
    Default => "default",
    Disputes => "disputes",
    Due => "due",
    Early => "early",
    Effective => "effective",
    End => "end",
    Escalation => "escalation",
    Event => "event",
    Every => "every",
    Evolves => "evolves",
    Exclusive => "exclusive",
    Exit => "exit",
    Expire => "expire",
    Fee => "fee",
    First => "first",
    Floor => "floor",
    For => "for",
    Fourth => "fourth",
    From => "from",
    Governance => "governance",
    Grant => "grant",
    Handled => "handled",
    Health => "health",
    Higher => "higher",
    Holidays => "holidays",
    In => "in",
    Indexed => "indexed",
    Invoice => "invoice",
    Is => "is",
    Last => "last",
    Law => "law",
    Lower => "lower",
    Master => "master",
    May => "may",
    Meeting => "meeting",
    Metric => "metric",
    Milestone => "milestone",
    Monthly => "monthly",
    Must => "must",
    Net => "net",
    No => "no",
    Not => "not",
    Notice => "notice",
    Of => "of",
    On => "on",
    Opens => "opens",
    Or => "or",
    Override => "override",
    Owned => "owned",
    Owner => "owner",
    Parties => "parties",
    Partnership => "partnership",
    Party => "party",
    Pay => "pay",
    Pays => "pays",
    Penalty => "penalty",
    Per => "per",
    Preceding => "preceding",
    Following => "following",
    Quarterly => "quarterly",
    Renew => "renew",
    Renewal => "renewal",
    Remove => "remove",
    Report => "report",
    Requires => "requires",
    Resource => "resource",
    Retainer => "retainer",
    Review => "review",
    Role => "role",
    Second => "second",
    Share => "share",
    Signal => "signal",
    Start => "start",
    Step => "step",
    Success => "success",
    Survey => "survey",
    Survives => "survives",
    Target => "target",
    Template => "template",
    Term => "term",
    Termination => "termination",
    Then => "then",
    Third => "third",
    Tier => "tier",
    Timezone => "timezone",
    To => "to",
    Transition => "transition",
    Trigger => "trigger",
    Under => "under",
    Up => "up",
    Use => "use",
    Venue => "venue",
    Via => "via",
    Weekdays => "weekdays",
    Weekly => "weekly",
    Weights => "weights",
    When => "when",
    Window => "window",
    With => "with",
    Within => "within",
    Yes => "yes",
}

impl Keyword {
    /// Words that can never end a clause, so a newline after them continues
    /// the clause (design §2).
    pub fn continues_line(self) -> bool {
        use Keyword::*;
        matches!(
            self,
            Then | And
                | Or
                | Not
                | Of
                | Per
                | With
                | By
                | Within
                | When
                | Must
                | May
                | For
                | On
                | At
                | To
                | Requires
        )
    }

    /// Words that continue the previous line when they start the next one.
    pub fn continues_previous_line(self) -> bool {
        matches!(self, Keyword::Then | Keyword::And | Keyword::Or)
    }

    /// Keywords that start a clause of a partnership, master or template
    /// (§4 of the reference): seen where a block's item was expected, they
    /// usually mean the block above was not closed.
    pub fn starts_clause(self) -> bool {
        use Keyword::*;
        matches!(
            self,
            Parties
                | Term
                | Currency
                | Timezone
                | Calendar
                | Metric
                | Weights
                | Meeting
                | Review
                | Escalation
                | Disputes
                | Changes
                | Pay
                | Invoice
                | Trigger
                | Grant
                | Milestone
                | Survey
                | Report
                | Governance
                | Renewal
                | Termination
                | Exit
                | Survives
                | Law
                | Venue
                | Override
                | Remove
        )
    }

    /// Keywords that only ever start a top-level declaration. Seeing one at
    /// the start of a line inside an open block means a `}` was forgotten.
    pub fn starts_top_level_only(self) -> bool {
        use Keyword::*;
        matches!(
            self,
            Party
                | Partnership
                | Master
                | Template
                | Coordinate
                | Resource
                | Signal
                | Event
                | Amend
        )
    }
}

impl fmt::Display for Tok<'_> {
    /// How a token is named in a message: the user's words, never the
    /// parser's internal names.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(name) => write!(f, "`{name}`"),
            Tok::Keyword(kw) => write!(f, "`{}`", kw.text()),
            Tok::Number(n) => write!(f, "number `{n}`"),
            Tok::Percent(p) => write!(f, "percentage `{p}%`"),
            Tok::Date(d) => write!(f, "date `{d}`"),
            Tok::Time(t) => write!(f, "time `{}`", t.format("%H:%M")),
            Tok::Str(_) => write!(f, "a string"),
            Tok::Term => write!(f, "end of line"),
            Tok::Punct(p) => write!(f, "`{}`", p.text()),
        }
    }
}
