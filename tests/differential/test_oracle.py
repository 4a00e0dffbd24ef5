#!/usr/bin/env python3
"""The oracle against values computed by hand from the design's own examples.

The differential test is only as good as its oracle, so the oracle's rules
are pinned here to the examples the design gives (§5, §5.1 and its turn-2
rulings) and to the hand-computed cases under known/. Run with
`python3 -m unittest tests/differential/test_oracle.py` (compare.py runs it
first too).
"""

from __future__ import annotations

import datetime as dt
import sys
import unittest
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from oracle import checks, dates, money, run  # noqa: E402
from oracle.model import (  # noqa: E402
    Bonus,
    Cadence,
    Calendar,
    Case,
    Line,
    Metric,
    OnDay,
    OnOrdinal,
    OnWeekday,
    Partnership,
    PayBlock,
    Qty,
    Recurring,
    Renewal,
    SuccessFee,
    Term,
    Tier,
)

D = dt.date
WEEKDAYS = Calendar()


def partnership(term: Term, **kw) -> Partnership:
    return Partnership("P", "Acme", "Globex", term, kw.pop("currency", "USD"), **kw)


class Dates(unittest.TestCase):
    def test_term_ends(self):
        # §5 "term": `2026-01-01 for 3 years` ends 2028-12-31
        self.assertEqual(dates.term_end(Term(D(2026, 1, 1), Qty(3, "year"))), D(2028, 12, 31))
        # §5.1: `2028-02-29 for 1 year` ends 2029-02-28
        self.assertEqual(dates.term_end(Term(D(2028, 2, 29), Qty(1, "year"))), D(2029, 2, 28))
        # turn-2 ruling: `2026-01-31 for 1 month` is 31 January to 28 February
        self.assertEqual(dates.term_end(Term(D(2026, 1, 31), Qty(1, "month"))), D(2026, 2, 28))
        self.assertEqual(dates.term_end(Term(D(2026, 1, 31), Qty(2, "quarter"))), D(2026, 7, 30))
        self.assertEqual(dates.term_end(Term(D(2026, 1, 31), Qty(2, "week"))), D(2026, 2, 13))
        self.assertEqual(dates.term_end(Term(D(2026, 1, 31), to=D(2026, 3, 1))), D(2026, 3, 1))

    def test_monthly_clamps_from_the_start(self):
        # §5.1: "a term starting 31 January meets 28 February, 31 March, 30 April"
        got = dates.occurrences(Cadence("monthly"), D(2026, 1, 31), D(2026, 5, 1), WEEKDAYS)
        self.assertEqual(got, [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)])

    def test_annually_from_29_february_clamps(self):
        got = dates.occurrences(Cadence("annually"), D(2028, 2, 29), D(2032, 3, 1), WEEKDAYS)
        self.assertEqual(got, [D(2028, 2, 29), D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28), D(2032, 2, 29)])

    def test_every_n_weeks_on_a_weekday_starts_on_or_after_the_start(self):
        # 2026-01-31 is a Saturday; the first Wednesday on or after it is 4 February
        got = dates.occurrences(Cadence("every_weeks", 2, OnWeekday(2)), D(2026, 1, 31), D(2026, 3, 10), WEEKDAYS)
        self.assertEqual(got, [D(2026, 2, 4), D(2026, 2, 18), D(2026, 3, 4)])

    def test_quarterly_on_falls_in_the_starts_month_and_skips_days_before_the_start(self):
        got = dates.occurrences(Cadence("quarterly", on=OnDay(15)), D(2026, 1, 31), D(2026, 12, 31), WEEKDAYS)
        self.assertEqual(got, [D(2026, 4, 15), D(2026, 7, 15), D(2026, 10, 15)])
        got = dates.occurrences(Cadence("quarterly", on=OnOrdinal("last", 4)), D(2026, 1, 31), D(2026, 7, 30), WEEKDAYS)
        self.assertEqual(got, [D(2026, 4, 24)])  # 30 January is before the start; 31 July after the end

    def test_daily_skips_non_business_days(self):
        cal = Calendar(holidays=(D(2026, 12, 25),))
        got = dates.occurrences(Cadence("daily"), D(2026, 12, 24), D(2026, 12, 29), cal)
        self.assertEqual(got, [D(2026, 12, 24), D(2026, 12, 28), D(2026, 12, 29)])

    def test_adjusted_occurrences_merge_and_drop(self):
        # holidays 2026-03-02..06: the Saturday and the Wednesday after both roll to 9 March
        cal = Calendar(holidays=tuple(D(2026, 3, d) for d in range(2, 7)))
        got = dates.occurrences(Cadence("every_days", 4, adjust="following"), D(2026, 2, 28), D(2026, 3, 9), cal)
        self.assertEqual(got, [D(2026, 3, 9)])
        # rolled past the end: dropped
        got = dates.occurrences(Cadence("weekly", adjust="following"), D(2026, 1, 3), D(2026, 1, 10), WEEKDAYS)
        self.assertEqual(got, [D(2026, 1, 5)])

    def test_business_days(self):
        # tests/run/business_days: holidays 24, 25, 31 December and 1 January
        cal = Calendar(holidays=(D(2026, 12, 24), D(2026, 12, 25), D(2026, 12, 31), D(2027, 1, 1)))
        self.assertEqual(dates.after(cal, D(2026, 12, 22), Qty(5, "business_day")), D(2027, 1, 4))
        self.assertEqual(dates.after(cal, D(2026, 12, 22), Qty(0, "business_day")), D(2026, 12, 22))
        self.assertEqual(dates.after(cal, D(2026, 12, 22), Qty(24, "hour")), D(2026, 12, 23))
        self.assertEqual(dates.after(cal, D(2026, 12, 22), Qty(30, "hour")), D(2026, 12, 24))
        self.assertEqual(dates.after(cal, D(2026, 1, 31), Qty(1, "month")), D(2026, 2, 28))
        # counted backwards, strictly before the end
        self.assertEqual(dates.before(cal, D(2027, 1, 4), Qty(2, "business_day")), D(2026, 12, 29))

    def test_periods_follow_the_anniversary_rule(self):
        self.assertEqual(
            dates.periods(Cadence("monthly"), D(2026, 1, 31), D(2026, 2, 28)), [(D(2026, 1, 31), D(2026, 2, 28))]
        )
        got = dates.periods(Cadence("monthly"), D(2026, 1, 31), D(2026, 4, 30))
        self.assertEqual(
            got, [(D(2026, 1, 31), D(2026, 2, 28)), (D(2026, 3, 1), D(2026, 3, 30)), (D(2026, 3, 31), D(2026, 4, 30))]
        )

    def test_contract_years_from_29_february(self):
        self.assertEqual(dates.contract_year(D(2028, 2, 29), D(2029, 2, 28)), 1)
        self.assertEqual(dates.contract_year(D(2028, 2, 29), D(2029, 3, 1)), 2)


class Money(unittest.TestCase):
    def test_half_even(self):
        self.assertEqual(money.round_half_even(Decimal("25000.045"), 2), Decimal("25000.04"))
        self.assertEqual(money.round_half_even(Decimal("25000.055"), 2), Decimal("25000.06"))
        self.assertEqual(money.round_half_even(Decimal("0.75"), 0), Decimal("1"))
        self.assertEqual(money.round_half_even(Decimal("1.25"), 0), Decimal("1"))
        self.assertEqual(money.round_half_even(Decimal("30.0005"), 3), Decimal("30.000"))
        self.assertEqual(money.fmt(Decimal("5000"), "KWD"), "5000.000")
        self.assertEqual(money.fmt(Decimal("5000"), "JPY"), "5000")

    def test_what_a_96_bit_decimal_holds(self):
        money.check_fits(Decimal("79228162514264337593543950335"), "max")
        money.check_fits(Decimal("7922816251426433759354395033.5"), "max / 10")
        money.check_fits(Decimal("0.0000000000000000000000000001"), "28 decimals")
        for x in (
            "79228162514264337593543950336",
            "0.00000000000000000000000000001",
            "123.0500000000000000000000000001",
        ):
            with self.assertRaises(money.DoesNotFit):
                money.check_fits(Decimal(x), x)

    def test_success_fee_caps_per_contract_year(self):
        # tests/run/success_fee_cap, computed by hand in its notes
        p = partnership(Term(D(2026, 1, 1), Qty(2, "year")))
        p.pay = [PayBlock("Globex", success_fees=[SuccessFee(Decimal(10), "uplift", Decimal(50000), per_year=True)])]
        readings = [
            ("2026-03-31", "200000"),
            ("2026-06-30", "250000.45"),
            ("2026-09-30", "80000"),
            ("2026-12-31", "30000"),
            ("2027-01-01", "120000"),
            ("2027-03-31", "500000"),
        ]
        case = Case(1, [], [], ["uplift"], [p], until=D(2027, 12, 31))
        case.trace = [Line(D.fromisoformat(d), "P", "signal", "uplift", f"{v} USD") for d, v in readings]
        facts = run.facts(case)
        amounts = [facts[("payment", "P", "success_fee", "Globex", i)]["amount"] for i in range(1, 7)]
        self.assertEqual(amounts, ["20000.00", "25000.04", "4999.96", "0.00", "12000.00", "38000.00"])

    def test_bonus_prorated_by_days(self):
        # known/bonus-retainer-not-prorated: the turn-2 ruling's example
        p = partnership(Term(D(2026, 1, 1), Qty(3, "month")))
        p.metrics = [Metric("on_time")]
        tier = Tier("met", ">=", Decimal(95), percent_of_retainer=Decimal(10))
        p.pay = [
            PayBlock(
                "Globex",
                Decimal(30000),
                Cadence("quarterly"),
                bonuses=[Bonus("b", Cadence("monthly"), "on_time", [tier])],
            )
        ]
        case = Case(1, [], [], [], [p], until=D(2026, 3, 31))
        case.trace = [Line(D(2026, m, 20), "P", "metric", "on_time", "97%") for m in (1, 2, 3)]
        facts = run.facts(case)
        amounts = [facts[("payment", "P", "bonus", "Globex", "b", k)]["amount"] for k in (1, 2, 3)]
        self.assertEqual(amounts, ["1033.33", "933.33", "1033.33"])

    def test_bonus_over_whole_retainer_periods(self):
        # design §5.1: a quarterly bonus on a 20,000 USD monthly retainer: 10% = 6,000 USD
        p = partnership(Term(D(2026, 1, 1), Qty(1, "year")))
        p.metrics = [Metric("defects", lower_is_better=True)]
        tiers = [
            Tier("good", "<=", Decimal(2), percent_of_retainer=Decimal(5)),
            Tier("excellent", "<=", Decimal(1), percent_of_retainer=Decimal(10)),
        ]
        p.pay = [
            PayBlock(
                "Globex",
                Decimal(20000),
                Cadence("monthly"),
                bonuses=[Bonus("q", Cadence("quarterly"), "defects", tiers)],
            )
        ]
        case = Case(1, [], [], [], [p], until=D(2026, 3, 31))
        case.trace = [Line(D(2026, 3, 31), "P", "metric", "defects", "1%")]
        fact = run.facts(case)[("payment", "P", "bonus", "Globex", "q", 1)]
        self.assertEqual((fact["tier"], fact["amount"]), ("excellent", "6000.00"))


class Duties(unittest.TestCase):
    def test_report_occurrences_are_duties(self):
        # reference "Schedules": a report's occurrence is due the day before the
        # next one (the term's last day for the last), breached the day after
        p = partnership(Term(D(2026, 1, 1), Qty(6, "month")))
        p.recurring = [Recurring("report", "values", Cadence("quarterly"), roles=("Globex",))]
        case = Case(1, [], [], [], [p], until=D(2026, 12, 31))
        case.trace = [Line(D(2026, 4, 5), "P", "fulfilled", "P.report.values@2026-01-01")]
        facts = run.facts(case)
        first = facts[("obligation", "P", "P.report.values@2026-01-01", D(2026, 1, 1), 1)]
        last = facts[("obligation", "P", "P.report.values@2026-04-01", D(2026, 4, 1), 1)]
        self.assertEqual((first["due"], first["status"]), (D(2026, 3, 31), "fulfilled_late"))
        self.assertEqual((last["due"], last["status"]), (D(2026, 6, 30), "breached"))
        breach = facts[("breach", "P", "P.report.values@2026-04-01", D(2026, 4, 1), 1)]
        self.assertEqual((breach["breached_on"], breach["days_late"], breach["parties"]), (D(2026, 7, 1), 184, ("Globex",)))

    def test_survey_without_by_is_every_partys_and_arises_on_its_date(self):
        p = partnership(Term(D(2026, 1, 1), Qty(1, "year")))
        p.recurring = [Recurring("survey", "pulse", Cadence("monthly"))]
        case = Case(1, [], [], [], [p], until=D(2026, 2, 10))
        obligations = [k for k in run.facts(case) if k[0] == "obligation"]
        self.assertEqual([k[3] for k in obligations], [D(2026, 1, 1), D(2026, 2, 1)])
        breach = run.facts(case)[("breach", "P", "P.survey.pulse@2026-01-01", D(2026, 1, 1), 1)]
        self.assertEqual(breach["parties"], ("Acme", "Globex"))


class Checks(unittest.TestCase):
    def test_renewed_term_shorter_than_the_window_is_an_error(self):
        # reference "Dates" E0302: `default renew for 2 months` with `window
        # opens 90 days before end`
        p = partnership(Term(D(2026, 1, 1), Qty(1, "year")))
        p.renewal = Renewal(window=Qty(90, "day"), decision=Qty(30, "day"), renew_for=Qty(2, "month"))
        self.assertEqual(checks.facts(Case(1, [], [], [], [p]))[("check", "outcome")]["outcome"], "error")
        p.renewal.renew_for = Qty(4, "month")
        self.assertEqual(checks.facts(Case(1, [], [], [], [p]))[("check", "outcome")]["outcome"], "ok")


if __name__ == "__main__":
    unittest.main()
