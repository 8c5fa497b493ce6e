//! The package's TypeScript declarations (`index.d.ts`), generated: the outputs from
//! the Rust types the API serialises (ts-rs reads their serde attributes), the input
//! from the field table and its vocabularies. A field, a keyword or an output field
//! added to the crate appears in the declarations with no change here.
//!
//! `tests/typescript.rs` writes them and `cargo xtask dist` ships them; `tsc` then
//! checks the recorded API outputs and a portal's use of the package against them.

use crate::api::{Assessed, Outcome, PolicySummary, Registered, VersionInfo};
use crate::assessment::Outcome as VerdictOrIncomplete;
use crate::catalogue::{Catalogue, Texts};
use crate::engine::verdict::{Verdict, VerdictSet};
use crate::facts::{Country, Date, Field, FieldKind, Value};
use crate::policy;
use std::collections::BTreeSet;
use std::path::PathBuf;
use ts_rs::{Config, TypeVisitor, TS};

/// The functions of `index.js` (the package's JavaScript API) and the names a portal
/// uses; every type they name is generated below.
const API: &str = r#"// Types of the biometric-check package API (index.js), generated from the crate's
// Rust types and field table.
//
// Every function returns a result object and never throws. Call `init()` (browsers,
// bundlers) or `initSync({ module })` (Node) once before the others.

export { default, initSync } from './biometric_check.js';

/** Assesses a deployment under the selected regimes. */
export function assess(deployment: Deployment, options?: AssessOptions): AssessResult;
/** The question catalogue in a language (BCP 47; English when unsupported). */
export function questions(lang?: string): Catalogue;
/** Validates a policy document. */
export function validatePolicy(policy: PolicyDocument, lang?: string): PolicyResult;
/** The package version, its languages and the dates of the legal data. */
export function version(): VersionInfo;
/** Loads a language's texts from `messages/<lang>.messages` next to the module (English is built in). */
export function loadLanguage(lang: string): Promise<LanguageResult>;
/** Registers a language's texts from the text of its `.messages` file. */
export function registerMessages(lang: string, catalogue: string): LanguageResult;

export type AssessResult = Response<Assessed>;
export type PolicyResult = Response<PolicySummary>;
export type LanguageResult = Response<Registered>;
export type InputError = ErrorReport;
export type Finding = FindingView;
export type Condition = ConditionView;
export type Obligation = ObligationView;
export type Counterfactual = CounterfactualView;
export type Citation = CitationView;
export type OpenQuestion = QuestionView;
export type CatalogueQuestion = Question;
export type Status = Tri;
export type Answer = AnswerView;

export interface AssessOptions {
  /** A BCP 47 tag; unsupported languages fall back to English. */
  lang?: string | null;
  /** YYYY-MM-DD: the date of use when the deployment gives none (default: today). */
  date?: string | null;
  /** Regime ids to include (default: every built-in regime and every policy given). */
  regimes?: string[] | null;
  /** Regime ids that count towards the overall verdict (default: ["eu-ai-act", "data-protection"]). */
  binding?: string[] | null;
  policies?: PolicyDocument[] | null;
  /** Work out what would change each verdict (default: true). */
  counterfactuals?: boolean | null;
  /** Explain each verdict: findings, conditions, obligations, counterfactuals, questions (default: true). */
  explain?: boolean | null;
}

/** Texts by language code; English is the fallback. */
export type Translations = { [lang: string]: string };

export interface PolicyRule {
  id: string;
  effect: "prohibit" | "require";
  when: PolicyConditions;
  unless?: PolicyConditions | null;
  requires?: SafeguardKey[] | null;
  explanation: Translations;
}

export interface PolicyDocument {
  id: string;
  title: Translations;
  summary?: Translations | null;
  source: { title: string; url?: string | null };
  rules: PolicyRule[];
}
"#;

/// The whole `index.d.ts`.
pub fn declarations() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(API);
    out.push_str("\n// ---- Input: a deployment (every field optional; missing or null means \"not known yet\")\n\n");
    out.push_str(&format!("export type Deployment = {};\n", deployment()));
    out.push_str("\n// ---- Policies: the fields a rule can test, with their values, and the safeguards it can require\n\n");
    out.push_str(&format!("export type PolicyConditions = {};\n", policy_conditions()));
    let safeguards: Vec<&str> = policy::safeguard_fields().map(Field::key).collect();
    out.push_str(&format!("export type SafeguardKey = {};\n", union(&safeguards)));
    out.push_str("\n// ---- Output\n\n");
    let mut declared = Declared { cfg: &cfg, names: BTreeSet::new(), out: String::new() };
    declared.visit::<Outcome<Assessed>>();
    declared.visit::<Outcome<PolicySummary>>();
    declared.visit::<Outcome<Registered>>();
    declared.visit::<Catalogue>();
    declared.visit::<VersionInfo>();
    out.push_str(&declared.out);
    out
}

/// Every type reachable from the API's results, each declared once.
struct Declared<'c> {
    cfg: &'c Config,
    names: BTreeSet<String>,
    out: String,
}

impl TypeVisitor for Declared<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // The arguments of a generic type (`Response<Assessed>`) are declared even
        // when the generic type already is; types without a declaration of their own
        // (strings, numbers, arrays) are written inline where they are used.
        T::visit_generics(self);
        if T::output_path().is_none() || !self.names.insert(T::ident(self.cfg)) {
            return;
        }
        if let Some(docs) = T::docs() {
            self.out.push_str(&docs);
        }
        self.out.push_str("export ");
        self.out.push_str(&T::decl(self.cfg));
        self.out.push('\n');
        T::visit_dependencies(self);
    }
}

/// A union of string literals.
fn union(keywords: &[&str]) -> String {
    if keywords.is_empty() {
        return "never".to_owned();
    }
    keywords.iter().map(|keyword| format!("{keyword:?}")).collect::<Vec<_>>().join(" | ")
}

/// The TypeScript type of a field's value, with what the contract asks of it.
fn field_type(field: Field) -> (String, Option<String>) {
    match field.kind() {
        FieldKind::Text { max_chars } => ("string".to_owned(), Some(format!("Free text, at most {max_chars} characters."))),
        FieldKind::Date => ("string".to_owned(), Some("A date, YYYY-MM-DD.".to_owned())),
        FieldKind::Country => ("string".to_owned(), Some("An ISO 3166-1 alpha-2 code, in capitals.".to_owned())),
        FieldKind::Choice(options) => (union(options), None),
        FieldKind::Choices(options) => (format!("Array<{}>", union(options)), Some("Each value at most once.".to_owned())),
        FieldKind::Flag => ("boolean".to_owned(), None),
        FieldKind::Number { min, max } => ("number".to_owned(), Some(format!("From {min} to {max}."))),
    }
}

/// The deployment object: each field of the table under its group, in questionnaire
/// order, every one optional and nullable.
fn deployment() -> String {
    let member = |field: Field, indent: &str| {
        let (ty, note) = field_type(field);
        let doc = note.map(|note| format!("{indent}/** {note} */\n")).unwrap_or_default();
        format!("{doc}{indent}{}?: {ty} | null;\n", field.key())
    };
    let mut groups: Vec<(&str, String)> = Vec::new();
    let mut top = String::new();
    for field in Field::ALL.iter().copied() {
        match field.group() {
            None => top.push_str(&member(field, "  ")),
            Some(group) => match groups.iter_mut().find(|(name, _)| *name == group) {
                Some((_, members)) => members.push_str(&member(field, "    ")),
                None => {
                    groups.push((group, member(field, "    ")));
                    top.push_str(&format!("  {group}?: {{\n{{{group}}}  }} | null;\n"));
                }
            },
        }
    }
    for (group, members) in groups {
        top = top.replace(&format!("{{{group}}}"), &members);
    }
    format!("{{\n{top}}}")
}

/// The clauses of a policy rule: each field a rule can test, with the values it can
/// accept (keywords, or booleans for yes/no fields).
fn policy_conditions() -> String {
    let mut members = String::new();
    for field in policy::testable_fields() {
        let values = match field.kind() {
            FieldKind::Flag => "boolean".to_owned(),
            _ => union(field.options()),
        };
        members.push_str(&format!("  {:?}?: Array<{values}>;\n", field.path()));
    }
    format!("{{\n{members}}}")
}

/// A type written in JSON as a string, a number or any value: inline, not declared.
macro_rules! inline {
    ($rust:ty => $ts:literal) => {
        impl TS for $rust {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn name(_: &Config) -> String {
                $ts.to_owned()
            }
            fn inline(_: &Config) -> String {
                $ts.to_owned()
            }
        }
    };
}

inline!(Date => "string");
inline!(Country => "string");
inline!(Value => "unknown");
inline!(Texts => "{ [id: string]: string }");

/// A type whose JSON form is written by a `Serialize` of its own, declared by name.
macro_rules! declared {
    ($rust:ty => $name:literal, $doc:literal, |$cfg:ident| $definition:expr, [$($dependency:ty),*]) => {
        impl TS for $rust {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn docs() -> Option<String> {
                Some(format!("/** {} */\n", $doc))
            }
            fn name(_: &Config) -> String {
                $name.to_owned()
            }
            fn inline($cfg: &Config) -> String {
                $definition
            }
            fn decl(cfg: &Config) -> String {
                format!("type {} = {};", $name, Self::inline(cfg))
            }
            fn decl_concrete(cfg: &Config) -> String {
                Self::decl(cfg)
            }
            fn output_path() -> Option<PathBuf> {
                Some(PathBuf::from(concat!($name, ".ts")))
            }
            fn visit_dependencies(visitor: &mut impl TypeVisitor)
            where
                Self: 'static,
            {
                $(visitor.visit::<$dependency>();)*
            }
        }
    };
}

declared!(VerdictSet => "Verdicts", "Verdicts still possible, strictest first.", |cfg| format!("Array<{}>", Verdict::name(cfg)), [Verdict]);
declared!(VerdictOrIncomplete => "Outcome", "A verdict, or `incomplete` while unknown facts could still change it.", |cfg| format!("{} | \"incomplete\"", Verdict::name(cfg)), [Verdict]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_and_keyword_is_declared() {
        let text = declarations();
        for field in Field::ALL {
            assert!(text.contains(&format!("{}?:", field.key())), "{}", field.path());
            for option in field.options().iter().filter(|o| !["true", "false"].contains(o)) {
                assert!(text.contains(&format!("{option:?}")), "{}: {option}", field.path());
            }
        }
        for verdict in Verdict::ALL {
            assert!(text.contains(&format!("{:?}", verdict.keyword())), "{verdict:?}");
        }
        for name in ["Assessment", "RegimeAssessment", "Catalogue", "VersionInfo", "ErrorReport", "Response<T>", "Outcome"] {
            assert!(text.contains(&format!("export type {name} ")), "{name}");
        }
    }
}
