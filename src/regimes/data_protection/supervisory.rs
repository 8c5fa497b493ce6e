//! Decisions of supervisory authorities on comparable uses: notes, not verdicts. They
//! are cited as reported; no address is given for decisions EUR-Lex does not hold.

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::facts::knowledge::facts;
use crate::engine::ask::Ask;
use crate::facts::vocabulary::{Function, Operator, Purpose, Space};
use crate::law::{Citation, Instrument};
use crate::engine::ask::known_only;

/// Sweden, 2019: a school's face recognition for attendance.
pub static SCHOOL_ATTENDANCE: Finding = Finding {
    id: "dp.supervisory.school",
    kind: FindingKind::Note,
    citations: &[Citation::decision(Instrument::SwedishDpaSkelleftea)],
    applies_from: None,
};

/// The Netherlands, 2020, and Spain, 2021: face recognition in shops.
pub static SHOPS: Finding = Finding {
    id: "dp.supervisory.shops",
    kind: FindingKind::Note,
    citations: &[Citation::decision(Instrument::DutchDpaSupermarket), Citation::decision(Instrument::SpanishDpaMercadona)],
    applies_from: None,
};

/// Records the decisions that concern uses like the one described (known facts only).
pub fn notes(ask: &mut Ask<'_>, out: &mut Trace) {
    known_only(ask, out, |ask, out| {
        let identifies = ask.has_any(facts::FUNCTIONS, &[Function::Identification, Function::Verification])?;
        if identifies && ask.is(facts::PURPOSE, Purpose::Education)? {
            out.finding(&SCHOOL_ATTENDANCE);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if ask.has(facts::FUNCTIONS, Function::Identification)?
            && ask.is(facts::OPERATOR, Operator::PrivateEntity)?
            && ask.is(facts::SPACE, Space::PubliclyAccessible)?
        {
            out.finding(&SHOPS);
        }
        Ok(())
    });
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&SCHOOL_ATTENDANCE, &SHOPS];
