//! How this tool reads the law: every interpretive choice the rules make, stated next to
//! the rule that makes it (a `Reading` static, marked `INTERPRETATION` in the code) and
//! listed in one document (`biometric-check readings`) that the page links to, so that a
//! city's lawyer can see every judgement the tool makes for them.

use super::citation::Citation;

/// One interpretive choice.
#[derive(Debug, PartialEq)]
pub struct Reading {
    /// A stable identifier.
    pub id: &'static str,
    /// The provisions read.
    pub provisions: &'static [Citation],
    /// What the text says, in short (quoted where the words matter).
    pub text: &'static str,
    /// How the rules read it.
    pub reading: &'static str,
    /// The reading not taken, and why.
    pub not_taken: &'static str,
    /// Where the choice is made in the code.
    pub code: &'static str,
}
