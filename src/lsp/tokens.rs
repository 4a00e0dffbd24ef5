//! Semantic tokens (full document): every name the index knows, typed by
//! what it resolves to — a party, a role, a signal, a milestone — so an
//! editor can colour `Acme.ops` as a party and its role, and leave free
//! words (`knowledge_transfer`) alone. Keywords, numbers, strings and
//! comments are the TextMate grammar's business (`editors/`), so only
//! names are sent: cheap, since the index and the tables already exist.

use super::index::{Sym, What};
use super::server::Context;
use super::workspace::Snapshot;
use lsp_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensLegend,
    SemanticTokensParams, SemanticTokensResult,
};

/// The token types, in legend order (a token's type is its index here).
const TYPES: [SemanticTokenType; 11] = [
    SemanticTokenType::NAMESPACE,   // party
    SemanticTokenType::PROPERTY,    // role
    SemanticTokenType::VARIABLE,    // signal, label
    SemanticTokenType::EVENT,       // event
    SemanticTokenType::STRUCT,      // resource
    SemanticTokenType::CLASS,       // partnership, master, coordination
    SemanticTokenType::FUNCTION,    // template
    SemanticTokenType::PARAMETER,   // template parameter
    SemanticTokenType::ENUM_MEMBER, // milestone
    SemanticTokenType::TYPE,        // metric
    SemanticTokenType::METHOD,      // meeting, review
];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: vec![SemanticTokenModifier::DECLARATION],
    }
}

fn type_of(sym: &Sym) -> u32 {
    match sym {
        Sym::Party(_) => 0,
        Sym::Role(..) => 1,
        Sym::Signal(_) | Sym::Label(..) => 2,
        Sym::Event(_) => 3,
        Sym::Resource(_) => 4,
        Sym::Partnership(_) | Sym::Master(_) | Sym::Coordination(_) | Sym::Module(_) => 5,
        Sym::Template(_) => 6,
        Sym::Param(..) => 7,
        Sym::Milestone(..) => 8,
        Sym::Metric(..) => 9,
        Sym::Meeting(..) => 10,
    }
}

pub fn full(
    snapshot: &Snapshot,
    context: &Context,
    params: &SemanticTokensParams,
) -> Option<SemanticTokensResult> {
    let file = snapshot.file_of(&params.text_document.uri)?;
    let info = snapshot.file(file)?;
    let tables = snapshot.tables();
    let mut found: Vec<(u32, u32, u32, u32, u32)> = Vec::new();
    for occ in &info.index.occs {
        let Some(sym) = tables.resolve(&info.index, occ).into_iter().next() else {
            continue;
        };
        let range = super::diagnostics::range(snapshot, occ.span, context.encoding);
        if range.start.line != range.end.line || range.end.character <= range.start.character {
            continue;
        }
        let declaration = u32::from(matches!(occ.what, What::Def(_)));
        found.push((
            range.start.line,
            range.start.character,
            range.end.character - range.start.character,
            type_of(&sym),
            declaration,
        ));
    }
    found.sort_unstable();
    found.dedup_by_key(|t| (t.0, t.1));
    let mut data = Vec::with_capacity(found.len());
    let (mut line, mut start) = (0, 0);
    for (l, s, length, token_type, modifiers) in found {
        let delta_start = if l == line { s - start } else { s };
        data.push(SemanticToken {
            delta_line: l - line,
            delta_start,
            length,
            token_type,
            token_modifiers_bitset: modifiers,
        });
        (line, start) = (l, s);
    }
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data,
    }))
}
