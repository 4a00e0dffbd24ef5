//! Every clause kind has words: a contract with one clause of each kind
//! (and each item of a pay block) is rendered, and each clause must be
//! spoken for by a paragraph of the section of its family.
//!
//! `family` matches every `ClauseKind` and every pay item without a
//! wildcard, so a kind added to the language does not compile here until
//! someone says which section words it; the test then fails until the
//! sentence exists. The dates and amounts asserted are worked out by hand
//! in the comments.

use super::amendments::History;
use super::{sections, Ctx};
use crate::diagnostics::Span;
use crate::render::doc::{Block, Section};
use crate::source::SourceMap;
use crate::syntax::ast::{ClauseKind, DeclKind, PayItem};
use crate::versions::Versioned;
use std::collections::{BTreeMap, BTreeSet};

/// The section that words a clause kind; `None` for what is not a clause
/// of its own (a template's `use` is worded through the clauses it brings,
/// and a clause that did not parse was reported).
fn family(kind: &ClauseKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        ClauseKind::Parties(_) => ("parties", "parties"),
        ClauseKind::Currency(_) => ("currency", "parties"),
        ClauseKind::Timezone(_) => ("timezone", "parties"),
        ClauseKind::Calendar(_) => ("calendar", "parties"),
        ClauseKind::Law(_) => ("law", "parties"),
        ClauseKind::Venue(_) => ("venue", "parties"),
        ClauseKind::Term(_) => ("term", "term"),
        ClauseKind::Renewal(_) => ("renewal", "term"),
        ClauseKind::Termination(_) => ("termination", "term"),
        ClauseKind::Exit(_) => ("exit", "term"),
        ClauseKind::Survives(_) => ("survives", "term"),
        ClauseKind::Metric(_) => ("metric", "performance"),
        ClauseKind::Weights(_) => ("weights", "performance"),
        ClauseKind::Health(_) => ("health", "performance"),
        ClauseKind::Meeting(_) => ("meeting", "meetings"),
        ClauseKind::Review(_) => ("review", "meetings"),
        ClauseKind::Survey(_) => ("survey", "meetings"),
        ClauseKind::Report(_) => ("report", "meetings"),
        ClauseKind::Escalation(_) => ("escalation", "governance"),
        ClauseKind::Disputes(_) => ("disputes", "governance"),
        ClauseKind::Governance(_) => ("governance", "governance"),
        ClauseKind::Changes(_) => ("changes", "changes"),
        ClauseKind::Pay(_) => ("pay", "money"),
        ClauseKind::Invoice(_) => ("invoice", "money"),
        ClauseKind::Trigger(_) => ("trigger", "duties"),
        ClauseKind::Obligation(_) => ("obligation", "duties"),
        ClauseKind::Grant(_) => ("grant", "duties"),
        ClauseKind::Milestone(_) => ("milestone", "milestones"),
        ClauseKind::Use(_) | ClauseKind::Error => return None,
    })
}

/// How many kinds `family` words: the contract below has each of them.
const KINDS: usize = 28;

/// The name and span of a pay item; `None` for one that did not parse.
fn pay_item(item: &PayItem) -> Option<(&'static str, Span)> {
    Some(match item {
        PayItem::Retainer { span, .. } => ("retainer", *span),
        PayItem::Invoice(i) => ("invoice", i.span),
        PayItem::Fee { span, .. } => ("fee", *span),
        PayItem::Bonus(b) => ("bonus", b.span),
        PayItem::SuccessFee { span, .. } => ("success fee", *span),
        PayItem::Penalty { span, .. } => ("penalty", *span),
        PayItem::EarlyBonus { span, .. } => ("early bonus", *span),
        PayItem::Share(s) => ("share", s.span),
        PayItem::Error => return None,
    })
}

const PAY_ITEMS: usize = 8;

const CONTRACT: &str = r#"//! Every clause kind, for the render coverage test.
party Acme "Acme Corp" { role ops capacity 40 hours per month; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
party Initech { role ops }
resource Data "Shared data" owned by Acme and Initech
signal savings: money
signal bonus_savings: money
signal cpi: percent
signal outage_hours: number
signal cost_change: percent
event accepted
event dispute_notice

partnership Deal {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency EUR
  timezone "Europe/Berlin"
  calendar weekdays mon-fri holidays 2026-12-25
  law "Germany"
  venue "Berlin"
  metric on_time: percent operational target >= 95%
  metric csat: percent relational target >= 80%
  weights {
    from start: operational 70%, relational 30%
  }
  health monthly
  meeting sync weekly on monday at 10:00 for 1 hour with Acme.ops, Globex.delivery
  meeting training on 2026-03-16 at 09:00 for 4 hours with Acme.rm, Globex.rm
  review qbr quarterly with Acme.sponsor, Globex.sponsor {
    adjust pricing when cost_change > 10%
  }
  escalation {
    minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours
    major when outage_hours > 4 handled by Acme.sponsor, Globex.sponsor within 1 week
  }
  disputes on dispute_notice {
    step talks by Acme.rm, Globex.rm within 10 business days
    step arbitration by neutral binding
  }
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% -> review by Acme.sponsor, Globex.sponsor within 10 business days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 10_000 EUR monthly indexed annually by cpi capped at 3% floor 0%
    fee 1_000 EUR per accepted
    bonus quality quarterly on on_time {
      tier good when on_time >= 95% pays 5% of retainer
    }
    success fee 2% of bonus_savings capped at 10_000 EUR per year
    penalty late on go_live 100 EUR per day capped at 5_000 EUR
    bonus early on go_live 200 EUR per day early capped at 4_000 EUR
    share 20% of savings up to 1_000_000 EUR, 30% above
  }
  pay Acme {
    retainer 3_000 EUR quarterly
    invoice quarterly in advance net 15 days
  }
  invoice monthly in arrears net 30 days
  trigger spike when cost_change > 15% {
    Globex must notify Acme.rm within 5 business days
  }
  grant Globex read Data for "analytics"
  Globex must not share Data
  milestone go_live by 2026-04-01 owner Globex
  survey pulse quarterly anonymous by Acme.rm
  report values quarterly by Globex "ethics"
  governance {
    tier ops Acme.ops, Globex.delivery decides day_to_day
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
    criteria on_time >= 90%
  }
  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }
  exit {
    notice 60 days
    transition 4 weeks {
      Globex must deliver documentation
    }
  }
  survives 2 years {
    Globex must not share Data
  }
}

amend Deal effective 2026-07-01 as major approved by Acme.sponsor, Globex.sponsor {
  override meeting sync weekly on tuesday at 10:00 for 1 hour with Acme.ops, Globex.delivery
  remove survey pulse
}
"#;

/// Every paragraph, list item and table row, one a line, without markup.
fn text_of(sections: &[Section]) -> String {
    let mut out = String::new();
    for s in sections {
        for block in &s.blocks {
            match block {
                Block::Para(p) | Block::Note { para: p, .. } => out.push_str(&p.text.plain_text()),
                Block::List { items, .. } => {
                    for p in items {
                        out.push_str(&p.text.plain_text());
                        out.push('\n');
                    }
                }
                Block::Table(t) => {
                    for r in &t.rows {
                        for c in &r.cells {
                            out.push_str(&c.plain_text());
                            out.push_str(" | ");
                        }
                        out.push('\n');
                    }
                }
                Block::Doc(d) => out.push_str(d),
                Block::Figure { caption, .. } => out.push_str(caption),
            }
            out.push('\n');
        }
    }
    out
}

fn overlaps(a: Span, b: Span) -> bool {
    a.file == b.file && a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
}

#[test]
fn every_clause_kind_and_pay_item_is_put_into_words() {
    let mut sources = SourceMap::new();
    let file = sources.add("deal.pact", CONTRACT);
    let versions = crate::analyse_versions(&mut sources, &mut crate::NoImports);
    let errors: Vec<_> = versions
        .original
        .diagnostics
        .iter()
        .filter(|d| d.is_error() || d.is_warning())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let history = History::new(
        Versioned::new(
            &versions.original.portfolio,
            &versions.amended,
            &versions.amendments,
        ),
        &versions.amendments,
    );
    let portfolio = &versions.original.portfolio;
    let p = portfolio.partnerships.first().expect("Deal");
    let pages = BTreeMap::new();
    let cx = Ctx::new(portfolio, p, &pages);
    let all = sections(&cx, CONTRACT, Some(&history));
    assert!(all.iter().all(|s| s.id != "other"), "{}", text_of(&all));

    let parsed = crate::syntax::parse(CONTRACT, file);
    let body = parsed
        .file
        .decls
        .iter()
        .find_map(|d| match &d.kind {
            DeclKind::Partnership(p) => Some(p),
            _ => None,
        })
        .expect("the partnership");
    let mut kinds = BTreeSet::new();
    let mut items = BTreeSet::new();
    for clause in &body.clauses {
        let Some((kind, id)) = family(&clause.kind) else {
            continue;
        };
        kinds.insert(kind);
        let section = all
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no section `{id}` for the {kind} clause"));
        // Clauses the model keeps without a span are checked by their words.
        if matches!(kind, "currency" | "timezone" | "calendar") {
            continue;
        }
        let spans = section.spans();
        assert!(
            spans.iter().any(|s| overlaps(*s, clause.span)),
            "the {kind} clause has no words in `{id}`"
        );
        if let ClauseKind::Pay(pay) = &clause.kind {
            for item in &pay.items {
                let Some((name, span)) = pay_item(item) else {
                    continue;
                };
                items.insert(name);
                assert!(
                    spans.iter().any(|s| overlaps(*s, span)),
                    "the pay item `{name}` has no words"
                );
            }
        }
    }
    assert_eq!(kinds.len(), KINDS, "the contract lacks a kind: {kinds:?}");
    assert_eq!(
        items.len(),
        PAY_ITEMS,
        "the contract lacks a pay item: {items:?}"
    );

    let text = text_of(&all);
    for expected in [
        // Parties: the time zone, the currency, the holidays.
        "Times of day are in the time zone Europe/Berlin.",
        "Amounts are in EUR.",
        "except the holidays 25 December 2026",
        // Joint owners.
        "owned by Acme and Initech",
        // The term: 2026-01-01 for 2 years ends 2027-12-31.
        "The term runs from 1 January 2026 to 31 December 2027",
        // 2027-12-31 - 90 days = 2027-10-02 (30 to 1 Dec, 60 to 1 Nov,
        // 90 to 2 Oct); - 60 days = 2027-11-01.
        "The renewal window opens on 2 October 2027",
        "the decision is due on 1 November 2027",
        "The contract renews by default only if on_time is at least 90% on the decision date; otherwise it expires.",
        // Notice: 60 days before the end, 2027-11-01.
        "by 1 November 2027 at the latest",
        // Transition: 2028-01-01 to 2027-12-31 + 4 weeks = 2028-01-28.
        "from 1 January 2028 to 28 January 2028",
        // Survival: 2027-12-31 + 2 years = 2029-12-31.
        "For 2 years after the term ends (until 31 December 2029",
        // Health monthly over 24 months: 24 periods, the first January.
        "Health is scored monthly, 24 times over the term (the first period from 1 January 2026 to 31 January 2026)",
        "The operational tier counts on_time.",
        // A one-off meeting.
        "meet once, on 16 March 2026 at 09:00 for 4 hours.",
        // Escalation criteria.
        "minor (when outage_hours is at most 4)",
        // Indexation at the first anniversary, 2027-01-01.
        "indexed at each anniversary of the term (the first on 1 January 2027)",
        "at most 3% and at least 0% a year",
        // Shares: the example is 1,500,000 (the last limit and half):
        // 20% of 1,000,000 = 200,000 and 30% of 500,000 = 150,000.
        "add up to 1,500,000 EUR in a contract year pay 350,000 EUR: 20% of 1,000,000 EUR is 200,000 EUR and 30% of 500,000 EUR is 150,000 EUR.",
        // Early delivery against the milestone's date.
        "for each whole day go live is fulfilled before its due date, 1 April 2026",
        // The payer of the second block, and its invoices.
        "Globex pays Acme:",
        // In advance: the first quarter's first day, 2026-01-01; net 15
        // days: 2026-01-16.
        "Invoices are issued quarterly, in advance",
        "the first retainer invoice is dated 1 January 2026 and due on 16 January 2026.",
        // The stand-alone invoice clause, for the block without its own:
        // in arrears, January's last day; + 30 days = 2 March 2026
        // (28 days to 28 February, 2 more).
        "Invoices are issued monthly, in arrears",
        "the first retainer invoice is dated 31 January 2026 and due on 2 March 2026.",
        // Surviving duties.
        "Globex must not share Data.",
        // A role named as the object of a duty.
        "Globex must notify Acme's rm within 5 business days",
        // The amendment: 2026-07-01; the sync moves to Tuesdays, first
        // Tuesday on or after 1 July 2026 is 7 July 2026.
        "Amendment 1 (version 2), in force from 1 July 2026, agreed as a major change and approved by Acme's sponsor and Globex's sponsor: it replaces the meeting sync and removes the survey pulse.",
        "meet every Tuesday at 10:00 for 1 hour",
        "from 1 July 2026 to the end of the term, the first on 7 July 2026",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

/// A transition duty's bare `within` counts from the transition's first
/// day, like the schedule: term 2026-01-01 to 2027-12-31, transition from
/// 2028-01-01, `within 30 days` -> 2028-01-01 + 30 = 31 January 2028 (it
/// was dated from the term start: 31 January 2026).
#[test]
fn a_transition_duty_counts_from_the_transition() {
    const DEAL: &str = r#"
party Acme { role ops }
party Globex { role delivery }
partnership T {
  parties Acme as client, Globex as provider
  term 2026-01-01 to 2027-12-31
  exit {
    transition 3 months {
      Globex must complete knowledge_transfer within 30 days
    }
  }
}
"#;
    let mut sources = SourceMap::new();
    sources.add("t.pact", DEAL);
    let versions = crate::analyse_versions(&mut sources, &mut crate::NoImports);
    let portfolio = &versions.original.portfolio;
    let p = portfolio.partnerships.first().expect("T");
    let pages = BTreeMap::new();
    let cx = Ctx::new(portfolio, p, &pages);
    let text = text_of(&sections(&cx, DEAL, None));
    assert!(
        text.contains("within 30 days of the transition's start, by 31 January 2028"),
        "{text}"
    );
}
