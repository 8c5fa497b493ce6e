//! The question catalogue: every input field with its question, help, options, the
//! provisions it matters for and when it becomes relevant. The page, the widget and the
//! CLI render questions from this; nothing about a question is written twice.

use crate::engine::verdict::Verdict;
use crate::facts::country::Country;
use crate::facts::fields::Section;
use crate::facts::knowledge::{facts_of_field, Knowledge};
use crate::facts::{Date, Field, FieldKind, Value};
use crate::i18n::{self, Lang};
use crate::i18n::citations::CitationView;
use crate::law::{dates, Citation, Instrument};
use crate::policy::Policy;
use crate::regimes::Regime;
use serde::Serialize;

/// The provisions a field matters for.
pub fn provisions(field: Field) -> &'static [Citation] {
    const ART_3: Citation = Citation::article(3);
    const ART_5: Citation = Citation::article(5);
    const ART_5_1_H: Citation = ART_5.paragraph(1).point("h");
    match field {
        Field::Name | Field::Description => &[],
        Field::Functions => const { &[ART_3.paragraph(35), ART_3.paragraph(36), ART_3.paragraph(39), ART_3.paragraph(40)] },
        Field::Modalities => const { &[ART_3.paragraph(34), Citation::recital(15)] },
        Field::IdentificationRemote => const { &[ART_3.paragraph(41), Citation::recital(17)] },
        Field::IdentificationTiming => const { &[ART_3.paragraph(42), ART_3.paragraph(43)] },
        Field::IdentificationUntargetedScraping => const { &[ART_5.paragraph(1).point("e")] },
        Field::CategorisationAttributes => const { &[ART_5.paragraph(1).point("g"), Citation::annex("III").paragraph(1).point("b")] },
        Field::CategorisationAncillaryFeature => const { &[ART_3.paragraph(40), Citation::recital(16)] },
        Field::CategorisationDatasetLabelling => const { &[ART_5.paragraph(1).point("g")] },
        Field::EmotionSubjects | Field::EmotionMedicalOrSafety => const { &[ART_5.paragraph(1).point("f")] },
        Field::Country => const { &[Citation::article(2).paragraph(1), Citation::recital(40), Citation::recital(41)] },
        Field::Space => const { &[ART_3.paragraph(44), Citation::recital(19)] },
        Field::Date => const { &[Citation::article(113)] },
        Field::Operator => const { &[ART_3.paragraph(45), Citation::article(27).paragraph(1)] },
        Field::Role => const { &[ART_3.paragraph(3), ART_3.paragraph(4)] },
        Field::Purpose => const { &[Citation::article(2).paragraph(3), Citation::article(2).paragraph(6), ART_3.paragraph(46)] },
        Field::LawEnforcementObjective => const { &[ART_5_1_H] },
        Field::LawEnforcementOffence => const { &[ART_5_1_H.subpoint("iii"), Citation::annex("II")] },
        Field::LawEnforcementMaxSentenceYears => const { &[ART_5_1_H.subpoint("iii")] },
        Field::LawEnforcementStrictlyNecessary => const { &[ART_5_1_H, Citation::article(10).of(Instrument::Led)] },
        Field::LawEnforcementUntargeted => const { &[Citation::article(26).paragraph(10)] },
        Field::LawEnforcementInitialIdentification => const { &[Citation::article(26).paragraph(10)] },
        Field::LawEnforcementDecisionsOnOutputAlone => const { &[ART_5.paragraph(3), Citation::article(26).paragraph(10)] },
        Field::DataProtectionGround => const { &[Citation::article(9).paragraph(2).of(Instrument::Gdpr)] },
        Field::SafeguardNationalLaw => const {
            &[
                ART_5.paragraph(5),
                Citation::article(10).point("a").of(Instrument::Led),
                Citation::article(9).paragraph(2).point("g").of(Instrument::Gdpr),
            ]
        },
        Field::SafeguardAuthorisation => const { &[ART_5.paragraph(3), Citation::article(26).paragraph(10)] },
        Field::SafeguardFria => const { &[Citation::article(27), ART_5.paragraph(2)] },
        Field::SafeguardRegistered => const { &[Citation::article(49), ART_5.paragraph(2)] },
        Field::SafeguardAuthoritiesNotified => const { &[ART_5.paragraph(4)] },
        Field::SafeguardLimitedScope => const { &[ART_5.paragraph(2)] },
        Field::SafeguardTwoPersonCheck => const { &[Citation::article(14).paragraph(5)] },
        Field::SafeguardDpia => const {
            &[Citation::article(26).paragraph(9), Citation::article(35).of(Instrument::Gdpr), Citation::article(27).of(Instrument::Led)]
        },
        Field::SafeguardPersonsInformed => const { &[Citation::article(50).paragraph(3), Citation::article(26).paragraph(11)] },
        Field::SafeguardWorkersInformed => const { &[Citation::article(26).paragraph(7)] },
    }
}

/// The short label of a field ("Timing").
pub fn field_label(lang: Lang, field: Field) -> &'static str {
    i18n::text_parts(lang, &["field.", field.path(), ".label"])
}

/// The question that asks for a field.
pub fn question_text(lang: Lang, field: Field) -> &'static str {
    i18n::text_parts(lang, &["field.", field.path(), ".question"])
}

/// Help for answering.
pub fn help_text(lang: Lang, field: Field) -> &'static str {
    i18n::text_parts(lang, &["field.", field.path(), ".help"])
}

/// The label of an option (for a flag: 0 is no, 1 is yes; for a number, its one
/// preset, the top of the range).
pub fn option_label(lang: Lang, field: Field, index: usize) -> &'static str {
    if let FieldKind::Number { .. } = field.kind() {
        return i18n::text_parts(lang, &["option.", field.path(), ".max"]);
    }
    let keyword = field.options().get(index).copied().unwrap_or_default();
    let specific: &[&str] = &["option.", field.path(), ".", keyword];
    match field.kind() {
        FieldKind::Flag => i18n::lookup_parts(lang, specific)
            .or_else(|| i18n::lookup_parts(Lang::En, specific))
            .unwrap_or_else(|| i18n::text_parts(lang, &["option.flag.", keyword])),
        _ => i18n::text_parts(lang, specific),
    }
}

/// A short label of an option for use inside a sentence, where the full label is long.
pub fn option_short_label(lang: Lang, field: Field, index: usize) -> &'static str {
    let keyword = match field.kind() {
        FieldKind::Number { .. } => "max",
        _ => field.options().get(index).copied().unwrap_or_default(),
    };
    let id: &[&str] = &["option.", field.path(), ".", keyword, ".short"];
    i18n::lookup_parts(lang, id).or_else(|| i18n::lookup_parts(Lang::En, id)).unwrap_or_else(|| option_label(lang, field, index))
}

/// Help for an option, where there is some.
pub fn option_help(lang: Lang, field: Field, index: usize) -> Option<&'static str> {
    let keyword = field.options().get(index)?;
    let id: &[&str] = &["option.", field.path(), ".", keyword, ".help"];
    i18n::lookup_parts(lang, id).or_else(|| i18n::lookup_parts(Lang::En, id))
}

/// The JSON value of each option of a field. A number offers the top of its range as a
/// preset: for the maximum sentence, 100 stands for life imprisonment.
pub fn option_values(field: Field) -> Vec<Value> {
    match field.kind() {
        FieldKind::Flag => vec![Value::Bool(false), Value::Bool(true)],
        FieldKind::Number { max, .. } => vec![Value::Number(max)],
        FieldKind::Choice(options) | FieldKind::Choices(options) => {
            options.iter().map(|o| Value::String((*o).to_owned())).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether a field's relevance holds on what is known.
pub fn is_relevant(field: Field, knowledge: &Knowledge) -> bool {
    relevance_holds(field.relevance(), knowledge)
}

/// Whether a field can be answered on what is known (its group applies), for the
/// fields a city's policy reads.
pub fn group_applies(field: Field, knowledge: &Knowledge) -> bool {
    relevance_holds(field.group_relevance(), knowledge)
}

fn relevance_holds(alternatives: crate::facts::fields::Relevance, knowledge: &Knowledge) -> bool {
    alternatives.is_empty()
        || alternatives.iter().any(|clauses| clauses.iter().all(|(clause_field, values)| holds(*clause_field, values, knowledge)))
}

fn holds(field: Field, values: &[&str], knowledge: &Knowledge) -> bool {
    let facts = facts_of_field(field);
    let options = field.options();
    let indices = values.iter().filter_map(|value| options.iter().position(|option| option == value));
    match field.kind() {
        FieldKind::Choices(_) => indices.into_iter().any(|index| knowledge.value(facts.start + index) == Some(1)),
        _ => {
            let mask = indices.fold(0u64, |mask, index| mask | 1 << index);
            knowledge.surely_in(facts.start, mask)
        }
    }
}

/// One question of the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Question {
    /// The field path.
    pub field: &'static str,
    /// The section it belongs to.
    pub section: Section,
    /// The kind of answer: `text`, `date`, `country`, `choice`, `choices`, `flag`,
    /// `number`.
    pub kind: &'static str,
    /// A short label.
    pub label: &'static str,
    /// The question.
    pub question: &'static str,
    /// Help for answering.
    pub help: &'static str,
    /// The options, for choices and flags.
    pub options: Vec<QuestionOption>,
    /// Longest text, for text fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub max_chars: Option<usize>,
    /// Smallest number, for numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub min: Option<f64>,
    /// Largest number, for numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub max: Option<f64>,
    /// When the question becomes relevant: always when empty, otherwise when any of
    /// the alternatives holds, each a list of clauses that must all hold.
    pub relevant_when: Vec<Vec<RelevanceClause>>,
    /// The provisions it matters for.
    pub citations: Vec<CitationView>,
}

/// An answer option.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct QuestionOption {
    /// The JSON value.
    pub value: Value,
    /// The label.
    pub label: &'static str,
    /// Help, where there is some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub help: Option<&'static str>,
}

/// A clause of a relevance condition.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct RelevanceClause {
    /// The field.
    pub field: &'static str,
    /// The values, any of which makes the clause hold (for a set: any element).
    pub values: Vec<Value>,
}

/// A section of the questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct SectionView {
    /// Identifier.
    pub id: Section,
    /// Title.
    pub title: &'static str,
}

/// A verdict's label and meaning.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct VerdictView {
    /// The keyword (`incomplete` included).
    pub id: &'static str,
    /// Label.
    pub label: &'static str,
    /// What it means.
    pub description: &'static str,
}

/// A regime available by default.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct RegimeView {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// What it is.
    pub description: String,
    /// Whether it is binding unless the caller says otherwise.
    pub binding_by_default: bool,
}

/// A date of application.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct MilestoneView {
    /// Identifier.
    pub id: &'static str,
    /// The date.
    pub date: Date,
    /// The date before an amendment moved it.
    pub previously: Option<Date>,
    /// What applies from then, and the source of the date.
    pub text: &'static str,
    /// The provision that sets it.
    pub citation: CitationView,
}

/// The whole catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Catalogue {
    /// The language.
    pub lang: Lang,
    /// The crate version.
    pub version: &'static str,
    /// When the legal data was last checked.
    pub legal_data_date: Date,
    /// The sections, in order.
    pub sections: Vec<SectionView>,
    /// Every question, in order.
    pub questions: Vec<Question>,
    /// Every verdict, strictest first, then `incomplete`.
    pub verdicts: Vec<VerdictView>,
    /// The built-in regimes.
    pub regimes: Vec<RegimeView>,
    /// The dates of application.
    pub milestones: Vec<MilestoneView>,
    /// Every ISO 3166-1 code the input accepts, with the class the rules see.
    pub countries: Vec<CountryView>,
    /// Quick-start questions whose answers fill in several fields at once.
    pub shortcuts: Vec<ShortcutView>,
    /// Interface texts (`ui.*` messages) for pages that render the catalogue.
    pub ui: Texts,
}

/// A quick-start question.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ShortcutView {
    /// Identifier.
    pub id: &'static str,
    /// The question.
    pub question: &'static str,
    /// Help for answering.
    pub help: &'static str,
    /// The options.
    pub options: Vec<ShortcutOption>,
}

/// A quick-start answer.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ShortcutOption {
    /// Identifier.
    pub id: &'static str,
    /// The label.
    pub label: &'static str,
    /// Help.
    pub help: &'static str,
    /// The deployment fragment it fills in (merge it into the description).
    #[ts(type = "Deployment")]
    pub sets: Value,
}

/// Texts by id, written as a JSON object.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts(pub Vec<(&'static str, &'static str)>);

impl Serialize for Texts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, text) in &self.0 {
            map.serialize_entry(id, text)?;
        }
        map.end()
    }
}

/// A country code and its class.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct CountryView {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// `eu-member`, `ireland`, `denmark` or `outside-eu`.
    pub class: &'static str,
}

const SECTIONS: &[Section] = &[Section::About, Section::System, Section::Context, Section::Purpose, Section::Safeguards];

fn section_id(section: Section) -> &'static str {
    match section {
        Section::About => "about",
        Section::System => "system",
        Section::Context => "context",
        Section::Purpose => "purpose",
        Section::Safeguards => "safeguards",
    }
}

/// One question's catalogue entry.
pub fn question(lang: Lang, field: Field) -> Question {
    let kind = field.kind();
    let options = option_values(field)
        .into_iter()
        .enumerate()
        .map(|(index, value)| QuestionOption { value, label: option_label(lang, field, index), help: option_help(lang, field, index) })
        .collect();
    Question {
        field: field.path(),
        section: field.section(),
        kind: match kind {
            FieldKind::Text { .. } => "text",
            FieldKind::Date => "date",
            FieldKind::Country => "country",
            FieldKind::Choice(_) => "choice",
            FieldKind::Choices(_) => "choices",
            FieldKind::Flag => "flag",
            FieldKind::Number { .. } => "number",
        },
        label: field_label(lang, field),
        question: question_text(lang, field),
        help: help_text(lang, field),
        options,
        max_chars: match kind {
            FieldKind::Text { max_chars } => Some(max_chars),
            _ => None,
        },
        min: match kind {
            FieldKind::Number { min, .. } => Some(min),
            _ => None,
        },
        max: match kind {
            FieldKind::Number { max, .. } => Some(max),
            _ => None,
        },
        relevant_when: field
            .relevance()
            .iter()
            .map(|clauses| {
                clauses
                    .iter()
                    .map(|(clause_field, values)| RelevanceClause {
                        field: clause_field.path(),
                        values: values
                            .iter()
                            .map(|v| match clause_field.kind() {
                                FieldKind::Flag => Value::Bool(*v == "true"),
                                _ => Value::String((*v).to_owned()),
                            })
                            .collect(),
                    })
                    .collect()
            })
            .collect(),
        citations: provisions(field).iter().map(|c| c.view(lang)).collect(),
    }
}

/// The catalogue in a language.
pub fn catalogue(lang: Lang) -> Catalogue {
    let mut verdicts: Vec<VerdictView> = Verdict::ALL
        .iter()
        .map(|v| VerdictView {
            id: v.keyword(),
            label: i18n::text(lang, &format!("verdict.{}", v.keyword())),
            description: i18n::text(lang, &format!("verdict.{}.description", v.keyword())),
        })
        .collect();
    verdicts.push(VerdictView {
        id: "incomplete",
        label: i18n::text(lang, "verdict.incomplete"),
        description: i18n::text(lang, "verdict.incomplete.description"),
    });
    let mut regimes = Regime::BUILT_IN.to_vec();
    regimes.extend(Policy::builtin().iter().map(Regime::Policy));
    Catalogue {
        lang,
        version: env!("CARGO_PKG_VERSION"),
        legal_data_date: dates::LEGAL_DATA_DATE,
        sections: SECTIONS
            .iter()
            .map(|s| SectionView { id: *s, title: i18n::text(lang, &format!("section.{}", section_id(*s))) })
            .collect(),
        questions: Field::ALL.iter().map(|f| question(lang, *f)).collect(),
        verdicts,
        regimes: regimes
            .iter()
            .map(|regime| RegimeView {
                id: regime.id(),
                title: regime.title(lang),
                description: match regime {
                    Regime::Policy(policy) => policy.summary.as_ref().map(|s| s.get(lang).to_owned()).unwrap_or_default(),
                    _ => i18n::text(lang, &format!("regime.{}.description", regime.id())).to_owned(),
                },
                binding_by_default: Regime::BINDING_BY_DEFAULT.iter().any(|id| regime.is(id)),
            })
            .collect(),
        milestones: dates::ALL
            .iter()
            .map(|m| MilestoneView {
                id: m.id,
                date: m.date,
                previously: m.previously,
                text: i18n::text(lang, m.id),
                citation: m.source.view(lang),
            })
            .collect(),
        countries: Country::all_codes()
            .filter_map(|code| Country::parse(code).map(|c| (code, c.class())))
            .map(|(code, class)| CountryView { code, class: crate::facts::vocabulary::Keyword::keyword(class) })
            .collect(),
        shortcuts: crate::presets::SHORTCUTS
            .iter()
            .map(|question| ShortcutView {
                id: question.id,
                question: i18n::text_parts(lang, &["preset.", question.id, ".question"]),
                help: i18n::text_parts(lang, &["preset.", question.id, ".help"]),
                options: question
                    .options
                    .iter()
                    .map(|option| ShortcutOption {
                        id: option.id,
                        label: i18n::text_parts(lang, &["preset.", question.id, ".", option.id]),
                        help: i18n::text_parts(lang, &["preset.", question.id, ".", option.id, ".help"]),
                        sets: option.fragment(),
                    })
                    .collect(),
            })
            .collect(),
        ui: Texts(i18n::ids(lang).filter(|(id, _)| id.starts_with("ui.")).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::trace::Trace;
    use crate::engine::Rules;
    use crate::facts::deployment::{Deployment, FieldValue};
    use crate::facts::knowledge::{fact, Knowledge};
    use crate::engine::ask::Ask;
    use crate::facts::vocabulary::KeywordSet;
    use crate::regimes::Regime;
    use proptest::prelude::*;

    fn deployment(dice: &[u32]) -> Deployment {
        let mut deployment = Deployment::new();
        for (index, field) in Field::ALL.iter().enumerate() {
            let roll = dice.get(index).copied().unwrap_or(0) as usize;
            if roll % 3 == 0 {
                continue;
            }
            let value = match field.kind() {
                FieldKind::Choice(options) => FieldValue::Choice(roll / 3 % options.len()),
                FieldKind::Choices(options) => {
                    let mut set = KeywordSet::default();
                    (0..options.len()).filter(|i| (roll >> (i + 2)) % 3 == 0).for_each(|i| set.insert_index(i));
                    FieldValue::Choices(set)
                }
                FieldKind::Flag => FieldValue::Flag(roll / 3 % 2 == 1),
                FieldKind::Number { .. } => FieldValue::Number((roll / 3 % 10) as f64),
                FieldKind::Country => {
                    let code = ["SE", "IE", "DK", "US"][roll / 3 % 4];
                    FieldValue::Country(Country::parse(code).expect("code"))
                }
                _ => continue,
            };
            deployment.set(*field, Some(value));
        }
        deployment
    }

    /// Every fact a regime reads, at every step of its exploration, belongs to a
    /// field whose declared relevance holds on what is known at that step.
    fn reads_only_relevant_fields(regime: &Regime<'_>, start: Knowledge) -> Result<(), String> {
        let mut pending = vec![start];
        let mut steps = 0;
        while let Some(knowledge) = pending.pop() {
            steps += 1;
            if steps > 4096 {
                break;
            }
            let mut ask = Ask::new(&knowledge);
            let outcome = regime.evaluate(&mut ask, &mut Trace::silent());
            for read in ask.reads().iter() {
                let field = fact(read).map(|def| def.field).ok_or("no such fact")?;
                if !is_relevant(field, &knowledge) {
                    return Err(format!("{} read {} while it is not relevant", regime.id(), field.path()));
                }
            }
            if let Err(split) = outcome {
                pending.extend(knowledge.split(split.fact, split.mask));
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        #[test]
        fn rules_never_read_a_field_while_it_is_not_relevant(dice in prop::collection::vec(any::<u32>(), Field::ALL.len())) {
            let knowledge = Knowledge::of(&deployment(&dice), crate::law::dates::LEGAL_DATA_DATE);
            let mut regimes = Regime::BUILT_IN.to_vec();
            regimes.extend(Policy::builtin().iter().map(Regime::Policy));
            for regime in &regimes {
                prop_assert!(reads_only_relevant_fields(regime, knowledge.clone()).is_ok(), "{:?}", reads_only_relevant_fields(regime, knowledge.clone()));
            }
        }
    }

    #[test]
    fn nothing_known_reads_only_the_first_questions() {
        let mut regimes = Regime::BUILT_IN.to_vec();
        regimes.extend(Policy::builtin().iter().map(Regime::Policy));
        for regime in &regimes {
            assert_eq!(reads_only_relevant_fields(regime, Knowledge::unknown()), Ok(()));
        }
    }

    #[test]
    fn every_question_has_its_texts() {
        for field in Field::ALL {
            for text in [field_label(Lang::En, *field), question_text(Lang::En, *field), help_text(Lang::En, *field)] {
                assert_ne!(text, i18n::MISSING, "{}", field.path());
            }
            for index in 0..field.options().len() {
                assert_ne!(option_label(Lang::En, *field, index), i18n::MISSING, "{} option {index}", field.path());
            }
        }
    }
}
