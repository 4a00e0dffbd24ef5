//! The document model that every page is built as before it becomes HTML
//! or Markdown: sections of paragraphs, lists, tables and figures, each
//! paragraph remembering the clause it speaks for.
//!
//! The wording modules (`prose/`, `portfolio/`) build this and never write
//! markup, so one sentence serves both formats and the page writers
//! (`page/`) are the only places that escape text.

use crate::diagnostics::Span;

/// A run of text inside a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    /// A name from the contract (`cost_change`, `go_live`).
    Code(String),
    /// A computed value the reader looks for: a date, an amount.
    Strong(String),
    /// A link to another page of the output (`Page.html#anchor`, without
    /// the extension: the writer adds the format's).
    Link {
        text: String,
        page: String,
        anchor: Option<String>,
    },
}

/// Inline content, built with a small fluent API.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text(pub Vec<Inline>);

impl Text {
    pub fn new() -> Text {
        Text(Vec::new())
    }
    pub fn plain(s: impl Into<String>) -> Text {
        Text::new().t(s)
    }
    /// Plain text.
    pub fn t(mut self, s: impl Into<String>) -> Text {
        let s = s.into();
        if let Some(Inline::Text(last)) = self.0.last_mut() {
            last.push_str(&s);
        } else if !s.is_empty() {
            self.0.push(Inline::Text(s));
        }
        self
    }
    /// A name of the contract.
    pub fn c(mut self, s: impl Into<String>) -> Text {
        self.0.push(Inline::Code(s.into()));
        self
    }
    /// A computed value.
    pub fn b(mut self, s: impl Into<String>) -> Text {
        self.0.push(Inline::Strong(s.into()));
        self
    }
    pub fn link(mut self, text: impl Into<String>, page: &str, anchor: Option<&str>) -> Text {
        self.0.push(Inline::Link {
            text: text.into(),
            page: page.to_string(),
            anchor: anchor.map(str::to_string),
        });
        self
    }
    pub fn append(mut self, other: Text) -> Text {
        for inline in other.0 {
            match inline {
                Inline::Text(s) => self = self.t(s),
                other => self.0.push(other),
            }
        }
        self
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The text without markup (for alternatives and titles).
    pub fn plain_text(&self) -> String {
        self.0
            .iter()
            .map(|i| match i {
                Inline::Text(s) | Inline::Code(s) | Inline::Strong(s) => s.as_str(),
                Inline::Link { text, .. } => text.as_str(),
            })
            .collect()
    }
}

/// A paragraph (or list item) and the clause it speaks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: Text,
    /// The clause, for the link to its source line.
    pub span: Option<Span>,
    /// The anchor of the paragraph, given once the page is complete.
    pub id: Option<String>,
}

impl Para {
    pub fn new(text: Text, span: Option<Span>) -> Para {
        Para {
            text,
            span,
            id: None,
        }
    }
}

/// A row of a table; rows that stand for a clause link to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Text>,
    pub span: Option<Span>,
    pub id: Option<String>,
}

impl Row {
    pub fn new(cells: Vec<Text>, span: Option<Span>) -> Row {
        Row {
            cells,
            span,
            id: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn new(caption: &str, head: &[&str]) -> Table {
        Table {
            caption: caption.to_string(),
            head: head.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }
    pub fn row(&mut self, cells: Vec<Text>, span: Option<Span>) {
        self.rows.push(Row::new(cells, span));
    }
    /// Whether any row links to a clause (the table then has a source column).
    pub fn has_sources(&self) -> bool {
        self.rows.iter().any(|r| r.span.is_some())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Warning,
    Error,
    Info,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Para),
    /// Prose from the author's doc comments, kept as written.
    Doc(String),
    List {
        ordered: bool,
        items: Vec<Para>,
    },
    Table(Table),
    /// A picture: inline SVG in HTML; Markdown shows `fallback` instead.
    Figure {
        svg: String,
        caption: String,
        fallback: Vec<Block>,
    },
    Note {
        tone: Tone,
        para: Para,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub id: String,
    pub blocks: Vec<Block>,
    /// Clauses the section speaks for besides its paragraphs' (a block's
    /// header line), so the fallback does not name them again.
    pub covers: Vec<Span>,
}

impl Section {
    pub fn new(title: &str, id: &str) -> Section {
        Section {
            title: title.to_string(),
            id: id.to_string(),
            blocks: Vec::new(),
            covers: Vec::new(),
        }
    }
    pub fn para(&mut self, text: Text, span: Span) {
        self.blocks.push(Block::Para(Para::new(text, Some(span))));
    }
    /// A list of paragraphs; nothing when empty.
    pub fn list(&mut self, ordered: bool, items: Vec<Para>) {
        if !items.is_empty() {
            self.blocks.push(Block::List { ordered, items });
        }
    }
    /// Every span the section speaks for.
    pub fn spans(&self) -> Vec<Span> {
        let mut out = self.covers.clone();
        for block in &self.blocks {
            match block {
                Block::Para(p) | Block::Note { para: p, .. } => out.extend(p.span),
                Block::List { items, .. } => out.extend(items.iter().filter_map(|p| p.span)),
                Block::Table(t) => out.extend(t.rows.iter().filter_map(|r| r.span)),
                Block::Doc(_) | Block::Figure { .. } => {}
            }
        }
        out
    }
}

/// One output page.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The page's file name without extension (`AcmeGlobex`, `index`).
    pub page: String,
    pub title: String,
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
    /// The file the page is about: links to other files name them.
    pub home: Option<crate::diagnostics::FileId>,
}

impl Document {
    /// Every paragraph and table of the page, for anchors and links.
    pub fn for_each_anchorable(&mut self, mut f: impl FnMut(&mut Option<String>, Option<Span>)) {
        let blocks = self
            .intro
            .iter_mut()
            .chain(self.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()));
        for block in blocks {
            match block {
                Block::Para(p) | Block::Note { para: p, .. } => f(&mut p.id, p.span),
                Block::List { items, .. } => {
                    for p in items {
                        f(&mut p.id, p.span);
                    }
                }
                Block::Table(t) => {
                    for r in &mut t.rows {
                        f(&mut r.id, r.span);
                    }
                }
                Block::Doc(_) | Block::Figure { .. } => {}
            }
        }
    }
}
