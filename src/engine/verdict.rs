//! Verdicts, from strictest to least strict, and sets of them.

use super::trace::Finding;

/// What a regime says of a deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// May not be used.
    Prohibited,
    /// May be used only under conditions set by the law, each of which must hold.
    Conditional,
    /// May be used, with the obligations for high-risk AI systems.
    HighRisk,
    /// May be used, with transparency obligations.
    Transparency,
    /// No obligations specific to this regime.
    Minimal,
    /// The regime does not apply.
    NotApplicable,
}

impl Verdict {
    /// Every verdict, strictest first.
    pub const ALL: &'static [Verdict] = &[
        Verdict::Prohibited,
        Verdict::Conditional,
        Verdict::HighRisk,
        Verdict::Transparency,
        Verdict::Minimal,
        Verdict::NotApplicable,
    ];

    /// Higher is stricter.
    pub fn strictness(self) -> u8 {
        match self {
            Verdict::Prohibited => 5,
            Verdict::Conditional => 4,
            Verdict::HighRisk => 3,
            Verdict::Transparency => 2,
            Verdict::Minimal => 1,
            Verdict::NotApplicable => 0,
        }
    }

    /// The kebab-case keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            Verdict::Prohibited => "prohibited",
            Verdict::Conditional => "conditional",
            Verdict::HighRisk => "high-risk",
            Verdict::Transparency => "transparency",
            Verdict::Minimal => "minimal",
            Verdict::NotApplicable => "not-applicable",
        }
    }

    /// The stricter of two verdicts.
    pub fn max(self, other: Verdict) -> Verdict {
        if other.strictness() > self.strictness() {
            other
        } else {
            self
        }
    }

    fn bit(self) -> u8 {
        1 << self.strictness()
    }
}

/// A set of verdicts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct VerdictSet(u8);

impl VerdictSet {
    /// No verdict.
    pub const EMPTY: VerdictSet = VerdictSet(0);
    /// Every verdict.
    pub const ALL: VerdictSet = VerdictSet(0b11_1111);

    /// A set of one verdict.
    pub fn of(verdict: Verdict) -> Self {
        Self(verdict.bit())
    }
    /// Adds a verdict.
    pub fn insert(&mut self, verdict: Verdict) {
        self.0 |= verdict.bit();
    }
    /// Whether the set holds the verdict.
    pub fn contains(self, verdict: Verdict) -> bool {
        self.0 & verdict.bit() != 0
    }
    /// Union.
    pub fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
    /// Whether every verdict of `self` is in `other`.
    pub fn is_subset(self, other: Self) -> bool {
        self.0 & !other.0 == 0
    }
    /// The number of verdicts.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The verdicts, strictest first.
    pub fn iter(self) -> impl Iterator<Item = Verdict> {
        Verdict::ALL.iter().copied().filter(move |v| self.contains(v.to_owned()))
    }
    /// The only verdict, if there is exactly one.
    pub fn single(self) -> Option<Verdict> {
        if self.len() == 1 {
            self.iter().next()
        } else {
            None
        }
    }
    /// The strictest verdict.
    pub fn strictest(self) -> Option<Verdict> {
        self.iter().next()
    }
    /// `{max(a, b) | a ∈ self, b ∈ other}`: the possible combined verdicts of two
    /// regimes when each may independently take any of its possible verdicts.
    pub fn combine_strictest(self, other: Self) -> Self {
        let mut combined = Self::EMPTY;
        for a in self.iter() {
            for b in other.iter() {
                combined.insert(a.max(b));
            }
        }
        combined
    }
}

impl serde::Serialize for VerdictSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Why a leaf has its verdict: the finding of the rule that decided it, or the rule
/// of a policy document. Outcomes of an undecided description cite it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Nothing in particular decided it (no rule matched).
    Nothing,
    /// A finding of the law.
    Finding(&'static Finding),
    /// A rule of a policy document, by index.
    PolicyRule(usize),
}

/// The verdict a regime reaches on fully decided facts: one verdict, why, and whether
/// a fact read without splitting (an open condition, a duty of conduct) could still make
/// the use prohibited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leaf {
    /// The verdict.
    pub verdict: Verdict,
    /// Some condition or duty read without splitting is not known, and answering it
    /// the other way makes the use prohibited. Only facts with that property count: a
    /// condition no input field can answer never makes a leaf open.
    pub open_conditions: bool,
    /// What decided the verdict.
    pub reason: Reason,
}

impl Leaf {
    /// A verdict without open conditions and without a deciding finding.
    pub fn of(verdict: Verdict) -> Self {
        Self { verdict, open_conditions: false, reason: Reason::Nothing }
    }

    /// A verdict decided by a finding.
    pub fn because(verdict: Verdict, finding: &'static Finding) -> Self {
        Self { verdict, open_conditions: false, reason: Reason::Finding(finding) }
    }

    /// The same leaf, open when `open` holds (or already open).
    pub fn open_if(self, open: bool) -> Self {
        Self { open_conditions: self.open_conditions || open, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strictness_orders_the_verdicts() {
        let scale: Vec<_> = Verdict::ALL.iter().map(|v| v.strictness()).collect();
        assert_eq!(scale, [5, 4, 3, 2, 1, 0]);
        assert_eq!(Verdict::Minimal.max(Verdict::Prohibited), Verdict::Prohibited);
    }

    #[test]
    fn combining_takes_the_strictest_pairwise() {
        let mut a = VerdictSet::of(Verdict::Conditional);
        a.insert(Verdict::Minimal);
        let b = VerdictSet::of(Verdict::HighRisk);
        let combined: Vec<_> = a.combine_strictest(b).iter().collect();
        assert_eq!(combined, [Verdict::Conditional, Verdict::HighRisk]);
        assert_eq!(VerdictSet::of(Verdict::Prohibited).combine_strictest(a).single(), Some(Verdict::Prohibited));
    }
}
