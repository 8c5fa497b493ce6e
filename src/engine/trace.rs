//! What a regime records while it reasons: findings, conditions and obligations, each
//! tied to a static definition that carries its citations and application date. The
//! text comes later, from the message catalogue, in the user's language.

use crate::engine::ask::Tri;
use crate::facts::Field;
use crate::law::{Citation, Milestone};

/// The kind of a finding, as the output contract names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Whether the regime applies at all.
    Scope,
    /// What the system is, and whether it is high-risk.
    Classification,
    /// A prohibition.
    Prohibition,
    /// An exception to a prohibition.
    Exception,
    /// A provision that imposes duties.
    Obligation,
    /// A transparency duty.
    Transparency,
    /// Other law that still applies.
    OtherLaw,
    /// Anything else worth knowing.
    Note,
}

/// A finding a rule can make. Its message id is `id`.
#[derive(Debug, PartialEq)]
pub struct Finding {
    /// Stable identifier and message id.
    pub id: &'static str,
    /// Kind.
    pub kind: FindingKind,
    /// The provisions it rests on.
    pub citations: &'static [Citation],
    /// From when it applies, if the provision has a date of application.
    pub applies_from: Option<&'static Milestone>,
}

/// A condition a conditional verdict depends on. Its message id is `id`.
#[derive(Debug, PartialEq)]
pub struct Condition {
    /// Stable identifier and message id.
    pub id: &'static str,
    /// The provisions it rests on.
    pub citations: &'static [Citation],
    /// The input field that says whether it holds, if any.
    pub field: Option<Field>,
}

/// Who an obligation falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    /// The organisation using the system.
    Deployer,
    /// The organisation placing it on the market or putting it into service.
    Provider,
}

/// An obligation a rule can impose. Its message id is `id`.
#[derive(Debug, PartialEq)]
pub struct Obligation {
    /// Stable identifier and message id.
    pub id: &'static str,
    /// Who must comply.
    pub who: Who,
    /// The provisions it rests on.
    pub citations: &'static [Citation],
    /// From when it applies (`None` for a text that never applied, such as a proposal).
    pub applies_from: Option<&'static Milestone>,
    /// The input field that says whether it is done, if any.
    pub field: Option<Field>,
}

/// A value filled into a message placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Another message, in the same language.
    Message(&'static str),
    /// The label of an option of a field.
    Option(Field, usize),
    /// A number of years.
    Years(f64),
    /// The deployment's value of a field, as shown to the user (a country's code,
    /// an option's label).
    FieldValue(Field),
    /// A message chosen by the deployment's country: `{prefix}.{code}`, or
    /// `{prefix}.default` when there is none for that country.
    PerCountry(&'static str),
}

/// Placeholder values of one message.
pub type Args = Vec<(&'static str, Arg)>;

/// One entry of a regime's reasoning. Two items are equal when they come from the same
/// definition (compared by identity, not by content) with the same details.
#[derive(Clone, Debug)]
pub enum Item {
    /// A finding, with its placeholder values.
    Finding(&'static Finding, Args),
    /// A condition and whether it holds.
    Condition(&'static Condition, Tri),
    /// An obligation and, where the input says, whether it is done.
    Obligation(&'static Obligation, Option<Tri>),
    /// A rule of a policy document that matched, by index.
    PolicyRule(usize),
    /// A safeguard a policy rule requires, and whether it is in place.
    PolicyRequirement {
        /// The rule's index.
        rule: usize,
        /// The safeguard field.
        field: Field,
        /// Whether it is in place.
        status: Tri,
    },
}

/// The record of one evaluation. Exploring alternatives evaluates rules many times
/// without keeping a record; then recording is off and costs nothing.
#[derive(Debug, Default)]
pub struct Trace {
    recording: bool,
    items: Vec<Item>,
}

impl Trace {
    /// A trace that records.
    pub fn recording() -> Self {
        Self { recording: true, items: Vec::new() }
    }
    /// A trace that records nothing.
    pub fn silent() -> Self {
        Self { recording: false, items: Vec::new() }
    }
    /// The items recorded.
    pub fn items(&self) -> &[Item] {
        &self.items
    }
    /// Takes the items recorded.
    pub fn into_items(self) -> Vec<Item> {
        self.items
    }
    /// Records a finding without placeholders.
    pub fn finding(&mut self, finding: &'static Finding) {
        if self.recording {
            self.items.push(Item::Finding(finding, Vec::new()));
        }
    }
    /// Records a finding; the placeholder values are only built when recording.
    pub fn finding_with(&mut self, finding: &'static Finding, args: impl FnOnce() -> Args) {
        if self.recording {
            self.items.push(Item::Finding(finding, args()));
        }
    }
    /// Records a condition.
    pub fn condition(&mut self, condition: &'static Condition, status: Tri) {
        if self.recording {
            self.items.push(Item::Condition(condition, status));
        }
    }
    /// Records an obligation.
    pub fn obligation(&mut self, obligation: &'static Obligation, status: Option<Tri>) {
        if self.recording {
            self.items.push(Item::Obligation(obligation, status));
        }
    }
    /// Records any item.
    pub fn push(&mut self, item: Item) {
        if self.recording {
            self.items.push(item);
        }
    }
    /// A mark to return to with [`Trace::rewind`].
    pub fn mark(&self) -> usize {
        self.items.len()
    }
    /// Forgets what was recorded since `mark`.
    pub fn rewind(&mut self, mark: usize) {
        self.items.truncate(mark);
    }
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        use std::ptr::eq;
        match (self, other) {
            (Item::Finding(a, args_a), Item::Finding(b, args_b)) => eq(*a, *b) && args_a == args_b,
            (Item::Condition(a, status_a), Item::Condition(b, status_b)) => eq(*a, *b) && status_a == status_b,
            (Item::Obligation(a, status_a), Item::Obligation(b, status_b)) => eq(*a, *b) && status_a == status_b,
            (Item::PolicyRule(a), Item::PolicyRule(b)) => a == b,
            (
                Item::PolicyRequirement { rule: rule_a, field: field_a, status: status_a },
                Item::PolicyRequirement { rule: rule_b, field: field_b, status: status_b },
            ) => rule_a == rule_b && field_a == field_b && status_a == status_b,
            _ => false,
        }
    }
}
