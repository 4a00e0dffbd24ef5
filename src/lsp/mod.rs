//! `pact lsp`: a language server on top of the compiler (design §11).
//!
//! A thin layer: every answer comes from the library's own entry points —
//! [`crate::analyse`] for diagnostics and the checked model, the syntax
//! tree for names and the outline, [`crate::fmt`] for formatting,
//! `check::portfolio::monthly_load` for a role's load — and the modules
//! here only find what is under the cursor and translate to the protocol.
//! One concern a module:
//!
//! | module | what |
//! |---|---|
//! | `transport` | `Content-Length` framing over stdio; malformed messages are logged and skipped |
//! | `server` | the handshake and the main loop; `catch_unwind` around each request |
//! | `workspace` | the portfolio's files, open buffers over disk, the parse cache, the analysis ([`Disk`] is the file system) |
//! | `position` | byte offsets ⇄ LSP positions (UTF-16, or UTF-8 when the client offers it), clamped |
//! | `uri` | paths ⇄ `file://` URIs |
//! | `incremental`, `reach` | the analysis kept between edits; what an edit changed and which partnerships the checks must see again |
//! | `index`, `tables` | names in each file, and what they resolve to across the workspace |
//! | `diagnostics` | publishing, with related information and `pact explain` links |
//! | `hover`, `navigate`, `completion`, `format`, `symbols`, `actions`, `tokens` | the requests |
//!
//! Unlike the rest of the library, the server talks to a client; it still
//! never touches the file system itself: [`Disk`] does, implemented by the
//! `pact` binary with the same rules as `pact check`.

// `lsp_types::Uri` hashes and compares by its text, and the protocol's
// `WorkspaceEdit` is a map keyed by it: clippy's guess that the key could
// change under the map is wrong here.
#![allow(clippy::mutable_key_type)]

mod actions;
mod completion;
mod diagnostics;
mod format;
mod hover;
mod incremental;
mod index;
mod navigate;
mod position;
mod reach;
mod server;
mod symbols;
mod tables;
mod tokens;
pub mod transport;
mod uri;
mod workspace;

pub use server::serve;
pub use workspace::{Disk, MemoryDisk};

#[cfg(test)]
mod tests;
