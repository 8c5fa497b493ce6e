//! Small pieces of reasoning that several regimes share.

use crate::engine::trace::{Arg, Finding, Trace};
use crate::facts::Field;
use crate::facts::knowledge::{facts, Ask, Split};
use crate::facts::vocabulary::{Function, Operator, Purpose, Role};

/// Runs a part of the reasoning that cannot change the verdict (a definition worth
/// stating, a note on other law, the details of an obligation) on known facts only:
/// where it would need a fact that is not known, it is left out and anything it
/// recorded is discarded, instead of splitting the evaluation.
pub fn known_only<T>(
    ask: &mut Ask<'_>,
    out: &mut Trace,
    part: impl FnOnce(&mut Ask<'_>, &mut Trace) -> Result<T, Split>,
) -> Option<T> {
    let mark = out.mark();
    match part(ask, out) {
        Ok(value) => Some(value),
        Err(_) => {
            out.rewind(mark);
            None
        }
    }
}

/// Remote biometric identification (Art 3(41)): identification of people without their
/// active involvement, typically at a distance. Verification alone is not identification.
pub fn is_remote_identification(ask: &mut Ask<'_>) -> Result<bool, Split> {
    Ok(ask.has(facts::FUNCTIONS, Function::Identification)? && ask.flag(facts::REMOTE)?)
}

/// Use "for the purposes of law enforcement" (Art 3(46)): activities carried out by law
/// enforcement authorities or on their behalf. A public authority counts where national
/// law entrusts it with law enforcement powers (Art 3(45)(b)); a private entity or person
/// acting on its own account does not, whatever it calls its purpose.
///
/// INTERPRETATION (`art5_1_h::READING_PUBLIC_AUTHORITY`).
pub fn is_law_enforcement(ask: &mut Ask<'_>) -> Result<bool, Split> {
    Ok(ask.is(facts::PURPOSE, Purpose::LawEnforcement)? && ask.is_any(facts::OPERATOR, PUBLIC_BODIES)?)
}

/// Public bodies: authorities, and those acting on a law enforcement authority's behalf.
pub const PUBLIC_BODIES: &[Operator] =
    &[Operator::LawEnforcementAuthority, Operator::ActingForLawEnforcement, Operator::PublicAuthority];

/// A provider supplying a system whose intended purpose is `purpose` (who the provider
/// is does not matter: duties and classifications follow the intended purpose).
pub fn supplied_for(ask: &mut Ask<'_>, purpose: Purpose) -> Result<bool, Split> {
    Ok(ask.is(facts::PURPOSE, purpose)? && ask.is(facts::ROLE, Role::Provider)?)
}

/// Whether a safeguard is in place, for the fields that say so (flags, and the
/// authorisation, which counts when granted or requested in a duly justified urgency).
pub fn safeguard_status(ask: &mut Ask<'_>, field: crate::facts::Field) -> Option<crate::facts::knowledge::Tri> {
    use crate::facts::knowledge::{facts_of_field, Tri};
    use crate::facts::vocabulary::{Authorisation, Keyword};
    use crate::facts::{Field, FieldKind};
    let fact = facts_of_field(field).start;
    let known = ask.peek_fact(fact);
    match field.kind() {
        FieldKind::Flag => Some(match known {
            Some(1) => Tri::Met,
            Some(_) => Tri::Unmet,
            None => Tri::Unknown,
        }),
        FieldKind::Choice(_) if field == Field::SafeguardAuthorisation => {
            Some(match known.and_then(Authorisation::from_index) {
                Some(Authorisation::Granted | Authorisation::UrgentRequested) => Tri::Met,
                Some(Authorisation::None) => Tri::Unmet,
                None => Tri::Unknown,
            })
        }
        _ => None,
    }
}

/// Records the exception a real-time search fits; the exception for suspects names the
/// offence and its maximum sentence (Art 5(1)(h)(iii) and the proposal's 5(1)(d)(iii)).
pub fn record_exception(out: &mut Trace, exception: &'static Finding, for_a_suspect: bool) {
    if for_a_suspect {
        out.finding_with(exception, || {
            vec![
                ("offence", Arg::FieldValue(Field::LawEnforcementOffence)),
                ("years", Arg::FieldValue(Field::LawEnforcementMaxSentenceYears)),
            ]
        });
    } else {
        out.finding(exception);
    }
}
