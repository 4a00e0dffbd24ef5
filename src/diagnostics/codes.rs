//! Every diagnostic code the compiler can emit, with the explanation that
//! `pact explain CODE` prints. Codes are stable: never reuse a retired one.
//!
//! A test checks that every code used anywhere in `src/` is listed here.

/// One entry of the catalogue.
pub struct CodeInfo {
    pub code: &'static str,
    /// The headline, as in the diagnostic.
    pub title: &'static str,
    /// What it means, a wrong example and its fix.
    pub explanation: &'static str,
}

pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    let wanted = code.trim().to_ascii_uppercase();
    CODES.iter().find(|info| info.code == wanted)
}

pub const CODES: &[CodeInfo] = &[
    CodeInfo {
        code: "E0001",
        title: "unexpected character",
        explanation: "A character that cannot start any token of the language, such as `@` or `#`.\n\nWrong:\n\n    party Acme @ \"Acme Corporation\"\n\nFix: remove the character. Names are made of letters, digits and `_`; text\nbelongs inside double quotes.\n\n    party Acme \"Acme Corporation\"\n",
    },
    CodeInfo {
        code: "E0002",
        title: "unexpected token",
        explanation: "The parser found a word or symbol where the clause cannot continue. The\nmessage lists what could come there instead.\n\nWrong:\n\n    meeting sync weekly 1 hour with Acme.ops Globex.ops\n\nFix: participants, like every list, are separated by commas.\n\n    meeting sync weekly 1 hour with Acme.ops, Globex.ops\n",
    },
    CodeInfo {
        code: "E0003",
        title: "unclosed block",
        explanation: "A `{` (or `(` / `[`) was opened and never closed. The labels show where it\nwas opened and where to add the `}`. The compiler closes the block where\nthe next declaration starts or, when the declaration lacks a `}`, before\nthe first line that is indented no deeper than the line opening the block,\nand goes on, so the rest of the file is still checked.\n\nWrong:\n\n    escalation {\n      minor handled by Acme.ops within 24 hours\n\n    changes { ... }\n\nFix: close the block after its last line.\n\n    escalation {\n      minor handled by Acme.ops within 24 hours\n    }\n",
    },
    CodeInfo {
        code: "E0004",
        title: "invalid date",
        explanation: "A date is written `YYYY-MM-DD` and must exist in the calendar.\n\nWrong:\n\n    term 2026-02-30 for 1 year\n\nFix: use a real date (February 2026 has 28 days).\n\n    term 2026-02-28 for 1 year\n",
    },
    CodeInfo {
        code: "E0005",
        title: "invalid number",
        explanation: "A number is too large for an exact decimal (28 significant digits), or is\nmalformed (an `_` separator at the end).\n\nWrong:\n\n    retainer 99999999999999999999999999999999 USD monthly\n\nFix: write an amount that fits.\n",
    },
    CodeInfo {
        code: "E0006",
        title: "invalid string",
        explanation: "A string is not closed on its line, or uses an escape other than `\\\"`,\n`\\\\` and `\\n`.\n\nWrong:\n\n    law \"England and Wales\n\nFix: close the string with `\"` on the same line.\n\n    law \"England and Wales\"\n",
    },
    CodeInfo {
        code: "E0007",
        title: "invalid time of day",
        explanation: "A time of day is written `HH:MM` on a 24-hour clock.\n\nWrong:\n\n    meeting sync weekly on monday at 25:00 for 1 hour with Acme.ops\n\nFix:\n\n    meeting sync weekly on monday at 15:00 for 1 hour with Acme.ops\n",
    },
    CodeInfo {
        code: "E0008",
        title: "unexpected end of file",
        explanation: "The file ends in the middle of a clause.\n\nWrong:\n\n    term 2026-01-01 for\n\nFix: finish the clause.\n\n    term 2026-01-01 for 2 years\n",
    },
    CodeInfo {
        code: "E0009",
        title: "unmatched closing delimiter",
        explanation: "A `}`, `)` or `]` that closes nothing. It is ignored.\n\nWrong:\n\n    party Acme { role ops } }\n\nFix: remove the extra `}`.\n",
    },
    CodeInfo {
        code: "E0010",
        title: "nesting too deep",
        explanation: "Blocks, parentheses and brackets nest more than 64 levels deep, or one\nclause has more than 256 operators. No real contract needs that; the file is\nnot analysed further.\n\nFix: flatten the expression or the blocks, or split the clause.\n",
    },
    CodeInfo {
        code: "E0011",
        title: "unterminated comment",
        explanation: "A `/*` comment is never closed with `*/`.\n\nWrong:\n\n    /* draft terms\n    term 2026-01-01 for 1 year\n\nFix: close the comment.\n\n    /* draft terms */\n",
    },
    CodeInfo {
        code: "E0012",
        title: "file is not valid UTF-8",
        explanation: "Pact files are UTF-8 text. The message gives the byte offset of the first\ninvalid byte.\n\nFix: save the file as UTF-8.\n",
    },
    CodeInfo {
        code: "E0013",
        title: "file too large",
        explanation: "A single input file is larger than the limit (64 MiB). A contract file is a\nfew kilobytes; split a generated portfolio into several files.\n",
    },
    CodeInfo {
        code: "E0014",
        title: "a file in a folder was not read",
        explanation: "A folder given on the command line is a portfolio of the regular `.pact` files\ninside it. An entry that is not one is left out and reported, so that no\ncontract goes missing silently:\n\n- a symbolic link to nothing, or a loop of symbolic links;\n- a symbolic link that leads out of the folder (imports may not leave it\n  either);\n- something that is not a regular file, such as a FIFO (reading one would\n  wait for a writer forever).\n\nThis is a warning (`--deny warnings` makes it fail the check). `pact fmt`\nprints the same reasons and formats the rest.\n\nWrong:\n\n    portfolio/acme.pact -> ../old/acme.pact     (the link points out of portfolio/)\n\nFix: copy the file into the folder, or name it on the command line.\n\n    pact check portfolio/ ../old/acme.pact\n",
    },
    CodeInfo {
        code: "E0015",
        title: "a character that changes the direction of text",
        explanation: "A comment or a string holds one of the invisible Unicode characters that\nchange the direction text is shown in (U+202A to U+202E, U+2066 to U+2069).\nEditors and code review tools reorder the text around them, so the file can\nshow something other than what the compiler reads: an obligation can look\ncommented out while it is in force, or the other way round (CVE-2021-42574,\n\"Trojan Source\"). This is a warning; the messages write the characters as\n`\\u{202e}`.\n\nWrong (shown as the editor would display it):\n\n    // provider may skip the audit\n\nFix: remove the characters. Text in a right-to-left script needs none of\nthem: its letters are shown right to left by themselves.\n",
    },
    CodeInfo {
        code: "E0016",
        title: "the trace is too large",
        explanation: "`pact run` reads a trace of at most 64 MiB, the limit of a contract file\n(E0013). A trace is one short line per event of a portfolio's life: 64 MiB\nis about a million events. Nothing is run.\n\nWrong:\n\n    pact run portfolio/ --events /dev/zero\n\nFix: give the trace of the events that happened, or run up to a date on a\ntrace cut at that date.\n",
    },
    CodeInfo {
        code: "E0017",
        title: "a trace line is too long, too deep or has an inexact number",
        explanation: "Each line of a trace is one JSON object of names and values. A line may be\nat most 64 KiB long and nest at most 16 levels deep. A JSON number is read\nas a 64-bit float, so a number that a float cannot hold exactly (more than\n15 significant digits, a whole number beyond 64 bits, or an exponent beyond\n28) would be rounded silently: it is refused instead. The line is reported\nwith its number and nothing is run.\n\nWrong:\n\n    {\"date\": \"2026-03-02\", \"partnership\": \"AcmeGlobex\", \"metric\": \"on_time\", \"value\": 1e-99999}\n\nFix: write the value as a string, exactly.\n\n    {\"date\": \"2026-03-02\", \"partnership\": \"AcmeGlobex\", \"metric\": \"on_time\", \"value\": \"96.5%\"}\n",
    },
    CodeInfo {
        code: "E0101",
        title: "name declared twice",
        explanation: "Every top-level name of a portfolio (party, resource, signal, event, master,\ntemplate, partnership, coordination) must be unique across all the files\nchecked together, and a party's roles must be unique within the party.\n`neutral` is the built-in neutral party and cannot be declared. Both\ndeclarations are labelled, even when they are in different files.\n\nWrong:\n\n    party Globex \"Globex Ltd\" { role rm }\n    party Globex \"Globex Logistics GmbH\" { role dispatch }\n\nFix: rename one of them, or remove the copy.\n\n    party Globex \"Globex Ltd\" { role rm }\n    party GlobexLogistics \"Globex Logistics GmbH\" { role dispatch }\n",
    },
    CodeInfo {
        code: "E0102",
        title: "undefined party",
        explanation: "A name where a party or a role is expected is neither a declared party nor\na label of the partnership (such as `client` or `provider`). Participants are\nwritten `Party`, `Party.role` or `label.role`; in a `coordinate` rule the\nsubject of an obligation is `Partnership.label`. The help suggests the\nclosest name when there is one.\n\nWrong:\n\n    parties Acme as client, Globx as provider\n\nFix:\n\n    parties Acme as client, Globex as provider\n",
    },
    CodeInfo {
        code: "E0103",
        title: "unknown role",
        explanation: "The party exists but has no role of this name. Roles are declared inside\nthe party's block; the help suggests a close name, or the note lists the\nparty's roles.\n\nWrong:\n\n    party Globex \"Globex Ltd\" { role delivery; role rm }\n    ...\n    meeting standup daily 15 minutes with Acme.ops, Globex.delivry\n\nFix:\n\n    meeting standup daily 15 minutes with Acme.ops, Globex.delivery\n",
    },
    CodeInfo {
        code: "E0104",
        title: "undefined signal or metric",
        explanation: "A condition reads a name that is neither a declared signal nor a metric of\nthe partnership, or a bonus is paid on a metric the partnership does not\ndeclare. Signals are declared at the top level, metrics inside the\npartnership.\n\nWrong:\n\n    signal cost_change: percent\n    ...\n    trigger cost_spike when cost_chnage > 15% { ... }\n\nFix:\n\n    trigger cost_spike when cost_change > 15% { ... }\n",
    },
    CodeInfo {
        code: "E0105",
        title: "undefined event",
        explanation: "`disputes on EVENT`, `trigger NAME on EVENT` and `fee ... per EVENT` need a\ndeclared event. Inside a dispute ladder, `within D of ...` can only count\nfrom the notice that starts the ladder (`of notice`).\n\nWrong:\n\n    event dispute_notice\n    ...\n    disputes on dispute_notise { ... }\n\nFix:\n\n    disputes on dispute_notice { ... }\n",
    },
    CodeInfo {
        code: "E0106",
        title: "undefined resource",
        explanation: "A grant names a resource that is not declared. Resources (data sets,\nterritories, product lines) are declared at the top level with `resource\nNAME`, optionally with their owner.\n\nWrong:\n\n    resource CustomerData \"Customer analytics dataset\" owned by Acme\n    ...\n    grant Globex read CustomerDat for \"demand analytics\"\n\nFix:\n\n    grant Globex read CustomerData for \"demand analytics\"\n",
    },
    CodeInfo {
        code: "E0107",
        title: "undefined milestone",
        explanation: "A `requires`, `penalty ... on` or `before` names a milestone that does not\nexist. `m` is a milestone of the same partnership, `X.m` a milestone of the\npartnership `X` of the portfolio.\n\nWrong:\n\n    milestone training by day 30 owner Globex\n    milestone go_live by 2026-06-01 owner Globex requires trainng\n\nFix:\n\n    milestone go_live by 2026-06-01 owner Globex requires training\n",
    },
    CodeInfo {
        code: "E0108",
        title: "undefined master or template",
        explanation: "A partnership is `under` a master that is not declared, or a `use` names a\ntemplate that does not exist, in the portfolio or in the standard-library\nmodule it names. The help suggests the closest name.\n\nWrong:\n\n    master StandardMSA { law \"England and Wales\" }\n    partnership AcmeGlobex under StandardMAS { ... }\n\nFix:\n\n    partnership AcmeGlobex under StandardMSA { ... }\n",
    },
    CodeInfo {
        code: "E0109",
        title: "cannot import",
        explanation: "A `use` names a file that cannot be read, or a standard-library module that\ndoes not exist. An imported path is relative to the file that imports it and\nmust stay inside the folders given on the command line; `use std.MODULE`\nnames a module of the standard library.\n\nWrong:\n\n    use std.dispute\n\nFix:\n\n    use std.disputes\n",
    },
    CodeInfo {
        code: "E0110",
        title: "import cycle",
        explanation: "Files import each other in a circle. Each file is read only once, so nothing\nloops, but a cycle is almost always a mistake in how the files are\norganised. The note prints the whole cycle.\n\nWrong:\n\n    // terms.pact\n    use \"clauses.pact\"\n\n    // clauses.pact\n    use \"terms.pact\"\n\nFix: move what both files need into a third file that both import.\n\n    // terms.pact\n    use \"shared.pact\"\n\n    // clauses.pact\n    use \"shared.pact\"\n",
    },
    CodeInfo {
        code: "E0111",
        title: "inherited clause redefined without `override`",
        explanation: "A partnership `under` a master inherits every clause of the master. Giving a\nclause with the same key again (another `law`, `escalation` or `meeting\ntactical`) is an error unless it says `override`. The inherited clause is\nlabelled, even in another file.\n\nWrong:\n\n    master StandardMSA { law \"England and Wales\" }\n    partnership AcmeGlobex under StandardMSA {\n      law \"Scotland\"\n    }\n\nFix:\n\n    partnership AcmeGlobex under StandardMSA {\n      override law \"Scotland\"\n    }\n",
    },
    CodeInfo {
        code: "E0112",
        title: "nothing to override",
        explanation: "`override` replaces a clause inherited from the partnership's master. Here\nthe partnership is under no master, or its master has no such clause.\n\nWrong:\n\n    master StandardMSA { law \"England and Wales\" }\n    partnership AcmeGlobex under StandardMSA {\n      override venue \"London\"\n    }\n\nFix: remove `override` (or add the clause to the master).\n\n    partnership AcmeGlobex under StandardMSA {\n      venue \"London\"\n    }\n",
    },
    CodeInfo {
        code: "E0113",
        title: "clause given twice",
        explanation: "A clause that a partnership can have only once (`term`, `currency`,\n`escalation`, `renewal`, ...) or a named clause (`meeting tactical`, `metric\non_time`) is given twice, directly or through a template; or `parties` names\na party twice, or gives two parties the same label.\n\nWrong:\n\n    term 2026-01-01 for 2 years\n    term 2026-01-01 for 3 years\n\nFix: keep one.\n\n    term 2026-01-01 for 3 years\n",
    },
    CodeInfo {
        code: "E0114",
        title: "missing template argument",
        explanation: "The template has a parameter without a default value, and the `use` does not\ngive it.\n\nWrong:\n\n    template review_cycle(chair: role, length: duration = 2 hours) { ... }\n    ...\n    use review_cycle(length: 3 hours)\n\nFix:\n\n    use review_cycle(chair: client.sponsor, length: 3 hours)\n",
    },
    CodeInfo {
        code: "E0115",
        title: "unknown template argument",
        explanation: "A `use` gives an argument that the template has no parameter for (usually a\ntypo), or gives the same argument twice. The note lists the template's\nparameters.\n\nWrong:\n\n    use std.disputes.four_step(mediation_witin: 45 days)\n\nFix:\n\n    use std.disputes.four_step(mediation_within: 45 days)\n",
    },
    CodeInfo {
        code: "E0116",
        title: "template argument of the wrong type",
        explanation: "An argument, or a parameter's default, does not fit the parameter's declared\ntype: a `duration` needs a quantity like `30 days`, a `percent` a\npercentage, a `role` a role like `client.ops`, and an `event`, `signal` or\n`resource` a declared one.\n\nWrong:\n\n    use std.escalation.three_levels(operations_within: 5%)\n\nFix:\n\n    use std.escalation.three_levels(operations_within: 48 hours)\n",
    },
    CodeInfo {
        code: "E0118",
        title: "not a party to the partnership",
        explanation: "A clause names a declared party that is not in the partnership's `parties`.\nOnly the partnership's own parties can attend its meetings, be paid by it or\nhold its duties.\n\nWrong:\n\n    parties Acme as client, Globex as provider\n    meeting tactical weekly 1 hour with Acme.rm, Initech.rm\n\nFix: add the party to `parties`, or remove it from the clause.\n\n    parties Acme as client, Globex as provider, Initech as partner\n    meeting tactical weekly 1 hour with Acme.rm, Initech.rm\n",
    },
    CodeInfo {
        code: "E0119",
        title: "partnership without parties or term",
        explanation: "Every partnership needs a `parties` clause and a `term`: participants are\nbound through the parties, and dates, deadlines and schedules count from the\nterm.\n\nWrong:\n\n    partnership AcmeGlobex {\n      currency USD\n    }\n\nFix:\n\n    partnership AcmeGlobex {\n      parties Acme as client, Globex as provider\n      term 2026-01-01 for 2 years\n      currency USD\n    }\n",
    },
    CodeInfo {
        code: "E0120",
        title: "templates nested too deeply",
        explanation: "Templates that use templates are expanded at most eight levels deep. Deeper\nnesting almost always means that a template uses itself, directly or through\nanother template, which would never end.\n\nWrong:\n\n    template reporting() {\n      provider must send status_report within 5 business days\n      use review\n    }\n    template review() {\n      client must review status_report within 10 business days\n      use reporting\n    }\n\nFix: break the cycle, so that only one of them uses the other.\n\n    template reporting() {\n      provider must send status_report within 5 business days\n    }\n    template review() {\n      client must review status_report within 10 business days\n      use reporting\n    }\n",
    },
    CodeInfo {
        code: "E0121",
        title: "templates expand to too many clauses",
        explanation: "The templates a partnership uses, with the templates they use in turn (and\nthose of its master), may bring at most 10,000 clauses; each `use` counts\nas one more. Templates that each use another template several times\nmultiply: ten uses a level, seven levels deep, would be ten million clauses.\nExpansion stops at the limit, and the partnership is checked without the\nrest of its templates.\n\nWrong:\n\n    template weekly_note() { provider must send status_note within 1 week }\n    template notes() { use weekly_note; use weekly_note; use weekly_note }\n    template more_notes() { use notes; use notes; use notes }\n    ... (seven more levels)\n\nFix: let each template say what it adds once, and use it once.\n\n    template notes() { provider must send status_note within 1 week }\n",
    },
    CodeInfo {
        code: "E0122",
        title: "unknown time zone",
        explanation: "A partnership's `timezone` must name a zone of the IANA time-zone database,\nwritten `Area/City` exactly as the database spells it. The times of day of\nits meetings are local times there; collisions with other partnerships'\nmeetings compare instants, and the outputs carry the zone and the UTC\noffset of each timed event.\n\nWrong:\n\n    timezone \"London\"\n    timezone \"europe/london\"\n\nFix:\n\n    timezone \"Europe/London\"\n",
    },
    CodeInfo {
        code: "E0123",
        title: "empty meeting channel",
        explanation: "A meeting's (or a review's) `via \"...\"` names the channel it is held on\n(design §10.4: the communication matrix, which platform each meeting uses);\nthe outputs carry it (the iCalendar `LOCATION`, the schedule's `channel`).\nAn empty or blank channel names nothing: the meeting is treated as having\nno channel. This is a warning.\n\nWrong:\n\n    meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm via \"\"\n\nFix: name the channel, or leave `via` out.\n\n    meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm via \"Teams\"\n",
    },
    CodeInfo {
        code: "E0124",
        title: "channel that is not a string",
        explanation: "`via` names a meeting's channel with a string. A bare name is accepted only\ninside a template, where it names a `text` parameter and is replaced by the\nargument of each `use`; anywhere else (or when the name is no `text`\nparameter of the template) it names nothing.\n\nWrong:\n\n    meeting tactical weekly on monday for 1 hour with Acme.rm, Globex.rm via Teams\n\nFix:\n\n    meeting tactical weekly on monday for 1 hour with Acme.rm, Globex.rm via \"Teams\"\n\nIn a template:\n\n    template sync(channel: text = \"Teams\") {\n      meeting sync weekly 1 hour with client.ops, provider.delivery via channel\n    }\n",
    },
    CodeInfo {
        code: "E0135",
        title: "amendment of an undefined partnership",
        explanation: "An `amend` declaration names the partnership it changes; no partnership of\nthe portfolio has that name. The help suggests the closest one.\n\nWrong:\n\n    amend AcmeGlobx effective 2026-07-01 as significant approved by Acme.rm, Globex.rm { ... }\n\nFix:\n\n    amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm { ... }\n",
    },
    CodeInfo {
        code: "E0201",
        title: "unknown unit or currency",
        explanation: "A quantity's unit is neither a unit of time nor an ISO 4217 currency code,\nor the partnership's `currency` is not an ISO 4217 code. The units are\nminutes, hours, days, business days, weeks, months, quarters and years\n(singular or plural); the help suggests the closest unit or currency.\n\nWrong:\n\n    currency USDD\n    invoice monthly in arrears net 30 dyas\n\nFix:\n\n    currency USD\n    invoice monthly in arrears net 30 days\n",
    },
    CodeInfo {
        code: "E0202",
        title: "quantity of the wrong kind",
        explanation: "A quantity is not of the kind the clause needs: money where a duration is\nexpected or the reverse, a rate (`per ...`) where a plain quantity is\nexpected, or a payment in the wrong shape. A retainer needs a period, a fee\nis paid `per EVENT`, a penalty `per day`, a cap applies `per year` or to the\nwhole term, a success fee is a percentage of a money signal, and a capacity\nis hours per month.\n\nWrong:\n\n    escalation {\n      minor handled by Acme.ops, Globex.delivery within 500 USD\n    }\n    pay Globex { retainer 20_000 USD }\n\nFix:\n\n    escalation {\n      minor handled by Acme.ops, Globex.delivery within 24 hours\n    }\n    pay Globex { retainer 20_000 USD monthly }\n",
    },
    CodeInfo {
        code: "E0203",
        title: "currency mismatch",
        explanation: "An amount is in another currency than the partnership's `currency`. Pact\nnever converts between currencies, so every amount of a partnership is in\nits currency. The amount and the `currency` clause are both labelled.\n\nWrong:\n\n    currency USD\n    pay Globex { retainer 20_000 EUR monthly }\n\nFix:\n\n    currency USD\n    pay Globex { retainer 20_000 USD monthly }\n",
    },
    CodeInfo {
        code: "E0204",
        title: "percentage out of range",
        explanation: "A percentage lies outside the values it can take: a percent metric runs from\n0% to 100% unless its type declares another range, and a share that is paid\n(a success fee) lies between 0% and 100%. A target or a comparison outside\nthe range can never be met, or is always met.\n\nWrong:\n\n    metric on_time: percent operational target >= 120%\n\nFix: correct the value, or declare the range if such values are real.\n\n    metric on_time: percent operational target >= 95%\n    metric growth: percent -50..200 strategic target >= 120%\n",
    },
    CodeInfo {
        code: "E0205",
        title: "comparison of unlike types",
        explanation: "A condition compares values of different types (a percentage with a\nduration, money with a plain number), or is not a comparison at all. Both\nsides of the comparison are labelled with their types.\n\nWrong:\n\n    metric on_time: percent operational target >= 95%\n    trigger late_deliveries when on_time < 48 hours { ... }\n\nFix:\n\n    trigger late_deliveries when on_time < 90% { ... }\n",
    },
    CodeInfo {
        code: "E0206",
        title: "metric target does not fit the metric",
        explanation: "A metric's target is of another type than the metric (`48 hours` for a\npercent metric), or lies outside the range declared on the metric's type (a\ntarget of 12 on a `score 0..10`).\n\nWrong:\n\n    metric satisfaction: score 0..10 relational target >= 12\n\nFix:\n\n    metric satisfaction: score 0..10 relational target >= 8\n",
    },
    CodeInfo {
        code: "E0209",
        title: "invalid day, cadence or health tier",
        explanation: "A day, cadence or health tier that does not exist: a misspelt weekday, a day\nof the month outside 1 to 31, a day that does not fit the cadence (`weekly\non first tuesday`), `every N` of zero or in months or years, a `day N` that\nis not a whole number, or a tier other than `operational`, `relational` and\n`strategic`.\n\nWrong:\n\n    meeting steering weekly on first tuesday 2 hours with Acme.sponsor, Globex.sponsor\n\nFix: a weekday of the month needs a monthly or quarterly cadence.\n\n    meeting steering monthly on first tuesday 2 hours with Acme.sponsor, Globex.sponsor\n",
    },
    CodeInfo {
        code: "E0210",
        title: "unknown type",
        explanation: "A signal, a metric or a template parameter is declared with a type the\nlanguage does not have. The types are number, percent, money, duration,\ndate, count, score, bool and text; the note lists them and the help suggests\nthe closest.\n\nWrong:\n\n    signal cost_change: precent\n\nFix:\n\n    signal cost_change: percent\n",
    },
    CodeInfo {
        code: "E0215",
        title: "amount finer than the currency's minor unit",
        explanation: "An amount or a cap in a pay block has more decimals than its currency's\nsmallest unit (cents for USD, none for JPY, fils for KWD). A payment cannot\nbe a fraction of that unit, and Pact never rounds what the contract says,\nso the contract must say the amount it means (design §5.1).\n\nWrong:\n\n    pay Globex {\n      retainer 1_000.125 USD monthly\n      penalty late on go_live 0.5 JPY per day\n    }\n\nFix:\n\n    pay Globex {\n      retainer 1_000.13 USD monthly\n      penalty late on go_live 1 JPY per day\n    }\n",
    },
    CodeInfo {
        code: "E0216",
        title: "malformed share bands",
        explanation: "The bands of a `share` are written `RATE of SIGNAL up to LIMIT, RATE up to\nLIMIT, ..., RATE above`: each limit is an amount in the contract's currency\n(the partnership needs a `currency`), without `per`, and the last band, and\nonly it, ends with `above`.\n\nWrong:\n\n    share 20% of savings up to 1_000_000 USD per year, 30%\n\nFix:\n\n    share 20% of savings up to 1_000_000 USD, 30% above\n",
    },
    CodeInfo {
        code: "E0217",
        title: "share or indexation on a signal of the wrong type",
        explanation: "A `share` is a percentage of a money signal (each reading is an amount\nearned), and a retainer is `indexed annually by` a percent signal (each\nreading is a change of prices, such as inflation).\n\nWrong:\n\n    signal cpi: number\n    retainer 20_000 USD monthly indexed annually by cpi\n\nFix:\n\n    signal cpi: percent\n    retainer 20_000 USD monthly indexed annually by cpi\n",
    },
    CodeInfo {
        code: "E0218",
        title: "a party pays itself",
        explanation: "`pay P from Q` names who pays P; the payer must be another party of the\npartnership.\n\nWrong:\n\n    pay Globex from Globex { retainer 20_000 USD monthly }\n\nFix:\n\n    pay Globex from Acme { retainer 20_000 USD monthly }\n",
    },
    CodeInfo {
        code: "E0219",
        title: "arithmetic that has no exact value",
        explanation: "An operation on constants has no value Pact can hold exactly: a division\nby zero, or a result with more digits than an exact 96-bit decimal keeps\n(about 28). Pact folds `X% of <money>`, `<money> * <number>` and the other\noperations on constants when it checks the contract, and never rounds a\nresult silently.\n\nWrong:\n\n    trigger review when cost_change > 10% / 0\n\nFix:\n\n    trigger review when cost_change > 10%\n",
    },
    CodeInfo {
        code: "E0301",
        title: "ends before it starts",
        explanation: "A term, or the period of a grant, ends before it starts; or a term given as\n`START for DURATION` has no end date, because a term is a whole number of\ndays, weeks, months, quarters or years.\n\nWrong:\n\n    term 2027-12-31 to 2026-01-01\n\nFix:\n\n    term 2026-01-01 to 2027-12-31\n",
    },
    CodeInfo {
        code: "E0302",
        title: "renewal window in the wrong place",
        explanation: "The renewal window must open no later than the renewal decision is due, and\nboth must fall inside the term. Both are counted back from the term's last\nday.\n\nWrong:\n\n    renewal {\n      window opens 30 days before end\n      decision due 60 days before end\n    }\n\nFix:\n\n    renewal {\n      window opens 120 days before end\n      decision due 60 days before end\n    }\n",
    },
    CodeInfo {
        code: "E0303",
        title: "notice deadline before the renewal decision",
        explanation: "The last day to give notice of non-renewal (the end of the term minus the\nexit notice period) falls before the renewal decision is due, so a decision\nnot to renew would come too late to give notice. A notice deadline on the\ndecision day itself is fine.\n\nWrong:\n\n    renewal { decision due 60 days before end }\n    exit { notice 90 days }\n\nFix: make the decision due earlier, or the notice period shorter.\n\n    renewal { decision due 90 days before end }\n    exit { notice 90 days }\n",
    },
    CodeInfo {
        code: "E0304",
        title: "milestone outside the term",
        explanation: "A milestone is due before the term starts or after it ends. Both ends of the\nterm are inclusive; `by day N` counts from the start, `day 0` being the\nfirst day.\n\nWrong:\n\n    term 2026-01-01 for 1 year\n    milestone handover by 2027-01-15 owner Globex\n\nFix:\n\n    milestone handover by 2026-12-15 owner Globex\n",
    },
    CodeInfo {
        code: "E0305",
        title: "cadence never happens in the term",
        explanation: "A meeting, review, survey or report has no date in the term: the term is too\nshort for the cadence, or the day the cadence names never falls in it (a\nMonday meeting in a term from Thursday to Saturday, a daily meeting with no\nbusiness day).\n\nWrong:\n\n    term 2026-01-01 to 2026-01-03\n    meeting planning every 2 weeks on monday 1 hour with Acme.rm, Globex.rm\n\nFix: choose a cadence that falls in the term, or lengthen the term.\n\n    term 2026-01-01 to 2026-03-31\n    meeting planning every 2 weeks on monday 1 hour with Acme.rm, Globex.rm\n",
    },
    CodeInfo {
        code: "E0306",
        title: "dispute step due before the earlier steps can end",
        explanation: "A dispute step counted from the notice (`within D of notice`) is due before\nthe steps before it can end when each of them takes the time it is allowed.\nThe earlier steps run one after the other, each starting when the previous\none ends unresolved.\n\nWrong:\n\n    step negotiation by Acme.rm, Globex.rm within 10 business days\n    step executives by Acme.sponsor, Globex.sponsor within 15 business days\n    step mediation by neutral within 20 days of notice\n\nFix: give the anchored step more time, or the earlier steps less.\n\n    step negotiation by Acme.rm, Globex.rm within 10 business days\n    step executives by Acme.sponsor, Globex.sponsor within 15 business days\n    step mediation by neutral within 60 days of notice\n",
    },
    CodeInfo {
        code: "E0307",
        title: "last dispute step is not binding",
        explanation: "A warning: a dispute that reaches the last step of the ladder may still not\nbe settled, because that step is not `binding`.\n\nWrong:\n\n    disputes on dispute_notice {\n      step negotiation by Acme.rm, Globex.rm within 10 business days\n      step mediation by neutral within 60 days of notice\n    }\n\nFix: end the ladder with a binding step.\n\n    disputes on dispute_notice {\n      step negotiation by Acme.rm, Globex.rm within 10 business days\n      step mediation by neutral within 60 days of notice\n      step arbitration by neutral binding\n    }\n",
    },
    CodeInfo {
        code: "E0308",
        title: "weights do not add up to 100%",
        explanation: "The tier weights of each stage of `weights` must add up to exactly 100%.\n\nWrong:\n\n    weights {\n      from start: operational 60%, relational 20%, strategic 10%\n    }\n\nFix:\n\n    weights {\n      from start: operational 60%, relational 30%, strategic 10%\n    }\n",
    },
    CodeInfo {
        code: "E0309",
        title: "weight stages out of order",
        explanation: "The first stage of `weights` must be `from start`, there is only one `from\nstart`, and each later stage (`after D`) must take effect after the one\nbefore it.\n\nWrong:\n\n    weights {\n      from start: operational 60%, relational 30%, strategic 10%\n      after 18 months: operational 40%, relational 30%, strategic 30%\n      after 12 months: operational 50%, relational 30%, strategic 20%\n    }\n\nFix: list the stages in the order they take effect.\n\n    weights {\n      from start: operational 60%, relational 30%, strategic 10%\n      after 12 months: operational 50%, relational 30%, strategic 20%\n      after 18 months: operational 40%, relational 30%, strategic 30%\n    }\n",
    },
    CodeInfo {
        code: "E0310",
        title: "change levels overlap",
        explanation: "Two levels of a `changes` block can hold at the same time, so one change\nwould select two pathways. The message shows the values both levels match,\nas an interval with open or closed ends.\n\nWrong:\n\n    significant when scope_change > 5% and scope_change <= 20% -> review by Acme.rm, Globex.rm\n    fundamental when scope_change > 15% -> review by Acme.steering, Globex.sponsor\n\nFix: make the levels meet without overlapping.\n\n    significant when scope_change > 5% and scope_change <= 15% -> review by Acme.rm, Globex.rm\n    fundamental when scope_change > 15% -> review by Acme.steering, Globex.sponsor\n",
    },
    CodeInfo {
        code: "E0311",
        title: "change levels leave a gap",
        explanation: "A warning: some values of the signal match no change level, so such a\nchange selects no pathway. Percent signals are not bounded to 0% to 100%\n(costs can fall), so negative values need a level too.\n\nWrong:\n\n    minor when cost_change < 5% -> approve by Acme.ops\n    significant when cost_change > 5% -> review by Acme.rm, Globex.rm\n\nFix:\n\n    minor when cost_change <= 5% -> approve by Acme.ops\n    significant when cost_change > 5% -> review by Acme.rm, Globex.rm\n",
    },
    CodeInfo {
        code: "E0312",
        title: "stricter bonus tier pays less",
        explanation: "Bonus tiers do not add up: the strictest tier met pays. A tier that is\nstricter (further in the metric's better direction, which is lower for a\n`lower is better` metric) but pays less than an easier tier would reward\nbetter performance with a smaller bonus.\n\nWrong:\n\n    metric defects: percent operational lower is better target <= 2%\n    ...\n    bonus quality quarterly on defects {\n      tier good when defects <= 2% pays 10% of retainer\n      tier excellent when defects <= 1% pays 5% of retainer\n    }\n\nFix:\n\n    bonus quality quarterly on defects {\n      tier good when defects <= 2% pays 5% of retainer\n      tier excellent when defects <= 1% pays 10% of retainer\n    }\n",
    },
    CodeInfo {
        code: "E0313",
        title: "bonus threshold outside the metric's range",
        explanation: "A bonus tier's threshold lies outside the range of its metric (0% to 100%\nfor a percent metric, or the range declared on its type), so the tier can\nnever be reached, or is always reached.\n\nWrong:\n\n    metric satisfaction: score 0..10 relational target >= 7\n    ...\n    tier legendary when satisfaction >= 12 pays 5_000 USD\n\nFix:\n\n    tier legendary when satisfaction >= 10 pays 5_000 USD\n",
    },
    CodeInfo {
        code: "E0314",
        title: "condition can never hold",
        explanation: "No value of the signals and metrics it reads satisfies the condition, so the\ntrigger, change level, bonus tier, adjustment or obligation it guards never\napplies.\n\nWrong:\n\n    trigger cost_spike when cost_change > 10% and cost_change < 5% { ... }\n\nFix:\n\n    trigger cost_spike when cost_change > 10% and cost_change < 25% { ... }\n",
    },
    CodeInfo {
        code: "E0315",
        title: "obliged and forbidden",
        explanation: "The same party (or one of its roles) must, may or is granted the right to do\nsomething, and must not do the same thing to the same object, and both can\nbe in force at the same time. Conditions that cannot hold together keep\nthem apart.\n\nWrong:\n\n    grant Globex read CustomerData for \"demand analytics\"\n    Globex must not read CustomerData\n\nFix: keep the duty that is meant.\n\n    grant Globex read CustomerData for \"demand analytics\"\n    Globex must not share CustomerData\n",
    },
    CodeInfo {
        code: "E0316",
        title: "escalation level allows less time than the one below",
        explanation: "A warning: each escalation level gives the time allowed at that rung, and a\nhigher level usually gets more time, not less. Unlike units are compared by\ntheir bounds (a month is 28 to 31 days).\n\nWrong:\n\n    management handled by Acme.rm, Globex.rm within 72 hours\n    executive handled by Acme.sponsor, Globex.sponsor within 4 hours\n\nFix:\n\n    management handled by Acme.rm, Globex.rm within 72 hours\n    executive handled by Acme.sponsor, Globex.sponsor within 1 week\n",
    },
    CodeInfo {
        code: "E0317",
        title: "bonus tier is not a threshold in the better direction",
        explanation: "Each tier of a bonus is a one-sided threshold on the bonus's metric in the\nmetric's better direction: `>=` or `>` when higher is better, `<=` or `<`\nwhen lower is better. A band, a condition on something else, or a threshold\nthat rewards the metric getting worse is reported. Without `lower is better`\nor `higher is better`, the metric's target gives the direction (`target <=\n48 hours`: lower is better); without a target, higher is better.\n\nWrong:\n\n    metric defects: percent operational lower is better target <= 2%\n    ...\n    tier bad_quality when defects >= 4% pays 1% of retainer\n\nFix:\n\n    tier acceptable when defects <= 4% pays 1% of retainer\n",
    },
    CodeInfo {
        code: "E0318",
        title: "a share of a retainer the pay block does not have",
        explanation: "A bonus tier pays `X% of retainer`: X% of the retainer that the same pay\nblock accrues over the bonus's period. In a pay block without a retainer\nthat is always nothing, so the tier could never pay.\n\nWrong:\n\n    pay Globex {\n      bonus b quarterly on quality {\n        tier t when quality >= 5 pays 5% of retainer\n      }\n    }\n\nFix: pay a fixed amount, or add the retainer to the block.\n\n    pay Globex {\n      retainer 1_000 USD monthly\n      bonus b quarterly on quality {\n        tier t when quality >= 5 pays 5% of retainer\n      }\n    }\n",
    },
    CodeInfo {
        code: "E0319",
        title: "change levels cannot be analysed",
        explanation: "A note: the overlap and gap analysis of change levels handles conditions\nbuilt from `signal OP constant` with `and`, `or` and `not`. A level that\ncompares two signals, or a computed value, is beyond it, so the levels get\nthis note instead of a verdict; check them by hand.\n\nNot analysed:\n\n    in_line when cost_change <= market_change -> approve by Acme.ops\n    above_market when cost_change > market_change -> review by Acme.rm, Globex.rm\n\nFix, when it can be done: read one signal and compare it with constants.\n\n    signal cost_vs_market: percent\n    ...\n    in_line when cost_vs_market <= 0% -> approve by Acme.ops\n    above_market when cost_vs_market > 0% -> review by Acme.rm, Globex.rm\n",
    },
    CodeInfo {
        code: "E0320",
        title: "a date outside the calendar",
        explanation: "A clause computes a date outside the calendar's range, 0001-01-01 to\n9999-12-31: a milestone `by day N` far past the start, a renewal window or\nexit notice counted back further than year 1. Such a date cannot be written\nin the schedule or in iCalendar, so it is an error rather than an event that\nquietly goes missing. (A term ending after 9999-12-31 is E0301.)\n\nWrong:\n\n    term 2026-01-01 for 1 year\n    milestone launch by day 100000000\n\nFix:\n\n    milestone launch by day 100\n",
    },
    CodeInfo {
        code: "E0321",
        title: "notice of non-renewal is due before the term starts",
        explanation: "The last day to give notice of non-renewal (the end minus the exit notice)\nfalls before the term starts, so no party can ever give it in time. (With a\nrenewal decision date, the same mistake is E0303.)\n\nWrong:\n\n    term 2026-01-01 for 1 year\n    exit { notice 400 days }\n\nFix:\n\n    exit { notice 60 days }\n",
    },
    CodeInfo {
        code: "E0322",
        title: "milestone on a day the partnership does not work",
        explanation: "A warning: a milestone written `by day N` lands on a weekend day or a holiday\nof the partnership's `calendar`. Counting days from the start rarely means\n\"due on a Saturday\"; give the date itself (or another day) if that is not\nmeant. Milestones written with a date are taken as meant.\n\nWarned:\n\n    term 2026-01-01 for 1 year        // a Thursday\n    milestone draft by day 2          // 2026-01-03, a Saturday\n\nFix:\n\n    milestone draft by 2026-01-05\n",
    },
    CodeInfo {
        code: "E0323",
        title: "a metric's direction contradicts its target",
        explanation: "A metric says which way is better (`lower is better`, `higher is better`)\nand has a target that asks for the other way: `higher is better target <=\n2%`. The direction decides which way bonus tiers must point (E0317) and\nwhich tier is the strictest; the target decides when the metric is met for\nhealth. One of the two is likely a slip. This is a warning. Without a written\ndirection, the target gives it.\n\nWrong:\n\n    metric defects: percent operational higher is better target <= 2%\n\nFix:\n\n    metric defects: percent operational lower is better target <= 2%\n",
    },
    CodeInfo {
        code: "E0330",
        title: "health tier without a target",
        explanation: "A weights stage gives a health tier a weight, but no metric of that tier has\na target, so the tier cannot be met: it scores 0% in every period and the\npartnership's health can never reach 100% (design §10.1). This is a\nwarning.\n\nWrong:\n\n    metric insights_shared: count strategic\n    weights { from start: operational 60%, relational 30%, strategic 10% }\n\nFix: give a metric of the tier a target (or the tier no weight).\n\n    metric insights_shared: count strategic target >= 4\n",
    },
    CodeInfo {
        code: "E0331",
        title: "share band limits out of order",
        explanation: "The limits of a `share`'s bands must be above zero and increase: each band\ncovers the part of the contract year's total between the limit before it\nand its own.\n\nWrong:\n\n    share 10% of extra_revenue up to 500_000 USD, 15% up to 200_000 USD, 20% above\n\nFix:\n\n    share 10% of extra_revenue up to 200_000 USD, 15% up to 500_000 USD, 20% above\n",
    },
    CodeInfo {
        code: "E0332",
        title: "indexation floor above its cap",
        explanation: "An indexed retainer changes each year by the index's last reading, clamped\nbetween the floor and the cap; a floor above the cap leaves no room.\n\nWrong:\n\n    retainer 20_000 USD monthly indexed annually by cpi capped at 2% floor 3%\n\nFix:\n\n    retainer 20_000 USD monthly indexed annually by cpi capped at 3% floor 0%\n",
    },
    CodeInfo {
        code: "E0340",
        title: "escalation levels overlap",
        explanation: "Two levels of an `escalation` block have criteria that can hold at the same\ntime, so one reading would raise two levels. The message shows the values\nboth levels match, as an interval with open or closed ends. Levels without\ncriteria are raised by hand only and are not compared.\n\nWrong:\n\n    escalation {\n      minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours\n      major when outage_hours >= 4 handled by Acme.rm, Globex.rm within 1 week\n    }\n\nFix: make the criteria meet without overlapping.\n\n    minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours\n    major when outage_hours > 4 handled by Acme.rm, Globex.rm within 1 week\n",
    },
    CodeInfo {
        code: "E0341",
        title: "escalation levels leave a gap",
        explanation: "A warning: some values of the signal match no escalation level, so such a\nreading raises nothing by itself (an issue can still be raised by hand).\n\nWrong:\n\n    minor when outage_hours < 4 handled by Acme.ops, Globex.delivery within 24 hours\n    major when outage_hours > 4 handled by Acme.rm, Globex.rm within 1 week\n\nFix:\n\n    minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours\n    major when outage_hours > 4 handled by Acme.rm, Globex.rm within 1 week\n",
    },
    CodeInfo {
        code: "E0342",
        title: "renewal criteria without a default outcome",
        explanation: "A renewal's `criteria` decide whether its default applies when no decision\nis recorded: the default if they hold on the decision date, the other\noutcome if not. Without a `default` there is nothing for them to decide.\n\nWrong:\n\n    renewal {\n      decision due 60 days before end\n      criteria on_time >= 90%\n    }\n\nFix:\n\n    renewal {\n      decision due 60 days before end\n      default renew for 1 year\n      criteria on_time >= 90%\n    }\n",
    },
    CodeInfo {
        code: "E0343",
        title: "a surviving duty is due before the term ends",
        explanation: "The duties of `survives D { ... }` start when the term ends, so a deadline\n`before end` or `before renewal decision` can never be met.\n\nWrong:\n\n    survives 1 year {\n      Globex must return CustomerData before end\n    }\n\nFix: count the deadline from the end, or make it a duty of the term.\n\n    survives 1 year {\n      Globex must return CustomerData within 30 days\n    }\n",
    },
    CodeInfo {
        code: "E0401",
        title: "an exclusive right is granted to another party too",
        explanation: "A grant marked `exclusive` gives one party a right over a resource that no one\nelse may hold. Another partnership grants the same right over the same resource\nto a different party, and both grants are in force on the same days. The\nresource's owner is exempt.\n\nWrong:\n\n    partnership AcmeGlobex {\n      parties Acme as client, Globex as provider\n      term 2026-01-01 for 2 years\n      grant exclusive Globex distribute NordicTerritory\n    }\n    partnership AcmeInitech {\n      parties Acme as client, Initech as provider\n      term 2027-06-01 for 1 year\n      grant Initech distribute NordicTerritory\n    }\n\nFix: let the second grant start after the exclusive one ends, or drop `exclusive`.\n\n    grant Initech distribute NordicTerritory from 2028-01-01 to 2028-05-31\n",
    },
    CodeInfo {
        code: "E0402",
        title: "a default renewal would overlap an exclusive right",
        explanation: "The periods of an exclusive grant and a competing grant do not overlap, but the\nexclusive contract renews by default: if nobody decides otherwise, both grants\nwould be in force at the same time. This is a warning.\n\nWrong:\n\n    renewal { window opens 90 days before end; decision due 60 days before end; default renew for 1 year }\n\nFix: make the renewal expire by default, or end the competing grant first.\n\n    renewal { window opens 90 days before end; decision due 60 days before end; default expire }\n",
    },
    CodeInfo {
        code: "E0403",
        title: "a party shares a resource it may not share",
        explanation: "One partnership forbids a party to share a resource; another partnership, in\nforce at the same time, obliges or permits that party to share it, or has it\ngrant the resource to a third party.\n\nWrong:\n\n    partnership AcmeGlobex { ... Globex must not share CustomerData }\n    partnership GlobexInitech { ... Globex must share CustomerData within 30 days }\n\nFix: align the data terms, for example by dropping the duty to share.\n",
    },
    CodeInfo {
        code: "E0404",
        title: "a role is booked over its capacity",
        explanation: "A role declares how many hours a month it can give (`capacity 20 hours per\nmonth`). The meetings and reviews with a length that it sits in, summed over\nevery partnership, take more than that in some calendar month. The message\nnames the first such month, the load and the largest contributors.\n\nWrong:\n\n    party Acme { role rm capacity 12 hours per month }\n    meeting tactical weekly on monday 2 hours with Acme.rm, Globex.rm     // in one partnership\n    meeting tactical weekly on thursday 2 hours with Acme.rm, Initech.rm  // in another\n\nFix: meet less often or for less time, or raise the capacity.\n\n    meeting tactical every 2 weeks on monday 2 hours with Acme.rm, Globex.rm\n",
    },
    CodeInfo {
        code: "E0405",
        title: "two meetings of one role overlap",
        explanation: "Two meetings with a time of day share a role, and on some date both take place\nwith overlapping times. Meetings without a time never collide; back-to-back\nmeetings (one ends at 11:00, the next starts at 11:00) do not either.\n\nWrong:\n\n    meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm\n    meeting sync every 2 weeks on monday at 10:30 for 1 hour with Acme.rm, Initech.rm\n\nFix: move one of them.\n\n    meeting sync every 2 weeks on monday at 11:00 for 1 hour with Acme.rm, Initech.rm\n",
    },
    CodeInfo {
        code: "E0406",
        title: "a milestone requires one that is due later",
        explanation: "A milestone `requires` another milestone, in the same or another partnership,\nthat is due after it: it cannot be met on time.\n\nWrong:\n\n    milestone sdk_delivered by 2026-07-01          // in SdkDeal\n    milestone go_live by 2026-06-01 requires SdkDeal.sdk_delivered\n\nFix: move the dates so that what is required comes first.\n\n    milestone go_live by 2026-07-15 requires SdkDeal.sdk_delivered\n",
    },
    CodeInfo {
        code: "E0407",
        title: "milestones require each other in a cycle",
        explanation: "Following `requires` from milestone to milestone leads back to the start, so\nnone of them can be met first. The message lists the whole cycle.\n\nWrong:\n\n    milestone design by 2026-03-01 requires Test.signoff   // in Build\n    milestone signoff by 2026-03-01 requires Build.design  // in Test\n\nFix: remove one requirement.\n\n    milestone design by 2026-03-01\n",
    },
    CodeInfo {
        code: "E0408",
        title: "coordination rules form a cycle",
        explanation: "A `coordinate` rule reads a signal of one partnership and binds parties of\nanother. When these rules lead from a partnership back to itself, a change can\nfeed back on itself (a price change at one provider triggers a review at the\nnext, whose change triggers a review at the first ...). This is a warning.\n\nWrong:\n\n    coordinate Pricing {\n      when ApiOne.price_change > 10% { ApiTwo.client must review pricing within 30 days }\n      when ApiTwo.price_change > 10% { ApiOne.client must review pricing within 30 days }\n    }\n\nFix: let changes flow one way, or make sure the reviews cannot trigger each other.\n",
    },
    CodeInfo {
        code: "E0409",
        title: "a counterparty is under different frameworks",
        explanation: "A party that is not the portfolio's holder appears in several partnerships under\ndifferent masters, laws or dispute ladders. That is often an oversight: one\ncounterparty usually has one framework. This is a warning.\n\nWrong:\n\n    partnership AcmeGlobex under UkTerms { ... }\n    partnership InitechGlobex under UsTerms { ... }\n\nFix: put both under the same master, or keep the difference and document why.\n",
    },
    CodeInfo {
        code: "E0420",
        title: "the portfolio's templates expand to too many clauses",
        explanation: "All the partnerships of a portfolio together may bring at most 100,000\nclauses from templates (each `use` counts as one more), besides the limit of\n10,000 for one partnership (E0121). Partnerships are taken in the order of\ntheir files' names and their place in each file; from the first whose\ntemplates do not fit, no partnership's templates are expanded, and those\npartnerships are checked without them. The error names how many\npartnerships were left without their templates.\n\nWrong:\n\n    template big() { ... 9,999 clauses ... }\n    partnership P1 { ... use big }\n    ... (a thousand partnerships that each use `big`)\n\nFix: let templates bring what each partnership needs, or check the\nportfolio in parts.\n",
    },
    CodeInfo {
        code: "E0421",
        title: "calendar collisions were not all checked",
        explanation: "Finding the first date two meetings share can take many steps when their\ncadences rarely meet. Meetings with the same time and schedule are searched\nonce, each pair of schedules once, and the searches of a whole portfolio may\ntake at most 200,000 steps together. When a portfolio needs more, the\ncollision check (E0405) stops, reports what it found, and warns here, at\nthe first meeting of the role it was checking.\n\nWrong: hundreds of meetings at one time of day for one role, with cadences\nthat never fall on the same day, in terms of many years.\n\nFix: give a time of day only to the meetings that need one, or check the\nportfolio in parts.\n",
    },
    CodeInfo {
        code: "E0422",
        title: "amendments take effect on too many dates",
        explanation: "Every distinct date on which an amendment takes effect is a version of the\nportfolio, and every check runs on every version (the contract in force on\neach date). A portfolio's amendments may take effect on at most 100\ndistinct dates. The amendments effective after the 100th date are left out\nof the checks and the outputs, and the error, at the first of them, says\nhow many there are.\n\nWrong: a file of amendments that each take effect on another day, a\nthousand of them.\n\nFix: merge amendments that take effect close together into one, or check\nthe portfolio in parts.\n",
    },
    CodeInfo {
        code: "E0423",
        title: "a date beyond the horizon",
        explanation: "pact follows a portfolio for 100 years from its earliest term start, the\nlongest a single term may last (E0301). `pact build --through DATE`, `pact\nrun --until DATE` and the dates of a trace may not go beyond that: a date\nsuch as 9999-12-31 on a contract that renews every day would ask for\nmillions of renewed terms. The message gives the last date allowed.\n`--through` and `--until` fail with exit status 2; a trace line with exit\nstatus 1, naming the line.\n\nWrong (the earliest term starts 2026-01-01):\n\n    pact build portfolio/ --emit schedule --through 9999-12-31\n\nFix: a date up to 2125-12-31.\n\n    pact build portfolio/ --emit schedule --through 2036-12-31\n",
    },
    CodeInfo {
        code: "E0424",
        title: "`--through` renews a partnership too many times",
        explanation: "`pact build --through DATE` schedules the renewed terms of every partnership\nthat renews by default, up to DATE. It schedules at most 1,200 renewed\nterms of one partnership (a monthly renewal for 100 years): a term renewed\nfor a day would bring tens of thousands of terms, each with its renewal\nwindow, decision and notice dates. The message names the partnership and\nthe last date that can be scheduled; nothing is written (exit status 2).\n\nWrong:\n\n    term 2026-01-01 for 1 day\n    renewal { ... default renew for 1 day }\n\n    pact build portfolio/ --emit schedule --through 2036-12-31\n\nFix: an earlier date, or renewals for longer terms.\n",
    },
    CodeInfo {
        code: "E0501",
        title: "unknown change level of an amendment",
        explanation: "An amendment says which level of the partnership's change protocol it was\nagreed under (`as LEVEL`), a level of its `changes` clause. The level does not\nexist, or the partnership has no `changes` clause.\n\n    partnership AcmeGlobex {\n      ...\n      changes {\n        minor when cost_change <= 5% -> approve by Acme.ops\n        significant when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days\n        authority Acme.sponsor\n      }\n    }\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as signficant approved by Acme.rm, Globex.rm { ... }\n\nFix: name one of the levels.\n\n    amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm { ... }\n",
    },
    CodeInfo {
        code: "E0502",
        title: "amendment not approved by its level's roles",
        explanation: "The approvers of an amendment (`approved by ...`) must include every role of\nthe pathway of the level it was agreed under, or the change authority. The\nmessage names the roles that are missing. Labels count as their party\n(`client.rm` is `Acme.rm` when Acme is the client), and a pathway step that\nnames a whole party is met by any of its roles.\n\n    partnership AcmeGlobex {\n      ...\n      changes {\n        minor when cost_change <= 5% -> approve by Acme.ops\n        significant when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days\n        authority Acme.sponsor\n      }\n    }\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm { ... }\n\nFix: add the missing approvers (or have `Acme.sponsor`, the authority, approve).\n\n    amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm { ... }\n",
    },
    CodeInfo {
        code: "E0503",
        title: "amendment effective outside the term",
        explanation: "An amendment takes effect on a date inside the term of the partnership it\nchanges (the first term, both ends included).\n\nWrong (the term is 2026-01-01 for 2 years):\n\n    amend AcmeGlobex effective 2028-03-01 as minor approved by Acme.ops { ... }\n\nFix: an effective date from 2026-01-01 to 2027-12-31.\n",
    },
    CodeInfo {
        code: "E0504",
        title: "two amendments on one date",
        explanation: "The amendments of one partnership apply in effective-date order; two that\ntake effect on the same date have no order between them.\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops { ... }\n    amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm { ... }\n\nFix: merge them into one amendment, or give one a later date.\n",
    },
    CodeInfo {
        code: "E0505",
        title: "`remove` of a clause that is not there",
        explanation: "`remove KIND NAME` (or `remove KIND` for a clause a partnership has once)\ndeletes a clause of the contract the amendment changes: the partnership with\nthe earlier amendments applied. No clause of that kind and name is in force.\nThe help suggests the closest name.\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      remove meeting tacticl\n    }\n\nFix:\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      remove meeting tactical\n    }\n",
    },
    CodeInfo {
        code: "E0506",
        title: "`remove` with a missing or extra name",
        explanation: "Clauses a partnership may have several of (meeting, review, metric,\ntrigger, milestone, survey, report, pay) are removed by name:\n`remove meeting tactical`. Clauses it has once (term, renewal, exit,\nchanges ...) are removed without one: `remove renewal`.\n\nWrong:\n\n    remove meeting\n    remove renewal standard\n\nFix:\n\n    remove meeting tactical\n    remove renewal\n",
    },
    CodeInfo {
        code: "E0507",
        title: "`override` of a clause that is not there",
        explanation: "In an amendment, `override CLAUSE` replaces the clause with the same key\n(`meeting tactical`, `pay Globex`, the `renewal` clause) in the contract the\namendment changes. There is no such clause; or the clause has no key\n(obligations, grants and invoices can only be added).\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      override meeting strategy monthly 1 hour with Acme.rm\n    }\n\nFix: without `override`, the clause is added from the effective date.\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      meeting strategy monthly 1 hour with Acme.rm\n    }\n",
    },
    CodeInfo {
        code: "E0508",
        title: "amendment adds a clause the contract already has",
        explanation: "A clause an amendment adds without `override` has the key of a clause\nalready in force (two `meeting tactical`, two `renewal` clauses). Say which\none is meant to hold from the effective date.\n\nWrong:\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      meeting tactical every 2 weeks on monday 1 hour with Acme.rm, Globex.rm\n    }\n\nFix: replace it,\n\n    amend AcmeGlobex effective 2026-07-01 as minor approved by Acme.ops {\n      override meeting tactical every 2 weeks on monday 1 hour with Acme.rm, Globex.rm\n    }\n\nor `remove meeting tactical` first.\n",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted() {
        for pair in CODES.windows(2) {
            if let [a, b] = pair {
                assert!(a.code < b.code, "{} must come before {}", a.code, b.code);
            }
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(lookup("e0004").is_some());
        assert!(lookup("E9999").is_none());
    }
}
