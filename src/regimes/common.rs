//! Small pieces of reasoning that several regimes share.

use crate::engine::trace::{Arg, Finding, Trace};
use crate::facts::Field;
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Function, Operator, Purpose, Role};

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
