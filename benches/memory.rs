//! Live heap after each stage of `check` (issue 18): where the memory goes.
//!
//! `cargo bench --bench memory` counts every allocation through a global
//! allocator and prints, for the 10,000-partnership portfolio, the bytes
//! alive after each stage and the peak reached inside it. Peak RSS of the
//! real binary is `/usr/bin/time -f %M target/release/pact check FILE`.

#[path = "generate.rs"]
mod generate;

use pact::source::SourceMap;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static BLOCKS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        BLOCKS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        BLOCKS.fetch_sub(1, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

static CLOCK: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);

/// Prints the live heap now and the peak since the last report, and the
/// wall time since it (the counting costs a little).
fn report(stage: &str) {
    let now = std::time::Instant::now();
    let elapsed = CLOCK
        .lock()
        .ok()
        .and_then(|mut last| last.replace(now))
        .map_or(0.0, |last| (now - last).as_secs_f64());
    println!(
        "{stage:<28} {elapsed:>6.3} s, live {:>7.1} MB in {:>9} blocks, peak {:>7.1} MB",
        mb(LIVE.load(Ordering::Relaxed)),
        BLOCKS.load(Ordering::Relaxed),
        mb(PEAK.load(Ordering::Relaxed)),
    );
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
}

fn main() {
    let partnerships = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    let size = source.len();
    println!("{partnerships} partnerships, {:.1} MB of source", mb(size));
    report("generated");
    let mut sources = SourceMap::new();
    sources.add("portfolio.pact", source);
    report("source map");
    let mut diagnostics = Vec::new();
    let mut resolved = pact::resolve::resolve(&mut sources, &mut pact::NoImports, &mut diagnostics);
    report("parse + resolve");
    pact::lower::lower(&mut resolved, &mut diagnostics);
    report("expand + lower");
    diagnostics.append(&mut pact::link::link(&mut resolved.portfolio));
    report("link");
    diagnostics.append(&mut pact::check_model(&resolved.portfolio));
    report("checks");
    println!("{} diagnostics", diagnostics.len());
    drop(diagnostics);
    by_field(&mut resolved.portfolio);
    drop(resolved);
    report("model dropped");
}

/// The model's bytes by field of a partnership, measured by taking each
/// field out of every partnership in turn.
fn by_field(portfolio: &mut pact::ir::Portfolio) {
    macro_rules! take {
        ($($field:ident),*) => {$(
            let before = LIVE.load(Ordering::Relaxed);
            for p in &mut portfolio.partnerships {
                drop(std::mem::take(&mut p.$field));
            }
            println!("  {:<20} {:>7.1} MB", stringify!($field), mb(before - LIVE.load(Ordering::Relaxed)));
        )*};
    }
    take!(
        parties,
        metrics,
        weights,
        meetings,
        escalation,
        disputes,
        changes,
        payments,
        invoices,
        triggers,
        obligations,
        grants,
        milestones,
        surveys,
        reports,
        governance,
        renewal,
        exit,
        survives,
        renewed,
        origins,
        docs,
        calendar,
        name,
        doc
    );
    let before = LIVE.load(Ordering::Relaxed);
    portfolio.partnerships = Vec::new();
    println!(
        "  {:<20} {:>7.1} MB",
        "the rest",
        mb(before - LIVE.load(Ordering::Relaxed))
    );
    report("partnerships dropped");
}
