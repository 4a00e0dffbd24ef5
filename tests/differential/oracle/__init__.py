"""An independent second implementation of Pact's date and money rules.

Written from the design document (design/language.md §5, §5.1, §7, §10) and,
where the design is silent, from the language reference (docs/reference.md),
never from the Rust code. Every module takes the same plain description of a
contract (`model.py`) that `render.py` turns into Pact text, so the oracle
never parses Pact: what is generated is what is computed.

Modules:

- `model`: the contract and trace description (dataclasses);
- `dates`: calendar arithmetic (anniversaries, clamping, business days,
  periods, recurrences);
- `money`: currencies, half-even rounding, caps, what a 96-bit decimal holds;
- `checks`: whether the checker must refuse the portfolio;
- `schedule`: the dated events of `pact build --emit schedule`;
- `obligations`: the dates of `pact build --emit obligations`;
- `run`: what `pact run` must report (due dates, statuses, payments,
  shares, indexed retainers, early bonuses, invoices); `ladders`: its
  dispute and escalation ladders; `health`: health scores per period.

Each of `schedule`, `obligations` and `run` returns *facts*: a dict from a
key (a tuple naming the thing) to its expected value. `compare.py` extracts
the same keys from the binary's output. New rules (renewals, terminations:
design §10.3) are new modules that return facts, registered in
`FACT_SOURCES` below (health is computed inside `run`, whose failure on
inexact money suppresses every run fact).
"""

from . import checks, obligations, run, schedule

# (name, function(case) -> facts). compare.py has the matching extractors.
FACT_SOURCES = (
    ("checks", checks.facts),
    ("schedule", schedule.facts),
    ("obligations", obligations.facts),
    ("run", run.facts),
)
