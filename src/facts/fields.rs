//! Every field of the input contract, in one table.
//!
//! The table drives parsing (paths, types, limits), the question catalogue (order,
//! sections, options, when a question becomes relevant) and the mapping from input to
//! the engine's knowledge. A field is added here once and everything else follows.

use super::vocabulary::{
    Attribute, Authorisation, Function, Ground, Modality, Objective, Offence, Operator, Purpose,
    Role, Space, Subjects, Timing,
};

/// One leaf field of a deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[expect(missing_docs, reason = "each variant is documented by its path and its question")]
pub enum Field {
    Name,
    Description,
    Functions,
    Modalities,
    IdentificationRemote,
    IdentificationTiming,
    IdentificationUntargetedScraping,
    CategorisationAttributes,
    CategorisationAncillaryFeature,
    CategorisationDatasetLabelling,
    EmotionSubjects,
    EmotionMedicalOrSafety,
    Country,
    Space,
    Date,
    Operator,
    Role,
    Purpose,
    LawEnforcementObjective,
    LawEnforcementOffence,
    LawEnforcementMaxSentenceYears,
    LawEnforcementStrictlyNecessary,
    LawEnforcementUntargeted,
    LawEnforcementInitialIdentification,
    LawEnforcementDecisionsOnOutputAlone,
    DataProtectionGround,
    SafeguardNationalLaw,
    SafeguardAuthorisation,
    SafeguardFria,
    SafeguardRegistered,
    SafeguardAuthoritiesNotified,
    SafeguardLimitedScope,
    SafeguardTwoPersonCheck,
    SafeguardDpia,
    SafeguardPersonsInformed,
    SafeguardWorkersInformed,
}

/// The type of a field's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// Free text of at most this many characters.
    Text {
        /// Maximum length in Unicode scalar values.
        max_chars: usize,
    },
    /// A `YYYY-MM-DD` date.
    Date,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// One keyword out of a closed list.
    Choice(&'static [&'static str]),
    /// A set of keywords out of a closed list (a JSON array without repeats).
    Choices(&'static [&'static str]),
    /// `true` or `false`.
    Flag,
    /// A number in a closed range.
    Number {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
}

/// The parts of the questionnaire, in the order a person answers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// Name and description.
    About,
    /// What the system does.
    System,
    /// Where and when it is used.
    Context,
    /// Who uses it and why.
    Purpose,
    /// Safeguards in place.
    Safeguards,
}

/// A clause of a relevance condition: the field holds one of these values.
pub type Clause = (Field, &'static [&'static str]);

/// When a question becomes relevant: always (empty), or when any of the alternatives
/// holds, each being a conjunction of clauses.
pub type Relevance = &'static [&'static [Clause]];

const ALWAYS: Relevance = &[];
const BIOMETRIC: &[&str] = &["identification", "verification", "categorisation", "emotion-recognition"];
const CLASSIFYING: &[&str] = &["identification", "categorisation", "emotion-recognition"];
const OBJECTIVES_WITH_EXCEPTION: &[&str] = &["victim-search", "imminent-threat", "suspect-search"];
/// Functions that process biometric data to identify a person (GDPR Art 4(14), 9(1)).
const IDENTIFYING: &[&str] = &["identification", "verification"];
/// Attributes whose inference reveals special categories of data (GDPR Art 9(1)).
const SPECIAL_ATTRIBUTES: &[&str] = &[
    "race",
    "ethnic-origin",
    "political-opinions",
    "religious-or-philosophical-beliefs",
    "trade-union-membership",
    "health",
    "disability",
    "sex-life",
    "sexual-orientation",
];
/// Every purpose but law enforcement: the GDPR's side of data protection law.
const NOT_LAW_ENFORCEMENT: &[&str] = &[
    "public-service",
    "access-control",
    "safety-and-security",
    "commercial",
    "workplace-management",
    "education",
    "migration-border",
    "medical",
    "scientific-research",
];
/// Operators that cannot be competent authorities for law enforcement.
const PRIVATE: &[&str] = &["private-entity", "private-individual"];
/// The Article 9(2) grounds that rest on a Union or national law.
const GROUNDS_ON_A_LAW: &[&str] = &["substantial-public-interest", "public-health", "research-or-statistics"];

impl Field {
    /// Every field, in questionnaire order.
    pub const ALL: &'static [Field] = &[
        Field::Name,
        Field::Description,
        Field::Functions,
        Field::Modalities,
        Field::IdentificationRemote,
        Field::IdentificationTiming,
        Field::IdentificationUntargetedScraping,
        Field::CategorisationAttributes,
        Field::CategorisationAncillaryFeature,
        Field::CategorisationDatasetLabelling,
        Field::EmotionSubjects,
        Field::EmotionMedicalOrSafety,
        Field::Country,
        Field::Space,
        Field::Date,
        Field::Operator,
        Field::Role,
        Field::Purpose,
        Field::LawEnforcementObjective,
        Field::LawEnforcementOffence,
        Field::LawEnforcementMaxSentenceYears,
        Field::LawEnforcementStrictlyNecessary,
        Field::LawEnforcementUntargeted,
        Field::LawEnforcementInitialIdentification,
        Field::LawEnforcementDecisionsOnOutputAlone,
        Field::DataProtectionGround,
        Field::SafeguardNationalLaw,
        Field::SafeguardAuthorisation,
        Field::SafeguardFria,
        Field::SafeguardRegistered,
        Field::SafeguardAuthoritiesNotified,
        Field::SafeguardLimitedScope,
        Field::SafeguardTwoPersonCheck,
        Field::SafeguardDpia,
        Field::SafeguardPersonsInformed,
        Field::SafeguardWorkersInformed,
    ];

    /// The JSON path of the field, e.g. `identification.timing`.
    pub const fn path(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Description => "description",
            Field::Functions => "functions",
            Field::Modalities => "modalities",
            Field::IdentificationRemote => "identification.remote",
            Field::IdentificationTiming => "identification.timing",
            Field::IdentificationUntargetedScraping => "identification.untargeted_scraping",
            Field::CategorisationAttributes => "categorisation.attributes",
            Field::CategorisationAncillaryFeature => "categorisation.ancillary_feature",
            Field::CategorisationDatasetLabelling => "categorisation.dataset_labelling",
            Field::EmotionSubjects => "emotion_recognition.subjects",
            Field::EmotionMedicalOrSafety => "emotion_recognition.medical_or_safety",
            Field::Country => "country",
            Field::Space => "space",
            Field::Date => "date",
            Field::Operator => "operator",
            Field::Role => "role",
            Field::Purpose => "purpose",
            Field::LawEnforcementObjective => "law_enforcement.objective",
            Field::LawEnforcementOffence => "law_enforcement.offence",
            Field::LawEnforcementMaxSentenceYears => "law_enforcement.max_sentence_years",
            Field::LawEnforcementStrictlyNecessary => "law_enforcement.strictly_necessary",
            Field::LawEnforcementUntargeted => "law_enforcement.untargeted",
            Field::LawEnforcementInitialIdentification => "law_enforcement.initial_identification",
            Field::LawEnforcementDecisionsOnOutputAlone => "law_enforcement.decisions_on_output_alone",
            Field::DataProtectionGround => "data_protection.ground",
            Field::SafeguardNationalLaw => "safeguards.national_law",
            Field::SafeguardAuthorisation => "safeguards.authorisation",
            Field::SafeguardFria => "safeguards.fria",
            Field::SafeguardRegistered => "safeguards.registered",
            Field::SafeguardAuthoritiesNotified => "safeguards.authorities_notified",
            Field::SafeguardLimitedScope => "safeguards.limited_scope",
            Field::SafeguardTwoPersonCheck => "safeguards.two_person_check",
            Field::SafeguardDpia => "safeguards.dpia",
            Field::SafeguardPersonsInformed => "safeguards.persons_informed",
            Field::SafeguardWorkersInformed => "safeguards.workers_informed",
        }
    }

    /// The field with this path.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|field| field.path() == path)
    }

    /// The object the field sits in (`identification`), or `None` at top level.
    pub fn group(self) -> Option<&'static str> {
        self.path().split_once('.').map(|(group, _)| group)
    }

    /// The key of the field inside its group (`timing`), or its path at top level.
    pub fn key(self) -> &'static str {
        self.path().split_once('.').map_or(self.path(), |(_, key)| key)
    }

    /// The type of the field's value.
    pub fn kind(self) -> FieldKind {
        use FieldKind::*;
        match self {
            Field::Name => Text { max_chars: 200 },
            Field::Description => Text { max_chars: 5000 },
            Field::Date => Date,
            Field::Country => Country,
            Field::Role => Choice(Role::KEYWORDS),
            Field::Operator => Choice(Operator::KEYWORDS),
            Field::Purpose => Choice(Purpose::KEYWORDS),
            Field::Functions => Choices(Function::KEYWORDS),
            Field::Modalities => Choices(Modality::KEYWORDS),
            Field::IdentificationTiming => Choice(Timing::KEYWORDS),
            Field::CategorisationAttributes => Choices(Attribute::KEYWORDS),
            Field::EmotionSubjects => Choice(Subjects::KEYWORDS),
            Field::Space => Choice(Space::KEYWORDS),
            Field::LawEnforcementObjective => Choice(Objective::KEYWORDS),
            Field::LawEnforcementOffence => Choice(Offence::KEYWORDS),
            Field::LawEnforcementMaxSentenceYears => Number { min: 0.0, max: 100.0 },
            Field::SafeguardAuthorisation => Choice(Authorisation::KEYWORDS),
            Field::DataProtectionGround => Choice(Ground::KEYWORDS),
            Field::IdentificationRemote
            | Field::IdentificationUntargetedScraping
            | Field::CategorisationAncillaryFeature
            | Field::CategorisationDatasetLabelling
            | Field::EmotionMedicalOrSafety
            | Field::LawEnforcementStrictlyNecessary
            | Field::LawEnforcementUntargeted
            | Field::LawEnforcementInitialIdentification
            | Field::LawEnforcementDecisionsOnOutputAlone
            | Field::SafeguardNationalLaw
            | Field::SafeguardFria
            | Field::SafeguardRegistered
            | Field::SafeguardAuthoritiesNotified
            | Field::SafeguardLimitedScope
            | Field::SafeguardTwoPersonCheck
            | Field::SafeguardDpia
            | Field::SafeguardPersonsInformed
            | Field::SafeguardWorkersInformed => Flag,
        }
    }

    /// The part of the questionnaire the field belongs to.
    pub fn section(self) -> Section {
        match self {
            Field::Name | Field::Description => Section::About,
            Field::Functions
            | Field::Modalities
            | Field::IdentificationRemote
            | Field::IdentificationTiming
            | Field::IdentificationUntargetedScraping
            | Field::CategorisationAttributes
            | Field::CategorisationAncillaryFeature
            | Field::CategorisationDatasetLabelling
            | Field::EmotionSubjects
            | Field::EmotionMedicalOrSafety => Section::System,
            Field::Country | Field::Space | Field::Date => Section::Context,
            Field::Operator
            | Field::Role
            | Field::Purpose
            | Field::LawEnforcementObjective
            | Field::LawEnforcementOffence
            | Field::LawEnforcementMaxSentenceYears
            | Field::LawEnforcementStrictlyNecessary
            | Field::LawEnforcementUntargeted
            | Field::LawEnforcementInitialIdentification
            | Field::LawEnforcementDecisionsOnOutputAlone
            | Field::DataProtectionGround => Section::Purpose,
            _ => Section::Safeguards,
        }
    }

    /// When the question becomes relevant. The rules never read a field while its
    /// relevance is false (a test over generated deployments checks this), so hiding
    /// an irrelevant question can never hide a fact the verdict depends on.
    pub fn relevance(self) -> Relevance {
        match self {
            Field::EmotionMedicalOrSafety => &[&[
                (Field::Functions, &["emotion-recognition"]),
                (Field::EmotionSubjects, &["workers", "students"]),
            ]],
            Field::LawEnforcementObjective => &[&[
                (Field::Purpose, &["law-enforcement"]),
                (Field::Functions, &["identification"]),
            ]],
            Field::LawEnforcementOffence | Field::LawEnforcementMaxSentenceYears => &[&[
                (Field::Purpose, &["law-enforcement"]),
                (Field::LawEnforcementObjective, &["suspect-search"]),
            ]],
            Field::SafeguardLimitedScope | Field::SafeguardAuthoritiesNotified => &[&[
                (Field::Purpose, &["law-enforcement"]),
                (Field::LawEnforcementObjective, OBJECTIVES_WITH_EXCEPTION),
            ]],
            // Also read by Directive 2016/680 Article 10 for police processing of
            // biometric or other special categories of data.
            Field::LawEnforcementStrictlyNecessary => &[
                &[(Field::Purpose, &["law-enforcement"]), (Field::LawEnforcementObjective, OBJECTIVES_WITH_EXCEPTION)],
                &[(Field::Purpose, &["law-enforcement"]), (Field::Functions, IDENTIFYING)],
                &[(Field::Purpose, &["law-enforcement"]), (Field::CategorisationAttributes, SPECIAL_ATTRIBUTES)],
            ],
            // Also the law Directive 2016/680 Article 10(a) requires, and the law some
            // grounds of GDPR Article 9(2) rest on.
            // And the law that permits police categorisation or emotion recognition,
            // which lifts the duty to inform (Art 50(3)).
            Field::SafeguardNationalLaw => &[
                &[(Field::Purpose, &["law-enforcement"]), (Field::LawEnforcementObjective, OBJECTIVES_WITH_EXCEPTION)],
                &[(Field::Purpose, &["law-enforcement"]), (Field::Functions, IDENTIFYING)],
                &[(Field::Purpose, &["law-enforcement"]), (Field::Functions, &["categorisation", "emotion-recognition"])],
                &[(Field::Purpose, &["law-enforcement"]), (Field::CategorisationAttributes, SPECIAL_ATTRIBUTES)],
                &[(Field::DataProtectionGround, GROUNDS_ON_A_LAW)],
            ],
            Field::LawEnforcementDecisionsOnOutputAlone => {
                &[&[(Field::Purpose, &["law-enforcement"]), (Field::Functions, &["identification"])]]
            }
            Field::LawEnforcementUntargeted | Field::LawEnforcementInitialIdentification => &[&[
                (Field::Purpose, &["law-enforcement"]),
                (Field::Functions, &["identification"]),
                (Field::IdentificationTiming, &["post"]),
            ]],
            Field::DataProtectionGround => &[
                &[(Field::Purpose, NOT_LAW_ENFORCEMENT), (Field::Functions, IDENTIFYING)],
                &[(Field::Operator, PRIVATE), (Field::Functions, IDENTIFYING)],
                &[(Field::Purpose, NOT_LAW_ENFORCEMENT), (Field::CategorisationAttributes, SPECIAL_ATTRIBUTES)],
                &[(Field::Operator, PRIVATE), (Field::CategorisationAttributes, SPECIAL_ATTRIBUTES)],
                &[(Field::Purpose, &["medical"]), (Field::Functions, &["emotion-recognition"])],
            ],
            Field::SafeguardAuthorisation => &[&[
                (Field::Purpose, &["law-enforcement"]),
                (Field::Functions, &["identification"]),
            ]],
            Field::SafeguardTwoPersonCheck => &[&[(Field::Functions, &["identification"])]],
            Field::SafeguardFria | Field::SafeguardRegistered | Field::SafeguardPersonsInformed => {
                &[&[(Field::Functions, CLASSIFYING)]]
            }
            Field::SafeguardDpia => &[&[(Field::Functions, BIOMETRIC)]],
            Field::SafeguardWorkersInformed => &[
                &[(Field::Purpose, &["workplace-management"]), (Field::Functions, CLASSIFYING)],
                &[(Field::EmotionSubjects, &["workers"])],
            ],
            // The rest as soon as their part of the description applies.
            _ => self.group_relevance(),
        }
    }

    /// When the field can be answered at all: the part of the description it belongs
    /// to applies (`emotion_recognition.*` once the system recognises emotions,
    /// `law_enforcement.*` once the purpose is law enforcement). Weaker than
    /// [`Field::relevance`], which says when the AI Act's rules read the field; a city's
    /// policy may read a field in any case its group allows.
    pub fn group_relevance(self) -> Relevance {
        match self {
            Field::IdentificationRemote | Field::IdentificationTiming | Field::IdentificationUntargetedScraping => {
                &[&[(Field::Functions, &["identification"])]]
            }
            Field::CategorisationAttributes
            | Field::CategorisationAncillaryFeature
            | Field::CategorisationDatasetLabelling => &[&[(Field::Functions, &["categorisation"])]],
            Field::EmotionSubjects | Field::EmotionMedicalOrSafety => &[&[(Field::Functions, &["emotion-recognition"])]],
            Field::LawEnforcementObjective
            | Field::LawEnforcementOffence
            | Field::LawEnforcementMaxSentenceYears
            | Field::LawEnforcementStrictlyNecessary
            | Field::LawEnforcementUntargeted
            | Field::LawEnforcementInitialIdentification
            | Field::LawEnforcementDecisionsOnOutputAlone => &[&[(Field::Purpose, &["law-enforcement"])]],
            _ => ALWAYS,
        }
    }

    /// The keywords of a choice field (for a flag: `false`, `true`).
    pub fn options(self) -> &'static [&'static str] {
        match self.kind() {
            FieldKind::Choice(options) | FieldKind::Choices(options) => options,
            FieldKind::Flag => &["false", "true"],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_listed_once_with_a_unique_path() {
        let mut paths: Vec<_> = Field::ALL.iter().map(|f| f.path()).collect();
        let count = paths.len();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), count);
        assert_eq!(Field::ALL.len(), Field::SafeguardWorkersInformed as usize + 1);
        for field in Field::ALL {
            assert_eq!(Field::from_path(field.path()), Some(*field));
        }
    }

    #[test]
    fn questionnaire_order_follows_the_sections() {
        let sections: Vec<_> = Field::ALL.iter().map(|f| f.section()).collect();
        let mut sorted = sections.clone();
        sorted.sort();
        assert_eq!(sections, sorted);
    }

    #[test]
    fn relevance_clauses_name_real_options() {
        for field in Field::ALL {
            for alternative in field.relevance() {
                for (clause_field, values) in *alternative {
                    for value in *values {
                        assert!(
                            clause_field.options().contains(value),
                            "{}: {} has no option {value}",
                            field.path(),
                            clause_field.path()
                        );
                    }
                }
            }
        }
    }
}
