//! Unit tests of the interval engine, hand-picked and randomised.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use super::*;

/// Test-only decimal literal.
fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn cmp(var: &str, op: Op, value: &str) -> Formula {
    Formula::cmp(var, op, d(value))
}

fn and(fs: Vec<Formula>) -> Formula {
    Formula::And(fs)
}

fn or(fs: Vec<Formula>) -> Formula {
    Formula::Or(fs)
}

fn not(f: Formula) -> Formula {
    Formula::Not(Box::new(f))
}

fn pct(v: Decimal) -> String {
    format!("{v}%")
}

fn plain(v: Decimal) -> String {
    v.to_string()
}

fn open_open(lo: &str, hi: &str) -> Interval {
    Interval::new(Some(Bound::open(d(lo))), Some(Bound::open(d(hi))))
}

fn open_closed(lo: &str, hi: &str) -> Interval {
    Interval::new(Some(Bound::open(d(lo))), Some(Bound::closed(d(hi))))
}

fn closed_open(lo: &str, hi: &str) -> Interval {
    Interval::new(Some(Bound::closed(d(lo))), Some(Bound::open(d(hi))))
}

fn closed_closed(lo: &str, hi: &str) -> Interval {
    Interval::new(Some(Bound::closed(d(lo))), Some(Bound::closed(d(hi))))
}

fn set(pieces: Vec<Interval>) -> IntervalSet {
    IntervalSet::from_intervals(pieces)
}

/// The change levels of the design's example contract.
fn design_levels() -> Vec<Formula> {
    vec![
        cmp("cost_change", Op::Le, "5"),
        and(vec![
            cmp("cost_change", Op::Gt, "5"),
            cmp("cost_change", Op::Le, "15"),
        ]),
        cmp("cost_change", Op::Gt, "15"),
    ]
}

#[test]
fn op_negate_and_flip_are_involutions() {
    for op in [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne] {
        assert_eq!(op.negate().negate(), op);
        assert_eq!(op.flip().flip(), op);
        for (x, c) in [("4", "5"), ("5", "5"), ("6", "5")] {
            assert_eq!(op.negate().holds(d(x), d(c)), !op.holds(d(x), d(c)));
            assert_eq!(op.flip().holds(d(c), d(x)), op.holds(d(x), d(c)));
        }
    }
    assert_eq!(Op::Le.to_string(), "<=");
}

#[test]
fn from_cmp_matches_the_operator() {
    for op in [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne] {
        let s = IntervalSet::from_cmp(op, d("5"));
        for x in ["-100", "4.99", "5", "5.0", "5.01", "100"] {
            assert_eq!(s.contains(d(x)), op.holds(d(x), d("5")), "{op} {x}");
        }
    }
    assert_eq!(IntervalSet::from_cmp(Op::Ne, d("3")).intervals().len(), 2);
}

#[test]
fn union_merges_touching_intervals_only_when_the_point_is_covered() {
    // (1,2] ∪ (2,3) = (1,3)
    let merged = set(vec![open_closed("1", "2"), open_open("2", "3")]);
    assert_eq!(merged, set(vec![open_open("1", "3")]));
    assert_eq!(merged.intervals().len(), 1);
    // [1,2) ∪ (2,3) stays two pieces
    let split = set(vec![closed_open("1", "2"), open_open("2", "3")]);
    assert_eq!(split.intervals().len(), 2);
    assert!(!split.contains(d("2")));
    // [1,2) ∪ [2,3) = [1,3)
    let joined = set(vec![closed_open("2", "3"), closed_open("1", "2")]);
    assert_eq!(joined, set(vec![closed_open("1", "3")]));
    // overlapping, nested, unbounded, empty pieces
    let s = IntervalSet::from_cmp(Op::Lt, d("0"))
        .union(&set(vec![closed_closed("-5", "5"), open_open("1", "2")]))
        .union(&set(vec![open_open("7", "7")]));
    assert_eq!(s, IntervalSet::from_cmp(Op::Le, d("5")));
    // a point filling a hole
    let holey = IntervalSet::from_cmp(Op::Ne, d("5"));
    assert!(holey.union(&IntervalSet::point(d("5"))).is_all());
    // scale does not matter
    assert_eq!(
        set(vec![open_closed("1", "2.0"), open_open("2", "3")]),
        set(vec![open_open("1.00", "3")])
    );
}

#[test]
fn intersect_complement_and_subset() {
    let a = IntervalSet::from_cmp(Op::Gt, d("15"));
    let b = IntervalSet::from_cmp(Op::Le, d("20"));
    assert_eq!(a.intersect(&b), set(vec![open_closed("15", "20")]));
    assert!(a
        .intersect(&IntervalSet::from_cmp(Op::Le, d("15")))
        .is_empty());
    assert_eq!(
        IntervalSet::from_cmp(Op::Ge, d("5")).intersect(&IntervalSet::from_cmp(Op::Le, d("5"))),
        IntervalSet::point(d("5"))
    );

    assert!(IntervalSet::empty().complement().is_all());
    assert!(IntervalSet::all().complement().is_empty());
    assert_eq!(
        IntervalSet::point(d("3")).complement(),
        IntervalSet::from_cmp(Op::Ne, d("3"))
    );
    assert_eq!(a.complement(), IntervalSet::from_cmp(Op::Le, d("15")));
    let mixed = set(vec![
        closed_open("1", "2"),
        Interval::point(d("4")),
        open_closed("6", "8"),
    ]);
    assert_eq!(mixed.complement().complement(), mixed);
    assert_eq!(
        mixed.complement(),
        set(vec![
            Interval::new(None, Some(Bound::open(d("1")))),
            closed_open("2", "4"),
            open_closed("4", "6"),
            Interval::new(Some(Bound::open(d("8"))), None),
        ])
    );
    assert!(mixed.union(&mixed.complement()).is_all());

    assert!(set(vec![open_closed("15", "20")]).is_subset(&a));
    assert!(!b.is_subset(&a));
    assert!(IntervalSet::empty().is_subset(&IntervalSet::empty()));
    assert!(IntervalSet::from_cmp(Op::Le, d("1")).is_subset(&IntervalSet::from_cmp(Op::Le, d("2"))));
}

#[test]
fn witnesses_read_well() {
    let w = |i: Interval| set(vec![i]).witness();
    assert_eq!(w(Interval::point(d("5.50"))), Some(d("5.5")));
    assert_eq!(w(open_open("5", "15")), Some(d("10")));
    assert_eq!(w(open_closed("15", "20")), Some(d("20")));
    assert_eq!(w(closed_open("15", "20")), Some(d("15")));
    assert_eq!(w(closed_closed("4.99", "10")), Some(d("10")));
    assert_eq!(w(closed_closed("5", "10")), Some(d("5")));
    assert_eq!(w(open_open("1", "2")), Some(d("1.5")));
    assert_eq!(w(open_open("0", "1")), Some(d("0.5")));
    assert_eq!(w(open_open("5", "100")), Some(d("52")));
    assert_eq!(w(open_open("1", "2.0001")), Some(d("2")));
    assert_eq!(w(open_open("0.1", "0.2")), Some(d("0.15")));
    assert_eq!(w(open_open("-3", "3")), Some(d("0")));
    assert_eq!(
        IntervalSet::from_cmp(Op::Gt, d("15")).witness(),
        Some(d("16"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Gt, d("15.5")).witness(),
        Some(d("16"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Gt, d("-0.5")).witness(),
        Some(d("0"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Ge, d("15.3")).witness(),
        Some(d("15.3"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Lt, d("5")).witness(),
        Some(d("4"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Lt, d("-4.5")).witness(),
        Some(d("-5"))
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Le, d("5")).witness(),
        Some(d("5"))
    );
    assert_eq!(IntervalSet::all().witness(), Some(Decimal::ZERO));
    assert_eq!(IntervalSet::empty().witness(), None);
    // Several pieces: fewest decimal places, leftmost on a tie.
    assert_eq!(
        set(vec![open_open("0.1", "0.2"), open_open("5", "7")]).witness(),
        Some(d("6"))
    );
    assert_eq!(
        set(vec![
            Interval::new(None, Some(Bound::open(d("5")))),
            Interval::new(Some(Bound::open(d("10"))), None),
        ])
        .witness(),
        Some(d("4"))
    );
    // Nothing representable beyond the largest decimal, and no panic.
    assert_eq!(IntervalSet::from_cmp(Op::Gt, Decimal::MAX).witness(), None);
    assert_eq!(IntervalSet::from_cmp(Op::Lt, Decimal::MIN).witness(), None);
    // No decimal lies strictly between two neighbours at full precision.
    assert_eq!(
        set(vec![open_open(
            "79228162514264337593543950334",
            "79228162514264337593543950335"
        )])
        .witness(),
        None
    );
    // The midpoint is found even when the sum of the ends overflows.
    assert_eq!(
        set(vec![open_open(
            "79228162514264337593543950325",
            "79228162514264337593543950335"
        )])
        .witness(),
        Some(d("79228162514264337593543950330"))
    );
    let huge = set(vec![Interval::new(
        Some(Bound::open(Decimal::MIN)),
        Some(Bound::open(Decimal::MAX)),
    )]);
    assert_eq!(huge.witness(), Some(Decimal::ZERO));
    // A witness always lies in its set.
    let tiny = d("0.0000000000000000000000000001");
    let narrow = set(vec![Interval::new(
        Some(Bound::open(Decimal::ZERO)),
        Some(Bound::open(tiny)),
    )]);
    assert_eq!(narrow.witness(), None);
}

#[test]
fn describe_renders_conditions() {
    let p = &pct;
    assert_eq!(IntervalSet::point(d("5")).describe("x", p), "x = 5%");
    assert_eq!(
        set(vec![open_closed("15", "20")]).describe("x", p),
        "x in (15%, 20%]"
    );
    assert_eq!(
        set(vec![closed_open("15", "20")]).describe("x", p),
        "x in [15%, 20%)"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Gt, d("15")).describe("x", p),
        "x > 15%"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Ge, d("15")).describe("x", p),
        "x >= 15%"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Le, d("5")).describe("x", p),
        "x <= 5%"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Lt, d("5")).describe("x", p),
        "x < 5%"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Lt, d("5"))
            .union(&IntervalSet::from_cmp(Op::Gt, d("10")))
            .describe("x", p),
        "x < 5% or x > 10%"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Ne, d("3")).describe("x", &plain),
        "x != 3"
    );
    assert_eq!(
        set(vec![Interval::point(d("1")), open_open("2", "3")]).describe("x", &plain),
        "x = 1 or x in (2, 3)"
    );
    assert_eq!(IntervalSet::all().describe("x", p), "any value of x");
    assert_eq!(IntervalSet::empty().describe("x", p), "no value of x");
    assert_eq!(
        set(vec![open_closed("15", "20"), Interval::point(d("25"))]).to_string(),
        "(15, 20] ∪ {25}"
    );
    assert_eq!(
        IntervalSet::from_cmp(Op::Ne, d("3")).to_string(),
        "(-inf, 3) ∪ (3, +inf)"
    );
    assert_eq!(IntervalSet::empty().to_string(), "∅");
}

#[test]
fn design_change_levels_neither_overlap_nor_leave_a_gap() {
    let levels = design_levels();
    for (i, a) in levels.iter().enumerate() {
        for b in levels.iter().skip(i + 1) {
            assert_eq!(overlap(a, b), Ok(None));
        }
    }
    assert_eq!(gaps(&levels), Ok(None));
    for level in &levels {
        assert_eq!(satisfiable(level), Verdict::Sometimes);
    }
}

#[test]
fn a_missing_range_is_a_gap_with_a_witness() {
    let levels = vec![
        cmp("cost_change", Op::Le, "5"),
        and(vec![
            cmp("cost_change", Op::Gt, "5"),
            cmp("cost_change", Op::Le, "15"),
        ]),
        cmp("cost_change", Op::Gt, "20"),
    ];
    let (var, gap) = gaps(&levels).unwrap().unwrap();
    assert_eq!(var, "cost_change");
    assert_eq!(gap, set(vec![open_closed("15", "20")]));
    assert_eq!(gap.witness(), Some(d("20")));
    assert_eq!(gap.describe(&var, &pct), "cost_change in (15%, 20%]");
}

#[test]
fn strict_comparisons_on_both_sides_leave_the_point() {
    let levels = vec![
        cmp("cost_change", Op::Lt, "5"),
        cmp("cost_change", Op::Gt, "5"),
    ];
    let (var, gap) = gaps(&levels).unwrap().unwrap();
    assert_eq!(gap, IntervalSet::point(d("5")));
    assert_eq!(gap.witness(), Some(d("5")));
    assert_eq!(gap.describe(&var, &pct), "cost_change = 5%");
    assert_eq!(overlap(&levels[0], &levels[1]), Ok(None));
}

#[test]
fn overlapping_levels_give_the_shared_interval() {
    let significant = cmp("scope_change", Op::Gt, "15");
    let fundamental = cmp("scope_change", Op::Le, "20");
    let w = overlap(&significant, &fundamental).unwrap().unwrap();
    let (var, shared) = w.set.clone().unwrap();
    assert_eq!(var, "scope_change");
    assert_eq!(shared, set(vec![open_closed("15", "20")]));
    assert_eq!(shared.describe(&var, &pct), "scope_change in (15%, 20%]");
    assert_eq!(
        w.values,
        BTreeMap::from([("scope_change".to_owned(), d("20"))])
    );
    assert_eq!(
        evaluate(&and(vec![significant, fundamental]), &w.values),
        Some(true)
    );
}

#[test]
fn contradictions_never_hold() {
    let f = and(vec![cmp("x", Op::Gt, "10"), cmp("x", Op::Lt, "5")]);
    assert_eq!(satisfiable(&f), Verdict::Never);
    assert_eq!(can_hold(&f), Ok(false));
    assert_eq!(witness(&f), Ok(None));
    assert_eq!(to_dnf(&f), Ok(vec![]));

    let multi = and(vec![
        cmp("x", Op::Gt, "10"),
        cmp("y", Op::Lt, "3"),
        cmp("x", Op::Lt, "5"),
    ]);
    assert_eq!(satisfiable(&multi), Verdict::Never);

    let de_morgan = and(vec![
        or(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]),
        not(cmp("x", Op::Gt, "5")),
        not(cmp("y", Op::Gt, "5")),
    ]);
    assert_eq!(satisfiable(&de_morgan), Verdict::Never);
    assert_eq!(satisfiable(&Formula::False), Verdict::Never);
    assert_eq!(satisfiable(&Formula::Or(vec![])), Verdict::Never);
    assert_eq!(
        satisfiable(&and(vec![cmp("x", Op::Eq, "3"), cmp("x", Op::Ne, "3")])),
        Verdict::Never
    );
}

#[test]
fn always_and_sometimes() {
    let f = or(vec![cmp("x", Op::Gt, "5"), cmp("x", Op::Le, "5")]);
    assert_eq!(satisfiable(&f), Verdict::Always);
    let g = or(vec![cmp("x", Op::Gt, "5"), cmp("x", Op::Lt, "5")]);
    assert_eq!(satisfiable(&g), Verdict::Sometimes);
    let h = or(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]);
    assert_eq!(satisfiable(&h), Verdict::Sometimes);
    let excluded_middle = or(vec![
        and(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]),
        cmp("x", Op::Le, "5"),
        cmp("y", Op::Le, "5"),
    ]);
    assert_eq!(satisfiable(&excluded_middle), Verdict::Always);
    assert_eq!(satisfiable(&Formula::True), Verdict::Always);
    assert_eq!(satisfiable(&Formula::And(vec![])), Verdict::Always);
    assert_eq!(can_hold(&h), Ok(true));
}

#[test]
fn negation_flips_the_operator() {
    let f = not(cmp("x", Op::Gt, "5"));
    assert_eq!(set_of(&f, "x"), Ok(IntervalSet::from_cmp(Op::Le, d("5"))));
    assert_eq!(
        to_dnf(&f),
        Ok(vec![Region::single(
            "x",
            IntervalSet::from_cmp(Op::Le, d("5"))
        )])
    );
    assert_eq!(
        set_of(&not(cmp("x", Op::Eq, "5")), "x"),
        Ok(IntervalSet::from_cmp(Op::Ne, d("5")))
    );
    assert_eq!(
        set_of(&not(not(cmp("x", Op::Ne, "5"))), "x"),
        Ok(IntervalSet::from_cmp(Op::Ne, d("5")))
    );
    // not (x > 5 and y < 3) = x <= 5 or y >= 3
    let g = not(and(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Lt, "3")]));
    let terms = to_dnf(&g).unwrap();
    assert_eq!(
        terms,
        vec![
            Region::single("x", IntervalSet::from_cmp(Op::Le, d("5"))),
            Region::single("y", IntervalSet::from_cmp(Op::Ge, d("3"))),
        ]
    );
    // not (x < 1 or x > 2) = 1 <= x <= 2
    let h = not(or(vec![cmp("x", Op::Lt, "1"), cmp("x", Op::Gt, "2")]));
    assert_eq!(
        to_dnf(&h),
        Ok(vec![Region::single(
            "x",
            set(vec![closed_closed("1", "2")])
        )])
    );
}

#[test]
fn not_equal_in_gap_and_overlap_analysis() {
    let ne = cmp("x", Op::Ne, "3");
    let (var, gap) = gaps(std::slice::from_ref(&ne)).unwrap().unwrap();
    assert_eq!(gap, IntervalSet::point(d("3")));
    assert_eq!(gap.describe(&var, &plain), "x = 3");
    assert_eq!(gaps(&[ne.clone(), cmp("x", Op::Eq, "3")]), Ok(None));
    let (_, gap) = gaps(&[cmp("x", Op::Eq, "3")]).unwrap().unwrap();
    assert_eq!(gap, IntervalSet::from_cmp(Op::Ne, d("3")));
    assert_eq!(gap.describe("x", &plain), "x != 3");
    assert_eq!(gap.witness(), Some(d("2")));

    let w = overlap(&ne, &cmp("x", Op::Ge, "3")).unwrap().unwrap();
    let (_, shared) = w.set.unwrap();
    assert_eq!(shared, IntervalSet::from_cmp(Op::Gt, d("3")));
    assert_eq!(w.values.get("x"), Some(&d("4")));
    assert_eq!(overlap(&ne, &cmp("x", Op::Eq, "3")), Ok(None));
    assert_eq!(satisfiable(&ne), Verdict::Sometimes);
}

#[test]
fn opaque_conditions_cannot_be_analysed() {
    let opaque = Formula::Opaque;
    let mixed = and(vec![cmp("x", Op::Gt, "5"), Formula::Opaque]);
    let hidden = and(vec![Formula::False, not(Formula::Opaque)]);
    for f in [&opaque, &mixed, &hidden] {
        assert_eq!(
            satisfiable(f),
            Verdict::CannotAnalyse(CannotAnalyse::Opaque)
        );
        assert_eq!(to_dnf(f), Err(CannotAnalyse::Opaque));
        assert_eq!(witness(f), Err(CannotAnalyse::Opaque));
        assert_eq!(can_hold(f), Err(CannotAnalyse::Opaque));
        assert_eq!(set_of(f, "x"), Err(CannotAnalyse::Opaque));
        assert_eq!(
            overlap(f, &cmp("x", Op::Lt, "1")),
            Err(CannotAnalyse::Opaque)
        );
        assert_eq!(
            gaps(&[cmp("x", Op::Lt, "1"), f.clone()]),
            Err(CannotAnalyse::Opaque)
        );
        assert_eq!(
            evaluate(f, &BTreeMap::from([("x".to_owned(), d("6"))])),
            None
        );
    }
    assert!(!CannotAnalyse::Opaque.to_string().is_empty());
}

#[test]
fn gaps_need_one_variable() {
    let levels = vec![cmp("x", Op::Le, "5"), cmp("y", Op::Gt, "5")];
    assert_eq!(gaps(&levels), Err(CannotAnalyse::NotSingleVariable));
    let mixed = vec![and(vec![cmp("x", Op::Le, "5"), cmp("y", Op::Gt, "5")])];
    assert_eq!(gaps(&mixed), Err(CannotAnalyse::NotSingleVariable));
    assert_eq!(
        set_of(&mixed[0], "x"),
        Err(CannotAnalyse::NotSingleVariable)
    );
    // Constant levels are allowed beside one variable.
    assert_eq!(gaps(&[cmp("x", Op::Le, "5"), Formula::True]), Ok(None));
    let (var, gap) = gaps(&[cmp("x", Op::Le, "5"), Formula::False])
        .unwrap()
        .unwrap();
    assert_eq!(
        (var.as_str(), gap),
        ("x", IntervalSet::from_cmp(Op::Gt, d("5")))
    );
    // No variable at all: fine if covered, otherwise nothing to name.
    assert_eq!(gaps(&[Formula::True]), Ok(None));
    assert_eq!(
        gaps(&[Formula::False]),
        Err(CannotAnalyse::NotSingleVariable)
    );
    assert_eq!(gaps(&[]), Err(CannotAnalyse::NotSingleVariable));
    assert_eq!(gaps_within(&[], &IntervalSet::empty()), Ok(None));
}

#[test]
fn gaps_within_a_declared_range() {
    let range = set(vec![closed_closed("0", "100")]);
    assert_eq!(gaps_within(&design_levels(), &range), Ok(None));
    let (_, gap) = gaps_within(&[cmp("defects", Op::Ge, "10")], &range)
        .unwrap()
        .unwrap();
    assert_eq!(gap, set(vec![closed_open("0", "10")]));
    assert_eq!(gap.witness(), Some(d("0")));
    assert_eq!(gap.describe("defects", &pct), "defects in [0%, 10%)");
    // Negative values only matter without a range.
    let levels = vec![and(vec![cmp("x", Op::Ge, "0"), cmp("x", Op::Le, "100")])];
    assert_eq!(gaps_within(&levels, &range), Ok(None));
    let (_, gap) = gaps(&levels).unwrap().unwrap();
    assert_eq!(gap.describe("x", &pct), "x < 0% or x > 100%");
    assert_eq!(gap.witness(), Some(d("-1")));
}

#[test]
fn multi_variable_overlap_gives_an_assignment() {
    let a = and(vec![
        cmp("cost_change", Op::Gt, "5"),
        cmp("scope_change", Op::Le, "10"),
    ]);
    let b = or(vec![
        cmp("cost_change", Op::Gt, "15"),
        cmp("scope_change", Op::Eq, "2.5"),
    ]);
    let w = overlap(&a, &b).unwrap().unwrap();
    assert_eq!(w.set, None);
    assert_eq!(evaluate(&a, &w.values), Some(true));
    assert_eq!(evaluate(&b, &w.values), Some(true));
    let c = and(vec![
        cmp("cost_change", Op::Le, "5"),
        cmp("market", Op::Gt, "0"),
    ]);
    assert_eq!(overlap(&a, &c), Ok(None));
    let terms = to_dnf(&and(vec![a.clone(), b.clone()])).unwrap();
    assert_eq!(terms.len(), 2);
    let described = terms[0].describe(&|_, v| pct(v));
    assert_eq!(described, "cost_change > 15% and scope_change <= 10%");
    assert_eq!(Region::all().describe(&|_, v| pct(v)), "any values");
    // A condition free of one variable leaves it out of the assignment.
    let w = witness(&or(vec![
        cmp("x", Op::Gt, "1"),
        and(vec![cmp("x", Op::Lt, "0"), cmp("y", Op::Eq, "1")]),
    ]))
    .unwrap()
    .unwrap();
    assert_eq!(w.values, BTreeMap::from([("x".to_owned(), d("2"))]));
}

#[test]
fn normal_forms_are_capped() {
    // (a0 > 0 or b0 > 0) and ... and (a9 > 0 or b9 > 0): 1024 terms.
    let big = and((0..10)
        .map(|i| {
            or(vec![
                cmp(&format!("a{i}"), Op::Gt, "0"),
                cmp(&format!("b{i}"), Op::Gt, "0"),
            ])
        })
        .collect());
    assert_eq!(to_dnf(&big), Err(CannotAnalyse::TooComplex));
    assert_eq!(
        satisfiable(&big),
        Verdict::CannotAnalyse(CannotAnalyse::TooComplex)
    );
    // Seven pairs fit (128 terms) but their negation is fine too.
    let fits = and((0..7)
        .map(|i| {
            or(vec![
                cmp(&format!("a{i}"), Op::Gt, "0"),
                cmp(&format!("b{i}"), Op::Gt, "0"),
            ])
        })
        .collect());
    assert_eq!(to_dnf(&fits).map(|t| t.len()), Ok(128));
    assert_eq!(satisfiable(&fits), Verdict::Sometimes);
    // One variable never builds a normal form, however many branches.
    let wide = and((0..40)
        .map(|i| {
            or(vec![
                cmp("x", Op::Lt, &i.to_string()),
                cmp("x", Op::Gt, &(i + 1).to_string()),
            ])
        })
        .collect());
    assert_eq!(satisfiable(&wide), Verdict::Sometimes);
    assert_eq!(to_dnf(&wide).map(|t| t.len()), Ok(1));
}

#[test]
fn thresholds_for_bonus_tiers() {
    assert_eq!(
        threshold(&cmp("defects", Op::Le, "2"), "defects"),
        Some((Op::Le, d("2")))
    );
    assert_eq!(
        threshold(&Formula::cmp_reversed(d("2"), Op::Ge, "defects"), "defects"),
        Some((Op::Le, d("2")))
    );
    assert_eq!(
        threshold(&not(cmp("defects", Op::Gt, "2")), "defects"),
        Some((Op::Le, d("2")))
    );
    assert_eq!(
        threshold(&and(vec![cmp("defects", Op::Lt, "1")]), "defects"),
        Some((Op::Lt, d("1")))
    );
    assert_eq!(threshold(&cmp("defects", Op::Eq, "2"), "defects"), None);
    assert_eq!(threshold(&cmp("defects", Op::Ne, "2"), "defects"), None);
    assert_eq!(threshold(&cmp("other", Op::Le, "2"), "defects"), None);
    assert_eq!(
        threshold(
            &and(vec![
                cmp("defects", Op::Le, "2"),
                cmp("defects", Op::Ge, "0")
            ]),
            "defects"
        ),
        None
    );
    assert_eq!(threshold(&Formula::Opaque, "defects"), None);
    // A stricter tier is a subset of a laxer one.
    let good = set_of(&cmp("defects", Op::Le, "2"), "defects").unwrap();
    let excellent = set_of(&cmp("defects", Op::Le, "1"), "defects").unwrap();
    assert!(excellent.is_subset(&good));
    assert!(!good.is_subset(&excellent));
}

/// A small deterministic generator, so the randomised checks need no crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const CONSTANTS: [&str; 4] = ["0", "1", "2.5", "5"];
const OPS: [Op; 6] = [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne];

fn random_formula(rng: &mut Lcg, vars: &[&str], depth: u32) -> Formula {
    let leaf = depth == 0 || rng.next(3) == 0;
    if leaf {
        return match rng.next(12) {
            0 => Formula::True,
            1 => Formula::False,
            _ => cmp(
                vars[rng.next(vars.len() as u64) as usize],
                OPS[rng.next(6) as usize],
                CONSTANTS[rng.next(4) as usize],
            ),
        };
    }
    let kind = rng.next(3);
    if kind == 2 {
        return not(random_formula(rng, vars, depth - 1));
    }
    let count = rng.next(4);
    let children = (0..count)
        .map(|_| random_formula(rng, vars, depth - 1))
        .collect();
    if kind == 0 {
        Formula::And(children)
    } else {
        Formula::Or(children)
    }
}

/// Every constant, every midpoint between neighbours, and beyond both ends.
fn samples() -> Vec<Decimal> {
    ["-1", "0", "0.5", "1", "1.75", "2.5", "3.75", "5", "6"]
        .iter()
        .map(|s| d(s))
        .collect()
}

#[test]
fn randomised_single_variable_sets_agree_with_evaluation() {
    let mut rng = Lcg(7);
    for _ in 0..2000 {
        let f = random_formula(&mut rng, &["x"], 4);
        let s = set_of(&f, "x").unwrap();
        for x in samples() {
            let values = BTreeMap::from([("x".to_owned(), x)]);
            assert_eq!(Some(s.contains(x)), evaluate(&f, &values), "{f:?} at {x}");
        }
        // canonical form
        assert_eq!(IntervalSet::from_intervals(s.intervals().to_vec()), s);
        assert_eq!(s.complement().complement(), s);
        match s.witness() {
            Some(w) => assert!(s.contains(w), "{f:?} {w}"),
            None => assert!(s.is_empty()),
        }
        let verdict = satisfiable(&f);
        assert_eq!(verdict == Verdict::Never, s.is_empty());
        assert_eq!(verdict == Verdict::Always, s.is_all());
    }
}

#[test]
fn randomised_normal_forms_agree_with_evaluation() {
    let mut rng = Lcg(11);
    for _ in 0..1000 {
        let f = random_formula(&mut rng, &["x", "y"], 4);
        let terms = match to_dnf(&f) {
            Ok(terms) => terms,
            Err(CannotAnalyse::TooComplex) => continue,
            Err(e) => panic!("{e}"),
        };
        let mut any = false;
        let mut all = true;
        for x in samples() {
            for y in samples() {
                let values = BTreeMap::from([("x".to_owned(), x), ("y".to_owned(), y)]);
                let in_terms = terms.iter().any(|t| {
                    t.constraints()
                        .iter()
                        .all(|(var, s)| s.contains(values[var]))
                });
                let expected = evaluate(&f, &values).unwrap();
                assert_eq!(in_terms, expected, "{f:?} at {x}, {y}");
                any |= expected;
                all &= expected;
            }
        }
        match witness(&f).unwrap() {
            Some(w) => {
                let mut values = w.values.clone();
                for var in ["x", "y"] {
                    values.entry(var.to_owned()).or_insert(Decimal::ZERO);
                }
                assert_eq!(evaluate(&f, &values), Some(true), "{f:?} {w:?}");
            }
            None => assert!(!any && terms.is_empty(), "{f:?}"),
        }
        // The samples cover every region, so they decide the verdict.
        let expected = if !any {
            Verdict::Never
        } else if all {
            Verdict::Always
        } else {
            Verdict::Sometimes
        };
        assert_eq!(satisfiable(&f), expected, "{f:?}");
    }
}
