//! Quick-start shortcuts: one answer that fills in several fields, for the common
//! kinds of deployment. They are data in the catalogue; the page renders them and
//! merges the chosen fragment into the description, and every field stays editable.
//! A test checks that each fragment is a valid deployment.

use crate::facts::deployment::{Deployment, FieldValue};
use crate::facts::vocabulary::KeywordSet;
use crate::facts::{Field, FieldKind, Value};

/// A value a shortcut sets.
#[derive(Clone, Copy, Debug)]
pub enum Preset {
    /// One keyword.
    Choice(&'static str),
    /// A set of keywords.
    Choices(&'static [&'static str]),
    /// Yes or no.
    Flag(bool),
}

/// One option of a shortcut question. Its texts are the messages
/// `preset.<question>.<option>` and `preset.<question>.<option>.help`.
#[derive(Debug)]
pub struct Shortcut {
    /// Identifier.
    pub id: &'static str,
    /// The fields it sets.
    pub sets: &'static [(Field, Preset)],
}

/// A shortcut question. Its texts are `preset.<id>.question` and `preset.<id>.help`.
#[derive(Debug)]
pub struct ShortcutQuestion {
    /// Identifier.
    pub id: &'static str,
    /// The options.
    pub options: &'static [Shortcut],
}

use Preset::{Choice, Choices, Flag};

const FACE_IN_PUBLIC: [(Field, Preset); 4] = [
    (Field::Functions, Choices(&["identification"])),
    (Field::Modalities, Choices(&["face"])),
    (Field::IdentificationRemote, Flag(true)),
    (Field::Space, Choice("publicly-accessible")),
];

/// Every shortcut question, in order.
pub const SHORTCUTS: &[ShortcutQuestion] = &[
    ShortcutQuestion {
        id: "system",
        options: &[
            Shortcut {
                id: "live-face-public",
                sets: &[
                    FACE_IN_PUBLIC[0],
                    FACE_IN_PUBLIC[1],
                    FACE_IN_PUBLIC[2],
                    FACE_IN_PUBLIC[3],
                    (Field::IdentificationTiming, Choice("real-time")),
                    (Field::IdentificationUntargetedScraping, Flag(false)),
                ],
            },
            Shortcut {
                id: "recorded-face-public",
                sets: &[
                    FACE_IN_PUBLIC[0],
                    FACE_IN_PUBLIC[1],
                    FACE_IN_PUBLIC[2],
                    FACE_IN_PUBLIC[3],
                    (Field::IdentificationTiming, Choice("post")),
                    (Field::IdentificationUntargetedScraping, Flag(false)),
                ],
            },
            Shortcut {
                id: "face-database",
                sets: &[
                    (Field::Functions, Choices(&["identification"])),
                    (Field::Modalities, Choices(&["face"])),
                    (Field::IdentificationRemote, Flag(true)),
                    (Field::IdentificationUntargetedScraping, Flag(true)),
                ],
            },
            Shortcut { id: "identity-check", sets: &[(Field::Functions, Choices(&["verification"]))] },
            Shortcut { id: "characteristics", sets: &[(Field::Functions, Choices(&["categorisation"]))] },
            Shortcut { id: "emotions", sets: &[(Field::Functions, Choices(&["emotion-recognition"]))] },
            Shortcut { id: "counting", sets: &[(Field::Functions, Choices(&["detection-only"]))] },
        ],
    },
    ShortcutQuestion {
        id: "who",
        options: &[
            Shortcut {
                id: "police",
                sets: &[
                    (Field::Operator, Choice("law-enforcement-authority")),
                    (Field::Purpose, Choice("law-enforcement")),
                    (Field::Role, Choice("deployer")),
                ],
            },
            Shortcut {
                id: "city-service",
                sets: &[
                    (Field::Operator, Choice("public-authority")),
                    (Field::Purpose, Choice("public-service")),
                    (Field::Role, Choice("deployer")),
                ],
            },
            Shortcut {
                id: "employer",
                sets: &[
                    (Field::Operator, Choice("private-entity")),
                    (Field::Purpose, Choice("workplace-management")),
                    (Field::Role, Choice("deployer")),
                ],
            },
            Shortcut {
                id: "school",
                sets: &[
                    (Field::Operator, Choice("public-authority")),
                    (Field::Purpose, Choice("education")),
                    (Field::Role, Choice("deployer")),
                ],
            },
            Shortcut {
                id: "business",
                sets: &[
                    (Field::Operator, Choice("private-entity")),
                    (Field::Purpose, Choice("commercial")),
                    (Field::Role, Choice("deployer")),
                ],
            },
            Shortcut {
                id: "vendor",
                sets: &[(Field::Operator, Choice("private-entity")), (Field::Role, Choice("provider"))],
            },
        ],
    },
];

impl Shortcut {
    /// The deployment fragment this shortcut sets, in the input contract's shape.
    pub fn fragment(&self) -> Value {
        let mut deployment = Deployment::new();
        for (field, preset) in self.sets {
            let options = field.options();
            let index = |keyword: &str| options.iter().position(|option| *option == keyword);
            let value = match (field.kind(), preset) {
                (FieldKind::Choice(_), Choice(keyword)) => index(keyword).map(FieldValue::Choice),
                (FieldKind::Choices(_), Choices(keywords)) => {
                    let mut set = KeywordSet::default();
                    keywords.iter().filter_map(|k| index(k)).for_each(|i| set.insert_index(i));
                    Some(FieldValue::Choices(set))
                }
                (FieldKind::Flag, Flag(flag)) => Some(FieldValue::Flag(*flag)),
                _ => None,
            };
            deployment.set(*field, value);
        }
        deployment.to_value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_sets_valid_values_only() {
        for question in SHORTCUTS {
            for shortcut in question.options {
                let fragment = shortcut.fragment();
                let parsed = Deployment::from_value(&fragment).expect("valid fragment");
                assert_eq!(parsed.known().count(), shortcut.sets.len(), "{}.{}: a value was dropped", question.id, shortcut.id);
            }
        }
    }
}
