//! The communication matrix: who meets whom, how often and where. A table
//! of party pairs (each meeting between two parties' people listed with
//! its cadence) and, for a small portfolio, the same as a party-by-party
//! grid.

use crate::ir::{Actor, Portfolio};
use crate::render::doc::{Block, Para, Section, Table, Text};
use crate::render::words;
use std::collections::{BTreeMap, BTreeSet};

/// Parties up to which the grid is drawn (beyond, it would not be read).
const GRID_LIMIT: usize = 10;

pub fn section(portfolio: &Portfolio, pages: &BTreeMap<String, String>) -> Option<Section> {
    // (party a, party b) with a < b → meetings as text.
    let mut pairs: BTreeMap<(usize, usize), Vec<Text>> = BTreeMap::new();
    let mut involved: BTreeSet<usize> = BTreeSet::new();
    let mut channels = false;
    let mut partnerships: Vec<&crate::ir::Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    for p in partnerships {
        for m in &p.meetings {
            let parties: BTreeSet<usize> = m
                .participants
                .iter()
                .filter_map(|a| match a.actor {
                    Actor::Party(x) | Actor::Role(x, _) => Some(x),
                    Actor::Neutral => None,
                })
                .collect();
            let start = p.term.map(|t| t.start);
            let mut what = Text::new()
                .b(words::spoken(&m.name))
                .t(format!(" ({}", words::cadence(&m.cadence, start)));
            if let Some(length) = &m.length {
                what = what.t(format!(", {}", words::duration(length)));
            }
            if let Some(channel) = &m.channel {
                channels = true;
                what = what.t(format!(", via {channel}"));
            }
            what = what.t(", in ");
            what = match pages.get(&p.name) {
                Some(page) => what.link(p.name.clone(), page, Some("meetings")),
                None => what.t(p.name.clone()),
            };
            what = what.t(")");
            let list: Vec<usize> = parties.iter().copied().collect();
            for (i, a) in list.iter().enumerate() {
                involved.insert(*a);
                for b in list.iter().skip(i + 1) {
                    pairs.entry((*a, *b)).or_default().push(what.clone());
                }
            }
            if list.len() == 1 {
                if let Some(a) = list.first() {
                    pairs.entry((*a, *a)).or_default().push(what.clone());
                }
            }
        }
    }
    if pairs.is_empty() {
        return None;
    }
    let mut s = Section::new("Who meets whom", "communication");
    let how = if channels {
        "Every recurring meeting between the parties' people, by pair of parties, with its channel where it names one."
    } else {
        "Every recurring meeting between the parties' people, by pair of parties. No meeting names its channel (in person, video or phone)."
    };
    s.blocks
        .push(Block::Para(Para::new(Text::plain(how), None)));
    let name = |p: usize| words::party_name(portfolio, p);
    if involved.len() <= GRID_LIMIT {
        let list: Vec<usize> = involved.iter().copied().collect();
        let names: Vec<String> = list.iter().map(|p| name(*p)).collect();
        let mut head: Vec<&str> = vec!["party"];
        head.extend(names.iter().map(String::as_str));
        let mut grid = Table::new("Meetings per pair of parties (count)", &head);
        for a in &list {
            let mut cells = vec![Text::plain(name(*a))];
            for b in &list {
                let key = if a <= b { (*a, *b) } else { (*b, *a) };
                let count = pairs.get(&key).map_or(0, Vec::len);
                cells.push(if count == 0 {
                    Text::plain("—")
                } else {
                    Text::new().b(count.to_string())
                });
            }
            grid.row(cells, None);
        }
        s.blocks.push(Block::Table(grid));
    }
    let mut table = Table::new("Meetings by pair of parties", &["between", "meetings"]);
    for ((a, b), meetings) in pairs {
        let between = if a == b {
            format!("{} (internal)", name(a))
        } else {
            format!("{} and {}", name(a), name(b))
        };
        let mut cell = Text::new();
        for (i, m) in meetings.into_iter().enumerate() {
            if i > 0 {
                cell = cell.t("; ");
            }
            cell = cell.append(m);
        }
        table.row(vec![Text::plain(between), cell], None);
    }
    s.blocks.push(Block::Table(table));
    Some(s)
}
