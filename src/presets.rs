//! Quick-start shortcuts: one answer that fills in several fields, for the common
//! kinds of deployment. They are data in the catalogue; the page renders them and
//! merges the chosen fragment into the description, and every field stays editable.
//! Each fragment is written as JSON in the input contract's own shape (what the page
//! merges), as constant data; a test checks that each is a valid deployment in the
//! contract's order.

use crate::facts::{Literal, Value};
use crate::literal;

/// One option of a shortcut question. Its texts are the messages
/// `preset.<question>.<option>` and `preset.<question>.<option>.help`.
#[derive(Debug)]
pub struct Shortcut {
    /// Identifier.
    pub id: &'static str,
    /// The deployment fragment it fills in.
    pub sets: Literal,
}

/// A shortcut question. Its texts are `preset.<id>.question` and `preset.<id>.help`.
#[derive(Debug)]
pub struct ShortcutQuestion {
    /// Identifier.
    pub id: &'static str,
    /// The options.
    pub options: &'static [Shortcut],
}

/// Every shortcut question, in order.
pub const SHORTCUTS: &[ShortcutQuestion] = &[
    ShortcutQuestion {
        id: "system",
        options: &[
            Shortcut {
                id: "live-face-public",
                sets: literal!({"functions": ["identification"], "modalities": ["face"], "identification": {"remote": true, "timing": "real-time", "untargeted_scraping": false}, "space": "publicly-accessible"}),
            },
            Shortcut {
                id: "recorded-face-public",
                sets: literal!({"functions": ["identification"], "modalities": ["face"], "identification": {"remote": true, "timing": "post", "untargeted_scraping": false}, "space": "publicly-accessible"}),
            },
            Shortcut {
                id: "face-database",
                sets: literal!({"functions": ["identification"], "modalities": ["face"], "identification": {"remote": true, "untargeted_scraping": true}}),
            },
            Shortcut { id: "identity-check", sets: literal!({"functions": ["verification"]}) },
            Shortcut { id: "characteristics", sets: literal!({"functions": ["categorisation"]}) },
            Shortcut { id: "emotions", sets: literal!({"functions": ["emotion-recognition"]}) },
            Shortcut { id: "counting", sets: literal!({"functions": ["detection-only"]}) },
        ],
    },
    ShortcutQuestion {
        id: "who",
        options: &[
            Shortcut {
                id: "police",
                sets: literal!({"operator": "law-enforcement-authority", "role": "deployer", "purpose": "law-enforcement"}),
            },
            Shortcut {
                id: "city-service",
                sets: literal!({"operator": "public-authority", "role": "deployer", "purpose": "public-service"}),
            },
            Shortcut {
                id: "employer",
                sets: literal!({"operator": "private-entity", "role": "deployer", "purpose": "workplace-management"}),
            },
            Shortcut { id: "school", sets: literal!({"operator": "public-authority", "role": "deployer", "purpose": "education"}) },
            Shortcut { id: "business", sets: literal!({"operator": "private-entity", "role": "deployer", "purpose": "commercial"}) },
            Shortcut { id: "vendor", sets: literal!({"operator": "private-entity", "role": "provider"}) },
        ],
    },
];

impl Shortcut {
    /// The deployment fragment this shortcut sets, in the input contract's shape.
    pub fn fragment(&self) -> Value {
        self.sets.to_value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::deployment::Deployment;

    #[test]
    fn every_fragment_is_a_valid_deployment_written_in_the_contracts_order() {
        for question in SHORTCUTS {
            for shortcut in question.options {
                let name = format!("{}.{}", question.id, shortcut.id);
                let fragment = shortcut.fragment();
                let parsed = Deployment::from_value(&fragment).unwrap_or_else(|e| panic!("{name}: {e:?}"));
                // Written back, the deployment gives the same tree: nothing was dropped,
                // and the keys are in the order the contract lists them.
                assert_eq!(parsed.to_value(), fragment, "{name}");
            }
        }
    }
}
